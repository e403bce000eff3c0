#nullable disable
// Library surface corpus23 needs that the shared Stubs.g.cs lacks. Type names, namespaces and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims
// rather than library surface say so in a comment (mostly extension methods standing in for instance members of
// shared stub classes that are not partial).
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

// ---------------------------------------------------------------- Microsoft.Extensions.Configuration / Options / Logging / Hosting
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
        public ConfigurationBuilder SetBasePath(string basePath) => this;
        public ConfigurationBuilder AddJsonFile(string path, bool optional = false) => this;
        public ConfigurationBuilder AddEnvironmentVariables() => this;
        public IConfigurationRoot Build() => null;
    }
    public static class ConfigurationBinder
    {
        public static T Get<T>(this IConfiguration configuration) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
    }
    public static class ConfigurationExtensions
    {
        public static IConfigurationSection GetRequiredSection(this IConfiguration configuration, string key) => configuration.GetSection(key);
        public static string GetConnectionString(this IConfiguration configuration, string name) => configuration?["ConnectionStrings:" + name];
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
    public interface ILoggerFactory { ILogger CreateLogger(string categoryName); }
    public static class LoggerExtensions
    {
        public static void LogDebug(this ILogger logger, string message, params object[] args) { }
        public static void LogInformation(this ILogger logger, string message, params object[] args) { }
        public static void LogWarning(this ILogger logger, string message, params object[] args) { }
        public static void LogError(this ILogger logger, string message, params object[] args) { }
        public static void LogError(this ILogger logger, Exception exception, string message, params object[] args) { }
    }
}
namespace Microsoft.Extensions.Hosting
{
    public interface IHostedService
    {
        Task StartAsync(CancellationToken cancellationToken);
        Task StopAsync(CancellationToken cancellationToken);
    }
    public abstract class BackgroundService : IHostedService
    {
        protected abstract Task ExecuteAsync(CancellationToken stoppingToken);
        public virtual Task StartAsync(CancellationToken cancellationToken) => ExecuteAsync(cancellationToken);
        public virtual Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
// Microsoft.Extensions.Http puts IHttpClientFactory in System.Net.Http
namespace System.Net.Http
{
    public interface IHttpClientFactory { HttpClient CreateClient(string name); }
}

// ---------------------------------------------------------------- MQTTnet v3 (MQTTnet.Client.Options) members the shared stubs lack
namespace MQTTnet.Formatter
{
    public enum MqttProtocolVersion { Unknown = 0, V310 = 3, V311 = 4, V500 = 5 }
}
namespace MQTTnet.Protocol
{
    public enum MqttQualityOfServiceLevel { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
}
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    public class MqttClientOptionsBuilderTlsParameters
    {
        public bool UseTls { get; set; }
        public bool AllowUntrustedCertificates { get; set; }
        public IEnumerable<System.Security.Cryptography.X509Certificates.X509Certificate> Certificates { get; set; }
        public System.Security.Authentication.SslProtocols SslProtocol { get; set; }
    }
    // Shim: the shared v3 MqttClientOptionsBuilder stub is not partial; the real builder has these as instance methods.
    public static class MqttClientOptionsBuilderV3Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, MqttClientOptionsBuilderTlsParameters parameters) => builder;
        public static MqttClientOptionsBuilder WithProtocolVersion(this MqttClientOptionsBuilder builder, MQTTnet.Formatter.MqttProtocolVersion value) => builder;
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null;
    }
}
namespace MQTTnet.Extensions.ManagedClient
{
    public class ManagedMqttClientOptions { }
    public class ManagedMqttClientOptionsBuilder
    {
        public ManagedMqttClientOptionsBuilder WithClientOptions(MQTTnet.Client.Options.IMqttClientOptions value) => this;
        public ManagedMqttClientOptionsBuilder WithAutoReconnectDelay(TimeSpan value) => this;
        public ManagedMqttClientOptions Build() => new ManagedMqttClientOptions();
    }
    public interface IManagedMqttClient : IDisposable
    {
        Task StartAsync(ManagedMqttClientOptions options);
        Task SubscribeAsync(string topic, MQTTnet.Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel);
        Task StopAsync();
    }
    public static class ManagedMqttClientFactoryExtensions
    {
        public static IManagedMqttClient CreateManagedMqttClient(this MQTTnet.MqttFactory factory) => null;
    }
}

