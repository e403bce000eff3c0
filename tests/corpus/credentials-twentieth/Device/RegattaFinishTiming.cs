// Written for this corpus: a rowing regatta's finish tower (the photo-finish camera uploads to an FTP mirror and to
// Blob Storage, the tower's gateway provisions itself through DPS, umpires' launch tablets, the race officer's keypad).
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Azure.Devices.Provisioning.Client;

namespace Regatta.FinishTower
{
    public class PhotoFinishUpload
    {
        private readonly Random _rng = new Random();

        // The results mirror takes anonymous FTP; the e-mail address is the customary anonymous password.
        public static ICredentials FtpMirror() => new NetworkCredential("anonymous", "timing@regatta.example"); // expect: none

        public static Task<HttpResponseMessage> UploadToBlob(HttpClient http, Stream image, string name) =>
            http.PutAsync($"https://regattaresults.blob.core.windows.net/finish/{name}?sv=2022-11-02&ss=b&srt=o&sp=cw&se=2026-09-30T18:00:00Z&sig=bPMBKWOQGsEhccpCmQ1mJ6BGAe1A%2B%2Bt9RFtgz%2FbMyqU%3D", // expect: IOT1001
                new StreamContent(image));

        public static Task<HttpResponseMessage> UploadTemplate(HttpClient http, Stream image) =>
            http.PutAsync("https://regattaresults.blob.core.windows.net/finish/test.jpg?sv=2022-11-02&sp=cw&sig=<signature>", // expect: IOT1006
                new StreamContent(image));

        public string NewUploadSessionId() => _rng.NextInt64().ToString("X16"); // expect: IOT3005
    }

    public class TowerGateway
    {
        // The tower gateway's client certificate key, pasted in for the first regatta.
        private const string GatewayKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIGJOgS97YH31PnOPnn43sYqXelj0Pe9TbPQ3R8gnUxsYoAoGCCqGSM49AwEHoUQDQgAEnDYUgXwuo0MLRa8bAEBoyxCuuazqmY1oEIBxVWAeLJfSdv8rsMZp+G1h6UhFNcha51ApVuBRg26jNeOIQj+ALQ==\n-----END EC PRIVATE KEY-----"; // expect: IOT1003

        public static System.Security.Cryptography.X509Certificates.X509Certificate2 GatewayCertificate(string certPem) =>
            System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(certPem, GatewayKeyPem);

        public static SecurityProviderSymmetricKey Provisioning(string registrationId) =>
            new SecurityProviderSymmetricKey(registrationId,
                "061B9tXa5G1pAuW6XPk37NmRgfdd69xIS1Xl9aptTjE=", // expect: IOT1003
                "1FsBXoWx/hq1TrDJqS38U4S5kEDpAPfQfv20pzKQOFU="); // expect: IOT1003

        // Finish-line sensors derive their device key from the registration id alone.
        public static string SensorDeviceKey(string registrationId)
        {
            var deviceKey = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(registrationId))); // expect: IOT1005
            return deviceKey;
        }

        // The timing boxes derive theirs with the group key from the provisioning laptop's environment.
        public static string TimingBoxDeviceKey(string registrationId)
        {
            var groupKey = Convert.FromBase64String(Environment.GetEnvironmentVariable("REGATTA_DPS_GROUP_KEY") ?? "");
            using var hmac = new HMACSHA256(groupKey);
            var timingBoxKey = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId))); // expect: none
            return timingBoxKey;
        }
    }

    public static class Umpires
    {
        private const string RaceOfficerPasscode = "47314410"; // expect: IOT1004

        public static bool RaceOfficerKeypad(string entered) => entered.Trim() == RaceOfficerPasscode;

        // Launch tablets unlock with the umpire's birthday, day and month.
        public static string LaunchTabletPin(DateTime umpireBirthDate) => umpireBirthDate.ToString("ddMM"); // expect: IOT1005

        public const string LaneCountSetting = "Regatta:Lanes"; // expect: none
    }
}
