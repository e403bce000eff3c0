using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Benchmarks;

/// <summary>
/// The cost of the IoTSecure analyzers on a realistic device corpus:
/// <c>dotnet run -c Release --project tests/IoTSecure.Benchmarks</c> prints the corpus size, per-analyzer time from
/// analyzer telemetry and the overall ratio, then runs the BenchmarkDotNet comparison (time and allocations).
/// <c>-- --quick</c> prints the telemetry report only; <c>-- --each</c> runs every analyzer alone (its own work plus
/// all the semantic binding it triggers, which the analyzers otherwise share).
/// <c>-- --own</c> prints the telemetry report with every member body bound before the IoTSecure analyzers run, so each
/// analyzer's time is its own work.
/// <c>-- --profile CredentialSinkAnalyzer 40</c> runs one analyzer alone 40 times over one compilation, its telemetry
/// timing only the analyzer's own actions, repeated long enough to sample with a profiler (dotnet-trace) and to compare
/// two versions of one analyzer (best and median per run); with <c>--serial</c> the compiler binds on one thread, so no
/// compiler thread takes the core from a timed action (steadier A/B numbers on a small machine). The process's CPU time is
/// no measure of the analyzer: each
/// run's driver compiles the member bodies again.
/// <c>-- --direct CredentialSinkAnalyzer 300</c> calls one analyzer's actions directly, without the driver, so that nearly
/// every profiler sample is the analyzer's (see <see cref="DirectRun"/>); with <c>--by-action</c> each of its actions is
/// timed on its own (median a run).
/// <c>-- --write-corpus DIR</c> writes the corpus's files under DIR (to read it, or to build it as a project).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (Array.IndexOf(args, "--write-corpus") is var write and >= 0 && write + 1 < args.Length)
        {
            foreach (var (path, text) in DeviceCorpus.Generate())
            {
                var file = Path.Combine(args[write + 1], path);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                File.WriteAllText(file, text);
            }

            return 0;
        }

        if (args.Contains("--each"))
        {
            Console.WriteLine(TelemetryReport.Standalone(iterations: 3));
            return 0;
        }

        if (Array.IndexOf(args, "--profile") is var at and >= 0 && at + 1 < args.Length)
        {
            var runs = at + 2 < args.Length && int.TryParse(args[at + 2], out var n) ? n : 40;
            Console.WriteLine(TelemetryReport.Repeated(args[at + 1], runs, serial: args.Contains("--serial")));
            return 0;
        }

        if (Array.IndexOf(args, "--direct") is var direct and >= 0 && direct + 1 < args.Length)
        {
            var runs = direct + 2 < args.Length && int.TryParse(args[direct + 2], out var n) ? n : 300;
            Console.WriteLine(DirectRun.Run(args[direct + 1], runs, byAction: args.Contains("--by-action")));
            return 0;
        }

        if (args.Contains("--own"))
        {
            Console.WriteLine(TelemetryReport.Run(iterations: 15, bindFirst: true));
            return 0;
        }

        var report = TelemetryReport.Run(iterations: 15);
        Console.WriteLine(report);
        if (args.Contains("--quick"))
        {
            return 0;
        }

        var config = DefaultConfig.Instance.AddJob(Job.Default.WithWarmupCount(2).WithIterationCount(8)).WithOptions(ConfigOptions.DisableOptimizationsValidator);
        BenchmarkRunner.Run<CompileBenchmarks>(config);
        return 0;
    }
}

