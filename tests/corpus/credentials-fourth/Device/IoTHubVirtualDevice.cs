// Real source: GoldFireGames/iot-project DeviceSdkDemo.Console/DeviceSdkDemo.Console/Program.cs
// (and DeviceSdkDemo.Device/VirutalDevice.cs). Trimmed: C2D, direct-method and twin handlers removed;
// the demo program became the start-up of a line-side virtual sensor; a staging profile and an edge module added.
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace DeviceSdkDemo.Device
{
    public static class VirtualDeviceProgram
    {
        public static async Task Run(string profile)
        {
            string deviceConnectionString = profile switch
            {
                "prod" => "HostName=name-test-ul.azure-devices.net;DeviceId=test;SharedAccessKey=EEH3X9LZys8RAN3lmDtY7R1Mhf4bFVd/yUiZiqZs9xQ=", // expect: IOT1003
                "staging" => "HostName=name-staging-ul.azure-devices.net;DeviceId=test;SharedAccessKey=<device-key>", // expect: IOT1006
                _ => Environment.GetEnvironmentVariable("IOTHUB_DEVICE_CONNECTION_STRING") ?? string.Empty, // expect: none
            };

            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Mqtt);
            await deviceClient.OpenAsync();
            var device = new VirutalDevice(deviceClient);
            Console.WriteLine("Connection success");

            await device.SendMessages(10, 1000);

            Console.WriteLine("Finished! Press key to close...");
            Console.ReadLine();
        }

        public static ModuleClient FilterModule(string hubHost, string deviceId)
        {
            string cs = string.Format("HostName={0};DeviceId={1};ModuleId={2};SharedAccessKey={3}",
                hubHost, deviceId, "vibration-filter",
                "BU37DJos5dOTy8Pgrc9sfXn55ka/diSEPAf7c0Q7OY0="); // expect: IOT1003
            return ModuleClient.CreateFromConnectionString(cs);
        }

        public static string RedactForLog(string connectionString)
        {
            const string keyPattern = "SharedAccessKey=[^;]+"; // expect: none
            return System.Text.RegularExpressions.Regex.Replace(connectionString, keyPattern, "SharedAccessKey=***");
        }
    }

    public class VirutalDevice
    {
        private readonly DeviceClient deviceClient;

        public VirutalDevice(DeviceClient DeviceClient)
        {
            deviceClient = DeviceClient;
        }

        #region Sending Messages
        public async Task SendMessages(int nrOfMessages, int delay)
        {
            var rnd = new Random();

            Console.WriteLine($"Device sending {nrOfMessages} messages to IotHub...\n");

            for (int i = 0; i < nrOfMessages; i++)
            {
                var data = new
                {
                    temperature = rnd.Next(20, 35), // expect: none
                    humidity = rnd.Next(60, 80),
                    msgCount = i,
                };

                var dataString = JsonSerializer.Serialize(data);

                Message eventMessage = new Message(Encoding.UTF8.GetBytes(dataString));
                eventMessage.ContentType = "application/json";
                eventMessage.ContentEncoding = "utf-8";
                Console.WriteLine($"\t{DateTime.Now.ToLocalTime()}> Sending message: {i}, Data: [{dataString}]");

                await deviceClient.SendEventAsync(eventMessage);

                if (i < nrOfMessages - 1)
                    await Task.Delay(delay);
            }
            Console.WriteLine();
        }
        #endregion
    }
}
