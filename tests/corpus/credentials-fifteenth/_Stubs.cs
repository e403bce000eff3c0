#nullable disable
// Library surface corpus15 needs that the shared Stubs.g.cs lacks. Signatures follow the real libraries (type
// names, namespaces and parameter names) as far as the corpus uses them; bodies are empty. Two shims are not
// libraries: OrgPalThreeDemo.Networking.PalNetwork (nanoFramework's settable PhysicalAddress) and
// TqkLibrary.GSM.GsmClient.SendCommand (a raw AT command writer).

namespace FireSharp.Interfaces
{
    public interface IFirebaseConfig { string AuthSecret { get; set; } string BasePath { get; set; } }
    public interface IFirebaseClient
    {
        System.Threading.Tasks.Task<FireSharp.Response.FirebaseResponse> UpdateAsync<T>(string path, T data);
        System.Threading.Tasks.Task<FireSharp.Response.PushResponse> PushAsync<T>(string path, T data);
    }
}
namespace FireSharp.Config
{
    public class FirebaseConfig : FireSharp.Interfaces.IFirebaseConfig { public string AuthSecret { get; set; } public string BasePath { get; set; } }
}
namespace FireSharp.Response
{
    public class FirebaseResponse { public string Body { get; set; } }
    public class PushResponse : FirebaseResponse { }
}
namespace FireSharp
{
    public class FirebaseClient : FireSharp.Interfaces.IFirebaseClient
    {
        public FirebaseClient(FireSharp.Interfaces.IFirebaseConfig config) { }
        public System.Threading.Tasks.Task<FireSharp.Response.FirebaseResponse> UpdateAsync<T>(string path, T data) => System.Threading.Tasks.Task.FromResult(new FireSharp.Response.FirebaseResponse());
        public System.Threading.Tasks.Task<FireSharp.Response.PushResponse> PushAsync<T>(string path, T data) => System.Threading.Tasks.Task.FromResult(new FireSharp.Response.PushResponse());
    }
}

namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration { string this[string key] { get; set; } }
    public static class ConfigurationBinder
    {
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
    }
}

namespace MQTTnet
{
    public class MqttFactory { public MQTTnet.Client.IMqttClient CreateMqttClient() => null; }
}
namespace MQTTnet.Client
{
    public interface IMqttClient
    {
        bool IsConnected { get; }
        System.Threading.Tasks.Task ConnectAsync(MQTTnet.Client.MqttClientOptions options, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task ConnectAsync(MQTTnet.Client.Options.IMqttClientOptions options, System.Threading.CancellationToken cancellationToken);
        System.Threading.Tasks.Task SubscribeAsync(string topic);
        System.Threading.Tasks.Task PublishAsync(string topic, string payload);
        System.Threading.Tasks.Task DisconnectAsync();
    }
    public static class MqttClientOptionsBuilderV4Extensions
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    public class MqttClientOptionsBuilderTlsParameters
    {
        public bool UseTls { get; set; }
        public System.Security.Authentication.SslProtocols SslProtocol { get; set; }
        public System.Collections.Generic.IEnumerable<byte[]> Certificates { get; set; }
    }
    public static class MqttClientOptionsBuilderV3Extensions
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, MqttClientOptionsBuilderTlsParameters parameters) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, System.TimeSpan value) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null;
    }
}

