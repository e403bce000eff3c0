// Real source: daisukei777/DeviceSimulator CreateDeviceIdentity/Program.cs
// Kept: the iothubowner connection string with its SharedAccessKey (key replaced by a freshly generated one), the
// unused iotHubUri / deviceKey fields with the original's template texts ("IoT HuB URI", "DEVICE KEY"),
// RegistryManager.CreateFromConnectionString, AddDeviceAsync with the DeviceAlreadyExistsException fallback.
// Changed: domain turned into registering ferry ticket gates; device id. Added: the gate list, the gate's device
// connection string left with a <device-key> template, and a NotSecrets class.
using System;
using System.Threading.Tasks;
using Microsoft.Azure.Devices;
using Microsoft.Azure.Devices.Common.Exceptions;

namespace FerryGateRegistry
{
    class Program
    {
        static string iotHubUri = "IoT HuB URI"; // expect: none
        static string deviceKey = "DEVICE KEY"; // expect: none

        static RegistryManager registryManager;
        static string connectionString = "HostName=DskIoTHub2.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=jMmhu/tFOEmDPDGzutm5uEQPw9Rx61TZBNqwAwMSoGo="; // expect: IOT1003

        static readonly string[] Gates = { "pier2-gate-a", "pier2-gate-b" }; // Added
        const string GateConnection = "HostName=DskIoTHub2.azure-devices.net;DeviceId=pier2-gate-a;SharedAccessKey=<device-key>"; // Added // expect: IOT1006

        static void Main(string[] args)
        {
            registryManager = RegistryManager.CreateFromConnectionString(connectionString);
            AddDeviceAsync().Wait();
            var gate = Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString(GateConnection); // Added
            Console.ReadLine();
        }

        private static async Task AddDeviceAsync()
        {
            string deviceId = "myFirstDevice";
            Device device;
            try
            {
                device = await registryManager.AddDeviceAsync(new Device(deviceId));
            }
            catch (DeviceAlreadyExistsException)
            {
                device = await registryManager.GetDeviceAsync(deviceId);
            }
            Console.WriteLine("Generated device key: {0}", device.Authentication.SymmetricKey.PrimaryKey); // expect: none
        }
    }

    static class NotSecrets_R02 // Added
    {
        public const string HubConnectionSetting = "Registry:ConnectionString"; // expect: none
        public const string MaskedConnection = "HostName=DskIoTHub2.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=***"; // expect: none
        public const string KeyPattern = "SharedAccessKey=[^;]+"; // expect: none
    }
}
