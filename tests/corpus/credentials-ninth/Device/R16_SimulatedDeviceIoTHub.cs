// Real source: GeorgPongracz/IoTHubGetStarted SimulatedDevice/Program.cs
// Kept: iotHubUri/deviceId/deviceKey with their "<My...>" placeholders, DeviceClient.Create with
// DeviceAuthenticationWithRegistrySymmetricKey(deviceId, deviceKey) (the TransportType.Mqtt argument dropped: no such stub overload), the simulated
// telemetry loop with Random and the "TemperatureAlert" property. Trimmed: deviceClient.ProductInfo.
// Changed: Newtonsoft to System.Text.Json. Added for the corpus: a second, real hub device used by the
// greenhouse demo rig (key written in place, freshly invented) and a key held in a named constant.
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace SimulatedDevice
{
    class Program
    {
        static DeviceClient deviceClient;
        static readonly string iotHubUri = "<MyIoTHub>.azure-devices.net"; // expect: none
        static readonly string deviceId = "<MyDeviceId>"; // expect: none
        //individual key for this device
        static readonly string deviceKey = "<MyDeviceKey>"; // expect: IOT1006

        // Added: the demo rig in the greenhouse.
        static readonly string rigDeviceId = "greenhouse-rig-02";
        static readonly string rigStandbyKey = "N4WekBmBUJ5AknFUpjWssK2TgA5Pjj++sQgXwnPuHqc="; // expect: IOT1001

        static void Main(string[] args)
        {
            Console.WriteLine("Simulated device\n");
            deviceClient = args.Length == 0
                ? DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey(deviceId, deviceKey))
                : DeviceClient.Create("gh-demo-hub.azure-devices.net",
                    new DeviceAuthenticationWithRegistrySymmetricKey(rigDeviceId, "p5wCKjsfWRwrtdJM+uI6ACg/bK3CGs+ZlUY9qzMItR8=")); // expect: IOT1003
            if (args.Length > 1)
            {
                deviceClient = DeviceClient.Create("gh-demo-hub.azure-devices.net",
                    new DeviceAuthenticationWithRegistrySymmetricKey(rigDeviceId, rigStandbyKey));
            }
            SendDeviceToCloudMessagesAsync().Wait();
        }

        private static async Task SendDeviceToCloudMessagesAsync()
        {
            double minTemperature = 20;
            double minHumidity = 60;
            Random rand = new Random();

            while (true)
            {
                double currentTemperature = minTemperature + rand.NextDouble() * 15; // expect: none
                double currentHumidity = minHumidity + rand.NextDouble() * 20;

                var telemetryDataPoint = new
                {
                    DeviceId = deviceId,
                    Temperature = currentTemperature,
                    Humidity = currentHumidity,
                    TimeStamp = DateTime.UtcNow
                };
                var messageString = JsonSerializer.Serialize(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));
                message.Properties.Add("TemperatureAlert", (currentTemperature > 30) ? "true" : "false");

                await deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(5000);
            }
        }
    }
}
