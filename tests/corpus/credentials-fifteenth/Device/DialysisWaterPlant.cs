// Written for corpus15. Domain: a dialysis clinic's reverse-osmosis water plant: conductivity and chlorine probes,
// a historian database, the hospital's integration gateway, and a disinfection cycle that must be unlocked on site.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace Clinic.RoPlant
{
    public static class PlantSecrets
    {
        public const string HistorianConnectionString = "Server=ro-historian;Database=WaterQuality;User Id=ro_plant;Password=GFob14kb*.ecbkM%;Encrypt=True"; // expect: IOT1001
        public const string ReadOnlyNoPassword = "Server=ro-historian;Database=WaterQuality;Trusted_Connection=True"; // expect: none
        public const string AuditConnectionString = "Server=ro-historian;Database=Audit;User Id=audit;Password=<your-sql-password>"; // expect: IOT1006
        public const string TechnicianPasscode = "172529"; // expect: IOT1004
        public const string DisinfectionUnlockPin = "6472"; // expect: IOT1004
        public const string PasswordSha256 = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"; // expect: none
        public const string SecretDirectory = "/etc/ro-plant/secret"; // expect: none
        public const string DummyPassword = "LsPNHorjZK+Z4i"; // expect: none

        public const string GatewayKeyPem = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIEyvGCJ2TVS8OhGbBMd2D+29h79/TJp0220MP4GaiZTroAoGCCqGSM49
AwEHoUQDQgAEGR4tRQ+XZ2g45wA5Gi2ove/T2cSbghUqEbqZq6HPokm4YYQfZyu9
FiKFZBFhJgISXOS4Lx90Ioh3LEC+WeMs/Q==
-----END EC PRIVATE KEY-----"; // expect: IOT1003
    }

    public sealed class PlantIntegration
    {
        private readonly HttpClient _http = new HttpClient();
        private static readonly Random Rng = new Random();

        public SqlConnection Historian() => new SqlConnection(PlantSecrets.HistorianConnectionString);
        public SqlConnection Audit() => new SqlConnection(PlantSecrets.AuditConnectionString);

        // copied from the driver's documentation when the reporting database was tried out
        public NpgsqlConnection Reporting() => new NpgsqlConnection("Host=myserver;Username=mylogin;Password=mypass;Database=mydatabase"); // expect: IOT1006

        public X509Certificate2 ClientCertificate() => new X509Certificate2("/etc/ro-plant/plant-client.pfx", "HXVOulaR+RIt"); // expect: IOT1001

        public X509Certificate2 HistorianCertificate() => X509CertificateLoader.LoadPkcs12FromFile("/etc/ro-plant/historian.pfx", "changeme"); // expect: IOT1002

        public X509Certificate2 GatewayCertificate(string certPem)
        {
            return X509Certificate2.CreateFromPem(certPem, "-----BEGIN PRIVATE KEY-----\nPASTE-KEY-HERE\n-----END PRIVATE KEY-----"); // expect: IOT1006
        }

        public async Task PostReadingAsync(string json)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://integration.hospital.example/ro/readings");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJyby1za2lkLTAyIiwiaWF0IjoxNzE4MDAwMDAwLCJzY29wZSI6InBsYW50OndyaXRlIn0.wNauKyWbYOzoTP8ZyU1JGS7VLa8WA9i_nv4Kkia_Uio"); // expect: IOT1003
            request.Content = new StringContent(json);
            await _http.SendAsync(request);
        }

        // the chlorine analyser's front panel gets a password at commissioning
        public string ChlorinePanelPassword()
        {
            string panelPassword = "RO-" + Dns.GetHostName().ToUpperInvariant(); // expect: IOT1005
            return panelPassword;
        }

        public bool StartDisinfection(string enteredPin, string enteredPasscode)
        {
            return enteredPin == PlantSecrets.DisinfectionUnlockPin && enteredPasscode == PlantSecrets.TechnicianPasscode;
        }

        // one conductivity sample in twenty is also written to the audit table
        public bool SampleForAudit() => Rng.Next(20) == 0; // expect: none

        public string PasswordPrompt() => "Enter the technician passcode, then press OK."; // expect: none
    }
}
