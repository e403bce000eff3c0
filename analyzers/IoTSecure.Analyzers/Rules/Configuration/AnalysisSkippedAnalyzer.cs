using System.Collections.Generic;
using System.Collections.Immutable;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Configuration;

/// <summary>
/// IOT0001: says, in the compiler's log, that the IoTSecure rules skipped a compilation because its analyzer
/// configuration marks it as a test project. Without it a skipped compile and a clean one look the same to the pack
/// gate, which reads the log (PSTI Schedule 4, CRA Annex II: claim only what was checked). Info level: invisible in a
/// console build of a real test project, present in its SARIF log.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AnalysisSkippedAnalyzer : CompilationNoteAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.AnalysisSkipped);

    private protected override IEnumerable<(Location, object[])> Notes(Compilation compilation, AnalyzerOptions options, AnalyzerSettings settings)
    {
        if (!settings.AnalyzeCompilation)
        {
            yield return (Location.None, new object[] { compilation.AssemblyName ?? "(unnamed)", "; set iotsecure.analyze_test_projects = true, or <IoTDevice>true</IoTDevice> for device software" });
        }
    }
}
