// Library surface the corpus compiles against that tests/IoTSecure.Analyzers.Tests/Infrastructure/Stubs.cs (All)
// lacks. Real namespaces, type names and parameter names; bodies are placeholders. No string literals here.
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public enum Handshake { None, XOnXOff, RequestToSend, RequestToSendXOnXOff }
    public class SerialDataReceivedEventArgs : EventArgs { }
    public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);
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
        public int WriteTimeout { get; set; }
        public bool DtrEnable { get; set; }
        public bool RtsEnable { get; set; }
        public bool IsOpen => true;
        public event SerialDataReceivedEventHandler DataReceived;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => null;
        public string ReadLine() => null;
        public void DiscardInBuffer() { }
        public static string[] GetPortNames() => Array.Empty<string>();
        public void Dispose() { }
    }
}

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
    }
    public interface IConfigurationSection : IConfiguration { string Value { get; set; } }
    public interface IConfigurationRoot : IConfiguration { }
    public class ConfigurationBuilder
    {
        public ConfigurationBuilder SetBasePath(string basePath) => this;
        public ConfigurationBuilder AddJsonFile(string path, bool optional, bool reloadOnChange) => this;
        public ConfigurationBuilder AddEnvironmentVariables() => this;
        public IConfigurationRoot Build() => null;
    }
    public static class ConfigurationExtensions
    {
        public static string GetConnectionString(this IConfiguration configuration, string name) => null;
    }
}

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class { TOptions Value { get; } }
    public static class Options
    {
        public static IOptions<TOptions> Create<TOptions>(TOptions options) where TOptions : class => null;
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection { }
    public class ServiceCollection : IServiceCollection { public IServiceProvider BuildServiceProvider() => null; }
    public static class OptionsServiceCollectionExtensions
    {
        public static IServiceCollection Configure<TOptions>(this IServiceCollection services, Action<TOptions> configureOptions) where TOptions : class => services;
        public static IServiceCollection AddSingleton<TService>(this IServiceCollection services) where TService : class => services;
        public static IServiceCollection AddScoped<TService>(this IServiceCollection services) where TService : class => services;
    }
}

namespace Microsoft.Azure.Devices.Shared
{
    public class TwinCollection : System.Collections.IEnumerable
    {
        public dynamic this[string propertyName] { get => null; set { } }
        public System.Collections.IEnumerator GetEnumerator() => null;
    }
}

namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
    }
    public delegate Task DesiredPropertyUpdateCallback(Microsoft.Azure.Devices.Shared.TwinCollection desiredProperties, object userContext);
    public static class DeviceClientExtensions
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task UpdateReportedPropertiesAsync(this DeviceClient client, Microsoft.Azure.Devices.Shared.TwinCollection reportedProperties) => Task.CompletedTask;
        public static Task SetDesiredPropertyUpdateCallbackAsync(this DeviceClient client, DesiredPropertyUpdateCallback callback, object userContext) => Task.CompletedTask;
    }
}

namespace nanoFramework.Azure.Devices.Client
{
    public static class DeviceClientExtensions
    {
        public static bool Open(this DeviceClient client) => true;
        public static bool SendMessage(this DeviceClient client, string message) => true;
    }
}

namespace MQTTnet
{
    public class MqttApplicationMessage { public byte[] PayloadSegment { get; set; } public string Topic { get; set; } public string ConvertPayloadToString() => null; }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessageBuilder WithPayload(byte[] payload) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
        public MQTTnet.Client.MqttClientSubscribeOptionsBuilder CreateSubscribeOptionsBuilder() => new MQTTnet.Client.MqttClientSubscribeOptionsBuilder();
    }
}

