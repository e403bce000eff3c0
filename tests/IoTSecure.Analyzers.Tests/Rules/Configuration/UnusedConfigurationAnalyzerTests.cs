using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Rules.Configuration;
using IoTSecure.Analyzers.Tests.Infrastructure;
using IoTSecure.Detection.Configuration;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace IoTSecure.Analyzers.Tests.Rules.Configuration;

public class UnusedConfigurationAnalyzerTests
{
    private static readonly string Kinds = string.Join(", ", System.Enum.GetNames(typeof(IoTSecure.Analyzers.Sinks.SecretKind)));

    private sealed class Setup
    {
        public string? GlobalConfig;
        public string? EditorConfig;
        public string? SinkFile;
        /// <summary>Whether the config files are also AdditionalFiles, as the package's targets pass them.</summary>
        public bool ConfigAsAdditionalFiles;
    }

    private static async Task Run(Setup setup, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<UnusedConfigurationAnalyzer, DefaultVerifier>();
        Offline.Configure(test);
        test.TestState.Sources.Add(("/0/Device.cs", "class Device { }"));
        if (setup.GlobalConfig is not null)
        {
            var text = "is_global = true\n" + setup.GlobalConfig;
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", text));
            if (setup.ConfigAsAdditionalFiles)
            {
                test.TestState.AdditionalFiles.Add(("/.globalconfig", text));
            }
        }

        if (setup.EditorConfig is not null)
        {
            var text = "root = true\n\n[*.cs]\n" + setup.EditorConfig;
            test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", text));
            if (setup.ConfigAsAdditionalFiles)
            {
                test.TestState.AdditionalFiles.Add(("/0/.editorconfig", text));
            }
        }

        if (setup.SinkFile is not null)
        {
            test.TestState.AdditionalFiles.Add(("/0/" + TeamOptions.SinkFileName, setup.SinkFile));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Problem(string message) => new DiagnosticResult(Descriptors.UnusedConfiguration).WithArguments(message);

    private static string Misplaced(string key, string value) =>
        $"'{key}' is set for source files (a file-scoped .editorconfig section such as [*.cs]), where IoTSecure does not read it; put it in a .globalconfig with is_global = true, e.g. {key} = {value}";

    [Fact]
    public Task An_option_in_a_file_scoped_section_is_reported_not_ignored() =>
        Run(new Setup { EditorConfig = "iotsecure.secret_names = otaseed" },
            Problem(Misplaced("iotsecure.secret_names", "otaseed")).WithNoLocation());

    [Fact]
    public Task An_option_in_a_file_scoped_section_is_reported_at_its_line_when_the_build_passes_the_file() =>
        Run(new Setup { EditorConfig = "indent_size = 4\niotsecure.placeholder_patterns = ^__.*__$", ConfigAsAdditionalFiles = true },
            Problem(Misplaced("iotsecure.placeholder_patterns", "^__.*__$")).WithSpan("/0/.editorconfig", 5, 1, 5, 42));

    [Fact]
    public async Task An_option_above_the_sections_of_a_plain_editorconfig_is_reported()
    {
        // The compiler reads only `root` there; without IoTSecure's note the option would vanish.
        var test = new CSharpAnalyzerTest<UnusedConfigurationAnalyzer, DefaultVerifier>();
        Offline.Configure(test);
        test.TestState.Sources.Add(("/0/Device.cs", "class Device { }"));
        const string text = "root = true\niotsecure.secret_names = otaseed\n\n[*.cs]\nindent_size = 4\n";
        test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", text));
        test.TestState.AdditionalFiles.Add(("/0/.editorconfig", text));
        test.ExpectedDiagnostics.Add(Problem("'iotsecure.secret_names' is set above the sections of .editorconfig, which is not a global config, so the compiler ignores it; put it in a .globalconfig with is_global = true, e.g. iotsecure.secret_names = otaseed")
            .WithSpan("/0/.editorconfig", 2, 1, 2, 33));
        await test.RunAsync();
    }

    [Fact]
    public Task A_misspelt_option_is_reported_at_its_line() =>
        Run(new Setup { GlobalConfig = "\niotsecure.secret_name = otaseed", ConfigAsAdditionalFiles = true },
            Problem($"'iotsecure.secret_name' is not an IoTSecure option (known: {string.Join(", ", TeamOptions.All.Select(o => o.Key))}); correct its name, e.g. iotsecure.secret_names = otaseed, pairingcode")
                .WithSpan("/.globalconfig", 3, 1, 3, 32));

    [Fact]
    public Task A_sink_entry_with_an_unknown_kind_or_a_wrong_shape_is_reported() =>
        Run(new Setup { GlobalConfig = "iotsecure.credential_sinks = Contoso.Radio.Modem.Unlock(pin):SymetricKey, Contoso.Radio.Modem.Unlock, Contoso.Radio.Modem.Login(password)" },
            Problem("iotsecure.credential_sinks entry 'Contoso.Radio.Modem.Unlock(pin):SymetricKey' has the kind 'SymetricKey', which is not one of " + Kinds + ", so that sink is not checked; e.g. Contoso.Radio.Modem.Unlock(pin):Password").WithNoLocation(),
            Problem("iotsecure.credential_sinks entry 'Contoso.Radio.Modem.Unlock' is not Namespace.Type.Member(parameter)[:Kind], so that sink is not checked; e.g. Contoso.Radio.Modem.Unlock(pin):Password").WithNoLocation());

    [Fact]
    public Task Global_options_IoTSecure_reads_are_fine() =>
        Run(new Setup
        {
            GlobalConfig = "iotsecure.secret_names = otaseed\niotsecure.credential_sinks = Contoso.Radio.Modem.Unlock(pin):Password\niotsecure.analyze_test_projects = true\n" +
                           "iotsecure.update_verifiers = Contoso.Ota.Signatures.Verify\niotsecure.non_security_hash_methods = CacheKey",
            ConfigAsAdditionalFiles = true,
        });

    [Fact]
    public Task A_team_sink_file_line_that_is_not_an_entry_is_reported_at_its_line()
    {
        const string file = "# Contoso SDK sinks\n" +
                            "Contoso.Radio.Modem.Unlock(pin):SymetricKey   # typo in the kind\n" +
                            "\n" +
                            "+ Contoso.Radio.Modem.Login\n" +
                            "Contoso.Radio.Modem.Pair(code):Password\n";
        return Run(new Setup { SinkFile = file },
            Problem("iotsecure.sinks.txt line 2: 'Contoso.Radio.Modem.Unlock(pin):SymetricKey' has the kind 'SymetricKey', which is not one of " + Kinds + ", so it neither adds nor removes a sink; write Namespace.Type.Member(parameter):Kind, or - before it to remove a built-in entry, e.g. Contoso.Radio.Modem.Unlock(pin):Password")
                .WithSpan("/0/iotsecure.sinks.txt", 2, 1, 2, 44),
            Problem("iotsecure.sinks.txt line 4: 'Contoso.Radio.Modem.Login' is not Namespace.Type.Member(parameter)[:Kind], so it neither adds nor removes a sink; write Namespace.Type.Member(parameter):Kind, or - before it to remove a built-in entry, e.g. Contoso.Radio.Modem.Unlock(pin):Password")
                .WithSpan("/0/iotsecure.sinks.txt", 4, 3, 4, 28));
    }

    [Fact]
    public Task A_removal_that_matches_no_sink_and_an_addition_already_catalogued_are_reported()
    {
        // (A removal naming a secret-named member, -Type.Password(value), may take out a sink by name: not reported.)
        const string file = "-System.Net.NetworkCredential..ctor(domain)\n" +
                            "-System.Uri..ctor(uriString):Password\n" +
                            "System.Net.NetworkCredential..ctor(password):Password\n" +
                            "-System.Net.WebRequest.Create(requestUriString)\n";
        return Run(new Setup { SinkFile = file },
            Problem("iotsecure.sinks.txt line 1: 'System.Net.NetworkCredential..ctor(domain)' removes nothing, as no sink in the catalogue is that type, member and parameter; copy the entry from the catalogue (docs/configuration.md lists it), e.g. -System.Uri..ctor(uriString):Url")
                .WithSpan("/0/iotsecure.sinks.txt", 1, 2, 1, 44),
            Problem("iotsecure.sinks.txt line 2: 'System.Uri..ctor(uriString):Password' removes nothing, as no sink in the catalogue is that type, member and parameter of that kind; copy the entry from the catalogue (docs/configuration.md lists it), e.g. -System.Uri..ctor(uriString):Url")
                .WithSpan("/0/iotsecure.sinks.txt", 2, 2, 2, 38),
            Problem("iotsecure.sinks.txt line 3: 'System.Net.NetworkCredential..ctor(password):Password' is already in the catalogue, so the line changes nothing; delete it")
                .WithSpan("/0/iotsecure.sinks.txt", 3, 1, 3, 54));
    }

    [Theory]
    [InlineData("is_global = yes")]
    [InlineData("is_global = false")]
    public async Task An_option_in_a_file_the_compiler_reads_as_global_is_not_called_ignored(string isGlobal)
    {
        // The compiler treats a config file as global when it sets is_global at all (any value); the option is in force.
        var test = new CSharpAnalyzerTest<UnusedConfigurationAnalyzer, DefaultVerifier>();
        Offline.Configure(test);
        test.TestState.Sources.Add(("/0/Device.cs", "class Device { }"));
        var text = isGlobal + "\niotsecure.secret_names = otaseed\n";
        test.TestState.AnalyzerConfigFiles.Add(("/0/team.globalconfig", text));
        test.TestState.AdditionalFiles.Add(("/0/team.globalconfig", text));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_unknown_option_in_a_global_config_with_crlf_is_reported_at_its_line()
    {
        var test = new CSharpAnalyzerTest<UnusedConfigurationAnalyzer, DefaultVerifier>();
        Offline.Configure(test);
        test.TestState.Sources.Add(("/0/Device.cs", "class Device { }"));
        const string text = "is_global = true\r\n\r\niotsecure.secret_name = otaseed\r\n";
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", text));
        test.TestState.AdditionalFiles.Add(("/.globalconfig", text));
        test.ExpectedDiagnostics.Add(Problem($"'iotsecure.secret_name' is not an IoTSecure option (known: {string.Join(", ", TeamOptions.All.Select(o => o.Key))}); correct its name, e.g. iotsecure.secret_names = otaseed, pairingcode")
            .WithSpan("/.globalconfig", 3, 1, 3, 32));
        await test.RunAsync();
    }

    [Fact]
    public async Task An_unknown_option_after_a_unicode_line_separator_is_reported_at_its_line()
    {
        var test = new CSharpAnalyzerTest<UnusedConfigurationAnalyzer, DefaultVerifier>();
        Offline.Configure(test);
        test.TestState.Sources.Add(("/0/Device.cs", "class Device { }"));
        const string text = "is_global = true\n# note\u2028more\niotsecure.secret_name = otaseed\n";
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", text));
        test.TestState.AdditionalFiles.Add(("/.globalconfig", text));
        test.ExpectedDiagnostics.Add(Problem($"'iotsecure.secret_name' is not an IoTSecure option (known: {string.Join(", ", TeamOptions.All.Select(o => o.Key))}); correct its name, e.g. iotsecure.secret_names = otaseed, pairingcode")
            .WithSpan("/.globalconfig", 4, 1, 4, 32));
        await test.RunAsync();
    }
}
