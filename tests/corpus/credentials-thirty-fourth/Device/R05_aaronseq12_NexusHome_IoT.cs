// Real source: aaronseq12/NexusHome_IoT MqttService.cs (bc45352f2c0d4e49d841bb9d879016769160dc59)
// Domain: home energy management hub (smart plugs, solar inverter, battery) bridging a local MQTT broker to Azure IoT
// Hub. Kept: the IoT Hub device connection string read with GetConnectionString("IoTHub") and handed to
// DeviceClient.CreateFromConnectionString, the broker host / port / client id read from configuration with a generated
// fallback client id, the device topic list, the telemetry forwarding. Trimmed: the EF Core data processing, the
// heartbeat timer, direct methods, events. Changed: GetValue<int> became int.Parse of the indexer; the MQTTnet v4
// builder's WithKeepAlivePeriod / WithCleanSession dropped. Added: nothing.
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using MQTTnet.Client;

namespace NexusHome.IoT
{
    public class MqttService
    {
        private readonly ILogger _logger;
        private readonly IConfiguration _configuration;
        private MQTTnet.Client.IMqttClient? _mqttClient;
        private readonly DeviceClient? _azureDeviceClient;
        private readonly CancellationTokenSource _cancellationTokenSource = new();

        public MqttService(ILogger logger, IConfiguration configuration)
        {
            _logger = logger;
            _configuration = configuration;

            // Initialize Azure IoT Hub Device Client if connection string is provided
            var azureConnectionString = _configuration.GetConnectionString("IoTHub"); // expect: none
            if (!string.IsNullOrEmpty(azureConnectionString))
            {
                try
                {
                    _azureDeviceClient = DeviceClient.CreateFromConnectionString(azureConnectionString, TransportType.Mqtt);
                    _logger.LogInformation("Azure IoT Hub Device Client initialized successfully");
                }
                catch (Exception ex)
                {
                    _logger.LogError(ex, "Failed to initialize Azure IoT Hub Device Client");
                }
            }
        }

        public async Task StartAsync()
        {
            var mqttFactory = new MQTTnet.MqttFactory();
            _mqttClient = mqttFactory.CreateMqttClient();

            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(_configuration["MQTT:BrokerHost"] ?? "localhost",
                               int.Parse(_configuration["MQTT:BrokerPort"] ?? "1883"))
                .WithClientId(_configuration["MQTT:ClientId"] ?? $"NexusHome_{Guid.NewGuid()}") // expect: none
                .Build();

            await _mqttClient.ConnectAsync(options, _cancellationTokenSource.Token);

            var topics = new[]
            {
                "nexushome/devices/+/data",
                "nexushome/devices/+/status",
                "nexushome/energy/+/consumption",
                "nexushome/solar/+/generation",
                "nexushome/battery/+/status",
                "nexushome/alerts/+"
            };
            foreach (var topic in topics)
            {
                await _mqttClient.SubscribeAsync(topic);
            }

            if (_azureDeviceClient != null)
            {
                await _azureDeviceClient.OpenAsync();
                _logger.LogInformation("Connected to Azure IoT Hub successfully");
            }
        }

        public async Task PublishAsync(string topic, string json)
        {
            if (_mqttClient?.IsConnected != true)
            {
                _logger.LogWarning("MQTT client is not connected. Cannot publish message to topic: {Topic}", topic);
                return;
            }

            await _mqttClient.PublishStringAsync(topic, json);

            if (_azureDeviceClient != null)
            {
                var azureMessage = new Message(Encoding.UTF8.GetBytes(json));
                azureMessage.Properties.Add("messageType", "telemetry");
                azureMessage.Properties.Add("topic", topic);
                await _azureDeviceClient.SendEventAsync(azureMessage);
            }
        }
    }
}
