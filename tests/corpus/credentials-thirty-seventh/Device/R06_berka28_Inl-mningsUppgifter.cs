// Real source: berka28/Inl-mningsUppgifter Uppgift3_iothubb/Program.cs (d899bec2aad58dfea097c71b2cf8b68603f7cc3b),
//              SharedLibraries/Services/DeviceService.cs (d899bec2aad58dfea097c71b2cf8b68603f7cc3b)
// Domain: console device app of an IoT course assignment: simulated temperature / humidity sensor on Azure IoT Hub that
//         sends telemetry every minute and prints cloud-to-device messages.
// Kept: Program (connection string field, DeviceClient over MQTT, Main), DeviceService.SendMessageAsync and
//       ReceiveMessageAsync.
// Added: a stand-in for the project's TemperatureModel, which was not read.
// Trimmed: DeviceService.SendMessageToDeviceAsync (service-side ServiceClient) and the Azure Functions project.
// Replaced: the IoT Hub device key (base64, 32 bytes, in the SharedAccessKey= slot) was a real working secret; it is a
//           generated value of the same shape.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;
using SharedLibraries.Models;
using SharedLibraries.Services;

namespace SharedLibraries.Models
{
    // added: stand-in for the project's model
    public class TemperatureModel
    {
        public int Temperature { get; set; }
        public int Humidity { get; set; }
    }
}

namespace SharedLibraries.Services
{
    public static class DeviceService
    {

        private static readonly Random rnd = new Random();

        public static async Task SendMessageAsync(DeviceClient deviceClient)
        {
            while (true)
            {
                var data = new TemperatureModel
                {
                    Temperature = rnd.Next(40), // expect: none
                    Humidity = rnd.Next(30, 80)
                };

                var json = JsonConvert.SerializeObject(data);

                var payload = new Message(Encoding.UTF8.GetBytes(json));
                await deviceClient.SendEventAsync(payload);

                Console.WriteLine($"Message sent: {json}");
                await Task.Delay(60 * 1000);
            }
        }

        public static async Task ReceiveMessageAsync(DeviceClient deviceClient)
        {
            while (true)
            {
                var payload = await deviceClient.ReceiveAsync();

                if (payload == null)
                    continue;

                Console.WriteLine($"Message Received: { Encoding.UTF8.GetString(payload.GetBytes())}");

                await deviceClient.CompleteAsync(payload);

            }
        }
    }
}

namespace Uppgift3_iothubb
{
    class Program
    {
        private static readonly string _conn = "HostName=EC-WIN20-MB-IoT-hubb-1.azure-devices.net;DeviceId=ConsoleApp;SharedAccessKey=goBVpq67X2s5G6BF1q/e7lDeDt2lG7ItioOjMPe4o4I="; // expect: IOT1003
        private static readonly DeviceClient deviceClient = DeviceClient.CreateFromConnectionString(_conn, TransportType.Mqtt);

        static void Main(string[] args)
        {
            DeviceService.SendMessageAsync(deviceClient).GetAwaiter();
            DeviceService.ReceiveMessageAsync(deviceClient).GetAwaiter();

            Console.ReadKey();
        }
    }
}
