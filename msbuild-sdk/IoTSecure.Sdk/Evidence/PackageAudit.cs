using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace IoTSecure.Sdk.Evidence;

/// <summary>A known vulnerability NuGet's audit reported for a shipped package (NU1901-NU1904).</summary>
public sealed class KnownVulnerability
{
    public KnownVulnerability(string package, string version, string severity, string? advisory)
    {
        Package = package;
        Version = version;
        Severity = severity;
        Advisory = advisory;
    }

    public string Package { get; }
    public string Version { get; }

    /// <summary><c>low</c>, <c>moderate</c>, <c>high</c> or <c>critical</c>.</summary>
    public string Severity { get; }

    public string? Advisory { get; }
}

/// <summary>What NuGet's vulnerability audit said about the packages that ship, and whether it could say anything.</summary>
public sealed class AuditResult
{
    /// <summary>Null when vulnerability data was read; otherwise why the packages were not audited.</summary>
    public string? NotAuditedReason { get; set; }

    public bool Audited => NotAuditedReason is null;

    /// <summary>The audit sources that provided vulnerability data.</summary>
    public List<string> Sources { get; } = new();

    public string? Mode { get; set; }

    public List<KnownVulnerability> Vulnerabilities { get; } = new();

    /// <summary>Advisories the project told NuGet to ignore (NuGetAuditSuppress): allowed, listed in the statement.</summary>
    public List<string> SuppressedAdvisories { get; } = new();
}

/// <summary>
/// Reads NuGet's own vulnerability audit (NuGetAudit, warnings NU1901-NU1904) from what restore recorded, and makes
/// sure vulnerability data was really read: audit on, no NU1900/NU1905, and at least one audit source (nuget.config
/// <c>auditSources</c>, else the package sources) whose service index offers a <c>VulnerabilityInfo</c> resource.
/// Without that the result is "not audited", never "no known vulnerabilities" (EU CRA Annex I Part I (2)(a);
/// ETSI EN 303 645 5.3-x; EN 18031-1 GEC-1).
/// </summary>
public static class PackageAudit
{
    public static readonly string[] Severities = { "low", "moderate", "high", "critical" };