// ---------------------------------------------------------------- MQTTnet v4 (MQTTnet.Client) client surface
namespace MQTTnet.Client
{
    public class MqttApplicationMessage { public string Topic { get; set; } public byte[] Payload { get; set; } }
    public class MqttClientConnectedEventArgs { }
    public class MqttClientDisconnectedEventArgs { }
    public class MqttApplicationMessageReceivedEventArgs { public MqttApplicationMessage ApplicationMessage { get; set; } public string ClientId { get; set; } }
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        event Func<MqttClientConnectedEventArgs, Task> ConnectedAsync;
        event Func<MqttClientDisconnectedEventArgs, Task> DisconnectedAsync;
        event Func<MqttApplicationMessageReceivedEventArgs, Task> ApplicationMessageReceivedAsync;
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task SubscribeAsync(string topic, CancellationToken cancellationToken = default);
        Task PublishStringAsync(string topic, string payload, CancellationToken cancellationToken = default);
        Task DisconnectAsync(CancellationToken cancellationToken = default);
    }
    // Shim: the shared v4 MqttClientOptionsBuilder stub is not partial; the real builder has these as instance methods.
    public static class MqttClientOptionsBuilderV4Shim
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, MqttClientOptionsBuilderTlsParameters parameters) => builder;
    }
    public class MqttClientOptionsBuilderTlsParameters
    {
        public bool UseTls { get; set; }
        public IEnumerable<System.Security.Cryptography.X509Certificates.X509Certificate> Certificates { get; set; }
    }
}
namespace MQTTnet
{
    // v3/v4 factory
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new MQTTnet.Server.MqttServer();
    }
    // v5 client surface
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishBinaryAsync(string topic, byte[] payload, CancellationToken cancellationToken = default);
        Task DisconnectAsync(CancellationToken cancellationToken = default);
    }
    public class MqttClientFactory { public IMqttClient CreateMqttClient() => null; }
    // Shim: the shared v5 MqttClientOptionsBuilder stub is not partial; the real builder has these as instance methods.
    public static class MqttClientOptionsBuilderV5Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}
namespace MQTTnet.Server
{
    public class MqttServerOptions { }
    public class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
        public MqttServerOptionsBuilder WithDefaultEndpointPort(int port) => this;
        public MqttServerOptions Build() => new MqttServerOptions();
    }
    public class MqttServer
    {
        public event Func<ValidatingConnectionEventArgs, Task> ValidatingConnectionAsync;
        public Task StartAsync() => Task.CompletedTask;
    }
}

