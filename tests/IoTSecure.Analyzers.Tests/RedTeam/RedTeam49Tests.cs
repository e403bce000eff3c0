using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 49: the changes of 5815fc3 (a private field's write replaced by the next statement is dropped; a private
/// field's writes are searched in its own type's declarations; tuple deconstruction into fields; a non-const, non-readonly
/// field read at a sink is a "read member" that keeps IOT1004 for written values the sink did not judge; assigned arms
/// through <c>!</c> and casts; starts held in locals of switch sections, top-level statements or assigned after their
/// declaration; starts whose secret comes after another value). About half are hard negatives. Expectations come from
/// docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam49Tests
{
    private const string Databases = """
        namespace System.Data.SqlClient { public class SqlConnection : System.IDisposable { public SqlConnection(string connectionString) { } public void Dispose() { } } }
        namespace Npgsql { public class NpgsqlConnection : System.IDisposable { public NpgsqlConnection() { } public NpgsqlConnection(string connectionString) { } public string ConnectionString { get; set; } public void Dispose() { } } }
        """;

    // ---------- 1. non-readonly fields read at sinks: each written secret one finding, no extra IOT1004 ----------

    // IOT1001: "the initial value of a field that is reassigned later"; "a private field given written text by any method
    // or setter of its type"; IOT1004: "where that value reaches **no** API IoTSecure knows (those are IOT1001/IOT1002
    // findings, at the sink)". A private non-readonly field with a written initializer, reassigned in the constructor with
    // another written value, read at a sink: both values reach the sink, each is IOT1001 and neither IOT1004.
    [Fact]
    public Task RT49_a_private_fields_initializer_and_constructor_value_both_reach_the_sink_as_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class KilnLink
            {
                private string _kilnBrokerPassword = "Wd4!kiln-Tq8"; // expect: IOT1001
                private readonly MqttClient _m;
                public KilnLink(MqttClient m, bool bench)
                {
                    _m = m;
                    if (bench) _kilnBrokerPassword = "Hs6#kiln-Pv2"; // expect: IOT1001
                }
                public void Open() => _m.Connect("kiln-1", "kiln", _kilnBrokerPassword);
            }
            """);

    // IOT1001: "a write the very next statement replaces is none" (accuracy, red team 48: "the next statement assigns the
    // same target a value that does not read it"); "A statement in between (a call may read the field) keeps the write".
    // The next statement reads the field through the type's own property (`Psk => _psk`) to build its new value: the
    // written PSK is not replaced before it is read, it reaches the sink (IOT1001), not IOT1004.
    [Fact]
    public Task RT49_a_fields_write_the_next_statement_reads_through_a_property_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public sealed class GreenhouseWifi
            {
                private string _greenhousePsk;
                private string Psk => _greenhousePsk;
                public void Load()
                {
                    _greenhousePsk = "Ry7!green-Kd3"; // expect: IOT1001
                    _greenhousePsk = Psk.Trim();
                }
                public void Join() => WifiNetworkHelper.ConnectDhcp("greenhouse-ap", _greenhousePsk);
            }
            """);

    // Same doc lines: the next statement's value is made by a helper of the type that reads the field (`Harden()` returns
    // `_password + "!"`): the write is read before it is replaced, and its secret reaches the sink.
    [Fact]
    public Task RT49_a_fields_write_the_next_statement_reads_through_a_helper_call_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class HopperShare
            {
                private string _sharePassword;
                private string Harden() => _sharePassword + "-2";
                public void Load()
                {
                    _sharePassword = "Bz5!hopper-Mw1"; // expect: IOT1001
                    _sharePassword = Harden();
                }
                public NetworkCredential Share() => new NetworkCredential("hopper", _sharePassword);
            }
            """);

    // IOT1001: "Values travel to the sink the way device code passes them: ... through helpers anywhere in the compilation";
    // "the values a private helper or local function is passed by its own type for a secret-named parameter"; IOT1004:
    // reported only "where that value reaches **no** API". A non-readonly private static field with a written initializer,
    // read at one sink directly and passed to a private helper for another: IOT1001 at each sink (accuracy: "A literal
    // reaching two sinks still gets one finding at each"), no IOT1004 beside them.
    [Fact]
    public Task RT49_a_static_field_read_at_a_sink_and_passed_to_a_helper_is_iot1001_at_each_sink_never_iot1004() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class PumpHouse
            {
                private static string s_pumpPassword = "Xq3!pump-Ln9"; // expect: IOT1001 IOT1001
                public static void Start(MqttClient m)
                {
                    m.Connect("pump-1", "pump", s_pumpPassword);
                    Join(s_pumpPassword);
                }
                private static void Join(string password) => WifiNetworkHelper.ConnectDhcp("pump-ap", password);
            }
            """);

    // IOT1001: "a `Secrets` class in another file"; "the initial value of a field that is reassigned later"; IOT1004: "where
    // that value reaches **no** API". A public static non-readonly field of a Secrets class with a written initializer,
    // replaced by the program's setup with another written value, read at the sink: both values are IOT1001.
    [Fact]
    public Task RT49_a_public_static_secrets_field_given_a_second_value_by_another_type_is_iot1001_twice() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Secrets
            {
                public static string MqttPassword = "Gc8!dairy-Rt5"; // expect: IOT1001
            }
            public static class Program
            {
                public static void Main(bool bench)
                {
                    if (bench) Secrets.MqttPassword = "Fv2#dairy-Hk7"; // expect: IOT1001
                    new MqttClient("dairy.local").Connect("dairy-1", "dairy", Secrets.MqttPassword);
                }
            }
            """);

    // IOT1001: "through an object built in place (`options.Password` where `options = new() { Password = "..." }`)";
    // IOT1004: "where that value reaches **no** API". A struct's public non-readonly field given the PSK in an object
    // initializer, read at two sinks from the local: IOT1001 at each (accuracy: "A literal reaching two sinks still gets one
    // finding at each"), no IOT1004.
    [Fact]
    public Task RT49_a_structs_public_field_given_a_secret_in_place_and_read_at_two_sinks_is_iot1001_at_each_never_iot1004() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using nanoFramework.Networking;
            public struct SiteLogin
            {
                public string User;
                public string Password;
            }
            public static class Orchard
            {
                public static NetworkCredential Start()
                {
                    var login = new SiteLogin { User = "orchard", Password = "Lp6!orchard-Vs3" }; // expect: IOT1001 IOT1001
                    WifiNetworkHelper.ConnectDhcp("orchard-ap", login.Password);
                    return new NetworkCredential(login.User, login.Password);
                }
            }
            """);

    // IOT1001: "Values travel to the sink the way device code passes them"; "a private field given written text by any method
    // or setter of its type"; IOT1004: "where that value reaches **no** API". A public non-readonly instance field given
    // the password by another type's object initializer, read by the type's own method at the sink: IOT1001, not IOT1004.
    [Fact]
    public Task RT49_a_public_instance_field_given_a_secret_by_another_type_and_read_at_the_sink_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class SiloUplink
            {
                public string BrokerPassword;
                public void Open(MqttClient m) => m.Connect("silo-2", "silo", BrokerPassword);
            }
            public static class Program
            {
                public static void Main(MqttClient m)
                {
                    var uplink = new SiloUplink { BrokerPassword = "Nd9!silo-Qc4" }; // expect: IOT1001
                    uplink.Open(m);
                }
            }
            """);

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value"; "a password
    // ... in a connection string"; IOT1004: "where that value reaches **no** API". A private field with a written
    // initializer, read at an interpolated connection string and at a credential: IOT1001 at each sink (accuracy: "A literal
    // reaching two sinks still gets one finding at each"), no IOT1004.
    [Fact]
    public Task RT49_a_private_fields_initializer_read_in_a_connection_string_and_a_credential_is_iot1001_at_each_never_iot1004() =>
        ExpectComments.AssertAsync(new[] { Databases },
            """
            using System.Net;
            using System.Data.SqlClient;
            public sealed class Historian
            {
                private string _dbPassword = "Kt2!hist-Wb6"; // expect: IOT1001 IOT1001
                public SqlConnection Open() => new SqlConnection($"Server=hist.local;User ID=gw;Password={_dbPassword};");
                public NetworkCredential Share() => new NetworkCredential("gw", _dbPassword);
            }
            """);

    // ---------- 2. non-readonly fields: hard negatives ----------

    // IOT1004: "Not findings: empty strings, labels (`"Password:"`), masks (`"********"`) ... values read from configuration,
    // the environment, files or parameters". Secret-named non-readonly fields (static and instance, public and private)
    // given empty text, a mask and the environment, read at sinks and in logs: no finding.
    [Fact]
    public Task RT49_secret_named_non_readonly_fields_given_empty_text_masks_and_the_environment_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class BarnNode
            {
                public static string SharedPassword = ""; // expect: none
                private string _wifiPsk = string.Empty; // expect: none
                private string _shownPassword = "********"; // expect: none
                public string BrokerToken; // expect: none
                public void Load()
                {
                    _wifiPsk = Environment.GetEnvironmentVariable("BARN_PSK"); // expect: none
                    SharedPassword = Environment.GetEnvironmentVariable("BARN_SHARE") ?? ""; // expect: none
                    BrokerToken = Environment.GetEnvironmentVariable("BARN_TOKEN"); // expect: none
                }
                public void Start(MqttClient m)
                {
                    Console.WriteLine("psk " + _shownPassword);
                    WifiNetworkHelper.ConnectDhcp("barn-ap", _wifiPsk);
                    m.Connect("barn-1", "barn", BrokerToken);
                    m.Connect("barn-2", "barn", SharedPassword);
                }
            }
            """);

    // IOT1004: "configuration keys and environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`)"; "a value
    // repeating the symbol's name"; IOT1001: "Not findings: ... values from parameters, the environment". Non-readonly fields
    // holding a configuration key and an environment variable's name, read where the secret is loaded: no finding.
    [Fact]
    public Task RT49_non_readonly_fields_holding_keys_and_variable_names_read_where_the_secret_is_loaded_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class ShedLink
            {
                private static string s_passwordVariable = "SHED_MQTT_PASSWORD"; // expect: none
                private string _passwordSetting = "Shed:Mqtt:Password"; // expect: none
                public void Open(MqttClient m, Func<string, string> config)
                {
                    m.Connect("shed-1", "shed", Environment.GetEnvironmentVariable(s_passwordVariable));
                    m.Connect("shed-2", "shed", config(_passwordSetting));
                }
            }
            """);

    // ---------- 3. starts held in locals, secrets after another value: hard negatives ----------

    // IOT1001: "SIM PINs, PUKs and APN passwords in an AT command ... (an operator's published APN login, the user name
    // again or a label of the APN, is not one)"; accuracy: no false alarms on "identifying codes (PLMN ...)". A PDP context
    // start and an SMS start, held in locals assigned after their declaration in switch sections, completed by an APN name
    // and a phone number: no secret.
    [Fact]
    public Task RT49_pdp_context_and_sms_starts_held_in_locals_of_switch_sections_completed_by_an_apn_and_a_number_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Sim7600
            {
                public const string Pdp = "AT+CGDCONT=1,\"IP\",\""; // expect: none
                public static readonly string Sms = "AT+" + "CMGS=\""; // expect: none
            }
            public static class Telemetry
            {
                public static void Step(SerialPort port, int stage)
                {
                    switch (stage)
                    {
                        case 1:
                            string pdp;
                            pdp = Sim7600.Pdp;
                            port.WriteLine(pdp + "iot.1nce.net\"");
                            break;
                        case 2:
                            var sms = Sim7600.Sms;
                            port.WriteLine(sms + "+447700900123\"");
                            break;
                    }
                }
            }
            """);

    // IOT1001: "SIM PINs, PUKs and APN passwords in an AT command ... `AT+CGAUTH`"; "Not findings: empty strings; values from
    // parameters". The authentication start, whose password comes after the user name, completed by the user name and an
    // empty password, and by the user name and a parameter: no written secret.
    [Fact]
    public Task RT49_an_auth_start_completed_by_a_user_name_and_an_empty_or_run_time_password_stays_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Bg95 { public const string Auth = "AT+CGAUTH=1,1,\""; } // expect: none
            public static class Bearer
            {
                public static void Attach(SerialPort port, string password)
                {
                    string auth;
                    auth = Bg95.Auth;
                    port.WriteLine(auth + "fleet-gw\",\"\""); // expect: none
                    var again = Bg95.Auth;
                    port.WriteLine(again + "fleet-gw\",\"" + password + "\""); // expect: none
                }
            }
            """);

    // IOT1001: "a password in the user information (`mqtt://user:password@host`)"; "connection strings whose key comes from
    // configuration" are no findings; "Not findings: ... values from parameters, the environment". A `mqtt://` start and a
    // `Host=` start held in locals assigned after declaration, completed with a user and a host only, or with a password
    // from the environment: no written secret.
    [Fact]
    public Task RT49_uri_and_connection_string_starts_held_in_locals_completed_without_a_written_secret_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Databases },
            """
            using System;
            using Npgsql;
            public static class Starts
            {
                public const string Scheme = "mqtt://"; // expect: none
                public const string Host = "Host="; // expect: none
            }
            public static class Gateway
            {
                public static void Open()
                {
                    string broker;
                    broker = Starts.Scheme;
                    var uri = new Uri(broker + "gateway@broker.local:1883"); // expect: none
                    string db;
                    db = Starts.Host;
                    using var c = new NpgsqlConnection(db + "hist.local;Username=gw;Password=" + Environment.GetEnvironmentVariable("HIST_PW")); // expect: none
                    Console.WriteLine(uri);
                }
            }
            """);

    // IOT1001: a command's start "is completed where it is read ... or through a local given the start"; "SIM PINs ... in an
    // AT command written anywhere". The positive beside the negatives above: the same authentication start, held in a local
    // assigned after declaration, completed by the user name and a written password: IOT1001.
    [Fact]
    public Task RT49_an_auth_start_given_to_a_local_later_and_completed_by_a_written_password_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Bg95 { public const string Auth = "AT+CGAUTH=1,1,\""; } // expect: none
            public static class Bearer
            {
                private const string ApnPassword = "Tz4!fleet-Jm8"; // expect: IOT1001
                public static void Attach(SerialPort port)
                {
                    string auth;
                    auth = Bg95.Auth;
                    port.WriteLine(auth + "fleet-gw\",\"" + ApnPassword + "\"");
                }
            }
            """);

    // IOT1001: "APN passwords in an AT command written anywhere ... `AT+CGAUTH`"; "a command's start kept in a field of another
    // type or file ... is completed where it is read (`ATCommands.ATPINAuthCommand + PIN1Code` ...)"; accuracy (red team 48):
    // "A start whose secret comes after another value ... is completed where it is read". The authentication start read
    // directly (no local), completed by the user name and a written password held in a constant: IOT1001, not IOT1004.
    [Fact]
    public Task RT49_an_auth_start_of_another_type_completed_by_a_user_and_a_written_password_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Bg95 { public const string Auth = "AT+CGAUTH=1,1,\""; } // expect: none
            public static class Bearer
            {
                private const string ApnPassword = "Tz4!fleet-Jm8"; // expect: IOT1001
                public static void Attach(SerialPort port)
                {
                    port.WriteLine(Bg95.Auth + "fleet-gw\",\"" + ApnPassword + "\"");
                }
            }
            """);
}
