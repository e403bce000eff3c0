using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.Tests.Rules.Configuration;

public class ConfigurationValueTests
{
    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly Dictionary<string, string> _values;
        public Options(Dictionary<string, string> values) => _values = values;
        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        public override IEnumerable<string> Keys => _values.Keys;
    }

    private sealed class Provider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(new Dictionary<string, string>());
        public Provider(Dictionary<string, string> global) => GlobalOptions = new Options(global);
        public override AnalyzerConfigOptions GlobalOptions { get; }
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
    }

    private sealed class Text : AdditionalText
    {
        private readonly string _content;
        public Text(string path, string content) { Path = path; _content = content; }
        public override string Path { get; }
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(_content);
    }

    private static AnalyzerOptions With(Dictionary<string, string>? global = null, params (string Path, string Content)[] files) =>
        new(files.Select(f => (AdditionalText)new Text(f.Path, f.Content)).ToImmutableArray(), new Provider(global ?? new Dictionary<string, string>()));

    private static AnalyzerSettings Read(Dictionary<string, string>? global = null, params (string Path, string Content)[] files) =>
        AnalyzerSettings.Read(With(global, files));

    [Theory]
    [InlineData("Contoso.Radio.Modem.Unlock(pin):ConnectionString,SymmetricKey")]  // Enum.TryParse reads flags: 1|2 = ApiKey
    [InlineData("Contoso.Radio.Modem.Unlock(pin):Password,Url")]                   // 0|4 = Url
    [InlineData("Contoso.Radio.Modem.Unlock(pin):4")]                              // a number = Url
    public void A_sink_line_with_two_kinds_or_a_number_is_reported_not_read_as_another_kind(string line)
    {
        var settings = Read(null, ("/0/iotsecure.sinks.txt", line + "\n"));
        Assert.NotEmpty(settings.Problems);   // observed: none; the entry is added with some other kind
    }

    [Fact]
    public void The_same_sink_file_passed_twice_is_not_reported_against_itself()
    {
        // e.g. a Directory.Build.props in the project folder adds it and so does the project, as the docs suggest.
        const string file = "Contoso.Radio.Modem.Unlock(pin):Password\n-System.Uri..ctor(uriString):Url\n";
        var settings = Read(null, ("/0/iotsecure.sinks.txt", file), ("/0/iotsecure.sinks.txt", file));
        Assert.Empty(settings.Problems.Select(p => p.Message));
    }

    [Theory]
    [InlineData("iotsecure.analyze_test_projects", "yes")]
    [InlineData("iotsecure.analyze_test_projects", "1")]
    [InlineData("iotsecure.analyze_test_projects", "\"true\"")]
    [InlineData("iotsecure.update_verifiers", "Verify")]
    [InlineData("iotsecure.update_verifiers", "Contoso.Ota.Signatures.Verify(byte[], byte[])")]
    [InlineData("iotsecure.non_security_hash_methods", "Contoso.Caching.Keys.CacheKey")]
    public void An_option_value_that_cannot_mean_anything_is_reported(string key, string value)
    {
        var settings = Read(new Dictionary<string, string> { [key] = value, ["build_property.IsTestProject"] = "true" });
        Assert.NotEmpty(settings.Problems);   // observed: none, the value is silently read as false / never matches
    }

    [Fact]
    public async Task A_sink_file_that_removes_every_built_in_entry_does_not_throw()
    {
        var removals = string.Join("\n", IoTSecure.Analyzers.Sinks.CredentialSinkCatalog.BuiltIn.Select(s => "-" + s));
        var compilation = AnalyzerRunner.Compile(new[] { "class D { object C() => new System.Net.NetworkCredential(\"u\", \"Kx9-Wq7Lt2mZ\"); }" });
        var withAnalyzers = compilation.WithAnalyzers(AnalyzerRunner.AllAnalyzers(), With(null, ("/0/iotsecure.sinks.txt", removals)));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        Assert.DoesNotContain(diagnostics, d => d.Id == "IOT1001");
    }

    [Fact]
    public async Task A_sink_file_removes_a_library_member_that_is_a_sink_by_its_name()
    {
        // ConfigurationOptions.Password is no catalogue entry: a library's secret-named property is a sink by its name.
        var library = "namespace StackExchange.Redis { public sealed class ConfigurationOptions { public string? Password { get; set; } } }";
        var compilation = AnalyzerRunner.CompileAgainstLibraries(new[] { "class D { object C() => new StackExchange.Redis.ConfigurationOptions { Password = \"Rd-c4che-9912\" }; }" }, new[] { library });

        async Task<string[]> Ids(params (string Path, string Content)[] files) =>
            (await compilation.WithAnalyzers(AnalyzerRunner.AllAnalyzers(), With(null, files)).GetAnalyzerDiagnosticsAsync()).Select(d => d.Id).OrderBy(i => i).ToArray();

        Assert.Equal(new[] { "IOT1001" }, await Ids());
        Assert.Equal(new[] { "IOT1004" }, await Ids(("/0/iotsecure.sinks.txt", "-StackExchange.Redis.ConfigurationOptions.Password(value)\n")));
        Assert.Empty(Read(null, ("/0/iotsecure.sinks.txt", "-StackExchange.Redis.ConfigurationOptions.Password(value)\n")).Problems);
        Assert.NotEmpty(Read(null, ("/0/iotsecure.sinks.txt", "-StackExchange.Redis.ConfigurationOptions.Connect(host)\n")).Problems); // removes nothing
    }

    [Fact]
    public async Task A_binary_sink_file_does_not_throw()
    {
        var random = new Random(7);
        var bytes = new char[200_000];
        for (var i = 0; i < bytes.Length; i++) bytes[i] = (char)random.Next(0, 256);
        var compilation = AnalyzerRunner.Compile(new[] { "class D { }" });
        var withAnalyzers = compilation.WithAnalyzers(AnalyzerRunner.AllAnalyzers(), With(null, ("/0/iotsecure.sinks.txt", new string(bytes))));
        var diagnostics = await withAnalyzers.GetAllDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public void A_large_team_sink_file_is_read_in_reasonable_time()
    {
        var lines = string.Join("\n", Enumerable.Range(0, 20_000).Select(i => $"Contoso.Gen.Type{i}.Set(secret):Password"));
        var watch = Stopwatch.StartNew();
        var settings = Read(null, ("/0/iotsecure.sinks.txt", lines));
        watch.Stop();
        Assert.Equal(IoTSecure.Analyzers.Sinks.CredentialSinkCatalog.BuiltIn.Length + 20_000, settings.Sinks.Length);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), "took " + watch.Elapsed);
    }

    [Fact]
    public void A_quoted_placeholder_pattern_is_unquoted_or_reported()
    {
        // The compiler keeps quotes in values; a quoted pattern compiles, passes the probes, and matches nothing.
        var settings = Read(new Dictionary<string, string> { ["iotsecure.placeholder_patterns"] = "\"^@@.*@@$\"" });
        Assert.True(settings.PlaceholderPatternProblem is not null || settings.Problems.Any() || !settings.Vocabulary.IsSecretValue("@@WIFI@@"));
    }
}
