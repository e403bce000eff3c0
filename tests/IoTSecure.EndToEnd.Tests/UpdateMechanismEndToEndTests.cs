namespace IoTSecure.EndToEnd.Tests;

/// <summary>IOT2001 and the [SecurityUpdateHook] attribute shipped in the packages.</summary>
[Collection(PackagesCollection.Name)]
public sealed class UpdateMechanismEndToEndTests
{
    private const string Program = """
        static class Program
        {
            static void Main() => System.Console.WriteLine("sensor");
        }
        """;

    private readonly PackagesFixture _packages;

    public UpdateMechanismEndToEndTests(PackagesFixture packages) => _packages = packages;

    [Fact]
    public void Device_without_updates_fails_and_the_shipped_hook_attribute_fixes_it()
    {
        var consumer = _packages.NewConsumer("updates")
            .WithProject(Consumption.Sdk, "<IoTUpdateMechanism>InApp</IoTUpdateMechanism>")
            .WithFile("Program.cs", Program);

        var failing = consumer.Run("build", "-nodeReuse:false");
        Assert.NotEqual(0, failing.ExitCode);
        Assert.Contains("error IOT2001: Device application 'Device' has no security-update mechanism", failing.Output);

        consumer.WithFile("Updater.cs", """
            [IoTSecure.SecurityUpdateHook]
            sealed class Updater
            {
            }
            """);
        var clean = consumer.Run("build", "-nodeReuse:false");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.DoesNotContain("IOT2001", clean.Output);
    }
}
