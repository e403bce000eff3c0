// Real source: akeil/OwnZone src/Mqtt.cs (02da2b6a)
// Domain: OwnTracks location engine for home automation: phones report GPS positions over MQTT, OwnZone works out which
// named zone (home, work, ...) each tracked device is in and publishes zone changes back to the broker.
// Kept as written: IMqttService, MqttService (broker host, port, user name and password bound from the "MQTT" section of
// the configuration, client id from prefix, machine and user name, M2Mqtt Connect(clientId, Username, Password)),
// PublishAsync and MessageReceivedEventArgs. No credential is written in the file. Trimmed: Subscribe / SubscribeAsync,
// the synchronous Publish and OnMessageReceived (the event is raised in place). Changed: the M2Mqtt
// constructor's last argument MqttSslProtocols.None is cast to int for the shared stub (cast added); `+= messageReceived`
// is the subscription shim OnMqttMsgPublishReceived (shimmed). Added: the MqttSettings stand-in (marked). IConfiguration,
// Bind, ILoggerFactory and the M2Mqtt members the shared stub lacks come from _Stubs.cs.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using uPLibrary.Networking.M2Mqtt;
using uPLibrary.Networking.M2Mqtt.Messages;

namespace Ownzone
{
    public interface IMqttService
    {
        // Event handler for incoming messages
        event EventHandler<MessageReceivedEventArgs> MessageReceived;

        // Connect to the MQTT broker.
        void Connect();

        Task ConnectAsync();

        // Publish a string message to the given MQTT topic.
        Task PublishAsync(string topic, string payload);
    }

    public class MqttService : IMqttService
    {
        private readonly ILogger<MqttService> log;

        private readonly MqttClient client;

        private readonly string clientId;

        public const string DEFAULT_CLIENT_ID_PREFIX = "ownzone";

        public string? ClientIdPrefix { get; set; }

        // Hostname or IP address of the MQTT broker.
        public string Host { get; set; } = null!;

        // Port for the MQTT broker.
        public int Port { get; set; }

        // Username for MQTT authentication.
        public string Username { get; set; } = null!;

        // Password for MQTT authentication.
        public string Password { get; set; } = null!;

        public MqttService(ILoggerFactory loggerFactory,
            IConfiguration config)
        {
            log = loggerFactory.CreateLogger<MqttService>();
            config.GetSection("MQTT").Bind(this); // expect: none

            var port = Port != 0
                ? Port
                : MqttSettings.MQTT_BROKER_DEFAULT_PORT;

            client = new MqttClient(Host, port, false, null, null,
                (int)MqttSslProtocols.None);

            client.OnMqttMsgPublishReceived(messageReceived);

            var machine = Environment.MachineName;
            var user = Environment.UserName;
            var prefix = ClientIdPrefix != null
                ? ClientIdPrefix
                : DEFAULT_CLIENT_ID_PREFIX;
            clientId = String.Format("{0}-{1}-{2}", prefix, machine, user);
        }

        public event EventHandler<MessageReceivedEventArgs>? MessageReceived;

        public void Connect()
        {
            ConnectAsync().Wait();
        }

        public async Task ConnectAsync()
        {
            await Task.Run( () =>
                client.Connect(clientId, Username, Password) // expect: none
            );

            log.LogInformation("Connected to MQTT broker at {0} as {1}.",
                Host, clientId);
        }

        // handle incoming MQTT message
        private void messageReceived(object sender, MqttMsgPublishEventArgs evt)
        {
            log.LogDebug("Received message for topic {0}.", evt.Topic);

            var args = new MessageReceivedEventArgs();
            args.Topic = evt.Topic;
            args.Message = Encoding.UTF8.GetString(evt.Message);
            MessageReceived?.Invoke(this, args);
        }

        public async Task PublishAsync(string topic, string payload)
        {
            var message = Encoding.UTF8.GetBytes(payload);
            await Task.Run(() => client.Publish(topic, message));
            log.LogDebug("Published to topic {0}.", topic);
        }
    }

    public class MessageReceivedEventArgs : EventArgs
    {
        public string Topic { get; set; } = null!;

        public string Message { get; set; } = null!;
    }

    // added: stand-in for the project's MqttSettings constants (not adapted)
    public static class MqttSettings
    {
        public const int MQTT_BROKER_DEFAULT_PORT = 1883;
    }
}
