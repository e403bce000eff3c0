using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers.Core;

/// <summary>A catalogue entry whose type this compilation references.</summary>
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
/// The credential sinks of one compilation, indexed by member name so that a call to an unrelated method
/// costs one dictionary miss. Built once per compilation by <see cref="IoTSecureContext"/>.
/// </summary>
internal sealed class SinkIndex
{
    private readonly Dictionary<string, ImmutableArray<ResolvedSink>> _byMember;

    private SinkIndex(Dictionary<string, ImmutableArray<ResolvedSink>> byMember) => _byMember = byMember;

    public bool IsEmpty => _byMember.Count == 0;

    public static SinkIndex Build(Compilation compilation, IEnumerable<CredentialSink> sinks)
    {
        var lists = new Dictionary<string, ImmutableArray<ResolvedSink>.Builder>();
        foreach (var sink in sinks)
        {
            var type = compilation.GetTypeByMetadataName(sink.TypeMetadataName);
            if (type is null)
            {
                continue;
            }

            if (!lists.TryGetValue(sink.Member, out var list))
            {
                lists[sink.Member] = list = ImmutableArray.CreateBuilder<ResolvedSink>();
            }

            list.Add(new ResolvedSink(type, sink));
        }

        var byMember = new Dictionary<string, ImmutableArray<ResolvedSink>>(lists.Count);
        foreach (var pair in lists)
        {
            byMember[pair.Key] = pair.Value.ToImmutable();
        }

        return new SinkIndex(byMember);
    }

    /// <summary>
    /// The sink that <paramref name="parameter"/> of <paramref name="member"/> is, if any. A member matches when it
    /// is declared by the catalogued type, overrides such a member, or implements such an interface member.
    /// </summary>
    public bool TryFind(ISymbol member, string parameterName, out ResolvedSink sink)
    {
        sink = default;
        var name = member is IMethodSymbol { MethodKind: MethodKind.Constructor } ? CredentialSink.ConstructorName : member.Name;

        if (!_byMember.TryGetValue(name, out var candidates))
        {
            return false;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Spec.Parameter != parameterName)
            {
                continue;
            }

            if (Matches(member, candidate.Type))
            {
                sink = candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some catalogue entry is named <paramref name="memberName"/>: the cheap first test.</summary>
    public bool HasMember(string memberName) => _byMember.ContainsKey(memberName);

    private static bool Matches(ISymbol member, INamedTypeSymbol type)
    {
        for (var current = member; current is not null; current = Overridden(current))
        {
            if (SymbolEqualityComparer.Default.Equals(current.ContainingType?.OriginalDefinition, type))
            {
                return true;
            }
        }

        if (type.TypeKind == TypeKind.Interface && member.ContainingType is { } containing && !member.IsStatic)
        {
            foreach (var interfaceMember in type.GetMembers(member.Name))
            {
                var implementation = containing.FindImplementationForInterfaceMember(interfaceMember);
                if (SymbolEqualityComparer.Default.Equals(implementation?.OriginalDefinition, member.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static ISymbol? Overridden(ISymbol symbol) => symbol switch
    {
        IMethodSymbol method => method.OverriddenMethod,
        IPropertySymbol property => property.OverriddenProperty,
        _ => null,
    };
}
