using System;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Threading.Tasks;

namespace Sauna.Heater
{
    // Wi-Fi module of an electric sauna heater: first start opens a soft-AP for the phone app, then the
    // heater joins the home network and reports to the maker's cloud.
    public static class HeaterNetwork
    {
        public static WirelessAPConfiguration SoftAp(PhysicalAddress mac)
        {
            var macHex = mac.ToString();
            return new WirelessAPConfiguration
            {
                Ssid = "SAUNA-" + macHex.Substring(6),
                Password = "sauna-" + macHex.ToLowerInvariant(), // expect: IOT1005
            };
        }

        public static Wireless80211Configuration Home() => new Wireless80211Configuration
        {
            Ssid = "%HOME_SSID%",
            Password = "%HOME_WIFI_PSK%", // expect: IOT1006
        };

        public static Task<string> ReportAsync(HttpClient http, string serial, double celsius) =>
            http.GetStringAsync($"https://cloud.saunalogic.example/api/heater?serial={serial}&t={celsius}&access_token=sl-live-91c2e7b04d"); // expect: IOT1001

        // Numeric pairing code shown on the heater's panel while the app pairs
        public static int PanelPairingCode(string serialNumber)
        {
            int sum = 0;
            foreach (char c in serialNumber) sum = sum * 31 + c;
            var pairingCode = Math.Abs(sum) % 10000; // expect: IOT1005
            return pairingCode;
        }

        public const string OverheatText = "Overheat cut-out tripped: reset with the service key behind the panel"; // expect: none
        public const string ApPasswordKey = "ap.password"; // expect: none
    }

    public static class HeaterPanel
    {
        const string ServicePin = "1234"; // expect: IOT1002

        public static bool ServiceMenu(string entered) => entered == ServicePin;

        public static string NewCloudNonce()
        {
            var requestNonce = Random.Shared.Next().ToString("x8"); // expect: IOT3005
            return requestNonce;
        }

        public const string ReadyText = "Löyly ready: 80 °C reached"; // expect: none
        public const string PairingCodeHelp = "The pairing code appears on the heater panel for 60 seconds"; // expect: none
    }
}
