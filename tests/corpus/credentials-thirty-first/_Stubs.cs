#nullable disable
// Library surface corpus31 needs that the shared Stubs.g.cs lacks. Namespaces, type names and parameter names follow the real
// libraries as far as the corpus uses them; bodies are empty or return defaults. Written for C# 12: no extension blocks, no
// `field` keyword, no params collections of non-array type.
// The shared stubs are compiled into a library of their own, so nothing here redeclares a type Stubs.g.cs declares in the same
// namespace. Members the shared (non-partial) classes lack are classic static-class extension methods, each marked "Shim:"; an
// event a shared interface or class lacks is written as a subscription method (an extension method cannot add an event).
// The adapted projects' own helper classes that live in files not adapted are reduced stand-ins, marked "Project stand-in".
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Net;
using System.Threading;
using System.Threading.Tasks;

// ================================================================ Crestron-Elk (R01): project stand-in
namespace ElkAlarm
{
    // Project stand-in: ElkPanel.cs of ryanww/Crestron-Elk (debug output and the panel's command queue).
    public class ElkPanel
    {
        public void SendDebug(string msg) { }
        public void Enqueue(string cmd) { }
    }
}

// ================================================================ Microsoft.Extensions.Configuration (R02, R13, written files)
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
    }

    public interface IConfigurationRoot : IConfiguration { }

    public interface IConfigurationBuilder
    {
        IConfigurationRoot Build();
    }

    public class ConfigurationBuilder : IConfigurationBuilder
    {
        public IConfigurationRoot Build() => new ConfigurationRootStub();
    }

    internal sealed class ConfigurationRootStub : IConfigurationRoot
    {
        public string this[string key] { get => null; set { } }
    }

    public static class FileConfigurationExtensions
    {
        public static IConfigurationBuilder SetBasePath(this IConfigurationBuilder builder, string basePath) => builder;
    }

    public static class JsonConfigurationExtensions
    {
        public static IConfigurationBuilder AddJsonFile(this IConfigurationBuilder builder, string path, bool optional, bool reloadOnChange) => builder;
    }

    public static class EnvironmentVariablesExtensions
    {
        public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder configurationBuilder) => configurationBuilder;
    }

    public static class ConfigurationBinder
    {
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
    }
}

// ================================================================ CookComputing.XmlRpc (R04)
namespace CookComputing.XmlRpc
{
    [AttributeUsage(AttributeTargets.Method)]
    public class XmlRpcMethodAttribute : Attribute
    {
        public XmlRpcMethodAttribute(string method) { }
    }

    public class XmlRpcStruct : Hashtable { }

    public class XmlRpcClientProtocol
    {
        public string Url { get; set; }
        public object Invoke(string MethodName, params object[] Parameters) => null;
    }
}

namespace PowerDog
{
    // Project stand-in: PowerDog/Result.cs of tschissler/SmartHome.NF.
    public class Result
    {
        public int ErrorCode { get; set; }
        public string ErrorString { get; set; }
        public CookComputing.XmlRpc.XmlRpcStruct Reply { get; set; }
    }
}

namespace SharedContracts.DataPointCollections
{
    // Project stand-in: Shared.Contracts PV data points of tschissler/SmartHome.NF.
    public class DecimalDataPoint
    {
        public void SetCorrectedValue(double value) { }
    }

    public class PVDataPoints
    {
        public DecimalDataPoint PVProduction { get; } = new DecimalDataPoint();
        public DecimalDataPoint GridSupply { get; } = new DecimalDataPoint();
        public DecimalDataPoint GridDemand { get; } = new DecimalDataPoint();
    }
}

namespace HelpersLib
{
    // Project stand-in: HelpersLib/ConsoleHelpers.cs of tschissler/SmartHome.NF.
    public static class ConsoleHelpers
    {
        public static void PrintErrorMessage(string message) { }
    }
}

// ================================================================ nanoFramework.Logging and the Z21 LAN client (R05)
namespace nanoFramework.Logging.Debug
{
    public class DebugLogger
    {
        public DebugLogger(string loggerName) { }
    }
}

