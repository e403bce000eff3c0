using System;
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

    private (int ExitCode, string Output) Build(string properties, string target, string items = "")
    {
        var sdk = SdkDirectory();
        var tasks = Path.Combine(AppContext.BaseDirectory, "IoTSecure.Sdk.Tasks.dll");
        var project = Path.Combine(_directory, "Device.csproj");
        File.WriteAllText(project, $"""
            <Project>
              <PropertyGroup>
                <IoTSecureTasksAssembly>{tasks}</IoTSecureTasksAssembly>
                <IntermediateOutputPath>obj/</IntermediateOutputPath>
                <ProjectDir>{_directory}/</ProjectDir>
                <IoTSecureToday>2026-11-27</IoTSecureToday>
                <Product>Device</Product>
                <Version>1.0.0</Version>
              </PropertyGroup>
              <Import Project="{sdk}/Sdk.props" />
              <PropertyGroup>
            {properties}
              </PropertyGroup>
              <ItemGroup>
            {items}
              </ItemGroup>
              <Import Project="{sdk}/Sdk.targets" />
              <Target Name="GenerateNuspec">
                <Message Importance="high" Text="NUSPEC:@(_PackageFiles->'%(Identity)=%(PackagePath)', ' | ')" />
              </Target>
              <Target Name="PrepareForPublish">
                <Message Importance="high" Text="PREPARED" />
              </Target>
              <Target Name="ComputeResolvedFilesToPublishList" DependsOnTargets="PrepareForPublish" />
              <Target Name="Publish" DependsOnTargets="ComputeResolvedFilesToPublishList">
                <Message Importance="high" Text="PUBLISH:@(ResolvedFileToPublish->'%(RelativePath)', ' | ')" />
              </Target>
              <Target Name="Show">
                <Message Importance="high" Text="IoTDevice=$(IoTDevice)" />
                <Message Importance="high" Text="IoTUpdateMechanism=$(IoTUpdateMechanism)" />
                <Message Importance="high" Text="IoTSecurePackGate=$(IoTSecurePackGate)" />
                <Message Importance="high" Text="Analyzers=@(Analyzer->'%(Filename)', ',')" />
                <Message Importance="high" Text="Visible=@(CompilerVisibleProperty, ',')" />
                <Message Importance="high" Text="GlobalConfig=@(GlobalAnalyzerConfigFiles->'%(Filename)%(Extension)')" />
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

    [Fact]
    public void Executables_are_devices_with_the_package_defaults()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>" + Declarations, "Show");
        Assert.True(exit == 0, output);
        Assert.Contains("IoTDevice=true", output);
        Assert.Contains("IoTUpdateMechanism=InApp", output);
        Assert.Contains("IoTSecurePackGate=true", output);
        Assert.Contains("Analyzers=IoTSecure.Analyzers,IoTSecure.Analyzers.CodeFixes", output);
        Assert.Contains("IoTSupportPeriodEnd", output.Split('\n').Single(l => l.Contains("Visible=")));
        Assert.Contains("GlobalConfig=IoTSecure.globalconfig", output);
        Assert.Contains("Metadata=IoTSupportPeriodEnd:2031-12,IoTVulnerabilityDisclosureContact:security@example.com", output);
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
        var (exit, output) = Build("<OutputType>Exe</OutputType>", "GenerateNuspec");
        Assert.NotEqual(0, exit);
        Assert.Contains("error IOT8001", output);
        Assert.Contains("error IOT8010", output);
        Assert.DoesNotContain("NUSPEC:", output);
    }

    [Fact]
    public void Pack_hook_adds_the_evidence_under_iotsecure()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType>" + Declarations, "GenerateNuspec");
        Assert.True(exit == 0, output);
        Assert.Contains("pack gate passed", output);
        var nuspec = output.Split('\n').Single(l => l.Contains("NUSPEC:"));
        Assert.Contains("security.txt=iotsecure/security.txt", nuspec);
        Assert.Contains("statement-of-compliance.json=iotsecure/statement-of-compliance.json", nuspec);
        Assert.Contains("statement-of-compliance.md=iotsecure/statement-of-compliance.md", nuspec);
    }

    [Fact]
    public void Gate_switch_and_library_projects_skip_the_gate()
    {
        Assert.Equal(0, Build("<OutputType>Exe</OutputType><IoTSecurePackGate>false</IoTSecurePackGate>", "GenerateNuspec").ExitCode);
        Assert.Equal(0, Build("<OutputType>Library</OutputType>", "GenerateNuspec").ExitCode);
    }

    [Fact]
    public void Publish_hook_gates_copied_files_and_adds_the_evidence_to_the_publish_output()
    {
        File.WriteAllText(Path.Combine(_directory, "secrets.env"), "MQTT_PASSWORD=hub-broker-Pa55\n");
        File.WriteAllText(Path.Combine(_directory, "notes.txt"), "MQTT_PASSWORD=hub-broker-Pa55\n");
        var refused = Build("<OutputType>Exe</OutputType>" + Declarations, "Publish",
            """<None Include="secrets.env" CopyToPublishDirectory="PreserveNewest" /><None Include="notes.txt" />""");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("secrets.env(1): IoTSecure error IOT8040", refused.Output.Replace(_directory + "/", string.Empty));
        Assert.DoesNotContain("notes.txt", refused.Output);
        Assert.DoesNotContain("PREPARED", refused.Output);

        var accepted = Build("<OutputType>Exe</OutputType>" + Declarations, "Publish", """<None Include="notes.txt" />""");
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.Contains("PUBLISH:iotsecure/security.txt | iotsecure/statement-of-compliance.json | iotsecure/statement-of-compliance.md", accepted.Output);
    }

    [Fact]
    public void Analyzers_switched_off_is_refused()
    {
        var (exit, output) = Build("<OutputType>Exe</OutputType><RunAnalyzers>false</RunAnalyzers>" + Declarations, "GenerateNuspec");
        Assert.NotEqual(0, exit);
        Assert.Contains("error IOT8030", output);
    }
}
