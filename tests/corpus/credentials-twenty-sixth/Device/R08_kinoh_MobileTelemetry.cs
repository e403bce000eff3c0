// Real source: kinoh/MobileTelemetry InfluxDBClient.cs (2de18f24)
// Also used: Secrets.cs (2de18f24), MainPage.xaml.cs (4155003b).
// A phone-as-sensor telemetry app (light sensor, battery) writing line protocol to InfluxDB v2. Kept: the primary-
// constructor InfluxDBClient sending the token as "Authorization: Token ...", and the partial Secrets class whose
// implementing part is git-ignored in the repository. Reconstructed (said in LABELS.md): the implementing part of
// Secrets with an invented InfluxDB URL and token, and the page code creating the client. MAUI parts are left out.
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;

namespace mobiletelemetry
{
    public class InfluxDBClient(string BaseUrl, string Token, string Org, string Bucket, Dictionary<string, string> tags)
    {
        public ReadOnlyDictionary<string, string> Tags { get; } = tags.AsReadOnly();

        HttpClient _client = new();
        string _tagsString = string.Join(",", tags.Select(pair => $"{pair.Key}={pair.Value}"));

        public async Task<string> Send(string measurement, Dictionary<string, string> data)
        {
            string dataString = string.Join(",", data.Select(pair => $"{pair.Key}={pair.Value}"));
            string timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();

            Uri uri = new($"{BaseUrl}/api/v2/write");
            var query = $"org={Uri.EscapeDataString(Org)}&bucket={Uri.EscapeDataString(Bucket)}&precision=ms";

            HttpResponseMessage response;

            using (HttpRequestMessage request = new(HttpMethod.Post, $"{uri}?{query}"))
            {
                request.Headers.Authorization = new("Token", Token);
                request.Headers.Accept.Add(new("application/json"));
                request.Content = new StringContent($"{measurement},{_tagsString} {dataString} {timestamp}", Encoding.UTF8, "text/plain");
                response = await _client.SendAsync(request);
            }

            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }

    partial class Secrets
    {
        public partial string InfluxDBUrl();
        public partial string InfluxDBToken();
    }

    // Secrets.Local.cs in the author's tree (git-ignored)
    partial class Secrets
    {
        public partial string InfluxDBUrl() => "https://influx.kinoh-home.example:8086"; // expect: none
        public partial string InfluxDBToken() => "pCEwgHdY41HEEPPRDb4qCu9JqGHCXwma024W7_4q3_Ulk2tHdsHgk4kkACvCaTlcsHBax-ZL85Q5xdxlJvMM1A=="; // expect: IOT1001
    }

    public class MainPageModel
    {
        readonly InfluxDBClient _influx;

        public MainPageModel()
        {
            var secrets = new Secrets();
            _influx = new InfluxDBClient(secrets.InfluxDBUrl(), secrets.InfluxDBToken(), "home", "phone",
                new Dictionary<string, string> { ["device"] = "pixel7" });
        }

        public Task<string> SendLight(double lux) =>
            _influx.Send("light", new Dictionary<string, string> { ["lux"] = lux.ToString("F1") });
    }
}
