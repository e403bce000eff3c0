using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>Checks a type symbol against a well-known namespace and name, shared by the rules that look for BCL or SDK types.</summary>
internal static class TypeNames
{
    /// <summary>Whether <paramref name="type"/> is <paramref name="ns"/>.<paramref name="name"/>.</summary>
    public static bool Is(ITypeSymbol? type, string ns, string name) =>
        type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;

    /// <summary>Whether <paramref name="ns"/> is <c>System.Security.Cryptography</c> (compared by parts, no string built).</summary>
    public static bool IsCryptography(INamespaceSymbol? ns) =>
        ns is { Name: "Cryptography", ContainingNamespace: { Name: "Security", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };

    /// <summary>Whether <paramref name="type"/> is, or derives from, <paramref name="ns"/>.<paramref name="name"/>.</summary>
    public static bool DerivesFrom(ITypeSymbol? type, string ns, string name)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (Is(current, ns, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The type a type name written in the code stands for, bound on its own in the scope of the enclosing type
    /// declaration (its usings, aliases, namespaces, nested and generic types apply; only a method's own type
    /// parameters would not, and they are not named like library types). Unlike a question about the expression around
    /// it, this builds nothing for the enclosing member's body, so a rule can rule out <c>new MqttClient(...)</c> of the
    /// wrong library for the price of a name lookup.
    /// </summary>
    public static INamedTypeSymbol? OfName(SemanticModel model, TypeSyntax type)
    {
        var position = type.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is { OpenBraceToken: { IsMissing: false } brace } ? brace.Span.End : type.SpanStart;
        return model.GetSpeculativeTypeInfo(position, type, SpeculativeBindingOption.BindAsTypeOrNamespace).Type as INamedTypeSymbol;
    }
}
