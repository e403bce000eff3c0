using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IoTSecure.Sdk.Evidence;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;
using IoTSecure.Detection.Configuration;

namespace IoTSecure.Sdk;

/// <summary>
/// The inputs that say what ships and how it was built, shared by the gate and the evidence writer so both judge the
/// same things: the shipped files, the project-compiled assemblies among them, where their build receipts are, and
/// the IoTSecure.Analyzers.dll of the package running the gate.
/// </summary>
public abstract class EvidenceTask : DeclarationTask
{
    /// <summary>Every file that goes into the package or publish output (the final pack or publish item lists).</summary>
    public ITaskItem[]? Files { get; set; }

    /// <summary>What is being gated, for messages: <c>pack</c> or <c>publish</c>.</summary>
    public string? Operation { get; set; }

    /// <summary>The assemblies compiled by this project and its project references that ship (full paths).</summary>
    public ITaskItem[]? ShippedAssemblies { get; set; }

    /// <summary>Folders searched (recursively) for <c>*.iotsecure-receipt.json</c>: this project's and its references' obj folders.</summary>
    public ITaskItem[]? ReceiptFolders { get; set; }

    /// <summary>False only for <c>IoTSecureCheck</c> (declarations on their own, nothing built or shipped yet).</summary>
    public bool CheckAssemblies { get; set; } = true;

    /// <summary>NuGet's restore output for the project (<c>$(ProjectAssetsFile)</c>): the packages that ship and the audit.</summary>
    public string? ProjectAssetsFile { get; set; }

    public string? TargetFramework { get; set; }

    /// <summary>IoTVulnerabilitySeverityThreshold: <c>low</c>, <c>moderate</c> (default), <c>high</c> or <c>critical</c>.</summary>
    public string? VulnerabilitySeverityThreshold { get; set; }

    /// <summary>IoTDevelopmentBuild: <c>true</c> lets a debug build ship, marked "development build, not for the market".</summary>
    public string? DevelopmentBuild { get; set; }

    /// <summary>For the repository's in-process tests: answers "does this audit source offer vulnerability data" without HTTP.</summary>
    internal static Func<string, bool>? VulnerabilitySourceProbeForTests { get; set; }

    /// <summary>NuGet's audit of the packages that ship (see <see cref="PackageAudit"/>).</summary>
    protected AuditResult Audit(ProjectAssets assets) => PackageAudit.Read(assets, assets.Shipped(), VulnerabilitySourceProbeForTests, Threshold, ProjectAssetsFile);

    protected bool IsDevelopmentBuild => string.Equals(DevelopmentBuild?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    protected string Threshold => string.IsNullOrWhiteSpace(VulnerabilitySeverityThreshold) ? "moderate" : VulnerabilitySeverityThreshold!.Trim().ToLowerInvariant();

    /// <summary>The restore information, or null with the reason it cannot be read.</summary>
    protected ProjectAssets? ReadAssets(out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(ProjectAssetsFile) || !File.Exists(ProjectAssetsFile))
        {
            problem = $"ProjectAssetsFile received {DeclarationValidator.Show(ProjectAssetsFile)}, which is not a file: without NuGet's restore output the gate cannot list the packages that ship or read their vulnerability audit; restore first, e.g. `dotnet restore` (or build without --no-restore)";
            return null;
        }

        try
        {
            return ProjectAssets.Read(ProjectAssetsFile!, TargetFramework);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            problem = $"{ProjectAssetsFile} cannot be read ({e.Message}); restore again, e.g. `dotnet restore --force`";
            return null;
        }
    }

    /// <summary>Shipped files the project declares are not to be scanned (IoTSecureUnscannedFile items, with a <c>Reason</c>).</summary>
    public ITaskItem[]? ScanExclusions { get; set; }

    /// <summary>
    /// The analyzer config files the compiler is given (<c>@(EditorConfigFiles)</c>: .editorconfig and .globalconfig files
    /// above the project, the packages' global configs). Their global <c>iotsecure.secret_names</c> and
    /// <c>iotsecure.placeholder_patterns</c> make the file scan judge with the same vocabulary as the analyzers.
    /// </summary>
    public ITaskItem[]? AnalyzerConfigFiles { get; set; }

    /// <summary>The team's secret vocabulary, read from <see cref="AnalyzerConfigFiles"/> as the compiler merges them.</summary>
    private protected SecretVocabulary TeamVocabulary() =>
        SecretVocabulary.FromConfigFiles((AnalyzerConfigFiles ?? Array.Empty<ITaskItem>()).Select(f => f.GetMetadata("FullPath")).Where(p => !string.IsNullOrEmpty(p)));