namespace MQTTnet.Client
{
    public class MqttApplicationMessageReceivedEventArgs { public MQTTnet.MqttApplicationMessage ApplicationMessage { get; } }
    public class MqttClientSubscribeOptions { }
    public class MqttTopicFilterBuilder { public MqttTopicFilterBuilder WithTopic(string topic) => this; }
    public class MqttClientSubscribeOptionsBuilder
    {
        public MqttClientSubscribeOptionsBuilder WithTopicFilter(Action<MqttTopicFilterBuilder> topicFilterBuilder) => this;
        public MqttClientSubscribeOptions Build() => new MqttClientSubscribeOptions();
    }
    public interface IMqttClient : IDisposable
    {
        event Func<MqttApplicationMessageReceivedEventArgs, Task> ApplicationMessageReceivedAsync;
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
        Task SubscribeAsync(MqttClientSubscribeOptions options, CancellationToken cancellationToken = default);
        Task DisconnectAsync();
    }
    public static class MqttClientOptionsBuilderExtensions
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
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

namespace MongoDB.Driver
{
    public interface IMongoCollection<TDocument> { void InsertOne(TDocument document); }
    public interface IMongoDatabase
    {
        void CreateCollection(string name);
        IMongoCollection<TDocument> GetCollection<TDocument>(string name);
    }
    public class MongoClient
    {
        public MongoClient(string connectionString) { }
        public IMongoDatabase GetDatabase(string name) => null;
    }
}

namespace Npgsql
{
    public class NpgsqlParameterCollection { public void AddWithValue(string parameterName, object value) { } }
    public class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Close() { }
        public void Dispose() { }
    }
    public class NpgsqlCommand : IDisposable
    {
        public NpgsqlCommand() { }
        public NpgsqlCommand(string cmdText, NpgsqlConnection connection) { }
        public NpgsqlConnection Connection { get; set; }
        public string CommandText { get; set; }
        public NpgsqlParameterCollection Parameters { get; } = new NpgsqlParameterCollection();
        public int ExecuteNonQuery() => 0;
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
    public interface IDatabase { bool StringSet(string key, string value); string StringGet(string key); }
    public class ConnectionMultiplexer
    {
        public static ConnectionMultiplexer Connect(string configuration) => null;
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => null;
        public IDatabase GetDatabase(int db = -1) => null;
    }
}

namespace Opc.Ua
{
    public enum UserTokenType { Anonymous = 0, UserName = 1, Certificate = 2, IssuedToken = 3 }
    public interface IUserIdentity { }
    public class AnonymousIdentityToken { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity(AnonymousIdentityToken token) { }
        public UserIdentity(string username, string password) { }
    }
    public class ClientConfiguration { public int DefaultSessionTimeout { get; set; } }
    public class ApplicationConfiguration { public string ApplicationName { get; set; } public ClientConfiguration ClientConfiguration { get; set; } }
    public class EndpointDescription { }
    public class EndpointConfiguration { public static EndpointConfiguration Create(ApplicationConfiguration applicationConfiguration) => null; }
    public class ConfiguredEndpoint { public ConfiguredEndpoint(object collection, EndpointDescription description, EndpointConfiguration configuration) { } }
}

namespace Opc.Ua.Configuration
{
    public class ApplicationInstance
    {
        public Opc.Ua.ApplicationConfiguration ApplicationConfiguration { get; set; }
        public Task<Opc.Ua.ApplicationConfiguration> LoadApplicationConfiguration(string filePath, bool silent) => null;
        public Task<bool> CheckApplicationInstanceCertificate(bool silent, ushort minimumKeySize) => null;
    }
}

namespace Opc.Ua.Client
{
    public class Session : IDisposable
    {
        public static Task<Session> Create(Opc.Ua.ApplicationConfiguration configuration, Opc.Ua.ConfiguredEndpoint endpoint, bool updateBeforeConnect, string sessionName, uint sessionTimeout, Opc.Ua.IUserIdentity identity, IList<string> preferredLocales) => null;
        public Task CloseAsync() => Task.CompletedTask;
        public void Dispose() { }
    }
    public static class CoreClientUtils
    {
        public static Opc.Ua.EndpointDescription SelectEndpoint(string discoveryUrl, bool useSecurity) => null;
    }
}

namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public enum GenericCode { ColdStart = 0, EnterpriseSpecific = 6 }
    public interface ISnmpData { }
    public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } public ObjectIdentifier(uint[] id) { } }
    public sealed class Variable { public Variable(ObjectIdentifier id) { } public Variable(ObjectIdentifier id, ISnmpData data) { } public ISnmpData Data { get; } public ObjectIdentifier Id { get; } }
    public sealed class Integer32 : ISnmpData { public Integer32(int value) { } }
}

