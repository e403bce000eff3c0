// Real source: kristoffer-tungland/LoxNet LoxNet.Bridge/src/Bridge/Mqtt/MqttService.cs (22bee78d85f8cb931dd32b6cf54e43a0e96828de), LoxNet.Bridge/src/Bridge/Config/BridgeConfig.cs (3ad6d8037e8daf46155d21099e16257cb4873670)
// Domain: a bridge between a Loxone Miniserver and Zigbee lights behind zigbee2mqtt (MQTTnet v5), configured from YAML.
// Kept: the configuration sections (Loxone user/password and MQTT user/password read from the config file, the default
// client id and base topic) and MqttService.StartAsync's options builder and connect call.
// Trimmed: validation, mappings, the message handlers, Home Assistant discovery and subscribe logic.
// Changed: namespace prefixed with Corpus32.R02; [Required] attributes dropped.
// Shimmed (in _Stubs.cs): MQTTnet v5 IMqttClient / MqttClientFactory and MqttClientOptionsBuilder.WithClientId.
// Added: a Microsoft.Extensions.Logging-free constructor. No secret in the original (hard negatives only).
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;

namespace Corpus32.R02.LoxNetBridge
{
    public class BridgeConfig
    {
        public LoxoneSection Loxone { get; init; } = new();
        public MqttSection Mqtt { get; init; } = new();
    }

    public class LoxoneSection
    {
        public string Host { get; init; } = string.Empty;
        public int Port { get; init; } = 80;
        public bool UseHttps { get; init; }
        public string User { get; init; } = string.Empty;
        public string Password { get; init; } = string.Empty; // expect: none
        public string? Loxapp3Path { get; init; }
    }

    public class MqttSection
    {
        public string Host { get; init; } = string.Empty;
        public int Port { get; init; } = 1883;
        public string? Username { get; init; }
        public string? Password { get; init; }
        public string ClientId { get; init; } = "loxone-z2m-bridge"; // expect: none
        public string BaseTopic { get; init; } = "zigbee2mqtt";
    }

    public class MqttService
    {
        private readonly IMqttClient _client;

        public MqttService(IMqttClient? client = null)
        {
            _client = client ?? new MqttClientFactory().CreateMqttClient();
        }

        public IMqttClient Client => _client;

        public async Task StartAsync(BridgeConfig config, CancellationToken cancellationToken)
        {
            var mqttOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(config.Mqtt.Host, config.Mqtt.Port)
                .WithClientId(config.Mqtt.ClientId)
                .WithCredentials(config.Mqtt.Username, config.Mqtt.Password) // expect: none
                .Build();

            await _client.ConnectAsync(mqttOptions, cancellationToken).ConfigureAwait(false);
        }

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
