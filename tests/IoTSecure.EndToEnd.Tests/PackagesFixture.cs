using System;
using System.Globalization;
using System.IO;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>
/// Packs IoTSecure.Analyzers and IoTSecure.Sdk once per test run, with a unique prerelease version, into a temp
/// folder feed. Consumers restore from that feed into their own package folder, so no stale cache is ever used.
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    public PackagesFixture()
    {
        Version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        Root = Path.Combine(Path.GetTempPath(), "iotsecure-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "packages");
        Directory.CreateDirectory(Feed);

        // The same script a newcomer runs (README): packs both packages into the folder feed and prints how to use it.
        var repository = DotNet.RepositoryRoot();
        var result = DotNet.Exec("bash", repository, TimeSpan.FromMinutes(10), Path.Combine(repository, "eng", "pack-local-feed.sh"),
            "--version", Version, "--output", Feed, "--", "-p:ArtifactsPath=" + Path.Combine(Root, "build"));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException("eng/pack-local-feed.sh failed:\n" + result);
        }

        Instructions = result.Output;
    }

    /// <summary>What eng/pack-local-feed.sh printed: the version, the nuget.config and the next commands.</summary>
    public string Instructions { get; }

    public string Version { get; }
    public string Root { get; }
    public string Feed { get; }
    public string PackagesFolder { get; }

    /// <summary>A fresh consumer folder whose nuget.config sees the local feed (first) and the machine's usual source.</summary>
    public Consumer NewConsumer(string name)
    {
        var directory = Path.Combine(Root, "consumers", name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{PackagesFolder}" />
              </config>
              <packageSources>
                <add key="iotsecure-e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project />");
        return new Consumer(directory, Version);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<PackagesFixture>
{
    public const string Name = "IoTSecure packages";
}
