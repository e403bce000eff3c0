// Real source: qbacz/IoTProj SimulatedDevice.cs (379b8c1de732a08639a9d7e7e69282780d5289fc)
// Domain: Raspberry Pi ("Malinka") temperature / humidity node simulated as an Azure IoT Hub device with a temperature
//         alert property on each message.
// Kept: the whole quickstart-derived device (connection string constant, telemetry loop with the alert property, Main).
// Trimmed: the Microsoft licence header.
// Replaced: the IoT Hub device key (base64, 32 bytes, in the SharedAccessKey= slot) was a real working secret; it is a
//           generated value of the same shape.
using System;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;
using System.Text;
using System.Threading.Tasks;

namespace simulatedDevice
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient;

        // The device connection string to authenticate the device with your IoT hub.
        private const string s_connectionString = "HostName=JMBWEIoTHub.azure-devices.net;DeviceId=MalinkaNowyHub;SharedAccessKey=pD/kOIT0ubuXmXqt/C5Djpm8tMzAqQPbqIzcqH4n4Xs="; // expect: IOT1003

        // Async method to send simulated telemetry
        private static async void SendDeviceToCloudMessagesAsync()
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
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                // Add a custom application property to the message.
                // An IoT hub can filter on these properties without access to the message body.
                message.Properties.Add("temperatureAlert", (currentTemperature > 30) ? "true" : "false");

                // Send the tlemetry message
                await s_deviceClient.SendEventAsync(message).ConfigureAwait(false);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(1000).ConfigureAwait(false);
            }
        }

        private static void Main()
        {
            Console.WriteLine("IoT Hub Quickstarts - Simulated device. Ctrl-C to exit.\n");

            // Connect to the IoT hub using the MQTT protocol
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
