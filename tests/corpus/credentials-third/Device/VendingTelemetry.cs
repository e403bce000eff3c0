// Snack/drink vending controller: DEX audit collection, telemetry over AMQP, cashless settlement.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Amqp;

namespace SnackStop.Vmc
{
    public sealed record DriverAccount(string Name, string Passcode);

    public sealed record Selection(string Code, string Product, decimal Price);

    public sealed class VendingTelemetry
    {
        private const string ServiceMenuPasscode = "1111"; // expect: IOT1002
        private const string CashlessApiKey = "YOUR_API_KEY"; // expect: IOT1006

        private static readonly DriverAccount[] Drivers =
        {
            new(Name: "route-7", Passcode: "Sn4ck-R7-2024"), // expect: IOT1004
            new(Name: "route-12", Passcode: "Qv9#ChipsR12"), // expect: IOT1004
        };

        private static readonly Selection[] Planogram =
        {
            new("A1", "Sparkling water 500ml", 1.60m),
            new("A2", "Cola zero 330ml", 1.80m),
            new("B4", "Salted pretzels", 1.20m),
        };

        // DEX/UCS audit record identifiers (EVA-DTS 6.1.2).
        private static readonly string[] AuditSegments = { "DXS", "ST", "ID1", "VA1", "CA2", "PA1", "PA2", "SE", "DXE" }; // expect: none

        private readonly HttpClient _http = new();
        private readonly string _machineId;

        public VendingTelemetry(string machineId) => _machineId = machineId;

        public Address TelemetryBroker() =>
            new Address("telemetry.snackstop.example", 5671, "vmc-" + _machineId, "V3nd!ng-AMQP-77Lx"); // expect: IOT1001

        public async Task<string> SettleAsync(decimal amount, string cardToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://cashless.snackstop.example/v1/settle");
            request.Headers.Add("X-Api-Key", CashlessApiKey);
            request.Content = new StringContent(
                "{\"amount\":" + amount.ToString(CultureInfo.InvariantCulture) + ",\"card_token\":\"" + cardToken + "\"}", // expect: none
                Encoding.UTF8, "application/json");
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public async Task ReportStockAsync(IDictionary<string, int> stock)
        {
            var sb = new StringBuilder("https://portal.snackstop.example/api/stock?machine=").Append(_machineId);
            foreach (var kv in stock) sb.Append("&s_").Append(kv.Key).Append('=').Append(kv.Value);
            sb.Append("&apikey=").Append("ssp_3MvQ8nR2tK5wY7zH"); // expect: IOT1001
            using var _ = await _http.GetAsync(sb.ToString());
        }

        public async Task<string> DownloadPlanogramAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "https://portal.snackstop.example/api/planogram/" + _machineId);
            request.Headers.Add("Authorization", "Token " + "sst_pl_Wq4Ze8Rk2Nb6Yt0M"); // expect: IOT1001
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        // Refund voucher for a customer whose payment failed: the receipt QR links to
        // https://snackstop.example/v/<token>, which redeems one free vend at any machine.
        public string IssueVoucherToken(Random random) =>
            random.Next(10000000, 99999999).ToString(CultureInfo.InvariantCulture); // expect: IOT3005

        public string SignAudit(string dex)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(VendSecrets.AuditSigningKey));
            return Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes(dex)));
        }

        public bool OpenServiceMenu(string keypadEntry) => keypadEntry == ServiceMenuPasscode;

        public DriverAccount? DriverLogin(string name, string passcode)
        {
            foreach (var d in Drivers)
            {
                if (d.Name == name && d.Passcode == passcode) return d;
            }
            return null;
        }

        public IEnumerable<string> ParseDex(string dex)
        {
            foreach (var line in dex.Split('\n'))
            {
                var segment = line.Split('*')[0].Trim();
                if (Array.IndexOf(AuditSegments, segment) >= 0) yield return line.Trim();
            }
        }

        public string Display(Selection s) => $"{s.Code}  {s.Product}  {s.Price:0.00}";

        public string Screen(string state) => state switch
        {
            "idle" => "Make a selection",
            "service" => "SERVICE MODE - enter passcode", // expect: none
            "sold-out" => "Sold out, choose again",
            _ => string.Empty,
        };

        public IEnumerable<Selection> Menu() => Planogram;
    }
}
