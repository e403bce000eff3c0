// Real source: Pempan/IoT-Projekt-Temperatursensor SimulatedDevice.cs (2790360c)
// Temperature sensor ("temperatursensor") school project sending simulated readings to Azure IoT Hub.
// Kept: the device connection string in a const (key replaced), System.Random readings, the temperatureAlert property.
// Added (invented, marked): a provisioning path for a replacement unit through the Device Provisioning Service, with the
// enrollment key held in a named constant and handed to SecurityProviderSymmetricKey.
// Changed: namespace made unique for this corpus (was simulatedDevice).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Newtonsoft.Json;

namespace Temperatursensor.simulatedDevice
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        // The device connection string to authenticate the device with your IoT hub.
        private const string s_connectionString = "HostName=Pams.azure-devices.net;DeviceId=min-nya-enhetId;SharedAccessKey=jmMkLPzTr1Ym1tOHENXyHAxO1aZ4N8aGFxRrneGX/eM="; // expect: IOT1003

        // Added: replacement unit provisioning (invented)
        private const string s_registrationId = "temp-sensor-spare-02"; // expect: none
        private const string s_enrollmentPrimaryKey = "1vDO6UoqVFt1EaFRoHW+UmpCjtoHVdR/P2Qo/KnPIm0="; // expect: IOT1001

        private static SecurityProviderSymmetricKey CreateSpareSecurity() =>
            new SecurityProviderSymmetricKey(s_registrationId, s_enrollmentPrimaryKey, null);

        private static async void SendDeviceToCloudMessagesAsync()
        {
            double minTemperature = 20;
            double minHumidity = 60;
            Random rand = new Random(); // expect: none

            while (true)
            {
                double currentTemperature = minTemperature + rand.NextDouble() * 15;
                double currentHumidity = minHumidity + rand.NextDouble() * 20;

                var telemetryDataPoint = new { temperature = currentTemperature, humidity = currentHumidity };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));
                message.Properties.Add("temperatureAlert", (currentTemperature > 30) ? "true" : "false");

                await s_deviceClient.SendEventAsync(message).ConfigureAwait(false);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(1000).ConfigureAwait(false);
            }
        }

        private static void Main()
        {
            Console.WriteLine("IoT Hub Quickstarts - Simulated device. Ctrl-C to exit.\n");
            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            Console.WriteLine($"Spare provisioning ready: {CreateSpareSecurity() != null}");
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
