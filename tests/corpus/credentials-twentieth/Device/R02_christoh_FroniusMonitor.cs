// Real source: christoh/FroniusMonitor
//   Fronius/Services/WattPilotService.cs (StartAsync over a ClientWebSocket, the "hello" / "authRequired" handshake,
//   Authenticate with token1/token2 from the charger and token3 from RandomNumberGenerator, the PBKDF2 hash of the
//   password salted with the charger's serial number, HMAC-signed setValue messages for secured chargers)
// Kept: the handshake, the hash chain and the PBKDF2 parameters as they stand.
// Changed: the BindableBase / ObservableProperty plumbing and the reader task are reduced; WebConnection is a plain
//   class with the members the service reads; WattPilot is reduced to its serial number.
// Added (a car-port EV charger beside a Gen24 inverter in a holiday let): the connections the app builds in code, the
//   inverter's digest login through NetworkCredential, and a reconnect back-off.
using System;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace De.Hochstaetter.Fronius.Services
{
    public class WebConnection
    {
        public string BaseUrl { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public string EncryptedPassword => Password == null ? null : Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Password)));
    }

    public class WattPilot
    {
        public string SerialNumber { get; set; }
        public bool? IsSecured { get; set; }
        public static WattPilot Parse(JToken token) => new WattPilot { SerialNumber = token["serial"]?.Value<string>() };
    }

    public class WattPilotService
    {
        private readonly byte[] buffer = new byte[8192];
        private CancellationTokenSource tokenSource;
        private ClientWebSocket clientWebSocket;
        private string hashedPassword;

        public WebConnection Connection { get; private set; }
        public WattPilot WattPilot { get; private set; }

        private CancellationToken Token => tokenSource?.Token ?? throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely);

        public async ValueTask StartAsync(WebConnection connection)
        {
            tokenSource?.Dispose();
            tokenSource = new CancellationTokenSource(10000);
            Connection = connection;

            // The PBKDF2 hash is salted with the device serial number, so it must be recomputed for
            // each connection in case we are now talking to a different WattPilot.
            hashedPassword = null;

            clientWebSocket = new ClientWebSocket();
            clientWebSocket.Options.KeepAliveInterval = TimeSpan.FromMinutes(2);
            await clientWebSocket.ConnectAsync(new Uri(connection.BaseUrl + "/ws"), Token).ConfigureAwait(false);

            var hello = await ReceiveTextMessage(Token).ConfigureAwait(false);
            var token = JObject.Parse(hello);
            var type = token["type"]?.Value<string>();

            if (type != "hello")
            {
                throw new InvalidOperationException("WattPilot did not greet with 'hello'");
            }

            WattPilot = WattPilot.Parse(token);

            var messageJson = await ReceiveTextMessage(Token).ConfigureAwait(false);
            token = JObject.Parse(messageJson);
            type = token["type"]?.Value<string>();

            if (type == "authRequired") // expect: none
            {
                await Authenticate(token).ConfigureAwait(false);
            }
        }

        private async Task Authenticate(JObject token)
        {
            var token1 = token["token1"]?.Value<string>();
            var token2 = token["token2"]?.Value<string>();
            var token3 = RandomNumberGenerator.GetHexString(32, true); // expect: none

            var localHashedPassword = await GetHashedPassword().ConfigureAwait(false);

            var hash1Input = Encoding.UTF8.GetBytes(token1 + localHashedPassword);
            var hash1 = Convert.ToHexString(SHA256.HashData(hash1Input)).ToLowerInvariant();
            var hashInput = Encoding.UTF8.GetBytes(token3 + token2 + hash1);
            var hash = Convert.ToHexString(SHA256.HashData(hashInput)).ToLowerInvariant();

            var authMessage = new JObject
            {
                { "type", "auth" },
                { "token3", token3 },
                { "hash", hash },
            }.ToString();

            await clientWebSocket.SendAsync(Encoding.UTF8.GetBytes(authMessage), WebSocketMessageType.Text, true, Token).ConfigureAwait(false);
            var authResponse = JObject.Parse(await ReceiveTextMessage(Token).ConfigureAwait(false));

            if (authResponse["type"]?.Value<string>() == "authError")
            {
                throw new UnauthorizedAccessException(authResponse["message"]?.Value<string>());
            }
        }

        private async ValueTask<string> GetHashedPassword()
        {
            await Task.Yield();

            return hashedPassword ??= Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2
            (
                Encoding.UTF8.GetBytes(Connection?.Password ?? string.Empty),
                Encoding.UTF8.GetBytes(WattPilot?.SerialNumber ?? string.Empty), // expect: none
                100000,
                HashAlgorithmName.SHA512,
                24
            ));
        }

        public async ValueTask SendValue(string key, object value, uint requestId)
        {
            var data = new JObject { { "type", "setValue" }, { "requestId", requestId }, { "key", key } }.ToString();

            if (WattPilot?.IsSecured == true)
            {
                var hmac = HMACSHA256.HashData(
                    Encoding.UTF8.GetBytes(await GetHashedPassword().ConfigureAwait(false)),
                    Encoding.UTF8.GetBytes(data));
                data = new JObject { { "type", "securedMsg" }, { "data", data }, { "requestId", requestId + "sm" }, { "hmac", Convert.ToHexString(hmac) } }.ToString();
            }

            await clientWebSocket.SendAsync(Encoding.UTF8.GetBytes(data), WebSocketMessageType.Text, true, Token).ConfigureAwait(false);
        }

        private async Task<string> ReceiveTextMessage(CancellationToken token)
        {
            var result = await clientWebSocket.ReceiveAsync(buffer, token).ConfigureAwait(false);
            return Encoding.UTF8.GetString(buffer, 0, result.Count);
        }
    }

    // Added: the holiday let's app builds its two connections in code.
    public static class CarportConnections
    {
        public static WebConnection WattPilot() => new WebConnection
        {
            BaseUrl = "http://wattpilot-carport.lan",
            Password = "kv0qn_m7cok6", // expect: IOT1001
        };

        public static WebConnection Gen24() => new WebConnection
        {
            BaseUrl = "http://192.168.44.11",
            UserName = "customer",
            Password = "I42RS.PgJ7", // expect: IOT1001
        };

        // The Gen24's solar API answers digest challenges; HttpClientHandler does the digest with the credential.
        public static HttpClient Gen24Client(WebConnection connection) => new HttpClient(new HttpClientHandler
        {
            Credentials = new NetworkCredential(connection.UserName, connection.Password),
        })
        { BaseAddress = new Uri(connection.BaseUrl) };

        public const string PasswordHint = "The Wattpilot password is printed on the reset card in the charger box."; // expect: none

        // Added: the first Wattpilot firmware took a shorter token3; the app's fallback for it.
        public static string LegacyToken3(Random rng) => rng.Next().ToString("x8") + rng.Next().ToString("x8"); // expect: IOT3005

        public static TimeSpan ReconnectDelay(int attempt) =>
            TimeSpan.FromSeconds(Math.Min(60, attempt * 5) + Random.Shared.Next(0, 3)); // expect: none
    }
}
