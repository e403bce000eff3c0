// Library surface used by corpus6's device code that the test stubs do not declare.
// Real namespaces, type names and parameter names; bodies are placeholders.
#pragma warning disable CS0067, CS8618
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace MQTTnet
{
    // MQTTnet 4 factory (returns the v4 client of MQTTnet.Client)
    public class MqttFactory { public MQTTnet.Client.IMqttClient CreateMqttClient() => null; }
    // MQTTnet 5 factory and client
    public class MqttClientFactory { public IMqttClient CreateMqttClient() => null; }
    public interface IMqttClient : IDisposable
    {
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
    }
}
namespace MQTTnet.Client
{
    public interface IMqttClient : IDisposable
    {
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
    }
    public static class MqttClientOptionsBuilderExtensions
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}
namespace MQTTnet.Protocol
{
    public enum MqttConnectReasonCode { Success = 0, UnspecifiedError = 128, ClientIdentifierNotValid = 133, BadUserNameOrPassword = 134, NotAuthorized = 135 }
}
namespace MQTTnet.AspNetCore.Controllers
{
    public interface IMqttAuthenticationController
    {
        Task AuthenticateAsync(MQTTnet.Server.ValidatingConnectionEventArgs context);
    }
}
namespace nanoFramework.M2Mqtt.Messages
{
    public enum MqttQoSLevel : byte { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
}
namespace nanoFramework.M2Mqtt
{
    public static class MqttClientExtensions
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 0;
        public static ushort Subscribe(this MqttClient client, string[] topics, nanoFramework.M2Mqtt.Messages.MqttQoSLevel[] qosLevels) => 0;
    }
}
namespace nanoFramework.WebServer
{
    [AttributeUsage(AttributeTargets.Method)]
    public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    public class WebServerEventArgs { }
}
namespace System.Net.NetworkInformation
{
    public static class WirelessConfigurationExtensions
    {
        public static void SaveConfiguration(this Wireless80211Configuration configuration) { }
    }
}
namespace Meadow
{
    public class Logger
    {
        public void Trace(string message) { }
        public void Info(string message) { }
    }
    public static class Resolver
    {
        public static Logger Log { get; } = new Logger();
    }
}
namespace Opc.UaFx
{
    public class OpcValue { }
}
namespace Opc.UaFx.Client
{
    public class OpcUserIdentity { }
    public class OpcClientIdentity : OpcUserIdentity { public OpcClientIdentity(string userName, string password) { } }
    public class OpcClientSecurity { public OpcUserIdentity UserIdentity { get; set; } }
    public class OpcClient : IDisposable
    {
        public OpcClient(string serverAddress) { }
        public OpcClientSecurity Security { get; } = new OpcClientSecurity();
        public void Connect() { }
        public Opc.UaFx.OpcValue ReadNode(string nodeId) => new Opc.UaFx.OpcValue();
        public void Dispose() { }
    }
}
namespace Microsoft.Azure.Devices.Client
{
    public class Message { public Message(byte[] byteArray) { } }
    public static class DeviceClientExtensions
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}
namespace Microsoft.Azure.Devices
{
    public class SymmetricKey { public string PrimaryKey { get; set; } public string SecondaryKey { get; set; } }
    public class AuthenticationMechanism { public SymmetricKey SymmetricKey { get; set; } }
    public class Device
    {
        public Device(string id) { }
        public AuthenticationMechanism Authentication { get; set; }
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
namespace Npgsql
{
    public class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace Microsoft.Data.SqlClient
{
    public class SqlConnection : IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
    public class SqlConnectionStringBuilder
    {
        public string DataSource { get; set; }
        public string InitialCatalog { get; set; }
        public string UserID { get; set; }
        public string Password { get; set; }
        public string ConnectionString { get; set; }
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
namespace RakWireless.Rui3
{
    /// <summary>Vendor SDK of a LoRaWAN module.</summary>
    public class LoRaModem
    {
        public bool JoinOtaa(string devEui, string joinEui, byte[] appKey) => true;
        public bool ActivateAbp(string devAddr, byte[] nwkSKey, byte[] appSKey) => true;
    }
}
namespace Nordic.Ble
{
    /// <summary>Vendor SDK of a BLE SoC.</summary>
    public class PeripheralSecurity
    {
        public void SetStaticPasskey(uint passkey) { }
    }
}
namespace Amazon.Runtime
{
    public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
namespace Azure
{
    public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
}
namespace Acme.Nfc.Desfire
{
    /// <summary>Vendor SDK of a DESFire reader.</summary>
    public interface IDesfireCard
    {
        void SelectApplication(int aid);
        void AuthenticateAes(byte keyNo, byte[] appMasterKey);
    }
}
namespace StackExchange.Redis
{
    public class EndPointCollection { public void Add(string hostAndPort) { } }
    public class ConfigurationOptions
    {
        public string Password { get; set; }
        public bool AbortOnConnectFail { get; set; }
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
    }
    public class ConnectionMultiplexer : IDisposable
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new ConnectionMultiplexer();
        public static ConnectionMultiplexer Connect(string configuration) => new ConnectionMultiplexer();
        public void Dispose() { }
    }
}
namespace RabbitMQ.Client
{
    public interface IConnection : IDisposable { }
    public class ConnectionFactory
    {
        public string HostName { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public IConnection CreateConnection() => null;
    }
}
namespace MongoDB.Driver
{
    public class MongoClient { public MongoClient(string connectionString) { } }
}
namespace System.IO.BACnet
{
    public class BacnetAddress { }
    public class BacnetClient
    {
        public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enableDisable, string password) => true;
    }
}
namespace NATS.Client.Core
{
    public class NatsAuthOpts
    {
        public string Username { get; set; }
        public string Password { get; set; }
        public string Token { get; set; }
        public string Jwt { get; set; }
        public string NKey { get; set; }
        public string Seed { get; set; }
    }
    public class NatsOpts
    {
        public string Url { get; set; }
        public NatsAuthOpts AuthOpts { get; set; }
    }
}
namespace Feig.Rfid
{
    /// <summary>Vendor SDK of a UHF RFID reader.</summary>
    public class RfidReader
    {
        public void WriteTag(string epc, byte[] data, string accessPassword = null) { }
        public bool Login(string user, string password) => true;
    }
}
namespace Sip2.Net
{
    /// <summary>SIP2 (library circulation protocol) client.</summary>
    public class Sip2Client
    {
        public Sip2Client(string host, int port) { }
        public bool Login(string userId, string password, string locationCode) => true;
    }
}
namespace Renci.SshNet
{
    public class SshClient : IDisposable
    {
        public SshClient(string host, string username, string password) { }
        public void Connect() { }
        public void Dispose() { }
    }
}
namespace System.IO.Ports
{
    public class SerialPort : IDisposable
    {
        public SerialPort(string portName, int baudRate) { }
        public string NewLine { get; set; } = "\n";
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadLine() => string.Empty;
        public string ReadExisting() => string.Empty;
        public void Dispose() { }
    }
}
namespace Org.BouncyCastle.Tls
{
    public interface TlsPskIdentity { }
    public class BasicTlsPskIdentity : TlsPskIdentity
    {
        public BasicTlsPskIdentity(string identity, byte[] psk) { }
        public BasicTlsPskIdentity(byte[] identity, byte[] psk) { }
    }
}
