using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis.Diagnostics;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>
/// The options a team sets in <c>.editorconfig</c> or a <c>.globalconfig</c> (global section), read once per
/// compilation:
/// <list type="bullet">
/// <item><c>iotsecure.credential_sinks</c>: own sinks, <c>Namespace.Type.Member(parameter)[:Kind]</c>, <c>,</c>-separated.</item>
/// <item><c>iotsecure.secret_names</c>: extra words or compounds that name secrets, <c>,</c>-separated.</item>
/// <item><c>iotsecure.placeholder_patterns</c>: one regular expression for placeholder values (combine with <c>|</c>).</item>
/// <item><c>iotsecure.analyze_test_projects</c>: <c>true</c> to analyze test projects (off by default: tests hold fake secrets;
/// a test project that is also declared a device, IoTDevice=true, is always analysed).</item>
/// </list>
/// Values cannot contain <c>;</c> or <c>#</c>: editorconfig reads them as the start of a comment.
/// </summary>
internal sealed class AnalyzerSettings
{
    public const string CredentialSinksKey = "iotsecure.credential_sinks";
    public const string SecretNamesKey = "iotsecure.secret_names";
    public const string PlaceholderPatternsKey = "iotsecure.placeholder_patterns";
    public const string AnalyzeTestProjectsKey = "iotsecure.analyze_test_projects";

    private AnalyzerSettings(ImmutableArray<CredentialSink> sinks, SecretNames names, PlaceholderOption placeholders, bool analyze)
    {
        ExtraSinks = sinks;
        SecretNames = names;
        PlaceholderPatterns = placeholders.Patterns;
        PlaceholderPatternProblem = placeholders.Problem;
        AnalyzeCompilation = analyze;
    }

    /// <summary>
    /// Why <c>iotsecure.placeholder_patterns</c> was not used (not a regular expression, or it matches strings that are
    /// plainly real secrets and would turn every secret into a placeholder warning), or null. Reported as IOT0002.
    /// </summary>
    public string? PlaceholderPatternProblem { get; }

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
        global.TryGetValue("build_property.IoTDevice", out var isDevice);

        // A project declared (or resolved) as device software is analysed even when it is also a test project: the
        // gate trusts the compiler's log, so "loaded but silent" must not happen for what ships.
        var isTest = string.Equals(isTestProject?.Trim(), "true", StringComparison.OrdinalIgnoreCase) &&
                     !string.Equals(isDevice?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        var analyze = !isTest || string.Equals(analyzeTests?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        return new AnalyzerSettings(CredentialSink.ParseList(sinks), NamesFor(names), PlaceholdersFor(patterns), analyze);
    }

    // A compilation is rebuilt on every edit; the name heuristics' per-name cache and the compiled placeholder
    // pattern outlive it, shared by every compilation with the same option value.
    private static readonly ConcurrentDictionary<string, SecretNames> NamesByOption = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PlaceholderOption> PlaceholdersByOption = new(StringComparer.Ordinal);

    /// <summary>Strings no placeholder pattern may match: working secrets of the shapes device code holds.</summary>
    internal static readonly string[] RealSecretProbes = { "Kx9-Wq7Lt2mZ", "Tr0ub4dor&3", "hunter2", "9f86d081884c7d659a2feaa0c55ad015", "s3cr3tP4ss" };

    private sealed class PlaceholderOption
    {
        public static readonly PlaceholderOption None = new(Array.Empty<Regex>(), null);

        public PlaceholderOption(IReadOnlyList<Regex> patterns, string? problem)
        {
            Patterns = patterns;
            Problem = problem;
        }

        public IReadOnlyList<Regex> Patterns { get; }
        public string? Problem { get; }
    }
    private const int MaxCachedOptionValues = 64;

    private static SecretNames NamesFor(string? option)
    {
        if (string.IsNullOrWhiteSpace(option))
        {
            return SecretNames.Default;
        }

        Bound(NamesByOption);
        return NamesByOption.GetOrAdd(option!.Trim(), value => new SecretNames(Split(value, ",")));
    }

    private static PlaceholderOption PlaceholdersFor(string? option)
    {
        if (string.IsNullOrWhiteSpace(option))
        {
            return PlaceholderOption.None;
        }

        Bound(PlaceholdersByOption);
        return PlaceholdersByOption.GetOrAdd(option!.Trim(), pattern =>
        {
            Regex regex;
            try
            {
                regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
            }
            catch (ArgumentException e)
            {
                return new PlaceholderOption(Array.Empty<Regex>(), "is not a .NET regular expression (" + e.Message.Split('\n')[0].Trim() + ")");
            }

            foreach (var probe in RealSecretProbes)
            {
                try
                {
                    if (regex.IsMatch(probe))
                    {
                        return new PlaceholderOption(Array.Empty<Regex>(), "matches strings that are working secrets, not placeholders, so it would turn hard-coded secrets into placeholder warnings");
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    return new PlaceholderOption(Array.Empty<Regex>(), "takes too long to match (catastrophic backtracking)");
                }
            }

            return new PlaceholderOption(new[] { regex }, null);
        });
    }

    private static void Bound<T>(ConcurrentDictionary<string, T> cache)
    {
        if (cache.Count > MaxCachedOptionValues)
        {
            cache.Clear();
        }
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
