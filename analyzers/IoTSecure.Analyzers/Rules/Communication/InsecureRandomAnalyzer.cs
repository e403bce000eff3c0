using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Core;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Communication;

/// <summary>
/// IOT3005: <see cref="System.Random"/> (including <c>Random.Shared</c>) produces a value that ends up in a security
/// use: a key, IV, nonce, salt, token, password, PIN, one-time code, pairing code or session identifier, judged by the
/// name of the variable, field, property, parameter or method that receives it. Random for jitter, back-off,
/// sampling or simulation is not a finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureRandomAnalyzer : IoTSecureAnalyzer
{
    private static readonly ImmutableHashSet<string> RandomMethods = ImmutableHashSet.Create(
        "Next", "NextBytes", "NextInt64", "NextDouble", "NextSingle", "GetItems");

    private static readonly HashSet<string> SecurityWords = new()
    {
        "key", "keys", "iv", "nonce", "salt", "token", "session", "otp", "pin", "passcode", "challenge", "pairing", "cookie", "csrf", "secret", "password",
    };

    private const int MaxClimb = 8;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InsecureRandom);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var names = iot.Settings.SecretNames;
        context.RegisterSyntaxNodeAction(c => Analyze(c, names), SyntaxKind.InvocationExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, SecretNames names)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var method = SyntaxNames.Rightmost(invocation.Expression);
        if (method is null || !RandomMethods.Contains(method) ||
            context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol symbol ||
            !IsRandom(symbol.ContainingType))
        {
            return;
        }

        var isBuffer = method == "NextBytes";
        var destination = isBuffer
            ? DestinationOfBuffer(invocation, context.SemanticModel, context.CancellationToken)
            : DestinationOfValue(invocation, context.SemanticModel, context.CancellationToken);
        if (destination is null || !IsSecurityName(destination, names))
        {
            return;
        }

        // A string password, token or secret held in a secret-named variable, field or property is IOT1005's finding
        // (a per-device password from a predictable source); one value, one rule.
        if (!isBuffer && names.IsSecretName(destination) && ReceivedBySymbol(invocation))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureRandom, invocation.GetLocation(), destination, Purpose(destination)));
    }

    /// <summary>Whether the value ends in a variable, field or property (rather than a parameter or a return).</summary>
    private static bool ReceivedBySymbol(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case VariableDeclaratorSyntax or AssignmentExpressionSyntax:
                    return true;
                case ArgumentSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or StatementSyntax:
                    return false;
            }
        }

        return false;
    }

    private static bool IsRandom(INamedTypeSymbol? type) => TypeNames.DerivesFrom(type, "System", "Random");

    private static string? DestinationOfBuffer(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        invocation.ArgumentList.Arguments.FirstOrDefault() is { } argument
            ? model.GetSymbolInfo(argument.Expression, cancellationToken).Symbol?.Name ?? SyntaxNames.Rightmost(argument.Expression)
            : null;

    /// <summary>Follows the value up through formatting and conversion to what receives it.</summary>
    private static string? DestinationOfValue(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var current = node;
        for (var i = 0; i < MaxClimb && current.Parent is { } parent; i++, current = parent)
        {
            switch (parent)
            {
                case VariableDeclaratorSyntax declarator:
                    return declarator.Identifier.ValueText;
                case AssignmentExpressionSyntax assignment when assignment.Right == current:
                    return SyntaxNames.Rightmost(assignment.Left);
                case ArgumentSyntax argument when argument.Parent?.Parent is { } call:
                    if (model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter })
                    {
                        // Formatting calls (ToString, Convert.ToBase64String, string.Format) pass the value on.
                        var callee = parameter.ContainingSymbol;
                        if (callee?.ContainingType?.SpecialType == SpecialType.System_String || callee?.ContainingType?.Name is "Convert" or "BitConverter" or "StringBuilder")
                        {
                            continue;
                        }

                        return parameter.Name;
                    }

                    return null;
                case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                    var member = parent.FirstAncestorOrSelf<SyntaxNode>(n => n is MethodDeclarationSyntax or PropertyDeclarationSyntax or LocalFunctionStatementSyntax);
                    return member switch
                    {
                        MethodDeclarationSyntax m => m.Identifier.ValueText,
                        PropertyDeclarationSyntax p => p.Identifier.ValueText,
                        LocalFunctionStatementSyntax f => f.Identifier.ValueText,
                        _ => null,
                    };
                case MemberAccessExpressionSyntax or InvocationExpressionSyntax or BinaryExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax
                    or CastExpressionSyntax or ParenthesizedExpressionSyntax or ArgumentListSyntax or EqualsValueClauseSyntax or ConditionalExpressionSyntax:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    private static bool IsSecurityName(string name, SecretNames names)
    {
        if (names.IsSecretName(name))
        {
            return true;
        }

        var words = SecretNames.SplitWords(name);
        return words.Any(SecurityWords.Contains) && !words.Any(w => w is "index" or "count" or "delay" or "jitter" or "backoff" or "name" or "length" or "size" or "color");
    }

    private static string Purpose(string name)
    {
        var words = SecretNames.SplitWords(name);
        return words.FirstOrDefault(SecurityWords.Contains) ?? "a secret";
    }
}
