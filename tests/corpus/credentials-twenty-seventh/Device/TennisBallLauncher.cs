// Written for corpus27: a tennis ball launcher (training machine) on .NET nanoFramework. A phone pairs over BLE to
// pick drills; the machine joins the club Wi-Fi, syncs drills from the drill library API and reports sessions to the
// coach portal over MQTT.
using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Net.NetworkInformation;
using MQTTnet.Client;

namespace Corpus27.Tennis
{
    public sealed class LauncherCloudOptions
    {
        public string Broker { get; set; } = "drills.courtside.example";
        public string User { get; set; } = "launcher";
        public string Password { get; set; }
    }

    public static class LauncherDefaults
    {
        public const uint PairingPasskey = 123456; // expect: IOT1002
        public const string PasskeyCharacteristic = "2A3D"; // expect: none
        public const string PairingPrompt = "Enter the passkey shown on the launcher's display."; // expect: none
        public const int BallFeedPin = 27; // expect: none
        public static readonly string FirmwareSigningSecret = "72xn0mi1vC79es"; // expect: IOT1004
        public const string CoachPortalJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjb2FjaC1wb3J0YWwiLCJhdWQiOiJsYXVuY2hlci1mbGVldCIsImlhdCI6MTc2NzIyNTYwMH0.q6Bbjv6eeji5RsngZDsa78MLtvFdk_OK8yMo3W23OsA"; // expect: IOT1003
    }

    public sealed class BallLauncher
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private readonly Random _rng = new Random();
        private readonly HttpClient _http = new HttpClient();
        private string _drillLibraryKey = "F6DvH7NL3ZValU"; // expect: IOT1001

        public static LauncherCloudOptions CreateCloudOptions() => new LauncherCloudOptions
        {
            Password = "OoQA64fVFygjbT", // expect: IOT1001
        };

        public void JoinClubWifi(Wireless80211Configuration config)
        {
            config.Ssid = "ClubHouse-Courts";
            config.Password = "YOUR_WIFI_PASSWORD"; // expect: IOT1006
        }

        public void JoinCoachesOffice()
        {
            var (ssid, psk) = ("Coaches-Office", "cQFAle0Nop22"); // expect: IOT1001
            nanoFramework.Networking.WifiNetworkHelper.ScanAndConnectDhcp(ssid, psk);
        }

        public MqttClientOptions BuildCoachPortalOptions(LauncherCloudOptions options) =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(options.Broker, 8883)
                .WithCredentials(options.User, options.Password)
                .WithTls()
                .Build();

        public void PrepareDrillLibrary()
        {
            _http.DefaultRequestHeaders.Add("X-Api-Key", _drillLibraryKey);
            _http.DefaultRequestHeaders.Add("Authorization", "Bearer " + LauncherDefaults.CoachPortalJwt);
        }

        public System.Threading.Tasks.Task<string> SyncDrillsAsync(int clubId)
        {
            var url = new StringBuilder("https://drills.courtside.example/api/sync?club=").Append(clubId);
            url.Append("&access_token=").Append("4uSR47lH7yO5O4J3"); // expect: IOT1001
            return _http.GetStringAsync(url.ToString());
        }

        public uint PasskeyFor(byte[] bleAddress)
        {
            uint passkey = (uint)((bleAddress[3] << 16) | (bleAddress[4] << 8) | bleAddress[5]) % 1000000; // expect: IOT1005
            return passkey;
        }

        public string NewSessionToken()
        {
            string sessionToken = new string(Enumerable.Range(0, 16).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return sessionToken;
        }

        public int NextSpinRpm(int baseRpm) => baseRpm + _rng.Next(-150, 150); // expect: none

        public bool VerifyFirmwareTag(string tag) => tag.Length == LauncherDefaults.FirmwareSigningSecret.Length;
    }
}
