using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Communication;

/// <summary>
/// IOT3002 fix: removes the trust-all callback or option, so the platform's validation applies: the assignment
/// statement, the object-initializer entry, the <c>WithAllowUntrustedCertificates</c>-style call in a builder chain,
/// or the callback argument of an <c>SslStream</c> constructor.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CertificateValidationDisabledFixer)), Shared]
public sealed class CertificateValidationDisabledFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.CertificateValidationDisabled);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (Removal(node) is not { } removal)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Remove the code that disables certificate validation", _ => Task.FromResult(context.Document.WithSyntaxRoot(removal(root))), nameof(CertificateValidationDisabledFixer)),
                diagnostic);
        }
    }

    private static System.Func<SyntaxNode, SyntaxNode>? Removal(SyntaxNode node)
    {
        // A call in a builder chain: `x.WithAllowUntrustedCertificates(true)` or `x.WithCertificateValidationHandler(_ => true)`.
        // The diagnostic spans the option's name to the end of its call (`WithAllowUntrustedCertificates(true)`).
        var call = node as InvocationExpressionSyntax ?? (node.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax outer } } ? outer : null) ??
                   (node.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax named } nameAccess && nameAccess.Name == node ? named : null) ??
                   (node is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax accessed } ? accessed : null);
        if (call?.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } access && name.StartsWith("With", System.StringComparison.Ordinal))
        {
            if (call.Parent is ExpressionStatementSyntax statement)
            {
                return root => root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia)!;
            }

            return root => root.ReplaceNode(call, access.Expression.WithTriviaFrom(call));
        }

        // An assignment: a statement of its own, or an entry of an object initializer.
        var assignment = node.FirstAncestorOrSelf<AssignmentExpressionSyntax>();
        if (assignment is not null && (assignment.Right.Span.Contains(node.Span) || assignment.Right == node))
        {
            switch (assignment.Parent)
            {
                case ExpressionStatementSyntax statement:
                    return root => root.RemoveNode(statement, SyntaxRemoveOptions.KeepNoTrivia)!;
                case InitializerExpressionSyntax initializer:
                    return root => root.ReplaceNode(
                        initializer,
                        initializer.WithExpressions(initializer.Expressions.Remove(assignment)).WithAdditionalAnnotations(Microsoft.CodeAnalysis.Formatting.Formatter.Annotation));
            }
        }

        // The callback argument of a constructor (SslStream, M2Mqtt MqttClient): the overload without it validates.
        if (node.Parent is ArgumentSyntax argument && argument.Parent is ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax } && argument.NameColon is null)
        {
            return root => root.RemoveNode(argument, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        return null;
    }
}
