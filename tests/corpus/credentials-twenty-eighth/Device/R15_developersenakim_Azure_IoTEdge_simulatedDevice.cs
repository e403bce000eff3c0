// Real source: developersenakim/Azure_IoTEdge_simulatedDevice SimulatedDevice.cs (4e8875e5)
// Simulated production-line sensor for an IoT Edge test hub: temperature, humidity and the line it is written for.
// Kept: the device connection string in a static readonly field (key replaced), the "MC2LINE" line tag,
// System.Random readings.
// Changed: namespace made unique for this corpus (was simulated_device).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace IoTEdgeTest.simulated_device
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        private readonly static string s_connectionString = "HostName=test-iotedge-iothub.azure-devices.net;DeviceId=iotedgedevice01;SharedAccessKey=kATDHQxL9NAKM6JW9rQDMpU+vWb0NXBKSh2qVD9CL2U="; // expect: IOT1003

        private static async void SendDeviceToCloudMessagesAsync()
        {
            double minTemperature = 20;
            double minHumidity = 60;
            string writtenLine = "MC2LINE"; // expect: none

            Random rand = new Random(); // expect: none

            while (true)
            {
                double currentTemperature = minTemperature + rand.NextDouble() * 15;
                double currentHumidity = minHumidity + rand.NextDouble() * 20;

                var telemetryDataPoint = new { temperature = currentTemperature, humidity = currentHumidity, writtenLine };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));
                message.Properties.Add("temperatureAlert", (currentTemperature > 30) ? "true" : "false");

                await s_deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(1000);
            }
        }

        private static void Main(string[] args)
        {
            Console.WriteLine("IoT Hub Quickstarts #1 - Simulated device. Ctrl-C to exit.\n");
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
