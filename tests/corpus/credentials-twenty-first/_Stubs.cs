#nullable disable
// Library surface corpus21 needs that the shared Stubs.g.cs lacks. Type names, namespaces and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims
// rather than library surface say so in a comment.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

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
    public interface IConfigurationBuilder { IConfigurationRoot Build(); }
    public class ConfigurationBuilder : IConfigurationBuilder
    {
        public IConfigurationRoot Build() => null;
    }
    public static class JsonConfigurationExtensions
    {
        public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path, bool optional) => builder;
    }
    public static class UserSecretsConfigurationExtensions
    {
        public static IConfigurationBuilder AddUserSecrets<T>(this IConfigurationBuilder configuration) where T : class => configuration;
    }
    public static class ConfigurationBinder
    {
        public static T Get<T>(this IConfiguration configuration) => default;
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
    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string message, params object[] args) { }
        public static void LogError(this ILogger logger, Exception exception, string message, params object[] args) { }
    }
}

// ---------------------------------------------------------------- Newtonsoft.Json (the members the corpus uses)
namespace Newtonsoft.Json
{
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class JsonPropertyAttribute : Attribute { public JsonPropertyAttribute(string propertyName) { } }
}
namespace Newtonsoft.Json.Linq
{
    public class JToken
    {
        public JToken SelectToken(string path) => new JToken();
        public static explicit operator string(JToken value) => null;
        public static explicit operator bool?(JToken value) => null;
    }
    public class JObject : JToken
    {
        public static JObject Parse(string json) => new JObject();
    }
}

