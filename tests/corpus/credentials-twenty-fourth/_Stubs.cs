#nullable disable
// Library surface corpus24 needs that the shared Stubs.g.cs lacks. Namespaces, type names and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims and
// not the library's own surface say so in a comment: mostly extension methods standing in for instance members of
// shared stub classes that are not partial. Two stand-ins are marked as such (a LoRa-E5 AT binding and a payment
// terminal SDK) where no package with a stable public surface fits.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
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
        public ConfigurationBuilder SetBasePath(string basePath) => this;
        public ConfigurationBuilder AddJsonFile(string path, bool optional = false, bool reloadOnChange = false) => this;
        public ConfigurationBuilder AddEnvironmentVariables() => this;
        // Microsoft.Extensions.Configuration.UserSecrets: AddUserSecrets(userSecretsId)
        public ConfigurationBuilder AddUserSecrets(string userSecretsId) => this;
        public IConfigurationRoot Build() => new EmptyConfiguration();
    }
    public static class ConfigurationBinder
    {
        public static T Get<T>(this IConfiguration configuration) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
    }
    public static class ConfigurationExtensions
    {
        public static string GetConnectionString(this IConfiguration configuration, string name) => configuration?["ConnectionStrings:" + name];
    }
}
namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection { }
    public interface IHttpClientBuilder { IServiceCollection Services { get; } }
    public static class HttpClientFactoryServiceCollectionExtensions
    {
        public static IHttpClientBuilder AddHttpClient<TClient>(this IServiceCollection services, Action<HttpClient> configureClient) where TClient : class => null;
        public static IHttpClientBuilder AddHttpClient<TClient, TImplementation>(this IServiceCollection services, Action<HttpClient> configureClient)
            where TClient : class where TImplementation : class, TClient => null;
    }
    public static class HttpClientBuilderExtensions
    {
        public static IHttpClientBuilder ConfigurePrimaryHttpMessageHandler(this IHttpClientBuilder builder, Func<IServiceProvider, HttpMessageHandler> configureHandler) => builder;
        public static IHttpClientBuilder AddHttpMessageHandler<THandler>(this IHttpClientBuilder builder) where THandler : DelegatingHandler => builder;
    }
    public static class ServiceCollectionServiceExtensions
    {
        public static IServiceCollection AddSingleton<TService>(this IServiceCollection services) where TService : class => services;
    }
}
namespace Microsoft.Extensions.Logging
{
    public enum LogLevel { Trace, Debug, Information, Warning, Error, Critical, None }
    public interface ILogger { void Log(LogLevel logLevel, string message); }
    public interface ILogger<out TCategoryName> : ILogger { }
    public interface ILoggerFactory { ILogger CreateLogger(string categoryName); }
    public class Logger<T> : ILogger<T>
    {
        public Logger(ILoggerFactory factory) { }
        public void Log(LogLevel logLevel, string message) { }
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
namespace Microsoft.Extensions.Hosting
{
    public abstract class BackgroundService : IDisposable
    {
        protected abstract Task ExecuteAsync(CancellationToken stoppingToken);
        public virtual Task StartAsync(CancellationToken cancellationToken) => ExecuteAsync(cancellationToken);
        public virtual Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public virtual void Dispose() { }
    }
}

// ================================================================ System.Configuration.ConfigurationManager (NuGet package)
namespace System.Configuration
{
    public static class ConfigurationManager
    {
        public static NameValueCollection AppSettings { get; } = new NameValueCollection();
    }
}

// ================================================================ Newtonsoft.Json
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "{}";
        public static T DeserializeObject<T>(string value) => default;
    }
}

// ================================================================ Entity Framework Core (SQL Server provider)
namespace Microsoft.EntityFrameworkCore
{
    public class DbContextOptions { }
    public class DbContextOptions<TContext> : DbContextOptions where TContext : DbContext { }
    public class DbContextOptionsBuilder<TContext> where TContext : DbContext
    {
        public DbContextOptions<TContext> Options { get; } = new DbContextOptions<TContext>();
    }
    public static class SqlServerDbContextOptionsExtensions
    {
        public static DbContextOptionsBuilder<TContext> UseSqlServer<TContext>(this DbContextOptionsBuilder<TContext> optionsBuilder, string connectionString)
            where TContext : DbContext => optionsBuilder;
    }
    public class DbSet<TEntity> : IEnumerable<TEntity> where TEntity : class
    {
        private readonly List<TEntity> _items = new List<TEntity>();
        public void Add(TEntity entity) => _items.Add(entity);
        public IEnumerator<TEntity> GetEnumerator() => _items.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }
    public class DbContext : IDisposable
    {
        public DbContext(DbContextOptions options) { }
        public int SaveChanges() => 0;
        public void Dispose() { }
    }
}

