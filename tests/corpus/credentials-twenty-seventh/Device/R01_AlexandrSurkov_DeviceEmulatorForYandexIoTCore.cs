// Real source: AlexandrSurkov/DeviceEmulatorForYandexIoTCore IoTDeviceEmulator/IoTDeviceEmulator/Program.cs (4faa14d8)
// Also: IoTDeviceEmulator/Flekosoft.Emulation.Iot.Communication.YandexCloud/YandexCloudCommunicationInterface.cs and
//       IoTDeviceEmulator/Flekosoft.Emulation.Iot.Common/Communication/MqttClient.cs (78e2bdb0).
// Kept: the emulator start-up that hands the Yandex IoT Core device id and device password to the communication
// interface, the interface constructor that starts the MQTT client, and the client's Start overloads that put the
// login on MQTTnet v3 WithCredentials. Changed: the device password and the device id (invented values of the same
// shape). Trimmed: logging, the certificate validation callback, the reconnect loop and the subscriptions.
using System;
using System.Security.Cryptography.X509Certificates;
using MQTTnet.Client.Options;

namespace Flekosoft.Emulation.Iot
{
    internal static class EmulatorProgram
    {
        public static void Main()
        {
            var rootCaCrt = new X509Certificate2("rootCA.crt");

            var communication = new YandexCloudCommunicationInterface(
                "arefq2k1m8d7c5x0h4tn", // expect: none
                "3M6cJh6lCAy6k2j0", // expect: IOT1001
                string.Empty,
                string.Empty,
                rootCaCrt);

            communication.SendJsonData("{\"temperature\":21.4,\"humidity\":38}");
        }
    }

    public class YandexCloudCommunicationInterface
    {
        private readonly Common.Communication.MqttClient _mqttClient;
        private readonly string _deviceId;
        private readonly string _publishSuffix;

        public YandexCloudCommunicationInterface(string deviceId, string password, string publishSuffix, string subscribeSuffix, X509Certificate2 rootCa)
        {
            _deviceId = deviceId;
            _publishSuffix = publishSuffix;
            _mqttClient = new Common.Communication.MqttClient();
            _mqttClient.Start("mqtt.cloud.yandex.net", 8883, Guid.NewGuid().ToString(), deviceId, password, rootCa,
                new string[] { $"$devices/{deviceId}/commands/{subscribeSuffix}#" });
        }

        public void SendJsonData(string jsonData)
        {
            _mqttClient.Publish($"$devices/{_deviceId}/events/{_publishSuffix}", System.Text.Encoding.UTF8.GetBytes(jsonData));
        }
    }
}

namespace Flekosoft.Emulation.Iot.Common.Communication
{
    public class MqttClient
    {
        private static int KeepAliveIntervalSec = 60;
        private IMqttClientOptions _options;
        private string _brokerUrl;
        private int _port;

        public void Start(string brokerUrl, int port, string clientId, string username, string password, X509Certificate2 serverRootCA, string[] topics)
        {
            Start(brokerUrl, port, clientId, username, password, serverRootCA, null, topics);
        }

        public void Start(string brokerUrl, int port, string clientId, X509Certificate clientCertificate, X509Certificate2 serverRootCa, string[] topics)
        {
            Start(brokerUrl, port, clientId, string.Empty, string.Empty, serverRootCa, clientCertificate, topics);
        }

        private void Start(string brokerUrl, int port, string clientId, string username, string password, X509Certificate2 serverRootCa, X509Certificate clientCertificate, string[] topics)
        {
            _brokerUrl = brokerUrl;
            _port = port;

            var optionsBuilder = new MqttClientOptionsBuilder()
                .WithClientId(clientId)
                .WithTcpServer(brokerUrl, port)
                .WithCleanSession();

            if (clientCertificate == null)
            {
                // auth by username and password
                optionsBuilder.WithCredentials(username, password);

                if (serverRootCa != null)
                {
                    var tlsOptions = new MqttClientOptionsBuilderTlsParameters();
                    tlsOptions.UseTls = true;
                    optionsBuilder.WithTls(tlsOptions);
                }
            }
            else
            {
                var tlsOptions = new MqttClientOptionsBuilderTlsParameters();
                tlsOptions.UseTls = true;
                optionsBuilder.WithTls(tlsOptions);
            }

            _options = optionsBuilder.Build();
        }

        public bool Publish(string topic, byte[] payload) => _options != null && payload.Length > 0 && KeepAliveIntervalSec > 0;
    }
}
