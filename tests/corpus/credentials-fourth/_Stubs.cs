// Placeholder declarations of the third-party library surface used by corpus4/Device.
// Namespaces, type names, member names and parameter names follow the real packages
// (or, for the vendor SDKs marked "made-up", a realistic shape). Bodies are placeholders.
#nullable enable
#pragma warning disable CS0067, CS8618, CS8625

// ---------------------------------------------------------------- System.IO.Ports (NuGet package)
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public class SerialPort : System.IDisposable
    {
        public SerialPort(string portName, int baudRate) { }
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits) { }
        public string NewLine { get; set; } = "\n";
        public int ReadTimeout { get; set; }
        public int WriteTimeout { get; set; }
        public bool IsOpen => default;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void Write(byte[] buffer, int offset, int count) { }
        public void WriteLine(string text) { }
        public string ReadLine() => default!;
        public string ReadExisting() => default!;
        public int Read(byte[] buffer, int offset, int count) => default;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- MQTTnet 4.x server / factory
namespace MQTTnet
{
    public class MqttFactory
    {
        public MQTTnet.Server.MqttServerOptionsBuilder CreateServerOptionsBuilder() => new();
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new();
        public MQTTnet.Client.IMqttClient CreateMqttClient() => default!;
    }
    public class MqttApplicationMessage { }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessageBuilder WithPayload(byte[] payload) => this;
        public MqttApplicationMessage Build() => new();
    }
}
namespace MQTTnet.Client
{
    public interface IMqttClient : System.IDisposable
    {
        System.Threading.Tasks.Task<object> ConnectAsync(MqttClientOptions options, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<object> PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task DisconnectAsync();
        bool IsConnected { get; }
    }
}
namespace MQTTnet.Protocol
{
    public enum MqttConnectReasonCode { Success = 0, UnspecifiedError = 128, ClientIdentifierNotValid = 133, BadUserNameOrPassword = 134, NotAuthorized = 135 }
}
namespace MQTTnet.Server
{
    public class MqttServerOptions { }
    public class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
        public MqttServerOptionsBuilder WithDefaultEndpointPort(int? port) => this;
        public MqttServerOptionsBuilder WithEncryptedEndpoint() => this;
        public MqttServerOptions Build() => new();
    }
    public class MqttServer : System.IDisposable
    {
        public event System.Func<ValidatingConnectionEventArgs, System.Threading.Tasks.Task> ValidatingConnectionAsync;
        public System.Threading.Tasks.Task StartAsync() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task StopAsync() => System.Threading.Tasks.Task.CompletedTask;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Azure IoT device SDK (members missing from the shared stubs)
namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
        public string ContentType { get; set; }
        public string ContentEncoding { get; set; }
    }
    public static class DeviceClientStubExtensions
    {
        public static System.Threading.Tasks.Task OpenAsync(this DeviceClient client) => System.Threading.Tasks.Task.CompletedTask;
        public static System.Threading.Tasks.Task SendEventAsync(this DeviceClient client, Message message) => System.Threading.Tasks.Task.CompletedTask;
        public static System.Threading.Tasks.Task CloseAsync(this DeviceClient client) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace nanoFramework.Azure.Devices.Client
{
    public static class NanoDeviceClientStubExtensions
    {
        public static bool Open(this DeviceClient client) => true;
        public static void Close(this DeviceClient client) { }
        public static bool SendMessage(this DeviceClient client, string message) => true;
    }
}

// ---------------------------------------------------------------- AMQP.Net Lite (members missing from the shared stubs)
namespace Amqp
{
    public class Connection { public System.Threading.Tasks.Task CloseAsync() => System.Threading.Tasks.Task.CompletedTask; }
    public class ConnectionFactory { public System.Threading.Tasks.Task<Connection> CreateAsync(Address address) => default!; }
    public class Session { public Session(Connection connection) { } }
    public class Message { public Amqp.Framing.Data BodySection { get; set; } }
    public class SenderLink
    {
        public SenderLink(Session session, string name, string address) { }
        public System.Threading.Tasks.Task SendAsync(Message message) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace Amqp.Framing
{
    public class Data { public byte[] Binary { get; set; } }
}

// ---------------------------------------------------------------- Meadow logging
namespace Meadow
{
    public interface ILogger { void Info(string message); void Warn(string message); void Error(string message); }
    public static class Resolver { public static ILogger Log => default!; }
}

// ---------------------------------------------------------------- OPC UA (OPCFoundation.NetStandard.Opc.Ua)
namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }
    public class ApplicationConfiguration { }
    public class EndpointDescription { }
    public class ConfiguredEndpoint { public ConfiguredEndpoint(object collection, EndpointDescription description) { } }
    public class NodeId { public NodeId(string text) { } }
    public class DataValue { public object Value { get; set; } }
}
namespace Opc.Ua.Client
{
    public class Session : System.IDisposable
    {
        public static System.Threading.Tasks.Task<Session> Create(Opc.Ua.ApplicationConfiguration configuration, Opc.Ua.ConfiguredEndpoint endpoint, bool updateBeforeConnect, string sessionName, uint sessionTimeout, Opc.Ua.IUserIdentity identity, System.Collections.Generic.IList<string> preferredLocales) => default!;
        public Opc.Ua.DataValue ReadValue(Opc.Ua.NodeId nodeId) => default!;
        public void Dispose() { }
    }
    public static class CoreClientUtils { public static Opc.Ua.EndpointDescription SelectEndpoint(string discoveryUrl, bool useSecurity) => default!; }
}

// ---------------------------------------------------------------- FluentModbus
namespace FluentModbus
{
    public class ModbusTcpClient : System.IDisposable
    {
        public void Connect(System.Net.IPEndPoint remoteEndpoint) { }
        public System.Span<byte> ReadHoldingRegisters(int unitIdentifier, int startingAddress, int quantity) => default;
        public void WriteSingleRegister(int unitIdentifier, int registerAddress, short value) { }
        public void Disconnect() { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Databases
namespace Microsoft.Data.SqlClient
{
    public class SqlConnection : System.IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public System.Threading.Tasks.Task OpenAsync() => System.Threading.Tasks.Task.CompletedTask;
        public void Dispose() { }
    }
    public class SqlConnectionStringBuilder
    {
        public SqlConnectionStringBuilder() { }
        public SqlConnectionStringBuilder(string connectionString) { }
        public string DataSource { get; set; }
        public string InitialCatalog { get; set; }
        public string UserID { get; set; }
        public string Password { get; set; }
        public bool Encrypt { get; set; }
        public bool IntegratedSecurity { get; set; }
        public bool TrustServerCertificate { get; set; }
        public string ConnectionString { get; set; }
    }
}
namespace Npgsql
{
    public class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public System.Threading.Tasks.Task OpenAsync() => System.Threading.Tasks.Task.CompletedTask;
        public void Dispose() { }
    }
    public class NpgsqlDataSource : System.IDisposable
    {
        public static NpgsqlDataSource Create(string connectionString) => default!;
        public NpgsqlConnection OpenConnection() => default!;
        public void Dispose() { }
    }
    public class NpgsqlConnectionStringBuilder
    {
        public string Host { get; set; }
        public int Port { get; set; }
        public string Database { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public string ConnectionString { get; set; }
    }
}
namespace MySqlConnector
{
    public class MySqlConnection : System.IDisposable
    {
        public MySqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace MongoDB.Driver
{
    public interface IMongoDatabase { }
    public class MongoClient
    {
        public MongoClient(string connectionString) { }
        public IMongoDatabase GetDatabase(string name) => default!;
    }
}
namespace StackExchange.Redis
{
    public class EndPointCollection { public void Add(string host, int port) { } public void Add(string hostAndPort) { } }
    public class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new();
        public string User { get; set; }
        public string Password { get; set; }
        public bool Ssl { get; set; }
        public bool AbortOnConnectFail { get; set; }
        public string ClientName { get; set; }
    }
    public interface IDatabase { bool StringSet(string key, string value); string StringGet(string key); }
    public class ConnectionMultiplexer : System.IDisposable
    {
        public static ConnectionMultiplexer Connect(string configuration) => default!;
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => default!;
        public IDatabase GetDatabase(int db = -1) => default!;
        public void Dispose() { }
    }
}
namespace RabbitMQ.Client
{
    public interface IModel : System.IDisposable { void BasicPublish(string exchange, string routingKey, object basicProperties, byte[] body); }
    public interface IConnection : System.IDisposable { IModel CreateModel(); }
    public class ConnectionFactory
    {
        public string HostName { get; set; }
        public int Port { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public string VirtualHost { get; set; }
        public System.Uri Uri { get; set; }
        public IConnection CreateConnection() => default!;
    }
}

// ---------------------------------------------------------------- Cloud SDKs
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
namespace Amazon.IotData
{
    public class AmazonIotDataConfig { public string ServiceURL { get; set; } }
    public class AmazonIotDataClient
    {
        public AmazonIotDataClient(Amazon.Runtime.AWSCredentials credentials, AmazonIotDataConfig clientConfig) { }
        public System.Threading.Tasks.Task PublishAsync(string topic, byte[] payload) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace InfluxDB.Client
{
    public class WriteApiAsync { public System.Threading.Tasks.Task WriteRecordAsync(string record, string bucket, string org) => System.Threading.Tasks.Task.CompletedTask; }
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApiAsync GetWriteApiAsync() => new();
        public void Dispose() { }
    }
}
namespace Azure
{
    public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
}
namespace Azure.Messaging.EventGrid
{
    public class EventGridEvent { public EventGridEvent(string subject, string eventType, string dataVersion, object data) { } }
    public class EventGridPublisherClient
    {
        public EventGridPublisherClient(System.Uri endpoint, Azure.AzureKeyCredential credential) { }
        public System.Threading.Tasks.Task SendEventAsync(EventGridEvent eventGridEvent) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace NATS.Client.Core
{
    public record NatsAuthOpts
    {
        public string? Username { get; init; }
        public string? Password { get; init; }
        public string? Token { get; init; }
    }
    public record NatsOpts
    {
        public string Url { get; init; } = "nats://localhost:4222";
        public string Name { get; init; } = "NATS .NET Client";
        public NatsAuthOpts AuthOpts { get; init; } = new();
    }
    public class NatsConnection : System.IAsyncDisposable
    {
        public NatsConnection(NatsOpts opts) { }
        public System.Threading.Tasks.ValueTask PublishAsync(string subject, string data) => default;
        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}

// ---------------------------------------------------------------- Gurux DLMS/COSEM
namespace Gurux.DLMS.Enums
{
    public enum Authentication { None, Low, High, HighMD5, HighSHA1, HighGMAC, HighSHA256 }
    public enum InterfaceType { HDLC, WRAPPER }
}
namespace Gurux.DLMS
{
    public class GXDLMSClient
    {
        public GXDLMSClient() { }
        public GXDLMSClient(bool useLogicalNameReferencing, int clientAddress, int serverAddress, Gurux.DLMS.Enums.Authentication forAuthentication, string password, Gurux.DLMS.Enums.InterfaceType interfaceType) { }
        public byte[][] SNRMRequest() => default!;
        public byte[][] AARQRequest() => default!;
    }
}

// ---------------------------------------------------------------- nanoFramework Bluetooth LE
namespace nanoFramework.Device.Bluetooth
{
    public enum DevicePairingKinds { None = 0, ConfirmOnly = 1, DisplayPin = 2, ProvidePin = 4, ConfirmPinMatch = 8, ProvidePasswordCredential = 16 }
    public enum DevicePairingIOCapabilities { DisplayOnly, DisplayYesNo, KeyboardOnly, NoInputNoOutput, KeyboardDisplay }
    public class DevicePairingRequestedEventArgs
    {
        public DevicePairingKinds PairingKind => default;
        public uint Pin => default;
        public void Accept() { }
        public void Accept(int pin) { }
    }
    public delegate void DevicePairingRequestedEventHandler(object sender, DevicePairingRequestedEventArgs args);
    public sealed class DevicePairing
    {
        public DevicePairingIOCapabilities IOCapabilities { get; set; }
        public bool ProtectionLevelEncryptionAndAuthentication { get; set; }
        public event DevicePairingRequestedEventHandler PairingRequested;
    }
    public sealed class BluetoothLEServer
    {
        public static BluetoothLEServer Instance => default!;
        public string DeviceName { get; set; }
        public DevicePairing Pairing => default!;
        public void Start() { }
    }
}
namespace nanoFramework.Device.Bluetooth.GenericAttributeProfile
{
    [System.Flags] public enum GattCharacteristicProperties { None = 0, Read = 2, Write = 8, Notify = 16 }
    public class GattLocalCharacteristicParameters
    {
        public GattCharacteristicProperties CharacteristicProperties { get; set; }
        public string UserDescription { get; set; }
    }
    public class GattLocalCharacteristicResult { public GattLocalCharacteristic Characteristic => default!; }
    public class GattLocalCharacteristic { public void NotifyValue(byte[] value) { } }
    public class GattLocalService { public GattLocalCharacteristicResult CreateCharacteristic(System.Guid characteristicUuid, GattLocalCharacteristicParameters parameters) => default!; }
    public class GattServiceProviderResult { public GattServiceProvider ServiceProvider => default!; }
    public class GattServiceProvider
    {
        public static GattServiceProviderResult Create(System.Guid serviceUuid) => default!;
        public GattLocalService Service => default!;
        public void StartAdvertising() { }
    }
}

// ---------------------------------------------------------------- RAKwireless RAK3172 LoRaWAN modem driver (made-up shape)
namespace RakWireless.LoRaWan
{
    public enum LoRaRegion { EU868, US915, AU915, AS923 }
    public class Rak3172Modem : System.IDisposable
    {
        public Rak3172Modem(System.IO.Ports.SerialPort port, LoRaRegion region) { }
        public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey, int retries = 3) => true;
        public bool ActivateAbp(uint devAddr, byte[] nwkSKey, byte[] appSKey) => true;
        public bool SendConfirmed(byte port, byte[] payload) => true;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Silicon Labs EZSP Zigbee coordinator (made-up shape)
namespace SiLabs.Ezsp
{
    public class EzspNetworkManager
    {
        public EzspNetworkManager(System.IO.Ports.SerialPort ncpPort) { }
        public bool FormNetwork(ushort panId, byte[] extendedPanId, byte[] networkKey, byte channel) => true;
        public bool AddInstallCode(byte[] ieeeAddress, byte[] installCode) => true;
        public void PermitJoining(System.TimeSpan duration) { }
    }
}

// ---------------------------------------------------------------- nanoFramework WebServer (members missing from the shared stubs)
namespace nanoFramework.WebServer
{
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    public class RouteAttribute : System.Attribute { public RouteAttribute(string route) { } }
    [System.AttributeUsage(System.AttributeTargets.Method)]
    public class MethodAttribute : System.Attribute { public MethodAttribute(string method) { } }
    public class WebServerEventArgs
    {
        public System.Net.HttpListenerContext Context => default!;
    }
    public static class WebServerStubExtensions
    {
        public static bool Start(this WebServer server) => true;
        public static void Stop(this WebServer server) { }
        public static void OutputAsStream(System.Net.HttpListenerResponse response, string strResponse) { }
    }
}

// ---------------------------------------------------------------- SIPSorcery
namespace SIPSorcery.SIP
{
    public class SIPTransport : System.IDisposable { public SIPTransport() { } public void Dispose() { } }
}
namespace SIPSorcery.SIP.App
{
    public class SIPRegistrationUserAgent
    {
        public SIPRegistrationUserAgent(SIPSorcery.SIP.SIPTransport sipTransport, string username, string password, string server, int expiry) { }
        public void Start() { }
        public void Stop() { }
    }
}
