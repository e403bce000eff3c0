// HTTP gateway client of a smart plug hub: Basic auth, bearer and API-key headers, NetworkCredential.
#nullable enable
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Corpus.PlugHub.Http
{
    internal static class HttpAuthHeaders
    {
        private const string CloudUser = "plughub-eu"; // expect: none
        private const string CloudPassword = "Plg-hub#EU-4471"; // expect: IOT1001
        private static readonly string PartnerApiKey = "pk_live_7Hq2Lm9Xr4Tz8Vb1"; // expect: IOT1001

        public static HttpClient Basic()
        {
            var http = new HttpClient();
            var token = Convert.ToBase64String(Encoding.ASCII.GetBytes(CloudUser + ":" + CloudPassword));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
            return http;
        }

        public static HttpClient BasicInline()
        {
            var http = new HttpClient();
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes("installer:Inst-4ll3r-pw")); // expect: IOT1001
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
            return http;
        }

        public static HttpClient BasicDefault()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:1234"))); // expect: IOT1002
            return http;
        }

        public static HttpRequestMessage RawBasic()
        {
            var req = new HttpRequestMessage(HttpMethod.Get, "http://192.168.1.50/cgi-bin/status");
            req.Headers.Add("Authorization", "Basic cGx1Z2h1YjpQbGctTGFuLTk5"); // expect: IOT1001
            return req;
        }

        public static HttpClient Bearer()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk_dev_3b9Fq7Kx1Lw5Rz2Tn8Vc"); // expect: IOT1001
            return http;
        }

        public static HttpClient ApiKeyHeader()
        {
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-API-Key", PartnerApiKey);
            http.DefaultRequestHeaders.TryAddWithoutValidation("x-functions-key", "Fn7kQ2pL9mX4vB8rT1wZ6cY3nH5jD0sA"); // expect: IOT1001
            http.DefaultRequestHeaders.Add("X-Request-Id", Guid.NewGuid().ToString()); // expect: none
            http.DefaultRequestHeaders.Add("User-Agent", "PlugHub/2.4 (+https://plughub.example/device)"); // expect: none
            return http;
        }

        public static HttpClientHandler Credentials()
        {
            return new HttpClientHandler
            {
                Credentials = new NetworkCredential("hub", "Hub-LAN-pw-93"), // expect: IOT1001
            };
        }

        public static NetworkCredential Proxy()
        {
            return new NetworkCredential(userName: "proxyuser", password: "support"); // expect: IOT1002
        }

        public static NetworkCredential FromPrompt(string user, string typed)
        {
            // typed in on the local display at run time
            return new NetworkCredential(user, typed);
        }

        public static HttpRequestMessage Anonymous()
        {
            var req = new HttpRequestMessage(HttpMethod.Get, "https://plughub.example/api/v1/time");
            req.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json")); // expect: none
            req.Headers.Add("Authorization", "None"); // expect: none
            return req;
        }

        public static string BuildHeaderFromSettings(string user, string password)
        {
            return "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")); // expect: none
        }
    }
}
