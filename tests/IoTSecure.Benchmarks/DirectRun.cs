using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// The contexts' public constructors are marked obsolete to steer analyzers' tests to CompilationWithAnalyzers; calling
// the actions without the driver is this mode's purpose.
#pragma warning disable CS0618

namespace IoTSecure.Benchmarks;

/// <summary>
/// <c>-- --direct CredentialSinkAnalyzer 300</c>: one analyzer's actions called directly, without the analyzer driver,
/// over a new compilation of the corpus each run. The driver's report (<c>--profile</c>) compiles every member body
/// again in each run, so a sampling profiler sees the analyzer in about one sample in fifty; here nearly every sample is
/// the analyzer's (its actions and the binding they ask for), and the stopwatch times only its actions.
/// </summary>
/// <remarks>
/// The analyzer's compilation-start, syntax-node and compilation-end actions run in the driver's order: the start
/// action, every registered node of every tree in document order, then the end actions. Only those three kinds of
/// registration are supported (what the credential, derived-password and secret-token passes use); an analyzer that
/// registers another kind is refused with its name. The per-node list is built once (the trees are the same in every
/// run, as in the report), so the walk is not timed.
/// </remarks>
internal static class DirectRun
{
    /// <param name="byAction">
    /// Whether each of the analyzer's own actions bundled under one syntax kind (IoTSecure's <c>SyntaxActions</c> registers
    /// one driver action per kind) is timed on its own, read from the bundle by reflection: a probe for where a pass's time
    /// goes, with a stopwatch read around every action.
    /// </param>
    public static string Run(string analyzerName, int runs, bool byAction = false)
    {
        var analyzer = Corpus.Analyzers().FirstOrDefault(a => a.GetType().Name == analyzerName)
            ?? throw new ArgumentException($"No IoTSecure analyzer is named '{analyzerName}' (for example: CredentialSinkAnalyzer).", nameof(analyzerName));
        var trees = Corpus.Trees();
        var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
        var host = new Host();
        analyzer.Initialize(host);
        var supported = analyzer.SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        bool IsSupported(Diagnostic d) => supported.Contains(d.Id);

        List<(SyntaxTree Tree, SyntaxNode[] Nodes)>? nodes = null;
        var times = new List<double>();
        var byKindTicks = new Dictionary<SyntaxKind, long>();
        var byActionTicks = new Dictionary<(SyntaxKind Kind, string Name), List<long>>();
        var runActionTicks = new Dictionary<(SyntaxKind Kind, string Name), long>();
        var calls = new Dictionary<(SyntaxKind Kind, string Name), int>();
        var probe = Stopwatch.StartNew();
        Action<SyntaxNodeAnalysisContext> nothing = _ => { };
        long probeTicks = 0;
        for (var n = 0; n < 200_000; n++)
        {
            var probeStarts = probe.ElapsedTicks;
            nothing(default);
            probeTicks += probe.ElapsedTicks - probeStarts;
        }

        var overheadMs = probeTicks * 1000.0 / Stopwatch.Frequency / 200_000; // the stopwatch reads around one action
        var startAndEndTicks = new long[2];
        var findings = 0;
        for (var i = -3; i < runs; i++)
        {
            var compilation = Corpus.Compilation(trees);
            runActionTicks.Clear();
            _ = compilation.GetDeclarationDiagnostics(); // the symbols the driver's compile has declared before any action runs
            var start = new Start(compilation, options);
            var found = 0;
            void Report(Diagnostic d) => Interlocked.Increment(ref found);
            var watch = Stopwatch.StartNew();
            foreach (var action in host.StartActions)
            {
                action(start);
            }

            watch.Stop();
            var startTicks = watch.ElapsedTicks;
            nodes ??= trees.Select(t => (t, t.GetRoot().DescendantNodesAndSelf().Where(n => start.NodeActions.ContainsKey(n.Kind())).ToArray())).ToList();
            var models = trees.ToDictionary(t => t, t => compilation.GetSemanticModel(t));
            BindAll(models);
            watch.Start();
            foreach (var (tree, treeNodes) in nodes)
            {
                var model = models[tree];
                foreach (var node in treeNodes)
                {
                    var context = new SyntaxNodeAnalysisContext(node, model, options, Report, IsSupported, CancellationToken.None);
                    var kind = node.Kind();
                    var before = watch.ElapsedTicks;
                    if (byAction && Expanded(start.NodeActions[kind]) is { } expanded)
                    {
                        using var scope = IoTSecure.Analyzers.Values.SyntacticValues.CallersFrom(expanded.Invocations);
                        foreach (var (name, action) in expanded.Actions)
                        {
                            var actionStarts = watch.ElapsedTicks;
                            action(context);
                            var actionTicks = watch.ElapsedTicks - actionStarts;
                            if (i >= 0)
                            {
                                var key = (kind, name);
                                runActionTicks[key] = (runActionTicks.TryGetValue(key, out var spent) ? spent : 0) + actionTicks;
                                if (i == 0)
                                {
                                    calls[key] = (calls.TryGetValue(key, out var count) ? count : 0) + 1;
                                }
                            }
                        }
                    }
                    else
                    {
                        foreach (var action in start.NodeActions[kind])
                        {
                            action(context);
                        }
                    }

                    if (i >= 0)
                    {
                        byKindTicks[kind] = (byKindTicks.TryGetValue(kind, out var sum) ? sum : 0) + (watch.ElapsedTicks - before);
                    }
                }
            }

            var endStarts = watch.ElapsedTicks;
            var end = new CompilationAnalysisContext(compilation, options, Report, IsSupported, CancellationToken.None);
            foreach (var action in start.EndActions)
            {
                action(end);
            }

            watch.Stop();
            if (i >= 0)
            {
                foreach (var (key, spent) in runActionTicks)
                {
                    if (!byActionTicks.TryGetValue(key, out var list))
                    {
                        byActionTicks[key] = list = new List<long>();
                    }

                    list.Add(spent);
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
                startAndEndTicks[0] += startTicks;
                startAndEndTicks[1] += watch.ElapsedTicks - endStarts;
            }

            findings = found;
        }

        times.Sort();
        static double MedianMs(List<long> ticks)
        {
            var sorted = ticks.OrderBy(t => t).ToList();
            return sorted[sorted.Count / 2] * 1000.0 / Stopwatch.Frequency;
        }

        double Mean(long ticks) => ticks * 1000.0 / Stopwatch.Frequency / runs;
        var byKind = nodes!.SelectMany(t => t.Nodes).GroupBy(n => n.Kind()).OrderByDescending(g => byKindTicks.TryGetValue(g.Key, out var t) ? t : 0)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count()} nodes {Mean(byKindTicks.TryGetValue(g.Key, out var t) ? t : 0):F2} ms"));
        var actionsLine = byAction
            ? Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"By action (median a run, less {overheadMs * 1e6:F0} ns of stopwatch reads a call): ") +
              string.Join("; ", byActionTicks.Select(p => (p.Key, Median: MedianMs(p.Value) - (overheadMs * calls.GetValueOrDefault(p.Key)))).OrderByDescending(p => p.Median)
                  .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key.Kind} {p.Key.Name} {p.Median:F2} ms ({calls.GetValueOrDefault(p.Key)} calls)")))
            : string.Empty;
        return actionsLine + Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"{analyzerName} called directly, {runs} runs: best {times[0]:F2} ms, median {times[times.Count / 2]:F2} ms, 90th percentile {times[times.Count * 9 / 10]:F2} ms; {findings} findings reported (before the driver's suppression and severity filters).{Environment.NewLine}Mean a run: compilation start {Mean(startAndEndTicks[0]):F2} ms, compilation end {Mean(startAndEndTicks[1]):F2} ms; by node kind: {string.Join("; ", byKind)}");
    }

    /// <summary>
    /// Binds every member body and initializer through the models the actions are given, untimed. In a build, the
    /// driver's compile binds each body once and hands its bound tree to the semantic model the analyzers query, so an
    /// analyzer's <c>GetOperation</c> does not bind; without this, binding would be most of what a run times.
    /// </summary>
    private static void BindAll(Dictionary<SyntaxTree, SemanticModel> models)
    {
        foreach (var (tree, model) in models)
        {
            foreach (var node in tree.GetRoot().DescendantNodes(n => n is not Microsoft.CodeAnalysis.CSharp.Syntax.BlockSyntax))
            {
                var body = node switch
                {
                    Microsoft.CodeAnalysis.CSharp.Syntax.BaseMethodDeclarationSyntax m => (SyntaxNode?)m.Body ?? m.ExpressionBody?.Expression,
                    Microsoft.CodeAnalysis.CSharp.Syntax.AccessorDeclarationSyntax a => (SyntaxNode?)a.Body ?? a.ExpressionBody?.Expression,
                    Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax p => (SyntaxNode?)p.ExpressionBody?.Expression ?? p.Initializer?.Value,
                    Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax { Parent.Parent: Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax } v => v.Initializer?.Value,
                    _ => null,
                };
                if (body is not null)
                {
                    _ = model.GetOperation(body);
                }
            }
        }
    }

    private static readonly Dictionary<Action<SyntaxNodeAnalysisContext>, (IoTSecure.Analyzers.Values.InvocationIndex? Invocations, (string Name, Action<SyntaxNodeAnalysisContext> Action)[] Actions)?> Bundles = new();

    /// <summary>The actions inside one of <c>SyntaxActions</c>' bundles (its closure's action array and invocation index), or null for another delegate.</summary>
    private static (IoTSecure.Analyzers.Values.InvocationIndex? Invocations, (string Name, Action<SyntaxNodeAnalysisContext> Action)[] Actions)? Expanded(List<Action<SyntaxNodeAnalysisContext>> registered)
    {
        if (registered.Count != 1)
        {
            return null;
        }

        var bundle = registered[0];
        if (Bundles.TryGetValue(bundle, out var known))
        {
            return known;
        }

        var fields = bundle.Target?.GetType().GetFields(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic);
        var array = fields?.FirstOrDefault(f => f.FieldType == typeof(Action<SyntaxNodeAnalysisContext>[]))?.GetValue(bundle.Target) as Action<SyntaxNodeAnalysisContext>[];
        var index = fields?.FirstOrDefault(f => f.FieldType == typeof(IoTSecure.Analyzers.Values.InvocationIndex))?.GetValue(bundle.Target) as IoTSecure.Analyzers.Values.InvocationIndex;
        (IoTSecure.Analyzers.Values.InvocationIndex?, (string, Action<SyntaxNodeAnalysisContext>)[])? expanded = array is null
            ? null
            : (index, array.Select((a, n) => ($"#{n} {Outer(a.Method.DeclaringType)}.{a.Method.Name}", a)).ToArray());
        Bundles[bundle] = expanded;
        return expanded;

        static string Outer(Type? type)
        {
            while (type?.DeclaringType is not null && type.Name.StartsWith("<", StringComparison.Ordinal))
            {
                type = type.DeclaringType;
            }

            return type?.Name ?? "?";
        }
    }

    private static Exception Unsupported(string registration) =>
        new NotSupportedException($"--direct runs compilation-start, syntax-node and compilation-end actions only; the analyzer registered {registration}.");

    private sealed class Host : AnalysisContext
    {
        public List<Action<CompilationStartAnalysisContext>> StartActions { get; } = new();

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => StartActions.Add(action);

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) { }

        public override void EnableConcurrentExecution() { }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => throw Unsupported("a compilation action");

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("a semantic-model action");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported("a symbol action");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("a code-block start action");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("a code-block action");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported("a syntax-tree action");

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) => throw Unsupported("a syntax-node action outside a compilation start");
    }

    private sealed class Start : CompilationStartAnalysisContext
    {
        public Start(Compilation compilation, AnalyzerOptions options)
            : base(compilation, options, CancellationToken.None)
        {
        }

        public Dictionary<SyntaxKind, List<Action<SyntaxNodeAnalysisContext>>> NodeActions { get; } = new();

        public List<Action<CompilationAnalysisContext>> EndActions { get; } = new();

        public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => EndActions.Add(action);

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
            foreach (var kind in syntaxKinds)
            {
                var key = (SyntaxKind)(object)kind;
                if (!NodeActions.TryGetValue(key, out var list))
                {
                    NodeActions[key] = list = new List<Action<SyntaxNodeAnalysisContext>>();
                }

                list.Add(action);
            }
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => throw Unsupported("a semantic-model action");

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) => throw Unsupported("a symbol action");

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => throw Unsupported("a code-block start action");

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => throw Unsupported("a code-block action");

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => throw Unsupported("a syntax-tree action");
    }
}
