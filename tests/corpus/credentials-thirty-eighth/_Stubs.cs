// corpus38 library stubs: the surface the shared Stubs.g.cs lacks, compiled into the device project (the shared stubs
// are a library of their own). Minimal, with the real libraries' namespaces, type names and parameter names as far as the
// corpus uses them; bodies are empty or return defaults. C# 12 only: no extension blocks, no `field` keyword, no params
// collections of non-array type. Nothing here redeclares a type Stubs.g.cs declares in the same namespace: members the
// shared (non-partial across assemblies) classes lack are classic extension methods or static helper classes, each
// marked "Shim:", and an event a shared class lacks is a subscription method. Helper classes of the adapted projects live
// in the adapted files, marked "added".
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

// ---- System.Device.Gpio / Pwm (.NET IoT and nanoFramework; R01, R10, written files) ----
namespace System.Device.Gpio
{
    public enum PinMode { Input, Output, InputPullDown, InputPullUp }
    public readonly struct PinValue : IEquatable<PinValue>
    {
        private readonly byte _value;
        private PinValue(byte value) { _value = value; }
        public static PinValue Low => new PinValue(0);
        public static PinValue High => new PinValue(1);
        public static implicit operator PinValue(bool value) => value ? High : Low;
        public static implicit operator PinValue(int value) => value != 0 ? High : Low;
        public static bool operator ==(PinValue a, PinValue b) => a._value == b._value;
        public static bool operator !=(PinValue a, PinValue b) => a._value != b._value;
        public bool Equals(PinValue other) => _value == other._value;
        public override bool Equals(object? obj) => obj is PinValue other && Equals(other);
        public override int GetHashCode() => _value;
    }
    public class GpioPin
    {
        public int PinNumber { get; }
        public void Write(PinValue value) { }
        public PinValue Read() => PinValue.Low;
        public void Toggle() { }
    }
    public class GpioController : IDisposable
    {
        public GpioPin OpenPin(int pinNumber) => new GpioPin();
        public GpioPin OpenPin(int pinNumber, PinMode mode) => new GpioPin();
        public void Write(int pinNumber, PinValue value) { }
        public PinValue Read(int pinNumber) => PinValue.Low;
        public void Dispose() { }
    }
}
namespace System.Device.Pwm
{
    public class PwmChannel
    {
        public static PwmChannel CreateFromPin(int pin, int frequency = 400, double dutyCyclePercentage = 0.5) => new PwmChannel();
        public double DutyCycle { get; set; }
        public void Start() { }
        public void Stop() { }
    }
}

// ---- nanoFramework ESP32 pin functions (R10) ----
namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction { PWM1, I2C1_DATA, I2C1_CLOCK, COM2_TX, COM2_RX }
    public static class Configuration { public static void SetPinFunction(int pin, DeviceFunction function) { } }
}

// ---- nanoFramework Wireless80211Configuration: enumeration and saving (R01, R14) ----
namespace System.Net.NetworkInformation
{
    // Shim: nanoFramework's static Wireless80211Configuration.GetAllWireless80211Configurations() and SaveConfiguration(),
    // which the shared (non-partial across assemblies) stub lacks.
    public static class Wireless80211ConfigurationShims
    {
        public static Wireless80211Configuration[] GetAllWireless80211Configurations() => new[] { new Wireless80211Configuration() };
        public static void SaveConfiguration(this Wireless80211Configuration configuration) { }
    }
}

// ---- nanoFramework M2Mqtt: anonymous connect, subscribe, received event (R10, written files) ----
namespace nanoFramework.M2Mqtt.Messages
{
    public enum MqttQoSLevel : byte { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
    public class MqttMsgPublishEventArgs : EventArgs
    {
        public string Topic { get; } = "";
        public byte[] Message { get; } = Array.Empty<byte>();
    }
}
namespace nanoFramework.M2Mqtt
{
    public delegate void MqttMsgPublishEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgPublishEventArgs e);
    // Shim: members of the shared (non-partial across assemblies) nanoFramework MqttClient stub.
    public static class MqttClientShims
    {
        public static byte Connect(this MqttClient client, string clientId) => 0;
        public static ushort Subscribe(this MqttClient client, string[] topics, nanoFramework.M2Mqtt.Messages.MqttQoSLevel[] qosLevels) => 0;
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 0;
        // Shim: subscription methods standing for the MqttMsgPublishReceived and ConnectionClosed events.
        public static void OnMqttMsgPublishReceived(this MqttClient client, MqttMsgPublishEventHandler handler) { }
        public static void OnConnectionClosed(this MqttClient client, EventHandler handler) { }
    }
}
namespace uPLibrary.Networking.M2Mqtt
{
    // Shim: publish on the shared classic M2Mqtt client stub.
    public static class ClassicMqttClientShims
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 0;
    }
}

