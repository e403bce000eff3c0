// Real source: https://github.com/armeldemarsac92/dotnet_meshtastic_mqtt/blob/40040c8bccb24c91dfd38494b452b0a25a486c0b/src/MeshBoard.Infrastructure.Meshtastic/Mqtt/MqttSession.cs
// (also Runtime/StaticBrokerServerProfileRepository.cs, Mqtt/MqttSessionConnectionSettings.cs)
// Meshtastic MQTT collector (MQTTnet v5). Kept: MqttSession.ConnectAsync with WithCredentials only when a user name
// is set, WithTlsOptions, CreateClientId from the machine name and a GUID, the static broker profile with its fixed
// GUID, connection settings copied from the profile. Added: the settings the developer compose file's broker uses,
// the downlink packet id.
using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;

namespace MeshBoard.Contracts.Configuration
{
    public sealed class BrokerOptions
    {
        public string Host { get; set; } = "mqtt.meshtastic.org";
        public int Port { get; set; } = 1883;
        public bool UseTls { get; set; }
        public string Username { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
        public string ClientId { get; set; } = "meshboard-local";
        public string DownlinkTopic { get; set; } = "msh/EU_868/2/e/LongFast/!meshboard";
    }

    public sealed class BrokerServerProfile
    {
        public Guid Id { get; set; }
        public string Name { get; set; }
        public string Host { get; set; }
        public int Port { get; set; }
        public bool UseTls { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
    }
}

namespace MeshBoard.Infrastructure.Meshtastic.Mqtt
{
    using MeshBoard.Contracts.Configuration;

    public sealed class MqttSessionConnectionSettings
    {
        public string WorkspaceId { get; init; } = "static";
        public string Host { get; init; }
        public int Port { get; init; }
        public bool UseTls { get; init; }
        public string Username { get; init; }
        public string Password { get; init; }
        public string ServerAddress => $"{Host}:{Port}";

        public static MqttSessionConnectionSettings FromProfile(string workspaceId, BrokerServerProfile profile) => new()
        {
            WorkspaceId = workspaceId,
            Host = profile.Host,
            Port = profile.Port,
            UseTls = profile.UseTls,
            Username = profile.Username,
            Password = profile.Password,
        };

        // the mosquitto container from docker-compose.dev.yml
        public static MqttSessionConnectionSettings ForComposeBroker() => new()
        {
            WorkspaceId = "dev",
            Host = "localhost",
            Port = 1883,
            Username = "meshboard-dev",
            Password = "sfh@5laBxUFsQ8#l", // expect: IOT1001
        };
    }

    internal static class StaticBrokerServerProfile
    {
        public const string StaticWorkspaceId = "static";
        private static readonly Guid StaticProfileId = Guid.Parse("00000000-0000-0000-0000-000000000001"); // expect: none

        public static BrokerServerProfile Create(BrokerOptions options) => new BrokerServerProfile
        {
            Id = StaticProfileId,
            Name = "static",
            Host = options.Host,
            Port = options.Port,
            UseTls = options.UseTls,
            Username = options.Username,
            Password = options.Password,
        };
    }

    internal sealed class MqttSession
    {
        private readonly BrokerOptions _fallbackBrokerOptions;
        private readonly MqttSessionConnectionSettings _connectionSettings;
        private readonly IMqttClient _mqttClient;
        private readonly SemaphoreSlim _semaphore = new(1, 1);
        private readonly ConcurrentDictionary<string, byte> _topicFilters = new(StringComparer.Ordinal);
        private string _currentClientId = "meshboard";
        private string _lastStatusMessage;

        public MqttSession(MqttSessionConnectionSettings connectionSettings, BrokerOptions brokerOptions)
        {
            _connectionSettings = connectionSettings;
            _fallbackBrokerOptions = brokerOptions;
            _currentClientId = CreateClientId(_fallbackBrokerOptions.ClientId);
            _mqttClient = new MqttClientFactory().CreateMqttClient();
        }

        public bool IsConnected => _mqttClient.IsConnected;

        public async Task ConnectAsync(CancellationToken cancellationToken = default)
        {
            await _semaphore.WaitAsync(cancellationToken);
            try
            {
                if (_mqttClient.IsConnected)
                    return;

                _currentClientId = CreateClientId(_fallbackBrokerOptions.ClientId);

                var builder = new MqttClientOptionsBuilder()
                    .WithClientId(_currentClientId)
                    .WithTcpServer(_connectionSettings.Host, _connectionSettings.Port)
                    .WithCleanSession();

                if (!string.IsNullOrWhiteSpace(_connectionSettings.Username))
                {
                    builder.WithCredentials(_connectionSettings.Username, _connectionSettings.Password);
                }

                if (_connectionSettings.UseTls)
                {
                    builder.WithTlsOptions(o => o.UseTls());
                }

                await _mqttClient.ConnectAsync(builder.Build(), cancellationToken);
                _lastStatusMessage = $"Connected to {_connectionSettings.ServerAddress} as {_currentClientId}.";
            }
            finally
            {
                _semaphore.Release();
            }
        }

        public Task PublishDownlinkAsync(string topic, byte[] encryptedPayload, CancellationToken cancellationToken)
        {
            // Meshtastic packet ids only need to be unique per sender for a while (dedup on the mesh)
            var packetId = (uint)Random.Shared.Next(); // expect: none
            _lastStatusMessage = $"Publishing packet {packetId:x8} to {topic}.";
            return _mqttClient.PublishBinaryAsync(topic, encryptedPayload, cancellationToken);
        }

        private static string CreateClientId(string configuredClientId)
        {
            if (!string.IsNullOrWhiteSpace(configuredClientId) && configuredClientId != "meshboard-local")
            {
                return configuredClientId;
            }

            return $"meshboard-{Environment.MachineName.ToLowerInvariant()}-{Guid.NewGuid():N}"; // expect: none
        }
    }
}
