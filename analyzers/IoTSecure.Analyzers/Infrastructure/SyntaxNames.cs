using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>Names read off syntax, for the cheap tests that run before any semantic model call.</summary>
internal static class SyntaxNames
{
    /// <summary>The rightmost simple name: <c>Connect</c> in <c>client.Connect</c>, <c>MqttClient</c> in <c>M2Mqtt.MqttClient</c>.</summary>
    public static string? Rightmost(SyntaxNode? node) => node switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        GenericNameSyntax generic => generic.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        ConditionalAccessExpressionSyntax conditional => Rightmost(conditional.WhenNotNull),
        ParenthesizedExpressionSyntax parenthesized => Rightmost(parenthesized.Expression),
        CastExpressionSyntax cast => Rightmost(cast.Expression),
        PostfixUnaryExpressionSyntax postfix => Rightmost(postfix.Operand),
        _ => null,
    };
}
