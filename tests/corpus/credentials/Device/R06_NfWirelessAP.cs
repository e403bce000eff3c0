// Based on a real public sample: nanoframework/Samples, samples/WiFiAP/WirelessAP.cs
// Trimmed (DHCP server and interface lookup removed). The sample opens an unauthenticated soft AP with an empty
// password; the commented WPA2 variant is kept as a comment, as in the sample.
#nullable enable
using System;
using System.Net.NetworkInformation;

namespace Corpus.WifiAP
{
    public static class WirelessAP
    {
        public static string SoftApIP { get; set; } = "192.168.4.1"; // expect: none
        public static string SoftApSsid { get; set; } = "MySuperSSID"; // expect: none

        public static bool Setup(WirelessAPConfiguration wapconf)
        {
            // Set the SSID for Access Point. If not set will use default  "nano_xxxxxx"
            wapconf.Ssid = SoftApSsid;

            // To set-up Access point with no Authentication
            wapconf.Password = ""; // expect: none

            // To set up Access point with no Authentication. Password minimum 8 chars.
            //wapconf.Password = "password";

            Console.WriteLine($"Soft AP {SoftApSsid} configured at {SoftApIP}"); // expect: none
            return false;
        }

        // Variant used by our product line: WPA2 soft AP for first-time setup.
        public static void SetupSecured(WirelessAPConfiguration wapconf, string chipId)
        {
            wapconf.Ssid = "Setup-" + chipId; // expect: none
            wapconf.Password = "SetupAP-" + chipId; // expect: IOT1005
        }
    }
}
