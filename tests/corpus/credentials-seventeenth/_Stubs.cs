#nullable disable
// Library surface corpus17 needs that the shared Stubs.g.cs lacks. Signatures follow the real libraries (type names,
// namespaces and parameter names) as far as the corpus uses them; bodies are empty or return defaults. Members that
// are shims rather than library surface say so in a comment.

// ---------------------------------------------------------------- Loxone LxCommunicator.NET
namespace Loxone.Communicator
{
    public enum EncryptionType { None, Request, RequestAndResponse }
    public class Token { public string JsonWebToken { get; set; } public string Key { get; set; } public System.DateTime ValidUntil { get; set; } }
    public class WebserviceRequest<T>
    {
        public WebserviceRequest(string command, EncryptionType encryption) { }
        public bool NeedAuthentication { get; set; } = true;
        public int Timeout { get; set; }
    }
    public class WebserviceResponse<T> { public T Value { get; set; } }
    public class ConnectionAuthenticatedEventArgs : System.EventArgs { public ConnectionAuthenticatedEventArgs(TokenHandler handler) { } }
    public abstract class WebserviceClient : System.IDisposable
    {
        public event System.EventHandler<ConnectionAuthenticatedEventArgs> OnAuthenticated;
        public System.Threading.Tasks.Task Authenticate(TokenHandler handler) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<WebserviceResponse<T>> SendWebservice<T>(WebserviceRequest<T> request) => System.Threading.Tasks.Task.FromResult(new WebserviceResponse<T>());
        public void Dispose() { }
    }
    public class WebsocketWebserviceClient : WebserviceClient
    {
        public WebsocketWebserviceClient(string ip, int port, int permission, string deviceUuid, string deviceInfo) { }
        public event System.EventHandler<Loxone.Communicator.Events.EventStatesParsedEventArgs> OnReceiveEventTable;
    }
    public class HttpWebserviceClient : WebserviceClient
    {
        public HttpWebserviceClient(string ip, int port, int permission, string deviceUuid, string deviceInfo) { }
    }
    public class TokenHandler : System.IDisposable
    {
        public TokenHandler(WebserviceClient client, string user, Token token = null, bool canRenewToken = true) { }
        public Token Token { get; private set; }
        public string Username { get; private set; }
        public void SetPassword(string password) { }
        public System.Threading.Tasks.Task<bool> RequestNewToken() => System.Threading.Tasks.Task.FromResult(true);
        public System.Threading.Tasks.Task KillToken() => System.Threading.Tasks.Task.CompletedTask;
        public void Dispose() { }
    }
}
namespace Loxone.Communicator.Events
{
    public class EventState { }
    public class EventStatesParsedEventArgs : System.EventArgs { public System.Collections.Generic.List<EventState> States { get; } = new System.Collections.Generic.List<EventState>(); }
}

// ---------------------------------------------------------------- System.IO.Ports (NuGet package, not in the BCL)
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public enum Handshake { None, XOnXOff, RequestToSend, RequestToSendXOnXOff }
    public class SerialPort : System.IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits) { }
        public static string[] GetPortNames() => new string[0];
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public int DataBits { get; set; }
        public string NewLine { get; set; }
        public int ReadTimeout { get; set; }
        public int WriteTimeout { get; set; }
        public bool IsOpen { get; }
        public System.IO.Stream BaseStream { get; } = System.IO.Stream.Null;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => string.Empty;
        public string ReadLine() => string.Empty;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- HeboTech.ATLib
