// Real source: Y-Theta/Esp32-nanoframework Samples/WeatherDisplay/Service/WirelessAP.cs (199aaf48), Samples/WeatherDisplay/Service/Wireless80211.cs (199aaf48), Samples/WeatherDisplay/Service/WebServer.cs (199aaf48)
// Domain: ESP32 e-paper weather display that opens a soft access point for Wi-Fi provisioning (nanoFramework).
// Kept: the soft-AP SSID and IP properties, the open soft AP with an empty password (and the commented-out WPA2 example),
//   the station configuration written from the provisioning form's ssid / password, WifiNetworkHelper.ConnectDhcp with
//   the user's values, the form's "ssid" / "password" field names.
// Trimmed: DHCP server, reboot logic, interface lookup, HttpListener loop, HTML resources, AP options / max connections /
//   authentication mode (members the shared stub's WirelessAPConfiguration lacks).
// Added: nothing.
// Shimmed: WirelessAPConfiguration.SaveConfiguration and Wireless80211Configuration.SaveConfiguration (_Stubs.cs).
// Replaced: GetConfiguration() lookups by new configuration objects (the stubs have no interface table).
#nullable disable
using System;
using System.Collections;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;

namespace WeatherDisplay.Service
{
    internal class WirelessAP
    {
        public static string SoftApIP { get; set; } = "192.168.4.1";

        public static string SoftApSsid { get; set; } = "WeatherDisplay_0x01"; // expect: none

        public static bool Setup()
        {
            var wapconf = new WirelessAPConfiguration();

            // Set the SSID for Access Point. If not set will use default  "nano_xxxxxx"
            wapconf.Ssid = SoftApSsid;

            // To set-up Access point with no Authentication
            wapconf.Password = ""; // expect: none

            // To set up Access point with no Authentication. Password minimum 8 chars.
            //wapconf.Password = "password"; // expect: none

            // Save the configuration so on restart Access point will be running.
            wapconf.SaveConfiguration();

            return false;
        }
    }

    internal class Wireless80211
    {
        public static bool Configure(string ssid, string password)
        {
            CancellationTokenSource cs = new(30_000);
            Console.WriteLine("ConnectDHCP");
            WifiNetworkHelper.Disconnect();

            // Reconfigure properly the normal wifi
            var wconf = new Wireless80211Configuration();
            wconf.Ssid = ssid;
            wconf.Password = password;
            wconf.SaveConfiguration();

            bool success = WifiNetworkHelper.ConnectDhcp(ssid, password, WifiReconnectionKind.Automatic, true, token: cs.Token);
            return success;
        }
    }

    public class WebServer
    {
        public void ProcessPost(Hashtable hashPars)
        {
            string ssid = (string)hashPars["ssid"];
            string password = (string)hashPars["password"]; // expect: none

            Debug.WriteLine($"Wireless parameters SSID:{ssid} PASSWORD:{password}");

            if (!string.IsNullOrEmpty(ssid) && !string.IsNullOrEmpty(password))
            {
                // Enable the Wireless station interface
                Wireless80211.Configure(ssid, password);
            }
        }
    }
}
