// Written for corpus38 (not adapted from a repository). Domain: a basement radon sump monitor on an ESP32 (.NET
// nanoFramework): it measures radon, runs the sub-slab suction fan, reports to the installer's IoT hub over the home
// Wi-Fi or an LTE-M modem, offers a setup hotspot and serves an installer calibration page.
#nullable enable
using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Net.NetworkInformation;
using nanoFramework.Networking;
using nanoFramework.WebServer;
using HubClient = nanoFramework.Azure.Devices.Client.DeviceClient;

namespace Corpus38.RadonSumpMonitor
{
    public class RadonMonitor
    {
        const string BasementSsid = "HomeNet-Basement"; // expect: none
        const string ApnUser = "radonmon"; // expect: none
        const string ApnPassword = "B3-2fzYcm%6"; // expect: IOT1001
        const string ServiceTechPin = "9413"; // expect: IOT1004
        const int FanRelayPin = 26; // expect: none
        const double ActionLevelBqPerM3 = 300.0;
        readonly SerialPort _modem = new SerialPort("COM2", 115200);
        readonly Random _rng = new Random();

        public bool JoinHomeWifi() => WifiNetworkHelper.ScanAndConnectDhcp(ssid: BasementSsid, password: "${WIFI_PSK}"); // expect: IOT1006

        public Wireless80211Configuration SetupHotspot() =>
            new Wireless80211Configuration { Ssid = "RadonSetup", Password = "12345678" }; // expect: IOT1002

        public void AttachLte()
        {
            _modem.Open();
            _modem.WriteLine("AT+CGDCONT=1,\"IP\",\"iot.1nce.net\"");
            _modem.WriteLine($"AT+CGAUTH=1,1,\"{ApnUser}\",\"{ApnPassword}\"");
            _modem.WriteLine("AT+CSQ");
            Debug.WriteLine("AT+CPIN=\"<hidden>\" sent to the modem"); // expect: none
        }

        public HubClient ConnectInstallerHub() =>
            new HubClient("radon-hub.azure-devices.net", "sump-0412", "vAwOMvapCv/GLDraYxIh8ww7WNNSizknO3O9/v/Q6t8="); // expect: IOT1003

        public bool OpenServiceMenu(string typed) => typed.Trim() == ServiceTechPin;

        public string SetupPassword(string serial)
        {
            string setupPassword = "RADON-" + serial[^6..]; // expect: IOT1005
            return setupPassword;
        }

        public string NewCalibrationChallenge()
        {
            uint challenge = (uint)_rng.Next(); // expect: IOT3005
            return challenge.ToString("X8");
        }

        public int FanSpinUpDelayMs() => _rng.Next(500, 1500); // expect: none

        public bool AboveActionLevel(double bq) => bq >= ActionLevelBqPerM3;

        public int RelayPin => FanRelayPin;
    }

    [Authentication("Basic:installer A9_w2jy~Ezx")] // expect: IOT1001
    public class InstallerController
    {
        public void Calibrate(double referenceBq) { }
    }
}
