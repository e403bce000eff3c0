// Written for corpus28: controller of a maple sap evaporator in a sugar shack (.NET nanoFramework on an ESP32): float-box
// level, draw-off temperature, Wi-Fi uplink to the sugarbush co-op's MQTT broker and web API, a keypad for the draw-off
// override and a set-up access point for the bench tablet.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using nanoFramework.Networking;

namespace SugarShack.Evaporator
{
    internal static class ShackSecrets
    {
        public const string WifiSsid = "SugarShack-North";
        public const string WifiPassword = "Q@byy3mwR2Ju"; // expect: IOT1001
        public const string BrokerUser = "evaporator-3";
        public static readonly string BrokerPassword = "1U_c3#w@wpEZFbNB"; // expect: IOT1001
        public const string DrawOffOverridePin = "4417"; // expect: IOT1004
        public const string FactoryServicePassword = "admin"; // expect: IOT1002
        public const string SyrupGradeApiKey = "YOUR_SYRUP_API_KEY"; // expect: IOT1006
        public const string LogBucketAccessKeyId = "AKIADSTXIQN62N7ULKDL"; // expect: IOT1003
        public const string WifiPasswordKey = "wifi/password"; // expect: none
        public const string OverridePrompt = "Enter override PIN:"; // expect: none
    }

    internal sealed class EvaporatorController
    {
        private const int FloatValvePin = 18; // expect: none
        private static readonly string CoopToken = "kdySpVS@Cq-7uGv"; // expect: IOT1001
        private readonly Random _jitter = new Random(); // expect: none
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://coop.sugarbush.example/") };

        public bool JoinShackWifi() =>
            WifiNetworkHelper.ConnectDhcp(ShackSecrets.WifiSsid, ShackSecrets.WifiPassword, requiresDateTime: true);

        public void ConnectBroker()
        {
            var mqtt = new nanoFramework.M2Mqtt.MqttClient("mqtt.sugarbush.example");
            mqtt.Connect("evap-north-3", ShackSecrets.BrokerUser, ShackSecrets.BrokerPassword);
        }

        public async System.Threading.Tasks.Task PostBoilAsync(double brix, double drawOffC)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", CoopToken);
            _http.DefaultRequestHeaders.Add("X-Api-Key", ShackSecrets.SyrupGradeApiKey);
            var body = $"{{\"brix\":{brix},\"drawOff\":{drawOffC},\"bucketKeyId\":\"{ShackSecrets.LogBucketAccessKeyId}\"}}";
            await System.Threading.Tasks.Task.Delay(_jitter.Next(0, 750));
            await _http.PostAsync("api/boils", new StringContent(body, Encoding.UTF8, "application/json"));
        }

        public byte[] SignBatchLabel(string label)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String("s/e8eilc0dk2SHJHBt34BgXHL0UW+BkTPqhv9ZXMF3E=")); // expect: IOT1003
            return hmac.ComputeHash(Encoding.UTF8.GetBytes(label));
        }

        public bool KeypadOverride(string typed)
        {
            Console.WriteLine(ShackSecrets.OverridePrompt);
            return typed.Trim() == ShackSecrets.DrawOffOverridePin;
        }

        public bool ServiceLogin(string typedPassword) =>
            string.Equals(typedPassword, ShackSecrets.FactoryServicePassword);

        public string SetupAccessPointPassword()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            var apPassword = "sap-" + BitConverter.ToString(mac).Replace("-", "").Substring(6); // expect: IOT1005
            return apPassword;
        }

        public WirelessAPConfiguration BenchAccessPoint() => new WirelessAPConfiguration
        {
            Ssid = "Evaporator-Setup",
            Password = "12345678", // expect: IOT1002
        };

        public string NewTabletSessionToken()
        {
            var sessionToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return sessionToken;
        }

        public string MaskedForDisplay(string secret) => secret.Length == 0 ? "" : "********"; // expect: none
    }
}
