using System;
using System.Collections.Generic;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>
/// A cache an analyzer's actions share within one compilation: a <see cref="Dictionary{TKey, TValue}"/> behind one lock.
/// The analyzers add about as often as they read again, and an uncontended lock with a dictionary add costs a quarter
/// of <see cref="System.Collections.Concurrent.ConcurrentDictionary{TKey, TValue}"/>'s add (measured about 50 ns against
/// 190 ns on the benchmark machine; its node allocation and striped locks are built for contention the driver's actions
/// rarely have). A value is computed outside the lock, so a computation may read the cache again (a resolver following
/// a member into another member); two threads computing the same key keep the first value stored.
/// </summary>
internal sealed class LockedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries;
    private readonly int _maxEntries;

    /// <param name="comparer">How keys are compared (<see cref="Microsoft.CodeAnalysis.SymbolEqualityComparer.Default"/>
    /// for symbols); null for the key type's default.</param>
    /// <param name="maxEntries">For a cache that outlives a compilation (one kept per configuration in a long-lived
    /// editor process): the entries it holds at most; storing one more empties it first. 0 for no bound (a cache that
    /// dies with its compilation).</param>
    public LockedCache(IEqualityComparer<TKey>? comparer = null, int maxEntries = 0)
    {
        _entries = new Dictionary<TKey, TValue>(comparer);
        _maxEntries = maxEntries;
    }

    /// <summary>The value stored for <paramref name="key"/>, if any.</summary>
    public bool TryGetValue(TKey key, out TValue value)
    {
        lock (_entries)
        {
            return _entries.TryGetValue(key, out value!);
        }
    }

    /// <summary>The value stored for <paramref name="key"/>, or <paramref name="compute"/>'s, stored first.</summary>
    public TValue GetOrAdd(TKey key, Func<TKey, TValue> compute)
    {
        if (TryGetValue(key, out var known))
        {
            return known;
        }

        return Store(key, compute(key));
    }

    /// <summary>The value stored for <paramref name="key"/>, or <paramref name="value"/>, stored first.</summary>
    public TValue GetOrAdd(TKey key, TValue value) => TryGetValue(key, out var known) ? known : Store(key, value);

    /// <summary>Stores <paramref name="value"/> unless the key has one; whether it was stored.</summary>
    public bool TryAdd(TKey key, TValue value)
    {
        lock (_entries)
        {
            if (_entries.ContainsKey(key))
            {
                return false;
            }

            if (_maxEntries > 0 && _entries.Count >= _maxEntries)
            {
                _entries.Clear();
            }

            _entries.Add(key, value);
            return true;
        }
    }

    private TValue Store(TKey key, TValue value)
    {
        lock (_entries)
        {
            if (_entries.TryGetValue(key, out var raced))
            {
                return raced;
            }

            if (_maxEntries > 0 && _entries.Count >= _maxEntries)
            {
                _entries.Clear();
            }

            _entries.Add(key, value);
            return value;
        }
    }
}
