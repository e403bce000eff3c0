// Written for corpus25: the gateway of an infusion-pump docking rack on a hospital ward (a DIN-rail Linux box
// behind the rack). It reports dock and pump status to the ward broker (MQTTnet v5, TLS client certificate), pulls
// the current drug library, forwards alarms to the HL7 interface engine, pairs docked pumps and opens the biomed
// service menu on the rack's touch panel.
using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;

namespace Corpus25.InfusionDock
{
    internal static class WardSecrets
    {
        public const string BrokerUser = "dock-ward-7b";
        public const string BrokerPassword = "TJsNq#E!xJrL"; // expect: IOT1001
        public const string DrugLibraryApiKey = "dl_live_8Hq2Lr5Vx9Kc3Tn7Wd4P"; // expect: IOT1001
        public const string DrugLibraryApiKeyHeader = "X-Api-Key"; // expect: none
        public const string PumpServicePassword = "service"; // expect: IOT1002
    }

    public sealed class DockGateway
    {
        private const string DockClientCertPath = "/etc/dockgw/client.crt"; // expect: none
        private const string DockClientKeyPem =
            "-----BEGIN EC PRIVATE KEY-----\n" +
            "MHcCAQEEIOK11tQ+UH6RyQEKj+5cUnteypdU5kpM/JuyMIZ4sofgoAoGCCqGSM49\n" +
            "AwEHoUQDQgAEm9bEozvSNMvB+aN3rpcVh/i9PfECZ64dyTAP10z7/8hOuQCif9Ga\n" +
            "B+HAeXCEET887v2PlMwOZg80KhYpQ6MJGw==\n" +
            "-----END EC PRIVATE KEY-----"; // expect: IOT1003

        private const string BiomedServicePin = "317928"; // expect: IOT1004
        private const string TokenExpiredMessage = "Badge token expired, tap your badge again to continue."; // expect: none
        private static readonly Guid PairingSecretCharacteristic = Guid.Parse("6E400003-B5A3-F393-E0A9-E50E24DCCA9E"); // expect: none
        private const string RackAdminPasswordSha256 = "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"; // expect: none
        private static readonly byte[] EventSigningKey = Convert.FromBase64String("VOmSmQrfFufXHM50w8XJV3LQWh2zx83meczbsePhSM4="); // expect: IOT1003

        private readonly HttpClient _drugLibrary = new HttpClient { BaseAddress = new Uri("https://druglib.trust-pharmacy.nhs.net/") };
        private readonly string _wardId;
        private IMqttClient _mqtt;

        public DockGateway(string wardId)
        {
            _wardId = wardId;
            var key = Environment.GetEnvironmentVariable("DOCK_DRUGLIB_KEY") ?? WardSecrets.DrugLibraryApiKey; // expect: none
            _drugLibrary.DefaultRequestHeaders.Add(WardSecrets.DrugLibraryApiKeyHeader, key);
        }

        public async Task StartAsync(CancellationToken ct)
        {
            var certificate = X509Certificate2.CreateFromPem(File.ReadAllText(DockClientCertPath), DockClientKeyPem);
            _mqtt = new MqttClientFactory().CreateMqttClient();
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer("broker.ward-net.local", 8883)
                .WithCredentials(WardSecrets.BrokerUser, WardSecrets.BrokerPassword)
                .WithTlsOptions(o => o.UseTls().WithClientCertificates(new[] { certificate }))
                .Build();

            // Spread the racks' reconnects after a network outage.
            await Task.Delay(Random.Shared.Next(0, 3000), ct); // expect: none
            await _mqtt.ConnectAsync(options, ct);
        }

        public async Task<string> FetchDrugLibraryAsync() =>
            await _drugLibrary.GetStringAsync($"v3/libraries/current?ward={_wardId}");

        public async Task ForwardAlarmAsync(string hl7Message)
        {
            using var handler = new HttpClientHandler { Credentials = new NetworkCredential("dockgw", "<hl7-engine-password>") }; // expect: IOT1006
            using var http = new HttpClient(handler);
            await http.PostAsync("https://hl7-engine.trust.local/mllp-bridge", new StringContent(hl7Message, Encoding.UTF8, "x-application/hl7-v2+er7"));
            Debug.WriteLine("HL7 login dockgw / ********");
        }

        // Each docked pump gets its own pairing key for the dock's short-range link.
        public static byte[] PumpPairingKey(string pumpSerial) =>
            SHA256.HashData(Encoding.ASCII.GetBytes("dock:" + pumpSerial)); // expect: IOT1005

        public string StartBadgeSession(string badgeId)
        {
            var sessionToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            Debug.WriteLine($"badge {badgeId} session opened");
            return sessionToken;
        }

        public bool UnlockServiceMenu(string typed) =>
            string.Equals(typed.Trim(), BiomedServicePin, StringComparison.Ordinal);

        public string PumpServiceLogin(string pumpSerial) =>
            $"LOGIN {pumpSerial} service {WardSecrets.PumpServicePassword}\r";

        public Task PublishStatusAsync(string dockSlot, string state) =>
            _mqtt.PublishStringAsync($"ward/{_wardId}/dock/{dockSlot}/state", state);

        public string SignEvent(string json)
        {
            using var hmac = new HMACSHA256(EventSigningKey);
            var alarmCorrelationId = Random.Shared.Next(); // expect: none
            return $"{alarmCorrelationId}:{Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(json)))}";
        }

        // PIN a nurse enters at the rack to release a pump from a locked slot.
        public string SlotReleasePin(int slotNumber)
        {
            var slotPin = "40" + slotNumber.ToString("D2"); // expect: IOT1005
            return slotPin;
        }

        public bool CheckRackAdmin(string typed) =>
            CryptographicOperations.FixedTimeEquals(Convert.FromHexString(RackAdminPasswordSha256), SHA256.HashData(Encoding.UTF8.GetBytes(typed)));
    }
}
