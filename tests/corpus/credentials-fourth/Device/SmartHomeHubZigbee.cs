// Smart-home hub: forms the Zigbee network, onboards devices, bridges to a local broker and Home Assistant.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading.Tasks;
using SiLabs.Ezsp;
using uPLibrary.Networking.M2Mqtt;

namespace Homeweave.Hub
{
    public sealed class SmartHomeHubZigbee : IDisposable
    {
        private const ushort PanId = 0x1A62;
        private static readonly byte[] ExtendedPanId = { 0xDD, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77 }; // expect: none
        private const uint SetupPasscode = 20202021; // expect: IOT1002
        private const ushort SetupDiscriminator = 3840;

        private static readonly byte[] ThreadNetworkKey = Convert.FromHexString("4362C69609ED3A738E3485444ACBA5DF"); // expect: IOT1004

        private const string NetworkKeySetting = "Zigbee:NetworkKey"; // expect: none
        private const string ThreadDatasetPath = "/data/thread/active-dataset.tlv"; // expect: none
        private const string KeyRotatedEvent = "Network key rotated; devices rejoin within 10 minutes."; // expect: none
        private const ushort MatterVendorId = 0xFFF1;

        private const string HomeAssistantUrl = "http://homeassistant.local:8123/api/";
        private const string HomeAssistantTokenHelp = "Create a long-lived access token in your Home Assistant profile."; // expect: none

        private readonly EzspNetworkManager _ncp;
        private readonly HttpClient _ha = new() { BaseAddress = new Uri(HomeAssistantUrl) };
        private readonly Random _channelPicker = new();

        public SmartHomeHubZigbee(string ncpPort)
        {
            _ncp = new EzspNetworkManager(new SerialPort(ncpPort, 115200));
            _ha.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJoYS1odWItbGl2aW5ncm9vbSIsImlzcyI6ImlvdC5leGFtcGxlIiwiaWF0IjoxNzE3MDAwMDAwLCJleHAiOjE4OTM0NTYwMDB9.1C7LBb6iXs_v-wU70_--XDIVGZMVfZJrHVFCOZikhas"); // expect: IOT1003
        }

        public bool FormNetwork()
        {
            // Pick one of the channels that do not overlap the common Wi-Fi channels.
            byte[] quietChannels = { 15, 20, 25 };
            byte channel = quietChannels[_channelPicker.Next(quietChannels.Length)]; // expect: none

            return _ncp.FormNetwork(PanId, ExtendedPanId, networkKey: new byte[]
            {
                0x5A, 0x69, 0x67, 0xE2, 0x1C, 0x8D, 0x93, 0x4B,
                0xF0, 0x2E, 0x71, 0xA3, 0xC6, 0x58, 0x0D, 0xB4,
            }, channel); // expect: IOT1003
        }

        public bool OnboardDevice(byte[] ieeeAddress)
        {
            byte[] linkKey = SHA256.HashData(ieeeAddress)[..16]; // expect: IOT1005
            bool added = _ncp.AddInstallCode(ieeeAddress, linkKey);
            _ncp.PermitJoining(TimeSpan.FromSeconds(180));
            return added;
        }

        public string MatterManualCode() => $"discriminator {SetupDiscriminator}, passcode {SetupPasscode}";

        public MqttClient LocalBroker()
        {
            var broker = new MqttClient("127.0.0.1");
            broker.Connect("hub-bridge", "mosquitto", "mosquitto"); // expect: IOT1002
            return broker;
        }

        public async Task<string> StatesAsync()
        {
            Console.WriteLine(HomeAssistantTokenHelp);
            return await _ha.GetStringAsync("states");
        }

        public int ThreadKeyLength() => ThreadNetworkKey.Length;

        public string Status() =>
            $"vendor 0x{MatterVendorId:X4}; key from '{NetworkKeySetting}', dataset {ThreadDatasetPath}. {KeyRotatedEvent}";

        public void Dispose() => _ha.Dispose();
    }
}
