#nullable disable
// Library surface corpus29 needs that the shared Stubs.g.cs lacks. Namespaces, type names and parameter names follow the
// real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims and not the
// library's own surface say so in a comment: extension members standing in for instance or static members of shared stub
// classes that are not partial (nanoFramework WifiNetworkHelper/WiFiNetworkHelper, System.Device.Wifi.WifiAdapter,
// Windows.Devices.WiFi.WiFiAdapter, nanoFramework DeviceClient, M2Mqtt MqttClient, MQTTnet's options builder, Meadow's
// IWiFiNetworkAdapter, the Azure IoT DeviceClient), and event subscriptions written as methods (the shared stubs declare
// no events and extension members cannot add one). Nothing here redeclares a type Stubs.g.cs declares in the same
// namespace.
using System;
using System.Collections.Generic;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;

// ================================================================ Newtonsoft.Json
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "{}";
        public static T DeserializeObject<T>(string value) => default(T);
    }

    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class JsonPropertyAttribute : Attribute
    {
        public JsonPropertyAttribute() { }
        public JsonPropertyAttribute(string propertyName) { PropertyName = propertyName; }
        public string PropertyName { get; set; }
    }
}

// ================================================================ .NET nanoFramework networking (members the shared stub lacks)
namespace nanoFramework.Networking
{
    public enum NetworkHelperStatus { None, Started, NetworkIsReady, FailedNoNetworkInterface, ErrorConnetingToWiFiWhileScanning, ExceptionOccurred, TokenExpiredWaitingIPAddress, TokenExpiredWaitingDateTime }

    // Shim (added when the corpus joined the test suite, whose compiler predates C# 14's extension blocks): members the
    // shared helpers lack, declared in parts of the shared stubs (which are partial for this).
    public static partial class WifiNetworkHelper
    {
        public static NetworkHelperStatus Status => NetworkHelperStatus.NetworkIsReady;
        public static Exception HelperException => null;
    }

    public partial class IPConfiguration
    {
        public static IPConfiguration Create(string ipv4Address, string ipv4SubnetMask, string ipv4GatewayAddress) => new IPConfiguration();
    }

    public static partial class WiFiNetworkHelper
    {
        public static NetworkHelperStatus Status => NetworkHelperStatus.NetworkIsReady;
        public static bool Reconnect(bool requiresDateTime = false, int wifiAdapterId = 0, CancellationToken token = default) => true;
    }
}

// ================================================================ System.Device.Wifi (members the shared stub lacks)
namespace System.Device.Wifi
{
    public class WifiNetworkReport
    {
        public WifiAvailableNetwork[] AvailableNetworks { get; } = Array.Empty<WifiAvailableNetwork>();
    }

    // Shim: instance members of the shared WifiAdapter and WifiAvailableNetwork stubs, in parts of them; the
    // AvailableNetworksChanged event is subscribed through OnAvailableNetworksChanged.
    public partial class WifiAdapter
    {
        public WifiNetworkReport NetworkReport => new WifiNetworkReport();
        public void ScanAsync() { }
        public void Disconnect() { }
        public void OnAvailableNetworksChanged(Action<WifiAdapter, object> handler) { }
    }

    public partial class WifiAvailableNetwork
    {
        public string Ssid => string.Empty;
        public string Bsid => string.Empty;
        public double NetworkRssiInDecibelMilliwatts => 0;
        public byte SignalBars => 0;
    }
}

// ================================================================ WinRT Wi-Fi, enumeration, credentials, dialogs (Windows 10 IoT Core)
namespace Windows.Devices.WiFi
{
    public enum WiFiAccessStatus { Unspecified, Allowed, DeniedByUser, DeniedBySystem }
    public enum WiFiConnectionStatus { UnspecifiedFailure, Success, AccessRevoked, InvalidCredential, NetworkNotAvailable, Timeout, UnsupportedAuthenticationProtocol }

    public class WiFiConnectionResult
    {
        public WiFiConnectionStatus ConnectionStatus { get; set; }
    }

