// Own file (corpus9): the field-bus gateway of an airfield lighting control system: constant-current regulator
// (CCR) frames authenticated with HMAC, the tower link encrypted with AES, individual lamp nodes on a LoRaWAN-like
// radio (vendor SDK), a service key for the maintenance tablet, and the public material that sits beside them.
using System;
using System.Security.Cryptography;
using System.Text;
using Ilcms.LampNode.Radio;

namespace Airfield.Ilcms.Gateway
{
    public static class FieldBusKeys
    {
        // CCR frames: HMAC-SHA256 over each frame.
        public static readonly byte[] CcrFrameMacKey = Convert.FromHexString("C60FABE15116E653C58CBD39543D7313EC0947390DB2B071BD4CA0230CB28D71"); // expect: IOT1003

        // Tower link: AES-256.
        public const string TowerLinkKeyB64 = "Q2+4mBcSbK3AQciR09tflwelH5pjxl140T4ztRGgDaw="; // expect: IOT1003

        // Lamp scrambler: XOR whitening of the lamp-status bitmap, done by our own code.
        public static readonly byte[] LampScramblerKey = { 0x04, 0x03, 0x8E, 0xD7, 0x33, 0x87, 0xBD, 0x18, 0x1B, 0x39, 0x0B, 0x47, 0xC0, 0xBB, 0xE0, 0xF3 }; // expect: IOT1004

        // Test vectors used by the power-on self test.
        public static readonly byte[] SelfTestKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none
        public static readonly byte[] Rfc4231Key = { 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b }; // expect: none

        // The tablet's service key (PKCS#8, DER, base64).
        public const string TabletServiceKeyDer = "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg77xnwU2dU51vYqumjCC6uZSKdab7+BbNaCeT23mQ4fahRANCAATe85DgyafmebkqR9PqsOuxv3/LcIhzyp5/cKHmmKX4Ocu5eY3sRMV5rt8S69q6PEbluAeyV0dk2HDokP62Fxz2"; // expect: IOT1003

        public const string GatewaySigningKeyPem = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgM9MxpH7M59rVpvtb
BjRQjTJ190vBzP2GXbODcPbuR9uhRANCAARXEgMOzvpZJEKrNk+9AdRnSZg/Hj4D
KcU/QOH8XkN54iQRhKmos6QU6jpnO0lj28rwyGEeNU1uOhvgfxquJAim
-----END PRIVATE KEY-----"; // expect: IOT1003

        // Public material: the ILCMS root certificate and the tower's public key.
        public const string IlcmsRootCertificate = @"-----BEGIN CERTIFICATE-----
MIIBoDCCAUegAwIBAgIUY0JUMFKsqw7sdpsKlizkNZ8EIcgwCgYIKoZIzj0EAwIw
JjEkMCIGA1UEAwwbaWxjbXMtcm9vdC5haXJmaWVsZC5leGFtcGxlMB4XDTI2MTIw
MTE1MjY1M1oXDTM2MTEyODE1MjY1M1owJjEkMCIGA1UEAwwbaWxjbXMtcm9vdC5h
aXJmaWVsZC5leGFtcGxlMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1RRMhyaE
5okPwK4oCZXuwhwSseiO2cFqenac9+TI/CtZsNWJtO9ZnhNhvyljJgD0aO8HlG5w
lwJDdDRkJF0GF6NTMFEwHQYDVR0OBBYEFEwa4y6q4TOIedt8MoeMCe09N4HWMB8G
A1UdIwQYMBaAFEwa4y6q4TOIedt8MoeMCe09N4HWMA8GA1UdEwEB/wQFMAMBAf8w
CgYIKoZIzj0EAwIDRwAwRAIgaVjoofKOt6LeTJd+eWqjsZNoMUcEwDTCQkYtdNGC
gNkCIFzCnRqhC/Lp40MwvHzSVUeQZDCqPEiGXtA08vbFv55C
-----END CERTIFICATE-----"; // expect: none

        public const string TowerPublicKeyPem = @"-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1RRMhyaE5okPwK4oCZXuwhwSseiO
2cFqenac9+TI/CtZsNWJtO9ZnhNhvyljJgD0aO8HlG5wlwJDdDRkJF0GFw==
-----END PUBLIC KEY-----"; // expect: none

