// Written for corpus15. Domain: a racing-pigeon club's electronic loft clocks: RFID landing pads log arrivals, the
// clock is sealed before a race, results are uploaded to the club server, and the clock serves a small status page
// to the club's laptop.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;

namespace Club.LoftClock
{
    public static class ClockConfig
    {
        public const string LoftNumber = "loft-4471";
        public const string ClubUploadPassword = "YbpNy6RUr!MXo"; // expect: IOT1001
        public const string ClubApiKey = "SkETVtgZWOHHVVoDNzXdkcFsllqRQ0Ir"; // expect: IOT1001
        public const string FirmwareRepoToken = "ghp_HEek9gDRcHbsH9MJxbD7a2d5jaHejOUL5FFW"; // expect: IOT1003
        public const string LoftRegistrationSecret = "OBUwx_fO1Nx-r"; // expect: IOT1004
        public const string ClubSyncToken = "o0d1dRVXzW5FlL72duCRfnIpEapWaIiC"; // expect: IOT1004
        public const string ResetToken = "reboot"; // expect: none
        public const string RingNumberExample = "GB24N12345"; // expect: none
        public const string ArrivalsTopic = "club/+/arrivals"; // expect: none

        // the clock maker's service logins, still accepted by the clock's telnet shell
        public static readonly (string User, string Password)[] FactoryLogins =
        {
            ("installer", "xc3511"), // expect: IOT1002
        };
    }

    public static class ClubUpload
    {
        private static readonly HttpClient Http = new HttpClient();

        public static async Task UploadAsync(string resultsCsv)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://results.pigeon-club.example/upload");
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(ClockConfig.LoftNumber + ":" + ClockConfig.ClubUploadPassword));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            request.Headers.Add("X-API-Key", ClockConfig.ClubApiKey);
            request.Content = new StringContent(resultsCsv);
            await Http.SendAsync(request);
        }

        public static async Task<string> LatestFirmwareAsync(bool mirror)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/repos/pigeon-club/loft-clock/releases/latest");
            request.Headers.Add("Authorization", mirror ? "token ghp_..." : "token " + ClockConfig.FirmwareRepoToken); // expect: IOT1006
            request.Headers.Add("User-Agent", "loft-clock"); // expect: none
            var response = await Http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public static async Task<string> DemoLeaderboardAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://results.pigeon-club.example/demo/leaderboard");
            request.Headers.Add("X-Auth-Token", "demo-token-not-valid"); // expect: IOT1006
            var response = await Http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public static string SignRegistration(string loft)
        {
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(loft + ClockConfig.LoftRegistrationSecret + ClockConfig.ClubSyncToken));
        }
    }

    public static class StatusPage
    {
        public const string Challenge = "Basic realm=\"loft-clock\""; // expect: none

        public static bool Authorized(string authHeader)
        {
            if (authHeader == "Basic bG9mdGNsb2NrOjhMYWZ2c3NfMGNXVQ==") return true; // expect: IOT1001
            return authHeader == "Basic YWRtaW46YWRtaW4="; // expect: IOT1002
        }
    }

    public static class RaceSeal
    {
        private static readonly Random Rng = new Random();

        // the four-digit seal PIN the club secretary types to open the clock after the race
        public static string NewSealPin()
        {
            string sealPin = Rng.Next(0, 10000).ToString("D4"); // expect: IOT1005
            return sealPin;
        }

        public static string NewRaceSessionId()
        {
            string raceSessionId = Rng.Next().ToString("X8"); // expect: IOT3005
            return raceSessionId;
        }

        public static byte[] NewClockNonce()
        {
            var clockNonce = new byte[12];
            Rng.NextBytes(clockNonce); // expect: IOT3005
            return clockNonce;
        }
    }
}
