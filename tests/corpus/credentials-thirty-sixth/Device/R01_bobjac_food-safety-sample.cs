// Real source: bobjac/food-safety-sample src/client/simulator/dotnet/simulated-device/simulated-device/Program.cs (a223a9fc), src/client/simulator/dotnet/simulated-device/simulated-device/SimulatedDevice.cs (a6b1f3da)
// Domain: food-safety cold-holding unit simulator that sends temperature and humidity telemetry to Azure IoT Hub.
// Kept: the device connection string in a private static readonly field, DeviceClient.CreateFromConnectionString over MQTT, the
//   System.Random telemetry loop with its minimum values, the temperatureAlert application property.
// Trimmed: nothing of substance; the two files are merged into one, Main is kept as a static method.
// Added: nothing.
// Shimmed: DeviceClient.SendEventAsync and Message.Properties (_Stubs.cs).
// Replaced: the real IoT Hub device key in the SharedAccessKey= slot by a fresh base64 32-byte key from python secrets (same
//   shape, REPLACED); Newtonsoft.Json's JsonConvert by System.Text.Json's JsonSerializer.
#nullable disable
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace simulated_device
{
    class Program
    {
        // The device connection string to authenticate the device with your IoT hub.
        // Using the Azure CLI:
        // az iot hub device-identity show-connection-string --hub-name {YourIoTHubName} --device-id MyDotnetDevice --output table
        private readonly static string connectionString = "HostName=FoodSafetyHub.azure-devices.net;DeviceId=simulator-micya;SharedAccessKey=IXINelqz6Zi0AgekAR4EFxSGVnHBJd01KjpU+3U8a6c="; // expect: IOT1003

        static void Main(string[] args)
        {
            Console.WriteLine("Ctrl-C to exit.\n");

            SimulatedDevice device = new SimulatedDevice(connectionString);
            device.SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }

    class SimulatedDevice
    {
        private readonly DeviceClient deviceClient;

        public SimulatedDevice(string connectionString)
        {
            // Connect to the IoT hub using the MQTT protocol
            deviceClient = DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
        }

        // Async method to send simulated telemetry
        public async void SendDeviceToCloudMessagesAsync()
        {
            // Initial telemetry values
            double minTemperature = 20;
            double minHumidity = 60;
            Random rand = new Random();

            while (true)
            {
                double currentTemperature = minTemperature + rand.NextDouble() * 15; // expect: none
                double currentHumidity = minHumidity + rand.NextDouble() * 20;

                // Create JSON message
                var telemetryDataPoint = new
                {
                    temperature = currentTemperature,
                    humidity = currentHumidity
                };
                var messageString = JsonSerializer.Serialize(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                // Add a custom application property to the message.
                // An IoT hub can filter on these properties without access to the message body.
                message.Properties.Add("temperatureAlert", (currentTemperature > 30) ? "true" : "false");

                // Send the telemetry message
                await deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(1000);
            }
        }
    }
}
