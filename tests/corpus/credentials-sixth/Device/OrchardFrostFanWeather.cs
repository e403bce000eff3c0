// Real source: jorgedevs/Meadow.Samples Source/MeadowSamples/WifiWeather_WinForms/Secrets.cs
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Meadow.Hardware;

namespace FrostFan
{
    public class Secrets
    {
        /// <summary>
        /// Open Weather Map API key.
        ///
        /// https://blog.wildernesslabs.co/add-openweather-to-your-meadow-projects/
        /// </summary>
        public const string WEATHER_API_KEY = "583158b7dfc961b4de2245d0684ec97a"; // expect: IOT1001

        /// <summary>
        /// City to get weather for.
        /// </summary>
        public const string WEATHER_CITY = "Wenatchee";

        public const string WIFI_NAME = "Orchard-Block-C";
        public const string WIFI_PASSWORD = "Honeycrisp&Gala2024"; // expect: IOT1001

        // Growers' cooperative frost-alert SMS gateway
        public const string SMS_GATEWAY_TOKEN = "coop-frost-2f8c1e9d77"; // expect: IOT1004
    }

    // Frost-fan controller of an apple orchard: starts the wind machine when the inversion layer and the
    // forecast say the blossoms will freeze.
    public class FrostFanController
    {
        static string climateDataUri = "http://api.openweathermap.org/data/2.5/weather";

        public async Task<string> GetForecast(HttpClient client)
        {
            client.Timeout = new TimeSpan(0, 5, 0);
            HttpResponseMessage response = await client.GetAsync($"{climateDataUri}?q={Secrets.WEATHER_CITY}&appid={Secrets.WEATHER_API_KEY}");
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }

        public Task JoinOrchardWifi(IWiFiNetworkAdapter wifi) =>
            wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(60));

        public string FanStartReason(double blossomTemp) =>
            blossomTemp < -2.2 ? "Critical temperature for full bloom reached" : "Inversion too weak, fan stays off"; // expect: none
    }

    public static class WindMachine
    {
        // Engine controller of the wind machine: web UI with the factory login
        public static System.Net.NetworkCredential EngineUi() =>
            new System.Net.NetworkCredential("admin", "admin"); // expect: IOT1002

        public static string FanServiceCode(string fanSerial)
        {
            var serviceCode = fanSerial.Substring(fanSerial.Length - 5); // expect: IOT1005
            return serviceCode;
        }

        public const string RunningText = "Fan running: do not enter the block"; // expect: none
        public const string CityQueryName = "q"; // expect: none
    }
}
