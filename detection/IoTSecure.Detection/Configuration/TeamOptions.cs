using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace IoTSecure.Detection.Configuration;

/// <summary>One IoTSecure option: its key, the format of its value and a valid example (docs and diagnostics quote these).</summary>
internal sealed class TeamOption
{
    public TeamOption(string key, string format, string example)
    {
        Key = key;
        Format = format;
        Example = example;
    }

    public string Key { get; }
    public string Format { get; }
    public string Example { get; }
}

/// <summary>
/// Every option a team can give IoTSecure, and how the values that both the analyzers and the pack/publish gate use
/// are parsed. Options are global analyzer options: a <c>.globalconfig</c> (or any file with <c>is_global = true</c>)
/// preamble, or MSBuild's generated config. Values cannot hold <c>#</c> or <c>;</c>, which start a comment there, so
/// lists are separated by <c>,</c>. The team's sink file (<see cref="SinkFileName"/>) is an AdditionalFiles item.
/// </summary>
internal static class TeamOptions
{
    public const string Prefix = "iotsecure.";
    public const string CredentialSinks = "iotsecure.credential_sinks";
    public const string SecretNames = "iotsecure.secret_names";
    public const string PlaceholderPatterns = "iotsecure.placeholder_patterns";
    public const string AnalyzeTestProjects = "iotsecure.analyze_test_projects";
    public const string NonSecurityHashMethods = "iotsecure.non_security_hash_methods";
    public const string UpdateVerifiers = "iotsecure.update_verifiers";

    /// <summary>File name of the team sink file, given to the compiler as an AdditionalFiles item (any folder).</summary>
    public const string SinkFileName = "iotsecure.sinks.txt";

    /// <summary>Every option, in documentation order.</summary>
    public static readonly IReadOnlyList<TeamOption> All = new[]
    {
        new TeamOption(CredentialSinks, "sink entries Namespace.Type.Member(parameter)[:Kind], comma-separated (prefer the team sink file)", CredentialSinks + " = Contoso.Radio.Modem.Unlock(pin):Password"),
        new TeamOption(SecretNames, "extra words or compounds that name secrets, comma-separated", SecretNames + " = otaseed, pairingcode"),
        new TeamOption(PlaceholderPatterns, "one .NET regular expression (combine with |) matching the team's placeholder values", PlaceholderPatterns + " = ^__[A-Z_]+__$"),
        new TeamOption(AnalyzeTestProjects, "true to analyse test projects", AnalyzeTestProjects + " = true"),
        new TeamOption(NonSecurityHashMethods, "methods (simple names) where MD5 or SHA-1 is used for a non-security purpose, comma-separated", NonSecurityHashMethods + " = CacheKey, ETag"),
        new TeamOption(UpdateVerifiers, "the team's own signature verifiers, Namespace.Type.Method, comma-separated", UpdateVerifiers + " = Contoso.Ota.Signatures.Verify"),
    };

    /// <summary>Whether a key is an IoTSecure option (keys are compared lower-case, as the compiler stores them).</summary>
    public static bool IsKnown(string key)
    {
        foreach (var option in All)
        {
            if (string.Equals(option.Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items of a comma-separated list value, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> SplitList(string? value)
    {
        var items = new List<string>();
        if (string.IsNullOrWhiteSpace(value))
        {
            return items;
        }

        foreach (var item in value!.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0)
            {
                items.Add(trimmed);
            }
        }

        return items;
    }

    // A compilation is rebuilt on every edit; the name heuristics' per-name cache and the compiled placeholder
    // pattern outlive it, shared by every compilation (and every gate run) with the same option value.
    private static readonly ConcurrentDictionary<string, SecretNames> NamesByOption = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, PlaceholderPatterns> PlaceholdersByOption = new(StringComparer.Ordinal);
    private const int MaxCachedOptionValues = 64;

    /// <summary>The secret vocabulary given by the two options that shape it (either may be null: the defaults).</summary>
    public static SecretVocabulary Vocabulary(string? secretNames, string? placeholderPatterns) =>
        new(NamesFor(secretNames), PlaceholdersFor(placeholderPatterns), SplitList(secretNames), string.IsNullOrWhiteSpace(placeholderPatterns) ? null : placeholderPatterns!.Trim());

    /// <summary>The built-in secret names plus those of <see cref="SecretNames"/>.</summary>
    public static Detection.SecretNames NamesFor(string? option)
    {
        if (string.IsNullOrWhiteSpace(option))
        {
            return Detection.SecretNames.Default;
        }

        Bound(NamesByOption);
        return NamesByOption.GetOrAdd(option!.Trim(), value => new Detection.SecretNames(SplitList(value)));
    }

    /// <summary>The team's placeholder pattern, or why it is not used.</summary>
    public static PlaceholderPatterns PlaceholdersFor(string? option)
    {
        if (string.IsNullOrWhiteSpace(option))
        {
            return Configuration.PlaceholderPatterns.None;
        }

        Bound(PlaceholdersByOption);
        return PlaceholdersByOption.GetOrAdd(option!.Trim(), Configuration.PlaceholderPatterns.Compile);
    }

    private static void Bound<T>(ConcurrentDictionary<string, T> cache)
    {
        if (cache.Count > MaxCachedOptionValues)
        {
            cache.Clear();
        }
    }
}

/// <summary>A team's placeholder pattern (<see cref="TeamOptions.PlaceholderPatterns"/>), compiled, or why it was dropped.</summary>
internal sealed class PlaceholderPatterns
{
    public static readonly PlaceholderPatterns None = new(Array.Empty<Regex>(), null);

    /// <summary>Strings no placeholder pattern may match: working secrets of the shapes device code holds.</summary>
    internal static readonly string[] RealSecretProbes = { "Kx9-Wq7Lt2mZ", "Tr0ub4dor&3", "hunter2", "9f86d081884c7d659a2feaa0c55ad015", "s3cr3tP4ss" };

    private PlaceholderPatterns(IReadOnlyList<Regex> patterns, string? problem)
    {
        Patterns = patterns;
        Problem = problem;
    }

    /// <summary>The compiled pattern (case-insensitive, 100 ms match timeout), or none.</summary>
    public IReadOnlyList<Regex> Patterns { get; }

    /// <summary>
    /// Why the pattern is not used (not a .NET regular expression, it matches strings that are plainly working secrets,
    /// or it backtracks catastrophically), or null. The analyzers report it as IOT0002.
    /// </summary>
    public string? Problem { get; }

    /// <summary>Compiles a pattern; a pattern that is wrong or would hide real secrets is dropped with the reason.</summary>
    public static PlaceholderPatterns Compile(string pattern)
    {
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100));
        }
        catch (ArgumentException e)
        {
            return new PlaceholderPatterns(Array.Empty<Regex>(), "is not a .NET regular expression (" + e.Message.Split('\n')[0].Trim() + ")");
        }

        foreach (var probe in RealSecretProbes)
        {
            try
            {
                if (regex.IsMatch(probe))
                {
                    return new PlaceholderPatterns(Array.Empty<Regex>(), "matches strings that are working secrets, not placeholders, so it would turn hard-coded secrets into placeholder warnings");
                }
            }
            catch (RegexMatchTimeoutException)
            {
                return new PlaceholderPatterns(Array.Empty<Regex>(), "takes too long to match (catastrophic backtracking)");
            }
        }

        return new PlaceholderPatterns(new[] { regex }, null);
    }
}

