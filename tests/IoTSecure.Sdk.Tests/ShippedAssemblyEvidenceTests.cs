using System;
using System.IO;
using System.Linq;
using IoTSecure.Sdk.Evidence;
using IoTSecure.Sdk.Gate;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace IoTSecure.Sdk.Tests;

/// <summary>The gate's proof that what ships was analysed: build receipts, compiler logs, and the statement's audit trail.</summary>
public sealed class ShippedAssemblyEvidenceTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iotsecure-evidence-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly FakeEvidence _evidence;

    public ShippedAssemblyEvidenceTests()
    {
        Directory.CreateDirectory(_directory);
        _evidence = new FakeEvidence(_directory);
        EvidenceTask.AnalyzerBesideTasksForTests = _evidence.AnalyzerPath; // as if the task ran from its package
        EvidenceTask.VulnerabilitySourceProbeForTests = _ => true;           // the audit source offers vulnerability data
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private T Gate<T>(T task, FakeBuildEngine engine)
        where T : EvidenceTask
    {
        task.BuildEngine = engine;
        task.ProjectFile = Path.Combine(_directory, "Device.csproj");
        task.SupportPeriodEnd = "2031-12";
        task.DisclosureContact = "security@example.com";
        task.Manufacturer = "Contoso Devices Ltd";
        task.ManufacturerAddress = "1 High Street, London";
        task.ProductModel = "CT-100";
        task.Operation = "pack";
        task.ShippedAssemblies = new ITaskItem[] { new TaskItem(_evidence.AssemblyPath) };
        task.ReceiptFolders = new ITaskItem[] { new TaskItem(Path.Combine(_directory, "obj")) };
        task.ProjectAssetsFile = _evidence.AssetsPath;
        task.TargetFramework = "net10.0";
        return task;
    }

    private (bool Passed, FakeBuildEngine Engine) Check()
    {
        var engine = new FakeBuildEngine();
        var passed = Gate(new CheckDeviceDeclarations(), engine).Execute();
        return (passed, engine);
    }

    private string Statement()
    {
        var engine = new FakeBuildEngine();
        var task = Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out"), ProjectDirectory = _directory, ScannedFileCount = 1 }, engine);
        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        return File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName));
    }

    private static string Only(FakeBuildEngine engine, string code) => Assert.Single(engine.Errors, e => e.Code == code).Message!;

    [Fact]
    public void A_shipped_assembly_with_a_receipt_of_an_analysed_compile_passes_and_the_statement_lists_what_ran()
    {
        _evidence.Results.Add(("IOT1004", "Secrets.cs", 7, null, null));
        _evidence.Results.Add(("IOT1001", "Tests/Fixture.cs", 12, "SuppressMessageAttribute", "Fixture only, never deployed"));
        _evidence.Write();

        var (passed, engine) = Check();
        Assert.True(passed, string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.Empty(engine.Warnings);

        var statement = Statement();
        Assert.Contains("Every IoTSecure rule family and build check ran on what ships", statement);
        Assert.Contains("\"name\": \"Device.dll\"", statement);
        Assert.Contains("\"IOT1001 (error)\"", statement);
        Assert.Contains("\"rule\": \"IOT1004\",\n        \"file\": \"Secrets.cs\",\n        \"line\": 7", statement);
        Assert.Contains("\"how\": \"SuppressMessageAttribute\",\n        \"justification\": \"Fixture only, never deployed\"", statement);
        Assert.Contains("\"file\": \"Tests/Fixture.cs\"", statement);
        Assert.DoesNotContain("Hard-coded password reaches", statement); // messages never reach the statement
    }

    [Fact]
    public void No_receipt_for_the_shipped_bytes_is_refused()
    {
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("no IoTSecure build receipt has its SHA-256", Only(engine, RuleIdentifiers.ReceiptMissing));
        Assert.Contains("dotnet build -c Release", Only(engine, RuleIdentifiers.ReceiptMissing));
    }

    [Fact]
    public void An_assembly_changed_after_its_compile_is_refused()
    {
        _evidence.Write();
        File.AppendAllText(_evidence.AssemblyPath, "patched");
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("changed after it was compiled", Only(engine, RuleIdentifiers.ReceiptMissing));
    }

    [Fact]
    public void A_compile_that_skipped_analyzers_is_refused_naming_the_switch()
    {
        _evidence.Write(r => { r.AnalyzersSkipped = true; r.SkippedBy = "IsImplicitlyTriggeredBuild=true with OptimizeImplicitlyTriggeredBuild"; });
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("IsImplicitlyTriggeredBuild=true", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));
    }

    [Fact]
    public void A_compile_without_the_IoTSecure_analyzer_or_with_another_one_is_refused()
    {
        _evidence.Write(r => { r.AnalyzerPath = null; r.AnalyzerSha256 = null; });
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("without IoTSecure.Analyzers.dll", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));

        _evidence.Write(r => r.AnalyzerSha256 = new string('0', 64));
        (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("not the one in the IoTSecure package", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));
    }

    [Fact]
    public void A_compiler_log_without_the_IoTSecure_rules_or_changed_since_is_refused()
    {
        _evidence.Rules.Clear();
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("lists no IOT1001, IOT1002, IOT1003, IOT1005", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));

        _evidence.Rules.AddRange(FakeEvidence.AllRules);
        _evidence.Write();
        File.AppendAllText(_evidence.SarifPath, " ");
        (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("changed after the compile", Only(engine, RuleIdentifiers.ReceiptMissing));

        _evidence.Write(r => { r.CompilerLogPath = null; r.CompilerLogProblem = "ErrorLog is empty"; });
        (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("ErrorLog is empty", Only(engine, RuleIdentifiers.ReceiptMissing));
    }

    [Theory]
    [InlineData("{ \"enabled\": false }")]
    [InlineData("{ \"level\": \"none\", \"enabled\": false }")]
    public void Credential_rules_switched_off_by_configuration_are_refused(string configuration)
    {
        _evidence.Overrides.Add(("IOT1002", configuration));
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("IOT1002 were switched off", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));
    }

    [Fact]
    public void Other_rules_switched_off_or_relevelled_pass_but_the_statement_does_not_claim_their_family()
    {
        _evidence.Overrides.Add(("IOT2001", "{ \"enabled\": false }"));
        _evidence.Overrides.Add(("IOT3001", "{ \"level\": \"note\" }"));
        _evidence.Write();
        Assert.True(Check().Passed);

        var statement = Statement();
        Assert.Contains("Checked in part", statement);
        Assert.Contains("security updates (ETSI EN 303 645 5.3-1 to 5.3-10; CRA Annex I Part I (2)(c)): IOT2001 switched off by configuration", statement);
        Assert.Contains("\"IOT3001 (note, set by configuration)\"", statement);
        var performed = statement.Substring(statement.IndexOf("\"checksPerformed\"", StringComparison.Ordinal));
        performed = performed.Substring(0, performed.IndexOf(']'));
        Assert.DoesNotContain("security updates", performed);
        Assert.Contains("credentials and secrets", performed);
    }

    [Fact]
    public void A_credential_rule_switched_off_for_some_or_all_files_by_editorconfig_is_refused()
    {
        // What csc writes for the package's severity = error plus a [*.cs] or [Generated/*.cs] severity = none: two entries.
        _evidence.Overrides.Add(("IOT1001", "{ \"level\": \"error\" }"));
        _evidence.Overrides.Add(("IOT1001", "{ \"enabled\": false }"));
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("IOT1001 were switched off for Device.dll, for the whole compile or for some files", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));
    }

    [Theory]
    [InlineData("note")]
    [InlineData("none\", \"enabled\": \"true")]
    public void A_credential_rule_lowered_below_warning_is_refused(string level)
    {
        _evidence.Overrides.Add(("IOT1003", "{ \"level\": \"error\" }"));
        _evidence.Overrides.Add(("IOT1003", "{ \"level\": \"" + level + "\" }"));
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains(engine.Errors, e => e.Code == RuleIdentifiers.AnalyzersSwitchedOff && (e.Message!.Contains("were lowered by configuration") || e.Message.Contains("switched off")));
    }

    [Fact]
    public void An_unsuppressed_credential_finding_at_warning_level_is_refused()
    {
        _evidence.Overrides.Add(("IOT1001", "{ \"level\": \"warning\" }"));
        _evidence.Write();
        Assert.True(Check().Passed); // lowered to warning with nothing found: recorded, not refused

        _evidence.Results.Add(("IOT1001", "Program.cs", 5, null, null));
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("1 unsuppressed credential finding(s) (IOT1001 at Program.cs:5)", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));
    }

    [Fact]
    public void Another_rule_switched_off_for_some_files_passes_and_its_family_is_not_claimed()
    {
        _evidence.Overrides.Add(("IOT3001", "{ \"level\": \"warning\" }"));
        _evidence.Overrides.Add(("IOT3001", "{ \"enabled\": false }"));
        _evidence.Write();
        Assert.True(Check().Passed);
        var statement = Statement();
        Assert.Contains("\"IOT3001 (in some files)\"", statement);
        Assert.Contains("communicating securely (ETSI EN 303 645 5.5-1, 5.5-2; CRA Annex I Part I (2)(e)): IOT3001 (in some files) switched off by configuration", statement);
    }

    [Fact]
    public void A_compile_the_rules_skipped_as_a_test_project_is_refused()
    {
        _evidence.Rules.Add("IOT0001");
        _evidence.Results.Add(("IOT0001", "Program.cs", 0, null, null));
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("skipped the compile of Device.dll (IOT0001", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));

        _evidence.Results.Clear();
        _evidence.Overrides.Add(("IOT0001", "{ \"enabled\": false }"));
        _evidence.Write();
        (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("IOT0001 (which says when the IoTSecure rules skipped a compile) was switched off", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));

        _evidence.Overrides.Clear();
        _evidence.Write(r => r.TestProject = true);
        (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("compiled as a test project", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));
    }

    [Fact]
    public void Shipped_binaries_that_were_not_compiled_here_are_named_as_not_analysed()
    {
        _evidence.Write();
        var vendor = Path.Combine(_directory, "Vendor.Radio.dll");
        File.WriteAllText(vendor, "binary");
        var package = new TaskItem(Path.Combine(_directory, "MQTTnet.dll"));
        package.SetMetadata("NuGetPackageId", "MQTTnet");
        File.WriteAllText(package.ItemSpec, "binary");
        var engine = new FakeBuildEngine();
        var task = Gate(new WriteComplianceEvidence
        {
            OutputDirectory = Path.Combine(_directory, "out"),
            Files = new ITaskItem[] { new TaskItem(_evidence.AssemblyPath), new TaskItem(vendor), package },
        }, engine);
        Assert.True(task.Execute());
        var statement = File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName));
        Assert.Contains("Vendor.Radio.dll: no build receipt of this project vouches for it", statement);
        Assert.Contains("1 shipped assembly(ies) from NuGet packages: third-party code, not analysed by IoTSecure", statement);
        Assert.Contains("Checked in part", statement);
    }

    [Fact]
    public void A_suppression_without_justification_is_a_warning_and_listed_as_such()
    {
        _evidence.Results.Add(("IOT1001", "Program.cs", 3, "Pragma Directive", null));
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.True(passed);
        var warning = Assert.Single(engine.Warnings, w => w.Code == RuleIdentifiers.SuppressionWithoutJustification);
        Assert.Equal(Path.Combine(_directory, "Program.cs"), warning.File);
        Assert.Equal(3, warning.LineNumber);
        Assert.Contains("\"justification\": null", Statement());
    }

    [Fact]
    public void A_receipt_anywhere_but_where_its_compile_writes_it_vouches_for_nothing()
    {
        // A forged receipt for the shipped bytes, dropped elsewhere under obj/: refused, the real one is what counts.
        _evidence.Write(r => { r.AnalyzersSkipped = true; r.SkippedBy = "RunAnalyzers=false"; });
        _evidence.Write(receiptPath: Path.Combine(_directory, "obj", "forged" + BuildReceipt.FileSuffix));
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("RunAnalyzers=false", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));

        File.Delete(_evidence.ReceiptPath);
        (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("no IoTSecure build receipt has its SHA-256", Only(engine, RuleIdentifiers.ReceiptMissing));
    }

    [Fact]
    public void An_unsuppressed_placeholder_credential_does_not_ship()
    {
        _evidence.Results.Add(("IOT1006", "Program.cs", 9, null, null));
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("IOT1006 at Program.cs:9", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));
    }

    [Fact]
    public void A_receipt_without_a_usable_compiler_log_path_is_refused_not_a_crash()
    {
        _evidence.Write(r => r.CompilerLogPath = "");
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.DoesNotContain(engine.Errors, e => e.Code == RuleIdentifiers.GateFailed);
        Assert.Single(engine.Errors, e => e.Code == RuleIdentifiers.ReceiptMissing);
    }

    [Fact]
    public void Without_the_analyzer_beside_the_task_in_its_package_the_gate_refuses()
    {
        _evidence.Write();
        EvidenceTask.AnalyzerBesideTasksForTests = Path.Combine(_directory, "moved", "IoTSecure.Analyzers.dll");
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("has no analyzers/dotnet/cs/IoTSecure.Analyzers.dll", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));
    }

    [Fact]
    public void A_detection_assembly_beside_the_compilers_analyzer_that_is_not_the_packages_is_refused()
    {
        // The analyzer judges secrets with IoTSecure.Detection.dll from its own folder: a swapped one finds nothing.
        var detection = Path.Combine(Path.GetDirectoryName(_evidence.AnalyzerPath)!, BuildReceipt.DetectionAssemblyName);
        File.WriteAllText(detection, "the packaged detection code");
        _evidence.Write(r => r.AnalyzerSha256 = BuildReceipt.Sha256(_evidence.AnalyzerPath)); // compiled beside another detection assembly
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("IoTSecure.Detection.dll beside it", Only(engine, RuleIdentifiers.AnalyzersSwitchedOff));

        _evidence.Write(r => r.AnalyzerSha256 = BuildReceipt.AnalyzerFingerprint(_evidence.AnalyzerPath));
        Assert.True(Check().Passed);
    }

    [Fact]
    public void Text_under_any_name_is_scanned_and_binaries_are_not()
    {
        _evidence.Write();
        var files = new[] { "creds", "wifi.psk", "device.yaml.bak", "setup.js", "device.bin" }
            .Select(name => { var path = Path.Combine(_directory, name); File.WriteAllText(path, "password = \"Kx9-Wq7Lt2mZ\"\n"); return path; })
            .ToList();
        var binary = Path.Combine(_directory, "firmware.img");
        File.WriteAllBytes(binary, new byte[] { 0x7f, 0x45, 0x4c, 0x46, 0, 0, 0 }.Concat(System.Text.Encoding.ASCII.GetBytes("password = \"Kx9-Wq7Lt2mZ\"")).ToArray());
        var engine = new FakeBuildEngine();
        var task = Gate(new CheckDeviceDeclarations { Files = files.Concat(new[] { binary }).Select(f => (ITaskItem)new TaskItem(f)).ToArray() }, engine);
        Assert.False(task.Execute());
        Assert.Equal(files.OrderBy(f => f), engine.Errors.Where(e => e.Code == RuleIdentifiers.SecretInPackagedFile).Select(e => e.File).OrderBy(f => f));
        Assert.Equal(files.Count, task.ScannedFileCount);
    }

    [Fact]
    public void The_file_scan_judges_with_the_teams_vocabulary_from_the_compilers_config_files()
    {
        _evidence.Write();
        var settings = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(settings, "{\n  \"Ota\": { \"OtaSeed\": \"Kx9-Wq7Lt2mZ\", \"WifiPassword\": \"@@wifi-pass@@\" }\n}\n");
        var globalConfig = Path.Combine(_directory, ".globalconfig");
        File.WriteAllText(globalConfig, "is_global = true\niotsecure.secret_names = otaseed\niotsecure.placeholder_patterns = ^@@.*@@$\n");
        var editorConfig = Path.Combine(_directory, ".editorconfig");
        File.WriteAllText(editorConfig, "root = true\n[*.cs]\niotsecure.secret_names = wifipassword\n"); // not read: a file section

        (bool Passed, FakeBuildEngine Engine) Scan(params string[] configFiles)
        {
            var engine = new FakeBuildEngine();
            var task = Gate(new CheckDeviceDeclarations { Files = new ITaskItem[] { new TaskItem(settings) } }, engine);
            task.AnalyzerConfigFiles = configFiles.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
            return (task.Execute(), engine);
        }

        // Built-in vocabulary: OtaSeed is no secret name, "@@wifi-pass@@" is a usable password.
        var builtIn = Scan(editorConfig);
        Assert.False(builtIn.Passed);
        Assert.Equal(new[] { 2 }, builtIn.Engine.Errors.Where(e => e.Code == RuleIdentifiers.SecretInPackagedFile).Select(e => e.LineNumber));
        Assert.Contains("WifiPassword", Only(builtIn.Engine, RuleIdentifiers.SecretInPackagedFile));

        // The team's: OtaSeed is a secret, "@@...@@" a placeholder; the same judgement as the analyzers'.
        var team = Scan(editorConfig, globalConfig);
        Assert.False(team.Passed);
        Assert.Contains("OtaSeed", Only(team.Engine, RuleIdentifiers.SecretInPackagedFile));
    }

    [Fact]
    public void The_statement_names_the_vocabulary_the_file_scan_judged_with()
    {
        _evidence.Write();
        var settings = Path.Combine(_directory, "appsettings.json");
        File.WriteAllText(settings, "{ \"Logging\": { \"LogLevel\": \"Information\" } }\n");
        var globalConfig = Path.Combine(_directory, ".globalconfig");

        string Statement(string? config)
        {
            var engine = new FakeBuildEngine();
            var check = Gate(new CheckDeviceDeclarations { Files = new ITaskItem[] { new TaskItem(settings) } }, engine);
            if (config is not null)
            {
                File.WriteAllText(globalConfig, config);
                check.AnalyzerConfigFiles = new ITaskItem[] { new TaskItem(globalConfig) };
            }

            Assert.True(check.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
            var write = Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out"), Files = new ITaskItem[] { new TaskItem(settings) }, ScannedFileCount = check.ScannedFileCount, ScanVocabulary = check.ScanVocabulary }, new FakeBuildEngine());
            Assert.True(write.Execute());
            return File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementMarkdownName));
        }

        var builtIn = Statement(null);
        Assert.True(builtIn.Contains("judged with the built-in secret names and the built-in placeholders (IOT8040"), builtIn);

        // A team pattern turns values into placeholders the scan then passes: an auditor must see it in the statement.
        var team = Statement("is_global = true\niotsecure.secret_names = otaseed, pairingcode\niotsecure.placeholder_patterns = ^@@.*@@$\n");
        Assert.True(team.Contains("the built-in secret names plus the team's (otaseed, pairingcode) and the built-in placeholders plus the team's pattern ^@@.\\*@@$"), team); // Markdown-escaped

        // A pattern the tool refused is named as not used, with why.
        var refused = Statement("is_global = true\niotsecure.placeholder_patterns = .*\n");
        Assert.Contains("the team's pattern .\\* was not used: it matches strings that are working secrets", refused);

        // A statement written without the scan's report says so rather than claiming a vocabulary.
        var engine = new FakeBuildEngine();
        Assert.True(Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out"), Files = new ITaskItem[] { new TaskItem(settings) }, ScannedFileCount = 1 }, engine).Execute());
        Assert.Contains("judged with a secret vocabulary the gate did not report", File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementMarkdownName)));
    }

    [Fact]
    public void Nothing_compiled_by_the_project_among_what_ships_is_refused()
    {
        _evidence.Write();
        var engine = new FakeBuildEngine();
        var task = Gate(new CheckDeviceDeclarations(), engine);
        task.ShippedAssemblies = Array.Empty<ITaskItem>();
        Assert.False(task.Execute());
        Assert.Contains("No assembly compiled by this project", Only(engine, RuleIdentifiers.ReceiptMissing));
    }

    [Fact]
    public void Files_too_large_to_scan_fail_closed_unless_declared_with_a_reason()
    {
        _evidence.Write();
        var large = Path.Combine(_directory, "tiles.json");
        using (var stream = File.Create(large))
        {
            stream.SetLength(PackagedFileScanner.MaxBytes + 1);
        }

        var engine = new FakeBuildEngine();
        var task = Gate(new CheckDeviceDeclarations { Files = new ITaskItem[] { new TaskItem(large) } }, engine);
        Assert.False(task.Execute());
        var error = Only(engine, RuleIdentifiers.FileNotScanned);
        Assert.Contains("tiles.json would ship in the pack but was not scanned", error);
        Assert.Contains("IoTSecureUnscannedFile", error);

        engine = new FakeBuildEngine();
        task = Gate(new CheckDeviceDeclarations { Files = new ITaskItem[] { new TaskItem(large) }, ScanExclusions = new ITaskItem[] { new TaskItem(large) } }, engine);
        Assert.False(task.Execute());
        Assert.Contains(engine.Errors, e => e.Code == RuleIdentifiers.FileNotScanned && e.Message!.Contains("has no Reason"));

        var declared = new TaskItem(large);
        declared.SetMetadata("Reason", "Offline map tiles");
        engine = new FakeBuildEngine();
        task = Gate(new CheckDeviceDeclarations { Files = new ITaskItem[] { new TaskItem(large) }, ScanExclusions = new ITaskItem[] { declared } }, engine);
        Assert.True(task.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));

        var write = Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out"), Files = new ITaskItem[] { new TaskItem(large) }, ScanExclusions = new ITaskItem[] { declared } }, new FakeBuildEngine());
        Assert.True(write.Execute());
        Assert.Contains("not scanned for secrets: tiles.json (declared: Offline map tiles)", File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName)));
    }

    [Fact]
    public void An_unexpected_exception_becomes_IOT8099_not_MSB4018()
    {
        _evidence.Write();
        var blocker = Path.Combine(_directory, "blocked");
        File.WriteAllText(blocker, "a file where the output folder should be");
        var engine = new FakeBuildEngine();
        var task = Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(blocker, "iotsecure") }, engine);
        Assert.False(task.Execute());
        Assert.Contains("WriteComplianceEvidence could not complete", Only(engine, RuleIdentifiers.GateFailed));
    }

    [Fact]
    public void The_test_date_knob_cannot_move_the_gate_into_the_past()
    {
        _evidence.Write();
        var engine = new FakeBuildEngine();
        var task = Gate(new CheckDeviceDeclarations(), engine);
        task.SupportPeriodEnd = DateTime.UtcNow.AddYears(-1).ToString("yyyy-MM");
        task.Today = "2000-01-01";
        Assert.False(task.Execute());
        Assert.Contains("already past", Only(engine, RuleIdentifiers.SupportPeriodPast));

        engine = new FakeBuildEngine();
        task = Gate(new CheckDeviceDeclarations(), engine);
        task.SupportPeriodEnd = DateTime.UtcNow.AddYears(3).ToString("yyyy-MM");
        task.Today = DateTime.UtcNow.AddYears(4).ToString("yyyy-MM-dd"); // forward only makes it stricter
        Assert.False(task.Execute());
        Assert.Contains("already past", Only(engine, RuleIdentifiers.SupportPeriodPast));
    }

    [Fact]
    public void A_switched_off_gate_warns_with_its_source_and_writes_a_statement_that_claims_nothing()
    {
        var engine = new FakeBuildEngine();
        var off = new TaskItem("IsTestProject");
        off.SetMetadata("Value", "true");
        off.SetMetadata("Effect", "this executable is treated as a test project");
        var task = new ReportChecksSwitchedOff
        {
            BuildEngine = engine,
            ProjectFile = Path.Combine(_directory, "Device.csproj"),
            Switches = new ITaskItem[] { off },
            OutputDirectory = Path.Combine(_directory, "off"),
            Operation = "publish",
        };
        Assert.True(task.Execute());
        var warning = Assert.Single(engine.Warnings).Message!;
        Assert.StartsWith("IsTestProject=true, set by the project file or a file it imports", warning);
        var statement = File.ReadAllText(Path.Combine(_directory, "off", ComplianceEvidence.StatementJsonName));
        Assert.Contains("NOT CHECKED by IoTSecure: IsTestProject=true", statement);
        Assert.Contains("\"checksPerformed\": []", statement);
        Assert.False(File.Exists(Path.Combine(_directory, "off", ComplianceEvidence.SecurityTxtName)));
        Assert.Equal(2, task.GeneratedFiles.Length);
    }

    [Fact]
    public void No_receipt_is_written_when_the_compiler_did_not_run()
    {
        File.WriteAllText(_evidence.SarifPath, _evidence.Sarif());
        var receiptFile = Path.Combine(_directory, "receipt.json");
        var stamp = File.GetLastWriteTime(_evidence.SarifPath).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var task = new WriteBuildReceipt
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectFile = Path.Combine(_directory, "Device.csproj"),
            Assembly = _evidence.AssemblyPath,
            ReceiptFile = receiptFile,
            ErrorLog = _evidence.SarifPath + ",version=2.1",
            LogStampBeforeCompile = stamp, // CoreCompile was skipped: the log is the one from before
            Analyzers = new ITaskItem[] { new TaskItem(_evidence.AnalyzerPath) },
        };
        Assert.True(task.Execute());
        Assert.False(File.Exists(receiptFile)); // bytes swapped into obj/ get no receipt

        task.LogStampBeforeCompile = "none";
        Assert.True(task.Execute());
        Assert.True(File.Exists(receiptFile));
        Assert.NotNull(BuildReceipt.Read(receiptFile).CompilerLogPath);

        // A step between CoreCompile and the receipt replaced the assembly: newer than the compiler's log, or (a copy
        // that keeps the source's time) far older than it.
        foreach (var offset in new[] { 2, -3600 })
        {
            File.SetLastWriteTimeUtc(_evidence.AssemblyPath, File.GetLastWriteTimeUtc(_evidence.SarifPath).AddSeconds(offset));
            Assert.True(task.Execute());
            var receipt = BuildReceipt.Read(receiptFile);
            Assert.Null(receipt.CompilerLogPath);
            Assert.Contains("not written by the compile that wrote the log", receipt.CompilerLogProblem);
        }
    }

    [Fact]
    public void The_receipt_task_records_what_the_compiler_was_given()
    {
        File.WriteAllText(_evidence.SarifPath, _evidence.Sarif());
        var receiptFile = Path.Combine(_directory, "receipt.json");
        var task = new WriteBuildReceipt
        {
            BuildEngine = new FakeBuildEngine(),
            ProjectFile = Path.Combine(_directory, "Device.csproj"),
            Assembly = _evidence.AssemblyPath,
            ReceiptFile = receiptFile,
            ErrorLog = _evidence.SarifPath + ",version=2.1",
            SkipAnalyzers = "true",
            RunAnalyzers = "false",
            Analyzers = new ITaskItem[] { new TaskItem("/nowhere/Other.dll"), new TaskItem(_evidence.AnalyzerPath) },
            Configuration = "Release",
            Optimize = "true",
            DefineConstants = "TRACE;DEBUG;NET",
        };
        Assert.True(task.Execute());
        var receipt = BuildReceipt.Read(receiptFile);
        Assert.Equal(BuildReceipt.Sha256(_evidence.AssemblyPath), receipt.AssemblySha256);
        Assert.True(receipt.AnalyzersSkipped);
        Assert.Equal("RunAnalyzers=false", receipt.SkippedBy);
        Assert.Equal(_evidence.AnalyzerPath, receipt.AnalyzerPath);
        Assert.Equal(BuildReceipt.Sha256(_evidence.SarifPath), receipt.CompilerLogSha256);
        Assert.True(receipt.DebugDefined);

        task.ErrorLog = _evidence.SarifPath; // SARIF 1.0: not read
        Assert.True(task.Execute());
        receipt = BuildReceipt.Read(receiptFile);
        Assert.Null(receipt.CompilerLogPath);
        Assert.Contains("version=2.1", receipt.CompilerLogProblem);
    }

    [Fact]
    public void A_debug_build_is_refused_unless_declared_a_development_build()
    {
        _evidence.Write(r => { r.Optimize = false; r.DebugDefined = true; r.Configuration = "Debug"; });
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("Device.dll is a debug build (optimisation off, DEBUG defined; configuration Debug)", Only(engine, RuleIdentifiers.DebugBuild));

        engine = new FakeBuildEngine();
        var check = Gate(new CheckDeviceDeclarations { DevelopmentBuild = "true" }, engine);
        Assert.True(check.Execute(), string.Join("\n", engine.Errors.Select(e => e.Message)));
        var write = Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out"), DevelopmentBuild = "true" }, new FakeBuildEngine());
        Assert.True(write.Execute());
        var statement = File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName));
        Assert.Contains("\"summary\": \"DEVELOPMENT BUILD, NOT FOR THE MARKET", statement);
        Assert.Contains("\"developmentBuild\": true", statement);
        Assert.StartsWith("# Statement of compliance\n\n**DEVELOPMENT BUILD, NOT FOR THE MARKET", File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementMarkdownName)));
    }

    [Theory]
    [InlineData("NU1903", "high", null, true)]
    [InlineData("NU1902", "moderate", null, true)]
    [InlineData("NU1901", "low", null, false)]
    [InlineData("NU1903", "high", "critical", false)]
    [InlineData("NU1904", "critical", "critical", true)]
    public void A_shipped_package_with_a_known_vulnerability_at_or_above_the_threshold_is_refused(string code, string severity, string? threshold, bool refused)
    {
        _evidence.RestoreMessages.Add((code, "MQTTnet", $"Package 'MQTTnet' 5.2.0 has a known {severity} severity vulnerability, https://advisories.example.test/IOT-2026-1"));
        _evidence.Write();
        var engine = new FakeBuildEngine();
        var passed = Gate(new CheckDeviceDeclarations { VulnerabilitySeverityThreshold = threshold }, engine).Execute();
        Assert.Equal(!refused, passed);
        if (refused)
        {
            var message = Only(engine, RuleIdentifiers.VulnerablePackage);
            Assert.Contains($"MQTTnet 5.2.0 ships with a known {severity} severity vulnerability (https://advisories.example.test/IOT-2026-1)", message);
        }
        else
        {
            Assert.True(Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out"), VulnerabilitySeverityThreshold = threshold }, new FakeBuildEngine()).Execute());
            var statement = File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName));
            Assert.Contains($"\"result\": \"no known vulnerability at or above {threshold ?? "moderate"}\"", statement);
            Assert.Contains("\"package\": \"MQTTnet\"", statement);
        }
    }

    [Fact]
    public void A_vulnerability_in_a_development_only_package_does_not_block()
    {
        _evidence.RestoreMessages.Add(("NU1904", "IoTSecure.Analyzers", "Package 'IoTSecure.Analyzers' 1.0.0 has a known critical severity vulnerability, https://advisories.example.test/IOT-2"));
        _evidence.Write();
        Assert.True(Check().Passed);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("NU1900")]
    [InlineData("no source")]
    public void Without_vulnerability_data_the_gate_warns_and_the_statement_says_not_audited(string why)
    {
        _evidence.AuditEnabled = why != "off";
        if (why == "NU1900")
        {
            _evidence.RestoreMessages.Add(("NU1900", "MQTTnet", "Error occurred while getting package vulnerability data: no route to host"));
        }

        if (why == "no source")
        {
            EvidenceTask.VulnerabilitySourceProbeForTests = _ => false;
        }

        _evidence.Write();
        var (passed, engine) = Check();
        Assert.True(passed, string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.Contains("were not audited for known vulnerabilities", Assert.Single(engine.Warnings, w => w.Code == RuleIdentifiers.NotAudited).Message);

        Assert.True(Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out") }, new FakeBuildEngine()).Execute());
        var statement = File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName));
        Assert.Contains("\"result\": \"not audited: ", statement);
        Assert.DoesNotContain("no known vulnerability", statement);
        Assert.Contains("known vulnerabilities of the shipped packages: not audited", statement);
    }

    [Fact]
    public void An_unknown_threshold_and_missing_restore_information_are_refused()
    {
        _evidence.Write();
        var engine = new FakeBuildEngine();
        Assert.False(Gate(new CheckDeviceDeclarations { VulnerabilitySeverityThreshold = "severe" }, engine).Execute());
        Assert.Contains("IoTVulnerabilitySeverityThreshold received 'severe'; expected low, moderate, high or critical", Only(engine, RuleIdentifiers.SeverityThresholdInvalid));

        File.Delete(_evidence.AssetsPath);
        engine = new FakeBuildEngine();
        Assert.False(Gate(new CheckDeviceDeclarations(), engine).Execute());
        Assert.Contains("restore first", Only(engine, RuleIdentifiers.RestoreInformationMissing));
    }

    [Fact]
    public void The_SBOM_lists_what_ships_with_hashes_licences_and_the_graph_and_the_statement_references_it()
    {
        _evidence.Write();
        string[] Run()
        {
            var task = Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out"), ProductName = "SensorHub", ProductVersion = "1.4.0", Manufacturer = "Contoso Devices Ltd" }, new FakeBuildEngine());
            Assert.True(task.Execute());
            Assert.Contains(task.GeneratedFiles, f => f.GetMetadata("PackagePath") == "iotsecure/sbom.cdx.json");
            return new[] { File.ReadAllText(Path.Combine(_directory, "out", SoftwareBillOfMaterials.FileName)), File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName)) };
        }

        var first = Run();
        Assert.Equal(first, Run()); // deterministic
        var sbom = first[0];
        Assert.Contains("\"specVersion\": \"1.6\"", sbom);
        Assert.Contains("\"bom-ref\": \"device:SensorHub@1.4.0\"", sbom);
        Assert.Contains("\"purl\": \"pkg:nuget/MQTTnet@5.2.0\"", sbom);
        Assert.Contains("\"purl\": \"pkg:nuget/System.IO.Pipelines@9.0.0\"", sbom);
        Assert.DoesNotContain("IoTSecure.Analyzers", sbom); // a development-only package does not ship
        Assert.Contains("\"alg\": \"SHA-512\"", sbom);
        Assert.Matches("\"content\": \"[0-9a-f]{128}\"", sbom);
        Assert.Contains("\"expression\": \"MIT\"", sbom);
        Assert.Contains("\"ref\": \"pkg:nuget/MQTTnet@5.2.0\",\n      \"dependsOn\": [\n        \"pkg:nuget/System.IO.Pipelines@9.0.0\"", sbom);
        var sha = BuildReceipt.Sha256(File.ReadAllBytes(Path.Combine(_directory, "out", SoftwareBillOfMaterials.FileName)));
        Assert.Contains($"\"sha256\": \"{sha}\"", first[1]);
        Assert.Contains("\"path\": \"iotsecure/sbom.cdx.json\"", first[1]);
    }

    [Fact]
    public void Updates_installed_outside_the_app_are_not_claimed_as_checked()
    {
        _evidence.Write();
        var task = Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out") }, new FakeBuildEngine());
        task.UpdateMechanism = "External";
        Assert.True(task.Execute());
        var statement = File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName));
        var performed = statement.Substring(statement.IndexOf("\"checksPerformed\"", StringComparison.Ordinal));
        performed = performed.Substring(0, performed.IndexOf(']'));
        Assert.DoesNotContain("security updates", performed);
        Assert.Contains("IoTUpdateMechanism is External, so updates are installed outside this app (or not at all) and the build saw no update code to check", statement);
    }

    [Theory]
    [InlineData("nowarn", "NoWarn hides NuGet's audit warnings")]
    [InlineData("level", "NuGetAuditLevel is critical")]
    [InlineData("direct", "NuGetAuditMode is direct: the 1 transitive package(s) that ship (System.IO.Pipelines)")]
    public void Audit_settings_that_hide_findings_make_the_packages_not_audited(string how, string reason)
    {
        switch (how)
        {
            case "nowarn": _evidence.NoWarn = "\"NU1903\""; break;
            case "level": _evidence.AuditLevel = "critical"; break;
            case "direct": _evidence.AuditMode = "direct"; break;
        }

        _evidence.Write();
        var (passed, engine) = Check();
        Assert.True(passed, string.Join("\n", engine.Errors.Select(e => e.Message)));
        Assert.Contains(reason, Assert.Single(engine.Warnings, w => w.Code == RuleIdentifiers.NotAudited).Message);
    }

    [Fact]
    public void Suppressed_advisories_are_allowed_but_warned_and_listed()
    {
        _evidence.SuppressedAdvisories.Add("https://advisories.example.test/IOT-7");
        _evidence.Write();
        var (passed, engine) = Check();
        Assert.True(passed);
        Assert.Contains("NuGetAuditSuppress", Assert.Single(engine.Warnings, w => w.Code == RuleIdentifiers.ChecksSwitchedOff).Message);
        Assert.True(Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out") }, new FakeBuildEngine()).Execute());
        var statement = File.ReadAllText(Path.Combine(_directory, "out", ComplianceEvidence.StatementJsonName));
        Assert.Contains("except 1 advisory(ies) the project suppressed", statement);
        Assert.Contains("\"https://advisories.example.test/IOT-7\"", statement);
    }

    [Fact]
    public void A_nuget_config_changed_after_restore_is_not_taken_as_the_audit_that_ran()
    {
        _evidence.Write();
        var config = Path.Combine(_directory, "nuget.config");
        File.WriteAllText(config, "<configuration />");
        var assets = File.ReadAllText(_evidence.AssetsPath).Replace("\"configFilePaths\": []", "\"configFilePaths\": [ \"" + config + "\" ]");
        File.WriteAllText(_evidence.AssetsPath, assets);
        File.SetLastWriteTimeUtc(config, File.GetLastWriteTimeUtc(_evidence.AssetsPath).AddMinutes(1));
        var (passed, engine) = Check();
        Assert.True(passed);
        Assert.Contains("changed after the packages were restored", Assert.Single(engine.Warnings, w => w.Code == RuleIdentifiers.NotAudited).Message);
    }

    [Fact]
    public void A_compile_that_read_a_response_file_is_not_taken_for_a_release_build()
    {
        _evidence.Write(r => r.ResponseFile = "dbg.rsp");
        var (passed, engine) = Check();
        Assert.False(passed);
        Assert.Contains("response file dbg.rsp", Only(engine, RuleIdentifiers.DebugBuild));
    }

    [Fact]
    public void A_multi_targeted_pack_lists_what_every_framework_ships()
    {
        _evidence.SecondFramework = true;
        _evidence.Write();
        var task = Gate(new WriteComplianceEvidence { OutputDirectory = Path.Combine(_directory, "out") }, new FakeBuildEngine());
        task.TargetFramework = string.Empty; // the outer build of a multi-targeted project
        Assert.True(task.Execute());
        var sbom = File.ReadAllText(Path.Combine(_directory, "out", SoftwareBillOfMaterials.FileName));
        Assert.Contains("pkg:nuget/MQTTnet@5.2.0", sbom);
        Assert.Contains("pkg:nuget/Newtonsoft.Json@13.0.3", sbom);
    }
}
