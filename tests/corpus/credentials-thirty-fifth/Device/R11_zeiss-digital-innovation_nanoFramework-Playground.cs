// Real source: zeiss-digital-innovation/nanoFramework-Playground NanoframeworkExampleCFNet/Infrastructure/MqttManager.cs,
//   NanoframeworkExampleCFNet/Infrastructure/NetworkManager.cs (ac29d0e6)
// Domain: an ESP32 board with a Sense HAT-style sensor board (.NET nanoFramework) that joins Wi-Fi and sends telemetry to
//   Azure IoT Hub over MQTT with a SAS token it signs itself, listening for twin and direct-method topics.
// Kept: the network and hub settings read from the embedded resources (SSID, Wi-Fi password, host, device id, SAS key), the
//   topics, Connect with the device id, the hub user name and a SAS token made by GetSharedAccessSignature (HMAC-SHA256 of
//   the resource URI and expiry with the key), PublishTelemetry, ConnectToNetwork.
// Trimmed: the received-message topic dispatch, the published / subscribed log handlers, Logger.
// Changed: the MqttClient is built with the host only and Connect is the three-argument overload (the shared stub has no
//   TLS constructor and no will / keep-alive overload); nanoFramework's HttpUtility.UrlEncode is WebUtility.UrlEncode.
// Added: a Resource stand-in whose GetString returns empty text (the generated Resource.Designer.cs reads the .resx).
// Shimmed (_Stubs.cs): MqttQoSLevel and Subscribe / Publish on the shared nanoFramework MqttClient.
// Replaced: nothing in C#. The project's Resource.resx (not reproduced here) holds the real IoT Hub SAS key and the Wi-Fi
//   password; no C# line carries them, the code reads them at run time.
using System;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.M2Mqtt.Messages;
using nanoFramework.Networking;

namespace NanoframeworkExampleCFNet.Infrastructure
{
    public class MqttManager
    {
        private static readonly string HostName = Resource.GetString(Resource.StringResources.HostName);
        private static readonly string DeviceId = Resource.GetString(Resource.StringResources.DeviceID);
        private static readonly string TelemetryTopic = $"devices/{DeviceId}/messages/events/";

        private const string TwinReportedPropertiesTopic = "$iothub/twin/PATCH/properties/reported/";
        private const string TwinDesiredPropertiesTopic = "$iothub/twin/GET/";
        private static readonly string SasKey = Resource.GetString(Resource.StringResources.SasKey); // expect: none

        private MqttClient _mqttClient;

        public bool IsConnected()
        {
            return _mqttClient is { IsConnected: true };
        }

        public void Connect()
        {
            _mqttClient = new MqttClient(HostName);

            _mqttClient.Connect(
                DeviceId,
                string.Format("{0}/{1}/api-version=2018-06-30", HostName, DeviceId),
                GetSharedAccessSignature(null, SasKey, string.Format("{0}/devices/{1}", HostName, DeviceId), new TimeSpan(24, 0, 0))); // expect: none

            if (_mqttClient.IsConnected)
            {
                _mqttClient.Subscribe(
                    new[]
                    {
                        "$iothub/methods/POST/#",
                        $"devices/{DeviceId}/messages/devicebound/#",
                        "$iothub/twin/PATCH/properties/desired/#",
                        "$iothub/twin/res/#"
                    },
                    new[] { MqttQoSLevel.AtLeastOnce, MqttQoSLevel.AtLeastOnce, MqttQoSLevel.AtLeastOnce, MqttQoSLevel.AtLeastOnce });
            }
        }

        public void PublishTelemetry(string instrumentName, string instrumentValue)
        {
            var message = $"{{ {instrumentName}: {instrumentValue} }}";
            _mqttClient.Publish(TelemetryTopic, Encoding.UTF8.GetBytes(message), MqttQoSLevel.AtLeastOnce, false);
        }

        private static string GetSharedAccessSignature(string keyName, string sharedAccessKey, string resource, TimeSpan tokenTimeToLive)
        {
            // signature is computed from joined encoded request Uri string and expiry string
            var exp = DateTimeOffset.UtcNow.ToUnixTimeSeconds() + (long)tokenTimeToLive.TotalSeconds;

            var expiry = exp.ToString();
            var encodedUri = WebUtility.UrlEncode(resource);

            var hmac = HMACSHA256.HashData(Convert.FromBase64String(sharedAccessKey), Encoding.UTF8.GetBytes(encodedUri + "\n" + expiry));
            var sig = Convert.ToBase64String(hmac);

            var result = "";

            if (keyName != null)
                result = string.Format("SharedAccessSignature sr={0}&sig={1}&se={2}&skn={3}", encodedUri, WebUtility.UrlEncode(sig), WebUtility.UrlEncode(expiry), WebUtility.UrlEncode(keyName));
            result = string.Format(
                "SharedAccessSignature sr={0}&sig={1}&se={2}", // expect: none
                encodedUri,
                WebUtility.UrlEncode(sig),
                WebUtility.UrlEncode(expiry));

            return result;
        }
    }

    public static class NetworkManager
    {
        private static readonly string Ssid = Resource.GetString(Resource.StringResources.SSID);
        private static readonly string WifiPassword = Resource.GetString(Resource.StringResources.WifiPassword); // expect: none

        public static void ConnectToNetwork()
        {
            try
            {
                CancellationTokenSource cs = new(60000);
                var success = WifiNetworkHelper.ConnectDhcp(Ssid, WifiPassword, requiresDateTime: true, token: cs.Token);
                if (!success)
                {
                    Debug.WriteLine("Can't get a proper IP address and DateTime.");
                }
            }
            catch (Exception e)
            {
                Debug.WriteLine($"[Network] setup failed. {e.Message}");
            }
        }
    }

    // added: stand-in for the generated Resource class
    internal static class Resource
    {
        internal enum StringResources { AzureRootCerts, DeviceID, HostName, SasKey, SSID, WifiPassword }
        internal static string GetString(StringResources id) => string.Empty;
    }
}
