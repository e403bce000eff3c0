// Written for corpus19: a cathedral bell tower's automatic chiming and ringing-room systems (.NET on a tower PC:
// the clock's chime hammers, the ringing-room simulator, rope sensors, the chapter office's alerts, the schedule
// repository, and the tower captain's keypad).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Cathedral.Tower
{
    public static class TowerSecrets
    {
        public static readonly byte[] BellRingerMasterKey = { 0x91, 0x2c, 0x7e, 0x05, 0xb3, 0x48, 0xda, 0x60, 0x1f, 0x84 }; // expect: IOT1004
        public const int TowerCaptainPin = 2718; // expect: IOT1004
        public const string VergerAccessCode = "61803"; // expect: IOT1004
        public const string SchedulesRepoToken = "ghp_NoAKbK2dgyuWXiNbsMLhiQaqGzI1bI4JSq5z"; // expect: IOT1003
        public const string ChapterAlertsBot = "xoxb-660478796080-062895597192-sbeVYfwQ2Nlr3Hgioti8fvNq"; // expect: IOT1003
        public const string PasswordPromptLabel = "Password:"; // expect: none
        public const string DbPasswordVariable = "TOWER_DB_PASSWORD"; // expect: none
    }

    public static class RingingRoom
    {
        public static bool CaptainKeypad(string entered) => int.TryParse(entered, out var pin) && pin == TowerSecrets.TowerCaptainPin;

        public static bool VergerKeypad(string entered)
        {
            switch (entered.Trim())
            {
                case TowerSecrets.VergerAccessCode:
                    return true;
                default:
                    return false;
            }
        }

        public static string NewRingingSessionToken()
        {
            var token = new byte[16];
            new Random().NextBytes(token); // expect: IOT3005
            return Convert.ToBase64String(token);
        }

        public static string ClockSyncNonce()
        {
            var rng = new Random();
            var clockSyncNonce = rng.NextInt64().ToString("X16"); // expect: IOT3005
            return clockSyncNonce;
        }

        public static string SimulatorConsolePairingCode()
        {
            var rng = new Random();
            return $"{rng.Next():X8}"; // expect: IOT3005
        }

        public static string RopeSensorChallenge(Random rng) => string.Format("{0:x8}", rng.Next()); // expect: IOT3005

        // Practice nights pick a method at random for the band.
        public static string PracticeMethod() =>
            new[] { "Plain Bob Doubles", "Grandsire Triples", "Stedman Caters" }[Random.Shared.Next(3)]; // expect: none

        public static int HammerStrikeJitterMs() => Random.Shared.Next(0, 30); // expect: none

        public static readonly Guid RopeSensorServiceUuid = new Guid("0000181a-0000-1000-8000-00805f9b34fb"); // expect: none
    }

    public static class ChimeFiles
    {
        // Chime sequences on the SD card are encrypted so the clock cannot be made to play anything else.
        public static byte[] Decrypt(byte[] blob, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("b68faca2ad52a93e253901ef141f44f2bb6271111dc0746ee0199a18390d8b72"); // expect: IOT1003
            aes.IV = iv;
            return aes.DecryptCbc(blob, iv);
        }

        public static bool SelfTest()
        {
            using var hmac = new HMACSHA256(new byte[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f }); // expect: none
            return hmac.ComputeHash(new byte[1]).Length == 32;
        }
    }

    public static class ChapterOffice
    {
        private static readonly HttpClient Http = new HttpClient();

        public static Task AlertAsync(string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TowerSecrets.ChapterAlertsBot);
            request.Content = new StringContent($"{{\"channel\":\"#tower\",\"text\":\"{text}\"}}", Encoding.UTF8, "application/json");
            return Http.SendAsync(request);
        }

        public static Task<string> SchedulesAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/repos/cathedral-tower/schedules/contents/advent.json");
            request.Headers.Authorization = new AuthenticationHeaderValue("token", TowerSecrets.SchedulesRepoToken);
            return Http.SendAsync(request).ContinueWith(t => t.Result.StatusCode.ToString());
        }

        public static Task<string> SchedulesMirrorAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://git.cathedral.example/api/v1/repos/tower/schedules");
            request.Headers.Add("Authorization", "token <your-gitea-token>"); // expect: IOT1006
            return Http.SendAsync(request).ContinueWith(t => t.Result.StatusCode.ToString());
        }

        public static string RingsDatabase(string host) =>
            $"Host={host};Database=rings;Username=tower;Password=FQAutAurdOY.06;SSL Mode=Require"; // expect: IOT1001

        public static string RingsDatabaseReadOnly(string host) =>
            $"Host={host};Database=rings;Username=visitor;Integrated Security=true"; // expect: none
    }

    public static class ClockPc
    {
        // The clock's own Raspberry Pi still answers to its image's login; the tower PC checks it nightly.
        public static NetworkCredential ClockPiLogin() => new NetworkCredential("pi", "raspberry"); // expect: IOT1002

        public static NetworkCredential ChimeControllerLogin() => new NetworkCredential("chime", "wlrjJUpQZHU9sT"); // expect: IOT1001

        public static string MaskedForLog(NetworkCredential c) => $"{c.UserName}:********"; // expect: none
    }
}
