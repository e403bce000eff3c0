// Real source: mail4hafij/iot-hub-dps-symetric-key DeviceSimulator/Program.cs (fcf64b36)
// Domain: door-opening device simulator provisioned through Azure DPS with an enrollment group: it derives its own key
// from the group key (HMAC-SHA256 of the registration id), registers, then answers an "OpenDevice" direct method.
// Kept: the template constants for the id scope, endpoint and the group's primary / secondary keys (kept as written),
// the derived-key helper over HMACSHA256, registration, the twin read and the telemetry loop. Renamed: namespace DPS ->
// Corpus38.R07. Changed: SecurityProviderSymmetricKey is taken through a using alias (the stubs declare the type in two
// namespaces, both imported here); the twin value is cast from object; the SecurityProvider is not disposed (the shared
// stub is not IDisposable); DeviceClient.Create without its TransportType.Mqtt argument (the shared stub takes host
// and authentication only). Shimmed: GetPrimaryKey, GetTwinAsync, SetMethodHandlerAsync (see _Stubs.cs).
#nullable enable
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using Microsoft.Azure.Devices.Shared;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using SecurityProviderSymmetricKey = Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey;

namespace Corpus38.R07
{
    class Program
    {
        private static string s_idScope = "DPS_ID_SCOPE"; // expect: none
        private const string GlobalDeviceEndpoint = "DPS_GLOBAL_DEVICE_ENDPOINT"; // expect: none
        private const string enrollmentGroupPrimaryKey = "GROUP_ENROLLMENT_PRIMARY_KEY"; // expect: IOT1006
        private const string enrollmentGroupSecondaryKey = "GROUP_ENROLLMENT_SECONDARY_KEY"; // expect: IOT1006
        private static string s_registrationID = "will-become-device-id-123"; // expect: none

        private static DeviceClient _deviceClient = null!;
        // Default telemetry delay 10 sec.
        private static int _telemetryDelay = 10;

        public static async Task Main(string[] args)
        {
            string primaryKey = ComputeDerivedSymmetricKey(Convert.FromBase64String(enrollmentGroupPrimaryKey), s_registrationID);
            string secondaryKey = ComputeDerivedSymmetricKey(Convert.FromBase64String(enrollmentGroupSecondaryKey), s_registrationID);

            var security = new SecurityProviderSymmetricKey(s_registrationID, primaryKey, secondaryKey); // expect: none
            using (var transport = new ProvisioningTransportHandlerAmqp(TransportFallbackType.TcpOnly))
            {
                ProvisioningDeviceClient provClient = ProvisioningDeviceClient.Create(GlobalDeviceEndpoint, s_idScope, security, transport);
                DeviceRegistrationResult result = await provClient.RegisterAsync();

                Console.WriteLine($"Registration status: {result.Status}.");
                if (result.Status != ProvisioningRegistrationStatusType.Assigned)
                {
                    Console.WriteLine($"Registration status did not assign a hub, so exiting this sample.");
                    return;
                }
                Console.WriteLine($"Device {result.DeviceId} registered to {result.AssignedHub}.");

                Console.WriteLine("Creating symmetric key authentication for IoT Hub...");
                IAuthenticationMethod auth = new DeviceAuthenticationWithRegistrySymmetricKey(
                    result.DeviceId,
                    security.GetPrimaryKey());

                Console.WriteLine("Connecting to hub");
                _deviceClient = DeviceClient.Create(result.AssignedHub, auth);
                Console.WriteLine("Connection established");

                // Read device twin properties to do initial setup
                InitialSetupFromDeviceTwin();

                // Registering direct methods
                await _deviceClient.SetMethodHandlerAsync("OpenDevice", OpenDevice, null);

                // Send some telemetry data to iothub
                SendDeviceToCloudMessagesAsync();

                Console.ReadLine();

            }
        }

        public static string ComputeDerivedSymmetricKey(byte[] masterKey, string s_registrationID)
        {
            using (var hmac = new HMACSHA256(masterKey))
            {
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(s_registrationID)));
            }
        }


        private static async void InitialSetupFromDeviceTwin()
        {
            Console.WriteLine("Reading device twin for inital setup");
            // Get Device Twin Properties below here
            var twin = await _deviceClient.GetTwinAsync().ConfigureAwait(false);
            if (twin.Properties.Desired.Contains("telemetryDelay"))
            {
                _telemetryDelay = (int)twin.Properties.Desired["telemetryDelay"];
            }
        }

        private static async Task<MethodResponse> OpenDevice(MethodRequest methodRequest, object? userContext)
        {
            try
            {
                var data = JObject.Parse(methodRequest.DataAsJson);
                Console.WriteLine("Opening device for " + data.GetValue("name"));
            }
            catch (Exception ex)
            {
                Console.WriteLine(ex.Message);
            }

            return new MethodResponse(200);
        }

        private static async void SendDeviceToCloudMessagesAsync()
        {
            var limit = 1;
            while (limit-- > 0)
            {
                // Prepare the telemetry data.
                var telemetryDataPoint = new
                {
                    deviceId = s_registrationID
                };

                var messageString = JsonConvert.SerializeObject(telemetryDataPoint);
                var message = new Message(Encoding.ASCII.GetBytes(messageString));

                // The following property will be used in the iot-hub message routing.
                message.Properties.Add("route", "DeviceSimulator");

                await _deviceClient.SendEventAsync(message);
                Console.WriteLine("{0} {1}: {2}", DateTime.Now, s_registrationID, messageString);

                // telemetry delay
                await Task.Delay(_telemetryDelay * 1000);
            }
        }
    }
}
