using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Rules.Communication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Communication;

/// <summary>IOT3004 fix: MD5 and SHA-1 become SHA-256 (<c>MD5.Create()</c>, <c>SHA1.HashData</c>, <c>HashAlgorithmName.SHA1</c>).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WeakCryptographyFixer)), Shared]
public sealed class WeakCryptographyFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.WeakCryptography);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(WeakCryptographyAnalyzer.ReplacementProperty, out var replacement) && replacement is not null)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Use " + replacement,
                        _ => Task.FromResult(context.Document.WithText(text.WithChanges(new TextChange(diagnostic.Location.SourceSpan, replacement)))),
                        nameof(WeakCryptographyFixer)),
                    diagnostic);
            }
        }
    }
}
