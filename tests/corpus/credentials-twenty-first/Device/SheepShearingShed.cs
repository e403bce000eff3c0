// Written for corpus21: a sheep station's shearing shed hub (ESP32 on .NET nanoFramework) that reads the fleece
// scale and the wool press, tallies each shearer's count, signs bale tags and reports to the wool broker.
using System;
using System.Diagnostics;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using nanoFramework.Networking;

namespace ShearingShed
{
    internal static class ShedConfig
    {
        public const string ShedSsid = "Woolshed";
        public const string ShedWifiPassword = "t0tu7CxY1-pE-E1or4"; // expect: IOT1001
        public const string WifiPskMode = "WPA2-PSK"; // expect: none
        public const string BrokerHost = "10.1.1.2";
        public const string StationLoggerUrl = "mqtt://shed-logger:4BmS1LJgj!p4rN6V@10.1.1.2:1883"; // expect: IOT1001
        public const string BrokerUser = "guest";
        public const string BrokerPassword = "guest"; // expect: IOT1002
        public const string ClasserOverrideCode = "6796"; // expect: IOT1004
        public const string WoolBrokerApiKey = "<wool-broker-api-key>"; // expect: IOT1006
        public static readonly byte[] BaleTagKey = Convert.FromBase64String("2vXXUo/HdPkG2IQEc4FR1R9sqauDr0ulEMyR7KXTLbI="); // expect: IOT1003
    }

    public class ShedHub
    {
        private readonly Random _rng = new Random();
        private string _sessionToken;

        public void Start(string boardSerial)
        {
            if (!WifiNetworkHelper.ConnectDhcp(ShedConfig.ShedSsid, ShedConfig.ShedWifiPassword, requiresDateTime: true))
                Debug.WriteLine("Wi-Fi failed (" + ShedConfig.WifiPskMode + ")");

            var loggerUri = new Uri(ShedConfig.StationLoggerUrl);
            Debug.WriteLine("station logger on " + loggerUri.Host);
            var mqtt = new nanoFramework.M2Mqtt.MqttClient(ShedConfig.BrokerHost);
            mqtt.Connect("shed-hub", ShedConfig.BrokerUser, ShedConfig.BrokerPassword);

            // the shearers' tally tablet pairs with the hub using the last digits of the board serial
            string tallyPairingPin = boardSerial.Substring(boardSerial.Length - 4); // expect: IOT1005
            Debug.WriteLine("tally tablet pairing ready");

            _sessionToken = _rng.Next().ToString("X8"); // expect: IOT3005
        }

        public bool CheckSessionCookie(string cookie) => cookie == _sessionToken;

        public bool AcceptScaleCorrection(string enteredCode) => enteredCode.Trim() == ShedConfig.ClasserOverrideCode;

        public string SignBaleTag(string baleNumber, double kilograms)
        {
            using var hmac = new HMACSHA256(ShedConfig.BaleTagKey);
            byte[] mac = hmac.ComputeHash(Encoding.UTF8.GetBytes(baleNumber + ":" + kilograms.ToString("F1")));
            return baleNumber + "." + Convert.ToBase64String(mac, 0, 8);
        }

        public double SampleFleece()
        {
            // the load cell is noisy; average a few readings taken at random moments
            Thread.Sleep(_rng.Next(20, 60)); // expect: none
            return 4.2;
        }

        public void ReportBale(string tag)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-API-Key", ShedConfig.WoolBrokerApiKey);
            http.PostAsync("https://api.woolbroker.example/bales", new StringContent(tag));
            Debug.WriteLine("Password: ******** (broker key hidden)"); // expect: none
        }
    }
}
