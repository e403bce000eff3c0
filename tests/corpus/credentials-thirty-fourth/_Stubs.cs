// corpus34 library stubs: the surface the shared Stubs.g.cs lacks, compiled into the device project (the shared stubs
// are a library of their own). Minimal, with the real libraries' namespaces, type names and parameter names as far as the
// corpus uses them; bodies are empty or return defaults. C# 12 only: no extension blocks, no `field` keyword, no params
// collections of non-array type. Nothing here redeclares a type Stubs.g.cs declares in the same namespace: members the
// shared (non-partial) classes lack are classic extension methods, each marked "Shim:". Helper classes of the adapted
// projects live in the adapted files, marked "added".
#nullable enable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// ---- Microsoft.Extensions.Configuration / Logging (R04, R05) ----
namespace Microsoft.Extensions.Configuration
{
    public interface IConfigurationSection : IConfiguration
    {
        string Key { get; }
        string? Value { get; }
        bool Exists();
    }
    public interface IConfiguration
    {
        string? this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
    }
    public static class ConfigurationExtensions
    {
        public static string? GetConnectionString(this IConfiguration configuration, string name) => configuration["ConnectionStrings:" + name];
    }
}
namespace Microsoft.Extensions.Logging
{
    public interface ILogger { }
    public interface ILogger<out TCategoryName> : ILogger { }
    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
        public static void LogWarning(this ILogger logger, string? message, params object?[] args) { }
        public static void LogError(this ILogger logger, Exception? exception, string? message, params object?[] args) { }
    }
}

// ---- Azure IoT device SDK: types and members the shared stub lacks (R03, R05) ----
namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
    }
    public class DeviceAuthenticationWithX509Certificate : IAuthenticationMethod
    {
        public DeviceAuthenticationWithX509Certificate(string deviceId, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) { }
    }
    // Shim: instance members of the shared (non-partial) DeviceClient stub.
    public static class DeviceClientShims
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task CloseAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

// ---- InfluxDB client (R04) ----
namespace InfluxDB.Client
{
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public Task<bool> PingAsync() => Task.FromResult(true);
        public void Dispose() { }
    }
}

// ---- MQTTnet v3 / v4 / v5 client surfaces the shared stubs lack (R07, R10, R12, R14, R15, written files) ----
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    // Shim: builder members of the shared (non-partial) v3 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV3Shims
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => new V3Options();
        private sealed class V3Options : IMqttClientOptions { }
    }
}
namespace MQTTnet.Client
{
    // One client interface for the v3 and v4 option types (the shared stubs declare no client).
    public interface IMqttClient
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task ConnectAsync(MQTTnet.Client.Options.IMqttClientOptions options, CancellationToken cancellationToken = default);
        Task SubscribeAsync(string topic);
        Task PublishStringAsync(string topic, string payload);
        Task DisconnectAsync();
    }
}
namespace MQTTnet
{
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null!;
        public MQTTnet.Extensions.ManagedClient.IManagedMqttClient CreateManagedMqttClient() => null!;
    }
    // MQTTnet v5 client and factory.
    public interface IMqttClient
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishStringAsync(string topic, string payload, CancellationToken cancellationToken = default);
    }
    public class MqttClientFactory
    {
        public IMqttClient CreateMqttClient() => null!;
    }
    // Shim: builder member of the shared (non-partial) v5 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV5Shims
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
    }
}
namespace MQTTnet.Extensions.ManagedClient
{
    public class ManagedMqttClientOptions { }
    public class ManagedMqttClientOptionsBuilder
    {
        public ManagedMqttClientOptionsBuilder WithAutoReconnectDelay(TimeSpan value) => this;
        public ManagedMqttClientOptionsBuilder WithClientOptions(MQTTnet.Client.Options.IMqttClientOptions value) => this;
        public ManagedMqttClientOptions Build() => new ManagedMqttClientOptions();
    }
    public interface IManagedMqttClient
    {
        Task StartAsync(ManagedMqttClientOptions options);
        Task PublishStringAsync(string topic, string payload);
    }
}

// ---- M2Mqtt: members the shared MqttClient stub lacks (R09, written files) ----
namespace uPLibrary.Networking.M2Mqtt
{
    // Shim: instance members of the shared (non-partial) MqttClient stub.
    public static class M2MqttClientShims
    {
        public static ushort Publish(this MqttClient client, string topic, byte[]? message) => 0;
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 0;
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
}

// ---- OPC UA: Workstation.UaClient (R06) and the OPC Foundation stack (R16) ----
namespace Workstation.ServiceModel.Ua
{
    public enum ApplicationType { Server, Client }
    public class ApplicationDescription
    {
        public string? ApplicationName { get; set; }
        public string? ApplicationUri { get; set; }
        public ApplicationType ApplicationType { get; set; }
    }
    public interface IUserIdentity { }
    public class AnonymousIdentity : IUserIdentity { }
    public class UserNameIdentity : IUserIdentity { public UserNameIdentity(string userName, string password) { } }
    public static class SecurityPolicyUris
    {
        public const string None = "http://opcfoundation.org/UA/SecurityPolicy#None";
    }
}
namespace Workstation.ServiceModel.Ua.Channels
{
    public class UaTcpSessionChannel
    {
        public UaTcpSessionChannel(Workstation.ServiceModel.Ua.ApplicationDescription localDescription, object? certificateStore,
            Workstation.ServiceModel.Ua.IUserIdentity userIdentity, string endpointUrl, string? securityPolicyUri = null) { }
        public Task OpenAsync() => Task.CompletedTask;
        public Task CloseAsync() => Task.CompletedTask;
        public Task AbortAsync() => Task.CompletedTask;
    }
}
namespace Opc.Ua
{
    public class AnonymousIdentityToken { }
    public class UserIdentity
    {
        public UserIdentity(AnonymousIdentityToken token) { }
        public UserIdentity(string userName, string password) { }
    }
    public class ApplicationConfiguration { public string? ApplicationUri { get; set; } }
    public class ConfiguredEndpoint { }
}
namespace Opc.Ua.Client
{
    public class Session
    {
        public static Task<Session> Create(Opc.Ua.ApplicationConfiguration configuration, Opc.Ua.ConfiguredEndpoint endpoint, bool updateBeforeConnect,
            string sessionName, uint sessionTimeout, Opc.Ua.UserIdentity identity, IList<string>? preferredLocales) => Task.FromResult(new Session());
    }
}
