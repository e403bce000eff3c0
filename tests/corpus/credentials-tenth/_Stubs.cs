// Library surface the corpus compiles against that tests/IoTSecure.Analyzers.Tests/Infrastructure/Stubs.cs (All)
// lacks. Real namespaces, type names and parameter names where the library is real; bodies are placeholders.
// No string literals here. The members the labeller first added with C# 14 extension blocks (MqttClient.IsConnected,
// WifiNetworkHelper.Disconnect, WifiAdapter's ssid Connect and FindAllAdapters, WebServer.OutPutStream) are in
// Stubs.cs now: the test compilations use C# 12.
#nullable disable
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

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
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public int DataBits { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public string NewLine { get; set; }
        public int ReadTimeout { get; set; }
        public bool DtrEnable { get; set; }
        public bool RtsEnable { get; set; }
        public bool IsOpen => true;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => null;
        public string ReadLine() => null;
        public void Dispose() { }
    }
}

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
    }
    public interface IConfigurationRoot : IConfiguration { }
}

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class { TOptions Value { get; } }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection { }
    public class ServiceCollection : IServiceCollection { public IServiceProvider BuildServiceProvider() => null; }
    public static class OptionsServiceCollectionExtensions
    {
        public static IServiceCollection Configure<TOptions>(this IServiceCollection services, Action<TOptions> configureOptions) where TOptions : class => services;
    }
}

namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
    }
    public static class DeviceClientExtensions
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

namespace MQTTnet
{
    public class MqttApplicationMessage { public string Topic { get; set; } }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
        public MQTTnet.Server.MqttServerOptionsBuilder CreateServerOptionsBuilder() => new MQTTnet.Server.MqttServerOptionsBuilder();
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new MQTTnet.Server.MqttServer();
    }
}

namespace MQTTnet.Client
{
    public interface IMqttClient : IDisposable
    {
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
        Task DisconnectAsync();
    }
    public static class MqttClientOptionsBuilderExtensions
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}

namespace MQTTnet.Server
{
    public class MqttServerOptions { }
    public class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
        public MqttServerOptions Build() => new MqttServerOptions();
    }
    public class ClientConnectedEventArgs { public string ClientId { get; } }
    public class InterceptingPublishEventArgs { public string ClientId { get; } }
    public class MqttServer
    {
        public event Func<ValidatingConnectionEventArgs, Task> ValidatingConnectionAsync;
        public event Func<ClientConnectedEventArgs, Task> ClientConnectedAsync;
        public event Func<InterceptingPublishEventArgs, Task> InterceptingPublishAsync;
        public Task StartAsync() => Task.CompletedTask;
    }
}

namespace InfluxDB.Client
{
    public class WriteApiAsync { public Task WriteRecordAsync(string record, string bucket, string org) => Task.CompletedTask; }
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApiAsync GetWriteApiAsync() => new WriteApiAsync();
        public void Dispose() { }
    }
}

namespace Npgsql
{
    public class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

namespace StackExchange.Redis
{
    public class EndPointCollection : List<string> { }
    public class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string User { get; set; }
        public string Password { get; set; }
        public bool Ssl { get; set; }
        public bool AbortOnConnectFail { get; set; }
    }
    public class ConnectionMultiplexer
    {
        public static ConnectionMultiplexer Connect(string configuration) => null;
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => null;
    }
}

namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity(string username, string password) { }
    }
}

namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public interface ISnmpData { }
    public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } }
    public sealed class Variable { public Variable(ObjectIdentifier id) { } public ISnmpData Data { get; } }
}

namespace Lextm.SharpSnmpLib.Messaging
{
    public static class Messenger
    {
        public static IList<Variable> Get(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
    }
}

// Modbus TCP client of EasyModbusTCP.NET (the corpus holds the repository's EasyModbus2Mqtt class itself).
namespace EasyModbus
{
    public enum FunctionCode { ReadCoils = 1, ReadDiscreteInputs = 2, ReadHoldingRegisters = 3, ReadInputRegisters = 4 }
    public class ModbusClient
    {
        public string IPAddress { get; set; }
        public bool Connected => true;
        public void Connect() { }
        public int[] ReadHoldingRegisters(int startingAddress, int quantity) => new int[quantity];
    }
}

namespace uPLibrary.Networking.M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }
    public static class MqttClientPublishExtensions
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 0;
    }
}

// M2MqttDotnetCore (namespace M2Mqtt), the client of the AWS IoT samples.
namespace M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }
    public delegate void MqttMsgPublishEventHandler(object sender, M2Mqtt.Messages.MqttMsgPublishEventArgs e);
    public delegate void MqttMsgSubscribedEventHandler(object sender, M2Mqtt.Messages.MqttMsgSubscribedEventArgs e);
    public class MqttClient
    {
        public MqttClient(string brokerHostName, int brokerPort, bool secure, X509Certificate caCert, X509Certificate clientCert, MqttSslProtocols sslProtocol) { }
        public event MqttMsgPublishEventHandler MqttMsgPublishReceived;
        public event MqttMsgSubscribedEventHandler MqttMsgSubscribed;
        public byte Connect(string clientId) => 0;
        public ushort Publish(string topic, byte[] message) => 0;
        public ushort Subscribe(string[] topics, byte[] qosLevels) => 0;
        public void Disconnect() { }
    }
}

namespace M2Mqtt.Messages
{
    public class MqttMsgBase { public const byte QOS_LEVEL_AT_LEAST_ONCE = 0x01; }
    public class MqttMsgPublishEventArgs : EventArgs { public byte[] Message { get; } }
    public class MqttMsgSubscribedEventArgs : EventArgs { }
}

