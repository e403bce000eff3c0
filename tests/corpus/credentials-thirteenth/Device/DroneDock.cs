// Written for corpus13: an autonomous drone dock (roof hatch, battery swap, charging pads) provisioned through Azure DPS,
// encrypting mission telemetry and downloading firmware from a private GitHub release.
using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace DroneDock
{
    public class DockProvisioning
    {
        public SecurityProviderSymmetricKey Provider(string registrationId) =>
            new SecurityProviderSymmetricKey(registrationId, "erYOebUbz6+DBiQPi8Q0wd5frFbbEu4E9s3Rdzfpkvk=", "KrXKp5/M+ueS2Up1/pFTi2doe9L4AxNZSNYsYgipx+w="); // expect: IOT1003 IOT1003

        public static string DeriveDeviceKey(string enrollmentKey, string registrationId)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentKey));
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
        }

        public string RooftopKey() => DeriveDeviceKey("Yk3tQ8vLw2ZpN5rC7xF1hJ9mB4sD6gA0eU2iO8yT5qE=", "dock-roof-03"); // expect: IOT1003
    }

    public class MissionTelemetry
    {
        private static readonly byte[] TelemetryKey = { 0x77, 0x88, 0x55, 0x20, 0xD5, 0x75, 0x1D, 0x90, 0xDD, 0x88, 0x3F, 0x9F, 0x96, 0x6B, 0x24, 0x35 }; // expect: IOT1003
        private static readonly byte[] TestVectorKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none

        public static byte[] Seal(byte[] frame, bool bench)
        {
            using var aes = Aes.Create();
            aes.Key = bench ? TestVectorKey : TelemetryKey;
            return aes.EncryptCbc(frame, new byte[16], PaddingMode.PKCS7);
        }

        public static string NewMissionToken()
        {
            const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
            var rng = new Random();
            string missionToken = new string(Enumerable.Range(0, 16).Select(_ => alphabet[rng.Next(alphabet.Length)]).ToArray()); // expect: IOT3005
            return missionToken;
        }
    }

    public class FirmwareFetcher
    {
        private readonly HttpClient _http = new HttpClient();

        public void UseReleaseToken(bool ci)
        {
            _http.DefaultRequestHeaders.Add("Authorization", ci ? "token ghp_iPAUjEZUNDV7CA1GH0rVKJAVvk5oacH9djLa" : "token ghp_..."); // expect: IOT1003 IOT1006
        }

        public const string ReleaseUrl = "https://api.github.com/repos/dockworks/dock-fw/releases/latest"; // expect: none
    }
}
