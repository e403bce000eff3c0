// Real source: brentstineman/Transit-IOTHub-Demo RJTestDeviceSim/simulated-device/SimulatedDevice.cs (1bc3cd29)
// Simulated ticket-purchasing kiosk of a transit IoT Hub demo: it sends purchase requests as telemetry. Kept: the
// device connection string with its SharedAccessKey in a static readonly field, CreateFromConnectionString over MQTT,
// System.Random for the simulated temperature/humidity, the purchase request message and its custom property.
// Changed: the SharedAccessKey (invented base64 key of the same length). Trimmed: the anonymous telemetry object,
// Newtonsoft serialisation (the JSON is built by hand).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using ClientMessage = Microsoft.Azure.Devices.Client.Message;

namespace simulated_device
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient;

        // The device connection string to authenticate the device with your IoT hub.
        // Using the Azure CLI:
        // az iot hub device-identity show-connection-string --hub-name {YourIoTHubName} --device-id MyDotnetDevice --output table
        private readonly static string s_connectionString = "HostName=TransportationOneWeekHub.azure-devices.net;DeviceId=rjTest;SharedAccessKey=LNzjKvlnpA2qIlwNGJuvCcq8laBzvqA86PB4/coEkd4="; // expect: IOT1003

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

                var messageString = "{\"DeviceId\":\"" + new Guid().ToString() + "\",\"DeviceType\":\"Kiosk\",\"MessageType\":\"Purchase\"," +
                    "\"TransactionId\":\"123\",\"CreateTime\":\"" + DateTime.UtcNow.ToString("o") + "\"," + // expect: none
                    "\"temperature\":" + currentTemperature + ",\"humidity\":" + currentHumidity + "}";

                var eventJsonBytes = Encoding.UTF8.GetBytes(messageString);
                var message = new ClientMessage(eventJsonBytes)
                {
                    ContentEncoding = "utf-8",
                    ContentType = "application/json"
                };

                // Add a custom application property to the message.
                // An IoT hub can filter on these properties without access to the message body.
                var messageProperties = message.Properties;
                messageProperties.Add("deviceId", "testing");

                // Send the telemetry message
                await s_deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(1000);
            }
        }

        private static void Main(string[] args)
        {
            Console.WriteLine("IoT Hub Quickstarts #1 - Simulated device. Ctrl-C to exit.\n");

            // Connect to the IoT hub using the MQTT protocol
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
