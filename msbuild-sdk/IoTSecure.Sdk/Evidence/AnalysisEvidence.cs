using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IoTSecure.Sdk.Gate;

namespace IoTSecure.Sdk.Evidence;

/// <summary>A shipped assembly whose receipt says IoTSecure analysed it, with what the compiler's log recorded.</summary>
public sealed class AnalysedAssembly
{
    public AnalysedAssembly(string shippedPath, BuildReceipt receipt, CompilerLog log)
    {
        ShippedPath = shippedPath;
        Receipt = receipt;
        Log = log;
    }

    public string ShippedPath { get; }
    public BuildReceipt Receipt { get; }
    public CompilerLog Log { get; }
    public string Name => Path.GetFileName(ShippedPath);
}

/// <summary>The outcome of checking the shipped assemblies against their build receipts.</summary>
public sealed class AnalysisEvidence
{
    public List<AnalysedAssembly> Analysed { get; } = new();
    public List<GateFinding> Findings { get; } = new();
    public bool HasErrors => Findings.Any(f => f.IsError);
}

/// <summary>
/// Proves that the assemblies a package or publish output ships are the ones a compile with the IoTSecure analyzers
/// produced: each has a build receipt with its SHA-256, the compiler did not skip analyzers, it was given this
/// package's IoTSecure.Analyzers.dll, its SARIF 2.1 log is the one the receipt names and lists the IoTSecure rules,
/// and the credential rules were not switched off. ETSI EN 303 645 5.1 / PSTI Sch.1 para 1 (the rules whose running
/// this proves) and PSTI Sch.4 / CRA Annex II (a statement that claims only what was checked).
/// </summary>
public static class AnalysisVerifier
{
    /// <summary>The rules a device build may not switch off: without them the statement's credential claim is empty.</summary>
    public static readonly string[] CredentialRules = { "IOT1001", "IOT1002", "IOT1003", "IOT1005" };

    /// <summary>A placeholder credential (IOT1006) is a warning while developing, but must not ship: it is refused like the credential rules' findings.</summary>
    public const string PlaceholderRule = "IOT1006";

    /// <summary>The analyzers' note that they skipped a compilation (a test project by its analyzer configuration).</summary>
    public const string SkippedRule = "IOT0001";

    private const string TwoStepFix = "build it with the analyzers on and pack or publish that build, e.g. `dotnet build -c Release` then `dotnet pack --no-build -c Release` (or `dotnet publish --no-build -c Release`)";

