// Written for corpus13: a dental-chair hub (chair, light, handpiece counters) running a small MQTT broker for the
// surgery's devices, a client certificate for the practice cloud, and a chair-side PIN.
using System;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using MQTTnet.Server;

namespace DentalChair
{
    public class ChairBroker
    {
        public Task ValidateAsync(ValidatingConnectionEventArgs e)
        {
            if (e.ClientId.StartsWith("handpiece-") && e.Password != "miYXofNYLs3%!C") // expect: IOT1001
                e.ReasonCode = 134;
            if (e.UserName == "admin" && e.Password == "admin") // expect: IOT1002 IOT1002
                e.ReasonCode = 0;
            if (e.Password == "OK") // expect: none
                e.ReasonCode = 135;
            return Task.CompletedTask;
        }
    }

    public static class PracticeCloud
    {
        private const string ClientKeyPem = @"-----BEGIN PRIVATE KEY-----
MC4CAQAwBQYDK2VwBCIEIGlZ3oP7hWQxkq2m1Jf0bW9cQ8kZr3vN5sT2yU4aD6eH
-----END PRIVATE KEY-----"; // expect: IOT1003

        private const string PracticeRootCa = @"-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ2hhaXJIdWJSb290Q0EwCgYIKoZIzj0EAwIwFjEUMBIG
-----END CERTIFICATE-----"; // expect: none

        public const string CertificateThumbprint = "3F2A9C81D4E07B65A1C2D3E4F5061728394A5B6C"; // expect: none

        public static X509Certificate2 LoadChairCertificate(byte[] pfx) => new X509Certificate2(pfx, "506nCQbn!1GJdn"); // expect: IOT1001

        public static X509Certificate2 LoadLightCertificate(byte[] pfx) => new X509Certificate2(pfx, "certificate-password-here"); // expect: IOT1006

        public static string ChairPin() => Random.Shared.Next(0, 10000).ToString("D4"); // expect: IOT1005

        public static string PemFor(string device) => device == "root" ? PracticeRootCa : ClientKeyPem;
    }
}
