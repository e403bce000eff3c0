using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 36: the changes since 0aa50e9 (red team 35's fixes, twentieth session): collection initializers judged as the
/// Add calls the compiler writes; OctetString made from a text's bytes; ONVIF handles with codec/resolution abbreviations
/// up to 64 characters; bracketed redactions, <c>${VAR}</c> and filled-in templates in modem commands; IOT1005 buffers (the
/// last fill before the read, nested blocks, TryHashData spellings, team HMAC helpers); IOT3005 narrow draws kept as keys
/// and collections named for security values; IOT1001 helper parameters kept in holes, defaults past logs, wrappers with
/// their own fallback. About half are hard negatives. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam36Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam36Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. collection initializers ----------

    // IOT1001: "the same text set as a raw Authorization header"; a collection initializer's element is the Add call.
    // An Authorization header and an API key given as a one-value array (HttpHeaders.Add(string, IEnumerable<string>)).
    [Fact(Skip = "Known gap (twentieth session): HttpHeaders.Add(name, IEnumerable<string> values) is not catalogued, so a header value written as an array (in a collection initializer or a call) is not read; the string overload is.")]
    public Task RT36_authorization_and_enumerable_header_values_in_initializers_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public class Kiln
            {
                public HttpClient Client() => new HttpClient { DefaultRequestHeaders = { { "Authorization", "Bearer Kq7-vTz2Lm9Wx4Rp" } } }; // expect: IOT1001
                public HttpRequestMessage Req() => new HttpRequestMessage(HttpMethod.Get, "https://kiln.example/t")
                {
                    Headers = { { "X-Api-Key", new[] { "Vb3!nQz8Lk2Wm6" } } } // expect: IOT1001
                };
            }
            """);

    // Hard negative. IOT1001: header values count only under an authentication header's name; "identifiers" are no
    // secrets. Request ids, entity tags, a device serial and a correlation id written in a headers initializer.
    [Fact]
    public Task RT36_non_authentication_headers_with_random_looking_values_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            public class Silo
            {
                public HttpRequestMessage Req() => new HttpRequestMessage(HttpMethod.Put, "https://silo.example/fw")
                {
                    Headers =
                    {
                        { "X-Request-Id", "9f3c1a7e-52bd-4e08-a1c6-77d04b8e2f19" }, // expect: none
                        { "If-Match", "\"5d8c72a5edda8d6a\"" }, // expect: none
                        { "X-Device-Serial", "SN-8842-XK7Q" }, // expect: none
                        { "X-Correlation-Id", "Zq8vLm2Tx5Kw" }, // expect: none
                    }
                };
                public WebHeaderCollection Lines() => new WebHeaderCollection { "Accept: application/json", "X-Trace: Kx82-Qv7Lm3Zt" }; // expect: none
            }
            """);

    // IOT1001: "dictionary and collection initializers (`["password"] = "...", `{ "wifi.psk", "..." }`)" - one finding per
    // secret. A client secret in a form's dictionary initializer, and an API key header in an index initializer of a
    // WebHeaderCollection.
    [Fact]
    public Task RT36_form_pairs_and_index_initialized_headers_are_one_finding_each() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            public class Granary
            {
                public FormUrlEncodedContent Token() => new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    { "grant_type", "client_credentials" }, // expect: none
                    { "client_id", "granary-gw" }, // expect: none
                    { "client_secret", "Jq8~vLz3Rk6Wn1Tx" }, // expect: IOT1001
                });
                public WebHeaderCollection Headers() => new WebHeaderCollection { ["X-Api-Key"] = "Hm4!pRz7Lq2Vw9" }; // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001: "prose, identifiers, markup and values under 8 characters under a token's or key's name ...
    // are not secrets"; "configuration keys and environment variable names" are no secrets. Query parameters, a form's grant
    // type and scope, a list of header names.
    [Fact]
    public Task RT36_query_parameters_header_name_lists_and_variable_maps_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Collections.Specialized;
            public static class Weather
            {
                public static Dictionary<string, string> Query() => new() { { "units", "metric" }, { "lang", "en" }, { "token_type", "bearer" } }; // expect: none
                public static NameValueCollection Form() => new NameValueCollection { { "grant_type", "password" }, { "scope", "telemetry.write" } }; // expect: none
                public static HashSet<string> Secret() => new HashSet<string> { "Authorization", "X-Api-Key", "Ocp-Apim-Subscription-Key" }; // expect: none
            }
            """);

    // IOT1006: a placeholder "`"YOUR_PASSWORD"`, `"<replace-with-key>"`" at a credential's place; header runs as written.
    // Hard negative beside: a bearer token read from a parameter and from the environment.
    [Fact]
    public Task RT36_a_placeholder_bearer_in_default_headers_is_iot1006_run_time_ones_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public class Mill
            {
                public HttpClient A() => new HttpClient { DefaultRequestHeaders = { { "Authorization", "Bearer YOUR_ACCESS_TOKEN" } } }; // expect: IOT1006
                public HttpClient B(string token) => new HttpClient { DefaultRequestHeaders = { { "Authorization", $"Bearer {token}" } } }; // expect: none
                public HttpClient C() => new HttpClient { DefaultRequestHeaders = { { "Authorization", "Bearer " + Environment.GetEnvironmentVariable("MILL_TOKEN") } } }; // expect: none
            }
            """);

    // IOT1002: "the HTTP Basic-auth encodings (`Basic YWRtaW46YWRtaW4=`) of every listed pair". The admin:admin encoding set as
    // a client's default header in an initializer.
    [Fact]
    public Task RT36_a_listed_basic_pair_in_default_headers_initializer_is_iot1002() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public class Camera
            {
                public HttpClient Client() => new HttpClient { DefaultRequestHeaders = { { "Authorization", "Basic YWRtaW46YWRtaW4=" } } }; // expect: IOT1002
            }
            """);

    // IOT1001: "through a header name held in the team's options (`Headers.Add(options.ApiKeyHeader, options.ApiKey)`)"; a
    // collection initializer's element is the Add call. The header's name held in a constant, its key written in place.
    [Fact]
    public Task RT36_a_header_name_held_in_a_constant_in_an_initializer_element_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Gateway
            {
                private const string ApiKeyHeader = "X-Api-Key";
                public static HttpRequestMessage Req() => new HttpRequestMessage(HttpMethod.Post, "https://gw.example/ingest")
                {
                    Headers = { { ApiKeyHeader, "Gw5!kPz8Lq3Vn7" } } // expect: IOT1001
                };
            }
            """);

    // Hard negative. IOT1001: "A challenge (`"Basic realm=..."`), the bare scheme or base64 of anything but `user:password` is
    // not [a credential]". A device's web server answering with a challenge and a cache header in a response's initializer.
    [Fact]
    public Task RT36_a_challenge_in_a_response_headers_initializer_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            public static class WebUi
            {
                public static HttpResponseMessage Challenge() => new HttpResponseMessage(HttpStatusCode.Unauthorized)
                {
                    Headers = { { "WWW-Authenticate", "Basic realm=\"Kiln Gateway Qx7\"" }, { "Cache-Control", "no-store" } } // expect: none
                };
            }
            """);

    // IOT1001 (#SNMP): "v3 authentication and privacy passphrases"; "once-assigned locals" are followed; OctetString's
    // bytes of a text hold that text. The passphrase's bytes first held in a local.
    [Fact]
    public Task RT36_a_passphrases_bytes_held_in_a_local_before_the_octet_string_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Security;
            public static class V3
            {
                public static IAuthenticationProvider Auth()
                {
                    var phrase = Encoding.UTF8.GetBytes("Zq7!auth-Lm4pWx"); // expect: IOT1001
                    return new SHA256AuthenticationProvider(new OctetString(phrase));
                }
            }
            """);

    // ---------- 2. OctetString from bytes ----------

    // IOT1001 (#SNMP): "`"public"` and `"private"` are IOT1002"; the v1/v2c community of an agent through OctetString; the
    // bytes of a text are that text. A community from the bytes of "public" and of a written secret.
    [Fact]
    public Task RT36_communities_from_text_bytes_are_iot1002_and_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Pipeline;
            public static class Agent
            {
                public static IMembershipProvider V2() => new Version2MembershipProvider(
                    new OctetString(Encoding.ASCII.GetBytes("public")), // expect: IOT1002
                    new OctetString(Encoding.ASCII.GetBytes("Rw7!ops-Kz3q"))); // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001: only catalogued sinks; "values from parameters, the environment" are no findings. OctetStrings
    // made from bytes of a location text, a host name and a config value, none at a credential's place.
    [Fact]
    public Task RT36_octet_strings_from_bytes_outside_credential_places_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            using Lextm.SharpSnmpLib;
            public static class SysInfo
            {
                public static OctetString Location() => new OctetString(Encoding.UTF8.GetBytes("Boiler room 2, rack Bq7-Lx")); // expect: none
                public static OctetString Contact() => new OctetString(Encoding.ASCII.GetBytes("ops@plant.example")); // expect: none
                public static OctetString Name() => new OctetString(Encoding.UTF8.GetBytes(Environment.MachineName)); // expect: none
            }
            """);

    // ---------- 3. ONVIF handles ----------

    // Hard negative. IOT1004 (nineteenth session): "a handle numbered as camera makers number ONVIF profiles and sources
    // ... is a reference, not a secret". SD/HD/VGA/H265 profiles and a 60-character analytics handle.
    [Fact]
    public Task RT36_more_codec_and_resolution_handles_under_a_bare_token_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public class Profile { public string Name { get; set; } = ""; public string token { get; set; } = ""; }
            public static class Nvr
            {
                public static Profile[] All() => new[]
                {
                    new Profile { Name = "sd", token = "Profile_SD_2" }, // expect: none
                    new Profile { Name = "hd", token = "Profile_HD_1" }, // expect: none
                    new Profile { Name = "vga", token = "MainStream_VGA_3" }, // expect: none
                    new Profile { Name = "long", token = "VideoAnalyticsConfiguration_Channel12_SubStream_MJPEG_2" }, // expect: none
                };
            }
            """);

    // IOT1004 (nineteenth session): "letters that read as no words make no handle (`"q8Zt0"`, `"xkqzvbwmtrplfj20931"` stay
    // secrets)". A word beside parts of random capitals (each five letters, one case) is no handle: those parts read as no
    // words; a random 65-character handle-like value past ONVIF's 64 is no reference either.
    [Fact]
    public Task RT36_random_capital_blocks_beside_one_word_under_a_bare_token_stay_secrets() =>
        ExpectComments.AssertAsync("""
            public class CloudSession { public string token { get; set; } = ""; }
            public static class Lab
            {
                public static CloudSession A() => new CloudSession { token = "live_QXZKV_WPTRB_JHQMV_MLKPZ_48213" }; // expect: IOT1004
                public static CloudSession C() => new CloudSession { token = "stream_qzxkv_wptrb_jhqmv_1" }; // expect: IOT1004
            }
            """);

    // ---------- 4. modem commands ----------

    // Hard negative. IOT1006 (nineteenth session): "a redaction in a logged command (`"<hidden>"`) [is] no PIN"; IOT1001: "A
    // redacted copy (`"***"`, `"[redacted]"`) is no value". Bracketed phrases in other words and brackets.
    [Fact]
    public Task RT36_bracketed_redaction_phrases_in_other_words_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class ModemLog
            {
                public static void Log()
                {
                    Console.WriteLine("-> AT+CPIN=\"[PIN removed]\""); // expect: none
                    Console.WriteLine("-> AT+CPIN=\"(sim pin omitted)\""); // expect: none
                    Console.WriteLine("-> AT+CLCK=\"SC\",1,\"<pin masked>\""); // expect: none
                    Console.WriteLine("-> AT+CPWD=\"SC\",\"<old pin hidden>\",\"<new pin hidden>\""); // expect: none
                }
            }
            """);

    // IOT1001: SIM PINs "in an AT command written anywhere"; IOT1006: a redaction is no PIN. A change of PIN logged with
    // the old PIN redacted and the new one written: the new one is a finding.
    [Fact]
    public Task RT36_a_real_pin_beside_a_redacted_one_is_still_iot1001() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Rekey
            {
                public static void A(ModemPort port) => port.WriteLine("AT+CPWD=\"SC\",\"<old PIN redacted>\",\"4821\"\r"); // expect: IOT1001
            }
            """);

    // IOT1006: "`${VAR}`" is a placeholder; "A modem command is sent as written: a placeholder in it is used, not filled
    // in". ${VAR} at an APN password's and a Wi-Fi password's place in AT commands sent as written.
    [Fact]
    public Task RT36_dollar_brace_placeholders_at_apn_and_wifi_password_places_are_iot1006() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Setup
            {
                public static void A(ModemPort port) => port.WriteLine("AT+CGAUTH=1,1,\"iot\",\"${APN_PASSWORD}\"\r"); // expect: IOT1006
                public static void B(ModemPort port) => port.WriteLine("AT+CWJAP=\"plant-wifi\",\"${WIFI_PSK}\"\r"); // expect: IOT1006
            }
            """);

    // Hard negative. IOT1006 (fourteenth session): "a URL the code fills in (`HookUrl.Replace(...)`, `string.Format(HookUrl,
    // ...)`) ... is a template and is not [reported]"; (twentieth) "A command the code fills in before sending it". Templates
    // filled by a StringBuilder's Replace and a local filled by Replace.
    [Fact]
    public Task RT36_modem_templates_filled_by_a_string_builder_or_in_a_local_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Unlock
            {
                private const string CpinTemplate = "AT+CPIN=\"<pin>\"\r"; // expect: none
                private const string ApnTemplate = "AT+CGAUTH=1,1,\"iot\",\"${APN_PASSWORD}\"\r"; // expect: none
                public static void A(ModemPort port, string pin) => port.WriteLine(new StringBuilder(CpinTemplate).Replace("<pin>", pin).ToString());
                public static void B(ModemPort port, string pin)
                {
                    var cmd = "AT+CPIN=\"YOUR_SIM_PIN\"\r"; // expect: none
                    port.WriteLine(cmd.Replace("YOUR_SIM_PIN", pin));
                }
                public static void C(ModemPort port, string password) => port.WriteLine(ApnTemplate.Replace("${APN_PASSWORD}", password));
            }
            """);

    // IOT1006: "A modem command is sent as written: a placeholder in it is used, not filled in". A template filled in on
    // one path and sent as written on another (the fallback when no PIN is configured) still sends its placeholder.
    [Fact]
    public Task RT36_a_template_also_sent_as_written_is_iot1006() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Unlock
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r"; // expect: IOT1006
                public static void A(ModemPort port, string? pin)
                {
                    if (pin is null) { port.WriteLine(CpinTemplate); return; }
                    port.WriteLine(CpinTemplate.Replace("<sim-pin>", pin));
                }
            }
            """);

    // ---------- 5. IOT1005 buffers ----------

    // Hard negative. IOT1005: a buffer "filled ... by a keyed hash is not derived"; "A key from a parameter, the environment
    // or a factory secret still does [end the chain]". A digest of the serial stretched by HMAC rounds keyed with a factory
    // secret in a loop before it is read.
    [Fact(Skip = "Known gap (twentieth session): fills inside a loop are not read (the loop may run no time or many), so the buffer is taken to hold the unkeyed hash written before the loop.")]
    public Task RT36_a_buffer_refilled_by_keyed_rounds_in_a_loop_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Oven
            {
                private readonly byte[] _factoryKey = File.ReadAllBytes("/factory/pin.key");
                public string ServicePin(string serialNumber)
                {
                    var digest = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), digest);
                    for (var i = 0; i < 1000; i++)
                    {
                        HMACSHA256.HashData(_factoryKey, digest, digest);
                    }
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: none
                    return servicePin;
                }
            }
            """);

    // IOT1005: a byte buffer a hash fills "holds what that hash derives from"; fills in blocks are read. The fill inside a
    // lock block and inside an if whose condition is TryHashData (the PIN read within).
    [Fact]
    public Task RT36_fills_inside_a_lock_and_a_try_hash_data_if_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Kettle
            {
                private readonly object _gate = new();
                public string A(string serialNumber)
                {
                    var digest = new byte[32];
                    lock (_gate)
                    {
                        SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), digest);
                    }
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
                public string B(string serialNumber)
                {
                    Span<byte> digest = stackalloc byte[32];
                    if (SHA256.TryHashData(Encoding.UTF8.GetBytes(serialNumber), digest, out _))
                    {
                        var pairingPin = (BitConverter.ToUInt32(digest) % 1000000).ToString("D6"); // expect: IOT1005
                        return pairingPin;
                    }
                    return "";
                }
            }
            """);

    // IOT1005: "A value any part of which passes ... a hash of the serial number" is derived; a team helper's unkeyed hash
    // read through an encoding, like the HMAC helpers, derives from its input.
    [Fact]
    public Task RT36_a_team_helpers_unkeyed_hash_read_through_hex_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Hotspot
            {
                private static byte[] HashSerial(string serial) => SHA256.HashData(Encoding.UTF8.GetBytes(serial));
                public static string ApPassword(string serialNumber)
                {
                    var apPassword = Convert.ToHexString(HashSerial(serialNumber))[..12]; // expect: IOT1005
                    return apPassword;
                }
            }
            """);

    // Hard negative. IOT1005 (fifteenth session): "a team helper whose body returns a keyed function's output" is keyed;
    // HMAC helpers read through encodings (BitConverter with its dashes removed, base64, lower-case hex).
    [Fact]
    public Task RT36_team_hmac_helpers_through_other_encodings_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public static class Provision
            {
                private static readonly byte[] FactoryKey = File.ReadAllBytes("/factory/device.key");
                private static byte[] ComputeMac(string serial, byte[] deviceKey) => HMACSHA256.HashData(deviceKey, Encoding.UTF8.GetBytes(serial));
                public static string A(string serialNumber)
                {
                    var apPassword = BitConverter.ToString(ComputeMac(serialNumber, FactoryKey)).Replace("-", "")[..12]; // expect: none
                    return apPassword;
                }
                public static string B(string serialNumber)
                {
                    var setupPassword = Convert.ToBase64String(ComputeMac(serialNumber, FactoryKey))[..10]; // expect: none
                    return setupPassword;
                }
                public static string C(string serialNumber)
                {
                    var wifiPassword = Convert.ToHexString(ComputeMac(serialNumber, FactoryKey)).ToLowerInvariant()[..16]; // expect: none
                    return wifiPassword;
                }
            }
            """);

    // IOT1005 (nineteenth session): a buffer filled "inside a `try` block or a `using (...) { ... }` statement's block ... is
    // read as the last hash that fills it"; an unkeyed hash of the serial derives from it. A buffer first filled by an HMAC
    // keyed with a factory secret, then refilled by an unkeyed hash of the serial in a using inside a try, read after.
    [Fact]
    public Task RT36_a_buffer_last_refilled_unkeyed_in_a_nested_block_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Fryer
            {
                private readonly byte[] _tagKey = File.ReadAllBytes("/factory/tag.key");
                public string Tag { get; private set; } = "";
                public string ServicePin(string serialNumber)
                {
                    var serialBytes = Encoding.UTF8.GetBytes(serialNumber);
                    var digest = new byte[32];
                    HMACSHA256.HashData(_tagKey, serialBytes, digest);
                    Tag = Convert.ToHexString(digest);
                    try
                    {
                        using (var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
                        {
                            h.AppendData(serialBytes);
                            h.TryGetHashAndReset(digest, out _);
                        }
                    }
                    catch (CryptographicException) { throw; }
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
            }
            """);

    // ---------- 6. IOT3005 ----------

    // IOT3005: "a ... one-time code, pairing code ... or session identifier" made by System.Random; "a value drawn and kept as
    // a dictionary's key (`_shareLinks[link] = expiry`) is still a token". Three-digit pairing codes and a session number
    // from a few dozen, kept as keys of collections named for them: guessable, and exactly what the rule is about.
    [Fact]
    public Task RT36_narrow_draws_kept_as_keys_of_security_collections_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class Pairing
            {
                private readonly Random _rng = new();
                private readonly Dictionary<int, string> _pairingCodes = new();
                private readonly Dictionary<int, string> _sessions = new();
                public void Offer(string device) => _pairingCodes[_rng.Next(100, 1000)] = device; // expect: IOT3005
                public void Open(string user) => _sessions[_rng.Next(1, 50)] = user; // expect: IOT3005
            }
            """);

    // IOT3005: "a ... nonce ... token" from System.Random; the use is read from "the parameter it is passed to". A nonce
    // added to a set of used nonces and a token added to a list of tokens.
    [Fact]
    public Task RT36_draws_added_to_nonce_and_token_collections_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class Replay
            {
                private readonly Random _rng = new();
                private readonly HashSet<string> _usedNonces = new();
                private readonly List<string> _resetTokens = new();
                public void A() => _usedNonces.Add(_rng.Next().ToString("x8")); // expect: IOT3005
                public void B() => _resetTokens.Add(_rng.NextInt64().ToString("x16")); // expect: IOT3005
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; "a random index into
    // a dictionary stays the dictionary's key". A simulator picking GPIO pins in a list of pin states, token buckets of a
    // rate limiter, and sensors by a read-only count.
    [Fact]
    public Task RT36_simulator_indexes_into_pin_state_lists_and_token_buckets_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class GpioSimulator
            {
                private static readonly int SensorCount = 12;
                private readonly Random _rng = new(7);
                private readonly List<bool> _pinStates = new(new bool[40]);
                private readonly List<int> _tokenBuckets = new() { 10, 10, 10, 10 };
                private readonly Dictionary<int, double> _readings = new();
                public void Tick()
                {
                    _pinStates[_rng.Next(0, 40)] = _rng.Next(2) == 1; // expect: none
                    _tokenBuckets[_rng.Next(0, 4)] -= 1; // expect: none
                    _readings[_rng.Next(SensorCount)] = 20 + _rng.NextDouble(); // expect: none
                    _readings.TryAdd(_rng.Next(1, 50), 0); // expect: none
                }
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; the use is read from
    // "the name of what receives the value". A keypad simulator pressing random keys of a list of key states: a keypad's
    // key is no cryptographic key.
    [Fact]
    public Task RT36_a_keypad_simulator_indexing_key_states_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class KeypadSimulator
            {
                private readonly Random _rng = new(3);
                private readonly List<bool> _keyStates = new(new bool[16]);
                public void Press() => _keyStates[_rng.Next(0, 16)] = true; // expect: none
            }
            """);

    // ---------- 7. IOT1001 helpers, logs, wrappers ----------

    // IOT1001 (fifteenth session): "A caller's text stays the caller's when trimmed (`token.Trim()`, `token?.Trim()`) or
    // given a fallback of no text (`token ?? ""`)". The two combined: `(p ?? "").Trim()` and `p?.Trim() ?? string.Empty`.
    [Fact]
    public Task RT36_a_helpers_password_coalesced_and_trimmed_together_is_read_per_call() =>
        ExpectComments.AssertAsync("""
            public class PgConnection { public PgConnection(string connectionString) { } }
            public static class VatDb
            {
                public static string A(string host, string? p) => $"Host={host};Username=vat;Password={(p ?? "").Trim()};";
                public static string B(string host, string? p) => $"Host={host};Username=vat;Password={p?.Trim() ?? string.Empty};";
            }
            public static class Vat
            {
                public static PgConnection A() => new PgConnection(VatDb.A("vat-db", "Vt1-vat.Both-16Qa")); // expect: IOT1001
                public static PgConnection B() => new PgConnection(VatDb.B("vat-db", "Vt2-vat.Both-27Rb")); // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings; values from parameters, the environment"; "configuration keys and
    // environment variable names". A helper's escaped key passed only an empty text, a variable name's value, and a
    // parameter of the caller that nothing gives text.
    [Fact]
    public Task RT36_escaped_helper_keys_given_no_written_secret_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Owm
            {
                public static Task<string> A(HttpClient http, string key) => http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q=Oslo&appid={Uri.EscapeDataString(key.Trim())}");
            }
            public static class Station
            {
                public static Task<string> Now(HttpClient http) => Owm.A(http, ""); // expect: none
                public static Task<string> Env(HttpClient http) => Owm.A(http, Environment.GetEnvironmentVariable("OWM_KEY") ?? ""); // expect: none
                public static Task<string> Given(HttpClient http, string key) => Owm.A(http, key); // expect: none
            }
            """);

    // IOT1001 (nineteenth/twentieth sessions): "a null-conditional log call (`_log?.Warn(...)`) between a default and its
    // return does not hide the default"; defaults shipped past a discarded log task or a null-checked log. A null-checked log
    // with a block of two calls, and a pattern-checked log.
    [Fact]
    public Task RT36_defaults_past_a_null_checked_log_block_or_a_pattern_checked_log_ship() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class Log { public void Warn(string m) { } public void Flush() { } }
            public sealed class Feeder
            {
                private string _token = "";
                private Log? _log;
                private string A()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Fd1-feed.Block-38Kz"; // expect: IOT1001
                    if (_log != null) { _log.Warn("using bench token"); _log.Flush(); }
                    return t;
                }
                private string B()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Fd2-feed.Pattern-49Lx"; // expect: IOT1001
                    if (_log is { } log) log.Warn("using bench token");
                    return t;
                }
                public void Send(HttpClient h)
                {
                    h.DefaultRequestHeaders.Add("X-API-Key", A());
                    h.DefaultRequestHeaders.Add("X-API-Key", B());
                }
            }
            """);

    // Hard negative. IOT1001: only credential places are sinks ("a client id or a host is no credential"); "configuration
    // keys and environment variable names" are no secrets. Wrappers with their own written fallback for a host, a topic and
    // a client id, and one whose fallback is a legacy variable name, at non-credential places or read again.
    [Fact]
    public Task RT36_wrappers_with_own_fallbacks_that_are_no_secrets_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Host(string key) => Get("HOST_" + key, "broker.plant.local"); // expect: none
                public static string ClientId(string key) => Get("ID_" + key, "Xk8-boiler.Id-42Qr"); // expect: none
                public static string Legacy(string key) => Get("APP_" + key, "MQTT_PASSWORD_V1"); // expect: none
                public static string Empty(string key) => Get("APP_" + key, ""); // expect: none
            }
            public static class Boiler
            {
                public static void A() => new MqttClient(Env.Host("MQTT")).Connect(Env.ClientId("MQTT"), "boiler", Env.Empty("MQTT_PW"));
                public static void B(MqttClient m) => m.Connect("boiler-2", "boiler", Env.Get(Env.Legacy("PW"), ""));
            }
            """);

    // IOT1001 (twentieth session): "a wrapper that logs before its return ... ships the fallback"; defaults "past `_ =
    // _log?.WarnAsync(...)`". A wrapper logging with a discarded log task, then handing on a key made from its parameter
    // with its own fallback.
    [Fact]
    public Task RT36_a_wrapper_logging_through_a_discarded_task_ships_its_own_fallback() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Log { public Task WarnAsync(string m) => Task.CompletedTask; }
            public static class Env
            {
                public static Log? Logger;
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
                public static string Broker(string key)
                {
                    _ = Logger?.WarnAsync("reading " + key);
                    return Get("BROKER_" + key.ToUpperInvariant(), "Br1-brine.Task-51Mw"); // expect: IOT1001
                }
            }
            public static class Brine
            {
                public static void A(MqttClient m) => m.Connect("brine-1", "brine", Env.Broker("pw"));
            }
            """);

    // ---------- 8. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed
    // collection initializers, OctetString bytes, handles, modem templates, buffers, narrow draws and wrappers.
    [Fact]
    public Task RT36_no_analyzer_throws_on_half_typed_forms_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """using System.Net; using System.Net.Http; using System.Collections.Generic; class H { HttpRequestMessage A() => new HttpRequestMessage { Headers = { { "X-Api-Key", } } }; HttpClient B() => new HttpClient { DefaultRequestHeaders = { { , "Kq7-vTz2Lm9Wx4Rp" }, { "Authorization" }, { "Authorization", "a", "b" }, } }; WebHeaderCollection C() => new WebHeaderCollection { "X-Api-Key: ", , ":" , { } }; dynamic D() => new List<dynamic> { { "X-Api-Key", "Vb3!nQz8Lk2Wm6" } }; object E() => new Missing { Headers = { { "X-Api-Key", "Vb3!nQz8Lk2Wm6" } } }; List<string> F() => new List<string> { "X-Api-Key: Rv5-Lq8zWm2Kt4", { } }; Dictionary<string, string> G() => new() { { "client_secret", "Jq8~vLz3Rk6Wn1Tx" }, ["password"] = }; }""",
            """using System.Text; using Lextm.SharpSnmpLib; static class S { static OctetString A() => new OctetString(Encoding.UTF8.GetBytes()); static OctetString B() => new OctetString(Encoding.UTF8.GetBytes("x"u8)); static OctetString C() => new OctetString(new byte[] { 1, 2, }); static OctetString D() => new OctetString(Encoding.Missing.GetBytes("Rw7!ops-Kz3q")); static OctetString E() => new OctetString("Rw7"u8.ToArray(); static OctetString F() => new OctetString(default(byte[])!); }""",
            """public class Profile { public string token { get; set; } = ""; } static class H { static Profile[] A() => new[] { new Profile { token = "Profile_MJPEG_" }, new Profile { token = "MJPEG_QVGA_1" }, new Profile { token = "Profile_ＭＪＰＥＧ_1" }, new Profile { token = "Profile_mJpEg_1" }, new Profile { token = "Profile_______________________________________________________________1" }, new Profile { token = "Profile_H.264_1" } }; }""",
            """using System.Text; public sealed class P { public void W(string t) { } const string T = "AT+CPIN=\"<pin>\"\r"; const string U = "AT+CPIN=\"${\"\r"; void A(string pin) { W(T.Replace()); W(T.Replace("<pin>")); W(new StringBuilder(T).Replace(, pin).ToString()); W(U.Replace); W(T.Replace("<pin>", pin).Replace(); W("AT+CPIN=\"<>\""); W("AT+CPIN=\"[ ]\""); W("AT+CPIN=\"( redacted redacted redacted redacted redacted )\""); } }""",
            """using System; using System.Security.Cryptography; using System.Text; static class K { static readonly object G = new(); static string P(string serialNumber) { var d = new byte[32]; lock (G) { SHA256.HashData(, d); } for (;;) { HMACSHA256.HashData(d, d, ); break; } if (SHA256.TryHashData(Encoding.UTF8.GetBytes(serialNumber), d, out _) is not) { } var servicePin = (BitConverter.ToUInt32(d) % 10000).ToString("D4"); return servicePin; } static byte[] HashSerial(string s) => SHA256.HashData(); static string Q(string serialNumber) { var apPassword = Convert.ToHexString(HashSerial())[..12]; return apPassword; } }""",
            """using System; using System.Collections.Generic; sealed class R { Random _r = new(); Dictionary<int, string> _sessions = new(); List<bool> _pinStates = new(); void A() { _sessions[_r.Next(1, )] = "u"; _sessions[_r.Next(int.MaxValue, int.MinValue)] = "u"; _sessions[_r.Next(-5, 5)] = ; _pinStates[_r.Next(0, 40)] = ; _missing[_r.Next(1, 50)] = "x"; _sessions[_r.Next(1, 50), 2] = "y"; } }""",
            """using System; using System.Threading.Tasks; public sealed class L { public Task WarnAsync(string m) => Task.CompletedTask; public void Warn(string m) { } } public static class E { static L? Log; static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback; static string B(string key) { _ = Log?.WarnAsync(; return Get("B_" + key, ); } static string C(string key) { if (Log != null) Log.Warn(; if (Log is { } l) { l.Warn("x"); { { { l.Warn("y"); } } } } return Get(key.Trim(, "Ab1-x.Y-22"); } static string D(string? p) => $"Host=h;Password={(p ?? ).Trim()};"; static string F(string p) => $"https://x/?appid={Uri.EscapeDataString(Uri.EscapeDataString(Uri.EscapeDataString(Uri.EscapeDataString(p))))}"; static void G() { _ = D("Ab2-x.Y-33"); _ = F(); _ = B(); _ = C("k"); } }""",
        });
}
