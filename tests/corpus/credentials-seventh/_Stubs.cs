// Library surface the test stubs (tests/IoTSecure.Analyzers.Tests/Infrastructure/Stubs.cs) lack, declared under the
// real namespaces with the real libraries' parameter names where they matter. Bodies are placeholders: only the
// symbols are needed for the compile check. Vendor SDKs marked "made up" do not exist under that name.
#nullable disable
#pragma warning disable CS0067, CS1998

// ---------------------------------------------------------------- MQTTnet 4 (client and server)
namespace MQTTnet
{
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new MQTTnet.Server.MqttServer();
    }
}

namespace MQTTnet.Client
{
    using System;
    using System.Threading;
    using System.Threading.Tasks;

    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task PublishStringAsync(string topic, string payload = null);
        Task SubscribeAsync(string topic);
        Task DisconnectAsync();
    }

    public static class MqttClientOptionsBuilderExtensions
    {
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}

namespace MQTTnet.Protocol
{
    public enum MqttConnectReasonCode
    {
        Success = 0,
        UnspecifiedError = 128,
        ClientIdentifierNotValid = 133,
        BadUserNameOrPassword = 134,
        NotAuthorized = 135,
    }
}

namespace MQTTnet.Server
{
    using System;
    using System.Threading.Tasks;

    public class MqttServerOptions { }

    public class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
        public MqttServerOptionsBuilder WithDefaultEndpointPort(int value) => this;
        public MqttServerOptions Build() => new MqttServerOptions();
    }

    public class MqttServer
    {
        public event Func<ValidatingConnectionEventArgs, Task> ValidatingConnectionAsync;
        public Task StartAsync() => Task.CompletedTask;
        public Task StopAsync() => Task.CompletedTask;
    }
}

// ---------------------------------------------------------------- M2Mqtt (classic and nanoFramework)
namespace uPLibrary.Networking.M2Mqtt
{
    public static class MqttSslProtocols
    {
        public const int None = 0;
        public const int TLSv1_2 = 3;
    }

    public static class MqttClientExtensions
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 0;
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 0;
    }
}

namespace uPLibrary.Networking.M2Mqtt.Messages
{
    public static class MqttMsgBase
    {
        public const byte QOS_LEVEL_AT_MOST_ONCE = 0x00;
        public const byte QOS_LEVEL_AT_LEAST_ONCE = 0x01;
        public const byte QOS_LEVEL_EXACTLY_ONCE = 0x02;
    }
}

namespace nanoFramework.M2Mqtt
{
    public static class MqttClientExtensions
    {
        public static ushort PublishString(this MqttClient client, string topic, string payload) => 0;
    }
}

// ---------------------------------------------------------------- Meadow
namespace Meadow
{
    using System.Threading.Tasks;

    public abstract class App<TDevice> where TDevice : new()
    {
        public static TDevice Device { get; } = new TDevice();
        public virtual Task Initialize() => Task.CompletedTask;
        public virtual Task Run() => Task.CompletedTask;
    }

    public class Logger
    {
        public void Info(string message) { }
        public void Warn(string message) { }
        public void Error(string message) { }
    }

    public static class Resolver
    {
        public static Logger Log { get; } = new Logger();
    }
}

namespace Meadow.Devices
{
    public class NetworkAdapterCollection
    {
        public T Primary<T>() where T : class => null;
    }

    public class F7FeatherV2
    {
        public NetworkAdapterCollection NetworkAdapters { get; } = new NetworkAdapterCollection();
    }
}

// ---------------------------------------------------------------- Azure IoT device, provisioning and service SDKs
namespace Microsoft.Azure.Devices.Client
{
    using System.Collections.Generic;
    using System.Threading.Tasks;
    using Microsoft.Azure.Devices.Shared;

    public class Message
    {
        public Message(byte[] byteArray) { }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
    }

    public class MethodRequest
    {
        public string Name { get; set; }
        public string DataAsJson { get; set; }
    }

    public class MethodResponse
    {
        public MethodResponse(byte[] result, int status) { }
    }

    public delegate Task<MethodResponse> MethodCallback(MethodRequest methodRequest, object userContext);

    public static class DeviceClientExtensions
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task UpdateReportedPropertiesAsync(this DeviceClient client, TwinCollection reportedProperties) => Task.CompletedTask;
        public static Task SetMethodHandlerAsync(this DeviceClient client, string methodName, MethodCallback methodHandler, object userContext) => Task.CompletedTask;
    }
}

