// corpus35 library stubs: the surface the shared Stubs.g.cs lacks, compiled into the device project (the shared stubs
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

// ---- Microsoft.Extensions Logging / Options / Hosting / Configuration (R01, R05, R07, R12, R13, R14, R16) ----
namespace Microsoft.Extensions.Logging
{
    public interface ILogger { }
    public interface ILogger<out TCategoryName> : ILogger { }
    public static class LoggerExtensions
    {
        public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
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
        public virtual Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public virtual Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
namespace Microsoft.Extensions.Configuration
{
    public interface IConfigurationProvider { bool TryGet(string key, out string? value); }
    public interface IConfigurationRoot { IEnumerable<IConfigurationProvider> Providers { get; } }
    public class ConfigurationBuilder
    {
        public IConfigurationRoot Build() => null!;
    }
    public static class UserSecretsConfigurationExtensions
    {
        public static ConfigurationBuilder AddUserSecrets<T>(this ConfigurationBuilder configuration) where T : class => configuration;
    }
}

// ---- MQTTnet: client, factory and message surfaces the shared stubs lack (v3 / v4 / v5) ----
namespace MQTTnet
{
    public class MqttApplicationMessage { }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(byte[] payload) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessageBuilder WithRetainFlag(bool value = true) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    public class MqttTopicFilterBuilder
    {
        public MqttTopicFilterBuilder WithTopic(string topic) => this;
        public MQTTnet.Packets.MqttTopicFilter Build() => new MQTTnet.Packets.MqttTopicFilter();
    }
    // MQTTnet v3 / v4 factory.
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null!;
    }
    // MQTTnet v5 client and factory.
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishAsync(MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
        Task DisconnectAsync(CancellationToken cancellationToken = default);
    }
    public class MqttClientFactory
    {
        public IMqttClient CreateMqttClient() => null!;
    }
    // Shim: builder members of the shared (non-partial) v5 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV5Shims
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithTimeout(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
    }
}
namespace MQTTnet.Packets
{
    public class MqttTopicFilter { }
}
namespace MQTTnet.Client
{
    // MQTTnet v4 client.
    public interface IMqttClient
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
        Task DisconnectAsync();
    }
    // Shim: builder members of the shared (non-partial) v4 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV4Shims
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithCredentials(this MqttClientOptionsBuilder builder, MqttClientCredentials credentials) => builder;
    }
}
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    // Shim: builder member of the shared (non-partial) v3 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV3Shims
    {
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => new V3Options();
        private sealed class V3Options : IMqttClientOptions { }
    }
}
namespace MQTTnet.Extensions.ManagedClient
{
    public class ManagedMqttClientOptions { }
    public class ManagedMqttClientOptionsBuilder
    {
        public ManagedMqttClientOptionsBuilder WithClientOptions(MQTTnet.Client.MqttClientOptions value) => this;
        public ManagedMqttClientOptions Build() => new ManagedMqttClientOptions();
    }
    public interface IManagedMqttClient
    {
        Task StartAsync(ManagedMqttClientOptions options);
        Task SubscribeAsync(ICollection<MQTTnet.Packets.MqttTopicFilter> topicFilters);
        Task StopAsync();
    }
}