// ---- nanoFramework System.Net.Http: HTTPS root certificate, synchronous Get, ReadAsString (R14) ----
namespace System.Net.Http
{
    // Shim: nanoFramework's HttpClient.HttpsAuthentCert property, synchronous Get and HttpContent.ReadAsString.
    public static class NanoHttpClientShims
    {
        public static void SetHttpsAuthentCert(this HttpClient client, System.Security.Cryptography.X509Certificates.X509Certificate certificate) { }
        public static HttpResponseMessage Get(this HttpClient client, string requestUri) => new HttpResponseMessage();
        public static string ReadAsString(this HttpContent content) => "";
    }
}

// ---- Azure IoT device SDK: Message, direct methods, twin, DeviceClient instance members (R02, R03, R07-R09) ----
namespace Microsoft.Azure.Devices.Client
{
    public class Message : IDisposable
    {
        private readonly byte[] _bytes;
        public Message() { _bytes = Array.Empty<byte>(); }
        public Message(byte[] byteArray) { _bytes = byteArray; }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public byte[] GetBytes() => _bytes;
        public void Dispose() { }
    }
    public class MethodRequest
    {
        public string Name { get; } = "";
        public string DataAsJson { get; } = "";
    }
    public class MethodResponse
    {
        public MethodResponse(int status) { }
        public MethodResponse(byte[] result, int status) { }
    }
    public delegate Task<MethodResponse> MethodCallback(MethodRequest methodRequest, object? userContext);
    // Shim: instance members of the shared (non-partial across assemblies) DeviceClient stub.
    public static class DeviceClientShims
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task<Message?> ReceiveAsync(this DeviceClient client) => Task.FromResult<Message?>(new Message());
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task SetMethodHandlerAsync(this DeviceClient client, string methodName, MethodCallback methodHandler, object? userContext) => Task.CompletedTask;
        public static Task<Microsoft.Azure.Devices.Shared.Twin> GetTwinAsync(this DeviceClient client) => Task.FromResult(new Microsoft.Azure.Devices.Shared.Twin());
        public static Task UploadToBlobAsync(this DeviceClient client, string blobName, Stream source) => Task.CompletedTask;
    }
}
namespace Microsoft.Azure.Devices.Shared
{
    public class TwinCollection
    {
        public bool Contains(string propertyName) => false;
        public object this[string propertyName] => 0;
    }
    public class TwinProperties { public TwinCollection Desired { get; } = new TwinCollection(); }
    public class Twin { public TwinProperties Properties { get; } = new TwinProperties(); }
    public enum TransportFallbackType { TcpWithWebSocketFallback, WebSocketOnly, TcpOnly }
    // Shim: GetPrimaryKey of the shared SecurityProviderSymmetricKey stub.
    public static class SecurityProviderSymmetricKeyShims
    {
        public static string GetPrimaryKey(this SecurityProviderSymmetricKey provider) => "";
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client
{
    public enum ProvisioningRegistrationStatusType { Unassigned, Assigning, Assigned, Failed, Disabled }
    public class DeviceRegistrationResult
    {
        public ProvisioningRegistrationStatusType Status { get; } = ProvisioningRegistrationStatusType.Assigned;
        public string DeviceId { get; } = "";
        public string AssignedHub { get; } = "";
    }
    public class ProvisioningDeviceClient
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, object securityProvider, Transport.ProvisioningTransportHandler transport) => new ProvisioningDeviceClient();
        public Task<DeviceRegistrationResult> RegisterAsync() => Task.FromResult(new DeviceRegistrationResult());
    }
}
namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
{
    public abstract class ProvisioningTransportHandler : IDisposable { public void Dispose() { } }
    public class ProvisioningTransportHandlerAmqp : ProvisioningTransportHandler
    {
        public ProvisioningTransportHandlerAmqp(Microsoft.Azure.Devices.Shared.TransportFallbackType transportFallbackType) { }
    }
}

