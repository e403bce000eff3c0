// Real source: jmglezgz/Centro-IoT-Azure IoTDevice/Program.cs (fabaa4eb), SimulatedDevice/Program.cs (4e941200)
// Domain: wind-speed sensor simulator for an IoT Hub workshop, with the console tool that registers its device identity.
// Kept: the registry tool's iothubowner connection string and AddDeviceAsync flow (RegistryManager, DeviceAlreadyExistsException);
//   the simulator's iotHubUri / deviceKey template values in static fields, DeviceClient.Create with
//   DeviceAuthenticationWithRegistrySymmetricKey, the System.Random wind-speed loop.
// Trimmed: the two console programs are merged into one file (two namespaces, Main kept as static methods).
// Added: nothing.
// Shimmed: RegistryManager / Device / DeviceAlreadyExistsException of the service SDK, Message and DeviceClient.SendEventAsync (_Stubs.cs).
// Replaced: the real iothubowner SharedAccessKey by a fresh base64 32-byte key from python secrets (same shape, REPLACED);
//   Newtonsoft.Json's JsonConvert by System.Text.Json. The simulator's {IoTHubURI} / {Devicekey} templates are kept as written.
#nullable disable
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices;
using Microsoft.Azure.Devices.Common.Exceptions;

namespace IoTDevice
{
    class Program
    {
        static RegistryManager registryManager;
        static string connectionString = "HostName=CentroIoT01.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=eN6x27/BdhYq3df/59ERc8gAbxL9XHXBGVv4pEEV8qM="; // expect: IOT1003

        private static async Task AddDeviceAsync()
        {
            string deviceId = "myFirstDevice";
            Device device;
            try
            {
                device = await registryManager.AddDeviceAsync(new Device(deviceId));
            }
            catch (DeviceAlreadyExistsException)
            {
                device = await registryManager.GetDeviceAsync(deviceId);
            }
            Console.WriteLine("Generated device name: {0}", deviceId);
            Console.WriteLine("Generated device key: {0}", device.Authentication.SymmetricKey.PrimaryKey);
        }

        static void Main(string[] args)
        {
            registryManager = RegistryManager.CreateFromConnectionString(connectionString);
            AddDeviceAsync().Wait();
            Console.ReadLine();
        }
    }
}

namespace SimulatedDevice
{
    using Microsoft.Azure.Devices.Client;

    class Program
    {
        static DeviceClient deviceClient;
        static string iotHubUri = "{IoTHubURI}"; // expect: none
        static string deviceKey = "{Devicekey}"; // expect: IOT1006

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
                var messageString = JsonSerializer.Serialize(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                await deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                Task.Delay(1000).Wait();
            }
        }

        static void Main(string[] args)
        {
            Console.WriteLine("Simulated device\n");
            deviceClient = DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey("myFirstDevice", deviceKey));

            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
