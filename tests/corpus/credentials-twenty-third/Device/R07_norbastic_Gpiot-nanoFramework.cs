// Real source: https://github.com/norbastic/Gpiot-nanoFramework/blob/eabc633da23ce033b3cfdd637d0d3c6b2d579110/IrrigationControl/Services/WIFIService.cs
// (also IrrigationControl/Constants/AppState.cs, Services/StateManager.cs, Services/WebService.cs, Controllers/ControllerGpio.cs)
// ESP32 irrigation controller on .NET nanoFramework: Wi-Fi settings live in a JSON state file under keys from
// AppState, a hosted WIFIService reconnects every 8 hours, a WebServer exposes GPIO and schedule controllers. Kept:
// AppState keys, StateManager.GetState/SetState, GetWifiSettings/ValidateWifiSettings, ScanAndConnectDhcp. Added: the
// installer hotspot used before the garden's Wi-Fi is set, the setup access point, Basic auth on the schedule API.
// The static-IP branch is dropped (the shared IPConfiguration stub has no constructor arguments).
using System;
using System.Collections;
using System.Diagnostics;
using System.IO;
using System.Net.NetworkInformation;
using System.Threading;
using IrrigationControl.Constants;
using IrrigationControl.Models;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace IrrigationControl.Constants
{
    internal class AppState
    {
        public const string WIFI_SSID = "SSID";
        public const string WIFI_PASSWORD = "WifiPassword"; // expect: none
        public const string WIFI_STATIC_IP = "WifiStaticIp";
        public const string SCHEDULE1_NAME = "Schedule1Name";
        public const string SCHEDULE1_PIN = "Schedule1Pin"; // expect: none
        public const string SCHEDULE1_START = "Schedule1Start";
    }
}

namespace IrrigationControl.Models
{
    public class WifiSettings
    {
        public string SSID { get; set; }
        public string Password { get; set; }
        public string IPAddress { get; set; }
    }
}

namespace IrrigationControl.Services
{
    public class StateManager
    {
        private static StateManager _instance;
        private static readonly object _lock = new object();
        private const string APP_STATE_FILE = "I:\\appState.json";

        private StateManager()
        {
            if (!File.Exists(APP_STATE_FILE))
            {
                File.WriteAllText(APP_STATE_FILE, "{}");
            }
        }

        public static StateManager GetInstance()
        {
            lock (_lock)
            {
                return _instance ??= new StateManager();
            }
        }

        public void SetState(string key, string value)
        {
            var stored = Load();
            stored[key] = value;
            File.WriteAllText(APP_STATE_FILE, nanoFramework.Json.JsonConvert.SerializeObject(stored));
        }

        public string GetState(string key)
        {
            var stored = Load();
            return stored.Contains(key) ? (string)stored[key] : string.Empty;
        }

        private static Hashtable Load()
        {
            using var fileStream = new FileStream(APP_STATE_FILE, FileMode.Open);
            return (Hashtable)nanoFramework.Json.JsonConvert.DeserializeObject(fileStream, typeof(Hashtable)) ?? new Hashtable();
        }
    }

    public class WIFIService
    {
        // the installer's phone hotspot, used until the owner has entered the garden Wi-Fi in the web UI
        private static readonly WifiSettings InstallerHotspot = new WifiSettings
        {
            SSID = "irrigation-installer",
            Password = "ccMQrSQh1Hd#Tknj.J", // expect: IOT1001
        };

        private Timer _timer;

        public void Start()
        {
            // Let's reconnect to WIFI every 8 hours
            _timer = new Timer(_ => ExecuteAsync(), null, TimeSpan.Zero, TimeSpan.FromHours(8));
        }

        protected void ExecuteAsync()
        {
            var wifiSettings = GetWifiSettings();
            if (string.IsNullOrEmpty(wifiSettings.SSID) || string.IsNullOrEmpty(wifiSettings.Password))
            {
                Debug.WriteLine("You need to set initial WIFI SSID and Password! Using installer hotspot."); // expect: none
                if (!ConnectUsingDHCP(InstallerHotspot))
                {
                    StartSetupAccessPoint();
                }
                return;
            }

            ConnectUsingDHCP(wifiSettings);
        }

        private WifiSettings GetWifiSettings() =>
            new()
            {
                SSID = StateManager.GetInstance().GetState(AppState.WIFI_SSID),
                Password = StateManager.GetInstance().GetState(AppState.WIFI_PASSWORD),
                IPAddress = StateManager.GetInstance().GetState(AppState.WIFI_STATIC_IP),
            };

        private bool ConnectUsingDHCP(WifiSettings wifiSettings)
        {
            CancellationTokenSource cs = new(60000);
            var success = WifiNetworkHelper.ScanAndConnectDhcp(wifiSettings.SSID, wifiSettings.Password, requiresDateTime: true, token: cs.Token);
            if (!success)
            {
                Debug.WriteLine("Can't connect to the network");
            }
            return success;
        }

        private void StartSetupAccessPoint()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            var ap = new WirelessAPConfiguration();
            ap.Ssid = "IRRIGATION-" + mac[5].ToString("X2");
            ap.Password = "irr-" + BitConverter.ToString(mac, 2).Replace("-", "").ToLower(); // expect: IOT1005
            Debug.WriteLine("Setup access point started");
        }
    }

    internal class WebService
    {
        private WebServer _server;

        public void Start()
        {
            _server = new WebServer(3000);
            _server.Start();
        }

        public void Stop() => _server.Stop();
    }
}

namespace IrrigationControl.Controllers
{
    public class ControllerGpio
    {
        [Route("activatepin")]
        [Method("GET")]
        public void SetPinActive(WebServerEventArgs e)
        {
            var pinNumber = e.Context.Request.QueryString["pin"];
            WebServer.OutPutStream(e.Context.Response, pinNumber == null ? "missing pin" : "OK");
        }
    }

    [Authentication("Basic:gardener 5JU72AELnEQv")] // expect: IOT1001
    public class ControllerScheduler
    {
        [Route("schedule")]
        [Method("POST")]
        public void SetSchedule(WebServerEventArgs e)
        {
            var name = e.Context.Request.QueryString["name"];
            var start = e.Context.Request.QueryString["start"];
            Services.StateManager.GetInstance().SetState(AppState.SCHEDULE1_NAME, name);
            Services.StateManager.GetInstance().SetState(AppState.SCHEDULE1_START, start);
            WebServer.OutPutStream(e.Context.Response, "OK");
        }
    }
}