/// <summary>Build the corpus (all compiler diagnostics and emit) with and without the IoTSecure analyzers.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private ImmutableArray<SyntaxTree> _trees;
    private ImmutableArray<DiagnosticAnalyzer> _analyzers;

    [GlobalSetup]
    public void Setup()
    {
        _trees = Corpus.Trees();
        _analyzers = Corpus.Analyzers();
    }

    [Benchmark(Baseline = true)]
    public int CompileWithoutAnalyzers() => Corpus.Build(Corpus.Compilation(_trees));

    /// <summary>The analyzer driver with a do-nothing analyzer on the same syntax kinds: what any analyzer costs.</summary>
    [Benchmark]
    public int CompileWithDriverControlOnly()
    {
        var compilation = Corpus.Compilation(_trees);
        return Corpus.Build(compilation) +
               compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DriverControlAnalyzer()), Corpus.Options(false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }

    [Benchmark]
    public int CompileWithIoTSecure()
    {
        var compilation = Corpus.Compilation(_trees);
        return Corpus.Build(compilation) +
               compilation.WithAnalyzers(_analyzers, Corpus.Options(false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
    }
}

/// <summary>
/// A control analyzer that registers for the same syntax kinds and does nothing. It runs first, so the work the
/// analyzer driver does for any syntax-node analyzer in the build (semantic models, declaration walks: shared with the
/// .NET SDK's own analyzers, which are on by default) is charged to it and not to the first IoTSecure analyzer.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DriverControlAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("CTRL0001", "control", "control", "Control", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c => { _ = c.SemanticModel; },
            Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectCreationExpression,
            Microsoft.CodeAnalysis.CSharp.SyntaxKind.SimpleAssignmentExpression, Microsoft.CodeAnalysis.CSharp.SyntaxKind.VariableDeclarator,
            Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression);
    }
}

/// <summary>A control that binds every member body (what an analyzer that asks the semantic model everywhere pays).</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BindEverythingControlAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("CTRL0002", "control", "control", "Control", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterSyntaxNodeAction(
            c =>
            {
                var body = c.Node switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody?.Expression,
                    Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody?.Expression,
                    _ => null,
                };
                if (body is not null)
                {
                    _ = c.SemanticModel.GetOperation(body, c.CancellationToken);
                }
            },
            Microsoft.CodeAnalysis.CSharp.SyntaxKind.MethodDeclaration, Microsoft.CodeAnalysis.CSharp.SyntaxKind.ConstructorDeclaration,
            Microsoft.CodeAnalysis.CSharp.SyntaxKind.GetAccessorDeclaration, Microsoft.CodeAnalysis.CSharp.SyntaxKind.SetAccessorDeclaration);
    }
}

internal static class Corpus
{
    public static ImmutableArray<SyntaxTree> Trees() =>
        DeviceCorpus.Generate().Select(s => CSharpSyntaxTree.ParseText(s.Text, new CSharpParseOptions(LanguageVersion.Latest), s.Path)).ToImmutableArray();

