#nullable disable
// Library surface corpus20 needs that the shared Stubs.g.cs lacks. Type names, namespaces and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims
// rather than library surface say so in a comment.

// ---------------------------------------------------------------- Microsoft.Extensions.Configuration / Options / Logging
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
    }
    public interface IConfigurationSection : IConfiguration { string Key { get; } string Path { get; } string Value { get; set; } }
    public interface IConfigurationRoot : IConfiguration { }
    public class ConfigurationBuilder
    {
        public ConfigurationBuilder AddJsonFile(string path, bool optional = false) => this;
        public ConfigurationBuilder AddEnvironmentVariables() => this;
        public ConfigurationBuilder AddCommandLine(string[] args) => this;
        public ConfigurationBuilder AddUserSecrets<T>() where T : class => this;
        public IConfigurationRoot Build() => null;
    }
    public static class ConfigurationBinder
    {
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
        public static T Get<T>(this IConfiguration configuration) => default;
        public static void Bind(this IConfiguration configuration, object instance) { }
    }
}
namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class { TOptions Value { get; } }
    public interface IOptionsMonitor<out TOptions> { TOptions CurrentValue { get; } }
    public static class Options
    {
        public static IOptions<TOptions> Create<TOptions>(TOptions options) where TOptions : class => null;
    }
}
namespace Microsoft.Extensions.Logging
{
    public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
    public interface ILogger { void Log(LogLevel logLevel, string message); }
    public interface ILogger<out TCategoryName> : ILogger { }
    public static class LoggerExtensions
    {
        public static void LogTrace(this ILogger logger, string message, params object[] args) { }
        public static void LogDebug(this ILogger logger, string message, params object[] args) { }
        public static void LogInformation(this ILogger logger, string message, params object[] args) { }
        public static void LogWarning(this ILogger logger, string message, params object[] args) { }
        public static void LogWarning(this ILogger logger, System.Exception exception, string message, params object[] args) { }
        public static void LogError(this ILogger logger, string message, params object[] args) { }
        public static void LogError(this ILogger logger, System.Exception exception, string message, params object[] args) { }
    }
}

// ---------------------------------------------------------------- Newtonsoft.Json (the members the corpus uses)
namespace Newtonsoft.Json
{
    public enum NullValueHandling { Include, Ignore }
    public enum Formatting { None, Indented }
    public class JsonConverter { }
    public class JsonSerializerSettings
    {
        public NullValueHandling NullValueHandling { get; set; }
        public JsonConverter[] Converters { get; set; }
    }
    [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field)]
    public sealed class JsonPropertyAttribute : System.Attribute { public JsonPropertyAttribute(string propertyName) { } }
    public static class JsonConvert
    {
        public static T DeserializeObject<T>(string value) => default;
        public static T DeserializeObject<T>(string value, JsonSerializerSettings settings) => default;
        public static string SerializeObject(object value) => string.Empty;
        public static string SerializeObject(object value, Formatting formatting) => string.Empty;
        public static string SerializeObject(object value, JsonSerializerSettings settings) => string.Empty;
    }
}
namespace Newtonsoft.Json.Linq
{
    public class JToken
    {
        public virtual JToken this[object key] { get => new JToken(); set { } }
        public T Value<T>() => default;
        public T ToObject<T>() => default;
        public static implicit operator JToken(string value) => new JToken();
        public static implicit operator JToken(bool value) => new JToken();
        public static implicit operator JToken(long value) => new JToken();
        public override string ToString() => string.Empty;
    }
    public class JObject : JToken, System.Collections.IEnumerable
    {
        public JToken this[string propertyName] { get => new JToken(); set { } }
        public void Add(string propertyName, JToken value) { }
        public bool ContainsKey(string propertyName) => false;
        public static JObject Parse(string json) => new JObject();
        public System.Collections.IEnumerator GetEnumerator() { yield break; }
    }
}

