using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IoTSecure.Sdk.Evidence;

/// <summary>The device the SBOM describes (its root component).</summary>
public sealed class SbomSubject
{
    public string Name { get; set; } = "device";
    public string? Version { get; set; }
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
}

/// <summary>
/// A CycloneDX 1.6 JSON software bill of materials of what ships (EU CRA Annex I Part II (1); ETSI EN 303 645 5.2-3,
/// 5.6-4): the device as the root component, every shipped NuGet package, direct and transitive, with its
/// <c>pkg:nuget</c> purl, version, the SHA-512 restore recorded and the licence expression its .nuspec declares, the
/// referenced projects, and the dependency graph. Deterministic: the same restore and subject give the same bytes (no
/// timestamp or random serial number; components sorted).
/// </summary>
public static class SoftwareBillOfMaterials
{
    public const string FileName = "sbom.cdx.json";

    public static string Write(ProjectAssets assets, SbomSubject subject, string toolVersion)
    {
        var shipped = assets.Shipped();
        var rootRef = "device:" + subject.Name + (subject.Version is null ? string.Empty : "@" + subject.Version);
        string RefOf(AssetLibrary library) => library.IsPackage ? Purl(library) : "project:" + library.Name + "@" + library.Version;

        var json = new JsonText();
        json.Open();
        json.Property("$schema", "http://cyclonedx.org/schema/bom-1.6.schema.json");
        json.Property("bomFormat", "CycloneDX");
        json.Property("specVersion", "1.6");
        json.Property("version", 1);
        json.Object("metadata", () =>
        {
            json.Object("tools", () =>
            {
                json.Objects("components", new[] { toolVersion }, version =>
                {
                    json.Property("type", "application");
                    json.Property("name", "IoTSecure");
                    json.Property("version", version);
                });
            });
            json.Object("component", () =>
            {
                json.Property("type", "application");
                json.Property("bom-ref", rootRef);
                if (subject.Manufacturer is not null)
                {
                    json.Object("supplier", () => json.Property("name", subject.Manufacturer));
                }

                json.Property("name", subject.Name);
                if (subject.Version is not null)
                {
                    json.Property("version", subject.Version);
                }

                if (subject.Model is not null)
                {
                    json.Property("description", "Device software of model " + subject.Model);
                }
            });
        });
        json.Objects("components", shipped, library =>
        {
            json.Property("type", "library");
            json.Property("bom-ref", RefOf(library));
            json.Property("name", library.Name);
            json.Property("version", library.Version);
            if (library.IsPackage)
            {
                json.Property("purl", Purl(library));
                if (HexOfBase64(library.Sha512) is { } sha512)
                {
                    json.Objects("hashes", new[] { sha512 }, hash =>
                    {
                        json.Property("alg", "SHA-512");
                        json.Property("content", hash);
                    });
                }

                if (assets.LicenseExpression(library) is { } expression)
                {
                    json.Objects("licenses", new[] { expression }, e => json.Property("expression", e));
                }
            }
        });

        // Several target frameworks may ship different versions of one package: a name maps to every shipped version.
        var byName = shipped.GroupBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Select(RefOf).ToList(), StringComparer.OrdinalIgnoreCase);
        IEnumerable<string> RefsOf(IEnumerable<string> names) => names.Where(byName.ContainsKey).SelectMany(n => byName[n]).Distinct(StringComparer.Ordinal).OrderBy(r => r, StringComparer.Ordinal);
        var dependencies = new List<(string Ref, List<string> DependsOn)>
        {
            (rootRef, RefsOf(assets.DirectDependencies.Where(d => !d.DevelopmentOnly || (byName.ContainsKey(d.Name))).Select(d => d.Name)).ToList()),
        };
        dependencies.AddRange(shipped.Select(l => (RefOf(l), RefsOf(l.Dependencies).ToList())));
        json.Objects("dependencies", dependencies, d =>
        {
            json.Property("ref", d.Ref);
            json.Array("dependsOn", d.DependsOn);
        });
        json.Close();
        return json.ToString();
    }

    /// <summary>The package URL of a NuGet package (purl spec: type <c>nuget</c>, name as published, version).</summary>
    public static string Purl(AssetLibrary library) => "pkg:nuget/" + Uri.EscapeDataString(library.Name) + "@" + Uri.EscapeDataString(library.Version);

    private static string? HexOfBase64(string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            return null;
        }

        try
        {
            var bytes = Convert.FromBase64String(base64);
            if (bytes.Length != 64)
            {
                return null;
            }

            var builder = new StringBuilder(128);
            foreach (var b in bytes)
            {
                builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }

            return builder.ToString();
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
