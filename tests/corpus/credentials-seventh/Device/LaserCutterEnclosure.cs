// Makerspace laser cutter: the enclosure controller (Raspberry Pi) pulls jobs from the queue, reports to the
// fleet API, watches the bed camera and drives the exhaust fan through the vendor's cloud.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Corpus7.Shared;

namespace Makerspace.Laser
{
    public class LaserCutterEnclosure
    {
        private const string TokenUrl = "https://jobs.makerspace.example/oauth/token"; // expect: none
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();
        private string _operatorPassword = "Laser-Kerf-Ops"; // expect: IOT1004

        public LaserCutterEnclosure()
        {
            _http.DefaultRequestHeaders.Add(PlantKeys.ApiKeyHeaderName, PlantKeys.LaserCutterApiKey);
            _http.DefaultRequestHeaders.Add("X-Request-Id", Guid.NewGuid().ToString()); // expect: none
            Console.WriteLine($"{PlantKeys.ApiKeyHeaderName}: ***redacted***"); // expect: none
        }

        public async Task ReportAsync(string json)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://fleet.makerspace.example/api/machines/laser-07/status");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJsYXNlci0wNyIsImlzcyI6ImZsZWV0LWF1dGgiLCJpYXQiOjE3MjA1MDgzNTEsInNjb3BlIjoidGVsZW1ldHJ5In0.-saWegGgbWfmXHjquijuxVp-jgGVWlfxFKWZjumK_X0"); // expect: IOT1003
            request.Content = new StringContent(json);
            await _http.SendAsync(request);
        }

        public Task<HttpResponseMessage> NextJobAsync() =>
            _http.GetAsync("https://jobs.makerspace.example/queue/next?machine=laser-07&access_token=mk_AEVzgHvNwxstUrTvP5vJemgntyLFRF"); // expect: IOT1001

        public async Task SetExhaustAsync(int percent)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"https://api.fanvendor.example/v2/fans/ex-220/speed?value={percent}");
            request.Headers.TryAddWithoutValidation("Ocp-Apim-Subscription-Key", "486d56882a24f3053ff93574cb536f04"); // expect: IOT1001
            await _http.SendAsync(request);
        }

        public Uri BedSnapshot() => new Uri("http://10.0.8.31/snapshot.cgi?user=laser&pwd=Kerf-Width-0.2"); // expect: IOT1001

        public string NewOperatorCookie()
        {
            string sessionCookie = "sess=" + _rng.Next().ToString("x8"); // expect: IOT3005
            return sessionCookie;
        }

        public Uri TokenEndpoint() => new Uri(TokenUrl);

        public bool UnlockInterlock(string typed) => typed == _operatorPassword;

        // The bed camera was never given its own account.
        public HttpRequestMessage BedCameraStill()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "http://10.0.8.31/still.jpg");
            request.Headers.Add("Authorization", "Basic YWRtaW46cGFzc3dvcmQ="); // expect: IOT1002
            return request;
        }
    }
}
