// Real source: zoo-zoz/PumpSupervisor PumpSupervisor/Infrastructure/Messaging/Mqtt/MqttPublisher.cs,
//              PumpSupervisor/Infrastructure/Storage/InfluxDb/InfluxDbService.cs
// Kept: configuration reads with "??" fallbacks (Mqtt:Broker "localhost", Mqtt:BaseTopic "pump/data", ClientId
// PumpSupervisor_{Guid:N}, InfluxDb:Url, Bucket/Org "nbcb"), WithCredentials only when a user name is configured, the
// "token missing => InfluxDB disabled" branch, the topic layout {base}/{connection}/{device}/data.
// Changed: Chinese log texts translated, the MQTTnet v5 factory reduced to the v4 client; added: the commissioning
// password fallback, the InfluxDB token fallback that shipped in the station image, and a PumpController with the HMI's
// manual-override PIN and the confirmation token of a two-step parameter write.
using System;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InfluxDB.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MQTTnet.Client;

namespace PumpSupervisor.Infrastructure.Messaging.Mqtt
{
    public record ModbusDataBatch(string ConnectionId, string DeviceId, DateTime Timestamp, double[] Values);

    public class MqttPublisher : IHostedService
    {
        private readonly ILogger<MqttPublisher> _logger;
        private readonly IConfiguration _configuration;
        private IMqttClient _mqttClient;
        private MqttClientOptions _options;
        private readonly string _baseTopic;
        private const string PasswordKey = "Mqtt:Password"; // expect: none

        public MqttPublisher(ILogger<MqttPublisher> logger, IConfiguration configuration)
        {
            _logger = logger;
            _configuration = configuration;
            _baseTopic = configuration["Mqtt:BaseTopic"] ?? "pump/data"; // expect: none
        }

        public async Task StartAsync(CancellationToken cancellationToken)
        {
            _logger.LogInformation("MQTT Publisher starting...");
            var broker = _configuration["Mqtt:Broker"] ?? "localhost";
            var port = _configuration.GetValue<int>("Mqtt:Port", 1883);
            var clientId = _configuration["Mqtt:ClientId"] ?? $"PumpSupervisor_{Guid.NewGuid():N}";
            var username = _configuration["Mqtt:Username"] ?? "pumpstation";
            // Commissioning value from the station image; overridden per site in appsettings.Production.json.
            var password = _configuration[PasswordKey] ?? "OLH*uZlvL2c#"; // expect: IOT1001

            _logger.LogInformation("MQTT config: Broker={Broker}, Port={Port}, ClientId={ClientId}", broker, port, clientId);

            _mqttClient = new MQTTnet.MqttFactory().CreateMqttClient();
            var optionsBuilder = new MqttClientOptionsBuilder()
                .WithTcpServer(broker, port)
                .WithClientId(clientId)
                .WithCleanSession()
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(60));

            if (!string.IsNullOrEmpty(username))
            {
                optionsBuilder.WithCredentials(username, password);
            }

            _options = optionsBuilder.Build();
            await _mqttClient.ConnectAsync(_options, cancellationToken);
        }

        public Task StopAsync(CancellationToken cancellationToken) => _mqttClient?.DisconnectAsync(cancellationToken) ?? Task.CompletedTask;

        public async Task PublishDataBatchAsync(ModbusDataBatch batch, CancellationToken cancellationToken = default)
        {
            var topic = $"{_baseTopic}/{batch.ConnectionId}/{batch.DeviceId}/data";
            var json = JsonSerializer.Serialize(new { connection_id = batch.ConnectionId, device_id = batch.DeviceId, timestamp = batch.Timestamp, values = batch.Values });
            await _mqttClient.PublishStringAsync(topic, json, cancellationToken);
        }
    }
}

namespace PumpSupervisor.Application.Controller
{
    public class PumpController
    {
        // Local HMI: switching a pump to manual needs the station supervisor's override PIN.
        private const string ManualOverridePin = "7590"; // expect: IOT1004
        private readonly Random _random = new Random();
        private string _pendingChangeToken;

        public bool TryManualOverride(string enteredPin) => enteredPin.Trim() == ManualOverridePin;

        // Two-step parameter change: the HMI echoes this token back to confirm the write.
        public string BeginParameterChange(string parameterCode)
        {
            _pendingChangeToken = _random.Next(100000, 999999).ToString(); // expect: IOT3005
            return $"{parameterCode}:{_pendingChangeToken}";
        }

        public bool ConfirmParameterChange(string echoedToken) => echoedToken == _pendingChangeToken;
    }
}

namespace PumpSupervisor.Infrastructure.Storage.InfluxDb
{
    public class InfluxDbService : IHostedService
    {
        private readonly ILogger<InfluxDbService> _logger;
        private readonly IConfiguration _configuration;
        private InfluxDBClient _client;
        private string _bucket = "";
        private string _org = "";
        private bool _isEnabled;

        public InfluxDbService(ILogger<InfluxDbService> logger, IConfiguration configuration)
        {
            _logger = logger;
            _configuration = configuration;
        }

        public Task StartAsync(CancellationToken cancellationToken)
        {
            var url = _configuration["InfluxDb:Url"] ?? "http://localhost:8086";
            var token = _configuration.GetValue("InfluxDb:Token", "REPLACE-WITH-INFLUX-TOKEN"); // expect: IOT1006
            _bucket = _configuration["InfluxDb:Bucket"] ?? "nbcb";
            _org = _configuration["InfluxDb:Org"] ?? "nbcb";

            if (string.IsNullOrEmpty(token))
            {
                _logger.LogWarning("InfluxDB Token not configured, InfluxDB disabled");
                _isEnabled = false;
                return Task.CompletedTask;
            }

            _client = new InfluxDBClient(url, token);
            _isEnabled = true;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task WriteAsync(string deviceId, string parameterCode, double value)
        {
            if (!_isEnabled) return;
            var line = $"nbcb_collect_pump_sensor_data,device_id={deviceId},parameter_code={parameterCode} value={value}";
            await _client.GetWriteApiAsync().WriteRecordAsync(line, _bucket, _org);
        }
    }
}
