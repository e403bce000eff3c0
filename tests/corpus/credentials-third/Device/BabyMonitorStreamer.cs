// Nursery camera ("NurseryCam") - stream relay, parent-unit pairing and push alerts.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace NurseryCam.Firmware
{
    public sealed record RelayOptions(string Host, int Port, string DeviceId);

    public sealed class BabyMonitorStreamer
    {
        private const string PasswordMask = "********"; // expect: none
        private const string PushoverEndpoint = "https://api.pushover.example/1/messages.json";
        private static readonly Random Twinkle = new Random();

        private readonly RelayOptions _relay = new("relay.nurserycam.example", 8883, "cam-4471");
        private readonly HttpClient _http = new HttpClient();
        private string _pairingSession = string.Empty;

        // Strings shown by the on-device setup page.
        private static readonly Dictionary<string, string> PasswordPrompt = new()
        {
            ["en"] = "Password", // expect: none
            ["de"] = "Passwort", // expect: none
            ["fr"] = "Mot de passe", // expect: none
        };

        public NetworkCredential OnvifServiceAccount()
        {
            // The local ONVIF profile S service the parent unit talks to.
            return new NetworkCredential("onvif-svc", "Cr1bN1ght!Lamp"); // expect: IOT1001
        }

        public MqttClientOptions BuildRelayOptions()
        {
            return new MqttClientOptionsBuilder()
                .WithTcpServer(_relay.Host, _relay.Port)
                .WithClientId(_relay.DeviceId)
                .WithCredentials(_relay.DeviceId, "Lullaby-Relay-83kq") // expect: IOT1001
                .WithTls()
                .Build();
        }

        public string EventTopic => $"nursery/{_relay.DeviceId}/events"; // expect: none

        public async Task PushCryAlertAsync(double loudnessDb)
        {
            var form = new Dictionary<string, string>
            {
                ["token"] = "dxyb30fkj3w3wx46mxdlu904wpjs1b", // expect: IOT1001
                ["user"] = LoadParentUserKey(),
                ["title"] = "NurseryCam",
                ["message"] = $"Crying detected ({loudnessDb:F0} dB)",
                ["priority"] = "1",
            };
            using var response = await _http.PostAsync(PushoverEndpoint, new FormUrlEncodedContent(form));
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Log("Pushover rejected the app token - check the token setting"); // expect: none
            }
        }

        public async Task UploadSnapshotAsync(byte[] jpeg)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "https://snap.nurserycam.example/v1/latest.jpg");
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("nursery:Moonbeam#2291")); // expect: IOT1001
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            request.Content = new ByteArrayContent(jpeg);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            using var _ = await _http.SendAsync(request);
        }

        // The parent handset shows this code while pairing with the camera.
        public string ParentUnitPairingCode()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            return ((mac[3] << 16 | mac[4] << 8 | mac[5]) % 1000000).ToString("D6"); // expect: IOT1005
        }

        public string BeginPairingSession()
        {
            var buffer = new byte[12];
            Twinkle.NextBytes(buffer); // expect: IOT3005
            _pairingSession = Convert.ToHexString(buffer);
            return _pairingSession;
        }

        public bool IsPairingSession(string presented) => presented == _pairingSession;

        // Factory line check of the service UART login.
        public static bool ServiceLogin(string user, string pass)
        {
            if (user == "support" && pass == "support") // expect: IOT1002 IOT1002
            {
                return true;
            }
            return false;
        }

        public string WriteProvisioningBlob(string ssid)
        {
            // Written to /data/net.json by the first-boot wizard (the nursery's own access point).
            string json = """
                {
                  "wifi": { "ssid": "NurseryCam-Setup", "psk": "Twinkle-Star-5530" }
                }
                """; // expect: IOT1001
            System.IO.File.WriteAllText("/data/net.json", json);
            return RedactPsk(json);
        }

        private static string RedactPsk(string json) =>
            System.Text.RegularExpressions.Regex.Replace(json, "\"psk\"\\s*:\\s*\"[^\"]*\"", "\"psk\": \"" + PasswordMask + "\""); // expect: none

        public int NightLightFlickerMs()
        {
            return 80 + Twinkle.Next(0, 120); // expect: none
        }

        public string DescribeSettings(string apSsid, bool hasPassword)
        {
            var sb = new StringBuilder();
            sb.Append("ssid=").Append(apSsid);
            sb.Append(hasPassword ? " password=" + PasswordMask : " password=<not set>"); // expect: none
            return sb.ToString();
        }

        private static string LoadParentUserKey() => Environment.GetEnvironmentVariable("NURSERY_PUSHOVER_USER") ?? string.Empty; // expect: none

        private static void Log(string message) => Console.WriteLine("[nurserycam] " + message);
    }
}
