// Written for corpus21: a crematorium's cremator control gateway. It reads the cremator PLC over Modbus, records each
// cycle in the local database, sends the emissions record to the regulator's portal, talks mTLS to the mercury-abatement
// vendor and lets engineers unlock the maintenance screen.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;

namespace CrematoriumGateway
{
    internal static class Site
    {
        public const string EmissionsPortalUser = "crem-ops-0412";
        public const string EmissionsPortalPassword = "eYDxV#nyTJ2-aV"; // expect: IOT1001
        public const string CycleDb = "Server=cremdb;Database=Cycles;User Id=cycle_writer;Password=y4xwxk9skGy!l6Xh;Encrypt=True"; // expect: IOT1001
        public const string ReadOnlyNoPassword = "Server=cremdb;Database=Cycles;Trusted_Connection=True;Encrypt=True"; // expect: none
        public const string PasswordMask = "********"; // expect: none
        public const string WwwAuthenticate = "Basic realm=\"cremator-hmi\""; // expect: none

        public const string AbatementClientKeyPem =
            "-----BEGIN EC PRIVATE KEY-----\n" +
            "MHcCAQEEIAnbAkknHBVPm+CNYKjeL1iDawDzSBoSAUpS7NwipqvCoAoGCCqGSM49\n" +
            "AwEHoUQDQgB7O1KRiI/LWqJrSJKVKkhnAjpVO/OfsCaomXEBFMWWivqkHdZPh9c6\n" +
            "lkY00b0Vb/fliRnnXunUUg1kSJwpbzgLaQ==\n" +
            "-----END EC PRIVATE KEY-----"; // expect: IOT1003
    }

    internal static class MaintenanceScreen
    {
        private static readonly (string User, string Password)[] EngineerLogins =
        {
            ("service", "service"), // expect: IOT1002 IOT1002
            ("fieldeng", "bAe8ZEoa*cGQ"), // expect: IOT1004
        };

        public static bool Unlock(string user, string password)
        {
            foreach (var (u, p) in EngineerLogins)
                if (u == user && p == password) return true;
            return false;
        }

        // the charge door's release code shown to the operator for the current cycle
        public static string DoorReleaseCode(int cycleNumber)
        {
            string doorReleaseCode = "D" + cycleNumber.ToString("D4"); // expect: IOT1005
            return doorReleaseCode;
        }
    }

    internal class Uplink
    {
        private readonly Random _rng = new Random();

        public async Task SendEmissionsAsync(string csv)
        {
            using var http = new HttpClient();
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(Site.EmissionsPortalUser + ":" + Site.EmissionsPortalPassword));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);

            byte[] requestNonce = new byte[16];
            _rng.NextBytes(requestNonce); // expect: IOT3005
            http.DefaultRequestHeaders.Add("X-Request-Nonce", Convert.ToHexString(requestNonce));
            await http.PostAsync("https://emissions.regulator.example/api/cycles", new StringContent(csv));
        }

        public HttpClient AbatementClient()
        {
            var cert = X509Certificate2.CreateFromPem(System.IO.File.ReadAllText("/etc/crem/abatement.crt"), Site.AbatementClientKeyPem);
            var handler = new HttpClientHandler();
            handler.ClientCertificates.Add(cert);
            return new HttpClient(handler);
        }

        public double SimulatedFlueTemperature() => 850 + _rng.NextDouble() * 40; // expect: none
    }
}
