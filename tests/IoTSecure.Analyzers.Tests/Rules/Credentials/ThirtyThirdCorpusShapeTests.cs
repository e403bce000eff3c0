using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the thirty-third unseen corpus found at first sight (nineteenth session): a listed default handed to the
/// team's own helper for a short password word beside the account (<c>RemoteClient(ip, url, body, user, pass, time)</c>)
/// is IOT1002 as at a library's; the key of an entry picked at random (<c>Clients.ElementAt(rng.Next(...)).Key</c>) is the
/// entry's own, no value drawn (IOT3005), while a value drawn and kept as a dictionary's key stays a token. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ThirtyThirdCorpusShapeTests
{
    // IOT1002: "a listed default handed to the team's own method or constructor for a parameter named as a password";
    // a short password word (pass, pw) names one beside the account it signs in, as at a library's signature.
    [Fact]
    public Task A_listed_default_given_to_the_teams_helper_for_a_short_password_beside_the_account_is_iot1002() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            public static class OnvifAuth
            {
                public static Task<string> RemoteClient(string ip, string url, string body, string user, string pass, DateTime at) =>
                    Task.FromResult(ip + url + body + user + pass + at);
                public static void Sign(string login, string pw) { }
                public static void Record(string unit, string pass) { }
            }
            public static class DeviceService
            {
                public static async Task Go(string ip)
                {
                    await OnvifAuth.RemoteClient(ip, "onvif/device_service", "<tds:GetSystemDateAndTime/>", "user", "pass", DateTime.Now); // expect: IOT1002
                    await OnvifAuth.RemoteClient(ip, "onvif/device_service", "<tds:GetCapabilities/>", user: "admin", pass: "admin", at: DateTime.Now); // expect: IOT1002
                    OnvifAuth.Sign("service", "1234"); // expect: IOT1002
                    // a unit's test verdict beside no account: "pass" there is no password
                    OnvifAuth.Record("unit-7", "pass"); // expect: none
                    // an unlisted value at the team's own helper: the team's types are no sinks for IOT1001
                    await OnvifAuth.RemoteClient(ip, "onvif/media", "<trt:GetProfiles/>", "viewer", "Tq4-cam.Feed-82Lx", DateTime.Now); // expect: none
                }
            }
            """);

    // IOT3005: System.Random producing a key, token or session; not a finding: an entry picked at random whose own key is
    // handed on (TryAdd(picked.Key, ...), ContainsKey(entry.Key)). A link or code drawn and kept as a dictionary's key with
    // its expiry is a bearer token: still reported.
    [Fact]
    public Task The_key_of_an_entry_picked_at_random_is_no_security_value_and_a_drawn_dictionary_key_is() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Concurrent;
            using System.Collections.Generic;
            using System.Linq;
            public static class LoadTest
            {
                private static readonly Random Random = new Random();
                private static readonly ConcurrentDictionary<string, object> Clients = new();
                private static readonly ConcurrentDictionary<string, object> Publishers = new();
                private static readonly Dictionary<string, int> Hits = new();
                private static readonly Dictionary<string, string> Sessions = new();
                private static readonly Dictionary<string, DateTime> ShareLinks = new();
                public static void Pick()
                {
                    var publisher = Clients.ElementAt(Random.Next(0, Clients.Count)); // expect: none
                    Publishers.TryAdd(publisher.Key, publisher.Value);
                    var entry = Clients.ElementAt(Random.Next(Clients.Count)); // expect: none
                    if (!Hits.ContainsKey(entry.Key)) Hits.Add(entry.Key, 0);
                }
                public static void Issue(string user)
                {
                    var session = Random.Next().ToString("x8"); // expect: IOT3005
                    Sessions.Add(user, session);
                }
                public static string NewShareLink()
                {
                    string link = Random.NextInt64().ToString("x16"); // expect: IOT3005
                    ShareLinks[link] = DateTime.UtcNow.AddHours(2);
                    return link;
                }
                public static void Send(string key) { }
                public static void Rotate() => Send(Random.Next().ToString()); // expect: IOT3005
            }
            """);
}
