// Written for corpus29 (invented): flue-cured tobacco curing barn controller on an ESP32 running .NET nanoFramework.
// Drives the burner relay and the fresh-air damper from wet/dry-bulb probes, reports cure stages to the growers'
// co-op broker and IoT Hub, serves a small barn panel, and opens a set-up access point for the tablet.
using System;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using nanoFramework.Azure.Devices.Client;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace CuringBarn.Firmware
{
    internal static class BarnSecrets
    {
        public const string WifiSsid = "barn-row-3";
        public const string WifiPassphrase = "muvaxv91!Zzmyhl"; // expect: IOT1001
        public const string HubName = "curing-coop.azure-devices.net";
        public const string WifiPasswordKey = "barn/wifi/password"; // expect: none
    }

    [Authentication("Basic:admin admin")] // expect: IOT1002
    public class BarnPanelController
    {
        public string Status() => $"{{\"stage\":\"{BarnController.Stage}\"}}";
    }

    public static class BarnController
    {
        private const int BurnerRelayPin = 17; // expect: none
        private static readonly string MqttPassword = "5oNH-0I1w-D99F"; // expect: IOT1001
        private const string BarnOverridePin = "7806"; // expect: IOT1004
        private const string PanelSecretUuid = "105d320a-8a7d-4e50-a396-ca30c2edbc8c"; // expect: none
        private const string TokenExpiredMessage = "Token expired, sign in again at the barn panel."; // expect: none
        private const string WeatherUrl = "https://api.openweathermap.org/data/2.5/weather?lat=36.07&lon=-78.91&appid=<openweather-api-key>"; // expect: IOT1006
        private static readonly byte[] CureLogHmacKey = Convert.FromBase64String("ISZgRUIcsZR1/ZczMZhGtAoGpQLCa0kR0sHvuWR1B9I="); // expect: IOT1003
        private static readonly Random DamperJitter = new Random();
        private static string _sessionToken = string.Empty;

        public static string Stage { get; private set; } = "yellowing";

        public static void Main()
        {
            bool online = WifiNetworkHelper.ConnectDhcp(BarnSecrets.WifiSsid, BarnSecrets.WifiPassphrase, requiresDateTime: true);
            if (!online)
            {
                StartSetupAccessPoint();
                return;
            }

            var broker = new MqttClient("mqtt.curing-coop.example");
            broker.Connect("barn-07", "barn07", MqttPassword);

            var hub = new DeviceClient(BarnSecrets.HubName, "barn-07",
                sasKey: "FGuF09dYR+u4OKcgdAJhN29zii6wNzAOF8JMQcePOt4="); // expect: IOT1003

            while (true)
            {
                Thread.Sleep(60_000 + DamperJitterMs());
            }
        }

        private static void StartSetupAccessPoint()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string apPassword = "barn-" + BitConverter.ToString(mac, 3).Replace("-", ""); // expect: IOT1005
            var ap = new WirelessAPConfiguration { Ssid = "CuringBarn-Setup", Password = apPassword };
        }

        public static bool CheckOverride(string keypadEntry)
        {
            return keypadEntry == BarnOverridePin;
        }

        public static void PostCureLog(string json)
        {
            using var http = new HttpClient();
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("barn07:" + "fCS8-kZru-fNcj")); // expect: IOT1001
            http.DefaultRequestHeaders.Add("Authorization", "Basic " + basic);
            using var hmac = new HMACSHA256(CureLogHmacKey);
            string seal = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(json)));
            http.DefaultRequestHeaders.Add("X-Cure-Seal", seal);
            http.PostAsync("https://portal.curing-coop.example/api/cures", new StringContent(json)).Wait();
        }

        public static string ReadWeather()
        {
            using var http = new HttpClient();
            return http.GetStringAsync(WeatherUrl).Result;
        }

        public static string StartPanelSession()
        {
            var rng = new Random();
            _sessionToken = rng.Next().ToString("X8"); // expect: IOT3005
            return _sessionToken;
        }

        public static string SessionExpired() => TokenExpiredMessage;

        private static int DamperJitterMs() => DamperJitter.Next(0, 750); // expect: none
    }
}
