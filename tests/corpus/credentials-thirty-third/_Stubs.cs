// corpus33 library stubs: the surface the shared Stubs.g.cs lacks, compiled into the device project (the shared stubs
// are a library of their own). Minimal, with the real libraries' namespaces, type names and parameter names as far as the
// corpus uses them; bodies are empty or return defaults. C# 12 only: no extension blocks, no `field` keyword, no params
// collections of non-array type. Nothing here redeclares a type Stubs.g.cs declares in the same namespace: members the
// shared (non-partial) classes lack are classic extension methods, each marked "Shim:", and an event a shared class
// lacks is a subscription method. Helper classes of the adapted projects live in the adapted files, marked "added".
#nullable enable
using System;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

// ---- Microsoft.Extensions.DependencyInjection / Hosting (nanoFramework flavour; R01) ----
namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection { }

    public static class ServiceCollectionServiceExtensions
    {
        public static IServiceCollection AddHostedService(this IServiceCollection services, Type hostedServiceType) => services;
        public static IServiceCollection AddSingleton(this IServiceCollection services, Type serviceType, Func<IServiceProvider, object> implementationFactory) => services;
    }
}
namespace Microsoft.Extensions.Hosting
{
    public abstract class BackgroundService
    {
        protected abstract void ExecuteAsync(CancellationToken stoppingToken);
    }
}

// ---- Microsoft.Extensions.Options / Logging / Configuration (R06, R08, R15) ----
namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class
    {
        TOptions Value { get; }
    }
}
namespace Microsoft.Extensions.Logging
{
    public interface ILogger { }
    public interface ILogger<out TCategoryName> : ILogger { }
    public interface ILoggerFactory
    {
        ILogger CreateLogger(string categoryName);
    }
    public static class LoggerFactoryExtensions
    {
        public static ILogger<T> CreateLogger<T>(this ILoggerFactory factory) => null!;
    }
    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
        public static void LogDebug(this ILogger logger, string? message, params object?[] args) { }
    }
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
    }
    public static class ConfigurationBinder
    {
        public static void Bind(this IConfiguration configuration, object? instance) { }
    }
}

// ---- System.Configuration.ConfigurationManager (R12) ----
namespace System.Configuration
{
    public static class ConfigurationManager
    {
        public static NameValueCollection AppSettings { get; } = new NameValueCollection();
    }
}

// ---- SSH.NET (R02, written KeyCuttingMachine) ----
namespace Renci.SshNet
{
    public class SshCommand : IDisposable
    {
        public string Execute() => string.Empty;
        public void Dispose() { }
    }
    public class SshClient : IDisposable
    {
        public SshClient(string host, string username, string password) { }
        public void Connect() { }
        public void Disconnect() { }
        public SshCommand CreateCommand(string commandText) => new SshCommand();
        public void Dispose() { }
    }
}

// ---- M2Mqtt: types and members the shared MqttClient stub lacks (R03, R14, R15) ----
namespace uPLibrary.Networking.M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }

    public delegate void MqttMsgPublishEventHandler(object sender, Messages.MqttMsgPublishEventArgs e);

    // Shim: instance members and the MqttMsgPublishReceived event of the shared (non-partial) MqttClient stub.
    public static class M2MqttClientShims
    {
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 0;
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 0;
        public static void OnMqttMsgPublishReceived(this MqttClient client, MqttMsgPublishEventHandler handler) { }
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
    public class MqttMsgPublishEventArgs : EventArgs
    {
        public string Topic { get; } = string.Empty;
        public byte[] Message { get; } = Array.Empty<byte>();
    }
}

// ---- Azure IoT device SDK: types and members the shared stub lacks (R09, R10, R14, written files) ----
namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
        public byte[] GetBytes() => Array.Empty<byte>();
    }
    public static class AuthenticationMethodFactory
    {
        public static IAuthenticationMethod CreateAuthenticationWithToken(string deviceId, string token) => null!;
    }
    // Shim: instance members of the shared (non-partial) DeviceClient stub.
    public static class DeviceClientShims
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task<Message?> ReceiveAsync(this DeviceClient client) => Task.FromResult<Message?>(null);
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

