// Own code: first-boot provisioning of a rooftop dual-axis solar tracker controller (Linux, .NET IoT): it opens a
// set-up access point, creates the local web login and pairs the installer app.
using System;
using System.Linq;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;

namespace Corpus8.SolarTracker
{
    public sealed class TrackerProvisioning
    {
        private readonly string _serialNumber;
        private readonly int _roofNumber;

        public TrackerProvisioning(string serialNumber, int roofNumber)
        {
            _serialNumber = serialNumber;
            _roofNumber = roofNumber;
        }

        public string SetupAccessPointPassword()
        {
            var nic = NetworkInterface.GetAllNetworkInterfaces().First();
            var apPassword = BitConverter.ToString(nic.GetPhysicalAddress().GetAddressBytes()).Replace("-", ""); // expect: IOT1005
            return apPassword;
        }

        public string WebAdminPassword()
        {
            var adminPassword = "trk-" + _serialNumber.Substring(_serialNumber.Length - 6); // expect: IOT1005
            return adminPassword;
        }

        public string InstallerPairingCode()
        {
            int sum = 0;
            foreach (char c in _serialNumber) sum = sum * 31 + c;
            var pairingCode = (Math.Abs(sum) % 1000000).ToString("D6"); // expect: IOT1005
            return pairingCode;
        }

        public string RoofServicePasscode() => "Roof" + _roofNumber.ToString("D2") + "-tracker"; // expect: IOT1005

        public string HostDerivedPsk()
        {
            var psk = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Environment.MachineName))); // expect: IOT1005
            return psk;
        }

        public string OneTimeInstallerPin()
        {
            var installerPin = new Random().Next(0, 10000).ToString("D4"); // expect: IOT1005
            return installerPin;
        }

        public uint BlePasskey(byte[] mac)
        {
            uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            return passkey;
        }

        // Correct versions: keyed or cryptographically random.
        public string KeyedWebPassword(byte[] factoryKey)
        {
            var password = Convert.ToHexString(HMACSHA256.HashData(factoryKey, Encoding.UTF8.GetBytes(_serialNumber))); // expect: none
            return password;
        }

        public string RandomApPassword()
        {
            var apPassphrase = RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16); // expect: none
            return apPassphrase;
        }

        // Labels and identifiers derived from the serial are public on purpose.
        public string AccessPointSsid() => "Tracker-" + _serialNumber[^4..]; // expect: none
        public string MqttClientId() => "tracker/" + _serialNumber.ToLowerInvariant(); // expect: none
        public int StowAngleJitter() => new Random().Next(-2, 3); // expect: none
    }

    public static class TrackerExtras
    {
        public static string WpsPin(string serialNumber) { var wpsPin = serialNumber.Substring(serialNumber.Length - 8); return wpsPin; } // expect: IOT1005
        public static string SessionToken() => new Random().Next().ToString("X8"); // expect: IOT3005
        public static string FirmwareLabel(string serialNumber) => "FW-" + serialNumber; // expect: none
    }
}
