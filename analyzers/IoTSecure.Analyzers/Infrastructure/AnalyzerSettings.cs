using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Detection;
using IoTSecure.Detection.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.Infrastructure;

/// <summary>A configuration problem (IOT0003): what is wrong and the fix, at the file and line that says it when known.</summary>
internal sealed class ConfigurationProblem
{
    public ConfigurationProblem(string message, Location location)
    {
        Message = message;
        Location = location;
    }

    public string Message { get; }
    public Location Location { get; }
}

/// <summary>
/// The one place IoTSecure's analyzers read their configuration: every <c>iotsecure.*</c> option (see
/// <see cref="TeamOptions"/>), the MSBuild properties the rules depend on (<c>IsTestProject</c>, <c>IoTDevice</c>,
/// <c>IoTUpdateMechanism</c>), and the team sink files (<c>iotsecure.sinks.txt</c> AdditionalFiles). Settings are
/// keyed on every input they are built from, so two analyzers given different options never share them, and equal
/// inputs (the next compilation after an edit) reuse the parsed result.
/// </summary>
internal sealed class AnalyzerSettings
{
    private const int MaxCached = 32;
    private static readonly ConcurrentDictionary<string, AnalyzerSettings> ByInputs = new(StringComparer.Ordinal);
    private static readonly AnalyzerSettings Defaults = Build(new Inputs(), CancellationToken.None);

    private AnalyzerSettings(string key) => Key = key;

    /// <summary>Every input these settings were built from, as one string: equal keys, equal settings.</summary>
    public string Key { get; }

    /// <summary>The credential sink catalogue in force: built-in, plus option and team-file entries, minus team-file removals.</summary>
    public ImmutableArray<CredentialSink> Sinks { get; private set; }

    /// <summary>
    /// Sinks the team's sink file removes, as <c>Type\u0001Member\u0001parameter</c> keys: built-in entries, and library
    /// members that are sinks by their secret names alone (<c>-StackExchange.Redis.ConfigurationOptions.Password(value)</c>).
    /// </summary>
    public ImmutableHashSet<string> RemovedSinks { get; private set; } = ImmutableHashSet<string>.Empty;

    /// <summary>Whether the team removed the sink <paramref name="parameter"/> of <paramref name="member"/> of the type named <paramref name="typeMetadataName"/>.</summary>
    public bool IsRemovedSink(string typeMetadataName, string member, string parameter) =>
        !RemovedSinks.IsEmpty && RemovedSinks.Contains(typeMetadataName + "\u0001" + member + "\u0001" + parameter);

    /// <summary>True when <see cref="Sinks"/> is the built-in catalogue unchanged.</summary>
    public bool SinksAreBuiltIn { get; private set; }

    /// <summary>What counts as a secret name and as a placeholder (shared with the pack/publish gate's file scan).</summary>
    public SecretVocabulary Vocabulary { get; private set; } = SecretVocabulary.Default;

    public SecretNames SecretNames => Vocabulary.Names;

    public IReadOnlyList<Regex> PlaceholderPatterns => Vocabulary.Placeholders.Patterns;

    /// <summary>Why <c>iotsecure.placeholder_patterns</c> was not used, or null. Reported as IOT0002.</summary>
    public string? PlaceholderPatternProblem => Vocabulary.Placeholders.Problem;

    /// <summary>False for a test project (not declared a device) unless the team asked for test projects to be analysed.</summary>
    public bool AnalyzeCompilation { get; private set; } = true;

    /// <summary>Methods (simple names) where MD5/SHA-1 serve no security purpose (<c>iotsecure.non_security_hash_methods</c>).</summary>
    public ImmutableHashSet<string> NonSecurityHashMethods { get; private set; } = ImmutableHashSet<string>.Empty;

    /// <summary>The team's signature verifiers, <c>Namespace.Type.Method</c> (<c>iotsecure.update_verifiers</c>).</summary>
    public ImmutableHashSet<string> UpdateVerifiers { get; private set; } = ImmutableHashSet<string>.Empty;

