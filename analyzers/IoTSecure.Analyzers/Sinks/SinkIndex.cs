using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>A catalogue entry matched to the type that declares the called member.</summary>
internal readonly struct ResolvedSink
{
    public ResolvedSink(INamedTypeSymbol type, CredentialSink spec)
    {
        Type = type;
        Spec = spec;
    }

    public INamedTypeSymbol Type { get; }
    public CredentialSink Spec { get; }
}

/// <summary>
/// The credential sinks, indexed by member name and then by the declaring type's simple name, so a call to an
/// unrelated method costs one dictionary miss and nothing is looked up in the compilation's references up front.
/// A candidate is confirmed on the symbol: the declaring type's full metadata name must equal the catalogued one,
/// for the member itself, a member it overrides, or an interface member it implements.
/// </summary>
internal sealed class SinkIndex
{
    private readonly Dictionary<string, Dictionary<string, List<CredentialSink>>> _byMember;
    private readonly Dictionary<string, int> _minimumArguments;

    private SinkIndex(Dictionary<string, Dictionary<string, List<CredentialSink>>> byMember, Dictionary<string, int> minimumArguments)
    {
        _byMember = byMember;
        _minimumArguments = minimumArguments;
    }

    public bool IsEmpty => _byMember.Count == 0;

    public static SinkIndex Build(IEnumerable<CredentialSink> sinks)
    {
        var byMember = new Dictionary<string, Dictionary<string, List<CredentialSink>>>(StringComparer.Ordinal);
        var minimumArguments = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sink in sinks)
        {
            // A header value only counts beside the header's name, so such a call has at least two arguments; a whole header
            // line (WebHeaderCollection.Add("Name: value")) is one.
            var minimum = sink.Kind == SecretKind.Header && !SinkSlot.IsHeaderNameParameter(sink.Parameter) ? 2 : 1;
            minimumArguments[sink.Member] = minimumArguments.TryGetValue(sink.Member, out var existing) ? Math.Min(existing, minimum) : minimum;

            if (!byMember.TryGetValue(sink.Member, out var byType))
            {
                byMember[sink.Member] = byType = new Dictionary<string, List<CredentialSink>>(StringComparer.Ordinal);
            }

            var simpleName = SimpleName(sink.TypeMetadataName);
            if (!byType.TryGetValue(simpleName, out var list))
            {
                byType[simpleName] = list = new List<CredentialSink>();
            }

            list.Add(sink);
        }

