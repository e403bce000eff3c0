using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// A value given after its declaration (twenty-second session): a local declared without a value and assigned once by a
/// statement of its own block (<c>string key; key = "...";</c>), and a read-only or private field declared without one
/// and assigned once by a constructor of its kind (<c>static readonly string Key; static Hub() { Key = "..."; }</c>),
/// read where it is used directly, inside a URL, and through a helper's parameter; beside them the same shapes holding
/// run-time values, written twice, or written in a branch. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ValuesAssignedAfterDeclarationTests
{
    // IOT1001: the one value a local declared first is given reaches a credential parameter, a URL's key and a URL
    // helper's key parameter.
    [Fact]
    public Task A_local_assigned_once_after_its_declaration_is_read_at_every_kind_of_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class FeedApi
            {
                public static Task<string> ReadingsAsync(HttpClient http, string channel, string key) =>
                    http.GetStringAsync($"https://feeds.greenhouse.example/v1/{channel}/readings?api_key={key}");
            }
            public static class Greenhouse
            {
                public static NetworkCredential Share()
                {
                    string password;
                    password = "Gh7-vent.Share-41"; // expect: IOT1001
                    return new NetworkCredential("greenhouse", password);
                }
                public static Task<string> Direct(HttpClient http)
                {
                    string token;
                    token = "f0e1d2c3b4a5968778695a4b3c2d1e0f"; // expect: IOT1001
                    return http.GetStringAsync("https://feeds.greenhouse.example/v1/bench/readings?api_key=" + token);
                }
                public static Task<string> ThroughHelper(HttpClient http)
                {
                    string k;
                    k = "9a8b7c6d5e4f30211f2e3d4c5b6a7988"; // expect: IOT1001
                    return FeedApi.ReadingsAsync(http, "north", k);
                }
                public static Task<string> InitializedThroughHelper(HttpClient http)
                {
                    string spare = "1a2b3c4d5e6f70819f8e7d6c5b4a3928"; // expect: IOT1001
                    return FeedApi.ReadingsAsync(http, "south", spare);
                }
            }
            """);

    // IOT1001: a field declared without a value and assigned once by its constructor: a static read-only field by the
    // static constructor, a private field by the instance constructor (bare and through this.).
    [Fact]
    public Task A_field_assigned_once_by_its_constructor_is_read_where_it_is_used() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class FeedApi
            {
                public static Task<string> ReadingsAsync(HttpClient http, string channel, string key) =>
                    http.GetStringAsync($"https://feeds.greenhouse.example/v1/{channel}/readings?api_key={key}");
            }
            public static class Vents
            {
                private static readonly string FeedKey;
                private static readonly string SharePassword;
                static Vents()
                {
                    FeedKey = "0f1e2d3c4b5a69788796a5b4c3d2e1f0"; // expect: IOT1001
                    SharePassword = "Vn3-share.Vents-88"; // expect: IOT1001
                }
                public static Task<string> Poll(HttpClient http) => FeedApi.ReadingsAsync(http, "vents", FeedKey);
                public static NetworkCredential Share() => new NetworkCredential("vents", SharePassword);
            }
            public sealed class Misting
            {
                private readonly string _password;
                private string _relayPassword;
                public Misting()
                {
                    _password = "Ms9-mist.Pump-27"; // expect: IOT1001
                    this._relayPassword = "Ms4-mist.Relay-63"; // expect: IOT1001
                }
                public NetworkCredential Pump() => new NetworkCredential("pump", _password);
                public NetworkCredential Relay() => new NetworkCredential("relay", _relayPassword);
            }
            """);

    // Hard negatives: a local given a run-time value after its declaration, a placeholder or a value looked up by a
    // configuration key; a field its constructor fills from a parameter, and one it gives a host name.
    [Fact]
    public Task Run_time_values_and_values_written_twice_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class FeedApi
            {
                public static Task<string> ReadingsAsync(HttpClient http, string channel, string key) =>
                    http.GetStringAsync($"https://feeds.greenhouse.example/v1/{channel}/readings?api_key={key}");
            }
            public static class Greenhouse
            {
                public static NetworkCredential FromEnvironment()
                {
                    string password;
                    password = Environment.GetEnvironmentVariable("GREENHOUSE_PASSWORD") ?? "";
                    return new NetworkCredential("greenhouse", password);
                }
                public static Task<string> Placeholder(HttpClient http)
                {
                    string k;
                    k = "YOUR_API_KEY"; // expect: none
                    return FeedApi.ReadingsAsync(http, "north", k);
                }
                public static Task<string> FromSettings(HttpClient http, Func<string, string> setting)
                {
                    string k;
                    k = setting("Feed:Key");
                    return FeedApi.ReadingsAsync(http, "north", k);
                }
            }
            public sealed class Misting
            {
                private readonly string _password;
                private readonly string _relayHost;
                public Misting(string password)
                {
                    _password = password;
                    _relayHost = "relay.greenhouse.example"; // expect: none
                }
                public NetworkCredential Pump() => new NetworkCredential("pump", _password);
                public Uri Relay() => new Uri("mqtts://" + _relayHost + ":8883");
            }
            """);

    // IOT1001 (red team 41): a local declared first and given written values in the branches of an if, the sections of a
    // switch or a catch's fallback holds each of them. Hard negatives: the same shapes assigning run-time values, and user
    // names chosen by a switch. A value the next statement replaces before anything reads it reaches no sink: only its
    // secret name speaks (IOT1004), not a flow (IOT1001).
    [Fact]
    public Task A_local_given_values_in_branches_holds_each_written_one() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            public static class Kiln
            {
                public static NetworkCredential Pick(bool lab, string site)
                {
                    string password;
                    if (lab)
                        password = "Lb7!kiln-Vr2Qx"; // expect: IOT1001
                    else
                        password = Environment.GetEnvironmentVariable("KILN_PASSWORD") ?? "";
                    return new NetworkCredential("kiln", password);
                }
                public static NetworkCredential Fallback()
                {
                    string password;
                    try
                    {
                        password = File.ReadAllText("/etc/kiln/password").Trim();
                    }
                    catch (IOException)
                    {
                        password = "Fb2!kiln-Qs8Lm"; // expect: IOT1001
                    }
                    return new NetworkCredential("kiln", password);
                }
                public static NetworkCredential RunTime(bool lab, string[] args)
                {
                    string password;
                    if (lab)
                        password = args[0];
                    else
                        password = Environment.GetEnvironmentVariable("KILN_PASSWORD") ?? "";
                    return new NetworkCredential("kiln", password);
                }
                public static NetworkCredential Replaced()
                {
                    string password;
                    password = "Rp4!kiln-Zt6Wq"; // expect: IOT1004
                    password = Environment.GetEnvironmentVariable("KILN_PASSWORD") ?? "";
                    return new NetworkCredential("kiln", password);
                }
                public static NetworkCredential Section(int site)
                {
                    string user;
                    switch (site)
                    {
                        case 1:
                            user = "kiln-north"; // expect: none
                            break;
                        default:
                            user = "kiln-south"; // expect: none
                            break;
                    }
                    return new NetworkCredential(user, Environment.GetEnvironmentVariable("KILN_PASSWORD"));
                }
            }
            """);

    // IOT1001 (red team 41): a URL's query appended to what a string local holds (url += "?api_key=...") is read as a query.
    // Hard negatives: the key appended from a run-time value, plain query settings, and a modem string's "?" that is no query.
    [Fact]
    public Task A_query_appended_to_a_url_local_is_read() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Thing
            {
                public static Task<HttpResponseMessage> Report(HttpClient http, double t)
                {
                    var url = "https://api.thingspeak.example/update";
                    url += "?api_key=Q7XK2M9TLP4RZ8WB"; // expect: IOT1001
                    url += "&field1=" + t;
                    return http.GetAsync(url);
                }
                public static Task<HttpResponseMessage> FromEnvironment(HttpClient http, double t)
                {
                    var url = "https://api.thingspeak.example/update";
                    url += "?api_key=" + Environment.GetEnvironmentVariable("THINGSPEAK_KEY");
                    url += "&field1=" + t;
                    return http.GetAsync(url);
                }
                public static Task<HttpResponseMessage> Settings(HttpClient http, string city)
                {
                    var url = "https://wx.example/now?q=" + city;
                    url += "&units=metric&lang=en"; // expect: none
                    return http.GetAsync(url);
                }
            }
            """);
}
