#nullable disable
// Library surface corpus25 needs that the shared Stubs.g.cs lacks. Namespaces, type names and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims and
// not the library's own surface say so in a comment: mostly extension methods standing in for instance members of
// shared stub classes that are not partial, and a few simplified signatures (noted where they are declared).
// Nothing here redeclares a type Stubs.g.cs declares in the same namespace.
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

// ================================================================ Microsoft.Extensions.*
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
    }
    public interface IConfigurationSection : IConfiguration { string Key { get; } string Value { get; set; } }
    public interface IConfigurationRoot : IConfiguration { }
    internal sealed class EmptyConfiguration : IConfigurationRoot, IConfigurationSection
    {
        public string this[string key] { get => null; set { } }
        public IConfigurationSection GetSection(string key) => this;
        public string Key => null;
        public string Value { get => null; set { } }
    }
    public class ConfigurationBuilder
    {
        public ConfigurationBuilder AddJsonFile(string path, bool optional = false, bool reloadOnChange = false) => this;
        public ConfigurationBuilder AddEnvironmentVariables() => this;
        public IConfigurationRoot Build() => new EmptyConfiguration();
    }
    public static class ConfigurationBinder
    {
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
    }
}
namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class { TOptions Value { get; } }
}
namespace Microsoft.Extensions.Logging
{
    public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
    public interface ILogger { void Log(LogLevel logLevel, string message); }
    public interface ILogger<out TCategoryName> : ILogger { }
    public interface ILoggingBuilder { }
    public interface ILoggerFactory : IDisposable { ILogger CreateLogger(string categoryName); }
    public class Logger<T> : ILogger<T>
    {
        public Logger(ILoggerFactory factory) { }
        public void Log(LogLevel logLevel, string message) { }
    }
    public class LoggerFactory : ILoggerFactory
    {
        public static ILoggerFactory Create(Action<ILoggingBuilder> configure) => new LoggerFactory();
        public ILogger CreateLogger(string categoryName) => new Logger<object>(this);
        public void Dispose() { }
    }
    public static class ConsoleLoggerExtensions
    {
        public static ILoggingBuilder AddConsole(this ILoggingBuilder builder) => builder;
    }
    public static class LoggerFactoryExtensions
    {
        public static ILogger<T> CreateLogger<T>(this ILoggerFactory factory) => new Logger<T>(factory);
    }
    public static class LoggerExtensions
    {
        public static void LogDebug(this ILogger logger, string message, params object[] args) { }
        public static void LogInformation(this ILogger logger, string message, params object[] args) { }
        public static void LogWarning(this ILogger logger, string message, params object[] args) { }
        public static void LogError(this ILogger logger, string message, params object[] args) { }
        public static void LogError(this ILogger logger, Exception exception, string message, params object[] args) { }
    }
}

