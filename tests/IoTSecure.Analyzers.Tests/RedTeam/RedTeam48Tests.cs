using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 48: the changes of b4c3627 (a private field given written text by any method or setter of its type, its writes
/// read by the resolver; <c>??=</c> defaults and arms of a conditional, a <c>switch</c> expression or a <c>??</c> fallback
/// assigned to a field checked against its name; command starts made of constants, two-valued commands, starts held in a
/// local), with other inputs of each kind than red team 47 tried. About half are hard negatives. Expectations come from
/// docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam48Tests
{
    // ---------- 1. private fields given written text by a method of their type: hard negatives ----------

    // IOT1001: "A secret written in the source code that reaches a parameter known to carry a credential"; "Not findings:
    // ... labels (`"Password:"`), configuration keys and environment variable names". Private fields a setup method gives
    // status text, a topic, a client id, a user name, an SSID and a domain, read at the sinks' NON-secret parameters (the
    // SSID, the client id, the user name, the domain) or logged; every secret comes from the environment.
    [Fact]
    public Task RT48_private_fields_given_status_topic_user_and_ssid_text_at_non_secret_places_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class BarnGateway
            {
                private string _status;
                private string _topic;
                private string _clientId;
                private string _user;
                private string _ssid;
                private string _domain;
                public void Configure(bool lab)
                {
                    _status = "Joining Barn-IoT-2G, waiting for DHCP"; // expect: none
                    _topic = lab ? "lab/barn/telemetry/up" : "prod/barn/telemetry/up"; // expect: none
                    _clientId = $"barn-gw-{Environment.ProcessId}"; // expect: none
                    _user = "barn-gateway"; // expect: none
                    _ssid = "Barn-IoT-2G"; // expect: none
                    _domain = "FARMNET"; // expect: none
                }
                public void Start(MqttClient m)
                {
                    Console.WriteLine(_status);
                    WifiNetworkHelper.ConnectDhcp(_ssid, Environment.GetEnvironmentVariable("BARN_PSK"));
                    m.Connect(_clientId, _user, Environment.GetEnvironmentVariable("BARN_MQTT"));
                    Console.WriteLine(_topic);
                }
                public NetworkCredential Share() => new NetworkCredential(_user, Environment.GetEnvironmentVariable("BARN_SHARE"), _domain);
            }
            """);

    // IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a file"; "configuration
    // keys and environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`)"; IOT1004: "configuration keys and paths
    // (`"Mqtt:Broker:Password"`, `"/etc/device/secret"`)". Private fields a setup method gives a file path, an environment
    // variable's name and format templates, read where the secret is loaded or filled in at run time.
    [Fact]
    public Task RT48_private_fields_given_paths_variable_names_and_templates_by_a_method_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class ShedRadio
            {
                private string _pskPath;
                private string _brokerVariable;
                private string _authFormat;
                private readonly HttpClient _http = new HttpClient();
                public void Setup(string site)
                {
                    _pskPath = $"/etc/{site}/wifi/psk"; // expect: none
                    _brokerVariable = "SHED_MQTT_PASSWORD"; // expect: none
                    _authFormat = "Bearer {0}"; // expect: none
                }
                public void Join(MqttClient m, string token)
                {
                    WifiNetworkHelper.ConnectDhcp("shed-ap", File.ReadAllText(_pskPath).Trim());
                    m.Connect("shed-1", "shed", Environment.GetEnvironmentVariable(_brokerVariable));
                    _http.DefaultRequestHeaders.Add("Authorization", string.Format(_authFormat, token));
                }
            }
            """);

    // IOT1001 (red team 42): "a written value that a later statement of the same block replaces before anything reads it
    // (`password = "..."; password = File.ReadAllText(path);`) is no alternative at the sink (its secret name still gives
    // IOT1004)". A private field's bench value left in a load method and replaced by the file's text on the next statement.
    [Fact]
    public Task RT48_a_private_fields_value_replaced_on_the_next_statement_is_iot1004_not_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class SiloLink
            {
                private string _siloBrokerPassword;
                public void Load()
                {
                    _siloBrokerPassword = "Hv2!silo-Pk8"; // expect: IOT1004
                    _siloBrokerPassword = File.ReadAllText("/etc/silo/mqtt").Trim();
                }
                public void Open(MqttClient m) => m.Connect("silo-1", "silo", _siloBrokerPassword);
            }
            """);

    // IOT1001: "a private field given written text by any method or setter of its type" (accuracy, red team 47: "a private
    // field's writes are all read (its type is the only writer)"); "Initializers of other types with a property of the same
    // name ... are told apart ... and do not count". Another type's private `_value`, given a build tag and a menu line by
    // its own methods, is no write of the Wi-Fi link's `_value`, which only configuration fills.
    [Fact]
    public Task RT48_another_types_same_named_private_field_written_with_text_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using nanoFramework.Networking;
            public sealed class StatusPanel
            {
                private string _value;
                public void Build() { _value = "v2.7.1-rc3+b7f2e9"; Console.WriteLine(_value); } // expect: none
                public void Menu() { _value = "Wi-Fi > Join > Yard-AP"; Console.WriteLine(_value); } // expect: none
            }
            public sealed class YardLink
            {
                private string _value;
                public void Load(IDictionary<string, string> settings) { _value = settings["yard.wifi.psk"]; }
                public bool Join() => WifiNetworkHelper.ConnectDhcp("yard-ap", _value);
            }
            """);

    // IOT1004: "A string field ... whose name says it holds a secret, given a value written in the code (an initializer, an
    // assignment ...), where that value reaches **no** API IoTSecure knows (those are IOT1001/IOT1002 findings, at the sink)".
    // A nested replay type's own private `_brokerSecret`, given a literal by its method and never sent: IOT1004, not the outer
    // type's broker password (which the environment fills).
    [Fact]
    public Task RT48_a_nested_types_same_named_private_field_is_iot1004_not_the_outer_sinks_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Feeder
            {
                private string _brokerSecret;
                public void Load() { _brokerSecret = Environment.GetEnvironmentVariable("FEEDER_SECRET"); }
                public void Open(MqttClient m) => m.Connect("feeder-1", "feeder", _brokerSecret);
                private sealed class Replay
                {
                    private string _brokerSecret;
                    public void Arm() { _brokerSecret = "Rp3!replay-Xs9"; } // expect: IOT1004
                    public int Length() => _brokerSecret.Length;
                }
            }
            """);

    // ---------- 2. private fields given written text by a method of their type: misses ----------

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value"; "when another
    // part of a partial type, in the same file or another, assigns it". A field declared with no text (`= string.Empty`) in
    // one part, given its PSK by a commissioning method of the other part, in another file.
    [Fact]
    public Task RT48_a_private_field_written_by_a_method_in_another_partial_part_is_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using nanoFramework.Networking;
            public sealed partial class Granary
            {
                private string _granaryPsk = string.Empty;
                public bool Join() => WifiNetworkHelper.ConnectDhcp("granary-ap", _granaryPsk);
            }
            """,
            """
            public sealed partial class Granary
            {
                public void Commission(bool bench)
                {
                    if (bench) _granaryPsk = "Wm3!granary-Hq7"; // expect: IOT1001
                }
            }
            """);

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value"; "Tuples
    // deconstructed into fields in a constructor (`(_id, _key) = Spare();`)" hold their elements. A commissioning method that
    // deconstructs written tuples into the private fields: the PSK and the broker password are written text (the SSID and the
    // user name are no secrets).
    [Fact]
    public Task RT48_private_fields_written_by_tuple_deconstruction_in_a_method_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Mill
            {
                private string _ssid;
                private string _psk;
                private string _brokerUser;
                private string _brokerPassword;
                public void Commission()
                {
                    (_ssid, _psk) = ("mill-ap", "Jr5!mill-Bc2"); // expect: IOT1001
                    (_brokerUser, _brokerPassword) = ("mill", "Nt8#mill-Vx3"); // expect: IOT1001
                }
                public void Join(MqttClient m)
                {
                    WifiNetworkHelper.ConnectDhcp(_ssid, _psk);
                    m.Connect("mill-1", _brokerUser, _brokerPassword);
                }
            }
            """);

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value" (accuracy: "a
    // private field's writes are all read (its type is the only writer)"). The field read at the sink through another
    // instance of its own type (a static rejoin helper), written by the type's commissioning method.
    [Fact]
    public Task RT48_a_private_field_read_on_another_instance_of_its_type_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public sealed class Tower
            {
                private string _towerPsk;
                public void Commission() { _towerPsk = "Pz4!tower-Lk6"; } // expect: IOT1001
                public static bool Rejoin(Tower tower) => WifiNetworkHelper.ConnectDhcp("tower-ap", tower._towerPsk);
            }
            """);

    // IOT1001: "a private field given written text by any method or setter of its type, `_kilnPsk = $"...";` in a setup method,
    // each such value"; Meadow `IWiFiNetworkAdapter.Connect`, M2Mqtt `Connect` are sinks. Writes in a lambda a setup method
    // holds (through `this.`), in a local function (a `??=` default), and a `string.Concat` of literals.
    [Fact]
    public Task RT48_private_fields_written_in_a_lambda_and_a_local_function_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using Meadow.Hardware;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Hut
            {
                private string _hutPsk;
                private string _hutBrokerPassword;
                private string _spareBrokerPassword;
                public void Setup(bool bench)
                {
                    Action useBench = () => this._hutPsk = "Kc9#hut-Wn4"; // expect: IOT1001
                    if (bench) useBench();
                    Fallback();
                    void Fallback() { _hutBrokerPassword ??= "Fy2$hut-Rm8"; } // expect: IOT1001
                    _spareBrokerPassword = string.Concat("Tg7!", "spare-Zs5"); // expect: IOT1001
                }
                public async Task Join(IWiFiNetworkAdapter wifi, MqttClient m)
                {
                    await wifi.Connect("hut-ap", _hutPsk, TimeSpan.FromSeconds(20));
                    m.Connect("hut-1", "hut", _hutBrokerPassword);
                    m.Connect("hut-2", "hut", _spareBrokerPassword);
                }
            }
            """);

    // IOT1001: "a private field given written text by any method or setter of its type"; sinks: "`System.Net.NetworkCredential`
    // (constructor `password`...)", "HTTP: ... `Headers.Add` ... when the header is `Authorization`, `X-API-Key`"; a connection
    // string "written anywhere" with "a password held in a constant, field or local and put into one ... is reported there,
    // at its literal". A setter's written arm, a method's API key and a method's database password read into a connection string.
    [Fact]
    public Task RT48_private_fields_from_a_setter_and_methods_at_credential_header_and_connection_string_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            public static class Historian { public static void Open(string connectionString) { } }
            public sealed class Loft
            {
                private string _sharePassword;
                private string _apiKey;
                private string _dbPassword;
                private readonly HttpClient _http = new HttpClient();
                public bool Lab { set { _sharePassword = value ? "Sd6!loft-Mq1" : Environment.GetEnvironmentVariable("LOFT_SHARE"); } } // expect: IOT1001
                public void Setup()
                {
                    _apiKey = "lt-Qv8!upload-Rn3"; // expect: IOT1001
                    _dbPassword = "Hb5#hist-Wc2"; // expect: IOT1001
                }
                public NetworkCredential Share() => new NetworkCredential("loft", _sharePassword);
                public void Upload()
                {
                    _http.DefaultRequestHeaders.Add("X-API-Key", _apiKey);
                    Historian.Open($"Server=hist.loft;Database=events;User Id=loft;Password={_dbPassword};");
                }
            }
            """);

    /// <summary>
    /// <paramref name="types"/> device driver types, each with its own <c>private string _password</c> given a written
    /// password by its <c>Setup</c> method and read at a <c>NetworkCredential</c>: labelled <c>// expect: IOT1001</c>.
    /// </summary>
    private static string DriverFleet(int types)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System.Net;");
        for (var t = 0; t < types; t++)
        {
            sb.AppendLine($"public sealed class Driver{t}");
            sb.AppendLine("{");
            sb.AppendLine("    private string _password;");
            sb.AppendLine($"    public void Setup() {{ _password = \"Dv{t}!fleet-Qm{t % 10}x\"; }} // expect: IOT1001");
            sb.AppendLine($"    public NetworkCredential Login() => new NetworkCredential(\"drv{t}\", _password);");
            sb.AppendLine("}");
        }

        return sb.ToString();
    }

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value"; accuracy (red
    // team 47): "a private field's writes are all read (its type is the only writer)". A fleet of 66 driver types, each with
    // its own private `_password` set by its own `Setup`: other types' same-named fields write none of them, so each is found.
    [Fact]
    public Task RT48_sixty_six_driver_types_each_with_its_own_private_password_field_are_each_iot1001() =>
        ExpectComments.AssertAsync(DriverFleet(66));

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value". Below the write
    // caps: ten driver types, each with its own private `_password` set by its own `Setup` (the sibling of the 66-type test).
    [Fact]
    public Task RT48_ten_driver_types_each_with_its_own_private_password_field_are_each_iot1001() =>
        ExpectComments.AssertAsync(DriverFleet(10));

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value"; "object
    // initializers (`Password = "..."`) ... count". A static bench factory of the type that sets the private field of the
    // object it builds, through the local and in an object initializer.
    [Fact]
    public Task RT48_a_private_field_set_by_the_types_own_factory_on_the_object_it_builds_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Beacon
            {
                private string _beaconPsk;
                private string _beaconBrokerPassword;
                public static Beacon Bench()
                {
                    var b = new Beacon { _beaconPsk = "Vq2!beacon-Jt5" }; // expect: IOT1001
                    b._beaconBrokerPassword = "Ns7#beacon-Gw3"; // expect: IOT1001
                    return b;
                }
                public bool Join(MqttClient m)
                {
                    m.Connect("beacon-1", "beacon", _beaconBrokerPassword);
                    return WifiNetworkHelper.ConnectDhcp("beacon-ap", _beaconPsk);
                }
            }
            """);

    // ---------- 3. the rule: IOT1002 and IOT1006 for values assigned in methods ----------

    // IOT1006: "A listed default (`"password"`, `"changeme"`) is IOT1002, never a placeholder"; IOT1002: "A default password is
    // reported as IOT1002 instead of IOT1001 or IOT1006, never both: known defaults beat placeholders"; the list holds
    // "admin, root, password, 1234, 12345, 123456, 12345678". A `??=` default that repeats the field's name (`_password ??=
    // "password"`), a conditional's arm, a switch arm and a setup method's value, each a listed default.
    [Fact]
    public Task RT48_listed_defaults_assigned_in_methods_as_defaults_and_arms_are_iot1002() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Nvr
            {
                private string _password;
                private string _adminPassword;
                private string _rtspPassword;
                private string _wifiPassword;
                public void Defaults(bool bench, string mode)
                {
                    _password ??= "password"; // expect: IOT1002
                    _adminPassword = bench ? "admin" : Environment.GetEnvironmentVariable("NVR_ADMIN"); // expect: IOT1002
                    _rtspPassword = mode switch { "factory" => "12345", _ => Environment.GetEnvironmentVariable("NVR_RTSP") }; // expect: IOT1002
                    _wifiPassword = "12345678"; // expect: IOT1002
                }
                public void Start(MqttClient m)
                {
                    m.Connect("nvr-1", "nvr", _password);
                    WifiNetworkHelper.ConnectDhcp("nvr-ap", _wifiPassword);
                }
                public NetworkCredential Admin() => new NetworkCredential("nvr-owner", _adminPassword);
                public NetworkCredential Rtsp() => new NetworkCredential("viewer", _rtspPassword);
            }
            """);

    // IOT1006: "A value that spells its holder's words in another order ... repeats its name"; "a value assigned in a method is
    // checked against the name it is assigned to, as an initializer's is, also as a `??=` default or one arm of a conditional or
    // `switch` assigned there"; "A placeholder is never reported as IOT1001". Arms assigned through `this.`, inside a nested
    // conditional of a switch arm, and a conditional under the null-forgiving `!` of nullable code; the other arm is a password.
    [Fact]
    public Task RT48_arms_spelling_the_fields_words_through_this_nested_choices_and_null_forgiving_are_iot1006() =>
        ExpectComments.AssertAsync("""
            #nullable enable
            using System;
            using System.IO;
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Byre
            {
                private string? _byreMqttPassword;
                private string? _byreWifiPsk;
                private string? _loftSharePassword;
                public void Load(string site, bool bench)
                {
                    this._byreMqttPassword = site switch
                    {
                        "bench" => bench ? "password.mqtt.byre" : Environment.GetEnvironmentVariable("BYRE_MQTT"), // expect: IOT1006
                        _ => "Dk4!byre-Zr7", // expect: IOT1001
                    };
                    _byreWifiPsk = File.Exists("/etc/byre/psk") ? File.ReadAllText("/etc/byre/psk") : "psk_wifi_byre"; // expect: IOT1006
                    _loftSharePassword = (bench ? "password-share-loft" : Environment.GetEnvironmentVariable("LOFT_SHARE"))!; // expect: IOT1006
                }
                public void Start(MqttClient m)
                {
                    m.Connect("byre-1", "byre", _byreMqttPassword);
                    WifiNetworkHelper.ConnectDhcp("byre-ap", _byreWifiPsk);
                }
                public NetworkCredential Loft() => new NetworkCredential("loft", _loftSharePassword);
            }
            """);

    // ---------- 4. command starts: hard negatives ----------

    // IOT1001 (red team 42): "a written value that a later statement of the same block replaces before anything reads it ...
    // is no alternative at the sink"; accuracy: "false alarms on identifying codes (PLMN, short, date and EAN codes)". A local
    // given the PIN command's start, then replaced by an operator-selection and a USSD start before it is read: the PLMN
    // code and the balance query are no PINs.
    [Fact]
    public Task RT48_a_local_given_a_start_then_replaced_before_it_is_read_stays_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Bg77
            {
                private const string Plus = "AT+";
                public static readonly string PinAuth = Plus + "CPIN=\""; // expect: none
                public const string SelectOperator = Plus + "COPS=1,2,\""; // expect: none
                public const string Ussd = Plus + "CUSD=1,\""; // expect: none
            }
            public static class Roaming
            {
                public static void Steer(SerialPort port)
                {
                    var command = Bg77.PinAuth;
                    command = Bg77.SelectOperator;
                    port.WriteLine(command + "26202\""); // expect: none
                    var balance = Bg77.PinAuth;
                    balance = Bg77.Ussd;
                    port.WriteLine(balance + "*100#\",15"); // expect: none
                }
            }
            """);

    // IOT1001 (ninth corpus): "Hard negatives: ... an APN's place, a non-secret key's start"; "(an operator's published APN login,
    // the user name again or a label of the APN, is not one)"; "Not findings: ... values from parameters, the environment".
    // Starts that end where an SSID, an APN user or a bearer's user name goes (the two-valued probe finds a password after
    // them), completed by written names and run-time passwords: no written secret.
    [Fact]
    public Task RT48_starts_ending_at_an_ssid_or_a_user_place_completed_by_names_and_run_time_passwords_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            public static class EspAt
            {
                private const string Apn = "m2m.fleet.example";
                public const string Join = "AT+CWJAP=\""; // expect: none
                public static readonly string Auth = string.Concat("AT+", "CGAUTH=1,1,\""); // expect: none
                public static readonly string Bearer = $"AT+CSTT=\"{Apn}\",\""; // expect: none
            }
            public static class Uplink
            {
                public static void Attach(SerialPort port, string password)
                {
                    port.WriteLine(EspAt.Join + "greenhouse-2g\",\"" + Environment.GetEnvironmentVariable("GH_PSK") + "\""); // expect: none
                    var auth = EspAt.Auth;
                    port.WriteLine(auth + "fleet-user-17\",\"" + password + "\""); // expect: none
                    port.WriteLine(EspAt.Bearer + "telemetry-gw\",\"" + password + "\""); // expect: none
                }
            }
            """);

    // IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a file"; "A redacted copy
    // (`"***"`, `"[redacted]"`) is no value"; accuracy: no false alarms on "identifying codes (PLMN ...)". Private fields a
    // method gives a file's PIN, a mask for the log and an operator code, read after command starts.
    [Fact]
    public Task RT48_private_fields_given_run_time_pins_masks_and_operator_codes_after_starts_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO;
            using System.IO.Ports;
            public static class At
            {
                public const string PinAuth = "AT+CPIN=\""; // expect: none
                public const string SelectOperator = "AT+COPS=1,2,\""; // expect: none
            }
            public sealed class Quarry
            {
                private string _simPin;
                private string _shownPin;
                private string _operatorCode;
                public void Load()
                {
                    _simPin = File.ReadAllText("/etc/quarry/sim-pin").Trim(); // expect: none
                    _shownPin = "****"; // expect: none
                    _operatorCode = "26201"; // expect: none
                }
                public void Unlock(SerialPort port)
                {
                    port.WriteLine(At.PinAuth + _simPin + "\"");
                    Console.WriteLine(At.PinAuth + _shownPin + "\"");
                    port.WriteLine(At.SelectOperator + _operatorCode + "\"");
                }
            }
            """);

    // ---------- 5. command starts: misses ----------

    // IOT1001: "a private field given written text by any method or setter of its type"; "SIM PINs ... in an AT command written
    // anywhere"; a start "is completed where it is read". A private field a provisioning method gives the PIN, read after
    // another type's start.
    [Fact]
    public Task RT48_a_private_pin_field_written_by_a_method_read_after_a_start_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class At { public const string PinAuth = "AT+CPIN=\""; } // expect: none
            public sealed class Quarry
            {
                private string _simPin;
                private readonly SerialPort _port;
                public Quarry(SerialPort port) { _port = port; }
                public void Provision() { _simPin = "6195"; } // expect: IOT1001
                public void Unlock() => _port.WriteLine(At.PinAuth + _simPin + "\"");
            }
            """);

    // IOT1001: a start is completed "through a local given the start: `var start = At.PinAuth; start + SimPin`"; DESIGN of a
    // switch statement: a local declared in a `case` section is a local of the method like one in a block. A modem's boot state
    // machine that reads the start into a local inside a `switch` section.
    [Fact]
    public Task RT48_a_start_held_in_a_local_of_a_switch_section_is_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class At { public static readonly string PinAuth = "AT+" + "CPIN=\""; } // expect: none
            public sealed class BootSequence
            {
                private const string SimPin = "3819"; // expect: IOT1001
                public void Step(SerialPort port, int stage)
                {
                    switch (stage)
                    {
                        case 1:
                            var unlock = At.PinAuth;
                            port.WriteLine(unlock + SimPin + "\"");
                            break;
                        default:
                            port.WriteLine("AT+CSQ");
                            break;
                    }
                }
            }
            """);

    // IOT1001: "once-assigned locals ... (also a local declared first and assigned once by a statement of its block, `string
    // key; key = "...";`)"; a start is completed "through a local given the start". A local declared first, then given the
    // start by one statement.
    [Fact]
    public Task RT48_a_start_given_to_a_local_declared_first_is_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Sim800 { public const string PinAuth = "AT+CPIN="; } // expect: none
            public static class Pump
            {
                private const string Spare = "7264"; // expect: IOT1001
                public static void Unlock(SerialPort port)
                {
                    string start;
                    start = Sim800.PinAuth;
                    port.WriteLine(start + Spare);
                }
            }
            """);

    // IOT1001: a start "made of constants: `Plus + "CPIN="`, `$"{Plus}CPIN="`, a `static readonly` one, `string.Concat(Plus,
    // "CPWD=...")`"; values are followed through "`string.Format`, `string.Join` over written values". `static readonly` starts
    // written by `string.Format` and `string.Join` of constants, completed where read (one through a local).
    [Fact]
    public Task RT48_static_readonly_starts_made_by_string_format_and_join_of_constants_are_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Sara
            {
                private const string Plus = "AT+";
                public static readonly string PinAuth = string.Format("{0}CPIN=\"", Plus); // expect: none
                public static readonly string LockSim = string.Join("", Plus, "CLCK=\"SC\",1,\""); // expect: none
            }
            public static class Kiosk
            {
                private const string Main = "5038"; // expect: IOT1001
                private const string Lock = "9172"; // expect: IOT1001
                public static void Unlock(SerialPort port)
                {
                    port.WriteLine(Sara.PinAuth + Main + "\"");
                    var locking = Sara.LockSim;
                    port.WriteLine(locking + Lock + "\"");
                }
            }
            """);

    // IOT1001: "`AT+CWJAP`"-style modem commands carry a password; a command's start kept in a field "is completed where it is
    // read (`ATCommands.ATPINAuthCommand + PIN1Code` ...)". An ESP-AT join whose start ends at the SSID,
    // completed where read: the password after the SSID is the secret, the SSID is not.
    [Fact]
    public Task RT48_a_join_start_ending_at_the_ssid_read_directly_finds_the_password_not_the_ssid() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class EspAt { public const string Join = "AT+CWJAP=\""; } // expect: none
            public static class Orchard
            {
                private const string Ssid = "orchard-2g"; // expect: none
                private const string Psk = "Hc7!orchard-Yp4"; // expect: IOT1001
                public static void Join(SerialPort port) => port.WriteLine(EspAt.Join + Ssid + "\",\"" + Psk + "\"");
            }
            """);

    // Hard negative. IOT1001 (ninth corpus): "Hard negatives: ... a query (`AT+CPIN?`), an APN's place, a non-secret key's start";
    // "A redacted copy ... is no value". `static readonly` texts made of constants that are no command's start: a result
    // code's prefix compared with the modem's reply (`+CPIN: SIM PIN`), and a log prefix completed by a mask.
    [Fact]
    public Task RT48_constant_made_reply_and_log_prefixes_completed_by_text_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            public static class Urc
            {
                public static readonly string PinState = string.Concat("+", "CPIN: "); // expect: none
                public static readonly string Sent = $"{"[modem] "}AT+CPIN="; // expect: none
            }
            public static class Watch
            {
                public static bool NeedsPin(SerialPort port)
                {
                    var reply = port.ReadLine();
                    Console.WriteLine(Urc.Sent + "\"****\""); // expect: none
                    return reply == Urc.PinState + "SIM PIN" || reply == Urc.PinState + "SIM PUK"; // expect: none
                }
            }
            """);

    // ---------- 6. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed forms of
    // this commit's shapes: private fields written in broken setters, lambdas, local functions and deconstructions; names at the
    // very end of the text; starts held in locals with missing values, in switch sections and redeclared.
    [Fact]
    public Task RT48_no_analyzer_throws_on_half_typed_forms_of_the_commits_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""using nanoFramework.Networking; sealed class H { private string _p; private string _q; bool L { set { _p = value ? "a" : ; } } void S() { System.Action a = () => this._p = ; (_p, ) = ("x", "y"); (_p, _q) = ("x"); void F() { _q ??= } _p = _p = ; } bool J() => WifiNetworkHelper.ConnectDhcp("a", _p + _q); } sealed class I { private string _p; void S() { _p""", null),
            ("""using nanoFramework.Networking; sealed partial class G { private string _g = ""; bool J() => WifiNetworkHelper.ConnectDhcp("g", _g); } sealed partial class G { void C() { _g = $"{_g}{"x"}"; _g = """ + "\"\"\"" + """raw""" + "\"\"\"" + """; this._g ??= _g switch { "a" => "b", _ => }; } } partial class G { void D() => _g = (bool)_g ? "x" : "y"; }""", null),
            ("""using System.IO.Ports; static class At { public static readonly string P = string.Format("{0}CPIN=\"", ); public static readonly string Q = string.Join("", At.Q, "CPIN="); public const string R = "AT+CWJAP=\""; } static class B { static void U(SerialPort s, int k) { switch (k) { case 1: var u = At.P; s.WriteLine(u + ); break; case 2: var u2 = ; s.WriteLine(u2 + "1"); case 3: string t; t = At.Q; t = ; s.WriteLine(t + "4821"); break; } var r = At.R; r = r; s.WriteLine(r + r + "\",\"" + r); var w = At.R""", new[] { Stubs.SerialPorts }),
            ("""sealed class T { private string _password; void A() { _password = "x"; } sealed class N { private string _password; void B() { _password = "y"; } } } sealed class T { private string _password; void C() { _password""", null),
        });

    private const string CommitShapes = """"
        using System;
        using System.IO.Ports;
        using System.Net;
        using nanoFramework.Networking;
        using uPLibrary.Networking.M2Mqtt;
        namespace Byre.Firmware
        {
            public static class At
            {
                private const string Plus = "AT+";
                public static readonly string PinAuth = string.Format("{0}CPIN=\"", Plus);
                public const string Join = "AT+CWJAP=\"";
            }
            public sealed partial class Hut
            {
                private string _hutPsk = string.Empty;
                private string _brokerPassword;
                private string _ssid, _sharePassword;
                public bool Lab { set { _sharePassword = value ? "Sd6!loft-Mq1" : Environment.GetEnvironmentVariable("LOFT"); } }
                public void Setup(bool bench, string site)
                {
                    Action useBench = () => this._hutPsk = "Kc9#hut-Wn4";
                    (_ssid, _brokerPassword) = ("hut-ap", site switch { "lab" => "password.broker.hut", _ => "Fy2$hut-Rm8" });
                    void Fallback() { _brokerPassword ??= (bench ? "PASSWORD_BROKER" : null)!; }
                    Fallback();
                    if (bench) useBench();
                }
                public void Join(MqttClient m, SerialPort port, int stage)
                {
                    WifiNetworkHelper.ConnectDhcp(_ssid, _hutPsk);
                    m.Connect("hut-1", "hut", _brokerPassword);
                    switch (stage)
                    {
                        case 1:
                            var unlock = At.PinAuth;
                            unlock = At.Join;
                            port.WriteLine(unlock + "3819\"");
                            break;
                    }
                }
                public static NetworkCredential Share(Hut h) => new NetworkCredential("hut", h._sharePassword);
            }
        }
        """";

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Every cut of a
    // source holding this commit's shapes, and every copy with four characters taken out at those places.
    [Fact]
    public Task RT48_no_analyzer_throws_on_cuts_of_the_commits_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(
            Enumerable.Range(1, CommitShapes.Length / 53)
                .SelectMany(i => new[] { CommitShapes.Substring(0, i * 53), CommitShapes.Remove(i * 53, Math.Min(4, CommitShapes.Length - i * 53)) }),
            new[] { Stubs.SerialPorts });

    // ---------- 7. cost ----------

    /// <summary>
    /// One plant type with <paramref name="fields"/> text fields, each written with a password in <paramref name="methods"/>
    /// methods and read at a Wi-Fi sink: instance <c>private</c> fields (<paramref name="instance"/>, this commit's path) or
    /// <c>private static</c> fields written by static methods (the path static fields already took, the baseline).
    /// </summary>
    private static string PlantFields(bool instance, int fields, int methods)
    {
        var stat = instance ? "" : "static ";
        var sb = new StringBuilder();
        sb.AppendLine("public sealed class Plant");
        sb.AppendLine("{");
        for (var f = 0; f < fields; f++)
        {
            sb.AppendLine($"    private {stat}string _psk{f};");
            for (var m = 0; m < methods; m++)
            {
                sb.AppendLine($"    public {stat}void Site{f}x{m}() {{ _psk{f} = \"Pl{f}!site-{m}Qw\"; }}");
            }

            sb.AppendLine($"    public {stat}bool Join{f}() => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(\"plant-{f}\", _psk{f});");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value", as "a static
    // field's already were" (accuracy, red team 47). 1,200 instance fields each written in four methods and read at a sink,
    // against the same fields static.
    [Fact]
    public Task RT48_twelve_hundred_private_fields_each_written_in_four_methods_cost_no_more_than_their_baseline() =>
        CostGuards.AssertNoBlowUpAsync(PlantFields(instance: true, 3, 4), PlantFields(instance: false, 1200, 4), PlantFields(instance: true, 1200, 4), "instance");

    /// <summary>
    /// A mesh type whose Wi-Fi key field is written in 16 methods from 16 hop fields, each written in 16 methods from 16 relay
    /// fields, each written in 16 methods with text, the key read at <paramref name="sinks"/> sinks: private fields (followed
    /// write by write, <paramref name="followed"/>) or internal ones (not followed: the baseline).
    /// </summary>
    private static string MeshChain(bool followed, int sinks)
    {
        var access = followed ? "private" : "internal";
        var sb = new StringBuilder();
        sb.AppendLine("public sealed class Mesh");
        sb.AppendLine("{");
        sb.AppendLine($"    {access} string _meshPsk;");
        for (var h = 0; h < 16; h++)
        {
            sb.AppendLine($"    {access} string _hop{h};");
            sb.AppendLine($"    {access} string _relay{h};");
            sb.AppendLine($"    public void Key{h}() {{ _meshPsk = _hop{h}; }}");
            for (var m = 0; m < 16; m++)
            {
                sb.AppendLine($"    public void Hop{h}x{m}() {{ _hop{h} = _relay{m}; }}");
                sb.AppendLine($"    public void Relay{h}x{m}() {{ _relay{h} = \"Rl{h}-{m}!mesh\"; }}");
            }
        }

        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"    public bool Join{s}() => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(\"mesh-{s}\", _meshPsk);");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    // IOT1001: "a private field given written text by any method or setter of its type ... each such value"; accuracy (red team
    // 46/47): writes are "at most 64 bound". A key field written from hop fields written from relay fields (16 writes at each
    // step, 4,096 ways), read at 200 sinks, against the same fields internal (not followed).
    [Fact]
    public Task RT48_private_fields_written_from_private_fields_three_deep_cost_no_more_than_their_baseline() =>
        CostGuards.AssertNoBlowUpAsync(MeshChain(followed: true, 3), MeshChain(followed: false, 200), MeshChain(followed: true, 200), "followed");

    /// <summary>
    /// One provisioning function of <paramref name="lines"/> unlock commands, each start read into a local of its own and
    /// completed by a PIN constant where the local is read (<paramref name="held"/>), or written in place with a local beside
    /// it holding a status query (the baseline).
    /// </summary>
    private static string HeldStarts(bool held, int lines)
    {
        var sb = new StringBuilder();
        sb.AppendLine("public sealed class ModemLine { public void WriteLine(string text) { } }");
        sb.AppendLine("public static class At { public const string PinAuth = \"AT+CPIN=\"; }");
        sb.AppendLine("public static class Pins");
        sb.AppendLine("{");
        for (var i = 0; i < lines; i++)
        {
            sb.AppendLine($"    public const string P{i} = \"{1000 + i}\";");
        }

        sb.AppendLine("}");
        sb.AppendLine("public static class Rack");
        sb.AppendLine("{");
        sb.AppendLine("    public static void Provision(ModemLine line)");
        sb.AppendLine("    {");
        for (var i = 0; i < lines; i++)
        {
            if (held)
            {
                sb.AppendLine($"        var start{i} = At.PinAuth;");
                sb.AppendLine($"        line.WriteLine(start{i} + Pins.P{i});");
            }
            else
            {
                sb.AppendLine($"        var start{i} = \"AT+CPIN?\";");
                sb.AppendLine($"        line.WriteLine(At.PinAuth + Pins.P{i});");
            }
        }

        sb.AppendLine("    }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    // IOT1001: a start is completed "through a local given the start: `var start = At.PinAuth; start + SimPin`". One function
    // reading the start into 1,500 locals, each completed where read, against the same commands with the start in place.
    [Fact]
    public Task RT48_a_start_read_into_fifteen_hundred_locals_of_one_function_costs_no_more_than_its_baseline() =>
        CostGuards.AssertNoBlowUpAsync(HeldStarts(held: true, 3), HeldStarts(held: false, 1500), HeldStarts(held: true, 1500), "held");

    // ---------- siblings of the kinds red team 48 found (written after its fixes) ----------

    // IOT1001 (red team 42): a written value replaced before anything reads it is no alternative, but "anything that may read
    // it in between keeps it". A private field's value with a call between the two writes (the call may read the field), and
    // a static field's bench value replaced on the next statement (IOT1004 at the dead write: its secret name).
    [Fact]
    public Task RT48_sibling_a_fields_write_with_a_call_before_its_replacement_is_kept_and_a_static_dead_write_is_iot1004() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class DryerLink
            {
                private string _dryerBrokerPassword;
                private static string s_ventBrokerPassword;
                private MqttClient _m;
                public void Load()
                {
                    _dryerBrokerPassword = "Gk4!dryer-Wq7"; // expect: IOT1001
                    Open();
                    _dryerBrokerPassword = File.ReadAllText("/etc/dryer/mqtt").Trim();
                    s_ventBrokerPassword = "Ty6#vent-Lp3"; // expect: IOT1004
                    s_ventBrokerPassword = File.ReadAllText("/etc/vent/mqtt").Trim();
                }
                public void Open() => _m.Connect("dryer-1", "dryer", _dryerBrokerPassword);
                public void Vent() => _m.Connect("vent-1", "vent", s_ventBrokerPassword);
            }
            """);

    // IOT1001: a command's start "is completed where it is read ... or through a local given the start". The ESP-AT join
    // whose secret comes after the SSID, read through a local of a switch section assigned after its declaration; a
    // hard negative beside it: the same start completed by the run-time password.
    [Fact]
    public Task RT48_sibling_a_join_start_given_to_a_local_in_a_switch_section_is_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class EspAt
            {
                public const string Join = "AT+CWJAP_DEF=\""; // expect: none
            }
            public static class Uplink
            {
                private const string BarnAp = "barn-ap"; // expect: none
                private const string BarnPsk = "Nc8!barn-Rv2"; // expect: IOT1001
                public static void Join(SerialPort port, int site, string psk)
                {
                    switch (site)
                    {
                        case 1:
                            string join;
                            join = EspAt.Join;
                            port.WriteLine(join + BarnAp + "\",\"" + BarnPsk + "\"");
                            break;
                        default:
                            var again = EspAt.Join;
                            port.WriteLine(again + BarnAp + "\",\"" + psk + "\"");
                            break;
                    }
                }
            }
            """);
}
