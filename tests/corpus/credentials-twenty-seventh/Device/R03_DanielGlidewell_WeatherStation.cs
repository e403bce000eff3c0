// Real source: DanielGlidewell/WeatherStation WeatherStation/MainPage.xaml.cs (34cf5bb9) and
// WeatherStation/WeatherDataSender.cs (7b3a1e9e)
// Raspberry Pi 3 + BME280 weather station on Windows 10 IoT Core that averages ten samples and sends them to an
// Azure Event Hub. Kept: the configurables (Event Hub connection string with its SharedAccessKey, sea-level pressure,
// timer interval), the sender class that builds the EventHubClient from the connection string, the averaging loop.
// Changed: the SharedAccessKey (invented base64 key of the same length). Added: the policy name constant. Trimmed: the XAML page plumbing (the
// DispatcherTimer is a System.Threading.Timer here) and the BME280 register code (the sensor is an interface).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.EventHubs;
using Newtonsoft.Json;

namespace WeatherStation
{
    public interface IBme280Sensor
    {
        Task<float> ReadTemperature();
        Task<float> ReadPressure();
        Task<float> ReadHumidity();
    }

    public sealed class StationPage
    {
        // Configurables - ensure these are set appropriately!
        private const string _eventHubConnectionString = "Endpoint=sb://turbospudweather.servicebus.windows.net/;SharedAccessKeyName=SendAndListenPolicy;SharedAccessKey=6zQk6xN+qKLIYLSxiugCh/LY18PjKHZddTYlVydEXGQ=;EntityPath=weatherstation"; // expect: IOT1003
        private const string _eventHubPolicyName = "SendAndListenPolicy"; // expect: none
        private const float _localSeaLevelPressure = 1022.00f;  // Used by the BME280 when taking measurements
        private const int _timerInterval = 2000;                // Determines how often a measurement will be taken

        private readonly IBme280Sensor _bme280;
        private Timer _timer;
        private WeatherDataSender _weatherDataSender;

        public StationPage(IBme280Sensor sensor)
        {
            _bme280 = sensor;
        }

        public void OnNavigatedTo()
        {
            try
            {
                _weatherDataSender = new WeatherDataSender(_eventHubConnectionString);
                _timer = new Timer(async _ => await TakeReadingAsync(), null, 0, _timerInterval);
            }
            catch (Exception ex)
            {
                Debug.WriteLine(ex.Message);
            }
        }

        private async Task TakeReadingAsync()
        {
            var temperatureReadings = new List<float>();
            var pressureReadings = new List<float>();
            var humidityReadings = new List<float>();

            // Read 10 samples of the data
            for (int i = 0; i < 10; i++)
            {
                temperatureReadings.Add(await _bme280.ReadTemperature());
                pressureReadings.Add(await _bme280.ReadPressure());
                humidityReadings.Add(await _bme280.ReadHumidity());
            }

            var weatherReading = new WeatherData
            {
                RecordingTime = DateTime.Now.ToUniversalTime(),
                Temperature = temperatureReadings.Average(),
                Humidity = humidityReadings.Average(),
                Pressure = pressureReadings.Average(),
                SeaLevelPressure = _localSeaLevelPressure
            };

            Debug.WriteLine(weatherReading.ToString());
            await _weatherDataSender.SendDataAsync(weatherReading);
        }
    }

    public class WeatherData
    {
        public DateTime RecordingTime { get; set; }
        public float Temperature { get; set; }
        public float Humidity { get; set; }
        public float Pressure { get; set; }
        public float SeaLevelPressure { get; set; }
    }

    // A simple class for taking our measurements and sending them to the Event Hub
    public class WeatherDataSender
    {
        private readonly EventHubClient _eventHubClient; // Used to connect to our Event Hub in Azure

        public WeatherDataSender(string _eventHubConnectionString)
        {
            _eventHubClient = EventHubClient.CreateFromConnectionString(_eventHubConnectionString);
        }

        public async Task SendDataAsync(WeatherData data)
        {
            var dataAsJson = JsonConvert.SerializeObject(data);
            var encodedData = new EventData(Encoding.UTF8.GetBytes(dataAsJson));
            await _eventHubClient.SendAsync(encodedData);
        }
    }
}
