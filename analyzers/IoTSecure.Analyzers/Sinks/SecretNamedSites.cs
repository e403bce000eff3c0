using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>A secret-named field, property or local given a value: at its declaration or by an assignment.</summary>
internal readonly struct SecretNamedSite
{
    public SecretNamedSite(ISymbol symbol, IOperation value)
    {
        Symbol = symbol;
        Value = value;
    }

    public ISymbol Symbol { get; }
    public IOperation Value { get; }
}

/// <summary>
/// Finds string-typed symbols named like secrets (<see cref="Detection.SecretNames"/>) being given a value: field and
/// property initializers, local declarations and assignments. The name is read off the syntax first; only secret
/// names reach the semantic model. Assignments to catalogued sink properties are the sinks' business.
/// </summary>
internal static class SecretNamedSites
{
    private sealed class NamePredicate
    {
        private readonly Func<string, bool> _isNamed;

        public NamePredicate(Func<string, bool> isNamed) => _isNamed = isNamed;

        public bool IsSecretName(string? name) => name is not null && _isNamed(name);
    }

    /// <param name="valueScreen">Whether the value, as written, could give the calling rule a finding (see <see cref="SyntacticValues"/>).</param>
    public static void Register(SyntaxActions actions, IoTSecureContext iot, Func<ExpressionSyntax, bool> valueScreen, Action<SyntaxNodeAnalysisContext, SecretNamedSite> onSite) =>
        Register(actions, iot, iot.Settings.SecretNames.IsSecretName, valueScreen, onSite);

    /// <param name="isNamed">Which names count (the team's secret names by default; IOT1005 adds PINs, pairing codes and WPS PINs).</param>
    /// <param name="integers">
    /// Whether integral symbols named as PINs, passcodes or passkeys count too (<c>const uint StaticPasskey = 123456</c>,
    /// <c>uint passkey = mac[5] % 1000000</c>): a BLE passkey or a keypad PIN is often a number.
    /// </param>
    public static void Register(SyntaxActions actions, IoTSecureContext iot, Func<string, bool> isNamed, Func<ExpressionSyntax, bool> valueScreen, Action<SyntaxNodeAnalysisContext, SecretNamedSite> onSite, bool integers = false)
    {
        var names = new NamePredicate(isNamed);
        bool Accepts(ITypeSymbol? type, string name) =>
            type?.SpecialType == SpecialType.System_String ||
            (integers && type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 && Detection.SecretNames.IsUnambiguousPasswordName(name));

        actions.Add(
            c =>
            {
                var declarator = (VariableDeclaratorSyntax)c.Node;
                if (declarator.Initializer is { } initializer && names.IsSecretName(declarator.Identifier.ValueText) && valueScreen(initializer.Value) &&
                    c.SemanticModel.GetDeclaredSymbol(declarator, c.CancellationToken) is { } symbol &&
                    Accepts(TypeOf(symbol), symbol.Name) &&
                    c.SemanticModel.GetOperation(initializer.Value, c.CancellationToken) is { } value)
                {
                    onSite(c, new SecretNamedSite(symbol, value));
                }
            },
            SyntaxKind.VariableDeclarator);

        actions.Add(
            c =>
            {
                var property = (PropertyDeclarationSyntax)c.Node;
                if (property.Initializer is { } initializer && names.IsSecretName(property.Identifier.ValueText) && valueScreen(initializer.Value) &&
                    c.SemanticModel.GetDeclaredSymbol(property, c.CancellationToken) is IPropertySymbol symbol && Accepts(symbol.Type, symbol.Name) &&
                    c.SemanticModel.GetOperation(initializer.Value, c.CancellationToken) is { } value)
                {
                    onSite(c, new SecretNamedSite(symbol, value));
                }
            },
            SyntaxKind.PropertyDeclaration);

        actions.Add(
            c =>
            {
                var syntax = (AssignmentExpressionSyntax)c.Node;
                if (!names.IsSecretName(SyntaxNames.Rightmost(syntax.Left)) || !valueScreen(syntax.Right) ||
                    c.SemanticModel.GetOperation(syntax, c.CancellationToken) is not ISimpleAssignmentOperation assignment)
                {
                    return;
                }

                ISymbol? target = assignment.Target switch
                {
                    IFieldReferenceOperation field => field.Field,
                    IPropertyReferenceOperation { Property.IsIndexer: false } property when !iot.Sinks.TryFind(property.Property, "value", out _) => property.Property,
                    ILocalReferenceOperation local => local.Local,
                    _ => null,
                };
                if (target is not null && Accepts(assignment.Target.Type, target.Name))
                {
                    onSite(c, new SecretNamedSite(target, assignment.Value));
                }
            },
            SyntaxKind.SimpleAssignmentExpression);
    }

    private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
    {
        IFieldSymbol field => field.Type,
        ILocalSymbol local => local.Type,
        _ => null,
    };
}
