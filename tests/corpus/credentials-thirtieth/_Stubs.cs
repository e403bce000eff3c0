#nullable disable
// Library surface corpus30 needs that the shared Stubs.g.cs lacks. Namespaces, type names and parameter names follow the real
// libraries as far as the corpus uses them; bodies are empty or return defaults. Written for C# 12: no extension blocks.
// Members that are shims and not the library's own surface say so in a comment: extension methods standing in for instance members
// of shared stub classes that are not partial (uPLibrary M2Mqtt MqttClient, Azure DeviceClient, MQTTnet v3's options builder), event
// subscriptions written as methods (extension methods cannot add an event), and a static helper standing in for nanoFramework's
// IPAddress.GetDefaultLocalAddress() and a static-address IPConfiguration factory. The shared stubs are compiled into a library of
// their own, so no part of a shared type is declared here: nothing here redeclares a type Stubs.g.cs declares in the same namespace.
// The project's own helper classes that adapted files need from files not adapted are reduced stand-ins, marked as such.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

// ================================================================ NLog
namespace NLog
{
    public sealed class Logger
    {
        public void Info(string message) { }
        public void Error(string message) { }
    }

    public static class LogManager
    {
        public static Logger GetCurrentClassLogger() => new Logger();
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
        public static T DeserializeObject<T>(string value) => default(T);
    }
}

namespace Newtonsoft.Json.Linq
{
    public class JToken : IEnumerable<JToken>
    {
        public virtual JToken this[object key] { get => new JToken(); set { } }
        public T Value<T>() => default(T);
        public IEnumerator<JToken> GetEnumerator() => new List<JToken>().GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => string.Empty;
    }

    public class JObject : JToken
    {
        public static JObject Parse(string json) => new JObject();
        public JToken GetValue(string propertyName) => new JToken();
    }

    public class JArray : JToken
    {
        public static JArray Parse(string json) => new JArray();
    }
}

// ================================================================ System.IO.Ports (not in the shared framework)
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
        public string NewLine { get; set; } = "\n";
        public int ReadTimeout { get; set; }
        public int WriteTimeout { get; set; }
        public System.Text.Encoding Encoding { get; set; } = System.Text.Encoding.ASCII;
        public bool IsOpen => true;
        public static string[] GetPortNames() => Array.Empty<string>();
        public void Open() { }
        public void Close() { }
        public void DiscardInBuffer() { }
        public void Write(string text) { }
        public void Write(byte[] buffer, int offset, int count) { }
        public string ReadExisting() => string.Empty;
        public string ReadLine() => string.Empty;
        public void Dispose() { }
    }
}

// ================================================================ uPLibrary M2Mqtt (members the shared stub lacks)
namespace uPLibrary.Networking.M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }

    // Shim: instance members and events of the shared (non-partial) MqttClient stub.
    public static class M2MqttClientShim
    {
        public static bool IsConnected(this MqttClient client) => true;
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 1;
        public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 1;
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 1;
        public static void Disconnect(this MqttClient client) { }
        public static void OnMqttMsgPublishReceived(this MqttClient client, EventHandler<Messages.MqttMsgPublishEventArgs> handler) { }
        public static void OnMqttMsgSubscribed(this MqttClient client, EventHandler<Messages.MqttMsgSubscribedEventArgs> handler) { }
        public static void OnConnectionClosed(this MqttClient client, EventHandler handler) { }
    }
}

namespace uPLibrary.Networking.M2Mqtt.Messages
{
    public abstract class MqttMsgBase
    {
        public const byte QOS_LEVEL_AT_MOST_ONCE = 0x00;
        public const byte QOS_LEVEL_AT_LEAST_ONCE = 0x01;
        public const byte QOS_LEVEL_EXACTLY_ONCE = 0x02;
    }
    public class MqttMsgPublishEventArgs : EventArgs { public string Topic { get; set; } public byte[] Message { get; set; } }
    public class MqttMsgSubscribedEventArgs : EventArgs { public ushort MessageId { get; set; } public byte[] GrantedQoSLevels { get; set; } }
}

