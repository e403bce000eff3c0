// Written for corpus32 (not from a public repository).
// Domain: a mosque's prayer-time display and azan speaker controller: fetches prayer times from a calendar API,
// stores announcements in PostgreSQL, uploads recordings over FTP, reports to IoT Hub and pairs a speaker by Bluetooth.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace Corpus32.PrayerTimeDisplay
{
    internal static class AnnouncementStore
    {
        public static void Open(string connectionString) { }
    }

    public sealed class DisplayController
    {
        private const string DbPass = "I11ZPotCcY5M*G"; // expect: IOT1001
        private const string CalendarSyncToken = "b5d1c8e2-4a7f-4c3e-9e21-7f0a6b3d2c19"; // expect: none
        private const string OverrideHelp = "Enter the imam override code to skip the recorded azan."; // expect: none
        private const string MqttPasswordSetting = "display.mqtt.password"; // expect: none
        private const string ImamOverrideCode = "774853"; // expect: IOT1004
        private const string Hex = "0123456789abcdef";
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        private static async Task<string> PrayerApiKeyAsync()
        {
            await Task.Yield();
            return "QvcXv_xpw-eFm2"; // expect: IOT1001
        }

        public async Task<string> TodayAsync(string city)
        {
            string key = await PrayerApiKeyAsync();
            return await _http.GetStringAsync($"https://prayer-times.example.org/v1/today?city={Uri.EscapeDataString(city)}&api_key={key}");
        }

        public void OpenAnnouncements() =>
            AnnouncementStore.Open(string.Concat("Host=pg.masjid.local;Username=display;Password=", DbPass, ";Database=announcements"));

        public NetworkCredential RecordingUpload()
        {
            NetworkCredential cred = new("azan", "z_ZUVWj4z28yHS"); // expect: IOT1001
            return cred;
        }

        public MQTTnet.Client.MqttClientOptions Broker() =>
            new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.masjid.local", 1883)
                .WithCredentials("display", "password") // expect: IOT1002
                .Build();

        public Microsoft.Azure.Devices.Client.DeviceClient Hub(string deviceId) =>
            Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString(string.Format(
                "HostName=masjid-hub.azure-devices.net;DeviceId={0};SharedAccessKey={1}",
                deviceId,
                "S0qIsVwiBMOXoeT/kKiDKhwyOwFEM4FqVY2TpwV0Nc0=")); // expect: IOT1003

        public X509Certificate2 SpeakerCertificate(string pfxFile) =>
            new X509Certificate2(pfxFile, "the password you chose when exporting the speaker pfx"); // expect: IOT1006

        public bool SkipAzan(string entered) => string.Equals(entered, ImamOverrideCode);

        public int SpeakerPairingPin(string imei)
        {
            var speakerPairingPin = (int)(long.Parse(imei.Substring(imei.Length - 6)) % 10000); // expect: IOT1005
            return speakerPairingPin;
        }

        public string NewDisplayNonce()
        {
            string displayNonce = string.Concat(Enumerable.Range(0, 16).Select(_ => Hex[_rng.Next(16)])); // expect: IOT3005
            return displayNonce;
        }

        public int ScrollJitterMs() => Random.Shared.Next(0, 300); // expect: none
    }
}
