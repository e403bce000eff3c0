// Written for corpus32 (not from a public repository).
// Domain: a karaoke bar's private singing booths: the booth controller joins the venue Wi-Fi, fetches lyrics,
// reports booth state over MQTT, runs the song tablet's staff menu and opens a hotspot for guests' phones.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using nanoFramework.Networking;

namespace Corpus32.KaraokeBooth
{
    internal static class BoothSecrets
    {
        public const string VenueWifiPsk = "MejR*_VC*KuUhf"; // expect: IOT1001
        public static readonly string LyricsApiKey = "waOpVrFo30PZKL"; // expect: IOT1001
        public const string LyricsApiKeyHeader = "X-Lyrics-Key"; // expect: none
        public const string PasskeyCharacteristicUuid = "8A21F3C0-5E0B-4D7A-9B61-2C4F7E19D0A3"; // expect: none
    }

    public sealed class BoothController
    {
        private const string SongCreditSecret = "gW3PbkAuw9CS4Z"; // expect: IOT1004
        private const int MicMuteRelayPin = 17; // expect: none
        private const string PinPromptText = "Enter the staff PIN shown on the back-office screen"; // expect: none
        private readonly HttpClient _http = new HttpClient();

        private static string BrokerPassword() => "1k24BXg43lLk7f"; // expect: IOT1001

        public void JoinNetworks()
        {
            WifiNetworkHelper.ConnectDhcp("KaraokeStaff", BoothSecrets.VenueWifiPsk);
            string guestPsk = Environment.GetEnvironmentVariable("BOOTH_GUEST_PSK") ?? "<guest-wifi-psk>"; // expect: IOT1006
            WifiNetworkHelper.ScanAndConnectDhcp("KaraokeGuests", guestPsk);
        }

        public MQTTnet.Client.MqttClientOptions BrokerOptions(int booth) =>
            new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.karaoke.lan", 8883)
                .WithClientId($"booth-{booth:D2}")
                .WithCredentials(username: $"booth-{booth:D2}", password: BrokerPassword())
                .Build();

        public async Task<string> FindLyricsAsync(string title)
        {
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Bearer", "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiZGV2aWNlLTk2MzAiLCAiaWF0IjogMTcxODcwNDgzNH0.IOfJeu58G24ag6xCq4j0P7ruESBVOW3lv2VUiOoFPiQ"); // expect: IOT1003
            string url = $"https://lyrics.example.net/v2/search?q={Uri.EscapeDataString(title)}&apikey={BoothSecrets.LyricsApiKey}";
            await Task.Delay(Random.Shared.Next(50, 250)); // expect: none
            return await _http.GetStringAsync(url);
        }

        public bool OpenStaffMenu(string enteredPin)
        {
            if (string.Equals(enteredPin, "0000")) // expect: IOT1002
            {
                return true;
            }
            return false;
        }

        public string SignSongCredit(string songId) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(songId + SongCreditSecret)));

        public string GuestHotspotPassword(byte[] macAddress)
        {
            string hotspotPassword = "KB" + Convert.ToHexString(macAddress)[6..]; // expect: IOT1005
            return hotspotPassword;
        }

        public string NewTabletSession()
        {
            var sessionToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return sessionToken;
        }
    }
}
