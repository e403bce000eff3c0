// corpus37 library stubs: the surface the shared Stubs.g.cs lacks, compiled into the device project (the shared stubs
// are a library of their own). Minimal, with the real libraries' namespaces, type names and parameter names as far as the
// corpus uses them; bodies are empty or return defaults. C# 12 only: no extension blocks, no `field` keyword, no params
// collections of non-array type. Nothing here redeclares a type Stubs.g.cs declares in the same namespace: members the
// shared (non-partial across assemblies) classes lack are classic extension methods, each marked "Shim:", and an event a
// shared class lacks is a subscription method. Helper classes of the adapted projects live in the adapted files, marked
// "added".
#nullable enable
using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

// ---- System.Device.Gpio / Pwm / Adc (.NET IoT and nanoFramework; R01, R02, R09, R15, written files) ----
namespace System.Device.Gpio
{
    public enum PinMode { Input, Output, InputPullDown, InputPullUp }
    public enum PinNumberingScheme { Logical, Board }
    [Flags] public enum PinEventTypes { None = 0, Rising = 1, Falling = 2 }
    public readonly struct PinValue : IEquatable<PinValue>
    {
        private readonly byte _value;
        private PinValue(byte value) { _value = value; }
        public static PinValue Low => new PinValue(0);
        public static PinValue High => new PinValue(1);
        public static implicit operator PinValue(bool value) => value ? High : Low;
        public static implicit operator PinValue(int value) => value != 0 ? High : Low;
        public static explicit operator bool(PinValue value) => value._value != 0;
        public static bool operator ==(PinValue a, PinValue b) => a._value == b._value;
        public static bool operator !=(PinValue a, PinValue b) => a._value != b._value;
        public bool Equals(PinValue other) => _value == other._value;
        public override bool Equals(object? obj) => obj is PinValue other && Equals(other);
        public override int GetHashCode() => _value;
    }
    public class PinValueChangedEventArgs : EventArgs
    {
        public PinValueChangedEventArgs(PinEventTypes changeType, int pinNumber) { ChangeType = changeType; PinNumber = pinNumber; }
        public PinEventTypes ChangeType { get; }
        public int PinNumber { get; }
    }
    public delegate void PinChangeEventHandler(object sender, PinValueChangedEventArgs pinValueChangedEventArgs);
    public delegate void PinValueChangedEventHandler(object sender, PinValueChangedEventArgs e);
    public class GpioPin
    {
        public int PinNumber { get; }
        public TimeSpan DebounceTimeout { get; set; }
        public event PinValueChangedEventHandler? ValueChanged;
        public void Write(PinValue value) { }
        public PinValue Read() => PinValue.Low;
        public void Toggle() { }
    }
    public class GpioController : IDisposable
    {
        public GpioController() { }
        public GpioController(PinNumberingScheme numberingScheme) { }
        public GpioPin OpenPin(int pinNumber) => new GpioPin();
        public GpioPin OpenPin(int pinNumber, PinMode mode) => new GpioPin();
        public void ClosePin(int pinNumber) { }
        public void SetPinMode(int pinNumber, PinMode mode) { }
        public PinValue Read(int pinNumber) => PinValue.Low;
        public void Write(int pinNumber, PinValue value) { }
        public void RegisterCallbackForPinValueChangedEvent(int pinNumber, PinEventTypes eventTypes, PinChangeEventHandler callback) { }
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
namespace System.Device.Adc
{
    public class AdcChannel { public int ReadValue() => 0; }
    public class AdcController { public AdcChannel OpenChannel(int channelNumber) => new AdcChannel(); }
}

// ---- nanoFramework ESP32 pin functions and native power (R01, R03) ----
namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction { PWM1, PWM2, I2C1_DATA, I2C1_CLOCK, COM2_TX, COM2_RX }
    public static class Configuration { public static void SetPinFunction(int pin, DeviceFunction function) { } }
    public static class Gpio
    {
        public const int IO02 = 2; public const int IO04 = 4; public const int IO05 = 5; public const int IO12 = 12;
        public const int IO13 = 13; public const int IO18 = 18; public const int IO23 = 23;
    }
}
namespace nanoFramework.Runtime.Native
{
    public static class Power { public static void RebootDevice() { } }
}

// ---- nanoFramework System.Device.Wifi: scan report, scan and disconnect (R01, R02) ----
namespace System.Device.Wifi
{
    public class WifiNetworkReport { public WifiAvailableNetwork[] AvailableNetworks { get; } = Array.Empty<WifiAvailableNetwork>(); }
    public delegate void AvailableNetworksChangedEventHandler(WifiAdapter sender, object e);
    // Shim: members of the shared (non-partial across assemblies) WifiAdapter and WifiAvailableNetwork stubs.
    public static class WifiAdapterShims
    {
        public static void ScanAsync(this WifiAdapter adapter) { }
        public static void Disconnect(this WifiAdapter adapter) { }
        public static WifiNetworkReport GetNetworkReport(this WifiAdapter adapter) => new WifiNetworkReport();
        // Shim: subscription method standing for the AvailableNetworksChanged event.
        public static void OnAvailableNetworksChanged(this WifiAdapter adapter, AvailableNetworksChangedEventHandler handler) { }
        public static string GetSsid(this WifiAvailableNetwork network) => "";
    }
}

// ---- nanoFramework M2Mqtt: anonymous connect, publish, subscribed event (R02, written files) ----
namespace nanoFramework.M2Mqtt.Messages
{
    public class MqttMsgSubscribedEventArgs : EventArgs { public ushort MessageId { get; } }
}
namespace nanoFramework.M2Mqtt
{
    public delegate void MqttMsgSubscribedEventHandler(object sender, nanoFramework.M2Mqtt.Messages.MqttMsgSubscribedEventArgs e);
    // Shim: members of the shared (non-partial across assemblies) nanoFramework MqttClient stub.
    public static class MqttClientShims
    {
        public static byte Connect(this MqttClient client, string clientId) => 0;
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 0;
        // Shim: subscription method standing for the MqttMsgSubscribed event.
        public static void OnMqttMsgSubscribed(this MqttClient client, MqttMsgSubscribedEventHandler handler) { }
    }
}

// ---- nanoFramework System.Net.Http: the HTTPS root certificate property and Get (R01) ----
namespace System.Net.Http
{
    // Shim: nanoFramework's HttpClient.HttpsAuthentCert property and synchronous Get.
    public static class NanoHttpClientShims
    {
        public static void SetHttpsAuthentCert(this HttpClient client, System.Security.Cryptography.X509Certificates.X509Certificate certificate) { }
        public static HttpResponseMessage Get(this HttpClient client, string requestUri) => new HttpResponseMessage();
    }
}

// ---- Azure IoT device SDK: Message, direct methods, file upload, DeviceClient instance members (R05-R07, R12, R15, R16) ----
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
        public byte[] Data { get; } = Array.Empty<byte>();
        public string DataAsJson { get; } = "";
    }
    public class MethodResponse { public MethodResponse(byte[] result, int status) { } }
    public delegate Task<MethodResponse> MethodCallback(MethodRequest methodRequest, object userContext);
    // Shim: instance members of the shared (non-partial across assemblies) DeviceClient stub.
    public static class DeviceClientShims
    {
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task<Message> ReceiveAsync(this DeviceClient client) => Task.FromResult(new Message());
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task SetMethodHandlerAsync(this DeviceClient client, string methodName, MethodCallback methodHandler, object? userContext) => Task.CompletedTask;
        public static Task<Transport.FileUploadSasUriResponse> GetFileUploadSasUriAsync(this DeviceClient client, Transport.FileUploadSasUriRequest request) => Task.FromResult(new Transport.FileUploadSasUriResponse());
        public static Task CompleteFileUploadAsync(this DeviceClient client, Transport.FileUploadCompletionNotification notification) => Task.CompletedTask;
    }
}
namespace Microsoft.Azure.Devices.Client.Transport
{
    public class FileUploadSasUriRequest { public string BlobName { get; set; } = ""; }
    public class FileUploadSasUriResponse
    {
        public string CorrelationId { get; set; } = "";
        public string HostName { get; set; } = "";
        public string ContainerName { get; set; } = "";
        public string BlobName { get; set; } = "";
        public string SasToken { get; set; } = "";
    }
    public class FileUploadCompletionNotification
    {
        public string CorrelationId { get; set; } = "";
        public bool IsSuccess { get; set; }
        public int StatusCode { get; set; }
        public string StatusDescription { get; set; } = "";
    }
}
namespace Microsoft.WindowsAzure.Storage.Blob
{
    public class CloudBlockBlob
    {
        public CloudBlockBlob(Uri blobAbsoluteUri) { }
        public Task UploadFromStreamAsync(Stream source) => Task.CompletedTask;
    }
}
namespace Unosquare.RaspberryIO
{
    public sealed class CameraController { public Task<byte[]> CaptureImageJpegAsync(int width, int height) => Task.FromResult(Array.Empty<byte>()); }
    public static class Pi { public static CameraController Camera { get; } = new CameraController(); }
}

