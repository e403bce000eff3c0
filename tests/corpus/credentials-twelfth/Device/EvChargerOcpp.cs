// Written for corpus12: an OCPP 1.6J wall-box charge point (ClientWebSocket to the CSMS with HTTP Basic
// authentication, Security Profile 2), RFID local authorisation list, backend REST API, Modbus energy meter.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace WallBox.Ocpp
{
    public sealed record CsmsProfile(string Url, string ChargeBoxId, string AuthorizationKey);

    public class ChargePoint
    {
        private static readonly CsmsProfile Production = new("wss://csms.chargenet.example/ocpp/", "WB-0417", "Amp3re-Volt-Ohm8"); // expect: IOT1001
        private static readonly CsmsProfile Staging = new("wss://staging.chargenet.example/ocpp/", "WB-0417", "changeme"); // expect: IOT1002

        private const string BackendApiKeyHeader = "X-Api-Key"; // expect: none
        private const string BackendApiKey = "cb_live_2kSqI4SISoPXH2cVMrrI3E"; // expect: IOT1001
        private const string FreeVendIdTag = "FREEVEND"; // expect: none
        private const string InstallerMenuPin = "7391"; // expect: IOT1004
        private const string OcppSubProtocol = "ocpp1.6"; // expect: none

        public async Task ConnectAsync(bool staging, CancellationToken ct)
        {
            var profile = staging ? Staging : Production;
            using var ws = new ClientWebSocket();
            ws.Options.AddSubProtocol(OcppSubProtocol);
            string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{profile.ChargeBoxId}:{profile.AuthorizationKey}"));
            ws.Options.SetRequestHeader("Authorization", "Basic " + basic); // expect: none
            await ws.ConnectAsync(new Uri(profile.Url + profile.ChargeBoxId), ct);
        }

        // Fallback CSMS of the fleet operator, Basic auth header written out
        public async Task ConnectFleetAsync(CancellationToken ct)
        {
            using var ws = new ClientWebSocket();
            ws.Options.SetRequestHeader("Authorization", "Basic V0ItMDQxNzpGbGVldC1DaGFyZ2UtNDQ="); // expect: IOT1001
            await ws.ConnectAsync(new Uri("wss://fleet.example/ocpp/WB-0417"), ct);
        }

        public async Task<string> TariffAsync()
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add(BackendApiKeyHeader, BackendApiKey);
            return await http.GetStringAsync("https://api.chargenet.example/v2/tariffs/WB-0417");
        }

        public async Task PushSessionAsync(string json)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiYnVveS0wNyIsICJpYXQiOiAxNzE5MzAwMDAwLCAiZXhwIjogMjAzNDY2MDAwMH0.vyi-CjCDlSEJBIQvlIXdcdfyAnU4xEH9hvaPeDs1fho"); // expect: IOT1003
            await http.PostAsync("https://api.chargenet.example/v2/sessions", new StringContent(json));
        }

        // Local authorisation list (RFID idTags are identifiers, not secrets)
        private static readonly Dictionary<string, string> LocalAuthList = new()
        {
            ["04A2B91C7F3E80"] = "Accepted", // expect: none
            ["04FF11AA22BB33"] = "Blocked",
        };

        public bool InstallerMenu(string entered) => string.Equals(entered, InstallerMenuPin);

        // Transaction ids only need to be unique
        private static int _txCounter;
        public int NextTransactionId() => Interlocked.Increment(ref _txCounter);

        // The BootNotification message id and a "security event" nonce
        public string NextMessageId() => Guid.NewGuid().ToString();
        public static string SecurityEventNonce()
        {
            var rng = new Random();
            var nonce = new byte[16];
            rng.NextBytes(nonce); // expect: IOT3005
            return Convert.ToHexString(nonce);
        }

        // The Wi-Fi hotspot the wall box opens for commissioning: password from the box's serial
        public static string CommissioningPassword(string serialNumber) => "WB" + serialNumber[^8..]; // expect: IOT1005

        // Firmware update signing key check (public key, not secret)
        private const string FirmwareSigningPublicKey = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4hTgDBtCARrKlI61fdbgYNCpBJH5szCPNFLn94nANbAOWGLVKJaP03FNEwJmOLKlQMql7AESZyeuiQ47zgyuyQ==\n-----END PUBLIC KEY-----"; // expect: none

        // HMAC over meter values for Eichrecht transparency
        public static byte[] SignMeterValue(byte[] payload)
        {
            using var hmac = new HMACSHA256(Convert.FromHexString("3f9a1c7e55d20b84a6e3917c2d4f08b1")); // expect: IOT1003
            return hmac.ComputeHash(payload);
        }
    }
}
