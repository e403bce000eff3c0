// Beekeeping: hive scale under each brood box (HX711 load cell on an ESP32), Wi-Fi at the home apiary,
// LoRaWAN at the out-apiary on the heather, readings to the club's broker and to ThingSpeak.
using System;
using System.Diagnostics;
using System.IO.Ports;
using System.Net.Http;
using System.Text;
using System.Threading;
using LoRaWan.Modem.Rak3172;
using nanoFramework.Networking;

namespace HiveScale
{
    public static class HiveConfig
    {
        public const string HiveId = "HIVE-07"; // expect: none
        public const int Hx711DataPin = 16;
        public const int Hx711ClockPin = 17;
        public const float CalibrationFactor = 21.37f;
        public const string WifiSsid = "Apiary-Shed";
        public const string WifiPsk = "sN.dhk46eoIJhnTS"; // expect: IOT1001
        public const string MaskedPsk = "********"; // expect: none
        public const string ClubBrokerPassword = "Bikkl04a3pJ5g"; // expect: IOT1001
        public const string ThingSpeakChannel = "1837462"; // expect: none
        // Out-apiary node on the heather: OTAA keys from the club's TTN application.
        public const string DevEuiHex = "70B3D57ED005A4C1"; // expect: none
        public const string JoinEuiHex = "0000000000000000";
        public const string AppKeyHex = "933b2bb6ff255a180585bae456122fbf"; // expect: IOT1003
        // Sent in the club's own UDP swarm-alert frame so other members' scales accept it.
        public const string SwarmAlertToken = "6gBpU*3EWvRF"; // expect: IOT1004
    }

    public class HomeApiary
    {
        private readonly Random _noise = new Random();

        public void Start()
        {
            var connected = WifiNetworkHelper.ConnectDhcp(HiveConfig.WifiSsid, HiveConfig.WifiPsk, requiresDateTime: true);
            Debug.WriteLine($"{HiveConfig.HiveId} Wi-Fi {HiveConfig.WifiSsid}/{HiveConfig.MaskedPsk}: {connected}");

            var mqtt = new nanoFramework.M2Mqtt.MqttClient("mqtt.beeclub.example");
            mqtt.Connect(HiveConfig.HiveId, "hive-07", HiveConfig.ClubBrokerPassword);

            // Second broker at the honey show: still on the image's guest account.
            var show = new nanoFramework.M2Mqtt.MqttClient("192.168.4.1");
            show.Connect(HiveConfig.HiveId + "-show", "guest", "guest"); // expect: IOT1002
        }

        // Second network stored on the board for the honey-extraction room.
        public System.Device.Wifi.Wireless80211Configuration ExtractionRoomNetwork() =>
            new System.Device.Wifi.Wireless80211Configuration { Ssid = "Extraction", Password = "BoGjs9vya!QC" }; // expect: IOT1001

        public float ReadKg(int raw) => raw / HiveConfig.CalibrationFactor / 1000f;

        // Bench mode without a load cell: plausible weights with a little noise.
        public float SimulatedKg() => 38.2f + (float)(_noise.NextDouble() - 0.5); // expect: none

        public void PostToThingSpeak(float kg)
        {
            using var http = new HttpClient();
            http.GetAsync($"https://api.thingspeak.com/update?api_key=XXXXXXXXXXXXXXXX&field1={kg:F2}").Wait(); // expect: IOT1006
        }

        public byte[] SwarmAlertFrame(float dropKg) =>
            Encoding.UTF8.GetBytes($"SWARM|{HiveConfig.HiveId}|{dropKg:F1}|{HiveConfig.SwarmAlertToken}");
    }

    public class OutApiary
    {
        private readonly Random _rng = new Random();
        private readonly Rak3172LoRaWanDevice _modem = new Rak3172LoRaWanDevice(new SerialPort("COM2", 9600));

        public void Join()
        {
            _modem.Band("EU868");
            _modem.JoinOtaa(Convert.FromHexString(HiveConfig.DevEuiHex), Convert.FromHexString(HiveConfig.JoinEuiHex), Convert.FromHexString(HiveConfig.AppKeyHex));
        }

        // ABP fallback for the old firmware: the node picks its own DevNonce for the rejoin request.
        public ushort NextDevNonce()
        {
            var devNonce = (ushort)_rng.Next(0, 65536); // expect: IOT3005
            return devNonce;
        }

        // CoAP confirmable report to the club server; the token only matches responses to requests.
        public byte[] NextCoapMessageToken()
        {
            var messageToken = new byte[2];
            _rng.NextBytes(messageToken); // expect: none
            return messageToken;
        }

        // Keepers inspect the scale over BLE; the pairing PIN is printed nowhere, it comes from the DevEUI.
        public static string BleConfigPin()
        {
            var devEui = Convert.FromHexString(HiveConfig.DevEuiHex);
            var blePin = (BitConverter.ToUInt32(devEui, 4) % 1000000).ToString("D6"); // expect: IOT1005
            return blePin;
        }

        public void SendWeight(float kg)
        {
            var payload = BitConverter.GetBytes((short)(kg * 100));
            _modem.Send(2, payload, confirmed: false);
            Thread.Sleep(TimeSpan.FromMinutes(15));
        }
    }
}
