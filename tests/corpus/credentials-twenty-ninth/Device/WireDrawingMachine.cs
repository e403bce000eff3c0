// Written for corpus29 (invented): gateway of a copper wire drawing line (capstans, die box, resistance annealer).
// Serves the line's values to the MES over OPC UA, posts coil records to the MES REST API, mails alarms, encrypts the
// die-change log and signs coil records.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Line4.WireDrawing
{
    public static class DrawingLineGateway
    {
        private const string MesApiKey = "MES_API_KEY"; // expect: IOT1006
        private const string PasswordPolicy = "min 12 chars, rotate quarterly"; // expect: none
        private const string OperatorPasswordSha256 = "c74671a9aa6d13db3f0b995a13c81873b3e9717c30dbecd5238211e440295d0d"; // expect: none
        private const int AnnealerRelayPin = 23; // expect: none
        private static readonly byte[] CapstanFrameKey = { 0xE3, 0xB1, 0x47, 0x5A, 0xBD, 0xCD, 0xBE, 0xAC, 0xE1, 0xF7 }; // expect: IOT1004
        private static readonly byte[] DieLogAesKey = { 0xB7, 0xDD, 0x8A, 0x04, 0x59, 0xD3, 0x47, 0x90, 0x8C, 0xE0, 0x4B, 0x56, 0xD2, 0x71, 0x71, 0xF2 }; // expect: IOT1003
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

        public static Dictionary<string, string> BuildOpcServerSettings() => new()
        {
            ["opcua.endpoint"] = "opc.tcp://0.0.0.0:4840/line4",
            ["opcua.user"] = "line4-hmi",
            ["opcua.password"] = "vb93-DWKj-mxox", // expect: IOT1001
        };

        public static AuthenticationHeaderValue MesBasic(bool bench) =>
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("mes-line4:" +
                (bench ? "m2UN-b1u2-M7TX" // expect: IOT1001
                       : "6vl3-PieU-5BbI")))); // expect: IOT1001

        public static NetworkCredential SmtpLogin(IReadOnlyDictionary<string, string> config) =>
            new NetworkCredential("line4-alerts@wireworks.example",
                config.GetValueOrDefault("smtp.password") // expect: none
                ?? "S6D9-h6bl-GniJ"); // expect: IOT1001

        public static void AddMesHeaders(HttpClient http) => http.DefaultRequestHeaders.Add("X-API-Key", MesApiKey);

        public static bool ValidateOpcUser(string userName, string password) =>
            userName == "guest" && password == "guest"; // expect: IOT1002 IOT1002

        public static byte[] EncryptDieLog(byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = DieLogAesKey;
            aes.GenerateIV();
            using var encryptor = aes.CreateEncryptor();
            var cipher = encryptor.TransformFinalBlock(plain, 0, plain.Length);
            return aes.IV.Concat(cipher).ToArray();
        }

        public static byte[] SignCoilRecord(byte[] record) =>
            HMACSHA256.HashData(Convert.FromBase64String("akV14kMSJem0+g7XiF5t5Yfx2mUiPU0a2Kw//mTtVq4="), record); // expect: IOT1003

        public static int DieChangePin(string dieSerial)
        {
            int dieChangePin = Math.Abs(dieSerial.GetHashCode()) % 10000; // expect: IOT1005
            return dieChangePin;
        }

        public static string NewMesNonce()
        {
            var rng = new Random();
            var apiNonce = new string(Enumerable.Range(0, 16).Select(_ => Alphabet[rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return apiNonce;
        }

        public static byte[] ObfuscateCapstanFrame(byte[] frame) =>
            frame.Select((b, i) => (byte)(b ^ CapstanFrameKey[i % CapstanFrameKey.Length])).ToArray();

        public static bool IsKnownOperatorHash(string sha256Hex) =>
            string.Equals(sha256Hex, OperatorPasswordSha256, StringComparison.OrdinalIgnoreCase);

        public static string Policy() => PasswordPolicy;

        public static int AnnealerPin() => AnnealerRelayPin;

        public static double CapstanSpeedNoise() => (Random.Shared.NextDouble() - 0.5) * 0.02; // expect: none
    }
}
