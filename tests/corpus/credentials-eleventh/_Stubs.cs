// Library surface used by /work/corpus11/Device that the shared stub library (Stubs.g.cs) lacks.
// Declared in the libraries' own namespaces with their parameter names; bodies are placeholders.
// Members that the shared stubs' (non-partial) classes lack are written as ordinary static extension methods.
#nullable disable
using System;
using System.Collections.Generic;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

// ---------------------------------------------------------------- System.IO.Ports (desktop and nanoFramework)
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public enum Handshake { None, XOnXOff, RequestToSend, RequestToSendXOnXOff }
    public enum SerialData { Chars, Eof }
    public class SerialDataReceivedEventArgs : EventArgs { public SerialData EventType { get; } }
    public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);

    public class SerialPort : IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public int DataBits { get; set; }
        public char WatchChar { get; set; }
        public bool IsOpen { get; }
        public int BytesToRead { get; }
        public event SerialDataReceivedEventHandler DataReceived;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public string ReadLine() => "";
        public int Read(byte[] buffer, int offset, int count) => 0;
        public static string[] GetPortNames() => new string[0];
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- nanoFramework
namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction { COM2_RX, COM2_TX, COM3_RX, COM3_TX }
    public static class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction function) { }
    }
}

namespace nanoFramework.M2Mqtt
{
    public static class MqttClientPublishExtensions
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 0;
    }
}

namespace nanoFramework.WebServer
{
    [AttributeUsage(AttributeTargets.Method)]
    public class RouteAttribute : Attribute { public RouteAttribute(string route) { } }
    public class WebServerEventArgs : EventArgs { }
}

// ---------------------------------------------------------------- uPLibrary M2Mqtt (classic)
namespace uPLibrary.Networking.M2Mqtt
{
    public static class MqttClientMessagingExtensions
    {
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 0;
        public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 0;
    }
}

// ---------------------------------------------------------------- MQTTnet 4
namespace MQTTnet
{
    public class MqttApplicationMessage { }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
        public MQTTnet.Client.MqttClientDisconnectOptionsBuilder CreateClientDisconnectOptionsBuilder() => new MQTTnet.Client.MqttClientDisconnectOptionsBuilder();
    }
}

namespace MQTTnet.Client
{
    public enum MqttClientConnectResultCode { Success = 0, UnspecifiedError = 128, BadUserNameOrPassword = 134 }
    public class MqttClientConnectResult { public MqttClientConnectResultCode ResultCode { get; set; } }
    public class MqttClientPublishResult { public int ReasonCode { get; set; } public string ReasonString { get; set; } }
    public class MqttClientDisconnectOptions { }
    public class MqttClientDisconnectOptionsBuilder { public MqttClientDisconnectOptions Build() => new MqttClientDisconnectOptions(); }
    public interface IMqttClient : IDisposable
    {
        Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task<MqttClientPublishResult> PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
        Task DisconnectAsync(MqttClientDisconnectOptions options, CancellationToken cancellationToken = default);
    }
    public static class MqttClientOptionsBuilderTimeoutExtensions
    {
        public static MqttClientOptionsBuilder WithTimeout(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
    }
}

// ---------------------------------------------------------------- Azure IoT device SDK and DPS
namespace Microsoft.Azure.Devices.Client
{
    public class Message : IDisposable
    {
        public Message(byte[] byteArray) { }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public void Dispose() { }
    }
    public class DeviceAuthenticationWithX509Certificate : IAuthenticationMethod
    {
        public DeviceAuthenticationWithX509Certificate(string deviceId, X509Certificate2 certificate) { }
    }
    public static class DeviceClientMessagingExtensions
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task CloseAsync(this DeviceClient client) => Task.CompletedTask;
    }
}

namespace Microsoft.Azure.Devices.Shared
{
    public abstract class SecurityProvider { }
    public class SecurityProviderX509Certificate : SecurityProvider
    {
        public SecurityProviderX509Certificate(X509Certificate2 clientCertificate, X509Certificate2Collection certificateChain = null) { }
        public string GetRegistrationID() => "";
    }
}

