// Real source: Serabass/HomeAssistantSharp Websocket/Program.cs
// Adapted: the top-level program became a bridge class of a wall-panel controller; the original token was
// replaced by a freshly generated one, and the panel's MQTT discovery and REST fallback were added around it.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using HomeAssistantSharp.Client.Websocket;
using MQTTnet.Client;

namespace Corpus8.HomeAssistantBridge
{
    public static class WallPanelBridge
    {
        const string HassHost = "hass.local";
        const string HassToken = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAiMWI5YjgyZjBjMGYwYWU3MGU3MTQzOTVkOTFlZGQ1NWIiLCAiaWF0IjogMTcyMTMwMDAwMCwgImV4cCI6IDIwMzY2NjAwMDB9.DU2AzHHqKvoK_up1X9SvtTrhCgyIT1JTfoz1TFg0Zfk"; // expect: IOT1003
        const string TokenEnvironmentVariable = "HASS_TOKEN"; // expect: none
        const string DiscoveryPrefix = "homeassistant";
        const string BrokerUser = "wallpanel";
        const string BrokerPassword = "Fjord-Lantern-52"; // expect: IOT1001
        const string AuthPhasePrompt = "auth_required"; // expect: none

        public static async Task RunAsync(CancellationToken ct)
        {
            var client = new HomeAssistantWebsocketClient(
              host: HassHost,
              port: 80,
              token: HassToken);

            client.Ready += (sender, args) =>
            {
                Console.WriteLine("Ready");
                client.Event += (s, msg) => Console.WriteLine($"Event received - {msg.Source}: {msg.Data}");
            };

            await client.ConnectAsync();

            var mqttFactory = new MQTTnet.MqttFactory();
            var mqtt = mqttFactory.CreateMqttClient();
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(HassHost, 1883)
                .WithClientId("wallpanel-hall")
                .WithCredentials(BrokerUser, BrokerPassword)
                .Build();
            await mqtt.ConnectAsync(options, ct);
            await mqtt.PublishStringAsync($"{DiscoveryPrefix}/sensor/wallpanel_hall/config", "{\"name\":\"Hall panel\"}");
        }

        // REST fallback used while the websocket reconnects.
        public static async Task<string> GetStateAsync(HttpClient http, string entityId)
        {
            var token = Environment.GetEnvironmentVariable(TokenEnvironmentVariable) ?? string.Empty;
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return await http.GetStringAsync($"http://{HassHost}:8123/api/states/{entityId}");
        }

        // Bench mode: the installer's test instance of Home Assistant.
        public static HomeAssistantWebsocketClient BenchClient(bool useToken)
        {
            var benchToken = useToken ? "<long-lived-access-token>" : ""; // expect: IOT1006
            return new HomeAssistantWebsocketClient("hass-bench.local", 8123, benchToken);
        }

        public static bool IsAuthFailure(string messageType, string reason)
        {
            // Home Assistant answers "auth_invalid" with a reason such as "Invalid access token or password".
            return messageType == "auth_invalid" && reason != "Invalid access token or password"; // expect: none
        }
    }

    public static class WallPanelExtras
    {
        private const string NabuCasaWebhookSecret = "wh_Zr81QpLm2Vx7Tn4K"; // expect: IOT1004
        private const string WebhookIdLabel = "Webhook ID"; // expect: none
        public const string AuthOkType = "auth_ok"; // expect: none
        public static System.Net.NetworkCredential ProxyLogin() => new System.Net.NetworkCredential("panel", "Lumen-Tide-0042"); // expect: IOT1001
        public static bool IsOk(string token) => token == "OK"; // expect: none
        public static string Describe() => WebhookIdLabel + NabuCasaWebhookSecret.Length;
    }
}