    /// <param name="shippedAssemblies">Full paths of the project-compiled assemblies that ship.</param>
    /// <param name="receipts">Every receipt that could vouch for them (own and referenced projects').</param>
    /// <param name="expectedAnalyzerSha256">Fingerprint (<see cref="BuildReceipt.AnalyzerFingerprint"/>) of the IoTSecure.Analyzers.dll in the package running this gate; null when the package has none (a broken install, refused).</param>
    public static AnalysisEvidence Verify(IEnumerable<string> shippedAssemblies, IReadOnlyList<BuildReceipt> receipts, string? expectedAnalyzerSha256)
    {
        var evidence = new AnalysisEvidence();
        foreach (var path in shippedAssemblies.Distinct(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (!File.Exists(path))
            {
                evidence.Findings.Add(new GateFinding(RuleIdentifiers.ReceiptMissing, true,
                    $"{name} would ship but does not exist at {path}: nothing was built to check. {Capital(TwoStepFix)}."));
                continue;
            }

            var hash = BuildReceipt.Sha256(path);
            var matching = receipts.Where(r => string.Equals(r.AssemblySha256, hash, StringComparison.OrdinalIgnoreCase) && r.IsWhereItsCompileWroteIt).ToList();
            if (matching.Count == 0)
            {
                evidence.Findings.Add(new GateFinding(RuleIdentifiers.ReceiptMissing, true,
                    $"{name} would ship, but no IoTSecure build receipt has its SHA-256 ({hash.Substring(0, 12)}...): it was not compiled by a build that ran IoTSecure, or it changed after it was compiled. {Capital(TwoStepFix)}; a referenced project that ships needs IoTSecure too (e.g. the PackageReference in a Directory.Build.props)."));
                continue;
            }

            // Identical bytes from several compiles: one that proves analysis is enough (a deterministic compile gives
            // the same assembly with or without analyzers), so report the problem of the best candidate only.
            List<GateFinding>? firstProblems = null;
            AnalysedAssembly? verified = null;
            foreach (var receipt in matching.OrderByDescending(r => SafeTime(r.ReceiptPath)))
            {
                var problems = new List<GateFinding>();
                var log = Check(name, receipt, expectedAnalyzerSha256, problems);
                if (problems.Count == 0 && log is not null)
                {
                    verified = new AnalysedAssembly(path, receipt, log);
                    break;
                }

                firstProblems ??= problems;
            }

            if (verified is not null)
            {
                evidence.Analysed.Add(verified);
            }
            else
            {
                evidence.Findings.AddRange(firstProblems!);
            }
        }

        return evidence;
    }

    private static CompilerLog? Check(string name, BuildReceipt receipt, string? expectedAnalyzerSha256, List<GateFinding> problems)
    {
        if (receipt.AnalyzersSkipped)
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"{name} was compiled with analyzers skipped ({receipt.SkippedBy ?? "the compiler's SkipAnalyzers switch"}), so no IoTSecure rule saw it; remove the switch and {TwoStepFix}."));
            return null;
        }

        if (receipt.TestProject)
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"{name} was compiled as a test project (IsTestProject=true without IoTDevice=true), and the IoTSecure rules do not analyse test projects; remove IsTestProject from the device build, or declare <IoTDevice>true</IoTDevice> so the rules run, and {TwoStepFix}."));
            return null;
        }

        if (string.IsNullOrEmpty(receipt.AnalyzerPath))
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"{name} was compiled without IoTSecure.Analyzers.dll among the compiler's Analyzer items (removed by a target or by ExcludeAssets=\"analyzers\"), so no IoTSecure rule saw it; keep the package's analyzers and {TwoStepFix}."));
            return null;
        }

        if (expectedAnalyzerSha256 is null)
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"The IoTSecure package running this gate has no analyzers/dotnet/cs/IoTSecure.Analyzers.dll, so the analyzer that compiled {name} cannot be identified; restore the package again, e.g. `dotnet restore --force`."));
            return null;
        }

        if (!string.Equals(receipt.AnalyzerSha256, expectedAnalyzerSha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"{name} was compiled with an IoTSecure.Analyzers.dll ({receipt.AnalyzerPath}, version {receipt.AnalyzerVersion ?? "unknown"}) (or an IoTSecure.Detection.dll beside it) that is not the one in the IoTSecure package running this gate; reference one IoTSecure version and {TwoStepFix}."));
            return null;
        }

        if (string.IsNullOrWhiteSpace(receipt.CompilerLogPath))
        {
            problems.Add(new GateFinding(RuleIdentifiers.ReceiptMissing, true,
                $"{name}'s build receipt has no compiler log: {receipt.CompilerLogProblem ?? "the compiler wrote none"}. Without it the gate cannot see which rules ran; then {TwoStepFix}."));
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(receipt.CompilerLogPath!);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            problems.Add(new GateFinding(RuleIdentifiers.ReceiptMissing, true,
                $"{name}'s compiler log {receipt.CompilerLogPath} cannot be read ({e.GetType().Name}); {TwoStepFix}."));
            return null;
        }

        if (!string.Equals(BuildReceipt.Sha256(bytes), receipt.CompilerLogSha256, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add(new GateFinding(RuleIdentifiers.ReceiptMissing, true,
                $"{name}'s compiler log {receipt.CompilerLogPath} changed after the compile that produced {name} (a later build of the project overwrote it); {TwoStepFix}."));
            return null;
        }

        CompilerLog log;
        try
        {
            log = CompilerLog.Read(bytes);
        }
        catch (InvalidDataException e)
        {
            problems.Add(new GateFinding(RuleIdentifiers.ReceiptMissing, true,
                $"{name}'s compiler log {receipt.CompilerLogPath} is not usable: {e.Message}."));
            return null;
        }

        var loaded = new HashSet<string>(log.Rules.Select(r => r.Id), StringComparer.Ordinal);
        var absent = CredentialRules.Where(id => !loaded.Contains(id)).ToList();
        if (absent.Count > 0)
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"The compiler's log of {name} lists no {string.Join(", ", absent)}: the IoTSecure analyzers did not run on it; keep the package's analyzers and {TwoStepFix}."));
            return null;
        }

        var off = log.Rules.Where(r => (r.IsOff || r.PartlyOff) && CredentialRules.Contains(r.Id)).Select(r => r.Id).ToList();
        if (off.Count > 0)
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"{string.Join(", ", off)} were switched off for {name}, for the whole compile or for some files (NoWarn, .editorconfig or .globalconfig severity = none): the credential rules must run on all of a device build. Suppress a single justified finding with [SuppressMessage(..., Justification = \"...\")] instead, e.g. remove {string.Join(";", off)} from <NoWarn> or the severity line."));
            return null;
        }

        var lowered = log.Rules.Where(r => CredentialRules.Contains(r.Id) && CompilerLog.Rank(r.EffectiveLevel) < CompilerLog.Rank("warning")).ToList();
        if (lowered.Count > 0)
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"{string.Join(", ", lowered.Select(r => r.Id + " (" + r.EffectiveLevel + ")"))} were lowered by configuration for {name}, so their findings neither fail the build nor show in it; keep the package's severities (remove the dotnet_diagnostic.<ID>.severity lines for them), e.g. dotnet_diagnostic.{lowered[0].Id}.severity = error."));
            return null;
        }

        var shipped = log.Findings.Where(f => !f.IsSuppressed && (CredentialRules.Contains(f.RuleId) || f.RuleId == PlaceholderRule)).ToList();
        if (shipped.Count > 0)
        {
            var first = shipped[0];
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                $"{name} was compiled with {shipped.Count} unsuppressed credential finding(s) ({string.Join(", ", shipped.Select(f => f.RuleId + " at " + System.IO.Path.GetFileName(f.File ?? "?") + ":" + f.Line).Take(5))}) reported by the compile: a hard-coded, default or placeholder credential would ship. Fix them, or suppress a justified one with [SuppressMessage(\"IoTSecure\", \"{first.RuleId}\", Justification = \"...\")]."));
            return null;
        }

        var skipped = log.Findings.Where(f => !f.IsSuppressed && f.RuleId == SkippedRule).ToList();
        var skipRule = log.Rules.FirstOrDefault(r => r.Id == SkippedRule);
        if (skipped.Count > 0 || skipRule is { IsOff: true } || skipRule is { PartlyOff: true })
        {
            problems.Add(new GateFinding(RuleIdentifiers.AnalyzersSwitchedOff, true,
                skipped.Count > 0
                    ? $"The IoTSecure rules skipped the compile of {name} ({SkippedRule}: its analyzer configuration says it is a test project); remove build_property.IsTestProject from your .globalconfig/.editorconfig or declare <IoTDevice>true</IoTDevice>, and {TwoStepFix}."
                    : $"{SkippedRule} (which says when the IoTSecure rules skipped a compile) was switched off for {name}, so the gate cannot tell whether they ran; remove its severity line, and {TwoStepFix}."));
            return null;
        }

        return log;
    }

    private static DateTime SafeTime(string? path)
    {
        try
        {
            return path is null ? DateTime.MinValue : File.GetLastWriteTimeUtc(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return DateTime.MinValue;
        }
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
