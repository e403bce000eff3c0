// Real source: valoni/TinyCLR.test.mosquitto.org test.mosquitto.org/Program.cs (8c1bd3b6f87a3e489024a4c3335391dbd732090c)
// GHI TinyCLR OS board (SC20100 + ENC28J60 Ethernet) publishing simulated temperature and humidity to the public
// test.mosquitto.org broker and switching lights from subscribed topics.
// Kept: the MQTT client set-up with no user name or password, the topics, the handlers, the simulated readings and
// the broker's published CA certificate. Removed (trimmed): the ENC28J60 Ethernet set-up and the NTP time sync.
// Stubs: GHIElectronics.TinyCLR.Networking.Mqtt types are declared in _Stubs.cs. The client type is written with its
// namespace (R03's `Mqtt.Console` namespace in the same compilation hides the simple name `Mqtt`).
using System;
using System.Text;
using System.Diagnostics;
using System.Threading;

using GHIElectronics.TinyCLR.Networking.Mqtt;

using System.Security.Cryptography.X509Certificates;

namespace test.mosquitto.org
{
    class Program
    {
        private static GHIElectronics.TinyCLR.Networking.Mqtt.Mqtt client;

        private int cntrs = 0;

        static void Main()
        {
            //test.mosquitto.org
            var caCertificate = new X509Certificate(Certificate());

            var mqttHost = "test.mosquitto.org";
            //var mqttHost = "broker.hivemq.com";

            var mqttPort = 1883;//1883 no ssl - 8883 with ssl
            var deviceId = "tiny_clr_device_001";

            string username = null;
            string password = null; // expect: none

            string topic1 = "tinyclr/temp";
            string topic2 = "tinyclr/humidity";

            string subscribe1 = "tinyclr/light1";
            string subscribe2 = "tinyclr/light2";

            var clientSetting = new MqttClientSetting
                {
                    BrokerName = mqttHost,
                    BrokerPort = mqttPort,
                  //  ClientCertificate = null,
                  //  CaCertificate = caCertificate,
                  //  SslProtocol = System.Security.Authentication.SslProtocols.Tls12
                };

            try
            {
                client = new GHIElectronics.TinyCLR.Networking.Mqtt.Mqtt(clientSetting);
            }
            catch (Exception e)
            {
                Debug.WriteLine("Failure one");
                Debug.WriteLine(e.Message.ToString());
            }

        
            var connectSetting = new MqttConnectionSetting
           {
               ClientId = deviceId,
               UserName = username,
               Password = password,
               KeepAliveTimeout = 60,
               LastWillQos = QoSLevel.MostOnce
                /*
                  QOS(0) = MostOnce 
                  QOS(1) = LeastOnce
                  QOS(2) = ExactlyOnce
                */
            };

            //Connect to host

        
            var returnCode = client.Connect(connectSetting);
            int packetId = 1;

            client.PublishReceivedChanged += Client_PublishReceivedChanged;

            client.SubscribedChanged += Client_SubscribedChanged;



            // Subscribe to a topic
             client.Subscribe(new string[] { subscribe1, subscribe2 }, new QoSLevel[] { QoSLevel.MostOnce, QoSLevel.MostOnce }, (ushort)packetId++); // there was no QoS Level for the second topic in your code
   

            while (true)
                {
                Debug.WriteLine("------------------------------");
                Debug.WriteLine(DateTime.UtcNow.ToString(">> yyyy.MM.dd HH:mm:ss.fff"));

                //Publish a topic
                client.Publish(topic1, GetRandomTemperature(), QoSLevel.MostOnce, false, (ushort)packetId);
                packetId++;


             

                //Publish a topic
                client.Publish(topic2, GetRandomHumidity(), QoSLevel.MostOnce, false, (ushort)packetId);
                packetId++;


                client.PublishedChanged += (a, b, c) =>
                {
                    Debug.WriteLine("Published " + a.ToString());
                };

                Debug.WriteLine("Wait next 15 sec");
                Thread.Sleep(15000);
            }

        }

        private static void Client_SubscribedChanged(object sender, MqttPacket packet)
        { 
            Debug.WriteLine("subscribe " + DateTime.UtcNow.ToString("yyyy.MM.dd HH:mm:ss.fff"));
        }

