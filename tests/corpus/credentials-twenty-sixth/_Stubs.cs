#nullable disable
// Library surface corpus26 needs that the shared Stubs.g.cs lacks. Namespaces, type names and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims and
// not the library's own surface say so in a comment: extension methods standing in for instance members of shared stub
// classes that are not partial, and a few simplified signatures (noted where they are declared).
// Nothing here redeclares a type Stubs.g.cs declares in the same namespace.
using System;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

// ================================================================ Windows (UWP / Windows 10 IoT Core)
namespace Windows.Storage
{
    public class ApplicationDataContainer { public IDictionary<string, object> Values { get; } = new Dictionary<string, object>(); }
    public class ApplicationData
    {
        public static ApplicationData Current { get; } = new ApplicationData();
        public ApplicationDataContainer RoamingSettings { get; } = new ApplicationDataContainer();
        public ApplicationDataContainer LocalSettings { get; } = new ApplicationDataContainer();
    }
}
namespace Windows.ApplicationModel.Background
{
    public sealed class BackgroundTaskDeferral { public void Complete() { } }
    public interface IBackgroundTaskInstance { BackgroundTaskDeferral GetDeferral(); }
    public interface IBackgroundTask { void Run(IBackgroundTaskInstance taskInstance); }
}

// ================================================================ Visual Studio App Center SDK
namespace Microsoft.AppCenter
{
    public enum LogLevel { Verbose, Debug, Info, Warn, Error, Assert, None }
    public static class AppCenter
    {
        public static LogLevel LogLevel { get; set; }
        public static void Start(string appSecret, params Type[] services) { }
    }
}
namespace Microsoft.AppCenter.Analytics
{
    public static class Analytics
    {
        public static Task SetEnabledAsync(bool enabled) => Task.CompletedTask;
        public static void TrackEvent(string name, IDictionary<string, string> properties = null) { }
    }
}

// ================================================================ Newtonsoft.Json
namespace Newtonsoft.Json
{
    public enum Formatting { None, Indented }
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "{}";
        public static string SerializeObject(object value, Formatting formatting) => "{}";
    }
}

// ================================================================ Azure IoT device SDK members the shared stubs lack
namespace Microsoft.Azure.Devices.Client
{
    public class Message : IDisposable
    {
        private readonly byte[] _bytes;
        public Message(byte[] byteArray) { _bytes = byteArray; }
        public byte[] GetBytes() => _bytes;
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public void Dispose() { }
    }
    // Shim: the shared DeviceClient / ModuleClient stubs have only their static factories; these are instance methods.
    public static class DeviceClientInstanceShim
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task<Message> ReceiveAsync(this DeviceClient client) => Task.FromResult<Message>(null);
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task SendEventAsync(this ModuleClient client, Message message) => Task.CompletedTask;
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client
{
    public class DeviceRegistrationResult { public string AssignedHub { get; set; } public string DeviceId { get; set; } }
    public static class ProvisioningShim
    {
        // Simplified: the real ProvisioningDeviceClient.Create takes a transport handler; this registers in one call.
        public static Task<DeviceRegistrationResult> RegisterWithDpsAsync(string globalEndpoint, string idScope, SecurityProviderSymmetricKey security)
            => Task.FromResult(new DeviceRegistrationResult());
    }
}
namespace nanoFramework.Azure.Devices.Client
{
    // Shim: the shared nanoFramework DeviceClient stub has only its constructor.
    public static class NanoDeviceClientShim
    {
        public static bool Open(this DeviceClient client) => true;
        public static bool SendMessage(this DeviceClient client, string message) => true;
    }
}

// ================================================================ .NET nanoFramework members the shared stubs lack
namespace nanoFramework.WebServer
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)] public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    [AttributeUsage(AttributeTargets.Method)] public class MethodAttribute : Attribute { public MethodAttribute(string method) { } }
    public class WebServerEventArgs { public HttpListenerContext Context { get; set; } }
}
namespace nanoFramework.M2Mqtt
{
    // Shim: the shared nanoFramework MqttClient stub has only its constructor, Connect and IsConnected.
    public static class NanoM2MqttClientShim
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 0;
    }
}
namespace System.Net.NetworkInformation
{
    // Shim: nanoFramework persists an access-point profile with WirelessAPConfiguration.SaveConfiguration().
    public static class WirelessApConfigurationShim
    {
        public static void SaveConfiguration(this WirelessAPConfiguration configuration) { }
    }
}

