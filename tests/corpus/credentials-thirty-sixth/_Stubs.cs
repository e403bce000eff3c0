// corpus36 library stubs: the surface the shared Stubs.g.cs lacks, compiled into the device project (the shared stubs
// are a library of their own). Minimal, with the real libraries' namespaces, type names and parameter names as far as the
// corpus uses them; bodies are empty or return defaults. C# 12 only: no extension blocks, no `field` keyword, no params
// collections of non-array type. Nothing here redeclares a type Stubs.g.cs declares in the same namespace: members the
// shared (non-partial) classes lack are classic extension methods, each marked "Shim:". Helper classes of the adapted
// projects live in the adapted files, marked "added".
#nullable enable
using System;
using System.Collections;
using System.Collections.Generic;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

// ---- Microsoft.Extensions Logging / Options / Configuration (R03, R04, R05, R15) ----
namespace Microsoft.Extensions.Logging
{
    public interface ILogger { }
    public interface ILogger<out TCategoryName> : ILogger { }
    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
        public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
        public static void LogError(this ILogger logger, string? message, params object?[] args) { }
        public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
    }
}
namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class { TOptions Value { get; } }
}
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string? this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
    }
    public interface IConfigurationSection : IConfiguration
    {
        string Key { get; }
        string? Value { get; }
    }
    public interface IConfigurationRoot : IConfiguration { }
    public class ConfigurationBuilder
    {
        public IConfigurationRoot Build() => null!;
    }
    public static class JsonConfigurationExtensions
    {
        public static ConfigurationBuilder AddJsonFile(this ConfigurationBuilder builder, string path) => builder;
    }
    public static class ConfigurationBinder
    {
        public static void Bind(this IConfiguration configuration, object instance) { }
    }
}

// ---- Azure IoT device SDK: Message and DeviceClient instance members (R01, R02, R13) ----
namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        private readonly byte[] _bytes;
        public Message(byte[] byteArray) { _bytes = byteArray; }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public byte[] GetBytes() => _bytes;
    }
    // Shim: instance members of the shared (non-partial) DeviceClient stub.
    public static class DeviceClientShims
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task<Message> ReceiveAsync(this DeviceClient client) => Task.FromResult<Message>(null!);
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task RejectAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

// ---- Azure IoT service SDK: registry (R02) ----
namespace Microsoft.Azure.Devices
{
    public sealed class SymmetricKey { public string PrimaryKey { get; set; } = ""; public string SecondaryKey { get; set; } = ""; }
    public sealed class AuthenticationMechanism { public SymmetricKey SymmetricKey { get; set; } = new SymmetricKey(); }
    public class Device
    {
        public Device(string id) { Id = id; }
        public string Id { get; }
        public AuthenticationMechanism Authentication { get; set; } = new AuthenticationMechanism();
    }
    public class RegistryManager
    {
        public static RegistryManager CreateFromConnectionString(string connectionString) => new RegistryManager();
        public Task<Device> AddDeviceAsync(Device device) => Task.FromResult(device);
        public Task<Device> GetDeviceAsync(string deviceId) => Task.FromResult(new Device(deviceId));
    }
}
namespace Microsoft.Azure.Devices.Common.Exceptions
{
    public class DeviceAlreadyExistsException : Exception { }
}

