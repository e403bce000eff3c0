// Real source: aqua-developer/Azure-Aqua_IoT_Cloud_Example_Integration SimulatedDevice.cs (3eac673c)
// Aqua Robur's example of a simulated water-network sensor feeding their IoT cloud through Azure IoT Hub; device id,
// interval and value offset come from the command line.
// Kept: the connection string as the repository commits it, a sentence standing where the key would be; the message
// shape, the argument parsing, System.Random values.
// Changed: namespace made unique for this corpus (was simulated_device).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace AquaRobur.simulated_device
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        // TODO: Use per-device connection strings instead of using "mftest" for everything
        private readonly static string s_connectionString = "This key is available for interested customers, contact us at Aqua Robur"; // expect: IOT1006

        private static async void SendDeviceToCloudMessagesAsync(string deviceID, ushort intervalSecs, short valueOffset)
        {
            Console.WriteLine($"DeviceID:\t{deviceID}");
            Console.WriteLine($"Interval:\t{intervalSecs} seconds");
            Random rand = new Random(); // expect: none

            while (true)
            {
                double value = rand.NextDouble() * 15 + valueOffset;
                var telemetryDataPoint = new
                {
                    Type = "Sensor",
                    Ts = DateTime.Now.ToUniversalTime(),
                    Device_id = deviceID,
                    Io_id = 0,
                    Raw_value = value,
                    Value = value
                };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);
                await s_deviceClient.SendEventAsync(message);
                await Task.Delay(1000 * intervalSecs);
            }
        }

        private static void Main(string[] args)
        {
            Console.WriteLine("Simulated device. Press enter to exit.\n");
            string deviceID = "simulated";
            UInt16 intervalSecs = 1;
            Int16 valueOffset = 0;
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            if (args.Length > 0)
            {
                deviceID = args[0];
            }
            if (args.Length > 1)
            {
                UInt16.TryParse(args[1], out intervalSecs);
            }
            if (args.Length > 2)
            {
                Int16.TryParse(args[2], out valueOffset);
            }
            SendDeviceToCloudMessagesAsync(deviceID, intervalSecs, valueOffset);
            Console.ReadLine();
        }
    }
}
