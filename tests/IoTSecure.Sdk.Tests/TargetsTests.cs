using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace IoTSecure.Sdk.Tests;

/// <summary>
/// The SDK's props and targets imported straight from the source tree into a throwaway project (no
/// Microsoft.NET.Sdk, stand-in GenerateNuspec/PrepareForPublish targets), with the task assembly taken from this
/// test's output. Proves the defaults, the hooks, the inputs passed to the tasks and the generated items.
/// </summary>
public sealed class TargetsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "iotsecure-targets-" + Guid.NewGuid().ToString("N")[..8]);

    public TargetsTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string SdkDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "msbuild-sdk", "IoTSecure.Sdk", "Sdk");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("msbuild-sdk/IoTSecure.Sdk/Sdk not found");
    }

    /// <summary>
    /// Writes Device.csproj: the SDK's props, the test's properties and items, the SDK's targets, then
    /// <paramref name="after"/> (as a Directory.Build.targets would be), and stand-ins for the .NET SDK targets the
    /// hooks attach to. The stand-in CoreCompile "compiles" obj/Device.dll and writes the compiler's SARIF log to
    /// $(ErrorLog), as csc would, so the receipt target runs after it for real.
    /// </summary>
    private (int ExitCode, string Output) Build(string properties, string target, string items = "", string after = "", string before = "", IDictionary<string, string>? environment = null)
    {
        var sdk = SdkDirectory();
        var evidence = new FakeEvidence(Path.Combine(_directory, "fake"));
        // The task runs from a package layout, with the analyzer it trusts beside it (tasks/netstandard2.0/../../analyzers/dotnet/cs).
        var tasks = Path.Combine(_directory, "fake", "pkg", "tasks", "netstandard2.0", "IoTSecure.Sdk.Tasks.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(tasks)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "IoTSecure.Sdk.Tasks.dll"), tasks, overwrite: true);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "IoTSecure.Detection.dll"), Path.Combine(Path.GetDirectoryName(tasks)!, "IoTSecure.Detection.dll"), overwrite: true);
        // The "compiler" writes the assembly, then its log (the receipt checks that order), as csc does.
        if (!File.Exists(Path.Combine(_directory, "Device.bin")))
        {
            File.WriteAllBytes(Path.Combine(_directory, "Device.bin"), Guid.NewGuid().ToByteArray());
        }

        File.WriteAllText(Path.Combine(_directory, "compiler.sarif"), evidence.Sarif());
        File.SetLastWriteTimeUtc(Path.Combine(_directory, "compiler.sarif"), File.GetLastWriteTimeUtc(Path.Combine(_directory, "Device.bin")).AddMilliseconds(10));

        var project = Path.Combine(_directory, "Device.csproj");
        File.WriteAllText(project, $"""
            <Project>
              <PropertyGroup>
            {before}
                <IoTSecureTasksAssembly>{tasks}</IoTSecureTasksAssembly>
                <Language>C#</Language>
                <TargetName>Device</TargetName>
                <BaseIntermediateOutputPath>obj/</BaseIntermediateOutputPath>
                <IntermediateOutputPath>obj/Release/</IntermediateOutputPath>
                <ProjectDir>{_directory}/</ProjectDir>
                <IoTStatementDate>2026-11-27</IoTStatementDate>
                <Configuration>Release</Configuration>
                <Optimize>true</Optimize>
                <TargetFramework>net10.0</TargetFramework>
                <ProjectAssetsFile>{evidence.AssetsPath}</ProjectAssetsFile>
                <Product>Device</Product>
                <Version>1.0.0</Version>
              </PropertyGroup>
              <Import Project="{sdk}/Sdk.props" />
              <PropertyGroup>
            {properties}
              </PropertyGroup>
              <ItemGroup>
                <IntermediateAssembly Include="obj/Release/Device.dll" />
                <Analyzer Include="{evidence.AnalyzerPath}" />
            {items}
              </ItemGroup>
              <Import Project="{sdk}/Sdk.targets" />
            {after}
              <Target Name="PrepareForBuild" />
              <Target Name="CoreCompile">
                <Message Importance="high" Text="COMPILE ErrorLog=$(ErrorLog) Skip=$(_SkipAnalyzers)" />
                <Copy SourceFiles="Device.bin" DestinationFiles="@(IntermediateAssembly)" />
                <Copy SourceFiles="compiler.sarif" DestinationFiles="$(ErrorLog.Split(',')[0])" Condition="'$(ErrorLog)' != ''" />
              </Target>
              <Target Name="Build" DependsOnTargets="PrepareForBuild;CoreCompile" />
              <Target Name="GenerateNuspec">
                <Message Importance="high" Text="NUSPEC:@(_PackageFiles->'%(Identity)=%(PackagePath)', ' | ')" />
              </Target>
              <Target Name="PrepareForPublish">
                <Message Importance="high" Text="PREPARED" />
              </Target>
              <Target Name="ComputeResolvedFilesToPublishList">
                <ItemGroup>
                  <ResolvedFileToPublish Include="@(IntermediateAssembly->'%(FullPath)')" RelativePath="Device.dll" />
                  <ResolvedFileToPublish Include="@(None)" RelativePath="%(Filename)%(Extension)" Condition="'%(None.CopyToPublishDirectory)' == 'PreserveNewest'" />
                </ItemGroup>
              </Target>
              <Target Name="CopyFilesToPublishDirectory">
                <Message Importance="high" Text="PUBLISH:@(ResolvedFileToPublish->'%(RelativePath)', ' | ')" />
              </Target>
              <Target Name="Publish" DependsOnTargets="PrepareForPublish;ComputeResolvedFilesToPublishList;CopyFilesToPublishDirectory" />
              <Target Name="Show" DependsOnTargets="IoTSecureResolveDevice">
                <Message Importance="high" Text="IoTDevice=$(IoTDevice)" />
                <Message Importance="high" Text="IoTUpdateMechanism=$(IoTUpdateMechanism)" />
                <Message Importance="high" Text="IoTSecurePackGate=$(IoTSecurePackGate)" />
                <Message Importance="high" Text="Analyzers=@(Analyzer->'%(Filename)', ',')" />
                <Message Importance="high" Text="Visible=@(CompilerVisibleProperty, ',')" />
                <Message Importance="high" Text="GlobalConfig=@(GlobalAnalyzerConfigFiles->'%(Filename)%(Extension)')" />
                <Message Importance="high" Text="Hook=@(Compile->'%(Filename)', ',')" />
                <Message Importance="high" Text="Metadata=@(AssemblyMetadata->'%(Identity):%(Value)', ',')" />
              </Target>
            </Project>
            """);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
        foreach (var argument in new[] { "msbuild", project, "-t:" + target, "-nologo", "-nodeReuse:false", "-v:m" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        output.Append(process.StandardOutput.ReadToEnd()).Append(process.StandardError.ReadToEnd());
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    private const string Declarations = """
        <IoTSupportPeriodEnd>2031-12</IoTSupportPeriodEnd>
        <IoTVulnerabilityDisclosureContact>security@example.com</IoTVulnerabilityDisclosureContact>
        <IoTManufacturer>Contoso</IoTManufacturer>
        <IoTManufacturerAddress>1 High Street</IoTManufacturerAddress>
        <IoTProductModel>CT-1</IoTProductModel>
        """;

    private const string PackOutput = """
        <_BuildOutputInPackage Include="obj/Release/Device.dll" FinalOutputPath="$(MSBuildProjectDirectory)/obj/Release/Device.dll" />
        """;

    [Fact]
    public void Executables_are_devices_with_the_package_defaults()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>" + Declarations, "Show");
        Assert.True(exit == 0, output);
        Assert.Contains("IoTDevice=true", output);
        Assert.Contains("IoTUpdateMechanism=InApp", output);
        Assert.Contains("IoTSecurePackGate=true", output);
        Assert.Contains("IoTSupportPeriodEnd", output.Split('\n').Single(l => l.Contains("Visible=")));
        Assert.Contains("GlobalConfig=IoTSecure.globalconfig", output);
        Assert.Contains("Metadata=IoTSupportPeriodEnd:2031-12,IoTVulnerabilityDisclosureContact:security@example.com", output);
    }

    [Fact]
    public void The_SDK_adds_its_analyzers_once_and_a_second_import_adds_nothing()
    {
        // Both packages in one project: the same build logic imported a second time from another package folder.
        var second = Path.Combine(_directory, "other-package", "build");
        Directory.CreateDirectory(second);
        foreach (var file in Directory.GetFiles(Path.Combine(SdkDirectory(), "..", "build")))
        {
            File.Copy(file, Path.Combine(second, Path.GetFileName(file)));
        }

        var (exit, output) = Build("<OutputType>Exe</OutputType>", "Show",
            after: $"""<Import Project="{second}/IoTSecure.Analyzers.props" /><Import Project="{second}/IoTSecure.Analyzers.targets" />""");
        Assert.True(exit == 0, output);
        var lines = output.Replace("\r", string.Empty);
        Assert.Contains("Analyzers=IoTSecure.Analyzers,IoTSecure.Detection,IoTSecure.Analyzers.CodeFixes,IoTSecure.Analyzers\n", lines); // the SDK's three, then the test's own
        Assert.Contains("GlobalConfig=IoTSecure.globalconfig\n", lines);
        Assert.Contains("Hook=IoTSecure.SecurityUpdateHook\n", lines);
        Assert.Contains("Metadata=\n", lines.Replace("Metadata=IoTSupportPeriodEnd", "x")); // no declarations: no metadata, and no duplicates
        Assert.DoesNotContain("MSB4011", output);
    }

    [Fact]
    public void OutputType_set_after_the_package_targets_still_makes_a_device()
    {
        var (exit, output) = Build(string.Empty, "Show", after: "<PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>");
        Assert.True(exit == 0, output);
        Assert.Contains("IoTDevice=true", output);

        var refused = Build(string.Empty, "Build;GenerateNuspec", PackOutput, after: "<PropertyGroup><OutputType>Exe</OutputType></PropertyGroup>");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("error IOT8001", refused.Output);
    }

    [Fact]
    public void Internal_import_guards_cannot_switch_the_gate_off()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>", "Build;GenerateNuspec", PackOutput,
            before: "<_IoTSecureTargetsImported>true</_IoTSecureTargetsImported><_IoTSecurePropsImported>true</_IoTSecurePropsImported><_IoTSecureSkipTargets>true</_IoTSecureSkipTargets>");
        Assert.NotEqual(0, exit);
        Assert.Contains("error IOT8001", output);
        Assert.DoesNotContain("NUSPEC:", output);
    }

    [Fact]
    public void Every_compile_writes_the_compiler_log_and_a_receipt_beside_its_output()
    {
        var (exit, output) = Build("<OutputType>Library</OutputType>", "Build");
        Assert.True(exit == 0, output);
        Assert.Contains($"COMPILE ErrorLog={_directory}/obj/Release/Device.iotsecure.sarif,version=2.1", output);
        var receipt = Evidence.BuildReceipt.Read(Path.Combine(_directory, "obj", "Release", "Device.iotsecure-receipt.json"));
        Assert.Equal(Evidence.BuildReceipt.Sha256(Path.Combine(_directory, "Device.bin")), receipt.AssemblySha256);
        Assert.False(receipt.AnalyzersSkipped);
        Assert.NotNull(receipt.CompilerLogSha256);
    }

    [Fact]
    public void Unknown_update_mechanism_is_IOT8021_when_the_project_builds()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType><IoTUpdateMechanism>Extern</IoTUpdateMechanism>", "Build");
        Assert.NotEqual(0, exit);
        Assert.Contains("error IOT8021", output);
        Assert.Contains("IoTUpdateMechanism received 'Extern'", output);
        Assert.DoesNotContain("COMPILE", output);
    }

    [Fact]
    public void Libraries_are_not_devices_unless_they_say_so()
    {
        Assert.Contains("IoTDevice=false", Build("<OutputType>Library</OutputType>", "Show").Output);
        Assert.Contains("IoTDevice=true", Build("<OutputType>Library</OutputType><IoTDevice>true</IoTDevice>", "Show").Output);
    }

    [Fact]
    public void Pack_hook_refuses_an_undeclared_device_before_GenerateNuspec()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>", "Build;GenerateNuspec", PackOutput);
        Assert.NotEqual(0, exit);
        Assert.Contains("error IOT8001", output);
        Assert.Contains("error IOT8010", output);
        Assert.DoesNotContain("NUSPEC:", output);
    }

    [Fact]
    public void Pack_hook_adds_the_evidence_under_iotsecure()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>" + Declarations, "Build;GenerateNuspec", PackOutput);
        Assert.True(exit == 0, output);
        Assert.Contains("pack gate passed", output);
        Assert.Contains("1 assembly(ies) checked against their build receipts", output);
        var nuspec = output.Split('\n').Single(l => l.Contains("NUSPEC:"));
        Assert.Contains("security.txt=iotsecure/security.txt", nuspec);
        Assert.Contains("sbom.cdx.json=iotsecure/sbom.cdx.json", nuspec);
        Assert.Contains("statement-of-compliance.json=iotsecure/statement-of-compliance.json", nuspec);
        Assert.Contains("statement-of-compliance.md=iotsecure/statement-of-compliance.md", nuspec);
    }

    [Fact]
    public void Pack_without_a_build_that_ran_the_rules_is_refused()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>" + Declarations, "GenerateNuspec", PackOutput);
        Assert.NotEqual(0, exit);
        Assert.Contains("error IOT8033", output);
        Assert.DoesNotContain("NUSPEC:", output);

        // Compiled with analyzers skipped: the receipt says so and pack with no build refuses.
        Assert.Equal(0, Build("<OutputType>Exe</OutputType><_SkipAnalyzers>true</_SkipAnalyzers><RunAnalyzers>false</RunAnalyzers>" + Declarations, "Build").ExitCode);
        var skipped = Build("<OutputType>Exe</OutputType>" + Declarations, "GenerateNuspec", PackOutput);
        Assert.NotEqual(0, skipped.ExitCode);
        Assert.Contains("error IOT8030", skipped.Output);
        Assert.Contains("RunAnalyzers=false", skipped.Output);
    }

    [Fact]
    public void Files_embedded_in_the_PDB_are_scanned()
    {
        File.WriteAllText(Path.Combine(_directory, "creds.json"), "{ \"password\": \"Kx9-Wq7Lt2mZ\" }");
        var (exit, output) = Build("<OutputType>Exe</OutputType>" + Declarations, "Build;GenerateNuspec", PackOutput + """<EmbeddedFiles Include="creds.json" />""");
        Assert.NotEqual(0, exit);
        Assert.Contains("creds.json(1): IoTSecure error IOT8040", output.Replace(_directory + "/", string.Empty));
        Assert.DoesNotContain("Kx9-Wq7Lt2mZ", output);
    }

    [Fact]
    public void Build_output_added_without_a_final_path_is_checked_against_receipts()
    {
        File.WriteAllBytes(Path.Combine(_directory, "Extra.dll"), new byte[] { 1, 2, 3 });
        var (exit, output) = Build("<OutputType>Exe</OutputType>" + Declarations, "Build;GenerateNuspec", PackOutput + """<_BuildOutputInPackage Include="Extra.dll" />""");
        Assert.NotEqual(0, exit);
        Assert.Contains("Extra.dll would ship, but no IoTSecure build receipt has its SHA-256", output);
        Assert.DoesNotContain("NUSPEC:", output);
    }

    [Theory]
    [InlineData("<IoTSecurePackGate>false</IoTSecurePackGate>", "IoTSecurePackGate=false, set by the project file")]
    [InlineData("<IoTDevice>false</IoTDevice>", "IoTDevice=false, set by the project file")]
    [InlineData("<IsTestProject>true</IsTestProject>", "IsTestProject=true, set by the project file")]
    public void Switching_an_executable_off_warns_and_ships_a_statement_that_claims_nothing(string property, string warning)
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>" + property, "Build;GenerateNuspec", PackOutput);
        Assert.True(exit == 0, output);
        Assert.Contains("warning IOT8031", output);
        Assert.Contains(warning, output);
        var nuspec = output.Split('\n').Single(l => l.Contains("NUSPEC:"));
        Assert.Contains("statement-of-compliance.json=iotsecure/statement-of-compliance.json", nuspec);
        Assert.DoesNotContain("security.txt", nuspec);
        Assert.Contains("NOT CHECKED by IoTSecure", File.ReadAllText(Path.Combine(_directory, "obj", "Release", "iotsecure", "statement-of-compliance.json")));
    }

    [Fact]
    public void The_gate_switch_from_the_environment_is_named_as_such()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>", "Build;GenerateNuspec", PackOutput, environment: new Dictionary<string, string> { ["IoTSecurePackGate"] = "false" });
        Assert.True(exit == 0, output);
        Assert.Contains("IoTSecurePackGate=false, set by the environment variable IoTSecurePackGate", output);
    }

    [Fact]
    public void Libraries_pass_through_the_pack_hook()
    {
        var (exit, output) = Build("<OutputType>Library</OutputType>", "Build;GenerateNuspec", PackOutput);
        Assert.True(exit == 0, output);
        Assert.DoesNotContain("IOT80", output);
    }

    [Fact]
    public void Publish_hook_gates_copied_files_and_adds_the_evidence_to_the_publish_output()
    {
        File.WriteAllText(Path.Combine(_directory, "secrets.env"), "MQTT_PASSWORD=hub-broker-Pa55\n");
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "MQTT_PASSWORD=hub-broker-Pa55\n");
        var refused = Build("<OutputType>Exe</OutputType>" + Declarations, "Build;Publish",
            """<None Include="secrets.env" CopyToPublishDirectory="PreserveNewest" /><None Include="notes.txt" />""");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("secrets.env(1): IoTSecure error IOT8040", refused.Output.Replace(_directory + "/", string.Empty));
        Assert.DoesNotContain("notes.txt", refused.Output);
        Assert.DoesNotContain("PUBLISH:", refused.Output);

        var accepted = Build("<OutputType>Exe</OutputType>" + Declarations, "Build;Publish", """<None Include="notes.txt" />""");
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.Contains("PUBLISH:Device.dll | iotsecure/sbom.cdx.json | iotsecure/security.txt | iotsecure/statement-of-compliance.json | iotsecure/statement-of-compliance.md", accepted.Output);
    }

    [Fact]
    public void Publish_refuses_undeclared_devices_before_the_publish_folder_is_prepared()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>", "Build;Publish");
        Assert.NotEqual(0, exit);
        Assert.Contains("error IOT8001", output);
        Assert.DoesNotContain("PREPARED", output);
    }

    [Fact]
    public void The_project_folder_sink_file_applies_beside_a_shared_one()
    {
        // docs/configuration.md: the package passes iotsecure.sinks.txt from the project folder; a shared one is added in a
        // Directory.Build.props; "Several such files all apply".
        Directory.CreateDirectory(Path.Combine(_directory, "shared"));
        File.WriteAllText(Path.Combine(_directory, "shared", "iotsecure.sinks.txt"), "Contoso.Shared.Api.Login(password)\n");
        File.WriteAllText(Path.Combine(_directory, "iotsecure.sinks.txt"), "Contoso.Radio.Modem.Unlock(pin)\n");
        var (exit, output) = Build("<OutputType>Library</OutputType>", "Build",
            items: "<AdditionalFiles Include=\"shared/iotsecure.sinks.txt\" />",
            after: "<Target Name=\"ShowSinkFiles\" AfterTargets=\"_IoTSecureConfigurationFiles\"><Message Importance=\"high\" Text=\"SINKFILES=@(AdditionalFiles, '|')\" /></Target>");
        Assert.True(exit == 0, output);
        var line = output.Split('\n').Single(l => l.Contains("SINKFILES="));
        Assert.Contains("shared/iotsecure.sinks.txt", line);
        Assert.Contains(Path.Combine(_directory, "iotsecure.sinks.txt"), line.Replace('\\', '/'));
    }
}
