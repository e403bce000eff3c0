// Written for corpus15. Domain: a theatre's automated fly system: motorised winches for the scenery battens, a
// rigging console in the fly gallery with its own logins, signed cue frames to the winch drives, and the stage door.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Theatre.FlySystem
{
    public static class RiggingConsole
    {
        private static readonly (string User, string Password)[] RiggerLogins =
        {
            ("flyman", "S1bZ-sR0*HoN%"), // expect: IOT1004
            ("stagehand", "changeme"), // expect: IOT1002
        };

        private static readonly Dictionary<string, string> LoginLabels = new Dictionary<string, string>
        {
            ["user"] = "User", // expect: none
            ["password"] = "Password", // expect: none
        };

        private const string OperatorOverrideCode = "592905"; // expect: IOT1004
        private const uint ShowControlPasscode = 482931; // expect: IOT1004
        private const string FlyBarFaultCode = "2207"; // expect: none

        public static bool Login(string user, string password)
        {
            return RiggerLogins.Any(l => l.User == user && l.Password == password);
        }

        public static bool OverrideLimits(string entered)
        {
            return entered == OperatorOverrideCode;
        }

        public static bool EnterShowMode(string entered)
        {
            return uint.TryParse(entered, out var code) && code == ShowControlPasscode;
        }
    }

    public static class CueLink
    {
        private static readonly Random Rng = new Random();

        // frames to the older winch drives are only scrambled, never signed
        private static readonly byte[] WinchFrameObfuscationKey = { 0x69, 0x41, 0xFD, 0x76, 0x02, 0x27, 0xBF, 0xAD, 0x63, 0x0E }; // expect: IOT1004

        private static readonly byte[] CueHmacKey = { 0x22, 0xD1, 0x41, 0x0B, 0x9C, 0x2B, 0xCB, 0x4A, 0xA0, 0xF9, 0xC5, 0x83, 0xF6, 0xC2, 0x02, 0x78, 0x65, 0xC9, 0x59, 0x01, 0x63, 0x45, 0x71, 0x90, 0xF5, 0x1D, 0xB4, 0x91, 0x35, 0x23, 0x08, 0x77 }; // expect: IOT1003

        // RFC 4231 test case 1 key, used by the drive's power-on self test
        private static readonly byte[] SelfTestKey = { 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b }; // expect: none

        public static byte[] SignCue(byte[] frame)
        {
            using var hmac = new HMACSHA256(CueHmacKey);
            return hmac.ComputeHash(frame);
        }

        public static bool SelfTest()
        {
            using var hmac = new HMACSHA256(SelfTestKey);
            return hmac.ComputeHash(Encoding.ASCII.GetBytes("Hi There")).Length == 32; // expect: none
        }

        public static byte[] EncryptPreset(byte[] preset)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromBase64String("fqI1RvGKhIyP3l9rdNGJBKtMHNOru75iEex579v7LkU="); // expect: IOT1003
            var iv = new byte[16];
            Rng.NextBytes(iv); // expect: IOT3005
            aes.IV = iv;
            using var enc = aes.CreateEncryptor();
            return enc.TransformFinalBlock(preset, 0, preset.Length);
        }

        public static string NewCueSessionId()
        {
            string cueSessionId = Rng.Next().ToString("X8"); // expect: IOT3005
            return cueSessionId;
        }

        public static byte[] Scramble(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++) output[i] = (byte)(frame[i] ^ WinchFrameObfuscationKey[i % WinchFrameObfuscationKey.Length]);
            return output;
        }
    }

    public static class StageDoor
    {
        // the stage door's keypad code changes with each performance date
        public static string CodeFor(DateTime performance)
        {
            string stageDoorCode = performance.ToString("MMdd"); // expect: IOT1005
            return stageDoorCode;
        }
    }
}
