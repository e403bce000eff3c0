// Per-device credentials printed on the label at end of line: how NOT to derive them, and how to do it.
#nullable enable
using System;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.SmartPlug.Provisioning
{
    internal sealed class DeviceIdentityDerivation
    {
        private static int _unitCounter = 1000;

        public string WpsPin(string serial)
        {
            var wpsPin = serial.Substring(serial.Length - 8); // expect: IOT1005
            return wpsPin;
        }

        public string DefaultAdminPassword(string mac)
        {
            string defaultPassword = "pw" + mac.Replace(":", ""); // expect: IOT1005
            return defaultPassword;
        }

        public string SoftApPassphrase(uint chipId)
        {
            var apPassphrase = $"ESP-{chipId:X6}"; // expect: IOT1005
            return apPassphrase;
        }

        public string WebPassword()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string password = BitConverter.ToString(mac, 2).Replace("-", "").ToLowerInvariant(); // expect: IOT1005
            return password;
        }

        public string HostPassword()
        {
            string adminPassword = Environment.MachineName.ToLowerInvariant() + "!1"; // expect: IOT1005
            return adminPassword;
        }

        public string KeypadPin()
        {
            string pin = new Random().Next(0, 10000).ToString("D4"); // expect: IOT1005
            return pin;
        }

        public string PairingCode()
        {
            var pairingCode = (DateTime.UtcNow.Ticks % 1_000_000).ToString("D6"); // expect: IOT1005
            return pairingCode;
        }

        public string CounterPassword()
        {
            var devicePassword = "plug" + (++_unitCounter).ToString(); // expect: IOT1005
            return devicePassword;
        }

        public string SerialPasscode(string serialNumber)
        {
            int sum = 0;
            foreach (char c in serialNumber) sum = sum * 31 + c;
            var passcode = (Math.Abs(sum) % 100000000).ToString("D8"); // expect: IOT1005
            return passcode;
        }

        public string Md5OfMac(string mac)
        {
            // an unkeyed hash of a public value is still derivable by anyone who sees the MAC
            var wifiKey = Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(mac))).Substring(0, 12); // expect: IOT1005
            return wifiKey;
        }

        // Correct: keyed derivation with a factory secret that lives in the secure element, never in code.
        public string KeyedPassword(byte[] factorySecretFromSecureElement, string serial)
        {
            using var hmac = new HMACSHA256(factorySecretFromSecureElement);
            var password = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(serial))).Substring(0, 16); // expect: none
            return password;
        }

        // Correct: random per-device password from the CSPRNG, printed on the label.
        public string RandomPassword()
        {
            const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"; // expect: none
            var chars = new char[14];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            return new string(chars);
        }

        // Not a credential: the SSID may be derived from the MAC.
        public string Ssid(string mac) => "SmartPlug-" + mac.Replace(":", "").Substring(6); // expect: none

        // Not a credential: the MQTT client id is the serial number.
        public string ClientId(string serial) => "plug-" + serial; // expect: none
    }
}
