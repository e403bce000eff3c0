// Real source: Andrei19941989/WeatherSharp Weather/Weather/Program.cs
// Kept: Request(City): string n = "https://api.openweathermap.org/data/2.5/weather?"; string key = "<32 hex>";
// WebClient.DownloadString(n + $"q={City}&appid={key}"), the Russian comments, JsonConvert into Weatherclass.
// Changed: the key is replaced by a freshly invented 32-hex value; Newtonsoft replaced by System.Text.Json.
// Added: an air-pollution request for the greenhouse display that reads its key from a file with a written
// fallback, and the request-count constant.
using System;
using System.IO;
using System.Net;
using System.Text.Json;

namespace Weather
{
    internal class Program
    {
        public static void Main(string[] args)
        {
            Request("Tokyo");
        }

        public static void Request(string City)//функция для отправки запроса
        {
            string n = "https://api.openweathermap.org/data/2.5/weather?";//адрес сайта
            //ключ выдается при регистрации
            string key = "4bd7b0d80ff12d18c51c83892144bc0e"; // expect: IOT1001
            using (WebClient client = new WebClient())//подключение к серверу
            {
                string response = client.DownloadString(n + $"q={City}&appid={key}");//отправка запроса на сервер
                Console.WriteLine(response);
                Weatherclass w = JsonSerializer.Deserialize<Weatherclass>(response); // Changed
                Console.WriteLine(w.name);
            }
        }

        // Added: air quality for the same display; the key file wins, the fallback ships
        public static string AirQuality(double lat, double lon)
        {
            string key = File.Exists("/etc/weather/owm.key") ? File.ReadAllText("/etc/weather/owm.key").Trim() : "6977a65fee40242727dc4f4c0a563771"; // expect: IOT1001
            using var client = new WebClient();
            return client.DownloadString($"https://api.openweathermap.org/data/2.5/air_pollution?lat={lat}&lon={lon}&appid={key}");
        }

        private const int MaxRequestsPerMinute = 60;
    }

    class Weatherclass { public string name { get; set; } }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R07
{
    public const string KeyFilePath = "/etc/weather/owm.key"; // expect: none
    public const string ApiKeyPrompt = "Введите ключ API:"; // expect: none
    public const string CityDefault = "Tokyo"; // expect: none
}
