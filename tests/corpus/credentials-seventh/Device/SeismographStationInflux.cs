// Real source: jkoplo/CrudeObservatory src/Sandbox/InfluxClient/Program.cs
// Moved to a seismograph vault: the station computer writes peak ground acceleration to InfluxDB and pulls the
// archive's catalogue over HTTP. The original top-level program is wrapped in a class; the token is new.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using InfluxDB.Client;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;

namespace Geophysics.Vault
{
    public static class SeismographStationInflux
    {
        // You can generate an API token from the "API Tokens Tab" in the UI
        const string token = "Q_uTxrUMYC29raZ7pgh59ij_DRX4R8JF8kdN4YwQEL5WYUErpNc83lNUKkYGHu78ZdGvB40vldM-58dGlE-9Zg=="; // expect: IOT1001
        const string readToken = "READ_TOKEN"; // expect: IOT1006

        const string bucket = "waveforms"; // expect: none
        const string org = "st04-vault";

        public static void WritePeak(double pga)
        {
            using var client = new InfluxDBClient("http://localhost:8086", token);

            var point = PointData
              .Measurement("ground") // expect: none
              .Tag("station", "ST04")
              .Field("pga_g", pga)
              .Timestamp(DateTime.UtcNow, WritePrecision.Ns);

            using (var writeApi = client.GetWriteApi())
            {
                writeApi.WritePoint(point, bucket, org);
            }
        }

        // The broadband digitiser in the vault keeps its web login from the factory.
        public static AuthenticationHeaderValue DigitiserLogin() =>
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("supervisor:supervisor"))); // expect: IOT1002

        public static long NewTriggerNonce()
        {
            long nonce = Random.Shared.NextInt64(); // expect: IOT3005
            return nonce;
        }

        public static InfluxDBClient DashboardClient() => new InfluxDBClient("http://localhost:8086", readToken);

        public static async Task<string> ArchiveCatalogueAsync()
        {
            var jitterMs = Random.Shared.Next(0, 250); // expect: none
            await Task.Delay(jitterMs);

            using var http = new HttpClient { BaseAddress = new Uri("https://seismo-archive.example.net/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Token", "sRwMWVyKF1jqWbf_5G_-xtoZoEW1xsBRMjjMAg29WS2W5J2_pvwoHjdIiN8yNlmccg0BTEv0H5h-o8PPcEfBLQ=="); // expect: IOT1001
            return await http.GetStringAsync("api/v2/buckets?org=st04-vault&name=waveforms"); // expect: none
        }
    }
}
