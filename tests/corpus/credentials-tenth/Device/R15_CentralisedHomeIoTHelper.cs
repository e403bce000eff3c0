// Real source: ManfrediSoldano/IoT-Centralised-Home IoTDemo/IoTDemo/IoTHelper.cs
// Domain: home hub (Windows IoT) forwarding room temperatures to IoT Hub.
// Kept: the static iotHubUri/deviceId/deviceKey fields with the original's prose placeholders, the per-call
// DeviceClient.Create with a registry symmetric key, the temperature message.
// Changed: AuthenticationMethodFactory.CreateAuthenticationWithRegistrySymmetricKey(deviceId, deviceKey) is
// written as the DeviceAuthenticationWithRegistrySymmetricKey it returns, and the Http1 transport argument is left
// out (stub surface). Added (marked): the hall sensor's device with its key written in place, the garage
// sensor's connection string, and the
// certificate-based connection string kept for the next release.
using System;
using System.Text;
using Microsoft.Azure.Devices.Client;

namespace IoTDemo
{
    class IoTHelper
    {
        static string iotHubUri = "HUb uri"; // expect: none
        static string deviceId = "MyDevice";
        static string deviceKey = "Device key taken from the node.js script"; // expect: IOT1006

        public Message message = new Message(new byte[0]);

        public IoTHelper()
        {

        }

        public async void SendDeviceToCloudMessagesAsync(double temp)
        {


            var deviceClient = DeviceClient.Create(iotHubUri,
                new DeviceAuthenticationWithRegistrySymmetricKey(deviceId, deviceKey));

            var str = temp.ToString();
            var message = new Message(Encoding.ASCII.GetBytes(str));

            await deviceClient.SendEventAsync(message);
        }

        // Added: the hall sensor registered as its own device.
        public async void SendHallTemperatureAsync(double temp)
        {
            var hallClient = DeviceClient.Create("centralised-home.azure-devices.net",
                new DeviceAuthenticationWithRegistrySymmetricKey("hall-sensor", "45FdlVZAI7ZXvUGACE5W47ymO9A47+8OQpxBXycANoU=")); // expect: IOT1003

            await hallClient.SendEventAsync(new Message(Encoding.ASCII.GetBytes(temp.ToString())));
        }

        // Added: the garage sensor, created from its connection string.
        public static DeviceClient GarageClient() =>
            DeviceClient.CreateFromConnectionString("HostName=centralised-home.azure-devices.net;DeviceId=garage-sensor;SharedAccessKey=iGVTa+qYWNGNmts0TQCzJxp3fQvHHohdidhz4rEb8kM="); // expect: IOT1003

        // Added: next release moves to X.509; no key in this string.
        const string X509ConnectionString = "HostName=centralised-home.azure-devices.net;DeviceId=hall-sensor;x509=true"; // expect: none
        const string DeviceKeyDocs = "Copy the primary key from Devices > hall-sensor in the portal"; // expect: none
    }
}
