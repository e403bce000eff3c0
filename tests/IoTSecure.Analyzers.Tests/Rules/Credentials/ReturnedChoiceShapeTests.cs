using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Secrets a helper chooses between and returns to a sink: written as a switch statement, as ifs and returns, or as a local
/// function, the way older device code writes the expression-bodied <c>KeyFor(id) => id switch { ... }</c>. Each value the
/// helper returns ships in the code and may reach the sink, so each is judged at its own literal (IOT1001 held by the
/// helper's name, IOT1002 for a listed default, IOT1006 for a placeholder). A helper whose body computes its result
/// (assignments, calls, loops) is not read, and a helper's values that never reach a sink are not judged as secrets.
/// Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ReturnedChoiceShapeTests
{
    [Fact]
    public Task A_switch_statement_helpers_returns_reach_the_wifi_sink() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class SiteWifi
            {
                private static string PassphraseFor(string site)
                {
                    switch (site)
                    {
                        case "barn":
                            return "Tq8-Lm2x!Vb7Rk"; // expect: IOT1001
                        case "shed":
                        case "yard":
                            return "password"; // expect: IOT1002
                        case "demo":
                            return "<your-wifi-password>"; // expect: IOT1006
                        default:
                            throw new System.ArgumentException("unknown site: " + site); // expect: none
                    }
                }
                public static bool Join(string site) => WifiNetworkHelper.ConnectDhcp(site, PassphraseFor(site));
            }
            """);

    [Fact]
    public Task If_and_return_helpers_and_nested_choices_reach_the_mqtt_sink() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.M2Mqtt;
            public sealed class Uplink
            {
                private readonly MqttClient _client = new MqttClient("broker.example.net");
                private string BrokerPassword(bool lab, bool bench)
                {
                    if (lab)
                    {
                        if (bench) { return "Hx4!pQ9-wR2m"; } // expect: IOT1001
                        else return System.Environment.GetEnvironmentVariable("LAB_PW");
                    }
                    return System.Environment.GetEnvironmentVariable("BROKER_PW");
                }
                public void Open(bool lab, bool bench) => _client.Connect("gw-7", "gateway", BrokerPassword(lab, bench));
            }
            """);

    [Fact]
    public Task Local_functions_expression_and_block_bodied_are_read() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class Commissioning
            {
                public static bool Join(string site, bool spare)
                {
                    string Spare() => spare ? "Zr5#Kd8wPq2n" : System.Environment.GetEnvironmentVariable("SPARE_PSK"); // expect: IOT1001
                    string Main()
                    {
                        if (site == "north") return "Wb3$Lx9vTn6k"; // expect: IOT1001
                        return System.Environment.GetEnvironmentVariable("MAIN_PSK");
                    }
                    return spare ? WifiNetworkHelper.ConnectDhcp(site, Spare()) : WifiNetworkHelper.ConnectDhcp(site, Main());
                }
            }
            """);

    // Hard negatives: the helper's values reach no secret's place (an SSID, a log line), the helper computes its result
    // rather than choosing it, or it only returns what it reads at run time.
    [Fact]
    public Task Helpers_whose_values_reach_no_secret_or_are_computed_are_not_judged() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class Roaming
            {
                private static string SsidFor(string site)
                {
                    switch (site)
                    {
                        case "barn": return "FarmNet-Barn"; // expect: none
                        default: return "FarmNet"; // expect: none
                    }
                }
                private static string Why(int code)
                {
                    if (code == 1) return "Wrong password, try again"; // expect: none
                    if (code == 2) return "Token expired, sign in again"; // expect: none
                    return "Unknown error";
                }
                private static string Stored(string site)
                {
                    if (site.Length == 0) return System.Environment.GetEnvironmentVariable("PSK");
                    return System.IO.File.ReadAllText("/flash/" + site + ".psk");
                }
                public static bool Join(string site)
                {
                    System.Console.WriteLine(Why(site.Length));
                    return WifiNetworkHelper.ConnectDhcp(SsidFor(site), Stored(site));
                }
            }
            """);
}
