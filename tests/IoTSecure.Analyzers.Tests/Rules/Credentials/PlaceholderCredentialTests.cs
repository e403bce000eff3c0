using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Tests.Infrastructure.PlaceholderCredentialRule>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

public class PlaceholderCredentialTests
{
    private static DiagnosticResult Finding(int location, string where, string via = "") =>
        new DiagnosticResult(Descriptors.PlaceholderCredential).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("password", where, via);

    [Fact]
    public Task Template_values_and_own_names_at_sinks_are_IOT1006() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using nanoFramework.Networking;
                class Program
                {
                    private static string c_AP_PASSWORD = "REPLACE-WITH-YOUR-WIFI-KEY";
                    const string WifiPassword = "WifiPassword";
                    static void Main()
                    {
                        WifiNetworkHelper.ConnectDhcp("ssid", {|#0:"your_wifi_password"|});
                        WifiNetworkHelper.ConnectDhcp("ssid", {|#1:"<replace-with-password>"|});
                        WifiNetworkHelper.ConnectDhcp("ssid", {|#2:"YOUR_PASSWORD"|});
                        WifiNetworkHelper.ConnectDhcp("ssid", {|#3:"[wifi password]"|});
                        WifiNetworkHelper.ConnectDhcp("ssid", {|#6:"__<wifi_password_from_the_router_label>__"|});
                        WifiNetworkHelper.ConnectDhcp("ssid", {|#4:c_AP_PASSWORD|});
                        WifiNetworkHelper.ConnectDhcp("ssid", {|#5:WifiPassword|});
                        WifiNetworkHelper.ConnectDhcp("ssid", "");
                        WifiNetworkHelper.ConnectDhcp("ssid", System.Environment.GetEnvironmentVariable("WIFI_PASSWORD"));
                    }
                }
                """,
            }.Concat(Stubs.All),
            Finding(0, "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'"),
            Finding(1, "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'"),
            Finding(2, "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'"),
            Finding(3, "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'"),
            Finding(4, "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'", " through 'Program.c_AP_PASSWORD'"),
            Finding(5, "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'", " through 'Program.WifiPassword'"),
            Finding(6, "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'"));

    [Fact]
    public Task Placeholder_key_in_a_connection_string() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                class Hub
                {
                    void Run() => Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString({|#0:"HostName=contoso.azure-devices.net;DeviceId=d;SharedAccessKey=<your-device-key>"|});
                }
                """,
            }.Concat(Stubs.All),
            new DiagnosticResult(Descriptors.PlaceholderCredential).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("key in a connection string", "reaches 'DeviceClient.CreateFromConnectionString' parameter 'connectionString'", ""));

    [Fact]
    public Task Team_placeholder_patterns_from_options() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                class Device
                {
                    void Run() => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp("ssid", {|#0:"FILL_ME_WIFI"|});
                }
                """,
            }.Concat(Stubs.All),
            "iotsecure.placeholder_patterns = ^FILL_ME_.*$|^@@.*@@$",
            Finding(0, "reaches 'WifiNetworkHelper.ConnectDhcp' parameter 'password'"));

    [Fact]
    public Task An_invalid_team_pattern_is_ignored() =>
        VerifyCS.AnalyzerAsync(
            new[] { "class Device { void Run() => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(\"ssid\", \"\"); }" }.Concat(Stubs.All),
            "iotsecure.placeholder_patterns = (invalid[");

    // Issue #14, class 9: a value that repeats its holder's name is a placeholder (IOT1006), not IOT1001.
    [Theory]
    [InlineData("HUB_TOKEN", "HUB_TOKEN")]
    [InlineData("ApiKey", "API_KEY")]
    [InlineData("BrokerPassword", "broker_password")]
    [InlineData("WifiPsk", "WIFI-PSK")]
    public Task A_value_that_repeats_its_name_reaches_a_sink_as_a_placeholder(string name, string value) =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                $$"""
                using System.Net;
                static class Secrets { public const string {{name}} = "{{value}}"; }
                class Device
                {
                    ICredentials Credentials() => new NetworkCredential("device", {|#0:Secrets.{{name}}|});
                }
                """,
            }.Concat(Stubs.All),
            new DiagnosticResult(Descriptors.PlaceholderCredential).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));

    [Fact]
    public Task A_placeholder_in_a_connection_string_that_reaches_no_sink_is_not_reported() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                namespace Contoso.Data { public static class Store { public static object Open(string connectionString) => null!; } }
                class Device
                {
                    void Run() => Contoso.Data.Store.Open("Host=db;Username=gw;Password=<your-db-password>");
                }
                """,
            }.Concat(Stubs.All));

    // ---- red team 2 ----

    [Fact]
    public Task RT_Templates_expanded_at_run_time_and_help_text_reach_no_sink() =>
        VerifyCS.AnalyzerAsync(new[]
        {
            """
            using System;
            using System.ComponentModel;
            class Db
            {
                const string EnvTemplate = "Server=db;User Id=app;Password=%DB_PASSWORD%";
                const string Template = "Host=db;Username=app;Password={DbPassword}";
                string Build() => Environment.ExpandEnvironmentVariables(EnvTemplate);
                string Build(string pw) => Template.Replace("{DbPassword}", pw);
                [Description("Connection string, e.g. Server=.;Database=Telemetry;User Id=sa;Password=<password>")]
                public string ConnectionString { get; set; } = "";
                void Help() => Console.WriteLine("Connect with mqtt://<user>:<password>@<host>");
            }
            """,
        }.Concat(Stubs.All));

    [Fact]
    public Task RT_A_UI_label_table_is_not_a_placeholder() =>
        VerifyCS.AnalyzerAsync(new[]
        {
            """
            using System.Collections.Generic;
            class Labels
            {
                static readonly Dictionary<string, string> En = new() { ["ssid"] = "Network name", ["passcode"] = "Passcode" };
            }
            """,
        }.Concat(Stubs.All));

    // IOT1006 (twenty-second session): a value that tells the reader to get, obtain, request, generate or paste a
    // credential ("GET_A_TOKEN", "obtain-an-api-key") is a template where it reaches a sink, as "your_token" and
    // "enter-key" are. Hard negatives: a working password that holds such words between digits and symbols, and a
    // template under a secret name that every constructor overwrites before any use (it reaches no sink: no finding, as
    // for UnusedToken = "TOKEN").
    [Fact]
    public Task Values_that_say_how_to_obtain_the_credential_are_templates() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class EnvoyGateway
            {
                private const string CloudApiKey = "obtain-an-api-key"; // expect: IOT1006
                private string _localEnvoyToken = @"GET_A_TOKEN"; // expect: none
                public EnvoyGateway(string token) => _localEnvoyToken = token;
                public void Feed(HttpClient client, HttpRequestMessage request)
                {
                    client.DefaultRequestHeaders.Add("X-Api-Key", CloudApiKey);
                    client.DefaultRequestHeaders.Add("X-Api-Key", "GET_AN_API_KEY"); // expect: IOT1006
                    client.DefaultRequestHeaders.Add("Authorization", $"Bearer {_localEnvoyToken}");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "paste your token"); // expect: IOT1006
                }
                public static NetworkCredential Relay() => new NetworkCredential("relay", "Request a secret from the installer"); // expect: IOT1006
                public static NetworkCredential Spare() => new NetworkCredential("spare", "Get4-a.Token-19Qx"); // expect: IOT1001
            }
            """);

    // A header's value written as words that repeat its holder's name (PagerApiKey = "PagerApiKey") is a template never
    // filled in, IOT1006, as an upper-case name is; a bare word under another name ("Anonymous", "None"), or under its own
    // name when that names no secret (Anonymous = "Anonymous"), is a header state.
    [Fact]
    public Task Header_value_in_words_that_repeat_its_holders_name_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class Pager
            {
                private const string PagerApiKey = "PagerApiKey"; // expect: IOT1006
                private const string SirenToken = "SirenToken"; // expect: IOT1006
                private const string AuthMode = "Anonymous"; // expect: none
                private const string ApiState = "None"; // expect: none
                private const string Anonymous = "Anonymous"; // expect: none
                public void Send(HttpRequestMessage request)
                {
                    request.Headers.Add("Authorization", Anonymous);
                    request.Headers.Add("X-API-Key", PagerApiKey);
                    request.Headers.Add("X-Auth-Token", SirenToken);
                    request.Headers.Add("X-API-Key", AuthMode);
                    request.Headers.Add("Authorization", ApiState);
                }
            }
            """);

    /// <summary>
    /// Issue #14, class 9, inside a Basic login built in code: a password that repeats the name of the constant it is read
    /// from (<c>OcppPassword = "OcppPassword"</c>) is a template never filled in, however the login reaches the header
    /// (interpolated, concatenated, chosen by a condition, encoded as Base64). A working password there is IOT1001.
    /// </summary>
    [Fact]
    public Task A_basic_login_whose_password_repeats_its_constants_name_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.WebSockets;
            using System.Text;
            static class FieldSecrets { public const string MeterPassword = "METER_PASSWORD"; } // expect: IOT1006
            public sealed class OcppConnection
            {
                private const string ChargeBoxId = "WB-HOME-004217";
                private const string OcppPassword = "OcppPassword"; // expect: IOT1006
                private const string BackOffice = "Tarn-Lichen-Ox-88"; // expect: IOT1001
                public void Primary(ClientWebSocket ws, bool secondary, string fromVault)
                {
                    string secret = secondary ? OcppPassword : fromVault;
                    string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ChargeBoxId}:{secret}"));
                    ws.Options.SetRequestHeader("Authorization", "Basic " + basic);
                }

                public void Meter(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.ASCII.GetBytes("meter-7:" + FieldSecrets.MeterPassword)));

                public void Office(ClientWebSocket ws) =>
                    ws.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(ChargeBoxId + ":" + BackOffice)));
            }
            """);

    /// <summary>
    /// A connection string's key or password written as words in square brackets (<c>SharedAccessKey=[paste device key]</c>,
    /// <c>Password=[your db password]</c>) is read whole, as <c>&lt;...&gt;</c> and <c>${...}</c> are: a template (IOT1006),
    /// not its first word taken for a key (IOT1003) or a password (IOT1001), through a <c>string.Format</c> template held in
    /// a constant or written in place. An IPv6 host in brackets is no value of a secret's key.
    /// </summary>
    [Fact]
    public Task A_bracketed_template_in_a_connection_string_is_read_whole() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Microsoft.Azure.Devices.Client;
            using Npgsql;
            public sealed class CloudLink
            {
                private const string HubFallbackTemplate = "HostName=spincycle-hub.azure-devices.net;DeviceId={0};SharedAccessKey=[paste device key]"; // expect: IOT1006
                public DeviceClient Fallback(string id) => DeviceClient.CreateFromConnectionString(string.Format(HubFallbackTemplate, id), TransportType.Mqtt);
                public DeviceClient InPlace(string id) =>
                    DeviceClient.CreateFromConnectionString(string.Format("HostName=spin-hub.azure-devices.net;DeviceId={0};SharedAccessKey=[device primary key]", id), TransportType.Mqtt); // expect: IOT1006
                public NpgsqlConnection Db() => new NpgsqlConnection("Host=db.local;Username=spin;Password=[your db password];Database=wash"); // expect: IOT1006
                public NpgsqlConnection Loopback() => new NpgsqlConnection("Host=[::1];Username=spin;Password=Rinse-Cycle-Kx42;Database=wash"); // expect: IOT1001
            }
            """);

    private const string NpgsqlStub = """
        namespace Npgsql { public sealed class NpgsqlConnection : System.IDisposable { public NpgsqlConnection(string connectionString) { } public void Dispose() { } } }
        """;
}