namespace Z21LanClient.Handlers
{
    // Project stand-in (jazzman55/z21-lan-client).
    public interface IHandler { }
}

namespace Z21LanClient.Model
{
    // Project stand-ins (jazzman55/z21-lan-client).
    public enum Direction { Backward, Forward }

    public class SystemStateChangedEventArgs : EventArgs
    {
        public int MainCurrent { get; set; }
        public int FilteredMainCurrent { get; set; }
        public int SupplyVoltage { get; set; }
        public int VccVoltage { get; set; }
        public int Temperature { get; set; }
        public int CentralStateEx { get; set; }
        public int Capabilities { get; set; }
    }

    public class StatusChangedEventArgs : EventArgs { public int CentralState { get; set; } }

    public class LocoInfoEventArgs : EventArgs
    {
        public int Address { get; set; }
        public Direction Direction { get; set; }
        public int Speed { get; set; }
    }
}

namespace Z21LanClient.Commands
{
    // Project stand-in (jazzman55/z21-lan-client).
    public class SetLocoDrive
    {
        public SetLocoDrive(int address, Z21LanClient.Model.Direction direction, int speed) { }
    }
}

namespace Z21LanClient
{
    // Project stand-in (jazzman55/z21-lan-client).
    public class Z21CommandStation
    {
        public Z21CommandStation(Z21.Device.NanoUdpClient udpClient, nanoFramework.Logging.Debug.DebugLogger logger) { }
        public event EventHandler LocoInfoReceived;
        public event EventHandler StatusChangedReceived;
        public event EventHandler SystemStateChangedReceived;
        public void Connect(string address) { }
        public void Send(object command) { }
        internal void Raise()
        {
            LocoInfoReceived?.Invoke(this, EventArgs.Empty);
            StatusChangedReceived?.Invoke(this, EventArgs.Empty);
            SystemStateChangedReceived?.Invoke(this, EventArgs.Empty);
        }
    }
}

namespace Z21.Device
{
    // Project stand-in (jazzman55/z21-lan-client).
    public class NanoUdpClient
    {
        public NanoUdpClient(nanoFramework.Logging.Debug.DebugLogger logger) { }
    }
}

// ================================================================ Azure IoT device SDK (members the shared stub lacks) (R07, R08)
namespace Microsoft.Azure.Devices.Client
{
    public class Message : IDisposable
    {
        public Message() { }
        public Message(byte[] byteArray) { }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public void Dispose() { }
    }

    public class MethodRequest
    {
        public string Name { get; set; }
        public string DataAsJson { get; set; }
    }

    public class MethodResponse
    {
        public MethodResponse(int status) { }
        public MethodResponse(byte[] result, int status) { }
    }

    public delegate Task<MethodResponse> MethodCallback(MethodRequest methodRequest, object userContext);

    public class DeviceAuthenticationWithX509Certificate : IAuthenticationMethod
    {
        public DeviceAuthenticationWithX509Certificate(string deviceId, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) { }
    }

    // Shim: instance members of the shared (non-partial) DeviceClient stub.
    public static class DeviceClientInstanceShim
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task UpdateReportedPropertiesAsync(this DeviceClient client, Microsoft.Azure.Devices.Shared.TwinCollection reportedProperties) => Task.CompletedTask;
        public static Task SetMethodHandlerAsync(this DeviceClient client, string methodName, MethodCallback methodHandler, object userContext) => Task.CompletedTask;
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
    }
}

namespace Microsoft.Azure.Devices.Shared
{
    public class TwinCollection
    {
        private readonly Dictionary<string, object> _values = new Dictionary<string, object>();
        public object this[string propertyName] { get => _values.TryGetValue(propertyName, out var v) ? v : null; set => _values[propertyName] = value; }
        public bool Contains(string propertyName) => _values.ContainsKey(propertyName);
    }
}

namespace AzureDpsFramework
{
    // Project stand-ins: the custom DPS framework of pjgpetecodes/skittlesorter (files not adapted).
    public enum ProvisioningRegistrationStatusType { Unassigned, Assigning, Assigned, Failed, Disabled }

