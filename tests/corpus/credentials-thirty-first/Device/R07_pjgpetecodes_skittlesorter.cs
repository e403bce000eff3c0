// Real source: pjgpetecodes/skittlesorter AzureDpsFramework/DpsSasTokenGenerator.cs (0d5daefa82d7e29148809e583ef39c4a1b2bf631),
//   DpsInitializationService.cs (04684f3e518ff725cb579f66cdf38e26df9ca5e4), AzureDpsFramework/DpsConfiguration.cs
//   (46ecb0de3c42b6f3f10b0be10a65d0e5aa5c8591)
// Domain: Raspberry Pi candy (Skittles) colour-sorting machine (TCS3472x colour sensor, servos) provisioned through Azure IoT
//   Hub Device Provisioning with a custom MQTT DPS client: enrollment-group key derivation, DPS SAS token, CSR-based certificate
//   issuance or symmetric-key fallback to IoT Hub.
// Kept: DpsSasTokenGenerator as written (HMAC derivation of the device key from the registration id with the group key, SAS token
//   assembly); from DpsConfiguration the property defaults, RegistrationIdToken and ResolveRegistrationIdToken; from
//   DpsInitializationService the registration flow, both authentication branches and ConvertCertChainToPem.
// Changed: DpsConfiguration.Load keeps only the reads the kept code uses (the JSON walk of the other settings is trimmed) and
//   Validate is trimmed; `DeviceClient.Create(hub, auth, TransportType.Mqtt)` lost its third argument (the shared stub has the
//   two-parameter overload only); the debug Console lines of the configuration dump are trimmed.
// Shimmed / added: DeviceAuthenticationWithX509Certificate (Azure device SDK) in _Stubs.cs; reduced stand-ins for the project's own
//   AzureDpsFramework types (ProvisioningDeviceClient, SecurityProviderX509Csr, ProvisioningTransportHandlerMqtt,
//   CertificateManager, DeviceRegistrationResult, ProvisioningRegistrationStatusType) and skittle_sorter.IoTHubConfig in _Stubs.cs.
// Secrets: the original holds no written secret (group key and registration id come from appsettings.json); nothing replaced.
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using Microsoft.Azure.Devices.Client;
using AzureDpsFramework;
using AzureDpsFramework.Security;
using AzureDpsFramework.Transport;

namespace AzureDpsFramework
{
    public static class DpsSasTokenGenerator
    {
        public static string DeriveDeviceKey(string registrationId, string enrollmentGroupKeyBase64)
        {
            if (string.IsNullOrWhiteSpace(registrationId))
                throw new ArgumentException("RegistrationId is required", nameof(registrationId));
            if (string.IsNullOrWhiteSpace(enrollmentGroupKeyBase64))
                throw new ArgumentNullException(nameof(enrollmentGroupKeyBase64), "Enrollment group key is required");

            var regIdLower = registrationId.ToLowerInvariant();
            Console.WriteLine($"[KEY DERIVATION] RegistrationId (normalized): {regIdLower}");
            Console.WriteLine($"[KEY DERIVATION] EnrollmentGroupKey (first 20): {enrollmentGroupKeyBase64?.Substring(0, Math.Min(20, enrollmentGroupKeyBase64.Length))}...");

            byte[] groupKey = Convert.FromBase64String(enrollmentGroupKeyBase64!);
            Console.WriteLine($"[KEY DERIVATION] Decoded group key length: {groupKey.Length} bytes");

            using var hmac = new HMACSHA256(groupKey);
            byte[] regBytes = Encoding.ASCII.GetBytes(regIdLower);
            byte[] mac = hmac.ComputeHash(regBytes);
            var derivedKey = Convert.ToBase64String(mac); // expect: none
            Console.WriteLine($"[KEY DERIVATION] Derived device key (first 20): {derivedKey.Substring(0, Math.Min(20, derivedKey.Length))}...");
            Console.WriteLine($"[KEY DERIVATION] Derived device key length: {derivedKey.Length} chars\n");
            return derivedKey;
        }

