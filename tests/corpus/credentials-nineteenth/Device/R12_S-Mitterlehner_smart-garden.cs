// Real source: S-Mitterlehner/smart-garden
//   src/backend/SmartGarden.Mqtt/MqttSettings.cs, src/backend/SmartGarden.Mqtt/ServiceCollectionExtensions.cs
// Kept: MqttSettings and the options chain (WithClientId, WithTcpServer(config.Host, config.Port),
// WithCredentials(config.Username, config.Password) // Optional, WithCleanSession).
// Changed: the DI registration is a plain factory taking IOptions<MqttSettings>.
// Added (an allotment society's irrigation controller): the profiles the controller starts with, valve pins.
using System.Threading;
using Microsoft.Extensions.Options;
using MQTTnet;

namespace SmartGarden.Mqtt
{
    public class MqttSettings
    {
        public string ClientId { get; set; }
        public string Host { get; set; }
        public int? Port { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
    }

    public static class MqttClientSetup
    {
        public static IMqttClient Create(IOptions<MqttSettings> settings)
        {
            var config = settings.Value;

            var factory = new MqttClientFactory();
            var client = factory.CreateMqttClient();

            var options = new MqttClientOptionsBuilder()
                .WithClientId(config.ClientId)
                .WithTcpServer(config.Host, config.Port)
                .WithCredentials(config.Username, config.Password) // Optional
                .WithCleanSession()
                .Build();

            client.ConnectAsync(options, CancellationToken.None).GetAwaiter().GetResult();

            return client;
        }
    }

    public static class AllotmentProfiles
    {
        public static IOptions<MqttSettings> Shed() => Options.Create(new MqttSettings
        {
            ClientId = "allotment-shed-valves",
            Host = "garden-broker.local",
            Port = 8883,
            Username = "valves",
            Password = "-ZOKAJkhGSQyQo", // expect: IOT1001
        });

        public static IOptions<MqttSettings> Developer() => Options.Create(new MqttSettings
        {
            ClientId = "dev-laptop",
            Host = "localhost",
            Username = "dev",
            Password = "YOUR_MQTT_PASSWORD", // expect: IOT1006
        });

        public const string ValvePin = "GPIO17"; // expect: none
        public const string ShedPadlockCode = "2719"; // expect: IOT1004
        public const string PasswordEnvironmentVariable = "GARDEN_MQTT_PASSWORD"; // expect: none
        public const string MoistureTopic = "garden/bed-3/moisture"; // expect: none
    }
}