namespace Workstation.ServiceModel.Ua
{
    public enum ApplicationType { Server, Client, ClientAndServer, DiscoveryServer }
    public enum CommunicationState { Created, Opening, Opened, Closing, Closed, Faulted }
    public class ApplicationDescription { public string ApplicationName { get; set; } public string ApplicationUri { get; set; } public ApplicationType ApplicationType { get; set; } }
    public interface IUserIdentity { }
    public class AnonymousIdentity : IUserIdentity { }
    public class UserNameIdentity : IUserIdentity
    {
        public UserNameIdentity(string userName, string password) { UserName = userName; Password = password; }
        public string UserName { get; }
        public string Password { get; }
    }
    public static class SecurityPolicyUris { public const string None = "http://opcfoundation.org/UA/SecurityPolicy#None"; }
    public static class AttributeIds { public const uint Value = 13; }
    public class NodeId { public static NodeId Parse(string s) => new NodeId(); }
    public class DataValue { public DataValue(object value) { Value = value; } public object Value { get; } }
    public class ReadValueId { public NodeId NodeId { get; set; } public uint AttributeId { get; set; } }
    public class ReadRequest { public ReadValueId[] NodesToRead { get; set; } }
    public class ReadResponse { public DataValue[] Results { get; set; } = new DataValue[] { new DataValue(null) }; }
    public class WriteValue { public NodeId NodeId { get; set; } public uint AttributeId { get; set; } public DataValue Value { get; set; } }
    public class WriteRequest { public WriteValue[] NodesToWrite { get; set; } }
    public class WriteResponse { }
}
namespace Workstation.ServiceModel.Ua.Channels
{
    public class UaTcpSessionChannel
    {
        public UaTcpSessionChannel(Workstation.ServiceModel.Ua.ApplicationDescription localDescription, object certificateStore, Workstation.ServiceModel.Ua.IUserIdentity userIdentity, string remoteEndpoint, string securityPolicyUri = null) { }
        public event System.EventHandler Opened;
        public event System.EventHandler Closed;
        public Workstation.ServiceModel.Ua.CommunicationState State { get; }
        public System.Threading.Tasks.Task OpenAsync() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task CloseAsync() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<Workstation.ServiceModel.Ua.ReadResponse> ReadAsync(Workstation.ServiceModel.Ua.ReadRequest request) => System.Threading.Tasks.Task.FromResult(new Workstation.ServiceModel.Ua.ReadResponse());
        public System.Threading.Tasks.Task<Workstation.ServiceModel.Ua.WriteResponse> WriteAsync(Workstation.ServiceModel.Ua.WriteRequest request) => System.Threading.Tasks.Task.FromResult(new Workstation.ServiceModel.Ua.WriteResponse());
    }
}

namespace System.Web
{
    public sealed class HttpCookie { public HttpCookie(string name) { Name = name; } public string Name { get; } public string Value { get; set; } }
    public sealed class HttpCookieCollection { public HttpCookie this[string name] => null; }
    public sealed class HttpRequest
    {
        public System.Collections.Specialized.NameValueCollection QueryString { get; } = new System.Collections.Specialized.NameValueCollection();
        public HttpCookieCollection Cookies { get; } = new HttpCookieCollection();
    }
    public sealed class HttpResponse
    {
        public string ContentType { get; set; }
        public System.IO.Stream OutputStream { get; } = new System.IO.MemoryStream();
        public void Clear() { }
        public void End() { }
    }
}
namespace System.Web.UI
{
    public class Page
    {
        public System.Web.HttpRequest Request { get; } = new System.Web.HttpRequest();
        public System.Web.HttpResponse Response { get; } = new System.Web.HttpResponse();
    }
}

namespace nanoFramework.Aws.IoTCore.Devices
{
    public class MqttConnectionClient { public MqttConnectionClient(string iotCoreUri, string uniqueId, object clientCert, int qosLevel = 1, object azureCaCert = null) { } }
}
namespace nanoFramework.Hardware.Stm32
{
    public static class Utilities { public static byte[] UniqueDeviceId { get; } = new byte[12]; }
}
namespace OrgPalThreeDemo.Networking
{
    // shim for nanoFramework's NetworkInterface.GetAllNetworkInterfaces()[0].PhysicalAddress (get and set)
    public static class PalNetwork { public static byte[] PhysicalAddress { get; set; } = new byte[6]; }
}

