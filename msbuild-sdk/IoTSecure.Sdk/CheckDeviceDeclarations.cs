using System;
using System.Linq;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;

namespace IoTSecure.Sdk;

/// <summary>
/// The pack and publish gate: validates the product declarations and scans the files that would ship for
/// secrets. Logs IOT8xxx errors and warnings against the project file (or the offending file) and fails when
/// any error is logged, so no package or publish output is written.
/// </summary>
public sealed class CheckDeviceDeclarations : DeclarationTask
{
    /// <summary>Files that go into the package or publish output (None, Content, EmbeddedResource ...).</summary>
    public ITaskItem[]? Files { get; set; }

    /// <summary>What is being gated, for the summary line: <c>pack</c> or <c>publish</c>.</summary>
    public string? Operation { get; set; }

    [Output]
    public string? NormalizedContact { get; private set; }

    /// <summary>How many shipped files were scanned for secrets (for the summary line).</summary>
    [Output]
    public int ScannedFileCount { get; private set; }

    public override bool Execute()
    {
        if (!TryGetToday(out var today))
        {
            return false;
        }

        var declarations = DeclarationValidator.Validate(Input(), today);
        foreach (var finding in declarations.Findings)
        {
            Report(finding.Code, finding.IsError, ProjectFile, 0, finding.Message);
        }

        foreach (var file in (Files ?? Array.Empty<ITaskItem>()).Select(f => f.GetMetadata("FullPath")).Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal))
        {
            if (PackagedFileScanner.IsScanned(file))
            {
                ScannedFileCount++;
            }

            foreach (var secret in PackagedFileScanner.Scan(file))
            {
                Report(GateCodes.SecretInPackagedFile, true, file, secret.Line,
                    $"{System.IO.Path.GetFileName(file)} would ship in the {Operation ?? "package"} and holds a {secret.Kind}; keep secrets out of packaged files (provision them per device at run time) or exclude the file, e.g. <None Update=\"{System.IO.Path.GetFileName(file)}\" Pack=\"false\" CopyToPublishDirectory=\"Never\" />.");
            }
        }

        NormalizedContact = string.Join(";", declarations.Contacts);
        if (Log.HasLoggedErrors)
        {
            Log.LogMessage(MessageImportance.High, "IoTSecure: {0} gate failed; nothing was written.", Operation ?? "pack");
        }

        return !Log.HasLoggedErrors;
    }

    private void Report(string code, bool isError, string? file, int line, string message)
    {
        if (isError)
        {
            Log.LogError("IoTSecure", code, null, GateCodes.HelpLink(code), file, line, 0, 0, 0, message);
        }
        else
        {
            Log.LogWarning("IoTSecure", code, null, GateCodes.HelpLink(code), file, line, 0, 0, 0, message);
        }
    }
}
