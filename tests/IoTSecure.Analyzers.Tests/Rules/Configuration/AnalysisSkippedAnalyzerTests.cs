using System.Threading.Tasks;
using IoTSecure.Analyzers.Rules.Configuration;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Configuration.AnalysisSkippedAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Configuration;

public class AnalysisSkippedAnalyzerTests
{
    private const string Source = "class Device { }";

    private static DiagnosticResult Skipped() =>
        VerifyCS.Diagnostic(Descriptors.AnalysisSkipped).WithNoLocation()
            .WithArguments("TestProject", "; set iotsecure.analyze_test_projects = true, or <IoTDevice>true</IoTDevice> for device software");

    [Theory]
    [InlineData("build_property.IsTestProject = true")]
    [InlineData("build_property.IsTestProject = True\nbuild_property.IoTDevice = false")]
    public Task A_compilation_the_rules_skip_says_so(string config) =>
        VerifyCS.AnalyzerAsync(new[] { Source }, config, Skipped());

    [Theory]
    [InlineData(null)]
    [InlineData("build_property.IsTestProject = false")]
    [InlineData("build_property.IsTestProject = true\niotsecure.analyze_test_projects = true")]
    [InlineData("build_property.IsTestProject = true\nbuild_property.IoTDevice = true")]
    public Task A_compilation_the_rules_analyse_says_nothing(string? config) =>
        VerifyCS.AnalyzerAsync(new[] { Source }, config);
}