// ---- Azure Event Hubs consumer (R05) ----
namespace Azure.Messaging.EventHubs
{
    public class EventData { public ReadOnlyMemory<byte> Body { get; } = ReadOnlyMemory<byte>.Empty; }
}
namespace Azure.Messaging.EventHubs.Consumer
{
    public class PartitionContext { public string PartitionId { get; } = ""; }
    public struct PartitionEvent
    {
        public PartitionContext Partition { get; }
        public Azure.Messaging.EventHubs.EventData Data { get; }
    }
    public class EventHubConsumerClient : IAsyncDisposable
    {
        public const string DefaultConsumerGroupName = "$Default";
        public EventHubConsumerClient(string consumerGroup, string connectionString, string eventHubName) { }
        public async IAsyncEnumerable<PartitionEvent> ReadEventsAsync() { await Task.CompletedTask; yield break; }
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

// ---- Microsoft.Extensions.Configuration (R15) ----
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration { string? this[string key] { get; set; } }
    public interface IConfigurationRoot : IConfiguration { }
    public class ConfigurationBuilder { public IConfigurationRoot Build() => null!; }
    public static class FileConfigurationExtensions
    {
        public static ConfigurationBuilder SetBasePath(this ConfigurationBuilder builder, string basePath) => builder;
    }
    public static class JsonConfigurationExtensions
    {
        public static ConfigurationBuilder AddJsonFile(this ConfigurationBuilder builder, string path, bool optional, bool reloadOnChange) => builder;
    }
}

// ---- Newtonsoft.Json (R05-R07, R12, R16) ----
namespace Newtonsoft.Json
{
    public enum Formatting { None, Indented }
    public static class JsonConvert
    {
        public static string SerializeObject(object? value) => "";
        public static string SerializeObject(object? value, Formatting formatting) => "";
        public static T? DeserializeObject<T>(string value) => default;
    }
}
namespace Newtonsoft.Json.Linq
{
    public class JObject { public static JObject Parse(string json) => new JObject(); }
}

// ---- MQTTnet 3.x client surface (R10); the shared stubs hold the option builders ----
namespace MQTTnet.Formatter
{
    public enum MqttProtocolVersion { Unknown = 0, V310 = 3, V311 = 4, V500 = 5 }
}
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { string ClientId { get; } }
    // Shim: builder members of the shared (non-partial across assemblies) v3 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV3Shims
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithProtocolVersion(this MqttClientOptionsBuilder builder, MQTTnet.Formatter.MqttProtocolVersion value) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null!;
    }
}
namespace MQTTnet
{
    public enum MqttQualityOfServiceLevel { AtMostOnce = 0, AtLeastOnce = 1, ExactlyOnce = 2 }
    public class MqttApplicationMessage
    {
        public string Topic { get; set; } = "";
        public byte[] Payload { get; set; } = Array.Empty<byte>();
        public MqttQualityOfServiceLevel QualityOfServiceLevel { get; set; }
        public bool Retain { get; set; }
    }
    public class MqttApplicationMessageBuilder
    {
        public MqttApplicationMessageBuilder WithTopic(string topic) => this;
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessage Build() => new MqttApplicationMessage();
    }
    public class MqttTopicFilter { public string Topic { get; set; } = ""; }
    public class MqttTopicFilterBuilder
    {
        public MqttTopicFilterBuilder WithTopic(string topic) => this;
        public MqttTopicFilter Build() => new MqttTopicFilter();
    }
    public class MqttApplicationMessageReceivedEventArgs : EventArgs
    {
        public MqttApplicationMessage ApplicationMessage { get; } = new MqttApplicationMessage();
    }
    public class MqttFactory
    {
        public MQTTnet.Client.IMqttClient CreateMqttClient() => null!;
    }
}
namespace MQTTnet.Client
{
    public class MqttClientConnectedEventArgs : EventArgs { }
    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        Task ConnectAsync(MQTTnet.Client.Options.IMqttClientOptions options, CancellationToken cancellationToken);
        Task PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken);
        Task SubscribeAsync(MQTTnet.MqttTopicFilter topicFilter);
    }
    public static class MqttClientExtensions
    {
        public static IMqttClient UseConnectedHandler(this IMqttClient client, Func<MqttClientConnectedEventArgs, Task> handler) => client;
        public static IMqttClient UseApplicationMessageReceivedHandler(this IMqttClient client, Action<MQTTnet.MqttApplicationMessageReceivedEventArgs> handler) => client;
    }
}

