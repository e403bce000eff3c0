using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 41: the twenty-second session's changes (3b6f9fe, f4c7302, 5c4e7f3, a60c16e, d49fb9b): IOT1001 values given
/// after their declaration (locals assigned once by a statement of their block, fields assigned once by a constructor of
/// their kind, read at sinks, in URLs and through URL helpers); lambdas in locals that take arguments; defaults shipped
/// past counters; IOT1004's no-word test (consonant sounds, y, pair frequencies) and device tokens; IOT1006's "how to
/// obtain" values and modem templates tidied, held by properties or kept by the team's command type; IOT3005's routing
/// heads, hardware and keyboard words and span views; IOT1005's partial refills and hash instances fed by TransformBlock.
/// About half are hard negatives. Expectations come from docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam41Tests
{
    // ---------- 1. IOT1001: values given after their declaration ----------

    // IOT1001: "Every written choice is judged at its own literal: both arms of `lab ? "a" : "b"`"; the value is followed
    // from "a local declared first and assigned once by a statement of its block"; (seventeenth session) tuples deconstructed
    // "into declared locals on either branch of an `if` hold the helper's elements". A kiln controller's MQTT login: the
    // password local declared first and given one of two written passwords by an if/else, and a Wi-Fi key given by the
    // sections of a switch statement.
    [Fact]
    public Task RT41_a_local_declared_first_and_given_written_values_on_each_branch_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Kiln
            {
                public static void Connect(MqttClient m, bool lab)
                {
                    string password;
                    if (lab)
                        password = "Lb7!kiln-Vr2Qx"; // expect: IOT1001
                    else
                        password = "Pt3!kiln-Hw8Nz"; // expect: IOT1001
                    m.Connect("kiln-7", "kiln", password);
                }
                public static bool Join(string site)
                {
                    string psk;
                    switch (site)
                    {
                        case "barn":
                            psk = "Bn4#barn-Qz7Lt"; // expect: IOT1001
                            break;
                        default:
                            psk = "Yd8#yard-Kp3Wm"; // expect: IOT1001
                            break;
                    }
                    return WifiNetworkHelper.ConnectDhcp(site, psk);
                }
            }
            """);

    // IOT1001: "So is a written fallback beside a run-time value (`key = File.Exists(path) ? File.ReadAllText(path) :
    // "..."`, `env ?? "..."`)"; getters choosing "inside ... `try`/`catch` (a written fallback in the catch)"; (tenth session)
    // "defaults given after more missing-value tests (... `TryGetValue(...) == false` ...)". A feeder's API key declared
    // first and read from a file in a `try` with a written key in the `catch`, and a Wi-Fi key read from the NVS store by
    // `TryGetValue` into a local declared first (an out argument), with a written default when it is missing.
    [Fact]
    public Task RT41_written_fallbacks_given_to_locals_declared_first_in_a_catch_or_after_an_out_lookup_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.IO;
            using System.Net.Http;
            using nanoFramework.Networking;
            public static class Feeder
            {
                public static void Sign(HttpClient http)
                {
                    string apiKey;
                    try
                    {
                        apiKey = File.ReadAllText("/etc/feeder/api.key").Trim();
                    }
                    catch (IOException)
                    {
                        apiKey = "Fd9c2b7e41a05d3368e1f4a27bc90d5e"; // expect: IOT1001
                    }
                    http.DefaultRequestHeaders.Add("X-API-Key", apiKey);
                }
                public static bool Join(Dictionary<string, string> nvs, string ssid)
                {
                    string? psk;
                    if (!nvs.TryGetValue("wifi.psk", out psk)) psk = "Nv3#attic-Wr8Lp"; // expect: IOT1001
                    return WifiNetworkHelper.ConnectDhcp(ssid, psk);
                }
            }
            """);

    // IOT1001: the value is followed from "a read-only or private field assigned once by a constructor of its kind" and
    // "the initial value of a field that is reassigned later" is judged at its own literal. A broker link whose private
    // password field its constructor gives a written password and a rotation method may replace later: until it is
    // rotated, the written one is sent.
    [Fact]
    public Task RT41_a_field_its_constructor_gives_a_password_and_a_method_may_rotate_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class BrokerLink
            {
                private string _password;
                public BrokerLink()
                {
                    _password = "Bk6!hall-Tm4Rq"; // expect: IOT1001
                }
                public void Rotate(string password) => _password = password;
                public void Open(MqttClient m) => m.Connect("hall-2", "hall", _password);
            }
            """);

    // IOT1001: "a member several constructors give different values, `_password = configuration["..."]` in one and
    // `_password = "..."` in a bench one, is read once per value inside a sink's text such as `$"{_userName}:{_password}"`";
    // Basic authentication built in code "is judged as the header it produces". A meter feed with a provisioned
    // constructor and a parameterless bench constructor, through `this.` in one and bare in the other.
    [Fact]
    public Task RT41_a_bench_constructor_giving_read_only_fields_a_password_beside_a_provisioned_one_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class MeterFeed
            {
                private readonly string _user;
                private readonly string _password;
                public MeterFeed(string user, string password)
                {
                    this._user = user;
                    this._password = password;
                }
                public MeterFeed()
                {
                    _user = "meter-7";
                    _password = "Mt8-bench.Feed-35"; // expect: IOT1001
                }
                public void Sign(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_user}:{_password}")));
            }
            """);

    // IOT1001: the value is followed from "a read-only or private field assigned once by a constructor of its kind";
    // "a constructor parameter kept in a field or property" is followed, and "auto-properties with initializers" are read.
    // A hub login kept in a read-only struct whose constructor writes the password field, and a siren panel whose get-only
    // auto-property (a read-only field the compiler writes) is given its API key by the constructor.
    [Fact]
    public Task RT41_a_struct_field_and_a_get_only_property_given_secrets_by_their_constructors_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using uPLibrary.Networking.M2Mqtt;
            public readonly struct HubLogin
            {
                public readonly string User;
                public readonly string Password;
                public HubLogin(string user)
                {
                    User = user;
                    Password = "Hb2!bench-Zq9Wk"; // expect: IOT1001
                }
            }
            public sealed class SirenPanel
            {
                public string ApiKey { get; }
                public SirenPanel()
                {
                    ApiKey = "c4f1a9e07b2d3865f0e1a2b3c4d5e6f7"; // expect: IOT1001
                }
                public void Sign(HttpClient http) => http.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
            }
            public static class Hub
            {
                public static void Open(MqttClient m)
                {
                    var login = new HubLogin("hub-3");
                    m.Connect("hub-3", login.User, login.Password);
                }
            }
            """);

    // IOT1001: the value is followed to "once-assigned locals and fields"; (ninth session) "a static field set by an instance
    // constructor (`Password = password`), followed to the `new(...)` calls". A modem session's static password field given
    // a written password by the instance constructor (not a constructor of its kind): it is assigned once and sent.
    [Fact]
    public Task RT41_a_static_field_given_a_password_by_an_instance_constructor_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class BrokerSession
            {
                private static string s_password;
                private readonly MqttClient _client;
                public BrokerSession(MqttClient client)
                {
                    _client = client;
                    s_password = "Bs5!cell-Wq3Lm"; // expect: IOT1001
                }
                public void Open() => _client.Connect("cell-5", "cell", s_password);
            }
            """);

    // IOT1001 (twenty-second session): "a literal held by a caller's local or field and passed to a URL helper's parameter
    // (`string k; k = "..."; OwmDash.WeatherAsync(http, "Tromso", k)` with `$"...&appid={key}"` in the helper) is found at
    // its literal"; the value is followed from "a read-only or private field assigned once by a constructor of its kind
    // (`static readonly string Key; static Hub() { Key = "..."; }`)", through "extension methods called on their
    // receiver". A public static read-only key given by a static constructor and read from another class through an
    // extension URL helper; a private field given its key through `this.` by an instance constructor, passed to a static
    // helper in another file.
    [Fact]
    public Task RT41_keys_given_by_constructors_reach_url_helpers_through_extensions_and_other_files() =>
        ExpectComments.AssertAsync(
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class OwmExtensions
            {
                public static Task<string> ForecastAsync(this HttpClient http, string city, string appKey) =>
                    http.GetStringAsync($"https://api.openweathermap.org/data/2.5/forecast?q={city}&appid={appKey}");
            }
            public static class Keys
            {
                public static readonly string Weather;
                static Keys()
                {
                    Weather = "3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6"; // expect: IOT1001
                }
            }
            public sealed class Station
            {
                private readonly string _airKey;
                public Station()
                {
                    this._airKey = "7d2e9b0a1c3f4e5d6b7a8c9d0e1f2a3b"; // expect: IOT1001
                }
                public Task<string> Forecast(HttpClient http) => http.ForecastAsync("Bergen", Keys.Weather);
                public Task<string> Air(HttpClient http) => AirApi.QualityAsync(http, "Bergen", _airKey);
            }
            """,
            """
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class AirApi
            {
                public static Task<string> QualityAsync(HttpClient http, string city, string key) =>
                    http.GetStringAsync($"https://api.waqi.example/feed/{city}/?token={key}");
            }
            """);

    // IOT1001: "Keys held in tuples are followed however the tuple is deconstructed: ... into variables declared before
    // (`string id, key; (id, key) = Spare();`)"; (nineteenth session) "a deconstruction into declared locals with a tuple
    // written in place"; "a password ... in a URL query built by appends". A press line's login deconstructed from a tuple
    // written in place into locals declared first, and a ThingSpeak update URL declared first and built by `+=`.
    [Fact]
    public Task RT41_a_tuple_written_in_place_into_declared_locals_and_a_url_built_by_appends_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class PressLine
            {
                public static void Open(MqttClient m)
                {
                    string user, password;
                    (user, password) = ("press-4", "Pr4!line-Xv7Kd"); // expect: IOT1001
                    m.Connect("press-4", user, password);
                }
                public static Task<HttpResponseMessage> Report(HttpClient http, double temperature)
                {
                    string url;
                    url = "https://api.thingspeak.com/update";
                    url += "?api_key=Q7XK2M9TLP4RZ8WB"; // expect: IOT1001
                    url += "&field1=" + temperature.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    return http.GetAsync(url);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file; ... configuration keys and environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`)". A chiller whose
    // constructor gives a field a configuration key and looks the password up by it; a boiler's password local declared
    // first and given a file's text; a spare login from a vault with a throw when it is missing; a user name (no secret)
    // given after its declaration.
    [Fact]
    public Task RT41_fields_and_locals_given_keys_files_vault_reads_and_user_names_after_declaration_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Chiller
            {
                private readonly string _passwordSetting;
                private readonly string _password;
                public Chiller(IReadOnlyDictionary<string, string> settings)
                {
                    _passwordSetting = "Chiller:Mqtt:Password"; // expect: none
                    _password = settings[_passwordSetting];
                }
                public void Open(MqttClient m) => m.Connect("chiller-1", "chiller", _password);
            }
            public static class Boiler
            {
                public static void Open(MqttClient m)
                {
                    string user;
                    user = "boiler-1"; // expect: none
                    string password;
                    password = File.ReadAllText("/etc/boiler/mqtt.pw").Trim();
                    m.Connect("boiler-1", user, password);
                }
                public static void Spare(MqttClient m, Func<string, string?> vault)
                {
                    string password;
                    password = vault("boiler/mqtt") ?? throw new InvalidOperationException("Provision the boiler login first."); // expect: none
                    m.Connect("boiler-2", "boiler", password);
                }
            }
            """);

    // Hard negative. IOT1001: "a secret-named query value (`?appid=`, `&apikey=`, `&access_token=`, `&sig=`)" is what a URL
    // carries as a secret; (eleventh session) "a secret-named constant whose text is sent in a URL outside its secret-bearing
    // pairs (an SMS gateway's key as `?q=`, a token in the path) is not judged by the URL". A tide gauge whose constructor
    // gives a field the station's public id, passed to a URL helper that writes it as `?station=`; a static constructor
    // giving the units and a host name.
    [Fact]
    public Task RT41_station_ids_and_hosts_given_by_constructors_to_url_helpers_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class TideApi
            {
                public static Task<string> LevelsAsync(HttpClient http, string host, string station, string units) =>
                    http.GetStringAsync($"https://{host}/v2/levels?station={station}&units={units}");
            }
            public sealed class PierGauge
            {
                private static readonly string Units;
                private static readonly string Host;
                private readonly string _station;
                static PierGauge()
                {
                    Units = "metric"; // expect: none
                    Host = "tides.harbour.example"; // expect: none
                }
                public PierGauge()
                {
                    _station = "NO-BRG-0412"; // expect: none
                }
                public Task<string> Poll(HttpClient http) => TideApi.LevelsAsync(http, Host, _station, Units);
            }
            """);

    // IOT1006: "A placeholder in the team's options that reaches a sink through the object it builds ... is found there";
    // "A placeholder is never reported as IOT1001". IOT1001: "A redacted copy (`"***"`, `"[redacted]"`) is no value". A
    // placeholder given by a constructor to the field a sink reads is IOT1006; a redaction given to a log local after its
    // declaration is nothing.
    [Fact]
    public Task RT41_a_placeholder_given_by_a_constructor_is_iot1006_and_a_redaction_given_later_is_nothing() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Sprayer
            {
                private readonly string _password;
                public Sprayer()
                {
                    _password = "<sprayer-broker-password>"; // expect: IOT1006
                }
                public void Open(MqttClient m)
                {
                    string shown;
                    shown = "[redacted]"; // expect: none
                    Console.WriteLine($"connecting sprayer as sprayer/{shown}");
                    m.Connect("sprayer-1", "sprayer", _password);
                }
            }
            """);

    // ---------- 2. IOT1001: lambdas held by locals that take arguments ----------

    // IOT1001 (twenty-first session): "A lambda a local holds (`Func<string> bench = () => "..."`) returns its text where it
    // is called"; "Every written choice is judged at its own literal: ... each arm of a switch expression"; "a written
    // fallback beside a run-time value". A dosing line's passwords chosen by a lambda taking the line number (a switch
    // expression), and a lambda taking the provisioned password that falls back to a written one.
    [Fact]
    public Task RT41_lambdas_taking_arguments_that_switch_or_fall_back_to_written_passwords_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dosing
            {
                public static void A(MqttClient m, int line)
                {
                    Func<int, string> passwordFor = l => l switch
                    {
                        1 => "Ds1!dose-Kq7Vt", // expect: IOT1001
                        2 => "Ds2!dose-Wm4Hz", // expect: IOT1001
                        _ => throw new ArgumentOutOfRangeException(nameof(l)),
                    };
                    m.Connect($"dose-{line}", "dose", passwordFor(line));
                }
                public static void B(MqttClient m, string? provisioned)
                {
                    Func<string?, string> orBench = p => string.IsNullOrEmpty(p) ? "Bn5!dose-Rt8Lx" : p; // expect: IOT1001
                    m.Connect("dose-b", "dose", orBench(provisioned));
                }
            }
            """);

    // IOT1001: a lambda a local holds "returns its text where it is called"; (sixteenth session) "a helper is followed when
    // awaited (`await vault.UploadTokenAsync()` of an `async Task<string>` method returning a written token ...)"; (red team
    // 40's passing test) a lambda with a block body that logs first. An async lambda taking the site that waits and returns
    // a written key, read at an API-key header; a lambda taking the site that logs it and returns a written password.
    [Fact]
    public Task RT41_async_and_block_lambdas_taking_arguments_and_returning_written_secrets_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Orchard
            {
                public static async Task Sign(HttpClient http, string site)
                {
                    Func<string, Task<string>> loadKey = async s =>
                    {
                        await Task.Delay(10);
                        return "0b7e4c2a9d1f3e5a7c9b2d4f6a8c0e1d"; // expect: IOT1001
                    };
                    http.DefaultRequestHeaders.Add("X-API-Key", await loadKey(site));
                }
                public static void Open(MqttClient m, string site)
                {
                    Func<string, string> passwordFor = s =>
                    {
                        Console.WriteLine("orchard login for " + s);
                        return "Oc4!orchard-Nv8Tz"; // expect: IOT1001
                    };
                    m.Connect("orchard-" + site, "orchard", passwordFor(site));
                }
            }
            """);

    // Hard negative. IOT1001 (fifteenth session): "a helper that returns what its caller passes (`Read(string name) =>
    // name`) is not [followed], its argument is a key"; "configuration keys and environment variable names" are no findings;
    // (twenty-first session) a lambda a local holds returns its text "unless the local is given another value". A lambda
    // that tidies its argument given a configuration lookup; a lambda choosing between two configuration keys whose
    // result is read from the environment; a bench lambda replaced by a file read when the unit is provisioned.
    [Fact]
    public Task RT41_lambdas_passing_run_time_values_choosing_keys_or_replaced_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Mill
            {
                public static void A(MqttClient m, IReadOnlyDictionary<string, string> settings)
                {
                    Func<string, string> tidy = s => s.Trim();
                    m.Connect("mill-a", "mill", tidy(settings["Mill:Mqtt:Password"]));
                }
                public static void B(MqttClient m, bool lab)
                {
                    Func<bool, string> settingFor = isLab => isLab ? "Mill:Lab:Password" : "Mill:Plant:Password"; // expect: none
                    m.Connect("mill-b", "mill", Environment.GetEnvironmentVariable(settingFor(lab)) ?? "");
                }
                public static void C(MqttClient m, bool provisioned)
                {
                    Func<string> source = () => "Ml3!mill-Zp6Qw"; // expect: none
                    if (provisioned) source = () => File.ReadAllText("/etc/mill/mqtt.pw").Trim();
                    m.Connect("mill-c", "mill", source());
                }
            }
            """);

    // ---------- 3. IOT1001: defaults shipped past counters ----------

    // IOT1001 (seventeenth session): a function that "holds a value in a local, gives it a default when it is missing and
    // returns it ... ships that default"; (red team 38) "A default ships past a statement that writes a field"; (accuracy,
    // red team 40) defaults ship past "`Interlocked.Increment(ref _reads)`, a counter under `lock`, an entry of another
    // member's dictionary and += counts". More counters: `Interlocked.Add` of the bytes, a prefix increment beside a
    // `Volatile.Write` of the time, a `+= 1` on a stats object's property and an increment of a dictionary entry.
    [Fact]
    public Task RT41_defaults_past_interlocked_add_volatile_writes_and_entry_increments_ship() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading;
            public sealed class WasherStats { public int Reads { get; set; } }
            public sealed class Washer
            {
                private string _token = "";
                private long _bytes;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Ws4-washer.Spin-63Rk"; // expect: IOT1001
                    Interlocked.Add(ref _bytes, t.Length);
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            public sealed class Dryer
            {
                private string _token = "";
                private int _reads;
                private long _lastReadTicks;
                private string Token()
                {
                    var t = _token;
                    if (string.IsNullOrEmpty(t)) t = "Dr7-dryer.Tumble-18Wz"; // expect: IOT1001
                    ++_reads;
                    Volatile.Write(ref _lastReadTicks, Environment.TickCount64);
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            public sealed class Folder
            {
                private readonly WasherStats _stats = new();
                private readonly Dictionary<string, int> _byKind = new() { ["api"] = 0 };
                private string _token = "";
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Fo2-folder.Press-47Jn"; // expect: IOT1001
                    _stats.Reads += 1;
                    _byKind["api"]++;
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            """);

    // Hard negative. IOT1001: a function that "holds a value in a local, gives it a default when it is missing and returns
    // it ... ships that default" — and one that replaces the local before it returns ships what replaced it. A kiosk that
    // trades its bootstrap value for a leased session token after counting the read (the local is given the lease), and
    // one that counts under a lock and takes the current lease there: the default is never returned.
    [Fact]
    public Task RT41_defaults_replaced_after_the_counter_before_the_return_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading;
            public interface ILeases { string Trade(string bootstrap); string? Current { get; } }
            public sealed class Kiosk
            {
                private readonly ILeases _leases;
                private string _token = "";
                private int _reads;
                public Kiosk(ILeases leases) => _leases = leases;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Ks3-kiosk.Boot-52Hv"; // expect: none
                    Interlocked.Increment(ref _reads);
                    t = _leases.Trade(t);
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            public sealed class Turnstile
            {
                private readonly object _gate = new();
                private readonly ILeases _leases;
                private string _token = "";
                private int _reads;
                public Turnstile(ILeases leases) => _leases = leases;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Tn6-turnstile.Boot-81Qp"; // expect: none
                    lock (_gate)
                    {
                        _reads++;
                        t = _leases.Current ?? throw new InvalidOperationException("No lease yet.");
                    }
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            """);

    // ---------- 4. IOT1004: the no-word test and device tokens ----------

    // Hard negative. IOT1004 (twenty-first session): a run that reads as no word "is neither a status word under a secret's
    // name nor a bare `Token`'s one lower-case word"; (red team 38) "`"ZUTRITTSSPERRE"` [is a word]"; (red team 40)
    // "consonants are counted as sounds (`sch`, `tch`, `ch`, ...) so German compounds ... are words"; "On 2,486 distinct words
    // ... every real word still passes". A Dutch access controller's token states: INGETROKKEN (revoked), ONTGRENDELD
    // (unlocked, ntgr), GEBLOKKEERD (blocked), VERLOPEN (expired); German ones: ABGELAUFEN (expired), DURCHGESCHALTET
    // (put through, rchg-sch), ANGESCHLOSSEN (connected), AUSSTEHEND (pending).
    [Fact]
    public Task RT41_dutch_and_german_status_words_under_token_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Toegang
            {
                public const string RevokedToken = "INGETROKKEN"; // expect: none
                public const string UnlockedToken = "ONTGRENDELD"; // expect: none
                public const string BlockedToken = "GEBLOKKEERD"; // expect: none
                public const string ExpiredToken = "VERLOPEN"; // expect: none
            }
            public static class Zugang
            {
                public const string ExpiredAccessToken = "ABGELAUFEN"; // expect: none
                public const string RoutedSessionToken = "DURCHGESCHALTET"; // expect: none
                public const string ConnectedDeviceToken = "ANGESCHLOSSEN"; // expect: none
                public const string PendingApiToken = "AUSSTEHEND"; // expect: none
            }
            """);

    // Hard negative. IOT1004: as above, status words under a secret's name are the code's state, and every real word passes
    // the no-word test. French (VERROUILLE, DESACTIVE, SUSPENDU), Spanish (BLOQUEADO, CADUCADO, DESHABILITADO) and Polish
    // (WYGASNIETY, UNIEWAZNIONY, ZAWIESZONY: rare pairs yg, sn, wa, az, zn) token states written without diacritics, as
    // firmware does.
    [Fact]
    public Task RT41_french_spanish_and_polish_status_words_under_token_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Acces
            {
                public const string LockedToken = "VERROUILLE"; // expect: none
                public const string DisabledToken = "DESACTIVE"; // expect: none
                public const string SuspendedToken = "SUSPENDU"; // expect: none
            }
            public static class Acceso
            {
                public const string BlockedToken = "BLOQUEADO"; // expect: none
                public const string ExpiredToken = "CADUCADO"; // expect: none
                public const string DisabledApiToken = "DESHABILITADO"; // expect: none
            }
            public static class Dostep
            {
                public const string ExpiredToken = "WYGASNIETY"; // expect: none
                public const string RevokedToken = "UNIEWAZNIONY"; // expect: none
                public const string SuspendedToken = "ZAWIESZONY"; // expect: none
            }
            """);

    // Hard negative. IOT1004: "a bare `Token` holding one lower-case word (a shell command's `Token => "reboot"`)" is no
    // secret; (red team 40) German compounds and "English words with one vowel (`"strengths"`, `"twelfths"`) are words".
    // A maintenance console's commands: English (handshake, bootstrap, checkpoint, thumbprint: mbpr) and German
    // (nachschlagen: chschl, zuruecksetzen: reset, herunterfahren: shut down, abschalten: bsch).
    [Fact]
    public Task RT41_english_and_german_command_tokens_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public abstract class ConsoleCommand { public abstract string Token { get; } }
            public sealed class Handshake : ConsoleCommand { public override string Token => "handshake"; } // expect: none
            public sealed class Bootstrap : ConsoleCommand { public override string Token => "bootstrap"; } // expect: none
            public sealed class Checkpoint : ConsoleCommand { public override string Token => "checkpoint"; } // expect: none
            public sealed class CertThumbprint : ConsoleCommand { public override string Token => "thumbprint"; } // expect: none
            public sealed class LookUp : ConsoleCommand { public override string Token => "nachschlagen"; } // expect: none
            public sealed class Reset : ConsoleCommand { public override string Token => "zuruecksetzen"; } // expect: none
            public sealed class ShutDown : ConsoleCommand { public override string Token => "herunterfahren"; } // expect: none
            public sealed class SwitchOff : ConsoleCommand { public override string Token => "abschalten"; } // expect: none
            """);

    // Hard negative. IOT1004: "a bare `Token` holding one lower-case word" is no secret; every real word passes the no-word
    // test. Console commands in Dutch (herstarten, ontkoppelen: ntk, uitschakelen: tsch, bijwerken), Polish (zrestartuj: zr,
    // odblokuj, zablokuj), Spanish (reiniciar, desbloquear, actualizar) and French (redemarrer, deverrouiller).
    [Fact]
    public Task RT41_dutch_polish_spanish_and_french_command_tokens_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public abstract class Opdracht { public abstract string Token { get; } }
            public sealed class Herstart : Opdracht { public override string Token => "herstarten"; } // expect: none
            public sealed class Ontkoppel : Opdracht { public override string Token => "ontkoppelen"; } // expect: none
            public sealed class Uitschakel : Opdracht { public override string Token => "uitschakelen"; } // expect: none
            public sealed class Bijwerk : Opdracht { public override string Token => "bijwerken"; } // expect: none
            public sealed class Restart : Opdracht { public override string Token => "zrestartuj"; } // expect: none
            public sealed class Unlock : Opdracht { public override string Token => "odblokuj"; } // expect: none
            public sealed class Lock : Opdracht { public override string Token => "zablokuj"; } // expect: none
            public sealed class Reiniciar : Opdracht { public override string Token => "reiniciar"; } // expect: none
            public sealed class Desbloquear : Opdracht { public override string Token => "desbloquear"; } // expect: none
            public sealed class Actualizar : Opdracht { public override string Token => "actualizar"; } // expect: none
            public sealed class Redemarrer : Opdracht { public override string Token => "redemarrer"; } // expect: none
            public sealed class Deverrouiller : Opdracht { public override string Token => "deverrouiller"; } // expect: none
            """);

    // IOT1004: "A string field, property or local whose name says it holds a secret, given a value written in the code" is
    // reported; (red team 40) "a run is no word when more than 40 % of its letter pairs are rare in English or fewer than 40 %
    // are among the 200 most frequent"; "a `y` counts as a vowel only between consonants". The first four draws of a
    // generator (Python's random, seed 41, sixteen capitals each), taken as drawn, under secret names.
    [Fact]
    public Task RT41_random_capitals_drawn_with_seed_41_under_secret_names_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public static class Backhaul
            {
                public const string CloudApiKey = "MKHFMSWJRIMXYSAY"; // expect: IOT1004
                public static readonly string TelemetryAccessToken = "HVAOEEXKFIUWTSBD"; // expect: IOT1004
                public const string GatewaySecret = "ZSBNJXGCXLXPERVA"; // expect: IOT1004
                public static readonly string RelayPassword = "DDEWFBIKHTATSFNZ"; // expect: IOT1004
            }
            """);

    // IOT1004 (twenty-first session): a run that reads as no word "is neither ... nor a bare `Token`'s one lower-case word,
    // and stays a secret"; (red team 40) "A device token (`HubDeviceToken`) is the device's credential on IoT platforms
    // (ThingsBoard, IoTSharp) ...: it is a secret's name"; (eleventh session) "a secret-named constant whose text is sent in
    // a URL outside its secret-bearing pairs (... a token in the path) ... stays this rule's". The same generator's
    // lower-case draws under bare tokens (one has a y between consonants), and ThingsBoard device tokens, one written
    // into the HTTP API's path as ThingsBoard's device API takes it.
    [Fact]
    public Task RT41_random_lower_case_under_bare_tokens_and_thingsboard_device_tokens_are_iot1004() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public abstract class Uplink { public abstract string Token { get; } }
            public sealed class BarnUplink : Uplink { public override string Token => "ezcwbxvydvwenu"; } // expect: IOT1004
            public sealed class YardUplink : Uplink { public override string Token => "wxctqntdhhnlxo"; } // expect: IOT1004
            public static class Telemetry
            {
                public const string DEVICE_TOKEN = "h0CMVTmJXFzw5r0wblLT"; // expect: IOT1004
                public static readonly string ThingsBoardDeviceToken = "nbolEQpepJKNjFvhoyRU"; // expect: IOT1004
                public static Task<HttpResponseMessage> Push(HttpClient http, string json) =>
                    http.PostAsync($"https://tb.plant.local/api/v1/{ThingsBoardDeviceToken}/telemetry", new StringContent(json));
            }
            """);

    // Hard negative. IOT1004: "continuation, page, idempotency and push tokens are identifiers (a device token is a
    // credential)"; "Names that describe something else are not secrets: ... `ApiKeyHeaderName`, `TokenUrl` ..."; "configuration
    // keys and paths (`"Mqtt:Broker:Password"`, `"/etc/device/secret"`)". A push notification's device token (an APNs address),
    // and the URL, header name, path and configuration key of a ThingsBoard device token.
    [Fact]
    public Task RT41_push_device_tokens_and_device_token_urls_headers_paths_and_keys_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Provisioning
            {
                public const string PushDeviceToken = "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad"; // expect: none
                public const string DeviceTokenUrl = "https://tb.plant.local/api/v1/provision"; // expect: none
                public const string DeviceTokenHeaderName = "X-Authorization"; // expect: none
                public const string DeviceTokenPath = "/etc/thingsboard/device.token"; // expect: none
                public const string DeviceTokenSetting = "ThingsBoard:DeviceToken"; // expect: none
            }
            """);

    // ---------- 5. IOT1006: how to obtain a credential, modem templates ----------

    // IOT1006: "a value that says how to obtain the credential: get, obtain, request, generate, create, paste, provide or
    // supply, then an article or "your", then a credential's word (`"GET_A_TOKEN"`, `"obtain-an-api-key"`, `"Request a secret
    // from the installer"`)"; "a sentence that says what goes in the credential's place (... four or more words, one a
    // credential's, no digits) and words run together that say where it goes (`"PasteYourTokenHere"`)". At an MQTT password,
    // a Wi-Fi key, a bearer header and an API-key header.
    [Fact]
    public Task RT41_values_saying_how_to_obtain_the_credential_at_sinks_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Silo
            {
                public static void Open(MqttClient m) => m.Connect("silo-1", "silo", "GENERATE_YOUR_PASSWORD"); // expect: IOT1006
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("silo-wifi", "Provide your Wi-Fi passphrase"); // expect: IOT1006
                public static void Bearer(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "Create an access token in the portal"); // expect: IOT1006
                public static void Key(HttpClient http) => http.DefaultRequestHeaders.Add("X-API-Key", "GetYourApiKey"); // expect: IOT1006
            }
            """);

    // Hard negative for IOT1006. IOT1006: "`"Get4-a.Token-19Qx"` [is] a password"; "a passphrase of words that names no
    // credential (`"orchard lantern copper meadow"`) is a working password"; "A word that names nothing of the kind ..., a
    // digit or a symbol (`"Harbor7Password!"`) makes it a working password (IOT1001)". Working secrets that hold the words of
    // an instruction: IOT1001, not placeholders.
    [Fact]
    public Task RT41_working_secrets_holding_obtain_words_are_iot1001_not_placeholders() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Hangar
            {
                public static void Key(HttpClient http) => http.DefaultRequestHeaders.Add("X-API-Key", "Get-a-Token#7731Vq"); // expect: IOT1001
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("hangar", "create a harbour lantern"); // expect: IOT1001
                public static void Open(MqttClient m) => m.Connect("hangar-2", "hangar", "RequestAPassword#2291"); // expect: IOT1001
            }
            """);

    // IOT1006: "a placeholder in a modem command, which is sent as written (`AT+CWJAP="ssid","xxxxxxxx"`)"; (red team 40) a
    // template "given to the team's own command type that keeps it and fills it (`new AtCommand(template).Set(hole, value)`
    // ...) is no placeholder" — one that keeps it and never fills it sends it as written. A command type that only adds the
    // line end, and the team's fillable command type built and sent without a call to its `Set`.
    [Fact]
    public Task RT41_modem_placeholders_kept_by_a_command_type_and_never_filled_are_iot1006() =>
        ExpectComments.AssertAsync(""""
            using System.Text;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class RawCommand
            {
                private readonly string _text;
                public RawCommand(string text) => _text = text;
                public override string ToString() => _text + "\r";
            }
            public sealed class AtCommand
            {
                private readonly StringBuilder _text;
                public AtCommand(string template) => _text = new StringBuilder(template);
                public AtCommand Set(string hole, string value) { _text.Replace(hole, value); return this; }
                public override string ToString() => _text.ToString();
            }
            public static class Sim
            {
                private const string CpinCommand = "AT+CPIN=\"<sim-pin>\""; // expect: IOT1006
                private const string CgauthCommand = "AT+CGAUTH=1,1,\"iot\",\"[apn password]\"\r"; // expect: IOT1006
                public static void Unlock(ModemPort port) => port.WriteLine(new RawCommand(CpinCommand).ToString());
                public static void Auth(ModemPort port) => port.WriteLine(new AtCommand(CgauthCommand).ToString());
            }
            """");

    // Hard negative. IOT1006 (red team 40): "a template tidied before it is filled (`CgauthTemplate.Trim().Replace(...)`),
    // held by a property's initializer ..., or given to the team's own command type that keeps it and fills it (... its
    // constructor storing the template ...) is no placeholder"; (twentieth session) a modem command "that the code fills in
    // before sending it ... is a template". Tidied by `ToUpperInvariant()` and `TrimEnd()` before `Replace`, kept by a
    // command type's primary constructor and filled by its method, and held by an expression-bodied property.
    [Fact]
    public Task RT41_modem_templates_upper_cased_trimmed_kept_by_a_primary_constructor_or_a_getter_stay_quiet() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class AtLine(string template)
            {
                public string With(string hole, string value) => template.Replace(hole, value) + "\r";
            }
            public static class Modem
            {
                private const string CpinTemplate = "at+cpin=\"<sim-pin>\""; // expect: none
                private const string CgauthTemplate = "AT+CGAUTH=1,1,\"iot\",\"[apn password]\"   "; // expect: none
                private const string QicsgpTemplate = "AT+QICSGP=1,1,\"iot.plant\",\"plant\",\"<apn-password>\",1"; // expect: none
                private static string JoinTemplate => "AT+CWJAP=\"plant\",\"[wifi password]\""; // expect: none
                public static void A(ModemPort port, string pin) => port.WriteLine(CpinTemplate.ToUpperInvariant().Replace("<SIM-PIN>", pin) + "\r");
                public static void B(ModemPort port, string password) => port.WriteLine(CgauthTemplate.TrimEnd().Replace("[apn password]", password) + "\r");
                public static void C(ModemPort port, string password) => port.WriteLine(new AtLine(QicsgpTemplate).With("<apn-password>", password));
                public static void D(ModemPort port, string psk) => port.WriteLine(JoinTemplate.Replace("[wifi password]", psk) + "\r");
            }
            """");

    // IOT1006: "a placeholder in a modem command, which is sent as written"; a template "held by a property's initializer
    // (`JoinTemplate { get; init; } = "AT+CWJAP=...";` filled by `profile.JoinTemplate.Replace(...)`)" is no placeholder only
    // where it is filled. A Wi-Fi profile's join template filled on one path and written to the modem unfilled on a
    // diagnostic path (a neighbour of the twentieth session's "such a constant also sent unchanged on another path").
    [Fact]
    public Task RT41_a_property_template_filled_on_one_path_and_sent_unfilled_on_another_is_iot1006() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class WifiProfile
            {
                public string JoinTemplate { get; init; } = "AT+CWJAP=\"plant\",\"[wifi password]\"\r"; // expect: IOT1006
            }
            public static class Esp
            {
                public static void Join(ModemPort port, WifiProfile profile, string psk) => port.WriteLine(profile.JoinTemplate.Replace("[wifi password]", psk));
                public static void Probe(ModemPort port, WifiProfile profile) => port.WriteLine(profile.JoinTemplate);
            }
            """");

    // ---------- 6. IOT3005: routing heads, hardware and keyboard words, span views ----------

    // IOT3005 (red team 38): "a routing word silences a name only as its head (`authServerNonce` is a nonce)"; (red team 40)
    // "a node, a replica, a broker, a worker, a cluster or a region is what a session is routed to". A cluster's join token,
    // a broker's session id, a worker's authentication nonce and a region's signing key: routing words before the head.
    [Fact]
    public Task RT41_routing_words_before_security_heads_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Control
            {
                private readonly Random _rng = new();
                public void Bootstrap()
                {
                    var clusterJoinToken = _rng.NextInt64().ToString("x16"); // expect: IOT3005
                    var brokerSessionId = _rng.Next().ToString("X8"); // expect: IOT3005
                    var workerAuthNonce = _rng.NextInt64(); // expect: IOT3005
                    var regionSigningKey = _rng.NextInt64().ToString("X16"); // expect: IOT3005
                    Publish(clusterJoinToken, brokerSessionId, workerAuthNonce, regionSigningKey);
                }
                private static void Publish(string a, string b, long c, string d) { }
            }
            """);

    // Hard negative. IOT3005 (twenty-first session): "A name whose head is what a session or token is routed to
    // (`_sessionServers`, `tokenHost`, `sessionEndpoint`) holds no token"; (red team 40) "a node, a replica, a broker, a
    // worker, a cluster or a region is what a session is routed to too"; "the phrase a collection's name ends in to say what
    // it is keyed by does not name what it holds". A token refresher spread over clusters, regions and workers, and a
    // table of session replicas by user.
    [Fact]
    public Task RT41_sessions_and_tokens_routed_to_clusters_regions_workers_and_replicas_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class Spread
            {
                private const int ClusterCount = 4;
                private const int WorkerCount = 12;
                private static readonly string[] Regions = { "eu-north", "eu-west", "us-east" };
                private readonly Random _rng = new();
                private readonly Dictionary<string, int> _sessionReplicasByUser = new();
                public void Place(string user)
                {
                    int sessionCluster = _rng.Next(ClusterCount); // expect: none
                    string tokenRegion = Regions[_rng.Next(Regions.Length)]; // expect: none
                    int refreshTokenWorker = _rng.Next(WorkerCount); // expect: none
                    _sessionReplicasByUser[user] = _rng.Next(3); // expect: none
                    Schedule(user, sessionCluster, tokenRegion, refreshTokenWorker);
                }
                private static void Schedule(string user, int cluster, string region, int worker) { }
            }
            """);

    // IOT3005 (red team 39): "a hardware word ... silences a name only when its security words are `pin` or `key`
    // (`ledPin`, `gpioPinNumber`), not `RelayLinkToken` or `ButtonPairingCode`"; "an access or pairing code written in hex
    // ... is a token and stays here". The new hardware words before other security words: a motor controller's pairing
    // code, a sensor's nonce, a pump's authentication token and a fan's session id.
    [Fact]
    public Task RT41_new_hardware_words_before_codes_nonces_tokens_and_session_ids_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class BleLink
            {
                private readonly Random _rng = new();
                public string MotorPairingCode() => _rng.Next().ToString("X8"); // expect: IOT3005
                public long SensorNonce() => _rng.NextInt64(); // expect: IOT3005
                public string PumpAuthToken() => _rng.NextInt64().ToString("x16"); // expect: IOT3005
                public string FanSessionId() => _rng.NextInt64().ToString("X16"); // expect: IOT3005
            }
            """);

    // Hard negative. IOT3005 (red team 40): "the parts a board drives through a pin are hardware words (`servoPin`,
    // `buzzerPin`, `fanPin`: servo, buzzer, motor, stepper, fan, pump, valve, solenoid, heater, speaker, sensor, pwm, lcd)";
    // (red team 39) a hardware word silences a name when its security words are `pin` or `key`. A test jig exercising
    // stepper, valve, solenoid, heater, speaker, PWM and LCD lines picked at random from constant tables, and a sensor key
    // (the name a reading is filed under) picked from a table.
    [Fact]
    public Task RT41_pins_and_keys_of_the_new_hardware_words_picked_at_random_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class Jig
            {
                private static readonly int[] StepperPins = { 17, 27 };
                private static readonly int[] ValvePins = { 22, 23 };
                private static readonly int[] SolenoidPins = { 24, 25 };
                private static readonly int[] HeaterPins = { 5, 6 };
                private static readonly int[] SpeakerPins = { 18, 19 };
                private static readonly int[] PwmPins = { 12, 13 };
                private static readonly int[] LcdPins = { 2, 3 };
                private static readonly string[] SensorKeys = { "coil", "sump", "flue" };
                private readonly Random _rng = new(7);
                private readonly Dictionary<string, double> _readings = new();
                public void Step(Action<int> toggle)
                {
                    int stepperStepPin = StepperPins[_rng.Next(StepperPins.Length)]; // expect: none
                    int valvePin = ValvePins[_rng.Next(ValvePins.Length)]; // expect: none
                    int solenoidPin = SolenoidPins[_rng.Next(SolenoidPins.Length)]; // expect: none
                    int heaterPin = HeaterPins[_rng.Next(HeaterPins.Length)]; // expect: none
                    int speakerPin = SpeakerPins[_rng.Next(SpeakerPins.Length)]; // expect: none
                    int pwmPin = PwmPins[_rng.Next(PwmPins.Length)]; // expect: none
                    int lcdPin = LcdPins[_rng.Next(LcdPins.Length)]; // expect: none
                    string sensorKey = SensorKeys[_rng.Next(SensorKeys.Length)]; // expect: none
                    _readings[sensorKey] = _rng.NextDouble();
                    foreach (var line in new[] { stepperStepPin, valvePin, solenoidPin, heaterPin, speakerPin, pwmPin, lcdPin }) toggle(line);
                }
            }
            """);

    // Hard negative. IOT3005 (red team 40): "a key word followed by a run of keyboard words names a keyboard's value
    // (`keyScanCode`, `keyHoldMs`)"; (twenty-first session) "nor do a keyboard's or an animation's key words (`_keyCodes`,
    // `keyPresses`, `keyFrames`)"; "Random for jitter, back-off, sampling or simulation is not a finding". A keypad soak test
    // drawing the matrix row and column, the auto-repeat interval, the debounce time and the release delay.
    [Fact]
    public Task RT41_keypad_matrix_rows_columns_repeat_debounce_and_release_draws_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Matrix { public void Press(int row, int column, int repeatMs, int debounceMs, int releaseMs) { } }
            public sealed class KeypadSoak
            {
                private readonly Random _rng = new(11);
                public void Step(Matrix keypad)
                {
                    int keyRow = _rng.Next(4); // expect: none
                    int keyColumn = _rng.Next(3); // expect: none
                    int keyRepeatMs = _rng.Next(30, 250); // expect: none
                    int keyDebounceMs = _rng.Next(5, 40); // expect: none
                    int keyReleaseMs = _rng.Next(50, 500); // expect: none
                    keypad.Press(keyRow, keyColumn, keyRepeatMs, keyDebounceMs, keyReleaseMs);
                }
            }
            """);

    // IOT3005: the use is read from "the buffer `NextBytes` fills"; (red team 40) "`Shuffle` or `NextBytes` given a span or
    // memory view of an array (`chars.AsSpan()`, `key.AsMemory().Span`) orders or fills the array". Views of part of the
    // array: the first sixteen bytes of a session key, an AES-GCM nonce after its four-byte counter, a salt through `new
    // Span<byte>(...)`, an IV through a memory slice's span, and the first six of a one-time code's shuffled digits.
    [Fact]
    public Task RT41_next_bytes_and_shuffle_through_partial_views_of_security_arrays_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Crypt
            {
                private readonly Random _rng = new();
                public byte[] SessionKey()
                {
                    var sessionKey = new byte[32];
                    _rng.NextBytes(sessionKey.AsSpan(0, 16)); // expect: IOT3005
                    return sessionKey;
                }
                public byte[] Nonce(uint counter)
                {
                    var nonce = new byte[12];
                    BitConverter.TryWriteBytes(nonce, counter);
                    Random.Shared.NextBytes(nonce.AsSpan(4)); // expect: IOT3005
                    return nonce;
                }
                public byte[] Salt()
                {
                    var salt = new byte[16];
                    _rng.NextBytes(new Span<byte>(salt)); // expect: IOT3005
                    return salt;
                }
                public byte[] Iv()
                {
                    var iv = new byte[16];
                    _rng.NextBytes(iv.AsMemory(0, 16).Span); // expect: IOT3005
                    return iv;
                }
                public string Otp()
                {
                    var otpDigits = "0123456789".ToCharArray();
                    _rng.Shuffle(otpDigits.AsSpan(0, 10)); // expect: IOT3005
                    return new string(otpDigits, 0, 6);
                }
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; (red team 40) a view
    // of an array is read as the array, so its name decides. A radio test filling its noise buffer and the body of a fuzz
    // frame through views, and a doorbell shuffling its chime playlist through a span.
    [Fact]
    public Task RT41_views_of_noise_fuzz_frames_and_playlists_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class RadioBench
            {
                private readonly Random _rng = new(3);
                private readonly byte[] _noise = new byte[256];
                private readonly string[] _chimePlaylist = { "westminster", "ding-dong", "tubular" };
                public byte[] Noise()
                {
                    _rng.NextBytes(_noise.AsSpan()); // expect: none
                    return _noise;
                }
                public byte[] FuzzFrame()
                {
                    var frame = new byte[64];
                    frame[0] = 0x7E;
                    _rng.NextBytes(frame.AsMemory(8).Span); // expect: none
                    return frame;
                }
                public string[] Chimes()
                {
                    _rng.Shuffle(_chimePlaylist.AsSpan()); // expect: none
                    return _chimePlaylist;
                }
            }
            """);

    // ---------- 7. IOT1005: partial refills and hash instances ----------

    // IOT1005 (red team 40): "a refill through `AsSpan(..)`, `AsSpan(0)`, `AsSpan(0, 32)` of a buffer made with 32 bytes, or
    // `AsMemory().Span` is a refill of all of it"; (twentieth session) "a buffer holds the last hash that fills it *before*
    // it is read"; "Encodings and unkeyed hashes of such data ... are still derived". Refills of part of the buffer: the
    // second half refilled, the PIN cut from the first four bytes; the first half refilled, the key cut from bytes 16-23.
    [Fact]
    public Task RT41_pins_and_keys_read_from_the_part_a_partial_refill_left_hashed_are_iot1005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Locker
            {
                public static string DoorPin(string serialNumber)
                {
                    var buffer = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    RandomNumberGenerator.Fill(buffer.AsSpan(16));
                    var doorPin = (BitConverter.ToUInt32(buffer) % 1000000).ToString("D6"); // expect: IOT1005
                    return doorPin;
                }
                public static string ApKey(string serialNumber)
                {
                    var buffer = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    RandomNumberGenerator.Fill(buffer.AsSpan(0, 16));
                    var apKey = Convert.ToHexString(buffer, 16, 8); // expect: IOT1005
                    return apKey;
                }
            }
            """);

    // Hard negative. IOT1005 (red team 40): "a refill through ... `AsSpan(0, 32)` of a buffer made with 32 bytes, or
    // `AsMemory().Span` is a refill of all of it (no finding after `RandomNumberGenerator.Fill`)"; (red team 38) "a buffer
    // filled or refilled through a view of all of it (`digest.AsSpan()`, `new Span<byte>(buffer)`)". The same views
    // written with a named constant length, `new Span<byte>(buffer, 0, 32)`, and a memory slice of all 32 bytes.
    [Fact]
    public Task RT41_buffers_refilled_through_constant_length_span_and_memory_slices_of_all_of_them_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Cabinet
            {
                private const int KeyLength = 32;
                public string Tag { get; private set; } = "";
                public string ServicePin(string serialNumber)
                {
                    var buffer = new byte[KeyLength];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    Tag = Convert.ToHexString(buffer, 0, 4);
                    RandomNumberGenerator.Fill(buffer.AsSpan(0, KeyLength));
                    var servicePin = (BitConverter.ToUInt32(buffer) % 1000000).ToString("D6"); // expect: none
                    return servicePin;
                }
                public string DoorPin(string serialNumber)
                {
                    var buffer = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    Tag = Convert.ToHexString(buffer, 0, 4);
                    RandomNumberGenerator.Fill(new Span<byte>(buffer, 0, 32));
                    var doorPin = (BitConverter.ToUInt32(buffer) % 10000).ToString("D4"); // expect: none
                    return doorPin;
                }
                public string GuestPin(string serialNumber)
                {
                    var buffer = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    Tag = Convert.ToHexString(buffer, 0, 4);
                    RandomNumberGenerator.Fill(buffer.AsMemory(0, 32).Span);
                    var guestPin = (BitConverter.ToUInt32(buffer) % 1000000).ToString("D6"); // expect: none
                    return guestPin;
                }
            }
            """);

    // IOT1005: "Encodings and unkeyed hashes of such data ... are still derived from public data"; public data includes "a
    // MAC address", "a serial number" and "the host name (`Environment.MachineName`, `Dns.GetHostName()`)"; (accuracy, red
    // team 40 fix) an unkeyed hash instance fed by `TransformBlock`/`TransformFinalBlock` is read through its `Hash`. A SHA-1
    // instance fed the serial by `TransformBlock` and the MAC by `TransformFinalBlock`; an MD5 instance typed as
    // `HashAlgorithm` in a `using` block, fed the host name, giving a pairing code declared before the block.
    [Fact]
    public Task RT41_passwords_from_hash_instances_fed_by_transform_blocks_are_iot1005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public static class Hotspot
            {
                public static string WifiPassword(string serialNumber, NetworkInterface nic)
                {
                    using var sha = SHA1.Create();
                    var serial = Encoding.ASCII.GetBytes(serialNumber);
                    var mac = nic.GetPhysicalAddress().GetAddressBytes();
                    sha.TransformBlock(serial, 0, serial.Length, null, 0);
                    sha.TransformFinalBlock(mac, 0, mac.Length);
                    var wifiPassword = Convert.ToBase64String(sha.Hash!)[..12]; // expect: IOT1005
                    return wifiPassword;
                }
                public static string PairingCode()
                {
                    string pairingCode;
                    using (HashAlgorithm md5 = MD5.Create())
                    {
                        var name = Encoding.UTF8.GetBytes(Dns.GetHostName());
                        md5.TransformFinalBlock(name, 0, name.Length);
                        pairingCode = (BitConverter.ToUInt32(md5.Hash!) % 1000000).ToString("D6"); // expect: IOT1005
                    }
                    return pairingCode;
                }
            }
            """);

    // Hard negative. IOT1005: "A keyed function (`HMACSHA256` with a factory secret, PBKDF2, HKDF) or
    // `RandomNumberGenerator` ends the chain"; (seventeenth session) streaming hashes "one also fed a passphrase, a secret
    // read from the environment or a file is keyed". An HMAC instance keyed with the factory key and fed the serial by
    // `TransformFinalBlock`; an unkeyed SHA-256 instance fed a secret from the environment by `TransformBlock` before the
    // MAC; an MD5 instance fed fresh random bytes.
    [Fact]
    public Task RT41_hash_instances_keyed_or_fed_secrets_or_random_bytes_by_transform_blocks_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Provisioner
            {
                private readonly byte[] _factoryKey;
                public Provisioner(byte[] factoryKey) => _factoryKey = factoryKey;
                public string SetupPassword(string serialNumber)
                {
                    using var hmac = new HMACSHA256(_factoryKey);
                    var serial = Encoding.UTF8.GetBytes(serialNumber);
                    hmac.TransformFinalBlock(serial, 0, serial.Length);
                    var setupPassword = Convert.ToHexString(hmac.Hash!)[..12]; // expect: none
                    return setupPassword;
                }
                public string ApKey(PhysicalAddress radio)
                {
                    using var sha = SHA256.Create();
                    var secret = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("FACTORY_SECRET") ?? throw new InvalidOperationException("Set FACTORY_SECRET."));
                    var mac = radio.GetAddressBytes();
                    sha.TransformBlock(secret, 0, secret.Length, null, 0);
                    sha.TransformFinalBlock(mac, 0, mac.Length);
                    var apKey = Convert.ToHexString(sha.Hash!)[..16]; // expect: none
                    return apKey;
                }
                public string GuestPassword()
                {
                    using var md5 = MD5.Create();
                    var fresh = RandomNumberGenerator.GetBytes(16);
                    md5.TransformFinalBlock(fresh, 0, fresh.Length);
                    var guestPassword = Convert.ToHexString(md5.Hash!)[..10]; // expect: none
                    return guestPassword;
                }
            }
            """);

    // ---------- 8. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed forms
    // of this session's shapes: values given after declaration, lambdas with arguments, defaults past counters, obtain
    // words, command types, span views, TransformBlock.
    [Fact]
    public Task RT41_no_analyzer_throws_on_half_typed_forms_of_the_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""using uPLibrary.Networking.M2Mqtt; public sealed class B { private static readonly string Key; private string _password; static B() { Key = ; } public B() { this._password = "Bk6!hall; _password += ; } public B(int x) : this( { } void O(MqttClient m) { string password; if (true) password = ; else password = "x" m.Connect("a", "b", password); string u, p; (u, p) = ("a", ); (u, ) = ; } }""", null),
            ("""using System; using System.Threading; using uPLibrary.Networking.M2Mqtt; static class L { static int _reads; static void A(MqttClient m, bool lab) { Func<bool, string> pick = isLab => isLab ? "a" : ; Func<int, string> f = l => l switch { 1 => , _ => "b" }; Func<string, System.Threading.Tasks.Task<string>> g = async s => { await ; return ; }; m.Connect("x", "y", pick()); m.Connect("x", "y", f(1, 2)); } static string T(string t) { if (t.Length == 0) t = "Ws4; Interlocked.Add(ref , t.Length); Interlocked.Exchange(ref t, ); lock () { _reads++; t = ; } return t } }""", null),
            ("""using System; using System.Text; using System.Security.Cryptography; public sealed class AtLine(string template) { public string With(string h, string v) => template.Replace(h, ); } static class M { static string J => "AT+CWJAP=\"p\",\"[wifi password]\""; static void A(Random r) { var k = new byte[32]; r.NextBytes(k.AsSpan(0, ); r.NextBytes(new Span<byte>(k, ); r.Shuffle(k.AsMemory(0, 16).; RandomNumberGenerator.Fill(k.AsSpan(16; using var sha = SHA1.Create(); sha.TransformBlock(k, 0, , null, 0); sha.TransformFinalBlock(; var p = Convert.ToHexString(sha.Hash; string x = new AtLine(J).With("[wifi password]", ; string y = "GET_A_TOKEN" + ; } }""", null),
        });

    private const string SessionShapes = """
        using System;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading;
        using uPLibrary.Networking.M2Mqtt;
        public readonly struct HubLogin
        {
            public readonly string Password;
            public HubLogin(string user) { Password = "Hb2!bench-Zq9Wk"; }
        }
        public sealed class AtLine(string template) { public string With(string hole, string value) => template.Replace(hole, value); }
        public sealed class Shapes
        {
            private static readonly string Key;
            private readonly Random _rng = new();
            private string _token = "";
            private int _reads;
            static Shapes() { Key = "3f9a0c1d2e4b5a6978c0d1e2f3a4b5c6"; }
            public void A(MqttClient m, bool lab)
            {
                string password;
                if (lab) password = "Lb7!kiln-Vr2Qx"; else password = "Pt3!kiln-Hw8Nz";
                Func<int, string> passwordFor = l => l switch { 1 => "Ds1!dose-Kq7Vt", _ => password };
                m.Connect("kiln-7", "kiln", passwordFor(1));
            }
            private string Token()
            {
                var t = _token;
                if (t.Length == 0) t = "Ws4-washer.Spin-63Rk";
                Interlocked.Add(ref _reads, t.Length);
                return t;
            }
            public string Pin(string serialNumber)
            {
                var buffer = new byte[32];
                SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                RandomNumberGenerator.Fill(buffer.AsSpan(16));
                using var sha = SHA1.Create();
                sha.TransformFinalBlock(buffer, 0, buffer.Length);
                var sessionKey = new byte[16];
                _rng.NextBytes(sessionKey.AsSpan(0, 8));
                return (BitConverter.ToUInt32(sha.Hash!) % 1000000).ToString("D6") + new AtLine("AT+CPIN=\"<sim-pin>\"").With("<sim-pin>", Key);
            }
        }
        """;

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Every cut of a
    // source holding this session's shapes, and every copy with six characters taken out at those places.
    [Fact]
    public async Task RT41_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 53, removed: 6);
}
