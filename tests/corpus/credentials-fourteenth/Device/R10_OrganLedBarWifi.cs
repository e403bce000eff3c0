// Real source: MogamiTsuchikawa/CSharpLEDBar CSharpLEDBar/Program.cs (+ CSharpLEDBar/Secret.cs)
// Kept: Main's WifiNetworkHelper.ConnectDhcp(Secret.ssid, Secret.wifiPassword, requiresDateTime: true, token: cs.Token)
// with a 60 s CancellationTokenSource, the status check, the WebServer start; Secret.cs's static ssid / wifiPassword
// fields, empty as in the original. Changed: new WebServer(80, HttpProtocol.Http, controllers) became new WebServer(80)
// (stub surface); domain turned into the LED bar over a church organ's stop rail (MIDI-driven). Added: the choir-loft
// fallback network and the web server's API key in Secret, and a NotSecrets class.
using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace OrganLedBar
{
    public class Secret
    {
        public static string ssid = ""; // expect: none
        public static string wifiPassword = ""; // expect: none
        public static string loftSsid = "StMarys-Loft"; // Added
        public static string loftPassword = "ZQYYKLGFhvVm_81"; // Added // expect: IOT1001
        public static string stopRailApiKey = "dfaAsQekWwKV%90"; // Added // expect: IOT1001
    }

    public class Program
    {
        private static bool _isConnected = false;
        public static void Main()
        {
            Debug.WriteLine("Hello from nanoFramework!");

            try
            {
                int connectRetry = 0;
                bool success;
                CancellationTokenSource cs = new(60000);
                success = WifiNetworkHelper.ConnectDhcp(Secret.ssid,Secret.wifiPassword,requiresDateTime: true,token: cs.Token);
                if (!success)
                {
                    Debug.WriteLine($"WiFi接続エラー");
                    success = WifiNetworkHelper.ConnectDhcp(Secret.loftSsid, Secret.loftPassword, requiresDateTime: true); // Added
                    if (!success) return;
                }
                WebServer server = new WebServer(80); // Changed
                server.ApiKey = Secret.stopRailApiKey; // Added
                Thread.Sleep(Timeout.Infinite);
            }
            catch(Exception ex)
            {
                Debug.WriteLine($"{ex}");
            }
        }
    }

    static class NotSecrets_R10 // Added
    {
        public const string WifiPasswordKey = "wifi.password.key"; // expect: none
        public const string ApiKeyHeaderName = "ApiKey"; // expect: none
        public const string MidiChannelLabel = "MIDI channel 3 (Swell)"; // expect: none
    }
}