    public class WiFiNetworkReport
    {
        public IReadOnlyList<WiFiAvailableNetwork> AvailableNetworks { get; } = new List<WiFiAvailableNetwork>();
    }

    // Shim: static and instance members of the shared WiFiAdapter stub, in parts of it; WinRT async operations as Tasks.
    public partial class WiFiAdapter
    {
        public static Task<WiFiAccessStatus> RequestAccessAsync() => Task.FromResult(WiFiAccessStatus.Allowed);
        public static string GetDeviceSelector() => string.Empty;
        public static Task<WiFiAdapter> FromIdAsync(string deviceId) => Task.FromResult(new WiFiAdapter());
        public WiFiNetworkReport NetworkReport => new WiFiNetworkReport();
        public Task ScanAsync() => Task.CompletedTask;
        public Task<WiFiConnectionResult> ConnectAsync(WiFiAvailableNetwork availableNetwork, WiFiReconnectionKind reconnectionKind, Windows.Security.Credentials.PasswordCredential passwordCredential) =>
            Task.FromResult(new WiFiConnectionResult { ConnectionStatus = WiFiConnectionStatus.Success });
    }

    public partial class WiFiAvailableNetwork
    {
        public string Ssid => string.Empty;
    }
}

namespace Windows.Devices.Enumeration
{
    public class DeviceInformation
    {
        public string Id { get; set; } = string.Empty;
        public static Task<IReadOnlyList<DeviceInformation>> FindAllAsync(string aqsFilter) =>
            Task.FromResult<IReadOnlyList<DeviceInformation>>(new List<DeviceInformation>());
    }
}

namespace Windows.Security.Credentials
{
    public sealed class PasswordCredential
    {
        public PasswordCredential() { }
        public PasswordCredential(string resource, string userName, string password) { Resource = resource; UserName = userName; Password = password; }
        public string Resource { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
    }
}

namespace Windows.UI.Popups
{
    public sealed class MessageDialog
    {
        public MessageDialog(string content) { }
        public Task ShowAsync() => Task.CompletedTask;
    }
}

// ================================================================ yoban MQTT client (akaviny/yoban's own library)
namespace yoban.Mqtt
{
    public class NetworkConnection
    {
        public NetworkConnection(string hostName, int port) { }
    }

    public class MqttSecureClient
    {
        public MqttSecureClient(NetworkConnection networkConnection, X509Certificate2 clientCertificate) { }
        public Task ConnectAsync(ControlPacket.Connect packet) => Task.CompletedTask;
        public Task SubscribeAsync(ControlPacket.Subscribe packet) => Task.CompletedTask;
        public Task PublishAsync(ControlPacket.Publish packet) => Task.CompletedTask;
        public Task DisconnectAsync() => Task.CompletedTask;
    }
}

namespace yoban.Mqtt.ControlPacket
{
    public enum QoS : byte { AtMostOnce, AtLeastOnce, ExactlyOnce }
    public class Connect { public string ClientId { get; set; } }
    public class Subscription { public string TopicFilter { get; set; } public QoS RequestedQoS { get; set; } }
    public class Subscribe { public ushort PacketId { get; set; } public List<Subscription> Subscriptions { get; set; } }
    public class Publish { public ushort PacketId { get; set; } public string TopicName { get; set; } public byte[] Message { get; set; } }
}

// ================================================================ M2Mqtt (members the shared stub lacks)
namespace uPLibrary.Networking.M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }

    public class MqttSettings
    {
        public const int MQTT_BROKER_DEFAULT_PORT = 1883;
        public const int MQTT_BROKER_DEFAULT_SSL_PORT = 8883;
    }

    // Shim: Publish/Subscribe and the MqttMsg* events of the shared (non-partial) MqttClient stub.
    public static class M2MqttClientShim
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 1;
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 1;
        public static void OnMqttMsgPublished(this MqttClient client, EventHandler<Messages.MqttMsgPublishedEventArgs> handler) { }
        public static void OnMqttMsgSubscribed(this MqttClient client, EventHandler<Messages.MqttMsgSubscribedEventArgs> handler) { }
        public static void OnMqttMsgUnsubscribed(this MqttClient client, EventHandler<Messages.MqttMsgUnsubscribedEventArgs> handler) { }
        public static void OnMqttMsgPublishReceived(this MqttClient client, EventHandler<Messages.MqttMsgPublishEventArgs> handler) { }
    }
}

