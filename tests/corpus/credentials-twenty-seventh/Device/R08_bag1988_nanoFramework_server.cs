// Real source: bag1988/nanoFramework_server esp32_s3/Models/GlobalConstant.cs, esp32_s3/Services/WebServerImpl.cs (42c48c71)
// ESP32-S3 heating controller on .NET nanoFramework: Xiaomi BLE thermometers, an LCD keypad shield, a web server, and
// Wi-Fi credentials provisioned over a BLE characteristic. Kept: the timing, pin and BLE UUID constants (the Wi-Fi
// password characteristic's UUID among them), the Connect method that joins the Wi-Fi network the board manager holds.
// Added: a bench fallback network used when nothing has been provisioned yet (invented SSID and password).
// Changed: KEYPAD_PIN is the number of Gpio.IO02 written out; the board manager is a small interface in this file.
using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Networking;

namespace esp32_s3.Models
{
    public class GlobalConstant
    {
        public const int XIAOMI_OFFLINE_TIMEOUT = 30_000;
        public const int CONTROL_DELAY = 30_000;        // GPIO check/control interval (ms)
        public const int WIFI_RECONNECT_DELAY = 60_000; // Wi-Fi reconnect attempt interval (ms)
        public const int XIAOMI_SCAN_INTERVAL = 60_000;

        // pins
        public const int NUM_LEDS = 1;
        public const int PIN_NEOPIXEL = 48; // NeoPixel pin

        #region for BLE
        public const string SERVER_NAME = "ESP32_BLE_CENTRAL_SERVER";
        public const string SERVICE_UUID = "33b6ebbe-538f-4d4a-ba39-2ee04516ff39";
        public const string WIFI_SERVICE_UUID = "e1de7d6e-3104-4065-a187-2de5e5727b26";
        public const string SSID_CHARACTERISTIC_UUID = "93d971b2-4bb8-45d0-9ab3-74d7f881d828";
        public const string PASSWORD_CHARACTERISTIC_UUID = "c5481513-22cb-4aae-9fe3-e9db5d06bf6f"; // expect: none
        public const string UUID_ATC_1 = "0000181A-0000-1000-8000-00805F9B34FB";
        #endregion

        #region for LCD
        public const int BUTTON_DEBOUNCE_DELAY = 200;
        // analog pin for the keypad shield buttons on the ESP32-S3 UNO (GPIO2 = A0)
        public const int KEYPAD_PIN = 2; // expect: none
        public const int KEY_THRESHOLD = 200;
        #endregion

        // bench network used before a phone has provisioned the board over BLE (added for this corpus)
        public const string BENCH_WIFI_SSID = "heating-bench";
        public const string BENCH_WIFI_PASSWORD = "hNAz6c5N9ZGk"; // expect: IOT1001
    }

    public class WifiCredentials
    {
        public string SSID { get; set; }
        public string Password { get; set; }
    }
}

namespace esp32_s3.Services
{
    using esp32_s3.Models;

    public interface IBoardManager
    {
        WifiCredentials GetWifiCredentials { get; }
    }

    public class WebServerImpl
    {
        private readonly CancellationTokenSource tokenSource = new();
        private readonly IBoardManager _boardManager;

        public WebServerImpl(IBoardManager boardManager)
        {
            _boardManager = boardManager;
        }

        public void Connect()
        {
            try
            {
                var wifiSetting = _boardManager.GetWifiCredentials;
                if (!string.IsNullOrEmpty(wifiSetting.SSID))
                {
                    Debug.WriteLine($"Connecting to WiFi {wifiSetting.SSID}");
                    var b = WifiNetworkHelper.ConnectDhcp(wifiSetting.SSID, wifiSetting.Password, WifiReconnectionKind.Automatic, token: tokenSource.Token);
                }
                else
                {
                    Debug.WriteLine("WiFi parameters not set, joining the bench network");
                    WifiNetworkHelper.ConnectDhcp(GlobalConstant.BENCH_WIFI_SSID, GlobalConstant.BENCH_WIFI_PASSWORD, WifiReconnectionKind.Automatic, token: tokenSource.Token);
                }
            }
            catch (Exception ex)
            {
                Debug.WriteLine($"WiFi connection error: {ex}");
            }
        }
    }
}