namespace Lextm.SharpSnmpLib.Messaging
{
    using System.Net;
    public enum WalkMode { Default = 0, WithinSubtree = 1 }
    public interface ISnmpMessage { }
    public static class Messenger
    {
        public static IList<Variable> Get(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
        public static Task<IList<Variable>> GetAsync(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, CancellationToken cancellationToken = default) => null;
        public static IList<Variable> Set(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
        public static int Walk(VersionCode version, IPEndPoint endpoint, OctetString community, ObjectIdentifier table, IList<Variable> list, int timeout, WalkMode mode) => 0;
        public static void SendTrapV2(int requestId, VersionCode version, EndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables) { }
    }
}

namespace Mictlanix.DotNet.Rtsp
{
    public class RTSPClient
    {
        public int Timeout { get; set; }
        public event Action<byte[], byte[]> ParameterSetsReceived;
        public event Action<List<byte[]>> FrameReceived;
        public void Connect(string url, string username, string password) { }
        public bool IsStreamingFinished() => true;
        public void Stop() { }
    }
}

namespace Mictlanix.DotNet.Onvif.Common
{
    public class Profile { public string token { get; set; } public string Name { get; set; } }
    public class GetProfilesResponse { public Profile[] Profiles { get; set; } }
    public class PTZPreset { public string token { get; set; } public string Name { get; set; } }
    public class GetPresetsResponse { public PTZPreset[] Preset { get; set; } }
    public class SetPresetRequest { public string ProfileToken { get; set; } public string PresetName { get; set; } }
    public class SetPresetResponse { public string PresetToken { get; set; } }
    public class DeviceInformation { public string Manufacturer { get; set; } public string Model { get; set; } public string FirmwareVersion { get; set; } }
}

namespace Mictlanix.DotNet.Onvif.Device
{
    public class DeviceClient { public Task<Mictlanix.DotNet.Onvif.Common.DeviceInformation> GetDeviceInformationAsync() => null; }
}

namespace Mictlanix.DotNet.Onvif.Media
{
    public class MediaClient { public Task<Mictlanix.DotNet.Onvif.Common.GetProfilesResponse> GetProfilesAsync() => null; }
}

namespace Mictlanix.DotNet.Onvif.Ptz
{
    public class PTZClient
    {
        public Task<Mictlanix.DotNet.Onvif.Common.GetPresetsResponse> GetPresetsAsync(string profileToken) => null;
        public Task GotoPresetAsync(string profileToken, string presetToken, object speed) => Task.CompletedTask;
        public Task<Mictlanix.DotNet.Onvif.Common.SetPresetResponse> SetPresetAsync(Mictlanix.DotNet.Onvif.Common.SetPresetRequest request) => null;
    }
}

namespace Mictlanix.DotNet.Onvif
{
    public static class OnvifClientFactory
    {
        public static Task<Mictlanix.DotNet.Onvif.Device.DeviceClient> CreateDeviceClientAsync(string host, string username, string password) => null;
        public static Task<Mictlanix.DotNet.Onvif.Media.MediaClient> CreateMediaClientAsync(string host, string username, string password) => null;
        public static Task<Mictlanix.DotNet.Onvif.Ptz.PTZClient> CreatePTZClientAsync(string host, string username, string password) => null;
    }
}

// Made-up vendor SDKs with realistic parameter names (as the earlier corpora do).
namespace Ilcms.LampNode.Radio
{
    public class LampNodeModem
    {
        public LampNodeModem(string serialPort) { }
        public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => true;
        public bool ActivateAbp(uint devAddr, byte[] nwkSKey, byte[] appSKey) => true;
        public bool Send(byte port, byte[] payload) => true;
    }
}

namespace Rfx.Transmitters.RemoteControl
{
    public class TxSession : IDisposable
    {
        public TxSession(string host, int port) { }
        public bool Login(string userName, string password) => true;
        public void SetPowerPercent(int percent) { }
        public void Dispose() { }
    }
}