// ---- Azure Notification Hubs (R02) ----
namespace Microsoft.Azure.NotificationHubs
{
    public class NotificationOutcome { }
    public class NotificationHubClient
    {
        public static NotificationHubClient CreateClientFromConnectionString(string connectionString, string notificationHubPath) => new NotificationHubClient();
        public Task<NotificationOutcome> SendWindowsNativeNotificationAsync(string windowsNativePayload) => Task.FromResult(new NotificationOutcome());
    }
}

// ---- System.Configuration (R03) ----
namespace System.Configuration
{
    public class ConnectionStringSettings
    {
        public string ConnectionString { get; set; } = "";
        public override string ToString() => ConnectionString;
    }
    public class ConnectionStringSettingsCollection
    {
        public ConnectionStringSettings this[string name] => new ConnectionStringSettings();
    }
    public static class ConfigurationManager
    {
        public static ConnectionStringSettingsCollection ConnectionStrings { get; } = new ConnectionStringSettingsCollection();
    }
}

// ---- Microsoft.Extensions.Configuration (R04, R16) ----
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string? this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
    }
    public interface IConfigurationSection : IConfiguration { string Key { get; } string? Value { get; } }
    public interface IConfigurationRoot : IConfiguration { }
    public class ConfigurationBuilder { public IConfigurationRoot Build() => null!; }
    public static class JsonConfigurationExtensions
    {
        public static ConfigurationBuilder AddJsonFile(this ConfigurationBuilder builder, string path) => builder;
    }
    public static class ConfigurationBinder
    {
        public static T? Get<T>(this IConfiguration configuration) => default;
        public static T? GetValue<T>(this IConfiguration configuration, string key) => default;
    }
}

// ---- MQTTnet 4.x client (R04, R16); the shared stubs hold the option builders ----
namespace MQTTnet
{
    public enum MqttQualityOfServiceLevel { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
    public class MqttApplicationMessage
    {
        public string Topic { get; set; } = "";
        public ArraySegment<byte> PayloadSegment { get; set; } = new ArraySegment<byte>(Array.Empty<byte>());
        public string ConvertPayloadToString() => "";
    }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessageBuilder WithQualityOfServiceLevel(MqttQualityOfServiceLevel qualityOfServiceLevel) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    public class MqttApplicationMessageReceivedEventArgs : EventArgs
    {
        public MqttApplicationMessage ApplicationMessage { get; } = new MqttApplicationMessage();
    }
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null!;
        public MQTTnet.Client.MqttClientSubscribeOptionsBuilder CreateSubscribeOptionsBuilder() => new MQTTnet.Client.MqttClientSubscribeOptionsBuilder();
    }
}
namespace MQTTnet.Client
{
    public class MqttClientConnectResult { public int ResultCode { get; } }
    public class MqttClientPublishResult { public bool IsSuccess { get; } = true; public string ReasonString { get; } = ""; }
    public class MqttTopicFilterBuilder { public MqttTopicFilterBuilder WithTopic(string topic) => this; }
    public class MqttClientSubscribeOptions { }
    public class MqttClientSubscribeOptionsBuilder
    {
        public MqttClientSubscribeOptionsBuilder WithTopicFilter(Action<MqttTopicFilterBuilder> topicFilterBuilder) => this;
        public MqttClientSubscribeOptions Build() => new MqttClientSubscribeOptions();
    }
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        event Func<MQTTnet.MqttApplicationMessageReceivedEventArgs, Task> ApplicationMessageReceivedAsync;
        Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task<bool> TryPingAsync(CancellationToken cancellationToken = default);
        Task SubscribeAsync(MqttClientSubscribeOptions options, CancellationToken cancellationToken = default);
        Task<MqttClientPublishResult> PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
        Task DisconnectAsync();
    }
    // Shim: WithCleanSession of the shared v4 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV4Shims
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}

