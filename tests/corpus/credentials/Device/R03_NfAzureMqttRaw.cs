// Based on real public samples: nanoframework/Samples, samples/MQTT/AzureMQTT/AzureMQTT/Program.cs and
// samples/MQTT/AdvancedExample.Azure/Program.cs (raw MQTT to IoT Hub with a SAS built on the device).
// The 10-argument M2Mqtt Connect is trimmed to the 5-argument overload; SHA helper replaced by HMACSHA256.
// Credential values kept as the samples write them.
#nullable enable
using System;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using nanoFramework.Networking;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus.AzureMQTT
{
    public partial class Program
    {
        static readonly string deviceID = "[enter device id]"; // expect: none
        static readonly string iotBrokerAddress = "[enter iothub url]"; // expect: none
        static readonly string SasKey = "[enter sas key]"; // expect: IOT1006

        private static string MySsid = "ssid"; // expect: none
        private static string MyPassword = "password"; // expect: IOT1002

        static string telemetryTopic = "";
        const string twinReportedPropertiesTopic = "$iothub/twin/PATCH/properties/reported/"; // expect: none

        public static void Main()
        {
            telemetryTopic = String.Format("devices/{0}/messages/events/", deviceID);
            CancellationTokenSource cs = new(60000);
            bool success = WifiNetworkHelper.ConnectDhcp(MySsid, MyPassword, requiresDateTime: true, token: cs.Token);
            if (!success)
            {
                return;
            }

            DoMqttStuff();
        }

        static string GetSharedAccessSignature(string? keyName, string sharedAccessKey, string resource, TimeSpan tokenTimeToLive)
        {
            var exp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + (long)tokenTimeToLive.TotalSeconds;
            string expiry = exp.ToString();
            string encodedUri = WebUtility.UrlEncode(resource);

            using var hmacsha = new HMACSHA256(Convert.FromBase64String(sharedAccessKey));
            byte[] hmac = hmacsha.ComputeHash(Encoding.UTF8.GetBytes(encodedUri + "\n" + expiry));
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

            return String.Format(
                "SharedAccessSignature sr={0}&sig={1}&se={2}", // expect: none
                encodedUri,
                WebUtility.UrlEncode(sig),
                WebUtility.UrlEncode(expiry));
        }

        private static void DoMqttStuff()
        {
            MqttClient mqttc = new MqttClient(iotBrokerAddress, 8883, true, null, null, 3);

            byte code = mqttc.Connect(
                deviceID,
                String.Format("{0}/{1}/api-version=2018-06-30", iotBrokerAddress, deviceID),
                GetSharedAccessSignature(null, SasKey, String.Format("{0}/devices/{1}", iotBrokerAddress, deviceID), new TimeSpan(24, 0, 0)),
                false,
                60);

            Trace(String.Format("Connect returned {0}, reporting to {1}", code, twinReportedPropertiesTopic));
        }

        static void Trace(string message) => Console.WriteLine(message);
    }
}
