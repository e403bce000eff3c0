// Real source: Selconag/MQTT_C-Application MQTT_Publisher/Publisher.cs (+ MQTT_Publisher/Settings.cs)
// Domain: balloon/drone altitude sensor publisher (test rig for a Raspberry Pi / ESP32 uplink to Influx).
// Kept: the Settings record with private fields exposed through GetActiveTCPAdress/GetClientID getters, the
// options built from it, the "Houston" topic, PublishMessageAsync with the random altitude model.
// Changed: MQTTnet v3 (CreateClientOptionsBuilder, Use*Handler) is written with the v4 builder; the altitude
// model is trimmed. Added (marked): the broker login and InfluxDB token fields in the same getter style, the
// Influx writer the README announces, the field laptop's broker options.
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using InfluxDB.Client;
using MQTTnet;
using MQTTnet.Client;
// Stub surface: MQTTnet v4 and v5 both declare these names; the v4 ones are meant.
using MqttClientOptions = MQTTnet.Client.MqttClientOptions;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace MQTTPublisher;

public class Publisher
{
    static async Task Main(string[] args)
    {
        var mqttFactory = new MqttFactory();
        IMqttClient client = mqttFactory.CreateMqttClient();
        Settings settings = new Settings();
        //Build it first
        var options = new MqttClientOptionsBuilder()
            .WithClientId(settings.GetClientID)
            .WithTcpServer(settings.GetActiveTCPAdress, 1883)
            .WithCredentials(settings.GetBrokerUser, settings.GetBrokerPassword)
            .WithCleanSession()
            .Build();

        await client.ConnectAsync(options);

        Console.WriteLine($"Houston we have a connection\n");
        Console.WriteLine($"Houston press a key or something!\n");

        await PublishMessageAsync(client);

        await client.DisconnectAsync();

        // Added: the README's next step, altitude samples into InfluxDB.
        using var influx = new InfluxDBClient(settings.GetInfluxUrl, settings.GetInfluxToken);
        await influx.GetWriteApiAsync().WriteRecordAsync("altitude,rig=houston meters=412.5", "telemetry", "bewell");
    }

    // Added: the field laptop's local broker still has the image's default login.
    private static MqttClientOptions FieldLaptopOptions() => new MqttClientOptionsBuilder()
        .WithTcpServer("192.168.7.2", 1883)
        .WithCredentials("mosquitto", "mosquitto") // expect: IOT1002
        .Build();

    private static async Task PublishMessageAsync(IMqttClient client)
    {
        //string messagePayload = "What!";

        var message = new MqttApplicationMessageBuilder()
           .WithTopic("Houston")
           .WithPayload(AltitudeModel.GenerateRandomAltitudeModel().ToJson())
           .Build();

        if (client != null)
        {
            await client.PublishAsync(message);
            Console.WriteLine($"Published Message: {message}");
        }
    }
}

public record Settings
{
    private string tcpServerAdress = "test.mosquitto.org";
    private string clientID = Guid.NewGuid().ToString();
    // Added: broker login and Influx token of the test rig.
    private string brokerUser = "houston";
    private string brokerPassword = "Apogee-Kestrel-19"; // expect: IOT1001
    private string influxUrl = "http://influx.rig.local:8086";
    private string influxToken = "iGVTa+qYWNGNmts0TQCzJxp3fQvHHohdidhz4rEb8kM-rig-writer=="; // expect: IOT1001
    private string influxTokenEnv = "RIG_INFLUX_TOKEN"; // expect: none
    private string brokerPasswordHint = "Ask the rig lead for the broker password"; // expect: none

    public Settings GetSettings
    {
        get { return this; }
    }

    public string GetActiveTCPAdress
    {
        get { return tcpServerAdress; }
        private set { tcpServerAdress = value; }
    }
    public string GetClientID
    {
        get { return clientID; }
        private set { clientID = value; }
    }
    public string GetBrokerUser => brokerUser;
    public string GetBrokerPassword => brokerPassword;
    public string GetInfluxUrl => influxUrl;
    public string GetInfluxToken => influxToken;
}

public class AltitudeModel
{
    private static readonly Random rng = new Random();
    public double Altitude { get; set; }

    public static AltitudeModel GenerateRandomAltitudeModel() => new AltitudeModel { Altitude = rng.Next(0, 12000) }; // expect: none

    public string ToJson() => "{\"altitude\":" + Altitude + "}";
}
