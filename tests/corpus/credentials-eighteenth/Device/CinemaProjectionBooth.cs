// Written for corpus18: a three-screen independent cinema's projection booth controller (DCP server, lamp house,
// masking motors, house lights) on a small Linux box.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using MQTTnet.Client;

namespace Cinema.Booth
{
    internal static class BoothSecrets
    {
        public const string DcpServerUser = "manager"; // expect: none
        public const string DcpServerPassword = "Reel-Changeover-1927"; // expect: IOT1001
        public const string TmsApiKey = "tms_5Hq8Vr2Lw9Xk3Nb7Cz4Md1Tf"; // expect: IOT1001
        public const string KdmIngestPassphrase = "YOUR_KDM_PASSPHRASE"; // expect: IOT1006
        public const string ProjectionistPin = "4471"; // expect: IOT1004
        public const string SerialNumberOnRack = "IMB-S2-0018842"; // expect: none
    }

    public class BoothController
    {
        private readonly HttpClient _tms = new HttpClient { BaseAddress = new Uri("https://tms.electric-palace.local/") };

        public BoothController()
        {
            _tms.DefaultRequestHeaders.Add("X-API-Key", BoothSecrets.TmsApiKey);
        }

        public HttpClient DcpServer(string screen)
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential(BoothSecrets.DcpServerUser, BoothSecrets.DcpServerPassword),
            };
            return new HttpClient(handler) { BaseAddress = new Uri($"https://{screen}-imb.booth.local/") };
        }

        public HttpClient KdmIngest()
        {
            var handler = new HttpClientHandler { Credentials = new NetworkCredential("kdm", BoothSecrets.KdmIngestPassphrase) };
            return new HttpClient(handler);
        }

        // lamp house on screen 3 is an older unit with its factory web login
        public string LampHouseUrl() => "http://10.3.0.33/cgi-bin/lamp.cgi?user=admin&password=admin&cmd=status"; // expect: IOT1002

        public MqttClientOptions HouseLights() => new MqttClientOptionsBuilder()
            .WithTcpServer("lights.booth.local", 8883)
            .WithClientId("booth-houselights")
            .WithCredentials("booth", $"hl-{Environment.GetEnvironmentVariable("HL_SUFFIX") ?? "Velvet-Seat-08"}") // expect: IOT1001
            .WithTls()
            .Build();

        public bool UnlockBoothPanel(string typed) => typed.Trim() == BoothSecrets.ProjectionistPin;

        // per-screen masking controller's service password printed on the unit: "Screen" + number
        public static string MaskingServicePassword(int screenNumber) => "Screen" + screenNumber.ToString("D2") + "!mask"; // expect: IOT1005

        // show session cookie for the usher tablet
        public static string NewUsherSessionId()
        {
            var rng = new Random();
            return rng.Next().ToString("X8") + rng.Next().ToString("X8"); // expect: IOT3005
        }

        public static int TrailerShuffleSeed() => new Random().Next(0, 12); // expect: none

        public static string HashedTicketCode(string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

        public static AuthenticationHeaderValue ScreenWallBasic() =>
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("wall:Projector#Beam77"))); // expect: IOT1001

        public const string ApiKeyHeaderName = "X-API-Key"; // expect: none
        public const string KdmPasswordPrompt = "KDM passphrase:"; // expect: none
    }
}

namespace Cinema.Booth.Screens
{
    using System.Security.Cryptography;
    using Microsoft.Azure.Devices.Client;

    public static class ScreenTelemetry
    {
        // screen 2's lamp-hours telemetry device (the connection string came from the integrator's spreadsheet)
        public static DeviceClient Screen2() => DeviceClient.CreateFromConnectionString(
            "HostName=palace-hub.azure-devices.net;DeviceId=screen2-lamp;SharedAccessKey=Zm9vYmFyLXNjcmVlbjItbGFtcC1ob3Vycy1rZXk="); // expect: IOT1003

        public static DeviceClient Screen3() => DeviceClient.CreateFromConnectionString("<your device connection string>"); // expect: IOT1006

        public const string ConnectionStringRedactor = "SharedAccessKey=[^;]+"; // expect: none

        // usher tablet pairing code shown on the booth display
        public static string UsherPairingCode() => new Random().Next(0x10000, 0xFFFFF).ToString("X5"); // expect: IOT3005

        // subtitle server's admin password is the server serial reversed
        public static string SubtitleAdminPassword(string serial)
        {
            var chars = serial.ToCharArray();
            Array.Reverse(chars);
            return new string(chars); // expect: IOT1005
        }

        public static byte[] KdmSignatureCheckKey() => RandomNumberGenerator.GetBytes(32); // expect: none
    }
}