    protected AnalysisEvidence VerifyAssemblies()
    {
        var receipts = BuildReceipt.FindAll((ReceiptFolders ?? Array.Empty<ITaskItem>()).Select(f => f.GetMetadata("FullPath")));
        var packaged = PackagedAnalyzerPath();
        var expected = packaged is not null ? BuildReceipt.AnalyzerFingerprint(packaged) : null;
        // Satellite assemblies hold resources only; their .resx sources are among the scanned files.
        var shipped = (ShippedAssemblies ?? Array.Empty<ITaskItem>()).Select(a => a.GetMetadata("FullPath"))
            .Where(p => !string.IsNullOrEmpty(p) && !p.EndsWith(".resources.dll", StringComparison.OrdinalIgnoreCase));
        var evidence = AnalysisVerifier.Verify(shipped, receipts, expected);
        if (evidence.Analysed.Count == 0 && !evidence.HasErrors)
        {
            evidence.Findings.Add(new GateFinding(RuleIdentifiers.ReceiptMissing, true,
                $"No assembly compiled by this project was found among what the {Operation ?? "package"} ships, so the gate cannot show that any IoTSecure rule checked it; pack or publish the project's own build output, e.g. `dotnet build -c Release` then `dotnet {Operation ?? "pack"} --no-build -c Release`."));
        }

        return evidence;
    }

    /// <summary>
    /// Where the analyzer shipped beside this task in its package is: <c>tasks/netstandard2.0/../../analyzers/dotnet/cs</c>.
    /// No property can point the gate at another analyzer; a task assembly moved out of its package finds none and the
    /// gate refuses. The repository's in-process tests set <see cref="AnalyzerBesideTasksForTests"/>.
    /// </summary>
    internal static string? AnalyzerBesideTasksForTests { get; set; }

    private static string? PackagedAnalyzerPath()
    {
        if (AnalyzerBesideTasksForTests is { } forTests)
        {
            return File.Exists(forTests) ? forTests : null;
        }

        var tasks = Path.GetDirectoryName(typeof(EvidenceTask).Assembly.Location);
        if (string.IsNullOrEmpty(tasks))
        {
            return null;
        }

        var beside = Path.GetFullPath(Path.Combine(tasks, "..", "..", "analyzers", "dotnet", "cs", "IoTSecure.Analyzers.dll"));
        return File.Exists(beside) ? beside : null;
    }

    /// <summary>
    /// Shipped binaries (.dll, .exe) that are not among the project-compiled assemblies: how many come from NuGet packages,
    /// and the names of the others (vendor binaries, DLLs added by hand). IoTSecure analysed neither; the statement says so.
    /// </summary>
    protected (int FromPackages, List<string> Others) UnanalysedBinaries()
    {
        var compiled = new HashSet<string>((ShippedAssemblies ?? Array.Empty<ITaskItem>()).Select(a => a.GetMetadata("FullPath")), StringComparer.Ordinal);
        var compiledNames = new HashSet<string>(compiled.Select(Path.GetFileName), StringComparer.OrdinalIgnoreCase);
        var fromPackages = 0;
        var others = new List<string>();
        foreach (var item in (Files ?? Array.Empty<ITaskItem>()).GroupBy(f => f.GetMetadata("FullPath"), StringComparer.Ordinal).Select(g => g.First()))
        {
            var path = item.GetMetadata("FullPath");
            var extension = Path.GetExtension(path);
            if (compiled.Contains(path) || !(extension.Equals(".dll", StringComparison.OrdinalIgnoreCase) || extension.Equals(".exe", StringComparison.OrdinalIgnoreCase)) ||
                path.EndsWith(".resources.dll", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!string.IsNullOrEmpty(item.GetMetadata("NuGetPackageId")))
            {
                fromPackages++;
            }
            else if (compiledNames.Contains(Path.GetFileName(path)))
            {
                others.Add(Path.GetFileName(path) + ": ships as rewritten after the compile (ReadyToRun, trimming or another publish step), so its bytes are not the analysed ones listed above");
            }
            else
            {
                others.Add(Path.GetFileName(path) + ": no build receipt of this project vouches for it (a prebuilt or vendor binary, or one added to the package by hand), so IoTSecure did not analyse it");
            }
        }

        others.Sort(StringComparer.Ordinal);
        return (fromPackages, others);
    }

    protected IEnumerable<string> GatedFilePaths() =>
        (Files ?? Array.Empty<ITaskItem>()).Select(f => f.GetMetadata("FullPath")).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal);

    /// <summary>The declared unscanned files by full path, with their reason; an exclusion without a reason is an error.</summary>
    protected Dictionary<string, string> ScanExclusionsByPath(out List<string> errors)
    {
        errors = new List<string>();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in ScanExclusions ?? Array.Empty<ITaskItem>())
        {
            var reason = item.GetMetadata("Reason");
            if (string.IsNullOrWhiteSpace(reason))
            {
                errors.Add($"IoTSecureUnscannedFile '{item.ItemSpec}' has no Reason; a file that ships unscanned is listed in the statement of compliance with why, e.g. <IoTSecureUnscannedFile Include=\"{item.ItemSpec}\" Reason=\"Firmware image for the radio module, no configuration\" />.");
                continue;
            }

            result[item.GetMetadata("FullPath")] = reason.Trim();
        }

        return result;
    }
}
