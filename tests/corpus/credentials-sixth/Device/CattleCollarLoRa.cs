using System;
using System.IO.Ports;
using System.Security.Cryptography;
using System.Text;
using RakWireless.Rui3;

namespace Ranch.Collar
{
    // Cattle collar: GPS fix, rumination minutes and activity over LoRaWAN; a phone app pairs with the
    // collar over BLE during tagging at the chute.
    public sealed class CollarRadio
    {
        const string DevEui = "AC1F09FFFE0A7712"; // expect: none
        const string JoinEui = "70B3D57ED0052C14"; // expect: none

        // Counting key of the LoRaWAN 1.0.3 certification test suite
        static readonly byte[] CertificationAppKey = Convert.FromHexString("000102030405060708090A0B0C0D0E0F"); // expect: none

        // Second-generation collars use the Wio-E5 AT firmware
        const string AppKey = "4152CC559F6F8255F270324947F62F09"; // expect: IOT1004

        public void Join(LoRaModem modem, bool certificationRun)
        {
            var appKey = certificationRun
                ? CertificationAppKey
                : Convert.FromHexString("AB48F40E8B3F85D55AE7BB95707E9614"); // expect: IOT1003
            modem.JoinOtaa(DevEui, JoinEui, appKey);
        }

        public void ActivateLegacyHerd(LoRaModem modem)
        {
            modem.ActivateAbp("260B1A2C",
                new byte[] { 0xF1, 0x7F, 0x7E, 0xC4, 0x1B, 0xFC, 0x54, 0x9A, 0x65, 0xCD, 0x89, 0xC8, 0x01, 0xC8, 0x65, 0x15 }, // expect: IOT1003
                new byte[] { 0xF3, 0x25, 0x4F, 0x96, 0x0D, 0x22, 0x23, 0x2F, 0x4B, 0xF3, 0x5C, 0x27, 0x69, 0x8D, 0xD1, 0xB2 }); // expect: IOT1003
        }

        public void JoinWioE5(SerialPort port)
        {
            port.WriteLine("AT+MODE=LWOTAA");
            port.WriteLine("AT+ID=DevEui," + DevEui);
            port.WriteLine("AT+KEY=APPKEY," + AppKey);
            port.WriteLine("AT+JOIN");
        }

        // Pairing code the tagging app asks for: derived from the collar's EUI printed on the tag
        public static string PairingCode(string devEui)
        {
            var digest = SHA256.HashData(Encoding.ASCII.GetBytes(devEui));
            var pairingCode = (BitConverter.ToUInt32(digest, 0) % 1000000).ToString("D6"); // expect: IOT1005
            return pairingCode;
        }

        public const string GatewayPublicKey = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEYahyBbNMiQs6/RF1KMoEZLEwUwNv\ns67KqY25Dd9sx99h1KcYtv7YmyTAcMpMV5WBdSHnFuNqwWfNFayaa/wYng==\n-----END PUBLIC KEY-----"; // expect: none
        public const string RuminationTopic = "ranch/collars/+/rumination"; // expect: none
        public const string AppKeyHelp = "The AppKey is printed on the collar's box, never on the tag."; // expect: none
    }

    public static class ChuteApp
    {
        // BLE pairing PIN the tagging app uses on collars that were never re-keyed
        public const string ChutePairingPin = "0000"; // expect: IOT1002

        public const string RuminationKey = "rumination_minutes"; // expect: none
    }
}
