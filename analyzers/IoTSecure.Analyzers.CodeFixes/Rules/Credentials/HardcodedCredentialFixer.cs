using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IoTSecure.Analyzers.CodeFixes.Core;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Credentials;

/// <summary>
/// IOT1001 fix: replaces the written secret (where it is declared, which may be another file) with a read of an
/// environment variable named after the symbol that held it, failing fast when the variable is missing.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HardcodedCredentialFixer)), Shared]
public sealed class HardcodedCredentialFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.HardcodedCredential);

    public override FixAllProvider GetFixAllProvider() => SecretFixAllProvider.Instance;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var solution = context.Document.Project.Solution;
        foreach (var diagnostic in context.Diagnostics)
        {
            if (SecretFixAllProvider.ToTarget(solution, diagnostic) is not { } target ||
                solution.GetDocument(target.Document) is not { } document ||
                !await SecretRelocation.CanRelocateAsync(document, target.Span, context.CancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Read the secret from environment variable " + target.Variable,
                    ct => SecretRelocation.RelocateAsync(solution, new[] { target }, ct),
                    equivalenceKey: nameof(HardcodedCredentialFixer)),
                diagnostic);
        }
    }
}
