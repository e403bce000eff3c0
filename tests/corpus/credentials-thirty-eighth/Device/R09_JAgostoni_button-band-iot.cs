// Real source: JAgostoni/button-band-iot DeviceSimulator/Program.cs (4693926a)
// Domain: wearable button band ("button band") that sends the colour of the pressed button to Azure IoT Hub.
// Kept: the hub host and the device-key template (kept as written: the author left a note instead of the key) in
// static fields handed to DeviceAuthenticationWithRegistrySymmetricKey, the one-message send. Renamed: namespace
// DeviceSimulator -> Corpus38.R09. Shimmed: DeviceClient.SendEventAsync (see _Stubs.cs).
#nullable enable
using Microsoft.Azure.Devices.Client;
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus38.R09
{
    class Program
    {
        static DeviceClient deviceClient = null!;
        static string IOT_HUB_URI = "jasoniot.azure-devices.net"; // expect: none
        static string DEVICE_KEY = "<Device Key...Ask Geoff>"; // expect: IOT1006

        static void Main(string[] args)
        {
            deviceClient = DeviceClient.Create(IOT_HUB_URI, new DeviceAuthenticationWithRegistrySymmetricKey("testdevice", DEVICE_KEY));
            SendMessage(deviceClient, "red").Wait();
        }

        public static async Task SendMessage(DeviceClient deviceClient, string color)
        {

            var message = new Message(Encoding.ASCII.GetBytes(color));
            await deviceClient.SendEventAsync(message);
            Thread.Sleep(1000);
        }
    }
}
