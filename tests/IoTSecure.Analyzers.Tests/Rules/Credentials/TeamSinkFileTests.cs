using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Rules.Credentials;
using IoTSecure.Analyzers.Tests.Infrastructure;
using IoTSecure.Detection.Configuration;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>A team sink file (iotsecure.sinks.txt, an AdditionalFiles item) adds its SDK's sinks and removes built-in ones.</summary>
public class TeamSinkFileTests
{
    private const string Sdk = """
        namespace Contoso.Radio
        {
            public class Modem
            {
                public void Unlock(string pin) { }
                public static Modem Open(string port, string pairingCode) => new Modem();
            }
        }
        """;

    private const string Device = """
        class Device
        {
            void Run()
            {
                Contoso.Radio.Modem.Open("/dev/ttyS0", {|#0:"Kx9-Wq7Lt2mZ"|}).Unlock({|#1:"Tr0ub4dor-3x"|});
                var credential = new System.Net.NetworkCredential("user", {|#2:"Zq8-unique-value-4711"|});
            }
        }
        """;

    private static async Task Run(string? sinkFile, string? path, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<HardcodedCredentialRule, DefaultVerifier>();
        Offline.Configure(test);
        test.TestState.Sources.Add(("/0/Device.cs", Device));
        test.TestState.Sources.Add(("/0/Sdk.cs", Sdk));
        if (sinkFile is not null)
        {
            test.TestState.AdditionalFiles.Add((path ?? "/0/" + TeamOptions.SinkFileName, sinkFile));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Finding(int location, string where) =>
        new DiagnosticResult(Descriptors.HardcodedCredential).WithLocation(location).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
            .WithArguments("password", where, string.Empty);

    private static readonly DiagnosticResult BuiltInFinding = Finding(2, "reaches 'new NetworkCredential(...)' parameter 'password'");

    [Fact]
    public Task Without_a_team_file_only_built_in_sinks_are_checked() => Run(null, null, BuiltInFinding);

    [Fact]
    public Task A_team_file_adds_its_sdks_sinks() =>
        Run("# Contoso radio SDK\nContoso.Radio.Modem.Unlock(pin):Password\n+ Contoso.Radio.Modem.Open(pairingCode)   # kind defaults to Password\n", null,
            Finding(0, "reaches 'Modem.Open' parameter 'pairingCode'"),
            Finding(1, "reaches 'Modem.Unlock' parameter 'pin'"),
            BuiltInFinding);

    [Fact]
    public Task A_team_file_removes_a_built_in_sink() =>
        Run("-System.Net.NetworkCredential..ctor(password)\nContoso.Radio.Modem.Unlock(pin):Password\n", null,
            Finding(1, "reaches 'Modem.Unlock' parameter 'pin'"));

    [Fact]
    public Task The_file_is_found_by_its_name_in_any_folder_and_case() =>
        Run("Contoso.Radio.Modem.Unlock(pin)\n", "/config/IoTSecure.Sinks.TXT",
            Finding(1, "reaches 'Modem.Unlock' parameter 'pin'"),
            BuiltInFinding);

    [Fact]
    public Task Other_additional_files_are_not_sink_files() =>
        Run("Contoso.Radio.Modem.Unlock(pin)\n", "/0/sinks.txt", BuiltInFinding);
}
