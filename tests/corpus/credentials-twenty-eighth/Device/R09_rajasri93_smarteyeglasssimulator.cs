// Real source: rajasri93/smarteyeglasssimulator SimulatedDevice.cs (cbea85f9)
// Smart eyeglasses simulator (wearable): blink rate and eye-to-screen distance sent to Azure IoT Hub with alert properties.
// Kept: the device connection string in a const (key replaced, hub name changed), the System.Random readings and the alert
// thresholds.
// Changed: namespace made unique for this corpus (was simulatedDevice); commented-out template code dropped.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace SmartEyeglass.simulatedDevice
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        // The device connection string to authenticate the device with your IoT hub.
        private const string s_connectionString = "HostName=eyeglassfinaliothub.azure-devices.net;DeviceId=myOtherDevice;SharedAccessKey=Bem/wsD/oqbpyWmjDbDLDzR+iF8M2WLhFiO5/odJ2oo="; // expect: IOT1003

        private static async void SendDeviceToCloudMessagesAsync()
        {
            // blink rate
            int minBlinkRateThreshold = 1;
            int minBlinkRate = 9;

            // distance
            int minEyeDistanceThrehold = 20;
            int minEyeDistance = 30;

            Random rand = new Random(); // expect: none

            while (true)
            {
                int currentBlinkRate = minBlinkRateThreshold + rand.Next(0, 10);
                int currentEyeDistance = minEyeDistanceThrehold + rand.Next(0, 20);

                var sensorDataPoint = new { blinkRate = currentBlinkRate, eyeDistance = currentEyeDistance };
                var sensorDataPointString = JsonConvert.SerializeObject(sensorDataPoint);
                var sensorDataPointMessage = new Message(Encoding.ASCII.GetBytes(sensorDataPointString));

                sensorDataPointMessage.Properties.Add("blinkAlert", (currentBlinkRate < minBlinkRate) ? "true" : "false");
                sensorDataPointMessage.Properties.Add("eyeDistanceAlert", (currentEyeDistance < minEyeDistance) ? "true" : "false");

                await s_deviceClient.SendEventAsync(sensorDataPointMessage).ConfigureAwait(false);
                Console.WriteLine("Time: {0}: Sending data point: {1}", DateTime.Now, sensorDataPointString);

                await Task.Delay(1000).ConfigureAwait(false);
            }
        }

        private static void Main()
        {
            Console.WriteLine("Device simulation started. Please enter Ctrl-C to exit.\n");
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
