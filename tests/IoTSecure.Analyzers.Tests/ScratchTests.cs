using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;
namespace IoTSecure.Analyzers.Tests;
public class ScratchTests
{
    private readonly ITestOutputHelper _o;
    public ScratchTests(ITestOutputHelper o) => _o = o;
    [Fact]
    public async Task Run()
    {
        var c = AnalyzerRunner.CompileAgainstLibraries(new[] { """
using System.Net;
public sealed record CamLogin(string User, string Password);
public static class CamProbe
{
    private static readonly CamLogin[] Logins =
    {
        new("viewer", "Ux4-Gable-Finial"),
        new CamLogin("op", "Ux5-Gable-Finial"),
    };
    public static ICredentials Probe()
    {
        foreach (var (user, password) in Logins) return new NetworkCredential(user, password);
        return null;
    }
}
""" });
        foreach (var d in await AnalyzerRunner.RunAsync(c)) _o.WriteLine(d.ToString());
        Assert.True(false);
    }
}
