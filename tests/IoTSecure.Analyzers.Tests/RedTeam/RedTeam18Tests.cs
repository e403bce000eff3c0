using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 18: the session's changes since red team 17 (e9ccd2a, d22b52c, 6d8e66d). Credential names in any case and with
/// numbers (SecretNames.Split, the compounds), placeholders that name a credential in words and spaced query values
/// (NamesACredentialInWords, FewestWords), written fallbacks inside larger values (OnlyWrittenBranch, ChoiceBranches),
/// objects picked by a condition (BuiltObjectChoices, BuiltAs), getters, static setters, lists in other types and spreads,
/// the clock against System.Random (IOT1005/IOT3005, HexFormats), WebClient and System.Net.Http.Json sinks, connection
/// strings, Basic headers and UTF-8 literals; crashes on half-typed code.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam18Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam18Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. credential names in any case, numbered names ----------

    // A name written in one case without separators, as C constants and Arduino sketches ported to C# write it, still says
    // password or PSK: APIKEY is a secret name (a compound), WIFIPASSWORD and mqttpassword must be too.
    [Fact]
    public Task RT18_credential_names_run_together_in_one_case_are_secret_names() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string WIFIPASSWORD = "Kettle!Marsh71"; // expect: IOT1004
                public static readonly string mqttpassword = "Kettle!Marsh72"; // expect: IOT1004
                public const string WIFIPSK = "Kettle!Marsh73"; // expect: IOT1004
                public const string APIKEY = "Qz8r-Kt2m-Wv7q-Lm2x-70"; // expect: IOT1004
            }
            """);

    // A number after the last word counts the credential (WIFI_PASSWORD_2, MqttPassword_1 and APIKEY2 are found); written
    // after a separator it must do so for every credential word, 'pass' and 'key' included.
    [Fact]
    public Task RT18_numbered_names_with_a_separated_number_are_secret_names() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string MQTT_PASS_2 = "Kettle!Marsh74"; // expect: IOT1004
                public const string wifi_pass_1 = "Kettle!Marsh75"; // expect: IOT1004
                public const string API_KEY_2 = "Qz8r-Kt2m-Wv7q-Lm2x-91"; // expect: IOT1004
                public const string mqttPASS = "Kettle!Marsh76"; // expect: IOT1004
                public const string WiFiPsk = "Kettle!Marsh77"; // expect: IOT1004
                public const string Password_V2 = "Kettle!Marsh92"; // expect: IOT1004
                public const string BROKER_PASS_V2 = "Kettle!Marsh93"; // expect: IOT1004
                public const string SecondaryPassword3 = "Kettle!Marsh94"; // expect: IOT1004
            }
            """);

    // A compound is a secret word only on word boundaries: DeviceKey and AppKey are secrets, a kiosk's DeviceKeyboard... and
    // AppKeyboard... are a keyboard's settings.
    [Fact]
    public Task RT18_keyboard_names_are_not_device_or_app_keys() =>
        ExpectComments.AssertAsync("""
            public static class Kiosk
            {
                public const string DeviceKey = "Qz8r-Kt2m-Wv7q-Lm2x-95"; // expect: IOT1004
                public const string DeviceKeyboardLocale = "German (Switzerland)"; // expect: none
                public static string AppKeyboardTheme = "dark-contrast"; // expect: none
                public const string PasswordResetPage = "/account/reset"; // expect: none
                public const string PSKIDENTITY = "gw-07.field"; // expect: none
            }
            """);

    // Pins: hash names in capitals, versioned header names, labels and lengths with numbers, topics.
    [Fact]
    public Task RT18_numbered_and_hash_names_that_hold_no_secret() =>
        ExpectComments.AssertAsync("""
            public static class Names
            {
                public const string PASSWORD_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
                public const string AdminPasswordSha512Hex = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a09";
                public const string ApiKeyV2Header = "X-API-Key-V2";
                public const string Password2Label = "Confirm password";
                public const string PasswordMinLength2 = "12";
                public const string MQTT_PASS_TOPIC = "devices/press-07/pass";
            }
            """);

    // ---------- 2. placeholders ----------

    // A connection string handed to the team's own method is judged where it is written; a template there (a placeholder
    // reaches no catalogued sink) is no finding, as "your_db_password" is not. Spaced template words must not turn into a
    // working password: "a placeholder is never reported as IOT1001".
    [Fact]
    public Task RT18_spaced_template_words_in_a_connection_string_are_no_working_password() =>
        ExpectComments.AssertAsync("""
            namespace Contoso.Data { public static class Store { public static void Open(string connectionString) { } } }
            public static class Gateway
            {
                public static void Run()
                {
                    Contoso.Data.Store.Open("Host=db;Username=gw;Password=YOUR DB PASSWORD;Database=telemetry"); // expect: none
                    Contoso.Data.Store.Open("Host=db;Username=gw;Password=your_db_password;Database=telemetry"); // expect: none
                }
            }
            """);

    // Basic built in code is judged as the header it produces: a template password in it is a placeholder (IOT1006), as
    // the same text at NetworkCredential is.
    [Fact]
    public Task RT18_template_password_in_basic_built_in_code_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class Meter
            {
                public static void Configure(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:YOUR_METER_PASSWORD"))); // expect: IOT1006
                public static ICredentials Direct() => new NetworkCredential("meter-7", "YOUR_METER_PASSWORD"); // expect: IOT1006
            }
            """);

    // Pins: template words URL-encoded as brackets, or spaced and followed by another query value.
    [Fact]
    public Task RT18_placeholder_query_values_encoded_or_before_other_values() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Weather
            {
                public static async Task Poll(HttpClient http)
                {
                    await http.GetStringAsync("https://api.weather.example/data/2.5/weather?q=Oslo&appid=%3CYOUR_API_KEY%3E"); // expect: IOT1006
                    await http.GetStringAsync("https://api.weather.example/data/2.5/weather?appid=YOUR API KEY&q=Oslo"); // expect: IOT1006
                    await http.GetStringAsync("https://api.weather.example/data/2.5/weather?appid=Your+Api+Key&q=Oslo"); // expect: IOT1006
                    await http.GetStringAsync("https://api.weather.example/data/2.5/weather?appid=YOUR%20API%20KEY&units=metric&q=Oslo"); // expect: IOT1006
                }
            }
            """);

    // Pins: API keys under the query names gateways use.
    [Fact]
    public Task RT18_api_keys_under_other_query_names() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Apis
            {
                public static async Task Poll(HttpClient http)
                {
                    await http.GetStringAsync("https://gw.example/v1/data?subscription-key=4d7a1c9e2b8f3d6a0c5e1b7d9f2a4c61"); // expect: IOT1001
                    await http.GetStringAsync("https://gw.example/v1/data?api-key=4d7a1c9e2b8f3d6a0c5e1b7d9f2a4c62"); // expect: IOT1001
                    await http.GetStringAsync("https://gw.example/v1/data?apiKey=4d7a1c9e2b8f3d6a0c5e1b7d9f2a4c63"); // expect: IOT1001
                    await http.GetStringAsync("https://gw.example/v1/data?token=4d7a1c9e2b8f3d6a0c5e1b7d9f2a4c64"); // expect: IOT1001
                }
            }
            """);

    // ---------- 3. written fallbacks inside larger values ----------

    // Pin: a ?? fallback in a connection string's key slot is key material (IOT1003).
    [Fact]
    public Task RT18_coalesce_fallback_in_a_key_slot_is_key_material() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            public static class Hub
            {
                public static DeviceClient Connect(string host, string id)
                {
                    var key = Environment.GetEnvironmentVariable("DEVICE_KEY");
                    return DeviceClient.CreateFromConnectionString($"HostName={host};DeviceId={id};SharedAccessKey={key ?? "q0nS3cr3tK3yB4se64q0nS3cr3tK3yB4se64q0nS3c="}"); // expect: IOT1003
                }
            }
            """);

    // Pin: a switch expression written inside the interpolation hole.
    [Fact]
    public Task RT18_switch_fallback_inside_an_interpolation_hole() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Sky
            {
                public static Task<string> Now(HttpClient http, string source, string envKey) =>
                    http.GetStringAsync($"https://api.sky.example/data?q=Oslo&appid={(source switch { "env" => envKey, _ => "4e9b2d7a1c8f3e6b0d5a9c2e7f1b4d8b" })}"); // expect: IOT1001
            }
            """);

    // key ??= "..." is key = key ?? "...": the written default ships as the coalesce's fallback does.
    [Fact]
    public Task RT18_coalesce_assignment_default_of_a_local_before_a_url() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Sky
            {
                public static Task<string> Now(HttpClient http)
                {
                    string? key = Environment.GetEnvironmentVariable("SKY_KEY");
                    key ??= "6c1f8a3e9d2b7f4a0e5c8b1d6a9f3e2d"; // expect: IOT1001
                    return http.GetStringAsync($"https://api.sky.example/data?q=Oslo&appid={key}");
                }
            }
            """);

    // The same default given to a static field read from the environment, before an OCPP Basic header.
    [Fact]
    public Task RT18_coalesce_assignment_default_of_a_static_field_before_basic() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            public static class Ocpp
            {
                private static string? s_password = Environment.GetEnvironmentVariable("OCPP_PASSWORD");
                public static void Connect(ClientWebSocket socket)
                {
                    s_password ??= "Kiln4-Ember-Ash26"; // expect: IOT1001
                    socket.Options.SetRequestHeader("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ST-221:" + s_password)));
                }
            }
            """);

    // "Every written choice is judged at its own literal: both arms of lab ? "a" : "b"": inside a Basic header too (one
    // written arm beside a run-time one is found, see below).
    [Fact]
    public Task RT18_both_written_arms_inside_a_basic_header() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Text;
            public static class Meter
            {
                public static void Configure(HttpClient http, bool lab)
                {
                    var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:" + (lab ? "Kiln4-Lab-Ash61" : "Kiln4-Prod-Ash62"))); // expect: IOT1001, IOT1001
                    http.DefaultRequestHeaders.Add("Authorization", "Basic " + basic);
                }
            }
            """);

    // Pins: a ?? fallback and a conditional's written branch beside the environment's value, inside Basic with a written user.
    [Fact]
    public Task RT18_one_written_fallback_inside_basic() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class Meter
            {
                public static void Configure(HttpClient http)
                {
                    var pw = Environment.GetEnvironmentVariable("METER_PASSWORD");
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("meter-7:" + (pw ?? "Kiln4-Ember-Ash24")))); // expect: IOT1001
                    var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"meter-8:{(string.IsNullOrEmpty(pw) ? "Kiln4-Ember-Ash25" : pw)}")); // expect: IOT1001
                    http.DefaultRequestHeaders.Add("Authorization", "Basic " + basic);
                }
            }
            """);

    // Pins: a listed default and a template as fallbacks in user information, a query and Basic.
    [Fact]
    public Task RT18_defaults_and_templates_as_fallbacks() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;
            public static class Cam
            {
                public static Task<byte[]> Snap(HttpClient http, string? pw) => http.GetByteArrayAsync($"http://admin:{pw ?? "12345"}@10.0.0.9/cgi-bin/snapshot.cgi"); // expect: IOT1002
                public static Task<string> Weather(HttpClient http, string? key) => http.GetStringAsync($"https://api.weather.example/data?q=Oslo&appid={key ?? "YOUR_API_KEY"}"); // expect: IOT1006
                public static void Configure(HttpClient http)
                {
                    var pw = Environment.GetEnvironmentVariable("CAM_PASSWORD");
                    http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:" + (pw ?? "admin")))); // expect: IOT1002
                }
            }
            """);

    // Hard negatives: fallbacks that are units, languages, token types, a guest user name, empty text.
    [Fact]
    public Task RT18_fallbacks_that_are_no_secrets() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;
            public static class Sky
            {
                public static Task<string> Now(HttpClient http, string? units, string? lang, string? tokenType)
                {
                    var key = Environment.GetEnvironmentVariable("SKY_KEY");
                    var pw = Environment.GetEnvironmentVariable("SKY_PASSWORD");
                    var user = Environment.GetEnvironmentVariable("SKY_USER");
                    http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user ?? "guest"}:{pw}")));
                    http.DefaultRequestHeaders.Add("Authorization", "Bearer " + (key ?? ""));
                    return http.GetStringAsync($"https://api.sky.example/data?q=Oslo&units={units ?? "metric"}&lang={lang ?? "en"}&token_type={tokenType ?? "Bearer"}&appid={key ?? string.Empty}");
                }
            }
            """);

    // Pins: a setting read with a written fallback (GetValueOrDefault, a TryGetValue conditional).
    [Fact]
    public Task RT18_settings_read_with_a_written_fallback() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;
            using nanoFramework.Networking;
            public static class Setup
            {
                public static bool Join(Dictionary<string, string> settings) =>
                    WifiNetworkHelper.ConnectDhcp(settings.GetValueOrDefault("wifi.ssid", "Barn"), settings.GetValueOrDefault("wifi.psk", "Kettle-Marsh-79")); // expect: IOT1001
                public static Task<string> Now(HttpClient http, IReadOnlyDictionary<string, string> cfg)
                {
                    var key = cfg.TryGetValue("sky.key", out var k) ? k : "5e2a9d7c1f4b8e3a0d6c2f9b7e1a4d8c"; // expect: IOT1001
                    return http.GetStringAsync($"https://api.sky.example/data?q=Oslo&appid={key}");
                }
            }
            """);

    // ---------- 4. objects picked from several built ones ----------

    // A login loaded at run time with a written record as its fallback: the record built in a field reaches the
    // credential when nothing is loaded, as a record copied to a local does (var cam = Gate).
    [Fact]
    public Task RT18_record_picked_as_a_coalesce_fallback() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed record Login(string User, string Password);
            public static class Camera
            {
                private static readonly Login Fallback = new("viewer", "Quartz-Hinge-51"); // expect: IOT1001
                private static Login? Load() => null;
                public static ICredentials Credentials()
                {
                    var login = Load() ?? Fallback;
                    return new NetworkCredential(login.User, login.Password);
                }
            }
            """);

    // The condition written in place, its member read without a local.
    [Fact]
    public Task RT18_object_picked_by_a_condition_in_place() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class Cam { public string User { get; init; } = ""; public string Pwd { get; init; } = ""; }
            public static class Snapshots
            {
                private static readonly Cam Gate = new Cam { User = "viewer", Pwd = "Quartz-Hinge-52" }; // expect: IOT1001
                private static readonly Cam Yard = new Cam { User = "viewer", Pwd = "Quartz-Hinge-53" }; // expect: IOT1001
                public static ICredentials Login(bool gate) => new NetworkCredential("viewer", (gate ? Gate : Yard).Pwd);
            }
            """);

    // The objects built in the switch's arms themselves (target-typed new), not in fields.
    [Fact]
    public Task RT18_records_built_in_switch_arms_into_a_basic_header() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            public sealed record BackendProfile(string Url, string StationId, string SharedPassword);
            public class Station
            {
                public void Connect(string region)
                {
                    BackendProfile profile = region switch
                    {
                        "eu" => new("wss://eu.backend.example/ocpp/", "ST-221", "Kiln4-Ember-Ash31"), // expect: IOT1001
                        _ => new("wss://us.backend.example/ocpp/", "ST-221", "Kiln4-Ember-Ash32"), // expect: IOT1001
                    };
                    var socket = new ClientWebSocket();
                    string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{profile.StationId}:{profile.SharedPassword}"));
                    socket.Options.SetRequestHeader("Authorization", "Basic " + basic);
                }
            }
            """);

    // The objects built in locals of the same function, one of them bench data written in the code.
    [Fact]
    public Task RT18_records_built_in_locals_and_picked() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public sealed record Login(string User, string Password);
            public static class Camera
            {
                public static ICredentials Credentials(bool bench)
                {
                    var benchLogin = new Login("viewer", "Quartz-Hinge-54"); // expect: IOT1001
                    var siteLogin = new Login("viewer", Environment.GetEnvironmentVariable("CAM_PASSWORD") ?? "");
                    var login = bench ? benchLogin : siteLogin;
                    return new NetworkCredential(login.User, login.Password);
                }
            }
            """);

    // Pins: objects of a class with a constructor, and record structs, picked by a condition.
    [Fact]
    public Task RT18_constructed_classes_and_record_structs_picked() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class Cam
            {
                public Cam(string host, string user, string pwd) { Host = host; User = user; Pwd = pwd; }
                public string Host { get; }
                public string User { get; }
                public string Pwd { get; }
            }
            public readonly record struct Nvr(string Host, string User, string Pwd);
            public static class Snapshots
            {
                private static readonly Cam Gate = new("10.0.0.7", "viewer", "Quartz-Hinge-81"); // expect: IOT1001
                private static readonly Cam Yard = new("10.0.0.8", "viewer", "Quartz-Hinge-82"); // expect: IOT1001
                private static readonly Nvr Main = new("10.0.0.17", "viewer", "Quartz-Hinge-83"); // expect: IOT1001
                private static readonly Nvr Spare = new("10.0.0.18", "viewer", "Quartz-Hinge-84"); // expect: IOT1001
                public static ICredentials Login(bool gate)
                {
                    var cam = gate ? Gate : Yard;
                    return new NetworkCredential(cam.User, cam.Pwd);
                }
                public static ICredentials Recorder(bool spare)
                {
                    var nvr = spare ? Spare : Main;
                    return new NetworkCredential(nvr.User, nvr.Pwd);
                }
            }
            """);

    // ---------- 5. getters, setters, static properties, lists ----------

    // A getter's written fallback after two run-time values (a file's, the environment's) ships as one after a single one
    // does (=> Environment.GetEnvironmentVariable("X") ?? "..." is found).
    [Fact]
    public Task RT18_getter_with_chained_fallbacks_at_a_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public sealed class Broker
            {
                private readonly string? _fromFile = null;
                private string Password => _fromFile ?? Environment.GetEnvironmentVariable("BROKER_PASSWORD") ?? "Kiln4-Ember-Ash76"; // expect: IOT1001
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials("press-07", Password);
            }
            """);

    // Pins: get accessors written with an expression body ({ get => "..."; }), at a sink and reaching none.
    [Fact]
    public Task RT18_expression_bodied_get_accessors() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class BrokerSettings
            {
                public string User { get => "press-07"; }
                public string Password { get => "Kiln4-Ember-Ash41"; set { } } // expect: IOT1001
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials(User, Password);
            }
            public static class Secrets
            {
                public static string GatewayPassword { get => "Kiln4-Ember-Ash42"; } // expect: IOT1004
                public static string ApiToken { get { return "Kiln4-Ember-Ash43"; } } // expect: IOT1004
            }
            """);

    // Pins: another class's getters in a Basic header; a getter caching its literal with ??= in a URL.
    [Fact]
    public Task RT18_getters_into_basic_and_caching_getters() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            public static class MeterLogin
            {
                public static string User => "meter-7";
                public static string Password { get { return "Kiln4-Ember-Ash77"; } } // expect: IOT1001
            }
            public static class Meter
            {
                private static string? s_key;
                private static string ApiKey { get { return s_key ??= "0d6b3f8a1e5c9d2f7b4a0e6c8d1f3b5c"; } } // expect: IOT1001
                public static void Configure(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{MeterLogin.User}:{MeterLogin.Password}")));
                public static Task<string> Now(HttpClient http) => http.GetStringAsync("https://api.weather.example/data?q=Oslo&appid=" + ApiKey);
            }
            """);

    // "settings.Password = "..."" is a write the options property takes: here the settings object is a local that the same
    // function reads at the sink (it is found when the local leaves the function: new Link(settings)).
    [Fact]
    public Task RT18_settings_assigned_in_a_local_and_read_at_the_sink() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public sealed class BrokerSettings { public string User { get; set; } = ""; public string Password { get; set; } = ""; }
            public sealed class WifiSettings { public string? Ssid { get; set; } public string? Password { get; set; } }
            public static class Program
            {
                public static MqttClientOptionsBuilder Build()
                {
                    var s = new BrokerSettings();
                    s.User = "press-07";
                    s.Password = "Kiln4-Ember-Ash81"; // expect: IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials(s.User, s.Password);
                }
                public static bool Join()
                {
                    var w = new WifiSettings();
                    w.Ssid = "Barn";
                    w.Password = "Basalt-Fern-83"; // expect: IOT1001
                    return WifiNetworkHelper.ConnectDhcp(w.Ssid, w.Password);
                }
            }
            """);

    // A static settings class written through its name by Main, and a static property its own method reassigns: the
    // written value reaches ConnectDhcp (a static setter method's parameter does: WifiManager.Configure(ssid, password)).
    [Fact]
    public Task RT18_static_settings_properties_assigned_with_literals() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class WifiConfig
            {
                public static string Ssid { get; set; } = "";
                public static string Password { get; set; } = "";
            }
            public static class BenchWifi
            {
                public static string Ssid { get; private set; } = "";
                public static string Password { get; private set; } = "";
                public static void UseBench() { Ssid = "Bench"; Password = "Basalt-Fern-84"; } // expect: IOT1001
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(Ssid, Password);
            }
            public static class Program
            {
                public static void Main()
                {
                    WifiConfig.Ssid = "Barn";
                    WifiConfig.Password = "Basalt-Fern-81"; // expect: IOT1001
                    WifiNetworkHelper.ConnectDhcp(WifiConfig.Ssid, WifiConfig.Password);
                }
            }
            """);

    // "Passwords[i] of an array initialised with its elements" is looked up at the sink; the array in another type's
    // static field (as lists tried in a foreach are followed there).
    [Fact]
    public Task RT18_array_in_another_type_indexed_at_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class FactoryDefaults
            {
                public static readonly string[] Passwords = { "Rw8-Lm5-Qx1", "Rw8-Lm5-Qx2" }; // expect: IOT1001, IOT1001
            }
            public static class Probe
            {
                public static ICredentials Run(int i) => new NetworkCredential("svc", FactoryDefaults.Passwords[i]);
            }
            """);

    // A list made only of two spreads of other types' lists ([.. A, .. B]); with a written element beside one spread it is
    // followed.
    [Fact]
    public Task RT18_list_of_two_spreads_of_other_types_lists() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class FactoryDefaults
            {
                public static readonly string[] Legacy = ["Rw9-Lm1-Qx3"]; // expect: IOT1001
                public static string[] Current { get; } = ["Rw9-Lm1-Qx4"]; // expect: IOT1001
            }
            public static class Probe
            {
                public static void Run()
                {
                    string[] tried = [.. FactoryDefaults.Legacy, .. FactoryDefaults.Current];
                    foreach (var p in tried) { var c = new NetworkCredential("svc", p); }
                }
            }
            """);

    // Pin: a List<string> with a target-typed collection initializer in another type's static field.
    [Fact]
    public Task RT18_list_with_an_initializer_in_another_type() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public static class FactoryDefaults
            {
                public static readonly List<string> Passwords = new() { "Rw7-Lm4-Qx9", "admin" }; // expect: IOT1001, IOT1002
            }
            public static class Probe
            {
                public static void Run()
                {
                    foreach (var p in FactoryDefaults.Passwords) { var c = new NetworkCredential("svc", p); }
                }
            }
            """);

    // Hard negatives: getters with backing fields, environment reads, hints, throws, masked and redacted descriptions.
    [Fact]
    public Task RT18_getters_that_return_no_secret() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Settings
            {
                private string? _password;
                public string Host { get; set; } = "";
                public string User { get; set; } = "";
                public string Password { get => _password ?? ""; set => _password = value; }
                public string ApiToken => Environment.GetEnvironmentVariable("API_TOKEN") ?? "";
                public static string PasswordHint { get => "Your pet's name"; }
                public string Secret { get => throw new NotSupportedException(); }
                public override string ToString() => $"Host={Host};Username={User};Password=********"; // expect: none
                public string Describe() => $"mqtts://{User}:***@{Host}:8883"; // expect: none
                public string Redacted => "Server=db;User Id=gw;Password=[redacted]"; // expect: none
            }
            """);

    // ---------- 6. the clock against System.Random ----------

    // A one-time code is an access code (IsAccessCode reads "one time" for it); made from the clock it is IOT1005, as a
    // one-time PIN is. System.Random seeded from the clock stays IOT3005's token alone.
    [Fact]
    public Task RT18_one_time_code_from_the_clock() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Lock
            {
                public string OneTimeCode() => DateTime.Now.ToString("HHmmss"); // expect: IOT1005
                public string OneTimePin() => (DateTime.UtcNow.Ticks % 1000000).ToString("D6"); // expect: IOT1005
                public string SessionToken() => new Random(Environment.TickCount).Next().ToString("X8"); // expect: IOT3005
            }
            """);

    // Hex is a token's encoding for System.Random's values (IOT3005); the clock written in hex is still the clock: a token
    // made of it is IOT1005 ("Encodings ... ToString("X") ... are still derived from public data"), not left to IOT3005.
    // (Reviewed: the first version named the hex one resetToken; "reset" names a command word as often as a token
    // (ResetToken = "reboot" is a hard negative of the fifteenth corpus), so the name is not the claim here.)
    [Fact]
    public Task RT18_token_from_the_clock_written_in_hex() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Lock
            {
                public void Issue()
                {
                    var sessionToken = DateTime.UtcNow.Ticks.ToString("X"); // expect: IOT1005
                    var accessToken = DateTime.UtcNow.ToString("HHmmssfff"); // expect: IOT1005
                    Console.WriteLine(sessionToken + accessToken);
                }
            }
            """);

    // Pins: NextBytes into a plain buffer that becomes a session id, a code of the clock and System.Random in decimal (one
    // finding, IOT1005), hex written by PadLeft, Convert.ToHexString and NextInt64.
    [Fact]
    public Task RT18_random_codes_in_other_spellings() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Web
            {
                private readonly Random _rng = new Random();
                public string NewSessionId()
                {
                    var buf = new byte[8];
                    _rng.NextBytes(buf); // expect: IOT3005
                    return BitConverter.ToString(buf).Replace("-", "");
                }
                public string GuestCode() => $"{DateTime.Now:dd}{_rng.Next(100):D2}"; // expect: IOT1005
                public string ApiToken() => _rng.Next().ToString("x").PadLeft(8, '0'); // expect: IOT3005
                public string SessionToken() => Convert.ToHexString(BitConverter.GetBytes(_rng.NextInt64())); // expect: IOT3005
                public string ResetCode() => _rng.NextInt64().ToString("X16"); // expect: IOT3005
            }
            """);

    // Hard negatives: request ids, delays, date and batch codes, colours.
    [Fact]
    public Task RT18_random_values_and_dates_that_are_no_codes() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Telemetry
            {
                private readonly Random _rng = new Random();
                public string RequestId() => _rng.Next().ToString("X8");
                public int RetryDelayMs() => _rng.Next(100, 2000);
                public string DateCode() => DateTime.Now.ToString("yyMMdd");
                public string BatchCode(int line) => $"{DateTime.Now:yyMMdd}-{line:D2}";
                public string SampleColour() => $"#{_rng.Next(0x1000000):X6}";
            }
            """);

    // ---------- 7. HTTP sinks ----------

    // WebClient's headers: the string indexer with X-API-Key and Add(HttpRequestHeader, ...) are found; the enum indexer
    // (the same Set) and Add("Name: value"), WebHeaderCollection.Add's one-argument form, are the same header.
    [Fact]
    public Task RT18_webclient_header_indexer_and_one_argument_add() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Legacy
            {
                public static WebClient Client()
                {
                    var wc = new WebClient();
                    wc.Headers.Add(HttpRequestHeader.Authorization, "Bearer 7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6c"); // expect: IOT1001
                    wc.Headers[HttpRequestHeader.Authorization] = "Bearer 7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6d"; // expect: IOT1001
                    wc.Headers["X-API-Key"] = "7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6e"; // expect: IOT1001
                    wc.Headers.Add("X-API-Key: 7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6f"); // expect: IOT1001
                    return wc;
                }
            }
            """);

    // Pins: System.Net.Http.Json's Patch/Put/Delete, WebRequest.CreateHttp, a URL handed to the team's own method, a
    // WebClient query string.
    [Fact]
    public Task RT18_json_extensions_create_http_and_team_methods() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            public sealed record State(int On);
            public static class Station
            {
                private const string Key = "5b2d8e1f7a4c9b3e6d0f2a8c1e7b4d90"; // expect: IOT1001
                public static async Task Report(HttpClient http, State s)
                {
                    await http.PatchAsJsonAsync($"https://api.station.example/v1/state?api_key={Key}", s);
                    await http.PutAsJsonAsync("https://api.station.example/v1/state?access_token=5b2d8e1f7a4c9b3e6d0f2a8c1e7b4d91", s); // expect: IOT1001
                    await http.DeleteFromJsonAsync<State>("https://api.station.example/v1/state?apikey=5b2d8e1f7a4c9b3e6d0f2a8c1e7b4d92"); // expect: IOT1001
                }
                public static WebRequest Snap(string host) => WebRequest.CreateHttp($"http://{host}/cgi-bin/snapshot.cgi?usr=viewer&pwd=Quartz-Hinge-61"); // expect: IOT1001
                public static string Fetch(string url) => url;
                public static string Weather() => Fetch("https://api.weather.example/data?q=Oslo&appid=9c2e7f4a1d8b3e6c0f5a2d9b7e1c4f8b"); // expect: IOT1001
                public static string Legacy()
                {
                    using var wc = new WebClient();
                    wc.QueryString.Add("q", "Oslo");
                    wc.QueryString.Add("api_key", "4d7a1c9e2b8f3d6a0c5e1b7d9f2a4c65"); // expect: IOT1001
                    return wc.DownloadString("https://api.weather.example/data");
                }
            }
            """);

    // A URL built by an interpolation is judged where it is written, whatever method it is handed to: string.Format with a
    // provider is followed; FormattableString.Invariant and string.Create (the culture-explicit forms CA1305 asks for) too.
    [Fact]
    public Task RT18_culture_explicit_url_building() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Weather
            {
                private const string Key1 = "9c2e7f4a1d8b3e6c0f5a2d9b7e1c4f81"; // expect: IOT1001
                private const string Key2 = "9c2e7f4a1d8b3e6c0f5a2d9b7e1c4f82"; // expect: IOT1001
                private const string Key3 = "9c2e7f4a1d8b3e6c0f5a2d9b7e1c4f83"; // expect: IOT1001
                public static async Task Poll(HttpClient http, string city)
                {
                    await http.GetStringAsync(string.Format(CultureInfo.InvariantCulture, "https://api.weather.example/data?q={0}&appid={1}", city, Key1));
                    await http.GetStringAsync(FormattableString.Invariant($"https://api.weather.example/data?q={city}&appid={Key2}"));
                    await http.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"https://api.weather.example/data?q={city}&appid={Key3}"));
                }
            }
            """);

    // Hard negatives: OAuth parameters named like credentials, a docs anchor, an IPv6 zone, and an anonymous FTP login
    // whose e-mail password is URL-encoded as it must be ("an anonymous FTP login's e-mail password" is no secret).
    [Fact]
    public Task RT18_urls_that_carry_no_secret() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Urls
            {
                public static async Task Run(HttpClient http, WebClient wc)
                {
                    await http.GetStringAsync("https://login.example/oauth2/authorize?response_type=token&client_id=gw-07&scope=telemetry"); // expect: none
                    await http.GetStringAsync("https://api.example/v1/auth?grant_type=password&username=gw-07"); // expect: none
                    await http.GetStringAsync("https://api.example/v1/devices?password_reset=true&token_ttl=3600"); // expect: none
                    wc.DownloadString("https://api.example/v1/docs/apikey#rotate"); // expect: none
                    await http.GetStringAsync("http://[fe80::1%25eth0]:8080/status"); // expect: none
                    wc.DownloadData("ftp://anonymous:gw07%40example.org@ftp.example.org/pub/fw.bin"); // expect: none
                }
            }
            """);

    // ---------- 8. connection strings, Basic, UTF-8 ----------

    // Pins: a password as a Format argument, ODBC's upper-case keys, spaces around '=', a coalesce fallback in an
    // interpolation, a DbConnectionStringBuilder's indexer and Add.
    [Fact]
    public Task RT18_connection_strings_in_other_forms() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Data.Common;
            namespace Contoso.Data { public static class Store { public static void Open(string connectionString) { } } }
            public static class Gateway
            {
                public static void Run(string host)
                {
                    Contoso.Data.Store.Open(string.Format("Server={0};Database=telemetry;User Id=gw;Password={1};", host, "Kiln4-Ember-Ash51")); // expect: IOT1001
                    Contoso.Data.Store.Open("DRIVER={ODBC Driver 18 for SQL Server};SERVER=db;UID=gw;PWD=Kiln4-Ember-Ash52;"); // expect: IOT1001
                    Contoso.Data.Store.Open("Server=db; User Id=gw; Password = Kiln4-Ember-Ash53;"); // expect: IOT1001
                    Contoso.Data.Store.Open($"Host={host};Username=gw;Password={Environment.GetEnvironmentVariable("PGPASSWORD") ?? "Kiln4-Ember-Ash54"}"); // expect: IOT1001
                }
                public static string Build(string host)
                {
                    var b = new DbConnectionStringBuilder();
                    b["Host"] = host;
                    b["Username"] = "historian";
                    b["Password"] = "Kiln4-Ember-Ash73"; // expect: IOT1001
                    b.Add("Pwd", "Kiln4-Ember-Ash74"); // expect: IOT1001
                    return b.ConnectionString;
                }
            }
            """);

    // "..."u8 is a UTF-8 literal wherever the value goes: Convert.ToBase64String takes it as a span without ToArray().
    [Fact]
    public Task RT18_utf8_literal_span_in_basic() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public static class Meter
            {
                public static void Configure(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("meter-7:Kiln4-Ember-Ash55"u8)); // expect: IOT1001
                public static void Default(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("meter-7:admin"u8.ToArray())); // expect: IOT1002
            }
            """);

    // Pins: an encoded Basic value in another class's constant, Basic built by string.Join over constants.
    [Fact]
    public Task RT18_basic_values_held_in_constants() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class Secrets
            {
                public const string MeterBasic = "bWV0ZXItNzpLaWxuNC1FbWJlcg=="; // expect: IOT1001
            }
            public static class Meter
            {
                private const string User = "meter-7";
                private const string Pass = "Kiln4-Ember-Ash63"; // expect: IOT1001
                public static void Configure(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", "Basic " + Secrets.MeterBasic);
                public static void Other(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Join(":", User, Pass))));
            }
            """);

    // Pins: UriBuilder's Password (a library's secret-named property), a password in BaseAddress, and an OAuth password
    // grant whose grant_type "password" is no password.
    [Fact]
    public Task RT18_uri_builder_base_address_and_password_grant() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            public static class Cam
            {
                public static Uri Snapshot(string host) => new UriBuilder("http", host) { Path = "/snap.jpg", UserName = "viewer", Password = "Quartz-Hinge-85" }.Uri; // expect: IOT1001
                public static void Base(HttpClient http) => http.BaseAddress = new Uri("http://viewer:Quartz-Hinge-86@10.0.0.9/"); // expect: IOT1001
                public static FormUrlEncodedContent Body() => new FormUrlEncodedContent(new[]
                {
                    new KeyValuePair<string, string>("grant_type", "password"),
                    new KeyValuePair<string, string>("username", "gw-07"),
                    new KeyValuePair<string, string>("password", "Kiln4-Ember-Ash75"), // expect: IOT1001
                });
            }
            """);

    // Pin: configuration JSON in code with a Wi-Fi security mode beside the PSK: the mode is a label, the PSK a secret.
    [Fact]
    public Task RT18_json_configuration_with_a_wifi_security_mode() =>
        ExpectComments.AssertAsync(""""
            public static class Provisioning
            {
                public const string DefaultJson = """
                    {
                      "wifi": {
                        "ssid": "Barn",
                        "security": "WPA2-PSK",
                        "psk": "Kettle-Marsh-78"
                      }
                    }
                    """; // expect: IOT1001
            }
            """");

    // ---------- 9. crashes on half-typed code ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Generic; using System.Net; using System.Net.Http; using System.Net.Http.Json; using System.Net.Http.Headers; using System.Text;
        public sealed record Login(string User, string Password);
        public readonly record struct Cam(string Host, string User, string Pwd);
        public static class WifiConfig { public static string Password { get; set; } = ""; public static string Token { get => "Kiln4"; set { } } }
        public static class Shapes
        {
            private static readonly Login Fallback = new("viewer", "Quartz-Hinge-51");
            public static readonly string[] Passwords = { "Rw8-Lm5-Qx1", "admin" };
            private static string? s_key;
            private static string ApiKey { get { return s_key ??= "0d6b3f8a1e5c9d2f7b4a0e6c8d1f3b5c"; } }
            private static string Password => s_key ?? Environment.GetEnvironmentVariable("P") ?? "Kiln4-Ember-Ash76";
            public static async System.Threading.Tasks.Task<object?> Run(HttpClient http, WebClient wc, Random rng, bool gate, string region, string? pw)
            {
                var login = (gate ? Fallback : null) ?? Fallback;
                Login picked = region switch { "eu" => new("u", "Kiln4-Ember-Ash31"), _ => new("u", pw ?? "x") };
                string? key = Environment.GetEnvironmentVariable("K"); key ??= "6c1f8a3e9d2b7f4a0e5c8b1d6a9f3e2d";
                wc.Headers[HttpRequestHeader.Authorization] = "Bearer " + key;
                wc.Headers.Add("X-API-Key: " + ApiKey);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("meter-7:Kiln4-Ember-Ash55"u8));
                var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:" + (gate ? "Kiln4-Lab" : "Kiln4-Prod")));
                WifiConfig.Password = "Basalt-Fern-81";
                string[] tried = [.. Passwords, .. WifiConfig.Password.Split(',')];
                foreach (var p in tried) { var c = new NetworkCredential(login.User, p + Passwords[0]); }
                var oneTimeCode = DateTime.Now.ToString("HHmmss"); var resetToken = DateTime.UtcNow.Ticks.ToString("X");
                await http.GetStringAsync(FormattableString.Invariant($"https://a/?appid={key}&q={(region switch { "x" => pw, _ => "4e9b2d7a1c8f3e6b0d5a9c2e7f1b4d8b" })}"));
                return await http.PatchAsJsonAsync($"https://a/?api_key={Password}", new { picked.Password, oneTimeCode, resetToken, basic });
            }
        }
        """";

    // The shapes compile whole (so the cuts exercise the session's code paths, not only the parser's recovery).
    [Fact]
    public void RT18_session_shapes_compile()
    {
        AnalyzerRunner.AssertCompilesAgainstLibraries(SessionShapes);
    }

    // Every cut of a source of the session's shapes, and every source with a few characters removed: no analyzer throws.
    [Fact]
    public async Task RT18_no_analyzer_throws_on_cuts_of_the_session_shapes()
    {
        var sources = new List<string>();
        for (var cut = 17; cut < SessionShapes.Length; cut += 17)
        {
            sources.Add(SessionShapes.Substring(0, cut));
            sources.Add(SessionShapes.Remove(cut, Math.Min(5, SessionShapes.Length - cut)));
        }

        _out.WriteLine($"{sources.Count} sources");
        await AnalyzerRunner.AssertNoAnalyzerThrowsAsync(sources);
    }
}
