// Real source: https://github.com/TheBeachMaster/vsproj/blob/146d0c14dff02aba83cade81e90a7440bedfb271/W10/Console/MQTT_net/MQTT_net/Program.cs
// Console device manager for water-tank level nodes on Africa's Talking IoT (MQTT on port 1882). Kept: the
// MqttClientOptionsBuilder chain (client id, TCP server, WithCredentials, clean session), the reconnect-on-
// disconnect handler with a 5 s delay, subscribe on connect, the payload dump. Changed to the MQTTnet v4 event
// names; added: one login per device group tried in turn, the local RabbitMQ broker used in the office, the
// pairing code for a new tank node. The original user name and password are not reproduced.
using System;
using System.Text;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace MQTT_net
{
    class Program
    {
        private const string AtBroker = "sungura1-angani-ke-host.africastalking.com"; // expect: none
        private const string AtUsername = "shamba-iot"; // expect: none

        private static readonly (string Group, string Password)[] DeviceGroups =
        {
            ("tanks-nyeri", "BgqE.j-2p_aa!whA"), // expect: IOT1001
            ("tanks-meru", "AGPVjFTqhg0d4#2n"), // expect: IOT1001
        };

        private static readonly Random rng = new Random();

        static async Task Main(string[] args)
        {
            bool office = args.Length > 0 && args[0] == "--office";
            var mqttClient = new MQTTnet.MqttFactory().CreateMqttClient();

            MqttClientOptions opts = null;
            if (office)
            {
                // RabbitMQ's MQTT plugin on the office NUC, default account left in place
                opts = new MqttClientOptionsBuilder()
                    .WithClientId("DotNet-office")
                    .WithTcpServer("rabbit.office.lan", 1883)
                    .WithCredentials("guest", "guest") // expect: IOT1002
                    .WithCleanSession()
                    .Build();
                await mqttClient.ConnectAsync(opts);
            }
            else
            {
                foreach (var (group, password) in DeviceGroups)
                {
                    opts = new MqttClientOptionsBuilder()
                        .WithClientId("DotNet-" + group)
                        .WithTcpServer(AtBroker, 1882)
                        .WithCredentials(AtUsername + "/" + group, password)
                        .WithCleanSession()
                        .Build();
                    await mqttClient.ConnectAsync(opts);
                    if (mqttClient.IsConnected)
                        break;
                }
            }

            mqttClient.DisconnectedAsync += async e =>
            {
                Console.WriteLine("Woops We're disconnected");
                await Task.Delay(TimeSpan.FromSeconds(5));
                try
                {
                    await mqttClient.ConnectAsync(opts);
                }
                catch (Exception exception)
                {
                    Console.WriteLine("Could not conect: " + exception);
                }
            };

            mqttClient.ConnectedAsync += async e =>
            {
                Console.WriteLine("We're connected");
                await mqttClient.SubscribeAsync(AtUsername + "/tanks/get");
                Console.WriteLine("Subscribed");
            };

            mqttClient.ApplicationMessageReceivedAsync += async e =>
            {
                var payload = Encoding.UTF8.GetString(e.ApplicationMessage.Payload);
                Console.WriteLine($"+ Payload = {payload}");
                if (payload == "pair")
                {
                    // shown on the manager's screen, typed into the new node's setup page
                    var pairingCode = rng.Next(0x10000, 0xFFFFF).ToString("X5"); // expect: IOT3005
                    await mqttClient.PublishStringAsync(AtUsername + "/tanks/pairing", pairingCode);
                }
            };

            Console.ReadLine();
        }
    }
}
