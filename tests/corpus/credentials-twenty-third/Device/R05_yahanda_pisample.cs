// Real source: https://github.com/yahanda/pisample/blob/3736f39238a488750cccf4654ee5a68f776bfbd9/Program.cs
// Raspberry Pi connected to Azure IoT Central through DPS with a symmetric key. Kept: the static ScopeID / DeviceID /
// PrimaryKey fields, SecurityProviderSymmetricKey -> ProvisioningDeviceClient.Create -> RegisterAsync ->
// DeviceAuthenticationWithRegistrySymmetricKey, the simulated telemetry, the reported "dieNumber", the desired-property
// acknowledgement and the direct method. Changed: the bench unit's real values replace the "{your ...}" templates
// (the secondary key is still the template), the direct method opens a remote support session.
using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using Microsoft.Azure.Devices.Shared;
using Newtonsoft.Json;

namespace pisample
{
    class Program
    {
        static string ScopeID = "0ne00B7F1C2"; // expect: none
        static string DeviceID = "pi-bench-03";
        static string PrimaryKey = "RGoIO7CjqfrA6AzA1ruAqJvvqJmCL9j42OR6J3wMoKI="; // expect: IOT1001
        static string SecondaryKey = "{your Device Secondary Key}"; // expect: IOT1006
        static string GlobalDeviceEndpoint = "global.azure-devices-provisioning.net"; // expect: none
        static DeviceClient Client = null;
        static TwinCollection reportedProperties = new TwinCollection();
        static CancellationTokenSource cts;
        static double baseTemperature = 60;
        static double basePressure = 500;
        static double baseHumidity = 50;
        static readonly Random rand = new Random();

        static async Task Main(string[] args)
        {
            Console.WriteLine("== Raspberry Pi Azure IoT Central example ==");
            try
            {
                var security = new Microsoft.Azure.Devices.Provisioning.Client.SecurityProviderSymmetricKey(DeviceID, PrimaryKey, SecondaryKey);
                DeviceRegistrationResult result = await RegisterDeviceAsync(security);
                if (result.Status != ProvisioningRegistrationStatusType.Assigned)
                {
                    Console.WriteLine("Failed to register device");
                    return;
                }
                IAuthenticationMethod auth = new DeviceAuthenticationWithRegistrySymmetricKey(result.DeviceId, security.GetPrimaryKey());
                Client = DeviceClient.Create(result.AssignedHub, auth);

                await SendDevicePropertiesAsync();
                await Client.SetDesiredPropertyUpdateCallbackAsync(HandleSettingChanged, null);

                cts = new CancellationTokenSource();
                Task task = SendTelemetryAsync(cts.Token);
                await Client.SetMethodHandlerAsync("startSupportSession", StartSupportSession, null);

                Console.ReadKey();
                cts.Cancel();
                await task;
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }
        }

        public static async Task<DeviceRegistrationResult> RegisterDeviceAsync(Microsoft.Azure.Devices.Provisioning.Client.SecurityProviderSymmetricKey security)
        {
            using (var transport = new ProvisioningTransportHandlerMqtt(TransportFallbackType.TcpOnly))
            {
                ProvisioningDeviceClient provClient = ProvisioningDeviceClient.Create(GlobalDeviceEndpoint, ScopeID, security, transport);
                Console.WriteLine($"RegistrationID = {security.GetRegistrationID()}");
                DeviceRegistrationResult result = await provClient.RegisterAsync();
                Console.WriteLine($"ProvisioningClient AssignedHub: {result.AssignedHub}; DeviceID: {result.DeviceId}");
                return result;
            }
        }

        public static async Task SendDevicePropertiesAsync()
        {
            Random random = new Random();
            reportedProperties["dieNumber"] = random.Next(1, 6); // expect: none
            Console.WriteLine(JsonConvert.SerializeObject(reportedProperties));
            await Client.UpdateReportedPropertiesAsync(reportedProperties);
        }

        private static async Task SendTelemetryAsync(CancellationToken token)
        {
            while (true)
            {
                double currentTemperature = baseTemperature + rand.NextDouble() * 20; // expect: none
                double currentPressure = basePressure + rand.NextDouble() * 100;
                double currentHumidity = baseHumidity + rand.NextDouble() * 20;

                var telemetryDataPoint = new { humidity = currentHumidity, pressure = currentPressure, temp = currentTemperature };
                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                token.ThrowIfCancellationRequested();
                await Client.SendEventAsync(message);
                await Task.Delay(1000);
            }
        }

        private static async Task HandleSettingChanged(TwinCollection desiredProperties, object userContext)
        {
            string setting = "fanSpeed";
            if (desiredProperties.Contains(setting))
            {
                reportedProperties[setting] = new { value = desiredProperties[setting], status = "completed", message = "Processed" };
            }
            await Client.UpdateReportedPropertiesAsync(reportedProperties);
        }

        // The support engineer types this token into the local web console on the Pi.
        private static Task<MethodResponse> StartSupportSession(MethodRequest methodRequest, object userContext)
        {
            var supportToken = rand.Next().ToString("X8"); // expect: IOT3005
            Console.WriteLine($"Support session opened, expires in 15 min");
            var body = Encoding.UTF8.GetBytes("{\"supportToken\":\"" + supportToken + "\"}");
            return Task.FromResult(new MethodResponse(body, 200));
        }
    }
}
