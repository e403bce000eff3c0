// Real source: Sudkir/nanoServerESP32 nanoServerESP32/WifiESP/WiFiWLAN.cs (8bd79002d39740252c7ed991d82c4b695cedf384)
// .NET nanoFramework ESP32 web server: Wi-Fi station connect (DHCP, fixed address, scan-and-connect).
// Kept: the class shape, the team's WifiInstance holder filled in the constructor, the three connect paths.
// Changed: the SSID and the Wi-Fi password (the original used one phone-number-like value for both) are replaced by
// one invented value of the same shape; the two commented-out constants that repeated them are masked.
// Shims (see _Stubs.cs): `new IPConfiguration(ip, mask, gw)` is written `IPConfiguration.Create(...)` (the shared stub
// has no such constructor); the AvailableNetworksChanged event is subscribed through `OnAvailableNetworksChanged(...)`
// (an extension method, the shared stub declares no events); `WifiReconnectionKind` is qualified with System.Device.Wifi
// (both imported namespaces declare one); the `WifiAdapter.Connect(network, ...)` result is cast (the stub returns object).
// Added (invented): the minimal WifiInstance holder at the end (its file was not part of the adapted source).
using nanoFramework.Networking;
using System;
using System.Device.Wifi;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Threading;

namespace nanoServerESP32.WifiESP
{
   public class WiFiWLAN
    {
        //const string Ssid = "<masked>";
        //const string Password = "<masked>";
        CancellationTokenSource cs = new(60000);
        WifiInstance wifi = new();
        // Get the first WiFI Adapter
        WifiAdapter wifiAdapter;
        public WiFiWLAN()
        {
            wifi.SSID = "4293398173"; // expect: none
            wifi.Password = "4293398173"; // expect: IOT1001
            wifi.Status = WifiNetworkHelper.Status;

            wifiAdapter = WifiAdapter.FindAllAdapters()[0];
            wifiAdapter.OnAvailableNetworksChanged(Wifi_AvailableNetworksChanged);

            Thread.Sleep(10_000);

            Connect();
        }

        public void Disconnect()
        {
            WifiNetworkHelper.Disconnect();
            wifi.Status = WifiNetworkHelper.Status;
        }

        public void Connect()
        {
            try
            {
                while (true)
                {
                    try
                    {
                        Debug.WriteLine("starting Wi-Fi scan");
                        wifiAdapter.ScanAsync();
                    }
                    catch (Exception ex)
                    {
                        Debug.WriteLine($"Failure starting a scan operation: {ex}");
                    }

                    Thread.Sleep(30000);
                }
            }
            catch (Exception ex)
            {
                Debug.WriteLine("message:" + ex.Message);
                Debug.WriteLine("stack:" + ex.StackTrace);
            }

        }

        public void ConnectDefault()
        {
            var success = WifiNetworkHelper.ConnectDhcp(wifi.SSID, wifi.Password, requiresDateTime: true, token: cs.Token);
            wifi.Status = WifiNetworkHelper.Status;
            if (!success)
            {
                // Something went wrong, you can get details with the ConnectionError property:
                Debug.WriteLine($"Can't connect to the network, error: {WifiNetworkHelper.Status}");
                if (WifiNetworkHelper.HelperException != null)
                {
                    Debug.WriteLine($"ex: {WifiNetworkHelper.HelperException}");
                }
            }
        }

        public void ConnectFixAddress()
        {
            CancellationTokenSource cs = new(60000);
            var success = WifiNetworkHelper.ConnectFixAddress(wifi.SSID, wifi.Password, IPConfiguration.Create("192.168.1.7", "255.255.255.0", "192.168.1.1"), requiresDateTime: true, token: cs.Token);
            wifi.Status = WifiNetworkHelper.Status;
            if (!success)
            {
                // Something went wrong, you can get details with the ConnectionError property:
                Debug.WriteLine($"Can't connect to the network, error: {WifiNetworkHelper.Status}");
                if (WifiNetworkHelper.HelperException != null)
                {
                    Debug.WriteLine($"ex: {WifiNetworkHelper.HelperException}");
                }
            }
        }

        /// <summary>
        /// Event handler for when Wifi scan completes
        /// </summary>
        private  void Wifi_AvailableNetworksChanged(WifiAdapter sender, object e)
        {
            Debug.WriteLine("Wifi_AvailableNetworksChanged - get report");

            // Get Report of all scanned Wifi networks
            WifiNetworkReport report = sender.NetworkReport;

            // Enumerate though networks looking for our network
            foreach (WifiAvailableNetwork net in report.AvailableNetworks)
            {
                // Show all networks found
                Debug.WriteLine($"Net SSID :{net.Ssid},  BSSID : {net.Bsid},  rssi : {net.NetworkRssiInDecibelMilliwatts.ToString()},  signal : {net.SignalBars.ToString()}");

                // If its our Network then try to connect
                if (net.Ssid == wifi.SSID)
                {
                    // Disconnect in case we are already connected
                    sender.Disconnect();

                    // Connect to network
                    WifiConnectionResult result = (WifiConnectionResult)sender.Connect(net, System.Device.Wifi.WifiReconnectionKind.Automatic, wifi.Password);

                    // Display status
                    if (result.ConnectionStatus == WifiConnectionStatus.Success)
                    {
                        Debug.WriteLine("Connected to Wifi network");
                    }
                    else
                    {
                        Debug.WriteLine($"Error {result.ConnectionStatus.ToString()} connecting o Wifi network");
                    }
                }
            }
        }


    }

    // Invented: the team's holder type (WifiInstance.cs was not adapted).
    public class WifiInstance
    {
        public string SSID { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
        public NetworkHelperStatus Status { get; set; }
    }
}
