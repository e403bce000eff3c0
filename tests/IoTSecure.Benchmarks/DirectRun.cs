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
    public static string Run(string analyzerName, int runs)
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
        var findings = 0;
        for (var i = -3; i < runs; i++)
        {
            var compilation = Corpus.Compilation(trees);
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
                    foreach (var action in start.NodeActions[node.Kind()])
                    {
                        action(context);
                    }
                }
            }

            var end = new CompilationAnalysisContext(compilation, options, Report, IsSupported, CancellationToken.None);
            foreach (var action in start.EndActions)
            {
                action(end);
            }

            watch.Stop();
            if (i >= 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            findings = found;
        }

        times.Sort();
        var byKind = nodes!.SelectMany(t => t.Nodes).GroupBy(n => n.Kind()).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        return string.Create(CultureInfo.InvariantCulture, $"{analyzerName} called directly, {runs} runs: best {times[0]:F2} ms, median {times[times.Count / 2]:F2} ms, 90th percentile {times[times.Count * 9 / 10]:F2} ms; {findings} findings reported (before the driver's suppression and severity filters); nodes a run by kind: {string.Join(", ", byKind)}");
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
