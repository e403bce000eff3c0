using System.Collections.Generic;
using System.Collections.Immutable;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Communication;

/// <summary>
/// IOT3003: an obsolete SSL/TLS version (SSL 2.0, SSL 3.0, TLS 1.0, TLS 1.1) is enabled through <c>SslProtocols</c>,
/// <c>SecurityProtocolType</c> or the MQTT libraries' TLS enums. <c>Tls12</c>, <c>Tls13</c> and <c>None</c> (the
/// operating system's choice) are fine; comparing against an old version (to refuse it) is not a finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ObsoleteTlsVersionAnalyzer : IoTSecureAnalyzer
{
    /// <summary>(enum type, member) to the version it enables.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Obsolete = new()
    {
        ["Ssl2"] = Versions(("System.Security.Authentication.SslProtocols", "SSL 2.0")),
        ["Ssl3"] = Versions(("System.Security.Authentication.SslProtocols", "SSL 3.0"), ("System.Net.SecurityProtocolType", "SSL 3.0"), ("System.Net.Security.SslProtocols", "SSL 3.0")),
        ["Tls"] = Versions(("System.Security.Authentication.SslProtocols", "TLS 1.0"), ("System.Net.SecurityProtocolType", "TLS 1.0"), ("System.Net.Security.SslProtocols", "TLS 1.0")),
        ["Tls11"] = Versions(("System.Security.Authentication.SslProtocols", "TLS 1.1"), ("System.Net.SecurityProtocolType", "TLS 1.1"), ("System.Net.Security.SslProtocols", "TLS 1.1")),
        ["Default"] = Versions(("System.Security.Authentication.SslProtocols", "SSL 3.0 and TLS 1.0")),
        ["SSLv3"] = Versions(("uPLibrary.Networking.M2Mqtt.MqttSslProtocols", "SSL 3.0"), ("nanoFramework.M2Mqtt.MqttSslProtocols", "SSL 3.0")),
        ["TLSv1_0"] = Versions(("uPLibrary.Networking.M2Mqtt.MqttSslProtocols", "TLS 1.0"), ("nanoFramework.M2Mqtt.MqttSslProtocols", "TLS 1.0")),
        ["TLSv1_1"] = Versions(("uPLibrary.Networking.M2Mqtt.MqttSslProtocols", "TLS 1.1"), ("nanoFramework.M2Mqtt.MqttSslProtocols", "TLS 1.1")),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ObsoleteTlsVersion);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot) =>
        context.RegisterSyntaxNodeAction(Analyze, SyntaxKind.SimpleMemberAccessExpression);

    private static void Analyze(SyntaxNodeAnalysisContext context)
    {
        var access = (MemberAccessExpressionSyntax)context.Node;
        if (!Obsolete.TryGetValue(access.Name.Identifier.ValueText, out var byType) || IsInspection(access))
        {
            return;
        }

        if (context.SemanticModel.GetSymbolInfo(access, context.CancellationToken).Symbol is IFieldSymbol { ContainingType: { TypeKind: TypeKind.Enum } type } field &&
            byType.TryGetValue(type.ToDisplayString(), out var version))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.ObsoleteTlsVersion, access.GetLocation(), type.Name + "." + field.Name, version));
        }
    }

    /// <summary>Comparing with, or switching on, an old version inspects it rather than enabling it.</summary>
    private static bool IsInspection(SyntaxNode node)
    {
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                case CaseSwitchLabelSyntax:
                case ConstantPatternSyntax:
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "HasFlag" } }:
                    return true;
                case BinaryExpressionSyntax:
                case ParenthesizedExpressionSyntax:
                case CastExpressionSyntax:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }

    private static Dictionary<string, string> Versions(params (string Type, string Version)[] entries)
    {
        var map = new Dictionary<string, string>();
        foreach (var (type, version) in entries)
        {
            map[type] = version;
        }

        return map;
    }
}
