// Written for corpus19: a ten-pin bowling centre's pinsetter controllers and lane scoring (.NET on lane PCs: MQTT to
// the front desk, the scoring vendor's cloud, the bumper-rail and lane-oil machine over RS-485, the party-room
// tablets, and the mechanics' remote console).
using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using MQTTnet;

namespace Bowling.Lanes
{
    public sealed class LaneController
    {
        private readonly int _lane;
        private readonly string _pinsetterSerial;

        public LaneController(int lane, string pinsetterSerial)
        {
            _lane = lane;
            _pinsetterSerial = pinsetterSerial;
        }

        public MqttClientOptions FrontDesk() => new MqttClientOptionsBuilder()
            .WithTcpServer("frontdesk.bowl.local", 1883)
            .WithCredentials("lane" + _lane, "Lane" + _lane.ToString("D2") + "-strike") // expect: IOT1005
            .Build();

        public MqttClientOptions FrontDeskBytes() => new MqttClientOptionsBuilder()
            .WithTcpServer("frontdesk.bowl.local", 1883)
            .WithCredentials("lanes-bulk", Encoding.UTF8.GetBytes("Ja0HLdmYN5djB8")) // expect: IOT1001
            .Build();

        public MqttClientOptions ScoringCloud() => new MqttClientOptionsBuilder()
            .WithConnectionUri("mqtts://bowl-centre-14:sZBNK_!Pi9ivvw@scoring.vendor.example:8883") // expect: IOT1001
            .Build();

        // Mechanics' console: the pinsetter's own login is its serial reversed.
        public string MechanicPassword() => new string(_pinsetterSerial.Reverse().ToArray()); // expect: IOT1005

        public static X509Certificate2 VendorCloudCertificate(byte[] pfx) =>
            X509CertificateLoader.LoadPkcs12(pfx, "scoring-cert-password"); // expect: IOT1006

        public static X509Certificate2 LaneTlsCertificate() =>
            X509Certificate2.CreateFromPem(
                "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUW1Jc0NpfQzLzY2pP1yYxk2m3c5owCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----", // expect: none
                "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIDdzWl3s9yH1Lr0r5QbM8KJ2m4TqRk1d8cZ7xHf0gE7aoAoGCCqGSM49\nAwEHoUQDQgAE4bK0Jm0y5b2Qd1hH6yWq6yNfO2xwq5y2KpD7l9Q8o0fY3sH2e1Wk\n-----END EC PRIVATE KEY-----"); // expect: IOT1003

        // Party-room tablets: a pairing code for the birthday party's lane, shown on the lane screen.
        public string PartyPairingCode() => new Random().Next().ToString("X6"); // expect: IOT3005

        public static int BallReturnDelayMs() => 200 + new Random().Next(0, 150); // expect: none

        public static string DemoFrameSequence() => string.Join(",", Enumerable.Range(0, 10).Select(_ => new Random().Next(0, 11))); // expect: none
    }

    public static class OilMachine
    {
        private const string LaneOilServicePasscode = "30571"; // expect: IOT1004
        public static bool ServiceMode(string keypad) => string.Equals(keypad, LaneOilServicePasscode);
        public const string OilPatternName = "House Shot 41ft"; // expect: none
        public const string ConditionerPumpPin = "D7"; // expect: none
    }

    public static class VendorCloud
    {
        private static readonly HttpClient Http = new HttpClient();
        public static Task<string> LeaguesAsync() =>
            Http.GetStringAsync("https://api.scoring.vendor.example/v2/leagues?centre=14&access_token=tok-demo-token-not-valid"); // expect: IOT1006
    }
}
