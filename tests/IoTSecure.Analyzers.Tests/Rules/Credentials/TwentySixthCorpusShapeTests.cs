using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-sixth unseen corpus found missing, each with its hard negatives: a row of the team's table of
/// logins looked up and compared by its own code; an interface's credential property read inside a Basic value; a getter
/// that chooses a written fallback beside a setter that stores; methods that return one written value (partial, instance,
/// static); a setter method's parameter stored in a credential-named member whatever the parameter is called; a numeric
/// PIN made from the clock under a name that may be a hardware pin's. Labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>).
/// </summary>
public class TwentySixthCorpusShapeTests
{
    // IOT1004: "an unlisted password in a table of logins ... that the team's code checks, reported under the table's name";
    // looked up by TryGetValue or an indexer and compared. A table not named as logins stays the comparison's (IOT1001).
    [Fact]
    public Task Rows_of_a_login_table_looked_up_and_compared_are_the_tables() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class PumpHmi
            {
                private static readonly Dictionary<string, string> HmiLogins = new()
                {
                    ["pumper"] = "Sucker-Rod-4455", // expect: IOT1004
                    ["engineer"] = "Dyno-Card-Gauge91", // expect: IOT1004
                };
                private static readonly Dictionary<string, string> OperatorPasswords = new Dictionary<string, string>
                {
                    { "night", "Flow-Line-7731" }, // expect: IOT1004
                };
                private static readonly Dictionary<string, string> Shifts = new() { { "night", "Casing-Head-2290" } }; // expect: IOT1001
                private static readonly Dictionary<string, string> LoginLabels = new() { ["pumper"] = "Pumper on duty" }; // expect: none
                public bool Hmi(string user, string password) => HmiLogins.TryGetValue(user, out var expected) && expected == password;
                public bool Operator(string user, string password) => OperatorPasswords.ContainsKey(user) && OperatorPasswords[user] == password;
                public bool Shift(string user, string password) => Shifts.TryGetValue(user, out var expected) && expected == password;
                public string Label(string user) => LoginLabels[user];
            }
            """);

    // IOT1001: "an interface's property read at a sink ... takes what the implementing class's getter writes", also inside
    // a Basic value built with string.Format and Base64 (RFC 7617 user-id ":" password). The getter reads the stored
    // setting and falls back to a written password: the fallback ships in the code.
    [Fact]
    public Task An_interfaces_password_read_inside_a_basic_value_takes_the_implementing_getters_fallback() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public interface IPortalSettings { string Username { get; set; } string Password { get; set; } string Host { get; } }
            public sealed class RoamingPortalSettings : IPortalSettings
            {
                private readonly Dictionary<string, object> _values = new();
                public string Username
                {
                    get { return _values.TryGetValue("Username", out var u) ? u.ToString() : "administrator"; } // expect: none
                    set { _values["Username"] = value; }
                }
                public string Password
                {
                    get
                    {
                        return !_values.ContainsKey("Password") ?
                            "k7@Bw2rQx-portal" // expect: IOT1001
                            : _values["Password"].ToString();
                    }
                    set { _values["Password"] = value; }
                }
                public string Host => "minwinpc"; // expect: none
            }
            public sealed class PortalClient
            {
                public static void Authorize(HttpClient client, IPortalSettings settings)
                {
                    var bytes = Encoding.ASCII.GetBytes(string.Format("{0}:{1}", settings.Username, settings.Password));
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(bytes));
                }
            }
            """);

    // Hard negative. The same shapes where the getters write no secret: the fallback is empty, or the password is read
    // from the environment; a settings key is a key.
    [Fact]
    public Task Interface_getters_that_write_no_secret_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public interface IPortalSettings { string Username { get; set; } string Password { get; set; } }
            public sealed class EnvPortalSettings : IPortalSettings
            {
                private readonly Dictionary<string, object> _values = new();
                public string Username { get => _values.TryGetValue("Username", out var u) ? u.ToString() : "admin-portal"; set => _values["Username"] = value; } // expect: none
                public string Password
                {
                    get { return _values.ContainsKey("Password") ? _values["Password"].ToString() : Environment.GetEnvironmentVariable("PORTAL_PASSWORD") ?? ""; } // expect: none
                    set { _values["Password"] = value; }
                }
            }
            public sealed class PortalClient
            {
                public static void Authorize(HttpClient client, IPortalSettings settings) =>
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.ASCII.GetBytes($"{settings.Username}:{settings.Password}")));
            }
            """);

    // IOT1001: values are followed "through helpers anywhere in the compilation"; a method returning one written value is
    // held by its name (IOT1001 at the literal), in whatever form it is called: a partial method whose implementing part
    // holds the token (the git-ignored half of a Secrets class), an instance method, a static one, a local function; the
    // team's client built with it by target-typed new and a named argument.
    [Fact]
    public Task Methods_returning_one_written_token_are_followed_to_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class FeedClient(string baseUrl, string token)
            {
                private readonly HttpClient _http = new();
                public void Authorize() => _http.DefaultRequestHeaders.Authorization = new("Token", token);
            }
            public partial class Secrets
            {
                public partial string FeedToken();
                public string BackupToken() => "Bq7-rR2xW9mK4pT6vY8zL1nC3"; // expect: IOT1001
                public static string LabToken() { return "Lq7-rR2xW9mK4pT6vY8zL1nC4"; } // expect: IOT1001
                public string FeedUrl() => "https://feed.example:8086"; // expect: none
            }
            public partial class Secrets
            {
                public partial string FeedToken() => "Fq7-rR2xW9mK4pT6vY8zL1nC2"; // expect: IOT1001
            }
            public static class Wiring
            {
                public static FeedClient Main() { var secrets = new Secrets(); return new FeedClient(secrets.FeedUrl(), secrets.FeedToken()); }
                public static FeedClient Backup(Secrets secrets) => new(secrets.FeedUrl(), token: secrets.BackupToken());
                public static FeedClient Lab() => new FeedClient("https://lab.example", Secrets.LabToken());
                public static FeedClient Local()
                {
                    string Token() => "Tq7-rR2xW9mK4pT6vY8zL1nC5"; // expect: IOT1001
                    return new FeedClient("https://local.example", Token());
                }
            }
            """);

    // Hard negative. A helper that returns what its caller passes (a vault stub's lookup key, an identity) is not a
    // written value: the caller's argument is a key or a name, not the password.
    [Fact]
    public Task Helpers_returning_their_callers_arguments_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Vault { public static string Read(string name) => name; public static string Echo(string secret) => secret.Trim(); }
            public sealed class Share
            {
                public NetworkCredential Credential { get; }
                public Share(string user, string passwordKey) => Credential = new NetworkCredential(user, Vault.Read(passwordKey));
            }
            public static class Mounts
            {
                public static Share Nas() => new Share("svc", "share/nas.password"); // expect: none
                public static NetworkCredential Probe(string typed) => new NetworkCredential("probe", Vault.Echo(typed));
            }
            """);

    // IOT1001: a setter method's parameter "followed to its callers like a constructor's" (a static class's Configure(ssid,
    // password)); the member it is stored in names what it carries: an SNMPv3 helper's Initialize(user, auth, priv) storing
    // AuthPassword and PrivPassword, read at the authentication and privacy providers.
    [Fact]
    public Task A_setter_methods_parameter_stored_in_a_password_member_carries_its_callers_text() =>
        ExpectComments.AssertAsync("""
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Security;
            internal static class SnmpV3
            {
                public static string Username;
                public static string AuthPassword;
                public static string PrivPassword;
                public static void Initialize(string user, string auth, string priv)
                {
                    Username = user;
                    AuthPassword = auth;
                    PrivPassword = priv;
                }
                public static IPrivacyProvider Privacy()
                {
                    var auth = new SHA256AuthenticationProvider(new OctetString(AuthPassword));
                    return new AESPrivacyProvider(new OctetString(PrivPassword), auth);
                }
            }
            internal static class Startup
            {
                public static void Run()
                {
                    SnmpV3.Initialize("nias", "Tv3-Arp-Walk-Harbor", // expect: IOT1001
                        priv: "R9q#Fdb_Lantern_42"); // expect: IOT1001
                }
            }
            """);

    // Hard negative. The same setter storing into members not named as credentials (a user name, a context name, a
    // community's OID) passes no password, and a password member stored from a lookup of a key is the lookup's.
    [Fact]
    public Task A_setter_storing_into_non_credential_members_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Security;
            internal static class SnmpV3
            {
                public static string Username;
                public static string ContextName;
                public static string AuthPassword;
                public static void Initialize(string user, string context, string authVariable)
                {
                    Username = user;
                    ContextName = context;
                    AuthPassword = Environment.GetEnvironmentVariable(authVariable);
                }
                public static IAuthenticationProvider Auth() => new SHA256AuthenticationProvider(new OctetString(AuthPassword));
            }
            internal static class Startup
            {
                public static void Run() => SnmpV3.Initialize("nias-monitor", "core-switch-ctx", "SNMP_AUTH_PASSPHRASE"); // expect: none none none
            }
            """);

    // IOT1005: a PIN "derived from public information" such as the date; a number under a name that may be a hardware
    // pin's (ShiftPin, GatePin) is a PIN when made from the clock, a MAC address or a serial number: no GPIO is numbered so.
    [Fact]
    public Task Numeric_pins_made_from_the_clock_or_a_serial_under_ambiguous_pin_names_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Sawmill
            {
                private readonly string _serial = Environment.GetEnvironmentVariable("SERIAL") ?? "";
                public int ShiftPin() => int.Parse(DateTime.Now.ToString("MMdd")); // expect: IOT1005
                public int GatePin => DateTime.UtcNow.Day * 100 + DateTime.UtcNow.Month; // expect: IOT1005
                public int KioskPin() => int.Parse(_serial.Substring(_serial.Length - 4)); // expect: IOT1005
            }
            """);

    // Hard negative. GPIO and connector pins under the same kind of names: numbers from an index, a board's offset or
    // constants, and a time read for a schedule under a pin's name is not made into it.
    [Fact]
    public Task Gpio_pin_numbers_under_the_same_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Board
            {
                private readonly int _index = 3;
                private const int BaseGpio = 17;
                public int ShiftPin() => _index + 1; // expect: none
                public int LatchPin => BaseGpio + 2; // expect: none
                public int DataPin(int channel) => channel * 2 + 4; // expect: none
                public int ClockPin() => 11; // expect: none
                public DateTime PinScheduleStart() => DateTime.Today.AddHours(6); // expect: none
            }
            """);

    // IOT1001: "YAML written in code is read as the pack gate reads a shipped file", also appended one line a statement to a
    // local (`yaml += "  password: ...\n";`), from its declaration on; an INI profile the same way.
    [Fact]
    public Task Configuration_appended_one_line_a_statement_is_read() =>
        ExpectComments.AssertAsync("""
            public static class Profiles
            {
                public static string Wifi()
                {
                    var yaml = "wifi:\n";
                    yaml += "  ssid: \"kiln-yard\"\n";
                    yaml += "  password: \"Kd4-kiln.Yard-71\"\n"; // expect: IOT1001
                    return yaml;
                }
                public static string Mqtt()
                {
                    string ini = "[mqtt]\n";
                    ini += "host = broker.kiln.example\n";
                    ini += "password = Km8-kiln.Broker-35\n"; // expect: IOT1001
                    return ini;
                }
            }
            """);

    // Hard negative. The same runs holding references to where the secret is kept (a YAML tag, a variable's name, a file),
    // and a log of events.
    [Fact]
    public Task Appended_configuration_without_a_secret_stays_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Profiles
            {
                public static string Wifi()
                {
                    var yaml = "wifi:\n";
                    yaml += "  ssid: !secret wifi_ssid\n";
                    yaml += "  password: !secret wifi_password\n"; // expect: none
                    return yaml;
                }
                public static string Template()
                {
                    var ini = "[mqtt]\n";
                    ini += "host = broker.kiln.example\n";
                    ini += "password_env = KILN_MQTT_PASSWORD\n"; // expect: none
                    ini += "password_file = /etc/kiln/mqtt.pass\n"; // expect: none
                    return ini;
                }
                public static string Log(string user)
                {
                    var log = "events:\n";
                    log += "  login: " + user + "\n";
                    log += "  password: changed by the operator\n"; // expect: none
                    return log;
                }
            }
            """);
}