    public class DeviceRegistrationResult
    {
        public ProvisioningRegistrationStatusType Status { get; set; }
        public string DeviceId { get; set; }
        public string AssignedHub { get; set; }
        public string[] IssuedCertificateChain { get; set; }
    }

    public class ProvisioningDeviceClient : IDisposable
    {
        public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, Security.SecurityProviderX509Csr securityProvider, Transport.ProvisioningTransportHandlerMqtt transport) => new ProvisioningDeviceClient();
        public Task<DeviceRegistrationResult> RegisterAsync(CancellationToken cancellationToken) => Task.FromResult(new DeviceRegistrationResult());
        public void Dispose() { }
    }

    public static class CertificateManager
    {
        public static (string csrPem, string keyPem) GenerateCsr(string registrationId) => (string.Empty, string.Empty);
        public static void SaveText(string path, string text) { }
        public static void SaveIssuedCertificatePem(string path, string pem) { }
        public static System.Security.Cryptography.X509Certificates.X509Certificate2 LoadX509WithPrivateKey(string certPath, string keyPath) => null;
    }
}

namespace AzureDpsFramework.Security
{
    // Project stand-in (pjgpetecodes/skittlesorter).
    public class SecurityProviderX509Csr : IDisposable
    {
        public static SecurityProviderX509Csr CreateFromEnrollmentGroup(string registrationId, string csrPem, string privateKeyPem, string enrollmentGroupKeyBase64) => new SecurityProviderX509Csr();
        public void Dispose() { }
    }
}

namespace AzureDpsFramework.Transport
{
    // Project stand-in (pjgpetecodes/skittlesorter).
    public class ProvisioningTransportHandlerMqtt : IDisposable
    {
        public ProvisioningTransportHandlerMqtt(string host, int port) { }
        public void Dispose() { }
    }
}

namespace skittle_sorter
{
    // Project stand-in (pjgpetecodes/skittlesorter).
    public class IoTHubConfig
    {
        public bool SendTelemetry { get; set; } = true;
    }
}

// ================================================================ Opc.UaFx (R08) and the project's stand-ins
namespace Opc.UaFx
{
    public class OpcValue
    {
        public OpcValue(object value) { Value = value; }
        public object Value { get; }
        public static implicit operator OpcValue(string value) => new OpcValue(value);
    }
}

namespace Opc.UaFx.Client
{
    public class OpcClient : IDisposable
    {
        public OpcClient(string serverAddress) { }
        public void Connect() { }
        public void Disconnect() { }
        public Opc.UaFx.OpcValue ReadNode(string nodeId) => new Opc.UaFx.OpcValue(null);
        public object[] CallMethod(string nodeId, string methodNodeId, params object[] args) => Array.Empty<object>();
        public void WriteNode(string nodeId, object value) { }
        public void Dispose() { }
    }
}

// Project stand-ins (WojtekRowinski/FInalProjectIoTWojciechRowinski), global namespace as in the project.
[Flags]
public enum DeviceErrorFlags { None = 0, EmergencyStop = 1, PowerFailure = 2, SensorFailure = 4, Unknown = 8 }

public class TelemetryData
{
    public Opc.UaFx.OpcValue DeviceId { get; set; }
    public DateTime Timestamp { get; set; }
    public Opc.UaFx.OpcValue ProductionStatus { get; set; }
    public Opc.UaFx.OpcValue WorkorderId { get; set; }
    public Opc.UaFx.OpcValue ProductionRate { get; set; }
    public Opc.UaFx.OpcValue GoodCount { get; set; }
    public Opc.UaFx.OpcValue BadCount { get; set; }
    public Opc.UaFx.OpcValue Temperature { get; set; }
    public Opc.UaFx.OpcValue DeviceError { get; set; }
}

public class AzureBlobStorageService
{
    public AzureBlobStorageService(string connectionString, string containerName) { }
    public Task SaveTelemetryDataAsync(TelemetryData telemetryData) => Task.CompletedTask;
}

