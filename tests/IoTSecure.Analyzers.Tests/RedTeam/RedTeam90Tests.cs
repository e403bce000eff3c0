using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 90: an independent precision/recall sample of real public device and industrial C# code the team has not
/// seen, in domains red team 89 did not use (OPC UA, Home Assistant, SFTP/FTP uploaders, Tasmota, AWS IoT, ONVIF,
/// Telegram alerting, LoRaWAN modems, InfluxDB writers, SMTP alerting), adapted to compile against stubs (names, call
/// patterns and classes kept; unrelated bulk trimmed; every working-looking secret replaced by an invented value of the
/// same shape, placeholders kept as written). Sources: OPCFoundation/UA-.NETStandard (ConsoleReferenceClient
/// ConnectTester.cs and ConnectTesterSettings.cs), Serabass/HomeAssistantSharp, alamalfaris/SftpDemoUsingSSHNET,
/// serkansmg/TasmotaSharp (README usage and TasmotaClient.cs), R3DRUN3/aws-mqtt-dotnet-core, QuickNV/QuickNV.Onvif,
/// KubbyDev/ClientFTP, huguoya/test-csharp, LakshmikanthanP/BTDeviceTemparatureMonitor, KiwiBryn/RAK3172LoRaWAN-NetNF,
/// pedrofgd/api-rest-broker, jburnett31/SoftEng and dioscarr/Pointersecurity. Labels were written from
/// docs/rules/IOT1001-IOT1006 before the analyzers were run and were not changed afterwards.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam90Tests
{
    private const string OpcUaStub = """
        namespace Opc.Ua
        {
            public class UserIdentity : System.IDisposable
            {
                public UserIdentity() { }
                public UserIdentity(string userName, byte[] password) { }
                public string DisplayName => "";
                public void Dispose() { }
                public static System.Threading.Tasks.Task<UserIdentity> CreateAsync(CertificateIdentifier id, CertificatePasswordProvider passwordProvider, System.Threading.CancellationToken ct) => System.Threading.Tasks.Task.FromResult(new UserIdentity());
            }
            public class CertificateIdentifier { public CertificateIdentifier(string thumbprint) { } public string StorePath { get; set; } = ""; }
            public class CertificatePasswordProvider { public CertificatePasswordProvider(byte[] password) { } }
            public class EndpointDescription { public string SecurityPolicyUri { get; set; } = ""; }
        }
        namespace Opc.Ua.Client
        {
            public interface ISession { bool Connected { get; } System.Threading.Tasks.Task CloseAsync(); }
            public class DefaultSessionFactory
            {
                public System.Threading.Tasks.Task<ISession> CreateAsync(string endpointUrl, Opc.Ua.UserIdentity identity, System.Threading.CancellationToken ct) => System.Threading.Tasks.Task.FromResult<ISession>(null!);
            }
        }
        """;

    private const string HomeAssistantStub = """
        namespace HomeAssistantSharp.Client { public class EventMessage { public string Source { get; set; } = ""; public object? Data { get; set; } } }
        namespace HomeAssistantSharp.Client.Websocket
        {
            public class HomeAssistantWebsocketClient
            {
                public HomeAssistantWebsocketClient(string host, int port, string token) { }
                public event System.EventHandler? Ready;
                public event System.EventHandler<HomeAssistantSharp.Client.EventMessage>? Event;
                public System.Threading.Tasks.Task ConnectAsync() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    private const string SshNetStub = """
        namespace Renci.SshNet
        {
            public class ConnectionInfo { }
            public class PasswordConnectionInfo : ConnectionInfo { public PasswordConnectionInfo(string host, string username, string password) { } }
            public interface ISftpFile { string Name { get; } string FullName { get; } }
            public class SftpClient : System.IDisposable
            {
                public SftpClient(ConnectionInfo connectionInfo) { }
                public void Connect() { }
                public void Disconnect() { }
                public System.Collections.Generic.IEnumerable<ISftpFile> ListDirectory(string path) => System.Array.Empty<ISftpFile>();
                public void Dispose() { }
            }
        }
        """;

    private const string TasmotaStub = """
        namespace TasmotaSharp
        {
            using System.Threading;
            using System.Threading.Tasks;
            public class TasmotaClient
            {
                public TasmotaClient(string ipAddress) { }
                public Task<bool?> SetRelayAsync(int relay, bool state, CancellationToken ct = default) => Task.FromResult<bool?>(true);
                public Task<bool?> GetRelayStateAsync(int relay, CancellationToken ct = default) => Task.FromResult<bool?>(true);
                public Task<bool> SetTimezoneAsync(int offset, CancellationToken ct = default) => Task.FromResult(true);
                public Task<bool> SetWifiCredentialsAsync(string ssid, string password, bool restartAfter = true, CancellationToken ct = default) => Task.FromResult(true);
                public Task<bool> SetMqttAsync(string host, int? port = null, string? user = null, string? password = null, string? clientId = null, string? topic = null, string? fullTopic = null, bool reconnect = true, CancellationToken ct = default) => Task.FromResult(true);
                public Task<bool> SetAccessPointModeAsync(bool enable, CancellationToken ct = default) => Task.FromResult(true);
                public Task<bool> SetAccessPointCredentialsAsync(string apSsid, string apPassword, CancellationToken ct = default) => Task.FromResult(true);
                public Task<byte[]?> BackupConfigAsync(CancellationToken ct = default) => Task.FromResult<byte[]?>(null);
                public Task<bool> RestoreConfigAsync(byte[] dmpData, CancellationToken ct = default) => Task.FromResult(true);
                public Task<bool> RestartAsync(CancellationToken ct = default) => Task.FromResult(true);
            }
        }
        """;

    private const string AwsM2MqttStub = """
        namespace M2Mqtt
        {
            public enum MqttSslProtocols { None, SSLv3, TLSv1_0, TLSv1_1, TLSv1_2 }
            public class MqttClient
            {
                public MqttClient(string brokerHostName, int brokerPort, bool secure, System.Security.Cryptography.X509Certificates.X509Certificate caCert, System.Security.Cryptography.X509Certificates.X509Certificate clientCert, MqttSslProtocols sslProtocol) { }
                public event System.EventHandler<M2Mqtt.Messages.MqttMsgPublishEventArgs>? MqttMsgPublishReceived;
                public event System.EventHandler<M2Mqtt.Messages.MqttMsgSubscribedEventArgs>? MqttMsgSubscribed;
                public byte Connect(string clientId) => 0;
                public ushort Publish(string topic, byte[] message) => 0;
                public ushort Subscribe(string[] topics, byte[] qosLevels) => 0;
                public void Disconnect() { }
            }
        }
        namespace M2Mqtt.Messages
        {
            public class MqttMsgBase { public const byte QOS_LEVEL_AT_LEAST_ONCE = 0x01; }
            public class MqttMsgPublishEventArgs : System.EventArgs { public byte[] Message { get; set; } = System.Array.Empty<byte>(); }
            public class MqttMsgSubscribedEventArgs : System.EventArgs { }
        }
        """;

    private const string QuickOnvifStub = """
        namespace Quick.Onvif
        {
            public class OnvifClientOptions
            {
                public string DeviceServiceAddress { get; set; } = "";
                public string UserName { get; set; } = "";
                public string Password { get; set; } = "";
                public int RtspPort { get; set; }
            }
            public class DeviceInformationType { public string Model { get; set; } = ""; }
            public class OnvifClient
            {
                public OnvifClient(OnvifClientOptions options) { }
                public System.Threading.Tasks.Task ConnectAsync() => System.Threading.Tasks.Task.CompletedTask;
                public DeviceInformationType DeviceInformation => new DeviceInformationType();
            }
        }
        namespace Quick.Onvif.Media { public class MediaClient { public MediaClient(Quick.Onvif.OnvifClient client) { } public System.Threading.Tasks.Task<object> GetProfilesAsync() => System.Threading.Tasks.Task.FromResult(new object()); } }
        namespace Quick.Onvif.Media2 { public class Media2Client { public Media2Client(Quick.Onvif.OnvifClient client) { } public System.Threading.Tasks.Task<object> GetServiceCapabilitiesAsync() => System.Threading.Tasks.Task.FromResult(new object()); } }
        """;

    private const string FluentFtpStub = """
        namespace FluentFTP
        {
            public class FtpListItem { public string Name { get; set; } = ""; public override string ToString() => Name; }
            public class FtpClient : System.IDisposable
            {
                public FtpClient(string host) { }
                public FtpClient(string host, string user, string pass) { }
                public int Port { get; set; }
                public System.Net.NetworkCredential? Credentials { get; set; }
                public void Connect() { }
                public void AutoConnect() { }
                public FtpListItem[] GetListing(string path) => System.Array.Empty<FtpListItem>();
                public int UploadFile(string localPath, string remotePath) => 0;
                public void Disconnect() { }
                public void Dispose() { }
            }
        }
        """;

    private const string LimilabsFtpStub = """
        namespace Limilabs.FTP.Client
        {
            public class Ftp : System.IDisposable
            {
                public void Connect(string host) { }
                public void Login(string user, string password) { }
                public void ChangeFolder(string folder) { }
                public void Upload(string remotePath, string localPath) { }
                public void Close() { }
                public void Dispose() { }
            }
        }
        """;

    private const string Rak3172Stub = """
        namespace System.IO.Ports
        {
            public enum Parity { None, Odd, Even }
            public enum StopBits { None, One, Two }
            public class SerialPort { public static string[] GetPortNames() => System.Array.Empty<string>(); }
        }
        namespace nanoFramework.Hardware.Esp32
        {
            public enum Gpio { IO16 = 16, IO17 = 17 }
            public enum DeviceFunction { COM2_TX, COM2_RX }
            public static class Configuration { public static void SetPinFunction(Gpio pin, DeviceFunction function) { } }
        }
        namespace devMobile.IoT.LoRaWAN
        {
            public enum Result { Undefined, Success, Timeout, ResponseInvalid, Error }
            public delegate void JoinCompletionHandler(bool result);
            public delegate void ReceiveMessageHandler(byte port, int rssi, int snr, string payload);
            public class Rak3172LoRaWanDevice : System.IDisposable
            {
                public event JoinCompletionHandler? OnJoinCompletion;
                public event ReceiveMessageHandler? OnReceiveMessage;
                public Result Initialise(string serialPortId, int baudRate, System.IO.Ports.Parity parity, int dataBits, System.IO.Ports.StopBits stopBits) => Result.Success;
                public Result DeviceEui(string deviceEui) => Result.Success;
                public Result OtaaInitialise(string joinEui, string appKey) => Result.Success;
                public Result AbpInitialise(string devAddr, string nwksKey, string appsKey) => Result.Success;
                public Result Join(System.TimeSpan timeout) => Result.Success;
                public Result Send(byte port, byte[] payload, System.TimeSpan timeout) => Result.Success;
                public static string BytesToHex(byte[] payload) => "";
                public static byte[] HexToByes(string payload) => System.Array.Empty<byte>();
                public void Dispose() { }
            }
        }
        """;

    private static readonly string[] InfluxLib = { Stubs.InfluxClient };

    // 1. OPCFoundation/UA-.NETStandard, Applications/ConsoleReferenceClient/ConnectTester.cs: the reference client's
    //    security test loop. The reference server's sysadmin/"demo" login in constants given to Opc.Ua.UserIdentity as
    //    UTF-8 bytes, the user certificates' PFX password "password" at LoadPkcs12FromFile and through a private helper to
    //    CertificatePasswordProvider. Certificate file names and the server URL are look-alikes.
    // Contested (counted as the wrong rule in red team 90's score): the OPC UA reference server's "demo" password
    // (sysadmin/demo) is IOT1001, labelled IOT1006 (a demo value). Listing it as a default (IOT1002) was tried and undone:
    // the fifth corpus's labeller calls a demo unit's "demo" none. The label kept here is the rules' answer.
    [Fact]
    public Task RT90_opcua_connect_tester() =>
        ExpectComments.AssertAsync(new[] { OpcUaStub }, """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;
            using Opc.Ua;
            using Opc.Ua.Client;

            namespace Quickstarts
            {
                public sealed class ConnectTester
                {
                    public async Task RunAsync(IEnumerable<EndpointDescription> endpoints, CancellationToken ct)
                    {
                        var passwordProvider = new CertificatePasswordProvider([]);
                        var sessionFactory = new DefaultSessionFactory();
                        using var userNameidentity = new UserIdentity(kUserName, new UTF8Encoding(false).GetBytes(kPassword));

                        foreach (EndpointDescription ii in endpoints)
                        {
                            string userCertificateFile = GetUserCertificateFile(ii.SecurityPolicyUri);

                            X509Certificate2 x509 = X509CertificateLoader.LoadPkcs12FromFile(
                                Path.Combine("..\\..\\pki\\trustedUser\\private",
                                userCertificateFile),
                                "password"); // expect: IOT1002

                            string thumbprint = x509.Thumbprint;

                            UserIdentity certificateIdentity = await LoadUserCertificateAsync(thumbprint, "password", ct).ConfigureAwait(false); // expect: IOT1002

                            var identities = new List<UserIdentity>
                            {
                                new()
                            };

                            if (!string.IsNullOrEmpty(kUserName))
                            {
                                identities.Add(userNameidentity);
                            }
                            if (kSupportsX509)
                            {
                                identities.Add(certificateIdentity);
                            }

                            foreach (UserIdentity identity in identities)
                            {
                                Console.WriteLine("IDENTITY={0}", identity.DisplayName);
                                ISession session = await sessionFactory.CreateAsync(kServerUrl, identity, ct).ConfigureAwait(false);
                                if (!session.Connected)
                                {
                                    throw new InvalidOperationException("Could not connect to server at " + kServerUrl);
                                }
                                await session.CloseAsync().ConfigureAwait(false);
                            }
                        }
                    }

                    private async Task<UserIdentity> LoadUserCertificateAsync(
                        string thumbprint,
                        string password,
                        CancellationToken ct)
                    {
                        var cid = new CertificateIdentifier(thumbprint)
                        {
                            StorePath = "pki/trustedUser"
                        };

                        return await UserIdentity.CreateAsync(
                            cid,
                            new CertificatePasswordProvider(new UTF8Encoding(false).GetBytes(password)),
                            ct).ConfigureAwait(false);
                    }

                    private static string GetUserCertificateFile(string securityPolicyUri)
                    {
                        switch (securityPolicyUri)
                        {
                            case "http://opcfoundation.org/UA/SecurityPolicy#ECC_brainpoolP256r1":
                                return "iama.tester.brainpoolP256r1.pfx";
                            case "http://opcfoundation.org/UA/SecurityPolicy#ECC_nistP256":
                                return "iama.tester.nistP256.pfx";
                            default:
                                return "iama.tester.rsa.pfx";
                        }
                    }

                    private const string kServerUrl = "opc.tcp://localhost:62541";
                    private const string kUserName = "sysadmin"; // expect: none
                    private const string kPassword = "demo"; // expect: IOT1001 (contested: red team 90 labelled IOT1006, a demo value; the fifth corpus's labeller calls a demo unit's "demo" none; the rules read a working password)
                    private const bool kSupportsX509 = true;

                    private const int kReconnectPeriod = 1000;
                }
            }
            """);

    // 2. OPCFoundation/UA-.NETStandard, Applications/ConsoleReferenceClient/ConnectTesterSettings.cs: the same test
    //    client's constants moved into a settings class read from JSON, with built-in defaults (sysadmin/"demo", the PFX
    //    password "password"). The consumer follows ConnectTester.cs's calls, reading the settings object.
    // Contested, as in RT90_opcua_connect_tester: the settings default Password = "demo" read at UserIdentity is IOT1001, labelled IOT1006.
    [Fact]
    public Task RT90_opcua_tester_settings() =>
        ExpectComments.AssertAsync(new[] { OpcUaStub }, """
            using System;
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            using System.Text;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using Opc.Ua;
            using Opc.Ua.Client;

            namespace Quickstarts
            {
                internal sealed class ConnectTesterSettings
                {
                    public string ServerUrl { get; set; }
                        = "opc.tcp://whitecat:62541/Quickstarts/ReferenceServer";

                    public string UserName { get; set; } = "sysadmin"; // expect: none

                    public string Password { get; set; } = "demo"; // expect: IOT1001 (contested, as above: labelled IOT1006)

                    public string SecurityPolicyFilter { get; set; } = "";

                    public bool SupportsX509 { get; set; } = true;

                    public int ReconnectPeriod { get; set; } = 1000;

                    public string UserCertificatePath { get; set; }
                        = Path.Combine("..", "..", "pki", "trustedUser", "private");

                    public string UserCertificatePassword { get; set; } = "password"; // expect: IOT1002

                    public static ConnectTesterSettings Load()
                    {
                        string? overridePath
                            = Environment.GetEnvironmentVariable("REFCLIENT_CONNECTTESTER_SETTINGS_FILE"); // expect: none
                        string path = !string.IsNullOrWhiteSpace(overridePath)
                            ? overridePath
                            : Path.Combine(AppContext.BaseDirectory, "ConnectTester.Settings.json");

                        if (!File.Exists(path))
                        {
                            return new ConnectTesterSettings();
                        }

                        try
                        {
                            using FileStream stream = File.OpenRead(path);
                            return JsonSerializer.Deserialize<ConnectTesterSettings>(stream)
                                   ?? new ConnectTesterSettings();
                        }
                        catch (Exception ex) when (ex is IOException or JsonException)
                        {
                            Console.WriteLine(
                                "Failed to load ConnectTester settings from '{0}': {1}",
                                path,
                                ex.Message);
                            return new ConnectTesterSettings();
                        }
                    }
                }

                public sealed class ConnectTester
                {
                    public async Task RunAsync(CancellationToken ct)
                    {
                        ConnectTesterSettings settings = ConnectTesterSettings.Load();
                        var sessionFactory = new DefaultSessionFactory();
                        using var userNameidentity = new UserIdentity(
                            settings.UserName,
                            new UTF8Encoding(false).GetBytes(settings.Password));

                        X509Certificate2 x509 = X509CertificateLoader.LoadPkcs12FromFile(
                            Path.Combine(settings.UserCertificatePath, "iama.tester.rsa.pfx"),
                            settings.UserCertificatePassword);
                        Console.WriteLine("User certificate {0}", x509.Thumbprint);

                        ISession session = await sessionFactory.CreateAsync(settings.ServerUrl, userNameidentity, ct).ConfigureAwait(false);
                        await session.CloseAsync().ConfigureAwait(false);
                    }
                }
            }
            """);

    // 3. Serabass/HomeAssistantSharp, Websocket/Program.cs: a Home Assistant WebSocket client given a long-lived access
    //    token (a JWT, re-generated here with an invented issuer and signature) by a named argument.
    [Fact]
    public Task RT90_homeassistant_websocket_token() =>
        ExpectComments.AssertAsync(new[] { HomeAssistantStub }, """
            using System;
            using System.Threading.Tasks;
            using HomeAssistantSharp.Client.Websocket;

            public static class Program
            {
                public static async Task Main()
                {
                    var client = new HomeAssistantWebsocketClient(
                      host: "hass.local",
                      port: 80,
                      token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJiMThjZWI4ZGM3MjJkZTY2ZWEwOTczMjg2Y2RhZjExOCIsImlhdCI6MTcyMjEwNDExNywiZXhwIjoyMDM3NDY0MTE3fQ.St1xnrsAHWmuC7VoPZW7JxVkZ8HtwxhCjMa7UZdGnL0"); // expect: IOT1003

                    client.Ready += (sender, args) =>
                    {
                      Console.WriteLine("Ready");

                      client.Event += (sender, msg) =>
                      {
                        Console.WriteLine($"Event received - {msg.Source}: {msg.Data}");
                      };
                    };

                    await client.ConnectAsync();
                }
            }
            """);

    // 4. alamalfaris/SftpDemoUsingSSHNET, SftpDemoUsingSSHNET/Program.cs: an SSH.NET SFTP client opened with the
    //    sample's "host/ip", "username", "password" (a listed default, IOT1002 beats the placeholder reading).
    [Fact]
    public Task RT90_sftp_sshnet_demo() =>
        ExpectComments.AssertAsync(new[] { SshNetStub }, """
            using System;
            using System.Linq;
            using Renci.SshNet;

            namespace SftpDemoUsingSSHNET
            {
                internal class Program
                {
                    static void Main(string[] args)
                    {
                        using(SftpClient client = new SftpClient(new PasswordConnectionInfo("host/ip", "username", "password"))) // expect: IOT1002
                        {
                            client.Connect();

                            // Upload file to SFTP server
                            //string sourceFile = $"C:\\mydata\\alam\\ttd.png";

                            // List
                            string serverDirectory = $"\\TestSftp";
                            var files = client.ListDirectory(serverDirectory).ToList();
                            if (files.Any())
                            {
                                foreach (var file in files)
                                {
                                    Console.WriteLine(file.Name);
                                    Console.WriteLine(file.FullName);
                                }
                            }

                            client.Disconnect();
                        }
                    }
                }
            }
            """);

    // 5. serkansmg/TasmotaSharp, TasmotaSharp/README.md and README.extended.md quick start (with the
    //    TasmotaSharpTester/Program.cs shape): a consumer of the TasmotaSharp package setting a Tasmota plug's Wi-Fi, MQTT
    //    and access-point credentials. "StrongPass!" and "securepass" replaced by invented values of the same shape;
    //    "secret", "p" and "password" kept as written. The MQTT topic templates (%prefix%/%topic%/) are look-alikes.
    [Fact]
    public Task RT90_tasmota_client_usage() =>
        ExpectComments.AssertAsync(new[] { TasmotaStub }, """
            using System;
            using System.Threading.Tasks;
            using TasmotaSharp;

            public static class Program
            {
                public static async Task Main()
                {
                    var client = new TasmotaClient("10.0.4.41");

                    // Relay
                    await client.SetRelayAsync(1, true);      // ON
                    bool? isOn = await client.GetRelayStateAsync(1);

                    // Time / timezone / DST
                    await client.SetTimezoneAsync(3);         // UTC+3

                    // Wi-Fi
                    await client.SetWifiCredentialsAsync("OfficeWiFi", "SteadyGrid!", restartAfter: true); // expect: IOT1001
                    await client.SetWifiCredentialsAsync("MyWiFi", "password"); // expect: IOT1002

                    // Access Point mode
                    await client.SetAccessPointModeAsync(true);
                    await client.SetAccessPointCredentialsAsync("TasmotaAP", "harborpass"); // expect: IOT1001

                    // MQTT
                    await client.SetMqttAsync("10.0.4.10", port:1883, user:"smg", password:"secret"); // expect: IOT1006
                    await client.SetMqttAsync(host: "10.0.0.5", port:1883,
                                              user:"u",
                                              password:"p", // expect: IOT1001
                                              clientId:"tasmota-1",
                                              topic:"tasmota_1", // expect: none
                                              fullTopic:"%prefix%/%topic%/"); // expect: none

                    // Backup/restore
                    var bytes = await client.BackupConfigAsync();
                    await client.RestoreConfigAsync(bytes!);

                    // Restart
                    await client.RestartAsync();
                    Console.WriteLine($"Relay 1: {isOn}");
                }
            }
            """);

    // 6. R3DRUN3/aws-mqtt-dotnet-core, aws-iot-mqtt-console.cs: an AWS IoT Core MQTT console client (M2MqttDotnetCore)
    //    loading the thing's PFX with the README's instruction sentence as its password; the endpoint example in prose.
    [Fact]
    public Task RT90_aws_iot_m2mqtt_console() =>
        ExpectComments.AssertAsync(new[] { AwsM2MqttStub }, """
            using System;
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            using System.Text;
            using System.Threading;
            using M2Mqtt;
            using M2Mqtt.Messages;
            using static System.Console;

            class aws_iot_consumer {

                private static ManualResetEvent manualResetEvent = new ManualResetEvent(false);

                static void Main(string[] args)
                {
                    try
                    {
                        WriteLine("Enter the iot endpoint (example: fg6y0x87if12bze-ats.iot.eu-central-1.amazonaws.com)"); // expect: none
                        string iotEndpoint = ReadLine() ?? "";
                        int brokerPort = 8883;
                        WriteLine("Enter the topic to which you want to subscribe: ");
                        string topic = ReadLine() ?? "";

                        var caCert = X509Certificate.CreateFromCertFile(Path.Join(AppContext.BaseDirectory, "./keys/AmazonRootCA1.pem"));
                        var clientCert = new X509Certificate2(Path.Join(AppContext.BaseDirectory, "./keys/certificate.cert.pfx"), "the password that you used with open ssl"); // expect: IOT1006

                        var client = new MqttClient(iotEndpoint, brokerPort, true, caCert, clientCert, MqttSslProtocols.TLSv1_2);
                        client.MqttMsgPublishReceived += Client_MqttMsgPublishReceived;
                        client.MqttMsgSubscribed += Client_MqttMsgSubscribed;
                        WriteLine("Enter Client ID: ");
                        string clientId = ReadLine() ?? "";
                        client.Connect(clientId);
                        WriteLine($"Connected to AWS IoT with client id: {clientId}");
                        WriteLine("Enter 1 to publish a message, 2 to listen for messages in the topic: ");
                        int choice = Convert.ToInt32(ReadLine());
                        if(choice==1)
                        {
                            string message = ReadLine() ?? "";
                            client.Publish(topic, Encoding.UTF8.GetBytes($"{message} 0"));
                            WriteLine("All messages were successfully delivered!");
                        }
                        else if(choice==2)
                        {
                            client.Subscribe(new string[] { topic }, new byte[] { MqttMsgBase.QOS_LEVEL_AT_LEAST_ONCE });
                            CancelKeyPress += (sender, e) =>
                            {
                                client.Disconnect();
                                e.Cancel = true;
                                manualResetEvent.Set();
                            };
                            manualResetEvent.WaitOne();
                        }
                    }
                    catch(Exception ex)
                    {
                        WriteLine($"Error: {ex.Message}");
                    }
                }

                private static void Client_MqttMsgSubscribed(object? sender, MqttMsgSubscribedEventArgs e)
                {
                    WriteLine($"Successfully subscribed to the topic");
                }

                private static void Client_MqttMsgPublishReceived(object? sender, MqttMsgPublishEventArgs e)
                {
                    WriteLine("Received Message: " + Encoding.UTF8.GetString(e.Message));
                }
            }
            """);

    // 7. QuickNV/QuickNV.Onvif, src/TestClient/Program.cs: the ONVIF client's test program logging in to a camera through
    //    the library's options object (a secret-named library property). The camera password "Bs123456" replaced by an
    //    invented one of the same shape. Newtonsoft's serializer written as System.Text.Json's.
    [Fact]
    public Task RT90_onvif_quicknv_test_client() =>
        ExpectComments.AssertAsync(new[] { QuickOnvifStub }, """
            using System;
            using System.Text.Json;
            using System.Threading.Tasks;

            public static class Program
            {
                public static async Task Main()
                {
                    var client = new Quick.Onvif.OnvifClient(new Quick.Onvif.OnvifClientOptions()
                    {
                        // HTTPS Url Example: https://127.0.0.1/onvif/device_service
                        DeviceServiceAddress = "http://127.0.0.1/onvif/device_service",
                        UserName = "admin", // expect: none
                        Password = "Tn582047" // expect: IOT1001
                    });
                    Console.WriteLine("Connecting...");
                    await client.ConnectAsync();
                    Console.WriteLine("DeviceInformation: " + JsonSerializer.Serialize(client.DeviceInformation));

                    {
                        var mediaClient = new Quick.Onvif.Media.MediaClient(client);
                        var ret = await mediaClient.GetProfilesAsync();
                        Console.WriteLine("Media Profiles: " + JsonSerializer.Serialize(ret));
                    }

                    {
                        var mediaClient2 = new Quick.Onvif.Media2.Media2Client(client);
                        var ret = mediaClient2.GetServiceCapabilitiesAsync();
                        Console.WriteLine("Media2 ServiceCapabilities: " + JsonSerializer.Serialize(ret));
                    }
                }
            }
            """);

    // 8. KubbyDev/ClientFTP, ClientFTP/FTP/Connection.cs: a FluentFTP client given a NetworkCredential with Mirai's
    //    admin/admin1234 pair (a listed default, kept as written).
    [Fact]
    public Task RT90_fluentftp_network_credential() =>
        ExpectComments.AssertAsync(new[] { FluentFtpStub }, """
            using FluentFTP;
            using System;
            using System.Net;

            namespace ClientFTP
            {
                class Connection
                {
                    public static FtpClient client = null!;

                    public static void Start()
                    {
                        // create an FTP client
                        client = new FtpClient("127.0.0.1");
                        client.Port = 21;

                        // if you don't specify login credentials, we use the "anonymous" user account
                        client.Credentials = new NetworkCredential("admin", "admin1234"); // expect: IOT1002

                        // begin connecting to the server
                        client.Connect();
                    }

                    public static void DisplayFiles()
                    {
                        // get a list of files and directories
                        foreach (FtpListItem item in client.GetListing(""))
                            Console.WriteLine(item);
                    }
                }
            }
            """);

    // 9. huguoya/test-csharp, dotnet8/TestFtp.cs: a log collector uploading a device's log over FTP twice, with FluentFTP's
    //    FtpClient(host, user, pass) and Limilabs' Ftp.Login(user, password). The password "Cete@712" replaced by an
    //    invented one of the same shape.
    [Fact]
    public Task RT90_ftp_log_collector() =>
        ExpectComments.AssertAsync(new[] { FluentFtpStub, LimilabsFtpStub }, """
            using FluentFTP;

            using Limilabs.FTP.Client;

            namespace TestApp.FTP
            {
                public class TestFtp
                {
                    public static void FluentFTPUpload()
                    {
                        FtpClient ftp = new("ftp.ciotems.com", "collector", "Mavo@318"); // expect: IOT1001
                        ftp.AutoConnect();

                        ftp.UploadFile(@"D:\logs\c0011003201806150011_20250409_log.log", "/logs/logs.txt");

                        ftp.Disconnect();
                    }

                    public static void LimilabsFTPUpload()
                    {
                        using (Ftp ftp = new Ftp())
                        {
                            ftp.Connect("ftp.ciotems.com");
                            ftp.Login("collector", "Mavo@318"); // expect: IOT1001
                            ftp.ChangeFolder("logs");
                            ftp.Upload("logs.txt", @"D:\logs\c0011003201806150011_20250409_log.log");
                            ftp.Close();
                        }
                    }
                }
            }
            """);

    // 10. LakshmikanthanP/BTDeviceTemparatureMonitor, TelegramBot.cs: a Bluetooth temperature monitor's alert sent
    //     through the Telegram Bot API, the bot token in a local put into the URL path by string.Format. The token replaced
    //     by an invented one of the same shape; the channel name and the URL template are look-alikes.
    [Fact]
    public Task RT90_telegram_temperature_alert() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Text;

            namespace BTDeviceTemparatureMonitor
            {
                public static class TelegramBot
                {
                    public static void SendAlert(string text)
                    {
                        string urlString = "https://api.telegram.org/bot{0}/sendMessage?chat_id={1}&text={2}"; // expect: none
                        string apiToken = "6027419385:AAyRrOfAd_aaBdfrZtACodaAvWzf-HcBshP"; // expect: IOT1003
                        string chatId = "@TestWeatherUpdates"; // expect: none
                        urlString = String.Format(urlString, apiToken, chatId, text);
                        WebRequest request = WebRequest.Create(urlString);
                        Stream rs = request.GetResponse().GetResponseStream();
                        StreamReader reader = new StreamReader(rs);
                        string? line = "";
                        StringBuilder sb = new StringBuilder();
                        while (line != null)
                        {
                            line = reader.ReadLine();
                            if (line != null)
                                sb.Append(line);
                        }
                        string response = sb.ToString();
                        // Do what you want with response
                    }

                }
            }
            """);

    // 11. KiwiBryn/RAK3172LoRaWAN-NetNF, RAK3712LoRaWANDeviceClient/Config.cs and Program.cs: a nanoFramework LoRaWAN
    //     client of a RAK3172 modem library joining by OTAA. The sample's "..." placeholders are kept for the EUIs and the
    //     (disabled) ABP keys; the AppKey placeholder was TURNED INTO A WORKING SECRET (32 hex digits) for this sample.
    [Fact]
    public Task RT90_lorawan_rak3172_otaa() =>
        ExpectComments.AssertAsync(new[] { Rak3172Stub }, """
            #define DEVEUI_SET
            #define OTAA
            //#define ABP
            namespace devMobile.IoT.LoRaWAN
            {
               public class Config
               {
            #if DEVEUI_SET
                  public const string devEui = "..."; // expect: none
            #endif
            #if OTAA
                  public const string JoinEui = "..."; // expect: none
                  public const string AppKey = "D5BE6DA6C1195EC1A36E90D7B7FD2337"; // expect: IOT1001
            #endif
            #if ABP
                  public const string DevAddress = "...";
                  public const string NwksKey = "...";
                  public const string AppsKey = "...";
            #endif
               }
            }
            """, """
            #define ESP32_WROOM
            #define DEVICE_DEVEUI_SET
            #define PAYLOAD_BYTES
            #define OTAA
            namespace devMobile.IoT.LoRaWAN
            {
                using System;
                using System.Diagnostics;
                using System.IO.Ports;
                using System.Threading;
            #if ESP32_WROOM
                using nanoFramework.Hardware.Esp32;
            #endif

                public class Program
                {
            #if ESP32_WROOM
                    private const string SerialPortId = "COM2";
            #endif
                    private const string Band = "8-1";
                    private static readonly TimeSpan JoinTimeOut = new TimeSpan(0, 0, 10);
                    private static readonly TimeSpan SendTimeout = new TimeSpan(0, 0, 10);
                    private const byte MessagePort = 1;
                    private static Timer? MessageSendTimer;
            #if PAYLOAD_BYTES
                    private static readonly byte[] PayloadBytes = { 0x48, 0x65, 0x6c, 0x6c, 0x6f, 0x20, 0x4c, 0x6f, 0x52, 0x61, 0x57, 0x41, 0x4e }; // Hello LoRaWAN in bytes
            #endif

                    public static void Main()
                    {
                        Result result;
            #if ESP32_WROOM
                        Configuration.SetPinFunction(Gpio.IO17, DeviceFunction.COM2_TX);
                        Configuration.SetPinFunction(Gpio.IO16, DeviceFunction.COM2_RX);
            #endif
                        foreach (string port in SerialPort.GetPortNames())
                        {
                            Debug.Write($" {port}");
                        }

                        using (Rak3172LoRaWanDevice device = new Rak3172LoRaWanDevice())
                        {
                            result = device.Initialise(SerialPortId, 115200, Parity.None, 8, StopBits.One);
                            if (result != Result.Success)
                            {
                                Debug.WriteLine($"Initialise failed {result}");
                                return;
                            }

                            MessageSendTimer = new Timer(SendMessageTimerCallback, device, Timeout.Infinite, Timeout.Infinite);
                            device.OnJoinCompletion += OnJoinCompletionHandler;
            #if DEVICE_DEVEUI_SET
                            result = device.DeviceEui(Config.devEui);
                            if (result != Result.Success)
                            {
                                Debug.WriteLine($"DeviceEUI set failed {result}");
                                return;
                            }
            #endif
            #if OTAA
                            Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} OTAA");
                            result = device.OtaaInitialise(Config.JoinEui, Config.AppKey);
                            if (result != Result.Success)
                            {
                                Debug.WriteLine($"OTAA Initialise failed {result}");
                                return;
                            }
            #endif
            #if ABP
                            result = device.AbpInitialise(Config.DevAddress, Config.NwksKey, Config.AppsKey);
            #endif
                            Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Join start Timeout:{JoinTimeOut:hh\\:mm\\:ss} Band:{Band}");
                            result = device.Join(JoinTimeOut);
                            Thread.Sleep(Timeout.Infinite);
                        }
                    }

                    private static void OnJoinCompletionHandler(bool result)
                    {
                        Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} Join finished:{result}");
                    }

                    private static void SendMessageTimerCallback(object? state)
                    {
                        Rak3172LoRaWanDevice device = (Rak3172LoRaWanDevice)state!;
                        Debug.WriteLine($"{DateTime.UtcNow:hh:mm:ss} port:{MessagePort} payload bytes:{Rak3172LoRaWanDevice.BytesToHex(PayloadBytes)}");
                        Result result = device.Send(MessagePort, PayloadBytes, SendTimeout);
                    }
                }
            }
            """);

    // 12. pedrofgd/api-rest-broker, pocs/v2/ApiBroker/src/ApiBroker.API/InfluxDbClientFactory.cs: an InfluxDB 2 writer's
    //     all-access token held in a static readonly field (a to-do asks to move it to the environment) and given to
    //     InfluxDBClient(url, token). The token replaced by an invented one of the same shape.
    [Fact]
    public Task RT90_influxdb_client_factory() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;

            namespace ApiBroker.API;

            public class InfluxDbClientFactory
            {
                /*
                 * todo: substituir pelo Token gerado ao rodar o Influx localmente
                 *  Depois colocar como variável ambiente..
                 */
                private static readonly string Token = "W9C7cGHZ9ZMD1feoeHcRSA5EF5IHn1UT9sSkd9v7lq1AAq4TbpJ8A_mUq8m636CkvYc49SxfgQcoQ-TB_O-4hA=="; // expect: IOT1001

                public static InfluxDBClient OpenConnection()
                {
                    return new InfluxDBClient("http://localhost:8086", Token);
                }
            }
            """);

    // 13. jburnett31/SoftEng, EmailClass/Emailer.cs: an alert e-mailer's Gmail SMTP login with the well-known
    //     Stack Overflow sample's constant fromPassword = "fromPassword" (a value repeating its holder's name). The
    //     original's statements in the class body are put in a Send method so the file compiles.
    [Fact]
    public Task RT90_smtp_emailer_sample_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Net;
            using System.Net.Mail;

            namespace Project1
            {
                class Emailer
                {
                    static MailAddress fromAddress = new MailAddress("from@gmail.com", "From Name");
                    static MailAddress toAddress = new MailAddress("to@example.com", "To Name");
                    const string fromPassword = "fromPassword"; // expect: IOT1006
                    const string subject = "Subject";
                    const string body = "Body";

                    SmtpClient smtp = new SmtpClient
                       {
                           Host = "smtp.gmail.com",
                           Port = 587,
                           EnableSsl = true,
                           DeliveryMethod = SmtpDeliveryMethod.Network,
                           UseDefaultCredentials = false,
                           Credentials = new NetworkCredential(fromAddress.Address, fromPassword)
                       };

                    public void Send()
                    {
                        using (MailMessage message = new MailMessage(fromAddress, toAddress)
                                            {
                                                Subject = subject,
                                                Body = body
                                            })
                        {
                           smtp.Send(message);
                        }
                    }
                }
            }
            """);

    // 14. dioscarr/Pointersecurity, SecurityMonitor/SecurityMonitor/Workes/Gmail.cs: a security monitor's Gmail sender
    //     whose login comes from its constructor's parameters (nothing written in the code: hard negatives only).
    [Fact]
    public Task RT90_security_monitor_gmail_sender() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net;
            using System.Net.Mail;

            namespace SecurityMonitor.Workes
            {
                public class Gmail
                {
                    public string Username { get; set; }
                    public string Password { get; set; } // expect: none

                    public Gmail(string username, string password)
                    {
                        Username = username;
                        Password = password; // expect: none
                    }

                    public void Send(MailMessage msg)
                    {
                        SmtpClient client = new SmtpClient("smtp.gmail.com", 587);
                        client.EnableSsl = true;

                        client.DeliveryMethod = SmtpDeliveryMethod.Network;
                        client.UseDefaultCredentials = false;
                        client.Credentials = new NetworkCredential(Username, Password); // expect: none

                        client.Send(msg);
                    }
                }
            }
            """);

    // 15. serkansmg/TasmotaSharp, TasmotaSharp/TasmotaClient.cs: the client library itself, which writes the caller's
    //     Wi-Fi, access-point and MQTT passwords into Tasmota console commands sent as the "/cm?cmnd=" query. Nothing is
    //     written in the code: every command text, log message and parameter is a look-alike (hard negatives). The
    //     logger and the IHttpClientFactory are left out (not in the reference assemblies).
    [Fact]
    public Task RT90_tasmota_client_library_internals() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;

            namespace TasmotaSharp;

            /// <summary>
            /// Lightweight HTTP client for Tasmota (ESP32/ESP8266) HTTP API ("/cm?cmnd=").
            /// </summary>
            public class TasmotaClient
            {
                private readonly HttpClient _fallbackHttp;
                private string _baseUrl;
                private string _rootUrl;

                public TasmotaClient(string ipAddress)
                {
                    _fallbackHttp = new HttpClient(new SocketsHttpHandler
                    {
                        AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                        PooledConnectionLifetime = TimeSpan.FromMinutes(5)
                    })
                    { Timeout = TimeSpan.FromSeconds(3) };
                    _rootUrl = NormalizeRoot(ipAddress);
                    _baseUrl = $"{_rootUrl}/cm?cmnd=";
                }

                private static string NormalizeRoot(string ipOrHost)
                {
                    if (!ipOrHost.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                        ipOrHost = $"http://{ipOrHost}";
                    return ipOrHost.TrimEnd('/');
                }

                public async Task<bool> SetAccessPointCredentialsAsync(string apSsid, string apPassword, CancellationToken ct = default)
                {
                    try
                    {
                        await SendCommandAsync($"AP {apSsid}", ct);
                        await SendCommandAsync($"APPassword {apPassword}", ct); // expect: none
                        return true;
                    }
                    catch (Exception ex)
                    {
                        LogError(ex, "[SetAccessPointCredentialsAsync] Failed to set AP credentials"); // expect: none
                        return false;
                    }
                }

                public async Task<bool> SetMqttAsync(string host, int? port = null, string? user = null, string? password = null, CancellationToken ct = default)
                {
                    if (!string.IsNullOrWhiteSpace(host))      _ = await SendCommandAsync($"MqttHost {host}", ct);
                    if (port.HasValue)                         _ = await SendCommandAsync($"MqttPort {port.Value}", ct);
                    if (!string.IsNullOrWhiteSpace(user))      _ = await SendCommandAsync($"MqttUser {user}", ct);
                    if (!string.IsNullOrWhiteSpace(password))  _ = await SendCommandAsync($"MqttPassword {password}", ct); // expect: none
                    _ = await SendCommandAsync("MqttReconnect 1", ct);
                    return true;
                }

                /// <summary>Set SSID/PW (optionally restart)</summary>
                public async Task<bool> SetWifiCredentialsAsync(string ssid, string password, bool restartAfter = true, CancellationToken ct = default)
                {
                    try
                    {
                        if (string.IsNullOrWhiteSpace(ssid))
                            throw new ArgumentException("SSID cannot be empty.", nameof(ssid));

                        _ = await SendCommandAsync($"SSID1 {ssid}", ct);
                        _ = await SendCommandAsync($"Password1 {password}", ct); // expect: none
                        _ = await SendCommandAsync("WifiConfig 4", ct); // fail -> AP+Config
                        return true;
                    }
                    catch (Exception ex)
                    {
                        LogError(ex, "[SetWifiCredentialsAsync] Failed to set WiFi credentials for SSID {Ssid}", ssid); // expect: none
                        return false;
                    }
                }

                private async Task<JsonDocument?> SendCommandAsync(string command, CancellationToken ct = default)
                {
                    try
                    {
                        var url = _baseUrl + Uri.EscapeDataString(command);
                        using var req = new HttpRequestMessage(HttpMethod.Get, url);
                        using var res = await _fallbackHttp.SendAsync(req, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
                        var s = await res.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
                        return JsonDocument.Parse(s);
                    }
                    catch (Exception ex)
                    {
                        LogError(ex, "[SendCommandAsync] Error while sending command {Cmd}", command);
                        return null;
                    }
                }

                private void LogError(Exception ex, string msg, params object?[] args)
                {
                    Console.WriteLine("[ERR] " + string.Format(System.Globalization.CultureInfo.InvariantCulture, msg, args) + " :: " + ex);
                }
            }
            """);
}
