// Real source: Azure/azure-iot-sdk-csharp provisioning/device/samples/Getting Started/ComputeDerivedSymmetricKeySample/ComputeDerivedKeySample.cs
// Adapted for a pharmacy vaccine fridge that derives its own device key at first boot (which the
// sample warns against) and provisions through DPS; a lab unit and a hub fallback are kept in code.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Client;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using SecurityProviderSymmetricKey = Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey;

namespace ColdSafe.PharmacyFridge
{
    internal sealed class FridgeProvisioning
    {
        private const string GlobalDeviceEndpoint = "global.azure-devices-provisioning.net"; // expect: none
        private const string IdScope = "0ne00A7F3C2"; // expect: none
        private const string HubConnectionStringVariable = "FRIDGE_HUB_CS"; // expect: none

        private const string EnrollmentGroupName = "pharmacy-fridges"; // expect: none

        // Enrollment group key of the EnrollmentGroupName group.
        private const string EnrollmentGroupKey = "psLOTBh5c5PkFB7FYmlo2zL9uwBrKi9Vv/zX5k+FGwWJmT+UeTm4IEEeMn69D2yxt88LqyZyjZoeEC6qKWP37Q=="; // expect: IOT1003

        private readonly string _registrationId;

        public FridgeProvisioning(string registrationId) => _registrationId = registrationId;

        public async Task<DeviceClient> ProvisionAsync(bool labUnit)
        {
            SecurityProviderSymmetricKey security = labUnit
                ? new SecurityProviderSymmetricKey(
                    _registrationId,
                    primaryKey: "r0gTRxrIfhzpUjvepuVxG7pksJiCTkLeGzsGDIfZ2Uc=", // expect: IOT1003
                    secondaryKey: "wkdJ0/9ft5xAbiQKwn2w9u7mzig9cQsIKm/4QwjN5oM=") // expect: IOT1003
                : new SecurityProviderSymmetricKey(_registrationId, ComputeDerivedSymmetricKey(EnrollmentGroupKey, _registrationId), null);

            using var transport = new ProvisioningTransportHandlerMqtt();
            var provisioningClient = ProvisioningDeviceClient.Create(GlobalDeviceEndpoint, IdScope, security, transport);
            DeviceRegistrationResult result = await provisioningClient.RegisterAsync();

            if (result.Status != ProvisioningRegistrationStatusType.Assigned)
            {
                Console.WriteLine($"Provisioning failed ({result.Status}), falling back to the hub connection string.");
                return DeviceClient.CreateFromConnectionString(HubFallback(), TransportType.Mqtt);
            }

            var auth = new DeviceAuthenticationWithRegistrySymmetricKey(result.DeviceId, security.GetPrimaryKey());
            return DeviceClient.Create(result.AssignedHub, auth);
        }

        private static string HubFallback() =>
            Environment.GetEnvironmentVariable(HubConnectionStringVariable)
            ?? "HostName=pharma-cold.azure-devices.net;DeviceId=fridge-0193;SharedAccessKey=N50Tea0r2Pqm0L39ys27qBSST6RxWdvXjWqxMfyS0r8="; // expect: IOT1003

        /// <summary>
        /// Compute a symmetric key for the provisioned device from the enrollment group symmetric key used in attestation.
        /// </summary>
        /// <param name="enrollmentKey">Enrollment group symmetric key.</param>
        /// <param name="registrationId">The registration Id of the key to create.</param>
        /// <returns>The key for the specified device Id registration in the enrollment group.</returns>
        private static string ComputeDerivedSymmetricKey(string enrollmentKey, string registrationId)
        {
            if (string.IsNullOrWhiteSpace(enrollmentKey))
            {
                return enrollmentKey;
            }

            using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }
    }

    internal sealed class FridgeDoorPanel
    {
        private const string PharmacistOverridePin = "2580"; // expect: IOT1004
        private const string ExcursionText = "Temperature excursion: vaccines above 8 °C for more than 15 minutes."; // expect: none

        public bool OverrideAlarm(string enteredPin) => enteredPin == PharmacistOverridePin;

        public string Excursion => ExcursionText;
    }
}
