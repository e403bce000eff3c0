// Real source: cerkit/pi-console MqttService.cs (2f7c7313)
// A Raspberry Pi console (menu display) that takes its broker address from secrets.json and listens to MQTTnet v4 topics.
// Kept: the secrets.json read with JsonDocument, the defaults, the v4 client, topics and menu parsing. Added (said in
// LABELS.md): the broker login read from the same file, with the user name and a bench password as fallbacks.
using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace PiConsole
{
    public class MenuItem
    {
        public int Id { get; set; }
        public string Label { get; set; } = "";
    }

    public class MqttService
    {
        private MQTTnet.Client.IMqttClient _mqttClient;

        public event EventHandler<string> MessageReceived;
        public event EventHandler<string[]> MenuItemsReceived;

        public async Task StartAsync()
        {
            var mqttFactory = new MQTTnet.MqttFactory();
            _mqttClient = mqttFactory.CreateMqttClient();

            string ipAddress = "127.0.0.1"; // default
            int port = 1883; // default
            string username = "pi-console";
            string passwordFromFile = null;
            if (File.Exists("secrets.json"))
            {
                var json = File.ReadAllText("secrets.json");
                using var document = JsonDocument.Parse(json);
                if (document.RootElement.TryGetProperty("MqttIpAddress", out var ipProp))
                {
                    ipAddress = ipProp.GetString() ?? ipAddress;
                }
                if (document.RootElement.TryGetProperty("MqttPort", out var portProp))
                {
                    port = portProp.GetInt32();
                }
                if (document.RootElement.TryGetProperty("MqttPassword", out var passwordProp)) // expect: none
                {
                    passwordFromFile = passwordProp.GetString();
                }
            }

            var password = passwordFromFile ?? "Heron-Pixel-2291"; // expect: IOT1001

            var mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(ipAddress, port)
                .WithCredentials(username, password)
                .Build();

            _mqttClient.ApplicationMessageReceivedAsync += e =>
            {
                var topic = e.ApplicationMessage.Topic;
                var payload = Encoding.UTF8.GetString(e.ApplicationMessage.PayloadSegment);

                if (topic == "test/signal")
                {
                    MessageReceived?.Invoke(this, payload);
                }
                else if (topic == "pi-console/menu/items")
                {
                    try
                    {
                        var items = JsonSerializer.Deserialize<MenuItem[]>(payload);
                        if (items != null)
                        {
                            var sortedLabels = items.OrderBy(i => i.Id).Select(i => i.Label).ToArray();
                            MenuItemsReceived?.Invoke(this, sortedLabels);
                        }
                    }
                    catch
                    {
                        // Ignore parsing errors for now
                    }
                }

                return Task.CompletedTask;
            };

            await _mqttClient.ConnectAsync(mqttClientOptions, System.Threading.CancellationToken.None);

            var mqttSubscribeOptions = new MqttClientSubscribeOptionsBuilder()
                .WithTopicFilter("test/signal")
                .WithTopicFilter("pi-console/menu/items")
                .Build();

            await _mqttClient.SubscribeAsync(mqttSubscribeOptions, System.Threading.CancellationToken.None);
        }
    }
}
