// ESP32 gateway Wi-Fi bring-up on nanoFramework: every helper overload, the WiFiAdapter API, stored profiles.
#nullable enable
using System;
using System.Diagnostics;
using System.Threading;
using nanoFramework.Networking;
using Corpus.Gateway;

namespace Corpus.Gateway.Network
{
    internal static class GatewayWifi
    {
        private const string FieldServiceSsid = "FS-Tablet"; // expect: none
        private const string FieldServicePassword = "Fs!tab-2024-ops"; // expect: IOT1001

        public static bool Connect()
        {
            var cts = new CancellationTokenSource(60_000);
            bool ok = WifiNetworkHelper.ConnectDhcp(Secrets.WifiSsid, Secrets.WifiPassword, requiresDateTime: true, token: cts.Token);
            if (!ok)
            {
                ok = WifiNetworkHelper.ScanAndConnectDhcp(Secrets.BackupWifiSsid, Secrets.BackupWifiPassword, WifiReconnectionKind.Automatic);
            }

            if (!ok)
            {
                Debug.WriteLine("Wi-Fi failed: check the password in the device configuration"); // expect: none
            }

            return ok;
        }

        public static bool ConnectLab()
        {
            // lab bench network
            return WifiNetworkHelper.ConnectFixAddress(ssid: "LabBench", password: Secrets.LabWifiPassword, ipConfiguration: new IPConfiguration()); // expect: none
        }

        public static void ConnectFieldService()
        {
            WiFiNetworkHelper.SetupNetworkHelper(FieldServiceSsid, FieldServicePassword);
        }

        public static void ConnectInline()
        {
            WifiNetworkHelper.ConnectDhcp("Barn-AP", "h4yb4le-Str0ng"); // expect: IOT1001
        }

        public static void ConnectLocal()
        {
            string ssid = "Packhouse"; // expect: none
            string psk = "p@ckhouse-floor-7"; // expect: IOT1001
            WifiNetworkHelper.SetupNetworkHelper(ssid, psk, WifiReconnectionKind.Manual);
        }

        public static void ConnectAdapter(Windows.Devices.WiFi.WiFiAdapter adapter, Windows.Devices.WiFi.WiFiAvailableNetwork network)
        {
            adapter.Connect(network, Windows.Devices.WiFi.WiFiReconnectionKind.Automatic, "coldroom-Wifi-88"); // expect: IOT1001
        }

        public static void ConnectAdapterNew(System.Device.Wifi.WifiAdapter adapter, System.Device.Wifi.WifiAvailableNetwork network)
        {
            adapter.Connect(network, System.Device.Wifi.WifiReconnectionKind.Automatic, passwordCredential: "admin"); // expect: IOT1002
        }

        public static void StoreProfile()
        {
            var profile = new System.Device.Wifi.Wireless80211Configuration
            {
                Ssid = "Greenhouse-IoT", // expect: none
                Password = "tomato-Vine-2291", // expect: IOT1001
            };
            Debug.WriteLine($"profile {profile.Ssid} stored");
        }

        public static void ReadStoredProfile(System.Device.Wifi.Wireless80211Configuration stored)
        {
            // the password comes from the device's configuration block at run time: nothing hard-coded
            WifiNetworkHelper.ConnectDhcp(stored.Ssid, stored.Password);
            if (string.IsNullOrEmpty(stored.Password))
            {
                Debug.WriteLine("No Wi-Fi password stored, starting the setup access point"); // expect: none
            }
        }
    }
}
