// Real source: drenkmann/WeatherAPI-CSharp WeatherAPI-CSharp.Example/Program.cs (+ README.md, library
// WeatherAPI-CSharp/WeatherAPIClient.cs stubbed: APIClient(string apiKey, bool useHttps = false))
// Kept: new APIClient("YOUR-API-KEY", true), GetWeatherCurrentAsync("Berlin"), the temperature/wind output.
// Added: the frost-guard of an orchard controller with its own key through the same client, and the query.
using System;
using System.Threading.Tasks;
using WeatherAPI_CSharp;

namespace OrchardFrostGuard
{
    public static class WeatherDemo
    {
        public static async Task Run()
        {
            var client = new APIClient("YOUR-API-KEY", true); // expect: IOT1006

            var weather = await client.GetWeatherCurrentAsync("Berlin");
            Console.WriteLine($"The temperature in Berlin is {weather.TemperatureCelsius}C at a wind speed of {weather.WindKph}km/h");
        }

        // Added: the orchard's controller
        public static async Task<bool> FrostExpected()
        {
            var client = new APIClient(apiKey: "9c1f2e7ab40d4c5e8f3a61b27d05e9c4", useHttps: true); // expect: IOT1001
            var now = await client.GetWeatherCurrentAsync("Altes Land");
            return now.TemperatureCelsius < 1.5;
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R18
{
    public const string ApiKeyEnv = "WEATHERAPI_KEY"; // expect: none
    public const string ApiKeyHelp = "Create your API key at weatherapi.com and set WEATHERAPI_KEY"; // expect: none
    public const string QueryCity = "Berlin"; // expect: none
}