// ================================================================ Azure IoT device SDK members the shared stubs lack
namespace Microsoft.Azure.Devices.Shared
{
    public class TwinCollection
    {
        private readonly Dictionary<string, object> _values = new Dictionary<string, object>();
        public TwinCollection() { }
        public TwinCollection(string twinJson) { }
        public long Version { get; set; }
        public object this[string propertyName] { get => _values.TryGetValue(propertyName, out var v) ? v : null; set => _values[propertyName] = value; }
        public string ToJson() => "{}";
    }
    public enum TransportFallbackType { TcpWithWebSocketFallback, WebSocketOnly, TcpOnly }
    // Shim: the shared SecurityProviderSymmetricKey stub has only its constructor.
    public static class SecurityProviderSymmetricKeyShim
    {
        public static string GetPrimaryKey(this SecurityProviderSymmetricKey provider) => null;
        public static string GetRegistrationID(this SecurityProviderSymmetricKey provider) => null;
    }
}
namespace Microsoft.Azure.Devices.Client
{
    public enum ConnectionStatus { Disconnected, Connected, Disconnected_Retrying, Disabled }
    public enum ConnectionStatusChangeReason { Connection_Ok, Expired_SAS_Token, Device_Disabled, Bad_Credential, Retry_Expired, No_Network, Communication_Error, Client_Close }
    public class Message : IDisposable
    {
        public Message(byte[] byteArray) { }
        public string ContentEncoding { get; set; }
        public string ContentType { get; set; }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public void Dispose() { }
    }
    public class MethodRequest { public string Name { get; set; } public string DataAsJson { get; set; } }
    public class MethodResponse { public MethodResponse(byte[] result, int status) { } }
    public delegate Task DesiredPropertyUpdateCallback(Microsoft.Azure.Devices.Shared.TwinCollection desiredProperties, object userContext);
    public delegate Task<MethodResponse> MethodCallback(MethodRequest methodRequest, object userContext);
    public delegate void ConnectionStatusChangesHandler(ConnectionStatus status, ConnectionStatusChangeReason reason);
    // Shim: the shared DeviceClient stub has only its static factories; these are its instance methods.
    public static class DeviceClientInstanceShim
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task UpdateReportedPropertiesAsync(this DeviceClient client, Microsoft.Azure.Devices.Shared.TwinCollection reportedProperties) => Task.CompletedTask;
        public static void SetConnectionStatusChangesHandler(this DeviceClient client, ConnectionStatusChangesHandler handler) { }
        public static Task SetDesiredPropertyUpdateCallbackAsync(this DeviceClient client, DesiredPropertyUpdateCallback callback, object userContext) => Task.CompletedTask;
        public static Task SetMethodHandlerAsync(this DeviceClient client, string methodName, MethodCallback methodHandler, object userContext) => Task.CompletedTask;
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client
{
    public class DeviceRegistrationResult
    {
        public string AssignedHub { get; set; }
        public string DeviceId { get; set; }
    }
    public abstract class ProvisioningTransportHandler : IDisposable { public void Dispose() { } }
    public class ProvisioningDeviceClient
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey securityProvider, ProvisioningTransportHandler transport) => new ProvisioningDeviceClient();
        public Task<DeviceRegistrationResult> RegisterAsync() => Task.FromResult(new DeviceRegistrationResult());
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
{
    public class ProvisioningTransportHandlerMqtt : Microsoft.Azure.Devices.Provisioning.Client.ProvisioningTransportHandler
    {
        public ProvisioningTransportHandlerMqtt(Microsoft.Azure.Devices.Shared.TransportFallbackType transportFallbackType = Microsoft.Azure.Devices.Shared.TransportFallbackType.TcpWithWebSocketFallback) { }
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

// ================================================================ Sense HAT binding and UnitsNet
namespace UnitsNet
{
    public struct Temperature { public double DegreesCelsius { get; set; } }
    public struct Pressure { public double Hectopascals { get; set; } }
}
namespace Iot.Device.SenseHat
{
    public class SenseHatPressureAndTemperature : IDisposable
    {
        public UnitsNet.Temperature Temperature => default;
        public UnitsNet.Pressure Pressure => default;
        public void Dispose() { }
    }
}

// ================================================================ M2Mqtt members the shared stubs lack
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
    }
}
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

// ================================================================ MQTTnet v3 / v4 / v5
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
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new MQTTnet.Server.MqttServer();
    }
    // v5 client surface
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task SubscribeAsync(string topic, CancellationToken cancellationToken = default);
        Task PublishStringAsync(string topic, string payload, CancellationToken cancellationToken = default);
        Task DisconnectAsync(CancellationToken cancellationToken = default);
    }
    public class MqttClientFactory { public IMqttClient CreateMqttClient() => null; }
    // Shim: the shared v5 builder stubs are not partial; the real builders have these as instance methods.
    public static class MqttClientOptionsBuilderV5Shim
    {
        public static MqttClientOptionsBuilder WithProtocolVersion(this MqttClientOptionsBuilder builder, MQTTnet.Formatter.MqttProtocolVersion value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientTlsOptionsBuilder WithClientCertificates(this MqttClientTlsOptionsBuilder builder, IEnumerable<X509Certificate2> certificates) => builder;
    }
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
    public enum MqttClientConnectResultCode { Success = 0, UnspecifiedError = 128, BadUserNameOrPassword = 134, NotAuthorized = 135 }
    public class MqttClientConnectResult { public MqttClientConnectResultCode ResultCode { get; set; } }
    public class MqttApplicationMessageReceivedEventArgs { public MQTTnet.MqttApplicationMessage ApplicationMessage { get; set; } public string ClientId { get; set; } }
    public class MqttClientDisconnectedEventArgs { public string Reason { get; set; } }
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
        public static MqttClientOptionsBuilder WithTimeout(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
        public static MqttClientOptionsBuilder WithWillTopic(this MqttClientOptionsBuilder builder, string willTopic) => builder;
        public static MqttClientOptionsBuilder WithWillPayload(this MqttClientOptionsBuilder builder, byte[] willPayload) => builder;
        public static MqttClientOptionsBuilder WithWillRetain(this MqttClientOptionsBuilder builder, bool willRetain = true) => builder;
        public static MqttClientOptionsBuilder WithCredentials(this MqttClientOptionsBuilder builder, MqttClientCredentials credentials) => builder;
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
        event Func<MQTTnet.Client.MqttApplicationMessageReceivedEventArgs, Task> ApplicationMessageReceivedAsync;
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
        public string PortName { get; set; }
        public int BaudRate { get; set; }
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

// ================================================================ System.Device.Gpio (NuGet / nanoFramework)
namespace System.Device.Gpio
{
    public enum PinMode { Input, Output, InputPullDown, InputPullUp }
    public readonly struct PinValue
    {
        private readonly byte _value;
        private PinValue(byte value) { _value = value; }
        public static PinValue Low => new PinValue(0);
        public static PinValue High => new PinValue(1);
        public static implicit operator PinValue(int value) => new PinValue(value == 0 ? (byte)0 : (byte)1);
        public static bool operator ==(PinValue a, PinValue b) => a._value == b._value;
        public static bool operator !=(PinValue a, PinValue b) => a._value != b._value;
        public override bool Equals(object obj) => obj is PinValue p && p._value == _value;
        public override int GetHashCode() => _value;
    }
    public class GpioPin
    {
        public void Write(PinValue value) { }
        public PinValue Read() => PinValue.Low;
        public void Toggle() { }
    }
    public class GpioController : IDisposable
    {
        public GpioPin OpenPin(int pinNumber, PinMode mode) => new GpioPin();
        public void Dispose() { }
    }
}

// ================================================================ .NET nanoFramework members the shared stubs lack
namespace nanoFramework.WebServer
{
    public enum HttpProtocol { Http, Https }
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)] public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    [AttributeUsage(AttributeTargets.Method)] public class MethodAttribute : Attribute { public MethodAttribute(string method) { } }
    public class WebServerEventArgs { public System.Net.HttpListenerContext Context { get; set; } }
    // Shim: the shared WebServer stub has only its (port) constructor.
    public static class WebServerShim
    {
        public static bool Start(this WebServer server) => true;
        public static void Stop(this WebServer server) { }
    }
}
namespace System.Net.WebSockets.Server
{
    // nanoFramework.System.Net.WebSockets.Server
    public class WebSocketServerOptions
    {
        public bool IsStandAlone { get; set; }
        public string Prefix { get; set; }
        public int Port { get; set; }
    }
    public class WebSocketFrame
    {
        public System.Net.WebSockets.WebSocketMessageType MessageType { get; set; }
        public byte[] Buffer { get; set; }
        public int MessageLength { get; set; }
    }
    public class MessageReceivedEventArgs : EventArgs { public WebSocketFrame Frame { get; set; } }
    public class WebSocketServer
    {
        public WebSocketServer(WebSocketServerOptions options) { }
        public event EventHandler<MessageReceivedEventArgs> MessageReceived;
        public int ClientsCount => 0;
        public int Port => 80;
        public string Prefix => "/ws";
        public bool Start() => true;
        public void BroadCast(string message) { }
    }
}
namespace nanoFramework.Hardware.Esp32
{
    public static class Sleep
    {
        public static void EnableWakeupByTimer(TimeSpan time) { }
        public static void StartDeepSleep() { }
    }
}

