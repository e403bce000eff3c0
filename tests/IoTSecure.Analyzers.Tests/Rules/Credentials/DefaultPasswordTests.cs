using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Tests.Infrastructure.DefaultPasswordRule>;
using VerifyFix = IoTSecure.Analyzers.Tests.Infrastructure.Verify<
    IoTSecure.Analyzers.Tests.Infrastructure.DefaultPasswordRule,
    IoTSecure.Analyzers.CodeFixes.Rules.Credentials.DefaultPasswordFixer>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class DefaultPasswordTests
{
    private static DiagnosticResult Finding(int location) =>
        VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

    private static Task Analyze(string source, params DiagnosticResult[] expected) =>
        VerifyCS.AnalyzerAsync(new[] { source }.Concat(Stubs.All), expected);

    [Fact]
    public Task Mirai_and_factory_defaults_at_sinks() =>
        Analyze("""
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            class Device
            {
                const string RootPassword = "xc3511";
                void Run(MqttClient client)
                {
                    client.Connect("id", "admin", {|#0:"admin"|});
                    client.Connect("id", "root", {|#1:RootPassword|});
                    WifiNetworkHelper.ConnectDhcp("ssid", {|#2:"12345678"|});
                    new System.Net.NetworkCredential("pi", {|#3:"raspberry"|});
                    new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", {|#4:"YWRtaW46YWRtaW4="|});
                    new MQTTnet.Client.MqttClientOptionsBuilder().WithCredentials("ubnt", {|#5:"ubnt"|});
                }
            }
            """,
            Finding(0).WithArguments("password", "reaches 'MqttClient.Connect' parameter 'password'", ""),
            Finding(1).WithArguments("password", "reaches 'MqttClient.Connect' parameter 'password'", " through 'Device.RootPassword'"),
            Finding(2).WithArguments("password", "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'", ""),
            Finding(3).WithArguments("password", "reaches 'new NetworkCredential(...)' parameter 'password'", ""),
            Finding(4).WithArguments("API key or token", "reaches 'new AuthenticationHeaderValue(...)' parameter 'parameter'", ""),
            Finding(5).WithArguments("password", "reaches 'MqttClientOptionsBuilder.WithCredentials' parameter 'password'", ""));

    [Fact]
    public Task Default_password_as_the_expected_side_of_a_comparison() =>
        Analyze("""
            using System;
            using System.Threading.Tasks;
            using MQTTnet.Server;
            class Broker
            {
                const string AdminPassword = "admin";
                Task Validate(ValidatingConnectionEventArgs e)
                {
                    if (e.Password != {|#0:"1234"|}) e.ReasonCode = 134;
                    if (string.Equals({|#1:AdminPassword|}, e.Password, StringComparison.Ordinal)) e.ReasonCode = 0;
                    return Task.CompletedTask;
                }
                bool Login(string user, string password) => user == "admin" && password.Equals({|#2:"default"|});
            }
            """,
            Finding(0).WithArguments("password", "is compared with the received credential 'ValidatingConnectionEventArgs.Password'", ""),
            Finding(1).WithArguments("password", "is compared with the received credential 'ValidatingConnectionEventArgs.Password'", " through 'Broker.AdminPassword'"),
            Finding(2).WithArguments("password", "is compared with the received credential 'password'", ""));

    [Fact]
    public Task Non_defaults_user_names_and_hash_comparisons_are_not_IOT1002() =>
        Analyze("""
            using System.Security.Cryptography;
            using uPLibrary.Networking.M2Mqtt;
            class Device
            {
                static readonly byte[] PasswordHash = System.Convert.FromBase64String("n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=");
                void Run(MqttClient client, string password, byte[] received)
                {
                    client.Connect("id", "admin", "admin2024!x");            // IOT1001, not a listed default
                    client.Connect("admin", "user", password);               // user names are not judged
                    var ok = CryptographicOperations.FixedTimeEquals(received, PasswordHash);
                    if (password == "") { }
                }
            }
            """);

    [Fact]
    public Task Fix_moves_the_default_password_to_configuration_when_an_IConfiguration_is_in_scope() =>
        VerifyFix.FixAsync(
            new[]
            {
                ("/0/Telemetry.cs", """
                    using Microsoft.Extensions.Configuration;
                    using uPLibrary.Networking.M2Mqtt;
                    class Telemetry
                    {
                        private readonly IConfiguration _configuration;
                        public Telemetry(IConfiguration configuration) => _configuration = configuration;
                        void Start(MqttClient client) => client.Connect("id", "admin", {|#0:"admin"|});
                    }
                    """),
                ("/0/Configuration.cs", "namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string this[string key] { get; set; } } }"),
                ("/0/M2Mqtt.cs", Stubs.M2Mqtt),
            },
            new[]
            {
                ("/0/Telemetry.cs", """
                    using Microsoft.Extensions.Configuration;
                    using uPLibrary.Networking.M2Mqtt;
                    class Telemetry
                    {
                        private readonly IConfiguration _configuration;
                        public Telemetry(IConfiguration configuration) => _configuration = configuration;
                        void Start(MqttClient client) => client.Connect("id", "admin", _configuration["Secrets:MqttClientPassword"] ?? throw new System.InvalidOperationException("Set the configuration value Secrets:MqttClientPassword."));
                    }
                    """),
                ("/0/Configuration.cs", "namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string this[string key] { get; set; } } }"),
                ("/0/M2Mqtt.cs", Stubs.M2Mqtt),
            },
            new[] { new DiagnosticResult(Descriptors.DefaultPassword).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("password", "reaches 'MqttClient.Connect' parameter 'password'", "") });

    /// <summary>Known defaults beat placeholders: "password", "changeme", "12345678" are universal defaults, whatever else they look like.</summary>
    [Fact]
    public Task Known_defaults_are_defaults_even_when_they_look_like_placeholders() =>
        Analyze("""
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            class Device
            {
                void Run(MqttClient client, string clientId)
                {
                    client.Connect(clientId, "username", {|#0:"password"|});
                    WifiNetworkHelper.ConnectDhcp("Lab", {|#1:"password"|});
                    var credential = new NetworkCredential("admin", {|#2:"changeme"|});
                    var other = new NetworkCredential("service", {|#3:"12345678"|});
                }
            }
            """,
            Finding(0).WithMessage(null), Finding(1).WithMessage(null), Finding(2).WithMessage(null), Finding(3).WithMessage(null));

    // Issue #14, class 4: a default pair encoded in code is a default password.
    [Fact]
    public Task Basic_authentication_of_a_default_pair_built_in_code_is_a_default_password() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Net.Http.Headers;
                using System.Text;
                class Device
                {
                    AuthenticationHeaderValue Header() => new AuthenticationHeaderValue("Basic", {|#0:Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:admin"))|});
                }
                """,
            }.Concat(Stubs.All),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));

    // Issue #14, class 2: defaults outside a sink call.
    [Fact]
    public Task Defaults_in_password_named_constants_and_tables_of_factory_credentials() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System.Collections.Generic;
                static class Factory
                {
                    public const string FactoryPin = {|#0:"0000"|};
                    public static readonly string AdminPassword = {|#1:"admin"|};
                    public const string ServiceCode = "0000";          // not named as a password or PIN
                    public static readonly (string User, string Password)[] Accounts = { ({|#5:"admin"|}, {|#2:"admin"|}), ({|#6:"root"|}, {|#3:"12345"|}), ("guest", "Kx9-Wq7Lt2mZ") };
                    public static readonly Dictionary<string, string> Logins = new() { [{|#7:"root"|}] = {|#4:"vizxv"|}, ["operator"] = "Tr0ub4dor-3x" };
                    public static readonly Dictionary<string, string> Colours = new() { { "admin", "blue" } };
                }
                """,
            }.Concat(Stubs.All),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("password", "is written into 'Factory.FactoryPin'", ""),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("password", "is written into 'Factory.AdminPassword'", ""),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("password", "is paired with the same text as its user name", ""), // admin/admin: the user name is the password, never printed
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(3).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("password", "is paired with the user name 'root'", ""),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(4).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("password", "is paired with the user name 'root'", ""),
            // a listed pair is the user name and the password together: the row's user name is reported beside its password
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(5).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("user name", "is paired with its listed default password", ""),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(6).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("user name", "is paired with its listed default password", ""),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(7).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("user name", "is paired with its listed default password", ""));

    [Fact]
    public Task A_default_password_in_a_connection_string_handed_to_any_method() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                namespace Contoso.Data { public static class Store { public static object Open(string connectionString) => null!; } }
                class Device
                {
                    void Run() => Contoso.Data.Store.Open({|#0:"Server=db;User Id=sa;Password=admin;"|});
                }
                """,
            }.Concat(Stubs.All),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("password", "is written in a connection string ('Password=')", ""));

    [Fact]
    public Task A_received_user_name_and_password_both_compared_with_a_default_pair() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                class Portal
                {
                    bool Login(string login, string secret) => login == {|#0:"admin"|} && secret == {|#1:"admin"|};
                    bool Other(string login, string secret) => login == "gateway" && secret == {|#2:"1234"|};
                    bool Name(string deviceName, string secret) => deviceName == "admin" && secret == "Kx9-Wq7Lt2mZ";
                }
                """,
            }.Concat(Stubs.All),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithArguments("user name", "is compared with the received user name 'login' beside its default password", ""),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(1).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(2).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));
    // ---- red team 2 ----

    [Fact]
    public Task RT_A_UI_label_table_is_not_a_default_password() =>
        Analyze("""
            using System.Collections.Generic;
            class Labels
            {
                static readonly Dictionary<string, string> En = new() { ["ssid"] = "Network name", ["password"] = "Password" };
            }
            """);

    [Fact]
    public Task RT_Lookup_tables_that_map_a_name_to_itself_are_not_credential_tables() =>
        Analyze("""
            using System.Collections.Generic;
            class Routes
            {
                static readonly Dictionary<string, string> AreaByPath = new() { { "admin", "admin" }, { "support", "support" }, { "user", "user" } };
                static readonly (string Role, string Display)[] Roles = { ("guest", "guest"), ("service", "service") };
                static readonly (string Fg, string Bg)[] Palette = { ("FFFFFF", "000000"), ("666666", "666666") };
            }
            """);

    [Fact]
    public Task RT_Usage_and_example_text_is_not_a_default_password() =>
        Analyze("""
            using System;
            class Help
            {
                const string Usage = "usage: agent --db \"Server=host;User Id=user;Password=pass\"";
                void Show() => Console.WriteLine("Example: mqtt://user:password@broker:1883");
            }
            """);

    [Fact]
    public Task A_default_SIM_PIN_in_an_AT_command_is_a_default_password() =>
        VerifyCS.AnalyzerAsync(
            new[] { "class Port { public void Write(string text) { } } class Modem { void Unlock(Port port) => port.Write({|#0:\"AT+CPIN=1234\\r\"|}); }" }.Concat(Stubs.All),
            VerifyCS.Diagnostic(Descriptors.DefaultPassword).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));
}
