#nullable disable
// Library surface the corpus12 files need that the shared Stubs.g.cs lacks. Minimal, with the real
// libraries' namespaces, type and parameter names.
namespace System.IO.Ports
{
    public class SerialPort : System.IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName, int baudRate) { PortName = portName; BaudRate = baudRate; }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public bool IsOpen { get; private set; }
        public void Open() { IsOpen = true; }
        public void Close() { IsOpen = false; }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public void DiscardInBuffer() { }
        public void DiscardOutBuffer() { }
        public void Dispose() { }
    }
}
namespace InfluxDB
{
    // scottt732/influxdb-csharp
    public class InfluxDBClient
    {
        public InfluxDBClient(string host, int port, string username, string password, string database) { }
        public void Insert(System.Collections.Generic.List<Serie> series) { }
        public object Query(string query) => null;
    }
    public class Serie
    {
        public string Name { get; set; }
        public System.Collections.Generic.List<string> ColumnNames { get; set; }
        public System.Collections.Generic.List<System.Collections.Generic.List<object>> Points { get; } = new();
    }
}
namespace InfluxDB.Client
{
    // influxdata/influxdb-client-csharp (2.x)
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public InfluxDBClient(string url, string username, char[] password) { }
        public void Dispose() { }
    }
}
namespace InfluxData.Net.Common.Enums { public enum InfluxDbVersion { Latest, v_1_3, v_1_0_0, v_0_9_6 } }
namespace InfluxData.Net.InfluxDb
{
    public class InfluxDbClient
    {
        public InfluxDbClient(string endpointUri, string username, string password, InfluxData.Net.Common.Enums.InfluxDbVersion influxVersion, System.Net.Http.HttpClient httpClient = null, bool throwOnWarning = false) { }
    }
}
namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } public ObjectIdentifier(uint[] numerical) { } }
    public sealed class Variable { public Variable(ObjectIdentifier id) { } public Variable(ObjectIdentifier id, object data) { } public object Data => null; }
}
namespace Lextm.SharpSnmpLib.Messaging
{
    public static class Messenger
    {
        public static System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> Get(Lextm.SharpSnmpLib.VersionCode version, System.Net.IPEndPoint endpoint, Lextm.SharpSnmpLib.OctetString community, System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> variables, int timeout) => variables;
        public static System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> Set(Lextm.SharpSnmpLib.VersionCode version, System.Net.IPEndPoint endpoint, Lextm.SharpSnmpLib.OctetString community, System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> variables, int timeout) => variables;
    }
}
namespace SimpleWifi
{
    public class Wifi { public System.Collections.Generic.IEnumerable<AccessPoint> GetAccessPoints() => new AccessPoint[0]; }
    public class AccessPoint
    {
        public string Name { get; } public bool IsConnected { get; } public bool HasProfile { get; }
        public void ConnectAsync(AuthRequest request, bool overwriteProfile = false, System.Action<bool> onConnectComplete = null) { }
    }
    public class AuthRequest
    {
        public AuthRequest(AccessPoint accessPoint) { }
        public string Password { get; set; }
        public string Username { get; set; }
        public string Domain { get; set; }
    }
}
namespace DLinkW215
{
    public class DLinkW215SmartPlug
    {
        public const string On = "true"; public const string Off = "false";
        public DLinkW215SmartPlug(string ip, string password, string user = "admin", bool legacySupport = false) { }
        public string GetState() => "";
        public double? GetCurrentConsumption() => null;
        public double? GetTemperature() => null;
        public bool SetState(string state) => true;
    }
}
namespace HiveMQtt.Client.Options
{
    public class HiveMQClientOptions
    {
        public string Host { get; set; } public int Port { get; set; } public bool UseTLS { get; set; }
        public string UserName { get; set; } public string Password { get; set; }
    }
}
namespace HiveMQtt.Client
{
    public class HiveMQClientOptionsBuilder
    {
        public HiveMQClientOptionsBuilder WithBroker(string broker) => this;
        public HiveMQClientOptionsBuilder WithPort(int port) => this;
        public HiveMQClientOptionsBuilder WithUseTls(bool useTls) => this;
        public HiveMQClientOptionsBuilder WithUserName(string username) => this;
        public HiveMQClientOptionsBuilder WithPassword(string password) => this;
        public HiveMQClientOptionsBuilder WithClientCertificate(System.Security.Cryptography.X509Certificates.X509Certificate2 clientCertificate) => this;
        public HiveMQClientOptionsBuilder WithClientCertificate(string clientCertificatePath, string password = null) => this;
        public HiveMQClientOptionsBuilder WithWebSocketServer(string webSocketServer) => this;
        public HiveMQClientOptionsBuilder WithWebSocketProxy(System.Net.IWebProxy proxy) => this;
        public HiveMQClientOptionsBuilder WithProxy(System.Net.IWebProxy proxy) => this;
        public HiveMQtt.Client.Options.HiveMQClientOptions Build() => new();
    }
    public class HiveMQClient
    {
        public HiveMQClient(HiveMQtt.Client.Options.HiveMQClientOptions options = null) { }
        public System.Threading.Tasks.Task<object> ConnectAsync() => System.Threading.Tasks.Task.FromResult<object>(null);
    }
}
namespace HttpClientDigestAuth
{
    // CallumHoughton18/csharp-dotnet-digest-authentication, HttpClientExtensions
    public static class HttpClientExtensions
    {
        public static System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendWithDigestAuthAsync(this System.Net.Http.HttpClient client, System.Net.Http.HttpRequestMessage request, System.Net.Http.HttpCompletionOption httpCompletionOption, string digestUsername, string digestPassword) => System.Threading.Tasks.Task.FromResult(new System.Net.Http.HttpResponseMessage());
    }
}
namespace WeatherAPI_CSharp
{
    public class Forecast { public double TemperatureCelsius { get; } public double WindKph { get; } }
    public class APIClient
    {
        public APIClient(string apiKey, bool useHttps = false) { }
        public System.Threading.Tasks.Task<Forecast> GetWeatherCurrentAsync(string query, bool getAirData = false) => System.Threading.Tasks.Task.FromResult(new Forecast());
    }
}
namespace System.ServiceModel.Security
{
    public sealed class HttpDigestClientCredential
    {
        public System.Net.NetworkCredential ClientCredential { get; set; } = new System.Net.NetworkCredential();
        public System.Security.Principal.TokenImpersonationLevel AllowedImpersonationLevel { get; set; }
    }
}
namespace System.ServiceModel.Description
{
    public class ClientCredentials { public System.ServiceModel.Security.HttpDigestClientCredential HttpDigest { get; } = new(); }
}
namespace ONVIF_MediaProfilDashboard.Media
{
    // WCF proxies generated from the ONVIF WSDL in the repository's Connected Services (trimmed)
    public class MediaProfile { public string Name { get; set; } public string token { get; set; } }
    public class Media2Client
    {
        public Media2Client(string endpointAddress) { }
        public System.ServiceModel.Description.ClientCredentials ClientCredentials { get; } = new();
        public MediaProfile[] GetProfiles(string token, string[] type) => new MediaProfile[0];
    }
}
namespace ONVIF_MediaProfilDashboard.OnvifPTZService
{
    public class PTZClient
    {
        public PTZClient(string endpointAddress) { }
        public System.ServiceModel.Description.ClientCredentials ClientCredentials { get; } = new();
        public void Stop(string profileToken, bool panTilt, bool zoom) { }
    }
}
namespace Opc.Ua
{
    public class UserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
    }
}
namespace StackExchange.Redis
{
    public sealed class ConfigurationOptions
    {
        public System.Collections.Generic.List<string> EndPoints { get; } = new();
        public string Password { get; set; }
        public string User { get; set; }
        public bool Ssl { get; set; }
    }
    public sealed class ConnectionMultiplexer
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new();
        public static ConnectionMultiplexer Connect(string configuration) => new();
    }
}
namespace Npgsql
{
    public sealed class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token, System.Net.Http.HttpClient httpClient = null) { }
        public System.Threading.Tasks.Task SendTextMessageAsync(long chatId, string text) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace Amazon.Runtime
{
    public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
namespace FluentFTP
{
    public class FtpClient : System.IDisposable
    {
        public FtpClient(string host, string user, string pass, int port = 0) { }
        public FtpClient(string host, System.Net.NetworkCredential credentials, int port = 0) { }
        public void Connect() { }
        public void UploadFile(string localPath, string remotePath) { }
        public void Dispose() { }
    }
}