namespace uPLibrary.Networking.M2Mqtt.Messages
{
    public abstract class MqttMsgBase
    {
        public const byte QOS_LEVEL_AT_MOST_ONCE = 0x00;
        public const byte QOS_LEVEL_AT_LEAST_ONCE = 0x01;
        public const byte QOS_LEVEL_EXACTLY_ONCE = 0x02;
    }
    public class MqttMsgPublishedEventArgs : EventArgs { public ushort MessageId { get; set; } public bool IsPublished { get; set; } }
    public class MqttMsgSubscribedEventArgs : EventArgs { public ushort MessageId { get; set; } }
    public class MqttMsgUnsubscribedEventArgs : EventArgs { public ushort MessageId { get; set; } }
    public class MqttMsgPublishEventArgs : EventArgs { public string Topic { get; set; } public byte[] Message { get; set; } }
}

// ================================================================ Azure IoT device SDK and DPS (members the shared stub lacks)
namespace Microsoft.Azure.Devices.Client
{
    public class Message : IDisposable
    {
        public Message() { }
        public Message(byte[] byteArray) { }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public void Dispose() { }
    }

    // Shim: instance members of the shared (non-partial) DeviceClient stub.
    public static class DeviceClientInstanceShim
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

namespace Microsoft.Azure.Devices.Shared
{
    public enum TransportFallbackType { TcpWithWebSocketFallback, WebSocketOnly, TcpOnly }
}

namespace Microsoft.Azure.Devices.Provisioning.Client
{
    public abstract class ProvisioningTransportHandler { }

    public class DeviceRegistrationResult
    {
        public string AssignedHub { get; set; }
        public string DeviceId { get; set; }
    }

    public class ProvisioningDeviceClient
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, object securityProvider, ProvisioningTransportHandler transport) => new ProvisioningDeviceClient();
        public Task<DeviceRegistrationResult> RegisterAsync() => Task.FromResult(new DeviceRegistrationResult());
    }
}

namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
{
    public class ProvisioningTransportHandlerMqtt : ProvisioningTransportHandler
    {
        public ProvisioningTransportHandlerMqtt() { }
        public ProvisioningTransportHandlerMqtt(Microsoft.Azure.Devices.Shared.TransportFallbackType transportFallbackType) { }
    }
}

// ================================================================ .NET nanoFramework Azure SDK (members the shared stub lacks)
namespace nanoFramework.Azure.Devices.Shared
{
    public class TwinCollection { public int Count { get; set; } }
    public class TwinProperties { public TwinCollection Desired { get; } = new TwinCollection(); public TwinCollection Reported { get; } = new TwinCollection(); }
    public class Twin { public string DeviceId { get; set; } = string.Empty; public TwinProperties Properties { get; } = new TwinProperties(); }
}

namespace nanoFramework.Azure.Devices.Client
{
    // Shim: instance members of the shared (non-partial) nanoFramework DeviceClient stub.
    public static class NanoDeviceClientShim
    {
        public static bool Open(this DeviceClient client) => true;
        public static void Close(this DeviceClient client) { }
        public static nanoFramework.Azure.Devices.Shared.Twin GetTwin(this DeviceClient client, CancellationToken cancellationToken) => new nanoFramework.Azure.Devices.Shared.Twin();
        public static bool SendMessage(this DeviceClient client, string message) => true;
    }
}

// ================================================================ #SNMP (members the shared stub lacks)
namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public interface ISnmpData { }
    public sealed class ObjectIdentifier : ISnmpData
    {
        private readonly string _text;
        public ObjectIdentifier(string text) { _text = text; }
        public override string ToString() => _text;
    }
    public sealed class Variable
    {
        public Variable(ObjectIdentifier id) { Id = id; }
        public ObjectIdentifier Id { get; }
        public ISnmpData Data { get; set; }
    }
}

namespace Lextm.SharpSnmpLib.Messaging
{
    public class TimeoutException : Exception { }

