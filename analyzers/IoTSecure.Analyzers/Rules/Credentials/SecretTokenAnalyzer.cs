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

    private const int MinimumKeyBytes = 8;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SecretToken);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var actions = new SyntaxActions();
        context.RegisterSyntaxNodeAction(
            AnalyzeLiteral,
            SyntaxKind.StringLiteralExpression, SyntaxKind.Utf8StringLiteralExpression, SyntaxKind.InterpolatedStringText);

        // A DER private key or PKCS#12 key store written as bytes: new byte[] { 0x30, 0x82, ..., 0x02, 0x01, 0x00, ... }.
        context.RegisterSyntaxNodeAction(AnalyzeByteArray, SyntaxKind.ArrayInitializerExpression, SyntaxKind.CollectionExpression);

        var resolver = new StringValueResolver(iot);
        SinkArguments.Register(actions, iot, (sink, value) => sink.Kind == SecretKind.KeyMaterial && MayBeWrittenKey(value, depth: 0), (c, argument) =>
        {
            if (argument.Sink.Spec.Kind == SecretKind.KeyMaterial && IsWrittenKey(argument.Value, resolver, depth: 0, out var written))
            {
                // Reported at the key's use, and (additional location) where its bytes or text are written.
                c.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SecretToken, argument.Value.Syntax.GetLocation(), additionalLocations: new[] { written.GetLocation() },
                    "literal " + SecretKindText.Describe(SecretKind.KeyMaterial) + " " + argument.Where));
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

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, context.Node.GetLocation(), kinds + " written in a string literal"));
    }

    /// <summary>Minimum elements of a byte array judged as an embedded private key (an Ed25519 PKCS#8 key is 48 bytes).</summary>
    private const int MinimumDerKeyBytes = 40;

    private static void AnalyzeByteArray(SyntaxNodeAnalysisContext context)
    {
        var elements = ElementsOf(context.Node);
        if (elements is null || elements.Count < MinimumDerKeyBytes || SyntacticValues.Strip(elements[0]) is not LiteralExpressionSyntax { Token.Value: 0x30 })
        {
            return;
        }

        var head = new List<byte>(12);
        foreach (var element in elements)
        {
            if (head.Count == 12)
            {
                break;
            }

            if (SyntacticValues.Strip(element) is not LiteralExpressionSyntax { Token.Value: int value } || value is < 0 or > 255)
            {
                return;
            }

            head.Add((byte)value);
        }

        if (SecretTokens.IsPrivateKeyDer(head))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, context.Node.GetLocation(), "DER private key or PKCS#12 key store written as bytes"));
        }
    }

    /// <summary>The elements of an array initializer or of a collection expression of plain elements (<c>[0x30, 0x82]</c>); null for spreads.</summary>
    private static IReadOnlyList<ExpressionSyntax>? ElementsOf(SyntaxNode node)
    {
        switch (node)
        {
            case InitializerExpressionSyntax initializer:
                return initializer.Expressions;
            case CollectionExpressionSyntax collection:
                var elements = new List<ExpressionSyntax>(collection.Elements.Count);
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax expression)
                    {
                        return null;
                    }

                    elements.Add(expression.Expression);
                }

                return elements;
            default:
                return null;
        }
    }

    /// <summary>A line of a PEM block written one literal per line: the block's header literal is reported, not its body.</summary>
    private static bool IsPemBody(SyntaxNode literal)
    {
        var chain = literal.Parent;
        while (chain?.Parent is BinaryExpressionSyntax outer && outer.IsKind(SyntaxKind.AddExpression))
        {
            chain = outer;
        }

        return chain is BinaryExpressionSyntax add && add.IsKind(SyntaxKind.AddExpression) &&
               add.DescendantTokens().Any(t => t.IsKind(SyntaxKind.StringLiteralToken) && t.ValueText.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0);
    }

    /// <summary>Cheap test before any regular expression runs.</summary>
    private static bool MayHoldToken(string text) =>
        text.IndexOf("-----BEGIN", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("=", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("AKIA", System.StringComparison.Ordinal) >= 0 || text.IndexOf("ASIA", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("gh", System.StringComparison.Ordinal) >= 0 || text.IndexOf("github_pat_", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("xox", System.StringComparison.Ordinal) >= 0 || text.IndexOf("AIza", System.StringComparison.Ordinal) >= 0 ||
        text.IndexOf("eyJ", System.StringComparison.Ordinal) >= 0 ||
        (text.Length >= 64 && text.IndexOf('M') >= 0);

    private static bool IsConstantBytes(IArrayInitializerOperation initializer)
    {
        if (initializer.ElementValues.Length < MinimumKeyBytes)
        {
            return false;
        }

        foreach (var element in initializer.ElementValues)
        {
            if (!element.ConstantValue.HasValue)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The syntactic screen for <see cref="IsWrittenKey"/>: false only for shapes it can never accept.</summary>
    private static bool MayBeWrittenKey(ExpressionSyntax value, int depth)
    {
        if (depth > 4)
        {
            return true;
        }

        switch (SyntacticValues.Strip(value))
        {
            case ArrayCreationExpressionSyntax { Initializer: not null } or ImplicitArrayCreationExpressionSyntax or InitializerExpressionSyntax or CollectionExpressionSyntax:
                return true;
            case LiteralExpressionSyntax utf8 when utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return true; // HMACSHA256.HashData("..."u8, data)

            case InvocationExpressionSyntax invocation when CredentialJudge.KeyTextOf(invocation) is { } keyText:
                return SyntacticValues.MayHoldWrittenText(keyText);

            case IdentifierNameSyntax identifier:
                var declaration = SyntacticValues.Find(identifier);
                return declaration.Kind switch
                {
                    DeclarationKind.Parameter or DeclarationKind.RuntimeVariable => false,
                    DeclarationKind.Variable => declaration.Value is not null && MayBeWrittenKey(declaration.Value, depth + 1),
                    _ => true,
                };

            case MemberAccessExpressionSyntax:
                return true; // a field or property of another type

            default:
                return false;
        }
    }

    /// <summary>
    /// Whether key bytes are written in the code: an array of constants, or <c>Convert.FromBase64String</c>,
    /// <c>Convert.FromHexString</c> or <c>Encoding.GetBytes</c> of text known at compile time, directly or through a
    /// field or local.
    /// </summary>
    private static bool IsWrittenKey(IOperation operation, StringValueResolver resolver, int depth, out SyntaxNode written)
    {
        written = operation.Syntax;
        if (depth > 4)
        {
            return false;
        }

        switch (StringValueResolver.Unwrap(operation))
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return IsConstantBytes(initializer);

            case IArrayInitializerOperation initializer:
                return IsConstantBytes(initializer);
            case IUtf8StringOperation utf8:
                return utf8.Value.Length >= MinimumKeyBytes && SecretText.IsSecretValue(utf8.Value);
            case { Syntax: CollectionExpressionSyntax collection } when ElementsOf(collection) is { Count: >= MinimumKeyBytes } elements:
                return elements.All(e => SyntacticValues.Strip(e) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression });

            case IInvocationOperation invocation when CredentialJudge.KeyTextOf(invocation) is { } decoded:
                var keyText = resolver.Resolve(decoded);
                if (keyText.Parts.FirstOrDefault(p => p.Scope is not null).Scope is { } scope)
                {
                    written = scope;
                }

                return keyText.IsFullyKnown && SecretText.IsSecretValue(keyText.Text) && keyText.Text.Length >= MinimumKeyBytes;

            case IFieldReferenceOperation field when resolver.InitializerOperation(field.Field) is { } fieldValue:
                return IsWrittenKey(fieldValue, resolver, depth + 1, out written);

            case ILocalReferenceOperation local when resolver.InitializerOperation(local.Local) is { } localValue:
                return IsWrittenKey(localValue, resolver, depth + 1, out written);

            case IPropertyReferenceOperation property when resolver.InitializerOperation(property.Property) is { } propertyValue:
                return IsWrittenKey(propertyValue, resolver, depth + 1, out written);

            default:
                return false;
        }
    }
}
