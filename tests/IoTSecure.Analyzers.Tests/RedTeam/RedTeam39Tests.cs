using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 39: red team 38's fixes (4e4ccda) and shapes around them: the letter-pair test for runs of eight or more
/// letters (SecretText.MayBeWord) under secret names and a bare token; IOT3005 routing heads, key phrases and bounds of
/// another file; modem templates filled (or not) by helpers; holes at a number's place in more AT commands; IOT1005 span
/// views of hash buffers; defaults past field writes and try/catch logs. About half are hard negatives. Expectations come
/// from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam39Tests
{
    // ---------- 1. IOT1004: letter runs (MayBeWord) ----------

    // IOT1004 (twenty-first session): "a run of eight or more letters of one case with no vowel in five letters running, or
    // fewer than one vowel in seven letters, reads as no word (`"QXZKVWPTRBJHQMLK"`, ...): it is neither a status word under
    // a secret's name nor a bare `Token`'s one lower-case word, and stays a secret." Sixteen random capitals with no vowel at
    // all, whose letter pairs happen to be common ones (dk, tt, ts, rc, ...).
    [Fact]
    public Task RT39_random_capitals_without_a_vowel_under_secret_names_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public static class Fleet
            {
                public const string FleetApiKey = "DKZTTSLHRCDTGMTB"; // expect: IOT1004
                public static readonly string GatewayAccessToken = "RGCMNCRKWSWGDBTT"; // expect: IOT1004
            }
            """);

    // IOT1004 (twenty-first session): a run with "no vowel in five letters running ... reads as no word", "neither a status
    // word under a secret's name nor ...". Random capitals with a vowel or two but a run of six or more consonants.
    [Fact]
    public Task RT39_random_capitals_with_long_consonant_runs_under_secret_names_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public static class Uplink
            {
                public const string UplinkSecret = "RTDFVFULKLYTJHDF"; // expect: IOT1004
                public const string BridgePassword = "SWDDDDGNQMNFPZCH"; // expect: IOT1004
            }
            """);

    // IOT1004 (twenty-first session): a run of eight or more letters with no vowel in five running "is neither a status word
    // under a secret's name nor ..."; a status word is "One word of capital letters (and underscores)". Two blocks of eight
    // random consonants joined by an underscore.
    [Fact(Skip = "Known trade-off (twenty-first session): capital letters joined by an underscore read as a constant's or an environment variable's name (a configuration key), which IOT1004 leaves alone, whatever the letters.")]
    public Task RT39_random_consonant_blocks_joined_by_an_underscore_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public static class Broker
            {
                public const string BrokerToken = "KRPSRSDL_LTDSBMFM"; // expect: IOT1004
            }
            """);

    // IOT1004 (twenty-first session): a run with no vowel in five running "is neither a status word under a secret's name
    // nor a bare `Token`'s one lower-case word, and stays a secret". Twelve random lower-case consonants under a bare token.
    [Fact]
    public Task RT39_random_lower_case_consonants_under_a_bare_token_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public class RelaySession { public string token { get; set; } = ""; }
            public sealed class Relay
            {
                private readonly string _token = "rksqdnrhpmdv"; // expect: IOT1004
                public static RelaySession A() => new RelaySession { token = "klckrwndvsds" }; // expect: IOT1004
                public int Length => _token.Length;
            }
            """);

    // Hard negative. IOT1004: "a bare `Token` holding one lower-case word (a shell command's `Token => "reboot"`)" is no
    // secret. Real Linux commands a gateway's maintenance shell runs: fwupdmgr (firmware update manager), fwupdtool,
    // vcgencmd (Raspberry Pi), nrfjprog (Nordic): words of a command line, however few vowels.
    [Fact(Skip = "Known trade-off (twenty-first session): a tool name of eight letters with one vowel and rare letter pairs (fwupdmgr) reads as random letters by the no-word test, which random consonant strings must fail.")]
    public Task RT39_shell_command_tokens_of_firmware_tools_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public abstract class ShellCommand { public abstract string Token { get; } }
            public sealed class FirmwareUpdate : ShellCommand { public override string Token => "fwupdmgr"; } // expect: none
            public sealed class FirmwareTool : ShellCommand { public override string Token => "fwupdtool"; } // expect: none
            public sealed class BoardQuery : ShellCommand { public override string Token => "vcgencmd"; } // expect: none
            public sealed class Flasher : ShellCommand { public override string Token => "nrfjprog"; } // expect: none
            """);

    // Hard negative. IOT1004 (red team 38): "the letter-pair test replaces a vowel count for runs of eight or more letters
    // (`"postscript"`, `"lengthwise"` and `"ZUTRITTSSPERRE"` are words)"; a status word under a secret's name
    // (`RevokedToken = "REVOKED"`) is the code's state. A Polish access controller's token states: PRZEKROCZONO (limit
    // exceeded; rz, kr, cz, zo), ZABLOKOWANY (blocked), WSTRZYMANY (suspended).
    [Fact]
    public Task RT39_polish_status_words_under_token_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Dostep
            {
                public const string ExceededToken = "PRZEKROCZONO"; // expect: none
                public const string BlockedToken = "ZABLOKOWANY"; // expect: none
                public const string SuspendedToken = "WSTRZYMANY"; // expect: none
            }
            """);

    // ---------- 2. IOT3005: routing heads, key phrases, bounds ----------

    // IOT3005 (red team 38): "a routing word silences a name only as its head (`authServerNonce` is a nonce)". A nonce for a
    // server and a token for an endpoint: the head is the nonce and the token, the routing word only says what they are for.
    [Fact]
    public Task RT39_a_nonce_for_a_server_and_a_token_for_an_endpoint_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Handshake
            {
                private readonly Random _rng = new();
                public string Challenge()
                {
                    var nonceForServer = _rng.NextInt64().ToString("x16"); // expect: IOT3005
                    return nonceForServer;
                }
                public string Bearer()
                {
                    var tokenForEndpoint = _rng.NextInt64().ToString("X16"); // expect: IOT3005
                    return tokenForEndpoint;
                }
            }
            """);

    // Hard negative. IOT3005 (twenty-first session): "A name whose head is what a session or token is routed to
    // (`_sessionServers`, `tokenHost`, `sessionEndpoint`) holds no token"; "Random for jitter, back-off, sampling or
    // simulation is not a finding". Sticky sessions spread over broker shards, partitions and gateways.
    [Fact]
    public Task RT39_a_session_routed_to_a_shard_a_partition_or_a_gateway_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Balancer
            {
                private const int ShardCount = 16;
                private readonly Random _rng = new();
                public void Place(string sessionId)
                {
                    int sessionShard = _rng.Next(ShardCount); // expect: none
                    int tokenPartition = _rng.Next(0, 32); // expect: none
                    int sessionGateway = _rng.Next(4); // expect: none
                    Forward(sessionId, sessionShard, tokenPartition, sessionGateway);
                }
                private static void Forward(string id, int shard, int partition, int gateway) { }
            }
            """);

    // Hard negative. IOT3005 (twenty-first session): "A name whose head is what a session or token is routed to ... holds no
    // token"; "the phrase a collection's name ends in to say what it is keyed by does not name what it holds"; (red team 38)
    // "`Per` and `For` end a collection's name as `By` does". Ephemeral ports a session is routed to, and ports per session.
    [Fact]
    public Task RT39_ports_a_session_is_routed_to_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class NatTable
            {
                private readonly Random _rng = new();
                private readonly Dictionary<string, int> _sessionPortsByUser = new();
                private readonly Dictionary<string, int> _portsPerSession = new();
                public void Map(string user, string sessionId)
                {
                    _sessionPortsByUser[user] = _rng.Next(49152, 65535); // expect: none
                    _portsPerSession[sessionId] = _rng.Next(49152, 65535); // expect: none
                }
            }
            """);

    // IOT3005: "`System.Random` ... producing a value that ends up in a security use: a key, IV, nonce, salt, token, ...
    // pairing code". The device that holds the token or code (a relay board, a button) is no timing or jitter word: a relay
    // link's auth token and a button's pairing code are a token and a pairing code.
    [Fact]
    public Task RT39_a_relay_boards_token_and_a_buttons_pairing_code_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Pairing
            {
                private readonly Random _rng = new();
                public string RelayLinkToken() => _rng.NextInt64().ToString("X16"); // expect: IOT3005
                public string ButtonPairingCode() => _rng.Next().ToString("X8"); // expect: IOT3005
            }
            """);

    // Hard negative. IOT3005 (twenty-first session): "A bound may be a constant expression, a read-only field initialized
    // with one or with a sum (`Channels * 4`, `ProbeCount + 1`)"; "held by a local whose every use is one (`var key =
    // _rng.Next(1, 50); _readings[key] = ...`)"; (red team 38) "a read-only field of another file bounds a draw". The bound's
    // read-only field lives in another file and is initialized with a product of constants.
    [Fact(Skip = "Known gap (twenty-first session): a read-only field of another file bounds a draw only when its value is a number written there; an expression there (Racks * 4) is not evaluated (the rule page says so).")]
    public Task RT39_a_slot_bounded_by_another_files_read_only_product_stays_quiet() =>
        ExpectComments.AssertAsync(
            """
            using System;
            using System.Collections.Generic;
            public sealed class RackSimulator
            {
                private readonly Random _rng = new(11);
                private readonly Dictionary<int, double> _readings = new();
                public void Tick()
                {
                    var key = _rng.Next(RackLayout.SlotCount); // expect: none
                    _readings[key] = 18 + _rng.NextDouble();
                }
            }
            """,
            """
            public static class RackLayout
            {
                public const int Racks = 6;
                public static readonly int SlotCount = Racks * 4;
            }
            """);

    // ---------- 3. IOT1001: holes at a number's place in AT commands ----------

    // IOT1001 (red team 38): "a number's place in an AT command may be a hole of code (`$"AT+CGAUTH={cid},1,\"iot\",\"...\""`,
    // ...): the password after it is read"; the page lists "SIMCom MQTT connect (index, server, keepalive, clean session,
    // user, password); u-blox PDP profile password (tag 3)". The client index and the profile id written by holes.
    [Fact]
    public Task RT39_passwords_after_a_hole_in_simcom_mqtt_and_ublox_profile_commands_are_iot1001() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Cellular
            {
                public static void A(ModemPort port, int idx) => port.WriteLine($"AT+CMQTTCONNECT={idx},\"tcp://mqtt.plant.local:1883\",60,1,\"meter\",\"Jx4-cmq.Vr7\"\r"); // expect: IOT1001
                public static void B(ModemPort port, int profile) => port.WriteLine($"AT+UPSD={profile},3,\"Hz7-upsd.Kq2\"\r"); // expect: IOT1001
                public static void C(ModemPort port, int profile) => port.WriteLine("AT+UPSD=" + profile + ",3,\"Wd5-upsd.Tn8\"\r"); // expect: IOT1001
            }
            """");

    // IOT1001 (red team 38): "a number's place in an AT command may be a hole of code"; values are followed through
    // "`string.Format`". The context id given as a format item.
    [Fact]
    public Task RT39_an_apn_password_after_a_format_item_context_id_is_iot1001() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Pdp
            {
                public static void A(ModemPort port, int cid) => port.WriteLine(string.Format("AT+CGAUTH={0},1,\"iot\",\"Pm8-fmt.Qz3\"\r", cid)); // expect: IOT1001
                public static void B(ModemPort port, int cid) => port.WriteLine(string.Format("AT+QICSGP={0},1,\"iot.plant\",\"plant\",\"Lc2-fmt.Nv6\",1\r", cid)); // expect: IOT1001
            }
            """");

    // Hard negative. IOT1001: a credential "written in the source code"; (red team 38) the hole at a number's place. A context
    // id by a hole and the login from the provisioning store, or no authentication at all (type 0).
    [Fact]
    public Task RT39_apn_logins_from_provisioning_after_a_hole_stay_quiet() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class Provisioning { public string ApnUser { get; set; } = ""; public string ApnPassword { get; set; } = ""; }
            public static class Pdp
            {
                public static void A(ModemPort port, int cid, Provisioning p) => port.WriteLine($"AT+CGAUTH={cid},1,\"{p.ApnUser}\",\"{p.ApnPassword}\"\r"); // expect: none
                public static void B(ModemPort port, int cid) => port.WriteLine($"AT+CGAUTH={cid},0\r"); // expect: none
                public static void C(ModemPort port, int idx, Provisioning p) => port.WriteLine($"AT+CMQTTCONNECT={idx},\"tcp://mqtt.plant.local:1883\",60,1,\"{p.ApnUser}\",\"{p.ApnPassword}\"\r"); // expect: none
            }
            """");

    // ---------- 4. IOT1006: modem templates filled or not ----------

    // IOT1006 (twentieth session): "A modem command is sent as written (AT+CWJAP="ssid","xxxxxxxx"): a placeholder in it is
    // used"; (twenty-first) "a bracketed placeholder at any modem command's value ... is one". The template is filled by one
    // method and sent as written by another (a factory-reset path).
    [Fact]
    public Task RT39_a_template_also_sent_as_written_on_another_path_is_iot1006() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Wifi
            {
                private const string JoinTemplate = "AT+CWJAP=\"plant\",\"[wifi password]\"\r"; // expect: IOT1006
                public static void Join(ModemPort port, string password) => port.WriteLine(JoinTemplate.Replace("[wifi password]", password));
                public static void FactoryReset(ModemPort port) => port.WriteLine(JoinTemplate);
            }
            """);

    // IOT1006 (twenty-first session): "a bracketed placeholder at any modem command's value (`AT+CGAUTH=1,1,"iot","[apn
    // password]"`) is one"; a template is filled "when the team's own helper fills its parameter". The team's helper fills
    // the user's place only; the password's placeholder is sent as written.
    [Fact(Skip = "Known gap (twenty-first session): a template counts as filled when a helper fills it at all; which placeholder the helper replaces is not compared with the one at the password's place.")]
    public Task RT39_a_template_whose_helper_fills_only_the_user_is_iot1006() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class ModemText
            {
                public static string WithUser(string template, string user) => template.Replace("<apn-user>", user);
            }
            public static class Apn
            {
                private const string CgauthTemplate = "AT+CGAUTH=1,1,\"<apn-user>\",\"[apn password]\"\r"; // expect: IOT1006
                public static void A(ModemPort port, string user) => port.WriteLine(ModemText.WithUser(CgauthTemplate, user));
            }
            """);

    // Hard negative. IOT1006 (twenty-first session): "A command template the code fills in is no placeholder sent as written
    // ... when the team's own helper fills its parameter (`Fill(CpinTemplate, pin)` with `Fill(t, p) => t.Replace("<pin>",
    // p)`)". The helper is a local function of the sending method.
    [Fact]
    public Task RT39_a_modem_template_filled_by_a_local_function_stays_quiet() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Unlock
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r"; // expect: none
                public static void A(ModemPort port, string pin)
                {
                    port.WriteLine(Fill(CpinTemplate, pin));
                    static string Fill(string template, string value) => template.Replace("<sim-pin>", value);
                }
            }
            """);

    // Hard negative. IOT1006 (red team 38): "the team's helper may be in another class of the file (`ModemText.Fill(T,
    // pin)`), an extension method (`T.WithPin(pin)`), or fill a `StringBuilder` made from its parameter". The helper takes
    // the value first and the template second, and fills it with string.Format.
    [Fact]
    public Task RT39_a_modem_template_filled_by_a_helper_taking_it_second_stays_quiet() =>
        ExpectComments.AssertAsync("""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class ModemText
            {
                public static string Apply(string value, string template) => string.Format(template, value);
            }
            public static class SimLock
            {
                private const string ClckTemplate = "AT+CLCK=\"SC\",1,\"{0}\"\r"; // expect: none
                public static void A(ModemPort port, string pin) => port.WriteLine(ModemText.Apply(pin, ClckTemplate));
            }
            """);

    // ---------- 5. IOT1005: span views of hash buffers ----------

    // IOT1005 (eighteenth session): "a byte buffer a hash fills after it is declared ... holds what that hash derives from";
    // (red team 38) "a buffer filled or refilled through a view of all of it (`digest.AsSpan()`, `new Span<byte>(buffer)`)
    // is read as filled". The view held in a local span first, and an awaited hash into AsMemory().
    [Fact(Skip = "Known gap (twenty-first session): a Span<byte> local viewing the buffer (Span<byte> view = digest) is not read as the buffer; AsSpan(), AsMemory() and new Span<byte>(buffer) in the call are.")]
    public Task RT39_a_buffer_a_hash_fills_through_a_span_local_or_as_memory_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            public static class Oven
            {
                public static string SetupPin(string serialNumber)
                {
                    var digest = new byte[32];
                    Span<byte> view = digest;
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), view);
                    var setupPin = (BitConverter.ToUInt32(digest) % 100000000).ToString("D8"); // expect: IOT1005
                    return setupPin;
                }
                public static async Task<string> ServicePin(string serialNumber)
                {
                    var digest = new byte[32];
                    await SHA256.HashDataAsync(new MemoryStream(Encoding.UTF8.GetBytes(serialNumber)), digest.AsMemory());
                    var servicePin = (BitConverter.ToUInt32(digest) % 1000000).ToString("D6"); // expect: IOT1005
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005 (twenty-first session): "a buffer refilled by the cryptographic generator
    // (`RandomNumberGenerator.Fill(buffer)`, ...) before it is read holds random bytes, whatever hash filled it before";
    // (red team 38) "filled or refilled through a view of all of it". The view of all of it written with its bounds.
    [Fact]
    public Task RT39_a_buffer_refilled_through_a_bounded_view_of_all_of_it_is_not_derived() =>
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
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer.AsSpan());
                    Tag = Convert.ToHexString(buffer, 0, 4);
                    RandomNumberGenerator.Fill(buffer.AsSpan(0, buffer.Length));
                    var servicePin = (BitConverter.ToUInt32(buffer) % 1000000).ToString("D6"); // expect: none
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005: "A keyed function (`HMACSHA256` with a factory secret, PBKDF2, HKDF) or
    // `RandomNumberGenerator` ends the chain." An HMAC keyed with the provisioned factory secret writes into a view of the
    // buffer.
    [Fact]
    public Task RT39_an_hmac_with_a_factory_secret_into_a_span_view_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Provisioner
            {
                private readonly byte[] _factorySecret;
                public Provisioner(byte[] factorySecret) => _factorySecret = factorySecret;
                public string ApPassword(string serialNumber)
                {
                    var digest = new byte[32];
                    HMACSHA256.HashData(_factorySecret, Encoding.UTF8.GetBytes(serialNumber), digest.AsSpan());
                    var apPassword = Convert.ToBase64String(digest, 0, 12); // expect: none
                    return apPassword;
                }
            }
            """);

    // ---------- 6. IOT1001: defaults past field writes and try/catch logs ----------

    // IOT1001 (red team 38): "A default ships past a statement that writes a field (`_lastRead = DateTime.UtcNow;`)". The
    // field written by an increment (how many times the token was read).
    [Fact]
    public Task RT39_a_default_past_a_field_increment_ships() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class Hopper
            {
                private string _token = "";
                private int _tokenReads;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Hp3-hopper.Feed-61Zk"; // expect: IOT1001
                    _tokenReads++;
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
                public int Reads => _tokenReads;
            }
            """);

    // IOT1001 (red team 38): a default ships "past a log inside `try`/`catch`". The catch filtered (`when`) as analyzers
    // and logging guidelines ask.
    [Fact]
    public Task RT39_a_default_past_a_log_inside_try_catch_when_ships() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public sealed class Log { public void Warn(string m) { } }
            public sealed class Auger
            {
                private string _token = "";
                private Log? _log;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Ag8-auger.Turn-24Mx"; // expect: IOT1001
                    try { _log?.Warn("using the bench token"); } catch (Exception e) when (e is not OutOfMemoryException) { }
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token, Log log) { _token = token; _log = log; }
            }
            """);

    // Hard negative. IOT1001: a credential "written in the source code that reaches a parameter known to carry a
    // credential"; (red team 38) a default ships past "a log inside `try`/`catch`". The literal is only logged (in the try
    // and in the catch); the token returned is the one read at run time.
    [Fact]
    public Task RT39_a_literal_only_logged_in_try_catch_before_the_return_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public sealed class Log { public void Warn(string m) { } }
            public sealed class Sifter
            {
                private string _token = "";
                private Log? _log;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) _log?.Warn("token missing");
                    try { _log?.Warn("Sf4-sifter.Shake-93Qd"); } catch (InvalidOperationException) { _log?.Warn("Sf4-sifter.Shake-93Qd"); } // expect: none
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token, Log log) { _token = token; _log = log; }
            }
            """);

    // ---------- 7. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed forms
    // of this red team's shapes.
    [Fact]
    public Task RT39_no_analyzer_throws_on_half_typed_forms_of_the_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""public static class F { public const string FleetApiKey = "DKZTTSLHRCDTGMTB; public const string K = "KRPSRSDL_" + ; } public abstract class C { public abstract string Token { get; } } public sealed class D : C { public override string Token => "fwupdmgr" }""", null),
            ("""using System; using System.Collections.Generic; sealed class B { Random _r = new(); Dictionary<string, int> _sessionPortsByUser = new(); void A(string u) { var nonceForServer = _r.NextInt64().ToString(; int sessionShard = _r.Next(RackLayout.); _sessionPortsByUser[u] = _r.Next(49152, ); var key = _r.Next(RackLayout.SlotCount; } } static class RackLayout { public static readonly int SlotCount = Racks * ; }""", null),
            ("""public sealed class P { public void W(string t) { } } static class M { public static string WithUser(string template, ) => template.Replace("<u>", ); } static class U { const string T = "AT+CGAUTH=1,1,\"<u>\",\"[apn password]\"\r"; static void A(P port, int cid, int idx) { port.W(M.WithUser(T, )); port.W(Fill(T, )); static string Fill(string t, string v) => t.Replace(; port.W($"AT+CMQTTCONNECT={idx},\"tcp://x\",60,1,\"u\",\"{}\""); port.W($"AT+UPSD={},3,\"x\""); port.W(string.Format("AT+CGAUTH={0},1,\"iot\",\"x\"", )); } }""", null),
            ("""using System; using System.Security.Cryptography; using System.Text; static class K { static string A(string s) { var d = new byte[32]; Span<byte> v = ; SHA256.HashData(Encoding.UTF8.GetBytes(s), v); RandomNumberGenerator.Fill(d.AsSpan(0, )); HMACSHA256.HashData(, d.AsSpan()); var t = ""; if (t.Length == 0) t = "x"; try { } catch (Exception e) when () { } int n = 0; n++; return t; } }""", null),
        });
}
