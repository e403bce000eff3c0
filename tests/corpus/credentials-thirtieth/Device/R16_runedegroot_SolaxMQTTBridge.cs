// Real source: runedegroot/SolaxMQTTBridge Program.cs (bcba7281) and MQTTService.cs (090e6d54)
// Domain: local bridge for a Solax X3 solar inverter's Wi-Fi dongle: runs its own MQTT broker on the dongle's port (DNS redirected
// from the vendor cloud), answers the dongle's time-sync requests and forwards the inverter data to the home MQTT broker.
// Kept: Program's CreateServer and CreateClientOptions (host and port from configuration), MQTTService's constructor, start / stop
//   and the time-sync branch of the publish interceptor.
// Changed: nothing was a secret; trimmed: the data-forwarding and Home Assistant discovery branches of the interceptor and the host
//   builder of Main.
// Shims: MQTTnet's server, managed client and topic comparer, and Microsoft.Extensions configuration / hosting are stand-ins in
//   _Stubs.cs.
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using MQTTnet;
using MQTTnet.Extensions.ManagedClient;
using MQTTnet.Server;
using System;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace SolaxMQTTBridge
{
    class Program
    {
        private static MqttServer CreateServer()
        {
            var mqttFactory = new MqttFactory();
            var mqttServerOptions = new MqttServerOptionsBuilder()
                .WithDefaultEndpoint()
                .WithDefaultEndpointPort(2901)
                .Build();

            return mqttFactory.CreateMqttServer(mqttServerOptions);
        }

        private static ManagedMqttClientOptions CreateClientOptions(IConfiguration configuration)
        {
            var mqttClientOptions = new MQTTnet.Client.MqttClientOptionsBuilder()
                .WithTcpServer(configuration.GetValue<string>("MQTT_HOST"), configuration.GetValue<int>("MQTT_PORT"))
                .Build();

            return new ManagedMqttClientOptionsBuilder()
                .WithClientOptions(mqttClientOptions)
                .Build();
        }
    }

    public class MQTTService : IHostedService
    {
        private readonly IManagedMqttClient _client;
        private readonly MqttServer _server;
        private readonly ManagedMqttClientOptions _clientOptions;
        private readonly string _topic;
        private readonly string _discoveryPrefix;

        public MQTTService(IManagedMqttClient client, MqttServer server, ManagedMqttClientOptions clientOptions, IConfiguration configuration)
        {
            _client = client;
            _server = server;
            _clientOptions = clientOptions;
            _topic = configuration.GetValue<string>("MQTT_TOPIC").Trim('/');
            _discoveryPrefix = configuration.GetValue<string>("MQTT_DISCOVERY_PREFIX").Trim('/');
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            // Start client
            await _client.StartAsync(_clientOptions);

            // Start server
            _server.InterceptingPublishAsync += MessageInterceptor;
            await _server.StartAsync();
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            // Wait until the queue is fully processed.
            SpinWait.SpinUntil(() => _client.PendingApplicationMessagesCount == 0, 10000);

            Console.WriteLine($"Pending messages = {_client.PendingApplicationMessagesCount}");

            await _server.StopAsync();
            await _client.StopAsync();
        }

        private async Task MessageInterceptor(InterceptingPublishEventArgs e)
        {
            // Handle sync time protocol
            // Whenever a 'reqsynctime' message is receiveed for an installation, we publish the current time to the 'respsynctime' topic
            if (MqttTopicFilterComparer.Compare(e.ApplicationMessage.Topic, "reqsynctime/#") == MqttTopicFilterCompareResult.IsMatch)
            {
                // Retrieve the SN
                var match = Regex.Match(e.ApplicationMessage.Topic, @"^reqsynctime\/(.*)$");
                var sn = match.Groups[1].Value;

                Console.WriteLine($"Sync time request received'");

                // Create the payload
                var now = DateTime.Now;
                var payload = $$""" {"month": "{{now.Month}}", "hour": "{{now.Hour}}", "year": "{{now.Year}}", "day": "{{now.Day}}", "minute": "{{now.Minute}}", "second": "{{now.Second}}"}""";
                var message = new MqttApplicationMessageBuilder().WithTopic($"respsynctime/{sn}").WithPayload(payload).Build();

                // Inject the response message
                await _server.InjectApplicationMessage(
                    new InjectedMqttApplicationMessage(message)
                    {
                        SenderClientId = "SolaxMQTTBridge"
                    });
            }

            // Catch whenever synctime protocol is succeeded
            if (MqttTopicFilterComparer.Compare(e.ApplicationMessage.Topic, "Synctime/#") == MqttTopicFilterCompareResult.IsMatch)
            {
                Console.WriteLine($"Sync time response received with payload '{e.ApplicationMessage.ConvertPayloadToString()}'");
            }

            // Forwarding of "loc/#" data and Home Assistant discovery on "base/up/#": trimmed for the corpus.
        }
    }
}
