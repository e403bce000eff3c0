// Real source: cschyma/azure-iothub-device-simulation-dotnet AzureIoTHub.cs (7625c811)
// Device simulation helper (Connected Service for Azure IoT Hub template, UWP and desktop builds).
// Kept: the connection string as the repository commits it, a template with {hub} and {SAS} left to be filled in; the
// send and receive helpers.
// Changed: the comment's iothub-explorer line held a real service key: masked here (<service key>); the static class is
// put in a namespace (two corpus files share the template's class name); the #if WINDOWS_UWP greeting is kept.
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace AzureIoTHubDeviceSimulation
{
    static class AzureIoTHub
    {
        //
        // Note: this connection string is specific to the device "myDotnetDevice". To configure other devices,
        // see information on iothub-explorer at http://aka.ms/iothubgetstartedVSCS
        //
        const string deviceConnectionString = "HostName={hub}.azure-devices.net;DeviceId=myDotnetDevice;SharedAccessKey={SAS}"; // expect: IOT1006

        //
        // To monitor messages sent to device "myDotnetDevice" use iothub-explorer as follows:
        //    iothub-explorer HostName=rviothub12052016.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=<service key> monitor-events "myDotnetDevice"
        //

        public static async Task SendDeviceToCloudMessageAsync()
        {
            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Amqp);

#if WINDOWS_UWP
            var str = "Hello, Cloud from a UWP C# app!";
#else
            var str = "Hello, Cloud from a C# app!";
#endif
            var message = new Message(Encoding.ASCII.GetBytes(str));

            await deviceClient.SendEventAsync(message);
        }

        public static async Task<string> ReceiveCloudToDeviceMessageAsync()
        {
            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Amqp);

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
}
