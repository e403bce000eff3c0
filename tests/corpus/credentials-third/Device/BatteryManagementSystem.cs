// Traction battery BMS gateway: UDS diagnostics on CAN, SecOC-style message authentication, cloud health upload.
using System;
using System.Collections.Generic;
using System.Device.Wifi;
using System.Security.Cryptography;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace VoltPack.Bms
{
    public sealed record CellReading(int Index, double Volts, double TempC);

    public sealed class BatteryManagementSystem
    {
        public const string Chemistry = "NMC811"; // expect: none
        public const string Vin = "WVWZZZE1ZPP012345"; // expect: none
        public const uint CanIdDiagRequest = 0x7E4;
        public const uint CanIdDiagResponse = 0x7EC;

        // Workshop "level 1" security access: key = seed XOR this secret.
        private static readonly byte[] SecurityAccessSecret = { 0x3E, 0x91, 0xC4, 0x07 }; // expect: IOT1004

        // SecOC freshness/authenticator key shared with the VCU.
        private static readonly byte[] SecOcKey = new byte[]
        {
            0x0E, 0xA5, 0xDC, 0xD9, 0x80, 0xEF, 0x70, 0xFF,
            0xCC, 0xDC, 0xC0, 0x2E, 0x3D, 0xA8, 0x4D, 0x31,
        }; // expect: IOT1003

        private static readonly Dictionary<string, string> Dtcs = new()
        {
            ["P0A7F"] = "Hybrid/EV battery pack deterioration",
            ["P0AFA"] = "Battery system voltage low",
            ["U0293"] = "Lost communication with hybrid/EV powertrain control module",
        };

        private readonly Random _random = new();
        private byte[] _pendingSeed = Array.Empty<byte>();

        public DeviceClient HealthUploader()
        {
            var auth = new DeviceAuthenticationWithRegistrySymmetricKey("bms-WVWZZZE1ZPP012345", "Boa34IP5oetwWCE4WBOVf7D/hwqWhdg/4wxadx7eyuo="); // expect: IOT1003
            return DeviceClient.Create("voltpack-fleet.azure-devices.net", auth);
        }

        public SecurityProviderSymmetricKey ProvisioningIdentity() =>
            new SecurityProviderSymmetricKey(
                "bms-" + Vin,
                "+pC8GhG4289rcwCmsUj8JsYoUfvcJht9OLL+Pjwr9IA=", // expect: IOT1003
                "xxxx"); // expect: IOT1006

        // Service tool link: the BMS joins the workshop access point to talk DoIP to the tester.
        public object JoinWorkshop(WifiAdapter adapter, WifiAvailableNetwork network) =>
            adapter.Connect(network, WifiReconnectionKind.Automatic, "VoltPack-Workshop-77"); // expect: IOT1001

        // UDS 0x27 0x01: request seed.
        public byte[] RequestSeed()
        {
            _pendingSeed = new byte[4];
            _random.NextBytes(_pendingSeed); // expect: IOT3005
            return _pendingSeed;
        }

        // UDS 0x27 0x02: send key.
        public bool SendKey(byte[] key)
        {
            if (_pendingSeed.Length != 4 || key.Length != 4) return false;
            for (int i = 0; i < 4; i++)
            {
                if ((byte)(_pendingSeed[i] ^ SecurityAccessSecret[i]) != key[i]) return false;
            }
            return true;
        }

        public byte[] Authenticator(byte[] pdu, ulong freshness)
        {
            using var hmac = new HMACSHA256(SecOcKey);
            var data = new byte[pdu.Length + 8];
            pdu.CopyTo(data, 0);
            BitConverter.GetBytes(freshness).CopyTo(data, pdu.Length);
            var full = hmac.ComputeHash(data);
            return full[..4];
        }

        public double BalancingDutyCycle(CellReading cell, double packMinVolts)
        {
            double delta = cell.Volts - packMinVolts;
            double dither = _random.NextDouble() * 0.02; // expect: none
            return Math.Clamp(delta * 20 + dither, 0, 1);
        }

        public string DescribeDtc(string code) =>
            Dtcs.TryGetValue(code, out var text) ? text : "Unknown DTC " + code;

        public string DidName(ushort did) => did switch
        {
            0xF190 => "VIN",
            0xF18C => "ECU serial number",
            0xF15B => "Fingerprint (tester serial)", // expect: none
            _ => $"DID {did:X4}",
        };

        public IEnumerable<string> HealthReport(IEnumerable<CellReading> cells)
        {
            foreach (var c in cells)
            {
                yield return $"{{\"cell\":{c.Index},\"v\":{c.Volts:F3},\"t\":{c.TempC:F1}}}";
            }
        }
    }
}
