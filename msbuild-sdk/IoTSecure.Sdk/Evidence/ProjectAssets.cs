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

    /// <summary>Reads the assets file for <paramref name="targetFramework"/> (the first graph without a runtime when several match).
    /// Throws <see cref="InvalidDataException"/> when it is not an assets file or has no such graph.</summary>
    public static ProjectAssets Read(string path, string? targetFramework)
    {
        var root = JsonNode.Parse(File.ReadAllBytes(path));
        var targets = root["targets"]?.Members.ToList() ?? throw new InvalidDataException("no 'targets' in " + path);
        var graph = targets.FirstOrDefault(t => string.Equals(t.Name, targetFramework, StringComparison.OrdinalIgnoreCase)).Value
                    ?? targets.FirstOrDefault(t => !t.Name.Contains("/")).Value
                    ?? throw new InvalidDataException($"no restore graph for {targetFramework} in {path}");

        var assets = new ProjectAssets();
        var libraries = root["libraries"];
        foreach (var (key, value) in graph.Members)
        {
            var slash = key.IndexOf('/');
            if (slash <= 0)
            {
                continue;
            }

            var library = new AssetLibrary(key.Substring(0, slash), key.Substring(slash + 1), JsonNode.Text(value["type"]) ?? "package");
            library.HasShippingAssets = HasFiles(value["runtime"]) || HasFiles(value["native"]) || HasFiles(value["resource"]) || HasFiles(value["runtimeTargets"]);
            foreach (var (dependency, _) in value["dependencies"]?.Members ?? Enumerable.Empty<(string, JsonNode)>())
            {
                library.Dependencies.Add(dependency);
            }

            var info = libraries?[key];
            library.Sha512 = JsonNode.Text(info?["sha512"]);
            library.Path = JsonNode.Text(info?["path"]);
            assets.Libraries[library.Name] = library;
        }

        var project = root["project"];
        var framework = project?["frameworks"]?.Members.FirstOrDefault(f => string.Equals(f.Name, targetFramework, StringComparison.OrdinalIgnoreCase)).Value
                        ?? project?["frameworks"]?.Members.FirstOrDefault().Value;
        foreach (var (name, value) in framework?["dependencies"]?.Members ?? Enumerable.Empty<(string, JsonNode)>())
        {
            assets.DirectDependencies.Add((name, string.Equals(JsonNode.Text(value["suppressParent"]), "All", StringComparison.OrdinalIgnoreCase)));
        }

        foreach (var library in assets.Libraries.Values.Where(l => l.Type == "project"))
        {
            if (!assets.DirectDependencies.Any(d => string.Equals(d.Name, library.Name, StringComparison.OrdinalIgnoreCase)))
            {
                assets.DirectDependencies.Add((library.Name, false));
            }
        }

        assets.PackageFolders.AddRange(root["packageFolders"]?.Members.Select(m => m.Name) ?? Enumerable.Empty<string>());
        var restore = project?["restore"];
        assets.Sources.AddRange(restore?["sources"]?.Members.Select(m => m.Name) ?? Enumerable.Empty<string>());
        assets.ConfigFiles.AddRange(restore?["configFilePaths"]?.Items.Select(i => i.Value).OfType<string>() ?? Enumerable.Empty<string>());
        assets.AuditEnabled = JsonNode.Text(restore?["restoreAuditProperties"]?["enableAudit"]);
        assets.AuditMode = JsonNode.Text(restore?["restoreAuditProperties"]?["auditMode"]);
        foreach (var log in root["logs"]?.Items ?? Enumerable.Empty<JsonNode>())
        {
            assets.Messages.Add(new RestoreMessage(JsonNode.Text(log["code"]) ?? string.Empty, JsonNode.Text(log["level"]) ?? string.Empty,
                JsonNode.Text(log["message"]) ?? string.Empty, JsonNode.Text(log["libraryId"])));
        }

        return assets;
    }

    /// <summary>
    /// The libraries that ship with the app: every project reference, every package that brings runtime, native or
    /// resource assets, and every package reachable from a direct dependency that is not development-only (an analyzer
    /// or build-tools package such as IoTSecure.Analyzers brings nothing into the output and is left out with whatever
    /// only it pulls in).
    /// </summary>
    public IReadOnlyList<AssetLibrary> Shipped()
    {
        // PrivateAssets="all" stops a package flowing to consumers, not into this project's own output: a package that
        // brings runtime, native or resource assets ships whatever its reference says.
        var shipped = new Dictionary<string, AssetLibrary>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<string>(DirectDependencies
            .Where(d => !d.DevelopmentOnly || (Libraries.TryGetValue(d.Name, out var direct) && direct.HasShippingAssets)).Select(d => d.Name)
            .Concat(Libraries.Values.Where(l => l.HasShippingAssets).Select(l => l.Name)));
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (shipped.ContainsKey(name) || !Libraries.TryGetValue(name, out var library))
            {
                continue;
            }

            shipped[name] = library;
            foreach (var dependency in library.Dependencies)
            {
                pending.Push(dependency);
            }
        }

        return shipped.Values.OrderBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ToList();
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
