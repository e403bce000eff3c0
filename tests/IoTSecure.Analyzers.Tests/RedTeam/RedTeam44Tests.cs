using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 44: the changes of 1513af2, d286509, 1281198 and 8583fca (SecretNames.SpellsName, key templates decoded by the
/// callers of the team's key helper, SNMP#NET's catalogue, second-factor codes, Salt_Secret, "sent whole" flows, IOT1001
/// dead writes, lambda results held by locals, static fields written through the type's name, url = $"{url}?api_key=..."),
/// with other members of each kind than red teams 42 and 43 tried. About half are hard negatives. Expectations come from
/// docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam44Tests
{
    private const string SerialPortStub = """
        namespace System.IO.Ports
        {
            public class SerialPort
            {
                public SerialPort(string portName, int baudRate) { }
                public void WriteLine(string text) { }
                public void Write(string text) { }
                public void Write(byte[] buffer, int offset, int count) { }
            }
        }
        """;

    private const string AtCommandType = """
        using System.Text;
        public sealed class AtCommand
        {
            private readonly StringBuilder _text;
            public AtCommand(string template) => _text = new StringBuilder(template);
            public AtCommand Set(string hole, string value) { _text.Replace(hole, value); return this; }
            public override string ToString() => _text.ToString();
        }
        """;

    // ---------- 1. IOT1006: a value spelling its holder's words in another order (SecretNames.SpellsName, 1513af2) ----------

    // IOT1006: "a value that repeats its holder's or the parameter's name whatever its shape (`const string WifiPassword =
    // "WifiPassword"`, `HUB_TOKEN = "HUB_TOKEN"`, `ApiKey = "API_KEY"`)"; (red team 43 and the thirty-eighth corpus) "A value
    // that spells its holder's words in another order (`GROUP_ENROLLMENT_PRIMARY_KEY` under `enrollmentGroupPrimaryKey`)
    // repeats its name". Other holders (a static field, a property), separators (dots, spaces) and sinks (MQTT, Wi-Fi, a
    // URL query read from the constant).
    [Fact]
    public Task RT44_values_spelling_their_holders_words_in_another_order_at_mqtt_wifi_and_query_sinks_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Yard
            {
                private const string MqttBrokerPassword = "PASSWORD_BROKER_MQTT"; // expect: IOT1006
                private static readonly string YardWifiPsk = "psk.wifi.yard"; // expect: IOT1006
                public static string FeedWriteKey { get; } = "Key Write Feed"; // expect: IOT1006
                public static void Open(MqttClient m) => m.Connect("yard-1", "yard", MqttBrokerPassword);
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("yard", YardWifiPsk);
                public static Task<string> Post(HttpClient http, double level) =>
                    http.GetStringAsync($"https://api.feed.example/update?api_key={FeedWriteKey}&field1={level}");
            }
            """);

    // IOT1006 (red team 43 and the thirty-eighth corpus): "A value that spells its holder's words in another order ...
    // repeats its name". .NET's own field prefixes (`s_` for statics, `m_` for instance fields, `_`) are no words of what the
    // field holds: `s_gateMqttPassword` holds the gate's MQTT password, and "password.mqtt.gate" spells its words.
    [Fact]
    public Task RT44_a_value_spelling_a_prefixed_fields_words_in_another_order_is_iot1006() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Gate
            {
                private static readonly string _plantMqttPassword = "password.mqtt.plant"; // expect: IOT1006
                private static readonly string s_gateMqttPassword = "password.mqtt.gate"; // expect: IOT1006
                private readonly string m_siteWifiPsk = "Psk-Wifi-Site"; // expect: IOT1006
                public static void Open(MqttClient m)
                {
                    m.Connect("plant-1", "plant", _plantMqttPassword);
                    m.Connect("gate-1", "gate", s_gateMqttPassword);
                }
                public bool Join() => WifiNetworkHelper.ConnectDhcp("site", m_siteWifiPsk);
            }
            """);

    // Hard negative for IOT1006. IOT1006: "A word that names nothing of the kind (`"topPassword"`, `"lantern-marsh-secret"`),
    // a digit or a symbol (`"Harbor7Password!"`) makes it a working password (IOT1001)"; only a value that spells its
    // holder's (or the parameter's) words, no more, repeats its name. A year or a number beside the name's words is a
    // working password, in the name's order or another, at a holder and at SNMP#NET's v3 parameters.
    [Fact]
    public Task RT44_working_passwords_holding_the_names_words_and_a_number_stay_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using SnmpSharpNet;
            using uPLibrary.Networking.M2Mqtt;
            public static class Gate
            {
                private const string GateMqttPassword = "Mqtt-Gate-Password-2024"; // expect: IOT1001
                private const string DockMqttPassword = "Dock-Mqtt-Password-2024"; // expect: IOT1001
                private const string DockPassword = "Password7Dock"; // expect: IOT1001
                public static void Open(MqttClient m)
                {
                    m.Connect("gate-1", "gate", GateMqttPassword);
                    m.Connect("dock-1", "dock", DockMqttPassword);
                    m.Connect("dock-2", "dock", DockPassword);
                }
                public static void Poll(SecureAgentParameters secure) =>
                    secure.authPriv("poller", AuthenticationDigests.SHA1, "Auth-Secret-2024", PrivacyProtocols.AES128, "Priv-Secret-2024"); // expect: IOT1001, IOT1001
            }
            """,
            Stubs.SnmpSharpNet);

    // IOT1006: "a template given as a key (`new HMACSHA256(Convert.FromBase64String("[enter sas key]"))`)"; (red team 43 and
    // the thirty-eighth corpus) a value spelling its holder's words in another order repeats its name, "also at a key's sink".
    // IOT1003 lists the key sinks: "`new HMACSHA256(key)`, `aes.Key = ...`, ... `HMACSHA256.HashData(key, data)`", and
    // "`Encoding.GetBytes` of text written in the code". The other key sinks and decodings.
    [Fact]
    public Task RT44_key_templates_spelling_their_holders_words_at_the_other_key_sinks_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Hub
            {
                private const string DevicePrimaryKey = "PRIMARY_KEY_DEVICE"; // expect: IOT1006
                private static readonly string GroupSymmetricKey = "key.symmetric.group"; // expect: IOT1006
                private const string WebhookSigningKey = "Signing Key Webhook"; // expect: IOT1006
                public static byte[] Sign(byte[] data)
                {
                    using var hmac = new HMACSHA256();
                    hmac.Key = Convert.FromBase64String(DevicePrimaryKey);
                    return hmac.ComputeHash(data);
                }
                public static byte[] Derive(string id) => HMACSHA256.HashData(Convert.FromBase64String(GroupSymmetricKey), Encoding.UTF8.GetBytes(id));
                public static byte[] Webhook(byte[] body)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(WebhookSigningKey));
                    return hmac.ComputeHash(body);
                }
            }
            """);

    // ---------- 2. IOT1006: key templates decoded by the callers of the team's key helper (d286509) ----------

    // IOT1006 (red team 43 and the thirty-eighth corpus): "a key template decoded by the callers of the team's key helper
    // (`DeriveKey(Convert.FromBase64String(T), id)` with `new HMACSHA256(masterKey)` inside) is judged there"; accuracy:
    // "the sink pass reads the text each caller decodes for a helper's key-named byte parameter". A caller naming its
    // arguments, one decoding into a local first, and the helper in another class computing `HMACSHA256.HashData`.
    [Fact]
    public Task RT44_key_templates_decoded_by_callers_naming_arguments_using_locals_or_another_classs_helper_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Provisioning
            {
                private const string enrollmentGroupPrimaryKey = "GROUP_ENROLLMENT_PRIMARY_KEY"; // expect: IOT1006
                private const string enrollmentGroupSecondaryKey = "[enter group secondary key]"; // expect: IOT1006
                private const string individualEnrollmentKey = "KEY_ENROLLMENT_INDIVIDUAL"; // expect: IOT1006
                public static string Primary(string registrationId) =>
                    ComputeDerivedSymmetricKey(registrationId: registrationId, masterKey: Convert.FromBase64String(enrollmentGroupPrimaryKey));
                public static string Secondary(string registrationId)
                {
                    var groupKey = Convert.FromBase64String(enrollmentGroupSecondaryKey);
                    return ComputeDerivedSymmetricKey(groupKey, registrationId);
                }
                public static byte[] Individual(string registrationId) => KeyMath.Sign(Convert.FromBase64String(individualEnrollmentKey), registrationId);
                public static string ComputeDerivedSymmetricKey(byte[] masterKey, string registrationId)
                {
                    using var hmac = new HMACSHA256(masterKey);
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                }
            }
            public static class KeyMath
            {
                public static byte[] Sign(byte[] deviceKey, string registrationId) => HMACSHA256.HashData(deviceKey, Encoding.UTF8.GetBytes(registrationId));
            }
            """);

    // Hard negative. IOT1003: "One literal, one rule"; "literal key bytes given to a symmetric cipher or HMAC ... when the key
    // is ... `Convert.FromBase64String` ... of text written in the code" (the brief: a real base64 key through the team's key
    // helper stays IOT1003, one finding however many callers decode it). IOT1006: "Not findings: ... values from
    // configuration or the environment, a placeholder in a symbol that never reaches a sink". Run-time keys given to the
    // helper, and a key template decoded for a helper that only fingerprints it (SHA-256 is no key sink).
    [Fact]
    public Task RT44_a_real_key_through_the_key_helper_is_one_iot1003_and_run_time_or_unkeyed_bytes_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public static class Provisioning
            {
                private const string enrollmentGroupPrimaryKey = "aIWKs9wdLWE5Sgc5HZECGSjGg7D9TbGiYJdnxLCrU1s="; // expect: IOT1003
                public static string DeviceA(string id) => ComputeDerivedSymmetricKey(Convert.FromBase64String(enrollmentGroupPrimaryKey), id);
                public static string DeviceB(string id) => ComputeDerivedSymmetricKey(Convert.FromBase64String(enrollmentGroupPrimaryKey), id + "-b");
                public static string Fresh(string id) => ComputeDerivedSymmetricKey(RandomNumberGenerator.GetBytes(32), id);
                public static string Stored(string id, string path) => ComputeDerivedSymmetricKey(Convert.FromBase64String(File.ReadAllText(path).Trim()), id);
                public static string Passed(byte[] provisionedKey, string id) => ComputeDerivedSymmetricKey(provisionedKey, id);
                public static string Loaded(string id, string path)
                {
                    var loadedKey = Convert.FromBase64String(File.ReadAllText(path).Trim());
                    return ComputeDerivedSymmetricKey(loadedKey, id);
                }
                public static string Rotated(string id, string path)
                {
                    var rotatedKey = Convert.FromBase64String("GROUP_ROTATED_PRIMARY_KEY");
                    rotatedKey = File.ReadAllBytes(path);
                    return ComputeDerivedSymmetricKey(rotatedKey, id);
                }
                public static string ComputeDerivedSymmetricKey(byte[] masterKey, string registrationId)
                {
                    using var hmac = new HMACSHA256(masterKey);
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                }
            }
            public static class Fingerprint
            {
                private const string backupGroupPrimaryKey = "GROUP_BACKUP_PRIMARY_KEY"; // expect: none
                public static string Of() => Thumbprint(Convert.FromBase64String(backupGroupPrimaryKey));
                private static string Thumbprint(byte[] groupKey) => Convert.ToHexString(SHA256.HashData(groupKey));
            }
            """);

    // ---------- 3. SNMP#NET's catalogue (1513af2, d286509) ----------

    // IOT1002: "SNMP's universal communities, `public` and `private`, at a community parameter (... SNMP#NET `SimpleSnmp(peer,
    // port, community)`, `AgentParameters(community)` over its `OctetString`, `SnmpV2Packet(community)`)"; IOT1001 lists
    // "SNMP#NET (`SnmpSharpNet`): the community of `SimpleSnmp` (its constructors and `Community`), `AgentParameters` (through
    // its `OctetString`), `SnmpV1Packet` and `SnmpV2Packet` ... `"public"` and `"private"` are IOT1002", "A local holding SNMP's
    // `OctetString` ... holds its text", and "An SNMP community's name (`community`, ...) is a credential's name for a
    // helper's ... parameter, so what callers ... pass it is followed".
    [Fact]
    public Task RT44_snmp_sharp_net_universal_communities_at_each_community_sink_and_through_locals_and_helpers_are_iot1002() =>
        ExpectComments.AssertAsync(
            """
            using SnmpSharpNet;
            public static class Rack
            {
                private const string ReadCommunity = "public"; // expect: IOT1002
                public static void Poll(string ip)
                {
                    var trap = new SnmpV1Packet("public"); // expect: IOT1002
                    var simple = new SimpleSnmp(ip, ReadCommunity);
                    simple.Community = "private"; // expect: IOT1002
                    var agent = new AgentParameters(new OctetString("private")); // expect: IOT1002
                    var community = new OctetString("public"); // expect: IOT1002
                    var v2 = new AgentParameters(SnmpVersion.Ver2, community);
                    var writer = Walk(ip, "private"); // expect: IOT1002
                }
                private static SimpleSnmp Walk(string host, string community) => new SimpleSnmp(host, 161, community);
            }
            """,
            Stubs.SnmpSharpNet);

    // IOT1001: SNMP#NET's community sinks and "a v3 user's `authSecret` and `privSecret` (`SecureAgentParameters.authNoPriv`/
    // `authPriv`, and the SHA-2 fork's `AuthNoPriv`/`AuthPriv`)"; IOT1006: templates there (red team 12: community
    // templates, `"YOUR_SNMP_COMMUNITY"`), "a value that repeats ... the parameter's name whatever its shape", its words in
    // another order too (red team 43).
    [Fact]
    public Task RT44_snmp_sharp_net_written_communities_and_v3_secrets_are_iot1001_and_their_templates_iot1006() =>
        ExpectComments.AssertAsync(
            """
            using SnmpSharpNet;
            public static class Rack
            {
                public static void Poll(string ip)
                {
                    var reader = new SimpleSnmp(ip, "Rk7-rack.Read-2Qz"); // expect: IOT1001
                    var trap = new SnmpV1Packet("Pk9-rack.Trap-4Vd"); // expect: IOT1001
                    var sample = new SimpleSnmp(ip, 161, "YOUR_SNMP_COMMUNITY"); // expect: IOT1006
                    var secure = new SecureAgentParameters();
                    secure.AuthPriv("poller", AuthenticationDigests.SHA1, "Au8-rack.Sha-4Wx", PrivacyProtocols.AES128, "Pr3-rack.Aes-7Vn"); // expect: IOT1001, IOT1001
                    secure.AuthNoPriv("reader", AuthenticationDigests.MD5, "Rd5-rack.Md5-2Kt"); // expect: IOT1001
                    secure.authPriv("sample", AuthenticationDigests.SHA1, "SECRET_AUTH", PrivacyProtocols.AES128, "secret-priv"); // expect: IOT1006, IOT1006
                    secure.authNoPriv("sample", AuthenticationDigests.MD5, "[auth secret]"); // expect: IOT1006
                }
            }
            """,
            Stubs.SnmpSharpNet);

    // Hard negative. IOT1002: `public` and `private` count "at a community parameter ..., not elsewhere"; IOT1001: "Not
    // findings: ... values from parameters, the environment, `IConfiguration`". Configured communities and v3 secrets, a v3
    // user named "public" (a security name is no community), and an `OctetString("private")` that reaches no manager.
    [Fact]
    public Task RT44_snmp_sharp_net_configured_values_a_v3_user_named_public_and_a_loose_octet_string_stay_quiet() =>
        ExpectComments.AssertAsync(
            """
            using System;
            using System.Collections.Generic;
            using SnmpSharpNet;
            public sealed class RackOptions
            {
                public string Community { get; set; } = "";
                public string AuthSecret { get; set; } = "";
                public string PrivSecret { get; set; } = "";
            }
            public static class Rack
            {
                public static void Poll(string ip, IReadOnlyDictionary<string, string> settings, RackOptions options)
                {
                    var simple = new SimpleSnmp(ip, settings["Snmp:Community"]);
                    simple.Community = Environment.GetEnvironmentVariable("SNMP_COMMUNITY") ?? "";
                    var agent = new AgentParameters(SnmpVersion.Ver2, new OctetString(options.Community));
                    var packet = new SnmpV2Packet(options.Community);
                    var secure = new SecureAgentParameters();
                    secure.AuthPriv("public", AuthenticationDigests.SHA1, options.AuthSecret, PrivacyProtocols.AES128, options.PrivSecret); // expect: none
                    secure.authNoPriv("private", AuthenticationDigests.MD5, settings["Snmp:AuthSecret"]); // expect: none
                    var label = new OctetString("private"); // expect: none
                    Console.WriteLine(label);
                }
            }
            """,
            Stubs.SnmpSharpNet);

    // ---------- 4. IOT3005: second-factor codes (1513af2) ----------

    // IOT3005 (twenty-third session): "a second, two- or multi-factor code (`secondFactor`, `TwoFactorCode`, `MfaCode`) is a
    // security value". Other spellings: a property set from `Random.Shared`, a multi-factor code, a two-factor token, snake case.
    [Fact]
    public Task RT44_two_and_multi_factor_codes_and_tokens_drawn_from_system_random_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Enrollment
            {
                private readonly Random _random = new();
                public string TwoFactorCode { get; private set; } = "";
                public void Start()
                {
                    TwoFactorCode = Random.Shared.Next(0, 1000000).ToString("D6"); // expect: IOT3005
                    var multiFactorCode = _random.Next(100000, 999999); // expect: IOT3005
                    var twoFactorToken = _random.NextInt64().ToString("x16"); // expect: IOT3005
                    var second_factor_code = _random.Next(1000, 9999); // expect: IOT3005
                    Console.WriteLine(multiFactorCode + twoFactorToken.Length + second_factor_code);
                }
            }
            """);

    // Hard negative. IOT3005 (twenty-third session): "\"factor\" alone (`scaleFactor`, `smoothingFactor`) is not"; (seventeenth)
    // "Its counter (an HOTP's moving factor) ... and other addressee or timing members are no code"; (eighteenth) "timing
    // members in any unit (`ValidityHours`, `ResendDelay`, `IssuedAt`, `RetryWindow`) are no code". A meter simulator's power
    // factor and per-second factor, a moving factor, and a login simulator's MFA switch and two-factor expiry in minutes.
    [Fact]
    public Task RT44_power_per_second_and_moving_factors_an_mfa_switch_and_a_two_factor_expiry_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class MeterSimulator
            {
                private readonly Random _random = new();
                public double Step(double flow)
                {
                    var powerFactor = 0.85 + _random.NextDouble() * 0.1; // expect: none
                    var flowPerSecondFactor = 1.0 + _random.NextDouble() / 100; // expect: none
                    var movingFactor = _random.Next(0, 10); // expect: none
                    return flow * powerFactor * flowPerSecondFactor + movingFactor;
                }
            }
            public sealed class LoginSimulator
            {
                private readonly Random _random = new();
                public (bool Mfa, int Expiry) NextUser()
                {
                    var mfaEnabled = _random.Next(0, 2) == 1; // expect: none
                    var twoFactorExpiryMinutes = _random.Next(5, 16); // expect: none
                    return (mfaEnabled, twoFactorExpiryMinutes);
                }
            }
            """);

    // ---------- 5. IOT1004: a salt kept secret (1513af2) ----------

    // IOT1004 (twenty-third session): "a salt kept secret under a secret's name, `secret` its last word (`Salt_Secret`,
    // `SaltSecret`: a pepper, DPAPI's optional entropy), is a secret"; "A string field, property or local whose name says it
    // holds a secret". The same name as a constant in upper case, a device's salt secret, a snake-case property and a local.
    [Fact]
    public Task RT44_salts_kept_secret_in_other_spellings_and_holders_are_iot1004() =>
        ExpectComments.AssertAsync("""
            using System.Linq;
            using System.Text;
            public static class Vault
            {
                public const string SALT_SECRET = "Wq8Zt3Lm5Xv9Kp2Rb7Nc4Hd6"; // expect: IOT1004
                private static readonly string DeviceSaltSecret = "Jf4Vn8Qx2Tm6Lz9Wc3Rb5Yk7"; // expect: IOT1004
                public static string salt_secret { get; } = "Pb6Hx3Kw9Mz2Vq5Lt8Rn4Cd7"; // expect: IOT1004
                public static byte[] Entropy()
                {
                    var saltSecret = "Gs2Ky7Wv4Nq9Tx3Lm8Hb5Zr6"; // expect: IOT1004
                    return Encoding.UTF8.GetBytes(saltSecret + DeviceSaltSecret + SALT_SECRET + salt_secret).Reverse().ToArray();
                }
            }
            """);

    // Hard negative. IOT1004 (twenty-third session): "`PasswordSalt` and `SecretSalt` are salts, stored beside what they
    // salt". A Wi-Fi password's salt, a client secret's salt, a token's salt, and `SECRET_SALT` in upper case.
    [Fact]
    public Task RT44_salts_of_passwords_secrets_and_tokens_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Hashing
            {
                public static string WifiPasswordSalt { get; } = "Tk5Rw8Zq3Mv6Lx9Pb2Hn7Cd4"; // expect: none
                public static string ClientSecretSalt { get; } = "Yh3Nb7Wq2Kx9Tm5Lz8Rv4Pc6"; // expect: none
                private const string TokenSalt = "Fm9Qw4Zx7Lk2Vb5Rt8Nh3Cj6"; // expect: none
                public const string SECRET_SALT = "Ub8Kc3Wn6Zq2Tv9Lx4Rm7Hp5"; // expect: none
                public static int Length => TokenSalt.Length;
            }
            """);

    // ---------- 6. IOT1006: templates "sent whole" (1281198, 8583fca) ----------

    // IOT1006 (red team 43): "sent whole" also follows "a request or `Uri` made from it and held by a local that is sent". The
    // request held by a `using` statement (not a declaration), made target-typed (`HttpRequestMessage request = new(...)`),
    // and made by an object initializer whose `RequestUri` is a `Uri` of the hook.
    [Fact]
    public Task RT44_hook_urls_sent_through_a_using_statement_a_target_typed_request_or_an_initializer_uri_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Relay
            {
                private const string HookUrl = "https://hooks.relay.example/in?token=YOUR_RELAY_TOKEN"; // expect: IOT1006
                private const string StatusUrl = "https://hooks.relay.example/status?token=YOUR_RELAY_TOKEN"; // expect: IOT1006
                private const string PingUrl = "https://hooks.relay.example/ping?token=YOUR_RELAY_TOKEN"; // expect: IOT1006
                public static Task<HttpResponseMessage> Post(HttpClient http, string token, string body) =>
                    http.PostAsync(HookUrl.Replace("YOUR_RELAY_TOKEN", token), new StringContent(body));
                public static Task<string> Status(HttpClient http, string token) => http.GetStringAsync(StatusUrl.Replace("YOUR_RELAY_TOKEN", token));
                public static Task<string> Ping(HttpClient http, string token) => http.GetStringAsync(PingUrl.Replace("YOUR_RELAY_TOKEN", token));
                public static async Task<bool> Health(HttpClient http)
                {
                    using (var request = new HttpRequestMessage(HttpMethod.Head, HookUrl))
                    {
                        using var response = await http.SendAsync(request);
                        return response.IsSuccessStatusCode;
                    }
                }
                public static async Task<bool> StatusProbe(HttpClient http)
                {
                    HttpRequestMessage request = new(HttpMethod.Get, StatusUrl);
                    using var response = await http.SendAsync(request);
                    return response.IsSuccessStatusCode;
                }
                public static async Task<bool> PingProbe(HttpClient http)
                {
                    var request = new HttpRequestMessage { Method = HttpMethod.Get, RequestUri = new Uri(PingUrl) };
                    using var response = await http.SendAsync(request);
                    return response.IsSuccessStatusCode;
                }
            }
            """);

    // IOT1006 (red team 43): "sent whole" also follows "an init script's array iterated and written line by line"; "A
    // template filled on one path and also passed whole to a call on another ... is sent as written there: a placeholder". The
    // script array held by a local and by a static field, iterated and written to the port.
    [Fact(Skip = "Not yet: an init script's array is followed only when it is made in the foreach itself, not held by a local or field first.")]
    public Task RT44_templates_in_init_script_arrays_held_by_a_local_or_a_field_and_iterated_are_iot1006() =>
        ExpectComments.AssertAsync(""""
            using System.IO.Ports;
            public static class Bg96
            {
                private const string CgauthTemplate = "AT+CGAUTH=1,1,\"iot\",\"<apn-password>\""; // expect: IOT1006
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\""; // expect: IOT1006
                private static readonly string[] FactoryScript = { "ATE0", "AT+CMEE=2", CpinTemplate, "AT+CGATT=1" };
                public static void Attach(SerialPort port, string password, string pin)
                {
                    port.WriteLine(CpinTemplate.Replace("<sim-pin>", pin));
                    port.WriteLine(CgauthTemplate.Replace("<apn-password>", password));
                }
                public static void Bench(SerialPort port)
                {
                    var script = new[] { "ATE0", CgauthTemplate, "AT+CGATT=1" };
                    foreach (var command in script)
                        port.WriteLine(command);
                }
                public static void Factory(SerialPort port)
                {
                    foreach (var command in FactoryScript)
                        port.WriteLine(command);
                }
            }
            """", SerialPortStub);

    // IOT1006 (red team 43): "sent whole" also follows "a helper that returns it whole on one path (`CpinLine(pin) => pin is
    // null ? T : T.Replace(...)`)" and (twenty-third session) "a local then given to a call (`var line = T;
    // port.WriteLine(line);`)". The helper's result held by a local first, a helper called with its optional arguments left
    // out, and a local function as the helper.
    [Fact(Skip = "Not yet: a template returned whole by a helper is followed only to the helper's direct calls with all arguments written, in a method (not a local function, not through a local holding the result).")]
    public Task RT44_templates_returned_whole_by_helpers_held_by_locals_called_with_defaults_or_local_functions_are_iot1006() =>
        ExpectComments.AssertAsync(""""
            using System.IO.Ports;
            public static class SimUnlock
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\""; // expect: IOT1006
                private const string CpwdTemplate = "AT+CPWD=\"SC\",\"<old-pin>\",\"<new-pin>\""; // expect: IOT1006
                private const string JoinTemplate = "AT+CWJAP=\"plant\",\"[wifi password]\""; // expect: IOT1006
                private static string CpinLine(string? pin) => pin is null ? CpinTemplate : CpinTemplate.Replace("<sim-pin>", pin);
                private static string CpwdLine(string? oldPin = null, string? newPin = null) =>
                    oldPin is null || newPin is null ? CpwdTemplate : CpwdTemplate.Replace("<old-pin>", oldPin).Replace("<new-pin>", newPin);
                public static void Unlock(SerialPort port, string? pin)
                {
                    var line = CpinLine(pin);
                    port.WriteLine(line);
                }
                public static void ProbeChange(SerialPort port) => port.WriteLine(CpwdLine());
                public static void Change(SerialPort port, string oldPin, string newPin) =>
                    port.WriteLine(CpwdTemplate.Replace("<old-pin>", oldPin).Replace("<new-pin>", newPin));
                public static void Join(SerialPort port, string? psk)
                {
                    string JoinLine() => psk is null ? JoinTemplate : JoinTemplate.Replace("[wifi password]", psk);
                    port.WriteLine(JoinLine());
                }
            }
            """", SerialPortStub);

    // IOT1006 (red team 43): "a command object held by a local and only written out" is sent whole; (twenty-third session)
    // "passed whole" follows "a concatenation (`T + "\r\n"`)". The command made target-typed into a local, and one written out
    // by concatenating it with the line end.
    [Fact]
    public Task RT44_command_objects_held_target_typed_or_concatenated_when_written_out_are_iot1006() =>
        ExpectComments.AssertAsync(""""
            using System.IO.Ports;
            public static class Sim
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\""; // expect: IOT1006
                private const string CgauthTemplate = "AT+CGAUTH=1,1,\"iot\",\"<apn-password>\""; // expect: IOT1006
                public static void Unlock(SerialPort port, string pin) => port.WriteLine(new AtCommand(CpinTemplate).Set("<sim-pin>", pin).ToString());
                public static void Auth(SerialPort port, string password) => port.WriteLine(new AtCommand(CgauthTemplate).Set("<apn-password>", password).ToString());
                public static void Probe(SerialPort port)
                {
                    AtCommand command = new(CpinTemplate);
                    port.WriteLine(command.ToString());
                }
                public static void ProbeAuth(SerialPort port)
                {
                    var command = new AtCommand(CgauthTemplate);
                    port.Write(command + "\r\n");
                }
            }
            """", AtCommandType, SerialPortStub);

    // IOT1006 (red team 43): "sent whole" follows "a switch expression's arm" and (twenty-third session) "a local then given to
    // a call"; "An appended placeholder query may be interpolated", and IOT1001 reads "a query appended by interpolating the
    // URL local into itself (`url = $"{url}?api_key=..."`)". A switch expression held by a local, and a placeholder query
    // appended by interpolating the URL into itself, both then sent.
    [Fact]
    public Task RT44_a_switch_expression_held_by_a_local_and_a_placeholder_query_interpolated_into_the_url_are_iot1006() =>
        ExpectComments.AssertAsync(""""
            using System.IO.Ports;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Tank
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\""; // expect: IOT1006
                public static void Unlock(SerialPort port, string? pin)
                {
                    var line = pin switch { null => CpinTemplate, _ => CpinTemplate.Replace("<sim-pin>", pin) };
                    port.WriteLine(line);
                }
                public static Task<string> Feed(HttpClient http, double level)
                {
                    var url = "https://api.thingspeak.example/update";
                    url = $"{url}?api_key=YOUR_API_KEY&field1={level}"; // expect: IOT1006
                    return http.GetStringAsync(url);
                }
            }
            """", SerialPortStub);

    // Hard negative. IOT1006 (red team 40): "A template tidied before it is filled (`CgauthTemplate.Trim().Replace(...)`) ...
    // is no placeholder"; (red team 43) "A template copied to a local that the code fills (`var line = T; line =
    // line.Replace(...)`) is a template"; (twentieth session) "a modem command held whole in a constant that the code fills in
    // before sending it ... is a template". A copy tidied then filled, and two templates picked by the team's helper and
    // filled by its caller.
    [Fact]
    public Task RT44_a_copy_tidied_then_filled_and_templates_picked_by_a_helper_and_filled_by_the_caller_stay_quiet() =>
        ExpectComments.AssertAsync(""""
            using System.IO.Ports;
            public static class Sim
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r"; // expect: none
                private const string JoinTemplateLab = "AT+CWJAP=\"lab\",\"[wifi password]\""; // expect: none
                private const string JoinTemplatePlant = "AT+CWJAP=\"plant\",\"[wifi password]\""; // expect: none
                public static void Unlock(SerialPort port, string pin)
                {
                    var line = CpinTemplate;
                    line = line.Trim().Replace("<sim-pin>", pin);
                    port.WriteLine(line);
                }
                private static string JoinTemplateFor(bool lab) => lab ? JoinTemplateLab : JoinTemplatePlant;
                public static void Join(SerialPort port, bool lab, string psk) => port.WriteLine(JoinTemplateFor(lab).Replace("[wifi password]", psk));
            }
            """", SerialPortStub);

    // Hard negative. IOT1006 (red team 40): a template "given to the team's own command type that keeps it and fills it
    // (`new AtCommand(template).Set(hole, value)` ...) is no placeholder"; (twenty-first session) it is no placeholder "when the
    // team's own helper fills its parameter"; the code's note: "A read that calls another member (`command.Set(hole, value)`)
    // may fill it". The command held by a local is handed to the team's helper that sets the PIN, then written out.
    [Fact(Skip = "Not yet: a command object held by a local and given to the team's helper that fills it (Apply(command, pin) => command.Set(...)) is taken as sent whole; a helper's fills of an object parameter are not read (only of a string parameter).")]
    public Task RT44_a_command_local_filled_by_the_teams_helper_before_it_is_written_out_stays_quiet() =>
        ExpectComments.AssertAsync(""""
            using System.IO.Ports;
            public static class Sim
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\""; // expect: none
                private static void Apply(AtCommand command, string pin) => command.Set("<sim-pin>", pin);
                public static void Unlock(SerialPort port, string pin)
                {
                    var command = new AtCommand(CpinTemplate);
                    Apply(command, pin);
                    port.WriteLine(command.ToString());
                }
            }
            """", AtCommandType, SerialPortStub);

    // Hard negative. IOT1006 (twenty-third session): "a name spelled as the holder that refers to something else where it is
    // written (a parameter, a lambda's parameter, another local; ...) is not the holder"; (red team 43) "an instance's member of
    // the constant's name (`saved.JoinTemplate`) is not the constant". A nested profile type's own property read by its bare
    // name, and another method's local of the constant's name declared first and given a saved command.
    [Fact]
    public Task RT44_filled_templates_beside_a_nested_types_property_or_a_declared_first_local_of_their_name_stay_quiet() =>
        ExpectComments.AssertAsync(""""
            using System.IO.Ports;
            public sealed class SavedModem { public string Read(string key) => key; }
            public static class Esp
            {
                private const string JoinTemplate = "AT+CWJAP=\"plant\",\"[wifi password]\""; // expect: none
                private const string cpinCommand = "AT+CPIN=\"<sim-pin>\""; // expect: none
                public static void Join(SerialPort port, string psk) => port.WriteLine(JoinTemplate.Replace("[wifi password]", psk));
                public static void Unlock(SerialPort port, string pin) => port.WriteLine(cpinCommand.Replace("<sim-pin>", pin));
                public static void Replay(SerialPort port, SavedModem saved)
                {
                    string cpinCommand;
                    cpinCommand = saved.Read("cpin");
                    port.WriteLine(cpinCommand);
                }
                public sealed class Profile
                {
                    public string JoinTemplate { get; set; } = "";
                    public void Replay(SerialPort port) => port.WriteLine(JoinTemplate);
                }
            }
            """", SerialPortStub);

    // Hard negative. IOT1006 (red team 43): "top-level statements read their locals across the file's statements"; (twenty-first
    // session) a template is no placeholder sent as written "when the team's own helper fills its parameter (`Fill(CpinTemplate,
    // pin)` with `Fill(t, p) => t.Replace("<pin>", p)`)". A program of top-level statements whose helper is a local function
    // of them; a class below has its own field of the local's name.
    [Fact]
    public Task RT44_a_top_level_template_filled_by_a_top_level_local_function_stays_quiet() =>
        ExpectComments.AssertExecutableAsync(System.Array.Empty<string>(), """"
            using System;
            var port = new ModemPort();
            var pin = Environment.GetEnvironmentVariable("SIM_PIN") ?? "";
            var cpin = "AT+CPIN=\"<sim-pin>\""; // expect: none
            port.WriteLine(Fill(cpin, pin));
            new Bench().Probe(port);
            static string Fill(string template, string value) => template.Replace("<sim-pin>", value);
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class Bench
            {
                private readonly string cpin = "AT+CPIN?";
                public void Probe(ModemPort port) => port.WriteLine(cpin);
            }
            """");

    // ---------- 7. IOT1001: dead writes (1281198) ----------

    // IOT1001 (red team 43): "a local function or delegate local that reads the local counts when it is named between the
    // writes in any way"; (twenty-third session) "anything that may read it in between keeps it: ... a call of a local function
    // or a delegate local that names it". A delegate local given its lambda after its declaration (on an if's branches), one
    // made by `new Action(Open)`, and (a statement that may leave the block) a `goto` out of a nested loop; a value the `try`
    // may fail to replace stays the fallback.
    [Fact(Skip = "Not yet: a delegate local assigned after its declaration (on branches) or made by new Action(Open) is not known as a reader of the local.")]
    public Task RT44_written_values_read_by_delegates_assigned_later_or_made_by_new_or_kept_past_a_goto_or_a_try_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                public static void Rotate(MqttClient m, bool wired)
                {
                    string password;
                    password = Environment.GetEnvironmentVariable("DOCK_PW") ?? "";
                    Action open;
                    if (wired) open = () => m.Connect("dock-41", "dock", password);
                    else open = () => Console.WriteLine("dock offline");
                    password = "Dq5!dock-Wv8Lt"; // expect: IOT1001
                    open();
                    password = File.ReadAllText("/etc/dock/rotated.pw").Trim();
                    open();
                }
                public static void Retry(MqttClient m)
                {
                    string password;
                    void Open() => m.Connect("dock-42", "dock", password);
                    password = Environment.GetEnvironmentVariable("DOCK_PW") ?? "";
                    var action = new Action(Open);
                    password = "Dn3!dock-Hx6Rz"; // expect: IOT1001
                    action();
                    password = File.ReadAllText("/etc/dock/rotated.pw").Trim();
                    action();
                }
                public static void Probe(MqttClient m, string[] modems)
                {
                    string password;
                    password = "Gt6!dock-Rw3Lq"; // expect: IOT1001
                    foreach (var modem in modems)
                    {
                        if (modem == "offline") goto connect;
                    }
                    password = File.ReadAllText("/etc/dock/mqtt.pw").Trim();
                    connect:
                    m.Connect("dock-43", "dock", password);
                }
                public static void Fallback(MqttClient m)
                {
                    string password;
                    password = "Tf9!dock-Kx2Vm"; // expect: IOT1001
                    try { password = File.ReadAllText("/etc/dock/mqtt.pw").Trim(); }
                    catch (IOException) { Console.WriteLine("using the bench password"); }
                    m.Connect("dock-44", "dock", password);
                }
            }
            """);

    // Hard negative for IOT1001. IOT1001 (twenty-third session): "a written value that a later statement of the same block
    // replaces before anything reads it ... is no alternative at the sink (its secret name still gives IOT1004)"; what keeps it
    // is "a call of a local function or a delegate local that names it" (red team 43: "when it is named between the writes").
    // Between the writes a lambda is only made and a local function only declared; both run after the replacing write.
    [Fact]
    public Task RT44_values_replaced_after_a_lambda_is_made_or_a_local_function_declared_but_not_called_are_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                public static void Callback(MqttClient m)
                {
                    string password;
                    password = "Cb4!dock-Tq7Wx"; // expect: IOT1004
                    Action open = () => m.Connect("dock-45", "dock", password);
                    password = File.ReadAllText("/etc/dock/mqtt.pw").Trim();
                    open();
                }
                public static void Declared(MqttClient m)
                {
                    string password;
                    password = "Ld8!dock-Vz2Qm"; // expect: IOT1004
                    void Open() => m.Connect("dock-46", "dock", password);
                    password = File.ReadAllText("/etc/dock/mqtt.pw").Trim();
                    Open();
                }
            }
            """);

    // Hard negative for IOT1001. IOT1001 (red team 43): "`nameof(password)` and another object's `stored.password` are no
    // reads"; (twenty-third session) a value replaced "before anything reads it" is no alternative "(its secret name still gives
    // IOT1004)", "anything that may read it in between keeps it". Between the writes the name is only a named argument's label,
    // another object's member set in an initializer, or the target of another write.
    [Fact]
    public Task RT44_values_replaced_after_a_named_argument_an_initializer_member_or_another_write_of_the_name_are_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class AuditEntry { public string user = ""; public string password = ""; }
            public static class Audit
            {
                public static void Record(string user, string password) { }
                public static void Write(AuditEntry entry) { }
            }
            public static class Dock
            {
                public static void Named(MqttClient m)
                {
                    string password;
                    password = "Na5!dock-Kw2Rt"; // expect: IOT1004
                    Audit.Record(user: "dock-47", password: "********");
                    password = File.ReadAllText("/etc/dock/mqtt.pw").Trim();
                    m.Connect("dock-47", "dock", password);
                }
                public static void Initialized(MqttClient m)
                {
                    string password;
                    password = "In7!dock-Hq4Vx"; // expect: IOT1004
                    Audit.Write(new AuditEntry { user = "dock-48", password = "********" });
                    password = File.ReadAllText("/etc/dock/mqtt.pw").Trim();
                    m.Connect("dock-48", "dock", password);
                }
                public static void Backup(MqttClient m)
                {
                    string password;
                    password = "Bu3!dock-Zt8Wk"; // expect: IOT1004
                    if (File.Exists("/etc/dock/mqtt.pw.bak")) password = File.ReadAllText("/etc/dock/mqtt.pw.bak").Trim();
                    password = File.ReadAllText("/etc/dock/mqtt.pw").Trim();
                    m.Connect("dock-49", "dock", password);
                }
            }
            """);

    // ---------- 8. IOT1001: lambda results, static fields, url = $"{url}..." (8583fca) ----------

    // IOT1001 (red team 43): "A lambda held by a local is followed when its result is held by a local first (`var password =
    // load();`, `await load().ConfigureAwait(false)`)"; (twenty-third session) "A lambda held by a local with several returns
    // gives each". Its result held through `Invoke()`, and awaited and trimmed into a typed local.
    [Fact]
    public Task RT44_lambda_results_held_through_invoke_or_awaited_and_trimmed_into_locals_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Oven
            {
                public static void Invoked(MqttClient m)
                {
                    Func<string> load = () =>
                    {
                        if (File.Exists("/etc/oven/mqtt.pw")) return File.ReadAllText("/etc/oven/mqtt.pw").Trim();
                        return "Iv4!oven-Tq8Lw"; // expect: IOT1001
                    };
                    var password = load.Invoke();
                    m.Connect("oven-6", "oven", password);
                }
                public static async Task Trimmed(MqttClient m)
                {
                    Func<Task<string>> load = async () =>
                    {
                        try { return await File.ReadAllTextAsync("/etc/oven/mqtt.pw"); }
                        catch (IOException) { return "Tr2!oven-Wz6Kq"; } // expect: IOT1001
                    };
                    string password = (await load()).Trim();
                    m.Connect("oven-7", "oven", password);
                }
                public static void Tidied(MqttClient m)
                {
                    Func<string> pick = () =>
                    {
                        if (File.Exists("/etc/oven/spare.pw")) return File.ReadAllText("/etc/oven/spare.pw");
                        return "Sp5!oven-Lq2Wx"; // expect: IOT1001
                    };
                    var spare = pick().TrimEnd();
                    m.Connect("oven-10", "oven", spare);
                }
            }
            """);

    // Hard negative for IOT1001 (twenty-fourth session: a lambda's choices read through a trim). "Not findings: ... values
    // from parameters, the environment, `IConfiguration`, a vault or a file": the lambda's returns are all run-time values
    // or empty, trimmed on the way into the local.
    [Fact]
    public Task RT44_lambda_results_trimmed_into_locals_with_run_time_returns_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Oven
            {
                public static async Task Trimmed(MqttClient m, string fallback)
                {
                    Func<Task<string>> load = async () =>
                    {
                        try { return await File.ReadAllTextAsync("/etc/oven/mqtt.pw"); }
                        catch (IOException) { return Environment.GetEnvironmentVariable("OVEN_MQTT_PASSWORD") ?? ""; }
                    };
                    string password = (await load()).Trim();
                    m.Connect("oven-8", "oven", password);
                    Func<string> pick = () =>
                    {
                        if (File.Exists("/etc/oven/spare.pw")) return File.ReadAllText("/etc/oven/spare.pw");
                        return fallback;
                    };
                    var spare = pick().TrimEnd();
                    m.Connect("oven-9", "oven", spare);
                }
            }
            """);

    // IOT1001 (red team 43): "A static field given its value through its type's name by its constructor (`Kiln.s_psk =
    // "..."`) is followed"; "a `Secrets` class in another file". A Secrets class's block-bodied static constructor giving two
    // fields through its name, read from another file, and a type's name written with its namespace.
    [Fact]
    public Task RT44_static_fields_given_through_the_type_name_in_block_bodied_or_namespace_qualified_constructors_are_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using nanoFramework.Networking;
            public static class Secrets
            {
                public static readonly string WifiPsk;
                public static readonly string MqttPassword;
                static Secrets()
                {
                    Secrets.WifiPsk = "Sw4#yard-Qm8Vt"; // expect: IOT1001
                    Secrets.MqttPassword = "Sm7!yard-Kx3Lz"; // expect: IOT1001
                }
            }
            namespace Plant
            {
                public sealed class Kiln
                {
                    private static readonly string s_psk;
                    static Kiln() { Plant.Kiln.s_psk = "Kq2#kiln-Tv9Wx"; } // expect: IOT1001
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
                }
                public sealed class Furnace
                {
                    private static readonly string s_psk;
                    static Furnace() { global::Plant.Furnace.s_psk = "Fz8#furn-Qw3Lp"; } // expect: IOT1001
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("furnace", s_psk);
                }
            }
            """,
            """
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Yard
            {
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("yard", Secrets.WifiPsk);
                public static void Open(MqttClient m) => m.Connect("yard-2", "yard", Secrets.MqttPassword);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file". Static fields given run-time values through the type's name by its static constructor, and a public static field
    // of another type given a configured value by this one's.
    [Fact]
    public Task RT44_static_fields_given_run_time_values_through_the_type_name_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Oven
            {
                public static string s_psk = "";
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("oven", s_psk);
            }
            public sealed class Kiln
            {
                private static readonly string s_psk;
                private static readonly string s_password;
                static Kiln()
                {
                    Kiln.s_psk = Environment.GetEnvironmentVariable("KILN_PSK") ?? "";
                    Kiln.s_password = File.Exists("/etc/kiln/mqtt.pw") ? File.ReadAllText("/etc/kiln/mqtt.pw").Trim() : "";
                    Oven.s_psk = Environment.GetEnvironmentVariable("OVEN_PSK") ?? "";
                }
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("kiln", s_psk);
                public static void Open(MqttClient m) => m.Connect("kiln-2", "kiln", s_password);
            }
            namespace Plant
            {
                public sealed class Dryer
                {
                    private static readonly string s_psk;
                    static Dryer() { Plant.Dryer.s_psk = Environment.GetEnvironmentVariable("DRYER_PSK") ?? ""; }
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("dryer", s_psk);
                }
                public sealed class Press
                {
                    private static readonly string s_psk;
                    static Press() { global::Plant.Press.s_psk = File.ReadAllText("/etc/press/psk").Trim(); }
                    public static bool Join() => WifiNetworkHelper.ConnectDhcp("press", s_psk);
                }
            }
            """);

    // IOT1001 (red team 43): "so is a query appended by interpolating the URL local into itself (`url = $"{url}?api_key=..."`)";
    // (twenty-second session) "A URL's query appended to what a string local holds ... is read as a query". A field through
    // `this.` in a constructor, a second query pair (`&api_key=`) after the reading, and a key held in a constant.
    [Fact]
    public Task RT44_queries_appended_by_interpolating_a_field_or_a_local_into_itself_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Uplink
            {
                private string _url = "https://api.openweathermap.example/data/2.5/weather";
                public Uplink()
                {
                    this._url = $"{this._url}?appid=4f7c2a9e1b8d3f6a0c5e7b2d9a1f4c8e"; // expect: IOT1001
                }
                public Task<string> Now(HttpClient http, string city) => http.GetStringAsync(_url + "&q=" + city);
            }
            public static class Tank
            {
                private const string WriteKey = "QX7V2MT9KL4RZ8WB"; // expect: IOT1001
                public static Task<string> Feed(HttpClient http, double level)
                {
                    var url = "https://api.thingspeak.example/update?field1=" + level;
                    url = $"{url}&api_key=PL4RT7YH2NC6GD9K"; // expect: IOT1001
                    return http.GetStringAsync(url);
                }
                public static Task<string> Level(HttpClient http, double level)
                {
                    var url = "https://api.thingspeak.example/update";
                    url = $"{url}?api_key={WriteKey}&field2={level}";
                    return http.GetStringAsync(url);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`"; IOT1004:
    // "continuation, page, idempotency and push tokens are identifiers"; "A redacted copy (`"***"`, `"[redacted]"`) is no
    // value"; IOT1006 (twenty-third session): an appended placeholder query "the code fills in afterwards (`url.Replace(...)`,
    // ...) is a template". The same interpolated appends with a configured key, a page token, a mask and a filled placeholder.
    [Fact]
    public Task RT44_queries_interpolated_into_the_url_with_run_time_keys_page_tokens_masks_or_filled_placeholders_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Fleet
            {
                public static Task<string> Keyed(HttpClient http, IReadOnlyDictionary<string, string> cfg)
                {
                    var url = "https://api.thingspeak.example/update";
                    url = $"{url}?api_key={Uri.EscapeDataString(cfg["ThingSpeak:WriteKey"])}";
                    return http.GetStringAsync(url);
                }
                public static Task<string> Page(HttpClient http)
                {
                    var url = "https://api.fleet.example/v1/devices";
                    url = $"{url}?pageToken=CAEQARoMCgoyMDI0LTAy"; // expect: none
                    return http.GetStringAsync(url);
                }
                public static Task<string> Masked(HttpClient http)
                {
                    var url = "https://api.thingspeak.example/update";
                    url = $"{url}?api_key=****************"; // expect: none
                    return http.GetStringAsync(url);
                }
                public static Task<string> Filled(HttpClient http, string key)
                {
                    var url = "https://api.thingspeak.example/update";
                    url = $"{url}?api_key=YOUR_API_KEY"; // expect: none
                    return http.GetStringAsync(url.Replace("YOUR_API_KEY", key));
                }
            }
            """);

    // ---------- 9. crashes and cost ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed,
    // recursive and pathological forms of this session's shapes: key helpers calling themselves and each other, SNMP#NET
    // calls cut short, helpers and local functions returning each other, lambdas returning themselves, values that split into
    // no words.
    [Fact]
    public Task RT44_no_analyzer_throws_on_half_typed_recursive_and_pathological_forms_of_the_shapes()
    {
        var manyWords = new StringBuilder("using uPLibrary.Networking.M2Mqtt; static class W { const string ");
        var name = string.Concat(Enumerable.Range(0, 400).Select(i => $"Word{i}"));
        manyWords.Append(name).Append("Password = \"");
        manyWords.Append(string.Join("_", Enumerable.Range(0, 400).Reverse().Select(i => $"WORD{i}"))).Append("_PASSWORD\"; static void A(MqttClient m) => m.Connect(\"a\", \"b\", ").Append(name).Append("Password); }");

        return AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""using System; using System.Security.Cryptography; static class P { const string enrollmentGroupPrimaryKey = "GROUP_ENROLLMENT_PRIMARY_KEY"; const string k2 = "___"; const string k3 = ""; const string k4 = "--..--"; static string A(string id) => D(Convert.FromBase64String(enrollmentGroupPrimaryKey), ); static string B(string id) => D(masterKey: Convert.FromBase64String(), registrationId: id); static string C() => D(Convert.FromBase64String(k2 + k3 + k4), null!); static string D(byte[] masterKey, string registrationId) { using var h = new HMACSHA256(masterKey); return D(masterKey, registrationId); } static byte[] E(byte[] aKey) => F(aKey); static byte[] F(byte[] bKey) => E(bKey) ?? new HMACSHA256(bKey).Key; static void G(byte[] ) { new HMACSHA256(); } static void H(byte[] groupKey) => new HMACSHA256(groupKey; static void I(params byte[] masterKey) => new HMACSHA256(masterKey); static void J() => I(Convert.FromBase64String(k2), Convert.FromBase64String(enrollmentGroupPrimaryKey)); static byte[] K(byte[] masterKey) { masterKey = K(masterKey); return HMACSHA256.HashData(masterKey, masterKey); } }""", null),
            ("""using System; using SnmpSharpNet; static class S { const string c = ; static void A(string ip) { var s = new SimpleSnmp(ip, ); s.Community = ; new AgentParameters(new OctetString()); new SnmpV1Packet("pub" + ); var sec = new SecureAgentParameters(); sec.authPriv("u", , "SECRET_AUTH", PrivacyProtocols., ); sec.AuthNoPriv(); Poll(ip, "public"); new SnmpV2Packet(c ?? c); new AgentParameters(SnmpVersion.Ver2, new OctetString(Poll(ip, "private").Community)); } static SimpleSnmp Poll(string h, string community) => Poll(h, community); }""", new[] { Stubs.SnmpSharpNet }),
            (""""using System; sealed class ModemPort { public void WriteLine(string t) { } } sealed class AtCommand { readonly string _t; public AtCommand(string t) => _t = t; public AtCommand Set(string h, string v) => new AtCommand(_t.Replace(h, v)); public override string ToString() => _t; } static class R { const string T = "AT+CPIN=\"<sim-pin>\""; static readonly string[] Script = { T, Script[0], }; static string L1(string? p) => p is null ? T : L2(p); static string L2(string? p) => p is null ? L1(p) : T.Replace("<sim-pin>", p); static string L3(string? p) { if (p is null) return L3(p); return T; } static string L4(string? p = null, params string[] more) => p is null ? T : L4(p, more); static void A(ModemPort port, string? pin) { port.WriteLine(L1(pin)); var line = L3(pin); port.WriteLine(line); string J() => K(); string K() => J(); port.WriteLine(J()); Func<Func<string>> self = null!; self = () => () => self()(); Func<object> me = null!; me = () => me; port.WriteLine(self()()); foreach (var c in new[] { T, L1(pin), }) port.WriteLine(c); var script = new[] { T }; foreach (var c in script) foreach (var d in script) port.WriteLine(c + d); foreach (var c in Script) port.WriteLine(c); AtCommand cmd = new(T); port.WriteLine(cmd + ); var cmd2 = new AtCommand(T); F(cmd2); port.WriteLine($"{cmd2}"); port.WriteLine(L4()); using (var x = new AtCommand(T)) { } var line2 = pin switch { null => T, _ => }; port.WriteLine(line2); } static void F(AtCommand c) => F(c); }"""", null),
            ("""using System; using System.IO; using uPLibrary.Networking.M2Mqtt; class E { public string password = ""; } static class D { static void Audit(string user, string password) { } static void A(MqttClient m) { string password; Action open; open = () => m.Connect("a", "b", password); password = "x"; open(; password = File.ReadAllText(; var act = new Action(); password = ; void F0() => F1(); void F1() => F0(); F0(); Audit(password: , user: ); new E { password = }; if (true) password = ; goto ; password = "y"; Action self = null!; self = () => self(); self(); password = "z"; m.Connect("a","b", password); } }""", null),
            (""""using System; public partial class Kiln { static readonly string s_psk; static Kiln() { Kiln. = "x"; Plant.Kiln.s_psk = ; global::Kiln.s_psk = "y"; Kiln.s_psk = Kiln.s_psk; } } namespace Plant { class Kiln { public static string s_psk = ""; static Kiln() { Plant.Kiln.s_psk = Plant.Kiln.s_psk + Kiln.s_psk; } } } static class U { static void A(System.Net.Http.HttpClient h) { var url = "https://x"; url = $"{url}?api_key={; url = $"{url.TrimEnd(}?api_key=K"; url = $"{}?api_key=x"; url = $"{url}{url}"; url = $"{url}"; url = $$"""{{url}}?api_key=Q7XK2M9TLP4RZ8WB"""; h.GetStringAsync(url); } }"""", null),
            ("""using System; using System.Threading.Tasks; using uPLibrary.Networking.M2Mqtt; static class L { static async Task A(MqttClient m) { Func<string> load = () => load(); var password = load.Invoke(; Func<Task<string>> load2 = async () => (await load2()).Trim(); string pw2 = (await load2()).Trim(; Func<string> n = null!; n = () => n.Invoke(); var pw3 = n?.Invoke() ?? ; m.Connect("a", "b", password + pw2 + pw3); } }""", null),
            ("""using System; public sealed class R { private readonly Random _random = new(); public string TwoFactorCode { get; set; } = ; public void A() { var secondFactor = new Random().Next(; var mfa = _random.Next(1, ) == ; TwoFactorCode = TwoFactorCode + _random.Next(); } public static string Salt_Secret { get; } = ; const string SALT_SECRET = SALT_SECRET; }""", null),
            (manyWords.ToString(), null),
        });
    }

    private const string SessionShapes = """"
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Security.Cryptography;
        using System.Text;
        using System.Threading.Tasks;
        using uPLibrary.Networking.M2Mqtt;
        public sealed class ModemPort { public void WriteLine(string text) { } }
        public sealed class AtCommand { private readonly string _t; public AtCommand(string t) => _t = t; public override string ToString() => _t; }
        public static class Shapes
        {
            private const string enrollmentGroupPrimaryKey = "GROUP_ENROLLMENT_PRIMARY_KEY";
            private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"";
            private static readonly string s_psk;
            static Shapes() { Shapes.s_psk = "Kp6#kiln-Rv2Lm"; }
            private static string CpinLine(string? pin = null) => pin is null ? CpinTemplate : CpinTemplate.Replace("<sim-pin>", pin);
            public static string Derive(string id) => ComputeDerivedSymmetricKey(registrationId: id, masterKey: Convert.FromBase64String(enrollmentGroupPrimaryKey));
            public static string ComputeDerivedSymmetricKey(byte[] masterKey, string registrationId) => Convert.ToBase64String(HMACSHA256.HashData(masterKey, Encoding.UTF8.GetBytes(registrationId)));
            public static async Task A(MqttClient m, HttpClient http, ModemPort port, string? pin)
            {
                string password;
                password = Environment.GetEnvironmentVariable("DOCK") ?? "";
                Action open;
                open = () => m.Connect("dock", "dock", password);
                password = "Dv4!dock-Qm7Lx";
                open();
                password = File.ReadAllText("/etc/dock.pw");
                var line = CpinLine(pin);
                port.WriteLine(line);
                var script = new[] { "ATE0", CpinTemplate };
                foreach (var command in script) port.WriteLine(command);
                AtCommand probe = new(CpinTemplate);
                port.WriteLine(probe + "\r");
                var url = "https://api.thingspeak.example/update";
                url = $"{url}?api_key=YOUR_API_KEY&field1={pin}";
                using (var request = new HttpRequestMessage(HttpMethod.Get, url)) { await http.SendAsync(request); }
                Func<Task<string>> load = async () => { try { return await File.ReadAllTextAsync("/x"); } catch (IOException) { return "Ov7!oven-Hq3Zw"; } };
                string loaded = (await load()).Trim();
                m.Connect("oven", "oven", loaded + load.Invoke().Result + s_psk);
            }
        }
        """";

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Every cut of a
    // source holding this session's shapes, and every copy with five characters taken out at those places.
    [Fact]
    public async Task RT44_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 67, removed: 5);

    // Local functions in a chain (each calling the next, or the previous in the baseline), the last (first) reading every
    // password local, each local written, the chain's head called, then replaced and sent: the dead-write test finds "the
    // local functions and delegates that read the local ... once per question, transitively", by passes over the function's
    // callables until none is added. Declared in call order, one pass adds one function.
    private static string LocalFunctionChain(bool readerLast, int functions, int locals)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System;");
        sb.AppendLine("using System.IO;");
        sb.AppendLine("using uPLibrary.Networking.M2Mqtt;");
        sb.AppendLine("public static class Chain");
        sb.AppendLine("{");
        sb.AppendLine("  public static void Run(MqttClient m)");
        sb.AppendLine("  {");
        for (var i = 0; i < locals; i++)
        {
            sb.AppendLine($"    string p{i};");
        }

        for (var i = 0; i < locals; i++)
        {
            sb.AppendLine($"    p{i} = \"Ch{i}!chain-Kq7Zx\";");
        }

        sb.AppendLine(readerLast ? "    F0();" : $"    F{functions - 1}();");
        for (var i = 0; i < locals; i++)
        {
            sb.AppendLine($"    p{i} = File.ReadAllText(\"/etc/chain/{i}.pw\");");
        }

        for (var i = 0; i < locals; i++)
        {
            sb.AppendLine($"    m.Connect(\"chain-{i}\", \"chain\", p{i});");
        }

        var readAll = string.Join(" + ", Enumerable.Range(0, locals).Select(i => $"p{i}"));
        for (var j = 0; j < functions; j++)
        {
            var reader = readerLast ? j == functions - 1 : j == 0;
            var body = reader ? $"Console.WriteLine({readAll});" : $"F{(readerLast ? j + 1 : j - 1)}();";
            sb.AppendLine($"    void F{j}() {{ {body} }}");
        }

        sb.AppendLine("  }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    // Cost guard (as red team 26's): "fails on a blow-up (more than three times the baseline and two seconds)". 300 local
    // functions calling each other in declaration order, 100 password locals each asking which of them read it. A run is capped
    // at 120 s so a blow-up fails instead of hanging the suite.
    [Fact]
    public async Task RT44_a_chain_of_local_functions_declared_in_call_order_costs_no_more_than_its_baseline()
    {
        // The analyzers' own time: against the declaration order the compiler's definite-assignment pass over the chain
        // alone takes seconds (it is what made this guard fail on a busy machine), which the driver's wall clock counted.
        await CostGuards.AnalyzerTimeAsync(LocalFunctionChain(readerLast: true, 4, 2));
        var baseline = await CostGuards.AnalyzerMedianOfThreeAsync(LocalFunctionChain(readerLast: false, 300, 100));
        var run = CostGuards.AnalyzerTimeAsync(LocalFunctionChain(readerLast: true, 300, 100));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == run, $"baseline {baseline:F0} ms, reader last: more than 120 s");
        var followed = await run;
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, reader last {followed:F0} ms");
    }

    // Modem templates each read whole by many of the team's line helpers (one arm of a conditional), whose results are only
    // measured, never sent: for each whole read, "a helper that returns it whole on one path" is asked by looking through the
    // file's calls for one that sends the helper's result. The baseline fills the template on both arms (no whole read).
    private static string TemplateHelpers(bool wholeArm, int templates, int helpersPerTemplate)
    {
        var sb = new StringBuilder();
        sb.AppendLine("public sealed class ModemPort { public void WriteLine(string text) { } }");
        sb.AppendLine("public static class Lines");
        sb.AppendLine("{");
        for (var t = 0; t < templates; t++)
        {
            sb.AppendLine($"  private const string T{t} = \"AT+CPIN=\\\"<sim-pin-{t}>\\\"\";");
            for (var k = 0; k < helpersPerTemplate; k++)
            {
                var bench = wholeArm ? $"T{t}" : $"T{t}.Replace(\"<sim-pin-{t}>\", \"\")";
                sb.AppendLine($"  private static string L{t}_{k}(string? pin) => pin is null ? {bench} : T{t}.Replace(\"<sim-pin-{t}>\", pin);");
                sb.AppendLine($"  public static int C{t}_{k}(string? pin) => L{t}_{k}(pin).Length;");
            }
        }

        sb.AppendLine("  public static void Unlock(ModemPort port, string pin) => port.WriteLine(T0.Replace(\"<sim-pin-0>\", pin));");
        sb.AppendLine("}");
        return sb.ToString();
    }

    // Cost guard (as red team 26's): "fails on a blow-up (more than three times the baseline and two seconds)". 60 templates,
    // each read whole by 25 helpers (1,500 helpers and 1,500 measuring calls).
    [Fact]
    public async Task RT44_templates_read_whole_by_many_line_helpers_cost_no_more_than_their_baseline()
    {
        await CostGuards.TimeAsync(TemplateHelpers(wholeArm: true, 2, 2));
        var baseline = await CostGuards.MedianOfThreeAsync(TemplateHelpers(wholeArm: false, 60, 25));
        var run = CostGuards.TimeAsync(TemplateHelpers(wholeArm: true, 60, 25));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == run, $"baseline {baseline:F0} ms, whole arms: more than 120 s");
        var followed = await run;
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, whole arms {followed:F0} ms");
    }

}
