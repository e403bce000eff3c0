// Real source: bidianqing/AspNetCoreUseMqtt ConsoleClient1/Program.cs
// Adapted: the publishing console client, kept on MQTTnet v4 and turned into the uplink of a bakery's proofing
// cabinet; the broker hosted in the ASP.NET Core app now checks logins. Values are invented.
using System;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace Corpus8.ConsoleClient1
{
    /// <summary>
    /// Publish
    /// </summary>
    internal class ProofingCabinetPublisher
    {
        private const string BrokerHost = "127.0.0.1";
        private const string CabinetUser = "proofer-2";
        private static readonly string CabinetPassword = "your-password"; // expect: IOT1006
        private static readonly string CabinetPasswordProd = "Rye-Starter-Lark-56"; // expect: IOT1001
        private const string PasswordEnv = "PROOFER_MQTT_PASSWORD"; // expect: none

        static async Task RunAsync(bool production)
        {
            var mqttFactory = new MQTTnet.MqttFactory();

            using (var mqttClient = mqttFactory.CreateMqttClient())
            {
                var mqttClientOptions = new MqttClientOptionsBuilder()
                    //.WithTcpServer("broker.hivemq.com")
                    .WithTcpServer(BrokerHost)
                    .WithCredentials(CabinetUser, production ? CabinetPasswordProd : CabinetPassword)
                    .Build();

                await mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);

                await mqttClient.PublishStringAsync("samples/temperature/living_room", "19.5");

                await mqttClient.DisconnectAsync();

                Console.WriteLine("MQTT application message is published.");
            }
        }

        static MqttClientOptions EnvironmentOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(BrokerHost)
                .WithCredentials(CabinetUser, Environment.GetEnvironmentVariable(PasswordEnv))
                .Build();

        static MqttClientOptions WebSocketOptions() =>
            new MqttClientOptionsBuilder()
                .WithWebSocketServer("ws://127.0.0.1:5000/mqtt")
                .WithCredentials("proofer-ws", "Crumb+Oven+4471") // expect: IOT1001
                .Build();

        static MqttClientOptions ByteOptions()
        {
            byte[] secret = System.Text.Encoding.UTF8.GetBytes("Levain-Tern-2208"); // expect: IOT1001
            return new MqttClientOptionsBuilder().WithTcpServer(BrokerHost).WithCredentials("proofer-3", secret).Build();
        }

        static MqttClientOptions AnonymousOptions() =>
            new MqttClientOptionsBuilder().WithTcpServer(BrokerHost).WithCredentials("proofer-guest", "").Build(); // expect: none

        static MqttClientCredentials Credentials() =>
            new MqttClientCredentials("proofer-4", System.Text.Encoding.UTF8.GetBytes("password")); // expect: IOT1002
    }

    internal static class ProofingExtras
    {
        internal static MqttClientWebSocketProxyOptions Proxy() => new MqttClientWebSocketProxyOptions { Password = "Crust-Proxy-7720" }; // expect: IOT1001
        internal const string ProxyPasswordEnv = "PROOFER_PROXY_PASSWORD"; // expect: none
        internal const string StatusTopic = "bakery/proofer/status"; // expect: none
    }
}
