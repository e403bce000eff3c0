// Real source: ChuckNunchak/WeatherAPI Program.cs
// Kept: the console weather reader: url = "http://api.openweathermap.org/data/2.5/weather?q=London&units=metric&appid=<key>",
// (HttpWebRequest)WebRequest.Create(url), GetResponse, StreamReader.ReadToEnd, JsonConvert into WeatherResponse.
// Changed: the 32-hex appid is replaced by a freshly invented one; Newtonsoft is replaced by System.Text.Json.
// Added: the forecast call of the same panel with a key from a constant, a units constant and a documentation URL.
using System;
using System.IO;
using System.Net;
using System.Text.Json;

namespace WeatherConsoleApplication
{
    class Program
    {
        // Added
        private const string ForecastAppId = "a98b8f5a2806c9e19be79095807a79d7"; // expect: IOT1001
        private const string ApiDocs = "https://openweathermap.org/current#one"; // expect: none

        static void Main(string[] args)
        {
            string url = "http://api.openweathermap.org/data/2.5/weather?q=London&units=metric&appid=09e0983de8f62a4e11dd2e9f321be58e"; // expect: IOT1001

            HttpWebRequest httpWebRequest = (HttpWebRequest)WebRequest.Create(url);

            HttpWebResponse httpWebResponse = (HttpWebResponse)httpWebRequest.GetResponse();

            string response;

            using (StreamReader streamReader = new StreamReader(httpWebResponse.GetResponseStream()))
            {
                response = streamReader.ReadToEnd();
            }

            WeatherResponse weatherResponse = JsonSerializer.Deserialize<WeatherResponse>(response); // Changed

            Console.WriteLine("Temperature in {0}: {1} °C", weatherResponse.Name, weatherResponse.Main.Temp);

            // Added: three-hour forecast for the panel's second page
            var forecast = WebRequest.Create("http://api.openweathermap.org/data/2.5/forecast?q=London&appid=" + ForecastAppId);
            forecast.GetResponse().Close();

            Console.ReadLine();
        }
    }

    class WeatherResponse { public string Name { get; set; } public MainData Main { get; set; } }
    class MainData { public double Temp { get; set; } }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R06
{
    public const string AppIdQueryName = "appid"; // expect: none
    public const string ApiKeyEnvVar = "OWM_API_KEY"; // expect: none
    public const string ExampleApiKey = "example-api-key-123"; // expect: none
}
