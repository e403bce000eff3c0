// Written for corpus33 (not from a repository). Domain: a self-service key-duplication machine in a shopping mall (key
// scanned, blank identified, key cut while the customer waits, or cut later and left in a pickup locker): it joins the
// mall Wi-Fi (a Meadow board runs the kiosk side), reaches the vendor's broker through the mall's WebSocket proxy, takes
// card payments, drives the cutter controller over SSH and signs every cut job. Every secret below is invented with
// python `secrets` in the published shape of its kind.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet.Client;
using Renci.SshNet;

namespace KeyCutting
{
    public class KeyKiosk
    {
        public const string KioskPskSetting = "kiosk.wifi.psk"; // expect: none
        public const string KeyBlankCode = "KW1"; // expect: none
        public const string InventoryToken = "8d2f4c1a-93b7-4e05-b6a8-2c71e0f9d434"; // expect: none
        private static readonly string KeyCodeVaultSecret = "2!jvru0n38JuPZnE"; // expect: IOT1004
        private const string PickupAlphabet = "ACDEFHJKMNPRTUVWXY3479";

        private readonly HttpClient _http = new HttpClient();

        public Task JoinMallWifi(IWiFiNetworkAdapter wifi, string ssid) =>
            wifi.Connect(ssid, Environment.GetEnvironmentVariable("KIOSK_PSK") ?? "m#GNGwmflrpV1S"); // expect: IOT1001

        public MqttClientWebSocketProxyOptionsBuilder MallProxy() =>
            new MqttClientWebSocketProxyOptionsBuilder().WithPassword("wYFzI3n_LEy3*eM"); // expect: IOT1001

        private static Task<string> PaymentTokenAsync() => Task.FromResult("LTvVY6fJvpyNve"); // expect: IOT1001

        public async Task AuthorizePayments()
        {
            var token = await PaymentTokenAsync();
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        public SshClient CutterController() => new SshClient("10.0.0.20", "root", "root"); // expect: IOT1002

        public byte[] SignCutJob(byte[] job) => HMACSHA256.HashData("o31qTeobFDqmb9Uu0oo7rZ9XfdFimXhu"u8, job); // expect: IOT1003

        public void OpenKeyCodeVault() => KeyCodeVault.Open(KeyCodeVaultSecret);

        public void UseCatalogApi() => _http.DefaultRequestHeaders.Add("X-API-Key", "example-key"); // expect: IOT1006

        public static string LockerPin(DateTime orderDate)
        {
            var lockerPin = orderDate.ToString("MMdd"); // expect: IOT1005
            return lockerPin;
        }

        public string NewPickupAccessToken(Random rng)
        {
            var chars = new char[8];
            for (int i = 0; i < chars.Length; i++)
                chars[i] = PickupAlphabet[rng.Next(PickupAlphabet.Length)]; // expect: IOT3005
            var pickupAccessToken = new string(chars);
            return pickupAccessToken;
        }

        public int CarriageDitherSteps(Random rng) => rng.Next(-2, 3); // expect: none
    }

    internal static class KeyCodeVault
    {
        public static void Open(string secret) { }
    }
}
