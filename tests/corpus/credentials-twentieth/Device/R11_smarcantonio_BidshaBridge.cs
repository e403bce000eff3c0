// Real source: smarcantonio/BidshaBridge
//   BlueIrisClient/Client.cs (private constructor keeps username and password in fields and sets the image client's
//   Basic header from Encoding.ASCII.GetBytes($"{username}:{password}"); CreateLoggedInAsync(baseUri, username, password)
//   builds the client and runs the JSON "login" challenge with an MD5 response), BlueIrisClientApp/Program.cs
//   (configuration from user secrets and the command line: blueIris:uri, blueIris:username, blueIris:password)
// Kept: the client's constructor, the login exchange, CamSet / Trigger / GetImage and the configuration keys.
// Changed: the mjpeg stream reader and the camera JSON converter are left out; CreateLoggedIn is CreateLoggedInAsync.
// Added (an allotment society's shed cameras): a written fallback beside the configured password and the first-boot
//   path that logs in with the NVR's factory login.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Newtonsoft.Json;

namespace BlueIrisClient
{
    public class BlueIrisClientException : Exception { public BlueIrisClientException(string message) : base(message) { } }

    public class LoginResponse { [JsonProperty("session")] public string Session { get; set; } }

    public class Client : IDisposable
    {
        private readonly HttpClient _jsonClient;
        private readonly HttpClient _httpClient;
        private readonly string _username;
        private readonly string _password;
        private static readonly JsonSerializerSettings _jsonSettings = new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore };
        private string _session;

        private Client(Uri baseUri, string username, string password)
        {
            _username = username;
            _password = password;

            _jsonClient = new HttpClient() { BaseAddress = baseUri };
            _jsonClient.DefaultRequestHeaders.Accept.Clear();
            _jsonClient.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

            _httpClient = new HttpClient() { BaseAddress = baseUri };

            var basicAuthBytes = Encoding.ASCII.GetBytes($"{username}:{password}");
            _httpClient.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", Convert.ToBase64String(basicAuthBytes));
        }

        public static async Task<Client> CreateLoggedInAsync(Uri baseUri, string username, string password, CancellationToken cancellationToken = default)
        {
            var client = new Client(baseUri, username, password);
            try
            {
                var session = await client.LoginAsync(cancellationToken);
                if (session != null)
                {
                    client._session = session;
                    return client;
                }
                throw new BlueIrisClientException("Failed to log into Blue Iris");
            }
            catch
            {
                client.Dispose();
                throw;
            }
        }

        private async Task<T> PostJsonAsync<T>(object request, CancellationToken cancellationToken = default)
        {
            using var content = new StringContent(JsonConvert.SerializeObject(request, _jsonSettings));
            using var httpRequest = new HttpRequestMessage(HttpMethod.Post, "json") { Content = content };
            using var response = await _jsonClient.SendAsync(httpRequest, cancellationToken);
            var responseContent = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                throw new BlueIrisClientException(responseContent);
            }
            return JsonConvert.DeserializeObject<T>(responseContent, _jsonSettings);
        }

        private async Task<string> LoginAsync(CancellationToken cancellationToken = default)
        {
            var challenge = await PostJsonAsync<LoginResponse>(new { cmd = "login" }, cancellationToken); // expect: none

            using var md5 = MD5.Create();
            var authHash = BitConverter.ToString(
               md5.ComputeHash(Encoding.UTF8.GetBytes($"{_username}:{challenge.Session}:{_password}")))
               .Replace("-", string.Empty);

            var login = await PostJsonAsync<LoginResponse>(new
            {
                cmd = "login",
                session = challenge.Session,
                response = authHash
            }, cancellationToken);
            return login?.Session;
        }

        public async Task Trigger(string camera, CancellationToken cancellationToken = default)
        {
            await PostJsonAsync<LoginResponse>(new { cmd = "trigger", session = _session, camera }, cancellationToken);
        }

        public async Task<byte[]> GetImage(string camera, CancellationToken cancellationToken = default)
        {
            using var response = await _httpClient.GetAsync($"/image/{camera}", cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new BlueIrisClientException($"Failed to download image for camera '{camera}' from Blue Iris. HTTP status code: {response.StatusCode}");
            return await response.Content.ReadAsByteArrayAsync();
        }

        public void Dispose()
        {
            _jsonClient.Dispose();
            _httpClient.Dispose();
        }

        // Added: the allotment society's app, in the same file as the client so the constructor is followed.
        public static Task<Client> ShedCameras(IConfiguration config) =>
            CreateLoggedInAsync(new Uri(config["blueIris:uri"] ?? "http://nvr.allotments.lan:81"),
                config["blueIris:username"] ?? "shed-viewer",
                config["blueIris:password"] ?? "FCMm6#FrLdH9"); // expect: IOT1001

        public static Task<Client> FirstBoot() =>
            CreateLoggedInAsync(new Uri("http://nvr.allotments.lan:81"), "admin", "admin"); // expect: IOT1002
    }
}

namespace BlueIrisClientApp
{
    using BlueIrisClient;

    class Program
    {
        static async Task Main(string[] args)
        {
            var config = new ConfigurationBuilder()
                .AddUserSecrets<Program>()
                .AddCommandLine(args)
                .Build();

            using var blueIrisClient = await Client.CreateLoggedInAsync(
                new Uri(config["blueIris:uri"]),
                config["blueIris:username"],
                config["blueIris:password"]); // expect: none

            Console.WriteLine("Press 'T' to trigger or 'I' to get image");
            await blueIrisClient.Trigger("Drive");
            await blueIrisClient.GetImage("Drive");
        }
    }
}