// ================================================================ Meadow (members the shared stubs lack) (R09)
namespace Meadow
{
    public abstract class App<D> where D : class, new()
    {
        public static D Device { get; } = new D();
        public virtual Task Run() => Task.CompletedTask;
    }
}

namespace Meadow.Devices
{
    public class NetworkAdapterCollection
    {
        public T Primary<T>() where T : class => (T)(object)new WiFiNetworkAdapter();
    }

    public class F7FeatherV2
    {
        public NetworkAdapterCollection NetworkAdapters { get; } = new NetworkAdapterCollection();
    }
}

namespace Meadow.Gateway.WiFi
{
    public class WifiNetwork
    {
        public string Ssid { get; set; }
        public string Bssid { get; set; }
        public int SignalDbStrength { get; set; }
    }
}

namespace Meadow.Hardware
{
    // Shim: members of the shared IWiFiNetworkAdapter stub it lacks (Scan and the NetworkConnected event).
    public static class WiFiNetworkAdapterShim
    {
        public static Task<IList<Meadow.Gateway.WiFi.WifiNetwork>> Scan(this IWiFiNetworkAdapter adapter) => Task.FromResult<IList<Meadow.Gateway.WiFi.WifiNetwork>>(new List<Meadow.Gateway.WiFi.WifiNetwork>());
        public static void OnNetworkConnected(this IWiFiNetworkAdapter adapter, EventHandler handler) { }
    }
}

// ================================================================ MQTTnet v4 client (R10, R14, written files)
namespace MQTTnet
{
    public class MqttApplicationMessage
    {
        public string Topic { get; set; }
        public ArraySegment<byte> PayloadSegment { get; set; }
    }

    public class MqttApplicationMessageBuilder
    {
        private readonly MqttApplicationMessage _message = new MqttApplicationMessage();
        public MqttApplicationMessageBuilder WithTopic(string topic) { _message.Topic = topic; return this; }
        public MqttApplicationMessageBuilder WithPayload(string payload) => this;
        public MqttApplicationMessageBuilder WithPayload(byte[] payload) => this;
        public MqttApplicationMessageBuilder WithRetainFlag(bool value = true) => this;
        public MqttApplicationMessage Build() => _message;
    }

    public class MqttFactory
    {
        public Client.IMqttClient CreateMqttClient() => new Client.MqttClientV4Stub();
        public Server.MqttServer CreateMqttServer(Server.MqttServerOptions options) => new Server.MqttServer();
    }
}

namespace MQTTnet.Client
{
    public class MqttClientDisconnectedEventArgs : EventArgs { }
    public class MqttClientConnectResult { }
    public class MqttClientPublishResult { }

    public interface IMqttClient : IDisposable
    {
        bool IsConnected { get; }
        event Func<MqttClientDisconnectedEventArgs, Task> DisconnectedAsync;
        Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task DisconnectAsync();
        Task<MqttClientPublishResult> PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default);
    }

    internal sealed class MqttClientV4Stub : IMqttClient
    {
        public bool IsConnected => false;
        public event Func<MqttClientDisconnectedEventArgs, Task> DisconnectedAsync;
        public Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default)
        {
            DisconnectedAsync?.Invoke(new MqttClientDisconnectedEventArgs());
            return Task.FromResult(new MqttClientConnectResult());
        }
        public Task DisconnectAsync() => Task.CompletedTask;
        public Task<MqttClientPublishResult> PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, CancellationToken cancellationToken = default) => Task.FromResult(new MqttClientPublishResult());
        public void Dispose() { }
    }

    // MQTTnet v4's MqttClientExtensions.PublishStringAsync.
    public static class MqttClientExtensions
    {
        public static Task<MqttClientPublishResult> PublishStringAsync(this IMqttClient mqttClient, string topic, string payload = null, int qualityOfServiceLevel = 0, bool retain = false, CancellationToken cancellationToken = default) => Task.FromResult(new MqttClientPublishResult());
    }

    // Shim: WithCleanSession of the shared (non-partial) v4 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV4Shim
    {
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
    }
}