namespace Microsoft.Azure.Devices.Provisioning.Client
{
    public enum ProvisioningRegistrationStatusType { Unassigned, Assigning, Assigned, Failed, Disabled }
    public class DeviceRegistrationResult
    {
        public ProvisioningRegistrationStatusType Status { get; set; }
        public string DeviceId { get; set; }
        public string AssignedHub { get; set; }
    }
    public class ProvisioningDeviceClient
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope,
            Microsoft.Azure.Devices.Shared.SecurityProvider securityProvider,
            Microsoft.Azure.Devices.Provisioning.Client.Transport.ProvisioningTransportHandler transport) => new ProvisioningDeviceClient();
        public Task<DeviceRegistrationResult> RegisterAsync() => Task.FromResult(new DeviceRegistrationResult());
    }
}

namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
{
    public abstract class ProvisioningTransportHandler { }
    public class ProvisioningTransportHandlerMqtt : ProvisioningTransportHandler { }
    public class ProvisioningTransportHandlerAmqp : ProvisioningTransportHandler { }
    public class ProvisioningTransportHandlerHttp : ProvisioningTransportHandler { }
}

// ---------------------------------------------------------------- TasmotaSharp (NuGet TasmotaSharp)
namespace TasmotaSharp.Models
{
    public class StatusNET { public string IPAddress { get; set; } }
    public class Wifi { public int? RSSI { get; set; } public string SSId { get; set; } }
    public class StatusMQT { public string MqttHost { get; set; } }
    public class WifiScanResult
    {
        public string SSID { get; set; }
        public string BSSId { get; set; }
        public int? Channel { get; set; }
        public int? SignalDbm { get; set; }
        public int? RssiPercent { get; set; }
        public string Encryption { get; set; }
    }
}

namespace TasmotaSharp
{
    using TasmotaSharp.Models;

    public class TasmotaClient : IDisposable
    {
        public TasmotaClient(string ipAddress) { }
        public Task<bool?> SetRelayAsync(int relay, bool state, CancellationToken ct = default) => Task.FromResult<bool?>(true);
        public Task<bool?> ToggleRelayAsync(int relay, CancellationToken ct = default) => Task.FromResult<bool?>(true);
        public Task<bool?> GetRelayStateAsync(int relay, CancellationToken ct = default) => Task.FromResult<bool?>(true);
        public Task<bool> SetTimeAsync(DateTime dateTime, CancellationToken ct = default) => Task.FromResult(true);
        public Task<bool> SetTimezoneAsync(int offset, CancellationToken ct = default) => Task.FromResult(true);
        public Task<bool> SetDstAsync(bool enabled, CancellationToken ct = default) => Task.FromResult(true);
        public Task<bool> SetMqttAsync(string host, int? port = null, string user = null, string password = null, string clientId = null,
            string topic = null, string fullTopic = null, bool reconnect = true, CancellationToken ct = default) => Task.FromResult(true);
        public Task<StatusMQT> GetMqttStatusAsync(CancellationToken ct = default) => Task.FromResult(new StatusMQT());
        public Task<bool> SetWifiCredentialsAsync(string ssid, string password, bool restartAfter = true, CancellationToken ct = default) => Task.FromResult(true);
        public Task<(StatusNET Net, Wifi Wifi)?> GetWifiInfoAsync(CancellationToken ct = default) => Task.FromResult<(StatusNET, Wifi)?>(null);
        public Task<List<WifiScanResult>> ScanWifiAsync(int timeoutMs = 5000, int pollIntervalMs = 400, CancellationToken ct = default) => Task.FromResult(new List<WifiScanResult>());
        public Task<bool> EnableAllTimersAsync(bool enable, CancellationToken ct = default) => Task.FromResult(true);
        public Task<bool> SetLedStateAsync(int mode, CancellationToken ct = default) => Task.FromResult(true);
        public Task<bool> RestartAsync(CancellationToken ct = default) => Task.FromResult(true);
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- QuickNV Hikvision NetSDK wrapper
namespace Hikvision.NetSDK.Api
{
    public class HvChannel { public int Id { get; set; } public string Name { get; set; } }
    public class HvConfigService
    {
        public DateTime GetTime() => DateTime.Now;
        public object GetDeviceConfig() => new object();
        public object GetNetworkConfig() => new object();
        public object GetHdConfig() => new object();
    }
    public class HvChannelService
    {
        public void RefreshChannelsName() { }
        public HvChannel[] AnalogChannels { get; } = new HvChannel[0];
        public HvChannel[] IpChannels { get; } = new HvChannel[0];
    }
    public class HvSession
    {
        public int UserId { get; }
        public HvConfigService ConfigService { get; } = new HvConfigService();
        public HvChannelService ChannelService { get; } = new HvChannelService();
        public static void Init() { }
        public static HvSession Login(string host, int port, string username, string password, Encoding encoding) => new HvSession();
        public void Logout() { }
        public static void Cleanup() { }
    }
}

// ---------------------------------------------------------------- vov4uk Hik.Api
namespace Hik.Api.Data
{
    public class IpChannel { public int ChannelNumber { get; set; } public bool IsOnline { get; set; } public bool IsEmpty { get; set; } }
    public class DeviceInfo { public List<IpChannel> IpChannels { get; set; } = new List<IpChannel>(); }
    public class Session { public int UserId { get; set; } public DeviceInfo Device { get; set; } = new DeviceInfo(); }
    public class HikRemoteFile { public string Name { get; set; } public long Size { get; set; } }
}

namespace Hik.Api.Abstraction
{
    using Hik.Api.Data;

