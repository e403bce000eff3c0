// Written for corpus25: the condition-monitoring logger in a wind turbine's nacelle. It reads vibration and
// temperature channels, signs each telemetry batch, sends it to the wind farm's IoT hub with a device key derived
// from the farm's enrollment group key, mirrors alarms to the SCADA server over OPC UA and uploads trend files to
// the historian. A service hotspot lets technicians on the tower reach the logger's web page.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Opc.Ua;

namespace Corpus25.WindFarm
{
    public sealed class NacelleLogger
    {
        private const string EnrollmentGroupKey = "CNG5ssaWEqnyOdlKnSGsap9lnnWFPpCCEm63cMoSKro="; // expect: IOT1003
        private const string FarmHubHost = "windfarm-north.azure-devices.net";
        private const string PskCipherSuites = "TLS_PSK_WITH_AES_128_GCM_SHA256"; // expect: none
        private const string SecretsManagerRegion = "eu-north-1"; // expect: none
        private const string TowerLiftAccessCode = "23103"; // expect: IOT1004
        private const string PasswordPolicy = "min12-upper-digit-symbol"; // expect: none
        private static readonly byte[] ScadaFrameKey = { 0xF5, 0xC4, 0xB7, 0x78, 0x0A, 0xAC, 0x0B, 0x6A, 0x99, 0xCF, 0x32, 0x3C, 0x37, 0xC8, 0xE1, 0xCA }; // expect: IOT1004

        private readonly string _turbineSerial;
        private readonly HttpClient _historian = new HttpClient { BaseAddress = new Uri("https://historian.windfarm-north.local/") };

        public NacelleLogger(string turbineSerial)
        {
            _turbineSerial = turbineSerial;
            _historian.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "REPLACE_WITH_HISTORIAN_TOKEN"); // expect: IOT1006
        }

        public static string ComputeDerivedKey(string enrollmentGroupKey, string registrationId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentGroupKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        public DeviceClient ConnectHub()
        {
            var registrationId = "wtg-" + _turbineSerial;
            var deviceKey = ComputeDerivedKey(EnrollmentGroupKey, registrationId); // expect: none
            return DeviceClient.Create(FarmHubHost, new DeviceAuthenticationWithRegistrySymmetricKey(registrationId, deviceKey));
        }

        public byte[] SignBatch(byte[] payload)
        {
            var requestNonce = new Random(Environment.TickCount).NextInt64(); // expect: IOT3005
            var framed = new byte[payload.Length + 8];
            BitConverter.GetBytes(requestNonce).CopyTo(framed, 0);
            payload.CopyTo(framed, 8);
            return HMACSHA256.HashData("wtg-telemetry-signing-7f3a91"u8, framed); // expect: IOT1003
        }

        public byte[] ObfuscateScadaFrame(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
                output[i] = (byte)(frame[i] ^ ScadaFrameKey[i % ScadaFrameKey.Length]);
            return output;
        }

        public IUserIdentity ScadaIdentity() => new UserIdentity("nacelle-logger", "qQ3l7xOu4QDY"); // expect: IOT1001

        public NetworkCredential ConverterWebLogin() => new NetworkCredential("supervisor", "supervisor"); // expect: IOT1002

        // Hotspot the technicians join in the nacelle; SSID and key are on the cabinet door.
        public WirelessAPConfiguration ServiceHotspot() => new WirelessAPConfiguration
        {
            Ssid = "WTG-" + _turbineSerial,
            Password = "wtg" + _turbineSerial.Substring(_turbineSerial.Length - 6), // expect: IOT1005
        };

        public double SimulatedVibration(double baseline) => baseline + Random.Shared.NextDouble() * 0.02; // expect: none

        public byte[] NewExportSalt() => RandomNumberGenerator.GetBytes(16); // expect: none

        public string Suites() => PskCipherSuites + "@" + SecretsManagerRegion;

        public bool UnlockTowerLift(string typed) => typed.Trim() == TowerLiftAccessCode;

        public string Policy() => PasswordPolicy;

        public Amqp.Address ScadaAlarmLink() =>
            new Amqp.Address("scada-amqp.windfarm-north.local", 5671, "wtg-logger", "Hp4#wV9zL2qT"); // expect: IOT1001

        public byte[] TechnicianChallenge()
        {
            var challenge = new byte[8];
            Random.Shared.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }
    }
}
