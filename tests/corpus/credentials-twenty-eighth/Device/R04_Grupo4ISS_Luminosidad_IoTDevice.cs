// Real source: Grupo4ISS/Luminosidad_IoTDevice SimulatedDevice.cs (fb6b2f66)
// Light-level (lux) sensor for three university labs, sending telemetry to Azure IoT Hub with a direct method to change
// the telemetry interval.
// Kept: the device connection string in a static readonly field (key replaced), the direct method handler,
// the System.Random lux simulation.
// Changed: namespace made unique for this corpus (was simulated_device).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace Luminosidad.simulated_device
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        private readonly static string s_connectionString = "HostName=Grupo4iothub.azure-devices.net;DeviceId=luminosidad;SharedAccessKey=2y6PCOlp/vTloe7h5gjvkOVE80H4BnqiMde8xeHbYzI="; // expect: IOT1003

        private static int s_telemetryInterval = 1; // Seconds

        private static Task<MethodResponse> SetTelemetryInterval(MethodRequest methodRequest, object userContext)
        {
            var data = Encoding.UTF8.GetString(methodRequest.Data);
            if (Int32.TryParse(data, out s_telemetryInterval))
            {
                Console.WriteLine("Telemetry interval set to {0} seconds", data);
                string result = "{\"result\":\"Executed direct method: " + methodRequest.Name + "\"}";
                return Task.FromResult(new MethodResponse(Encoding.UTF8.GetBytes(result), 200));
            }
            else
            {
                string result = "{\"result\":\"Invalid parameter\"}";
                return Task.FromResult(new MethodResponse(Encoding.UTF8.GetBytes(result), 400));
            }
        }

        private static async void SendDeviceToCloudMessagesAsync()
        {
            double minLux = 400;
            Random rand = new Random(); // expect: none

            while (true)
            {
                double currentTLux = minLux + rand.NextDouble() * 1000;
                var telemetryDataPoint = new
                {
                    luxLab1 = currentTLux,
                    luxLab2 = currentTLux + rand.NextDouble() * 1000,
                    luxLab3 = currentTLux - rand.NextDouble() * 50,
                };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));
                message.Properties.Add("LuxAlert", (currentTLux < 1000) ? "true" : "false");
                await s_deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);
                await Task.Delay(s_telemetryInterval * 1000);
            }
        }

        private static void Main(string[] args)
        {
            Console.WriteLine("Dispositivo de lectura de luz. Ctrl-C to exit.\n");
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            s_deviceClient.SetMethodHandlerAsync("SetTelemetryInterval", SetTelemetryInterval, null).Wait();
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
