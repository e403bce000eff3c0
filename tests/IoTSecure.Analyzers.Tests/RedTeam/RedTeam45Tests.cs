using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 45: the changes of fbf91d0, 7eb41bf, 079b18d and 2532c26 (object/with-initializer members spelled as a local,
/// static fields written through their namespace-qualified type name, lambda and helper results read through a trim, key
/// helper callers decoding into a byte-array local first, and the per-compilation caches of the written-text screen and
/// of a member's constructor/setter answer), with other members of each kind than red team 44 tried: other sinks (MQTT
/// Connect, WifiNetworkHelper.ConnectDhcp, NetworkCredential, SqlConnection, HttpClient headers, X509Certificate2) and
/// other holders. About half are hard negatives. Expectations come from docs/rules and docs/accuracy.md, not from what the
/// analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam45Tests
{
    private const string SqlClientStub = """
        namespace System.Data.SqlClient { public class SqlConnection : System.IDisposable { public SqlConnection(string connectionString) { } public void Dispose() { } } }
        """;

    // ---------- 1. IOT1001: an object/with initializer's member spelled as a local (7eb41bf) ----------

    // IOT1001 (twenty-fourth session, accuracy): "an object initializer's member spelled as a local (`new AuditEntry {
    // password = "********" }`) was taken for a write of the local, so none of the local's written values was read; it is the
    // new object's member now, wherever a write of a name is looked for"; IOT1001: "once-assigned locals ... (also a local
    // declared first and assigned once by a statement of its block, `string key; key = "...";`)". Other initializers than
    // red team 44's: a record's `with`, a target-typed `new() { ... }`, a nested member initializer (`Entry = { apiKey = ...
    // }`); other sinks: NetworkCredential, X509Certificate2, an HttpClient API-key header.
    [Fact]
    public Task RT45_initializer_members_spelled_as_the_local_leave_its_written_value_at_credential_certificate_and_header_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Security.Cryptography.X509Certificates;
            public sealed class AuditEntry { public string user = ""; public string password = ""; public string apiKey = ""; }
            public sealed record PanelView(string user, string password);
            public sealed class Shift { public AuditEntry Entry { get; } = new AuditEntry(); }
            public static class Audit { public static void Write(object entry) { } }
            public static class Boiler
            {
                public static NetworkCredential Login()
                {
                    string password;
                    password = "Bo3!boil-Wz8Kq"; // expect: IOT1001
                    AuditEntry shown = new() { user = "boiler", password = "********" };
                    Audit.Write(shown);
                    return new NetworkCredential("boiler", password);
                }
                public static X509Certificate2 Certificate(PanelView view)
                {
                    var password = "Cx6!cert-Lq2Vt"; // expect: IOT1001
                    Audit.Write(view with { password = "********" });
                    return new X509Certificate2("/etc/boiler/device.pfx", password);
                }
                public static void Header(HttpClient http)
                {
                    string apiKey;
                    apiKey = "Hk9vT2xQ7mLr4Wz8aP3n"; // expect: IOT1001
                    Audit.Write(new Shift { Entry = { user = "boiler", apiKey = "********" } });
                    http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file"; "A redacted copy (`"***"`, `"[redacted]"`) is no value". Locals holding run-time values beside initializers
    // (object, target-typed, `with`, nested) that give the new object's member of the same name a mask or the local itself.
    [Fact]
    public Task RT45_initializer_members_spelled_as_a_run_time_local_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Security.Cryptography.X509Certificates;
            public sealed class AuditEntry { public string user = ""; public string password = ""; public string apiKey = ""; }
            public sealed record PanelView(string user, string password);
            public sealed class Shift { public AuditEntry Entry { get; } = new AuditEntry(); }
            public static class Audit { public static void Write(object entry) { } }
            public static class Boiler
            {
                public static NetworkCredential Login(string path)
                {
                    string password;
                    password = File.ReadAllText(path).Trim();
                    AuditEntry shown = new() { user = "boiler", password = "********" };
                    Audit.Write(shown);
                    return new NetworkCredential("boiler", password);
                }
                public static X509Certificate2 Certificate(PanelView view)
                {
                    var password = Environment.GetEnvironmentVariable("BOILER_PFX_PASSWORD") ?? "";
                    Audit.Write(view with { password = "********" });
                    return new X509Certificate2("/etc/boiler/device.pfx", password);
                }
                public static void Header(HttpClient http, string configured)
                {
                    string apiKey;
                    apiKey = configured;
                    Audit.Write(new Shift { Entry = { user = "boiler", apiKey = apiKey } });
                    http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
                }
            }
            """);

    // IOT1001 (twenty-fourth session): an initializer's member spelled as the holder "is the new object's member now, wherever a
    // write of a name is looked for"; IOT1001: "a read-only or private field assigned once by a constructor of its kind". A
    // field (instance and static) given its one value by its constructor, beside methods of its type that build objects
    // whose member of the same name they mask (`new AuditEntry { password = ... }`, `view with { s_mqttPassword = ... }`).
    [Fact]
    public Task RT45_initializer_members_spelled_as_a_field_leave_its_constructor_value_at_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class AuditEntry { public string user = ""; public string password = ""; }
            public sealed record PanelView(string user, string s_mqttPassword);
            public sealed class Boiler
            {
                private readonly string password;
                private static readonly string s_mqttPassword;
                static Boiler() { s_mqttPassword = "Bq7!boil-Mz3Wt"; } // expect: IOT1001
                public Boiler() { password = "Bf5!boil-Xq2Lz"; } // expect: IOT1001
                public NetworkCredential Login() => new NetworkCredential("boiler", password);
                public static void Open(MqttClient m) => m.Connect("boiler-5", "boiler", s_mqttPassword);
                public AuditEntry Shown() => new AuditEntry { user = "boiler", password = "********" };
                public static PanelView Masked(PanelView view) => view with { s_mqttPassword = "********" };
            }
            """);

    // ---------- 2. IOT1001: static fields written through their namespace-qualified type name (7eb41bf) ----------

    // IOT1001 (twenty-fourth session, accuracy): "A static field given its value through its namespace-qualified type name
    // (`Plant.Kiln.s_psk = "..."`, `global::Plant.Kiln.s_psk`) in its static constructor is followed as the simple name is";
    // IOT1001: "a password held in a constant, field or local and put into one (`$"...;Password={Secrets.DbPassword}"`) is
    // reported there, at its literal"; (twenty-third session) "A field is followed to its one constructor assignment when the
    // constructor is expression-bodied". A three-segment namespace, `global::` before it, a nested type written with its
    // outer type, at MQTT Connect, a SQL connection string and Wi-Fi.
    [Fact]
    public Task RT45_static_fields_given_through_multi_segment_global_and_nested_qualified_names_are_iot1001() =>
        ExpectComments.AssertAsync(new[] { SqlClientStub }, """
            using System.Data.SqlClient;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            namespace Acme.Plant.Line2
            {
                public sealed class Boiler
                {
                    private static readonly string s_mqttPassword;
                    private static readonly string s_dbPassword;
                    static Boiler()
                    {
                        Acme.Plant.Line2.Boiler.s_mqttPassword = "Bm4!boil-Kz7Wq"; // expect: IOT1001
                        global::Acme.Plant.Line2.Boiler.s_dbPassword = "Bd8!boil-Tq3Lx"; // expect: IOT1001
                    }
                    public static void Open(MqttClient m) => m.Connect("boiler-2", "boiler", s_mqttPassword);
                    public static SqlConnection Db() => new SqlConnection("Server=db.plant;User Id=boiler;Password=" + s_dbPassword + ";");
                }
                public static class Site
                {
                    public sealed class Kiln
                    {
                        private static readonly string s_psk;
                        static Kiln() => Acme.Plant.Line2.Site.Kiln.s_psk = "Sk2#kiln-Vw9Qz"; // expect: IOT1001
                        public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
                    }
                }
            }
            """);

    // IOT1001 (twenty-fourth session): the namespace-qualified name "is followed as the simple name is"; (twenty-third
    // session) "A field is followed to its one constructor assignment ... when another part of a partial type, in the same
    // file or another, assigns it". The static constructor in another file's part, at an HTTP bearer header.
    [Fact]
    public Task RT45_a_static_field_given_through_its_qualified_name_in_another_files_partial_part_is_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using System.Net.Http;
            using System.Net.Http.Headers;
            namespace Acme.Plant
            {
                public sealed partial class Dryer
                {
                    private static readonly string s_token;
                    public static void Authorize(HttpClient http) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s_token);
                }
            }
            """,
            """
            namespace Acme.Plant
            {
                public sealed partial class Dryer
                {
                    static Dryer() { global::Acme.Plant.Dryer.s_token = "Dt5vQ8xK2mRw7Lz4Hn6p"; } // expect: IOT1001
                }
            }
            """);

    // IOT1001 (twenty-fourth session): "A static field given its value through its namespace-qualified type name ... is
    // followed as the simple name is". A namespace whose name starts with a lower-case letter is a namespace all the same
    // (C# does not ask for a capital); the compiler binds `plant.line3.Press` to the type.
    [Fact]
    public Task RT45_a_static_field_given_through_a_lower_case_namespace_qualified_name_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            namespace plant.line3
            {
                public sealed class Press
                {
                    private static readonly string s_psk;
                    static Press() { plant.line3.Press.s_psk = "Pr7#press-Qw2Zx"; } // expect: IOT1001
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("press", s_psk);
                }
            }
            """);

    // IOT1001 (red team 43): "A static field given its value through its type's name by its constructor (`Kiln.s_psk =
    // "..."`) is followed"; (twenty-fourth session) "one test of 'these names write out the type' serves the screen, the
    // member index and the resolver". A generic type's name is written with its type arguments (`Vault<TDevice>.s_password`),
    // and so is its namespace-qualified name.
    [Fact]
    public Task RT45_a_static_field_of_a_generic_type_given_through_its_type_name_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            namespace Acme.Plant
            {
                public sealed class Vault<TDevice>
                {
                    private static readonly string s_password;
                    private static readonly string s_spare;
                    static Vault()
                    {
                        Vault<TDevice>.s_password = "Vg3!vault-Lk8Rt"; // expect: IOT1001
                        Acme.Plant.Vault<TDevice>.s_spare = "Vs6!vault-Qp2Wz"; // expect: IOT1001
                    }
                    public static NetworkCredential Login() => new NetworkCredential("vault", s_password);
                    public static NetworkCredential Spare() => new NetworkCredential("vault-spare", s_spare);
                }
            }
            """);

    // Hard negative. IOT1001 (twenty-fourth session): "another object's member (`_plant.Kiln`) is not taken for the type";
    // IOT1004: a secret-named field or property "given a value written in the code (an initializer, an assignment ...), where
    // that value reaches **no** API IoTSecure knows". Inside Plant.Kiln's static constructor, `Bench.Kiln.s_psk` is another
    // type's field of the same names (a bench stub's), and `Site.Kettle.Psk` is a static property's object's member: neither
    // writes the field read at the Wi-Fi sink, whose value is read from the environment or a file.
    [Fact]
    public Task RT45_another_types_field_of_the_same_names_or_a_static_propertys_member_is_not_the_field_read_at_the_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using nanoFramework.Networking;
            namespace Bench
            {
                public static class Kiln { public static string s_psk = ""; }
            }
            namespace Plant
            {
                public sealed class KettleProfile { public string Psk { get; set; } = ""; }
                public static class Site { public static KettleProfile Kettle { get; } = new KettleProfile(); }
                public sealed class Kiln
                {
                    private static readonly string s_psk = Environment.GetEnvironmentVariable("KILN_PSK") ?? "";
                    static Kiln() { Bench.Kiln.s_psk = "Bk5#bench-Wq7Zt"; } // expect: IOT1004
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
                }
                public sealed class Kettle
                {
                    private static string Psk = File.ReadAllText("/etc/kettle/psk").Trim();
                    static Kettle() { Site.Kettle.Psk = "Kt8#kettle-Zr4Vq"; } // expect: IOT1004
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("kettle", Psk);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file". The qualified forms of the positive above (three segments, `global::`, a nested type, another partial part)
    // given run-time values.
    [Fact]
    public Task RT45_static_fields_given_run_time_values_through_qualified_names_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { SqlClientStub },
            """
            using System;
            using System.Data.SqlClient;
            using System.IO;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            namespace Acme.Plant.Line2
            {
                public sealed class Boiler
                {
                    private static readonly string s_mqttPassword;
                    private static readonly string s_dbPassword;
                    static Boiler()
                    {
                        Acme.Plant.Line2.Boiler.s_mqttPassword = Environment.GetEnvironmentVariable("BOILER_MQTT_PASSWORD") ?? "";
                        global::Acme.Plant.Line2.Boiler.s_dbPassword = File.ReadAllText("/etc/boiler/db.pw").Trim();
                    }
                    public static void Open(MqttClient m) => m.Connect("boiler-2", "boiler", s_mqttPassword);
                    public static SqlConnection Db() => new SqlConnection("Server=db.plant;User Id=boiler;Password=" + s_dbPassword + ";");
                }
                public static class Site
                {
                    public sealed class Kiln
                    {
                        private static readonly string s_psk;
                        static Kiln() => Acme.Plant.Line2.Site.Kiln.s_psk = Environment.GetEnvironmentVariable("KILN_PSK") ?? "";
                        public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
                    }
                }
                public sealed partial class Dryer
                {
                    private static readonly string s_psk;
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("dryer", s_psk);
                }
            }
            """,
            """
            using System.IO;
            namespace Acme.Plant.Line2
            {
                public sealed partial class Dryer
                {
                    static Dryer() { global::Acme.Plant.Line2.Dryer.s_psk = File.ReadAllText("/etc/dryer/psk").Trim(); }
                }
            }
            """);

    // ---------- 3. IOT1001: a lambda's or followed helper's results read through a trim (079b18d) ----------

    // IOT1001 (twenty-fourth session, accuracy): "a lambda's (or a followed helper's) choices read through a trim of its result
    // (`string password = (await load()).Trim();`, `var spare = pick().TrimEnd();`): each value it may return is judged, the
    // written fallback in a `catch` or after an `if` among them"; (seventeenth session) "A function that holds a value in a
    // local, gives it a default when it is missing and returns it ... ships that default"; a helper "is followed when awaited".
    // A private helper method (not a lambda) trimmed with TrimStart into a local, an async helper awaited and trimmed into a
    // typed local, at an X509Certificate2 password and a Bearer header.
    [Fact]
    public Task RT45_helper_results_trimmed_into_locals_are_iot1001_at_certificate_and_bearer_sinks() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Security.Cryptography.X509Certificates;
            using System.Threading.Tasks;
            public static class Meter
            {
                private static string SparePassword()
                {
                    if (File.Exists("/etc/meter/pfx.pw")) return File.ReadAllText("/etc/meter/pfx.pw");
                    return "Mf4!meter-Qz8Lw"; // expect: IOT1001
                }
                private static async Task<string> TokenAsync()
                {
                    try { return await File.ReadAllTextAsync("/etc/meter/token"); }
                    catch (IOException) { return "Mt7vK2qX9wLr3Pz6Yd1s"; } // expect: IOT1001
                }
                public static X509Certificate2 Certificate()
                {
                    var password = SparePassword().TrimStart();
                    return new X509Certificate2("/etc/meter/device.pfx", password);
                }
                public static async Task Authorize(HttpClient http)
                {
                    string token = (await TokenAsync()).TrimEnd();
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
            }
            """);

    // IOT1001 (twenty-fourth session): "a lambda's ... choices read through a trim of its result ... each value it may return is
    // judged"; "Target-typed `new(...)`, named arguments ... count". The trimmed result given straight to the sink (no local
    // between): a named argument of NetworkCredential, a target-typed NetworkCredential, MQTT Connect.
    [Fact]
    public Task RT45_trimmed_lambda_results_given_straight_to_sinks_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public static class Meter
            {
                public static NetworkCredential Login()
                {
                    Func<string> read = () =>
                    {
                        if (File.Exists("/etc/meter/pw")) return File.ReadAllText("/etc/meter/pw");
                        return "Mn2!meter-Hw5Rq"; // expect: IOT1001
                    };
                    return new NetworkCredential(userName: "meter", password: read().Trim());
                }
                public static NetworkCredential Spare()
                {
                    Func<string> spare = () =>
                    {
                        try { return File.ReadAllText("/etc/meter/spare.pw"); }
                        catch (IOException) { return "Ms9!meter-Kt3Vz"; } // expect: IOT1001
                    };
                    NetworkCredential credential = new("meter-spare", spare().TrimEnd());
                    return credential;
                }
                public static void Open(MqttClient m)
                {
                    Func<string> pick = () =>
                    {
                        if (File.Exists("/etc/meter/mqtt.pw")) return File.ReadAllText("/etc/meter/mqtt.pw");
                        return "Mq6!meter-Rw8Lp"; // expect: IOT1001
                    };
                    m.Connect("meter-3", "meter", pick().TrimStart());
                }
            }
            """);

    // IOT1001 (twenty-fourth session): "a lambda's (or a followed helper's) choices read through a trim of its result ...: each
    // value it may return is judged". A trim of the line ends a file's text leaves (`Trim('\r', '\n')`, `TrimEnd('\n')`) is a
    // trim all the same; the written fallback carries no line end, so it is sent as written.
    [Fact]
    public Task RT45_lambda_results_trimmed_of_given_characters_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Meter
            {
                public static void Open(MqttClient m)
                {
                    Func<string> pick = () =>
                    {
                        if (File.Exists("/etc/meter/mqtt.pw")) return File.ReadAllText("/etc/meter/mqtt.pw");
                        return "Mc4!meter-Vq7Zt"; // expect: IOT1001
                    };
                    var password = pick().Trim('\r', '\n');
                    m.Connect("meter-4", "meter", password);
                }
                public static bool Join()
                {
                    Func<string> pick = () =>
                    {
                        if (File.Exists("/etc/meter/psk")) return File.ReadAllText("/etc/meter/psk");
                        return "Mw8#meter-Lz2Qx"; // expect: IOT1001
                    };
                    var psk = pick().TrimEnd('\n');
                    return WifiNetworkHelper.ConnectDhcp("meter", psk);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file"; (twenty-first session) "A lambda a local holds (`Func<string> bench = () => "..."`) returns its text where it is
    // called (`bench()`), unless the local is given another value". A helper returning a run-time value or its caller's
    // parameter, a lambda returning a file's text or nothing, and a lambda replaced before it is called, all trimmed.
    [Fact]
    public Task RT45_trimmed_results_of_run_time_or_replaced_lambdas_and_helpers_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Security.Cryptography.X509Certificates;
            using System.Threading.Tasks;
            public static class Meter
            {
                private static string SparePassword(string provisioned)
                {
                    var configured = Environment.GetEnvironmentVariable("METER_PFX_PASSWORD");
                    if (!string.IsNullOrEmpty(configured)) return configured;
                    return provisioned;
                }
                public static X509Certificate2 Certificate(string provisioned)
                {
                    var password = SparePassword(provisioned).TrimStart();
                    return new X509Certificate2("/etc/meter/device.pfx", password);
                }
                public static NetworkCredential Login()
                {
                    Func<string> read = () => "Mr4!meter-Dz6Lq";
                    read = () => File.ReadAllText("/etc/meter/pw");
                    var password = read().Trim();
                    return new NetworkCredential("meter", password);
                }
                public static async Task Authorize(HttpClient http)
                {
                    Func<Task<string>> load = async () =>
                    {
                        var text = await File.ReadAllTextAsync("/etc/meter/token");
                        return text.Length == 0 ? "" : text;
                    };
                    string token = (await load()).TrimEnd();
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
            }
            """);

    // IOT1001 (fourteenth session): "a helper that chooses the key it returns is read however it is written: a switch
    // statement, ifs and returns (`if (id == "lab") return "..."; return Read();`) ..."; (seventeenth session) "A function
    // that holds a value in a local, gives it a default when it is missing and returns it ... ships that default". The same
    // choice written the other way round: the local returned when it is there, the written default after it. (Found while
    // writing the trim tests, when only `if (string.IsNullOrEmpty(v)) return "..."; return v;` was followed; fixed with
    // SyntacticValues.LocalOrFallback.)
    [Fact]
    public Task RT45_a_helper_returning_its_local_when_present_and_a_written_default_after_it_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography.X509Certificates;
            using uPLibrary.Networking.M2Mqtt;
            public static class Meter
            {
                private static string SparePassword()
                {
                    var configured = Environment.GetEnvironmentVariable("METER_PFX_PASSWORD");
                    if (!string.IsNullOrEmpty(configured)) return configured;
                    return "Mf4!meter-Qz8Lw"; // expect: IOT1001
                }
                private static string BrokerPassword()
                {
                    var configured = Environment.GetEnvironmentVariable("METER_MQTT_PASSWORD");
                    if (configured != null) return configured;
                    return "Mb6!meter-Tw3Rz"; // expect: IOT1001
                }
                public static X509Certificate2 Certificate()
                {
                    var password = SparePassword();
                    return new X509Certificate2("/etc/meter/device.pfx", password);
                }
                public static void Open(MqttClient m) => m.Connect("meter-5", "meter", BrokerPassword().Trim());
            }
            """);

    // Hard negative of the same shape (added with the fix): the local returned when it is there, and a run-time value or
    // nothing after it.
    [Fact]
    public Task RT45_a_helper_returning_its_local_when_present_and_a_run_time_value_after_it_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            using uPLibrary.Networking.M2Mqtt;
            public static class Meter
            {
                private static string PfxPassword()
                {
                    var configured = Environment.GetEnvironmentVariable("METER_PFX_PASSWORD");
                    if (configured is { Length: > 0 }) return configured;
                    return File.ReadAllText("/etc/meter/pfx.pw");
                }
                private static string BrokerPassword()
                {
                    var configured = Environment.GetEnvironmentVariable("METER_MQTT_PASSWORD");
                    if (configured is not null && configured.Length > 0) return configured;
                    return string.Empty;
                }
                public static X509Certificate2 Certificate() => new X509Certificate2("/etc/meter/device.pfx", PfxPassword());
                public static void Open(MqttClient m) => m.Connect("meter-6", "meter", BrokerPassword());
            }
            """);

    // ---------- 4. IOT1006/IOT1003: key helper callers decoding into a byte-array local first (2532c26) ----------

    // IOT1006 (red team 43): "a key template decoded by the callers of the team's key helper (... or decoded into a byte-array
    // local first: `var groupKey = Convert.FromBase64String(T); DeriveKey(groupKey, id)`) is judged there"; IOT1003: "Key
    // text that reaches a key parameter through the team's own helper is found at each caller's literal when the helper's
    // parameter names which key it is (`enrollmentKey`, ...)". Other members of the kind: a local typed `byte[]` (not
    // `var`), `Convert.FromHexString`, a template held in a static readonly field and one in a constant of another file, a
    // named argument.
    [Fact]
    public Task RT45_key_templates_decoded_into_typed_byte_locals_for_the_key_helper_are_iot1006() =>
        ExpectComments.AssertAsync(
            """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Enrollment
            {
                private static readonly string GroupMasterKey = "<group master key>"; // expect: IOT1006
                public static string Device(string registrationId)
                {
                    byte[] masterKey = Convert.FromBase64String(GroupMasterKey);
                    return DeriveDeviceKey(masterKey, registrationId);
                }
                public static string Spare(string registrationId)
                {
                    var spareKey = Convert.FromHexString(SpareKeys.SpareGroupKeyHex);
                    return DeriveDeviceKey(registrationId: registrationId, enrollmentKey: spareKey);
                }
                private static string DeriveDeviceKey(byte[] enrollmentKey, string registrationId)
                {
                    using var hmac = new HMACSHA256(enrollmentKey);
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                }
            }
            """,
            """
            public static class SpareKeys
            {
                public const string SpareGroupKeyHex = "YOUR_SPARE_GROUP_KEY_HEX"; // expect: IOT1006
            }
            """);

    // IOT1003: "literal key bytes given to a symmetric cipher or HMAC ... `Convert.FromBase64String` ... of text written in
    // the code, directly or through a field or local"; "Key text that reaches a key parameter through the team's own helper
    // is found at each caller's literal"; accuracy (twenty-fourth session): decoded "into a byte-array local first ... the
    // text it decodes is judged at the helper's key sink (IOT1006 for a template, IOT1003 for a real key)". "One literal,
    // one rule." A real base64 key held in a constant of another file, decoded into locals by two callers.
    [Fact]
    public Task RT45_a_real_key_in_another_files_constant_decoded_into_locals_for_the_key_helper_is_one_iot1003() =>
        ExpectComments.AssertAsync(
            """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Enrollment
            {
                public static string Device(string registrationId)
                {
                    var groupKey = Convert.FromBase64String(DpsKeys.GroupPrimaryKey);
                    return ComputeKey(groupKey, registrationId);
                }
                public static string Bench(string registrationId)
                {
                    byte[] groupKey = Convert.FromBase64String(DpsKeys.GroupPrimaryKey);
                    return ComputeKey(groupKey, registrationId + "-bench");
                }
                private static string ComputeKey(byte[] groupKey, string registrationId) =>
                    Convert.ToBase64String(HMACSHA256.HashData(groupKey, Encoding.UTF8.GetBytes(registrationId)));
            }
            """,
            """
            public static class DpsKeys
            {
                public const string GroupPrimaryKey = "WhGTxC6HC/Zh0jipT3Ac5ZYDuyrXSI418WwZoFfDJJ0="; // expect: IOT1003
            }
            """);

    // Hard negative. IOT1006 (twenty-fourth session, accuracy): "a local given another value later, or decoding run-time text,
    // stays quiet"; IOT1006: "Not findings: ... values from configuration or the environment, a placeholder in a symbol that
    // never reaches a sink"; IOT1003: a key is judged where it reaches a key parameter (SHA-256 takes none). A local decoded
    // from the environment, one replaced in a branch, and a template decoded into a local for a helper that only
    // fingerprints it.
    [Fact]
    public Task RT45_decoded_key_locals_of_run_time_text_replaced_or_only_fingerprinted_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public static class Enrollment
            {
                public static string FromEnvironment(string registrationId)
                {
                    byte[] groupKey = Convert.FromBase64String(Environment.GetEnvironmentVariable("DPS_GROUP_KEY") ?? "");
                    return ComputeKey(groupKey, registrationId);
                }
                public static string Rotated(string registrationId, bool rotate)
                {
                    var groupKey = Convert.FromBase64String("<rotated group key>");
                    if (rotate) groupKey = File.ReadAllBytes("/etc/dps/group.key");
                    else groupKey = Convert.FromBase64String(File.ReadAllText("/etc/dps/group.b64").Trim());
                    return ComputeKey(groupKey, registrationId);
                }
                public static string Fingerprint()
                {
                    var groupKey = Convert.FromBase64String("GROUP_BACKUP_PRIMARY_KEY");
                    return Thumbprint(groupKey);
                }
                private static string Thumbprint(byte[] groupKey) => Convert.ToHexString(SHA256.HashData(groupKey));
                private static string ComputeKey(byte[] groupKey, string registrationId) =>
                    Convert.ToBase64String(HMACSHA256.HashData(groupKey, Encoding.UTF8.GetBytes(registrationId)));
            }
            """);

    // ---------- 5. the per-compilation caches of the screen and of a member's constructor/setter answer (fbf91d0) ----------

    // IOT1001: "a member several constructors give different values, `_password = configuration["..."]` in one and
    // `_password = "..."` in a bench one, is read once per value"; "a wrapper class's constructor is followed ... so are ... a
    // constructor parameter kept in a field or property"; "Not findings: ... values from ... a file". The cache keeps one answer
    // per type declaration and member: members of the same name in types of the same simple name (nested in different
    // outer types) and in unrelated types, one given text, the other a run-time value, each read at its own sink.
    [Fact]
    public Task RT45_members_of_one_name_in_types_of_one_name_are_each_judged_by_their_own_constructors() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public static class Racks
            {
                public sealed class Uplink
                {
                    private readonly string _password;
                    public Uplink() { _password = "Ru2!rack-Kw7Lz"; } // expect: IOT1001
                    public void Open(MqttClient m) => m.Connect("rack", "rack", _password);
                }
            }
            public static class Yards
            {
                public sealed class Uplink
                {
                    private readonly string _password;
                    public Uplink(string path) { _password = File.ReadAllText(path).Trim(); }
                    public void Open(MqttClient m) => m.Connect("yard", "yard", _password);
                }
            }
            public sealed class BenchLogin
            {
                private readonly string _password;
                public BenchLogin(string password) { _password = password; }
                public NetworkCredential Credential() => new NetworkCredential("bench", _password);
                public static BenchLogin Lab() => new BenchLogin("Bl7!bench-Tq4Wz"); // expect: IOT1001
            }
            public sealed class FieldLogin
            {
                private readonly string _password;
                public FieldLogin(string password) { _password = password; }
                public NetworkCredential Credential() => new NetworkCredential("field", _password);
                public static FieldLogin Site(string path) => new FieldLogin(File.ReadAllText(path).Trim());
            }
            """);

    // IOT1001: "a wrapper class's constructor is followed to the `new TypeName(...)` calls in its own file ..., and so are ... a
    // constructor parameter kept in a field or property, `_apiKey = apiKey` read later"; a generic wrapper's creations are
    // `new TypeName<...>(...)` calls of the same type. One creation passes a written password, the other a file's text.
    [Fact]
    public Task RT45_a_generic_wrappers_constructor_parameter_is_followed_to_its_creations() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Gateway<TLink>
            {
                private readonly string _password;
                public Gateway(string password) { _password = password; }
                public void Open(MqttClient m) => m.Connect("gw", "gw", _password);
            }
            public static class Sites
            {
                public static Gateway<int> Lab() => new Gateway<int>("Gl5!lab-Tq8Wz"); // expect: IOT1001
                public static Gateway<int> Field(string path) => new Gateway<int>(File.ReadAllText(path).Trim());
            }
            """);

    // IOT1001: "a wrapper class's constructor is followed to the `new TypeName(...)` calls in its own file ... a constructor
    // parameter kept in a field ..., `_apiKey = apiKey` read later"; (twenty-third session) a field's constructor assignment
    // is followed "when another part of a partial type, in the same file or another, assigns it". The field (with no text
    // to start with) and its sink in one part, the constructor storing the parameter and the creation passing a written
    // password in another file's part.
    [Fact]
    public Task RT45_a_field_stored_by_a_constructor_in_another_files_partial_part_is_iot1001_at_its_creation() =>
        ExpectComments.AssertAsync(
            """
            using uPLibrary.Networking.M2Mqtt;
            public sealed partial class Hub
            {
                private string _password = string.Empty;
                public void Open(MqttClient m) => m.Connect("hub", "hub", _password);
            }
            """,
            """
            public sealed partial class Hub
            {
                public Hub(string password) { _password = password; }
                public static Hub Bench() => new Hub("Hp4!hub-Wz9Kq"); // expect: IOT1001
            }
            """);

    // IOT1001: "A setter method's parameter stored in a credential-named member carries its callers' text whatever it is
    // called"; "a setter helper's `value` is not followed" is about setters of a property, not methods. The member answer is
    // asked for the same member from a read in the type itself (MQTT) and through a second sink of the same type
    // (NetworkCredential); the setter of another type of the same member name is called with a file's text only.
    [Fact]
    public Task RT45_a_member_given_text_by_a_setter_method_is_judged_at_each_of_its_types_sinks_and_not_at_a_namesakes() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Broker
            {
                private string _password = "";
                public Broker UsePassword(string password) { _password = password; return this; }
                public void Open(MqttClient m) => m.Connect("broker", "broker", _password);
            }
            public sealed class Share
            {
                private string _password = "";
                public Share UsePassword(string password) { _password = password; return this; }
                public NetworkCredential Credential() => new NetworkCredential("share", _password);
            }
            public static class Setup
            {
                public static Broker Lab() => new Broker().UsePassword("Sb3!lab-Kq7Wz"); // expect: IOT1001
                public static Share Site(string path) => new Share().UsePassword(File.ReadAllText(path).Trim());
            }
            """);

    // ---------- 6. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed and
    // pathological forms of this session's shapes: initializers cut short or naming the local they sit in, qualified names
    // with holes, aliases and generic arity, trims of nothing, key locals given themselves, a generic wrapper created with
    // missing arguments.
    [Fact]
    public Task RT45_no_analyzer_throws_on_half_typed_forms_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""using System.Net; sealed class E { public string password = ""; public E Inner { get; } = null!; } sealed record R(string password); static class A { static NetworkCredential F(R r) { string password; password = "Ax1!x-Qw"; var e = new E { password = password = "y", Inner = { password = } }; var r2 = r with { password = password, password = }; E e2 = new() { password }; var e3 = new E { = "z" }; var anon = new { password = "q", password }; return new NetworkCredential("a", password); } }""", null),
            ("""using nanoFramework.Networking; using K = Plant.Kiln; namespace Plant { class Kiln { static readonly string s_psk; static Kiln() { Plant..Kiln.s_psk = "a"; global::.s_psk = "b"; K.s_psk = "c"; Plant.Kiln<int>.s_psk = "d"; this.Kiln.s_psk = "e"; Plant.Kiln.Kiln.s_psk = "f"; global::Plant.Kiln.s_psk = global::Plant.Kiln.s_psk; (Plant.Kiln).s_psk = "g"; Plant?.Kiln.s_psk = "h"; } static bool J() => WifiNetworkHelper.ConnectDhcp("k", s_psk); } class G<T> { static string s_p; static G() { G<>.s_p = "x"; G<T, T>.s_p = "y"; Plant.G<G<T>>.s_p = "z"; } static bool J() => WifiNetworkHelper.ConnectDhcp("g", s_p); } }""", null),
            ("""using System; using System.Threading.Tasks; using System.Net; static class T { static string H() => H().Trim(); static async Task<string> HA() => (await HA()).TrimEnd(); static async Task F() { Func<string> p = () => p().Trim(); var a = p().Trim(; var b = p().TrimEnd('\n', ); var c = (await HA()).Trim().Trim().TrimStart(); var d = ().Trim(); var e = p.Trim(); Func<string> q = null!; var f = q?.Invoke().Trim() ?? H().Trim(); new NetworkCredential("a", a + b + c + d + e + f + p().Trim(p().ToCharArray())); } }""", null),
            ("""using System; using System.Security.Cryptography; static class K { static string D(byte[] enrollmentKey, string id) { using var h = new HMACSHA256(enrollmentKey); return D(enrollmentKey, id); } static string A(string id) { byte[] k = Convert.FromBase64String(; return D(k, id); } static string B(string id) { var k = k; return D(k, id); } static string C(string id) { byte[] k = Convert.FromBase64String("x"), k2 = k; return D(k2, ); } static string E(string id) { var k = Convert.FromHexString(E(id)); return D(enrollmentKey: k, id: id, extra: k); } static string F(string id) { byte[] k = null; k ??= Convert.FromBase64String("<key>"); return D(k, id); } static string G(string id) { var k = new byte[][] { Convert.FromBase64String("<key>") }; return D(k[0], id); } }""", null),
            ("""using uPLibrary.Networking.M2Mqtt; public sealed partial class Hub<T> { private string _password = string.Empty; public void Open(MqttClient m) => m.Connect("hub", "hub", _password); } public sealed partial class Hub<T> { public Hub(string password) { _password = password; } public Hub() : this(new Hub<T>("x")._password) { } public static Hub<T> B() => new Hub<T>(; public static Hub<int> C() => new("y"); public static Hub<> D() => new Hub<>("z"); } public sealed partial class Hub { public Hub(string password) => _password = password; string _password; public void Open(MqttClient m) => m.Connect("h", "h", _password); public Hub UsePassword(string password) { _password = password; return UsePassword(password); } }""", null),
        });

    private const string SessionShapes = """"
        using System;
        using System.IO;
        using System.Net;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using nanoFramework.Networking;
        using uPLibrary.Networking.M2Mqtt;
        public sealed class AuditEntry { public string password = ""; }
        public sealed record PanelView(string password);
        namespace Acme.Plant
        {
            public sealed class Kiln<T>
            {
                private static readonly string s_psk;
                static Kiln() { global::Acme.Plant.Kiln<T>.s_psk = "Kq2#kiln-Tv9Wx"; }
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
            }
        }
        public static class Shapes
        {
            private const string GroupKey = "<group key>";
            private static string DeriveKey(byte[] enrollmentKey, string id) => Convert.ToBase64String(HMACSHA256.HashData(enrollmentKey, Encoding.UTF8.GetBytes(id)));
            public static async Task<NetworkCredential> A(MqttClient m, PanelView view, string id)
            {
                string password;
                password = "Sh4!shape-Wq8Lz";
                var shown = new AuditEntry { password = "********" };
                var masked = view with { password = "********" };
                Func<Task<string>> load = async () => { try { return await File.ReadAllTextAsync("/x"); } catch (IOException) { return "Ov7!oven-Hq3Zw"; } };
                string loaded = (await load()).Trim('\n');
                byte[] k = Convert.FromBase64String(GroupKey);
                m.Connect("shape", DeriveKey(k, id), loaded.TrimEnd() + password);
                return new(userName: "shape", password: load().Result.TrimStart());
            }
        }
        """";

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Every cut of a
    // source holding this session's shapes, and every copy with five characters taken out at those places.
    [Fact]
    public async Task RT45_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 61, removed: 5);
}
