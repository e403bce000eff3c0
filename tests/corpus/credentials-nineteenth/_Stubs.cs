#nullable disable
// Library surface corpus19 needs that the shared Stubs.g.cs lacks. Type names, namespaces and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims
// rather than library surface say so in a comment.

// ---------------------------------------------------------------- Microsoft.Extensions.Configuration / Options
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
        IConfigurationSection GetSection(string key);
    }
    public interface IConfigurationSection : IConfiguration { string Key { get; } string Path { get; } string Value { get; set; } }
    public static class ConfigurationBinder
    {
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
        public static T Get<T>(this IConfiguration configuration) => default;
    }
}
namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class { TOptions Value { get; } }
    public interface IOptionsMonitor<out TOptions> { TOptions CurrentValue { get; } }
    public static class Options
    {
        public static IOptions<TOptions> Create<TOptions>(TOptions options) where TOptions : class => null;
    }
}

// ---------------------------------------------------------------- Newtonsoft.Json (JObject as the Fiery sample uses it)
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
        public static implicit operator JToken(string value) => new JToken();
        public override string ToString() => string.Empty;
    }
    public class JObject : JToken
    {
        public JToken this[string propertyName] { get => new JToken(); set { } }
        public static JObject Parse(string json) => new JObject();
    }
}

// ---------------------------------------------------------------- MQTTnet members the shared stubs lack (shims)
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    public class MqttClientOptionsBuilderTlsParameters { public bool UseTls { get; set; } public bool AllowUntrustedCertificates { get; set; } }
    // Shims: the shared v3 MqttClientOptionsBuilder stub has no WithTls/Build; the real v3 builder has them as instance methods.
    public static class MqttClientOptionsBuilderV3Shim
    {
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, System.Action<MqttClientOptionsBuilderTlsParameters> configure) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null;
    }
}
namespace MQTTnet.Extensions.ManagedClient
{
    public class ManagedMqttClientOptions { }
    public class ManagedMqttClientOptionsBuilder
    {
        public ManagedMqttClientOptionsBuilder WithClientOptions(MQTTnet.Client.Options.IMqttClientOptions value) => this;
        public ManagedMqttClientOptionsBuilder WithAutoReconnectDelay(System.TimeSpan value) => this;
        public ManagedMqttClientOptions Build() => new ManagedMqttClientOptions();
    }
    public interface IManagedMqttClient : System.IDisposable
    {
        System.Threading.Tasks.Task StartAsync(ManagedMqttClientOptions options);
        System.Threading.Tasks.Task SubscribeAsync(string topic);
    }
}
namespace MQTTnet
{
    // v4: the factory lives in the root namespace.
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
        public MQTTnet.Extensions.ManagedClient.IManagedMqttClient CreateManagedMqttClient() => null;
    }
    // v5: client factory and client.
    public class MqttClientFactory
    {
        public IMqttClient CreateMqttClient() => null;
        public MqttClientOptionsBuilder CreateClientOptionsBuilder() => new MqttClientOptionsBuilder();
    }
    public class MqttClientConnectResult { public string ReasonString { get; } }
    public interface IMqttClient : System.IDisposable
    {
        bool IsConnected { get; }
        System.Threading.Tasks.Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task DisconnectAsync();
        System.Threading.Tasks.Task SubscribeAsync(string topic);
    }
    // Shims: the shared v5 builder stub has no WithClientId/WithCleanSession; the real builder has them as instance methods.
    public static class MqttClientOptionsBuilderV5Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}
namespace MQTTnet.Client
{
    public enum MqttClientConnectResultCode { Success = 0, BadUserNameOrPassword = 134 }
    public class MqttClientConnectResult { public MqttClientConnectResultCode ResultCode { get; } }
    public class MqttClientTlsOptions { public System.Security.Authentication.SslProtocols SslProtocol { get; set; } public bool UseTls { get; set; } }
    public interface IMqttClient : System.IDisposable
    {
        System.Threading.Tasks.Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, System.Threading.CancellationToken cancellationToken = default);
        System.Threading.Tasks.Task SubscribeAsync(string topic);
        System.Threading.Tasks.Task DisconnectAsync();
    }
    // Shims: members of the real v4 builder the shared stub lacks.
    public static class MqttClientOptionsBuilderV4Shim
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, System.Action<MqttClientTlsOptions> configure) => builder;
    }
}