// ---------------------------------------------------------------- Azure IoT device SDK members the shared stubs lack
namespace Microsoft.Azure.Devices.Shared
{
    public enum TransportFallbackType { TcpWithWebSocketFallback, WebSocketOnly, TcpOnly }
    public class TwinCollection
    {
        private readonly Dictionary<string, object> _values = new Dictionary<string, object>();
        public object this[string propertyName] { get => _values.TryGetValue(propertyName, out var v) ? v : null; set => _values[propertyName] = value; }
        public bool Contains(string propertyName) => _values.ContainsKey(propertyName);
    }
}
namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
    }
    public class MethodRequest { public string Name { get; set; } public string DataAsJson { get; set; } }
    public class MethodResponse { public MethodResponse(byte[] result, int status) { } }
    public delegate Task DesiredPropertyUpdateCallback(Microsoft.Azure.Devices.Shared.TwinCollection desiredProperties, object userContext);
    public delegate Task<MethodResponse> MethodCallback(MethodRequest methodRequest, object userContext);
    // Shim: the shared DeviceClient stub has only its static factories; these are its instance methods.
    public static class DeviceClientInstanceShim
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task SetDesiredPropertyUpdateCallbackAsync(this DeviceClient client, DesiredPropertyUpdateCallback callback, object userContext) => Task.CompletedTask;
        public static Task UpdateReportedPropertiesAsync(this DeviceClient client, Microsoft.Azure.Devices.Shared.TwinCollection reportedProperties) => Task.CompletedTask;
        public static Task SetMethodHandlerAsync(this DeviceClient client, string methodName, MethodCallback methodHandler, object userContext) => Task.CompletedTask;
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client
{
    public enum ProvisioningRegistrationStatusType { Unassigned, Assigning, Assigned, Failed, Disabled }
    public class DeviceRegistrationResult
    {
        public ProvisioningRegistrationStatusType Status { get; set; }
        public string AssignedHub { get; set; }
        public string DeviceId { get; set; }
    }
    public abstract class ProvisioningTransportHandler : IDisposable { public void Dispose() { } }
    public class ProvisioningDeviceClient
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, SecurityProviderSymmetricKey securityProvider, ProvisioningTransportHandler transport) => new ProvisioningDeviceClient();
        public Task<DeviceRegistrationResult> RegisterAsync() => Task.FromResult(new DeviceRegistrationResult());
    }
    // Shim: the shared SecurityProviderSymmetricKey stub has only its constructor.
    public static class SecurityProviderSymmetricKeyShim
    {
        public static string GetPrimaryKey(this SecurityProviderSymmetricKey provider) => null;
        public static string GetRegistrationID(this SecurityProviderSymmetricKey provider) => null;
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
{
    public class ProvisioningTransportHandlerMqtt : Microsoft.Azure.Devices.Provisioning.Client.ProvisioningTransportHandler
    {
        public ProvisioningTransportHandlerMqtt(Microsoft.Azure.Devices.Shared.TransportFallbackType transportFallbackType = Microsoft.Azure.Devices.Shared.TransportFallbackType.TcpWithWebSocketFallback) { }
    }
}
// Azure IoT service SDK (Microsoft.Azure.Devices)
namespace Microsoft.Azure.Devices
{
    public class Message
    {
        public Message(byte[] byteArray) { }
        public IList<KeyValuePair<string, string>> Properties { get; } = new List<KeyValuePair<string, string>>();
    }
    public class ServiceClient
    {
        public static ServiceClient CreateFromConnectionString(string connectionString) => new ServiceClient();
        public Task SendAsync(string deviceId, Message message) => Task.CompletedTask;
    }
}
// nanoFramework Azure device client
namespace nanoFramework.Azure.Devices.Client
{
    public delegate string MethodCallback(int rid, string payload);
    // Shim: the shared nanoFramework DeviceClient stub has only its constructor.
    public static class NanoDeviceClientShim
    {
        public static bool Open(this DeviceClient client) => true;
        public static void AddMethodCallback(this DeviceClient client, MethodCallback methodCallback) { }
        public static bool SendMessage(this DeviceClient client, string message) => true;
    }
}

// ---------------------------------------------------------------- Azure SDK core, Event Grid
namespace Azure
{
    public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
    public class Response { public int Status { get; set; } public string ReasonPhrase { get; set; } }
}
namespace Azure.Messaging.EventGrid
{
    public class EventGridEvent { public EventGridEvent(string subject, string eventType, string dataVersion, object data) { } }
    public class EventGridPublisherClient
    {
        public EventGridPublisherClient(Uri endpoint, Azure.AzureKeyCredential credential) { }
        public Task<Azure.Response> SendEventAsync(EventGridEvent eventGridEvent) => Task.FromResult(new Azure.Response());
    }
}

// ---------------------------------------------------------------- SendGrid
namespace SendGrid.Helpers.Mail
{
    public class EmailAddress { public EmailAddress(string email, string name = null) { } }
    public class SendGridMessage { }
    public static class MailHelper
    {
        public static SendGridMessage CreateSingleEmail(EmailAddress from, EmailAddress to, string subject, string plainTextContent, string htmlContent) => new SendGridMessage();
    }
}
namespace SendGrid
{
    public class Response { public bool IsSuccessStatusCode => true; public System.Net.HttpStatusCode StatusCode { get; set; } }
    public interface ISendGridClient { Task<Response> SendEmailAsync(SendGrid.Helpers.Mail.SendGridMessage msg); }
    public class SendGridClient : ISendGridClient
    {
        public SendGridClient(string apiKey) { }
        public Task<Response> SendEmailAsync(SendGrid.Helpers.Mail.SendGridMessage msg) => Task.FromResult(new Response());
    }
}

// ---------------------------------------------------------------- Newtonsoft.Json, nanoFramework.Json, YamlDotNet
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "{}";
        public static T DeserializeObject<T>(string value) => default;
    }
}
namespace nanoFramework.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "{}";
        public static object DeserializeObject(string value, Type type) => null;
        public static object DeserializeObject(Stream stream, Type type) => null;
    }
}
namespace YamlDotNet.Serialization.NamingConventions
{
    public interface INamingConvention { }
    public sealed class CamelCaseNamingConvention : INamingConvention { public static readonly INamingConvention Instance = new CamelCaseNamingConvention(); }
}
namespace YamlDotNet.Serialization
{
    public interface IDeserializer { T Deserialize<T>(TextReader input); }
    public sealed class DeserializerBuilder
    {
        public DeserializerBuilder WithNamingConvention(YamlDotNet.Serialization.NamingConventions.INamingConvention namingConvention) => this;
        public IDeserializer Build() => null;
    }
}

