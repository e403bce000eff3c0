using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace IoTSecure.Analyzers.Tests.Infrastructure;

/// <summary>
/// Analyzer and code-fix tests on the Roslyn testing libraries, offline: .NET 8 reference assemblies come from
/// Basic.Reference.Assemblies, never from a package download at test time.
/// </summary>
public static class Verify<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Error);

    public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new DiagnosticResult(descriptor);

    /// <summary>Analyzes <paramref name="sources"/> (the test file first, stubs and other files after).</summary>
    public static Task AnalyzerAsync(IEnumerable<string> sources, params DiagnosticResult[] expected) =>
        AnalyzerAsync(sources, globalConfig: null, expected);

    public static async Task AnalyzerAsync(IEnumerable<string> sources, string? globalConfig, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        var index = 0;
        foreach (var source in sources)
        {
            test.TestState.Sources.Add(($"/0/File{index++}.cs", source));
        }

        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected) =>
        AnalyzerAsync(new[] { source }, expected);

    private sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest() => Offline.Configure(this);
    }
}

public static class Verify<TAnalyzer, TFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFix : CodeFixProvider, new()
{
    /// <summary>
    /// Applies the fix diagnostic by diagnostic, then checks Fix All in document, project and solution scope.
    /// </summary>
    public static async Task FixAsync(
        IEnumerable<(string Name, string Source)> sources,
        IEnumerable<(string Name, string Source)> fixedSources,
        DiagnosticResult[] expected,
        DiagnosticResult[]? remaining = null,
        int? incrementalIterations = null,
        int? fixAllIterations = null,
        bool compilationEnd = false)
    {
        var test = new FixTest();
        if (compilationEnd)
        {
            // Compilation-end diagnostics are not local to a document; IDEs still offer their fixes.
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
        }

        foreach (var source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (var source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        if (remaining is not null)
        {
            test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        }

        if (incrementalIterations is { } incremental)
        {
            test.NumberOfIncrementalIterations = incremental;
        }

        if (fixAllIterations is { } fixAll)
        {
            test.NumberOfFixAllIterations = fixAll;
            test.NumberOfFixAllInDocumentIterations = fixAll;
            test.NumberOfFixAllInProjectIterations = fixAll;
        }

        await test.RunAsync();
    }

    private sealed class FixTest : CSharpCodeFixTest<TAnalyzer, TFix, DefaultVerifier>
    {
        public FixTest() => Offline.Configure(this);
    }
}

internal static class Offline
{
    public static void Configure<TVerifier>(AnalyzerTest<TVerifier> test)
        where TVerifier : IVerifier, new()
    {
        test.ReferenceAssemblies = new ReferenceAssemblies("net8.0");
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
    }
}
