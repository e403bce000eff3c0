using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Tests.Infrastructure;

/// <summary>Runs every IoTSecure analyzer over sources with <see cref="CompilationWithAnalyzers"/>, as the compiler does.</summary>
public static class AnalyzerRunner
{
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers() =>
        typeof(IoTSecureAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .OrderBy(t => t.FullName)
            .Select(t => (DiagnosticAnalyzer)System.Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static CSharpCompilation Compile(IEnumerable<string> sources, string assemblyName = "Device") =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"File{i}.cs")),
            Basic.Reference.Assemblies.Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>
    /// Compiles the sources against the library stubs built as a referenced assembly, as device code sees its libraries
    /// (metadata, not source): rules that treat library members differently from the team's own are tested this way.
    /// </summary>
    public static CSharpCompilation CompileAgainstLibraries(IEnumerable<string> sources, IEnumerable<string>? moreLibrarySources = null, string assemblyName = "Device")
    {
        var library = LibraryReference(moreLibrarySources?.ToArray() ?? System.Array.Empty<string>());
        return Compile(sources, assemblyName).AddReferences(library);
    }

    /// <summary>Asserts that <paramref name="source"/> compiles with no error against the shared library stubs (a red team's session shapes).</summary>
    public static void AssertCompilesAgainstLibraries(string source)
    {
        var errors = CompileAgainstLibraries(new[] { source }).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Xunit.Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, MetadataReference> Libraries = new();

    private static MetadataReference LibraryReference(string[] moreLibrarySources) =>
        Libraries.GetOrAdd(string.Join("\0", moreLibrarySources), _ =>
        {
            var library = CSharpCompilation.Create(
                "DeviceLibraries",
                Stubs.All.Concat(moreLibrarySources).Select((s, i) => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest), path: $"Library{i}.cs")),
                Basic.Reference.Assemblies.Net80.References.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
            using var image = new System.IO.MemoryStream();
            var emitted = library.Emit(image);
            if (!emitted.Success)
            {
                throw new System.InvalidOperationException("The library stubs do not compile:\n" + string.Join("\n", emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
            }

            return MetadataReference.CreateFromImage(image.ToArray());
        });

    /// <summary>
    /// Runs every analyzer on each source (broken or half-typed code, huge input), compiled against the stubs and
    /// <paramref name="libraries"/> of its own, and fails listing each source on which an analyzer threw (AD0001).
    /// </summary>
    public static async Task AssertNoAnalyzerThrowsAsync(IEnumerable<(string Source, string[]? Libraries)> sources)
    {
        var failures = new System.Text.StringBuilder();
        foreach (var (source, libraries) in sources)
        {
            try
            {
                await RunAsync(CompileAgainstLibraries(new[] { source }, libraries));
            }
            catch (Exception e)
            {
                failures.AppendLine(source.Substring(0, Math.Min(source.Length, 300)) + "\n  => " +
                                    string.Join("\n", (e.InnerException ?? e).ToString().Split('\n').Take(8)));
            }
        }

        Xunit.Assert.True(failures.Length == 0, failures.ToString());
    }

    /// <summary>
    /// Every cut of <paramref name="source"/> (its first <paramref name="step"/>, 2 x <paramref name="step"/>, ...
    /// characters) and every copy with <paramref name="removed"/> characters taken out at those places: no analyzer throws
    /// on any of them (an editor shows each while the code is typed). Returns how many sources were run.
    /// </summary>
    public static async Task<int> AssertNoAnalyzerThrowsOnCutsAsync(string source, int step, int removed)
    {
        var sources = new List<string>();
        for (var cut = step; cut < source.Length; cut += step)
        {
            sources.Add(source.Substring(0, cut));
            sources.Add(source.Remove(cut, System.Math.Min(removed, source.Length - cut)));
        }

        await AssertNoAnalyzerThrowsAsync(sources);
        return sources.Count;
    }

    /// <summary>As <see cref="AssertNoAnalyzerThrowsAsync(IEnumerable{ValueTuple{string, string[]}})"/>, every source against the same libraries.</summary>
    public static Task AssertNoAnalyzerThrowsAsync(IEnumerable<string> sources, string[]? libraries = null) =>
        AssertNoAnalyzerThrowsAsync(sources.Select(source => (source, libraries)));

    /// <summary>The analyzer diagnostics, in a stable order. An analyzer exception fails the call (it would be AD0001 for a user).</summary>
    public static async Task<ImmutableArray<Diagnostic>> RunAsync(Compilation compilation, bool concurrent = true, CancellationToken cancellationToken = default)
    {
        var exceptions = new System.Collections.Concurrent.ConcurrentQueue<System.Exception>();
        var withAnalyzers = compilation.WithAnalyzers(AllAnalyzers(), Options(exceptions, concurrent, telemetry: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
        ThrowIfAnyThrew(exceptions, diagnostics);
        return diagnostics
            .OrderBy(d => d.Location.SourceTree?.FilePath)
            .ThenBy(d => d.Location.SourceSpan.Start)
            .ThenBy(d => d.Id)
            .ToImmutableArray();
    }

    /// <summary>
    /// The milliseconds all IoTSecure analyzers' own actions take on <paramref name="compilation"/> (the driver's telemetry,
    /// summed; sequential), without the compiler's work the driver does beside them. An analyzer exception fails the call,
    /// as in <see cref="RunAsync"/>: a run cut short by a crash must not pass for a fast one.
    /// </summary>
    public static async Task<double> AnalyzerTimeAsync(Compilation compilation, CancellationToken cancellationToken = default)
    {
        var exceptions = new System.Collections.Concurrent.ConcurrentQueue<System.Exception>();
        var result = await compilation.WithAnalyzers(AllAnalyzers(), Options(exceptions, concurrent: false, telemetry: true)).GetAnalysisResultAsync(cancellationToken);
        ThrowIfAnyThrew(exceptions, result.GetAllDiagnostics());
        return result.AnalyzerTelemetryInfo.Values.Sum(time => time.ExecutionTime.TotalMilliseconds);
    }

    private static CompilationWithAnalyzersOptions Options(System.Collections.Concurrent.ConcurrentQueue<System.Exception> exceptions, bool concurrent, bool telemetry) =>
        new(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (exception, analyzer, diagnostic) => exceptions.Enqueue(new System.InvalidOperationException(analyzer.GetType().Name + " threw on " + diagnostic.Location, exception)),
            concurrentAnalysis: concurrent,
            logAnalyzerExecutionTime: telemetry,
            reportSuppressedDiagnostics: false);

    private static void ThrowIfAnyThrew(System.Collections.Concurrent.ConcurrentQueue<System.Exception> exceptions, ImmutableArray<Diagnostic> diagnostics)
    {
        if (!exceptions.IsEmpty || diagnostics.Any(d => d.Id == "AD0001"))
        {
            throw new System.AggregateException("An IoTSecure analyzer threw", exceptions);
        }
    }
}
