// Weather, push and data-logging REST calls from a home weather station: API keys in query strings.
#nullable enable
using System;
using System.Net.Http;
using System.Threading.Tasks;

namespace Corpus.WeatherStation.Cloud
{
    internal sealed class CloudRestClients
    {
        private readonly HttpClient _http = new();
        private const string OpenWeatherKey = "54166ac76a11795082d6be8d31b9cf0e"; // expect: IOT1001
        private const string City = "Berlin"; // expect: none

        public Task<string> Forecast()
        {
            return _http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q={City}&units=metric&appid={OpenWeatherKey}");
        }

        public Task<string> ForecastPublic()
        {
            // ordinary query values only
            return _http.GetStringAsync("https://api.open-meteo.com/v1/forecast?city=Berlin&units=metric&hourly=temperature_2m"); // expect: none
        }

        public Task<string> Upload(double t)
        {
            return _http.GetStringAsync("https://api.thingspeak.com/update?api_key=XK2P9QH4TLM7ZB3R&field1=" + t); // expect: IOT1001
        }

        public Task<string> Stations()
        {
            var url = string.Format("https://api.weather.example/v2/pws/observations/current?stationId={0}&format=json&apiKey={1}", "IBERLIN123", "e1f7c3a9d04b4e6a97c3a9d04b4e6a11"); // expect: IOT1001
            return _http.GetStringAsync(url);
        }

        public Task<string> Push(string message)
        {
            return _http.GetStringAsync("https://push.example.net/send?token=aQ7fK2mZ9xP4tR8wL1nB6vC3&msg=" + Uri.EscapeDataString(message)); // expect: IOT1001
        }

        public Task<string> Graph()
        {
            return _http.GetStringAsync($"https://graph.example.com/v18.0/me/feed?access_token={"EAAGm0PX4ZCpsBAKx7Qy9dZBr5vF"}"); // expect: IOT1001
        }

        public Task<string> Geocode()
        {
            var key = "AIzbSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"; // expect: IOT1001
            return _http.GetStringAsync(string.Concat("https://maps.example.com/geocode/json?address=Berlin&key=", key));
        }

        public Task<string> Firmware()
        {
            // paging and version parameters, not credentials
            return _http.GetStringAsync("https://updates.example.com/api/firmware?model=WS-200&channel=stable&page=2&per_page=50&keyboard=de"); // expect: none
        }

        public Task<string> TokenFromStore(ISecretStore store)
        {
            var token = store.Get("pushover/token"); // expect: none
            return _http.GetStringAsync("https://push.example.net/send?token=" + token + "&msg=online"); // expect: none
        }
    }

    internal interface ISecretStore { string Get(string name); }
}
