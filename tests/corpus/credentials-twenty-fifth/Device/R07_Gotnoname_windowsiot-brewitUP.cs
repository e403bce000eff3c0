// Real source: Gotnoname/windowsiot-brewitUP BrewLib/Wifi/WiFiConnector.cs
// Also used: BrewLib/Wifi/WiFiSettings.cs, NewBrewPi/Views/WiFi.xaml.cs (the connect button handler, without XAML).
// A Raspberry Pi brewing controller on Windows 10 IoT Core: the Wi-Fi page scans, connects with the key typed on the
// on-screen keyboard and WiFiSettings persists the choice to brewWiFiSettings.dat. Kept: the singleton connector,
// GetSpecificNetwork(adapter, bssid, ssid), ConnectAsync(network, reconnectionKind, password), the settings file.
// Changed: the shared stubs' UWP WiFiAdapter takes the credential's text directly (PasswordCredential in UWP); added:
// the brewery's known networks tried on first boot when no settings file exists yet.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Windows.Devices.WiFi;

namespace BrewLib.WiFi
{
    public class WiFiNetworkDisplay
    {
        public WiFiNetworkDisplay(WiFiScanEntry entry) { Ssid = entry.Ssid; Bssid = entry.Bssid; AvailableNetwork = entry.Network; IsOpenNetwork = entry.IsOpen; }
        public string Ssid { get; }
        public string Bssid { get; }
        public bool IsOpenNetwork { get; }
        public WiFiAvailableNetwork AvailableNetwork { get; }
    }

    public class WiFiConnector
    {
        private static WiFiConnector _instance;
        public static WiFiConnector Instance => _instance ??= new WiFiConnector();

        private WiFiAdapter _firstAdapter;
        public string DeviceId { get; private set; }
        public WiFiReconnectionKind ReconnectionKind { get; private set; }

        // The brewery's own networks, tried in order on first boot (before anyone has used the Wi-Fi page).
        private static readonly (string Ssid, string Password)[] BreweryNetworks =
        {
            ("BrewHouse-2G", "sBvi%4b5w6#rR3"), // expect: IOT1001
            ("BrewHouse-Lab", "K6mkWjOtvoJV8i"), // expect: IOT1001
            ("Taproom-Guest", "<guest network key>"), // expect: IOT1006
        };

        public const string PasswordPrompt = "Network key (8-63 characters)"; // expect: none

        public async Task<bool> Init(WiFiAdapter overrideAdapter = null)
        {
            _firstAdapter = overrideAdapter ?? WiFiAdapterShim.FindFirst();
            DeviceId = "wifi0";
            return await Task.FromResult(_firstAdapter != null);
        }

        public async Task<WiFiNetworkDisplay> GetSpecificNetwork(WiFiAdapter adapter, string bssid, string ssid)
        {
            var report = await adapter.ScanAsync();
            foreach (var network in report.AvailableNetworks)
            {
                if ((bssid == null || network.Bssid.Equals(bssid)) && network.Ssid.Equals(ssid))
                    return new WiFiNetworkDisplay(network);
            }
            return null;
        }

        public Task<bool> ConnectAsync(WiFiNetworkDisplay network, WiFiReconnectionKind reconnectionKind, string password)
        {
            ReconnectionKind = reconnectionKind;
            object result;
            if (network.IsOpenNetwork)
            {
                result = _firstAdapter.Connect(network.AvailableNetwork, reconnectionKind, null);
            }
            else
            {
                // Only the password portion of the credential needs to be supplied
                result = _firstAdapter.Connect(network.AvailableNetwork, reconnectionKind, password);
            }
            return Task.FromResult(result != null);
        }

        public async Task<bool> ConnectToKnownNetworkAsync()
        {
            foreach (var (ssid, password) in BreweryNetworks)
            {
                var network = await GetSpecificNetwork(_firstAdapter, null, ssid);
                if (network != null && await ConnectAsync(network, WiFiReconnectionKind.Automatic, password))
                {
                    Debug.WriteLine("Connected to " + ssid);
                    return true;
                }
            }
            return false;
        }
    }

    public class WiFiSettings
    {
        private static WiFiSettings _instance = null;
        public static WiFiSettings Instance => _instance ??= new WiFiSettings();

        private readonly string _settingsFilePath;
        private const string SETTINGS_FILE_NAME = "brewWiFiSettings.dat"; // expect: none

        public string Password { get; private set; }
        public string DeviceId { get; private set; }
        public string Bssid { get; private set; }
        public string Ssid { get; private set; }
        public WiFiReconnectionKind ReconnectionKind { get; private set; }

        public WiFiSettings()
        {
            _settingsFilePath = Path.Combine(AppContext.BaseDirectory, SETTINGS_FILE_NAME);
        }

        public void Save(WiFiReconnectionKind reconnectionKind, WiFiNetworkDisplay network, string deviceId, string password)
        {
            try
            {
                using var writer = new BinaryWriter(new FileStream(_settingsFilePath, FileMode.Create));
                writer.Write((byte)reconnectionKind);
                writer.Write(password);
                writer.Write(deviceId);
                writer.Write(network.Bssid);
                writer.Write(network.Ssid);
            }
            catch (Exception)
            {
                Debug.WriteLine("Could not save WiFiSettings");
            }
        }

        public async Task<bool> LoadAndConnect()
        {
            var connector = WiFiConnector.Instance;
            await connector.Init();
            if (!File.Exists(_settingsFilePath))
                return await connector.ConnectToKnownNetworkAsync();

            using (var reader = new BinaryReader(new FileStream(_settingsFilePath, FileMode.Open)))
            {
                ReconnectionKind = (WiFiReconnectionKind)reader.ReadByte();
                Password = reader.ReadString();
                DeviceId = reader.ReadString();
                Bssid = reader.ReadString();
                Ssid = reader.ReadString();
            }
            return true;
        }
    }
}
