using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the seventh corpus's first measurement missed or filed under another rule, each labelled line by line
/// (<c>// expect:</c>, see <see cref="ExpectComments"/>) with values and names of its own: SNMP managers' community
/// strings, a Basic authorization value compared with a received header, a group key written into options and derived
/// from by a helper, a key chosen by a conditional, passwords made by System.Random through LINQ or from a unit's number,
/// "...-password-here" templates, SAS URLs and anonymous objects serialised in an expression body.
/// </summary>
public class SeventhCorpusShapeTests
{
    [Fact]
    public Task An_snmp_managers_community_string_is_a_credential() =>
        ExpectComments.AssertAsync(new[] { Stubs.SharpSnmpMessaging }, """
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            public static class RackKeys { public const string ReadCommunity = "rack-ro-Qv71"; } // expect: IOT1001
            public static class Poller
            {
                static readonly IPEndPoint Pdu = new(IPAddress.Loopback, 161);
                public static void Public(List<Variable> vs) => Messenger.Get(VersionCode.V1, Pdu, new OctetString("public"), vs, 3000); // expect: IOT1002
                public static void Read(List<Variable> vs) => Messenger.Get(VersionCode.V2, Pdu, new OctetString(RackKeys.ReadCommunity), vs, 3000);
                public static void Write(List<Variable> vs) => Messenger.Set(VersionCode.V2, Pdu, new OctetString("rack-rw-Lm40"), vs, 3000); // expect: IOT1001
                public static void Walk(List<Variable> vs) => Messenger.Walk(VersionCode.V2, Pdu, community: new OctetString("walk-Zr2-51"), new ObjectIdentifier("1.3.6.1.2.1.2"), vs, 3000, WalkMode.Default); // expect: IOT1001
                public static GetRequestMessage Message(List<Variable> vs) => new GetRequestMessage(1, VersionCode.V2, new OctetString("msg-Kt5-88"), vs); // expect: IOT1001
                public static void Named(List<Variable> vs) => vs.Add(new Variable(new ObjectIdentifier("1.3.6.1.2.1.1.5.0"), null));
                public static void V3User(List<Variable> vs) => Messenger.BulkWalk(VersionCode.V3, Pdu, new OctetString("bms-monitor"), new OctetString(""), new ObjectIdentifier("1.3"), vs, 3000, 10, WalkMode.Default, null, null); // expect: none
                public static void FromConfig(List<Variable> vs, string community) => Messenger.Get(VersionCode.V2, Pdu, new OctetString(community), vs, 3000);
            }
            """);

    [Fact]
    public Task A_basic_authorization_value_compared_with_a_received_header_is_a_credential() =>
        ExpectComments.AssertAsync("""
            public static class AdminPage
            {
                public static bool Factory(string authHeader) => authHeader == "Basic YWRtaW46YWRtaW4="; // expect: IOT1002
                public static bool Service(string header) => string.Equals(header, "Basic c3ZjOldxNy1MdDJ4"); // expect: IOT1001
                public static bool Reversed(string authorization) => "Basic c3ZjOldxNy1MdDJ4" == authorization; // expect: IOT1001
                public static bool Realm(string challenge) => challenge == "Basic realm=\"turnstile\""; // expect: none
                public static bool Scheme(string header) => header == "Basic"; // expect: none
                public static bool NotAPair(string header) => header == "Basic SGVsbG8gd29ybGQ="; // expect: none
            }
            """);

    [Fact]
    public Task A_key_chosen_by_a_conditional_and_decoded_reaches_the_key_parameter() =>
        ExpectComments.AssertAsync(new[]
        {
            """
            namespace Seeed.LoRa
            {
                public sealed class LoRaModem { public void JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) { } }
            }
            """,
        }, """
            namespace Plant.Shared
            {
                public static class SiteKeys { public const string ReactorAppKeyHex = "9F3A0C7715E24B6D88A1C4E2F0B39D57"; } // expect: IOT1003
            }
            """, """
            using System;
            using Plant.Shared;
            using Seeed.LoRa;
            public sealed class Reactor
            {
                private const string CountingVector = "000102030405060708090A0B0C0D0E0F"; // expect: none
                private const string EuiHex = "70B3D57ED0061A2C";
                private readonly LoRaModem _modem = new();
                public void Join(bool bench)
                {
                    byte[] appKey = bench ? Convert.FromHexString(CountingVector) : Convert.FromHexString(SiteKeys.ReactorAppKeyHex);
                    _modem.JoinOtaa(Convert.FromHexString(EuiHex), Convert.FromHexString(EuiHex), appKey);
                }
            }
            """);

