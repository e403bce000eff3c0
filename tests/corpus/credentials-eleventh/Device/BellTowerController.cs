// Written for this corpus. Domain: church bell tower controller; the secrets are in BellTowerSecrets.cs.
using System;
using System.Diagnostics;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using nanoFramework.M2Mqtt;
using nanoFramework.Networking;
using nanoFramework.WebServer;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Pipeline;
using HubClient = Microsoft.Azure.Devices.Client.DeviceClient;
using TowerMqtt = nanoFramework.M2Mqtt.MqttClient;
using BelfryClient = nanoFramework.Azure.Devices.Client.DeviceClient;

namespace StMarys.BellTower
{
    public class BellTowerController
    {
        private const string RungTopic = "tower/bells/rung"; // expect: none
        private const string WrongPinMessage = "Wrong PIN, please try again or ask the parish office."; // expect: none
        private const string ResetPinMessage = "The keypad still has its factory PIN; set the sexton PIN before Sunday."; // expect: none

        private readonly Random _jitter = new Random();
        private TowerMqtt _mqtt;
        private HubClient _hub;
        private string _webSessionToken;
        private BelfryClient _belfry;
        private RingLogClient _ringLog;
        private int _failedAttempts;

        public void Start()
        {
            if (!WifiNetworkHelper.ConnectDhcp(BellTowerSecrets.WifiSsid, BellTowerSecrets.WifiPassword, requiresDateTime: true))
            {
                WifiNetworkHelper.ScanAndConnectDhcp(BellTowerSecrets.SacristySsid, BellTowerSecrets.SacristyWifiPassword);
            }

            _mqtt = new TowerMqtt(BellTowerSecrets.BrokerHost);
            _mqtt.Connect("stmarys-tower", BellTowerSecrets.BrokerUser, BellTowerSecrets.BrokerPassword);

            _hub = HubClient.CreateFromConnectionString(BellTowerSecrets.HubConnectionString);
            _belfry = new BelfryClient(BellTowerSecrets.HubName, "belfry-2", BellTowerSecrets.HubSasKey);
            _ringLog = new RingLogClient(BellTowerSecrets.RingLogToken);

            var webServer = new WebServer(80);
            _webSessionToken = new Random().Next().ToString("X8"); // expect: IOT3005
            Debug.WriteLine($"Web session {_webSessionToken.Substring(0, 2)}…");
        }

        public async Task<string> FetchServicesAsync()
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add(BellTowerSecrets.ApiKeyHeaderName, BellTowerSecrets.CalendarApiKey);
            var parish = await http.GetStringAsync(BellTowerSecrets.CalendarUrl);

            // diocese-wide feast days
            var diocese = await http.GetStringAsync($"https://feeds.diocese.example/feasts?parish=stmarys&api_key={BellTowerSecrets.DioceseFeedKey}");
            return parish + diocese;
        }

        public bool OnKeypadEntry(string entered)
        {
            if (entered == BellTowerSecrets.FactoryKeypadPin)
            {
                Debug.WriteLine(ResetPinMessage);
                return false;
            }

            if (entered.Trim() == BellTowerSecrets.SextonPin)
            {
                _failedAttempts = 0;
                RingPeal(12);
                return true;
            }

            _failedAttempts++;
            Debug.WriteLine(WrongPinMessage);
            return false;
        }

        public bool OpenTowerDoor(string code) => code == BellTowerSecrets.TowerDoorCode;

        // the tower's managed switch answers SNMP from the parish office
        public IMembershipProvider SwitchAgentMembership()
            => new Version2MembershipProvider(new OctetString("public"), new OctetString(BellTowerSecrets.SwitchWriteCommunity)); // expect: IOT1002

        // set-up access point when the parish Wi-Fi is gone: the key is on the label next to the MAC address
        public string SetupApPassword()
        {
            var mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            var apPassword = "Bell-" + BitConverter.ToString(mac).Replace("-", "").Substring(6); // expect: IOT1005
            return apPassword;
        }

        [Route("ring")]
        [Authentication(BellTowerSecrets.WebUiBasic)]
        public void RingFromWeb(WebServerEventArgs e)
        {
            RingPeal(6);
        }

        private void RingPeal(int strokes)
        {
            for (int i = 0; i < strokes; i++)
            {
                // a human ringer is never exactly on time
                Thread.Sleep(1800 + _jitter.Next(0, 250)); // expect: none
            }
            _mqtt.Publish(RungTopic, Encoding.UTF8.GetBytes(strokes.ToString()));
            _ringLog.Record(strokes);
        }
    }

    // the diocese's ring log service, our own client
    public sealed class RingLogClient
    {
        private readonly string _token;

        public RingLogClient(string token) => _token = token;

        public void Record(int strokes) => Debug.WriteLine($"ringlog {strokes} ({_token.Length} char token)");
    }
}