namespace nanoFramework.M2Mqtt
{
    public enum MqttSslProtocols { None, TLSv1_2 }
}

namespace nanoFramework.Networking
{
}

namespace System.Device.Wifi
{
}

namespace nanoFramework.WebServer
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    [AttributeUsage(AttributeTargets.Method)]
    public class MethodAttribute : Attribute { public MethodAttribute(string method) { } }
    public class WebServerEventArgs { public HttpListenerContext Context { get; } }
}

namespace nanoFramework.Telegram.Bot.Core
{
    public class ProblemDetails { public string Message { get; set; } }
    public class TelegramUser { public long id { get; set; } }
    public class TelegramChat { public long id { get; set; } }
    public class TelegramMessage { public string text { get; set; } public TelegramUser from { get; set; } public TelegramChat chat { get; set; } public long message_id { get; set; } }
    public class GetMeResponse { public bool ok { get; set; } public int error_code { get; set; } public string description { get; set; } }
    public class TelegramBotEvents
    {
        public event Action<ProblemDetails> OnError;
        public event Action<TelegramMessage> OnMessageReceived;
    }
    public class TelegramBot : IDisposable
    {
        public readonly TelegramBotEvents Events = new TelegramBotEvents();
        public TelegramBot(string token, HttpClient client) { }
        public GetMeResponse CheckConnection() => new GetMeResponse();
        public void StartReceiving(int pollDelayMs = 5000) { }
        public void Send(long chatId, string text) { }
        public void Dispose() { }
    }
}

namespace nanoFramework.Azure.EventGrid.Mqtt
{
    public class EventGridMqttConfig
    {
        public string BrokerHostname { get; set; }
        public string DeviceClientId { get; set; }
        public string CaCertificatePem { get; set; }
        public string ClientCertificatePem { get; set; }
        public string ClientPrivateKeyPem { get; set; }
        public bool AutoReconnect { get; set; }
        public int ReconnectDelayMs { get; set; }
        public int MaxReconnectDelayMs { get; set; }
        public string LwtTopic { get; set; }
        public string LwtMessage { get; set; }
        public bool EnableDeviceTwin { get; set; }
        public bool EnableHealthReporting { get; set; }
        public int HealthReportIntervalMs { get; set; }
    }
    public class EventGridMqttClient : IDisposable
    {
        public EventGridMqttClient(EventGridMqttConfig config) { }
        public int Connect() => 0;
        public void Subscribe(string topic) { }
        public void UpdateTwinProperty(string key, string value) { }
        public void Publish(string topic, string payload) { }
        public void Dispose() { }
    }
}

namespace Smdn.TPSmartHomeDevices.Tapo
{
    public class P105 : IDisposable
    {
        public P105(IPAddress ipAddress, string email, string password, IServiceProvider serviceProvider = null) { }
        public P105(IPAddress ipAddress, IServiceProvider serviceProvider) { }
        public Task TurnOffAsync() => Task.CompletedTask;
        public void Dispose() { }
    }
    public class L530 : IDisposable
    {
        public L530(string host, string email, string password, IServiceProvider serviceProvider = null) { }
        public Task SetColorTemperatureAsync(int colorTemperature, int? brightness = null) => Task.CompletedTask;
        public Task TurnOffAsync() => Task.CompletedTask;
        public void Dispose() { }
    }
}

namespace Smdn.TPSmartHomeDevices.Tapo.Credentials
{
    using Microsoft.Extensions.DependencyInjection;
    public static class TapoCredentialProviderServiceCollectionExtensions
    {
        public static IServiceCollection AddTapoCredential(this IServiceCollection services, string email, string password) => services;
        public static IServiceCollection AddTapoBase64EncodedCredential(this IServiceCollection services, string base64UserNameSHA1Digest, string base64Password) => services;
        public static IServiceCollection AddTapoCredentialFromEnvironmentVariable(this IServiceCollection services, string envVarUsername, string envVarPassword) => services;
        public static IServiceCollection AddTapoBase64EncodedKlapCredentialFromEnvironmentVariable(this IServiceCollection services, string envVarBase64KlapLocalAuthHash) => services;
    }
}

namespace Amqp
{
    public class Message { public Message(object body) { } }
    public class Connection
    {
        public static bool DisableServerCertValidation { get; set; }
        public Connection(Address address) { }
        public void Close() { }
        public Task CloseAsync() => Task.CompletedTask;
    }
    public class Session
    {
        public Session(Connection connection) { }
        public void Close() { }
        public Task CloseAsync() => Task.CompletedTask;
    }
    public class SenderLink
    {
        public SenderLink(Session session, string name, string address) { }
        public void Send(Message message) { }
        public void Close() { }
        public Task CloseAsync() => Task.CompletedTask;
    }
    public class ReceiverLink
    {
        public ReceiverLink(Session session, string name, string address) { }
        public Task CloseAsync() => Task.CompletedTask;
    }
}

namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}

// Made-up vendor SDKs with realistic parameter names (as the earlier corpora do).
namespace Kryo.Courier.Ble
{
    public class CourierLink
    {
        public CourierLink(string address) { }
        public bool Pair(string address, byte[] sharedSecret) => true;
    }
}

namespace Aerocarrier.TubeNet
{
    public class TubeNetSession
    {
        public TubeNetSession(string host, int port) { }
        public bool Login(string userName, string password) => true;
        public void RaiseSilentAlarm(string station) { }
    }
}
