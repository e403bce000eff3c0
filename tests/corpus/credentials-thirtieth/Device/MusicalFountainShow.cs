// Written for corpus30 (invented code): show controller of a municipal musical fountain in a city plaza (pump drives, nozzle-ring
// valves, Art-Net lighting nodes), fetching the day's shows from the parks department's scheduler and reporting over MQTT / AMQP.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Amqp;
using MqttOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace Corpus30.MusicalFountain
{
    internal static class FountainSecrets
    {
        public const string BrokerUser = "plaza-fountain";
        public const string BrokerPassword = "P6QRERuJcpyB8As1KtRA"; // expect: IOT1001
        public const string NodeApiKeyHeader = "X-Api-Key"; // expect: none
        public const string ShowOverrideCode = "922854"; // expect: IOT1004
        public const string LightingConsoleJwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJjZDUwMmIwZmU5ZjUxZmRlMTZmODVhMmY5Y2VjMTMwZCIsImlhdCI6MTczNzA1MzA2MCwiZXhwIjoyMDUyNDEzMDYwfQ.5BZb0EsvblLCxdLlEiCNX9VTZClCfRbwKOrw8s-nJrY"; // expect: IOT1003
    }

    public sealed record NozzleNode(string Ring, string Host);

    public sealed class FountainShowController
    {
        private const int MainPumpEnablePin = 17; // expect: none
        private const string SchedulerClientTokenId = "6f1d2c4e-8b3a-4f0e-9d21-5c7e8a9b0f13"; // expect: none
        private readonly HttpClient _http = new();
        private readonly Random _rng = new();
        private MQTTnet.Client.IMqttClient? _mqtt;

        public async Task ConnectBrokerAsync(CancellationToken ct)
        {
            var options = new MqttOptionsBuilder()
                .WithTcpServer("fountain-broker.parks.local", 8883)
                .WithCredentials(FountainSecrets.BrokerUser, FountainSecrets.BrokerPassword)
                .WithTls()
                .Build();
            _mqtt = new MQTTnet.MqttFactory().CreateMqttClient();
            await _mqtt.ConnectAsync(options, ct);
        }

        // Each nozzle ring's Art-Net node has its own REST key.
        private static string NodeKeyFor(string ring) => ring switch
        {
            "outer" => "2e804ea7ba3c241e4814d04c08832c8c", // expect: IOT1001
            "middle" => "917fca37f867e64cb5d2ebae6d0e979e", // expect: IOT1001
            _ => string.Empty,
        };

        public async Task PushCueAsync(NozzleNode node, string cueJson)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"http://{node.Host}/api/cue");
            request.Headers.Add(FountainSecrets.NodeApiKeyHeader, NodeKeyFor(node.Ring));
            request.Content = new StringContent(cueJson, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }

        public async Task<string> FetchScheduleAsync()
        {
            const string schedulerUser = "fountain-ops";
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(schedulerUser + ":" + "8HL8h9#rkng6U@")); // expect: IOT1001
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            _http.DefaultRequestHeaders.Add("X-Client-Id", SchedulerClientTokenId);
            return await _http.GetStringAsync("https://scheduler.parks.example/api/shows/today");
        }

        public async Task SetLightingSceneAsync(string scene)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "http://lighting-console.plaza.local/api/scene/" + scene);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", FountainSecrets.LightingConsoleJwt);
            await _http.SendAsync(request);
        }

        public Address TelemetryBus() => new Address("amqps://fountain:<telemetry-password>@bus.parks.example:5671"); // expect: IOT1006

        // The wall-mounted panel's own REST endpoint checks the Basic header it receives.
        public static bool PanelRequestAuthorized(string authorizationHeader)
            => authorizationHeader == "Basic c2hvdy1wYW5lbDo0VSVLX1c5QiVsd3Q="; // expect: IOT1001

        public static bool OperatorLogin(string user, string password)
            => user == "operator" && password == "admin"; // expect: IOT1002

        public bool OverrideAccepted(string entered)
        {
            Console.WriteLine("Enter the six-digit show override code to stop all pumps."); // expect: none
            return entered.Trim() == FountainSecrets.ShowOverrideCode;
        }

        public static string NodeSetupPassword(PhysicalAddress nodeMac)
        {
            var mac = nodeMac.GetAddressBytes();
            return "Jet-" + BitConverter.ToString(mac, 3).Replace("-", ""); // expect: IOT1005
        }

        public string NewConsoleSessionId()
        {
            var sessionId = _rng.Next().ToString("x8") + _rng.Next().ToString("x8"); // expect: IOT3005
            return sessionId;
        }

        public int NextJetDelayMs() => 40 + _rng.Next(0, 25); // expect: none

        public void EnableMainPump(Action<int, bool> writePin) => writePin(MainPumpEnablePin, true);
    }
}
