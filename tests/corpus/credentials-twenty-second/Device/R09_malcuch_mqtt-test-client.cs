// Real source: malcuch/mqtt-test-client MqttTestClient.CLI/Program.cs, MqttTestClient.CLI/MqttClientFactory.cs,
//              MqttTestClient.CLI/AwsIoTMqttClientOptionsBuilderExtension.cs
// Kept: the CommandLine options (server, port 8883, topic, client, certificate "cert.pem", key "private.key" = "file
// name or password if pfx"), the publish/subscribe verbs with their default client ids, LoadCertificate's switch on the
// extension (".pfx" => X509Certificate2(file, password, Exportable)), TLS 1.2 via MqttClientOptionsBuilderTlsParameters.
// Changed: Oocx.ReadX509CertificateFromPem replaced by X509Certificate2.CreateFromPem; added: the reefer-container preset
// the cold-chain team uses on the yard gateway, the template for new containers, the gateway's own PFX and the bench
// device's embedded key pair.
using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using CommandLine;
using MQTTnet.Client.Options;

namespace MqttTestClient.CLI
{
    class Program
    {
        public class CommonOptions
        {
            [Option('s', "server", Required = true, HelpText = "MQTT server host")]
            public string Broker { get; set; }

            [Option('p', "port", Required = false, HelpText = "MQTT server port", Default = 8883)]
            public int Port { get; set; } = 8883;

            [Option('t', "topic", Required = true, HelpText = "MQTT topic to publish/subscribe")]
            public string Topic { get; set; }

            [Option('c', "client", Required = false, HelpText = "(Default: TestClientPublisher or TestClientSubscriber) MQTT client ID", Default = null)]
            public string ClientId { get; set; }

            [Option('x', "certificate", Required = false, HelpText = "Certificate file name (pem or pfx)", Default = "cert.pem")]
            public string CertificateFileName { get; set; }

            [Option('k', "key", Required = false, HelpText = "Certificate private key file name or password if pfx certificate file is used", Default = "private.key")] // expect: none
            public string CertificateKeyFileNameOrPassword { get; set; }
        }

        [Verb("publish", HelpText = "Publish message to specified topic")]
        public class PublishOptions : CommonOptions
        {
            [Option('m', "message", Required = true, HelpText = "Message to publish over MQTT (string)")]
            public string Message { get; set; }

            public PublishOptions() { ClientId = "TestClientPublisher"; }
        }

        // Yard gateway preset: reefer container 17 publishes its setpoint through AWS IoT with the fleet PFX.
        public static PublishOptions ReeferPreset() => new PublishOptions
        {
            Broker = "a3k7q2example-ats.iot.eu-west-1.amazonaws.com",
            Topic = "reefer/17/setpoint",
            CertificateFileName = "reefer-17.pfx",
            CertificateKeyFileNameOrPassword = "9k8JYz32%pNf3*", // expect: IOT1001
        };

        // Template for new containers; the fleet team fills in the PFX password when the certificate is issued.
        public static PublishOptions NewReeferTemplate() => new PublishOptions
        {
            Broker = "a3k7q2example-ats.iot.eu-west-1.amazonaws.com",
            Topic = "reefer/new/setpoint",
            CertificateFileName = "reefer-new.pfx",
            CertificateKeyFileNameOrPassword = "<pfx-password>", // expect: IOT1006
        };
    }

    internal static class MqttClientFactory
    {
        // Bench device "reefer-bench": certificate and key pasted from the AWS console download.
        private const string BenchCertificatePem =
            "-----BEGIN CERTIFICATE-----\n" +
            "MIIBszCCAVmgAwIBAgIUQk9yZWVmZXItYmVuY2gtY2VydDAKBggqhkjOPQQDAjAY\n" +
            "-----END CERTIFICATE-----"; // expect: none
        private const string BenchPrivateKeyPem =
            "-----BEGIN EC PRIVATE KEY-----\n" +
            "MHcCAQEEIKAjof3VBJUYUBNgMC6bSoVna5KFaGWNQTVniswerwiAoAoGCCqGSM49\n" +
            "AwEHoUQDQgAE6Dm65Igd5S54gnRstedQxsy7v5RUp86e25aPhDS+aUH9asDIq+Sy\n" +
            "BT6ZP/EVgpG87L/CJAxlX8ZCJzq1XwNYcQ==\n" +
            "-----END EC PRIVATE KEY-----"; // expect: IOT1003

        // The yard gateway itself authenticates with the site certificate from the USB key.
        internal static X509Certificate2 LoadGatewayCertificate()
        {
            var collection = new X509Certificate2Collection();
            collection.Import("/media/usb0/yard-gateway.pfx", "EK!uaCp_FtQ4BH", X509KeyStorageFlags.Exportable); // expect: IOT1001
            return collection[0];
        }

        internal static IMqttClientOptions BuildMqttOptions(Program.CommonOptions options)
        {
            X509Certificate2 clientCert = options.CertificateFileName == "bench"
                ? X509Certificate2.CreateFromPem(BenchCertificatePem, BenchPrivateKeyPem)
                : LoadCertificate(options.CertificateFileName, options.CertificateKeyFileNameOrPassword);

            return new MqttClientOptionsBuilder()
                .WithTcpServer(options.Broker, options.Port)
                .WithClientId(options.ClientId)
                .WithTls(new MqttClientOptionsBuilderTlsParameters
                {
                    UseTls = true,
                    Certificates = new List<X509Certificate2> { clientCert },
                    SslProtocol = SslProtocols.Tls12
                })
                .Build();
        }

        private static X509Certificate2 LoadCertificate(string certificateFileName, string certificateKeyFileNameOrPassword)
        {
            var extension = Path.GetExtension(certificateFileName).ToLower();
            switch (extension)
            {
                case ".pfx":
                    return new X509Certificate2(certificateFileName, certificateKeyFileNameOrPassword, X509KeyStorageFlags.Exportable);
                case ".pem":
                    return X509Certificate2.CreateFromPemFile(certificateFileName, certificateKeyFileNameOrPassword);
                default:
                    throw new NotSupportedException($"Unsupported certificate file extension {extension}");
            }
        }
    }
}
