// Real source: ed10vi/TTNet.Data AppBase.cs (+ App.cs Connect and the README usage example)
// Domain: LoRaWAN soil-moisture network on The Things Stack; the irrigation controller reads uplinks over MQTT.
// Kept: AppBase.GetMqttClientOptions(server, port, withTls, username, apiKey) building
// WithClientId/WithTcpServer/WithCredentials(username, apiKey)/WithCleanSession, the tenant "ttn" default,
// the README call app.Connect(cluster, port, withTls, username, apiKey) with its XXXXX.XXXX... placeholder key.
// Changed: the library's managed-client branch, events and message parsing are trimmed; WithTls takes no
// options (stub surface). Added (marked): the irrigation controller's own connect with its application API key,
// the key-format check, the API key name and the pump-house legacy key.
using System;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Client;
// Stub surface: MQTTnet v4 and v5 both declare these names; the v4 ones are meant.
using MqttClientOptions = MQTTnet.Client.MqttClientOptions;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace TTNet.Data
{
    /// <summary>
    /// A The Things Network Application Data connection.
    /// </summary>
    public class App : IDisposable
    {
        private readonly IMqttClient _mqttClient;

        public string ClientID { get; private set; }
        public string AppID { get; private set; }
        public string TenantID { get; private set; }

        public App(string appId, string tenantId = "ttn")
        {
            AppID = appId;
            TenantID = tenantId;
            ClientID = Guid.NewGuid().ToString();
            _mqttClient = new MqttFactory().CreateMqttClient();
        }

        private protected MqttClientOptions GetMqttClientOptions(string server, int port, bool withTls, string username, string apiKey)
        {
            var o = new MqttClientOptionsBuilder()
                .WithClientId(ClientID)
                .WithTcpServer(server, port)
                .WithCredentials(username, apiKey)
                .WithCleanSession();
            return withTls ? o.WithTls().Build() : o.Build();
        }

        /// <summary>
        /// Connect to The Things Network server.
        /// </summary>
        public async Task Connect(string server, int port, bool withTls, string username, string apiKey, CancellationToken cancellationToken = default)
        {
            await _mqttClient.ConnectAsync(GetMqttClientOptions(server, port, withTls, username, apiKey), cancellationToken);
        }

        public void Dispose() => _mqttClient.Dispose();
    }

    public static class ReadmeExample
    {
        public static async Task Run()
        {
            var app = new App("Your app ID");
            await app.Connect("eu1.cloud.thethings.network", 8883, true, "username@ttn", "XXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX.XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"); // expect: IOT1006
        }
    }

    // Added: the irrigation controller of the orchard site.
    public static class OrchardUplinks
    {
        private const string OrchardAppId = "orchard-soil-2024";
        private const string OrchardApiKeyName = "irrigation-controller-read"; // expect: none
        private const string ApiKeyPattern = "^NNSXS\\.[A-Z0-9]{39}\\.[A-Z0-9]{52}$"; // expect: none
        private const string OrchardApiKey = "NNSXS.PHVJ226VVG4Q67UAXGIYMXOQNMQWTZE3TIJN4F6.642FTXXMTY7L4YHAKHVORT4XDKOCQ2PUEPTLO64XPZYXGK4GI4WA"; // expect: IOT1001

        public static async Task<App> ConnectAsync()
        {
            var app = new App(OrchardAppId);
            await app.Connect("eu1.cloud.thethings.network", 8883, true, OrchardAppId + "@ttn", OrchardApiKey);
            return app;
        }

        // Added: the pump-house gateway still uses the legacy v2 access key of the old console.
        public static Task ConnectPumpHouse(App app) =>
            app.Connect("eu.thethings.network", 8883, true, "pumphouse-legacy", "ttn-account-v2.qH2sVf8LkXw0pZr4TnYb6Jc1mDe9UaGo3RiKtQ5"); // expect: IOT1001
    }
}