// ================================================================ MQTTnet 2.x (MQTTnet.Core namespaces)
namespace MQTTnet.Core
{
    public class MqttApplicationMessage
    {
        public MqttApplicationMessage(string topic, byte[] payload, Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel, bool retain)
        {
            Topic = topic;
            Payload = payload;
        }
        public string Topic { get; }
        public byte[] Payload { get; }
    }

    public class MqttApplicationMessageReceivedEventArgs : EventArgs
    {
        public MqttApplicationMessage ApplicationMessage { get; set; }
    }
}

namespace MQTTnet.Core.Protocol
{
    public enum MqttQualityOfServiceLevel { AtMostOnce, AtLeastOnce, ExactlyOnce }
}

namespace MQTTnet.Core.Packets
{
    public class TopicFilter
    {
        public TopicFilter(string topic, Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel) { Topic = topic; }
        public string Topic { get; }
    }
}

namespace MQTTnet.Core.Client
{
    public interface IMqttClient
    {
        bool IsConnected { get; }
    }

    public class MqttClientTcpOptions
    {
        public string Server { get; set; }
        public int? Port { get; set; }
        public string ClientId { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public bool CleanSession { get; set; }
    }

    public class MqttClient : IMqttClient
    {
        public event EventHandler<MqttApplicationMessageReceivedEventArgs> ApplicationMessageReceived;
        public event EventHandler Connected;
        public event EventHandler Disconnected;
        public bool IsConnected => false;
        public Task ConnectAsync(MqttClientTcpOptions options) => Task.CompletedTask;
        public Task DisconnectAsync() => Task.CompletedTask;
        public Task PublishAsync(MqttApplicationMessage applicationMessage) => Task.CompletedTask;
        public Task SubscribeAsync(List<Packets.TopicFilter> topicFilters) => Task.CompletedTask;
        internal void Raise()
        {
            ApplicationMessageReceived?.Invoke(this, new MqttApplicationMessageReceivedEventArgs());
            Connected?.Invoke(this, EventArgs.Empty);
            Disconnected?.Invoke(this, EventArgs.Empty);
        }
    }
}

// ================================================================ MQTTnet v3 / v4 / v5 (members the shared stubs lack)
namespace MQTTnet.Stubs
{
    // The message type of MqttApplicationMessageBuilder (MQTTnet.MqttApplicationMessage in the real package), named apart here so
    // that it does not collide with MQTTnet 2.x's MQTTnet.Core.MqttApplicationMessage in a file importing both namespaces.
    public class MqttApplicationMessage
    {
        public string Topic { get; set; }
        public byte[] PayloadSegment { get; set; } = Array.Empty<byte>();
    }
}

namespace MQTTnet
{
    public class MqttApplicationMessageBuilder
    {
        private readonly Stubs.MqttApplicationMessage _message = new Stubs.MqttApplicationMessage();
        public MqttApplicationMessageBuilder WithTopic(string topic) { _message.Topic = topic; return this; }
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessageBuilder WithPayload(byte[] payload) => this;
        public MqttApplicationMessageBuilder WithRetainFlag(bool value = true) => this;
        public Stubs.MqttApplicationMessage Build() => _message;
    }

    public class MqttFactory
    {
        public Client.IMqttClient CreateMqttClient() => new Client.MqttClientStub();
        public Server.MqttServer CreateMqttServer(Server.MqttServerOptions options) => new Server.MqttServer();
    }

    public class MqttClientFactory
    {
        public MQTTnet.Core.Client.IMqttClient CreateMqttClient() => new MQTTnet.Core.Client.MqttClient();
    }

    public enum MqttTopicFilterCompareResult { NoMatch, IsMatch, FilterInvalid, TopicInvalid }

    public static class MqttTopicFilterComparer
    {
        public static MqttTopicFilterCompareResult Compare(string topic, string filter) => MqttTopicFilterCompareResult.NoMatch;
    }

    public static class MqttApplicationMessageExtensions
    {
        public static string ConvertPayloadToString(this Stubs.MqttApplicationMessage message) => string.Empty;
    }

