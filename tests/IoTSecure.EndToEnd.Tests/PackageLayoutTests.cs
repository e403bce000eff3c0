using System.IO;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>What each package ships, where NuGet and the MSBuild SDK resolver look for it.</summary>
[Collection(PackagesCollection.Name)]
public sealed class PackageLayoutTests
{
    private readonly PackagesFixture _packages;

    public PackageLayoutTests(PackagesFixture packages) => _packages = packages;

    private string Package(string id) => Path.Combine(_packages.Feed, $"{id}.{_packages.Version}.nupkg");

    [Fact]
    public void Analyzers_package_ships_analyzers_fixes_tasks_and_build_logic_for_direct_and_transitive_use()
    {
        var entries = Consumer.Entries(Package("IoTSecure.Analyzers"));
        foreach (var expected in new[]
        {
            "analyzers/dotnet/cs/IoTSecure.Analyzers.dll", "analyzers/dotnet/cs/IoTSecure.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/IoTSecure.Detection.dll", "tasks/netstandard2.0/IoTSecure.Detection.dll",
            "tasks/netstandard2.0/IoTSecure.Sdk.Tasks.dll",
            "build/IoTSecure.Analyzers.props", "build/IoTSecure.Analyzers.targets", "build/IoTSecure.globalconfig",
            "buildTransitive/IoTSecure.Analyzers.props", "buildTransitive/IoTSecure.Analyzers.targets", "buildTransitive/IoTSecure.globalconfig",
            "buildMultiTargeting/IoTSecure.Analyzers.props", "buildMultiTargeting/IoTSecure.Analyzers.targets", "buildMultiTargeting/IoTSecure.globalconfig",
        })
        {
            Assert.Contains(expected, entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/"));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build") || e.Contains("Microsoft.CodeAnalysis"));
        Assert.Contains("<developmentDependency>true</developmentDependency>", Consumer.ReadEntry(Package("IoTSecure.Analyzers"), "IoTSecure.Analyzers.nuspec"));
    }

    [Fact]
    public void Sdk_package_is_an_MSBuild_SDK_with_the_same_contents()
    {
        var entries = Consumer.Entries(Package("IoTSecure.Sdk"));
        foreach (var expected in new[]
        {
            "Sdk/Sdk.props", "Sdk/Sdk.targets",
            "analyzers/dotnet/cs/IoTSecure.Analyzers.dll", "analyzers/dotnet/cs/IoTSecure.Analyzers.CodeFixes.dll",
            "analyzers/dotnet/cs/IoTSecure.Detection.dll", "tasks/netstandard2.0/IoTSecure.Detection.dll",
            "tasks/netstandard2.0/IoTSecure.Sdk.Tasks.dll",
            "build/IoTSecure.Analyzers.props", "build/IoTSecure.Analyzers.targets", "build/IoTSecure.globalconfig",
        })
        {
            Assert.Contains(expected, entries);
        }

        Assert.Contains("<packageType name=\"MSBuildSdk\" />", Consumer.ReadEntry(Package("IoTSecure.Sdk"), "IoTSecure.Sdk.nuspec"));
    }
}
