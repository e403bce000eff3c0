// Written for corpus32 (not from a public repository).
// Domain: a theatre cloakroom's motorised coat-check carousel with a ticket printer: stores tickets in PostgreSQL and
// MongoDB, posts events to an AMQP bus and a ticketing cloud, uploads archives to S3-compatible storage.
using System;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;

namespace Corpus32.CoatCheckCarousel
{
    internal static class CloakDb
    {
        public static void Open(string connectionString) { }
        public static void OpenDocuments(string uri) { }
    }

    public sealed class CarouselController
    {
        private static readonly string DbPassword = "2#p00Y2G5q1YgW"; // expect: IOT1001
        private const string DbPasswordSetting = "Cloak:Db:Password"; // expect: none
        private const string PfxPath = "/etc/cloak/printer.pfx"; // expect: none
        private const string ExampleTicketToken = "example-ticket-token-0001"; // expect: none
        private const string AdminPasswordSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"; // expect: none
        private const string ArchiveAccessKeyId = "AKIAN3LBOXLMVUWTWGPM"; // expect: IOT1003
        private static readonly string TicketSigningSecret = "**Ipa35q#eio-4"; // expect: IOT1004
        private readonly Random _rng = new Random();
        private readonly HttpClient _http = new HttpClient();

        public void OpenStores()
        {
            CloakDb.Open($"Host=db.cloak.local;Username=carousel;Password={DbPassword};Database=tickets");
            CloakDb.OpenDocuments("mongodb://carousel:6OlB4xTTS!TmKG@mongo.cloak.local:27017/coats"); // expect: IOT1001
        }

        public Amqp.Address Bus() => new Amqp.Address("bus.cloak.local", 5672, "guest", "guest"); // expect: IOT1002

        public X509Certificate2 PrinterCertificate(byte[] pfxBytes) =>
            new X509Certificate2(pfxBytes, "REPLACE-WITH-PFX-PASSWORD"); // expect: IOT1006

        public async Task PostEventAsync(string json)
        {
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("carousel:EPuVJCcnP2CQsz")); // expect: IOT1001
            using var request = new HttpRequestMessage(HttpMethod.Post, "https://tickets.example.com/api/events");
            request.Headers.Add("Authorization", "Basic " + basic);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
            await Task.Delay(Random.Shared.Next(100, 400)); // expect: none
        }

        public string SignTicket(string ticketNo)
        {
            var sb = new StringBuilder();
            for (int i = 0; i < ticketNo.Length; i++)
            {
                sb.Append((char)(ticketNo[i] ^ TicketSigningSecret[i % TicketSigningSecret.Length]));
            }
            return Convert.ToBase64String(Encoding.UTF8.GetBytes(sb.ToString()));
        }

        public string ArchiveKeyId() => ArchiveAccessKeyId;

        public string AttendantPasscode(string serialNumber)
        {
            var attendantPasscode = serialNumber[^6..]; // expect: IOT1005
            return attendantPasscode;
        }

        public byte[] NewClaimNonce()
        {
            byte[] claimNonce = new byte[8];
            _rng.NextBytes(claimNonce); // expect: IOT3005
            return claimNonce;
        }
    }
}
