// Real source: emqx/MQTT-Client-Examples
//   mqtt-client-Csharp-MqttNet/pub-sub-tls/Program.cs (broker.emqx.io:8883, the public broker's documented login
//   emqx / public, WithTcpServer / WithCredentials / WithClientId / WithCleanSession / WithTls)
// Kept: the sample's values as they stood and its options chain (MQTTnet v4).
// Changed: the custom chain validation callback is left out; the factory is named with its namespace.
// Added (a sailing club's weather station): the club's own broker login beside the sample's.
using System;
using System.IO;
using System.Security.Authentication;
using System.Threading.Tasks;
using MQTTnet.Client;

class Pub_sub_tls
{
    static async Task Main(string[] args)
    {
        string broker = "broker.emqx.io";
        int port = 8883;
        string clientId = Guid.NewGuid().ToString();
        string topic = "csharp/mqtt"; // expect: none
        string username = "emqx";
        string password = "public"; // expect: IOT1001

        var factory = new MQTTnet.MqttFactory();
        var mqttClient = factory.CreateMqttClient();

        var caCertPath = Path.Combine(AppContext.BaseDirectory, "broker.emqx.io-ca.crt"); // expect: none

        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(broker, port)
            .WithCredentials(username, password)
            .WithClientId(clientId)
            .WithCleanSession()
            .WithTls(o => { o.SslProtocol = SslProtocols.Tls12; })
            .Build();

        var connectResult = await mqttClient.ConnectAsync(options);
        if (connectResult.ResultCode == MqttClientConnectResultCode.Success)
        {
            await mqttClient.SubscribeAsync(topic);
            await mqttClient.DisconnectAsync();
        }
    }
}

static class ClubWeatherStation
{
    static readonly string ClubBrokerPassword =
        Environment.GetEnvironmentVariable("CLUB_MQTT_PASSWORD") ?? "Kcz8Iw#FC5uG!L"; // expect: IOT1001

    public static MqttClientOptions DeveloperOptions() => new MqttClientOptionsBuilder()
        .WithTcpServer("localhost", 1883)
        .WithCredentials("wx-dev", "YOUR_PASSWORD") // expect: IOT1006
        .Build();

    public const string StationTopic = "club/wx/pontoon/wind"; // expect: none

    public static MqttClientOptions Options() => new MqttClientOptionsBuilder()
        .WithTcpServer("mqtt.sailingclub.example", 8883)
        .WithCredentials("wx-station", ClubBrokerPassword)
        .WithClientId("wx-station-pontoon")
        .Build();
}
