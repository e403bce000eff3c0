using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Configuration.UnusablePlaceholderPatternAnalyzer>;
using VerifyHardcoded = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Tests.Infrastructure.HardcodedCredentialRule>;

using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Configuration;

public class UnusablePlaceholderPatternAnalyzerTests
{
    private const string Source = "class Device { }";

    private static DiagnosticResult Unused(string problem) =>
        VerifyCS.Diagnostic(Descriptors.UnusablePlaceholderPattern).WithNoLocation().WithArguments(problem);

    [Theory]
    [InlineData(".*")]
    [InlineData("\\w+")]
    [InlineData(".")]
    [InlineData("(?i)[a-z0-9]")]
    [InlineData("^.{4,}$")]
    public Task A_catch_all_pattern_is_reported_and_not_used(string pattern) =>
        VerifyCS.AnalyzerAsync(new[] { Source }, "iotsecure.placeholder_patterns = " + pattern,
            Unused("matches strings that are working secrets, not placeholders, so it would turn hard-coded secrets into placeholder warnings"));

    [Fact]
    public Task An_invalid_pattern_is_reported_not_ignored_silently()
    {
        string reason;
        try
        {
            _ = new System.Text.RegularExpressions.Regex("(invalid[");
            reason = "no exception";
        }
        catch (System.ArgumentException e)
        {
            reason = e.Message.Split('\n')[0].Trim();
        }

        return VerifyCS.AnalyzerAsync(new[] { Source }, "iotsecure.placeholder_patterns = (invalid[",
            Unused("is not a .NET regular expression (" + reason + ")"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("^FILL_ME_.*$|^@@.*@@$")]
    [InlineData("(?i)^(todo|tbd|fill[-_ ]?me)$")]
    public Task A_pattern_for_template_values_is_used_quietly(string? pattern) =>
        VerifyCS.AnalyzerAsync(new[] { Source }, pattern is null ? null : "iotsecure.placeholder_patterns = " + pattern);

    [Fact]
    public Task A_catch_all_pattern_does_not_turn_a_secret_into_a_placeholder() =>
        VerifyHardcoded.AnalyzerAsync(
            new[] { "using System.Net;\nclass Device { ICredentials C() => new NetworkCredential(\"hub\", {|#0:\"Kx7-Wq2Lt9mZ\"|}); }" },
            "iotsecure.placeholder_patterns = .*",
            VerifyHardcoded.Diagnostic(Descriptors.HardcodedCredential).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("password", "reaches 'new NetworkCredential(...)' parameter 'password'", ""));
}
