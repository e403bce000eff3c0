using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IoTSecure.Sdk.Evidence;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;

namespace IoTSecure.Sdk;

/// <summary>
/// The pack and publish gate: validates the product declarations, proves each shipped assembly was compiled with the
/// IoTSecure analyzers (its build receipt and the compiler's SARIF log), and scans every shipped file for secrets.
/// Logs IOT8xxx errors and warnings against the project file (or the offending file) and fails when any error is
/// logged, so no package or publish output is written.
/// </summary>
public sealed class CheckDeviceDeclarations : EvidenceTask
{
    [Output]
    public string? NormalizedContact { get; private set; }

    /// <summary>How many shipped files were scanned for secrets (for the summary line).</summary>
    [Output]
    public int ScannedFileCount { get; private set; }

    /// <summary>
    /// The secret vocabulary the file scan judged with, in words (<see cref="IoTSecure.Detection.Configuration.SecretVocabulary.Describe"/>), for the
    /// statement of compliance: the team's secret names and placeholder pattern change what the scan reports.
    /// </summary>
    [Output]
    public string? ScanVocabulary { get; private set; }

    protected override bool Run()
    {
        if (!TryGetToday(out var today))
        {
            return false;
        }

        var declarations = DeclarationValidator.Validate(Input(), today);
        foreach (var finding in declarations.Findings)
        {
            Report(finding);
        }

        if (CheckAssemblies)
        {
            var evidence = VerifyAssemblies();
            foreach (var finding in evidence.Findings)
            {
                Report(finding);
            }

            CheckReleaseBuild(evidence);
            CheckSupplyChain();
            foreach (var assembly in evidence.Analysed)
            {
                foreach (var finding in assembly.Log.Findings.Where(f => f.IsSuppressed && f.Justification is null))
                {
                    Report(RuleIdentifiers.SuppressionWithoutJustification, false, finding.File ?? ProjectFile, finding.Line,
                        $"{finding.RuleId} is suppressed here by {finding.Suppression} without a justification; the statement of compliance lists every suppression, so say why, e.g. [SuppressMessage(\"Security\", \"{finding.RuleId}\", Justification = \"Test fixture, never shipped to devices\")].");
                }
            }
        }

        ScanFiles();
        NormalizedContact = string.Join(";", declarations.Contacts);
        if (Log.HasLoggedErrors)
        {
            Log.LogMessage(MessageImportance.High, "IoTSecure: {0} gate failed; nothing was written.", Operation ?? "pack");
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary>A debug build (optimisation off or DEBUG defined) does not ship unless the project declares a development build.</summary>
    private void CheckReleaseBuild(AnalysisEvidence evidence)
    {
        foreach (var assembly in evidence.Analysed.Where(a => a.Receipt.ResponseFile is not null && !IsDevelopmentBuild))
        {
            Report(RuleIdentifiers.DebugBuild, true, ProjectFile, 0,
                $"{assembly.Name} was compiled with options from the response file {assembly.Receipt.ResponseFile} (CompilerResponseFile), which can turn optimisation off or define DEBUG behind the build's back, so the gate cannot show it is a release build; remove <CompilerResponseFile> and set the options in the project, or declare a build for development only, e.g. <IoTDevelopmentBuild>true</IoTDevelopmentBuild>.");
        }

        foreach (var assembly in evidence.Analysed.Where(a => !a.Receipt.Optimize || a.Receipt.DebugDefined))
        {
            if (IsDevelopmentBuild)
            {
                Log.LogMessage(MessageImportance.High, "IoTSecure: {0} is a debug build; IoTDevelopmentBuild=true, so the statement of compliance says \"development build, not for the market\".", assembly.Name);
                continue;
            }

            Report(RuleIdentifiers.DebugBuild, true, ProjectFile, 0,
                $"{assembly.Name} is a debug build ({(assembly.Receipt.Optimize ? string.Empty : "optimisation off")}{(!assembly.Receipt.Optimize && assembly.Receipt.DebugDefined ? ", " : string.Empty)}{(assembly.Receipt.DebugDefined ? "DEBUG defined" : string.Empty)}; configuration {assembly.Receipt.Configuration ?? "unknown"}): a device is placed on the market with a release build. Build and pack the release configuration, e.g. `dotnet pack -c Release`, or declare a build for development only, e.g. <IoTDevelopmentBuild>true</IoTDevelopmentBuild>.");
        }
    }

    /// <summary>The packages that ship: restore information to list them, and no known vulnerability at or above the threshold.</summary>
    private void CheckSupplyChain()
    {
        if (PackageAudit.Rank(Threshold) < 0)
        {
            Report(RuleIdentifiers.SeverityThresholdInvalid, true, ProjectFile, 0,
                $"IoTVulnerabilitySeverityThreshold received {DeclarationValidator.Show(VulnerabilitySeverityThreshold)}; expected low, moderate, high or critical, e.g. <IoTVulnerabilitySeverityThreshold>moderate</IoTVulnerabilitySeverityThreshold>.");
            return;
        }

        var assets = ReadAssets(out var problem);
        if (assets is null)
        {
            Report(RuleIdentifiers.RestoreInformationMissing, true, ProjectFile, 0, problem + ".");
            return;
        }

        var audit = Audit(assets);
        if (!audit.Audited)
        {
            Report(RuleIdentifiers.NotAudited, false, ProjectFile, 0,
                $"The packages that ship were not audited for known vulnerabilities: {audit.NotAuditedReason}. The statement of compliance says \"not audited\".");
        }

        if (audit.SuppressedAdvisories.Count > 0)
        {
            Report(RuleIdentifiers.ChecksSwitchedOff, false, ProjectFile, 0,
                $"NuGetAuditSuppress tells NuGet to ignore {audit.SuppressedAdvisories.Count} advisory(ies) ({string.Join(", ", audit.SuppressedAdvisories.Take(3))}); the statement of compliance lists them as exceptions the project declared.");
        }

        foreach (var vulnerability in audit.Vulnerabilities.Where(v => PackageAudit.Rank(v.Severity) >= PackageAudit.Rank(Threshold)))
        {
            Report(RuleIdentifiers.VulnerablePackage, true, ProjectFile, 0,
                $"{vulnerability.Package} {vulnerability.Version} ships with a known {vulnerability.Severity} severity vulnerability ({vulnerability.Advisory ?? "advisory not named"}), at or above IoTVulnerabilitySeverityThreshold ({Threshold}). Update it to a version the advisory lists as fixed (the first version outside its affected range), e.g. <PackageReference Include=\"{vulnerability.Package}\" Version=\"<fixed version>\" />, or raise the threshold with a documented reason.");
        }
    }

    private void ScanFiles()
    {
        var excluded = ScanExclusionsByPath(out var exclusionErrors);
        foreach (var error in exclusionErrors)
        {
            Report(RuleIdentifiers.FileNotScanned, true, ProjectFile, 0, error);
        }

        var vocabulary = TeamVocabulary();
        ScanVocabulary = vocabulary.Describe();
        foreach (var file in GatedFilePaths())
        {
            var secrets = PackagedFileScanner.Scan(file, vocabulary, out var notScanned);
            if (notScanned is null)
            {
                if (PackagedFileScanner.IsScanned(file))
                {
                    ScannedFileCount++;
                }
            }
            else if (!excluded.ContainsKey(file))
            {
                Report(RuleIdentifiers.FileNotScanned, true, file, 0,
                    $"{Path.GetFileName(file)} would ship in the {Operation ?? "package"} but was not scanned for secrets: {notScanned}. Keep it out of what ships, or declare that it ships unscanned and why (the statement of compliance lists it), e.g. <ItemGroup><IoTSecureUnscannedFile Include=\"{Path.GetFileName(file)}\" Reason=\"Map tiles, no configuration\" /></ItemGroup>.");
            }

            foreach (var secret in secrets)
            {
                Report(RuleIdentifiers.SecretInPackagedFile, true, file, secret.Line,
                    $"{Path.GetFileName(file)} would ship in the {Operation ?? "package"} and holds a {secret.Kind}; keep secrets out of packaged files (provision them per device at run time) or exclude the file, e.g. <None Update=\"{Path.GetFileName(file)}\" Pack=\"false\" CopyToPublishDirectory=\"Never\" />.");
            }
        }
    }
}
