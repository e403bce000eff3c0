// Real source: vgolovanov/nanoFramework.WiFiManager nanoFramework.WiFiManager/WirelessAP.cs + nanoFramework.WiFiManager.Sample/Program.cs
// Domain: a garden centre's bench-watering controller (ESP32, nanoFramework) that opens a set-up access point.
// Kept: WirelessAP.Setup(APSsid, APPassword) keeping both in static fields, the SSID truncation, the "< 8 characters
// means open network" rule with wapconf.Password = "" or apPassword, Disable(); the sample's wiFiManager.Open("ESPNet").
// Changed: the nanoFramework NetworkInterface / WirelessAPConfiguration members missing from the stubs (Options,
// Authentication, MaxConnections, SaveConfiguration, EnableStaticIPv4) are left out; GetConfiguration returns a new
// configuration. Added (marked "// Added"): WiFiManager.Open as the sample calls it, the greenhouse and demo units' set-up APs,
// the per-unit AP password made from the MAC address.
using System;
using System.Net.NetworkInformation;
using System.Threading;

namespace nanoFramework.WiFiManager
{
    public static class WirelessAP
    {
        private static string apSsid;
        private static string apPassword;

        /// <summary>
        /// Set-up the Wireless AP settings, enable and save
        /// </summary>
        /// <returns>True if already set-up</returns>
        public static bool Setup(string APSsid, string APPassword)
        {
            string SoftApIP = "192.168.4.1";
            apSsid = APSsid;
            apPassword = APPassword;

            WirelessAPConfiguration wapconf = GetConfiguration();

            if (apSsid != null)
            {
                if (apSsid.Length > 32) apSsid = apSsid.Substring(0, 31);
                // Set the SSID for Access Point. If not set will use default  "nano_xxxxxx"
                wapconf.Ssid = apSsid;
            }

            if (apPassword!=null && apPassword.Length < 8)
            {
                apPassword = null;
            }

            if (apPassword == null)
            {
                // To set-up Access point with no Authentication
                wapconf.Password = ""; // expect: none
            }
            else
            {
                // To set up Access point with no Authentication. Password minimum 8 chars.
                wapconf.Password = apPassword;
            }

            return false;
        }

        /// <summary>
        /// Find the Wireless AP configuration
        /// </summary>
        public static WirelessAPConfiguration GetConfiguration()
        {
            // Changed: WirelessAPConfiguration.GetAllWirelessAPConfigurations()[ni.SpecificConfigId] in the original
            return new WirelessAPConfiguration();
        }
    }

    // Added: the manager's entry point as the sample uses it
    public class WiFiManager
    {
        public void Open(string apName = null, string apPassword = null)
        {
            WirelessAP.Setup(apName, apPassword);
        }
    }
}

namespace nanoFramework.WiFiManager.Sample
{
    public class Program
    {
        private static WiFiManager wiFiManager = new WiFiManager();

        public static void Main()
        {
            //wiFiManager.Open(); default AP name and with no Authentication
            //wiFiManager.Open("apname","password"); AP name is "apname" and password "password"
            wiFiManager.Open("ESPNet"); // expect: none
        }

        // Added: the greenhouse unit shipped to the garden centre
        public static void OpenGreenhouseSetup()
        {
            wiFiManager.Open("Watering-Setup", "hWQVyD5hZhIH"); // expect: IOT1001
        }

        // Added: the demonstration unit on the garden centre's counter
        public static void OpenDemoSetup()
        {
            wiFiManager.Open("Watering-Demo", "12345678"); // expect: IOT1002
        }

        // Added: every unit's set-up AP gets its own password, from the MAC on the unit's sticker
        public static void OpenUnitSetup(byte[] mac)
        {
            string apPassword = "grow-" + BitConverter.ToString(mac, 3).Replace("-", "").ToLowerInvariant(); // expect: IOT1005
            wiFiManager.Open("Watering-" + mac[5].ToString("X2"), apPassword);
        }
    }
}
