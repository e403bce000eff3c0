using System.Diagnostics;
using System.Threading.Tasks;

namespace IoTSecure.Analyzers.Tests.Infrastructure;

/// <summary>
/// The test collection of the red teams' cost guards: each compares the analyzers' time on a generated input that once
/// blew up (helpers calling each other from many places, thousands of writes read at hundreds of sinks, a literal of
/// thousands of pairs) with a baseline of the same size where only a name differs, and fails on a blow-up (more than
/// three times the baseline and two seconds). They guard the complexity class, not a speed target (those are met in the
/// benchmark project), and run with no other test beside them, so a busy machine slows both sides alike.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CostGuards
{
    public const string Name = "Cost guards";

    /// <summary>The time in milliseconds all analyzers take on <paramref name="source"/>, compiled against the stubs (the compile is not timed).</summary>
    public static async Task<double> TimeAsync(string source)
    {
        var compilation = AnalyzerRunner.CompileAgainstLibraries(new[] { source });
        var watch = Stopwatch.StartNew();
        await AnalyzerRunner.RunAsync(compilation);
        return watch.Elapsed.TotalMilliseconds;
    }

    /// <summary>
    /// The median in milliseconds of three <see cref="TimeAsync"/> runs on <paramref name="source"/>: one run of a baseline
    /// ranged from 170 to 650 ms on the same machine, which moved a guard's bound by more than a second.
    /// </summary>
    public static async Task<double> MedianOfThreeAsync(string source)
    {
        var runs = new[] { await TimeAsync(source), await TimeAsync(source), await TimeAsync(source) };
        System.Array.Sort(runs);
        return runs[1];
    }
}