// ================================================================ Meadow (app model)
namespace Meadow.Devices
{
    public class NetworkAdapterCollection
    {
        public T Primary<T>() where T : class => new WiFiNetworkAdapter() as T;
    }
    public class F7FeatherV2
    {
        public NetworkAdapterCollection NetworkAdapters { get; } = new NetworkAdapterCollection();
    }
}
namespace Meadow
{
    public abstract class App<TDevice> where TDevice : new()
    {
        public static TDevice Device { get; } = new TDevice();
        public virtual Task Initialize() => Task.CompletedTask;
        public virtual Task Run() => Task.CompletedTask;
    }
    public class MeadowLogger
    {
        public void Info(string message) { }
        public void Warn(string message) { }
        public void Error(string message) { }
    }
    public static class Resolver { public static MeadowLogger Log { get; } = new MeadowLogger(); }
}

// ================================================================ MQTTnet v3 / v4 / v5 members the shared stubs lack
namespace MQTTnet
{
    public class MqttApplicationMessage
    {
        public string Topic { get; set; }
        public byte[] Payload { get; set; }
        public ArraySegment<byte> PayloadSegment => new ArraySegment<byte>(Payload ?? Array.Empty<byte>());
    }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    // v3 / v4 factory
    public class MqttFactory { public MQTTnet.Client.IMqttClient CreateMqttClient() => null; }
    // v5 client surface
    public interface IMqttClient : IDisposable
    {
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishStringAsync(string topic, string payload, CancellationToken cancellationToken = default);
    }
    public class MqttClientFactory { public IMqttClient CreateMqttClient() => null; }
}
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    // Shim: the shared v3 builder stub is not partial; the real builder has these as instance methods.
    public static class MqttClientOptionsBuilderV3Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null;
    }
}
namespace MQTTnet.Client
{
    public class MqttApplicationMessageReceivedEventArgs { public MQTTnet.MqttApplicationMessage ApplicationMessage { get; set; } }
    public class MqttClientSubscribeOptions { }
    public class MqttClientSubscribeOptionsBuilder
    {
        public MqttClientSubscribeOptionsBuilder WithTopicFilter(string topic) => this;
        public MqttClientSubscribeOptions Build() => new MqttClientSubscribeOptions();
    }
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        event Func<MqttApplicationMessageReceivedEventArgs, Task> ApplicationMessageReceivedAsync;
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task ConnectAsync(MQTTnet.Client.Options.IMqttClientOptions options, CancellationToken cancellationToken = default);
        Task SubscribeAsync(MqttClientSubscribeOptions options, CancellationToken cancellationToken = default);
        Task PublishAsync(MQTTnet.MqttApplicationMessage message, CancellationToken cancellationToken = default);
        Task DisconnectAsync();
    }
}

