using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace IoTSecure.Sdk.Evidence;

/// <summary>A NuGet package or project in a restore graph (one target framework).</summary>
public sealed class AssetLibrary
{
    public AssetLibrary(string name, string version, string type)
    {
        Name = name;
        Version = version;
        Type = type;
    }

    public string Name { get; }
    public string Version { get; }

    /// <summary><c>package</c> or <c>project</c>.</summary>
    public string Type { get; }

    /// <summary>SHA-512 of the .nupkg as restore recorded it (base64), packages only.</summary>
    public string? Sha512 { get; set; }

    /// <summary>Folder of the package under the packages folder (<c>name/version</c> in lower case).</summary>
    public string? Path { get; set; }

    /// <summary>The names of the libraries it depends on (resolved in this graph).</summary>
    public List<string> Dependencies { get; } = new();

    /// <summary>Whether the package brings anything that ships with the app (runtime, native or resource assets).</summary>
    public bool HasShippingAssets { get; set; }

    public bool IsPackage => Type == "package";
}

/// <summary>A NuGet restore message recorded in project.assets.json (NU1901-NU1904 audit findings among them).</summary>
public sealed class RestoreMessage
{
    public RestoreMessage(string code, string level, string message, string? libraryId)
    {
        Code = code;
        Level = level;
        Message = message;
        LibraryId = libraryId;
    }

    public string Code { get; }
    public string Level { get; }
    public string Message { get; }
    public string? LibraryId { get; }
}

/// <summary>
/// What NuGet's restore recorded for a project (<c>obj/project.assets.json</c>): the resolved graph for a target
/// framework, the project's direct dependencies (and which are development-only, <c>PrivateAssets="all"</c>), the
/// package folders, the audit settings restore ran with, its sources and config files, and its messages.
/// </summary>
public sealed class ProjectAssets
{
    public Dictionary<string, AssetLibrary> Libraries { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Direct dependencies of the project for the target framework: name, and whether it is development-only (suppressParent All).</summary>
    public List<(string Name, bool DevelopmentOnly)> DirectDependencies { get; } = new();

    public List<string> PackageFolders { get; } = new();
    public List<string> Sources { get; } = new();
    public List<string> ConfigFiles { get; } = new();
    public List<RestoreMessage> Messages { get; } = new();

    /// <summary>restoreAuditProperties: enableAudit, auditLevel, auditMode (null when restore recorded none).</summary>
    public string? AuditEnabled { get; private set; }
    public string? AuditMode { get; private set; }

    /// <summary>
    /// Reads the assets file for <paramref name="targetFramework"/>; with no target framework (a multi-targeted project's
    /// outer build, which packs every framework) every graph without a runtime identifier is read and what ships is their
    /// union. Throws <see cref="InvalidDataException"/> when it is not an assets file or has no such graph.
    /// </summary>
    public static ProjectAssets Read(string path, string? targetFramework)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(path));
        var targets = root["targets"]?.Members.ToList() ?? throw new InvalidDataException("no 'targets' in " + path);
        var graphs = string.IsNullOrWhiteSpace(targetFramework)
            ? targets.Where(t => !t.Name.Contains("/")).ToList()
            : targets.Where(t => string.Equals(t.Name, targetFramework, StringComparison.OrdinalIgnoreCase)).ToList();
        if (graphs.Count == 0)
        {
            throw new InvalidDataException($"no restore graph for {targetFramework} in {path}");
        }

        var assets = new ProjectAssets();
        var libraries = root["libraries"];
        var project = root["project"];
        foreach (var (graphName, graph) in graphs)
        {
            var graphLibraries = new Dictionary<string, AssetLibrary>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in graph.Members)
            {
                var slash = key.IndexOf('/');
                if (slash <= 0)
                {
                    continue;
                }

                var library = new AssetLibrary(key.Substring(0, slash), key.Substring(slash + 1), JsonNode.Text(value["type"]) ?? "package");
                library.HasShippingAssets = HasFiles(value["runtime"]) || HasFiles(value["native"]) || HasFiles(value["resource"]) || HasFiles(value["runtimeTargets"]) ||
                                            value["contentFiles"]?.Members.Any(f => JsonNode.Text(f.Value["copyToOutput"]) == "true") == true;
                foreach (var (dependency, _) in value["dependencies"]?.Members ?? Enumerable.Empty<(string, JsonNode)>())
                {
                    library.Dependencies.Add(dependency);
                }

                var info = libraries?[key];
                library.Sha512 = JsonNode.Text(info?["sha512"]);
                library.Path = JsonNode.Text(info?["path"]);
                graphLibraries[library.Name] = library;
                assets.Libraries[library.Name + "/" + library.Version] = library;
            }

            var framework = project?["frameworks"]?.Members.FirstOrDefault(f => string.Equals(f.Name, graphName, StringComparison.OrdinalIgnoreCase) ||
                                                                                  graphName.StartsWith(f.Name, StringComparison.OrdinalIgnoreCase)).Value
                            ?? (graphs.Count == 1 ? project?["frameworks"]?.Members.FirstOrDefault().Value : null);
            var direct = new List<(string Name, bool DevelopmentOnly)>();
            foreach (var (name, value) in framework?["dependencies"]?.Members ?? Enumerable.Empty<(string, JsonNode)>())
            {
                direct.Add((name, string.Equals(JsonNode.Text(value["suppressParent"]), "All", StringComparison.OrdinalIgnoreCase)));
                if (value["noWarn"]?.Items.Any(i => i.Value is "NU1901" or "NU1902" or "NU1903" or "NU1904") == true)
                {
                    assets.AuditWarningsSilenced.Add(name);
                }
            }

