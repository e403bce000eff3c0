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
    /// The time in milliseconds the IoTSecure analyzers' own actions take on <paramref name="source"/>, compiled against the
    /// stubs (<see cref="AnalyzerRunner.AnalyzerTimeAsync"/>): for an input whose shape costs the compiler itself far more on
    /// one side (300 local functions calling each other against the declaration order cost its definite-assignment pass
    /// seconds that the baseline's order does not), which the driver's wall clock would count.
    /// </summary>
    public static Task<double> AnalyzerTimeAsync(string source) =>
        AnalyzerRunner.AnalyzerTimeAsync(AnalyzerRunner.CompileAgainstLibraries(new[] { source }));

    /// <summary>The median in milliseconds of three <see cref="AnalyzerTimeAsync"/> runs.</summary>
    public static Task<double> AnalyzerMedianOfThreeAsync(string source) => MedianOfThreeAsync(() => AnalyzerTimeAsync(source));

    /// <summary>
    /// The median in milliseconds of three <see cref="TimeAsync"/> runs on <paramref name="source"/>: one run of a baseline
    /// ranged from 170 to 650 ms on the same machine, which moved a guard's bound by more than a second.
    /// </summary>
    public static Task<double> MedianOfThreeAsync(string source) => MedianOfThreeAsync(() => TimeAsync(source));

    /// <summary>
    /// The guard itself: warms up on <paramref name="warmUp"/> (a small input of the shape), times <paramref name="baseline"/>
    /// (median of three) and <paramref name="shape"/>, and fails when the shape takes more than 120 s or more than three
    /// times the baseline and two seconds. <paramref name="label"/> names the shape in the failure message.
    /// </summary>
    public static async Task AssertNoBlowUpAsync(string warmUp, string baseline, string shape, string label)
    {
        await TimeAsync(warmUp);
        var baselineTime = await MedianOfThreeAsync(baseline);
        var run = TimeAsync(shape);
        var finished = await Task.WhenAny(run, Task.Delay(System.TimeSpan.FromSeconds(120)));
        Xunit.Assert.True(finished == run, $"baseline {baselineTime:F0} ms, {label}: more than 120 s");
        var shapeTime = await run;
        Xunit.Assert.True(shapeTime < 3 * baselineTime + 2000, $"baseline {baselineTime:F0} ms, {label} {shapeTime:F0} ms");
    }

    private static async Task<double> MedianOfThreeAsync(System.Func<Task<double>> time)
    {
        var runs = new[] { await time(), await time(), await time() };
        System.Array.Sort(runs);
        return runs[1];
    }

    /// <summary>
    /// A mesh type whose Wi-Fi key member is written by 16 wiring methods from 16 hop members of other mesh objects, each
    /// written by 16 methods from 16 relay members, each written by 16 methods with one shared constant
    /// (<paramref name="secret"/>: one finding a sink), the key read at <paramref name="sinks"/> sinks. The members are
    /// declared by <paramref name="declaration"/> (<c>"public string {0};"</c> for fields, <c>"public string {0} {{ get; set; }}"</c>
    /// for properties) and named as secrets when <paramref name="followed"/>, as tags otherwise (not followed: the
    /// baseline); <paramref name="interpolated"/> reads the key inside an interpolation (a reading) at each sink.
    /// </summary>
    public static string MeshChain(string declaration, bool followed, int sinks, string secret, bool interpolated = false)
    {
        var word = followed ? "Psk" : "Tag";
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("public sealed class Mesh");
        sb.AppendLine("{");
        sb.AppendLine("    " + string.Format(System.Globalization.CultureInfo.InvariantCulture, declaration, "Mesh" + word));
        for (var h = 0; h < 16; h++)
        {
            sb.AppendLine("    " + string.Format(System.Globalization.CultureInfo.InvariantCulture, declaration, $"Hop{word}{h}"));
            sb.AppendLine("    " + string.Format(System.Globalization.CultureInfo.InvariantCulture, declaration, $"Relay{word}{h}"));
        }

        sb.AppendLine("}");
        sb.AppendLine($"public static class Seed {{ public const string MeshKey = \"{secret}\"; }}");
        sb.AppendLine("public static class Wiring");
        sb.AppendLine("{");
        for (var h = 0; h < 16; h++)
        {
            sb.AppendLine($"    public static void Key{h}(Mesh a, Mesh b) {{ a.Mesh{word} = b.Hop{word}{h}; }}");
            for (var m = 0; m < 16; m++)
            {
                sb.AppendLine($"    public static void Hop{h}x{m}(Mesh a, Mesh b) {{ a.Hop{word}{h} = b.Relay{word}{m}; }}");
                sb.AppendLine($"    public static void Relay{h}x{m}(Mesh a) {{ a.Relay{word}{h} = Seed.MeshKey; }}");
            }
        }

        var read = interpolated ? $"$\"{{a.Mesh{word}}}\"" : $"a.Mesh{word}";
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"    public static bool Join{s}(Mesh a) => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(\"mesh-{s}\", {read});");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }
}