/// <summary>
/// What IoTSecure calls a secret, for one team: the secret names (built-in plus <c>iotsecure.secret_names</c>) that make
/// a symbol or a configuration key secret-named, and the placeholder patterns (built-in plus
/// <c>iotsecure.placeholder_patterns</c>) that make a value a placeholder rather than a secret. The analyzers and the
/// pack/publish file scan judge with the same instance shape.
/// </summary>
internal sealed class SecretVocabulary
{
    public static readonly SecretVocabulary Default = new(Detection.SecretNames.Default, PlaceholderPatterns.None);

    public SecretVocabulary(Detection.SecretNames names, PlaceholderPatterns placeholders, IReadOnlyList<string>? teamNames = null, string? teamPlaceholderPattern = null)
    {
        Names = names;
        Placeholders = placeholders;
        TeamNames = teamNames ?? Array.Empty<string>();
        TeamPlaceholderPattern = teamPlaceholderPattern;
    }

    public Detection.SecretNames Names { get; }
    public PlaceholderPatterns Placeholders { get; }

    /// <summary>The team's own secret names (<see cref="TeamOptions.SecretNames"/>) as written, none by default.</summary>
    public IReadOnlyList<string> TeamNames { get; }

    /// <summary>The team's placeholder pattern (<see cref="TeamOptions.PlaceholderPatterns"/>) as written, or null.</summary>
    public string? TeamPlaceholderPattern { get; }

    /// <summary>
    /// What the vocabulary is, in one clause for the statement of compliance (an auditor must see that a team's pattern
    /// made some values placeholders, and which extra names made symbols secret), e.g. "the built-in secret names plus
    /// the team's (otaseed, pairingcode) and the built-in placeholders plus the team's pattern ^__[A-Z_]+__$".
    /// </summary>
    public string Describe()
    {
        var names = TeamNames.Count == 0
            ? "the built-in secret names"
            : "the built-in secret names plus the team's (" + string.Join(", ", TeamNames) + ")";
        var placeholders = TeamPlaceholderPattern is null
            ? "the built-in placeholders"
            : Placeholders.Problem is null
                ? "the built-in placeholders plus the team's pattern " + TeamPlaceholderPattern
                : "the built-in placeholders (the team's pattern " + TeamPlaceholderPattern + " was not used: it " + Placeholders.Problem + ")";
        return names + " and " + placeholders;
    }

    /// <summary>Whether a complete value is usable as a secret: not empty, not a placeholder (built-in or the team's), label, mask, key or template.</summary>
    public bool IsSecretValue(string? text) => SecretText.Classify(text, Placeholders.Patterns) == TextClass.Value;

    /// <summary>
    /// The vocabulary the compiler's analyzers see for a set of analyzer config files (<c>@(EditorConfigFiles)</c>):
    /// their merged global options. Unreadable files are skipped.
    /// </summary>
    public static SecretVocabulary FromConfigFiles(IEnumerable<string> paths)
    {
        var files = new List<AnalyzerConfigFile>();
        foreach (var path in paths)
        {
            if (AnalyzerConfigFile.TryRead(path) is { } file)
            {
                files.Add(file);
            }
        }

        var options = AnalyzerConfigFile.GlobalOptions(files);
        options.TryGetValue(TeamOptions.SecretNames, out var names);
        options.TryGetValue(TeamOptions.PlaceholderPatterns, out var placeholders);
        return TeamOptions.Vocabulary(names, placeholders);
    }
}
