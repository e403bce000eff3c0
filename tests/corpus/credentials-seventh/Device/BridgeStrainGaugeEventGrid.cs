// Real source: 0GiS0/tour-of-heroes-azure-event-grid client/Program.cs
// Moved to a cable-stayed bridge: the strain-gauge gateway on pylon 9 publishes to an Event Grid MQTT namespace
// with an X.509 client certificate. The standby gateway and the PFX and encrypted-PEM paths are added.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;

namespace Structures.Bridge
{
    public static class BridgeStrainGaugeEventGrid
    {
        private const string BrokerThumbprint = "0C3676A228D9044973B95AC64066C1BA886DD4F8"; // expect: none
        private const string GaugeCalibrationPasscode = "Strain-Cal-0917"; // expect: IOT1004
        private const string GaugeTopic = "bridges/pylon-9/strain"; // expect: none

        private const string StandbyCertPem = @"-----BEGIN CERTIFICATE-----
MIIBjTCCATOgAwIBAgIUVWelTjIHOxoxZPP36khyFkeKRGwwCgYIKoZIzj0EAwIw
HDEaMBgGA1UEAwwRc3RyYWluLWd3LXN0YW5kYnkwHhcNMjYxMjAxMTI0MjQxWhcN
MzYxMTI4MTI0MjQxWjAcMRowGAYDVQQDDBFzdHJhaW4tZ3ctc3RhbmRieTBZMBMG
ByqGSM49AgEGCCqGSM49AwEHA0IABOpghVyJR5hH7xNmwQ1n6Qgne+go+rpYm4TH
h3FKPsbPrOueKa6m1cHMO0JocnzgOSrjfp+5S2+uSZRd1wjV8vOjUzBRMB0GA1Ud
DgQWBBT8196x54tgT82kUuH+4vw1+twbrDAfBgNVHSMEGDAWgBT8196x54tgT82k
UuH+4vw1+twbrDAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIGfI
KiEK09rjwcnvERzUk/SHiRSoFofvdhZnPOvhpc1VAiEAzx0sFsJ2eJ3MPpGp5OQ9
7SM+u98X/+9e9O/WwhsQ7mA=
-----END CERTIFICATE-----"; // expect: none

        private const string StandbyKeyPem = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgZFU9+7gPHRJQpUVm
/XaJhi92iu2jkXnzEl+K0+w0RsqhRANCAARlPXc+gETFZVfwHkoNiUVDp2zxmCGN
x+w6SossLOeq7x14CZ6CUz+ZeDwui027yhQcFwZXQdXGOVCQL5MaNX/6
-----END PRIVATE KEY-----"; // expect: IOT1003

        public static async Task RunAsync(bool standby)
        {
            string hostname = "bridge-ns.westeurope-1.ts.eventgrid.azure.net";
            string clientId = "strain-gw-01-session1";  //client ID can be the session identifier.
            string x509_pem = @"../strain-gw-01-authnID.pem"; // expect: none
            string x509_key = @"../strain-gw-01-authnID.key"; // expect: none

            var certificate = standby
                ? X509Certificate2.CreateFromPem(StandbyCertPem, StandbyKeyPem)
                : X509Certificate2.CreateFromPemFile(x509_pem, x509_key);

            var mqttClient = new MqttFactory().CreateMqttClient();

            await mqttClient.ConnectAsync(new MqttClientOptionsBuilder()
                .WithTcpServer(hostname, 8883)
                .WithClientId(clientId)
                .WithCredentials("strain-gw-01-authnID", "") // expect: none
                .WithTls()
                .Build());

            Console.WriteLine($"Client Connected: {mqttClient.IsConnected} with certificate {certificate.Subject}");

            var counter = 0;
            while (true)
            {
                await mqttClient.PublishStringAsync(GaugeTopic, $"{{\"gauge\":\"SG-{counter % 12}\",\"microstrain\":{120 + counter % 7}}}");
                await Task.Delay(5000);
                counter++;
            }
        }

        // The 2008 data logger in the anchorage chamber serves its files over FTP.
        public static NetworkCredential AnchorageLogger() => new NetworkCredential("root", "root"); // expect: IOT1002

        public static HttpClient GaugeVendorCloud()
        {
            var http = new HttpClient { BaseAddress = new Uri("https://cloud.straingauge-vendor.example/") };
            http.DefaultRequestHeaders.Add("X-Auth-Token", "sg-ZrhPadVkB1Sbc6J2ZWqy1eClxYSDAZ"); // expect: IOT1001
            Console.WriteLine("pinned broker " + BrokerThumbprint + ", calibration " + GaugeCalibrationPasscode.Length);
            return http;
        }

        // Older gateways carry a PFX exported by the integrator.
        public static X509Certificate2 LoadIntegratorPfx() =>
            X509CertificateLoader.LoadPkcs12FromFile("/etc/bridge/gateway.pfx", "Cable-Stay-Pylon-9"); // expect: IOT1001

        public static X509Certificate2 LoadEncryptedPem() =>
            X509Certificate2.CreateFromEncryptedPemFile("/etc/bridge/gw.crt", "Girder-Deck-2004", "/etc/bridge/gw.key"); // expect: IOT1001
    }
}
