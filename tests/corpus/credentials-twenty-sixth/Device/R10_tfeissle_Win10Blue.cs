// Real source: tfeissle/Win10Blue AzureIoTHub.cs (9b713778)
// Also used: StartupTask.cs (9b713778).
// "TrainSpotter": a Raspberry Pi on Windows 10 IoT Core reading RadBeacon BLE beacons and reporting them to Azure IoT
// Hub, with Visual Studio App Center analytics. Kept: the background task starting App Center with the app secret left
// as the template it ships with, the embedded-connection-string client, D2C send and C2D receive. Filled (said in
// LABELS.md): the device connection string, empty in the repository, with the Connected Service template whose key
// slot is a placeholder; the service connection string stays empty. The beacon reader and direct-method/twin handlers
// are left out.
using System;
using System.Collections.Generic;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.AppCenter;
using Microsoft.AppCenter.Analytics;
using Newtonsoft.Json;
using Windows.ApplicationModel.Background;

namespace TrainSpotter
{
    public class TrainSpotterMessage
    {
        public string Name { get; set; }
        public string Url { get; set; }
        public DateTime LastUpdate { get; set; }
    }

    public sealed class StartupTask : IBackgroundTask
    {
        private static BackgroundTaskDeferral _Deferral = null;

        public async void Run(IBackgroundTaskInstance taskInstance)
        {
            _Deferral = taskInstance.GetDeferral();

            AppCenter.LogLevel = LogLevel.Verbose;
            AppCenter.Start("xxxxxx-xxxxxxx", typeof(Analytics)); // expect: IOT1006

            await Analytics.SetEnabledAsync(true);

            Analytics.TrackEvent("Launch Beacon Watcher", new Dictionary<string, string> {
               { "Category", "Beacon" },
               { "Function", "StartupTask.Run"}
            });
        }
    }

    class AzureIoTHub
    {
        private static void CreateClient()
        {
            if (deviceClient == null)
            {
                // create Azure IoT Hub client from embedded connection string
                deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Mqtt);
                Analytics.TrackEvent("CreateClient", new Dictionary<string, string> {
                           { "deviceClient", "D2C:" + deviceClient.ToString() },
                           { "Function", "CreateClient"}
                        });
            }
        }

        static DeviceClient deviceClient = null;

        //
        // Note: this connection string is specific to the device
        // see information on iothub-explorer at http://aka.ms/iothubgetstartedVSCS
        //
        const string deviceConnectionString = "HostName=trainspotter.azure-devices.net;DeviceId=pi-blue;SharedAccessKey=<primary key of pi-blue>"; // expect: IOT1006
        private const string connectionString = ""; // expect: none

        public static async Task SendDeviceToCloudMessageAsync(TrainSpotterMessage trainData)
        {
            CreateClient();

            string json = JsonConvert.SerializeObject(trainData, Formatting.Indented);
            var message = new Message(Encoding.ASCII.GetBytes(json));

            await deviceClient.SendEventAsync(message);

            Analytics.TrackEvent("SendDeviceToCloudMessageAsync", new Dictionary<string, string> {
                           { "Category", "D2C:" + trainData.LastUpdate + ", " + trainData.Name + ", " + trainData.Url},
                           { "Function", "SendD2C"}
                        });
        }

        public static async Task<string> ReceiveCloudToDeviceMessageAsync()
        {
            CreateClient();

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
