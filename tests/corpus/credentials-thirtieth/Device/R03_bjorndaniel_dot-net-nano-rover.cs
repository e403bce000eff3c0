// Real source: bjorndaniel/dot-net-nano-rover NanoRover.Car/WiFiControl.cs (7cea8ab7)
// Domain: .NET nanoFramework (ESP32) remote-controlled rover car joining the owner's Wi-Fi.
// Kept: the class as written; SSID and password written in place at WiFiNetworkHelper.ConnectDhcp.
// Changed: the Wi-Fi password is replaced by an invented value of the same shape (leet-spelled words, three digits, "!!"); the SSID
//   (a router's default network name) is kept.
// Shims: the shared WiFiNetworkHelper stub takes nanoFramework.Networking.WifiReconnectionKind (the real System.Device.WiFi flavour
//   takes System.Device.WiFi.WiFiReconnectionKind), so the argument is written WifiReconnectionKind.Automatic; the helper's Status and
//   HelperException are read from nanoFramework's NetworkHelper (stubbed in _Stubs.cs) instead of WiFiNetworkHelper.
using nanoFramework.Networking;
using System;
using System.Device.WiFi;
using System.Threading;

namespace NanoRover.Car
{
    public class WiFiControl
    {

        public WiFiControl()
        {
        }

        public bool Connect() //TODO: Add connection retries if disconnected
        {
            Console.WriteLine("Connecting to WIFI");
            CancellationTokenSource cs = new(120000);
            var success = WiFiNetworkHelper.ConnectDhcp("GIDAAC66", "Th1stl3b1rch528!!", WifiReconnectionKind.Automatic, token: cs.Token); // expect: IOT1001
            if (!success)
            {
                Console.WriteLine("Could not get ip address");
                Console.WriteLine($"ex: {NetworkHelper.Status}");

                if (NetworkHelper.HelperException != null)
                {
                    Console.WriteLine($"ex: {NetworkHelper.HelperException}");
                }
                return false;
            }
            Console.WriteLine("Connected to WIFI");
            return true;
        }
    }
}
