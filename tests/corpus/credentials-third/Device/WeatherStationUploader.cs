// Backyard weather station (Meadow F7): uploads to several public weather networks.
using System;
using System.Globalization;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;

namespace BackyardWx
{
    public sealed record Observation(double TempC, double HumidityPct, double PressureHpa, double WindKmh, double RainMm);

    public sealed class WeatherStationUploader
    {
        private const string StationId = "KCASANFR1234"; // expect: none
        private const string StationKey = "q7RmT2vX"; // expect: IOT1001
        private const string PwsWeatherPassword = "your-pwsweather-password"; // expect: IOT1006
        private const string Callsign = "N0CALL-13"; // expect: none
        private const string ReceiveOnlyPasscode = "-1"; // expect: none

        private const string WindyStationKey =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdGF0aW9uIjoid3gtYmFja3lhcmQiLCJpYXQiOjE3MjAwMDAwMDB9.Qm9r8Lx2TvW5cN1pZ7hJ3kR6yF0sD4aG9bE2uX8iO1q"; // expect: IOT1003

        private readonly HttpClient _http = new();
        private readonly Random _random = new();
        private readonly IWiFiNetworkAdapter _wifi;

        public WeatherStationUploader(IWiFiNetworkAdapter wifi) => _wifi = wifi;

        public Task JoinNetworkAsync() => _wifi.Connect("Backyard-IoT", "Cumulus!Nimbus-42", TimeSpan.FromSeconds(45)); // expect: IOT1001

        public async Task UploadWundergroundAsync(Observation o)
        {
            var inv = CultureInfo.InvariantCulture;
            string url = "https://rtupdate.wunderground.com/weatherstation/updateweatherstation.php"
                + $"?ID={StationId}&PASSWORD={StationKey}&dateutc=now" // expect: none
                + "&tempf=" + (o.TempC * 9 / 5 + 32).ToString("F1", inv)
                + "&humidity=" + o.HumidityPct.ToString("F0", inv)
                + "&baromin=" + (o.PressureHpa * 0.02953).ToString("F2", inv)
                + "&softwaretype=BackyardWx-1.3&action=updateraw&realtime=1&rtfreq=16"; // expect: none
            using var _ = await _http.GetAsync(url);
        }

        public async Task UploadPwsWeatherAsync(Observation o)
        {
            var q = string.Concat("https://pwsupdate.pwsweather.com/api/v1/submitwx?ID=BACKYARD42&PASSWORD=", // expect: none
                PwsWeatherPassword, "&dateutc=now&tempf=", (o.TempC * 9 / 5 + 32).ToString("F1", CultureInfo.InvariantCulture));
            using var _ = await _http.GetAsync(q);
        }

        public async Task UploadWindyAsync(Observation o)
        {
            var url = $"https://stations.windy.com/pws/update/{WindyStationKey}?temp={o.TempC:F1}&wind={o.WindKmh / 3.6:F1}&rh={o.HumidityPct:F0}";
            using var _ = await _http.GetAsync(url);
        }

        public async Task UploadWeathercloudAsync(Observation o)
        {
            var url = new StringBuilder("https://api.weathercloud.net/v01/set")
                .Append("/wid/").Append("7d21c0a94b3e5f18") // expect: none
                .Append("/key/").Append("0c4f8e2a9b71d356e8a0f2c4b6d9e1a7") // expect: IOT1001
                .Append("/temp/").Append((int)Math.Round(o.TempC * 10))
                .ToString();
            using var _ = await _http.GetAsync(url);
        }

        public async Task<string> ForecastAsync(double lat, double lon)
        {
            string url = string.Format(CultureInfo.InvariantCulture,
                "https://api.openweathermap.org/data/2.5/forecast?lat={0:F3}&lon={1:F3}&units=metric&appid={2}", // expect: none
                lat, lon, "3f9c1a7e5b2d4c8e9a0f6b1d7c3e5a29"); // expect: IOT1001
            return await _http.GetStringAsync(url);
        }

        // CWOP/APRS-IS login: the passcode is the well-known hash of the callsign.
        public static string AprsPasscode(string callsign)
        {
            var call = callsign.Split('-')[0].ToUpperInvariant();
            int hash = 0x73E2;
            for (int i = 0; i < call.Length; i += 2)
            {
                hash ^= call[i] << 8;
                if (i + 1 < call.Length) hash ^= call[i + 1];
            }
            return (hash & 0x7FFF).ToString(CultureInfo.InvariantCulture); // expect: IOT1005
        }

        public void SendCwop(Observation o, bool receiveOnly)
        {
            using var tcp = new TcpClient("cwop.aprs.net", 14580);
            using var stream = tcp.GetStream();
            var pass = receiveOnly ? ReceiveOnlyPasscode : AprsPasscode(Callsign);
            var login = $"user {Callsign} pass {pass} vers BackyardWx 1.3\r\n";
            var packet = $"{Callsign}>APRS,TCPIP*:@{DateTime.UtcNow:ddHHmm}z3746.49N/12225.12W_.../...t{o.TempC * 9 / 5 + 32:000}\r\n";
            var bytes = Encoding.ASCII.GetBytes(login + packet);
            stream.Write(bytes, 0, bytes.Length);
        }

        public TimeSpan NextUploadDelay() => TimeSpan.FromSeconds(60 + _random.Next(-5, 6)); // expect: none

        public string Banner() => "Station " + StationId + " - key configured: " + (StationKey.Length > 0 ? "yes" : "no"); // expect: none
    }
}
