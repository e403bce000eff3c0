// Real source: TechPreacher/Win10IoT-Thermo-IoTSuite-Demo "Win10IoT Thermo/AzureIoTHub.cs" and
// "Create Device To Cloud Messages/Program.cs" (b10bf256)
// Windows 10 IoT Core thermometer demo for the Azure IoT Suite: a Connected Service class with the device connection
// string, and a simulated device that authenticates with a registry symmetric key. Kept: both as written, with their
// "[replace]" template values; the DeviceInfo and telemetry messages; System.Random for the simulated readings.
// Trimmed: the polling comments, the console output; JSON built by hand instead of Newtonsoft objects.
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

static class AzureIoTHub
{
    //
    // Note: this connection string is specific to the device "[replace]". To configure other devices,
    // see information on iothub-explorer at http://aka.ms/iothubgetstartedVSCS
    //
    const string deviceConnectionString = "HostName=[replace].azure-devices.net;DeviceId=[replace];SharedAccessKey=[replace]"; // expect: IOT1006

    public static async Task SendDeviceToCloudMessageAsync(string _sInfo)
    {
        var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Http1);

        var message = new Message(Encoding.ASCII.GetBytes(_sInfo));

        await deviceClient.SendEventAsync(message);
    }

    public static async Task<string> ReceiveCloudToDeviceMessageAsync()
    {
        var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Http1);

        while (true)
        {
            var receivedMessage = await deviceClient.ReceiveAsync();

            if (receivedMessage != null)
            {
                var messageData = Encoding.ASCII.GetString(receivedMessage.GetBytes());
                await deviceClient.CompleteAsync(receivedMessage);
                return messageData;
            }

            await Task.Delay(TimeSpan.FromSeconds(10));
        }
    }
}

namespace Create_Device_To_Cloud_Messages
{
    class SimulatedThermo
    {
        static DeviceClient deviceClient;
        static string iotHubUri = "[replace].azure-devices.net";
        static string deviceName = "[replace]"; // expect: none
        static string deviceKey = "[replace]"; // expect: IOT1006

        static void Start()
        {
            deviceClient = DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey(deviceName, deviceKey));

            SendDeviceToCloudIdAsync();
            SendDeviceToCloudMessagesAsync();
        }

        private static async void SendDeviceToCloudIdAsync()
        {
            var messageString = "{\"ObjectType\":\"DeviceInfo\",\"IsSimulatedDevice\":false,\"Version\":\"1.0\"," +
                "\"DeviceProperties\":{\"DeviceID\":\"[replace]\",\"Manufacturer\":\"Your Name\",\"SerialNumber\":\"Your Serial\",\"FirmwareVersion\":\"1.00\"}}";
            var message = new Message(Encoding.ASCII.GetBytes(messageString));

            await deviceClient.SendEventAsync(message);
        }

        private static async void SendDeviceToCloudMessagesAsync()
        {
            double avgTemp = 20; // °C
            double avgHumidity = 30; // %
            Random randTemp = new Random();
            Random randHumidity = new Random();

            while (true)
            {
                double currentTemp = avgTemp + randTemp.NextDouble() * 4 - 2; // expect: none
                double currentHumidity = avgHumidity + randHumidity.NextDouble() * 4 - 2;

                var messageString = "{\"DeviceId\":\"[replace]\",\"Temperature\":" + currentTemp + ",\"Humidity\":" + currentHumidity + "}";
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                await deviceClient.SendEventAsync(message);
                Thread.Sleep(2500);
            }
        }
    }
}
