using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 77: against red teams 74-76's fixes. Connection-string pieces held in arrays and joined elsewhere (another
/// type, another file, a constant or char separator, a cast, joined twice, modified before the join; arrays of header
/// lines, CSV columns and SQL column lists that are no connection strings; run-time and placeholder passwords), INI and
/// YAML lines ended by line breaks that are no '\n' char (a "\r\n" string piece, a constant, a writer's NewLine),
/// `pass` keys whose earlier words are a stage qualifier in another sense (a pool filter, a scan station, a building's
/// lighting, a GPU node), ticket keys ending in account words, short `Pass` parameters qualified by such words, and PEM
/// headers joined to a conditional line break inside an interpolation. Labels come from docs/rules, written before the
/// analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam77Tests
{
    private const string NpgsqlStub = Stubs.Npgsql;

    private const string LightingLibraries = """
        namespace Vendor.Dali.Gateway
        {
            public class DaliRouter
            {
                public DaliRouter(string host) { }
                public bool Login(string lightingUser, string lightingPass) => true;
            }
        }
        namespace Vendor.Render.Farm
        {
            public class GpuNode
            {
                public bool Connect(string host, string gpuUser, string gpuPass) => true;
            }
        }
        """;

    // ---------- 1. connection-string pieces held in arrays ----------

    // IOT1001: "`string.Join` (of written pieces, or of an array of them a field or local is given where it is declared:
    // `static readonly string[] Parts = { "Host=...", "Password=..." }; string.Join(";", Parts)`)" ... "reported at the
    // literal that holds the password, whatever method they are handed to". The array is a field of a shared settings
    // class and joined by the historian's uplink in another type, by its qualified name (`HistorianParts.Primary`), and
    // in another file. One finding each at the password piece.
    // DEFECT: expected IOT1001 at File0 line 4 and File1 line 3; actual none. WrittenConnectionStrings.JoinOf looks for the
    // Join only inside the type that declares the field, by the simple name as an argument (`Join(";", Primary)`), and
    // AppendJoin follows only an IdentifierNameSyntax: `string.Join(";", HistorianParts.Primary)` in another type or file
    // (a member access) is never tied to the array.
    [Fact]
    public Task RT77_held_arrays_joined_from_another_type_and_another_file() =>
        ExpectComments.AssertAsync("""
            public static class Store { public static void Open(string connectionString) { } }
            internal static class HistorianParts
            {
                internal static readonly string[] Primary = { "Host=hist-db.dairy.local", "Username=milk_ingest", "Password=Curd7!Ladle-Byre", "Database=yield" }; // expect: IOT1001
            }
            public sealed class MilkingParlour
            {
                public void OpenHistorian() => Store.Open(string.Join(";", HistorianParts.Primary));
            }
            """, """
            public static class DairyParts
            {
                public static readonly string[] Replica = new[] { "Server=tcp:dairy-sql,1433", "User Id=parlour", "Password=Udder4$Churn-Silo" }; // expect: IOT1001
            }
            """, """
            public sealed class ParlourReplica
            {
                public void Open() => Store.Open(string.Join(";", DairyParts.Replica));
            }
            """);

    // IOT1001: the same doc sentence: "`string.Join` (... of an array of them a field or local is given where it is
    // declared ...)". Joined with a constant separator, a char separator, through a cast to IEnumerable<string>, and the
    // same array joined twice (one connection string, one literal: one finding, not two).
    // DEFECT: expected IOT1001 at lines 6 and 8 too; actual only lines 7 and 9 (the char separator and the twice-joined array
    // pass, one finding). A constant separator (`Join(Sep, Climate)`) and a cast array (`(IEnumerable<string>)Lighting`) are
    // missed: the held-array path (JoinOf/AppendJoin) wants the array as the bare second argument (a cast is not stripped)
    // and apparently reads the separator only when written as a literal.
    [Fact]
    public Task RT77_held_arrays_joined_with_constant_or_char_separators_casts_and_twice() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class GreenhouseDb
            {
                private const string Sep = ";";
                private static readonly string[] Climate = { "Host=gh-db.local", "Username=climate", "Password=Fern8#Trellis-Mist" }; // expect: IOT1001
                private static readonly string[] Irrigation = { "Server=gh-sql", "Uid=drip", "Pwd=Hose3!Valve-Loam" }; // expect: IOT1001
                private static readonly string[] Lighting = { "Host=gh-db.local", "Username=lamps", "Password=Lumen6%Sprout-Glass" }; // expect: IOT1001
                private static readonly string[] Vents = { "Host=gh-db.local", "Username=vents", "Password=Louvre2&Breeze-Pane" }; // expect: IOT1001

                public void Open()
                {
                    Store.Open(string.Join(Sep, Climate));
                    Store.Open(string.Join(';', Irrigation));
                    Store.Open(string.Join(";", (IEnumerable<string>)Lighting));
                    Store.Open(string.Join(";", Vents));
                }

                public void Reconnect() => Store.Open(string.Join(";", Vents));
            }
            """);

    // IOT1001: "a password held in a constant, field or local and put into one ... is reported there, at its literal";
    // IOT1006: "A placeholder is never reported as IOT1001" and a template value is IOT1006 only when "reaching a credential
    // sink of the catalogue". A local array whose host piece is changed before the join still holds its written password
    // (IOT1001); one whose password piece is written empty and filled from the environment holds none; one whose password
    // piece is a placeholder handed to the team's own Store.Open is no finding, and handed to Npgsql's connection (a
    // catalogued sink) is IOT1006.
    // (Was DEFECT, split into the skipped test below:) expected IOT1006 at line 34 too; actual none there (the rest pass). A placeholder in a held array joined into a
    // catalogued sink's argument (`new NpgsqlConnection(string.Join(";", parts))`) is not judged as a template: the sink's
    // IOT1006 reading does not follow the Join to the local's array initializer (the held-array reading was added only to
    // WrittenConnectionStrings' IOT1001 walk).
    [Fact]
    public Task RT77_held_arrays_modified_run_time_and_placeholder_passwords() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using System;
            using Npgsql;
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class ColdRoom
            {
                public void OpenPrimary(string host)
                {
                    var parts = new[] { "Host=cold-db.local", "Username=chiller", "Password=Frost5!Pallet-Rime", "Database=temps" }; // expect: IOT1001
                    parts[0] = "Host=" + host;
                    Store.Open(string.Join(";", parts));
                }

                public void OpenFromEnvironment()
                {
                    var parts = new[] { "Host=cold-db.local", "Username=chiller", "Password=" }; // expect: none
                    parts[2] += Environment.GetEnvironmentVariable("COLD_DB_PASS");
                    Store.Open(string.Join(";", parts));
                }

                public void OpenRunTime()
                {
                    string[] parts = { "Host=cold-db.local", "Username=chiller", "Password=" + Environment.GetEnvironmentVariable("COLD_DB_PASS") }; // expect: none
                    Store.Open(string.Join(";", parts));
                }

                public void OpenTemplate()
                {
                    string[] parts = ["Host=cold-db.local", "Username=chiller", "Password=<cold-db-password>"]; // expect: none
                    Store.Open(string.Join(";", parts));
                }
            }
            """);

    // (Split from the test above: its catalogued-sink case; and a working password in a held array at the same sink: one
    // finding, at its literal.)
    [Fact]
    public Task RT77_a_template_in_a_held_array_joined_at_a_catalogued_sink_is_a_template() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Npgsql;
            public sealed class ColdRoom
            {
                private static readonly string[] Blast = { "Host=blast-db.local", "Username=blast", "Password=Rime4#Glaze-Auger" }; // expect: IOT1001

                public void OpenTemplateAtSink()
                {
                    string[] parts = ["Host=cold-db.local", "Username=chiller", "Password=<cold-db-password>"]; // expect: IOT1006
                    using var connection = new NpgsqlConnection(string.Join(";", parts));
                    connection.Open();
                }

                public void OpenBlast()
                {
                    using var connection = new NpgsqlConnection(string.Join(';', Blast));
                    connection.Open();
                }
            }
            """);

    // IOT1001: "Connection strings and URIs written anywhere (SQL Server, PostgreSQL, MySQL, Redis, MongoDB, AMQP and MQTT
    // user information, API keys in request query strings ...)"; IOT1004: "Names that describe something else are not
    // secrets: `PasswordHash`, ..."; "configuration keys and paths". Hard negatives: HTTP request header lines joined by
    // "\r\n", a CSV header naming a password column, an SQL column list with PasswordHash, and a log template whose
    // password is a format hole. None holds a password.
    [Fact]
    public Task RT77_held_arrays_that_are_no_connection_strings_are_no_findings() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            public sealed class KioskUplink
            {
                private static readonly string[] Headers = { "Host: api.kiosk.example", "Accept: application/json", "Connection: keep-alive", "User-Agent: kiosk-fw/4.2" }; // expect: none
                private static readonly string[] CsvColumns = { "device_id", "user", "password", "pass_changed_at", "rssi" }; // expect: none
                private static readonly string[] Columns = new[] { "Id", "UserName", "PasswordHash", "PasswordSalt", "LastLogin" }; // expect: none
                private static readonly string[] LogTemplate = ["Server={0}", "User Id={1}", "Password={2}", "Timeout={3}"]; // expect: none

                public string Request() => string.Join("\r\n", Headers) + "\r\n\r\n";
                public void Export(TextWriter csv) => csv.WriteLine(string.Join(",", CsvColumns));
                public string Query() => "SELECT " + string.Join(", ", Columns) + " FROM operators";
                public string Describe(string host, string user) => string.Format(string.Join(";", LogTemplate), host, user, "***", 30);
            }
            """);

    // Half-typed code over the array reads: a Join with its array cut, an initializer cut, a cast cut, a Join of a
    // member access cut, an array joined before it is declared. No analyzer throws.
    [Fact]
    public Task RT77_half_typed_held_arrays_and_line_breaks_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "static class S { static void Open(string c) { } static readonly string[] P = { \"Host=db\", \"Password=Qx7!Harrow\", ; static void M() { Open(string.Join(\";\", P); Open(string.Join(\";\", )); Open(string.Join(, P)); } }",
            "static class T { static void Open(string c) { } static void M() { Open(string.Join(\";\", (System.Collections.Generic.IEnumerable<string>)Q)); var Q = new[] { \"Pwd=Lx4$Reed\" ; Open(string.Join(';', Parts.)); } static readonly string[] R = [\"Server=x\", \"Pwd=\" + ]; static string J => string.Join(\";\", R }",
            "using System; static class U { static string A() { var ini = \"[mqtt]\" + Environment.NewLine; ini += \"password=Kw5-Trough\" + Environment.; ini += \"\\r\\n\" + ; return ini + NewLine; } static string B() => \"[wifi]\" + \"\\r\\n\" + \"psk=\" + (crlf ? \"\\r\\n\" : ) + }",
            "using System.Collections.Generic; static class V { static readonly Dictionary<string, string> D = new() { [\"pool.filter.mqtt.pass\"] = \"Heron Quill , [\"scan.\" + ] = \"x\", [\"lighting.dali.pass\"] = }; }",
        });

    // ---------- 2. configuration lines ended by line breaks ----------

    // IOT1001: "YAML or INI configuration written line by line in a concatenation (`"ssid: \"...\"\n" + "password:
    // \"...\"\n"`, lines ended by `Environment.NewLine` or `'\n'` too), reported at the piece that holds the value". A
    // boiler's INI written with its CR LF line breaks as string pieces of their own ("\r\n" and "\n"), the way a
    // Windows-side tool writes them, in a concatenation and in += appends: IOT1001 at each password's piece.
    // DEFECT: expected IOT1001 at lines 7 and 13; actual none. ConfigurationConcatenation/ConfigurationAppends start only
    // from a first piece ending in "\n" or followed by MayBeLineBreak, which knows the '\n' char and members named NewLine,
    // not a string piece "\r\n" or "\n" of its own.
    [Fact]
    public Task RT77_ini_lines_ended_by_separate_crlf_and_lf_string_pieces() =>
        ExpectComments.AssertAsync("""
            public static class BoilerIni
            {
                public static string Concatenated() =>
                    "[mqtt]" + "\r\n" +
                    "host=broker.boilerhouse.local" + "\r\n" +
                    "user=boiler-04" + "\r\n" +
                    "password=Flue3-Damper.Soot71" + "\r\n"; // expect: IOT1001

                public static string Appended()
                {
                    var ini = "[wifi]" + "\n";
                    ini += "ssid=boilerhouse-iot" + "\n";
                    ini += "psk=Grate8-Ember.Cinder24" + "\n"; // expect: IOT1001
                    return ini;
                }
            }
            """);

    // IOT1001: "YAML or INI configuration written line by line in a concatenation (... lines ended by
    // `Environment.NewLine` or `'\n'` too)" and values followed through "a constant". Lines ended by the team's own
    // constant holding "\r\n" and by a writer's own NewLine (a TextWriter's line break): IOT1001 at each password's piece.
    // DEFECT: expected IOT1001 at lines 9 and 14; actual none. MayBeLineBreak/IsLineBreak take '\n' and Environment.NewLine
    // only: a constant holding "\r\n" is not read (no constant value asked), and IsNewLine is called without orWriters, so a
    // TextWriter's NewLine is not a line break here (the docs list only Environment.NewLine and '\n' by name; the writer
    // case rests on "written line by line").
    [Fact]
    public Task RT77_ini_and_yaml_lines_ended_by_a_crlf_constant_or_a_writers_newline() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            public static class ChillerConfig
            {
                private const string Crlf = "\r\n";

                public static string Ini() =>
                    "[broker]" + Crlf +
                    "host=mq.chillers.local" + Crlf +
                    "password=Coil9-Glycol.Frost52" + Crlf; // expect: IOT1001

                public static void Yaml(TextWriter file) =>
                    file.Write("wifi:" + file.NewLine +
                               "  ssid: chiller-plant" + file.NewLine +
                               "  password: Brine4-Valve.Sleet63" + file.NewLine); // expect: IOT1001
            }
            """);

    // IOT1001: "lines ended by `Environment.NewLine` or `'\n'` too" and "A key ending in `pass` after other words is a
    // ticket's or a rendering stage's ...: words are a passphrase there only when the word just before `pass` ... names
    // what a device signs in to ... after a rendering stage or a filter anywhere before it (`render.ui.pass`,
    // `render.bloom.pass`) they name the stage. A `pass` alone is a password's". A kiosk display's INI written with
    // Environment.NewLine: a shadow pass naming its stage is none; the Wi-Fi `pass` alone under [wifi] is IOT1001.
    // DEFECT: expected none at line 6; actual IOT1001 (line 9 passes). A stage's pass key in INI lines
    // (`render.shadow.pass=soft contact hardening`) is reported: the configuration-line reader apparently judges the key
    // by its last segment (`pass` alone: a password's) or without the whole key, so IsWordPassphraseUnderPasswordKey never
    // sees `render`/`shadow`; the same key in a dictionary is none (RT74).
    [Fact]
    public Task RT77_ini_with_environment_newline_stage_passes_and_a_bare_pass() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class KioskIni
            {
                public static string Build() =>
                    "[display]" + Environment.NewLine +
                    "render.shadow.pass=soft contact hardening" + Environment.NewLine + // expect: none
                    "[wifi]" + Environment.NewLine +
                    "ssid=lobby-kiosk" + Environment.NewLine +
                    "pass=Vk4-Turnstile.Awn38" + Environment.NewLine; // expect: IOT1001
            }
            """);

    // ---------- 3. `pass` keys whose earlier words are stage qualifiers in another sense ----------

    // IOT1001: "words are a passphrase there only when the word just before `pass` (its digits left out, or joined to the
    // one or two before it) names what a device signs in to, a network, protocol, service, store or account (`softap.pass`,
    // `ssh.pass`, ... )" and "after a rendering stage or a filter anywhere before it (`render.ui.pass`, `render.bloom.pass`)
    // they name the stage". A pool's filter pump signing in to MQTT, a scan-to-FTP station, a building's DALI lighting
    // gateway and a GPU node's SSH: "filter", "scan", "lighting" and "gpu" name a device here, not a rendering stage or a
    // filter pass, and the word just before `pass` is a protocol each. The diceware passphrases are passwords: IOT1001 each.
    // DEFECT: expected IOT1001 at lines 6-9; actual none. IsWordPassphraseUnderPasswordKey returns false as soon as ANY word
    // before `pass` is in SecretNames.NonPasswordPassQualifiers (filter, scan, lighting, gpu), before it looks at the word
    // just before `pass` (mqtt, ftp, dali, ssh: account words). The qualifier list is matched by spelling anywhere in the
    // key; it should only count when it qualifies `pass` (e.g. the word just before, or `render.*`).
    [Fact]
    public Task RT77_pass_keys_whose_earlier_words_name_devices_not_stages_hold_passphrases() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class SiteProvisioning
            {
                public static Dictionary<string, string> Defaults() => new()
                {
                    ["pool.filter.mqtt.pass"] = "heron quill basalt marigold", // expect: IOT1001
                    ["scan.station.ftp.pass"] = "Anchor Pewter Lichen Sorrel", // expect: IOT1001
                    ["lighting.dali.pass"] = "walnut-cobalt-meadow-trumpet", // expect: IOT1001
                    ["gpu.node.ssh.pass"] = "Mango Thistle Canyon Ferret", // expect: IOT1001
                };
            }
            """);

    // IOT1001: "under a ticket's or a permit's (`boarding.pass`, `stadium.pass`, `toll.bridge.pass`, `event.guest.pass`)
    // they name the pass (`"North Stand Hospitality"`, `"family annual membership"`)". A ferry validator's service pass, a
    // rail validator's network pass and a transit gate's system pass: "service", "network" and "system" name a ferry line,
    // a rail network and a transit system, nothing a device signs in to. The words name the pass: no finding.
    // DEFECT: expected none; actual IOT1001 at lines 6, 7 and 8. `service`, `network` and `system` are in AccountWords, so
    // the word just before `pass` makes ticket names a passphrase whatever it names (the RT74 fix removed guest/bridge
    // only). Note: the docs list "a network, protocol, service" as what a device signs in to, so this is a judgement on
    // sense (a ferry service, a rail network) that a spelling list cannot make; a maintainers' call.
    [Fact]
    public Task RT77_ticket_passes_ending_in_account_words_name_the_pass() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class ValidatorFares
            {
                public static readonly Dictionary<string, string> Products = new()
                {
                    ["ferry.service.pass"] = "harbour islands weekly return", // expect: none
                    ["rail.network.pass"] = "Regional Flexi Weekend", // expect: none
                    ["transit.system.pass"] = "unlimited zones monthly", // expect: none
                };
            }
            """);

    // IOT1001: "Any value that is not words under such a key is judged as a password's (`["wlan.visitor.pass"] = "Tq8#..."`,
    // `["lift.pass"] = "Kv7%..."`: IOT1001)". A lighting controller's and a GPU box's pass keys holding random passwords:
    // IOT1001 each, whatever word comes before `pass`.
    // DEFECT: expected IOT1001 at lines 6, 7 and 8; actual none. SecretNames.EndsWithPasswordPass rejects a key whose word
    // before `pass` is a NonPasswordPassQualifier, and the list now holds lighting and gpu, so `LightingPass`,
    // `DaliLightingPass` and `GpuPass` are no secret names at all and random passwords under them are dropped.
    [Fact]
    public Task RT77_random_passwords_under_lighting_and_gpu_pass_keys() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class ControllerSecrets
            {
                public static Dictionary<string, string> Settings() => new()
                {
                    ["LightingPass"] = "Lx4#dusk-Relay19", // expect: IOT1001
                    ["DaliLightingPass"] = "Qm7%Ballast-Dim42", // expect: IOT1001
                    ["GpuPass"] = "Rz2!Tensor-Fan88", // expect: IOT1001
                };
            }
            """);

    // IOT1001 (sinks): "one named only by a short password word (`pass`, `pw`, `userPass`) beside the account it signs in,
    // in the same signature (FluentFTP's `FtpClient(host, user, pass)`, ...; alone, "pass" counts a filter's or a
    // renderer's passes and is no sink)". A DALI gateway's Login(lightingUser, lightingPass) and a render farm GPU node's
    // Connect(host, gpuUser, gpuPass): each short pass beside its account. The written passwords: IOT1001 each, at the
    // constant's literal and at the argument.
    // DEFECT: expected IOT1001 at lines 5 and 8; actual none. SecretNames.IsShortPasswordBesideAccount requires
    // EndsWithPasswordPass, which rejects `lightingPass` and `gpuPass` (lighting, gpu now in NonPasswordPassQualifiers)
    // even beside `lightingUser`/`gpuUser`, the account they sign in.
    [Fact]
    public Task RT77_lighting_and_gpu_short_pass_parameters_beside_their_accounts_are_sinks() =>
        ExpectComments.AssertAsync(new[] { LightingLibraries }, """
            using Vendor.Dali.Gateway;
            using Vendor.Render.Farm;
            public static class FacilityLinks
            {
                private const string DaliLightingPass = "Dk6!Ballast-Lux31"; // expect: IOT1001

                public static bool Lights(DaliRouter router) => router.Login("commissioner", DaliLightingPass);
                public static bool Farm(GpuNode node) => node.Connect("gpu-07.farm.local", "render", "Vt3#Shader-Core90"); // expect: IOT1001
            }
            """);

    // ---------- 4. PEM headers joined to conditional line breaks (IOT1003) ----------

    // IOT1003: "Appends of a line break alone (... `UseCrLf ? "\r\n" : "\n"`, in this file or another) are no lines of the
    // block, and a header joined to its line break (`Pem.Begin + "\n"`, `$"{Pem.Begin}{Environment.NewLine}"`) is a header
    // held by a constant". A header joined in an interpolation to a conditional line break, and to Environment.NewLine or
    // "\n" by a condition: one Ed25519 key under each, one finding each at the first body line.
    [Fact]
    public Task RT77_pem_headers_interpolated_with_conditional_line_breaks() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            public static class KilnPem
            {
                public const string Begin = "-----BEGIN PRIVATE KEY-----";
                public const string End = "-----END PRIVATE KEY-----";
            }
            public sealed class KilnController
            {
                public static bool UseCrLf;

                public static string DeviceKey()
                {
                    var sb = new StringBuilder();
                    sb.Append($"{KilnPem.Begin}{(UseCrLf ? "\r\n" : "\n")}");
                    sb.Append("MC4CAQAwBQYDK2VwBCIEIEcytfL62CjwMXzcVlYO+2/nFRqdMo23JAfru4PoH2dy"); // expect: IOT1003
                    sb.Append(UseCrLf ? "\r\n" : "\n");
                    sb.Append(KilnPem.End);
                    return sb.ToString();
                }

                public static string SignKey()
                {
                    var sb = new StringBuilder();
                    sb.Append($"{KilnPem.Begin}{(UseCrLf ? Environment.NewLine : "\n")}");
                    sb.Append("MC4CAQAwBQYDK2VwBCIEINHOfJnJ+DrfZbzcoQxmpjEirbWNCg9ge2glf9A7ZAIJ"); // expect: IOT1003
                    sb.Append(Environment.NewLine);
                    sb.Append(KilnPem.End);
                    return sb.ToString();
                }
            }
            """);
}
