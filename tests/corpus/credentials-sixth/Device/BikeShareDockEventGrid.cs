// Real source: sandervandevelde/Nanoframework-Cloud-MQTT-Broker-support src/Program.cs
using System;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;

namespace BikeShare.Dock
{
    // Docking station of a city bike-share scheme: reports bikes present and unlock events to an
    // Event Grid MQTT broker; riders get an unlock code at the kiosk.
    public class Program
    {
        private const string c_SSID = "bikeshare-docks";
        private const string c_AP_PASSWORD = "wifipassword"; // expect: IOT1006

        private static MqttClient device = null;

        private const string c_DEVICEID = "dock-0418";
        private const string c_USERNAME = c_DEVICEID;

        private const string c_BROKERHOSTNAME = "bikeshare-eg.westeurope-1.ts.eventgrid.azure.net";
        private const int c_PORT = 8883;
        private const string c_PUB_TOPIC = "docks/0418/telemetry";
        private const string c_SUB_TOPIC = "docks/0418/commands/#";

        private const string DockServicePin = "2580"; // expect: IOT1004

        public static void Main()
        {
            Debug.WriteLine("Hello from the dock MQTT client!");

            SetupAndConnectNetwork();

            var caCert = new X509Certificate(Encoding.UTF8.GetBytes(ca_cert));
            var clientCert = X509Certificate2.CreateFromPem(client_cert, client_key);
            // the TLS constructor (host, port, secure, caCert, clientCert, TLSv1_2) is trimmed here
            device = new MqttClient(c_BROKERHOSTNAME);

            TryToConnect();

            device.Subscribe(new[] { c_SUB_TOPIC }, new[] { MqttQoSLevel.AtLeastOnce });

            var counter = 0;
            var rng = new Random();
            while (true)
            {
                string payload = $"{{\"counter\":{counter++}}}";
                device.Publish(c_PUB_TOPIC, Encoding.UTF8.GetBytes(payload));

                // unlock code shown on the kiosk for the next rider
                var unlockCode = rng.Next(0, 10000).ToString("D4"); // expect: IOT1005
                var rentalToken = rng.Next().ToString("X8"); // expect: IOT3005
                device.Publish("docks/0418/rental", Encoding.UTF8.GetBytes(rentalToken + ":" + unlockCode));
                Thread.Sleep(10000);
            }
        }

        private static void TryToConnect()
        {
            bool connected = false;
            while (!connected)
            {
                var resultConnect = device.Connect(c_DEVICEID, c_USERNAME, "");
                if (resultConnect != 0)
                {
                    Debug.WriteLine($"MQTT ERROR connecting: {resultConnect}");
                    Thread.Sleep(1000);
                }
                else
                {
                    Debug.WriteLine(">>> Device is connected");
                    connected = true;
                }
            }
        }

        public static bool EnterServiceMode(string keypad) => keypad == DockServicePin;

        public static void SetupAndConnectNetwork()
        {
            var wc = new Wireless80211Configuration();
            if (wc.Ssid != c_SSID && wc.Password != c_AP_PASSWORD)
            {
                // have to update Wi-Fi configuration
                wc.Ssid = c_SSID;
                wc.Password = c_AP_PASSWORD;
                wc.SaveConfiguration();
            }
        }

        #region Certificates (include BEGIN and END)
        private const string client_cert = @"-----BEGIN CERTIFICATE-----
MIIBhjCCAS2gAwIBAgIUQ5JVr45VXjwMwLL7f5OVc3UcDfcwCgYIKoZIzj0EAwIw
GTEXMBUGA1UEAwwOSGFyYm9yIFJvb3QgQ0EwHhcNMjYxMjAxMTAxNDE4WhcNMzYx
MTI4MTAxNDE4WjAZMRcwFQYDVQQDDA5IYXJib3IgUm9vdCBDQTBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABGGocgWzTIkLOv0RdSjKBGSxMFMDb7OuyqmNuQ3fbMff
YdSnGLb+2JskwHDKTFeVgXUh5xbjasFnzRWsmmv8GJ6jUzBRMB0GA1UdDgQWBBSK
v1Bk4fQeYhcsaqULMmaOis0yJjAfBgNVHSMEGDAWgBSKv1Bk4fQeYhcsaqULMmaO
is0yJjAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0cAMEQCIQCNCrMqZoX2
+6cCt12xcKTIO1Ea5gndTrZkEc0sLT8y0QIfPUhrsszVCFwsh48cpqGqGI9N4fS7
5724yYgwtISzXw==
-----END CERTIFICATE-----"; // expect: none

        private const string client_key = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEINkdHdXDg/snBH/yk45HJmGeXYhLVnpU0phGt4i6RGDboAoGCCqGSM49
AwEHoUQDQgAEGaDwNvMYcPeb3zFwe1qV11iFN0x1Uhs+Te+q+scfj0+3fbMOZPp3
nppZ/efBthu9TGr4WIIkiYmd+u55YG7z5w==
-----END EC PRIVATE KEY-----"; // expect: IOT1003

        private const string ca_cert = @"-----BEGIN CERTIFICATE-----
cert
-----END CERTIFICATE-----"; // expect: none
        #endregion
    }

    public static class DockWorkshop
    {
        // Docks on the workshop bench join the mechanics' network
        public static bool JoinWorkshop() =>
            nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp("bikeshare-workshop", "Spoke&Chain-2210"); // expect: IOT1001

        public const string RiderHelp = "Forgot your unlock code? Text HELP to 8080."; // expect: none
        public const string DockTokenTopic = "docks/+/rental/token"; // expect: none
    }
}