// ---- #SNMP manager side (R08) ----
namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public interface ISnmpData { }
    public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } }
    public sealed class Integer32 : ISnmpData { public int ToInt32() => 0; }
    public sealed class Counter32 : ISnmpData { public uint ToUInt32() => 0; }
    public sealed class Variable
    {
        public Variable(ObjectIdentifier id) { Id = id; }
        public ObjectIdentifier Id { get; }
        public ISnmpData Data { get; } = new Integer32();
    }
}
namespace Lextm.SharpSnmpLib.Messaging
{
    public static class Messenger
    {
        public static Task<IList<Variable>> GetAsync(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables)
            => Task.FromResult<IList<Variable>>(new List<Variable>());
    }
}

// ---- InfluxDB and Quartz (R09, R14) ----
namespace InfluxDB.Client
{
    public class WriteApiAsync { }
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApiAsync GetWriteApiAsync() => new WriteApiAsync();
        public void Dispose() { }
    }
}
namespace Quartz
{
    public class JobDataMap : Dictionary<string, object> { public object Get(string key) => this[key]; }
    public interface IJobExecutionContext { JobDataMap MergedJobDataMap { get; } }
    public interface IJob { Task Execute(IJobExecutionContext context); }
}

// ---- RICADO.Modbus and ntfy (R14) ----
namespace RICADO.Modbus
{
    public enum ConnectionMethod { TCP, UDP }
    public class ReadRegistersResult
    {
        public short[]? Values { get; set; }
        public int PacketsSent { get; set; }
    }
    public class ModbusRTUDevice : IDisposable
    {
        public ModbusRTUDevice(byte unitId, ConnectionMethod connectionMethod, string remoteHost, int port, int timeout, int retries) { }
        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<ReadRegistersResult> ReadHoldingRegistersAsync(ushort startAddress, ushort length, CancellationToken cancellationToken) => Task.FromResult(new ReadRegistersResult());
        public void Dispose() { }
    }
}
namespace ntfy.Requests
{
    public class SendingMessage { public string Title { get; set; } = ""; public string Message { get; set; } = ""; }
}
namespace ntfy
{
    public class Client
    {
        public Client(string baseUrl) { }
        public Task Publish(string topic, ntfy.Requests.SendingMessage message) => Task.CompletedTask;
    }
}

