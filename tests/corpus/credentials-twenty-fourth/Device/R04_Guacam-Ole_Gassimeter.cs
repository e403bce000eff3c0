// Real source: https://github.com/Guacam-Ole/Gassimeter/blob/14986fba1e6e61298aa956d2d33cdb69b14c27ef/Hass.cs
// Also adapted: Secrets.cs, Rest.cs, OpenWeather.cs (20d93fbf), Wled.cs, Program.cs ("Gassi" meter: a WLED strip by
// the door that shows the rain forecast for the next dog walk, driven from Home Assistant and OpenWeather).
// Kept: the Secrets class (HassBearer, WeatherApiKey) handed to Hass and OpenWeather, Rest.Get adding a Bearer header,
// the One Call URL with &appid={_secrets.WeatherApiKey}, the WLED JSON payloads.
// Changed: Rest.Get's optional parameter is named bearerToken; secrets.json loading is shown here.
// Added: the bench secrets used when secrets.json is missing: a Home Assistant long-lived token (a JWT, IOT1003) and
// the OpenWeather key reaching the One Call URL (IOT1001); a masked token in the log (none).
using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;

namespace GassiMeter
{
    public class Secrets
    {
        public const string SetupHint = "Copy secrets.example.json to secrets.json and fill in HassBearer and WeatherApiKey."; // expect: none
        public string HassBearer { get; set; }
        public string WeatherApiKey { get; set; }

        public static Secrets Load(string path)
        {
            if (File.Exists(path))
            {
                return JsonSerializer.Deserialize<Secrets>(File.ReadAllText(path));
            }
            // Bench unit in the hallway: no secrets.json on the SD card yet.
            return new Secrets
            {
                HassBearer = "eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJpc3MiOiAiM2Y5YzJhNzFkMGI4NGU2YzlhNWUxZjI3YzRiOGQ2MDMiLCAiaWF0IjogMTcxNjIwODExMywgImV4cCI6IDIwMzE1NjgxMTN9.QqdMNPzXJ7nFaGfLSFZ0eThsv9irROc28qPI9iH_xX0", // expect: IOT1003
                WeatherApiKey = "b80f66036f87bb48132a469187a6912c", // expect: IOT1001
            };
        }
    }

    public class WeatherConfig { public double Latitude { get; set; } = 53.55; public double Longitude { get; set; } = 9.99; }
    public class WledConfig { public string Url { get; set; } = "http://192.168.178.57/json/state"; public int Brightness { get; set; } = 90; public int Count { get; set; } = 30; }
    public class Config { public WeatherConfig Weather { get; set; } = new(); public WledConfig Wled { get; set; } = new(); }

    public class HassEntity { public string State { get; set; } }
    public class WeatherEntity { public object Minutely { get; set; } }

    public class Rest
    {
        public async Task<T> Get<T>(string url, string bearerToken = null)
        {
            try
            {
                using var httpClient = new HttpClient();
                httpClient.DefaultRequestHeaders.Clear();
                if (bearerToken != null) httpClient.DefaultRequestHeaders.Add("Authorization", $"Bearer {bearerToken}");
                var response = await httpClient.GetStringAsync(url);
                return JsonSerializer.Deserialize<T>(response);
            }
            catch (Exception e)
            {
                Console.WriteLine(e);
                return default;
            }
        }
    }

    public class Hass
    {
        private readonly Rest _rest;
        private readonly Secrets _secrets;
        private readonly ILogger<Hass> _logger;

        public Hass(Rest rest, Secrets secrets, ILogger<Hass> logger)
        {
            _rest = rest;
            _secrets = secrets;
            _logger = logger;
        }

        public async Task<string> GetSensorState(string sensor)
        {
            _logger.LogInformation("🏠 Requesting Home Assistant sensor data for '{Sensor}' with token {Token}", sensor,
                "****" + _secrets.HassBearer?.Substring(_secrets.HassBearer.Length - 4)); // expect: none
            var url = $"https://hass.local:8123/api/states/{sensor}";
            var entity = await _rest.Get<HassEntity>(url, _secrets.HassBearer);
            if (entity == null)
            {
                _logger.LogWarning("⚠️ Failed to get Home Assistant sensor data");
            }
            return entity?.State;
        }
    }

    public class OpenWeather
    {
        private readonly Rest _rest;
        private readonly Secrets _secrets;
        private readonly Config _config;

        public OpenWeather(Rest rest, Secrets secrets, Config config)
        {
            _rest = rest;
            _secrets = secrets;
            _config = config;
        }

        public async Task<WeatherEntity> GetMinuteValues()
        {
            var latitude = _config.Weather.Latitude;
            var longitude = _config.Weather.Longitude;
            var url = $"https://api.openweathermap.org/data/3.0/onecall?lat={latitude}&lon={longitude}&exclude=hourly,daily,alerts&appid={_secrets.WeatherApiKey}";
            return await _rest.Get<WeatherEntity>(url);
        }
    }

    public class Wled
    {
        private readonly Config _config;

        public Wled(Config config) { _config = config; }

        public async Task TurnOn()
        {
            var payload = "{\"on\":true,\"bri\":" + _config.Wled.Brightness + "} ";
            await PostPayload(payload);
        }

        public async Task LightLedAtMinute(int led)
        {
            var payload = $"{{\"seg\":{{\"i\":[{led},\"FF0000\"]}}}}";
            await PostPayload(payload);
        }

        private async Task PostPayload(string payload)
        {
            using var client = new HttpClient();
            var content = new StringContent(payload, Encoding.UTF8, "application/json");
            var response = await client.PostAsync(_config.Wled.Url, content);
            response.EnsureSuccessStatusCode();
            Thread.Sleep(TimeSpan.FromSeconds(2));
        }
    }

    public static class Program
    {
        public static async Task RunOnce(ILoggerFactory loggerFactory)
        {
            var secrets = Secrets.Load("secrets.json");
            var config = new Config();
            var rest = new Rest();
            var hass = new Hass(rest, secrets, new Logger<Hass>(loggerFactory));
            var weather = new OpenWeather(rest, secrets, config);
            var door = await hass.GetSensorState("binary_sensor.front_door");
            if (door == "on")
            {
                await weather.GetMinuteValues();
                await new Wled(config).TurnOn();
            }
        }
    }
}
