using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace IoTHeldOut.Config
{
    /// <summary>Options of the greenhouse telemetry uploader, filled in by the factory image script.</summary>
    public sealed class TelemetryOptions
    {
        public string Endpoint { get; set; } = "https://ingest.greenhouse.example/v1/readings";   // expect: none
        public string ApiKey { get; set; } = "API_KEY";                                         // expect: IOT1006
        public string ApiKeyHeader { get; set; } = "X-Api-Key";                                 // expect: none
        public string SigningSecret { get; set; } = "sg-Ka8Lq3Zp7Wm2Tx";                        // expect: IOT1004
        public string TokenCachePath { get; set; } = "/var/lib/greenhouse/token.cache";         // expect: none
        public string SecretRotationCron { get; set; } = "0 3 * * 0";                           // expect: none
    }

    internal static class DeviceConstants
    {
        public const string PasswordEnvironmentVariable = "GH_DEVICE_PASSWORD";                // expect: none
        public const string DebugUartPassword = "uart-Rt5Yq8XwB";                               // expect: IOT1004
        public static readonly string LicenseActivationToken = "lic_4Hq9Zr2Mx7VbN";             // expect: IOT1004
        public static readonly byte[] TelemetryObfuscationKey = "Kd93mQ1xZp7Lw2Rv"u8.ToArray();  // expect: IOT1004
        public const string TestSigningSecret = "test-secret-not-for-production";               // expect: none
    }
}

namespace IoTHeldOut.Telemetry
{
    using IoTHeldOut.Config;

    public sealed class TelemetryUploader
    {
        private readonly TelemetryOptions options = new();
        private readonly HttpClient http = new();
        private readonly Random rng = new();

        public async Task UploadAsync(string json)
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, options.Endpoint);
            req.Headers.Add(options.ApiKeyHeader, options.ApiKey);
            req.Headers.Add("X-Signature", Checksum(json + options.SigningSecret).ToString("x8")); // expect: none
            req.Headers.Add("X-Upload-Id", Guid.NewGuid().ToString("N"));
            req.Content = new StringContent(Obfuscate(json));
            await http.SendAsync(req);
        }

        /// <summary>Salt mixed into the home-grown signature so replays differ.</summary>
        public string NewSignatureSalt() => rng.NextInt64().ToString("x16");                  // expect: IOT3005

        public static bool DebugConsoleLogin(string typed) =>
            typed == DeviceConstants.DebugUartPassword || typed == Environment.GetEnvironmentVariable(DeviceConstants.PasswordEnvironmentVariable);

        public static bool LicenseActivated(string stored) => stored == DeviceConstants.LicenseActivationToken;

        private static string Obfuscate(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] ^= DeviceConstants.TelemetryObfuscationKey[i % DeviceConstants.TelemetryObfuscationKey.Length];
            }
            return Convert.ToBase64String(bytes);
        }

        private static uint Checksum(string s)
        {
            uint h = 2166136261;
            foreach (char c in s)
            {
                h = (h ^ c) * 16777619;
            }
            return h;
        }
    }
}
