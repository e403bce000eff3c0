using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>
/// Where a catalogued parameter sits in a call with a given number of arguments: the argument position (every
/// position from it on for a <c>params</c> array), and for a header value the position of the header's name.
/// </summary>
internal readonly struct SinkSlot
{
    public SinkSlot(CredentialSink spec, int position, bool isParams, int headerNamePosition)
    {
        Spec = spec;
        Position = position;
        IsParams = isParams;
        HeaderNamePosition = headerNamePosition;
    }

    public CredentialSink Spec { get; }
    public int Position { get; }
    public bool IsParams { get; }

    /// <summary>The position of the <c>name</c> parameter next to a header value; -1 when there is none.</summary>
    public int HeaderNamePosition { get; }

    public bool Holds(int position) => position == Position || (IsParams && position > Position);

    /// <summary>
    /// A header's name parameter beside a header value: <c>name</c> (HttpHeaders, WebHeaderCollection), <c>headerName</c>
    /// (ClientWebSocketOptions) or <c>header</c> (<c>WebHeaderCollection.Add(HttpRequestHeader header, string value)</c>). A
    /// header slot that is itself such a parameter takes the whole line (<c>WebHeaderCollection.Add(string header)</c>:
    /// <c>"Name: value"</c>).
    /// </summary>
    public static bool IsHeaderNameParameter(string name) => name is "name" or "headerName" or "header";
}

/// <summary>
/// The credential sinks that exist in one compilation, and the argument positions their parameters take, worked out
/// from the catalogued types' overloads: one lookup per catalogued type and one per member name and argument count,
/// each cached for the compilation. A call reaches the semantic model only when an argument at such a position could
/// hold what a rule reports; a catalogued member whose type the compilation does not reference costs nothing at all.
/// </summary>
internal sealed class SinkSlots
{
    private const int HeaderNameUnknown = -1;

    private readonly Compilation _compilation;
    private readonly SinkIndex _index;
    private readonly Infrastructure.LockedCache<string, ImmutableArray<INamedTypeSymbol>> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ByArgumentCount> _calls = new(StringComparer.Ordinal);
    private readonly Infrastructure.LockedCache<string, ByArgumentCount> _constructors = new(StringComparer.Ordinal);
    private readonly Infrastructure.LockedCache<string, bool> _properties = new(StringComparer.Ordinal);
    private readonly Lazy<bool> _anyPresent;

