// Real source: Div99/CrashDetection SimulatedDevice.cs (18acc8d1)
// Simulated crash-detection sensor (Azure IoT quickstart shape): telemetry, cloud-to-device messages, image upload to blob.
// Kept: the device connection string in a static readonly field (key replaced, device name changed), System.Random telemetry and
// the random "deviceId" of the cosmos event, the C2D receive loop and the blob upload.
// Changed: namespace made unique for this corpus (was simulated_device); the commented-out calls in Main are dropped.
using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace CrashDetection.simulated_device
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        // The device connection string to authenticate the device with your IoT hub.
        private readonly static string s_connectionString = "HostName=ImageHub.azure-devices.net;DeviceId=CrashCamDevice;SharedAccessKey=Ihki8vTxs86xnY1dBJRtx2fAemonjIIT/U/ITWIQOtg="; // expect: IOT1003

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
                await s_deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);
                await Task.Delay(1000);
            }
        }

        private static async void SendUploadDetailsInEvent(string msg)
        {
            Console.WriteLine("sending event to iot hub for cosmos");
            Random rand = new Random();
            var testData = new { imgURI = msg, deviceId = rand.NextDouble() }; // expect: none
            var messageString = JsonConvert.SerializeObject(testData);
            var message = new Message(Encoding.ASCII.GetBytes(messageString));
            await s_deviceClient.SendEventAsync(message);
            Console.WriteLine("{0} > Sending message to cloud: {1}", DateTime.Now, messageString);
        }

        private static async void ReceiveC2dAsync()
        {
            Console.WriteLine("\nReceiving cloud to device messages from service");
            while (true)
            {
                Message receivedMessage = await s_deviceClient.ReceiveAsync();
                if (receivedMessage == null) continue;
                string msg = Encoding.ASCII.GetString(receivedMessage.GetBytes());
                Console.WriteLine("Received message: {0}", msg);
                await s_deviceClient.CompleteAsync(receivedMessage);
                SendUploadDetailsInEvent(msg);
            }
        }

        private static async void SendToBlobAsync()
        {
            string fileName = "image1.jpg";
            Console.WriteLine("Uploading file: {0}", fileName);
            using (var sourceData = new FileStream(@"image.jpg", FileMode.Open))
            {
                await s_deviceClient.UploadToBlobAsync(fileName, sourceData);
            }
        }

        private static void Main(string[] args)
        {
            Console.WriteLine("IoT Hub Quickstarts #1 - Simulated device. Ctrl-C to exit.\n");
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            SendToBlobAsync();
            ReceiveC2dAsync();
            Console.ReadLine();
        }
    }
}
