// Real source: carlosiborra/Meadow-Indoor-Temperature-Regulator TemperatureWarriorCode/MeadowApp.cs (0929291e9007f9b98e46d18cd2764b2812248f21),
//   TemperatureWarriorCode/Secrets.cs (b4f32a6a1b43d7b81035d18119ce6cfdbcc6f1ce)
// Domain: Wilderness Labs Meadow F7 Feather v2 indoor temperature regulator ("Temperature Warrior" contest rig): a TMP36 sensor,
//   a heating bulb and a Peltier plate on relays under PID control, configured over Wi-Fi through a small web server.
// Kept: Secrets as written (the template values the authors committed); from MeadowApp the Wi-Fi part of Run (primary Wi-Fi
//   adapter, scan for the configured SSID, Connect with the Secrets constants), the connection handlers and ScanForAccessPoints.
// Changed: `wifi.NetworkConnected += handler` became the shim call `wifi.OnNetworkConnected(handler)` (an extension method
//   cannot add an event to the shared IWiFiNetworkAdapter stub); the IP address display and web-server start after Connect are
//   trimmed, as are the sensor, relay, PID round, timer and outlier-filter code.
// Shimmed: Meadow.App<T>, F7FeatherV2.NetworkAdapters.Primary<T>(), WifiNetwork, and Scan() / OnNetworkConnected() for
//   IWiFiNetworkAdapter (extension methods) in _Stubs.cs.
// Secrets: only template values ("SSID_NAME", "pwd") were written; kept as written.
using System;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Gateway.WiFi;
using Meadow.Hardware;

namespace TemperatureWarriorCode {
    internal class Secrets {

        //WiFi NAME 
        public const string WIFI_NAME = "SSID_NAME"; // expect: none

        //PASSWORD FOR THE WiFi NAME
        public const string WIFI_PASSWORD = "pwd"; // expect: IOT1006
    }

    public class MeadowApp : App<F7FeatherV2>
    {
        public int count = 0;

        public override async Task Run()
        {
            if (count == 0)
            {
                Console.WriteLine("Initialization...");

                // Local Network configuration (uncomment when needed)
                var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
                wifi.OnNetworkConnected(WiFiAdapter_ConnectionCompleted);

                WifiNetwork? wifiNetwork = ScanForAccessPoints(Secrets.WIFI_NAME);
                while (wifiNetwork == null)
                {
                    // WiFi Channel
                    wifiNetwork = ScanForAccessPoints(Secrets.WIFI_NAME);
                    Console.WriteLine("No networks found");
                }
                Console.WriteLine($"Wifi Networks: {wifiNetwork}");
                wifi.OnNetworkConnected(WiFiAdapter_WiFiConnected);
                await wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD);

                Console.WriteLine("Meadow Initialized - MODO CONFIGURACIÓN");

                count++;
            }
        }

        void WiFiAdapter_WiFiConnected(object? sender, EventArgs e)
        {
            if (sender != null)
            {
                Console.WriteLine($"Connecting to WiFi Network {Secrets.WIFI_NAME}");
            }
        }

        void WiFiAdapter_ConnectionCompleted(object? sender, EventArgs e)
        {
            Console.WriteLine("Connection request completed.");
        }

        protected WifiNetwork? ScanForAccessPoints(string SSID)
        {
            WifiNetwork? wifiNetwork = null;
            ObservableCollection<WifiNetwork> networks = new ObservableCollection<WifiNetwork>(Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>().Scan()?.Result?.ToList()!);
            wifiNetwork = networks?.FirstOrDefault(x => string.Compare(x.Ssid, SSID, true) == 0);
            return wifiNetwork;
        }
    }
}