    public SinkSlots(Compilation compilation, SinkIndex index, IEnumerable<CredentialSink> all)
    {
        _compilation = compilation;
        _index = index;
        foreach (var member in index.MinimumArguments)
        {
            _calls.Add(member.Key, new ByArgumentCount(member.Value)); // read-only from here on: a lookup takes no lock
        }

        _anyPresent = new Lazy<bool>(() =>
        {
            foreach (var sink in all)
            {
                if (!TypesOf(sink).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>Whether the compilation references any catalogued sink type at all.</summary>
    public bool AnyPresent => _anyPresent.Value;

    /// <summary>
    /// The slots of a method call <c>x.Member(...)</c> with <paramref name="argumentCount"/> arguments; empty, at the cost of
    /// one dictionary miss, for a name the catalogue does not hold or a call with fewer arguments than any of its sinks takes.
    /// </summary>
    public ImmutableArray<SinkSlot> ForCall(string member, int argumentCount) =>
        _calls.TryGetValue(member, out var byCount) && argumentCount >= byCount.Minimum
            ? byCount.Get(argumentCount, this, member, static (slots, name, count) => slots.Compute(slots._index.EntriesFor(name!), name!, count))
            : ImmutableArray<SinkSlot>.Empty;

    /// <summary>The slots of <c>new TypeName(...)</c> or <c>[TypeName(...)]</c>; for <c>new(...)</c> the type is unknown (null).</summary>
    public ImmutableArray<SinkSlot> ForConstructor(string? typeName, int argumentCount) =>
        _constructors.GetOrAdd(typeName ?? string.Empty, static _ => new ByArgumentCount(0)).Get(argumentCount, this, typeName, static (slots, name, count) =>
            slots.Compute(name is null ? slots._index.EntriesFor(CredentialSink.ConstructorName) : slots._index.ConstructorsOf(name), CredentialSink.ConstructorName, count));

    /// <summary>
    /// One member's (or one type's constructors') slots by argument count, each worked out once: an array indexed by the
    /// count, replaced whole when a count is added, so a reader never takes a lock. Counts past <see cref="CachedCounts"/>
    /// (a <c>params</c> call with very many arguments) are worked out at each call, bounding the memory.
    /// </summary>
    private sealed class ByArgumentCount
    {
        private const int CachedCounts = 32;
        private ImmutableArray<SinkSlot>[] _byCount = Array.Empty<ImmutableArray<SinkSlot>>();

        public ByArgumentCount(int minimum) => Minimum = minimum;

        /// <summary>The fewest arguments a call needs to reach one of the member's sinks.</summary>
        public int Minimum { get; }

        public ImmutableArray<SinkSlot> Get(int count, SinkSlots owner, string? name, Func<SinkSlots, string?, int, ImmutableArray<SinkSlot>> compute)
        {
            var known = System.Threading.Volatile.Read(ref _byCount);
            if (count < known.Length && !known[count].IsDefault)
            {
                return known[count];
            }

            var slots = compute(owner, name, count);
            if (count < CachedCounts)
            {
                lock (this)
                {
                    var grown = new ImmutableArray<SinkSlot>[Math.Max(_byCount.Length, count + 1)];
                    Array.Copy(_byCount, grown, _byCount.Length);
                    grown[count] = slots;
                    System.Threading.Volatile.Write(ref _byCount, grown);
                }
            }

            return slots;
        }
    }

    /// <summary>Whether a catalogued property named <paramref name="member"/> belongs to a type this compilation references.</summary>
    public bool HasProperty(string member) =>
        _properties.GetOrAdd(member, name =>
        {
            foreach (var sink in _index.EntriesFor(name))
            {
                if (!TypesOf(sink).IsEmpty)
                {
                    return true;
                }
            }

            return false;
        });

    private ImmutableArray<INamedTypeSymbol> TypesOf(CredentialSink sink) =>
        _types.GetOrAdd(sink.TypeMetadataName, name => TypeNames.ByMetadataName(_compilation, name));

    private ImmutableArray<SinkSlot> Compute(IEnumerable<CredentialSink> entries, string member, int argumentCount)
    {
        var slots = ImmutableArray.CreateBuilder<SinkSlot>();
        foreach (var sink in entries)
        {
            foreach (var type in TypesOf(sink))
            {
                var methods = member == CredentialSink.ConstructorName ? (IEnumerable<ISymbol>)type.InstanceConstructors : type.GetMembers(member);
                foreach (var candidate in methods)
                {
                    if (candidate is not IMethodSymbol method)
                    {
                        continue;
                    }

                    AddSlot(slots, sink, method.Parameters, skip: 0, argumentCount);
                    if (method.IsExtensionMethod)
                    {
                        AddSlot(slots, sink, method.Parameters, skip: 1, argumentCount); // called as receiver.Member(...)
                    }
                }
            }
        }

        return slots.ToImmutable();
    }

    private static void AddSlot(ImmutableArray<SinkSlot>.Builder slots, CredentialSink sink, ImmutableArray<IParameterSymbol> parameters, int skip, int argumentCount)
    {
        if (!Overloads.Accepts(parameters, argumentCount, skip))
        {
            return;
        }

        var position = -1;
        var namePosition = HeaderNameUnknown;
        var isParams = false;
        for (var i = skip; i < parameters.Length; i++)
        {
            if (parameters[i].Name == sink.Parameter)
            {
                position = i - skip;
                isParams = parameters[i].IsParams;
            }
            else if (SinkSlot.IsHeaderNameParameter(parameters[i].Name))
            {
                namePosition = i - skip;
            }
        }

        if (position < 0)
        {
            return;
        }

        var slot = new SinkSlot(sink, position, isParams, namePosition);
        foreach (var existing in slots)
        {
            if (existing.Spec == slot.Spec && existing.Position == slot.Position && existing.IsParams == slot.IsParams && existing.HeaderNamePosition == slot.HeaderNamePosition)
            {
                return;
            }
        }

        slots.Add(slot);
    }
}
