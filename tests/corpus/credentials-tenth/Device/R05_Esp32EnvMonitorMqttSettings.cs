// Real source: unrealbg/ESP32-nanoFramework-EnvMonitor ESP32-NF-MQTT-DHT/Settings/MqttSettings.cs
// (+ Settings/WifiSettings.cs, Helpers/DeviceConfig.cs, Services/MQTT/MqttConnectionManager.cs,
//    Services/MqttClientService.cs AttemptBrokerConnection, Services/ConnectionService.cs Connect; all trimmed)
// Domain: ESP32 (nanoFramework) environment monitor publishing DHT/AHT readings over MQTT.
// Kept: the key=value device.config loader with its GetString(key, defaultValue) fallbacks (including the
// original "user"/"pass" MQTT defaults), MaskValue, the static settings classes read with `using static`, the
// connection manager passing (clientId, user, pass) to nanoFramework M2Mqtt, WifiAdapter.Connect(SSID, ..., Password).
// Changed: M2Mqtt's six-argument constructor became MqttClient(broker) and WifiAdapter is reached through stub
// extensions (stub surface). Added (marked): SeedBenchDefaults for the lab bench board.
using System;
using System.Collections;
using System.Device.Wifi;
using System.Diagnostics;
using System.IO;
using System.Text;
using nanoFramework.M2Mqtt;

namespace ESP32_NF_MQTT_DHT.Helpers
{
    /// <summary>
    /// Lightweight key=value configuration loader for nanoFramework devices.
    /// Reads from the device filesystem to avoid hard-coded secrets in firmware.
    /// </summary>
    public static class DeviceConfig
    {
        private const string ConfigPath = "I:\\config\\device.config"; // expect: none
        private static readonly object SyncLock = new object();
        private static readonly Hashtable Values = new Hashtable();
        private static bool _loaded;

        public static void Load()
        {
            lock (SyncLock)
            {
                if (_loaded)
                {
                    return;
                }

                _loaded = true;
                if (!File.Exists(ConfigPath))
                {
                    Debug.WriteLine("Device config not found: " + ConfigPath);
                    return;
                }

                var content = File.ReadAllText(ConfigPath);
                foreach (var raw in content.Split('\n'))
                {
                    var line = raw.Trim();
                    if (line.Length == 0 || line[0] == '#' || line[0] == ';')
                    {
                        continue;
                    }

                    int eq = line.IndexOf('=');
                    if (eq > 0)
                    {
                        // Store as-is (do not log values; may contain secrets)
                        Values[line.Substring(0, eq).Trim()] = line.Substring(eq + 1).Trim();
                    }
                }
            }
        }

        public static string GetString(string key, string defaultValue = "")
        {
            if (string.IsNullOrEmpty(key))
            {
                return defaultValue;
            }

            lock (SyncLock)
            {
                if (!_loaded)
                {
                    Load();
                }

                if (Values.Contains(key))
                {
                    return (string)Values[key];
                }
            }

            return defaultValue;
        }

        public static int GetInt32(string key, int defaultValue)
        {
            var s = GetString(key, null);
            int v;
            return int.TryParse(s, out v) ? v : defaultValue;
        }

        public static bool GetBoolean(string key, bool defaultValue)
        {
            var s = GetString(key, null);
            if (s == "1" || s == "true" || s == "True" || s == "yes" || s == "Yes")
            {
                return true;
            }

            if (s == "0" || s == "false" || s == "False" || s == "no" || s == "No")
            {
                return false;
            }

            return defaultValue;
        }

        // Added: the lab bench board has no SD card; its settings are seeded in code.
        public static void SeedBenchDefaults()
        {
            lock (SyncLock)
            {
                _loaded = true;
                Values["wifi.ssid"] = "envmon-bench";
                Values["wifi.password"] = "Birch-Lantern-Fen4"; // expect: IOT1001
                Values["mqtt.broker"] = "10.20.0.5";
                Values["mqtt.user"] = "envmon";
                Values["mqtt.pass.file"] = "I:\\config\\mqtt.pass"; // expect: none
                Values["ota.token"] = "nZ4r-Qe8t-Lw2x-Hs6v"; // expect: IOT1001
                Values["ota.tokenHeader"] = "X-OTA-Token"; // expect: none
            }
        }

        private static string MaskValue(string key, string value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return string.Empty;
            }

            string normalizedKey = key == null ? string.Empty : key.ToLower();
            if (normalizedKey.IndexOf("password") >= 0 || // expect: none
                normalizedKey.IndexOf("pass") >= 0 || // expect: none
                normalizedKey.IndexOf("secret") >= 0 || // expect: none
                normalizedKey.IndexOf("token") >= 0) // expect: none
            {
                return "***"; // expect: none
            }

            return value;
        }
    }

    public static class LogHelper
    {
        public static void LogInformation(string message) => Debug.WriteLine(message);
        public static void LogWarning(string message) => Debug.WriteLine(message);
        public static void LogError(string message) => Debug.WriteLine(message);
    }
}

