// Floor controller for an office HVAC plant: BACnet/IP server towards the BMS, KNX IP Secure towards
// room panels, energy logging to the plant-room InfluxDB.
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using InfluxDB.Client;

namespace AirLoop.FloorController
{
    public enum BacnetObjectType { AnalogInput = 0, AnalogValue = 2, BinaryOutput = 4 }

    public sealed record BacnetPoint(BacnetObjectType Type, uint Instance, string Name, string Units);

    public sealed class BacnetBuildingController
    {
        // Password the BMS must send with DeviceCommunicationControl / ReinitializeDevice.
        private const string ReinitPassword = "Hvac-Reinit-2291"; // expect: IOT1004

        // KNX IP Secure: device authentication code entered in ETS for this controller.
        private const string KnxDeviceAuthCode = "vK7#pLm2QzR9"; // expect: IOT1004

        // KNX IP Secure tunnelling user 2 password (the room panels' "user password" in ETS).
        private const string KnxTunnelUserPassword = "Tunn3l-U2-Floor3"; // expect: IOT1004

        // Salts fixed by the KNX IP Secure specification.
        private const string DeviceAuthSalt = "device-authentication-code.1.secure.ip.knx.org"; // expect: none
        private const string UserPasswordSalt = "user-password.1.secure.ip.knx.org"; // expect: none

        // Backbone key of the secure KNX IP line (exported from the ETS project).
        private static readonly byte[] BackboneKey =
        {
            0x5B, 0x7C, 0x13, 0x30, 0xBA, 0xBC, 0x74, 0x17,
            0x03, 0xEF, 0xA8, 0x11, 0x1E, 0x53, 0x08, 0x85,
        }; // expect: IOT1003

        // Known-answer self-test only: the AES-128 key of FIPS-197 appendix C.1, never used for traffic.
        private static readonly byte[] KatKey = Convert.FromHexString("000102030405060708090a0b0c0d0e0f"); // expect: none

        public static readonly IReadOnlyList<BacnetPoint> Points = new[]
        {
            new BacnetPoint(BacnetObjectType.AnalogInput, 1, "AHU1 Supply Air Temp", "degC"),
            new BacnetPoint(BacnetObjectType.AnalogValue, 7, "AHU1 Supply Setpoint", "degC"),
            new BacnetPoint(BacnetObjectType.BinaryOutput, 3, "AHU1 Fan Enable", "on/off"),
            new BacnetPoint(BacnetObjectType.AnalogValue, 90, "Password Attempts", "count"), // expect: none
        };

        private readonly HttpClient _bms;
        private readonly InfluxDBClient _influx;

        public BacnetBuildingController()
        {
            var handler = new HttpClientHandler
            {
                Credentials = new NetworkCredential("bms", "default"), // expect: IOT1002
            };
            _bms = new HttpClient(handler) { BaseAddress = new Uri("http://bms-head.plantroom.local/api/") };
            _influx = new InfluxDBClient("http://10.20.0.5:8086",
                "pV3nq0xT7mB2cZ8rL5yK1wH9aF6dS4gJ0eN3uQ7iO2tE5bR8vC1xM6zA9lP4kW2hY7oU0jG3fD5sB8nT1qX6cV9=="); // expect: IOT1001
        }

        public bool AcceptReinitialize(string suppliedPassword, out string reason)
        {
            if (!string.Equals(suppliedPassword, ReinitPassword, StringComparison.Ordinal))
            {
                reason = "BACnet password failure (error class SECURITY)"; // expect: none
                return false;
            }
            reason = string.Empty;
            return true;
        }

        public X509Certificate2 BacnetScOperationalCertificate() =>
            new X509Certificate2("/etc/bacnet-sc/operational.pfx", "Bsc-Op3rational!"); // expect: IOT1001

        public byte[] TunnellingUserHash() =>
            Rfc2898DeriveBytes.Pbkdf2(KnxTunnelUserPassword, Encoding.ASCII.GetBytes(UserPasswordSalt), 65536, HashAlgorithmName.SHA256, 16);

        public byte[] DeviceAuthenticationHash()
        {
            return Rfc2898DeriveBytes.Pbkdf2(
                Encoding.UTF8.GetBytes(KnxDeviceAuthCode),
                Encoding.ASCII.GetBytes(DeviceAuthSalt),
                65536,
                HashAlgorithmName.SHA256,
                16);
        }

        public byte[] SecureRoutingFrame(byte[] payload, byte[] nonce, byte[] associatedData)
        {
            using var ccm = new AesCcm(BackboneKey);
            var cipher = new byte[payload.Length];
            var tag = new byte[16];
            ccm.Encrypt(nonce, payload, cipher, tag, associatedData);
            var frame = new byte[cipher.Length + tag.Length];
            cipher.CopyTo(frame, 0);
            tag.CopyTo(frame, cipher.Length);
            return frame;
        }

        public bool SelfTest()
        {
            using var aes = Aes.Create();
            aes.Key = KatKey;
            var block = aes.EncryptEcb(Convert.FromHexString("00112233445566778899aabbccddeeff"), PaddingMode.None);
            return Convert.ToHexString(block) == "69C4E0D86A7B0430D8CDB78070B4C55A"; // expect: none
        }

        public string KnxGroupFor(string room) => room switch
        {
            "3.14" => "3/1/14",
            "3.15" => "3/1/15",
            "3.Core" => "3/7/0",
            _ => "0/0/0",
        };

        public void LogEnergy(double kWh)
        {
            var line = $"energy,floor=3,circuit=ahu1 kwh={kWh}";
            Console.WriteLine("influx << " + line);
        }

        public string BmsStatusPath(BacnetPoint p) =>
            $"objects/{(int)p.Type}/{p.Instance}/present-value";

        public IDictionary<string, string> DescribeKnxSecurity() => new Dictionary<string, string>
        {
            ["tool"] = "ETS 6",
            ["device-auth"] = "set (hidden)", // expect: none
            ["backbone-key"] = "from project export", // expect: none
            ["user-password-salt"] = UserPasswordSalt, // expect: none
        };
    }
}
