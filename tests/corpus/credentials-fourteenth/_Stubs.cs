#nullable disable
// Library surface corpus14 needs that the shared Stubs.g.cs lacks. Signatures follow the real libraries
// (type names, namespaces and parameter names); bodies are empty.

namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
        public System.Collections.Generic.IDictionary<string, string> Properties { get; } = new System.Collections.Generic.Dictionary<string, string>();
    }
    public static class DeviceClientCorpusExtensions
    {
        public static System.Threading.Tasks.Task SendEventAsync(this DeviceClient client, Message message) => System.Threading.Tasks.Task.CompletedTask;
        public static System.Threading.Tasks.Task OpenAsync(this DeviceClient client) => System.Threading.Tasks.Task.CompletedTask;
    }
}

namespace Microsoft.Azure.Devices
{
    public class SymmetricKey { public string PrimaryKey { get; set; } }
    public class AuthenticationMechanism { public SymmetricKey SymmetricKey { get; set; } = new SymmetricKey(); }
    public class Device
    {
        public Device(string id) { Id = id; }
        public string Id { get; }
        public AuthenticationMechanism Authentication { get; set; } = new AuthenticationMechanism();
    }
    public class RegistryManager
    {
        public static RegistryManager CreateFromConnectionString(string connectionString) => new RegistryManager();
        public System.Threading.Tasks.Task<Device> AddDeviceAsync(Device device) => System.Threading.Tasks.Task.FromResult(device);
        public System.Threading.Tasks.Task<Device> GetDeviceAsync(string deviceId) => System.Threading.Tasks.Task.FromResult(new Device(deviceId));
    }
}
namespace Microsoft.Azure.Devices.Common.Exceptions
{
    public class DeviceAlreadyExistsException : System.Exception { }
}

namespace MySql.Data.MySqlClient
{
    public sealed class MySqlConnection : System.IDisposable
    {
        public MySqlConnection() { }
        public MySqlConnection(string connectionString) { ConnectionString = connectionString; }
        public string ConnectionString { get; set; }
        public void Open() { }
        public void Close() { }
        public void Dispose() { }
    }
    public class MySqlException : System.Exception { }
}

namespace ThingSpeakWinRT
{
    public class ThingSpeakFeed { public string Field1 { get; set; } public string Field2 { get; set; } public int? Id { get; set; } }
    public class ThingSpeakData { }
    public class ThingSpeakClient
    {
        public ThingSpeakClient(bool sslRequired) { }
        public System.Threading.Tasks.Task<ThingSpeakFeed> UpdateFeedAsync(string writeApiKey, ThingSpeakFeed dataFeed) => System.Threading.Tasks.Task.FromResult(dataFeed);
        public System.Threading.Tasks.Task<ThingSpeakData> ReadAllFeedsAsync(string readApiKey, int channelId) => System.Threading.Tasks.Task.FromResult(new ThingSpeakData());
        public System.Threading.Tasks.Task<bool> SendThingTweetAsync(string thingTweetApiKey, string status) => System.Threading.Tasks.Task.FromResult(true);
        public System.Threading.Tasks.Task<ThingSpeakFeed> ReadFeedAsync(string readApiKey, int channelId, int feedId) => System.Threading.Tasks.Task.FromResult(new ThingSpeakFeed());
        public System.Threading.Tasks.Task<ThingSpeakFeed> ReadLastFeedAsync(string readApiKey, int channelId) => System.Threading.Tasks.Task.FromResult(new ThingSpeakFeed());
        public System.Threading.Tasks.Task<ThingSpeakData> ReadFieldsAsync(string readApiKey, int channelId, int fieldId) => System.Threading.Tasks.Task.FromResult(new ThingSpeakData());
        public System.Threading.Tasks.Task<ThingSpeakFeed> ReadLastFieldFeedAsync(string readApiKey, int channelId, int fieldId) => System.Threading.Tasks.Task.FromResult(new ThingSpeakFeed());
        public System.Threading.Tasks.Task<ThingSpeakData> ReadStatusUpdateAsync(string readApiKey, int channelId) => System.Threading.Tasks.Task.FromResult(new ThingSpeakData());
        public System.Threading.Tasks.Task<bool> SendThingHttpAsync(string thingHttpApiKey, string message) => System.Threading.Tasks.Task.FromResult(true);
    }
}

