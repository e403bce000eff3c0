using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Communication;

/// <summary>
/// IOT3002: TLS certificate validation switched off: a validation callback (lambda, anonymous method, method group,
/// local function) that returns <c>true</c> whatever it is given, or accepts name mismatches, on HttpClientHandler,
/// SocketsHttpHandler, ServicePointManager, SslStream and SslClientAuthenticationOptions, M2Mqtt and MQTTnet;
/// <c>DangerousAcceptAnyServerCertificateValidator</c>; MQTTnet's <c>WithAllowUntrustedCertificates(true)</c>,
/// <c>WithIgnoreCertificateChainErrors(true)</c>, <c>WithIgnoreCertificateRevocationErrors(true)</c> and the matching
/// properties. A callback that pins a certificate or checks the chain errors is not a finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CertificateValidationDisabledAnalyzer : IoTSecureAnalyzer
{
    /// <summary>Options that switch a check off when set to <c>true</c>.</summary>
    private static readonly ImmutableHashSet<string> DisablingOptions = ImmutableHashSet.Create(
        "WithAllowUntrustedCertificates", "WithIgnoreCertificateChainErrors", "WithIgnoreCertificateRevocationErrors",
        "AllowUntrustedCertificates", "IgnoreCertificateChainErrors", "IgnoreCertificateRevocationErrors");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.CertificateValidationDisabled);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        context.RegisterSyntaxNodeAction(AnalyzeCallback, SyntaxKind.SimpleLambdaExpression, SyntaxKind.ParenthesizedLambdaExpression, SyntaxKind.AnonymousMethodExpression);
        // Method groups and the Dangerous... validator are values: found where values are given, not at every name.
        context.RegisterSyntaxNodeAction(
            c => AnalyzeValue(c, iot),
            SyntaxKind.Argument, SyntaxKind.EqualsValueClause, SyntaxKind.SimpleAssignmentExpression, SyntaxKind.AddAssignmentExpression, SyntaxKind.ReturnStatement,
            SyntaxKind.ArrowExpressionClause);
        context.RegisterSyntaxNodeAction(AnalyzeOption, SyntaxKind.InvocationExpression, SyntaxKind.SimpleAssignmentExpression);
    }

    private static void AnalyzeCallback(SyntaxNodeAnalysisContext context)
    {
        var function = (AnonymousFunctionExpressionSyntax)context.Node;
        var verdict = Judge(function.ExpressionBody, function.Block);
        if (verdict is null ||
            context.SemanticModel.GetTypeInfo(function, context.CancellationToken).ConvertedType is not INamedTypeSymbol { DelegateInvokeMethod: { } invoke } delegateType ||
            !IsCertificateCallback(delegateType, invoke))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.CertificateValidationDisabled, function.GetLocation(), "A certificate validation callback", verdict));
    }

    /// <summary>A method group or local function used as a validation callback: <c>Callback = AcceptAll</c>.</summary>
    private static void AnalyzeValue(SyntaxNodeAnalysisContext context, IoTSecureContext iot)
    {
        var value = context.Node switch
        {
            ArgumentSyntax argument => argument.Expression,
            EqualsValueClauseSyntax equals => equals.Value,
            AssignmentExpressionSyntax assignment => assignment.Right,
            ReturnStatementSyntax @return => @return.Expression,
            ArrowExpressionClauseSyntax arrow => arrow.Expression,
            _ => null,
        };

        if (value is not null)
        {
            AnalyzeValue(context, iot, value, depth: 0);
        }
    }

    /// <summary>The names a value can be: the value itself, or either branch of a conditional or <c>??</c>.</summary>
    private static void AnalyzeValue(SyntaxNodeAnalysisContext context, IoTSecureContext iot, ExpressionSyntax value, int depth)
    {
        switch (value)
        {
            case IdentifierNameSyntax or MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression }:
                AnalyzeMethodGroup(context, iot, value);
                break;
            case ParenthesizedExpressionSyntax parenthesized when depth < 8:
                AnalyzeValue(context, iot, parenthesized.Expression, depth + 1);
                break;
            case ConditionalExpressionSyntax conditional when depth < 8:
                AnalyzeValue(context, iot, conditional.WhenTrue, depth + 1);
                AnalyzeValue(context, iot, conditional.WhenFalse, depth + 1);
                break;
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce when depth < 8:
                AnalyzeValue(context, iot, coalesce.Left, depth + 1);
                AnalyzeValue(context, iot, coalesce.Right, depth + 1);
                break;
        }
    }

    private static void AnalyzeMethodGroup(SyntaxNodeAnalysisContext context, IoTSecureContext iot, ExpressionSyntax node)
    {
        var name = SyntaxNames.Rightmost(node);
        if (name == "DangerousAcceptAnyServerCertificateValidator")
        {
            if (context.SemanticModel.GetSymbolInfo(node, context.CancellationToken).Symbol is IPropertySymbol { ContainingType.Name: "HttpClientHandler" })
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.CertificateValidationDisabled, node.GetLocation(), "HttpClientHandler.DangerousAcceptAnyServerCertificateValidator", ""));
            }

            return;
        }

        if (!InCallbackPosition(node) || !MayNameSourceMethod(node, name, iot) ||
            context.SemanticModel.GetTypeInfo(node, context.CancellationToken).ConvertedType is not INamedTypeSymbol { DelegateInvokeMethod: { } invoke } delegateType ||
            !IsCertificateCallback(delegateType, invoke) ||
            context.SemanticModel.GetSymbolInfo(node, context.CancellationToken).Symbol is not IMethodSymbol method)
        {
            return;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var declaration = reference.GetSyntax(context.CancellationToken);
            var verdict = declaration switch
            {
                MethodDeclarationSyntax m => Judge(m.ExpressionBody?.Expression, m.Body),
                LocalFunctionStatementSyntax f => Judge(f.ExpressionBody?.Expression, f.Body),
                _ => null,
            };
            if (verdict is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.CertificateValidationDisabled, node.GetLocation(), "Validation callback '" + method.Name + "'", verdict));
            }
        }
    }

    /// <summary>
    /// Whether a name may be a method group of the team's code, whose body is what is judged: not a parameter, local,
    /// field or constant the file declares (<c>new MqttClient(host, 8883, ...)</c>), and a method name the compilation's
    /// source declares somewhere (<c>MqttSslProtocols.TLSv1_2</c> is none; the declaration table answers without binding).
    /// </summary>
    private static bool MayNameSourceMethod(ExpressionSyntax node, string? name, IoTSecureContext iot) => node switch
    {
        IdentifierNameSyntax identifier => SyntacticValues.Find(identifier).Kind is not (DeclarationKind.Parameter or DeclarationKind.RuntimeVariable or DeclarationKind.Variable or DeclarationKind.Constant),
        _ => name is not null && iot.DeclaresMethod(name),
    };

    /// <summary>
    /// Syntax-only test before any semantic call: a method group given to an API that takes a certificate callback
    /// (SslStream, M2Mqtt MqttClient, RemoteCertificateValidationCallback, a validation handler) or assigned to a
    /// member named like one.
    /// </summary>
    private static bool InCallbackPosition(ExpressionSyntax node)
    {
        switch (node.Parent)
        {
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } }:
                var callee = call switch
                {
                    InvocationExpressionSyntax invocation => SyntaxNames.Rightmost(invocation.Expression),
                    BaseObjectCreationExpressionSyntax creation => creation is ObjectCreationExpressionSyntax named ? SyntaxNames.Rightmost(named.Type) : "new",
                    _ => null,
                };
                return callee is "SslStream" or "MqttClient" or "RemoteCertificateValidationCallback" or "new" ||
                       (callee is not null && (callee.IndexOf("Validation", System.StringComparison.Ordinal) >= 0 || callee.StartsWith("AuthenticateAs", System.StringComparison.Ordinal)));
            case AssignmentExpressionSyntax assignment when assignment.Right == node:
                var target = SyntaxNames.Rightmost(assignment.Left) ?? string.Empty;
                return target.IndexOf("Validation", System.StringComparison.Ordinal) >= 0 || target.IndexOf("Callback", System.StringComparison.Ordinal) >= 0;
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax declaration } }:
                var type = SyntaxNames.Rightmost(declaration.Type) ?? string.Empty;
                return type.IndexOf("Validation", System.StringComparison.Ordinal) >= 0 || type.IndexOf("Callback", System.StringComparison.Ordinal) >= 0;
            default:
                return false;
        }
    }

    /// <summary><c>WithAllowUntrustedCertificates(true)</c> and <c>AllowUntrustedCertificates = true</c> on the MQTT libraries' TLS options.</summary>
    private static void AnalyzeOption(SyntaxNodeAnalysisContext context)
    {
        var name = context.Node switch
        {
            InvocationExpressionSyntax invocation => SyntaxNames.Rightmost(invocation.Expression),
            AssignmentExpressionSyntax assignment => SyntaxNames.Rightmost(assignment.Left),
            _ => null,
        };
        if (name is null || !DisablingOptions.Contains(name))
        {
            return;
        }

        var value = context.Node switch
        {
            InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 0 } arguments } => arguments[0].Expression,
            AssignmentExpressionSyntax assignment => assignment.Right,
            _ => null,
        };

        // A call without argument (`WithAllowUntrustedCertificates()`) defaults to true.
        var enabled = value is null || context.SemanticModel.GetConstantValue(value, context.CancellationToken) is { HasValue: true, Value: true };
        var symbol = context.SemanticModel.GetSymbolInfo(context.Node is AssignmentExpressionSyntax a ? a.Left : ((InvocationExpressionSyntax)context.Node).Expression, context.CancellationToken).Symbol;
        if (enabled && symbol?.ContainingNamespace?.ToDisplayString() is { } ns && ns.StartsWith("MQTTnet", System.StringComparison.Ordinal))
        {
            // At the option itself, not at the start of a fluent chain that may span several lines.
            var location = context.Node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } call
                ? Location.Create(call.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(access.Name.SpanStart, call.Span.End))
                : context.Node.GetLocation();
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.CertificateValidationDisabled, location, "'" + name + "'", ""));
        }
    }

    /// <summary>
    /// Whether a callback body accepts every certificate (" whatever it is given") or ignores host-name mismatches;
    /// null when it really validates (compares a thumbprint, checks the policy errors, builds a chain).
    /// </summary>
    private static string? Judge(ExpressionSyntax? expressionBody, BlockSyntax? block)
    {
        if (expressionBody is not null)
        {
            return JudgeExpression(expressionBody);
        }

        if (block is null)
        {
            return null;
        }

        var returns = block.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>().ToList();
        if (returns.Count == 0)
        {
            return null;
        }

        string? verdict = null;
        foreach (var statement in returns)
        {
            var judged = statement.Expression is null ? null : JudgeExpression(statement.Expression);
            if (judged is null)
            {
                return null;
            }

            verdict ??= judged;
        }

        return verdict;
    }

    private static string? JudgeExpression(ExpressionSyntax expression)
    {
        expression = Strip(expression);
        if (expression.IsKind(SyntaxKind.TrueLiteralExpression))
        {
            return " (it returns true whatever certificate it is given)";
        }

        // errors == None || errors == RemoteCertificateNameMismatch: any certificate for any host.
        if (expression is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } or && MentionsNameMismatch(or))
        {
            return " (it accepts certificates issued for another host name)";
        }

        return null;
    }

    private static bool MentionsNameMismatch(SyntaxNode node) =>
        node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText == "RemoteCertificateNameMismatch") &&
        !node.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(n => n.Identifier.ValueText is "RemoteCertificateChainErrors" or "Thumbprint" or "GetCertHashString");

    private static ExpressionSyntax Strip(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>A delegate that decides on a server certificate: it returns bool and takes a certificate or TLS event args.</summary>
    private static bool IsCertificateCallback(INamedTypeSymbol delegateType, IMethodSymbol invoke)
    {
        if (invoke.ReturnType.SpecialType != SpecialType.System_Boolean)
        {
            return false;
        }

        if (delegateType.Name == "RemoteCertificateValidationCallback")
        {
            return true;
        }

        foreach (var parameter in invoke.Parameters)
        {
            var type = parameter.Type;
            // A certificate alone does not make a validation callback (Predicate<X509Certificate2> filters a store);
            // the policy errors, the chain or a validation context do.
            if (type.Name is "X509Chain" or "SslPolicyErrors" ||
                type.Name.EndsWith("CertificateValidationEventArgs", System.StringComparison.Ordinal) ||
                type.Name.EndsWith("CertificateValidationCallbackContext", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