        public static string GenerateDpsSas(string idScope, string registrationId, string keyBase64, int expirySeconds)
        {
            if (string.IsNullOrWhiteSpace(idScope))
                throw new ArgumentException("IdScope is required", nameof(idScope));
            if (string.IsNullOrWhiteSpace(registrationId))
                throw new ArgumentException("RegistrationId is required", nameof(registrationId));
            if (string.IsNullOrWhiteSpace(keyBase64))
                throw new ArgumentNullException(nameof(keyBase64), "Base64 key is required");

            Console.WriteLine($"\n[SAS] Generating SAS token for DPS registration");
            Console.WriteLine($"[SAS] IdScope: {idScope}");
            Console.WriteLine($"[SAS] RegistrationId: {registrationId}");
            Console.WriteLine($"[SAS] Key (first 20 chars): {keyBase64?.Substring(0, Math.Min(20, keyBase64.Length))}...");
            Console.WriteLine($"[SAS] ExpirySeconds: {expirySeconds}");

            // Step 1: Base64-decode the key
            byte[] keyBytes = Convert.FromBase64String(keyBase64!);
            Console.WriteLine($"[SAS] Decoded key length: {keyBytes.Length} bytes");

            // Step 2: Build resource URI (lowercase for Azure compatibility)
            string resourceUri = $"{idScope}/registrations/{registrationId}".ToLowerInvariant();
            Console.WriteLine($"[SAS] Resource URI: {resourceUri}");

            // Step 3: URL-encode the resource URI FOR SIGNING ONLY
            string urlEncodedUri = Uri.EscapeDataString(resourceUri);
            Console.WriteLine($"[SAS] URL-encoded URI (for signing): {urlEncodedUri}");

            // Step 4: Build expiry timestamp
            long expiry = DateTimeOffset.UtcNow.AddSeconds(expirySeconds).ToUnixTimeSeconds();
            Console.WriteLine($"[SAS] Expiry Timestamp: {expiry}");

            // Step 5: Build message with LITERAL newline (URL-encoded URI + \n + expiry)
            string stringToSign = $"{urlEncodedUri}\n{expiry}";
            Console.WriteLine($"[SAS] Message to sign: {stringToSign.Replace("\n", "\\n")}");

            // Step 6: HMAC-SHA256 sign with enrollment group key
            using var hmac = new HMACSHA256(keyBytes);
            byte[] sigBytes = hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign));
            string signatureBase64 = Convert.ToBase64String(sigBytes);
            Console.WriteLine($"[SAS] Signature (first 30 chars): {signatureBase64.Substring(0, Math.Min(30, signatureBase64.Length))}...");

            // Step 7: URL-encode the signature
            string urlEncodedSignature = Uri.EscapeDataString(signatureBase64);