    public static class Messenger
    {
        public static IList<Variable> Get(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => new List<Variable>();
    }
}

// ================================================================ OPC UA .NET Standard (Opc.Ua, Opc.Ua.Client, Opc.Ua.Configuration)
namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }

    public class ApplicationConfiguration { }
    public class EndpointDescription { }
    public class EndpointConfiguration
    {
        public static EndpointConfiguration Create(ApplicationConfiguration applicationConfiguration) => new EndpointConfiguration();
    }
    public class ConfiguredEndpoint
    {
        public ConfiguredEndpoint(object collection, EndpointDescription description, EndpointConfiguration configuration) { }
    }
    public class NodeId
    {
        private readonly string _text;
        public NodeId(string text) { _text = text; }
        public static implicit operator NodeId(string text) => new NodeId(text);
        public override string ToString() => _text;
    }
    public class DataValue { public object Value { get; set; } }
    public static class Attributes { public const uint Value = 13; }
}

namespace Opc.Ua.Configuration
{
    public class ApplicationInstance
    {
        public ApplicationConfiguration ApplicationConfiguration { get; set; } = new ApplicationConfiguration();
        public Task<ApplicationConfiguration> LoadApplicationConfiguration(string filePath, bool silent) => Task.FromResult(ApplicationConfiguration);
        public Task<bool> CheckApplicationInstanceCertificate(bool silent, ushort minimumKeySize) => Task.FromResult(true);
    }
}

namespace Opc.Ua.Client
{
    public static class CoreClientUtils
    {
        public static EndpointDescription SelectEndpoint(string discoveryUrl, bool useSecurity) => new EndpointDescription();
    }

    public delegate void MonitoredItemNotificationEventHandler(MonitoredItem monitoredItem, MonitoredItemNotificationEventArgs e);
    public class MonitoredItemNotificationEventArgs : EventArgs { }

    public class MonitoredItem
    {
        public NodeId StartNodeId { get; set; }
        public uint AttributeId { get; set; }
        public string DisplayName { get; set; }
        public int SamplingInterval { get; set; }
        public uint QueueSize { get; set; }
        public bool DiscardOldest { get; set; }
        public event MonitoredItemNotificationEventHandler Notification;
        public IEnumerable<DataValue> DequeueValues() => new List<DataValue>();
    }

    public class Subscription
    {
        public int PublishingInterval { get; set; }
        public bool PublishingEnabled { get; set; }
        public void AddItem(MonitoredItem monitoredItem) { }
        public void Create() { }
    }

    public class Session : IDisposable
    {
        public static Task<Session> Create(ApplicationConfiguration configuration, ConfiguredEndpoint endpoint, bool updateBeforeConnect, string sessionName, uint sessionTimeout, IUserIdentity identity, IList<string> preferredLocales) => Task.FromResult(new Session());
        public bool Connected => true;
        public DataValue ReadValue(NodeId nodeId) => new DataValue();
        public bool AddSubscription(Subscription subscription) => true;
        public void Close() { }
        public void Dispose() { }
    }
}

// ================================================================ GHI TinyCLR MQTT
namespace GHIElectronics.TinyCLR.Networking.Mqtt
{
    public enum QoSLevel { MostOnce, LeastOnce, ExactlyOnce }
    public class MqttPacket { public byte[] Data { get; set; } = Array.Empty<byte>(); }
    public class MqttClientSetting { public string BrokerName { get; set; } public int BrokerPort { get; set; } }
    public class MqttConnectionSetting
    {
        public string ClientId { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public ushort KeepAliveTimeout { get; set; }
        public QoSLevel LastWillQos { get; set; }
    }
    public delegate void PublishReceivedEventHandler(object sender, MqttPacket packet);
    public delegate void SubscribedEventHandler(object sender, MqttPacket packet);
    public delegate void PublishedEventHandler(object sender, ushort packetId, bool published);
    public class Mqtt
    {
        public Mqtt(MqttClientSetting setting) { }
        public event PublishReceivedEventHandler PublishReceivedChanged;
        public event SubscribedEventHandler SubscribedChanged;
        public event PublishedEventHandler PublishedChanged;
        public int Connect(MqttConnectionSetting setting) => 0;
        public void Subscribe(string[] topics, QoSLevel[] qosLevels, ushort packetId) { }
        public void Publish(string topic, byte[] message, QoSLevel qos, bool retain, ushort packetId) { }
    }
}

// ================================================================ MQTTnet v4 (members the shared stub lacks)
namespace MQTTnet.Protocol
{
    public enum MqttQualityOfServiceLevel { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
}

namespace MQTTnet
{
    public class MqttApplicationMessage
    {
        public string Topic { get; set; }
        public string ConvertPayloadToString() => string.Empty;
    }

