// Real source: GaryJS3/InverterMonitor MqttPublisher.cs (2a7ec8c7), MonitorSettings.cs (2a7ec8c7)
// Domain: a home solar monitor that polls an SRNE / Sun Gold Power hybrid inverter over Modbus RTU through a TCP serial
//   gateway and publishes the readings to MQTT with Home Assistant discovery.
// Kept: MonitorSettings / MqttSettings with their defaults (gateway host and port, client id, topic prefix, empty user name
//   and password), EnsureConnectedAsync building the MQTTnet v5 options with WithCredentials when a user name is set,
//   PublishStringAsync, DisconnectAsync.
// Trimmed: PublishAsync's snapshot / discovery publishing, MqttStatus, SafeDisconnectAsync, the topic sanitisers.
// Changed: the primary-constructor logger is an ordinary constructor parameter kept in a field.
// Shimmed (_Stubs.cs): the v5 MqttClientFactory / IMqttClient / MqttApplicationMessageBuilder and the v5 builder's
//   WithClientId / WithCleanSession / WithTimeout; ILogger<T>.
// Replaced: nothing; the password is empty in the defaults and set by the user in the web UI.
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MQTTnet;

namespace InverterMonitor
{
    public sealed record MonitorSettings
    {
        public string GatewayHost { get; init; } = "10.44.0.173";
        public int GatewayPort { get; init; } = 4196;
        public byte SlaveId { get; init; } = 1;
        public int PollIntervalMs { get; init; } = 2000;
        public string InverterDefinitionId { get; init; } = "srne-sun-gold-sph8048";
        public string Brand { get; init; } = "SRNE / Sun Gold Power";
        public string Model { get; init; } = "SPH8048";
        public bool PollingEnabled { get; init; } = true;
        public MqttSettings Mqtt { get; init; } = new();
    }

    public sealed record MqttSettings
    {
        public bool Enabled { get; init; }
        public string Host { get; init; } = "";
        public int Port { get; init; } = 1883;
        public string ClientId { get; init; } = "invertermonitor";
        public string TopicPrefix { get; init; } = "invertermonitor";
        public string Username { get; init; } = "";
        public string Password { get; init; } = ""; // expect: none
        public bool Retain { get; init; } = true;
        public bool HomeAssistantDiscovery { get; init; } = true;
    }

    public sealed class MqttPublisher
    {
        private readonly ILogger<MqttPublisher> logger;
        private IMqttClient? client;
        private string activeConnectionKey = "";

        public MqttPublisher(ILogger<MqttPublisher> logger) => this.logger = logger;

        private async Task EnsureConnectedAsync(MqttSettings settings, CancellationToken cancellationToken)
        {
            var connectionKey = $"{settings.Host}|{settings.Port}|{settings.ClientId}|{settings.Username}";
            if (client is { IsConnected: true } && string.Equals(activeConnectionKey, connectionKey, StringComparison.Ordinal))
            {
                return;
            }

            await DisconnectAsync(cancellationToken);

            client = new MqttClientFactory().CreateMqttClient();
            var builder = new MqttClientOptionsBuilder()
                .WithClientId(settings.ClientId)
                .WithTcpServer(settings.Host, settings.Port)
                .WithCleanSession()
                .WithTimeout(TimeSpan.FromSeconds(5));

            if (!string.IsNullOrWhiteSpace(settings.Username))
            {
                builder = builder.WithCredentials(settings.Username, settings.Password); // expect: none
            }

            await client.ConnectAsync(builder.Build(), cancellationToken);
            activeConnectionKey = connectionKey;
        }

        public async Task PublishStringAsync(MqttSettings settings, string topic, string payload, CancellationToken cancellationToken)
        {
            await EnsureConnectedAsync(settings, cancellationToken);
            if (client is not { IsConnected: true })
            {
                throw new InvalidOperationException("MQTT client is not connected.");
            }

            var message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload)
                .WithRetainFlag(settings.Retain)
                .Build();

            await client.PublishAsync(message, cancellationToken);
        }

        private async Task DisconnectAsync(CancellationToken cancellationToken)
        {
            if (client is { IsConnected: true })
            {
                await client.DisconnectAsync(cancellationToken: cancellationToken);
            }

            client?.Dispose();
            client = null;
            activeConnectionKey = "";
            logger.LogInformation("MQTT client reset");
        }
    }
}
