// Written for corpus27: the climate rack controller of a black soldier fly larvae farm (Meadow F7). It holds
// substrate temperature and humidity per rack, doses feed through the feed-dosing unit, writes readings to InfluxDB,
// syncs rack state with the farm's management API and enrols in IoT Hub through DPS.
using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using InfluxDB.Client;
using Meadow.Hardware;
using Microsoft.Azure.Devices.Shared;

namespace Corpus27.Larvae
{
    public sealed class RackController
    {
        private const string InfluxToken = "LtDwnZxx20O/LAjbZac6uvtNNImWh7m5cXgkKnFx3c4KBw1lunKQBl0fzoys5B9L9Cr4Gr11MhNIPljhjD2aSQ=="; // expect: IOT1001
        private const string RackSigningKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIETefv9S0Rqt6DWyyb85d0aSaL21Rpoi+iAoQoioaCCMoAoGCCqGSM49AwEHoUQDQgAETZJ6NxYGy6kMamscX3pqus1h5V2ZzHhk+YTFYH8o2Ee9tYSP4Z8eZH8zBs75BzpsH8E3o2YlcBtFKcbr7jd0XA==\n-----END EC PRIVATE KEY-----"; // expect: IOT1003
        private const string FirmwarePasswordSha256 = "6c51419a8290be6dbe4bac863670d29c3c01cdbbab96b228d4b9727cbd9bf18d"; // expect: none
        private const string SessionExpiredMessage = "Token expired, sign in again."; // expect: none
        private const int HeaterPin = 12; // expect: none
        private const string RackEnrollmentGroupId = "6868e275-41ad-474d-9352-f6c668589f4c"; // expect: none

        public string FeedDosingApiToken { get; } = "BWm1lPvdqFhra3"; // expect: IOT1004

        private readonly HttpClient _http = new HttpClient();

        public async Task StartAsync(IWiFiNetworkAdapter wifi)
        {
            var psk = Environment.GetEnvironmentVariable("LARVAE_WIFI_PSK") ?? "fVdEh5ybBPjZBj"; // expect: IOT1001
            await wifi.Connect("bsf-hall-2", psk, TimeSpan.FromSeconds(45));

            using var influx = new InfluxDBClient("https://influx.farm.local:8086", token: InfluxToken);

            var provider = new SecurityProviderSymmetricKey("rack-07", "<primary key>", null); // expect: IOT1006
            Console.WriteLine("enrolling in group " + RackEnrollmentGroupId);

            var clientCert = new X509Certificate2(File.ReadAllBytes("rack07.pfx"), "password"); // expect: IOT1002
        }

        public async Task SyncRackStateAsync(string json)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, "https://farm-mgmt.example/api/racks/07");
            request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("rackctl:G8OqKUw3Q4P2M4"))); // expect: IOT1001
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }

        public string DefaultRackConfigJson() =>
            "{\"wifi\":{\"ssid\":\"bsf-hall-2\",\"password\":\"jmhDEI66TA1VQ\"},\"rack\":7}"; // expect: IOT1001

        public string RackWebPassword()
        {
            var rackPassword = "BSF-" + Environment.TickCount.ToString("X"); // expect: IOT1005
            return rackPassword;
        }

        public string NewFeedBatchToken()
        {
            var feedBatchToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
            return feedBatchToken;
        }

        public byte[] DosingFrame(int grams) =>
            Encoding.ASCII.GetBytes($"{FeedDosingApiToken};DOSE={grams};H={HeaterPin}");

        public bool FirmwareMatches(byte[] image) =>
            Convert.ToHexString(SHA256.HashData(image)).Equals(FirmwarePasswordSha256, StringComparison.OrdinalIgnoreCase);

        public string Describe(bool expired) => expired ? SessionExpiredMessage : RackSigningKeyPem.Length.ToString();
    }
}
