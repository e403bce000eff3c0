// Real source: bastyuchenko/azure-iot-device-backend-v2 GenerateCertificates/Program.cs
// Kept: Main: Certificate.GenerateRsaCertificate("iothubx509device1-test"), File.WriteAllTextAsync of the PEM
// certificate and key, ReadAllTextAsync back, X509Certificate2.CreateFromEncryptedPem(cert, key, "<password>"), the
// re-export to PKCS#12 with the linked dotnet/runtime issue.
// Changed: the key password is replaced by a freshly invented value of the same shape; the repository's
// Certificates helper is reduced to a stub returning PEM text. Added: loading the exported PFX back with a
// password held in a static field (the cold-room controller's provisioning step), and the DPS id scope.
using System.IO;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;

namespace GenerateCertificates
{
    internal class Program
    {
        // Added
        private static string PfxExportPassword = "Rt9!coldroom"; // expect: IOT1001
        private const string IdScope = "0ne00A1B2C3"; // expect: none

        private static async Task Main(string[] args)
        {
            var provisioningCertificate = Certificate.GenerateRsaCertificate("iothubx509device1-test");

            await File.WriteAllTextAsync(
                    "deviceName-provisioning-cert-test.pem",
                provisioningCertificate.GetCertificate());

            await File.WriteAllTextAsync(
                    "deviceName-provisioning-key-test.pem",
                provisioningCertificate.GetPrivateKey());

            var provisioningCert = await File.ReadAllTextAsync("deviceName-provisioning-cert-test.pem");
            var provisioningKey = await File.ReadAllTextAsync("deviceName-provisioning-key-test.pem");

            var sslCert = X509Certificate2.CreateFromEncryptedPem(provisioningCert, provisioningKey, "Zxcv%417"); // expect: IOT1001
            // https://github.com/dotnet/runtime/issues/23749#issuecomment-747407051
            var _provisioningCertificate = new X509Certificate2(sslCert.Export(X509ContentType.Pkcs12));

            // Added: the PFX handed to the cold-room controller is protected
            byte[] pfx = sslCert.Export(X509ContentType.Pkcs12, PfxExportPassword);
            var deviceCert = X509CertificateLoader.LoadPkcs12(pfx, PfxExportPassword);
        }
    }

    // Changed: stub of the repository's Certificates helper
    internal sealed class Certificate
    {
        public static Certificate GenerateRsaCertificate(string subject) => new Certificate();
        public string GetCertificate() => "";
        public string GetPrivateKey() => "";
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R11
{
    public const string PfxPasswordEnv = "PFX_PASSWORD"; // expect: none
    public const string RootCaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2Y=\n-----END CERTIFICATE-----"; // expect: none
    public const string CertThumbprint = "61442E0DBD1170DAF6B428FDBD4CCEB6C19A8D23"; // expect: none
}