    // v3's MqttClientExtensions.PublishAsync(topic, payload, retain).
    public static class MqttClientExtensions
    {
        public static Task PublishAsync(this Client.IMqttClient client, string topic, string payload, bool retain) => Task.CompletedTask;
    }
}

namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    internal sealed class MqttClientOptionsV3 : IMqttClientOptions { }

    // Shim: Build() of the shared (non-partial) v3 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderShim
    {
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => new MqttClientOptionsV3();
    }
}

namespace MQTTnet.Client
{
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task ConnectAsync(MQTTnet.Client.Options.IMqttClientOptions options, CancellationToken cancellationToken);
        Task DisconnectAsync();
        Task PublishAsync(MQTTnet.Stubs.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
    }

    internal sealed class MqttClientStub : IMqttClient
    {
        public bool IsConnected => false;
        public Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public Task ConnectAsync(MQTTnet.Client.Options.IMqttClientOptions options, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task DisconnectAsync() => Task.CompletedTask;
        public Task PublishAsync(MQTTnet.Stubs.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public void Dispose() { }
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

    public class InterceptingPublishEventArgs : EventArgs
    {
        public MQTTnet.Stubs.MqttApplicationMessage ApplicationMessage { get; set; }
    }

    public class InjectedMqttApplicationMessage
    {
        public InjectedMqttApplicationMessage(MQTTnet.Stubs.MqttApplicationMessage applicationMessage) { }
        public string SenderClientId { get; set; }
    }

    public class MqttServer
    {
        public event Func<InterceptingPublishEventArgs, Task> InterceptingPublishAsync;
        public Task StartAsync() => Task.CompletedTask;
        public Task StopAsync() => Task.CompletedTask;
        public Task InjectApplicationMessage(InjectedMqttApplicationMessage message) =>
            InterceptingPublishAsync?.Invoke(new InterceptingPublishEventArgs()) ?? Task.CompletedTask;
    }
}

namespace MQTTnet.Extensions.ManagedClient
{
    public class ManagedMqttClientOptions { }

    public class ManagedMqttClientOptionsBuilder
    {
        public ManagedMqttClientOptionsBuilder WithClientOptions(MQTTnet.Client.MqttClientOptions options) => this;
        public ManagedMqttClientOptions Build() => new ManagedMqttClientOptions();
    }

    public interface IManagedMqttClient
    {
        int PendingApplicationMessagesCount { get; }
        Task StartAsync(ManagedMqttClientOptions options);
        Task StopAsync();
    }
}

// ================================================================ Microsoft.Extensions (hosting, logging, options, configuration)
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

namespace Microsoft.Extensions.Logging
{
    public interface ILogger { }
    public interface ILogger<out TCategoryName> : ILogger { }

    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string message, params object[] args) { }
        public static void LogWarning(this ILogger logger, string message, params object[] args) { }
    }
}

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class
    {
        TOptions Value { get; }
    }
}

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
    }

    public static class ConfigurationBinder
    {
        public static T GetValue<T>(this IConfiguration configuration, string key) => default(T);
    }
}

// ================================================================ The wiser2mqtt project's CurlWrapper (reduced stand-in)
namespace wiser2mqtt
{
    public class CurlWrapper
    {
        public static string DoCurlRequest(string url, string method = "GET", string username = null, string password = null, string[] headers = null) => "{}";
    }
}

// ================================================================ dgiot_dtu project helpers (reduced stand-ins) and JavaScriptSerializer
namespace dgiot_dtu
{
    public class MainForm
    {
        public void Log(string text) { }
    }
}

namespace PortListener.Core.Utilities
{
    public static class StringHelper
    {
        public static string ToHexString(byte[] bytes) => Convert.ToHexString(bytes);
    }
}

namespace System.Web.Script.Serialization
{
    public class JavaScriptSerializer
    {
        public object DeserializeObject(string input) => new Dictionary<string, object>();
    }
}