namespace Microsoft.SPOT
{
    public static class Debug { public static void Print(string text) { } }
}
namespace Microsoft.SPOT.Hardware
{
    public static class Cpu { public enum Pin { GPIO_NONE = -1, GPIO_Pin0 = 0, GPIO_Pin8 = 8, GPIO_Pin55 = 55 } }
    public class OutputPort { public OutputPort(Cpu.Pin portId, bool initialState) { } public void Write(bool state) { } }
}
namespace SecretLabs.NETMF.Hardware.NetduinoPlus
{
    public static class Pins { public const Microsoft.SPOT.Hardware.Cpu.Pin ONBOARD_LED = Microsoft.SPOT.Hardware.Cpu.Pin.GPIO_Pin55; public const Microsoft.SPOT.Hardware.Cpu.Pin GPIO_PIN_D8 = Microsoft.SPOT.Hardware.Cpu.Pin.GPIO_Pin8; }
    public static class SerialPorts { public const string COM1 = "COM1"; public const string COM2 = "COM2"; }
}
namespace Bansky.SPOT.Mail
{
    public class MailAddress { public MailAddress(string address, string displayName) { Address = address; } public string Address { get; } }
    public class MailAddressCollection : System.Collections.Generic.List<MailAddress> { }
    public class MailMessage
    {
        public MailAddress From { get; set; }
        public MailAddressCollection To { get; } = new MailAddressCollection();
        public string Subject { get; set; }
        public string Body { get; set; }
        public bool IsBodyHtml { get; set; }
    }
    public enum SmtpErrorCode { None, ConnectionFailed, AuthFailed }
    public class SmtpException : System.Exception { public SmtpErrorCode ErrorCode { get; } }
    public class SmtpClient : System.IDisposable
    {
        public SmtpClient(string host, int port) { }
        public bool Authenticate { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public void Send(MailMessage message) { }
        public void Dispose() { }
    }
}

namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public enum Handshake { None, XOnXOff, RequestToSend, RequestToSendXOnXOff }
    public class SerialPort : System.IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName, int baudRate) { PortName = portName; BaudRate = baudRate; }
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits) { PortName = portName; BaudRate = baudRate; }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public int DataBits { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public bool DtrEnable { get; set; }
        public bool RtsEnable { get; set; }
        public string NewLine { get; set; } = "\n";
        public int ReadTimeout { get; set; }
        public bool IsOpen { get; private set; }
        public void Open() { IsOpen = true; }
        public void Close() { IsOpen = false; }
        public void Write(string text) { }
        public void Write(byte[] buffer, int offset, int count) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public void Dispose() { }
    }
}

namespace Renci.SshNet
{
    public class SshCommand { public string Result { get; } = ""; public string Error { get; } = ""; }
    public class ShellStream
    {
        public bool CanRead { get; }
        public void WriteLine(string line) { }
        public string ReadLine(System.TimeSpan timeout) => null;
    }
    public class SshClient : System.IDisposable
    {
        public SshClient(string host, string username, string password) { }
        public SshClient(string host, int port, string username, string password) { }
        public bool IsConnected { get; }
        public void Connect() { }
        public void Disconnect() { }
        public SshCommand RunCommand(string commandText) => new SshCommand();
        public ShellStream CreateShellStream(string terminalName, uint columns, uint rows, uint width, uint height, int bufferSize) => new ShellStream();
        public void Dispose() { }
    }
}

namespace Windows.Foundation
{
    public delegate void TypedEventHandler<TSender, TResult>(TSender sender, TResult args);
}
namespace Windows.Devices.Enumeration
{
    [System.Flags]
    public enum DevicePairingKinds : uint { None = 0, ConfirmOnly = 1, DisplayPin = 2, ProvidePin = 4, ConfirmPinMatch = 8, ProvidePasswordCredential = 16 }
    public enum DevicePairingProtectionLevel { Default, None, Encryption, EncryptionAndAuthentication }
    public enum DevicePairingResultStatus { Paired, NotReadyToPair, NotPaired, AlreadyPaired, Failed }
    public sealed class DevicePairingResult { public DevicePairingResultStatus Status { get; } }
    public sealed class DevicePairingRequestedEventArgs
    {
        public DevicePairingKinds PairingKind { get; }
        public string Pin { get; }
        public void Accept() { }
        public void Accept(string pin) { }
    }
    public sealed class DeviceInformationCustomPairing
    {
        public event Windows.Foundation.TypedEventHandler<DeviceInformationCustomPairing, DevicePairingRequestedEventArgs> PairingRequested;
        public System.Threading.Tasks.Task<DevicePairingResult> PairAsync(DevicePairingKinds pairingKindsSupported, DevicePairingProtectionLevel minProtectionLevel) => System.Threading.Tasks.Task.FromResult(new DevicePairingResult());
    }
    public sealed class DeviceInformationPairing { public DeviceInformationCustomPairing Custom { get; } = new DeviceInformationCustomPairing(); }
}

