using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using IoTSecure.Sdk.Evidence;
using Microsoft.Build.Framework;

namespace IoTSecure.Sdk;

/// <summary>
/// Writes the build receipt of one compile (see <see cref="BuildReceipt"/>): runs right after <c>CoreCompile</c>
/// with the compiler's own inputs, so it records what that compile was given, not what a later step claims.
/// </summary>
public sealed class WriteBuildReceipt : GateTask
{
    /// <summary>The assembly the compiler produced (<c>@(IntermediateAssembly)</c>).</summary>
    [Required]
    public string Assembly { get; set; } = string.Empty;

    /// <summary>Where to write the receipt.</summary>
    [Required]
    public string ReceiptFile { get; set; } = string.Empty;

    /// <summary>The ErrorLog value the compiler was given: <c>file[,version=2.1]</c>.</summary>
    public string? ErrorLog { get; set; }

    /// <summary>
    /// The compiler log's last-write time (local ticks, as MSBuild's File.GetLastWriteTime gives them) before CoreCompile, or <c>none</c>. When the log is unchanged the
    /// compiler did not run (CoreCompile was up to date): the receipt of the compile that did run stands, and none is
    /// written for bytes the compiler did not just produce.
    /// </summary>
    public string? LogStampBeforeCompile { get; set; }

    /// <summary>IsTestProject and IoTDevice as the compile saw them: the rules skip test projects that are not devices.</summary>
    public string? IsTestProject { get; set; }

    public string? IoTDevice { get; set; }

    /// <summary>The SDK's <c>_SkipAnalyzers</c>: true when the compiler was told to skip analyzers.</summary>
    public string? SkipAnalyzers { get; set; }

    /// <summary>The SDK's <c>_ImplicitlySkipAnalyzers</c>: true when an implicitly triggered build skipped them.</summary>
    public string? ImplicitlySkipAnalyzers { get; set; }

    public string? RunAnalyzers { get; set; }
    public string? RunAnalyzersDuringBuild { get; set; }

    /// <summary>The Analyzer items given to the compiler.</summary>
    public ITaskItem[]? Analyzers { get; set; }

    /// <summary>$(CompilerResponseFile): extra compiler options from a file, which can override what MSBuild says (optimisation, DEBUG).</summary>
    public string? ResponseFile { get; set; }

    public string? Configuration { get; set; }
    public string? TargetFramework { get; set; }
    public string? Optimize { get; set; }
    public string? DefineConstants { get; set; }

    /// <summary>The compiler writes the assembly, then its log, within this many seconds; an assembly outside that
    /// window was put there by something else.</summary>
    private const int CompileWindowSeconds = 120;

    protected override bool Run()
    {
        if (!File.Exists(Assembly))
        {
            // CoreCompile failed or produced nothing: no receipt (an old one for other bytes cannot vouch for anything new).
            return true;
        }

        var sarif = BuildReceipt.Sarif2Path(ErrorLog, out var problem);
        var sarifFull = sarif is null ? null : Path.GetFullPath(Path.IsPathRooted(sarif) ? sarif : Path.Combine(Path.GetDirectoryName(ProjectFile ?? ".") ?? ".", sarif));
        if (sarifFull is not null && File.Exists(sarifFull) && !string.IsNullOrEmpty(LogStampBeforeCompile) &&
            LogStampBeforeCompile != "none" &&
            File.GetLastWriteTime(sarifFull).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) == LogStampBeforeCompile)
        {
            Log.LogMessage(MessageImportance.Normal, "IoTSecure: {0} was not recompiled; its build receipt stays as the compile that produced it wrote it.", Path.GetFileName(Assembly));
            return true;
        }

        var receipt = new BuildReceipt
        {
            ProjectFile = ProjectFile,
            Configuration = Configuration,
            TargetFramework = TargetFramework,
            Optimize = IsTrue(Optimize),
            DebugDefined = (DefineConstants ?? string.Empty).Split(';', ',').Any(c => c.Trim() == "DEBUG"),
            AssemblyPath = Path.GetFullPath(Assembly),
            AssemblySha256 = BuildReceipt.Sha256(Assembly),
            AnalyzersSkipped = IsTrue(SkipAnalyzers),
            TestProject = IsTrue(IsTestProject) && !IsTrue(IoTDevice),
            ResponseFile = string.IsNullOrWhiteSpace(ResponseFile) ? null : ResponseFile!.Trim(),
        };

        if (receipt.AnalyzersSkipped)
        {
            receipt.SkippedBy = IsFalse(RunAnalyzers) ? "RunAnalyzers=false"
                : IsFalse(RunAnalyzersDuringBuild) ? "RunAnalyzersDuringBuild=false"
                : IsTrue(ImplicitlySkipAnalyzers) ? "IsImplicitlyTriggeredBuild=true with OptimizeImplicitlyTriggeredBuild"
                : "the compiler's SkipAnalyzers switch";
        }

        var analyzer = (Analyzers ?? Array.Empty<ITaskItem>())
            .Select(a => a.GetMetadata("FullPath"))
            .FirstOrDefault(p => string.Equals(Path.GetFileName(p), "IoTSecure.Analyzers.dll", StringComparison.OrdinalIgnoreCase) && File.Exists(p));
        if (analyzer is not null)
        {
            receipt.AnalyzerPath = analyzer;
            receipt.AnalyzerSha256 = BuildReceipt.AnalyzerFingerprint(analyzer);
            receipt.AnalyzerVersion = VersionOf(analyzer);
        }

        if (sarifFull is not null)
        {
            var full = sarifFull;
            if (File.Exists(full) && (File.GetLastWriteTimeUtc(Assembly) > File.GetLastWriteTimeUtc(full) ||
                                      File.GetLastWriteTimeUtc(Assembly) < File.GetLastWriteTimeUtc(full).AddSeconds(-CompileWindowSeconds)))
            {
                // The compiler writes the assembly, then its log: an assembly newer than the log was changed after the
                // compile (by a target between CoreCompile and this one), so the log does not describe these bytes.
                receipt.CompilerLogProblem = "the assembly was not written by the compile that wrote the log (a step after CoreCompile replaced or rewrote it), so the log does not describe the bytes that ship";
            }
            else if (File.Exists(full))
            {
                receipt.CompilerLogPath = full;
                receipt.CompilerLogSha256 = BuildReceipt.Sha256(full);
            }
            else
            {
                receipt.CompilerLogProblem = "the compiler wrote no log at " + full;
            }
        }
        else
        {
            receipt.CompilerLogProblem = problem;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ReceiptFile))!);
        File.WriteAllText(ReceiptFile, receipt.ToJson(), new UTF8Encoding(false));
        Log.LogMessage(MessageImportance.Normal, "IoTSecure: build receipt {0} ({1}, analyzers {2}).", ReceiptFile,
            Path.GetFileName(Assembly), receipt.AnalyzersSkipped ? "skipped by " + receipt.SkippedBy : receipt.AnalyzerPath is null ? "absent" : "ran");
        return true;
    }

    private static string? VersionOf(string path)
    {
        try
        {
            var info = FileVersionInfo.GetVersionInfo(path);
            return info.ProductVersion ?? info.FileVersion;
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(string? value) => string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
}
