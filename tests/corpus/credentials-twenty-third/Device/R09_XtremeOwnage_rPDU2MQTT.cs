// Real source: https://github.com/XtremeOwnage/rPDU2MQTT/blob/93627801829a1c5241177ff1afc88b745ec0224d/plugins/rPDU2MQTT.Plugin.Vertiv/PduApiHandler.cs
// (also rPDU2MQTT/Models/Config/MQTTConfig.cs, Models/Config/Schemas/Credentials.cs, Models/Config/EmonCMSConfig.cs)
// Rack PDU (Vertiv/Geist) to MQTT bridge. Kept: the shared Credentials schema, MQTTConfig defaults (client id
// "rpdu2mqtt", parent topic "Rack_PDU"), EmonCMSConfig with RPDU2MQTT_EMONCMS_APIKEY, the PDU login that posts
// {"token":"","cmd":"login","data":{"password":...}} to /api/auth/{user} and caches the session token per port.
// Added: the starter configuration written by --init, the MQTT connect, the EmonCMS push with its fallback key.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace rPDU2MQTT.Models.Config
{
    public class Credentials
    {
        public string Username { get; set; }
        public string Password { get; set; }
    }

    public class MQTTConfig
    {
        public Credentials Credentials { get; set; } = null;
        public string ClientID { get; set; } = "rpdu2mqtt";
        public string ParentTopic { get; set; } = "Rack_PDU";
        public string Host { get; set; } = "localhost";
        public int Port { get; set; } = 1883;
        public int KeepAlive { get; set; } = 60;
    }

    public class EmonCMSConfig
    {
        public bool Enabled { get; set; }
        public string Url { get; set; }
        /// <summary>EmonCMS write API key (can also be supplied via RPDU2MQTT_EMONCMS_APIKEY).</summary>
        public string ApiKey { get; set; }
        public string Node { get; set; } = "rpdu2mqtt";
    }

    public class PduConfig
    {
        public string Url { get; set; }
        public Credentials Credentials { get; set; }
        public bool ActionsEnabled { get; set; }
    }

    public class RootConfig
    {
        public MQTTConfig Mqtt { get; set; } = new();
        public PduConfig Pdu { get; set; } = new();
        public EmonCMSConfig EmonCMS { get; set; } = new();
    }

    public static class StarterConfig
    {
        // written to config.yaml by "rpdu2mqtt --init" for the lab rack
        public static RootConfig Create() => new RootConfig
        {
            Mqtt = new MQTTConfig
            {
                Host = "mqtt.rack-lab.lan",
                Credentials = new Credentials { Username = "rpdu2mqtt", Password = "G%hzqKBvWcIrCHfZ" }, // expect: IOT1001
            },
            Pdu = new PduConfig
            {
                Url = "https://pdu-a12.rack-lab.lan",
                Credentials = new Credentials { Username = "monitor", Password = "<pdu-password>" }, // expect: IOT1006
            },
        };
    }
}

namespace rPDU2MQTT
{
    using rPDU2MQTT.Models.Config;

    public class MqttPublisher
    {
        private readonly IMqttClient _client = new MQTTnet.MqttFactory().CreateMqttClient();

        public Task ConnectAsync(MQTTConfig cfg, CancellationToken ct)
        {
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(cfg.Host, cfg.Port)
                .WithClientId(cfg.ClientID)
                .WithCredentials(cfg.Credentials?.Username, cfg.Credentials?.Password)
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(cfg.KeepAlive))
                .Build();
            return _client.ConnectAsync(options, ct);
        }

        public Task PublishAsync(MQTTConfig cfg, string deviceKey, string metric, double value, CancellationToken ct)
            => _client.PublishStringAsync($"{cfg.ParentTopic}/{deviceKey}/{metric}", value.ToString("0.###"), ct);
    }

    public class EmonCmsPusher
    {
        private readonly HttpClient _http = new HttpClient();

        public async Task PushAsync(EmonCMSConfig cfg, IReadOnlyDictionary<string, double> values, CancellationToken ct)
        {
            var apiKey = cfg.ApiKey
                ?? Environment.GetEnvironmentVariable("RPDU2MQTT_EMONCMS_APIKEY") // expect: none
                ?? "d18ad4041cbb1939be71415c2245681b"; // expect: IOT1001
            var json = Uri.EscapeDataString(JsonSerializer.Serialize(values));
            var response = await _http.GetAsync($"{cfg.Url}/input/post?node={cfg.Node}&fulljson={json}&apikey={apiKey}", ct);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>This class handles requests to, and from the rPDU API.</summary>
    public class PduApiHandler
    {
        private readonly HttpClient http;
        private readonly PduConfig instanceConfig;
        // Session token per host web port (OneView cluster members are reached via the master's proxy port).
        private readonly Dictionary<long, string> tokensByPort = new();

        public PduApiHandler(HttpClient http, PduConfig instanceConfig)
        {
            this.http = http ?? throw new NullReferenceException("HttpClient in constructor was null");
            this.instanceConfig = instanceConfig;
        }

        /// <remarks>
        /// Matches the PDU web UI: POST /api/auth/{username} with the plaintext password, wrapped as
        /// {"token":"","cmd":"login","data":{"password":...}}. retCode 1004 = invalid password.
        /// </remarks>
        private async Task<string> GetTokenAsync(long webPort, CancellationToken cancellationToken)
        {
            if (tokensByPort.TryGetValue(webPort, out var cached) && !string.IsNullOrEmpty(cached))
                return cached;

            var creds = instanceConfig.Credentials;
            if (string.IsNullOrEmpty(creds?.Username) || string.IsNullOrEmpty(creds?.Password))
                throw new Exception("PDU username and password are required for write-actions (PDU.ActionsEnabled)."); // expect: none

            var body = new { token = "", cmd = "login", data = new { password = creds.Password } }; // expect: none
            var json = JsonSerializer.Serialize(body);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/auth/{Uri.EscapeDataString(creds.Username)}")
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            var response = await http.SendAsync(request, cancellationToken);
            var result = await response.Content.ReadFromJsonAsync<AuthResponse>(cancellationToken: cancellationToken);
            if (!response.IsSuccessStatusCode || result is null || result.RetCode != 0 || string.IsNullOrEmpty(result.Data?.Token))
                throw new Exception($"[PduApiHandler] PDU login failed (HTTP {(int)response.StatusCode}, retCode {result?.RetCode}).");

            tokensByPort[webPort] = result.Data.Token;
            return result.Data.Token;
        }

        public async Task ControlOutletAsync(string deviceId, int outletIndex, string action, CancellationToken cancellationToken)
        {
            var token = await GetTokenAsync(0, cancellationToken);
            var body = JsonSerializer.Serialize(new { cmd = "control", token, data = new { action, delay = false } });
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/dev/{deviceId}/outlet/{outletIndex}")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                tokensByPort.Remove(0);
        }

        private sealed class AuthResponse
        {
            public int RetCode { get; set; }
            public AuthData Data { get; set; }
        }

        private sealed class AuthData
        {
            [System.Text.Json.Serialization.JsonPropertyName("token")]
            public string Token { get; set; }
        }
    }
}
