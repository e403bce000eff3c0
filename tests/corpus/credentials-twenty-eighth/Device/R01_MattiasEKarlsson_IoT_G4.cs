// Real source: MattiasEKarlsson/IoT_G4 Test_33/MainPage.xaml.cs (060104c7) and Test_33/Services/DeviceService.cs (060104c7)
// A Windows 10 IoT Core (UWP) app that reads the local weather from OpenWeatherMap and sends it to an Azure IoT hub.
// Kept: the device connection string in a static readonly field handed to DeviceClient.CreateFromConnectionString
// (hub name and key replaced), the OpenWeatherMap one-call URL with its appid (key replaced), the send and receive loops.
// Changed: the XAML Page base class is dropped (no UWP surface in this corpus), HttpClientFactory.Create() is new HttpClient(),
// ReadAsAsync<Rootobject> is ReadAsStringAsync, the Swedish comments are shortened.
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace Test_33
{
    public sealed partial class MainPage
    {
        private static readonly string _conn = "HostName=ec-lab20iothub.azure-devices.net;DeviceId=consoleapp;SharedAccessKey=VKnFMfI4oE3w8r1xCL+d7MtZ7gu8MBi/hZ0BhoddhcQ="; // expect: IOT1003
        private static readonly DeviceClient deviceClient = DeviceClient.CreateFromConnectionString(_conn, TransportType.Mqtt);

        private void btnSend_Click(object sender, EventArgs e)
        {
            Services.DeviceService.SendMessageAsync(deviceClient).GetAwaiter();
        }
    }
}

namespace Test_33.Services
{
    public class TemperatureModel
    {
        public double Temperature { get; set; }
        public int Humidity { get; set; }
    }

    public class DeviceService
    {
        public static async Task SendMessageAsync(DeviceClient deviceClient)
        {
            var httpClient = new HttpClient();
            TemperatureModel senddata = new TemperatureModel();

            try
            {
                var url = "https://api.openweathermap.org/data/2.5/onecall?lat=59.27412&units=metric&lon=15.2066&exclude=hourly,daily,minutely&appid=1af3930fb7a1c1cc056f34e1e9f5d05a"; // expect: IOT1001
                HttpResponseMessage httpResponseMessage = await httpClient.GetAsync(url);

                if (httpResponseMessage.IsSuccessStatusCode)
                {
                    var content = await httpResponseMessage.Content.ReadAsStringAsync();   // reads the API answer
                    senddata = new TemperatureModel { Temperature = 4.5, Humidity = content.Length % 100 };
                }
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }

            try
            {
                var json = JsonConvert.SerializeObject(senddata);                // to JSON
                var payload = new Message(Encoding.UTF8.GetBytes(json));          // pack the message
                await deviceClient.SendEventAsync(payload);                       // send
                Console.WriteLine($"Message Sent: {json}");
            }
            catch (Exception exx)
            {
                Console.WriteLine(exx.Message);
            }
        }

        public static async Task ReceiveMessageAsync(DeviceClient deviceClient)
        {
            while (true)
            {
                var payload = await deviceClient.ReceiveAsync();
                if (payload == null)
                {
                    continue;
                }
                string newmessage = Encoding.UTF8.GetString(payload.GetBytes());
                Console.WriteLine($"Message recived: {newmessage}");
                await deviceClient.CompleteAsync(payload);
            }
        }
    }
}
