using System.IO;
using System.Linq;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>The pack and publish gate through the real dotnet pack and dotnet publish, for both packages.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackGateEndToEndTests
{
    private const string Program = """
        using System;
        static class Program
        {
            static void Main() => Console.WriteLine(typeof(Program).Assembly.GetName().Name);
        }
        """;

    internal const string Declarations = """
            <IoTSupportPeriodEnd>2032-06</IoTSupportPeriodEnd>
            <IoTVulnerabilityDisclosureContact>security@contoso.example;https://contoso.example/security</IoTVulnerabilityDisclosureContact>
            <IoTVulnerabilityDisclosurePolicyUrl>https://contoso.example/security/policy</IoTVulnerabilityDisclosurePolicyUrl>
            <IoTManufacturer>Contoso Devices Ltd</IoTManufacturer>
            <IoTManufacturerAddress>1 Example Street, Cambridge, UK</IoTManufacturerAddress>
            <IoTProductModel>CSH-200</IoTProductModel>
            <IoTMarkets>UK</IoTMarkets>
        """;

    private readonly PackagesFixture _packages;

    public PackGateEndToEndTests(PackagesFixture packages) => _packages = packages;

    [Theory]
    [InlineData(Consumption.PackageReference)]
    [InlineData(Consumption.Sdk)]
    public void Pack_is_refused_without_declarations_and_accepted_with_them(Consumption consumption)
    {
        var consumer = _packages.NewConsumer("gate-" + consumption).WithProject(consumption).WithFile("Program.cs", Program);

        var refused = consumer.Run("pack", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("IoTSecure error IOT8001", refused.Output);
        Assert.Contains("IoTSecure error IOT8010", refused.Output);
        Assert.Empty(consumer.Packages("out"));

        // The same checks on their own, as a team runs them before release: no false IOT8030 outside a build.
        var check = consumer.Run("msbuild", "-t:IoTSecureCheck", "-nodeReuse:false");
        Assert.NotEqual(0, check.ExitCode);
        Assert.Contains("IoTSecure error IOT8001", check.Output);
        Assert.DoesNotContain("IOT8030", check.Output);

        consumer.WithProject(consumption, Declarations);
        var accepted = consumer.Run("pack", "-o", "out", "-nodeReuse:false");
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Contains("IoTSecure: pack gate passed. Declared: support period to 2032-06", accepted.Output);

        var nupkg = Assert.Single(consumer.Packages("out"));
        var entries = Consumer.Entries(nupkg);
        Assert.Contains("iotsecure/security.txt", entries);
        Assert.Contains("iotsecure/statement-of-compliance.json", entries);
        Assert.Contains("iotsecure/statement-of-compliance.md", entries);

        var securityTxt = Consumer.ReadEntry(nupkg, "iotsecure/security.txt");
        Assert.Contains("Contact: mailto:security@contoso.example\n", securityTxt);
        Assert.Contains("Contact: https://contoso.example/security\n", securityTxt);
        Assert.Contains("Policy: https://contoso.example/security/policy\n", securityTxt);
        Assert.Matches(@"Expires: \d{4}-\d{2}-\d{2}T23:59:59Z", securityTxt);
        var statement = Consumer.ReadEntry(nupkg, "iotsecure/statement-of-compliance.json");
        Assert.Contains("\"supportPeriodEnd\": \"2032-06\"", statement);
        Assert.Contains("\"address\": \"1 Example Street, Cambridge, UK\"", statement);
    }

    [Fact]
    public void Pack_is_refused_when_a_packed_content_file_holds_a_private_key()
    {
        var consumer = _packages.NewConsumer("gate-key")
            .WithProject(Consumption.PackageReference, Declarations, """<Content Include="certs/device.key" Pack="true" PackagePath="certs" />""")
            .WithFile("Program.cs", Program)
            .WithFile("certs/device.key", "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49\n-----END EC PRIVATE KEY-----\n");

        var refused = consumer.Run("pack", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("device.key(1): IoTSecure error IOT8040", refused.Output);
        Assert.DoesNotContain("MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49", refused.Output);
        Assert.Empty(consumer.Packages("out"));
    }

    [Fact]
    public void Pack_is_refused_with_analyzers_switched_off()
    {
        var consumer = _packages.NewConsumer("gate-off")
            .WithProject(Consumption.Sdk, Declarations + "<RunAnalyzers>false</RunAnalyzers>")
            .WithFile("Program.cs", Program);

        var refused = consumer.Run("pack", "-o", "out", "-nodeReuse:false");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("IoTSecure error IOT8030", refused.Output);
        Assert.Empty(consumer.Packages("out"));
    }

    [Fact]
    public void Publish_is_refused_without_declarations_and_carries_the_evidence_with_them()
    {
        var consumer = _packages.NewConsumer("publish").WithProject(Consumption.PackageReference).WithFile("Program.cs", Program);

        var refused = consumer.Run("publish", "-o", "pub", "-nodeReuse:false");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("IoTSecure error IOT8001", refused.Output);
        Assert.False(Directory.Exists(Path.Combine(consumer.Directory, "pub")) && Directory.EnumerateFileSystemEntries(Path.Combine(consumer.Directory, "pub")).Any());

        consumer.WithProject(Consumption.PackageReference, Declarations);
        var accepted = consumer.Run("publish", "-o", "pub", "-nodeReuse:false");
        Assert.True(accepted.ExitCode == 0, accepted.ToString());
        Assert.Contains("IoTSecure: publish gate passed", accepted.Output);
        var securityTxt = File.ReadAllText(Path.Combine(consumer.Directory, "pub", "iotsecure", "security.txt"));
        Assert.Contains("Contact: mailto:security@contoso.example", securityTxt);
        Assert.True(File.Exists(Path.Combine(consumer.Directory, "pub", "iotsecure", "statement-of-compliance.md")));
    }
}
