using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Tests.Infrastructure;
using IoTSecure.Analyzers.Values;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Tests.Values;

/// <summary>
/// The syntactic screen (<see cref="SyntacticValues.MayHoldWrittenText(ExpressionSyntax)"/>) and the resolver
/// (<see cref="StringValueResolver"/>) are two models of the same <see cref="ValueShapes"/>. Wherever a value is given
/// (an argument, an initializer, an assigned or returned value), the screen must not say "no" to a value the resolver
/// finds written text in: that would drop a finding before the semantic model is asked. Checked on a corpus of every
/// shape in every place it can be declared, and on the samples' real device code; and the check is shown to fail on
/// screens broken on purpose.
/// </summary>
public class ValueShapeAgreementTests
{
    private const string Shapes = """"
        using System;
        using System.Text;
        using static Vault;

        static class Vault { public const string Imported = "imported-Secret-1"; public static readonly string ReadOnly = "ro-" + Imported; }
        class Base { protected const string Inherited = "base-Secret-2"; protected string Field = "base-field-3"; }
        partial class Split { private const string OtherPart = "other-part-4"; }

        partial class Split : Base
        {
            const string Constant = "const-Secret-5";
            const string P = "p";
            static readonly string StaticReadOnly = Constant + "-suffix";
            readonly string _instance = $"{Constant}:{Inherited}";
            string Property { get; } = "property-6";
            string Arrow => "arrow-7";
            string WithBody { get { return "body-8"; } }
            private string _assignedInConstructor;
            public Split() { _assignedInConstructor = "ctor-9"; }

            void Take(string value) { }
            void TakeBytes(byte[] value) { }
            void TakeSpan(ReadOnlySpan<byte> value) { }
            string Id(string value) => value;

            void Run(string parameter, string[] array, Func<string> factory)
            {
                Take("literal");
                Take(@"verbatim");
                Take("""raw""");
                Take($"interpolated {parameter}");
                Take($"{Constant}");
                Take($"{parameter}{OtherPart}");
                Take(Constant + parameter);
                Take(parameter + Inherited);
                Take(Imported);
                Take(Vault.ReadOnly);
                Take(StaticReadOnly);
                Take(_instance);
                Take(this._instance);
                Take(Property);
                Take(this.Property);
                Take(Arrow);
                Take(WithBody);
                Take(Field);
                Take(_assignedInConstructor);
                Take(OtherPart);
                Take(nameof(Run));
                Take(string.Concat("a-", parameter, "-b"));
                Take(string.Concat(parameter, Constant));
                Take(string.Format("{0}:{1}", "user", Constant));
                Take(string.Format("{0}", parameter));
                Take(string.Join(":", "user", Constant));
                Take(string.Join(',', parameter, "x-10"));
                Take(String.Join(";", new[] { "a", Constant }));
                Take(string.Join('-', new[] { "x-27", "y" }));
                Take(string.Join('-', new string[] { parameter, Constant }));
                Take(Convert.ToBase64String(Encoding.ASCII.GetBytes("svc:" + Constant)));
                Take(P + P + P + P + P + P + P + P + P + P + P + P + P + P + P + P + P + P + P + "-28");
                Take(parameter ?? "fallback-11");
                Take(Environment.GetEnvironmentVariable("X") ?? Constant);
                Take(parameter.Length > 0 ? "when-true" : parameter);
                Take((string)Constant);
                Take((Constant));
                Take(Constant as string);
                Take(Constant!);
                Take(checked(Constant));
                TakeBytes(Encoding.UTF8.GetBytes("bytes-12"));
                TakeBytes(Encoding.ASCII.GetBytes(Constant));
                TakeBytes(new UTF8Encoding().GetBytes(parameter + "-13"));
                TakeSpan("utf8-14"u8);
                TakeBytes("utf8-29"u8.ToArray());
                TakeBytes(array.ToString()!.ToCharArray().Length > 0 ? new byte[0] : new byte[1]);

                const string localConstant = "local-15";
                var local = "local-16";
                var fromLocal = local + localConstant;
                string laterAssigned;
                laterAssigned = "later-17";
                Take(localConstant);
                Take(local);
                Take(fromLocal);
                Take(laterAssigned);
                using var disposable = (IDisposable)null!;
                for (var index = "for-18"; index.Length > 0;) { Take(index); break; }
                retry: var labeled = "labeled-19";
                Take(labeled);
                switch (parameter)
                {
                    case "a":
                        var inSection = "section-20";
                        Take(inSection);
                        break;
                    default:
                        Take(inSection = "section-21");
                        break;
                }

                Func<string, string> lambda = value => value + Constant;
                Take(lambda("x"));
                string LocalFunction() => "local-function-22";
                Take(LocalFunction());
                Action shadow = () => { var Constant = parameter; Take(Constant); };

                // Run-time values: the screen may say no.
                Take(parameter);
                Take(factory());
                Take(array[0]);
                Take(Id("x-23"));
                Take(parameter.Trim());
                Take(string.Empty);
                Take(null!);

                var assigned = parameter;
                assigned = "assigned-24";
                Take(assigned);
                var target = new Target { Secret = "init-25", Other = Constant };
                target.Secret = $"set-{Constant}";
                Take(Returned());
            }

            string Returned() => "returned-26";
            string ReturnedBody() { return StaticReadOnly; }
        }

        class Target { public string Secret { get; set; } = ""; public string Other { get; set; } = ""; }
        """";

