// Written for corpus33 (not from a repository). Domain: the scoring apparatus of a fencing piste (an ESP32 box running
// .NET nanoFramework between the two fencers' reels): it joins the venue Wi-Fi, pushes touches to the scoreboard broker,
// keeps bout results in the club's PostgreSQL database, uploads bout sheets to the federation and serves a referee
// console. Every secret below is invented with python `secrets` in the published shape of its kind.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Text;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace FencingScoring
{
    internal static class PisteSecrets
    {
        public const string VenueWifiSsid = "Salle-Armes";
        public const string VenueWifiPsk = "ABDFI.fbL#jGH79"; // expect: IOT1001
        public const string WifiPskSetting = "piste.wifi.psk"; // expect: none
        public static readonly string ScoreboardToken = "0f8c2b3e-6a1d-4c55-9e27-3b9d5f1a7c40"; // expect: none
        public const string RefereeOverridePin = "677120"; // expect: IOT1004
        public const string SessionToken = "Token expired, tap the referee card again."; // expect: none
        public const int LeftLampPin = 21; // expect: none
    }

    public class PisteController
    {
        private readonly HttpClient _http = new HttpClient();

        public bool JoinVenueNetwork()
        {
            return WifiNetworkHelper.ConnectDhcp(PisteSecrets.VenueWifiSsid, PisteSecrets.VenueWifiPsk, requiresDateTime: true);
        }

        public void ConfigurePracticeStrip(Wireless80211Configuration config)
        {
            config.Ssid = "Practice-Strip";
            config.Password = "changeme-later"; // expect: IOT1006
        }

        public void ConnectScoreBroker()
        {
            var broker = new nanoFramework.M2Mqtt.MqttClient("scores.salle.local");
            broker.Connect(clientId: "piste-07", username: "piste-07", password: "!OIdI5cVyXCng*"); // expect: IOT1001
        }

        public void OpenResultsStore()
        {
            ResultsStore.Open(@"Host=results.salle.local;Username=piste;Password=Y7ypb*q09sFZ5I;Database=bouts"); // expect: IOT1001
        }

        public void UploadBoutSheet(string boutJson)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiZGV2LWUxYjk1YyIsICJpYXQiOiAxNzY3MjI1NjAwfQ.CUeOyJ2oqYWeNhPDTSJzo_qg39Jznp7NpSfTw6VPGOE"); // expect: IOT1003
            _ = _http.PostAsync("https://results.federation.example/api/bouts", new StringContent(boutJson, Encoding.UTF8, "application/json"));
        }

        public bool RefereeOverride(string entered) => entered.Trim() == PisteSecrets.RefereeOverridePin;

        public static string BoutPairingCode(byte[] mac) => ((mac[4] << 8 | mac[5]) % 10000).ToString("D4"); // expect: IOT1005

        public string NewTouchSessionToken(Random rng) => rng.Next().ToString("X8"); // expect: IOT3005

        public int LampFlickerMs(Random rng) => 40 + rng.Next(0, 25); // expect: none
    }

    [Authentication("Basic:admin admin")] // expect: IOT1002
    public class RefereeConsoleController
    {
        public string Status() => "ready";
    }

    internal static class ResultsStore
    {
        public static void Open(string connectionString) { }
    }
}
