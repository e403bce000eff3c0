// Real source: engunneer/Meadow-InaWifiTest MeadowApp.cs (1861ca31)
// A Meadow F7 Feather measuring how long Wi-Fi auto-join takes (and the current it draws, INA219 on an OLED wing).
// Kept: the stopwatch started in Initialize and stopped when the adapter connects, and the Run override. The INA219 and
// OLED drivers are left out (logged instead). Added (said in LABELS.md): the explicit fallback join when the board has
// no wifi.config.yaml, with the network key left as the template the test sketch carries.
using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;

namespace InaWiFi
{
    public class MeadowApp : App<F7FeatherV2>
    {
        const string FallbackSsid = "ina-bench";
        const string FallbackPassphrase = "<bench wifi passphrase>"; // expect: IOT1006

        Stopwatch wifiStopwatch = new Stopwatch();

        public override async Task Initialize()
        {
            Resolver.Log.Info("Initialize");
            wifiStopwatch.Start();

            var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
            await wifi.Connect(FallbackSsid, FallbackPassphrase, TimeSpan.FromSeconds(60));

            wifiStopwatch.Stop();
            Resolver.Log.Info($"Time: {wifiStopwatch.Elapsed:g}");
        }

        public override Task Run()
        {
            Resolver.Log.Info("Run");
            return base.Run();
        }
    }
}