        return new SinkIndex(byMember, minimumArguments);
    }

    /// <summary>
    /// Each catalogued member name with the fewest arguments a call of it needs to reach a sink (a header value needs its
    /// header's name beside it): a call with fewer cannot reach one.
    /// </summary>
    public IEnumerable<KeyValuePair<string, int>> MinimumArguments => _minimumArguments;

    /// <summary>True when some catalogue entry is named <paramref name="memberName"/>: the cheap first test.</summary>
    public bool HasMember(string memberName) => _byMember.ContainsKey(memberName);

    /// <summary>
    /// True when some catalogued constructor belongs to a type with this simple name as syntax writes it (without a
    /// generic arity: <c>Box</c> for <c>Box`1</c>), or this name plus <c>Attribute</c>.
    /// </summary>
    public bool HasConstructorOf(string typeName) => ConstructorTypeNames().Contains(typeName);

    private HashSet<string>? _constructorTypeNames;

    /// <summary>The simple names (without arity; an attribute's also without "Attribute") of the types with catalogued constructors.</summary>
    private HashSet<string> ConstructorTypeNames()
    {
        var names = _constructorTypeNames;
        if (names is null)
        {
            names = new HashSet<string>(StringComparer.Ordinal);
            if (_byMember.TryGetValue(CredentialSink.ConstructorName, out var byType))
            {
                foreach (var key in byType.Keys)
                {
                    var name = WithoutArity(key);
                    names.Add(name);
                    if (name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length)
                    {
                        names.Add(name.Substring(0, name.Length - "Attribute".Length));
                    }
                }
            }

            _constructorTypeNames = names; // a benign race: every thread builds the same set
        }

        return names;
    }

    /// <summary>The catalogue entries for members named <paramref name="memberName"/> (<see cref="CredentialSink.ConstructorName"/> for constructors).</summary>
    public IEnumerable<CredentialSink> EntriesFor(string memberName)
    {
        if (!_byMember.TryGetValue(memberName, out var byType))
        {
            yield break;
        }

        foreach (var list in byType.Values)
        {
            foreach (var sink in list)
            {
                yield return sink;
            }
        }
    }

    /// <summary>The catalogued constructors of types with this simple name (or this name plus <c>Attribute</c>).</summary>
    public IEnumerable<CredentialSink> ConstructorsOf(string typeName)
    {
        if (!_byMember.TryGetValue(CredentialSink.ConstructorName, out var byType))
        {
            yield break;
        }

        foreach (var pair in byType)
        {
            var name = WithoutArity(pair.Key);
            if (name == typeName || name == typeName + "Attribute")
            {
                foreach (var sink in pair.Value)
                {
                    yield return sink;
                }
            }
        }
    }

    /// <summary>The sink that <paramref name="parameterName"/> of <paramref name="member"/> is, if any.</summary>
    public bool TryFind(ISymbol member, string parameterName, out ResolvedSink sink)
    {
        sink = default;
        var name = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? CredentialSink.ConstructorName : member.Name;
        if (!_byMember.TryGetValue(name, out var byType))
        {
            return false;
        }

        for (var current = member; current is not null; current = Overridden(current))
        {
            if (current.ContainingType?.OriginalDefinition is { } type && Match(byType, type, parameterName, out sink))
            {
                return true;
            }
        }

        if (member.IsStatic || member.ContainingType is not { } containing)
        {
            return false;
        }

        foreach (var @interface in containing.AllInterfaces)
        {
            if (!byType.ContainsKey(@interface.MetadataName) || !Match(byType, @interface.OriginalDefinition, parameterName, out var candidate))
            {
                continue;
            }

            foreach (var interfaceMember in @interface.GetMembers(member.Name))
            {
                var implementation = containing.FindImplementationForInterfaceMember(interfaceMember);
                if (SymbolEqualityComparer.Default.Equals(implementation?.OriginalDefinition, member.OriginalDefinition))
                {
                    sink = candidate;
                    return true;
                }
            }
        }

        return false;
    }

    private static bool Match(Dictionary<string, List<CredentialSink>> byType, INamedTypeSymbol type, string parameterName, out ResolvedSink sink)
    {
        sink = default;
        if (!byType.TryGetValue(type.MetadataName, out var candidates))
        {
            return false;
        }

        string? fullName = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Parameter != parameterName)
            {
                continue;
            }

            fullName ??= FullMetadataName(type);
            if (candidate.TypeMetadataName == fullName)
            {
                sink = new ResolvedSink(type, candidate);
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>Namespace.Outer+Inner</c>, as <see cref="Compilation.GetTypeByMetadataName"/> spells it; made once per type
    /// symbol (every sink call of a catalogued type asks for its type's name).
    /// </summary>
    internal static string FullMetadataName(INamedTypeSymbol type) => FullNames.GetValue(type, BuildFullName);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamedTypeSymbol, string> FullNames = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamedTypeSymbol, string>.CreateValueCallback BuildFullName = BuildFullMetadataName;

    private static string BuildFullMetadataName(INamedTypeSymbol type)
    {
        var builder = new StringBuilder(type.MetadataName);
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            builder.Insert(0, outer.MetadataName + "+");
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            builder.Insert(0, ns.Name + ".");
        }

        return builder.ToString();
    }

    /// <summary><c>Box</c> for <c>Box`1</c>: a type's simple name as syntax writes it.</summary>
    internal static string WithoutArity(string metadataName)
    {
        var tick = metadataName.IndexOf('`');
        return tick < 0 ? metadataName : metadataName.Substring(0, tick);
    }

    private static string SimpleName(string metadataName)
    {
        var index = metadataName.LastIndexOfAny(new[] { '.', '+' });
        return index < 0 ? metadataName : metadataName.Substring(index + 1);
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };
}
