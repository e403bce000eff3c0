#nullable disable
// Library surface corpus16 needs that the shared Stubs.g.cs lacks. Signatures follow the real libraries (type names,
// namespaces and parameter names) as far as the corpus uses them; bodies are empty or return defaults. One member is a
// shim rather than library surface and says so: Microsoft.Azure.Devices.Client.DeviceClientShims.SendEventAsync (the
// shared stub's DeviceClient has no SendEventAsync and cannot be extended).

namespace System.Configuration
{
    public static class ConfigurationManager
    {
        public static System.Collections.Specialized.NameValueCollection AppSettings { get; } = new System.Collections.Specialized.NameValueCollection();
    }
}

// ---------------------------------------------------------------- tik4net (MikroTik RouterOS API)
namespace tik4net
{
    public enum TikConnectionType { Api, ApiSsl, Api_v2, ApiSsl_v2 }
    public class TikConnectionCommCallbackEventArgs : System.EventArgs { public string Word { get; set; } }
    public interface ITikCommandParameter { string Name { get; set; } string Value { get; set; } }
    public interface ITikCommand
    {
        string ExecuteScalar();
        void ExecuteNonQuery();
    }
    public interface ITikConnection : System.IDisposable
    {
        event System.EventHandler<TikConnectionCommCallbackEventArgs> OnReadRow;
        event System.EventHandler<TikConnectionCommCallbackEventArgs> OnWriteRow;
        void Open(string host, string user, string password);
        void Open(string host, int port, string user, string password);
        ITikCommand CreateCommand(string commandText, params ITikCommandParameter[] parameters);
        ITikCommandParameter CreateParameter(string name, string value);
    }
    public static class ConnectionFactory
    {
        public static ITikConnection CreateConnection(TikConnectionType connectionType) => null;
        public static ITikConnection OpenConnection(TikConnectionType connectionType, string host, string user, string password) => null;
    }
}
namespace tik4net.Objects
{
    public static class TikConnectionExtensions
    {
        public static System.Collections.Generic.IEnumerable<TEntity> LoadList<TEntity>(this tik4net.ITikConnection connection, params tik4net.ITikCommandParameter[] filterParameters) where TEntity : new() => new TEntity[0];
        public static void Save<TEntity>(this tik4net.ITikConnection connection, TEntity entity) { }
        public static void Delete<TEntity>(this tik4net.ITikConnection connection, TEntity entity) { }
    }
}
namespace tik4net.Objects.Ip.Firewall
{
    public class FirewallAddressList
    {
        public string Id { get; set; }
        public string List { get; set; }
        public string Address { get; set; }
        public string Comment { get; set; }
        public bool Disabled { get; set; }
        public bool Dynamic { get; set; }
    }
}