// ---- Waher IoT Gateway libraries (R11) ----
namespace Waher.Runtime.Settings
{
    public static class RuntimeSettings
    {
        public static Task<string> GetAsync(string key, string defaultValue) => Task.FromResult(defaultValue);
        public static Task<long> GetAsync(string key, long defaultValue) => Task.FromResult(defaultValue);
        public static Task<bool> GetAsync(string key, bool defaultValue) => Task.FromResult(defaultValue);
        public static Task<bool> SetAsync(string key, string value) => Task.FromResult(true);
        public static Task<bool> SetAsync(string key, long value) => Task.FromResult(true);
        public static Task<bool> SetAsync(string key, bool value) => Task.FromResult(true);
    }
}
namespace Waher.Events
{
    public static class Log
    {
        public static void Informational(string message, string @object = "") { }
        public static void Error(string message, string @object = "") { }
    }
}
namespace Waher.Content
{
    public static class Base64Url
    {
        public static string Encode(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        public static byte[] Decode(string data) => Array.Empty<byte>();
    }
}
namespace Waher.Networking.MQTT
{
    public enum MqttState { Offline, Connecting, Connected, Error }
    public class MqttClient : IAsyncDisposable
    {
        public MqttClient(string host, int port, bool tls, string userName, string password) { }
        public MqttState State { get; } = MqttState.Offline;
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

// ---- Weather.NET (R04) ----
namespace Weather.NET.Enums
{
    public enum Measurement { Standard, Metric, Imperial }
}
namespace Weather.NET.Models.WeatherModel
{
    public class WeatherModel { public string Name { get; set; } = ""; }
}
namespace Weather.NET
{
    public class WeatherClient
    {
        public WeatherClient(string apiKey) { }
        public Weather.NET.Models.WeatherModel.WeatherModel GetCurrentWeather(string cityName, Weather.NET.Enums.Measurement measurement) => new Weather.NET.Models.WeatherModel.WeatherModel();
    }
}

// ---- System.IO.Ports (written files) ----
namespace System.IO.Ports
{
    public class SerialPort : IDisposable
    {
        public SerialPort(string portName) { PortName = portName; }
        public SerialPort(string portName, int baudRate) { PortName = portName; BaudRate = baudRate; }
        public string PortName { get; }
        public int BaudRate { get; }
        public string NewLine { get; set; } = "\n";
        public bool IsOpen { get; private set; }
        public void Open() { IsOpen = true; }
        public void Close() { IsOpen = false; }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public string ReadLine() => "";
        public void Dispose() { }
    }
}

// ---- Client libraries of the written files ----
namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : IDisposable { public SqlConnection(string connectionString) { } public void Open() { } public void Dispose() { } }
}
namespace Npgsql
{
    public sealed class NpgsqlConnection : IDisposable { public NpgsqlConnection(string connectionString) { } public void Open() { } public void Dispose() { } }
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
namespace System.IO.BACnet
{
    public enum BacnetAddressTypes { None, IP, MSTP }
    public class BacnetAddress { public BacnetAddress(BacnetAddressTypes type, string address) { } }
    public class BacnetClient
    {
        public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enable_disable, string password) => true;
        public bool ReinitializeRequest(BacnetAddress adr, uint state, string password) => true;
    }
}
namespace Amazon.Runtime
{
    public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
// A LoRaWAN modem SDK of the shape the rule pages describe (JoinOtaa(devEui, joinEui, appKey) with byte keys).
namespace LoRaWan.Modem
{
    public class LoRaWanModem
    {
        public LoRaWanModem(System.IO.Ports.SerialPort port) { }
        public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => true;
        public bool Send(byte port, byte[] payload, bool confirmed) => true;
    }
}
