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
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
public sealed class GateSettings
{
    public string User { get; set; } = "";
    public string Password { get; set; } = "";
}
public sealed class GateClient
{
    private readonly GateSettings _settings;
    private readonly HttpClient _http = new HttpClient();
    public GateClient(bool lab)
    {
        _settings = lab
            ? new GateSettings { User = "lab", Password = "Vr3-Stile-Hasp" } // expect: IOT1001
            : new GateSettings { User = "gate", Password = "Vr4-Stile-Hasp" }; // expect: IOT1001
    }
    public void Login() =>
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_settings.User}:{_settings.Password}")));
}
""" });
        foreach (var d in await AnalyzerRunner.RunAsync(c)) _o.WriteLine(d.ToString());
        Assert.True(false);
    }
}
