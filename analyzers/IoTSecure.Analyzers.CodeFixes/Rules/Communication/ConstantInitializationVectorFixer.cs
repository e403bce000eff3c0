using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Rules.Communication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Communication;

/// <summary>
/// IOT3006 fix: the constant IV or nonce where it is used becomes a fresh one,
/// <c>System.Security.Cryptography.RandomNumberGenerator.GetBytes(length)</c>, of the same length. The receiving side
/// then needs that IV or nonce: send it with the ciphertext (the fix's title says so; it cannot change the protocol).
/// Offered only when the length is known.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConstantInitializationVectorFixer)), Shared]
public sealed class ConstantInitializationVectorFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ConstantInitializationVector);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value ||
                !diagnostic.Properties.TryGetValue(ConstantInitializationVectorAnalyzer.LengthProperty, out var length) || string.IsNullOrWhiteSpace(length))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Use a fresh random IV or nonce from RandomNumberGenerator (send it with the ciphertext)",
                    _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(value, Fresh(length!).WithTriviaFrom(value)))),
                    nameof(ConstantInitializationVectorFixer)),
                diagnostic);
        }
    }

    private static ExpressionSyntax Fresh(string length) =>
        SyntaxFactory.ParseExpression("System.Security.Cryptography.RandomNumberGenerator.GetBytes(" + length + ")")
            .WithAdditionalAnnotations(Formatter.Annotation);
}
