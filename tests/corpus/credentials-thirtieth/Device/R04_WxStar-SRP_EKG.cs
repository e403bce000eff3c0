// Real source: WxStar-SRP/EKG MqttPublisher.cs (5f129d2c)
// Domain: heartbeat publisher ("EKG") of a cable-TV local-forecast unit emulator, publishing commands to the unit
// controllers over MQTT with MQTTnet v4.
// Kept: the class as written: host, port, user name and password in private static fields, the v4 options builder with
//   WithCredentials(USERNAME, PASSWORD), publish and disconnect.
// Changed: the broker password is replaced by an invented value of the same shape (eleven lower-case letters).
// Shims: the shared stubs declare MqttClientOptionsBuilder in both MQTTnet (v5) and MQTTnet.Client (v4), so the v4 builder is named
//   through a using alias (the real v4 package has only the latter); MqttFactory, IMqttClient and the message builder are in _Stubs.cs.
using System;
using System.Threading.Tasks;
using System.Text.Json;
using System.Text.Json.Serialization;
using MQTTnet;
using MQTTnet.Client;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace WxStar_EKG;

public class MqttPublisher
{
    public static IMqttClient Client;
    private static string HOST = "wxstar-data.cascadia.local";
    private static int PORT = 1883;
    private static string USERNAME = "MOON"; // expect: none
    private static string PASSWORD = "eopypethhqv"; // expect: IOT1001

    public static async Task Connect()
    {
        var factory = new MqttFactory();
        Client = factory.CreateMqttClient();
        await Client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithClientId("EKG")
            .WithTcpServer(HOST, PORT)
            .WithCredentials(USERNAME, PASSWORD)
            .Build());
        
        Console.WriteLine("Connected to MQTT broker");
    }

    public static async Task Disconnect()
    {
        await Client.DisconnectAsync();
    }

    public static async Task PublishCommand(string command, string topic)
    {
        MqttCommand mqttCommand = new MqttCommand { Command = command };

        var applicationMessage = new MqttApplicationMessageBuilder()
            .WithTopic("i2m/heartbeat")
            .WithPayload(JsonSerializer.Serialize(mqttCommand))
            .Build();

        await Client.PublishAsync(applicationMessage);
        
        Console.WriteLine("MQTT command published.");
    }
}

public class MqttCommand
{
    [JsonPropertyName("cmd")] public string Command { get; set; }
}
