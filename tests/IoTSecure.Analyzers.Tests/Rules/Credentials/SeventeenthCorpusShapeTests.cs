using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the seventeenth corpus's first measurement missed, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class SeventeenthCorpusShapeTests
{
    /// <summary>
    /// Options built in a local and handed to a configure delegate (<c>var options = new HubOptions(); configure(options);</c>,
    /// the <c>services.AddXClient(o =&gt; { ... })</c> shape): what callers' lambdas write into a credential-named property
    /// is judged where the property is read, in a Bearer header and inside a Basic login whose user id the code does not
    /// write (judged by its password). A fallback after an environment variable is reported at its literal's line.
    /// </summary>
    [Fact]
    public Task Options_filled_by_a_configure_delegate_are_judged_where_they_are_read() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class HubOptions
            {
                public string AccessToken { get; set; }
                public string Username { get; set; }
                public string Password { get; set; }
            }
            public static class HubSetup
            {
                public static HttpClient Build(Action<HubOptions> configure)
                {
                    var options = new HubOptions();
                    configure(options);
                    var client = new HttpClient();
                    if (!string.IsNullOrWhiteSpace(options.AccessToken))
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.AccessToken);
                    else
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
                    return client;
                }
                public static void Main()
                {
                    var user = Environment.GetEnvironmentVariable("HUB_USER") ?? "nightporter";
                    var pass = Environment.GetEnvironmentVariable("HUB_PASSWORD") // expect: none
                        ?? "q4dYog5rfiAC"; // expect: IOT1001
                    Build(o => { o.Username = user; o.Password = pass; });
                    Build(o => { o.AccessToken = "pCNrMl6U3QENpfee2hcbMvMIb5cxpexG"; }); // expect: IOT1001
                    Build(o => { o.Username = "apiuser"; o.Password = "apipass"; }); // expect: IOT1006
                }
            }
            """);

    /// <summary>
    /// Hard negatives: options handed to a configure delegate whose callers write only run-time values; a Basic login
    /// whose password the code does not write (an unknown user id beside it leaves nothing to judge); options built in a
    /// local and never handed out keep what they were built with.
    /// </summary>
    [Fact]
    public Task Options_filled_at_run_time_hold_nothing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class GateOptions
            {
                public string Username { get; set; }
                public string Password { get; set; }
                public string Label { get; set; }
            }
            public static class GateSetup
            {
                public static HttpClient Build(Action<GateOptions> configure)
                {
                    var options = new GateOptions();
                    configure(options);
                    var client = new HttpClient();
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.Username}:{options.Password}")));
                    return client;
                }
                public static HttpClient Local()
                {
                    var local = new GateOptions { Username = "gate", Password = Environment.GetEnvironmentVariable("GATE_PASSWORD") };
                    var client = new HttpClient();
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{local.Username}:{local.Password}")));
                    return client;
                }
                public static void Main(string[] args)
                {
                    Build(o => { o.Username = args[0]; o.Password = args[1]; o.Label = "Zq7-Lantern-Gate-Label"; }); // expect: none
                    Build(o => { o.Username = "gate"; o.Password = Environment.GetEnvironmentVariable("GATE_PASSWORD"); });
                }
            }
            """);
}
