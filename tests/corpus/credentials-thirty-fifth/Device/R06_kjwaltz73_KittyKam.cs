// Real source: kjwaltz73/KittyKam Camera/Program.cs, Camera/Wifi.cs (236c78b8)
// Domain: a .NET nanoFramework ESP32 cat camera ("Kitty Kam") with a small admin web page and over-the-air updates.
// Kept: Main's Wi-Fi join with the SSID and password written in the call, the wait for an IP address, the host status and
//   admin server start; Wifi.Connect handing both on to WifiNetworkHelper.ConnectDhcp with named arguments.
// Trimmed: AdminServer, OtaHost (their bodies), the status / exception logging after a failed join (the shared stub has no
//   WifiNetworkHelper.Status or HelperException).
// Changed: the Wi-Fi call in Main is split over lines so that the SSID and the password each carry their own label.
// Added: NetworkInfo, OtaHost and AdminServer stand-ins (no bodies of their own).
// Replaced: the author's real home Wi-Fi password (13 characters with symbols) is REPLACED by 13 random characters of the
//   same kind generated with python secrets. The SSID is kept as written.
using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Networking;

namespace KittyKamHost
{
    public class Program
    {
        public static void Main()
        {
            // TODO: set your Wi-Fi SSID/password here
            Wifi.Connect(
                "KYLEW-24", // expect: none
                "O2Q7#1JnERJBi"); // expect: IOT1001

            WaitForIp();

            // Initialize host status
            OtaHost.Init("1.0.0");

            // Start admin web server on port 80
            var admin = new AdminServer();
            admin.Start(80);

            // Keep running
            Thread.Sleep(Timeout.Infinite);
        }

        private static void WaitForIp(int timeoutMs = 15000)
        {
            var start = DateTime.UtcNow;
            while ((DateTime.UtcNow - start).TotalMilliseconds < timeoutMs)
            {
                var ip = NetworkInfo.GetIpAddress();
                if (!string.IsNullOrEmpty(ip) && ip != "0.0.0.0")
                {
                    Debug.WriteLine($"[Net] Device IP: {ip}");
                    return;
                }
            }
            Debug.WriteLine("[Net] Timed out waiting for IP.");
        }
    }

    public static class Wifi
    {
        public static void Connect(string ssid, string password)
        {
            Debug.WriteLine($"[WiFi] Connecting to SSID '{ssid}'...");

            // Simplest overload: SSID + password + requiresDateTime flag
            bool success = WifiNetworkHelper.ConnectDhcp(
                ssid: ssid,
                password: password,
                requiresDateTime: false
            );

            Debug.WriteLine(success ? "[WiFi] Connected and DHCP acquired." : "[WiFi] Connect failed.");
            DelayMs(1000);
        }

        private static void DelayMs(int ms)
        {
            var start = DateTime.UtcNow;
            while ((DateTime.UtcNow - start).TotalMilliseconds < ms) { /* spin-wait */ }
        }
    }

    // added: stand-ins for the project's NetworkInfo, OtaHost and AdminServer
    public static class NetworkInfo { public static string GetIpAddress() => "0.0.0.0"; }
    public static class OtaHost { public static string? CurrentVersion { get; private set; } public static void Init(string version) => CurrentVersion = version; }
    public sealed class AdminServer { public void Start(int port) { } }
}
