// BLE provisioning service of a smart bulb (ESP32): GATT characteristic IDs, passkey handling.
#nullable enable
using System;
using System.Text;

namespace Corpus.Bulb.Ble
{
    internal static class BleUuids
    {
        public static readonly Guid ProvisioningService = new Guid("6e400001-b5a3-f393-e0a9-e50e24dcca9e"); // expect: none
        public static readonly Guid SSID = new Guid("6e400002-b5a3-f393-e0a9-e50e24dcca9e"); // expect: none
        public static readonly Guid PASSWORD = new Guid("6e400003-b5a3-f393-e0a9-e50e24dcca9e"); // expect: none
        public const string WIFI_PASSWORD_CHARACTERISTIC = "a1b2c3d4-0003-4b5c-8d7e-112233445566"; // expect: none
        public const string TokenCharacteristicUuid = "0000ff03-0000-1000-8000-00805f9b34fb"; // expect: none
    }

    internal sealed class BlePairing
    {
        private const uint StaticPasskey = 123456; // expect: IOT1002
        private const string PairingSecret = "bLb-p41r-Zq8w"; // expect: IOT1004
        private const string BondingSecretHex = "9c1e4f7a2b8d3e6f0a5c7b9d1e3f5a7c"; // expect: IOT1004

        public uint Passkey(byte[] mac)
        {
            uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            return passkey;
        }

        public uint PasskeyForDisplay()
        {
            // shown on the bulb's companion screen each time; CSPRNG-based
            return (uint)System.Security.Cryptography.RandomNumberGenerator.GetInt32(0, 1_000_000); // expect: none
        }

        public bool CheckPairingRequest(byte[] payload)
        {
            // home-grown pairing handshake: the phone app sends this secret in the clear
            return Encoding.ASCII.GetString(payload) == PairingSecret;
        }

        public byte[] BondingKey() => Convert.FromHexString(BondingSecretHex);

        public uint LegacyPasskey() => StaticPasskey;

        public void OnProvisioningWrite(Guid characteristic, byte[] value, Action<string, string> saveWifi)
        {
            if (characteristic == BleUuids.PASSWORD)
            {
                // the password written by the phone is stored, never logged
                saveWifi("wifi.password", Encoding.UTF8.GetString(value)); // expect: none
                Console.WriteLine("Wi-Fi password received over BLE"); // expect: none
            }
        }

        public string DeviceName(string mac) => "Bulb-" + mac.Substring(mac.Length - 5).Replace(":", ""); // expect: none
    }
}
