// Real source: LarkLib/TestSolutionDJ TestMqttDescriptionConsoleApp/Program.cs (3131ec26601c1024b88d51d255bf655943b890e4)
// MQTTnet (v4) console client for the site's event broker on the plant LAN: persistent session with a fixed client
// id, subscribes to the equipment event topic and prints what arrives.
// Kept: Main as written. Changed: the broker password is replaced by an invented value of the same shape; the user
// name and the client id are kept.
// Shims: an alias picks MQTTnet.Client.MqttClientOptionsBuilder (the shared stubs declare one in MQTTnet too);
// WithCleanSession is an extension method; the unused MQTTnet.Server and MQTTnet.Packets usings are removed; the
// class is put in a namespace of its own and the implicit usings are written out.
using System;
using System.Threading.Tasks;
using MQTTnet.Client;
using MQTTnet;
using MQTTnet.Protocol;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace TestMqttDescriptionConsoleApp
{
class Program
{
    static async Task Main(string[] args)
    {
        Console.WriteLine("Hello, World!");
        // Create TCP based options using the builder.
        var client = new MqttFactory().CreateMqttClient();
        var clientOptions = new MqttClientOptionsBuilder()
            .WithTcpServer("192.168.1.220", 1883)
            .WithCredentials("djadmin","dj517882") // expect: IOT1001
            .WithCleanSession(false)
            .WithClientId("d66449e061d6492f24c5c3e80597a3f1") // expect: none
            .Build();
        var result = await client.ConnectAsync(clientOptions);

        client.ApplicationMessageReceivedAsync += e =>
        {
            Console.WriteLine("Received application message.");
            Console.WriteLine(e.ApplicationMessage.ConvertPayloadToString());
            return Task.CompletedTask;
        };

        var mqttSubscribeOptions = new MqttFactory().CreateSubscribeOptionsBuilder()
            .WithTopicFilter(
                f =>
                {
                    f.WithTopic("testevent");
                })
            .Build();

        await client.SubscribeAsync("testevent", MqttQualityOfServiceLevel.AtLeastOnce);

        Console.WriteLine("MQTT client subscribed to topic.");

        Console.WriteLine("Press enter to exit.");
        Console.ReadLine();
    }

}
}
