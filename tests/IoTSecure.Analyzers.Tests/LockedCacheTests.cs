using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Tests;

/// <summary>The analyzers' per-compilation cache: one value per key, computed outside its lock.</summary>
public class LockedCacheTests
{
    [Fact]
    public void A_computation_may_read_the_cache_again()
    {
        var cache = new LockedCache<int, int>();
        int Depth(int n) => cache.GetOrAdd(n, k => k == 0 ? 0 : Depth(k - 1) + 1); // a resolver following a member into another
        Assert.Equal(50, Depth(50));
        Assert.True(cache.TryGetValue(25, out var middle) && middle == 25);
    }

    [Fact]
    public void The_first_value_stored_for_a_key_is_kept()
    {
        var cache = new LockedCache<string, string>(System.StringComparer.OrdinalIgnoreCase);
        Assert.True(cache.TryAdd("Key", "first"));
        Assert.False(cache.TryAdd("KEY", "second"));
        Assert.Equal("first", cache.GetOrAdd("key", "third"));
        Assert.Equal("first", cache.GetOrAdd("kEy", _ => "fourth"));
        Assert.False(cache.TryGetValue("other", out _));
    }

    [Fact]
    public void Threads_racing_for_one_key_all_see_one_value()
    {
        var cache = new LockedCache<int, object>();
        var seen = Enumerable.Range(0, 64).AsParallel().Select(_ => cache.GetOrAdd(7, _ => new object())).Distinct().Count();
        Assert.Equal(1, seen);
    }
}