// ---------------------------------------------------------------- System.IO.Ports (a NuGet package, not in the shared framework)
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public enum Handshake { None, XOnXOff, RequestToSend, RequestToSendXOnXOff }
    public class SerialPort : IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits) { }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Handshake Handshake { get; set; }
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

// ---------------------------------------------------------------- System.Device.Gpio (NuGet / nanoFramework)
namespace System.Device.Gpio
{
    public enum PinMode { Input, Output, InputPullDown, InputPullUp }
    [Flags] public enum PinEventTypes { None = 0, Rising = 1, Falling = 2 }
    public enum PinValue { Low = 0, High = 1 }
    public class PinValueChangedEventArgs : EventArgs { public PinEventTypes ChangeType { get; set; } public int PinNumber { get; set; } }
    public class GpioPin
    {
        public TimeSpan DebounceTimeout { get; set; }
        public event EventHandler<PinValueChangedEventArgs> ValueChanged;
        public void Write(PinValue value) { }
        public PinValue Read() => PinValue.Low;
    }
    public class GpioController : IDisposable
    {
        public GpioPin OpenPin(int pinNumber, PinMode mode) => new GpioPin();
        public void Write(int pinNumber, PinValue value) { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- nanoFramework.WebServer / Hosting members the shared stubs lack
namespace nanoFramework.WebServer
{
    public enum HttpProtocol { Http, Https }
    [AttributeUsage(AttributeTargets.Method)] public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    [AttributeUsage(AttributeTargets.Method)] public class MethodAttribute : Attribute { public MethodAttribute(string method) { } }
    public class WebServerEventArgs { public System.Net.HttpListenerContext Context { get; set; } }
    // Shim: the shared WebServer stub has only its (port) constructor.
    public static class WebServerShim
    {
        public static bool Start(this WebServer server) => true;
        public static void Stop(this WebServer server) { }
    }
}

// ---------------------------------------------------------------- Meadow (app model and network adapters)
namespace Meadow.Devices
{
    public class NetworkAdapterCollection
    {
        public T Primary<T>() where T : class => new WiFiNetworkAdapter() as T;
    }
    public class F7FeatherV2 { public NetworkAdapterCollection NetworkAdapters { get; } = new NetworkAdapterCollection(); }
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

// ---------------------------------------------------------------- Eclo SIM800H driver for nanoFramework and the Windows.Devices APIs it uses
namespace Windows.Storage.Streams
{
    public interface IOutputStream { }
    public class DataWriter
    {
        public DataWriter(IOutputStream outputStream) { }
        public uint WriteString(string value) => (uint)(value?.Length ?? 0);
        public uint Store() => 0;
    }
}
namespace Windows.Devices.SerialCommunication
{
    public class SerialDevice
    {
        public static SerialDevice FromId(string deviceId) => new SerialDevice();
        public Windows.Storage.Streams.IOutputStream OutputStream { get; }
    }
}
namespace Windows.Devices.Gpio
{
    public enum GpioSharingMode { Exclusive, SharedReadOnly }
    public enum GpioPinDriveMode { Input, Output }
    public class GpioPin { public void SetDriveMode(GpioPinDriveMode driveMode) { } }
    public class GpioController
    {
        public static GpioController GetDefault() => new GpioController();
        public GpioPin OpenPin(int pinNumber, GpioSharingMode sharingMode) => new GpioPin();
    }
}
namespace Eclo.nanoFramework.SIM800H
{
    public enum PowerStatus { Unknown, Off, On, PowerOnSequenceIsRunning }
    public enum NetworkRegistrationState { Unknown, NotSearching, Registered, Searching, RegistrationDenied, RegisteredRoaming }
    public enum BearerProfile { SocketsBearer, IpAppsBearer, MmsBearer }
    public enum WarningCondition { UnderVoltage, OverVoltage, OverTemperature }
    public class PowerOnAsyncResult : IAsyncResult
    {
        public PowerStatus Result { get; set; }
        public object AsyncState => null;
        public WaitHandle AsyncWaitHandle => null;
        public bool CompletedSynchronously => false;
        public bool IsCompleted => true;
    }
    public class AccessPointConfiguration
    {
        public AccessPointConfiguration(string apn) { }
        public AccessPointConfiguration(string apn, string userName, string password) { }
        public static AccessPointConfiguration Parse(string s) => new AccessPointConfiguration(s);
    }
    public class GprsProvider
    {
        public event Action<bool> GprsIpAppsBearerStateChanged;
        public void OpenBearerAsync(BearerProfile profile) { }
    }
    public static class SIM800H
    {
        public static AccessPointConfiguration AccessPointConfiguration;
        public static GprsProvider GprsProvider { get; } = new GprsProvider();
        public static event Action<NetworkRegistrationState> GsmNetworkRegistrationChanged;
        public static event Action<NetworkRegistrationState> GprsNetworkRegistrationChanged;
        public static event Action<WarningCondition> WarningConditionTriggered;
        public static void Configure(Windows.Devices.Gpio.GpioPin powerKey, ref Windows.Devices.SerialCommunication.SerialDevice serialDevice) { }
        public static PowerOnAsyncResult PowerOnAsync(AsyncCallback asyncCallback = null, object asyncState = null) => new PowerOnAsyncResult();
        public static int RetrieveSignalStrength() => 0;
    }
    public abstract class WebRequest : IDisposable
    {
        public static WebRequest Create(Uri requestUri) => new HttpWebRequest();
        public void Dispose() { }
    }
    public class HttpWebRequest : WebRequest
    {
        public string Method { get; set; }
        public string ContentType { get; set; }
        public string Data { get; set; }
        public System.Net.WebHeaderCollection Headers { get; } = new System.Net.WebHeaderCollection();
        public WebResponse GetResponse() => new HttpWebResponse();
    }
    public abstract class WebResponse : IDisposable { public void Dispose() { } }
    public class HttpWebResponse : WebResponse { public string BodyData { get; set; } }
}

// ---------------------------------------------------------------- Npgsql
namespace Npgsql
{
    public sealed class NpgsqlParameterCollection { public void AddWithValue(string parameterName, object value) { } }
    public sealed class NpgsqlConnection : IDisposable, IAsyncDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public Task OpenAsync() => Task.CompletedTask;
        public void Dispose() { }
        public ValueTask DisposeAsync() => default;
    }
    public sealed class NpgsqlCommand : IDisposable, IAsyncDisposable
    {
        public NpgsqlCommand(string cmdText, NpgsqlConnection connection) { }
        public NpgsqlParameterCollection Parameters { get; } = new NpgsqlParameterCollection();
        public Task<int> ExecuteNonQueryAsync() => Task.FromResult(0);
        public void Dispose() { }
        public ValueTask DisposeAsync() => default;
    }
}

// ---------------------------------------------------------------- SimpleWifi and NModbus4
namespace SimpleWifi
{
    public class AccessPoint
    {
        public string Name { get; set; }
        public bool IsConnected { get; set; }
        public bool Connect(AuthRequest request, bool overwriteProfile = false) => true;
    }
    public class AuthRequest
    {
        public AuthRequest(AccessPoint ap) { }
        public string Username { get; set; }
        public string Password { get; set; }
        public string Domain { get; set; }
    }
    public class Wifi
    {
        public List<AccessPoint> GetAccessPoints() => new List<AccessPoint>();
        public void Disconnect() { }
    }
}
namespace Modbus.Device
{
    public interface IModbusMaster : IDisposable
    {
        ushort[] ReadHoldingRegisters(byte slaveAddress, ushort startAddress, ushort numberOfPoints);
        void WriteSingleRegister(byte slaveAddress, ushort registerAddress, ushort value);
    }
    public static class ModbusSerialMaster
    {
        public static IModbusMaster CreateRtu(System.Net.Sockets.TcpClient tcpClient) => null;
        public static IModbusMaster CreateRtu(System.IO.Ports.SerialPort serialPort) => null;
    }
    public static class ModbusIpMaster
    {
        public static IModbusMaster CreateIp(System.Net.Sockets.TcpClient tcpClient) => null;
    }
}

// ---------------------------------------------------------------- M2Mqtt member the shared stub lacks
namespace uPLibrary.Networking.M2Mqtt
{
    // Shim: the shared MqttClient stub has only its constructors and Connect overloads.
    public static class M2MqttClientShim
    {
        public static ushort Publish(this MqttClient client, string topic, string message) => 0;
    }
}

// ---------------------------------------------------------------- 32feet.NET (InTheHand.Net.Bluetooth)
namespace InTheHand.Net
{
    public sealed class BluetoothAddress
    {
        public static BluetoothAddress Parse(string bluetoothString) => new BluetoothAddress();
        public long ToInt64() => 0;
    }
}
namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothSecurity
    {
        public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }
}

// ---------------------------------------------------------------- Telegram.Bot
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token) { }
        public Task SendTextMessageAsync(long chatId, string text) => Task.CompletedTask;
    }
}