// ================================================================ .NET nanoFramework (members the shared partial stubs lack)
namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus { None, Started, NetworkIsReady, FailedNoNetworkInterface, ErrorConnetingToWiFiWhileScanning, ExceptionOccurred, TokenExpiredWaitingIPAddress, TokenExpiredWaitingDateTime }

    // nanoFramework's NetworkHelper (Status and HelperException of the last connect of WifiNetworkHelper / WiFiNetworkHelper).
    public static class NetworkHelper
    {
        public static NetworkHelperStatus Status => NetworkHelperStatus.NetworkIsReady;
        public static Exception HelperException => null;
    }

    // Shim: a static-address IPConfiguration (the shared IPConfiguration stub has only a parameterless constructor).
    public static class IPConfigurationShim
    {
        public static IPConfiguration Create(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) => new IPConfiguration();
    }

    // Shim: nanoFramework's static IPAddress.GetDefaultLocalAddress() (a static member cannot be added to System.Net.IPAddress).
    public static class IPAddressShim
    {
        public static IPAddress GetDefaultLocalAddress() => IPAddress.Loopback;
    }
}

namespace nanoFramework.AtomLite
{
    public sealed class NeoPixelLed
    {
        public void SetColor(System.Drawing.Color color) { }
    }

    public static class AtomLite
    {
        public static NeoPixelLed NeoPixel { get; } = new NeoPixelLed();
    }
}

namespace System.Net.WebSockets
{
    // nanoFramework's ClientWebSocketHeaders.
    public class ClientWebSocketHeaders
    {
        private readonly Dictionary<string, string> _headers = new Dictionary<string, string>();
        public string this[string headerName] { get => _headers.TryGetValue(headerName, out var v) ? v : null; set => _headers[headerName] = value; }
    }
}

namespace nanoFramework.SignalR.Client
{
    public enum HubConnectionState { Disconnected, Connected, Connecting, Reconnecting }

    public class SignalrEventMessageArgs : EventArgs { public string Message { get; set; } }

    public delegate void SignalrEvent(object sender, SignalrEventMessageArgs message);

    public class HubConnection
    {
        public HubConnection(string uri, System.Net.WebSockets.ClientWebSocketHeaders headers = null) { }
        public event SignalrEvent Closed;
        public HubConnectionState State { get; private set; } = HubConnectionState.Disconnected;
        public void Start() { State = HubConnectionState.Connected; }
        public void SendCore(string methodName, object[] args) { }
        internal void RaiseClosed() => Closed?.Invoke(this, new SignalrEventMessageArgs());
    }
}

namespace NFSmartMeter
{
    // Reduced stand-ins for the project's P1 listener (another file of Feiko/NFSmartMeter).
    public class P1MessageEventArgs : EventArgs { public object EnergyReadout { get; set; } }

    public class SerialSmartMeterListner
    {
        public SerialSmartMeterListner(int rxPin, int txPin) { }
        public event EventHandler<P1MessageEventArgs> P1MessageReceived;
        internal void Raise() => P1MessageReceived?.Invoke(this, new P1MessageEventArgs());
    }
}

// ================================================================ Azure IoT device SDK (members the shared stub lacks)
namespace Microsoft.Azure.Devices.Client
{
    public class Message : IDisposable
    {
        public Message() { }
        public Message(byte[] byteArray) { }
        public void Dispose() { }
    }

    public sealed class IotHubConnectionStringBuilder
    {
        private IotHubConnectionStringBuilder() { }
        public static IotHubConnectionStringBuilder Create(string hostname, IAuthenticationMethod authenticationMethod) => new IotHubConnectionStringBuilder();
        public override string ToString() => string.Empty;
    }

    // Shim: SendEventAsync of the shared (non-partial) DeviceClient stub.
    public static class DeviceClientInstanceShim
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

// ================================================================ WinRT background tasks (Windows 10 IoT Core)
namespace Windows.ApplicationModel.Background
{
    public sealed class BackgroundTaskDeferral { public void Complete() { } }
    public interface IBackgroundTaskInstance { BackgroundTaskDeferral GetDeferral(); }
    public interface IBackgroundTask { void Run(IBackgroundTaskInstance taskInstance); }
}

// ================================================================ Q42.HueApi and Plugin.Settings
namespace Q42.HueApi
{
    public class Light
    {
        public string Id { get; set; }
        public string Name { get; set; } = string.Empty;
    }