namespace Microsoft.Azure.Devices.Shared
{
    using System.Collections.Generic;

    public class TwinCollection
    {
        private readonly Dictionary<string, object> _values = new Dictionary<string, object>();
        public object this[string propertyName] { get => _values[propertyName]; set => _values[propertyName] = value; }
    }
}

namespace Microsoft.Azure.Devices.Provisioning.Client
{
    using System.Threading.Tasks;

    public enum ProvisioningRegistrationStatusType { Unassigned, Assigning, Assigned, Failed, Disabled }

    public class DeviceRegistrationResult
    {
        public string DeviceId { get; set; }
        public string AssignedHub { get; set; }
        public ProvisioningRegistrationStatusType Status { get; set; }
    }

    public class ProvisioningDeviceClient
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, object securityProvider, object transport) => new ProvisioningDeviceClient();
        public Task<DeviceRegistrationResult> RegisterAsync() => Task.FromResult(new DeviceRegistrationResult());
    }
}

namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
{
    public class ProvisioningTransportHandlerMqtt : System.IDisposable
    {
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Microsoft.Extensions.Configuration (subset)
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
    }
}

// ---------------------------------------------------------------- nanoFramework WebServer additions
namespace nanoFramework.WebServer
{
    using System;
    using System.Net;

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }

    [AttributeUsage(AttributeTargets.Method)]
    public class CaseSensitiveAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method)]
    public class MethodAttribute : Attribute { public MethodAttribute(string method) { } }

    public class WebServerEventArgs
    {
        public HttpListenerContext Context { get; set; }
    }

    public static class WebServerResponse
    {
        public static void OutPutStream(HttpListenerResponse response, string strResponse) { }
        public static void OutputHttpCode(HttpListenerResponse response, HttpStatusCode code) { }
    }

    public static class WebServerExtensions
    {
        public static bool Start(this WebServer server) => true;
    }
}

