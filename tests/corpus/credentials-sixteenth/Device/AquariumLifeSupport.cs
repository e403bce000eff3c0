// Written for corpus16. Domain: a public aquarium's life-support controllers (ESP32, nanoFramework): pumps, ozone and
// protein skimmers of each display tank, reporting to Azure IoT Hub, with an encrypted event log and a divers' panel.
using System;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using nanoFramework.WebServer;

namespace Aquarium.LifeSupport
{
    public static class TankSecrets
    {
        public const string ReefDeviceKey = "8kOjk7gEvs5yIcwYncNFJ3PbWS8wLyYd0lGQw0fEUWA="; // expect: IOT1001
        public const string PfxPassword = "JFV1qqAtYZ-pfx"; // expect: IOT1001

        public const string AzureRootCa = @"-----BEGIN CERTIFICATE-----
MIIBnjCCAUWgAwIBAgIUD5LWCVFmyti0QKv6Lo7pcPhyobwwCgYIKoZIzj0EAwIw
JTEjMCEGA1UEAwwaQXF1YXJpdW0gTGlmZSBTdXBwb3J0IFJvb3QwHhcNMjYxMjAy
MDA1MDMwWhcNMzYxMTI5MDA1MDMwWjAlMSMwIQYDVQQDDBpBcXVhcml1bSBMaWZl
IFN1cHBvcnQgUm9vdDBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABNlQ96MGry6Y
oIMu5SQNKdvudOeA5g2mf264DjMxrKNVSlGJpnLF36YlsgWuLP1mVQXQqKJiVzVk
ulRIXVRYgHSjUzBRMB0GA1UdDgQWBBS2zE2wDqNU0e0rRsHSOowbHE29VTAfBgNV
HSMEGDAWgBS2zE2wDqNU0e0rRsHSOowbHE29VTAPBgNVHRMBAf8EBTADAQH/MAoG
CCqGSM49BAMCA0cAMEQCIFw58hveV0m9/OBkbbfEoDhWYB5T+rNfKU0KWQD0LmyQ
AiAU3am3iPVehJkcppzHiJxsZyshE7Q9/kE/corneyVOAw==
-----END CERTIFICATE-----"; // expect: none
    }

    public class TankController
    {
        // What a diver keys on the panel at the tank top before the pumps may be slowed
        private const string DiverAccessCode = "747145"; // expect: IOT1004

        private static readonly byte[] EventLogKey = { 0xCD, 0x90, 0x23, 0xA9, 0x6E, 0x02, 0x7E, 0xB3, 0x60, 0xF2, 0x82, 0x80, 0xD2, 0xA7, 0x07, 0x86, 0x7E, 0x08, 0x03, 0x2C, 0x92, 0xCB, 0x88, 0x27, 0x9C, 0x41, 0x3B, 0x7E, 0xD7, 0x40, 0xDA, 0x4E }; // expect: IOT1003

        private const string PasswordMask = "********"; // expect: none
        private const string SasTokenFormat = "SharedAccessSignature sr={0}&sig={1}&se={2}"; // expect: none
        // AES self-test with the counting key of the FIPS-197 example
        private static readonly byte[] SelfTestKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none

        private readonly Random _rng = new Random();

        public nanoFramework.Azure.Devices.Client.DeviceClient SharkTank() =>
            new nanoFramework.Azure.Devices.Client.DeviceClient("aquarium-ls.azure-devices.net", "tank-shark", "YhY9kmbODLdolL8nhNBwn/zrK2esMCz59Yp4lO141gg="); // expect: IOT1003

        public Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey JellyfishGallery() =>
            new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey("tank-jelly", "AQZ5TNUf1M6I5DGnAam4dgQTd8MOfzkFsHHlFAfPvsc=", "aQSFaO6Sm3trUVh/b019XyF/ysb1yrcMwUWRPU6Y7NM="); // expect: IOT1003 IOT1003

        public nanoFramework.Azure.Devices.Client.DeviceClient ReefTank() =>
            new nanoFramework.Azure.Devices.Client.DeviceClient("aquarium-ls.azure-devices.net", "tank-reef", TankSecrets.ReefDeviceKey);

        public X509Certificate2 DeviceCertificate(byte[] pfx) => new X509Certificate2(pfx, TankSecrets.PfxPassword);

        public X509Certificate2 RootCertificate() => X509Certificate2.CreateFromPem(TankSecrets.AzureRootCa);

        // The quarantine tank's SAS token is signed on the device; its key was never pasted in
        public string QuarantineSasSignature(string stringToSign)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String("[enter sas key]")); // expect: IOT1006
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));
        }

        public byte[] EncryptEvent(byte[] plain)
        {
            using var aes = Aes.Create();
            aes.Key = EventLogKey;
            var iv = new byte[16];
            _rng.NextBytes(iv); // expect: IOT3005
            aes.IV = iv;
            return aes.EncryptCbc(plain, iv);
        }

        public bool DiverPanel(string keyed) => keyed == DiverAccessCode;

        public static bool AesSelfTest()
        {
            using var aes = Aes.Create();
            aes.Key = SelfTestKey;
            return aes.EncryptEcb(new byte[16], PaddingMode.None).Length == 16;
        }

        // The tank display's own access point, for the aquarists' tablets
        public static string DisplayApPassword()
        {
            string displayApPassword = "reef-" + Dns.GetHostName().ToLowerInvariant(); // expect: IOT1005
            return displayApPassword;
        }

        // The log line written after provisioning
        public static string ProvisioningLogLine(string hub) => "HostName=" + hub + ";DeviceId=tank-reef;SharedAccessKey=***"; // expect: none

        // Dosing pumps start within a random second so the ozone reactor sees a smooth flow
        public int DosingStartMs() => _rng.Next(0, 1000); // expect: none
    }

    public class DiversPanelController
    {
        [Authentication("Basic:admin 1234")] // expect: IOT1002
        public void SlowPumps() { }
    }
}
