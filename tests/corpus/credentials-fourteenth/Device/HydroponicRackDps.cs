// Written for corpus14: a vertical-farm hydroponic rack controller on .NET nanoFramework (Wi-Fi join, DPS
// provisioning with a group-derived key, Azure IoT Hub client) with sample placeholders left in.
using System;
using System.Security.Cryptography;
using System.Text;
using nanoFramework.Networking;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace HydroponicRack
{
    static class RackSecrets
    {
        public const string RackWifiPassword = "RackWifiPassword"; // expect: IOT1006
        public const string HubSasKey = "s1i5KVslDCkDJmmmUUx0eA2tcHyj/gPavvC4XuxmiOQ="; // expect: IOT1001
        public static readonly byte[] NutrientFrameKey = { 0xC2, 0xB9, 0x16, 0xAB, 0xA3, 0xE4, 0x8C, 0x9D, 0xB8, 0x03 }; // expect: IOT1004
    }

    static class RackNetwork
    {
        public static bool JoinSample() =>
            WifiNetworkHelper.ConnectDhcp("REPLACE-WITH-YOUR-SSID", "REPLACE-WITH-YOUR-WIFI-KEY"); // expect: IOT1006

        public static bool JoinFarm() =>
            WifiNetworkHelper.ScanAndConnectDhcp("VerticalFarm-2F", RackSecrets.RackWifiPassword);

        public static System.Device.Wifi.Wireless80211Configuration Stored() =>
            new System.Device.Wifi.Wireless80211Configuration { Ssid = "VerticalFarm-2F", Password = "[wifi password]" }; // expect: IOT1006
    }

    static class RackProvisioning
    {
        const string RegistrationId = "rack-2f-07";

        public static SecurityProviderSymmetricKey Individual() =>
            new SecurityProviderSymmetricKey(RegistrationId, "0hZ60v4KjJ2DIAxXKiHUwhor/lydethDFld0+cqJ6Vc=", null); // expect: IOT1003

        static string DeriveDeviceKey(string enrollmentKey, string registrationId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        public static SecurityProviderSymmetricKey FromGroup() =>
            new SecurityProviderSymmetricKey(RegistrationId,
                DeriveDeviceKey("kLYRvN6I2P65X7QBgSX8Z6d/yqa/ol16K2/NCeR1Q2Q=", RegistrationId), null); // expect: IOT1003

        public static nanoFramework.Azure.Devices.Client.DeviceClient Hub() =>
            new nanoFramework.Azure.Devices.Client.DeviceClient("farm-hub.azure-devices.net", RegistrationId, RackSecrets.HubSasKey);

        public static string LoraJoinPasscode(string devEui)
        {
            string joinPasscode = devEui.Substring(10); // expect: IOT1005
            return joinPasscode;
        }

        public static int FrameCheck(byte[] frame) => frame.Length ^ RackSecrets.NutrientFrameKey.Length;
    }

    static class NotSecrets
    {
        public const string DpsScopeId = "0ne00A1B2C3"; // expect: none
        public const string WifiSecurity = "WPA2-PSK"; // expect: none
        public const string SasKeySetting = "Rack:Hub:SasKey"; // expect: none
        public const string NutrientChannelUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
    }
}