    /// <summary>Every place a value is given: arguments, initializers, assigned, returned and arrow-bodied values.</summary>
    private static IEnumerable<ExpressionSyntax> GivenValues(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes().Select(node => node switch
        {
            ArgumentSyntax argument => argument.Expression,
            EqualsValueClauseSyntax initializer => initializer.Value,
            AssignmentExpressionSyntax assignment => assignment.Right,
            ReturnStatementSyntax { Expression: { } returned } => returned,
            ArrowExpressionClauseSyntax arrow => arrow.Expression,
            _ => null,
        }).OfType<ExpressionSyntax>();

    /// <summary>The values (as written, with their line) the resolver finds written text in and the screen says "no" to.</summary>
    internal static List<string> Disagreements(CSharpCompilation compilation, Func<ExpressionSyntax, bool> screen, out int resolvedWithText)
    {
        var context = IoTSecureContext.Get(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty));
        var resolver = new StringValueResolver(context);
        var disagreements = new List<string>();
        resolvedWithText = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var value in GivenValues(tree))
            {
                if (model.GetOperation(value) is not { } operation)
                {
                    continue;
                }

                var resolved = resolver.Resolve(operation);
                if (!resolved.Parts.Any(part => !string.IsNullOrEmpty(part.Text)))
                {
                    continue;
                }

                resolvedWithText++;
                if (!screen(value))
                {
                    disagreements.Add($"{Path.GetFileName(tree.FilePath)}({value.GetLocation().GetLineSpan().StartLinePosition.Line + 1}): {value}");
                }
            }
        }

        return disagreements;
    }

    private static CSharpCompilation Compile(IEnumerable<(string Path, string Text)> sources) =>
        CSharpCompilation.Create("Shapes",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Latest), s.Path)),
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static CSharpCompilation ShapeCorpus() => Compile(new[] { ("Shapes.cs", Shapes) });

    private static readonly Func<ExpressionSyntax, bool> Screen = SyntacticValues.MayHoldWrittenText;

    [Fact]
    public void The_screen_lets_through_every_shape_the_resolver_finds_text_in()
    {
        var disagreements = Disagreements(ShapeCorpus(), Screen, out var withText);
        Assert.True(withText > 60, "the corpus should hold many written values, found " + withText);
        Assert.Empty(disagreements);
    }

    [Fact]
    public void The_screen_lets_through_every_written_value_of_the_samples_device_code()
    {
        var root = Path.Combine(Repository.Root(), "samples");
        var sources = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .Select(p => (p, File.ReadAllText(p))).ToList();
        Assert.NotEmpty(sources);
        var disagreements = Disagreements(Compile(sources), Screen, out var withText);
        Assert.True(withText > 10, "the samples should hold written values, found " + withText);
        Assert.Empty(disagreements);
    }

    [Fact]
    public void The_screen_says_no_to_run_time_values()
    {
        // A screen that always says "maybe" agrees with the resolver trivially and costs a bound method body per call:
        // it must say no to what exists only at run time.
        var tree = ShapeCorpus().SyntaxTrees.Single();
        foreach (var runtime in new[] { "parameter", "factory()", "array[0]", "Id(\"x-23\")", "parameter.Trim()", "string.Empty", "null!" })
        {
            var value = GivenValues(tree).First(v => v.ToString() == runtime);
            Assert.False(Screen(value), runtime + " is a run-time value");
        }
    }

    /// <summary>Screens broken on purpose, each blind to one shape: the agreement check must catch every one.</summary>
    public static TheoryData<string> BrokenScreens => new() { "identifiers", "interpolations", "text calls", "coalesce", "this-member", "utf8 literals", "concatenation" };

    [Theory]
    [MemberData(nameof(BrokenScreens))]
    public void A_screen_blind_to_a_shape_is_caught(string blindTo)
    {
        Func<ExpressionSyntax, bool> broken = value =>
        {
            var stripped = SyntacticValues.Strip(value);
            var blind = blindTo switch
            {
                "identifiers" => stripped is IdentifierNameSyntax,
                "interpolations" => stripped is InterpolatedStringExpressionSyntax,
                "text calls" => stripped is InvocationExpressionSyntax invocation && ValueShapes.IsTextCallName((invocation.Expression as MemberAccessExpressionSyntax)?.Name.Identifier.ValueText),
                "coalesce" => stripped.IsKind(SyntaxKind.CoalesceExpression),
                "this-member" => stripped is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax },
                "utf8 literals" => stripped.IsKind(SyntaxKind.Utf8StringLiteralExpression),
                "concatenation" => stripped.IsKind(SyntaxKind.AddExpression),
                _ => throw new ArgumentOutOfRangeException(nameof(blindTo)),
            };
            return !blind && Screen(value);
        };

        Assert.NotEmpty(Disagreements(ShapeCorpus(), broken, out _));
    }
}
