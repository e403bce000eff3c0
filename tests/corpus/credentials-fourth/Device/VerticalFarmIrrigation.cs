// Vertical-farm irrigation controller (Meadow F7): Wi-Fi join, MQTT to the farm broker, ThingSpeak dashboards.
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Meadow;
using Meadow.Hardware;
using MQTTnet;

namespace Verdant.Irrigation
{
    public sealed class VerticalFarmIrrigation : IDisposable
    {
        private const string FarmSsid = "FarmNet-Row3"; // expect: none
        private const string MoistureTopic = "farm/row3/moisture"; // expect: none
        private const string ProxyPasswordSetting = "Proxy:Password"; // expect: none
        private const string ThingSpeakChannelId = "2291044"; // expect: none
        private const string ThingSpeakKeyEnvVar = "THINGSPEAK_WRITE_KEY"; // expect: none
        private const string WifiSetupHint = "Hold the button for 5 s to re-enter the Wi-Fi password from the app."; // expect: none

        private readonly IWiFiNetworkAdapter _wifi;
        private readonly HttpClient _http = new();
        private readonly Random _pulse = new();

        public VerticalFarmIrrigation(IWiFiNetworkAdapter wifi) => _wifi = wifi;

        public async Task JoinAsync()
        {
            Resolver.Log.Info($"Joining {FarmSsid}");
            await _wifi.Connect(FarmSsid, "<your-wifi-password>", TimeSpan.FromSeconds(60)); // expect: IOT1006
        }

        public sealed record BrokerSettings(string Host, int Port, string User, string Password);

        private static readonly BrokerSettings BackupBroker =
            new("mqtt-backup.verdant.example", 8883, "farm-row3", "Row3!Backup-9150"); // expect: IOT1001

        public MqttClientOptions BackupBrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(BackupBroker.Host, BackupBroker.Port)
                .WithCredentials(BackupBroker.User, BackupBroker.Password)
                .Build();

        public MqttClientOptions FarmBrokerOptions(bool viaUri)
        {
            if (viaUri)
            {
                return new MqttClientOptionsBuilder()
                    .WithConnectionUri("mqtts://farm-row3:Row3!Mqtt-6620@mqtt.verdant.example:8883") // expect: IOT1001
                    .Build();
            }

            return new MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.verdant.example", 8883)
                .WithCredentials("farm-row3", Encoding.UTF8.GetBytes("Row3#Irrig-Byte-72")) // expect: IOT1001
                .WithTlsOptions(o => o.UseTls())
                .Build();
        }

        public MqttClientWebSocketProxyOptionsBuilder GreenhouseProxy() =>
            new MqttClientWebSocketProxyOptionsBuilder().WithPassword("xxxxxxxx"); // expect: IOT1006

        public async Task PublishDashboardAsync(double moisture, double reservoirLitres)
        {
            string url = "https://api.thingspeak.com/update?api_key=WQ0F3K9Z2X7B1M4N" // expect: IOT1001
                + $"&field1={moisture:F1}&field2={reservoirLitres:F0}";
            await _http.GetStringAsync(url);
            Resolver.Log.Info($"channel {ThingSpeakChannelId} updated; topic {MoistureTopic}");
        }

        public async Task<string> ReadPublicChannelAsync()
        {
            // Public channel: reading needs no key.
            return await _http.GetStringAsync($"https://api.thingspeak.com/channels/{ThingSpeakChannelId}/feeds.json?results=2"); // expect: none
        }

        public int NextPulseMilliseconds(int baseMs)
        {
            // Spread valve pulses so the pump pressure stays even.
            return baseMs + _pulse.Next(-150, 150); // expect: none
        }

        public string ProxyHelp() => $"Set '{ProxyPasswordSetting}' in app.config.yaml on site.";

        public string SetupHelp() => $"{WifiSetupHint} Dashboard key: ${ThingSpeakKeyEnvVar}.";

        public string ReservoirAlarm(double litres) =>
            litres < 50 ? "Reservoir low - refill before the next cycle." : "Reservoir OK";

        public void Dispose() => _http.Dispose();
    }
}
