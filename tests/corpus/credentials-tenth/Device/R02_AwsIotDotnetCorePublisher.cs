// Real source: aws-samples/iot-dotnet-publisher-consumer Dotnetcoresamples/Iotdotnetcorepublisher/Program.cs
// Domain: warehouse dock-door sensor publishing to AWS IoT Core over MQTT/TLS with an X.509 client certificate.
// Kept: the endpoint placeholder, AmazonRootCA1.crt, the PFX client certificate and its sample password
// "MyPassword1" (the original's documentation value), the M2Mqtt client and the publish loop.
// Added (marked): the consumer's certificate load with a site password, and the certificate thumbprint check.
using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using M2Mqtt;

namespace Iotdotnetcorepublisher
{
    class Program
    {
        static void Main(string[] args)
        {
            string iotEndpoint = "yourendpointhere.iot.us-east-1.amazonaws.com";
            Console.WriteLine("AWS IoT Dotnet core message publiser starting");
            int brokerPort = 8883;

            string message = "Test message";
            string topic = "Hello/World";

            var caCert = X509Certificate.CreateFromCertFile(Path.Join(AppContext.BaseDirectory, "AmazonRootCA1.crt"));
            var clientCert = new X509Certificate2(Path.Join(AppContext.BaseDirectory, "certificate.cert.pfx"), "MyPassword1"); // expect: IOT1001

            var client = new MqttClient(iotEndpoint, brokerPort, true, caCert, clientCert, MqttSslProtocols.TLSv1_2);

            string clientId = Guid.NewGuid().ToString();
            client.Connect(clientId);
            Console.WriteLine($"Connected to AWS IoT with client id: {clientId}.");

            int i = 0;
            while (i < 3)
            {
                client.Publish(topic, Encoding.UTF8.GetBytes($"{message} {i}"));
                Console.WriteLine($"Published: {message} {i}");
                i++;
                Thread.Sleep(5000);
            }
        }

        // Added: the consumer sample of the same repository loads its own PFX; the dock gateway build keeps
        // the export password of the site certificate in a constant.
        private const string ConsumerPfxPassword = "Dock7-Ravel-2291"; // expect: IOT1001
        private const string ConsumerPfxPasswordVariable = "DOCK_PFX_PASSWORD"; // expect: none
        private const string ExpectedThumbprint = "3F2A9C41D07B6E58A1C4F09D2B7E3A6C5D81F4E2"; // expect: none

        static MqttClient ConnectConsumer(string iotEndpoint)
        {
            var caCert = X509Certificate.CreateFromCertFile(Path.Join(AppContext.BaseDirectory, "AmazonRootCA1.crt"));
            var clientCert = new X509Certificate2(Path.Join(AppContext.BaseDirectory, "consumer.cert.pfx"), ConsumerPfxPassword);
            if (!string.Equals(clientCert.Thumbprint, ExpectedThumbprint, StringComparison.OrdinalIgnoreCase))
            {
                Console.WriteLine("Certificate thumbprint does not match the provisioned one"); // expect: none
            }
            var client = new MqttClient(iotEndpoint, 8883, true, caCert, clientCert, MqttSslProtocols.TLSv1_2);
            client.Connect(Guid.NewGuid().ToString());
            return client;
        }
    }
}
