using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using IoTSecure.Sdk.Evidence;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IoTSecure.Sdk;

/// <summary>
/// Writes security.txt and the statement of compliance (JSON and Markdown) into <see cref="OutputDirectory"/>, with
/// the audit trail of what was checked (from the shipped assemblies' build receipts and compiler logs). Runs only
/// after <see cref="CheckDeviceDeclarations"/> passed and re-checks the evidence itself, so it never writes a
/// statement for something the gate would refuse. Writes a file only when its content changed.
/// </summary>
public sealed class WriteComplianceEvidence : EvidenceTask
{
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>How many shipped files the gate scanned, for the summary line and the statement.</summary>
    public int ScannedFileCount { get; set; }

    /// <summary>The secret vocabulary the gate's file scan used (<see cref="CheckDeviceDeclarations.ScanVocabulary"/>).</summary>
    public string? ScanVocabulary { get; set; }

    /// <summary>Directory of the project, so the statement names files relative to it.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>The files written, with <c>PackagePath</c> (under <c>iotsecure/</c>) and <c>RelativePath</c> metadata.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = System.Array.Empty<ITaskItem>();

    protected override bool Run()
    {
        if (!TryGetToday(out var today) || !TryGetDateOfIssue(today, out var issued))
        {
            return false;
        }

        var declarations = DeclarationValidator.Validate(Input(), today);
        var evidence = CheckAssemblies ? VerifyAssemblies() : new AnalysisEvidence();
        if (declarations.HasErrors || evidence.HasErrors)
        {
            Report(RuleIdentifiers.GateFailed, true, ProjectFile, 0,
                "The compliance evidence was not written because the build does not pass the IoTSecure gate; run the gate first (it names what is wrong).");
            return false;
        }

        var audit = AuditTrail.From(evidence.Analysed, ProjectDirectory);
        audit.UpdatesOutsideTheApp = declarations.UpdateMechanism == "InApp" ? null : declarations.UpdateMechanism;
        var exclusions = ScanExclusionsByPath(out _);
        var shipped = GatedFilePaths().ToList();
        foreach (var file in shipped.Where(exclusions.ContainsKey))
        {
            audit.NotScanned.Add(Path.GetFileName(file) + " (declared: " + exclusions[file] + ")");
        }

        var (fromPackages, others) = UnanalysedBinaries();
        if (fromPackages > 0)
        {
            audit.NotAnalysed.Add($"{fromPackages} shipped assembly(ies) from NuGet packages: third-party code, not analysed by IoTSecure");
        }

        audit.NotAnalysed.AddRange(others);

        audit.BuildChecks.Add("ETSI EN 303 645 5.3-13; PSTI Sch.1 para 3; CRA Art. 13: security-update support period end declared and not past (IOT8001-IOT8005)");
        audit.BuildChecks.Add("ETSI EN 303 645 5.2-1; PSTI Sch.1 para 2; RFC 9116: vulnerability disclosure contact declared and published in security.txt (IOT8010-IOT8012)");
        audit.BuildChecks.Add($"ETSI EN 303 645 5.4-1: {ScannedFileCount} of the {shipped.Count} shipped file(s) scanned for secrets (configuration, key and text formats; the others are binaries), judged with {(string.IsNullOrWhiteSpace(ScanVocabulary) ? "a secret vocabulary the gate did not report" : ComplianceEvidence.Line(ScanVocabulary))} (IOT8040, IOT8041)");
        if (audit.Assemblies.Count > 0)
        {
            audit.BuildChecks.Add($"PSTI Sch.4; CRA Annex II: {audit.Assemblies.Count} shipped assembly(ies) matched by SHA-256 to the compile that the IoTSecure rules checked (IOT8030, IOT8033)");
        }

        Directory.CreateDirectory(OutputDirectory);
        var identity = Identity();
        var files = new List<ITaskItem>();
        if (CheckAssemblies)
        {
            var assets = ReadAssets(out var problem);
            if (assets is null)
            {
                Report(RuleIdentifiers.RestoreInformationMissing, true, ProjectFile, 0, problem + ".");
                return false;
            }

            var sbom = SoftwareBillOfMaterials.Write(assets, new SbomSubject
            {
                Name = string.IsNullOrWhiteSpace(ProductName) ? Path.GetFileNameWithoutExtension(ProjectFile ?? "device") : ComplianceEvidence.Line(ProductName)!,
                Version = ComplianceEvidence.Line(ProductVersion),
                Manufacturer = ComplianceEvidence.Line(Manufacturer),
                Model = ComplianceEvidence.Line(ProductModel),
            }, ToolVersion());
            var sbomItem = Write(OutputDirectory, SoftwareBillOfMaterials.FileName, sbom);
            files.Add(sbomItem);
            audit.Sbom = ("iotsecure/" + SoftwareBillOfMaterials.FileName, BuildReceipt.Sha256(File.ReadAllBytes(sbomItem.ItemSpec)));
            audit.VulnerabilityAudit = Audit(assets);
            audit.VulnerabilityThreshold = Threshold;
            audit.DevelopmentBuild = IsDevelopmentBuild && evidence.Analysed.Any(a => !a.Receipt.Optimize || a.Receipt.DebugDefined);
        }

        files.AddRange(new[]
        {
            Write(OutputDirectory, ComplianceEvidence.SecurityTxtName, ComplianceEvidence.SecurityTxt(declarations, identity, issued)),
            Write(OutputDirectory, ComplianceEvidence.StatementJsonName, ComplianceEvidence.StatementJson(declarations, identity, issued, audit)),
            Write(OutputDirectory, ComplianceEvidence.StatementMarkdownName, ComplianceEvidence.StatementMarkdown(declarations, identity, issued, audit)),
        });
        GeneratedFiles = files.ToArray();
        var missing = ComplianceEvidence.MissingFields(declarations, identity);
        var notChecked = ComplianceEvidence.NotChecked(audit);
        Log.LogMessage(MessageImportance.High,
            "IoTSecure: {0} gate passed. Declared: support period to {1}, contact {2}, update mechanism {3}{4}; {5} assembly(ies) checked against their build receipts; scanned {6} shipped file(s) for secrets. Generated: {7}{8}{9}.",
            Operation ?? "pack", declarations.SupportPeriodEndText, string.Join(";", declarations.Contacts), declarations.UpdateMechanism,
            declarations.Markets.Count > 0 ? ", markets " + string.Join(";", declarations.Markets) : string.Empty,
            audit.Assemblies.Count, ScannedFileCount, string.Join(", ", GeneratedFiles.Select(f => f.GetMetadata("PackagePath"))),
            missing.Count > 0 ? " (statement fields marked missing: " + string.Join(", ", missing) + ")" : string.Empty,
            notChecked.Count > 0 ? " (the statement lists " + notChecked.Count + " thing(s) not checked)" : string.Empty);
        return true;
    }

    /// <summary>IoTSecure's version as the package was built (the informational version, e.g. 1.2.0 or 0.1.0-local.20261130).</summary>
    private static string ToolVersion()
    {
        var assembly = typeof(WriteComplianceEvidence).Assembly;
        var informational = System.Reflection.CustomAttributeExtensions.GetCustomAttribute<System.Reflection.AssemblyInformationalVersionAttribute>(assembly)?.InformationalVersion;
        return informational is null ? assembly.GetName().Version?.ToString() ?? "unknown" : informational.Split('+')[0];
    }

    /// <summary>Writes <paramref name="content"/> as UTF-8 (no BOM) unless the file already holds it; returns the item to pack or publish.</summary>
    internal static ITaskItem Write(string directory, string name, string content)
    {
        var path = Path.Combine(directory, name);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        if (!File.Exists(path) || !File.ReadAllBytes(path).SequenceEqual(bytes))
        {
            File.WriteAllBytes(path, bytes);
        }

        var item = new TaskItem(path);
        item.SetMetadata("PackagePath", "iotsecure/" + name);
        item.SetMetadata("RelativePath", "iotsecure/" + name);
        return item;
    }
}
