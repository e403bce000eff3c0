// Orchard irrigation valve node (.NET nanoFramework on ESP32): Wi-Fi, MQTT schedules, soil moisture API.
using System;
using System.Collections;
using System.Device.Wifi;
using System.Net.Http;
using System.Security.Cryptography;
using Brightwater.Shared;
using nanoFramework.Networking;

namespace Brightwater.Irrigation
{
    public static class ValveNetwork
    {
        private const string StateTopic = "orchard/valve/{0}/state"; // expect: none
        private const string FieldPskSettingName = "wifi.password"; // expect: none

        public static bool JoinBench() =>
            WifiNetworkHelper.ConnectDhcp(FieldSecrets.BenchWifiSsid, FieldSecrets.BenchWifiPassword, requiresDateTime: true);

        public static void JoinSite(bool isPumpHouse, string ssid)
        {
            WifiNetworkHelper.SetupNetworkHelper(
                ssid,
                isPumpHouse
                    ? "Pump-House-Wlan-8812" // expect: IOT1001
                    : "Orchard!Mesh-2290"); // expect: IOT1001
        }

        public static Wireless80211Configuration FieldProfile() => new()
        {
            Ssid = "Orchard-North",
            Password = "REPLACE_WITH_FIELD_PSK", // expect: IOT1006
        };

        public static string StoredPsk(Hashtable settings) => (string)settings[FieldPskSettingName];

        public static string Topic(int valve) => string.Format(StateTopic, valve);
    }

    public sealed class ScheduleClient
    {
        private readonly nanoFramework.M2Mqtt.MqttClient _mqtt = new("schedules.orchard.example");
        private readonly HttpClient _http = new();
        private readonly Random _rng = new();

        public void Connect(string nodeId)
        {
            _mqtt.Connect(nodeId, "valve-node", "<your-mqtt-password>"); // expect: IOT1006
        }

        public string SoilMoisture(int station) =>
            _http.GetStringAsync($"https://soil.orchard.example/api/moisture?station={station}&access_token=changeme-later").Result; // expect: IOT1006

        public string NewOtaDownloadToken()
        {
            string downloadToken = _rng.Next(0x10000000, int.MaxValue).ToString("X8"); // expect: IOT3005
            return downloadToken;
        }

        public int SprinkleJitterSeconds() => _rng.Next(0, 90); // expect: none
    }

    public sealed class ScheduleSigner
    {
        // RFC 4231-style counting vector used on the bench simulator.
        private const string BenchVector = "000102030405060708090a0b0c0d0e0f"; // expect: none
        private readonly bool _simulator;

        public ScheduleSigner(bool simulator) => _simulator = simulator;

        public byte[] Sign(byte[] schedule)
        {
            byte[] scheduleKey = _simulator
                ? Convert.FromHexString(BenchVector)
                : Convert.FromHexString("5ccaaecd04668ce76f57e8a337f926d3"); // expect: IOT1003
            return HMACSHA256.HashData(scheduleKey, schedule);
        }
    }

    public static class RadioFraming
    {
        public static byte[] Whiten(byte[] frame)
        {
            var key = FieldSecrets.RadioWhiteningKey;
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++) output[i] = (byte)(frame[i] ^ key[i % key.Length]);
            return output;
        }
    }
}
