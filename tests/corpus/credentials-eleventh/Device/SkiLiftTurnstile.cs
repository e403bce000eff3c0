// Written for this corpus. Domain: RFID ski-pass turnstiles at the valley station of a chair lift: the gate
// controller reads the lift PLC over OPC UA, runs a small MQTT broker for the gates and checks signed passes.
using System;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using MQTTnet.Server;
using Opc.Ua;
using Avalanche.Radio;

namespace Alpenbahn.Gates
{
    public sealed class GateController
    {
        private const string PlcEndpoint = "opc.tcp://10.40.1.10:4840";
        private const string PlcUser = "gate-ctrl";
        private const string PlcPassword = "f64QmhYCxLnR"; // expect: IOT1001

        // HMAC key the ticket office signs day passes with
        private static readonly byte[] PassSigningKey = Convert.FromHexString("8695ede49183c18b0867ddfac8873fda80d5be1d"); // expect: IOT1003
        // RFC 4231 test case 1 key, used by the self-test at boot
        private static readonly byte[] SelfTestKey = { 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b, 0x0b }; // expect: none
        // MIFARE Classic transport key A of blank cards (public, from the datasheet)
        private const string TransportKeyA = "FFFFFFFFFFFF"; // expect: none

        private const string OperatorOverrideCode = "9612"; // expect: IOT1004
        // SHA-256 of the ticket office supervisor's password; the entered password is hashed and compared
        private const string SupervisorPasswordHash = "5aac6d77f608922afce9aa891ba78746f5ccaabfdddaa7118c559dddaf1f8181"; // expect: none
        private const string GateTopicFilter = "gates/+/passage"; // expect: none
        private const string RejectedPassText = "Pass not valid for this lift, please see the ticket office."; // expect: none

        // avalanche-risk snow sensor on the upper slope (LoRaWAN)
        private const string SnowSensorDevEui = "70B3D57ED0065C21"; // expect: none
        private const string SnowSensorJoinEui = "0000000000000000"; // expect: none
        private const string FirmwareAuthHeader = "X-Auth-Token"; // expect: none

        private readonly Random _rng = new Random();

        public UserIdentity PlcIdentity() => new UserIdentity(PlcUser, PlcPassword);

        public UserIdentity MaintenanceIdentity()
            => new UserIdentity("maint", Encoding.UTF8.GetBytes("chCW59DJdJyM")); // expect: IOT1001

        public NetworkCredential SummitWebcam() => new NetworkCredential("webcam", "AZIolIZqQiYb"); // expect: IOT1001

        public void JoinSnowSensor(LoRaModem modem)
        {
            modem.JoinOtaa(Convert.FromHexString(SnowSensorDevEui), Convert.FromHexString(SnowSensorJoinEui),
                Convert.FromHexString("FA28E47FC9C9198C5E4FC5A8EDC2ED25")); // expect: IOT1003
        }

        public HttpRequestMessage FirmwareCheck()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "https://updates.alpenbahn.example/gates/latest");
            request.Headers.Add(FirmwareAuthHeader, "TODO"); // expect: IOT1006
            return request;
        }

        // season-pass holders open the staff gate with a PIN printed on their card
        public string SeasonPassPin(DateTime birthDate)
        {
            var seasonPassPin = birthDate.ToString("MMdd"); // expect: IOT1005
            return seasonPassPin;
        }

        // pairing code shown on the gate display for the attendant's handheld
        public string HandheldPairingCode() => _rng.Next().ToString("X8"); // expect: IOT3005

        public bool VerifyPass(string passId, string validFrom, string signatureHex)
        {
            using var hmac = new HMACSHA256(PassSigningKey);
            var expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(passId + "|" + validFrom)));
            return CryptographicOperations.FixedTimeEquals(Convert.FromHexString(expected), Convert.FromHexString(signatureHex));
        }

        public bool SelfTest()
        {
            using var hmac = new HMACSHA256(SelfTestKey);
            var mac = Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes("Hi There")));
            return mac.StartsWith("B0344C61", StringComparison.Ordinal); // expect: none
        }

        // gate clients log in to the controller's broker
        public void ValidateGate(ValidatingConnectionEventArgs e)
        {
            if (e.UserName == "admin" && e.Password == "admin") // expect: IOT1002 IOT1002
            {
                e.ReasonCode = 134;
                return;
            }

            if (!e.ClientId.StartsWith("gate-", StringComparison.Ordinal) || e.Password != "D0FFBAlnV7eq") // expect: IOT1001
            {
                e.ReasonCode = 134;
            }
        }

        public bool SupervisorLogin(string entered)
            => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(entered))).Equals(SupervisorPasswordHash, StringComparison.OrdinalIgnoreCase);

        public bool OperatorOverride(string keypadEntry)
        {
            return keypadEntry == OperatorOverrideCode;
        }

        // code for the lift attendants' side gate, changes every day
        public string SideGateUnlockCode()
        {
            var today = DateTime.UtcNow;
            var unlockCode = ((today.DayOfYear * 7919 + today.Year) % 10000).ToString("D4"); // expect: IOT1005
            return unlockCode;
        }

        public byte[] NewPassageNonce()
        {
            var nonce = new byte[12];
            _rng.NextBytes(nonce); // expect: IOT3005
            return nonce;
        }

        public int GateOpenMilliseconds() => 2500 + _rng.Next(0, 400); // expect: none

        public string Describe() => $"{PlcEndpoint} {GateTopicFilter} {TransportKeyA.Length} {RejectedPassText.Length}";
    }
}
