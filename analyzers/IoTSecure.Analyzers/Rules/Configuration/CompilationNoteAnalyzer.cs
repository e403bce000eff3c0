using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Configuration;

/// <summary>
/// Base of the configuration rules (IOT0xxx): each looks once at the whole compilation and its options, after the
/// compilation is complete, and reports notes without a source location (configuration has none in the code).
/// </summary>
public abstract class CompilationNoteAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(c =>
        {
            foreach (var arguments in Notes(c.Compilation, c.Options))
            {
                c.ReportDiagnostic(Diagnostic.Create(SupportedDiagnostics[0], Location.None, arguments));
            }
        });
    }

    /// <summary>The message arguments of each note to report for this compilation (none when all is well).</summary>
    private protected abstract IEnumerable<object[]> Notes(Compilation compilation, AnalyzerOptions options);
}