// ---------------------------------------------------------------- InfluxDB client
namespace InfluxDB.Client
{
    public class WriteApiAsync
    {
        public Task WriteRecordAsync(string record, string bucket = null, string org = null, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApiAsync GetWriteApiAsync() => new WriteApiAsync();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- OPC Foundation UA .NET Standard
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

// ---------------------------------------------------------------- RabbitMQ.Client
namespace RabbitMQ.Client
{
    public interface IConnection : IDisposable { }
    public class ConnectionFactory
    {
        public string HostName { get; set; }
        public int Port { get; set; }
        public string VirtualHost { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public IConnection CreateConnection() => null;
    }
}

// ---------------------------------------------------------------- StackExchange.Redis
namespace StackExchange.Redis
{
    public class EndPointCollection : List<string> { public void Add(string host, int port) { } }
    public sealed class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string User { get; set; }
        public string Password { get; set; }
        public string ClientName { get; set; }
        public bool Ssl { get; set; }
    }
    public sealed class ConnectionMultiplexer : IDisposable
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new ConnectionMultiplexer();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- FluentFTP
namespace FluentFTP
{
    public enum FtpStatus { Failed, Success, Skipped }
    public class FtpClient : IDisposable
    {
        public FtpClient(string host, string user, string pass) { }
        public void Connect() { }
        public FtpStatus UploadFile(string localPath, string remotePath) => FtpStatus.Success;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- AWS SDK for .NET (Amazon.Runtime)
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}

// ---------------------------------------------------------------- A LoRaWAN modem binding (RAK3172 AT-command driver)
// Stand-in rather than a published package's surface: the namespace and type name are made up; JoinOtaa takes the
// DevEUI, JoinEUI and AppKey as bytes, the shape the IOT1003 page names.
namespace LoRaWan.Modem.Rak3172
{
    public enum Result { Success, Timeout, Error }
    public class Rak3172LoRaWanDevice : IDisposable
    {
        public Rak3172LoRaWanDevice(System.IO.Ports.SerialPort serialPort) { }
        public Result Band(string band) => Result.Success;
        public Result JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => Result.Success;
        public Result Send(byte port, byte[] payload, bool confirmed) => Result.Success;
        public void Dispose() { }
    }
}
