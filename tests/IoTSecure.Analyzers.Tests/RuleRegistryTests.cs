using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace IoTSecure.Analyzers.Tests;

/// <summary>Every rule carries its companions: doc page, release-tracking entry, package default severity, help link.</summary>
public class RuleRegistryTests
{
    public static IEnumerable<object[]> AllDescriptors() =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => new object[] { ((DiagnosticDescriptor)f.GetValue(null)!).Id });

    private static DiagnosticDescriptor Descriptor(string id) =>
        typeof(Descriptors).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().Single(d => d.Id == id);

    [Theory]
    [MemberData(nameof(AllDescriptors))]
    public void Descriptor_has_doc_page_release_entry_default_severity_and_help_link(string id)
    {
        var descriptor = Descriptor(id);
        var root = Infrastructure.Repository.Root();

        var page = Path.Combine(root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), "missing " + page);
        var doc = File.ReadAllText(page);
        foreach (var section in new[] { "## What it finds", "## Why it matters", "## Examples", "## How to fix", "## Configure", "## Suppress" })
        {
            Assert.Contains(section, doc);
        }

        Assert.Equal(RuleIdentifiers.HelpLink(id), descriptor.HelpLinkUri);
        Assert.EndsWith("docs/rules/" + id + ".md", descriptor.HelpLinkUri);

        var releases = File.ReadAllText(Path.Combine(root, "analyzers", "IoTSecure.Analyzers", "AnalyzerReleases.Unshipped.md")) +
                       File.ReadAllText(Path.Combine(root, "analyzers", "IoTSecure.Analyzers", "AnalyzerReleases.Shipped.md"));
        Assert.Matches(new Regex("^" + id + @"\s*\|\s*" + Regex.Escape(descriptor.Category) + @"\s*\|\s*" + descriptor.DefaultSeverity, RegexOptions.Multiline), releases);

        var globalConfig = File.ReadAllText(Path.Combine(root, "msbuild-sdk", "IoTSecure.Sdk", "build", "IoTSecure.globalconfig"));
        var severity = descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "suggestion",
            _ => "silent",
        };
        Assert.Contains($"dotnet_diagnostic.{id}.severity = {severity}", globalConfig);
        Assert.True(descriptor.IsEnabledByDefault);
    }

    [Fact]
    public void Every_analyzer_is_concurrent_csharp_and_every_fixer_has_fix_all()
    {
        var analyzers = typeof(Descriptors).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(analyzers);
        foreach (var type in analyzers)
        {
            Assert.NotNull(type.GetCustomAttribute<DiagnosticAnalyzerAttribute>());
            Assert.EndsWith("Analyzer", type.Name);
        }

        var fixers = typeof(CodeFixes.Rules.Credentials.HardcodedCredentialFixer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t)).ToList();
        foreach (var type in fixers)
        {
            var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
            // A rule reported at most once per project (IOT2001) has nothing to fix "all" of.
            var oncePerProject = fixer.FixableDiagnosticIds.All(id => id == RuleIdentifiers.MissingSecurityUpdate);
            Assert.True(oncePerProject || fixer.GetFixAllProvider() is not null, type.Name + " has no Fix All");
            Assert.EndsWith("Fixer", type.Name);
        }
    }

    [Fact]
    public void Every_build_check_code_has_a_doc_page()
    {
        var root = Infrastructure.Repository.Root();
        var codes = typeof(RuleIdentifiers).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)
            .Where(id => id.StartsWith("IOT8", System.StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(codes);
        foreach (var code in codes)
        {
            Assert.True(File.Exists(Path.Combine(root, "docs", "rules", code + ".md")), "missing doc page for " + code);
        }
    }

    [Fact]
    public void Help_links_written_in_the_build_logic_use_the_registrys_one_base()
    {
        // MSBuild XML cannot read the C# registry; this keeps the one literal there equal to RuleIdentifiers.HelpLinkBase.
        var root = Infrastructure.Repository.Root();
        var links = Directory.GetFiles(Path.Combine(root, "msbuild-sdk", "IoTSecure.Sdk"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".targets", System.StringComparison.Ordinal) || f.EndsWith(".props", System.StringComparison.Ordinal))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "HelpLink=\"([^\"]*)\"").Select(m => m.Groups[1].Value))
            .ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.Matches("^" + Regex.Escape(RuleIdentifiers.HelpLinkBase) + "IOT[0-9]{4}\\.md$", link));
    }
}
