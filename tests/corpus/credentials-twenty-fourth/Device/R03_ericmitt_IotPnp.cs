// Real source: https://github.com/ericmitt/IotPnp/blob/7f80cd20ac67147f01a718090f27846d4f48d1d1/SenseHat/SenseThermostat/Program.cs
// Raspberry Pi + Sense HAT thermostat publishing to Azure IoT Hub as an IoT Plug and Play device.
// Kept: the static deviceConnectionString field, the DTMI model id, the Sense HAT temperature loop, reported
// properties, the getMaxMinReport direct method and the targetTemperature desired-property callback.
// Changed: the original's empty connection string now holds the lab hub's device string (with its SharedAccessKey:
// IOT1003); the shared DeviceClient stub has no ClientOptions overload, so the model id is reported as a property.
// Added: the DPS path the README plans for: the id scope (none: a public identifier), the primary key written in
// place at SecurityProviderSymmetricKey (IOT1003) and a template left for the secondary key (IOT1006).
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Iot.Device.SenseHat;
using Microsoft.Azure.Devices.Shared;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using Newtonsoft.Json;
using TransportType = Microsoft.Azure.Devices.Client.TransportType;

namespace SenseThermostat
{
    class Program
    {
        private static string deviceConnectionString = "HostName=senselab-hub.azure-devices.net;DeviceId=sense-thermostat-01;SharedAccessKey=KXbd7kXk9FDrghmlfKBzX3qQK5xglhsKW59O5NMUYr4="; // expect: IOT1003

        public static string ModelId = "dtmi:com:example:Thermostat;1"; // expect: none
        private const string DpsIdScope = "0ne00A7F3C2"; // expect: none

        public static DeviceClient deviceClient = null;
        private static double pt_temperature = 0d;
        private static double min_temperature = 0d;
        private static double max_temperature = 0d;
        private static double sumTemperature = 0d;
        private static long numbermeasure = 0L;
        private static DateTime startTime = DateTime.Now;

        static void Main(string[] args)
        {
            ConnectToHub();

            while (true)
            {
                SenseHatPressureAndTemperature pt = new();
                pt_temperature = pt.Temperature.DegreesCelsius;
                Console.WriteLine("Temp = " + pt_temperature);
                SendTelemetry(pt_temperature);

                if (pt_temperature > max_temperature)
                {
                    max_temperature = pt_temperature;
                    _ = UpdateReadOnlyProperties();
                }
                if (pt_temperature < min_temperature) min_temperature = pt_temperature;

                sumTemperature += pt_temperature;
                numbermeasure++;

                Thread.Sleep(3000);
            }
        }

        // Planned in the README: provision through DPS instead of the fixed connection string.
        private static async Task<DeviceClient> ProvisionAsync()
        {
            var security = new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey("sense-thermostat-01", "UEfGALedHLZPPeqND9roxlh/3JBJy0doCS7hDIp9DDg=", "<dps-secondary-key>"); // expect: IOT1003 IOT1006
            var transport = new ProvisioningTransportHandlerMqtt();
            var provisioningClient = ProvisioningDeviceClient.Create("global.azure-devices-provisioning.net", DpsIdScope, security, transport);
            DeviceRegistrationResult result = await provisioningClient.RegisterAsync();
            var auth = new DeviceAuthenticationWithRegistrySymmetricKey(result.DeviceId, security.GetPrimaryKey());
            return DeviceClient.Create(result.AssignedHub, auth);
        }

        private static async Task UpdateReadOnlyProperties()
        {
            const string propertyName = "maxTempSinceLastReboot";
            var reportedProperties = new TwinCollection();
            reportedProperties[propertyName] = max_temperature;
            await deviceClient.UpdateReportedPropertiesAsync(reportedProperties);
        }

        private async static void SendTelemetry(double temperature)
        {
            string telemetryName = "temperature";
            string telemetryPayload = $"{{ \"{telemetryName}\": {temperature} }}";
            var message = new Message(Encoding.UTF8.GetBytes(telemetryPayload))
            {
                ContentEncoding = "utf-8",
                ContentType = "application/json",
            };

            await deviceClient.SendEventAsync(message);
        }

        private async static void ConnectToHub()
        {
            deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Mqtt);
            deviceClient.SetConnectionStatusChangesHandler((status, reason) =>
            {
                Console.WriteLine($"Connection status change registered - status={status}, reason={reason}.");
            });

            var modelProperty = new TwinCollection();
            modelProperty["modelId"] = ModelId;
            await deviceClient.UpdateReportedPropertiesAsync(modelProperty);

            await deviceClient.SetDesiredPropertyUpdateCallbackAsync(TargetTemperatureUpdateCallbackAsync, deviceClient);
            await deviceClient.SetMethodHandlerAsync("getMaxMinReport", HandleMaxMinReportCommand, deviceClient);
        }

        private static Task<MethodResponse> HandleMaxMinReportCommand(MethodRequest request, object userContext)
        {
            Console.WriteLine("MaxMinReport Command received");

            var report = new
            {
                maxTemp = max_temperature,
                minTemp = min_temperature,
                avgTemp = sumTemperature / numbermeasure,
                startTime = startTime,
                endTime = DateTime.Now,
            };

            byte[] responsePayload = Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(report));
            return Task.FromResult(new MethodResponse(responsePayload, (int)StatusCode.Completed));
        }

        internal enum StatusCode
        {
            Completed = 200,
            InProgress = 202,
            NotFound = 404,
            BadRequest = 400
        }

        private static async Task TargetTemperatureUpdateCallbackAsync(TwinCollection desiredProperties, object userContext)
        {
            const string propertyName = "targetTemperature";

            Console.WriteLine($"Property: Received - {{ \"{propertyName}\": {desiredProperties[propertyName]}°C }}.");

            string jsonPropertyPending = $"{{ \"{propertyName}\": {{ \"value\": {pt_temperature}, \"ac\": {(int)StatusCode.InProgress}, " +
                $"\"av\": {desiredProperties.Version} }} }}";
            var reportedPropertyPending = new TwinCollection(jsonPropertyPending);
            await deviceClient.UpdateReportedPropertiesAsync(reportedPropertyPending);

            string jsonProperty = $"{{ \"{propertyName}\": {{ \"value\": {pt_temperature}, \"ac\": {(int)StatusCode.Completed}, " +
                $"\"av\": {desiredProperties.Version}, \"ad\": \"Successfully updated target temperature\" }} }}";
            var reportedProperty = new TwinCollection(jsonProperty);
            await deviceClient.UpdateReportedPropertiesAsync(reportedProperty);
            Console.WriteLine($"Property: Update - {{\"{propertyName}\": {pt_temperature}°C }} is {StatusCode.Completed}.");
        }
    }
}
