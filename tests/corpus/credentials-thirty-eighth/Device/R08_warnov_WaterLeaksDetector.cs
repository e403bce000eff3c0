// Real source: warnov/WaterLeaksDetector DeviceSimulator/Program.cs (61ca6b23)
// Domain: water-pipeline leak detector: a flow meter node ("RBPipelineMonitor") reporting flow and cumulative volume to
// Azure IoT Hub.
// Kept: the hub host, device id and device key in private consts handed to DeviceAuthenticationWithRegistrySymmetricKey,
// the simulated flow loop. Replaced: the real IoT Hub device key (python secrets, base64 of 32 bytes).
// Renamed: namespace DeviceSimulator -> Corpus38.R08. Shimmed: DeviceClient.SendEventAsync (see _Stubs.cs).
#nullable enable
using System;
using System.Text;
using System.Threading;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace Corpus38.R08
{
    class Program
    {
        static DeviceClient _deviceClient = null!;
        private const string IotHubUri = "pipelinemanager.azure-devices.net"; // expect: none
        private const string DeviceKey = "X9SMOUlnBHvQgh0PxK0ucguHozs+2JGWHddNWFK2+9k="; // expect: IOT1001
        private const string DeviceId = "RBPipelineMonitor"; // expect: none
        private static int _sum;

        static void Main()
        {
            Console.WriteLine("Simulated device\n");
            _deviceClient = DeviceClient.Create(IotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey(DeviceId, DeviceKey));

            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }

        private static async void SendDeviceToCloudMessagesAsync()
        {
            var rand = new Random();

            while (true)
            {
                var dev = rand.Next() % 2; // expect: none
                var flow = rand.NextDouble();
                _sum += 300 + rand.Next(0, 100);

                var telemetryDataPoint = new
                {
                    dev,
                    flow,
                    date = TimeSpan.FromTicks(DateTime.Now.Ticks - DateTime.Today.Ticks).TotalMilliseconds,
                    sum = _sum
                };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                await _deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                Thread.Sleep(1000);
            }
            // ReSharper disable once FunctionNeverReturns
        }
    }
}
