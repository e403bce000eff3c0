// Real source: Jwagener1/Systems-One-MQTT-Service MqttService.cs (08cdf985)
// Domain: a parcel dimensioning and weighing station (Systems One) whose Windows worker service publishes the station's
//   item statistics and an online / offline status with a last will to the site's MQTT broker over WebSockets.
// Kept: the broker fields (host, path, user name, password) and the client options built from them with WithCredentials,
//   ConnectAsync with its logging, the status and statistics messages, DisconnectedAsync-style reconnect, Dispose.
// Trimmed: SendCustomMessageAsync, the will payload serialisation, the will / QoS / clean-session builder calls, XML comments.
// Changed: MQTTnet v4's WithWebSocketServer(options => { options.Uri = ... }) is written as the string overload the shared
//   stub declares; the disconnect handler is a plain method called by ConnectAsync's caller (the stub client has no event);
//   `using MQTTnet;` is written as aliases for MqttFactory and MqttApplicationMessageBuilder (the shared stubs declare the v4
//   and v5 option builders in both namespaces, so the plain using would make them ambiguous).
// Shimmed (_Stubs.cs): MqttFactory, the v4 IMqttClient, MqttApplicationMessageBuilder, ILogger.
// Replaced: nothing. The broker login "Admin" / "Admin" is kept as written (a universal default, not a working secret).
using System;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MQTTnet.Client;
using MqttApplicationMessageBuilder = MQTTnet.MqttApplicationMessageBuilder;
using MqttFactory = MQTTnet.MqttFactory;

namespace Systems_One_MQTT_Service
{
    public class MqttService : IDisposable
    {
        private readonly ILogger<MqttService> _logger;
        private readonly IMqttClient _mqttClient;
        private readonly MqttClientOptions _mqttClientOptions;
        private bool _disposed;
        private readonly string _brokerHost = "mqtt.bantryprop.com"; // expect: none
        private readonly string _brokerPath = "/ws";
        private readonly string _username = "Admin"; // expect: none
        private readonly string _password = "Admin"; // expect: IOT1002
        private readonly string _topic;
        private readonly string _willTopic;
        private readonly string _location;
        private readonly string _station;

        public MqttService(ILogger<MqttService> logger, string clientName, string location, string station)
        {
            _logger = logger;
            _location = location;
            _station = station;
            _topic = $"systems-one/{clientName}/{location}/{station}";
            _willTopic = $"systems-one/{clientName}/{location}/{station}/status";
            var mqttFactory = new MqttFactory();
            _mqttClient = mqttFactory.CreateMqttClient();
            _mqttClientOptions = new MqttClientOptionsBuilder()
                .WithWebSocketServer($"wss://{_brokerHost}{_brokerPath}")
                .WithClientId($"SystemsOneMqttClient_{Guid.NewGuid()}")
                .WithCredentials(_username, _password)
                .WithTls()
                .Build();
        }

        private async Task HandleDisconnectedAsync(string reason)
        {
            _logger.LogWarning("Disconnected from MQTT broker: {Reason}", reason);
            await Task.Delay(TimeSpan.FromSeconds(5));
            try { await ConnectAsync(); } catch (Exception ex) { _logger.LogError(ex, "Failed to reconnect to MQTT broker"); }
        }

        private async Task ConnectAsync(CancellationToken cancellationToken = default)
        {
            if (_mqttClient.IsConnected) return;
            _logger.LogInformation("Connecting to MQTT broker at wss://{Host}{Path}...", _brokerHost, _brokerPath);
            await _mqttClient.ConnectAsync(_mqttClientOptions, cancellationToken);
            _logger.LogInformation("Connected successfully to MQTT broker");
            await PublishStatusMessageAsync("online", cancellationToken);
        }

        private async Task PublishStatusMessageAsync(string status, CancellationToken cancellationToken = default)
        {
            var statusPayload = new
            {
                DeviceId = $"{_station}-001",
                Timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                Status = status,
                Message = $"Device {_station} at {_location} is {status}"
            };
            var message = new MqttApplicationMessageBuilder()
                .WithTopic(_willTopic)
                .WithPayload(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(statusPayload)))
                .WithRetainFlag(true)
                .Build();
            await _mqttClient.PublishAsync(message, cancellationToken);
            _logger.LogInformation("Published status message: {Status}", status);
        }

        public async Task ConnectAndSendSampleMessageAsync()
        {
            var sampleData = new { DeviceId = "device-001", Timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), Statistics = GenerateStatsReadings() };
            byte[] payloadBytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(sampleData));
            _logger.LogInformation("Connection details - Host: {Host}, Path: {Path}, Username: {Username}", _brokerHost, _brokerPath, _username);
            await ConnectAsync();
            if (_mqttClient.IsConnected)
            {
                var applicationMessage = new MqttApplicationMessageBuilder().WithTopic(_topic).WithPayload(payloadBytes).WithRetainFlag(false).Build();
                await _mqttClient.PublishAsync(applicationMessage);
            }
            else
            {
                await HandleDisconnectedAsync("not connected");
            }
        }

        public void Dispose()
        {
            if (_disposed) return;
            if (_mqttClient.IsConnected)
            {
                PublishStatusMessageAsync("offline").GetAwaiter().GetResult();
                _mqttClient.DisconnectAsync().GetAwaiter().GetResult();
            }
            _disposed = true;
        }

        private object[] GenerateStatsReadings() => new[]
        {
            new { SensorId = "TotalItems", Value = 264.0, Unit = "count" },
            new { SensorId = "NoWeight", Value = 4.0, Unit = "count" },
            new { SensorId = "NoDimensions", Value = 1.0, Unit = "count" },
            new { SensorId = "Sent", Value = 249.0, Unit = "count" }
        };
    }
}
