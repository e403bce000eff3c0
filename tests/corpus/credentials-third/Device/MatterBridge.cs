// Matter bridge: exposes a legacy Hue bridge's lights as Matter endpoints, handles commissioning windows.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace LumenLink.Bridge
{
    public sealed record CommissioningWindow(uint Passcode, ushort Discriminator, byte[] Salt, int Iterations);

    public sealed class MatterBridge
    {
        public const ushort VendorId = 0xFFF1;
        public const ushort ProductId = 0x8001;
        public const string CommissionableService = "_matterc._udp"; // expect: none
        public const string OperationalService = "_matter._tcp"; // expect: none
        private static readonly Regex QrPayload = new(@"^MT:[0-9A-Z.\-]{19}$"); // expect: none

        // Passcodes the specification forbids; rejected when a user types their own.
        private static readonly HashSet<string> ForbiddenPasscodes = new()
        {
            "00000000", "11111111", "22222222", "33333333", "44444444", // expect: none
            "55555555", "66666666", "77777777", "88888888", "99999999", "12345678", "87654321", // expect: none
        };

        // Left from bring-up on the dev kit; still used when no factory data partition is found.
        private const string FallbackSetupPasscode = "20202021"; // expect: IOT1002

        private const string DacPrivateKeyPem = """
            -----BEGIN EC PRIVATE KEY-----
            MHcCAQEEIFDamtmTKBDlDbdWKNdcBXn+3aXrggM3Z+Ep8Tin62TKoAoGCCqGSM49
            AwEHoUQDQgAEsslICU3Oo4k+Oyu4/ju9hX6Ms9O0ca4NXnLB9fAmYeTKAUbEbl+p
            6E/Ymh13Baph7ZOnmsfscLFb4HBCp91Luw==
            -----END EC PRIVATE KEY-----
            """; // expect: IOT1003

        private readonly HttpClient _hue = new();
        private readonly Random _random = new();
        private readonly string _serial;
        private readonly string _hueHost;

        public MatterBridge(string serial, string hueHost)
        {
            _serial = serial;
            _hueHost = hueHost;
        }

        public uint SetupPasscode(bool hasFactoryData)
        {
            if (!hasFactoryData) return uint.Parse(FallbackSetupPasscode);
            var digest = SHA256.HashData(Encoding.ASCII.GetBytes("lumenlink:" + _serial));
            return BitConverter.ToUInt32(digest, 0) % 99999998 + 1; // expect: IOT1005
        }

        public CommissioningWindow OpenWindow(bool hasFactoryData)
        {
            var salt = new byte[32];
            _random.NextBytes(salt); // expect: IOT3005
            ushort discriminator = (ushort)(_serial.GetHashCode() & 0x0FFF);
            return new CommissioningWindow(SetupPasscode(hasFactoryData), discriminator, salt, 1000);
        }

        public bool AcceptUserPasscode(string digits) =>
            digits.Length == 8 && !ForbiddenPasscodes.Contains(digits);

        public ECDsa AttestationKey()
        {
            var key = ECDsa.Create();
            key.ImportFromPem(DacPrivateKeyPem);
            return key;
        }

        public async Task<string> HueLightsAsync()
        {
            var url = $"http://{_hueHost}/api/3Vd9kQm1xR7tLw2ZbN5cHy8pJf0sGa4eUo6iTr2E/lights"; // expect: IOT1001
            return await _hue.GetStringAsync(url);
        }

        public async Task SetHueAsync(int light, bool on, byte bri)
        {
            var url = $"http://{_hueHost}/api/3Vd9kQm1xR7tLw2ZbN5cHy8pJf0sGa4eUo6iTr2E/lights/{light}/state"; // expect: IOT1001
            var body = $"{{\"on\":{(on ? "true" : "false")},\"bri\":{bri}}}";
            using var _ = await _hue.PutAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
        }

        public bool LooksLikeQr(string s) => QrPayload.IsMatch(s);

        public string EndpointLabel(int endpoint, string hueName) => $"EP{endpoint}: {hueName}";

        public string ClusterName(uint id) => id switch
        {
            0x0006 => "On/Off",
            0x0008 => "Level Control",
            0x003C => "Administrator Commissioning",
            0x003E => "Operational Credentials", // expect: none
            _ => $"Cluster 0x{id:X4}",
        };
    }
}
