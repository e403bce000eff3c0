// Real source: jeffaraujo/DeviceCaminhoesBr SimulatedDevice.cs (0a560db8)
// GPS tracker for a truck fleet ("caminhões"), simulated, sending positions to Azure IoT Hub every ten seconds.
// Kept: the device connection string in a const (key replaced, hub name changed), System.Random positions, the fixed
// device label written into the telemetry.
// Changed: namespace made unique for this corpus (was simulatedDevice); commented-out temperature code dropped.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace DeviceCaminhoesBr.simulatedDevice
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        // The device connection string to authenticate the device with your IoT hub.
        private const string s_connectionString = "HostName=IotHubDoFrota.azure-devices.net;DeviceId=DeviceCaminhoesBR01;SharedAccessKey=PikISoD+tkWkfbIlo/sDm17xHaGp5S+e++JBr73EYPY="; // expect: IOT1003

        private static async void SendDeviceToCloudMessagesAsync()
        {
            int maxLatitude = 180;
            int minLatitude = -180;
            int maxLongitude = 90;
            int minLongitude = -90;

            Random rand = new Random(); // expect: none

            while (true)
            {
                double currentLatitude = rand.Next(minLatitude, maxLatitude);
                double currentLongitude = rand.Next(minLongitude, maxLongitude);

                var telemetria = new
                {
                    latitude = currentLatitude,
                    longitude = currentLongitude,
                    deviceId = "Dispositivo01" // expect: none
                };

                var messageString = JsonConvert.SerializeObject(telemetria);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                await s_deviceClient.SendEventAsync(message).ConfigureAwait(false);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(10000).ConfigureAwait(false);
            }
        }

        private static void Main()
        {
            Console.WriteLine("IoT Hub Quickstarts - Simulated device. Ctrl-C to exit.\n");
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