// ================================================================ System.IO.Ports (not in the shared framework) (R11, written files)
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }

    public class SerialPort : IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public SerialPort(string portName, int baudRate, Parity parity, int dataBits, StopBits stopBits) { }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public string NewLine { get; set; } = "\n";
        public int ReadTimeout { get; set; }
        public bool IsOpen => true;
        public static string[] GetPortNames() => Array.Empty<string>();
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void Write(byte[] buffer, int offset, int count) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => string.Empty;
        public string ReadLine() => string.Empty;
        public void Dispose() { }
    }
}

namespace WinSMSer.Model
{
    // Project stand-ins (dzakrzew/WinSMSer Model/Message.cs, Model/MessageType.cs).
    public enum MessageType { Received, Sent }

    public class Message
    {
        public MessageType Type { get; set; }
        public string Sender { get; set; }
        public string Date { get; set; }
        public string Content { get; set; }
    }
}

// ================================================================ System.Device.Gpio (R12, written files)
namespace System.Device.Gpio
{
    public enum PinMode { Input, Output, InputPullDown, InputPullUp }

    public readonly struct PinValue : IEquatable<PinValue>
    {
        private readonly byte _value;
        private PinValue(byte value) { _value = value; }
        public static PinValue Low => new PinValue(0);
        public static PinValue High => new PinValue(1);
        public bool Equals(PinValue other) => _value == other._value;
        public override bool Equals(object obj) => obj is PinValue other && Equals(other);
        public override int GetHashCode() => _value;
        public static bool operator ==(PinValue a, PinValue b) => a.Equals(b);
        public static bool operator !=(PinValue a, PinValue b) => !a.Equals(b);
    }

    public class GpioController : IDisposable
    {
        public GpioController() { }
        public void OpenPin(int pinNumber, PinMode mode) { }
        public void ClosePin(int pinNumber) { }
        public void Write(int pinNumber, PinValue value) { }
        public PinValue Read(int pinNumber) => PinValue.Low;
        public void Dispose() { }
    }
}

// ================================================================ ASP.NET Core Kestrel and Application Insights (R13)
namespace Microsoft.AspNetCore.Server.Kestrel.Https
{
    public class HttpsConnectionAdapterOptions
    {
        public System.Security.Authentication.SslProtocols SslProtocols { get; set; }
    }
}

namespace Microsoft.AspNetCore.Server.Kestrel.Core
{
    public class ListenOptions { }

    public class KestrelServerOptions
    {
        public void Listen(IPAddress address, int port, Action<ListenOptions> configure) { }
        public void ListenLocalhost(int port, Action<ListenOptions> configure) { }
        public void ConfigureHttpsDefaults(Action<Microsoft.AspNetCore.Server.Kestrel.Https.HttpsConnectionAdapterOptions> configureOptions) { }
    }
}

namespace Microsoft.AspNetCore.Hosting
{
    public static class ListenOptionsHttpsExtensions
    {
        public static Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions UseHttps(this Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listenOptions, string fileName, string password) => listenOptions;
        public static Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions UseHttps(this Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listenOptions, System.Security.Cryptography.X509Certificates.X509Certificate2 serverCertificate) => listenOptions;
    }
}

namespace Microsoft.ApplicationInsights.Extensibility
{
    public sealed class TelemetryConfiguration
    {
        public static TelemetryConfiguration CreateDefault() => new TelemetryConfiguration();
        public string InstrumentationKey { get; set; }
        public string ConnectionString { get; set; }
    }
}

// ================================================================ Microsoft.Extensions hosting / logging / options / DI (R14, written files)
namespace Microsoft.Extensions.DependencyInjection
{
    public interface IServiceCollection { }
}

namespace Microsoft.Extensions.Hosting
{
    public abstract class BackgroundService : IDisposable
    {
        protected abstract Task ExecuteAsync(CancellationToken stoppingToken);
        public virtual Task StartAsync(CancellationToken cancellationToken) => ExecuteAsync(cancellationToken);
        public virtual Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public virtual void Dispose() { }
    }
}

