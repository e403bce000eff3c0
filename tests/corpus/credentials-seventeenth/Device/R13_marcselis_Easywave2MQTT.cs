// Real source: marcselis/Easywave2MQTT
//   src/Easywave2Mqtt/Program.cs, src/Easywave2Mqtt/Configuration/Settings.cs,
//   src/Easywave2Mqtt/Mqtt/MessagingService.cs
// Domain: a sheltered-housing block's Eldat Easywave wall switches and blinds bridged to the warden's
// Home Assistant through MQTT.
// Kept: the Settings class (SerialPort, MQTTServer, MQTTPort, MQTTUser, MQTTPassword) bound from the
// "Settings" configuration section into a new Settings(); the static Program.Settings; the
// MessagingService building its options with WithClientId("Easywave2MQTT"), WithTcpServer(server,
// port) and WithCredentials(Program.Settings.MQTTUser, Program.Settings.MQTTPassword); the
// easywave2mqtt / mqtt2easywave topics and the Home Assistant discovery topic.
// Changed: the generic host and the hosted services are reduced to plain classes.
// Added: the defaults given after binding, the bench tester against a fresh Mosquitto container.
using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MQTTnet.Client;

namespace Corpus17.R13.Easywave2Mqtt
{
    public class Settings
    {
        public string SerialPort { get; set; }
        public int EasywaveActionTimeout { get; set; }
        public string MQTTServer { get; set; }
        public int MQTTPort { get; set; }
        public string MQTTUser { get; set; }
        public string MQTTPassword { get; set; }
    }

    internal static class Program
    {
        public static Settings Settings { get; set; }

        public static void Main(IConfiguration configuration)
        {
            Settings = CreateSettings(configuration);
            new MessagingService().StartAsync().Wait();
        }

        private static Settings CreateSettings(IConfiguration configuration)
        {
            var config = new Settings();
            configuration.Bind("Settings", config);
            // Added: what the warden's Pi uses when the add-on options are empty.
            config.SerialPort ??= "/dev/ttyUSB0";
            config.MQTTServer ??= "core-mosquitto";
            config.MQTTUser ??= "easywave"; // expect: none
            config.MQTTPassword ??= "siSjC9q6VH7Wy0F2"; // expect: IOT1001
            return config;
        }
    }

    public class MessagingService
    {
        private readonly IMqttClient _client = new MQTTnet.MqttFactory().CreateMqttClient();
        private readonly MqttClientOptions _clientOptions;

        public MessagingService()
        {
            _clientOptions = new MqttClientOptionsBuilder()
              .WithClientId("Easywave2MQTT")
              .WithTcpServer(Program.Settings.MQTTServer, Program.Settings.MQTTPort)
              .WithCredentials(Program.Settings.MQTTUser, Program.Settings.MQTTPassword)
              .Build();
        }

        public async Task StartAsync()
        {
            await _client.ConnectAsync(_clientOptions);
            await _client.SubscribeAsync("easywave2mqtt/#");
            await _client.SubscribeAsync("mqtt2easywave/#");
        }

        public Task DeclareLight(string id)
        {
            return MQTTnet.MqttClientExtensions.PublishStringAsync(_client, $"homeassistant/light/{id}/config", "{\"name\":\"" + id + "\"}");
        }
    }

    // Added: the bench tester that talks to a fresh Mosquitto container on the developer's laptop.
    public static class BenchTester
    {
        public static Task ConnectAsync()
        {
            var options = new MqttClientOptionsBuilder()
                .WithClientId("Easywave2MQTT-bench")
                .WithTcpServer("localhost", 1883)
                .WithCredentials("mosquitto", "mosquitto") // expect: IOT1002
                .Build();
            return new MQTTnet.MqttFactory().CreateMqttClient().ConnectAsync(options);
        }
    }
}
