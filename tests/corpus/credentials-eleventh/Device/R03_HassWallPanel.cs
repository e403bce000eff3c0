// Real source: shaonianzhentan/HassApi README.md (+ src/HassApi/HassClient.cs, src/HassApi/HttpClientBase.cs)
// Domain: e-paper hallway panel that reads and switches Home Assistant entities over the REST API.
// Kept: HttpClientBase creating its own HttpClient and setting the Bearer header in SetAuthorizationToken, HassClient
// passing its accessToken constructor parameter to it, the README's "eyJhGci..." token and "light.living_room" calls.
// Changed: HassJsonHelper replaced by System.Text.Json; the model classes trimmed to what the panel reads.
// Added: the panel's own long-lived access token (a freshly generated JWT of the same shape as Home Assistant's),
// the garage panel whose token is read from a file, log lines.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace HassApi
{
    public class HassState
    {
        public string entity_id { get; set; }
        public string state { get; set; }
    }

    public abstract class HttpClientBase
    {
        protected readonly HttpClient RawClient;
        protected readonly string baseUrl;

        public HttpClientBase(string baseUrl)
        {
            if (string.IsNullOrWhiteSpace(baseUrl)) throw new ArgumentNullException(nameof(baseUrl));

            RawClient = new HttpClient();
            this.baseUrl = baseUrl.TrimEnd('/');
            RawClient.BaseAddress = new Uri(this.baseUrl + "/");

            RawClient.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        public void SetAuthorizationToken(string accessToken)
        {
            if (string.IsNullOrWhiteSpace(accessToken))
            {
                RawClient.DefaultRequestHeaders.Authorization = null;
            }
            else
            {
                RawClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken); // expect: none
            }
        }

        protected async Task<T> GetJsonAsync<T>(string endpoint, CancellationToken cancellationToken = default) where T : class
        {
            var response = await RawClient.GetAsync(endpoint, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                if (response.StatusCode == HttpStatusCode.NotFound) return default;
                var errorMsg = await response.Content.ReadAsStringAsync();
                throw new HttpRequestException($"API Error GET {endpoint}: {response.StatusCode} - {errorMsg}");
            }
            using var stream = await response.Content.ReadAsStreamAsync();
            return await JsonSerializer.DeserializeAsync<T>(stream, cancellationToken: cancellationToken);
        }

        protected async Task<T> PostJsonAsync<T>(string endpoint, object payload, CancellationToken cancellationToken = default) where T : class
        {
            var response = await RawClient.PostAsync(endpoint, JsonContent.Create(payload ?? new { }), cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var errorMsg = await response.Content.ReadAsStringAsync();
                throw new HttpRequestException($"API Error POST {endpoint}: {response.StatusCode} - {errorMsg}");
            }
            using var responseStream = await response.Content.ReadAsStreamAsync();
            return await JsonSerializer.DeserializeAsync<T>(responseStream, cancellationToken: cancellationToken);
        }
    }

    public class HassClient : HttpClientBase
    {
        public HassClient(string baseUrl, string accessToken) : base(baseUrl)
        {
            if (string.IsNullOrWhiteSpace(accessToken)) throw new ArgumentNullException(nameof(accessToken));
            this.SetAuthorizationToken(accessToken);
        }

        public async Task<HassState> GetStateAsync(string entityId, CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(entityId)) throw new ArgumentException("EntityId cannot be empty", nameof(entityId));
            return await GetJsonAsync<HassState>($"api/states/{entityId}", cancellationToken);
        }

        public async Task<List<HassState>> CallServiceAsync(string domain, string service, object payload = null, CancellationToken cancellationToken = default)
        {
            var result = await PostJsonAsync<List<HassState>>($"api/services/{domain}/{service}", payload, cancellationToken);
            return result ?? new List<HassState>();
        }
    }
}

namespace HallwayPanel
{
    using HassApi;

    public static class PanelProgram
    {
        // Added
        private const string PanelAccessToken =
            "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiIzOGViNjlkZGM2NTZjN2YwZjQ0NGRmZWE1MGY0MzNjMyIsImlhdCI6MTczMTQwMjIxMSwiZXhwIjoyMDQ2NzYyMjExfQ.xmAmKeZ2sQJbShP991IYvRNv5-A5L5luZnKjMUajmdc"; // expect: IOT1003
        private const string TokenFile = "/etc/hallway-panel/ha.token"; // expect: none
        private const string TokenHint = "Paste the long-lived access token from your Home Assistant profile page."; // expect: none

        public static async Task Main()
        {
            // README: 1. 初始化客户端
            var client = new HassClient(
                "http://192.168.1.5:8123",
                "eyJhGci..." // expect: IOT1006
            );

            // 2. 获取某个灯的状态
            var light = await client.GetStateAsync("light.living_room");
            Console.WriteLine($"客厅灯状态: {light?.state}");

            // 3. 开灯 (调用服务)
            await client.CallServiceAsync("light", "turn_on", new { entity_id = "light.living_room", brightness = 255 });

            // Added: the hallway panel itself
            var panel = new HassClient("http://homeassistant.local:8123", PanelAccessToken);
            var door = await panel.GetStateAsync("binary_sensor.front_door");
            Console.WriteLine($"Front door: {door?.state}");

            // Added: the garage panel keeps its token on the SD card
            var garageToken = File.Exists(TokenFile) ? File.ReadAllText(TokenFile).Trim() : null;
            if (garageToken is null)
            {
                Console.WriteLine(TokenHint);
                return;
            }
            var garage = new HassClient("http://homeassistant.local:8123", garageToken);
            await garage.CallServiceAsync("cover", "close_cover", new { entity_id = "cover.garage_door" });
        }
    }
}
