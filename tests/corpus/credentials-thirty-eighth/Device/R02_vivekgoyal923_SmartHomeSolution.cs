// Real source: vivekgoyal923/SmartHomeSolution SimulatedDevice/Program.cs (5d48bcf5)
// Domain: smart-home visitor doorbell simulator: two IoT Hub devices (door camera and hall sensor) send telemetry,
// receive cloud-to-device messages, and push a Windows toast through Azure Notification Hubs when a visitor rings.
// Kept: the hub host and the two device keys in static fields passed to DeviceAuthenticationWithRegistrySymmetricKey,
// the Notification Hub connection string written in the call, the telemetry and C2D loops, the blob upload.
// Replaced: both real IoT Hub device keys and the real Notification Hub SharedAccessKey (python secrets, base64 of 32
// bytes). Changed: DeviceClient.Create without its TransportType.Http1 argument (the shared stub takes host and
// authentication only). Renamed: namespace SimulatedDevice -> Corpus38.R02. Shimmed: DeviceClient instance members (see _Stubs.cs).
#nullable enable
using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.NotificationHubs;
using Newtonsoft.Json;

namespace Corpus38.R02
{
    class Program
    {
        static DeviceClient deviceClient = null!;
        static DeviceClient deviceClient2 = null!;
        static string iotHubUri = "SmartHomeIoTHub.azure-devices.net"; // expect: none
        static string deviceKey = "FKku3g59opBZJF04bGwjqt3YnQd35PRhTqvTyf3ypZA="; // expect: IOT1001
        static string deviceKey2 = "k4pLe2igv49X2O2DCxeix452T5qwGMG5L4jLDtPZT6A="; // expect: IOT1001

        static void Main(string[] args)
        {
            Console.WriteLine("Simulated device\n");
            deviceClient = DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey("myFirstDevice", deviceKey));
            deviceClient2 = DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey("mySecondDevice", deviceKey2));
            SendDeviceToCloudMessagesAsync();
            ReceiveC2dAsync();
            //SendToBlobAsync();
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
                    deviceId = "myFirstDevice",
                    windSpeed = currentWindSpeed
                };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                await deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                Task.Delay(1000).Wait();
            }
        }

        private static async void ReceiveC2dAsync()
        {
            Console.WriteLine("\nReceiving cloud to device messages from service");
            while (true)
            {
                Message? receivedMessage = await deviceClient.ReceiveAsync();
                if (receivedMessage != null)
                {
                    Console.ForegroundColor = ConsoleColor.Yellow;
                    Console.WriteLine("Received message: {0}", Encoding.ASCII.GetString(receivedMessage.GetBytes()));
                    Console.ResetColor();
                    await deviceClient.CompleteAsync(receivedMessage);
                }
                Message? receivedMessage2 = await deviceClient2.ReceiveAsync();
                if (receivedMessage2 != null)
                {
                    Console.ForegroundColor = ConsoleColor.Red;
                    Console.WriteLine("Received message: {0}", Encoding.ASCII.GetString(receivedMessage2.GetBytes()));
                    Console.ResetColor();
                    await deviceClient2.CompleteAsync(receivedMessage2);
                }
                //SendNotificationAsync("Visitor.jpg");
            }
        }
        private static async void SendNotificationAsync(string BlobName)
        {
            NotificationHubClient hub = NotificationHubClient
                .CreateClientFromConnectionString("Endpoint=sb://smarthomenamespace.servicebus.windows.net/;SharedAccessKeyName=DefaultFullSharedAccessSignature;SharedAccessKey=MBZiadQVyfbjD5OP8QmgPTuTJzLwRFtzv7cRKiadtUI=", "SmartHomeNotificationHub"); // expect: IOT1003
            var toast = @"<toast><visual><binding template=""ToastText01""><text id=""1"">New Visitor at your House!! Please Check " + BlobName + "</text></binding></visual></toast>";
            await hub.SendWindowsNativeNotificationAsync(toast);
        }
        private static async void SendToBlobAsync()
        {

            string fileName = "FirstTestImage.jpg";
            Console.WriteLine("Uploading file: {0}", fileName);
            var watch = System.Diagnostics.Stopwatch.StartNew();

            using (var sourceData = new FileStream(@"TestImage.jpg", FileMode.Open))
            {
                await deviceClient.UploadToBlobAsync(fileName, sourceData);
            }
            watch.Stop();
            Console.WriteLine("Time to upload file: {0}ms\n", watch.ElapsedMilliseconds);
        }


    }
}
