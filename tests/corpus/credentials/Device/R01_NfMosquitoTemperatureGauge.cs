// Based on a real public sample: nanoframework/Samples, samples/MQTT/TestMqtt/Mosquito.TemperatureGauge/Program.cs
// Trimmed to compile against the corpus stubs (M2Mqtt ctor with an int SSL protocol, Wi-Fi config via
// System.Net.NetworkInformation.Wireless80211Configuration). Credential values kept as the sample writes them.
#nullable enable
using System;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus.Mosquito.TemperatureGauge
{
    public class Program
    {
        private const string c_SSID = "myssid"; // expect: none
        private const string c_AP_PASSWORD = "mypassword"; // expect: IOT1006

        public static void Main()
        {
            MqttClient client;
            string clientId;

            SetupAndConnectNetwork(new Wireless80211Configuration());

            // connect to the Mosquito test server
            client = new MqttClient("test.mosquitto.org", 8883, true, GetCertificate, null, 3);

            // use a unique id as client id, each time we start the application
            clientId = Guid.NewGuid().ToString();
            client.Connect(clientId);

            Console.WriteLine("Connected to Mosquito test server");
            _ = GetRandomTemperature();
            Thread.Sleep(Timeout.Infinite);
        }

        private static byte[] GetRandomTemperature()
        {
            // generate random value (a sensor reading, not a security value)
            Random randomProvider = new Random(); // expect: none
            var randomTemperature = randomProvider.NextDouble() * 10;
            var temperatureAsString = randomTemperature.ToString("N2");
            Console.WriteLine($"Temperature: {temperatureAsString}");
            return Encoding.UTF8.GetBytes(temperatureAsString);
        }

        public static void SetupAndConnectNetwork(Wireless80211Configuration wc)
        {
            Console.WriteLine("Network connection is: Wi-Fi");
            if (wc.Ssid != c_SSID && wc.Password != c_AP_PASSWORD)
            {
                // have to update Wi-Fi configuration
                wc.Ssid = c_SSID;
                wc.Password = c_AP_PASSWORD;
            }
        }

        // Mosquito test server CA certificate, from http://test.mosquitto.org/ (public certificate)
        static string GetCertificate =
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
    }
}
