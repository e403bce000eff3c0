// Trackside telemetry gateway: axle counters and point machines report to the rail operations centre.
using System;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Amqp;
using Brightwater.Shared;
using Confluent.Kafka;

namespace Brightwater.Rail
{
    public sealed class SignalUplink
    {
        private const string AxleCountTopic = "signals.axle-counts.v2"; // expect: none

        public Address OperationsCentre() =>
            new($"amqps://{FieldSecrets.RailAmqpUser}:{FieldSecrets.RailAmqpPassword}@mq.railops.example:5671/signals");

        public IProducer<string, byte[]> AxleCounterProducer()
        {
            var config = new ProducerConfig
            {
                BootstrapServers = "kafka-1.railops.example:9093,kafka-2.railops.example:9093",
                SecurityProtocol = SecurityProtocol.SaslSsl,
                SaslMechanism = SaslMechanism.ScramSha512,
                SaslUsername = "axle-counter",
                SaslPassword = "Ballast-Sleeper-55", // expect: IOT1001
            };
            return new ProducerBuilder<string, byte[]>(config).Build();
        }

        public string Topic => AxleCountTopic;
    }

    public sealed class InterlockingGatewayTls
    {
        private const string GatewayPfx = "/etc/rail/interlocking-gw.pfx"; // expect: none
        private const string LaptopPfx = "/etc/rail/maintenance-laptop.pfx"; // expect: none

        // Public root of the operator's PKI, pinned by the gateway.
        private const string OperatorRootCa = @"-----BEGIN CERTIFICATE-----
MIIBlDCCATugAwIBAgIUEMtnBjrXKZYcKDRzJdKVY6SZ/P4wCgYIKoZIzj0EAwIw
IDEeMBwGA1UEAwwVSGFsY3lvbiBGaWVsZCBSb290IENBMB4XDTI2MTIwMTA1MTUx
OVoXDTM2MTEyODA1MTUxOVowIDEeMBwGA1UEAwwVSGFsY3lvbiBGaWVsZCBSb290
IENBMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEnCYfZ5u+cmW2PBMwg9YlEy6O
8z56fbwYBdtyVoRayiqwbdxyvm+svSJBRF1cBe0gYqqwkPsOr6SnEsnHnPcXDKNT
MFEwHQYDVR0OBBYEFAMrd+FUlvzDoOZeutGzPTh2/2ViMB8GA1UdIwQYMBaAFAMr
d+FUlvzDoOZeutGzPTh2/2ViMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwID
RwAwRAIgM0aImU2WT4/qmGSl/i/G66dlvV8caHDmpwf2icT0VNMCIB7SrdW1tHq1
bEoJ053NefmJBr20AcStFH819aT8ApxL
-----END CERTIFICATE-----"; // expect: none

        public X509Certificate2 GatewayCertificate() =>
            X509CertificateLoader.LoadPkcs12FromFile(GatewayPfx, "Points&Crossings9"); // expect: IOT1001

        public X509Certificate2 LaptopCertificate() =>
            X509CertificateLoader.LoadPkcs12FromFile(LaptopPfx, "<pfx-password>"); // expect: IOT1006

        public X509Certificate2 Root() => X509Certificate2.CreateFromPem(OperatorRootCa);
    }

    public sealed class CabinetAccess
    {
        // Deploy key of the trackside cabinet's config repository.
        internal const string CabinetDeployKey = @"-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDpbGjyLKHrOLb1kBzt2ZwVxZYBRktPOwAuPsyi4g6PXgAAAJj8eQw4/HkM
OAAAAAtzc2gtZWQyNTUxOQAAACDpbGjyLKHrOLb1kBzt2ZwVxZYBRktPOwAuPsyi4g6PXg
AAAEDki5IDdVWZw1X67fJODFlkYLZNhO/rucejHq7LJDANrOlsaPIsoes4tvWQHO3ZnBXF
lgFGS087AC4+zKLiDo9eAAAAEHByaW50ZmFybS1kZXBsb3kBAgMEBQ==
-----END OPENSSH PRIVATE KEY-----"; // expect: IOT1003

        // NATS leaf node credentials of the cabinet (user seed).
        internal const string LeafNodeSeed = "SUA2HU4APRMHQQFH2VWJB4V6KVFDDD6N2QIMQBWBEIPTB65VLVF6MQRXAA"; // expect: IOT1003

        private static readonly Regex KeyScrubber = new("SharedAccessKey=[^;]+"); // expect: none

        // The maintainer's hand-held terminal logs in to the cabinet with this daily password.
        public string DailyMaintenancePassword(string cabinetSerial)
        {
            string password = "RS" + cabinetSerial + DateTime.UtcNow.DayOfYear.ToString("D3"); // expect: IOT1005
            return password;
        }

        public string Scrub(string logLine) => KeyScrubber.Replace(logLine, "SharedAccessKey=***"); // expect: none
    }
}