// ---- M2Mqtt for .NET nanoFramework: members the shared MqttClient stub lacks (R08, R11) ----
namespace nanoFramework.M2Mqtt
{
    public delegate void MqttMsgPublishEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgPublishEventArgs e);
    // Shim: instance members of the shared (non-partial) nanoFramework MqttClient stub; the MqttMsgPublishReceived event
    // is a subscription method.
    public static class NanoM2MqttClientShims
    {
        public static ushort Subscribe(this MqttClient client, string[] topics, nanoFramework.M2Mqtt.Messages.MqttQoSLevel[] qosLevels) => 0;
        public static ushort Publish(this MqttClient client, string topic, byte[] message, nanoFramework.M2Mqtt.Messages.MqttQoSLevel qosLevel, bool retain) => 0;
        public static void Disconnect(this MqttClient client) { }
        public static void OnPublishReceived(this MqttClient client, MqttMsgPublishEventHandler handler) { }
    }
}
namespace nanoFramework.M2Mqtt.Messages
{
    public enum MqttQoSLevel : byte { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
    public class MqttMsgPublishEventArgs : EventArgs
    {
        public string Topic { get; set; } = "";
        public byte[] Message { get; set; } = Array.Empty<byte>();
    }
}

// ---- #SNMP: manager-side types the shared stub lacks (R02, R03) ----
namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public enum SnmpType { GetRequestPdu, GetNextRequestPdu, SetRequestPdu }
    public interface ISnmpData { }
    public sealed class ObjectIdentifier : ISnmpData
    {
        private readonly string _text;
        public ObjectIdentifier(string text) { _text = text; }
        public override string ToString() => _text;
    }
    public sealed class Variable
    {
        public Variable(ObjectIdentifier id) { Id = id; }
        public Variable(ObjectIdentifier id, object data) { Id = id; Data = data; }
        public ObjectIdentifier Id { get; }
        public object? Data { get; }
    }
}
namespace Lextm.SharpSnmpLib.Messaging
{
    public interface ISnmpMessage { }
    public sealed class ReportMessage : ISnmpMessage { }
    public sealed class Discovery
    {
        public ReportMessage GetResponse(int timeout, IPEndPoint receiver) => new ReportMessage();
    }
    public sealed class GetRequestMessage : ISnmpMessage
    {
        public GetRequestMessage(VersionCode version, int messageId, int requestId, OctetString userName, OctetString contextName,
            IList<Variable> variables, Lextm.SharpSnmpLib.Security.IPrivacyProvider privacy, int maxMessageSize, ISnmpMessage report) { }
    }
    public sealed class GetNextRequestMessage : ISnmpMessage
    {
        public GetNextRequestMessage(int requestId, VersionCode version, OctetString community, IList<Variable> variables) { }
    }
    public static class Messenger
    {
        public static int NextMessageId => 1;
        public static int NextRequestId => 1;
        public static int MaxMessageSize => 65507;
        public static IList<Variable> Get(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => new List<Variable>();
        public static IList<Variable> Set(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => new List<Variable>();
        public static Discovery GetNextDiscovery(SnmpType type) => new Discovery();
    }
    public static class SnmpMessageExtension
    {
        public static ISnmpMessage GetResponse(this ISnmpMessage request, int timeout, IPEndPoint receiver) => request;
        public static IList<Variable> Variables(this ISnmpMessage message) => new List<Variable>();
    }
}
namespace Lextm.SharpSnmpLib.Security
{
    public sealed class DefaultAuthenticationProvider : IAuthenticationProvider
    {
        public static DefaultAuthenticationProvider Instance { get; } = new DefaultAuthenticationProvider();
    }
    public sealed class DefaultPrivacyProvider : IPrivacyProvider
    {
        public DefaultPrivacyProvider(IAuthenticationProvider auth) { }
    }
}

// ---- Azure IoT device SDK: Message and DeviceClient instance members (R09) ----
namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        private readonly byte[] _bytes;
        public Message(byte[] byteArray) { _bytes = byteArray; }
        public byte[] GetBytes() => _bytes;
    }
    // Shim: instance members of the shared (non-partial) DeviceClient stub.
    public static class DeviceClientShims
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task<Message> ReceiveAsync(this DeviceClient client) => Task.FromResult<Message>(null!);
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

// ---- System.Device.Wifi: WifiAdapter member the shared stub lacks (R10) ----
namespace System.Device.Wifi
{
    // Shim: instance member of the shared (partial, but in another assembly) WifiAdapter stub.
    public static class WifiAdapterShims
    {
        public static void Disconnect(this WifiAdapter adapter) { }
    }
}

// ---- MassTransit with RabbitMQ (R07) ----
namespace MassTransit
{
    public interface IBusRegistrationContext { }
    public interface IRabbitMqHostConfigurator
    {
        void Username(string username);
        void Password(string password);
    }
    public interface IRabbitMqReceiveEndpointConfigurator
    {
        void ConfigureConsumer<T>(IBusRegistrationContext context) where T : class;
    }
    public interface IRabbitMqBusFactoryConfigurator
    {
        void Host(string host, string virtualHost, Action<IRabbitMqHostConfigurator> configure);
        void ReceiveEndpoint(string queueName, Action<IRabbitMqReceiveEndpointConfigurator> configureEndpoint);
    }
    public interface IBusRegistrationConfigurator
    {
        void AddConsumer<T>() where T : class;
        void UsingRabbitMq(Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator> configure);
    }
    public interface ConsumeContext<out T> where T : class { T Message { get; } }
    public interface IConsumer<in TMessage> where TMessage : class
    {
        Task Consume(ConsumeContext<TMessage> context);
    }
}

// ---- 32feet.NET (PowerBankRental) ----
namespace InTheHand.Net
{
    public sealed class BluetoothAddress
    {
        private readonly long _value;
        public BluetoothAddress(long address) { _value = address; }
        public long ToInt64() => _value;
        public static BluetoothAddress Parse(string address) => new BluetoothAddress(Convert.ToInt64(address.Replace(":", ""), 16));
    }
}
namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothSecurity
    {
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }
}

// ---- FluentFTP, StackExchange.Redis, SqlClient, Npgsql, MongoDB driver, OPC UA (written files) ----
namespace FluentFTP
{
    public class FtpClient
    {
        public FtpClient(string host, string user, string pass) { }
    }
}
namespace StackExchange.Redis
{
    public sealed class EndPointCollection : IEnumerable<string>
    {
        private readonly List<string> _items = new List<string>();
        public void Add(string hostAndPort) => _items.Add(hostAndPort);
        public IEnumerator<string> GetEnumerator() => _items.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
    }
    public sealed class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string? Password { get; set; }
        public bool Ssl { get; set; }
    }
    public sealed class ConnectionMultiplexer
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new ConnectionMultiplexer();
    }
}
namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection { public SqlConnection(string connectionString) { } }
}
namespace Npgsql
{
    public sealed class NpgsqlConnection { public NpgsqlConnection(string connectionString) { } }
}
namespace MongoDB.Driver
{
    public class MongoClient { public MongoClient(string connectionString) { } }
}
namespace Opc.Ua
{
    public class UserIdentity
    {
        public UserIdentity(string userName, string password) { }
    }
}
