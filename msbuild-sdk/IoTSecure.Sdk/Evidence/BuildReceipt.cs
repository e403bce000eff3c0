using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace IoTSecure.Sdk.Evidence;

/// <summary>
/// What one compile of a project produced and how it was checked, written beside its intermediate output
/// (<c>obj/&lt;Configuration&gt;/&lt;TargetFramework&gt;/&lt;TargetName&gt;.iotsecure-receipt.json</c>) by the
/// <c>_IoTSecureWriteBuildReceipt</c> target right after <c>CoreCompile</c>. Pack and publish accept a shipped
/// assembly only when a receipt with its SHA-256 says that the IoTSecure analyzers ran on it.
/// </summary>
public sealed class BuildReceipt
{
    public const string Schema = "iotsecure/build-receipt/v1";
    public const string FileSuffix = ".iotsecure-receipt.json";

    /// <summary>The file the receipt was read from (not part of the JSON).</summary>
    public string? ReceiptPath { get; set; }

    public string? ProjectFile { get; set; }
    public string? Configuration { get; set; }
    public string? TargetFramework { get; set; }

    /// <summary><c>true</c> when the compile optimised its code (a release build).</summary>
    public bool Optimize { get; set; }

    /// <summary><c>true</c> when <c>DEBUG</c> was among the compile's DefineConstants.</summary>
    public bool DebugDefined { get; set; }

    /// <summary>The assembly the compiler produced (full path) and its SHA-256 (lower-case hex).</summary>
    public string AssemblyPath { get; set; } = string.Empty;
    public string AssemblySha256 { get; set; } = string.Empty;

    /// <summary>A compiler response file the compile read (its options can override optimisation and DEBUG), or null.</summary>
    public string? ResponseFile { get; set; }

    /// <summary>True when the compile was of a test project that is not declared a device (IsTestProject without IoTDevice=true): the rules skip those.</summary>
    public bool TestProject { get; set; }

    /// <summary>Whether the compiler was told to skip analyzers, and which switch did it (null when it was not).</summary>
    public bool AnalyzersSkipped { get; set; }
    public string? SkippedBy { get; set; }

    /// <summary>
    /// The IoTSecure.Analyzers.dll given to the compiler: path, fingerprint (<see cref="AnalyzerFingerprint"/>, over it
    /// and the detection assembly beside it) and version; null path when none was.
    /// </summary>
    public string? AnalyzerPath { get; set; }
    public string? AnalyzerSha256 { get; set; }
    public string? AnalyzerVersion { get; set; }

    /// <summary>The compiler's SARIF 2.1 log of this compile: path and SHA-256; null path when none was written.</summary>
    public string? CompilerLogPath { get; set; }
    public string? CompilerLogSha256 { get; set; }

    /// <summary>Why no usable compiler log was recorded (the ErrorLog value it found), or null.</summary>
    public string? CompilerLogProblem { get; set; }

