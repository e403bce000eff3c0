// Based on real public material: the MQTTnet wiki page "Client" (client options example, as mirrored in
// fangweiliang/mqttnetwiki Client.md) and rootacite/MqttClientDemo, MqttClientDemo/Program.cs.
// MQTTnet v4 namespaces. Credential values kept as written there.
#nullable enable
using MQTTnet.Client;

namespace Corpus.MqttNetWiki
{
    internal static class ClientOptionsExamples
    {
        public static MqttClientOptions Wiki()
        {
            // Create TCP based options using the builder.
            var options = new MqttClientOptionsBuilder()
                .WithClientId("Client1") // expect: none
                .WithTcpServer("broker.hivemq.com")
                .WithCredentials("bud", "%spencer%") // expect: IOT1006
                .WithTls()
                .Build();
            return options;
        }

        public static MqttClientOptions Demo()
        {
            var client_options = new MqttClientOptionsBuilder()
                .WithTcpServer("127.0.0.1", 34420) // Port is optional
                .WithCredentials("root", "07211145141919") // expect: IOT1001
                .Build();
            return client_options;
        }
    }
}
