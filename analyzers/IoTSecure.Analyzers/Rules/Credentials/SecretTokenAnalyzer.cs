using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// IOT1003: key material or a secret token written in any string literal (regular, verbatim, raw, UTF-8, interpolated
/// text): PEM and OpenSSH private keys, IoT Hub / Service Bus / Storage keys, SAS tokens, AWS, GitHub, Slack and Google
/// credentials, JWTs; and literal bytes or base64 text used as a symmetric or HMAC key.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretTokenAnalyzer : IoTSecureAnalyzer
{
    private protected override bool AnalyzesGeneratedCode => true;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretToken);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var actions = new SyntaxActions(iot.Invocations);
        context.RegisterSyntaxNodeAction(
            AnalyzeLiteral,
            SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringText);

        // A DER private key or PKCS#12 key store written as bytes: new byte[] { 0x30, 0x82, ..., 0x02, 0x01, 0x00, ... }.
        context.RegisterSyntaxNodeAction(AnalyzeByteArray, SyntaxKind.ArrayInitializerExpression, SyntaxKind.CollectionExpression);

        var resolver = new StringValueResolver(iot);
        SinkArguments.Register(actions, iot, (sink, value) => sink.Kind == SecretKind.KeyMaterial && WrittenKeys.MayBeWrittenKey(value, depth: 0), (c, argument) =>
        {
            var every = new List<SyntaxNode>();
            if (argument.Sink.Spec.Kind == SecretKind.KeyMaterial && WrittenKeys.IsWrittenKey(argument.Value, resolver, depth: 0, out var written, every))
            {
                // Reported at the key's use, and (additional location) where its bytes or text are written: once for each
                // place (a helper's callers may write several keys).
                var places = new HashSet<SyntaxNode>();
                foreach (var place in every.Count == 0 ? new List<SyntaxNode> { written } : every)
                {
                    if (places.Add(place))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(
                            Descriptors.SecretToken, argument.Value.Syntax.GetLocation(), additionalLocations: new[] { place.GetLocation() },
                            "literal " + SecretKindText.Describe(SecretKind.KeyMaterial) + " " + argument.Where));
                    }
                }
            }
        });

        actions.RegisterOn(context);
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context)
    {
        var token = context.Node switch
        {
            LiteralExpressionSyntax literal => literal.Token,
            InterpolatedStringTextSyntax interpolatedText => interpolatedText.TextToken,
            _ => default,
        };

        var text = token.ValueText;
        if (text is null || text.Length < 16 || !MayHoldToken(text))
        {
            return;
        }

        // A PEM block's header written one literal per line is read with the lines after it (a header alone, kept to tell
        // key formats apart, holds no key).
        var pemChain = text.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0 ? PemChain(context.Node) : null;
        if (pemChain is not null)
        {
            text = string.Concat(pemChain.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken)).Select(t => t.ValueText));
        }

        var found = SecretTokens.FindTokens(text);
        if (found.Count == 0 || (found.All(f => f.Kind == TokenKind.DerPrivateKey) && IsPemBody(context.Node)))
        {
            return;
        }

        var kinds = found[0].Describe();
        for (var i = 1; i < found.Count; i++)
        {
            var next = found[i].Describe();
            if (!kinds.Contains(next))
            {
                kinds += ", " + next;
            }
        }

        // A PEM block written one literal per line is one secret: the whole concatenation is reported, from its header to
        // its footer.
        var at = (SyntaxNode?)pemChain ?? context.Node;
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, at.GetLocation(), kinds + " written in a string literal"));
    }

    private static void AnalyzeByteArray(SyntaxNodeAnalysisContext context)
    {
        if (WrittenKeys.ElementsOf(context.Node) is { } elements && WrittenKeys.IsPrivateKeyDer(elements))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, context.Node.GetLocation(), "DER private key or PKCS#12 key store written as bytes"));
        }
    }

    /// <summary>A line of a PEM block written one literal per line: the block's header literal is reported, not its body.</summary>
    private static bool IsPemBody(SyntaxNode literal) => PemChain(literal) is not null;

    /// <summary>The outermost concatenation a literal is part of, when one of its literals opens a PEM block; else null.</summary>
    private static BinaryExpressionSyntax? PemChain(SyntaxNode literal)
    {
        var chain = literal.Parent;
        while (chain?.Parent is BinaryExpressionSyntax outer && outer.IsKind(SyntaxKind.AddExpression))
        {
            chain = outer;
        }

        return chain is BinaryExpressionSyntax add && add.IsKind(SyntaxKind.AddExpression) &&
               add.DescendantTokens().Any(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0)
            ? add
            : null;
    }

    /// <summary>Cheap test before any regular expression runs.</summary>
    private static bool MayHoldToken(string text) =>
        text.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("=", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("AKIA", System.StringComparison.Ordinal) >= 0 || text.IndexOf("ASIA", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("gh", System.StringComparison.Ordinal) >= 0 || text.IndexOf("github_pat_", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("xox", System.StringComparison.Ordinal) >= 0 || text.IndexOf("AIza", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("eyJ", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf(":AA", System.StringComparison.Ordinal) >= 0 || // a Telegram bot token
        (text.Length >= 58 && text[0] == 'S') || text.IndexOf(" S", System.StringComparison.Ordinal) >= 0 || text.IndexOf("\"S", System.StringComparison.Ordinal) >= 0 || // a NATS seed

        (text.Length >= 64 && text.IndexOf('M') >= 0);
}
