// Written for corpus38 (not adapted from a repository). Domain: a restaurant kitchen's sous-vide immersion circulator on
// a Meadow F7 board: it joins the kitchen Wi-Fi, logs HACCP core temperatures to PostgreSQL, takes recipes from a recipe
// cloud, reports to the kitchen hub over MQTT, translates step names for the line cooks and shares HACCP export links.
#nullable enable
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Meadow.Devices;
using Meadow.Hardware;
using Npgsql;

namespace Corpus38.SousVideCirculator
{
    static class KitchenWifi
    {
        public const string Ssid = "Brasserie-Kitchen"; // expect: none
        public const string Passphrase = "3TPOl5Y9hX"; // expect: IOT1001
    }

    static class HaccpDb
    {
        public const string Password = "Eo0SaZeRBsCWG"; // expect: IOT1001
    }

    public class Circulator
    {
        const string TranslateApiKey = "AIzay5bNZncmbQLYBT0gtbGeluyhgTc4h-hEZ4M"; // expect: IOT1003
        const string RecipeCloudTokenEnv = "RECIPE_CLOUD_TOKEN"; // expect: none
        static readonly byte[] ProbeCalibrationSecret = { 0xC6, 0xA9, 0x89, 0xE5, 0xAD, 0x11, 0x4A, 0x3C, 0xBF, 0x7A }; // expect: IOT1004
        const string BathTemperatureTopic = "kitchen/circulator/3/bath"; // expect: none
        const double HoldToleranceC = 0.3;
        readonly IWiFiNetworkAdapter _wifi = new WiFiNetworkAdapter();
        readonly HttpClient _http = new();
        readonly Random _rng = new();

        public Task JoinKitchenWifi() => _wifi.Connect(KitchenWifi.Ssid, KitchenWifi.Passphrase, TimeSpan.FromSeconds(45));

        public NpgsqlConnection OpenHaccpLog(string host) =>
            new NpgsqlConnection(string.Format("Host={0};Username=haccp;Password={1};Database=probe", host, HaccpDb.Password));

        public MQTTnet.MqttClientOptions HubOptions() =>
            new MQTTnet.MqttClientOptionsBuilder().WithTcpServer("kitchen-hub.local").WithCredentials("circulator", "changeme").Build(); // expect: IOT1002

        public void UseRecipeCloud()
        {
            var token = Environment.GetEnvironmentVariable(RecipeCloudTokenEnv) ?? "YOUR_RECIPE_CLOUD_TOKEN"; // expect: IOT1006
            _http.DefaultRequestHeaders.Add("X-Api-Key", token);
        }

        public Task<string> TranslateStep(string text) =>
            _http.GetStringAsync($"https://translation.googleapis.com/language/translate/v2?key={TranslateApiKey}&target=es&q={Uri.EscapeDataString(text)}");

        public ushort ProbeFrameChecksum(byte[] frame)
        {
            ushort sum = 0;
            for (int i = 0; i < frame.Length; i++)
                sum = (ushort)((sum << 1) ^ frame[i] ^ ProbeCalibrationSecret[i % ProbeCalibrationSecret.Length]);
            return sum;
        }

        public string DailyChefPasscode() => "SV" + DateTime.Today.ToString("ddMM"); // expect: IOT1005

        public string NewHaccpExportLink()
        {
            var exportTokenBytes = new byte[18];
            Random.Shared.NextBytes(exportTokenBytes); // expect: IOT3005
            return "https://haccp.example/export/" + Convert.ToBase64String(exportTokenBytes);
        }

        public double PumpDutyDither() => 0.6 + _rng.NextDouble() * 0.05; // expect: none

        public bool WithinHold(double bath, double target) => Math.Abs(bath - target) <= HoldToleranceC;

        public string Topic => BathTemperatureTopic;
    }
}
