// Real source: nanoframework/Samples
//   samples/MQTT/AzureMQTT/AzureMQTT/Program.cs         (commit 2f523d66208d4b22a74a9235d8020a71ae3579b0)
//   samples/MQTT/AzureMQTT/AzureMQTT/NetworkHelpers.cs  (commit 62f77443c624143883a333f4c8a24c193d0f00e0)
// Literal values are kept exactly as written upstream. Trimmed to compile against the corpus stubs:
// the sample's SHA.computeHMAC_SHA256 helper is replaced by HMACSHA256, the 10-argument Connect
// overload (will message, will topic) by the 5-argument one, event handlers, Subscribe/Publish,
// Trace and the nanoFramework-only NetworkInterface members are trimmed.

using System;
using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using nanoFramework.Networking;
using uPLibrary.Networking.M2Mqtt;

namespace AzureMQTT
{
    public partial class Program
    {
        static readonly string deviceID = "[enter device id]"; // expect: none
        static readonly string iotBrokerAddress = "[enter iothub url]"; // expect: none
        static readonly string SasKey = "[enter sas key]"; // expect: IOT1006

        static string telemetryTopic = "";
        const string twinReportedPropertiesTopic = "$iothub/twin/PATCH/properties/reported/"; // expect: none
        const string twinDesiredPropertiesTopic = "$iothub/twin/GET/";

        public static void Main()
        {
            telemetryTopic = String.Format("devices/{0}/messages/events/", deviceID);

            // if we are using TLS it requires date & time
            NetworkHelpers.SetupAndConnectNetwork(true);

            Console.WriteLine("Waiting for network up and IP address...");
            NetworkHelpers.IpAddressAvailable.WaitOne();

            Console.WriteLine("Waiting for valid Date & Time...");
            NetworkHelpers.DateTimeAvailable.WaitOne();

            Thread.Sleep(3000); //used to reliably allow redeployment in VS2019

            DoMqttStuff();

            Thread.Sleep(Timeout.Infinite);
        }

        static string GetSharedAccessSignature(string keyName, string sharedAccessKey, string resource, TimeSpan tokenTimeToLive)
        {
            // http://msdn.microsoft.com/en-us/library/azure/dn170477.aspx
            // the canonical Uri scheme is http because the token is not amqp specific
            // signature is computed from joined encoded request Uri string and expiry string

            var exp = (DateTime.UtcNow - new DateTime(1970, 1, 1, 0, 0, 0, 0)) + tokenTimeToLive;

            string expiry = exp.TotalSeconds.ToString();
            string encodedUri = WebUtility.UrlEncode(resource);

            byte[] hmac = new HMACSHA256(Convert.FromBase64String(sharedAccessKey)).ComputeHash(Encoding.UTF8.GetBytes(encodedUri + "\n" + expiry));
            string sig = Convert.ToBase64String(hmac);

            if (keyName != null)
            {
                return String.Format(
                "SharedAccessSignature sr={0}&sig={1}&se={2}&skn={3}", // expect: none
                encodedUri,
                WebUtility.UrlEncode(sig),
                WebUtility.UrlEncode(expiry),
                WebUtility.UrlEncode(keyName));
            }
            else
            {
                return String.Format(
                    "SharedAccessSignature sr={0}&sig={1}&se={2}", // expect: none
                    encodedUri,
                    WebUtility.UrlEncode(sig),
                    WebUtility.UrlEncode(expiry));
            }
        }

        private static void DoMqttStuff()
        {
            //Create MQTT Client with default port 8883 using TLS protocol
            MqttClient mqttc = new MqttClient(iotBrokerAddress, 8883, true, null, null, (int)MqttSslProtocols.TLSv1_2);

            byte code = mqttc.Connect(
                deviceID,
                String.Format("{0}/{1}/api-version=2018-06-30", iotBrokerAddress, deviceID),
                GetSharedAccessSignature(null, SasKey, String.Format("{0}/devices/{1}", iotBrokerAddress, deviceID), new TimeSpan(24, 0, 0)),
                false,
                60
                );

            Console.WriteLine(String.Format("Connect returned {0}; twin topics {1} {2}; telemetry {3}",
                code, twinReportedPropertiesTopic, twinDesiredPropertiesTopic, telemetryTopic));
        }
    }
}

namespace nanoFramework.Networking
{
    internal class NetworkHelpers
    {
        private const string c_SSID = "REPLACE-WITH-YOUR-SSID"; // expect: none
        private const string c_AP_PASSWORD = "REPLACE-WITH-YOUR-WIFI-KEY"; // expect: IOT1006

        private static bool _requiresDateTime;

        static public ManualResetEvent IpAddressAvailable = new ManualResetEvent(false);
        static public ManualResetEvent DateTimeAvailable = new ManualResetEvent(false);

        internal static void SetupAndConnectNetwork(bool requiresDateTime = false)
        {
            NetworkChange.NetworkAddressChanged += new NetworkAddressChangedEventHandler(AddressChangedCallback);

            _requiresDateTime = requiresDateTime;

            new Thread(WorkingThread).Start();
        }

        internal static void WorkingThread()
        {
            NetworkInterface[] nis = NetworkInterface.GetAllNetworkInterfaces();

            if (nis.Length > 0)
            {
                // get the first interface
                NetworkInterface ni = nis[0];

                if (ni.NetworkInterfaceType == NetworkInterfaceType.Wireless80211)
                {
                    // network interface is Wi-Fi
                    Console.WriteLine("Network connection is: Wi-Fi");

                    Wireless80211Configuration wc = new Wireless80211Configuration();

                    // note on checking the 802.11 configuration
                    // on secure devices (like the TI CC3220SF) the password can't be read
                    // so we can't use the code block bellow to automatically set the profile
                    if ((wc.Ssid != c_SSID && wc.Password != c_AP_PASSWORD) &&
                         (wc.Ssid != "" && wc.Password == "")) // expect: none
                    {
                        // have to update Wi-Fi configuration
                        wc.Ssid = c_SSID;
                        wc.Password = c_AP_PASSWORD;
                    }
                    else
                    {
                        // Wi-Fi configuration matches
                        // (or can't be validated)
                    }
                }
                else
                {
                    // network interface is Ethernet
                    Console.WriteLine("Network connection is: Ethernet");
                }

                // check if we have an IP
                CheckIP();

                if (_requiresDateTime)
                {
                    IpAddressAvailable.WaitOne();

                    SetDateTime();
                }
            }
            else
            {
                throw new NotSupportedException("ERROR: there is no network interface configured.\r\nOpen the 'Edit Network Configuration' in Device Explorer and configure one.");
            }
        }

        private static void SetDateTime()
        {
            Console.WriteLine("Setting up system clock...");

            // if SNTP is available and enabled on target device this can be skipped because we should have a valid date & time
            while (DateTime.UtcNow.Year < 2018)
            {
                Console.WriteLine("Waiting for valid date time...");
                // wait for valid date & time
                Thread.Sleep(1000);
            }

            DateTimeAvailable.Set();
        }

        private static void CheckIP()
        {
            Console.WriteLine("Checking for IP");

            NetworkInterface ni = NetworkInterface.GetAllNetworkInterfaces()[0];
            var addresses = ni.GetIPProperties().UnicastAddresses;
            if (addresses.Count > 0)
            {
                Console.WriteLine($"We have and IP: {addresses[0].Address}");
                IpAddressAvailable.Set();
            }
        }

        static void AddressChangedCallback(object sender, EventArgs e)
        {
            CheckIP();
        }
    }
}
