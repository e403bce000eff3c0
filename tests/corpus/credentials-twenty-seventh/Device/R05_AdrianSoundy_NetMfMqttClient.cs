// Real source: AdrianSoundy/NetMfMqttClient src/Gadgeteermqtt/Program.cs (67572874)
// .NET Micro Framework Gadgeteer board (ENC28 Ethernet) talking to Azure IoT Hub over MQTT with M2Mqtt, signing its
// own SAS token. Kept: the three template settings ("[enter ...]"), the SAS token helper (HMAC-SHA256 over the
// encoded resource and expiry, key from base64), the Connect call with the hub user name and the SAS token as the
// password, the twin / telemetry topics. Changed: the board's own SHA.computeHMAC_SHA256 and HttpUtility are
// System.Security.Cryptography.HMACSHA256 and Uri.EscapeDataString, Fx.Format is string.Format, and the 10-argument
// Connect (will message, keep-alive) is the 3-argument overload of the shared stub. Trimmed: event handlers, NTP set-up.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using uPLibrary.Networking.M2Mqtt;

namespace Gadgeteermqtt
{
    public partial class Program
    {
        static readonly string deviceID = "[enter device id]"; // expect: none
        static readonly string iotBrokerAddress = "[enter iothub url]";
        static readonly string SasKey = "[enter sas key]"; // expect: IOT1006

        static readonly string telemetryTopic = string.Format("devices/{0}/messages/events/", deviceID);
        const string twinReportedPropertiesTopic = "$iothub/twin/PATCH/properties/reported/";
        const string twinDesiredPropertiesTopic = "$iothub/twin/GET/";

        private static readonly DateTime UtcReference = new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc);

        static string GetSharedAccessSignature(string keyName, string sharedAccessKey, string resource, TimeSpan tokenTimeToLive)
        {
            // signature is computed from joined encoded request Uri string and expiry string
            string expiry = ((long)(DateTime.UtcNow - UtcReference + tokenTimeToLive).TotalSeconds).ToString();
            string encodedUri = Uri.EscapeDataString(resource);

            byte[] hmac;
            using (var sha = new HMACSHA256(Convert.FromBase64String(sharedAccessKey)))
            {
                hmac = sha.ComputeHash(Encoding.UTF8.GetBytes(encodedUri + "\n" + expiry));
            }
            string sig = Convert.ToBase64String(hmac);

            if (keyName != null)
            {
                return string.Format("SharedAccessSignature sr={0}&sig={1}&se={2}&skn={3}",
                    encodedUri, Uri.EscapeDataString(sig), Uri.EscapeDataString(expiry), Uri.EscapeDataString(keyName));
            }

            return string.Format("SharedAccessSignature sr={0}&sig={1}&se={2}",
                encodedUri, Uri.EscapeDataString(sig), Uri.EscapeDataString(expiry));
        }

        private static void DoMqttStuff()
        {
            // Create MQTT Client with default port 8883 using TLS protocol
            MqttClient mqttc = new MqttClient(iotBrokerAddress, 8883, true, null, null, 1);

            byte code = mqttc.Connect(
                deviceID,
                string.Format("{0}/{1}/api-version=2016-11-14", iotBrokerAddress, deviceID),
                GetSharedAccessSignature(null, SasKey, string.Format("{0}/devices/{1}", iotBrokerAddress, deviceID), new TimeSpan(24, 0, 0)));

            Trace("Connect returned " + code + ", reporting twin to " + twinReportedPropertiesTopic + " and " + twinDesiredPropertiesTopic);

            int temp = 10;
            while (code == 0)
            {
                // get temperature value...
                temp = temp + 1;
                Trace(string.Format("{0} [MQTT Client] Sent telemetry {{ Temperature: {1} }} to {2}", DateTime.UtcNow, temp, telemetryTopic));

                Thread.Sleep(1000 * 60);
                if (temp > 30) temp = 10;
            }
        }

        static void Trace(string message)
        {
            System.Diagnostics.Debug.WriteLine(message);
        }
    }
}