// ---------------------------------------------------------------- OPC Foundation UA .NET Standard (client side)
namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class AnonymousIdentityToken { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity(AnonymousIdentityToken token) { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
        public UserIdentity(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) { }
    }
    public enum ApplicationType { Server = 0, Client = 1, ClientAndServer = 2, DiscoveryServer = 3 }
    public class ApplicationConfiguration
    {
        public string ApplicationName { get; set; }
        public ApplicationType ApplicationType { get; set; }
        public string ApplicationUri { get; set; }
        public string ProductUri { get; set; }
    }
    public class EndpointDescription { public string EndpointUrl { get; set; } }
    public class EndpointConfiguration { public static EndpointConfiguration Create(ApplicationConfiguration applicationConfiguration) => new EndpointConfiguration(); }
    public class ConfiguredEndpoint
    {
        public ConfiguredEndpoint(object collection, EndpointDescription description, EndpointConfiguration configuration) { }
    }
    public class NodeId { public NodeId(string text) { } }
    public class DataValue { public object Value { get; set; } }
}
namespace Opc.Ua.Client
{
    using Opc.Ua;
    public static class CoreClientUtils
    {
        public static EndpointDescription SelectEndpoint(string discoveryUrl, bool useSecurity) => new EndpointDescription();
    }
    public interface ISession : IDisposable
    {
        StatusCodeShim Close(int timeout);
        DataValue ReadValue(NodeId nodeId);
    }
    // Shim: the real Close returns Opc.Ua.StatusCode; the corpus ignores the result.
    public struct StatusCodeShim { }
    public class Session : ISession
    {
        public static Task<Session> Create(ApplicationConfiguration configuration, ConfiguredEndpoint endpoint, bool updateBeforeConnect, bool checkDomain, string sessionName, uint sessionTimeout, IUserIdentity identity, IList<string> preferredLocales) => Task.FromResult(new Session());
        public StatusCodeShim Close(int timeout) => default;
        public DataValue ReadValue(NodeId nodeId) => new DataValue();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- OnvifLib (treealarm), Camera lives in the global namespace
public class Camera
{
    public static Camera Create(string ip, int port, string username, string password, double timeout = 15) => new Camera();
    public Task InitTask { get; private set; } = Task.CompletedTask;
    public Task<bool> IsAlive() => Task.FromResult(true);
    public Task<Dictionary<string, string>> GetServicesAsync() => Task.FromResult(new Dictionary<string, string>());
}

// ---------------------------------------------------------------- crozone.SerialPorts (used by GsmModemSmsLibrary)
namespace crozone.SerialPorts.Abstractions
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public enum Handshake { None, XOnXOff, RequestToSend, RequestToSendXOnXOff }
    public interface ISerialPort : IDisposable
    {
        System.IO.Stream BaseStream { get; }
        bool IsOpen { get; }
        int ReadTimeout { get; set; }
        int BaudRate { get; set; }
        Parity Parity { get; set; }
        int DataBits { get; set; }
        StopBits StopBits { get; set; }
        Handshake Handshake { get; set; }
        void Open();
        void Close();
    }
}
namespace crozone.SerialPorts.LinuxSerialPort
{
    using crozone.SerialPorts.Abstractions;
    public class LinuxSerialPort : ISerialPort
    {
        public LinuxSerialPort(string port) { }
        public bool EnableDrain { get; set; }
        public int MinimumBytesToRead { get; set; }
        public System.IO.Stream BaseStream => System.IO.Stream.Null;
        public bool IsOpen => true;
        public int ReadTimeout { get; set; }
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public int DataBits { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public void Open() { }
        public void Close() { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- M2Mqtt members the shared stub lacks
namespace uPLibrary.Networking.M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }
    // Shim: the shared MqttClient stub is not partial and has no Subscribe; the real client has it as an instance method.
    public static class MqttClientSubscribeShim
    {
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 0;
    }
}
namespace uPLibrary.Networking.M2Mqtt.Messages
{
    public class MqttMsgBase
    {
        public const byte QOS_LEVEL_AT_MOST_ONCE = 0x00;
        public const byte QOS_LEVEL_AT_LEAST_ONCE = 0x01;
        public const byte QOS_LEVEL_EXACTLY_ONCE = 0x02;
    }
}

// ---------------------------------------------------------------- FritzBoxClient (SoldatXwing)
namespace FritzBoxClient.Models
{
    public class Device
    {
        public string Name { get; set; }
        public System.Net.IPAddress Ip { get; set; }
        public string Uid { get; set; }
    }
    public enum InternetDetail { Blocked, Unlimited }
}
namespace FritzBoxClient
{
    using FritzBoxClient.Models;
    public class FritzBoxAccesser : IDisposable
    {
        public FritzBoxAccesser(string fritzBoxPassword, string fritzBoxUrl = "https://fritz.box", string userName = "") { }
        public Task<List<Device>> GetAllDevciesInNetworkAsync(bool getWithIpAndUid = false) => Task.FromResult(new List<Device>());
        public Task ChangeInternetAccessStateForDeviceAsync(Device device, InternetDetail internetDetailState) => Task.CompletedTask;
        public Task ReconnectAsync() => Task.CompletedTask;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- System.Net.Mqtt (Microsoft's MQTT client, used by SolarEdge.Monitor)
namespace System.Net.Mqtt
{
    public enum SessionState { CleanSession, SessionPresent }
    public enum MqttQualityOfService { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
    public class MqttConfiguration { public int Port { get; set; } = 1883; }
    public class MqttLastWill { }
    public class MqttClientCredentials
    {
        public MqttClientCredentials(string clientId, string userName = null, string password = null) { }
    }
    public class MqttApplicationMessage { public MqttApplicationMessage(string topic, byte[] payload) { } }
    public interface IMqttClient : IDisposable
    {
        Task<SessionState> ConnectAsync(MqttClientCredentials credentials, MqttLastWill will = null, bool cleanSession = false);
        Task PublishAsync(MqttApplicationMessage message, MqttQualityOfService qos, bool retain = false);
        Task DisconnectAsync();
    }
    public static class MqttClient
    {
        public static Task<IMqttClient> CreateAsync(string hostAddress, MqttConfiguration configuration) => Task.FromResult<IMqttClient>(null);
    }
}

// ---------------------------------------------------------------- ZigbeeNet (Mr-Markus)
namespace ZigBeeNet.Transport
{
    public interface IZigBeePort { }
    public interface IZigBeeTransportTransmit { }
}
namespace ZigBeeNet.Tranport.SerialPort
{
    public class ZigBeeSerialPort : ZigBeeNet.Transport.IZigBeePort { public ZigBeeSerialPort(string portName, int baudrate = 115200) { } }
}
namespace ZigBeeNet.Hardware.TI.CC2531
{
    public class ZigBeeDongleTiCc2531 : ZigBeeNet.Transport.IZigBeeTransportTransmit { public ZigBeeDongleTiCc2531(ZigBeeNet.Transport.IZigBeePort serialPort) { } }
}
namespace ZigBeeNet.Hardware.Digi.XBee
{
    public class ZigBeeDongleXBee : ZigBeeNet.Transport.IZigBeeTransportTransmit { public ZigBeeDongleXBee(ZigBeeNet.Transport.IZigBeePort serialPort) { } }
}
namespace ZigBeeNet.Security
{
    public class ZigBeeKey
    {
        public ZigBeeKey() { }
        public ZigBeeKey(string keyString) { }
        public ZigBeeKey(byte[] key) { }
        public byte[] Key { get; set; }
    }
}
namespace ZigBeeNet.DAO
{
    public class JsonNetworkSerializer : ZigBeeNet.IZigBeeNetworkStateSerializer { public JsonNetworkSerializer(string filename) { } }
}
namespace ZigBeeNet.App.Discovery
{
    public class ZigBeeDiscoveryExtension : ZigBeeNet.IZigBeeNetworkExtension { public void SetUpdatePeriod(int updatePeriod) { } }
}
namespace ZigBeeNet
{
    using ZigBeeNet.Security;
    using ZigBeeNet.Transport;
    public enum ZigBeeStatus { SUCCESS, FAILURE, INVALID_STATE }
    public interface IZigBeeNetworkStateSerializer { }
    public interface IZigBeeNetworkExtension { }
    public class IeeeAddress { public override string ToString() => "0000000000000000"; }
    public class ZigBeeNode
    {
        public IeeeAddress IeeeAddress { get; set; }
        public ushort NetworkAddress { get; set; }
        public void PermitJoin(bool enable) { }
    }
    public class ZigBeeNetworkManager
    {
        public ZigBeeNetworkManager(IZigBeeTransportTransmit transport) { }
        public IZigBeeNetworkStateSerializer NetworkStateSerializer { get; set; }
        public void AddExtension(IZigBeeNetworkExtension extension) { }
        public ZigBeeStatus Initialize() => ZigBeeStatus.SUCCESS;
        public ZigBeeStatus SetZigBeeNetworkKey(ZigBeeKey key) => ZigBeeStatus.SUCCESS;
        public ZigBeeStatus SetZigBeeLinkKey(ZigBeeKey key) => ZigBeeStatus.SUCCESS;
        public ZigBeeStatus Startup(bool reinitialize) => ZigBeeStatus.SUCCESS;
        public ZigBeeNode GetNode(ushort networkAddress) => null;
    }
}

// ---------------------------------------------------------------- OctoPrintRestApiSharp (AndreasReitberger); namespace as the project folder
namespace OctoPrintSharpApi
{
    public class OctoPrintClient : IDisposable
    {
        public bool IsOnline { get; private set; }
        public Task CheckOnlineAsync(int timeout = 10000) => Task.CompletedTask;
        public void Dispose() { }

        public class OctoPrintConnectionBuilder
        {
            public OctoPrintConnectionBuilder WithServerAddress(string serverAddress, int port = 3344, bool https = false) => this;
            public OctoPrintConnectionBuilder WithApiKey(string apiKey) => this;
            public OctoPrintConnectionBuilder WithWebSocket(string webSocketAddress) => this;
            public OctoPrintConnectionBuilder WithTimeout(int timeout = 100) => this;
            public OctoPrintClient Build() => new OctoPrintClient();
        }
    }
}

// ---------------------------------------------------------------- Particle Windows SDK
namespace Particle.SDK.Models
{
    public class ParticleDeviceVitalsResponse { }
}
namespace Particle.SDK
{
    using Particle.SDK.Models;
    public class ParticleDevice
    {
        public string Id { get; }
        public Task<ParticleDeviceVitalsResponse> GetLastKnownVitals() => Task.FromResult(new ParticleDeviceVitalsResponse());
    }
    public class ParticleCloud
    {
        public ParticleCloud(string accessToken = null) { }
        public static ParticleCloud SharedCloud { get; } = new ParticleCloud();
        public Task<bool> LoginAsync(string username, string password, int expiresIn = 0) => Task.FromResult(true);
        public Task<bool> TokenLoginAsync(string token) => Task.FromResult(true);
        public void SetAuthentication(string accessToken, int? expires_in = null, string refresh_token = null) { }
        public Task<ParticleDevice> GetDeviceAsync(string deviceId) => Task.FromResult(new ParticleDevice());
        public Task<List<ParticleDevice>> GetDevicesAsync() => Task.FromResult(new List<ParticleDevice>());
        public Task<bool> SignupWithCustomerAsync(string organizationSlug, string email, string password) => Task.FromResult(true);
        public Task<bool> RequestPasswordResetForCustomerAsync(string organizationSlug, string email) => Task.FromResult(true);
    }
}

// ---------------------------------------------------------------- MQTTnet v4 server side and the members the shared stubs lack
namespace MQTTnet
{
    public class MqttApplicationMessage
    {
        public string Topic { get; set; }
        public byte[] Payload { get; set; }
    }
    public class MqttFactory
    {
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new MQTTnet.Server.MqttServer();
    }
}
namespace MQTTnet.Protocol
{
    public enum MqttConnectReasonCode { Success = 0, UnspecifiedError = 128, BadUserNameOrPassword = 134, NotAuthorized = 135, BadAuthenticationMethod = 140 }
}
namespace MQTTnet.Server
{
    public class MqttServerOptions { }
    public class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
        public MqttServerOptionsBuilder WithDefaultEndpointPort(int value) => this;
        public MqttServerOptions Build() => new MqttServerOptions();
    }
    public class InterceptingPublishEventArgs
    {
        public string ClientId { get; }
        public MQTTnet.MqttApplicationMessage ApplicationMessage { get; set; }
    }
    public class MqttServer
    {
        public event Func<InterceptingPublishEventArgs, Task> InterceptingPublishAsync;
        public event Func<ValidatingConnectionEventArgs, Task> ValidatingConnectionAsync;
        public Task StartAsync() => Task.CompletedTask;
    }
}

// ---------------------------------------------------------------- Xamarin.Android (the members GuideMe's receiver uses)
namespace Android.App
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class BroadcastReceiverAttribute : Attribute { }
}
namespace Android.Content
{
    public class Context { }
    public class Intent
    {
        public string Action { get; set; }
        public object GetParcelableExtra(string name) => null;
    }
    public abstract class BroadcastReceiver
    {
        public abstract void OnReceive(Context context, Intent intent);
        public void InvokeAbortBroadcast() { }
    }
}
namespace Android.Bluetooth
{
    public class BluetoothDevice
    {
        public const string ActionPairingRequest = "android.bluetooth.device.action.PAIRING_REQUEST";
        public const string ExtraDevice = "android.bluetooth.device.extra.DEVICE";
        public string Address { get; }
        public bool SetPin(byte[] pin) => true;
        public bool CreateBond() => true;
    }
}

// ---------------------------------------------------------------- InfluxDB client
namespace InfluxDB.Client.Api.Domain
{
    public enum WritePrecision { Ms, S, Us, Ns }
}
namespace InfluxDB.Client
{
    using InfluxDB.Client.Api.Domain;
    public class WriteApiAsync
    {
        public Task WriteRecordAsync(string record, WritePrecision precision = WritePrecision.Ns, string bucket = null, string org = null, System.Threading.CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApiAsync GetWriteApiAsync() => new WriteApiAsync();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- KostalModbusClient (CrunkA3)
namespace KostalModbusClient
{
    public class BoolResponseMessage { }
    public class PowerResponseMessage
    {
        public float ActivePower { get; set; }
        public float ReactivePower { get; set; }
        public float ApparentPower { get; set; }
    }
    public class ModbusClient
    {
        public ModbusClient(string hostName) { }
        public ModbusClient(string hostName, int port, byte unitId) { }
        public Task<BoolResponseMessage> GetModbusEnabled() => Task.FromResult(new BoolResponseMessage());
        public Task<PowerResponseMessage> GetTotalAcPower() => Task.FromResult(new PowerResponseMessage());
    }
}

// ---------------------------------------------------------------- System.IO.Ports (a NuGet package, not in the shared framework)
namespace System.IO.Ports
{
    public class SerialPort : IDisposable
    {
        public SerialPort(string portName) { }
        public static string[] GetPortNames() => new string[0];
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- ZWave4Net (roblans)
namespace ZWave4Net
{
    public enum LogLevel { Debug, Info, Warning, Error }
    public static class Logger
    {
        public static LogLevel LogThreshold { get; set; }
        public static void LogMessage(LogLevel level, string message) { }
    }
    public static class Platform
    {
        public static Action<LogLevel, string> LogMessage { get; set; }
    }
    public class SerialPort { public SerialPort(string name) { } }
    public class Node
    {
        public byte NodeID { get; }
        public T GetCommandClass<T>() where T : class => null;
    }
    public class NodeCollection : IEnumerable<Node>
    {
        public IEnumerator<Node> GetEnumerator() { yield break; }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
    public class ZWaveDriver
    {
        public ZWaveDriver(SerialPort port) { }
        public Task Open() => Task.CompletedTask;
        public Task Close() => Task.CompletedTask;
        public Task<string> GetVersion() => Task.FromResult("");
        public Task<uint> GetHomeID() => Task.FromResult(0u);
        public Task<NodeCollection> GetNodes() => Task.FromResult(new NodeCollection());
    }
}
namespace ZWave4Net.Commands
{
    public class ReportEventArgs : EventArgs { public byte Value { get; } }
    public class Basic
    {
        public event EventHandler<ReportEventArgs> ValueChanged;
        public Task<byte> GetValue() => Task.FromResult((byte)0);
    }
}

// ---------------------------------------------------------------- Digi XBee C# library (Core and Xamarin packages)
namespace XBeeLibrary.Core
{
    public abstract class AbstractXBeeDevice
    {
        public bool IsOpen { get; protected set; }
        public void SetParameter(string parameter, byte[] parameterValue) { }
        public void ApplyChanges() { }
        public void WriteChanges() { }
    }
    public class XBeeDevice : AbstractXBeeDevice
    {
        public void Open() { }
        public void Close() { }
        public void SetBluetoothPassword(string password) { }
    }
}
namespace XBeeLibrary.Xamarin
{
    public class XBeeBLEDevice : XBeeLibrary.Core.XBeeDevice
    {
        public XBeeBLEDevice(string deviceAddress, string password) { }
    }
}

// ---------------------------------------------------------------- WinRT: Windows.Devices.Enumeration / Bluetooth, Windows.Security.Credentials
namespace Windows.Foundation
{
    public delegate void TypedEventHandler<TSender, TResult>(TSender sender, TResult args);
}
namespace Windows.Security.Credentials
{
    public sealed class PasswordCredential
    {
        public PasswordCredential() { }
        public PasswordCredential(string resource, string userName, string password) { }
        public string Resource { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
    }
}
namespace Windows.Devices.Enumeration
{
    [Flags]
    public enum DevicePairingKinds : uint { None = 0, ConfirmOnly = 1, DisplayPin = 2, ProvidePin = 4, ConfirmPinMatch = 8, ProvidePasswordCredential = 16 }
    public enum DevicePairingResultStatus { Paired = 0, NotReadyToPair = 1, NotPaired = 2, AlreadyPaired = 3, Failed = 19 }
    public sealed class DevicePairingResult { public DevicePairingResultStatus Status { get; } }
    public sealed class DevicePairingRequestedEventArgs
    {
        public DevicePairingKinds PairingKind { get; }
        public string Pin { get; }
        public void Accept() { }
        public void Accept(string pin) { }
        public void AcceptWithPasswordCredential(Windows.Security.Credentials.PasswordCredential passwordCredential) { }
    }
    public sealed class DeviceInformationCustomPairing
    {
        public event Windows.Foundation.TypedEventHandler<DeviceInformationCustomPairing, DevicePairingRequestedEventArgs> PairingRequested;
        public Task<DevicePairingResult> PairAsync(DevicePairingKinds pairingKindsSupported) => Task.FromResult(new DevicePairingResult());
    }
    public sealed class DeviceInformationPairing
    {
        public bool CanPair { get; }
        public bool IsPaired { get; }
        public DeviceInformationCustomPairing Custom { get; } = new DeviceInformationCustomPairing();
        public Task<DevicePairingResult> PairAsync() => Task.FromResult(new DevicePairingResult());
    }
    public sealed class DeviceInformation { public DeviceInformationPairing Pairing { get; } = new DeviceInformationPairing(); }
}
namespace Windows.Devices.Bluetooth
{
    public sealed class BluetoothLEDevice
    {
        public string Name { get; }
        public ulong BluetoothAddress { get; }
        public Windows.Devices.Enumeration.DeviceInformation DeviceInformation { get; }
    }
}

// ---------------------------------------------------------------- nanoFramework.WebServer members the shared stub lacks
namespace nanoFramework.WebServer
{
    [AttributeUsage(AttributeTargets.Method)]
    public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    public class WebServerEventArgs { public System.Net.HttpListenerContext Context { get; } }
}

// ---------------------------------------------------------------- AWS SDK for .NET (Amazon.Runtime)
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