// ================================================================ Databases and brokers
namespace Npgsql
{
    public sealed class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace System.Data.SqlClient
{
    public sealed class SqlConnection : IDisposable
    {
        public SqlConnection(string connectionString) { ConnectionString = connectionString; }
        public string ConnectionString { get; set; }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace StackExchange.Redis
{
    public interface IDatabase { }
    public sealed class ConnectionMultiplexer : IDisposable
    {
        public static ConnectionMultiplexer Connect(string configuration) => new ConnectionMultiplexer();
        public IDatabase GetDatabase(int db = -1) => null;
        public void Dispose() { }
    }
}
namespace MongoDB.Driver
{
    public class MongoClient { public MongoClient(string connectionString) { } }
}

// ================================================================ OPC Foundation UA .NET Standard
namespace Opc.Ua
{
    public class ApplicationConfiguration
    {
        public string ApplicationName { get; set; }
        public string ApplicationUri { get; set; }
    }
    public class AnonymousIdentityToken { }
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(AnonymousIdentityToken token) { }
        public UserIdentity(string username, string password) { }
    }
}
namespace Opc.Ua.Client
{
    public class Session : IDisposable
    {
        public bool Connected => true;
        // Simplified signature: the real Session.Create takes a ConfiguredEndpoint selected from the server URL.
        public static Task<Session> Create(Opc.Ua.ApplicationConfiguration configuration, string endpointUrl, bool updateBeforeConnect, string sessionName, uint sessionTimeout, Opc.Ua.IUserIdentity identity, IList<string> preferredLocales) => Task.FromResult(new Session());
        public void Close() { }
        public void Dispose() { }
    }
}

// ================================================================ #SNMP members the shared stubs lack
namespace Lextm.SharpSnmpLib.Messaging
{
    public enum SnmpType { GetRequestPdu, GetNextRequestPdu, GetBulkRequestPdu }
    public sealed class ReportMessage : ISnmpMessage { }
    public sealed class Discovery
    {
        public Discovery(int messageId, int requestId, int maxMessageSize) { }
        public ReportMessage GetResponse(int timeout, IPEndPoint receiver) => new ReportMessage();
    }
}

// ================================================================ other device libraries
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public class SerialPort : IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName, int baudRate) { }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public int ReadTimeout { get; set; }
        public bool RtsEnable { get; set; }
        public bool IsOpen => true;
        public void Open() { }
        public void Close() { }
        public void DiscardInBuffer() { }
        public void Write(string text) { }
        public string ReadLine() => "OK";
        public string ReadTo(string value) => "";
        public void Dispose() { }
    }
}
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token) { }
        public Task SendTextMessageAsync(long chatId, string text) => Task.CompletedTask;
    }
}
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
namespace Azure.Storage.Blobs
{
    public class BlobServiceClient { public BlobServiceClient(string connectionString) { } }
}
namespace RakWireless.LoRaWan
{
    // RAK3172 LoRaWAN modem driver (AT command set wrapped in methods).
    public class Rak3172Modem
    {
        public Rak3172Modem(string serialPort) { }
        public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => true;
        public bool Send(byte port, byte[] payload) => true;
    }
}
namespace SimpleWifi
{
    public enum WifiStatus { Disconnected, Connected }
    public class AccessPoint
    {
        public string Name { get; set; }
        public bool IsConnected { get; set; }
        public bool HasProfile { get; set; }
        public uint SignalStrength { get; set; }
        public void ConnectAsync(AuthRequest request, bool overwriteProfile = false, Action<bool> onConnectComplete = null) { }
    }
    public class AuthRequest
    {
        public AuthRequest(AccessPoint ap) { }
        public bool IsPasswordRequired { get; set; }
        public string Password { get; set; }
    }
    public class Wifi
    {
        public bool NoWifiAvailable => false;
        public WifiStatus ConnectionStatus => WifiStatus.Connected;
        public List<AccessPoint> GetAccessPoints() => new List<AccessPoint>();
    }
}
namespace HttpLibrary
{
    // HttpLibraryV3, the Netduino web server library the station references as a separate project.
    public class Configuration { public Configuration(int listenPort) { } }
    public class Credential { public Credential(string serverOwner, string username, string password) { } }
    public class HttpRequest { public string RequestedFile { get; set; } public string FilesPath { get; set; } }
    public class HttpResponse
    {
        public void WriteFile(string path) { }
        public void WriteNotFound() { }
        public void WriteFilesList() { }
    }
    public delegate void OnRequestRecievedDelegate(HttpRequest request, HttpResponse response);
    public delegate void OnServerErrorDelegate(string message);
    public class HttpServer
    {
        public HttpServer(Configuration configuration, Credential credential, string filesPath) { }
        public event OnRequestRecievedDelegate OnRequestReceived;
        public event OnServerErrorDelegate OnServerError;
        public void Start() { }
    }
}
namespace Devkoes.Restup.WebServer
{
    public class RestWebServer
    {
        public RestWebServer(int port, string urlPrefix) { }
        public void RegisterController<T>() where T : class { }
        public Task StartServerAsync() => Task.CompletedTask;
    }
}
namespace AdysTech.CredentialManager
{
    public static class CredentialManager
    {
        public static NetworkCredential GetCredentials(string target) => null;
    }
}

// ================================================================ AMQP.Net Lite (the shared stubs have Address only)
namespace Amqp
{
    public class Connection
    {
        public Connection(Address address) { }
        public void Close() { }
    }
}

