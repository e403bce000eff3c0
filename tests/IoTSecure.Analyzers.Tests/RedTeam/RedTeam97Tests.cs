using System;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 97: an independent precision/recall sample of real public configuration- and settings-heavy device C# code
/// the team has not seen: static Constants and settings classes of a nanoFramework ESP32 monitor, environment-variable
/// fallbacks (<c>GetEnvironmentVariable("X") ?? "..."</c>) in an MQTT service and in an IoT plant backend's options setup,
/// a MAUI smart-home app's preference keys and defaults, a CommandLineParser options class of an IoT Hub quickstart, an
/// Event Hubs constants class, an MQTTnet unit test with the user information in a connection URI, a Unified Namespace
/// publisher of a steel plant, a Hikvision fleet tool that tries a list of passwords, and IoT Hub device programs that
/// build their own SAS token with HMACSHA256 (one with a working key, one with placeholders). Adapted to compile against
/// stubs (names, call patterns and classes kept; unrelated bulk trimmed; every working-looking secret replaced by an
/// invented value of the same shape, published defaults and placeholders kept as written). Sources:
/// unrealbg/ESP32-MQTT-EnvMonitor (ESP32-NF-MQTT-DHT/Constants/Constants.cs, Services/ConnectionService.cs,
/// Services/TcpListenerService.cs, Services/MQTT/MqttConnectionManager.cs), Aelean99/HikvisionWebApi
/// (HikvisionWebApi/Modules/WebClient.cs), inc00gnito/SolarFlex-Old (src/SolarFlex/IoTHubTriggerer/Program.cs),
/// avisiboni/IoT-Listener (IoTDevice/Program.cs), GoldFireGames/iot-project
/// (DeviceSdkDemo.Console/DeviceSdkDemo.Console/Program.cs), dotnet/MQTTnet
/// (Tests/MQTTnet.Core.Tests/Clients/MqttClientOptionsBuilder_Tests.cs), Azure-Samples/azure-iot-samples-csharp
/// (iot-hub/Quickstarts/SimulatedDevice/Parameters.cs), and public repositories found through the code index by content
/// whose owner the index did not name: a WebApplication1 MqttNewsService.cs (HiveMQ Cloud news feed), the Plantastic api
/// Extensions/ServiceExtensions.cs (plant sensors over MQTT), a SharedConstants Constants.cs (Event Hubs and Storage), an
/// MQTT.Client Program.cs (iot-device-1 with a last will), a KMK Unified Namespace worker (material certificates over
/// MQTT), the SmartHome2 Services/AppSettings.cs (MAUI preferences), a ConsoleHikvision Program.cs (a CommandLineParser
/// camera capture tool over the vendor's P/Invoke SDK) and a configmaker Form1.cs (an ESP weather station's provisioning
/// page generator).
/// Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam97Tests
{
    private const string NanoWifiExtrasStub = """
        namespace System.Device.Wifi
        {
            public partial class WifiAdapter { public void Disconnect() { } }
        }
        """;

    private const string MqttNetClientStub = """
        namespace MQTTnet.Protocol
        {
            public enum MqttQualityOfServiceLevel { AtMostOnce, AtLeastOnce, ExactlyOnce }
        }
        namespace MQTTnet
        {
            public class MqttApplicationMessage
            {
                public string Topic { get; set; } = "";
                public System.ArraySegment<byte> PayloadSegment { get; set; }
                public string ConvertPayloadToString() => "";
            }
            public class MqttApplicationMessageBuilder
            {
                public MqttApplicationMessageBuilder WithTopic(string topic) => this;
                public MqttApplicationMessageBuilder WithPayload(string payload) => this;
                public MqttApplicationMessageBuilder WithPayload(byte[] payload) => this;
                public MqttApplicationMessageBuilder WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel) => this;
                public MqttApplicationMessageBuilder WithRetainFlag(bool value = true) => this;
                public MqttApplicationMessage Build() => new MqttApplicationMessage();
            }
            public class MqttTopicFilter { }
            public class MqttTopicFilterBuilder
            {
                public MqttTopicFilterBuilder WithTopic(string topic) => this;
                public MqttTopicFilterBuilder WithQualityOfServiceLevel(MQTTnet.Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel) => this;
                public MqttTopicFilter Build() => new MqttTopicFilter();
            }
            public class MqttFactory
            {
                public MQTTnet.Client.IMqttClient CreateMqttClient() => null!;
            }
            public static class MqttClientExtensions
            {
                public static System.Threading.Tasks.Task PublishStringAsync(this MQTTnet.Client.IMqttClient mqttClient, string topic, string payload = null, MQTTnet.Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel = MQTTnet.Protocol.MqttQualityOfServiceLevel.AtMostOnce, bool retain = false) => System.Threading.Tasks.Task.CompletedTask;
                public static System.Threading.Tasks.Task SubscribeAsync(this MQTTnet.Client.IMqttClient mqttClient, string topic, MQTTnet.Protocol.MqttQualityOfServiceLevel qualityOfServiceLevel = MQTTnet.Protocol.MqttQualityOfServiceLevel.AtMostOnce) => System.Threading.Tasks.Task.CompletedTask;
                public static System.Threading.Tasks.Task SubscribeAsync(this MQTTnet.Client.IMqttClient mqttClient, MQTTnet.MqttTopicFilter topicFilter) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace MQTTnet.Client
        {
            public class MqttClientConnectResult { }
            public class MqttClientConnectedEventArgs { }
            public class MqttClientDisconnectedEventArgs { }
            public class MqttApplicationMessageReceivedEventArgs { public MQTTnet.MqttApplicationMessage ApplicationMessage { get; } = new MQTTnet.MqttApplicationMessage(); }
            public interface IMqttClient : System.IDisposable
            {
                bool IsConnected { get; }
                event System.Func<MqttClientConnectedEventArgs, System.Threading.Tasks.Task> ConnectedAsync;
                event System.Func<MqttClientDisconnectedEventArgs, System.Threading.Tasks.Task> DisconnectedAsync;
                event System.Func<MqttApplicationMessageReceivedEventArgs, System.Threading.Tasks.Task> ApplicationMessageReceivedAsync;
                System.Threading.Tasks.Task<MqttClientConnectResult> ConnectAsync(MqttClientOptions options, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task DisconnectAsync();
                System.Threading.Tasks.Task PublishAsync(MQTTnet.MqttApplicationMessage applicationMessage, System.Threading.CancellationToken cancellationToken = default);
            }
            public static class MqttClientOptionsBuilderExtras
            {
                public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
                public static MqttClientOptionsBuilder WithWillTopic(this MqttClientOptionsBuilder builder, string willTopic) => builder;
                public static MqttClientOptionsBuilder WithWillPayload(this MqttClientOptionsBuilder builder, string willPayload) => builder;
                public static MqttClientOptionsBuilder WithWillQualityOfServiceLevel(this MqttClientOptionsBuilder builder, MQTTnet.Protocol.MqttQualityOfServiceLevel willQualityOfServiceLevel) => builder;
                public static MqttClientOptionsBuilder WithWillRetain(this MqttClientOptionsBuilder builder, bool willRetain = true) => builder;
            }
        }
        """;

    private const string LoggingStub = """
        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger { }
            public interface ILogger<out TCategoryName> : ILogger { }
            public static class LoggerExtensions
            {
                public static void LogInformation(this ILogger logger, string message, params object[] args) { }
                public static void LogWarning(this ILogger logger, string message, params object[] args) { }
                public static void LogError(this ILogger logger, System.Exception exception, string message, params object[] args) { }
            }
        }
        """;

    private const string AspNetOptionsStub = """
        namespace Microsoft.Extensions.DependencyInjection
        {
            public interface IServiceCollection { }
            public static class OptionsServiceCollectionExtensions
            {
                public static IServiceCollection Configure<TOptions>(this IServiceCollection services, System.Action<TOptions> configureOptions) where TOptions : class => services;
            }
            public static class ServiceCollectionServiceExtensions
            {
                public static IServiceCollection AddSingleton<TService, TImplementation>(this IServiceCollection services) where TService : class where TImplementation : class, TService => services;
            }
            public class AuthenticationBuilder
            {
                public AuthenticationBuilder AddJwtBearer(System.Action<Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions> configureOptions) => this;
            }
            public static class AuthenticationServiceCollectionExtensions
            {
                public static AuthenticationBuilder AddAuthentication(this IServiceCollection services, System.Action<Microsoft.AspNetCore.Authentication.AuthenticationOptions> configureOptions) => new AuthenticationBuilder();
            }
        }
        namespace Microsoft.AspNetCore.Authentication
        {
            public class AuthenticationOptions
            {
                public string DefaultAuthenticateScheme { get; set; } = "";
                public string DefaultChallengeScheme { get; set; } = "";
            }
        }
        namespace Microsoft.AspNetCore.Authentication.JwtBearer
        {
            public static class JwtBearerDefaults { public const string AuthenticationScheme = "Bearer"; }
            public class JwtBearerOptions { public Microsoft.IdentityModel.Tokens.TokenValidationParameters TokenValidationParameters { get; set; } = new(); }
        }
        namespace Microsoft.IdentityModel.Tokens
        {
            public abstract class SecurityKey { }
            public class SymmetricSecurityKey : SecurityKey { public SymmetricSecurityKey(byte[] key) { } }
            public class TokenValidationParameters
            {
                public bool ValidateIssuer { get; set; }
                public bool ValidateAudience { get; set; }
                public bool ValidateLifetime { get; set; }
                public bool ValidateIssuerSigningKey { get; set; }
                public string ValidIssuer { get; set; } = "";
                public string ValidAudience { get; set; } = "";
                public SecurityKey? IssuerSigningKey { get; set; }
                public System.TimeSpan ClockSkew { get; set; }
            }
        }
        """;

    private const string AzureDeviceExtrasStub = """
        namespace Microsoft.Azure.Devices.Client
        {
            public class Message
            {
                public Message(byte[] byteArray) { }
                public System.Collections.Generic.IDictionary<string, string> Properties { get; } = new System.Collections.Generic.Dictionary<string, string>();
            }
            public static class DeviceClientStubExtensions
            {
                public static System.Threading.Tasks.Task SendEventAsync(this DeviceClient deviceClient, Message message) => System.Threading.Tasks.Task.CompletedTask;
                public static System.Threading.Tasks.Task OpenAsync(this DeviceClient deviceClient) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace Newtonsoft.Json
        {
            public static class JsonConvert { public static string SerializeObject(object value) => ""; }
        }
        """;

    private const string MsTestStub = """
        namespace Microsoft.VisualStudio.TestTools.UnitTesting
        {
            [System.AttributeUsage(System.AttributeTargets.Class)] public sealed class TestClassAttribute : System.Attribute { }
            [System.AttributeUsage(System.AttributeTargets.Method)] public sealed class TestMethodAttribute : System.Attribute { }
            public static class Assert
            {
                public static void AreEqual<T>(T expected, T actual) { }
                public static void IsTrue(bool condition) { }
            }
        }
        namespace MQTTnet.Client
        {
            public class MqttClientCredentialsReader
            {
                public string GetUserName(MqttClientOptions clientOptions) => "";
                public byte[] GetPassword(MqttClientOptions clientOptions) => System.Array.Empty<byte>();
            }
            public static class MqttClientOptionsCredentials
            {
                public static MqttClientCredentialsReader GetCredentials(this MqttClientOptions options) => new MqttClientCredentialsReader();
                public static MqttClientCredentialsReader GetCredentials(this MQTTnet.MqttClientOptions options) => new MqttClientCredentialsReader();
                public static string GetUserName(this MqttClientCredentialsReader reader, MQTTnet.MqttClientOptions clientOptions) => "";
                public static byte[] GetPassword(this MqttClientCredentialsReader reader, MQTTnet.MqttClientOptions clientOptions) => System.Array.Empty<byte>();
            }
        }
        """;

    private const string MauiPreferencesStub = """
        namespace Microsoft.Maui.Storage
        {
            public static class Preferences
            {
                public static string Get(string key, string defaultValue) => defaultValue;
                public static int Get(string key, int defaultValue) => defaultValue;
                public static bool Get(string key, bool defaultValue) => defaultValue;
                public static void Set(string key, string value) { }
                public static void Set(string key, int value) { }
                public static void Set(string key, bool value) { }
            }
        }
        """;

    private const string CommandLineParserStub = """
        namespace CommandLine
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class OptionAttribute : System.Attribute
            {
                public OptionAttribute(char shortName, string longName) { }
                public OptionAttribute(char shortName) { }
                public OptionAttribute(string longName) { }
                public string HelpText { get; set; } = "";
                public bool Required { get; set; }
                public object? Default { get; set; }
            }
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class VerbAttribute : System.Attribute
            {
                public VerbAttribute(string name, bool isDefault = false) { }
                public string HelpText { get; set; } = "";
            }
            public class Error { }
            public abstract class ParserResult<T> { }
            public static class ParserResultExtensions
            {
                public static TResult MapResult<TSource, TResult>(this ParserResult<TSource> result, System.Func<TSource, TResult> parsedFunc, System.Func<System.Collections.Generic.IEnumerable<Error>, TResult> notParsedFunc) => default!;
            }
            public class Parser
            {
                public static Parser Default { get; } = new Parser();
                public ParserResult<T> ParseArguments<T>(System.Collections.Generic.IEnumerable<string> args) => null!;
            }
        }
        namespace CommandLine.Text
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public sealed class UsageAttribute : System.Attribute { public string ApplicationAlias { get; set; } = ""; }
            public class UnParserSettings { public static UnParserSettings WithGroupSwitchesOnly() => new UnParserSettings(); }
            public sealed class Example
            {
                public Example(string helpText, UnParserSettings formatStyle, object sample) { }
            }
        }
        """;

    private const string WinFormsRichTextStub = """
        namespace System.Windows.Forms
        {
            public class Control { public virtual string Text { get; set; } = ""; }
            public class RichTextBox : Control { }
            public class Form : Control { }
        }
        """;

    // 1. unrealbg/ESP32-MQTT-EnvMonitor (an ESP32 temperature monitor on .NET nanoFramework): a static Constants class
    //    holds the Wi-Fi and MQTT logins and a telnet-like TCP console's login; the connection service joins Wi-Fi with
    //    WifiAdapter.Connect(Constants.SSID, ..., Constants.WIFI_PASSWORD), the TCP listener compares the received login
    //    with its constants (a home-grown login: IOT1004 for a working password), and the MQTT connection manager signs in
    //    with the M2Mqtt client through an interface call. "password" is a listed default (IOT1002) twice; the console's
    //    "kraimorie" replaced by an invented password of the same shape. Adapted: Constants.cs at commit 2f58a0ab (upper-case
    //    names; the listener's and the MQTT service's reads renamed to those names); the IP address log line, Disconnect and
    //    the command loop trimmed; the MQTT client service reduced to its connect call.
    [Fact]
    public Task RT97_esp32_nanoframework_constants_class_wifi_mqtt_and_console_login() =>
        ExpectComments.AssertAsync(new[] { NanoWifiExtrasStub }, """
            namespace ESP32_NF_MQTT_DHT.Constants
            {
                using System;

                public static class Constants
                {
                    public const string DEVICE = "DeviceName"; // expect: none

                    public const string SSID = "MySSID"; // expect: none

                    public const string WIFI_PASSWORD = "password"; // expect: IOT1002

                    public static readonly string BROKER = "test.mosquitto.org"; // expect: none

                    public static readonly string CLIENT_ID = Guid.NewGuid().ToString();

                    public static readonly string MQTT_CLIENT_USERNAME = "username"; // expect: none

                    public static readonly string MQTT_CLIENT_PASSWORD = "password"; // expect: IOT1002

                    public static readonly string TCP_CLIENT_USERNAME = "admin"; // expect: none

                    public static readonly string TCP_CLIENT_PASSWORD = "solvimare"; // expect: IOT1004
                }
            }
            """, """
            namespace ESP32_NF_MQTT_DHT.Services
            {
                using System.Device.Wifi;
                using System.Diagnostics;
                using System.Threading;

                using Constants;

                public class ConnectionService
                {
                    public void Connect()
                    {
                        var wifiAdapter = WifiAdapter.FindAllAdapters()[0];

                        var count = 0;

                        while (true)
                        {
                            Debug.WriteLine($"[*] Connecting... Attempt {++count}"); // expect: none

                            // Disconnect in case we are already connected
                            wifiAdapter.Disconnect();

                            // Connect to network
                            var result = wifiAdapter.Connect(
                                Constants.SSID,
                                WifiReconnectionKind.Automatic,
                                Constants.WIFI_PASSWORD);

                            if (result.ConnectionStatus == WifiConnectionStatus.Success)
                            {
                                Debug.WriteLine($"[+] Connected to Wifi network {Constants.SSID}.");
                                Thread.Sleep(2000);
                                break;
                            }
                            else
                            {
                                // more detailed error message
                                var errorMsg = string.Empty;

                                switch (result.ConnectionStatus.ToString())
                                {
                                    case "0":
                                        errorMsg = "Access to the network has been revoked.";
                                        break;
                                    case "1":
                                        errorMsg = "Invalid credential was presented."; // expect: none
                                        break;
                                    case "2":
                                        errorMsg = "Network is not available.";
                                        break;
                                    case "6":
                                        errorMsg = "Authentication protocol is not supported."; // expect: none
                                        break;
                                }

                                Debug.WriteLine(
                                    $"[-] Connection failed [{errorMsg}]");

                                Thread.Sleep(10000);
                            }
                        }
                    }
                }
            }
            """, """
            namespace ESP32_NF_MQTT_DHT.Services
            {
                using System;
                using System.IO;

                using static ESP32_NF_MQTT_DHT.Constants.Constants;

                public class TcpListenerService
                {
                    private static string GetCurrentTimestamp() => DateTime.UtcNow.ToString("HH:mm:ss");

                    private void AuthenticateClient(StreamReader streamReader, StreamWriter sw, string clientIp)
                    {
                        sw.Write($"[{GetCurrentTimestamp()}] login as: "); // expect: none
                        sw.Flush();
                        var usernameInput = streamReader.ReadLine();
                        sw.Write($"[{GetCurrentTimestamp()}] {usernameInput}@{clientIp} password: "); // expect: none
                        sw.Flush();
                        var passwordInput = streamReader.ReadLine();

                        if (TCP_CLIENT_USERNAME != usernameInput || TCP_CLIENT_PASSWORD != passwordInput)
                        {
                            throw new ArgumentException($"[{GetCurrentTimestamp()}] Invalid credentials."); // expect: none
                        }
                    }
                }
            }
            """, """
            namespace ESP32_NF_MQTT_DHT.Services.MQTT
            {
                using System;
                using System.Net.Sockets;

                using nanoFramework.M2Mqtt;

                using static ESP32_NF_MQTT_DHT.Constants.Constants;

                internal interface IMqttConnectionManager
                {
                    bool Connect(string broker, string clientId, string user, string pass);
                }

                internal class MqttConnectionManager : IMqttConnectionManager
                {
                    public MqttClient MqttClient { get; private set; } = null!;

                    public bool Connect(string broker, string clientId, string user, string pass)
                    {
                        try
                        {
                            Console.WriteLine($"Connecting to MQTT broker: {broker}...");
                            this.MqttClient = new MqttClient(broker);
                            this.MqttClient.Connect(clientId, user, pass);

                            if (this.MqttClient.IsConnected)
                            {
                                Console.WriteLine("MQTT client connected successfully!");
                                return true;
                            }
                        }
                        catch (SocketException ex)
                        {
                            Console.WriteLine($"SocketException while connecting: {ex.Message}");
                        }

                        return false;
                    }
                }

                internal class MqttClientService
                {
                    private readonly IMqttConnectionManager _connectionManager;

                    public MqttClientService(IMqttConnectionManager connectionManager) => _connectionManager = connectionManager;

                    public bool Start() =>
                        _connectionManager.Connect(BROKER, CLIENT_ID, MQTT_CLIENT_USERNAME, MQTT_CLIENT_PASSWORD);
                }
            }
            """);

    // 2. Aelean99/HikvisionWebApi, HikvisionWebApi/Modules/WebClient.cs (an earlier commit, namespace Hikvision.Modules): an
    //    ISP's camera fleet tool that tries the passwords of a password-named StringCollection one after another, each
    //    handed to the wrapper's constructor and from there to NetworkCredential("admin", password) for Basic and Digest.
    //    "12345" and "admin" are listed defaults in a table named as passwords (IOT1002); the operator's own password
    //    (first entry) reaches NetworkCredential through the foreach and the target-typed new (IOT1001). "tvmix333"
    //    replaced by an invented password of the same shape. Adapted: the collection initializer written one entry a line
    //    so each literal carries its own label.
    //    Label corrected after the first run (a clear labelling mistake, not a defect): each password reaches two sinks,
    //    the Basic and the Digest NetworkCredential, and IOT1001 gives "one finding at each" sink a literal reaches; the
    //    first labels counted one finding per literal.
    [Fact]
    public Task RT97_hikvision_fleet_password_collection_tried_in_turn() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Specialized;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Hikvision.Modules
            {
            	  public class WebClient
            	  {
            		  internal WebClient(string ip, string password)
            			{
            				var camBaseUri = $"http://{ip}/ISAPI/"; // expect: none

            				CredentialCache credCache = new()
            				{
            					  {new UriBuilder(camBaseUri).Uri, "Basic", new NetworkCredential("admin", password)}, // expect: none
            					  {new UriBuilder(camBaseUri).Uri, "Digest", new NetworkCredential("admin", password)} // expect: none
            				};

            				Client = new HttpClient(
            						new SocketsHttpHandler
            						{
            							  ConnectTimeout = TimeSpan.FromSeconds(30),
            							  Credentials = credCache
            						}, disposeHandler: true)
            				  { BaseAddress = new UriBuilder(camBaseUri).Uri };
            			}
            			internal static HttpClient Client { get; private set; }
            			internal static async Task<HttpStatusCode> InitClient(string ip)
            			{
            				StringCollection passwordCollection = new()
            				{
            					"nrvox481", // expect: IOT1001 IOT1001
            					"12345", // expect: IOT1002 IOT1002
            					"admin" // expect: IOT1002 IOT1002
            				};
            				HttpStatusCode statusCode = HttpStatusCode.Unused;
            				foreach (var i in passwordCollection)
            				{
            					WebClient wc = new(ip, i);
            					var response = await Client.GetAsync("Security/userCheck"); // expect: none
            					if (response.StatusCode == HttpStatusCode.OK)
            					{
            						statusCode = response.StatusCode;
            						break;
            					}
            					else
            					{
            						statusCode = response.StatusCode;
            					}
            				}
            				return statusCode;
            			}

            	}

            }
            """);

    // 3. A WebApplication1 Service/MqttNewsService.cs (owner not named by the index): a news feed over a HiveMQ Cloud
    //    cluster whose broker, user and password come from the environment with written fallbacks, the password fallback
    //    given to WithCredentials. "WEA2025-sk04" replaced by an invented password of the same shape; the cluster's host
    //    name replaced by an invented one of the same shape (a host, not a secret); the user name and the topic are
    //    look-alikes. Adapted: `using MQTTnet; using MQTTnet.Client;` make the stubs' two builders ambiguous, so a using
    //    alias names the v4 builder (the catalogue counts aliases); the publish and listing methods trimmed.
    [Fact]
    public Task RT97_mqtt_news_service_environment_fallback_password() =>
        ExpectComments.AssertAsync(new[] { MqttNetClientStub, LoggingStub }, """
            using System;
            using System.Collections.Concurrent;
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;
            using MQTTnet;
            using MQTTnet.Client;
            using MQTTnet.Protocol;
            using Microsoft.Extensions.Logging;
            using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;
            using MqttClientOptions = MQTTnet.Client.MqttClientOptions;

            namespace WebApplication1.Service
            {
                public class NewsMessage { public string? Title { get; set; } public string? Date { get; set; } }

                public class MqttNewsService
                {
                    private readonly IMqttClient _client = null!;
                    private readonly MqttClientOptions _options = null!;
                    private readonly ConcurrentBag<NewsMessage> _messages = new();
                    private readonly ILogger<MqttNewsService> _logger;

                    public MqttNewsService(ILogger<MqttNewsService> logger)
                    {
                        _logger = logger;

                        try
                        {
                            var factory = new MqttFactory();
                            _client = factory.CreateMqttClient();

                            var portStr = Environment.GetEnvironmentVariable("MQTT_PORT"); // expect: none
                            var port = string.IsNullOrEmpty(portStr) ? 8883 : int.Parse(portStr);
                            var server = Environment.GetEnvironmentVariable("MQTT_ADDRESS") ?? "4f1c7d92ab3e4c06a8d5e17b93f2c640.s1.eu.hivemq.cloud"; // expect: none
                            var username = Environment.GetEnvironmentVariable("MQTT_USERNAME") ?? "group04"; // expect: none
                            var password = Environment.GetEnvironmentVariable("MQTT_PASSWORD") ?? "QRT2024-mb17"; // expect: IOT1001

                            _logger.LogInformation("[MqttNewsService] INIT - Server: {Server}, Port: {Port}, User: {User}", server, port, username);

                            _options = new MqttClientOptionsBuilder()
                                .WithClientId($"client-{Guid.NewGuid()}") // expect: none
                                .WithTcpServer(server, port)
                                .WithCredentials(username, password)
                                .WithCleanSession(false)
                                .WithTls() // zapíná TLS
                                .Build();

                            _client.ApplicationMessageReceivedAsync += async e =>
                            {
                                var payload = Encoding.UTF8.GetString(e.ApplicationMessage.PayloadSegment);
                                _logger.LogInformation("[MqttNewsService] Message RECEIVED on topic '{Topic}': {Payload}", e.ApplicationMessage.Topic, payload);

                                try
                                {
                                    var msg = JsonSerializer.Deserialize<NewsMessage>(payload);
                                    if (msg != null)
                                    {
                                        _messages.Add(msg);
                                    }
                                }
                                catch (Exception ex)
                                {
                                    _logger.LogError(ex, "[MqttNewsService] Error deserializing MQTT payload: {Payload}", payload);
                                }

                                await Task.CompletedTask;
                            };
                        }
                        catch (Exception ex)
                        {
                            _logger.LogError(ex, "[MqttNewsService] Error during MQTT initialization");
                        }
                    }

                    public async Task ConnectAsync()
                    {
                        if (_client.IsConnected)
                        {
                            return;
                        }

                        await _client.ConnectAsync(_options);

                        await _client.SubscribeAsync(new MqttTopicFilterBuilder()
                            .WithTopic("NEWS") // expect: none
                            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtMostOnce)
                            .Build());
                    }
                }
            }
            """);

    // 4. The Plantastic api, Extensions/ServiceExtensions.cs (owner not named by the index): a plant-care backend's options
    //    setup reading MongoDB, MQTT and JWT settings from the environment. No credential in the code: the Mongo URI's user
    //    information comes from the environment, the MQTT password falls back to string.Empty, and the JWT signing key's
    //    fallback is a template ("your-super-secret-key-...") that reaches no catalogued sink (SymmetricSecurityKey's bare
    //    `key` is no key parameter): a placeholder in a symbol that never reaches a sink is no finding (IOT1006). Adapted:
    //    Identity, Mongo serializer registration and the service registrations trimmed; the options types written in a
    //    second file; the JwtBearer options read from a local settings object instead of BuildServiceProvider().
    [Fact]
    public Task RT97_plant_backend_environment_options_setup() =>
        ExpectComments.AssertAsync(new[] { AspNetOptionsStub }, """
            using System;
            using System.Text;
            using api.Configuration;
            using Microsoft.AspNetCore.Authentication.JwtBearer;
            using Microsoft.Extensions.DependencyInjection;
            using Microsoft.IdentityModel.Tokens;

            namespace api.Extensions
            {
                public static class ServiceExtensions
                {
                    public static void AddApplicationServices(this IServiceCollection services)
                    {
                        var mongoHost = Environment.GetEnvironmentVariable("MONGODB_HOST") ?? "localhost"; // expect: none
                        var mongoPort = Environment.GetEnvironmentVariable("MONGODB_PORT") ?? "27017"; // expect: none
                        var mongoUsername = Environment.GetEnvironmentVariable("MONGODB_USERNAME"); // expect: none
                        var mongoPassword = Environment.GetEnvironmentVariable("MONGODB_PASSWORD"); // expect: none
                        var mongoConnectionString = string.IsNullOrEmpty(mongoUsername) || string.IsNullOrEmpty(mongoPassword)
                                ? $"mongodb://{mongoHost}:{mongoPort}" // expect: none
                                : $"mongodb://{mongoUsername}:{mongoPassword}@{mongoHost}:{mongoPort}"; // expect: none

                        services.Configure<MongoDBSensorSettings>(options =>
                        {
                            options.ConnectionString = mongoConnectionString;

                            options.DatabaseName = Environment.GetEnvironmentVariable("MONGODB_SENSOR_DATABASE") ?? "sensor_data_db"; // expect: none
                            options.CollectionName = Environment.GetEnvironmentVariable("MONGODB_COLLECTION") ?? "sensor_readings"; // expect: none
                        });

                        services.Configure<MqttSettings>(options =>
                        {
                            options.Host = Environment.GetEnvironmentVariable("MQTT_HOST") ?? string.Empty;
                            options.Port = int.Parse(Environment.GetEnvironmentVariable("MQTT_PORT") ?? "1883");
                            options.Username = Environment.GetEnvironmentVariable("MQTT_USERNAME") ?? string.Empty;
                            options.Password = Environment.GetEnvironmentVariable("MQTT_PASSWORD") ?? string.Empty; // expect: none
                        });

                        var jwtSettings = new JwtSettings();
                        services.Configure<JwtSettings>(options =>
                        {
                            options.SecretKey = Environment.GetEnvironmentVariable("JWT_SECRET_KEY") ?? "your-super-secret-key-with-at-least-32-characters"; // expect: none
                            options.Issuer = Environment.GetEnvironmentVariable("JWT_ISSUER") ?? "plantastic"; // expect: none
                            options.Audience = Environment.GetEnvironmentVariable("JWT_AUDIENCE") ?? "plantastic-api"; // expect: none
                            options.AccessTokenExpirationMinutes = int.Parse(Environment.GetEnvironmentVariable("JWT_ACCESS_TOKEN_EXPIRATION_MINUTES") ?? "15"); // expect: none
                            options.RefreshTokenExpirationDays = int.Parse(Environment.GetEnvironmentVariable("JWT_REFRESH_TOKEN_EXPIRATION_DAYS") ?? "7"); // expect: none
                        });

                        services.AddAuthentication(options =>
                        {
                            options.DefaultAuthenticateScheme = JwtBearerDefaults.AuthenticationScheme;
                            options.DefaultChallengeScheme = JwtBearerDefaults.AuthenticationScheme;
                        })
                        .AddJwtBearer(options =>
                        {
                            options.TokenValidationParameters = new TokenValidationParameters
                            {
                                ValidateIssuer = true,
                                ValidateAudience = true,
                                ValidateLifetime = true,
                                ValidateIssuerSigningKey = true,
                                ValidIssuer = jwtSettings.Issuer,
                                ValidAudience = jwtSettings.Audience,
                                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtSettings.SecretKey)),
                                ClockSkew = TimeSpan.Zero
                            };
                        });
                    }
                }
            }
            """, """
            namespace api.Configuration
            {
                public class MongoDBSensorSettings
                {
                    public string ConnectionString { get; set; } = string.Empty;
                    public string DatabaseName { get; set; } = string.Empty;
                    public string CollectionName { get; set; } = string.Empty;
                }

                public class MqttSettings
                {
                    public string Host { get; set; } = string.Empty;
                    public int Port { get; set; }
                    public string Username { get; set; } = string.Empty;
                    public string Password { get; set; } = string.Empty;
                }

                public class JwtSettings
                {
                    public string SecretKey { get; set; } = string.Empty;
                    public string Issuer { get; set; } = string.Empty;
                    public string Audience { get; set; } = string.Empty;
                    public int AccessTokenExpirationMinutes { get; set; }
                    public int RefreshTokenExpirationDays { get; set; }
                }
            }
            """);

    // 5. A SharedConstants Constants.cs (owner not named by the index): the shared constants of an Event Hubs sender and
    //    receiver, a namespace connection string with its SharedAccessKey and the checkpoint store's Storage connection
    //    string with its AccountKey, in plain static fields: key material in a connection string (IOT1003, each). Both keys
    //    replaced by invented base64 keys of the same lengths; the hub's name and the consumer group are look-alikes.
    [Fact]
    public Task RT97_event_hubs_shared_constants_class() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;

            namespace SharedConstants
            {
                public class Constants
                {
                    public static string CONNECTION_STR = "Endpoint=sb://gsphub1.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Qm7Tz2kVbP9xLr4Wc8NjYs1Hd6Fa3Ge5Ku0Io2Pt7Rw="; // expect: IOT1003
                    public static string HUB_NAME = "testhub1"; // expect: none
                    public static string CONSUMER_GROUP = "$Default"; // expect: none
                    public static string STORAGE_ACCOUNT = "DefaultEndpointsProtocol=https;AccountName=gsqueuetest1;AccountKey=Zx4Cv7Bn2Mq9Lw3Ke8Rt1Yu6Ip0Oa5Sd2Fg7Hj4Kl9Zx3Cv8Bn1Mq6Lw0Ke5Rt2Yu7Ip4Oa9Sd3Fg6Hj1Kl8Tb2Nc5Vd0Q==;EndpointSuffix=core.windows.net"; // expect: IOT1003
                }
            }
            """);

    // 6. An MQTT.Client Program.cs (owner not named by the index): a tutorial device "iot-device-1" that connects with
    //    MQTTnet through a connection URI and a last will. Its password "my-pass-word" is spelled only of template words
    //    ("my" before words, IOT1006 names "mypassword"): a placeholder at WithCredentials (IOT1006). The user name, the
    //    URI, the topics and the payloads are look-alikes. Adapted: the stubs' two builders made unambiguous by a using
    //    alias, as in test 3.
    [Fact]
    public Task RT97_mqtt_client_last_will_template_password() =>
        ExpectComments.AssertAsync(new[] { MqttNetClientStub }, """
            using MQTTnet;
            using MQTTnet.Client;
            using MQTTnet.Protocol;
            using System;
            using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

            namespace MQTT.Client
            {
                internal class Program
                {
                    static void Main(string[] args)
                    {
                        Console.WriteLine("[Client] Start");
                        var factory = new MqttFactory();
                        var builder = new MqttClientOptionsBuilder();

                        builder.WithConnectionUri("mqtt://localhost:1883"); // expect: none
                        builder.WithClientId("iot-device-1"); // expect: none
                        builder.WithCredentials("my-user-name", "my-pass-word"); // expect: IOT1006
                        builder.WithWillTopic("iot-device-1/outbound/state"); // expect: none
                        builder.WithWillPayload("offline"); // expect: none
                        builder.WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce);
                        builder.WithWillRetain(true);

                        var options = builder.Build();
                        var client = factory.CreateMqttClient();

                        client.ConnectedAsync += async e =>
                        {
                            await client.SubscribeAsync("iot-device-1/inbound/#", MqttQualityOfServiceLevel.AtLeastOnce); // expect: none
                            await client.PublishStringAsync("iot-device-1/outbound/state", "online", MqttQualityOfServiceLevel.AtLeastOnce, true);

                            Console.WriteLine("[Client] Connected");
                        };
                        client.DisconnectedAsync += async e =>
                        {
                            Console.WriteLine("[Client] Disconnected");
                        };
                        client.ApplicationMessageReceivedAsync += async e =>
                        {
                            var topic = e.ApplicationMessage.Topic;
                            var payload = e.ApplicationMessage.ConvertPayloadToString();
                            Console.WriteLine($"[Client] Application message recieved:{topic}, {payload}");
                            await client.PublishStringAsync("iot-device-1/outbound/response", "ok"); // expect: none
                        };
                        client.ConnectAsync(options);
                        Console.ReadLine();

                        client.PublishStringAsync("iot-device-1/outbound/state", "offline", MqttQualityOfServiceLevel.AtLeastOnce, true);
                        client.DisconnectAsync();

                        Console.WriteLine("[Client] End");
                    }
                }
            }
            """);

    // 7. A KMK Unified Namespace worker (owner not named by the index): a steel plant's service that reads material
    //    certificates from SQL and publishes them to the UNS broker, signing in with a written user and password in a
    //    WithCredentials(...).WithConnectionUri(...) chain (IOT1001). "WhyQu@l1ty2023" replaced by an invented password of
    //    the same shape; the account name, the broker URI and the topic are look-alikes. Adapted: the SQL reading, the
    //    commented-out second publisher and the long data class trimmed; the stubs' builders disambiguated by an alias.
    [Fact]
    public Task RT97_unified_namespace_material_cert_publisher() =>
        ExpectComments.AssertAsync(new[] { MqttNetClientStub }, """
            using System;
            using System.Collections.Generic;
            using System.Text.Json;
            using System.Threading;
            using System.Threading.Tasks;
            using MQTTnet;
            using MQTTnet.Client;
            using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

            namespace MaterialCertWorker
            {
                public class Worker
                {
                    public class Process
                    {
                        public static async Task FirstProcess(string topic, List<data> data)
                        {
                            var mqttFactory = new MqttFactory();

                            var mensaje = DateTime.UtcNow;
                            json js = new json();
                            js.Timestamp = mensaje.ToString("s"); // expect: none
                            js.MaterialP = data;

                            using (var mqttClient = mqttFactory.CreateMqttClient())
                            {
                                var mqttClientOptions = new MqttClientOptionsBuilder()
                                    .WithCredentials("kmk_863_MaterialCert", "CoilGr@d3s2024").WithConnectionUri("mqtt://kmkuns01srv:1883") // expect: IOT1001
                                    .Build();

                                await mqttClient.ConnectAsync(mqttClientOptions, CancellationToken.None);

                                var applicationMessage = new MqttApplicationMessageBuilder()
                                    .WithTopic(topic)
                                    .WithPayload(JsonSerializer.Serialize(js))
                                    .Build();

                                await mqttClient.PublishAsync(applicationMessage, CancellationToken.None);

                                Console.WriteLine("MQTT application message is published to the UNS."); // expect: none
                            }
                        }

                        public static Task Run() => FirstProcess("m/kml/receiving/materialcert", new List<data>()); // expect: none
                    }
                }
                public class json
                {
                    public string? Timestamp { get; set; }
                    public List<data> MaterialP { get; set; } = new();
                }
                public class data
                {
                    public string matnr { get; set; } = "";
                    public string coiln { get; set; } = "";
                    public decimal yield_strength { get; set; }
                    public string yield_strength_uom { get; set; } = "";
                    public string UID { get; set; } = "";
                }
            }
            """);

    // 8. dotnet/MQTTnet, Tests/MQTTnet.Core.Tests/Clients/MqttClientOptionsBuilder_Tests.cs (v4 layout): the library's own
    //    unit test that a connection URI's user information becomes the credentials. "password" in the URI's user
    //    information at WithConnectionUri is a listed default (IOT1002). The assertion that the parsed password equals
    //    "password" checks the parser, not a login: no comparison a device authenticates with (labelled none). Adapted:
    //    `options.Credentials` read through a stub extension (the shared stub's MqttClientOptions has no Credentials).
    [Fact]
    public Task RT97_mqttnet_unit_test_connection_uri_user_information() =>
        ExpectComments.AssertAsync(new[] { MsTestStub }, """
            using System.Linq;
            using System.Text;
            using Microsoft.VisualStudio.TestTools.UnitTesting;
            using MQTTnet.Client;

            namespace MQTTnet.Tests.Clients
            {
                [TestClass]
                public sealed class MqttClientOptionsBuilder_Tests
                {
                    [TestMethod]
                    public void WithConnectionUri_Credential_Test()
                    {
                        var options = new MqttClientOptionsBuilder()
                            .WithConnectionUri("mqtt://user:password@127.0.0.1") // expect: IOT1002
                            .Build();

                        Assert.AreEqual("user", options.GetCredentials().GetUserName(null!)); // expect: none
                        Assert.IsTrue(Encoding.UTF8.GetBytes("password").SequenceEqual(options.GetCredentials().GetPassword(null!))); // expect: none
                    }
                }
            }
            """);

    // 9. GoldFireGames/iot-project, DeviceSdkDemo.Console/DeviceSdkDemo.Console/Program.cs: a top-level device program
    //    with its IoT Hub device connection string (a SharedAccessKey: IOT1003) given to
    //    DeviceClient.CreateFromConnectionString. The key replaced by an invented base64 key of the same length; the hub's
    //    name and the device id are look-alikes. Adapted: the VirutalDevice type given as a stand-in in a second file;
    //    `using var deviceClient` written `var deviceClient` (the stub's DeviceClient is not IDisposable).
    [Fact]
    public Task RT97_device_sdk_demo_top_level_connection_string() =>
        ExpectComments.AssertExecutableAsync(new[] { AzureDeviceExtrasStub }, """
            using DeviceSdkDemo.Device;
            using Microsoft.Azure.Devices.Client;

            string deviceConnectionString = "HostName=name-test-ul.azure-devices.net;DeviceId=test;SharedAccessKey=Hs8Wd2Kq5Zm7Tn1Yc4Vb9Lp3Rx6Fg0Ja2Qe8Uo5Ni7Mk="; // expect: IOT1003

            var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Mqtt);
            await deviceClient.OpenAsync();
            var device = new VirutalDevice(deviceClient);
            System.Console.WriteLine("Connection success"); // expect: none
            System.Console.ReadLine();
            """, """
            namespace DeviceSdkDemo.Device
            {
                public class VirutalDevice
                {
                    public VirutalDevice(Microsoft.Azure.Devices.Client.DeviceClient client) { }
                }
            }
            """);

    // 10. inc00gnito/SolarFlex-Old, src/SolarFlex/IoTHubTriggerer/Program.cs: a solar installation's test device that
    //     makes its own IoT Hub SAS token: the device key is a top-level local (`deviceKey`) handed to a local function's
    //     bare `key` parameter, decoded with Convert.FromBase64String into new HMACSHA256(...). IOT1003 follows key text
    //     through the team's helper only when the helper's parameter names which key it is ("not a bare key"), so by the
    //     rules the written key is a secret-named symbol reaching no followed sink: IOT1004. The key replaced by an
    //     invented base64 key of the same length; the device id and the hub's host are look-alikes. Adapted:
    //     TransportType.Amqp_WebSocket_Only written as the stub's TransportType.Amqp; implicit usings written out.
    [Fact]
    public Task RT97_solar_iot_hub_sas_token_built_in_code() =>
        ExpectComments.AssertExecutableAsync(new[] { AzureDeviceExtrasStub }, """
            // See https://aka.ms/new-console-template for more information
            using System;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            using Newtonsoft.Json;
            using System.Globalization;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;


            static async Task SendEvent(DeviceClient deviceClient)
            {

                var dataBuffer = JsonConvert.SerializeObject(
                    new
                    {
                        Wind = 10,
                        Humidity = 70,
                        Precipitation = 0
                    });
                var eventMessage = new Message(Encoding.UTF8.GetBytes(dataBuffer));
                // Add  key value to each message for routing.
                // key use for controller name, value for function to invoke 
                eventMessage.Properties.Add("Temp", "AddAsync"); // expect: none

                await deviceClient.SendEventAsync(eventMessage);


            }
            static string GenerateSasToken(string resourceUri, string key, string? policyName = null, int expiryInSeconds = 3600)
            {
                TimeSpan fromEpochStart = DateTime.UtcNow - new DateTime(1970, 1, 1);
                string expiry = Convert.ToString((int)fromEpochStart.TotalSeconds + expiryInSeconds);

                string stringToSign = WebUtility.UrlEncode(resourceUri) + "\n" + expiry;

                HMACSHA256 hmac = new HMACSHA256(Convert.FromBase64String(key));
                string signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));

                string token = String.Format(CultureInfo.InvariantCulture, "SharedAccessSignature sr={0}&sig={1}&se={2}", WebUtility.UrlEncode(resourceUri), WebUtility.UrlEncode(signature), expiry); // expect: none

                if (!String.IsNullOrEmpty(policyName))
                {
                    token += "&skn=" + policyName; // expect: none
                }

                return token;
            }


            string deviceId = "testBuilding"; // expect: none
            string deviceKey = "Wq3Re7Ty1Ui5Op9As2Df6Gh0Jk4Lz8Xc3Vb7Nm1Qw5E="; // expect: IOT1004
            string hostname = $"SolarFlex-IotHub.azure-devices.net"; // expect: none
            string endpoint = $"{hostname}/devices/{deviceId}";
            var token = GenerateSasToken(endpoint, deviceKey);
            var conn = $"HostName={hostname};CredentialType=SharedAccessSignature;DeviceId={deviceId};SharedAccessSignature={token}"; // expect: none
            var deviceClient = DeviceClient.CreateFromConnectionString(conn, TransportType.Amqp);
            SendEvent(deviceClient).ConfigureAwait(false).GetAwaiter().GetResult();
            """);

    // 11. avisiboni/IoT-Listener, IoTDevice/Program.cs: the same SAS-token device as test 10 in a class, its id, key and
    //     host left as templates ("YOUR-DEVICE PK OR SK"). The key reaches HMACSHA256 only through the helper's bare `key`
    //     parameter, which the rules do not follow: a placeholder in a symbol that never reaches a sink is no finding.
    //     Hard negatives only. Adapted: TransportType as in test 10.
    [Fact]
    public Task RT97_iot_listener_sas_token_device_template_values() =>
        ExpectComments.AssertAsync(new[] { AzureDeviceExtrasStub }, """
            using Microsoft.Azure.Devices.Client;
            using Newtonsoft.Json;
            using System;
            using System.Globalization;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;

            namespace IoTDevice
            {
                class Program
                {
                    static void Main(string[] args)
                    {
                        string deviceId = "YOUR-DEVICE-ID".ToLower(); // expect: none
                        string deviceKey = "YOUR-DEVICE PK OR SK"; // expect: none
                        string hostname = $"YOUR-ENDPOINT-NAMESPACE.azure-devices.net"; // expect: none
                        string endpoint = $"{hostname}/devices/{deviceId}";
                        var token = GenerateSasToken(endpoint, deviceKey);
                        var conn = $"HostName={hostname};CredentialType=SharedAccessSignature;DeviceId={deviceId};SharedAccessSignature={token}"; // expect: none
                        var deviceClient = DeviceClient.CreateFromConnectionString(conn, TransportType.Amqp);
                        SendEvent(deviceClient).ConfigureAwait(false).GetAwaiter().GetResult();
                    }


                    static async Task SendEvent(DeviceClient deviceClient)
                    {

                        var dataBuffer = JsonConvert.SerializeObject(
                            new
                            {
                                Wind = 10,
                                Humidity = 70,
                                Precipitation = 0
                            });
                        var eventMessage = new Message(Encoding.UTF8.GetBytes(dataBuffer));
                        eventMessage.Properties.Add("Temp", "AddAsync"); // expect: none

                        await deviceClient.SendEventAsync(eventMessage);


                    }
                    public static string GenerateSasToken(string resourceUri, string key, string? policyName = null, int expiryInSeconds = 3600)
                    {
                        TimeSpan fromEpochStart = DateTime.UtcNow - new DateTime(1970, 1, 1);
                        string expiry = Convert.ToString((int)fromEpochStart.TotalSeconds + expiryInSeconds);

                        string stringToSign = WebUtility.UrlEncode(resourceUri) + "\n" + expiry;

                        HMACSHA256 hmac = new HMACSHA256(Convert.FromBase64String(key));
                        string signature = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(stringToSign)));

                        string token = String.Format(CultureInfo.InvariantCulture, "SharedAccessSignature sr={0}&sig={1}&se={2}", WebUtility.UrlEncode(resourceUri), WebUtility.UrlEncode(signature), expiry); // expect: none

                        if (!String.IsNullOrEmpty(policyName))
                        {
                            token += "&skn=" + policyName;
                        }

                        return token;
                    }
                }
            }
            """);

    // 12. The SmartHome2 Services/AppSettings.cs (owner not named by the index): a MAUI smart-home app's settings over
    //     Preferences, with the preference keys held in constants named for them (MqttPasswordKey = "mqtt_password": a
    //     configuration key) and written defaults (a "guest" user name, an empty password, a role compared with "admin").
    //     Hard negatives only. Adapted: the Language setter's resource refresh trimmed; Preferences given as a stub.
    [Fact]
    public Task RT97_smart_home_maui_preference_keys_and_defaults() =>
        ExpectComments.AssertAsync(new[] { MauiPreferencesStub }, """
            using System;
            using Microsoft.Maui.Storage;

            namespace SmartHome2.Services
            {
                public static class AppSettings
                {
                    public const string BaseUrlKey = "base_url"; // expect: none
                    public const string RefreshIntervalKey = "refresh_interval";
                    public const string MqttBrokerKey = "mqtt_broker"; // expect: none
                    public const string MqttPortKey = "mqtt_port";
                    public const string MqttUseTlsKey = "mqtt_use_tls";
                    public const string MqttUsernameKey = "mqtt_username"; // expect: none
                    public const string MqttPasswordKey = "mqtt_password"; // expect: none
                    public const string CurrentUserRoleKey = "current_user_role";
                    public const string MqttUseClientCertsKey = "mqtt_use_client_certs";
                    public const string LanguageKey = "language";

                    public static string BaseUrl
                    {
                        get => Preferences.Get(BaseUrlKey, "http://127.0.0.1:8000/"); // expect: none
                        set => Preferences.Set(BaseUrlKey, value);
                    }

                    public static int RefreshInterval
                    {
                        get => Preferences.Get(RefreshIntervalKey, 5);
                        set => Preferences.Set(RefreshIntervalKey, value);
                    }

                    public static string MqttBroker
                    {
                        get => Preferences.Get(MqttBrokerKey, "127.0.0.1"); // expect: none
                        set => Preferences.Set(MqttBrokerKey, value);
                    }

                    public static int MqttPort
                    {
                        get => Preferences.Get(MqttPortKey, 8883); // default TLS port
                        set => Preferences.Set(MqttPortKey, value);
                    }

                    public static bool MqttUseTls
                    {
                        get => Preferences.Get(MqttUseTlsKey, true);
                        set => Preferences.Set(MqttUseTlsKey, value);
                    }

                    public static bool MqttUseClientCerts
                    {
                        get => Preferences.Get(MqttUseClientCertsKey, true);
                        set => Preferences.Set(MqttUseClientCertsKey, value);
                    }

                    public static string MqttUsername
                    {
                        get => Preferences.Get(MqttUsernameKey, "guest"); // expect: none
                        set => Preferences.Set(MqttUsernameKey, value);
                    }

                    public static string MqttPassword
                    {
                        get => Preferences.Get(MqttPasswordKey, ""); // expect: none
                        set => Preferences.Set(MqttPasswordKey, value);
                    }

                    public static string CurrentUserRole
                    {
                        get => Preferences.Get(CurrentUserRoleKey, "guest"); // expect: none
                        set => Preferences.Set(CurrentUserRoleKey, value);
                    }

                    public static string Language
                    {
                        get => Preferences.Get(LanguageKey, "en");
                        set => Preferences.Set(LanguageKey, value);
                    }

                    public static bool IsAdmin => CurrentUserRole.Equals("admin", StringComparison.OrdinalIgnoreCase); // expect: none
                    public static bool IsGuest => CurrentUserRole.Equals("guest", StringComparison.OrdinalIgnoreCase); // expect: none
                }
            }
            """);

    // 13. Azure-Samples/azure-iot-samples-csharp, iot-hub/Quickstarts/SimulatedDevice/Parameters.cs: a CommandLineParser
    //     options class whose connection string defaults to an environment variable, its help text naming where the
    //     key is found. Hard negatives only.
    [Fact]
    public Task RT97_iot_hub_quickstart_command_line_parameters() =>
        ExpectComments.AssertAsync(new[] { CommandLineParserStub }, """
            // Copyright (c) Microsoft. All rights reserved.
            // Licensed under the MIT license. See LICENSE file in the project root for full license information.

            using System;
            using CommandLine;

            namespace SimulatedDevice
            {
                /// <summary>
                /// Command line parameters for the InvokeDeviceMethod sample
                /// </summary>
                internal class Parameters
                {
                    [Option(
                       'c',
                       "HubConnectionString", // expect: none
                       HelpText = "The IoT hub connection string. This is available under the \"Shared access policies\" in the Azure portal." + // expect: none
                       "\nDefaults to value of environment variable IOTHUB_CONNECTION_STRING.")] // expect: none
                    public string? HubConnectionString { get; set; } = Environment.GetEnvironmentVariable("IOTHUB_CONNECTION_STRING"); // expect: none
                }
            }
            """);

    // 14. A ConsoleHikvision Program.cs (owner not named by the index): a CommandLineParser tool that logs in to a
    //     Hikvision camera through the vendor's HCNetSDK (P/Invoke declarations in the project's CHCNetSDK class) and
    //     captures a JPEG. The camera's password is written four times: as the `--p` option's Default on the
    //     password-named option property, in the usage Example's object initializer, as the Login helper's default for its
    //     password parameter, and in place in NET_DVR_Login_V30(ip, port, "admin", "...") (the helper ignores its own
    //     parameters). Labels: the SDK login's `sPassword` is a vendor library's credential parameter (the native
    //     HCNetSDK.dll, declared by DllImport): IOT1001 there; the other three reach no sink and sit under secret names (an
    //     option property's declared default, a property set in an initializer, a password parameter's default): IOT1004
    //     ("a secret-named symbol holding written text that never reached a known sink"). "haikang123" replaced by an
    //     invented password of the same shape (it is no published Hikvision default); "admin", the address, the port and
    //     the file names are look-alikes. Adapted: the logout and capture bodies trimmed; CHCNetSDK given its real
    //     signatures for the calls kept, in a second file.
    //     At first run three classes were missed (only the object initializer's Password = "..." was found). Fixed: a
    //     credential given to a vendor's native SDK through a P/Invoke declaration in the project's own source
    //     ([DllImport("HCNetSDK.dll")] static extern ... sPassword) reaches the vendor's library (line 93, IOT1001;
    //     NativeSdkFunctionTests). Still open, in the skip reason: the option default and the parameter default.
    [Fact(Skip = "Open (red team 97): a secret-named parameter's default value that reaches no sink (Login(..., string password = \"...\")) is not reported (line 89, no IOT1004). The command-line option's declared default ([Option(..., Default = \"...\")], line 36) is read since this session (DeclaredDefaultTests)")]
    public Task RT97_hikvision_capture_cli_option_default_password() =>
        ExpectComments.AssertAsync(new[] { CommandLineParserStub }, """
            using CommandLine;
            using CommandLine.Text;
            using System;
            using System.Collections.Generic;
            using System.Diagnostics;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;

            namespace ConsoleHikvision
            {
                class Program
                {
                    private static uint iLastErr = 0;
                    private static Int32 m_lUserID = -1;
                    private static bool m_bInitSDK = false;


                    [Verb("capture", HelpText = "capture photo to a jpeg file.")]
                    class CaptureOptions
                    {

                        // Omitting long name, defaults to name of property, ie "--verbose"
                        [Option('i',Default = "192.168.3.64",Required =true, HelpText = "The IP of camera.")] // expect: none
                        public string IP { get; set; } = "";

                        [Option("port", Default = 8000,  HelpText = "The port of camera.")]
                        public int Port { get; set; }

                        [Option('o',Default = "capture.jpg",  HelpText = "The output jpeg file path.")] // expect: none
                        public string OutFile { get; set; } = "";

                        [Option('u',Default = "admin", HelpText = "The user name for login camera.")] // expect: none
                        public string UserName { get; set; } = "";

                        [Option('p',Default = "tianmen472", HelpText = "The password for login camera..")] // expect: IOT1004
                        public string Password { get; set; } = "";

                        [Usage(ApplicationAlias = "hikvision")]
                        public static IEnumerable<Example> Examples
                        {
                            get
                            {
                                yield return new Example("Simple", UnParserSettings.WithGroupSwitchesOnly(), new CaptureOptions { IP = "192.168.3.64"});
                                yield return new Example("Full", UnParserSettings.WithGroupSwitchesOnly(), new CaptureOptions { IP = "192.168.3.64", Port=8000, OutFile = "c:\\capture\\capture.jpg", UserName="admin",Password= "tianmen472" }); // expect: IOT1004
                            }
                        }

                    }

                    static int Main(string[] args)
                    {
                       return CommandLine.Parser.Default.ParseArguments<CaptureOptions>(args)
                            .MapResult(
                                options => RunOptionsAndReturnExitCode(options),
                                _ => 1);
                    }

                    static int RunOptionsAndReturnExitCode(CaptureOptions options)
                    {
                        InitCamera();
                        Login(options.IP,options.Port,options.UserName,options.Password);
                        CleanUpCamera();
                        return (int)iLastErr;
                    }

                    static void InitCamera()
                    {
                        m_bInitSDK = CHCNetSDK.NET_DVR_Init();
                        if (m_bInitSDK == false)
                        {
                            Debug.WriteLine("NET_DVR_Init error!");
                            return;
                        }
                        else
                        {
                            //保存SDK日志 To save the SDK log
                            CHCNetSDK.NET_DVR_SetLogToFile(3, "C:\\SdkLog\\", true); // expect: none
                        }
                    }

                    static void CleanUpCamera()
                    {
                        CHCNetSDK.NET_DVR_Cleanup();
                    }



                    static private void Login(string ip="192.168.3.64",int port=8000,string username="admin",string password= "tianmen472") // expect: IOT1004
                    {
                        CHCNetSDK.NET_DVR_DEVICEINFO_V30 DeviceInfo = new CHCNetSDK.NET_DVR_DEVICEINFO_V30();
                        //登录设备 Login the device
                        m_lUserID = CHCNetSDK.NET_DVR_Login_V30(ip, port, "admin", "tianmen472", ref DeviceInfo); // expect: IOT1001
                        if (m_lUserID < 0)
                        {
                            iLastErr = CHCNetSDK.NET_DVR_GetLastError();
                            string str = "NET_DVR_Login_V30 failed, error code= " + iLastErr; //登录失败，输出错误号
                            Console.WriteLine(str);
                            Console.WriteLine("Login HK device fail:" + " ip:" + ip); // expect: none
                            return;
                        }
                        else
                        {
                            //登录成功
                            Debug.WriteLine("Login Success!"); // expect: none
                        }
                    }
                }
            }
            """, """
            using System;
            using System.Runtime.InteropServices;

            namespace ConsoleHikvision
            {
                public class CHCNetSDK
                {
                    [StructLayout(LayoutKind.Sequential)]
                    public struct NET_DVR_DEVICEINFO_V30
                    {
                        public byte byChanNum;
                        public byte byStartChan;
                    }

                    [DllImport(@"HCNetSDK.dll")]
                    public static extern bool NET_DVR_Init();

                    [DllImport(@"HCNetSDK.dll")]
                    public static extern bool NET_DVR_Cleanup();

                    [DllImport(@"HCNetSDK.dll")]
                    public static extern bool NET_DVR_SetLogToFile(int bLogEnable, string strLogDir, bool bAutoDel);

                    [DllImport(@"HCNetSDK.dll")]
                    public static extern uint NET_DVR_GetLastError();

                    [DllImport(@"HCNetSDK.dll")]
                    public static extern Int32 NET_DVR_Login_V30(string sDVRIP, Int32 wDVRPort, string sUserName, string sPassword, ref NET_DVR_DEVICEINFO_V30 lpDeviceInfo);
                }
            }
            """);

    // 15. A configmaker Form1.cs (owner not named by the index): a WinForms tool that generates the provisioning web page of
    //     an ESP weather station from a jagged table of form fields (data, label, category, placeholder, value, type):
    //     secret-named field ids ("wifi_pass", "mqtt_password", "hotspot_pass") beside labels, placeholders ("PASS",
    //     "Mosquitto Passowrd", "pass") and the HTML input type "password" (a listed default's text, but an input type, in
    //     a table named for parameters). No credential in the code: hard negatives only. Adapted: the YAML generator and
    //     the form's event handlers trimmed; the HTML head shortened to its first line; the designer half given as a
    //     stand-in field.
    [Fact]
    public Task RT97_weather_station_config_page_field_table() =>
        ExpectComments.AssertAsync(new[] { WinFormsRichTextStub }, """
            using System;
            using System.Windows.Forms;

            namespace configmaker
            {
                public partial class Form1 : Form
                {
                    private RichTextBox richTextBox2 = new RichTextBox();

                    public Form1()
                    {
                        makeHTML();
                    }

                    void makeHTML()
                    {
                        string[][] parametri = new string[][] {
                            //data, label, category, placeholder, value, type
                            new string[] { "wifi_ssid", "WiFi SSID:", "0", "SSID", "", "text"}, // expect: none
                            new string[] { "wifi_pass", "WiFi Password:", "0", "PASS", "", "password"}, // expect: none
                            new string[] { "mqtt_server", "MQTT Server:", "0", "Mosquitto IP", "", "text"}, // expect: none
                            new string[] { "mqtt_port", "MQTT Port:", "0", "1883", "", "number"},
                            new string[] { "mqtt_user", "MQTT Username:", "0", "Mosquitto Username", "", "text"}, // expect: none
                            new string[] { "mqtt_password", "MQTT Password", "0", "Mosquitto Passowrd", "", "password"}, // expect: none
                            new string[] { "mqtt_messageRoot", "MQTT Message Root (\"msgroot\" + \"/sensor/data\"):", "0", "ws123", "", "text"}, // expect: none
                            new string[] { "BMP280_toggle", "BMP280", "1", "BMP280", "", "checkbox"},
                            new string[] { "SHT31_toggle","SHT31","1", "", "", "checkbox"},
                            new string[] { "mdns_hostname", "mDNS hostname (without .local):", "2", "mdns", "", "text"},
                            new string[] { "hotspot_ssid", "Hotspot SSID:", "2", "ssid", "", "text"}, // expect: none
                            new string[] { "hotspot_pass", "Hotspot Password:", "2", "pass", "", "password"}, // expect: none
                            new string[] { "lowPowerMode_toggle", "Low Power Mode (toggle / refresh|ON Time)", "3", "", "", "checkbox"},
                            new string[] { "refreshTime","", "3", "30", "", "number" }
                        };
                        // <html> <head> <style></style> <script defer>
                        string output = "<!DOCTYPE html>\r\n<html>\r\n\r\n<head>\r\n  <title>Weatherstation</title>\r\n  <script defer>";

                        output += "\r\n    function sendData() {\r\n      // Get form values\n      ";

                        // Get form values
                        foreach (string[] a in parametri)
                            output += "const " + a[0] + " = document.getElementById(\"" + a[0] + "\").value;\r\n      ";

                        // Create data object
                        output += "\r\n      const data = {";
                        foreach (string[] a in parametri)
                            output += a[0] + ",";
                        output = output.TrimEnd(',');
                        output += "};\r\n";

                        foreach (string[] a in parametri)
                        {
                            if (a[2] == "0")
                            {
                                output += "      <label for=\"" + a[0] + "\">" + a[1] + "</label>\r\n      <input type=\"" + a[5] + "\" placeholder=\"" + a[3] + "\" required name=\"" + a[0] + "\"  id=\"" + a[0] + "\" value=\"" + a[4] + "\"><br>\r\n"; // expect: none
                            }
                        }

                        richTextBox2.Text = output;
                    }
                }
            }
            """);

}
