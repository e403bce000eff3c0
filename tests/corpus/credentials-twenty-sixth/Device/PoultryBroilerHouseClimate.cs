// Written for corpus26: a broiler house climate controller (.NET nanoFramework on an ESP32) for shed 4 of a poultry
// farm: heaters, tunnel fans and ammonia sensing, reporting to the integrator's IoT Hub and the farm broker.
using System;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.NetworkInformation;
using nanoFramework.Networking;
using nanoFramework.WebServer;
using NanoM2 = nanoFramework.M2Mqtt;
using NanoHub = nanoFramework.Azure.Devices.Client;

namespace BroilerHouse.Climate
{
    internal static class FarmWifi
    {
        public const string Ssid = "Hollins-Farm-Sheds";
        public const string Psk = "Mash+Perch7-Wren"; // expect: IOT1001
        public const string PskConfigKey = "wifi:shed4:psk"; // expect: none
    }

    internal static class ShedSettings
    {
        public static readonly string BrokerPassword = "Ty7Lq-Dw2R-Coop"; // expect: IOT1001
        public const string IntegratorApiKey = "YOUR_INTEGRATOR_API_KEY"; // expect: IOT1006
        public const string FeedRoomPin = "9008"; // expect: IOT1004
        public const int PasswordMinLength = 10; // expect: none
        public const string ScaleWeightCharacteristic = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
        public const string AmmoniaTopic = "farm/shed4/ammonia";
    }

    public class ClimateController
    {
        private readonly Random _fanJitter = new Random();
        private readonly Random _rng = new Random();

        public void Start(string boardSerial)
        {
            WifiNetworkHelper.ConnectDhcp(FarmWifi.Ssid, FarmWifi.Psk, requiresDateTime: true);

            var broker = new NanoM2.MqttClient("broker.hollins.farm");
            broker.Connect("shed4-climate", "shed4", ShedSettings.BrokerPassword);

            var hub = new NanoHub.DeviceClient("integrator-hub.azure-devices.net", "shed4-climate",
                sasKey: "jum7kCsCdgYBqXOBRv4AwUs3kD/HcYuql4VmMBGhKV8="); // expect: IOT1003
            NanoHub.NanoDeviceClientShim.Open(hub);

            var fanPanel = new NetworkCredential("admin", "admin"); // expect: IOT1002
            Debug.WriteLine("fan panel login as " + fanPanel.UserName);

            // farmer's phone joins this access point when the shed Wi-Fi is down
            var ap = new WirelessAPConfiguration { Ssid = "Shed4-" + boardSerial[^4..] };
            ap.Password = "Broiler" + boardSerial[^6..]; // expect: IOT1005
            WirelessApConfigurationShim.SaveConfiguration(ap);
        }

        public void PostDailyWeights(string json)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-Api-Key", ShedSettings.IntegratorApiKey);
            http.PostAsync("https://api.integrator.example/v2/flocks/shed4/weights", new StringContent(json));
        }

        public bool OpenFeedRoom(string entered) => entered == ShedSettings.FeedRoomPin;

        public string NewVentilationSession()
        {
            var sessionToken = _rng.Next().ToString("X8"); // expect: IOT3005
            return sessionToken;
        }

        public int NextFanStartDelayMs() => 500 + _fanJitter.Next(0, 1500); // expect: none
    }

    [Authentication("Basic:vet Grit-Lamp-Orchard-64")] // expect: IOT1001
    public class VetReportController
    {
        [Route("report")]
        public void Report(WebServerEventArgs e)
        {
            Debug.WriteLine("mortality report requested");
        }
    }
}
