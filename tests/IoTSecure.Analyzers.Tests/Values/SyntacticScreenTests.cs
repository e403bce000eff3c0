using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Tests.Infrastructure.HardcodedCredentialRule>;

namespace IoTSecure.Analyzers.Tests.Values;

/// <summary>
/// The syntactic screens let a call reach the semantic model only when its syntax could hold a finding. They must never
/// drop one: every way a written secret can reach a sink is still reported, through names the file alone cannot
/// resolve (a base class, another part of a partial class, a static import), shadowing, switch sections, named
/// arguments and target-typed <c>new</c>; and run-time values are screened out.
/// </summary>
public class SyntacticScreenTests
{
    private static DiagnosticResult Finding(int location) =>
        VerifyCS.Diagnostic(Descriptors.HardcodedCredential).WithLocation(location)
            .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations | DiagnosticOptions.IgnoreSeverity).WithMessage(null);

    [Fact]
    public Task Written_secrets_reach_the_sink_through_every_shape_the_screen_cannot_settle() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Net;
                using System.Net.Http;
                using uPLibrary.Networking.M2Mqtt;
                using static Vault;

                class Base { protected const string Inherited = "base-Secret-9931"; }

                partial class Device : Base
                {
                    private readonly string _own = "own-Secret-4471";
                    void Run(MqttClient client, HttpClient http, int mode, string password)
                    {
                        client.Connect("id", "user", {|#0:Inherited|});
                        client.Connect("id", "user", {|#1:FromOtherPart|});
                        client.Connect("id", "user", {|#2:Imported|});
                        client.Connect("id", "user", {|#3:this._own|});
                        Action<string> shadow = password => client.Connect("id", "user", password);
                        Action local = () => { var password = "lambda-Secret-7720"; client.Connect("id", "user", {|#4:password|}); };
                        switch (mode)
                        {
                            case 1:
                                var chosen = "switch-Secret-5512";
                                break;
                            case 2:
                                chosen = "other-Secret-5513";
                                client.Connect("id", "user", chosen);
                                break;
                        }

                        var copy = Inherited;
                        client.Connect("id", "user", {|#5:copy|});
                        ICredentials named = new NetworkCredential(password: {|#6:"named-Secret-8832"|}, userName: "device");
                        NetworkCredential typed = new("device", {|#7:"typed-Secret-3391"|});
                        const string Auth = "Authorization";
                        http.DefaultRequestHeaders.Add(Auth, {|#8:"Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0"|});
                        http.GetStringAsync({|#9:$"https://api.weather.example/data?q={mode}&appid={Vault.WeatherKey}"|});
                    }
                }
                """,
                """
                partial class Device { private const string FromOtherPart = "partial-Secret-6621"; }
                static class Vault
                {
                    public const string Imported = "static-Secret-1187";
                    public const string WeatherKey = "9f8e7d6c5b4a39281706f5e4d3c2b1a0";
                }
                """,
            }.Concat(Stubs.All),
            Finding(0), Finding(1), Finding(2), Finding(3), Finding(4), Finding(5), Finding(6), Finding(7), Finding(8), Finding(9));

    [Fact]
    public Task Run_time_values_are_screened_out_and_give_no_finding() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Net.Http;
                using uPLibrary.Networking.M2Mqtt;

                class Device
                {
                    private readonly string _fromConstructor;
                    Device(string secret) => _fromConstructor = secret;
                    void Run(MqttClient client, HttpClient http, string password, string[] secrets, Func<string> read)
                    {
                        client.Connect("id", "user", password);
                        client.Connect("id", "user", _fromConstructor);
                        client.Connect("id", "user", read());
                        client.Connect("id", "user", secrets[0]);
                        foreach (var each in secrets) client.Connect("id", "user", each);
                        if (Environment.GetEnvironmentVariable("PW") is string found) client.Connect("id", "user", found);
                        var fromCall = Environment.GetEnvironmentVariable("PW");
                        client.Connect("id", "user", fromCall);
                        http.DefaultRequestHeaders.Add("X-Device", "device-Label-0042");
                        http.GetStringAsync($"https://api.weather.example/data?q={password}&appid={read()}");
                    }
                }
                """,
            }.Concat(Stubs.All));

    [Theory]
    [InlineData("void M(string x) { Use(x); }", "Parameter")]
    [InlineData("void M() { var x = \"a\"; Use(x); }", "Variable")]
    [InlineData("void M() { const string x = \"a\"; Use(x); }", "Constant")]
    [InlineData("const string x = \"a\"; void M() { Use(x); }", "Constant")]
    [InlineData("string x = \"a\"; void M() { Use(x); }", "Variable")]
    [InlineData("string x => \"a\"; void M() { Use(x); }", "Variable")]
    [InlineData("string x = \"a\"; void M(string x) { Use(x); }", "Parameter")]
    [InlineData("void M(string[] a) { foreach (var x in a) Use(x); }", "RuntimeVariable")]
    [InlineData("void M(object o) { if (o is string x) Use(x); }", "RuntimeVariable")]
    [InlineData("void M() { try { } catch (System.Exception x) { Use(x); } }", "RuntimeVariable")]
    [InlineData("void M() { System.Action<string> a = x => Use(x); }", "Parameter")]
    [InlineData("string P { set { Use(value); } }", "Parameter")]
    [InlineData("void M() { Use(x); }", "Unknown")]
    [InlineData("const string x = \"b\"; void M() { retry: var x = \"a\"; Use(x); }", "Variable")]
    [InlineData("void M() { var x = \"a\"; { var x2 = 1; } string y = \"b\"; { Use(x); } }", "Variable")]
    public void Find_resolves_a_simple_name_within_its_file(string members, string expected)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { " + members + " static void Use(object o) { } }");
        var use = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
            .First(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "Use" });
        var argument = (IdentifierNameSyntax)use.ArgumentList.Arguments[0].Expression;

        Assert.Equal(expected, SyntacticValues.Find(argument).Kind.ToString());
    }

    [Fact]
    public void A_name_in_a_partial_or_derived_type_that_is_not_declared_in_the_file_is_unknown()
    {
        foreach (var header in new[] { "partial class C", "class C : B" })
        {
            var tree = CSharpSyntaxTree.ParseText(header + " { void M() { Use(x); } static void Use(object o) { } }");
            var argument = tree.GetRoot().DescendantNodes().OfType<ArgumentSyntax>().First().Expression;
            Assert.Equal(DeclarationKind.Unknown, SyntacticValues.Find((IdentifierNameSyntax)argument).Kind);
        }
    }

    [Theory]
    [InlineData("\"https://h/?appid=\" + key", "https://h/?appid=\0")]
    [InlineData("$\"https://h/?q={key}&appid=abc\"", "https://h/?q=\0&appid=abc")]
    [InlineData("$\"https://h/?appid={Const}\"", null)]
    [InlineData("Other.Value", null)]
    public void Written_text_marks_run_time_parts_and_gives_up_on_names_it_cannot_see(string expression, string? expected)
    {
        var tree = CSharpSyntaxTree.ParseText("class C { const string Const = \"k\"; void M(string key) { Use(" + expression + "); } static void Use(object o) { } }");
        var argument = tree.GetRoot().DescendantNodes().OfType<ArgumentSyntax>().First().Expression;
        Assert.Equal(expected, SyntacticValues.WrittenText(argument));
    }
}
