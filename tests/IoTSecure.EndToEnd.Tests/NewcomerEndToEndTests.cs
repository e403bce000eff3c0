using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>
/// A newcomer's first hour, from the README alone: pack the packages into a local feed with the script, put the
/// printed nuget.config beside a `dotnet new console` project, add the package as printed, paste the README's
/// declaration block, then build and pack. Fails when the README or the script's instructions drift.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class NewcomerEndToEndTests
{
    private readonly PackagesFixture _packages;

    public NewcomerEndToEndTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void A_new_console_project_gets_onto_the_packed_packages_from_the_printed_instructions_and_the_README()
    {
        var instructions = _packages.Instructions;
        Assert.Contains($"IoTSecure {_packages.Version} is in {_packages.Feed}", instructions);
        var config = Regex.Match(instructions, @"<\?xml.*?</configuration>", RegexOptions.Singleline).Value;
        Assert.Contains(_packages.Feed, config);
        var addPackage = Regex.Match(instructions, @"^dotnet add package IoTSecure\.Analyzers --version (\S+)$", RegexOptions.Multiline);
        Assert.True(addPackage.Success, instructions);

        var consumer = _packages.NewConsumer("newcomer");
        Assert.Equal(0, consumer.Run("new", "console", "-n", "Device", "-o", ".").ExitCode);
        // The printed nuget.config, plus an isolated package folder (a test must not fill the machine's cache).
        File.WriteAllText(Path.Combine(consumer.Directory, "nuget.config"),
            config.Replace("<packageSources>", $"<config><add key=\"globalPackagesFolder\" value=\"{_packages.PackagesFolder}\" /></config>\n  <packageSources>"));

        var add = consumer.Run(addPackage.Value.Split(' ').Skip(1).ToArray());
        Assert.True(add.ExitCode == 0, add.ToString());
        var project = consumer.ReadFile("Device.csproj");
        Assert.Contains("<PrivateAssets>all</PrivateAssets>", project); // a development dependency

        // The README's declaration block, pasted as it is.
        var readme = File.ReadAllText(Path.Combine(DotNet.RepositoryRoot(), "README.md"));
        var block = Regex.Match(readme, @"<!-- declarations:start -->\s*```xml\s*(?<xml><PropertyGroup>.*?</PropertyGroup>)\s*```", RegexOptions.Singleline);
        Assert.True(block.Success, "README has no declaration block between <!-- declarations:start --> markers");
        consumer.WithFile("Device.csproj", project.Replace("</Project>", block.Groups["xml"].Value + "\n</Project>"));

        var build = consumer.Run("build", "-c", "Release", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.ToString());
        var pack = consumer.Run("pack", "--no-build", "-c", "Release", "-o", "out", "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.ToString());
        Assert.DoesNotContain("statement fields marked missing", pack.Output);
        var statement = Consumer.ReadEntry(Assert.Single(consumer.Packages("out")), "iotsecure/statement-of-compliance.json");
        Assert.Contains("\"missing\": []", statement);
    }
}
