// Real source: changjian-wang/csv2cfx
//   CSV2CFX/AppSettings/MqttSetting.cs (BrokerHost = "localhost", BrokerPort = 1883, Username, Password, ClientId,
//   TopicPrefix = "cfx" ...), CSV2CFX/AppSettings/RabbitmqSetting.cs (HostName, UserName, Password, Port, VirtualHost),
//   CSV2CFX/Services/MqttService.cs (IOptionsMonitor<MqttSetting>; MQTTnet v5 MqttClientFactory; WithCredentials(
//   mqttSetting.Username, mqttSetting.Password) when a user name is set; client id CSV2CFX_{MachineName}_{Guid}),
//   CSV2CFX/Services/RabbitMQConnectionFactory.cs (IConnectionFactory from DI, one lazily created connection)
// Kept: the settings classes, the MQTT connection code and the connection factory wrapper.
// Changed: the topic bookkeeping and the logger are left out.
// Added (an SMT line's reflow oven on a contract electronics floor): the options the app falls back to when
//   appsettings.json has no MQTT section, and the RabbitMQ ConnectionFactory built from RabbitmqSetting.
using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using MQTTnet;
using RabbitMQ.Client;

namespace CSV2CFX.AppSettings
{
    public class MqttSetting
    {
        public string BrokerHost { get; set; } = "localhost";
        public int BrokerPort { get; set; } = 1883;
        public string Username { get; set; }
        public string Password { get; set; }
        public string ClientId { get; set; }
        public bool UseTls { get; set; } = false;
        public int KeepAlivePeriod { get; set; } = 60;
        public bool CleanSession { get; set; } = true;
        public int ConnectionTimeout { get; set; } = 30;
        public string TopicPrefix { get; set; } = "cfx"; // expect: none
    }

    public class RabbitmqSetting
    {
        public string HostName { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public int Port { get; set; }
        public string VirtualHost { get; set; }
        public bool AutomaticRecoveryEnabled { get; set; }
        public int NetworkRecoveryIntervalSeconds { get; set; }
    }
}

namespace CSV2CFX.Services
{
    using CSV2CFX.AppSettings;

    public class MqttService : IDisposable
    {
        private readonly IOptionsMonitor<MqttSetting> _mqttOptions;
        private IMqttClient _mqttClient;

        public MqttService(IOptionsMonitor<MqttSetting> mqttOptions)
        {
            _mqttOptions = mqttOptions;
        }

        private async Task<IMqttClient> GetConnectedClientAsync()
        {
            if (_mqttClient == null || !_mqttClient.IsConnected)
            {
                var mqttSetting = _mqttOptions.CurrentValue;
                var factory = new MqttClientFactory();
                _mqttClient = factory.CreateMqttClient();

                var optionsBuilder = new MqttClientOptionsBuilder()
                    .WithTcpServer(mqttSetting.BrokerHost, mqttSetting.BrokerPort);

                if (!string.IsNullOrEmpty(mqttSetting.Username))
                {
                    optionsBuilder.WithCredentials(mqttSetting.Username, mqttSetting.Password);
                }

                if (!string.IsNullOrEmpty(mqttSetting.ClientId))
                {
                    optionsBuilder.WithClientId(mqttSetting.ClientId);
                }
                else
                {
                    optionsBuilder.WithClientId($"CSV2CFX_{Environment.MachineName}_{Guid.NewGuid():N}"); // expect: none
                }

                var options = optionsBuilder
                    .WithKeepAlivePeriod(TimeSpan.FromSeconds(mqttSetting.KeepAlivePeriod))
                    .WithCleanSession(mqttSetting.CleanSession)
                    .WithTimeout(TimeSpan.FromSeconds(mqttSetting.ConnectionTimeout))
                    .Build();

                await _mqttClient.ConnectAsync(options);
            }

            return _mqttClient;
        }

        public async Task PublishMessageAsync(string exchangeName, string routingKey, string message)
        {
            var client = await GetConnectedClientAsync();
            var topic = $"{_mqttOptions.CurrentValue.TopicPrefix}/{exchangeName}/{routingKey}".TrimEnd('/');
            var mqttMessage = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(message)
                .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
                .WithRetainFlag(false)
                .Build();
            await client.PublishAsync(mqttMessage);
        }

        public void Dispose()
        {
            _mqttClient?.Dispose();
        }
    }

    public class RabbitMQConnectionFactory : IAsyncDisposable
    {
        private readonly IConnectionFactory _connectionFactory;
        private IConnection _connection;
        private readonly SemaphoreSlim _semaphore = new(1, 1);

        public RabbitMQConnectionFactory(IConnectionFactory connectionFactory)
        {
            _connectionFactory = connectionFactory ?? throw new ArgumentNullException(nameof(connectionFactory));
        }

        public async Task<IConnection> CreateConnectionAsync()
        {
            if (_connection == null || !_connection.IsOpen)
            {
                await _semaphore.WaitAsync();
                try
                {
                    if (_connection == null || !_connection.IsOpen)
                    {
                        _connection?.Dispose();
                        _connection = await _connectionFactory.CreateConnectionAsync();
                    }
                }
                finally
                {
                    _semaphore.Release();
                }
            }
            return _connection;
        }

        public async ValueTask DisposeAsync()
        {
            if (_connection != null)
            {
                await _connection.CloseAsync();
                _connection.Dispose();
            }
        }
    }

    // Added: what the reflow oven's gateway falls back to when appsettings.json has no broker sections.
    public static class ReflowOvenDefaults
    {
        public static MqttSetting Mqtt() => new MqttSetting
        {
            BrokerHost = "mes-broker.smt-floor.lan",
            Username = "reflow-oven-3",
            Password = "GuZnR*Q60oAXO7", // expect: IOT1001
            ClientId = "reflow-oven-3",
        };

        public static RabbitmqSetting Rabbit() => new RabbitmqSetting
        {
            HostName = "localhost",
            UserName = "guest",
            Password = "guest", // expect: IOT1002
            Port = 5672,
            VirtualHost = "/",
        };

        public static MqttSetting BenchLine()
        {
            var settings = new MqttSetting();
            settings.BrokerHost = "192.168.77.10";
            settings.Username = "bench";
            settings.Password = "L9m-xPMz8DBBS"; // expect: IOT1001
            return settings;
        }

        public static IConnectionFactory Factory(RabbitmqSetting rabbit) => new ConnectionFactory
        {
            HostName = rabbit.HostName,
            UserName = rabbit.UserName,
            Password = rabbit.Password,
            Port = rabbit.Port,
            VirtualHost = rabbit.VirtualHost,
            AutomaticRecoveryEnabled = true,
        };

        public static IConnectionFactory LineFourFactory() => new ConnectionFactory
        {
            Uri = new Uri("amqp://cfx-line4:juipptjbyj4ymvrp06a3ms6r2ddlxijj@rabbit.smt-floor.lan:5672/cfx"), // expect: IOT1001
        };

        public const string BrokerPasswordSetting = "MqttSetting:Password"; // expect: none
    }
}
