using System.Collections.Generic;
using System.Linq;

namespace IoTSecure.Analyzers.Tests.Infrastructure;

/// <summary>
/// Stub declarations of the IoT APIs the rules know, with the namespaces, type names and parameter names of the
/// real libraries (bodies are placeholders: only the symbols matter to the analyzers).
/// </summary>
public static class Stubs
{
    public const string NanoFrameworkWifi = """
        namespace nanoFramework.Networking
        {
            public enum WifiReconnectionKind { Automatic, Manual }
            public partial class IPConfiguration { }
            public static partial class WifiNetworkHelper
            {
                public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, System.Threading.CancellationToken token = default) => true;
                public static bool ScanAndConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, System.Threading.CancellationToken token = default) => true;
                public static bool ConnectFixAddress(string ssid, string password, IPConfiguration ipConfiguration, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, System.Threading.CancellationToken token = default) => true;
                public static void SetupNetworkHelper(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0) { }
                public static bool Reconnect() => true;
                public static void Disconnect() { }
            }
            public static partial class WiFiNetworkHelper
            {
                public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, System.Threading.CancellationToken token = default) => true;
                public static bool ScanAndConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, System.Threading.CancellationToken token = default) => true;
                public static bool ConnectFixAddress(string ssid, string password, IPConfiguration ipConfiguration, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, System.Threading.CancellationToken token = default) => true;
                public static void SetupNetworkHelper(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0) { }
            }
        }
        namespace Windows.Devices.WiFi
        {
            public enum WiFiReconnectionKind { Automatic, Manual }
            public partial class WiFiAvailableNetwork { }
            public partial class WiFiAdapter { public object Connect(WiFiAvailableNetwork availableNetwork, WiFiReconnectionKind reconnectionKind, string passwordCredential) => null; }
        }
        namespace System.Device.Wifi
        {
            public class Wireless80211Configuration { public string Ssid { get; set; } public string Password { get; set; } }
            public enum WifiReconnectionKind { Automatic, Manual }
            public partial class WifiAvailableNetwork { }
            public enum WifiConnectionStatus { Success, AccessRevoked, InvalidCredential, NetworkNotAvailable, Timeout, UnspecifiedFailure, UnsupportedAuthenticationProtocol }
            public class WifiConnectionResult { public WifiConnectionStatus ConnectionStatus { get; } }
            public partial class WifiAdapter
            {
                public object Connect(WifiAvailableNetwork availableNetwork, WifiReconnectionKind reconnectionKind, string passwordCredential) => null;
                public WifiConnectionResult Connect(string ssid, WifiReconnectionKind reconnectionKind, string passwordCredential) => new WifiConnectionResult();
                public static WifiAdapter[] FindAllAdapters() => new[] { new WifiAdapter() };
            }
        }
        namespace System.Device.WiFi
        {
            public enum WiFiReconnectionKind { Automatic, Manual }
            public class WiFiAvailableNetwork { }
            public class WiFiAdapter { public object Connect(WiFiAvailableNetwork availableNetwork, WiFiReconnectionKind reconnectionKind, string passwordCredential) => null; }
        }
        namespace System.Net.NetworkInformation
        {
            public class Wireless80211Configuration { public string Ssid { get; set; } public string Password { get; set; } }
            public class WirelessAPConfiguration { public string Ssid { get; set; } public string Password { get; set; } }
        }
        """;

