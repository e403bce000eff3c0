// Written for corpus30 (invented code): Wi-Fi and cloud module of a residential pellet stove (auger, igniter, combustion fan, room
// thermostat) running .NET on a small Linux board: local MQTT for home automation, the manufacturer's cloud API, a setup hotspot.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading.Tasks;
using MQTTnet;

namespace Corpus30.PelletStove
{
    public sealed record StoveCloudSettings(string BaseUrl, string DeviceToken);

    public interface IBridgeBrokerSettings
    {
        string User { get; }
        string Password { get; }
    }

    public sealed class FactoryBridgeSettings : IBridgeBrokerSettings
    {
        public string User => "stove-bridge";
        public string Password => Environment.GetEnvironmentVariable("STOVE_BRIDGE_PASSWORD") ?? "oP6Q#6yhdF0PBB-T"; // expect: IOT1001
    }

    public static class StoveDefaults
    {
        public static readonly StoveCloudSettings Cloud = new("https://cloud.stoves.example", "ENo0H8C3qahFVCVPVa9do2ezYYsj3i1Wa3qW5cEJ"); // expect: IOT1001
        public const string WifiPskSetting = "wifi.psk"; // expect: none
        public const string FirmwareDigest = "sha256:4f9b2c0e7d1a3c5e8b6a9d2f1e0c3b5a7d9e2f4c6b8a0d1e3f5a7c9b2d4e6f80"; // expect: none
        public const int AugerMotorPin = 23; // expect: none
    }

    public sealed class StoveCloudClient
    {
        private const string HaLongLivedToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIyNzQxM2YzNjg3Y2Y1MGQwNjJiY2MwYzc3OGVlYmE2ZCIsImlhdCI6MTczMDY1MjgyOSwiZXhwIjoyMDQ2MDEyODI5fQ.Mq2TcANnGhcKTLIg5hGLTSB2v4PEx3VUazxtBJvD6dk"; // expect: IOT1003
        private readonly string _serial;

        public StoveCloudClient(string serial) => _serial = serial;

        public async Task<HttpResponseMessage> PushStatusAsync(HttpClient http, string json)
        {
            var url = new StringBuilder(StoveDefaults.Cloud.BaseUrl);
            url.Append("/v2/status?serial=").Append(_serial);
            url.Append("&access_token=").Append(StoveDefaults.Cloud.DeviceToken);
            return await http.PostAsync(url.ToString(), new StringContent(json, Encoding.UTF8, "application/json"));
        }

        public Task<HttpResponseMessage> ReportToHomeAsync(HttpClient http, string state)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "http://homeassistant.local:8123/api/states/sensor.pellet_stove");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HaLongLivedToken);
            request.Content = new StringContent(state);
            return http.SendAsync(request);
        }

        public Task<HttpResponseMessage> DiagnosticsAsync(HttpClient http)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://diag.stoves.example/v1/" + _serial);
            request.Headers.Add("X-Auth-Token", "your-diagnostics-token"); // expect: IOT1006
            return http.SendAsync(request);
        }

        public NetworkCredential LogUploadLogin() => new NetworkCredential("pi", "raspberry"); // expect: IOT1002
    }

    public sealed class StoveBroker
    {
        public MqttClientOptions LocalOptions() => new MqttClientOptionsBuilder()
            .WithTcpServer("homeassistant.local", 1883)
            .WithCredentials("pellet-stove", Encoding.UTF8.GetBytes("@_#MvOhtQEIU1IU9")) // expect: IOT1001
            .Build();

        public MqttClientOptions BridgeOptions(IBridgeBrokerSettings settings) => new MqttClientOptionsBuilder()
            .WithTcpServer("bridge.stoves.example", 8883)
            .WithCredentials(settings.User, settings.Password)
            .Build();

        public static string EsphomeSnippet() =>
            "wifi:\n" +
            "  ssid: \"stove-net\"\n" +
            "  password: !secret wifi_password\n" + // expect: none
            "ota:\n" +
            "  password: \"7c5d526aa2e3f2b559ed4c72a5ff4f19\"\n"; // expect: IOT1001
    }

    public sealed class StoveKeypad
    {
        private const string InstallerMenuPin = "1049"; // expect: IOT1004
        private readonly Random _rng = new();

        public bool InstallerMenu(string typed) => typed == InstallerMenuPin;

        public static string HotspotPassword(PhysicalAddress mac) => "Pellet" + mac.ToString()[^6..]; // expect: IOT1005

        public static string NewPairingToken()
        {
            string pairingToken = ((uint)Random.Shared.Next()).ToString("X8"); // expect: IOT3005
            return pairingToken;
        }

        public int FlameFlickerLevel() => 180 + _rng.Next(-20, 21); // expect: none
    }
}
