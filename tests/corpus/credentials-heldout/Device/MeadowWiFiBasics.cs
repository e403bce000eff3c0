// Based on a real public sample: WildernessLabs/Meadow.Core.Samples, Source/Meadow.Core.Samples/Network/WiFi_Basics/MeadowApp.cs
// (Secrets class from Source/Meadow.Core.Samples/Network/WiFi_Basics/Secrets.cs in the same sample, merged here.
//  Trimmed to compile against the stubs: the Meadow App<F7Micro, MeadowApp> base class and the access-point
//  scan are omitted; the adapter is injected. Values are as written upstream.)

using System;
using System.Net.Http;
using System.Threading.Tasks;
using Meadow.Hardware;

namespace WiFi_Basics
{
    public class Secrets
    {
        /// <summary>
        /// Name of the WiFi network to use.
        /// </summary>
        public const string WIFI_NAME = "[SSID]";          // expect: none

        /// <summary>
        /// Password for the WiFi network names in WIFI_NAME.
        /// </summary>
        public const string WIFI_PASSWORD = "[PASSWORD]";  // expect: IOT1006
    }

    public class MeadowApp
    {
        private readonly IWiFiNetworkAdapter wifi;

        public MeadowApp(IWiFiNetworkAdapter wifi)
        {
            this.wifi = wifi;
        }

        public async Task Run()
        {
            Console.WriteLine($"Connecting to WiFi Network {Secrets.WIFI_NAME}");

            await wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD);
            Console.WriteLine("Connection request completed.");

            await GetWebPageAsync("http://postman-echo.com/get?foo1=bar1&foo2=bar2"); // expect: none
        }

        public async Task GetWebPageAsync(string uri)
        {
            Console.WriteLine($"Requesting {uri}");

            HttpClient client = new HttpClient();

            HttpResponseMessage response = await client.GetAsync(uri);

            response.EnsureSuccessStatusCode();
            string responseBody = await response.Content.ReadAsStringAsync();
            Console.WriteLine(responseBody);
        }
    }
}
