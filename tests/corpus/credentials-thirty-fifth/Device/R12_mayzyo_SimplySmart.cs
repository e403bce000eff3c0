// Real source: mayzyo/SimplySmart MqttClientService.cs (28483033)
// Domain: a home-automation helper that sorts Frigate NVR camera events (person / car detections) arriving over MQTT and
//   acts on them in the owner's smart home.
// Kept: the hosted service's start / stop, the MQTTnet v4 managed client options with the broker from MQTT_URL and the
//   credentials from GetCredentials, the subscription to frigate/events, GetCredentials reading MQTT_USERNAME /
//   MQTT_PASSWORD from the environment and falling back to user secrets.
// Trimmed: the message-received handler and its service scope (IFrigateEventHandler), IServiceProvider.
// Changed: AddUserSecrets<Program>() names this class (the project's Program class was not read); `using MQTTnet;` is an
//   alias for MqttTopicFilterBuilder (the shared stubs declare the v4 and v5 option builders in both namespaces).
// Shimmed (_Stubs.cs): IHostedService, the v4 managed client (IManagedMqttClient, ManagedMqttClientOptionsBuilder),
//   MqttTopicFilter / MqttTopicFilterBuilder, the v4 builder's WithCredentials(MqttClientCredentials), ConfigurationBuilder
//   with AddUserSecrets and its providers' TryGet, ILogger<T>.
// Replaced: nothing; no credential is written in the source.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet.Client;
using MqttTopicFilterBuilder = MQTTnet.MqttTopicFilterBuilder;
using MQTTnet.Extensions.ManagedClient;
using MQTTnet.Packets;

namespace SimpleFrigateSorter
{
    public class MqttClientService : IHostedService
    {
        private readonly ILogger<MqttClientService> logger;
        private readonly IManagedMqttClient managedMqttClient;

        public MqttClientService(ILogger<MqttClientService> logger, IManagedMqttClient managedMqttClient)
        {
            this.logger = logger;
            this.managedMqttClient = managedMqttClient;
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            var mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(Environment.GetEnvironmentVariable("MQTT_URL"))
                .WithCredentials(GetCredentials())
                .Build();

            var managedMqttClientOptions = new ManagedMqttClientOptionsBuilder()
                .WithClientOptions(mqttClientOptions)
                .Build();

            try
            {
                await managedMqttClient.StartAsync(managedMqttClientOptions);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Error connecting to MQTT server");
            }

            try
            {
                var topics = new List<MqttTopicFilter>
                {
                    new MqttTopicFilterBuilder().WithTopic("frigate/events").Build()
                };

                await managedMqttClient.SubscribeAsync(topics);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Error subscribing to MQTT server");
            }

            logger.LogInformation("MQTT client started");
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            await managedMqttClient.StopAsync();
            logger.LogInformation("MQTT client stopped");
        }

        private MqttClientCredentials GetCredentials()
        {
            var username = Environment.GetEnvironmentVariable("MQTT_USERNAME"); // expect: none
            var password = Environment.GetEnvironmentVariable("MQTT_PASSWORD"); // expect: none

            if (username == null || password == null)
            {
                var config = new ConfigurationBuilder().AddUserSecrets<MqttClientService>().Build();

                var secretProvider = config.Providers.First();
                secretProvider.TryGet("MQTT_USERNAME", out username);
                secretProvider.TryGet("MQTT_PASSWORD", out password); // expect: none
            }

            return new MqttClientCredentials(username, Encoding.ASCII.GetBytes(password));
        }
    }
}
