// Real source: TanishGuleria/Iot-Hub-Sender-Console-App-.Net Program.cs (06b805f6)
// IoT hub back-end sender: pushes a cloud-to-device message to the device "myFirstDevice".
// Kept: the service connection string in a static field (key replaced), ServiceClient.CreateFromConnectionString,
// the C2D send.
// Added (invented, marked): the target device and the repeat count read from the command line, with the original device
// id as the fallback, and a numbered payload.
// Changed: the Microsoft.Azure.Amqp using is dropped.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices;

namespace IotHubSender
{
    class Program
    {
        static ServiceClient serviceClient = null!;
        static string connectionString = "HostName=tsgiotdevice.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=s/e8eilc0dk2SHJHBt34BgXHL0UW+BkTPqhv9ZXMF3E="; // expect: IOT1003

        static void Main(string[] args)
        {
            Console.WriteLine("Send Cloud-to-Device message\n");
            serviceClient = ServiceClient.CreateFromConnectionString(connectionString);

            Console.WriteLine("Press any key to send a C2D message.");
            Console.ReadLine();
            SendCloudToDeviceMessageAsync().Wait();

            // Added (invented): target and count from the command line
            var target = args.Length > 0 ? args[0] : "myFirstDevice"; // expect: none
            var count = args.Length > 1 && int.TryParse(args[1], out var n) ? n : 1;
            for (int i = 1; i <= count; i++)
            {
                SendNumberedAsync(target, i).Wait();
            }
            Console.ReadLine();
        }

        private async static Task SendCloudToDeviceMessageAsync()
        {
            var commandMessage = new Message(Encoding.ASCII.GetBytes("Cloud to device message."));
            await serviceClient.SendAsync("myFirstDevice", commandMessage);
        }

        // Added (invented)
        private async static Task SendNumberedAsync(string target, int number)
        {
            var commandMessage = new Message(Encoding.ASCII.GetBytes($"Cloud to device message #{number}."));
            await serviceClient.SendAsync(target, commandMessage);
            Console.WriteLine($"Sent message #{number} to {target}");
        }
    }
}
