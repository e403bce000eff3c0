using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 15: the session's changes (13b8ff0, b8e56db, abf3c20). A secret-named string initialized with a literal judged
/// from the literal's text without binding (SecretNamedSite.Literal), readings that skip values whose holes are all
/// parameters (MayHideAMember), library constructor parameters read without first-letter case and ...Secret names, a record
/// built in a field and copied to a local, fluent builder setter methods, written password lists tried in a foreach, the new
/// placeholders (a credential's own name, a token elided after a prefix), masked SAS tokens, configuration paths saying mock,
/// access codes named by what they open; crashes on half-typed code and cost.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam15Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam15Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. secret-named symbols initialized with a literal: judged on the literal's text, unbound ----------

    // Every declaration form of the same value must get the same verdict: the unbound literal forms (const, static readonly,
    // property initializer, string?, verbatim, raw, local) and the bound ones ($"...", "a" + "b", a constructor's assignment).
    private static readonly (string Value, string? Expected)[] LiteralGrid =
    {
        ("Kettle!Marsh27", "IOT1004"),
        ("correct horse battery staple", "IOT1004"),
        ("public", "IOT1004"),
        ("admin", "IOT1002"),
        ("1234", "IOT1002"),
        ("changeme", "IOT1002"),
        ("YOUR_PASSWORD", null),
        ("6E400003-B5A3-F393-E0A9-E50E24DCCA9E", null),
        ("Token expired, sign in again", null),
        ("secret", null),
        ("Mqtt:Password", null),
        ("********", null),
        ("DevicePassword", null),
        ("example-api-key-123", null),
        ("eyJhbGciOi...", null),
        ("/etc/device/secret", null),
        ("MQTT_PASSWORD", null),
    };

    private static string LiteralGridSource()
    {
        static string Split(string v) => $"\"{v.Substring(0, v.Length / 2)}\" + \"{v.Substring(v.Length / 2)}\"";
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < LiteralGrid.Length; i++)
        {
            var (v, expected) = LiteralGrid[i];
            var label = expected is null ? string.Empty : " // expect: " + expected;
            var q = "\"" + v + "\"";
            var forms = new[]
            {
                $"const string DevicePassword = {q};",
                $"static readonly string DevicePassword = {q};",
                $"static string DevicePassword {{ get; }} = {q};",
                $"static string? DevicePassword = {q};",
                $"static readonly string DevicePassword = @{q};",
                $"static readonly string DevicePassword = \"\"\"{v}\"\"\";",
                $"static readonly string DevicePassword = ${q};",
                $"static readonly string DevicePassword = {Split(v)};",
                $"const string DevicePassword = {Split(v)};",
                $"static void M() {{ var devicePassword = {q}; System.Console.WriteLine(devicePassword.Length); }}",
                $"static void M() {{ var devicePassword = {Split(v)}; System.Console.WriteLine(devicePassword.Length); }}",
                $"string _devicePassword; F11() {{ _devicePassword = {q}; }}",
            };
            sb.AppendLine($"public class Value{i}");
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
    public Task RT15_literal_initializers_agree_with_bound_ones_in_every_form() =>
        ExpectComments.AssertAsync(LiteralGridSource());

    [Fact]
    public Task RT15_parenthesized_or_null_forgiving_literal_initializer() =>
        ExpectComments.AssertAsync("""
            public class Lab
            {
                private const string ApiToken = ("Qz8r-Kt2m-Wp7x-Vn4b"); // expect: IOT1004
                private static readonly string MqttPassword = ((("Kettle!Marsh45"))); // expect: IOT1004
                private static readonly string CamPassword = "Kettle!Marsh63"!; // expect: IOT1004
                public static void M()
                {
                    var wifiPassword = ("Kettle!Marsh47"); // expect: IOT1004
                    System.Console.WriteLine(wifiPassword.Length);
                }
            }
            """);

    [Fact]
    public Task RT15_expression_bodied_property_returning_a_literal() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public static string ApiToken => "Qz8r-Kt2m-Wp7x-Vn4a"; // expect: IOT1004
                public static string MqttPassword { get { return "Kettle!Marsh60"; } } // expect: IOT1004
                public static string Backup { get; } = "unrelated";
                public static string TokenHeader => "X-Auth-Token";
                public static string PasswordPrompt => "Enter the password:";
                public static string SampleToken => "example-token-value";
                public static string DeviceToken => System.Environment.GetEnvironmentVariable("DEVICE_TOKEN");
            }
            """);

    [Fact]
    public Task RT15_secret_name_with_a_digit_suffix() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string WifiPassword2 = "Kettle!Marsh48"; // expect: IOT1004
                public const string ApiToken3 = "Qz8r-Kt2m-Wp7x-Vn4d"; // expect: IOT1004
                public const string WIFI_PASSWORD_2 = "Kettle!Marsh49"; // expect: IOT1004
                public const string ApiKey1 = "Qz8r-Kt2m-Wp7x-Vn4c"; // expect: IOT1004
                public const string LedPin2 = "4417";
                public const string TokenUrl2 = "https://auth.example/oauth2/token";
                public const string PasswordHash1 = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8";
            }
            """);

    // ---------- 2. readings: values whose holes are all parameters (MayHideAMember) ----------

    // Regression guard: a member several constructors give values, read beside a parameter in a URI (the value has a member
    // hole, so readings run), found at both sinks; a value of parameters only gives nothing and costs one reading.
    [Fact]
    public Task RT15_member_read_per_value_beside_a_parameter() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class UriClient
            {
                private readonly string _password;
                public UriClient(Func<string, string> configuration) { _password = configuration("Password"); }
                public UriClient() { _password = "Kettle!Marsh84"; } // expect: IOT1001 IOT1001
                public Uri Broker(string user) => new Uri($"mqtt://{user}:{_password}@broker.plant.local:1883");
                public Uri Other(string user, string password) => new Uri($"mqtt://{user}:{password}@broker.plant.local:1883");
                public Uri Snapshot(string host) => new Uri($"http://{host}/cgi-bin/snapshot.cgi?user=admin&pwd={_password}");
            }
            """);

    [Fact]
    public Task RT15_uri_helper_of_parameters_called_with_a_multi_valued_member() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class UriClient
            {
                private readonly string _password;
                public UriClient(Func<string, string> configuration) { _password = configuration("Password"); }
                public UriClient() { _password = "Kettle!Marsh85"; } // expect: IOT1001
                public Uri A() => Broker("svc", _password);
                public Uri B() => Broker("svc", "Kettle!Marsh86"); // expect: IOT1001
                private static Uri Broker(string user, string password) => new Uri($"mqtt://{user}:{password}@broker.plant.local:1883");
            }
            """);

    [Fact]
    public Task RT15_basic_header_with_a_run_time_user_name() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class RouterClient
            {
                private const string Password = "Kettle!Marsh81"; // expect: IOT1001
                private readonly string _password = "Kettle!Marsh82"; // expect: IOT1001
                public void A(HttpClient client, string user) =>
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}:{Password}")));
                public void B(HttpClient client, string user) =>
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + _password)));
                public void C(HttpClient client) =>
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(Environment.UserName + ":Kettle!Marsh83"))); // expect: IOT1001
            }
            """);

    // ---------- 3. library constructor parameters: Pascal case and ...Secret ----------

    private const string LibraryParameters = """
        namespace Kube.Deploy
        {
            public class PodSpec { public string ImagePullSecret { get; set; } public string TlsSecret { get; set; } }
            public class IngressTls { public IngressTls(string host, string tlsSecret) { } }
            public class Release { public Release(string chart, string valuesSecret) { } }
        }
        namespace Acme.Lexer { public class LexToken { public LexToken(string Kind, string Token) { } } }
        namespace Acme.Vault { public class VaultPath { public VaultPath(string Secret) { } } }
        namespace Acme.Auth
        {
            public class OAuthResult { public OAuthResult(string AccessToken, string TokenType) { } }
            public class SecretRef { public SecretRef(string SecretName, string KeyName) { } }
            public class PushMessage { public PushMessage(string DeviceToken, string Body) { } }
            public class Page { public Page(string ContinuationToken) { } }
        }
        namespace Acme.Cloud
        {
            public class Gateway { public Gateway(string host, string deviceSecret) { } }
            public class Hook { public Hook(string url, string WebhookSecret) { } }
            public class Client { public Client(string host, string ApiToken) { } public Client(string host, int port, string AppSecret) { } }
            public class Legacy { public Legacy(string host, int port, string API_KEY) { } }
        }
        """;

    private static readonly string[] LibraryParametersLib = { LibraryParameters };

    [Fact]
    public Task RT15_library_secret_names_that_name_a_kubernetes_secret() =>
        ExpectComments.AssertAsync(LibraryParametersLib, """
            using Kube.Deploy;
            public static class Deploy
            {
                public static void Run()
                {
                    var pod = new PodSpec { ImagePullSecret = "regcred" };
                    pod.TlsSecret = "gateway-tls-cert";
                    var tls = new IngressTls("gw.example.com", "gateway-tls");
                    var release = new Release("edge-agent", "edge-agent-values");
                }
            }
            """);

    [Fact]
    public Task RT15_pascal_case_token_or_secret_of_a_library_type_that_is_no_client() =>
        ExpectComments.AssertAsync(LibraryParametersLib, """
            using Acme.Lexer;
            using Acme.Vault;
            public static class Parser
            {
                public static void Run()
                {
                    var a = new LexToken("Identifier", "foreach");
                    var b = new LexToken("Keyword", "return");
                    var vault = new VaultPath("kv/data/devices/broker");
                }
            }
            """);

    // Regression guard: Pascal-case parameters that name no credential (TokenType, SecretName, KeyName, DeviceToken,
    // ContinuationToken) stay no sinks; the credential ones (deviceSecret, WebhookSecret, ApiToken, AppSecret, API_KEY) are.
    [Fact]
    public Task RT15_pascal_case_and_secret_suffixed_library_parameters() =>
        ExpectComments.AssertAsync(LibraryParametersLib, """
            using Acme.Auth;
            using Acme.Cloud;
            public static class Cloud
            {
                public static void Run()
                {
                    var oauth = new OAuthResult(System.Environment.GetEnvironmentVariable("T"), "Bearer");
                    var reference = new SecretRef("mqtt-broker", "password");
                    var push = new PushMessage("fcm-device-registration-token-3f9a", "Door opened");
                    var page = new Page("eyJvZmZzZXQiOjEwMH0");
                    var g = new Gateway("gw.local", "Kettle!Marsh27"); // expect: IOT1001
                    var h = new Hook("https://hooks.example/x", "whsec_Q8v2Lm4Tz9Wk3Rn7"); // expect: IOT1001
                    var c = new Client("api.local", "Qz8r-Kt2m-Wp7x-Vn4b"); // expect: IOT1001
                    var d = new Client("api.local", 443, "Rz8r-Kt2m-Wp7x-Vn4b"); // expect: IOT1001
                    var f = new Legacy("api.local", 443, "Tz8r-Kt2m-Wp7x-Vn4b"); // expect: IOT1001
                }
            }
            """);

    // ---------- 4. a record built in a field and copied to a local ----------

    // Regression guard: three locals, two fields, a property and an instance field between the record and the sink.
    [Fact]
    public Task RT15_record_copied_through_locals_fields_and_properties() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public class YardCameras
            {
                private static readonly HttpClient Client = new HttpClient();
                public record Camera(string Name, string Host, string User, string Pwd);
                private static readonly Camera Gate = new Camera("gate", "10.9.0.5", "ptz", "Hq3vLx9Wd2"); // expect: IOT1001
                private static readonly Camera Mast = new Camera("mast", "10.9.0.9", "ptz", "Kq3vLx9Wd5"); // expect: IOT1001
                private static readonly Camera Hub1 = Mast;
                private static readonly Camera Hub2 = Hub1;
                private static readonly Camera Roof = new Camera("roof", "10.9.0.10", "ptz", "Lq3vLx9Wd6"); // expect: IOT1001
                private static Camera Current { get; } = Roof;
                private readonly Camera _main = new("main", "10.9.0.7", "ptz", "Mq3vLx9Wd7"); // expect: IOT1001
                public Task Three(int step)
                {
                    var a = Gate;
                    var b = a;
                    var cam = b;
                    return Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
                }
                public Task Fields(int step)
                {
                    var cam = Hub2;
                    return Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
                }
                public Task Property(int step)
                {
                    var cam = Current;
                    return Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
                }
                public Task Instance(int step)
                {
                    var cam = _main;
                    return Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
                }
            }
            """);

    [Fact]
    public Task RT15_record_copied_with_a_with_expression() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public class YardCameras
            {
                private static readonly HttpClient Client = new HttpClient();
                public record Camera(string Name, string Host, string User, string Pwd);
                private static readonly Camera Gate = new Camera("gate", "10.9.0.5", "ptz", "Hq3vLx9Wd2"); // expect: IOT1001
                private static readonly Camera Pier = new Camera("pier", "10.9.0.8", "ptz", "Jq3vLx9Wd4"); // expect: IOT1001
                public Task Pan(int step)
                {
                    var cam = Gate;
                    return Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
                }
                public Task Moved(int step)
                {
                    var cam = Pier with { Host = "10.9.0.18" };
                    return Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
                }
            }
            """);

    // ---------- 5. fluent builder setter methods ----------

    // Regression guard: this._password, an expression-bodied void setter, a guard clause, a property set by the setter, a
    // setter in another part of a partial class, two setters for one field (a default and a template among their callers).
    [Fact]
    public Task RT15_setter_method_variants_that_are_followed() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public partial class BrokerLink
            {
                private string _host = "";
                private string _password = "";
                private string _apiKey = "";
                private string _secret = "";
                private string Token { get; set; } = "";
                public BrokerLink UseHost(string host) { _host = host; return this; }
                public BrokerLink UsePassword(string password) { this._password = password; return this; }
                public BrokerLink WithPassphrase(string passphrase) { _password = passphrase; return this; }
                public void SetApiKey(string apiKey) => _apiKey = apiKey;
                public BrokerLink UseSecret(string secret) { if (secret is null) throw new ArgumentNullException(nameof(secret)); _secret = secret ?? throw new ArgumentNullException(nameof(secret)); return this; }
                public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithTcpServer(_host).WithCredentials("u", _password);
                public MqttClientOptionsBuilder BuildKey() => new MqttClientOptionsBuilder().WithTcpServer(_host).WithCredentials("key", _apiKey);
                public MqttClientOptionsBuilder BuildSecret() => new MqttClientOptionsBuilder().WithTcpServer(_host).WithCredentials("secret", _secret);
                public MqttClientOptionsBuilder BuildToken() => new MqttClientOptionsBuilder().WithTcpServer(_host).WithCredentials("token", Token);
            }
            public partial class BrokerLink
            {
                public BrokerLink UseToken(string token) { Token = token; return this; }
            }
            public static class Greenhouse
            {
                public static void Run()
                {
                    new BrokerLink().UseHost("shed.lan").UsePassword("Basalt-Fern-46").Build(); // expect: IOT1001
                    new BrokerLink().WithPassphrase("Basalt-Fern-56").Build(); // expect: IOT1001
                    new BrokerLink().WithPassphrase("changeme").Build(); // expect: IOT1002
                    new BrokerLink().UsePassword("<broker-password>").Build(); // expect: IOT1006
                    var b = new BrokerLink(); b.SetApiKey("Basalt-Fern-48"); b.BuildKey(); // expect: IOT1001
                    new BrokerLink().UseSecret("Basalt-Fern-49").BuildSecret(); // expect: IOT1001
                    new BrokerLink().UseToken("Basalt-Fern-53").BuildToken(); // expect: IOT1001
                    new BrokerLink().UsePassword(Environment.GetEnvironmentVariable("SHED_MQTT_PASSWORD")).Build();
                }
            }
            """);

    [Fact]
    public Task RT15_setter_methods_that_trim_guard_or_default_their_value() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public class BrokerLink
            {
                private string _password = "";
                private string _token = "";
                private string _apiKey = "";
                public BrokerLink UsePassword(string password) { _password = password.Trim(); return this; }
                public BrokerLink UseToken(string token) { if (!string.IsNullOrEmpty(token)) _token = token; return this; }
                public BrokerLink UseApiKey(string apiKey) { apiKey ??= ""; _apiKey = apiKey; return this; }
                public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithTcpServer("h").WithCredentials("u", _password);
                public MqttClientOptionsBuilder BuildToken() => new MqttClientOptionsBuilder().WithTcpServer("h").WithCredentials("token", _token);
                public MqttClientOptionsBuilder BuildKey() => new MqttClientOptionsBuilder().WithTcpServer("h").WithCredentials("key", _apiKey);
            }
            public static class Greenhouse
            {
                public static void Run()
                {
                    new BrokerLink().UsePassword("Basalt-Fern-46").Build(); // expect: IOT1001
                    new BrokerLink().UseToken("Basalt-Fern-47").BuildToken(); // expect: IOT1001
                    new BrokerLink().UseApiKey("Basalt-Fern-48").BuildKey(); // expect: IOT1001
                }
            }
            """);

    [Fact(Skip = "Gap, red team 15: a setter whose parameter is overwritten with a literal before it is stored (password = \"...\"; _password = password;) reports nothing at all, though that literal is what reaches WithCredentials: ReadConstructorValues skips the setter (IsReassigned(parameter)) and follows nothing else, and an assignment to a parameter is no secret-named site. It should report IOT1001 at the literal")]
    public Task RT15_setter_whose_parameter_is_overwritten_with_a_literal() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public class BrokerLink
            {
                private string _password = "";
                public BrokerLink UsePassword(string password)
                {
                    password = "Basalt-Fern-54"; // expect: IOT1001
                    _password = password;
                    return this;
                }
                public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithTcpServer("h").WithCredentials("u", _password);
            }
            public static class Greenhouse
            {
                public static void Run() => new BrokerLink().UsePassword(System.Environment.GetEnvironmentVariable("P")).Build();
            }
            """);

    [Fact]
    public Task RT15_static_setter_of_a_static_class() =>
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
                    WifiManager.Configure("Barn", "Basalt-Fern-50"); // expect: IOT1001
                    WifiManager.Connect();
                    WifiManager.Configure("Stable", "<wifi-password>"); // expect: IOT1006
                    WifiManager.Configure("Field", System.Environment.GetEnvironmentVariable("FIELD_WIFI_PSK"));
                }
                public static void FromFile(string typed) => WifiManager.Configure("Loft", typed);
            }
            """);

    private static string SetterCallers(int callers)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using MQTTnet.Client;");
        sb.AppendLine("public class BrokerLink");
        sb.AppendLine("{");
        sb.AppendLine("    private string _password = \"\";");
        sb.AppendLine("    public BrokerLink UsePassword(string password) { _password = password; return this; }");
        sb.AppendLine("    public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithTcpServer(\"h\").WithCredentials(\"u\", _password);");
        sb.AppendLine("}");
        sb.AppendLine("public static class Sites");
        sb.AppendLine("{");
        for (var i = 0; i < callers; i++)
        {
            sb.AppendLine($"    public static void S{i}() => new BrokerLink().UsePassword(\"Basalt-Fern-{i:00}x\").Build(); // expect: IOT1001");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    // Regression guard: sixteen callers of a setter, each found.
    [Fact]
    public Task RT15_sixteen_callers_of_a_setter_are_each_found() =>
        ExpectComments.AssertAsync(SetterCallers(16));

    [Fact(Skip = "Gap, red team 15: a fluent setter called from seventeen places with written passwords reports nothing at all, while sixteen are all IOT1001: ReadConstructorValues returns its values only when given.Count <= InvocationIndex.MaxCallSites, otherwise none, so one caller more hides every one (the arguments are no secret-named sites either). A cap should keep the first sixteen, not drop them all. It should report IOT1001 at each (or at least at sixteen)")]
    public Task RT15_seventeen_callers_of_a_setter_hide_them_all() =>
        ExpectComments.AssertAsync(SetterCallers(17));

    // ---------- 6. written password lists tried in a foreach ----------

    // Regression guard: an array field, a List field, a nested loop through a wrapper's constructor.
    [Fact]
    public Task RT15_written_password_lists_in_fields_reach_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public class CameraLink
            {
                public ICredentials Credentials { get; }
                internal CameraLink(string ip, string password) => Credentials = new NetworkCredential("admin", password);
            }
            public static class Discovery
            {
                static readonly string[] Defaults = { "Wv7qLm2x", "admin" }; // expect: IOT1001 IOT1002
                static readonly List<string> Extra = new List<string> { "Xv7qLm2y" }; // expect: IOT1001
                static readonly string[] Tried = { "Uv7qLm2u", "4321" }; // expect: IOT1001 IOT1002 (4321, a run of digits down to 1, is a universal default since the thirty-fourth session)
                static readonly string[] Hosts = { "10.0.0.5", "10.0.0.6" };
                public static void Probe()
                {
                    foreach (var p in Defaults) { var c = new NetworkCredential("admin", p); }
                    foreach (var p in Extra) { var c = new NetworkCredential("admin", p); }
                    foreach (var host in Hosts)
                    foreach (var p in Tried)
                    {
                        var link = new CameraLink(host, p);
                    }
                }
            }
            """);

    // Regression guard: lists of host names, client ids, user names and SSIDs tried at their own (non-credential)
    // parameters, lists read at run time, and a deny-list of weak passwords compared with the entered one: no finding.
    [Fact]
    public Task RT15_lists_of_non_credentials_and_run_time_lists_are_no_findings() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            using nanoFramework.Networking;
            public static class Fleet
            {
                static readonly string[] Brokers = { "broker-a.plant.local", "broker-b.plant.local" };
                static readonly List<string> ClientIds = new() { "press-01", "press-02", "admin" };
                static readonly string[] Users = { "operator", "admin", "root" };
                static readonly string[] Networks = { "Barn", "Shed-Guest", "admin" };
                static readonly string[] Banned = { "123456", "password", "qwerty", "letmein", "Winter2024!" };
                static string[] _loaded = File.ReadAllLines("/etc/pw");
                public static void Run(string password, List<string> given)
                {
                    foreach (var host in Brokers) { new MqttClient(host).Connect("press", "press", password); }
                    foreach (var id in ClientIds) { new MqttClient("b").Connect(id, "press", password); }
                    foreach (var user in Users) { var c = new NetworkCredential(user, password); }
                    foreach (var ssid in Networks) { WifiNetworkHelper.ConnectDhcp(ssid, password); }
                    foreach (var p in File.ReadAllLines("/etc/passwords")) { var c = new NetworkCredential("admin", p); }
                    foreach (var p in given) { var c = new NetworkCredential("admin", p); }
                    foreach (var p in _loaded) { var c = new NetworkCredential("admin", p); }
                    var fromEnv = new List<string> { Environment.GetEnvironmentVariable("P1"), Environment.GetEnvironmentVariable("P2") };
                    foreach (var p in fromEnv) { var c = new NetworkCredential("admin", p); }
                }
                public static bool IsAllowed(string password)
                {
                    foreach (var weak in Banned)
                    {
                        if (string.Equals(password, weak, StringComparison.OrdinalIgnoreCase) || password == weak) return false;
                    }
                    return true;
                }
            }
            """);

    [Fact]
    public Task RT15_password_list_as_a_collection_expression_or_built_in_place() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public static class Discovery
            {
                static readonly string[] Tried = ["Wv7qLm2x", "12345"]; // expect: IOT1001 IOT1002
                public static void Probe()
                {
                    foreach (var p in Tried) { var c = new NetworkCredential("admin", p); }
                    List<string> more = ["Zv7qLm2w"]; // expect: IOT1001
                    foreach (var p in more) { var c = new NetworkCredential("admin", p); }
                    foreach (var p in new[] { "Av7qLm2a", "root" }) { var c = new NetworkCredential("admin", p); } // expect: IOT1001 IOT1002
                }
            }
            """);

    // (fixed by later work; unskipped in the twenty-ninth session)
    [Fact]
    public Task RT15_password_list_extended_with_add_before_the_loop() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public static class Discovery
            {
                public static void Probe()
                {
                    var list = new List<string> { "Wv7qLm2x" }; // expect: IOT1001
                    list.Add("Bv7qLm2b"); // expect: IOT1001
                    foreach (var p in list) { var c = new NetworkCredential("admin", p); }
                }
            }
            """);

    [Fact]
    public Task RT15_dictionary_of_logins_tried_in_a_loop() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public static class Discovery
            {
                static readonly Dictionary<string, string> Logins = new() { ["admin"] = "Wv7qLm2x", ["service"] = "Cv7qLm2c" }; // expect: IOT1001 IOT1001
                public static void Probe()
                {
                    foreach (var kv in Logins) { var c = new NetworkCredential(kv.Key, kv.Value); }
                }
            }
            """);

    // ---------- 7. placeholders: a credential's own name, an elided token ----------

    // Regression guard: a credential's own name alone is a template, with any case; with a character more it is a password;
    // a scheme word before a run-time token in a header ("Token " + apiToken) is no template.
    [Fact]
    public Task RT15_own_names_and_scheme_words_before_a_run_time_token() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public static class Api
            {
                public static NetworkCredential A() => new NetworkCredential("svc", "Token"); // expect: IOT1006
                public static NetworkCredential B() => new NetworkCredential("svc", "PSK"); // expect: IOT1006
                public static NetworkCredential C() => new NetworkCredential("svc", "Secret!"); // expect: IOT1001
                public static NetworkCredential D() => new NetworkCredential("svc", "eyJhbGciOi..."); // expect: IOT1006
                public static void E(HttpClient http, string apiToken) => http.DefaultRequestHeaders.Add("Authorization", "Token " + apiToken);
                public static void F(HttpClient http, string token) => http.DefaultRequestHeaders.Add("Authorization", $"token {token}");
                public static void G(HttpClient http, string key) => http.DefaultRequestHeaders.Add("Authorization", "Key " + key);
                public static void H(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", "Token " + Environment.GetEnvironmentVariable("API_TOKEN"));
                public static void I(HttpClient http, string secret) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Secret", secret);
                public static void J(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", "Token " + System.IO.File.ReadAllText("/etc/token"));
            }
            """);

    [Fact]
    public Task RT15_working_password_with_an_ellipsis() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Net
            {
                public static NetworkCredential A() => new NetworkCredential("svc", "Kettle...Marsh27"); // expect: IOT1001
                public static NetworkCredential B() => new NetworkCredential("svc", "Tr0ub4dor...&3x"); // expect: IOT1001
                public static NetworkCredential C() => new NetworkCredential("svc", "Welcome2024..."); // expect: IOT1001
            }
            """);

    [Fact]
    public Task RT15_jwt_elided_after_its_whole_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public static class Samples
            {
                public static void Run(HttpClient http)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."); // expect: IOT1006
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOi..."); // expect: IOT1006
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOi…"); // expect: IOT1006
                }
            }
            """);

    // ---------- 8. SAS tokens with a masked or missing signature ----------

    // Regression guard: masked, redacted or empty signatures carry no secret; "SharedAccessSignature ...." stays a template;
    // a Storage SAS URL with a masked sig is none; a signed one is key material.
    [Fact]
    public Task RT15_sas_tokens_with_masked_or_missing_signatures() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using uPLibrary.Networking.M2Mqtt;
            public static class Hub
            {
                public static void Run(MqttClient client, HttpClient http)
                {
                    client.Connect("d", "u", "SharedAccessSignature sr=hub.azure-devices.net&sig=[redacted]&se=1592830262");
                    client.Connect("d", "u", "SharedAccessSignature sr=hub.azure-devices.net&sig=&se=1592830262&skn=iothubowner");
                    client.Connect("d", "u", "SharedAccessSignature sr=hub.azure-devices.net&se=1592830262");
                    client.Connect("d", "u", "SharedAccessSignature ...."); // expect: IOT1006
                    client.Connect("d", "u", "SharedAccessSignature sr=hub.azure-devices.net&sig=Qm8%2Bz1Rk4Tn7Wv2Xy5Ab9Cd3Ef6Gh0Jk%3D&se=1592830262"); // expect: IOT1003
                    http.GetAsync("https://acct.blob.core.windows.net/c/f.bin?sv=2021-08-06&sr=b&sig=****");
                }
            }
            """);

    [Fact]
    public Task RT15_masked_sas_token_in_a_secret_named_constant() =>
        ExpectComments.AssertAsync("""
            public static class Hub
            {
                private const string MaskedSasToken = "SharedAccessSignature sr=tracker-hub.azure-devices.net%2Fdevices%2Ftracker-12&sig=****&se=1592830262";
                private const string UnsignedSasToken = "SharedAccessSignature sr=tracker-hub.azure-devices.net%2Fdevices%2Ftracker-12&se=1592830262";
                public static int Length() => MaskedSasToken.Length + UnsignedSasToken.Length;
            }
            """);

    [Fact]
    public Task RT15_sas_token_with_a_template_signature() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Hub
            {
                public static void Run(MqttClient client)
                {
                    client.Connect("d", "u", "SharedAccessSignature sr=hub.azure-devices.net&sig=<signature>&se=1592830262"); // expect: IOT1006
                    client.Connect("d", "u", "SharedAccessSignature sr=hub.azure-devices.net&sig={signature}&se=1592830262"); // expect: IOT1006
                }
            }
            """);

    [Fact(Skip = "Wrong rule, red team 15: a signed SAS token whose fields come in another order (sig=...&se=...&sr=... last) or with a masked key name beside a real signature (skn=****&sig=...) is IOT1001 (a password), while sr=...&sig=...&se=... is IOT1003 (key material): the SAS reader that gives IOT1003 expects sr first and is thrown by a masked field. The signature is key material wherever its field sits. It should report IOT1003")]
    public Task RT15_signed_sas_token_with_fields_in_another_order() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Hub
            {
                public static void Run(MqttClient client)
                {
                    client.Connect("d", "u", "SharedAccessSignature sig=Qm8%2Bz1Rk4Tn7Wv2Xy5Ab9Cd3Ef6Gh0Jk%3D&se=1592830262&sr=hub.azure-devices.net"); // expect: IOT1003
                    client.Connect("d", "u", "SharedAccessSignature sr=hub.azure-devices.net&skn=****&sig=Rm8%2Bz1Rk4Tn7Wv2Xy5Ab9Cd3Ef6Gh0Jk%3D&se=1592830262"); // expect: IOT1003
                }
            }
            """);

    // ---------- 9. configuration paths saying mock ----------

    // Regression guard: words that merely contain mock or test (mockingbird, hammock, attestation, latest, testnet, contest,
    // Mockup) say nothing; mock. and Mock: do.
    [Fact]
    public Task RT15_configuration_paths_that_only_contain_mock_or_test() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Config
            {
                public static Dictionary<string, string> Defaults() => new Dictionary<string, string>
                {
                    ["mock.apiKey"] = "Vn4-Qz8r-Kt2m-Wp7a",
                    ["Mock:ApiKey"] = "Vn4-Qz8r-Kt2m-Wp7b",
                    ["mockingbird.apiKey"] = "Vn4-Qz8r-Kt2m-Wp7c", // expect: IOT1001
                    ["hammock.apiKey"] = "Vn4-Qz8r-Kt2m-Wp7d", // expect: IOT1001
                    ["attestation.token"] = "Vn4-Qz8r-Kt2m-Wp7e", // expect: IOT1001
                    ["latest.apiKey"] = "Vn4-Qz8r-Kt2m-Wp7f", // expect: IOT1001
                    ["testnet.apiKey"] = "Vn4-Qz8r-Kt2m-Wp7g", // expect: IOT1001
                    ["contest:password"] = "Vn4-Qz8r-Kt2m-Wp7h", // expect: IOT1001
                    ["Mockup:ApiKey"] = "Vn4-Qz8r-Kt2m-Wp7k", // expect: IOT1001
                };
            }
            """);

    [Fact]
    public Task RT15_configuration_paths_saying_mocks_tests_or_stubs() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Config
            {
                public static Dictionary<string, string> Defaults() => new Dictionary<string, string>
                {
                    ["mocks:broker:password"] = "Vn4-Qz8r-Kt2m-Wp7j",
                    ["Mocks.ApiKey"] = "Vn4-Qz8r-Kt2m-Wp7n",
                    ["fakes.apiKey"] = "Vn4-Qz8r-Kt2m-Wp7r",
                    ["test.apiKey"] = "Vn4-Qz8r-Kt2m-Wp7p",
                    ["stub:password"] = "Vn4-Qz8r-Kt2m-Wp7t",
                };
            }
            """);

    [Fact(Skip = "False alarm, red team 15: NetworkManager's connection settings written in code ([\"psk-flags\"] = \"0\", how the secret is stored, beside [\"psk\"] = \"...\") report IOT1001 at \"0\": the key's last segment is judged as a psk by its first word, and a one-digit flag as a password. A ...-flags key names the secret's storage, not the secret. It should report IOT1001 at the psk only")]
    public Task RT15_network_manager_psk_flags() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Wifi
            {
                public static Dictionary<string, object> Security() => new Dictionary<string, object>
                {
                    ["key-mgmt"] = "wpa-psk",
                    ["auth-alg"] = "open",
                    ["psk-flags"] = "0",
                    ["psk"] = "Kettle!Marsh70", // expect: IOT1001
                };
            }
            """);

    // ---------- 10. access codes named by what they open ----------

    // Regression guard: a code whose words say what it opens (DoorUnlockCode, OperatorOverrideCode) compared with a keypad's
    // entry is IOT1004; an operator's network code (MCC-MNC) and a product code stay none.
    [Fact]
    public Task RT15_access_codes_by_what_they_open() =>
        ExpectComments.AssertAsync("""
            public class Panel
            {
                private const string DoorUnlockCode = "4718"; // expect: IOT1004
                private const string OperatorOverrideCode = "5829"; // expect: IOT1004
                private const string NetworkOperatorCode = "310410";
                private const string ProductCode = "5521";
                public bool Unlock(string entry) => entry == DoorUnlockCode;
                public bool Override(string entry) => entry.Trim() == OperatorOverrideCode;
                public bool Home(string plmn) => plmn == NetworkOperatorCode;
                public bool IsModel(string scanned) => scanned == ProductCode;
            }
            """);

    [Fact]
    public Task RT15_event_fault_and_error_codes_of_doors_locks_and_alarms() =>
        ExpectComments.AssertAsync("""
            public class Panel
            {
                private const string SecurityEventCode = "4625";
                private const string AlarmEventCode = "1130";
                private const string DoorFaultCode = "2104";
                private const string LockErrorCode = "1001";
                private const string KeypadScanCode = "0028";
                private const string AccessResponseCode = "2000";
                private const string AdminAreaCode = "0612";
                public bool FailedLogon(string eventId) => eventId == SecurityEventCode;
                public bool Burglary(string contactIdEvent) => contactIdEvent == AlarmEventCode;
                public bool Jammed(string reported) => reported == DoorFaultCode;
                public bool LockFailed(string reply) => reply.Trim() == LockErrorCode;
                public bool Enter(string scanned) => scanned == KeypadScanCode;
                public bool Granted(string response) => response == AccessResponseCode;
                public bool InArea(string area) => area == AdminAreaCode;
            }
            """);

    // ---------- 11. crashes on half-typed code ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Generic; using System.Net; using System.Net.Http; using System.Net.Http.Headers; using System.Text; using MQTTnet.Client; using InfluxDB.Client;
        public partial class BrokerLink
        {
            private string _password = "", _token;
            private string Secret { get; set; }
            public BrokerLink UsePassword(string password) { if (password is null) throw new ArgumentNullException(nameof(password)); this._password = password ?? throw new ArgumentNullException(); return this; }
            public BrokerLink UseToken(string token) => (_token = token) is null ? this : this;
            public void SetSecret(string secret) => Secret = secret;
            public static void SetStatic(string password) { s_password = password; }
            static string s_password;
            public BrokerLink Trimmed(string password) { password = password.Trim(); _password = password; return this; }
            public static BrokerLink Make() => new BrokerLink().UsePassword("Basalt-Fern-46").UseToken($"Tk-{1}");
            public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithCredentials("u", _password + Secret + s_password);
            public InfluxDBClient Influx() => new InfluxDBClient("http://x", _token);
        }
        public record Camera(string Name, string Pwd);
        public static class Cams
        {
            static readonly Camera Gate = new("gate", "Hq3vLx9Wd2"), Dock = Gate with { Name = "dock" }, Loop1 = Loop2, Loop2 = Loop1;
            static readonly string[] Tried = ["Wv7qLm2x", "admin", .. Extra];
            static readonly List<string> Extra = new() { "12345" };
            static readonly Dictionary<string, string> Logins = new() { ["admin"] = "Cv7qLm2c" };
            const string ApiToken = ("Qz8r" + "-Kt2m"), Psk = """raw-psk-Kt2m""";
            static string? WifiPassword { get; } = @"verb""atim"!;
            static string MqttPassword => "Kettle!Marsh60";
            public static void Probe(string ip, HttpClient http)
            {
                var a = Gate; var b = a; var cam = b; var d = Dock; var l = Loop1;
                var credential = new NetworkCredential(cam.Name, cam.Pwd + d.Pwd + l.Pwd);
                foreach (var p in Tried) { var c = new NetworkCredential("admin", p); }
                foreach (string p in Extra) { Extra.Add(p); var c = new NetworkCredential("admin", p); }
                foreach (var kv in Logins) { var c = new NetworkCredential(kv.Key, kv.Value); }
                foreach (var (x, y) in new[] { ("a", "b") }) { var c = new NetworkCredential(x, y); }
                foreach (var p in new[] { "Av7qLm2a", ip }) { var c = new NetworkCredential("admin", p); }
                var sas = "SharedAccessSignature sr=h&sig=****&se=1";
                var sas2 = $"SharedAccessSignature sr={ip}&sig=<signature>&se=1";
                var c2 = new NetworkCredential("u", sas + sas2 + "eyJhbGciOi..." + "Kettle...Marsh");
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{ip}:{ApiToken}")));
            }
        }
        public class Turnstile
        {
            private const string OperatorOverrideCode = "4718", SecurityEventCode = "4625";
            public bool Check(string entry) => entry == OperatorOverrideCode || entry.Trim() is SecurityEventCode;
        }
        """";

    // Every cut of a source of the session's shapes (setters, records copied with `with`, lists as collection expressions,
    // dictionaries tried in a loop, parenthesized and raw literals, SAS tokens, access codes), and every source with a few
    // characters removed: no analyzer throws.
    [Fact]
    public async Task RT15_no_analyzer_throws_on_cuts_of_the_session_shapes()
    {
        var sources = new List<string>();
        for (var cut = 29; cut < SessionShapes.Length; cut += 29)
        {
            sources.Add(SessionShapes.Substring(0, cut));
            sources.Add(SessionShapes.Remove(cut, Math.Min(9, SessionShapes.Length - cut)));
        }

        await AnalyzerRunner.AssertNoAnalyzerThrowsAsync(sources, new[] { Stubs.InfluxClient });
    }

    // ---------- 11. cost ----------

    // A written list of passwords tried at many sinks in one loop: each sink judges every row (rows are bounded by MaxParts,
    // 4096), and each row is a finding at each sink. The baseline does the same work by index (Written[i] at each sink, a
    // table looked up: every element is an alternative), so the loop's path is held to the lookup's.
    private static string PasswordListAtManySinks(bool loop, int rows, int sinks)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System.Net;");
        sb.AppendLine("public static class Probe {");
        sb.AppendLine("  static readonly string[] Written = { " + string.Join(", ", Enumerable.Range(0, rows).Select(i => $"\"Rw{i}-Lm{i * 7 % 97}-Qx{i * 13 % 89}\"")) + " };");
        sb.AppendLine("  public static void Run() {");
        sb.AppendLine(loop ? "    foreach (var p in Written) {" : "    for (var i = 0; i < Written.Length; i++) {");
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"      var c{s} = new NetworkCredential(\"user{s}\", {(loop ? "p" : "Written[i]")});");
        }

        sb.AppendLine("    }");
        sb.AppendLine("  }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT15_a_written_password_list_tried_at_many_sinks()
    {
        await CostGuards.TimeAsync(PasswordListAtManySinks(loop: true, 10, 2));
        var baseline = await CostGuards.TimeAsync(PasswordListAtManySinks(loop: false, 1000, 10));
        var followed = await CostGuards.TimeAsync(PasswordListAtManySinks(loop: true, 1000, 10));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // A fluent builder with many credential setters, each called from the cap's number of places, all its fields read in
    // many Basic headers. The baseline names the setters' parameter `label`, which is not followed.
    private static string FluentBuilder(string parameter, int fields, int callers, int sinks)
    {
        var names = Enumerable.Range(0, fields).Select(f => string.Concat(Enumerable.Range(0, 2).Select(k => (char)('a' + (f / (int)Math.Pow(26, k)) % 26)))).ToList();
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net.Http; using System.Net.Http.Headers; using System.Text;");
        sb.AppendLine("public sealed class Link {");
        foreach (var n in names)
        {
            sb.AppendLine($"  private string _{n}Password;");
            sb.AppendLine($"  public Link Use{char.ToUpperInvariant(n[0])}{n.Substring(1)}(string {parameter}) {{ _{n}Password = {parameter}; return this; }}");
        }

        var body = string.Join(":", names.Select(n => "{_" + n + "Password}"));
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"  public void Authorize{s}(HttpClient client) => client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{body}\")));");
        }

        sb.AppendLine("}");
        sb.AppendLine("public static class Site {");
        for (var c = 0; c < callers; c++)
        {
            sb.AppendLine($"  public static Link M{c}() => new Link()" + string.Concat(names.Select(n => $".Use{char.ToUpperInvariant(n[0])}{n.Substring(1)}(\"Kx{c}-{n}-Lm9q\")")) + ";");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT15_fluent_setters_called_from_many_places_read_at_many_sinks()
    {
        await CostGuards.TimeAsync(FluentBuilder("password", 2, 2, 2));
        var baseline = await CostGuards.TimeAsync(FluentBuilder("label", 16, 16, 60));
        var followed = await CostGuards.TimeAsync(FluentBuilder("password", 16, 16, 60));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // A generated register map: hundreds of fields and hundreds of methods assigning them, with one sink whose hole is a
    // call (readings ask whether the type gives members values: every member, every method's statements). The baseline's
    // hole is a parameter, which skips the question (MayHideAMember).
    private static string RegisterMap(bool parameterHole, int fields, int methods, int statements)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net;");
        sb.AppendLine("public sealed class Regs {");
        for (var f = 0; f < fields; f++)
        {
            sb.AppendLine($"  private string _r{(char)('a' + f % 26)}{f}Label;");
        }

        for (var m = 0; m < methods; m++)
        {
            sb.AppendLine($"  public void Set{m}(string label) {{ " + string.Concat(Enumerable.Range(0, statements).Select(k =>
            {
                var f = (m + k) % fields;
                return $"_r{(char)('a' + f % 26)}{f}Label = label + \"{k}\"; ";
            })) + "}");
        }

        sb.AppendLine(parameterHole
            ? "  public NetworkCredential C(string pw) => new NetworkCredential(\"u\", \"x\" + pw);"
            : "  public NetworkCredential C() { var pw = Environment.GetEnvironmentVariable(\"P\"); return new NetworkCredential(\"u\", \"x\" + pw.Trim()); }");
        sb.AppendLine("}");
        return sb.ToString();
    }


    [Fact]
    public async Task RT15_a_register_map_of_many_fields_and_setter_like_methods()
    {
        await CostGuards.TimeAsync(RegisterMap(parameterHole: false, 10, 10, 3));
        // The median of three runs each: one run of the baseline took from 170 to 650 ms on the same machine, which moved the
        // bound (3 x baseline + 2 s) by more than a second around a followed cost of about 2.5 s (the same at 95b346f).
        var baseline = await CostGuards.MedianOfThreeAsync(RegisterMap(parameterHole: true, 400, 400, 10));
        var followed = await CostGuards.MedianOfThreeAsync(RegisterMap(parameterHole: false, 400, 400, 10));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        // Sixteenth session: the parameter-hole baseline got cheaper (about 0.8 s to 0.15 s on this machine) while the
        // followed side stayed where it was (2.9 s before, 2.4-2.7 s after), so the additive allowance is 3 s: the guard
        // still fails on a cost that grows with the methods' number, which is what it is for.
        Assert.True(followed < 3 * baseline + 3000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
