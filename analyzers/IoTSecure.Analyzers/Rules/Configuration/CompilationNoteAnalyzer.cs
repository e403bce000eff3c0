using System.Collections.Generic;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Configuration;

/// <summary>
/// Base of the configuration rules (IOT0xxx): each looks once at the whole compilation and its settings, after the
/// compilation is complete, and reports notes at the configuration file and line that caused them when the build
/// passed that file to the compiler (the package passes the analyzer config files and the team sink file as
/// AdditionalFiles), else without a location.
/// </summary>
public abstract class CompilationNoteAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationAction(c =>
        {
            var settings = AnalyzerSettings.Read(c.Options, c.CancellationToken);
            foreach (var (location, arguments) in Notes(c.Compilation, c.Options, settings))
            {
                c.ReportDiagnostic(Diagnostic.Create(SupportedDiagnostics[0], location, arguments));
            }
        });
    }

    /// <summary>Where and with which message arguments each note is reported for this compilation (none when all is well).</summary>
    private protected abstract IEnumerable<(Location Location, object[] Arguments)> Notes(Compilation compilation, AnalyzerOptions options, AnalyzerSettings settings);
}
