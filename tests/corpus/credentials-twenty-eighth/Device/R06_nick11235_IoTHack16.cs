// Real source: nick11235/IoTHack16 AzureIoTHub.cs (08bb8d0a)
// Raspberry Pi 3 ("nickpi3") on Windows 10 IoT Core, hackathon project: the Connected Service helper that sends
// device-to-cloud messages and polls cloud-to-device messages over HTTP.
// Kept: the device connection string in a const (key replaced), both helpers.
// Changed: the comment's iothub-explorer line held the hub's service key: masked here (<service key>); the static class is
// put in a namespace (two corpus files share the template's class name).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace IoTHack16
{
    static class AzureIoTHub
    {
        //
        // Note: this connection string is specific to the device "nickpi3". To configure other devices,
        // see information on iothub-explorer at http://aka.ms/iothubgetstartedVSCS
        //
        const string deviceConnectionString = "HostName=IoTHack16.azure-devices.net;DeviceId=nickpi3;SharedAccessKey=Zg2lHpnq/KFE9OCx3mhtDLnO7f66ROMVGWMpzx6p5ng="; // expect: IOT1003

        //
        // To monitor messages sent to device "nickpi3" use iothub-explorer as follows:
        //    iothub-explorer HostName=IoTHack16.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=<service key> monitor-events "nickpi3"
        //

        public static async Task SendDeviceToCloudMessageAsync(String str)
        {
            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Http1);
            var message = new Message(Encoding.ASCII.GetBytes(str));
            await deviceClient.SendEventAsync(message);
        }

        public static async Task<string> ReceiveCloudToDeviceMessageAsync()
        {
            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Http1);

            while (true)
            {
                var receivedMessage = await deviceClient.ReceiveAsync();

                if (receivedMessage != null)
                {
                    var messageData = Encoding.ASCII.GetString(receivedMessage.GetBytes());
                    await deviceClient.CompleteAsync(receivedMessage);
                    return messageData;
                }

                //  Note: In this sample, the polling interval is set to
                //  10 seconds to enable you to see messages as they are sent.
                await Task.Delay(TimeSpan.FromSeconds(10));
            }
        }
    }
}
