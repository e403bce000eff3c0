// Written for corpus32 (not from a public repository).
// Domain: coin- and card-operated shoe-shine machines at an airport: each kiosk tries the terminal Wi-Fi networks,
// authorises card payments at a payment terminal, reports to a coin-vault service and prints receipts.
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using nanoFramework.Networking;

namespace Corpus32.ShoeShineMachine
{
    internal static class ReceiptModem
    {
        public static void Send(string command) { }
    }

    internal static class PolishSupplier
    {
        public static string Reorder(string refillSecret, int bottles) => refillSecret.Substring(0, 2) + bottles;
    }

    public sealed class ShineKiosk
    {
        private static readonly string[] SitePsks =
        {
            "ao%%9Ct0cQhPtn", // expect: IOT1001
            "Bdxf%upFia!xGP", // expect: IOT1001
        };

        private const string TerminalPassword = "U#kztfAUyq!!tp"; // expect: IOT1001
        private const string TerminalPasswordKey = "Shine:Terminal:Password"; // expect: none
        private const string FakeTerminalPassword = "fake-terminal-pass"; // expect: none
        private const string CoinVaultApiKey = "COIN_VAULT_API_KEY"; // expect: IOT1006
        private static readonly string PolishRefillSecret = "!RWbcna8*SyyxD"; // expect: IOT1004
        private const string AdminPasswordMd5 = "098f6bcd4621d373cade4e832627b4f6"; // expect: none
        private const int BrushMotorPin = 4; // expect: none
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public void JoinTerminalWifi()
        {
            foreach (var psk in SitePsks)
            {
                if (WifiNetworkHelper.ScanAndConnectDhcp("AirportStaff", psk))
                {
                    return;
                }
            }
        }

        public async Task<bool> AuthorisePaymentAsync(int kioskNo, int cents)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://terminal.shine.example/api/authorise?amount=" + cents);
            request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"shine-{kioskNo}:{TerminalPassword}")));
            var response = await _http.SendAsync(request);
            return response.IsSuccessStatusCode;
        }

        public Task<string> ReportCoinsAsync(int coins)
        {
            _http.DefaultRequestHeaders.Add("X-Api-Key", CoinVaultApiKey);
            _http.DefaultRequestHeaders.Add("X-Auth-Token", "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiZGV2aWNlLTE0NjciLCAiaWF0IjogMTcxODgwMjk2NX0.CvYaMNZPG4at30Rxws9I8k-5wpaU1iheTZCteb3mEIA"); // expect: IOT1003
            return _http.GetStringAsync("https://vault.shine.example/v1/coins?count=" + coins);
        }

        public void StartReceiptModem()
        {
            ReceiptModem.Send("AT+CPIN=\"0000\""); // expect: IOT1002
        }

        public string ReorderPolish(int bottles) => PolishSupplier.Reorder(PolishRefillSecret, bottles);

        public string ServiceHotspotKey(int kioskNumber)
        {
            string apKey = $"Shine{kioskNumber:D3}-gate"; // expect: IOT1005
            return apKey;
        }

        public string NewReceiptToken()
        {
            string receiptToken = _rng.NextInt64().ToString("x12"); // expect: IOT3005
            return receiptToken;
        }

        public int BrushRampMs() => Random.Shared.Next(150, 350); // expect: none
    }
}