// ---- Telegram.Bot (R04) ----
namespace Telegram.Bot.Types.Enums
{
    public enum UpdateType { Unknown, Message, CallbackQuery }
    public enum MessageType { Unknown, Text, Photo }
}
namespace Telegram.Bot.Types
{
    public class User { public long Id { get; set; } public bool IsBot { get; set; } public string FirstName { get; set; } = ""; public string? LastName { get; set; } public string? Username { get; set; } }
    public class Chat { public long Id { get; set; } }
    public class Message
    {
        public Telegram.Bot.Types.Enums.MessageType Type { get; set; }
        public string? Text { get; set; }
        public User From { get; set; } = new User();
        public Chat Chat { get; set; } = new Chat();
    }
    public class Update { public int Id { get; set; } public Telegram.Bot.Types.Enums.UpdateType Type { get; set; } public Message? Message { get; set; } }
}
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token) { }
        public Task<Telegram.Bot.Types.Update[]> GetUpdatesAsync(int offset, Telegram.Bot.Types.Enums.UpdateType[] allowedUpdates, int timeout) => Task.FromResult(Array.Empty<Telegram.Bot.Types.Update>());
        public Task<Telegram.Bot.Types.Message> SendTextMessageAsync(long chatId, string text) => Task.FromResult(new Telegram.Bot.Types.Message());
    }
}

// ---- FluentFTP (R05, written files) ----
namespace FluentFTP
{
    public enum FtpEncryptionMode { None, Implicit, Explicit, Auto }
    public enum FtpDataConnectionType { AutoPassive, PASV, PORT }
    public enum FtpStatus { Failed, Success, Skipped }
    public static class FtpTrace { public static bool LogToConsole { get; set; } }
    public class FtpProfile
    {
        public string Host { get; set; } = "";
        public FtpDataConnectionType DataConnection { get; set; }
        public int RetryAttempts { get; set; }
        public NetworkCredential? Credentials { get; set; }
        public System.Text.Encoding? Encoding { get; set; }
    }
    public class FtpClient : IDisposable
    {
        public FtpClient() { }
        public FtpClient(string host) { }
        public FtpClient(string host, string user, string pass) { }
        public FtpEncryptionMode EncryptionMode { get; set; }
        public NetworkCredential? Credentials { get; set; }
        public Task ConnectAsync(FtpProfile profile, CancellationToken token = default) => Task.CompletedTask;
        public void Connect() { }
        public Task<FtpStatus> UploadAsync(Stream fileStream, string remotePath, CancellationToken token = default) => Task.FromResult(FtpStatus.Success);
        public FtpStatus UploadFile(string localPath, string remotePath) => FtpStatus.Success;
        public Task DisconnectAsync(CancellationToken token = default) => Task.CompletedTask;
        public void Dispose() { }
    }
}

// ---- InfluxDB client (R06, written files) ----
namespace InfluxDB.Client.Api.Domain
{
    public enum WritePrecision { Ms, S, Us, Ns }
}
namespace InfluxDB.Client.Writes
{
    public class PointData
    {
        public static PointData Measurement(string measurementName) => new PointData();
        public PointData Tag(string name, string value) => this;
        public PointData Field<T>(string name, T value) => this;
        public PointData Timestamp(DateTime timestamp, InfluxDB.Client.Api.Domain.WritePrecision timeUnit) => this;
    }
}
namespace InfluxDB.Client
{
    public class WriteApi : IDisposable
    {
        public void WritePoint(InfluxDB.Client.Writes.PointData point, string? bucket = null, string? org = null) { }
        public void Dispose() { }
    }
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApi GetWriteApi() => new WriteApi();
        public void Dispose() { }
    }
}

// ---- SnmpSharpNet (R12) ----
namespace SnmpSharpNet
{
    public enum SnmpVersion { Ver1, Ver2, Ver3 }
    public class AsnType { }
    public class Oid
    {
        private readonly string _text;
        public Oid(string value) { _text = value; }
        public override string ToString() => _text;
    }
    public class SimpleSnmp
    {
        public SimpleSnmp(string peerName, int peerPort, string community) { }
        public bool Valid => true;
        public Dictionary<Oid, AsnType>? Get(SnmpVersion version, string[] oidList) => null;
    }
}

