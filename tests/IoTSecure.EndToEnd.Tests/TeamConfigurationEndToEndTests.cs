using System.IO;
using System.Linq;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>
/// A team's configuration through the package: iotsecure.sinks.txt in the project folder adds its SDK's sinks and
/// removes a built-in one; a bad line and a misplaced option are IOT0003 at their file and line; the pack gate's file
/// scan uses the team's secret names from its .globalconfig.
/// </summary>
[Collection(PackagesCollection.Name)]
public sealed class TeamConfigurationEndToEndTests
{
    private const string Program = """
        using System;
        using System.Net;

        namespace Contoso.Radio
        {
            public sealed class Modem
            {
                public void Unlock(string pin) => Console.WriteLine(pin.Length);
            }
        }

        static class Program
        {
            static void Main()
            {
                new Contoso.Radio.Modem().Unlock("Zq8-unique-pin-4711");
                var credential = new NetworkCredential("sensor-7", "Kx9-Wq7Lt2mZ-built-in");
                Console.WriteLine(credential.UserName);
            }
        }
        """;

    private readonly PackagesFixture _packages;

    public TeamConfigurationEndToEndTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void A_team_sink_file_adds_and_removes_sinks_and_its_mistakes_are_reported_at_their_lines()
    {
        var consumer = _packages.NewConsumer("team-sinks")
            .WithProject(Consumption.PackageReference, properties: "<TreatWarningsAsErrors>false</TreatWarningsAsErrors>")
            .WithFile("Program.cs", Program);

        // Without the file: only the built-in sink is checked.
        var before = consumer.Run("build", "-nodeReuse:false");
        Assert.Contains("error IOT1001", before.Output);
        Assert.Contains("NetworkCredential", before.Output);
        Assert.DoesNotContain("Modem.Unlock", before.Output);

        consumer.WithFile("iotsecure.sinks.txt", """
            # Contoso radio SDK
            Contoso.Radio.Modem.Unlock(pin):Password
            - System.Net.NetworkCredential..ctor(password)   # provisioned by the installer, reviewed in SEC-112
            Contoso.Radio.Modem.Pair(code):SymetricKey
            """);
        consumer.WithFile(".editorconfig", "root = true\n\n[*.cs]\niotsecure.secret_names = otaseed\n");
        var after = consumer.Run("build", "-nodeReuse:false");

        Assert.Contains("error IOT1001", after.Output);
        Assert.Contains("reaches 'Modem.Unlock' parameter 'pin'", after.Output);
        Assert.DoesNotContain("new NetworkCredential(...)", after.Output);
        Assert.DoesNotContain("Zq8-unique-pin-4711", after.Output);
        var sinkLine = after.Output.Split('\n').First(l => l.Contains("warning IOT0003") && l.Contains("SymetricKey"));
        Assert.Contains("iotsecure.sinks.txt(4,", sinkLine);
        var optionLine = after.Output.Split('\n').First(l => l.Contains("warning IOT0003") && l.Contains("iotsecure.secret_names"));
        Assert.Contains(".editorconfig(4,", optionLine);
    }

    [Fact]
    public void The_pack_gate_judges_shipped_files_with_the_teams_secret_names()
    {
        var consumer = _packages.NewConsumer("team-vocabulary")
            .WithProject(Consumption.PackageReference, properties: PackGateEndToEndTests.Declarations, items: "<None Include=\"device.json\" Pack=\"true\" PackagePath=\"content\" />")
            .WithFile("Program.cs", "static class Program { static void Main() { } }")
            .WithFile("device.json", "{\n  \"Ota\": {\n    \"OtaSeed\": \"Kx9-Wq7Lt2mZ\"\n  }\n}\n");

        var builtIn = consumer.Run("pack", "-c", "Release", "-nodeReuse:false");
        Assert.True(builtIn.ExitCode == 0, builtIn.ToString());

        consumer.WithFile(".globalconfig", "is_global = true\niotsecure.secret_names = otaseed\n");
        var team = consumer.Run("pack", "-c", "Release", "-nodeReuse:false");
        Assert.NotEqual(0, team.ExitCode);
        Assert.Contains("error IOT8040", team.Output);
        Assert.Contains("'OtaSeed'", team.Output);
        Assert.DoesNotContain("Kx9-Wq7Lt2mZ", team.Output);
    }
}
