// Azure IoT Hub / DPS clients of a gateway and its modules: connection strings built every way real code builds them.
#nullable enable
using System;
using System.Text;
using Microsoft.Azure.Devices.Client;
using Corpus.Gateway;

namespace Corpus.Gateway.Cloud
{
    internal static class AzureHubClients
    {
        private const string HubHost = "gh-prod-hub.azure-devices.net"; // expect: none
        private const string SensorKey = "SAWLAdsjBPLDay5HxwhlV/BXN6OKXIbQtLyMCNGI6VI="; // expect: IOT1001

        public static DeviceClient FromFormat()
        {
            var cs = string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", HubHost, "sensor-07", "ZRSZGE8rLEGdOf7jD3vMlinMGc5Gn0c7KIqcv4CnJJM="); // expect: IOT1003
            return DeviceClient.CreateFromConnectionString(cs);
        }

        public static DeviceClient FromSecretsClass()
        {
            // the key sits in Secrets.IotHubDeviceKey as a bare key: its shape alone does not say "IoT Hub"
            var cs = $"HostName={Secrets.IotHubHost};DeviceId={Secrets.IotHubDeviceId};SharedAccessKey={Secrets.IotHubDeviceKey}";
            return DeviceClient.CreateFromConnectionString(cs, TransportType.Mqtt);
        }

        public static DeviceClient FromConcatenation()
        {
            string cs = "HostName=" + HubHost + ";DeviceId=valve-02;" +
                        "SharedAccessKey=jaMlsg66E4QPrauHhNtsZpV9Gjpy4QHF0B9kmmuW3Bk="; // expect: IOT1003
            return DeviceClient.CreateFromConnectionString(cs);
        }

        public static DeviceClient FromSymmetricKey()
        {
            var auth = new DeviceAuthenticationWithRegistrySymmetricKey("sensor-09", SensorKey);
            return DeviceClient.Create(HubHost, auth);
        }

        public static DeviceClient FromInlineKey()
        {
            return DeviceClient.Create(HubHost, new DeviceAuthenticationWithRegistrySymmetricKey(deviceId: "pump-01", key: "tkC5qL0vX2gF8yQ1nB7mR4sD9wE6hJ3aK0pZ5uV2cI8=")); // expect: IOT1003
        }

        public static ModuleClient Module()
        {
            return ModuleClient.CreateFromConnectionString("HostName=gh-prod-hub.azure-devices.net;DeviceId=edge-01;ModuleId=climate;SharedAccessKey=Jx7bQ2mW9rT4vY1nK6pL3sF8hD0gZ5cA2eU7iO4qR1w="); // expect: IOT1003
        }

        public static IAuthenticationMethod ModuleAuth()
        {
            return new ModuleAuthenticationWithRegistrySymmetricKey("edge-01", "climate", "Qm5vX8zL2kP7tR3yW9nB4cF6hJ1dS0gA8eU5iO2qT7w="); // expect: IOT1003
        }

        public static void Provisioning()
        {
            var security = new Microsoft.Azure.Devices.Provisioning.Client.SecurityProviderSymmetricKey(
                "gh-gateway-01", // expect: none
                "Vb8nM3kL6pQ1rT9wX4zA7cF2hJ5dS0gE3uY8iO1qR6w=", // expect: IOT1003
                "Pn2xC7vB5mK9lQ4tR8wY3zA6cF1hJ0dS7gE2uI5oT9w="); // expect: IOT1003
            GC.KeepAlive(security);
        }

        public static void ProvisioningShared()
        {
            var security = new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey("gh-gateway-02", "<primary-key>", null!); // expect: IOT1006
            GC.KeepAlive(security);
        }

        public static void NanoClient()
        {
            var client = new nanoFramework.Azure.Devices.Client.DeviceClient(HubHost, "esp32-air", "Ak3Wq8Ze5Rx2Tc7Vb4Yn9Um1Io6Pl0KjHgFdSa3Qw8="); // expect: IOT1003
            GC.KeepAlive(client);
        }

        public static void NanoDps()
        {
            var dps = nanoFramework.Azure.Devices.Client.ProvisioningDeviceClient.Create("global.azure-devices-provisioning.net", "0ne00A1B2C3", "esp32-air", "Lp4Rt8Yu2Io6Pa9Sd3Fg7Hj1Kl5Zx0Cv8Bn2Mq4We7="); // expect: IOT1003
            GC.KeepAlive(dps);
        }

        public static DeviceClient FromEnvironment()
        {
            // injected at provisioning time: nothing hard-coded
            var cs = Environment.GetEnvironmentVariable("IOTHUB_DEVICE_CONNECTION_STRING") ?? throw new InvalidOperationException("IOTHUB_DEVICE_CONNECTION_STRING is not set"); // expect: none
            return DeviceClient.CreateFromConnectionString(cs);
        }

        public static string DescribeConnectionString(string cs)
        {
            // redacts the key before logging
            return System.Text.RegularExpressions.Regex.Replace(cs, "SharedAccessKey=[^;]+", "SharedAccessKey=***"); // expect: none
        }

        public static DeviceClient FromStringBuilder()
        {
            var sb = new StringBuilder();
            sb.Append("HostName=").Append(HubHost).Append(';');
            sb.Append("DeviceId=").Append("doser-03").Append(';');
            sb.Append("SharedAccessKey=").Append("Hq1Wz6Xe4Rc9Vt2Yb7Un5Im8Ok3Pl0JiUhYgTfRd6Es="); // expect: IOT1003
            return DeviceClient.CreateFromConnectionString(sb.ToString());
        }
    }
}
