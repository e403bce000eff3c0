// Real source: WildernessLabs/Meadow.Samples Source/RaspberryPi/WifiWeather/Secrets.cs (and MainController.cs)
using System;
using System.Net.Http;
using System.Threading.Tasks;
using Meadow;
using Meadow.Hardware;

namespace Snowmaking;

public class Secrets
{
    /// <summary>
    /// Open Weather Map API key.
    ///
    /// https://blog.wildernesslabs.co/add-openweather-to-your-meadow-projects/
    /// </summary>
    public const string WEATHER_API_KEY = "WEATHER_API_KEY"; // expect: IOT1006

    /// <summary>
    /// City to get weather for.
    /// </summary>
    public const string WEATHER_CITY = "Laax";

    public const string WIFI_NAME = "Piste-Ops";
    public const string WIFI_PASSWORD = "fan-gun-Crap-Sogn-9"; // expect: IOT1001

    // Wet-bulb sensor network of the resort's snowmaking contractor
    public const string SNOWSENSE_KEY = "0b3c01d66a6a78e579660b9a6259a07d"; // expect: IOT1001

    public const string SNOWSENSE_KEY_PARAMETER = "apikey"; // expect: none
}

// Controller of a snow-gun pump station: decides from wet-bulb temperature and forecast whether the fan
// guns may run tonight.
internal class MainController
{
    bool firstWeatherForecast = true;
    static string climateDataUri = "http://api.openweathermap.org/data/2.5/weather";

    public async Task<string> GetWeatherForecast()
    {
        using (HttpClient client = new HttpClient())
        {
            client.Timeout = new TimeSpan(0, 5, 0);

            HttpResponseMessage response = await client.GetAsync($"{climateDataUri}?q={Secrets.WEATHER_CITY}&appid={Secrets.WEATHER_API_KEY}");
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }
    }

    public async Task<string> GetWetBulb(HttpClient client, string station)
    {
        var uri = "https://api.snowsense.example/v1/readings?station=" + station + "&apikey=" + Secrets.SNOWSENSE_KEY;
        return await client.GetStringAsync(uri);
    }

    public async Task Run(IWiFiNetworkAdapter wifi)
    {
        await wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(45));

        while (true)
        {
            var today = DateTime.Now;
            if (today.Minute % 10 == 0 || firstWeatherForecast)
            {
                Resolver.Log.Trace("Getting forecast values...");
                await GetWeatherForecast();
                firstWeatherForecast = false;
            }

            // Sample one of the 60 guns for the nozzle-icing check
            var sampleGun = Random.Shared.Next(0, 60); // expect: none
            Resolver.Log.Trace($"Checking gun {sampleGun}");
            Resolver.Log.Trace("Wet-bulb too high: the guns stay off tonight."); // expect: none

            await Task.Delay(TimeSpan.FromMinutes(1));
        }
    }
}

public static class GroomerFleet
{
    const string GroomerRadioPasscode = "Piste-Basher-44"; // expect: IOT1004

    public static bool RadioUnlock(string entered) => entered == GroomerRadioPasscode;

    // Pump-station drive's web UI
    public static System.Net.NetworkCredential PumpDrive() =>
        new System.Net.NetworkCredential("admin", "1234"); // expect: IOT1002

    public const string WetBulbPasswordNote = "No password needed for the read-only wet-bulb feed"; // expect: none
    public const string ApiKeyQueryName = "appid"; // expect: none
}
