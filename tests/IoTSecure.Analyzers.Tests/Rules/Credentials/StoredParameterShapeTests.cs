using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A wrapper's constructor or setter keeps the credential it is given in a member, and a sink reads the member: the
/// written text the wrapper's callers pass is what reaches the sink (IOT1001 at the caller's literal). These are the ways
/// real code stores the value besides <c>_password = password;</c>: a tuple (<c>(_url, _apiKey) = (url, apiKey)</c>), a
/// trimmed value, an assignment under a guard, a parameter given a default first (<c>apiKey ??= ""</c>), a member with an
/// initial value of its own, and a base class's constructor called by a primary constructor's base list or by a part of a
/// partial class whose base list another part writes. Hard negatives: the same shapes given run-time values.
/// </summary>
public class StoredParameterShapeTests
{
    private static readonly string[] InfluxLib = { Stubs.InfluxClient };

    // The expression-bodied constructor's idiom (IDE0290's neighbour): (_url, _apiKey) = (url, apiKey).
    [Fact]
    public Task Parameters_kept_by_tuple_deconstruction_carry_the_callers_text() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            public sealed class TideGaugeUplink
            {
                private readonly string _station;
                private readonly string _apiKey;
                private readonly int _port;
                public TideGaugeUplink(string station, string apiKey, int port) => (_station, _apiKey, _port) = (station, apiKey, port);
                public WebRequest Post(double level) => WebRequest.Create($"https://tides.example/v2/{_station}?level={level}&key={_apiKey}");
            }
            public sealed class BuoyLink
            {
                private readonly string _user, _password;
                public BuoyLink(string user, string password) { (_user, _password) = (user, password); }
                public NetworkCredential Credential() => new NetworkCredential(_user, _password);
            }
            public static class Harbour
            {
                public static void Run()
                {
                    new TideGaugeUplink("pier-3", "f3a91c07d5e24b68a1c9e0b7d2f4a6c8", 443).Post(2.4); // expect: IOT1001
                    new BuoyLink("buoy-07", "Kelp-Anchor-58!").Credential(); // expect: IOT1001
                    new TideGaugeUplink("pier-4", System.Environment.GetEnvironmentVariable("TIDE_KEY"), 443).Post(2.1);
                    new BuoyLink("buoy-08", System.Environment.GetEnvironmentVariable("BUOY_PASSWORD")).Credential();
                }
            }
            """);

    // Setters that trim, guard or default what they store, and a member with an initial value the setter replaces.
    [Fact]
    public Task Setters_that_trim_guard_or_default_their_value_carry_the_callers_text() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class SiloLevelLink
            {
                private string _password = "";
                private string _token = string.Empty;
                private string _apiKey;
                public SiloLevelLink WithPassword(string password) { _password = password?.Trim(); return this; }
                public SiloLevelLink WithToken(string token)
                {
                    if (!string.IsNullOrWhiteSpace(token))
                    {
                        _token = token.TrimEnd();
                    }

                    return this;
                }
                public SiloLevelLink WithApiKey(string apiKey) { apiKey ??= string.Empty; _apiKey = apiKey; return this; }
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("silo.local", 8883).WithCredentials("silo", _password);
                public MqttClientOptionsBuilder TokenOptions() => new MqttClientOptionsBuilder().WithTcpServer("silo.local", 8883).WithCredentials("token", _token);
                public MqttClientOptionsBuilder KeyOptions() => new MqttClientOptionsBuilder().WithTcpServer("silo.local", 8883).WithCredentials("key", _apiKey);
            }
            public static class Farm
            {
                public static void Run()
                {
                    new SiloLevelLink().WithPassword(" Barley-Auger-31 ").Options(); // expect: IOT1001
                    new SiloLevelLink().WithToken("Barley-Auger-32").TokenOptions(); // expect: IOT1001
                    new SiloLevelLink().WithApiKey("Barley-Auger-33").KeyOptions(); // expect: IOT1001
                }
            }
            """);

    [Fact]
    public Task Setters_given_run_time_values_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public sealed class SiloLevelLink
            {
                private string _password = "";
                private string _token = "";
                public SiloLevelLink WithPassword(string password) { _password = password.Trim(); return this; }
                public SiloLevelLink WithToken(string token) { if (token is { Length: > 0 }) _token = token; return this; }
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithTcpServer("silo.local", 8883).WithCredentials("silo", _password);
                public MqttClientOptionsBuilder TokenOptions() => new MqttClientOptionsBuilder().WithTcpServer("silo.local", 8883).WithCredentials("token", _token);
            }
            public static class Farm
            {
                public static void Run(string[] args)
                {
                    new SiloLevelLink().WithPassword(Environment.GetEnvironmentVariable("SILO_PASSWORD") ?? "").Options();
                    new SiloLevelLink().WithToken(args.Length > 0 ? args[0] : Console.ReadLine()).TokenOptions();
                }
            }
            """);

    // C# 12: a derived type's primary constructor calls the base's constructor from its base list.
    [Fact]
    public Task A_primary_constructors_base_call_carries_its_text_to_the_base_constructors_sink() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;
            public abstract class KilnMetrics
            {
                private readonly InfluxDBClient _client;
                protected KilnMetrics(string url, string token) => _client = new InfluxDBClient(url, token);
            }
            public sealed class GlazeKilnMetrics() : KilnMetrics("https://influx.pottery.local:8086", "Gk71xEVt-inTRod25DBJzSVLbxbkH-cSAUDim"); // expect: IOT1001
            public sealed class BisqueKilnMetrics(string token) : KilnMetrics("https://influx.pottery.local:8086", token)
            {
                public static BisqueKilnMetrics Bench() => new("Bq72xEVt-inTRod25DBJzSVLbxbkH-cSAUDim"); // expect: IOT1001
                public static BisqueKilnMetrics Deployed() => new(System.Environment.GetEnvironmentVariable("INFLUX_TOKEN"));
            }
            public sealed class RakuKilnMetrics(string url) : KilnMetrics(url, System.Environment.GetEnvironmentVariable("INFLUX_TOKEN"));
            """);

    // A part of a partial class calls base(...) while another part writes the base list.
    [Fact]
    public Task A_base_call_in_a_partial_part_without_the_base_list_reaches_the_base_constructors_sink() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;
            public abstract class KilnMetrics
            {
                private readonly InfluxDBClient _client;
                protected KilnMetrics(string url, string token) => _client = new InfluxDBClient(url, token);
            }
            public partial class SaggarKilnMetrics
            {
                public SaggarKilnMetrics() : base("https://influx.pottery.local:8086", "Sg73xEVt-inTRod25DBJzSVLbxbkH-cSAUDim") { } // expect: IOT1001
                public SaggarKilnMetrics(string token) : base("https://influx.pottery.local:8086", token) { }
            }
            public partial class SaggarKilnMetrics : KilnMetrics { }
            public partial class Unrelated
            {
                public Unrelated() : base() { }
                public Unrelated(string token) : this() { }
            }
            """);
}
