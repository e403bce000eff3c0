// Own file (corpus9): first-boot provisioning of the telematics unit in a council's road-gritter (salt spreader)
// fleet. Each unit brings up a cab hotspot, a BLE link to the spreader controller and a service console, and
// makes its per-unit codes here. Some derivations are from public data (the ones this code should not do), some
// use a keyed function or a cryptographic generator.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;

namespace Council.Gritters.Telematics
{
    public sealed class UnitIdentity
    {
        public string Serial { get; init; }          // printed on the unit's label
        public string Imei { get; init; }            // printed on the modem
        public int FleetNumber { get; init; }        // painted on the truck's cab
        public byte[] FactorySecret { get; init; }   // read from the secure element
    }

    public sealed class FirstBoot
    {
        private readonly UnitIdentity _unit;
        private readonly Dictionary<string, string> _settings = new();
        private readonly Random _rng = new Random();

        public FirstBoot(UnitIdentity unit) => _unit = unit;

        public string CabHotspotPassword() => "GR" + _unit.Serial[^6..]; // expect: IOT1005

        public string WpsPin()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string wpsPin = (BitConverter.ToUInt32(mac, 2) % 100000000).ToString("D8"); // expect: IOT1005
            return wpsPin;
        }

        public string CabConsolePasscode() => _unit.Imei.Substring(_unit.Imei.Length - 6); // expect: IOT1005

        public string ServiceAdminPassword()
        {
            byte[] digest = SHA256.HashData(Encoding.ASCII.GetBytes(_unit.Serial));
            string adminPassword = Convert.ToHexString(digest)[..10]; // expect: IOT1005
            return adminPassword;
        }

        public string DepotWifiPassword() => "Gritter" + _unit.FleetNumber.ToString("D3"); // expect: IOT1005

        public string DailyUnlockCode() => DateTime.UtcNow.ToString("MMdd") + (_unit.FleetNumber % 100).ToString("D2"); // expect: IOT1005

        public uint SpreaderPairingPasskey()
        {
            uint sum = 0;
            foreach (char c in _unit.Serial)
            {
                sum = sum * 31 + c;
            }
            uint spreaderPasskey = sum % 1000000; // expect: IOT1005
            return spreaderPasskey;
        }

        public string TechnicianKeypadPin() => _rng.Next(1000, 9999).ToString(); // expect: IOT1005

        public void StoreApSettings(string mac) => _settings["ap.psk"] = "GT-" + mac.Replace(":", "")[6..]; // expect: IOT1005

        public string OtaSessionToken() => Random.Shared.Next().ToString("X8"); // expect: IOT3005

        public byte[] TelemetryNonce()
        {
            var nonce = new byte[12];
            _rng.NextBytes(nonce); // expect: IOT3005
            return nonce;
        }

        // Keyed or random: what the design asks for.
        public string LabelPassword() => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 12); // expect: none

        public string PortalPassword() =>
            Convert.ToHexString(HMACSHA256.HashData(_unit.FactorySecret, Encoding.UTF8.GetBytes(_unit.Serial)))[..12]; // expect: none

        public int RecoveryPin() => RandomNumberGenerator.GetInt32(100000, 1000000);

        // Public data used for what it is.
        public int ErrorCode() => Math.Abs(_unit.Serial.GetHashCode()) % 100; // expect: none
        public string BatchCode() => _unit.Serial[..4]; // expect: none
        public TimeSpan SpreadJitter() => TimeSpan.FromMilliseconds(_rng.Next(0, 250)); // expect: none
        public string CabDisplayName() => "Gritter " + _unit.FleetNumber.ToString("D3"); // expect: none
        public string SerialLabel() => "SN " + _unit.Serial; // expect: none
        public int StepCode => _unit.FleetNumber % 7; // expect: none

        public byte[] ProvisioningChallenge()
        {
            var provisioningChallenge = new byte[16];
            _rng.NextBytes(provisioningChallenge); // expect: IOT3005
            return provisioningChallenge;
        }
    }
}
