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
/// IOT0002: the team's <c>iotsecure.placeholder_patterns</c> is not used because it is not a regular expression or it
/// matches working secrets (a catch-all such as <c>.*</c> would turn every hard-coded secret into a placeholder
/// warning). Reported once per compilation, at the option's line when the build passed its file; the pattern is dropped, so the credential rules keep
/// their built-in judgement (ETSI EN 303 645 5.1-1).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusablePlaceholderPatternAnalyzer : CompilationNoteAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnusablePlaceholderPattern);

    private protected override IEnumerable<(Location, object[])> Notes(Compilation compilation, AnalyzerOptions options, AnalyzerSettings settings)
    {
        if (settings.PlaceholderPatternProblem is { } problem)
        {
            yield return (settings.LocateOption(Detection.Configuration.TeamOptions.PlaceholderPatterns, inSection: false), new object[] { problem });
        }
    }
}
