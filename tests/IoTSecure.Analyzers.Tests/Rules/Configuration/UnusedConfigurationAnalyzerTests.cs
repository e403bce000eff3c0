using System.Threading.Tasks;
using IoTSecure.Analyzers.Rules.Configuration;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace IoTSecure.Analyzers.Tests.Rules.Configuration;

public class UnusedConfigurationAnalyzerTests
{
    private static async Task Run(string? globalConfig, string? editorConfig, params string[] problems)
    {
        var test = new CSharpAnalyzerTest<UnusedConfigurationAnalyzer, DefaultVerifier>();
        Offline.Configure(test);
        test.TestState.Sources.Add(("/0/Device.cs", "class Device { }"));
        if (globalConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
        }

        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/0/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        foreach (var problem in problems)
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.UnusedConfiguration).WithNoLocation().WithArguments(problem));
        }

        await test.RunAsync();
    }

    [Fact]
    public Task An_option_in_a_file_scoped_section_is_reported_not_ignored() =>
        Run(null, "iotsecure.secret_names = otaseed",
            "'iotsecure.secret_names' is set for source files (a file-scoped .editorconfig section such as [*.cs]), where IoTSecure does not read it; put it in a .globalconfig with is_global = true (or the global section of .editorconfig), e.g. iotsecure.secret_names = otaseed");

    [Fact]
    public Task A_misspelt_option_is_reported() =>
        Run("iotsecure.secret_name = otaseed", null,
            "'iotsecure.secret_name' is not an IoTSecure option (known: iotsecure.analyze_test_projects, iotsecure.credential_sinks, iotsecure.non_security_hash_methods, iotsecure.placeholder_patterns, iotsecure.secret_names, iotsecure.update_verifiers); correct its name, e.g. iotsecure.secret_names = otaseed");

    [Fact]
    public Task A_sink_entry_with_an_unknown_kind_or_a_wrong_shape_is_reported() =>
        Run("iotsecure.credential_sinks = Contoso.Radio.Modem.Unlock(pin):SymetricKey, Contoso.Radio.Modem.Unlock, Contoso.Radio.Modem.Login(password)", null,
            "iotsecure.credential_sinks entry 'Contoso.Radio.Modem.Unlock' is not Namespace.Type.Member(parameter)[:Kind], so that sink is not checked; e.g. Contoso.Radio.Modem.Unlock(pin):Password",
            "iotsecure.credential_sinks entry 'Contoso.Radio.Modem.Unlock(pin):SymetricKey' has the kind 'SymetricKey', which is not one of " + string.Join(", ", System.Enum.GetNames(typeof(IoTSecure.Analyzers.Sinks.SecretKind))) + ", so that sink is not checked; e.g. Contoso.Radio.Modem.Unlock(pin):Password");

    [Fact]
    public Task Global_options_IoTSecure_reads_are_fine() =>
        Run("iotsecure.secret_names = otaseed\niotsecure.credential_sinks = Contoso.Radio.Modem.Unlock(pin):Password\niotsecure.analyze_test_projects = true", null);
}
