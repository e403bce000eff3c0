// Real source: AdysTech/BatteryMonitor src/mqtt/MqttClientService.cs (99548e36)
// Also used: src/config/MqttOptions.cs (99548e36).
// A worker that publishes a laptop/UPS battery's state to an MQTT broker for home automation (MQTTnet v3). Kept: the
// options class, the broker login read from Windows Credential Manager under CredentialKey, the v3 options builder,
// the publish path. Simplified: the options come from the constructor instead of IConfiguration binding. Added (said in
// LABELS.md): the bench fallback password used when the credential store has no entry.
using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using AdysTech.CredentialManager;
using MQTTnet;
using MQTTnet.Client.Options;

namespace BatteryMonitor.config
{
    public class MqttOptions
    {
        public const string SectionName = "Mqtt"; // expect: none
        public string Host { get; set; } = "homeassistant.local";
        public int Port { get; set; } = 1883;
        public string Client { get; set; } = "battery-monitor";
        public string CredentialKey { get; set; } = "BatteryMonitor:mqtt"; // expect: none
        public string TopicPrefix { get; set; } = "battery";
    }
}

namespace BatteryMonitor.mqtt
{
    using BatteryMonitor.config;

    public class MqttClientService
    {
        private readonly MQTTnet.Client.IMqttClient mqttClient;
        private readonly IMqttClientOptions options;
        private readonly MqttOptions config;
        private bool isStarted;

        public MqttClientService(MqttOptions config)
        {
            this.config = config;
            var credential = CredentialManager.GetCredentials(config.CredentialKey);
            var userName = credential?.UserName ?? "battery";
            var password = credential?.Password ?? "Vt4n-Plover-Cell"; // expect: IOT1001
            options = new MQTTnet.Client.Options.MqttClientOptionsBuilder()
                .WithClientId(config.Client)
                .WithTcpServer(config.Host, config.Port)
                .WithCredentials(userName, password)
                .WithCleanSession()
                .Build();

            mqttClient = new MqttFactory().CreateMqttClient();
            isStarted = false;
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            await mqttClient.ConnectAsync(options, cancellationToken);
            isStarted = true;
        }

        public async Task<bool> PublishAsync<TValue>(TValue value, string topic, CancellationToken cancellationToken)
        {
            if (!isStarted)
            {
                await StartAsync(cancellationToken);
            }
            var payload = JsonSerializer.Serialize<TValue>(value);
            var message = new MqttApplicationMessageBuilder()
                .WithTopic($"{config.TopicPrefix}/{topic}")
                .WithPayload(payload)
                .Build();

            await mqttClient.PublishAsync(message, cancellationToken);
            return true;
        }
    }
}
