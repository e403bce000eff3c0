using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the thirty-eighth unseen corpus found missing (twenty-third session), each beside its hard negatives: SNMP#NET's
/// community at its managers (<c>SimpleSnmp</c>, <c>AgentParameters</c> over an <c>OctetString</c>, the packets) and its v3
/// secrets; a value that spells its holder's words in another order (<c>GROUP_ENROLLMENT_PRIMARY_KEY</c> under
/// <c>enrollmentGroupPrimaryKey</c>); a second-factor code drawn from <c>System.Random</c>; a salt kept secret under a
/// secret's name (<c>Salt_Secret</c>). Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ThirtyEighthCorpusShapeTests
{
    // IOT1002 / IOT1001: "an SNMP community ... `public` and `private` are universal defaults" at every manager that sends
    // one, SNMP#NET's as #SNMP's; a v3 user's written secrets are passwords. Hard negatives: a community read from
    // configuration, the peer's address and port.
    [Fact]
    public Task Snmp_sharp_net_communities_and_v3_secrets_are_credentials() =>
        ExpectComments.AssertAsync(
            """
            using System.Collections.Generic;
            using SnmpSharpNet;
            public static class RackPoller
            {
                public static void Poll(string ip, IReadOnlyDictionary<string, string> settings)
                {
                    var verb = new SimpleSnmp(ip, 161, "public"); // expect: IOT1002
                    var writer = new SimpleSnmp(ip, "private") { Community = "Rk7-rack.Write-2Qz" }; // expect: IOT1002, IOT1001
                    var agent = new AgentParameters(SnmpVersion.Ver2, new OctetString("public")); // expect: IOT1002
                    var packet = new SnmpV2Packet("Pk4-rack.Get-9Lm"); // expect: IOT1001
                    var configured = new SimpleSnmp(ip, 161, settings["Snmp:Community"]); // expect: none
                    var secure = new SecureAgentParameters();
                    secure.authPriv("poller", AuthenticationDigests.SHA1, "Au8-rack.Sha-4Wx", PrivacyProtocols.AES128, "Pr3-rack.Aes-7Vn"); // expect: IOT1001, IOT1001
                    secure.authNoPriv("reader", AuthenticationDigests.MD5, settings["Snmp:AuthSecret"]); // expect: none
                }
            }
            """,
            Stubs.SnmpSharpNet);

    // IOT1006: "a value that repeats its own name (`HUB_TOKEN = "HUB_TOKEN"`, `ApiKey = "API_KEY"`) is a placeholder" — its
    // words in another order too; and "a template given as a key" at a key's sink. Hard negatives: a real base64 key (IOT1003
    // by its shape).
    [Fact]
    public Task A_value_spelling_its_holders_words_in_another_order_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public static class Enrollment
            {
                private const string enrollmentGroupPrimaryKey = "GROUP_ENROLLMENT_PRIMARY_KEY"; // expect: IOT1006
                private const string WeatherApiKey = "KEY_API_WEATHER"; // expect: IOT1006
                public static byte[] Derive(string id)
                {
                    using var primary = new HMACSHA256(Convert.FromBase64String(enrollmentGroupPrimaryKey));
                    return primary.ComputeHash(System.Text.Encoding.UTF8.GetBytes(id));
                }
                public static System.Threading.Tasks.Task<string> Weather(System.Net.Http.HttpClient http, string city) =>
                    http.GetStringAsync($"https://api.weather.example/v1/now?q={city}&appid={WeatherApiKey}");
            }
            """);

    // IOT1006: "a template given as a key" — through the team's helper that takes the key's bytes (the thirty-eighth
    // corpus's R07: a DPS enrollment group's key template decoded by the caller, HMACSHA256 made by the helper): the text
    // each caller decodes for the helper's key-named parameter is judged. Hard negative: a key the caller reads at run time.
    [Fact]
    public Task A_key_template_decoded_by_the_caller_of_the_teams_key_helper_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Provisioning
            {
                private const string enrollmentGroupPrimaryKey = "GROUP_ENROLLMENT_PRIMARY_KEY"; // expect: IOT1006
                public static string DeviceKey(string registrationId) =>
                    ComputeDerivedSymmetricKey(Convert.FromBase64String(enrollmentGroupPrimaryKey), registrationId);
                public static string RotatedKey(string registrationId) =>
                    ComputeDerivedSymmetricKey(Convert.FromBase64String(Environment.GetEnvironmentVariable("DPS_GROUP_KEY") ?? ""), registrationId);
                public static string ComputeDerivedSymmetricKey(byte[] masterKey, string registrationId)
                {
                    using var hmac = new HMACSHA256(masterKey);
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                }
            }
            """);

    // IOT3005: "a value that ends up in a security use: ... one-time code ..." — a second factor's code is one. Hard
    // negatives: a scale or smoothing factor (factor alone is no security word).
    [Fact]
    public Task A_second_factor_code_drawn_from_system_random_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Registration
            {
                private readonly Random _random = new();
                public int PendingCode { get; private set; }
                public void Start()
                {
                    var secondFactor = _random.Next(100000, 999999); // expect: IOT3005
                    var mfaCode = _random.Next(0, 1000000).ToString("D6"); // expect: IOT3005
                    PendingCode = secondFactor;
                    var scaleFactor = _random.Next(1, 4); // expect: none
                    var smoothingFactor = _random.NextDouble(); // expect: none
                    Console.WriteLine(mfaCode.Length + scaleFactor + smoothingFactor);
                }
            }
            """);

    // IOT1004: "A string field, property or local whose name says it holds a secret, given a value written in the code" —
    // a salt kept secret (`Salt_Secret`, DPAPI's optional entropy). Hard negatives: a password's salt and a secret's salt
    // (salts are stored beside what they salt).
    [Fact]
    public Task A_salt_kept_secret_is_a_secret_and_a_secrets_salt_is_not() =>
        ExpectComments.AssertAsync("""
            public static class VarClass
            {
                public static string Salt_Secret { get; set; } = "azDJPzYFn834Zf85cr2JZXewcuHxtobVjKFuJzr0"; // expect: IOT1004
                public static string PasswordSalt { get; set; } = "Qm3Lx9Vt2Ws8Kp4Zr7Nb1Hc6"; // expect: none
                public static string SecretSalt { get; set; } = "Wd5Ty8Ua2Ie4Ro7Pq1Ls3Kj9"; // expect: none
            }
            """);
}
