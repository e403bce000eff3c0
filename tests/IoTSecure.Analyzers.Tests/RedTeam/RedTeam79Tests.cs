using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 79: against b07f857 and 50a8890. Held arrays joined by string.Join (a get-only property's array at a team's own
/// method, a private array in another partial part, an array reassigned wholesale, in-place collection expressions, lists,
/// methods returning arrays), key and default pieces in held arrays (one literal, one rule), non-credential joins;
/// INI/YAML text with line breaks chosen by a condition; PEM blocks whose header is a constant followed by a conditional
/// line break. Labels come from docs/rules, written before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam79Tests
{
    private const string NpgsqlStub = Stubs.Npgsql;

    // ---------- 1. held arrays at the written-connection-string scan (no catalogued sink) ----------

    // IOT1001: "Connection strings and URIs written anywhere ... are reported at the literal that holds the password,
    // whatever method they are handed to: ... `string.Join` (of written pieces, or of an array of them a field or local is
    // given where it is declared, or a get-only property returns ...)". A get-only property's array joined and handed to
    // the team's own historian store (not a catalogued sink): IOT1001 at the password piece.
    // Was a defect (red team 79), fixed: expected IOT1001 at line 7; actual none. b07f857 taught only the sink pass's resolver (StringValueResolver.AppendJoin)
    // about properties; the written-connection-string scan (WrittenConnectionStrings.HeldArrayDeclarator / JoinOf) still
    // wants a VariableDeclaratorSyntax, so a property's `=> new[] { ... }` joined for a non-catalogued method is never read.
    [Fact]
    public Task RT79_get_only_property_array_joined_for_a_team_method_is_found() =>
        ExpectComments.AssertAsync("""
            public sealed class HistorianStore
            {
                public void Open(string connectionString) { }
            }
            public sealed class PiGateway
            {
                private static string[] Historian => new[] { "Host=pi-historian.local", "Username=gateway", "Password=Turbine4!Anemo-Vane", "Database=wind" }; // expect: IOT1001

                public void Start(HistorianStore store) => store.Open(string.Join(";", Historian));
            }
            """);

    // IOT1001: "`string.Join` (... of an array of them a field or local is given where it is declared ...), joined in the
    // same type". A partial type is one type: a private static readonly array in one part (one file), joined in the other
    // part (another file) and handed to the team's own store: IOT1001 at the password piece.
    // Was a defect (red team 79), fixed: expected IOT1001 at File0 line 3; actual none. WrittenConnectionStrings.JoinOf searches only the type
    // declaration part that holds the declarator (declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>()), and the
    // compilation-wide fallback is only for public/internal fields: a private field joined in another partial part is missed.
    [Fact]
    public Task RT79_private_array_of_one_partial_part_joined_in_the_other_part_is_found() =>
        ExpectComments.AssertAsync(
            """
            public sealed partial class BoilerGateway
            {
                private static readonly string[] Telemetry = { "Server=boiler-sql.local", "User Id=boiler", "Password=Flue9#Damper-Stack", "Database=heat" }; // expect: IOT1001
            }
            """,
            """
            public sealed class TelemetryStore
            {
                public void Attach(string connectionString) { }
            }
            public sealed partial class BoilerGateway
            {
                public void Start(TelemetryStore store) => store.Attach(string.Join(";", Telemetry));
            }
            """);

    // ---------- 2. held arrays at catalogued sinks (the sink pass's resolver) ----------

    // IOT1001: "Every written choice is judged at its own literal" and "the initial value of a field that is reassigned
    // later"; "`string.Join` (... of an array of them a field or local is given ...)". A local array replaced wholesale by
    // a bench array on one branch: both arrays ship, both passwords reach NpgsqlConnection: IOT1001 at each.
    // Open: expected IOT1001 at lines 6 and 9; actual line 6 only. StringValueResolver.HeldArrayElements reads only
    // CachedInitializerOf(local) (the declaration's array), and WrittenConnectionStrings.HeldArrayDeclarator takes only an
    // EqualsValueClause: the wholesale reassignment `parts = new[] { ... }` is never read, so the bench password is missed.
    [Fact(Skip = "Open (red team 79): a held array reassigned wholesale (parts = new[] { ... }) is read only as its declaration's array; the resolver's readings would need the array as a choice (one reading per written array)")]
    public Task RT79_array_reassigned_wholesale_on_a_bench_branch_reports_both_passwords() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Npgsql;
            public sealed class ColdRoomLogger
            {
                public void Open(bool bench)
                {
                    string[] parts = { "Host=cold-db.local", "Username=logger", "Password=Frost7%Compressor-Ice" }; // expect: IOT1001
                    if (bench)
                    {
                        parts = new[] { "Host=localhost", "Username=logger", "Password=Bench3!Evaporator-Fin" }; // expect: IOT1001
                    }

                    using var connection = new NpgsqlConnection(string.Join(";", parts));
                    connection.Open();
                }
            }
            """);

    // IOT1001: "`string.Join` (of written pieces ...)" and "Target-typed `new(...)` ... count"; a collection expression
    // written in place is written pieces. `string.Join(";", [ ... ])` handed straight to NpgsqlConnection: IOT1001 at the
    // password piece.
    [Fact]
    public Task RT79_collection_expression_written_in_place_in_a_join_at_a_catalogued_sink() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Npgsql;
            public sealed class GreenhouseVent
            {
                public void Open()
                {
                    using var connection = new NpgsqlConnection(string.Join(";", ["Host=vent-db.local", "Username=vent", "Password=Louvre8&Humid-Mist"])); // expect: IOT1001
                    connection.Open();
                }
            }
            """);

    // IOT1001: "`string.Join` (of written pieces ...)", "a password held in a constant, field or local and put into one
    // (`$"...;Password={Secrets.DbPassword}"`) is reported there, at its literal". A params join with a char separator, and
    // a held array of interpolated pieces reading a constant of another type: IOT1001 at each password's literal.
    [Fact]
    public Task RT79_params_char_join_and_held_interpolated_pieces_at_catalogued_sinks() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Npgsql;
            public static class SiloSecrets
            {
                public const string DbPassword = "Auger5!Grain-Hopper"; // expect: IOT1001
            }
            public sealed class SiloMonitor
            {
                private static readonly string[] Parts = { $"Host={"silo-db.local"}", "Username=silo", $"Password={SiloSecrets.DbPassword}" };

                public void Open()
                {
                    using var a = new NpgsqlConnection(string.Join(';', "Host=silo-db.local", "Username=silo", "Password=Chute2#Moisture-Bin")); // expect: IOT1001
                    using var b = new NpgsqlConnection(string.Join(";", Parts));
                }
            }
            """);

    // IOT1003: "A key in a connection string is this rule's; a password in one is IOT1001's: one literal, one finding";
    // IOT1001: "A key in a key's slot (`SharedAccessKey=`, `AccountKey=`) is key material: IOT1003, never IOT1001 too".
    // A held array with the device key in its SharedAccessKey slot at DeviceClient.CreateFromConnectionString: IOT1003
    // once, not IOT1001 too.
    [Fact]
    public Task RT79_shared_access_key_in_a_held_array_is_one_iot1003() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public sealed class MeadowHiveScale
            {
                private static readonly string[] Hub = { "HostName=apiary-hub.azure-devices.net", "DeviceId=hive-04", "SharedAccessKey=acfIrVADe58w0tU4+UtiIzHOk0S8xYHhBV6DN7uIWm4=" }; // expect: IOT1003

                public DeviceClient Connect() => DeviceClient.CreateFromConnectionString(string.Join(";", Hub));
            }
            """);

    // IOT1002: "A default password is reported as IOT1002 instead of IOT1001 or IOT1006, never both"; IOT1006: "A template
    // value reaching a credential sink of the catalogue: ... `"YOUR_PASSWORD"`"; IOT1001: "auto-properties with
    // initializers" and "what a property's getter returns when that is all it does". A getter body returning an array with
    // the listed default `admin`, and a settable auto-property whose initializer holds a template, joined at Npgsql.
    [Fact]
    public Task RT79_getter_body_default_and_settable_property_template_in_held_arrays() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Npgsql;
            public sealed class PumpStation
            {
                private static string[] Factory { get { return new[] { "Host=pump-db.local", "Username=admin", "Password=admin" }; } } // expect: IOT1002
                public string[] Site { get; set; } = new[] { "Host=pump-db.local", "Username=pump", "Password=YOUR_DB_PASSWORD" }; // expect: IOT1006

                public void OpenFactory() { using var c = new NpgsqlConnection(string.Join(";", Factory)); c.Open(); }
                public void OpenSite() { using var c = new NpgsqlConnection(string.Join(";", Site)); c.Open(); }
            }
            """);

    // IOT1001: "`string.Join` over written values"; "string.Join (of written pieces ...)". A List<string> written with a
    // collection initializer in a local and joined at NpgsqlConnection holds written pieces as an array does: IOT1001.
    // (Judgement: the held-array sentence names arrays; the general list names "string.Join over written values".)
    // Was a defect (red team 79, judgement call), fixed: expected IOT1001 at line 7; actual none. StringValueResolver.HeldArrayElements relies on
    // SyntacticValues.ArrayElements, which knows array initializers and collection expressions only, not
    // `new List<string> { ... }` (an ObjectCreationExpression with a collection initializer).
    [Fact]
    public Task RT79_list_of_written_pieces_joined_at_a_catalogued_sink() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using System.Collections.Generic;
            using Npgsql;
            public sealed class SoilProbeHub
            {
                public void Open()
                {
                    var parts = new List<string> { "Host=soil-db.local", "Username=probe", "Password=Loam6$Nitrate-Root" }; // expect: IOT1001
                    using var connection = new NpgsqlConnection(string.Join(";", parts));
                    connection.Open();
                }
            }
            """);

    // IOT1001 (fifteenth session): "a helper that returns one value written in it is followed like one that chooses
    // (`public partial string InfluxDBToken() => "..."` ...)"; "`string.Join` (of written pieces ...)". An expression-bodied
    // method returning a written array, joined at NpgsqlConnection: IOT1001 at the password piece. (Judgement: the helper
    // sentence speaks of a returned string.)
    // Was a defect (red team 79, judgement call), fixed: expected IOT1001 at line 4; actual none. StringValueResolver.AppendJoin's heldBy takes only a
    // local, field or non-indexer property reference; an IInvocationOperation of a helper returning a written array is not
    // followed (nor by WrittenConnectionStrings.JoinOf, which wants a declarator).
    [Fact]
    public Task RT79_expression_bodied_method_returning_an_array_joined_at_a_catalogued_sink() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Npgsql;
            public sealed class TideGauge
            {
                private static string[] Parts() => new[] { "Host=tide-db.local", "Username=gauge", "Password=Ebb4!Flood-Neap" }; // expect: IOT1001

                public void Open() { using var c = new NpgsqlConnection(string.Join(";", Parts())); c.Open(); }
            }
            """);

    // IOT1001: "reported at the literal that holds the password"; IOT1006 only for "A template value". Joins that hold no
    // written credential: MQTT topic segments, a CSV header naming password and token columns, usage text joined with
    // Environment.NewLine, a held connection array whose password comes from the environment, an empty array: no finding.
    [Fact]
    public Task RT79_non_credential_arrays_and_joins_are_no_findings() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using System;
            using Npgsql;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Esp32Bridge
            {
                private static readonly string[] TopicParts = { "farm", "barn-2", "telemetry", "password-rotation" }; // expect: none
                private static readonly string[] CsvHeader = { "timestamp", "password_changed", "token_refresh", "api_key_age_days" }; // expect: none
                private static readonly string[] Usage = { "usage: bridge --broker <host>", "  --password <pw>   broker password (or MQTT_PASSWORD)", "  --token <t>       cloud token" }; // expect: none

                public string Topic => string.Join("/", TopicParts);
                public string Header => string.Join(",", CsvHeader);

                public void Help() => Console.WriteLine(string.Join(Environment.NewLine, Usage));

                public void Open()
                {
                    string[] parts = { "Host=bridge-db.local", "Username=bridge", "Password=" + Environment.GetEnvironmentVariable("BRIDGE_DB_PASSWORD") }; // expect: none
                    using var connection = new NpgsqlConnection(string.Join(";", parts));
                    using var empty = new NpgsqlConnection(string.Join(";", Array.Empty<string>()));
                }

                public void Connect(MqttClient client, string user, string password) => client.Connect(string.Join("-", new[] { "bridge", Environment.MachineName }), user, password);
            }
            """);

    // ---------- 3. INI / YAML written line by line ----------

    // IOT1001: "YAML or INI configuration written line by line in a concatenation (`"ssid: \"...\"\n" + "password:
    // \"...\"\n"`, lines ended by a separate `"\r\n"`, `'\n'`, a constant holding one, `Environment.NewLine` or a writer's
    // `NewLine` too, in a concatenation or in `+=` appends), reported at the piece that holds the value". Lines ended by a
    // choice of two line breaks (Windows or Linux gateway), in a concatenation and in `+=` appends: IOT1001 at each value.
    // (Judgement: a choice between "\r\n" and "\n" is a line break either way, as IOT1003 reads it.)
    // Was a defect (red team 79, judgement call), fixed: expected IOT1001 at lines 12 and 19; actual none. WrittenConnectionStrings.MayBeLineBreak (and so
    // IsLineBreak) accepts only a literal or a name (NewLine, Crlf, ...); a parenthesized ConditionalExpression between two
    // line breaks is not a line break, so the lines are not split and the values are not read as configuration.
    [Fact]
    public Task RT79_ini_and_yaml_lines_ended_by_a_conditional_line_break_are_found() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            public sealed class RaspberryPiGateway
            {
                public static bool Windows;

                public void WriteIni(string path)
                {
                    File.WriteAllText(path,
                        "[mqtt]" + (Windows ? "\r\n" : "\n") +
                        "host=broker.barn.local" + (Windows ? "\r\n" : "\n") +
                        "password=Hayloft3!Baler-Twine" + (Windows ? "\r\n" : "\n")); // expect: IOT1001
                }

                public void WriteYaml(string path)
                {
                    var yaml = "wifi:" + (Windows ? "\r\n" : "\n");
                    yaml += "  ssid: \"barn-ap\"" + (Windows ? "\r\n" : "\n");
                    yaml += "  password: \"Stable9#Paddock-Gate\"" + (Windows ? "\r\n" : "\n"); // expect: IOT1001
                    File.WriteAllText(path, yaml);
                }
            }
            """);

    // IOT1001: "reported at the piece that holds the value"; IOT1004: "configuration keys and paths" and "`PasswordMinLength`"
    // are not secrets. YAML written line by line with Environment.NewLine whose password is a run-time value, with policy
    // keys (`password_min_length: 12`, `token_ttl: 3600`) and a team constant named NewLine that holds a separator (not a
    // line break): no finding.
    [Fact]
    public Task RT79_yaml_with_run_time_password_and_policy_keys_is_no_finding() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            public static class Csv { public const string NewLine = ";"; }
            public sealed class MeadowConfigWriter
            {
                public void Write(string path, string password)
                {
                    var yaml = "auth:" + Environment.NewLine;
                    yaml += "  password: \"" + password + "\"" + Environment.NewLine; // expect: none
                    yaml += "  password_min_length: 12" + Environment.NewLine; // expect: none
                    yaml += "  token_ttl: 3600" + Environment.NewLine; // expect: none
                    File.WriteAllText(path, yaml);
                    File.WriteAllText(path + ".csv", "user=meadow" + Csv.NewLine + "password_hint=first pet" + Csv.NewLine + "token_ttl=3600"); // expect: none
                }
            }
            """);

    // ---------- 4. PEM written line by line ----------

    // IOT1003: "Appends of a line break alone (... `UseCrLf ? "\r\n" : "\n"`, in this file or another) are no lines of the
    // block, and a header joined to its line break ... is a header held by a constant". A header held by a constant,
    // appended alone, then the conditional line break written directly as its own append, then an Ed25519 body: the block
    // is a key, IOT1003 at the body line.
    // Was a defect (red team 79), fixed: expected IOT1003 at line 16; actual none (suspected gap confirmed). SecretTokenAnalyzer.LineTextIn dispatches
    // HeldText only for identifiers, member accesses, binaries, parentheses and interpolations, not a ConditionalExpressionSyntax
    // written directly as the argument, so IsLineBreak is false for `sb.Append(UseCrLf ? "\r\n" : "\n")`:
    // ConstantHeaderJustBefore sees the conditional as the previous line (no constant header), and the body's DER finding is
    // then dropped by IsPemBody (FollowsPemHeader still reaches the header past it).
    [Fact]
    public Task RT79_constant_header_then_conditional_line_break_append_then_body_is_a_key() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class CoopPem
            {
                public const string Begin = "-----BEGIN PRIVATE KEY-----";
                public const string End = "-----END PRIVATE KEY-----";
            }
            public sealed class CoopDoorController
            {
                public static bool UseCrLf;

                public static string DeviceKey()
                {
                    var sb = new StringBuilder();
                    sb.Append(CoopPem.Begin);
                    sb.Append(UseCrLf ? "\r\n" : "\n");
                    sb.Append("MC4CAQAwBQYDK2VwBCIEIADWl0o6CBFIFixIvvkqUrjRDnNDo1F4S6wx3uInbZ2a"); // expect: IOT1003
                    sb.Append(UseCrLf ? "\r\n" : "\n");
                    sb.Append(CoopPem.End);
                    return sb.ToString();
                }
            }
            """);

    // IOT1003: "PEM and OpenSSH private keys (`-----BEGIN PRIVATE KEY-----` ...)" in any literal; "Appends of a line break
    // alone (... `UseCrLf ? "\r\n" : "\n"` ...) are no lines of the block". A header literal, a conditional break written
    // directly, the body, and a JSON payload's PEM whose lines are joined by a team constant named NewLine holding the
    // JSON escape "\\n" (not a line break, but the text is still the key): one IOT1003 each.
    [Fact]
    public Task RT79_literal_header_conditional_break_and_json_escape_newline_constant_are_keys() =>
        ExpectComments.AssertAsync(
            """
            public static class Json { public const string NewLine = "\\n"; }
            """,
            """
            using System.Text;
            public sealed class IrrigationProvisioner
            {
                public static bool UseCrLf;

                public static string ValveKey()
                {
                    var sb = new StringBuilder();
                    sb.Append("-----BEGIN PRIVATE KEY-----"); // expect: IOT1003
                    sb.Append(UseCrLf ? "\r\n" : "\n");
                    sb.Append("MC4CAQAwBQYDK2VwBCIEIBzPXHyzxyREewWPf1bLZjTrHP+HKR4xmNnspM3ZOwlb");
                    sb.Append(UseCrLf ? "\r\n" : "\n");
                    sb.Append("-----END PRIVATE KEY-----");
                    return sb.ToString();
                }

                public static string Payload()
                {
                    var sb = new StringBuilder("{\"key\":\"");
                    sb.Append("-----BEGIN PRIVATE KEY-----").Append(Json.NewLine); // expect: IOT1003
                    sb.Append("MC4CAQAwBQYDK2VwBCIEIGm9Q3v8cR2tLp7xK1sWf4hN6jD0eZyUaBq5oTgX2iVc").Append(Json.NewLine);
                    sb.Append("-----END PRIVATE KEY-----\"}");
                    return sb.ToString();
                }
            }
            """);

    // ---------- 5. half-typed code and cost ----------

    // Every analyzer must survive the half-typed code an editor shows (an exception is AD0001 and loses the file's
    // findings): a join of a property cut mid-array, a getter returning itself, a collection expression with a spread cut,
    // an array reassigned from itself, a conditional line break cut inside a PEM run and an INI concatenation.
    [Fact]
    public Task RT79_half_typed_held_array_joins_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using Npgsql; class A { static string[] P => new[] { \"Host=a\", \"Password=Zq8!mm-Rook\" ; void O() { using var c = new NpgsqlConnection(string.Join(\";\", P)); } }",
            "using Npgsql; class B { static string[] P => P; static string[] Q { get { return Q } } void O() { new NpgsqlConnection(string.Join(\";\", P)); new NpgsqlConnection(string.Join(';', Q, )); } }",
            "using Npgsql; class C { void O(string[] more) { string[] p = [\"Host=a\", ..more, \"Password=Kq3#\" ; p = p; p = [..p, ]; new NpgsqlConnection(string.Join(\";\", p)); } }",
            "using System.Text; static class D { const string B = \"-----BEGIN PRIVATE KEY-----\"; static bool U; static string K() { var sb = new StringBuilder(); sb.Append(B); sb.Append(U ? \"\\r\\n\" : ); sb.Append(\"MC4CAQAwBQYDK2VwBCIEIADWl0o6CBFIFixIvvkqUrjRDnNDo1F4S6wx3uInbZ2a\"); return sb.",
            "static class E { static bool W; static string I() => \"[mqtt]\" + (W ? \"\\r\\n\" : ) + \"password=Hx4!q\" + (W ? : \"\\n\") + ; static string[] J = { \"a\", string.Join(\";\", J) }; }",
        });

    // A held array is read element by element at each catalogued sink that joins it: 40 sinks joining one array of 1,500
    // pieces of written text must cost no blow-up against the same sinks joining the same array filled at run time.
    [Fact]
    public Task RT79_a_long_held_array_joined_at_many_sinks_costs_no_more_than_its_baseline() =>
        CostGuards.AssertNoBlowUpAsync(LongHeldArray(written: true, 20, 2), LongHeldArray(written: false, 1500, 40), LongHeldArray(written: true, 1500, 40), "written pieces");

    private static string LongHeldArray(bool written, int pieces, int sinks)
    {
        var sb = new StringBuilder();
        sb.AppendLine("namespace Npgsql { public sealed class NpgsqlConnection { public NpgsqlConnection(string connectionString) { } } }");
        sb.AppendLine("public static class Big");
        sb.AppendLine("{");
        sb.AppendLine("  private static string V(int i) => System.Environment.GetEnvironmentVariable(\"P\" + i) ?? \"\";");
        sb.Append("  private static readonly string[] Parts = { ");
        for (var i = 0; i < pieces; i++)
        {
            sb.Append(written ? $"\"Opt{i}=v{i}\", " : $"\"Opt{i}=\" + V({i}), ");
        }

        sb.AppendLine("\"Password=Xy7!Kettle-Fern\" };");
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"  public static void O{s}() => new Npgsql.NpgsqlConnection(string.Join(\";\", Parts));");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }
}
