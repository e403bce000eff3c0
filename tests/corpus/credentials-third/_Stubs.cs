// Library stubs for corpus3 (types not already provided by the test harness Stubs.cs).
// Namespaces, type, member and parameter names follow the real libraries; bodies are placeholders.
#nullable enable
#pragma warning disable CS8618, CS0067

namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token, System.Net.Http.HttpClient? httpClient = null, System.Threading.CancellationToken cancellationToken = default) { }
    }
}

namespace InfluxDB.Client
{
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public InfluxDBClient(string url, string username, string password) { }
        public void Dispose() { }
    }
}

namespace Org.BouncyCastle.Tls
{
    public interface TlsPskIdentity { }
    public class BasicTlsPskIdentity : TlsPskIdentity
    {
        public BasicTlsPskIdentity(byte[] identity, byte[] psk) { }
        public BasicTlsPskIdentity(string identity, byte[] psk) { }
    }
}

namespace nanoFramework.WebServer
{
    [System.AttributeUsage(System.AttributeTargets.Method)]
    public class RouteAttribute : System.Attribute
    {
        public RouteAttribute(string route) { }
        public string Route { get; set; }
    }

    public class WebServerEventArgs : System.EventArgs
    {
        public WebServerEventArgs(System.Net.HttpListenerContext context) { Context = context; }
        public System.Net.HttpListenerContext Context { get; protected set; }
    }
}

namespace uPLibrary.Networking.M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }
}

namespace Npgsql
{
    public sealed class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection() { }
        public NpgsqlConnection(string? connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

namespace S7.Net
{
    public enum CpuType { S7200 = 0, Logo0BA8 = 1, S7200Smart = 2, S7300 = 10, S7400 = 20, S71200 = 30, S71500 = 40 }

    public class Plc
    {
        public Plc(CpuType cpu, string ip, short rack, short slot) { }
        public void Open() { }
        public object? Read(string variable) => null;
    }
}

// Lextm.SharpSnmpLib (OctetString, the membership, authentication and privacy providers) is declared by the test
// harness's Stubs.cs since the SNMP sinks joined the catalogue (2026-12-01).

namespace Renci.SshNet
{
    public interface IPrivateKeySource { }

    public class PrivateKeyFile : IPrivateKeySource, System.IDisposable
    {
        public PrivateKeyFile(System.IO.Stream privateKey) { }
        public PrivateKeyFile(System.IO.Stream privateKey, string passPhrase) { }
        public PrivateKeyFile(string fileName, string passPhrase) { }
        public void Dispose() { }
    }

    public class SftpClient : System.IDisposable
    {
        public SftpClient(string host, int port, string username, string password) { }
        public SftpClient(string host, int port, string username, params IPrivateKeySource[] keyFiles) { }
        public void Connect() { }
        public void UploadFile(System.IO.Stream input, string path, System.Action<ulong>? uploadCallback = null) { }
        public void Dispose() { }
    }
}

namespace Confluent.Kafka
{
    public enum SecurityProtocol { Plaintext, Ssl, SaslPlaintext, SaslSsl }
    public enum SaslMechanism { Gssapi, Plain, ScramSha256, ScramSha512, OAuthBearer }

    public class ClientConfig
    {
        public string BootstrapServers { get; set; }
        public SecurityProtocol? SecurityProtocol { get; set; }
        public SaslMechanism? SaslMechanism { get; set; }
        public string SaslUsername { get; set; }
        public string SaslPassword { get; set; }
        public string ClientId { get; set; }
        public string SslKeyPassword { get; set; }
    }

    public class ProducerConfig : ClientConfig { }
}

namespace NATS.Client.Core
{
    public sealed record NatsAuthOpts
    {
        public static readonly NatsAuthOpts Default = new();
        public string? Username { get; init; }
        public string? Password { get; init; }
        public string? Token { get; init; }
        public string? Jwt { get; init; }
        public string? NKey { get; init; }
        public string? Seed { get; init; }
        public string? CredsFile { get; init; }
        public string? NKeyFile { get; init; }
    }

    public sealed record NatsOpts
    {
        public static readonly NatsOpts Default = new();
        public string Url { get; init; }
        public string Name { get; init; }
        public NatsAuthOpts AuthOpts { get; init; } = NatsAuthOpts.Default;
    }
}

namespace Amazon
{
    public class RegionEndpoint
    {
        public static readonly RegionEndpoint EUCentral1 = new();
        public static readonly RegionEndpoint EUWest1 = new();
        public static readonly RegionEndpoint USEast1 = new();
    }
}

namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }

    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

namespace Amazon.S3
{
    public class AmazonS3Client : System.IDisposable
    {
        public AmazonS3Client(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) { }
        public void Dispose() { }
    }
}

namespace Google.Apis.Auth.OAuth2
{
    public class GoogleCredential
    {
        public static GoogleCredential FromJson(string json) => new GoogleCredential();
    }
}
