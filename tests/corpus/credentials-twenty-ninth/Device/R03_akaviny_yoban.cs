// Real source: akaviny/yoban Mqtt.Console/Program.cs (0801249a6eca484a2e406cf1a26af47a84f41366)
// Console device client of the yoban MQTT library talking to AWS IoT Core over TLS 8883 with an X.509 device
// certificate loaded from a PFX file; subscribes to and publishes Wi-Fi sensor topics.
// Kept: the whole Main. Changed: the PFX password (and the account-number folder that repeated it) and the
// account-specific AWS IoT endpoint prefix are replaced by invented values of the same shape.
// Stubs: the yoban.Mqtt client types (the repository's own library) are declared in _Stubs.cs.
using Newtonsoft.Json;
using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using yoban.Mqtt;
using yoban.Mqtt.ControlPacket;

namespace Mqtt.Console
{
    class Program
    {
        public static async Task Main(string[] args)
        {
            //var networkConnection = new NetworkConnection("iot.eclipse.org", 1883);
            //var mqttClient = new MqttClient(networkConnection);

            var networkConnection = new NetworkConnection("p9ja3qfksz1f-ats.iot.eu-west-1.amazonaws.com", 8883);
            var clientCertificate = new X509Certificate2(@"C:\certs\icap\741831194\7d54cd11a2-certificate.pfx", "741831194"); // expect: IOT1001
            var mqttClient = new MqttSecureClient(networkConnection, clientCertificate);
            var connectPacket = new Connect
            {
                ClientId = Guid.NewGuid().ToString()
            };
            await mqttClient.ConnectAsync(connectPacket);
            var subscribePacket = new Subscribe
            {
                PacketId = 0x01,
                Subscriptions = new List<Subscription>
                {
                    new Subscription
                    {
                        TopicFilter = "test/wifiTemp",
                        RequestedQoS = QoS.AtLeastOnce
                    },
                    new Subscription
                    {
                        TopicFilter = "test/wifiHumidity",
                        RequestedQoS = QoS.AtLeastOnce
                    }
                }
            };
            await mqttClient.SubscribeAsync(subscribePacket);
            var publishPacket = new Publish
            {
                PacketId = 0x02,
                TopicName = "test/wifiTemp",
                Message = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(
                    new
                    {
                        id = "someId",
                        body = new
                        {
                            get = 1234.987,
                            set = 1245.1234
                        }
                    }))
            };
            await mqttClient.PublishAsync(publishPacket);
            System.Console.WriteLine("Press a key to disconnect");
            System.Console.ReadKey();
            await mqttClient.DisconnectAsync();
        }
    }
}