    /// <summary>The <c>IoTDevice</c> property as given (null when not set).</summary>
    public string? DeviceProperty { get; private set; }

    /// <summary>The <c>IoTUpdateMechanism</c> property as given, trimmed (null when not set).</summary>
    public string? UpdateMechanism { get; private set; }

    /// <summary>Configuration that would otherwise be ignored without a word, with where it is written (IOT0003).</summary>
    public ImmutableArray<ConfigurationProblem> Problems { get; private set; } = ImmutableArray<ConfigurationProblem>.Empty;

    /// <summary>The analyzer config files the build passed as AdditionalFiles (the package does), to point at an option's line.</summary>
    public ImmutableArray<(AnalyzerConfigFile File, SourceText Text)> ConfigFiles { get; private set; } = ImmutableArray<(AnalyzerConfigFile, SourceText)>.Empty;

    /// <summary>Settings already read for an options instance: every analyzer of a compilation asks with the same one.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AnalyzerOptions, AnalyzerSettings> ByOptions = new();

    /// <summary>Reads the settings of a compilation's analyzer options (once per options instance).</summary>
    public static AnalyzerSettings Read(AnalyzerOptions options, CancellationToken cancellationToken = default)
    {
        if (ByOptions.TryGetValue(options, out var known))
        {
            return known;
        }

        var settings = ReadInputs(options, cancellationToken);
        ByOptions.GetValue(options, _ => settings);
        return settings;
    }

