// Device identity certificates on a Linux IoT gateway: PFX/PKCS#12 with passwords, embedded key material.
#nullable enable
using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Corpus.Gateway.Identity
{
    internal static class CertificateLoading
    {
        private const string PfxPath = "/etc/gateway/device.pfx"; // expect: none
        private const string PfxPassword = "Dev1ce-Pfx-2291"; // expect: IOT1001
        private const string CaBundlePath = "/etc/ssl/certs/ca-certificates.crt"; // expect: none

        public static X509Certificate2 FromFile() => new X509Certificate2(PfxPath, PfxPassword);

        public static X509Certificate2 FromFileInline()
        {
            return new X509Certificate2("/etc/gateway/mqtt-client.pfx", "Mqtt-Cl1ent-Pfx", X509KeyStorageFlags.EphemeralKeySet); // expect: IOT1001
        }

        public static X509Certificate2 FromFileDefault()
        {
            return new X509Certificate2(fileName: "/etc/gateway/web.pfx", password: "changeme"); // expect: IOT1002
        }

        public static X509Certificate2 Import(byte[] blob)
        {
            var cert = new X509Certificate2();
            cert.Import(blob, "Imp0rt-Blob-pw", X509KeyStorageFlags.DefaultKeySet); // expect: IOT1001
            return cert;
        }

        public static X509Certificate2Collection ImportChain()
        {
            var chain = new X509Certificate2Collection();
            chain.Import("/etc/gateway/chain.p12", "Ch4in-P12-pw", X509KeyStorageFlags.DefaultKeySet); // expect: IOT1001
            return chain;
        }

        public static X509Certificate2 Loader(byte[] pfx) => X509CertificateLoader.LoadPkcs12(pfx, "L0ader-pfx-77"); // expect: IOT1001

        public static X509Certificate2 LoaderFromFile() => X509CertificateLoader.LoadPkcs12FromFile(PfxPath, password: "Dev1ce-Pfx-2291"); // expect: IOT1001

        public static X509Certificate2Collection LoaderCollection() => X509CertificateLoader.LoadPkcs12CollectionFromFile("/etc/gateway/bundle.pfx", "pass"); // expect: IOT1002

        public static X509Certificate2 LoaderPlaceholder(byte[] pfx) => X509CertificateLoader.LoadPkcs12(pfx, "<pfx-password>"); // expect: IOT1006

        public static X509Certificate2 LoaderNoPassword(byte[] pfx) => X509CertificateLoader.LoadPkcs12(pfx, null);

        public static X509Certificate2 LoaderFromEnvironment() => X509CertificateLoader.LoadPkcs12FromFile(PfxPath, Environment.GetEnvironmentVariable("DEVICE_PFX_PASSWORD")); // expect: none

        // Embedded PKCS#12 identity (factory test image left in the firmware).
        private const string EmbeddedPfx = "MIID/AIBAzCCA7IGCSqGSIb3DQEHAaCCA6MEggOfMIIDmzCCAlIGCSqGSIb3DQEHBqCCAkMwggI/AgEAMIICOAYJKoZIhvcNAQcBMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAjAcd9MSJ1Z6QICCAAwDAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEG2cZGPtZbOZpvjk/tA2scOAggHQ5knyGyFbCyeRW+E/IwbwO767K4xqNVCMZ1dW6qcz/08dYTsGZFRF2Oe7Mi3MVbJoKmcvQ832Blc9/2lt3X6vMFKr/UrrShKjcLJvBSOC5DAwGOj3nESRiItin2DSIWaqgH0Cyq1f6j13bsc2NFCVBROU0ulGJd2wMd5JKVU/ul7EaXve4rH16ssPh7T4kY8uxD3LrtqCDQgpruaUW9JMORmDDE/TzW0rXkJU+K3dzPeIygn67iIW4jSn3oyvpSIu3LLb4gw515iOYd1VMFaaubQajMHtSGd7s4RAKayVTNkAngq1jmepo1h4yJl9N1Goxzp3+pUX5xO+CugCq0DU3RBOBTQ6Ws9PaW9XcpBxwDPV+qTkb9oUuOAzSCIJP+bvq9nYUV+CFU/e+ZpjjEbVc1h7U3lR5PVvNXU2jU3tSsrD7Hm9B5gKlOm/M9lXHDbYdIbPEErAzmbh7LA+ooqB6kZI/AkvTmYD0rYOvcRSg0DlIC7YZTdX+a/7j8oRyorYEYmUoW+DXjIZ7P3Rr5yhq9/4V81EofdOitrqC6B5D68SdDWrZJBhUT64vN2476KWR+WYd1NBx5sKyGXzzLtHu9fhCkbpATLdC/ltPK1P7bgwggFBBgkqhkiG9w0BBwGgggEyBIIBLjCCASowggEmBgsqhkiG9w0BDAoBAqCB7zCB7DBXBgkqhkiG9w0BBQ0wSjApBgkqhkiG9w0BBQwwHAQIQCwWY6oV8dcCAggAMAwGCCqGSIb3DQIJBQAwHQYJYIZIAWUDBAEqBBBHdw5KnFHbKIaHasCtlUBPBIGQHAEEMJS4cgNZQ5xH76vm+5wZdbosbziX6ijorLiuM7YvBOI8r5OtbvaEz4reUNIRDQlgSeCeIrMITDe0p8vGGDqJqYx3Pb+zCE4pF1DhUrAjDgde1hDYG3F1jriPIvYW0MXixZIyKEHtDyglfz3JThhYwGpoWDIelboUgEBSuIWGf+cHvZ5is5c3v8jjiZUmMSUwIwYJKoZIhvcNAQkVMRYEFM433Rioq6Dh7v6WHzQi2zfS4x+aMEEwMTANBglghkgBZQMEAgEFAAQgwbUfIYsg7uwcm+ZH5IG4Pel1IDRbouTlDjLVKkh7q7gECAGe3PEcnH0NAgIIAA=="; // expect: IOT1003

        public static X509Certificate2 Embedded() => X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(EmbeddedPfx), "Plc-Exp0rt-7"); // expect: IOT1001

        // DER-encoded EC private key of the gateway's signing identity.
        private static readonly byte[] SigningKeyDer = { 0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20, 0x4D, 0xF0, 0xB0, 0x64, 0x4B, 0xD5, 0x7F, 0x69, 0xB3, 0xB4, 0x47, 0xA2, 0x50, 0x16, 0x97, 0xD3, 0x6A, 0xD3, 0xA4, 0x95, 0x8A, 0x16, 0xDE, 0x53, 0xF3, 0xCC, 0xA5, 0x4E, 0x93, 0xE7, 0xC4, 0x3D, 0xA0, 0x0A, 0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07, 0xA1, 0x44, 0x03, 0x42, 0x00, 0x04, 0xDD, 0x79, 0x82, 0x90, 0x56, 0x28, 0xC2, 0x0B, 0x4A, 0x8C, 0x5F, 0xAA, 0xE8, 0x97, 0x27, 0xD1, 0xA3, 0x48, 0x5D, 0x6D, 0x1F, 0xDF, 0xA2, 0x2A, 0x6E, 0x5C, 0x7B, 0xF9, 0xC8, 0x9C, 0x5B, 0x72, 0xE0, 0xD1, 0xC7, 0x6C, 0xDD, 0x33, 0xE0, 0xA9, 0x1B, 0xB2, 0x4B, 0x41, 0x37, 0xEA, 0x2F, 0x58, 0xA7, 0x01, 0xC2, 0xAD, 0x6F, 0xBA, 0xDB, 0xB3, 0xC5, 0xD2, 0xB8, 0x60, 0x37, 0xE6, 0x2D, 0xFF }; // expect: IOT1003

        public static ECDsa SigningKey()
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportECPrivateKey(SigningKeyDer, out _);
            return ecdsa;
        }

        public static ECDsa FromPem()
        {
            var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIE3wsGRL1X9ps7RHolAWl9Nq06SVihbeU/PMpU6T58Q9oAoGCCqGSM49\nAwEHoUQDQgAE3XmCkFYowgtKjF+q6Jcn0aNIXW0f36Iqblx7+cicW3Lg0cds3TPg\nqRuyS0E36i9YpwHCrW+627PF0rhgN+Yt/w==\n-----END EC PRIVATE KEY-----"); // expect: IOT1003
            return ecdsa;
        }

        // Public certificate of the vendor's update server: pinned, not secret.
        private const string UpdateServerCert = "-----BEGIN CERTIFICATE-----\nMIIBbjCCARWgAwIBAgIUZzHg1d6I6EwVv33gQqdhM/5CQN4wCgYIKoZIzj0EAwIw\nDTELMAkGA1UEAwwCZ3cwHhcNMjYxMTMwMjExMjU3WhcNMjYxMjMwMjExMjU3WjAN\nMQswCQYDVQQDDAJndzBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABN15gpBWKMIL\nSoxfquiXJ9GjSF1tH9+iKm5ce/nInFty4NHHbN0z4KkbsktBN+ovWKcBwq1vutuz\nxdK4YDfmLf+jUzBRMB0GA1UdDgQWBBQAMZVFm3jJl5GZhGWWTh3a/gqYhzAfBgNV\nHSMEGDAWgBQAMZVFm3jJl5GZhGWWTh3a/gqYhzAPBgNVHRMBAf8EBTADAQH/MAoG\nCCqGSM49BAMCA0cAMEQCIDA0UwN34llYtnF0qMFqcmKkZ2HlX/lGAzyHm88Ze6Wl\nAiBoeiAsECSajgJ66ad4qC+800Pr9+lVTcl86HPUrND/5A==\n-----END CERTIFICATE-----"; // expect: none
        private const string UpdateServerThumbprint = "76EF07A91ED1335EE10B4ED63342C905DBACA430D0A66136E3A8B64B60823AA2"; // expect: none

        public static X509Certificate2 Pinned() => X509Certificate2.CreateFromPem(UpdateServerCert);

        public static MQTTnet.Certificates.BlobCertificateProvider MqttClientCert(byte[] blob)
        {
            return new MQTTnet.Certificates.BlobCertificateProvider(blob) { Password = "Bl0b-cert-pw" }; // expect: IOT1001
        }

        public static X509Certificate2 FromKeyStore(Func<string, string> keyStore)
        {
            return new X509Certificate2(File.ReadAllBytes(PfxPath), keyStore("device-pfx")); // expect: none
        }
    }
}