// ================================================================ Meadow (app model, device information, network adapters)
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

// ================================================================ Azure Storage Blobs
namespace Azure.Storage.Blobs
{
    public class BlobClient
    {
        public Task UploadAsync(Stream content, bool overwrite = false, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
    public class BlobContainerClient
    {
        public BlobClient GetBlobClient(string blobName) => new BlobClient();
    }
    public class BlobServiceClient
    {
        public BlobServiceClient(string connectionString) { }
        public BlobContainerClient GetBlobContainerClient(string blobContainerName) => new BlobContainerClient();
    }
}

// ================================================================ NATS.Client.Core (NATS .NET v2)
namespace NATS.Client.Core
{
    public record NatsAuthOpts
    {
        public string Username { get; init; }
        public string Password { get; init; }
        public string Token { get; init; }
        public string Jwt { get; init; }
        public string NKey { get; init; }
        public string Seed { get; init; }
    }
    public record NatsOpts
    {
        public string Url { get; init; } = "nats://localhost:4222";
        public NatsAuthOpts AuthOpts { get; init; } = new NatsAuthOpts();
    }
}

// ================================================================ OPC Foundation UA .NET Standard
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

// ================================================================ InfluxDB client, Npgsql
namespace InfluxDB.Client
{
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public void Dispose() { }
    }
}
namespace Npgsql
{
    public sealed class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

// ================================================================ SendGrid
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
    public class Response { public System.Net.HttpStatusCode StatusCode { get; set; } }
    public class SendGridClient
    {
        public SendGridClient(string apiKey) { }
        public Task<Response> SendEmailAsync(SendGrid.Helpers.Mail.SendGridMessage msg) => Task.FromResult(new Response());
    }
}

// ================================================================ 32feet.NET (InTheHand.Net.Bluetooth)
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

// ================================================================ Telegram.Bot
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token) { }
        public Task SendTextMessageAsync(long chatId, string text) => Task.CompletedTask;
    }
}

// ================================================================ RabbitMQ.Client
namespace RabbitMQ.Client
{
    public interface IConnection : IDisposable { }
    public class ConnectionFactory
    {
        public string HostName { get; set; }
        public int Port { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public IConnection CreateConnection() => null;
    }
}

// ================================================================ LoRa-E5 (Wio-E5) AT-command binding
// Stand-in rather than a published package's surface: the namespace and type name are made up; JoinOtaa takes the
// AppKey as bytes, the shape the IOT1003 page names for a key parameter of a library method.
namespace LoRaE5.Modem
{
    public class WioE5Modem : IDisposable
    {
        public WioE5Modem(System.IO.Ports.SerialPort serialPort) { }
        public string QueryDevEui() => "";
        public bool JoinOtaa(string devEui, string joinEui, byte[] appKey) => true;
        public bool Send(byte port, byte[] payload, bool confirmed) => true;
        public void Dispose() { }
    }
}
