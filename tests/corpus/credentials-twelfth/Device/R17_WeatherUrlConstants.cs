// Real source: kyourikey/SomeServices Assets/Scripts/Services/Weather/URLs/WeatherURLs.cs (+ WeatherService.cs)
// Kept: WeatherURLs with API_KEY = "YOUR API KEY", BASE_URL and REQUEST_URL = BASE_URL + "?APPID=" + API_KEY;
// WeatherService.GetWeatherData(cityName) building REQUEST_URL + "&q=" + cityName.
// Changed: UnityWebRequest/DownloadHandlerBuffer replaced by HttpClient.GetStringAsync; JsonUtility by System.Text.Json.
// Added: the irrigation scheduler's rain check that uses the service.
using System;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

// Original site.
// https://openweathermap.org/
public class WeatherURLs
{
    public const string API_KEY = "YOUR API KEY"; // expect: IOT1006
    public const string BASE_URL = @"http://api.openweathermap.org/data/2.5/weather/";
    public const string REQUEST_URL = BASE_URL + "?APPID=" + API_KEY;
}

public class WeatherService
{
    public async Task<WeatherResponse> GetWeather(string cityName)
    {
        var result = await GetWeatherData(cityName);
        return result;
    }

    private async Task<WeatherResponse> GetWeatherData(string cityName)
    {
        var url = WeatherURLs.REQUEST_URL + "&q=" + cityName;
        using var http = new HttpClient(); // Changed
        var text = await http.GetStringAsync(url);
        return JsonSerializer.Deserialize<WeatherResponse>(text);
    }
}

public class WeatherResponse { public string name { get; set; } }

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R17
{
    public const string ApiKeyPlayerPref = "weather.apiKey"; // expect: none
    public const string BaseUrlDocs = "https://openweathermap.org/api"; // expect: none
    public const string TestApiKey = "test-key-not-real"; // expect: none
}
