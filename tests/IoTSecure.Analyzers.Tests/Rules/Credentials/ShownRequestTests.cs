using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// IOT1006 for a placeholder key read into a request URL counts only where the request can go out: a <c>new Uri(...)</c>
/// or <c>new HttpRequestMessage(...)</c> that is only printed, logged or read for its host is sent nowhere. A real key
/// written in code stays IOT1001 wherever the URL goes: the secret ships in the binary either way.
/// </summary>
[Collection(CostGuards.Name)]
public class ShownRequestTests
{
    [Fact]
    public Task Placeholders_in_requests_only_shown_are_quiet_and_sent_ones_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Diagnostics;
            using System.Net.Http;
            using System.Threading.Tasks;
            public interface IStationLog
            {
                void LogInformation(string message, params object[] args);
            }
            public sealed class PumpKeys
            {
                public string FlowKey { get; set; } = "YOUR_FLOW_API_KEY"; // expect: none
                public string PressureKey { get; set; } = "YOUR_PRESSURE_API_KEY"; // expect: none
                public string LevelKey { get; set; } = "YOUR_LEVEL_API_KEY"; // expect: none
                public string TankKey { get; set; } = "YOUR_TANK_API_KEY"; // expect: IOT1006
                public string ValveKey { get; set; } = "YOUR_VALVE_API_KEY"; // expect: IOT1006
            }
            public sealed class PumpStation
            {
                private readonly HttpClient _http = new();
                private readonly PumpKeys _keys = new();
                private readonly IStationLog _logger;

                public PumpStation(IStationLog logger) => _logger = logger;

                public void Describe(string site)
                {
                    _logger.LogInformation("flow service {Uri}", new Uri($"https://flow.example/v1/now?site={site}&key={_keys.FlowKey}").Host);
                    Debug.WriteLine($"pressure: {new Uri($"https://pressure.example/v1/now?site={site}&key={_keys.PressureKey}").Authority}");
                    var level = new Uri($"https://level.example/v1/now?site={site}&key={_keys.LevelKey}");
                    Console.WriteLine("level service " + level.Host + ":" + level.Port);
                }

                public async Task<string> TankAsync(string site)
                {
                    var tank = new Uri($"https://tank.example/v1/now?site={site}&key={_keys.TankKey}");
                    Console.WriteLine(tank.Host);
                    return await _http.GetStringAsync(tank);
                }

                public Task<HttpResponseMessage> ValveAsync(string site) =>
                    _http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri($"https://valve.example/v1/now?site={site}&key={_keys.ValveKey}")));
            }
            """);

    [Fact]
    public Task A_real_key_in_a_uri_only_printed_is_still_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Diagnostics
            {
                public static void Print(string city) =>
                    Console.WriteLine(new Uri($"https://api.weather.example/data?q={city}&appid=9f8e7d6c5b4a39281706f5e4d3c2b1a7")); // expect: IOT1001
            }
            """);
}
