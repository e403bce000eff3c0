// Real source: volker76/tuya_mqtt.net tuya_mqtt.net/Services/MqttClientService.cs (79a7bac4), tuya_mqtt.net/Data/MqttClientOptions.cs (b77c235e), tuya_mqtt.net/Data/TuyaDeviceInformation.cs (498c74bf)
// Domain: bridge between Tuya Wi-Fi smart plugs / sockets (local protocol with per-device local keys) and an MQTT broker.
// Kept: the MQTT options class with its empty credential defaults, the connect path (WithTcpServer, optional TLS / v5 /
//   no-fragmentation, WithCredentials only when MqttAuthentication is set), the "localhost" host default, the $SYS version
//   topic, the Tuya device record whose local Key comes from the user's configuration.
// Trimmed: subscriptions, publishing, heartbeat timer, health reporting, options-monitor reconnect, Abp AsyncHelper,
//   memory cache, the extended device record.
// Added: a minimal ILogger field use; nothing else.
// Shimmed: MQTTnet v4 IMqttClient / MqttFactory / MqttClientConnectResult and the builder's WithProtocolVersion,
//   WithoutPacketFragmentation and WithCleanSession (_Stubs.cs).
// Replaced: MqttClientOptionsBuilder written with its namespace (the corpus stubs hold MQTTnet v4 and v5 side by side);
//   nothing else (no credential is written in these files; the broker password and the Tuya local keys are user settings).
#nullable enable
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MQTTnet;
using MQTTnet.Client;
using MqttClientOptions = tuya_mqtt.net.Data.MqttClientOptions;

namespace tuya_mqtt.net.Data
{
    public class MqttClientOptions
    {
        public string MqttHost { get; set; } = String.Empty;
        public int MqttPort { get; set; } = -1;

        public bool MqttAuthentication { get; set; } = false;
        public string MqttUser { get; set; } = String.Empty;

        public string MqttPassword { get; set; } = String.Empty;

        public string MqttTopic { get; set; } = String.Empty;

        public bool MqttV5 { get; set; } = false;
        public bool MqttTls { get; set; } = false;
        public bool MqttNoFragmentation { get; set; } = false;
    }

    public class TuyaDeviceInformation
    {
        public string ID { get; set; } = string.Empty;
        public string Key { get; set; } = string.Empty;
        public string Address { get; set; } = string.Empty;
    }
}

namespace tuya_mqtt.net.Services
{
    public class MqttClientService
    {
        private readonly ILogger _logger;
        private readonly MqttFactory _mqttfactory;
        private IMqttClient? _mqttClient;

        private const string MqttVersionTopic = "$SYS/broker/version"; // expect: none

        public MqttClientOptions Options { get; set; }

        public MqttClientService(ILogger<MqttClientService> logger, MqttClientOptions options)
        {
            _logger = logger;
            Options = options;
            _mqttfactory = new MqttFactory();
        }

        public async Task ReconnectMqttBrokerAsync()
        {
            _mqttClient = CreateClient(_mqttfactory);
            if (_mqttClient == null)
            {
                throw new InvalidOperationException("MQTT Client object could not be created");
            }
            await ClientConnectAsync(_mqttClient, Options);
            _logger.LogInformation($"MQTT client connected to {Options.MqttHost}, version topic {MqttVersionTopic}");
        }

        private IMqttClient? CreateClient(MqttFactory factory)
        {
            var client = factory.CreateMqttClient();

            return client;
        }

        private Task<MqttClientConnectResult> ClientConnectAsync(IMqttClient client, MqttClientOptions localOptions)
        {
            int? port = null;
            if (localOptions.MqttPort > 0) port = localOptions.MqttPort;

            string host = "localhost"; // expect: none
            if (!string.IsNullOrEmpty(localOptions.MqttHost))
            {
                host = localOptions.MqttHost;
            }

            var mqttClientOptionsBuilder = new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer(host, port);

            if (localOptions.MqttTls)
                mqttClientOptionsBuilder = mqttClientOptionsBuilder.WithTls();
            if (localOptions.MqttV5)
                mqttClientOptionsBuilder = mqttClientOptionsBuilder.WithProtocolVersion(MQTTnet.Formatter.MqttProtocolVersion.V500);
            if (localOptions.MqttNoFragmentation)
                mqttClientOptionsBuilder = mqttClientOptionsBuilder.WithoutPacketFragmentation();

            if (localOptions.MqttAuthentication) //there is authentication needed
            {
                mqttClientOptionsBuilder =
                    mqttClientOptionsBuilder.WithCredentials(localOptions.MqttUser, localOptions.MqttPassword);
            }

            mqttClientOptionsBuilder = mqttClientOptionsBuilder.WithCleanSession();

            var mqttClientOptions = mqttClientOptionsBuilder.Build();

            return client.ConnectAsync(mqttClientOptions, CancellationToken.None);
        }
    }
}
