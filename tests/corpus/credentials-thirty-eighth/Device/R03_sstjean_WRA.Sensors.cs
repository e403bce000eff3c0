// Real source: sstjean/WRA.Sensors SimulatedDevice/Program.cs (b2e14943)
// Domain: wind sensor (anemometer) node reporting wind speed to Azure IoT Hub over HTTP.
// Kept: the device connection string read from App.config through ConfigurationManager and handed to
// DeviceClient.CreateFromConnectionString, the random-walk telemetry loop. Renamed: namespace SimulatedDevice ->
// Corpus38.R03. Shimmed: DeviceClient.SendEventAsync (see _Stubs.cs). No secret is written in this file.
#nullable enable
using System;
using System.Text;
using System.Threading;
using System.Configuration;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace Corpus38.R03
{
    class Program
    {
        static DeviceClient deviceClient = null!;
        static string iotHubUri = ConfigurationManager.ConnectionStrings["AzureIoTDevice"].ToString(); // expect: none

        static void Main(string[] args)
        {
            Console.WriteLine("Simulated device\n");
            deviceClient = DeviceClient.CreateFromConnectionString(iotHubUri, TransportType.Http1); // expect: none

            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }

        private static async void SendDeviceToCloudMessagesAsync()
        {
            double avgWindSpeed = 10; // m/s
            Random rand = new Random();

            while (true)
            {
                double currentWindSpeed = avgWindSpeed + rand.NextDouble() * 4 - 2; // expect: none

                var telemetryDataPoint = new
                {
                    deviceId = "SENSOR-01",
                    windSpeed = currentWindSpeed
                };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                await deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                Thread.Sleep(1000);
            }
        }
    }
}
