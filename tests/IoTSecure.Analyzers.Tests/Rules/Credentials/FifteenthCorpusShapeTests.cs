using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the fifteenth corpus's first measurement missed, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own, hard negatives beside them.
/// </summary>
public class FifteenthCorpusShapeTests
{
    private const string FirebaseLibrary = """
        namespace Vendor.Realtime
        {
            public class RealtimeConfig { public string AuthSecret { get; set; } public string BasePath { get; set; } public string SecretArn { get; set; } }
            public class RealtimeClient { public RealtimeClient(RealtimeConfig config) { } }
            public class OAuth1Settings { public string ConsumerKey { get; set; } public string AccessTokenSecret { get; set; } }
        }
        """;

    /// <summary>
    /// A sync token written in the code is a shared credential (a server's delta or page tokens are issued at run time,
    /// never written in code); continuation, page and idempotency tokens stay identifiers.
    /// </summary>
    [Fact]
    public Task A_sync_token_written_in_code_is_a_secret() =>
        ExpectComments.AssertAsync("""
            using System; using System.Text;
            public static class HiveConfig
            {
                public const string ApiarySyncToken = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJa1u"; // expect: IOT1004
                public const string NextPageToken = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJa1v"; // expect: none
                public const string IdempotencyToken = "Wq3nZ8vLr2TyKp6sXe9bMd4hGf7cJa1w"; // expect: none
                public static string Sign(string hive) => Convert.ToBase64String(Encoding.UTF8.GetBytes(hive + ApiarySyncToken + NextPageToken + IdempotencyToken));
            }
            """);

    /// <summary>
    /// A fallback written after a run-time lookup by key (<c>config["Mqtt:Password"] ?? "..."</c>, <c>args[0] ?? "..."</c>)
    /// ships in the code, as after an environment variable; a fallback that is itself read from a key is no written text.
    /// </summary>
    [Fact]
    public Task A_fallback_after_an_indexer_lookup_ships_in_the_code() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using MQTTnet.Client;
            public class TurbineUplink
            {
                private readonly IDictionary<string, string> _settings;
                public TurbineUplink(IDictionary<string, string> settings) { _settings = settings; }
                public MqttClientOptions Options(string[] args)
                {
                    string password = _settings["Nacelle:MqttPassword"]
                        ?? "r7Vq!xT2mLz9"; // expect: IOT1001
                    string backup = args[0] ?? "Kd8#pWn4sQe1"; // expect: IOT1001
                    string configured = _settings["Nacelle:MqttPassword"] ?? _settings["Nacelle:BackupPassword"];
                    new MqttClientOptionsBuilder().WithCredentials("nacelle", backup).Build();
                    new MqttClientOptionsBuilder().WithCredentials("nacelle", configured).Build();
                    return new MqttClientOptionsBuilder()
                        .WithCredentials(_settings["Nacelle:MqttUser"], password)
                        .Build();
                }
            }
            """);

    /// <summary>
    /// A code compared with typed text through a get-only property (<c>DisarmCode { get { return disarmCode; } }</c>,
    /// <c>=&gt; "..."</c>, <c>{ get; } = "..."</c>) is the constant's: IOT1004 (IOT1002 for a listed default). A settable or
    /// computed property holds no written code (a settable one named as a PIN is still IOT1004 by its name).
    /// </summary>
    [Fact]
    public Task A_code_compared_through_a_getter_is_reported_where_it_is_written() =>
        ExpectComments.AssertAsync("""
            public static class DomeSettings
            {
                private static readonly string shutterCode = "830417"; // expect: IOT1004
                public static string ShutterCode { get { return shutterCode; } }
                public static string ServicePin => "591736"; // expect: IOT1004
                public static string FactoryPin { get; } = "0000"; // expect: IOT1002
                public static string OperatorPin { get; set; } = "264819"; // expect: IOT1004
                public static string LastCode { get; set; } = "000000"; // expect: none
                public static string RoomCode => System.Environment.GetEnvironmentVariable("DOME_ROOM_CODE");
            }
            public class DomeKeypad
            {
                public bool Opens(string entered) => entered.Trim() == DomeSettings.ShutterCode;
                public bool Services(string entered) => entered == DomeSettings.ServicePin || entered == DomeSettings.FactoryPin;
                public bool Operates(string entered) => entered == DomeSettings.LastCode || entered == DomeSettings.RoomCode;
            }
            """);

    /// <summary>
    /// A library's settable property named as an authentication secret (<c>AuthSecret</c>, <c>AccessTokenSecret</c>) is a
    /// sink: IOT1001. A secret's resource name (<c>SecretArn</c>) and a path are not.
    /// </summary>
    [Fact]
    public Task A_library_auth_secret_property_is_a_sink() =>
        ExpectComments.AssertAsync(new[] { FirebaseLibrary }, """
            using Vendor.Realtime;
            public class FireAlarmUplink
            {
                private readonly RealtimeClient _client = new RealtimeClient(new RealtimeConfig
                {
                    AuthSecret = "Hq4Zt9LmXw2Rk7Vp3Nc8Bj5Ds1Gf6Ya0Ue2Ti4Oo", // expect: IOT1001
                    BasePath = "https://fire-alarm-4471-default-rtdb.example.org", // expect: none
                    SecretArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:alarm-AbCdEf", // expect: none
                });
                private readonly OAuth1Settings _oauth = new OAuth1Settings { ConsumerKey = "alarm-panel", AccessTokenSecret = "p9Lq2Wm7Xr4Tz8Kv3Nb6" }; // expect: IOT1001
            }
            """);

    /// <summary>
    /// A key handed through a wrapper to a part built by a subclass (<c>new Printer(url, "...")</c> stores it in a member,
    /// builds <c>new Bed(url, _key)</c>, whose <c>base(url, key)</c> sets the header): three levels of constructors are
    /// followed. A wrapper built with empty strings holds nothing.
    /// </summary>
    [Fact]
    public Task A_key_handed_through_three_constructors_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System; using System.Net.Http;
            public class PinsetterPart
            {
                protected readonly HttpClient _http;
                public PinsetterPart(string apiUrl, string accessToken)
                {
                    _http = new HttpClient { BaseAddress = new Uri(apiUrl) };
                    _http.DefaultRequestHeaders.Add("X-Api-Key", accessToken);
                }
            }
            public class Sweep : PinsetterPart
            {
                public Sweep(string apiUrl, string accessToken) : base(apiUrl, accessToken) { }
            }
            public class Pinsetter
            {
                private string _apiUrl { get; set; }
                private string _accessToken { get; set; }
                public Sweep Sweep { get; set; }
                public Pinsetter(string apiUrl, string accessToken)
                {
                    _apiUrl = apiUrl;
                    _accessToken = accessToken;
                    Sweep = new Sweep(_apiUrl, _accessToken);
                }
            }
            public static class Lanes
            {
                public static readonly Pinsetter Lane1 = new Pinsetter("http://lane1.local", "9F2C71B04E8D3A56C1B7E90D4F2A6C83"); // expect: IOT1001
                public static readonly Pinsetter Lane2 = new Pinsetter("http://lane2.local", "YOUR_PINSETTER_API_KEY"); // expect: IOT1006
                public static readonly Pinsetter Spare = new Pinsetter("", ""); // expect: none
            }
            """);
}
