// Written for this corpus: an indoor kart track's timing system (the loop decoder's REST API, the timing tower's MQTT
// broker on M2Mqtt, race control in the cloud, the scoreboard behind Basic authentication, the steward's overrides).
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using uPLibrary.Networking.M2Mqtt;

namespace KartTrack.Timing
{
    public class TimingTower
    {
        private const string StewardPassword = "0gpD*CRZ3YJ5vo0RI"; // expect: IOT1004
        private const string RaceControlJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0cmFjay0wMiIsInRlbmFudCI6ImluZG9vci1rYXJ0IiwiaWF0IjoxNzM1Njg5NjAwfQ.RsA1lIEDk_6w2yjTo0DE1-b_SUE_G0dkE8uzmmxeK54"; // expect: IOT1003
        private readonly Random _rng = new Random();

        // Key for the loop decoders' time-sync frames; the decoders hold the same bytes in their firmware.
        private static readonly byte[] TimeSyncFrameKey = { 0xD8, 0xF2, 0xB7, 0x39, 0x50, 0x86, 0xE5, 0xFD, 0xC3, 0xC2, 0xA6, 0xFF, 0xE9, 0xF4, 0xB8, 0xB7 }; // expect: IOT1004

        public static byte[] TimeSyncFrame(long ticks)
        {
            var frame = BitConverter.GetBytes(ticks);
            for (var i = 0; i < frame.Length; i++) frame[i] ^= TimeSyncFrameKey[i];
            return frame;
        }

        public static HttpClient LoopDecoder()
        {
            var client = new HttpClient { BaseAddress = new Uri("http://decoder.track.lan:8080/") };
            client.DefaultRequestHeaders.Add("X-Auth-Token", "RMAgT24sx3I0FdOUjdkZEqBjfD6YyOxo"); // expect: IOT1001
            return client;
        }

        public static MqttClient TowerBroker()
        {
            var client = new MqttClient("tower.track.lan");
            client.Connect("timing-tower", "timing", "password"); // expect: IOT1002
            return client;
        }

        public static HttpClient RaceControl()
        {
            var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", RaceControlJwt);
            return client;
        }

        public static HttpClient Scoreboard()
        {
            var client = new HttpClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes("scoreboard:Fsi3A!BXwTbJg7"))); // expect: IOT1001
            return client;
        }

        public static bool StewardOverride(string password) => string.Equals(password, StewardPassword);

        // Karts pair their dash display with the transponder using a code from the transponder number.
        public static string DashPairingCode(int transponder) => (transponder % 1000000).ToString("D6"); // expect: IOT1005

        public string NewHeatSessionId() => $"{_rng.Next():X8}"; // expect: IOT3005

        public string NewLapRecordResetToken() => _rng.Next(0x10000000, int.MaxValue).ToString("x8"); // expect: IOT3005

        // Paging through the lap history: the server's continuation token, not a credential.
        public const string FirstLapHistoryPageToken = "CgwI8OWTtQYQ2OnLpQI"; // expect: none

        // Demo laps for the lobby screen.
        public double DemoLapSeconds() => 38 + _rng.NextDouble() * 4; // expect: none

        public const string TransponderPrefix = "TR-"; // expect: none
    }
}
