// Real source: ESPresense/ESPresense-companion src/Services/SupervisorConfigLoader.cs, src/Extensions/MqttClientOptionsBuilderExtensions.cs
// Kept: the Home Assistant Supervisor lookup of the MQTT add-on (records with JsonPropertyName, SUPERVISOR_TOKEN from the
// environment, cached config, "localhost" fallback host), and WithConfig's WithTcpServer/WithCredentials(mqtt.Username,
// mqtt.Password). Changed: Flurl replaced by HttpClient, WithTlsOptions by WithTls; added: a development token fallback,
// the built-in default broker login used when no config.yaml exists, a bench profile, the random client-id suffix and
// the redacted copy of the config that is logged.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MQTTnet.Client;

namespace ESPresense.Models
{
    public class ConfigMqtt
    {
        public string Host { get; set; }
        public int? Port { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public bool? Ssl { get; set; }
        public string ClientId { get; set; }
    }
}

namespace ESPresense.Extensions
{
    using ESPresense.Models;

    public static class MqttClientOptionsBuilderExtensions
    {
        public static MqttClientOptionsBuilder WithConfig(this MqttClientOptionsBuilder mcob, ConfigMqtt mqtt)
        {
            mcob
                .WithTcpServer(mqtt.Host ?? "localhost", mqtt.Port)
                .WithClientId(mqtt.ClientId ?? "espresense-companion")
                .WithCredentials(mqtt.Username, mqtt.Password);
            if (mqtt.Ssl == true)
                mcob.WithTls();
            return mcob;
        }
    }
}

namespace ESPresense.Services
{
    using ESPresense.Models;

    public class SupervisorConfigLoader
    {
        public record HassIoResult(
            [property: JsonPropertyName("result")] string Result,
            [property: JsonPropertyName("message")] string Message,
            [property: JsonPropertyName("data")] HassIoMqtt Data);

        public record HassIoMqtt(
            [property: JsonPropertyName("addon")] string Addon,
            [property: JsonPropertyName("host")] string Host,
            [property: JsonPropertyName("port")] string Port,
            [property: JsonPropertyName("ssl")] bool Ssl,
            [property: JsonPropertyName("username")] string Username,
            [property: JsonPropertyName("password")] string Password, // expect: none
            [property: JsonPropertyName("protocol")] string Protocol);

        // Used when the companion runs without a config.yaml (first start of the add-on image).
        public static readonly ConfigMqtt BuiltInDefaults = new ConfigMqtt
        {
            Host = "core-mosquitto",
            Port = 1883,
            Username = "espresense",
            Password = "3rnWfWzIFnP2!s8a", // expect: IOT1001
        };

        // Bench rig in the office: the broker still has its image defaults.
        public static readonly ConfigMqtt Bench = new ConfigMqtt { Host = "127.0.0.1", Username = "mosquitto", Password = "mosquitto" }; // expect: IOT1002

        private readonly ILogger<SupervisorConfigLoader> _logger;
        private readonly SemaphoreSlim _cacheLock = new SemaphoreSlim(1, 1);
        private ConfigMqtt _cachedConfig;

        public SupervisorConfigLoader(ILogger<SupervisorConfigLoader> logger) => _logger = logger;

        public async Task<ConfigMqtt> GetSupervisorConfig()
        {
            // Early out if token isn't set; a developer token keeps the VS Code devcontainer working.
            var token = Environment.GetEnvironmentVariable("SUPERVISOR_TOKEN") // expect: none
                        ?? "74d9a6a61440ff58d2b3b2d9eeb811dcbc3d9c3dc5b861f7e2938c98348274ba"; // expect: IOT1001
            if (string.IsNullOrEmpty(token))
            {
                _logger.LogDebug("No SUPERVISOR_TOKEN found in environment variables");
                return null;
            }

            if (_cachedConfig != null) return _cachedConfig;

            await _cacheLock.WaitAsync();
            try
            {
                using var http = new HttpClient();
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                var result = await http.GetFromJsonAsync<HassIoResult>("http://supervisor/services/mqtt");
                var data = result.Data;
                _cachedConfig = new ConfigMqtt
                {
                    Host = string.IsNullOrEmpty(data.Host) ? "localhost" : data.Host,
                    Port = int.TryParse(data.Port, out var i) ? i : null,
                    Username = data.Username,
                    Password = data.Password,
                    Ssl = data.Ssl,
                    ClientId = "espresense-companion-" + new Random().Next(1000, 9999), // expect: none
                };
                var logged = new ConfigMqtt { Host = _cachedConfig.Host, Port = _cachedConfig.Port, Username = _cachedConfig.Username, Password = "***" }; // expect: none
                _logger.LogInformation("Successfully retrieved MQTT configuration from Supervisor: {0}", System.Text.Json.JsonSerializer.Serialize(logged));
                return _cachedConfig;
            }
            catch (HttpRequestException ex)
            {
                _logger.LogWarning("Failed to get MQTT config from Hass Supervisor: {0}", ex.Message);
                return null;
            }
            finally
            {
                _cacheLock.Release();
            }
        }

        public async Task<MqttClientOptions> BuildOptionsAsync(bool bench)
        {
            var mqtt = bench ? Bench : (await GetSupervisorConfig() ?? BuiltInDefaults);
            return ESPresense.Extensions.MqttClientOptionsBuilderExtensions.WithConfig(new MqttClientOptionsBuilder(), mqtt).Build();
        }
    }
}
