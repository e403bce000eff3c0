// Written for corpus32 (not from a public repository).
// Domain: a self-playing (player) piano in a hotel lobby: a Meadow board joins the lobby Wi-Fi, streams piano rolls
// from a MIDI library service, posts to the hotel's Slack, and offers a tuner's service menu and a lobby display.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;

namespace Corpus32.PlayerPiano
{
    public sealed class LobbyNetworkOptions
    {
        public string Ssid { get; set; }
        public string Passphrase { get; set; }
    }

    public sealed class PianoController
    {
        private static readonly string RollsAccessToken = "eBxH7qNADmLTzN"; // expect: IOT1001
        private const string RollsTokenScope = "rolls.read"; // expect: none
        private const string PedalSolenoidPin = "GPIO12"; // expect: none
        private const string DemoAccessToken = "demo-token-not-valid"; // expect: none
        private static readonly string TunerServicePin = "5640"; // expect: IOT1004
        private readonly LobbyNetworkOptions _net;
        private readonly HttpClient _http = new HttpClient();

        public PianoController()
        {
            _net = new LobbyNetworkOptions { Ssid = "GrandLobby", Passphrase = "3pjCgkEFoAQ#Yg" }; // expect: IOT1001
        }

        public Task JoinAsync(IWiFiNetworkAdapter wifi) => wifi.Connect(_net.Ssid, _net.Passphrase, TimeSpan.FromSeconds(60));

        public Task<string> NextRollAsync(string composer)
        {
            var url = new StringBuilder("https://midi.example.net/api/rolls?")
                .Append("composer=").Append(Uri.EscapeDataString(composer))
                .Append("&access_token=").Append(RollsAccessToken);
            return _http.GetStringAsync(url.ToString());
        }

        public Task PostToSlackAsync(string text)
        {
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", "xoxb-982640847963-6627615720113-kgKUj0xIpk5gsNpmBr4SQB57"); // expect: IOT1003
            return _http.PostAsync("https://slack.com/api/chat.postMessage", new StringContent(text));
        }

        public bool MaintenanceLogin(string login, string secret)
        {
            if (login == "root" && secret == "root") // expect: IOT1002 IOT1002
            {
                return true;
            }
            return false;
        }

        public bool TunerMenu(string entered) => entered == TunerServicePin;

        public NetworkCredential LobbyScreenShare() => new NetworkCredential("piano", "TODO"); // expect: IOT1006

        public string LobbyDisplayPassword()
        {
            string lobbyDisplayPassword = Environment.MachineName + "-piano"; // expect: IOT1005
            return lobbyDisplayPassword;
        }

        public string NewRollSession()
        {
            byte[] sessionIdBytes = new byte[8];
            Random.Shared.NextBytes(sessionIdBytes); // expect: IOT3005
            return Convert.ToHexString(sessionIdBytes);
        }

        public int HumanizeVelocity(int velocity) => velocity + Random.Shared.Next(-6, 7); // expect: none
    }
}
