// Real source: ablos/SpeakerControlService HomeAssistantService.cs, Config.cs (86fa9a41)
// Domain: a Windows service that watches the PC's audio sessions and switches the desk speakers' smart plug on and off
//   through Home Assistant when sound starts or has been silent for a while.
// Kept: the configuration classes with their defaults (empty base URL, access token and entity id; audio thresholds),
//   HomeAssistantService's Bearer header from the configured access token, TurnOnSpeakers / TurnOffSpeakers / CallService.
// Trimmed: Worker (the NAudio session polling), Program's host set-up.
// Shimmed (_Stubs.cs): IOptions<T>, ILogger<T>.
// Replaced: nothing; the access token comes from appsettings at run time.
using System;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SpeakerControlService
{
    public class Config
    {
        public HomeAssistantConfig HomeAssistant { get; set; } = new();
        public AudioMonitoringConfig AudioMonitoring { get; set; } = new();
    }

    public class HomeAssistantConfig
    {
        public string BaseUrl { get; set; } = "";
        public string AccessToken { get; set; } = ""; // expect: none
        public string SpeakerEntityId { get; set; } = "";
    }

    public class AudioMonitoringConfig
    {
        public int CheckIntervalMs { get; set; } = 1000;
        public float AudioThreshold { get; set; } = 0.001f;
        public int SilenceDelaySeconds { get; set; } = 15;
    }

    public class HomeAssistantService
    {
        private readonly HttpClient _httpClient;
        private readonly ILogger<HomeAssistantService> _logger;
        private readonly HomeAssistantConfig _config;

        public HomeAssistantService(HttpClient httpClient, ILogger<HomeAssistantService> logger, IOptions<Config> options)
        {
            _httpClient = httpClient;
            _logger = logger;
            _config = options.Value.HomeAssistant;

            // Set up HTTP client headers
            _httpClient.DefaultRequestHeaders.Add("Authorization", $"Bearer {_config.AccessToken}"); // expect: none
        }

        public async Task TurnOnSpeakers()
        {
            await CallService("switch", "turn_on", _config.SpeakerEntityId);
        }

        public async Task TurnOffSpeakers()
        {
            await CallService("switch", "turn_off", _config.SpeakerEntityId);
        }

        private async Task CallService(string domain, string service, string entityId)
        {
            try
            {
                string url = $"{_config.BaseUrl}/api/services/{domain}/{service}";
                var payload = new { entity_id = entityId };
                string json = JsonSerializer.Serialize(payload);
                StringContent content = new StringContent(json, Encoding.UTF8, "application/json");

                HttpResponseMessage response = await _httpClient.PostAsync(url, content);

                if (response.IsSuccessStatusCode)
                    _logger.LogInformation("Successfully called {Domain}.{Service} for {EntityId}", domain, service, entityId);
                else
                    _logger.LogError("Failed ot call HA service. Status: {Status}, Response: {Response}", response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (Exception e)
            {
                _logger.LogError(e, "Error calling HA service {Domain}.{Service}", domain, service);
            }
        }
    }
}