    /// <summary>
    /// True when the receipt sits where the receipt target writes it for its assembly
    /// (<c>&lt;dir&gt;/&lt;name&gt;.iotsecure-receipt.json</c> beside <c>&lt;dir&gt;/&lt;name&gt;.dll</c>); a receipt file elsewhere
    /// vouches for nothing.
    /// </summary>
    public bool IsWhereItsCompileWroteIt
    {
        get
        {
            if (ReceiptPath is null || string.IsNullOrWhiteSpace(AssemblyPath))
            {
                return false;
            }

            try
            {
                var expected = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(AssemblyPath))!, Path.GetFileNameWithoutExtension(AssemblyPath) + FileSuffix);
                return string.Equals(Path.GetFullPath(ReceiptPath), expected, StringComparison.Ordinal);
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
            {
                return false;
            }
        }
    }

    public string ToJson()
    {
        var json = new JsonText();
        json.Open();
        json.Property("schema", Schema);
        json.Property("project", ProjectFile);
        json.Property("configuration", Configuration);
        json.Property("targetFramework", TargetFramework);
        json.Property("optimize", Optimize);
        json.Property("debugDefined", DebugDefined);
        json.Object("assembly", () =>
        {
            json.Property("path", AssemblyPath);
            json.Property("sha256", AssemblySha256);
        });
        json.Property("testProject", TestProject);
        json.Property("responseFile", ResponseFile);
        json.Property("analyzersSkipped", AnalyzersSkipped);
        json.Property("skippedBy", SkippedBy);
        json.Object("analyzer", () =>
        {
            json.Property("path", AnalyzerPath);
            json.Property("sha256", AnalyzerSha256);
            json.Property("version", AnalyzerVersion);
        });
        json.Object("compilerLog", () =>
        {
            json.Property("path", CompilerLogPath);
            json.Property("sha256", CompilerLogSha256);
            json.Property("problem", CompilerLogProblem);
        });
        json.Close();
        return json.ToString();
    }

    /// <summary>Reads a receipt. Throws <see cref="InvalidDataException"/> when the file is not one.</summary>
    public static BuildReceipt Read(string path)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(path));
        if (JsonNode.Text(root["schema"]) != Schema)
        {
            throw new InvalidDataException("not an IoTSecure build receipt (" + Schema + ")");
        }

        return new BuildReceipt
        {
            ReceiptPath = path,
            ProjectFile = JsonNode.Text(root["project"]),
            Configuration = JsonNode.Text(root["configuration"]),
            TargetFramework = JsonNode.Text(root["targetFramework"]),
            Optimize = JsonNode.Text(root["optimize"]) == "true",
            DebugDefined = JsonNode.Text(root["debugDefined"]) == "true",
            AssemblyPath = JsonNode.Text(root["assembly"]?["path"]) ?? string.Empty,
            AssemblySha256 = JsonNode.Text(root["assembly"]?["sha256"]) ?? string.Empty,
            TestProject = JsonNode.Text(root["testProject"]) == "true",
            ResponseFile = JsonNode.Text(root["responseFile"]),
            AnalyzersSkipped = JsonNode.Text(root["analyzersSkipped"]) == "true",
            SkippedBy = JsonNode.Text(root["skippedBy"]),
            AnalyzerPath = JsonNode.Text(root["analyzer"]?["path"]),
            AnalyzerSha256 = JsonNode.Text(root["analyzer"]?["sha256"]),
            AnalyzerVersion = JsonNode.Text(root["analyzer"]?["version"]),
            CompilerLogPath = JsonNode.Text(root["compilerLog"]?["path"]),
            CompilerLogSha256 = JsonNode.Text(root["compilerLog"]?["sha256"]),
            CompilerLogProblem = JsonNode.Text(root["compilerLog"]?["problem"]),
        };
    }

    /// <summary>SHA-256 of a file as lower-case hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(stream));
    }

    /// <summary>File name of the detection assembly the analyzer loads from its own folder.</summary>
    public const string DetectionAssemblyName = "IoTSecure.Detection.dll";

    /// <summary>
    /// What identifies the analysis code a compiler ran: the SHA-256 of IoTSecure.Analyzers.dll when no
    /// IoTSecure.Detection.dll is beside it, else the SHA-256 of the two files' lower-case hex SHA-256 values joined by
    /// a line feed (the analyzer loads its secret vocabulary from the detection assembly, so both decide what is found).
    /// </summary>
    /// <param name="analyzerPath">Full path of an IoTSecure.Analyzers.dll.</param>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static string AnalyzerFingerprint(string analyzerPath)
    {
        var own = Sha256(analyzerPath);
        var detection = Path.Combine(Path.GetDirectoryName(analyzerPath) ?? ".", DetectionAssemblyName);
        return File.Exists(detection) ? Sha256(Encoding.ASCII.GetBytes(own + "\n" + Sha256(detection))) : own;
    }

    public static string Sha256(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return Hex(sha.ComputeHash(bytes));
    }

    private static string Hex(byte[] hash)
    {
        var builder = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }

    /// <summary>
    /// The path of the SARIF log an <c>ErrorLog</c> property value names, or null with a reason when it names none
    /// or not SARIF 2.x. The compiler takes <c>file[,version={1|1.0|2|2.1}]</c>; without a version it writes SARIF 1.0.
    /// </summary>
    public static string? Sarif2Path(string? errorLog, out string? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(errorLog))
        {
            problem = "ErrorLog is empty (IoTSecureSarif=false, or a target cleared it), so the compiler wrote no log of what it checked";
            return null;
        }

        var parts = errorLog!.Split(',');
        var version = parts.Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("version=", StringComparison.OrdinalIgnoreCase))?.Substring("version=".Length);
        if (version is null || !(version == "2" || version.StartsWith("2.", StringComparison.Ordinal)))
        {
            problem = "ErrorLog received '" + errorLog + "', which asks for SARIF " + (version ?? "1.0") + "; IoTSecure reads the compiler's SARIF 2.1 log, e.g. <ErrorLog>$(MSBuildProjectDirectory)/obj/build.sarif,version=2.1</ErrorLog>, or leave ErrorLog unset";
            return null;
        }

        return parts[0].Trim();
    }

    /// <summary>Receipts found under the given folders (recursively), unreadable ones skipped.</summary>
    public static IReadOnlyList<BuildReceipt> FindAll(IEnumerable<string> folders)
    {
        var found = new List<BuildReceipt>();
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*" + FileSuffix, SearchOption.AllDirectories))
            {
                try
                {
                    found.Add(Read(file));
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    // Not a receipt we can read: it cannot vouch for anything, and an assembly without a readable
                    // receipt is refused by the caller.
                }
            }
        }

        return found;
    }
}
