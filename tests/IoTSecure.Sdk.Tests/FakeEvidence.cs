using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using IoTSecure.Sdk.Evidence;

namespace IoTSecure.Sdk.Tests;

/// <summary>
/// What a compile leaves in obj/, written by hand: an assembly, the IoTSecure analyzer the compiler was given, the
/// compiler's SARIF 2.1 log (in the shape csc writes it: rules with defaultConfiguration, results with ruleIndex and
/// suppressions, invocations with ruleConfigurationOverrides) and the build receipt that ties them together.
/// </summary>
public sealed class FakeEvidence
{
    public static readonly string[] AllRules = { "IOT1001", "IOT1002", "IOT1003", "IOT1004", "IOT1005", "IOT1006", "IOT2001", "IOT2002", "IOT2003", "IOT2004", "IOT3001", "IOT3002", "IOT3003", "IOT3004", "IOT3005" };

    public FakeEvidence(string directory)
    {
        Directory = directory;
        Obj = Path.Combine(directory, "obj", "Release", "net10.0");
        System.IO.Directory.CreateDirectory(Obj);
        AnalyzerPath = Path.Combine(directory, "pkg", "analyzers", "dotnet", "cs", "IoTSecure.Analyzers.dll");
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(AnalyzerPath)!);
        File.WriteAllBytes(AnalyzerPath, Encoding.ASCII.GetBytes("the packaged analyzer"));
        AssemblyPath = Path.Combine(Obj, "Device.dll");
        SarifPath = Path.Combine(Obj, "Device.iotsecure.sarif");
        ReceiptPath = Path.Combine(Obj, "Device" + BuildReceipt.FileSuffix);
        File.WriteAllBytes(AssemblyPath, Guid.NewGuid().ToByteArray());
    }

    public string Directory { get; }
    public string Obj { get; }
    public string AnalyzerPath { get; }
    public string AssemblyPath { get; }
    public string SarifPath { get; }
    public string ReceiptPath { get; }

    public List<string> Rules { get; } = new(AllRules);

    /// <summary>Rule ID and configuration JSON, e.g. <c>("IOT2001", "{ \"enabled\": false }")</c>.</summary>
    public List<(string Rule, string Configuration)> Overrides { get; } = new();

    /// <summary>Results: rule, file, line, suppression type (null = reported), justification.</summary>
    public List<(string Rule, string File, int Line, string? Suppression, string? Justification)> Results { get; } = new();

    /// <summary>Writes the SARIF log and the receipt; <paramref name="change"/> edits the receipt first.</summary>
    public FakeEvidence Write(Action<BuildReceipt>? change = null, string? receiptPath = null)
    {
        File.WriteAllText(SarifPath, Sarif());
        var receipt = new BuildReceipt
        {
            ProjectFile = Path.Combine(Directory, "Device.csproj"),
            Configuration = "Release",
            TargetFramework = "net10.0",
            Optimize = true,
            AssemblyPath = AssemblyPath,
            AssemblySha256 = BuildReceipt.Sha256(AssemblyPath),
            AnalyzerPath = AnalyzerPath,
            AnalyzerSha256 = BuildReceipt.Sha256(AnalyzerPath),
            AnalyzerVersion = "1.0.0",
            CompilerLogPath = SarifPath,
            CompilerLogSha256 = BuildReceipt.Sha256(SarifPath),
        };
        change?.Invoke(receipt);
        File.WriteAllText(receiptPath ?? ReceiptPath, receipt.ToJson());
        return this;
    }

    public string Sarif()
    {
        string Rule(string id) => $$"""{ "id": "{{id}}", "shortDescription": { "text": "t" }, "defaultConfiguration": { "level": "{{(id is "IOT1004" or "IOT1006" or "IOT2004" or "IOT3001" ? "warning" : "error")}}" } }""";
        var rules = new[] { "CA1000" }.Concat(Rules).ToList();
        string Result((string Rule, string File, int Line, string? Suppression, string? Justification) r)
        {
            var suppression = r.Suppression is null ? string.Empty
                : $$""", "suppressions": [ { "kind": "inSource"{{(r.Justification is null ? string.Empty : $", \"justification\": \"{r.Justification}\"")}}, "properties": { "suppressionType": "{{r.Suppression}}" } } ]""";
            return $$"""{ "ruleId": "{{r.Rule}}", "ruleIndex": {{rules.IndexOf(r.Rule)}}, "level": "error", "message": { "text": "Hard-coded password reaches ..." }{{suppression}}, "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "{{new Uri(Path.Combine(Directory, r.File)).AbsoluteUri}}" }, "region": { "startLine": {{r.Line}}, "startColumn": 5 } } } ] }""";
        }

        var overrides = string.Join(", ", Overrides.Select(o => $$"""{ "descriptor": { "id": "{{o.Rule}}", "index": {{rules.IndexOf(o.Rule)}} }, "configuration": {{o.Configuration}} }"""));
        return $$"""
            {
              "$schema": "http://json.schemastore.org/sarif-2.1.0",
              "version": "2.1.0",
              "runs": [ {
                "results": [ {{string.Join(", ", Results.Select(Result))}} ],
                "tool": { "driver": { "name": "Microsoft (R) Visual C# Compiler", "version": "5.9.0", "rules": [ {{string.Join(", ", rules.Select(Rule))}} ] } },
                "invocations": [ { "executionSuccessful": true, "ruleConfigurationOverrides": [ {{overrides}} ] } ],
                "columnKind": "utf16CodeUnits"
              } ]
            }
            """;
    }
}
