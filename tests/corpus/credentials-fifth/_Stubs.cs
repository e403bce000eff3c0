// Library surface used by corpus5 and not already declared in corpus-check/lib/TestStubs.cs.
// Signatures follow the real libraries where they exist (parameter names included); the vendor SDKs
// Nordic.Ble, Seeed.LoRaWan, Acme.Nfc.Desfire, Onity.Encoder and StreamWorks.Partner are made up.
// Members missing from types already stubbed in TestStubs.cs are extension methods in the library's namespace.
#pragma warning disable CS8618, CS8625, CS0067
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Nordic.Ble
{
    public enum IoCapability { DisplayOnly, DisplayYesNo, KeyboardOnly, NoInputNoOutput, KeyboardDisplay }
    public sealed class PeripheralSecurity
    {
        public IoCapability IoCapability { get; set; }
        public uint StaticPasskey { get; set; }
        public bool BondingRequired { get; set; }
    }
}

namespace System.IO.Ports
{
    public class SerialPort : IDisposable
    {
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void Write(byte[] buffer, int offset, int count) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public void Dispose() { }
    }
}

namespace Seeed.LoRaWan
{
    public class LoRaModem
    {
        public void JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) { }
        public void Send(byte port, byte[] payload, bool confirmed = false) { }
    }
}

namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : IDisposable
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
        public bool Encrypt { get; set; }
        public string ConnectionString { get; set; }
    }
}

namespace Opc.Ua
{
    public class ApplicationConfiguration { }
    public class ConfiguredEndpoint { public ConfiguredEndpoint(string endpointUrl) { } }
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity(string userName, string password) { }
        public UserIdentity(string userName, byte[] password) { }
    }
}
namespace Opc.Ua.Client
{
    public class Session
    {
        public static Task<Session> Create(Opc.Ua.ApplicationConfiguration configuration, Opc.Ua.ConfiguredEndpoint endpoint, bool updateBeforeConnect, string sessionName, uint sessionTimeout, Opc.Ua.IUserIdentity identity, IList<string> preferredLocales) => Task.FromResult(new Session());
    }
}

namespace Meadow.Logging { public class Logger { public void Info(string message) { } } }
namespace Meadow
{
    public abstract class App<TDevice> where TDevice : new()
    {
        public static TDevice Device { get; } = new TDevice();
        public virtual Task Initialize() => Task.CompletedTask;
        public virtual Task Run() => Task.CompletedTask;
    }
    public static class Resolver { public static Meadow.Logging.Logger Log { get; } = new(); }
}
namespace Meadow.Hardware
{
    public class NetworkAdapterCollection { public T Primary<T>() where T : class => null; }
}
namespace Meadow.Devices
{
    public class F7FeatherV2 { public Meadow.Hardware.NetworkAdapterCollection NetworkAdapters { get; } = new(); }
}
namespace Meadow.Foundation.Web.Maple
{
    public enum RequestProcessMode { Serial, Parallel }
    public class MapleServer
    {
        public MapleServer(bool advertise = false, RequestProcessMode processMode = RequestProcessMode.Serial, Meadow.Logging.Logger logger = null) { }
        public void Start() { }
    }
}

namespace Confluent.Kafka
{
    public enum SecurityProtocol { Plaintext, Ssl, SaslPlaintext, SaslSsl }
    public enum SaslMechanism { Plain, ScramSha256, ScramSha512, OAuthBearer }
    public class ProducerConfig
    {
        public string BootstrapServers { get; set; }
        public SecurityProtocol? SecurityProtocol { get; set; }
        public SaslMechanism? SaslMechanism { get; set; }
        public string SaslUsername { get; set; }
        public string SaslPassword { get; set; }
    }
    public interface IProducer<TKey, TValue> : IDisposable { }
    public class ProducerBuilder<TKey, TValue>
    {
        public ProducerBuilder(IEnumerable<KeyValuePair<string, string>> config) { }
        public ProducerBuilder(ProducerConfig config) { }
        public IProducer<TKey, TValue> Build() => null;
    }
}

