using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Detection.Configuration;
using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers.Tests.Rules.Configuration;

/// <summary>The gate's AnalyzerConfigFile must give the global options the compiler (AnalyzerConfigSet) gives.</summary>
public class AnalyzerConfigAgreementTests
{
    [Theory]
    [InlineData("/t.globalconfig", "is_global = yes\niotsecure.secret_names = otaseed\n", null, null)]
    [InlineData("/t.globalconfig", "is_global = false\niotsecure.secret_names = otaseed\n", null, null)]
    [InlineData("/.globalconfig", "iotsecure.secret_names = otaseed\niotsecure.secret_names = pairingcode\n", null, null)]
    [InlineData("/a/.globalconfig", "iotsecure.secret_names = otaseed\n", "/b/t.globalconfig", "is_global = true\nglobal_level = 100\niotsecure.secret_names = otaseed\n")]
    [InlineData("/t.globalconfig", "is_global = true\riotsecure.secret_names = otaseed\r", null, null)]
    [InlineData("/t.globalconfig", "is_global = true\u2028iotsecure.secret_names = otaseed\n", null, null)]
    [InlineData("/t.globalconfig", "is_global = true\u0085iotsecure.secret_names = otaseed\n", null, null)]
    public void The_gate_reads_global_options_as_the_compiler_does(string path, string text, string? path2, string? text2)
    {
        var files = new[] { (path, text), (path2, text2) }.Where(f => f.Item1 is not null).Select(f => (Path: f.Item1!, Text: f.Item2!)).ToArray();
        var compiler = AnalyzerConfigSet.Create(files.Select(f => AnalyzerConfig.Parse(f.Text, f.Path)).ToImmutableArray(), out _)
            .GlobalConfigOptions.AnalyzerOptions.Where(p => p.Key.StartsWith("iotsecure.")).OrderBy(p => p.Key).ToList();
        var gate = AnalyzerConfigFile.GlobalOptions(files.Select(f => AnalyzerConfigFile.Parse(f.Path, f.Text)))
            .Where(p => p.Key.StartsWith("iotsecure.")).OrderBy(p => p.Key).ToList();
        Assert.Equal(compiler, gate);
    }
}
