// Real source: ZingPow/CSharp-Code-for-Devices-to-IoT-Hub-master SimulatedDevice/Program.cs
// Kept: the static fields iotHubUri / deviceKey ("device key here", the original's placeholder, kept as it stood) /
// deviceName, DeviceClient.Create with DeviceAuthenticationWithRegistrySymmetricKey(deviceName, deviceKey), the
// Random-driven telemetry loop (simulation, not security), the LED direct-method state. Trimmed: the C2D receive loop
// and direct-method handlers (not in the stubs). Changed: DeviceClient.Create without TransportType (stub surface);
// domain turned into a poultry-house climate node. Added: the ventilation node's key in a const, the feeder key
// written in place, a NotSecrets class.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace PoultryHouse
{
    class Program
    {
        static DeviceClient deviceClient;

        static string iotHubUri = "calgary1.azure-devices.net";
        static string deviceKey = "device key here";  //Primary Key // expect: IOT1006
        static string deviceName = "mySimulatedDevice";

        const string VentilationKey = "9jgYfcyfmJsuNLD5J/kqgHg2gU17aecFKlAXY6Lxd9M="; // Added // expect: IOT1001

        static int ledstatus;  //0 off 1 on

        static async Task Main(string[] args)
        {
            Console.WriteLine("Simulated device\n");
            deviceClient = DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey(deviceName, deviceKey)); // Changed
            var vent = DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey("house3-vent", VentilationKey)); // Added // expect: none
            var feeder = DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey("house3-feeder", "KqLvywl+rYmoz9fjWbj7degLG3Xw2HzfruhKc3Gd5/E=")); // Added // expect: IOT1003

            await SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }

        static async Task SendDeviceToCloudMessagesAsync()
        {
            double minTemperature = 20;
            DateTime time;
            Random rand = new Random();

            while (true)
            {
                time = DateTime.UtcNow;

                double r = rand.NextDouble();

                //randomly generate out lier data
                if (r > .9)
                {
                    r = (.5 - r) * 12;
                }
                else
                {
                    r = 0;
                }

                //generate semi nice data
                double currentTemperature = minTemperature + Math.Sin((time.Minute * 60 + time.Second) / 450.0 * Math.PI) * 3 + r;

                var messageString = "{\"deviceId\":\"" + deviceName + "\",\"temperature\":" + currentTemperature + ",\"led\":" + ledstatus + "}"; // Changed
                var message = new Message(Encoding.UTF8.GetBytes(messageString));

                await deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(15000 + rand.Next(0, 500));  //send data every 15 seconds so we have enough data for ML // expect: none
            }
        }
    }

    static class NotSecrets_R01 // Added
    {
        public const string DeviceKeySetting = "PoultryHouse:DeviceKey"; // expect: none
        public const string DeviceKeyEnv = "POULTRY_DEVICE_KEY"; // expect: none
        public const string KeyPrompt = "Device key:"; // expect: none
    }
}
