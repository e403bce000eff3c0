// Real source: Aelean99/HikvisionWebApi HikvisionWebApi/Modules/WebClient.cs (two versions of the file: the field
// password, and the password list tried by InitClient) (+ Modules/Requests.cs request shape)
// Domain: bulk configuration service for the Hikvision cameras of an internet provider's subscribers (ISAPI).
// Kept: CredentialCache with a Basic and a Digest NetworkCredential("admin", password) for the ISAPI base URI,
// the static HttpClient, the loop over a StringCollection of candidate passwords ending in "12345" and "admin".
// The provider's own camera password (eight characters: five letters and three digits) was replaced by a freshly
// invented one of the same shape, in both places where it stands.
// Changed: both versions merged into one class (field constructor and password constructor); Requests.cs reduced
// to the one GET the loop uses.
using System;
using System.Collections.Specialized;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace HikvisionWebApi.Modules
{
    public class WebClient
    {
        private string camBaseUri;
        private string password = "sxmkd425"; // expect: IOT1001

        public WebClient() { }

        public WebClient(string ip)
        {
            camBaseUri = $"http://{ip}/ISAPI/";

            CredentialCache credCache = new()
            {
                { new UriBuilder(camBaseUri).Uri, "Basic", new NetworkCredential("admin", password) }, // expect: none
                { new UriBuilder(camBaseUri).Uri, "Digest", new NetworkCredential("admin", password) } // expect: none
            };

            Client = new HttpClient(
                new SocketsHttpHandler
                {
                    ConnectTimeout = TimeSpan.FromSeconds(30),
                    Credentials = credCache
                }, disposeHandler: true)
            { BaseAddress = new UriBuilder(camBaseUri).Uri };
        }

        internal WebClient(string ip, string password)
        {
            var camBaseUri = $"http://{ip}/ISAPI/";

            CredentialCache credCache = new()
            {
                { new UriBuilder(camBaseUri).Uri, "Basic", new NetworkCredential("admin", password) },
                { new UriBuilder(camBaseUri).Uri, "Digest", new NetworkCredential("admin", password) }
            };

            Client = new HttpClient(
                new SocketsHttpHandler
                {
                    ConnectTimeout = TimeSpan.FromSeconds(30),
                    Credentials = credCache
                }, disposeHandler: true)
            { BaseAddress = new UriBuilder(camBaseUri).Uri };
        }

        public static HttpClient Client { get; set; }

        internal static async Task<HttpStatusCode> InitClient(string ip)
        {
            StringCollection passwordCollection = new() { "sxmkd425", "12345", "admin" }; // expect: IOT1001 IOT1002 IOT1002
            HttpStatusCode statusCode = HttpStatusCode.Unused;
            foreach (var i in passwordCollection)
            {
                WebClient wc = new(ip, i);
                var response = await Client.GetAsync("Security/userCheck"); // expect: none
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    statusCode = response.StatusCode;
                    break;
                }
                else
                {
                    statusCode = response.StatusCode;
                }
            }
            return statusCode;
        }
    }

    // Requests.cs (trimmed)
    public static class Requests
    {
        private const string UserCheckFailed = "Camera refused every stored password; check it on site."; // expect: none

        public static async Task<string> GetDeviceInfo(string ip)
        {
            var status = await WebClient.InitClient(ip);
            if (status != HttpStatusCode.OK)
                return UserCheckFailed;

            var response = await WebClient.Client.GetAsync("System/deviceInfo");
            return await response.Content.ReadAsStringAsync();
        }
    }
}
