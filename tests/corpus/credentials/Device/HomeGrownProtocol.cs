// Proprietary UDP protocol between a pool controller and its wall panel (team's own code, no library API).
#nullable enable
using System;
using System.Security.Cryptography;
using System.Text;

namespace Corpus.Pool.Protocol
{
    internal static class PanelProtocol
    {
        private const string PanelSecret = "Pn1-s3cr3t-Kx72vQ"; // expect: IOT1004
        private static readonly string HmacKey = "4f8b2e6d1a9c3f7e5b0d8a2c6e4f1b3d"; // expect: IOT1003
        private static readonly byte[] FrameSecret = Encoding.ASCII.GetBytes("fr4m3-K3y-pool!!"); // expect: IOT1004
        internal static string ServiceToken = "svc_9Qx2Lm7Tz4Rb8Wn1"; // expect: IOT1004
        public const string UpdatePassphrase = "Bl3ach-Chl0r1ne-Tide"; // expect: IOT1004

        // Not secrets
        private const string TokenExpiredMessage = "Token expired"; // expect: none
        private const string SecretHeaderName = "X-Panel-Secret"; // expect: none
        private const string PasswordFieldLabel = "Password:"; // expect: none
        private const string ApiKey = "API_KEY"; // expect: none
        private const string TestPassword = "fake-password-for-unit-tests"; // expect: none
        private const string DummyToken = "dummy"; // expect: none
        private const string EmptyPassword = ""; // expect: none
        private const string PskFileName = "panel.psk"; // expect: none
        private const string ExamplePassphrase = "example-passphrase-do-not-use"; // expect: none

        public static byte[] Sign(byte[] frame)
        {
            using var h = new HMACSHA256(Convert.FromHexString(HmacKey));
            return h.ComputeHash(frame);
        }

        public static byte[] Obfuscate(byte[] frame)
        {
            var k = Encoding.ASCII.GetBytes(PanelSecret);
            var o = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++) o[i] = (byte)(frame[i] ^ k[i % k.Length] ^ FrameSecret[i % FrameSecret.Length]);
            return o;
        }

        public static bool AcceptsUpdate(string offered) => offered == UpdatePassphrase;

        public static string Describe()
        {
            return $"{SecretHeaderName} {PasswordFieldLabel} {ApiKey} {TestPassword.Length} {DummyToken} {EmptyPassword} {PskFileName} {ExamplePassphrase.Length} {TokenExpiredMessage} {ServiceToken.Length}";
        }
    }

    internal sealed class PanelSession
    {
        public string SessionPassword { get; } = "Ps-w4ll-p4nel-31"; // expect: IOT1004
        public string? LastError { get; set; } = "Invalid passcode, try again"; // expect: none
        private string _pwdHint = "Your pool name + year"; // expect: none

        public bool Check(string offered) => offered == SessionPassword && _pwdHint.Length > 0;
    }
}
