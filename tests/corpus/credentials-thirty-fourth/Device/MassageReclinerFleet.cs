// Written for corpus34: a shopping mall's coin / QR-paid massage recliners (ESP32, .NET nanoFramework), each reporting
// sessions to the operator's broker and exposing a service page on the LAN.
using System;
using System.Net;
using System.Net.Http;
using System.Threading;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;
using nanoFramework.WebServer;

namespace Corpus34.MassageRecliner
{
    static class ReclinerSecrets
    {
        public const string ShopWifiKey = "x*uOhJo90%3qlk"; // expect: IOT1001
        public const string SlackAlertToken = "xoxb-332971343857-2859534640149-5mR1dfkNlcGMpvnscwybaDTN"; // expect: IOT1003
    }

    public class ReclinerController
    {
        const string MallSsid = "MallCentre-Staff"; // expect: none
        const string BrokerPasswordKey = "Recliner:Mqtt:Password"; // expect: none
        const string ServiceMenuPasscode = "881854"; // expect: IOT1004
        const string PasscodePrompt = "Enter the service passcode, then press OK"; // expect: none
        const int HeaterPin = 14; // expect: none
        static readonly string BrokerPass = "mUIOxcxV1wZXkKA"; // expect: IOT1001

        private readonly Random _rng = new Random();
        private readonly string _serial;

        public ReclinerController(string serial) => _serial = serial;

        public void Start()
        {
            WifiNetworkHelper.ScanAndConnectDhcp(MallSsid, ReclinerSecrets.ShopWifiKey, requiresDateTime: true);

            var broker = new MqttClient("mqtt.recliner-ops.example");
            broker.Connect(clientId: "recliner-" + _serial, username: "recliner", password: BrokerPass);

            Console.WriteLine($"heater on GPIO {HeaterPin}; config key {BrokerPasswordKey}");
        }

        public bool OpenServiceMenu(string typed)
        {
            Console.WriteLine(PasscodePrompt);
            return typed.Trim() == ServiceMenuPasscode;
        }

        public string StartSession(int minutes)
        {
            string chairPin = _serial.Substring(_serial.Length - 4); // expect: IOT1005
            string sessionToken = _rng.Next().ToString("X8"); // expect: IOT3005
            int intensity = _rng.Next(3, 8); // expect: none
            Console.WriteLine($"session {minutes} min, intensity {intensity}, chair PIN {chairPin}");
            return sessionToken;
        }

        public void PostAlert(HttpClient http, string text)
        {
            http.DefaultRequestHeaders.Add("Authorization", "Bearer " + ReclinerSecrets.SlackAlertToken);
            http.PostAsync("https://slack.com/api/chat.postMessage?channel=recliners", new StringContent(text));
        }

        public string CheckPayment(HttpClient http)
        {
            var payKey = "Q-4yBo9ROnoIP1A"; // expect: IOT1001
            return http.GetStringAsync($"https://pay.recliner-ops.example/v2/sessions?chair={_serial}&api_key={payKey}").Result;
        }

        public void UploadFirmwareLog(WebClient client)
        {
            client.Credentials = new NetworkCredential("ota", "<ota-password>"); // expect: IOT1006
            client.UploadString("https://ota.recliner-ops.example/logs", _serial);
        }
    }

    public class ServicePage
    {
        [Authentication("Basic:tech 1234")] // expect: IOT1002
        public void Diagnostics(WebServerEventArgs e) { }
    }

    public class WebServerEventArgs { }
}
