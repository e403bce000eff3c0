using System;
using System.IO;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Cssd.Autoclave
{
    // Steam autoclave of a hospital sterile-services department: records each cycle (temperature,
    // pressure, hold time), signs the cycle record and pushes it to the tracking system over mutual TLS.
    public sealed class CycleRecorder
    {
        const string ClientPfxPath = "/etc/autoclave/client.pfx";
        const string CertificateThumbprint = "9F3C6B1A2D4E5F60718293A4B5C6D7E8F9012345"; // expect: none

        public X509Certificate2 LoadClientCertificate() =>
            X509CertificateLoader.LoadPkcs12FromFile(ClientPfxPath, "Steam-134C-Prion-18min"); // expect: IOT1001

        public X509Certificate2 LoadServiceCertificate(byte[] pfx) =>
            new X509Certificate2(pfx, "password"); // expect: IOT1002

        public X509Certificate2Collection LoadVendorChain(byte[] p12)
        {
            var chain = new X509Certificate2Collection();
            chain.Import(p12, "<pfx-password>", X509KeyStorageFlags.DefaultKeySet); // expect: IOT1006
            return chain;
        }

        public X509Certificate2 LoadFromVault(string password) =>
            X509CertificateLoader.LoadPkcs12FromFile(ClientPfxPath, password);

        // Record signing, so the tracking system can show that no cycle was edited afterwards
        private static readonly byte[] CycleSigningKey = Convert.FromBase64String("sODDMn67WvxDY+J5354i/7mZnilLIz9pJke9tEI0eD8="); // expect: IOT1003

        public static string SignCycle(string record)
        {
            using var hmac = new HMACSHA256(CycleSigningKey);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(record)));
        }

        public static string CycleName(int program) => program switch
        {
            1 => "Instruments 134 °C 3 min",
            2 => "Prion cycle 134 °C 18 min", // expect: none
            3 => "Bowie-Dick test",
            _ => "Service",
        };

        public const string OperatorHint = "Cycle aborted: password of the shift lead required to release the load"; // expect: none
    }

    public static class ShiftLead
    {
        const string ReleasePasscode = "Steri-Lead-4471"; // expect: IOT1004

        public static bool ReleaseLoad(string entered) => entered == ReleasePasscode;

        // Service technician login: "CSSD" and the last six characters of the chamber serial
        public static string TechnicianPassword(string serialNumber) => "CSSD" + serialNumber[^6..]; // expect: IOT1005

        public const string PasscodeRule = "Passcodes are changed every quarter by the CSSD manager."; // expect: none
        public const string PfxPasswordEnvVar = "AUTOCLAVE_PFX_PASSWORD"; // expect: none
        public const string ReleaseTokenUrl = "https://tracking.cssd.local/api/release/token"; // expect: none
    }
}
