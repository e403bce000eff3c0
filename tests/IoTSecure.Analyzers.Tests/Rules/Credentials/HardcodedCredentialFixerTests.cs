using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.CodeFixes.Rules.Credentials;
using IoTSecure.Analyzers.Rules.Credentials;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyFix = IoTSecure.Analyzers.Tests.Infrastructure.Verify<
    IoTSecure.Analyzers.Tests.Infrastructure.HardcodedCredentialRule,
    IoTSecure.Analyzers.CodeFixes.Rules.Credentials.HardcodedCredentialFixer>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class HardcodedCredentialFixerTests
{
    private static DiagnosticResult Finding(int location) =>
        new DiagnosticResult(Descriptors.HardcodedCredential).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations | DiagnosticOptions.IgnoreSeverity).WithMessage(null);

    private static (string, string)[] WithStubs(params (string Name, string Source)[] files) =>
        files.Concat(Stubs.All.Select((s, i) => ($"/0/Stub{i}.cs", s))).ToArray();

    [Fact]
    public Task Literal_at_the_sink_becomes_an_environment_read_named_after_the_sink() =>
        VerifyFix.FixAsync(
            WithStubs(("/0/Program.cs", """
                using System;
                using System.Net;
                class Device
                {
                    NetworkCredential Credential() => new NetworkCredential("device", {|#0:"Tr0ub4dor&3"|});
                }
                """)),
            WithStubs(("/0/Program.cs", """
                using System;
                using System.Net;
                class Device
                {
                    NetworkCredential Credential() => new NetworkCredential("device", Environment.GetEnvironmentVariable("NETWORK_CREDENTIAL_PASSWORD") ?? throw new InvalidOperationException("Set the NETWORK_CREDENTIAL_PASSWORD environment variable."));
                }
                """)),
            new[] { Finding(0).WithArguments("password", "reaches 'new NetworkCredential(...)' parameter 'password'", "") });

    [Fact]
    public Task Const_in_another_file_becomes_static_readonly_and_Fix_All_moves_each_secret_once() =>
        VerifyFix.FixAsync(
            WithStubs(
                ("/0/Program.cs", """
                    using nanoFramework.Networking;
                    using uPLibrary.Networking.M2Mqtt;
                    class Program
                    {
                        static void Main()
                        {
                            WifiNetworkHelper.ConnectDhcp(Secrets.Ssid, {|#0:Secrets.WifiPassword|});
                            WifiNetworkHelper.ScanAndConnectDhcp(Secrets.Ssid, {|#1:Secrets.WifiPassword|});
                            new MqttClient("broker").Connect("id", "sensor", {|#2:Secrets.MqttPassword|});
                        }
                    }
                    """),
                ("/0/Secrets.cs", """
                    static class Secrets
                    {
                        public const string Ssid = "home-network";
                        public const string WifiPassword = "correct horse battery staple";
                        internal const string MqttPassword = "mqtt-Pa55word!";
                    }
                    """)),
            WithStubs(
                ("/0/Program.cs", """
                    using nanoFramework.Networking;
                    using uPLibrary.Networking.M2Mqtt;
                    class Program
                    {
                        static void Main()
                        {
                            WifiNetworkHelper.ConnectDhcp(Secrets.Ssid, Secrets.WifiPassword);
                            WifiNetworkHelper.ScanAndConnectDhcp(Secrets.Ssid, Secrets.WifiPassword);
                            new MqttClient("broker").Connect("id", "sensor", Secrets.MqttPassword);
                        }
                    }
                    """),
                ("/0/Secrets.cs", """
                    static class Secrets
                    {
                        public const string Ssid = "home-network";
                        public static readonly string WifiPassword = System.Environment.GetEnvironmentVariable("WIFI_PASSWORD") ?? throw new System.InvalidOperationException("Set the WIFI_PASSWORD environment variable.");
                        internal static readonly string MqttPassword = System.Environment.GetEnvironmentVariable("MQTT_PASSWORD") ?? throw new System.InvalidOperationException("Set the MQTT_PASSWORD environment variable.");
                    }
                    """)),
            new[]
            {
                Finding(0).WithArguments("password", "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'", " through 'Secrets.WifiPassword'"),
                Finding(1).WithArguments("password", "reaches 'WifiNetworkHelper.ScanAndConnectDhcp' parameter 'password'", " through 'Secrets.WifiPassword'"),
                Finding(2).WithArguments("password", "reaches 'MqttClient.Connect' parameter 'password'", " through 'Secrets.MqttPassword'"),
            },
            incrementalIterations: 2,
            fixAllIterations: 1);

    [Fact]
    public Task Const_built_from_the_secret_stops_being_const_too() =>
        VerifyFix.FixAsync(
            WithStubs(("/0/Hub.cs", """
                using Microsoft.Azure.Devices.Client;
                class Hub
                {
                    const string Key = "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=";
                    const string ConnectionString = "HostName=contoso.azure-devices.net;DeviceId=d;SharedAccessKey=" + Key;
                    DeviceClient Connect() => DeviceClient.CreateFromConnectionString({|#0:ConnectionString|});
                }
                """)),
            WithStubs(("/0/Hub.cs", """
                using Microsoft.Azure.Devices.Client;
                class Hub
                {
                    static readonly string Key = System.Environment.GetEnvironmentVariable("KEY") ?? throw new System.InvalidOperationException("Set the KEY environment variable.");
                    static readonly string ConnectionString = "HostName=contoso.azure-devices.net;DeviceId=d;SharedAccessKey=" + Key;
                    DeviceClient Connect() => DeviceClient.CreateFromConnectionString(ConnectionString);
                }
                """)),
            new[] { Finding(0).WithArguments("key in a connection string", "reaches 'DeviceClient.CreateFromConnectionString' parameter 'connectionString'", " through 'Hub.ConnectionString'") });

    [Fact]
    public Task Const_local_becomes_a_plain_local() =>
        VerifyFix.FixAsync(
            WithStubs(("/0/Telemetry.cs", """
                using MQTTnet.Client;
                class Telemetry
                {
                    MqttClientOptions Options()
                    {
                        const string brokerPassword = "mqtt-Pa55word!";
                        return new MqttClientOptionsBuilder().WithCredentials("sensor", {|#0:brokerPassword|}).Build();
                    }
                }
                """)),
            WithStubs(("/0/Telemetry.cs", """
                using MQTTnet.Client;
                class Telemetry
                {
                    MqttClientOptions Options()
                    {
                        string brokerPassword = System.Environment.GetEnvironmentVariable("BROKER_PASSWORD") ?? throw new System.InvalidOperationException("Set the BROKER_PASSWORD environment variable.");
                        return new MqttClientOptionsBuilder().WithCredentials("sensor", brokerPassword).Build();
                    }
                }
                """)),
            new[] { Finding(0).WithArguments("password", "reaches 'MqttClientOptionsBuilder.WithCredentials' parameter 'password'", " through 'brokerPassword'") });
}