// ---------------------------------------------------------------- Unosquare.RaspberryIO (Computer.NetworkSettings)
namespace Unosquare.RaspberryIO.Computer
{
    public class WirelessNetworkInfo { public string Name { get; set; } public string Quality { get; set; } public bool IsEncrypted { get; set; } }
    public class NetworkAdapterInfo { public string Name { get; set; } public string MacAddress { get; set; } public bool IsWireless { get; set; } public System.Net.IPAddress IPv4 { get; set; } public string AccessPointName { get; set; } }
    public class NetworkSettings
    {
        public static NetworkSettings Instance { get; } = new NetworkSettings();
        public string HostName => string.Empty;
        public System.Collections.Generic.List<WirelessNetworkInfo> RetrieveWirelessNetworks(string adapter) => new System.Collections.Generic.List<WirelessNetworkInfo>();
        public bool SetupWirelessNetwork(string adapterName, string networkSsid, string password = null, string countryCode = "US") => true;
        public System.Collections.Generic.List<NetworkAdapterInfo> RetrieveAdapters() => new System.Collections.Generic.List<NetworkAdapterInfo>();
        public string GetWirelessNetworkName() => string.Empty;
    }
}

// ---------------------------------------------------------------- MiHomeLib (Xiaomi Aqara gateway, v1 protocol)
namespace MiHomeLib.Devices
{
    public abstract class MiHomeDevice { public string Sid { get; } public string Name { get; set; } }
    public class Gateway : MiHomeDevice { public void EnableLight(byte r = 255, byte g = 255, byte b = 255, int illumination = 1000) { } public void DisableLight() { } public void PlaySound(int soundNumber, int volume = 50) { } }
    public class DoorWindowSensor : MiHomeDevice { public string Status { get; } public event System.EventHandler OnOpen; public event System.EventHandler OnClose; }
    public class ThSensor : MiHomeDevice { public float? Temperature { get; } public float? Humidity { get; } }
}
namespace MiHomeLib
{
    public class MiHome : System.IDisposable
    {
        public MiHome(string gatewayPassword = null, string gatewaySid = null) { }
        public MiHome(System.Collections.Generic.Dictionary<string, string> namesMap, string gatewayPassword = null, string gatewaySid = null) { }
        public MiHomeLib.Devices.Gateway GetGateway() => null;
        public T GetDeviceByName<T>(string name) where T : MiHomeLib.Devices.MiHomeDevice => null;
        public System.Collections.Generic.IEnumerable<T> GetDevicesByType<T>() where T : MiHomeLib.Devices.MiHomeDevice => null;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- ocpp-sharp (OcppSharp client, OCPP 1.6)
namespace OcppSharp
{
    public enum ProtocolVersion { OCPP16, OCPP201 }
}
namespace OcppSharp.Protocol
{
    public abstract class RequestPayload { }
    public abstract class ResponsePayload { }
    public class Response { public ResponsePayload Payload { get; set; } public string BaseJson { get; set; } }
}
namespace OcppSharp.Protocol.Version16.Types
{
    public class KeyValue { public string key { get; set; } public string value { get; set; } public bool @readonly { get; set; } }
}
namespace OcppSharp.Protocol.Version16.RequestPayloads
{
    public class BootNotificationRequest : OcppSharp.Protocol.RequestPayload
    {
        public string chargePointVendor { get; set; }
        public string chargePointModel { get; set; }
        public string chargePointSerialNumber { get; set; }
        public string firmwareVersion { get; set; }
    }
    public class AuthorizeRequest : OcppSharp.Protocol.RequestPayload { public string idTag { get; set; } }
    public class GetConfigurationRequest : OcppSharp.Protocol.RequestPayload { public string[] key { get; set; } }
}
namespace OcppSharp.Protocol.Version16.ResponsePayloads
{
    public class BootNotificationResponse : OcppSharp.Protocol.ResponsePayload { public int interval { get; set; } }
    public class GetConfigurationResponse : OcppSharp.Protocol.ResponsePayload { public OcppSharp.Protocol.Version16.Types.KeyValue[] configurationKey { get; set; } }
}
namespace OcppSharp.Client
{
    public class OcppSharpClient : System.IDisposable
    {
        public OcppSharpClient(string uri, OcppSharp.ProtocolVersion protocolVersion) { }
        public void RegisterHandler<T>(System.Func<OcppSharpClient, T, OcppSharp.Protocol.ResponsePayload> handler) where T : OcppSharp.Protocol.RequestPayload { }
        public void Connect() { }
        public void Disconnect() { }
        public System.Threading.Tasks.Task<OcppSharp.Protocol.Response> SendRequestAsync(OcppSharp.Protocol.RequestPayload payload) => System.Threading.Tasks.Task.FromResult(new OcppSharp.Protocol.Response());
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- ezviz.net (EZVIZ cloud client)
namespace ezviz.net.domain
{
    public class EzvizUser { public string Username { get; set; } }
    public class Camera { public string SerialNumber { get; set; } public string Name { get; set; } public bool Armed { get; set; } }
}
namespace ezviz.net
{
    public class EzvizClient
    {
        public EzvizClient(string username, string password) { }
        public EzvizClient(string username, string password, string region) { }
        public System.Threading.Tasks.Task<ezviz.net.domain.EzvizUser> Login() => System.Threading.Tasks.Task.FromResult(new ezviz.net.domain.EzvizUser());
        public System.Threading.Tasks.Task<System.Collections.Generic.IEnumerable<ezviz.net.domain.Camera>> GetCameras(System.Threading.CancellationToken stoppingToken) => null;
    }
}

// ---------------------------------------------------------------- BACnet (ela-compil/BACnet, System.IO.BACnet)
namespace System.IO.BACnet
{
    public enum BacnetAddressTypes { None, IP, MSTP, Ethernet }
    public enum BacnetReinitializedStates : uint { BACNET_REINIT_COLDSTART = 0, BACNET_REINIT_WARMSTART = 1, BACNET_REINIT_STARTBACKUP = 2, BACNET_REINIT_ENDBACKUP = 3 }
    public enum BacnetSegmentations { SEGMENTATION_BOTH = 0, SEGMENTATION_NONE = 3 }
    public class BacnetAddress { public BacnetAddress(BacnetAddressTypes addressType, string address, ushort network = 0) { } }
    public class BacnetIpUdpProtocolTransport { public BacnetIpUdpProtocolTransport(int port, bool useExclusivePort = false, bool dontFragment = false, int maxPayload = 1472, string localEndpointIp = "") { } }
    public delegate void IamHandler(BacnetClient sender, BacnetAddress adr, uint deviceId, uint maxAPDU, BacnetSegmentations segmentation, ushort vendorId);
    public class BacnetClient : System.IDisposable
    {
        public BacnetClient(BacnetIpUdpProtocolTransport transport, int timeout = 1000, int retries = 3) { }
        public event IamHandler OnIam;
        public void Start() { }
        public void WhoIs(int lowLimit = -1, int highLimit = -1, BacnetAddress receiver = null) { }
        public void DeviceCommunicationControlRequest(BacnetAddress address, uint timeDuration, uint enableDisable, string password) { }
        public bool ReinitializeRequest(BacnetAddress adr, BacnetReinitializedStates state, string password, byte invokeId = 0) => true;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- SimpleWifi (Windows native Wi-Fi wrapper)
namespace SimpleWifi
{
    public class AccessPoint
    {
        public string Name { get; }
        public bool IsConnected { get; }
        public bool HasProfile { get; }
        public uint SignalStrength { get; }
        public bool Connect(AuthRequest request, bool overwriteProfile = false) => true;
        public void ConnectAsync(AuthRequest request, bool overwriteProfile = false, System.Action<bool> onConnectComplete = null) { }
    }
    public class AuthRequest
    {
        public AuthRequest(AccessPoint ap) { }
        public bool IsPasswordRequired { get; }
        public string Password { get; set; }
        public string Username { get; set; }
        public string Domain { get; set; }
    }
    public class Wifi
    {
        public System.Collections.Generic.List<AccessPoint> GetAccessPoints() => new System.Collections.Generic.List<AccessPoint>();
        public void Disconnect() { }
    }
}

// ---------------------------------------------------------------- SynoAPI (the repository's Synology DSM wrapper library)
namespace syno
{
    public class Init { public Init(string protocol, string ip, int port, string username, string password) { } }
    public class LoginResult { public string sid { get; set; } }
}
namespace syno.API
{
    public static class Auth
    {
        public static syno.LoginResult GetLogin(syno.Init server) => new syno.LoginResult();
        public static bool GetLogout(syno.Init server) => true;
    }
}
namespace syno.SurveillanceStation
{
    public static class Camera { public static string[] List(syno.Init server) => new string[0]; }
}

// ---------------------------------------------------------------- KoenZomers.Tado.Api
namespace KoenZomers.Tado.Api.Entities
{
    public class House { public int Id { get; set; } public string Name { get; set; } }
    public class ZoneSummary { public double? InsideTemperature { get; set; } }
}
namespace KoenZomers.Tado.Api
{
    public class Session : System.IDisposable
    {
        public Session(string username, string password) { }
        public System.Net.NetworkCredential ProxyCredential { get; set; }
        public System.Net.IWebProxy ProxyConfiguration { get; set; }
        public System.Threading.Tasks.Task Authenticate() => System.Threading.Tasks.Task.CompletedTask;
        public System.Threading.Tasks.Task<KoenZomers.Tado.Api.Entities.House> GetHome(int homeId) => null;
        public System.Threading.Tasks.Task<KoenZomers.Tado.Api.Entities.ZoneSummary> GetSummarizedZoneState(int homeId, int zoneId) => null;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Windows.Security.Credentials (UWP) and a Wi-Fi shim
namespace Windows.Security.Credentials
{
    public sealed class PasswordCredential
    {
        public PasswordCredential() { }
        public PasswordCredential(string resource, string userName, string password) { }
        public string Password { get; set; }
    }
}
namespace Windows.Devices.WiFi
{
    public enum WiFiConnectionStatus { Success, AccessRevoked, InvalidCredential, NetworkNotAvailable, Timeout, UnspecifiedFailure }
    public class WiFiConnectionResult { public WiFiConnectionStatus ConnectionStatus { get; } }
    // Shim: the shared WiFiAdapter stub has only Connect(..., string passwordCredential); the real UWP adapter has
    // ConnectAsync(availableNetwork, reconnectionKind, passwordCredential, ssid) as an instance method.
    public static class WiFiAdapterAsyncShim
    {
        public static System.Threading.Tasks.Task<WiFiConnectionResult> ConnectAsync(this WiFiAdapter adapter, WiFiAvailableNetwork availableNetwork, WiFiReconnectionKind reconnectionKind, Windows.Security.Credentials.PasswordCredential passwordCredential, string ssid) => System.Threading.Tasks.Task.FromResult(new WiFiConnectionResult());
    }
}

// ---------------------------------------------------------------- System.IO.Ports (nanoFramework / NuGet package)
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even }
    public enum StopBits { None, One, Two }
    public enum Handshake { None, XOnXOff, RequestToSend }
    public class SerialPort : System.IDisposable
    {
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public static string[] GetPortNames() => new string[0];
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public int DataBits { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public string NewLine { get; set; }
        public int ReadTimeout { get; set; }
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadLine() => string.Empty;
        public string ReadExisting() => string.Empty;
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- InfluxDB client (used by a written file)
namespace InfluxDB.Client
{
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- AWS SDK (Amazon.Runtime)
namespace Amazon.Runtime
{
    public class BasicAWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}