namespace Zebra.Sdk.Comm
{
    public class ConnectionException : System.Exception { }
    public interface Connection { void Open(); void Write(byte[] data); void Close(); }
    public class TcpConnection : Connection
    {
        public const int DEFAULT_ZPL_TCP_PORT = 9100;
        public TcpConnection(string address, int port) { }
        public void Open() { }
        public void Write(byte[] data) { }
        public void Close() { }
    }
}

namespace TqkLibrary.GSM
{
    public enum MessageFormat { PduMode = 0, TextMode = 1 }
    public enum CNMI_Mode { Class0, Class1, Class2, Class3 }
    public enum CNMI_MT { NoSmsDeliver, Class2, SmsDeliver, Class3 }
    public enum CPMS_MEMR { SM, ME, MT }
    public enum CUSD_N { Disable, Enable, Cancel }
    public class GsmClient : System.IDisposable
    {
        public GsmClient(string port) { }
        public event System.Action<string> OnCommandResponse;
        public void Open() { }
        public void Dispose() { }
        // shim: writes one raw AT command line and returns the modem's reply
        public System.Threading.Tasks.Task<string> SendCommand(string command) => System.Threading.Tasks.Task.FromResult("OK");
    }
}
namespace TqkLibrary.GSM.Extensions
{
    public static class GsmClientExtensions
    {
        public static System.Threading.Tasks.Task<System.IDisposable> RegisterMessage(this TqkLibrary.GSM.GsmClient client) => System.Threading.Tasks.Task.FromResult<System.IDisposable>(new System.IO.MemoryStream());
        public static System.Threading.Tasks.Task<bool> WriteMessageFormat(this TqkLibrary.GSM.GsmClient client, TqkLibrary.GSM.MessageFormat format) => System.Threading.Tasks.Task.FromResult(true);
        public static System.Threading.Tasks.Task<bool> WriteNewMessageIndicationsToTerminalEquipment(this TqkLibrary.GSM.GsmClient client, TqkLibrary.GSM.CNMI_Mode mode, TqkLibrary.GSM.CNMI_MT mt) => System.Threading.Tasks.Task.FromResult(true);
        public static System.Threading.Tasks.Task<bool> WritePreferredMessageStorage(this TqkLibrary.GSM.GsmClient client, TqkLibrary.GSM.CPMS_MEMR memr) => System.Threading.Tasks.Task.FromResult(true);
        public static System.Threading.Tasks.Task<string> WriteUnstructuredSupplementaryServiceData(this TqkLibrary.GSM.GsmClient client, TqkLibrary.GSM.CUSD_N n, string str) => System.Threading.Tasks.Task.FromResult("");
        public static System.Threading.Tasks.Task<string> ReadOperatorSelection(this TqkLibrary.GSM.GsmClient client) => System.Threading.Tasks.Task.FromResult("");
    }
}

namespace zkemkeeper
{
    public class CZKEMClass
    {
        public bool SetCommPassword(int CommKey) => true;
        public bool Connect_Net(string IPAdd, int Portl) => true;
        public void Disconnect() { }
        public void GetLastError(ref int dwErrorCode) { }
        public bool SSR_SetUserInfo(int dwMachineNumber, string dwEnrollNumber, string Name, string Password, int Privilege, bool Enabled) => true;
    }
}

namespace RakWireless.Lora
{
    public class Rak3172Modem
    {
        public Rak3172Modem(string portName) { }
        public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => true;
        public bool ActivateAbp(byte[] devAddr, byte[] nwkSKey, byte[] appSKey) => true;
        public string GetDevEui() => "";
    }
}

namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
    }
}

namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : System.IDisposable
    {
        public SqlConnection(string connectionString) { ConnectionString = connectionString; }
        public string ConnectionString { get; set; }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace Npgsql
{
    public sealed class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

namespace Confluent.Kafka
{
    public class ProducerConfig
    {
        public string BootstrapServers { get; set; }
        public string SaslUsername { get; set; }
        public string SaslPassword { get; set; }
    }
}
namespace StackExchange.Redis
{
    public class EndPointCollection : System.Collections.Generic.List<string> { }
    public class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string Password { get; set; }
        public bool Ssl { get; set; }
    }
}