    public class MqttTopicFilterBuilder
    {
        public MqttTopicFilterBuilder WithTopic(string topic) => this;
    }

    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null;
        public MQTTnet.Client.MqttClientSubscribeOptionsBuilder CreateSubscribeOptionsBuilder() => new MQTTnet.Client.MqttClientSubscribeOptionsBuilder();
    }
}

namespace MQTTnet.Client
{
    public class MqttClientConnectResult { }
    public class MqttClientSubscribeOptions { }
    public class MqttApplicationMessageReceivedEventArgs { public MQTTnet.MqttApplicationMessage ApplicationMessage { get; set; } }

    public class MqttClientSubscribeOptionsBuilder
    {
        public MqttClientSubscribeOptionsBuilder WithTopicFilter(Action<MQTTnet.MqttTopicFilterBuilder> topicFilterBuilder) => this;
        public MqttClientSubscribeOptions Build() => new MqttClientSubscribeOptions();
    }

    public interface IMqttClient
    {
        event Func<MqttApplicationMessageReceivedEventArgs, Task> ApplicationMessageReceivedAsync;
        Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task SubscribeAsync(string topic, MQTTnet.Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel);
    }

    // Shim: MqttClientOptionsBuilder.WithCleanSession of the shared (non-partial) stub.
    public static class MqttClientOptionsBuilderShim
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}

// ================================================================ Meadow (members the shared stub lacks)
namespace Meadow.Hardware
{
    public interface INetworkAdapter { }
    public class NetworkConnectionEventArgs : EventArgs { }

    // Shim: the NetworkConnected event of the shared IWiFiNetworkAdapter stub, subscribed through a method.
    public static class WiFiNetworkAdapterShim
    {
        public static void OnNetworkConnected(this IWiFiNetworkAdapter adapter, Action<INetworkAdapter, NetworkConnectionEventArgs> handler) { }
    }
}

// ================================================================ System.Device.Gpio / System.Device.I2c / Iot.Device.Ssd13xx
namespace System.Device.Gpio
{
    public enum PinMode { Input, Output, InputPullDown, InputPullUp }
    public readonly struct PinValue
    {
        private readonly byte _value;
        private PinValue(byte value) { _value = value; }
        public static PinValue High => new PinValue(1);
        public static PinValue Low => new PinValue(0);
    }
    public class GpioPin
    {
        public void SetPinMode(PinMode mode) { }
        public void Write(PinValue value) { }
        public void Toggle() { }
    }
    public class GpioController : IDisposable
    {
        public GpioPin OpenPin(int pinNumber) => new GpioPin();
        public void Dispose() { }
    }
}

namespace System.Device.I2c
{
    public enum I2cBusSpeed { StandardMode, FastMode, FastModePlus }
    public sealed class I2cConnectionSettings
    {
        public I2cConnectionSettings(int busId, int deviceAddress, I2cBusSpeed busSpeed = I2cBusSpeed.StandardMode) { }
    }
    public class I2cDevice
    {
        public static I2cDevice Create(I2cConnectionSettings settings) => new I2cDevice();
    }
}

namespace Iot.Device.Ssd13xx
{
    public interface IFont { }

    public abstract class Ssd13xx
    {
        public enum DisplayResolution { OLED128x64, OLED128x32, OLED96x16 }
        public IFont Font { get; set; }
        public void ClearScreen() { }
        public void DrawString(int x, int y, string text) { }
        public void Display() { }
    }

