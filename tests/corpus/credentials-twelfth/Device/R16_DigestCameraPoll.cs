// Real source: CallumHoughton18/csharp-dotnet-digest-authentication README.md (extension HttpClientExtensions stubbed)
// Kept: the README example: HttpClient with BaseAddress "https://httpbin.org", HttpRequestMessage(Get,
// "/digest-auth/auth/username/password"), the Accept/User-Agent/Accept-Encoding/Connection headers,
// client.SendWithDigestAuthAsync(request, HttpCompletionOption.ResponseContentRead, "username", "password").
// Added: the barn camera's snapshot poll through the same extension with a password from a local, and the
// snapshot path, and a client nonce header made with System.Random.
using System;
using System.Net.Http;
using System.Threading.Tasks;
using HttpClientDigestAuth;

namespace BarnCameraPoller
{
    public static class DigestExample
    {
        public static async Task RunReadme()
        {
            var client = new HttpClient();
            client.BaseAddress = new Uri("https://httpbin.org");
            var request = new HttpRequestMessage(HttpMethod.Get, "/digest-auth/auth/username/password"); // expect: none
            request.Headers.Add("Accept", "*/*");
            request.Headers.Add("User-Agent", "HttpClientDigestAuthTester");
            request.Headers.Add("Accept-Encoding", "gzip, deflate, br");
            request.Headers.Add("Connection", "keep-alive");

            var response = await client.SendWithDigestAuthAsync(request, HttpCompletionOption.ResponseContentRead, "username", "password"); // expect: IOT1002
        }

        // Added: the barn camera
        public static async Task<byte[]> Snapshot()
        {
            var client = new HttpClient { BaseAddress = new Uri("http://10.0.30.21") };
            var request = new HttpRequestMessage(HttpMethod.Get, "/ISAPI/Streaming/channels/101/picture");
            var digestPassword = "Stall-Cam-4471"; // expect: IOT1001
            var cnonce = new Random().Next().ToString("x8"); // expect: IOT3005
            request.Headers.Add("X-Client-Nonce", cnonce);
            var response = await client.SendWithDigestAuthAsync(request, HttpCompletionOption.ResponseContentRead, "barn", digestPassword);
            return await response.Content.ReadAsByteArrayAsync();
        }
    }
}

// Added: values near the credentials that are not secrets
internal static class NotSecrets_R16
{
    public const string DigestScheme = "Digest"; // expect: none
    public const string QopAuth = "auth"; // expect: none
    public const string DigestPasswordEnv = "BARN_CAM_PASSWORD"; // expect: none
}
