// Real source: ismaan1998/Azure-IoT-C- SimulatedDevice.cs (d0875fb3)
// Domain: Azure IoT Hub learning project: a simulated temperature / humidity device receiving cloud-to-device messages,
// and the service side sending one to "iot-dev1".
// Kept as written: the two template values the author left in place of the device connection string (given to
// DeviceClient.CreateFromConnectionString) and of the service-policy connection string (given to the service SDK's
// ServiceClient.CreateFromConnectionString), ReceiveC2dAsync, SendCloudToDeviceMessageAsync and Main. No working
// credential is in the file. Trimmed: the commented-out telemetry loop. Changed: the namespace simulatedDevice gets the
// suffix .Learning (added) because R09 comes from the same quickstart and declares simulatedDevice.SimulatedDevice. DeviceClient instance members, ServiceClient
// and the service SDK's Message come from _Stubs.cs.
using System;
using Microsoft.Azure.Devices.Client;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices;

namespace simulatedDevice.Learning
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        // The device connection string to authenticate the device with your IoT hub.
        private const string s_connectionString = "connectionstring"; // expect: IOT1006
        private const string s_serviceConnectionString = "connection string with service access policy"; // expect: none

        private static async void ReceiveC2dAsync()
        {
            while (true)
            {
                Microsoft.Azure.Devices.Client.Message? receivedMessage = await s_deviceClient.ReceiveAsync();
                if (receivedMessage == null) continue;
                Console.ForegroundColor = ConsoleColor.Yellow;
                Console.WriteLine("Received message: {0}", Encoding.ASCII.GetString(receivedMessage.GetBytes()));
                Console.ResetColor();

                await s_deviceClient.CompleteAsync(receivedMessage);
            }
        }

        private async static Task SendCloudToDeviceMessageAsync(){
            ServiceClient serviceClient = ServiceClient.CreateFromConnectionString(s_serviceConnectionString);
            string targetDevice = "iot-dev1";
            var commandMessage = new Microsoft.Azure.Devices.Message(Encoding.ASCII.GetBytes("This is my c2d message"));
            await serviceClient.SendAsync(targetDevice, commandMessage);
        }
        private static void Main()
        {
            Console.WriteLine("IoT Hub Quickstarts - Simulated device. Ctrl-C to exit.\n");

            // Connect to the IoT hub using the MQTT protocol
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, Microsoft.Azure.Devices.Client.TransportType.Mqtt);
            // SendDeviceToCloudMessagesAsync();
            // ReceiveC2dAsync();
            SendCloudToDeviceMessageAsync();
            Console.ReadLine();
        }
    }
}
