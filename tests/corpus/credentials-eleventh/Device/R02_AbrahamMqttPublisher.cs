// Real source: OliverAbraham/Abraham.MQTTClient PublishDemo/Program.cs (+ Abraham.MQTTClient/MQTTClient.cs)
// Domain: garden-shed Raspberry Pi publishing temperatures through the repository's fluent MQTTnet wrapper.
// Kept: the demo's "<YOUR MQTT BROKER ...>" placeholders, the #if DEBUG read of the credentials from text files,
// the builder (UseUrl/UseUsername/UsePassword/Build) storing the password in a field read at WithCredentials.
// Changed: the wrapper is trimmed to Publish; MqttFactory and MqttApplicationMessageBuilder are imported by alias
// (the shared stubs declare MqttClientOptionsBuilder in both MQTTnet and MQTTnet.Client).
// Added: the potting-shed publisher that calls the same builder with its own broker login.
using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Abraham.MQTTClient;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;
using MqttApplicationMessageBuilder = MQTTnet.MqttApplicationMessageBuilder;

namespace PublishDemo
{
    internal class Program
    {
        private static string _url      = "<YOUR MQTT BROKER URL WITHOUT PROTOCOL WITHOUT PORT>"; // expect: none
        private static string _username = "<YOUR MQTT BROKER USERNAME>"; // expect: none
        private static string _password = "<YOUR MQTT BROKER PASSWORD>"; // expect: IOT1006

        static void Main(string[] args)
        {
            Console.WriteLine("Connecting to MQTT broker and publishing (sending) a value to it.");

            #if DEBUG
            _url      = File.ReadAllText(@"C:\Credentials\mosquitto_url.txt");
            _username = File.ReadAllText(@"C:\Credentials\mosquitto_username.txt");
            _password = File.ReadAllText(@"C:\Credentials\mosquitto_password.txt"); // expect: none
            #endif

            var client = new MQTTClient()
                .UseUrl(_url)
                .UseUsername(_username)
                .UsePassword(_password)
                .Build();

            var result = client.Publish("garden/temperature", "19.1");

            Console.WriteLine($"Value '\"19.1\" sent to the MQTT broker. Result={result.ReasonCode} {result.ReasonString}");
        }
    }
}

namespace PottingShed
{
    // Added
    internal static class ShedPublisher
    {
        private const string BrokerHost = "broker.shed.lan";
        private const string BrokerUser = "shed-pi";
        private const string BrokerPassword = "granite-willow-81"; // expect: IOT1001

        public static void PublishSoil(double moisture)
        {
            var client = new MQTTClient()
                .UseUrl(BrokerHost)
                .UseUsername(BrokerUser)
                .UsePassword(BrokerPassword)
                .UseTimeout(10)
                .Build();

            client.Publish("shed/soil/moisture", moisture.ToString("F1"));
        }
    }
}

namespace Abraham.MQTTClient
{
    public class MQTTClient
    {
        private string _url = "";
        private string _username = "";
        private string _password = ""; // expect: none
        private int _timeoutInSeconds = 60;
        private Action<string> _logger = delegate (string message) { };
        private MqttFactory _mqttFactory = new MqttFactory();
        private MqttClientOptions _mqttClientOptions;
        private MqttClientDisconnectOptions _mqttClientDisconnectOptions;
        private IMqttClient _mqttClient;

        public MQTTClient UseUrl(string url)
        {
            _url = url ?? throw new ArgumentNullException(nameof(url));
            return this;
        }

        public MQTTClient UseUsername(string username)
        {
            if (string.IsNullOrWhiteSpace(username))
                throw new ArgumentNullException(nameof(username));
            _username = username;
            return this;
        }

        public MQTTClient UsePassword(string password)
        {
            if (string.IsNullOrWhiteSpace(password))
                throw new ArgumentNullException(nameof(password));
            _password = password;
            return this;
        }

        public MQTTClient UseTimeout(int timeoutInSeconds)
        {
            if (timeoutInSeconds <= 0)
                throw new ArgumentNullException(nameof(timeoutInSeconds));
            _timeoutInSeconds = timeoutInSeconds;
            return this;
        }

        public MQTTClient Build()
        {
            if (string.IsNullOrWhiteSpace(_url))      throw new Exception($"The _url cannot be null. Call the UseUrl() method first.");
            if (string.IsNullOrWhiteSpace(_username)) throw new Exception($"The _username cannot be null. Call the UseUsername() method first.");
            if (string.IsNullOrWhiteSpace(_password)) throw new Exception($"The _password cannot be null. Call the UsePassword() method first."); // expect: none

            _mqttClientOptions = new MqttClientOptionsBuilder()
                .WithTcpServer(_url)
                .WithCredentials(_username, _password)
                .WithTimeout(TimeSpan.FromSeconds(_timeoutInSeconds))
                .Build();

            _mqttClientDisconnectOptions = _mqttFactory
                .CreateClientDisconnectOptionsBuilder()
                .Build();

            _mqttClient = _mqttFactory.CreateMqttClient();

            _logger($"Client initialized");
            return this;
        }

        public MqttClientPublishResult Publish(string topic, string value, bool useOpenConnection = false,
            CancellationToken cancellationToken = default)
        {
            return PublishAsync(topic, value, useOpenConnection, cancellationToken).GetAwaiter().GetResult();
        }

        public async Task<MqttClientPublishResult> PublishAsync(string topic, string value, bool useOpenConnection = false,
            CancellationToken cancellationToken = default)
        {
            if (string.IsNullOrWhiteSpace(topic)) throw new Exception($"The topic cannot be null or empty.");
            if (value is null)                    throw new Exception($"The value cannot be null.");
            if (_mqttClient is null)              throw new Exception($"The MQTTClient has not been built. Call the Build() method first.");

            if (!useOpenConnection)
            {
                var response = await _mqttClient.ConnectAsync(_mqttClientOptions, cancellationToken);
                if (response.ResultCode != MqttClientConnectResultCode.Success)
                    throw new Exception($"Could not connect to MQTT broker. ResultCode={response.ResultCode}");
                _logger($"Client is connected. ResultCode={response.ResultCode}");
            }

            var applicationMessage = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(value)
                .Build();

            var result = await _mqttClient.PublishAsync(applicationMessage, cancellationToken);
            _logger($"Published. ResultCode={result.ReasonCode}");

            if (!useOpenConnection)
                await _mqttClient.DisconnectAsync(_mqttClientDisconnectOptions, cancellationToken);
            return result;
        }
    }
}
