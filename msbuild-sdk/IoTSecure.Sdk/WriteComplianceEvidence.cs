using System.Collections.Generic;
using System.IO;
using System.Text;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IoTSecure.Sdk;

/// <summary>
/// Writes security.txt and the statement of compliance (JSON and Markdown) into <see cref="OutputDirectory"/>.
/// Runs only after <see cref="CheckDeviceDeclarations"/> passed; writes a file only when its content changed.
/// </summary>
public sealed class WriteComplianceEvidence : DeclarationTask
{
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    public string? ProductName { get; set; }
    public string? ProductVersion { get; set; }
    public string? ProductType { get; set; }
    public string? Standards { get; set; }
    public string? PlaceOfIssue { get; set; }
    public string? PreferredLanguages { get; set; }

    /// <summary>What is being written for, for the summary line: <c>pack</c> or <c>publish</c>.</summary>
    public string? Operation { get; set; }

    /// <summary>How many shipped files the gate scanned, for the summary line.</summary>
    public int ScannedFileCount { get; set; }

    /// <summary>The date of issue, <c>yyyy-MM-dd</c>; <see cref="DeclarationTask.Today"/> when empty.</summary>
    public string? DateOfIssue { get; set; }

    /// <summary>The files written, with <c>PackagePath</c> (under <c>iotsecure/</c>) and <c>RelativePath</c> metadata.</summary>
    [Output]
    public ITaskItem[] GeneratedFiles { get; private set; } = System.Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        if (!TryGetToday(out var today))
        {
            return false;
        }

        var issued = today;
        if (!string.IsNullOrWhiteSpace(DateOfIssue))
        {
            var saved = Today;
            Today = DateOfIssue;
            var ok = TryGetToday(out issued);
            Today = saved;
            if (!ok)
            {
                return false;
            }
        }

        var declarations = DeclarationValidator.Validate(Input(), today);
        if (declarations.HasErrors)
        {
            Log.LogError("IoTSecure", GateCodes.SupportPeriodMissing, null, null, ProjectFile, 0, 0, 0, 0,
                "The compliance evidence was not written because the declarations do not pass the IoTSecure gate; run the gate first.");
            return false;
        }

        var identity = new ProductIdentity
        {
            ProductName = ProductName,
            ProductVersion = ProductVersion,
            ProductType = ProductType,
            ProductModel = ProductModel,
            Manufacturer = Manufacturer,
            ManufacturerAddress = ManufacturerAddress,
            Standards = Standards,
            PlaceOfIssue = PlaceOfIssue,
            PreferredLanguages = PreferredLanguages,
            NoUpdateRationale = NoUpdateRationale,
        };

        Directory.CreateDirectory(OutputDirectory);
        var files = new List<ITaskItem>
        {
            Write(ComplianceEvidence.SecurityTxtName, ComplianceEvidence.SecurityTxt(declarations, identity, issued)),
            Write(ComplianceEvidence.StatementJsonName, ComplianceEvidence.StatementJson(declarations, identity, issued)),
            Write(ComplianceEvidence.StatementMarkdownName, ComplianceEvidence.StatementMarkdown(declarations, identity, issued)),
        };
        GeneratedFiles = files.ToArray();
        var missing = ComplianceEvidence.MissingFields(declarations, identity);
        Log.LogMessage(MessageImportance.High,
            "IoTSecure: {0} gate passed. Declared: support period to {1}, contact {2}, update mechanism {3}{4}; scanned {5} shipped file(s) for secrets. Generated: iotsecure/{6}, iotsecure/{7}, iotsecure/{8}{9}.",
            Operation ?? "pack", declarations.SupportPeriodEndText, string.Join(";", declarations.Contacts), declarations.UpdateMechanism,
            declarations.Markets.Count > 0 ? ", markets " + string.Join(";", declarations.Markets) : string.Empty,
            ScannedFileCount, ComplianceEvidence.SecurityTxtName, ComplianceEvidence.StatementJsonName, ComplianceEvidence.StatementMarkdownName,
            missing.Count > 0 ? " (statement fields marked missing: " + string.Join(", ", missing) + ")" : string.Empty);
        return !Log.HasLoggedErrors;
    }

    private ITaskItem Write(string name, string content)
    {
        var path = Path.Combine(OutputDirectory, name);
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
        if (!File.Exists(path) || !SameBytes(File.ReadAllBytes(path), bytes))
        {
            File.WriteAllBytes(path, bytes);
        }

        var item = new TaskItem(path);
        item.SetMetadata("PackagePath", "iotsecure/" + name);
        item.SetMetadata("RelativePath", "iotsecure/" + name);
        return item;
    }

    private static bool SameBytes(byte[] a, byte[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] != b[i])
            {
                return false;
            }
        }

        return true;
    }
}
