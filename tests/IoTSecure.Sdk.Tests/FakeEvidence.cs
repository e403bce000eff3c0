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
        AssetsPath = Path.Combine(directory, "obj", "project.assets.json");
        PackagesFolder = Path.Combine(directory, "packages") + Path.DirectorySeparatorChar;
        WriteAssets();
    }

    public string AssetsPath { get; }
    public string PackagesFolder { get; }

    /// <summary>Restore messages to record, e.g. ("NU1903", "MQTTnet", "Package 'MQTTnet' 5.2.0 has a known high severity vulnerability, https://...").</summary>
    public List<(string Code, string Library, string Message)> RestoreMessages { get; } = new();

    public bool AuditEnabled { get; set; } = true;
    public string AuditLevel { get; set; } = "low";
    public string AuditMode { get; set; } = "all";
    public string NoWarn { get; set; } = string.Empty;
    public List<string> SuppressedAdvisories { get; } = new();

    /// <summary>Adds a net9.0 graph in which the device ships Newtonsoft.Json 13.0.3 (a multi-targeted project).</summary>
    public bool SecondFramework { get; set; }

    /// <summary>
    /// A project.assets.json as restore writes it for a device referencing MQTTnet 5.2.0 (which brings
    /// System.IO.Pipelines 9.0.0) and IoTSecure.Analyzers with PrivateAssets="all", with the packages' .nuspec files.
    /// </summary>
    public void WriteAssets()
    {
        string Nuspec(string id, string version, string? license) =>
            $"<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata><id>{id}</id><version>{version}</version>{(license is null ? string.Empty : $"<license type=\"expression\">{license}</license>")}</metadata></package>";
        foreach (var (id, version, license) in new[] { ("MQTTnet", "5.2.0", "MIT"), ("System.IO.Pipelines", "9.0.0", "MIT"), ("IoTSecure.Analyzers", "1.0.0", (string?)null) })
        {
            var folder = Path.Combine(PackagesFolder, id.ToLowerInvariant(), version);
            System.IO.Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"), Nuspec(id, version, license));
        }

        var sha = Convert.ToBase64String(System.Security.Cryptography.SHA512.HashData(Encoding.UTF8.GetBytes("nupkg")));
        var logs = string.Join(", ", RestoreMessages.Select(m => $$"""{ "code": "{{m.Code}}", "level": "Warning", "warningLevel": 1, "message": "{{m.Message}}", "libraryId": "{{m.Library}}", "targetGraphs": [ "net10.0" ] }"""));
        File.WriteAllText(AssetsPath, $$"""
            {
              "version": 3,
              "targets": {
                "net10.0": {
                  "IoTSecure.Analyzers/1.0.0": { "type": "package", "build": { "build/IoTSecure.Analyzers.props": {} } },
                  "MQTTnet/5.2.0": { "type": "package", "dependencies": { "System.IO.Pipelines": "9.0.0" }, "compile": { "lib/net8.0/MQTTnet.dll": {} }, "runtime": { "lib/net8.0/MQTTnet.dll": {} } },
                  "System.IO.Pipelines/9.0.0": { "type": "package", "compile": { "lib/net8.0/_._": {} }, "runtime": { "lib/net8.0/System.IO.Pipelines.dll": {} } }
                }{{(SecondFramework ? ",\n    \"net9.0\": { \"Newtonsoft.Json/13.0.3\": { \"type\": \"package\", \"runtime\": { \"lib/net6.0/Newtonsoft.Json.dll\": {} } } }" : string.Empty)}}
              },
              "libraries": {
                "IoTSecure.Analyzers/1.0.0": { "sha512": "{{sha}}", "type": "package", "path": "iotsecure.analyzers/1.0.0" },
                "MQTTnet/5.2.0": { "sha512": "{{sha}}", "type": "package", "path": "mqttnet/5.2.0" },
                "System.IO.Pipelines/9.0.0": { "sha512": "{{sha}}", "type": "package", "path": "system.io.pipelines/9.0.0" },
                "Newtonsoft.Json/13.0.3": { "sha512": "{{sha}}", "type": "package", "path": "newtonsoft.json/13.0.3" }
              },
              "packageFolders": { "{{PackagesFolder.Replace("\\", "\\\\")}}": {} },
              "project": {
                "restore": {
                  "sources": { "http://127.0.0.1:9/v3/index.json": {} },
                  "configFilePaths": [],
                  "warningProperties": { "noWarn": [ {{NoWarn}} ] },
                  "restoreAuditProperties": { "enableAudit": "{{(AuditEnabled ? "true" : "false")}}", "auditLevel": "{{AuditLevel}}", "auditMode": "{{AuditMode}}", "suppressedAdvisories": { {{string.Join(", ", SuppressedAdvisories.Select(a => "\"" + a + "\": null"))}} } }
                },
                "frameworks": {
                  "net10.0": {
                    "dependencies": {
                      "IoTSecure.Analyzers": { "suppressParent": "All", "target": "Package", "version": "[1.0.0, )" },
                      "MQTTnet": { "target": "Package", "version": "[5.2.0, )" }
                    }
                  }{{(SecondFramework ? ",\n      \"net9.0\": { \"dependencies\": { \"Newtonsoft.Json\": { \"target\": \"Package\", \"version\": \"[13.0.3, )\" } } }" : string.Empty)}}
                }
              },
              "logs": [ {{logs}} ]
            }
            """);
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
        WriteAssets();
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
            AnalyzerSha256 = BuildReceipt.AnalyzerFingerprint(AnalyzerPath),
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
