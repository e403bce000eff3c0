using System;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IoTSecure.Analyzers.CodeFixes.Core;
using IoTSecure.Analyzers.Rules.Communication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.CodeFixes.Rules.Communication;

/// <summary>
/// IOT3001 fix: rewrites a clear-text scheme in the literal to its secure counterpart (<c>http</c>→<c>https</c>,
/// <c>ws</c>→<c>wss</c>, <c>mqtt</c>→<c>mqtts</c> ...), and moves MQTTnet's <c>WithTcpServer</c> from 1883 to 8883 with
/// TLS enabled on the builder.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClearTextProtocolFixer)), Shared]
public sealed class ClearTextProtocolFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIdentifiers.ClearTextProtocol);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (SchemeRewrite.TryRegister(context, text, diagnostic, ClearTextProtocolAnalyzer.SecureSchemeProperty, "Use", nameof(ClearTextProtocolFixer) + "Scheme"))
            {
                continue;
            }

            if (diagnostic.Properties.ContainsKey(ClearTextProtocolAnalyzer.MqttPortProperty))
            {
                var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
                var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
                if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } invocation &&
                    model is not null && TlsCall(invocation, model, context.CancellationToken) is { } tls)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            "Use MQTT over TLS on port 8883",
                            ct => UseTlsAsync(context.Document, invocation, tls, ct),
                            nameof(ClearTextProtocolFixer) + "Mqtt"),
                        diagnostic);
                }
            }
        }
    }

    /// <summary>The call that turns TLS on for this builder: MQTTnet 5 <c>WithTlsOptions(o => o.UseTls())</c>, 3 and 4 <c>WithTls()</c>.</summary>
    private static string? TlsCall(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ContainingType: { } builder })
        {
            return null;
        }

        if (builder.GetMembers("WithTlsOptions").OfType<IMethodSymbol>().Any(m => m.Parameters.Length == 1 && m.Parameters[0].Type.Name == "Action"))
        {
            return ".WithTlsOptions(o => o.UseTls())";
        }

        return builder.GetMembers("WithTls").OfType<IMethodSymbol>().Any(m => m.Parameters.All(p => p.IsOptional)) ? ".WithTls()" : null;
    }

    private static async Task<Document> UseTlsAsync(Document document, InvocationExpressionSyntax invocation, string tls, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var arguments = invocation.ArgumentList.Arguments;
        var port = arguments.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == "port") ?? (arguments.Count > 1 ? arguments[1] : null);
        var updated = invocation;
        if (port is not null)
        {
            updated = updated.ReplaceNode(port.Expression, SyntaxFactory.LiteralExpression(SyntaxKind.NumericLiteralExpression, SyntaxFactory.Literal(8883)).WithTriviaFrom(port.Expression));
        }

        var withTls = SyntaxFactory.ParseExpression(updated.WithoutTrivia().ToFullString() + tls)
            .WithTriviaFrom(invocation)
            .WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(invocation, withTls));
    }
}
