using System;
using System.Diagnostics;
using System.Net;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Farm.Silo
{
    // Grain silo monitor (ESP32, nanoFramework): temperature cables, moisture and fill level, with a small
    // web server the agronomist reaches from the yard.
    public class Program
    {
        const string YardSsid = "Silo-Yard";
        const string YardPassword = "Wheat&Barley-19"; // expect: IOT1001

        public static void Main()
        {
            var connected = WifiNetworkHelper.ConnectDhcp(YardSsid, YardPassword, requiresDateTime: true, token: new CancellationTokenSource(60000).Token);
            if (!connected)
            {
                // second yard on the neighbour's farm: template not filled in yet
                WifiNetworkHelper.ScanAndConnectDhcp("Silo-Yard-North", "REPLACE-WITH-YOUR-WIFI-KEY"); // expect: IOT1006
            }

            var server = new WebServer(80)
            {
                ApiKey = "silo-api-5b21c7e0d9", // expect: IOT1001
            };
            Debug.WriteLine("Silo web server up");
            Thread.Sleep(Timeout.Infinite);
        }
    }

    [Authentication("Basic:agronomist Harvest!Moist-14")] // expect: IOT1001
    public class MoistureController
    {
        [Route("api/moisture")]
        public void Get(WebServerEventArgs e) { }
    }

    [Authentication("Basic:admin admin")] // expect: IOT1002
    public class LegacyAerationController
    {
        [Route("api/aeration/password")] // expect: none
        public void Toggle(WebServerEventArgs e) { }
    }

    [Authentication("None")] // expect: none
    public class StatusController
    {
        [Route("api/status")]
        public void Status(WebServerEventArgs e) { }
    }

    public static class Commissioning
    {
        public static System.Net.NetworkInformation.WirelessAPConfiguration SetupAccessPoint(byte[] mac) =>
            new System.Net.NetworkInformation.WirelessAPConfiguration
            {
                Ssid = "SILO-SETUP",
                Password = "silo" + BitConverter.ToString(mac).Replace("-", ""), // expect: IOT1005
            };

        public static string NewWebSession()
        {
            var webSessionId = new Random().Next().ToString("x8"); // expect: IOT3005
            return webSessionId;
        }

        public const string TokenRefreshRoute = "api/token/refresh"; // expect: none
        public const string MoistureWarning = "Moisture above 14 %: dry the grain before storage"; // expect: none
    }
}
