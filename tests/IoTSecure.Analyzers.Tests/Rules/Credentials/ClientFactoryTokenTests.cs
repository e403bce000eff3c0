using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A library factory that builds a client from a bare <c>token</c> or <c>secret</c> (red team 94's InfluxDB sandbox:
/// <c>InfluxDBClientFactory.Create(url, token)</c>) takes the client's credential, as the client's own constructor
/// does, and so does a client's own method (red team 98's <c>NanoleafClient.Authorize(token)</c>); the same bare names
/// at other library methods are words of any kind, and a client's check of a token (<c>IsValid(token)</c>) is no login.
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
        namespace Nanoleaf.Client
        {
            public class NanoleafClient
            {
                public NanoleafClient(string host) { }
                public void Authorize(string token) { }
                public bool IsValid(string token) => true;
            }
        }
        namespace Push.Api
        {
            public class PushDevice { }
            public class PushClient
            {
                public System.Threading.Tasks.Task<PushDevice> RegisterDeviceAsync(string platform, string token) => System.Threading.Tasks.Task.FromResult(new PushDevice());
            }
            public class PaymentMethodGateway
            {
                public object Find(string token) => new object();
                public void Delete(string token) { }
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
    public Task A_bare_token_at_a_clients_own_method_is_its_credential() =>
        ExpectComments.AssertAsync(new[] { Library }, """
            using Nanoleaf.Client;
            public static class Panels
            {
                public static void Pair(NanoleafClient client)
                {
                    client.Authorize("qP4sXz9LmW2vTb7RkJ3hNc8YdF6gHa1E"); // expect: IOT1001
                    client.Authorize("<your-auth-token>"); // expect: IOT1006
                    _ = client.IsValid("qP4sXz9LmW2vTb7RkJ3hNc8YdF6gHa1E"); // expect: none
                }
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

    /// <summary>
    /// A device record's registration by a push token (the token is an address, and the method returns a device, not a
    /// client) and a client's lookup of a record by its token take no credential (red team 99).
    /// </summary>
    [Fact]
    public Task A_bare_token_that_addresses_a_record_is_no_credential() =>
        ExpectComments.AssertAsync(new[] { Library }, """
            using Push.Api;
            public static class Records
            {
                public static void Run(PushClient push, PaymentMethodGateway gateway)
                {
                    _ = push.RegisterDeviceAsync("apns", "9f1c2e4b6d8a0c3e5f7a9b1d3e5f7a9c2e4b6d8a0c3e5f7a9b1d3e5f7a9c2e4b"); // expect: none
                    _ = gateway.Find("pm_8Kq2LxW9vR4tY7zB"); // expect: none
                    gateway.Delete("pm_8Kq2LxW9vR4tY7zB"); // expect: none
                }
            }
            """);
}
