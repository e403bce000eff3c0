#nullable disable
// Library surface corpus18 needs that the shared Stubs.g.cs lacks. Signatures follow the real libraries (type names,
// namespaces and parameter names) as far as the corpus uses them; bodies are empty or return defaults. Members that
// are shims rather than library surface say so in a comment.

// ---------------------------------------------------------------- Microsoft.Extensions.Configuration (abstractions + binder)
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
        System.Collections.Generic.IEnumerable<IConfigurationSection> GetChildren();
    }
    public interface IConfigurationSection : IConfiguration { string Key { get; } string Path { get; } string Value { get; set; } }
    public static class ConfigurationBinder
    {
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
    }
}

// ---------------------------------------------------------------- Newtonsoft.Json (the part PepperDash's config uses)
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static T DeserializeObject<T>(string value) => default;
        public static string SerializeObject(object value) => string.Empty;
    }
}
namespace Newtonsoft.Json.Linq
{
    public class JToken
    {
        public virtual JToken this[object key] { get => new JToken(); set { } }
        public override string ToString() => string.Empty;
    }
    public class JObject : JToken
    {
        public static JObject Parse(string json) => new JObject();
    }
}

// ---------------------------------------------------------------- Q42.HueApi (HueApi v2)
namespace HueApi.Models.Responses
{
    public class EventStreamResponse { }
}
namespace HueApi
{
    public delegate void EventStreamMessage(System.Collections.Generic.List<HueApi.Models.Responses.EventStreamResponse> events);
    public class LocalHueClient
    {
        public LocalHueClient(string ip, string key, System.Net.Http.HttpClient client = null) { }
        public event EventStreamMessage OnEventStreamMessage;
        public void StartEventStream() { }
        public void StopEventStream() { }
    }
}
namespace HueApi.Entertainment
{
    public class StreamingHueClient : System.IDisposable
    {
        public StreamingHueClient(string ip, string appKey, string clientKey) { }
        public System.Threading.Tasks.Task ConnectAsync(System.Guid entertainmentAreaId, bool simulator = false) => System.Threading.Tasks.Task.CompletedTask;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- PepperDash Core / Essentials (Crestron)
namespace PepperDash.Core
{
    public enum eControlMethod { None = 0, Com, IpId, IR, Ssh, Tcpip, Telnet, Cresnet }
    public interface IKeyed { string Key { get; } }
    public interface IBasicCommunication : IKeyed { void SendText(string text); void Connect(); }
    public class Device : IKeyed { public Device(string key) { Key = key; } public string Key { get; } }
    public class TcpSshPropertiesConfig
    {
        public string Address { get; set; }
        public int Port { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public int BufferSize { get; set; }
        public bool AutoReconnect { get; set; }
        public int AutoReconnectIntervalMs { get; set; }
    }
    public class ControlPropertiesConfig
    {
        public eControlMethod Method { get; set; }
        public string ControlPortDevKey { get; set; }
        public uint ControlPortNumber { get; set; }
        public TcpSshPropertiesConfig TcpSshProperties { get; set; }
    }
    public class GenericSshClient : Device, IBasicCommunication
    {
        public GenericSshClient(string key, string hostname, int port, string username, string password) : base(key) { }
        public bool AutoReconnect { get; set; }
        public int AutoReconnectIntervalMs { get; set; }
        public void SendText(string text) { }
        public void Connect() { }
    }
    public class GenericTcpIpClient : Device, IBasicCommunication
    {
        public GenericTcpIpClient(string key, string address, int port, int bufferSize) : base(key) { }
        public bool AutoReconnect { get; set; }
        public int AutoReconnectIntervalMs { get; set; }
        public void SendText(string text) { }
        public void Connect() { }
    }
    public static class Debug { public static void Console(uint level, string format, params object[] items) { } }
}
namespace PepperDash.Essentials.Core.Config
{
    public class DeviceConfig
    {
        public string Key { get; set; }
        public string Name { get; set; }
        public string Type { get; set; }
        public Newtonsoft.Json.Linq.JToken Properties { get; set; }
    }
}

// ---------------------------------------------------------------- GSMComm
namespace GsmComm.PduConverter
{
    public abstract class OutgoingSmsPdu { }
    public class SmsSubmitPdu : OutgoingSmsPdu { public SmsSubmitPdu(string userDataText, string destinationAddress) { } }
}
namespace GsmComm.GsmCommunication
{
    public enum PinStatus { Ready, SimPin, SimPuk, PhoneToSimPin, PhoneToFirstSimPin, PhoneToFirstSimPuk, SimPin2, SimPuk2 }
    public class GsmCommMain
    {
        public GsmCommMain(string portName, int baudRate, int timeout) { }
        public void Open() { }
        public void Close() { }
        public bool IsConnected() => true;
        public bool IsOpen() => true;
        public PinStatus GetPinStatus() => PinStatus.Ready;
        public void EnterPin(string pin) { }
        public void SendMessage(GsmComm.PduConverter.OutgoingSmsPdu pdu) { }
    }
}

// ---------------------------------------------------------------- OPC UA .NET Standard (identity token seen by a server)
namespace Opc.Ua
{
    public class UserIdentityToken { public string PolicyId { get; set; } }
    public class UserNameIdentityToken : UserIdentityToken
    {
        public string UserName { get; set; }
        public string DecryptedPassword { get; set; }
    }
    public class ServiceResultException : System.Exception { public ServiceResultException(uint code, string message) : base(message) { } }
    public static class StatusCodes { public const uint BadIdentityTokenRejected = 0x80210000; public const uint BadUserAccessDenied = 0x801F0000; }
}

// ---------------------------------------------------------------- DSMRParser.Net
namespace DSMRParser.Models
{
    public class Telegram { public decimal? PowerDelivered { get; set; } public decimal? PowerReturned { get; set; } public string EquipmentIdentifier { get; set; } }
}
namespace DSMRParser
{
    public class DSMRTelegramParser
    {
        public bool TryParse(string telegram, out DSMRParser.Models.Telegram result) { result = null; return false; }
    }
}

// ---------------------------------------------------------------- HomeAutio.Mqtt.Core, IdentityServer4 test users
namespace HomeAutio.Mqtt.Core
{
    public class BrokerTlsSettings
    {
        public bool AllowUntrustedCertificates { get; set; }
        public bool IgnoreCertificateChainErrors { get; set; }
        public bool IgnoreCertificateRevocationErrors { get; set; }
        public System.Security.Authentication.SslProtocols SslProtocol { get; set; }
        public System.Collections.Generic.List<System.Security.Cryptography.X509Certificates.X509Certificate> Certificates { get; set; }
    }
    public class BrokerSettings
    {
        public string BrokerIp { get; set; }
        public int BrokerPort { get; set; }
        public string BrokerUsername { get; set; }
        public string BrokerPassword { get; set; }
        public bool BrokerUseTls { get; set; }
        public BrokerTlsSettings BrokerTlsSettings { get; set; }
    }
}
namespace IdentityServer4.Test
{
    public class TestUser
    {
        public string SubjectId { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public bool IsActive { get; set; } = true;
    }
}

// ---------------------------------------------------------------- Adyen .NET API library (Terminal API, local)
namespace Adyen.Model
{
    public enum Environment { Test, Live }
}
namespace Adyen.Model.Nexo
{
    public class MessageHeader
    {
        public string ProtocolVersion { get; set; }
        public string MessageClass { get; set; }
        public string MessageCategory { get; set; }
        public string MessageType { get; set; }
        public string SaleID { get; set; }
        public string ServiceID { get; set; }
        public string POIID { get; set; }
    }
    public class SaleToPOIRequest { public MessageHeader MessageHeader { get; set; } public object MessagePayload { get; set; } }
    public class SaleToPOIResponse { public MessageHeader MessageHeader { get; set; } public object MessagePayload { get; set; } }
}
namespace Adyen
{
    public class Config
    {
        public string XApiKey { get; set; }
        public Adyen.Model.Environment Environment { get; set; }
        public string LocalTerminalApiEndpoint { get; set; }
        public string MerchantAccount { get; set; }
    }
    public class Client { public Client(Config config) { Config = config; } public Config Config { get; } }
}
namespace Adyen.Security
{
    public class EncryptionCredentialDetails
    {
        public int AdyenCryptoVersion { get; set; }
        public string KeyIdentifier { get; set; }
        public string Password { get; set; }
        public int KeyVersion { get; set; }
    }
}
namespace Adyen.Service
{
    public class PosPaymentLocalApi
    {
        public PosPaymentLocalApi(Adyen.Client client) { }
        public Adyen.Model.Nexo.SaleToPOIResponse TerminalApiLocal(Adyen.Model.Nexo.SaleToPOIRequest saleToPoiRequest, Adyen.Security.EncryptionCredentialDetails encryptionCredentialDetails) => new Adyen.Model.Nexo.SaleToPOIResponse();
    }
    public class PosPaymentCloudApi
    {
        public PosPaymentCloudApi(Adyen.Client client) { }
        public Adyen.Model.Nexo.SaleToPOIResponse TerminalApiCloudSync(Adyen.Model.Nexo.SaleToPOIRequest saleToPoiRequest) => new Adyen.Model.Nexo.SaleToPOIResponse();
    }
}

// ---------------------------------------------------------------- .NET IoT (System.Device.Gpio / I2c, Iot.Device.Bindings), UnitsNet
namespace System.Device.Gpio
{
    public enum PinMode { Input, Output, InputPullDown, InputPullUp }
    public struct PinValue { public static readonly PinValue High = default; public static readonly PinValue Low = default; }
    public class GpioController : System.IDisposable
    {
        public void OpenPin(int pinNumber, PinMode mode) { }
        public void Write(int pinNumber, PinValue value) { }
        public void Dispose() { }
    }
}
namespace System.Device.I2c
{
    public sealed class I2cConnectionSettings { public I2cConnectionSettings(int busId, int deviceAddress) { } }
    public abstract class I2cDevice : System.IDisposable
    {
        public static I2cDevice Create(I2cConnectionSettings settings) => null;
        public void Dispose() { }
    }
}
namespace UnitsNet
{
    public struct Temperature { public double DegreesCelsius { get; set; } }
    public struct Pressure { public double Hectopascals { get; set; } }
}
namespace Iot.Device.Bmxx80
{
    public enum Sampling { Skipped, UltraLowPower, LowPower, Standard, HighResolution, UltraHighResolution }
    public class Bmp280ReadResult { public UnitsNet.Temperature Temperature { get; set; } public UnitsNet.Pressure Pressure { get; set; } }
    public class Bmp280 : System.IDisposable
    {
        public const byte DefaultI2cAddress = 0x77;
        public Bmp280(System.Device.I2c.I2cDevice i2cDevice) { }
        public Sampling TemperatureSampling { get; set; }
        public Sampling PressureSampling { get; set; }
        public Bmp280ReadResult Read() => new Bmp280ReadResult();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Azure IoT device SDK members the shared stub lacks
namespace Microsoft.Azure.Devices.Client
{
    public class DeviceAuthenticationWithX509Certificate : IAuthenticationMethod
    {
        public DeviceAuthenticationWithX509Certificate(string deviceId, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) { }
    }
    public class Message { public Message(byte[] byteArray) { } }
    // Shim: the shared DeviceClient stub has no SendEventAsync; the real SDK has it as an instance method.
    public static class DeviceClientSendShim
    {
        public static System.Threading.Tasks.Task SendEventAsync(this DeviceClient client, Message message) => System.Threading.Tasks.Task.CompletedTask;
    }
}

// ---------------------------------------------------------------- Tiveria.Home.Knx (KNXnet/IP tunnelling)
namespace Tiveria.Home.Knx.IP.Connections
{
    public class TunnelingConnection : System.IDisposable
    {
        public System.Threading.Tasks.Task<bool> ConnectAsync() => System.Threading.Tasks.Task.FromResult(true);
        public System.Threading.Tasks.Task DisconnectAsync() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<bool> SendAsync(byte[] data) => System.Threading.Tasks.Task.FromResult(true);
        public void Dispose() { }
    }
    public class TunnelingConnectionBuilder
    {
        public TunnelingConnectionBuilder(System.Net.IPEndPoint localEndPoint, System.Net.IPEndPoint remoteEndPoint) { }
        public TunnelingConnectionBuilder WithSendTimeout(ushort timeoutms) => this;
        public TunnelingConnectionBuilder WithAcknowledgeTimeout(ushort timeoutms) => this;
        public TunnelingConnectionBuilder WithSendRepeats(ushort repeats) => this;
        public TunnelingConnectionBuilder WithNatAwareness(bool active) => this;
        public TunnelingConnectionBuilder WithResyncSequenceNumbers(bool active) => this;
        public TunnelingConnection Build() => new TunnelingConnection();
    }
}

// ---------------------------------------------------------------- KoenZomers.Ring.Api
namespace KoenZomers.Ring.Api.Entities
{
    public class Profile { public string AuthenticationToken { get; set; } }
    public class Session { public Profile Profile { get; set; } }
    public class Doorbot { public int Id { get; set; } public string Description { get; set; } }
    public class Devices { public System.Collections.Generic.List<Doorbot> Doorbots { get; set; } = new System.Collections.Generic.List<Doorbot>(); }
}
namespace KoenZomers.Ring.Api
{
    public class Session
    {
        public Session(string username, string password) { }
        public static System.Threading.Tasks.Task<Session> GetSessionByRefreshToken(string refreshToken) => System.Threading.Tasks.Task.FromResult(new Session(null, null));
        public string RefreshToken { get; }
        public System.Threading.Tasks.Task<KoenZomers.Ring.Api.Entities.Session> Authenticate(string operatingSystem = "windows", string hardwareId = null, string appBrand = "ring", string deviceModel = "unknown", string deviceName = "unknown", string resourceTypes = "", string twoFactorAuthCode = null) => System.Threading.Tasks.Task.FromResult(new KoenZomers.Ring.Api.Entities.Session());
        public System.Threading.Tasks.Task<KoenZomers.Ring.Api.Entities.Devices> GetRingDevices() => System.Threading.Tasks.Task.FromResult(new KoenZomers.Ring.Api.Entities.Devices());
    }
}

// ---------------------------------------------------------------- Npgsql, StackExchange.Redis, AWS SDK
namespace Npgsql
{
    public sealed class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace StackExchange.Redis
{
    public sealed class ConfigurationOptions
    {
        public string Password { get; set; }
        public string User { get; set; }
        public bool Ssl { get; set; }
    }
}
namespace Amazon.Runtime
{
    public class BasicAWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

// ---------------------------------------------------------------- System.IO.Ports (NuGet package, not in the BCL)
namespace System.IO.Ports
{
    public class SerialPort : System.IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public string NewLine { get; set; }
        public bool IsOpen { get; }
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadLine() => string.Empty;
        public string ReadExisting() => string.Empty;
        public void Dispose() { }
    }
}
