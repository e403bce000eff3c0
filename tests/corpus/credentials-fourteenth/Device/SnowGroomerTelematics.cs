// Written for corpus14: a snow groomer's cab telematics unit (nanoFramework web server login, M2Mqtt uplink, AMQP
// fleet bus, Redis cache, JSON boot config written in code, snow-report API queries, cab hotspot passwords).
using System;
using System.Net.Http;
using Amqp;
using nanoFramework.WebServer;
using StackExchange.Redis;

namespace SnowGroomer
{
    [Authentication("Basic:groomer Wi0T-cnWHi-20")] // expect: IOT1001
    sealed class CabStatusController { }

    sealed class FleetLinks
    {
        const string SnowApiKey = "3TR1-pD8sR-98"; // expect: IOT1001
        const string BootConfig = "{\"wifi\":{\"ssid\":\"Depot\",\"password\":\"ADBe-AksDG-28\"}}"; // expect: IOT1001

        readonly HttpClient _http = new HttpClient();

        public void Uplink()
        {
            var mqtt = new uPLibrary.Networking.M2Mqtt.MqttClient("fleet-mqtt.resort.example");
            mqtt.Connect("groomer-07", "groomer", "UV8f-RKIt5-95"); // expect: IOT1001
            var depot = new uPLibrary.Networking.M2Mqtt.MqttClient("depot-broker.local");
            depot.Connect("groomer-07", "mosquitto", "mosquitto"); // expect: IOT1002
        }

        public Address FleetBus() => new Address("amqps://groomer:itl1-Hez44-37@fleet-bus.resort.example/"); // expect: IOT1001

        public ConfigurationOptions Cache() =>
            new ConfigurationOptions { Password = "PsiJ-x2t8Z-60", Ssl = true }; // expect: IOT1001

        public System.Threading.Tasks.Task<string> SlopeReport() =>
            _http.GetStringAsync($"https://api.snowreport.example/v2/slopes?resort=7&apikey={SnowApiKey}");

        public System.Threading.Tasks.Task<string> WeatherSample() =>
            _http.GetStringAsync("https://api.openweathermap.org/data/2.5/weather?q=Davos&appid=YOUR_API_KEY"); // expect: IOT1006

        public int BootConfigLength => BootConfig.Length;
    }

    static class CabHotspot
    {
        public static string CabPassword(int cabNumber)
        {
            string cabPassword = "Groomer" + cabNumber.ToString("D2"); // expect: IOT1005
            return cabPassword;
        }

        public static string HotspotPsk()
        {
            var hotspotPsk = Environment.MachineName + "-psk"; // expect: IOT1005
            return hotspotPsk;
        }

        public static byte[] TrackFrameIv()
        {
            var frameIv = new byte[16];
            Random.Shared.NextBytes(frameIv); // expect: IOT3005
            return frameIv;
        }

        public static string OtaNonce() => Random.Shared.Next().ToString("X8"); // expect: IOT3005
    }

    static class NotSecrets
    {
        public const string DepotPsk = "WPA2-PSK"; // expect: none
        public const string ApiKeyParam = "apikey"; // expect: none
        public const string FleetBusHost = "amqps://fleet-bus.resort.example/"; // expect: none
    }
}
