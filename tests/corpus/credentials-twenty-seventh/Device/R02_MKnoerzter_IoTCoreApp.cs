// Real source: MKnoerzter/IoTCoreApp IotCoreApp/MainPage.xaml.cs (98d2a5bc)
// Windows 10 IoT Core app that reads the weather for a city from OpenWeatherMap and sends it to the Azure IoT Suite
// remote-monitoring solution. Kept: the device id / device key / hub host fields (template values as in the original),
// DeviceClient.Create with a registry symmetric key, the device-info message, the telemetry loop, the weather request
// with the appid written into the string.Format query. Changed: the OpenWeatherMap key (invented value of the same
// 32-hex shape); DeviceClient.Create without the transport argument (the shared stub has the two-argument form).
// Trimmed: the XAML page, the command descriptions, the text boxes (city and delay are fields here).
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace IotCoreApp
{
    public sealed class WeatherTelemetryPage
    {
        static string deviceId = "YourDeviceId"; // expect: none
        static string deviceKey = "YourDeviceKey"; // expect: IOT1006
        static string connectionString = "YourAzureName.azure-devices.net";

        private DeviceClient deviceClient;
        private string city = "Boulogne-Billancourt";
        private int delaySeconds = 10;

        public WeatherTelemetryPage()
        {
            UpdateDeviceInfo();
            _ = StartLoop();
        }

        private async void UpdateDeviceInfo()
        {
            try
            {
                deviceClient = DeviceClient.Create(connectionString, new DeviceAuthenticationWithRegistrySymmetricKey(deviceId, deviceKey));

                var messageString = "{\"ObjectType\":\"DeviceInfo\",\"Version\":\"1.0\",\"IsSimulatedDevice\":false,\"DeviceProperties\":{\"DeviceID\":\"" + deviceId + "\",\"HubEnabledState\":true,\"Latitude\":48.827514,\"Longitude\":2.238925}}";
                var interactiveMessage = new Message(Encoding.ASCII.GetBytes(messageString));
                interactiveMessage.Properties["messageType"] = "interactive";
                interactiveMessage.MessageId = Guid.NewGuid().ToString();

                await deviceClient.SendEventAsync(interactiveMessage);
            }
            catch (Exception)
            {
            }
        }

        private async Task StartLoop()
        {
            while (true)
            {
                await SendDataToAzureIOTSuite();
                await Task.Delay(delaySeconds * 1000);
            }
        }

        private async Task SendDataToAzureIOTSuite()
        {
            try
            {
                string weather = await GetWeather(city);

                // We add rand value to see variation on graph
                Random rand = new Random();
                double randHumidity = rand.Next(0, 5) * 0.1; // expect: none
                double randTemperature = rand.Next(0, 5) * 0.1;

                var messageString = "{\"DeviceId\":\"" + deviceId + "\",\"Weather\":" + weather + ",\"Jitter\":" + (randHumidity + randTemperature) + "}";
                var interactiveMessage = new Message(Encoding.ASCII.GetBytes(messageString));
                interactiveMessage.Properties["messageType"] = "interactive";
                interactiveMessage.MessageId = Guid.NewGuid().ToString();

                await deviceClient.SendEventAsync(interactiveMessage);
            }
            catch (Exception)
            {
            }
        }

        private async Task<string> GetWeather(string cityName)
        {
            using (var client = new HttpClient())
            {
                client.BaseAddress = new Uri("http://api.openweathermap.org/data/2.5/");
                client.DefaultRequestHeaders.Accept.Clear();
                client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

                HttpResponseMessage response = await client.GetAsync(string.Format("weather?q={0},fr&appid=5712de611fbace3e944a33a145c95eae", cityName)); // expect: IOT1001
                if (response.IsSuccessStatusCode)
                {
                    return await response.Content.ReadAsStringAsync();
                }
            }

            return "null";
        }
    }
}
