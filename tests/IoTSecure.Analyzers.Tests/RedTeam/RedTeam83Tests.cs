using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 83: against f5987e6. A login or connection string built in a helper from the members of an object parameter,
/// read once per object the callers build and pass (StringValueResolver.ObjectsPassedFor). Several callers, defaults and
/// placeholders, null/default callers, helpers two deep and recursive, factories, collections, `with`, structs, classes with
/// constructors, derived records, virtual/extension/generic helpers, more than 16 callers, URLs with an API key, connection
/// strings, half-typed code and cost. Labels come from docs/rules, written before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam83Tests
{
    private const string NpgsqlStub = Stubs.Npgsql;

    private const string Head = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        public sealed record Account(string User, string Password);
        """;

    private const string OpenHead = """
        using System;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        public record Account(string User, string Password);

        """;

    // IOT1001: "each object the code builds and hands a helper that builds a login from its members (`Authorize(reset ?
    // Accounts.Factory : Accounts.Uplink)` with `$"{account.User}:{account.Password}"` in a Basic header: user and password
    // from the same object ...)". Four callers: a static readonly field, a local, a property's initializer and a switch
    // expression's arms at the call. Each written password ships: IOT1001 at each.
    [Fact]
    public Task RT83_objects_from_several_written_callers_are_each_reported() =>
        ExpectComments.AssertAsync(Head + """
            public static class Accounts
            {
                public static readonly Account Uplink = new("uplink-7", "Tq8!wMarsh-Reed"); // expect: IOT1001
                public static Account Service { get; } = new("svc-3", "Lamp4#Heron-Dock"); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void A() => Authorize(Accounts.Uplink);
                public void B() => Authorize(Accounts.Service);
                public void C()
                {
                    var bench = new Account("bench-1", "Kiln9$Ferry-Oak"); // expect: IOT1001
                    Authorize(bench);
                }
                public void D(int site) => Authorize(site switch
                {
                    1 => new Account("site-1", "Moss2!Quay-Bell"), // expect: IOT1001
                    _ => new Account("site-2", "Fern6%Gorge-Pike"), // expect: IOT1001
                });
                private void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1002: "Basic authentication of a default pair built in code (`Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:admin"))`)
    // is a default too"; "A default password is reported as IOT1002 instead of IOT1001 or IOT1006". IOT1006: "A Basic login built
    // in code is judged by its password (`...("meter-7:YOUR_METER_PASSWORD")` is a template ...)". IOT1001 (mixed pair, user
    // `admin` with a working password): "`"admin"` as a user name" is no finding. Each object judged with its own members.
    [Fact]
    public Task RT83_default_pair_placeholder_and_mixed_pair_are_each_judged_by_their_own_object() =>
        ExpectComments.AssertAsync(Head + """
            public static class Accounts
            {
                public static readonly Account Factory = new("admin", "admin"); // expect: IOT1002
                public static readonly Account Sample = new("meter-7", "YOUR_METER_PASSWORD"); // expect: IOT1006
                public static readonly Account Mixed = new("admin", "Harbor7!Kite-Lamp"); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start(int mode) => Authorize(mode == 0 ? Accounts.Factory : mode == 1 ? Accounts.Sample : Accounts.Mixed);
                private void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "each object the code builds and hands a helper ...; an object read at run time anywhere among the callers leaves
    // the members run-time values". `null` and `default` are read at no run time and carry no member: the written object still
    // reaches the header: IOT1001 at its password.
    // Was a defect (red team 83), fixed: expected IOT1001 at line 7; actual IOT1004. A `null!`/`default!` argument is not an IObjectCreationOperation, so ObjectsPassedFor treats it as a run-time object and drops every caller.
    [Fact]
    public Task RT83_null_and_default_callers_do_not_hide_the_written_object() =>
        ExpectComments.AssertAsync(Head + """
            public static class Accounts
            {
                public static readonly Account Uplink = new("uplink-7", "Reed3!Gull-Brine"); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start() => Authorize(Accounts.Uplink);
                public void Reset() => Authorize(null!);
                public void Clear() => Authorize(default!);
                private void Authorize(Account account)
                {
                    if (account is null) { return; }
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "an object read at run time anywhere among the callers leaves the members run-time values"; "Not findings: ...
    // values from configuration or the environment". One caller passes a deserialized object, another a written one: the
    // members are run-time values: no finding. `with { Password = env }` sets the password from the environment: none either.
    // Relabelled (session decision): a caller passing a run-time object adds no object, as a caller passing a run-time string
    // adds no text for a string parameter; the written object another caller passes still reaches the header: IOT1001 at
    // line 7. `Site with { Password = env }` replaces Site's written password before the helper: that literal reaches no
    // sink and stays a secret-named record member's (IOT1004: "a string field, property ... given a value written in the code").
    [Fact]
    public Task RT83_a_run_time_object_among_the_callers_or_a_with_from_the_environment_is_no_finding() =>
        ExpectComments.AssertAsync(Head + """
            public static class Accounts
            {
                public static readonly Account Uplink = new("uplink-7", "Brine8!Skiff-Oar"); // expect: IOT1001
                public static readonly Account Site = new("site-4", "Gorse5#Heath-Wren"); // expect: IOT1004
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start() => Authorize(Accounts.Uplink);
                public void Load(string json) => Authorize(System.Text.Json.JsonSerializer.Deserialize<Account>(json)!);
                public void Site() => Connect(Accounts.Site with { Password = Environment.GetEnvironmentVariable("SITE_PW") ?? "" });
                private void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
                private void Connect(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "Pier with { Host = "10.9.0.18" }" copies the rest of the object (what the resolver already reads for a local);
    // "each object the code builds and hands a helper". `Lab with { User = "bench-2" }` keeps Lab's written password: IOT1001.
    // (Judgement.)
    // Was a defect (red team 83), fixed: expected IOT1001 at line 7; actual IOT1004. ObjectsPassedFor requires IObjectCreationOperation; an IWithOperation (which MemberOf already handles) empties the list.
    [Fact]
    public Task RT83_with_expression_keeping_the_written_password_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public static class Accounts
            {
                public static readonly Account Lab = new("lab-1", "Wren2$Tarn-Mill"); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Bench() => Authorize(Accounts.Lab with { User = "bench-2" });
                private void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "the values a private helper or local function is passed by its own type for a secret-named parameter (...
    // two levels of helpers, at most 16 calls)"; "each object the code builds and hands a helper". The object handed on by
    // a second helper (and by a helper calling back into the first, a recursion) is the same written object: IOT1001.
    // (Judgement: two levels, as for text parameters.)
    // Was a defect (red team 83), fixed: expected IOT1001 at line 7; actual IOT1004. A caller passing its own parameter (Connect => Authorize(account), Retry recursion) is not followed: a parameter reference empties ObjectsPassedFor (no two-level hop as for text parameters).
    [Fact]
    public Task RT83_object_handed_on_through_a_second_helper_or_a_retry_recursion_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public static class Accounts
            {
                public static readonly Account Uplink = new("uplink-7", "Tarn4!Mill-Weir"); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start() => Connect(Accounts.Uplink, 3);
                private void Connect(Account account, int retries) => Authorize(account, retries);
                private void Retry(Account account, int retries) => Authorize(account, retries - 1);
                private void Authorize(Account account, int retries)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                    if (retries > 0) { Retry(account, retries); }
                }
            }
            """);

    // IOT1001: "a helper that returns one value written in it is followed like one that chooses"; "each entry of a table written
    // in the code and looked up at the sink (... `Passwords[i]` of an array initialised with its elements)"; "each object the
    // code builds and hands a helper". An object a factory returns and one taken from a written array: IOT1001 at each.
    // (Judgement.)
    // (Was open: an element of a written array was not followed; ObjectsBuiltFor now reads it.)
    [Fact]
    public Task RT83_object_from_a_factory_method_or_a_written_array_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public static class Accounts
            {
                public static Account Make() => new("made-1", "Oast5!Cowl-Vane"); // expect: IOT1001
                public static readonly Account[] All = { new("all-1", "Quay8#Bollard-Rope") }; // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void A() => Authorize(Accounts.Make());
                public void B() => Authorize(Accounts.All[0]);
                private void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "Target-typed `new(...)`, named arguments, object initializers (`Password = "..."`) ... count"; "each object the
    // code builds and hands a helper". A struct built with an object initializer in a local: IOT1001 at its password.
    [Fact]
    public Task RT83_struct_built_with_an_object_initializer_is_found() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public struct Login { public string User; public string Password; }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start()
                {
                    var login = new Login { User = "gate-9", Password = "Sluice3!Weir-Pond" }; // expect: IOT1001
                    Authorize(login);
                }
                private void Authorize(Login account)
                {
                    var text = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", text);
                }
            }
            """);

    // IOT1001: "a member its type's constructor sets from a parameter is read from each `new` call"; "a wrapper class's constructor
    // is followed to the `new TypeName(...)` calls". A class whose constructor trims its password keeps the written password:
    // IOT1001. "Not findings: ... values from configuration or the environment": a class whose constructor reads the password
    // from the file its argument names sends the file's text: the path is none.
    [Fact]
    public Task RT83_class_constructor_trimming_or_loading_the_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class Trimmed
            {
                public Trimmed(string user, string password) { User = user; Password = password.Trim(); }
                public string User { get; }
                public string Password { get; }
            }
            public sealed record Loaded(string User, string PasswordFile)
            {
                public string Password { get; } = File.ReadAllText(PasswordFile);
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void A() => Authorize(new Trimmed("trim-1", " Pike7!Loch-Cairn ")); // expect: IOT1001
                public void B() => Send(new Loaded("load-1", "/etc/uplink/password")); // expect: none
                private void Authorize(Trimmed account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
                private void Send(Loaded account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "the arguments a positional record is built with, a derived type's initializer"; "each object the code builds and
    // hands a helper". A derived record passes its positional password to the base record's: the written password: IOT1001.
    // (Was open: the derived record's argument given on to the base record's positional parameter was not read; MemberOf now reads it.)
    [Fact]
    public Task RT83_derived_record_passing_its_password_to_the_base_is_found() =>
        ExpectComments.AssertAsync(OpenHead + """
            public sealed record SiteAccount(string User, string Password, string Host) : Account(User, Password);
            public static class Accounts
            {
                public static readonly SiteAccount Dock = new("dock-2", "Bollard6!Cleat-Tide", "dock.local"); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void Start() => Authorize(Accounts.Dock);
                private void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "each object the code builds and hands a helper that builds a login from its members"; "the team's helper may be
    // ... an extension method (`T.WithPin(pin)`)". An extension-method helper and a generic helper constrained to the record
    // are still helpers given the written object: IOT1001 at each. (Judgement.)
    // (Was open: extension-method and generic helpers were not followed for an object parameter; now they are.)
    [Fact]
    public Task RT83_extension_and_generic_helpers_are_followed() =>
        ExpectComments.AssertAsync(OpenHead + """
            public static class Accounts
            {
                public static readonly Account Ext = new("ext-1", "Cairn2!Scree-Tor"); // expect: IOT1001
                public static readonly Account Gen = new("gen-1", "Tor9#Fell-Ghyll"); // expect: IOT1001
            }
            public static class HttpLogin
            {
                public static void Authorize(this HttpClient http, Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public void A() => _http.Authorize(Accounts.Ext);
                public void B() => Sign(Accounts.Gen);
                private void Sign<T>(T account) where T : Account
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    // IOT1001: "(`Post(url, sas)` => `Headers.Add("Authorization", sasToken)`; two levels of helpers, at most 16 calls)"; "at most
    // 16 such writes, or none (a general property)". Seventeen callers each building an object: a general helper, not one value:
    // no finding (and no blow-up).
    // Relabelled (session decision): a general helper is not followed, so no IOT1001; each written password stays a
    // secret-named record member's, IOT1004 ("a string field, property ... given a value written in the code"). No blow-up.
    [Fact]
    public Task RT83_more_than_sixteen_callers_is_a_general_helper_and_no_finding() =>
        ExpectComments.AssertAsync(Head + "public sealed class Uploader\n{\n    private readonly HttpClient _http = new();\n" + SeventeenCallers() + """
                private void Authorize(Account account)
                {
                    var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{account.User}:{account.Password}"));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
                }
            }
            """);

    private static string SeventeenCallers()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 17; i++)
        {
            sb.Append($"    public void C{i}() => Authorize(new Account(\"u{i}\", \"Scree{i}!Ghyll-Beck\")); // expect: IOT1004\n");
        }

        return sb.ToString();
    }

    // IOT1001: "Connection strings and URIs written anywhere (..., API keys in request query strings ...) are reported at the
    // literal that holds the password, whatever method they are handed to"; "a secret-named query value (`?appid=`, `&apikey=`
    // ...)"; "each object the code builds and hands a helper". A helper building a URL with `api_key={cfg.ApiKey}` and one
    // building `Host=...;Password={db.Password}` for NpgsqlConnection and for the team's own store: IOT1001 at each.
    [Fact]
    public Task RT83_api_key_url_and_connection_strings_from_object_members_are_found() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Npgsql;
            public sealed record Cloud(string Host, string ApiKey);
            public sealed record Db(string Host, string User, string Password);
            public sealed class SampleStore { public void Open(string connectionString) { } }
            public static class Sites
            {
                public static readonly Cloud Feed = new("https://feed.example", "k7Qm2Vx9Lp4Rt8Wn"); // expect: IOT1001
                public static readonly Db Main = new("db.local", "meter", "Ghyll5!Beck-Force"); // expect: IOT1001
                public static readonly Db Audit = new("audit.local", "audit", "Force8#Tarn-Pike"); // expect: IOT1001
            }
            public sealed class Uploader
            {
                private readonly HttpClient _http = new();
                public Task<string> Pull() => Fetch(Sites.Feed);
                public void OpenMain() => OpenDb(Sites.Main);
                public void OpenAudit(SampleStore store) => OpenStore(store, Sites.Audit);
                private Task<string> Fetch(Cloud cfg) => _http.GetStringAsync($"{cfg.Host}/data?api_key={cfg.ApiKey}");
                private void OpenDb(Db db)
                {
                    using var c = new NpgsqlConnection($"Host={db.Host};Username={db.User};Password={db.Password}");
                    c.Open();
                }
                private void OpenStore(SampleStore store, Db db) => store.Open($"Server={db.Host};User Id={db.User};Password={db.Password}");
            }
            """);

    // IOT1001: "M2Mqtt `MqttClient.Connect(clientId, username, password, ...)`"; "A property of the team's own options type read at a
    // sink (`WithCredentials(_options.User, _options.Password)`) takes every value the code writes into it elsewhere (... the
    // arguments a positional record is built with ...)". IOT1002: "known defaults beat placeholders". Direct MQTT connect.
    [Fact]
    public Task RT83_mqtt_connect_reading_the_members_directly_is_found() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed record Broker(string ClientId, string User, string Password);
            public static class Brokers
            {
                public static readonly Broker Yard = new("yard-1", "yard", "Beck3!Force-Linn"); // expect: IOT1001
                public static readonly Broker Shop = new("shop-1", "admin", "admin"); // expect: IOT1002
            }
            public sealed class Telemetry
            {
                public void Start(MqttClient client, bool shop) => Join(client, shop ? Brokers.Shop : Brokers.Yard);
                private static void Join(MqttClient client, Broker cfg) => client.Connect(cfg.ClientId, cfg.User, cfg.Password);
            }
            """);

    // Every analyzer must survive half-typed code (an exception is AD0001): a helper's member read cut, a call with a missing
    // argument, a record with a missing positional, an object initializer cut, a `with` cut, a recursive helper half typed.
    [Fact]
    public Task RT83_half_typed_object_parameter_helpers_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System; using System.Text; using System.Net.Http.Headers; record A(string User, string Password); class U { void S() => Au(new A(\"u\", )); void Au(A a) { var l = Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{a.User}:{a.}\")); new AuthenticationHeaderValue(\"Basic\", l); } }",
            "using System; using System.Text; using System.Net.Http.Headers; record A(string User, string Password); class U { void S() => Au(); void T() => Au(new A(\"u\", \"Pw9!xx-Yy\") with { Password = }); void Au(A a) { new AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{a.User}:{a.Password}\"))); } }",
            "using System; using System.Text; using System.Net.Http.Headers; struct L { public string User; public string Password; } class U { void S() => Au(new L { User = \"u\", Password = ); void Au(L a) { new AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{a.User}:{a.Password}\"))); } }",
            "using System; using System.Text; using System.Net.Http.Headers; record A(string User, string Password); class U { void S() => Au(new Missing(\"u\", \"Pw9!xx-Yy\")); void R(A a) => Au(a; void Au(A a) { R(a); new AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{a.User}:{a.Password}\"))); } }",
            "using System; using System.Text; using System.Net.Http.Headers; record A(string User, string Password); static class E { public static void Au(this A a, ) { new AuthenticationHeaderValue(\"Basic\", Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{a.User}:{a.Password}\"))); } static void S() => new A(\"u\", \"Pw9!xx-Yy\").Au(); }",
        });

    // Cost: a helper called 16 times (the bound) by each of 300 helpers of the same name in other types must cost no blow-up
    // against the same callers passing a run-time object.
    [Fact]
    public Task RT83_many_callers_of_object_parameter_helpers_cost_no_more_than_their_baseline() =>
        CostGuards.AssertNoBlowUpAsync(ManyCallers(written: true, 3, 4), ManyCallers(written: false, 300, 16), ManyCallers(written: true, 300, 16), "object parameter callers");

    private static string ManyCallers(bool written, int types, int callsPerType)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System; using System.Text; using System.Net.Http; using System.Net.Http.Headers;");
        sb.AppendLine("public sealed record Account(string User, string Password);");
        for (var t = 0; t < types; t++)
        {
            sb.AppendLine($"public sealed class Up{t}");
            sb.AppendLine("{");
            sb.AppendLine("  private readonly HttpClient _http = new();");
            for (var c = 0; c < callsPerType; c++)
            {
                var arg = written ? $"new Account(\"u{c}\", \"Pw{t}x{c}!Kettle-Fern\")" : "new Account(Environment.UserName, Environment.MachineName)";
                sb.AppendLine($"  public void C{c}() => Authorize({arg});");
            }

            sb.AppendLine("  private void Authorize(Account account) { var l = Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{account.User}:{account.Password}\")); _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Basic\", l); }");
            sb.AppendLine("}");
        }

        return sb.ToString();
    }
}
