// Written for corpus15. Domain: a bee-farm's hive scales (Meadow F7): weight, brood temperature and swarm alarms
// over LoRaWAN from the out-apiaries, Wi-Fi at the honey house, an ESP-AT co-processor for the hive-mesh repeater,
// and the weather and hive-log cloud APIs.
using System;
using System.IO.Ports;
using System.Net.Http;
using System.Threading.Tasks;
using Meadow.Hardware;
using RakWireless.Lora;

namespace Apiary.HiveScale
{
    public class HiveScaleApp
    {
        private const string HoneyHouseSsid = "HoneyHouse";
        private const string HoneyHousePassphrase = "heather quarry bellows thimble"; // expect: IOT1001
        public const string WEATHER_API_KEY = "WEATHER_API_KEY"; // expect: IOT1006
        private const string HiveMeshPsk = "L0aDro6POogA"; // expect: IOT1004
        private const string HiveLogApiToken = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"; // expect: none
        private const string WeightTopic = "apiary/hive/+/weight"; // expect: none
        private const string MeshSecurityMode = "psk2+ccmp"; // expect: none
        private const string DevEuiHex = "70B3D57ED005A1B2"; // expect: none

        private readonly IWiFiNetworkAdapter _wifi;
        private readonly SerialPort _espAt = new SerialPort("/dev/ttyS1", 115200);
        private readonly Rak3172Modem _lora = new Rak3172Modem("/dev/ttyS2");
        private readonly HttpClient _http = new HttpClient();

        public HiveScaleApp(IWiFiNetworkAdapter wifi) { _wifi = wifi; }

        public async Task StartAsync(string city)
        {
            await _wifi.Connect(HoneyHouseSsid, HoneyHousePassphrase, TimeSpan.FromSeconds(45));

            _espAt.Open();
            _espAt.Write("AT+CWMODE=1\r\n"); // expect: none
            _espAt.Write("AT+CWJAP=\"HiveNet\",\"xxxxxxxx\"\r\n"); // expect: IOT1006

            _lora.JoinOtaa(Convert.FromHexString(DevEuiHex), Convert.FromHexString("70B3D57ED0000000"), Convert.FromHexString("0FA40082F6598B256772CAF7393BC763")); // expect: IOT1003

            var weather = await _http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q={city}&appid={WEATHER_API_KEY}");
            var log = await _http.GetStringAsync("https://hivelog.example.org/api/v1/hives?api_key=YOUR+API+KEY"); // expect: IOT1006

            MeshRepeater.Configure(HiveMeshPsk);
        }

        // the out-apiary scales that cannot join by OTAA are personalised at the bench
        public void ActivateOutApiaryScale(byte[] devAddr)
        {
            _lora.ActivateAbp(devAddr, Convert.FromHexString("274CE29305C5E4DC399A112096ED1879"), Convert.FromHexString("7F5D74ABB6A3D8434244EBC035F551B5")); // expect: IOT1003 IOT1003
        }

        // the scale's own access point, used by the beekeeper's phone when LoRa is down
        public string SetupApPassword()
        {
            string devEui = _lora.GetDevEui();
            string apPassword = "HIVE-" + devEui.Substring(8); // expect: IOT1005
            return apPassword;
        }

        // the pairing code printed in the app's "add hive" screen
        public static string PairingCode(string serialNumber)
        {
            int sum = 0;
            foreach (char ch in serialNumber) sum = sum * 31 + ch;
            string pairingCode = (Math.Abs(sum) % 100000000).ToString("D8"); // expect: IOT1005
            return pairingCode;
        }
    }

    internal static class MeshRepeater
    {
        public static void Configure(string psk) { Console.WriteLine("mesh psk length " + psk.Length); }
    }
}