namespace ESP32_NF_MQTT_DHT.Settings
{
    using ESP32_NF_MQTT_DHT.Helpers;

    public static class DeviceSettings
    {
        public static string DeviceName => DeviceConfig.GetString("device.name", "esp32-envmon");
    }

    public static class MqttSettings
    {
        // Loaded from I:\config\device.config
        // mqtt.broker=...
        // mqtt.port=1883
        // mqtt.tls=false
        // mqtt.user=...
        // mqtt.pass=...
        public static string Broker => DeviceConfig.GetString("mqtt.broker", "mqtt.broker.com");
        public static int Port => DeviceConfig.GetInt32("mqtt.port", 1883); // set to 8883 when tls=true
        public static bool UseTls => DeviceConfig.GetBoolean("mqtt.tls", false);
        public static bool UseLastWill => DeviceConfig.GetBoolean("mqtt.lwt", false);
        public static string ClientUsername => DeviceConfig.GetString("mqtt.user", "user");
        public static string ClientPassword => DeviceConfig.GetString("mqtt.pass", "pass"); // expect: IOT1002

        public static string ClientId => DeviceConfig.GetString("mqtt.clientId", DeviceSettings.DeviceName + "-mqtt");
    }

    public static class WifiSettings
    {
        // Loaded from I:\config\device.config
        // wifi.ssid=...
        // wifi.password=...
        public static string SSID => DeviceConfig.GetString("wifi.ssid", string.Empty);
        public static string Password => DeviceConfig.GetString("wifi.password", string.Empty); // expect: none
    }
}

namespace ESP32_NF_MQTT_DHT.Services.MQTT
{
    using ESP32_NF_MQTT_DHT.Helpers;
    using static ESP32_NF_MQTT_DHT.Settings.MqttSettings;
    using static ESP32_NF_MQTT_DHT.Settings.WifiSettings;

    internal class MqttConnectionManager
    {
        /// <summary>
        /// Gets the MQTT client.
        /// </summary>
        public MqttClient MqttClient { get; private set; }

        /// <summary>
        /// Connects to the MQTT broker.
        /// </summary>
        public bool Connect(string broker, int port, bool useTls, string clientId, string user, string pass)
        {
            try
            {
                LogHelper.LogInformation($"Connecting to MQTT broker: {broker}:{port} (TLS: {useTls})...");
                var sslProtocol = useTls ? MqttSslProtocols.TLSv1_2 : MqttSslProtocols.None;
                this.MqttClient = new MqttClient(broker);
                this.MqttClient.Connect(clientId, user, pass);

                if (this.MqttClient.IsConnected)
                {
                    LogHelper.LogInformation("MQTT client connected successfully!");
                    return true;
                }
            }
            catch (Exception ex)
            {
                LogHelper.LogError($"Error connecting to broker {ex.Message}");
            }

            return false;
        }
    }

    internal class MqttClientService
    {
        private readonly MqttConnectionManager _connectionManager = new MqttConnectionManager();

        /// <summary>
        /// Attempts to connect to the MQTT broker.
        /// </summary>
        internal bool AttemptBrokerConnection()
        {
            try
            {
                bool isConnected = _connectionManager.Connect(Broker, Port, UseTls, ClientId, ClientUsername, ClientPassword);
                return isConnected && _connectionManager.MqttClient != null && _connectionManager.MqttClient.IsConnected;
            }
            catch (Exception ex)
            {
                LogHelper.LogError($"MQTT connect error: {ex.Message}\n{ex}");
            }

            return false;
        }
    }

    public class ConnectionService
    {
        private const int MAX_CONNECTION_ATTEMPTS = 10;
        private readonly WifiAdapter _wifiAdapter;

        public ConnectionService()
        {
            _wifiAdapter = WifiAdapter.FindAllAdapters()[0];
        }

        public void Connect()
        {
            int attemptCount = 0;
            while (attemptCount < MAX_CONNECTION_ATTEMPTS)
            {
                attemptCount++;
                LogHelper.LogInformation($"Connecting... [Attempt {attemptCount}/{MAX_CONNECTION_ATTEMPTS}]");
                var result = _wifiAdapter.Connect(SSID, WifiReconnectionKind.Automatic, Password);
                if (result.ConnectionStatus == WifiConnectionStatus.Success)
                {
                    break;
                }

                LogHelper.LogWarning(GetErrorMessage(result.ConnectionStatus));
            }
        }

        private string GetErrorMessage(WifiConnectionStatus status)
        {
            switch (status)
            {
                case WifiConnectionStatus.AccessRevoked: return "Access to the network has been revoked";
                case WifiConnectionStatus.InvalidCredential: return "Invalid credential was presented"; // expect: none
                case WifiConnectionStatus.NetworkNotAvailable: return "Network is not available";
                case WifiConnectionStatus.Timeout: return "Connection attempt timed out";
                default: return "Unknown error";
            }
        }
    }
}
