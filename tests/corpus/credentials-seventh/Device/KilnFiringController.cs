// Pottery kiln controller (ESP32, .NET nanoFramework): joins the shed Wi-Fi, reports firing segments over MQTT,
// and exposes a local service menu on the keypad.
using System;
using System.Diagnostics;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading;
using Corpus7.Shared;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;

namespace Clayworks.Kiln
{
    public class KilnFiringController
    {
        private const int ThermocoupleCsPin = 5; // expect: none
        private const int KilnRelayPin = 27; // expect: none
        private const string SegmentTopic = "kiln/segment/status"; // expect: none
        private const string BrokerHost = "kiln-broker.local";
        private const string BrokerUser = "kiln-ctrl";
        private static readonly string BrokerPassword = "Bisque-Fire-1240C"; // expect: IOT1001
        private const string ServiceMenuPin = "46219"; // expect: IOT1004
        private const string ServiceMenuTitle = "Service menu: enter PIN"; // expect: none
        private const string FirmwareUrl = "https://ota.clayworks.example/kiln/fw.bin"; // expect: none
        private static readonly byte[] FiringProfileKey = "glaze-schedule-scrambler-v2"u8.ToArray(); // expect: IOT1004
        private static readonly Random _rng = new Random();

        private MqttClient _mqtt;

        public void Start()
        {
            bool joined = WifiNetworkHelper.ConnectDhcp(PlantKeys.KilnWifiSsid, PlantKeys.KilnWifiPassword, requiresDateTime: true);
            if (!joined)
            {
                // The 5 GHz radio in the shed is the fallback.
                joined = WifiNetworkHelper.ScanAndConnectDhcp("KILN-SHED-5G", password: "Cone6-Oxidation!"); // expect: IOT1001
            }

            if (!joined)
            {
                StartRescueAccessPoint();
                return;
            }

            _mqtt = new MqttClient(BrokerHost);
            _mqtt.Connect("kiln-" + Guid.NewGuid().ToString("N").Substring(0, 6), BrokerUser, BrokerPassword);
            Debug.WriteLine("Kiln online, relay on GPIO " + KilnRelayPin + ", thermocouple CS " + ThermocoupleCsPin);
        }

        private static void StartRescueAccessPoint()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string apPassword = "kiln" + BitConverter.ToString(mac).Replace("-", "").Substring(6); // expect: IOT1005

            var ap = new WirelessAPConfiguration
            {
                Ssid = "KILN-RESCUE",
                Password = apPassword,
            };
            Debug.WriteLine("Rescue AP " + ap.Ssid + " started");
        }

        public bool OpenServiceMenu(string entered, string pinName)
        {
            if (pinName == "GPIO5") // expect: none
            {
                Debug.WriteLine("Keypad wired to the thermocouple header, refusing");
                return false;
            }

            Debug.WriteLine(ServiceMenuTitle);
            return entered.Trim() == ServiceMenuPin;
        }

        public byte[] RequestFirmware()
        {
            var otaNonce = new byte[12];
            _rng.NextBytes(otaNonce); // expect: IOT3005
            Debug.WriteLine("Requesting " + FirmwareUrl);
            return otaNonce;
        }

        public static byte[] ScrambleProfile(byte[] profile)
        {
            var output = new byte[profile.Length];
            for (int i = 0; i < profile.Length; i++) output[i] = (byte)(profile[i] ^ FiringProfileKey[i % FiringProfileKey.Length]);
            return output;
        }

        public void ReportSegment(int segment, double celsius)
        {
            string payload = "{\"segment\":" + segment + ",\"temp\":" + celsius.ToString("F1") + "}";
            _mqtt.PublishString(SegmentTopic, payload);
            Thread.Sleep(10);
        }
    }
}