    public static CSharpCompilation Compilation(ImmutableArray<SyntaxTree> trees) =>
        CSharpCompilation.Create("DeviceCorpus", trees, Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        IoTSecureAnalyzers();

    public static ImmutableArray<DiagnosticAnalyzer> WithControl() =>
        IoTSecureAnalyzers().Insert(0, new DriverControlAnalyzer());

    private static ImmutableArray<DiagnosticAnalyzer> IoTSecureAnalyzers() =>
        typeof(IoTSecureAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.Name)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    /// <summary>What a build does without analyzers: all compiler diagnostics, then emit.</summary>
    public static int Build(Compilation compilation)
    {
        var errors = compilation.GetDiagnostics().Length;
        using var peStream = new System.IO.MemoryStream();
        var result = compilation.Emit(peStream);
        return errors + (result.Success ? 0 : 1);
    }

    public static CompilationWithAnalyzersOptions Options(bool telemetry) =>
        new(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: telemetry, reportSuppressedDiagnostics: false);
}

/// <summary>Per-analyzer execution time (analyzer telemetry) against the compile time of the same corpus.</summary>
internal static class TelemetryReport
{
    /// <summary>
    /// Runs the corpus <paramref name="iterations"/> times; each iteration measures, back to back, the compile alone,
    /// compile and analysis with a do-nothing analyzer, with all IoTSecure analyzers, and with telemetry. Every share is
    /// taken within one iteration (so a slow spell on a shared machine slows both sides) and the median over the
    /// iterations is reported next to the best one. The targets are checked on the best run: the cost of the code with
    /// the least interference from the machine; the median shows what a noisy shared machine makes of it.
    /// </summary>
    /// <param name="iterations">Runs measured after one warm-up.</param>
    /// <param name="bindFirst">
    /// Whether a control that binds every method and accessor body runs before the IoTSecure analyzers in the telemetry
    /// runs (<c>--own</c>): each analyzer's time is then its own work, without the binding it would be the first to ask for.
    /// </param>
    public static string Run(int iterations, bool bindFirst = false)
    {
        var trees = Corpus.Trees();
        var analyzers = bindFirst ? Corpus.WithControl().Insert(1, new BindEverythingControlAnalyzer()) : Corpus.WithControl();
        var lines = DeviceCorpus.CountLines(DeviceCorpus.Generate());

        // Warm up the compiler and the analyzers.
        Corpus.Compilation(trees).GetDiagnostics();
        Corpus.Compilation(trees).WithAnalyzers(analyzers, Corpus.Options(true)).GetAllDiagnosticsAsync().GetAwaiter().GetResult();

        var controlOnly = ImmutableArray.Create<DiagnosticAnalyzer>(new DriverControlAnalyzer());
        var iotSecure = Corpus.Analyzers();
        var compile = new List<double>();
        var marginal = new List<double>();
        var driverRuns = new List<double>();
        var iotSecureRuns = new List<double>();
        var perAnalyzer = analyzers.ToDictionary(a => a.GetType().Name, _ => new List<double>());
        var findings = 0;
        var quietRuns = 0;
        for (var i = 0; i < iterations; i++)
        {
            Settle();
            var watch = Stopwatch.StartNew();
            Corpus.Build(Corpus.Compilation(trees));
            compile.Add(watch.Elapsed.TotalMilliseconds);

            var driverOnly = WallClock(trees, controlOnly);
            var withIoTSecure = WallClock(trees, iotSecure);
            driverRuns.Add(driverOnly.TotalMilliseconds);
            iotSecureRuns.Add(withIoTSecure.TotalMilliseconds);
            marginal.Add((withIoTSecure - driverOnly).TotalMilliseconds);

            Settle();
            var compilation = Corpus.Compilation(trees);
            Corpus.Build(compilation);
            Settle();
            var quiet = TryStartNoGC(); // (starting the region collects first: counted from here)
            var collections = GC.CollectionCount(0);
            var result = compilation.WithAnalyzers(analyzers, Corpus.Options(true)).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            quietRuns += GC.CollectionCount(0) == collections ? 1 : 0;
            EndNoGC(quiet);
            findings = result.GetAllDiagnostics().Count(d => d.Id.StartsWith("IOT", StringComparison.Ordinal));
            foreach (var analyzer in analyzers)
            {
                perAnalyzer[analyzer.GetType().Name].Add(result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds);
            }
        }

        var control = perAnalyzer[nameof(DriverControlAnalyzer)];
        perAnalyzer.Remove(nameof(DriverControlAnalyzer));
        var binding = perAnalyzer.TryGetValue(nameof(BindEverythingControlAnalyzer), out var bound) ? bound : null;
        perAnalyzer.Remove(nameof(BindEverythingControlAnalyzer));
        var total = Enumerable.Range(0, iterations).Select(i => perAnalyzer.Values.Sum(times => times[i])).ToList();
        List<double> Shares(List<double> times) => Enumerable.Range(0, iterations).Select(i => 100 * times[i] / compile[i]).ToList();

        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {trees.Length} files, {lines} lines; {findings} IoTSecure findings. {iterations} runs; best and median.");
        text.AppendLine(CultureInfo.InvariantCulture, $"Compile without analyzers (all diagnostics and emit): best {compile.Min():F0} ms, median {Median(compile):F0} ms");
        var marginalShares = Shares(marginal);
        // The best of a difference would pick the luckiest noise; compare the best runs of each side instead.
        var bestMarginal = 100 * (iotSecureRuns.Min() - driverRuns.Min()) / compile.Min();
        text.AppendLine(CultureInfo.InvariantCulture, $"Wall clock of compile + analysis, IoTSecure over a do-nothing analyzer (the bare driver): best runs {bestMarginal:F1} %, median of runs {Median(marginalShares):F1} % of the compile");
        text.AppendLine(CultureInfo.InvariantCulture, $"Telemetry runs without a garbage collection inside them: {quietRuns} of {iterations}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Driver control analyzer (shared cost of any syntax analyzer, not IoTSecure's): {Median(control):F1} ms");
        if (binding is not null)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Bind-everything control, run first (the analyzers' times below are their own work, not binding): {Median(binding):F1} ms");
        }

        text.AppendLine(CultureInfo.InvariantCulture, $"IoTSecure analyzer execution time (telemetry) and share of the compile:{Environment.NewLine}  {"",-40} {"best",8} {"median",8} {"best",7} {"median",9}");
        var shares = perAnalyzer.ToDictionary(p => p.Key, p => Shares(p.Value));
        foreach (var (name, times) in perAnalyzer.OrderByDescending(p => shares[p.Key].Min()))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {name,-40} {times.Min(),6:F1}ms {Median(times),6:F1}ms {shares[name].Min(),6:F2}% {Median(shares[name]),8:F2}%");
        }

