// Written for corpus14: an MRI suite's helium-compressor chiller gateway (device certificates, the vendor's service
// key, an IoT Hub SAS header, a vendor portal JWT; public certificates, thumbprints and documented examples around them).
using System;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;

namespace MriChiller
{
    static class ChillerIdentity
    {
        const string ServiceKeyPem = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIBSxxUyNRakspn/qMBO0hB3MjsItttijC24OO8hDAgbCoAoGCCqGSM49
AwEHoUQDQgAE8IEi+qw5eKROdFh5Y8Gg3QRvpESUJsKKy5Jg5ZhVR/QXefGpxJ9z
N7b+htE5m5zWGS2rchpP+f8d9Fgy5Op42Q==
-----END EC PRIVATE KEY-----"; // expect: IOT1003

        const string VendorRootCa = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2hpbGxlclJvb3RDQTAeFw0yNTAxMDEwMDAwMDBaFw0z\n-----END CERTIFICATE-----"; // expect: none

        const string AwsDocumentationKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none

        public static X509Certificate2 DeviceCertificate() =>
            X509CertificateLoader.LoadPkcs12FromFile("/data/chiller-b.pfx", "Xl9q-Pf8xz-24"); // expect: IOT1001

        public static X509Certificate2 BenchCertificate() =>
            X509CertificateLoader.LoadPkcs12FromFile("/data/bench.pfx", "<pfx-password>"); // expect: IOT1006

        public static X509Certificate2 LegacyCertificate() =>
            X509CertificateLoader.LoadPkcs12FromFile("/data/legacy.pfx", "password"); // expect: IOT1002

        public static X509Certificate2 ServiceCertificate(string certPem) =>
            X509Certificate2.CreateFromPem(certPem, ServiceKeyPem);

        public static int RootLength => VendorRootCa.Length + AwsDocumentationKeyId.Length;
    }

    sealed class ChillerUplink
    {
        readonly HttpClient _http = new HttpClient();

        public void UseHubSas() =>
            _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization",
                "SharedAccessSignature sr=mri-hub.azure-devices.net%2Fdevices%2Fchiller-b&sig=l2xK3QnY4nI%2FTAQPQ%2FgB8gGnKFAhcbQfTORR%2FaOmOao%3D&se=1767225600"); // expect: IOT1003

        public void UseVendorPortal() =>
            _http.DefaultRequestHeaders.Add("Authorization",
                "Bearer eyJhbGciOiAiSFMyNTYiLCAidHlwIjogIkpXVCJ9.eyJzdWIiOiAiY2hpbGxlci1iIiwgImlhdCI6IDE3NjcyMjU2MDB9.xNkr1-q5z_51NqBZjIQrJ85OZQuukz0zp9W-FTJMcLA"); // expect: IOT1003

        public void UseMaskedSas() =>
            _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization",
                "SharedAccessSignature sr=mri-hub.azure-devices.net%2Fdevices%2Fchiller-b&sig=****&se=1767225600"); // expect: none
    }

    static class NotSecrets
    {
        public const string CertThumbprint = "9EBEC9414DC8A9FA990907761FC3CFCFEB7F57D1"; // expect: none
        public const string PfxPasswordKey = "Chiller:Pfx:Password"; // expect: none
        public const string PfxPasswordEnv = "CHILLER_PFX_PASSWORD"; // expect: none
        public const string CompressorState = "COMPRESSOR_RUNNING"; // expect: none
    }
}
