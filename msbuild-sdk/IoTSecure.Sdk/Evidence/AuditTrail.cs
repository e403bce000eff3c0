using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IoTSecure.Sdk.Evidence;

/// <summary>A check that was switched off or a device build not treated as one: which switch, its value, where it was set.</summary>
public sealed class SwitchedOff
{
    public SwitchedOff(string property, string value, string source, string effect)
    {
        Property = property;
        Value = value;
        Source = source;
        Effect = effect;
    }

    public string Property { get; }
    public string Value { get; }

    /// <summary>Where the value came from: an environment variable, a global property (command line), or the project and its imports.</summary>
    public string Source { get; }

    /// <summary>What it turned off, in a sentence.</summary>
    public string Effect { get; }

    public override string ToString() => $"{Property}={Value} ({Source}): {Effect}";
}

/// <summary>One rule family as it ran over what ships.</summary>
public sealed class FamilyResult
{
    public FamilyResult(string prefix, string name, string provision)
    {
        Prefix = prefix;
        Name = name;
        Provision = provision;
    }

    public string Prefix { get; }
    public string Name { get; }
    public string Provision { get; }

    /// <summary>Rules that ran, as <c>ID (level)</c>.</summary>
    public List<string> Ran { get; } = new();

    /// <summary>Rules configuration switched off, as <c>ID</c>.</summary>
    public List<string> Off { get; } = new();

    public int Reported { get; set; }
    public int Suppressed { get; set; }

    /// <summary>A family counts as checked only when at least one of its rules ran and none was switched off.</summary>
    public bool Checked => Ran.Count > 0 && Off.Count == 0;
}

/// <summary>
/// What the statement of compliance may say was checked, from evidence only: the compiler logs of the shipped
/// assemblies (rules loaded, their effective levels, reported and suppressed findings with their justification),
/// the gate's own checks, and every switch that turned something off. Never holds a secret or a message text.
/// </summary>
public sealed class AuditTrail
{
    public static readonly (string Prefix, string Name, string Provision)[] Families =
    {
        ("IOT1", "credentials and secrets", "ETSI EN 303 645 5.1-1, 5.1-2, 5.4-3; PSTI Sch.1 para 1"),
        ("IOT2", "security updates", "ETSI EN 303 645 5.3-1 to 5.3-10; CRA Annex I Part I (2)(c)"),
        ("IOT3", "communicating securely", "ETSI EN 303 645 5.5-1, 5.5-2; CRA Annex I Part I (2)(e)"),
    };

    /// <summary>The assemblies checked against their receipts: name, SHA-256, analyzer version.</summary>
    public List<(string Name, string Sha256, string AnalyzerVersion)> Assemblies { get; } = new();

    public List<FamilyResult> RuleFamilies { get; } = new();

    /// <summary>Findings the build reported without failing (warnings, notes): rule, file, line, level.</summary>
    public List<(string Rule, string File, int Line, string Level)> Reported { get; } = new();

    /// <summary>Findings suppressed in source: rule, file, line, how, justification (null when none was given).</summary>
    public List<(string Rule, string File, int Line, string How, string? Justification)> Suppressed { get; } = new();

    /// <summary>The gate's own checks that ran (IOT8xxx), as sentences.</summary>
    public List<string> BuildChecks { get; } = new();

    /// <summary>Shipped files the project declared as not to be scanned, with the reason given.</summary>
    public List<string> NotScanned { get; } = new();

    public List<SwitchedOff> SwitchedOff { get; } = new();

    /// <summary>Shipped binaries IoTSecure did not analyse (from packages, or not compiled here), as sentences.</summary>
    public List<string> NotAnalysed { get; } = new();

    /// <summary>The SBOM written beside the statement: package path and SHA-256 (null when none was written).</summary>
    public (string Path, string Sha256)? Sbom { get; set; }

    /// <summary>NuGet's vulnerability audit of the shipped packages and the threshold the gate applied.</summary>
    public AuditResult? VulnerabilityAudit { get; set; }

    public string? VulnerabilityThreshold { get; set; }

    /// <summary>True when the project declared a development build (IoTDevelopmentBuild) and a shipped assembly is a debug build.</summary>
    public bool DevelopmentBuild { get; set; }

    /// <summary>The declared update mechanism when it is not <c>InApp</c> (updates outside the app, or none): the build sees no update code.</summary>
    public string? UpdatesOutsideTheApp { get; set; }

    /// <summary>True when nothing that the statement could claim was checked (gate off, or not treated as a device).</summary>
    public bool NothingChecked { get; set; }

    /// <summary>Builds the trail from the verified assemblies; file paths are made relative to <paramref name="projectDirectory"/>.</summary>
    public static AuditTrail From(IReadOnlyList<AnalysedAssembly> analysed, string? projectDirectory)
    {
        var trail = new AuditTrail();
        foreach (var (prefix, name, provision) in Families)
        {
            trail.RuleFamilies.Add(new FamilyResult(prefix, name, provision));
        }

        foreach (var assembly in analysed.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            trail.Assemblies.Add((assembly.Name, assembly.Receipt.AssemblySha256, assembly.Receipt.AnalyzerVersion ?? "unknown"));
            foreach (var rule in assembly.Log.Rules)
            {
                var family = trail.RuleFamilies.FirstOrDefault(f => rule.Id.StartsWith(f.Prefix, StringComparison.Ordinal));
                if (family is null)
                {
                    continue;
                }

                if (rule.IsOff)
                {
                    Add(family.Off, rule.Id);
                }
                else if (rule.PartlyOff)
                {
                    Add(family.Off, rule.Id + " (in some files)");
                }
                else
                {
                    Add(family.Ran, rule.Id + " (" + rule.EffectiveLevel + (rule.OverriddenBy is null ? string.Empty : ", set by " + rule.OverriddenBy) + ")");
                }
            }

            foreach (var finding in assembly.Log.Findings)
            {
                var family = trail.RuleFamilies.FirstOrDefault(f => finding.RuleId.StartsWith(f.Prefix, StringComparison.Ordinal));
                var file = Relative(finding.File, projectDirectory);
                if (finding.IsSuppressed)
                {
                    trail.Suppressed.Add((finding.RuleId, file, finding.Line, finding.Suppression!, finding.Justification));
                    if (family is not null)
                    {
                        family.Suppressed++;
                    }
                }
                else
                {
                    trail.Reported.Add((finding.RuleId, file, finding.Line, finding.Level));
                    if (family is not null)
                    {
                        family.Reported++;
                    }
                }
            }
        }

        // A rule off in one assembly and running in another is off for what ships.
        foreach (var family in trail.RuleFamilies)
        {
            family.Ran.RemoveAll(r => family.Off.Any(o => o.Split(' ')[0] == r.Split(' ')[0]));
        }

        return trail;
    }

    private static void Add(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }

    private static string Relative(string? file, string? directory)
    {
        if (file is null)
        {
            return "(no source location)";
        }

        if (!string.IsNullOrEmpty(directory))
        {
            var root = directory!.EndsWith("/", StringComparison.Ordinal) || directory.EndsWith("\\", StringComparison.Ordinal) ? directory : directory + Path.DirectorySeparatorChar;
            if (file.StartsWith(root, StringComparison.Ordinal))
            {
                return file.Substring(root.Length).Replace('\\', '/');
            }
        }

        return Path.GetFileName(file);
    }
}
