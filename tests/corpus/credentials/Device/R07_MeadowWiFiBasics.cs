// Based on a real public sample: WildernessLabs/Meadow.Core.Samples, Source/Network/WiFi_Basics/CS/MeadowApp.cs
// Trimmed: scan and network-interface dump removed. Credential values kept as the sample writes them.
#nullable enable
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Meadow;
using Meadow.Devices;
using Meadow.Hardware;

namespace Corpus.WiFi_Basics
{
    public class MeadowApp : App<F7CoreComputeV2>
    {
        private const string WIFI_NAME = "WildernessLabs.HS"; // expect: none
        private const string WIFI_PASSWORD = "meadowiot"; // expect: IOT1001

        public override async Task Run()
        {
            Resolver.Log.Info("Run...");

            var wifi = Device.NetworkAdapters.Primary<IWiFiNetworkAdapter>();

            try
            {
                Resolver.Log.Info($"Connecting to WiFi Network {WIFI_NAME}");
                await wifi.Connect(WIFI_NAME, WIFI_PASSWORD, TimeSpan.FromSeconds(45));
            }
            catch (Exception ex)
            {
                Resolver.Log.Error($"Failed to Connect: {ex.Message}");
            }

            await GetWebPageViaHttpClient("https://postman-echo.com/get?foo1=bar1&foo2=bar2"); // expect: none
        }

        public async Task GetWebPageViaHttpClient(string uri)
        {
            Resolver.Log.Info($"Requesting {uri} - {DateTime.Now}");
            using HttpClient client = new HttpClient();
            client.Timeout = new TimeSpan(0, 5, 0);
            HttpResponseMessage response = await client.GetAsync(uri);
            try
            {
                response.EnsureSuccessStatusCode();
                string responseBody = await response.Content.ReadAsStringAsync();
                Resolver.Log.Info(responseBody);
            }
            catch (TaskCanceledException)
            {
                Resolver.Log.Info("Request time out.");
            }
        }
    }
}
