// Real source: MrCSharp22/nanoframework-esp32-panasonic-ir-automation Wifi.cs
// Also used: Mqtt.cs, Program.cs. An ESP32 on .NET nanoFramework reads a DHT22 in the bedroom, drives a Panasonic air
// conditioner over IR and reports to Home Assistant by MQTT discovery, then deep-sleeps for 15 minutes.
// Kept: Wifi.Configure(ssid:, password:) called from the "#region HIDE" block when the stored Wireless80211
// configuration is empty (the author hid the values; invented ones stand here), ConnectDhcp with the stored SSID and
// key, the M2Mqtt Connect with named username/password arguments (filled with the template the README asks for) and
// the "IP ADDRESS OF INSTANCE" host placeholder, the Home Assistant discovery topics and the GPIO pin constants.
// Changed: the stubbed Wireless80211Configuration has only Ssid and Password, so Options/Authentication are not set.
using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.M2Mqtt;
using System.Net.NetworkInformation;

namespace nanoFramework_Panasonic_Automation
{
    internal static class Wifi
    {
        internal static void Connect()
        {
            var wifiConfig = GetConfiguration();
            if (wifiConfig == null || string.IsNullOrEmpty(wifiConfig.Ssid))
            {
                #region HIDE
                Configure(ssid: "Kowhai-IoT", password: "xDikTCaL#3ahID"); // expect: IOT1001
                #endregion

                wifiConfig = GetConfiguration();
                var firstConnectionResult = WifiNetworkHelper.ConnectDhcp(wifiConfig.Ssid,
                    wifiConfig.Password,
                    reconnectionKind: WifiReconnectionKind.Automatic,
                    requiresDateTime: true,
                    token: new CancellationTokenSource(60000).Token);

                Debug.WriteLine($"WIFI First-Time Connection Status: {firstConnectionResult}");
            }
            else
            {
                var reconnectionResult = WifiNetworkHelper.Reconnect();
                Debug.WriteLine($"WIFI Reconnection Status: {reconnectionResult}");
            }
        }

        internal static Wireless80211Configuration GetConfiguration()
        {
            return Wireless80211ConfigurationStore.GetStored(0);
        }

        internal static void Configure(string ssid, string password)
        {
            var wconf = GetConfiguration();
            wconf.Ssid = ssid;
            wconf.Password = password;
            wconf.SaveConfiguration();
        }
    }

    internal static class Mqtt
    {
        private static MqttClient MqttClient;

        internal static void Connect()
        {
            try
            {
                if (MqttClient != null && MqttClient.IsConnected)
                {
                    return;
                }

                MqttClient = new MqttClient("IP ADDRESS OF INSTANCE"); // expect: none
                MqttClient.Connect(Guid.NewGuid().ToString(), username: "esp32-ac", password: "YOUR_MQTT_PASSWORD"); // expect: IOT1006
            }
            catch
            {
                // do nothing
            }
        }

        internal static void AnnounceTempSensorToHomeAssistant(string area)
        {
            MqttClient.Publish($"homeassistant/sensor/{area}Temperature/config",
                Encoding.UTF8.GetBytes($"{{ \"name\": \"{area} temperature sensor\", \"device_class\": \"temperature\", \"state_topic\": \"homeassistant/sensor/{area}/state\", \"unit_of_measurement\": \"°C\", \"value_template\": \"{{{{ value_json.temperature }}}}\"}}"),
                nanoFramework.M2Mqtt.Messages.MqttQoSLevel.AtMostOnce, true);
        }

        internal static void PublishData(string area, double temp, double humidity)
        {
            MqttClient.Publish($"homeassistant/sensor/{area}/state",
                Encoding.UTF8.GetBytes($"{{ \"temperature\": {temp}, \"humidity\": {humidity} }}"),
                nanoFramework.M2Mqtt.Messages.MqttQoSLevel.AtMostOnce, false);
        }
    }

    public class Program
    {
        private const int statusLedPin = 22;
        private const int dhtWakePin = 26;
        private const int irWakePin = 15; // expect: none
        private const string area = "Bedroom";

        public static void Main()
        {
            Debug.WriteLine("INFO ==> PROGRAM STARTED.");
            Wifi.Connect();
            Mqtt.Connect();
            Mqtt.AnnounceTempSensorToHomeAssistant(area);
            Mqtt.PublishData(area, 21.5, 48.0);
            Debug.WriteLine("INFO ==> GOING TO SLEEP. SEE YOU SOON!");
        }
    }
}