    public interface IPhotoService
    {
        Task<IReadOnlyCollection<HikRemoteFile>> FindFilesAsync(DateTime periodStart, DateTime periodEnd, Session session, int channel = 1);
        void DownloadFile(int userId, string remoteFileName, long size, string destinationPath);
    }
    public interface IVideoService
    {
        Task<IReadOnlyCollection<HikRemoteFile>> FindFilesAsync(DateTime periodStart, DateTime periodEnd, Session session, int channel = 1);
        int StartDownloadFile(int userId, string sourceFile, string destinationPath);
        int GetDownloadPosition(int fileHandle);
        void StopDownloadFile(int fileHandle);
    }
    public interface IHikApi
    {
        IVideoService VideoService { get; }
        IPhotoService PhotoService { get; }
        void Initialize();
        void SetupLogs(int logLevel, string logDirectory, bool autoDeleteLogs);
        void SetConnectTime(uint waitTimeMilliseconds, uint tryTimes);
        void SetReconnect(uint interval, int enableRecon);
        Session Login(string ipAddress, int port, string userName, string password);
        void Logout(int userId);
        void Cleanup();
    }
}

namespace Hik.Api
{
    using Hik.Api.Abstraction;
    using Hik.Api.Data;

    public class HikException : Exception { public string ErrorMessage { get; } }
    public class HikApi : IHikApi
    {
        public IVideoService VideoService { get; }
        public IPhotoService PhotoService { get; }
        public void Initialize() { }
        public void SetupLogs(int logLevel, string logDirectory, bool autoDeleteLogs) { }
        public void SetConnectTime(uint waitTimeMilliseconds, uint tryTimes) { }
        public void SetReconnect(uint interval, int enableRecon) { }
        public Session Login(string ipAddress, int port, string userName, string password) => new Session();
        public void Logout(int userId) { }
        public void Cleanup() { }
    }
}

// ---------------------------------------------------------------- Dlid.MiHome
namespace Dlid.MiHome
{
    public class MiHomeResponse { public bool Success { get; set; } public string ResponseText { get; set; } }
    public class MiDevice
    {
        public MiDevice(string IPAddress, string Token) { }
        public MiHomeResponse Send(object request) => new MiHomeResponse();
        public MiHomeResponse Send(string method, params object[] parameters) => new MiHomeResponse();
    }
}

// ---------------------------------------------------------------- nanoFramework.IoT.Device Sim7080
namespace IoT.Device.Sim7080
{
    public enum SystemMode { GSM, LTE_M, LTE_NB, GSM_LTE_M, GSM_LTE_NB }
    public enum ConnectionStatus { Disconnected, Connected }
    public class Sim7080G
    {
        public Sim7080G(System.IO.Ports.SerialPort serialPort) { }
        public string Operator { get; }
        public string IPAddress { get; }
        public ConnectionStatus NetworkConnected { get; }
        public void SetNetworkSystemMode(SystemMode systemMode = SystemMode.GSM, bool enableReporting = true, int wait = 5000) { }
        public ConnectionStatus NetworkConnect(string apn) => ConnectionStatus.Connected;
        public ConnectionStatus NetworkDisconnect() => ConnectionStatus.Disconnected;
        public ConnectionStatus ConnectAzureIoTHub(string deviceId, string hubName, string sasToken, int portNumber = 8883, string apiVersion = "2021-04-12", int wait = 5000) => ConnectionStatus.Connected;
        public ConnectionStatus ConnectEndpoint(string clientId, string endpointUrl, int portNumber, string username, string password, int wait = 5000) => ConnectionStatus.Connected;
        public bool SendMessage(string message) => true;
        public ConnectionStatus DisonnectAzureIoTHub() => ConnectionStatus.Disconnected;
        public void ReadResponse() { }
    }
}

// ---------------------------------------------------------------- Huawei Cloud IoT device SDK
namespace IoT.SDK.Device.Transport
{
    public class RawMessage { public string Topic { get; set; } public string Payload { get; set; } }
}

namespace IoT.SDK.Device.Client.Listener
{
    using IoT.SDK.Device.Transport;