namespace HeboTech.ATLib.Parsing
{
    public class AtChannel : System.IDisposable
    {
        public static AtChannel Create(System.IO.Stream stream) => new AtChannel();
        public void Open() { }
        public void Dispose() { }
    }
}
namespace HeboTech.ATLib.Misc
{
    public enum SimStatus { SIM_READY, SIM_PIN, SIM_PUK }
    public class PersonalIdentificationNumber { public PersonalIdentificationNumber(string pin) { } }
    public class ModemResponse<T> { public bool Success { get; } public T Result { get; } }
    public class ModemResponse { public bool Success { get; } }
}
namespace HeboTech.ATLib.Numbering
{
    public class PhoneNumber { }
    public static class PhoneNumberFactory { public static PhoneNumber CreateCommonIsdn(string number) => new PhoneNumber(); }
}
namespace HeboTech.ATLib.Messaging
{
    public class SmsSubmitRequest { public SmsSubmitRequest(HeboTech.ATLib.Numbering.PhoneNumber phoneNumber, string message) { } }
    public class SmsReference { }
    public class SmsDeliver { public string Message { get; } = string.Empty; }
}
namespace HeboTech.ATLib.Modems
{
    public class SmsReceivedEventArgs : System.EventArgs { public HeboTech.ATLib.Messaging.SmsDeliver SmsDeliver { get; } = new HeboTech.ATLib.Messaging.SmsDeliver(); }
    public interface IModem : System.IDisposable
    {
        event System.EventHandler<SmsReceivedEventArgs> SmsReceived;
        System.Threading.Tasks.Task<bool> SetRequiredSettingsBeforePinAsync();
        System.Threading.Tasks.Task<bool> SetRequiredSettingsAfterPinAsync();
        System.Threading.Tasks.Task<HeboTech.ATLib.Misc.ModemResponse<HeboTech.ATLib.Misc.SimStatus>> GetSimStatusAsync();
        System.Threading.Tasks.Task<HeboTech.ATLib.Misc.ModemResponse> EnterSimPinAsync(HeboTech.ATLib.Misc.PersonalIdentificationNumber pin);
        System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<HeboTech.ATLib.Misc.ModemResponse<HeboTech.ATLib.Messaging.SmsReference>>> SendSmsAsync(HeboTech.ATLib.Messaging.SmsSubmitRequest request);
        System.Threading.Tasks.Task<HeboTech.ATLib.Misc.ModemResponse> RawCommandAsync(string command);
        System.Threading.Tasks.Task<HeboTech.ATLib.Misc.ModemResponse> SendUssdAsync(string code);
    }
}
namespace HeboTech.ATLib.Modems.Adafruit
{
    public class Fona3G : HeboTech.ATLib.Modems.IModem
    {
        public Fona3G(HeboTech.ATLib.Parsing.AtChannel channel) { }
        public event System.EventHandler<HeboTech.ATLib.Modems.SmsReceivedEventArgs> SmsReceived;
        public System.Threading.Tasks.Task<bool> SetRequiredSettingsBeforePinAsync() => System.Threading.Tasks.Task.FromResult(true);
        public System.Threading.Tasks.Task<bool> SetRequiredSettingsAfterPinAsync() => System.Threading.Tasks.Task.FromResult(true);
        public System.Threading.Tasks.Task<HeboTech.ATLib.Misc.ModemResponse<HeboTech.ATLib.Misc.SimStatus>> GetSimStatusAsync() => System.Threading.Tasks.Task.FromResult(new HeboTech.ATLib.Misc.ModemResponse<HeboTech.ATLib.Misc.SimStatus>());
        public System.Threading.Tasks.Task<HeboTech.ATLib.Misc.ModemResponse> EnterSimPinAsync(HeboTech.ATLib.Misc.PersonalIdentificationNumber pin) => System.Threading.Tasks.Task.FromResult(new HeboTech.ATLib.Misc.ModemResponse());
        public System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<HeboTech.ATLib.Misc.ModemResponse<HeboTech.ATLib.Messaging.SmsReference>>> SendSmsAsync(HeboTech.ATLib.Messaging.SmsSubmitRequest request) => System.Threading.Tasks.Task.FromResult<System.Collections.Generic.IEnumerable<HeboTech.ATLib.Misc.ModemResponse<HeboTech.ATLib.Messaging.SmsReference>>>(new HeboTech.ATLib.Misc.ModemResponse<HeboTech.ATLib.Messaging.SmsReference>[0]);
        public System.Threading.Tasks.Task<HeboTech.ATLib.Misc.ModemResponse> RawCommandAsync(string command) => System.Threading.Tasks.Task.FromResult(new HeboTech.ATLib.Misc.ModemResponse());
        public System.Threading.Tasks.Task<HeboTech.ATLib.Misc.ModemResponse> SendUssdAsync(string code) => System.Threading.Tasks.Task.FromResult(new HeboTech.ATLib.Misc.ModemResponse());
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- nanoFramework networking helper
namespace nanoFramework.Networking
{
    public static class NetworkHelper { public static System.Exception HelperException { get; } }
}

// ---------------------------------------------------------------- Idaax CoAPSharp
namespace Idaax.CoAP.Message
{
    public abstract class AbstractCoAPMessage
    {
        public CoAPToken Token { get; set; }
        public System.Net.IPEndPoint RemoteSender { get; set; }
        public CoAPPayload Payload { get; set; }
        public void AddOption(ushort optionNumber, byte[] value) { }
    }
    public class CoAPMessageType { public const byte CON = 0, NON = 1, ACK = 2, RST = 3; public byte Value { get; set; } }
    public class CoAPMessageCode { public const byte GET = 1, CONTENT = 69, NOT_FOUND = 132, METHOD_NOT_ALLOWED = 133, NOT_IMPLEMENTED = 161; public byte Value { get; set; } }
    public class CoAPMessageID { public ushort Value { get; set; } }
    public class CoAPToken { public CoAPToken() { } public CoAPToken(byte[] tokenValue) { } public byte[] Value { get; set; } }
    public class CoAPPayload { public CoAPPayload(string payload) { } }
    public class CoAPHeaderOption { public const ushort CONTENT_FORMAT = 12; }
    public class CoAPContentFormatOption { public const ushort TEXT_PLAIN = 0, APPLICATION_JSON = 50; }
    public class CoAPRequest : AbstractCoAPMessage
    {
        public CoAPRequest() { }
        public CoAPRequest(byte messageType, byte requestCode, ushort messageId) { }
        public CoAPMessageType MessageType { get; } = new CoAPMessageType();
        public CoAPMessageCode Code { get; } = new CoAPMessageCode();
        public CoAPMessageID ID { get; } = new CoAPMessageID();
        public string GetPath() => null;
    }
    public class CoAPResponse : AbstractCoAPMessage
    {
        public CoAPResponse(byte messageType, byte code, ushort id) { }
    }
}
namespace Idaax.CoAP.Helpers
{
    public static class AbstractByteUtils { public static byte[] GetBytes(ushort value) => new byte[2]; }
    public static class JSONResult { public static string ToJSON(System.Collections.Hashtable values) => "{}"; }
}
namespace Idaax.CoAP.Channels
{
    public delegate void CoAPRequestReceivedHandler(Idaax.CoAP.Message.CoAPRequest coapReq);
    public delegate void CoAPResponseReceivedHandler(Idaax.CoAP.Message.CoAPResponse coapResp);
    public delegate void CoAPErrorHandler(System.Exception e, Idaax.CoAP.Message.AbstractCoAPMessage associatedMsg);
    public class CoAPServerChannel
    {
        public event CoAPRequestReceivedHandler CoAPRequestReceived;
        public event CoAPResponseReceivedHandler CoAPResponseReceived;
        public event CoAPErrorHandler CoAPError;
        public void Initialize(string host, int port) { }
        public void Send(Idaax.CoAP.Message.AbstractCoAPMessage message) { }
    }
}

// ---------------------------------------------------------------- OPC UA .NET SDK (Traeger, Opc.UaFx)
namespace Opc.UaFx
{
    public enum OpcRequestType { Read, Write, Browse, Call }
    public class OpcValue { public object Value { get; } public override string ToString() => string.Empty; }
}
namespace Opc.UaFx.Client
{
    public class OpcClientIdentity { public OpcClientIdentity(string userName, string password) { } }
    public class OpcClientSecurity { public OpcClientIdentity UserIdentity { get; set; } }
    public class OpcClient : System.IDisposable
    {
        public OpcClient(string serverAddress) { }
        public OpcClientSecurity Security { get; } = new OpcClientSecurity();
        public void Connect() { }
        public void Disconnect() { }
        public Opc.UaFx.OpcValue ReadNode(string nodeId) => new Opc.UaFx.OpcValue();
        public void WriteNode(string nodeId, object value) { }
        public void Dispose() { }
    }
}
namespace Opc.UaFx.Server
{
    public class OpcNodeManager { public OpcNodeManager(string defaultNamespaceUri) { } }
    public class OpcUserNameAclEntry { public void Deny(Opc.UaFx.OpcRequestType type) { } public void Allow(Opc.UaFx.OpcRequestType type) { } }
    public class OpcUserNameAcl
    {
        public bool IsEnabled { get; set; }
        public OpcUserNameAclEntry AddEntry(string userName, string password) => new OpcUserNameAclEntry();
    }
    public class OpcServerSecurity { public OpcUserNameAcl UserNameAcl { get; } = new OpcUserNameAcl(); }
    public class OpcServer : System.IDisposable
    {
        public OpcServer(string baseAddress, params OpcNodeManager[] nodeManagers) { }
        public OpcServerSecurity Security { get; } = new OpcServerSecurity();
        public void Start() { }
        public void Stop() { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Microsoft.Extensions.DependencyInjection / Configuration
namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection { }
    public class ServiceCollection : IServiceCollection { }
    public interface IHttpClientBuilder { }
    public class ServiceProvider : System.IServiceProvider { public object GetService(System.Type serviceType) => null; }
    public static class ServiceCollectionContainerBuilderExtensions { public static ServiceProvider BuildServiceProvider(this IServiceCollection services) => new ServiceProvider(); }
    public static class ServiceProviderServiceExtensions { public static T GetRequiredService<T>(this System.IServiceProvider provider) => default; }
    public static class HttpClientFactoryServiceCollectionExtensions
    {
        public static IHttpClientBuilder AddHttpClient<TClient, TImplementation>(this IServiceCollection services, System.Action<System.IServiceProvider, System.Net.Http.HttpClient> configureClient)
            where TClient : class where TImplementation : class, TClient => null;
    }
}
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration { string this[string key] { get; set; } }
    public static class ConfigurationBinder
    {
        public static void Bind(this IConfiguration configuration, object instance) { }
        public static void Bind(this IConfiguration configuration, string key, object instance) { }
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
    }
}

// ---------------------------------------------------------------- MQTTnet client factory (v4 surface the shared stubs lack)
namespace MQTTnet
{
    public class MqttFactory { public MQTTnet.Client.IMqttClient CreateMqttClient() => null; }
    public static class MqttClientExtensions
    {
        public static System.Threading.Tasks.Task PublishStringAsync(MQTTnet.Client.IMqttClient mqttClient, string topic, string payload = null) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace MQTTnet.Client
{
    public class MqttClientDisconnectedEventArgs : System.EventArgs { public System.Exception Exception { get; } }
    public class MqttClientConnectResult { }
    public interface IMqttClient : System.IDisposable
    {
        bool IsConnected { get; }
        event System.Func<MqttClientDisconnectedEventArgs, System.Threading.Tasks.Task> DisconnectedAsync;
        System.Threading.Tasks.Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task SubscribeAsync(string topic);
    }
}

// ---------------------------------------------------------------- Newtonsoft.Json
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => System.Text.Json.JsonSerializer.Serialize(value);
        public static T DeserializeObject<T>(string value) => default;
    }
}

// ---------------------------------------------------------------- ZWaveDotNet
namespace ZWaveDotNet.Enums
{
    public enum InclusionStrategy { Insecure, LegacyS0Only, S2Only, PreferS2 }
}
namespace ZWaveDotNet.CommandClasses
{
    public enum UserCodeStatus : byte { Available = 0, Occupied = 1, Disabled = 2 }
    public class CommandClassBase { }
    public class UserCode : CommandClassBase
    {
        public System.Threading.Tasks.Task Set(ushort userId, UserCodeStatus status, string code, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.CompletedTask;
    }
}
namespace ZWaveDotNet.Entities
{
    public class Node
    {
        public ushort ID { get; }
        public T GetCommandClass<T>() where T : ZWaveDotNet.CommandClasses.CommandClassBase => default;
        public System.Threading.Tasks.Task Interview() => System.Threading.Tasks.Task.CompletedTask;
    }
    public class Controller
    {
        public Controller(string port, byte[] s0Key, byte[] s2unauthKey, byte[] s2authKey, byte[] s2accessKey) { }
        public System.Collections.Generic.Dictionary<ushort, Node> Nodes { get; } = new System.Collections.Generic.Dictionary<ushort, Node>();
        public event System.EventHandler NodeInfoUpdated;
        public event System.EventHandler NodeReady;
        public System.Threading.Tasks.Task Reset() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task Start() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task ImportNodeDBAsync(string path) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task ExportNodeDBAsync(string path) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task StartInclusion(ZWaveDotNet.Enums.InclusionStrategy strategy, ushort pin = 0) => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task StopInclusion() => System.Threading.Tasks.Task.CompletedTask;
    }
}

// ---------------------------------------------------------------- 32feet.NET (InTheHand.Net)
namespace InTheHand.Net
{
    public class BluetoothAddress
    {
        public static BluetoothAddress Parse(string bluetoothString) => new BluetoothAddress();
        public override string ToString() => "000000000000";
    }
    public class BluetoothEndPoint : System.Net.EndPoint { public BluetoothEndPoint(BluetoothAddress address, System.Guid service) { } }
}
namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothService { public static readonly System.Guid SerialPort = new System.Guid("00001101-0000-1000-8000-00805F9B34FB"); }
    public static class BluetoothSecurity
    {
        public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }
}
namespace InTheHand.Net.Sockets
{
    public class BluetoothClient : System.IDisposable
    {
        public void Connect(InTheHand.Net.BluetoothEndPoint remoteEP) { }
        public void Close() { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- S7.Net, MySQL Connector, OPC UA (Opc.Ua identity)
namespace S7.Net
{
    public enum CpuType { S7200 = 0, S7300 = 10, S7400 = 20, S71200 = 30, S71500 = 40 }
    public class Plc : System.IDisposable
    {
        public Plc(CpuType cpu, string ip, short rack, short slot) { }
        public void Open() { }
        public void Close() { }
        public object Read(string variable) => null;
        public void Write(string variable, object value) { }
        public void Dispose() { }
    }
    public static class Conversion { public static float ConvertToFloat(this uint input) => 0f; }
}
namespace MySql.Data.MySqlClient
{
    public enum MySqlDbType { Int32 = 3, Double = 5, VarChar = 253 }
    public class MySqlParameter { public object Value { get; set; } }
    public class MySqlParameterCollection
    {
        public MySqlParameter AddWithValue(string parameterName, object value) => new MySqlParameter();
        public MySqlParameter this[string name] => new MySqlParameter();
    }
    public class MySqlConnection : System.IDisposable
    {
        public MySqlConnection() { }
        public MySqlConnection(string connectionString) { }
        public string ConnectionString { get; set; }
        public void Open() { }
        public void Close() { }
        public void Dispose() { }
    }
    public class MySqlDataReader : System.IDisposable
    {
        public bool HasRows { get; }
        public bool Read() => false;
        public object this[string name] => null;
        public void Close() { }
        public void Dispose() { }
    }
    public class MySqlCommand : System.IDisposable
    {
        public MySqlCommand(string cmdText, MySqlConnection connection) { }
        public MySqlParameterCollection Parameters { get; } = new MySqlParameterCollection();
        public int ExecuteNonQuery() => 0;
        public MySqlDataReader ExecuteReader() => new MySqlDataReader();
        public void Dispose() { }
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

// ---------------------------------------------------------------- a UHF RFID reader SDK (vendor-neutral name; parameters as in such SDKs)
namespace Acme.Rfid
{
    public class UhfReader : System.IDisposable
    {
        public UhfReader(string host) { }
        public void SetEas(string epc, bool enabled, string accessPassword) { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- RAK3172 LoRaWAN module library
namespace RakWireless.Rak3172
{
    public class Rak3172Modem
    {
        public Rak3172Modem(string serialPortName) { }
        public void JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) { }
        public void Send(byte port, byte[] payload) { }
    }
}

// ---------------------------------------------------------------- AWS SDK, BACnet, Npgsql, StackExchange.Redis, InfluxDB
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
namespace System.IO.BACnet
{
    public class BacnetAddress { }
    public class BacnetIpUdpProtocolTransport { public BacnetIpUdpProtocolTransport(int port) { } }
    public class BacnetClient
    {
        public BacnetClient(BacnetIpUdpProtocolTransport transport) { }
        public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enable_disable, string password, byte invoke_id = 0) => true;
    }
}
namespace Npgsql
{
    public class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}
namespace StackExchange.Redis
{
    public class EndPointCollection : System.Collections.Generic.List<string> { }
    public class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string User { get; set; }
        public string Password { get; set; }
        public bool Ssl { get; set; }
    }
    public class ConnectionMultiplexer : System.IDisposable
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new ConnectionMultiplexer();
        public void Dispose() { }
    }
}
namespace InfluxDB.Client
{
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public void Dispose() { }
    }
}
