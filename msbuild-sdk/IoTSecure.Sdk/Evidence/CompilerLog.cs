using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IoTSecure.Sdk.Evidence;

/// <summary>A rule the compiler loaded, with the level configuration left it at (<c>none</c> when switched off).</summary>
public sealed class LoadedRule
{
    public LoadedRule(string id, string defaultLevel, string effectiveLevel, string? overriddenBy, bool partlyOff = false)
    {
        Id = id;
        DefaultLevel = defaultLevel;
        EffectiveLevel = effectiveLevel;
        OverriddenBy = overriddenBy;
        PartlyOff = partlyOff;
    }

    /// <summary>True when configuration switched the rule off for some files only (a file-scoped .editorconfig section).</summary>
    public bool PartlyOff { get; }

    public string Id { get; }

    /// <summary>The descriptor's own level: <c>error</c>, <c>warning</c>, <c>note</c> or <c>none</c>.</summary>
    public string DefaultLevel { get; }

    /// <summary>The level the rule ran at in this compile; <c>none</c> when configuration switched it off.</summary>
    public string EffectiveLevel { get; }

    /// <summary>How the level was changed (<c>configuration</c> for NoWarn, .editorconfig, .globalconfig, ruleset), or null.</summary>
    public string? OverriddenBy { get; }

    public bool IsOff => EffectiveLevel == "none";
}

/// <summary>A diagnostic the compiler reported, kept or suppressed. Carries no message text (it may quote code).</summary>
public sealed class CompilerFinding
{
    public CompilerFinding(string ruleId, string level, string? file, int line, string? suppression, string? justification)
    {
        RuleId = ruleId;
        Level = level;
        File = file;
        Line = line;
        Suppression = suppression;
        Justification = justification;
    }

    public string RuleId { get; }
    public string Level { get; }

    /// <summary>Absolute path of the file, or null for a finding without a source location.</summary>
    public string? File { get; }

    public int Line { get; }

    /// <summary>How it was suppressed (<c>Pragma Directive</c>, <c>SuppressMessageAttribute</c>, <c>inSource</c>, <c>external</c>), or null when reported.</summary>
    public string? Suppression { get; }

    public string? Justification { get; }

    public bool IsSuppressed => Suppression is not null;
}

/// <summary>
/// The compiler's own SARIF 2.1 log of one compile (csc <c>-errorlog:file,version=2.1</c>): which rules were loaded
/// (<c>runs[0].tool.driver.rules</c>), what configuration did to them (<c>invocations[].ruleConfigurationOverrides</c>)
/// and every result with its suppressions. Only IoTSecure's rules (IDs starting with <c>IOT</c>) are kept.
/// </summary>
public sealed class CompilerLog
{
    private CompilerLog(IReadOnlyList<LoadedRule> rules, IReadOnlyList<CompilerFinding> findings)
    {
        Rules = rules;
        Findings = findings;
    }

    public IReadOnlyList<LoadedRule> Rules { get; }
    public IReadOnlyList<CompilerFinding> Findings { get; }

    /// <summary>Reads a SARIF 2.1 log. Throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static CompilerLog Read(byte[] sarif)
    {
        var root = JsonNode.Parse(sarif);
        if (JsonNode.Text(root["version"]) is not { } version || !version.StartsWith("2.", StringComparison.Ordinal))
        {
            throw new InvalidDataException("not a SARIF 2.1 log (its 'version' is " + (JsonNode.Text(root["version"]) ?? "missing") + "); the compiler writes one with ErrorLog=<file>,version=2.1");
        }

        var run = root["runs"]?.Items.FirstOrDefault() ?? throw new InvalidDataException("the SARIF log has no run");
        var descriptors = run["tool"]?["driver"]?["rules"]?.Items.ToList() ?? new List<JsonNode>();
        // One entry per level a rule ends up at: a rule off in one folder and at error elsewhere has two.
        var overrides = new Dictionary<int, List<JsonNode>>();
        foreach (var invocation in run["invocations"]?.Items ?? Enumerable.Empty<JsonNode>())
        {
            foreach (var entry in invocation["ruleConfigurationOverrides"]?.Items ?? Enumerable.Empty<JsonNode>())
            {
                var key = JsonNode.Int(entry["descriptor"]?["index"]);
                if (entry["configuration"] is { } configuration)
                {
                    (overrides.TryGetValue(key, out var list) ? list : overrides[key] = new List<JsonNode>()).Add(configuration);
                }
            }
        }

        var rules = new List<LoadedRule>();
        for (var index = 0; index < descriptors.Count; index++)
        {
            var id = JsonNode.Text(descriptors[index]["id"]);
            if (id is null || !IsIoTSecure(id))
            {
                continue;
            }

            var defaultConfiguration = descriptors[index]["defaultConfiguration"];
            var defaultLevel = JsonNode.Text(defaultConfiguration?["enabled"]) == "false" ? "none" : JsonNode.Text(defaultConfiguration?["level"]) ?? "warning";
            var effective = defaultLevel;
            string? by = null;
            var partlyOff = false;
            if (overrides.TryGetValue(index, out var configurations))
            {
                by = "configuration";
                var levels = configurations.Select(c => JsonNode.Text(c["enabled"]) == "false" ? "none" : JsonNode.Text(c["level"]) ?? defaultLevel).ToList();
                // The lowest level configuration left anywhere is what the rule can be relied on for.
                var on = levels.Where(l => l != "none").OrderBy(Rank).ToList();
                effective = on.Count == 0 ? "none" : on[0];
                partlyOff = on.Count > 0 && on.Count < levels.Count;
            }

            rules.Add(new LoadedRule(id, defaultLevel, effective, by, partlyOff));
        }

        var findings = new List<CompilerFinding>();
        foreach (var result in run["results"]?.Items ?? Enumerable.Empty<JsonNode>())
        {
            var ruleId = JsonNode.Text(result["ruleId"]);
            if (ruleId is null || !IsIoTSecure(ruleId))
            {
                continue;
            }

            var physical = result["locations"]?.Items.FirstOrDefault()?["physicalLocation"];
            var file = FilePath(JsonNode.Text(physical?["artifactLocation"]?["uri"]));
            var line = JsonNode.Int(physical?["region"]?["startLine"]);
            string? how = null;
            string? justification = null;
            var suppression = result["suppressions"]?.Items.FirstOrDefault();
            if (suppression is not null)
            {
                how = JsonNode.Text(suppression["properties"]?["suppressionType"]) ?? JsonNode.Text(suppression["kind"]) ?? "suppressed";
                justification = JsonNode.Text(suppression["justification"]);
                if (string.IsNullOrWhiteSpace(justification))
                {
                    justification = null;
                }
            }

            findings.Add(new CompilerFinding(ruleId, JsonNode.Text(result["level"]) ?? "warning", file, line, how, justification));
        }

        return new CompilerLog(rules, findings);
    }

    /// <summary>SARIF levels from least to most severe: none 0, note 1, warning 2, error 3.</summary>
    public static int Rank(string level) => level switch
    {
        "error" => 3,
        "warning" => 2,
        "note" => 1,
        _ => 0,
    };

    /// <summary>An IoTSecure rule or check ID: <c>IOT</c> and four digits.</summary>
    public static bool IsIoTSecure(string id) =>
        id.Length == 7 && id.StartsWith("IOT", StringComparison.Ordinal) && id.Skip(3).All(char.IsDigit);

    private static string? FilePath(string? uri)
    {
        if (uri is null)
        {
            return null;
        }

        return Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;
    }
}
