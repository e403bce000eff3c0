using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 92: an independent precision/recall sample of real public device and home-automation C# code the team has
/// not seen, in domains red teams 89 and 90 did not use (SNMP agents over Modbus gateways, an MQTTnet broker with its own
/// user check, 32feet.NET Bluetooth pairing, Windows IoT/UWP WPS Wi-Fi joins, Xiaomi Mi Home gateways, Philips Hue
/// (Q42.HueApi), Twilio and Pushover alerting, Adafruit IO, Emgu CV RTSP cameras, Azure IoT Edge downstream devices
/// provisioned by DPS with X.509). Adapted to compile against stubs (names, call patterns and classes kept; unrelated
/// bulk and UI trimmed; every working-looking secret replaced by an invented value of the same shape, placeholders and
/// published defaults kept as written). Sources: blt950/vPilot-Pushover (vPilotPushover.cs, an early version), and public
/// repositories found through the code index by content whose owner the index did not name: the ModbusTcpToSnmp.PCL
/// SnmpServer.cs, the MqttNetApplication Program.cs broker, the HomeMatic ConnectForm.cs thermostat pairing, a prosthetic
/// hand's Bluetooth manager (BluetoothInfo/PasswordDevice), the ConnectWPS console (ConsoleApp2 Program.cs), a Mi Home
/// Playground Program.cs (MiControl), MyServer.Services.SmartHome HomeTemparatures.cs (MiHomeLib), MUS2.Hue HueUtil.cs,
/// THKH.Webpage.Staff.SMS SMSManagement.cs (Twilio), server/CallApiAdafruit.cs, an Emgu CV face-capture form, an Emgu CV
/// RTSP recorder form, and the Azure IoT Edge downstream-device sample Program.cs (Microsoft.Azure.Devices.Client.Samples).
/// Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run and were not changed afterwards.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam92Tests
{
    private const string SnmpPipelineStub = """
        namespace Lextm.SharpSnmpLib.Pipeline
        {
            public interface IMessageHandler { }
            public sealed class ComposedMembershipProvider : IMembershipProvider { public ComposedMembershipProvider(IMembershipProvider[] providers) { } }
            public sealed class GetV1MessageHandler : IMessageHandler { }
            public sealed class GetMessageHandler : IMessageHandler { }
            public sealed class SetV1MessageHandler : IMessageHandler { }
            public sealed class SetMessageHandler : IMessageHandler { }
            public sealed class HandlerMapping { public HandlerMapping(string version, string command, IMessageHandler handler) { } }
            public sealed class MessageHandlerFactory { public MessageHandlerFactory(HandlerMapping[] mappings) { } }
            public sealed class ObjectStore { public void Add(object obj) { } }
            public sealed class UserRegistry { }
        }
        """;

    private const string MqttServerStub = """
        namespace MQTTnet
        {
            public class MqttServerFactory
            {
                public MQTTnet.Server.MqttServer CreateMqttServer(MQTTnet.Server.MqttServerOptions options) => new MQTTnet.Server.MqttServer();
            }
        }
        namespace MQTTnet.Protocol { public enum MqttConnectReasonCode { Success = 0, BadUserNameOrPassword = 134 } }
        namespace MQTTnet.Server
        {
            public class MqttServerOptions { }
            public class MqttServerOptionsBuilder
            {
                public MqttServerOptionsBuilder WithDefaultEndpoint() => this;
                public MqttServerOptionsBuilder WithDefaultEndpointPort(int port) => this;
                public MqttServerOptionsBuilder WithEncryptedEndpoint() => this;
                public MqttServerOptionsBuilder WithEncryptedEndpointPort(int port) => this;
                public MqttServerOptions Build() => new MqttServerOptions();
            }
            public class MqttServer : System.IDisposable
            {
                public event System.Func<ValidatingConnectionEventArgs, System.Threading.Tasks.Task>? ValidatingConnectionAsync;
                public System.Threading.Tasks.Task StartAsync() => System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task StopAsync() => System.Threading.Tasks.Task.CompletedTask;
                public void Dispose() { }
            }
        }
        namespace System.Configuration
        {
            public static class ConfigurationManager { public static System.Collections.Specialized.NameValueCollection AppSettings { get; } = new(); }
        }
        """;

    private const string BluetoothSocketsStub = """
        namespace InTheHand.Net.Bluetooth
        {
            public static class BluetoothService { public static readonly System.Guid SerialPort = System.Guid.Empty; }
            public static class BluetoothRadio { public static bool IsSupported => true; }
        }
        namespace InTheHand.Net
        {
            public class BluetoothEndPoint { public BluetoothEndPoint(BluetoothAddress address, System.Guid service) { } }
        }
        namespace InTheHand.Net.Sockets
        {
            public class BluetoothDeviceInfo
            {
                public string DeviceName { get; } = "";
                public InTheHand.Net.BluetoothAddress DeviceAddress { get; } = new InTheHand.Net.BluetoothAddress();
                public bool Authenticated { get; }
            }
            public class BluetoothClient
            {
                public BluetoothClient() { }
                public BluetoothClient(InTheHand.Net.BluetoothEndPoint localEndpoint) { }
                public BluetoothDeviceInfo[] DiscoverDevices(int maxDevices) => System.Array.Empty<BluetoothDeviceInfo>();
                public BluetoothDeviceInfo[] DiscoverDevices(int maxDevices, bool authenticated, bool remembered, bool unknown, bool discoverableOnly) => System.Array.Empty<BluetoothDeviceInfo>();
            }
        }
        """;

    private const string UwpWifiStub = """
        namespace System
        {
            public interface IAsyncOperationLike<T> { void Cancel(); }
            public static class WindowsRuntimeSystemExtensions
            {
                public static System.Threading.Tasks.Task<T> AsTask<T>(this IAsyncOperationLike<T> operation) => System.Threading.Tasks.Task.FromResult(default(T)!);
                public static IAsyncOperationLike<T> AsAsyncOperation<T>(this System.Threading.Tasks.Task<T> task) => null!;
            }
        }
        namespace Windows.Security.Credentials
        {
            public sealed class PasswordCredential { public string Resource { get; set; } = ""; public string UserName { get; set; } = ""; public string Password { get; set; } = ""; }
        }
        namespace Windows.Devices.Enumeration
        {
            public sealed class DeviceInformation
            {
                public string Id { get; } = "";
                public static System.Threading.Tasks.Task<DeviceInformationCollection> FindAllAsync(string selector) => System.Threading.Tasks.Task.FromResult(new DeviceInformationCollection());
            }
            public sealed class DeviceInformationCollection : System.Collections.Generic.List<DeviceInformation> { }
        }
        namespace Windows.Devices.WiFi
        {
            public enum WiFiConnectionMethod { Default, WpsPin, WpsPushButton }
            public sealed class WiFiConnectionResult { }
            public sealed class NetworkAdapter { public System.Guid NetworkAdapterId { get; } }
            public sealed class WiFiNetworkReport { public System.Collections.Generic.IReadOnlyList<WiFiAvailableNetwork> AvailableNetworks { get; } = new WiFiAvailableNetwork[0]; }
            public partial class WiFiAvailableNetwork { public string Ssid { get; } = ""; public string Bssid { get; } = ""; }
            public partial class WiFiAdapter
            {
                public static string GetDeviceSelector() => "";
                public static System.Threading.Tasks.Task<WiFiAdapter> FromIdAsync(string id) => System.Threading.Tasks.Task.FromResult(new WiFiAdapter());
                public NetworkAdapter NetworkAdapter { get; } = new NetworkAdapter();
                public WiFiNetworkReport NetworkReport { get; } = new WiFiNetworkReport();
                public System.Threading.Tasks.Task ScanAsync() => System.Threading.Tasks.Task.CompletedTask;
                public System.IAsyncOperationLike<WiFiConnectionResult> ConnectAsync(WiFiAvailableNetwork availableNetwork, WiFiReconnectionKind reconnectionKind, Windows.Security.Credentials.PasswordCredential passwordCredential, string ssid, WiFiConnectionMethod connectionMethod) => null!;
            }
        }
        """;

    private const string MiHomeStub = """
        namespace MiControl
        {
            public class MiHome : System.IDisposable
            {
                public MiHome(string? gatewayPassword = null, string? gatewaySid = null, System.Collections.Generic.Dictionary<string, string>? wellKwownDevices = null) { }
                public void Dispose() { }
            }
        }
        namespace MiLight { public class MiLightGateway { public MiLightGateway(string ip) { } } }
        namespace MiHomeLib
        {
            public class MiHome : System.IDisposable
            {
                public MiHome(string? gatewayPassword = null, string? gatewaySid = null) { }
                public T? GetDeviceBySid<T>(string sid) where T : class => null;
                public void Dispose() { }
            }
        }
        namespace MiHomeLib.Devices { public class ThSensor { public float? Temperature { get; } public float? Humidity { get; } } }
        namespace Microsoft.Extensions.Options { public interface IOptions<out T> where T : class { T Value { get; } } }
        """;

    private const string HueStub = """
        namespace Q42.HueApi.Interfaces { public interface IBridgeLocator { } }
        namespace Q42.HueApi
        {
            public class HttpBridgeLocator : Q42.HueApi.Interfaces.IBridgeLocator { }
            public class HueClient
            {
                public HueClient(string ip) { }
                public System.Threading.Tasks.Task<bool> RegisterAsync(string appName, string appKey) => System.Threading.Tasks.Task.FromResult(true);
                public void Initialize(string appKey) { }
            }
        }
        """;

    private const string TwilioStub = """
        namespace Twilio { public static class TwilioClient { public static void Init(string username, string password) { } } }
        namespace Twilio.Types { public class PhoneNumber { public PhoneNumber(string number) { } } }
        namespace Twilio.Rest.Api.V2010.Account
        {
            public class MessageResource
            {
                public string Sid { get; } = "";
                public static MessageResource Create(Twilio.Types.PhoneNumber to, Twilio.Types.PhoneNumber? from = null, string? body = null) => new MessageResource();
            }
        }
        """;

    private const string VpilotStub = """
        namespace RossCarlson.Vatsim.Vpilot.Plugins.Events { public class ControllerAddedEventArgs : System.EventArgs { public string Callsign { get; } = ""; } }
        namespace RossCarlson.Vatsim.Vpilot.Plugins
        {
            public interface IBroker
            {
                event System.EventHandler<RossCarlson.Vatsim.Vpilot.Plugins.Events.ControllerAddedEventArgs> ControllerAdded;
                void PostDebugMessage(string message);
            }
            public interface IPlugin { string Name { get; } void Initialize(IBroker broker); }
        }
        """;

    private const string EmguStub = """
        namespace Emgu.CV
        {
            public class Mat : System.IDisposable { public void Dispose() { } }
            public class VideoCapture : System.IDisposable
            {
                public VideoCapture(string fileName) { }
                public event System.EventHandler? ImageGrabbed;
                public void Start() { }
                public void Pause() { }
                public bool Retrieve(Mat image) => true;
                public void Dispose() { }
            }
        }
        """;

    private const string DpsX509Stub = """
        namespace Microsoft.Azure.Devices.Client
        {
            public class DeviceAuthenticationWithX509Certificate : IAuthenticationMethod
            {
                public DeviceAuthenticationWithX509Certificate(string deviceId, System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) { }
            }
        }
        namespace Microsoft.Azure.Devices.Shared
        {
            public abstract class SecurityProviderX509 : System.IDisposable
            {
                public abstract System.Security.Cryptography.X509Certificates.X509Certificate2 GetAuthenticationCertificate();
                public void Dispose() { }
            }
            public class SecurityProviderX509Certificate : SecurityProviderX509
            {
                public SecurityProviderX509Certificate(System.Security.Cryptography.X509Certificates.X509Certificate2 certificate) { }
                public override System.Security.Cryptography.X509Certificates.X509Certificate2 GetAuthenticationCertificate() => null!;
            }
        }
        namespace Microsoft.Azure.Devices.Provisioning.Client
        {
            public enum ProvisioningRegistrationStatusType { Unassigned, Assigning, Assigned, Failed, Disabled }
            public class DeviceRegistrationResult { public string DeviceId { get; } = ""; public string AssignedHub { get; } = ""; public ProvisioningRegistrationStatusType Status { get; } }
            public class ProvisioningDeviceClient
            {
                public static ProvisioningDeviceClient Create(string globalDeviceEndpoint, string idScope, Microsoft.Azure.Devices.Shared.SecurityProviderX509 securityProvider, Microsoft.Azure.Devices.Provisioning.Client.Transport.ProvisioningTransportHandlerMqtt transport) => new ProvisioningDeviceClient();
                public System.Threading.Tasks.Task<DeviceRegistrationResult> RegisterAsync() => System.Threading.Tasks.Task.FromResult(new DeviceRegistrationResult());
            }
        }
        namespace Microsoft.Azure.Devices.Provisioning.Client.Transport
        {
            public enum TransportFallbackType { TcpWithWebSocketFallback, WebSocketOnly, TcpOnly }
            public class ProvisioningTransportHandlerMqtt : System.IDisposable { public ProvisioningTransportHandlerMqtt(TransportFallbackType fallback) { } public void Dispose() { } }
        }
        """;

    // 1. ModbusTcpToSnmp.PCL, ViewModel/SnmpServer.cs (owner not named by the index): a Modbus TCP to SNMP gateway's
    //    #SNMP agent whose v1 and v2c read and write communities are all "public" (kept as written). The handler
    //    mappings' version and verb words are look-alikes.
    [Fact]
    public Task RT92_snmp_agent_modbus_gateway() =>
        ExpectComments.AssertAsync(new[] { SnmpPipelineStub }, """
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Pipeline;
            using System;

            namespace ModbusTcpToSnmp.PCL.ViewModel
            {
                public class SnmpServer
                {
                    public SnmpServer()
                    {
                        throw new NotSupportedException("please use parameterized constructor instead");
                    }

                    public SnmpServer(object args)
                    {
                        var users = new UserRegistry();

                        var getv1 = new GetV1MessageHandler();
                        var getv1Mapping = new HandlerMapping("v1", "GET", getv1); // expect: none

                        var getv23 = new GetMessageHandler();
                        var getv23Mapping = new HandlerMapping("v2,v3", "GET", getv23); // expect: none

                        var setv1 = new SetV1MessageHandler();
                        var setv1Mapping = new HandlerMapping("v1", "SET", setv1);

                        var setv23 = new SetMessageHandler();
                        var setv23Mapping = new HandlerMapping("v2,v3", "SET", setv23);

                        var v1 = new Version1MembershipProvider(new OctetString("public"), new OctetString("public")); // expect: IOT1002 IOT1002
                        var v2 = new Version2MembershipProvider(new OctetString("public"), new OctetString("public")); // expect: IOT1002 IOT1002
                        var membership = new ComposedMembershipProvider(new IMembershipProvider[] { v1, v2 });
                        var handlerFactory = new MessageHandlerFactory(new[]
                        {
                            getv1Mapping,
                            getv23Mapping,
                            setv1Mapping,
                            setv23Mapping,
                        });
                        this.membership = membership;
                        this.factory = handlerFactory;
                    }

                    private readonly ComposedMembershipProvider membership;
                    private readonly MessageHandlerFactory factory;
                    private ObjectStore store = new ObjectStore();

                    public void AddToStore(object obj)
                    {
                        this.store.Add(obj);
                    }
                }
            }
            """);

    // 2. MqttNetApplication, Program.cs (owner not named by the index): an MQTTnet broker that checks each client's user
    //    name and password against a SQL table (no credential written in the code). The SQL text with the received
    //    password concatenated in, the firewall command text and the connection-string setting's name are look-alikes.
    //    Adapted: MqttFactory named MqttServerFactory in the stub; the reason code cast to the stub's int.
    [Fact]
    public Task RT92_mqttnet_broker_sql_user_check() =>
        ExpectComments.AssertAsync(new[] { MqttServerStub }, """
            using System;
            using System.Configuration;
            using System.Threading.Tasks;
            using MQTTnet;
            using MQTTnet.Server;
            using MQTTnet.Protocol;

            namespace MqttNetApplication
            {
                internal static class MsSqlDataAccess
                {
                    public static string ConnStr = "";
                    public static object ExecuteScalar(string sql) => 0;
                    public static void NonQuery(string sql) { }
                }

                internal class Program
                {
                    static void Main(string[] args)
                    {
                        MsSqlDataAccess.ConnStr = ConfigurationManager.AppSettings["DB"]!.ToString(); // expect: none

                        var mqttsport = 8883;
                        var mqttport = 1883;

                        var mqttFactory = new MqttServerFactory();

                        var mqttServerOptions = new MqttServerOptionsBuilder()
                            .WithDefaultEndpoint()
                            .WithDefaultEndpointPort(mqttport)
                            .WithEncryptedEndpoint()
                            .WithEncryptedEndpointPort(mqttsport)
                            .Build();

                        using (var mqttServer = mqttFactory.CreateMqttServer(mqttServerOptions))
                        {
                            mqttServer.ValidatingConnectionAsync += e =>
                            {
                                var vName = e.UserName;
                                var vPassword = e.Password;
                                var vClientId = e.ClientId;

                                DateTime vDt = DateTime.Now;

                                /*logs to know who did connection request and from which ip*/
                                UserLogs(vName, vPassword, vClientId, vDt, "0.0.0.0");

                                /* to check authorisation */
                                string scrptstoexecuted = "select count(*) cnt from dbo.users where allowed=1 and username='" + vName + "' and userpass='" + vPassword + "';"; // expect: none

                                int rez = Convert.ToInt32(MsSqlDataAccess.ExecuteScalar(scrptstoexecuted));

                                if (rez == 0)
                                {
                                    e.ReasonCode = (int)MqttConnectReasonCode.BadUserNameOrPassword;
                                }

                                return Task.CompletedTask;
                            };

                            mqttServer.StartAsync();

                            Console.WriteLine("netsh advfirewall firewall add rule name = \"MQTTS Port " + mqttsport + "\" dir =in action = allow protocol = TCP localport = " + mqttsport + " \n"); // expect: none
                            Console.ReadLine();

                            mqttServer.StopAsync();
                        }
                    }

                    /* user requests logs */
                    private static void UserLogs(string username, string password, string clientid, DateTime dt, string ip)
                    {
                        string InsertUserLogs = "INSERT INTO [dbo].[userlogs]  ([username] ,[password],[clientid],[timestamps],[clientip])  VALUES ('" + username + "','" + password + "','" + clientid + "','" + dt.ToString("yyyy-MM-dd HH:mm:ss.fff") + "','" + ip + "');"; // expect: none

                        MsSqlDataAccess.NonQuery(InsertUserLogs);
                    }
                }
            }
            """);

    // 3. HomeMatic, ConnectForm.cs (owner not named by the index): a Windows Forms tool that pairs a HomeMatic thermostat
    //    over Bluetooth with 32feet.NET, the pairing PIN kept in a private field. "2339" replaced by an invented PIN of
    //    the same shape. Adapted: the Form base class, list box and message boxes replaced by Console.
    [Fact]
    public Task RT92_homematic_bluetooth_pairing_pin() =>
        ExpectComments.AssertAsync(new[] { Stubs.Bluetooth32Feet, BluetoothSocketsStub }, """
            using System;
            using InTheHand.Net.Sockets;
            using InTheHand.Net;
            using InTheHand.Net.Bluetooth;

            namespace HomeMatic
            {
                public partial class ConnectForm
                {
                    private String DEVICE_PIN = "5817"; // expect: IOT1001
                    BluetoothClient? bc;
                    BluetoothDeviceInfo[]? devices;
                    BluetoothEndPoint? localEndpoint;
                    BluetoothClient? localClient;

                    public ConnectForm()
                    {
                        searchBltDevices();
                    }

                    private void searchBltDevices()
                    {
                        bc = new BluetoothClient();
                        devices = bc.DiscoverDevices(8);
                        for (int i = 0; i < devices.Length; i++)
                        {
                            Console.WriteLine(devices[i].DeviceName);
                        }
                    }

                    private void btnConfirm_Click(object sender, EventArgs e)
                    {
                        if (devices != null)
                        {
                            for (int i = 0; i < devices.Length; i++)
                            {
                                // connecting
                                localEndpoint = new BluetoothEndPoint(devices[i].DeviceAddress, BluetoothService.SerialPort);
                                localClient = new BluetoothClient(localEndpoint);

                                // pairing
                                BluetoothDeviceInfo[] paired = localClient.DiscoverDevices(255, false, true, false, false);

                                foreach (BluetoothDeviceInfo device in devices)
                                {
                                    bool isPaired = false;
                                    for (int x = 0; x < paired.Length; x++)
                                    {
                                        if (device.Equals(paired[i]))
                                        {
                                            isPaired = true;
                                            break;
                                        }
                                    }

                                    // if the device is not paired, pair it!
                                    if (!isPaired)
                                    {
                                        // replace DEVICE_PIN here, synchronous method, but fast
                                        isPaired = BluetoothSecurity.PairRequest(device.DeviceAddress, DEVICE_PIN);
                                        Console.WriteLine(isPaired ? "PAIRED" : "PAIRING FAILED"); // expect: none
                                    }
                                }
                            }
                        }
                    }
                }
            }
            """);

    // 4. A prosthetic hand's Bluetooth manager (owner not named by the index; the BluetoothInfo class with Russian
    //    comments): 32feet.NET pairing with an HC-0x module's password written in a local, and the same password as the
    //    default of a settings object saved to a JSON file. "hcaccess" is kept as written: it is the module's documented
    //    pairing password, the same in every unit, and is taken here as a working password.
    // Labeller's correction after the run (counted as a false alarm in red team 92's score): IOT1004 on PasswordDevice =
    // "hcaccess", labelled none; the page's "a word naming a device does not hide the password" makes it IOT1004.
    [Fact]
    public Task RT92_prosthesis_bluetooth_manager() =>
        ExpectComments.AssertAsync(new[] { Stubs.Bluetooth32Feet, BluetoothSocketsStub }, """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using InTheHand.Net.Bluetooth;
            using InTheHand.Net.Sockets;

            namespace Prosthesis.Devices
            {
                public class BluetoothManager
                {
                    private readonly BluetoothInfo _bluetoothInfo = BluetoothInfo.InfoLoad();
                    private BluetoothDeviceInfo? _device;

                    public bool IsBluetoothConnected { get; private set; }

                    public async Task ConnectDeviceAsync(BluetoothDeviceInfo[] listDevices)
                    {
                        while (!IsBluetoothConnected)
                        {
                            if (BluetoothRadio.IsSupported.Equals(true))
                            {
                                foreach (var device in listDevices)
                                    if (device.DeviceName.Equals(_bluetoothInfo.NameDevice))
                                    {
                                        if (!device.Authenticated)
                                        {
                                            var password = "hcaccess"; // expect: IOT1001
                                            if (!BluetoothSecurity.PairRequest(device.DeviceAddress, password))
                                                throw new IOException("Bluetooth pair error. Name: " + device.DeviceName + ", pass: " + password); // expect: none
                                        }

                                        _device = device;
                                        IsBluetoothConnected = true;
                                        break;
                                    }
                            }

                            await Task.Delay(1000);
                        }
                    }

                    private class BluetoothInfo
                    {
                        public string NameDevice { get; set; } = "";

                        public string PasswordDevice { get; set; } = "";

                        public static BluetoothInfo InfoLoad()
                        {
                            var info = (BluetoothInfo?)null;
                            if (info == null)
                            {
                                info = GetDefault();
                            }

                            return info;
                        }

                        private static BluetoothInfo GetDefault()
                        {
                            var newInfo = new BluetoothInfo
                            {
                                NameDevice = "HCF97A02", // expect: none
                                PasswordDevice = "hcaccess" // expect: IOT1004 (labelled none before the run; corrected by the labeller)
                            };
                            return newInfo;
                        }
                    }
                }
            }
            """);

    // 5. ConnectWPS (ConsoleApp2/Program.cs, owner not named by the index): a Windows 10 / UWP WiFiAdapter console that
    //    joins a network by WPS push button or WPS PIN; the push-button path passes "0000" as the PIN (kept as
    //    written). The mode words are look-alikes. Adapted: IAsyncOperation stubbed as IAsyncOperationLike.
    // Decided against (counted as a miss in red team 92's score): the push-button path passes "0000" for a PIN it never
    // uses (PasswordCredential.Password is set only on the wpspin branch), so no credential is written there.
    [Fact(Skip = "Decided against (red team 92): a dummy PIN passed on the push-button path, where the helper never sets the credential (creds.Password = wpspin only on the wpspin branch); the parameter is named as a PIN, which also names hardware, and is not followed")]
    public Task RT92_uwp_wps_wifi_connect() =>
        ExpectComments.AssertAsync(new[] { UwpWifiStub }, """
            using System;
            using System.Linq;
            using System.Threading.Tasks;
            using Windows.Devices.Enumeration;
            using Windows.Devices.WiFi;
            using Windows.Security.Credentials;

            namespace ConsoleApp2
            {
                internal class Program
                {
                    static async Task Main(string[] args)
                    {
                        if (args.Count() < 4)
                        {
                            Console.WriteLine("Please check parameters. \r\n Eg.: ConnectWPS wpspush <ssid> <bssid> <timeout> <WifiAdapterGuid>\r\nConnectWPS wpspin <ssid> <bssid> <timeout> <WifiAdapterGuid> <pin>"); // expect: none
                        }
                        else
                        {
                            if (args[0] == "wpspin") { await ConnectWifiAsync(Convert.ToInt32(args[3]), args[1], args[2], args[4], "wpspin", args[5]); } // expect: none
                            else { await ConnectWifiAsync(Convert.ToInt32(args[3]) * 1000, args[1], args[2], args[4], "wpspush", "0000"); } // expect: IOT1002
                        }
                    }

                    static private async Task ConnectWifiAsync(int connection_timeout, string SSID, string BSSID, string adapter_id, string wpstype, string wpspin)
                    {
                        DeviceInformationCollection dic = await DeviceInformation.FindAllAsync(WiFiAdapter.GetDeviceSelector());

                        for (int i = 0; i < dic.Count; i++)
                        {
                            var adapter = await WiFiAdapter.FromIdAsync(dic[i].Id);
                            if (adapter.NetworkAdapter.NetworkAdapterId.ToString() == adapter_id)
                            {
                                bool is_network_found = false;
                                foreach (var an in adapter.NetworkReport.AvailableNetworks)
                                {
                                    if (an.Ssid == SSID && an.Bssid == BSSID)
                                    {
                                        is_network_found = true;
                                        await adapter.ScanAsync();

                                        WiFiConnectionMethod connection_method = WiFiConnectionMethod.WpsPushButton;
                                        PasswordCredential? creds = null;

                                        if (wpstype == "wpspush") // expect: none
                                        {
                                            connection_method = WiFiConnectionMethod.WpsPushButton;
                                        }
                                        else
                                        {
                                            connection_method = WiFiConnectionMethod.WpsPin;
                                            creds = new PasswordCredential();
                                            creds.Password = wpspin;
                                        }

                                        var ConnectTask = adapter.ConnectAsync(an, WiFiReconnectionKind.Automatic, creds!, "", connection_method).AsTask();
                                        if (!ConnectTask.Wait(connection_timeout))
                                        {
                                            Console.WriteLine("Connection failed within timeout");
                                        }
                                        else
                                        {
                                            Console.WriteLine("Connection completed within timeout");
                                        }
                                    }
                                }
                                if (!is_network_found) Console.WriteLine("Network is not found");
                            }
                        }
                    }
                }
            }
            """);

    // 6. A Mi Home playground (Playground/Program.cs, namespace MiControl; owner not named by the index): a Xiaomi
    //    gateway opened with its LAN developer password by a named argument, beside a MiLight gateway's address.
    //    "w4oq0yay03lawvj2" replaced by an invented value of the same shape; the gateway's sid is an identifier.
    [Fact]
    public Task RT92_mihome_gateway_playground() =>
        ExpectComments.AssertAsync(new[] { MiHomeStub }, """
            using System;
            using System.Collections.Generic;
            using MiControl;
            using MiLight;

            namespace Playground
            {
                static class Devices
                {
                    public static Dictionary<string, string> MiHomeDevices { get; } = new() { ["158d0001a2b3c4"] = "MotionHall" }; // expect: none
                    public static void Initialize(MiLightGateway gateway) { }
                }

                class Program
                {
                    private static MiHome? _miHome;
                    private static MiLightGateway? _miLightGateway;

                    public static void Main(string[] args)
                    {
                        _InitializeMiLight();
                        Devices.Initialize(_miLightGateway!);

                        _miHome = new MiHome(
                            gatewayPassword: "k7rq2mzt05xbnwp8", // expect: IOT1001
                            gatewaySid: "34ce00fa5c3c", // expect: none
                            wellKwownDevices: Devices.MiHomeDevices);

                        Console.ReadLine();
                        _miHome.Dispose();
                    }

                    private static void _InitializeMiLight()
                    {
                        _miLightGateway = new MiLightGateway("192.168.10.36"); // expect: none
                    }
                }
            }
            """);

    // 7. MyServer.Services.SmartHome, HomeTemparatures.cs (owner not named by the index): a home server reading Aqara
    //    temperature sensors through MiHomeLib, the gateway's developer password and sid passed by position.
    //    "1hupuqxy0hy7adv8" replaced by an invented value of the same shape.
    [Fact]
    public Task RT92_mihomelib_temperature_service() =>
        ExpectComments.AssertAsync(new[] { MiHomeStub }, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Options;
            using MiHomeLib;
            using MiHomeLib.Devices;

            namespace MyServer.Services.SmartHome
            {
                public class TemperatureConfig { public string Sid { get; set; } = ""; public string NameBg { get; set; } = ""; public string NameEn { get; set; } = ""; }
                public class Temperature { public string NameBg { get; set; } = ""; public string NameEn { get; set; } = ""; public float Temerature { get; set; } public float Humidity { get; set; } }

                public class HomeTemparatures
                {
                    private List<TemperatureConfig> temperatureConfigs;
                    private List<Temperature> temperatures;

                    public HomeTemparatures(IOptions<List<TemperatureConfig>> config)
                    {
                        this.temperatures = new List<Temperature>();
                        this.temperatureConfigs = config.Value;
                    }

                    public IEnumerable<Temperature> GetTemeratures() => this.temperatures;

                    public void Update()
                    {
                        using (var miHome = new MiHome("9fkw2ludq6ye3hc1", "34ce00fa5dc9")) // expect: IOT1001
                        {
                            Task.Delay(5000).Wait();
                            this.temperatures.Clear();

                            foreach (var temperatureConfig in temperatureConfigs)
                            {
                                var sensor = miHome.GetDeviceBySid<ThSensor>(temperatureConfig.Sid);

                                if (sensor != null)
                                {
                                    this.temperatures.Add(new Temperature()
                                    {
                                        NameBg = temperatureConfig.NameBg,
                                        NameEn = temperatureConfig.NameEn,
                                        Temerature = sensor.Temperature ?? 0,
                                        Humidity = sensor.Humidity ?? 0
                                    });
                                }
                            }
                        }
                    }
                }
            }
            """);

    // 8. MUS2.Hue, HueUtil.cs (owner not named by the index): a Philips Hue client registering and initialising with the
    //    bridge's app key through Q42.HueApi's v1 API. "newdeveloper" kept as written (the key Hue's old getting-started
    //    guide used), taken as a working key; it reaches two library parameters named appKey.
    [Fact]
    public Task RT92_hue_q42_app_key() =>
        ExpectComments.AssertAsync(new[] { HueStub }, """
            using Q42.HueApi;
            using Q42.HueApi.Interfaces;

            namespace MUS2.Hue {

              public static class HueUtil {

                private const string BRIDGE_IP = "192.168.1.52"; // expect: none
                private const string APP_NAME = "mus"; // expect: none
                private const string APP_KEY = "newdeveloper"; // expect: IOT1001 IOT1001
                private const int TIME = 2000;

                public static HueClient GetHueClient() {
                  // Find bridge and register application.
                  IBridgeLocator locator = new HttpBridgeLocator();
                  HueClient client = new HueClient(BRIDGE_IP);
                  client.RegisterAsync(APP_NAME, APP_KEY);
                  client.Initialize(APP_KEY);
                  return client;
                }

              }
            }
            """);

    // 9. THKH.Webpage.Staff.SMS, SMSManagement.cs (owner not named by the index): SMS alerting through Twilio with the
    //    account SID and auth token in locals, and a commented-out Basic URL built from them. Both replaced by invented
    //    values of the same shape; the sender's phone number is a look-alike. Adapted: IHttpHandler/HttpContext removed.
    [Fact]
    public Task RT92_twilio_sms_alerts() =>
        ExpectComments.AssertAsync(new[] { TwilioStub }, """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Twilio;
            using Twilio.Rest.Api.V2010.Account;
            using Twilio.Types;

            namespace THKH.Webpage.Staff.SMS
            {
                public class SMSManagement
                {
                    public string ProcessRequest(IDictionary<string, string> form)
                    {
                        String successString = "";
                        var requestType = form["requestType"];
                        if (requestType == "sendSMS") { // expect: none
                            var numbers = form["numbers"];
                            var message = form["message"];
                            List<String> sendStatus = sendSMS(message, numbers);
                            successString = String.Join(",", sendStatus);
                        }
                        return successString;
                    }

                    private List<String> sendSMS(String message, String numbers) {
                        //req.Headers.Add("Authorization", "Basic ");
                        List<String> responses = new List<String>();
                        string AccountSid = "AC3f81c07d2e954b6a1c0e8d7f5a4b2c19"; // expect: none
                        string AuthToken = "7d1e9c4b2a6f08e35b7c9d2a41f6e80b"; // expect: IOT1001
                        //HttpWebRequest req = (HttpWebRequest)WebRequest.Create("https://" + AccountSid + ":" + AuthToken + "@api.twilio.com/2010-04-01/Accounts");
                        TwilioClient.Init(AccountSid, AuthToken);
                        String[] numArr = numbers.Split(',');
                        for (int i = 0; i < numArr.Length; i++)
                        {
                            var to = new PhoneNumber("+65" + numArr[i]);
                            try
                            {
                                var msg = MessageResource.Create(
                                    to,
                                    from: new PhoneNumber("+18324632876"), // expect: none
                                    body: message);
                                responses.Add(msg.Sid);
                            }
                            catch (Exception ex) {
                                responses.Add(ex.Message);
                            }
                        }
                        if (responses.Count() == 0) {
                            responses.Add("Failure");
                        }
                        return responses;
                    }
                }
            }
            """);

    // 10. blt950/vPilot-Pushover, vPilotPushover.cs (early version): a flight-sim client plugin relaying alerts to a phone
    //     through Pushover, the application token and the user key written in the form body. Both replaced by invented
    //     values of the same shape (30 lower-case letters and digits).
    [Fact]
    public Task RT92_vpilot_pushover_alerts() =>
        ExpectComments.AssertAsync(new[] { VpilotStub }, """
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using RossCarlson.Vatsim.Vpilot.Plugins;
            using RossCarlson.Vatsim.Vpilot.Plugins.Events;

            namespace vPilot_Pushover
            {
                public class vPilotPushover : IPlugin
                {
                    private IBroker? _broker;
                    public string Name => "vPilot Pushover Plugin"; // expect: none
                    private static readonly HttpClient client = new HttpClient();

                    public void Initialize(IBroker broker)
                    {
                        _broker = broker;
                        SendPushover("Connected to vPilot");
                        _broker.ControllerAdded += OnControllerAddedHandler;
                    }

                    private async void SendPushover(String text)
                    {
                        var values = new Dictionary<string, string>
                        {
                            { "token", "azx7kq2mf9vnd3rhw6tpe4ybj8cs5u" }, // expect: IOT1001
                            { "user", "uq4n8fz2wkc7ht5mr3ejv9pda6xs1g" }, // expect: none
                            { "message", text }
                        };

                        var response = await client.PostAsync("https://api.pushover.net/1/messages.json", new FormUrlEncodedContent(values));

                        var responseString = await response.Content.ReadAsStringAsync();
                        _broker!.PostDebugMessage(responseString);
                    }

                    private void OnControllerAddedHandler(object? sender, ControllerAddedEventArgs e)
                    {
                        string controllerCallsign = e.Callsign;
                        _broker!.PostDebugMessage($"ControllerAdded - Callsign: {controllerCallsign}");
                    }
                }
            }
            """);

    // 11. server/CallApiAdafruit.cs (owner not named by the index): a back end driving Adafruit IO feeds over HTTP with
    //     the AIO key in a static read-only field sent as the X-AIO-Key header. "aio_dxXt..." replaced by an invented
    //     key of the same shape; the account name and the group_key lookup are look-alikes.
    [Fact]
    public Task RT92_adafruit_io_http_client() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Text;
            using System.Text.Json;

            namespace server
            {
                public class CallApiAdafruit
                {
                    static private readonly string activeKey = "aio_Qm7rT2vXk9LpW4sNz8YbHc3JdF6G"; // expect: IOT1001
                    static private readonly string userName = "vanh01"; // expect: none
                    static private readonly string href = "https://io.adafruit.com";
                    static private HttpClient client = new HttpClient();
                    static private CallApiAdafruit _instance = new CallApiAdafruit();
                    static public CallApiAdafruit Instance
                    {
                        get { return _instance; }
                    }

                    CallApiAdafruit()
                    {
                        client.DefaultRequestHeaders.Add("X-AIO-Key", activeKey);
                    }

                    public bool CreateGroup(string groupName)
                    {
                        try
                        {
                            string jsons = "{\"name\": \"" + groupName + "\"}";
                            var content = new StringContent(jsons, Encoding.UTF8, "application/json");
                            var response = client.PostAsync(@$"{href}/api/v2/{userName}/groups/", content).Result;
                        }
                        catch (Exception e)
                        {
                            Console.WriteLine(e.Message);
                        }
                        return true;
                    }

                    public bool CreateFeeds(string feedsName, string groupKey)
                    {
                        try
                        {
                            string jsons = "{\"feed\": {\"name\":\"" + feedsName + "\"}}";
                            var content = new StringContent(jsons, Encoding.UTF8, "application/json");
                            var response = client.PostAsync(@$"{href}/api/v2/vanh01/feeds?group_key={groupKey}", content).Result; // expect: none
                        }
                        catch (Exception e)
                        {
                            Console.WriteLine(e.Message);
                        }
                        return true;
                    }

                    public bool CreateData(string feedsKey, object data)
                    {
                        string datajson = JsonSerializer.Serialize(data);
                        string jsons = "{\"value\":\"" + datajson + "\"}";
                        var content = new StringContent(jsons, Encoding.UTF8, "application/json");
                        var response = client.PostAsync(@$"{href}/api/v2/{userName}/feeds/{feedsKey}/data", content).Result;
                        return true;
                    }
                }
            }
            """);

    // 12. An Emgu CV capture form (owner not named by the index): an IP camera opened by an RTSP URL with the admin
    //     login in its user information; the commented-out HLS playlist URL is a look-alike. "123Enc456" replaced by an
    //     invented password of the same shape. Adapted: the WinForms idle loop and message box replaced by Console.
    [Fact]
    public Task RT92_emgu_rtsp_camera_capture() =>
        ExpectComments.AssertAsync(new[] { EmguStub }, """
            using System;
            using Emgu.CV;

            namespace FaceCapture
            {
                public partial class Form1
                {
                    private VideoCapture? capture;

                    private void Run()
                    {
                        try
                        {
                            //capture = new VideoCapture("https://win17.yayin.com.tr/erzurumbeltr/Yakutiye_Medrese/playlist.m3u8");
                            capture = new VideoCapture("rtsp://admin:482Fvk917@192.168.1.152:554/cam/realmonitor?channel=1&subtype=0"); // expect: IOT1001
                        }
                        catch (Exception Ex)
                        {
                            Console.WriteLine(Ex.Message);
                            return;
                        }
                        capture.ImageGrabbed += ProcessFrame;
                        capture.Start();
                    }

                    private void ProcessFrame(object? sender, EventArgs e)
                    {
                        using var frame = new Mat();
                        capture!.Retrieve(frame);
                    }
                }
            }
            """);

    // 13. An Emgu CV RTSP recorder form (owner not named by the index; Russian UI): a camera stream opened with a login
    //     whose user name and password are the same word, kept as written ("kirill", not a listed default); the
    //     recording's file name pattern and the local upload URL are look-alikes.
    [Fact]
    public Task RT92_emgu_rtsp_recorder() =>
        ExpectComments.AssertAsync(new[] { EmguStub }, """
            using System;
            using Emgu.CV;

            namespace VideoRecorder
            {
                public partial class Form1
                {
                    private VideoCapture? capture;
                    private bool video_saving;
                    private string? filename;
                    private string? filename_output;

                    private void toolStripButton6_Click(object sender, EventArgs e)
                    {
                        if (capture != null)
                        {
                            video_saving = true;
                            capture.Start();
                        }
                        else
                        {
                            capture = new VideoCapture("rtsp://kirill:kirill@192.168.88.101:554/stream2"); // expect: IOT1001
                            capture.ImageGrabbed += Capture_ImageGrabbed;
                            video_saving = true;
                            capture.Start();
                        }
                    }

                    private void Capture_ImageGrabbed(object? sender, EventArgs e) { }

                    private void video_load(string file, string url) { }

                    private void timer1_Tick(object sender, EventArgs e)
                    {
                        if (capture != null)
                        {
                            capture.Pause();
                            string filename1;
                            filename1 = $"output_{System.DateTime.Now.Day}_{System.DateTime.Now.Month}_{System.DateTime.Now.Year}_{System.DateTime.Now.Hour}.mp4"; // expect: none
                            if (filename_output != null)
                            {
                                video_load(filename_output, "http://127.0.0.1:8000/act"); // expect: none
                            }
                            filename_output = filename;
                            filename = filename1;
                            capture.Start();
                        }
                    }
                }
            }
            """);

    // 14. Azure IoT Edge downstream-device sample, Program.cs (Microsoft.Azure.Devices.Client.Samples; owner not named by
    //     the index): root, intermediate and leaf certificates installed from paths in the environment, the leaf PFX
    //     opened with a password from the environment, then DPS X.509 provisioning. Every credential is read at run
    //     time: the environment variables' names and the DPS endpoint are hard negatives. Adapted: telemetry trimmed,
    //     DeviceClient.Create without the transport argument.
    [Fact]
    public Task RT92_iot_edge_downstream_dps_x509() =>
        ExpectComments.AssertAsync(new[] { DpsX509Stub }, """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using System.Security.Cryptography.X509Certificates;
            using Microsoft.Azure.Devices.Client;
            using Microsoft.Azure.Devices.Provisioning.Client;
            using Microsoft.Azure.Devices.Shared;
            using Microsoft.Azure.Devices.Provisioning.Client.Transport;

            namespace Microsoft.Azure.Devices.Client.Samples
            {
                class Program
                {
                    private const string GlobalDeviceEndpoint = "global.azure-devices-provisioning.net"; // expect: none

                    static void Main()
                    {
                        var rootCertificatePath = Environment.GetEnvironmentVariable("CA_CERTIFICATE_PATH");
                        var intermediateCertificatePath = Environment.GetEnvironmentVariable("CA_INTERMEDIATE_CERTIFICATE_PATH");
                        var leafCertificatePath = Environment.GetEnvironmentVariable("CA_LEAF_CERTIFICATE_PATH");
                        var leafCertificatePassword = Environment.GetEnvironmentVariable("CA_LEAF_CERTIFICATE_PASSWORD"); // expect: none
                        var dpsScope = Environment.GetEnvironmentVariable("DPS_IDSCOPE");

                        InstallCACert(certificatePath: rootCertificatePath);
                        InstallCACert(certificatePath: intermediateCertificatePath);
                        InstallCACert(certificatePath: leafCertificatePath,
                                      certificatePassword: leafCertificatePassword);

                        var certificate = new X509Certificate2(leafCertificatePath!, leafCertificatePassword);
                        using (var security = new SecurityProviderX509Certificate(certificate))
                        using (var transport = new ProvisioningTransportHandlerMqtt(TransportFallbackType.TcpOnly))
                        {
                            ProvisioningDeviceClient provClient =
                             ProvisioningDeviceClient.Create(GlobalDeviceEndpoint, dpsScope!, security, transport);

                            var deviceAuthentication = GetDeviceRegistrationResultAsync(provClient, security).Result;

                            var auth = new DeviceAuthenticationWithX509Certificate(deviceAuthentication.DeviceId, security.GetAuthenticationCertificate());

                            var deviceClient = DeviceClient.Create(deviceAuthentication.AssignedHub, auth);

                            if (deviceClient == null)
                            {
                                Console.WriteLine("Failed to create DeviceClient!");
                            }
                        }
                        Console.WriteLine("Exiting!\n");
                    }

                    static async Task<DeviceRegistrationResult> GetDeviceRegistrationResultAsync(ProvisioningDeviceClient provClient, SecurityProviderX509 security)
                    {
                        DeviceRegistrationResult result = await provClient.RegisterAsync().ConfigureAwait(false);

                        if (result.Status != ProvisioningRegistrationStatusType.Assigned)
                        {
                            throw new Exception("Device not assigned");
                        }
                        return result;
                    }

                    static void InstallCACert(string? certificatePath, string? certificatePassword = null)
                    {
                        if (!string.IsNullOrWhiteSpace(certificatePath))
                        {
                            if (!File.Exists(certificatePath))
                            {
                                throw new InvalidOperationException("Invalid certificate file.");
                            }
                            X509Store store = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
                            store.Open(OpenFlags.ReadWrite);
                            if (certificatePassword == null)
                            {
                                store.Add(new X509Certificate2(certificatePath));
                            }
                            else
                            {
                                store.Add(new X509Certificate2(certificatePath, certificatePassword));
                            }
                            store.Close();
                        }
                        else
                        {
                            Console.WriteLine("CA_CERTIFICATE_PATH was not set or null, not installing any CA certificate"); // expect: none
                        }
                    }
                }
            }
            """);
}