// ================================================================ MQTTnet v3 / v4 / v5 (members the shared stubs lack)
namespace MQTTnet.Formatter
{
    public enum MqttProtocolVersion { Unknown = 0, V310 = 3, V311 = 4, V500 = 5 }
}
namespace MQTTnet.Protocol
{
    public enum MqttQualityOfServiceLevel { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
}
namespace MQTTnet
{
    public class MqttApplicationMessage
    {
        public string Topic { get; set; }
        public byte[] Payload { get; set; }
        public string ConvertPayloadToString() => Payload == null ? null : System.Text.Encoding.UTF8.GetString(Payload);
    }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessageBuilder WithPayload(byte[] payload) => this;
        public MqttApplicationMessageBuilder WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel) => this;
        public MqttApplicationMessageBuilder WithRetainFlag(bool value = true) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    // v3 / v4 factory
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
    }
    // v5 client surface
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishStringAsync(string topic, string payload, CancellationToken cancellationToken = default);
        Task DisconnectAsync(CancellationToken cancellationToken = default);
    }
    public class MqttClientFactory { public IMqttClient CreateMqttClient() => null; }
    // Shim: the shared v5 builder stubs are not partial; the real builders have these as instance methods.
    public static class MqttClientOptionsBuilderV5Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithWebSocketServer(this MqttClientOptionsBuilder builder, Action<MqttClientWebSocketOptionsBuilder> configure) => builder;
        public static MqttClientTlsOptionsBuilder WithClientCertificates(this MqttClientTlsOptionsBuilder builder, IEnumerable<X509Certificate2> certificates) => builder;
    }
    public class MqttClientWebSocketOptionsBuilder { public MqttClientWebSocketOptionsBuilder WithUri(string uri) => this; }
}
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    // v3 TLS parameters
    public class MqttClientOptionsBuilderTlsParameters
    {
        public bool UseTls { get; set; }
        public System.Security.Authentication.SslProtocols SslProtocol { get; set; }
        public List<X509Certificate> Certificates { get; set; }
    }
    // Shim: the shared v3 builder stub is not partial; the real builder has these as instance methods.
    public static class MqttClientOptionsBuilderV3Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, MqttClientOptionsBuilderTlsParameters parameters) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null;
    }
}
namespace MQTTnet.Client
{
    public class MqttApplicationMessageReceivedEventArgs { public MQTTnet.MqttApplicationMessage ApplicationMessage { get; set; } public string ClientId { get; set; } }
    public class MqttClientDisconnectedEventArgs { public string Reason { get; set; } }
    public class MqttClientConnectResult { public int ResultCode { get; set; } }
    // v4 TLS parameters
    public class MqttClientOptionsBuilderTlsParameters
    {
        public bool UseTls { get; set; }
        public bool AllowUntrustedCertificates { get; set; }
        public System.Security.Authentication.SslProtocols SslProtocol { get; set; }
    }
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        event Func<MqttApplicationMessageReceivedEventArgs, Task> ApplicationMessageReceivedAsync;
        event Func<MqttClientDisconnectedEventArgs, Task> DisconnectedAsync;
        Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task<MqttClientConnectResult> ConnectAsync(MQTTnet.Client.Options.IMqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
        Task SubscribeAsync(string topic);
        Task DisconnectAsync();
    }
    // Shim: the shared v4 builder stub is not partial; the real builder has these as instance methods.
    public static class MqttClientOptionsBuilderV4Shim
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
        public static MqttClientOptionsBuilder WithProtocolVersion(this MqttClientOptionsBuilder builder, MQTTnet.Formatter.MqttProtocolVersion value) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, MqttClientOptionsBuilderTlsParameters parameters) => builder;
        public static MqttClientOptionsBuilder WithWillTopic(this MqttClientOptionsBuilder builder, string willTopic) => builder;
    }
}
namespace MQTTnet.Extensions.ManagedClient
{
    public class ManagedMqttClientOptions { }
    public class ManagedMqttClientOptionsBuilder
    {
        public ManagedMqttClientOptionsBuilder WithClientOptions(MQTTnet.Client.MqttClientOptions value) => this;
        public ManagedMqttClientOptionsBuilder WithAutoReconnectDelay(TimeSpan value) => this;
        public ManagedMqttClientOptions Build() => new ManagedMqttClientOptions();
    }
    public interface IManagedMqttClient : IDisposable
    {
        Task StartAsync(ManagedMqttClientOptions options);
        Task SubscribeAsync(ICollection<string> topics);
        Task EnqueueAsync(string topic, string payload);
        Task StopAsync();
    }
    public static class ManagedMqttClientFactoryExtensions
    {
        public static IManagedMqttClient CreateManagedMqttClient(this MQTTnet.MqttFactory factory) => null;
    }
}

// ================================================================ M2Mqtt (classic and nanoFramework) members the shared stubs lack
namespace uPLibrary.Networking.M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }
    // Shim: the shared MqttClient stub has only its constructors and Connect overloads.
    public static class M2MqttClientShim
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 0;
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 0;
        public static void Disconnect(this MqttClient client) { }
    }
}
namespace nanoFramework.M2Mqtt.Messages
{
    public enum MqttQoSLevel { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
}
namespace nanoFramework.M2Mqtt
{
    // Shim: the shared nanoFramework MqttClient stub has only its constructor, Connect and IsConnected.
    public static class NanoM2MqttClientShim
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message, nanoFramework.M2Mqtt.Messages.MqttQoSLevel qosLevel, bool retain) => 0;
        public static ushort Subscribe(this MqttClient client, string[] topics, nanoFramework.M2Mqtt.Messages.MqttQoSLevel[] qosLevels) => 0;
        public static void Disconnect(this MqttClient client) { }
    }
}