    public const string Meadow = """
        namespace Meadow.Hardware
        {
            public interface IWiFiNetworkAdapter
            {
                System.Threading.Tasks.Task Connect(string ssid, string passphrase, System.TimeSpan timeout, System.Threading.CancellationToken token);
                System.Threading.Tasks.Task Connect(string ssid, string passphrase, System.TimeSpan timeout) => Connect(ssid, passphrase, timeout, default);
                // Older Meadow releases: Connect(ssid, password) and ConnectAsync(ssid, passphrase).
                System.Threading.Tasks.Task Connect(string ssid, string password) => Connect(ssid, password, System.TimeSpan.FromSeconds(90), default);
                System.Threading.Tasks.Task ConnectAsync(string ssid, string passphrase) => Connect(ssid, passphrase, System.TimeSpan.FromSeconds(90), default);
            }
        }
        namespace Meadow.Devices
        {
            public class WiFiNetworkAdapter : Meadow.Hardware.IWiFiNetworkAdapter
            {
                public System.Threading.Tasks.Task Connect(string ssid, string passphrase, System.TimeSpan timeout, System.Threading.CancellationToken token) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    public const string M2Mqtt = """
        namespace uPLibrary.Networking.M2Mqtt
        {
            public class MqttClient
            {
                public MqttClient(string brokerHostName) { }
                public MqttClient(string brokerHostName, int brokerPort, bool secure, object caCert, object clientCert, int sslProtocol) { }
                public byte Connect(string clientId) => 0;
                public byte Connect(string clientId, string username, string password) => 0;
                public byte Connect(string clientId, string username, string password, bool cleanSession, ushort keepAlivePeriod) => 0;
            }
        }
        namespace nanoFramework.M2Mqtt
        {
            public class MqttClient
            {
                public MqttClient(string brokerHostName) { }
                public byte Connect(string clientId, string username, string password) => 0;
                public bool IsConnected => true;
            }
        }
        """;

    public const string MqttNetV3 = """
        namespace MQTTnet.Client.Options
        {
            public class MqttClientOptionsBuilder
            {
                public MqttClientOptionsBuilder WithTcpServer(string server, int? port = null) => this;
                public MqttClientOptionsBuilder WithCredentials(string username, string password) => this;
            }
            public class MqttClientCredentials { public string Username { get; set; } public string Password { get; set; } }
        }
        """;

    public const string MqttNetV4 = """
        namespace MQTTnet.Client
        {
            public class MqttClientOptions { }
            public class MqttClientOptionsBuilder
            {
                public MqttClientOptionsBuilder WithTcpServer(string server, int? port = null) => this;
                public MqttClientOptionsBuilder WithCredentials(string username, string password) => this;
                public MqttClientOptionsBuilder WithCredentials(string username, byte[] password = null) => this;
                public MqttClientOptionsBuilder WithClientId(string value) => this;
                public MqttClientOptionsBuilder WithConnectionUri(string uri) => this;
                public MqttClientOptionsBuilder WithWebSocketServer(string uri) => this;
                public MqttClientOptionsBuilder WithTls() => this;
                public MqttClientOptions Build() => new MqttClientOptions();
            }
            public class MqttClientCredentials { public MqttClientCredentials(string userName, byte[] password = null) { } }
            public class MqttClientWebSocketProxyOptionsBuilder { public MqttClientWebSocketProxyOptionsBuilder WithPassword(string password) => this; }
            public class MqttClientWebSocketProxyOptions { public string Password { get; set; } }
        }
        namespace MQTTnet.Server
        {
            public class ValidatingConnectionEventArgs { public string ClientId { get; } public string UserName { get; } public string Password { get; } public int ReasonCode { get; set; } }
        }
        """;

    public const string MqttNetV5 = """
        namespace MQTTnet
        {
            public class MqttClientOptions { }
            public class MqttClientOptionsBuilder
            {
                public MqttClientOptionsBuilder WithTcpServer(string host, int? port = null) => this;
                public MqttClientOptionsBuilder WithCredentials(string username, string password) => this;
                public MqttClientOptionsBuilder WithCredentials(string username, byte[] password) => this;
                public MqttClientOptionsBuilder WithConnectionUri(string uri) => this;
                public MqttClientOptionsBuilder WithTlsOptions(System.Action<MqttClientTlsOptionsBuilder> configure) => this;
                public MqttClientOptions Build() => new MqttClientOptions();
            }
            public class MqttClientTlsOptionsBuilder { public MqttClientTlsOptionsBuilder UseTls(bool useTls = true) => this; }
            public class MqttClientCredentials { public MqttClientCredentials(string userName, byte[] password) { } }
            public class MqttClientWebSocketProxyOptionsBuilder { public MqttClientWebSocketProxyOptionsBuilder WithPassword(string password) => this; }
            public class MqttClientWebSocketProxyOptions { public string Password { get; set; } }
        }
        namespace MQTTnet.Certificates
        {
            public class BlobCertificateProvider { public BlobCertificateProvider(byte[] blob) { } public string Password { get; set; } }
        }
        """;

    public const string AzureDeviceClient = """
        namespace Microsoft.Azure.Devices.Client
        {
            public enum TransportType { Amqp, Http1, Mqtt }
            public interface IAuthenticationMethod { }
            public class DeviceClient
            {
                public static DeviceClient CreateFromConnectionString(string connectionString) => new DeviceClient();
                public static DeviceClient CreateFromConnectionString(string connectionString, TransportType transportType) => new DeviceClient();
                public static DeviceClient Create(string hostname, IAuthenticationMethod authenticationMethod) => new DeviceClient();
            }
            public class ModuleClient
            {
                public static ModuleClient CreateFromConnectionString(string connectionString) => new ModuleClient();
            }
            public class DeviceAuthenticationWithRegistrySymmetricKey : IAuthenticationMethod
            {
                public DeviceAuthenticationWithRegistrySymmetricKey(string deviceId, string key) { }
            }
            public class ModuleAuthenticationWithRegistrySymmetricKey : IAuthenticationMethod
            {
                public ModuleAuthenticationWithRegistrySymmetricKey(string deviceId, string moduleId, string key) { }
            }
        }
        namespace Microsoft.Azure.Devices.Provisioning.Client
        {
            public class SecurityProviderSymmetricKey { public SecurityProviderSymmetricKey(string registrationId, string primaryKey, string secondaryKey) { } }
        }
        namespace Microsoft.Azure.Devices.Shared
        {
            public class SecurityProviderSymmetricKey
            {
                public SecurityProviderSymmetricKey(string registrationId, string primaryKey, string secondaryKey) { }
            }
        }
        namespace nanoFramework.Azure.Devices.Client
        {
            public class DeviceClient
            {
                public DeviceClient(string iotHubName, string deviceId, string sasKey, byte qosLevel = 0, object azureCert = null, string modelId = null) { }
            }
            public class ProvisioningDeviceClient
            {
                public static ProvisioningDeviceClient Create(string azureDpsAddress, string idScope, string registrationId, string saskey, object azureCert = null) => new ProvisioningDeviceClient();
            }
        }
        """;

    public const string Amqp = """
        namespace Amqp
        {
            public class Address
            {
                public Address(string address) { }
                public Address(string host, int port, string user = null, string password = null, string path = "/", string scheme = "AMQPS") { }
            }
        }
        """;

    public const string NanoWebServer = """
        namespace nanoFramework.WebServer
        {
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method)]
            public class AuthenticationAttribute : System.Attribute
            {
                public AuthenticationAttribute(string auth) { }
                // Another release names the parameter "authentication" (stubbed as an overload: one type cannot have both).
                public AuthenticationAttribute(string authentication, bool other) { }
            }
            public class WebServer
            {
                public WebServer(int port) { }
                public static void OutPutStream(System.Net.HttpListenerResponse response, string strResponse) { }
                public string ApiKey { get; set; }
                public System.Net.NetworkCredential Credential { get; set; }
            }
        }
        """;

    /// <summary>.NET 9's X509CertificateLoader (the tests compile against .NET 8 reference assemblies).</summary>
    public const string X509Loader = """
        namespace System.Security.Cryptography.X509Certificates
        {
            public static class X509CertificateLoader
            {
                public static X509Certificate2 LoadPkcs12(byte[] data, string? password, X509KeyStorageFlags keyStorageFlags = X509KeyStorageFlags.DefaultKeySet, Pkcs12LoaderLimits? loaderLimits = null) => null!;
                public static X509Certificate2 LoadPkcs12FromFile(string path, string? password, X509KeyStorageFlags keyStorageFlags = X509KeyStorageFlags.DefaultKeySet, Pkcs12LoaderLimits? loaderLimits = null) => null!;
                public static X509Certificate2Collection LoadPkcs12Collection(byte[] data, string? password, X509KeyStorageFlags keyStorageFlags = X509KeyStorageFlags.DefaultKeySet, Pkcs12LoaderLimits? loaderLimits = null) => null!;
                public static X509Certificate2Collection LoadPkcs12CollectionFromFile(string path, string? password, X509KeyStorageFlags keyStorageFlags = X509KeyStorageFlags.DefaultKeySet, Pkcs12LoaderLimits? loaderLimits = null) => null!;
            }

            public sealed class Pkcs12LoaderLimits { }
        }
        """;

    /// <summary>The System.Security.Cryptography.Pkcs package's PKCS#12 builder and reader (not in the reference assemblies).</summary>
    public const string Pkcs12 = """
        namespace System.Security.Cryptography.Pkcs
        {
            public sealed class Pkcs12Builder
            {
                public void AddSafeContentsEncrypted(Pkcs12SafeContents safeContents, string? password, System.Security.Cryptography.PbeParameters pbeParameters) { }
                public void AddSafeContentsEncrypted(Pkcs12SafeContents safeContents, System.ReadOnlySpan<byte> passwordBytes, System.Security.Cryptography.PbeParameters pbeParameters) { }
                public void AddSafeContentsUnencrypted(Pkcs12SafeContents safeContents) { }
                public void SealWithMac(string? password, System.Security.Cryptography.HashAlgorithmName hashAlgorithm, int iterationCount) { }
                public void SealWithoutIntegrity() { }
                public byte[] Encode() => null!;
            }

            public sealed class Pkcs12SafeContents
            {
                public object AddShroudedKey(System.Security.Cryptography.AsymmetricAlgorithm key, string? password, System.Security.Cryptography.PbeParameters pbeParameters) => null!;
                public object AddShroudedKey(System.Security.Cryptography.AsymmetricAlgorithm key, System.ReadOnlySpan<byte> passwordBytes, System.Security.Cryptography.PbeParameters pbeParameters) => null!;
                public object AddCertificate(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) => null!;
                public void Decrypt(string? password) { }
                public void Decrypt(System.ReadOnlySpan<byte> passwordBytes) { }
            }

            public sealed class Pkcs12Info
            {
                public static Pkcs12Info Decode(System.ReadOnlyMemory<byte> encodedBytes, out int bytesConsumed, bool skipCopy = false) { bytesConsumed = 0; return null!; }
                public bool VerifyMac(string? password) => false;
            }
        }
        """;

    /// <summary>All stubs, for tests that mix libraries.</summary>
    /// <summary>Yoctopuce YoctoLib's cellular module (its classes live in the global namespace).</summary>
    public const string YoctoCellular = """
        public class YCellular
        {
            public static YCellular FirstCellular() => new YCellular();
            public int set_pin(string newval) => 0;
            public int sendPUK(string puk, string newPin) => 0;
        }
        """;

    /// <summary>
    /// Cellular modem libraries that take the SIM PIN and send <c>AT+CPIN</c> themselves: nanoFramework's
    /// IoT.Device.AtModem and HeboTech's ATLib (as an object), GSMComm (as a string).
    /// </summary>
    public const string CellularModemLibraries = """
        namespace IoT.Device.AtModem.DTOs { public class PersonalIdentificationNumber { public PersonalIdentificationNumber(string pin) { } } }
        namespace IoT.Device.AtModem.Modem
        {
            public class Sim7080 { public object EnterSimPin(IoT.Device.AtModem.DTOs.PersonalIdentificationNumber pin) => null; }
        }
        namespace HeboTech.ATLib.DTOs { public class PersonalIdentificationNumber { public PersonalIdentificationNumber(string pin) { } } }
        namespace GsmComm.GsmCommunication { public class GsmCommMain { public GsmCommMain(string portName, int baudRate, int timeout) { } public void EnterPin(string pin) { } } }
        """;

    /// <summary>32feet.NET (InTheHand.Net) and Windows' pairing ceremony (Windows.Devices.Enumeration): the PIN a Bluetooth pairing uses.</summary>
    public const string Bluetooth32Feet = """
        namespace InTheHand.Net { public sealed class BluetoothAddress { public static BluetoothAddress Parse(string s) => new BluetoothAddress(); public long ToInt64() => 0; public ulong ToUInt64() => 0; } }
        namespace InTheHand.Net.Bluetooth
        {
            public static class BluetoothSecurity
            {
                public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
                public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
            }
        }
        namespace Windows.Devices.Enumeration
        {
            public sealed class DevicePairingRequestedEventArgs { public void Accept() { } public void Accept(string pin) { } }
        }
        """;

    /// <summary>Tuya's LAN protocol: TuyaNet's device and TuyaCore's plug, given the device's local key.</summary>
    public const string TuyaLibraries = """
        namespace com.clusterrr.TuyaNet
        {
            public class TuyaDevice
            {
                public TuyaDevice(string ip, string localKey, string deviceId = null) { }
                public TuyaDevice(string ip, byte[] localKey, string deviceId = null) { }
            }
        }
        namespace m4rcus.TuyaCore
        {
            public class TuyaPlug { public string IP { get; set; } = ""; public string LocalKey { get; set; } = ""; public string Id { get; set; } = ""; }
        }
        """;

    /// <summary>ZWaveDotNet: a Z-Wave controller given its S0 and S2 network keys (16 bytes each).</summary>
    public const string ZWaveDotNet = """
        namespace ZWaveDotNet.Entities
        {
            public class Controller
            {
                public Controller(string port, byte[] s0Key, byte[] s2unauth, byte[] s2auth, byte[] s2access) { }
                public System.Threading.Tasks.Task Reset() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    /// <summary>#SNMP (Lextm.SharpSnmpLib): community strings and v3 passphrases, as <c>OctetString</c>s.</summary>
    public const string SharpSnmp = """
        namespace Lextm.SharpSnmpLib { public sealed class OctetString { public OctetString(string content) { } public OctetString(byte[] raw) { } } }
        namespace Lextm.SharpSnmpLib.Pipeline
        {
            public interface IMembershipProvider { }
            public sealed class Version1MembershipProvider : IMembershipProvider { public Version1MembershipProvider(Lextm.SharpSnmpLib.OctetString getCommunity, Lextm.SharpSnmpLib.OctetString setCommunity) { } }
            public sealed class Version2MembershipProvider : IMembershipProvider { public Version2MembershipProvider(Lextm.SharpSnmpLib.OctetString getCommunity, Lextm.SharpSnmpLib.OctetString setCommunity) { } }
        }
        namespace Lextm.SharpSnmpLib.Security
        {
            public interface IAuthenticationProvider { }
            public interface IPrivacyProvider { }
            public sealed class MD5AuthenticationProvider : IAuthenticationProvider { public MD5AuthenticationProvider(Lextm.SharpSnmpLib.OctetString phrase) { } }
            public sealed class SHA1AuthenticationProvider : IAuthenticationProvider { public SHA1AuthenticationProvider(Lextm.SharpSnmpLib.OctetString phrase) { } }
            public sealed class SHA256AuthenticationProvider : IAuthenticationProvider { public SHA256AuthenticationProvider(Lextm.SharpSnmpLib.OctetString phrase) { } }
            public sealed class SHA384AuthenticationProvider : IAuthenticationProvider { public SHA384AuthenticationProvider(Lextm.SharpSnmpLib.OctetString phrase) { } }
            public sealed class SHA512AuthenticationProvider : IAuthenticationProvider { public SHA512AuthenticationProvider(Lextm.SharpSnmpLib.OctetString phrase) { } }
            public sealed class DESPrivacyProvider : IPrivacyProvider { public DESPrivacyProvider(Lextm.SharpSnmpLib.OctetString phrase, IAuthenticationProvider auth) { } }
            public sealed class AESPrivacyProvider : IPrivacyProvider { public AESPrivacyProvider(Lextm.SharpSnmpLib.OctetString phrase, IAuthenticationProvider auth) { } }
            public sealed class AES192PrivacyProvider : IPrivacyProvider { public AES192PrivacyProvider(Lextm.SharpSnmpLib.OctetString phrase, IAuthenticationProvider auth) { } }
            public sealed class AES256PrivacyProvider : IPrivacyProvider { public AES256PrivacyProvider(Lextm.SharpSnmpLib.OctetString phrase, IAuthenticationProvider auth) { } }
        }
        """;

    /// <summary>
    /// #SNMP's manager side (<c>Lextm.SharpSnmpLib.Messaging</c>): <c>Messenger</c> and the request and trap messages,
    /// with the v1/v2c community each is sent with. Not in <see cref="All"/>: the labelled corpora declare their own
    /// SharpSnmpLib surface beside the stubs; the sink catalogue tests add it.
    /// </summary>
    /// <summary>
    /// InfluxDB's client (a library, compiled as a referenced assembly where used: its constructor's <c>token</c> is a
    /// credential parameter the library declares, not a catalogue entry). Not in <see cref="All"/>.
    /// </summary>
    public const string InfluxClient = """
        namespace InfluxDB.Client
        {
            public class InfluxDBClient
            {
                public InfluxDBClient(string url, string token) { }
                public InfluxDBClient(string url, string username, string password) { }
            }
        }
        """;

    /// <summary>
    /// System.IO.Ports' serial port, for tests of modem commands written to it (a library, as the package is to device
    /// code). Not in <see cref="All"/>.
    /// </summary>
    /// <summary>Npgsql's connection, as the red teams' PostgreSQL cases open it (a catalogued connection-string sink).</summary>
    public const string Npgsql = """
        namespace Npgsql
        {
            public sealed class NpgsqlConnection : System.IDisposable
            {
                public NpgsqlConnection(string connectionString) { }
                public void Open() { }
                public void Dispose() { }
            }
        }
        """;

    /// <summary>StackExchange.Redis's connection and options, as the red teams' cache cases connect (catalogued password sinks).</summary>
    public const string Redis = """
        namespace StackExchange.Redis
        {
            public sealed class EndPointCollection : System.Collections.ObjectModel.Collection<System.Net.EndPoint>
            {
                public void Add(string hostAndPort) { }
                public void Add(string host, int port) { }
            }
            public sealed class ConfigurationOptions
            {
                public EndPointCollection EndPoints { get; } = new EndPointCollection();
                public string? User { get; set; }
                public string? Password { get; set; }
                public bool Ssl { get; set; }
                public static ConfigurationOptions Parse(string configuration) => new ConfigurationOptions();
            }
            public interface IDatabase { bool StringSet(string key, string value); }
            public sealed class ConnectionMultiplexer : System.IDisposable
            {
                public static ConnectionMultiplexer Connect(string configuration, System.IO.TextWriter? log = null) => new ConnectionMultiplexer();
                public static ConnectionMultiplexer Connect(ConfigurationOptions configuration, System.IO.TextWriter? log = null) => new ConnectionMultiplexer();
                public IDatabase GetDatabase(int db = -1) => null!;
                public void Dispose() { }
            }
        }
        """;

    public const string SerialPorts = """
        namespace System.IO.Ports
        {
            public class SerialPort
            {
                public SerialPort(string portName, int baudRate) { }
                public void Write(string text) { }
                public void WriteLine(string text) { }
                public void Write(byte[] buffer, int offset, int count) { }
                public string ReadLine() => null;
            }
        }
        """;

    public const string SharpSnmpMessaging = """
        namespace Lextm.SharpSnmpLib
        {
            public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
            public enum GenericCode { ColdStart = 0, EnterpriseSpecific = 6 }
            public interface ISnmpData { }
            public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } }
            public sealed class Variable { public Variable(ObjectIdentifier id) { } public Variable(ObjectIdentifier id, ISnmpData data) { } }
        }
        namespace Lextm.SharpSnmpLib.Messaging
        {
            using System.Collections.Generic;
            using System.Net;
            using System.Threading;
            using System.Threading.Tasks;
            public enum WalkMode { Default = 0, WithinSubtree = 1 }
            public interface ISnmpMessage { }
            public static class Messenger
            {
                public static IList<Variable> Get(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
                public static Task<IList<Variable>> GetAsync(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, CancellationToken cancellationToken = default) => null;
                public static IList<Variable> Set(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, int timeout) => variables;
                public static Task<IList<Variable>> SetAsync(VersionCode version, IPEndPoint endpoint, OctetString community, IList<Variable> variables, CancellationToken cancellationToken = default) => null;
                public static int Walk(VersionCode version, IPEndPoint endpoint, OctetString community, ObjectIdentifier table, IList<Variable> list, int timeout, WalkMode mode) => 0;
                public static Task<int> WalkAsync(VersionCode version, IPEndPoint endpoint, OctetString community, ObjectIdentifier table, IList<Variable> list, WalkMode mode, CancellationToken cancellationToken = default) => null;
                public static int BulkWalk(VersionCode version, IPEndPoint endpoint, OctetString community, OctetString contextName, ObjectIdentifier table, IList<Variable> list, int timeout, int maxRepetitions, WalkMode mode, Lextm.SharpSnmpLib.Security.IPrivacyProvider privacy, ISnmpMessage report) => 0;
                public static Variable[,] GetTable(VersionCode version, IPEndPoint endpoint, OctetString community, ObjectIdentifier table, int timeout, int maxRepetitions) => null;
                public static void SendTrapV1(EndPoint receiver, IPAddress agent, OctetString community, ObjectIdentifier enterprise, GenericCode generic, int specific, uint timestamp, IList<Variable> variables) { }
                public static Task SendTrapV1Async(EndPoint receiver, IPAddress agent, OctetString community, ObjectIdentifier enterprise, GenericCode generic, int specific, uint timestamp, IList<Variable> variables) => null;
                public static void SendTrapV2(int requestId, VersionCode version, EndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables) { }
                public static Task SendTrapV2Async(int requestId, VersionCode version, EndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables) => null;
                public static void SendInform(int requestId, VersionCode version, IPEndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables, int timeout, Lextm.SharpSnmpLib.Security.IPrivacyProvider privacy, ISnmpMessage report) { }
                public static Task SendInformAsync(int requestId, VersionCode version, IPEndPoint receiver, OctetString community, ObjectIdentifier enterprise, uint timestamp, IList<Variable> variables, Lextm.SharpSnmpLib.Security.IPrivacyProvider privacy, ISnmpMessage report, CancellationToken cancellationToken = default) => null;
            }
            public sealed class GetRequestMessage : ISnmpMessage { public GetRequestMessage(int requestId, VersionCode version, OctetString community, IList<Variable> variables) { } }
            public sealed class GetNextRequestMessage : ISnmpMessage { public GetNextRequestMessage(int requestId, VersionCode version, OctetString community, IList<Variable> variables) { } }
            public sealed class SetRequestMessage : ISnmpMessage { public SetRequestMessage(int requestId, VersionCode version, OctetString community, IList<Variable> variables) { } }
            public sealed class GetBulkRequestMessage : ISnmpMessage { public GetBulkRequestMessage(int requestId, VersionCode version, OctetString community, int nonRepeaters, int maxRepetitions, IList<Variable> variables) { } }
            public sealed class TrapV1Message : ISnmpMessage { public TrapV1Message(VersionCode version, IPAddress agent, OctetString community, ObjectIdentifier enterprise, GenericCode generic, int specific, uint time, IList<Variable> variables) { } }
            public sealed class TrapV2Message : ISnmpMessage { public TrapV2Message(int requestId, VersionCode version, OctetString community, ObjectIdentifier enterprise, uint time, IList<Variable> variables) { } }
            public sealed class InformRequestMessage : ISnmpMessage { public InformRequestMessage(int requestId, VersionCode version, OctetString community, ObjectIdentifier enterprise, uint time, IList<Variable> variables) { } }
        }
        """;

    /// <summary><see cref="All"/> and <see cref="SharpSnmpMessaging"/>.</summary>
    public static IEnumerable<string> AllWithSnmpMessaging => All.Append(SharpSnmpMessaging);

    /// <summary>
    /// Libraries left out of <see cref="All"/> because labelled corpora declare their own surface of them (a corpus's
    /// <c>_Stubs.cs</c> compiles beside <see cref="All"/>): tests that need them name them.
    /// </summary>
    public static readonly string[] OutsideAll = { Bluetooth32Feet, ZWaveDotNet, SnmpSharpNet, CellularModemLibraries, TuyaLibraries };

    /// <summary>SNMP#NET (<c>SnmpSharpNet</c>): the manager's community parameters and a v3 user's secrets, as the library writes them.</summary>
    public const string SnmpSharpNet = """
        namespace SnmpSharpNet
        {
            public enum SnmpVersion { Ver1, Ver2, Ver3 }
            public enum AuthenticationDigests { None, MD5, SHA1 }
            public enum PrivacyProtocols { None, DES, AES128 }
            public class OctetString { public OctetString(string value) { } }
            public class SimpleSnmp
            {
                public SimpleSnmp(string peerName, string community) { }
                public SimpleSnmp(string peerName, int peerPort, string community) { }
                public string Community { get; set; } = "";
            }
            public class AgentParameters
            {
                public AgentParameters(OctetString community) { }
                public AgentParameters(SnmpVersion version, OctetString community) { }
            }
            public class SnmpV1Packet { public SnmpV1Packet(string snmpCommunity) { } }
            public class SnmpV2Packet { public SnmpV2Packet(string snmpCommunity) { } }
            public class SecureAgentParameters
            {
                public void authNoPriv(string securityName, AuthenticationDigests authDigest, string authSecret) { }
                public void authPriv(string securityName, AuthenticationDigests authDigest, string authSecret, PrivacyProtocols privProtocol, string privSecret) { }
                public void AuthNoPriv(string securityName, AuthenticationDigests authDigest, string authSecret) { }
                public void AuthPriv(string securityName, AuthenticationDigests authDigest, string authSecret, PrivacyProtocols privProtocol, string privSecret) { }
            }
        }
        """;

    public static readonly string[] All = { NanoFrameworkWifi, Meadow, M2Mqtt, MqttNetV3, MqttNetV4, MqttNetV5, AzureDeviceClient, Amqp, NanoWebServer, X509Loader, Pkcs12, YoctoCellular, SharpSnmp };
}
