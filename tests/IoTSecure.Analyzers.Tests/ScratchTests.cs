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
public sealed class CellularConfig
{
    public string AccessPointName { get; set; } = "";
    public string ApnUser { get; set; } = "";
    public string ApnPassword { get; set; } = "";
}
public sealed class LteModem
{
    private readonly CellularConfig _config;
    public LteModem(CellularConfig config) { _config = config; }
    private string Send(string command) => command;
    public string Attach() => Send($"AT+CGAUTH=1,1,\"{_config.ApnUser}\",\"{_config.ApnPassword}\"");
}
public static class Trackers
{
    public static LteModem Uk() => new LteModem(new CellularConfig { AccessPointName = "wap.vodafone.co.uk", ApnUser = "wap", ApnPassword = "wap" }); // expect: none
    public static LteModem De() => new LteModem(new CellularConfig { AccessPointName = "web.vodafone.de", ApnUser = "vodafone", ApnPassword = "vodafone" }); // expect: none
    public static LteModem Fr() => new LteModem(new CellularConfig { AccessPointName = "orange", ApnUser = "orange", ApnPassword = "orange" }); // expect: none
    public static LteModem Fleet() => new LteModem(new CellularConfig { AccessPointName = "fleet.m2m.example", ApnUser = "fleet", ApnPassword = "Yb6-Drover-Croft" }); // expect: IOT1001
}
""" });
        foreach (var d in await AnalyzerRunner.RunAsync(c)) _o.WriteLine(d.ToString());
        Assert.True(false);
    }
}
