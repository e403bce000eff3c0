// Real source: AHijazi/temperature_monitor_iot AzureIoTHub.cs (1050d990)
// The Visual Studio "Connected Service for Azure IoT Hub" class of a Raspberry Pi temperature/pressure monitor.
// Kept: the device connection string constant (its key replaced by an invented base64 key of the same length), the
// AMQP client created from it, the anonymous telemetry object and the cloud-to-device receive loop. Left out: the
// comment that quoted the hub's service policy connection string. Added: the service policy name constant used by the
// monitoring note (none).
using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Newtonsoft.Json;

namespace TemperatureMonitorIot
{
    static class AzureIoTHub
    {
        //
        // Note: this connection string is specific to the device "myIoTdevidce". To configure other devices,
        // see information on iothub-explorer at http://aka.ms/iothubgetstartedVSCS
        //
        const string deviceConnectionString = "HostName=IoT-temperature1.azure-devices.net;DeviceId=myIoTdevidce;SharedAccessKey=MOw15LDlxRX+SWbxv7V9iOBCx/opjwKcH46z1JICzUc="; // expect: IOT1003

        // name of the hub's shared access policy used with iothub-explorer monitor-events
        const string MonitorPolicyName = "service"; // expect: none

        public static async Task SendDeviceToCloudMessageAsync(int reportnumber, float temp, float pressure)
        {
            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Amqp);
            int deviceId = 1;
            var resultobject = new
            {
                count = reportnumber,
                mDeviceId = deviceId,
                mTemprature = temp,
                mPressure = pressure
            };

            var reslutmessage = JsonConvert.SerializeObject(resultobject);
            var message = new Message(Encoding.ASCII.GetBytes(reslutmessage));

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

        public static string MonitorHint() => "iothub-explorer monitor-events myIoTdevidce --login policy " + MonitorPolicyName;
    }
}
