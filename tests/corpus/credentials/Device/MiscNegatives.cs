// Odds and ends of a weather-station firmware that look secret-ish but are not credentials.
#nullable enable
using System;
using System.Collections.Generic;

namespace Corpus.WeatherStation.Misc
{
    internal static class MiscNegatives
    {
        // SHA-256 of the released firmware image, published with the release
        public const string FirmwareSha256 = "3b1f0c7e9a4d2f6b8e0a1c3d5f7b9e2a4c6d8f0b1e3a5c7d9f2b4e6a8c0d2f4b"; // expect: none
        // Git commit of the build
        public const string BuildCommit = "9f2b7c1e4d8a6f30b5c2e7a1d9f4b8c6e3a0d5f1"; // expect: none
        public static readonly Guid DeviceClassId = Guid.Parse("0d3f6a2e-8c41-4b7e-9f15-3a2d7c9e1b40"); // expect: none
        public const string DeviceId = "ws-200-00417"; // expect: none
        public const string ClientId = "ws200-berlin-roof"; // expect: none
        public const string TelemetryTopic = "weather/ws-200-00417/telemetry"; // expect: none
        public const string CommandTopic = "weather/+/cmd/password-reset"; // expect: none
        public const string TokenEndpoint = "https://auth.weather.example/oauth2/token"; // expect: none
        public const string PasswordResetUrl = "https://weather.example/account/password/reset"; // expect: none

        public static readonly Dictionary<string, string> Palette = new()
        {
            ["cold"] = "#1E90FF", // expect: none
            ["mild"] = "#32CD32", // expect: none
            ["hot"] = "#FF4500", // expect: none
        };

        public static readonly uint[] ColourTable = { 0xFF1E90FF, 0xFF32CD32, 0xFFFF4500, 0xFFFFD700 }; // expect: none

        // DER prefix of a P-256 SubjectPublicKeyInfo (public key header used when exporting the public key)
        public static readonly byte[] P256SpkiPrefix = { 0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01, 0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00 }; // expect: none

        // NTP client request (mode 3, version 3)
        public static readonly byte[] NtpRequestHeader = { 0x1B, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }; // expect: none

        // ASN.1 OID of prime256v1, used when building a CSR
        public static readonly byte[] P256Oid = { 0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07 }; // expect: none

        // Modbus RTU frame: read 2 holding registers from unit 1
        public static readonly byte[] ModbusRead = { 0x01, 0x03, 0x00, 0x00, 0x00, 0x02, 0xC4, 0x0B }; // expect: none

        // AES-128 FIPS-197 test vector used by the crypto self-test at boot (public, from the standard)
        public static readonly byte[] SelfTestVectorPlaintext = { 0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xAA, 0xBB, 0xCC, 0xDD, 0xEE, 0xFF }; // expect: none

        public const string UserAgent = "WS-200/3.1.4 (nanoFramework)"; // expect: none
        public const string Base64Logo = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="; // expect: none
        public const string MacPrefix = "24:0A:C4"; // expect: none
        public const string SerialFormat = "WS200-{0:D5}"; // expect: none
        public const string KeyboardLayout = "de-DE"; // expect: none
        public const string PrimaryKeyColumn = "station_id"; // expect: none
        public const string AuthMode = "none"; // expect: none
        public const string PasswordPolicy = "min=12;upper=1;digit=1"; // expect: none
    }
}