// ---------------------------------------------------------------- System.IO.Ports (package, not in the shared framework)
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
        public SerialPort(string portName, int baudRate) { PortName = portName; BaudRate = baudRate; }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public int DataBits { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public int ReadTimeout { get; set; }
        public int WriteTimeout { get; set; }
        public string NewLine { get; set; } = "\n";
        public event SerialDataReceivedEventHandler DataReceived;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => string.Empty;
        public string ReadLine() => string.Empty;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- RabbitMQ.Client 6
namespace RabbitMQ.Client
{
    using System;
    using System.Collections.Generic;

    public interface IBasicProperties { }

    public interface IModel : IDisposable
    {
        void QueueDeclare(string queue, bool durable, bool exclusive, bool autoDelete, IDictionary<string, object> arguments);
        void BasicPublish(string exchange, string routingKey, IBasicProperties basicProperties, byte[] body);
    }

    public interface IConnection : IDisposable
    {
        IModel CreateModel();
    }

    public class ConnectionFactory
    {
        public string HostName { get; set; }
        public int Port { get; set; }
        public string UserName { get; set; } = "guest";
        public string Password { get; set; } = "guest";
        public string VirtualHost { get; set; } = "/";
        public Uri Uri { get; set; }
        public IConnection CreateConnection() => null;
    }
}

// ---------------------------------------------------------------- Opc.UaFx (Traeger OPC UA SDK)
namespace Opc.UaFx
{
    public enum OpcAttribute { NodeId = 1, DisplayName = 4, Value = 13 }

    public class OpcReadNode
    {
        public OpcReadNode(string nodeId, OpcAttribute attribute = OpcAttribute.Value) { }
    }

    public class OpcCallMethod
    {
        public OpcCallMethod(string objectId, string methodId) { }
    }

    public class OpcValue
    {
        public object Value { get; set; }
    }
}

namespace Opc.UaFx.Client
{
    using System;
    using System.Collections.Generic;

    public class OpcClientIdentity
    {
        public OpcClientIdentity(string userName, string password) { }
    }

    public class OpcClientSecurity
    {
        public OpcClientIdentity UserIdentity { get; set; }
    }

    public class OpcClient : IDisposable
    {
        public OpcClient(string serverAddress) { }
        public OpcClientSecurity Security { get; } = new OpcClientSecurity();
        public void Connect() { }
        public IEnumerable<Opc.UaFx.OpcValue> ReadNodes(IEnumerable<Opc.UaFx.OpcReadNode> readNodes) => new List<Opc.UaFx.OpcValue>();
        public object[] CallMethod(Opc.UaFx.OpcCallMethod callMethod) => Array.Empty<object>();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- InfluxDB.Client
namespace InfluxDB.Client.Api.Domain
{
    public enum WritePrecision { Ms, S, Us, Ns }
}

namespace InfluxDB.Client.Writes
{
    using System;
    using InfluxDB.Client.Api.Domain;

    public sealed class PointData
    {
        public static PointData Measurement(string measurementName) => new PointData();
        public PointData Tag(string name, string value) => this;
        public PointData Field(string name, double value) => this;
        public PointData Timestamp(DateTime timestamp, WritePrecision timeUnit) => this;
    }
}

namespace InfluxDB.Client
{
    using System;
    using InfluxDB.Client.Writes;

    public class WriteApi : IDisposable
    {
        public void WritePoint(PointData point, string bucket = null, string org = null) { }
        public void Dispose() { }
    }

    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApi GetWriteApi() => new WriteApi();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Databases
namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : System.IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }

    public sealed class SqlConnectionStringBuilder
    {
        public string DataSource { get; set; }
        public string InitialCatalog { get; set; }
        public string UserID { get; set; }
        public string Password { get; set; }
        public bool IntegratedSecurity { get; set; }
        public string ConnectionString { get; set; }
    }
}

namespace Npgsql
{
    public sealed class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Dispose() { }
    }
}

namespace MySqlConnector
{
    public sealed class MySqlConnection : System.IDisposable
    {
        public MySqlConnection(string connectionString) { }
        public void Dispose() { }
    }
}

namespace StackExchange.Redis
{
    public sealed class ConnectionMultiplexer : System.IDisposable
    {
        public static ConnectionMultiplexer Connect(string configuration) => new ConnectionMultiplexer();
        public void Dispose() { }
    }
}

namespace MongoDB.Driver
{
    public class MongoClient
    {
        public MongoClient(string connectionString) { }
    }
}

// ---------------------------------------------------------------- Azure SDK
namespace Azure
{
    public class AzureKeyCredential
    {
        public AzureKeyCredential(string key) { }
    }
}

namespace Azure.Messaging.ServiceBus
{
    public class ServiceBusClient
    {
        public ServiceBusClient(string connectionString) { }
    }
}

namespace Azure.Storage.Blobs
{
    public class BlobServiceClient
    {
        public BlobServiceClient(string connectionString) { }
    }

    public class BlobContainerClient
    {
        public BlobContainerClient(System.Uri blobContainerUri) { }
    }
}

// ---------------------------------------------------------------- AWS SDK
namespace Amazon.Runtime
{
    public class BasicAWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

// ---------------------------------------------------------------- NATS.Client.Core
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
        public string Url { get; init; }
        public NatsAuthOpts AuthOpts { get; init; }
    }
}

// ---------------------------------------------------------------- #SNMP additions
namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }

    public sealed class ObjectIdentifier
    {
        public ObjectIdentifier(uint[] numerical) { }
        public ObjectIdentifier(string text) { }
    }

    public sealed class Variable
    {
        public Variable(ObjectIdentifier id) { }
        public Variable(ObjectIdentifier id, OctetString data) { }
        public object Data { get; set; }
    }
}

namespace Lextm.SharpSnmpLib.Messaging
{
    using System.Collections.Generic;
    using System.Net;

    public static class Messenger
    {
        public static IList<Variable> Get(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
    }
}

// ---------------------------------------------------------------- Vendor SDKs (made up)
namespace Laird.Bl654
{
    public class SecurityManager
    {
        public void SetStaticPasskey(uint passkey) { }
        public void SetOobKey(byte[] oobKey) { }
        public void EnableBonding(bool mitm) { }
    }
}

namespace SeeedStudio.LoRaE5
{
    public class LoRaE5Modem
    {
        public LoRaE5Modem(string portName) { }
        public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => true;
        public bool ActivateAbp(uint devAddr, byte[] nwkSKey, byte[] appSKey) => true;
        public bool Send(byte port, byte[] payload) => true;
    }
}

namespace Axis.Vapix
{
    public class VapixSession
    {
        public VapixSession(string host) { }
        public bool Login(string userName, string password) => true;
    }
}

namespace Commend.Sip
{
    public class SipUserAgent
    {
        public string Realm { get; set; }
        public bool Register(string registrar, string userName, string password) => true;
    }
}
