// Real source: https://github.com/A-to-PC/kobra-lan-monitor/blob/cc6dbd827e00c0b5bd1b22e3ee44ca0351e26029/LanCredentials.cs
// Also adapted: MqttMonitorService.cs (016b63e1), AppSettings.cs (214161c4), PasswordHasher.cs (LAN monitor for an
// Anycubic Kobra 3 printer: it fetches the printer's MQTT login over its local /info + /ctrl API and subscribes).
// Kept: the LanCredentials positional record, discovery with a RandomNumberGenerator nonce and an MD5 signature, the
// AES-CBC decryption of the credential blob, the MQTTnet v5 options (WithCredentials(creds.Username, creds.Password),
// TLS with the printer's client certificate from CreateFromPem), PBKDF2 PasswordHasher, AppSettings.AuthPasswordHash.
// Added: a bench printer record used when PrinterHost is "bench" (its password reaches WithCredentials: IOT1001; its
// EC private key reaches CreateFromPem: IOT1003; its certificate is public: none), a first-run password hash (none).
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;
using MQTTnet.Formatter;

namespace KobraLanMonitor
{
    public record LanCredentials(
        string Broker,
        string DeviceId,
        string Username,
        string Password,
        string DeviceCrt,
        string DevicePk,
        string ModelId,
        string ModelName);

    public static class LanCredentialDiscovery
    {
        private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

        private const string BenchCertificate = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVqgAwIBAgIUIGGyqnelt7CMm7nZtomYKv8J66i+oTwpnAd+20HHrSf/\nxKBYtnpJyWJedTuVxZnpz71HFKbZr1zfLQ9ZK0trkbydVI+TKNZvL5NKKbb4sqks\nURzArZVYSC2TnIhkm4YzBw0rNvzTGNqXNqBtMw+41Ype4MaHkCJDsTBQA/DeVzHG\n-----END CERTIFICATE-----"; // expect: none

        // The Kobra on the workshop bench runs an older firmware whose /ctrl endpoint is disabled.
        public static LanCredentials BenchKobra() => new LanCredentials(
            Broker: "mqtts://192.168.50.31:9883",
            DeviceId: "31f65bc10debf4c95d489383ef3d972f", // expect: none
            Username: "userkobra3",
            Password: "Hz3.uQm7nP2xW", // expect: IOT1001
            DeviceCrt: BenchCertificate,
            DevicePk: "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIN55JWWTaooq/GubP54yXbO+sAsVW7hDS00HSdhkRfERoAoGCCqGSM49\nAwEHoUQDQgAEG86QAcPovHOghW8SgLeNc94HaOV5L37UpXvzMBqIoTsuoqWvivoM\nqHERsQ/5biQ/XKhZf0hMZNSDXljnenX1aA==\n-----END EC PRIVATE KEY-----", // expect: IOT1003
            ModelId: "20025",
            ModelName: "Kobra 3");

        public static async Task<LanCredentials> DiscoverAsync(string printerHost, CancellationToken ct)
        {
            var infoJson = await Http.GetStringAsync($"http://{printerHost}:18910/info", ct);
            using var info = JsonDocument.Parse(infoJson);
            var token = info.RootElement.GetProperty("token").GetString()!;
            var ctrlUrl = info.RootElement.GetProperty("ctrlInfoUrl").GetString()!;

            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString();
            var nonce = RandomAlphaNumeric(6);
            var deviceId = "KobraLanMonitor-" + RandomAlphaNumeric(8);
            var sign = Md5Hex(Md5Hex(token[..16]) + timestamp + nonce);

            var query = $"ts={timestamp}&nonce={nonce}&sign={sign}&did={deviceId}";
            using var ctrlResponse = await Http.PostAsync($"{ctrlUrl}?{query}", null, ct);
            ctrlResponse.EnsureSuccessStatusCode();
            using var ctrl = JsonDocument.Parse(await ctrlResponse.Content.ReadAsStringAsync(ct));

            var data = ctrl.RootElement.GetProperty("data");
            var cipherB64 = data.GetProperty("info").GetString()!;
            var iv = data.GetProperty("token").GetString()!;
            var key = token[16..32];

            using var creds = JsonDocument.Parse(DecryptAesCbc(cipherB64, key, iv));
            var root = creds.RootElement;
            return new LanCredentials(
                Broker: root.GetProperty("broker").GetString()!,
                DeviceId: root.GetProperty("deviceId").GetString()!,
                Username: root.GetProperty("username").GetString()!,
                Password: root.GetProperty("password").GetString()!,
                DeviceCrt: root.GetProperty("devicecrt").GetString()!,
                DevicePk: root.GetProperty("devicepk").GetString()!,
                ModelId: root.GetProperty("modeId").GetString()!,
                ModelName: root.GetProperty("modelName").GetString()!);
        }

