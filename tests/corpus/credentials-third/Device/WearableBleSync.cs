// OxiBand wrist pulse oximeter - hub-side sync service (runs on the bedside hub, talks BLE to the band
// and HTTPS to the clinic cloud).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;

namespace OxiBand.Hub
{
    public sealed class ClinicUploadOptions
    {
        public string BaseUrl { get; init; } = "https://ingest.oxiband-clinic.example/";
        public string ApiKeyHeader { get; init; } = "x-api-key"; // expect: none
        public string ApiKey { get; init; } = "oxb_ing_7Rk2Wm9Pq4Ls8Tz1Vc6N"; // expect: IOT1001
        public string TokenPath { get; init; } = "/secrets/oauth-token.json"; // expect: none
    }

    public sealed class WearableBleSync
    {
        // Bluetooth SIG assigned numbers - public.
        public const string PulseOximeterService = "00001822-0000-1000-8000-00805f9b34fb"; // expect: none
        public const string PlxSpotCheckChar = "00002a5e-0000-1000-8000-00805f9b34fb"; // expect: none
        public const string HeartRateService = "0000180d-0000-1000-8000-00805f9b34fb"; // expect: none

        // Sentinel meaning "no payload": SHA-256 of the empty string.
        private const string EmptyPayloadSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; // expect: none

        private const string DemoModeToken = "demo-token-not-valid"; // expect: none

        private static readonly byte[] RecordSigningKey = Convert.FromBase64String("LmypBhanAXmJ0wLYmwZSCdl/KTF3z4D67bT6yjF02WY="); // expect: IOT1003

        private readonly ClinicUploadOptions _options;
        private readonly HttpClient _http;
        private readonly Random _random = new Random();
        private readonly bool _demoMode;

        public WearableBleSync(ClinicUploadOptions options, bool demoMode)
        {
            _options = options;
            _http = new HttpClient { BaseAddress = new Uri(options.BaseUrl) };
            _demoMode = demoMode;
            if (!demoMode)
            {
                _http.DefaultRequestHeaders.Add(options.ApiKeyHeader, options.ApiKey);
            }
        }

        // The companion app's demo build presents this value; the hub then serves canned readings.
        public bool IsDemoSession(string presentedToken) => _demoMode || presentedToken == DemoModeToken;

        // Shown on the band's display during bonding; the hub types the same value.
        public static uint BondingPasskey(string bandSerial)
        {
            uint h = 2166136261;
            foreach (char c in bandSerial) h = (h ^ c) * 16777619;
            return h % 1000000; // expect: IOT1005
        }

        public byte[] NewRecordNonce()
        {
            var nonce = new byte[12];
            _random.NextBytes(nonce); // expect: IOT3005
            return nonce;
        }

        public string SignRecord(string json)
        {
            using var hmac = new HMACSHA256(RecordSigningKey);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(json)));
        }

        public X509Certificate2 ClinicClientCertificate(string pfxPath)
        {
            byte[] pfx = File.ReadAllBytes(pfxPath);
            return X509CertificateLoader.LoadPkcs12(pfx, "Oxi-Clinic-pfx-7731"); // expect: IOT1001
        }

        public async Task<string> FetchAccessTokenAsync()
        {
            var body = new FormUrlEncodedContent(new[]
            {
                new KeyValuePair<string, string>("grant_type", "client_credentials"), // expect: none
                new KeyValuePair<string, string>("client_id", "oxiband-hub"), // expect: none
                new KeyValuePair<string, string>("client_secret", "qH8vN2xL5cT9mR4kW7pZ1bJ6"), // expect: IOT1001
            });
            using var response = await _http.PostAsync("oauth2/token", body);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            return doc.RootElement.GetProperty("access_token").GetString() ?? string.Empty; // expect: none
        }

        public async Task UploadAsync(IEnumerable<(DateTime At, int Spo2, int Pulse)> readings, string accessToken)
        {
            var list = new List<object>();
            foreach (var r in readings)
            {
                list.Add(new { at = r.At, spo2 = r.Spo2, pulse = r.Pulse });
            }
            var json = JsonSerializer.Serialize(list);
            using var request = new HttpRequestMessage(HttpMethod.Post, "v1/readings")
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            request.Headers.Add("X-Record-Signature", SignRecord(json));
            using var _ = await _http.SendAsync(request);
        }

        public bool IsEmptyPayload(byte[] payload) =>
            Convert.ToHexString(SHA256.HashData(payload)).Equals(EmptyPayloadSha256, StringComparison.OrdinalIgnoreCase);

        public string DescribeAlarm(int spo2) => spo2 switch
        {
            < 85 => "Critical desaturation - call the nurse",
            < 90 => "Low SpO2",
            _ => "Normal",
        };
    }
}
