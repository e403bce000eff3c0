using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Fleet.Shared;

namespace Arcade.Cabinet
{
    // Telemetry board of a networked arcade cabinet: coin counts, play time and high scores go to the
    // operator's cloud; high scores are signed so the leaderboard can trust them.
    public sealed class CabinetUplink
    {
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://ops.arcadenet.example/") };

        public void ConfigureHeaders()
        {
            _http.DefaultRequestHeaders.Add(StationSecrets.ApiKeyHeaderName, StationSecrets.ArcadeApiKey);
        }

        public void UseOperatorLogin()
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("arcade:" + "Pinball-Wizard-78")); // expect: IOT1001
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public void UseBoardVendorLogin()
        {
            // the board vendor's diagnostics portal, shipped with its factory login
            _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic YWRtaW46YWRtaW4="); // expect: IOT1002
        }

        // Leaderboard signing
        public static string SignScore(string initials, int score)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String("L2DS7k/SsKZpfkku7rbHM/AZuqk7YRd7Wly8HSYf1G8=")); // expect: IOT1003
            return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{initials}:{score}")));
        }

        // RFC 4231 test case 1 key, used by the board's self-test only
        public static bool HmacSelfTest()
        {
            var key = new byte[20];
            Array.Fill(key, (byte)0x0b); // expect: none
            using var hmac = new HMACSHA256(key);
            return hmac.ComputeHash(Encoding.ASCII.GetBytes("Hi There")).Length == 32; // expect: none
        }

        public Task NotifyTechnicianAsync(string text)
        {
            var slack = new HttpClient();
            slack.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                "xoxb-427863707107-0858155252250-QjaG9RITNMOYRzxrTzxZeflb"); // expect: IOT1003
            return slack.PostAsync("https://slack.com/api/chat.postMessage", new StringContent(text));
        }

        public const string FirmwareHashSha256 = "3f9a1c0e77d2b6a4e5f8091c2d3b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3"; // expect: none
        public const string AttractModeText = "Insert coin - password for free play is not required"; // expect: none
        public const string AuthorizationHeader = "Authorization"; // expect: none
    }

    public static class CabinetService
    {
        // Operator menu of the cabinet, checked by the board firmware
        const string OperatorMenuPasscode = "0000"; // expect: IOT1002

        public static bool OpenOperatorMenu(string code) => code == OperatorMenuPasscode;

        public static string NewFreePlayVoucher()
        {
            var voucherToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return voucherToken;
        }

        public static int AttractLoopDelaySeconds() => Random.Shared.Next(5, 15); // expect: none
        public const string CoinDoorSecretSwitchLabel = "Coin door / service switch"; // expect: none
    }
}
