using System;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 35: the changes since 6a3242e (red team 34's fixes, nineteenth session): a wrapper over a team's reader that
/// hands its parameters on (<c>WrappedCall</c>, bound by the resolver); the connection-string/URL screen
/// (<c>CallersMayGiveText</c>) reading an extension method's static-form calls in both alignments; <c>"PASS"</c> beside a
/// user as a verdict; the key of a randomly picked entry read at any member access (IOT3005); redactions in logged
/// <c>AT+CLCK</c>/<c>CPIN</c>/<c>CPWD</c>; numbered handles whose letters must read as words (<c>ReadsAsWords</c>) and may be
/// 48 characters long; null-conditional log chains; IOT1005 buffers filled in <c>try</c> blocks, stacked usings, by
/// <c>TryHashData</c> tested with its count, the last fill holding; a hex HMAC named <c>mac</c>. About half of the tests are
/// hard negatives. Expectations come from docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam35Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam35Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. a wrapper over the team's reader handing its parameters on ----------

    // IOT1001 (nineteenth session): "a team's reader is followed through a wrapper that hands its parameters on
    // (`Secret(key, fallback) => Env.Get("APP_" + key, fallback)`)"; (eighteenth) "A team's configuration reader with a
    // written fallback ... ships that call's fallback, read at a sink"; "named arguments ... count". The wrapper written
    // with a block and one return, with its parameters in the other order, and handing them on by name.
    [Fact]
    public Task RT35_block_bodied_reordered_and_named_argument_wrappers_ship_the_callers_fallback() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Secret(string key, string fallback)
                {
                    return Get("APP_" + key, fallback);
                }
                public static string Pick(string fallback, string key) => Get(key, fallback);
                public static string Site(string key, string fallback) => Get(fallback: fallback, key: "SITE_" + key);
            }
            public static class Brewhouse
            {
                public static void A(MqttClient m) => m.Connect("brew-1", "brew", Env.Secret("MQTT_PW", "Bw1-brew.Block-27Kd")); // expect: IOT1001
                public static void B(MqttClient m) => m.Connect("brew-2", "brew", Env.Pick("Bw2-brew.Swap-38Le", "MQTT_PW")); // expect: IOT1001
                public static void C(MqttClient m) => m.Connect("brew-3", "brew", Env.Site("MQTT_PW", "Bw3-brew.Named-49Mf")); // expect: IOT1001
            }
            """);

    // IOT1001 (nineteenth session): a reader "followed through a wrapper that hands its parameters on"; "through helpers
    // anywhere in the compilation (..., extension methods called on their receiver ...)". The wrapper written as an
    // extension method on the setting's key, called on its receiver and in its static form.
    [Fact]
    public Task RT35_an_extension_wrapper_over_the_reader_ships_the_fallback_in_both_call_forms() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
            }
            public static class SettingKeys
            {
                public static string Or(this string key, string fallback) => Env.Get("APP_" + key, fallback);
            }
            public static class Maltings
            {
                public static void A(MqttClient m) => m.Connect("malt-1", "malt", "MQTT_PW".Or("Mt1-malt.Reduced-52Ng")); // expect: IOT1001
                public static void B(MqttClient m) => m.Connect("malt-2", "malt", SettingKeys.Or("MQTT_PW", "Mt2-malt.Static-63Ph")); // expect: IOT1001
            }
            """);

    // IOT1001: "The value is followed back to where it is written, across files"; (nineteenth session) a reader followed
    // through a wrapper "at a sink and in a connection string's hole". The reader, the wrapper (another type) and the
    // connection string in three files.
    [Fact]
    public Task RT35_a_reader_a_wrapper_and_a_connection_string_in_three_files_ship_the_fallback() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Env
            {
                public static string Get(string key, string fallback)
                {
                    var v = Environment.GetEnvironmentVariable(key);
                    if (string.IsNullOrWhiteSpace(v)) return fallback;
                    return v;
                }
            }
            """, """
            public static class PlantSettings
            {
                public static string Secret(string key, string fallback) => Env.Get("PLANT_" + key, fallback);
            }
            """, """
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class Creamery
            {
                public static PgConnection Open() => new PgConnection($"Host=cream-db;Username=cream;Password={PlantSettings.Secret("DB_PW", "Cr1-cream.Files-74Qj")};"); // expect: IOT1001
            }
            """);

    // IOT1001 (eighteenth session): "A team's configuration reader with a written fallback (...) ships that call's
    // fallback". A wrapper that keeps the key parameter but writes the fallback itself, and a getter-like method calling
    // the reader with written text.
    [Fact]
    public Task RT35_a_fallback_written_inside_the_wrapper_itself_ships() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Broker(string key) => Get("BROKER_" + key, "Dy1-dairy.Own-85Rk"); // expect: IOT1001
                public static string BenchPassword() => Get("BENCH_PW", "Dy2-dairy.Bench-96Sl"); // expect: IOT1001
            }
            public static class Dairy
            {
                public static void A(MqttClient m) => m.Connect("dairy-1", "dairy", Env.Broker("PW"));
                public static void B(MqttClient m) => m.Connect("dairy-2", "dairy", Env.BenchPassword());
            }
            """);

    // IOT1001: "The value is followed back to where it is written, across files: literals, `const` fields, `static
    // readonly` fields, a `Secrets` class in another file, once-assigned locals"; a reader "followed through a wrapper".
    // Fallbacks handed to the wrapper from a constant in another file, a static read-only field and a local.
    [Fact]
    public Task RT35_fallbacks_held_in_a_const_of_another_file_a_static_readonly_field_and_a_local_ship_through_the_wrapper() =>
        ExpectComments.AssertAsync("""
            public static class Defaults
            {
                public const string MqttPassword = "Ch1-cheese.Const-17Tm"; // expect: IOT1001
            }
            """, """
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Secret(string key, string fallback) => Get("APP_" + key, fallback);
            }
            public static class CheeseCave
            {
                private static readonly string SparePassword = "Ch2-cheese.Field-28Un"; // expect: IOT1001
                public static void A(MqttClient m) => m.Connect("cave-1", "cave", Env.Secret("MQTT_PW", Defaults.MqttPassword));
                public static void B(MqttClient m) => m.Connect("cave-2", "cave", Env.Secret("MQTT_PW", SparePassword));
                public static void C(MqttClient m)
                {
                    var bench = "Ch3-cheese.Local-39Vo"; // expect: IOT1001
                    m.Connect("cave-3", "cave", Env.Secret("MQTT_PW", bench));
                }
            }
            """);

    // IOT1001: "Target-typed `new(...)`, named arguments, object initializers (`Password = "..."`) ... count"; "A property
    // of the team's own options type read at a sink ... takes every value the code writes into it elsewhere"; a reader
    // "followed through a wrapper". The wrapper read in a target-typed connection, and in an options object's initializer
    // read at the sink.
    [Fact]
    public Task RT35_a_wrapper_read_through_target_typed_new_and_an_options_initializer_ships_the_fallback() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Secret(string key, string fallback) => Get("APP_" + key, fallback);
            }
            public sealed class BrokerOptions { public string User { get; set; } = ""; public string Password { get; set; } = ""; }
            public static class Smokery
            {
                public static PgConnection Db()
                {
                    PgConnection db = new($"Host=smoke-db;Username=smoke;Password={Env.Secret(key: "DB_PW", fallback: "Sm1-smoke.Target-41Wp")};"); // expect: IOT1001
                    return db;
                }
                public static void Mqtt(MqttClient m)
                {
                    var o = new BrokerOptions { User = "smoke", Password = Env.Secret("MQTT_PW", "Sm2-smoke.Init-52Xq") }; // expect: IOT1001
                    m.Connect("smokery", o.User, o.Password);
                }
            }
            """);

    // IOT1001 (seventeenth session): "a helper's value is followed ... when the async helper waits or logs before it
    // returns"; (nineteenth) a reader "followed through a wrapper that hands its parameters on". A wrapper that logs which
    // key it reads before it hands its parameters on, and a local function wrapping the reader.
    [Fact]
    public Task RT35_a_wrapper_that_logs_first_and_a_local_function_wrapper_ship_the_fallback() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Secret(string key, string fallback)
                {
                    Console.WriteLine("reading " + key);
                    return Get("APP_" + key, fallback);
                }
            }
            public static class Pickler
            {
                public static void A(MqttClient m) => m.Connect("pick-1", "pickle", Env.Secret("MQTT_PW", "Pk1-pickle.Logs-63Yr")); // expect: IOT1001
                public static void B(MqttClient m)
                {
                    string S(string key, string fallback) => Env.Get("LOCAL_" + key, fallback);
                    m.Connect("pick-2", "pickle", S("MQTT_PW", "Pk2-pickle.Local-74Zs")); // expect: IOT1001
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings; values from parameters, the environment"; only the password's
    // place is a sink (a client id or a host is no credential); "connection strings whose key comes from configuration".
    // Wrapper fallbacks written for the host, the user and the client id, and an empty password fallback, at MQTT and in a
    // connection string.
    [Fact]
    public Task RT35_wrapper_fallbacks_at_host_user_and_client_places_and_an_empty_password_fallback_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Setting(string key, string fallback) => Get("APP_" + key, fallback);
            }
            public static class Tannery
            {
                public static void Mqtt(MqttClient m) =>
                    m.Connect(Env.Setting("MQTT_ID", "tannery-vat-7"), Env.Setting("MQTT_USER", "tannery"), Env.Setting("MQTT_PW", ""));
                public static PgConnection Db() =>
                    new PgConnection($"Host={Env.Setting("DB_HOST", "tan-db.plant.local")};Username={Env.Setting("DB_USER", "tannery")};Password={Env.Setting("DB_PW", string.Empty)};Database=vats");
            }
            """);

    // Hard negative. IOT1001: "a helper that returns what its caller passes (`Read(string name) => name`) is not [followed],
    // its argument is a key"; "prose" and "configuration keys and paths" are no secrets; a value ships only when it is
    // returned. A wrapper whose second argument is the error message a required reader throws, one whose second argument
    // is the directory a secret file is read from, and one that ignores its hint.
    [Fact]
    public Task RT35_wrappers_whose_second_argument_is_a_message_a_directory_or_an_unused_hint_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Need
            {
                public static string Require(string key, string message)
                {
                    var v = Environment.GetEnvironmentVariable(key);
                    if (string.IsNullOrWhiteSpace(v)) throw new InvalidOperationException(message);
                    return v;
                }
                public static string FromDir(string directory, string name) => File.ReadAllText(Path.Combine(directory, name)).Trim();
                public static string Required(string key, string message) => Require("APP_" + key, message);
                public static string Mounted(string name, string directory) => FromDir(directory, name);
                public static string Hinted(string key, string hint) => Environment.GetEnvironmentVariable(key) ?? "";
            }
            public static class Bakery
            {
                public static void A(MqttClient m) => m.Connect("oven-1", "oven", Need.Required("MQTT_PW", "Set-Oven-Pw-7 first"));
                public static void B(MqttClient m) => m.Connect("oven-2", "oven", Need.Mounted("mqtt_pw", "/run/secrets"));
                public static void C(MqttClient m) => m.Connect("oven-3", "oven", Need.Hinted("MQTT_PW", "Ov3-oven.Hint-85At"));
            }
            """);

    // IOT1001 (nineteenth session): a reader "followed through a wrapper that hands its parameters on"; "through helpers
    // anywhere in the compilation (public and internal ones, ...)". An instance wrapper handing its parameters on to the
    // team's reader held in a field, called on `this` and on another object.
    [Fact]
    public Task RT35_an_instance_wrapper_over_a_reader_held_in_a_field_ships_the_fallback() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class EnvReader
            {
                public string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
            }
            public sealed class Settings
            {
                private readonly EnvReader _env = new();
                public string Secret(string key, string fallback) => _env.Get("APP_" + key, fallback);
            }
            public sealed class Distillery
            {
                private readonly Settings _settings = new();
                public string Secret(string key, string fallback) => _settings.Secret("STILL_" + key, fallback);
                public void A(MqttClient m) => m.Connect("still-1", "still", this.Secret("MQTT_PW", "Ds1-still.This-16Xa")); // expect: IOT1001
                public void B(MqttClient m) => m.Connect("still-2", "still", _settings.Secret("MQTT_PW", "Ds2-still.Field-27Yb")); // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... configuration keys and environment variable names (`"Mqtt:Password"`,
    // `"MQTT_PASSWORD"`)"; "values from ... the environment". A wrapper reading a setting under its current name, then
    // under its legacy name, with an empty fallback: both arguments are variable names.
    [Fact]
    public Task RT35_a_wrapper_falling_back_to_a_legacy_variable_name_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Aliased(string name, string legacyName) => Get(name, Get(legacyName, ""));
            }
            public static class Cidery
            {
                public static void A(MqttClient m) => m.Connect("cider-1", "cider", Env.Aliased("CIDER_MQTT_PASSWORD", "MQTT_PASSWORD_V1"));
                public static void B(MqttClient m) => m.Connect("cider-2", "cider", Env.Aliased("cider.mqtt.password", "mqtt.password.v1"));
            }
            """);

    // ---------- 2. a helper's parameter at a secret place, read from its callers (the screen) ----------

    // IOT1001 (fifteenth session): "A caller's text stays the caller's when trimmed (`token.Trim()`, `token?.Trim()`) or
    // given a fallback of no text (`token ?? ""`)"; a helper's parameter in a connection string "is read once per call of
    // the helper". A public helper trimming, or coalescing, its password parameter inside the hole.
    [Fact]
    public Task RT35_a_helpers_password_trimmed_or_coalesced_inside_the_connection_string_is_read_per_call() =>
        ExpectComments.AssertAsync("""
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class ForgeDb
            {
                public static string Trimmed(string host, string p) => $"Host={host};Username=forge;Password={p.Trim()};";
                public static string Maybe(string host, string? p) => $"Host={host};Username=forge;Password={p?.Trim()};";
                public static string Coalesced(string host, string? p) => $"Host={host};Username=forge;Password={p ?? ""};";
            }
            public static class Forge
            {
                public static PgConnection A() => new PgConnection(ForgeDb.Trimmed("forge-db", "Fg1-forge.Trim-16Bu")); // expect: IOT1001
                public static PgConnection B() => new PgConnection(ForgeDb.Maybe("forge-db", "Fg2-forge.Maybe-27Cv")); // expect: IOT1001
                public static PgConnection C() => new PgConnection(ForgeDb.Coalesced("forge-db", "Fg3-forge.Coal-38Dw")); // expect: IOT1001
            }
            """);

    // IOT1001 (fourteenth session): "An escaped query value (`Uri.EscapeDataString(Keys.Geocode)`,
    // `WebUtility.UrlEncode(...)`) is the value it escapes"; "a secret-named query value (`?appid=`, ...)"; a helper's
    // parameter "is read once per call of the helper". A public URL helper escaping its key, both ways.
    [Fact]
    public Task RT35_an_appid_helper_escaping_its_key_is_read_per_call() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class OwmEscaped
            {
                public static Task<string> A(HttpClient http, string city, string key) =>
                    http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q={Uri.EscapeDataString(city)}&appid={Uri.EscapeDataString(key)}");
                public static Task<string> B(HttpClient http, string city, string key) =>
                    http.GetStringAsync("https://api.openweathermap.org/data/2.5/weather?q=" + WebUtility.UrlEncode(city) + "&appid=" + WebUtility.UrlEncode(key));
            }
            public static class Lighthouse
            {
                public static Task<string> Now(HttpClient http) => OwmEscaped.A(http, "Bodo", "5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b"); // expect: IOT1001
                public static Task<string> Later(HttpClient http) => OwmEscaped.B(http, "Svolvaer", "6b8d0f2a4c6e8b0d2f4a6c8e0b2d4f6a"); // expect: IOT1001
            }
            """);

    // IOT1001: connection strings are reported "as a literal, a constant, a concatenation of any length, an interpolation,
    // `string.Format`, `string.Concat`, `string.Join` or a `StringBuilder`'s `Append` chain"; a helper's parameter in a
    // connection string "is read once per call of the helper". Public helpers building the string with string.Format and
    // with a StringBuilder chain from a parameter named `p`.
    [Fact]
    public Task RT35_string_format_and_string_builder_helpers_are_read_per_call() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class MineDb
            {
                public static string Formatted(string host, string p) => string.Format("Host={0};Username=mine;Password={1};", host, p);
                public static string Built(string host, string p) => new StringBuilder("Host=").Append(host).Append(";Username=mine;Password=").Append(p).Append(';').ToString();
            }
            public static class Mine
            {
                public static PgConnection A() => new PgConnection(MineDb.Formatted("mine-db", "Mn1-mine.Format-49Ex")); // expect: IOT1001
                public static PgConnection B() => new PgConnection(MineDb.Built("mine-db", "Mn2-mine.Build-50Fy")); // expect: IOT1001
            }
            """);

    // IOT1001 (sixteenth/seventeenth sessions): "Keys held in tuples are followed however the tuple is deconstructed";
    // "through a list of passwords written in the code and tried in a `foreach` (an array ... built in place: each element
    // reaches the sink)"; "Every written choice is judged at its own literal: both arms". Callers handing a public helper a
    // deconstructed tuple element, each password of a list tried in a loop, and a choice.
    [Fact]
    public Task RT35_callers_passing_a_deconstructed_tuple_a_looped_list_or_a_choice_are_read() =>
        ExpectComments.AssertAsync("""
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class QuarryDb
            {
                public static string Conn(string host, string p) => $"Host={host};Username=quarry;Password={p};";
            }
            public static class Quarry
            {
                public static PgConnection A()
                {
                    var (host, pw) = ("quarry-db", "Qr1-quarry.Tuple-61Gz"); // expect: IOT1001
                    return new PgConnection(QuarryDb.Conn(host, pw));
                }
                public static PgConnection? B()
                {
                    foreach (var pw in new[]
                    {
                        "Qr2-quarry.First-72Ha", // expect: IOT1001
                        "Qr3-quarry.Second-83Ib", // expect: IOT1001
                    })
                    {
                        try { return new PgConnection(QuarryDb.Conn("quarry-db", pw)); } catch (System.Exception) { }
                    }
                    return null;
                }
                public static PgConnection C(bool lab) => new PgConnection(QuarryDb.Conn("quarry-db", lab ? "Qr4-quarry.Lab-94Jc" : "Qr5-quarry.Yard-05Kd")); // expect: IOT1001 IOT1001
            }
            """);

    // IOT1001: helpers are followed "anywhere in the compilation (public and internal ones, private ones in another part of
    // a partial type, ...)"; "across files". A partial type's helper in one file called by simple name from its other part
    // in another file, and an instance helper called null-conditionally and on a generic type.
    [Fact]
    public Task RT35_a_partial_types_helper_a_null_conditional_call_and_a_generic_types_helper_are_read_per_call() =>
        ExpectComments.AssertAsync("""
            public class PgConnection { public PgConnection(string connectionString) { } }
            public partial class SawmillStore
            {
                private string Conn(string host, string p) => $"Host={host};Username=saw;Password={p};";
            }
            public sealed class LogStore
            {
                public string Conn(string host, string p) => $"Host={host};Username=logs;Password={p};";
            }
            public static class Typed<T>
            {
                public static string Conn(string host, string p) => $"Host={host};Username=typed;Password={p};";
            }
            """, """
            public partial class SawmillStore
            {
                private LogStore? _logs = new();
                public PgConnection Main() => new PgConnection(Conn("saw-db", "Sw1-saw.Partial-16Le")); // expect: IOT1001
                public PgConnection? Logs() => _logs?.Conn("log-db", "Sw2-saw.Nullable-27Mf") is { } text ? new PgConnection(text) : null; // expect: IOT1001
                public PgConnection Generic() => new PgConnection(Typed<int>.Conn("typed-db", "Sw3-saw.Generic-38Ng")); // expect: IOT1001
            }
            """);

    // IOT1001: "`this(...)`/`base(...)` initializers that pass text"; "The value is followed back to where it is written,
    // across files: ... `static readonly` fields"; a helper's parameter "is read once per call of the helper". The helper
    // called in a base-constructor initializer and in a static read-only field's initializer read later.
    [Fact]
    public Task RT35_a_helper_called_in_a_base_initializer_and_a_static_field_initializer_is_read_per_call() =>
        ExpectComments.AssertAsync("""
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class KilnText
            {
                public static string Conn(string host, string p) => $"Host={host};Username=kiln;Password={p};";
            }
            public class KilnConnection : PgConnection
            {
                public KilnConnection() : base(KilnText.Conn("kiln-db", "Kl1-kiln.Base-49Oh")) { } // expect: IOT1001
            }
            public static class KilnRoom
            {
                private static readonly string Spare = KilnText.Conn("kiln-db-2", "Kl2-kiln.Field-50Pi"); // expect: IOT1001
                public static PgConnection Open() => new PgConnection(Spare);
            }
            """);

    // IOT1001: "through helpers anywhere in the compilation (public and internal ones, ..., extension methods called on
    // their receiver ...)"; "named arguments ... count"; a helper's parameter "is read once per call of the helper (and of
    // the helpers that call it with their own parameters, three deep". An extension URL helper called in static form with
    // named arguments in the other order, and by a caller passing its own parameter on by name in static form.
    [Fact]
    public Task RT35_an_extension_url_helper_in_static_form_with_named_arguments_is_read_per_call() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class OwmNamed
            {
                public static string WeatherUrl(this string city, string key, string units = "metric") =>
                    $"https://api.openweathermap.org/data/2.5/weather?q={city}&appid={key}&units={units}";
            }
            public static class Ferry
            {
                public static Task<string> A(HttpClient http) => http.GetStringAsync(OwmNamed.WeatherUrl(key: "0c2e4a6b8d0f2c4e6a8b0d2f4c6e8a0b", city: "Tromso")); // expect: IOT1001
                public static Task<string> Show(HttpClient http, string configured) => http.GetStringAsync(OwmNamed.WeatherUrl(units: "imperial", key: configured, city: "Harstad"));
                public static Task<string> Boot(HttpClient http) => Show(http, "1d3f5b7c9e1a3d5f7b9c1e3a5d7f9b1c"); // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file"; (nineteenth session) "a public helper nothing calls with text is a run-time value". A public helper called
    // with run-time values in every form: arguments, standard input, configuration, a file, an awaited read, a method group
    // bound to a delegate and given the environment, and a lambda's parameter.
    [Fact]
    public Task RT35_a_connection_string_helper_given_run_time_values_in_every_form_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Extensions.Configuration;
            namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string? this[string key] { get; } } }
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class MillText
            {
                public static string Conn(string host, string p) => $"Host={host};Username=mill;Password={p};";
            }
            public sealed class FlourMill
            {
                private readonly IConfiguration _cfg;
                public FlourMill(IConfiguration cfg) => _cfg = cfg;
                public PgConnection A(string[] args) => new PgConnection(MillText.Conn("mill-db", args[0]));
                public PgConnection B() => new PgConnection(MillText.Conn("mill-db", Console.ReadLine()!));
                public PgConnection C() => new PgConnection(MillText.Conn("mill-db", _cfg["Db:Password"]!));
                public PgConnection D() => new PgConnection(MillText.Conn("mill-db", File.ReadAllText("/run/secrets/db").Trim()));
                public async Task<PgConnection> E() => new PgConnection(MillText.Conn("mill-db", await File.ReadAllTextAsync("/run/secrets/db")));
                public PgConnection F()
                {
                    Func<string, string, string> build = MillText.Conn;
                    return new PgConnection(build("mill-db", Environment.GetEnvironmentVariable("DB_PW")!));
                }
                public PgConnection[] G() => _cfg["Db:Spares"]!.Split(',').Select(pw => new PgConnection(MillText.Conn("mill-db", pw))).ToArray();
            }
            """);

    // Hard negative. IOT1001: a secret is judged at its "password's place"; "Not findings: ... values from ... the
    // environment"; "connection strings whose key comes from configuration". A public helper whose callers write the host,
    // the user and the database but take the password from the environment, called in reduced and static extension form.
    [Fact]
    public Task RT35_a_helper_whose_callers_write_only_host_user_and_database_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class VatText
            {
                public static string Conn(this string host, string user, string p, string db = "vats") => $"Host={host};Username={user};Password={p};Database={db}";
            }
            public static class Vinery
            {
                public static PgConnection A() => new PgConnection("vine-db".Conn("vinery", Environment.GetEnvironmentVariable("DB_PW")!));
                public static PgConnection B() => new PgConnection(VatText.Conn("vine-db-2", "vinery", Environment.GetEnvironmentVariable("DB_PW")!, "barrels"));
                public static PgConnection C() => new PgConnection(VatText.Conn(db: "casks", p: Environment.GetEnvironmentVariable("DB_PW")!, user: "vinery", host: "vine-db-3"));
            }
            """);

    // ---------- 3. "PASS" beside a user: verdict or default ----------

    // Hard negative. IOT1002: "`Pass = "PASS"` and `firstPass == "PASS"` are test verdicts"; "`"PASS"` in capitals beside
    // one [an account], is a verdict". End-of-line test stations recording the verdict by named arguments in either order,
    // through a result type's constructor (classic and target-typed), and chosen in place.
    [Fact]
    public Task RT35_pass_verdicts_in_capitals_by_named_arguments_constructors_and_choices_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public sealed class QcResult { public QcResult(string user, string pass) { } }
            public static class EolStation
            {
                public static void Record(string user, string pass) { }
                public static QcResult Finish(string operatorName, bool ok)
                {
                    Record(pass: "PASS", user: operatorName);
                    Record(user: "admin", pass: ok ? "PASS" : "FAIL");
                    QcResult spare = new("line-4-operator", "PASS");
                    return new QcResult(operatorName, "PASS");
                }
            }
            """);

    // IOT1002 (nineteenth session): "a short password word beside the account it signs in, as at a library's signature
    // (... `Sign("service", "1234")` of `Sign(string login, string pw)`), while ... `"PASS"` in capitals beside one, is a
    // verdict" (so "pass" in lower case beside one is the default password); "a listed default handed to the team's own
    // method ... for a parameter named as a password"; "Known defaults beat placeholders: a value on the list ... is this
    // rule's finding". Lower-case "pass" beside a user, a listed PIN for a `userPass`, and "PASS" given to a parameter that
    // is unambiguously a password and to MQTT.
    [Fact]
    public Task RT35_lower_case_pass_beside_a_user_and_PASS_for_an_unambiguous_password_are_iot1002() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class KioskAuth
            {
                public static void Upload(string host, string user, string pass) { }
                public static void Login(string userName, string userPass) { }
                public static void CreateAccount(string user, string password) { }
            }
            public static class Kiosk
            {
                public static void Go(MqttClient mqtt)
                {
                    KioskAuth.Upload("ftp.kiosk.local", "kiosk", "pass"); // expect: IOT1002
                    KioskAuth.Login("kiosk", "1234"); // expect: IOT1002
                    KioskAuth.CreateAccount("service", "PASS"); // expect: IOT1002
                    mqtt.Connect("kiosk-7", "kiosk", "PASS"); // expect: IOT1002
                }
            }
            """);

    // ---------- 4. IOT3005: the key of an entry picked at random ----------

    // Hard negative. IOT3005 (nineteenth session): "the key of an entry picked at random (...: `KeyValuePair.Key`,
    // `IGrouping.Key`, `DictionaryEntry.Key`) is the entry's own, nothing drawn"; "Picking a random element for load
    // balancing, sampling or back-off ... is not reported". A chaos test revoking a randomly picked lease, session and
    // ticket: a group's key read null-conditionally, an entry matched by a property pattern, a DictionaryEntry's key cast,
    // and an entry's key given by name to a parameter named as a token.
    [Fact]
    public Task RT35_keys_of_random_entries_read_null_conditionally_by_pattern_cast_or_named_argument_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;
            public sealed class Lease { public string Token { get; set; } = ""; }
            public static class ChaosMonkey
            {
                private static readonly Random Rng = new();
                private static readonly Dictionary<string, DateTime> Sessions = new();
                private static readonly Hashtable Tickets = new();
                public static void Revoke(string leaseToken) { }
                public static void Kick(string sessionToken) { }
                public static void Cancel(string ticketToken) { }
                public static void Strike(List<Lease> leases)
                {
                    var groups = leases.GroupBy(l => l.Token).ToList();
                    var victim = groups.ElementAtOrDefault(Rng.Next(groups.Count))?.Key; // expect: none
                    if (victim is not null) Revoke(victim);
                    if (Sessions.ElementAt(Rng.Next(Sessions.Count)) is { Key: var session }) Kick(session); // expect: none
                    var ticket = Tickets.Cast<DictionaryEntry>().ElementAt(Rng.Next(Tickets.Count)); // expect: none
                    Cancel((string)ticket.Key);
                    var picked = Sessions.ElementAt(Rng.Next(Sessions.Count)); // expect: none
                    Kick(sessionToken: picked.Key);
                }
            }
            """);

    // IOT3005: "`System.Random` ... producing a value that ends up in a security use: a key, ... token"; (nineteenth
    // session) "a value drawn and kept as a dictionary's key ... is still a token"; the use is read from "the method or
    // property that returns it". A session token made of a picked entry's key and a drawn suffix, and a share code drawn,
    // kept in a KeyValuePair, stored as a dictionary's key through its `.Key` and returned by a method named for a token.
    [Fact]
    public Task RT35_a_drawn_suffix_beside_a_picked_key_and_a_drawn_value_kept_through_a_key_value_pair_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            public static class GuestWifi
            {
                private static readonly Random Rng = new();
                private static readonly Dictionary<string, int> Rooms = new();
                private static readonly Dictionary<string, DateTime> Shares = new();
                public static string NewSessionToken()
                {
                    var room = Rooms.ElementAt(Rng.Next(Rooms.Count)); // expect: none
                    var sessionToken = room.Key + "-" + Rng.NextInt64().ToString("x12"); // expect: IOT3005
                    return sessionToken;
                }
                public static string NewShareToken()
                {
                    var share = new KeyValuePair<string, DateTime>(Rng.NextInt64().ToString("x16"), DateTime.UtcNow.AddDays(1)); // expect: IOT3005
                    Shares[share.Key] = share.Value;
                    return share.Key;
                }
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; "a random index into a
    // dictionary stays the dictionary's key" (a lookup, not a token). A telemetry simulator updating readings of randomly
    // chosen simulated sensors in dictionaries keyed by sensor number and by sensor name.
    [Fact]
    public Task RT35_a_simulator_updating_readings_of_randomly_chosen_sensors_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class TelemetrySimulator
            {
                private readonly Random _rng = new(42);
                private readonly Dictionary<int, double> _readings = new();
                private readonly Dictionary<string, double> _named = new();
                public void Tick()
                {
                    var sensor = _rng.Next(1, 50); // expect: none
                    _readings[sensor] = 20 + _rng.NextDouble() * 5; // expect: none
                    _named["probe-" + _rng.Next(1, 9)] = 40 + _rng.NextDouble(); // expect: none
                }
            }
            """);

    // ---------- 5. SIM PINs in AT+CPIN / CLCK / CPWD ----------

    // Hard negative. IOT1001: "Not findings: ... masks (`"********"`)"; "A redacted copy (`"***"`, `"[redacted]"`) is no
    // value"; IOT1006 (nineteenth session): "a redaction in a logged command (`"<hidden>"`) [is] no PIN". A modem driver's
    // log lines with the PIN redacted in words, masked with hashes or bullets, or partly masked.
    [Fact]
    public Task RT35_redactions_in_words_and_other_masks_in_logged_pin_commands_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class ModemLog
            {
                public static void Trace()
                {
                    Console.WriteLine("-> AT+CPIN=\"<PIN redacted>\"");
                    Console.WriteLine("-> AT+CLCK=\"SC\",1,\"[pin hidden]\"");
                    Console.WriteLine("-> AT+CPIN=\"***REDACTED***\"");
                    Console.WriteLine("-> AT+CPIN=\"####\"");
                    Console.WriteLine("-> AT+CPWD=\"SC\",\"••••\",\"••••\"");
                    Console.WriteLine("-> AT+CPIN=\"**21\"");
                }
            }
            """);

    // Hard negative. IOT1006 (fourteenth session): "a URL the code fills in (`HookUrl.Replace("YOUR_RELAY_TOKEN", token)`,
    // `string.Format(HookUrl, ...)`) or never reads is a template and is not [reported]", a modem command being reported
    // because it "is sent as written"; IOT1001: "Not findings: ... values from parameters". PIN commands held as format
    // strings or templates the driver fills with the PIN it is given.
    [Fact]
    public Task RT35_pin_command_templates_the_driver_fills_in_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class SimUnlock
            {
                private const string CpinFormat = "AT+CPIN=\"{0}\"\r";
                private const string CpinTemplate = "AT+CPIN=\"<pin>\"\r";
                private readonly ModemPort _port = new();
                public void Unlock(string pin) => _port.WriteLine(string.Format(CpinFormat, pin));
                public void UnlockTemplate(string pin) => _port.WriteLine(CpinTemplate.Replace("<pin>", pin));
                public void Change(string oldPin, string newPin) => _port.WriteLine(string.Format("AT+CPWD=\"SC\",\"{0}\",\"{1}\"\r", oldPin, newPin));
            }
            """);

    // IOT1001: "SIM PINs, PUKs and APN passwords in an AT command written anywhere, whatever it is sent through:
    // `AT+CPIN="4821"`, `AT+CPIN="<PUK>","<new PIN>"` (two findings), `AT+CLCK="SC",0,"7391"`, `AT+CPWD="SC","<old>","<new>"`
    // ..., with the PIN written in place or held in a constant". A lock with a five-digit PIN, a PIN change, a PUK unlock
    // with its new PIN, a PUK held in a constant, and a real PIN in a logged command.
    [Fact]
    public Task RT35_real_pins_in_clck_cpwd_puk_unlocks_constants_and_logs_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class FerryModem
            {
                private const string SimPuk = "84712093"; // expect: IOT1001
                public static void A(ModemPort port) => port.WriteLine("AT+CLCK=\"SC\",0,\"48213\"\r"); // expect: IOT1001
                public static void B(ModemPort port) => port.WriteLine("AT+CPWD=\"SC\",\"4826\",\"9135\"\r"); // expect: IOT1001 IOT1001
                public static void C(ModemPort port) => port.WriteLine("AT+CPIN=\"73190428\",\"3916\"\r"); // expect: IOT1001 IOT1001
                public static void D(ModemPort port) => port.WriteLine($"AT+CPIN=\"{SimPuk}\",\"5027\"\r"); // expect: IOT1001
                public static void E() => Console.WriteLine("-> AT+CPIN=\"6148\""); // expect: IOT1001
            }
            """);

    // IOT1006: "`${VAR}`, `%VAR%`, a build tool's `%%NAME%%` token"; "the Replace Tokens form `#{WIFI_PASSWORD}#`"; "a value
    // that says where the credential goes (`"camera-password-here"`, ...)"; (nineteenth session) "A placeholder written at
    // a SIM PIN's or PUK's place in a modem command", "with the PIN ... held in a constant" (IOT1001). Placeholders in other
    // template syntaxes at PIN places, one held in a constant of another file.
    [Fact]
    public Task RT35_placeholders_in_other_template_syntaxes_at_pin_places_are_iot1006() =>
        ExpectComments.AssertAsync("""
            public static class SimDefaults
            {
                public const string Pin = "<your SIM PIN>"; // expect: IOT1006
            }
            """, """
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class BuoyModem
            {
                public static void A(ModemPort port) => port.WriteLine("AT+CPIN=\"${SIM_PIN}\"\r"); // expect: IOT1006
                public static void B(ModemPort port) => port.WriteLine("AT+CPIN=\"#{SIM_PIN}#\"\r"); // expect: IOT1006
                public static void C(ModemPort port) => port.WriteLine("AT+CLCK=\"SC\",1,\"%SIM_PIN%\"\r"); // expect: IOT1006
                public static void D(ModemPort port) => port.WriteLine("AT+CPIN=\"sim-pin-here\"\r"); // expect: IOT1006
                public static void E(ModemPort port) => port.WriteLine($"AT+CPIN=\"{SimDefaults.Pin}\"\r");
            }
            """);

    // Hard negative. IOT1001 (eighteenth session): "a value chosen inside an AT command's hole ... is read once per choice,
    // each judged at its literal"; "Not findings: ... masks (`"********"`)"; IOT1006: "a redaction in a logged command
    // (`"<hidden>"`) [is] no PIN". A driver logging the PIN it sends, or a mask, by a verbosity switch.
    [Fact]
    public Task RT35_a_mask_chosen_in_place_of_the_pin_in_a_logged_command_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class BusModem
            {
                private readonly ModemPort _port = new();
                public bool Verbose { get; set; }
                public void Unlock(string pin)
                {
                    Console.WriteLine($"-> AT+CPIN=\"{(Verbose ? pin : "****")}\"");
                    Console.WriteLine($"-> AT+CLCK=\"SC\",1,\"{(Verbose ? pin : "<hidden>")}\"");
                    _port.WriteLine($"AT+CPIN=\"{pin}\"\r");
                }
            }
            """);

    // IOT1001: SIM PINs "in an AT command written anywhere ... with the PIN written in place or held in a constant
    // (`$"AT+CPIN=\"{SimPin}\""`)"; (eighteenth session) "`AT+CLCK="SC",{(lockIt ? "1" : "0")},...` stays a mode". A lock
    // command whose mode and PIN are both held in constants.
    [Fact]
    public Task RT35_a_clck_command_with_mode_and_pin_held_in_constants_is_iot1001_at_the_pin() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class TramModem
            {
                private const int LockOn = 1;
                private const string SimPin = "7391"; // expect: IOT1001
                public static void Lock(ModemPort port) => port.WriteLine($"AT+CLCK=\"SC\",{LockOn},\"{SimPin}\"\r");
            }
            """);

    // ---------- 6. numbered handles under a bare token ----------

    // Hard negative. docs/accuracy.md (thirty-second corpus): "a numbered handle is a reference now"; IOT1004 (nineteenth
    // session): "Under a bare `token`, a handle numbered as camera makers number ONVIF profiles and sources
    // (`"MediaProfile00000"`, `"profile_1_h264"`, `"Profile_1"`) is a reference". Profiles named for their codec or
    // resolution as cameras name them (`Profile_MJPEG_1`, `profile_2_mjpeg`, `Profile_QVGA_2`), Foscam's
    // `IPCProfilesToken0`, and a configuration handle.
    [Fact]
    public Task RT35_onvif_handles_named_for_codecs_and_resolutions_under_a_bare_token_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public class Profile { public string Name { get; set; } = ""; public string token { get; set; } = ""; }
            public static class CodecCameras
            {
                public static Profile[] All() => new[]
                {
                    new Profile { Name = "mjpeg", token = "Profile_MJPEG_1" },
                    new Profile { Name = "axis-mjpeg", token = "profile_2_mjpeg" },
                    new Profile { Name = "sub", token = "Profile_QVGA_2" },
                    new Profile { Name = "foscam", token = "IPCProfilesToken0" },
                    new Profile { Name = "config", token = "VideoSourceConfig_1" },
                    new Profile { Name = "hevc", token = "Profile_HEVC_3" },
                };
            }
            """);

    // Hard negative. docs/accuracy.md (red team 34): "long handles (`MediaProfile_Channel1_MainStream`) are [handles]";
    // IOT1004: a numbered handle under a bare `token` "is a reference, not a secret". An NVR's analytics and encoder
    // handles of 49 and 52 characters, numbered per channel and stream.
    [Fact]
    public Task RT35_onvif_handles_longer_than_48_characters_under_a_bare_token_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public class Profile { public string Name { get; set; } = ""; public string token { get; set; } = ""; }
            public static class BigNvr
            {
                public static Profile[] All() => new[]
                {
                    new Profile { Name = "analytics", token = "VideoAnalyticsConfiguration_Channel12_SubStream_2" },
                    new Profile { Name = "encoder", token = "VideoEncoderConfiguration_Channel16_MainStream_1" },
                };
            }
            """);

    // IOT1004: "A string field, property or local whose name says it holds a secret (... token ...), given a value written
    // in the code"; (nineteenth session) "letters that read as no words make no handle (`"q8Zt0"`, `"xkqzvbwmtrplfj20931"`
    // stay secrets)". Cloud session tokens of random letters cut into underscore-joined groups with a number.
    [Fact]
    public Task RT35_random_letters_cut_into_numbered_groups_under_a_bare_token_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public sealed class CloudSession { public string token { get; set; } = ""; }
            public static class Sessions
            {
                public static CloudSession A() => new CloudSession { token = "vkqzrt_xjwmpf_48213" }; // expect: IOT1004
                public static CloudSession B() => new CloudSession { token = "Zqxv_Pkjw_Trvb_7" }; // expect: IOT1004
            }
            """);

    // ---------- 7. null-conditional chains and other statements between a default and its return ----------

    // IOT1001 (seventeenth session): "A function that holds a value in a local, gives it a default when it is missing and
    // returns it (...) ships that default"; "A getter that logs between its default and its return ... [is] read"
    // (eighteenth); "a null-conditional log call (`_log?.Warn(...)`) between a default and its return does not hide the
    // default" (nineteenth). A log call's task discarded (`_ = _log?.WarnAsync(...)`), and a log guarded by a null check.
    [Fact]
    public Task RT35_defaults_shipped_past_a_discarded_async_log_and_a_null_checked_log_are_found() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Log { public void Warn(string m) { } public Task WarnAsync(string m) => Task.CompletedTask; }
            public sealed class SiloUplink
            {
                private readonly string _t = "";
                private Log? _log;
                private string Token()
                {
                    var t = _t;
                    if (t.Length == 0) t = "Sl1-silo.Discard-16Qj"; // expect: IOT1001
                    _ = _log?.WarnAsync("using the bench token");
                    return t;
                }
                private string Spare()
                {
                    var s = _t;
                    if (string.IsNullOrEmpty(s)) s = "Sl2-silo.Guard-27Rk"; // expect: IOT1001
                    if (_log != null) _log.Warn("using the spare token");
                    return s;
                }
                public void Authorize(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("X-API-Key", Token());
                    http.DefaultRequestHeaders.Add("X-Auth-Token", Spare());
                }
            }
            """);

    // Hard negative. IOT1001: a default "ships" when the function "gives it a default when it is missing and returns it";
    // "Not findings: ... values from ... a vault". A getter whose default is replaced by a vault read through a
    // null-conditional chain before the return, and one that logs the default's use and then throws.
    [Fact]
    public Task RT35_a_default_overwritten_by_a_null_conditional_vault_read_before_the_return_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public sealed class Vault { public Vault? Scope; public string? Read(string name) => null; }
            public sealed class Log { public Log? Scope; public void Warn(string m) { } }
            public sealed class SluiceUplink
            {
                private readonly string _t = "";
                private Vault? _vault;
                private Log? _log;
                private string Token()
                {
                    var t = _t;
                    if (t.Length == 0) t = "placeholder-until-vault";
                    t = _vault?.Scope?.Read("sluice/token") ?? throw new InvalidOperationException("no token");
                    return t;
                }
                private string Spare()
                {
                    var s = _t;
                    if (s.Length == 0)
                    {
                        _log?.Scope?.Warn("no spare token configured");
                        throw new InvalidOperationException("no spare token");
                    }
                    return s;
                }
                public void Authorize(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("X-API-Key", Token());
                    http.DefaultRequestHeaders.Add("X-Auth-Token", Spare());
                }
            }
            """);

    // ---------- 8. IOT1005: buffers filled by hashes, the last fill, HMACs, mac ----------

    // IOT1005 (eighteenth session): "a byte buffer a hash fills after it is declared (..., `SHA256.HashData(serialBytes,
    // digest)`) holds what that hash derives from"; (nineteenth) a buffer is "read as the last hash that fills it". A PIN
    // cut from the buffer while it holds the unkeyed hash of the serial; the scratch buffer is refilled by an HMAC for a
    // telemetry tag only after the PIN is made.
    [Fact]
    public Task RT35_a_pin_cut_before_the_buffer_is_refilled_by_an_hmac_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class WaffleIron
            {
                private readonly byte[] _tagKey = File.ReadAllBytes("/factory/tag.key");
                public string Tag { get; private set; } = "";
                public string ServicePin(string serialNumber)
                {
                    var serialBytes = Encoding.UTF8.GetBytes(serialNumber);
                    Span<byte> digest = stackalloc byte[32];
                    SHA256.HashData(serialBytes, digest);
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: IOT1005
                    HMACSHA256.HashData(_tagKey, serialBytes, digest);
                    Tag = Convert.ToHexString(digest);
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005 (eighteenth session): a buffer "filled ... by a keyed hash is not derived"; "A keyed function
    // (`HMACSHA256` with a factory secret ...) ... ends the chain". The PIN is cut while the buffer holds an HMAC keyed with a
    // factory secret; the buffer is reused afterwards for an unkeyed hash of the serial (a public device id).
    [Fact]
    public Task RT35_a_pin_cut_before_the_buffer_is_refilled_by_an_unkeyed_hash_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Toaster
            {
                private readonly byte[] _factoryKey = File.ReadAllBytes("/factory/service.key");
                public string DeviceId { get; private set; } = "";
                public string ServicePin(string serialNumber)
                {
                    var serialBytes = Encoding.UTF8.GetBytes(serialNumber);
                    Span<byte> digest = stackalloc byte[32];
                    HMACSHA256.HashData(_factoryKey, serialBytes, digest);
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: none
                    SHA256.HashData(serialBytes, digest);
                    DeviceId = Convert.ToHexString(digest[..8]);
                    return servicePin;
                }
            }
            """);

    // IOT1005 (nineteenth session): a buffer filled "inside a `try` block or a `using (...) { ... }` statement's block
    // (stacked usings too) is read as the last hash that fills it". A streaming hash fed the serial in a `using` statement
    // inside a `try` block, and a `using` declaration inside a `try` block.
    [Fact]
    public Task RT35_buffers_filled_in_a_using_inside_a_try_block_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Juicer
            {
                public string ServicePin(string serialNumber)
                {
                    Span<byte> digest = stackalloc byte[32];
                    try
                    {
                        using (var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
                        {
                            h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                            h.TryGetHashAndReset(digest, out _);
                        }
                    }
                    catch (CryptographicException)
                    {
                        throw;
                    }
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
                public string PairingPin(string serialNumber)
                {
                    var digest = new byte[32];
                    try
                    {
                        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                        h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                        h.TryGetHashAndReset(digest, out _);
                    }
                    finally
                    {
                        Console.WriteLine("hashed");
                    }
                    var pairingPin = (BitConverter.ToUInt32(digest, 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
            }
            """);

    // IOT1005 (nineteenth session): a buffer filled by a call "tested with its byte count (`if (!SHA256.TryHashData(data,
    // digest, out var n) || n != 32) throw ...;`) ... is read as the last hash that fills it". The fill tested with
    // `is false`, compared with `== false`, and kept in a local together with its count.
    [Fact]
    public Task RT35_try_hash_data_tested_in_other_spellings_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Blender
            {
                public string A(string serialNumber)
                {
                    Span<byte> digest = stackalloc byte[32];
                    if (SHA256.TryHashData(Encoding.UTF8.GetBytes(serialNumber), digest, out var written) is false || written != 32) return "";
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
                public string B(string serialNumber)
                {
                    Span<byte> digest = stackalloc byte[32];
                    if (SHA256.TryHashData(Encoding.UTF8.GetBytes(serialNumber), digest, out _) == false) throw new InvalidOperationException();
                    var pairingPin = (BitConverter.ToUInt32(digest) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
                public string C(string serialNumber)
                {
                    Span<byte> digest = stackalloc byte[32];
                    bool hashed = SHA256.TryHashData(Encoding.UTF8.GetBytes(serialNumber), digest, out var n) && n == 32;
                    if (!hashed) throw new InvalidOperationException();
                    var doorPin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: IOT1005
                    return doorPin;
                }
            }
            """);

    // Hard negative. IOT1005 (fifteenth session): "A keyed function ends the chain however it is written: .NET's streaming
    // HMAC (`IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key)` and its `GetHashAndReset()`)"; (eighteenth) a buffer
    // "filled ... by a keyed hash is not derived". A streaming HMAC keyed with a factory secret filling the buffer inside a
    // try block and inside stacked usings.
    [Fact]
    public Task RT35_buffers_filled_by_a_streaming_hmac_keyed_with_a_factory_secret_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Kettlebell
            {
                private readonly byte[] _factoryKey = File.ReadAllBytes("/factory/service.key");
                public string ServicePin(string serialNumber)
                {
                    Span<byte> digest = stackalloc byte[32];
                    try
                    {
                        using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _factoryKey);
                        h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                        h.TryGetHashAndReset(digest, out _);
                    }
                    catch (CryptographicException) { throw; }
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: none
                    return servicePin;
                }
                public string PairingPin(string serialNumber)
                {
                    Span<byte> digest = stackalloc byte[32];
                    using (var log = new StringWriter())
                    using (var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _factoryKey))
                    {
                        h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                        h.TryGetHashAndReset(digest, out _);
                    }
                    var pairingPin = (BitConverter.ToUInt32(digest) % 1000000).ToString("D6"); // expect: none
                    return pairingPin;
                }
            }
            """);

    // IOT1005 (sixteenth session): "A keyed function whose key is itself public data (an HMAC keyed with the MAC or the
    // serial ...) does not end the chain"; (nineteenth) a local named `mac` holding a keyed function's output is a message
    // authentication code only "with a key that is no public data". A hex HMAC named `mac`, keyed with the radio's MAC
    // address and with the serial.
    [Fact]
    public Task RT35_a_hex_hmac_named_mac_keyed_with_public_data_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class AirFryer
            {
                public string ApPassword(PhysicalAddress radio, string serialNumber)
                {
                    var mac = Convert.ToHexString(HMACSHA256.HashData(radio.GetAddressBytes(), Encoding.UTF8.GetBytes(serialNumber)));
                    var apPassword = mac[..12]; // expect: IOT1005
                    return apPassword;
                }
                public string SetupPassword(string serialNumber)
                {
                    var serialBytes = Encoding.UTF8.GetBytes(serialNumber);
                    var mac = Convert.ToHexString(HMACSHA256.HashData(serialBytes, serialBytes)).ToLowerInvariant();
                    var setupPassword = "fry-" + mac[..10]; // expect: IOT1005
                    return setupPassword;
                }
            }
            """);

    // IOT1005: "a MAC address (..., symbols named `mac`, `macAddress`)"; "A value any part of which passes a keyed function
    // is not derived" speaks of the value itself, not of other values made from the same input. A MAC address kept as text
    // in `mac` that is also signed with a factory key for telemetry, while the hotspot password is cut from the MAC itself.
    [Fact]
    public Task RT35_a_real_mac_named_mac_that_is_also_signed_elsewhere_still_derives_the_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Humidor
            {
                private readonly byte[] _telemetryKey = File.ReadAllBytes("/factory/telemetry.key");
                public string Signature { get; private set; } = "";
                public string HotspotPassword(PhysicalAddress radio)
                {
                    var mac = radio.ToString();
                    Signature = Convert.ToHexString(HMACSHA256.HashData(_telemetryKey, Encoding.UTF8.GetBytes(mac)));
                    var hotspotPassword = "HUM-" + mac[^6..]; // expect: IOT1005
                    return hotspotPassword;
                }
            }
            """);

    // Hard negative. IOT1005 (fifteenth session): "a team helper whose body returns a keyed function's output whatever it is
    // called (`ComputeMac(data, deviceKey)` over `HMACSHA256.HashData`)" ends the chain; (nineteenth) "a local named `mac`
    // holding a keyed function's output (bytes, or their hex text) is a message authentication code". A hex MAC from the
    // team's helper keyed with a provisioned key, and an HMAC's output assigned to `mac` inside a using block.
    [Fact]
    public Task RT35_macs_from_a_team_helper_and_from_an_hmac_in_a_using_block_are_keyed() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Smoker
            {
                private readonly byte[] _deviceKey = File.ReadAllBytes("/factory/device.key");
                private static byte[] ComputeMac(byte[] data, byte[] deviceKey) => HMACSHA256.HashData(deviceKey, data);
                public string ApPassword(string serialNumber)
                {
                    var mac = Convert.ToHexString(ComputeMac(Encoding.UTF8.GetBytes(serialNumber), _deviceKey));
                    var apPassword = mac[..12]; // expect: none
                    return apPassword;
                }
                public string SetupPassword(string serialNumber)
                {
                    string mac;
                    using (var hmac = new HMACSHA256(_deviceKey))
                    {
                        mac = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)));
                    }
                    var setupPassword = mac[..12]; // expect: none
                    return setupPassword;
                }
            }
            """);

    // ---------- 9. determinism: a finding must not depend on the order of the files ----------

    private static readonly string[] OrderedSources =
    {
        """
        using System;
        public static class Env
        {
            public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
        }
        public partial class Gantry
        {
            private static string Conn(string host, string p) => $"Host={host};Username=gantry;Password={p};";
        }
        """,
        """
        public static class CraneSettings
        {
            public static string Secret(string key, string fallback) => Env.Get("CRANE_" + key, fallback);
        }
        public static class CraneText
        {
            public static string Conn(string host, string p) => $"Host={host};Username=crane;Password={p};";
        }
        """,
        """
        using System;
        using uPLibrary.Networking.M2Mqtt;
        public class PgConnection { public PgConnection(string connectionString) { } }
        public partial class Gantry
        {
            public void Mqtt(MqttClient m) => m.Connect("gantry", "gantry", CraneSettings.Secret("MQTT_PW", "Gn1-gantry.Order-16Sl")); // expect: IOT1001
            public PgConnection Main() => new PgConnection(Conn("gantry-db", "Gn2-gantry.Part-27Tm")); // expect: IOT1001
            public PgConnection Spare() => new PgConnection(CraneText.Conn("crane-db", Environment.GetEnvironmentVariable("DB_PW")!));
            public PgConnection Bench() => new PgConnection(CraneText.Conn("crane-bench", "Gn3-gantry.Bench-38Un")); // expect: IOT1001
        }
        """,
    };

    // DESIGN (determinism) and IOT1001: "The value is followed back to where it is written, across files"; the screen's
    // answer "belongs to the compilation, not to the helper's tree". A reader, a wrapper, a partial type's helper and two
    // same-named helpers across three files, analysed in the order given and in reverse: the same findings both times.
    [Fact]
    public async Task RT35_findings_across_files_do_not_depend_on_the_order_of_the_files()
    {
        await ExpectComments.AssertAsync(OrderedSources);
        await ExpectComments.AssertAsync(OrderedSources.Reverse().ToArray());
        await ExpectComments.AssertAsync(OrderedSources[1], OrderedSources[2], OrderedSources[0]);
    }

    // DESIGN (determinism): two same-named public helpers in two files (the screen's answer is shared by name), the one
    // given text only through a caller's own parameter two levels up; in both orders, with the callers' file first and
    // last. IOT1001: a helper's parameter is read "once per call of the helper (and of the helpers that call it with their
    // own parameters, three deep ...)".
    [Fact]
    public async Task RT35_a_shared_screen_answer_for_same_named_helpers_does_not_depend_on_file_order()
    {
        var a = """
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class DockA { public static string Open(string host, string k) => $"Host={host};Username=a;Password={k};"; }
            """;
        var b = """
            public static class DockB { public static string Open(string host, string k) => $"Host={host};Username=b;Password={k};"; }
            """;
        var callers = """
            using System;
            public static class DockPlant
            {
                public static PgConnection Plant(string k2) => new PgConnection(DockB.Open("dock-b", k2));
                public static PgConnection Quiet() => new PgConnection(DockA.Open("dock-a", Environment.GetEnvironmentVariable("DOCK_PW")!));
                public static PgConnection Go() => Plant("Dk1-dock.Shared-49Vo"); // expect: IOT1001
            }
            """;
        await ExpectComments.AssertAsync(a, b, callers);
        await ExpectComments.AssertAsync(callers, b, a);
        await ExpectComments.AssertAsync(b, callers, a);
    }

    // ---------- 10. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". The session's
    // shapes cut short: wrappers with missing bodies, arguments and returns; a wrapper's inner call unresolved; extension
    // helpers half-written in static form; "PASS" at half-typed calls; `.Key` of unresolved or half-written entries;
    // redactions and placeholders cut in AT commands; odd handles under a bare token; half-written null-conditional chains;
    // try/using/TryHashData half-typed.
    [Fact]
    public Task RT35_no_analyzer_throws_on_half_typed_forms_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """using System; static class E { static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback; static string Secret(string key, string fallback) => Get("APP_" + key, ); static string S2(string key, string fallback) { return Get(; } static string S3(string key, string fallback) => Missing.Get(key, fallback); static string S4(string key, string fallback) => ; static string S5(string key, string fallback) { return; } static string S6(string key, string fallback) => Get(fallback: , key: key); static void C(uPLibrary.Networking.M2Mqtt.MqttClient m) { m.Connect("a", "b", Secret("X", )); m.Connect("a", "b", S3("X", "Ab1-x.Y-22")); m.Connect("a", "b", S4("X", "Ab2")); m.Connect("a", "b", S6(fallback: "Ab3-x.Z-33", key: )); m.Connect("a", "b", Secret(, "Ab4")); } }""",
            """public class PgConnection { public PgConnection(string c) { } } static class D { public static string Conn(this string p, string host = ) => $"Host={host};Password={p.Trim()};"; public static string F(string host, string p) => string.Format("Host={0};Password={1};", host, ); static void G() { _ = new PgConnection(D.Conn(, "h")); _ = new PgConnection("x".Conn(host: )); _ = new PgConnection(D.Conn(p: , host: "h")); _ = new PgConnection(F("h", p: "Ab5", p: "Ab6")); var (h, p) = ("db", ); _ = new PgConnection(F(h, p)); foreach (var q in new[] { "a", }) _ = new PgConnection(F("h", q)); } }""",
            """public sealed class Q { public Q(string user, string pass) { } public static void Record(string user, string pass) { } static void G(bool ok) { Record(pass: , user: "admin"); Record(user: "admin", pass: ok ? "PASS" : ); new Q("admin", "PASS"; Q q = new(, "PASS"); Record("root", "PASS", "pass"); Record(pass: "pass"); } }""",
            """using System; using System.Linq; using System.Collections; using System.Collections.Generic; static class R { static Random G = new(); static Dictionary<string, int> D = new(); static Hashtable T = new(); static void Kick(string sessionToken) { } static void P() { var g = D.GroupBy(x => x.).ElementAtOrDefault(G.Next())?.Key; if (D.ElementAt(G.Next()) is { Key: var }) Kick(); var e = T.Cast<DictionaryEntry>().ElementAt(G.Next(T.Count)); Kick((string)e.Key.); Kick(sessionToken: D.ElementAt(G.Next()).Key.); var s = new KeyValuePair<string, int>(G.Next().ToString("x8"), ); D[s.Key] = ; Missing.ElementAt(G.Next()).Key.Trim(); G.Next().Key; } }""",
            """using System; public sealed class P { public void W(string t) { } void U() { W("AT+CPIN=\"<PIN redacted"); W("AT+CPIN=\"***REDACTED***"); W("AT+CLCK=\"SC\",1,\"[pin hidden]\",\"\""); W("AT+CPWD=\"SC\",\"••••\",\""); W(string.Format("AT+CPIN=\"{0}\"\r", )); W("AT+CPIN=\"<pin>\"\r".Replace("<pin>", )); W("AT+CPIN=\"${SIM_PIN\"\r"); W("AT+CPIN=\"#{\"\r"); W("AT+CPIN=\"%%\"\r"); W("AT+CPIN=\"\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022\""); } }""",
            """public class Profile { public string token { get; set; } = ""; } static class H { static Profile[] A() => new[] { new Profile { token = "_" }, new Profile { token = "__1" }, new Profile { token = "1_" }, new Profile { token = "a_" }, new Profile { token = "Profilé_1" }, new Profile { token = "Profile__1" }, new Profile { token = "_Profile_1_" }, new Profile { token = "Profile_" + }, new Profile { token = "ПрофильОдин_1" }, new Profile { token = "Profile_1\u0000" }, new Profile { token = "MJPEG_" }, new Profile { token = "A1B2C3D4E5F6G7H8I9J0K1L2M3N4O5P6Q7R8S9T0U1V2W3X4Y5Z6_1" }, new Profile { token = }, }; }""",
            """using System.Net.Http; using System.Threading.Tasks; public sealed class L { public L? Scope; public void Warn(string m) { } public Task WarnAsync(string m) => Task.CompletedTask; } public sealed class U { string _t = ""; L? _log; string T() { var t = _t; if (t.Length == 0) t = "Ab7-x.Y-77"; _log?.Scope?.; _ = _log?.WarnAsync(; _log?.Scope?.Scope?.Scope?.Scope?.Scope?.Scope?.Scope?.Scope?.Scope?.Warn("x"); _log?.Scope!.Warn("y"); _log?.; return t; } void A(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", T()); }""",
            """using System; using System.Security.Cryptography; using System.Text; static class K { static string P(string serialNumber) { Span<byte> d = stackalloc byte[32]; try { using (var h = IncrementalHash.CreateHash()) { h.TryGetHashAndReset(d, out ); } } catch { } if (SHA256.TryHashData(Encoding.UTF8.GetBytes(serialNumber), d, out var w) is || w != 32) return ""; if (SHA256.TryHashData(, d, out _) == ) throw new Exception(); bool ok = SHA256.TryHashData(Encoding.UTF8.GetBytes(serialNumber), d, out var n) && ; if (!!!!!!!!(SHA256.TryHashData(Encoding.UTF8.GetBytes(serialNumber), d, out _))) { } HMACSHA256.HashData(, , d); var mac = Convert.ToHexString(HMACSHA256.HashData(, Encoding.UTF8.GetBytes(serialNumber))); var servicePin = (BitConverter.ToUInt32(d) % ).ToString("D4"); return servicePin + mac[..]; } }""",
        });

    // DESIGN: no AD0001 on any input. Code that compiles but loops: a wrapper wrapping itself, two wrappers wrapping each
    // other across types, a generic wrapper, an extension wrapper calling itself in static form, a reader whose fallback is
    // another wrapper's call; buffers filled from themselves in nested try and using blocks; `.Key` of an entry whose key
    // is itself a picked entry.
    [Fact]
    public Task RT35_no_analyzer_throws_on_self_and_mutually_recursive_wrappers_and_fills() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class Loops
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? Secret(fallback, key);
                public static string Secret(string key, string fallback) => Get("APP_" + key, fallback);
                public static string Self(string key, string fallback) => Self(key, fallback);
                public static string Generic<T>(string key, string fallback) => Generic<T>(key + typeof(T).Name, fallback);
                public static string Ext(this string key, string fallback) => Loops.Ext(fallback, key);
                public static void Go(MqttClient m)
                {
                    m.Connect("a", "a", Secret("X", "Lr1-loop.A-11"));
                    m.Connect("b", "b", Self("X", "Lr2-loop.B-22"));
                    m.Connect("c", "c", Generic<int>("X", "Lr3-loop.C-33"));
                    m.Connect("d", "d", "X".Ext("Lr4-loop.D-44"));
                    m.Connect("e", "e", Other.Wrap("X", Secret("Y", "Lr5-loop.E-55")));
                    _ = new PgConnection($"Host=h;Password={Other.Wrap("Z", "Lr6-loop.F-66")};");
                }
            }
            public static class Other { public static string Wrap(string key, string fallback) => Loops.Secret(fallback, key); }
            """,
            """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Security.Cryptography;
            public static class Buffers
            {
                private static readonly Random Rng = new();
                private static readonly Dictionary<KeyValuePair<string, int>, int> Nested = new();
                public static string Pin(string serialNumber)
                {
                    Span<byte> tag = stackalloc byte[32];
                    try { try { using (var a = IncrementalHash.CreateHash(HashAlgorithmName.SHA256)) using (var b = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, tag.ToArray())) { b.AppendData(tag); b.TryGetHashAndReset(tag, out _); a.TryGetHashAndReset(tag, out _); } } finally { } } catch { }
                    if (!SHA256.TryHashData(tag, tag, out var n) || n != 32 || !SHA256.TryHashData(tag, tag, out _)) throw new InvalidOperationException();
                    HMACSHA256.HashData(tag, tag, tag);
                    SHA256.HashData(tag, tag);
                    var servicePin = (BitConverter.ToUInt32(tag) % 10000).ToString("D4");
                    var picked = Nested.ElementAt(Rng.Next(Nested.Count)).Key.Key;
                    var sessionToken = Nested.ElementAt(Rng.Next(Nested.Count)).Key;
                    return servicePin + picked + sessionToken.Key;
                }
            }
            """,
        });

    // DESIGN: no AD0001 on any input, however large. A chain of 1,000 wrappers each handing its parameters on to the next,
    // ending in the reader; a handle under a bare token of 48 and 49 characters and one of 100,000; a logged AT+CPIN with
    // 5,000 redacted and placeholder values; 500 stacked usings around a fill; 2,000 statements between a default and
    // its return, each a null-conditional log call.
    [Fact]
    public Task RT35_no_analyzer_throws_on_huge_wrapper_chains_handles_redactions_usings_and_log_runs() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            WrapperChain(1000), Handles(), HugeRedactedPinCommand(5000), StackedUsings(500), LogRun(2000),
        });

    private static string WrapperChain(int wrappers)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using uPLibrary.Networking.M2Mqtt;");
        sb.AppendLine("public static class Chain {");
        sb.AppendLine("  public static string W0(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;");
        for (var i = 1; i < wrappers; i++)
        {
            sb.AppendLine($"  public static string W{i}(string key, string fallback) => W{i - 1}(\"L{i}_\" + key, fallback);");
        }

        sb.AppendLine($"  public static void Go(MqttClient m) => m.Connect(\"c\", \"u\", W{wrappers - 1}(\"PW\", \"Wc1-chain.Top-99Zz\"));");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Handles()
    {
        var long48 = "VideoEncoderConfiguration_Channel16_SubStream_2";
        var long49 = long48 + "0";
        var huge = string.Join("_", Enumerable.Range(0, 12_000).Select(i => "Profile" + (i % 100)));
        return "public class Profile { public string token { get; set; } = \"\"; } public static class Big { public static Profile[] P() => new[] { new Profile { token = \"" +
               long48 + "\" }, new Profile { token = \"" + long49 + "\" }, new Profile { token = \"" + huge + "\" } }; }";
    }

    private static string HugeRedactedPinCommand(int values)
    {
        var pins = string.Join(",", Enumerable.Range(0, values).Select(i => (i % 3) switch { 0 => "\\\"<PIN redacted>\\\"", 1 => "\\\"****\\\"", _ => "\\\"${SIM_PIN}\\\"" }));
        return "public static class Big { public static void U() => System.Console.WriteLine(\"AT+CPIN=" + pins + "\\r\"); }";
    }

    private static string StackedUsings(int usings)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.IO; using System.Security.Cryptography; using System.Text;");
        sb.AppendLine("public static class Big { public static string Pin(string serialNumber) { Span<byte> digest = stackalloc byte[32];");
        for (var i = 0; i < usings; i++)
        {
            sb.AppendLine($"using (var w{i} = new StringWriter())");
        }

        sb.AppendLine("using (var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256)) { h.AppendData(Encoding.UTF8.GetBytes(serialNumber)); h.TryGetHashAndReset(digest, out _); }");
        sb.AppendLine("var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString(\"D4\"); return servicePin; } }");
        return sb.ToString();
    }

    private static string LogRun(int calls)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System.Net.Http; public sealed class Log { public Log? Scope; public void Warn(string m) { } }");
        sb.AppendLine("public sealed class Big { private readonly string _t = \"\"; private Log? _log; private string Token() { var t = _t; if (t.Length == 0) t = \"Lg1-log.Run-88Yy\";");
        for (var i = 0; i < calls; i++)
        {
            sb.AppendLine($"_log?.Scope?.Warn(\"line {i}\");");
        }

        sb.AppendLine("return t; } public void A(HttpClient http) => http.DefaultRequestHeaders.Add(\"X-API-Key\", Token()); }");
        return sb.ToString();
    }

    // ---------- 11. cost ----------

    // DESIGN (cost guards, as red teams 15 and 25-34): the wrapper read (WrappedCall) binds the inner call once per helper.
    // 400 wrappers, each handing its parameters on to the same reader and called once with a written fallback, must not
    // cost much more than 400 readers called directly.
    private static string Wrappers(bool wrapped, int count)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using uPLibrary.Networking.M2Mqtt;");
        sb.AppendLine("public static class Env { public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback; }");
        for (var i = 0; i < count; i++)
        {
            sb.AppendLine(wrapped
                ? $"public static class W{i} {{ public static string Secret(string key, string fallback) => Env.Get(\"A{i}_\" + key, fallback); public static void Go(MqttClient m) => m.Connect(\"c{i}\", \"u\", Secret(\"PW\", \"Wp{i}-wrap.X-{i}Q\")); }}"
                : $"public static class W{i} {{ public static void Go(MqttClient m) => m.Connect(\"c{i}\", \"u\", Env.Get(\"A{i}_PW\", \"Wp{i}-wrap.X-{i}Q\")); }}");
        }

        return sb.ToString();
    }

    [Fact]
    public async Task RT35_four_hundred_wrappers_over_one_reader_cost_no_more_than_direct_reads()
    {
        await CostGuards.TimeAsync(Wrappers(wrapped: true, 40));
        var baseline = await CostGuards.MedianOfThreeAsync(Wrappers(wrapped: false, 400));
        var followed = await CostGuards.MedianOfThreeAsync(Wrappers(wrapped: true, 400));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
