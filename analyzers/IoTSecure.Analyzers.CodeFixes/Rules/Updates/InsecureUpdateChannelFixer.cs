using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IoTSecure.Analyzers.CodeFixes.Core;
using IoTSecure.Analyzers.Rules.Updates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Updates;

/// <summary>IOT2003 fix: the update's URI switches to <c>https</c> (or the scheme's secure form) where it is written at the call.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(InsecureUpdateChannelFixer)), Shared]
public sealed class InsecureUpdateChannelFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.InsecureUpdateChannel);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            SchemeRewrite.TryRegister(context, text, diagnostic, InsecureUpdateChannelAnalyzer.SecureSchemeProperty, "Fetch the update over", nameof(InsecureUpdateChannelFixer));
        }
    }
}