        var totalShares = Shares(total);
        text.AppendLine(CultureInfo.InvariantCulture, $"  {"All IoTSecure analyzers",-40} {total.Min(),6:F1}ms {Median(total),6:F1}ms {totalShares.Min(),6:F2}% {Median(totalShares),8:F2}%");
        text.AppendLine(CultureInfo.InvariantCulture, $"Targets (best run): all under 5 % ({(totalShares.Min() < 5 ? "met" : "NOT met")}), each under 1 % ({(shares.Values.All(share => share.Min() < 1) ? "met" : "NOT met")}).");
        text.AppendLine(CultureInfo.InvariantCulture, $"Targets (median run): all under 5 % ({(Median(totalShares) < 5 ? "met" : "NOT met")}), each under 1 % ({(shares.Values.All(share => Median(share) < 1) ? "met" : "NOT met")}).");
        return text.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// Each analyzer alone on a fresh compilation: its execution time including the semantic binding it causes (which,
    /// together, the analyzers share). A bind-everything control shows what binding all member bodies costs.
    /// </summary>
    public static string Standalone(int iterations)
    {
        var trees = Corpus.Trees();
        var compile = TimeSpan.MaxValue;
        for (var i = 0; i < iterations; i++)
        {
            Settle();
            var watch = Stopwatch.StartNew();
            Corpus.Build(Corpus.Compilation(trees));
            compile = Min(compile, watch.Elapsed);
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Compile without analyzers (best of {iterations}): {compile.TotalMilliseconds:F0} ms");
        foreach (var analyzer in Corpus.Analyzers().Insert(0, new BindEverythingControlAnalyzer()))
        {
            var best = TimeSpan.MaxValue;
            for (var i = 0; i < iterations; i++)
            {
                Settle();
                var compilation = Corpus.Compilation(trees);
                Corpus.Build(compilation);
                var result = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), Corpus.Options(true)).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
                best = Min(best, result.AnalyzerTelemetryInfo[analyzer].ExecutionTime);
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"  {analyzer.GetType().Name,-36} {best.TotalMilliseconds,8:F1} ms  {100 * best.TotalMilliseconds / compile.TotalMilliseconds,6:F2} %");
        }

        return text.ToString();
    }

