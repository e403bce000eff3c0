// 22 kW AC wallbox: OCPP 1.6J charge point (security profile 1), payment terminal and diagnostics upload.
using System;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ChargeCo.Wallbox
{
    public sealed class EvChargerOcpp : IDisposable
    {
        private const string CentralSystemUrl = "wss://csms.chargeco.example/ocpp/";
        private const string ChargeBoxId = "CB-0017-AC22";
        private const string AuthorizationKey = "7Fq2!ocpp-sp1-cb0017"; // expect: IOT1001
        private const string MasterIdTag = "04A2B3C4D5E680"; // expect: none
        private const string PaymentApiBase = "https://pay.chargeco.example/v2/";
        private const string PaymentApiKey = "pk_term_51Hq8ZrYiiyEJSlOTGyFMLkRy0"; // expect: IOT1001
        private const string DiagnosticsLocation = "ftp://diag:Diag-Upl0ad-77@diag.chargeco.example/uploads/"; // expect: IOT1001
        private const string AuthorizationKeyConfigName = "AuthorizationKey"; // expect: none

        private readonly ClientWebSocket _socket = new();
        private readonly HttpClient _payment = new() { BaseAddress = new Uri(PaymentApiBase) };
        private readonly Random _random = new();

        public async Task ConnectAsync(CancellationToken ct)
        {
            string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{ChargeBoxId}:{AuthorizationKey}"));
            _socket.Options.SetRequestHeader("Authorization", "Basic " + basic);
            _socket.Options.AddSubProtocol("ocpp1.6");

            int attempt = 0;
            while (true)
            {
                try
                {
                    await _socket.ConnectAsync(new Uri(CentralSystemUrl + ChargeBoxId), ct);
                    return;
                }
                catch (WebSocketException)
                {
                    // Exponential back-off with jitter.
                    int retryDelayMs = Math.Min(60_000, (1 << attempt++) * 1000) + _random.Next(0, 1000); // expect: none
                    await Task.Delay(retryDelayMs, ct);
                }
            }
        }

        public int StartLocalTransaction(string idTag)
        {
            // OCPP transaction ids are plain counters for the CSMS, not security values.
            int transactionId = _random.Next(1, int.MaxValue); // expect: none
            Console.WriteLine(idTag == MasterIdTag ? "master card" : $"idTag {idTag} -> tx {transactionId}");
            return transactionId;
        }

        public bool UnlockServiceMenu(string keypadPin)
        {
            if (string.Equals(keypadPin, "0000")) // expect: IOT1002
            {
                Console.WriteLine("Service menu unlocked with the factory keypad PIN.");
                return true;
            }
            return false;
        }

        public bool IsRelayPin(string pin) => pin == "D5"; // expect: none

        // Local web UI accounts the wallbox leaves the factory with.
        private static readonly System.Collections.Generic.Dictionary<string, string> ChargerFactoryAccounts = new()
        {
            ["admin"] = "admin", // expect: IOT1002
            ["root"] = "12345", // expect: IOT1002
            ["installer"] = "Inst4ll-AC22", // expect: IOT1004
        };

        public bool WebUiLogin(string user, string password) =>
            ChargerFactoryAccounts.TryGetValue(user, out var expected) && expected == password;

        public async Task<bool> PreAuthorizeAsync(decimal amount)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "preauth");
            request.Headers.Add("X-Api-Key", PaymentApiKey);
            request.Content = new StringContent($"{{\"amount\":{amount},\"station\":\"{ChargeBoxId}\"}}", Encoding.UTF8, "application/json");
            var response = await _payment.SendAsync(request);
            return response.IsSuccessStatusCode;
        }

        public async Task UploadDiagnosticsAsync(byte[] archive)
        {
            var target = new Uri(DiagnosticsLocation + $"{ChargeBoxId}-{DateTime.UtcNow:yyyyMMddHHmm}.zip");
#pragma warning disable SYSLIB0014
            var ftp = (FtpWebRequest)WebRequest.Create(target);
#pragma warning restore SYSLIB0014
            ftp.Method = WebRequestMethods.Ftp.UploadFile;
            await using var stream = await ftp.GetRequestStreamAsync();
            await stream.WriteAsync(archive);
        }

        public async Task FetchPublicTariffsAsync()
        {
#pragma warning disable SYSLIB0014
            var ftp = (FtpWebRequest)WebRequest.Create("ftp://tariffs.grid-operator.example/public/tariffs.csv");
#pragma warning restore SYSLIB0014
            ftp.Credentials = new NetworkCredential("anonymous", "ops@chargeco.example"); // expect: none
            using var response = await ftp.GetResponseAsync();
            Console.WriteLine($"tariffs fetched; {AuthorizationKeyConfigName} is managed by the CSMS");
        }

        public void Dispose()
        {
            _socket.Dispose();
            _payment.Dispose();
        }
    }
}
