// Aids-to-navigation monitor in an unmanned lighthouse: lantern rotation, lamp changer, battery bank,
// reporting over a Yoctopuce cellular hub to the lighthouse authority's AMQP broker and an S3 log bucket.
using System;
using System.Security.Cryptography;
using System.Text;
using Amazon.Runtime;
using Amqp;

namespace AtoN.Lighthouse
{
    public class LanternStation
    {
        public const string LightCharacter = "Fl(2)W.10s"; // expect: none
        public const string Mmsi = "992351234"; // expect: none
        public const string DocsExampleKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        private const string SimPin = "5242"; // expect: IOT1001
        private const string KeeperCottagePin = "1534"; // expect: IOT1004

        private readonly int _stationNumber;
        private readonly Random _rng = new Random();

        public LanternStation(int stationNumber) => _stationNumber = stationNumber;

        public void BringUpCellular()
        {
            var cell = YCellular.FirstCellular();
            cell.set_pin(SimPin);
        }

        // Spare SIM kept in the lamp room for when the primary card fails; never re-PINned.
        public string SpareSimUnlockCommand()
        {
            const string spareSimPin = "0000"; // expect: IOT1002
            return $"AT+CPIN=\"{spareSimPin}\"\r";
        }

        public Address AuthorityBroker() =>
            new Address("aton-hub.lighthouses.example", 5671, $"station-{_stationNumber}", "7v7xl_KtULoEn"); // expect: IOT1001

        public Address AuthorityBrokerByUri() =>
            new Address($"amqps://station-{_stationNumber}:tLHWWrg-0ywx2@aton-hub.lighthouses.example:5671"); // expect: IOT1001

        public AWSCredentials LogBucketCredentials() =>
            new BasicAWSCredentials("AKIA6B1L7U89TTM4JYXJ", "KksMt0BWHzqXsyVv6sCm8uC3ZV/kZGPhal7drvHX"); // expect: IOT1003 IOT1003

        // Maintenance laptop logs in to the lantern controller's web page with a per-station password.
        public string ControllerServicePassword()
        {
            var servicePassword = "Light" + _stationNumber.ToString("D3") + "!"; // expect: IOT1005
            return servicePassword;
        }

        public bool KeeperDoorRelease(string keypadEntry)
        {
            if (!string.Equals(keypadEntry, KeeperCottagePin, StringComparison.Ordinal)) return false;
            Console.WriteLine($"{LightCharacter}: keeper cottage unlocked, MMSI {Mmsi}");
            return true;
        }

        // Handheld of the visiting technician answers this challenge with the station's HMAC.
        public byte[] NewTechnicianChallenge()
        {
            var challenge = new byte[16];
            _rng.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public TimeSpan NextLampTestDelay() => TimeSpan.FromMinutes(55 + _rng.Next(0, 10)); // expect: none

        // Lamp-room log is stored encrypted on the SD card.
        public static byte[] EncryptLog(byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = new byte[] { 0x8D, 0x81, 0x19, 0x6A, 0xCC, 0xB4, 0x51, 0xF4, 0x06, 0x32, 0x71, 0xFC, 0x00, 0x2C, 0x72, 0xC8 }; // expect: IOT1003
            aes.GenerateIV();
            return aes.EncryptCbc(plain, aes.IV);
        }

        // Controller web page stores only the hash of the service password.
        public const string ServicePasswordHash = "sha256:22696c520bd1da30a215d0465abe3a371db14aabd437b891e7826675d69b50d8"; // expect: none

        public static string Sha256Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
