// Smart pet feeder: Firebase sign-in, Telegram notifications, Slack alerts for the support team, camera stream.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace PetPal.Feeder
{
    public sealed class PetFeederCloud : IDisposable
    {
        private const string FirebaseProjectId = "petpal-feeders-prod"; // expect: none
        private const string FirebaseApiKey = "AIzajqavHX7_05wX9Z61ZJFcD7S_aHq33lNSHa4"; // expect: IOT1003
        private const string TelegramBotToken = "1671820103:AABCeNSEYBmLxZESRTBCB3NMMZs52eiAGN0"; // expect: IOT1003
        private const string SupportSlackToken = "xoxb-262376205821-7206070118100-ujxAm9PXZ5CmhszXzpGRz5Xu"; // expect: IOT1003
        private const string FeederCloudSecret = "pp-feeder-5c1e9a77d3"; // expect: IOT1004
        private const string TelegramChatId = "-1001873344120"; // expect: none
        private const string ApiKeyPrefix = "AIza"; // expect: none

        private readonly HttpClient _http = new();
        private readonly Random _rng = new();

        public async Task<string> SignInAsync()
        {
            var signIn = new
            {
                email = "feeder-0093@petpal.example",
                password = "changeme", // expect: IOT1002
                returnSecureToken = true,
            };
            var response = await _http.PostAsJsonAsync(
                $"https://identitytoolkit.googleapis.com/v1/accounts:signInWithPassword?key={FirebaseApiKey}", signIn);
            return await response.Content.ReadAsStringAsync();
        }

        public async Task NotifyOwnerAsync(string text)
        {
            string url = $"https://api.telegram.org/bot{TelegramBotToken}/sendMessage";
            await _http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["chat_id"] = TelegramChatId,
                ["text"] = text,
            }));
        }

        public async Task AlertSupportAsync(string text)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage")
            {
                Content = JsonContent.Create(new { channel = "#feeder-alerts", text }),
            };
            request.Headers.Add("Authorization", "Bearer " + SupportSlackToken);
            await _http.SendAsync(request);
        }

        public string RegisterDevice()
        {
            var deviceToken = new byte[16];
            _rng.NextBytes(deviceToken); // expect: IOT3005
            return Convert.ToHexString(deviceToken);
        }

        public string OpenCameraStream()
        {
            string streamCookie = _rng.NextInt64().ToString("x16"); // expect: IOT3005
            return $"feeder_stream={streamCookie}; Path=/live; Secure; HttpOnly";
        }

        public byte[] SignFeedLog(string log) =>
            SHA256.HashData(Encoding.UTF8.GetBytes(log + FeederCloudSecret));

        public TimeSpan NextSnackDelay()
        {
            // Treat dispenser: random delay so the dog does not learn the schedule.
            return TimeSpan.FromMinutes(_rng.Next(20, 90)); // expect: none
        }

        public static bool LooksLikeFirebaseKey(string candidate) => candidate.StartsWith(ApiKeyPrefix, StringComparison.Ordinal);

        public string Describe() => $"{FirebaseProjectId} feeder";

        public void Dispose() => _http.Dispose();
    }
}
