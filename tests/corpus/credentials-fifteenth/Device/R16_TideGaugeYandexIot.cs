// Real source: yandex-cloud/examples iot/Samples/c#/YaClient.cs
// Domain: harbour tide-gauge buoy publishing water levels to Yandex IoT Core over MQTT (MQTTnet v3).
// Kept: YaClient with MqttServer/MqttPort, the rootCA.crt file certificate, TopicName, Start(certPath) building TLS
// options with the device certificate, Start(id, password) with .WithCredentials(id, password), Stop/Dispose and
// Publish. Trimmed: Subscribe, the event handlers and the chain-building CertificateValidationCallback. Changed:
// Start(certPath) became StartWithCertificate(certPath, pfxPassword) (the sample's dev.pfx is protected);
// MqttClientOptionsBuilder is written with its namespace. Added: the buoy's start-up with its registry login and PFX
// password, and hard negatives.
using System;
using System.Collections.Generic;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Client.Options;

namespace YandexIoTCoreExample
{
    public enum EntityType { Registry = 0, Device = 1 }
    public enum TopicType { Events = 0, Commands = 1 }

    class YaClient : IDisposable
    {
        public const string MqttServer = "mqtt.cloud.yandex.net";
        public const int MqttPort = 8883;

        private static X509Certificate2 rootCrt = new X509Certificate2("rootCA.crt"); // expect: none

        public static string TopicName(string entityId, EntityType entity, TopicType topic)
        {
            string result = (entity == EntityType.Registry) ? "$registries/" : "$devices/"; // expect: none
            result += entityId;
            result += (topic == TopicType.Events) ? "/events" : "/commands";
            return result;
        }

        private MQTTnet.Client.IMqttClient mqttClient = null;
        private ManualResetEvent oCloseEvent = new ManualResetEvent(false);

        public void StartWithCertificate(string certPath, string pfxPassword)
        {
            X509Certificate2 certificate = new X509Certificate2(certPath, pfxPassword);
            List<byte[]> certificates = new List<byte[]>();
            certificates.Add(certificate.Export(X509ContentType.Pfx));

            MqttClientOptionsBuilderTlsParameters tlsOptions = new MqttClientOptionsBuilderTlsParameters
            {
                Certificates = certificates,
                SslProtocol = SslProtocols.Tls12,
                UseTls = true
            };

            var options = new MQTTnet.Client.Options.MqttClientOptionsBuilder()
                .WithClientId($"Test_C#_Client_{Guid.NewGuid()}")
                .WithTcpServer(MqttServer, MqttPort)
                .WithTls(tlsOptions)
                .WithCleanSession()
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(90))
                .Build();

            var factory = new MqttFactory();
            mqttClient = factory.CreateMqttClient();
            Console.WriteLine($"Connecting to mqtt.cloud.yandex.net...");
            mqttClient.ConnectAsync(options, CancellationToken.None);
        }

        public void Start(string id, string password)
        {
            MqttClientOptionsBuilderTlsParameters tlsOptions = new MqttClientOptionsBuilderTlsParameters
            {
                SslProtocol = SslProtocols.Tls12,
                UseTls = true
            };

            var options = new MQTTnet.Client.Options.MqttClientOptionsBuilder()
                .WithClientId($"Test_C#_Client_{Guid.NewGuid()}")
                .WithTcpServer(MqttServer, MqttPort)
                .WithTls(tlsOptions)
                .WithCleanSession()
                .WithCredentials(id, password)
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(90))
                .Build();

            var factory = new MqttFactory();
            mqttClient = factory.CreateMqttClient();
            Console.WriteLine($"Connecting to mqtt.cloud.yandex.net...");
            mqttClient.ConnectAsync(options, CancellationToken.None);
        }

        public void Stop()
        {
            oCloseEvent.Set();
            mqttClient.DisconnectAsync();
        }

        public void Dispose() { Stop(); }

        public Task Publish(string topic, string payload)
        {
            return mqttClient.PublishAsync(topic, payload);
        }
    }

    // Added: the buoy's start-up
    static class Buoy
    {
        private const string RegistryId = "arealjv4k1example0reg"; // expect: none
        private const string RegistryPassword = "_fW%DoKg4GZHK42p"; // expect: IOT1001
        private const string DevicePfxPassword = "%f.qbSwNkhk7"; // expect: IOT1001

        public static void Run(bool useCertificate)
        {
            using var client = new YaClient();
            if (useCertificate)
            {
                client.StartWithCertificate("dev.pfx", DevicePfxPassword);
            }
            else
            {
                client.Start(RegistryId, RegistryPassword);
            }
            client.Publish(YaClient.TopicName(RegistryId, EntityType.Registry, TopicType.Events), "{\"level_cm\":312}");
        }
    }
}