        //should this work under subscribe changed .....
        private static void Client_PublishReceivedChanged(object sender, MqttPacket packet)
        {
            string rez= UTF8Encoding.UTF8.GetString(packet.Data);
          //  Debug.WriteLine("Sender : " + sender.ToString());
          //  Debug.WriteLine("Message : " + packet.ToString());
             switch(rez)
             {
                case "0":Debug.WriteLine("Light / Off");
                    break;
                case "1":Debug.WriteLine("Light / On");
                    break;
                case "10":Debug.WriteLine("Switch / Off");
                    break;
                case "11":Debug.WriteLine("Switch / On");
                    break;
             }
        }

        //simulate random Temperature ..
        private static byte[] GetRandomTemperature()
        {
            // generate random value
            Random randomProvider = new Random();
            var randomTemperature = randomProvider.NextDouble() * 10; // expect: none

            // convert to string formatted NN.NN
            var temperatureAsString = randomTemperature.ToString("N2");

            Debug.WriteLine($"Temperature: {temperatureAsString}");

            return Encoding.UTF8.GetBytes(temperatureAsString);
        }

        private static byte[] GetRandomHumidity()
        {
            // generate random value
            Random randomProvider = new Random();
            var randomTemperature = randomProvider.NextDouble() * 100;

            // convert to string formatted NN.NN
            var temperatureAsString = randomTemperature.ToString("N2");

            Debug.WriteLine($"Humidity: {temperatureAsString}");

            return Encoding.UTF8.GetBytes(temperatureAsString);
        }

        static byte[] Certificate()
        { 
        // Mosquito test server CA certificate
        // from http://test.mosquitto.org/

        // X509 
        string GetCertificate =
@"-----BEGIN CERTIFICATE-----
MIIC8DCCAlmgAwIBAgIJAOD63PlXjJi8MA0GCSqGSIb3DQEBBQUAMIGQMQswCQYD
VQQGEwJHQjEXMBUGA1UECAwOVW5pdGVkIEtpbmdkb20xDjAMBgNVBAcMBURlcmJ5
MRIwEAYDVQQKDAlNb3NxdWl0dG8xCzAJBgNVBAsMAkNBMRYwFAYDVQQDDA1tb3Nx
dWl0dG8ub3JnMR8wHQYJKoZIhvcNAQkBFhByb2dlckBhdGNob28ub3JnMB4XDTEy
MDYyOTIyMTE1OVoXDTIyMDYyNzIyMTE1OVowgZAxCzAJBgNVBAYTAkdCMRcwFQYD
VQQIDA5Vbml0ZWQgS2luZ2RvbTEOMAwGA1UEBwwFRGVyYnkxEjAQBgNVBAoMCU1v
c3F1aXR0bzELMAkGA1UECwwCQ0ExFjAUBgNVBAMMDW1vc3F1aXR0by5vcmcxHzAd
BgkqhkiG9w0BCQEWEHJvZ2VyQGF0Y2hvby5vcmcwgZ8wDQYJKoZIhvcNAQEBBQAD
gY0AMIGJAoGBAMYkLmX7SqOT/jJCZoQ1NWdCrr/pq47m3xxyXcI+FLEmwbE3R9vM
rE6sRbP2S89pfrCt7iuITXPKycpUcIU0mtcT1OqxGBV2lb6RaOT2gC5pxyGaFJ+h
A+GIbdYKO3JprPxSBoRponZJvDGEZuM3N7p3S/lRoi7G5wG5mvUmaE5RAgMBAAGj
UDBOMB0GA1UdDgQWBBTad2QneVztIPQzRRGj6ZHKqJTv5jAfBgNVHSMEGDAWgBTa
d2QneVztIPQzRRGj6ZHKqJTv5jAMBgNVHRMEBTADAQH/MA0GCSqGSIb3DQEBBQUA
A4GBAAqw1rK4NlRUCUBLhEFUQasjP7xfFqlVbE2cRy0Rs4o3KS0JwzQVBwG85xge
REyPOFdGdhBY2P1FNRy0MDr6xr+D2ZOwxs63dG1nnAnWZg7qwoLgpZ4fESPD3PkA
1ZgKJc2zbSQ9fCPxt2W3mdVav66c6fsb7els2W2Iz7gERJSX
-----END CERTIFICATE-----"; // expect: none

            return UTF8Encoding.UTF8.GetBytes(GetCertificate);
    }
}
}
