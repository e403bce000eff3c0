// Chemistry lab fume hood: the nanoFramework sash controller monitors face velocity and raises sash alarms.
// Several values were left as the integrator's template.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Device.Wifi;
using Corpus7.Shared;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;

namespace Chemistry.FumeHood
{
    public class LabFumeHoodController
    {
        private const string SashAlarmToken = "${SASH_ALARM_TOKEN}"; // expect: IOT1006
        private const string SpareHoodPassword = "YOUR_PASSWORD_HERE"; // expect: none
        private const string ExampleApiKey = "example-api-key-123"; // expect: none
        private const double MinFaceVelocity = 0.4; // expect: none

        public void Connect(bool isolatedLab)
        {
            if (isolatedLab)
            {
                WifiNetworkHelper.ConnectFixAddress("LAB-ISOLATED", "MyLab#Hood2024!", new IPConfiguration()); // expect: IOT1001
            }
            else if (!WifiNetworkHelper.ConnectDhcp("LAB-WIFI", "<wifi-password>")) // expect: IOT1006
            {
                WifiNetworkHelper.SetupNetworkHelper("LAB-BACKUP", "mywifipassword"); // expect: IOT1006
            }

            var mqtt = new MqttClient("lab-broker.local"); // expect: none
            mqtt.Connect("hood-3", "hood", PlantKeys.FumeHoodBrokerPassword);

            // The perchloric acid hood reports to the wash-down controller's own broker.
            var washdown = new MqttClient("washdown-ctrl.local");
            washdown.Connect("hood-4", "hood", "Perchloric-Wash-2"); // expect: IOT1001
        }

        public void SaveStationProfile()
        {
            var wc = new Wireless80211Configuration
            {
                Ssid = "LAB-WIFI",
                Password = "#{HOOD_WIFI_PASSWORD}#", // expect: IOT1006
            };
            Console.WriteLine("profile for " + wc.Ssid);
        }

        public HttpClient FaceVelocityCloud()
        {
            var client = new HttpClient { BaseAddress = new Uri("https://airflow.labvendor.example/") };
            client.DefaultRequestHeaders.Add("X-API-Key", "xxxxxxxx"); // expect: IOT1006
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SashAlarmToken);
            return client;
        }

        public NetworkCredential SharedDriveLogin() => new NetworkCredential("labtech", "changeme"); // expect: IOT1002

        public bool BelowLimit(double velocity) => velocity < MinFaceVelocity && SpareHoodPassword.Length > 0 && ExampleApiKey.Length > 0;
    }
}
