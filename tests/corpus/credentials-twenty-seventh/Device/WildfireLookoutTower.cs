// Written for corpus27: an unattended wildfire lookout tower (Meadow F7 board) with a pan-tilt smoke camera, a
// cellular modem and a radio link to the fire-ops broker. It snapshots the camera, posts smoke alerts to the regional
// alert API and uploads frames with a one-off token.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet;

namespace Corpus27.Lookout
{
    public sealed record TowerSettings(string Ssid, string Passphrase, double Latitude, double Longitude);

    public sealed class LookoutTower
    {
        private static readonly TowerSettings Bench = new("lookout-7", "6HFJuD8zxtY0bQ", 44.91, -121.43); // expect: IOT1001
        private static readonly string AlertApiKey = "Jqd1maFZZlJEzZ"; // expect: IOT1001
        private const string CamUser = "admin"; // expect: none
        private const string CamPassword = "12345"; // expect: IOT1002
        private const string DispatchSlackToken = "xoxb-062784077486-4788962225540-AY18aPWtzs20yoZXJVDsheKM"; // expect: IOT1003
        private const string FrameBucketAccessKeyId = "AKIAVUVFXJVFLPZ2ABOP"; // expect: IOT1003
        private const string CameraPasswordSetting = "tower:camera:password"; // expect: none
        private const string PasswordLabel = "Password:"; // expect: none
        private const int PanTiltPin = 22; // expect: none
        private static string KeySafeCode => "6903"; // expect: IOT1004

        private readonly HttpClient _http = new();
        private readonly Action<string> _modem;

        public LookoutTower(Action<string> modem) => _modem = modem;

        public async Task StartAsync(IWiFiNetworkAdapter wifi)
        {
            await wifi.Connect(Bench.Ssid, Bench.Passphrase, TimeSpan.FromSeconds(60));

            var options = new MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://tower7:0Yh2He4OdHp53a@broker.fireops.example:8883") // expect: IOT1001
                .Build();

            _modem("AT+CGAUTH=1,1,\"lookout\",\"<apn password>\""); // expect: IOT1006
        }

        public async Task<byte[]> SnapshotAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://192.168.8.64/ISAPI/Streaming/channels/1/picture");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes($"{CamUser}:{CamPassword}")));
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsByteArrayAsync();
        }

        public Task<string> PostSmokeAlertAsync(double confidence) =>
            _http.GetStringAsync($"https://alerts.example.org/v1/smoke?lat={Bench.Latitude}&lon={Bench.Longitude}&c={confidence:F2}&api_key={AlertApiKey}");

        public async Task NotifyDispatchAsync(string text)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://slack.com/api/chat.postMessage");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DispatchSlackToken);
            request.Headers.Add("X-Frame-Bucket-Key-Id", FrameBucketAccessKeyId);
            request.Content = new StringContent("{\"channel\":\"#lookouts\",\"text\":\"" + text + "\"}", Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }

        public NetworkCredential OnvifLoginFor(string macAddress)
        {
            var cameraPassword = "Tw" + macAddress.Replace(":", "").Substring(6); // expect: IOT1005
            return new NetworkCredential("operator", cameraPassword);
        }

        public string NewUploadToken()
        {
            string uploadToken = Random.Shared.NextInt64().ToString("x16"); // expect: IOT3005
            return uploadToken;
        }

        public bool SampleThisFrame() => Random.Shared.Next(0, 10) == 0; // expect: none

        public string MaintenanceSheet() =>
            $"Pan/tilt on GPIO {PanTiltPin}; camera setting {CameraPasswordSetting}; {PasswordLabel} from the vault; key safe {KeySafeCode.Length} digits";
    }
}
