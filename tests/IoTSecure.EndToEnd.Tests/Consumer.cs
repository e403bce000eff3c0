using System.IO;
using System.IO.Compression;
using System.Linq;

namespace IoTSecure.EndToEnd.Tests;

/// <summary>How a consumer project takes IoTSecure.</summary>
public enum Consumption
{
    PackageReference,
    Sdk,
}

/// <summary>A device project in its own folder that consumes the packed IoTSecure packages as a user would.</summary>
public sealed class Consumer
{
    public Consumer(string directory, string version)
    {
        Directory = directory;
        Version = version;
    }

    public string Directory { get; }
    public string Version { get; }
    public string ProjectPath => Path.Combine(Directory, "Device.csproj");

    /// <summary>Writes Device.csproj: an executable (so a device by default) with the given extra properties.</summary>
    public Consumer WithProject(Consumption consumption, string properties = "", string items = "")
    {
        var sdk = consumption == Consumption.Sdk ? $"""  <Sdk Name="IoTSecure.Sdk" Version="{Version}" />""" : string.Empty;
        var reference = consumption == Consumption.PackageReference
            ? $"""    <PackageReference Include="IoTSecure.Analyzers" Version="{Version}" PrivateAssets="all" />"""
            : string.Empty;
        File.WriteAllText(ProjectPath, $"""
            <Project Sdk="Microsoft.NET.Sdk">
            {sdk}
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <IsPackable>true</IsPackable>
            {(properties.Contains("IoTUpdateMechanism") ? string.Empty : "    <IoTUpdateMechanism>External</IoTUpdateMechanism>")}
            {properties}
              </PropertyGroup>
              <ItemGroup>
            {reference}
            {items}
              </ItemGroup>
            </Project>
            """);
        return this;
    }

    public Consumer WithFile(string relativePath, string content)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string ReadFile(string relativePath) => File.ReadAllText(Path.Combine(Directory, relativePath));

    public CommandResult Run(params string[] arguments) => DotNet.Run(Directory, arguments);

    public string[] Packages(string folder) =>
        System.IO.Directory.Exists(Path.Combine(Directory, folder))
            ? System.IO.Directory.GetFiles(Path.Combine(Directory, folder), "*.nupkg")
            : System.Array.Empty<string>();

    public static string ReadEntry(string nupkg, string entryName)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        var entry = archive.Entries.Single(e => e.FullName == entryName);
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    public static string[] Entries(string nupkg)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        return archive.Entries.Select(e => e.FullName).ToArray();
    }
}
