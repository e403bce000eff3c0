// Written for this corpus. Domain: telematics unit of a refrigerated truck (pharmaceutical cold chain): DPS enrolment
// of the unit, encrypted temperature log, BLE pairing with the cargo data logger, trip archive in S3, driver PIN.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Amazon.Runtime;
using Microsoft.Azure.Devices.Shared;

namespace ColdChain.Telematics
{
    public sealed class ColdChainTruck
    {
        private const string RegistrationId = "reefer-truck-0417";
        private const string TelematicsPfxPassword = "qe9DDpiBukjw"; // expect: IOT1001
        private const string TelematicsThumbprint = "ab843c9dfeb7b67afcd59c1fb7e284175df06a3b"; // expect: none
        private const string KeyStorePath = "/secure/tpm/primary"; // expect: none
        private const string ConnectionStringScrubber = "SharedAccessKey=[^;]+"; // expect: none
        private const string DocExampleAccessKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        private const string DriverPin = "0634"; // expect: IOT1004
        private const uint StaticPasskey = 123456; // expect: IOT1002
        private const double SetpointCelsius = 5.0;

        // cargo logger frames are XOR-scrambled so the driver app cannot edit them
        private static readonly byte[] FrameObfuscationKey = { 0x56, 0xFB, 0xC7, 0x8A, 0xF0, 0xCC, 0x43, 0x61, 0xFB, 0x0D, 0x3B, 0xA9 }; // expect: IOT1004
        // FIPS-197 appendix C.1 key, only for the power-on self-test
        private static readonly byte[] SelfTestKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f }; // expect: none

        // signing key of the trip reports (SEC1 DER, base64)
        private const string TripReportSigningKey = "MHcCAQEEIImObYthQ6Uv4+9pFXwIDNR/NNvV5mj4bKboDwV4oF0goAoGCCqGSM49AwEHoUQDQgAEHOfLyX/mlN9fzfKVXyZ3cCMRtyRYANazjkSu9lCU+uAefZtxRw8+KMlcCdLEMsDnSZozTgepTV2oc/y2qN3iaA=="; // expect: IOT1003
        private const string FirmwareRepoToken = "ghp_IKqe3EdyrSq01D2GCPStRK0TGtfwIm8WOm9l"; // expect: IOT1003
        private const string DispatcherBotToken = "3681116422:AAZunhVXuOsJlOPeykeY13kRk3jN_O9P-aW"; // expect: IOT1003
        private const string DispatcherChatId = "-1001873220044"; // expect: none

        public X509Certificate2 LoadTelematicsCertificate(byte[] pfx) => new X509Certificate2(pfx, TelematicsPfxPassword);

        public SecurityProviderSymmetricKey IndividualEnrollment()
            => new SecurityProviderSymmetricKey(RegistrationId, "OkMf8v6ezJwoRHLxLllDf27R/Msr2MkNIT+Xh0ZN2wo=", "d2SGqY+mhuqcZrCxAfq6oa6BVeCi1/pxmZLicdQ0vO0="); // expect: IOT1003 IOT1003

        public SecurityProviderSymmetricKey GroupEnrollment()
        {
            var derived = ComputeDerivedKey("I3prNFwdRqGXQBxhCbXxNC19l6NPvX9PrWOCwtjF+hQ=", RegistrationId); // expect: IOT1003
            return new SecurityProviderSymmetricKey(RegistrationId, derived, derived);
        }

        private static string ComputeDerivedKey(string enrollmentGroupKey, string registrationId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentGroupKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        public byte[] EncryptTemperatureLog(byte[] csv)
        {
            using var aes = Aes.Create();
            aes.Key = new byte[] { 0xC0, 0xEA, 0xF2, 0x9D, 0x08, 0x1C, 0xCF, 0x4E, 0x06, 0xA5, 0xD4, 0x93, 0x54, 0xFA, 0x55, 0x30 }; // expect: IOT1003
            aes.GenerateIV();
            using var enc = aes.CreateEncryptor();
            return enc.TransformFinalBlock(csv, 0, csv.Length);
        }

        public bool SelfTest()
        {
            using var aes = Aes.Create();
            aes.Key = SelfTestKey;
            return aes.Key.Length == 16;
        }

        public byte[] Scramble(byte[] frame)
        {
            var result = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++) result[i] = (byte)(frame[i] ^ FrameObfuscationKey[i % FrameObfuscationKey.Length]);
            return result;
        }

        public BasicAWSCredentials TripArchiveCredentials()
            => new BasicAWSCredentials("AKIAXUPQXT7RIWOUQOZV", "MjqDQBw++WIz/i3teEFCdIa9ZrGANFHKmwwmt/U2"); // expect: IOT1003 IOT1003

        public bool LooksLikeAccessKeyId(string value)
            => value.Length == DocExampleAccessKeyId.Length && value.StartsWith("AKIA", StringComparison.Ordinal);

        public string ScrubForLog(string text) => Regex.Replace(text, ConnectionStringScrubber, "SharedAccessKey=***"); // expect: none

        public ECDsa TripReportSigner()
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportECPrivateKey(Convert.FromBase64String(TripReportSigningKey), out _);
            return ecdsa;
        }

        public async Task<string> LatestFirmwareTagAsync()
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "token " + FirmwareRepoToken); // expect: none
            http.DefaultRequestHeaders.Add("User-Agent", "reefer-telematics");
            return await http.GetStringAsync("https://api.github.com/repos/coldchain/telematics-fw/releases/latest");
        }

        public async Task<string> AlertDispatcherAsync(string text)
        {
            using var http = new HttpClient();
            return await http.GetStringAsync($"https://api.telegram.org/bot{DispatcherBotToken}/sendMessage?chat_id={DispatcherChatId}&text={Uri.EscapeDataString(text)}");
        }

        public bool DriverUnlock(string entered) => entered == DriverPin;

        public uint LoggerPasskey() => StaticPasskey;

        public string Describe() => $"{TelematicsThumbprint} {KeyStorePath} {SetpointCelsius}";
    }
}
