// Written for corpus35: a managed office document shredder (cross-cut head, bin fill sensor, locked bin with a key
// safe): it reports shredding audits for compliance, reads its configuration from a building OPC UA server and encrypts
// the audit log kept on its SD card.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Opc.Ua;

namespace Corpus35.DocumentShredder
{
    public sealed class ShredderConsole
    {
        private const string DefaultConfigJson = "{\"wifi\":{\"ssid\":\"Office-IoT\",\"password\":\"4^*D.~AXMn6fyxR$\"},\"bin\":{\"fullAtPercent\":85}}"; // expect: IOT1001
        private const string HomeAssistantYaml = "shredder_wifi:\n  password: !secret shredder_wifi_password\n"; // expect: none
        private const string AuditUrl = "https://audit.shredcare.example/v1/events";
        private const string AuditApiKeyHeaderName = "X-Api-Key"; // expect: none
        private const string BinKeySafeCode = "97868"; // expect: IOT1004
        private static readonly string HardwareUuid = ReadBoardUuid();

        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        private static string ReadBoardUuid() => "038e76d1-1752-4f5d-a659-e5445ef85def"; // expect: none

        public string PasswordDisplay(bool set) => set ? "********" : "(not set)"; // expect: none

        public UserIdentity BuildingServerIdentity() => new UserIdentity("shredder", "$0%988mTE%yh:8g"); // expect: IOT1001

        public Task ReportBinEmptiedAsync() =>
            PostAudit(AuditUrl, "1SZF3DQolpTfE7x58zbCdmcn0E95v36u"); // expect: IOT1001

        private Task<HttpResponseMessage> PostAudit(string url, string apiKey)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url);
            request.Headers.Add(AuditApiKeyHeaderName, apiKey);
            return _http.SendAsync(request);
        }

        public HttpClient ScanToFolderClient() =>
            new HttpClient(new HttpClientHandler { Credentials = new NetworkCredential("scanner", "default") }); // expect: IOT1002

        public HttpRequestMessage FleetPortalRequest()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://portal.shredcare.example/api/fleet/me");
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "PasteYourTokenHere"); // expect: IOT1006
            return request;
        }

        public byte[] EncryptAuditLog(byte[] log)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("a2c5b0dc8f21e1610ce670daa64189cd"); // expect: IOT1003
            aes.GenerateIV();
            using var encryptor = aes.CreateEncryptor();
            return encryptor.TransformFinalBlock(log, 0, log.Length);
        }

        public bool OpenBinKeySafe(string typed) => StringComparer.Ordinal.Equals(typed, BinKeySafeCode);

        public string ConsolePassword()
        {
            string consolePassword = HardwareUuid.Substring(0, 8); // expect: IOT1005
            return consolePassword;
        }

        public string NewSessionCookie()
        {
            string sessionCookie = _rng.NextInt64().ToString("x16"); // expect: IOT3005
            return sessionCookie;
        }

        public int HeadCoolDownSeconds() => _rng.Next(20, 45); // expect: none
    }
}
