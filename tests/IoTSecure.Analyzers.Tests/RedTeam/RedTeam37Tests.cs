using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 37: the changes since 6d1cb44 (red team 36's fixes, twentieth session) and shapes around them: ONVIF handles
/// with abbreviations; IOT3005 collections named for security values, narrow draws, comparisons of draws; placeholders
/// and filled-in templates in modem commands; IOT1005 hash buffers, nested blocks and keyed functions; IOT1001 helper
/// parameters kept (trimmed, coalesced, escaped), defaults past logs, readers, initializers; and device-code shapes the
/// rule pages promise (partial classes, records, named arguments, primary constructors, switch expressions, tuples, local
/// functions, lambdas, async). About half are hard negatives. Expectations come from docs/rules, not from what the
/// analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam37Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam37Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. ONVIF handles (IOT1004) ----------

    // Hard negative. IOT1004 (twentieth session): "beside a part that reads as a word, one part of up to five letters in one
    // case (with a vowel past three letters) is an abbreviation (a codec or a resolution ...)". HEVC, CIF, JPEG, MPEG4 and
    // WXGA profiles as cameras name them.
    [Fact]
    public Task RT37_profiles_with_one_codec_or_resolution_part_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public class Profile { public string Name { get; set; } = ""; public string token { get; set; } = ""; }
            public static class Camera
            {
                public static Profile[] All() => new[]
                {
                    new Profile { Name = "main", token = "Profile_HEVC_1" }, // expect: none
                    new Profile { Name = "sub", token = "SubStream_CIF_2" }, // expect: none
                    new Profile { Name = "jpeg", token = "profile_2_jpeg" }, // expect: none
                    new Profile { Name = "mpeg", token = "VideoEncoder_MPEG4_3" }, // expect: none
                    new Profile { Name = "wide", token = "MainStream_WXGA_1" }, // expect: none
                };
            }
            """);

    // Hard negative. IOT1004 (nineteenth session): "Under a bare `token`, a handle numbered as camera makers number ONVIF
    // profiles and sources (...) is a reference, not a secret". Profile tokens NVRs report (a HikVision NVR's
    // "ProfileToken006", an IVSEC NVR's "profile_0_main" and "profile_1_sub", as quoted in agsh/onvif issues #369 and #328).
    [Fact]
    public Task RT37_profile_tokens_nvrs_report_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public class MediaProfile { public string Name { get; set; } = ""; public string token { get; set; } = ""; }
            public static class Nvr
            {
                public static MediaProfile Hik() => new MediaProfile { Name = "ch6", token = "ProfileToken006" }; // expect: none
                public static MediaProfile Main() => new MediaProfile { Name = "mainStream", token = "profile_0_main" }; // expect: none
                public static MediaProfile Sub() => new MediaProfile { Name = "subStream", token = "profile_1_sub" }; // expect: none
            }
            """);

    // IOT1004 (twentieth session): "one part of up to five letters ... is an abbreviation"; "groups of random letters with no
    // word among them stay secrets"; (nineteenth) "letters that read as no words make no handle". Three and four blocks of
    // three random letters beside one word: at most one of them is an abbreviation, the rest are random letters.
    [Fact]
    public Task RT37_several_three_letter_random_blocks_beside_a_word_stay_secrets() =>
        ExpectComments.AssertAsync("""
            public class CloudSession { public string token { get; set; } = ""; }
            public static class Uplink
            {
                public static CloudSession A() => new CloudSession { token = "uplink_QXZ_WPT_JHQ_48213" }; // expect: IOT1004
                public static CloudSession B() => new CloudSession { token = "relay_kvq_zpt_mhx_nrb_7" }; // expect: IOT1004
            }
            """);

    // IOT1004: "a bare `Token` holding one lower-case word (a shell command's `Token => "reboot"`)" is no secret; (nineteenth
    // session) "letters that read as no words make no handle (`"q8Zt0"`, `"xkqzvbwmtrplfj20931"` stay secrets)". Sixteen
    // random lower-case letters are no word.
    [Fact]
    public Task RT37_random_lower_case_letters_under_a_bare_token_are_a_secret() =>
        ExpectComments.AssertAsync("""
            public class GatewaySession { public string token { get; set; } = ""; }
            public sealed class Gateway
            {
                private readonly string _token = "qzvxkwtbrmplhjdn"; // expect: IOT1004
                public static GatewaySession A() => new GatewaySession { token = "xkqzvbwmtrplfjdh" }; // expect: IOT1004
                public int Length => _token.Length;
            }
            """);

    // IOT1004: "A string field, property or local whose name says it holds a secret, given a value written in the code";
    // the values that are not secrets are prose, GUIDs, keys and paths, the name repeated and fake data. Sixteen random
    // capital letters under an API key's and an access token's name are none of those (no status word: no word at all).
    [Fact]
    public Task RT37_random_capital_letters_under_api_key_names_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public static class Cloud
            {
                public const string GatewayApiKey = "QXZKVWPTRBJHQMLK"; // expect: IOT1004
                public static readonly string FleetAccessToken = "WBZQKXJVTRMPLHGD"; // expect: IOT1004
            }
            """);

    // ---------- 2. IOT3005: collections, narrow draws, comparisons ----------

    // IOT3005 (twentieth session): "A value kept as the key of a collection whose name says it holds security values ..., or
    // added to one (`_usedNonces.Add(...)`), is one of them, however it is drawn". A nonce inserted at the head of a list of
    // recent nonces is added to it.
    [Fact]
    public Task RT37_a_nonce_inserted_into_a_list_of_recent_nonces_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class ReplayGuard
            {
                private readonly Random _rng = new();
                private readonly List<string> _recentNonces = new();
                public string Issue()
                {
                    _recentNonces.Insert(0, _rng.Next().ToString("x8")); // expect: IOT3005
                    return _recentNonces[0];
                }
            }
            """);

    // IOT3005: "The use is read from the name of what receives the value: the variable, field or property it is assigned
    // to"; (twentieth session) a collection "whose name says it holds security values" holds them. A dictionary of tokens
    // keyed by the device's name: its values are tokens.
    [Fact]
    public Task RT37_a_token_stored_in_a_table_of_tokens_by_device_name_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class TokenIssuer
            {
                private readonly Random _rng = new();
                private readonly Dictionary<string, string> _tokensByDeviceName = new();
                public void Issue(string deviceName) => _tokensByDeviceName[deviceName] = _rng.NextInt64().ToString("x16"); // expect: IOT3005
            }
            """);

    // IOT3005 (twentieth session): "A value kept as the key of a collection whose name says it holds security values
    // (`_sessions[rng.Next().ToString("x8")] = user`, ...) ... is one of them, however it is drawn". Session numbers of 900
    // values kept as keys of a ConcurrentDictionary of sessions through AddOrUpdate and GetOrAdd.
    [Fact]
    public Task RT37_narrow_session_numbers_kept_by_add_or_update_and_get_or_add_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Concurrent;
            public sealed class SessionTable
            {
                private readonly Random _rng = new();
                private readonly ConcurrentDictionary<int, string> _sessions = new();
                public void Open(string user) => _sessions.AddOrUpdate(_rng.Next(100, 1000), user, (_, _) => user); // expect: IOT3005
                public string Join(string user) => _sessions.GetOrAdd(_rng.Next(100, 1000), user); // expect: IOT3005
            }
            """);

    // IOT3005: "`System.Random` (including `Random.Shared`) producing a value that ends up in a security use: ... token ...
    // session identifier ... the method or property that returns it". A session token made by shuffling an alphabet with
    // Random.Shared.Shuffle (.NET 8) and returning its first sixteen characters.
    [Fact]
    public Task RT37_a_session_token_made_by_random_shuffle_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Pairing
            {
                private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                public static string NewSessionToken()
                {
                    var chars = Alphabet.ToCharArray();
                    Random.Shared.Shuffle(chars); // expect: IOT3005
                    return new string(chars, 0, 16);
                }
            }
            """);

    // Hard negative. IOT3005: "Picking a random element for load balancing, sampling or back-off ends in a name such as
    // `server`, `subset` or `retryDelay` and is not reported." A gateway picking an edge server for a session (sticky
    // sessions): the pick ends in `server`, then is remembered per session.
    [Fact]
    public Task RT37_a_server_picked_for_a_sticky_session_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class Balancer
            {
                private readonly Random _rng = new();
                private readonly string[] _servers = { "edge-a.plant.local", "edge-b.plant.local", "edge-c.plant.local" };
                private readonly Dictionary<string, string> _sessionServers = new();
                public string Route(string sessionId)
                {
                    var server = _servers[_rng.Next(_servers.Length)]; // expect: none
                    _sessionServers[sessionId] = server;
                    return server;
                }
            }
            """);

    // Hard negative. IOT3005 (twentieth session): "a comparison of a draw (`_rng.Next(2) == 1`) is a coin flip, whatever
    // receives it". A chaos test deciding when to rotate a session key or resend a nonce, compared in pattern form.
    [Fact]
    public Task RT37_draws_compared_in_patterns_are_coin_flips() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class ChaosMonkey
            {
                private readonly Random _rng = new();
                public bool RotateSessionKeyNow() => _rng.Next(100) is < 5; // expect: none
                public bool Resend()
                {
                    bool resendNonce = _rng.Next(10) is 0; // expect: none
                    return resendNonce;
                }
            }
            """);

    // Hard negative. IOT3005 (twentieth session): "a number drawn from a few constant values (`Next(max)` or `Next(min, max)`
    // with at most 1,000 values) and kept only as a dictionary's key ... is a slot, no token"; "A bound held in a read-only
    // field (`static readonly int SensorCount = 12`) counts as a constant one". A read-only field initialised from a
    // constant expression, and a read-only field plus one.
    [Fact]
    public Task RT37_slots_bounded_by_read_only_fields_in_expressions_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class ProbeSimulator
            {
                private const int Channels = 3;
                private static readonly int SensorCount = Channels * 4;
                private static readonly int ProbeCount = 9;
                private readonly Random _rng = new(11);
                private readonly Dictionary<int, double> _readings = new();
                public void Tick()
                {
                    _readings[_rng.Next(SensorCount)] = 20 + _rng.NextDouble(); // expect: none
                    _readings[_rng.Next(1, ProbeCount + 1)] = 4 + _rng.NextDouble(); // expect: none
                }
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; (twentieth session) a
    // draw from a few values kept as a dictionary's key is "a slot, no token". A simulator picking one of six sensor names
    // from a read-only table and keeping a reading under it.
    [Fact]
    public Task RT37_a_sensor_name_picked_from_a_table_as_a_readings_key_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class PlantSimulator
            {
                private static readonly string[] SensorNames = { "boiler", "chiller", "pump-a", "pump-b", "intake", "exhaust" };
                private readonly Random _rng = new(5);
                private readonly Dictionary<string, double> _readings = new();
                public void Tick() => _readings[SensorNames[_rng.Next(SensorNames.Length)]] = 18 + 4 * _rng.NextDouble(); // expect: none
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; IOT1003: "a keyboard
    // report's key codes ... are no key material". A keyboard simulator queueing random HID key codes.
    [Fact]
    public Task RT37_a_keyboard_simulators_key_codes_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class KeyboardSimulator
            {
                private readonly Random _rng = new(9);
                private readonly Queue<int> _keyCodes = new();
                public void Type() => _keyCodes.Enqueue(_rng.Next(4, 40)); // expect: none
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; IOT3005's example
    // `var jitter = Random.Shared.Next(0, 500); // fine`. Jitter and delays of a token refresher, named for the token.
    [Fact]
    public Task RT37_token_refresh_delays_and_jitter_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class TokenRefresher
            {
                private readonly Random _rng = new();
                public TimeSpan NextTokenRefreshDelay() => TimeSpan.FromMilliseconds(_rng.Next(500, 1500)); // expect: none
                public int SessionRetryJitterMs() => _rng.Next(0, 250); // expect: none
            }
            """);

    // ---------- 3. modem commands ----------

    // IOT1006: "`"[wifi password]"`" is a template value; "a placeholder in a modem command, which is sent as written
    // (`AT+CWJAP="ssid","xxxxxxxx"`)" is reported. The doc's bracketed placeholder at a Wi-Fi and an APN password's place.
    [Fact]
    public Task RT37_bracketed_placeholders_at_modem_password_places_are_iot1006() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Esp
            {
                public static void A(ModemPort port) => port.WriteLine("AT+CWJAP=\"plant-wifi\",\"[wifi password]\"\r"); // expect: IOT1006
                public static void B(ModemPort port) => port.WriteLine("AT+CGAUTH=1,1,\"iot\",\"[apn password]\"\r"); // expect: IOT1006
            }
            """);

    // IOT1006 (twentieth session): "a `${VAR}` placeholder at a SIM PIN's place (`AT+CPIN="${SIM_PIN}"`) or at any modem
    // command's value (...) is one". ${VAR} written through an interpolation's escaped braces, at AT+CLCK's PIN, at Quectel
    // AT+QICSGP's password and at ESP-AT AT+MQTTUSERCFG's password.
    [Fact]
    public Task RT37_dollar_brace_placeholders_at_more_modem_places_are_iot1006() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Provision
            {
                public static void A(ModemPort port) => port.WriteLine($"AT+CPIN=\"${{SIM_PIN}}\"\r"); // expect: IOT1006
                public static void B(ModemPort port) => port.WriteLine("AT+CLCK=\"SC\",1,\"${SIM_PIN}\"\r"); // expect: IOT1006
                public static void C(ModemPort port) => port.WriteLine("AT+QICSGP=1,1,\"iot.plant\",\"plant\",\"${APN_PASSWORD}\",1\r"); // expect: IOT1006
                public static void D(ModemPort port) => port.WriteLine("AT+MQTTUSERCFG=0,1,\"kiln-4\",\"kiln\",\"${MQTT_PASSWORD}\",0,0,\"\"\r"); // expect: IOT1006
            }
            """);

    // Hard negative. IOT1006 (twentieth session): "a modem command held whole in a constant that the code fills in before
    // sending it (`CpinTemplate.Replace("<pin>", pin)`, ...) is a template, not a placeholder sent as written". The team's
    // own helper fills it in.
    [Fact]
    public Task RT37_a_modem_template_filled_by_a_team_helper_stays_quiet() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Unlock
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r"; // expect: none
                private static string Fill(string template, string pin) => template.Replace("<sim-pin>", pin);
                public static void A(ModemPort port, string pin) => port.WriteLine(Fill(CpinTemplate, pin));
            }
            """);

    // Hard negative. IOT1006 (twentieth session): "... `new StringBuilder(CpinTemplate).Replace(...)`) is a template"; IOT1001
    // (tenth session): "a `StringBuilder`'s text from its creation and the statements that append to it". The builder made
    // in one statement (explicitly and target-typed) and filled by Replace in the next.
    [Fact]
    public Task RT37_modem_templates_filled_by_a_builder_in_later_statements_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Apn
            {
                private const string ApnTemplate = "AT+CGAUTH=1,1,\"iot\",\"${APN_PASSWORD}\"\r"; // expect: none
                private const string ClckTemplate = "AT+CLCK=\"SC\",1,\"<sim-pin>\"\r"; // expect: none
                public static void A(ModemPort port, string password)
                {
                    var command = new StringBuilder(ApnTemplate);
                    command.Replace("${APN_PASSWORD}", password);
                    port.WriteLine(command.ToString());
                }
                public static void B(ModemPort port, string pin)
                {
                    StringBuilder command = new(ClckTemplate);
                    command.Replace("<sim-pin>", pin);
                    port.WriteLine(command.ToString());
                }
            }
            """);

    // Hard negative. IOT1006 (twentieth session): a modem command held in a constant that the code fills in
    // ("`string.Format(CpinFormat, pin)`") is a template. A format given a culture first, and a template in a static
    // read-only field filled by Regex.Replace.
    [Fact]
    public Task RT37_modem_templates_filled_by_culture_format_and_regex_replace_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Globalization;
            using System.Text.RegularExpressions;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Unlock
            {
                private const string CpinFormat = "AT+CPIN=\"{0}\"\r"; // expect: none
                private static readonly string ClckTemplate = "AT+CLCK=\"SC\",1,\"<pin>\"\r"; // expect: none
                public static void A(ModemPort port, string pin) => port.WriteLine(string.Format(CultureInfo.InvariantCulture, CpinFormat, pin));
                public static void B(ModemPort port, string pin) => port.WriteLine(Regex.Replace(ClckTemplate, "<pin>", pin));
            }
            """);

    // Hard negative. IOT1001: SIM PINs are read "in an AT command"; IOT1006 (nineteenth session): "other words there
    // (`"READY"`, the facility `"SC"`) ... are no PIN". Queries, a lock-status request, an APN context and a modem's
    // replies asking for a PIN or a PUK.
    [Fact]
    public Task RT37_modem_queries_and_pin_requests_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class ModemStatus
            {
                public const string PinQuery = "AT+CPIN?\r"; // expect: none
                public const string LockQuery = "AT+CLCK=\"SC\",2\r"; // expect: none
                public const string Context = "AT+CGDCONT=1,\"IP\",\"iot.1nce.net\"\r"; // expect: none
                public static bool NeedsPin(string reply) => reply.Contains("+CPIN: SIM PIN"); // expect: none
                public static bool NeedsPuk(string reply) => reply.Contains("+CPIN: SIM PUK"); // expect: none
            }
            """);

    // Hard negative. IOT1001: SIM PINs, PUKs and APN passwords are read in AT commands, and "an operator's published APN login,
    // the user name again or a label of the APN, is not one"; IOT1006: a placeholder "at a SIM PIN's place ... or at any modem
    // command's value" is one. ${VAR} placeholders at an APN's name and at an SSID: only the Wi-Fi key's is a credential's.
    [Fact]
    public Task RT37_placeholders_at_an_apn_name_and_an_ssid_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Attach
            {
                public static void A(ModemPort port) => port.WriteLine("AT+CGDCONT=1,\"IP\",\"${APN_NAME}\"\r"); // expect: none
                public static void B(ModemPort port) => port.WriteLine("AT+CWJAP=\"${WIFI_SSID}\",\"${WIFI_PSK}\"\r"); // expect: IOT1006
            }
            """);

    // IOT1001: "A helper's parameter written into an AT command ... is read once per call of the helper"; (fifteenth session)
    // "A caller's text stays the caller's when trimmed (`token.Trim()`, `token?.Trim()`) or given a fallback of no text";
    // `AT+CPIN="<PUK>","<new PIN>"` is "two findings". PINs and a PUK handed to helpers that trim and coalesce them.
    [Fact]
    public Task RT37_pins_trimmed_and_coalesced_in_at_command_helpers_are_read_per_call() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Sim
            {
                private static void EnterPin(ModemPort port, string? pin) => port.WriteLine($"AT+CPIN=\"{(pin ?? "").Trim()}\"\r");
                private static void EnterPuk(ModemPort port, string? puk, string newPin) => port.WriteLine($"AT+CPIN=\"{puk?.Trim()}\",\"{newPin.Trim()}\"\r");
                public static void Boot(ModemPort port)
                {
                    EnterPin(port, "8073"); // expect: IOT1001
                    EnterPuk(port,
                        "61940273", // expect: IOT1001
                        "5286"); // expect: IOT1001
                }
            }
            """);

    // ---------- 4. IOT1005 buffers and keyed functions ----------

    // IOT1005 (eighteenth session): "a byte buffer a hash fills after it is declared (...) holds what that hash derives from";
    // `FillingHash` takes "`TryComputeHash` of any hash or HMAC"; a streaming hash fed the serial "derives what is read from
    // it". An unkeyed SHA-256 instance's TryComputeHash, and IncrementalHash's GetHashAndReset(Span) fed the IMEI.
    [Fact]
    public Task RT37_buffers_filled_by_an_unkeyed_instance_and_get_hash_and_reset_span_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Dryer
            {
                public static string SetupPin(string serialNumber)
                {
                    var digest = new byte[32];
                    using var sha = SHA256.Create();
                    sha.TryComputeHash(Encoding.UTF8.GetBytes(serialNumber), digest, out _);
                    var setupPin = (BitConverter.ToUInt32(digest) % 100000000).ToString("D8"); // expect: IOT1005
                    return setupPin;
                }
                public static string ServicePin(string imei)
                {
                    var digest = new byte[32];
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(Encoding.ASCII.GetBytes(imei));
                    h.GetHashAndReset(digest);
                    var servicePin = (BitConverter.ToUInt32(digest) % 1000000).ToString("D6"); // expect: IOT1005
                    return servicePin;
                }
            }
            """);

    // IOT1005: "Encodings and unkeyed hashes of such data (...) are still derived from public data"; (eighteenth session) a
    // buffer a hash fills "holds what that hash derives from". An async method awaiting SHA256.HashDataAsync over a
    // stream of the serial's bytes into the buffer.
    [Fact]
    public Task RT37_a_buffer_filled_by_an_awaited_hash_data_async_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            public static class Fridge
            {
                public static async Task<string> ApPasswordAsync(string serialNumber)
                {
                    var digest = new byte[32];
                    await SHA256.HashDataAsync(new MemoryStream(Encoding.UTF8.GetBytes(serialNumber)), digest);
                    var apPassword = Convert.ToHexString(digest)[..12]; // expect: IOT1005
                    return apPassword;
                }
            }
            """);

    // IOT1005 (sixteenth session): "A keyed function whose key is itself public data (an HMAC keyed with the MAC or the
    // serial ...) does not end the chain: anyone who reads the MAC computes it." PBKDF2 whose password is the serial number
    // (salt written in the firmware), HKDF whose input key material is the MAC.
    [Fact]
    public Task RT37_pbkdf2_and_hkdf_keyed_with_public_data_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            public static class Hotspot
            {
                public static string ApPassword(string serialNumber)
                {
                    var apPassword = Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(serialNumber, "hotspot-v2"u8.ToArray(), 4096, HashAlgorithmName.SHA256, 12)); // expect: IOT1005
                    return apPassword;
                }
                public static string WpsPin(PhysicalAddress radio)
                {
                    var wpsPin = (BitConverter.ToUInt32(HKDF.DeriveKey(HashAlgorithmName.SHA256, radio.GetAddressBytes(), 4)) % 10000000).ToString("D7"); // expect: IOT1005
                    return wpsPin;
                }
            }
            """);

    // Hard negative. IOT1005: "A keyed function (`HMACSHA256` with a factory secret, PBKDF2, HKDF) ... ends the chain"; "A key
    // from a parameter, the environment or a factory secret still does". PBKDF2 keyed with a factory secret salted with
    // the serial, HKDF keyed with a factory key salted with the MAC.
    [Fact]
    public Task RT37_pbkdf2_and_hkdf_keyed_with_factory_secrets_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public static class Hotspot
            {
                private static readonly string FactorySecret = File.ReadAllText("/factory/ap.secret").Trim();
                private static readonly byte[] FactoryKey = File.ReadAllBytes("/factory/wps.key");
                public static string ApPassword(string serialNumber)
                {
                    var apPassword = Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(FactorySecret, Encoding.UTF8.GetBytes(serialNumber), 100000, HashAlgorithmName.SHA256, 12)); // expect: none
                    return apPassword;
                }
                public static string WpsPin(PhysicalAddress radio)
                {
                    var wpsPin = (BitConverter.ToUInt32(HKDF.DeriveKey(HashAlgorithmName.SHA256, FactoryKey, 4, radio.GetAddressBytes())) % 10000000).ToString("D7"); // expect: none
                    return wpsPin;
                }
            }
            """);

    // Hard negative. IOT1005 (eighteenth session): a buffer "filled by `RandomNumberGenerator.Fill` ... is not derived";
    // (twentieth) "a buffer holds the last hash that fills it *before* it is read". A buffer that held a hash of the serial
    // (for a tag) is refilled by the cryptographic generator before the PIN is cut from it.
    [Fact]
    public Task RT37_a_buffer_refilled_by_the_cryptographic_generator_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Locker
            {
                public string Tag { get; private set; } = "";
                public string NewServicePin(string serialNumber)
                {
                    var buffer = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    Tag = Convert.ToHexString(buffer, 0, 4);
                    RandomNumberGenerator.Fill(buffer);
                    var servicePin = (BitConverter.ToUInt32(buffer) % 1000000).ToString("D6"); // expect: none
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005 (thirteenth session): "A value any part of which passes a keyed function is not derived"; the
    // fix example `Convert.ToHexString(HMACSHA256.HashData(factoryKey, Encoding.UTF8.GetBytes(serial)))`. The HMAC's text cut
    // by Remove and dashed by Insert, and its base64 cut by LINQ into a new string.
    [Fact]
    public Task RT37_keyed_outputs_cut_by_remove_insert_and_linq_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Linq;
            using System.Security.Cryptography;
            using System.Text;
            public static class Provision
            {
                private static readonly byte[] FactoryKey = File.ReadAllBytes("/factory/ap.key");
                public static string A(string serialNumber)
                {
                    var hex = Convert.ToHexString(HMACSHA256.HashData(FactoryKey, Encoding.UTF8.GetBytes(serialNumber)));
                    var apPassword = hex.Remove(12).Insert(6, "-"); // expect: none
                    return apPassword;
                }
                public static string B(string serialNumber)
                {
                    var wifiPassword = new string(Convert.ToBase64String(HMACSHA256.HashData(FactoryKey, Encoding.UTF8.GetBytes(serialNumber))).Take(14).ToArray()); // expect: none
                    return wifiPassword;
                }
            }
            """);

    // ---------- 5. IOT1001: helpers, wrappers, readers, defaults ----------

    // IOT1001 (twentieth session): "A helper's parameter trimmed, coalesced with no text or escaped where a connection string
    // or URL writes it (..., `&appid={Uri.EscapeDataString(key)}`) is read per call as the bare parameter is"; URLs built by
    // "`string.Format`" or "a concatenation of any length". Escaped keys in a string.Format URL and in a concatenated one.
    [Fact]
    public Task RT37_escaped_helper_keys_in_format_and_concatenated_urls_are_read_per_call() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Weather
            {
                public static Task<string> Owm(HttpClient http, string city, string apiKey) =>
                    http.GetStringAsync(string.Format("https://api.openweathermap.org/data/2.5/weather?q={0}&appid={1}", Uri.EscapeDataString(city), Uri.EscapeDataString(apiKey)));
                public static Task<string> Pws(HttpClient http, string station, string key) =>
                    http.GetStringAsync("https://api.weather.example/v2/pws/observations/current?stationId=" + station + "&format=json&apiKey=" + WebUtility.UrlEncode(key));
            }
            public static class Roof
            {
                public static Task<string> A(HttpClient http) => Weather.Owm(http, "Bergen", "b7Kq2xVm9TzL4wPn8RcY3dHf6JsA1eGu"); // expect: IOT1001
                public static Task<string> B(HttpClient http) => Weather.Pws(http, "IBERGEN42", "Zt5nQw8eLk3Vb7Xy2Mp6Rd9Hs4Gc1Jf"); // expect: IOT1001
            }
            """);

    // IOT1001: "a constructor parameter kept in a field or property, `_apiKey = apiKey` read later in `"...?api_key=" +
    // _apiKey`"; (twelfth session) "`_password = password.Trim()`"; (fifteenth) `token?.Trim()`; `key ?? throw ...` is the
    // value itself (the resolver's KeptOperand); (thirteenth) "An escaped query value ... is the value it escapes". A weather
    // wrapper storing `apiKey?.Trim() ?? throw ...` and escaping it in its URL.
    [Fact]
    public Task RT37_a_wrappers_key_trimmed_or_thrown_and_escaped_in_its_url_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class WeatherFeed
            {
                private readonly HttpClient _http;
                private readonly string _apiKey;
                public WeatherFeed(HttpClient http, string? apiKey)
                {
                    _http = http;
                    _apiKey = apiKey?.Trim() ?? throw new ArgumentNullException(nameof(apiKey));
                }
                public Task<string> Now(string city) =>
                    _http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q={Uri.EscapeDataString(city)}&appid={Uri.EscapeDataString(_apiKey)}");
            }
            public static class Deck
            {
                public static WeatherFeed Feed(HttpClient http) => new WeatherFeed(http, "e3Rk8Lw2Qz6Vn9Tb4Yx7Mc1Jp5Hd0Gs"); // expect: IOT1001
            }
            """);

    // IOT1001 (eighteenth session): "A team's configuration reader with a written fallback (...) ships that call's fallback,
    // read at a sink"; "Target-typed `new(...)`, named arguments, object initializers ... count". The reader called with
    // named arguments in the other order: the fallback ships, the variable's name is no value.
    [Fact]
    public Task RT37_a_readers_fallback_given_by_named_arguments_out_of_order_ships() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Env
            {
                public static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback;
            }
            public static class Press
            {
                public static void A(MqttClient m) => m.Connect("press-2", "press", Env.Get(
                    fallback: "Jd4!press-Wq7Lz", // expect: IOT1001
                    key: "PRESS_MQTT_PASSWORD")); // expect: none
            }
            """);

    // IOT1001: "Defaults that ship in the code are read where they are written: a `??=` default of a local or field given
    // after reading the environment (`key ??= "..."`...)"; (nineteenth session) a null-conditional log call "does not hide the
    // default". A helper that logs first, reads the environment into a local and gives it a `??=` default.
    [Fact]
    public Task RT37_a_coalescing_default_in_a_helper_that_logs_first_ships() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public sealed class Log { public void Debug(string m) { } }
            public sealed class Silo
            {
                private readonly Log? _log;
                public Silo(Log? log) => _log = log;
                private string Token()
                {
                    _log?.Debug("reading the silo token");
                    var token = Environment.GetEnvironmentVariable("SILO_TOKEN");
                    token ??= "Sq9-silo.LogFirst-51Vb"; // expect: IOT1001
                    return token;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-Auth-Token", Token());
            }
            """);

    // IOT1001 (eighteenth/nineteenth/twentieth sessions): "A getter that logs between its default and its return" is read;
    // "a log call under an `if` (`if (_log != null) _log.Warn(...)`)" does not hide the default. The log call with an else
    // branch logging elsewhere.
    [Fact]
    public Task RT37_a_default_past_a_log_with_an_else_branch_ships() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public sealed class Log { public void Warn(string m) { } }
            public sealed class Hopper
            {
                private string _token = "";
                private Log? _log;
                private string A()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Hp1-hopper.Else-62Rw"; // expect: IOT1001
                    if (_log != null) _log.Warn("using the bench token"); else Console.Error.WriteLine("using the bench token");
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", A());
                public void Set(string token, Log log) { _token = token; _log = log; }
            }
            """);

    // IOT1001 (eighteenth/nineteenth sessions): "A getter that logs between its default and its return" is read; a log call
    // "between a default and its return does not hide the default". The log's message first held in a local.
    [Fact]
    public Task RT37_a_default_past_a_log_whose_message_is_held_in_a_local_ships() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class Log { public void Warn(string m) { } }
            public sealed class Auger
            {
                private string _token = "";
                private Log? _log;
                private string B()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Ag2-auger.Message-73Sx"; // expect: IOT1001
                    var message = "using the bench token for " + nameof(Auger);
                    _log?.Warn(message);
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", B());
                public void Set(string token, Log log) { _token = token; _log = log; }
            }
            """);

    // Hard negative. IOT1001: "A secret written in the source code that reaches a parameter known to carry a credential";
    // "Not findings: ... values from parameters, the environment". Defaults shipped past logs for a broker's host and a client
    // id: no credential's places.
    [Fact]
    public Task RT37_defaults_past_logs_at_host_and_client_id_places_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Log { public void Warn(string m) { } }
            public sealed class Boiler
            {
                private static Log? _log;
                private static string Host()
                {
                    var h = Environment.GetEnvironmentVariable("BOILER_BROKER") ?? "";
                    if (h.Length == 0) h = "broker-7.plant.local"; // expect: none
                    _log?.Warn("using the default broker");
                    return h;
                }
                private static string ClientId()
                {
                    var id = Environment.GetEnvironmentVariable("BOILER_CLIENT_ID") ?? "";
                    if (id.Length == 0) id = "Bq4-boiler.Id-93Tz"; // expect: none
                    _log?.Warn("using the default client id");
                    return id;
                }
                public static void Start() => new MqttClient(Host()).Connect(ClientId(), "boiler", Environment.GetEnvironmentVariable("BOILER_MQTT_PASSWORD") ?? "");
            }
            """);

    // ---------- 6. device-code shapes ----------

    // IOT1001: "a record built by a target-typed `new(...)` in a declaration (...) writes its positional properties";
    // "Target-typed `new(...)`, named arguments ... count". A positional record built with named arguments in the other
    // order: the password is the one named Password.
    [Fact]
    public Task RT37_a_record_built_with_named_arguments_out_of_order_is_read_by_name() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed record BrokerLogin(string User, string Password);
            public static class Plant
            {
                private static readonly BrokerLogin Login = new(
                    Password: "Tq6#wLm2-Vz9Rk", // expect: IOT1001
                    User: "plant-gw"); // expect: none
                public static void Connect(MqttClient m) => m.Connect("plant-1", Login.User, Login.Password);
            }
            """);

    // IOT1001: "A secret written in the source code that reaches a parameter known to carry a credential"; "The value is
    // followed back to where it is written"; (fourteenth/sixteenth sessions) "a local function", a helper "awaited",
    // "`Task.Run(() => "...")`". A password a lambda returns, and one an async local function returns after a yield.
    [Fact]
    public Task RT37_passwords_returned_by_a_lambda_and_an_async_local_function_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Bench
            {
                public static void A(MqttClient m)
                {
                    Func<string> bench = () => "Nc5%bench-Wq2Lp"; // expect: IOT1001
                    m.Connect("bench-2", "bench", bench());
                }
                public static async Task B(MqttClient m)
                {
                    async ValueTask<string> LoadAsync() { await Task.Yield(); return "Gm7&load-Xr4Kt"; } // expect: IOT1001
                    m.Connect("bench-3", "bench", await LoadAsync());
                }
            }
            """);

    // IOT1001: "so are a primary constructor's parameter"; "each arm of a switch expression"; a secret-named query value
    // (`&apikey=`) in a request URI. A primary-constructor client built with a key chosen per region.
    [Fact]
    public Task RT37_a_primary_constructors_key_chosen_by_a_switch_expression_is_iot1001_per_arm() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Uplink(HttpClient http, string apiKey)
            {
                public Task<string> Push(string body) => http.GetStringAsync($"https://push.example/v1/send?api_key={apiKey}&m={Uri.EscapeDataString(body)}");
            }
            public static class Sites
            {
                public static Uplink For(HttpClient http, string region) => new Uplink(http, region switch
                {
                    "eu" => "Lq3-eu.Push-72Kd", // expect: IOT1001
                    "us" => "Lq4-us.Push-83Me", // expect: IOT1001
                    _ => Environment.GetEnvironmentVariable("PUSH_KEY") ?? "", // expect: none
                });
            }
            """);

    // IOT1001: "key/value tuples (`("ota.token", "...")` ...)" and "`Add`/`TryAdd`/`Set` calls with a key and a value" stored
    // under a secret-named key; "identifiers" are no secrets. An OAuth client-credentials form built from KeyValuePairs.
    [Fact]
    public Task RT37_a_client_secret_in_key_value_pairs_of_a_form_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            public static class Oauth
            {
                public static FormUrlEncodedContent TokenRequest() => new FormUrlEncodedContent(new[]
                {
                    new KeyValuePair<string, string>("grant_type", "client_credentials"), // expect: none
                    new KeyValuePair<string, string>("client_id", "press-line-4"), // expect: none
                    new KeyValuePair<string, string>("client_secret", "Yv2~kQp9Lr4Zt7Wn"), // expect: IOT1001
                    KeyValuePair.Create("scope", "telemetry.write"), // expect: none
                });
            }
            """);

    // IOT1001: `WebHeaderCollection` "indexers (`headers[HttpRequestHeader.Authorization] = ...`)"; (twentieth session) "a
    // header added by a collection initializer ... is judged as one"; `AuthenticationHeaderValue(scheme, parameter)` and
    // "Target-typed `new(...)`" count. An enum-indexed initializer, and a nested initializer setting Authorization.
    [Fact]
    public Task RT37_authorization_set_in_index_and_nested_initializers_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            public static class Hub
            {
                public static WebHeaderCollection Legacy() => new WebHeaderCollection { [HttpRequestHeader.Authorization] = "Bearer Pz5-qWn8Kt3Lx7Rv" }; // expect: IOT1001
                public static HttpRequestMessage Modern() => new HttpRequestMessage(HttpMethod.Get, "https://hub.example/v1/state")
                {
                    Headers = { Authorization = new("Bearer", "Mx2-rTq7Wv4Lk9Ns") } // expect: IOT1001
                };
            }
            """);

    // IOT1001: "`const` fields ... a `Secrets` class in another file"; "private ones in another part of a partial type";
    // (twentieth session) "a header added by a collection initializer (`new HttpRequestMessage { Headers = { {
    // "Ocp-Apim-Subscription-Key", key } } }`...) is ... judged as one". The key a const of another part of a partial class.
    [Fact]
    public Task RT37_a_subscription_key_from_another_partial_part_in_an_initializer_is_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using System.Net.Http;
            public static partial class Secrets { }
            public static class Telemetry
            {
                public static HttpRequestMessage Post() => new HttpRequestMessage(HttpMethod.Post, "https://ingest.example/v1/readings")
                {
                    Headers = { { "Ocp-Apim-Subscription-Key", Secrets.IngestKey } }
                };
            }
            """,
            """
            public static partial class Secrets
            {
                public const string IngestKey = "Qe7b1Kc9f0a2Zd4b6e8Nc3f5a7Wd"; // expect: IOT1001
            }
            """);

    // ---------- 7. hard negatives: keys, hashes, prose, fakes ----------

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment ...; connection strings whose key
    // comes from configuration"; (nineteenth session) "a public helper nothing calls with text is a run-time value". A managed
    // identity's GUID as user, an escaped environment password, and a helper's parameter no caller gives text.
    [Fact]
    public Task RT37_connection_strings_with_guids_and_run_time_passwords_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public class SqlConn { public SqlConn(string connectionString) { } }
            public static class Historian
            {
                public static SqlConn A() => new SqlConn("Server=tcp:historian.plant.example,1433;Database=ops;User ID=6f1c2e9a-0b7d-4c3e-9a51-2d8e7f3b4c10;Authentication=Active Directory Managed Identity;Encrypt=True"); // expect: none
                public static SqlConn B() => new SqlConn($"Server=historian;Database=ops;User Id=ops;Password={Uri.EscapeDataString(Environment.GetEnvironmentVariable("HISTORIAN_DB_PASSWORD") ?? "")};"); // expect: none
                public static SqlConn C(string? password) => new SqlConn($"Host=historian;Username=ops;Password={password?.Trim() ?? throw new ArgumentNullException(nameof(password))}"); // expect: none
            }
            """);

    // Hard negative. IOT1004: names that describe something else are not secrets: "a hash function after the secret's word
    // (`PasswordSha256`, `AdminPasswordMd5`)", "`PasswordHash`"; IOT1002: "stored hashes compared in constant time" are not
    // findings. A service menu checking an entered password against a stored SHA-256 and a bcrypt hash.
    [Fact]
    public Task RT37_stored_password_hashes_named_as_such_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class ServiceMenu
            {
                private const string EngineerPasswordSha256 = "3b9f0c7e52a14d6e8f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f70"; // expect: none
                private const string AdminPasswordHash = "$2b$12$Kq7vLm2Tx5WzR9pN3bYcUeH8dF1gJ4sA6oQ0iE2rT5yU7wXzB9cDk"; // expect: none
                public static bool Engineer(string entered) =>
                    CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(entered)), Convert.FromHexString(EngineerPasswordSha256));
                public static int AdminHashLength => AdminPasswordHash.Length;
            }
            """);

    // Hard negative. IOT1004: "Values that are not secrets are not reported: prose (...), GUIDs ... behind secret-sounding
    // names, configuration keys and paths (`"Mqtt:Broker:Password"`, `"/etc/device/secret"`)"; "configuration keys and
    // environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`)"; "a vault resource's name (`CredentialResource`)".
    [Fact]
    public Task RT37_prose_keys_variable_names_guids_and_paths_under_secret_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Texts
            {
                public const string TokenExpired = "Your session token expired, pair the gateway again."; // expect: none
                public const string WifiPasswordSetting = "Plant:Wifi:Password"; // expect: none
                public const string MqttPasswordVariable = "PLANT_MQTT_PASSWORD"; // expect: none
                public const string PairingTokenCharacteristicUuid = "c2a7f3e1-5b94-4d6e-8f20-91a3b7c4d5e6"; // expect: none
                public const string DeviceSecretPath = "/var/lib/plant/secrets/device.key"; // expect: none
                public const string CredentialResource = "projects/plant/secrets/gateway-mqtt/versions/latest"; // expect: none
            }
            """);

    // Hard negative. IOT1004: "data whose name or value says it is fake, test, dummy, example, sample, mock or stub data, as a
    // word (`DummyPassword`, `"example-api-key-123"`...)" is not reported. Fixtures of a device's simulator mode.
    [Fact]
    public Task RT37_sample_mock_stub_and_example_data_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Fixtures
            {
                public const string SampleApiToken = "Rk3-sample.Tz8LqWv"; // expect: none
                public const string MockBrokerPassword = "Vb6#mq-Lp2WqXz"; // expect: none
                public const string StubDeviceSecret = "Hn4-stub.Kq9ZrTm"; // expect: none
                public const string CloudToken = "example-token-Kq7Lm2Wv"; // expect: none
            }
            """);

    // ---------- 8. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed forms
    // of this red team's shapes.
    [Fact]
    public Task RT37_no_analyzer_throws_on_half_typed_forms_of_the_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """using System; using System.Collections.Generic; using System.Collections.Concurrent; sealed class R { Random _r = new(); List<string> _recentNonces = new(); ConcurrentDictionary<int, string> _sessions = new(); Dictionary<string, string> _tokensByDeviceName = new(); void A() { _recentNonces.Insert(, _r.Next().ToString("x8")); _recentNonces.Insert(0, ); _sessions.AddOrUpdate(_r.Next(100, ), "u", ); _sessions.GetOrAdd(); _tokensByDeviceName[] = _r.Next().ToString(); Random.Shared.Shuffle(); Random.Shared.Shuffle<char>(null!); bool b = _r.Next(100) is < ; bool c = _r.Next() is; } }""",
            """using System; using System.Collections.Generic; sealed class S { static readonly int SensorCount = Channels * ; const int Channels = ; static readonly string[] SensorNames = { }; Random _r = new(); Dictionary<int, double> _readings = new(); Dictionary<string, double> _named = new(); void T() { _readings[_r.Next(SensorCount + )] = 1; _readings[_r.Next(1, SensorCount + 1, 2)] = 2; _named[SensorNames[_r.Next(SensorNames.Length)]] = ; _named[SensorNames[_r.Next()]]; } }""",
            """public sealed class P { public void W(string t) { } const string T = "AT+CPIN=\"<sim-pin>\"\r"; static string Fill(string template, string pin) => template.Replace("<sim-pin>", ); void A(string pin) { W(Fill(T)); W(Fill(, pin)); var c = new System.Text.StringBuilder(T); c.Replace(); System.Text.StringBuilder d = new(); d.Replace("<sim-pin>", pin); W($"AT+CPIN=\"${{SIM_PIN\"\r"); W("AT+CWJAP=\"x\",\"[\""); W("AT+CWJAP=\"x\",\"[]\""); W("AT+CGAUTH=1,1,\"iot\",\"[apn password\""); } }""",
            """using System; using System.IO; using System.Net.NetworkInformation; using System.Security.Cryptography; using System.Text; using System.Threading.Tasks; static class H { static async Task<string> A(string serialNumber) { var digest = new byte[32]; await SHA256.HashDataAsync(, digest); await SHA256.HashDataAsync(new MemoryStream(), ); var apPassword = Convert.ToHexString(digest)[..]; return apPassword; } static string B(string serialNumber) { var apPassword = Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(serialNumber, , 4096, HashAlgorithmName.SHA256, )); var wpsPin = HKDF.DeriveKey(HashAlgorithmName.SHA256, , 4); Span<byte> d = stackalloc byte[32]; using var sha = SHA256.Create(); sha.TryComputeHash(, d, out _); using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); h.GetHashAndReset(); RandomNumberGenerator.Fill(); try { lock (h) { checked { SHA256.HashData(, d); } } } finally { } return apPassword.Remove().Insert(6); } }""",
            """using System; using System.Collections.Generic; using System.Net; using System.Net.Http; using uPLibrary.Networking.M2Mqtt; public sealed record BrokerLogin(string User, string Password); public sealed class Uplink(HttpClient http, string apiKey) { public object P() => http.GetStringAsync($"https://x/?api_key={apiKey"); } static class E { static string Get(string key, string fallback) => Environment.GetEnvironmentVariable(key) ?? fallback; static readonly BrokerLogin L = new(Password: , User: "u"); static readonly BrokerLogin M = new(Password: "Tq6#wLm2-Vz9Rk", Password: "x"); static void A(MqttClient m) { m.Connect("a", "b", Get(fallback: , key: "K")); m.Connect("a", "b", Get(fallback: "Jd4!press-Wq7Lz", fallback: "y")); var (user, password) = ("kiln-7", ); Func<string> bench = () => ; m.Connect("a", user, bench()); string? token = null; token ??= ; _ = new Uplink(null!, "x" switch { "eu" => , _ => "" }); _ = new FormUrlEncodedContent(new[] { new KeyValuePair<string, string>("client_secret", ) }); _ = new WebHeaderCollection { [HttpRequestHeader.Authorization] = , [] = "Bearer Pz5-qWn8Kt3Lx7Rv" }; _ = new HttpRequestMessage { Headers = { Authorization = new(, ) } }; } }""",
            """public class CloudSession { public string token { get; set; } = ""; } static class O { static CloudSession[] A() => new[] { new CloudSession { token = "uplink_QXZ_WPT_JHQ_" }, new CloudSession { token = "_____" }, new CloudSession { token = "000_" }, new CloudSession { token = "qzvxkwtbrmplhjdnqzvxkwtbrmplhjdnqzvxkwtbrmplhjdnqzvxkwtbrmplhjdnq" }, new CloudSession { token = "Profile_ＨＥＶＣ_1" }, new CloudSession { token = "A_B_C_D_E_F_G_H_I_J_K_L_M_N_O_P_Q_R_S_T_U_V_W_X_Y_Z_1" } }; const string GatewayApiKey = "QXZKVWPTRBJHQMLK" + ; }""",
        });
}
