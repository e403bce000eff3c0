using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A library factory that builds a client from a bare <c>token</c> or <c>secret</c> (red team 94's InfluxDB sandbox:
/// <c>InfluxDBClientFactory.Create(url, token)</c>) takes the client's credential, as the client's own constructor
/// does; the same bare names at library methods that return no client are words of any kind.
/// </summary>
public class ClientFactoryTokenTests
{
    private const string Library = """
        using System.Threading.Tasks;
        namespace InfluxDB.Client
        {
            public interface IInfluxDBClient { }
            public class InfluxDBClient : IInfluxDBClient { public InfluxDBClient(string url, string token) { } }
            public static class InfluxDBClientFactory
            {
                public static InfluxDBClient Create(string url, string token) => new InfluxDBClient(url, token);
                public static IInfluxDBClient CreateShared(string url, string token) => new InfluxDBClient(url, token);
            }
        }
        namespace Hue.Api
        {
            public class HueClient { }
            public static class HueConnector
            {
                public static Task<HueClient> ConnectAsync(string ip, string Token) => Task.FromResult(new HueClient());
                public static ValueTask<HueClient> ReconnectAsync(string ip, string secret) => new(new HueClient());
            }
        }
        namespace Text.Lexing
        {
            public sealed class LexToken { }
            public static class Lexer
            {
                public static LexToken Make(string kind, string token) => new LexToken();
                public static string Describe(string token) => token;
                public static Task<string> DescribeAsync(string secret) => Task.FromResult(secret);
            }
        }
        """;

    [Fact]
    public Task A_bare_token_at_a_factory_that_returns_a_client_is_the_clients_credential() =>
        ExpectComments.AssertAsync(new[] { Library }, """
            using System.Threading.Tasks;
            using InfluxDB.Client;
            using Hue.Api;
            public static class Telemetry
            {
                private const string Token = "Vh3kQ9zLw2Rt8yPm5Xc7Bn1Df4Gj6Ks0Ae-Ui_Oo9Lp3Zq=="; // expect: IOT1001
                public static InfluxDBClient Open() => InfluxDBClientFactory.Create("http://pi.local:8086", Token);
                public static IInfluxDBClient Shared() => InfluxDBClientFactory.CreateShared("http://pi.local:8086", "YOUR_INFLUX_TOKEN"); // expect: IOT1006
                public static Task<HueClient> Lights() => HueConnector.ConnectAsync("192.168.1.20", "x7QwErT9yUiOp2AsDfGh4JkL"); // expect: IOT1001
                public static async Task<HueClient> Again() => await HueConnector.ReconnectAsync("192.168.1.20", "Nq8Vb2Xc5Zm7Lk3Jh9Gf1Ds4"); // expect: IOT1001
            }
            """);

    [Fact]
    public Task A_bare_token_at_a_method_that_returns_no_client_is_no_credential() =>
        ExpectComments.AssertAsync(new[] { Library }, """
            using System.Threading.Tasks;
            using Text.Lexing;
            public static class Parsing
            {
                public static LexToken Keyword() => Lexer.Make("keyword", "Vh3kQ9zLw2Rt8yPm5Xc7"); // expect: none
                public static string Word() => Lexer.Describe("Nq8Vb2Xc5Zm7Lk3Jh9Gf"); // expect: none
                public static Task<string> Later() => Lexer.DescribeAsync("x7QwErT9yUiOp2AsDfGh"); // expect: none
            }
            """);
}