// ================================================================ Azure IoT (device and service SDK members the shared stubs lack)
namespace Microsoft.Azure.Devices.Client
{
    public class Message : IDisposable
    {
        private readonly byte[] _bytes;
        public Message(byte[] byteArray) { _bytes = byteArray; }
        public byte[] GetBytes() => _bytes;
        public string ContentType { get; set; }
        public string ContentEncoding { get; set; }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public void Dispose() { }
    }
    // Shim: the shared DeviceClient stub has only its static factories; these are its instance methods.
    public static class DeviceClientInstanceShim
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task<Message> ReceiveAsync(this DeviceClient client) => Task.FromResult<Message>(null);
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}
namespace Microsoft.Azure.Devices
{
    // Azure IoT service SDK (Microsoft.Azure.Devices): cloud-to-device sender.
    public class Message
    {
        public Message(byte[] byteArray) { }
    }
    public class ServiceClient
    {
        public static ServiceClient CreateFromConnectionString(string connectionString) => new ServiceClient();
        public Task SendAsync(string deviceId, Message message) => Task.CompletedTask;
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

// ================================================================ Npgsql
namespace Npgsql
{
    public sealed class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

// ================================================================ System.Data.SqlClient (NuGet package, not in the shared framework)
namespace System.Data.SqlClient
{
    public sealed class SqlConnection : IDisposable
    {
        public SqlConnection(string connectionString) { ConnectionString = connectionString; }
        public string ConnectionString { get; set; }
        public void Open() { }
        public void Close() { }
        public void Dispose() { }
    }
    public sealed class SqlParameter
    {
        public SqlParameter() { }
        public SqlParameter(string parameterName, object value) { ParameterName = parameterName; Value = value; }
        public string ParameterName { get; set; }
        public object Value { get; set; }
        public System.Data.DbType DbType { get; set; }
        public System.Data.SqlDbType SqlDbType { get; set; }
        public System.Data.ParameterDirection Direction { get; set; }
        public int Size { get; set; }
    }
    public sealed class SqlParameterCollection
    {
        private readonly List<SqlParameter> _items = new List<SqlParameter>();
        public SqlParameter Add(SqlParameter value) { _items.Add(value); return value; }
        public SqlParameter AddWithValue(string parameterName, object value) => Add(new SqlParameter(parameterName, value));
        public SqlParameter this[string parameterName] => _items.Find(p => p.ParameterName == parameterName);
    }
    public sealed class SqlDataReader : IDisposable
    {
        public int FieldCount => 0;
        public bool Read() => false;
        public int GetValues(object[] values) => 0;
        public void Dispose() { }
    }
    public sealed class SqlCommand : IDisposable
    {
        public SqlCommand(string cmdText) { CommandText = cmdText; }
        public SqlCommand(string cmdText, SqlConnection connection) { CommandText = cmdText; Connection = connection; }
        public string CommandText { get; set; }
        public System.Data.CommandType CommandType { get; set; }
        public SqlConnection Connection { get; set; }
        public SqlParameterCollection Parameters { get; } = new SqlParameterCollection();
        public int ExecuteNonQuery() => 0;
        public SqlDataReader ExecuteReader() => new SqlDataReader();
        public void Dispose() { }
    }
}

// ================================================================ OPC Foundation UA .NET Standard
namespace Opc.Ua
{
    public class ApplicationConfiguration
    {
        public string ApplicationName { get; set; }
        public string ApplicationUri { get; set; }
    }
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }
}
namespace Opc.Ua.Client
{
    public class Session : IDisposable
    {
        public bool Connected => true;
        // Simplified signature: the real Session.Create takes a ConfiguredEndpoint selected from the server URL.
        public static Task<Session> Create(Opc.Ua.ApplicationConfiguration configuration, string endpointUrl, bool useSecurity, string sessionName, uint sessionTimeout, Opc.Ua.IUserIdentity identity) => Task.FromResult(new Session());
        public void Dispose() { }
    }
}

// ================================================================ System.IO.Ports (a NuGet package, not in the shared framework)
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public class SerialPort : IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits) { }
        public string NewLine { get; set; }
        public int ReadTimeout { get; set; }
        public bool IsOpen => true;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void Write(byte[] buffer, int offset, int count) { }
        public void WriteLine(string text) { }
        public string ReadLine() => "";
        public string ReadExisting() => "";
        public void Dispose() { }
    }
}

