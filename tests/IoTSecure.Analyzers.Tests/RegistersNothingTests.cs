using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Rules.Communication;
using IoTSecure.Analyzers.Rules.Credentials;
using IoTSecure.Analyzers.Rules.Updates;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests;

/// <summary>
/// A rule that can find nothing in a compilation (none of its sink types, no cryptography, no update hook) registers
/// no actions for it: the driver never calls it. Checked on the driver's own action counts.
/// </summary>
public class RegistersNothingTests
{
    private const string DeviceCode = """
        class Device
        {
            const string Password = "not-a-sink";
            void Connect(string host, string password) { }
            void Run() { Connect("gateway", Password); var md5 = MD5(); }
            static object MD5() => null;
        }
        """;

    private static async Task<AnalyzerTelemetryInfo> Telemetry(DiagnosticAnalyzer analyzer, params MetadataReference[] references)
    {
        var compilation = CSharpCompilation.Create("Device", new[] { CSharpSyntaxTree.ParseText(DeviceCode) }, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer),
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }

    // The credential sink pass is not here: configuration built in code and tables of factory credentials need no
    // catalogued type, so it always registers (its sink actions still only where sink types are referenced).
    public static TheoryData<DiagnosticAnalyzer> QuietWithoutTheirTypes => new()
    {
        new WeakCryptographyAnalyzer(),
        new UnverifiedUpdateAnalyzer(),
        new ChecksumOnlyUpdateAnalyzer(),
        new InsecureUpdateChannelAnalyzer(),
    };

    [Theory]
    [MemberData(nameof(QuietWithoutTheirTypes))]
    public async Task Registers_no_syntax_or_operation_action_when_nothing_it_reports_can_exist(DiagnosticAnalyzer analyzer)
    {
        var telemetry = await Telemetry(analyzer, MetadataReference.CreateFromFile(typeof(object).Assembly.Location));

        Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Equal(0, telemetry.OperationBlockStartActionsCount);
    }

    [Fact]
    public async Task Registers_its_actions_once_the_types_are_referenced()
    {
        var references = Basic.Reference.Assemblies.Net80.References.All.ToArray();

        Assert.True((await Telemetry(new PlaceholderCredentialRule(), references)).SyntaxNodeActionsCount > 0);
        Assert.True((await Telemetry(new WeakCryptographyAnalyzer(), references)).SyntaxNodeActionsCount > 0);
    }
}
