// Written for corpus29 (invented): withering-trough controller in a tea factory, on a Meadow F7 board.
// Runs the trough fans and the hot-air heater from leaf-moisture probes, joins the factory Wi-Fi, reports to the
// estate broker and the estate gateway, and serves the trough's tablet page from a soft-AP during commissioning.
using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Meadow.Hardware;
using MQTTnet.Client;

namespace TeaEstate.Withering
{
    internal static class TroughSecrets
    {
        public const string CloudApiKey = "5fffaac53da047e2333602b16509f7c3"; // expect: IOT1001
        public const string EstateNatsSeed = "SUTDJQ35B4SC55P6CUCOAGCNJHACD76FAON274ANJTKFZ4F5I5DFZGYSFN"; // expect: IOT1003
        public static string HeaterPanelPassword => "JMFf-X8Pe-qOyu"; // expect: IOT1004
    }

    public sealed class WitheringTroughApp
    {
        private static readonly (string Ssid, string Psk)[] FactoryNetworks =
        {
            ("withering-hall", "akzlwh17%Hbufai"), // expect: IOT1001
            ("packing-shed", "pkpxwl14!Bivlit"), // expect: IOT1001
            ("spare-router", "[trough wifi password]"), // expect: IOT1006
        };

        private const string WifiPasswordKey = "trough/wifi/psk"; // expect: none
        private const int FanRelayPin = 12; // expect: none
        private const string LeafMoistureTopic = "estate/withering/trough-4/leaf-moisture"; // expect: none
        private const string EstateGatewayUrl = "https://gw.tea-estate.example/ingest/schedule?trough=4&access_token=XwfFvWg06eIC2DZ4lGh40C9PhQtiY6HyEbt7pEw9zCw"; // expect: IOT1001

        private readonly IWiFiNetworkAdapter _wifi;

        public WitheringTroughApp(IWiFiNetworkAdapter wifi)
        {
            _wifi = wifi;
        }

        public async Task ConnectAsync()
        {
            foreach (var (ssid, psk) in FactoryNetworks)
            {
                try
                {
                    await _wifi.Connect(ssid, psk, TimeSpan.FromSeconds(30));
                    return;
                }
                catch (Exception)
                {
                }
            }
        }

        public MqttClientOptions BrokerOptions() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("mqtt.tea-estate.example")
                .WithCredentials("trough-4", Encoding.UTF8.GetBytes("UbvM-7SZh-aggE")) // expect: IOT1001
                .Build();

        public static void AddCloudKey(HttpClient http) => http.DefaultRequestHeaders.Add("X-API-Key", TroughSecrets.CloudApiKey);

        public static Task<string> FetchScheduleAsync(HttpClient http) => http.GetStringAsync(EstateGatewayUrl);

        public static bool IsFactoryPanelPin(string enteredPin) => string.Equals(enteredPin, "0000"); // expect: IOT1002

        // Key of the commissioning soft-AP, made from the board's Wi-Fi MAC.
        public static string SoftApKey(byte[] mac)
        {
            string apKey = "TW" + Convert.ToHexString(mac)[6..]; // expect: IOT1005
            return apKey;
        }

        public static string NewSessionCookie()
        {
            var rng = new Random();
            var sessionCookie = new string(Enumerable.Range(0, 24).Select(_ => (char)('a' + rng.Next(26))).ToArray()); // expect: IOT3005
            return sessionCookie;
        }

        public static byte[] HeaterFrame(int setpoint) =>
            Encoding.ASCII.GetBytes($"HT{setpoint:D3}:{TroughSecrets.HeaterPanelPassword}\r");

        public static string NatsSeed() => TroughSecrets.EstateNatsSeed;

        public static string SettingKey() => WifiPasswordKey;

        public static int FanPin() => FanRelayPin;

        public static string Topic() => LeafMoistureTopic;

        public static int FanRampJitterMs() => Random.Shared.Next(0, 400); // expect: none
    }
}
