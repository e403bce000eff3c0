// Real source: etoandroid/imicCharge imicCharge.API/Services/EaseeService.cs, imicCharge.API/Services/MockChargingService.cs
// Kept: the token cache with a 60-second safety margin, the "EaseeSettings" section with Username/Password, the login
// body { userName, password } posted to api/accounts/login, the Bearer client factory, start/stop charging commands and
// the ongoing-session read. Changed: IHttpClientFactory replaced by a shared HttpClient; added: the car park's service
// account fallback in the login body, the walk-up session token shown on the charger display, the mock's token.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace imicCharge.API.Services
{
    public class OngoingSession
    {
        [JsonPropertyName("sessionEnergy")]
        public double SessionEnergy { get; set; }

        [JsonPropertyName("costIncludingVat")]
        public double? CostIncludingVat { get; set; }
    }

    public class EaseeService
    {
        private static readonly HttpClient Http = new HttpClient { BaseAddress = new Uri("https://api.easee.com/") };
        private readonly IConfiguration _configuration;
        private readonly Random _rng = new Random();
        private string _accessToken;
        private DateTime _tokenExpiryTime;

        public EaseeService(IConfiguration configuration) => _configuration = configuration;

        private async Task AuthenticateIfNeededAsync()
        {
            if (!string.IsNullOrEmpty(_accessToken) && DateTime.UtcNow < _tokenExpiryTime) return;

            var easeeSettings = _configuration.GetSection("EaseeSettings");
            var username = easeeSettings["Username"] ?? "carpark-service@imic.example";
            var password = easeeSettings["Password"];

            // Car park B runs the API image without user secrets; it logs in with the service account.
            var credentials = new { userName = username, password = password ?? "larNlWozi1GdvGM-" }; // expect: IOT1001
            var content = new StringContent(JsonSerializer.Serialize(credentials), Encoding.UTF8, "application/json");
            var response = await Http.PostAsync("api/accounts/login", content);
            response.EnsureSuccessStatusCode();

            var tokenResponse = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
            _accessToken = tokenResponse.GetProperty("accessToken").GetString(); // expect: none
            var expiresIn = tokenResponse.GetProperty("expiresIn").GetInt32();
            _tokenExpiryTime = DateTime.UtcNow.AddSeconds(expiresIn - 60);
        }

        private HttpRequestMessage Authorized(HttpMethod method, string path)
        {
            var request = new HttpRequestMessage(method, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
            return request;
        }

        public async Task<bool> StartChargingAsync(string chargerId)
        {
            await AuthenticateIfNeededAsync();
            var response = await Http.SendAsync(Authorized(HttpMethod.Post, $"api/chargers/{chargerId}/commands/start_charging"));
            return response.IsSuccessStatusCode;
        }

        public async Task<bool> StopChargingAsync(string chargerId)
        {
            await AuthenticateIfNeededAsync();
            var response = await Http.SendAsync(Authorized(HttpMethod.Post, $"api/chargers/{chargerId}/commands/stop_charging"));
            return response.IsSuccessStatusCode;
        }

        public async Task<OngoingSession> GetOngoingSessionAsync(string chargerId)
        {
            await AuthenticateIfNeededAsync();
            var response = await Http.SendAsync(Authorized(HttpMethod.Get, $"api/chargers/{chargerId}/sessions/ongoing"));
            return await response.Content.ReadFromJsonAsync<OngoingSession>();
        }

        // Walk-up charging without an app: the kiosk shows a short token the driver types on the web page.
        public string NewWalkUpSessionToken()
        {
            var sessionToken = _rng.Next(0x10000, 0xFFFFF).ToString("X5"); // expect: IOT3005
            return sessionToken;
        }
    }

    public class MockChargingService
    {
        private const string MockAccessToken = "mock-easee-token-0001"; // expect: none
        private readonly Dictionary<string, bool> _charging = new Dictionary<string, bool>();

        public Task<bool> StartChargingAsync(string chargerId)
        {
            _charging[chargerId] = true;
            Console.WriteLine($"[mock] start {chargerId} with {MockAccessToken}");
            return Task.FromResult(true);
        }
    }
}
