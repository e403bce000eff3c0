using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 16: the session's changes since red team 15 (3d2760d, 6b35af2, 12e21c3, e20729d, e272122). Static setter methods
/// and fluent setters whose parameter is stored in a field a sink reads (SetterParameterOf, AssignmentsTo,
/// ReadConstructorValues), password lists tried in a foreach (arrays, collection initializers, collection expressions, built in
/// place: RowsOfForEach, RowsMayBeWritten), secret-named properties whose getter returns a literal (ReturnedLiteral), a number
/// run on to a name's last word (SecretNames.Split), IOT3005 for a hex code from System.Random (IsWrittenInHex) against
/// IOT1005, a credential's own name and elided tokens as IOT1006, masked SAS signatures; crashes on half-typed code and cost.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam16Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam16Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. static setters and fluent setters ----------

    // The most common layout of a nanoFramework app: the static WifiManager in its own file, Program.Main in another.
    [Fact]
    public Task RT16_static_setter_called_from_another_file() =>
        ExpectComments.AssertAsync(
            """
            using nanoFramework.Networking;
            public static class WifiManager
            {
                private static string _ssid;
                private static string _password;
                public static void Configure(string ssid, string password) { _ssid = ssid; _password = password; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(_ssid, _password);
            }
            """,
            """
            public static class Program
            {
                public static void Main()
                {
                    WifiManager.Configure("Barn", "Basalt-Fern-61"); // expect: IOT1001
                    WifiManager.Connect();
                }
            }
            """);

    [Fact]
    public Task RT16_static_setter_storing_through_the_class_name() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class WifiConfig
            {
                private static string _ssid;
                private static string _password;
                public static void Configure(string ssid, string password) { WifiConfig._ssid = ssid; WifiConfig._password = password; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(_ssid, _password);
            }
            public static class Program
            {
                public static void Main()
                {
                    WifiConfig.Configure("Barn", "Basalt-Fern-62"); // expect: IOT1001
                    WifiConfig.Connect();
                }
            }
            """);

    [Fact]
    public Task RT16_instance_setter_of_a_static_field() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public sealed class NetworkSettings
            {
                private static string s_ssid = "";
                private static string s_password = "";
                public void Configure(string ssid, string password) { s_ssid = ssid; s_password = password; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(s_ssid, s_password);
            }
            public static class Program
            {
                public static void Main()
                {
                    new NetworkSettings().Configure("Barn", "Basalt-Fern-63"); // expect: IOT1001
                    NetworkSettings.Connect();
                }
            }
            """);

    [Fact]
    public Task RT16_static_setter_called_with_named_arguments() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class WifiManager
            {
                private static string _ssid;
                private static string _password;
                public static void Configure(string ssid, string password) { _ssid = ssid; _password = password; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(_ssid, _password);
            }
            public static class Program
            {
                public static void Main()
                {
                    WifiManager.Configure(password: "Basalt-Fern-64", ssid: "Barn"); // expect: IOT1001
                    WifiManager.Connect();
                }
            }
            """);

    // Regression guard: a static property set by a static setter (private set), a default among the callers, a pair setter
    // whose user name is not followed, an expression-bodied static setter.
    [Fact]
    public Task RT16_static_setter_variants_that_are_followed() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public static class WifiManager
            {
                public static string Ssid { get; private set; } = "";
                public static string Password { get; private set; } = "";
                public static void Configure(string ssid, string password) { Ssid = ssid; Password = password; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(Ssid, Password);
            }
            public static class Broker
            {
                private static string _user = "";
                private static string _password = "";
                public static void SetCredentials(string user, string password) { _user = user; _password = password; }
                public static MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials(_user, _password);
            }
            public static class Hub
            {
                private static string _token = "";
                public static void SetToken(string token) => _token = token;
                public static MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("h").WithCredentials("device", _token);
            }
            public static class Program
            {
                public static void Main(string typed)
                {
                    WifiManager.Configure("Barn", "Basalt-Fern-65"); // expect: IOT1001
                    WifiManager.Configure("Stable", "12345678"); // expect: IOT1002
                    WifiManager.Configure("Loft", typed);
                    Broker.SetCredentials("press-07", "Basalt-Fern-66"); // expect: IOT1001
                    Hub.SetToken("Basalt-Fern-67"); // expect: IOT1001
                    WifiManager.Connect(); Broker.Options(); Hub.Options();
                }
            }
            """);

    // Hard negatives: setters called only with run-time values, empty text, null, a label setter whose field reaches a
    // console, a user-name setter with "admin" (the user slot is no secret), a setter of a field that reaches no sink.
    [Fact]
    public Task RT16_setters_called_with_run_time_values_or_non_credentials() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using MQTTnet.Client;
            public static class Broker
            {
                private static string _user = "";
                private static string _password = "";
                private static string _passwordPrompt = "";
                private static string _lastToken = "";
                public static void SetUser(string user) { _user = user; }
                public static void SetPassword(string password) { _password = password; }
                public static void SetPasswordPrompt(string passwordPrompt) { _passwordPrompt = passwordPrompt; }
                public static void Remember(string token) { _lastToken = token; }
                public static MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials(_user, _password);
                public static void Ask() => Console.WriteLine(_passwordPrompt + _lastToken.Length);
            }
            public static class Program
            {
                public static void Main(string[] args)
                {
                    Broker.SetUser("admin");
                    Broker.SetPassword(Environment.GetEnvironmentVariable("BROKER_PASSWORD"));
                    Broker.SetPassword(File.ReadAllText("/etc/broker/password").Trim());
                    Broker.SetPassword(args[0]);
                    Broker.SetPassword("");
                    Broker.SetPassword(null);
                    Broker.SetPassword($"{args[1]}");
                    Broker.SetPasswordPrompt("Enter the broker password:");
                    Broker.Remember("Basalt-Fern-68");
                    Broker.Options();
                    Broker.Ask();
                }
            }
            """);

    // The setter's callers are read through an index of the compilation's calls by method name, capped: seventeen calls of
    // unrelated methods that share the name (a logger's Configure) must not hide the one call of the Wi-Fi setter.
    [Fact]
    public Task RT16_unrelated_methods_sharing_the_setters_name_do_not_hide_its_caller() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class WifiManager
            {
                private static string _ssid;
                private static string _password;
                public static void Configure(string ssid, string password) { _ssid = ssid; _password = password; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(_ssid, _password);
            }
            public sealed class Channel { public void Configure(string level, string target) { } }
            public static class Program
            {
                public static void Main()
                {
                    var c = new Channel();
                    c.Configure("info", "a"); c.Configure("info", "b"); c.Configure("info", "c"); c.Configure("info", "d");
                    c.Configure("warn", "a"); c.Configure("warn", "b"); c.Configure("warn", "c"); c.Configure("warn", "d");
                    c.Configure("debug", "a"); c.Configure("debug", "b"); c.Configure("debug", "c"); c.Configure("debug", "d");
                    c.Configure("trace", "a"); c.Configure("trace", "b"); c.Configure("trace", "c"); c.Configure("trace", "d");
                    c.Configure("error", "a"); c.Configure("error", "b");
                    WifiManager.Configure("Barn", "Basalt-Fern-69"); // expect: IOT1001
                    WifiManager.Connect();
                }
            }
            """);

    // Regression guard (pins the cause of the test above): with fourteen calls of the unrelated Configure, the one call of the
    // Wi-Fi setter is found.
    [Fact]
    public Task RT16_few_unrelated_methods_sharing_the_setters_name() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class WifiManager
            {
                private static string _ssid;
                private static string _password;
                public static void Configure(string ssid, string password) { _ssid = ssid; _password = password; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(_ssid, _password);
            }
            public sealed class Channel { public void Configure(string level, string target) { } }
            public static class Program
            {
                public static void Main()
                {
                    var c = new Channel();
                    c.Configure("info", "a"); c.Configure("info", "b"); c.Configure("info", "c"); c.Configure("info", "d");
                    c.Configure("warn", "a"); c.Configure("warn", "b"); c.Configure("warn", "c"); c.Configure("warn", "d");
                    c.Configure("debug", "a"); c.Configure("debug", "b"); c.Configure("debug", "c"); c.Configure("debug", "d");
                    c.Configure("trace", "a"); c.Configure("trace", "b");
                    WifiManager.Configure("Barn", "Basalt-Fern-69"); // expect: IOT1001
                    WifiManager.Connect();
                }
            }
            """);

    // A fluent setter written as an extension method (the common way to add With... methods to a builder one does not own).
    // (fixed by later work; unskipped in the twenty-ninth session)
    [Fact]
    public Task RT16_fluent_setter_as_an_extension_method() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class BrokerLink
            {
                internal string Host = "";
                internal string Password = "";
                public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithTcpServer(Host).WithCredentials("u", Password);
            }
            public static class BrokerLinkExtensions
            {
                public static BrokerLink WithHost(this BrokerLink link, string host) { link.Host = host; return link; }
                public static BrokerLink WithPassword(this BrokerLink link, string password) { link.Password = password; return link; }
            }
            public static class Greenhouse
            {
                public static void Run() => new BrokerLink().WithHost("shed.lan").WithPassword("Basalt-Fern-70").Build(); // expect: IOT1001
            }
            """);

    // ---------- 2. password lists tried in a foreach ----------

    [Fact]
    public Task RT16_password_list_collection_expression_with_a_spread() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Discovery
            {
                static readonly string[] Factory = ["Qv7qLm2q"]; // expect: IOT1001
                static readonly string[] Tried = ["Wv7qLm2x", .. Factory, "12345"]; // expect: IOT1001 IOT1002
                public static void Probe()
                {
                    foreach (var p in Tried) { var c = new NetworkCredential("admin", p); }
                }
            }
            """);

    [Fact]
    public Task RT16_password_list_in_an_expression_bodied_property() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Discovery
            {
                static string[] Tried => new[] { "Wv7qLm2y", "admin" }; // expect: IOT1001 IOT1002
                public static void Probe()
                {
                    foreach (var p in Tried) { var c = new NetworkCredential("admin", p); }
                }
            }
            """);

    // A list of factory passwords kept in the team's defaults class and tried by a scanner in another class.
    [Fact]
    public Task RT16_password_list_of_another_class_tried_in_a_loop() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class FactoryDefaults
            {
                public static readonly string[] Passwords = { "Wv7qLm4a", "12345" }; // expect: IOT1001 IOT1002
                public static readonly string[] More = ["Wv7qLm4b"]; // expect: IOT1001
            }
            public static class Scanner
            {
                public static void Probe()
                {
                    foreach (var p in FactoryDefaults.Passwords) { var c = new NetworkCredential("admin", p); }
                    foreach (var p in FactoryDefaults.More) { var c = new NetworkCredential("admin", p); }
                }
            }
            """);

    // Regression guard: a collection expression in a property initializer, a span local, a List local, a collection built in
    // place with new List<string> { ... }.
    [Fact]
    public Task RT16_password_lists_as_collection_expressions_in_other_holders() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            public static class Discovery
            {
                static IReadOnlyList<string> Tried { get; } = ["Wv7qLm2z"]; // expect: IOT1001
                public static void Probe()
                {
                    foreach (var p in Tried) { var c = new NetworkCredential("admin", p); }
                    ReadOnlySpan<string> span = ["Yv7qLm2y", "root"]; // expect: IOT1001 IOT1002
                    foreach (var p in span) { var c = new NetworkCredential("admin", p); }
                    foreach (var p in new List<string> { "Tv7qLm2t" }) { var c = new NetworkCredential("admin", p); } // expect: IOT1001
                }
            }
            """);

    // Hard negatives: collection expressions of hosts, users and SSIDs at their own parameters, masks and empty strings tried,
    // a deny list compared with the entered password, and a loop variable of the same name over a run-time list after a loop
    // over a written list of hosts.
    [Fact]
    public Task RT16_collection_expressions_of_non_credentials() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using nanoFramework.Networking;
            public static class Fleet
            {
                static readonly string[] Hosts = ["10.0.0.5", "10.0.0.6"];
                static readonly string[] Users = ["admin", "operator", "root"];
                static readonly string[] Networks = ["Barn", "Shed-Guest"];
                static readonly string[] Weak = ["123456", "password", "Winter2024!"];
                public static void Run(string password)
                {
                    foreach (var user in Users) { var c = new NetworkCredential(user, password); }
                    foreach (var ssid in Networks) { WifiNetworkHelper.ConnectDhcp(ssid, password); }
                    foreach (var p in Hosts) { Console.WriteLine(p); }
                    foreach (var p in File.ReadAllLines("/etc/pw")) { var c = new NetworkCredential("admin", p); }
                    foreach (var p in new[] { "", "********" }) { var c = new NetworkCredential("admin", p); }
                }
                public static bool IsWeak(string entered)
                {
                    foreach (var w in Weak) { if (entered == w) return true; }
                    return false;
                }
            }
            """);

    // Regression guard: a table of tuples as a collection expression, its password element tried in a loop.
    [Fact]
    public Task RT16_tuple_rows_as_a_collection_expression() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Discovery
            {
                static readonly (string User, string Password)[] Logins = [("svc", "Wv7qLm3a"), ("tech", "Wv7qLm3b")]; // expect: IOT1001 IOT1001
                public static void Probe()
                {
                    foreach (var login in Logins) { var c = new NetworkCredential(login.User, login.Password); }
                }
            }
            """);

    // ---------- 3. secret-named properties whose getter returns a literal ----------

    private static readonly (string Value, string? Expected)[] GetterGrid =
    {
        ("Kettle!Marsh28", "IOT1004"),
        ("admin", "IOT1002"),
        ("YOUR_PASSWORD", null),
        ("secret", null),
        ("********", null),
        ("Mqtt:Password", null),
        ("Token expired, sign in again", null),
    };

    // Every getter form of the same value must get the initializer's verdict: the unbound literal forms
    // (=> "...", { get => "..."; }, { get { return "..."; } }, verbatim, raw) and the forms R15 fixed for initializers
    // (parenthesized, null-forgiving) and the bound ones (concatenation, interpolation without holes).
    private static string GetterGridSource()
    {
        static string Split(string v) => $"\"{v.Substring(0, v.Length / 2)}\" + \"{v.Substring(v.Length / 2)}\"";
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < GetterGrid.Length; i++)
        {
            var (v, expected) = GetterGrid[i];
            var label = expected is null ? string.Empty : " // expect: " + expected;
            var q = "\"" + v + "\"";
            var forms = new[]
            {
                $"static string DevicePassword {{ get; }} = {q};",
                $"static string DevicePassword => {q};",
                $"static string DevicePassword {{ get => {q}; }}",
                $"static string DevicePassword {{ get {{ return {q}; }} }}",
                $"static string DevicePassword => @{q};",
                $"static string DevicePassword => \"\"\"{v}\"\"\";",
                $"string DevicePassword => {q};",
                $"static string DevicePassword => ({q});",
                $"static string DevicePassword => {q}!;",
                $"static string DevicePassword => {Split(v)};",
                $"static string DevicePassword => ${q};",
            };
            sb.AppendLine($"public class Getter{i}");
            sb.AppendLine("{");
            for (var f = 0; f < forms.Length; f++)
            {
                sb.AppendLine($"    class F{f} {{ {forms[f]} }}{label}");
            }

            sb.AppendLine("}");
        }

        return sb.ToString();
    }

    [Fact]
    public Task RT16_getter_literals_agree_with_initializers_in_every_form() =>
        ExpectComments.AssertAsync(GetterGridSource());

    // A getter's literal that reaches a sink is the sink's finding (IOT1001, IOT1006), as an initialized property's is.
    [Fact]
    public Task RT16_getter_literal_reaching_a_sink() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using nanoFramework.Networking;
            public static class Secrets
            {
                public static string WifiPassword => "Kettle!Marsh32"; // expect: IOT1001
                public static string ApiToken { get { return "Qz8r-Kt2m-Wp7x-Vn5a"; } } // expect: IOT1001
                public static string GuestWifiPassword => "<guest-wifi-password>"; // expect: IOT1006
                public static string ApiToken2 => "Qz8r-Kt2m-Wp7x-Vn5d"; // expect: IOT1001
                public static string LoftWifiPassword { get { return "Kettle!Marsh38"; } } // expect: IOT1001
                public static string ShedWifiPassword { get => "Kettle!Marsh39"; } // expect: IOT1001
            }
            public static class Net
            {
                public static void Run(HttpClient http)
                {
                    WifiNetworkHelper.ConnectDhcp("Barn", Secrets.WifiPassword);
                    WifiNetworkHelper.ConnectDhcp("Guest", Secrets.GuestWifiPassword);
                    WifiNetworkHelper.ConnectDhcp("Loft", Secrets.LoftWifiPassword);
                    WifiNetworkHelper.ConnectDhcp("Shed", Secrets.ShedWifiPassword);
                    http.DefaultRequestHeaders.Add("X-Api-Key", Secrets.ApiToken);
                    http.DefaultRequestHeaders.Add("X-Api-Key", Secrets.ApiToken2);
                }
            }
            """);

    // Hard negatives: a shell's command classes override an abstract Token (the word that invokes the command), protocol
    // field names, header names, endpoints, BLE UUIDs, a masked SAS token returned by a secret-named getter.
    [Fact]
    public Task RT16_getter_literals_that_are_no_secrets() =>
        ExpectComments.AssertAsync("""
            public abstract class ShellCommand
            {
                public abstract string Token { get; }
                public abstract void Run(string[] args);
            }
            public sealed class RebootCommand : ShellCommand
            {
                public override string Token => "reboot";
                public override void Run(string[] args) { }
            }
            public sealed class StatusCommand : ShellCommand
            {
                public override string Token { get { return "status"; } }
                public override void Run(string[] args) { }
            }
            public static class OAuthFields
            {
                public static string AccessToken => "access_token";
                public static string RefreshToken => "refresh_token";
                public static string ClientSecret => "client_secret";
            }
            public static class Api
            {
                public static string ApiKeyHeader => "X-Api-Key";
                public static string TokenEndpoint => "https://auth.plant.example/oauth2/token";
                public static string PasswordCharacteristic => "6E400003-B5A3-F393-E0A9-E50E24DCCA9E";
                public static string SecretName => "mqtt-broker";
                public static string SasToken => "SharedAccessSignature sr=tracker-hub.azure-devices.net%2Fdevices%2Ft1&sig=****&se=1592830262";
            }
            """);

    // A getter whose literal is a fallback (the default ships) and a getter beside a setter that ignores what it is given.
    [Fact]
    public Task RT16_getter_with_a_fallback_literal_or_beside_an_ignoring_setter() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Secrets
            {
                public static string MqttPassword => Environment.GetEnvironmentVariable("MQTT_PASSWORD") ?? "Kettle!Marsh33"; // expect: IOT1004
                public static string ApiToken { get => "Qz8r-Kt2m-Wp7x-Vn5b"; set { } } // expect: IOT1004
            }
            """);

    // ---------- 4. a number run on to the last word ----------

    // A key held as base64 text reaching no key parameter is IOT1004 as its hex twin is (AppSessionKeyHex): the digits of
    // Base64 are part of the encoding's name, not a count.
    [Fact]
    public Task RT16_key_held_as_base64_text_under_a_name_ending_in_base64() =>
        ExpectComments.AssertAsync("""
            public static class LoRaKeys
            {
                private const string AppSessionKeyHex = "A9C3E5F7B1D3F5A7C9E1B3D5F7A9C1E3"; // expect: IOT1004
                private const string AppSessionKeyBase64 = "q3Vx8Lm2Zp7Rt4Wy9Bc1Nd6F"; // expect: IOT1004
                public static int Use() => AppSessionKeyHex.Length + AppSessionKeyBase64.Length;
            }
            """);

    // Hard negatives: digests named by their algorithm (PasswordSha256, AdminPasswordMd5, TokenSha1): a hash, as PasswordHash is.
    [Fact]
    public Task RT16_digests_named_by_their_algorithm() =>
        ExpectComments.AssertAsync("""
            public static class Digests
            {
                public const string PasswordSha256 = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";
                public const string AdminPasswordMd5 = "5f4dcc3b5aa765d61d8327deb882cf99";
                public const string TokenSha1 = "da39a3ee5e6b4b0d3255bfef95601890afd80709";
                public static int Use() => PasswordSha256.Length + AdminPasswordMd5.Length + TokenSha1.Length;
            }
            """);

    // Hard negatives: an image pipeline's numbered passes, a command parser's numbered tokens, OpenWrt's psk2 encryption mode,
    // a BeagleBone header pin: the number is an ordinal or a version, and the word alone (Pass, Token, Psk) is no credential here.
    [Fact]
    public Task RT16_numbered_names_that_are_no_credentials() =>
        ExpectComments.AssertAsync("""
            public static class Names
            {
                public const string Pass1 = "horizontal-blur";
                public const string Pass2 = "vertical-blur";
                public const string Token1 = "reboot";
                public const string Token2 = "firmware";
                public const string EncryptionPsk2 = "psk2+ccmp";
                public const string Pin1 = "P9_12";
                public static int Use() => Pass1.Length + Pass2.Length + Token1.Length + Token2.Length + EncryptionPsk2.Length + Pin1.Length;
            }
            """);

    // Regression guard: numbered credentials of every kind are still credentials.
    [Fact]
    public Task RT16_numbered_credentials() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string MqttPwd2 = "Kettle!Marsh34"; // expect: IOT1004
                public const string BackupPasscode3 = "Kettle!Marsh35"; // expect: IOT1004
                public const string WifiPsk2 = "Kettle!Marsh36"; // expect: IOT1004
                public const string DeviceSecret01 = "Kettle!Marsh37"; // expect: IOT1004
                public const string APIKEY2 = "Qz8r-Kt2m-Wp7x-Vn5c"; // expect: IOT1004
                public const string AdminPassword2 = "admin"; // expect: IOT1002
                public static int Use() => MqttPwd2.Length + BackupPasscode3.Length + WifiPsk2.Length + DeviceSecret01.Length + APIKEY2.Length + AdminPassword2.Length;
            }
            """);

    // ---------- 5. IOT3005 for a hex code from System.Random vs IOT1005 ----------

    // Regression guard: hex codes in place (IOT3005), a hex value under a password or PIN name (IOT1005), decimal codes (IOT1005).
    [Fact]
    public Task RT16_hex_and_decimal_random_codes() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Pairing
            {
                private readonly Random _rng = new Random();
                public string PairingCode() => _rng.Next().ToString("X8"); // expect: IOT3005
                public string OtaUnlockCode() => _rng.Next(0x10000).ToString("x4"); // expect: IOT3005
                public string GuestCode() => _rng.Next(1000000).ToString("D6"); // expect: IOT1005
                public void Make()
                {
                    var unlockCode = _rng.Next().ToString("X8"); // expect: IOT3005
                    var wifiPassword = _rng.Next().ToString("x8"); // expect: IOT1005
                    var setupPin = _rng.Next(0x10000).ToString("X4"); // expect: IOT1005
                    Console.WriteLine(unlockCode + wifiPassword + setupPin);
                }
            }
            """);

    [Fact]
    public Task RT16_hex_code_by_interpolation_or_format() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Pairing
            {
                private readonly Random _rng = new Random();
                public string PairingCode() => $"{_rng.Next(0x10000):X4}"; // expect: IOT3005
                public void Make()
                {
                    var unlockCode = $"{_rng.Next():X8}"; // expect: IOT3005
                    var activationCode = string.Format("{0:x8}", _rng.Next()); // expect: IOT3005
                    Console.WriteLine(unlockCode + activationCode);
                }
            }
            """);

    [Fact]
    public Task RT16_hex_code_cast_or_lowered_before_or_after_formatting() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Pairing
            {
                private readonly Random _rng = new Random();
                public void Make()
                {
                    var unlockCode = ((uint)_rng.Next()).ToString("X8"); // expect: IOT3005
                    var pairingCode = _rng.Next().ToString("X8").ToLowerInvariant(); // expect: IOT3005
                    Console.WriteLine(unlockCode + pairingCode);
                }
            }
            """);

    [Fact]
    public Task RT16_hex_code_held_in_a_local_first() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Pairing
            {
                private readonly Random _rng = new Random();
                public string Make()
                {
                    var hex = _rng.Next().ToString("X8"); // expect: IOT3005
                    var pairingCode = hex;
                    return pairingCode;
                }
            }
            """);

    // Bytes from NextBytes written in hex: one finding, IOT3005's (not IOT1005's beside it).
    [Fact]
    public Task RT16_hex_code_from_next_bytes() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Pairing
            {
                private readonly Random _rng = new Random();
                public void Make()
                {
                    var a = new byte[4];
                    _rng.NextBytes(a); // expect: IOT3005
                    var pairingCode = Convert.ToHexString(a);
                    var b = new byte[4];
                    _rng.NextBytes(b); // expect: IOT3005
                    var unlockCode = BitConverter.ToString(b).Replace("-", "");
                    Console.WriteLine(pairingCode + unlockCode);
                }
            }
            """);

    // Hard negatives: hex random for colours, trace and span IDs, client IDs, SSID suffixes, simulated MACs, jitter, and
    // event or fault codes a simulator makes up.
    [Fact]
    public Task RT16_hex_random_values_that_are_no_security_values() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Telemetry
            {
                private readonly Random _rng = new Random();
                public string BadgeColour() => $"#{_rng.Next(0x1000000):X6}";
                public void Make()
                {
                    var colorHex = _rng.Next(0x1000000).ToString("X6");
                    var traceId = _rng.Next().ToString("x8") + _rng.Next().ToString("x8");
                    var spanId = _rng.Next().ToString("x8");
                    var clientId = "sensor-" + _rng.Next().ToString("x6");
                    var apSsid = "Setup-" + _rng.Next(0x10000).ToString("X4");
                    var simulatedMac = "02:00:00:" + _rng.Next(0x100).ToString("X2");
                    var jitterMs = _rng.Next(0x100);
                    var doorFaultCode = _rng.Next(0x100).ToString("X2");
                    var alarmEventCode = _rng.Next(0x1000).ToString("X3");
                    Console.WriteLine(colorHex + traceId + spanId + clientId + apSsid + simulatedMac + jitterMs + doorFaultCode + alarmEventCode);
                }
            }
            """);

    // ---------- 6. placeholders: own names, elided tokens, masked SAS ----------

    [Fact]
    public Task RT16_elided_token_after_a_scheme_word() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Samples
            {
                public static void Run(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("Authorization", "Bearer eyJhbGciOi..."); // expect: IOT1006
                    http.DefaultRequestHeaders.Add("Authorization", "token ghp_..."); // expect: IOT1006
                }
            }
            """);

    [Fact]
    public Task RT16_token_elided_in_the_middle_or_after_a_dashed_prefix() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public static class Samples
            {
                public static void Run(HttpClient http)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ghp_Ab12...Xy9Z"); // expect: IOT1006
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk-proj-..."); // expect: IOT1006
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiJ9...SflKxwRJSMeKKF2QT4fwpM"); // expect: IOT1006
                }
            }
            """);

    // Regression guard: token prefixes the list knows, elided at their end; a credential's own name in any case.
    [Fact]
    public Task RT16_elided_known_prefixes_and_own_names() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public static class Samples
            {
                public static void Run(HttpClient http)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "xoxb-..."); // expect: IOT1006
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "sk_live_..."); // expect: IOT1006
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "glpat-…"); // expect: IOT1006
                    var a = new NetworkCredential("svc", "SECRET"); // expect: IOT1006
                    var b = new NetworkCredential("svc", "Passphrase"); // expect: IOT1006
                    var c = new NetworkCredential("svc", "api-token"); // expect: IOT1006
                }
            }
            """);

    // Hard negatives of the own-name rule: a word that starts with a credential's name, a credential word beside a word of
    // its own, a credential word with a number are working passwords.
    [Fact]
    public Task RT16_words_that_only_contain_a_credentials_name_are_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Net
            {
                public static NetworkCredential A() => new NetworkCredential("svc", "secretariat"); // expect: IOT1001
                public static NetworkCredential B() => new NetworkCredential("svc", "Secret Squirrel"); // expect: IOT1001
                public static NetworkCredential C() => new NetworkCredential("svc", "Tokenring-88"); // expect: IOT1001
                public static NetworkCredential D() => new NetworkCredential("svc", "keystone"); // expect: IOT1001
            }
            """);

    // Regression guard: a SAS token with a masked signature in a connection string's SharedAccessSignature= slot or in an
    // Authorization header carries no secret.
    [Fact]
    public Task RT16_masked_sas_in_a_connection_string_or_a_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using Microsoft.Azure.Devices.Client;
            public static class Hub
            {
                public static void Run(HttpClient http)
                {
                    DeviceClient.CreateFromConnectionString("HostName=hub.azure-devices.net;DeviceId=t1;SharedAccessSignature=SharedAccessSignature sr=hub.azure-devices.net%2Fdevices%2Ft1&sig=****&se=1592830262");
                    http.DefaultRequestHeaders.Add("Authorization", "SharedAccessSignature sr=hub.azure-devices.net%2Fdevices%2Ft1&sig=****&se=1592830262");
                }
            }
            """);

    // A masked signature that keeps its encoded padding (sig=****%3D, as a portal's or a log's copy shows it) is still masked.
    [Fact]
    public Task RT16_masked_sas_signature_keeping_its_padding() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using uPLibrary.Networking.M2Mqtt;
            public static class Hub
            {
                public static void Run(HttpClient http, MqttClient client)
                {
                    http.DefaultRequestHeaders.Add("Authorization", "SharedAccessSignature sr=hub.azure-devices.net%2Fdevices%2Ft1&sig=****%3D&se=1592830262");
                    client.Connect("t1", "hub.azure-devices.net/t1", "SharedAccessSignature sr=hub.azure-devices.net%2Fdevices%2Ft1&sig=****%3D&se=1592830262");
                }
            }
            """);

    // A template signature is IOT1006 at the broker (red team 15); so it must be in an Authorization header and in any
    // template spelling (YOUR_SIGNATURE).
    [Fact]
    public Task RT16_template_sas_signature_in_a_header_or_spelled_as_a_constant_name() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using uPLibrary.Networking.M2Mqtt;
            public static class Hub
            {
                public static void Run(HttpClient http, MqttClient client)
                {
                    http.DefaultRequestHeaders.Add("Authorization", "SharedAccessSignature sr=hub.azure-devices.net%2Fdevices%2Ft1&sig=<signature>&se=1592830262"); // expect: IOT1006
                    http.DefaultRequestHeaders.Add("Authorization", "SharedAccessSignature sr=hub.azure-devices.net%2Fdevices%2Ft1&sig=YOUR_SIGNATURE&se=1592830262"); // expect: IOT1006
                    client.Connect("t1", "hub.azure-devices.net/t1", "SharedAccessSignature sr=hub.azure-devices.net%2Fdevices%2Ft1&sig=YOUR_SIGNATURE&se=1592830262"); // expect: IOT1006
                }
            }
            """);

    // ---------- 7. crashes on half-typed code ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Generic; using System.Net; using System.Net.Http; using MQTTnet.Client; using nanoFramework.Networking;
        public static class WifiManager
        {
            private static string _ssid, _password;
            public static string Token { get; private set; }
            public static void Configure(string ssid, string password) { WifiManager._ssid = ssid; _password = password; Token = password ?? throw new ArgumentNullException(); }
            public static void SetToken(string token) => Token = token;
            public static bool Connect() => WifiNetworkHelper.ConnectDhcp(_ssid, _password + Token);
        }
        public static class LinkExtensions { public static MqttClientOptionsBuilder WithPassword(this MqttClientOptionsBuilder b, string password) => b.WithCredentials("u", password); }
        public abstract class ShellCommand { public abstract string Token { get; } }
        public sealed class Reboot : ShellCommand { public override string Token => "reboot"; }
        public static class Secrets
        {
            public static string WifiPassword2 => "Kettle!Marsh32";
            public static string ApiToken { get { return ("Qz8r" + "-Kt2m"); } set { } }
            public static string SasToken => """SharedAccessSignature sr=h&sig=****&se=1""";
            public static string AppSessionKeyBase64 => "q3Vx8Lm2Zp7Rt4Wy9Bc1Nd6F"!;
            static readonly string[] Factory = ["Qv7qLm2q"], Tried = ["Wv7qLm2x", .. Factory, .. Tried];
            static string[] More => new[] { "admin", $"{Factory[0]}" };
            static readonly (string User, string Password)[] Logins = [("svc", "Wv7qLm3a")];
            public static void Probe(HttpClient http, Random rng)
            {
                foreach (var p in Tried) { var c = new NetworkCredential("admin", p); }
                foreach (var p in More) { foreach (var q in [p, "x"]) { var c = new NetworkCredential(p, q); } }
                foreach (var l in Logins) { var c = new NetworkCredential(l.User, l.Password); }
                ReadOnlySpan<string> span = ["Yv7qLm2y", "root"]; foreach (var p in span) { var c = new NetworkCredential("admin", p); }
                WifiManager.Configure(password: "Basalt-Fern-64", ssid: "Barn");
                var pairingCode = $"{rng.Next():X8}"; var unlockCode = ((uint)rng.Next()).ToString("X8").ToLowerInvariant();
                var buf = new byte[4]; rng.NextBytes(buf); var activationCode = BitConverter.ToString(buf).Replace("-", "");
                http.DefaultRequestHeaders.Add("Authorization", "Bearer eyJhbGciOi..." + "ghp_Ab12...Xy9Z" + "sk-proj-...");
            }
        }
        """";

    // Every cut of a source of the session's shapes, and every source with a few characters removed: no analyzer throws.
    [Fact]
    public async Task RT16_no_analyzer_throws_on_cuts_of_the_session_shapes()
    {
        var sources = new List<string>();
        for (var cut = 23; cut < SessionShapes.Length; cut += 23)
        {
            sources.Add(SessionShapes.Substring(0, cut));
            sources.Add(SessionShapes.Remove(cut, Math.Min(7, SessionShapes.Length - cut)));
        }

        await AnalyzerRunner.AssertNoAnalyzerThrowsAsync(sources);
    }

    // ---------- 8. cost ----------

    // A static setter called from thousands of places with written text, its fields read at many sinks. The baseline names
    // the setter's parameter `label`, which is not followed.
    private static string StaticSetterCallers(string parameter, int callers, int sinks)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using nanoFramework.Networking;");
        sb.AppendLine("public static class WifiManager {");
        sb.AppendLine("  private static string _ssid; private static string _password;");
        sb.AppendLine($"  public static void Configure(string ssid, string {parameter}) {{ _ssid = ssid; _password = {parameter}; }}");
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"  public static bool Connect{s}() => WifiNetworkHelper.ConnectDhcp(_ssid, _password);");
        }

        sb.AppendLine("}");
        sb.AppendLine("public static class Sites {");
        for (var c = 0; c < callers; c++)
        {
            sb.AppendLine($"  public static void S{c}() => WifiManager.Configure(\"Barn{c}\", \"Basalt-Fern-{c}x\");");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT16_a_static_setter_called_from_thousands_of_places()
    {
        await CostGuards.TimeAsync(StaticSetterCallers("password", 4, 2));
        var baseline = await CostGuards.TimeAsync(StaticSetterCallers("label", 3000, 100));
        var followed = await CostGuards.TimeAsync(StaticSetterCallers("password", 3000, 100));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // A password list written as a collection expression of thousands of rows, tried at many sinks; the baseline is the same
    // list as an array initializer (the path red team 15 guarded).
    private static string CollectionExpressionList(bool collectionExpression, int rows, int sinks)
    {
        var items = string.Join(", ", Enumerable.Range(0, rows).Select(i => $"\"Rw{i}-Lm{i * 7 % 97}-Qx{i * 13 % 89}\""));
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System.Net;");
        sb.AppendLine("public static class Probe {");
        sb.AppendLine(collectionExpression ? $"  static readonly string[] Written = [{items}];" : $"  static readonly string[] Written = {{ {items} }};");
        sb.AppendLine("  public static void Run() {");
        sb.AppendLine("    foreach (var p in Written) {");
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"      var c{s} = new NetworkCredential(\"user{s}\", p);");
        }

        sb.AppendLine("    }");
        sb.AppendLine("  }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT16_a_collection_expression_of_thousands_of_passwords_at_many_sinks()
    {
        await CostGuards.TimeAsync(CollectionExpressionList(collectionExpression: true, 10, 2));
        var baseline = await CostGuards.TimeAsync(CollectionExpressionList(collectionExpression: false, 2000, 10));
        var followed = await CostGuards.TimeAsync(CollectionExpressionList(collectionExpression: true, 2000, 10));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // Password lists spread into each other in a chain (L1 = [.. L0, "..."], L2 = [.. L1, "..."], ...) and nested loops over
    // them; the baseline's lists hold host names tried at the host slot.
    private static string SpreadChain(bool passwords, int levels)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System.Net; using System.Net.Http;");
        sb.AppendLine("public static class Probe {");
        sb.AppendLine("  static readonly string[] L0 = [\"Rw0-Lm0-Qx0\"];");
        for (var i = 1; i < levels; i++)
        {
            sb.AppendLine($"  static readonly string[] L{i} = [.. L{i - 1}, \"Rw{i}-Lm{i % 97}-Qx{i % 89}\", .. L{i - 1}];");
        }

        sb.AppendLine("  public static void Run(HttpClient http, string password) {");
        for (var i = 0; i < levels; i += Math.Max(1, levels / 20))
        {
            sb.AppendLine(passwords
                ? $"    foreach (var p{i} in L{i}) foreach (var q{i} in L{levels - 1}) {{ var c = new NetworkCredential(q{i}, p{i}); }}"
                : $"    foreach (var p{i} in L{i}) foreach (var q{i} in L{levels - 1}) {{ var c = new NetworkCredential(p{i} + q{i}, password); }}");
        }

        sb.AppendLine("  }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT16_password_lists_spread_into_each_other()
    {
        await CostGuards.TimeAsync(SpreadChain(passwords: true, 4));
        var baseline = await CostGuards.TimeAsync(SpreadChain(passwords: false, 200));
        var followed = await CostGuards.TimeAsync(SpreadChain(passwords: true, 200));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // Thousands of secret-named getters returning literals (judged unbound) against the same as initialized properties.
    private static string ManyGetters(bool getters, int count)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("public static class Secrets {");
        for (var i = 0; i < count; i++)
        {
            sb.AppendLine(getters
                ? $"  public static string Device{i}Password => \"Kettle!Marsh{i}\";"
                : $"  public static string Device{i}Password {{ get; }} = \"Kettle!Marsh{i}\";");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT16_thousands_of_getters_returning_literals()
    {
        await CostGuards.TimeAsync(ManyGetters(getters: true, 10));
        var baseline = await CostGuards.TimeAsync(ManyGetters(getters: false, 4000));
        var followed = await CostGuards.TimeAsync(ManyGetters(getters: true, 4000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
