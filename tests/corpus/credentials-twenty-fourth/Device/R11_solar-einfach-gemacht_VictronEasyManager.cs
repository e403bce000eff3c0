// Real source: https://github.com/solar-einfach-gemacht/VictronEasyManager/blob/9a7c6685eebf0d87497da69cf4c3a84315d5dbb2/DeviceManager.cs
// Also adapted: MqttService.cs (0777109b), OpenWbManager.cs (b08a77ac), AutomationEngine.cs (surplus manager for a
// Victron Cerbo GX home battery: switches Shelly relays and an openWB wallbox when the PV surplus is high).
// Kept: AppSettings (VictronIp), ShellyDevice with its defaults (Priority 99, "Neues Gerät", ControlMode "grid",
// ManualOverride "auto"), DeviceManager loading devices.json / settings.json, MqttService (MQTTnet v4, 1883) and
// OpenWbManager.SendeBefehlAsync publishing openWB/set/... topics.
// Added: Shelly Gen1 authentication (ShellyDevice.Username/Password read into a NetworkCredential) with the demo
// device list written on first start (its password: IOT1001), the openWB 2.x broker login whose settings default is
// a template (reaches WithCredentials: IOT1006), the VRM portal id (none).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;
using MqttFactory = MQTTnet.MqttFactory;
using MqttApplicationMessageBuilder = MQTTnet.MqttApplicationMessageBuilder;

namespace VictronEasyManager
{
    public class AppSettings
    {
        public string VictronIp { get; set; } = "";
        public string VrmPortalId { get; set; } = "c0619ab2f3d4"; // expect: none
        public string OpenWbBrokerIp { get; set; } = "192.168.1.80";
        public string OpenWbUser { get; set; } = "openwb";
        public string OpenWbPassword { get; set; } = "YOUR_OPENWB_PASSWORD"; // expect: IOT1006
    }

    public class ShellyDevice
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public int Priority { get; set; } = 99;
        public string Name { get; set; } = "Neues Gerät";
        public string IpAddress { get; set; } = "";
        public string ControlMode { get; set; } = "grid";
        public double OnValue { get; set; } = 0;
        public double OffValue { get; set; } = 0;
        public string ManualOverride { get; set; } = "auto";
        public bool IsOn { get; set; } = false;

        // Shelly Gen1 "restrict login" credentials
        public string Username { get; set; } = "admin"; // expect: none
        public string Password { get; set; } = "";
    }

    public class DeviceManager
    {
        private readonly string _devicesFile = "devices.json";
        private readonly string _settingsFile = "settings.json";
        private List<ShellyDevice> _devices = new List<ShellyDevice>();

        public AppSettings Settings { get; private set; } = new AppSettings();
        public double LiveSoc { get; set; }
        public double LiveGrid { get; set; }
        public double LivePv { get; set; }

        public DeviceManager()
        {
            LoadSettings();
            LoadDevices();
        }

        public void LoadSettings()
        {
            if (File.Exists(_settingsFile))
            {
                try { Settings = JsonSerializer.Deserialize<AppSettings>(File.ReadAllText(_settingsFile)) ?? new AppSettings(); }
                catch { Settings = new AppSettings(); }
            }
        }

        public void LoadDevices()
        {
            if (File.Exists(_devicesFile))
            {
                try { _devices = JsonSerializer.Deserialize<List<ShellyDevice>>(File.ReadAllText(_devicesFile)) ?? new List<ShellyDevice>(); }
                catch { _devices = new List<ShellyDevice>(); }
            }
            else
            {
                // First start on the Cerbo: the two relays the installer wires for every customer.
                _devices.Add(new ShellyDevice { Name = "Heizstab", IpAddress = "192.168.1.61", OnValue = -2500, OffValue = 200, Password = "Sh3lly-Boiler!7" }); // expect: IOT1001
                _devices.Add(new ShellyDevice { Name = "Pool-Pumpe", IpAddress = "192.168.1.62", OnValue = -900, OffValue = 100 });
                SaveDevices();
            }
        }

        public void SaveDevices()
        {
            File.WriteAllText(_devicesFile, JsonSerializer.Serialize(_devices, new JsonSerializerOptions { WriteIndented = true }));
        }

        public List<ShellyDevice> GetAllDevices() => _devices;
    }

    public class AutomationEngine
    {
        private readonly DeviceManager _manager;

        public AutomationEngine(DeviceManager manager) { _manager = manager; }

        public async Task EvaluateAsync()
        {
            foreach (var device in _manager.GetAllDevices())
            {
                bool shouldBeOn = device.ManualOverride == "on" || (device.ManualOverride == "auto" && _manager.LiveGrid < device.OnValue);
                if (shouldBeOn == device.IsOn) continue;

                var handler = new HttpClientHandler { Credentials = new NetworkCredential(device.Username, device.Password) };
                using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(5) };
                await http.GetAsync($"http://{device.IpAddress}/relay/0?turn={(shouldBeOn ? "on" : "off")}");
                device.IsOn = shouldBeOn;
            }
        }
    }

    // openWB Software-Serie 2.x (MQTT-Broker mit Login)
    public class OpenWbManager
    {
        private readonly AppSettings _settings;

        public OpenWbManager(AppSettings settings) { _settings = settings; }

        private async Task SendeBefehlAsync(string topic, string payload)
        {
            var factory = new MqttFactory();
            using var mqttClient = factory.CreateMqttClient();

            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(_settings.OpenWbBrokerIp, 1883)
                .WithCredentials(_settings.OpenWbUser, _settings.OpenWbPassword)
                .WithTimeout(TimeSpan.FromSeconds(5))
                .Build();

            try
            {
                await mqttClient.ConnectAsync(options, CancellationToken.None);
                var message = new MqttApplicationMessageBuilder()
                    .WithTopic(topic)
                    .WithPayload(payload)
                    .Build();
                await mqttClient.PublishAsync(message, CancellationToken.None);
                await mqttClient.DisconnectAsync();
                Console.WriteLine($"[OpenWB] Befehl gesendet: {payload} an {topic}");
            }
            catch (Exception ex)
            {
                Console.WriteLine($"[OpenWB Fehler] Konnte Befehl nicht senden: {ex.Message}");
            }
        }

        public async Task StarteLaden()
        {
            await SendeBefehlAsync("openWB/set/chargepoint/1/set/manual_lock", "false");
        }

        public async Task SetzeAmpere(int ampere)
        {
            await SendeBefehlAsync("openWB/set/chargepoint/1/set/current", ampere.ToString());
        }
    }
}
