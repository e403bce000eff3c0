using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 19: the session's changes since red team 18 (281488c, 7e28764). Credential words run on in one case and
/// numbers as words of their own (SplitRunTogether, IsWordRun), sync tokens and library AuthSecret/JwtSecret properties;
/// <c>??=</c> defaults, fallbacks after indexer lookups and null fields in chained coalesces; both written arms inside a
/// larger value, objects picked in place or by a coalesce, settings objects built in a local, tables of other types looked
/// up by a written key or index; codes compared through get-only properties; constructors followed three levels deep;
/// Basic logins judged by their password, <c>"..."u8</c>, anonymous FTP logins, culture-explicit interpolations, spaced
/// template words in connection strings and one-time codes from the clock; crashes on half-typed code.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam19Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam19Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. credential names run together, numbered, plural ----------

    // Pins: credential words run on in one case, numbers as words, compounds only on word boundaries, and names that merely
    // start with or hide a credential word.
    [Fact]
    public Task RT19_run_together_names_and_their_hard_negatives() =>
        ExpectComments.AssertAsync("""
            public static class Gateway
            {
                public const string LORAWANAPPKEY = "Qz8r-Kt2m-Wv7q-Lm2x-11"; // expect: IOT1004
                public static readonly string otapassphrase = "tarn sedge heron marsh"; // expect: IOT1004
                public const string BROKERSECRET = "Tarn!Sedge51"; // expect: IOT1004
                public const string FTP_PWD_2 = "Tarn!Sedge52"; // expect: IOT1004
                public const string WIFI_PSK_1 = "Tarn!Sedge53"; // expect: IOT1004
                public const string DEVICEKEYBOARD = "Qz8r-Kt2m-Wv7q-Lm2x-12"; // expect: none
                public const string MasterKeyboardMap = "Qz8r-Kt2m-Wv7q-Lm2x-13"; // expect: none
                public const string MQTTPASSWORDHASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a11"; // expect: none
                public const string WIFIPASSWORDSALT = "c2FsdHNhbHRzYWx0c2FsdA"; // expect: none
                public const string MQTTAPIKEYHEADER = "X-Api-Key"; // expect: none
                public const string MQTT_PASS_2_TOPIC = "devices/press-07/pass"; // expect: none
                public const string LED_PIN_2 = "D5"; // expect: none
            }
            """);

    // A plural names the same credential as its singular (the page lists "passwords", "secrets", "credentials"; before the
    // compounds were read on word boundaries, ApiKeys held "apikey"): a device's accepted API keys and its device keys are
    // secrets, in one case too.
    [Fact]
    public Task RT19_plural_credential_compounds_are_secret_names() =>
        ExpectComments.AssertAsync("""
            public static class LocalApi
            {
                public const string AllowedApiKeys = "Qz8r-Kt2m-Wv7q-Lm2x-21;Qz8r-Kt2m-Wv7q-Lm2x-22"; // expect: IOT1004
                public const string APIKEYS = "Qz8r-Kt2m-Wv7q-Lm2x-23;Qz8r-Kt2m-Wv7q-Lm2x-24"; // expect: IOT1004
                public const string DeviceKeys = "Qz8r-Kt2m-Wv7q-Lm2x-25"; // expect: IOT1004
                public const string AppKeys = "Qz8r-Kt2m-Wv7q-Lm2x-26"; // expect: IOT1004
            }
            """);

    // "A version after a credential's word (ApiKeyV2, TokenV1) says which API takes it": written in one case the same name
    // is still an API key, as APIKEY2 is.
    [Fact]
    public Task RT19_run_together_names_with_a_version() =>
        ExpectComments.AssertAsync("""
            public static class Cloud
            {
                public const string ApiKeyV2 = "Qz8r-Kt2m-Wv7q-Lm2x-31"; // expect: IOT1004
                public const string APIKEY2 = "Qz8r-Kt2m-Wv7q-Lm2x-32"; // expect: IOT1004
                public const string APIKEYV2 = "Qz8r-Kt2m-Wv7q-Lm2x-33"; // expect: IOT1004
                public const string MQTTPASSWORDV2 = "Tarn!Sedge54"; // expect: IOT1004
            }
            """);

    // "a number ... that follows a single ambiguous word (Pass1, Token2: a renderer's pass, a protocol's token) stays": the
    // same name with the number written as a word of its own (TOKEN_2, as PASS_1) is the same ambiguous word.
    [Fact]
    public Task RT19_a_single_ambiguous_word_numbered_after_a_separator() =>
        ExpectComments.AssertAsync("""
            public static class Renderer
            {
                public const string Pass1 = "Tarn!Sedge55"; // expect: none
                public const string PASS_1 = "Tarn!Sedge56"; // expect: none
                public const string Token2 = "Tarn!Sedge57"; // expect: none
                public const string TOKEN_2 = "Tarn!Sedge58"; // expect: none
            }
            """);

    // Hard negatives: names in one case that hold a Wi-Fi security mode, a tokenizer, a keyboard layout, a bypass, a length
    // or a prompt: a credential word inside or before another word, or followed by a word that says no secret.
    [Fact]
    public Task RT19_one_case_names_that_hold_no_secret() =>
        ExpectComments.AssertAsync("""
            public static class WifiModes
            {
                public const string WPA2PSKMODE = "WPA2-PSK"; // expect: none
                public const string SECURITYWPA2PSK = "WPA2-PSK"; // expect: none
                public const string AUTHMODE_WPA2_PSK = "psk2+ccmp"; // expect: none
                public const string PASSWORDLESS = "enabled-by-default"; // expect: none
                public const string TOKENIZER = "Qz8r-Kt2m-Wv7q-Lm2x-52"; // expect: none
                public const string KEYBOARDLAYOUT = "de-CH"; // expect: none
                public const string HOTKEYBOARDSHORTCUT = "Ctrl+Alt+K"; // expect: none
                public const string BYPASSMODE = "Tarn!Sedge70"; // expect: none
                public const string WIFIPASSWORDMINLENGTH = "8"; // expect: none
                public const string MQTTPASSWORDPROMPT = "Broker password:"; // expect: none
            }
            """);

    // A one-time password is the most common password of all that names a time: "time" says no secret as the head of a
    // name (TokenLifetime, PasswordTime...), not before the password it qualifies. ONETIMEPASSWORD in one case is found.
    [Fact]
    public Task RT19_one_time_password_names_are_secret_names() =>
        ExpectComments.AssertAsync("""
            public static class Bench
            {
                public const string ONETIMEPASSWORD = "Tarn!Sedge59"; // expect: IOT1004
                public const string OneTimePassword = "Tarn!Sedge60"; // expect: IOT1004
                public static readonly string oneTimePassword = "Tarn!Sedge61"; // expect: IOT1004
            }
            """);

    // English compounds put the head last (OwnerNouns: boxApPassword, hostPassword): a word that says no secret as a head
    // (provider, time, state) only says whose password it is before the password's word.
    [Fact]
    public Task RT19_qualifiers_before_the_password_word_name_whose_password() =>
        ExpectComments.AssertAsync("""
            public static class Modem
            {
                public const string SmsProviderPassword = "Tarn!Sedge62"; // expect: IOT1004
                public const string TimeServerPassword = "Tarn!Sedge63"; // expect: IOT1004
                public const string StateStorePassword = "Tarn!Sedge64"; // expect: IOT1004
                public const string PasswordProvider = "Contoso.Vault"; // expect: none
                public const string PasswordTimeout = "00:00:30"; // expect: none
            }
            """);

    // Pins: a sync token is a secret (also in one case and snake case); page, continuation and idempotency tokens and a sync
    // token's URL or header name are not; neither are such tokens in a query.
    [Fact]
    public Task RT19_sync_tokens_and_identifier_tokens() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Hive
            {
                public const string SyncToken = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb1u"; // expect: IOT1004
                public const string SYNC_TOKEN = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb2u"; // expect: IOT1004
                public const string SYNCTOKEN = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb3u"; // expect: IOT1004
                public const string SyncTokenUrl = "https://sync.hive.example/token"; // expect: none
                public const string SyncTokenHeader = "X-Sync-Token"; // expect: none
                public const string PAGETOKEN = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb4u"; // expect: none
                public const string NEXT_PAGE_TOKEN_2 = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb5u"; // expect: none
                public const string IDEMPOTENCYTOKEN = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb6u"; // expect: none
                public const string ContinuationToken2 = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb7u"; // expect: none
                public static async Task Poll(HttpClient http)
                {
                    await http.GetStringAsync("https://api.hive.example/sync/v9/sync?sync_token=*&resource_types=items"); // expect: none
                    await http.GetStringAsync("https://api.hive.example/v1/items?page_token=Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb8u"); // expect: none
                    await http.GetStringAsync("https://api.hive.example/v1/items?continuation_token=Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJb9u"); // expect: none
                }
            }
            """);

    private const string PushLibrary = """
        namespace Vendor.Push
        {
            public class PushOptions
            {
                public string AuthSecret { get; set; }
                public string JwtSecret { get; set; }
                public string SigningSecret { get; set; }
                public string TokenSecret { get; set; }
                public string SecretName { get; set; }
                public string PageToken { get; set; }
            }
            public class PushClient { public PushClient(PushOptions options) { } }
        }
        """;

    // Pins: a library's AuthSecret, JwtSecret, SigningSecret and TokenSecret are sinks; its SecretName and PageToken are not.
    [Fact]
    public Task RT19_library_auth_and_jwt_secret_properties() =>
        ExpectComments.AssertAsync(new[] { PushLibrary }, """
            using Vendor.Push;
            public static class Notify
            {
                public static PushClient Client() => new PushClient(new PushOptions
                {
                    AuthSecret = "Hq4Zt9LmXw2Rk7Vp3Nc8Bj5Ds1Gf6Ya0Ue2Ti7Oo", // expect: IOT1001
                    JwtSecret = "p9Lq2Wm7Xr4Tz8Kv3Nb6Ys1Hd7", // expect: IOT1001
                    SigningSecret = "Zr8Kd2Lm7Qx4Vt9Np3Bw6Hc7", // expect: IOT1001
                    TokenSecret = "<your token secret>", // expect: IOT1006
                    SecretName = "push-credentials", // expect: none
                    PageToken = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJc1u", // expect: none
                });
            }
            """);

    // ---------- 2. ??= defaults, indexer fallbacks, null fields in chains ----------

    // Pins: ??= defaults of a static field and of locals read from a TryGetValue or an argument, a listed default and a
    // template given so; empty, masked and environment defaults hold nothing.
    [Fact]
    public Task RT19_coalesce_assignment_defaults_at_sinks() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public sealed class Uplink
            {
                private static string? s_psk = Environment.GetEnvironmentVariable("WIFI_PSK");
                public static bool Join()
                {
                    s_psk ??= "Basalt-Fern-11"; // expect: IOT1001
                    return WifiNetworkHelper.ConnectDhcp("Barn", s_psk);
                }
                public static MqttClientOptions Options(IDictionary<string, string> cfg)
                {
                    string? pw = cfg.TryGetValue("mqtt.pw", out var v) ? v : null;
                    pw ??= "Basalt-Fern-12"; // expect: IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials("press", pw).Build();
                }
                public static ICredentials Service(string[] args)
                {
                    var pw = args.Length > 1 ? args[1] : null;
                    pw ??= "admin"; // expect: IOT1002
                    return new NetworkCredential("svc", pw);
                }
                public static ICredentials Template()
                {
                    var pw = Environment.GetEnvironmentVariable("SVC_PW");
                    pw ??= "<your service password>"; // expect: IOT1006
                    return new NetworkCredential("svc", pw);
                }
                public static ICredentials Negatives(int which)
                {
                    var empty = Environment.GetEnvironmentVariable("SVC_PW");
                    empty ??= string.Empty;
                    var masked = Environment.GetEnvironmentVariable("SVC_PW");
                    masked ??= "********";
                    var env = Environment.GetEnvironmentVariable("SVC_PW");
                    env ??= Environment.GetEnvironmentVariable("SVC_PW_OLD");
                    return new NetworkCredential("svc", which switch { 0 => empty, 1 => masked, _ => env });
                }
            }
            """);

    // key ??= "..." is key = key ?? "...": the written default ships whatever gave the field its run-time value first; a
    // field set by the constructor from its argument, or by a method from the environment, is defaulted as one whose
    // initializer read the environment is.
    [Fact]
    public Task RT19_coalesce_assignment_default_of_a_field_set_by_the_constructor() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public sealed class Uplink
            {
                private string? _password;
                public Uplink(string? password) { _password = password; }
                public MqttClientOptions Options()
                {
                    _password ??= "Basalt-Fern-13"; // expect: IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials("press", _password).Build();
                }
            }
            public static class Backhaul
            {
                private static string? s_password;
                public static void Load() { s_password = Environment.GetEnvironmentVariable("BACKHAUL_PASSWORD"); }
                public static MqttClientOptions Options()
                {
                    s_password ??= "Basalt-Fern-14"; // expect: IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials("backhaul", s_password).Build();
                }
            }
            """);

    // A secret-named symbol "given a value written in the code (an initializer, an assignment ...)" that reaches no API is
    // IOT1004: its initializer's fallback (= Env() ?? "...") is found; the same fallback given by ??= or by x = x ?? "..."
    // is the same written value.
    [Fact]
    public Task RT19_coalesce_defaults_of_secret_named_symbols_without_a_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Boot
            {
                private static string? s_apiToken = Environment.GetEnvironmentVariable("API_TOKEN");
                public static int Init()
                {
                    string wifiPassphrase = Environment.GetEnvironmentVariable("WIFI_PASSPHRASE") ?? "Basalt-Fern-15"; // expect: IOT1004
                    s_apiToken ??= "Basalt-Fern-16"; // expect: IOT1004
                    string? wifiPassword = Environment.GetEnvironmentVariable("WIFI_PASSWORD");
                    wifiPassword ??= "Basalt-Fern-17"; // expect: IOT1004
                    string? mqttPassword = Environment.GetEnvironmentVariable("MQTT_PASSWORD");
                    mqttPassword = mqttPassword ?? "Basalt-Fern-18"; // expect: IOT1004
                    return wifiPassphrase.Length + s_apiToken.Length + wifiPassword.Length + mqttPassword.Length;
                }
            }
            """);

    // Pins: fallbacks after lookups by key or index (a dictionary, arguments, a list, a chain of two lookups).
    [Fact]
    public Task RT19_fallbacks_after_indexer_lookups() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public static class Cfg
            {
                public static ICredentials A(IReadOnlyDictionary<string, string?> config) => new NetworkCredential("svc", config["svc.password"] ?? "Basalt-Fern-19"); // expect: IOT1001
                public static ICredentials B(string?[] args) => new NetworkCredential("svc", args[0] ?? "Basalt-Fern-20"); // expect: IOT1001
                public static ICredentials C(IReadOnlyDictionary<string, string?> config) => new NetworkCredential("svc", config["svc.password"] ?? config["svc.fallback"] ?? "Basalt-Fern-21"); // expect: IOT1001
                public static ICredentials D(List<string?> list) => new NetworkCredential("svc", list[0] ?? "Basalt-Fern-22"); // expect: IOT1001
                public static ICredentials E(IReadOnlyDictionary<string, string?> config) => new NetworkCredential(config["svc.user"] ?? "svc", config["svc.password"] ?? "");
            }
            """);

    // "null fields in chained coalesces": a field the code never assigns is null whether or not its declaration says
    // "= null"; the getter's written fallback ships as it does after _fromFile = null (red team 18's pin).
    [Fact]
    public Task RT19_getter_fallback_after_fields_that_are_never_assigned() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Station
            {
                private static string? s_cached;
                private string? _fromFile;
                private string ApiKey => _fromFile ?? Environment.GetEnvironmentVariable("ST_KEY") ?? "6a0e2c8f4b1d7e3a9c5f1b7d3e9a2c11"; // expect: IOT1001
                private string BackupKey => s_cached ?? Environment.GetEnvironmentVariable("ST_KEY2") ?? "6a0e2c8f4b1d7e3a9c5f1b7d3e9a2c12"; // expect: IOT1001
                public async Task Poll(HttpClient http)
                {
                    await http.GetStringAsync("https://api.station.example/v1?apikey=" + ApiKey);
                    await http.GetStringAsync("https://api.station.example/v1?apikey=" + BackupKey);
                }
            }
            """);

    // A written fallback beside a run-time value ships (env ?? "..."): the run-time value a field holds from the constructor's
    // argument or from a loader method is one, at the sink and in a local.
    [Fact]
    public Task RT19_fallback_after_a_field_set_at_run_time() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Station
            {
                private readonly string? _apiKey;
                private string? _loaded;
                public Station(string? apiKey) { _apiKey = apiKey; }
                public void Load(string value) => _loaded = value;
                public Task<string> Poll(HttpClient http) => http.GetStringAsync("https://api.station.example/v1?apikey=" + (_apiKey ?? "6a0e2c8f4b1d7e3a9c5f1b7d3e9a2c13")); // expect: IOT1001
                public Task<string> Poll2(HttpClient http)
                {
                    var key = _loaded ?? "6a0e2c8f4b1d7e3a9c5f1b7d3e9a2c14"; // expect: IOT1001
                    return http.GetStringAsync("https://api.station.example/v1?apikey=" + key);
                }
            }
            """);

    // ---------- 3. choices inside values, objects picked, tables of other types ----------

    // Pins: every written arm inside a Basic value and a URL (a default and a template beside a working password), a written
    // password after a choice of users.
    [Fact]
    public Task RT19_written_arms_inside_basic_values_and_urls() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            public static class Meter
            {
                public static void A(HttpClient http, bool lab) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes((lab ? "lab" : "prod") + ":Kiln4-Ember-Ash11"))); // expect: IOT1001
                public static void B(HttpClient http, bool lab) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("meter:" + (lab ? "admin" : "Kiln4-Ember-Ash12")))); // expect: IOT1002, IOT1001
                public static void C(HttpClient http, bool lab) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"meter:{(lab ? "Kiln4-Ember-Ash13" : "YOUR_METER_PASSWORD")}"))); // expect: IOT1001, IOT1006
                public static void D(HttpClient http, bool lab) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("meter:" + (lab ? "" : "Kiln4-Ember-Ash14")))); // expect: IOT1001
                public static Task<string> E(HttpClient http, bool lab) => http.GetStringAsync("https://meter.example/v1/state?apikey=" + (lab ? "7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b11" : "7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b12")); // expect: IOT1001, IOT1001
            }
            """);

    // Hard negatives: choices of labels, modes, URLs without a password, a masked or empty Basic password, prompts.
    [Fact]
    public Task RT19_choices_that_hold_no_secret() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;
            public static class Meter
            {
                public static async Task Run(HttpClient http, bool lab, int ttl, string? label, string masked)
                {
                    var passwordPrompt = lab ? "Enter lab password" : "Enter password";
                    Console.WriteLine(passwordPrompt);
                    label ??= "Password:";
                    Console.WriteLine(label);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Password: {masked}"));
                    await http.GetStringAsync(lab ? "https://lab.meter.example/v1/state" : "https://meter.example/v1/state");
                    await http.GetStringAsync("https://meter.example/v1/state?mode=" + (lab ? "lab" : "production"));
                    await http.GetStringAsync(lab ? "http://viewer@10.0.0.7/snap.jpg" : "http://viewer@10.0.0.8/snap.jpg");
                    await http.GetStringAsync(FormattableString.Invariant($"https://login.meter.example/oauth2/token?token_type=Bearer&expires_in={ttl}"));
                    http.DefaultRequestHeaders.Add("X-Meter-Mode", lab ? "diagnostic" : "operational");
                    http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("meter:" + (lab ? "********" : ""))));
                }
            }
            """);

    // Pins: objects picked in place by a switch and by one coalesce; a settings local whose member is assigned a fallback.
    [Fact]
    public Task RT19_objects_picked_in_place_and_settings_locals() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using MQTTnet.Client;
            public sealed record Login(string User, string Password);
            public sealed class BrokerSettings { public string Host { get; set; } = ""; public string User { get; set; } = ""; public string Password { get; set; } = ""; }
            public static class Picks
            {
                private static readonly Login Lamp = new("lamp", "Beacon11-Fresnel"); // expect: IOT1001
                private static readonly Login Fog = new("fog", "Beacon12-Fresnel"); // expect: IOT1001
                private static readonly Login Guest = new("viewer", "guest"); // expect: IOT1002
                private static Login? Load() => null;
                public static ICredentials A(int mode) => new NetworkCredential("lh", (mode switch { 0 => Lamp, _ => Fog }).Password);
                public static ICredentials B() => new NetworkCredential("lh", (Load() ?? Guest).Password);
                public static string Display(bool lamp) => (lamp ? Lamp : Fog).User;
                public static MqttClientOptions C(string host)
                {
                    var s = new BrokerSettings { Host = host };
                    s.User = "press-07";
                    s.Password = Environment.GetEnvironmentVariable("BROKER_PW") ?? "Kiln4-Ember-Ash15"; // expect: IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer(s.Host).WithCredentials(s.User, s.Password).Build();
                }
            }
            """);

    // A login loaded from flash, else from the SD card, else the one built in the code: the written object is the last
    // fallback of the chain, as it is of Load() ?? Fallback, in place and in a local.
    [Fact]
    public Task RT19_objects_picked_by_a_chain_of_coalesces() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed record Login(string User, string Password);
            public static class Camera
            {
                private static readonly Login Bench = new("viewer", "Beacon13-Fresnel"); // expect: IOT1001
                private static readonly Login Factory = new("viewer", "Beacon14-Fresnel"); // expect: IOT1001
                private static Login? FromFlash() => null;
                private static Login? FromSdCard() => null;
                public static ICredentials InPlace() => new NetworkCredential("viewer", (FromFlash() ?? FromSdCard() ?? Bench).Password);
                public static ICredentials InLocal()
                {
                    var login = FromFlash() ?? FromSdCard() ?? Factory;
                    return new NetworkCredential(login.User, login.Password);
                }
            }
            """);

    // Pins: a template under a table's written key, a template object picked by a condition, and ??= defaults that are an
    // IoT Hub connection string with a key (IOT1003) or with a template key (IOT1006).
    [Fact]
    public Task RT19_templates_and_keys_through_tables_choices_and_defaults() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            using Microsoft.Azure.Devices.Client;
            public static class CloudDefaults
            {
                public static readonly Dictionary<string, string> Values = new()
                {
                    ["cloud.user"] = "gw-07",
                    ["cloud.password"] = "<cloud password>", // expect: IOT1006
                };
            }
            public sealed record Login(string User, string Password);
            public static class Gateway
            {
                private static readonly Login Lab = new("gw", "Heron61-Tarn-Sedge"); // expect: IOT1001
                private static readonly Login Site = new("gw", "<site password>"); // expect: IOT1006
                public static ICredentials A() => new NetworkCredential(CloudDefaults.Values["cloud.user"], CloudDefaults.Values["cloud.password"]);
                public static ICredentials B(bool lab) => new NetworkCredential("gw", (lab ? Lab : Site).Password);
                public static DeviceClient C()
                {
                    var cs = Environment.GetEnvironmentVariable("HUB_CS");
                    cs ??= "HostName=hub.example;DeviceId=gw;SharedAccessKey=q0nS3cr3tK3yB4se64q0nS3cr3tK3yB4se64q0nS3f="; // expect: IOT1003
                    return DeviceClient.CreateFromConnectionString(cs);
                }
                public static DeviceClient D()
                {
                    var cs = Environment.GetEnvironmentVariable("HUB_CS");
                    cs ??= "HostName=hub.example;DeviceId=gw;SharedAccessKey=<device key>"; // expect: IOT1006
                    return DeviceClient.CreateFromConnectionString(cs);
                }
            }
            """);

    // A settings object built in a local and its member assigned in the same function: "both arms of lab ? "a" : "b"" are
    // judged at their literals, as they are in the object's initializer (new BrokerSettings { Password = lab ? ... }) and as
    // a single literal assigned to the member is.
    [Fact]
    public Task RT19_choice_assigned_to_a_settings_local_member() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class BrokerSettings { public string User { get; set; } = ""; public string Password { get; set; } = ""; }
            public static class Gateway
            {
                public static MqttClientOptions Initializer(bool lab)
                {
                    var s = new BrokerSettings { User = "press-07", Password = lab ? "Kiln4-Ember-Ash33" : "Kiln4-Ember-Ash34" }; // expect: IOT1001, IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials(s.User, s.Password).Build();
                }
                public static MqttClientOptions Conditional(bool lab)
                {
                    var s = new BrokerSettings();
                    s.User = "press-07";
                    s.Password = lab ? "Kiln4-Ember-Ash31" : "Kiln4-Ember-Ash32"; // expect: IOT1001, IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials(s.User, s.Password).Build();
                }
                public static MqttClientOptions Switch(int site)
                {
                    var s = new BrokerSettings();
                    s.Password = site switch { 0 => "Kiln4-Ember-Ash35", _ => "Kiln4-Ember-Ash36" }; // expect: IOT1001, IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer("b").WithCredentials(s.User, s.Password).Build();
                }
            }
            """);

    // Pins: tables of another type looked up by a written key (a literal, a constant, an Add-style initializer) or a
    // written index give that entry alone.
    [Fact]
    public Task RT19_tables_of_another_type_by_written_key_or_index() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public static class CloudDefaults
            {
                public const string LabKey = "lab";
                public static readonly Dictionary<string, string> Profiles = new()
                {
                    [LabKey] = "Heron41-Tarn-Sedge", // expect: IOT1001
                    ["field"] = "Heron42-Tarn-Sedge", // expect: none
                };
                public static readonly IReadOnlyDictionary<string, string> Sites = new Dictionary<string, string>
                {
                    { "lab", "Heron43-Tarn-Sedge" }, // expect: IOT1001
                    { "field", "Heron44-Tarn-Sedge" }, // expect: none
                };
                public static readonly string[] Fallbacks =
                {
                    "Heron45-Tarn-Sedge", // expect: none
                    "Heron46-Tarn-Sedge", // expect: IOT1001
                };
            }
            public static class Gateway
            {
                public static ICredentials A() => new NetworkCredential("gw", CloudDefaults.Profiles[CloudDefaults.LabKey]);
                public static ICredentials B() => new NetworkCredential("gw", CloudDefaults.Sites["lab"]);
                public static ICredentials C() => new NetworkCredential("gw", CloudDefaults.Fallbacks[1]);
            }
            """);

    // ---------- 4. codes compared through get-only properties ----------

    // Pins: getters of another type or instance, qualified by the type inside its own type, compared either way round.
    [Fact]
    public Task RT19_codes_compared_through_getters_pins() =>
        ExpectComments.AssertAsync("""
            public static class VaultSettings
            {
                private static readonly string _disarmCode = "730111"; // expect: IOT1004
                public static string DisarmCode => _disarmCode;
                private static readonly string armCode = "730112"; // expect: IOT1004
                public static string ArmCode { get { return armCode; } }
                public static bool Arms(string entered) => entered == VaultSettings.ArmCode;
            }
            public class VaultPanel
            {
                private readonly string _installerCode = "730113"; // expect: IOT1004
                public string InstallerCode => _installerCode;
            }
            public class VaultKeypad
            {
                private readonly VaultPanel _panel = new VaultPanel();
                public bool Disarms(string entered) => VaultSettings.DisarmCode == entered;
                public bool Installs(string entered) { return entered.Trim() == _panel.InstallerCode; }
            }
            """);

    // The same comparison written inside the type that declares the getter names the property without its type
    // (entered == DisarmCode): the code is as written, and as compared, as VaultSettings.DisarmCode is.
    [Fact]
    public Task RT19_codes_compared_through_a_getter_of_the_same_type() =>
        ExpectComments.AssertAsync("""
            public sealed class AlarmPanel
            {
                private readonly string disarmCode = "730114"; // expect: IOT1004
                public string DisarmCode { get { return disarmCode; } }
                private readonly string _serviceCode = "730115"; // expect: IOT1004
                public string ServiceCode => _serviceCode;
                private static readonly string s_panicCode = "1234"; // expect: IOT1002
                public static string PanicCode => s_panicCode;
                public bool Disarm(string entered) => entered == DisarmCode;
                public bool Service(string entered) => ServiceCode == entered.Trim();
                public bool Panic(string entered) => string.Equals(entered, PanicCode);
            }
            """);

    // A getter that returns a constant of the team's secrets class, or another getter, is a get-only property that only
    // returns a written code as => _field is.
    [Fact(Skip = "Known gap (red team 19): a get-only property compared with typed text is followed to a field of its own type only; a getter returning another type's member or another getter is not bound.")]
    public Task RT19_codes_compared_through_getters_that_return_other_members() =>
        ExpectComments.AssertAsync("""
            public static class PanelSecrets
            {
                public static readonly string EngineerCode = "551911"; // expect: IOT1004
            }
            public static class Panel
            {
                public static string EngineerCode => PanelSecrets.EngineerCode;
                private static readonly string s_duressCode = "662012"; // expect: IOT1004
                private static string DuressInner => s_duressCode;
                public static string DuressCode => DuressInner;
            }
            public class Keypad
            {
                public bool Engineer(string entered) => entered == Panel.EngineerCode;
                public bool Duress(string entered) => entered == Panel.DuressCode;
            }
            """);

    // Hard negatives: settable and computed codes, a menu code, a code set from the constructor, a fault code reported.
    [Fact]
    public Task RT19_codes_compared_through_getters_that_hold_nothing_written() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Keypad
            {
                private string _userCode = "";
                private readonly string _lockerCode;
                public Keypad(string lockerCode) { _lockerCode = lockerCode; }
                public string UserCode { get => _userCode; set => _userCode = value; }
                public string LockerCode { get { return _lockerCode; } }
                public static string RoomCode => Environment.GetEnvironmentVariable("ROOM_CODE") ?? "";
                public string DoorFaultCode => "404017";
                public bool Opens(string entered) => entered == UserCode || entered == LockerCode || entered == RoomCode;
                public bool Fault(string reported) => reported == DoorFaultCode;
            }
            """);

    // ---------- 5. constructors three levels deep ----------

    // Pins: a key given to a wrapper that stores it and builds a part whose base(...) sets the header; the wrapper built by
    // target-typed new, with named arguments, with a listed default and a template; a subclass's base(...) given text.
    [Fact]
    public Task RT19_keys_through_three_constructors() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public class Part
            {
                protected readonly HttpClient _http = new HttpClient();
                public Part(string apiUrl, string apiKey)
                {
                    _http.BaseAddress = new Uri(apiUrl);
                    _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }
            }
            public class Feeder : Part
            {
                public Feeder(string apiUrl, string apiKey) : base(apiUrl, apiKey) { }
            }
            public class Hopper : Part
            {
                public Hopper(string apiUrl) : base(apiUrl, "5F2C71B04E8D3A56C1B7E90D4F2A6C11") { } // expect: IOT1001
            }
            public class Silo
            {
                private readonly string _apiKey;
                public Feeder Feeder { get; }
                public Silo(string apiUrl, string apiKey)
                {
                    _apiKey = apiKey;
                    Feeder = new Feeder(apiUrl, _apiKey);
                }
            }
            public static class Farm
            {
                public static readonly Silo North = new Silo("http://north.local", "8A2C71B04E8D3A56C1B7E90D4F2A6C11"); // expect: IOT1001
                public static readonly Silo South = new("http://south.local", "8A2C71B04E8D3A56C1B7E90D4F2A6C12"); // expect: IOT1001
                public static readonly Silo West = new Silo(apiKey: "8A2C71B04E8D3A56C1B7E90D4F2A6C13", apiUrl: "http://west.local"); // expect: IOT1001
                public static readonly Silo East = new Silo("http://east.local", "<silo api key>"); // expect: IOT1006
                public static readonly Silo Spare = new Silo("http://spare.local", "admin"); // expect: IOT1002
                public static readonly Silo Env = new Silo("http://env.local", Environment.GetEnvironmentVariable("SILO_KEY") ?? "");
            }
            """);

    // Pins: a convenience constructor's this(...) giving the key to a constructor that builds the part; a code compared by
    // Equals through another type's getter.
    [Fact]
    public Task RT19_convenience_constructor_and_equals_through_a_getter() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public class Part
            {
                protected readonly HttpClient _http = new HttpClient();
                public Part(string apiUrl, string apiKey)
                {
                    _http.BaseAddress = new Uri(apiUrl);
                    _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }
            }
            public class Feeder : Part
            {
                public Feeder(string apiUrl, string apiKey) : base(apiUrl, apiKey) { }
            }
            public class Silo
            {
                public Feeder Feeder { get; }
                public Silo(string apiUrl) : this(apiUrl, "8A2C71B04E8D3A56C1B7E90D4F2A6C21") { } // expect: IOT1001
                public Silo(string apiUrl, string apiKey) { Feeder = new Feeder(apiUrl, apiKey); }
            }
            public static class Keypad
            {
                private static readonly string disarmCode = "730121"; // expect: IOT1004
                public static string DisarmCode { get { return disarmCode; } }
            }
            public class Door
            {
                public bool Opens(string entered) => Keypad.DisarmCode.Equals(entered);
            }
            """);

    // Hard negative: the same three constructors carrying a label to a header that is no credential.
    [Fact]
    public Task RT19_labels_through_three_constructors() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public class Part
            {
                protected readonly HttpClient _http = new HttpClient();
                public Part(string apiUrl, string label)
                {
                    _http.BaseAddress = new Uri(apiUrl);
                    _http.DefaultRequestHeaders.Add("X-Lane-Label", label);
                }
            }
            public class Feeder : Part
            {
                public Feeder(string apiUrl, string label) : base(apiUrl, label) { }
            }
            public class Silo
            {
                private readonly string _label;
                public Feeder Feeder { get; }
                public Silo(string apiUrl, string label)
                {
                    _label = label;
                    Feeder = new Feeder(apiUrl, _label);
                }
            }
            public static class Farm
            {
                public static readonly Silo North = new Silo("http://north.local", "8A2C71B04E8D3A56C1B7E90D4F2A6C14"); // expect: none
                public static readonly Silo South = new Silo("http://user@south.local", "Lane 2 (south)"); // expect: none
            }
            """);

    // ---------- 6. Basic, u8, anonymous logins, culture-explicit interpolations, connection strings ----------

    // Pins: Basic logins built in code judged by their password: listed defaults, templates of every shape, an empty or
    // masked password (nothing), a working password as a u8 span or array.
    [Fact]
    public Task RT19_basic_logins_judged_by_their_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class Logins
            {
                public static void A(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:changeme"))); // expect: IOT1002
                public static void B(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:xxxxxxxx"))); // expect: IOT1006
                public static void C(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:${METER_PASSWORD}"))); // expect: IOT1006
                public static void D(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("meter-7:<password>"u8)); // expect: IOT1006
                public static void E(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("meter-7:root"u8)); // expect: IOT1002
                public static void F(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("meter-7:Kiln4-Ember-Ash16"u8.ToArray())); // expect: IOT1001
                public static void G(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("meter-7:"))); // expect: none
                public static void H(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("meter-7:********"))); // expect: none
                public static void I(HttpClient h) => h.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String("meter-7:your-meter-password"u8)); // expect: IOT1006
            }
            """);

    // Pins: a Basic value encoded from a u8 span into a field; a culture-explicit interpolation in a local.
    [Fact]
    public Task RT19_basic_values_held_in_a_field_or_local() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class Meter
            {
                private static readonly string s_basic = Convert.ToBase64String("meter-7:Kiln4-Ember-Ash17"u8); // expect: IOT1001
                public static void A(HttpClient http) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", s_basic);
                public static void B(HttpClient http)
                {
                    var login = FormattableString.Invariant($"meter-8:{"Kiln4-Ember-Ash18"}"); // expect: IOT1001
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(login)));
                }
            }
            """);

    // Pins: anonymous FTP logins whose password is an e-mail address, empty or missing hold no secret, in a URL and in a
    // NetworkCredential; an anonymous FTP user in capitals too; another password of that user in an FTP URL is found.
    [Fact]
    public Task RT19_anonymous_ftp_logins_with_e_mail_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Ftp
            {
                public static void Fetch(WebClient wc)
                {
                    wc.DownloadData("ftp://anonymous:Tarn7Sedge!Heron@ftp.tides.example/pub/cal.bin"); // expect: IOT1001
                    wc.DownloadData("ftp://anonymous@ftp.tides.example/pub/cal.bin"); // expect: none
                    wc.DownloadData("ftp://anonymous:@ftp.tides.example/pub/cal.bin"); // expect: none
                    wc.DownloadData("ftp://ANONYMOUS:ops%40tides.example@ftp.tides.example/pub/cal.bin"); // expect: none
                }
                public static FtpWebRequest Request()
                {
                    var req = (FtpWebRequest)WebRequest.Create("ftp://ftp.tides.example/pub/cal.bin");
                    req.Credentials = new NetworkCredential("anonymous", "ops@tides.example"); // expect: none
                    return req;
                }
            }
            """);

    // "An anonymous FTP login's e-mail password" is no secret; a working password given with the user name "anonymous" is
    // one, as the same password in an FTP URL is: in a NetworkCredential and at an MQTT broker (no FTP convention there).
    [Fact]
    public Task RT19_anonymous_user_names_with_working_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using MQTTnet.Client;
            public static class Logins
            {
                public static FtpWebRequest Request()
                {
                    var req = (FtpWebRequest)WebRequest.Create("ftp://ftp.tides.example/pub/cal.bin");
                    req.Credentials = new NetworkCredential("anonymous", "Heron51-Tarn-Sedge"); // expect: IOT1001
                    return req;
                }
                public static MqttClientOptionsBuilder Broker() => new MqttClientOptionsBuilder().WithTcpServer("broker.tides.example").WithCredentials("anonymous", "Heron52-Tarn-Sedge"); // expect: IOT1001
            }
            """);

    // The anonymous FTP exemption is FTP's convention (RFC 1635): a password with an '@' for a user named anonymous in an
    // HTTPS URL or an MQTT URI is a password.
    [Fact]
    public Task RT19_anonymous_user_information_outside_ftp() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using MQTTnet.Client;
            public static class Anon
            {
                public static Task<string> A(HttpClient http) => http.GetStringAsync("https://anonymous:Heron53%40Tarn@api.tides.example/v1/state"); // expect: IOT1001
                public static MqttClientOptionsBuilder B() => new MqttClientOptionsBuilder().WithConnectionUri("mqtts://anonymous:Heron54%40Tarn@broker.tides.example:8883"); // expect: IOT1001
            }
            """);

    // Pins: FormattableString.Invariant and string.Create with a template, a key, a connection string's key and an
    // alignment/format specifier before the key; a culture-explicit URL without a secret is none.
    [Fact]
    public Task RT19_culture_explicit_interpolations() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            public static class Fmt
            {
                public static Task<string> A(HttpClient http, string city) =>
                    http.GetStringAsync(FormattableString.Invariant($"https://api.weather.example/data?q={city}&appid=YOUR_API_KEY")); // expect: IOT1006
                public static Task<string> B(HttpClient http, string city) =>
                    http.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"https://api.weather.example/data?q={city}&appid=9c2e7f4a1d8b3e6c0f5a2d9b7e1c4f11")); // expect: IOT1001
                public static DeviceClient C(string host, string id) =>
                    DeviceClient.CreateFromConnectionString(FormattableString.Invariant($"HostName={host};DeviceId={id};SharedAccessKey=q0nS3cr3tK3yB4se64q0nS3cr3tK3yB4se64q0nS3e=")); // expect: IOT1003
                public static Task<string> D(HttpClient http, double lat) =>
                    http.GetStringAsync(FormattableString.Invariant($"https://api.weather.example/data?lat={lat,8:F4}&appid=9c2e7f4a1d8b3e6c0f5a2d9b7e1c4f12")); // expect: IOT1001
                public static Task<string> E(HttpClient http, int n) =>
                    http.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"https://api.weather.example/data?count={n}&lang=en"));
            }
            """);

    // Pins: spaced words in a connection string's password: templates at the team's method are no finding, passphrases of
    // words (also with a number or a symbol) are passwords; a spaced template in a key's slot at a catalogued sink is IOT1006.
    [Fact]
    public Task RT19_spaced_words_in_connection_string_passwords() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            namespace Contoso.Data { public static class Store { public static void Open(string connectionString) { } } }
            public static class Db
            {
                public static void Run()
                {
                    Contoso.Data.Store.Open("Host=db;Username=gw;Password=ENTER YOUR PASSWORD HERE;Database=telemetry"); // expect: none
                    Contoso.Data.Store.Open("Server=db;User Id=gw;Password = Your Password;"); // expect: none
                    Contoso.Data.Store.Open("Host=db;Username=gw;Password=orchard lantern copper meadow"); // expect: IOT1001
                    Contoso.Data.Store.Open("Host=db;Username=gw;Password=orchard lantern 42;Database=telemetry"); // expect: IOT1001
                    Contoso.Data.Store.Open("Host=db;Username=gw;Password=Tarn Sedge!;Database=telemetry"); // expect: IOT1001
                }
                public static DeviceClient Hub() => DeviceClient.CreateFromConnectionString("HostName=hub.example;DeviceId=gw;SharedAccessKey=YOUR DEVICE KEY"); // expect: IOT1006
            }
            """);

    // ---------- 7. one-time codes and tokens from the clock and System.Random ----------

    // Pins: one-time, OTP and TOTP codes from the clock are IOT1005; a one-time token from System.Random IOT3005; a time
    // code and a one-time run id are no codes.
    [Fact]
    public Task RT19_one_time_codes_from_the_clock() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Door
            {
                private readonly Random _rng = new Random();
                public string OneTimeAccessCode() => (DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 1000000).ToString("D6"); // expect: IOT1005
                public string OtpCode() => Environment.TickCount.ToString("D6"); // expect: IOT1005
                public string TotpCode() => (DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 % 1000000).ToString("D6"); // expect: IOT1005
                public string OneTimeToken() => _rng.Next().ToString("X8"); // expect: IOT3005
                public string TimeCode() => DateTime.UtcNow.ToString("HHmmssff"); // expect: none
                public void Issue()
                {
                    var oneTimeRunId = DateTime.UtcNow.ToString("yyyyMMddHHmmss");
                    Console.WriteLine(oneTimeRunId);
                }
            }
            """);

    // A one-time password made from the clock is a password derived from the clock (IOT1005), as a one-time code, PIN or
    // passcode is.
    [Fact]
    public Task RT19_one_time_passwords_from_the_clock() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Door
            {
                public string OneTimePasscode() => DateTime.UtcNow.ToString("HHmmss"); // expect: IOT1005
                public string OneTimePassword() => DateTime.UtcNow.ToString("mmssff"); // expect: IOT1005
                public void Issue()
                {
                    var oneTimePassword = DateTime.UtcNow.ToString("HHmmss"); // expect: IOT1005
                    Console.WriteLine(oneTimePassword);
                }
            }
            """);

    // Pins: a sync token and a JWT secret made by System.Random are IOT3005.
    [Fact]
    public Task RT19_sync_tokens_and_secrets_from_random() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Pairing
            {
                private static readonly Random s_rng = new Random();
                public static string NewSyncToken() => s_rng.Next().ToString("x8"); // expect: IOT3005
                public static string JwtSecret() => s_rng.NextInt64().ToString("x16"); // expect: IOT3005
            }
            """);

    // ---------- 8. crashes on half-typed code ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Generic; using System.Globalization; using System.Net; using System.Net.Http; using System.Net.Http.Headers; using System.Text;
        public sealed record Login(string User, string Password);
        public class Part { public Part(string apiUrl, string apiKey) { new HttpClient().DefaultRequestHeaders.Add("X-Api-Key", apiKey); } }
        public class Feeder : Part { public Feeder(string apiUrl, string apiKey) : base(apiUrl, apiKey) { } }
        public class Silo { private readonly string _apiKey; public Silo(string u, string apiKey) { _apiKey = apiKey; new Feeder(u, _apiKey); } }
        public static class Shapes
        {
            public const string WIFIPASSWORD = "Kettle!Marsh71", MQTT_PASS_2 = "Kettle!Marsh74", APIKEYV2 = "Qz8r", DeviceKeyboard = "de";
            private static readonly Login Bench = new("viewer", "Beacon13-Fresnel");
            public static readonly Dictionary<string, string> Profiles = new() { ["lab"] = "Heron41-Tarn-Sedge" };
            public static readonly string[] Fallbacks = { "Heron45", "Heron46" };
            private static string? s_cached; private static readonly string disarmCode = "730114";
            public static string DisarmCode { get { return disarmCode; } }
            private static string ApiKey => s_cached ?? Environment.GetEnvironmentVariable("K") ?? "6a0e2c8f4b1d7e3a9c5f1b7d3e9a2c11";
            private static Login? Load() => null;
            public static readonly Silo North = new("http://north.local", "8A2C71B04E8D3A56C1B7E90D4F2A6C11");
            public static bool Disarm(string entered) => entered == DisarmCode || string.Equals(entered, Shapes.DisarmCode);
            public static async System.Threading.Tasks.Task<object?> Run(HttpClient http, WebClient wc, bool gate, string?[] args, IReadOnlyDictionary<string, string?> cfg)
            {
                string? key = cfg["k"] ?? args[0] ?? "6c1f8a3e9d2b7f4a0e5c8b1d6a9f3e2d"; key ??= "6c1f8a3e9d2b7f4a0e5c8b1d6a9f3e2e";
                s_cached ??= Environment.GetEnvironmentVariable("C");
                var login = Load() ?? Load() ?? Bench;
                var cred = new NetworkCredential("anonymous", (gate ? Bench : login).Password + Profiles["lab"] + Fallbacks[1]);
                http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("meter-7:Kiln4-Ember-Ash16"u8));
                http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("meter:" + (gate ? "admin" : "Kiln4"))));
                wc.DownloadData("ftp://anonymous:ops%40tides.example@ftp.tides.example/pub/cal.bin");
                var oneTimePassword = DateTime.UtcNow.ToString("HHmmss");
                await http.GetStringAsync(FormattableString.Invariant($"https://a/?appid={key}&lat={1.5,8:F4}"));
                return await http.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"https://a/?api_key={ApiKey}&p={"Password=YOUR DB PASSWORD;"}{oneTimePassword}{cred.Password}"));
            }
        }
        """";

    // The shapes compile whole (so the cuts exercise the session's code paths, not only the parser's recovery).
    [Fact]
    public void RT19_session_shapes_compile()
    {
        AnalyzerRunner.AssertCompilesAgainstLibraries(SessionShapes);
    }

    // Every cut of a source of the session's shapes, and every source with a few characters removed: no analyzer throws.
    [Fact]
    public async Task RT19_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        _out.WriteLine($"{await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 19, removed: 5)} sources");

    // Hand-picked half-typed forms of the session's shapes, as an editor sees them while they are typed.
    [Fact]
    public Task RT19_no_analyzer_throws_on_half_typed_session_forms() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System; class C { string? _k; void M() { _k ??= } }",
            "using System; class C { string? _k; void M() { _k ??= \"6c1f8a3e9d2b7f4a0e5c8b1d6a9f3e2d\" } }",
            "using System.Net; class C { static object? L() => null; object M(bool g) => new NetworkCredential(\"u\", (g ? : ).Password); }",
            "using System.Net; record Login(string User, string Password); class C { static Login? L() => null; object M() => new NetworkCredential(\"u\", (L() ?? L() ?? ).Password); }",
            "class C { string DisarmCode { get { return } } bool M(string e) => e == DisarmCode; }",
            "class C { string DisarmCode => ; bool M(string e) => e == DisarmCode; }",
            "class C { static string DisarmCode { get; } = ; bool M(string e) => string.Equals(e, C.DisarmCode); }",
            "using System; class C { string M() => FormattableString.Invariant($\"https://a/?appid={", 
            "using System; using System.Globalization; class C { string M() => string.Create(CultureInfo.InvariantCulture, $\"https://a/?appid={1,8:F4}&x=\"); }",
            "using System; class C { string M() => Convert.ToBase64String(\"meter-7:Kiln4\"u8 }",
            "using System.Net; class C { void M(WebClient wc) => wc.DownloadData(\"ftp://anonymous:ops%40@\"); }",
            "using System.Net; class C { object M() => new NetworkCredential(\"anonymous\", ); }",
            "namespace Contoso.Data { public static class Store { public static void Open(string connectionString) { } } } class C { void M() => Contoso.Data.Store.Open(\"Password=YOUR DB \"); }",
            "using System.Collections.Generic; using System.Net; static class D { public static readonly Dictionary<string, string> P = new() { [ ] = \"Heron\" }; } class C { object M() => new NetworkCredential(\"g\", D.P[]); }",
            "using System.Net; static class D { public static readonly string[] F = { \"Heron45\", }; } class C { object M() => new NetworkCredential(\"g\", D.F[1]); }",
            "public class Part { public Part(string apiUrl, string apiKey) : base( { } } public class Feeder : Part { public Feeder(string a, string apiKey) : base(a, ) { } }",
            "public class Silo { public Silo(string u, string apiKey) : this(u, apiKey) { } } static class F { static readonly Silo N = new(\"u\", \"8A2C71B04E8D3A56C1B7E90D4F2A6C11\"); }",
            "public static class S { public const string WIFIPASSWORD = ; public const string MQTT_PASS_ = \"x\"; public const string _2 = \"Tarn!Sedge52\"; public const string _ = \"Tarn!Sedge53\"; }",
            "using System; class Door { string OneTimePassword() => DateTime.UtcNow.ToString(; }",
        });
}
