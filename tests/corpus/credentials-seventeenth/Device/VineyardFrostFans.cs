// Written for corpus17: a winery's frost-protection wind machines. Each fan tower has a Meadow board
// with a RAK3172 LoRaWAN module; on cold spring nights it watches the forecast and the vineyard's
// temperature probes, starts the diesel engine and tells the vineyard manager on Telegram.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Meadow.Hardware;
using RakWireless.Rak3172;

namespace Corpus17.Written.VineyardFrostFans
{
    public static class Secrets
    {
        public const string WIFI_NAME = "Weingut-Hof"; // expect: none
        public const string WIFI_PASSWORD = "Riesling&Frost#2031"; // expect: IOT1001
        public const string CELLAR_WIFI_PASSWORD = "CELLAR_WIFI_PASSWORD"; // expect: IOT1006
        public const string OPENWEATHER_APPID = "84594d3e39e7f0de9c6d127ead7e0651"; // expect: IOT1001
        public const string TelegramChat = "-100184920331"; // expect: none
    }

    public class FanTower
    {
        private readonly IWiFiNetworkAdapter _wifi;
        private readonly Rak3172Modem _modem;
        private readonly int _towerNumber;
        private static readonly Random StartStagger = new Random();

        private static readonly byte[] DevEui = Convert.FromHexString("AC1F09FFFE0A3B11"); // expect: none
        private static readonly byte[] JoinEui = Convert.FromHexString("0000000000000000"); // expect: none
        // The bench simulator joins with the LoRaWAN test vector key.
        private static readonly byte[] BenchAppKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none

        public FanTower(IWiFiNetworkAdapter wifi, Rak3172Modem modem, int towerNumber)
        {
            _wifi = wifi;
            _modem = modem;
            _towerNumber = towerNumber;
        }

        public async Task ConnectAsync(bool bench)
        {
            if (_towerNumber == 1)
            {
                await _wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(45));
            }
            else if (_towerNumber == 9)
            {
                await _wifi.Connect("Weingut-Keller", Secrets.CELLAR_WIFI_PASSWORD, TimeSpan.FromSeconds(45));
            }

            _modem.JoinOtaa(DevEui, JoinEui, bench ? BenchAppKey : Convert.FromHexString("D6071C7B9AD1F0EB6E7D4DBA22662E3A")); // expect: IOT1003
        }

        public async Task<double> ForecastLowAsync(double lat, double lon)
        {
            using (var http = new HttpClient())
            {
                string json = await http.GetStringAsync(
                    $"https://api.openweathermap.org/data/2.5/forecast?lat={lat}&lon={lon}&units=metric&appid={Secrets.OPENWEATHER_APPID}");
                return json.Length > 0 ? -1.5 : 0;
            }
        }

        public async Task StartEngineAsync()
        {
            await Task.Delay(StartStagger.Next(0, 20_000)); // expect: none
            SendEcu("UNLOCK " + EcuServiceUnlockCode);
            SendEcu("START");
        }

        // The engine ECU's service unlock, typed by the dealer into a CAN terminal before.
        private const string EcuServiceUnlockCode = "A7C3-19F2"; // expect: IOT1004

        private void SendEcu(string line) { }

        // The tower's Bluetooth service menu (phone app) uses a passkey the app shows from the DevEUI.
        public uint ServicePasskey()
        {
            uint passkey = BitConverter.ToUInt32(DevEui, 4) % 1000000; // expect: IOT1005
            return passkey;
        }

        public byte[] RemoteStartChallenge()
        {
            var rng = new Random();
            byte[] challenge = new byte[16];
            rng.NextBytes(challenge); // expect: IOT3005
            return challenge;
        }
    }

    public static class ManagerAlerts
    {
        public static Task SendAsync(string text)
        {
            using (var http = new HttpClient())
            {
                return http.GetAsync("https://api.telegram.org/bot137359657:AAD4VXv9VnKZibXqfm_mbc91nc1HrZzna7V/sendMessage?chat_id=" // expect: IOT1003
                    + Secrets.TelegramChat + "&text=" + Uri.EscapeDataString(text));
            }
        }
    }
}