namespace InfluxDB.Client.Writes
{
    public class PointData
    {
        public static PointData Measurement(string measurementName) => new PointData();
        public PointData Tag(string name, string value) => this;
        public PointData Field(string name, double value) => this;
    }
}
namespace InfluxDB.Client
{
    public class WriteApiAsync { public System.Threading.Tasks.Task WritePointAsync(InfluxDB.Client.Writes.PointData point, string bucket = null, string org = null) => System.Threading.Tasks.Task.CompletedTask; }
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApiAsync GetWriteApiAsync() => new WriteApiAsync();
        public void Dispose() { }
    }
}

namespace SnmpSharpNet
{
    public enum SnmpVersion { Ver1, Ver2, Ver3 }
    public enum PduType { Get, GetNext, Set }
    public class OctetString { public OctetString(string value) { } }
    public class AgentParameters { public AgentParameters(OctetString community) { } public SnmpVersion Version { get; set; } }
    public class IpAddress
    {
        public IpAddress(string value) { }
        public static explicit operator System.Net.IPAddress(IpAddress address) => System.Net.IPAddress.Loopback;
    }
    public class VbCollection { public void Add(string oid) { } }
    public class Pdu { public Pdu(PduType type) { } public VbCollection VbList { get; } = new VbCollection(); public int ErrorStatus { get; set; } public int ErrorIndex { get; set; } }
    public class SnmpV1Packet { public Pdu Pdu { get; } = new Pdu(PduType.Get); }
    public class UdpTarget
    {
        public UdpTarget(System.Net.IPAddress peer, int port, int timeout, int retry) { }
        public object Request(Pdu pdu, AgentParameters agentParameters) => new SnmpV1Packet();
        public void Close() { }
    }
}

namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1, V2, V3 }
    public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } }
    public sealed class Variable { public Variable(ObjectIdentifier id) { } public Variable(ObjectIdentifier id, object data) { } public object Data { get; } }
}
namespace Lextm.SharpSnmpLib.Messaging
{
    public static class Messenger
    {
        public static System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> Get(Lextm.SharpSnmpLib.VersionCode version, System.Net.IPEndPoint endpoint, Lextm.SharpSnmpLib.OctetString community, System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> variables, int timeout) => variables;
        public static System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> Set(Lextm.SharpSnmpLib.VersionCode version, System.Net.IPEndPoint endpoint, Lextm.SharpSnmpLib.OctetString community, System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> variables, int timeout) => variables;
    }
}

namespace FluentFTP
{
    public class FtpClient : System.IDisposable
    {
        public FtpClient() { }
        public FtpClient(string host) { Host = host; }
        public FtpClient(string host, string user, string pass, int port = 0) { Host = host; }
        public FtpClient(string host, System.Net.NetworkCredential credentials, int port = 0) { Host = host; }
        public string Host { get; set; }
        public int Port { get; set; }
        public System.Net.NetworkCredential Credentials { get; set; }
        public void Connect() { }
        public void AutoConnect() { }
        public void Disconnect() { }
        public bool UploadFile(string localPath, string remotePath) => true;
        public bool DownloadFile(string localPath, string remotePath) => true;
        public void Rename(string path, string dest) { }
        public void Dispose() { }
    }
}
namespace Limilabs.FTP.Client
{
    public class Ftp : System.IDisposable
    {
        public void Connect(string host) { }
        public void Login(string user, string password) { }
        public void ChangeFolder(string folder) { }
        public void Upload(string remotePath, string localPath) { }
        public void Close() { }
        public void Dispose() { }
    }
}

namespace System.IO.Ports
{
    public class SerialPort : System.IDisposable
    {
        public SerialPort(string portName, int baudRate) { }
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public void DiscardInBuffer() { }
        public void DiscardOutBuffer() { }
        public void Dispose() { }
    }
}

namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }
}

namespace Telegram.Bot
{
    public class TelegramBotClient { public TelegramBotClient(string token, System.Net.Http.HttpClient httpClient = null) { } }
}

namespace Twilio
{
    public static class TwilioClient { public static void Init(string username, string password) { } }
}

namespace StackExchange.Redis
{
    public class ConfigurationOptions
    {
        public System.Collections.Generic.List<string> EndPoints { get; } = new System.Collections.Generic.List<string>();
        public string Password { get; set; }
        public bool Ssl { get; set; }
    }
}
