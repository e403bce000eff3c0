using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers.Core;

/// <summary>Checks a type symbol against a well-known namespace and name, shared by the rules that look for BCL or SDK types.</summary>
internal static class TypeNames
{
    /// <summary>Whether <paramref name="type"/> is <paramref name="ns"/>.<paramref name="name"/>.</summary>
    public static bool Is(ITypeSymbol? type, string ns, string name) =>
        type is not null && type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;

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
}
