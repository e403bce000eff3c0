using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// API keys in a request's query (issue #14, class 6) when the query is built before the URL it is appended to
/// (<c>var query = $"appid={_keys.ForecastKey}&amp;lat={lat}"; GetStringAsync(baseUrl + "?" + query)</c>), and a template key held
/// by a settings object read into a URL that is sent as built (IOT1006: the placeholder goes to the server as written).
/// A query of no secret-named key, and a key the settings object reads from the environment, give nothing. (A settings member is
/// followed to its writes when its name says it holds a secret: ForecastKey, TilesToken.)
/// </summary>
[Collection(CostGuards.Name)]
public class QueryBuiltBeforeUrlTests
{
    [Fact]
    public Task Query_built_before_the_url_from_settings_constants_and_fields() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class SkyKeys
            {
                public string ForecastKey { get; init; } = "";
                public string TilesToken { get; init; } = "";
                public static SkyKeys Bench() => new() { ForecastKey = "9c1e7a3b5d2f4e6a8b0c1d3e5f7a9b2c", TilesToken = "pk.7d2e9a1c4b6f8e0a3c5d7f9b1e3a5c7d" }; // expect: IOT1001 IOT1001
            }
            public sealed class SkyClient
            {
                private const string Base = "https://api.sky.example/v1/forecast";
                private readonly HttpClient _http = new();
                private readonly SkyKeys _keys;
                public SkyClient(SkyKeys keys) => _keys = keys;
                public Task<string> Forecast(double lat, double lon)
                {
                    var query = $"appid={_keys.ForecastKey}&lat={lat}&lon={lon}";
                    return _http.GetStringAsync(Base + "?" + query);
                }
                public Task<string> Tile(int z, int x, int y)
                {
                    string parameters = "access_token=" + _keys.TilesToken + "&z=" + z;
                    return _http.GetStringAsync($"https://tiles.sky.example/{x}/{y}.png?{parameters}");
                }
                public Task<string> Units(string units)
                {
                    var query = $"units={units}&lang=en&format=json"; // expect: none
                    return _http.GetStringAsync(Base + "?" + query);
                }
            }
            """);

    [Fact]
    public Task Held_template_keys_sent_in_a_built_url_beside_a_run_time_key() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class PollenKeys
            {
                public string PollenKey { get; set; } = "";
                public string AirKey { get; set; } = "";
                public static PollenKeys Defaults() => new()
                {
                    PollenKey = "YOUR_POLLEN_API_KEY", // expect: IOT1006
                    AirKey = Environment.GetEnvironmentVariable("AIR_KEY") ?? string.Empty,
                };
            }
            public sealed class PollenStation
            {
                private readonly HttpClient _http = new();
                private readonly PollenKeys _keys;
                public PollenStation(PollenKeys keys) => _keys = keys;
                public Task<string> Pollen(string city) => _http.GetStringAsync($"https://pollen.example/v2/forecast?city={city}&apikey={_keys.PollenKey}");
                public Task<string> Air(string city) => _http.GetStringAsync($"https://air.example/v2/city?city={city}&key={_keys.AirKey}");
            }
            """);
}
