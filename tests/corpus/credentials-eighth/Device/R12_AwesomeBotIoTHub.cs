// Real source: faniereynders/Awesome-Demos AwesomeBot/AwesomeBot/AzureIoTHub.cs
// Adapted: the demo bot's IoT Hub helper, moved from the service side to the robot's device side (it now opens a
// DeviceClient). The connection string in the original comment is replaced by an invented one.
using System.Configuration;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;

namespace Corpus8.AwesomeBot
{
    static class AzureIoTHub
    {
        //
        // Note: this connection string is specific to the device "TestDevice". To configure other devices,
        // see information on iothub-explorer at http://aka.ms/iothubgetstartedVSCS
        //
        // To monitor messages sent to device "TestDevice" use iothub-explorer as follows:
        //    iothub-explorer HostName=awesome-hub.azure-devices.net;SharedAccessKeyName=service;SharedAccessKey=3icmvECgxnSfiHedSj25D8Ld4IR7jzSgGrhF9HgIGxo= monitor-events "TestDevice"
        //

        private const string DemoConnectionString =
            "HostName=awesome-hub.azure-devices.net;DeviceId=TestDevice;SharedAccessKey=XxsakKJYJpb0vnHUJPf7AxpcSdcEzHY+/+esHd2PgX4="; // expect: IOT1003

        private const string ConnectionStringSetting = "IoTHub:DeviceConnectionString"; // expect: none

        public static async Task SendMessageAsync(string message)
        {
            var deviceConnectionString = ConfigurationManager.AppSettings[ConnectionStringSetting];
            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Mqtt);
            var msg = new Message(Encoding.UTF8.GetBytes(message));
            await deviceClient.SendEventAsync(msg);
        }

        public static async Task SendDemoMessageAsync(string message)
        {
            var deviceClient = DeviceClient.CreateFromConnectionString(DemoConnectionString);
            await deviceClient.SendEventAsync(new Message(Encoding.UTF8.GetBytes(message)));
        }

        // The arm controller is a second device on the same hub.
        public static DeviceClient ArmClient(string hubHost) =>
            DeviceClient.CreateFromConnectionString(
                $"HostName={hubHost};DeviceId=awesome-arm;SharedAccessKey=oiGE5kiCnzy474s6xuE+cgjU0ZdqUABleiUPf57r6jg="); // expect: IOT1003

        public static DeviceClient TemplateClient() =>
            DeviceClient.CreateFromConnectionString("HostName=<hub>.azure-devices.net;DeviceId=<device>;SharedAccessKey=<device-key>"); // expect: IOT1006

        public static DeviceClient KeyClient(string hubHost) =>
            DeviceClient.Create(hubHost, new DeviceAuthenticationWithRegistrySymmetricKey("awesome-head", "tPzvghTAY3s6bEdDRbW61HqZrk7JpECp+gy3c6IpFCI=")); // expect: IOT1003

        // Pattern used to mask connection strings in the bot's logs.
        public const string KeyMaskPattern = "SharedAccessKey=[^;]+"; // expect: none
        public const string MaskedSample = "HostName=awesome-hub.azure-devices.net;DeviceId=TestDevice;SharedAccessKey=***"; // expect: none
    }

    static class BotExtras
    {
        public static DeviceClient Module() =>
            DeviceClient.CreateFromConnectionString(string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", "awesome-hub.azure-devices.net", "awesome-leg", "Qm3pVx8rT1nL6zK0wY4sB7cD9fH2jA5eG8iU1oR3tE6=")); // expect: IOT1003
        public const string SasTokenFormat = "SharedAccessSignature sr={0}&sig={1}&se={2}"; // expect: none
        public const string HubHostSetting = "IoTHub:HostName"; // expect: none
    }
}
