using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-fourth corpus's first measurement missed, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class TwentyFourthCorpusShapeTests
{
    /// <summary>
    /// A modem helper's command whose numeric field is chosen at run time (<c>AT+CLCK="{0}",{1},"{2}"</c> with
    /// <c>lockIt ? 1 : 0</c>) is still read for the PIN its callers pass: a listed default is IOT1002, another IOT1001. A
    /// caller passing its configuration's PIN is none.
    /// </summary>
    [Fact]
    public Task A_modem_helpers_pin_is_read_beside_a_numeric_field_chosen_at_run_time() =>
        ExpectComments.AssertAsync("""
            public sealed class GsmModem
            {
                private void Send(string command) { }
                public void SetSimLock(string facility, bool enable, string pin)
                {
                    Send(string.Format("AT+CLCK=\"{0}\",{1},\"{2}\"\r", facility, enable ? 1 : 0, pin));
                }
            }
            public sealed class SluiceAlarm
            {
                private readonly GsmModem _modem = new GsmModem();
                public void Commission() => _modem.SetSimLock("SC", false, "1234"); // expect: IOT1002
                public void Harden() => _modem.SetSimLock("SC", true, "8150"); // expect: IOT1001
                public void Provisioned(System.Collections.Generic.IDictionary<string, string> cfg) => _modem.SetSimLock("SC", true, cfg["sim.pin"]);
            }
            """);

    /// <summary>
    /// A key query value (<c>&amp;appid=</c>) read from the team's settings object, which the code builds once with a written
    /// key, in a URL handed to the team's own request helper: IOT1001 at the key. The same URL given the key from
    /// configuration is none.
    /// </summary>
    [Fact]
    public Task A_url_query_key_read_from_a_settings_object_built_once() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Keys
            {
                public string ForecastKey { get; set; }
                public static Keys Bench() => new Keys { ForecastKey = "5c1d9e7a3b8f40d2a6e4c0b97f318a2d" }; // expect: IOT1001
            }
            public sealed class Rest { public async Task<string> Fetch(string url) { using var http = new HttpClient(); return await http.GetStringAsync(url); } }
            public sealed class Forecast
            {
                private readonly Keys _keys;
                private readonly Rest _rest = new Rest();
                public Forecast(Keys keys) { _keys = keys; }
                public Task<string> Next(double lat, double lon)
                {
                    var url = $"https://api.forecast.example/v3/onecall?lat={lat}&lon={lon}&appid={_keys.ForecastKey}";
                    return _rest.Fetch(url);
                }
                public Task<string> Configured(double lat, System.Func<string, string> config) =>
                    _rest.Fetch($"https://api.forecast.example/v3/onecall?lat={lat}&appid={config("FORECAST_KEY")}");
            }
            """);
}
