// Own code: a toll-gantry reader that authenticates vehicle transponders (DSRC) and signs passage records for
// the back office. Key material below is freshly generated for this corpus.
using System;
using System.Security.Cryptography;
using System.Text;

namespace Corpus8.TollGantry
{
    public static class TransponderCrypto
    {
        // Issuer master key used to diversify per-transponder keys.
        private static readonly byte[] IssuerMasterKey =
        {
            0xBD, 0xE7, 0x05, 0x55, 0xFB, 0x5B, 0x90, 0x44, 0x3F, 0x31, 0x2E, 0x3C, 0x9A, 0xEB, 0x11, 0x3E
        }; // expect: IOT1003

        private const string RecordSigningKeyHex = "09BD7842693C86C3413C86A3DB4B615DB1411FF8EF243EAEFEFEC08375145487"; // expect: IOT1003
        private static readonly byte[] FrameObfuscationKey = { 0x3A, 0x91, 0x5C, 0x07, 0xE2, 0x48, 0xD6, 0x1F, 0xA3, 0x6B }; // expect: IOT1004
        private static readonly byte[] TestVectorKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none
        private static readonly byte[] BroadcastKey = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }; // expect: none

        public static byte[] DiversifyKey(byte[] transponderId)
        {
            using var aes = Aes.Create();
            aes.Key = IssuerMasterKey;
            return aes.EncryptEcb(transponderId, PaddingMode.None);
        }

        public static byte[] SignRecord(string record) =>
            HMACSHA256.HashData(Convert.FromHexString(RecordSigningKeyHex), Encoding.UTF8.GetBytes(record));

        public static byte[] BenchSign(bool bench, string record)
        {
            byte[] key = bench ? TestVectorKey : Convert.FromBase64String("HGkLcFeYQtHAK9HueFZrfiD9qEDqivpdPdyr8oZ+9/M="); // expect: IOT1003
            return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(record));
        }

        public static byte[] Obfuscate(byte[] frame)
        {
            var copy = (byte[])frame.Clone();
            for (int i = 0; i < copy.Length; i++) copy[i] ^= FrameObfuscationKey[i % FrameObfuscationKey.Length];
            for (int i = 0; i < copy.Length; i++) copy[i] ^= BroadcastKey[i % BroadcastKey.Length];
            return copy;
        }

        // Challenge sent to the transponder in the BST frame.
        public static byte[] NewChallenge()
        {
            var challenge = new byte[8];
            new Random().NextBytes(challenge); // expect: IOT3005
            return challenge;
        }

        public static byte[] NewSessionNonce()
        {
            var nonce = new byte[12];
            RandomNumberGenerator.Fill(nonce); // expect: none
            return nonce;
        }

        public static int NextPollJitterMs() => Random.Shared.Next(5, 40); // expect: none

        // Back-office upload: mTLS key of the gantry.
        public const string GantryClientKeyPem = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgDzS+n5kzyLjvZy6f
a8gGuDvptwD0YZiVsZsRN6yE/R2hRANCAAQpnbf/O5TsTz04x8XQe0DDaIMXKVd+
obRpImCx56bBiNLzpKaMaJ5aydJ3fufxQqfeFHWKOJERnGIdSxP/c70s
-----END PRIVATE KEY-----"; // expect: IOT1003

        public const string BackOfficeCaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUJ3x\n-----END CERTIFICATE-----"; // expect: none
        public const string PublicKeyHex = "04299DB7FF3B94EC4F3D38C7C5D07B40C3688317295"; // expect: none

        public static string NewReceiptToken() => Random.Shared.Next(0, int.MaxValue).ToString("X8"); // expect: IOT3005
    }

    public static class GantryExtras
    {
        private static readonly byte[] LaneDiversificationKey = Convert.FromBase64String("tPzvghTAY3s6bEdDRbW61HqZrk7JpECp+gy3c6IpFCI="); // expect: IOT1004
        public static int LaneKeyLength() => LaneDiversificationKey.Length;
        public static byte[] MacLane(byte[] data) => HMACSHA256.HashData(Encoding.UTF8.GetBytes("lane-4-Kx81-Vr2q-Mz7p"), data); // expect: IOT1003
        public static byte[] Encrypt(byte[] data, byte[] iv) { using var aes = Aes.Create(); return aes.CreateEncryptor(Convert.FromHexString("B1411FF8EF243EAEFEFEC08375145487"), iv).TransformFinalBlock(data, 0, data.Length); } // expect: IOT1003
        public const string KeyVersionTag = "KV2"; // expect: none
    }
}