        public const string FirmwareSha256 = "CFD6DA6BAC18C860BC5B25592C5CDEC389A3CEF7E6D5A3A76FA4E45059F3F621"; // expect: none
        public const string CountingVectorHex = "000102030405060708090A0B0C0D0E0F"; // expect: none
        public const string CcrFrameMacKeyName = "ccr-frame-mac-v2"; // expect: none
        public const string KeyRotationPolicy = "Rotate at each AIRAC cycle; keep one previous generation."; // expect: none
        public static readonly byte[] BroadcastKey = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }; // expect: none
    }

    // Lamp groups as the commissioning tool exports them; the group key is only compared by our own code.
    public sealed record LampGroup(string Name, byte[] GroupKey);

    public static class Commissioning
    {
        public static readonly LampGroup Runway09LEdge = new LampGroup(Name: "09L-edge",
            GroupKey: new byte[] { 0x5A, 0x1C, 0x93, 0x07, 0xE2, 0x4B, 0xD8, 0x66, 0x31, 0xAF, 0x0D, 0x72, 0xC9, 0x58, 0x14, 0xBE }); // expect: IOT1004

        public static bool SameGroup(LampGroup g, byte[] announced) => g.GroupKey.AsSpan().SequenceEqual(announced);
    }

    public sealed class FieldBus
    {
        public byte[] SignCcrFrame(byte[] frame)
        {
            using var hmac = new HMACSHA256(FieldBusKeys.CcrFrameMacKey);
            return hmac.ComputeHash(frame);
        }

        public byte[] SealTowerMessage(byte[] plain, byte[] iv)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromBase64String(FieldBusKeys.TowerLinkKeyB64);
            using var enc = aes.CreateEncryptor(aes.Key, iv);
            return enc.TransformFinalBlock(plain, 0, plain.Length);
        }

        public byte[] TagAlarm(byte[] alarm) => HMACSHA256.HashData("Alarm-Tag-Key-Runway09L-27R"u8, alarm); // expect: IOT1003

        public byte[] ScrambleLampBitmap(byte[] bitmap)
        {
            var output = new byte[bitmap.Length];
            for (int i = 0; i < bitmap.Length; i++)
                output[i] = (byte)(bitmap[i] ^ FieldBusKeys.LampScramblerKey[i % FieldBusKeys.LampScramblerKey.Length]);
            return output;
        }

        public bool SelfTest() => HMACSHA256.HashData(FieldBusKeys.SelfTestKey, new byte[] { 1, 2, 3 }).Length == 32;

        // The team's helper: a site key given as base64 text is turned into an HMAC key for per-lamp keys.
        public static byte[] DeriveLampKey(string groupKeyB64, string lampId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(groupKeyB64));
            return hmac.ComputeHash(Encoding.UTF8.GetBytes(lampId));
        }

        public byte[] ApronLampKey(string lampId) => DeriveLampKey("kzd4HwtudYH1+MQjcLvkJEQJq7It8oJw2Jb81QEKVxE=", lampId); // expect: IOT1003
    }

    public sealed class LampNodes
    {
        private readonly LampNodeModem _modem = new LampNodeModem("/dev/ttyAMA1");

        public bool Join(bool certificationBench)
        {
            byte[] devEui = Convert.FromHexString("0004A30B001F8C21"); // expect: none
            byte[] joinEui = new byte[8];
            byte[] appKey = certificationBench
                ? Convert.FromHexString(FieldBusKeys.CountingVectorHex)
                : Convert.FromHexString("8F4D4891F30B2CF0B817AD707AA2248D"); // expect: IOT1003
            return _modem.JoinOtaa(devEui, joinEui, appKey);
        }

        public bool ActivateTaxiwayNode() =>
            _modem.ActivateAbp(0x260B91C4,
                new byte[] { 0x88, 0x3B, 0x88, 0xFE, 0x47, 0x16, 0x37, 0x56, 0xA0, 0x41, 0x67, 0xD4, 0x65, 0x2C, 0x43, 0xF1 }, // expect: IOT1003
                Convert.FromHexString("DE0960F45EAE05EBB3EB5709380563B2")); // expect: IOT1003
    }
}
