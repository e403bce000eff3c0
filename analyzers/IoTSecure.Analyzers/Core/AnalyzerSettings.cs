using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Core;

/// <summary>
/// The options a team sets in <c>.editorconfig</c> or a <c>.globalconfig</c> (global section), read once per
/// compilation:
/// <list type="bullet">
/// <item><c>iotsecure.credential_sinks</c>: own sinks, <c>Namespace.Type.Member(parameter)[:Kind]</c>, <c>,</c>-separated.</item>
/// <item><c>iotsecure.secret_names</c>: extra words or compounds that name secrets, <c>,</c>-separated.</item>
/// <item><c>iotsecure.placeholder_patterns</c>: one regular expression for placeholder values (combine with <c>|</c>).</item>
/// <item><c>iotsecure.analyze_test_projects</c>: <c>true</c> to analyze test projects (off by default: tests hold fake secrets).</item>
/// </list>
/// Values cannot contain <c>;</c> or <c>#</c>: editorconfig reads them as the start of a comment.
/// </summary>
internal sealed class AnalyzerSettings
{
    public const string CredentialSinksKey = "iotsecure.credential_sinks";
    public const string SecretNamesKey = "iotsecure.secret_names";
    public const string PlaceholderPatternsKey = "iotsecure.placeholder_patterns";
    public const string AnalyzeTestProjectsKey = "iotsecure.analyze_test_projects";

    private AnalyzerSettings(ImmutableArray<CredentialSink> sinks, SecretNames names, IReadOnlyList<Regex> placeholders, bool analyze)
    {
        ExtraSinks = sinks;
        SecretNames = names;
        PlaceholderPatterns = placeholders;
        AnalyzeCompilation = analyze;
    }

    public ImmutableArray<CredentialSink> ExtraSinks { get; }
    public SecretNames SecretNames { get; }
    public IReadOnlyList<Regex> PlaceholderPatterns { get; }

    /// <summary>False for a test project unless the team asked for test projects to be analysed.</summary>
    public bool AnalyzeCompilation { get; }

    public static AnalyzerSettings Read(AnalyzerOptions options)
    {
        var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        global.TryGetValue(CredentialSinksKey, out var sinks);
        global.TryGetValue(SecretNamesKey, out var names);
        global.TryGetValue(PlaceholderPatternsKey, out var patterns);
        global.TryGetValue(AnalyzeTestProjectsKey, out var analyzeTests);
        global.TryGetValue("build_property.IsTestProject", out var isTestProject);

        var placeholderList = new List<Regex>();
        foreach (var pattern in string.IsNullOrWhiteSpace(patterns) ? Array.Empty<string>() : new[] { patterns!.Trim() })
        {
            try
            {
                placeholderList.Add(new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100)));
            }
            catch (ArgumentException)
            {
                // An invalid pattern is ignored rather than failing every build.
            }
        }

        var isTest = string.Equals(isTestProject?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var analyze = !isTest || string.Equals(analyzeTests?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return new AnalyzerSettings(CredentialSink.ParseList(sinks), new SecretNames(Split(names, ",")), placeholderList, analyze);
    }

    private static IEnumerable<string> Split(string? value, string separator)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        foreach (var item in value!.Split(new[] { separator }, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0)
            {
                yield return trimmed;
            }
        }
    }
}