// ---- Azure IoT service SDK (R04, R09, R10) ----
namespace Microsoft.Azure.Devices
{
    public enum TransportType { Amqp, Amqp_WebSocket_Only }
    public class Message
    {
        public Message(byte[] byteArray) { }
    }
    public class CloudToDeviceMethod
    {
        public CloudToDeviceMethod(string methodName) { }
        public TimeSpan ResponseTimeout { get; set; }
    }
    public class CloudToDeviceMethodResult
    {
        public int Status { get; set; }
    }
    public class ServiceClient
    {
        public static ServiceClient CreateFromConnectionString(string connectionString) => new ServiceClient();
        public Task SendAsync(string deviceId, Message message) => Task.CompletedTask;
        public Task<CloudToDeviceMethodResult> InvokeDeviceMethodAsync(string deviceId, CloudToDeviceMethod cloudToDeviceMethod) => Task.FromResult(new CloudToDeviceMethodResult());
    }
    public class RegistryManager
    {
        public static RegistryManager CreateFromConnectionString(string connectionString) => new RegistryManager();
        public Task<Microsoft.Azure.Devices.Shared.Twin> GetTwinAsync(string deviceId) => Task.FromResult(new Microsoft.Azure.Devices.Shared.Twin());
        public Task<Microsoft.Azure.Devices.Shared.Twin> UpdateTwinAsync(string deviceId, string jsonTwinPatch, string etag) => Task.FromResult(new Microsoft.Azure.Devices.Shared.Twin());
    }
}
namespace Microsoft.Azure.Devices.Shared
{
    public class TwinCollection
    {
        public bool Contains(string propertyName) => false;
        public object this[string propertyName] => string.Empty;
    }
    public class TwinProperties
    {
        public TwinCollection Desired { get; } = new TwinCollection();
    }
    public class Twin
    {
        public string DeviceId { get; set; } = string.Empty;
        public string ETag { get; set; } = string.Empty;
        public TwinProperties Properties { get; } = new TwinProperties();
    }
}

// ---- InfluxDB client (R06) ----
namespace InfluxDB.Client.Api.Domain
{
    public enum WritePrecision { Ns, Us, Ms, S }
}
namespace InfluxDB.Client.Writes
{
    public class PointData
    {
        public static PointData Measurement(string measurementName) => new PointData();
        public PointData Tag(string name, string? value) => this;
        public PointData Field(string name, double value) => this;
        public PointData Timestamp(DateTime timestamp, InfluxDB.Client.Api.Domain.WritePrecision timeUnit) => this;
    }
}
namespace InfluxDB.Client
{
    public class WriteApiAsync
    {
        public Task WritePointAsync(InfluxDB.Client.Writes.PointData point, string? bucket = null, string? org = null) => Task.CompletedTask;
        public Task WritePointsAsync(List<InfluxDB.Client.Writes.PointData> points, string? bucket = null, string? org = null) => Task.CompletedTask;
    }
    public class InfluxDBClient : IDisposable
    {
        public WriteApiAsync GetWriteApiAsync() => new WriteApiAsync();
        public void Dispose() { }
    }
    public static class InfluxDBClientFactory
    {
        public static InfluxDBClient Create(string url, char[] token) => new InfluxDBClient();
    }
}

// ---- Telegram.Bot (R08) ----
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token, HttpClient? httpClient = null) { }
        public Task SendMessage(long chatId, string text, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}

// ---- Newtonsoft.Json (R09, R11) ----
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static T? DeserializeObject<T>(string value) => default;
        public static string SerializeObject(object? value) => string.Empty;
    }
}
namespace Newtonsoft.Json.Linq
{
    public class JToken
    {
        public override string ToString() => string.Empty;
    }
    public class JObject : JToken
    {
        public static JObject Parse(string json) => new JObject();
        public bool TryGetValue(string propertyName, out JToken? value)
        {
            value = null;
            return false;
        }
    }
}

// ---- MQTTnet v3 (R12, R13, written PostageFrankingMeter): types and builder members the shared v3 stub lacks ----
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    public interface IMqttClientCredentials
    {
        string Username { get; }
        byte[] Password { get; }
    }
    public class MqttClientTcpOptions
    {
        public string Server { get; set; } = string.Empty;
        public int? Port { get; set; }
    }
    public class MqttClientOptions : IMqttClientOptions
    {
        public string ClientId { get; set; } = string.Empty;
        public IMqttClientCredentials? Credentials { get; set; }
        public MqttClientTcpOptions? ChannelOptions { get; set; }
    }
    // Shim: builder members of the shared (non-partial) v3 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV3Shims
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => new MqttClientOptions();
    }
}
namespace MQTTnet.Client
{
    // MQTTnet v3 client interface (the shared stubs declare no client).
    public interface IMqttClient
    {
        Task ConnectAsync(MQTTnet.Client.Options.IMqttClientOptions options);
        Task SubscribeAsync(string topic);
        Task PublishAsync(string topic, byte[] payload);
    }
}
namespace MQTTnet
{
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null!;
    }
}
namespace MQTTnet.Extensions.ManagedClient
{
    public class ManagedMqttClientOptions
    {
        public MQTTnet.Client.Options.IMqttClientOptions? ClientOptions { get; set; }
        public TimeSpan AutoReconnectDelay { get; set; }
    }
    public class ManagedMqttClient
    {
        public Task StartAsync(ManagedMqttClientOptions options) => Task.CompletedTask;
        public Task PublishAsync(string topic, string payload) => Task.CompletedTask;
    }
}
