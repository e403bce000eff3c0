// Town hall motorised flag mast (ESP32, .NET nanoFramework): a halyard motor with end-stop switches raises the flag at
// sunrise and lowers it at sunset, holds it at half-mast on the days the civic calendar says, and refuses to run above the
// wind cut-out. The caretaker's web page allows a manual override; events go to the council's IoT hub.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Devices.Client;
using nanoFramework.Networking;

namespace TownHall.FlagMast
{
    internal static class MastSecrets
    {
        public const string Ssid = "TownHall-Plant";
        public const string WifiPassword = "n+WWOV4Z*Z-QGsh"; // expect: IOT1001
        public const string WifiPasswordSetting = "flagmast.wifi.password"; // expect: none
        public const string HalfMastOverrideCode = "986675"; // expect: IOT1004
        public const int HalyardMotorPin = 26; // expect: none
        public const double WindCutOutMs = 17.5;
        public const string CalendarTokenScope = "flags.read"; // expect: none
    }

    public sealed class MastController
    {
        private static readonly string CalendarAccessToken = "NYTvF1DbbJHXWR9lAOnDDpKh18Vns4jAIC3jmgUc"; // expect: IOT1001
        private static readonly byte[] KdfSalt = Encoding.ASCII.GetBytes("flagmast-kdf-v1"); // expect: none
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();
        private DeviceClient _hub;

        public bool Start(string hubHost, string deviceId)
        {
            if (!WifiNetworkHelper.ConnectDhcp(MastSecrets.Ssid, MastSecrets.WifiPassword, requiresDateTime: true))
            {
                return false;
            }

            _hub = DeviceClient.CreateFromConnectionString(
                "HostName=" + hubHost + ";DeviceId=" + deviceId
                + ";SharedAccessKey=Z6TKo62YzIUbXC0yFTwb2rvNGRYb60WUBOizqn6MBhc="); // expect: IOT1003
            return true;
        }

        public bool IsHalfMastToday(DateTime today)
        {
            string url = "https://calendar.council.example/v1/flags?date=" + today.ToString("yyyy-MM-dd")
                + "&access_token=" + CalendarAccessToken;
            string answer = _http.GetStringAsync(url).GetAwaiter().GetResult();
            return answer.Contains("\"half\":true");
        }

        public MQTTnet.Client.MqttClientOptions TelemetryBroker() =>
            new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.council.example", 8883)
                .WithCredentials("flagmast", "%%MQTT_PASSWORD%%") // expect: IOT1006
                .Build();

        public string NewOtaSessionId() => _rng.Next(0x10000000, int.MaxValue).ToString("x8"); // expect: IOT3005

        // The status LED "flutters" while the flag moves.
        public int FlutterStepMs() => 40 + _rng.Next(0, 60); // expect: none

        // The caretaker types a passphrase on the web page; it is stretched before comparison with the stored hash.
        public static byte[] StretchCaretakerPassphrase(string typed) =>
            Rfc2898DeriveBytes.Pbkdf2(typed, KdfSalt, 100_000, HashAlgorithmName.SHA256, 32);
    }

    public sealed class CaretakerPage
    {
        public NetworkCredential PageLogin() => new NetworkCredential("caretaker", "changeme"); // expect: IOT1002

        public bool OverrideHalfMast(string entered) => entered == MastSecrets.HalfMastOverrideCode;

        // Set on the first boot of each day and read out to the caretaker over the phone.
        public static string MaintenancePassword() => "Mast" + DateTime.UtcNow.ToString("MMdd"); // expect: IOT1005
    }
}
