// Based on a real public sample: WildernessLabs/Meadow.Core.Samples, Source/Network/HttpListener_Basics/Secrets.cs
// (the Secrets class verbatim; the app that uses it trimmed to the Wi-Fi connect call).
#nullable enable
using System;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;

namespace Corpus.HttpListener_Basics
{
    public class Secrets
    {
        /// <summary>
        /// WiFi name or SSID
        /// </summary>
        public const string WIFI_NAME = "WIFI_NAME"; // expect: none

        /// <summary>
        /// WiFi password.
        /// </summary>
        public const string WIFI_PASSWORD = "WIFI_PASSWORD"; // expect: IOT1006
    }

    public class MeadowApp : App<F7FeatherV2>
    {
        public override async Task Initialize()
        {
            var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();
            await wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(45));
            Resolver.Log.Info("Listening on http://+:5417/"); // expect: none
        }
    }
}