// ================================================================ shared stubs the test harness compiles only on request
// (InTheHand Bluetooth, the InfluxDB client, SharpSnmpLib messaging): the corpus names them, so it declares them here, as
// earlier corpora do. Copied from the shared stubs after the labelling; no label changed.
// ---- Bluetooth32Feet
namespace InTheHand.Net { public sealed class BluetoothAddress { public static BluetoothAddress Parse(string s) => new BluetoothAddress(); } }
namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothSecurity
    {
        public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }
}
// ---- InfluxClient
namespace InfluxDB.Client
{
    public class InfluxDBClient
    {
        public InfluxDBClient(string url, string token) { }
        public InfluxDBClient(string url, string username, string password) { }
    }
}
// ---- SharpSnmpMessaging
namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public enum GenericCode { ColdStart = 0, EnterpriseSpecific = 6 }
    public interface ISnmpData { }
    public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } }
    public sealed class Variable { public Variable(ObjectIdentifier id) { } public Variable(ObjectIdentifier id, ISnmpData data) { } }
}
namespace Lextm.SharpSnmpLib.Messaging
{
    using System.Collections.Generic;
    using System.Net;
    using System.Threading;
    using System.Threading.Tasks;
    public enum WalkMode { Default = 0, WithinSubtree = 1 }
    public interface ISnmpMessage { }
    public static class Messenger
    {
        public static IList<Variable> Get(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
        public static Task<IList<Variable>> GetAsync(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, CancellationToken cancellationToken = default) => null;
        public static IList<Variable> Set(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
        public static Task<IList<Variable>> SetAsync(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, CancellationToken cancellationToken = default) => null;
        public static int Walk(VersionCode version, IPEndPoint endpoint, OctetString community, ObjectIdentifier table, IList<Variable> list, int timeout, WalkMode mode) => 0;
        public static Task<int> WalkAsync(VersionCode version, IPEndPoint endpoint, OctetString community, ObjectIdentifier table, IList<Variable> list, WalkMode mode, CancellationToken cancellationToken = default) => null;
        public static int BulkWalk(VersionCode version, IPEndPoint endpoint, OctetString community, OctetString contextName, ObjectIdentifier table, IList<Variable> list, int timeout, int maxRepetitions, WalkMode mode, Lextm.SharpSnmpLib.Security.IPrivacyProvider privacy, ISnmpMessage report) => 0;
        public static Variable[,] GetTable(VersionCode version, IPEndPoint endpoint, OctetString community, ObjectIdentifier table, int timeout, int maxRepetitions) => null;
        public static void SendTrapV1(EndPoint receiver, IPAddress agent, OctetString community, ObjectIdentifier enterprise, GenericCode generic, int specific, uint timestamp, IList<Variable> variables) { }
        public static Task SendTrapV1Async(EndPoint receiver, IPAddress agent, OctetString community, ObjectIdentifier enterprise, GenericCode generic, int specific, uint timestamp, IList<Variable> variables) => null;
        public static void SendTrapV2(int requestId, VersionCode version, EndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables) { }
        public static Task SendTrapV2Async(int requestId, VersionCode version, EndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables) => null;
        public static void SendInform(int requestId, VersionCode version, IPEndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables, int timeout, Lextm.SharpSnmpLib.Security.IPrivacyProvider privacy, ISnmpMessage report) { }
        public static Task SendInformAsync(int requestId, VersionCode version, IPEndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables, Lextm.SharpSnmpLib.Security.IPrivacyProvider privacy, ISnmpMessage report, CancellationToken cancellationToken = default) => null;
    }
    public sealed class GetRequestMessage : ISnmpMessage { public GetRequestMessage(int requestId, VersionCode version, OctetString community, IList<Variable> variables) { } }
    public sealed class GetNextRequestMessage : ISnmpMessage { public GetNextRequestMessage(int requestId, VersionCode version, OctetString community, IList<Variable> variables) { } }
    public sealed class SetRequestMessage : ISnmpMessage { public SetRequestMessage(int requestId, VersionCode version, OctetString community, IList<Variable> variables) { } }
    public sealed class GetBulkRequestMessage : ISnmpMessage { public GetBulkRequestMessage(int requestId, VersionCode version, OctetString community, int nonRepeaters, int maxRepetitions, IList<Variable> variables) { } }
    public sealed class TrapV1Message : ISnmpMessage { public TrapV1Message(VersionCode version, IPAddress agent, OctetString community, ObjectIdentifier enterprise, GenericCode generic, int specific, uint time, IList<Variable> variables) { } }
    public sealed class TrapV2Message : ISnmpMessage { public TrapV2Message(int requestId, VersionCode version, OctetString community, ObjectIdentifier enterprise, uint time, IList<Variable> variables) { } }
    public sealed class InformRequestMessage : ISnmpMessage { public InformRequestMessage(int requestId, VersionCode version, OctetString community, ObjectIdentifier enterprise, uint time, IList<Variable> variables) { } }
}