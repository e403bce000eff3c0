// Football stadium retractable roof: roof drive PLC behind a REST gateway, pitch camera, weather veto, ground-staff alerts.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using FluentFTP;
using StackExchange.Redis;

namespace Stadium.Roof
{
    public class RoofController
    {
        private const string RoofGatewayBase = "http://192.168.20.5:8080/api/v1/roof/";
        private const string RoofDriveUniqueId = "3f9c2b71-58d4-4e0a-9a6e-0d51c8e7b2aa"; // expect: none
        private const string RoofUser = "roofops";
        private const string RoofPassword = "ZVwEcA-oGIMjyU"; // expect: IOT1001
        private const string RoofInterlockPasscode = "7145"; // expect: IOT1004
        private const string OwmKey = "c3be31871a1b222d70b9676023da4550"; // expect: IOT1001
        private const string PasswordPrompt = "Password:"; // expect: none
        private const string ApiKeyHeaderName = "X-Api-Key"; // expect: none

        private static readonly HttpClient Http = new HttpClient();
        private readonly Random _rng = new Random();

        public RoofController()
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(RoofUser + ":" + RoofPassword));
            Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
        }

        public Task OpenRoofAsync() => Http.PutAsync(RoofGatewayBase + "open", new FormUrlEncodedContent(new[]
        {
            new System.Collections.Generic.KeyValuePair<string, string>("Operator", "7"),
            new System.Collections.Generic.KeyValuePair<string, string>("Sequence", "1"),
        }));

        public async Task<bool> WeatherVetoAsync(double lat, double lon)
        {
            var json = await Http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?lat={lat}&lon={lon}&appid={OwmKey}");
            return json.Contains("\"Rain\"") || json.Contains("\"Snow\"");
        }

        public bool ManualInterlockBypass(string operatorEntry)
        {
            Console.Write(PasswordPrompt);
            return operatorEntry == RoofInterlockPasscode;
        }

        // Hospitality boxes get a short PIN for the roof-status tablet on match days.
        public string GuestSessionPin()
        {
            var guestPin = DateTime.Now.ToString("HHmm"); // expect: IOT1005
            return guestPin;
        }

        // Sprinkler zones start slightly staggered so the pressure does not drop at once.
        public double NextSprinklerStaggerSeconds() => _rng.NextDouble() * 3.0; // expect: none
    }

    public class PitchCamera
    {
        public void UploadLatest(string jpgPath)
        {
            // The Raspberry Pi in the pitch-camera housing under the roof truss was never given its own login.
            using var ftp = new FtpClient("pitchcam.local", "pi", "raspberry"); // expect: IOT1002
            ftp.Connect();
            ftp.UploadFile(jpgPath, "/var/www/pitch/latest.jpg");
        }

        public async Task PushToPortalAsync(byte[] jpg)
        {
            using var http = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Post, "https://turfportal.example/api/frames") { Content = new ByteArrayContent(jpg) };
            request.Headers.TryAddWithoutValidation("X-Auth-Token", "TODO"); // expect: IOT1006
            await http.SendAsync(request);
        }
    }

    public class GroundStaffAlerts
    {
        private const string TelegramBotToken = "8579184711:AA5xMZu-VtoEuuSqB-kCBkU5IDybi0DDb_q"; // expect: IOT1003
        private const long ChatId = -1001873650042;

        public Task SendAsync(string text) =>
            new HttpClient().GetAsync($"https://api.telegram.org/bot{TelegramBotToken}/sendMessage?chat_id={ChatId}&text={Uri.EscapeDataString(text)}");

        // Roof position and pitch frames cached for the big-screen graphics.
        public static ConnectionMultiplexer FrameCache()
        {
            var options = new ConfigurationOptions { ClientName = "roof-controller", Ssl = false };
            options.EndPoints.Add("192.168.20.9", 6379);
            options.Password = "!IxW!PiP_SFM!bOt"; // expect: IOT1001
            return ConnectionMultiplexer.Connect(options);
        }
    }
}