    public interface MessagePublishListener
    {
        void OnMessagePublished(RawMessage message);
        void OnMessageUnPublished(RawMessage message);
    }
}

namespace IoT.SDK.Device.Client.Requests
{
    public class ServiceProperty
    {
        public Dictionary<string, object> properties { get; set; }
        public string serviceId { get; set; }
    }
    public class DeviceMessage { public DeviceMessage(string content) { } }
    public class PubMessage
    {
        public PubMessage(List<ServiceProperty> properties) { }
        public PubMessage(DeviceMessage deviceMessage) { }
        public PubMessage(string topic, string message) { }
    }
}

namespace IoT.SDK.Device.Config
{
    public static class CommonTopic { public const string PRE_TOPIC = "$oc/devices/{device_id}/user/"; }
}

namespace IoT.SDK.Device.Utils
{
    public static class IotUtil { public static string GetRootDirectory() => AppContext.BaseDirectory; }
}

namespace IoT.SDK.Device.Client
{
    using IoT.SDK.Device.Client.Listener;
    using IoT.SDK.Device.Client.Requests;

    public class DeviceClient
    {
        public MessagePublishListener messagePublishListener;
        public void Report(PubMessage pubMessage) { }
        public void SubscribeTopic(string topic) { }
    }
}

namespace IoT.SDK.Device
{
    public class IoTDevice
    {
        public IoTDevice(string serverUri, int port, string deviceId, string deviceSecret) { }
        public IoTDevice(string serverUri, int port, string deviceId, X509Certificate2 deviceCert) { }
        public int Init() => 0;
        public IoT.SDK.Device.Client.DeviceClient GetClient() => new IoT.SDK.Device.Client.DeviceClient();
    }
}

// ---------------------------------------------------------------- devMobile RAK811 LoRaWAN driver
namespace devMobile.IoT.LoRaWAN.NetCore.RAK811
{
    public enum Result { Success, ResponseInvalid, ATResponseTimeout, ErrorResponse }
    public enum LoRaWANDeviceClass { Undefined, A, B, C }
    public delegate void JoinCompletionHandler(bool result);
    public delegate void ReceiveMessageHandler(byte port, int rssi, int snr, string payload);

