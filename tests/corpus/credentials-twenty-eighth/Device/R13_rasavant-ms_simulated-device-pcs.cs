// Real source: rasavant-ms/simulated-device-pcs SimulatedDevice.cs (cd27f6ef)
// Simulated device behind an IoT Edge transparent gateway (Remote Monitoring preconfigured solution test): installs the
// gateway's test root CA, then connects through the gateway with a device connection string that names it.
// Kept: the connection string with GatewayHostName in a static readonly field (key replaced, hub and gateway names changed),
// the root CA file import, System.Random telemetry.
// Changed: namespace made unique for this corpus (was simulated_device); the debug WriteLine and Sleep lines trimmed.
using System;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace SimulatedDevicePcs.simulated_device
{
    class SimulatedDevice
    {
        private static DeviceClient s_deviceClient = null!;

        private readonly static string s_connectionString = "HostName=pcsremote8dde8.azure-devices.net;DeviceId=RJDevice;SharedAccessKey=0ThBhOyAFe4jzbssWxMbyT4MlJf58YW8ISiFgVkOQVo=;GatewayHostName=gateway.contoso-plant.example"; // expect: IOT1003

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

                await s_deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(1000);
            }
        }

        private static void Main(string[] args)
        {
            Console.WriteLine("IoT Hub Quickstarts #1 - Simulated device. Ctrl-C to exit.\n");

            X509Store store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadWrite);
            store.Add(new X509Certificate2(X509Certificate2.CreateFromCertFile("certs/azure-iot-test-only.root.ca.cert.pem"))); // expect: none
            store.Close();

            s_deviceClient = DeviceClient.CreateFromConnectionString(s_connectionString, TransportType.Mqtt);
            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }
    }
}