namespace Acme.Nfc.Desfire
{
    public interface IDesfireCard
    {
        bool AuthenticateClassic(int sector, byte[] key);
        void SelectApplication(int aid);
        bool AuthenticateAes(byte keyNo, byte[] aesKey);
    }
}

namespace Onity.Encoder
{
    public sealed class EncoderSession
    {
        public static EncoderSession Login(string station, string user, string password) => new();
    }
}

namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
{
    public abstract class ProvisioningTransportHandler : IDisposable { public void Dispose() { } }
    public class ProvisioningTransportHandlerMqtt : ProvisioningTransportHandler { }
}
namespace Microsoft.Azure.Devices.Provisioning.Client
{
    public enum ProvisioningRegistrationStatusType { Unassigned, Assigning, Assigned, Failed, Disabled }
    public class DeviceRegistrationResult
    {
        public ProvisioningRegistrationStatusType Status { get; }
        public string DeviceId { get; }
        public string AssignedHub { get; }
    }
    public class ProvisioningDeviceClient
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, object securityProvider, Transport.ProvisioningTransportHandler transport) => new();
        public Task<DeviceRegistrationResult> RegisterAsync(CancellationToken cancellationToken = default) => Task.FromResult(new DeviceRegistrationResult());
    }
    public static class SecurityProviderSymmetricKeyExtensions
    {
        public static string GetPrimaryKey(this Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey provider) => null;
    }
}
namespace Microsoft.Azure.Devices.Client
{
    public static class DeviceClientExtensions
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
    }
}

namespace StreamWorks.Partner
{
    public sealed class PartnerSession { public PartnerSession(string partnerId, string clientSecret) { } }
}

namespace Amazon
{
    public sealed class RegionEndpoint { public static readonly RegionEndpoint EUCentral1 = new(); }
}
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
namespace Amazon.S3
{
    public class AmazonS3Client : IDisposable
    {
        public AmazonS3Client(Amazon.Runtime.AWSCredentials credentials, Amazon.RegionEndpoint region) { }
        public void Dispose() { }
    }
}

namespace Iot.Device.DhcpServer
{
    public class DhcpServer
    {
        public string CaptivePortalUrl { get; set; }
        public bool Start(System.Net.IPAddress serverIP, System.Net.IPAddress mask) => true;
    }
}
namespace nanoFramework.Runtime.Native
{
    public static class Power { public static void RebootDevice() { } }
}
namespace System.Net.NetworkInformation
{
    public enum AuthenticationType : byte { None = 0, EAP, PEAP, WCN, Open, Shared, WEP, WPA, WPA2 }
}
namespace nanoFramework.Networking
{
    using System.Net.NetworkInformation;

    public static class SoftApInterface
    {
        public static string IPv4Address { get; } = "0.0.0.0";
        public static byte[] PhysicalAddress { get; } = new byte[6];
        public static WirelessAPConfiguration GetConfiguration() => new();
        public static void EnableStaticIPv4(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) { }
    }
    public static class WirelessAPConfigurationExtensions
    {
        public static bool IsAutoStartEnabled(this WirelessAPConfiguration configuration) => false;
        public static void EnableAutoStart(this WirelessAPConfiguration configuration) { }
        public static void SetMaxConnections(this WirelessAPConfiguration configuration, byte maxConnections) { }
        public static void SetAuthentication(this WirelessAPConfiguration configuration, AuthenticationType authentication) { }
        public static void SaveConfiguration(this WirelessAPConfiguration configuration) { }
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

namespace Npgsql
{
    public sealed class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Dispose() { }
    }
}

namespace MQTTnet
{
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
        public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new();
    }
}
namespace MQTTnet.Client
{
    public interface IMqttClient : IDisposable
    {
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task DisconnectAsync();
    }
    public class MqttClientTlsOptionsBuilder
    {
        public MqttClientTlsOptionsBuilder WithSslProtocols(System.Security.Authentication.SslProtocols sslProtocols) => this;
        public MqttClientTlsOptionsBuilder UseTls(bool useTls = true) => this;
    }
    public static class MqttClientOptionsBuilderExtensions
    {
        public static MqttClientOptionsBuilder WithTlsOptions(this MqttClientOptionsBuilder builder, Action<MqttClientTlsOptionsBuilder> configure) => builder;
    }
}
namespace MQTTnet.Server
{
    public class MqttServerOptions { }
    public class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
        public MqttServerOptions Build() => new();
    }
    public class MqttServer
    {
        public event Func<ValidatingConnectionEventArgs, Task> ValidatingConnectionAsync;
        public Task StartAsync() => Task.CompletedTask;
    }
}

