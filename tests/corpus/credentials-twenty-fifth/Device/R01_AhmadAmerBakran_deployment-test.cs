// Real source: AhmadAmerBakran/deployment-test MQTTClient/MQTTClientManager.cs
// Also used: MQTTClient/MqttConfig.cs, Service/CarControlService.cs, Api/Program.cs (the ESP32-CAM hello); the
// CarLogRepository and the Utilities connection-string helper Program.cs names are reconstructed. An ESP32 remote-controlled car: the API relays
// WebSocket commands to the car over flespi MQTT (MQTTnet v4, TLS) and logs every command in Postgres.
// Kept: the MQTTConfig static properties read by WithCredentials(MQTTConfig.Username, MQTTConfig.Password),
// the TLS parameters, reconnect loop, publish/subscribe and the "ESP32-CAM" hello. Added: a bench fallback
// for the flespi secret and the local-development fallback of the Postgres connection string.
using System;
using System.Security.Authentication;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using MQTTnet.Client;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Npgsql;
using MqttFactory = MQTTnet.MqttFactory;
using MqttApplicationMessageBuilder = MQTTnet.MqttApplicationMessageBuilder;

namespace MQTTClient
{
    public static class MQTTConfig
    {
        public static string Server => "mqtt.flespi.io";
        public static int Port => 8883;
        public static string ClientId => "FullStackIoTAppClient"; // expect: none
        public static string Username => Environment.GetEnvironmentVariable("flespi_client"); // expect: none
        public static string Password => Environment.GetEnvironmentVariable("flespi_secret") ?? "Wm7mlAwPUgxj9Y"; // expect: IOT1001
    }

    public class MQTTClientManager
    {
        private readonly ILogger<MQTTClientManager> _logger;
        private readonly IMqttClient _client;
        private readonly MqttFactory _factory;
        private const int ReconnectDelay = 5000;
        private const int MaxReconnectAttempts = 10;
        private int _reconnectAttempts = 0;
        public event Action<string, string> MessageReceived;

        public MQTTClientManager(ILogger<MQTTClientManager> logger)
        {
            _logger = logger;
            _factory = new MqttFactory();
            _client = _factory.CreateMqttClient();
            _client.DisconnectedAsync += OnDisconnectedAsync;
            _client.ApplicationMessageReceivedAsync += e =>
            {
                var payload = e.ApplicationMessage.ConvertPayloadToString();
                MessageReceived?.Invoke(e.ApplicationMessage.Topic, payload);
                return Task.CompletedTask;
            };
        }

        public async Task ConnectAsync()
        {
            if (_client.IsConnected)
            {
                _logger.LogInformation("Already connected to MQTT Broker.");
                return;
            }

            var tlsOptions = new MqttClientOptionsBuilderTlsParameters
            {
                UseTls = true,
                SslProtocol = SslProtocols.Tls12
            };

            var mqttClientOptions = new MqttClientOptionsBuilder()
                .WithClientId(MQTTConfig.ClientId)
                .WithTcpServer(MQTTConfig.Server, MQTTConfig.Port)
                .WithCredentials(MQTTConfig.Username, MQTTConfig.Password)
                .WithCleanSession()
                .WithTls(tlsOptions)
                .WithProtocolVersion(MqttProtocolVersion.V500)
                .WithKeepAlivePeriod(TimeSpan.FromSeconds(60))
                .Build();

            await _client.ConnectAsync(mqttClientOptions, CancellationToken.None);
            _logger.LogInformation("Connected to MQTT Broker.");
            _reconnectAttempts = 0;
        }

        private async Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs e)
        {
            _logger.LogWarning("Disconnected from MQTT Broker. Reason: {Reason}", e.Reason);
            if (_reconnectAttempts < MaxReconnectAttempts)
            {
                _reconnectAttempts++;
                await Task.Delay(ReconnectDelay);
                await ConnectAsync();
            }
        }

        public async Task PublishAsync(string topic, string message)
        {
            var mqttMessage = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(Encoding.UTF8.GetBytes(message))
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .WithRetainFlag()
                .Build();
            await _client.PublishAsync(mqttMessage);
        }

        public Task SubscribeAsync(string topic) => _client.SubscribeAsync(topic);
    }

    public static class Utilities
    {
        // pgconn is a postgres:// URL on the hosting platform; developers run a local Postgres in Docker.
        public static readonly string ProperlyFormattedConnectionString =
            FromUrl(Environment.GetEnvironmentVariable("pgconn"))
            ?? "Server=localhost;Database=carlog;User Id=postgres;Password=postgres;Port=5432;Pooling=true;MaxPoolSize=3"; // expect: IOT1002

        private static string FromUrl(string url)
        {
            if (string.IsNullOrEmpty(url)) return null;
            var uri = new Uri(url);
            var userInfo = uri.UserInfo.Split(':');
            return string.Format("Server={0};Database={1};User Id={2};Password={3};Port={4};Pooling=true;MaxPoolSize=3",
                uri.Host, uri.AbsolutePath.Trim('/'), userInfo[0], userInfo[1], uri.Port > 0 ? uri.Port : 5432);
        }
    }

    public class CarLogRepository
    {
        public Task AddNotificationAsync(Guid userId, string fromTopic, string toTopic, string message)
        {
            using var connection = new NpgsqlConnection(Utilities.ProperlyFormattedConnectionString);
            connection.Open();
            return Task.CompletedTask;
        }
    }

    public class CarControlService
    {
        private readonly MQTTClientManager _mqttClientManager;
        private readonly CarLogRepository _carLogRepository;
        private Guid _espConnectionId = Guid.Empty;

        public CarControlService(MQTTClientManager mqttClientManager, CarLogRepository carLogRepository)
        {
            _mqttClientManager = mqttClientManager;
            _carLogRepository = carLogRepository;
        }

        // The ESP32-CAM announces itself with a fixed hello on the WebSocket; everything else is a user.
        public bool IsCameraHello(Guid connectionId, string message)
        {
            if (message == "ESP32-CAM") // expect: none
            {
                _espConnectionId = connectionId;
                return true;
            }
            return false;
        }

        public async Task CarControl(Guid userId, string topic, string command)
        {
            await _mqttClientManager.PublishAsync(topic, command);
            await _carLogRepository.AddNotificationAsync(userId, null, topic, command);
        }
    }
}
