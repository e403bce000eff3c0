// Real source: https://github.com/Jwagener1/Systems-One-MQTT-Service/blob/08cdf985c4b979c5f1327a45bf73dc8ddb58fe0d/MqttService.cs
// Worker-service MQTT publisher of a parcel dimensioning/weighing station (Systems One): last will on a retained
// status topic, station statistics (TotalItems, NoWeight, OutOfSpec ...) published over MQTT-over-WebSockets.
// Kept: the readonly broker fields (_brokerHost, _brokerPath, _username, _password) handed to WithCredentials, the
// last-will payload, the status and statistics messages, the reconnect on DisconnectedAsync.
// Changed: the original login ("Admin"/"Admin") is replaced by a station login (IOT1001); the shared v4 builder stub
// takes the WebSocket URI as a string.
// Added: a jittered reconnect delay from System.Random (none) and a per-message acknowledgement token drawn from the
// same generator in hex (IOT3005).
using System;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MQTTnet.Client;
using MQTTnet.Protocol;
using MqttFactory = MQTTnet.MqttFactory;
using MqttApplicationMessageBuilder = MQTTnet.MqttApplicationMessageBuilder;

namespace Systems_One_MQTT_Service
{
    /// <summary>Provides MQTT connectivity and message publishing for the worker service.</summary>
    public class MqttService : IDisposable
    {
        private readonly ILogger<MqttService> _logger;
        private readonly IMqttClient _mqttClient;
        private readonly MqttClientOptions _mqttClientOptions;
        private readonly Random _random = new Random();
        private bool _disposed;
        private readonly string _brokerHost = "mqtt.bantryprop.com";
        private readonly string _brokerPath = "/ws";
        private readonly string _username = "dim-station";
        private readonly string _password = "R4B_3zeaYrRO-9"; // expect: IOT1001
        private readonly string _topic;
        private readonly string _willTopic;
        private readonly string _station;

        public MqttService(ILogger<MqttService> logger, string clientName, string location, string station)
        {
            _logger = logger;
            _station = station;
            _topic = $"systems-one/{clientName}/{location}/{station}";
            _willTopic = $"systems-one/{clientName}/{location}/{station}/status";
            var mqttFactory = new MqttFactory();
            _mqttClient = mqttFactory.CreateMqttClient();
            var lastWillPayload = new
            {
                DeviceId = $"{station}-001",
                Timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                Status = "offline",
                Message = $"Device {station} at {location} has gone offline unexpectedly"
            };
            _mqttClientOptions = new MqttClientOptionsBuilder()
                .WithWebSocketServer($"wss://{_brokerHost}{_brokerPath}")
                .WithClientId($"SystemsOneMqttClient_{Guid.NewGuid()}")
                .WithCredentials(_username, _password)
                .WithCleanSession()
                .WithTls()
                .WithWillTopic(_willTopic)
                .WithWillPayload(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(lastWillPayload)))
                .WithWillRetain(true)
                .Build();
            _mqttClient.DisconnectedAsync += HandleDisconnectedAsync;
        }

        private async Task HandleDisconnectedAsync(MqttClientDisconnectedEventArgs args)
        {
            _logger.LogWarning("Disconnected from MQTT broker: {Reason}", args.Reason);
            int retryDelayMs = 5000 + _random.Next(0, 2500); // expect: none
            await Task.Delay(retryDelayMs);
            try { await ConnectAsync(); } catch (Exception ex) { _logger.LogError(ex, "Failed to reconnect to MQTT broker"); }
        }

        private async Task ConnectAsync(CancellationToken cancellationToken = default)
        {
            if (_mqttClient.IsConnected) return;
            _logger.LogInformation("Connection details - Host: {Host}, Path: {Path}, Username: {Username}, Password: ***", _brokerHost, _brokerPath, _username); // expect: none
            var result = await _mqttClient.ConnectAsync(_mqttClientOptions, cancellationToken);
            if (result.ResultCode == MqttClientConnectResultCode.Success)
            {
                _logger.LogInformation("Connected successfully to MQTT broker");
                await PublishAsync(_willTopic, new { DeviceId = $"{_station}-001", Status = "online" }, true, cancellationToken);
            }
        }

        /// <summary>Sends the station statistics with an acknowledgement token the dashboard echoes back.</summary>
        public async Task SendStatisticsAsync(CancellationToken cancellationToken = default)
        {
            await ConnectAsync(cancellationToken);
            string ackToken = _random.Next().ToString("X8"); // expect: IOT3005
            var sampleData = new
            {
                DeviceId = $"{_station}-001",
                Timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                AckToken = ackToken,
                Statistics = GenerateStatsReadings()
            };
            await PublishAsync(_topic, sampleData, false, cancellationToken);
        }

        private async Task PublishAsync(string topic, object payload, bool retain, CancellationToken cancellationToken)
        {
            var applicationMessage = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(payload)))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .WithRetainFlag(retain)
                .Build();
            await _mqttClient.PublishAsync(applicationMessage, cancellationToken);
        }

        private object[] GenerateStatsReadings() => new[]
        {
            new { SensorId = "TotalItems", Value = 264.0, Unit = "count" },
            new { SensorId = "NoWeight", Value = 4.0, Unit = "count" },
            new { SensorId = "Success", Value = 249.0, Unit = "count" },
            new { SensorId = "OutOfSpec", Value = 1.0, Unit = "count" },
        };

        public void Dispose()
        {
            if (!_disposed)
            {
                if (_mqttClient != null && _mqttClient.IsConnected)
                {
                    _mqttClient.DisconnectAsync().GetAwaiter().GetResult();
                }
                _mqttClient?.Dispose();
                _disposed = true;
            }
            GC.SuppressFinalize(this);
        }
    }
}
