// Real source: alberk8/nanoFramework-StaticIP nanoFramework-StaticIP/Program.cs (29e5017d)
// Domain: a .NET nanoFramework ESP32 sample that joins Wi-Fi with a fixed IP address, netmask, gateway and DNS server and
//   checks the Internet by resolving a host name.
// Kept: the static SSID / password / address fields, the adapter disconnect, the NetworkAvailabilityChanged handler,
//   ConnectFixAddress with named arguments, the DNS check.
// Trimmed: the commented ConnectDhcp alternative and OLED lines.
// Changed: the IPConfiguration is made by an added factory (the shared stub declares no constructor with addresses).
// Added: StaticIp.Build.
// Shimmed (_Stubs.cs): WifiAdapter.Disconnect.
// Replaced: nothing; "WifiSSID" / "password" are the sample's template values, kept as written ("password" is also a
//   universal default, so IOT1002 rather than a placeholder).
using System;
using System.Device.Wifi;
using System.Diagnostics;
using System.Net;
using System.Net.NetworkInformation;
using System.Threading;
using nanoFramework.Networking;

namespace nanoFramework_StaticIP
{
    public class Program
    {
        private static string _ssid = "WifiSSID"; // expect: none
        private static string _password = "password"; // expect: IOT1002
        private static string _ip = "192.168.1.181";
        private static string _netmask = "255.255.255.0";
        private static string _gw = "192.168.1.1";
        private static string _dns1 = "192.168.1.1";

        public static void Main()
        {
            Debug.WriteLine("Hello from nanoFramework!");

            var wifiAdapters = WifiAdapter.FindAllAdapters();
            var wifi = wifiAdapters[0];
            wifi.Disconnect();

            // This will never trigger if the wifi is not disconnected first.
            NetworkChange.NetworkAvailabilityChanged += NetworkChange_NetworkAvailabilityChanged;

            IPConfiguration ip = StaticIp.Build(_ip, _netmask, _gw, new string[] { _dns1 });

            CancellationTokenSource cancelToken = new CancellationTokenSource(40_000);

            Debug.WriteLine("Starting Wifi Connect");

            bool isConnected = WifiNetworkHelper
                                .ConnectFixAddress(_ssid,
                                                    _password,
                                                    ipConfiguration: ip,
                                                    reconnectionKind: nanoFramework.Networking.WifiReconnectionKind.Automatic,
                                                    requiresDateTime: true,
                                                    token: cancelToken.Token);

            if (isConnected)
            {
                Debug.WriteLine("Wifi Connected ");
                try
                {
                    var addresses = Dns.GetHostEntry("www.google.com");
                    foreach (var addr in addresses.AddressList)
                    {
                        Console.WriteLine("Google IP: " + addr.ToString());
                    }
                }
                catch (Exception)
                {
                    Console.WriteLine("No Internet to resolve DNS");
                }
            }
            else
            {
                Debug.WriteLine("Wifi is not connected ");
            }

            Thread.Sleep(Timeout.Infinite);
        }

        private static void NetworkChange_NetworkAvailabilityChanged(object? sender, NetworkAvailabilityEventArgs e)
        {
            Debug.WriteLine("\n############ Network Changed ######################");
            Debug.WriteLine((e.IsAvailable ? "Wifi ON **** " : "Wifi Off ") + DateTime.UtcNow.ToString("u") + "\n");
        }
    }

    // added: builds the fixed-address configuration
    public static class StaticIp
    {
        public static IPConfiguration Build(string address, string netmask, string gateway, string[] dns) => new IPConfiguration();
    }
}
