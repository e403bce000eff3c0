// Real source: Richy1989/Modicus Modicus/Settings/MqttSettings.cs, Settings/WifiSettings.cs, Settings/GlobalSettings.cs,
// Manager/SettingsManager.cs (CreateNewSettingsFile), Manager/MqttManager.cs (EstablishConnection),
// Wifi/Wireless80211.cs (Configure), Wifi/WirelessAP.cs (Setup)
// Domain: nanoFramework ESP32 sensor collector (BME280) with a set-up access point, web UI and MQTT.
// Kept: the settings classes, GlobalSettings holding WifiSettings and MqttSettings, the settings read at
// WifiNetworkHelper.ConnectDhcp(wifiSettings.Ssid, wifiSettings.Password) and at
// mqtt.Connect(MqttClientID, MqttUserName, MqttPassword), the open set-up AP with Password = "" and the
// commented WPA2 alternative.
// Changed: MqttReasonCode comparison written against the stubbed byte result; the static-IP branch and the AP
// options/SaveConfiguration calls left out (not in the stubbed nanoFramework surface); JSON persistence trimmed.
// Added: factory defaults written into the settings on a fresh install, the WPA2 AP password derived from the MAC
// address for installers, the masked state message.
using System;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;

namespace Modicus.Settings
{
    public class MqttSettings
    {
        public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(1);
        public bool ConnectToMqtt { get; set; }
        public string MqttUserName { get; set; }
        public string MqttPassword { get; set; }
        public string MqttClientID { get; set; }
        public string MqttHostName { get; set; }
        public int MqttPort { get; set; } = 1883;
    }

    public class WifiSettings
    {
        public bool ConnectToWifi { get; set; }
        public string Ssid { get; set; }
        public string Password { get; set; }
        public string IP { get; set; }
        public string NetworkMask { get; set; }
        public string DefaultGateway { get; set; }
        public bool StaticAddress { get; set; }
        public bool StartinAPMode { get; set; }
    }

    internal class GlobalSettings
    {
        public bool IsFreshInstall { get; set; }
        public TimeSpan MeasurementInterval { get; set; } = TimeSpan.FromSeconds(1);
        public WifiSettings WifiSettings { get; set; } = new WifiSettings();
        public MqttSettings MqttSettings { get; set; } = new MqttSettings();
    }
}

namespace Modicus.Manager
{
    using Modicus.Settings;

    internal class SettingsManager
    {
        //Setings file Path (I = Internal Flash Memory)
        private const string FilePath = "I:\\settingsnew.json"; // expect: none

        public GlobalSettings GlobalSettings { get; private set; }

        public void CreateNewSettingsFile()
        {
            Debug.WriteLine("+++++ Create new Settings File +++++");
            GlobalSettings newSettings = new()
            {
                IsFreshInstall = true,
                // Added: factory defaults
                WifiSettings = new WifiSettings { ConnectToWifi = true, Ssid = "Modicus-Setup", Password = "12345678" }, // expect: IOT1002
                MqttSettings = new MqttSettings
                {
                    ConnectToMqtt = true,
                    MqttHostName = "192.168.1.50",
                    MqttClientID = "modicus-01",
                    MqttUserName = "modicus",
                    MqttPassword = "dKKGtU6hPB", // expect: IOT1001
                },
            };

            GlobalSettings = newSettings;
        }
    }

    internal class MqttManager
    {
        private MqttClient mqtt;
        private readonly GlobalSettings globalSettings;

        // Added: what the web UI shows
        public string MaskedPassword => string.IsNullOrEmpty(globalSettings.MqttSettings.MqttPassword) ? "" : "********"; // expect: none

        public MqttManager(SettingsManager settingsManager)
        {
            globalSettings = settingsManager.GlobalSettings;
        }

        public bool EstablishConnection()
        {
            mqtt = new MqttClient(globalSettings.MqttSettings.MqttHostName);
            var ret = mqtt.Connect(globalSettings.MqttSettings.MqttClientID, globalSettings.MqttSettings.MqttUserName, globalSettings.MqttSettings.MqttPassword);

            if (ret != 0)
            {
                Debug.WriteLine($"++++ ERROR connecting: {ret} ++++");
                return false;
            }

            Debug.WriteLine($"++++ MQTT connecting successful: {ret} ++++");
            return true;
        }
    }
}

namespace Modicus.WiFi
{
    using Modicus.Settings;

    internal class Wireless80211
    {
        public static bool Configure(WifiSettings wifiSettings)
        {
            bool success = WifiNetworkHelper.ConnectDhcp(wifiSettings.Ssid, wifiSettings.Password, token: new CancellationTokenSource(10000).Token);
            Debug.WriteLine($"Connection is {success}");
            return true;
        }
    }

    internal static class WirelessAP
    {
        public const string SoftApIP = "192.168.4.1";

        public static bool Setup(bool installerMode)
        {
            WirelessAPConfiguration wapconf = new WirelessAPConfiguration();

            // Set the SSID for Access Point. If not set will use default  "nano_xxxxxx"
            //wapconf.Ssid = "MySsid";

            // To set-up Access point with no Authentication
            wapconf.Password = ""; // expect: none

            // To set up Access point with no Authentication. Password minimum 8 chars.
            //wapconf.Authentication = AuthenticationType.WPA2;
            //wapconf.Password = "password";

            // Added: installers get a WPA2 AP whose key they can read off the board label
            if (installerMode)
            {
                byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
                wapconf.Ssid = "Modicus-Install";
                wapconf.Password = "Modicus" + BitConverter.ToString(mac, 3).Replace("-", ""); // expect: IOT1005
            }

            return false;
        }
    }
}
