using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 87: against c1e7c96 (StringValueResolver.ObjectsBuiltFor and LocalObjectValues: objects handed to a login
/// helper read where they were built; MemberOf for a derived record's argument given on to its base).
/// Labels come from docs/rules/IOT1001.md ("hands a helper") and IOT1004.md, written before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam87Tests
{
    private const string Head = """
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Headers;
        using System.Text;
        public sealed record Account(string User, string Password);
        public sealed record Site(string Name, Account Login);
        public sealed record Region(string Name, Site Hub);
        public static class Vault { public static Account Load(string name) => null; public static Site Find(string name) => null; }
        public abstract class Sender
        {
            protected readonly HttpClient Http = new();
            protected void Authorize(Account a)
            {
                var login = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{a.User}:{a.Password}"));
                Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
            }
        }

        """;

    // IOT1001: "each object a local is given (..., but not a first object the next statement replaces before anything reads
    // it)". The next statement is an if/else that gives the local a run-time object on both branches: the first object is
    // never read. IOT1004: its secret-named member holds a literal that reaches nothing.
    // Fixed (was a defect): expected IOT1004 at the stale object, actual IOT1001. LocalObjectValues drops the first value only when the very next statement is itself the plain assignment (first.Parent == declaration.Parent); an if/else that replaces it on every branch is not seen as replacing it, so the dead object is counted as handed to Authorize.
    [Fact]
    public Task RT87_first_value_replaced_on_both_branches_of_the_next_if_is_not_handed_over() =>
        ExpectComments.AssertAsync(Head + """
            public sealed class Uploader : Sender
            {
                public void Restore(bool archive)
                {
                    var acct = new Account("stale-1", "Sedge2!Tarn-Weir"); // expect: IOT1004
                    if (archive)
                    {
                        acct = Vault.Load("archive");
                    }
                    else
                    {
                        acct = Vault.Load("current");
                    }
                    Authorize(acct);
                }
            }
            """);

    // IOT1001: the objects a local is given are that local's. A sibling block's own local of the same name, given a written
    // object that is only logged, is another variable: its object never reaches the login (IOT1004 there).
    // Fixed (was a defect): expected IOT1004 at archive-1, actual IOT1001. LocalObjectValues collects writes with WritesIn(body, local.Name, ..., bareNameOnly: true), by name over the whole method: the sibling block's assignment to its own `acct` is taken as a value of the first block's `acct`, which is handed to Authorize.
    [Fact]
    public Task RT87_same_named_local_in_a_sibling_block_is_another_variable() =>
        ExpectComments.AssertAsync(Head + """
            public sealed class Uploader : Sender
            {
                public void Run(bool primary)
                {
                    if (primary)
                    {
                        var acct = Vault.Load("primary");
                        Authorize(acct);
                    }
                    else
                    {
                        var acct = Vault.Load("archive");
                        acct = new Account("archive-1", "Tarn5!Weir-Gill"); // expect: IOT1004
                        Console.WriteLine(acct.User);
                    }
                }
            }
            """);

    // IOT1001: "each object a local is given (`var acct = new(...); if (backup) acct = new(...);`)". The second object is
    // given inside a loop; both are built in the code and either is what the helper is handed after the loop.
    // Fixed (was a defect): expected IOT1001 at both objects, actual IOT1004 at both. LocalObjectValues returns no value at all when any write sits in a loop (for/foreach/while/do ancestor check), so even the declared first object, which certainly can reach Authorize, is dropped; the doc's "each object a local is given" has no loop exception.
    [Fact]
    public Task RT87_local_given_a_second_object_inside_a_loop_reports_both() =>
        ExpectComments.AssertAsync(Head + """
            public sealed class Uploader : Sender
            {
                public void Start(string[] roles)
                {
                    var acct = new Account("first-1", "Birch3!Knoll-Ash"); // expect: IOT1001
                    foreach (var role in roles)
                    {
                        if (role == "backup")
                        {
                            acct = new Account("backup-1", "Alder6#Scree-Cove"); // expect: IOT1001
                        }
                    }
                    Authorize(acct);
                }
            }
            """);

    // IOT1001: a local captured by a lambda that hands it to the helper is still the object built in the code.
    [Fact]
    public Task RT87_local_captured_by_a_lambda_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public sealed class Uploader : Sender
            {
                public void Start()
                {
                    var acct = new Account("cap-1", "Heath2!Combe-Lea"); // expect: IOT1001
                    Action go = () => Authorize(acct);
                    go();
                }
            }
            """);

    // IOT1001: "the element of a written array (`Accounts.All[0]`: the one at that index)". The index is a named constant:
    // only the element at 1 is handed over; the other's password reaches nothing (IOT1004).
    [Fact]
    public Task RT87_array_element_at_a_named_constant_index_is_the_one_handed_over() =>
        ExpectComments.AssertAsync(Head + """
            public static class Fleet
            {
                public const int Backup = 1;
                public static readonly Account[] Spares =
                {
                    new("spare-0", "Gorse4!Heath-Vale"), // expect: IOT1004
                    new("spare-1", "Fern7#Moss-Dale"), // expect: IOT1001
                };
            }
            public sealed class Uploader : Sender
            {
                public void Start() => Authorize(Fleet.Spares[Fleet.Backup]);
            }
            """);

    // IOT1001: the element of a written array, here written in a static property with an expression body.
    [Fact]
    public Task RT87_array_element_of_an_expression_bodied_static_property_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public static class Fleet
            {
                public static Account[] All => new[]
                {
                    new Account("all-0", "Wold5!Carr-Syke"), // expect: IOT1004
                    new Account("all-1", "Holm8#Garth-Ings"), // expect: IOT1001
                };
            }
            public sealed class Uploader : Sender
            {
                public void Start() => Authorize(Fleet.All[1]);
            }
            """);

    // IOT1001: "also a copy made `with { ... }`" and "the element of a written array". A copy of an array element with a
    // new user keeps the element's written password.
    // Fixed (was a defect): expected IOT1001 at spare-0, actual IOT1004. ObjectsBuiltFor keeps the IWithOperation as given, but MemberOf(IWithOperation) reads the copied operand with BuiltAs (locals, fields, properties only), not ObjectsBuiltFor, so an array element (Fleet.Spares[0]) as the operand of `with` is never followed to its creation.
    [Fact]
    public Task RT87_with_copy_of_an_array_element_keeps_its_password() =>
        ExpectComments.AssertAsync(Head + """
            public static class Fleet
            {
                public static readonly Account[] Spares =
                {
                    new("spare-0", "Gorse4!Heath-Vale"), // expect: IOT1001
                    new("spare-1", "Fern7#Moss-Dale"), // expect: IOT1004
                };
            }
            public sealed class Uploader : Sender
            {
                public void Start() => Authorize(Fleet.Spares[0] with { User = "spare-x" });
            }
            """);

    // IOT1001: each object a local is given, here by the sections of a switch statement (with and without a first value).
    [Fact]
    public Task RT87_local_assigned_in_switch_sections_reports_each_object() =>
        ExpectComments.AssertAsync(Head + """
            public sealed class Uploader : Sender
            {
                public void Start(int mode)
                {
                    var acct = new Account("default-1", "Rill4!Sike-Nab"); // expect: IOT1001
                    switch (mode)
                    {
                        case 1:
                            acct = new Account("mode-1", "Pike7#Hause-Scar"); // expect: IOT1001
                            break;
                        case 2:
                            acct = new Account("mode-2", "Mere3!Brow-Thwaite"); // expect: IOT1001
                            break;
                    }
                    Authorize(acct);
                }
                public void Other(int mode)
                {
                    Account other;
                    switch (mode)
                    {
                        case 1:
                            other = new Account("other-1", "Gill9#Raise-Dod"); // expect: IOT1001
                            break;
                        default:
                            other = new Account("other-2", "Knott2!Howe-Rake"); // expect: IOT1001
                            break;
                    }
                    Authorize(other);
                }
            }
            """);

    // IOT1001: "an object read as a member of another one built in the code (`Fleet.Main.Login`)", two members deep, directly
    // and through a local holding the outer object.
    [Fact]
    public Task RT87_member_chain_two_deep_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public static class Fleet
            {
                public static readonly Region North = new("north", new Site("hub", new Account("hub-gw", "Crag7!Beck-Tarn"))); // expect: IOT1001
            }
            public sealed class Uploader : Sender
            {
                public void Start() => Authorize(Fleet.North.Hub.Login);
                public void Local()
                {
                    var region = new Region("south", new Site("hub-s", new Account("south-gw", "Loup4#Clough-Nab"))); // expect: IOT1001
                    Authorize(region.Hub.Login);
                }
                public void Runtime() => Authorize(Vault.Find("east").Login); // expect: none
            }
            """);

    // IOT1001: "a derived record's argument given on to its base record". The derived record lists its parameters in
    // another order than the base, and one derived record swaps what it gives on: the written password is what the base's
    // Password holds in each.
    [Fact]
    public Task RT87_base_record_with_parameters_in_another_order_reads_the_right_argument() =>
        ExpectComments.AssertAsync(Head + """
            public record Login(string User, string Password);
            public sealed record HostLogin(string Host, string Secret, string Name) : Login(Name, Secret);
            public sealed record BrokerLogin(string Broker, string User, string Password) : Login(User, Password);
            public static class Fleet
            {
                public static readonly HostLogin Dock = new("dock.local", "Bollard6!Cleat-Tide", "dock-2"); // expect: IOT1001
                public static readonly BrokerLogin Mqtt = new(Password: "Tor9#Fell-Ghyll", User: "gate-1", Broker: "mqtt.local"); // expect: IOT1001
            }
            public sealed class Uploader : Sender
            {
                public void Start()
                {
                    Sign(Fleet.Dock);
                    Sign(Fleet.Mqtt);
                }
                private void Sign(Login login)
                {
                    var line = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{login.User}:{login.Password}"));
                    Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", line);
                }
            }
            """);

    // IOT1001: "a derived record's argument given on to its base record". A record derived from a derived record gives the
    // password on twice; it is still the base record's Password the helper reads.
    [Fact]
    public Task RT87_record_derived_twice_gives_its_password_on_to_the_base() =>
        ExpectComments.AssertAsync(Head + """
            public record Login(string User, string Password);
            public record SiteLogin(string User, string Password, string Host) : Login(User, Password);
            public sealed record BayLogin(string User, string Password, string Host, int Bay) : SiteLogin(User, Password, Host);
            public static class Fleet
            {
                public static readonly BayLogin Bay4 = new("bay-4", "Staithe5!Wharf-Keel", "dock.local", 4); // expect: IOT1001
            }
            public sealed class Uploader : Sender
            {
                public void Start() => Sign(Fleet.Bay4);
                private void Sign(Login login)
                {
                    var line = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{login.User}:{login.Password}"));
                    Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", line);
                }
            }
            """);

    // IOT1001: "a derived record's argument given on to its base record", here written with the base's parameter names.
    // Fixed (was a defect): expected IOT1001 at Dock, actual no finding at all. MemberOf's derived-record path requires givenOn.All(a => a.NameColon is null): a base call written with the base's parameter names (`: Login(Password: Password, User: User)`) is skipped, and the derived record synthesizes no Password property of its own, so not even IOT1004 is reported.
    [Fact]
    public Task RT87_derived_record_giving_named_arguments_to_its_base_is_found() =>
        ExpectComments.AssertAsync(Head + """
            public record Login(string User, string Password);
            public sealed record SiteLogin(string User, string Password, string Host) : Login(Password: Password, User: User);
            public static class Fleet
            {
                public static readonly SiteLogin Dock = new("dock-3", "Jetty8#Capstan-Hawser", "dock.local"); // expect: IOT1001
            }
            public sealed class Uploader : Sender
            {
                public void Start() => Sign(Fleet.Dock);
                private void Sign(Login login)
                {
                    var line = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{login.User}:{login.Password}"));
                    Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", line);
                }
            }
            """);

    // Recursion: a record that holds itself, an object whose member is itself, arrays of arrays, a local assigned from
    // itself. The analyzers must end, and the objects built in the code still reach the login.
    // Fixed (was a defect): expected IOT1001 at the Groups line (grp-0 reaches Authorize through Fleet.Groups[0][0]), actual IOT1004. ObjectsBuiltFor's array case needs Unwrap(BuiltAs(array)) to be an array creation/initializer; for an array of arrays the array reference is itself an element read (Groups[0]), which BuiltAs leaves as it is. (The recursive shapes end and are found: no crash.)
    [Fact]
    public Task RT87_self_referencing_objects_arrays_of_arrays_and_self_assigned_locals_end() =>
        ExpectComments.AssertAsync(Head + """
            public sealed record Chain(string Name, Chain Next, Account Login);
            public sealed class Node { public Node Self { get; init; } public Account Login { get; init; } }
            public static class Fleet
            {
                public static readonly Chain Loop = new("loop", Loop, new Account("loop-gw", "Ness6!Skerry-Voe")); // expect: IOT1001
                public static readonly Node Ring = new() { Self = Ring, Login = new Account("ring-gw", "Holm3#Geo-Stack") }; // expect: IOT1001
                public static readonly Account[][] Groups = { new[] { new Account("grp-0", "Brae2!Glen-Corrie") }, new Account[0] }; // expect: IOT1001
            }
            public sealed class Uploader : Sender
            {
                public void Start()
                {
                    Authorize(Fleet.Loop.Next.Next.Next.Login);
                    Authorize(Fleet.Ring.Self.Self.Login);
                    Authorize(Fleet.Groups[0][0]);
                    var acct = new Account("self-1", "Voe8#Wick-Taing"); // expect: IOT1001
                    acct = acct;
                    acct = acct with { User = "self-2" };
                    acct = true ? acct : acct;
                    Authorize(acct);
                }
            }
            """);

    // Blow-ups: a local given hundreds of objects, a deep chain of locals each built from the last, and half-typed code
    // (missing types, missing arguments, a base record call with too few or too many arguments, an unfinished index).
    [Fact]
    public async Task RT87_many_assignments_and_half_typed_code_neither_throw_nor_blow_up()
    {
        var many = new System.Text.StringBuilder(Head + "public sealed class Uploader : Sender\n{\n    public void Start(int n)\n    {\n        var acct = new Account(\"a\", \"Seed0!Tarn-Beck\");\n");
        for (var i = 0; i < 400; i++)
        {
            many.Append($"        if (n == {i}) acct = new Account(\"u{i}\", \"Pw{i}!Fell-Ghyll\");\n");
        }

        many.Append("        Authorize(acct);\n    }\n    public void Chain()\n    {\n        var a0 = new Account(\"c\", \"Chain0!Tarn-Beck\");\n");
        for (var i = 1; i < 300; i++)
        {
            many.Append($"        var a{i} = a{i - 1} with {{ User = \"c{i}\" }};\n");
        }

        many.Append("        Authorize(a299);\n    }\n}\n");
        var time = await CostGuards.TimeAsync(many.ToString());
        Assert.True(time < 30_000, $"{time} ms");

        await AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            Head + "public sealed class U : Sender { public void S() => Authorize(new Account(\"x\")); }",
            Head + "public sealed class U : Sender { public void S() => Authorize(new Missing(\"a\", \"Pw9!Fell\").Login); }",
            Head + "public sealed class U : Sender { public void S() { var acct = new Account(\"a\", \"Pw9!Fell\"); acct = ; Authorize(acct); } }",
            Head + "public static class F { public static readonly Account[] All = { new(\"a\", \"Pw9!Fell\") }; } public sealed class U : Sender { public void S() => Authorize(F.All[]); }",
            Head + "public record Login(string User, string Password); public sealed record S2(string User, string Password) : Login(User); public sealed class U : Sender { void S(Login l) { } void T() => S(new S2(\"a\", \"Pw9!Fell\")); }",
            Head + "public record Login(string User, string Password); public sealed record S2(string User, string Password) : Login(User, Password, Extra); public sealed class U { void S(Login l) { var x = $\"{l.User}:{l.Password}\"; } void T() => S(new S2(\"a\", \"Pw9!Fell\")); }",
            Head + "public sealed record S2(string User, string Password) : Unknown(User, Password); public sealed class U : Sender { void T() => Authorize(new S2(\"a\", \"Pw9!Fell\")); }",
            Head + "public sealed class U : Sender { void T() { Account acct; switch (1) { case 1: acct = new Account(\"a\", \"Pw9!Fell\"); } Authorize(acct); } }",
            Head + "public sealed class U : Sender { void T<T>(T login) where T : Missing { Authorize(login); } void V() => T(new Account(\"a\", \"Pw9!Fell\")); }",
            Head + "public sealed class U : Sender { void T() { var acct = acct; Authorize(acct); } }",
            Head + "public sealed class U : Sender { void T() { var acct = new Account(\"a\", \"Pw9!Fell\") with { Missing = 1 }; Authorize(acct[0]); } }",
        });
    }
}
