using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the eighth corpus's first measurement missed, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own: the team's options property read at a sink in a
/// compilation that writes <c>Password = ...</c> into many other types, and an options object built in a local variable
/// that leaves its function.
/// </summary>
public class EighthCorpusShapeTests
{
    /// <summary>
    /// Twenty other types' <c>Password</c> initializers (more than the cap on the writes followed) no longer hide the
    /// writes of the type a sink reads: an initializer of another type is told apart by its syntax before it is counted.
    /// </summary>
    [Fact]
    public Task Writes_into_other_types_of_the_same_property_name_do_not_hide_the_ones_read() =>
        ExpectComments.AssertAsync(
            "using MQTTnet.Client;\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"public sealed class Camera{i}Options {{ public string Password {{ get; set; }} public static Camera{i}Options Lab() => new Camera{i}Options {{ Password = \"Cam{i}-Lab-Kx7\" }}; }} // expect: IOT1004\n")) + """
            public sealed class BrokerSettings { public string User { get; set; } public string Password { get; set; } }
            public sealed class SensorClient
            {
                private readonly BrokerSettings _settings;
                public SensorClient(BrokerSettings settings) => _settings = settings;
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithCredentials(_settings.User, _settings.Password);
                public static SensorClient Kitchen() => new(new BrokerSettings { User = "kitchen", Password = "Sorrel+Kite+8813" }); // expect: IOT1001
            }
            """);

    /// <summary>
    /// An options object built in a local variable and handed on (<c>return new SensorClient(settings)</c>): what is
    /// written into it is read at the sink through the property. One read only through the variable stays the local's.
    /// </summary>
    [Fact]
    public Task An_options_object_built_in_a_local_that_leaves_its_function_is_followed() =>
        ExpectComments.AssertAsync("""
            using MQTTnet.Client;
            public sealed class BrokerSettings { public string User { get; set; } public string Password { get; set; } }
            public sealed class SensorClient
            {
                private readonly BrokerSettings _settings;
                public SensorClient(BrokerSettings settings) => _settings = settings;
                public MqttClientOptionsBuilder Options() => new MqttClientOptionsBuilder().WithCredentials(_settings.User, _settings.Password);
                public static SensorClient Garage()
                {
                    var settings = new BrokerSettings { User = "garage" };
                    settings.Password = "raspberry"; // expect: IOT1002
                    return new SensorClient(settings);
                }
                public static SensorClient Shed()
                {
                    var settings = new BrokerSettings { User = "shed", Password = "Shed-Wq7-Lt2x" }; // expect: IOT1001
                    return new SensorClient(settings);
                }
            }
            """);

    /// <summary>
    /// A token given to the team's wrapper class's constructor, which hands it to the library's client
    /// (<c>new InfluxClient(url, "...")</c> => <c>new InfluxDBClient(url, token)</c>), is judged at each <c>new(...)</c>
    /// call's literal, as a helper method's parameter is; a conditional's written arms each.
    /// </summary>
    [Fact]
    public Task A_wrapper_constructors_credential_parameter_is_followed_to_its_new_calls() =>
        ExpectComments.AssertAsync(new[]
        {
            """
            namespace InfluxDB.Client
            {
                public class InfluxDBClient { public InfluxDBClient(string url, string token) { } }
            }
            """,
        }, """
            using System;
            using InfluxDB.Client;
            public sealed class TimingClient
            {
                private readonly InfluxDBClient _client;
                public TimingClient(string url, string token) => _client = new InfluxDBClient(url, token);
                public TimingClient(string url, string label, bool direct) => _client = new InfluxDBClient(url, Environment.GetEnvironmentVariable("T") ?? "");
            }
            public static class Gateway
            {
                private const string WriteToken = "Mx09cEVt-inTRod25DBJzSVLbxbkH-cSAUDim"; // expect: IOT1001
                public static TimingClient Cloud() => new TimingClient("https://cloud.example", WriteToken);
                public static TimingClient Aid(string station)
                {
                    var token = station == "Finish" ? "finish-line-Zx81-kw2P" : "xxxxxxxx"; // expect: IOT1001 IOT1006
                    return new TimingClient("http://pi.local:8086", token);
                }
                public static TimingClient Env() => new TimingClient("http://pi.local:8086", Environment.GetEnvironmentVariable("INFLUX_TOKEN") ?? "");
                public static TimingClient Labelled() => new TimingClient("http://pi.local:8086", "Finish-Line-Gate-4", true); // expect: none
            }
            """);

    /// <summary>Hard negatives beside the wrapper flow: parameters not named as credentials, and credential-named ones that reach no sink.</summary>
    [Fact]
    public Task Constructor_parameters_that_name_no_credential_or_reach_no_sink_are_not_followed() =>
        ExpectComments.AssertAsync(new[]
        {
            """
            namespace InfluxDB.Client
            {
                public class InfluxDBClient { public InfluxDBClient(string url, string token) { } }
            }
            """,
        }, """
            using InfluxDB.Client;
            public sealed class Banner
            {
                public Banner(string title, string text) => Title = title + ": " + text;
                public string Title { get; }
            }
            public sealed class PolicyCheck
            {
                public PolicyCheck(string password) => Ok = password.Length >= 12;
                public bool Ok { get; }
            }
            public sealed class Metrics
            {
                private readonly InfluxDBClient _client;
                public Metrics(string url, string bucket) => _client = new InfluxDBClient(url, System.Environment.GetEnvironmentVariable("TOKEN") ?? "");
            }
            public static class Screens
            {
                public static Banner Login() => new Banner("Password", "Enter the kiosk password"); // expect: none
                public static PolicyCheck Probe() => new PolicyCheck("Correct-Horse-7"); // expect: none
                public static Metrics Yard() => new Metrics("http://yard.local:8086", "Yard-Bucket-7"); // expect: none
            }
            """);
}
