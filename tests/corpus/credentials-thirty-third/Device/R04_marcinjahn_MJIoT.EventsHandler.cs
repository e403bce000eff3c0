// Real source: marcinjahn/MJIoT.EventsHandler IoTHubService.cs (8ee3f487)
// Domain: events handler of MJIoT, a home-made IoT platform: it forwards property changes between paired devices
// (sensors, relays, lamps) as Azure IoT Hub cloud-to-device messages and checks whether a device is online by invoking
// a direct method.
// Kept: the whole IoTHubService class, including the IoT Hub owner connection string written in the constructor. Its
// SharedAccessKey was the author's real working iothubowner key: REPLACED by a value generated with python `secrets` in
// the same shape (32 random bytes, base64). The hub name and policy name are kept as written. Added: the IotMessage
// stand-in (marked). ServiceClient, CloudToDeviceMethod and Message of the Azure IoT service SDK come from _Stubs.cs.
using System;
using System.Threading.Tasks;

using Microsoft.Azure.Devices;


namespace MjIot.EventsHandler
{
    public interface IIotService
    {
        Task SendToListenerAsync(IotMessage message);
        Task<Boolean> IsDeviceOnline(string deviceId);
    }

    public class IoTHubService : IIotService
    {
        public ServiceClient ServiceClient { get; set; }
        public string ConnectionString { get; set; }

        public IoTHubService()
        {
            ConnectionString = "HostName=MJIoT-Hub.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=T0/GVvedpo2hp7/SHBWt7a0xHuFxPhB5hB5eKF4mBnY="; // expect: IOT1003
            ServiceClient = Microsoft.Azure.Devices.ServiceClient.CreateFromConnectionString(ConnectionString);
        }

        public async Task SendToListenerAsync(IotMessage message)
        {
            var messageString = GenerateC2DMessage(message.PropertyName, message.PropertyValue);
            await SendC2DMessageAsync(message.ReceiverId, messageString);
        }

        public async Task<Boolean> IsDeviceOnline(string deviceId)
        {
            var methodInvocation = new CloudToDeviceMethod("conn") { ResponseTimeout = TimeSpan.FromSeconds(5) };
            CloudToDeviceMethodResult response;
            try
            {
                response = await ServiceClient.InvokeDeviceMethodAsync(deviceId, methodInvocation);
            }
            catch (Exception)
            {
                return false;
            }

            return true;
        }

        private async Task SendC2DMessageAsync(string deviceId, string message)
        {
            var messageObject = new Message(System.Text.Encoding.ASCII.GetBytes(message));
            await ServiceClient.SendAsync(deviceId, messageObject);
        }

        private string GenerateC2DMessage(string property, string value)
        {
            return @"{""PropertyName"":""" + property + @""",""PropertyValue"":""" + value + @"""}";
        }

    }

    // added: stand-in for the project's IotMessage.cs (not adapted)
    public class IotMessage
    {
        public string ReceiverId { get; set; } = string.Empty;
        public string PropertyName { get; set; } = string.Empty;
        public string PropertyValue { get; set; } = string.Empty;
    }
}