// ================================================================ Meadow (app model and network adapters)
namespace Meadow.Devices
{
    public class NetworkAdapterCollection
    {
        public T Primary<T>() where T : class => new WiFiNetworkAdapter() as T;
    }
    public class DeviceInformation
    {
        public string ProcessorSerialNumber { get; } = "";
        public string DeviceName { get; } = "";
    }
    public class F7FeatherV2
    {
        public NetworkAdapterCollection NetworkAdapters { get; } = new NetworkAdapterCollection();
        public DeviceInformation Information { get; } = new DeviceInformation();
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
}

// ================================================================ .NET nanoFramework members the shared stubs lack
namespace System.Net.NetworkInformation
{
    // Shim: nanoFramework reads stored profiles with Wireless80211Configuration.GetAllWireless80211Configurations()[id]
    // and persists them with SaveConfiguration(); the shared stub class has only Ssid and Password.
    public static class Wireless80211ConfigurationStore
    {
        public static Wireless80211Configuration GetStored(int configId) => new Wireless80211Configuration();
        public static void SaveConfiguration(this Wireless80211Configuration configuration) { }
        public static void SaveConfiguration(this WirelessAPConfiguration configuration) { }
    }
}

// ================================================================ UWP Windows.Devices.WiFi members the shared stubs lack
namespace Windows.Devices.WiFi
{
    // Shim: UWP's WiFiNetworkReport lists WiFiAvailableNetwork objects carrying Ssid/Bssid; the shared stub's
    // WiFiAvailableNetwork has no members, so scan results carry them beside the network.
    public class WiFiScanEntry
    {
        public string Ssid { get; set; }
        public string Bssid { get; set; }
        public bool IsOpen { get; set; }
        public WiFiAvailableNetwork Network { get; set; }
    }
    public class WiFiNetworkReport { public List<WiFiScanEntry> AvailableNetworks { get; } = new List<WiFiScanEntry>(); }
    public static class WiFiAdapterShim
    {
        public static WiFiAdapter FindFirst() => new WiFiAdapter();
        public static Task<WiFiNetworkReport> ScanAsync(this WiFiAdapter adapter) => Task.FromResult(new WiFiNetworkReport());
    }
}

// ================================================================ UWP Windows.Devices.Bluetooth (GATT client)
namespace Windows.Devices.Bluetooth.GenericAttributeProfile
{
    public class GattCharacteristic
    {
        public Guid Uuid { get; set; }
        // Simplified: UWP raises TypedEventHandler<GattCharacteristic, GattValueChangedEventArgs> with an IBuffer.
        public event Action<GattCharacteristic, byte[]> ValueChanged;
        public Task WriteValueAsync(byte[] value) => Task.CompletedTask;
    }
    public class GattDeviceService
    {
        public Task<GattCharacteristic> GetCharacteristicAsync(Guid uuid) => Task.FromResult(new GattCharacteristic { Uuid = uuid });
    }
}
namespace Windows.Devices.Bluetooth
{
    public class BluetoothLEDevice
    {
        public static Task<BluetoothLEDevice> FromIdAsync(string deviceId) => Task.FromResult(new BluetoothLEDevice());
        // Simplified: UWP returns GattDeviceServicesResult from GetGattServicesForUuidAsync.
        public Task<GenericAttributeProfile.GattDeviceService> GetGattServiceAsync(Guid uuid) => Task.FromResult(new GenericAttributeProfile.GattDeviceService());
    }
}

// ================================================================ System.Security.Cryptography.ProtectedData (Windows DPAPI package)
namespace System.Security.Cryptography
{
    public enum DataProtectionScope { CurrentUser, LocalMachine }
    public static class ProtectedData
    {
        public static byte[] Protect(byte[] userData, byte[] optionalEntropy, DataProtectionScope scope) => userData;
        public static byte[] Unprotect(byte[] encryptedData, byte[] optionalEntropy, DataProtectionScope scope) => encryptedData;
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

// ================================================================ AWS SDK for .NET (Amazon.Runtime)
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

// ================================================================ StackExchange.Redis
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

// ================================================================ Telegram.Bot
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token) { }
        public Task SendTextMessageAsync(long chatId, string text) => Task.CompletedTask;
    }
}

// ================================================================ Azure Storage Blobs
namespace Azure.Storage.Blobs
{
    public class BlobServiceClient
    {
        public BlobServiceClient(string connectionString) { }
    }
}

// ================================================================ .NET nanoFramework WebServer members the shared stubs lack
namespace nanoFramework.WebServer
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)] public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    [AttributeUsage(AttributeTargets.Method)] public class MethodAttribute : Attribute { public MethodAttribute(string method) { } }
    public class WebServerEventArgs { public System.Net.HttpListenerContext Context { get; set; } }
}

// The test harness compiles the corpus against the shared stubs in Stubs.All only; these three (32feet.NET's
// BluetoothSecurity, InfluxDB's client, SharpSnmpLib's Messenger) are shared stubs outside All, copied here unchanged so
// the corpus compiles in the harness as it did beside the full Stubs.g.cs it was written against.
namespace InTheHand.Net { public sealed class BluetoothAddress { public static BluetoothAddress Parse(string s) => new BluetoothAddress(); } }
namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothSecurity
    {
        public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }
}
namespace InfluxDB.Client
{
    public class InfluxDBClient
    {
        public InfluxDBClient(string url, string token) { }
        public InfluxDBClient(string url, string username, string password) { }
    }
}
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