    [Fact]
    public Task A_group_key_written_into_options_reaches_the_hmac_through_a_helper() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class EnrollmentOptions
            {
                public string Scope { get; set; }
                public string PrimaryKey { get; set; }
                public string Label { get; set; }
            }
            public static class Derivation
            {
                public static string DeviceKey(byte[] masterKey, string registrationId)
                {
                    using var hmac = new HMACSHA256(masterKey);
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                }
            }
            public sealed class Provisioner
            {
                private readonly EnrollmentOptions _options;
                public Provisioner(EnrollmentOptions options) => _options = options;
                public string KeyFor(string id) => Derivation.DeviceKey(Convert.FromBase64String(_options.PrimaryKey), id);
                public static Provisioner Plant() => new(new EnrollmentOptions
                {
                    Scope = "0ne00C3D1B9", // expect: none
                    PrimaryKey = "q0CBjk7kz0c4sUE7bPpXJ9yG1eR2mAvl3w8HtN6oZfLdSgYiKuWxM5nTrVhJcQe9aB1dF4gH7jK0lP2oI3uY6w==", // expect: IOT1003
                    Label = "q0CBjk7kz0c4sUE7bPpXJ9yG1eR2mAvl", // expect: none
                });
                public static Provisioner FromEnvironment() => new(new EnrollmentOptions { PrimaryKey = Environment.GetEnvironmentVariable("GROUP_KEY") });
            }
            """);

    [Fact]
    public Task A_password_made_by_system_random_through_linq_or_from_a_units_number_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Linq;
            public sealed class Hotspot
            {
                private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                private readonly Random _rng = new();
                public string Portal()
                {
                    var apPassword = new string(Enumerable.Range(0, 12).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT1005
                    return apPassword;
                }
                public string Session()
                {
                    var sessionToken = new string(Enumerable.Range(0, 24).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
                    return sessionToken;
                }
                public static string Gondola(int gondolaNumber)
                {
                    string apPassphrase = "Gondola" + gondolaNumber.ToString("D2"); // expect: IOT1005
                    return apPassphrase;
                }
                public static string Stable(int box)
                {
                    string boxApPassword = $"Box{box:D2}-stable"; // expect: IOT1005
                    return boxApPassword;
                }
                public static string Ssid(int box)
                {
                    string boxSsid = "Box" + box.ToString("D2"); // expect: none
                    return boxSsid;
                }
                public static string Label(int box)
                {
                    string passwordHint = "See the label on box " + box; // expect: none
                    return passwordHint;
                }
            }
            """);

    [Fact]
    public Task A_value_that_says_the_password_goes_here_is_a_placeholder() =>
        ExpectComments.AssertAsync(new[]
        {
            """
            namespace Axis.Vapix
            {
                public sealed class VapixSession { public bool Login(string userName, string password) => true; }
            }
            """,
        }, """
            using Axis.Vapix;
            public static class Cameras
            {
                public static void Ridge(VapixSession s) => s.Login("root", "camera-password-here"); // expect: IOT1006
                public static void Moraine(VapixSession s) => s.Login("root", "ONVIF_PASSWORD_HERE"); // expect: IOT1006
                public static void Col(VapixSession s) => s.Login("root", "site key goes here"); // expect: IOT1006
                public static void Valley(VapixSession s) => s.Login("root", "Here-Kx7-Glacier"); // expect: IOT1001
                public static void Peak(VapixSession s) => s.Login("root", "Wherever-Nine-4"); // expect: IOT1001
            }
            """);

    [Fact]
    public Task A_storage_sas_url_written_in_the_code_is_iot1001_and_a_sas_token_in_a_connection_string_iot1003() =>
        ExpectComments.AssertAsync(new[]
        {
            """
            namespace Azure.Storage.Blobs
            {
                public class BlobServiceClient { public BlobServiceClient(string connectionString) { } }
            }
            """,
        }, """
            using System;
            using System.Net.Http;
            using Azure.Storage.Blobs;
            public static class Logs
            {
                public static BlobServiceClient Service() => new BlobServiceClient("BlobEndpoint=https://hatchlogs.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-01-01T00:00:00Z&sig=VGhpcmRTaWduYXR1cmVGb3JUZXN0aW5nWFlaMTIzNDU%3D"); // expect: IOT1003
                public static Uri Container() => new Uri("https://hatchlogs.blob.core.windows.net/csv?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-01-01T00:00:00Z&sig=Qm9ndXNTaWduYXR1cmVGb3JUZXN0aW5nMTIzNDU2Nzg5MA%3D%3D"); // expect: IOT1001
                public static void Upload(HttpClient http) => http.GetAsync("https://hatchlogs.blob.core.windows.net/csv/a.csv?sv=2022-11-02&sp=r&sig=U2Vjb25kU2lnbmF0dXJlRm9yVGVzdGluZ0FCQ0RFRkc%3D"); // expect: IOT1001
                public static Uri Public() => new Uri("https://hatchlogs.blob.core.windows.net/csv/readme.txt"); // expect: none
            }
            """);

    [Fact]
    public Task An_anonymous_object_serialised_in_an_expression_body_is_configuration_and_hyphenated_words_a_passphrase() =>
        ExpectComments.AssertAsync("""
            using System.Text.Json;
            public sealed class Cellar
            {
                public string GuestNetworkJson() => JsonSerializer.Serialize(new
                {
                    Ssid = "CELLAR-GUEST",
                    Password = "Merlot-Guest-Kx7", // expect: IOT1001
                });
                public string Labels() => JsonSerializer.Serialize(new { Password = "Password", Hint = "Ask the sommelier" }); // expect: none
                public string Passphrase() => JsonSerializer.Serialize(new { Ssid = "CELLAR-STAFF", Password = "Bordeaux-Blend-Staff" }); // expect: IOT1001
                public string Error() => JsonSerializer.Serialize(new { Password = "Too-Short" }); // expect: none
                public string SerializedPassword(string entered) => JsonSerializer.Serialize(entered); // a serializer is no serial number
                public string Spaced() => JsonSerializer.Serialize(new { Password = "Mot de passe oublie" }); // expect: none
            }
            """);
}
