using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Rules.Communication;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Rules.Configuration;

/// <summary>
/// IOT0003: IoTSecure configuration that would otherwise be ignored without a word: an <c>iotsecure.*</c> option set in
/// a file-scoped section of an .editorconfig (the options are read as global options only), an option name IoTSecure
/// does not know (a typo), or an <c>iotsecure.credential_sinks</c> entry that is not a sink (a wrong shape, an unknown
/// kind such as <c>:SymetricKey</c>). Reported once per compilation and problem, naming the option, the value and the fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnusedConfigurationAnalyzer : CompilationNoteAnalyzer
{
    /// <summary>Every option IoTSecure reads (global options).</summary>
    public static readonly ImmutableHashSet<string> KnownOptions = ImmutableHashSet.Create(StringComparer.Ordinal,
        AnalyzerSettings.CredentialSinksKey, AnalyzerSettings.SecretNamesKey, AnalyzerSettings.PlaceholderPatternsKey,
        AnalyzerSettings.AnalyzeTestProjectsKey, WeakCryptographyAnalyzer.NonSecurityHashMethodsKey, UpdateOperations.VerifiersKey);

    private const string Prefix = "iotsecure.";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnusedConfiguration);

    private protected override IEnumerable<object[]> Notes(Compilation compilation, AnalyzerOptions options) =>
        Problems(compilation, options.AnalyzerConfigOptionsProvider).Select(problem => new object[] { problem });

    /// <summary>The configuration problems of a compilation, each a sentence naming the option, the value and the fix.</summary>
    public static IEnumerable<string> Problems(Compilation compilation, AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var problems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var key in global.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal) && !KnownOptions.Contains(k)))
        {
            problems.Add($"'{key}' is not an IoTSecure option (known: {string.Join(", ", KnownOptions.OrderBy(k => k, StringComparer.Ordinal))}); correct its name, e.g. {AnalyzerSettings.SecretNamesKey} = otaseed");
        }

        if (global.TryGetValue(AnalyzerSettings.CredentialSinksKey, out var sinks) && !string.IsNullOrWhiteSpace(sinks))
        {
            foreach (var entry in sinks.Split(new[] { ',', ';', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries).Select(e => e.Trim()).Where(e => e.Length > 0))
            {
                if (CredentialSink.TryParse(entry, out var why) is null)
                {
                    problems.Add($"{AnalyzerSettings.CredentialSinksKey} entry '{Shorten(entry)}' {why}, so that sink is not checked; e.g. Contoso.Radio.Modem.Unlock(pin):Password");
                }
            }
        }

        foreach (var tree in compilation.SyntaxTrees)
        {
            var options = provider.GetOptions(tree);
            foreach (var key in options.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal)))
            {
                options.TryGetValue(key, out var value);
                if (!global.TryGetValue(key, out var globalValue) || !string.Equals(value, globalValue, StringComparison.Ordinal))
                {
                    problems.Add($"'{key}' is set for source files (a file-scoped .editorconfig section such as [*.cs]), where IoTSecure does not read it; put it in a .globalconfig with is_global = true (or the global section of .editorconfig), e.g. {key} = {Shorten(value ?? string.Empty)}");
                }
            }
        }

        return problems;
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value.Substring(0, 80) + "...";
}