    public class Ssd1306 : Ssd13xx
    {
        public const int DefaultI2cAddress = 0x3C;
        public Ssd1306(System.Device.I2c.I2cDevice i2cDevice, DisplayResolution resolution) { }
    }
}

// ================================================================ RtspClientSharp
namespace RtspClientSharp
{
    public class ConnectionParameters
    {
        public ConnectionParameters(Uri connectionUri, NetworkCredential credentials) { }
    }

    public class RawFrame { public DateTime Timestamp { get; set; } }

    public class RtspClient : IDisposable
    {
        public RtspClient(ConnectionParameters connectionParameters) { }
        public event EventHandler<RawFrame> FrameReceived;
        public Task ConnectAsync(CancellationToken token) => Task.CompletedTask;
        public Task ReceiveAsync(CancellationToken token) => Task.CompletedTask;
        public void Dispose() { }
    }
}

namespace RtspClientSharp.Rtsp
{
    public class RtspClientException : Exception { }
}

// ================================================================ 32feet.NET (InTheHand.Net)
namespace InTheHand.Net
{
    public sealed class BluetoothAddress
    {
        public BluetoothAddress(long address) { }
        public static BluetoothAddress Parse(string address) => new BluetoothAddress(0);
        public long ToInt64() => 0;
    }
}

namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothSecurity
    {
        public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }

    public static class BluetoothRadio
    {
        public static bool IsSupported => true;
    }
}

namespace InTheHand.Net.Sockets
{
    public class BluetoothDeviceInfo
    {
        public string DeviceName { get; set; } = string.Empty;
        public bool Authenticated { get; set; }
        public InTheHand.Net.BluetoothAddress DeviceAddress { get; set; } = new InTheHand.Net.BluetoothAddress(0);
    }
}

// ================================================================ System.Reactive (Rx.NET)
namespace System.Reactive.Subjects
{
    public sealed class Subject<T> : IObservable<T>, IObserver<T>
    {
        public void OnNext(T value) { }
        public void OnError(Exception error) { }
        public void OnCompleted() { }
        public IDisposable Subscribe(IObserver<T> observer) => null;
    }
}

namespace System.Reactive.Linq
{
    public static class Observable
    {
        public static IObservable<T> AsObservable<T>(this IObservable<T> source) => source;
        public static IObservable<T> Where<T>(this IObservable<T> source, Func<T, bool> predicate) => source;
    }
}

// ================================================================ AWS SDK (Amazon.Runtime)
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

// ================================================================ InfluxDB 2 client
namespace InfluxDB.Client
{
    public class WriteApiAsync
    {
        public Task WriteRecordAsync(string record, string bucket = null, string org = null) => Task.CompletedTask;
    }

    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApiAsync GetWriteApiAsync() => new WriteApiAsync();
        public void Dispose() { }
    }
}

// ================================================================ Azure SDKs: Identity, Service Bus; Microsoft.Data.SqlClient
namespace Azure.Identity
{
    public class ClientSecretCredential
    {
        public ClientSecretCredential(string tenantId, string clientId, string clientSecret) { }
    }
}

namespace Azure.Messaging.ServiceBus
{
    public class ServiceBusClient
    {
        public ServiceBusClient(string connectionString) { }
    }
}

namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Dispose() { }
    }
}

// ================================================================ StackExchange.Redis
namespace StackExchange.Redis
{
    public sealed class EndPointCollection : List<string> { }

    public sealed class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string Password { get; set; }
        public bool Ssl { get; set; }
    }

    public sealed class ConnectionMultiplexer
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration) => new ConnectionMultiplexer();
    }
}

// ================================================================ RAK3172 LoRaWAN modem driver
namespace Iot.Device.Rak3172
{
    public class Rak3172
    {
        public void JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) { }
    }
}

// ================================================================ System.IO.Ports (separate package on .NET)
namespace System.IO.Ports
{
    public class SerialPort : IDisposable
    {
        public SerialPort(string portName) { }
        public static string[] GetPortNames() => Array.Empty<string>();
        public void Dispose() { }
    }
}