namespace Microsoft.Extensions.Logging
{
    public interface ILogger { }
    public interface ILogger<out TCategoryName> : ILogger { }

    public static class LoggerExtensions
    {
        public static void LogInformation(this ILogger logger, string message, params object[] args) { }
        public static void LogWarning(this ILogger logger, string message, params object[] args) { }
        public static void LogError(this ILogger logger, Exception exception, string message, params object[] args) { }
    }
}

namespace Microsoft.Extensions.Options
{
    public interface IOptions<out TOptions> where TOptions : class
    {
        TOptions Value { get; }
    }
}

// ================================================================ FluentModbus (R14)
namespace FluentModbus
{
    public enum ModbusEndianness { LittleEndian = 1, BigEndian = 2 }

    public class ModbusTcpClient : IDisposable
    {
        public void Connect(IPEndPoint remoteEndpoint, ModbusEndianness endianness) { }
        public Task<Memory<byte>> ReadHoldingRegistersAsync(int unitIdentifier, int startingAddress, int count, CancellationToken cancellationToken = default) => Task.FromResult(new Memory<byte>(new byte[count * 2]));
        public Task<Memory<T>> ReadHoldingRegistersAsync<T>(int unitIdentifier, int startingAddress, int count, CancellationToken cancellationToken = default) where T : unmanaged => Task.FromResult(new Memory<T>(new T[count]));
        public Task WriteMultipleRegistersAsync(int unitIdentifier, int startingAddress, byte[] dataset, CancellationToken cancellationToken = default) => Task.CompletedTask;
        public void Dispose() { }
    }
}

// ================================================================ ToMqttNet (R14)
namespace ToMqttNet
{
    public class MqttConnectionOptions
    {
        public string NodeId { get; set; }
        public string ClientId { get; set; }
    }

    public class MqttDiscoveryAvailablilty
    {
        public string Topic { get; set; }
        public string PayloadAvailable { get; set; }
        public string PayloadNotAvailable { get; set; }
    }

    public class MqttDiscoveryDevice
    {
        public string Name { get; set; }
        public List<string> Identifiers { get; set; }
    }

    public class MqttSensorDiscoveryConfig
    {
        public string Name { get; set; }
        public string UniqueId { get; set; }
        public List<MqttDiscoveryAvailablilty> Availability { get; set; }
        public MqttDiscoveryDevice Device { get; set; }
        public string StateTopic { get; set; }
        public string ValueTemplate { get; set; }
        public string UnitOfMeasurement { get; set; }
    }

    public sealed class HomeAssistantUnits
    {
        private HomeAssistantUnits(string value) { Value = value; }
        public string Value { get; }
        public static readonly HomeAssistantUnits TEMP_CELSIUS = new HomeAssistantUnits("°C");
    }

    public interface IMqttConnectionService
    {
        MqttConnectionOptions MqttOptions { get; }
        Task PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage);
        Task PublishDiscoveryDocument(MqttSensorDiscoveryConfig config);
    }

    public static class MqttConnectionServiceCollectionExtensions
    {
        public static Microsoft.Extensions.DependencyInjection.IServiceCollection AddMqttConnection(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, Action<MqttConnectionOptions> configureOptions) => services;
    }
}

// ================================================================ Newtonsoft.Json (R14, written files)
namespace Newtonsoft.Json
{
    public enum Formatting { None, Indented }

    public abstract class JsonConverter { }

    public class JsonSerializerSettings
    {
        public Formatting Formatting { get; set; }
        public Serialization.IContractResolver ContractResolver { get; set; }
        public IList<JsonConverter> Converters { get; set; } = new List<JsonConverter>();
    }

    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "{}";
        public static string SerializeObject(object value, JsonSerializerSettings settings) => "{}";
        public static T DeserializeObject<T>(string value) => default(T);
    }
}

namespace Newtonsoft.Json.Converters
{
    public class StringEnumConverter : JsonConverter { }
}