    /// <summary>
    /// One analyzer, named by its type name, run <paramref name="runs"/> times, each over a new compilation of the same
    /// syntax trees (as the editor makes one per keystroke, and as the report does), after a control that binds every
    /// member body of that compilation. Prints the best and median execution time the analyzer driver's telemetry gives
    /// the analyzer's own actions, and the finding count. A new compilation each run matters: what IoTSecure keeps per
    /// compilation (the invocation index, the callers' answers, resolved symbol values) would otherwise be answered from
    /// the first run's cache, and the runs would time only the work done again. The driver compiles the member bodies
    /// again to raise its events, so the process's CPU time is mostly the compiler's and cannot compare two versions of
    /// an analyzer; the telemetry can.
    /// </summary>
    public static string Repeated(string analyzerName, int runs, bool serial = false)
    {
        var analyzer = Corpus.Analyzers().FirstOrDefault(a => a.GetType().Name == analyzerName)
            ?? throw new ArgumentException($"No IoTSecure analyzer is named '{analyzerName}' (for example: CredentialSinkAnalyzer).", nameof(analyzerName));
        var trees = Corpus.Trees();
        Compilation Bound()
        {
            var compilation = Corpus.Compilation(trees);
            if (serial)
            {
                // --serial: the compiler binds on the driver's thread only, so no compiler thread takes the core from an action
                // the telemetry is timing (for A/B comparisons of the analyzer's own code on a small, busy machine)
                compilation = compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));
            }

            _ = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new BindEverythingControlAnalyzer()), Corpus.Options(false))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            return compilation;
        }

        var warm = Bound(); // warm-up: the compiler's and the analyzer's code compiled once, outside the timed runs
        Corpus.Build(warm);
        _ = warm.WithAnalyzers(ImmutableArray.Create(analyzer), Corpus.Options(true)).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
        var times = new List<double>();
        var allocated = new List<double>();
        var cpuOver = new List<double>();
        var findings = 0;
        var control = ImmutableArray.Create<DiagnosticAnalyzer>(new DriverControlAnalyzer());
        for (var i = 0; i < runs; i++)
        {
            var compilation = Bound();

            // The bytes the analyzer allocates: a run with it less a run with the do-nothing control (the driver's own
            // allocations and the compiler's binding of the bodies, which both runs pay).
            Settle();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var quietControl = TryStartNoGC();
            _ = compilation.WithAnalyzers(control, Corpus.Options(true)).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            EndNoGC(quietControl);
            var controlCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var controlBytes = GC.GetTotalAllocatedBytes(precise: true) - before;
            Settle();
            before = GC.GetTotalAllocatedBytes(precise: true);
            cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var quiet = TryStartNoGC(); // as in the report: no collection of the driver's garbage charged to the analyzer
            var result = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), Corpus.Options(true)).GetAnalysisResultAsync(CancellationToken.None).GetAwaiter().GetResult();
            EndNoGC(quiet);
            cpuOver.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu - controlCpu).TotalMilliseconds);
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - before - controlBytes) / 1e6);
            times.Add(result.AnalyzerTelemetryInfo[analyzer].ExecutionTime.TotalMilliseconds);
            findings = result.GetAllDiagnostics().Length;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{analyzerName} alone, {runs} runs: best {times.Min():F1} ms, median {Median(times):F1} ms, {findings} findings; process CPU over the control {Median(cpuOver):F1} ms (median); allocates {Median(allocated):F2} MB a run over the driver (median)");
    }

    /// <summary>
    /// Telemetry times each action with a wall clock, so a garbage collection that starts inside an action (most of the
    /// garbage being the driver's and the binder's) is charged to that analyzer. The telemetry run therefore runs in a
    /// no-GC region when the runtime grants one; allocations are measured separately (BenchmarkDotNet).
    /// </summary>
    private static bool TryStartNoGC()
    {
        try
        {
            return GC.TryStartNoGCRegion(240L * 1024 * 1024);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static void EndNoGC(bool started)
    {
        if (started && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }
    }

    /// <summary>Compile (diagnostics and emit), then run <paramref name="analyzers"/> over the same compilation, as a build with analyzers does.</summary>
    private static TimeSpan WallClock(ImmutableArray<SyntaxTree> trees, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Settle();
        var watch = Stopwatch.StartNew();
        var compilation = Corpus.Compilation(trees);
        Corpus.Build(compilation);
        compilation.WithAnalyzers(analyzers, Corpus.Options(false)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return watch.Elapsed;
    }

    /// <summary>
    /// A full blocking collection before each measured run, so that a collection of the previous run's garbage is not
    /// charged to whichever analyzer happens to be running when it starts.
    /// </summary>
    private static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