            foreach (var library in graphLibraries.Values.Where(l => l.Type == "project" && !direct.Any(d => string.Equals(d.Name, l.Name, StringComparison.OrdinalIgnoreCase))))
            {
                direct.Add((library.Name, false));
            }

            assets.Graphs.Add((graphLibraries, direct));
            foreach (var dependency in direct.Where(d => !assets.DirectDependencies.Contains(d)))
            {
                assets.DirectDependencies.Add(dependency);
            }
        }

        assets.PackageFolders.AddRange(root["packageFolders"]?.Members.Select(m => m.Name) ?? Enumerable.Empty<string>());
        var restore = project?["restore"];
        assets.Sources.AddRange(restore?["sources"]?.Members.Select(m => m.Name) ?? Enumerable.Empty<string>());
        assets.ConfigFiles.AddRange(restore?["configFilePaths"]?.Items.Select(i => i.Value).OfType<string>() ?? Enumerable.Empty<string>());
        var audit = restore?["restoreAuditProperties"];
        assets.AuditEnabled = JsonNode.Text(audit?["enableAudit"]);
        assets.AuditMode = JsonNode.Text(audit?["auditMode"]);
        assets.AuditLevel = JsonNode.Text(audit?["auditLevel"]);
        assets.SuppressedAdvisories.AddRange(audit?["suppressedAdvisories"]?.Members.Select(m => m.Name) ?? Enumerable.Empty<string>());
        if (restore?["warningProperties"]?["noWarn"]?.Items.Any(i => i.Value is "NU1901" or "NU1902" or "NU1903" or "NU1904") == true)
        {
            assets.AuditWarningsSilenced.Add("the whole project");
        }

        foreach (var log in root["logs"]?.Items ?? Enumerable.Empty<JsonNode>())
        {
            assets.Messages.Add(new RestoreMessage(JsonNode.Text(log["code"]) ?? string.Empty, JsonNode.Text(log["level"]) ?? string.Empty,
                JsonNode.Text(log["message"]) ?? string.Empty, JsonNode.Text(log["libraryId"])));
        }

        return assets;
    }

    /// <summary>Each restore graph read: its libraries by name and the project's direct dependencies in it.</summary>
    public List<(Dictionary<string, AssetLibrary> Libraries, List<(string Name, bool DevelopmentOnly)> Direct)> Graphs { get; } = new();

    /// <summary>restoreAuditProperties.auditLevel: the lowest severity restore reported (low when absent).</summary>
    public string? AuditLevel { get; private set; }

    /// <summary>Advisories the project told NuGet to ignore (NuGetAuditSuppress).</summary>
    public List<string> SuppressedAdvisories { get; } = new();

    /// <summary>Where NoWarn hides audit warnings NU1901-NU1904: "the whole project" or package names.</summary>
    public List<string> AuditWarningsSilenced { get; } = new();

    /// <summary>
    /// The libraries that ship with the app: every project reference, every package that brings runtime, native or
    /// resource assets, and every package reachable from a direct dependency that is not development-only (an analyzer
    /// or build-tools package such as IoTSecure.Analyzers brings nothing into the output and is left out with whatever
    /// only it pulls in).
    /// </summary>
    public IReadOnlyList<AssetLibrary> Shipped()
    {
        var shipped = new Dictionary<string, AssetLibrary>(StringComparer.OrdinalIgnoreCase);
        foreach (var (libraries, direct) in Graphs)
        {
            // PrivateAssets="all" stops a package flowing to consumers, not into this project's own output: a package
            // that brings runtime, native, resource or copied content assets ships whatever its reference says.
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var pending = new Stack<string>(direct
                .Where(d => !d.DevelopmentOnly || (libraries.TryGetValue(d.Name, out var reference) && reference.HasShippingAssets)).Select(d => d.Name)
                .Concat(libraries.Values.Where(l => l.HasShippingAssets).Select(l => l.Name)));
            while (pending.Count > 0)
            {
                var name = pending.Pop();
                if (!seen.Add(name) || !libraries.TryGetValue(name, out var library))
                {
                    continue;
                }

                shipped[library.Name + "/" + library.Version] = library;
                foreach (var dependency in library.Dependencies)
                {
                    pending.Push(dependency);
                }
            }
        }

        return shipped.Values.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Version, StringComparer.Ordinal).ToList();
    }

    /// <summary>The SPDX licence expression a package's .nuspec declares (<c>&lt;license type="expression"&gt;</c>), or null.</summary>
    public string? LicenseExpression(AssetLibrary library)
    {
        if (library.Path is null)
        {
            return null;
        }

        foreach (var folder in PackageFolders)
        {
            var nuspec = System.IO.Path.Combine(folder, library.Path, library.Name.ToLowerInvariant() + ".nuspec");
            if (!File.Exists(nuspec))
            {
                continue;
            }

            try
            {
                var license = XDocument.Load(nuspec).Descendants().FirstOrDefault(e => e.Name.LocalName == "license");
                return license is not null && string.Equals((string?)license.Attribute("type"), "expression", StringComparison.OrdinalIgnoreCase)
                    ? license.Value.Trim()
                    : null;
            }
            catch (Exception e) when (e is IOException or System.Xml.XmlException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        return null;
    }

    private static bool HasFiles(JsonNode? node) => node?.Members.Any(m => !m.Name.EndsWith("/_._", StringComparison.Ordinal)) == true;
}