            // Step 8: Build final SAS token
            // CRITICAL: sr parameter must contain URL-ENCODED resource URI (not raw)
            var sasToken = $"SharedAccessSignature sr={urlEncodedUri}&sig={urlEncodedSignature}&se={expiry}&skn=registration"; // expect: none
            Console.WriteLine($"[SAS] Generated SAS Token (first 60 chars): {sasToken.Substring(0, Math.Min(60, sasToken.Length))}...");
            Console.WriteLine($"[SAS] Full SAS Token length: {sasToken.Length} chars");
            Console.WriteLine($"[SAS] FULL TOKEN: {sasToken}\n");
            return sasToken;
        }
    }

    public class DpsConfiguration
    {
        private const string RegistrationIdToken = "{RegistrationId}"; // expect: none

        public string ProvisioningHost { get; set; } = "global.azure-devices-provisioning.net";
        public string IdScope { get; set; } = string.Empty;
        public string RegistrationId { get; set; } = string.Empty;
        public string AttestationMethod { get; set; } = "SymmetricKey"; // expect: none
        public string? DeviceKeyBase64 { get; set; }
        public string? EnrollmentGroupKeyBase64 { get; set; }
        public int SasExpirySeconds { get; set; } = 3600;
        public string ApiVersion { get; set; } = "2025-07-01-preview";
        public int MqttPort { get; set; } = 8883;
        public bool AutoGenerateCsr { get; set; } = true;
        public string CsrFilePath { get; set; } = "certs/device.csr";
        public string CsrKeyFilePath { get; set; } = "certs/device.key"; // expect: none
        public string IssuedCertFilePath { get; set; } = "certs/issued/issued.pem";

        public static DpsConfiguration Load(string appSettingsPath = "appsettings.json")
        {
            var cfg = new DpsConfiguration();
            if (!File.Exists(appSettingsPath))
            {
                throw new InvalidOperationException("appsettings.json not found.");
            }

            string json = File.ReadAllText(appSettingsPath);
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            if (!root.TryGetProperty("IoTHub", out var iotHub))
            {
                throw new InvalidOperationException("IoTHub section missing in appsettings.json");
            }
            if (!iotHub.TryGetProperty("DpsProvisioning", out var dps))
            {
                throw new InvalidOperationException("IoTHub.DpsProvisioning section missing in appsettings.json");
            }

            string GetString(JsonElement el, string name, string def = "")
            {
                return el.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? def : def;
            }

            cfg.ProvisioningHost = GetString(dps, nameof(ProvisioningHost), cfg.ProvisioningHost);
            cfg.IdScope = GetString(dps, nameof(IdScope), cfg.IdScope);
            cfg.RegistrationId = GetString(dps, nameof(RegistrationId), cfg.RegistrationId);
            var deviceKey = GetString(dps, nameof(DeviceKeyBase64));
            cfg.DeviceKeyBase64 = string.IsNullOrWhiteSpace(deviceKey) ? null : deviceKey;
            var groupKey = GetString(dps, nameof(EnrollmentGroupKeyBase64));
            cfg.EnrollmentGroupKeyBase64 = string.IsNullOrWhiteSpace(groupKey) ? null : groupKey;
            cfg.CsrFilePath = ResolveRegistrationIdToken(
                GetString(dps, nameof(CsrFilePath), cfg.CsrFilePath),
                cfg.RegistrationId);
            cfg.CsrKeyFilePath = ResolveRegistrationIdToken(
                GetString(dps, nameof(CsrKeyFilePath), cfg.CsrKeyFilePath),
                cfg.RegistrationId);
            cfg.IssuedCertFilePath = ResolveRegistrationIdToken(
                GetString(dps, nameof(IssuedCertFilePath), cfg.IssuedCertFilePath),
                cfg.RegistrationId);
            return cfg;
        }

        public string GetDeviceKeyOrDerive()
        {
            if (!string.IsNullOrWhiteSpace(DeviceKeyBase64)) return DeviceKeyBase64!;
            if (string.IsNullOrWhiteSpace(EnrollmentGroupKeyBase64))
                throw new InvalidOperationException("EnrollmentGroupKeyBase64 is required to derive device key");
            return DpsSasTokenGenerator.DeriveDeviceKey(RegistrationId, EnrollmentGroupKeyBase64!);
        }

        private static string ResolveRegistrationIdToken(string value, string registrationId)
        {
            if (string.IsNullOrEmpty(value) || string.IsNullOrEmpty(registrationId))
            {
                return value;
            }

            return value.Replace(RegistrationIdToken, registrationId, StringComparison.OrdinalIgnoreCase);
        }
    }
}

