// Real source: DaveVoyles/IoT-NightLight IoTNightLight/AzureIoTHub.cs
// Also used: IoTNightLight/Globals.cs (command parsing, trimmed) and SendCloudToDevice/Program.cs (the console that
// sends cloud-to-device commands to the Raspberry Pi night light running Windows 10 IoT Core).
// Kept: the Connected Service's static AzureIoTHub class with its device connection string, send and receive loops,
// the ServiceClient sender. Changed: the original keys are replaced by invented ones of the same shape; the
// #if WINDOWS_UWP branch is a run-time switch here so that both connection strings stay in compiled code; the
// hallway unit's symmetric-key login is added.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace IoTNightLight
{
    static class AzureIoTHub
    {
        //
        // Note: this connection string is specific to the device "minwinpc". To configure other devices,
        // see information on iothub-explorer at http://aka.ms/iothubgetstartedVSCS
        //
        const string deviceConnectionString = "HostName=dv-iot-labs.azure-devices.net;DeviceId=minwinpc;SharedAccessKey=TRGeDplEcFUElSO9X4+QbFD+iseQyOjCwc3sR2o+zyY="; // expect: IOT1003

        // Desktop test harness (the same app built for x64 without a GPIO board).
        const string desktopSimConnectionString = "HostName=dv-iot-labs.azure-devices.net;DeviceId=desktop-sim;SharedAccessKey=<desktop-sim-device-key>"; // expect: IOT1006

        // Name of the hub's shared access policy the monitoring tools use; the key itself lives with the tools.
        public const string SasPolicyName = "iothubowner"; // expect: none

        public static bool IsDesktopHarness { get; set; }

        static DeviceClient CreateClient() =>
            DeviceClient.CreateFromConnectionString(IsDesktopHarness ? desktopSimConnectionString : deviceConnectionString, TransportType.Amqp);

        // The hallway night light was registered later and logs in with its own key.
        public static DeviceClient CreateHallwayClient() =>
            DeviceClient.Create("dv-iot-labs.azure-devices.net",
                new DeviceAuthenticationWithRegistrySymmetricKey("nightlight-hall", "No93kNFTedUAehAOgg4+BEfmwE1LnofTLlBjW6xfwBg=")); // expect: IOT1003

        public static async Task SendDeviceToCloudMessageAsync()
        {
            var deviceClient = CreateClient();
            var str = IsDesktopHarness ? "Hello, Cloud from a C# app!" : "Hello, Cloud from a UWP C# app!";
            var message = new Message(Encoding.ASCII.GetBytes(str));
            await deviceClient.SendEventAsync(message);
        }

        public static async Task<string> ReceiveCloudToDeviceMessageAsync()
        {
            var deviceClient = CreateClient();
            while (true)
            {
                var receivedMessage = await deviceClient.ReceiveAsync();
                if (receivedMessage != null)
                {
                    var messageData = Encoding.ASCII.GetString(receivedMessage.GetBytes());
                    await deviceClient.CompleteAsync(receivedMessage);
                    return messageData;
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    public static class Globals
    {
        public static event Action<string, int[]> CommandReceived;

        /// <summary>Interprets commands from the console app and relays them to the page.</summary>
        public static void ParseMsg(string msg)
        {
            List<int> listArgs = GetIntValList(msg);
            string[] firstWordInMsg = Regex.Split(msg, @"\s+");
            switch (firstWordInMsg[0])
            {
                case "tween":
                case "stop":
                case "temp":
                case "light":
                case "moisture":
                case "log":
                    CommandReceived?.Invoke(firstWordInMsg[0], listArgs.ToArray());
                    Debug.WriteLine(firstWordInMsg[0] + ": " + string.Join(" ", listArgs));
                    break;
            }
        }

        private static List<int> GetIntValList(string msg)
        {
            string[] numbers = Regex.Split(msg, @"\D");
            return (from value in numbers where !string.IsNullOrEmpty(value) select int.Parse(value)).ToList();
        }
    }
}

namespace SendCloudToDevice
{
    using Microsoft.Azure.Devices;

    class Program
    {
        static ServiceClient serviceClient;
        private static string connString = "HostName=dv-iot-labs.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=YixtrdAcVVVreQN/AiNyxtuTSjTdZQDhSFnrgB9IdbU="; // expect: IOT1003
        static string DeviceToReceiveMsg = "minwinpc"; // expect: none

        static void Main(string[] args)
        {
            Console.WriteLine("Send Cloud-to-Device message\n");
            serviceClient = ServiceClient.CreateFromConnectionString(connString);
            SendCloudToDeviceMessageAsync(args.Length > 0 ? args[0] : "light 40").Wait();
        }

        private async static Task SendCloudToDeviceMessageAsync(string command)
        {
            var commandMessage = new Microsoft.Azure.Devices.Message(Encoding.ASCII.GetBytes(command));
            await serviceClient.SendAsync(DeviceToReceiveMsg, commandMessage);
        }
    }
}
