// Real source: Rasmus-M-C/IoT-project Sensor/Program.cs
// Adapted: the Raspberry Pi sensor program and the MQTTService.MQTTClient wrapper it calls (the wrapper's body
// is reconstructed in the project's style around MQTTnet v4). Broker logins are invented.
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace Corpus8.RaspberryPi
{
    public class Program
    {
        public static async Task MainAsync()
        {
            string reading = "20.0";
            MQTTService.MQTTClient client = new MQTTService.MQTTClient();
            await client.ConnectAsync();
            await client.PublishMessageAsync(float.Parse(reading), "home");
        }
    }
}

namespace Corpus8.RaspberryPi.MQTTService
{
    public class BrokerSettings
    {
        public string Host { get; set; } = "192.168.1.20";
        public int Port { get; set; } = 1883;
        public string User { get; set; } = "pi-sensor";
        public string Password { get; set; }
    }

    public class MQTTClient
    {
        private readonly BrokerSettings _settings;
        private IMqttClient _client;

        public MQTTClient() : this(new BrokerSettings { Password = "Moss-Ferry-2290" }) { } // expect: IOT1001

        public MQTTClient(BrokerSettings settings) => _settings = settings;

        public async Task ConnectAsync()
        {
            _client = new MQTTnet.MqttFactory().CreateMqttClient();
            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(_settings.Host, _settings.Port)
                .WithCredentials(_settings.User, _settings.Password)
                .Build();
            await _client.ConnectAsync(options, CancellationToken.None);
        }

        public Task PublishMessageAsync(float value, string topic) =>
            _client.PublishStringAsync(topic, value.ToString("F1"));

        // The kitchen Pi runs the same program against the cloud broker.
        public static MQTTClient Kitchen() => new MQTTClient(new BrokerSettings
        {
            Host = "broker.hivemq.cloud",
            Port = 8883,
            User = "kitchen-pi",
            Password = "Sorrel+Pike+8813" // expect: IOT1001
        });

        public static MQTTClient Garage()
        {
            var settings = new BrokerSettings { User = "garage-pi" };
            settings.Password = "raspberry"; // expect: IOT1002
            return new MQTTClient(settings);
        }

        public static MQTTClient FromEnvironment() => new MQTTClient(new BrokerSettings
        {
            Password = Environment.GetEnvironmentVariable("SENSOR_MQTT_PASSWORD") // expect: none
        });

        public static MQTTClient Shed() => new MQTTClient(new BrokerSettings { Password = "" }); // expect: none

        // Topic and payload names only.
        public const string PasswordChangedTopic = "home/sensors/password-changed"; // expect: none
    }

    public static class SensorPiExtras
    {
        public static BrokerSettings Porch() => new BrokerSettings { User = "porch-pi", Password = "Heather-Wasp-6613" }; // expect: IOT1001
        public static BrokerSettings Template() => new BrokerSettings { User = "pi", Password = "mqtt-password-here" }; // expect: IOT1006
        public const string PasswordSetting = "Sensor:Mqtt:Password"; // expect: none
    }
}
