// Written for corpus14: a ferry terminal's ticket gates (backend profiles picked by a condition, per-terminal API keys
// from a switch expression, an OPC UA turnstile controller login, ticket-signing HMAC, random boarding tokens).
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Opc.Ua;

namespace FerryTicketGate
{
    record GateBackend(string Url, string User, string Password);

    sealed class GateUplink
    {
        static readonly GateBackend Staging = new("https://stg.ferry.example", "gate", "changeme"); // expect: IOT1002
        static readonly GateBackend Production = new("https://tickets.ferry.example", "gate", "D6gv-WX6gD-92"); // expect: IOT1001

        readonly HttpClient _http = new HttpClient();

        public void Configure(bool staging, string terminal)
        {
            var profile = staging ? Staging : Production;
            _http.BaseAddress = new Uri(profile.Url);
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{profile.User}:{profile.Password}")));
            _http.DefaultRequestHeaders.Add("X-API-Key", ApiKeyFor(terminal));
        }

        static string ApiKeyFor(string terminal) => terminal switch
        {
            "north" => "4gS9-2iDVb-83", // expect: IOT1001
            "south" => "GJ1U-mT0z7-77", // expect: IOT1001
            _ => ""
        };
    }

    sealed class TurnstileController
    {
        public IUserIdentity Login() => new UserIdentity("turnstile", "WZDj-H4GOU-46"); // expect: IOT1001
        public IUserIdentity Anonymous() => new UserIdentity();
    }

    static class TicketSigner
    {
        static readonly byte[] TicketKey = Convert.FromHexString("79a0b69a4f286a3a6810a8edb6a121dd"); // expect: IOT1003

        public static string Sign(string ticketId)
        {
            using var hmac = new HMACSHA256(TicketKey);
            return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(ticketId)));
        }

        public static byte[] EncryptManifest(byte[] manifest)
        {
            using var aes = Aes.Create();
            aes.Key = new byte[] { 0x5E, 0x91, 0x0C, 0xA7, 0x33, 0xD8, 0x6B, 0xF2, 0x19, 0x84, 0xE0, 0x4D, 0xB6, 0x2A, 0x7F, 0xC5 }; // expect: IOT1003
            return aes.EncryptCbc(manifest, RandomNumberGenerator.GetBytes(16), PaddingMode.PKCS7);
        }

        private const string ManifestSecret = "FKRu-YaZpp-50"; // expect: IOT1004

        public static int ManifestSeal(string manifest) => (manifest + ManifestSecret).GetHashCode();

        public static byte[] SelfTest()
        {
            // RFC 4231 test case 1: a repeated 0x0b key, not a device secret
            using var hmac = new HMACSHA256(Enumerable.Repeat((byte)0x0b, 20).ToArray()); // expect: none
            return hmac.ComputeHash(Encoding.ASCII.GetBytes("Hi There")); // expect: none
        }
    }

    static class Boarding
    {
        static readonly Random Rng = new Random();

        public static string NewBoardingToken()
        {
            var buf = new byte[12];
            Rng.NextBytes(buf); // expect: IOT3005
            var boardingToken = Convert.ToBase64String(buf);
            return boardingToken;
        }

        public static string GateServicePassword(int gateNumber)
        {
            string gatePassword = "Gate" + gateNumber.ToString("D2"); // expect: IOT1005
            return gatePassword;
        }

        public static int QueueSample(int queueLength) => Rng.Next(queueLength); // expect: none
    }

    static class NotSecrets
    {
        public const string ApiKeyHeaderName = "X-API-Key"; // expect: none
        public const string BackendPasswordKey = "Gate:Backend:Password"; // expect: none
        public const string GateBusyMessage = "Gate busy, please use the next lane"; // expect: none
        public const string TicketKeyThumbprint = "2BE54AF4B2D1E4CD33366F19188D0ECD16A7566E"; // expect: none
    }
}
