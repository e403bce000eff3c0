// Real source: ArkadiuszSzczotka/UdpEsp8266App MqttService.cs (7e827f88f28077d71062ce28255f8dad19eb5319)
// Domain: desktop / MAUI companion app for ESP8266 boards that talks to them over UDP and mirrors commands through an
// MQTT broker. Kept: the MQTTnet v5 factory and client, the unused default options for the public HiveMQ broker, the
// ConnectAsync(brokerUrl, clientId) method (anonymous: no credentials anywhere), the publish with its status strings.
// Trimmed: QoS / retain options, disconnect. Changed: the application-message builder became PublishStringAsync.
// Added: nothing.
using System;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;

namespace UdpEsp8266App.Services
{
    public class MqttService
    {
        private readonly IMqttClient _mqttClient;
        private MqttClientOptions? _mqttClientOptions;

        public MqttService()
        {
            var mqttFactory = new MqttClientFactory();
            _mqttClient = mqttFactory.CreateMqttClient();
            // Use builder classes where possible
            var mqttClientOptions = new MqttClientOptionsBuilder().WithTcpServer("broker.hivemq.com").Build(); // expect: none
        }

        public async Task<string> ConnectAsync(string brokerUrl, string clientId, CancellationToken cancellationToken = default)
        {
            _mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(brokerUrl)
                .WithClientId(clientId)
                .Build();

            try
            {
                await _mqttClient.ConnectAsync(_mqttClientOptions, cancellationToken);
                return "Connected to MQTT broker successfully.";
            }
            catch (Exception ex)
            {
                return $"Error connecting to MQTT broker: {ex.Message}";
            }
        }

        public async Task<string> PublishAsync(string topic, string payload, CancellationToken cancellationToken = default)
        {
            if (_mqttClient == null || !_mqttClient.IsConnected)
            {
                return "MQTT client is not connected.";
            }

            try
            {
                await _mqttClient.PublishStringAsync(topic, payload, cancellationToken);
                return $"Message published to topic '{topic}': {payload}";
            }
            catch (Exception ex)
            {
                return $"Error publishing message: {ex.Message}";
            }
        }
    }
}
