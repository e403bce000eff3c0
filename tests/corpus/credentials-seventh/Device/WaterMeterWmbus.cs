// Drive-by water meter reading: a wireless M-Bus collector in the utility van decrypts OMS mode 5 telegrams and
// uploads the readings to the head-end.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Utility.Water
{
    public class WaterMeterWmbus
    {
        private const string ManufacturerCode = "KAM"; // expect: none
        private const byte SndNrControlField = 0x44; // expect: none
        private const string AnnexExampleTelegram = "2E4493157856341233037A2A0020055923C95AAA26D1B2E7493B013EC4A6F6D3529B520EDFF0EA6DEFC99D6D69EBF3"; // expect: none

        private static readonly Dictionary<string, string> MeterKeys = new()
        {
            ["67452301"] = "6D9A5A588C679FB19E173B2A89DF3232", // expect: IOT1003
            ["67452388"] = "839433F0AA34818EAC3AECAD11D50BA2", // expect: IOT1003
        };

        // Bench meters on the calibration rig send with the OMS all-zero key.
        private const string BenchMeterKeyHex = "00000000000000000000000000000000"; // expect: none

        // Frames to the head-end are additionally scrambled with a fleet-wide key.
        private static readonly byte[] HeadEndFrameKey = { 0xE1, 0xE7, 0xB0, 0x77, 0x5A, 0x47, 0x06, 0x80, 0x82, 0x5B, 0xC5, 0x9E }; // expect: IOT1004

        public byte[] Decrypt(string meterId, byte[] iv, byte[] payload, bool benchMeter)
        {
            using var aes = Aes.Create();
            aes.Key = benchMeter ? Convert.FromHexString(BenchMeterKeyHex) : Convert.FromHexString(MeterKeys[meterId]);
            aes.IV = iv;
            return aes.DecryptCbc(payload, iv, PaddingMode.None);
        }

        // Self-test at power-up with the counting vector from the OMS annex.
        public bool SelfTest()
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromHexString("000102030405060708090A0B0C0D0E0F"); // expect: none
            return aes.Key.Length == 16 && AnnexExampleTelegram.Length > 0;
        }

        public static byte[] Scramble(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
            {
                output[i] = (byte)(frame[i] ^ HeadEndFrameKey[i % HeadEndFrameKey.Length]);
            }
            return output;
        }

        public async Task UploadAsync(string csv)
        {
            using var http = new HttpClient { BaseAddress = new Uri("https://headend.water-utility.example/") };
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes("collector-17:Drive-By-Read-2024")); // expect: IOT1001
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            var content = new StringContent(Encoding.UTF8.GetString(Scramble(Encoding.UTF8.GetBytes(csv))));
            await http.PostAsync("api/readings?source=" + ManufacturerCode + "&ci=" + SndNrControlField.ToString("X2"), content);
        }
    }
}
