using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Detection.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Configuration;

/// <summary>
/// IOT0003: IoTSecure configuration that would otherwise be ignored without a word: an <c>iotsecure.*</c> option set in
/// a file-scoped section of an .editorconfig (the options are read as global options only), an option name IoTSecure
/// does not know (a typo), an <c>iotsecure.credential_sinks</c> entry that is not a sink, and in a team sink file
/// (<c>iotsecure.sinks.txt</c>) a line that is not an entry (a wrong shape, an unknown kind such as <c>:SymetricKey</c>),
/// a removal that matches no catalogued sink, or an addition already catalogued. Each is reported once, at the file and
/// line that says it when the compiler was given that file, naming the option or entry and the fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusedConfigurationAnalyzer : CompilationNoteAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnusedConfiguration);

    private protected override IEnumerable<(Location, object[])> Notes(Compilation compilation, AnalyzerOptions options, AnalyzerSettings settings)
    {
        foreach (var problem in settings.Problems)
        {
            yield return (problem.Location, new object[] { problem.Message });
        }

        foreach (var (key, value) in MisplacedOptions(compilation, options.AnalyzerConfigOptionsProvider))
        {
            yield return (settings.LocateOption(key, inSection: true), new object[]
            {
                $"'{key}' is set for source files (a file-scoped .editorconfig section such as [*.cs]), where IoTSecure does not read it; put it in a .globalconfig with is_global = true, e.g. {key} = {Shorten(value)}",
            });
        }
    }

    /// <summary>
    /// The <c>iotsecure.*</c> options some source file's section sets to a value the global options do not hold: the
    /// team meant them for IoTSecure, which reads global options only.
    /// </summary>
    private static IEnumerable<(string Key, string Value)> MisplacedOptions(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var seen = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            var options = provider.GetOptions(tree);
            foreach (var key in options.Keys.Where(k => k.StartsWith(TeamOptions.Prefix, StringComparison.Ordinal) && !seen.ContainsKey(k)))
            {
                options.TryGetValue(key, out var value);
                if (!global.TryGetValue(key, out var globalValue) || !string.Equals(value, globalValue, StringComparison.Ordinal))
                {
                    seen[key] = value ?? string.Empty;
                }
            }
        }

        return seen.Select(p => (p.Key, p.Value));
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 80) + "...";
}