// ---- OPC UA (Traeger Opc.UaFx) (R13) ----
namespace Opc.UaFx
{
    public enum OpcStatusCode { Good = 0, BadNotConnected, BadUnexpectedError }
    public class OpcStatus { public bool IsGood { get; } = true; public OpcStatusCode Code { get; } }
    public class OpcValue
    {
        public object? Value { get; }
        public OpcStatus Status { get; } = new OpcStatus();
        public DateTime? SourceTimestamp { get; }
    }
}
namespace Opc.UaFx.Client
{
    public enum OpcClientState { Disconnected, Connecting, Connected, Disconnecting }
    public class OpcClientIdentity
    {
        public OpcClientIdentity(string userName, string password) { }
    }
    public class OpcClientSecurity { public OpcClientIdentity? UserIdentity { get; set; } }
    public class OpcClient : IDisposable
    {
        public OpcClient(string serverAddress) { }
        public OpcClientSecurity Security { get; } = new OpcClientSecurity();
        public OpcClientState State { get; }
        public void Connect() { }
        public void Disconnect() { }
        public Opc.UaFx.OpcValue ReadNode(string nodeId) => new Opc.UaFx.OpcValue();
        public void Dispose() { }
    }
}

// ---- Windows DPAPI (System.Security.Cryptography.ProtectedData package) (R15) ----
namespace System.Security.Cryptography
{
    public enum DataProtectionScope { CurrentUser, LocalMachine }
    public static class ProtectedData
    {
        public static byte[] Protect(byte[] userData, byte[]? optionalEntropy, DataProtectionScope scope) => userData;
        public static byte[] Unprotect(byte[] encryptedData, byte[]? optionalEntropy, DataProtectionScope scope) => encryptedData;
    }
}

// ---- Amber Electric and Tesla Powerwall local API clients (R16) ----
namespace AmberElectricityAPI.Models
{
    public class PriceRecord { public double PerKwh { get; set; } }
}
namespace AmberElectricityAPI
{
    public class AmberElectricity
    {
        public AmberElectricity(string apiToken, string siteId) { }
        public Task<(AmberElectricityAPI.Models.PriceRecord[]? records, int httpStatusCode)> GetCurrentPricesAsync(int next, int previous)
            => Task.FromResult<(AmberElectricityAPI.Models.PriceRecord[]?, int)>((Array.Empty<AmberElectricityAPI.Models.PriceRecord>(), 200));
    }
}
namespace PowerWallLocalApi
{
    public class LoginResult { public bool Success { get; } = true; public int ResponseCode { get; } = 200; }
    public class PowerWall2Local
    {
        public PowerWall2Local(string url, string email, string password) { }
        public LoginResult Login() => new LoginResult();
        public (bool success, int httpStatusCode) Logout() => (true, 200);
    }
}

// ---- Client libraries of the written files ----
namespace System.IO.Ports
{
    public class SerialPort : IDisposable
    {
        public SerialPort(string portName, int baudRate) { PortName = portName; }
        public string PortName { get; }
        public string NewLine { get; set; } = "\n";
        public void Open() { }
        public void WriteLine(string text) { }
        public string ReadLine() => "";
        public void Dispose() { }
    }
}
namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : IDisposable { public SqlConnection(string connectionString) { } public void Open() { } public void Dispose() { } }
}
namespace Npgsql
{
    public sealed class NpgsqlConnection : IDisposable { public NpgsqlConnection(string connectionString) { } public void Open() { } public void Dispose() { } }
}
namespace Amazon.Runtime
{
    public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
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
        public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }
}

// ---- Newtonsoft.Json (R02-R04, R07, R08) ----
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object? value) => "";
        public static T? DeserializeObject<T>(string value) => default;
    }
}
namespace Newtonsoft.Json.Linq
{
    public class JObject
    {
        public static JObject Parse(string json) => new JObject();
        public object? GetValue(string propertyName) => null;
    }
}
