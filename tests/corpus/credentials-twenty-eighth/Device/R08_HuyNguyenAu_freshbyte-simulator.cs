// Real source: HuyNguyenAu/freshbyte-simulator SimulatedDevice.cs (d855b49b)
// Produce-freshness tracker simulator (cold-chain crate: temperature, humidity, O2/CO2, ethylene, shelf life, position)
// sending to Azure IoT Hub every five seconds.
// Kept: the device connection string in a static readonly field (key replaced, hub name changed), System.Random readings.
// Changed: namespace made unique for this corpus (was simulated_device).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace FreshByte.simulated_device
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        // The device connection string to authenticate the device with your IoT hub.
        private readonly static string s_connectionString = "HostName=freshbyte-iot-hub.azure-devices.net;DeviceId=testdevice;SharedAccessKey=NtDWA3PO0pTZ2Y2BXDUfi4jJ0bnkGoNhTpnxwKcLqko="; // expect: IOT1003

        private static async void SendDeviceToCloudMessagesAsync()
        {
            Random random = new Random(); // expect: none

            while (true)
            {
                object data = new
                {
                    Temp = random.Next(),
                    Humidity = random.Next(),
                    O2 = random.Next(),
                    CO2 = random.Next(),
                    Accel = random.Next(),
                    ShelfLife = random.Next(),
                    Ethylene = random.Next(),
                    Lon = random.Next(),
                    Lat = random.Next()
                };
                String messageString = JsonConvert.SerializeObject(data);
                Message message = new Message(Encoding.ASCII.GetBytes(messageString));

                await s_deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(5000);
            }
        }

        private static void Main(string[] args)
        {
            Console.WriteLine("IoT Hub Quickstarts #1 - Simulated device. Ctrl-C to exit.\n");
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
