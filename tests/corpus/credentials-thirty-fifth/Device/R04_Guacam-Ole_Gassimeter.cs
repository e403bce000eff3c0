// Real source: Guacam-Ole/Gassimeter Secrets.cs, Rest.cs, Hass.cs (384a5ba5, Hass.cs 14986fba), OpenWeather.cs (20d93fbf),
//   Program.cs (317a8371)
// Domain: a "walkies meter" for a dog owner: a WLED LED strip that shows whether the next minutes stay dry, fed by Home
//   Assistant sensor states and OpenWeather's minutely forecast.
// Kept: the Secrets class (bearer and API key, no values), Rest.Get with its optional Bearer header, Hass.GetSensorState
//   against the owner's Home Assistant host, OpenWeather.GetMinuteValues with the appid in the query, Program's FromJson
//   loader reading secrets.json.
// Trimmed: Looper, History, Wled, the entity classes' other members, logging.
// Changed: the dependency-injection container in Program (ServiceCollection, AddSingleton / AddScoped) is written as the
//   objects it would build, constructed by hand in Compose(); the console logger is left out.
// Added: minimal Config / HassEntity / WeatherEntity stand-ins (their files were not read).
// Replaced: nothing; no credential is written in the source (both come from secrets.json at run time).
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;

namespace GassiMeter
{
    public class Secrets
    {
        public string? HassBearer { get; set; }
        public required string WeatherApiKey { get; set; }
    }

    public class Rest
    {
        public async Task<T?> Get<T>(string url, string? bearer = null)
        {
            try
            {
                using var httpClient = new HttpClient();
                httpClient.DefaultRequestHeaders.Clear();
                if (bearer != null) httpClient.DefaultRequestHeaders.Add("Authorization", $"Bearer {bearer}"); // expect: none
                var response = await httpClient.GetStringAsync(url);
                return JsonSerializer.Deserialize<T?>(response);
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

        public Hass(Rest rest, Secrets secrets)
        {
            _rest = rest;
            _secrets = secrets;
        }

        public async Task<string?> GetSensorState(string sensor)
        {
            var url = $"https://hass.oles.cloud/api/states/{sensor}"; // expect: none
            var entity = await _rest.Get<HassEntity>(url, _secrets.HassBearer);
            return entity == null ? null : entity.State;
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

        public async Task<WeatherEntity?> GetMinuteValues()
        {
            var latitude = _config.Weather.Latitude;
            var longitude = _config.Weather.Longitude;
            var url = $"https://api.openweathermap.org/data/3.0/onecall?lat={latitude}&lon={longitude}&exclude=hourly,daily,alerts&appid={_secrets.WeatherApiKey}"; // expect: none
            var result = await _rest.Get<WeatherEntity>(url);
            if (result?.Minutely != null)
            {
                result.Minutely.ForEach(q => q.Time = DateTimeOffset.FromUnixTimeSeconds(q.TimeStamp).DateTime);
            }
            return result;
        }
    }

    internal static class Program
    {
        private static T FromJson<T>(string filename)
        {
            var json = File.ReadAllText(filename);
            var options = new JsonSerializerOptions { ReadCommentHandling = JsonCommentHandling.Skip };
            return JsonSerializer.Deserialize<T>(json, options) ?? throw new InvalidOperationException($"Cannot deserialize '{filename}'");
        }

        public static (Hass Hass, OpenWeather Weather) Compose()
        {
            var config = FromJson<Config>("config.json");
            var secrets = FromJson<Secrets>("secrets.json"); // expect: none
            var rest = new Rest();
            return (new Hass(rest, secrets), new OpenWeather(rest, secrets, config));
        }
    }

    // added: stand-ins for the configuration and entity classes
    public class Config { public WeatherConfig Weather { get; set; } = new WeatherConfig(); }
    public class WeatherConfig { public double Latitude { get; set; } public double Longitude { get; set; } }
    public class HassEntity { public string? State { get; set; } }
    public class WeatherEntity { public List<MinuteValue>? Minutely { get; set; } }
    public class MinuteValue { public long TimeStamp { get; set; } public DateTime Time { get; set; } public double Precipitation { get; set; } }
}
