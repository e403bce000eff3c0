using System.IO;
using System.Linq;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>
/// The gate rests on the build that made what ships: the two-step CI path through both packages, and the routes
/// round the gate that a real build offers (analysis skipped, analyzers removed, the gate switched off on the command
/// line, OutputType set late), each refused or recorded.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class EvidenceEndToEndTests
{
    private const string Declarations = """
            <IoTSupportPeriodEnd>2032-06</IoTSupportPeriodEnd>
            <IoTVulnerabilityDisclosureContact>security@contoso.example</IoTVulnerabilityDisclosureContact>
            <IoTManufacturer>Contoso Devices Ltd</IoTManufacturer>
            <IoTManufacturerAddress>1 Example Street, Cambridge, UK</IoTManufacturerAddress>
            <IoTProductModel>CSH-200</IoTProductModel>
            <IoTMarkets>UK;EU</IoTMarkets>
        """;

    private const string CleanProgram = """
        using System;
        using System.Diagnostics.CodeAnalysis;
        static class Program
        {
            static void Main() => Console.WriteLine(Fixture.Password.Length);
        }

        static class Fixture
        {
            [SuppressMessage("Security", "IOT1004", Justification = "Bench fixture, replaced by provisioning")]
            public static readonly string Password = "bench-fixture-Qx81";
        }
        """;

    /// <summary>A hard-coded broker password: every compile that runs the rules fails on it.</summary>
    private const string SecretProgram = """
        using System;
        using System.Net;
        static class Program
        {
            static void Main() => Console.WriteLine(new NetworkCredential("hub", "Kx9-Wq7Lt2mZ").UserName);
        }
        """;

    private readonly PackagesFixture _packages;

    public EvidenceEndToEndTests(PackagesFixture packages) => _packages = packages;

    [Theory]
    [InlineData(Consumption.PackageReference)]
    [InlineData(Consumption.Sdk)]
    public void Build_then_pack_and_publish_with_no_build_ship_an_audited_statement(Consumption consumption)
    {
        var consumer = _packages.NewConsumer("two-step-" + consumption).WithProject(consumption, Declarations).WithFile("Program.cs", CleanProgram);

        var build = consumer.Run("build", "-c", "Release", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "obj", "Release", "net10.0", "Device.iotsecure-receipt.json")));
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "obj", "Release", "net10.0", "Device.iotsecure.sarif")));

        var pack = consumer.Run("pack", "--no-build", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Contains("1 assembly(ies) checked against their build receipts", pack.Output);
        Assert.DoesNotContain("IOT8030", pack.Output);
        var statement = Consumer.ReadEntry(Assert.Single(consumer.Packages("out")), "iotsecure/statement-of-compliance.json");
        Assert.Contains("\"name\": \"Device.dll\"", statement);
        Assert.Contains("\"IOT1001 (error)\"", statement);
        Assert.Contains("\"justification\": \"Bench fixture, replaced by provisioning\"", statement);
        Assert.Contains("EU: Cyber Resilience Act", statement);
        Assert.DoesNotContain("bench-fixture-Qx81", statement);

        var publish = consumer.Run("publish", "--no-build", "-c", "Release", "-o", "pub", "-nodeReuse:false");
        Assert.True(publish.ExitCode == 0, publish.ToString());
        Assert.Contains("IoTSecure: publish gate passed", publish.Output);
        Assert.Contains("\"name\": \"Device.dll\"", File.ReadAllText(Path.Combine(consumer.Directory, "pub", "iotsecure", "statement-of-compliance.json")));
    }

    [Fact]
    public void A_build_that_skipped_analysis_cannot_be_packed_or_published_with_no_build()
    {
        var consumer = _packages.NewConsumer("skipped").WithProject(Consumption.PackageReference, Declarations).WithFile("Program.cs", SecretProgram);

        var build = consumer.Run("build", "-c", "Release", "-p:RunAnalyzers=false", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString()); // the secret compiles when nothing looks

        var pack = consumer.Run("pack", "--no-build", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, pack.ExitCode);
        Assert.Contains("IoTSecure error IOT8030", pack.Output);
        Assert.Contains("RunAnalyzers=false", pack.Output);
        Assert.Empty(consumer.Packages("out"));

        consumer.WithFile("Program.cs", SecretProgram + "// edited\n"); // so the compiler runs again
        var implicitBuild = consumer.Run("build", "-c", "Release", "-p:IsImplicitlyTriggeredBuild=true", "-p:OptimizeImplicitlyTriggeredBuild=true", "-nodeReuse:false");
        Assert.True(implicitBuild.ExitCode == 0, implicitBuild.ToString());
        var publish = consumer.Run("publish", "--no-build", "-c", "Release", "-o", "pub", "-nodeReuse:false");
        Assert.NotEqual(0, publish.ExitCode);
        Assert.Contains("IoTSecure error IOT8030", publish.Output);
        Assert.Contains("IsImplicitlyTriggeredBuild=true", publish.Output);
        var pub = Path.Combine(consumer.Directory, "pub");
        Assert.False(Directory.Exists(pub) && Directory.EnumerateFiles(pub, "*", SearchOption.AllDirectories).Any());

        // Built as a test project: the rules skip it, and the receipt says so.
        var asTest = consumer.Run("build", "-c", "Release", "-p:IsTestProject=true", "-nodeReuse:false");
        Assert.True(asTest.ExitCode == 0, asTest.ToString());
        var testPack = consumer.Run("pack", "--no-build", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, testPack.ExitCode);
        Assert.Contains("compiled as a test project", testPack.Output);
        Assert.Empty(consumer.Packages("out"));
    }

    [Fact]
    public void Bytes_swapped_into_obj_after_an_honest_build_are_refused()
    {
        var consumer = _packages.NewConsumer("swapped").WithProject(Consumption.PackageReference, Declarations).WithFile("Program.cs", CleanProgram);
        var build = consumer.Run("build", "-c", "Release", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString());

        // Another binary in place of the one the rules saw, newer than every input so CoreCompile is skipped.
        var assembly = Path.Combine(consumer.Directory, "obj", "Release", "net10.0", "Device.dll");
        File.AppendAllText(assembly, "swapped");
        File.SetLastWriteTimeUtc(assembly, System.DateTime.UtcNow.AddMinutes(1));
        var pack = consumer.Run("pack", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, pack.ExitCode);
        Assert.Contains("IoTSecure error IOT8033", pack.Output);
        Assert.Empty(consumer.Packages("out"));
    }

    [Fact]
    public void Analyzer_items_removed_before_compile_are_refused()
    {
        var consumer = _packages.NewConsumer("no-analyzers")
            .WithProject(Consumption.Sdk, Declarations)
            .WithFile("Program.cs", SecretProgram)
            .WithFile("Directory.Build.targets", """
                <Project>
                  <Target Name="DropAnalyzers" BeforeTargets="CoreCompile">
                    <ItemGroup>
                      <Analyzer Remove="@(Analyzer)" />
                    </ItemGroup>
                  </Target>
                </Project>
                """);

        var pack = consumer.Run("pack", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, pack.ExitCode);
        Assert.Contains("IoTSecure error IOT8030", pack.Output);
        Assert.Contains("without IoTSecure.Analyzers.dll", pack.Output);
        Assert.Empty(consumer.Packages("out"));
    }

    [Fact]
    public void Gate_off_on_the_command_line_warns_and_the_package_claims_no_check()
    {
        var consumer = _packages.NewConsumer("gate-off-cli").WithProject(Consumption.PackageReference).WithFile("Program.cs", CleanProgram);

        var pack = consumer.Run("pack", "-c", "Release", "-o", "out", "-p:IoTSecurePackGate=false", "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.Contains("warning IOT8031", pack.Output);
        Assert.Contains("IoTSecurePackGate=false, set by a global property", pack.Output);
        var nupkg = Assert.Single(consumer.Packages("out"));
        Assert.DoesNotContain("iotsecure/security.txt", Consumer.Entries(nupkg));
        Assert.Contains("NOT CHECKED by IoTSecure", Consumer.ReadEntry(nupkg, "iotsecure/statement-of-compliance.md"));
    }

    [Fact]
    public void OutputType_set_in_Directory_Build_targets_is_a_device_with_the_package_reference()
    {
        var consumer = _packages.NewConsumer("late-exe").WithFile("Program.cs", CleanProgram)
            .WithFile("Directory.Build.targets", "<Project><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>")
            .WithFile("Device.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <IoTUpdateMechanism>External</IoTUpdateMechanism>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="IoTSecure.Analyzers" Version="{_packages.Version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """);

        var pack = consumer.Run("pack", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, pack.ExitCode);
        Assert.Contains("IoTSecure error IOT8001", pack.Output);
        Assert.Empty(consumer.Packages("out"));
    }

    /// <summary>A multi-targeted project packs in its outer build, which only imports buildMultiTargeting/: the gate runs there too.</summary>
    [Fact]
    public void A_multi_targeted_device_is_gated_when_it_packs()
    {
        var consumer = _packages.NewConsumer("multi").WithFile("Program.cs", CleanProgram).WithFile("Device.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>net10.0;net9.0</TargetFrameworks>
                <IsPackable>true</IsPackable>
                <IoTUpdateMechanism>External</IoTUpdateMechanism>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="IoTSecure.Analyzers" Version="{_packages.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);

        var pack = consumer.Run("pack", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, pack.ExitCode);
        Assert.Contains("IoTSecure error IOT8001", pack.Output);
        Assert.Empty(consumer.Packages("out"));
    }
}
