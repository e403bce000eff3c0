// Written for corpus38 (not adapted from a repository). Domain: a public drinking-water bottle refill point in a park (a
// Raspberry Pi gateway with a UV steriliser and a filter cartridge chip): it reports to the water utility's IoT hub and
// SCADA broker, signs flow readings, checks cartridge authenticity, issues refill tickets and has a keypad service menu.
#nullable enable
using System;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Devices.Client;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus38.BottleRefillPoint
{
    static class UtilityLink
    {
        public const string HubHost = "waterco-refill.azure-devices.net"; // expect: none
        public const string StationId = "refill-st-0093"; // expect: none
        public const string StationDeviceKey = "HRjfX8abyT0f+nMQ5ij5R4GYgc2Z5RhZv+Wj5XZXNqQ="; // expect: IOT1001
        public const string UtilityApiPassword = "g2-iFeO_!Hf"; // expect: IOT1001
    }

    public class RefillStation
    {
        static readonly byte[] FilterCartridgeKey = { 0x00, 0x62, 0xDF, 0xBA, 0x7A, 0x5A, 0x67, 0xF5, 0x26, 0xF4, 0xEC, 0x93 }; // expect: IOT1004
        const string FlowTopic = "utility/refill/0093/flow"; // expect: none
        const double UvDoseMjPerCm2 = 40.0;
        readonly Random _rng = new();

        public DeviceClient ConnectHub() =>
            DeviceClient.Create(UtilityLink.HubHost, new DeviceAuthenticationWithRegistrySymmetricKey(UtilityLink.StationId, UtilityLink.StationDeviceKey));

        public void ConnectScada(MqttClient scada) => scada.Connect(UtilityLink.StationId, "refill", "%SCADA_MQTT_PASSWORD%"); // expect: IOT1006

        public AuthenticationHeaderValue UtilityApiAuth() =>
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("refill-api:" + UtilityLink.UtilityApiPassword)));

        public byte[] SignFlowReading(byte[] payload) => HMACSHA256.HashData("90vXxk5N979eQlSv8hF9PRjB"u8, payload); // expect: IOT1003

        public bool CartridgeGenuine(byte[] challenge, byte[] response)
        {
            for (int i = 0; i < challenge.Length && i < response.Length; i++)
                if ((byte)(challenge[i] ^ FilterCartridgeKey[i % FilterCartridgeKey.Length]) != response[i]) return false;
            return true;
        }

        public bool ServiceMenu(string keypadPin) => string.Equals(keypadPin, "1234"); // expect: IOT1002

        public string CleanerAccessCode() => "RF" + DateTime.UtcNow.DayOfYear.ToString("D3"); // expect: IOT1005

        public string NewRefillTicket()
        {
            string refillTicketToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return refillTicketToken;
        }

        public int RainbowStepMs() => _rng.Next(40, 120); // expect: none

        public string PinRejected() => "PIN incorrect, please try again."; // expect: none

        public bool UvDoseOk(double dose) => dose >= UvDoseMjPerCm2;

        public string Topic => FlowTopic;
    }
}