    public class LightCommand
    {
        public byte? Brightness { get; set; }
        public TimeSpan? TransitionTime { get; set; }
        public LightCommand TurnOn() => this;
        public LightCommand TurnOff() => this;
        public LightCommand SetColor(byte red, byte green, byte blue) => this;
    }

    public class LocalHueClient : Interfaces.ILocalHueClient
    {
        public LocalHueClient(string ip) { }
        public Task<string> RegisterAsync(string applicationName, string deviceName) => Task.FromResult(string.Empty);
        public void Initialize(string appKey) { }
        public Task<IEnumerable<Light>> GetLightsAsync() => Task.FromResult<IEnumerable<Light>>(new List<Light>());
        public Task<object> SendCommandAsync(LightCommand command, IEnumerable<string> lightList = null) => Task.FromResult<object>(null);
    }

    public class HttpBridgeLocator : Interfaces.IBridgeLocator
    {
        public Task<IEnumerable<string>> LocateBridgesAsync(TimeSpan timeout) => Task.FromResult<IEnumerable<string>>(new List<string>());
    }
}

namespace Q42.HueApi.Interfaces
{
    public interface ILocalHueClient
    {
        Task<string> RegisterAsync(string applicationName, string deviceName);
        void Initialize(string appKey);
        Task<IEnumerable<Light>> GetLightsAsync();
        Task<object> SendCommandAsync(LightCommand command, IEnumerable<string> lightList = null);
    }

    public interface IBridgeLocator
    {
        Task<IEnumerable<string>> LocateBridgesAsync(TimeSpan timeout);
    }
}

namespace Plugin.Settings.Abstractions
{
    public interface ISettings
    {
        string GetValueOrDefault(string key, string defaultValue, string fileName = null);
        double GetValueOrDefault(string key, double defaultValue, string fileName = null);
        bool AddOrUpdateValue(string key, string value, string fileName = null);
        bool AddOrUpdateValue(string key, double value, string fileName = null);
    }
}

namespace Plugin.Settings
{
    internal sealed class MemorySettings : Abstractions.ISettings
    {
        public string GetValueOrDefault(string key, string defaultValue, string fileName = null) => defaultValue;
        public double GetValueOrDefault(string key, double defaultValue, string fileName = null) => defaultValue;
        public bool AddOrUpdateValue(string key, string value, string fileName = null) => true;
        public bool AddOrUpdateValue(string key, double value, string fileName = null) => true;
    }

    public static class CrossSettings
    {
        public static Abstractions.ISettings Current { get; } = new MemorySettings();
    }
}

// ================================================================ Plugin.BLE
namespace Plugin.BLE.Abstractions.Contracts
{
    public interface IDescriptor { }

    public interface ICharacteristic
    {
        Task<IDescriptor> GetDescriptorAsync(Guid id);
        Task<bool> WriteAsync(byte[] data);
        Task<byte[]> ReadAsync();
    }

    public interface IService
    {
        Task<ICharacteristic> GetCharacteristicAsync(Guid id);
    }

    public interface IDevice
    {
        string Name { get; }
        Task<IService> GetServiceAsync(Guid id);
    }
}

// ================================================================ #SNMP (members the shared stub lacks)
namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }

    public interface ISnmpData { }

    public sealed class ObjectIdentifier : ISnmpData
    {
        public ObjectIdentifier(string text) { }
        public override string ToString() => string.Empty;
    }

    public sealed class Variable
    {
        public Variable(ObjectIdentifier id) { Id = id; }
        public ObjectIdentifier Id { get; }
        public ISnmpData Data { get; set; }
    }
}

namespace Lextm.SharpSnmpLib.Messaging
{
    public enum WalkMode { Default, WithinSubtree }

    public static class Messenger
    {
        public static IList<Variable> Get(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
        public static int Walk(VersionCode version, IPEndPoint endpoint, OctetString community, ObjectIdentifier table, IList<Variable> list, int timeout, WalkMode mode) => 0;
    }
}

// ================================================================ OPC UA .NET Standard client (the surface the corpus uses)
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
    public class EndpointDescription { public string EndpointUrl { get; set; } }

