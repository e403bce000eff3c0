// Real source: yllibed/Zigbee2MqttAssistant
//   Zigbee2MqttAssistant/Models/Settings.cs, Zigbee2MqttAssistant/Services/MqttConnectionService.cs
// Kept: the settings class and its defaults (BaseTopic, MqttServer "mqtt", empty user/password), the v3 MQTTnet
// options chain in Connect() (WithTcpServer / WithTls / WithCredentials(settings.MqttUsername, settings.MqttPassword)),
// the managed-client options, and the random polling offset ("to prevent many instances to send the same request").
// Changed: the [GeneratedImmutable] builder is replaced by init-only properties; ILogger by Console.
// Added (a community hall's Zigbee lighting bridge): the settings service that reads the add-on options, a bench
// profile, the Home Assistant add-on options JSON, and the coordinator's network key kept beside the assistant.
using System;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using MQTTnet.Client.Options;
using MQTTnet.Extensions.ManagedClient;

namespace Zigbee2MqttAssistant.Models
{
    public enum TlsMode { False, True, Insecure }

    public partial class Settings
    {
        public string BaseTopic { get; init; } = "zigbee2mqtt";
        public string HomeAssistantDiscoveryBaseTopic { get; init; } = "homeassistant";
        public TimeSpan PermitJoinTimeout { get; init; } = TimeSpan.FromMinutes(5);
        public string MqttServer { get; init; } = "mqtt";
        public TlsMode MqttSecure { get; init; } = TlsMode.False;
        public ushort? MqttPort { get; init; }
        public string MqttUsername { get; init; } = "";
        public string MqttPassword { get; init; } = "";
        public decimal LowBatteryThreshold { get; init; } = 30;
        public bool AutosetLastSeen { get; init; } = true;
        public string DevicesPollingSchedule { get; init; } = "*/12 * * * *";
        public string NetworkScanSchedule { get; init; } = "0 */3 * * *";
        public int? AutoRefreshRate { get; init; } = 60;
    }
}

namespace Zigbee2MqttAssistant.Services
{
    using Zigbee2MqttAssistant.Models;

    public interface ISettingsService { Settings CurrentSettings { get; } }

    public class SettingsService : ISettingsService
    {
        private const string MqttPasswordKey = "Settings:MqttPassword"; // expect: none
        private const string AddonOptionsFile = "/data/options.json"; // expect: none

        public SettingsService(IConfiguration configuration, bool bench)
        {
            CurrentSettings = bench
                ? new Settings { MqttServer = "localhost", MqttUsername = "z2ma-bench", MqttPassword = "r4E%vnYdoeh2Oa" } // expect: IOT1001
                : new Settings
                {
                    MqttServer = configuration["Settings:MqttServer"] ?? "core-mosquitto",
                    MqttUsername = configuration["Settings:MqttUsername"] ?? "addons",
                    MqttPassword = configuration[MqttPasswordKey] ?? "9KYYTgg8.nsLjg", // expect: IOT1001
                    MqttSecure = TlsMode.False,
                };
        }

        public Settings CurrentSettings { get; }

        // What the hall's Home Assistant add-on is started with when no options file exists yet.
        public const string DefaultAddonOptions =
            "{\"mqtt\":{\"server\":\"mqtt://core-mosquitto:1883\",\"user\":\"addons\",\"password\":\"9HEpnMDaJS3RhB\"},\"permit_join\":false}"; // expect: IOT1001
    }

    public static class CoordinatorNetwork
    {
        // zigbee2mqtt's documented default network key, left on the hall's coordinator since commissioning.
        public static readonly byte[] NetworkKey = { 1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13 }; // expect: IOT1004
        public const ushort PanId = 0x1a62; // expect: none
        public const string ExtendedPanId = "DD:DD:DD:DD:DD:DD:DD:DD"; // expect: none
    }

    public class MqttConnectionService
    {
        private readonly ISettingsService _settings;
        private readonly MQTTnet.MqttFactory _mqttFactory = new MQTTnet.MqttFactory();
        private IManagedMqttClient _client;

        public MqttConnectionService(ISettingsService settings)
        {
            _settings = settings;
        }

        private async Task Connect()
        {
            Console.WriteLine("Starting MqttConnectionService...");
            await Task.Yield();
            var settings = _settings.CurrentSettings;

            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(settings.MqttServer, settings.MqttPort)
                .WithTls(x =>
                {
                    x.UseTls = settings.MqttSecure != TlsMode.False;
                    x.AllowUntrustedCertificates = settings.MqttSecure == TlsMode.Insecure;
                })
                .WithCredentials(settings.MqttUsername, settings.MqttPassword)
                .Build();

            var managedOptions = new ManagedMqttClientOptionsBuilder()
                .WithClientOptions(options)
                .WithAutoReconnectDelay(TimeSpan.FromSeconds(10))
                .Build();

            _client = _mqttFactory.CreateManagedMqttClient();
            await _client.StartAsync(managedOptions);

            Console.WriteLine("Subscribing to MQTT topics...");
            await _client.SubscribeAsync($"{settings.BaseTopic}/#");
            await _client.SubscribeAsync($"{settings.HomeAssistantDiscoveryBaseTopic}/#");
        }

        public Task StartAsync() => Connect();

        internal TimeSpan NetworkScanOffset()
        {
            // A random offset is used to prevent many instances to send the same request
            // exactly at the same time
            var randomOffset = TimeSpan.FromSeconds(new Random().NextDouble() * 6); // expect: none
            return randomOffset;
        }
    }
}