    public class Rak811LoRaWanDevice : IDisposable
    {
        public event JoinCompletionHandler OnJoinCompletion;
        public event ReceiveMessageHandler OnReceiveMessage;
        public Result Initialise(string serialPortId, int baudRate, System.IO.Ports.Parity serialParity, int dataBits, System.IO.Ports.StopBits stopBitCount) => Result.Success;
        public Result Class(LoRaWANDeviceClass loRaClass) => Result.Success;
        public Result Region(string band) => Result.Success;
        public Result AdrOn() => Result.Success;
        public Result UplinkMessageConfirmationOff() => Result.Success;
        public Result OtaaInitialise(string appEui, string appKey) => Result.Success;
        public Result Join(int timeoutmSec) => Result.Success;
        public Result Send(byte port, string payloadHex, int timeoutmSec) => Result.Success;
        public static byte[] HexToByes(string payloadHex) => new byte[0];
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- Wilderness Labs Meadow
namespace Meadow
{
    public interface ILogger { void Info(string message); }
    public static class Resolver
    {
        public static ILogger Log { get; } = null;
    }
    public abstract class App<TDevice> where TDevice : class, new()
    {
        public static TDevice Device { get; } = new TDevice();
        public virtual Task Initialize() => Task.CompletedTask;
        public virtual Task Run() => Task.CompletedTask;
    }
}

namespace Meadow.Devices
{
    public class NetworkAdapterCollection
    {
        public T Primary<T>() where T : class => null;
    }
    public class F7CoreComputeV2
    {
        public NetworkAdapterCollection NetworkAdapters { get; } = new NetworkAdapterCollection();
    }
}

// ---------------------------------------------------------------- Refit
namespace Refit
{
    [AttributeUsage(AttributeTargets.Method)]
    public class GetAttribute : Attribute { public GetAttribute(string path) { } }
    public static class RestService
    {
        public static T For<T>(System.Net.Http.HttpClient client) => default;
    }
}

// ---------------------------------------------------------------- SurveillanceStation.Net
namespace SurveillanceStation.Net
{
    public class CameraListResponse { public int Total { get; set; } }
    public class BookmarkInfo { public int Id { get; set; } }
    public class ApiException : Exception
    {
        public ApiException(int errorCode, string message) : base(message) { ErrorCode = errorCode; }
        public int ErrorCode { get; }
    }
    public interface ISurveillanceStationClient
    {
        Task LoginAsync(string account, string password);
        Task LogoutAsync();
        Task<CameraListResponse> ListCamerasAsync(string keyword = null);
        Task<byte[]> TakeAndDownloadSnapshotAsync(string camId, int profileType = 0, bool save = true, string time = null);
        Task<BookmarkInfo> CreateBookmarkAsync(string camId, string name, string startTime, string endTime = null, string comment = null);
    }
    public partial class SurveillanceStationClient : ISurveillanceStationClient
    {
        public SurveillanceStationClient(string baseUrl) { }
        public Task LoginAsync(string account, string password) => Task.CompletedTask;
        public Task LogoutAsync() => Task.CompletedTask;
        public Task<CameraListResponse> ListCamerasAsync(string keyword = null) => Task.FromResult(new CameraListResponse());
        public Task<byte[]> TakeAndDownloadSnapshotAsync(string camId, int profileType = 0, bool save = true, string time = null) => Task.FromResult(new byte[0]);
        public Task<BookmarkInfo> CreateBookmarkAsync(string camId, string name, string startTime, string endTime = null, string comment = null) => Task.FromResult(new BookmarkInfo());
    }
}

// ---------------------------------------------------------------- InfluxDB.Client
namespace InfluxDB.Client
{
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- OPC Foundation UA .NET Standard
namespace Opc.Ua
{
    public class UserIdentity
    {
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }
}

// ---------------------------------------------------------------- StackExchange.Redis
namespace StackExchange.Redis
{
    public class EndPointCollection { public void Add(string hostAndPort) { } }
    public class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string Password { get; set; }
        public bool Ssl { get; set; }
    }
    public class ConnectionMultiplexer : IDisposable
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration, System.IO.TextWriter log = null) => new ConnectionMultiplexer();
        public void Dispose() { }
    }
}

// ---------------------------------------------------------------- BACnet (ela-compil/BACnet, System.IO.BACnet)
namespace System.IO.BACnet
{
    public enum BacnetReinitializedStates { BACNET_REINIT_COLDSTART = 0, BACNET_REINIT_WARMSTART = 1 }
    public class BacnetAddress { }
    public class BacnetClient
    {
        public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enable_disable, string password, byte invoke_id = 0) => true;
        public bool ReinitializeRequest(BacnetAddress adr, BacnetReinitializedStates state, string password, byte invoke_id = 0) => true;
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

// ---------------------------------------------------------------- vendor SDK of the avalanche snow sensor radio (made up for this corpus)
namespace Avalanche.Radio
{
    public class LoRaModem
    {
        public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => true;
    }
}
