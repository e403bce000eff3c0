using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 21: the session's changes since red team 20's base (15fdf05..b58fdc2). Options filled by a configure delegate,
/// Basic logins whose user id the code does not write, static helpers counted only where a call can bind them, members
/// hidden by parameters and locals of their name, missing-value tests in many spellings followed by a default, query keys
/// with a dash or an owner word and switches beside them, stand-ins and screaming-snake templates, device words, model and
/// level codes, pin labels, vault and wristband PINs, 32feet.NET pairing, Z-Wave and other key-named byte parameters, keys
/// chosen by a condition, Telegram bot URLs, IOT3005's exemptions, INI fallbacks, Wi-Fi key names, PINs from hardware
/// addresses, static settings compared with a received password, form bodies and spans of public text; messages and
/// crashes on half-typed code. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam21Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam21Tests(ITestOutputHelper output) => _out = output;

    private static readonly string[] Bluetooth = { Stubs.Bluetooth32Feet };
    private static readonly string[] ZWave = { Stubs.ZWaveDotNet };

    // ---------- 1. options filled by a configure delegate ----------

    // IOT1001 (ninth session): "options a library fills through a configure delegate ... read in a header or inside a Basic
    // login". Options types in nullable projects initialise their strings (= string.Empty); the caller's password still
    // reaches the Basic header, so it is IOT1001 there, not IOT1004 ("reaches no API").
    [Fact]
    public Task RT21_configure_delegate_options_with_empty_initializers_in_a_basic_login() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class MeterOptions
            {
                public string Username { get; set; } = string.Empty;
                public string Password { get; set; } = string.Empty;
            }
            public static class MeterSetup
            {
                public static HttpClient Build(Action<MeterOptions> configure)
                {
                    var options = new MeterOptions();
                    configure(options);
                    var client = new HttpClient();
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
                    return client;
                }
                public static void Main()
                {
                    Build(o => { o.Username = "meter"; o.Password = "Tarn5-Heron-Gully"; }); // expect: IOT1001
                }
            }
            """);

    // The same configure delegate shape with the options object kept in the client's field (configure(_options) in the
    // constructor, read later in a Basic login): the caller's password reaches the header (IOT1001, not IOT1004).
    [Fact]
    public Task RT21_configure_delegate_filling_options_kept_in_a_field() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class SiloOptions
            {
                public string? Username { get; set; }
                public string? Password { get; set; }
            }
            public sealed class SiloClient
            {
                private readonly SiloOptions _options = new SiloOptions();
                private readonly HttpClient _http = new HttpClient();
                public SiloClient(Action<SiloOptions> configure)
                {
                    configure(_options);
                }
                public void Authorize() =>
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.Password}")));
            }
            public static class Program
            {
                public static void Main()
                {
                    var c = new SiloClient(o => { o.Username = "silo"; o.Password = "Auger3-Hopper-Chaff"; }); // expect: IOT1001
                }
            }
            """);

    // The configure delegate invoked conditionally (configure?.Invoke(options)), in an expression lambda and through a method
    // group: each written value is judged at its own literal, a listed default is IOT1002, a template IOT1006.
    [Fact]
    public Task RT21_configure_delegate_invoked_conditionally_and_by_method_group() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using MQTTnet.Client;
            public sealed class HiveOptions
            {
                public string? ApiKey { get; set; }
            }
            public sealed class KilnOptions
            {
                public string? Username { get; set; }
                public string? Password { get; set; }
            }
            public static class Setup
            {
                public static HttpClient Hive(Action<HiveOptions>? configure = null)
                {
                    var options = new HiveOptions();
                    configure?.Invoke(options);
                    var client = new HttpClient();
                    client.DefaultRequestHeaders.Add("X-API-Key", options.ApiKey);
                    return client;
                }
                public static MqttClientOptions Kiln(Action<KilnOptions> configure)
                {
                    KilnOptions options = new();
                    configure(options);
                    return new MqttClientOptionsBuilder().WithTcpServer("kiln.local").WithCredentials(options.Username, options.Password).Build();
                }
                static void Bench(KilnOptions o) { o.Username = "kiln"; o.Password = "Glaze8-Bisque-Slip"; } // expect: IOT1001
                public static void Main()
                {
                    Hive(o => o.ApiKey = "9c2f71e4a8b35d06c1e7f4a2b9d83c50"); // expect: IOT1001
                    Kiln(Bench);
                    Kiln(o => { o.Username = "kiln"; o.Password = "12345678"; }); // expect: IOT1002
                    Kiln(o => { o.Username = "kiln"; o.Password = "<kiln broker password>"; }); // expect: IOT1006
                }
            }
            """);

    // Hard negatives: options filled by callers only with values read at run time, and a non-credential property (a label)
    // holding a password-looking text; a local object never handed out keeps its own values (none written here).
    [Fact]
    public Task RT21_configure_delegate_with_run_time_values_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class DockOptions
            {
                public string? Username { get; set; }
                public string? Password { get; set; }
                public string? Banner { get; set; }
            }
            public static class DockSetup
            {
                public static HttpClient Build(Action<DockOptions> configure)
                {
                    var options = new DockOptions();
                    configure(options);
                    var client = new HttpClient();
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
                    return client;
                }
                public static void Main(string[] args)
                {
                    Build(o => { o.Username = args[0]; o.Password = args[1]; o.Banner = "Quay7-Bollard-Banner"; }); // expect: none
                    Build(o => { o.Username = "dock"; o.Password = Environment.GetEnvironmentVariable("DOCK_PASSWORD") ?? ""; }); // expect: none
                }
            }
            """);

    // ---------- 2. Basic logins whose user id the code does not write ----------

    // IOT1001: "a Basic login whose user id the code does not write (the login is judged by its password)", in the other
    // spellings device code uses (+ concatenation, string.Format, an Authorization header added by name); a listed default
    // password is IOT1002, a template IOT1006.
    [Fact]
    public Task RT21_basic_login_with_a_run_time_user_id_in_other_spellings() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class Meter
            {
                private const string MeterPassword = "Weir8-Sluice-Lade"; // expect: IOT1001
                public static void A(HttpClient http, string serial) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(serial + ":" + MeterPassword)));
                public static void B(HttpClient http, string serial) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Format("{0}:{1}", serial, "Weir9-Sluice-Lade")))); // expect: IOT1001
                public static void C(HttpClient http, string serial) =>
                    http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(serial + ":" + "Weir10-Sluice-Lade"))); // expect: IOT1001
                public static void D(HttpClient http, string serial) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{serial}:admin"))); // expect: IOT1002
                public static void E(HttpClient http, string serial) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{serial}:YOUR_METER_PASSWORD"))); // expect: IOT1006
                public static void F(HttpClient http, string serial) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{serial}:{Environment.GetEnvironmentVariable("METER_PW")}")));
            }
            """);

    // ---------- 3. static helpers a call can bind ----------

    // IOT1001: values travel "through helpers anywhere in the compilation (public and internal ones ...)". A using alias of
    // the helper's type (using Net = Orchard.Device.WifiSetup; Net.Join(...)) binds the same static method.
    [Fact]
    public Task RT21_static_helper_called_through_a_using_alias() =>
        ExpectComments.AssertAsync("""
            using Net = Orchard.Device.WifiSetup;
            using nanoFramework.Networking;
            namespace Orchard.Device
            {
                public static class WifiSetup
                {
                    public static bool Join(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
                }
            }
            public static class Program
            {
                public static void Main()
                {
                    Net.Join("Orchard-Shed", "Pippin4-Russet-Cider"); // expect: IOT1001
                }
            }
            """);

    // The forms that do bind (global::-qualified, namespace-qualified, a generic static type) are followed; another type's
    // static method of the same name and arity that reaches no credential is not a sink.
    [Fact]
    public Task RT21_static_helper_called_fully_qualified_or_on_a_generic_type() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            namespace Orchard.Device
            {
                public static class WifiSetup
                {
                    public static bool Join(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
                }
                public static class Radio<TBoard>
                {
                    public static bool Join(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
                }
                public static class Chat
                {
                    public static string Join(string room, string nickname) => room + "/" + nickname;
                }
                public sealed class Esp32C3 { }
                public static class Boot
                {
                    public static void Main()
                    {
                        global::Orchard.Device.WifiSetup.Join("Orchard-Shed", "Pippin5-Russet-Cider"); // expect: IOT1001
                        Orchard.Device.WifiSetup.Join("Orchard-Shed", "Pippin6-Russet-Cider"); // expect: IOT1001
                        Radio<Esp32C3>.Join("Orchard-Shed", "Pippin7-Russet-Cider"); // expect: IOT1001
                        Chat.Join("orchard", "Pippin8-Russet-Cider"); // expect: none
                    }
                }
            }
            """);

    // ---------- 4. missing-value tests followed by a default ----------

    // IOT1001: a secret that reaches a credential parameter is reported at its literal. A default given when the parameter is
    // missing, tested with the property patterns modern C# writes (is not { Length: > 0 }, is null or { Length: 0 }), ships.
    [Fact]
    public Task RT21_missing_tests_as_property_patterns_on_parameters() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Box
            {
                public static ICredentials A(string user, string? password)
                {
                    if (password is not { Length: > 0 }) password = "Flint6-Tinder-Ember"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
                public static ICredentials B(string user, string? password)
                {
                    if (password is null or { Length: 0 }) password = "Flint7-Tinder-Ember"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
            }
            """);

    // IOT1001 vs IOT1004: a local read from the environment and defaulted after a property-pattern test reaches
    // NetworkCredential; IOT1004 is only for values that reach "no API IoTSecure knows".
    [Fact]
    public Task RT21_local_defaulted_after_a_property_pattern_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public static class Box
            {
                public static ICredentials C(string user)
                {
                    var password = Environment.GetEnvironmentVariable("BOX_PW");
                    if (password is not { Length: > 0 }) password = "Flint8-Tinder-Ember"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
            }
            """);

    // IOT1001 vs IOT1004: the failed lookup spelled with "== false" (if (cfg.TryGetValue(key, out var password) == false))
    // defaults a local that reaches NetworkCredential: IOT1001 at the default, as !TryGetValue(...) is.
    [Fact]
    public Task RT21_failed_lookup_compared_with_false() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            public static class Box
            {
                public static ICredentials B(IReadOnlyDictionary<string, string> cfg)
                {
                    if (cfg.TryGetValue("box.password", out var password) == false) password = "Flint10-Tinder-Ember"; // expect: IOT1001
                    return new NetworkCredential("box", password);
                }
            }
            """);

    // IOT1001: the default given to a missing parameter in an else-if branch (after a bench switch) reaches the sink too.
    [Fact]
    public Task RT21_default_given_in_an_else_if() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public static class Box
            {
                public static ICredentials A(string user, string? password, bool verbose)
                {
                    if (verbose) Console.WriteLine("joining " + user);
                    else if (string.IsNullOrEmpty(password)) password = "Flint9-Tinder-Ember"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
            }
            """);

    // IOT1001: other missing-value spellings real code writes (a whitespace-only value via Trim().Length == 0, and a missing
    // or too short password replaced by the bench one): the written default reaches NetworkCredential.
    [Fact]
    public Task RT21_missing_tests_on_trimmed_or_too_short_values() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Box
            {
                public static ICredentials C(string user, string password)
                {
                    if (string.IsNullOrWhiteSpace(password) || password.Length < 8) password = "Flint11-Tinder-Ember"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
                public static ICredentials D(string user, string password)
                {
                    if (password.Trim().Length == 0) password = "Flint12-Tinder-Ember"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
            }
            """);

    // Hard negatives beside a positive: defaults read from the environment, a throw, an empty string; the pattern x is ""
    // with a written default is reported.
    [Fact]
    public Task RT21_defaults_that_are_not_written_secrets() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public static class Box
            {
                public static ICredentials A(string user, string? password)
                {
                    if (password is null or "") password = Environment.GetEnvironmentVariable("BOX_PW");
                    return new NetworkCredential(user, password);
                }
                public static ICredentials B(string user, string? password)
                {
                    if (password is not { Length: > 0 }) throw new ArgumentException("Set the box password.", nameof(password));
                    return new NetworkCredential(user, password);
                }
                public static ICredentials C(string user, string? password)
                {
                    if (password == null) password = string.Empty;
                    return new NetworkCredential(user, password);
                }
                public static ICredentials E(string user, string? password)
                {
                    if (password is "") password = "Flint13-Tinder-Ember"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
            }
            """);

    // ---------- 5. query keys ----------

    // IOT1001 (ninth session): query keys "with ... an owner word (mqtt_pass=, wifi_password=)". Device REST APIs write the
    // owner word in camel case (wifiPassword=, mqttPassword=): the same password key.
    [Fact]
    public Task RT21_query_keys_with_an_owner_word_in_camel_case() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Plug
            {
                private static readonly HttpClient Http = new HttpClient();
                public static void Go(string ip)
                {
                    Http.GetAsync($"http://{ip}/rpc/Wifi.SetConfig?ssid=Loft&wifiPassword=Heron4-Kettle-Marsh"); // expect: IOT1001
                    Http.GetAsync($"http://{ip}/rpc/Mqtt.SetConfig?server=broker.loft:1883&mqttUser=plug&mqttPassword=Heron8-Kettle-Marsh"); // expect: IOT1001
                }
            }
            """);

    // IOT1001: "a secret-named query value". psk is a secret name (IOT1004's list); camera and plug CGIs set the Wi-Fi key
    // with psk= (Foscam setWifiSetting) or ap_psk=.
    [Fact]
    public Task RT21_query_keys_naming_a_wifi_psk() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Cam
            {
                private static readonly HttpClient Http = new HttpClient();
                public static void Go(string ip)
                {
                    Http.GetAsync($"http://{ip}/cgi-bin/CGIProxy.fcgi?cmd=setWifiSetting&isEnable=1&ssid=Loft&psk=Heron5-Kettle-Marsh&authMode=2"); // expect: IOT1001
                    Http.GetAsync($"http://{ip}/settings/ap?enabled=1&ap_psk=Heron9-Kettle-Marsh"); // expect: IOT1001
                }
            }
            """);

    // IOT1001 (ninth session): "a switch or count such as show_password=true or high_pass=200 is not a password". Switches
    // written as other words (checked, enable, always, never) are no passwords either.
    [Fact]
    public Task RT21_query_switches_with_word_values() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Cam
            {
                private static readonly HttpClient Http = new HttpClient();
                public static void Go(string ip)
                {
                    Http.GetAsync($"http://{ip}/settings/ui?show_password=checked"); // expect: none
                    Http.GetAsync($"http://{ip}/cgi-bin/param.cgi?save_password=enable"); // expect: none
                    Http.GetAsync($"http://{ip}/settings/ui?remember_pwd=always"); // expect: none
                    Http.GetAsync($"http://{ip}/settings/ui?require_password=never"); // expect: none
                    Http.GetAsync($"http://{ip}/settings/ui?show_password=1&use_password=none"); // expect: none
                }
            }
            """);

    // Precedence: a template under a dashed or owner-word key is IOT1006, a listed default IOT1002 (never IOT1001).
    [Fact]
    public Task RT21_query_keys_with_a_dash_or_owner_word_holding_templates_and_defaults() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Cam
            {
                public static void C(HttpClient http, string ip)
                {
                    http.GetAsync($"http://{ip}/cgi-bin/hi3510/param.cgi?cmd=getserverinfo&-usr=viewer&-pwd=YOUR_PASSWORD"); // expect: IOT1006
                    http.GetAsync($"http://{ip}/settings/mqtt?mqtt_user=shelly&mqtt_pass=changeme"); // expect: IOT1002
                    http.GetAsync($"http://{ip}/settings/sta?wifi_password=<wifi password>"); // expect: IOT1006
                    http.GetAsync($"http://{ip}/cgi-bin/hi3510/param.cgi?cmd=getserverinfo&-usr=viewer&-pwd=Kestrel2-Tern-Marsh"); // expect: IOT1001
                }
            }
            """);

    // ---------- 6. stand-ins and screaming-snake templates ----------

    // IOT1006 (ninth session): "an environment variable's or setting's name in upper-case words joined by underscores, ending
    // in a credential's word ..., whatever its first words name". Env names carry digits (ESP32_, SITE2_) and end in API_KEY.
    [Fact]
    public Task RT21_screaming_snake_names_with_digits_or_api_key() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            using System.Net.Http;
            public static class Env
            {
                public static void Go(HttpClient http)
                {
                    WifiNetworkHelper.ConnectDhcp("Loft", "DOCK_WIFI_PASSWORD"); // expect: IOT1006
                    WifiNetworkHelper.ConnectDhcp("Loft", "ESP32_WIFI_PASSWORD"); // expect: IOT1006
                    WifiNetworkHelper.ConnectDhcp("Loft", "SITE2_WIFI_PSK"); // expect: IOT1006
                    http.DefaultRequestHeaders.Add("X-API-Key", "TRUCK_SCALE_API_KEY"); // expect: IOT1006
                }
            }
            """);

    // IOT1006 (ninth session): "a credential's abbreviated name alone that no default list holds ("PWD", "passwd", ...)".
    // "pswd", one of the abbreviations IOT1004 lists for password, is the same stand-in (IOT1006, not IOT1001).
    [Fact]
    public Task RT21_pswd_alone_is_a_stand_in() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class S
            {
                public static void Go()
                {
                    WifiNetworkHelper.ConnectDhcp("Loft", "pswd"); // expect: IOT1006
                    WifiNetworkHelper.ConnectDhcp("Loft", "Passwd"); // expect: IOT1006
                    WifiNetworkHelper.ConnectDhcp("Loft", "pswd-7Kx"); // expect: IOT1001
                }
            }
            """);

    // IOT1004 "Not findings: ... configuration keys and environment variable names": screaming-snake names held in constants
    // that reach no sink are nothing, beside a real secret in a constant.
    [Fact]
    public Task RT21_environment_variable_names_in_constants_reaching_no_sink() =>
        ExpectComments.AssertAsync("""
            public static class Cfg
            {
                private const string WifiPassword = "ESP32_WIFI_PASSWORD"; // expect: none
                private const string ApiKey = "TRUCK_SCALE_API_KEY"; // expect: none
                private const string MqttPassword = "Lock9-Weir-Sluice"; // expect: IOT1004
                public static string U() => WifiPassword + ApiKey + MqttPassword;
            }
            """);

    // ---------- 7. names: model, device words, pin labels, level codes, vaults ----------

    // IOT1004: "a device's model (TokenChangerModel) is no secret" is a name ending in Model; a model word before the
    // credential word (a model download token, an inference model's secret) names whose secret it is.
    [Fact]
    public Task RT21_model_before_the_secret_word() =>
        ExpectComments.AssertAsync("""
            public static class Vision
            {
                private const string ModelDownloadToken = "b1c7e9a2f05d48e3"; // expect: IOT1004
                private const string ModelServicePassword = "Gantry5-Rivet-Bolt"; // expect: IOT1004
                private const string InferenceModelSecret = "Gantry6-Rivet-Bolt"; // expect: IOT1004
                private const string TokenChangerModel = "TC-4000"; // expect: none
                public static string Use() => ModelDownloadToken + ModelServicePassword + InferenceModelSecret + TokenChangerModel;
            }
            """);

    // IOT1004 (ninth session): "a word that says what a device is (LabelPrinterPassword ...) does not hide the password after
    // it". An info screen's and a status monitor's passwords, checked by the team's own login, are IOT1004.
    [Fact]
    public Task RT21_device_words_screen_and_monitor_before_a_password() =>
        ExpectComments.AssertAsync("""
            public static class Signage
            {
                private const string InfoScreenPassword = "Gantry7-Rivet-Bolt"; // expect: IOT1004
                private const string StatusMonitorPassword = "Gantry8-Rivet-Bolt"; // expect: IOT1004
                private const string LabelPrinterPassword = "Gantry9-Rivet-Bolt"; // expect: IOT1004
                public static bool Check(string entered) => entered == InfoScreenPassword || entered == StatusMonitorPassword || entered == LabelPrinterPassword;
            }
            """);

    // IOT1004 (ninth session): "a board's pin label under a pin name (PhoneRingerPin = "GPIO17", "D4", "PA5") ... are no
    // PINs". A Raspberry Pi Pico's GP15 and a Pi's BCM27 are board pin labels too.
    [Fact]
    public Task RT21_board_pin_labels_of_other_boards() =>
        ExpectComments.AssertAsync("""
            public static class Phone
            {
                public const string HandsetHookPin = "GPIO17"; // expect: none
                public const string HandsetCradlePin = "GP15"; // expect: none
                public const string PhoneRingerPin = "BCM27"; // expect: none
                public const string VoicemailPin = "4827"; // expect: IOT1004
            }
            """);

    // IOT1004 (ninth session): "a level or state code under an alarm's name (DosingAlarmCode = "CL2-HIGH") [is] no ... code";
    // an override code checked against typed text is one.
    [Fact]
    public Task RT21_level_codes_beside_an_override_code() =>
        ExpectComments.AssertAsync("""
            public static class Pool
            {
                public const string DosingAlarmCode = "CL2-HIGH"; // expect: none
                public const string FilterAlarmCode = "PH_LOW"; // expect: none
                public const string TankAlarmCode = "TANK3-FAULT"; // expect: none
                public const string GateOverrideCode = "7731"; // expect: IOT1004
                public static bool Open(string entered) => entered.Trim() == GateOverrideCode;
            }
            """);

    // IOT1004 (ninth session): "vaults, key safes, lockboxes, wristbands and badges say which PIN a name holds"; a wristband
    // reader's GPIO label and a badge LED's pin number are hardware.
    [Fact]
    public Task RT21_vault_wristband_and_badge_pins() =>
        ExpectComments.AssertAsync("""
            public static class Safe
            {
                public const string CashVaultPin = "5813"; // expect: IOT1004
                public const string KeySafePin = "7302"; // expect: IOT1004
                public const string WristbandPin = "4096"; // expect: IOT1004
                public const string BadgePin = "6624"; // expect: IOT1004
                public const string WristbandReaderPin = "D7"; // expect: none
                public const int BadgeLedPin = 13; // expect: none
                public static bool Check(string entered) => entered == CashVaultPin || entered == KeySafePin || entered == WristbandPin || entered == BadgePin;
            }
            """);

    // IOT1005 (ninth session): "an access point's key made from the MAC (apKey, wlanKey, hotspotKey)"; a map key, a key index
    // and a Wi-Fi security mode are not (IOT1004: "A Wi-Fi security mode ... is not a key").
    [Fact]
    public Task RT21_ap_wlan_and_hotspot_keys() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            public static class SoftAp
            {
                public const string HotspotKey = "Loft-Hotspot-2291"; // expect: IOT1004
                public const string ApKeyMgmt = "WPA2-PSK"; // expect: none
                public const string WlanKeyType = "WPA2"; // expect: none
                public static string Keys(PhysicalAddress mac, string serial)
                {
                    var softApKey = mac.ToString().Substring(4); // expect: IOT1005
                    string hotspotKey = "HS-" + serial[^6..]; // expect: IOT1005
                    var wlanKey = Environment.MachineName.ToLowerInvariant(); // expect: IOT1005
                    var mapKey = "tile-" + serial; // expect: none
                    var apKeyIndex = mac.GetAddressBytes()[5] % 4; // expect: none
                    return softApKey + hotspotKey + wlanKey + mapKey + apKeyIndex + HotspotKey + ApKeyMgmt + WlanKeyType;
                }
            }
            """);

    // ---------- 8. Bluetooth, Z-Wave and other keys ----------

    // IOT1001: 32feet.NET BluetoothSecurity.SetPin/PairRequest, by named argument and through a constant; a listed PIN is
    // IOT1002, a template IOT1006, a PIN from the environment nothing.
    [Fact]
    public Task RT21_bluetooth_pins_by_named_argument_and_constant() =>
        ExpectComments.AssertAsync(Bluetooth, """
            using System;
            using InTheHand.Net;
            using InTheHand.Net.Bluetooth;
            public static class Pairing
            {
                private const string ScalePin = "8326"; // expect: IOT1001
                public static void Pair(BluetoothAddress addr)
                {
                    BluetoothSecurity.PairRequest(device: addr, pin: "6140"); // expect: IOT1001
                    BluetoothSecurity.SetPin(addr, ScalePin);
                    BluetoothSecurity.SetPin(addr, "123456"); // expect: IOT1002
                    BluetoothSecurity.PairRequest(addr, "<pairing pin>"); // expect: IOT1006
                    BluetoothSecurity.PairRequest(addr, Environment.GetEnvironmentVariable("SCALE_PIN") ?? "");
                }
            }
            """);

    // IOT1005 (ninth session): "a value whose type is a hardware address, whatever it is called (address.ToString() of a
    // 32feet.NET BluetoothAddress, a PhysicalAddress)": read from a property of that type as from a field.
    [Fact]
    public Task RT21_pins_from_hardware_address_properties() =>
        ExpectComments.AssertAsync(Bluetooth, """
            using System.Net.NetworkInformation;
            using InTheHand.Net;
            public sealed class Scale
            {
                private readonly BluetoothAddress _address = BluetoothAddress.Parse("00:11:22:33:44:55");
                public BluetoothAddress Address { get; } = BluetoothAddress.Parse("00:11:22:33:44:56");
                public PhysicalAddress Hardware { get; init; } = PhysicalAddress.None;
                public string PinA() { var pin = _address.ToString().Substring(6); return pin; } // expect: IOT1005
                public string PairingPinB() => Address.ToString().Substring(6); // expect: IOT1005
                public string PairingPinC(Scale other) => other.Address.ToString()[^4..]; // expect: IOT1005
                public string ApPassword() => Hardware.ToString()[^8..]; // expect: IOT1005
            }
            """);

    // IOT1003: "a Z-Wave controller's S0 and S2 network keys given to ZWaveDotNet's new Controller(...)": from a hex field,
    // a collection expression, a named argument chosen by a condition (the all-zero lab branch is none); random keys nothing.
    [Fact]
    public Task RT21_zwave_keys_in_other_spellings() =>
        ExpectComments.AssertAsync(ZWave, """
            using System;
            using System.Security.Cryptography;
            using ZWaveDotNet.Entities;
            public static class Hub
            {
                private static readonly byte[] S0Key = Convert.FromHexString("4E7A1C93B05D2F68A1C4E7093B2D5F81"); // expect: IOT1003
                public static Controller Start(bool lab)
                {
                    byte[] s2Unauth = [0x3C, 0x91, 0x5E, 0x07, 0xA2, 0xD4, 0x68, 0x1B, 0xF3, 0x29, 0x8C, 0x46, 0xE5, 0x70, 0xBD, 0x12]; // expect: IOT1003
                    return new Controller("/dev/ttyACM0", S0Key, s2Unauth,
                        s2auth: lab ? new byte[16] : Convert.FromHexString("9D2B47E1C05A3F86B7D42E9C1A08F573"), // expect: IOT1003
                        s2access: RandomNumberGenerator.GetBytes(16));
                }
            }
            """);

    private const string RadioLibraries = """
        namespace Acme.Radio
        {
            public class AbpSession { public AbpSession(uint devAddr, byte[] nwkSKey, byte[] appSKey) { } }
            public class HidReport { public HidReport(byte modifier, byte[] keyCodes) { } }
            public class Beacon { public Beacon(byte[] peerPublicKey) { } }
            public class Rak3172Modem { public void JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) { } }
        }
        namespace Acme.Zigbee { public class Coordinator { public Coordinator(ushort panId, byte[] networkKey) { } } }
        """;

    // IOT1003: "Any library's method takes key material at a byte parameter whose name says which key it is" (ninth session:
    // library constructors too): ABP session keys, a Zigbee network key by named argument in a target-typed new; a keyboard
    // report's key codes and a peer's public key are none.
    [Fact]
    public Task RT21_key_named_byte_parameters_of_library_constructors() =>
        ExpectComments.AssertAsync(new[] { RadioLibraries }, """
            using System;
            using Acme.Radio;
            using Acme.Zigbee;
            public static class Node
            {
                private static readonly byte[] NwkSKey = { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }; // expect: IOT1003
                public static AbpSession Start() =>
                    new AbpSession(0x260B1F3Au, NwkSKey, appSKey: Convert.FromHexString("C94A0E7D1B2F36584E6D9A1C0B7F2E83")); // expect: IOT1003
                public static Coordinator Form()
                {
                    Coordinator c = new(panId: 0x1A62, networkKey: [0x5C, 0x13, 0xA8, 0x4F, 0xE2, 0x76, 0x9D, 0x31, 0xC0, 0x6B, 0x27, 0xF4, 0x88, 0x0E, 0xD5, 0x49]); // expect: IOT1003
                    return c;
                }
                public static HidReport Report() => new HidReport(0x02, new byte[] { 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C }); // expect: none
                public static Beacon B() => new Beacon(new byte[] { 0x04, 0x9C, 0x11, 0x5D, 0x6E, 0x72, 0x8A, 0xB3, 0xC4, 0xD5, 0x0E, 0xF1, 0x12, 0x23, 0x34, 0x45 }); // expect: none
            }
            """);

    // IOT1003: "A key chosen by a condition ... is judged on each choice" and IOT1004: "The same bytes at an HMAC or AES key
    // are IOT1003 only". A region's AppKey picked by a switch among key fields reaches the key parameter: IOT1003 at each.
    [Fact]
    public Task RT21_key_bytes_chosen_by_a_switch_among_fields() =>
        ExpectComments.AssertAsync(new[] { RadioLibraries }, """
            using System;
            using Acme.Radio;
            public static class Node
            {
                private static readonly byte[] EuAppKey = { 0x8F, 0x21, 0x6C, 0xD4, 0x3A, 0x97, 0x0B, 0xE5, 0x52, 0x1D, 0xC8, 0x74, 0x39, 0xAE, 0x06, 0xFB }; // expect: IOT1003
                private static readonly byte[] UsAppKey = { 0x1E, 0x7B, 0x94, 0x2D, 0xC6, 0x53, 0x08, 0xAF, 0x61, 0x3C, 0xE7, 0x95, 0x4A, 0x0D, 0xB2, 0x86 }; // expect: IOT1003
                private static readonly byte[] Eui = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x05, 0xA1, 0x3C };
                public static void Join(Rak3172Modem modem, string region) =>
                    modem.JoinOtaa(Eui, Eui, region switch { "eu" => EuAppKey, _ => UsAppKey });
                public static void Join2(Rak3172Modem modem, string? hex) =>
                    modem.JoinOtaa(Eui, Eui, hex is null ? Convert.FromBase64String("q1Fz3Xc8Rt5Vb2Nm7Kp4Lw==") : Convert.FromHexString(hex)); // expect: IOT1003
            }
            """);

    // IOT1003: "Telegram bot tokens (123456789:AA...)" in the Bot API's URL path, in a constant's base URL and in the file
    // download path (/file/bot<token>/); a token read from the environment is nothing.
    [Fact]
    public Task RT21_telegram_bot_tokens_in_other_urls() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public static class Alarm
            {
                private const string BotUrl = "https://api.telegram.org/bot5829416730:AAF3kQ8zLw2mVx7NcR4tYp9HbJd6GsE1uKo/"; // expect: IOT1003
                public static void Send(HttpClient http, string text)
                {
                    http.GetAsync(BotUrl + "sendMessage?chat_id=-1001&text=" + Uri.EscapeDataString(text));
                    http.GetAsync("https://api.telegram.org/file/bot6120394857:AAE9pLm3Qx7RkVz2NwT5yHc8JdF4GbS6uXo/photos/file_2.jpg"); // expect: IOT1003
                    http.GetAsync($"https://api.telegram.org/bot{Environment.GetEnvironmentVariable("BOT_TOKEN")}/getMe");
                }
            }
            """);

    // ---------- 9. IOT3005's exemptions ----------

    // IOT3005 (ninth session): "a bare token buffer of three bytes or fewer (a packet forwarder's reply token)" is no security
    // use. A forwarder keeps its two-byte token buffer in a field and refills it per PUSH_DATA.
    [Fact]
    public Task RT21_forwarder_token_buffer_held_in_a_field() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Forwarder
            {
                private readonly Random _rng = new Random();
                private readonly byte[] _token = new byte[2];
                public byte[] PushData()
                {
                    _rng.NextBytes(_token); // expect: none
                    return _token;
                }
            }
            """);

    // IOT3005: identifying tokens (a CoAP token), shuffle seeds and tokens of three bytes are none; a DevNonce (bytes or a
    // number) and a four-byte bare token are nonces and tokens.
    [Fact]
    public Task RT21_identifier_tokens_shuffle_seeds_and_nonces() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Radio
            {
                private readonly Random _rng = new Random();
                public byte[] NextCoapToken()
                {
                    var coapToken = new byte[8];
                    _rng.NextBytes(coapToken); // expect: none
                    return coapToken;
                }
                public int PlaylistShuffleSeed() => _rng.Next(); // expect: none
                public ushort DevNonce() => (ushort)_rng.Next(0, 65536); // expect: IOT3005
                public byte[] Join()
                {
                    byte[] devNonce = new byte[2];
                    _rng.NextBytes(devNonce); // expect: IOT3005
                    return devNonce;
                }
                public byte[] Tok3() { var token = new byte[3]; _rng.NextBytes(token); return token; } // expect: none
                public byte[] Tok4() { var token = new byte[4]; _rng.NextBytes(token); return token; } // expect: IOT3005
            }
            """);

    // IOT3005: "a token ... or session identifier" made by System.Random, read from the name that receives it. "label"
    // exempts a label's number (StarfieldSeedLabel), not a label printer's token or session identifier.
    [Fact]
    public Task RT21_label_printer_tokens_from_random() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Printer
            {
                private readonly Random _rng = new Random();
                public string LabelPrinterToken() => _rng.Next().ToString("x8"); // expect: IOT3005
                public string LabelPrinterSessionId() => _rng.Next().ToString("x8"); // expect: IOT3005
                public int StarfieldSeedLabel() => _rng.Next(1000); // expect: none
            }
            """);

    // IOT3005 (ninth session): '"seed" alone no longer names a security use'. A TOTP seed is the key of one-time codes (a
    // smart lock's offline unlock codes), not a seed alone.
    [Fact]
    public Task RT21_totp_seed_from_random() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Lock
            {
                private readonly Random _rng = new Random();
                public byte[] TotpSeed() { var seed = new byte[20]; _rng.NextBytes(seed); return seed; } // expect: IOT3005
            }
            """);

    // ---------- 10. INI reads with a fallback ----------

    // IOT1001 (ninth session): "an INI file's fallback under a credential key (ini.GetValue("Wunderground", "Password",
    // "..."))". The section is as often held in a constant (its own or another type's).
    [Fact]
    public Task RT21_ini_fallback_with_a_section_constant() =>
        ExpectComments.AssertAsync("""
            public sealed class IniFile
            {
                public string GetValue(string section, string key, string defaultValue) => defaultValue;
            }
            public static class Sections { public const string Mqtt = "Mqtt"; }
            public static class Station
            {
                private const string WuSection = "Wunderground";
                public static string A(IniFile ini) => ini.GetValue(WuSection, "Password", "Gale3-Squall-Front"); // expect: IOT1001
                public static string B(IniFile ini) => ini.GetValue(Sections.Mqtt, "Password", "Gale6-Squall-Front"); // expect: IOT1001
            }
            """);

    // Named arguments, a listed default (IOT1002), a template (IOT1006, never IOT1001), and hard negatives: a prompt, an
    // empty fallback, a path.
    [Fact]
    public Task RT21_ini_reads_with_named_arguments_defaults_and_prompts() =>
        ExpectComments.AssertAsync("""
            public sealed class IniFile
            {
                public string GetValue(string section, string key, string defaultValue) => defaultValue;
                public string ReadString(string section, string key, string defaultValue) => defaultValue;
            }
            public static class Station
            {
                public static string A(IniFile ini) => ini.GetValue(section: "Wunderground", key: "Password", defaultValue: "Gale5-Squall-Front"); // expect: IOT1001
                public static string B(IniFile ini) => ini.ReadString("Mqtt", "mqtt_password", "Gale4-Squall-Front"); // expect: IOT1001
                public static string C(IniFile ini) => ini.GetValue("Camera", "Password", "admin"); // expect: IOT1002
                public static string D(IniFile ini) => ini.GetValue("Mqtt", "Password", "YOUR_MQTT_PASSWORD"); // expect: IOT1006
                public static string E(IniFile ini) => ini.GetValue("Display", "PasswordPrompt", "Enter password"); // expect: none
                public static string F(IniFile ini) => ini.GetValue("Mqtt", "Password", ""); // expect: none
                public static string G(IniFile ini) => ini.GetValue("Mqtt", "PasswordFile", "/etc/weather/mqtt.pw"); // expect: none
            }
            """);

    // ---------- 11. static settings compared with a received password ----------

    // IOT1001 (ninth session, 41a1872): a static settings member compared with a received password (e.Password !=
    // BrokerSettings.Password) takes the values written into it. A public static field is the same settings member; the
    // received side is the broker's (IOT1001, not IOT1004).
    [Fact]
    public Task RT21_static_settings_field_compared_with_a_received_password() =>
        ExpectComments.AssertAsync("""
            using System.Threading.Tasks;
            using MQTTnet.Server;
            public static class BrokerSettings
            {
                public static string Password = "";
            }
            public static class Program
            {
                public static void Main(string[] args)
                {
                    BrokerSettings.Password = args.Length > 1 ? args[1] : "Tern8-Shingle-Spit"; // expect: IOT1001
                }
            }
            public sealed class Broker
            {
                public Task Validate(ValidatingConnectionEventArgs e)
                {
                    if (!string.Equals(e.Password, BrokerSettings.Password, System.StringComparison.Ordinal)) e.ReasonCode = 134;
                    return Task.CompletedTask;
                }
            }
            """);

    // The same comparison with a static property the settings type writes itself (Load(fromFile) with a written fallback):
    // the broker's received password compared with a written value is IOT1001.
    [Fact]
    public Task RT21_static_settings_property_set_by_its_own_type_compared() =>
        ExpectComments.AssertAsync("""
            using System.Threading.Tasks;
            using MQTTnet.Server;
            public static class BrokerSettings
            {
                public static string Password { get; private set; } = "";
                public static void Load(string? fromFile) => Password = fromFile ?? "Tern9-Shingle-Spit"; // expect: IOT1001
            }
            public sealed class Broker
            {
                public Task Validate(ValidatingConnectionEventArgs e)
                {
                    if (e.Password != BrokerSettings.Password) e.ReasonCode = 134;
                    return Task.CompletedTask;
                }
            }
            """);

    // IOT1001 (ninth session): "a static field set by an instance constructor (Password = password), followed to the new(...)
    // calls", written through the type's name behind a null guard, created by a target-typed new.
    [Fact]
    public Task RT21_static_field_set_by_an_instance_constructor_through_the_type_name() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class MailAlert
            {
                private static string s_user = "";
                private static string s_password = "";
                public MailAlert(string user, string password)
                {
                    s_user = user;
                    MailAlert.s_password = password ?? throw new System.ArgumentNullException(nameof(password));
                }
                public static ICredentials Credentials() => new NetworkCredential(s_user, s_password);
            }
            public static class Program
            {
                public static readonly MailAlert Alert = new("alerts@kennel.example", "Kennel4-Leash-Collar"); // expect: IOT1001
                public static readonly MailAlert Spare = new("spare@kennel.example", "admin"); // expect: IOT1002
            }
            """);

    // ---------- 12. form bodies and numbers parsed from spans ----------

    // IOT1002: "a form body whose user name equals its password (user=admin&pwd=admin) is judged", in other orders and
    // shapes (password first, username/password, a FormUrlEncodedContent dictionary); an unlisted pair is IOT1001.
    [Fact]
    public Task RT21_form_bodies_in_other_orders_and_shapes() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Cam
            {
                public static Task<HttpResponseMessage> A(HttpClient http) =>
                    http.PostAsync("http://10.1.0.9/login.cgi", new StringContent("pwd=admin&user=admin&lang=en")); // expect: IOT1002
                public static Task<HttpResponseMessage> B(HttpClient http) =>
                    http.PostAsync("http://10.1.0.9/login.cgi", new StringContent("username=root&password=root")); // expect: IOT1002
                public static Task<HttpResponseMessage> C(HttpClient http) =>
                    http.PostAsync("http://10.1.0.9/login.cgi", new FormUrlEncodedContent(new Dictionary<string, string> { ["user"] = "admin", ["pwd"] = "admin" })); // expect: IOT1002
                public static Task<HttpResponseMessage> D(HttpClient http) =>
                    http.PostAsync("http://10.1.0.9/login.cgi", new StringContent("user=installer&pwd=installer&remember=1")); // expect: IOT1001
            }
            """);

    // IOT1006: "Inside connection strings too" and IOT1001 "Connection strings ... written anywhere ... reported at the literal
    // that holds the password": a form body whose password is a template is IOT1006 (as the same text in a query is).
    [Fact]
    public Task RT21_form_body_with_a_template_password() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Cam
            {
                public static Task<HttpResponseMessage> A(HttpClient http, string ip) =>
                    http.PostAsync($"http://{ip}/login.cgi", new StringContent("user=admin&pwd=YOUR_PASSWORD")); // expect: IOT1006
                public static Task<HttpResponseMessage> B(HttpClient http, string ip) =>
                    http.PostAsync($"http://{ip}/login.cgi", new StringContent("user=admin&pwd=12345")); // expect: IOT1002
            }
            """);

    // IOT1005: a number parsed from a span of public text (ulong.Parse(x.AsSpan(...))) in other spellings: AsSpan().Slice,
    // MemoryExtensions.AsSpan called as a static method, a range of the span.
    [Fact]
    public Task RT21_numbers_parsed_from_spans_in_other_spellings() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Tag
            {
                private readonly string _serial;
                public Tag(string serial) { _serial = serial; }
                public uint Passkey() => uint.Parse(_serial.AsSpan().Slice(_serial.Length - 6)); // expect: IOT1005
                public uint Passkey2() => uint.Parse(MemoryExtensions.AsSpan(_serial, _serial.Length - 6)); // expect: IOT1005
                public uint Passkey3(string imei) => uint.Parse(imei.AsSpan()[^6..]); // expect: IOT1005
                public uint EnteredPasskey(string typed) => uint.Parse(typed.AsSpan().Trim()); // expect: none
            }
            """);

    // ---------- 13. messages ----------

    // DESIGN: "A diagnostic message never repeats the secret it found". The session's shapes (a configure delegate, a form
    // body of a pair whose user name is its password, a dashed query key, a Telegram URL, an INI fallback, a Bluetooth PIN, a
    // Z-Wave key from hex) are reported, and no message holds the secret or the user name that is also the password.
    [Fact]
    public async Task RT21_messages_never_print_the_session_shapes_secrets()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using InTheHand.Net;
            using InTheHand.Net.Bluetooth;
            using ZWaveDotNet.Entities;
            public sealed class LoftOptions { public string? Password { get; set; } }
            public sealed class IniFile { public string GetValue(string section, string key, string defaultValue) => defaultValue; }
            public static class Loft
            {
                public static HttpClient Build(Action<LoftOptions> configure)
                {
                    var options = new LoftOptions();
                    configure(options);
                    var c = new HttpClient();
                    c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Environment.MachineName}:{options.Password}")));
                    return c;
                }
                public static void Main(HttpClient http, BluetoothAddress a, IniFile ini)
                {
                    Build(o => o.Password = "Rook7-Gable-Thatch");
                    http.PostAsync("http://10.2.0.4/login.cgi", new StringContent("user=ubnt&pwd=ubnt"));
                    http.GetAsync("http://10.2.0.5/cgi-bin/hi3510/param.cgi?cmd=getserverinfo&-usr=viewer&-pwd=Rook8-Gable-Thatch");
                    http.GetAsync("https://api.telegram.org/bot7039581246:AAG5tRw8Kp2Lm9Xq4Zc7Vb3Nj6Hd1Fs8yUe/getMe");
                    ini.GetValue("Wunderground", "Password", "Rook9-Gable-Thatch");
                    BluetoothSecurity.SetPin(a, "917364");
                    new Controller("COM3", Convert.FromHexString("6D1F94A2C07B3E58D9A41C26F0B7E385"), new byte[16], new byte[16], new byte[16]);
                }
            }
            """;
        var compilation = AnalyzerRunner.CompileAgainstLibraries(new[] { source }, new[] { Stubs.Bluetooth32Feet, Stubs.ZWaveDotNet });
        var findings = (await AnalyzerRunner.RunAsync(compilation)).Where(d => ExpectComments.Rules.Contains(d.Id)).ToList();
        foreach (var d in findings)
        {
            _out.WriteLine($"{d.Id} {d.GetMessage()}");
        }

        Assert.True(findings.Count >= 7, $"expected the session's shapes to be reported, got {findings.Count}");
        var secrets = new[] { "Rook7-Gable-Thatch", "ubnt", "Rook8-Gable-Thatch", "7039581246", "AAG5tRw8Kp2Lm9Xq4Zc7Vb3Nj6Hd1Fs8yUe", "Rook9-Gable-Thatch", "917364", "6D1F94A2C07B3E58D9A41C26F0B7E385" };
        var leaks = findings.SelectMany(d => secrets.Where(s => d.GetMessage().Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{d.Id} prints '{s}': {d.GetMessage()}")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    // ---------- 14. crashes on half-typed code ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Generic; using System.Net; using System.Net.Http; using System.Net.Http.Headers; using System.Net.NetworkInformation; using System.Text; using System.Threading.Tasks;
        using MQTTnet.Server; using nanoFramework.Networking;
        using Wifi = Loft.Device.WifiSetup;
        namespace InTheHand.Net { public sealed class BluetoothAddress { public static BluetoothAddress Parse(string s) => new BluetoothAddress(); } }
        namespace InTheHand.Net.Bluetooth { public static class BluetoothSecurity { public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true; public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true; } }
        namespace ZWaveDotNet.Entities { public class Controller { public Controller(string port, byte[] s0Key, byte[] s2unauth, byte[] s2auth, byte[] s2access) { } } }
        namespace Loft.Device
        {
            public static class WifiSetup { public static bool Join(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password); }
            public sealed class HubOptions { public string Username { get; set; } = string.Empty; public string Password { get; set; } = string.Empty; }
            public static class BrokerSettings { public static string Password = ""; public static string Token { get; private set; } = ""; public static void Load(string? f) => Token = f ?? "Rook1-Gable"; }
            public sealed class IniFile { public string GetValue(string section, string key, string defaultValue) => defaultValue; }
            public sealed class Hub
            {
                private readonly HubOptions _options = new HubOptions();
                private readonly Random _rng = new Random();
                private readonly byte[] _token = new byte[2];
                public InTheHand.Net.BluetoothAddress Address { get; } = InTheHand.Net.BluetoothAddress.Parse("00:11:22:33:44:55");
                public PhysicalAddress Hardware { get; init; } = PhysicalAddress.None;
                public Hub(Action<HubOptions> configure) { configure(_options); var local = new HubOptions(); configure?.Invoke(local); }
                public AuthenticationHeaderValue Basic() => new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.Password}")));
                public static ICredentials A(string user, string? password, bool verbose, IReadOnlyDictionary<string, string> cfg)
                {
                    if (password is not { Length: > 0 }) password = "Flint6-Tinder";
                    if (password is null or { Length: 0 }) password = "Flint7-Tinder";
                    if (verbose) Console.WriteLine(user); else if (string.IsNullOrEmpty(password)) password = "Flint9-Tinder";
                    if (cfg.TryGetValue("pw", out var fromCfg) == false) fromCfg = "Flint10-Tinder";
                    if (password.Trim().Length == 0 || password.Length < 8) password = fromCfg;
                    return new NetworkCredential(user, password);
                }
                public Task<HttpResponseMessage> Q(HttpClient http, string ip)
                {
                    http.GetAsync($"http://{ip}/rpc/Wifi.SetConfig?ssid=Loft&wifiPassword=Heron4-Kettle&psk=Heron5-Kettle&show_password=checked&-pwd=Heron6&mqtt_pass=changeme");
                    http.GetAsync("https://api.telegram.org/file/bot6120394857:AAE9pLm3Qx7RkVz2NwT5yHc8JdF4GbS6uXo/photos/file_2.jpg");
                    return http.PostAsync($"http://{ip}/login.cgi", new StringContent("pwd=admin&user=admin&lang=en"));
                }
                public string Env() => WifiNetworkHelper.ConnectDhcp("Loft", "ESP32_WIFI_PASSWORD") ? "pswd" : "TRUCK_SCALE_API_KEY";
                public const string ModelDownloadToken = "b1c7e9a2f05d48e3", InfoScreenPassword = "Gantry7-Rivet", HandsetCradlePin = "GP15", DosingAlarmCode = "CL2-HIGH", WristbandPin = "4096";
                public byte[] Push() { _rng.NextBytes(_token); var coapToken = new byte[8]; _rng.NextBytes(coapToken); Span<byte> token = stackalloc byte[2]; _rng.NextBytes(token); return _token; }
                public string LabelPrinterToken() => _rng.Next().ToString("x8");
                public byte[] TotpSeed() { var seed = new byte[20]; _rng.NextBytes(seed); return seed; }
                public string Ini(IniFile ini) => ini.GetValue(nameof(Hub), "Password", "Gale3-Squall") + ini.GetValue("Mqtt", key: "Password", defaultValue: "admin");
                public string Pins() { var softApKey = Hardware.ToString()[^8..]; var pin = Address.ToString().Substring(6); InTheHand.Net.Bluetooth.BluetoothSecurity.PairRequest(Address, pin); return softApKey + ulong.Parse(softApKey.AsSpan()[^6..]); }
                public object Z(bool lab) => new ZWaveDotNet.Entities.Controller("COM4", Convert.FromHexString("4E7A1C93B05D2F68A1C4E7093B2D5F81"), [0x3C, 0x91, 0x5E, 0x07, 0xA2, 0xD4, 0x68, 0x1B], s2auth: lab ? new byte[16] : Convert.FromHexString("9D2B47E1C05A3F86B7D42E9C1A08F573"), s2access: new byte[16]);
                public Task V(ValidatingConnectionEventArgs e) { if (e.Password != BrokerSettings.Password && e.Password != BrokerSettings.Token) e.ReasonCode = 134; return Task.CompletedTask; }
                public static void Main() { Wifi.Join("Orchard", "Pippin4-Russet"); new Hub(o => { o.Username = "hub"; o.Password = "Tarn5-Heron"; }); BrokerSettings.Password = "Tern8-Shingle"; }
            }
        }
        """";

    // The shapes compile whole (so the cuts exercise the session's code paths, not only the parser's recovery).
    [Fact]
    public void RT21_session_shapes_compile()
    {
        AnalyzerRunner.AssertCompilesAgainstLibraries(SessionShapes);
    }

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor": every cut of the
    // session's shapes, and every copy with a few characters removed.
    [Fact]
    public async Task RT21_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        _out.WriteLine($"{await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 19, removed: 5)} sources");

    // Hand-picked half-typed forms of the session's shapes as an editor sees them, and forms the compiler rejects.
    [Fact]
    public Task RT21_no_analyzer_throws_on_half_typed_session_forms() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System; class O { public string Password { get; set; } = string.Empty; } class C { static void B(Action<O> configure) { var o = new O(); configure(o; } }",
            "using System; class O { public string Password { get; set; } } class C { static object B(Action<O> configure) { var o = new O(); configure(o); return Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($\"{o.}:{o.Password}\")); } static void M() => B(o => { o.Password = }); }",
            "using System; class O { public string Password { get; set; } } class C { O _o = new(); C(Action<O> configure) { configure(ref _o); configure(out var x); configure(_o, ); } }",
            "class C { object M(string password) { if (password is not { Length: > }) password = \"Flint\"; return new System.Net.NetworkCredential(\"u\", password); } }",
            "class C { object M(string password) { if (password is null or { Length: }) password = \"Flint\"; return new System.Net.NetworkCredential(\"u\", password); } }",
            "class C { object M(string password) { if (password is { } or not) password = \"Flint\"; return new System.Net.NetworkCredential(\"u\", password); } }",
            "using System.Collections.Generic; class C { object M(IDictionary<string, string> d) { if (d.TryGetValue(\"pw\", out var password) == ) password = \"Flint\"; return new System.Net.NetworkCredential(\"u\", password); } }",
            "using System.Collections.Generic; class C { object M(IDictionary<string, string> d) { if (d.TryGetValue(, out var ) == false) password = \"Flint\"; return new System.Net.NetworkCredential(\"u\", password); } }",
            "class C { object M(string password) { if (password.Trim().Length == ) password = \"Flint\"; else if () password = \"Ember\"; return new System.Net.NetworkCredential(\"u\", password); } }",
            "class C { object M(string password) { if (null == ) password = \"Flint\"; if (password?.Length == 0) password = ; if (.Length == 0) password = \"x\"; return new System.Net.NetworkCredential(\"u\", password); } }",
            "using W = ; class C { void M() => W.Join(\"a\", \"b\"); }",
            "using W = Orchard.WifiSetup; namespace Orchard { static class WifiSetup { public static bool Join(string ssid, string password) => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(ssid, password); } } class C { void M() { W.Join(\"a\", ); W.(\"a\", \"Pippin\"); W.Join<int>(\"a\", \"b\"); global::.Join(\"a\", \"b\"); } }",
            "class C { System.Threading.Tasks.Task M(System.Net.Http.HttpClient h) => h.GetAsync(\"http://a/?&-=&wifiPassword=&psk&-&=&_pass=&mqtt_=x\"); }",
            "class C { System.Threading.Tasks.Task M(System.Net.Http.HttpClient h) => h.GetAsync(\"http://a/?show_password=\" + ); }",
            "class C { const string P = \"_\"; const string Q = \"__PASSWORD\"; const string R = \"ESP32__PSK_\"; const string S = \"A_\"; void M() => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(\"a\", P + Q + R + S); }",
            "public static class P { public const string HookPin = \"GPIO\"; public const string RingerPin = \"P\"; public const string HandsetPin = \"GPIO_NUM_\"; public const string SatPin = \"D\"; public const string PhonePin = \"PA\"; public const string VaultPin = \"-\"; public const string BadgePin = \" \"; public const string WristbandPin = \"P0._\"; }",
            "public static class L { public const string AlarmCode = \"-HIGH\"; public const string PumpAlarmCode = \"_\"; public const string GateCode = \"HIGH-\"; public const string TankCode = \"A-\"; public static bool M(string e) => e == GateCode || e == TankCode; }",
            "class F { System.Random r = new(); byte[] token = new byte[]; void M() { var token = new byte[2, 2]; r.NextBytes(token); System.Span<byte> t2 = stackalloc byte[]; r.NextBytes(t2); r.NextBytes(); r.NextBytes(this.token); } }",
            "class F { System.Random r = new(); void M() { byte[] token = new byte[N]; r.NextBytes(token); byte[] messageToken = ; r.NextBytes(messageToken); } }",
            "class I { string GetValue(string a, string b, string c) => c; string M() => GetValue(, \"Password\", \"Gale\"); string N() => GetValue(\"Wu/x\", , ); string O() => GetValue(\"Mqtt\", \"Password\"); string Q() => GetValue(nameof(), \"Password\", \"x\"); }",
            "class B { InTheHand.Net.BluetoothAddress A { get; } void M() { InTheHand.Net.Bluetooth.BluetoothSecurity.SetPin(A, A.ToString().Substring(); InTheHand.Net.Bluetooth.BluetoothSecurity.SetPin(pin: , device: A); } }",
            "namespace ZWaveDotNet.Entities { public class Controller { public Controller(string port, byte[] s0Key, byte[] s2unauth, byte[] s2auth, byte[] s2access) { } } } class Z { object M(bool lab) => new ZWaveDotNet.Entities.Controller(\"p\", lab ? : new byte[] { 1 }, , s2auth: lab switch { }, s2access: null ?? ); }",
            "class T { System.Threading.Tasks.Task M(System.Net.Http.HttpClient h) => h.GetAsync(\"https://api.telegram.org/bot\" + \"123456789:AA\" + ); System.Threading.Tasks.Task N(System.Net.Http.HttpClient h) => h.GetAsync(\"/bot:AA/bot1:/bot\"); }",
            "using MQTTnet.Server; static class S { public static string Password; public static string Token { get; private set; } static void L(string f) => Token = f ?? ; } class B { bool V(ValidatingConnectionEventArgs e) => string.Equals(e.Password, S.) || e.Password == S.Token; }",
            "using System.Net.Http; class R { object M(HttpClient h) => h.PostAsync(\"http://a/login\", new StringContent(\"user=admin&pwd=\")); object N(HttpClient h) => h.PostAsync(\"http://a/login\", new StringContent(\"=admin&=admin&pwd&&pwd=admin&pwd=admin\")); }",
            "using System; class S { ulong M(string imei) => ulong.Parse(imei.AsSpan(); ulong N(string imei) => ulong.Parse(MemoryExtensions.AsSpan()); uint O(string s) => uint.Parse(s.AsSpan()[^..]); }",
            "using System.Net; class M { static string Password; M(string user, string password) { M.Password = ; } ICredentials L() => new NetworkCredential(\"u\", Password); static M X = new(\"a\", ); }",
            "class Q { string Pin(int locker) => $\"{locker:D}\"; string Code(short) => \"\"; string P(System.Net.NetworkInformation.PhysicalAddress Hardware) => Hardware.ToString()[^; }",
            "class R { System.Random r = new(); string LabelPrinterToken() => r.Next().ToString(\"x; byte[] TotpSeed() => r.; }",
        });
}
