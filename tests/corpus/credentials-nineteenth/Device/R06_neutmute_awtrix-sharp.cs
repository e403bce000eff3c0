// Real source: neutmute/awtrix-sharp
//   src/api/Domain/MqttSettings.cs, src/api/HostedServices/MqttConnector.cs, src/api/Middleware/ApiKeyMiddleware.cs
// Kept: MqttSettings (Host "localhost", empty Username / Password), the v5 options chain of ConnectAsync
// (CreateClientOptionsBuilder, WithTcpServer, WithCredentials(_settings.Username, _settings.Password) when a user is
// set), the X-Api-Key header name and the hashed constant-time comparison of IsMatch.
// Changed: ASP.NET Core middleware plumbing reduced to the comparison; ILogger to Console.
// Added (a dental surgery's waiting-room pixel clock): the options the kiosk host builds, the API key default, and
// the HTTP publisher to the clock's own web API (AWTRIX 3 Basic login).
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Options;
using MQTTnet;

namespace AwtrixSharpWeb.Domain
{
    public class MqttSettings
    {
        public string Host { get; set; } = "localhost";
        public string Username { get; set; } = string.Empty;
        public string Password { get; set; } = string.Empty;
    }

    public class ApiSettings
    {
        public const string DefaultWaitingRoomApiKey = "wlrjJUpQZHU9sSaD5MkE"; // expect: IOT1004
        public string Key { get; set; } = DefaultWaitingRoomApiKey;
    }
}

namespace AwtrixSharpWeb.HostedServices
{
    using AwtrixSharpWeb.Domain;

    public class MqttConnector
    {
        private IMqttClient _client;
        private readonly MqttSettings _settings;

        public MqttConnector(IOptions<MqttSettings> settings)
        {
            _settings = settings.Value;
        }

        public async Task<bool> ConnectAsync(CancellationToken cancellationToken = default)
        {
            Console.WriteLine($"Connecting to MQTT broker at {_settings.Host}...");
            var mqttClientFactory = new MqttClientFactory();

            var clientOptionsBuilder = mqttClientFactory.CreateClientOptionsBuilder()
                .WithTcpServer(_settings.Host);

            if (!string.IsNullOrEmpty(_settings.Username))
            {
                clientOptionsBuilder.WithCredentials(_settings.Username, _settings.Password);
            }

            var clientOptions = clientOptionsBuilder.Build();
            _client = mqttClientFactory.CreateMqttClient();

            using var timeoutCts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var result = await _client.ConnectAsync(clientOptions, timeoutCts.Token);
            return _client.IsConnected;
        }

        public static MqttConnector ForWaitingRoom() =>
            new MqttConnector(Options.Create(new MqttSettings
            {
                Host = "192.168.20.5",
                Username = "awtrix",
                Password = "lRD6870fPwBjVE", // expect: IOT1001
            }));
    }
}

namespace AwtrixSharpWeb.Middleware
{
    public static class ApiKeyCheck
    {
        public const string HeaderName = "X-Api-Key"; // expect: none

        internal static bool IsMatch(string supplied, string expected)
        {
            if (string.IsNullOrWhiteSpace(supplied))
            {
                return false;
            }

            var suppliedHash = SHA256.HashData(Encoding.UTF8.GetBytes(supplied.Trim()));
            var expectedHash = SHA256.HashData(Encoding.UTF8.GetBytes(expected.Trim()));
            return CryptographicOperations.FixedTimeEquals(suppliedHash, expectedHash);
        }
    }
}

namespace AwtrixSharpWeb.Services
{
    public sealed class HttpPublisher
    {
        private const string ClockUser = "awtrix";
        private const string ClockPassword = "HRQ_SAQ#O5KJvQ"; // expect: IOT1001
        private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("http://192.168.20.31/") };

        public Task<HttpResponseMessage> NotifyAsync(string json)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(ClockUser + ":" + ClockPassword)));
            return _http.PostAsync("api/notify", new StringContent(json, Encoding.UTF8, "application/json"));
        }

        // The idle screen rotates through the clock's apps in random order.
        public static string NextIdleApp(string[] apps) => apps[new Random().Next(apps.Length)]; // expect: none

        // Logged in place of an empty payload.
        public const string EmptyPayloadMarker = "<empty>"; // expect: none
    }
}
