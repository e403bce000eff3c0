// Written for corpus25: the ceiling-mounted base station of a supermarket's electronic shelf labels (ESL). It takes
// price changes from the store server over MQTT-over-WebSocket, encrypts them for the labels' sub-GHz radio, pairs
// new labels, pushes the back-office Wi-Fi profile to the handheld scanners' dock, and accepts a manager override
// typed on the handheld when a promotion must go out early.
using System;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;

namespace Corpus25.ShelfLabels
{
    public class BaseStationOptions
    {
        public string StoreId { get; set; }
        public string BrokerUri { get; set; }
        public string BrokerPassword { get; set; }
    }

    public static class StoreProfiles
    {
        public static BaseStationOptions Create(string storeId) => new BaseStationOptions
        {
            StoreId = storeId,
            BrokerUri = "wss://esl-hub.freshmart-retail.com/mqtt", // expect: none
            BrokerPassword = "aLCVt94mfqvZ", // expect: IOT1001
        };

        // Trade-show demo kit: a sandbox store on the vendor's broker.
        public static BaseStationOptions Demo() => new BaseStationOptions
        {
            StoreId = "FM-DEMO", // expect: none
            BrokerUri = "wss://esl-sandbox.freshmart-retail.com/mqtt",
            BrokerPassword = "demo-token-not-valid", // expect: IOT1006
        };
    }

    public sealed class BaseStation
    {
        private const string PasswordHashAlgorithm = "PBKDF2-SHA256"; // expect: none
        private const string TokenScope = "esl.prices.write"; // expect: none
        private const string PasswordLabel = "Store Wi-Fi key:"; // expect: none
        private const string CashOfficeSafeCode = "7316"; // expect: IOT1004
        private const string ManagerOverrideCode = "58187995"; // expect: IOT1004
        private readonly BaseStationOptions _options;
        private readonly HttpClient _dock = new HttpClient { BaseAddress = new Uri("http://scanner-dock.store.local/") };

        public BaseStation(BaseStationOptions options) => _options = options;

        public async Task ConnectAsync()
        {
            var client = new MqttFactory().CreateMqttClient();
            var options = new MqttClientOptionsBuilder()
                .WithWebSocketServer(_options.BrokerUri)
                .WithClientId("esl-bs-" + _options.StoreId)
                .WithCredentials(_options.StoreId, _options.BrokerPassword)
                .Build();
            await client.ConnectAsync(options);
        }

        public byte[] EncryptForLabels(byte[] frame, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("B1D4DC1E85560831879A3BD61ECAA951"); // expect: IOT1003
            aes.IV = iv;
            return aes.EncryptCbc(frame, iv);
        }

        // Passkey shown on the label's e-paper during pairing.
        public static uint PairingPasskey(PhysicalAddress labelMac)
        {
            uint pairingPasskey = BitConverter.ToUInt32(labelMac.GetAddressBytes(), 2) % 1000000; // expect: IOT1005
            return pairingPasskey;
        }

        public byte[] NewAuditToken()
        {
            var auditToken = new byte[16];
            Random.Shared.NextBytes(auditToken); // expect: IOT3005
            return auditToken;
        }

        public Task PushScannerWifiAsync() =>
            _dock.PostAsync("api/wifi-profile", new StringContent(
                "{\"ssid\":\"FM-Backoffice\",\"security\":\"WPA2-PSK\",\"psk\":\"Z4viDovZ1r3M\"}", // expect: IOT1001
                Encoding.UTF8, "application/json"));

        public bool OpenCashOfficeSafe(string typed) => typed == CashOfficeSafeCode;

        public string Label() => PasswordLabel;

        public bool AcceptOverride(string typedCode) =>
            StringComparer.Ordinal.Equals(typedCode, ManagerOverrideCode);

        public string HashScheme() => PasswordHashAlgorithm + " " + TokenScope;

        // Local web UI of the base station, for the installer's laptop.
        public static bool LocalLogin(string user, string pass) => user == "admin" && pass == "admin"; // expect: IOT1002 IOT1002

        // Key of the temporary access point the label-programming jig opens.
        public static string JigApKey(PhysicalAddress baseStationMac)
        {
            var apKey = "esl" + baseStationMac.ToString().ToLowerInvariant(); // expect: IOT1005
            return apKey;
        }
    }
}
