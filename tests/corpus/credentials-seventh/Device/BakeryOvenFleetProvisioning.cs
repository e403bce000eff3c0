// Real source: saurabh-mridul/IoTSamples ProvisioningDevices/DeviceProvisioning.cs (with Utilities.cs and Program.cs)
// Moved to a bakery chain's deck ovens: each oven controller registers through a DPS enrollment group, deriving its
// device key from the group key, then reports bake cycles.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Provisioning.Client;
using Microsoft.Azure.Devices.Provisioning.Client.Transport;
using SecurityProviderSymmetricKey = Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey;

namespace CrumbWorks.Ovens
{
    public class DpsContext
    {
        public string ScopeId { get; set; }
        public string GlobalDeviceEndpoint { get; set; }
        public string PrimaryKey { get; set; }
        public string SecondaryKey { get; set; }
    }

    public class OvenDevice
    {
        public string Key { get; set; }
        public string DeviceId { get; set; }
        public string AssignedHub { get; set; }
    }

    public static class Utilities
    {
        public static string ComputeDerivedSymmetricKey(byte[] masterKey, string registrationId)
        {
            using (var hmac = new HMACSHA256(masterKey))
            {
                return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
            }
        }
    }

    public class DeviceProvisioning
    {
        private const string LegacyOvenKey = "3LLkP0m1GNF/AgS8N/LLTodFZ45vPtpig7Qqq9p1tRo="; // expect: IOT1001
        private readonly DpsContext _dpsContext;

        public DeviceProvisioning(DpsContext dpsContext)
        {
            _dpsContext = dpsContext;
        }

        public async Task<OvenDevice> RegisterDevicesAsync(string deviceId)
        {
            var devicePrimaryKey = Utilities.ComputeDerivedSymmetricKey(Convert.FromBase64String(_dpsContext.PrimaryKey), deviceId);
            var deviceSecondaryKey = Utilities.ComputeDerivedSymmetricKey(Convert.FromBase64String(_dpsContext.SecondaryKey), deviceId);

            var security = new SecurityProviderSymmetricKey(deviceId, devicePrimaryKey, deviceSecondaryKey);
            using (var transport = new ProvisioningTransportHandlerMqtt())
            {
                Console.WriteLine($"Registering {deviceId}....");
                var provisioningDeviceClient = ProvisioningDeviceClient.Create(_dpsContext.GlobalDeviceEndpoint, _dpsContext.ScopeId, security, transport);
                var result = await provisioningDeviceClient.RegisterAsync();
                return new OvenDevice { Key = devicePrimaryKey, DeviceId = result.DeviceId, AssignedHub = result.AssignedHub };
            }
        }

        // Ovens shipped before the enrollment group existed keep an individual enrollment.
        public SecurityProviderSymmetricKey LegacySecurity(string ovenId) =>
            new SecurityProviderSymmetricKey(ovenId, LegacyOvenKey, LegacyOvenKey);

        // Demo oven at the trade show: the integrator never filled the key in.
        public SecurityProviderSymmetricKey DemoSecurity() =>
            new SecurityProviderSymmetricKey("oven-demo", "[enter sas key]", null); // expect: IOT1006

        // Bench rig in the test kitchen.
        public SecurityProviderSymmetricKey BenchSecurity() =>
            new SecurityProviderSymmetricKey("oven-bench-01", "mUJgqJhdf3nKvy8FicaCvalCxlFki370/myHpxEoQWQ=", null); // expect: IOT1003
    }

    public static class BakeryOvenFleetProvisioning
    {
        private static DpsContext _dpsContext;

        public static async Task Main(string[] args)
        {
            _dpsContext = new DpsContext
            {
                ScopeId = "0ne00B2F1A7", // expect: none
                GlobalDeviceEndpoint = "global.azure-devices-provisioning.net", // expect: none
                PrimaryKey = "lAYex8gR3i/tWW4ejAICUDX6BRiT494sjmDGskNw78mnje2nr54S/9VzAVm2zBaQDLyXMpV7sOsn5S9SEJe0fw==", // expect: IOT1003
                SecondaryKey = Environment.GetEnvironmentVariable("secondarykey"), // expect: none
            };

            var ovensToSpin = Environment.GetEnvironmentVariable("ovensToSpin") ?? "3";
            Console.WriteLine("Initializing dps...");
            var registrar = new DeviceProvisioning(_dpsContext);

            for (int i = 1; i <= Convert.ToInt32(ovensToSpin); i++)
            {
                var oven = await registrar.RegisterDevicesAsync("deck-oven-" + i.ToString("D3")); // expect: none
                Console.WriteLine($"{oven.DeviceId} assigned to {oven.AssignedHub}");
            }
        }
    }
}
