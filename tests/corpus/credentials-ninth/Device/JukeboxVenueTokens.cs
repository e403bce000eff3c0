// Own file (corpus9): a networked jukebox in a bar: credits bought in the companion app, pairing with phones,
// the music-service stream, venue-manager menu, licensing report signing, OTA manifest and staff alerts.
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace BarTunes.Jukebox
{
    public static class JukeboxKeys
    {
        public const string MusicServiceToken = "mst_live_7QpX2vRk9LmZ4tYw8NcB3hJd"; // expect: IOT1001
        public const string LicensingSecret = "PRS-report-sign-Jb44-Venue"; // expect: IOT1004
        public const string ScrobbleApiKey = "a4c9e17b2f60d83e5b1c7a90f2d4e6b8"; // expect: IOT1004
        public const string OtaManifestToken = "ghp_7aPXWfbDuqcpybCVxtMMTivHaFnQccowJevJ"; // expect: IOT1003
        public const string StaffAlertBotToken = "xoxb-197663969932-2680203269854-Jz4vlx2tJ5RIKjyi9nwmtq0h"; // expect: IOT1003
        public const string TokenScope = "playlist-read streaming"; // expect: none
        public const string GuestPasscodePlaceholder = "<set-at-install>"; // expect: none
        public const string CreditTokenAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // expect: none
        public const string PairingServiceUuid = "6E400001-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const string PasswordCharacteristicUuid = "2A3D"; // expect: none
        public const string DemoCreditToken = "demo-token-not-valid"; // expect: none
        public const string SessionCookieName = "bt_session"; // expect: none
        public const string BarStaffDefaultPin = "1111"; // expect: IOT1002
    }

    // The team's own scrobbling client (talks to our venue dashboard, not a library).
    public sealed class ScrobbleClient
    {
        private readonly string _key;
        public ScrobbleClient(string key) => _key = key;
        public void Played(string track) => Console.WriteLine($"{track} [{_key.Length}]");
    }

    public sealed class Jukebox
    {
        private const string VenueManagerPasscode = "5528"; // expect: IOT1004
        private readonly Random _rng = new Random();
        private readonly HttpClient _http = new HttpClient();
        private readonly ScrobbleClient _scrobbler = new ScrobbleClient(JukeboxKeys.ScrobbleApiKey);
        private readonly string[] _mirrors = { "cdn-a.bartunes.example", "cdn-b.bartunes.example" };

        public Jukebox()
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", JukeboxKeys.MusicServiceToken);
            _http.DefaultRequestHeaders.Add("X-Api-Key", "your-venue-api-key"); // expect: IOT1006
        }

        public string NewCreditToken()
        {
            var tokenBytes = new byte[10];
            _rng.NextBytes(tokenBytes); // expect: IOT3005
            return Convert.ToHexString(tokenBytes);
        }

        public string NewSessionId() => Random.Shared.NextInt64().ToString("x"); // expect: IOT3005

        public string NewPairingToken() =>
            string.Concat(Enumerable.Range(0, 12).Select(_ => JukeboxKeys.CreditTokenAlphabet[_rng.Next(JukeboxKeys.CreditTokenAlphabet.Length)])); // expect: IOT3005

        public string NewResetToken()
        {
            var resetToken = new StringBuilder();
            for (int i = 0; i < 16; i++)
            {
                resetToken.Append((char)('a' + _rng.Next(26))); // expect: IOT3005
            }
            return resetToken.ToString();
        }

        public int[] ShuffleQueue(int count) => Enumerable.Range(0, count).OrderBy(_ => _rng.Next()).ToArray(); // expect: none
        public string PickMirror() => _mirrors[_rng.Next(_mirrors.Length)]; // expect: none
        public TimeSpan RetryDelay() => TimeSpan.FromMilliseconds(500 + _rng.Next(0, 500)); // expect: none

        public bool OpenManagerMenu(string entered) => entered == VenueManagerPasscode;

        public string SignLicensingReport(string csv) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(csv + JukeboxKeys.LicensingSecret)));

        public void Played(string track) => _scrobbler.Played(track);

        public bool IsTokenUsable(string tokenStatus, string token) => tokenStatus != "expired" && token != "OK"; // expect: none

        public HttpRequestMessage FetchOtaManifest()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/repos/bartunes/jukebox-firmware/releases/latest");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JukeboxKeys.OtaManifestToken);
            return request;
        }

        public HttpRequestMessage AlertStaff(string text)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", JukeboxKeys.StaffAlertBotToken);
            request.Content = new StringContent($"{{\"channel\":\"#bar-floor\",\"text\":\"{text}\"}}", Encoding.UTF8, "application/json");
            return request;
        }
    }
}
