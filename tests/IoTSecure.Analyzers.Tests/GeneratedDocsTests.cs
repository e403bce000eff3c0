using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using IoTSecure.Sdk.Gate;
using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers.Tests;

/// <summary>
/// The README's rule table and the default <c>docs/iotsecure.editorconfig</c> are generated from the descriptors and the
/// build-check registry; this test fails when either drifts. <c>IOTSECURE_UPDATE_DOCS=1</c> rewrites them.
/// </summary>
public class GeneratedDocsTests
{
    private const string Start = "<!-- rules:start -->";
    private const string End = "<!-- rules:end -->";

    private static DiagnosticDescriptor[] Rules() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "suggestion",
        _ => "silent",
    };

    public static string RuleTable()
    {
        var text = new StringBuilder();
        text.Append("| ID | Kind | Default | What it finds |\n|---|---|---|---|\n");
        foreach (var rule in Rules())
        {
            text.Append($"| [{rule.Id}](docs/rules/{rule.Id}.md) | analyzer | {Severity(rule.DefaultSeverity)} | {rule.Title} |\n");
        }

        foreach (var (code, severity, title) in GateCodes.All.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            text.Append($"| [{code}](docs/rules/{code}.md) | pack/publish gate | {severity} | {title} |\n");
        }

        return text.ToString();
    }

    public static string EditorConfig()
    {
        var text = new StringBuilder();
        text.Append("# IoTSecure rules and their default severities (generated from the descriptors).\n");
        text.Append("# Copy the lines you want to change into your .editorconfig ([*.cs] section) or a .globalconfig.\n");
        text.Append("# IoTSecure's own options (" + string.Join(", ", IoTSecure.Detection.Configuration.TeamOptions.All.Select(o => o.Key)) + ")\n");
        text.Append("# go in a .globalconfig, not here; the team sink file is iotsecure.sinks.txt. See docs/configuration.md.\n\n");
        text.Append("[*.cs]\n");
        foreach (var rule in Rules())
        {
            text.Append($"\n# {rule.Id}: {rule.Title}\n# {rule.HelpLinkUri}\n");
            text.Append($"dotnet_diagnostic.{rule.Id}.severity = {Severity(rule.DefaultSeverity)}\n");
        }

        return text.ToString();
    }

    [Fact]
    public void Readme_rule_table_and_default_editorconfig_match_the_descriptors()
    {
        var root = Infrastructure.Repository.Root();
        var readmePath = Path.Combine(root, "README.md");
        var readme = File.ReadAllText(readmePath);
        var start = readme.IndexOf(Start, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lacks the rules markers");
        var expectedReadme = readme.Substring(0, start + Start.Length) + "\n" + RuleTable() + readme.Substring(end);

        var editorConfigPath = Path.Combine(root, "docs", "iotsecure.editorconfig");
        var expectedEditorConfig = EditorConfig();

        if (Environment.GetEnvironmentVariable("IOTSECURE_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(readmePath, expectedReadme);
            File.WriteAllText(editorConfigPath, expectedEditorConfig);
        }

        Assert.Equal(expectedReadme, File.ReadAllText(readmePath));
        Assert.True(File.Exists(editorConfigPath), "docs/iotsecure.editorconfig is missing; run the tests with IOTSECURE_UPDATE_DOCS=1");
        Assert.Equal(expectedEditorConfig, File.ReadAllText(editorConfigPath));
    }
}