namespace Newtonsoft.Json.Serialization
{
    public interface IContractResolver { }

    public abstract class NamingStrategy
    {
        public virtual string GetPropertyName(string name, bool hasSpecifiedName) => name;
    }

    public class CamelCaseNamingStrategy : NamingStrategy { }

    public class DefaultContractResolver : IContractResolver
    {
        public NamingStrategy NamingStrategy { get; set; }
    }
}

namespace Dantherm2Mqtt
{
    // Project stand-in (JonasMH/Dantherm2Mqtt src/IModbusClient.cs).
    public interface IModbusClient
    {
        Task<Memory<byte>> ReadHoldingRegistersAsync(int unitIdentifier, int startingAddress, int count, CancellationToken cancellationToken);
        Task WriteMultipleRegistersAsync(int unitIdentifier, int startingAddress, byte[] dataset, CancellationToken cancellationToken = default);
        void Connect(IPEndPoint remoteEndpoint, FluentModbus.ModbusEndianness endianness);
    }
}

// Project stand-ins (JonasMH/Dantherm2Mqtt, global namespace as in the project).
public class DanthermUvcSpec
{
    public byte SlaveAddress { get; set; } = 1;
    public string Address { get; set; } = "127.0.0.1";
    public int Port { get; set; } = 502;
    public int PollingIntervalMS { get; set; } = 10000;
}

public class DanthermUvcStatus
{
    public string SystemName { get; set; }
    public ulong SerialNum { get; set; }
    public string MacAddress { get; set; }
    public float OutdoorTemperatureC { get; set; }
    public float SupplyTemperatureC { get; set; }
    public float ExtractTemperatureC { get; set; }
    public float ExhaustTemperatureC { get; set; }
}

public class DanthermKind
{
    public DanthermUvcSpec Spec { get; set; } = new DanthermUvcSpec();
    public DanthermUvcStatus Status { get; set; } = new DanthermUvcStatus();
}

public class DanthermToMqttMetrics
{
    public void UpdateMetrics(DanthermKind result) { }
    public void SetLastDataPull(DanthermKind result, bool success) { }
}

// ================================================================ uPLibrary M2Mqtt (members the shared stub lacks) (R15, written files)
namespace uPLibrary.Networking.M2Mqtt
{
    public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }

    // Shim: instance members and events of the shared (non-partial) MqttClient stub.
    public static class M2MqttClientShim
    {
        public static bool IsConnected(this MqttClient client) => true;
        public static string ClientId(this MqttClient client) => string.Empty;
        public static ushort Publish(this MqttClient client, string topic, byte[] message) => 1;
        public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 1;
        public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 1;
        public static void Disconnect(this MqttClient client) { }
        public static void OnMqttMsgPublishReceived(this MqttClient client, EventHandler<Messages.MqttMsgPublishEventArgs> handler) { }
        public static void OnMqttMsgSubscribed(this MqttClient client, EventHandler<Messages.MqttMsgSubscribedEventArgs> handler) { }
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

    public class MqttMsgPublishEventArgs : EventArgs
    {
        public string Topic { get; set; }
        public byte[] Message { get; set; }
        public byte QosLevel { get; set; }
    }

    public class MqttMsgSubscribedEventArgs : EventArgs
    {
        public ushort MessageId { get; set; }
        public byte[] GrantedQoSLevels { get; set; }
    }
}

// ================================================================ System.Configuration.ConfigurationManager (R15)
namespace System.Configuration
{
    public static class ConfigurationManager
    {
        public static NameValueCollection AppSettings { get; } = new NameValueCollection();
    }
}

// ================================================================ Npgsql (R16, written files)
namespace Npgsql
{
    public sealed class NpgsqlParameterCollection
    {
        public object AddWithValue(string parameterName, object value) => value;
    }

    public sealed class NpgsqlConnection : IDisposable
    {
        public NpgsqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }

