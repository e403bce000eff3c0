// Real source: miri0789/CloudPillar src/agent/CloudPillar.Agent/Handlers/ISymmetricKeyProvisioningHandler.cs
// Adapted: the agent's interface plus an implementation of it in the style of the agent (DPS registration with a
// symmetric key derived from the enrollment group key). Keys are freshly generated; the agent's options are trimmed.
using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace Corpus8.CloudPillar.Agent.Handlers
{
    public interface ISymmetricKeyProvisioningHandler
    {
        Task ProvisionWithSymmetricKeyAsync(string registrationId, string primaryKey, string scopeId, string globalDeviceEndpoint, CancellationToken cancellationToken);
        Task<bool> AuthorizationAsync(CancellationToken cancellationToken);
    }

    public class SymmetricKeyProvisioningHandler : ISymmetricKeyProvisioningHandler
    {
        private const string GlobalDeviceEndpoint = "global.azure-devices-provisioning.net";
        private const string ScopeId = "0ne00A1B2C3";
        // Individual enrollment key of the lab agent.
        private const string LabAgentPrimaryKey = "TrdUOt2CDCeWhMnqM3eWMUKaKgh/2mrPVsaMPMOtXZg="; // expect: IOT1001
        private const string PrimaryKeyEnv = "CLOUDPILLAR_PRIMARY_KEY"; // expect: none

        private SecurityProviderSymmetricKey _security;

        public Task ProvisionWithSymmetricKeyAsync(string registrationId, string primaryKey, string scopeId, string globalDeviceEndpoint, CancellationToken cancellationToken)
        {
            _security = new SecurityProviderSymmetricKey(registrationId, primaryKey, null);
            return Task.CompletedTask;
        }

        public Task<bool> AuthorizationAsync(CancellationToken cancellationToken) => Task.FromResult(_security != null);

        public Task ProvisionLabAgentAsync(CancellationToken ct) =>
            ProvisionWithSymmetricKeyAsync("lab-agent-01", LabAgentPrimaryKey, ScopeId, GlobalDeviceEndpoint, ct);

        public Task ProvisionFromEnvironmentAsync(string registrationId, CancellationToken ct) =>
            ProvisionWithSymmetricKeyAsync(registrationId, Environment.GetEnvironmentVariable(PrimaryKeyEnv), ScopeId, GlobalDeviceEndpoint, ct);

        // Group enrollment: the device key is HMAC-SHA256(groupKey, registrationId).
        public static string ComputeDerivedSymmetricKey(string enrollmentKey, string registrationId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        public Task ProvisionFleetAgentAsync(string registrationId, CancellationToken ct)
        {
            var derived = ComputeDerivedSymmetricKey("IfcT1boztXVDl+NZxtcHEVqQxXmRNnMPIuLZvCRaHQ4=", registrationId); // expect: IOT1003
            return ProvisionWithSymmetricKeyAsync(registrationId, derived, ScopeId, GlobalDeviceEndpoint, ct);
        }

        public static SecurityProviderSymmetricKey BenchSecurity() =>
            new SecurityProviderSymmetricKey("bench-agent", "HcJzVRvx+G/Qa/rzU1cF15wAN+q0h6I31dQ6+6LdL2c=", "HGkLcFeYQtHAK9HueFZrfiD9qEDqivpdPdyr8oZ+9/M="); // expect: IOT1003 IOT1003

        public static SecurityProviderSymmetricKey TemplateSecurity() =>
            new SecurityProviderSymmetricKey("my-agent", "[enrollment primary key]", null); // expect: IOT1006

        // Twin property names the agent reports; none of them holds a key.
        public const string ReportedKeyState = "symmetricKeyState"; // expect: none
        public const string DerivedKeyAlgorithm = "HMACSHA256"; // expect: none
    }

    public static class ProvisioningExtras
    {
        public static Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey HubAuth() =>
            new Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey("lab-agent-02", "<primary-key>"); // expect: IOT1006
        public const string KeyVaultSecretName = "cloudpillar-primary-key"; // expect: none
        public const string IdScopeEnv = "DPS_IDSCOPE"; // expect: none
    }
}
