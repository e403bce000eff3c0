// Real source: ghi-electronics/Documentation endpoint/tutorials/networking.md
// Kept: the tutorial's Wi-Fi configuration: NetworkInterfaceType.WiFi, new WiFiNetworkInterfaceSettings { Ssid = "Endpoint",
//       Password = "xxxxxxx", DhcpEnable = true }, new NetworkController(type, settings), the link-changed handler, Enable().
// Added: the dental-lab compressor's production settings with a constant PSK, and hard negatives.
using System;
using GHIElectronics.Endpoint.Devices.Network;

namespace EndpointNetworking
{
    public static class Tutorial
    {
        public static void Configure()
        {
            var networkType = NetworkInterfaceType.WiFi;
            var networkSetting = new WiFiNetworkInterfaceSettings
            {
                Ssid = "Endpoint",
                Password = "xxxxxxx", // expect: IOT1006
                DhcpEnable = true,
            };

            var network = new NetworkController(networkType, networkSetting);

            network.NetworkLinkConnectedChanged += (a, b) =>
            {
                if (b.Connected)
                {
                    Console.WriteLine("Connected");
                }
                else
                {
                    Console.WriteLine("Disconnected");
                }
            };

            network.Enable();
        }
    }

    // Added: compressor room of a dental lab.
    public static class CompressorWifi
    {
        const string LabSsid = "DentalLab-Compressor"; // expect: none
        const string LabPsk = "a85zB3!bwVWrco"; // expect: IOT1001

        public static NetworkController Start()
        {
            var settings = new WiFiNetworkInterfaceSettings { Ssid = LabSsid, Password = LabPsk, DhcpEnable = true };
            var controller = new NetworkController(NetworkInterfaceType.WiFi, settings);
            controller.Enable();
            return controller;
        }

        public const string PskSettingKey = "wifi:psk"; // expect: none
    }
}

// Added
public static class Extra_R10
{
    public static System.Device.Wifi.Wireless80211Configuration Backup() => new System.Device.Wifi.Wireless80211Configuration { Ssid = "DentalLab-Backup", Password = "Ue5-lab-Kq8m" }; // expect: IOT1001
    public const string SsidHidden = "DentalLab-Compressor-5G"; // expect: none
    public const string WifiPasswordPrompt = "Wi-Fi password:"; // expect: none
}