    public class ConfiguredEndpoint
    {
        public ConfiguredEndpoint(object collection, EndpointDescription description) { }
    }
}

namespace Opc.Ua.Client
{
    public static class CoreClientUtils
    {
        public static EndpointDescription SelectEndpoint(string discoveryUrl, bool useSecurity) => new EndpointDescription { EndpointUrl = discoveryUrl };
    }

    public class Session : IDisposable
    {
        public static Task<Session> Create(ApplicationConfiguration configuration, ConfiguredEndpoint endpoint, bool updateBeforeConnect, string sessionName, uint sessionTimeout, IUserIdentity identity, IList<string> preferredLocales)
            => Task.FromResult(new Session());
        public void Dispose() { }
    }
}

// ================================================================ Microsoft.Data.SqlClient, Npgsql, dotenv.net, EasyModbus
namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : IDisposable
    {
        public SqlConnection(string connectionString) { ConnectionString = connectionString; }
        public string ConnectionString { get; set; }
        public void Open() { }
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

    public sealed class NpgsqlConnectionStringBuilder
    {
        public string Host { get; set; }
        public int Port { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public string Database { get; set; }
        public string ConnectionString => string.Empty;
    }

    public sealed class NpgsqlCommand : IDisposable
    {
        public NpgsqlCommand(string cmdText, NpgsqlConnection connection) { }
        public int ExecuteNonQuery() => 0;
        public void Dispose() { }
    }
}

namespace dotenv.net
{
    public static class DotEnv
    {
        public static void Load() { }
    }
}

namespace EasyModbus
{
    public class ModbusClient
    {
        public ModbusClient(string serialPort) { }
        public int Baudrate { get; set; }
        public System.IO.Ports.Parity Parity { get; set; }
        public System.IO.Ports.StopBits StopBits { get; set; }
        public byte UnitIdentifier { get; set; }
        public void Connect() { }
        public void Disconnect() { }
        public int[] ReadInputRegisters(int startingAddress, int quantity) => new int[quantity];
    }
}

namespace EasyModbus.Exceptions
{
    public class ModbusException : Exception
    {
        public ModbusException(string message) : base(message) { }
    }
}

// ================================================================ AWS SDK, InfluxDB, 32feet.NET
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }

    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

namespace InfluxDB.Client
{
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public void Dispose() { }
    }
}

namespace InTheHand.Net
{
    public sealed class BluetoothAddress
    {
        private readonly long _value;
        public BluetoothAddress(long address) { _value = address; }
        public static BluetoothAddress Parse(string bluetoothString) => new BluetoothAddress(0);
        public long ToInt64() => _value;
        public override string ToString() => _value.ToString("X12");
    }
}

namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothSecurity
    {
        public static bool PairRequest(BluetoothAddress device, string pin) => true;
        public static bool RemoveDevice(BluetoothAddress device) => true;
    }
}

// ================================================================ BACnet (System.IO.BACnet), M-Bus, LoRaWAN modem driver
namespace System.IO.BACnet
{
    public class BacnetAddress { }

    public class BacnetIpUdpProtocolTransport
    {
        public BacnetIpUdpProtocolTransport(int port) { }
    }

    public class BacnetClient
    {
        public BacnetClient(BacnetIpUdpProtocolTransport transport) { }
        public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enable_disable, string password, byte invoke_id = 0) => true;
    }
}

namespace MBus.Net
{
    public class MBusMaster
    {
        public MBusMaster(string portName, int baudRate) { }
        public void SetEncryptionKey(int primaryAddress, byte[] encryptionKey) { }
    }
}

namespace Iot.Device.Rn2903
{
    // Stand-in for a LoRaWAN modem driver library (RN2903-class modem on a serial port).
    public class Rn2903
    {
        public Rn2903(string portName) { }
        public bool ActivateAbp(byte[] devAddr, byte[] nwkSKey, byte[] appSKey) => true;
        public bool JoinOtaa(byte[] devEui, byte[] appEui, byte[] appKey, ushort devNonce) => true;
    }
}
