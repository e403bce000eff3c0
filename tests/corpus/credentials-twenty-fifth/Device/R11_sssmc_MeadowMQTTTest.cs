// Real source: sssmc/MeadowMQTTTest MeadowApp.cs
// A Meadow F7 Feather test app: join Wi-Fi, then connect MQTTnet (v3 API) to ThingSpeak's MQTT broker with the
// channel device's client id / user name / password and subscribe to the channel's field updates. Kept: the literal
// SSID and key at wifi.Connect, the option builder with the device's credentials, the channel topic and the
// reconnect handler. Changed: the Wi-Fi key and the MQTT device credentials are replaced by invented values of the
// same shape; the onboard RGB LED and Resolver logging are left out, the NetworkConnected handler is a log line.
using System;
using System.Text;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;
using MQTTnet.Client.Options;
using MqttFactory = MQTTnet.MqttFactory;

namespace MeadowMQTTTest
{
    // Change F7FeatherV2 to F7FeatherV1 for V1.x boards
    public class MeadowApp : App<F7FeatherV2>
    {
        MqttFactory mqttFactory;
        MQTTnet.Client.IMqttClient client;
        IMqttClientOptions mqttClientOptions;

        public override Task Initialize()
        {
            Console.WriteLine("Initialize...");

            try
            {
                var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
                wifi.Connect("White Rabbit", "55486789EECB", TimeSpan.FromSeconds(45)); // expect: IOT1001
                Console.WriteLine("Joined network");
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Failed to Connect: {ex.Message}");
            }

            mqttFactory = new MqttFactory();
            client = mqttFactory.CreateMqttClient();
            mqttClientOptions = new MqttClientOptionsBuilder()
                                    .WithClientId(Guid.NewGuid().ToString())
                                    .WithTcpServer("mqtt3.thingspeak.com", 1883)
                                    .WithClientId("lXXr4nEPLDuObPtS5bIvQmI") // expect: none
                                    .WithCredentials("lXXr4nEPLDuObPtS5bIvQmI", "YWac59ybrqlWPlfNybPfLIfz") // expect: IOT1001
                                    .WithCleanSession()
                                    .Build();

            client.DisconnectedAsync += Client_DisconnectedAsync;
            client.ApplicationMessageReceivedAsync += Client_ApplicationMessageReceivedHandler;
            _ = ConnectAndSubscribeAsync();

            return base.Initialize();
        }

        private async Task ConnectAndSubscribeAsync()
        {
            await client.ConnectAsync(mqttClientOptions);
            Console.WriteLine("Connected to MQTT server");
            await client.SubscribeAsync("channels/2328115/subscribe/fields/+"); // expect: none
        }

        private async Task Client_DisconnectedAsync(MQTTnet.Client.MqttClientDisconnectedEventArgs e)
        {
            Console.WriteLine("Disconnected from MQTT server");
            await Task.Delay(TimeSpan.FromSeconds(5));
            try
            {
                await client.ConnectAsync(mqttClientOptions);
            }
            catch (Exception ex)
            {
                Console.WriteLine($"Reconnect failed {ex.Message}");
            }
        }

        private Task Client_ApplicationMessageReceivedHandler(MQTTnet.Client.MqttApplicationMessageReceivedEventArgs e)
        {
            Console.WriteLine($"Message received on topic {e.ApplicationMessage.Topic}");
            Console.WriteLine($"Message: {Encoding.UTF8.GetString(e.ApplicationMessage.Payload)}");
            return Task.CompletedTask;
        }

        public override Task Run()
        {
            Console.WriteLine("Run...");
            return base.Run();
        }
    }
}