// ---------------------------------------------------------------- Bitjuice.EmberZNet (EZSP)
namespace Bitjuice.EmberZNet
{
    public interface IEzspCallbackHandler { System.Threading.Tasks.Task HandleCallbackAsync(byte[] data); }
    public class EzspChannel { public System.Threading.Tasks.Task ConnectAsync(System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask; }
    public class EzspApi
    {
        public EzspApi(System.IO.Stream stream, IEzspCallbackHandler callbackHandler) { }
        public EzspChannel Channel { get; } = new EzspChannel();
        public System.Threading.Tasks.Task<Bitjuice.EmberZNet.Api.EzspVersionResponse> VersionAsync(byte desiredProtocolVersion) => System.Threading.Tasks.Task.FromResult(new Bitjuice.EmberZNet.Api.EzspVersionResponse());
        public System.Threading.Tasks.Task SetConfigurationValueAsync(Bitjuice.EmberZNet.Model.EzspConfigId configId, int value) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<Bitjuice.EmberZNet.Api.EzspNetworkInitResponse> NetworkInitAsync() => System.Threading.Tasks.Task.FromResult(new Bitjuice.EmberZNet.Api.EzspNetworkInitResponse());
        public System.Threading.Tasks.Task<Bitjuice.EmberZNet.Api.EzspNetworkInitResponse> LeaveNetworkAsync() => System.Threading.Tasks.Task.FromResult(new Bitjuice.EmberZNet.Api.EzspNetworkInitResponse());
        public System.Threading.Tasks.Task<Bitjuice.EmberZNet.Api.EzspNetworkStateResponse> NetworkStateAsync() => System.Threading.Tasks.Task.FromResult(new Bitjuice.EmberZNet.Api.EzspNetworkStateResponse());
        public System.Threading.Tasks.Task SetInitialSecurityStateAsync(Bitjuice.EmberZNet.Model.EmberInitialSecurityState state) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task JoinNetworkAsync(Bitjuice.EmberZNet.Model.EmberNodeType nodeType, Bitjuice.EmberZNet.Model.EmberNetworkParameters parameters) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace Bitjuice.EmberZNet.Api
{
    public class EzspVersionResponse { public byte ProtocolVersion { get; set; } public byte StackType { get; set; } }
    public class EzspNetworkInitResponse { public Bitjuice.EmberZNet.Model.EmberStatus Status { get; set; } }
    public class EzspNetworkStateResponse { public Bitjuice.EmberZNet.Model.EmberNetworkStatus Status { get; set; } }
}
namespace Bitjuice.EmberZNet.Model
{
    public enum EmberStatus : byte { Success = 0x00, NotJoined = 0x93 }
    public enum EmberNetworkStatus : byte { NoNetwork = 0, JoiningNetwork = 1, JoinedNetwork = 2 }
    public enum EzspConfigId : byte { PacketBufferCount = 0x01, StackProfile = 0x0C, SecurityLevel = 0x0D, SupportedNetworks = 0x2D }
    [System.Flags]
    public enum EmberInitialSecurity : ushort { HavePreconfiguredKey = 0x0100, HaveNetworkKey = 0x0200, RequireEncryptedKey = 0x0800, TrustCenterGlobalLinkKey = 0x0004 }
    public class EmberKeyData
    {
        public byte[] Data { get; set; }
        public EmberKeyData() { }
        public EmberKeyData(System.Collections.Generic.IEnumerable<byte> data) { }
        public EmberKeyData(byte data) { }
        public EmberKeyData(string key) { }
    }
    public class EmberInitialSecurityState
    {
        public EmberInitialSecurity Bitmask { get; set; }
        public EmberKeyData PreconfiguredKey { get; set; }
        public EmberKeyData NetworkKey { get; set; }
        public byte NetworkKeySequenceNumber { get; set; }
    }
    public enum EmberNodeType : byte { Coordinator = 1, Router = 2, EndDevice = 3 }
    public enum EmberJoinMethod : byte { UseMacAssociation = 0 }
    public class EzspExtendedPanId { public EzspExtendedPanId(ulong value) { } }
    public class EmberNetworkParameters
    {
        public EzspExtendedPanId ExtendedPanId { get; set; }
        public ushort PanId { get; set; }
        public byte RadioTxPower { get; set; }
        public byte RadioChannel { get; set; }
        public EmberJoinMethod JoinMethod { get; set; }
        public ushort NwkManagerId { get; set; }
        public byte NwkUpdateId { get; set; }
        public uint Channels { get; set; }
    }
}

// ---------------------------------------------------------------- websocket-sharp
namespace WebSocketSharp
{
    public class WebSocket : System.IDisposable
    {
        public WebSocket(string url, params string[] protocols) { }
        public void Connect() { }
        public void Send(string data) { }
        public void SetCredentials(string username, string password, bool preAuth) { }
        public void Close() { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Microsoft.Extensions.*
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration { string this[string key] { get; set; } }
    public interface IConfigurationRoot : IConfiguration { }
    public interface IConfigurationBuilder { IConfigurationRoot Build(); }
    public class ConfigurationBuilder : IConfigurationBuilder { public IConfigurationRoot Build() => null; }
    public static class FileConfigurationExtensions { public static IConfigurationBuilder SetBasePath(this IConfigurationBuilder builder, string basePath) => builder; }
    public static class JsonConfigurationExtensions { public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path) => builder; }
    public static class UserSecretsConfigurationExtensions { public static IConfigurationBuilder AddUserSecrets<T>(this IConfigurationBuilder configuration) where T : class => configuration; }
    public static class EnvironmentVariablesExtensions { public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder configurationBuilder) => configurationBuilder; }
    public static class ConfigurationBinder
    {
        public static void Bind(this IConfiguration configuration, object instance) { }
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
    public interface ILogger { }
    public interface ILogger<out TCategoryName> : ILogger { }
    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string message, params object[] args) { }
        public static void LogWarning(this ILogger logger, string message, params object[] args) { }
        public static void LogError(this ILogger logger, System.Exception exception, string message, params object[] args) { }
    }
}

// ---------------------------------------------------------------- NEnvoy (Enphase Envoy)
namespace NEnvoy
{
    public class DeviceStatus { public System.Collections.Generic.Dictionary<string, System.Text.Json.Nodes.JsonObject> PCU { get; set; } }
    public class EnvoyClient
    {
        public const string DefaultEnphaseBaseUri = "https://enlighten.enphaseenergy.com";
        public const string DefaultEntrezBaseUri = "https://entrez.enphaseenergy.com";
        public static System.Threading.Tasks.Task<EnvoyClient> FromLoginAsync(NEnvoy.Models.EnvoyConnectionInfo connectionInfo, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(new EnvoyClient());
        public static EnvoyClient FromSession(NEnvoy.Models.EnvoySession session, string host = "envoy") => new EnvoyClient();
        public static System.Threading.Tasks.Task<NEnvoy.Models.EnvoySession> LoadSessionAsync(string path, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(new NEnvoy.Models.EnvoySession());
        public System.Threading.Tasks.Task SaveSessionAsync(string path, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<DeviceStatus> GetDeviceStatusAsync(System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(new DeviceStatus());
    }
}
namespace NEnvoy.Models
{
    public record EnvoyConnectionInfo(
        string Username = "",
        string Password = "",
        string EnvoyHost = "envoy",
        string EnphaseBaseUri = NEnvoy.EnvoyClient.DefaultEnphaseBaseUri,
        string EnphaseEntrezBaseUri = NEnvoy.EnvoyClient.DefaultEntrezBaseUri
    );
    public class EnvoySession
    {
        public static readonly EnvoySession NullSession = new EnvoySession();
        public string Token { get; init; }
        public string Id { get; init; }
    }
}

// ---------------------------------------------------------------- Newtonsoft.Json
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => System.Text.Json.JsonSerializer.Serialize(value);
        public static T DeserializeObject<T>(string value) => default;
    }
}
namespace Newtonsoft.Json.Linq
{
    public class JObject { }
}

// ---------------------------------------------------------------- Microsoft.JSInterop
namespace Microsoft.JSInterop
{
    public interface IJSRuntime
    {
        System.Threading.Tasks.ValueTask<TValue> InvokeAsync<TValue>(string identifier, params object[] args);
    }
    public static class JSRuntimeExtensions
    {
        public static System.Threading.Tasks.ValueTask InvokeVoidAsync(this IJSRuntime jsRuntime, string identifier, params object[] args) => default;
    }
}

// ---------------------------------------------------------------- MQTTnet server side
namespace MQTTnet
{
    public class MqttFactory
    {
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new MQTTnet.Server.MqttServer();
    }
}
namespace MQTTnet.Server
{
    public class MqttServerTcpEndpointOptions { public int Port { get; set; } }
    public class MqttServerOptions { public MqttServerTcpEndpointOptions DefaultEndpointOptions { get; } = new MqttServerTcpEndpointOptions(); }
    public class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithConnectionBacklog(int value) => this;
        public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
        public MqttServerOptionsBuilder WithDefaultEndpointPort(int value) => this;
        public MqttServerOptions Build() => new MqttServerOptions();
    }
    public class MqttServer
    {
        public bool IsStarted { get; }
        public System.Threading.Tasks.Task StartAsync() => System.Threading.Tasks.Task.CompletedTask;
        public event System.Func<ValidatingConnectionEventArgs, System.Threading.Tasks.Task> ValidatingConnectionAsync;
    }
}
namespace MQTTnet.Protocol
{
    public enum MqttConnectReasonCode { Success = 0, NotAuthorized = 135, BadUserNameOrPassword = 134 }
}

// ---------------------------------------------------------------- Azure IoT device / DPS additions
namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
        public string ContentEncoding { get; set; }
        public string ContentType { get; set; }
    }
    // Shim, not library surface: DeviceClient.SendEventAsync(Message, CancellationToken) of the real SDK.
    public static class DeviceClientShims
    {
        public static System.Threading.Tasks.Task SendEventAsync(this DeviceClient client, Message message, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client
{
    public abstract class ProvisioningTransportHandler { }
    public class DeviceRegistrationResult { public string AssignedHub { get; set; } public string DeviceId { get; set; } }
    public class ProvisioningDeviceClient
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey securityProvider, ProvisioningTransportHandler transport) => new ProvisioningDeviceClient();
        public System.Threading.Tasks.Task<DeviceRegistrationResult> RegisterAsync(System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(new DeviceRegistrationResult());
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
{
    public class ProvisioningTransportHandlerAmqp : Microsoft.Azure.Devices.Provisioning.Client.ProvisioningTransportHandler { }
    public class ProvisioningTransportHandlerMqtt : Microsoft.Azure.Devices.Provisioning.Client.ProvisioningTransportHandler { }
}
namespace DSMRParser.Models
{
    public class Telegram { public string EquipmentIdentifier { get; set; } }
}

// ---------------------------------------------------------------- TuyaNet
namespace com.clusterrr.TuyaNet
{
    public class TuyaDeviceApiInfo
    {
        public string Name { get; set; }
        public string Id { get; set; }
        public string Ip { get; set; }
        public string LocalKey { get; set; }
    }
    public class TuyaApi
    {
        public enum Region { China, WesternAmerica, EasternAmerica, CentralEurope, WesternEurope, India }
        public TuyaApi(Region region, string accessId, string apiSecret) { }
        public System.Threading.Tasks.Task<TuyaDeviceApiInfo[]> GetAllDevicesInfoAsync(string anyDeviceId) => System.Threading.Tasks.Task.FromResult(new TuyaDeviceApiInfo[0]);
    }
}
namespace com.clusterrr.TuyaNet.Models
{
    public class TuyaDeviceInfo
    {
        public string Name { get; set; }
        public string DeviceId { get; set; }
        public string LocalIp { get; set; }
        public string LocalKey { get; set; }
        public string ApiVer { get; set; }
    }
}
namespace com.clusterrr.TuyaNet.Services
{
    public class TuyaSwitcherService
    {
        public TuyaSwitcherService(com.clusterrr.TuyaNet.Models.TuyaDeviceInfo deviceInfo) { }
        public System.Threading.Tasks.Task Connect() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task TurnOn() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task TurnOff() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<bool> GetStatus() => System.Threading.Tasks.Task.FromResult(false);
    }
}

// ---------------------------------------------------------------- nanoFramework / WinRT serial, ESP-NOW, GPIO
namespace Windows.Storage.Streams
{
    public interface IOutputStream { }
    public interface IInputStream { }
    public class DataWriter
    {
        public DataWriter(IOutputStream outputStream) { }
        public uint WriteString(string value) => 0;
        public void WriteBytes(byte[] value) { }
        public uint Store() => 0;
    }
}
namespace Windows.Devices.SerialCommunication
{
    public class SerialDevice
    {
        public static SerialDevice FromId(string deviceId) => new SerialDevice();
        public uint BaudRate { get; set; }
        public Windows.Storage.Streams.IOutputStream OutputStream { get; }
        public Windows.Storage.Streams.IInputStream InputStream { get; }
    }
}
namespace nanoFramework.EspNow
{
    public class DataSentEventArgs : System.EventArgs { public byte[] PeerMac { get; } public int Status { get; } }
    public delegate void DataSentEventHandler(object sender, DataSentEventArgs e);
    public class EspNowController
    {
        public event DataSentEventHandler DataSent;
        public void AddPeer(byte[] peerMac, byte channel, bool encrypted, byte[] localMasterKey) { }
        public void Send(byte[] peerMac, byte[] data, int dataCount) { }
    }
}
namespace System.Device.Gpio
{
    public enum PinMode { Input, Output, InputPullDown, InputPullUp }
    public readonly struct PinValue
    {
        private readonly byte _value;
        private PinValue(byte value) { _value = value; }
        public static PinValue Low => new PinValue(0);
        public static PinValue High => new PinValue(1);
    }
    public class GpioPin
    {
        public void Write(PinValue value) { }
        public PinValue Read() => PinValue.Low;
    }
    public class GpioController : System.IDisposable
    {
        public GpioPin OpenPin(int pinNumber, PinMode mode) => new GpioPin();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- serial port, Modbus, InfluxDB
namespace System.IO.Ports
{
    public class SerialPort : System.IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public string NewLine { get; set; }
        public bool IsOpen { get; }
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => string.Empty;
        public string ReadLine() => string.Empty;
        public void Dispose() { }
    }
}
namespace Modbus.Device
{
    public class ModbusIpMaster : System.IDisposable
    {
        public static ModbusIpMaster CreateIp(System.Net.Sockets.TcpClient tcpClient) => new ModbusIpMaster();
        public bool[] ReadInputs(ushort startAddress, ushort numberOfPoints) => new bool[numberOfPoints];
        public ushort[] ReadHoldingRegisters(byte slaveAddress, ushort startAddress, ushort numberOfPoints) => new ushort[numberOfPoints];
        public void WriteSingleRegister(byte slaveAddress, ushort registerAddress, ushort value) { }
        public void Dispose() { }
    }
}
namespace InfluxDB.Client
{
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public InfluxDBClient(string url, string username, char[] password) { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- AWS SDK, Redis, SQL clients, OPC UA
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
namespace StackExchange.Redis
{
    public class EndPointCollection : System.Collections.Generic.List<string> { }
    public class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string User { get; set; }
        public string Password { get; set; }
        public bool Ssl { get; set; }
    }
    public class ConnectionMultiplexer : System.IDisposable
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new ConnectionMultiplexer();
        public void Dispose() { }
    }
}
namespace Microsoft.Data.SqlClient
{
    public class SqlConnection : System.IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace Npgsql
{
    public class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
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
    }
}
