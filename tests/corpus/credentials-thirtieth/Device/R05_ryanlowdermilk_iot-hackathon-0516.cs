// Real source: ryanlowdermilk/iot-hackathon-0516 hackathontrap/StartupTask.cs (ab86881b)
// Domain: Windows 10 IoT Core background app of a hackathon's sensor "trap" device, sending temperature and humidity to Azure IoT Hub.
// Kept: the startup task as written: device id, device key and hub host in locals, DeviceAuthenticationWithRegistrySymmetricKey,
//   IotHubConnectionStringBuilder, DeviceClient.CreateFromConnectionString with a connection string written in place, the send loop.
// Changed: the device key (written twice, in the local and in the connection string) is replaced by one invented base64 key of
//   the same shape (32 bytes); hub and device names kept.
// Shims: WinRT background-task types, IotHubConnectionStringBuilder, Message, SendEventAsync (an extension method: the shared
//   DeviceClient stub is not partial) and Newtonsoft's JsonConvert are in _Stubs.cs.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Net.Http;
using Windows.ApplicationModel.Background;
using System.Threading.Tasks;
using System.Threading;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

// The Background Application template is documented at http://go.microsoft.com/fwlink/?LinkID=533884&clcid=0x409

namespace hackathontrap
{
    public sealed class StartupTask : IBackgroundTask
    {
        private BackgroundTaskDeferral _deferral;
        public void Run(IBackgroundTaskInstance taskInstance)
        {
            _deferral = taskInstance.GetDeferral();
            var cts = new CancellationTokenSource();
            var taskSending = TelemetrySendLoop(cts.Token);
        }

        static async Task TelemetrySendLoop(CancellationToken ct)
        {
            try
            {
                // Get DeviceId,DeviceKey & IoTHubHostName from config.
                var DeviceId = "hackathontrap"; // expect: none
                var DeviceKey = "EWKZvWkWXQiiMElnbgEGNhCJmik9eChJYKK6aSnhopo="; // expect: IOT1001
                var IoTHubHostName = "iothubhackathon.azure-devices.net";
                
                // Generate the symmetric key
                var authMethod = new DeviceAuthenticationWithRegistrySymmetricKey(DeviceId, DeviceKey);

                // Build the connection string
                var connecitonString = IotHubConnectionStringBuilder.Create(IoTHubHostName, authMethod).ToString();
                var Deviceclient = DeviceClient.CreateFromConnectionString("HostName=iothubhackathon.azure-devices.net;DeviceId=hackathontrap;SharedAccessKey=EWKZvWkWXQiiMElnbgEGNhCJmik9eChJYKK6aSnhopo=", TransportType.Http1); // expect: IOT1003

                while (!ct.IsCancellationRequested)
                {

                    var messageObject = new
                    {
                        DeviceID = DeviceId,
                        Temperature = 34.2,
                        ExternalTemperature = 38.7,
                        Humidity = 37.7
                    };

                    // to Json
                    var messageJson = JsonConvert.SerializeObject(messageObject);
                    // to device message
                    var message = new Message(Encoding.UTF8.GetBytes(messageJson));

                    await Deviceclient.SendEventAsync(message);
                    await Task.Delay(200);
                }
            }
            catch (Exception ex)
            {
                var message = ex.Message;
            }
        }
    }
}
