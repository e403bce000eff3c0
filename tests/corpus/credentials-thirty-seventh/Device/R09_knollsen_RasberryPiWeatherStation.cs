// Real source: knollsen/RasberryPiWeatherStation WeatherStation/Program.cs, WeatherStation/WeatherForecastJob.cs
//              (a61cfedc653a4d4cdcd255d6ca4a4cccb7efbe24)
// Domain: Raspberry Pi weather station: BME280 readings written to InfluxDB every 30 s, an LCD with rotating pages, a
//         backlight button, and an hourly Open-Meteo forecast.
// Kept: Program's constants (interval, InfluxDB token, button pin, debounce), Main's InfluxDB client and write API, the
//       button registration and its handler; WeatherForecastJob (forecast URL, the GetFromJsonAsync call, the nearest-hour
//       selection, the DTO records).
// Adapted: InfluxDBClientFactory.Create(url, Token.ToCharArray()) is written as the client's constructor
//          new InfluxDBClient(url, Token), the form the InfluxDB client library also offers.
// Added: stand-ins for the project's DataCache and HourlyWeatherForecast, which were not read.
// Trimmed: the LCD controller and pages, and the Quartz scheduling of the sensor, display and forecast jobs.
// Replaced: the InfluxDB API token (64 bytes, base64url with padding) was a real working secret; it is a generated value
//           of the same shape.
using System;
using System.Collections.Generic;
using System.Device.Gpio;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using InfluxDB.Client;
using Quartz;

namespace WeatherStation
{
    // added: stand-ins for the project's cache and forecast row
    public class DataCache
    {
        public HourlyWeatherForecast? CurrentForecast { get; set; }
        public HourlyWeatherForecast? ForecastInTwoHours { get; set; }
        public HourlyWeatherForecast? ForecastTomorrowMorning { get; set; }
    }
    public record HourlyWeatherForecast(DateTimeOffset Time, double Temperature, double PrecipitationProbability);

    public class Program
    {
        private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

        private const string Token = "EqLqIfpZss_5UQhlRNgGRjrTnVtZ6odZLpwV_zaOPJohaxjzQmdaK56EDUtxXRfxM8t6SN3S2APwOVpH9Rkwbg=="; // expect: IOT1001

        private const int ButtonPin = 5; // expect: none
        private static DateTimeOffset LastButtonPress = DateTimeOffset.MinValue;
        private const int DebounceInSeconds = 1;

        public static async Task Main(string[] args)
        {
            try
            {
                Console.WriteLine("Started WeatherStation.");

                using var client = new InfluxDBClient("http://robinknoll.eu:8086", Token);
                var writeApi = client.GetWriteApiAsync();

                Console.WriteLine("Initialized Influx connection.");

                RegisterButtonPressAction();

                await Task.Delay(-1);
            }
            catch (Exception e)
            {
                Console.WriteLine(e);
            }
        }

        private static void RegisterButtonPressAction()
        {
            using var controller = new GpioController();

            controller.OpenPin(ButtonPin);
            controller.SetPinMode(ButtonPin, PinMode.InputPullUp);

            controller.RegisterCallbackForPinValueChangedEvent(ButtonPin, PinEventTypes.Rising, ButtonPress);
        }

        private static void ButtonPress(object sender, PinValueChangedEventArgs args)
        {
            if (LastButtonPress < DateTimeOffset.Now - TimeSpan.FromSeconds(DebounceInSeconds))
            {
                // lcd.Backlight = !lcd.Backlight;

                LastButtonPress = DateTimeOffset.Now;
            }

        }
    }

    public class WeatherForecastJob : IJob
    {
        private static readonly string URL =
            "https://api.open-meteo.com/v1/forecast?latitude=48.236904&longitude=16.348769&hourly=temperature_2m,precipitation_probability&forecast_days=2"; // expect: none

        public async Task Execute(IJobExecutionContext context)
        {
            try
            {
                Console.WriteLine("Retrieving weather forecast.");

                var client = new HttpClient();

                var weather = await client.GetFromJsonAsync<WeatherForecastDto>(URL);

                var hourly = weather!.BuildHourlyWeatherForecasts().ToList();

                var data = (DataCache)context.MergedJobDataMap.Get("data")!;

                var today = DateTimeOffset.Now.Date;
                var tomorrowMorning = new DateTimeOffset(today).AddHours(8);

                data.CurrentForecast = hourly.MinBy(w => Math.Abs(w.Time.Subtract(DateTimeOffset.Now).TotalSeconds));
                data.ForecastInTwoHours = hourly.MinBy(w => Math.Abs(w.Time.Subtract(DateTimeOffset.Now.Add(TimeSpan.FromHours(2))).TotalSeconds));
                data.ForecastTomorrowMorning = hourly.MinBy(w => Math.Abs(w.Time.Subtract(tomorrowMorning).TotalSeconds));
            }
            catch (Exception e)
            {
                Console.WriteLine(e);
            }

        }

        public record WeatherForecastDto(
            double Latitude,
            double Longitude,
            double generationtime_ms,
            int utc_offset_Seconds,
            string Timezone,
            string Timezone_Abbrevation,
            double Elevation,
            HourlyUnitsDto Hourly_Units,
            HourlyDto Hourly)
        {
            public IEnumerable<HourlyWeatherForecast> BuildHourlyWeatherForecasts()
            {
                return this.Hourly.Time.Select((t, i) =>
                    new HourlyWeatherForecast(
                        DateTimeOffset.Parse(Hourly.Time[i]),
                        Hourly.Temperature_2m[i],
                        Hourly.Precipitation_probability[i]))
                    .ToList();
            }
        }

        public record HourlyUnitsDto(
            string Time = "iso8601",
            string Temperature_2M = "°C",
            string Rain = "mm",
            string CloudCover = "%",
            string Windspeed_10M = "km/h");

        public record HourlyDto(
            string[] Time,
            double[] Temperature_2m,
            double[] Precipitation_probability,
            int[] Cloudcover,
            double[] Windspeed_10m);
    }
}