// ---- MQTTnet v4 client, factory, subscribe options and server (R03, R15) ----
namespace MQTTnet
{
    public class MqttApplicationMessage
    {
        public string Topic { get; set; } = "";
        public ArraySegment<byte> PayloadSegment { get; set; }
    }
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null!;
        public MQTTnet.Client.MqttClientSubscribeOptionsBuilder CreateSubscribeOptionsBuilder() => new MQTTnet.Client.MqttClientSubscribeOptionsBuilder();
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new MQTTnet.Server.MqttServer();
    }
    public class MqttTopicFilterBuilder
    {
        public MqttTopicFilterBuilder WithTopic(string topic) => this;
    }
}
namespace MQTTnet.Formatter
{
    public enum MqttProtocolVersion { Unknown = 0, V310 = 3, V311 = 4, V500 = 5 }
}
namespace MQTTnet.Client
{
    public class MqttClientConnectResult { }
    public class MqttClientSubscribeOptions { }
    public class MqttClientSubscribeResult { }
    public class MqttApplicationMessageReceivedEventArgs : EventArgs
    {
        public MQTTnet.MqttApplicationMessage ApplicationMessage { get; } = new MQTTnet.MqttApplicationMessage();
    }
    public class MqttClientSubscribeOptionsBuilder
    {
        public MqttClientSubscribeOptionsBuilder WithTopicFilter(Action<MQTTnet.MqttTopicFilterBuilder> topicFilterBuilder) => this;
        public MqttClientSubscribeOptions Build() => new MqttClientSubscribeOptions();
    }
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        event Func<MqttApplicationMessageReceivedEventArgs, Task> ApplicationMessageReceivedAsync;
        Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task<MqttClientSubscribeResult> SubscribeAsync(MqttClientSubscribeOptions options, CancellationToken cancellationToken = default);
    }
    // Shim: builder members of the shared (non-partial) v4 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV4Shims
    {
        public static MqttClientOptionsBuilder WithProtocolVersion(this MqttClientOptionsBuilder builder, MQTTnet.Formatter.MqttProtocolVersion value) => builder;
        public static MqttClientOptionsBuilder WithoutPacketFragmentation(this MqttClientOptionsBuilder builder) => builder;
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
    public class ClientConnectedEventArgs : EventArgs
    {
        public string ClientId { get; } = "";
        public string Endpoint { get; } = "";
    }
    public class InterceptingPublishEventArgs : EventArgs
    {
        public string ClientId { get; } = "";
        public MQTTnet.MqttApplicationMessage ApplicationMessage { get; } = new MQTTnet.MqttApplicationMessage();
    }
    public class MqttServer : IDisposable
    {
        public event Func<ClientConnectedEventArgs, Task>? ClientConnectedAsync;
        public event Func<InterceptingPublishEventArgs, Task>? InterceptingPublishAsync;
        public Task StartAsync() => Task.CompletedTask;
        public Task StopAsync() => Task.CompletedTask;
        public void Dispose() { }
    }
}

// ---- nanoFramework network configuration: SaveConfiguration (R08) ----
namespace System.Net.NetworkInformation
{
    // Shim: instance member of the shared (non-partial) WirelessAPConfiguration stub.
    public static class WirelessAPConfigurationShims
    {
        public static void SaveConfiguration(this WirelessAPConfiguration configuration) { }
    }
    // Shim: instance member of the shared (non-partial) Wireless80211Configuration stub.
    public static class Wireless80211ConfigurationShims
    {
        public static void SaveConfiguration(this Wireless80211Configuration configuration) { }
    }
}

// ---- System.IO.Ports (R09, JoineryDustExtractor, TruckWeighbridge, MosquitoLureTrap) ----
namespace System.IO.Ports
{
    public class SerialDataReceivedEventArgs : EventArgs { }
    public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);
    public class SerialPort : IDisposable
    {
        public SerialPort(string portName) { PortName = portName; }
        public SerialPort(string portName, int baudRate) { PortName = portName; BaudRate = baudRate; }
        public string PortName { get; }
        public int BaudRate { get; }
        public event SerialDataReceivedEventHandler? DataReceived;
        public void Open() { }
        public void Write(string text) { }
        public string ReadExisting() => "";
        public void Dispose() { }
    }
}

// ---- DotNetSnmp (R14) ----
namespace DotNetSnmp.Protocol.V1
{
    public sealed class VarBindList : IEnumerable<string>
    {
        private readonly List<string> _oids;
        public VarBindList(params string[] oids) { _oids = new List<string>(oids); }
        public IEnumerator<string> GetEnumerator() => _oids.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _oids.GetEnumerator();
    }
    public sealed class GetRequestPdu
    {
        public int RequestId { get; set; }
        public VarBindList? VariableBindings { get; set; }
    }
    public sealed class SnmpV1Message
    {
        public string Community { get; set; } = "";
        public GetRequestPdu Pdu { get; set; } = new GetRequestPdu();
        public byte[] Encode() => Array.Empty<byte>();
        public static SnmpV1Message ReadFrom(System.Formats.Asn1.AsnReader reader) => new SnmpV1Message();
    }
}
namespace DotNetSnmp.Transport
{
    public sealed class BasicUdpTransport
    {
        public BasicUdpTransport(IPEndPoint endpoint) { }
        public Task<int> SendAsync(byte[] packet, IPEndPoint target) => Task.FromResult(packet.Length);
        public Task<byte[]> ReceiveAsync(IPEndPoint source) => Task.FromResult(Array.Empty<byte>());
    }
}

// ---- Client libraries of the written files ----
namespace Npgsql
{
    public sealed class NpgsqlConnection { public NpgsqlConnection(string connectionString) { } }
}
namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection { public SqlConnection(string connectionString) { } }
}
namespace FluentFTP
{
    public class FtpClient { public FtpClient(string host, string user, string pass) { } }
}
namespace Amazon.Runtime
{
    public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
namespace InfluxDB.Client
{
    public class InfluxDBClient { public InfluxDBClient(string url, string token) { } }
}
namespace Opc.Ua
{
    public class UserIdentity { public UserIdentity(string userName, string password) { } }
}
