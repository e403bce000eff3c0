// Own file (new domain): racing-pigeon loft clock (electronic timing of arrivals via the loft antenna pads),
// first-boot credentials, club upload session and the race nonce.
using System;
using System.Linq;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;

namespace LoftClock.Provisioning
{
    public sealed class LoftClockSetup
    {
        private readonly string _serialNumber;   // printed on the clock's back plate, e.g. "LC7-0042391"
        private readonly int _loftNumber;        // the club's number of the loft, painted on the loft door
        private readonly Random _rng = new Random();

        public LoftClockSetup(string serialNumber, int loftNumber)
        {
            _serialNumber = serialNumber;
            _loftNumber = loftNumber;
        }

        // Hotspot the fancier's phone joins to read the race results: derived from the Wi-Fi MAC.
        public string HotspotPassword()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string hex = BitConverter.ToString(mac).Replace("-", "");
            return hex.Substring(hex.Length - 8); // expect: IOT1005
        }

        // Club server login of this clock.
        public string ClubUploadPassword()
        {
            return "Loft" + _loftNumber.ToString("D4") + "!"; // expect: IOT1005
        }

        // Set-up PIN shown in the manual: the last four digits of the serial.
        public string SetupPin()
        {
            var setupPin = _serialNumber.Substring(_serialNumber.Length - 4); // expect: IOT1005
            return setupPin;
        }

        // BLE passkey for the basket-antenna module: a checksum over the serial.
        public uint AntennaPasskey()
        {
            uint sum = 0;
            foreach (char c in _serialNumber)
            {
                sum = sum * 31 + c;
            }
            uint antennaPasskey = sum % 1000000; // expect: IOT1005
            return antennaPasskey;
        }

        // Basketing official's daily unlock code.
        public string DailyUnlockCode()
        {
            string unlockCode = DateTime.UtcNow.ToString("yyMMdd") + _loftNumber.ToString("D2"); // expect: IOT1005
            return unlockCode;
        }

        // Organiser PIN for the race-night result sheet.
        public string OrganiserPin()
        {
            string organiserPin = _rng.Next(0, 10000).ToString("D4"); // expect: IOT1005
            return organiserPin;
        }

        // WPS PIN of the loft access point.
        public string WpsPin()
        {
            string wpsPin = (Math.Abs(_serialNumber.GetHashCode()) % 100000000).ToString("D8"); // expect: IOT1005
            return wpsPin;
        }

        // Pairing code for the club's phone app.
        public string AppPairingCode()
        {
            string pairingCode = _rng.Next().ToString("X8"); // expect: IOT3005
            return pairingCode;
        }

        private const string ClubServerUrl = "https://results.pigeonclub.example/api/upload"; // expect: none
        private const string PasskeyHelp = "Type the six-digit passkey shown on the clock display"; // expect: none

        // Upload session with the club server.
        public string NewUploadSessionToken()
        {
            var bytes = new byte[16];
            _rng.NextBytes(bytes); // expect: IOT3005
            return Convert.ToHexString(bytes);
        }

        public byte[] NewRaceNonce()
        {
            var raceNonce = new byte[8];
            new Random(Environment.TickCount).NextBytes(raceNonce); // expect: IOT3005
            return raceNonce;
        }

        public string NewResultSheetToken()
        {
            const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // expect: none
            return new string(Enumerable.Range(0, 10).Select(_ => alphabet[_rng.Next(alphabet.Length)]).ToArray()); // expect: IOT3005
        }

        // Not findings: cryptographic generator, keyed derivation with the secure element's secret, jitter,
        // display strings and counters.
        public string FactoryAdminPassword() => RandomNumberGenerator.GetString("ABCDEFGHJKMNPQRSTUVWXYZ23456789", 12); // expect: none

        public string KeyedRecoveryCode(byte[] secureElementSecret)
        {
            using var hmac = new HMACSHA256(secureElementSecret);
            return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(_serialNumber))).Substring(0, 10);
        }

        public int UploadRetryDelayMs() => 2000 + _rng.Next(0, 1500); // expect: none

        public string DisplayName() => "Loft " + _loftNumber.ToString("D4"); // expect: none

        public int ErrorCode() => _serialNumber.Length > 11 ? 17 : 0; // expect: none

        public string[] ShuffleAntennaScanOrder(string[] pads) => pads.OrderBy(_ => _rng.Next()).ToArray(); // expect: none
    }
}
