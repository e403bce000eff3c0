using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Rules.Credentials;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Credentials.HardcodedCredentialAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class HardcodedCredentialAnalyzerTests
{
    /// <summary>A finding at a marked location; where the secret is written (the additional location) is checked separately.</summary>
    private static DiagnosticResult Finding(int location) =>
        VerifyCS.Diagnostic(Descriptors.HardcodedCredential).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static Task Analyze(string source, params DiagnosticResult[] expected) =>
        VerifyCS.AnalyzerAsync(new[] { source }.Concat(Stubs.All), expected);

    private static Task Analyze(string[] sources, params DiagnosticResult[] expected) =>
        VerifyCS.AnalyzerAsync(sources.Concat(Stubs.All), expected);

    [Fact]
    public Task NetworkCredential_literal_password_is_reported_with_sink_and_parameter() =>
        Analyze("""
            using System.Net;
            class Device
            {
                ICredentials Credentials() => new NetworkCredential("device", {|#0:"Tr0ub4dor&3"|});
            }
            """,
            Finding(0).WithArguments("password", "reaches 'new NetworkCredential(...)' parameter 'password'", ""));

    [Fact]
    public Task Wifi_password_through_const_field_in_another_file() =>
        Analyze(new[]
        {
            """
            using nanoFramework.Networking;
            class Program
            {
                static void Main() => WifiNetworkHelper.ConnectDhcp(Secrets.Ssid, {|#0:Secrets.WifiPassword|});
            }
            """,
            """
            static class Secrets
            {
                public const string Ssid = "home-network";
                public const string WifiPassword = {|#1:"correct horse battery staple"|};
            }
            """,
        },
        VerifyCS.Diagnostic(Descriptors.HardcodedCredential).WithLocation(0).WithLocation(1)
            .WithArguments("password", "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'", " through 'Secrets.WifiPassword'"));

    [Fact]
    public Task M2Mqtt_password_through_static_readonly_field() =>
        Analyze("""
            using uPLibrary.Networking.M2Mqtt;
            class Telemetry
            {
                private static readonly string BrokerPassword = "s3cr3t-broker-pw";
                void Start(MqttClient client) => client.Connect("sensor-7", "sensor", {|#0:BrokerPassword|});
            }
            """,
            Finding(0).WithArguments("password", "reaches 'MqttClient.Connect' parameter 'password'", " through 'Telemetry.BrokerPassword'"));

    [Fact]
    public Task MqttNet_WithCredentials_through_once_assigned_local_and_named_argument() =>
        Analyze("""
            using MQTTnet.Client;
            class Telemetry
            {
                MqttClientOptions Options()
                {
                    var pwd = "mqtt-Pa55word!";
                    return new MqttClientOptionsBuilder()
                        .WithTcpServer("broker.example.com", 8883)
                        .WithCredentials(password: {|#0:pwd|}, username: "sensor")
                        .Build();
                }
            }
            """,
            Finding(0).WithArguments("password", "reaches 'MqttClientOptionsBuilder.WithCredentials' parameter 'password'", " through 'pwd'"));

    [Fact]
    public Task MqttNet_byte_password_from_Encoding_GetBytes() =>
        Analyze("""
            using System.Text;
            using MQTTnet.Client;
            class Telemetry
            {
                MqttClientOptionsBuilder Options(MqttClientOptionsBuilder builder) =>
                    builder.WithCredentials("sensor", {|#0:Encoding.UTF8.GetBytes("mqtt-Pa55word!")|});
            }
            """,
            Finding(0).WithArguments("password", "reaches 'MqttClientOptionsBuilder.WithCredentials' parameter 'password'", ""));

    [Fact]
    public Task Target_typed_new_NetworkCredential() =>
        Analyze("""
            using System.Net;
            class Device
            {
                NetworkCredential Credential() => new("admin-user", {|#0:"gateway-pass-91"|});
            }
            """,
            Finding(0).WithArguments("password", "reaches 'new NetworkCredential(...)' parameter 'password'", ""));

    [Fact]
    public Task NetworkCredential_Password_property_in_object_initializer() =>
        Analyze("""
            using System.Net;
            class Device
            {
                NetworkCredential Credential() => new NetworkCredential { UserName = "u", Password = {|#0:"gateway-pass-91"|} };
            }
            """,
            Finding(0).WithArguments("password", "reaches 'NetworkCredential.Password' parameter 'value'", ""));

    [Fact]
    public Task IoT_Hub_connection_string_with_SharedAccessKey_literal() =>
        Analyze("""
            using Microsoft.Azure.Devices.Client;
            class Hub
            {
                const string ConnectionString = "HostName=contoso.azure-devices.net;DeviceId=sensor-7;SharedAccessKey=dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=";
                DeviceClient Connect() => DeviceClient.CreateFromConnectionString({|#0:ConnectionString|}, TransportType.Mqtt);
            }
            """,
            Finding(0).WithArguments("key in a connection string", "reaches 'DeviceClient.CreateFromConnectionString' parameter 'connectionString'", " through 'Hub.ConnectionString'"));

    [Fact]
    public Task IoT_Hub_connection_string_assembled_from_a_key_constant_in_another_file() =>
        Analyze(new[]
        {
            """
            using Microsoft.Azure.Devices.Client;
            class Hub
            {
                DeviceClient Connect(string host) =>
                    DeviceClient.CreateFromConnectionString({|#0:$"HostName={host};DeviceId=sensor-7;SharedAccessKey={Secrets.DeviceKey}"|});
            }
            """,
            """
            static class Secrets { public static readonly string DeviceKey = "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M="; }
            """,
        },
        Finding(0).WithArguments("key in a connection string", "reaches 'DeviceClient.CreateFromConnectionString' parameter 'connectionString'", " through 'Secrets.DeviceKey'"));

    [Fact]
    public Task Connection_string_built_with_string_Format() =>
        Analyze("""
            using Microsoft.Azure.Devices.Client;
            class Hub
            {
                const string Key = "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=";
                DeviceClient Connect(string host) =>
                    DeviceClient.CreateFromConnectionString({|#0:string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", host, "dev", Key)|});
            }
            """,
            Finding(0).WithArguments("key in a connection string", "reaches 'DeviceClient.CreateFromConnectionString' parameter 'connectionString'", " through 'Hub.Key'"));

    [Fact]
    public Task Hard_negatives_stay_silent() =>
        Analyze("""
            using System;
            using System.Net;
            using nanoFramework.Networking;
            using Microsoft.Azure.Devices.Client;
            using uPLibrary.Networking.M2Mqtt;
            class Device
            {
                const string Empty = "";
                static string Mutable = "";
                void Run(string password, MqttClient client, string hubKey)
                {
                    new NetworkCredential("user", "");                                   // empty
                    new NetworkCredential("user", Empty);                                // empty through a constant
                    new NetworkCredential("user", password);                             // parameter
                    WifiNetworkHelper.ConnectDhcp("ssid", Environment.GetEnvironmentVariable("WIFI_PASSWORD"));
                    WifiNetworkHelper.ConnectDhcp("ssid", "<your-wifi-password>");      // placeholder (IOT1006)
                    WifiNetworkHelper.ConnectDhcp("ssid", "********");                  // mask
                    WifiNetworkHelper.ConnectDhcp("ssid", "Password:");                 // label
                    WifiNetworkHelper.ConnectDhcp("ssid", "MQTT_PASSWORD");             // an environment variable name
                    WifiNetworkHelper.ConnectDhcp("ssid", "Wifi:Password");             // a configuration key
                    var reassigned = "initial-value-1";
                    reassigned = Console.ReadLine();
                    client.Connect("id", "user", reassigned);                           // not once-assigned
                    client.Connect("id", "user", Mutable);
                    DeviceClient.CreateFromConnectionString("HostName=h;DeviceId=d;SharedAccessKey=" + hubKey);
                    DeviceClient.CreateFromConnectionString("HostName=h;DeviceId=d;SharedAccessKey=<device-key>");
                    DeviceClient.CreateFromConnectionString("HostName=h;DeviceId=d;x509=true");
                    client.Connect("id", "user", "s3cr3t" + password);                 // partly runtime: not IOT1001
                }
            }
            """);

    [Fact]
    public Task Unrelated_methods_with_sink_names_are_not_sinks() =>
        Analyze("""
            class MqttClient { public void Connect(string clientId, string username, string password) { } }
            class WifiNetworkHelper { public static void ConnectDhcp(string ssid, string password) { } }
            class Device
            {
                void Run()
                {
                    new MqttClient().Connect("id", "user", "hunter2-not-a-sink");
                    WifiNetworkHelper.ConnectDhcp("ssid", "hunter2-not-a-sink");
                }
            }
            """);

    [Fact]
    public Task Team_sinks_from_options_are_honoured() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                namespace Acme.Radio { public class LoRaGateway { public void Join(string appEui, string appKey) { } } }
                class Device { void Run(Acme.Radio.LoRaGateway g) => g.Join("70B3D57ED0000000", {|#0:"2B7E151628AED2A6ABF7158809CF4F3C"|}); }
                """,
            },
            "iotsecure.credential_sinks = Broken.Spec, Acme.Radio.LoRaGateway.Join(appKey):SymmetricKey",
            Finding(0).WithArguments("symmetric key", "reaches 'LoRaGateway.Join' parameter 'appKey'", ""));

    [Fact]
    public Task Half_typed_code_does_not_throw() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System.Net;
                class Device
                {
                    void Run()
                    {
                        var c = new NetworkCredential("user", {|CS0103:Missing|});
                        const string P = {|CS0103:Undefined|} + "x";
                        new NetworkCredential("user", P{|CS1026:|}{|CS1002:|}
                    }
                }
                """,
            });
}