        private static string DecryptAesCbc(string cipherB64, string key, string iv)
        {
            var cipherBytes = Convert.FromBase64String(cipherB64);
            using var aes = Aes.Create();
            aes.Key = Encoding.UTF8.GetBytes(key);
            aes.IV = Encoding.UTF8.GetBytes(iv);
            aes.Mode = CipherMode.CBC;
            aes.Padding = PaddingMode.PKCS7;
            using var decryptor = aes.CreateDecryptor();
            return Encoding.UTF8.GetString(decryptor.TransformFinalBlock(cipherBytes, 0, cipherBytes.Length));
        }

        private static string Md5Hex(string value) => Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(value))).ToLowerInvariant();

        private static string RandomAlphaNumeric(int length)
        {
            const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
            var chars = new char[length];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)]; // expect: none
            }
            return new string(chars);
        }
    }

    public class AppSettings
    {
        public string PrinterHost { get; set; }
        public string AuthUsername { get; set; } = "kobra";
        // PBKDF2 hash of the installer's first-run password; the setup page replaces it.
        public string AuthPasswordHash { get; set; } = "iE1tcWrMgorNxCkpvXO6Cw==:9iptyOECV4LHRFkotNjh0HU0q/NkBdxm05AN05FP1aQ="; // expect: none
    }

    public static class PasswordHasher
    {
        private const int SaltSize = 16;
        private const int HashSize = 32;
        private const int Iterations = 100_000;

        public static string Hash(string password)
        {
            var salt = RandomNumberGenerator.GetBytes(SaltSize); // expect: none
            var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashSize);
            return $"{Convert.ToBase64String(salt)}:{Convert.ToBase64String(hash)}";
        }

        public static bool Verify(string password, string stored)
        {
            var parts = stored.Split(':');
            if (parts.Length != 2) return false;
            var salt = Convert.FromBase64String(parts[0]);
            var expectedHash = Convert.FromBase64String(parts[1]);
            var actualHash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashSize);
            return CryptographicOperations.FixedTimeEquals(expectedHash, actualHash);
        }
    }

    public class MqttMonitorService
    {
        private readonly AppSettings _appSettings;
        private IMqttClient _currentClient;

        public MqttMonitorService(AppSettings appSettings) { _appSettings = appSettings; }

        public async Task RunOnceAsync(string printerHost, CancellationToken ct)
        {
            var creds = printerHost == "bench"
                ? LanCredentialDiscovery.BenchKobra()
                : await LanCredentialDiscovery.DiscoverAsync(printerHost, ct);

            var brokerUri = new Uri(creds.Broker.Replace("mqtts://", "https://"));
            var clientCert = X509Certificate2.CreateFromPem(creds.DeviceCrt, creds.DevicePk);

            var mqttFactory = new MqttClientFactory();
            using var client = mqttFactory.CreateMqttClient();

            var reportSubscription = $"anycubic/anycubicCloud/v1/printer/+/{creds.ModelId}/{creds.DeviceId}/#";
            var queryTopicBase = $"anycubic/anycubicCloud/v1/web/printer/{creds.ModelId}/{creds.DeviceId}";

            var options = new MqttClientOptionsBuilder()
                .WithTcpServer(brokerUri.Host, brokerUri.Port)
                .WithCredentials(creds.Username, creds.Password)
                .WithProtocolVersion(MqttProtocolVersion.V311)
                .WithTlsOptions(o =>
                {
                    o.UseTls();
                    o.WithClientCertificates(new List<X509Certificate2> { clientCert });
                })
                .WithCleanSession()
                .Build();

            await client.ConnectAsync(options, ct);
            await client.SubscribeAsync(reportSubscription, ct);
            _currentClient = client;

            var payload = JsonSerializer.Serialize(new { type = "status", action = "query", msgid = Guid.NewGuid().ToString() });
            await client.PublishStringAsync($"{queryTopicBase}/status", payload, ct);
        }
    }
}
