// Real source: evanmorleyr/Device DeviceServer/MeadowApp.cs (2c3d649d)
// Also used: DeviceServer/Models/WifiConfig.cs (2c3d649d).
// A Meadow F7 Feather temperature server (Maple REST) joining the home Wi-Fi at start-up. Kept: the WifiConfig constants
// class and the Connect call on the primary IWiFiNetworkAdapter; the network name is kept, the Wi-Fi password is
// replaced by an invented one of the same shape. Left out: the LED and temperature controllers and the Maple server
// start (the shared adapter stub has no NetworkConnected event), which log instead.
using System;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;

namespace DeviceServer.Models
{
    public class WifiConfig
    {
        /// <summary>
        /// Name of the WiFi network to use.
        /// </summary>
        public const string WIFI_NAME = "smiley"; // expect: none

        /// <summary>
        /// Password for the WiFi network names in WIFI_NAME.
        /// </summary>
        public const string WIFI_PASSWORD = "crumbpie7Q"; // expect: IOT1001
    }
}

namespace DeviceServer
{
    using DeviceServer.Models;

    public class MeadowApp : App<F7FeatherV2>
    {
        public override async Task Initialize()
        {
            try
            {
                Resolver.Log.Info("LED red: starting");

                var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();

                await wifi.Connect(WifiConfig.WIFI_NAME, WifiConfig.WIFI_PASSWORD, TimeSpan.FromSeconds(45));

                Resolver.Log.Info("Initialize completed successfully");
            }
            catch (Exception ex)
            {
                Resolver.Log.Error($"Initialize throw exception: {ex.ToString()}");
            }
        }
    }
}
