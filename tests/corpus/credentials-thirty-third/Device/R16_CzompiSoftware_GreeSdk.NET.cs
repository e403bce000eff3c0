// Real source: CzompiSoftware/GreeSdk.NET Crypto.cs, Network/DeviceKeyChain.cs, Packets/WifiSettingsPacket.cs (75dbf4a9)
// Domain: .NET SDK for Gree (and Gree-OEM) Wi-Fi air conditioners on the LAN: scan and bind packets are AES-ECB
// encrypted with the vendor's generic key, later packets with the per-device key the unit returns when bound, and a
// "wlan" packet hands the unit the home Wi-Fi SSID and password.
// Kept as written: Crypto (the generic key "a3K8Bx%2r8Y7#xDh" in a static readonly field, Encrypt / Decrypt through
// CreateAes(key), which sets aes.Key = Encoding.ASCII.GetBytes(key)), DeviceKeyChain (per-device keys learnt at run
// time) and WifiSettingsPacket ("psw" is the JSON field name). The generic key is the one every Gree unit ships with and
// that Gree's protocol write-ups publish; it is kept as written (a vendor-wide published key, not a private credential).
// Added: the CzomPack Logger stand-in and the Packet base class (marked).
using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using CzomPack.Logging;

namespace GreeSdk
{
    public class Crypto {

        private static readonly string _logTag = "Crypto";

        internal static readonly string _genericKey = "a3K8Bx%2r8Y7#xDh"; // expect: none

        public static string? EncryptGenericData(string plainText)
        {
            return Encrypt(plainText, _genericKey);
        }

        public static string? Encrypt(string plainText, string key)
        {
            try
            {
                var aes = CreateAes(key);
                var encryptor = aes.CreateEncryptor();
                var inputBuffer = Encoding.UTF8.GetBytes(plainText);
                var encrypted = encryptor.TransformFinalBlock(inputBuffer, 0, inputBuffer.Length);
                return Convert.ToBase64String(encrypted, Base64FormattingOptions.None);
            }
            catch (Exception ex)
            {
                Logger.Error<Crypto>("Failed to encrypt data. Exception: {ex}", ex);
                return null;
            }
        }

        public static string? DecryptGenericData(string plainText)
        {
            return Decrypt(plainText, _genericKey);
        }

        public static string? Decrypt(string plainText, string key)
        {
            try
            {
                var encrypted = Convert.FromBase64String(plainText);
                var aes = CreateAes(key);
                var decryptor = aes.CreateDecryptor();
                var decrypted = decryptor.TransformFinalBlock(encrypted, 0, encrypted.Length);
                return Encoding.UTF8.GetString(decrypted);
            }
            catch (Exception ex)
            {
                Logger.Error<Crypto>("Failed to decrypt data. Exception: {ex}", ex);
                return null;
            }
        }

        private static Aes CreateAes(string key)
        {
            var aes = Aes.Create();

            aes.BlockSize = 128;
            aes.KeySize = 256;
            aes.Key = Encoding.ASCII.GetBytes(key);
            aes.Mode = CipherMode.ECB;
            aes.Padding = PaddingMode.PKCS7;

            return aes;
        }

    }
}

namespace GreeSdk.Network
{
    public class DeviceKeyChain
    {
        private readonly Dictionary<string, string> _keys = new();

        public void AddKey(string deviceId, string key)
        {
            _keys.Add(deviceId.ToLowerInvariant(), key);
        }

        public string? GetKey(string deviceId)
        {
            if (deviceId == null)
                return null;

            string id = deviceId.ToLowerInvariant();

            if (!_keys.ContainsKey(id))
                return null;

            return _keys[id];
        }
    }
}

namespace GreeSdk.Packets
{
    public class WifiSettingsPacket : Packet
    {
        [JsonPropertyName("ssid")]
        public string Ssid = null!;

        [JsonPropertyName("psw")] // expect: none
        public string Password = null!;

        public WifiSettingsPacket()
        {
            Type = "wlan";
        }
    }

    // added: stand-in for Packets/Packet.cs (not adapted)
    public class Packet
    {
        [JsonPropertyName("t")]
        public string Type = string.Empty;
    }
}

// added: stand-in for the CzomPack logging package
namespace CzomPack.Logging
{
    public static class Logger
    {
        public static void Error<T>(string message, params object[] args) { }
    }
}
