// Real source: networkfusion/OrgPal-Three-Demo OrgPalThreeDemo/AwsIotCore/MqttConnector.cs and
//              OrgPalThreeDemo/Networking/MacAddressHelper.cs
// Domain: OrgPal PalThree (STM32, .NET nanoFramework) remote weather-station logger publishing to AWS IoT Core.
// Kept: MqttConnector's static connection properties (string.Empty defaults, RootCA, CheckConfigValid) and
// MacAddressHelper (the STM32 developer MAC table, SetMacFromUniqueDeviceId from the MCU unique id, GetMacAsString,
// LocalizeMac). Changed: nanoFramework's settable NetworkInterface.PhysicalAddress is reached through a small stub
// (PalNetwork) because the desktop NetworkInterface has no setter. Added: a bench certificate and private key
// assigned to the connector, the service access point's password and the config-portal PIN derived from public device
// data, a shadow signing secret, and hard negatives.
using System;
using System.Diagnostics;
using System.Text;
using nanoFramework.Aws.IoTCore.Devices;
using nanoFramework.Hardware.Stm32;

namespace OrgPalThreeDemo.AwsIotCore
{
    public static class MqttConnector
    {
        public static string ConnectionMethod { get; set; } = string.Empty; //TODO: for future, could be WebSocket or MQTT
        public static string Host { get; set; } = string.Empty; //make sure to add your AWS endpoint and region
        public static int Port { get; set; } = 8883;
        public static string ThingName { get; set; } = string.Empty; //add your "thing"

        public static string ClientRsaSha256Crt { get; set; } = string.Empty; //Device Certificate copied from AWS
        public static string ClientRsaKey { get; set; } = string.Empty; //Device private key copied from AWS
        public static byte[] RootCA { get; set; } //AWS root CA
        public static MqttConnectionClient Client { get; set; }

        // Added: the shadow documents are signed by the logger's own code before publishing
        public static string ShadowSigningSecret = "UTjkRDTX9Jzeu3me0D9to012T7ls3dQJ"; // expect: IOT1004

        public static bool CheckConfigValid()
        {
            if (string.IsNullOrEmpty(ClientRsaSha256Crt)) return false;
            if (RootCA == null || RootCA.Length < 100) return false; // we will presume that it has to be greater...
            if (string.IsNullOrEmpty(ClientRsaKey)) return false;
            if (string.IsNullOrEmpty(Host)) return false;
            return true;
        }

        // Added: the bench logger is provisioned in code when no config file is found on the SD card
        public static void UseBenchIdentity()
        {
            Host = "a1b2c3d4e5f6g7-ats.iot.eu-west-2.amazonaws.com"; // expect: none
            ThingName = "pal3-bench-01";
            ClientRsaSha256Crt = @"-----BEGIN CERTIFICATE-----
MIIBgjCCASegAwIBAgIUbQuxvRJK/2hnmGDc6f8uf9eLMCMwCgYIKoZIzj0EAwIw
FjEUMBIGA1UEAwwLcGFsMy1sb2dnZXIwHhcNMjYxMjAxMjM1MTQzWhcNMjYxMjMx
MjM1MTQzWjAWMRQwEgYDVQQDDAtwYWwzLWxvZ2dlcjBZMBMGByqGSM49AgEGCCqG
SM49AwEHA0IABIe6IFqIhv4RhLST6CKP89HyLt2wyM/qoiBwOYwTL64YX1cYmIO4
InCM59D0zlfy2I+WWI5iLQTsnxuCyxgqUTqjUzBRMB0GA1UdDgQWBBTI+CG080tA
TIPWRfC0wQwocM1bUTAfBgNVHSMEGDAWgBTI+CG080tATIPWRfC0wQwocM1bUTAP
BgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kAMEYCIQD4SCjd1x4EKQVq/NZl
2Lkd0igQHwMHAq6fdp1BugmnMwIhAO5Y3Dt3cEF5WpDMj77cwOeOsBr9oIz4H0C6
yQytu7gT
-----END CERTIFICATE-----"; // expect: none
            ClientRsaKey = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEID1pBTGSpbQUlTlIuNkat8/eEN6MPxkD3JLuOvvddf9DoAoGCCqGSM49
AwEHoUQDQgAEh7ogWoiG/hGEtJPoIo/z0fIu3bDIz+qiIHA5jBMvrhhfVxiYg7gi
cIzn0PTOV/LYj5ZYjmItBOyfG4LLGCpROg==
-----END EC PRIVATE KEY-----"; // expect: IOT1003
        }
    }
}

namespace OrgPalThreeDemo.Networking
{
    /// <summary>
    /// A Helper class for handling STM32 board default network MAC addresses.
    /// </summary>
    public static class MacAddressHelper
    {
        private static byte[] _stm32DefaultMacAddress = new byte[6] { 0x00, 0x80, 0xE1, 0x01, 0x35, 0xD1 }; // expect: none

        public static void CheckSetDefaultMac()
        {
            Debug.WriteLine($"System MAC= {GetMacAsString()}");

            if (IsMacStaticStm32DeveloperId())
            {
                Debug.WriteLine($"WARNING: USING STM32 DEVELOPER MAC");
                SetMacFromUniqueDeviceId();
                Debug.WriteLine($"New MAC Set: {GetMacAsString()}");
            }
        }

        public static bool IsMacStaticStm32DeveloperId()
        {
            return SequenceEqual(_stm32DefaultMacAddress, PalNetwork.PhysicalAddress);
        }

        /// <summary>
        /// Generates a unique MAC address from the mcu's serial number, sets it to be a "locally administered" MAC.
        /// </summary>
        public static void SetMacFromUniqueDeviceId(bool multicast = false)
        {
            byte[] _newMacArray = new byte[6];
            Array.Copy(Utilities.UniqueDeviceId, 6, _newMacArray, 0, 6); //use the last 6 bytes of the unique ID
            LocalizeMac(ref _newMacArray, multicast);
            PalNetwork.PhysicalAddress = _newMacArray;
        }

        public static string GetMacAsString(char seperator = ':')
        {
            var sb = new StringBuilder();
            foreach (byte b in PalNetwork.PhysicalAddress)
            {
                sb.Append(b.ToString("X2"));
                sb.Append(seperator);
            }
            return sb.ToString().TrimEnd(seperator);
        }

        // Added: the service access point the field technician joins with a laptop
        public static string ServiceApPassword()
        {
            byte[] mac = PalNetwork.PhysicalAddress;
            string apPassword = "PAL3" + BitConverter.ToString(mac, 3).Replace("-", ""); // expect: IOT1005
            return apPassword;
        }

        // Added: the config portal's PIN shown on the LCD after a long press
        public static string ConfigPortalPin()
        {
            uint configPortalPin = BitConverter.ToUInt32(Utilities.UniqueDeviceId, 0) % 1000000; // expect: IOT1005
            return configPortalPin.ToString("D6");
        }

        private static void LocalizeMac(ref byte[] macBytes, bool multicast)
        {
            macBytes[0] &= 0xfc;
            if (multicast)
            {
                macBytes[0] |= 0x1;
            }
            macBytes[0] |= 0x2; // Set the bit to be a locally administered MAC.
        }

        private static bool SequenceEqual(this byte[] first, byte[] second)
        {
            if (first.Length != second.Length) return false;
            for (int i = 0; i < first.Length; i++)
            {
                if (first[i] != second[i]) return false;
            }
            return true;
        }
    }
}
