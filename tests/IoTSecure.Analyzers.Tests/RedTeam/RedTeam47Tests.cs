using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 47: the changes of 8f940e8, 8a7f93e, 805545f, b3e4a63 and fe4c80f (a value assigned to a field in a method
/// checked against the name it is assigned to; a command's start kept in a field, folded from constants, completed where
/// it is read; a member its constructor sets from a parameter read from each <c>new(...)</c>; members of objects built
/// elsewhere and the write cap counted after binding; the caches behind one lock; .NET's field prefixes), with other
/// members of each kind than red teams 45 and 46 tried. About half are hard negatives. Expectations come from docs/rules
/// and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam47Tests
{
    // ---------- 1. a value assigned to a field in a method, checked against the name it is assigned to ----------

    // IOT1006: "a value that repeats its holder's or the parameter's name whatever its shape"; (red team 43) "a value
    // assigned in a method is checked against the name it is assigned to, as an initializer's is". IOT1001 counts "defaults
    // set with `??=`" among the writes it follows: a `??=` default is an assignment in a method too.
    [Fact]
    public Task RT47_a_default_set_with_coalesce_assignment_spelling_the_fields_name_is_iot1006() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                private static string dockBrokerPassword;
                public static void Open(MqttClient m)
                {
                    dockBrokerPassword ??= "password-broker-dock"; // expect: IOT1006
                    m.Connect("dock-1", "dock", dockBrokerPassword);
                }
            }
            """);

    // IOT1006: "A word that names nothing of the kind (`"topPassword"`, `"lantern-marsh-secret"`), a digit or a symbol
    // (`"Harbor7Password!"`) makes it a working password (IOT1001)"; (red team 44) "a value that holds a number its holder's
    // name does not is a working value". The same `??=` default spelling another site's words, or with a number: IOT1001.
    [Fact]
    public Task RT47_a_coalesce_assignment_default_spelling_other_words_stays_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                private static string dockBrokerPassword;
                private static string quayBrokerPassword;
                public static void Open(MqttClient m)
                {
                    dockBrokerPassword ??= "password-broker-quay"; // expect: IOT1001
                    quayBrokerPassword ??= "password-broker-quay-31"; // expect: IOT1001
                    m.Connect("dock-1", "dock", dockBrokerPassword);
                    m.Connect("quay-1", "quay", quayBrokerPassword);
                }
            }
            """);

    // IOT1006: a value assigned in a method "is checked against the name it is assigned to, as an initializer's is"; IOT1001:
    // values are followed through "concatenation of any length". A value written as a concatenation that spells the field's
    // words (in another order: red team 43) repeats its name.
    [Fact]
    public Task RT47_a_value_assigned_as_a_concatenation_spelling_the_fields_name_is_iot1006() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Pier
            {
                private static string pierBrokerPassword;
                public static void Open(MqttClient m)
                {
                    pierBrokerPassword = "password-broker-" + "pier"; // expect: IOT1006
                    m.Connect("pier-1", "pier", pierBrokerPassword);
                }
            }
            """);

    // IOT1001: values are followed through "once-assigned locals and fields", "interpolation"; IOT1006: a value assigned in a
    // method "is checked against the name it is assigned to, as an initializer's is". Interpolations of a constant assigned to
    // fields in the method that reads them (the shape red team 46's plain literal takes): one spelling the field's words is a
    // placeholder, one with other words and symbols a working PSK. Both reach an API, so neither is IOT1004 ("reaches no API").
    [Fact]
    public Task RT47_interpolations_assigned_to_fields_in_the_reading_method_are_judged_at_the_wifi_sink() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class Pier
            {
                private const string Site = "pier";
                private static string pierWifiPsk;
                private static string bollardWifiPsk;
                public static void Open()
                {
                    pierWifiPsk = $"psk-wifi-{Site}"; // expect: IOT1006
                    bollardWifiPsk = $"Qz7!bollard-{Site}"; // expect: IOT1001
                    WifiNetworkHelper.ConnectDhcp("pier-ap", pierWifiPsk);
                    WifiNetworkHelper.ConnectDhcp("bollard-ap", bollardWifiPsk);
                }
            }
            """);

    // IOT1006: "a value that repeats its holder's ... name whatever its shape". The initializers beside the test above: the
    // same concatenation and interpolation under the holders' names (the reading the assignment is to match).
    [Fact]
    public Task RT47_initializers_written_as_concatenations_or_interpolations_spelling_the_holders_name_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Jetty
            {
                private const string Site = "jetty";
                private static readonly string jettyBrokerPassword = "password-broker-" + "jetty"; // expect: IOT1006
                private static readonly string jettyWifiPsk = $"psk-wifi-{Site}"; // expect: IOT1006
                public static void Open(MqttClient m)
                {
                    m.Connect("jetty-1", "jetty", jettyBrokerPassword);
                    WifiNetworkHelper.ConnectDhcp("jetty-ap", jettyWifiPsk);
                }
            }
            """);

    // IOT1001: "Every written choice is judged at its own literal: both arms of `lab ? "a" : "b"`"; IOT1006: a value assigned
    // in a method is checked against the name it is assigned to. The arm of a conditional assigned to the field spells its
    // words: a placeholder, never IOT1001 ("A placeholder is never reported as IOT1001"); the other field's arm, other words
    // and symbols, is a working password.
    [Fact]
    public Task RT47_a_conditionals_arm_assigned_in_a_method_spelling_the_fields_name_is_iot1006() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Kiosk
            {
                private static string kioskBrokerPassword;
                private static string yardBrokerPassword;
                public static void Open(MqttClient m, bool bench)
                {
                    kioskBrokerPassword = bench ? "password-broker-kiosk" : File.ReadAllText("/etc/kiosk/mqtt"); // expect: IOT1006
                    yardBrokerPassword = bench ? "Yb4!broker-Qw7" : File.ReadAllText("/etc/yard/mqtt"); // expect: IOT1001
                    m.Connect("kiosk-1", "kiosk", kioskBrokerPassword);
                    m.Connect("yard-1", "yard", yardBrokerPassword);
                }
            }
            """);

    // Hard negative. IOT1001: "A redacted copy (`"***"`, `"[redacted]"`) is no value"; IOT1006: "Not findings: empty strings,
    // values from configuration or the environment". `??=` defaults in a method that are a mask, an empty string or the
    // environment's value.
    [Fact]
    public Task RT47_coalesce_assignment_defaults_of_masks_empty_or_environment_values_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public static class Wharf
            {
                private static string wharfBrokerPassword;
                private static string wharfSharePassword;
                private static string craneBrokerPassword;
                public static void Open(MqttClient m)
                {
                    wharfBrokerPassword ??= Environment.GetEnvironmentVariable("WHARF_BROKER_PASSWORD"); // expect: none
                    wharfSharePassword ??= "********"; // expect: none
                    craneBrokerPassword ??= ""; // expect: none
                    m.Connect("wharf-1", "wharf", wharfBrokerPassword);
                    m.Connect("crane-1", "crane", craneBrokerPassword);
                }
                public static NetworkCredential Share() => new NetworkCredential("wharf", wharfSharePassword);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file"; IOT1004: "configuration keys and paths (`"Mqtt:Broker:Password"`, `"/etc/device/secret"`)" are no secrets. A field
    // assigned in a method from the environment, a file or a setting whose key spells the field's name: the key is read,
    // not sent.
    [Fact]
    public Task RT47_fields_assigned_in_a_method_from_lookups_keyed_by_their_own_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Gatehouse
            {
                private static string gateBrokerPassword;
                private string gateSharePassword;
                private string gateVaultPassword;
                public void Load(IDictionary<string, string> settings)
                {
                    gateBrokerPassword = Environment.GetEnvironmentVariable("GATE_BROKER_PASSWORD") ?? ""; // expect: none
                    gateSharePassword = settings["GateSharePassword"]; // expect: none
                    gateVaultPassword = File.ReadAllText("/etc/gate/gateVaultPassword").Trim(); // expect: none
                }
                public static void Open(MqttClient m) => m.Connect("gate-1", "gate", gateBrokerPassword);
                public NetworkCredential Share() => new NetworkCredential("gate", gateSharePassword);
                public NetworkCredential Vault() => new NetworkCredential("vault", gateVaultPassword);
            }
            """);

    // ---------- 2. a command's start kept in a field, completed where it is read ----------

    // IOT1001: "a command's start kept in a field of another type or file (`const string ATPINAuthCommand = "AT+CPIN="`, also
    // folded from constants: `Plus + "CPIN="`) is completed where it is read". C# 10 folds a constant interpolated string of
    // constants (`$"{Plus}CPIN="`) to its text as it folds `Plus + "CPIN="`.
    [Fact]
    public Task RT47_a_command_start_in_a_constant_interpolated_string_is_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Quectel
            {
                private const string Plus = "AT+";
                public const string PinAuth = $"{Plus}CPIN="; // expect: none
                public const string LockOn = $"{Plus}CLCK=\"SC\",1,"; // expect: none
            }
            public static class Provision
            {
                public const string Spare = "6318"; // expect: IOT1001
                public const string Lock = "2795"; // expect: IOT1001
            }
            public static class Boot
            {
                public static void Run(SerialPort port)
                {
                    port.WriteLine(Quectel.PinAuth + Provision.Spare);
                    port.WriteLine(Quectel.LockOn + Provision.Lock);
                }
            }
            """);

    // IOT1001: a command's start "kept in a field" (accuracy, ninth corpus: "`const string ...`, a `static readonly` one")
    // "also folded from constants: `Plus + "CPIN="`". A `static readonly` start made of constants holds the same text.
    [Fact]
    public Task RT47_a_static_readonly_command_start_built_from_constants_is_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Simcom
            {
                private const string Plus = "AT+";
                public static readonly string PinAuth = Plus + "CPIN="; // expect: none
                public static readonly string ChangePin = string.Concat(Plus, "CPWD=\"SC\",\""); // expect: none
            }
            public static class Provision
            {
                public const string Main = "8152"; // expect: IOT1001
                public const string Old = "4470"; // expect: IOT1001
                public const string Fresh = "9063"; // expect: IOT1001
            }
            public static class Boot
            {
                public static void Run(SerialPort port)
                {
                    port.WriteLine(Simcom.PinAuth + Provision.Main);
                    port.WriteLine(Simcom.ChangePin + Provision.Old + "\",\"" + Provision.Fresh + "\"");
                }
            }
            """);

    // Hard negative. IOT1001 (ninth corpus): "Hard negatives: ... a query (`AT+CPIN?`), an APN's place, a non-secret key's
    // start (`Host=`)"; "(an operator's published APN login, the user name again or a label of the APN, is not one)". Starts
    // folded from constants by a constant interpolated string and by a `static readonly` concatenation, completed by written
    // text at places that hold no secret: an APN, an SMS recipient, a PIN query, a published APN login's user, and a
    // database name.
    [Fact]
    public Task RT47_folded_starts_completed_at_places_that_hold_no_secret_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Bg96
            {
                private const string Plus = "AT+";
                public const string Apn = $"{Plus}CGDCONT=1,\"IP\",\""; // expect: none
                public const string SmsTo = $"{Plus}CMGS=\""; // expect: none
                public static readonly string PinAuth = Plus + "CPIN"; // expect: none
                public static readonly string ApnLogin = Plus + "QICSGP=1,1,\"web.vodafone.de\",\""; // expect: none
                public static readonly string Db = string.Concat("Host=hist.quay;", "Port=5432;Database="); // expect: none
            }
            public static class Attach
            {
                public const string Operator = "vodafone"; // expect: none
                public static void Run(SerialPort port)
                {
                    port.WriteLine(Bg96.Apn + "iot.1nce.net\"");
                    port.WriteLine(Bg96.SmsTo + "+447700900481\"");
                    port.WriteLine(Bg96.PinAuth + "?");
                    port.WriteLine(Bg96.ApnLogin + Attach.Operator + "\",\"" + Attach.Operator + "\",1");
                    port.WriteLine(Bg96.Db + "events4821;Username=gw");
                }
            }
            """);

    // IOT1001: a start kept in a field "is completed where it is read"; strings are built by "concatenation of any length,
    // interpolation, `string.Concat`, `string.Format`, `string.Join` ... or a `StringBuilder`'s `Append` chain". A start
    // completed through string.Format and through a StringBuilder.
    [Fact]
    public Task RT47_a_command_start_completed_through_string_format_and_a_string_builder_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            using System.Text;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
                public const string LockSim = "AT+CLCK=\"SC\",1,\""; // expect: none
            }
            public static class Cellular
            {
                public const string Pin = "7094"; // expect: IOT1001
                public const string Lock = "3526"; // expect: IOT1001
                public static void Unlock(SerialPort port)
                {
                    port.WriteLine(string.Format("{0}{1}", At.PinAuth, Pin));
                    port.WriteLine(new StringBuilder().Append(At.LockSim).Append(Lock).Append('"').ToString());
                }
            }
            """);

    // IOT1001: "once-assigned locals" are followed; a start "is completed where it is read". A start read into a local, then
    // completed where the local is read.
    [Fact]
    public Task RT47_a_command_start_held_in_a_local_then_completed_is_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
            }
            public static class Router
            {
                private const string SimPin = "5847"; // expect: IOT1001
                public static void Unlock(SerialPort port)
                {
                    var start = At.PinAuth;
                    port.WriteLine(start + SimPin + "\r");
                }
            }
            """);

    // Hard negative. IOT1001: a start is "found by the field's name, bound; another type's constant read as its text"; "never
    // by method name alone". Another type's constant of the same name that is no command start (`Led.Prefix = "LED:"`), the
    // start of a generic command type completed at run time, and a parameter of the start's name completed by text: none is
    // a SIM PIN command.
    [Fact]
    public Task RT47_same_named_fields_that_are_no_command_start_and_shadowing_parameters_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Led { public const string Prefix = "LED:"; }
            public static class Relay { public static readonly string Prefix = "RLY"; }
            public static class Sim { public const string Prefix = "AT+CPIN="; }
            public static class Cmd<TPort> { public const string Prefix = "AT+CPIN="; }
            public static class Panel
            {
                public static void Run(SerialPort port, string entered)
                {
                    port.WriteLine(Led.Prefix + "1234"); // expect: none
                    port.WriteLine(Relay.Prefix + "0000"); // expect: none
                    port.WriteLine(Sim.Prefix + entered);
                    port.WriteLine(Cmd<int>.Prefix + entered.Trim());
                }
                public static void Echo(SerialPort port, string Prefix) => port.WriteLine(Prefix + "4907"); // expect: none
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file"; IOT1006: "a redaction in a logged command (`"<hidden>"`, `"****"`) is none"; IOT1001 (ninth corpus): "a query
    // (`AT+CPIN?`)" is no secret's place. Starts read through string.Format, a StringBuilder and a local, completed by
    // run-time PINs, masks and queries.
    [Fact]
    public Task RT47_starts_completed_through_format_builder_and_local_by_run_time_or_masked_text_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO;
            using System.IO.Ports;
            using System.Text;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
                public static readonly string LockSim = "AT+CLCK=\"SC\","; // expect: none
            }
            public static class Cellular
            {
                public static void Unlock(SerialPort port, string entered)
                {
                    port.WriteLine(string.Format("{0}{1}", At.PinAuth, entered));
                    port.WriteLine(string.Format("{0}\"{1}\"", At.PinAuth, File.ReadAllText("/etc/modem/pin").Trim()));
                    Console.WriteLine(string.Format("{0}{1}", At.PinAuth, "****"));
                    Console.WriteLine(new StringBuilder(At.PinAuth).Append("\"<hidden>\"").ToString());
                    port.WriteLine(new StringBuilder().Append(At.LockSim).Append("2").ToString());
                    var start = At.PinAuth;
                    port.WriteLine(start + "?");
                    port.WriteLine(start + Environment.GetEnvironmentVariable("SIM_PIN"));
                }
            }
            """);

    // ---------- 3. a member its constructor sets from a parameter, read from each new(...) ----------

    // IOT1001: "a member its type's constructor sets from a parameter is read from each `new` call (`new UnlockSim("4907")`)";
    // "Target-typed `new(...)`, named arguments, object initializers ... count". Named arguments in another order than the
    // parameters: the PIN is the argument named for the parameter the member keeps, not the one in its position.
    [Fact]
    public Task RT47_a_member_set_from_a_constructor_parameter_is_read_from_named_arguments_in_any_order() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class At { public const string PinAuth = "AT+CPIN="; }
            public sealed class UnlockLine
            {
                public UnlockLine(string port, string digits) { Port = port; Payload = digits; }
                public string Port { get; }
                public string Payload { get; }
                public string Line => At.PinAuth + Payload + "\r";
            }
            public static class Boot
            {
                public static void Run()
                {
                    var unlock = new UnlockLine(
                        digits: "6481", // expect: IOT1001
                        port: "/dev/ttyS2"); // expect: none
                    new SerialPort(unlock.Port, 115200).Write(unlock.Line);
                }
            }
            """);

    // IOT1001: "a member its type's constructor sets from a parameter is read from each `new` call"; "so are a primary
    // constructor's parameter and a constructor parameter kept in a field or property", "the arguments a positional record is
    // built with". A command type with a primary constructor reading its parameter, and a positional record reading its
    // property, in the PIN's place.
    [Fact]
    public Task RT47_primary_constructor_and_positional_record_parameters_read_at_the_pin_are_read_from_each_new() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class At { public const string PinAuth = "AT+CPIN="; }
            public sealed class SimUnlock(string digits)
            {
                public string Line => At.PinAuth + digits + "\r";
            }
            public sealed record SpareUnlock(string Digits)
            {
                public string Line => $"{At.PinAuth}\"{Digits}\"\r";
            }
            public static class Boot
            {
                public static void Run(SerialPort port)
                {
                    port.Write(new SimUnlock("3174").Line); // expect: IOT1001
                    port.Write(new SpareUnlock("8520").Line); // expect: IOT1001
                }
            }
            """);

    // Hard negative. IOT1001: "A redacted copy (`"***"`, `"[redacted]"`) is no value"; accuracy (ninth corpus): an APN's place
    // is no secret's. A constructor that keeps only a mask of its parameter for the PIN's place, and one that keeps an APN
    // read at the APN's place while the PIN comes from the environment: the literal passed is never what is sent.
    [Fact]
    public Task RT47_constructor_parameters_not_kept_at_the_pins_place_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
                public const string Apn = "AT+CGDCONT=1,\"IP\",\""; // expect: none
            }
            public sealed class PinEcho
            {
                public PinEcho(string digits) { Shown = new string('*', digits.Length); }
                public string Shown { get; }
                public string Line => At.PinAuth + Shown;
            }
            public sealed class Attach
            {
                public Attach(string apn) { Name = apn; Pin = Environment.GetEnvironmentVariable("SIM_PIN"); }
                public string Name { get; }
                public string Pin { get; }
                public string ApnLine => At.Apn + Name + "\"";
                public string PinLine => At.PinAuth + Pin;
            }
            public static class Boot
            {
                public static void Run(SerialPort port)
                {
                    Console.WriteLine(new PinEcho("4907").Line); // expect: none
                    var a = new Attach("m2m.4821.example"); // expect: none
                    port.WriteLine(a.ApnLine);
                    port.WriteLine(a.PinLine);
                }
            }
            """);

    // IOT1001: "a member its type's constructor sets from a parameter is read from each `new` call"; DESIGN: "An analyzer never
    // throws". A command type whose retry builds a new command from its own member (a cycle through the member's values):
    // the written PIN is still read, and the cycle ends.
    [Fact]
    public Task RT47_a_member_passed_back_into_its_own_constructor_still_reads_the_written_pin() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class At { public const string PinAuth = "AT+CPIN="; }
            public sealed class UnlockSim
            {
                public UnlockSim(string digits) { Payload = digits; }
                public string Payload { get; }
                public string Line => At.PinAuth + Payload + "\r";
                public UnlockSim Retry() => new UnlockSim(Payload);
                public UnlockSim Again() => new(this.Payload.Trim());
            }
            public static class Boot
            {
                public static void Run(SerialPort port)
                {
                    var first = new UnlockSim("3951"); // expect: IOT1001
                    port.Write(first.Line);
                    port.Write(first.Retry().Again().Line);
                }
            }
            """);

    // ---------- 4. members of objects built elsewhere, judged at each value written into them ----------

    // IOT1001: "a member of a settings object built elsewhere (`yield return new GsmModemConfig { PIN1 = "4907" }`) at each value
    // the code writes into it"; "A property of the team's own options type read at a sink ... takes every value the code writes
    // into it elsewhere". A record's `with` expression writes the member: a bench copy of a profile with its own PIN.
    [Fact]
    public Task RT47_a_member_written_by_a_records_with_expression_is_judged_at_the_command() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            public sealed record ModemProfile
            {
                public string Port { get; init; }
                public string Pin { get; init; }
            }
            public static class Profiles
            {
                public static ModemProfile Field() => new ModemProfile { Port = "/dev/ttyUSB0", Pin = Environment.GetEnvironmentVariable("SIM_PIN") };
                public static ModemProfile Bench() => Field() with { Pin = "7730" }; // expect: IOT1001
            }
            public static class Unlock
            {
                public static void Run(ModemProfile p) => new SerialPort(p.Port, 115200).WriteLine("AT+CPIN=" + p.Pin);
            }
            """);

    // IOT1001: a member of a settings object built elsewhere is judged "at each value the code writes into it"; "Target-typed
    // `new(...)` ... object initializers ... count". Target-typed objects in a list initializer and in an array.
    [Fact]
    public Task RT47_members_written_in_target_typed_objects_of_list_and_array_initializers_are_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.Collections.Generic;
            using System.IO.Ports;
            public sealed class GsmSlot
            {
                public string Port { get; set; }
                public string Puk { get; set; }
                public string Pin { get; set; }
            }
            public static class Fleet
            {
                public static readonly List<GsmSlot> Slots = new()
                {
                    new() { Port = "/dev/ttyUSB0", Pin = "6620" }, // expect: IOT1001
                };
                public static readonly GsmSlot[] Spares = { new() { Port = "/dev/ttyUSB1", Puk = "71826354", Pin = "1937" } }; // expect: IOT1001 IOT1001
                public static void Unlock()
                {
                    foreach (var s in Slots) new SerialPort(s.Port, 115200).WriteLine("AT+CPIN=\"" + s.Pin + "\"");
                    foreach (var s in Spares) new SerialPort(s.Port, 115200).WriteLine($"AT+CPIN=\"{s.Puk}\",\"{s.Pin}\"");
                }
            }
            """);

    // Hard negative. IOT1001: "Initializers of other types with a property of the same name (`new OnvifOptions { Password = ...
    // }`) are told apart from the declarations and do not count"; "Not findings: ... values from ... the environment". A
    // status LED's `Pin` written in target-typed initializers (no type name written) beside the SIM settings' `Pin`, which
    // only the environment fills; the LED's pin read at a GPIO command's place, which holds no secret.
    [Fact]
    public Task RT47_target_typed_initializers_of_another_types_same_named_member_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            public sealed class SimSettings { public string Port { get; set; } public string Pin { get; set; } }
            public sealed class LedSettings { public string Pin { get; set; } public string Mode { get; set; } }
            public static class Boards
            {
                public static SimSettings Sim() => new() { Port = "/dev/ttyUSB3", Pin = Environment.GetEnvironmentVariable("SIM_PIN") };
                public static LedSettings Status() => new() { Pin = "1712", Mode = "out" }; // expect: none
                public static LedSettings Fault()
                {
                    LedSettings fault = new() { Pin = "2048" }; // expect: none
                    return fault;
                }
            }
            public static class Start
            {
                public static void Run(SerialPort port, SimSettings sim, LedSettings led)
                {
                    port.WriteLine("AT+CPIN=" + sim.Pin);
                    port.WriteLine($"AT+QCFG=\"gpio\",1,{led.Pin},1,0,0");
                }
            }
            """);

    // Hard negative. IOT1001: "A redacted copy (`"***"`, `"[redacted]"`) is no value"; "Not findings: empty strings, values from
    // ... the environment" (IOT1006); (ninth corpus) "the member given run-time values or nothing". Records copied `with` a
    // mask for a log, an entered PIN, and profiles yielded with empty, null and string.Empty PINs.
    [Fact]
    public Task RT47_members_written_with_masks_entered_or_empty_values_stay_quiet_at_the_command() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.Collections.Generic;
            using System.IO.Ports;
            public sealed record ModemProfile
            {
                public string Port { get; init; }
                public string Pin { get; init; }
            }
            public static class Profiles
            {
                public static IEnumerable<ModemProfile> Known()
                {
                    yield return new ModemProfile { Port = "/dev/ttyUSB0", Pin = "" };
                    yield return new ModemProfile { Port = "/dev/ttyUSB1", Pin = null };
                    yield return new ModemProfile { Port = "/dev/ttyUSB2", Pin = string.Empty };
                }
                public static ModemProfile Logged(ModemProfile p) => p with { Pin = "****" };
                public static ModemProfile Entered(ModemProfile p, string typed) => p with { Pin = typed.Trim() };
            }
            public static class Unlock
            {
                public static void Run(string typed)
                {
                    foreach (var p in Profiles.Known())
                    {
                        var port = new SerialPort(p.Port, 115200);
                        port.WriteLine("AT+CPIN=" + Profiles.Entered(p, typed).Pin);
                        Console.WriteLine("AT+CPIN=" + Profiles.Logged(p).Pin);
                    }
                }
            }
            """);

    // ---------- 5. .NET's field prefixes ----------

    // IOT1006: "(a field's `s_`, `m_` or `t_` prefix is no word of the name: `"password.mqtt.gate"` under `s_gateMqttPassword`; a
    // value assigned in a method is checked against the name it is assigned to, as an initializer's is)". Prefixed fields
    // given their values by a static constructor and an instance constructor, at nanoFramework's and Meadow's Wi-Fi sinks.
    [Fact]
    public Task RT47_prefixed_fields_assigned_in_constructors_spelling_their_words_are_iot1006_at_wifi_sinks() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using Meadow.Hardware;
            using nanoFramework.Networking;
            public sealed class Lobby
            {
                private static readonly string s_dockWifiPsk;
                private readonly string m_lobbyWifiPassphrase;
                static Lobby() { s_dockWifiPsk = "psk.wifi.dock"; } // expect: IOT1006
                public Lobby() { m_lobbyWifiPassphrase = "passphrase-wifi-lobby"; } // expect: IOT1006
                public static bool Dock() => WifiNetworkHelper.ConnectDhcp("dock-ap", s_dockWifiPsk);
                public Task Join(IWiFiNetworkAdapter wifi) => wifi.Connect("lobby-ap", m_lobbyWifiPassphrase, TimeSpan.FromSeconds(30));
            }
            """);

    // ---------- 6. the caches behind one lock: answers do not depend on the order the actions run in ----------

    // IOT1001: values are followed through "once-assigned locals and fields", "`??` fallbacks"; DESIGN: "An analyzer never
    // throws"; the caches are per compilation and may be read again by the computation that fills them (b3e4a63: "a
    // computation may read the cache again"). Two static fields whose initializers read each other (a cycle the resolver
    // enters through the primary field at the sink): the written fallback is still found, once, and the cycle ends.
    [Fact]
    public Task RT47_mutually_reading_fields_still_give_the_written_fallback_once() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            public sealed class Relay
            {
                private static string s_primary = Environment.GetEnvironmentVariable("RELAY_PSK") ?? s_fallback;
                private static string s_fallback = s_primary ?? "Rf5#relay-Kq8Wz"; // expect: IOT1001
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("relay", s_primary);
            }
            """);

    // ---------- 7. crashes and cost ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed forms
    // of this session's shapes: assignments in methods with missing sides, `??=` and conditionals cut short; constant
    // interpolated starts with holes and cycles; named arguments broken; primary constructors and records half written;
    // `with` expressions cut; static readonly starts reading each other.
    [Fact]
    public Task RT47_no_analyzer_throws_on_half_typed_forms_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""using uPLibrary.Networking.M2Mqtt; static class D { static string dockBrokerPassword; static string s_; static void O(MqttClient m, bool b) { dockBrokerPassword ??= ; = "password-broker-dock"; this.dockBrokerPassword = "x"; .dockBrokerPassword = "password-broker-dock"; dockBrokerPassword = b ? "password-broker-dock" : ; dockBrokerPassword = b ? : "y"; dockBrokerPassword = "password-" + ; s_ = $"psk-{}"; s_ = $"{s_}"; (dockBrokerPassword, s_) = ("a", ); dockBrokerPassword = dockBrokerPassword = "password-broker-dock"; m.Connect("d", "d", dockBrokerPassword + s_); } }""", null),
            ("""using System.IO.Ports; static class At { const string Plus = "AT+"; public const string PinAuth = $"{Plus}CPIN={}"; public const string Loop = $"{Loop}CPIN="; public const string A = $"{B}"; public const string B = $"{A}AT+CPIN="; public static readonly string R = Plus + ; public static readonly string S = T + "CPIN="; public static readonly string T = S; } static class B2 { static void R(SerialPort p, string x) { p.WriteLine(string.Format("{0}{1}", At.PinAuth, )); p.WriteLine(new System.Text.StringBuilder(At.R).Append().ToString()); var start = At.S; p.WriteLine(start + ); p.WriteLine(At.B + At.A + x); var s2 = ; p.WriteLine(s2 + "1"); } }""", new[] { Stubs.SerialPorts }),
            ("""using System.IO.Ports; static class At { public const string PinAuth = "AT+CPIN="; } sealed class U(string digits) { public string Line => At.PinAuth + digits; public U() : this() { } } sealed record R(string Digits, ) { public string Line => At.PinAuth + Digits; } sealed class L { public L(string port, string digits) { Payload = digits; } public string Payload { get; } public string Line => At.PinAuth + Payload; public L Retry() => new L(digits: Payload, port: ); } static class B { static void Run(SerialPort p) { p.Write(new U("1").Line + new U(digits: ).Line + new R().Line + new R(Digits: "2", Digits: "3").Line + new L(digits: "4", digits: "5").Line + new L(port: "x").Line + new L(, "6").Line); } }""", new[] { Stubs.SerialPorts }),
            ("""using System.Collections.Generic; using System.IO.Ports; sealed record P { public string Pin { get; init; } public string Port { get; init; } } static class F { static P A() => new P() with { Pin = }; static P B(P p) => p with { = "1" }; static P C(P p) => p with { Pin = "2", Pin = "3" }; static P D(P p) => p with { Pin = p with { Pin = "4" }.Pin }; static List<P> E = new() { new() { Pin = "5", }, new() { Pin }, new() }; static P[] G = { new() { Pin = "6" }, , }; static void U(SerialPort port) { foreach (var p in E) port.WriteLine("AT+CPIN=" + p.Pin + A().Pin + D(p).Pin + G[0].); } }""", new[] { Stubs.SerialPorts }),
            ("""using System; using Meadow.Hardware; using nanoFramework.Networking; sealed class L { static readonly string s_; readonly string m_; readonly string m_m_; static L() { s_ = "s"; L.s_ = ; s_dockWifiPsk = "psk.wifi.dock"; } public L() { m_ = m_m_ = "m"; this.m_ ??= "x"; } static bool D() => WifiNetworkHelper.ConnectDhcp("d", s_ + s_dockWifiPsk); System.Threading.Tasks.Task J(IWiFiNetworkAdapter w) => w.Connect("l", m_ + m_m_, TimeSpan.FromSeconds(1)); }""", null),
        });

    private const string SessionShapes = """"
        using System;
        using System.Collections.Generic;
        using System.IO.Ports;
        using System.Text;
        using nanoFramework.Networking;
        using uPLibrary.Networking.M2Mqtt;
        namespace Quay.Modem
        {
            public static class At
            {
                private const string Plus = "AT+";
                public const string PinAuth = $"{Plus}CPIN=";
                public static readonly string LockSim = Plus + "CLCK=\"SC\",1,";
            }
            public sealed class SimUnlock(string digits) { public string Line => At.PinAuth + digits + "\r"; }
            public sealed record ModemProfile { public string Port { get; init; } public string Pin { get; init; } }
            public sealed class UnlockLine
            {
                public UnlockLine(string port, string digits) { Port = port; Payload = digits; }
                public string Port { get; }
                public string Payload { get; }
                public string Line => At.PinAuth + Payload + "\r";
                public UnlockLine Retry() => new UnlockLine(digits: Payload, port: Port);
            }
            public static class Quay
            {
                private static string quayBrokerPassword;
                private static readonly string s_quayWifiPsk;
                static Quay() { s_quayWifiPsk = "psk.wifi.quay"; }
                public static void Run(MqttClient m, ModemProfile field, bool bench)
                {
                    quayBrokerPassword ??= bench ? "password-broker-" + "quay" : Environment.GetEnvironmentVariable("QUAY_MQTT");
                    m.Connect("quay-1", "quay", quayBrokerPassword);
                    WifiNetworkHelper.ConnectDhcp("quay-ap", s_quayWifiPsk);
                    var p = field with { Pin = "5862" };
                    var port = new SerialPort(p.Port, 115200);
                    port.WriteLine(string.Format("{0}{1}", At.PinAuth, p.Pin));
                    port.WriteLine(new StringBuilder().Append(At.LockSim).Append("4071").ToString());
                    var u = new UnlockLine(digits: "6481", port: "/dev/ttyS2");
                    port.Write(u.Retry().Line + new SimUnlock("3174").Line);
                }
            }
        }
        """";

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Every cut of a
    // source holding this session's shapes, and every copy with five characters taken out at those places.
    [Fact]
    public Task RT47_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(
            Enumerable.Range(1, SessionShapes.Length / 47)
                .SelectMany(i => new[] { SessionShapes.Substring(0, i * 47), SessionShapes.Remove(i * 47, Math.Min(5, SessionShapes.Length - i * 47)) }),
            new[] { Stubs.SerialPorts });

    /// <summary>
    /// <paramref name="types"/> settings types, each with one text member written once by an initializer that names its type
    /// (<c>new Slot7 { Code = "5107" }</c>) and read at a SIM PIN command: all members named <c>Code</c>
    /// (<paramref name="sameName"/>: each member's writes are looked for by name, and every other type's initializer is one
    /// to tell apart) or each named for its type (the baseline).
    /// </summary>
    private static string SlotTypes(bool sameName, int types)
    {
        var sb = new StringBuilder();
        sb.AppendLine("public sealed class ModemLine { public void WriteLine(string text) { } }");
        sb.AppendLine("public static class At { public const string PinAuth = \"AT+CPIN=\"; }");
        for (var t = 0; t < types; t++)
        {
            var member = sameName ? "Code" : $"Code{t}";
            sb.AppendLine($"public sealed class Slot{t} {{ public string Port {{ get; set; }} public string {member} {{ get; set; }} }}");
            sb.AppendLine($"public static class Make{t}");
            sb.AppendLine("{");
            sb.AppendLine($"  public static Slot{t} Bench() => new Slot{t} {{ Port = \"/dev/ttyUSB{t % 8}\", {member} = \"{5000 + t}\" }};");
            sb.AppendLine($"  public static void Unlock(ModemLine line, Slot{t} slot) => line.WriteLine(At.PinAuth + slot.{member});");
            sb.AppendLine("}");
        }

        return sb.ToString();
    }

    // IOT1001: a member of an object built elsewhere is judged "at each value the code writes into it"; "Initializers of other
    // types with a property of the same name ... are told apart from the declarations and do not count" (red team 46: the
    // writes are counted again once bound). 800 settings types whose members share one name (`Code`), each written once and
    // read at a command, against the same types with a name each.
    [Fact]
    public Task RT47_many_settings_types_sharing_one_member_name_cost_no_more_than_their_baseline() =>
        CostGuards.AssertNoBlowUpAsync(SlotTypes(sameName: true, 3), SlotTypes(sameName: false, 800), SlotTypes(sameName: true, 800), "one name");

    /// <summary>
    /// One command type whose constructor keeps its parameter for the PIN's place, built <paramref name="creations"/> times
    /// with written PINs (<paramref name="written"/>) or run-time values (the baseline), each command read where it is built.
    /// </summary>
    private static string ManyCreations(bool written, int creations)
    {
        var sb = new StringBuilder();
        sb.AppendLine("public sealed class ModemLine { public void WriteLine(string text) { } }");
        sb.AppendLine("public static class At { public const string PinAuth = \"AT+CPIN=\"; }");
        sb.AppendLine("public sealed class UnlockSim { public UnlockSim(string digits) { Payload = digits; } public string Payload { get; } public string Line => At.PinAuth + Payload + \"\\r\"; }");
        sb.AppendLine("public static class Bench");
        sb.AppendLine("{");
        for (var c = 0; c < creations; c++)
        {
            var value = written ? $"\"{1000 + c}\"" : $"System.Environment.GetEnvironmentVariable(\"PIN_{c}\")";
            sb.AppendLine($"  public static void U{c}(ModemLine line) => line.WriteLine(new UnlockSim({value}).Line);");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    // IOT1001: "a member its type's constructor sets from a parameter is read from each `new` call". A bench's 1,500 commands
    // of one type, each built with a written PIN and read where it is built, against the same commands built from the
    // environment.
    [Fact]
    public Task RT47_one_command_type_built_fifteen_hundred_times_with_written_pins_costs_no_more_than_its_baseline() =>
        CostGuards.AssertNoBlowUpAsync(ManyCreations(written: true, 3), ManyCreations(written: false, 1500), ManyCreations(written: true, 1500), "written");

    // ---------- siblings of the kinds red team 47 found (written after its fixes, other members of each kind) ----------

    // IOT1001: "once-assigned locals and fields" are followed. A field given written text by another method of its type than
    // the one that reads it (a setup method, a property's setter, a raw string literal, string.Format of literals), read at
    // Wi-Fi, MQTT and credential sinks; IOT1006 where the text spells the field's own words.
    [Fact]
    public Task RT47_sibling_fields_given_written_text_by_another_method_of_their_type_are_judged_at_the_sink() =>
        ExpectComments.AssertAsync(""""
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Kiln
            {
                private string _kilnPsk;
                private static string s_brokerSecret;
                private string _shareLogin;
                private string _ovenBrokerPassword;
                public bool Bench { set { if (value) _shareLogin = """Vx8#share-Np3q"""; } } // expect: IOT1001
                public void Setup()
                {
                    _kilnPsk = string.Format("{0}-{1}", "Hk4!kiln", "Zr9w"); // expect: IOT1001
                    s_brokerSecret = "Mq6$broker-" + "Tw2z"; // expect: IOT1001
                    _ovenBrokerPassword = "oven-broker-password"; // expect: IOT1006
                }
                public void Join(MqttClient m)
                {
                    WifiNetworkHelper.ConnectDhcp("kiln-ap", _kilnPsk);
                    m.Connect("kiln-1", "kiln", s_brokerSecret);
                    m.Connect("oven-1", "oven", _ovenBrokerPassword);
                    _ = new NetworkCredential("share", _shareLogin);
                }
            }
            """");

    // Hard negative beside it. IOT1001: "A redacted copy (`"***"`, `"[redacted]"`) is no value"; IOT1006: "Not findings: empty
    // strings, values from configuration or the environment". Fields a method of their type gives a mask, an empty string, a
    // file's or the environment's text, or a log line's words (a literal in a call that returns run-time text).
    [Fact]
    public Task RT47_sibling_fields_given_masks_empty_or_run_time_text_by_another_method_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Kiln
            {
                private string _kilnPsk;
                private string _brokerSecret;
                private string _shownPassword;
                private string _uplinkPassword;
                public void Setup()
                {
                    _kilnPsk = File.ReadAllText("/etc/kiln/psk").Trim();
                    _brokerSecret = Environment.GetEnvironmentVariable("KILN_BROKER_SECRET") ?? string.Empty;
                    _shownPassword = "********";
                    _uplinkPassword = "";
                }
                public void Join(MqttClient m)
                {
                    WifiNetworkHelper.ConnectDhcp("kiln-ap", _kilnPsk);
                    m.Connect("kiln-1", "kiln", _brokerSecret);
                    m.Connect("kiln-2", "kiln", _shownPassword);
                    m.Connect("kiln-3", "kiln", _uplinkPassword);
                }
            }
            """);

    // IOT1001: a start kept in a field, "also folded from constants", "is completed where it is read"; "once-assigned
    // locals" are followed. Other members of the kind: a static readonly start written as an interpolation of constants, a
    // start read into a local completed by string.Concat and by an interpolation, an ESP-AT join whose start carries the SSID.
    [Fact]
    public Task RT47_sibling_starts_made_of_constants_or_held_in_locals_are_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class Sim7600
            {
                private const string At = "AT+";
                public static readonly string Unlock = $"{At}CPIN=\""; // expect: none
                public const string Join = At + "CWJAP=\"shed-ap\",\""; // expect: none
            }
            public static class Shed
            {
                private const string SimCode = "3962"; // expect: IOT1001
                private const string ShedAp = "Lw5!shed-Qe8r"; // expect: IOT1001
                private const string Spare = "7140"; // expect: IOT1001
                public static void Boot(SerialPort port, bool spare)
                {
                    string unlock = Sim7600.Unlock;
                    var join = Sim7600.Join;
                    port.WriteLine(string.Concat(unlock, SimCode, "\""));
                    port.WriteLine($"{join}{ShedAp}\"");
                    if (spare)
                    {
                        var again = Sim7600.Unlock;
                        port.Write(again + Spare + "\"\r");
                    }
                }
            }
            """);

    // Hard negative beside it. IOT1001 (ninth corpus): "Hard negatives: ... a query (`AT+CPIN?`), an APN's place"; a start
    // completed by a run-time value is no written secret. Starts held in locals completed by a parameter, a file's text, a
    // query, and a local reassigned from the start to a status query before it is read.
    [Fact]
    public Task RT47_sibling_starts_held_in_locals_completed_by_run_time_text_or_queries_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO;
            using System.IO.Ports;
            public static class Sim7600
            {
                private const string At = "AT+";
                public static readonly string Unlock = At + "CPIN=\""; // expect: none
                public const string Context = At + "CGDCONT=1,\"IP\",\""; // expect: none
                public const string Query = At + "CPIN?"; // expect: none
            }
            public static class Shed
            {
                public static void Boot(SerialPort port, string pin)
                {
                    var unlock = Sim7600.Unlock;
                    port.WriteLine(unlock + pin + "\"");
                    var fromFile = Sim7600.Unlock;
                    port.WriteLine(fromFile + File.ReadAllText("/etc/sim/pin").Trim() + "\"");
                    var context = Sim7600.Context;
                    port.WriteLine(context + "iot.1nce.net\"");
                    var status = Sim7600.Query;
                    port.WriteLine(status + "\r");
                }
            }
            """);
}
