// Real source: damienbod/AzureIoTHubDps SimulateAzureIoTDevice/Program.cs (280c00cf99942027f13b92edc163caf60bb80308)
// Domain: simulated temperature / humidity measurement device authenticating to Azure IoT Hub with an X.509 device
// certificate issued through DPS. Kept: the hub host name, the PEM certificate and EC key read from files, the
// DeviceAuthenticationWithX509Certificate client, the commented-out PFX variant (its password, a real value of the
// author's test certificate, REPLACED by a value generated with python `secrets` in the same shape), System.Random for
// simulated readings, the telemetry loop. Trimmed: the CertificateManager DI round trip (PemExportPfxFullCertificate /
// PemImportCertificate), reported properties. Changed: DeviceClient.Create(host, auth, transport) became the shared
// stub's Create(host, auth); `Path.GetDirectoryName(Assembly...)` became AppContext.BaseDirectory.
using System;
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace SimulateAzureIoTDevice
{
    class Program
    {
        static readonly string _pathToCerts = Path.Combine(AppContext.BaseDirectory, "Certs") + Path.DirectorySeparatorChar;

        // Define the device
        private static readonly string iotHubUrl = "damienbod-iothub.azure-devices.net"; // expect: none

        private const int TEMPERATURE_THRESHOLD = 30;
        private static readonly int MESSAGE_COUNT = 5;
        private static readonly Random rnd = new();
        private static float temperature;
        private static float humidity;

        static void Main(string[] args)
        {
            try
            {
                var deviceNamePem = "final-measurement";

                var certPem = File.ReadAllText($"{_pathToCerts}{deviceNamePem}-public.pem");
                var eccPem = File.ReadAllText($"{_pathToCerts}{deviceNamePem}-private.pem");
                var cert = X509Certificate2.CreateFromPem(certPem, eccPem); // expect: none

                //var passwordPfx = "7ZUoUqlGLO+E6RpEZi8mEwFuWQFwZaoe6adf4Z7n"; // expect: none
                //var deviceNamePfx = "de5"; // "testdevice01";
                //var certTestdevicePfx = new X509Certificate2($"{_pathToCerts}{deviceNamePfx}.pfx", passwordPfx);

                var auth = new DeviceAuthenticationWithX509Certificate(deviceNamePem, cert);
                var deviceClient = DeviceClient.Create(iotHubUrl, auth);

                if (deviceClient == null)
                {
                    Console.WriteLine("Failed to create DeviceClient!");
                }
                else
                {
                    Console.WriteLine("Successfully created DeviceClient!");
                    SendEvent(deviceClient).Wait();
                }

                Console.WriteLine("Exiting...\n");
            }
            catch (Exception ex)
            {
                Console.WriteLine("Error in sample: {0}", ex.Message);
            }
        }

        static async Task SendEvent(DeviceClient deviceClient)
        {
            var deviceName = "simi1";
            string dataBuffer;
            Console.WriteLine("Device sending {0} messages to IoTHub...\n", MESSAGE_COUNT);

            for (int count = 0; count < MESSAGE_COUNT; count++)
            {
                temperature = rnd.Next(20, 35); // expect: none
                humidity = rnd.Next(60, 80);
                dataBuffer = string.Format("{{\"deviceId\":\"{0}\",\"messageId\":{1},\"temperature\":{2},\"humidity\":{3}}}", deviceName, count, temperature, humidity);
                var eventMessage = new Message(Encoding.UTF8.GetBytes(dataBuffer));
                eventMessage.Properties.Add("temperatureAlert", (temperature > TEMPERATURE_THRESHOLD) ? "true" : "false");
                Console.WriteLine("\t{0}> Sending message: {1}, Data: [{2}]", DateTime.Now.ToLocalTime(), count, dataBuffer);

                try
                {
                    await deviceClient.SendEventAsync(eventMessage);
                }
                catch (Exception ex)
                {
                    Console.WriteLine("Error in SendEventAsync: {0}", ex.Message);
                }
            }
        }
    }
}
