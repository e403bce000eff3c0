// Real source: shashikedissanayake/AiGrow (AiGrow.DeviceServer/Mqtt.cs, AiGrow.DeviceServer/Utilities/MQTTHandler.cs, AiGrow.DeviceServer/Utilities/UniversalProperties.cs)
// Kept: the AWS IoT endpoint and port, the PFX client certificate loaded with an empty password, the M2Mqtt client over
// TLS 1.2 with client id "listener", the subscription QoS, and UniversalProperties' configuration keys and the
// password suffix constant. Changed: System.Web server paths became a greenhouse gateway's data folder.
// Added: the bay-level Mosquitto fallback, the device-data database, the thing's PEM key kept beside the code and the
// SMS gateway key.
using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace AiGrow.DeviceServer
{
    public static class UniversalProperties
    {
        public const string keystoreName = "keystore_name";
        public const string keystorePassword = "keystore_password"; // expect: none
        public const string passwordAppendPortion = "@321"; // expect: none
        public const string certificateID = "certificate_id";
        public const string MQTT_topic = "aigrow/#";
        public const string DIALOG_SMS_API_URL = "https://cpsolutions.dialog.lk/index.php/cbs/sms/send";
        public const string SmsApiKey = "7LXU4DB40PX6L4T3JXRSQTGKQTIZK0T0"; // expect: IOT1004
    }

    public static class Mqtt
    {
        /// <summary>
        /// Replace this with your endpoint - it's shown in the AWS IoT console next to the REST endpoint - they're the same.
        /// </summary>
        private const string IotEndpoint = "a2o8dyvqdg4v1r.iot.us-west-2.amazonaws.com"; // expect: none
        /// <summary>This is the default TLS1.2 port that AWS IoT uses</summary>
        private const int BrokerPort = 8883;

        // the thing's key as downloaded from the AWS console, kept for re-creating the PFX on a new gateway
        internal const string ClientRsaKey =
            "-----BEGIN RSA PRIVATE KEY-----\n" +
            "MIIEpAIBAAKCAQEAF+/OxfT/z2Zf2COwz2r6RPgIkHQBr0Cla6ZhoAZv3pU+mq9b\n" +
            "3mfe5CxAITgGq2nuyKiwy4EoxLI/W5NyD2K8Gykf2Sz6Z7hYUgvshRXIqiNQtbgY\n" +
            "up29VBVb6FmTFePJQvq88yHxkbHCtUQyASSagT6+feo3dbhYjLypwn4iH+DUlYmH\n" +
            "-----END RSA PRIVATE KEY-----\n"; // expect: IOT1003

        static byte code;

        public static void Subscribe(string dataFolder)
        {
            //this is the AWS caroot.pem file that you get as part of the download
            string path = dataFolder + Path.DirectorySeparatorChar;
            X509Certificate2 clientCert = new X509Certificate2(path + "070bf213e6-certificate.pem.pfx", "", X509KeyStorageFlags.MachineKeySet); // expect: none
            X509Certificate caCert = X509Certificate.CreateFromSignedFile(path + "root.pem");
            var client = new MqttClient(IotEndpoint, BrokerPort, true, caCert, clientCert, (int)MqttSslProtocols.TLSv1_2 /*this is what AWS IoT uses*/);

            try
            {
                //client id here is totally arbitary, but I'm pretty sure you can't have more than one client named the same.
                code = client.Connect("listener");
            }
            catch (Exception)
            {
                // AWS unreachable: fall back to the Mosquitto broker on the bay controller
                var local = new MqttClient("192.168.10.2");
                code = local.Connect("listener", "aigrow-bay", "T0MmmT7ts*deT2"); // expect: IOT1001
                client = local;
            }

            // '#' is the wildcard to subscribe to anything under the 'root' topic
            client.Subscribe(new[] { UniversalProperties.MQTT_topic }, new[] { MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE });
            Console.WriteLine("\nsubscribed  " + DateTime.Now + "\n");
        }
    }

    public class DatabaseUpdate
    {
        private const string ConnectionString = "Server=localhost;Database=aigrow;Uid=aigrow_device;Pwd=2e#blA5GAfLuqT;SslMode=Required"; // expect: IOT1001

        public string Describe() => ConnectionString.Split(';')[0];

        public int NewRequestId() => new Random().Next(1000, 9999); // expect: none
    }

    public static class SmsNotifier
    {
        private static readonly HttpClient http = new HttpClient();

        public static async Task SendAsync(string destination, string message)
        {
            var url = $"{UniversalProperties.DIALOG_SMS_API_URL}?q={UniversalProperties.SmsApiKey}&destination={destination}&message={Uri.EscapeDataString(message)}";
            var response = await http.GetAsync(url);
            Console.WriteLine("SMS gateway: " + response.StatusCode);
        }
    }
}