    private static AnalyzerSettings ReadInputs(AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var inputs = Inputs.From(options, cancellationToken);
        var key = inputs.Key();
        if (key.Length == 0)
        {
            return Defaults;
        }

        if (ByInputs.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (ByInputs.Count > MaxCached)
        {
            ByInputs.Clear();
        }

        return ByInputs.GetOrAdd(key, _ => Build(inputs, cancellationToken));
    }

    /// <summary>The raw inputs: option values, and the paths and texts of the AdditionalFiles IoTSecure reads.</summary>
    private sealed class Inputs
    {
        public readonly SortedDictionary<string, string> Options = new(StringComparer.Ordinal);
        public readonly List<(string Path, SourceText Text)> SinkFiles = new();
        public readonly List<(string Path, SourceText Text)> ConfigFiles = new();

        private static readonly string[] BuildProperties = { "build_property.IsTestProject", "build_property.IoTDevice", "build_property.IoTUpdateMechanism" };

        public static Inputs From(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var inputs = new Inputs();
            var global = options.AnalyzerConfigOptionsProvider.GlobalOptions;
            foreach (var key in global.Keys)
            {
                if (key.StartsWith(TeamOptions.Prefix, StringComparison.Ordinal) && global.TryGetValue(key, out var value))
                {
                    inputs.Options[key] = value;
                }
            }

            foreach (var key in BuildProperties)
            {
                if (global.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
                {
                    inputs.Options[key] = value;
                }
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in options.AdditionalFiles)
            {
                if (!seen.Add(file.Path))
                {
                    continue; // the same file listed twice is read once
                }

                var name = System.IO.Path.GetFileName(file.Path);
                var isSinkFile = string.Equals(name, TeamOptions.SinkFileName, StringComparison.OrdinalIgnoreCase);
                if ((isSinkFile || AnalyzerConfigFile.IsConfigFileName(file.Path)) && file.GetText(cancellationToken) is { } text)
                {
                    (isSinkFile ? inputs.SinkFiles : inputs.ConfigFiles).Add((file.Path, text));
                }
            }

            return inputs;
        }

        public string Key()
        {
            if (Options.Count == 0 && SinkFiles.Count == 0 && ConfigFiles.Count == 0)
            {
                return string.Empty;
            }

            var key = new StringBuilder();
            foreach (var option in Options)
            {
                key.Append(option.Key).Append('\u0001').Append(option.Value).Append('\u0002');
            }

            foreach (var (path, text) in SinkFiles.Concat(ConfigFiles))
            {
                key.Append(path).Append('\u0001').Append(text).Append('\u0002');
            }

            return key.ToString();
        }

        public string? Get(string key) => Options.TryGetValue(key, out var value) ? value : null;
    }

    private static AnalyzerSettings Build(Inputs inputs, CancellationToken cancellationToken)
    {
        var settings = new AnalyzerSettings(inputs.Key());
        settings.ConfigFiles = inputs.ConfigFiles
            .Select(f => (AnalyzerConfigFile.Parse(f.Path, f.Text.ToString()), f.Text))
            .ToImmutableArray();
        var problems = ImmutableArray.CreateBuilder<ConfigurationProblem>();

        settings.Vocabulary = TeamOptions.Vocabulary(inputs.Get(TeamOptions.SecretNames), inputs.Get(TeamOptions.PlaceholderPatterns));
        settings.NonSecurityHashMethods = TeamOptions.SplitList(inputs.Get(TeamOptions.NonSecurityHashMethods)).ToImmutableHashSet(StringComparer.Ordinal);
        settings.UpdateVerifiers = TeamOptions.SplitList(inputs.Get(TeamOptions.UpdateVerifiers)).ToImmutableHashSet(StringComparer.Ordinal);
        settings.DeviceProperty = inputs.Get("build_property.IoTDevice")?.Trim();
        settings.UpdateMechanism = inputs.Get("build_property.IoTUpdateMechanism")?.Trim();

        // A project declared (or resolved) as device software is analysed even when it is also a test project: the
        // gate trusts the compiler's log, so "loaded but silent" must not happen for what ships.
        var isTest = IsTrue(inputs.Get("build_property.IsTestProject")) && !IsTrue(settings.DeviceProperty);
        settings.AnalyzeCompilation = !isTest || IsTrue(inputs.Get(TeamOptions.AnalyzeTestProjects));

        foreach (var key in inputs.Options.Keys.Where(k => k.StartsWith(TeamOptions.Prefix, StringComparison.Ordinal) && !TeamOptions.IsKnown(k)))
        {
            problems.Add(new ConfigurationProblem(
                $"'{key}' is not an IoTSecure option (known: {string.Join(", ", TeamOptions.All.Select(o => o.Key))}); correct its name, e.g. {TeamOptions.All[1].Example}",
                settings.LocateOption(key, inSection: false)));
        }

        settings.CheckOptionValues(inputs, problems);

        // The compiler reads nothing above the first section of an .editorconfig that is not a global config (only `root`):
        // an option written there is dropped without a word unless IoTSecure says so.
        foreach (var (file, text) in settings.ConfigFiles.Where(f => !f.File.IsGlobal))
        {
            foreach (var entry in file.Entries.Where(e => e.Section is null && e.Key.StartsWith(TeamOptions.Prefix, StringComparison.Ordinal)))
            {
                var line = text.Lines[Math.Min(entry.Line - 1, text.Lines.Count - 1)];
                problems.Add(new ConfigurationProblem(
                    $"'{entry.Key}' is set above the sections of {System.IO.Path.GetFileName(file.Path)}, which is not a global config, so the compiler ignores it; put it in a .globalconfig with is_global = true, e.g. {entry.Key} = {SinkCatalogFile.Shorten(entry.Value)}",
                    Location.Create(file.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span))));
            }
        }

        settings.Sinks = settings.BuildSinks(inputs, problems, cancellationToken);
        settings.SinksAreBuiltIn = settings.Sinks == CredentialSinkCatalog.BuiltIn;
        settings.Problems = problems.ToImmutable();
        return settings;
    }

    private ImmutableArray<CredentialSink> BuildSinks(Inputs inputs, ImmutableArray<ConfigurationProblem>.Builder problems, CancellationToken cancellationToken)
    {
        var option = inputs.Get(TeamOptions.CredentialSinks);
        if (string.IsNullOrWhiteSpace(option) && inputs.SinkFiles.Count == 0)
        {
            return CredentialSinkCatalog.BuiltIn;
        }

        var sinks = new List<CredentialSink>(CredentialSinkCatalog.BuiltIn);
        var removedKeys = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        // Entries by type, member and parameter, so a long team file is read in linear time.
        var index = new Dictionary<string, List<CredentialSink>>(StringComparer.Ordinal);
        foreach (var sink in sinks)
        {
            Index(index, sink);
        }

        foreach (var entry in TeamOptions.SplitList(option))
        {
            if (CredentialSink.TryParse(entry, out var why) is { } sink)
            {
                sinks.Add(sink);
                Index(index, sink);
            }
            else
            {
                problems.Add(new ConfigurationProblem(
                    $"{TeamOptions.CredentialSinks} entry '{SinkCatalogFile.Shorten(entry)}' {why}, so that sink is not checked; e.g. Contoso.Radio.Modem.Unlock(pin):Password",
                    LocateOption(TeamOptions.CredentialSinks, inSection: false)));
            }
        }

        foreach (var (path, text) in inputs.SinkFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var name = System.IO.Path.GetFileName(path);
            foreach (var line in SinkCatalogFile.Parse(text))
            {
                var where = Location.Create(path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                if (line.Sink is not { } sink)
                {
                    problems.Add(new ConfigurationProblem(
                        $"{name} line {line.Line}: {line.Problem}, so it neither adds nor removes a sink; write Namespace.Type.Member(parameter):Kind, or - before it to remove a built-in entry, e.g. Contoso.Radio.Modem.Unlock(pin):Password",
                        where));
                }
                else if (line.Removes)
                {
                    var matching = index.TryGetValue(SinkKey(sink), out var same) ? same.Where(s => SinkCatalogFile.Removes(line, s)).ToList() : new List<CredentialSink>();
                    foreach (var removed in matching)
                    {
                        same!.Remove(removed);
                        sinks.Remove(removed);
                    }

                    removedKeys.Add(SinkKey(sink));
                    // A library member that is a sink by its secret name alone (a property, or a ...Credential(s)
                    // constructor's parameter) is no catalogue entry, yet removable.
                    var named = sink.Member == CredentialSink.ConstructorName ? sink.Parameter : sink.Member;
                    var byName = (sink.Member != CredentialSink.ConstructorName ? sink.Parameter == "value" : sink.TypeMetadataName.EndsWith("Credential", StringComparison.Ordinal) || sink.TypeMetadataName.EndsWith("Credentials", StringComparison.Ordinal) || sink.TypeMetadataName.EndsWith("Identity", StringComparison.Ordinal)) &&
                                 Vocabulary.Names.IsCredentialMemberName(named);
                    if (matching.Count == 0 && !byName)
                    {
                        problems.Add(new ConfigurationProblem(
                            $"{name} line {line.Line}: '{SinkCatalogFile.Shorten(line.Text)}' removes nothing, as no sink in the catalogue is that type, member and parameter{(line.KindGiven ? " of that kind" : string.Empty)}; copy the entry from the catalogue (docs/configuration.md lists it), e.g. -System.Uri..ctor(uriString):Url",
                            where));
                    }
                }
                else if (index.TryGetValue(SinkKey(sink), out var existing) && existing.Any(s => SinkCatalogFile.Removes(line, s)))
                {
                    problems.Add(new ConfigurationProblem(
                        $"{name} line {line.Line}: '{SinkCatalogFile.Shorten(line.Text)}' is already in the catalogue, so the line changes nothing; delete it",
                        where));
                }
                else
                {
                    sinks.Add(sink);
                    Index(index, sink);
                }
            }
        }

        RemovedSinks = removedKeys.ToImmutable();
        return sinks.ToImmutableArray();
    }

    private static string SinkKey(CredentialSink sink) => sink.TypeMetadataName + "\u0001" + sink.Member + "\u0001" + sink.Parameter;

    private static void Index(Dictionary<string, List<CredentialSink>> index, CredentialSink sink)
    {
        var key = SinkKey(sink);
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = new List<CredentialSink>(1);
        }

        list.Add(sink);
    }

    private static readonly Regex DottedName = new(@"^[A-Za-z_][A-Za-z0-9_]*(?:[.+][A-Za-z_][A-Za-z0-9_`]*)+$", RegexOptions.CultureInvariant);
    private static readonly Regex SimpleName = new(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant);

    /// <summary>Option values that cannot mean what the team wrote: each is IOT0003, never read silently as something else.</summary>
    private void CheckOptionValues(Inputs inputs, ImmutableArray<ConfigurationProblem>.Builder problems)
    {
        void Problem(string key, string message) => problems.Add(new ConfigurationProblem(message, LocateOption(key, inSection: false)));

        // A quoted pattern compiles, passes the probes and matches nothing: the compiler keeps the quotes.
        if (inputs.Get(TeamOptions.PlaceholderPatterns)?.Trim() is { Length: >= 2 } pattern && (pattern[0] == '"' || pattern[0] == '\'') && pattern[pattern.Length - 1] == pattern[0])
        {
            Problem(TeamOptions.PlaceholderPatterns, $"'{TeamOptions.PlaceholderPatterns}' is quoted ({SinkCatalogFile.Shorten(pattern)}); the compiler keeps the quotes as part of the pattern, so it matches no placeholder; write it without quotes, e.g. {TeamOptions.All.First(o => o.Key == TeamOptions.PlaceholderPatterns).Example}");
        }

        if (inputs.Get(TeamOptions.AnalyzeTestProjects) is { } analyze && !IsTrue(analyze) && !string.Equals(analyze.Trim(), "false", StringComparison.OrdinalIgnoreCase))
        {
            Problem(TeamOptions.AnalyzeTestProjects, $"'{TeamOptions.AnalyzeTestProjects}' is '{SinkCatalogFile.Shorten(analyze.Trim())}', which is neither true nor false, so it is read as false; e.g. {TeamOptions.AnalyzeTestProjects} = true");
        }

        foreach (var verifier in UpdateVerifiers.Where(v => !DottedName.IsMatch(v)))
        {
            Problem(TeamOptions.UpdateVerifiers, $"{TeamOptions.UpdateVerifiers} entry '{SinkCatalogFile.Shorten(verifier)}' is not Namespace.Type.Method (no parameters), so no call matches it; e.g. {TeamOptions.UpdateVerifiers} = Contoso.Ota.Signatures.Verify");
        }

        foreach (var method in NonSecurityHashMethods.Where(m => !SimpleName.IsMatch(m)))
        {
            Problem(TeamOptions.NonSecurityHashMethods, $"{TeamOptions.NonSecurityHashMethods} entry '{SinkCatalogFile.Shorten(method)}' is not a method's simple name, so no method matches it; e.g. {TeamOptions.NonSecurityHashMethods} = CacheKey");
        }
    }

    /// <summary>
    /// Where an option is written: its line in an analyzer config file the build passed as an AdditionalFiles item (a
    /// file-scoped section's line when <paramref name="inSection"/>), else no location (the message names the option).
    /// </summary>
    public Location LocateOption(string key, bool inSection)
    {
        foreach (var (file, text) in ConfigFiles)
        {
            foreach (var entry in file.Entries)
            {
                if (entry.Key == key && (entry.Section is not null) == inSection && (inSection || file.IsGlobal) && entry.Line - 1 < text.Lines.Count)
                {
                    var line = text.Lines[entry.Line - 1];
                    return Location.Create(file.Path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                }
            }
        }

        return Location.None;
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
}
