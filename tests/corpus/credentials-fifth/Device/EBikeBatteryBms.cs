// E-bike battery management system: BLE companion pairing, CAN pack unlock and cloud health reports.
using System;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Nordic.Ble;

namespace Voltra.Bms
{
    public enum SalesRegion { Europe, NorthAmerica, AsiaPacific }

    public sealed class BmsCompanionLink
    {
        // GATT layout of the companion app (published in the app's open-source client).
        public const string PairingServiceUuid = "6e400001-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
        public const string PasskeyCharacteristicUuid = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
        public const string PasskeyDisplayFormat = "D6"; // expect: none

        private readonly PeripheralSecurity _security = new();
        private readonly Random _jitter = new();

        public void ConfigureFactoryPairing()
        {
            // Units from the first batch have no display; they pair with a fixed passkey.
            _security.IoCapability = IoCapability.NoInputNoOutput;
            _security.StaticPasskey = 123456; // expect: IOT1002
        }

        public uint PasskeyFromRadioAddress()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
            return passkey;
        }

        public byte[] NewPairingChallenge()
        {
            var challenge = new byte[16];
            _jitter.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public TimeSpan AdvertisingDelay() => TimeSpan.FromMilliseconds(_jitter.Next(20, 250)); // expect: none
    }

    public sealed class PackUnlock
    {
        // Shared with the motor controller to answer the pack's CAN unlock challenge.
        private static readonly byte[] PackAuthKey =
        {
            0x5C, 0x1E, 0xA7, 0x93, 0x0B, 0xD4, 0x62, 0xF8,
            0x2A, 0x71, 0xC6, 0x3D, 0x9E, 0x08, 0xB5, 0x4F,
        }; // expect: IOT1003

        // Scrambles CAN payloads so that the speed-limit frame cannot be replayed.
        private static readonly byte[] CanScrambleKey = { 0x3A, 0x91, 0x4C, 0xE2, 0x7F, 0x05, 0xB8, 0x6D }; // expect: IOT1004

        // Vector from the cell vendor's datasheet, used by the power-on self-test only.
        private static readonly byte[] SelfTestKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none

        public byte[] AnswerChallenge(byte[] challenge)
        {
            using var hmac = new HMACSHA256(PackAuthKey);
            return hmac.ComputeHash(challenge);
        }

        public byte[] Scramble(byte[] frame)
        {
            var result = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
                result[i] = (byte)(frame[i] ^ CanScrambleKey[i % CanScrambleKey.Length]);
            return result;
        }

        public bool SelfTest()
        {
            using var hmac = new HMACSHA256(SelfTestKey);
            return hmac.ComputeHash(new byte[] { 0x42 }).Length == 32;
        }
    }

    public sealed class AntiTheft
    {
        private int _failures;

        public bool TryUnlock(string riderPin)
        {
            if (riderPin == "1234") // expect: IOT1002
                return true;
            _failures++;
            return false;
        }

        public string LockoutMessage => "Too many wrong PINs, wait 10 minutes and try again."; // expect: none
    }

    public sealed class HealthReporter
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://fleet.voltra.example/") };

        private static string KeyFor(SalesRegion region) => region switch
        {
            SalesRegion.Europe => "vk_eu_51c9d8a0f3b24e17", // expect: IOT1001
            _ => "vk_row_e2d4c6a8b0f13579", // expect: IOT1001
        };

        public Task<HttpResponseMessage> ReportAsync(SalesRegion region, string json)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "v2/packs/health")
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Api-Key", KeyFor(region));
            return _http.SendAsync(request);
        }
    }
}