namespace Renci.SshNet
{
    public class SshCommand { public string Result { get; } = ""; }
    public class SshClient : IDisposable
    {
        public SshClient(string host, string username, string password) { }
        public SshClient(string host, int port, string username, string password) { }
        public void Connect() { }
        public SshCommand RunCommand(string commandText) => new();
        public void Dispose() { }
    }
    public class SftpClient : IDisposable
    {
        public SftpClient(string host, int port, string username, string password) { }
        public void Connect() { }
        public void UploadFile(System.IO.Stream input, string path, Action<ulong> uploadCallback = null) { }
        public void Dispose() { }
    }
}

namespace nanoFramework.WebServer
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    public class WebServerEventArgs { public void Respond(System.Net.HttpStatusCode statusCode) { } }
    public static class WebServerExtensions
    {
        public static void Start(this WebServer server) { }
        public static void UseCertificate(this WebServer server, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) { }
    }
}

namespace StackExchange.Redis
{
    public sealed class EndPointCollection
    {
        public void Add(string hostAndPort) { }
        public void Add(string host, int port) { }
    }
    public sealed class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new();
        public bool Ssl { get; set; }
        public string User { get; set; }
        public string Password { get; set; }
        public bool AbortOnConnectFail { get; set; }
    }
    public sealed class ConnectionMultiplexer : IDisposable
    {
        public static ConnectionMultiplexer Connect(string configuration) => new();
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new();
        public void Dispose() { }
    }
}

namespace RabbitMQ.Client
{
    public interface IConnection : IDisposable { }
    public sealed class ConnectionFactory
    {
        public string HostName { get; set; }
        public int Port { get; set; }
        public string VirtualHost { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public IConnection CreateConnection() => null;
    }
}

namespace Azure.Messaging.ServiceBus
{
    public class ServiceBusClient { public ServiceBusClient(string connectionString) { } }
}
namespace Azure.Storage.Blobs
{
    public class BlobContainerClient { public BlobContainerClient(string connectionString, string blobContainerName) { } }
}
namespace MongoDB.Driver
{
    public class MongoClient { public MongoClient(string connectionString) { } }
}
namespace MySqlConnector
{
    public sealed class MySqlConnection : IDisposable
    {
        public MySqlConnection(string connectionString) { }
        public void Dispose() { }
    }
}
namespace Oracle.ManagedDataAccess.Client
{
    public sealed class OracleConnection : IDisposable
    {
        public OracleConnection(string connectionString) { }
        public void Dispose() { }
    }
}

namespace System.IO.BACnet
{
    public class BacnetAddress { }
    public class BacnetIpUdpProtocolTransport { public BacnetIpUdpProtocolTransport(int port, bool useExclusivePort = false) { } }
    public class BacnetClient
    {
        public BacnetClient(BacnetIpUdpProtocolTransport transport, int timeout = 1000, int retries = 3) { }
        public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enable_disable, string password, byte invokeId = 0) => true;
    }
}

namespace Org.BouncyCastle.Tls
{
    public interface TlsPskIdentity { }
    public class BasicTlsPskIdentity : TlsPskIdentity
    {
        public BasicTlsPskIdentity(byte[] identity, byte[] psk) { }
        public BasicTlsPskIdentity(string identity, byte[] psk) { }
    }
}