namespace skittle_sorter
{
    public class DpsInitializationService
    {
        public static DeviceClient? Initialize(IoTHubConfig iotConfig)
        {
            try
            {
                var dpsCfg = DpsConfiguration.Load();

                // Auto-generate CSR + key if enabled and files missing
                if (dpsCfg.AutoGenerateCsr && (!File.Exists(dpsCfg.CsrFilePath) || !File.Exists(dpsCfg.CsrKeyFilePath)))
                {
                    Console.WriteLine("Generating CSR and private key…");
                    var (csrPem, keyPem) = CertificateManager.GenerateCsr(dpsCfg.RegistrationId);
                    CertificateManager.SaveText(dpsCfg.CsrFilePath, csrPem);
                    CertificateManager.SaveText(dpsCfg.CsrKeyFilePath, keyPem);
                }

                var csrPemText = File.ReadAllText(dpsCfg.CsrFilePath);
                var privateKeyPem = File.ReadAllText(dpsCfg.CsrKeyFilePath);

                // Create security provider with CSR and enrollment group key
                // This matches Microsoft's SecurityProvider pattern
                using var security = SecurityProviderX509Csr.CreateFromEnrollmentGroup(
                    dpsCfg.RegistrationId,
                    csrPemText,
                    privateKeyPem,
                    dpsCfg.EnrollmentGroupKeyBase64);

                // Create transport handler - matches Microsoft's ProvisioningTransportHandler pattern
                using var transport = new ProvisioningTransportHandlerMqtt(
                    dpsCfg.ProvisioningHost,
                    dpsCfg.MqttPort);

                // Create provisioning client using factory pattern - matches Microsoft's ProvisioningDeviceClient.Create()
                using var provisioningClient = ProvisioningDeviceClient.Create(
                    dpsCfg.ProvisioningHost,
                    dpsCfg.IdScope,
                    security,
                    transport);

                Console.WriteLine("Using symmetric-key authentication (DPS)");
                Console.WriteLine($"Connecting to {dpsCfg.ProvisioningHost}:{dpsCfg.MqttPort}...");

                // Register the device - matches Microsoft's RegisterAsync() pattern
                var result = provisioningClient.RegisterAsync(CancellationToken.None).GetAwaiter().GetResult();

                Console.WriteLine($"\nDPS Response Status: {result.Status}");
                Console.WriteLine($"Device ID: {result.DeviceId}");
                Console.WriteLine($"Assigned Hub: {result.AssignedHub}");

                if (result.Status == ProvisioningRegistrationStatusType.Assigned &&
                    !string.IsNullOrWhiteSpace(result.DeviceId) && !string.IsNullOrWhiteSpace(result.AssignedHub))
                {
                    // If certificate chain is issued, use X.509 authentication
                    if (result.IssuedCertificateChain != null && result.IssuedCertificateChain.Length > 0)
                    {
                        // Convert base64-encoded certs to PEM format
                        var certChainPem = ConvertCertChainToPem(result.IssuedCertificateChain);
                        CertificateManager.SaveIssuedCertificatePem(dpsCfg.IssuedCertFilePath, certChainPem);
                        Console.WriteLine($"Saved issued certificate chain to: {dpsCfg.IssuedCertFilePath}");

                        var x509 = CertificateManager.LoadX509WithPrivateKey(dpsCfg.IssuedCertFilePath, dpsCfg.CsrKeyFilePath);
                        var deviceClient = DeviceClient.Create(
                            result.AssignedHub,
                            new DeviceAuthenticationWithX509Certificate(result.DeviceId, x509));
                        Console.WriteLine($"✅ Connected to IoT Hub via X.509. Hub={result.AssignedHub}, DeviceId={result.DeviceId}\n");
                        return deviceClient;
                    }
                    else
                    {
                        // No certificate issued - use symmetric key authentication for IoT Hub
                        // The symmetric key is the derived device key from DPS provisioning
                        var derivedDeviceKey = DpsSasTokenGenerator.DeriveDeviceKey(result.DeviceId, dpsCfg.EnrollmentGroupKeyBase64);

                        var deviceClient = DeviceClient.Create(
                            result.AssignedHub,
                            new DeviceAuthenticationWithRegistrySymmetricKey(result.DeviceId, derivedDeviceKey));
                        Console.WriteLine($"✅ Connected to IoT Hub via Symmetric Key. Hub={result.AssignedHub}, DeviceId={result.DeviceId}\n");
                        return deviceClient;
                    }
                }
                else
                {
                    Console.WriteLine("DPS provisioning did not assign the device. Telemetry disabled.\n");
                    iotConfig.SendTelemetry = false;
                    return null;
                }
            }
            catch (InvalidOperationException ex)
            {
                // Connection or critical authentication errors - STOP THE APP
                Console.WriteLine($"\n❌ FATAL: DPS Connection Failed");
                Console.WriteLine($"Error: {ex.Message}");
                throw;  // Re-throw to stop the app
            }
            catch (Exception ex)
            {
                // Other non-critical errors - continue without telemetry
                Console.WriteLine($"Warning: DPS/IoT Hub setup failed: {ex.Message}");
                Console.WriteLine("Continuing without telemetry.\n");
                iotConfig.SendTelemetry = false;
                return null;
            }
        }

        private static string ConvertCertChainToPem(string[] base64Certs)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < base64Certs.Length; i++)
            {
                // Wrap each certificate in PEM format
                sb.AppendLine("-----BEGIN CERTIFICATE-----"); // expect: none

                // Format as 64-character lines
                var cert = base64Certs[i];
                for (int j = 0; j < cert.Length; j += 64)
                {
                    sb.AppendLine(cert.Substring(j, Math.Min(64, cert.Length - j)));
                }

                sb.AppendLine("-----END CERTIFICATE-----");

                if (i < base64Certs.Length - 1)
                {
                    sb.AppendLine();  // Empty line between certificates
                }
            }
            return sb.ToString();
        }
    }
}
