using System;
using System.Collections.Immutable;
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

    /// <summary>
    /// Whether <paramref name="symbol"/> is the platform's line break, <see cref="Environment.NewLine"/> (and, with
    /// <paramref name="orWriters"/>, a <see cref="System.IO.TextWriter"/>'s <c>NewLine</c>), however the code names it.
    /// </summary>
    public static bool IsNewLine(ISymbol? symbol, bool orWriters = false) =>
        symbol is IPropertySymbol { Name: "NewLine", ContainingType: var type } &&
        (Is(type, "System", "Environment") || (orWriters && DerivesFrom(type, "System.IO", "TextWriter")));

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
    /// The types of the compilation and of its references (not those behind an extern alias) whose CLR metadata name is
    /// <paramref name="metadataName"/> (<c>Namespace.Type</c>, <c>Namespace.Outer+Inner</c>, <c>Namespace.Generic`1</c>),
    /// as <see cref="Compilation.GetTypesByMetadataName"/> gives them, found by walking the merged namespaces from the
    /// global namespace. The compiler builds those namespaces anyway to bind the code's usings and names, and a
    /// namespace absent from every reference ends the walk at one dictionary miss; the compilation's own lookup asks
    /// every referenced assembly instead, which cost the credential pass about 12 % of its time on the benchmark (most
    /// catalogued types are absent from any one device project). Empty when no such type exists or the name is malformed.
    /// </summary>
    public static ImmutableArray<INamedTypeSymbol> ByMetadataName(Compilation compilation, string metadataName)
    {
        var nested = metadataName.Split('+');
        var outer = nested[0];
        var dot = outer.LastIndexOf('.');
        var ns = compilation.GlobalNamespace;
        if (dot >= 0)
        {
            foreach (var part in outer.Substring(0, dot).Split('.'))
            {
                INamespaceSymbol? next = null;
                foreach (var member in ns.GetMembers(part))
                {
                    if (member is INamespaceSymbol child)
                    {
                        next = child;
                        break;
                    }
                }

                if (next is null)
                {
                    return ImmutableArray<INamedTypeSymbol>.Empty;
                }

                ns = next;
            }
        }

        var found = TypesNamed(ns.GetTypeMembers, outer.Substring(dot + 1));
        for (var i = 1; i < nested.Length && !found.IsEmpty; i++)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var container in found)
            {
                builder.AddRange(TypesNamed(container.GetTypeMembers, nested[i]));
            }

            found = builder.ToImmutable();
        }

        return found;

        // Name`2 is Name with arity 2; a name without a backtick has arity 0.
        static ImmutableArray<INamedTypeSymbol> TypesNamed(Func<string, int, ImmutableArray<INamedTypeSymbol>> members, string name)
        {
            var tick = name.IndexOf('`');
            if (tick < 0)
            {
                return name.Length == 0 ? ImmutableArray<INamedTypeSymbol>.Empty : members(name, 0);
            }

            return int.TryParse(name.Substring(tick + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var arity) && tick > 0
                ? members(name.Substring(0, tick), arity)
                : ImmutableArray<INamedTypeSymbol>.Empty;
        }
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

    /// <summary>
    /// The simple names of the types the compilation's source declares (classes, structs, records, interfaces, enums and
    /// delegates, nested ones included), read from each tree's declarations without descending into member bodies. The
    /// same set <see cref="IAssemblySymbol.TypeNames"/> gives for the source assembly, but each tree is read once for all
    /// compilations that share it (an edit reads the edited file again, not the project), and nothing of the
    /// compilation's declaration table is built for it.
    /// </summary>
    /// <returns>An ordinal set of simple type names (no arity, no namespace).</returns>
    public static System.Collections.Generic.HashSet<string> DeclaredInSource(Compilation compilation)
    {
        var names = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            names.UnionWith(DeclaredIn(tree));
        }

        return names;
    }

    /// <summary>The simple names of the types <paramref name="tree"/> declares (see <see cref="DeclaredInSource"/>).</summary>
    public static string[] DeclaredIn(SyntaxTree tree) =>
        TreeTypeNames.GetValue(tree, t =>
        {
            var names = new System.Collections.Generic.List<string>();
            Collect(((Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree)t).GetCompilationUnitRoot().Members, names);
            return names.ToArray();
        });

    private static void Collect(Microsoft.CodeAnalysis.SyntaxList<MemberDeclarationSyntax> members, System.Collections.Generic.List<string> names)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    Collect(ns.Members, names);
                    break;
                case TypeDeclarationSyntax type:
                    names.Add(type.Identifier.ValueText);
                    Collect(type.Members, names);
                    break;
                case EnumDeclarationSyntax enumeration:
                    names.Add(enumeration.Identifier.ValueText);
                    break;
                case DelegateDeclarationSyntax callback:
                    names.Add(callback.Identifier.ValueText);
                    break;
            }
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, string[]> TreeTypeNames = new();
}