    private static readonly Regex Finding = new(@"'(?<name>[^']+)'\s+(?<version>\S+)\s+has a known (?<severity>low|moderate|high|critical) severity vulnerability,?\s*(?<url>\S+)?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    private static readonly ConcurrentDictionary<string, bool> ProvidesVulnerabilityData = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severity rank: low 0 ... critical 3; -1 for an unknown word.</summary>
    public static int Rank(string? severity) => Array.IndexOf(Severities, severity?.Trim().ToLowerInvariant());

    public static AuditResult Read(ProjectAssets assets, IReadOnlyCollection<AssetLibrary> shipped, Func<string, bool>? providesData = null, string threshold = "moderate", string? assetsFile = null)
    {
        var result = new AuditResult { Mode = assets.AuditMode };
        result.SuppressedAdvisories.AddRange(assets.SuppressedAdvisories);
        if (!string.Equals(assets.AuditEnabled, "true", StringComparison.OrdinalIgnoreCase))
        {
            result.NotAuditedReason = "NuGetAudit was off when the packages were restored (NuGetAudit=false); set <NuGetAudit>true</NuGetAudit> and restore again";
            return result;
        }

        // What restore was told not to report cannot be read back as "nothing found".
        if (assets.AuditWarningsSilenced.Count > 0)
        {
            result.NotAuditedReason = $"NoWarn hides NuGet's audit warnings (NU1901-NU1904) for {string.Join(", ", assets.AuditWarningsSilenced)}, so a vulnerable package would not be reported; remove them from NoWarn";
            return result;
        }

        if (assets.AuditLevel is { } level && Rank(level) > Rank(threshold))
        {
            result.NotAuditedReason = $"NuGetAuditLevel is {level}: restore did not report vulnerabilities below it, and IoTVulnerabilitySeverityThreshold is {threshold}; set <NuGetAuditLevel>low</NuGetAuditLevel>";
            return result;
        }

        var directNames = new HashSet<string>(assets.DirectDependencies.Select(d => d.Name), StringComparer.OrdinalIgnoreCase);
        var transitive = shipped.Where(l => l.IsPackage && !directNames.Contains(l.Name)).Select(l => l.Name).ToList();
        if (string.Equals(assets.AuditMode, "direct", StringComparison.OrdinalIgnoreCase) && transitive.Count > 0)
        {
            result.NotAuditedReason = $"NuGetAuditMode is direct: the {transitive.Count} transitive package(s) that ship ({string.Join(", ", transitive.Take(5))}{(transitive.Count > 5 ? ", ..." : string.Empty)}) were not audited; set <NuGetAuditMode>all</NuGetAuditMode>";
            return result;
        }

        if (assetsFile is not null && File.Exists(assetsFile) &&
            assets.ConfigFiles.FirstOrDefault(c => SafeIsNewer(c, assetsFile)) is { } changed)
        {
            result.NotAuditedReason = $"{changed} changed after the packages were restored, so the audit sources it names now are not the ones restore used; restore again (dotnet restore) before packing";
            return result;
        }

        var failure = assets.Messages.FirstOrDefault(m => m.Code is "NU1900" or "NU1905");
        if (failure is not null)
        {
            result.NotAuditedReason = $"no vulnerability data could be read ({failure.Code}: {Shorten(failure.Message)})";
            return result;
        }

        var names = new HashSet<string>(shipped.Where(l => l.IsPackage).Select(l => l.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var message in assets.Messages.Where(m => m.Code is "NU1901" or "NU1902" or "NU1903" or "NU1904"))
        {
            var match = Finding.Match(message.Message);
            var name = message.LibraryId ?? (match.Success ? match.Groups["name"].Value : null);
            if (name is null || !names.Contains(name))
            {
                continue;
            }

            var severity = message.Code switch { "NU1901" => "low", "NU1902" => "moderate", "NU1903" => "high", _ => "critical" };
            var version = match.Success ? match.Groups["version"].Value : assets.Libraries.Values.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase))?.Version ?? "?";
            var url = match.Success && match.Groups["url"].Success ? match.Groups["url"].Value.TrimEnd('.', ',') : null;
            result.Vulnerabilities.Add(new KnownVulnerability(name, version, severity, url));
        }

        var probe = providesData ?? ServiceIndexOffersVulnerabilities;
        foreach (var source in AuditSources(assets))
        {
            if (probe(source))
            {
                result.Sources.Add(source);
            }
        }

        if (result.Sources.Count == 0)
        {
            result.NotAuditedReason = "none of the sources restore audits against offers vulnerability data (a VulnerabilityInfo resource in its service index), so no advisory was read and a vulnerable package would not have been reported; add a NuGet V3 source that offers it to nuget.config, e.g. <auditSources><add key=\"advisories\" value=\"<that source's service index URL>\" /></auditSources>";
        }

        return result;
    }

    /// <summary>The sources restore audits against: nuget.config <c>auditSources</c> when any, else the http(s) package sources.</summary>
    public static IReadOnlyList<string> AuditSources(ProjectAssets assets)
    {
        var audit = new List<string>();
        foreach (var config in assets.ConfigFiles.Where(c => !string.IsNullOrWhiteSpace(c) && c.IndexOf('\0') < 0 && !c.Contains("://")))
        {
            try
            {
                var section = XDocument.Load(config).Root?.Element("auditSources");
                if (section is null)
                {
                    continue;
                }

                if (section.Element("clear") is not null)
                {
                    audit.Clear();
                }

                audit.AddRange(section.Elements("add").Select(a => (string?)a.Attribute("value")).OfType<string>());
            }
            catch (Exception e) when (e is IOException or System.Xml.XmlException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // An unreadable config file cannot add an audit source; the result says "not audited" if none is left.
            }
        }

        return (audit.Count > 0 ? audit : assets.Sources)
            .Where(s => s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Whether a NuGet V3 service index lists a <c>VulnerabilityInfo/*</c> resource (cached per build process).</summary>
    public static bool ServiceIndexOffersVulnerabilities(string source) =>
        ProvidesVulnerabilityData.GetOrAdd(source, url =>
        {
            try
            {
                using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
                var bytes = client.GetByteArrayAsync(url).GetAwaiter().GetResult();
                return JsonNode.Parse(bytes)["resources"]?.Items.Any(r => JsonNode.Text(r["@type"])?.StartsWith("VulnerabilityInfo", StringComparison.OrdinalIgnoreCase) == true) == true;
            }
            catch (Exception e) when (e is HttpRequestException or System.Threading.Tasks.TaskCanceledException or InvalidDataException or IOException or UriFormatException or InvalidOperationException)
            {
                return false;
            }
        });

    private static bool SafeIsNewer(string file, string than)
    {
        try
        {
            return !string.IsNullOrWhiteSpace(file) && File.Exists(file) && File.GetLastWriteTimeUtc(file) > File.GetLastWriteTimeUtc(than);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "...";
}
