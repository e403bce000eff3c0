using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the thirty-fifth unseen corpus found at first sight (twenty-first session): a local list the function fills
/// by <c>Add</c> and then iterates holds what each <c>Add</c> gives it (a parameter's default, the rows of a written table
/// copied in a loop); a local holding SNMP's <c>OctetString</c> holds its text; an SNMP community's name is a credential's
/// name for a helper's or a record's parameter, so what callers and creations pass it is followed; a number drawn by
/// <c>System.Random</c> into a local named <c>key</c> is a key unless every use of it is a lookup's key. Labelled line by
/// line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ThirtyFifthCorpusShapeTests
{
    private static readonly string[] Snmp = { Stubs.SharpSnmpMessaging };

    // IOT1002: "SNMP's universal communities, `public` and `private`, at a community parameter"; IOT1001: "followed back to
    // where it is written". A list made empty, filled with a parameter's default and the rows of a written table, then
    // iterated into OctetString held by a local (the printer service's fall-back communities). The table in another class,
    // the default of a caller's parameter passed on, a target-typed list.
    [Fact]
    public Task A_list_filled_by_add_and_iterated_holds_what_each_add_gives() =>
        ExpectComments.AssertAsync(Snmp, """
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            static class SiteCommunities
            {
                public static readonly List<string> Known = new List<string> { "public", "Vq7rTzKw" }; // expect: IOT1002 IOT1001
            }
            public class PrinterPoller
            {
                public object Poll(string ip, string community = "private") // expect: IOT1002
                {
                    var endpoint = new IPEndPoint(IPAddress.Parse(ip), 161);
                    List<string> toTry = new();
                    if (!string.IsNullOrEmpty(community)) toTry.Add(community);
                    foreach (var known in SiteCommunities.Known)
                    {
                        if (known != community) toTry.Add(known);
                    }

                    foreach (var candidate in toTry)
                    {
                        var communityString = new OctetString(candidate);
                        var result = Messenger.Get(VersionCode.V2, endpoint, communityString, new List<Variable>(), 2000);
                        if (result.Count > 0) return result;
                    }

                    return null!;
                }

                public object Toner(string ip, string community = "Lm4xQe9Z") => Poll(ip, community); // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001: values from parameters and run-time sources are no findings. A list filled with the
    // communities a caller passes and one read from the environment, iterated into OctetString; a list of host names
    // written in the code, iterated to an endpoint (no credential's place).
    [Fact]
    public Task A_list_filled_with_run_time_values_or_host_names_stays_quiet() =>
        ExpectComments.AssertAsync(Snmp, """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            public class FleetPoller
            {
                public void Poll(string community)
                {
                    var toTry = new List<string>();
                    toTry.Add(community);
                    toTry.Add(Environment.GetEnvironmentVariable("SNMP_COMMUNITY") ?? community);
                    var hosts = new List<string>();
                    hosts.Add("printer-3.plant.local"); // expect: none
                    foreach (var host in hosts)
                    {
                        foreach (var candidate in toTry)
                        {
                            var communityString = new OctetString(candidate);
                            Messenger.Get(VersionCode.V2, new IPEndPoint(Dns.GetHostAddresses(host)[0], 161), communityString, new List<Variable>(), 2000);
                        }
                    }
                }
            }
            """);

    // IOT1002 / IOT1001: a community written as a settable property's default, copied into a record by an extension
    // method, read back from the record at the SNMP call (the MIB browser's profile and options), and a community held by
    // a static readonly field passed through a record's positional parameter named as a community string.
    [Fact]
    public Task A_community_copied_through_a_records_positional_parameter_is_followed() =>
        ExpectComments.AssertAsync(Snmp, """
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            public sealed record QueryOptions(string Host, string Version, string Community, int Timeout = 3000);
            public sealed record WalkOptions(string Host, string CommunityString);
            public sealed class Profile
            {
                public string Name { get; set; } = "Default"; // expect: none
                public string Version { get; set; } = "v2c"; // expect: none
                public string Community { get; set; } = "public"; // expect: IOT1002
            }
            public static class ProfileExtensions
            {
                public static QueryOptions ToOptions(this Profile p, string host) => new QueryOptions(host, p.Version, p.Community);
            }
            public sealed class Browser
            {
                private static readonly string Site = "Hx5wPq2R"; // expect: IOT1001
                public object Get(QueryOptions o) => Messenger.Get(VersionCode.V2, new IPEndPoint(IPAddress.Parse(o.Host), 161), new OctetString(o.Community), new List<Variable>(), o.Timeout);
                public WalkOptions Walk(string host) => new(host, Site);
                public object Next(WalkOptions w) => Messenger.Get(VersionCode.V2, new IPEndPoint(IPAddress.Parse(w.Host), 161), new OctetString(w.CommunityString), new List<Variable>(), 2000);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters". A record's community given by its callers from
    // configuration; a community name used as a display label (not passed to SNMP).
    [Fact]
    public Task A_records_community_from_configuration_stays_quiet() =>
        ExpectComments.AssertAsync(Snmp, """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            public sealed record QueryOptions(string Host, string Community);
            public sealed class Browser
            {
                public string CommunityLabel { get; } = "Read community"; // expect: none
                public QueryOptions Options(string host) => new(host, Environment.GetEnvironmentVariable("SNMP_READ") ?? "");
                public object Get(QueryOptions o) => Messenger.Get(VersionCode.V2, new IPEndPoint(IPAddress.Parse(o.Host), 161), new OctetString(o.Community), new List<Variable>(), 2000);
            }
            """);

    // IOT3005: "System.Random ... producing a value that ends up in a security use: a key"; a draw of a few values is a slot
    // only when it is kept as a lookup's key. A cipher's key byte drawn by Random into a local named key and returned,
    // and one held in a field named so.
    [Fact]
    public Task A_narrow_draw_held_as_a_cipher_key_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class FrameCipher
            {
                private static byte _key;
                public static int GenerateKey()
                {
                    var random = new Random((int)DateTime.UtcNow.Ticks);
                    while (true)
                    {
                        int key = random.Next(256); // expect: IOT3005
                        if ((key & 0x0F) < 14) return key;
                    }
                }

                public static void Rekey() => _key = (byte)Random.Shared.Next(256); // expect: IOT3005
                public static byte Apply(byte b) => (byte)(b ^ _key);
            }
            """);

    // Hard negative. IOT3005: "a number drawn from a few constant values ... and kept only as a dictionary's key ... is a
    // slot, no token". A draw held in a local named key whose every use is a lookup's key (an indexer, TryGetValue, Remove).
    [Fact]
    public Task A_narrow_draw_held_in_a_local_used_only_as_a_lookup_key_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class SlotSimulator
            {
                private readonly Random _rng = new(7);
                private readonly Dictionary<int, double> _readings = new();
                public void Tick()
                {
                    var key = _rng.Next(1, 50); // expect: none
                    if (_readings.TryGetValue(key, out var last)) _readings.Remove(key);
                    _readings[key] = last + _rng.NextDouble();
                }
            }
            """);

    // IOT1001 (red team 37): "The value is followed back to where it is written". A password returned by a lambda a local
    // holds (expression and block bodies), called at the sink; hard negatives: a lambda reading the environment, a
    // delegate given as a parameter, a lambda local given another lambda later.
    [Fact]
    public Task A_lambda_held_by_a_local_returns_its_text_where_it_is_called() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Bench
            {
                public static void A(MqttClient m)
                {
                    Func<string> bench = () => "Qe4!bench-Tz8Wm"; // expect: IOT1001
                    m.Connect("bench-a", "bench", bench());
                }
                public static void B(MqttClient m)
                {
                    var lab = new Func<string>(() => { return "Vy2#lab-Kw7Rp"; }); // expect: IOT1001
                    m.Connect("bench-b", "bench", lab());
                }
                public static void C(MqttClient m, Func<string> given, bool lab)
                {
                    Func<string> fromEnvironment = () => Environment.GetEnvironmentVariable("BENCH_PASSWORD") ?? "";
                    m.Connect("bench-c", "bench", fromEnvironment());
                    m.Connect("bench-d", "bench", given());
                    Func<string> chosen = () => "Lm3$chosen-Hq9Xz"; // expect: none
                    if (lab) chosen = given;
                    m.Connect("bench-e", "bench", chosen());
                }
            }
            """);

    // IOT1005 (red team 37): "Encodings and unkeyed hashes of such data ... are still derived"; a keyed function with a
    // secret key ends the chain. A buffer filled by an awaited HashDataAsync over a stream of the serial (ConfigureAwait
    // too) is derived; one filled by an HMAC keyed with a factory secret, or refilled by the cryptographic generator, is not.
    [Fact]
    public Task A_buffer_filled_by_an_awaited_hash_is_read_as_filled() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            public static class Winder
            {
                private static readonly byte[] FactorySecret = Convert.FromBase64String(Environment.GetEnvironmentVariable("WINDER_SECRET") ?? "");
                public static async Task<string> ServicePinAsync(string serialNumber)
                {
                    var digest = new byte[32];
                    await SHA256.HashDataAsync(new MemoryStream(Encoding.UTF8.GetBytes(serialNumber)), digest).ConfigureAwait(false);
                    var servicePin = (BitConverter.ToUInt32(digest) % 1000000).ToString("D6"); // expect: IOT1005
                    return servicePin;
                }
                public static async Task<string> PairingCodeAsync(string serialNumber)
                {
                    var mac = new byte[32];
                    await HMACSHA256.HashDataAsync(FactorySecret, new MemoryStream(Encoding.UTF8.GetBytes(serialNumber)), mac);
                    var pairingCode = Convert.ToHexString(mac)[..8]; // expect: none
                    return pairingCode;
                }
                public static async Task<string> ApPasswordAsync(string serialNumber)
                {
                    var digest = new byte[32];
                    await SHA256.HashDataAsync(new MemoryStream(Encoding.UTF8.GetBytes(serialNumber)), digest);
                    RandomNumberGenerator.Fill(digest);
                    var apPassword = Convert.ToHexString(digest)[..12]; // expect: none
                    return apPassword;
                }
            }
            """);
}
