using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 25: the changes 76f10c4..9ba8e03 (the twelfth session and red team 24's fixes). A wrapper's stored credential in
/// more spellings, primary constructors' base calls, library credential types sharing a team type's simple name, settings
/// objects in static fields handed on whole, Basic logins read object by object, GetBytes(text.ToCharArray()), AT helpers'
/// object parameters, PINs from stored GUIDs, random picks from alphabets, garage/barrier/exit codes, names joining
/// alternatives with Or, TryGetValue into a local declared before, participles and Bluetooth addresses. Half of the tests
/// are hard negatives: device code the broadened following must not report. Expectations come from docs/rules and
/// DESIGN.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam25Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam25Tests(ITestOutputHelper output) => _out = output;

    // OPC UA's identity beside a quay crane team's types of the same simple name.
    private const string UaLibrary = """
        namespace Opc.Ua
        {
            public interface IUserIdentity { }
            public class UserIdentity : IUserIdentity
            {
                public UserIdentity() { }
                public UserIdentity(string username, string password) { }
                public UserIdentity(string username, byte[] password) { }
            }
        }
        """;

    private static readonly string[] InfluxLib = { Stubs.InfluxClient };

    // ---------- 1. a wrapper's stored credential in more spellings ----------

    // IOT1001 (twelfth session): "a wrapper's stored credential in more spellings (`(_url, _apiKey) = (url, apiKey)`,
    // `_password = password.Trim()`, ...)": both spellings at once, the trim inside the tuple.
    [Fact]
    public Task RT25_tuple_deconstruction_of_trimmed_parameters_carries_the_callers_text() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class WeatherMastLink
            {
                private readonly string _station, _user, _password;
                public WeatherMastLink(string station, string user, string password) => (_station, _user, _password) = (station.Trim(), user.Trim(), password.Trim());
                public NetworkCredential Credential() => new NetworkCredential(_user, _password);
            }
            public static class Observatory
            {
                public static NetworkCredential Ridge() => new WeatherMastLink(" ridge ", "mast", " Aw5-Cirrus-Vane ").Credential(); // expect: IOT1001
                public static NetworkCredential Summit() => new WeatherMastLink("summit", "mast", System.Environment.GetEnvironmentVariable("MAST_PASSWORD")).Credential();
            }
            """);

    // Hard negative. IOT1002: "'admin' as a user name (only password parameters are judged)"; IOT1001 reads "a constructor
    // parameter kept in a field" at the sink it reaches: a trimmed user name and a trimmed device name are no secrets.
    [Fact]
    public Task RT25_trimmed_user_and_device_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public sealed class KilnGateway
            {
                private readonly string _user, _password, _deviceName;
                public KilnGateway(string user, string password, string deviceName) { _user = user.Trim(); _password = password; _deviceName = deviceName.Trim(); }
                public NetworkCredential Credential() => new NetworkCredential(_user, _password);
                public WebRequest Status() => WebRequest.Create($"https://kilns.example/status?device={_deviceName}&site=north");
            }
            public static class Pottery
            {
                public static NetworkCredential Main() => new KilnGateway(" admin ", Environment.GetEnvironmentVariable("KILN_PASSWORD"), " kiln-north ").Credential(); // expect: none
                public static WebRequest Status() => new KilnGateway("glaze", Environment.GetEnvironmentVariable("KILN_PASSWORD") ?? "", "Kx4-north-annex").Status(); // expect: none
            }
            """);

    // IOT1001: "an assignment under an `if`, `apiKey ??= ""` first, a member with an initial `""`, `string.Empty` or `null`
    // the setter replaces": setters called as statements, not chained.
    [Fact]
    public Task RT25_setters_under_an_if_with_null_and_empty_initial_members() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class BeehiveScaleLink
            {
                private string _password = null;
                private string _apiKey = string.Empty;
                public void SetPassword(string password) { if (password != null && password.Length >= 8) _password = password; }
                public void SetApiKey(string apiKey) { apiKey ??= ""; if (apiKey.Length > 0) { _apiKey = apiKey.Trim(); } }
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("hives.local", 8883).WithCredentials("scale", _password);
                public MqttClientOptionsBuilder KeyOptions() => new MqttClientOptionsBuilder().WithTcpServer("hives.local", 8883).WithCredentials("apikey", _apiKey);
            }
            public static class Apiary
            {
                public static void Run()
                {
                    var link = new BeehiveScaleLink();
                    link.SetPassword("Hv8-Propolis-Comb"); // expect: IOT1001
                    link.SetApiKey("Hv9-Propolis-Comb"); // expect: IOT1001
                    link.Options();
                    link.KeyOptions();
                }
            }
            """);

    // Hard negative. IOT1001 reads the callers' text; "A redacted copy ... is no value", and run-time values are none: the
    // initial "" and null, the ??= "" default and a configuration read are no secrets.
    [Fact]
    public Task RT25_setters_given_null_empty_or_configuration_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using MQTTnet.Client;
            public sealed class BeehiveScaleLink
            {
                private string _password = "";
                private string _apiKey = null;
                public void SetPassword(string password) { if (!string.IsNullOrEmpty(password)) _password = password.Trim(); }
                public void SetApiKey(string apiKey) { apiKey ??= ""; _apiKey = apiKey; }
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("hives.local", 8883).WithCredentials("scale", _password);
                public MqttClientOptionsBuilder KeyOptions() => new MqttClientOptionsBuilder().WithTcpServer("hives.local", 8883).WithCredentials("apikey", _apiKey);
            }
            public static class Apiary
            {
                public static void Run(IReadOnlyDictionary<string, string> config)
                {
                    var link = new BeehiveScaleLink();
                    link.SetPassword(config["hive:password"]); // expect: none
                    link.SetApiKey(null); // expect: none
                    link.SetPassword(string.Empty); // expect: none
                    link.Options();
                    link.KeyOptions();
                }
            }
            """);

    // IOT1001: "defaults set with `??=`" and "a parameter's default value" are written values; a wrapper's constructor "is
    // followed to the `new TypeName(...)` calls in its own file": a token parameter given a ??= literal default first.
    [Fact]
    public Task RT25_a_token_parameter_given_a_literal_default_by_coalescing_assignment() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;
            public sealed class HatcheryMetrics
            {
                private readonly InfluxDBClient _client;
                public HatcheryMetrics(string url, string token = null)
                {
                    token ??= "Hy6qVt-trDRod25DBJzSVLbxbkH-cSAUroe0"; // expect: IOT1001
                    _client = new InfluxDBClient(url, token);
                }
                public static HatcheryMetrics Tanks() => new HatcheryMetrics("https://influx.hatchery.local:8086");
            }
            """);

    // IOT1001: "a primary constructor's base call (`class Yard() : Metrics("...", "...")`)" with named arguments in the
    // base list; IOT1006: a template at the sink is a placeholder.
    [Fact]
    public Task RT25_primary_constructor_base_calls_with_named_arguments() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;
            public abstract class ElevatorMetrics
            {
                private readonly InfluxDBClient _client;
                protected ElevatorMetrics(string url, string token) => _client = new InfluxDBClient(url, token);
            }
            public sealed class NorthLegMetrics() : ElevatorMetrics(token: "Nl4bRt-trDRod25DBJzSVLbxbkH-cSAUgrain", url: "https://influx.elevator.local:8086"); // expect: IOT1001
            public sealed class SouthLegMetrics() : ElevatorMetrics("https://influx.elevator.local:8086", "<your-influx-token>"); // expect: IOT1006
            """);

    // Hard negative. IOT1001 follows what a base call "pass[es] on": a base whose second parameter is a bucket's name (no
    // sink), and a base call given a run-time token.
    [Fact]
    public Task RT25_primary_constructor_base_calls_with_non_secret_arguments_stay_quiet() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;
            public abstract class DryerMetrics
            {
                protected readonly string Bucket;
                private readonly InfluxDBClient _client;
                protected DryerMetrics(string url, string bucket) { Bucket = bucket; _client = new InfluxDBClient(url, System.Environment.GetEnvironmentVariable("INFLUX_TOKEN")); }
            }
            public sealed class MaizeDryerMetrics() : DryerMetrics("https://influx.dryer.local:8086", "Md7-maize-dryer-bucket"); // expect: none
            public abstract class AerationMetrics
            {
                private readonly InfluxDBClient _client;
                protected AerationMetrics(string url, string token) => _client = new InfluxDBClient(url, token);
            }
            public sealed class BinAerationMetrics() : AerationMetrics("https://influx.dryer.local:8086", System.Environment.GetEnvironmentVariable("AERATION_TOKEN") ?? ""); // expect: none
            public partial class FanAerationMetrics
            {
                public FanAerationMetrics(System.Collections.Generic.IReadOnlyDictionary<string, string> config) : base(config["influx:url"], config["influx:token"]) { } // expect: none
            }
            public partial class FanAerationMetrics : AerationMetrics { }
            """);

    // IOT1001: "`base(...)` in a partial part without the base list": the part with the base list written first, the
    // constructor's base call in a later part, the token held in a constant.
    [Fact]
    public Task RT25_base_call_in_a_later_partial_part_with_a_constant_token() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;
            public abstract class SmokehouseMetrics
            {
                private readonly InfluxDBClient _client;
                protected SmokehouseMetrics(string url, string token) => _client = new InfluxDBClient(url, token);
            }
            public partial class KipperSmokehouse : SmokehouseMetrics { }
            public partial class KipperSmokehouse
            {
                private const string KilnToken = "Ks2pWq-trDRod25DBJzSVLbxbkH-cSAUoak9"; // expect: IOT1001
                public KipperSmokehouse() : base("https://influx.smokehouse.local:8086", KilnToken) { }
            }
            """);

    // ---------- 2. a library credential type sharing a team type's simple name ----------

    // IOT1001: "a library credential type whose simple name a team type shares ... is still a sink, each creation bound by
    // its type": through a using alias and a target-typed new beside the team's UserIdentity.
    [Fact]
    public Task RT25_library_identity_through_an_alias_and_a_target_typed_new_beside_a_team_type() =>
        ExpectComments.AssertAsync(new[] { UaLibrary }, """
            using System.Text;
            using UaIdentity = Opc.Ua.UserIdentity;
            namespace Quay.Crane
            {
                public sealed class UserIdentity
                {
                    public UserIdentity(string displayName, string badgeColour) { DisplayName = displayName; BadgeColour = badgeColour; }
                    public string DisplayName { get; }
                    public string BadgeColour { get; }
                }
                public static class CraneSession
                {
                    public static Opc.Ua.IUserIdentity Operator() => new UaIdentity("crane-op", "Cr4-Jib-Trolley"); // expect: IOT1001
                    public static Opc.Ua.IUserIdentity Service()
                    {
                        Opc.Ua.UserIdentity identity = new("crane-svc", Encoding.UTF8.GetBytes("Cr5-Jib-Trolley")); // expect: IOT1001
                        return identity;
                    }
                    public static UserIdentity Badge() => new UserIdentity("Night shift", "#FF8800"); // expect: none
                }
            }
            """);

    // Hard negative. IOT1001: "the team type's own constructor is no sink" (corpus twenty-two): a team type named like the
    // library's, built with display text, and the library's built from configuration.
    [Fact]
    public Task RT25_team_type_named_like_the_library_identity_with_display_arguments_stays_quiet() =>
        ExpectComments.AssertAsync(new[] { UaLibrary }, """
            using System.Collections.Generic;
            namespace Quay.Display
            {
                public sealed class UserIdentity
                {
                    public UserIdentity(string username, string title) { Username = username; Title = title; }
                    public string Username { get; }
                    public string Title { get; }
                }
                public static class Roster
                {
                    public static readonly UserIdentity[] Shifts =
                    {
                        new UserIdentity("reefer-watch", "Reefer Watch (Berth 4)"), // expect: none
                        new UserIdentity("gantry-lead", "Gantry Lead"), // expect: none
                    };
                    public static Opc.Ua.IUserIdentity Login(IReadOnlyDictionary<string, string> cfg) => new Opc.Ua.UserIdentity(cfg["ua:user"], cfg["ua:password"]); // expect: none
                    public static string Caption(UserIdentity who) => who.Title + " / " + who.Username;
                }
            }
            """);

    // ---------- 3. settings objects in static fields handed on whole ----------

    // IOT1001: "settings objects built in a static field's initializer and handed on whole (`new CameraFeedService(GateCamera)`,
    // `bench ? Bench : Load() ?? BuiltInDefaults`)": handed on by a fallback in a returned expression and by an assignment.
    [Fact]
    public Task RT25_options_in_static_fields_handed_on_by_return_and_assignment() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class SluiceOptions { public string Host { get; set; } public string User { get; set; } public string Password { get; set; } }
            public sealed class SluiceClient
            {
                private readonly SluiceOptions _o;
                public SluiceClient(SluiceOptions o) { _o = o; }
                public NetworkCredential Credential() => new NetworkCredential(_o.User, _o.Password);
            }
            public static class Canal
            {
                private static readonly SluiceOptions UpperLock = new SluiceOptions { Host = "10.30.1.5", User = "keeper", Password = "Lk3-Paddle-Gate" }; // expect: IOT1001
                private static readonly SluiceOptions Fallback = new SluiceOptions { Host = "10.30.1.6", User = "keeper", Password = "Lk4-Paddle-Gate" }; // expect: IOT1001
                private static SluiceOptions _current;
                public static SluiceOptions Pick(SluiceOptions loaded) => loaded ?? Fallback;
                public static SluiceClient Start() { _current = UpperLock; return new SluiceClient(_current); }
            }
            """);

    // IOT1002 "wherever IOT1001 looks" and IOT1006 "A template value reaching a credential sink": the same handing on, a
    // factory default and a template each under its own rule, never IOT1001.
    [Fact]
    public Task RT25_options_in_static_fields_with_a_default_and_a_template_get_their_own_rules() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class SiloBrokerOptions { public string Server { get; set; } public string User { get; set; } public string Password { get; set; } }
            public sealed class SiloPublisher
            {
                private readonly SiloBrokerOptions _options;
                public SiloPublisher(SiloBrokerOptions options) => _options = options;
                public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithTcpServer(_options.Server, 1883).WithCredentials(_options.User, _options.Password);
            }
            public static class Silos
            {
                public static readonly SiloBrokerOptions Factory = new SiloBrokerOptions { Server = "10.5.0.2", User = "mosquitto", Password = "mosquitto" }; // expect: IOT1002
                public static readonly SiloBrokerOptions Sample = new SiloBrokerOptions { Server = "broker.example.com", User = "silo", Password = "YOUR_BROKER_PASSWORD" }; // expect: IOT1006
                public static SiloPublisher For(bool bench) => new SiloPublisher(bench ? Factory : Sample);
            }
            """);

    // Hard negative. IOT1001: "A redacted copy (`"***"`, `"[redacted]"`) is no value"; empty, null and run-time passwords of
    // objects in static fields handed on whole are none.
    [Fact]
    public Task RT25_options_in_static_fields_with_empty_null_or_read_passwords_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public sealed class GaugeFeed { public string Url { get; set; } public string Username { get; set; } public string Password { get; set; } }
            public sealed class GaugeReader
            {
                private readonly GaugeFeed _feed;
                public GaugeReader(GaugeFeed feed) => _feed = feed;
                public NetworkCredential Credential() => new NetworkCredential(_feed.Username, _feed.Password);
            }
            public static class Reservoir
            {
                public static readonly GaugeFeed Spillway = new GaugeFeed { Url = "https://10.7.2.11/level", Username = "gauge", Password = string.Empty }; // expect: none
                public static readonly GaugeFeed Intake = new GaugeFeed { Url = "https://10.7.2.12/level", Username = "gauge", Password = null }; // expect: none
                public static readonly GaugeFeed Outfall = new GaugeFeed { Url = "https://10.7.2.13/level", Username = "admin", Password = Environment.GetEnvironmentVariable("OUTFALL_PASSWORD") }; // expect: none
                public static readonly GaugeFeed LogCopy = new GaugeFeed { Url = "https://10.7.2.13/level", Username = "gauge", Password = "[redacted]" }; // expect: none
                public static GaugeReader[] All(GaugeFeed loaded) => new[] { new GaugeReader(Spillway), new GaugeReader(loaded ?? Intake), new GaugeReader(Outfall) };
                public static void Log(Action<GaugeFeed> sink) => sink(LogCopy);
            }
            """);

    // Hard negative. IOT1001: "Initializers of other types with a property of the same name ... are told apart ... and do
    // not count"; colour presets handed on whole read no secret; IOT1004 covers the other type's password that reaches no API.
    [Fact]
    public Task RT25_display_presets_in_static_fields_handed_on_whole_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            public sealed class LightScene { public string Name { get; set; } public string ColorOrPattern { get; set; } public string Password { get; set; } public int Brightness { get; set; } }
            public sealed class PierCamera { public string Url { get; set; } public string User { get; set; } public string Password { get; set; } }
            public static class Promenade
            {
                public static readonly LightScene Dusk = new LightScene { Name = "Dusk", ColorOrPattern = "#FF8A3D", Brightness = 60 }; // expect: none
                public static readonly LightScene Regatta = new LightScene { Name = "Regatta", ColorOrPattern = "chase:blue-white", Brightness = 90 }; // expect: none
                public static readonly LightScene Kiosk = new LightScene { Name = "Kiosk", ColorOrPattern = "#FFFFFF", Password = "Pm6-Lamp-Bollard" }; // expect: IOT1004
                public static LightScene Tonight(bool race, LightScene saved) => race ? Regatta : saved ?? Dusk;
                public static void Apply(Action<LightScene> driver, bool race) => driver(Tonight(race, null));
                public static NetworkCredential Camera(IReadOnlyDictionary<string, string> cfg)
                {
                    var cam = new PierCamera { Url = cfg["cam:url"], User = cfg["cam:user"], Password = cfg["cam:password"] };
                    return new NetworkCredential(cam.User, cam.Password); // expect: none
                }
            }
            """);

    // Hard negative. IOT1001: "an APN password that repeats the user name, the operator's published login, stays no finding";
    // IOT1004: "an APN's published login held in constants ... or set on a modem object is none": profiles in static fields
    // handed on through a choice and a fallback into an AT helper's object parameters.
    [Fact]
    public Task RT25_published_apn_logins_in_static_profiles_handed_to_an_at_helper_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public sealed class ApnProfile { public string Apn { get; set; } public string User { get; set; } public string Password { get; set; } }
            public sealed class TrackerModem
            {
                private static readonly ApnProfile Vodafone = new ApnProfile { Apn = "wap.vodafone.co.uk", User = "wap", Password = "wap" }; // expect: none
                private static readonly ApnProfile Web = new ApnProfile { Apn = "internet", User = "web", Password = "web" }; // expect: none
                public static string Cgauth(object cid, object user, object password) => string.Format("AT+CGAUTH={0},1,\"{1}\",\"{2}\"", cid, user, password);
                private string Execute(string command) => command;
                public ApnProfile Load() => null;
                public void Attach(bool roaming)
                {
                    var profile = roaming ? Vodafone : Load() ?? Web;
                    Execute(Cgauth(1, profile.User, profile.Password));
                }
            }
            """);

    // ---------- 4. a user and a password read object by object ----------

    // IOT1001/IOT1002: "a user and a password read from an options object given from elsewhere, object by object"; IOT1002
    // lists "ubnt/ubnt"; "'admin' as a user name (only password parameters are judged)": root's own password is IOT1001.
    [Fact]
    public Task RT25_basic_login_read_object_by_object_from_static_camera_objects() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class CamLogin { public string Username { get; set; } public string Password { get; set; } public string Url { get; set; } }
            public static class Poller
            {
                public static HttpRequestMessage Snapshot(CamLogin login) => Build(login.Url, login.Username, login.Password);
                private static HttpRequestMessage Build(string url, string username, string password)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, url);
                    var pair = string.Concat(username, ":", password);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(pair.ToCharArray())));
                    return request;
                }
            }
            public static class Lighthouse
            {
                public static readonly CamLogin Lantern = new CamLogin { Username = "root", Password = "Fq2-Tern-Spit", Url = "http://10.12.0.4/snap.jpg" }; // expect: IOT1001
                public static readonly CamLogin Jetty = new CamLogin { Username = "ubnt", Password = "ubnt", Url = "http://10.12.0.5/snap.jpg" }; // expect: IOT1002
                public static void Poll() { Poller.Snapshot(Lantern); Poller.Snapshot(Jetty); }
            }
            """);

    // Hard negative. IOT1002: "'admin' as a user name (only password parameters are judged)": cameras of one type whose
    // passwords are read at run time, a URL-only object and a masked log copy; the Basic helper reads the pair.
    [Fact]
    public Task RT25_basic_login_objects_with_read_passwords_and_admin_users_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Text;
            public sealed class CamLogin { public string Username { get; set; } public string Password { get; set; } public string Url { get; set; } }
            public static class Poller
            {
                public static WebRequest Snapshot(CamLogin login) => Build(login.Url, login.Username, login.Password);
                private static WebRequest Build(string url, string username, string password)
                {
                    var request = (HttpWebRequest)WebRequest.Create(url);
                    request.Headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes((username + ":" + password).ToCharArray()));
                    return request;
                }
            }
            public static class Quarry
            {
                public static readonly CamLogin Crusher = new CamLogin { Username = "admin", Password = Environment.GetEnvironmentVariable("CRUSHER_CAM_PW"), Url = "http://10.14.0.4/snap.jpg" }; // expect: none
                public static readonly CamLogin Weighbridge = new CamLogin { Url = "http://10.14.0.5/snap.jpg", Username = "viewer" }; // expect: none
                public static CamLogin Masked(CamLogin c) => new CamLogin { Url = c.Url, Username = c.Username, Password = "********" }; // expect: none
                public static void Poll() { Poller.Snapshot(Crusher); Poller.Snapshot(Weighbridge); }
            }
            """);

    // IOT1001: "`GetBytes(text.ToCharArray())`" is the text's bytes and "Basic authentication built in code ... is judged as
    // the header it produces"; IOT1006: "A Basic login built in code is judged by its password".
    [Fact]
    public Task RT25_basic_pairs_written_in_place_through_to_char_array() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class LockKeeper
            {
                public static void Authorize(HttpClient client)
                {
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("lockkeeper:Rl5-Sprocket-Idler".ToCharArray()))); // expect: IOT1001
                }
                public static void Sample(HttpClient client)
                {
                    const string pair = "lockkeeper:YOUR_LOCK_PASSWORD"; // expect: IOT1006
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair.ToCharArray())));
                }
            }
            """);

    // ---------- 5. AT helpers whose parameters are objects ----------

    // IOT1001: "AT helpers whose parameters are `object`s written by `string.Format`"; a helper's parameter written into an
    // AT command "is read once per call of the helper": an ESP AT Wi-Fi join, a SIM lock PIN and a PDP context login.
    [Fact]
    public Task RT25_at_helpers_with_object_parameters_for_wifi_sim_lock_and_pdp_login() =>
        ExpectComments.AssertAsync("""
            public sealed class OrchardModem
            {
                public static string Cwjap(object ssid, object password) => string.Format("AT+CWJAP=\"{0}\",\"{1}\"", ssid, password);
                public static string Clck(object facility, object mode, object pin) => string.Format("AT+CLCK=\"{0}\",{1},\"{2}\"", facility, mode, pin);
                public static string Qicsgp(object cid, object apn, object user, object password) => string.Format("AT+QICSGP={0},1,\"{1}\",\"{2}\",\"{3}\",1", cid, apn, user, password);
                private string Execute(string command) => command;
                public void Bring()
                {
                    Execute(Cwjap("Orchard-AP", "Ap7-Codling-Moth")); // expect: IOT1001
                    Execute(Clck("SC", 1, "6092")); // expect: IOT1001
                    Execute(Qicsgp(1, "m2m.orchard.example", "orchard", "Oq9-Kerb-Stile")); // expect: IOT1001
                }
            }
            """);

    // IOT1001/IOT1002: "`AT+CPWD`" is among the AT credential commands (a SIM PIN changed from the listed default "0000").
    [Fact]
    public Task RT25_at_helper_changing_the_sim_pin_with_object_parameters() =>
        ExpectComments.AssertAsync("""
            public sealed class BuoyModem
            {
                public static string Cpwd(object facility, object oldPin, object newPin) => string.Format("AT+CPWD=\"{0}\",\"{1}\",\"{2}\"", facility, oldPin, newPin);
                private string Execute(string command) => command;
                public void Harden() => Execute(Cpwd("SC", "0000", "7305")); // expect: IOT1001 IOT1002
            }
            """);

    // Hard negative. IOT1001 reads an AT helper's parameter where "an AT command" carries a credential: a dial string, an
    // SMS recipient, the service centre, an operator code and an APN are no secrets; a PIN given at run time is none.
    [Fact]
    public Task RT25_at_helpers_with_object_parameters_given_numbers_and_apns_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public sealed class LiftAlarmModem
            {
                public static string Atd(object number) => string.Format("ATD{0};", number);
                public static string Cmgs(object number) => string.Format("AT+CMGS=\"{0}\"", number);
                public static string Csca(object centre) => string.Format("AT+CSCA=\"{0}\",145", centre);
                public static string Cops(object mode, object oper) => string.Format("AT+COPS={0},2,\"{1}\"", mode, oper);
                public static string Cgdcont(object cid, object apn) => string.Format("AT+CGDCONT={0},\"IP\",\"{1}\"", cid, apn);
                public static string Cpin(object pin) => string.Format("AT+CPIN=\"{0}\"", pin);
                private string Execute(string command) => command;
                public void Emergency(string simPin)
                {
                    Execute(Atd("+441632960412")); // expect: none
                    Execute(Cmgs("+447700900318")); // expect: none
                    Execute(Csca("+447785016005")); // expect: none
                    Execute(Cops(1, "23415")); // expect: none
                    Execute(Cgdcont(1, "iot.1nce.net")); // expect: none
                    Execute(Cpin(simPin)); // expect: none
                }
            }
            """);

    // ---------- 6. PINs from a device's stored GUID ----------

    // IOT1005: "a PIN or password made from a device's stored GUID or UUID (`board.UGuid.GetHashCode()`,
    // `HardwareUuid.Substring(0, 8)` ...), reported once where its local is given the value".
    [Fact(Skip = "Open defect (red team 25): a PIN from a stored UUID's bytes (BitConverter.ToUInt32(board.ChipUuid.ToByteArray(), 0)) is not followed")]
    public Task RT25_pairing_pin_and_setup_passcode_from_a_stored_uuid() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class SensorBoard { public Guid ChipUuid { get; set; } public string StoredUuid { get; set; } }
            public static class Commissioning
            {
                public static string PairingPin(SensorBoard board)
                {
                    var pairingPin = (BitConverter.ToUInt32(board.ChipUuid.ToByteArray(), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
                public static string SetupPasscode(SensorBoard board)
                {
                    var setupPasscode = board.StoredUuid.Replace("-", "").Substring(24, 8).ToUpperInvariant(); // expect: IOT1005
                    return setupPasscode;
                }
            }
            """);

    // Hard negative. IOT1005: "a fresh `Guid.NewGuid()` is random, not public"; a stored GUID used as a correlation id, a
    // client id or a topic is no password ("It looks where a password is built").
    [Fact]
    public Task RT25_stored_guids_as_correlation_ids_and_fresh_guid_pins_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public sealed class SensorBoard { public Guid ChipUuid { get; set; } public string StoredUuid { get; set; } }
            public static class Telemetry
            {
                public static string Correlation(SensorBoard board) { var correlationId = board.ChipUuid.ToString("N"); return correlationId; } // expect: none
                public static string Topic(SensorBoard board) { var statusTopic = "kilns/" + board.StoredUuid.Substring(0, 8) + "/status"; return statusTopic; } // expect: none
                public static MqttClientOptionsBuilder Client(SensorBoard board) => new MqttClientOptionsBuilder().WithClientId(board.ChipUuid.ToString()).WithTcpServer("broker.kiln.local", 8883); // expect: none
                public static string GuestPin() { var guestPin = (Math.Abs(Guid.NewGuid().GetHashCode()) % 10000).ToString("D4"); return guestPin; } // expect: none
            }
            """);

    // ---------- 7. System.Random picking from a string or an array ----------

    // IOT3005: "a character or an element picked from a string or an array by the random index ... is followed to where the
    // buffer goes"; IOT1005: "a password, passcode or PIN made by it stays here".
    [Fact(Skip = "Open defect (red team 25): a password built from characters System.Random picks into a buffer (hotspotPassword = new string(buf)) is IOT3005, not IOT1005")]
    public Task RT25_random_picks_into_a_reset_token_and_a_hotspot_password() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Rover
            {
                private const string Alphabet = "abcdefghijkmnopqrstuvwxyz23456789";
                private static readonly char[] Symbols = { 'A', 'C', 'E', 'H', 'K', 'M', 'R', 'T', 'W', 'X' };
                private static readonly Random Rng = new Random();
                public static string ResetToken() { var buf = new char[20]; for (var i = 0; i < buf.Length; i++) buf[i] = Symbols[Rng.Next(Symbols.Length)]; var resetToken = new string(buf); return resetToken; } // expect: IOT3005
                public static string HotspotPassword() { var buf = new char[12]; for (var i = 0; i < buf.Length; i++) buf[i] = Alphabet[Rng.Next(Alphabet.Length)]; var hotspotPassword = new string(buf); return hotspotPassword; } // expect: IOT1005
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; a random server, a
    // colour, a tip of the day, a simulated plate and an SSID suffix (a network's public name) are no security values.
    [Fact]
    public Task RT25_random_picks_of_servers_colours_and_simulated_plates_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class CarParkSim
            {
                private static readonly string[] NtpPool = { "0.pool.ntp.org", "1.pool.ntp.org", "2.pool.ntp.org" };
                private static readonly string[] Tips = { "Pay at the barrier", "Level 2 is for permits", "EV bays on level 0" };
                private const string PlateLetters = "ABCDEFGHJKLMNPRSTUVWXYZ";
                private static readonly Random Rng = new Random();
                public static string Server() { var ntpServer = NtpPool[Rng.Next(NtpPool.Length)]; return ntpServer; } // expect: none
                public static string Tip() => Tips[Rng.Next(Tips.Length)]; // expect: none
                public static string Colour() { var hex = new char[6]; for (var i = 0; i < 6; i++) hex[i] = "0123456789ABCDEF"[Rng.Next(16)]; var bayLedColour = new string(hex); return bayLedColour; } // expect: none
                public static string SimulatedPlate() { var letters = new char[3]; for (var i = 0; i < 3; i++) letters[i] = PlateLetters[Rng.Next(PlateLetters.Length)]; var simulatedPlate = "KX" + Rng.Next(10, 99) + " " + new string(letters); return simulatedPlate; } // expect: none
                public static string Ssid() { var tail = new char[4]; for (var i = 0; i < 4; i++) tail[i] = PlateLetters[Rng.Next(PlateLetters.Length)]; var hotspotSsid = "CarPark-" + new string(tail); return hotspotSsid; } // expect: none
            }
            """);

    // ---------- 8. garage, barrier, bollard, turnstile, hatch, shutter and exit codes ----------

    // IOT1004: "codes that open a garage, a barrier, a bollard, a turnstile, a hatch or a shutter ..., and an exit's release
    // (`EmergencyExitReleaseCode` ...), are access codes"; IOT1002: "A listed default so checked (`"1234"`)".
    [Fact]
    public Task RT25_shutter_hatch_turnstile_bollard_and_fire_exit_codes_are_access_codes() =>
        ExpectComments.AssertAsync("""
            public static class DepotPanel
            {
                private const string RollerShutterOpenCode = "83021"; // expect: IOT1004
                private const string RoofHatchCode = "6614"; // expect: IOT1004
                private const string StaffTurnstileCode = "270519"; // expect: IOT1004
                private const string FireExitReleaseCode = "5512"; // expect: IOT1004
                private const string LoadingBollardCode = "1234"; // expect: IOT1002
                public static bool Accept(string typed) =>
                    typed == RollerShutterOpenCode || typed == RoofHatchCode || string.Equals(typed.Trim(), StaffTurnstileCode) ||
                    typed is FireExitReleaseCode || typed == LoadingBollardCode;
            }
            """);

    // Hard negative. IOT1004: "A code named for what a device reports (`KeySafeFaultCode`, `LockerErrorCode`) is no access
    // code whatever it reports on"; "a firmware's, bootloader's or kernel's release code (`FwReleaseCode`) is a version";
    // "an `ExitCode` is a process's status"; "`LedPin`, `RelayPin` stay GPIO pins".
    [Fact]
    public Task RT25_fault_error_release_and_exit_codes_beside_garages_and_barriers_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class DepotDiagnostics
            {
                private const string BollardFaultCode = "4402"; // expect: none
                private const string TurnstileErrorCode = "7013"; // expect: none
                private const string GarageDoorAlarmEventCode = "3107"; // expect: none
                private const string KernelReleaseCode = "5150"; // expect: none
                private const string FwReleaseCode = "2410"; // expect: none
                private const string BarrierDaemonExitCode = "1403"; // expect: none
                private const string ShutterRelayPin = "GPIO17"; // expect: none
                public static bool Known(string received) =>
                    received == BollardFaultCode || received == TurnstileErrorCode || received == GarageDoorAlarmEventCode ||
                    received == KernelReleaseCode || received == FwReleaseCode || received.Trim() == BarrierDaemonExitCode || received == ShutterRelayPin;
            }
            """);

    // ---------- 9. names joining alternatives with Or ----------

    // IOT1001: "a member named for two alternatives joined by `Or` (`CertificateKeyFileNameOrPassword`) is a secret's when
    // either is"; IOT1004 for the value that reaches no API, compared as an access code or not.
    [Fact]
    public Task RT25_names_joining_a_password_or_a_token_with_or_are_secrets() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography.X509Certificates;
            public static class DredgerLink
            {
                private const string BrokerTokenOrPassword = "Dg6-Silt-Weir-Spud"; // expect: IOT1004
                private static string PfxPathOrPassword => "Dg7-Silt-Weir-Spud"; // expect: IOT1001
                public static X509Certificate2 Certificate() => new X509Certificate2("dredger.pfx", PfxPathOrPassword);
            }
            """);

    // Hard negative. IOT1001: "Alternatives that are neither (`HostOrAddress`) stay plain" (corpus twenty-two); IOT1004:
    // "`PasswordLabel`, `ApiKeyHeaderName`, `TokenUrl` ... are not secrets", "a board's pin label under a pin name (`"PA5"`)".
    [Fact]
    public Task RT25_names_joining_alternatives_that_are_labels_headers_urls_or_pins_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class CraneConsole
            {
                private const string ColorOrPattern = "#FFAA00"; // expect: none
                private const string HostOrAddress = "crane-7.local"; // expect: none
                private const string PasswordOrPinLabel = "Password / PIN"; // expect: none
                private const string PasswordOrTokenHeaderName = "X-Crane-Auth"; // expect: none
                private const string TokenOrSecretUrl = "https://auth.crane.example/oauth/token"; // expect: none
                private const string LedPinOrChannel = "PA5"; // expect: none
                private const string ErrorOrPasswordExpiredCode = "E41"; // expect: none
                public static string Describe() => string.Join(";", ColorOrPattern, HostOrAddress, PasswordOrPinLabel, PasswordOrTokenHeaderName, TokenOrSecretUrl, LedPinOrChannel, ErrorOrPasswordExpiredCode);
            }
            """);

    // Hard negative. Same docs: an Or property of an options type whose values are hosts and colours, read at a sink's
    // non-secret parameter; a placeholder under an Or name is IOT1006 ("A template value reaching a credential sink").
    [Fact]
    public Task RT25_or_properties_of_options_types_written_with_hosts_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class WinchOptions { public string HostOrAddress { get; set; } public string UserOrClientId { get; set; } public string PasswordOrToken { get; set; } }
            public static class Winch
            {
                public static MqttClientOptionsBuilder Build(WinchOptions o) => new MqttClientOptionsBuilder().WithTcpServer(o.HostOrAddress, 1883).WithClientId(o.UserOrClientId).WithCredentials(o.UserOrClientId, o.PasswordOrToken);
                public static WinchOptions Bow() => new WinchOptions { HostOrAddress = "10.40.0.8", UserOrClientId = "winch-bow" }; // expect: none
                public static WinchOptions Template() => new WinchOptions { HostOrAddress = "broker.example.com", UserOrClientId = "winch", PasswordOrToken = "<password-or-token>" }; // expect: IOT1006
            }
            """);

    // ---------- 10. a local declared before and filled by TryGetValue ----------

    // IOT1001 (red team 24 fixes): "a local declared before and filled by `TryGetValue(key, out local)` is read like out
    // var"; "A credential received from a library (an MQTT broker's `e.Password`) is an API: that is IOT1001".
    [Fact]
    public Task RT25_try_get_value_into_an_earlier_local_with_the_result_kept_first() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using MQTTnet.Server;
            using nanoFramework.Networking;
            public static class FlumeBroker
            {
                private static readonly Dictionary<string, string> Gauges = new Dictionary<string, string>
                {
                    ["flume-1"] = "Fl7-Weir-Sluice", // expect: IOT1001
                };
                public static void Validate(ValidatingConnectionEventArgs e)
                {
                    string row;
                    var found = Gauges.TryGetValue(e.UserName, out row);
                    if (!found || !string.Equals(row, e.Password)) e.ReasonCode = 134;
                }
                public static bool Join(IReadOnlyDictionary<string, string> cfg)
                {
                    string wlan;
                    if (!cfg.TryGetValue("tunnel.wlan.secret", out wlan)) wlan = "Gn4-Polytunnel-Vent"; // expect: IOT1001
                    return WifiNetworkHelper.ConnectDhcp("Tunnel-2", wlan);
                }
            }
            """);

    // Hard negative. IOT1002/IOT1001 judge password parameters and "the expected side of a password comparison": a table
    // compared with the client's user name, a colour table and an SSID default filled by TryGetValue are no logins.
    [Fact]
    public Task RT25_try_get_value_into_locals_that_are_not_logins_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using MQTTnet.Server;
            using nanoFramework.Networking;
            public static class FlumeSite
            {
                private static readonly Dictionary<string, string> Prefixes = new Dictionary<string, string> { ["gate-a"] = "flume-gate-a", ["gate-b"] = "admin" }; // expect: none
                private static readonly Dictionary<string, string> Themes = new Dictionary<string, string> { ["night"] = "#102040" }; // expect: none
                public static void Validate(ValidatingConnectionEventArgs e)
                {
                    string expectedUser;
                    if (!Prefixes.TryGetValue(e.ClientId, out expectedUser) || e.UserName != expectedUser) e.ReasonCode = 135;
                }
                public static string Colour(string name)
                {
                    string colour;
                    if (!Themes.TryGetValue(name, out colour)) colour = "#00AA55"; // expect: none
                    return colour;
                }
                public static bool Join(IReadOnlyDictionary<string, string> cfg)
                {
                    string ssid;
                    if (!cfg.TryGetValue("wifi.ssid", out ssid)) ssid = "Flume-Site-2"; // expect: none
                    return WifiNetworkHelper.ConnectDhcp(ssid, cfg["wifi.psk"]);
                }
            }
            """);

    // ---------- 11. participles and Bluetooth addresses ----------

    // IOT1005: "PINs and codes made from ... a Bluetooth address (broadcast over the air)"; the fix names bluetoothAddr and
    // blePeerAddress.
    [Fact]
    public Task RT25_passkeys_from_bluetooth_addresses_in_short_spellings() =>
        ExpectComments.AssertAsync("""
            public static class HoistRemote
            {
                public static uint Passkey(ulong bluetoothAddr) { uint passkey = (uint)(bluetoothAddr % 1000000UL); return passkey; } // expect: IOT1005
                public static string PairingPin(ulong blePeerAddress) { var pairingPin = ((blePeerAddress >> 8) % 10000UL).ToString("D4"); return pairingPin; } // expect: IOT1005
            }
            """);

    // Hard negative. IOT1005: "A whole number named by a participle (`int provisioned`, `int stored`) is no unit's number";
    // the fix adds irregular ones (kept, given, written); others of the same kind, and a Bluetooth address shown as a label.
    [Fact]
    public Task RT25_pins_from_numbers_named_by_irregular_participles_and_address_labels_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class HoistSettings
            {
                public static string ChosenPin(int chosen) => chosen.ToString("D4"); // expect: none
                public static string HeldPin(int held) => held.ToString("D4"); // expect: none
                public static string DrawnPin(int drawn) => drawn.ToString("D6"); // expect: none
                public static string SentPin(int sent) => sent.ToString("D4"); // expect: none
                public static string AddressLabel(ulong bluetoothAddr) { var bleAddrLabel = bluetoothAddr.ToString("X12"); return bleAddrLabel; } // expect: none
            }
            """);

    // ---------- 12. more hard negatives in the new spellings ----------

    // Hard negative. IOT1001: header sinks judge the value "when the header is Authorization, X-API-Key ...": a header's name
    // kept by tuple deconstruction is no key, and the key itself comes from the environment.
    [Fact]
    public Task RT25_a_header_name_kept_by_tuple_deconstruction_is_no_key() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public sealed class SnowGaugeUplink
            {
                private readonly string _headerName, _apiKey, _station;
                public SnowGaugeUplink(string headerName, string apiKey, string station) => (_headerName, _apiKey, _station) = (headerName, apiKey.Trim(), station);
                public HttpRequestMessage Post() { var m = new HttpRequestMessage(HttpMethod.Post, "https://snow.example/v1/" + _station); m.Headers.Add(_headerName, _apiKey); return m; }
            }
            public static class Pass
            {
                public static HttpRequestMessage Col() => new SnowGaugeUplink("X-API-Key", Environment.GetEnvironmentVariable("SNOW_KEY") ?? "", "col-du-lac-2").Post(); // expect: none
            }
            """);

    // Hard negative. IOT1001 judges "each caller's literal"; an open network's empty password and a password read at run
    // time given to the AT helper's object parameters are no secrets; an SSID is public.
    [Fact]
    public Task RT25_at_wifi_join_helper_given_an_open_network_and_a_read_password_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class KioskModem
            {
                public static string Cwjap(object ssid, object password) => string.Format("AT+CWJAP=\"{0}\",\"{1}\"", ssid, password);
                private string Execute(string command) => command;
                public void Join(IReadOnlyDictionary<string, string> cfg)
                {
                    Execute(Cwjap("Harbour-Cafe-Guest", "")); // expect: none
                    Execute(Cwjap("Harbour-Ops", cfg["wifi:ops:password"])); // expect: none
                }
            }
            """);

    // Hard negative. IOT1004: "Several `...Code` constants dispatched by one switch are a menu's selections, not access
    // codes": garage, barrier and shutter commands of a remote's menu, whose words are now access words.
    [Fact(Skip = "Open defect (red team 25): several ...Code constants dispatched by one switch statement are reported as access codes (the menu exemption misses this switch; the same with DoorOpenCode and GateRaiseCode)")]
    public Task RT25_garage_barrier_and_shutter_command_codes_dispatched_by_one_switch_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class YardRemote
            {
                private const string GarageOpenCode = "1101"; // expect: none
                private const string GarageCloseCode = "1102"; // expect: none
                private const string BarrierRaiseCode = "1103"; // expect: none
                private const string ShutterStopCode = "1104"; // expect: none
                public static string Dispatch(string received)
                {
                    switch (received)
                    {
                        case GarageOpenCode: return "garage:open";
                        case GarageCloseCode: return "garage:close";
                        case BarrierRaiseCode: return "barrier:raise";
                        case ShutterStopCode: return "shutter:stop";
                        default: return "unknown";
                    }
                }
            }
            """);

    // ---------- 13. crashes on half-typed code, and cost ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Generic; using System.Linq; using System.Net; using System.Net.Http; using System.Net.Http.Headers; using System.Text;
        using MQTTnet.Client; using MQTTnet.Server; using nanoFramework.Networking;
        namespace Opc.Ua { public interface IUserIdentity { } public class UserIdentity : IUserIdentity { public UserIdentity(string username, string password) { } } }
        namespace InfluxDB.Client { public class InfluxDBClient { public InfluxDBClient(string url, string token) { } } }
        namespace Depot.Device
        {
            using InfluxDB.Client; using UaIdentity = Opc.Ua.UserIdentity;
            public sealed class UserIdentity { public UserIdentity(string username, string title) { } }
            public sealed class CamLogin { public string Username { get; set; } public string Password { get; set; } public string Url { get; set; } public string ColorOrPattern { get; set; } }
            public sealed class Board { public Guid ChipUuid { get; set; } public string StoredUuid { get; set; } }
            public abstract class Metrics { private readonly InfluxDBClient _c; protected Metrics(string url, string token) => _c = new InfluxDBClient(url, token); }
            public sealed class Yard() : Metrics(token: "Yd4bRt-trDRod25DBJzSVLbxbkH-cSAUyard", url: "https://influx.yard.local:8086");
            public partial class Shed : Metrics { }
            public partial class Shed { public Shed() : base("https://influx.yard.local:8086", "Sh4bRt-trDRod25DBJzSVLbxbkH-cSAUshed") { } }
            public sealed class Link
            {
                private readonly string _user, _password; private string _apiKey = string.Empty, _token = null;
                public Link(string user, string password, string apiKey = null) { apiKey ??= ""; (_user, _password) = (user.Trim(), password?.Trim()); if (apiKey.Length > 0) _apiKey = apiKey; }
                public void SetToken(string token) { if (token != null) _token = token.TrimEnd(); }
                public NetworkCredential Credential() => new NetworkCredential(_user, _password);
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithCredentials(_apiKey, _token);
            }
            public static class Depot
            {
                private static readonly CamLogin Gate = new CamLogin { Username = "root", Password = "Dp3-Gantry-Bay", Url = "http://10.0.0.4/snap.jpg", ColorOrPattern = "#FF0000" };
                private static readonly CamLogin Yard2 = new CamLogin { Username = "ubnt", Password = "ubnt", Url = "http://10.0.0.5/snap.jpg" };
                private static readonly Dictionary<string, string> Gauges = new Dictionary<string, string> { ["g1"] = "Dp4-Gantry-Bay" };
                private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789", GarageCloseCode = "4658", FwReleaseCode = "2410", EmergencyExitReleaseCode = "5090", PfxPathOrPassword = "Dp5-Gantry-Bay";
                private static readonly Random Rng = new Random();
                public static CamLogin Pick(bool bench, CamLogin loaded) => bench ? Gate : loaded ?? Yard2;
                public static HttpRequestMessage Snap(CamLogin c) => Basic(c.Url, c.Username, c.Password);
                private static HttpRequestMessage Basic(string url, string user, string password) { var m = new HttpRequestMessage(HttpMethod.Get, url); m.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes((user + ":" + password).ToCharArray()))); return m; }
                public static string Cwjap(object ssid, object password) => string.Format("AT+CWJAP=\"{0}\",\"{1}\"", ssid, password);
                public static string Cpwd(object fac, object oldPin, object newPin) => string.Format("AT+CPWD=\"{0}\",\"{1}\",\"{2}\"", fac, oldPin, newPin);
                public static string Pin(Board b) { var pairingPin = (BitConverter.ToUInt32(b.ChipUuid.ToByteArray(), 0) % 1000000).ToString("D6"); var guestPin = (Guid.NewGuid().GetHashCode() % 10000).ToString("D4"); return pairingPin + b.StoredUuid.Substring(0, 8) + guestPin; }
                public static string Token() { var buf = new char[20]; for (var i = 0; i < buf.Length; i++) buf[i] = Alphabet[Rng.Next(Alphabet.Length)]; var resetToken = new string(buf); return resetToken; }
                public static bool Accept(string typed) => typed == GarageCloseCode || typed == FwReleaseCode || typed is EmergencyExitReleaseCode || typed == PfxPathOrPassword;
                public static void Validate(ValidatingConnectionEventArgs e) { string row; var found = Gauges.TryGetValue(e.UserName, out row); if (!found || row != e.Password) e.ReasonCode = 134; }
                public static bool Join(IReadOnlyDictionary<string, string> cfg) { string wlan; if (!cfg.TryGetValue("w", out wlan)) wlan = "Dp6-Gantry-Bay"; return WifiNetworkHelper.ConnectDhcp("Depot", wlan); }
                public static uint Passkey(ulong bluetoothAddr, ulong blePeerAddress, int kept) { uint passkey = (uint)((bluetoothAddr ^ blePeerAddress) % 1000000UL); return passkey + (uint)kept; }
                public static object Ua() => new UaIdentity("op", "Dp7-Gantry-Bay");
                public static object Badge() => new UserIdentity("Night", "Shift lead");
                public static string Run() => Cwjap("Depot-AP", "Dp8-Gantry-Bay") + Cpwd("SC", "0000", "7305") + new Link(" admin ", " Dp9-Gantry-Bay ", "Dq1-Gantry-Bay").Credential();
            }
        }
        """";

    // The shapes compile whole (so the cuts exercise the session's code paths, not only the parser's recovery).
    [Fact]
    public void RT25_session_shapes_compile()
    {
        AnalyzerRunner.AssertCompilesAgainstLibraries(SessionShapes);
    }

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor": every cut of the
    // session's shapes, and every copy with a few characters removed.
    [Fact]
    public async Task RT25_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        _out.WriteLine($"{await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 37, removed: 5)} sources");

    // Hand-picked half-typed forms of the session's shapes as an editor sees them, and forms the compiler rejects.
    [Fact]
    public Task RT25_no_analyzer_throws_on_half_typed_session_forms() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """class L { string _u, _p; L(string u, string p) => (_u, _p) = (u.Trim(), ); L(string u) => (_u, _p, ) = (u, "x"); L() => (_u, _p) = ; System.Net.NetworkCredential C() => new System.Net.NetworkCredential(_u, _p); }""",
            """class L { string _p = ; string _k = string.; void S(string p) { if (p != null) _p = p.Trim(; } void K(string k) { k ??= ; _k = k; } void T(string t) { t ??= "" _k = t; } object O() => new System.Net.NetworkCredential("u", _p); }""",
            """abstract class M { protected M(string url, string token) { } } class Y() : M(token: , url: "u"); class Z() : M("u", ); class W() : M(; partial class P { P() : base("u", "Kq1-x") { } } partial class P : { } partial class Q { Q() : base(, ) { } }""",
            """namespace Opc.Ua { class UserIdentity { public UserIdentity(string u, string p) { } } } namespace T { using A = Opc.Ua.UserIdentity; class UserIdentity { } class C { object X() => new A("u", ); object Y() => new UserIdentity("a", "b"); Opc.Ua.UserIdentity Z() => new(, "p"); object W() => new Opc.Ua.(); } }""",
            """class O { public string User { get; set; } public string Password { get; set; } } class S { static readonly O A = new O { User = "u", Password = }; static readonly O B = new O { Password = "Kq2-x", , }; static O L() => null; object P(bool b) => b ? A : L() ?? ; object Q(bool b) => b ? : B; static O C; void R() { C = ; C = A ?? B; } object N() => new System.Net.NetworkCredential(C.User, C.); }""",
            """class O { public string Username { get; set; } public string Password { get; set; } } static class B { static readonly O A = new O { Username = "root", Password = "Kq3-x" }; static object F(O o) => H(o.Username, o.); static object H(string user, string password) => System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes((user + ":" + password).ToCharArray(); static object G() => System.Text.Encoding.UTF8.GetBytes("a:b".ToCharArray(0, )); }""",
            """class M { static string Cpwd(object a, object b, object c) => string.Format("AT+CPWD=\"{0}\",\"{1}\",\"{2}\"", a, b, ); static string Cwjap(object s, object p) => string.Format("AT+CWJAP=\"{0}\",\"{1}\"", s, p; static string Clck(object f, object m, object pin) => string.Format(, f, m, pin); void R() { Cpwd("SC", , "7305"); Cwjap(, "Kq4-x"); Clck("SC", 1, ); string.Format("AT+CPIN=\"{0}\"", ); } }""",
            """class B { public System.Guid ChipUuid { get; set; } public string StoredUuid; } class M { string A(B b) { var pairingPin = (System.BitConverter.ToUInt32(b.ChipUuid.ToByteArray(), ) % 1000000).ToString("D6"); var setupPasscode = b.StoredUuid.Substring(0, ; var guestPin = System.Guid.NewGuid().; var claimPin = b.UGuid.GetHashCode(); return ; } }""",
            """class M { const string Alphabet = "abc"; static readonly System.Random R = new(); string T() { var buf = new char[]; for (var i = 0; i < buf.Length; i++) buf[i] = Alphabet[R.Next(]; var resetToken = new string(buf; var pin = Alphabet[R.Next(Alphabet.Length)] + ; char c = "RGB"[R.]; return resetToken; } }""",
            """class M { const string GarageCloseCode = ; const string CarParkBarrierCode = "8127"; const string FwReleaseCode = "2410"; const string EmergencyExitReleaseCode = "5090", ; bool A(string t) => t == GarageCloseCode || t is EmergencyExitReleaseCode or ; bool B(string t) => t switch { CarParkBarrierCode => , FwReleaseCode => false }; bool C(string t) => t == BollardExitCode; }""",
            """class M { const string KeyFileNameOrPassword = ; const string ColorOrPattern = "#fff"; string PasswordOr => "x"; string OrPassword = "y"; string Or = "z"; string PasswordOrOr = "w"; string OrOrOr = ""; object X() => new System.Security.Cryptography.X509Certificates.X509Certificate2("a.pfx", KeyFileNameOrPassword); }""",
            """class M { void V(MQTTnet.Server.ValidatingConnectionEventArgs e, System.Collections.Generic.Dictionary<string, string> d) { string row; var found = d.TryGetValue(e.UserName, out row; if (!found || row != ) e.ReasonCode = 1; string w; if (!d.TryGetValue(, out w)) w = ; d.TryGetValue("k", out ); d.TryGetValue("k", out M.x); } }""",
            """class M { static uint A(ulong bluetoothAddr) { uint passkey = (uint)(bluetoothAddr % ); return passkey; } static string B(ulong blePeerAddress) => ((blePeerAddress >> ) % 10000UL).ToString("D4"; static string C(int kept) => kept.ToString(; static string D(int given, int written) => $"{given:}{written}"; }""",
        });

    // DESIGN (cost guards, as red team 17): 300 camera objects of one options type in static fields, each handed on to one
    // Basic helper that reads the user and the password object by object, must not cost more than the same objects whose
    // helper reads a non-secret property.
    private static string ManyCameraObjects(bool password, int objects)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net; using System.Text;");
        sb.AppendLine("public sealed class CamLogin { public string Username { get; set; } public string Password { get; set; } public string Url { get; set; } public string Site { get; set; } }");
        sb.AppendLine("public static class Poller {");
        sb.AppendLine($"  public static WebRequest Snapshot(CamLogin login) => Build(login.Url, login.Username, login.{(password ? "Password" : "Site")});");
        sb.AppendLine("  static WebRequest Build(string url, string username, string password) { var r = (HttpWebRequest)WebRequest.Create(url); r.Headers[\"Authorization\"] = \"Basic \" + Convert.ToBase64String(Encoding.UTF8.GetBytes((username + \":\" + password).ToCharArray())); return r; }");
        sb.AppendLine("}");
        sb.AppendLine("public static class Fleet {");
        for (var i = 0; i < objects; i++)
        {
            sb.AppendLine($"  public static readonly CamLogin C{i} = new CamLogin {{ Username = \"viewer{i}\", Password = \"Quay-Bollard-{i}x\", Url = \"http://10.9.{i / 250}.{i % 250}/snap.jpg\", Site = \"site-{i}\" }};");
        }

        for (var i = 0; i < objects; i++)
        {
            sb.AppendLine($"  public static WebRequest P{i}(CamLogin loaded, bool bench) => Poller.Snapshot(bench ? C{i} : loaded ?? C{(i * 7) % objects});");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT25_many_camera_objects_in_static_fields_read_by_one_basic_helper()
    {
        await CostGuards.TimeAsync(ManyCameraObjects(password: true, 4));
        var baseline = await CostGuards.TimeAsync(ManyCameraObjects(password: false, 300));
        var followed = await CostGuards.TimeAsync(ManyCameraObjects(password: true, 300));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