// ---------------------------------------------------------------- MQTTnet members the shared stubs lack
namespace MQTTnet
{
    public enum MqttQualityOfServiceLevel { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
    public class MqttApplicationMessage { public string Topic { get; set; } }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessageBuilder WithQualityOfServiceLevel(MqttQualityOfServiceLevel qualityOfServiceLevel) => this;
        public MqttApplicationMessageBuilder WithRetainFlag(bool value = true) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    public class MqttClientPublishResult { public bool IsSuccess { get; } }
    // v4: the factory lives in the root namespace and creates MQTTnet.Client.IMqttClient.
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
    }
    // v5: client factory and client.
    public class MqttClientFactory
    {
        public IMqttClient CreateMqttClient() => null;
    }
    public interface IMqttClient : System.IDisposable
    {
        bool IsConnected { get; }
        System.Threading.Tasks.Task ConnectAsync(MqttClientOptions options, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<MqttClientPublishResult> PublishAsync(MqttApplicationMessage applicationMessage, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task DisconnectAsync();
    }
    // Shims: the shared v5 builder stub has no WithClientId/WithKeepAlivePeriod/WithCleanSession/WithTimeout; the real
    // builder has them as instance methods.
    public static class MqttClientOptionsBuilderV5Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, System.TimeSpan value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithTimeout(this MqttClientOptionsBuilder builder, System.TimeSpan value) => builder;
    }
}
namespace MQTTnet.Client
{
    public class MqttClientTlsOptionsBuilder
    {
        public MqttClientTlsOptionsBuilder WithCertificateValidationHandler(System.Func<object, bool> handler) => this;
        public MqttClientTlsOptionsBuilder WithSslProtocols(System.Security.Authentication.SslProtocols sslProtocols) => this;
    }
    public interface IMqttClient : System.IDisposable
    {
        bool IsConnected { get; }
        MqttClientOptions Options { get; }
        System.Threading.Tasks.Task ConnectAsync(MqttClientOptions options, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task<MQTTnet.MqttClientPublishResult> PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task SubscribeAsync(string topic);
        System.Threading.Tasks.Task DisconnectAsync();
    }
    // Shims: members of the real v4 builder the shared stub lacks.
    public static class MqttClientOptionsBuilderV4Shim
    {
        public static MqttClientOptionsBuilder WithTlsOptions(this MqttClientOptionsBuilder builder, System.Action<MqttClientTlsOptionsBuilder> configure) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithCredentials(this MqttClientOptionsBuilder builder, MqttClientCredentials credentials) => builder;
    }
}

// ---------------------------------------------------------------- Workstation.UaClient (convertersystems opc-ua-client)
namespace Workstation.ServiceModel.Ua
{
    public enum ApplicationType { Server = 0, Client = 1 }
    public enum UserTokenType { Anonymous = 0, UserName = 1, Certificate = 2, IssuedToken = 3 }
    public class ApplicationDescription
    {
        public string ApplicationName { get; set; }
        public string ApplicationUri { get; set; }
        public ApplicationType ApplicationType { get; set; }
    }
    public class UserTokenPolicy { public UserTokenType TokenType { get; set; } }
    public class EndpointDescription { public byte SecurityLevel { get; set; } public UserTokenPolicy[] UserIdentityTokens { get; set; } public string EndpointUrl { get; set; } }
    public interface IUserIdentity { }
    public class AnonymousIdentity : IUserIdentity { }
    public class UserNameIdentity : IUserIdentity { public UserNameIdentity(string userName, string password) { } public string UserName { get; } public string Password { get; } }
    public class X509Identity : IUserIdentity { public X509Identity(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) { } }
    public interface ICertificateStore { }
    public class DirectoryStore : ICertificateStore { public DirectoryStore(string path, bool acceptAllRemoteCertificates = true, bool createLocalCertificateIfNotExist = true) { } }
    public class NodeId { public static NodeId Parse(string s) => new NodeId(); }
    public static class AttributeIds { public const uint Value = 13; }
    public static class TransportProfileUris { public const string UaTcpTransport = "http://opcfoundation.org/UA-Profile/Transport/uatcp-uasc-uabinary"; }
    public class ReadValueId { public NodeId NodeId { get; set; } public uint AttributeId { get; set; } }
    public class ReadRequest { public ReadValueId[] NodesToRead { get; set; } }
    public class DataValue { public object Value { get; } }
    public class ReadResponse { public DataValue[] Results { get; } }
    public class GetEndpointsRequest { public string EndpointUrl { get; set; } public string[] ProfileUris { get; set; } }
    public class GetEndpointsResponse { public EndpointDescription[] Endpoints { get; } }
}
namespace Workstation.ServiceModel.Ua.Channels
{
    using Workstation.ServiceModel.Ua;
    public static class UaTcpDiscoveryClient
    {
        public static System.Threading.Tasks.Task<GetEndpointsResponse> GetEndpointsAsync(GetEndpointsRequest request) => System.Threading.Tasks.Task.FromResult(new GetEndpointsResponse());
    }
    public class UaTcpSessionChannel
    {
        public UaTcpSessionChannel(ApplicationDescription localDescription, ICertificateStore certificateStore, IUserIdentity userIdentity, EndpointDescription remoteEndpoint, object loggerFactory = null) { }
        public UaTcpSessionChannel(ApplicationDescription localDescription, ICertificateStore certificateStore, IUserIdentity userIdentity, string endpointUrl, string securityPolicyUri = null) { }
        public System.Threading.Tasks.Task OpenAsync() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task CloseAsync() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task AbortAsync() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<ReadResponse> ReadAsync(ReadRequest request) => System.Threading.Tasks.Task.FromResult(new ReadResponse());
    }
}

// ---------------------------------------------------------------- OPC Foundation UA .NET Standard (UserIdentity)
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

// ---------------------------------------------------------------- Bambu.NET (cloud part of the library)
namespace Bambu.NET.Models
{
    public class BambuPrinter { public string DevId { get; set; } public string Name { get; set; } public string DevModelName { get; set; } }
}
namespace Bambu.NET.Cloud
{
    public class BambuCloud
    {
        public BambuCloud(string account, string password, bool isChinaRegion) { }
        public BambuCloud(string account, string password, string accessToken, bool isChinaRegion) { }
        public string AccessToken { get; }
        public string GetUserName() => string.Empty;
        public System.Threading.Tasks.Task LoginAsync() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<System.Collections.Generic.List<Bambu.NET.Models.BambuPrinter>> GetDeviceListAsync() => System.Threading.Tasks.Task.FromResult(new System.Collections.Generic.List<Bambu.NET.Models.BambuPrinter>());
    }
}

// ---------------------------------------------------------------- MakoIoT device services (interface package)
namespace MakoIoT.Device.Services.Interface
{
    public interface IConfigurationService
    {
        object GetConfigSection(string sectionName, System.Type objectType);
        void UpdateConfigSection(string sectionName, object section);
    }
    public interface ILog
    {
        void Trace(string message);
        void Error(string message, System.Exception exception = null);
    }
    public interface INetworkProvider { bool IsConnected { get; } string ClientAddress { get; } void Connect(); void Disconnect(); }
    public interface IDeviceBuilder { }
}
namespace MakoIoT.Device.Services.WiFi.Interface
{
    public interface INetworkInterfaceManager { bool IsApEnabled { get; } void EnableAP(); void DisableAP(); }
}
namespace MakoIoT.Device.Services.Configuration.Metadata.Attributes
{
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class SectionMetadataAttribute : System.Attribute { public SectionMetadataAttribute(string name) { } }
    [System.AttributeUsage(System.AttributeTargets.Property)]
    public sealed class ParameterMetadataAttribute : System.Attribute { public ParameterMetadataAttribute(string name, bool isSecret = false) { } }
}
namespace System.Net.NetworkInformation
{
    // Shim: the nanoFramework access-point configuration store (the shared WirelessAPConfiguration stub has only Ssid and
    // Password; the real type has GetAllWirelessAPConfigurations and SaveConfiguration as members).
    public static class WirelessAPConfigurationStoreShim
    {
        public static WirelessAPConfiguration[] GetAllWirelessAPConfigurations() => new[] { new WirelessAPConfiguration() };
        public static void SaveConfiguration(this WirelessAPConfiguration configuration) { }
    }
}
namespace nanoFramework.Runtime.Native
{
    // nanoFramework's hardware information (the MAC of the Wi-Fi interface, as the real firmware exposes it).
    public static class NanoHardwareShim { public static byte[] GetWirelessMacAddress() => new byte[6]; }
}

// ---------------------------------------------------------------- SharpRTSPClient (jimm98y/SharpRealTimeStreaming)
namespace SharpRTSPClient
{
    public enum RTPTransport { UDP, TCP, MULTICAST }
    public enum MediaRequest { VIDEO_ONLY, AUDIO_ONLY, VIDEO_AND_AUDIO }
    public class RTSPClient : System.IDisposable
    {
        public event System.EventHandler NewVideoStream;
        public event System.EventHandler ReceivedVideoData;
        public event System.EventHandler NewAudioStream;
        public event System.EventHandler ReceivedAudioData;
        public event System.EventHandler Stopped;
        public void Connect(string url, RTPTransport rtpTransport, string username = null, string password = null, MediaRequest mediaRequest = MediaRequest.VIDEO_AND_AUDIO, bool playbackSession = false, object onvifReplay = null, bool autoReconnect = false) { }
        public bool TryReconnect() => true;
        public void Stop() { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- RestSharp (as EwelinkNET uses it)
namespace RestSharp
{
    public enum Method { GET, POST, PUT, DELETE }
    public enum ParameterType { QueryString, HttpHeader, RequestBody }
    public enum DataFormat { Json, Xml }
    public class RestResponse { public string Content { get; set; } }
    public class RestRequest
    {
        public RestRequest(string resource, Method method) { }
        public DataFormat RequestFormat { get; set; }
        public RestRequest AddParameter(string name, object value, ParameterType type) => this;
        public RestRequest AddQueryParameter(string name, string value) => this;
        public RestRequest AddHeader(string name, string value) => this;
    }
    public class RestClient
    {
        public RestClient(string baseUrl) { }
        public System.Threading.Tasks.Task<RestResponse> ExecuteAsync(RestRequest request, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult(new RestResponse());
    }
}

// ---------------------------------------------------------------- dotMorten.Unifi (UniFi Protect client library)
namespace dotMorten.Unifi
{
    public class CameraEventArgs : System.EventArgs { public string Id { get; } }
    public class ProtectClient : System.IDisposable
    {
        public ProtectClient(string hostname, string username, string password, bool ignoreSslErrors = false) { }
        public string HostName { get; }
        public bool IgnoreSslErrors { get; }
        public event System.EventHandler<CameraEventArgs> Ring;
        public event System.EventHandler<CameraEventArgs> Motion;
        public event System.EventHandler Disconnected;
        public System.Threading.Tasks.Task OpenAsync(System.Threading.CancellationToken cancellationToken) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task CloseAsync() => System.Threading.Tasks.Task.CompletedTask;
        public void Dispose() { }
    }
}
namespace Windows.Storage
{
    public enum ApplicationDataCreateDisposition { Always, Existing }
    public sealed class ApplicationDataContainer
    {
        public System.Collections.Generic.IDictionary<string, object> Values { get; } = new System.Collections.Generic.Dictionary<string, object>();
        public System.Collections.Generic.IReadOnlyDictionary<string, ApplicationDataContainer> Containers { get; } = new System.Collections.Generic.Dictionary<string, ApplicationDataContainer>();
        public ApplicationDataContainer CreateContainer(string name, ApplicationDataCreateDisposition disposition) => new ApplicationDataContainer();
    }
    public sealed class ApplicationData
    {
        public static ApplicationData Current { get; } = new ApplicationData();
        public ApplicationDataContainer LocalSettings { get; } = new ApplicationDataContainer();
    }
}

// ---------------------------------------------------------------- AdsUtilities (MathisJu/TwinCAT-ADS-Utilities library)
namespace AdsUtilities
{
    public class NetworkInterfaceInfo { public string Name { get; set; } public string IpAddress { get; set; } public string SubnetMask { get; set; } }
    public class AdsRoutingClient : System.IDisposable
    {
        public string NetId { get; }
        public bool Connect(string netId) => true;
        public bool ConnectLocal() => true;
        public System.Threading.Tasks.Task AddRouteAsync(string netIdTarget, string ipAddressTarget, string routeName, string usernameTarget, string passwordTarget, string remoteRouteName, System.Threading.CancellationToken cancel = default) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task AddLocalRouteEntryAsync(string netIdEntry, string ipAddressEntry, string routeNameEntry, System.Threading.CancellationToken cancel = default) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task AddRemoteRouteEntryAsync(string ipAddressRemote, string usernameRemote, string passwordRemote, string remoteRouteName, System.Threading.CancellationToken cancel = default) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task AddAdsMqttRouteAsync(string brokerAddress, uint brokerPort, string topic, bool unidirectional = false, uint qualityOfService = default, string user = default, string password = default, System.Threading.CancellationToken cancel = default) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<System.Collections.Generic.List<NetworkInterfaceInfo>> GetNetworkInterfacesAsync(System.Threading.CancellationToken cancel = default) => System.Threading.Tasks.Task.FromResult(new System.Collections.Generic.List<NetworkInterfaceInfo>());
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- RabbitMQ.Client (v7)
namespace RabbitMQ.Client
{
    public interface IConnection : System.IDisposable { bool IsOpen { get; } System.Threading.Tasks.Task CloseAsync(); }
    public interface IConnectionFactory { System.Threading.Tasks.Task<IConnection> CreateConnectionAsync(System.Threading.CancellationToken cancellationToken = default); }
    public class ConnectionFactory : IConnectionFactory
    {
        public string HostName { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public int Port { get; set; }
        public string VirtualHost { get; set; }
        public bool AutomaticRecoveryEnabled { get; set; }
        public System.TimeSpan NetworkRecoveryInterval { get; set; }
        public System.Uri Uri { get; set; }
        public System.Threading.Tasks.Task<IConnection> CreateConnectionAsync(System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.FromResult<IConnection>(null);
    }
}

// ---------------------------------------------------------------- KNX Falcon SDK
namespace Knx.Falcon
{
    public enum BusConnectionState { Closed, Connected, Broken, MediumFailure }
    public class GroupCommunicationSecurity
    {
        public static GroupCommunicationSecurity Load(string keyringFile, System.Security.SecureString password) => new GroupCommunicationSecurity();
        public void LoadDeviceSequenceCounters(string sequenceCounterFile, System.Security.SecureString password) { }
    }
}
namespace Knx.Falcon.Sdk
{
    public class KnxBus : System.IDisposable
    {
        public KnxBus(string connectionString) { }
        public Knx.Falcon.BusConnectionState ConnectionState { get; }
        public Knx.Falcon.GroupCommunicationSecurity GroupCommunicationSecurity { get; set; }
        public event System.EventHandler ConnectionStateChanged;
        public System.Threading.Tasks.Task ConnectAsync(System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.CompletedTask;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- HADotNet.Core (Home Assistant client)
namespace HADotNet.Core
{
    public static class ClientFactory
    {
        public static bool IsInitialized { get; }
        public static void Initialize(string instanceAddress, string apiKey) { }
        public static void Initialize(System.Uri instanceAddress, string apiKey) { }
        public static void Reset() { }
    }
}

// ---------------------------------------------------------------- BouncyCastle (DTLS PSK identity)
namespace Org.BouncyCastle.Tls
{
    public interface TlsPskIdentity { }
    public class BasicTlsPskIdentity : TlsPskIdentity
    {
        public BasicTlsPskIdentity(string identity, byte[] psk) { }
        public BasicTlsPskIdentity(byte[] identity, byte[] psk) { }
    }
}

// ---------------------------------------------------------------- UnifiApi (schwoi/UnifiClient library)
namespace UnifiApi.Models
{
    public static class Enumerations
    {
        public enum SecurityType { Open, WEP, WPAPSK, WPAEAP }
        public enum WPAMode { WPA2, WPA1, Auto }
        public enum WPAEncryption { CCMP, TKIP, Auto }
    }
}
namespace UnifiApi.Responses
{
    public class BoolResponse { public bool Result { get; set; } public string Response { get; set; } }
}
namespace UnifiApi
{
    using UnifiApi.Responses;
    using static UnifiApi.Models.Enumerations;
    public partial class Client : System.IDisposable
    {
        public Client() { }
        public Client(string baseUrl, string site = null, bool ignoreSslCertificate = false) { }
        public string Site { get; set; }
        public bool IsLoggedIn { get; set; }
        public System.Threading.Tasks.Task<BoolResponse> LoginAsync(string username, string password) => System.Threading.Tasks.Task.FromResult(new BoolResponse());
        public System.Threading.Tasks.Task<bool> LogoutAsync() => System.Threading.Tasks.Task.FromResult(true);
        public System.Threading.Tasks.Task<BoolResponse> CreateWLanAsync(string name, string passphrase, string userGoupId, string wlanGroupId, bool enabled = true, bool hideSSID = false, bool isGuest = false, SecurityType security = SecurityType.Open, WPAMode wpaMode = WPAMode.WPA2, WPAEncryption wpaEncryption = WPAEncryption.CCMP, string vlanId = null, bool uapsdEnabled = false) => System.Threading.Tasks.Task.FromResult(new BoolResponse());
        public System.Threading.Tasks.Task<BoolResponse> ChangeWLanPassphraseAsync(string wlanId, string passphrase) => System.Threading.Tasks.Task.FromResult(new BoolResponse());
        public System.Threading.Tasks.Task<BoolResponse> AuthorizeGuestAsync(string mac, int minutes) => System.Threading.Tasks.Task.FromResult(new BoolResponse());
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- System.IO.Ports (NuGet package)
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even }
    public enum StopBits { None, One, Two }
    public enum Handshake { None, XOnXOff, RequestToSend }
    public class SerialPort : System.IDisposable
    {
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits) { }
        public System.IO.Stream BaseStream { get; }
        public int ReadTimeout { get; set; }
        public string NewLine { get; set; }
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadLine() => string.Empty;
        public string ReadExisting() => string.Empty;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- 32feet.NET (InTheHand.Net): Bluetooth Classic pairing
namespace InTheHand.Net { public sealed class BluetoothAddress { public static BluetoothAddress Parse(string s) => new BluetoothAddress(); } }
namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothSecurity
    {
        public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }
}

// ---------------------------------------------------------------- InfluxDB client
namespace InfluxDB.Client
{
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public InfluxDBClient(string url, string username, string password) { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Npgsql
namespace Npgsql
{
    public class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- MIFARE reader (a vendor SDK used by a written file)
namespace Acs.Mifare
{
    public enum KeyType { KeyA = 0x60, KeyB = 0x61 }
    public class MifareReader
    {
        public MifareReader(string readerName) { }
        public bool LoadAuthenticationKey(int keySlot, byte[] key) => true;
        public bool Authenticate(int block, KeyType keyType, int keySlot) => true;
        public byte[] ReadBlock(int block) => new byte[16];
    }
}

// ---------------------------------------------------------------- AWS SDK (Amazon.Runtime)
namespace Amazon.Runtime
{
    public class BasicAWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}
