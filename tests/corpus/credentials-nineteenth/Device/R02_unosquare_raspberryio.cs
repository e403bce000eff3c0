// Real source: unosquare/raspberryio
//   src/Unosquare.RaspberryIO/Computer/NetworkSettings.cs (SetupWirelessNetwork(adapterName, networkSsid, password,
//   countryCode), RetrieveWirelessNetworks, RetrieveAdapters, the wpa_supplicant payload it writes)
// Kept: the library calls and their parameter names; the wpa_supplicant "network={ ssid= psk= }" shape, here in the
// team's own fallback writer. The library class itself is stubbed in _Stubs.cs.
// Added (a railway station's departure-board Raspberry Pi): the board's provisioning program that joins the station
// Wi-Fi through the library, walks a list of known networks, and writes a fallback hotspot configuration.
using System;
using System.IO;
using System.Linq;
using Unosquare.RaspberryIO.Computer;

namespace StationBoards.Provisioning
{
    public static class BoardNetwork
    {
        private const string Adapter = "wlan0";
        private const string WifiPskMode = "psk2+ccmp"; // expect: none
        private const string PskVariable = "BOARD_WIFI_PSK"; // expect: none

        private static readonly (string Ssid, string Psk)[] KnownNetworks =
        {
            ("NR-Platforms", "6woE-MPDqUfCQQ"), // expect: IOT1001
            ("NR-Concourse", "puEvL5VeR4V!-u"), // expect: IOT1001
            ("Board-Setup", "12345678"), // expect: IOT1002
        };

        public static bool Join()
        {
            var settings = NetworkSettings.Instance;

            var fromEnvironment = Environment.GetEnvironmentVariable(PskVariable);
            if (!string.IsNullOrEmpty(fromEnvironment))
                return settings.SetupWirelessNetwork(Adapter, "NR-Platforms", fromEnvironment, "GB");

            var visible = settings.RetrieveWirelessNetworks(Adapter).Select(n => n.Name).ToList();
            foreach (var (ssid, psk) in KnownNetworks)
            {
                if (!visible.Contains(ssid)) continue;
                if (settings.SetupWirelessNetwork(Adapter, ssid, psk, "GB"))
                    return true;
            }

            // The signal box's maintenance network is only ever joined on the bench.
            return settings.SetupWirelessNetwork("wlan1", "SignalBox-Maint", "<maintenance-wifi-psk>", "GB"); // expect: IOT1006
        }

        // When no known network answers, the board raises its own hotspot for the engineer's tablet.
        public static void WriteFallbackHotspot()
        {
            var adapter = NetworkSettings.Instance.RetrieveAdapters().First(a => a.IsWireless);
            var hotspotPassphrase = "Board-" + adapter.MacAddress.Replace(":", string.Empty).Substring(6).ToUpperInvariant(); // expect: IOT1005

            var payload = $"interface={adapter.Name}\nssid=DepartureBoard\nwpa=2\nwpa_key_mgmt=WPA-PSK\n";
            payload += $"wpa_passphrase={hotspotPassphrase}\nrsn_pairwise=CCMP\n";
            File.WriteAllText("/etc/hostapd/hostapd.conf", payload);
            Console.WriteLine($"Hotspot on {adapter.Name} ({WifiPskMode}) for host {NetworkSettings.Instance.HostName}");
        }
    }
}
