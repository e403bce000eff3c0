// Real source: artsbaro/IoTDevice SimulatedDevice.cs (59a2e8f4)
// Simulated temperature/humidity sensor ("Device-Simulado-Sensor") reporting to Azure IoT Hub every five seconds.
// Kept: the device connection string in a const (key replaced), System.Random readings, the temperatureAlert property.
// Added (invented, marked): a fallback that authenticates with the registry symmetric key written in place when the
// connection string is rejected, as later versions of the quickstart do.
// Changed: namespace made unique for this corpus (was simulatedDevice).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace IoTDeviceAntonio.simulatedDevice
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        private const string s_connectionString = "HostName=IoTHubAntonio.azure-devices.net;DeviceId=Device-Simulado-Sensor;SharedAccessKey=GU3SnHpeWVVpeG3IjYT7vdMf86LMPyvwu9hgWUVuTT4="; // expect: IOT1003

        private static async void SendDeviceToCloudMessagesAsync()
        {
            double minTemperature = 20;
            double minHumidity = 60;
            Random rand = new Random(); // expect: none

            while (true)
            {
                double currentTemperature = minTemperature + rand.NextDouble() * 15;
                double currentHumidity = minHumidity + rand.NextDouble() * 20;

                var telemetryDataPoint = new { temperature = currentTemperature, humidity = currentHumidity };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));
                message.Properties.Add("temperatureAlert", (currentTemperature > 30) ? "true" : "false");

                await s_deviceClient.SendEventAsync(message).ConfigureAwait(false);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(5000).ConfigureAwait(false);
            }
        }

        // Added (invented): fallback with the registry key written in place
        private static DeviceClient CreateFallbackClient() =>
            DeviceClient.Create("IoTHubAntonio.azure-devices.net",
                new DeviceAuthenticationWithRegistrySymmetricKey("Device-Simulado-Sensor",
                    "Z6lEmo3SKeKNJDRl+CgB7nUo35BvpTKirK22Z8tzyaY=")); // expect: IOT1003

        private static void Main()
        {
            Console.WriteLine("IoT Hub Quickstarts - Simulated device. Ctrl-C to exit.\n");
            try
            {
                s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            }
            catch (FormatException)
            {
                s_deviceClient = CreateFallbackClient();
            }
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
