using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 46: the changes of 805545f and fe4c80f (a command's or connection string's start kept in a field and completed
/// where it is read, a member its constructor sets from a parameter read from each <c>new(...)</c>, a member of an object
/// built elsewhere judged at each value written into it, NamesType read from the declaration's containers, trims of given
/// characters and LocalOrFallback, and .NET's field prefixes in SpellsName), with other members of each kind than
/// NinthCorpusCommandStartShapeTests and red team 45 tried. About half are hard negatives. Expectations come from
/// docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam46Tests
{
    private const string SqlClientStub = """
        namespace System.Data.SqlClient { public class SqlConnection : System.IDisposable { public SqlConnection(string connectionString) { } public void Dispose() { } } }
        """;

    // ---------- 1. a command's or connection string's start kept in a field, completed where it is read ----------

    // IOT1001: "a command's start kept in a field of another type or file (`const string ATPINAuthCommand = "AT+CPIN="`) is
    // completed where it is read"; accuracy (ninth corpus): "a command's or a connection string's start kept in a field
    // (`const string ...`, a `static readonly` one, `"Server=...;Password="`) is completed where it is read: each string built
    // from it, in any file, is judged as written ... and another type's constant inside such a string is read as its text".
    // Other commands than AT+CPIN: an ESP-AT Wi-Fi join whose start holds the SSID, a SIM lock with its mode, an APN login
    // whose start holds the user; a `Pwd=` key; read through `using static`, string.Concat and an interpolation. The
    // completing constants have no credential name: the command's place says what they hold.
    [Fact]
    public Task RT46_command_and_connection_starts_in_fields_completed_by_another_types_constants_are_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts, SqlClientStub },
            """
            namespace Yard.Modem
            {
                public static class AtStarts
                {
                    public static readonly string JoinYard = "AT+CWJAP=\"yard-ap\",\""; // expect: none
                    public const string LockSim = "AT+CLCK=\"SC\",1,"; // expect: none
                    public const string FleetAuth = "AT+CGAUTH=1,1,\"fleet-apn\",\""; // expect: none
                    public const string History = "Server=hist.yard;Database=events;User Id=gw;Pwd="; // expect: none
                }
            }
            """,
            """
            namespace Yard.Site
            {
                public static class Provisioned
                {
                    public const string YardAp = "Yq7#yard-Lm2Vx"; // expect: IOT1001
                    public const string Lock = "6130"; // expect: IOT1001
                    public const string Fleet = "Fa4!fleet-Tz8Wq"; // expect: IOT1001
                    public const string Hist = "Hs3!hist-Kp7Rw"; // expect: IOT1001
                }
            }
            """,
            """
            using System.Data.SqlClient;
            using System.IO.Ports;
            using Yard.Site;
            using static Yard.Modem.AtStarts;
            public static class Bring
            {
                public static void Up(SerialPort port)
                {
                    port.WriteLine(JoinYard + Provisioned.YardAp + "\"");
                    port.WriteLine(string.Concat(LockSim, Provisioned.Lock));
                    port.Write($"{FleetAuth}{Provisioned.Fleet}\"\r");
                }
                public static SqlConnection Open() => new SqlConnection(global::Yard.Modem.AtStarts.History + Provisioned.Hist + ";");
            }
            """);

    // IOT1001: the start "kept in a field ... (`const string ATPINAuthCommand = "AT+CPIN="`)" is completed where it is read. A
    // constant is the text it holds however its initializer writes it: a start made of two constants (`At + "CPIN="`, C#
    // folds it to "AT+CPIN=") is the same start.
    [Fact]
    public Task RT46_a_command_start_whose_constant_is_built_from_constants_is_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class At
            {
                private const string Plus = "AT+";
                public const string PinAuth = Plus + "CPIN="; // expect: none
                public const string LockSim = Plus + "CLCK=\"SC\",1,"; // expect: none
            }
            public static class Sim
            {
                public const string Spare = "5190"; // expect: IOT1001
                public const string LockCode = "8264"; // expect: IOT1001
            }
            public static class Boot
            {
                public static void Run(SerialPort port)
                {
                    port.WriteLine(At.PinAuth + Sim.Spare);
                    port.WriteLine(At.LockSim + Sim.LockCode);
                }
            }
            """);

    // IOT1001: "a command's start kept in a field ... is completed where it is read"; "literals (regular, verbatim, raw,
    // UTF-8)". Other declarations of the start: a verbatim literal beside a query in one declaration, a raw literal in a
    // `static readonly` field, read through `global::`; the PUK and new PIN after it are two findings ("`AT+CPIN="<PUK>","<new
    // PIN>"` (two findings)").
    [Fact]
    public Task RT46_command_starts_in_verbatim_raw_and_multi_declarator_fields_are_completed_where_read() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """"
            using System.IO.Ports;
            public static class At
            {
                public const string PinQuery = "AT+CPIN?", PinAuth = @"AT+CPIN="; // expect: none
                public static readonly string PukAuth = """AT+CPIN="""; // expect: none
            }
            public static class Sim
            {
                public const string Bench = "3817"; // expect: IOT1001
                public const string Puk = "37491826"; // expect: IOT1001
                public const string Fresh = "2946"; // expect: IOT1001
            }
            public static class Boot
            {
                public static void Run(SerialPort port)
                {
                    port.WriteLine(At.PinQuery);
                    port.WriteLine(global::At.PinAuth + Sim.Bench);
                    port.WriteLine(At.PukAuth + Sim.Puk + "," + Sim.Fresh);
                }
            }
            """");

    // Hard negative. IOT1001 (ninth corpus): "Hard negatives: ... a query (`AT+CPIN?`), an APN's place, a non-secret key's
    // start (`Host=`)"; IOT1006: "a redaction in a logged command (`"<hidden>"`, `"****"`) is none", "a bracketed redaction
    // phrase in a logged command (`"<PIN redacted>"`, `"[pin hidden]"`) is none". Starts read where nothing secret completes
    // them: the test command, nameof, a reply's parse, masked logs, a run-time PIN, a phone number after AT+CMGS, an APN,
    // a user id and a database name after non-secret keys.
    [Fact]
    public Task RT46_command_starts_read_at_no_secrets_place_or_completed_by_masks_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            public static class AtStarts
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
                public const string SmsTo = "AT+CMGS=\""; // expect: none
                public const string Apn = "AT+CGDCONT=1,\"IP\",\""; // expect: none
                public const string DbUser = "Server=hist.yard;Database=events;User Id="; // expect: none
                public const string DbName = "Host=hist.yard;Port=5432;Database="; // expect: none
            }
            public static class Numbers
            {
                public const string Duty = "+447700900123"; // expect: none
                public const string Shift = "7788"; // expect: none
                public const string Gateway = "gw7391"; // expect: none
            }
            public static class Modem
            {
                public static void Run(SerialPort port, string reply, string enteredPin)
                {
                    port.WriteLine(AtStarts.PinAuth + "?");
                    port.WriteLine(nameof(AtStarts.PinAuth));
                    if (reply.StartsWith(AtStarts.PinAuth)) port.WriteLine(reply.Substring(AtStarts.PinAuth.Length));
                    Console.WriteLine(AtStarts.PinAuth + "****");
                    Console.WriteLine(AtStarts.PinAuth + "\"<hidden>\"");
                    Console.WriteLine(AtStarts.PinAuth + "\"[pin hidden]\"");
                    port.WriteLine(AtStarts.PinAuth + enteredPin.Trim());
                    port.WriteLine(AtStarts.SmsTo + Numbers.Duty + "\"");
                    port.Write(Numbers.Shift + "\u001a");
                    port.WriteLine(AtStarts.Apn + "iot.1nce.net\"");
                }
                public static string Db(string password) => AtStarts.DbUser + Numbers.Gateway + ";Password=" + password + ";";
                public static string Pg() => AtStarts.DbName + Numbers.Shift + ";Username=gw;Password=" + Environment.GetEnvironmentVariable("PG_PASSWORD");
            }
            """);

    // ---------- 2. a member its type's constructor sets from a parameter, read from each new(...) ----------

    // IOT1001: "a member its type's constructor sets from a parameter is read from each `new` call"; "so are a target-typed
    // `new(...)` whose declaration or return type names the type, and `this(...)`/`base(...)` initializers that pass text or
    // their own parameters on". Other members of the kind: a property set from a parameter named `digits`, a struct's field,
    // a target-typed creation, a `this("...")` chain.
    [Fact]
    public Task RT46_a_member_set_from_a_constructor_parameter_is_read_from_target_typed_this_and_struct_creations() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.IO.Ports;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
            }
            public sealed class UnlockSim
            {
                public UnlockSim(string digits) { Payload = digits; }
                public UnlockSim() : this("5190") { } // expect: IOT1001
                public string Payload { get; }
                public string Line => At.PinAuth + Payload + "\r";
            }
            public readonly struct SpareUnlock
            {
                private readonly string _code;
                public SpareUnlock(string code) { _code = code; }
                public string Line => string.Concat(At.PinAuth, _code, "\r");
            }
            public static class Boot
            {
                public static void Run(SerialPort port)
                {
                    UnlockSim main = new("4907"); // expect: IOT1001
                    port.Write(main.Line);
                    port.Write(new UnlockSim().Line);
                    port.Write(new SpareUnlock("6281").Line); // expect: IOT1001
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file"; IOT1006: a redaction in a logged command (`"<hidden>"`, `"****"`) is none; accuracy (ninth corpus): an APN's place
    // is no secret's. The command types of the positive given run-time and masked PINs, and an APN command type given a
    // written APN.
    [Fact]
    public Task RT46_members_set_from_constructor_parameters_given_run_time_masked_or_non_secret_values_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO;
            using System.IO.Ports;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
                public const string Apn = "AT+CGDCONT=1,\"IP\",\""; // expect: none
            }
            public sealed class UnlockSim
            {
                public UnlockSim(string digits) { Payload = digits; }
                public string Payload { get; }
                public string Line => At.PinAuth + Payload + "\r";
            }
            public sealed class ApnLine
            {
                private readonly string _name;
                public ApnLine(string name) { _name = name; }
                public string Line => At.Apn + _name + "\"\r";
            }
            public static class Boot
            {
                public static void Run(SerialPort port, string entered)
                {
                    port.Write(new UnlockSim(entered).Line);
                    port.Write(new UnlockSim(Environment.GetEnvironmentVariable("SIM_PIN") ?? "").Line);
                    port.Write(new UnlockSim(File.ReadAllText("/etc/sim/pin").Trim()).Line);
                    Console.WriteLine(new UnlockSim("****").Line);
                    Console.WriteLine(new UnlockSim("\"<hidden>\"").Line);
                    port.Write(new ApnLine("iot.1nce.net").Line);
                    port.Write(new ApnLine("m2m.7391").Line);
                }
            }
            """);

    // ---------- 3. a member of an object built elsewhere, judged at each value written into it ----------

    // IOT1001: "a member of a settings object built elsewhere (`yield return new GsmModemConfig { PIN1 = "4907" }`) at each
    // value the code writes into it, whatever the member is named"; "A property of the team's own options type read at a sink
    // ... takes every value the code writes into it elsewhere (`new MqttOptions { Password = "..." }` in a factory,
    // `settings.Password = "..."`, ..., defaults set with `??=`, the arguments a positional record is built with ...)". Other
    // writes than an initializer: an assignment in a factory, a `??=` default, a positional record's creation.
    [Fact]
    public Task RT46_members_written_by_assignment_default_and_positional_record_are_judged_at_the_command() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.Collections.Generic;
            using System.IO.Ports;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
            }
            public sealed class SimSlot
            {
                public string Port { get; set; }
                public string Code { get; set; }
            }
            public sealed record SimCard(string Port, string Digits);
            public static class Slots
            {
                public static SimSlot Bench()
                {
                    var s = new SimSlot();
                    s.Port = "/dev/ttyUSB2";
                    s.Code = "3862"; // expect: IOT1001
                    return s;
                }
                public static void Defaults(SimSlot slot) { slot.Code ??= "6043"; } // expect: IOT1001
                public static IEnumerable<SimCard> Cards() { yield return new SimCard("/dev/ttyS1", "7705"); } // expect: IOT1001
            }
            public static class Unlock
            {
                public static void All(SerialPort port, IEnumerable<SimSlot> slots, IEnumerable<SimCard> cards)
                {
                    foreach (var slot in slots) port.WriteLine(At.PinAuth + slot.Code);
                    foreach (var card in cards) port.WriteLine($"{At.PinAuth}\"{card.Digits}\"");
                }
            }
            """);

    // IOT1006 (nineteenth and twentieth sessions): "A placeholder written at a SIM PIN's or PUK's place in a modem command
    // (`AT+CPIN="YOUR_SIM_PIN"`, ...)", "a `${VAR}` placeholder at a SIM PIN's place (`AT+CPIN="${SIM_PIN}"`)"; IOT1002: a listed
    // default "wherever IOT1001 looks"; a placeholder is never IOT1001. The member's written values judged at the command are
    // judged by what they are.
    [Fact]
    public Task RT46_placeholders_and_defaults_written_into_a_member_read_at_the_command_are_iot1006_and_iot1002() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.Collections.Generic;
            using System.IO.Ports;
            public static class At
            {
                public static readonly string PinAuthQuoted = "AT+CPIN=\""; // expect: none
            }
            public sealed class SimProfile
            {
                public string Port { get; set; }
                public string Pin { get; set; }
            }
            public static class Fleet
            {
                static IEnumerable<SimProfile> Profiles()
                {
                    yield return new SimProfile { Port = "/dev/ttyUSB0", Pin = "<sim-pin>" }; // expect: IOT1006
                    yield return new SimProfile { Port = "/dev/ttyUSB1", Pin = "${SIM_PIN}" }; // expect: IOT1006
                    yield return new SimProfile { Port = "/dev/ttyUSB2", Pin = "0000" }; // expect: IOT1002
                }
                public static void Unlock()
                {
                    foreach (var p in Profiles())
                    {
                        new SerialPort(p.Port, 115200).WriteLine(At.PinAuthQuoted + p.Pin + "\"");
                    }
                }
            }
            """);

    // Hard negative. IOT1001: "(an operator's published APN login, the user name again or a label of the APN, is not one)",
    // "a modem object's APN, user and password set property by property (the operator's published login is none)"; the
    // written-connection-string pass: "an APN's user and password come from the same caller, so "web","web" is still the
    // operator's published login". Profiles yielded by an iterator, read in AT+CSTT, AT+QICSGP and AT+CGAUTH: the first
    // (a private APN) has a user and no password, the others are the operators' published logins. Each object's APN, user
    // and password belong together; no object sends "vodafone" or "eplus" beside another object's user.
    [Fact]
    public Task RT46_published_apn_logins_of_objects_built_elsewhere_stay_quiet_when_one_object_has_no_password() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System.Collections.Generic;
            using System.IO.Ports;
            public sealed class ApnProfile
            {
                public string Apn { get; set; }
                public string User { get; set; }
                public string Password { get; set; }
            }
            public static class Carriers
            {
                static IEnumerable<ApnProfile> Profiles()
                {
                    yield return new ApnProfile { Apn = "private.fleet.example", User = "fleet-gw" }; // expect: none
                    yield return new ApnProfile { Apn = "web.vodafone.de", User = "vodafone", Password = "vodafone" }; // expect: none
                    yield return new ApnProfile { Apn = "internet.eplus.de", User = "eplus", Password = "eplus" }; // expect: none
                }
                public static void Attach(SerialPort port)
                {
                    foreach (var p in Profiles())
                    {
                        port.WriteLine($"AT+CSTT=\"{p.Apn}\",\"{p.User}\",\"{p.Password}\"");
                        port.WriteLine($"AT+QICSGP=1,1,\"{p.Apn}\",\"{p.User}\",\"{p.Password}\",1");
                        port.WriteLine($"AT+CGAUTH=1,1,\"{p.User}\",\"{p.Password}\"");
                    }
                }
            }
            """);

    // Hard negative. IOT1001: a property "takes every value the code writes into it elsewhere ...; at most 16 such writes, or
    // none (a general property)"; IOT1001: "A redacted copy (`"***"`, `"[redacted]"`) is no value". A keypad screen's `Text`,
    // written with 17 four-digit times, read at the SIM PIN's place from a cell the user picks: a general property. A second
    // member given only a mask and a file's text.
    [Fact]
    public Task RT46_a_general_property_written_more_than_sixteen_times_or_only_masked_stays_quiet_at_the_command() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            $$"""
            using System.Collections.Generic;
            using System.IO;
            using System.IO.Ports;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
            }
            public sealed class Cell
            {
                public string Text { get; set; }
                public string Shown { get; set; }
            }
            public static class Screen
            {
                public static List<Cell> Times() => new List<Cell>
                {
            {{string.Join("\n", Enumerable.Range(0, 17).Select(i => $"            new Cell {{ Text = \"{(600 + i * 15) / 60:00}{(600 + i * 15) % 60:00}\" }}, // expect: none"))}}
                };
                public static Cell Masked() => new Cell { Shown = "****" };
                public static Cell Loaded() => new Cell { Shown = File.ReadAllText("/etc/sim/pin").Trim() };
            }
            public static class Keypad
            {
                public static void Enter(SerialPort port, Cell picked)
                {
                    port.WriteLine(At.PinAuth + picked.Text);
                    port.WriteLine(At.PinAuth + picked.Shown);
                }
            }
            """);

    // IOT1001: a property "takes every value the code writes into it elsewhere ...; at most 16 such writes"; "Initializers of
    // other types with a property of the same name (`new OnvifOptions { Password = ... }`) are told apart from the declarations
    // and do not count." A PIN entry's `Value`, written once with a PIN, beside twenty assignments of gauges' `Value` (another
    // type's property of the same name): the PIN entry's property has one write.
    [Fact]
    public Task RT46_assignments_of_another_types_same_named_property_do_not_make_a_member_general() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            $$"""
            using System.IO.Ports;
            public static class At
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
            }
            public sealed class PinEntry { public string Value { get; set; } }
            public sealed class Gauge { public string Value { get; set; } }
            public static class Panel
            {
                public static PinEntry Bench()
                {
                    var entry = new PinEntry();
                    entry.Value = "4907"; // expect: IOT1001
                    return entry;
                }
                public static void Draw(Gauge[] gauges)
                {
            {{string.Join("\n", Enumerable.Range(0, 20).Select(i => $"            gauges[{i}].Value = \"{i * 5}%\";"))}}
                }
                public static void Unlock(SerialPort port, PinEntry entry) => port.WriteLine(At.PinAuth + entry.Value);
            }
            """);

    // Hard negative. IOT1001 (ninth corpus): "Hard negatives: the member given run-time values or nothing, a query (`AT+CPIN?`),
    // an APN's place, a non-secret key's start (`Host=`)". Members of objects built elsewhere written with literals, read at
    // places that hold no secret: an SMS's number and text, an APN, a USSD code, and the host, database and user of a
    // connection string whose password is read from the environment.
    [Fact]
    public Task RT46_members_written_with_literals_read_at_non_secret_places_of_commands_and_connection_strings_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts, SqlClientStub },
            """
            using System;
            using System.Collections.Generic;
            using System.Data.SqlClient;
            using System.IO.Ports;
            public sealed class Alert { public string Number { get; set; } public string Text { get; set; } }
            public sealed class Carrier { public string Apn { get; set; } public string Balance { get; set; } }
            public sealed class Target { public string Host { get; set; } public string Database { get; set; } public string User { get; set; } public string Password { get; set; } }
            public static class Setup
            {
                public static IEnumerable<Alert> Alerts()
                {
                    yield return new Alert { Number = "+447700900123", Text = "4821" }; // expect: none
                    yield return new Alert { Number = "07700900456", Text = "Door 7391 open" }; // expect: none
                }
                public static Carrier Home() => new Carrier { Apn = "iot.1nce.net", Balance = "*100#" }; // expect: none
                public static Target Historian() => new Target { Host = "hist.yard", Database = "events7391", User = "gw4821", Password = Environment.GetEnvironmentVariable("HIST_PASSWORD") }; // expect: none
            }
            public static class Send
            {
                public static void Run(SerialPort port, Carrier carrier)
                {
                    foreach (var alert in Setup.Alerts())
                    {
                        port.WriteLine("AT+CMGS=\"" + alert.Number + "\"");
                        port.Write(alert.Text + "\u001a");
                    }
                    port.WriteLine("AT+CGDCONT=1,\"IP\",\"" + carrier.Apn + "\"");
                    port.WriteLine("AT+CUSD=1,\"" + carrier.Balance + "\",15");
                }
                public static SqlConnection Open(Target t) =>
                    new SqlConnection("Server=" + t.Host + ";Database=" + t.Database + ";User Id=" + t.User + ";Password=" + t.Password + ";");
            }
            """);

    // ---------- 4. NamesType: a static field written through its type's name ----------

    // Hard negative. IOT1001 (red team 45): "'These names write out the type' is now read from the declaration's own
    // containers ..., so another object's member (`_plant.Kiln`) is still not the type, whatever its case"; IOT1004: a
    // secret-named member given a written value that reaches no API. Inside `Plant.Kiln`, a local named `Plant` (a bench
    // object) shadows the namespace: `Plant.Kiln.s_psk` is the bench object's member, not the field read at the Wi-Fi sink.
    [Fact]
    public Task RT46_a_local_named_like_the_namespace_is_not_the_types_qualifier() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            namespace Plant
            {
                public sealed class KilnStub { public string s_psk = ""; }
                public sealed class Bench { public KilnStub Kiln { get; } = new KilnStub(); }
                public sealed class Kiln
                {
                    private static readonly string s_psk = Environment.GetEnvironmentVariable("KILN_PSK") ?? "";
                    static Kiln()
                    {
                        var Plant = new Bench();
                        Plant.Kiln.s_psk = "Bk5#bench-Wq7Zt"; // expect: IOT1004
                    }
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
                }
            }
            """);

    // Hard negative. As above: a static field of the type named like the namespace (`private static readonly Bench Plant`)
    // is another object; member lookup finds it before the namespace.
    [Fact]
    public Task RT46_a_field_named_like_the_namespace_is_not_the_types_qualifier() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using nanoFramework.Networking;
            namespace Plant
            {
                public sealed class DryerStub { public string s_psk = ""; }
                public sealed class Bench { public DryerStub Dryer { get; } = new DryerStub(); }
                public sealed class Dryer
                {
                    private static readonly Bench Plant = new Bench();
                    private static readonly string s_psk = File.ReadAllText("/etc/dryer/psk").Trim();
                    static Dryer() { Plant.Dryer.s_psk = "Dr4#bench-Lq9Vz"; } // expect: IOT1004
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("dryer", s_psk);
                }
            }
            """);

    // Hard negative. As above: a nested type `Oven.Plant.Oven` has the names of the namespace and the type, and C# binds
    // `Plant.Oven.s_psk` inside Oven to the nested type's own static field.
    [Fact]
    public Task RT46_a_nested_type_with_the_namespaces_and_types_names_is_not_the_type() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            namespace Plant
            {
                public sealed class Oven
                {
                    public static class Plant { public static class Oven { public static string s_psk = ""; } }
                    private static readonly string s_psk = Environment.GetEnvironmentVariable("OVEN_PSK") ?? "";
                    static Oven() { Plant.Oven.s_psk = "Ov2#bench-Tz6Wq"; } // expect: IOT1004
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("oven", s_psk);
                }
            }
            """);

    // Hard negative. IOT1001 (red team 45): the containers are read "whatever its case", i.e. by their own names: a namespace
    // `Plant` beside `plant` is another namespace, and `Plant.Kiln.s_psk` / `global::Plant.Kiln.s_psk` inside `plant.Kiln` is
    // the other type's field.
    [Fact]
    public Task RT46_a_namespace_differing_only_in_case_is_another_namespace() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            namespace Plant
            {
                public static class Kiln { public static string s_psk = ""; public static string s_sparePsk = ""; }
            }
            namespace plant
            {
                public sealed class Kiln
                {
                    private static readonly string s_psk = Environment.GetEnvironmentVariable("KILN_PSK") ?? "";
                    private static readonly string s_sparePsk = Environment.GetEnvironmentVariable("KILN_SPARE") ?? "";
                    static Kiln()
                    {
                        Plant.Kiln.s_psk = "Pk4#other-Vw8Zq"; // expect: IOT1004
                        global::Plant.Kiln.s_sparePsk = "Ps6#other-Lt3Wx"; // expect: IOT1004
                    }
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
                    public static bool Spare() => WifiNetworkHelper.ConnectDhcp("kiln-spare", s_sparePsk);
                }
            }
            """);

    // IOT1001 (red team 45): "'These names write out the type' is now read from the declaration's own containers (its
    // namespaces' and enclosing types' names, innermost last, the whole path after `global::`, the type arguments' count)".
    // A type nested in a generic type is written out with the enclosing type's type arguments (`Line<TUnit>.Kiln`).
    [Fact]
    public Task RT46_a_static_field_of_a_type_nested_in_a_generic_type_given_through_its_qualified_name_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            namespace Acme.Plant
            {
                public static class Line<TUnit>
                {
                    public sealed class Kiln
                    {
                        private static readonly string s_psk;
                        static Kiln() { Line<TUnit>.Kiln.s_psk = "Lk3#line-Wz7Qv"; } // expect: IOT1001
                        public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
                    }
                }
            }
            """);

    // ---------- 5. trims of given characters and a local returned when present, then a written default ----------

    // IOT1001 (red team 45): "a helper that returns its local when it is there and a written default after it (`var v =
    // Env(...); if (!string.IsNullOrEmpty(v)) return v; return "...";`, `v != null`, `v is { Length: > 0 }`) ships that
    // default"; "a trim of given characters (`pick().Trim('\r', '\n')`, `TrimEnd('\n')`) reads a lambda's or helper's choices
    // as a bare trim does". Other presence tests (IsNullOrWhiteSpace, `is not null`, `Length != 0`, `is { }`), other trims,
    // other sinks (a certificate, MQTT, Wi-Fi, a SIM PIN command).
    [Fact]
    public Task RT46_helpers_returning_a_present_local_then_a_written_default_through_trims_of_given_characters_are_iot1001() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.IO.Ports;
            using System.Security.Cryptography.X509Certificates;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Meter
            {
                private const string PinAuth = "AT+CPIN="; // expect: none
                private static string PfxPassword()
                {
                    var v = Environment.GetEnvironmentVariable("METER_PFX_PASSWORD");
                    if (!string.IsNullOrWhiteSpace(v)) return v;
                    return "Pf3!pfx-Lq8Wz"; // expect: IOT1001
                }
                private static string BrokerPassword()
                {
                    var v = Environment.GetEnvironmentVariable("METER_MQTT_PASSWORD");
                    if (v is not null) return v;
                    return "Bq5!mqtt-Tz2Lw"; // expect: IOT1001
                }
                private static string Psk()
                {
                    var v = Environment.GetEnvironmentVariable("METER_PSK") ?? "";
                    if (v.Length != 0) return v;
                    return "Wp7#wifi-Kq4Zx"; // expect: IOT1001
                }
                private static string SimPin()
                {
                    var v = Environment.GetEnvironmentVariable("METER_SIM_PIN");
                    if (v is { }) return v;
                    return "5290"; // expect: IOT1001
                }
                public static X509Certificate2 Certificate() => new X509Certificate2("/etc/meter/device.pfx", PfxPassword().Trim('"'));
                public static void Open(MqttClient m) => m.Connect("meter-7", "meter", BrokerPassword().TrimEnd('\r', '\n'));
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("meter", Psk().TrimStart(' ', '\t'));
                public static void Unlock(SerialPort port) => port.WriteLine(PinAuth + SimPin().Trim('\r'));
            }
            """);

    // IOT1001 (fourteenth session): "a helper that chooses the key it returns is read however it is written: a switch
    // statement, ifs and returns (`if (id == "lab") return "..."; return Read();`)": a written value returned on any path
    // ships. A local returned under a test that is no presence test (a prefix, an equality, an inequality with a literal),
    // then a written value: that value is returned whenever the test fails.
    [Fact]
    public Task RT46_helpers_returning_a_local_under_other_tests_then_a_written_value_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public static class Meter
            {
                private static string Sealed()
                {
                    var v = Environment.GetEnvironmentVariable("METER_SEALED") ?? "";
                    if (v.StartsWith("enc:")) return v;
                    return "Se4!seal-Wq7Lz"; // expect: IOT1001
                }
                private static string Chosen()
                {
                    var v = Environment.GetEnvironmentVariable("METER_PROFILE") ?? "";
                    if (v != "bench") return v;
                    return "Bn8!bench-Tz3Vq"; // expect: IOT1001
                }
                public static NetworkCredential Login() => new NetworkCredential("meter", Sealed().Trim('\n'));
                public static void Open(MqttClient m) => m.Connect("meter-8", "meter", Chosen());
            }
            """);

    // Hard negative. IOT1001: "A redacted copy (`"***"`, `"[redacted]"`) is no value"; "Not findings: ... values from
    // parameters, the environment, `IConfiguration`, a vault or a file"; (red team 45) "with a run-time value or nothing after
    // it, it stays quiet". The same shapes with a mask, a file's text, another variable and nothing after the local, under
    // presence tests and under other tests, trimmed of given characters.
    [Fact]
    public Task RT46_helpers_returning_a_local_then_a_mask_or_run_time_value_stay_quiet_through_trims() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Security.Cryptography.X509Certificates;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Meter
            {
                private static string Shown()
                {
                    var v = Environment.GetEnvironmentVariable("METER_PASSWORD");
                    if (!string.IsNullOrEmpty(v)) return v;
                    return "********";
                }
                private static string Sealed()
                {
                    var v = Environment.GetEnvironmentVariable("METER_SEALED") ?? "";
                    if (v.StartsWith("enc:")) return v;
                    return File.ReadAllText("/etc/meter/sealed");
                }
                private static string Chosen(string provisioned)
                {
                    var v = Environment.GetEnvironmentVariable("METER_PROFILE") ?? "";
                    if (v != "bench") return v;
                    return provisioned;
                }
                private static string Nothing()
                {
                    var v = Environment.GetEnvironmentVariable("METER_PSK");
                    if (v is { Length: > 0 }) return v;
                    return null;
                }
                public static NetworkCredential Login() => new NetworkCredential("meter", Shown().Trim('*', ' '));
                public static X509Certificate2 Certificate() => new X509Certificate2("/etc/meter/device.pfx", Sealed().TrimEnd('\n'));
                public static void Open(MqttClient m, string provisioned) => m.Connect("meter-9", "meter", Chosen(provisioned).Trim('"'));
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("meter", Nothing()?.Trim('\r', '\n'));
            }
            """);

    // ---------- 6. .NET's field prefixes in SpellsName ----------

    // IOT1006: "a value that repeats its holder's or the parameter's name whatever its shape"; "(a field's `s_`, `m_` or `t_`
    // prefix is no word of the name: `"password.mqtt.gate"` under `s_gateMqttPassword`)". Other prefixes and sinks than red
    // team 44's: `t_` at MQTT, `m_` at NetworkCredential, `s_` inside a SQL connection string.
    [Fact]
    public Task RT46_values_spelling_a_prefixed_holders_other_words_are_iot1006_at_mqtt_credential_and_connection_string() =>
        ExpectComments.AssertAsync(new[] { SqlClientStub },
            """
            using System;
            using System.Data.SqlClient;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Gate
            {
                [ThreadStatic] private static string t_yardBrokerPassword = "password-broker-yard"; // expect: IOT1006
                private readonly string m_shareLoginPassword = "password.login.share"; // expect: IOT1006
                private static readonly string s_histDbPassword = "password db hist"; // expect: IOT1006
                public static void Open(MqttClient m) => m.Connect("yard-1", "yard", t_yardBrokerPassword);
                public NetworkCredential Share() => new NetworkCredential("share", m_shareLoginPassword);
                public static SqlConnection Db() => new SqlConnection("Server=hist.yard;User Id=gw;Password=" + s_histDbPassword + ";");
            }
            """);

    // IOT1006: "a value that repeats its holder's or the parameter's name whatever its shape"; IOT1001: "once-assigned locals
    // and fields". The holder is the holder however it is given its value: a field given the value by an assignment in the
    // method that reads it (a thread-static field is given its value per thread, so not by an initializer), with or without
    // a prefix. (Found while writing the test above: an initializer gives IOT1006, the same value assigned gives IOT1001.)
    [Fact]
    public Task RT46_values_assigned_to_fields_spelling_their_names_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Gate
            {
                [ThreadStatic] private static string t_yardBrokerPassword;
                private static string gateBrokerPassword;
                public static void Open(MqttClient m)
                {
                    t_yardBrokerPassword = "password-broker-yard"; // expect: IOT1006
                    gateBrokerPassword = "password-broker-gate"; // expect: IOT1006
                    m.Connect("yard-1", "yard", t_yardBrokerPassword);
                    m.Connect("gate-1", "gate", gateBrokerPassword);
                }
            }
            """);

    // Hard negative beside it (added with the fix): a value assigned in a method that spells another holder's words, or
    // carries a number the name does not hold, is a working password (IOT1001), as at an initializer.
    [Fact]
    public Task RT46_values_assigned_to_fields_spelling_other_words_or_a_number_stay_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Yard
            {
                private static string gateBrokerPassword;
                private static string t_yardBrokerPassword;
                public static void Open(MqttClient m)
                {
                    gateBrokerPassword = "password.mqtt.yard"; // expect: IOT1001
                    t_yardBrokerPassword = "password.broker.yard.2024"; // expect: IOT1001
                    m.Connect("gate-1", "gate", gateBrokerPassword);
                    m.Connect("yard-1", "yard", t_yardBrokerPassword);
                }
            }
            """);

    // IOT1001 beside IOT1006: "A word that names nothing of the kind (`"topPassword"`, `"lantern-marsh-secret"`), a digit or a
    // symbol (`"Harbor7Password!"`) makes it a working password (IOT1001)"; SpellsName: "a number the name does not hold makes a
    // working value", "fewer words are no repeat". Prefixed holders whose values spell other words (another site), carry a
    // number, or name fewer words with a symbol: working passwords.
    [Fact]
    public Task RT46_values_not_spelling_a_prefixed_holders_words_stay_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Gate
            {
                private static readonly string s_gateMqttPassword = "password.mqtt.yard"; // expect: IOT1001
                private readonly string m_shareLoginPassword = "password.login.share7"; // expect: IOT1001
                private static readonly string t_siteWifiPassword = "Password!Site"; // expect: IOT1001
                public static void Open(MqttClient m)
                {
                    m.Connect("gate-1", "gate", s_gateMqttPassword);
                    m.Connect("site-1", "site", t_siteWifiPassword);
                }
                public NetworkCredential Share() => new NetworkCredential("share", m_shareLoginPassword);
            }
            """);

    // ---------- 7. crashes and cost ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed forms
    // of this session's shapes: a start constant with missing operands or read inside itself, an iterator's `new() {` cut
    // short, a constructor assigning the member from nothing or from itself, qualified names with holes and aliases, a
    // helper's presence test with no operand, trims with broken arguments.
    [Fact]
    public Task RT46_no_analyzer_throws_on_half_typed_forms_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""using System.IO.Ports; static class At { public const string PinAuth = "AT+CPIN=" + ; public const string Loop = Loop + "AT+CPIN="; public static readonly string Q = "AT+CPIN=\""; } static class B { static void R(SerialPort p, string x) { p.WriteLine(At.PinAuth + ); p.WriteLine(At. + x); p.WriteLine(string.Concat(At.Q, , "\r")); p.WriteLine($"{At.Q}{}\""); p.WriteLine(At.Loop + At.Loop + x); p.WriteLine(At.PinAuth + At.PinAuth.Length + nameof(At.Q)); p.WriteLine(global::At.Q + (x ?? At.Q) + x!); } }""", new[] { Stubs.SerialPorts }),
            ("""using System.Collections.Generic; using System.IO.Ports; public sealed class S { public string PIN1 { get; set; } public string Port { get; set; } } static class F { static IEnumerable<S> P() { yield return new() { PIN1 = "4907", Port = ; yield return new S { PIN1 = }; yield return new S { = "1" }; yield return new S { PIN1 = "5", PIN1 = "6" }; yield return new() { PIN1 }; yield break; } static void U(SerialPort port) { foreach (var s in P()) port.WriteLine("AT+CPIN=" + s.PIN1 + s.); } }""", new[] { Stubs.SerialPorts }),
            ("""using System.IO.Ports; static class At { public const string PinAuth = "AT+CPIN="; } sealed class C { public C(string pin) { Code = ; } public C(int n) : this() { Code = Code; } public C() : this(new C("1").Code) { Code = pin; } public string Code { get; set; } public string Line => At.PinAuth + Code; } readonly struct D { readonly string _c; public D(string c) { _c = c; _c = c; } public string Line => At.PinAuth + _c; } static class B { static void R(SerialPort p) { C c = new(; p.WriteLine(c.Line + new C("4907").Line + new D().Line + new D("x").Line + new C(4).Line); } }""", new[] { Stubs.SerialPorts }),
            ("""using nanoFramework.Networking; using K = plant.Kiln; namespace plant { class Kiln { static readonly string s_psk; static Kiln() { var plant = new object(); plant.Kiln.s_psk = "a"; K.s_psk = "b"; plant..Kiln.s_psk = "c"; Line<>.Kiln.s_psk = "d"; global::plant.Kiln<int>.s_psk = "e"; } static bool J() => WifiNetworkHelper.ConnectDhcp("k", s_psk); } static class Line<T> { public class Kiln { static string s_psk; static Kiln() { Line<T>.Kiln.s_psk = "f"; Line<T, T>.Kiln.s_psk = "g"; Line.Kiln.s_psk = "h"; } } } }""", null),
            ("""using System; using System.Net; static class M { static string A() { var v = Environment.GetEnvironmentVariable("A"); if (!string.IsNullOrEmpty()) return v; return "x"; } static string B() { var v = ; if (v is { }) return v; return ; } static string C() { var v = C(); if (v is not) return v; return "y"; } static string D() { var v = "z"; if (v.Length != ) return; return v; } static NetworkCredential L() => new NetworkCredential("m", A().Trim('\r', ) + B().Trim(C().ToCharArray()) + C().TrimEnd(( + D().Trim('"')); }""", null),
            ("""using uPLibrary.Networking.M2Mqtt; sealed class G { [System.ThreadStatic] static string t_; static string s_ = "s_"; string m_m_password = "password"; string t_x_password = "x password"; static string s_ = "dup"; void O(MqttClient m) { t_ = "t_"; m.Connect("a", "b", t_ + s_ + m_m_password + t_x_password); } }""", null),
        });

    private const string SessionShapes = """"
        using System;
        using System.Collections.Generic;
        using System.IO.Ports;
        using nanoFramework.Networking;
        namespace Yard.Modem
        {
            public static class AtStarts
            {
                public const string PinAuth = "AT+CPIN=";
                public static readonly string JoinYard = "AT+CWJAP=\"yard-ap\",\"";
            }
            public sealed class SimProfile { public string Port { get; set; } public string PIN1 { get; set; } }
            public sealed class Unlock
            {
                public Unlock(string digits) { Payload = digits; }
                public string Payload { get; }
                public string Line => AtStarts.PinAuth + Payload + "\r";
            }
            public sealed class Kiln
            {
                private static readonly string s_psk;
                static Kiln() { Yard.Modem.Kiln.s_psk = "Kq2#kiln-Tv9Wx"; }
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
            }
            public static class Fleet
            {
                static IEnumerable<SimProfile> Profiles()
                {
                    yield return new SimProfile { Port = "/dev/ttyUSB1", PIN1 = "5862" };
                    yield return new() { Port = "/dev/ttyUSB2", PIN1 = "<sim-pin>" };
                }
                static string Psk() { var v = Environment.GetEnvironmentVariable("PSK"); if (!string.IsNullOrEmpty(v)) return v; return "Wq4#yard-Lm8Tz"; }
                public static void Run()
                {
                    foreach (var p in Profiles())
                    {
                        var port = new SerialPort(p.Port, 115200);
                        port.Write(new Unlock(p.PIN1).Line);
                        port.WriteLine(string.Concat(AtStarts.JoinYard, Psk().Trim('\r', '\n'), "\""));
                    }
                }
            }
        }
        """";

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Every cut of a
    // source holding this session's shapes, and every copy with five characters taken out at those places.
    [Fact]
    public Task RT46_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(
            Enumerable.Range(1, SessionShapes.Length / 53)
                .SelectMany(i => new[] { SessionShapes.Substring(0, i * 53), SessionShapes.Remove(i * 53, Math.Min(5, SessionShapes.Length - i * 53)) }),
            new[] { Stubs.SerialPorts });

    /// <summary>
    /// Command types each keeping a start in a constant and completing it with a parameter: all constants named <c>Prefix</c>
    /// (<paramref name="sameName"/>: every start's reads are looked for by that name, so each start binds every other type's
    /// reads too) or each named for its type (the baseline).
    /// </summary>
    private static string CommandStarts(bool sameName, int types, int readsPerType)
    {
        var sb = new StringBuilder();
        sb.AppendLine("public sealed class ModemLine { public void WriteLine(string text) { } }");
        for (var t = 0; t < types; t++)
        {
            var name = sameName ? "Prefix" : $"Prefix{t}";
            sb.AppendLine($"public static class Cmd{t}");
            sb.AppendLine("{");
            sb.AppendLine($"  public const string {name} = \"AT+CPIN=\";");
            for (var r = 0; r < readsPerType; r++)
            {
                sb.AppendLine($"  public static void U{r}(ModemLine line, string pin) => line.WriteLine({name} + pin + \"\\r\");");
            }

            sb.AppendLine("}");
        }

        return sb.ToString();
    }

    // IOT1001: a start kept in a field is completed where it is read, "found by the field's name, bound". Command types that
    // each keep their start in a constant of the same name (`Prefix`, the usual spelling) against the same types with a name
    // each: 1,600 starts, 8,000 reads. Each start looks up and binds every read of the name, its own type's or not (measured
    // baseline / one name: 200 types 495 / 2,183 ms, 400 types 570 / 4,723 ms, 800 types ~1,000 / 8,964 ms, 1,600 types
    // 974 / 20,316 ms).
    [Fact]
    public async Task RT46_many_command_starts_sharing_one_constant_name_cost_no_more_than_their_baseline()
    {
        await CostGuards.TimeAsync(CommandStarts(sameName: true, 3, 2));
        var baseline = await CostGuards.MedianOfThreeAsync(CommandStarts(sameName: false, 1600, 5));
        var run = CostGuards.TimeAsync(CommandStarts(sameName: true, 1600, 5));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == run, $"baseline {baseline:F0} ms, one name: more than 120 s");
        var followed = await run;
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, one name {followed:F0} ms");
    }

    /// <summary>
    /// One start read in many places, each completed by a member of an object built elsewhere written
    /// <paramref name="writes"/> times with PINs (<paramref name="written"/>) or with run-time values (the baseline).
    /// </summary>
    private static string OneStartManyReads(bool written, int reads, int writes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("public sealed class ModemLine { public void WriteLine(string text) { } }");
        sb.AppendLine("public static class At { public const string PinAuth = \"AT+CPIN=\"; }");
        sb.AppendLine("public sealed class Slot { public string Code { get; set; } }");
        sb.AppendLine("public static class Slots");
        sb.AppendLine("{");
        for (var w = 0; w < writes; w++)
        {
            var value = written ? $"\"{5100 + w}\"" : $"System.Environment.GetEnvironmentVariable(\"SIM_{w}\")";
            sb.AppendLine($"  public static Slot S{w}() => new Slot {{ Code = {value} }};");
        }

        for (var r = 0; r < reads; r++)
        {
            sb.AppendLine($"  public static void U{r}(ModemLine line, Slot slot) => line.WriteLine(At.PinAuth + slot.Code);");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    // IOT1001: a member of an object built elsewhere "at each value the code writes into it" (at most 16); a start completed
    // where it is read "in any file". One start read in 2,000 places by a member written 16 times with PINs, against the same
    // reads of a member written 16 times with run-time values.
    [Fact]
    public async Task RT46_one_start_read_in_two_thousand_places_by_a_member_written_sixteen_times_costs_no_more_than_its_baseline()
    {
        await CostGuards.TimeAsync(OneStartManyReads(written: true, 3, 2));
        var baseline = await CostGuards.MedianOfThreeAsync(OneStartManyReads(written: false, 2000, 16));
        var run = CostGuards.TimeAsync(OneStartManyReads(written: true, 2000, 16));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == run, $"baseline {baseline:F0} ms, written: more than 120 s");
        var followed = await run;
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, written {followed:F0} ms");
    }


}
