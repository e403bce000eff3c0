// Real source: theborakompanioni/azure-docs.de-de includes/iot-hub-get-started-device-csharp.md
using System;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace TideGauge
{
    // Tide gauge at the harbour entrance: radar level sensor, sends water level to IoT Hub every second.
    // Started from the "simulated device" tutorial; the lab build still carries the tutorial's fields.
    class Program
    {
        static DeviceClient deviceClient;
        static string iotHubUri = "tidegauges.azure-devices.net";
        static string deviceKey = "{device key}"; // expect: IOT1006

        // Spare gauge on the north mole, registered by hand
        const string NorthMoleGaugeKey = "xXpMtOZPDX1M4VNOw74Ea9MdBNw1TZwTOhVuwDSTuKk="; // expect: IOT1001

        const string DeviceKeyEnvVar = "TIDE_GAUGE_DEVICE_KEY"; // expect: none
        const string SasKeyPattern = "SharedAccessKey=[^;]+"; // expect: none
        const string ConnectionStringTemplate = "HostName={0};DeviceId={1};SharedAccessKey={2}"; // expect: none

        static void Main(string[] args)
        {
            Console.WriteLine("Simulated device\n");
            deviceClient = DeviceClient.Create(iotHubUri, new DeviceAuthenticationWithRegistrySymmetricKey("tideLabGauge", deviceKey));

            var production = DeviceClient.Create(iotHubUri,
                new DeviceAuthenticationWithRegistrySymmetricKey("tide-gauge-07", "Uc8c3gfAYE3sNEZtZJQ+FzjOm9Av3OjHALVU9rPjNik=")); // expect: IOT1003

            var northMole = DeviceClient.Create(iotHubUri,
                new DeviceAuthenticationWithRegistrySymmetricKey("tide-gauge-09", NorthMoleGaugeKey));

            var fromEnvironment = Environment.GetEnvironmentVariable(DeviceKeyEnvVar);
            var provisioned = DeviceClient.Create(iotHubUri,
                new DeviceAuthenticationWithRegistrySymmetricKey("tide-gauge-11", fromEnvironment));

            SendDeviceToCloudMessagesAsync();
            Console.ReadLine();
        }

        private static async void SendDeviceToCloudMessagesAsync()
        {
            double avgLevel = 2.4; // m above chart datum
            Random rand = new Random();

            while (true)
            {
                double currentLevel = avgLevel + rand.NextDouble() * 0.4 - 0.2; // expect: none

                var telemetryDataPoint = new
                {
                    deviceId = "tideLabGauge",
                    waterLevel = currentLevel
                };
                var messageString = JsonSerializer.Serialize(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                await deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} > Sending message: {1}", DateTime.Now, messageString);

                await Task.Delay(1000);
            }
        }
    }

    static class HarbourAuthorityFeed
    {
        // Token the harbour authority issued for the gauge's HTTP fallback
        public static void UseSas(System.Net.Http.HttpClient http) =>
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization",
                "SharedAccessSignature sr=tidegauges.azure-devices.net%2Fdevices%2Ftide-gauge-07&sig=JP%2Bc6emOAqcziMmzMVEtq62y1A9qHmTDWiDZweeWTAo%3D&se=1767225600"); // expect: IOT1003

        public static string NewTwinRequestNonce()
        {
            var twinRequestNonce = new Random().Next().ToString("x"); // expect: IOT3005
            return twinRequestNonce;
        }

        public const string SasTemplate = "SharedAccessSignature sr={0}&sig={1}&se={2}"; // expect: none
    }
}