    public sealed class NpgsqlCommand : IDisposable
    {
        public NpgsqlCommand(string cmdText, NpgsqlConnection connection) { }
        public NpgsqlParameterCollection Parameters { get; } = new NpgsqlParameterCollection();
        public int ExecuteNonQuery() => 0;
        public object ExecuteScalar() => null;
        public void Dispose() { }
    }
}

namespace SmartParking
{
    // Project stand-in (Kiet031/smart-parking ExceptionManager.cs).
    public static class ExceptionManager
    {
        public static void HandleException(Exception ex, string context) { }
    }
}

// ================================================================ StackExchange.Redis (ScentDiffuser.cs)
namespace StackExchange.Redis
{
    public sealed class EndPointCollection : List<string> { }

    public sealed class ConfigurationOptions
    {
        public EndPointCollection EndPoints { get; } = new EndPointCollection();
        public string Password { get; set; }
        public bool Ssl { get; set; }
    }

    public sealed class ConnectionMultiplexer : IDisposable
    {
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration, System.IO.TextWriter log = null) => new ConnectionMultiplexer();
        public void Dispose() { }
    }
}

// ================================================================ RabbitMQ.Client, MySqlConnector (RowingErgometer.cs)
namespace RabbitMQ.Client
{
    public sealed class ConnectionFactory
    {
        public Uri Uri { get; set; }
        public string HostName { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public string VirtualHost { get; set; }
    }
}

namespace MySqlConnector
{
    public sealed class MySqlConnection : IDisposable
    {
        public MySqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

// ================================================================ MongoDB.Driver, AWS SDK, MQTTnet v3 options, MQTTnet v4 server (BilliardTableTimer.cs)
namespace MongoDB.Driver
{
    public sealed class MongoClient
    {
        public MongoClient(string connectionString) { }
    }
}

namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }

    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

namespace MQTTnet.Client.Options
{
    // MQTTnet v3's IMqttClientOptions.
    public interface IMqttClientOptions { }

    internal sealed class MqttClientOptionsV3Stub : IMqttClientOptions { }

    // Shim: Build() of the shared (non-partial) v3 MqttClientOptionsBuilder stub.
    public static class MqttClientOptionsBuilderV3Shim
    {
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => new MqttClientOptionsV3Stub();
    }
}

namespace MQTTnet.Server
{
    // MQTTnet v4 server surface (the shared stubs declare only ValidatingConnectionEventArgs here).
    public sealed class MqttServerOptions { }

    public sealed class MqttServerOptionsBuilder
    {
        public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
        public MqttServerOptionsBuilder WithDefaultEndpointPort(int value) => this;
        public MqttServerOptions Build() => new MqttServerOptions();
    }

    public sealed class MqttServer : IDisposable
    {
        public event Func<ValidatingConnectionEventArgs, Task> ValidatingConnectionAsync;
        public Task StartAsync() => ValidatingConnectionAsync?.Invoke(new ValidatingConnectionEventArgs()) ?? Task.CompletedTask;
        public void Dispose() { }
    }

}

// ================================================================ InfluxDB client (FootfallCounter.cs)
namespace InfluxDB.Client
{
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public void Dispose() { }
    }
}

// ================================================================ Zigbee coordinator SDK (TerraceAwningController.cs)
namespace Zigbee.Coordinator
{
    // Library stand-in: a USB Zigbee coordinator's SDK (forms the PAN the awning remotes join).
    public class ZigbeeCoordinator
    {
        public ZigbeeCoordinator(string portName) { }
        public void FormNetwork(ushort panId, ulong extendedPanId, byte[] networkKey) { }
        public void PermitJoin(int seconds) { }
    }
}

// ================================================================ FluentFTP (ScenicViewerBinoculars.cs)
namespace FluentFTP
{
    public class FtpClient : IDisposable
    {
        public FtpClient(string host, string user, string pass) { }
        public void Connect() { }
        public void Dispose() { }
    }
}

// ================================================================ Microsoft.Data.SqlClient (HotDeskOccupancy.cs)
namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

// ================================================================ OPC UA .NET Standard (PopcornPopperLine.cs)
namespace Opc.Ua
{
    public interface IUserIdentity { }

    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }
}
