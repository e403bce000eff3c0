#nullable disable
// Library surface corpus22 needs that the shared Stubs.g.cs lacks. Type names, namespaces and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims
// rather than library surface say so in a comment.
using System;
using System.Collections.Generic;
using System.Threading;
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
    public static class ConfigurationBinder
    {
        public static T Get<T>(this IConfiguration configuration) => default;
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
    public interface ILogger { void Log(LogLevel logLevel, string message); bool IsEnabled(LogLevel logLevel); }
    public interface ILogger<out TCategoryName> : ILogger { }
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
}

// ---------------------------------------------------------------- MQTTnet v3 (MQTTnet.Client.Options) and v4 (MQTTnet.Client) members the shared stubs lack
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    public class MqttClientOptionsBuilderTlsParameters
    {
        public bool UseTls { get; set; }
        public IEnumerable<System.Security.Cryptography.X509Certificates.X509Certificate2> Certificates { get; set; }
        public System.Security.Authentication.SslProtocols SslProtocol { get; set; }
    }
    // Shim: the shared v3 MqttClientOptionsBuilder stub is not partial and has only WithTcpServer/WithCredentials;
    // the real builder has these as instance methods.
    public static class MqttClientOptionsBuilderV3Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, MqttClientOptionsBuilderTlsParameters parameters) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null;
    }
}
namespace MQTTnet.Client
{
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishStringAsync(string topic, string payload, CancellationToken cancellationToken = default);
        Task DisconnectAsync(CancellationToken cancellationToken = default);
    }
    // Shim: the shared v4 MqttClientOptionsBuilder stub is not partial; the real builder has these as instance methods.
    public static class MqttClientOptionsBuilderV4Shim
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
    }
}
namespace MQTTnet
{
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
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

// ---------------------------------------------------------------- OPC Foundation UA .NET Standard (client side, as S7UaLib uses it)
namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }
    public class ApplicationConfiguration { public string ApplicationName { get; set; } }
    public class EndpointDescription { public string EndpointUrl { get; set; } }
    public class EndpointConfiguration { public static EndpointConfiguration Create(ApplicationConfiguration applicationConfiguration) => new EndpointConfiguration(); }
    public class ConfiguredEndpoint { public ConfiguredEndpoint(object collection, EndpointDescription description, EndpointConfiguration configuration) { } }
    public class NodeId { public NodeId(string text, ushort namespaceIndex) { } }
}
namespace Opc.Ua.Client
{
    using Opc.Ua;
    public static class CoreClientUtils
    {
        public static EndpointDescription SelectEndpoint(ApplicationConfiguration application, string discoveryUrl, bool useSecurity) => new EndpointDescription();
    }
    public interface ISession : IDisposable
    {
        bool Connected { get; }
        int KeepAliveInterval { get; set; }
        void Close(bool closeChannel);
    }
    public class Session : ISession
    {
        public static Task<Session> Create(ApplicationConfiguration configuration, ConfiguredEndpoint endpoint, bool updateBeforeConnect, bool checkDomain, string sessionName, uint sessionTimeout, IUserIdentity identity, IList<string> preferredLocales) => Task.FromResult(new Session());
        public bool Connected => true;
        public int KeepAliveInterval { get; set; }
        public void Close(bool closeChannel) { }
        public void Dispose() { }
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
        public static string[] GetPortNames() => new string[0];
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public int DataBits { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public bool DtrEnable { get; set; }
        public bool RtsEnable { get; set; }
        public System.Text.Encoding Encoding { get; set; }
        public string NewLine { get; set; }
        public int ReadTimeout { get; set; }
        public bool IsOpen => true;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public string ReadLine() => "";
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- CommandLineParser (the attributes mqtt-test-client uses)
namespace CommandLine
{
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OptionAttribute : Attribute
    {
        public OptionAttribute(char shortName, string longName) { }
        public bool Required { get; set; }
        public string HelpText { get; set; }
        public object Default { get; set; }
    }
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class VerbAttribute : Attribute
    {
        public VerbAttribute(string name) { }
        public string HelpText { get; set; }
    }
}

// ---------------------------------------------------------------- Xam.Plugins.Settings (Plugin.Settings)
namespace Plugin.Settings.Abstractions
{
    public interface ISettings
    {
        string GetValueOrDefault(string key, string defaultValue, string fileName = null);
        bool AddOrUpdateValue(string key, string value, string fileName = null);
    }
}
namespace Plugin.Settings
{
    public static class CrossSettings { public static Plugin.Settings.Abstractions.ISettings Current => null; }
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
    public interface IDatabase { bool StringSet(string key, string value); }
    public sealed class ConnectionMultiplexer : IDisposable
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new ConnectionMultiplexer();
        public IDatabase GetDatabase(int db = -1) => null;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- RabbitMQ.Client
namespace RabbitMQ.Client
{
    public interface IModel : IDisposable { void BasicPublish(string exchange, string routingKey, object basicProperties, byte[] body); }
    public interface IConnection : IDisposable { IModel CreateModel(); }
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

// ---------------------------------------------------------------- Npgsql
namespace Npgsql
{
    public sealed class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
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
// Stand-in rather than a published package's surface: the written apiary file needs a library JoinOtaa(devEui, joinEui,
// appKey) taking bytes, the shape the IOT1003 page names; the namespace and type name are made up for the corpus.
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
