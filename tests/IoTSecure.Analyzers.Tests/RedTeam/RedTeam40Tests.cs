using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 40: red team 39's fixes (c9d9fa6) and the review after them (b0ce395): the no-word test for runs of eight or
/// more letters (six consonants running, under one vowel in eight, rare pairs beside a cluster of four); IOT3005's
/// For/By/Per phrases, routing heads, hardware and keyboard words, bounds, Shuffle and narrow draws; modem placeholders and
/// templates filled by helpers; holes at number places of AT commands; IOT1005 span views, hashes and KDFs of public data;
/// IOT1001 defaults past counters and logs, lambdas in locals, local lists filled by Add, SNMP community names. About half
/// are hard negatives. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam40Tests
{
    private static readonly string[] Snmp = { Stubs.SharpSnmpMessaging };

    // ---------- 1. IOT1004: the no-word test for runs of eight or more letters ----------

    // IOT1004 (red team 39): "a run of eight letters or more is no word with six consonants running, fewer than one vowel in
    // eight letters, or more than a third of its letter pairs rare in English beside a cluster of four consonants"; (red team
    // 38) random letters still read as a word only when "their pairs are common in English (vowels scattered among them)".
    // Sixteen capitals drawn by a generator (seed 40): vowels scattered, no cluster of four, and most pairs rare in English
    // (ZX, XO, FB, OQ, QF, SB, RW, WK, GW, QX, UX, XT, DX, XF, KT, TG, GP): no status word, no word at all.
    [Fact]
    public Task RT40_random_capitals_with_rare_pairs_and_short_clusters_under_secret_names_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public static class Fleet
            {
                public const string FleetApiKey = "ZXOFBIOQFUSBERWR"; // expect: IOT1004
                public static readonly string GatewayAccessToken = "IWKEGWUUTRIQXUXT"; // expect: IOT1004
            }
            """);

    // IOT1004: a bare `Token` holding "one lower-case word" is no secret; (twenty-first session) a run that reads as no word
    // "is neither a status word under a secret's name nor a bare `Token`'s one lower-case word, and stays a secret". The same
    // generator's letters in lower case under a bare token, and under a password's name (no exemption for one lower-case word
    // there at all).
    [Fact]
    public Task RT40_random_lower_case_letters_with_rare_pairs_under_a_bare_token_and_a_password_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public class RelaySession { public string token { get; set; } = ""; }
            public sealed class Relay
            {
                private readonly string _token = "zxofbioqfusberwr"; // expect: IOT1004
                public static RelaySession A() => new RelaySession { token = "iwkegwuutriqxuxt" }; // expect: IOT1004
                private const string brokerPassword = "ibaoamqiqrxoewor"; // expect: IOT1004
                public int Length => _token.Length + brokerPassword.Length;
            }
            """);

    // IOT1004: the generator's third draw, whose pairs are mostly frequent in English with vowels scattered (cu, fu, ua, fo,
    // gu, ui, ig): split out of the two tests above (twenty-second session).
    [Fact(Skip = "Known gap (red team 40): random letters drawn through frequent English pairs with vowels scattered (cudxfuafoktguigp) still read as a word; about one random run in ten does. A dictionary would tell them")]
    public Task RT40_random_letters_through_frequent_pairs_under_secret_names_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public class RelaySession { public string token { get; set; } = ""; }
            public static class Fleet
            {
                public static string UplinkSecret => "CUDXFUAFOKTGUIGP"; // expect: IOT1004
                public static RelaySession A() => new RelaySession { token = "cudxfuafoktguigp" }; // expect: IOT1004
            }
            """);

    // IOT1004 (red team 39): a run is no word with "fewer than one vowel in eight letters" or "six consonants running";
    // (twenty-first session) "`"QXZKVWPTRBJHQMLK"` ... reads as no word". Random capitals in which a Y, drawn as often as any
    // other letter, breaks the consonant runs: HBZUYMYBFUFJYZAJ, NFLYNQKOSJASQUYY.
    [Fact]
    public Task RT40_random_capitals_broken_by_y_under_secret_names_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public static class Hub
            {
                public const string HubDeviceToken = "HBZUYMYBFUFJYZAJ"; // expect: IOT1004
                public static readonly string BackhaulPsk = "NFLYNQKOSJASQUYY"; // expect: IOT1004
            }
            """);

    // IOT1004: "A string field, property or local whose name says it holds a secret, given a value written in the code" is
    // reported; IOT1001 (nineteenth session): "Letters drawn at random are told from Pascal-case names by the letter pairs
    // English words use as well as by case: `"ZNqhvwtLKpbr"` is random, `"ScanQrToPair"` or `"ReadDeviceTwin"` under a secret's
    // key is a name." Random letters capitalised every few letters, as a Pascal-case name is, under an API key's name and a
    // secret's key; a real Pascal-case name under a token's key stays quiet.
    [Fact]
    public Task RT40_random_letters_capitalised_like_pascal_case_are_secrets() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Cloud
            {
                public const string CloudApiKey = "ZxoFbioQfusBerwr"; // expect: IOT1004
                public static Dictionary<string, string> Settings() => new()
                {
                    ["mqtt.password"] = "IwkEgwuUtriQxuxt", // expect: IOT1001
                    ["ota.token"] = "FetchFromProvisioningService", // expect: none
                };
            }
            """);

    // Hard negative. IOT1004: "a bare `Token` holding one lower-case word (a shell command's `Token => "reboot"`)" is no
    // secret; (red team 38) "`"postscript"`, `"lengthwise"` and `"ZUTRITTSSPERRE"` are words". A German home-automation
    // console's commands: Lichtschalter (light switch), Schaltschrank (control cabinet), Durchschnitt (average),
    // Nachtschaltung (night mode); German compounds run six or seven consonants (cht-sch, lt-schr, rch-schn).
    [Fact]
    public Task RT40_german_home_automation_command_tokens_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public abstract class HausBefehl { public abstract string Token { get; } }
            public sealed class LightSwitch : HausBefehl { public override string Token => "lichtschalter"; } // expect: none
            public sealed class CabinetStatus : HausBefehl { public override string Token => "schaltschrank"; } // expect: none
            public sealed class AverageReading : HausBefehl { public override string Token => "durchschnitt"; } // expect: none
            public sealed class NightMode : HausBefehl { public override string Token => "nachtschaltung"; } // expect: none
            """);

    // Hard negative. IOT1004: "a bare `Token` holding one lower-case word (a shell command's `Token => "reboot"`)" is no
    // secret. A Wi-Fi diagnostic shell's commands: "strengths" (nine letters, one vowel) lists signal strengths, "twelfths"
    // sets a dimmer's step.
    [Fact]
    public Task RT40_english_command_tokens_with_one_vowel_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public abstract class DiagCommand { public abstract string Token { get; } }
            public sealed class SignalReport : DiagCommand { public override string Token => "strengths"; } // expect: none
            public sealed class DimmerSteps : DiagCommand { public override string Token => "twelfths"; } // expect: none
            """);

    // ---------- 2. IOT3005: key phrases, routing heads, hardware and keyboard words, bounds, Shuffle ----------

    // IOT3005 (red team 39): "a phrase after `For`, `By` or `Per` is no head (`tokenForEndpoint` is a token)"; "a hardware word
    // ... silences a name only when its security words are `pin` or `key`"; (twenty-first session) "the phrase a collection's
    // name ends in to say what it is keyed by does not name what it holds". A nonce for a gateway, a session key per shard, a
    // pairing code for a button and nonces kept by port: the routing and hardware words sit in the phrase, not the head.
    [Fact]
    public Task RT40_nonces_keys_and_codes_for_routing_and_hardware_words_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class Mesh
            {
                private readonly Random _rng = new();
                private readonly Dictionary<int, long> _noncesByPort = new();
                public void Refresh(int port)
                {
                    var nonceForGateway = _rng.NextInt64().ToString("x16"); // expect: IOT3005
                    var sessionKeyPerShard = _rng.NextInt64().ToString("X16"); // expect: IOT3005
                    var pairingCodeForButton = _rng.Next().ToString("X8"); // expect: IOT3005
                    _noncesByPort[port] = _rng.NextInt64(); // expect: IOT3005
                    Send(nonceForGateway, sessionKeyPerShard, pairingCodeForButton);
                }
                private static void Send(string first, string second, string third) { }
            }
            """);

    // Hard negative. IOT3005 (twenty-first session): "A name whose head is what a session or token is routed to
    // (`_sessionServers`, `tokenHost`, `sessionEndpoint`) holds no token"; (red team 39) "a shard, a partition, a gateway or a
    // port is what a session is routed to". Sticky sessions spread over cluster nodes, read replicas, MQTT brokers and worker
    // processes: the same kind of routing target.
    [Fact]
    public Task RT40_sessions_routed_to_nodes_replicas_brokers_and_workers_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class StickyRouter
            {
                private const int NodeCount = 8;
                private readonly Random _rng = new();
                public void Route(string sessionId)
                {
                    int sessionNode = _rng.Next(NodeCount); // expect: none
                    int sessionReplica = _rng.Next(0, 3); // expect: none
                    int sessionBroker = _rng.Next(4); // expect: none
                    int sessionWorker = _rng.Next(16); // expect: none
                    Forward(sessionId, sessionNode, sessionReplica, sessionBroker, sessionWorker);
                }
                private static void Forward(string id, int node, int replica, int broker, int worker) { }
            }
            """);

    // Hard negative. IOT3005 (red team 39): "a shard, a partition, a gateway or a port is what a session is routed to";
    // (twenty-first session) "A name whose head is what a session or token is routed to ... holds no token"; "`Per` and `For`
    // end a collection's name as `By` does". The routing heads as collections: shards per user, a list of token partitions, a
    // table of session gateways by user.
    [Fact]
    public Task RT40_routing_heads_as_collections_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class Placement
            {
                private const int ShardCount = 16;
                private static readonly string[] Gateways = { "gw-a.plant.local", "gw-b.plant.local", "gw-c.plant.local" };
                private readonly Random _rng = new();
                private readonly Dictionary<string, int> _sessionShards = new();
                private readonly List<int> _tokenPartitions = new();
                private readonly Dictionary<string, string> _sessionGatewaysByUser = new();
                public void Assign(string user)
                {
                    _sessionShards[user] = _rng.Next(ShardCount); // expect: none
                    _tokenPartitions.Add(_rng.Next(0, 32)); // expect: none
                    _sessionGatewaysByUser[user] = Gateways[_rng.Next(Gateways.Length)]; // expect: none
                }
            }
            """);

    // Hard negative. IOT3005 (red team 39): "a hardware word ... silences a name only when its security words are `pin` or
    // `key` (`ledPin`, `gpioPinNumber`)"; IOT1005 (fifteenth session): "a number under a name that may be a hardware pin's
    // (`ShiftPin`, `GatePin`) is a PIN when it is made from the clock, a MAC ... or a serial number ...; numbers from an index,
    // an offset or constants stay pins". A demo board's sparkle effect picking a LED, a servo and a buzzer line at random
    // from constant tables of GPIO numbers.
    [Fact]
    public Task RT40_gpio_pins_picked_at_random_from_constant_tables_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Board
            {
                public void Toggle(int line) { }
                public void Pulse(int line, int microseconds) { }
            }
            public sealed class Sparkle
            {
                private static readonly int[] LedPins = { 5, 6, 13, 19, 26 };
                private static readonly int[] ServoPins = { 12, 18 };
                private static readonly int[] BuzzerPins = { 16, 20 };
                private readonly Random _rng = new();
                public void Step(Board board)
                {
                    int ledPin = LedPins[_rng.Next(LedPins.Length)]; // expect: none
                    int servoPin = ServoPins[_rng.Next(ServoPins.Length)]; // expect: none
                    int buzzerPin = BuzzerPins[_rng.Next(BuzzerPins.Length)]; // expect: none
                    board.Toggle(ledPin);
                    board.Pulse(servoPin, 1000 + _rng.Next(1000));
                    board.Toggle(buzzerPin);
                }
            }
            """);

    // IOT3005: a "nonce, ... challenge ... or session identifier" made by System.Random; (red team 39) "a hardware word
    // (`led`, `gpio`, `relay`, `button`, `chip`, `bus`) silences a name only when its security words are `pin` or `key`
    // ..., not `RelayLinkToken` or `ButtonPairingCode`". A secure element chip's challenge, a CAN bus frame nonce, a relay
    // board's session identifier.
    [Fact]
    public Task RT40_hardware_words_before_challenges_nonces_and_session_ids_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class SecureLink
            {
                private readonly Random _rng = new();
                public string ChipChallenge() => _rng.NextInt64().ToString("X16"); // expect: IOT3005
                public string BusNonce() => _rng.Next().ToString("x8"); // expect: IOT3005
                public string RelaySessionId() => _rng.NextInt64().ToString("x16"); // expect: IOT3005
            }
            """);

    // Hard negative. IOT3005 (twenty-first session): a name holds no token when it names "a keyboard's or an animation's key
    // words (`_keyCodes`, `keyPresses`, `keyFrames`)"; "Random for jitter, back-off, sampling or simulation is not a finding".
    // A keypad fuzz tester pressing random symbols: the stroke, how long the key is held, the HID scan code.
    [Fact]
    public Task RT40_a_keypad_fuzzers_strokes_holds_and_scan_codes_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Keypad { public void Press(char symbol, int holdMs, int scanCode) { } }
            public sealed class KeypadFuzzer
            {
                private static readonly char[] KeypadSymbols = "0123456789*#".ToCharArray();
                private readonly Random _rng = new(3);
                public void Step(Keypad pad)
                {
                    char keyStroke = KeypadSymbols[_rng.Next(KeypadSymbols.Length)]; // expect: none
                    int keyHoldMs = _rng.Next(40, 400); // expect: none
                    int keyScanCode = _rng.Next(0x04, 0x27); // expect: none
                    pad.Press(keyStroke, keyHoldMs, keyScanCode);
                }
            }
            """);

    // Hard negative. IOT3005 (twenty-first session): "A bound may be a constant expression, a read-only field initialized with
    // one or with a sum (`Channels * 4`, `ProbeCount + 1`), or the length of a read-only array written in place
    // (`SensorNames.Length`)"; a narrow draw "given in its own expression to an indexer" is a slot. A shift of a constant, a
    // product of another class's constants, `sizeof`, and a read-only array written as a collection expression.
    [Fact]
    public Task RT40_slots_bounded_by_more_constant_expressions_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public static class Layout { public const int Racks = 6; public const int SlotsPerRack = 4; }
            public sealed class ColdRoomSimulator
            {
                private const int Channels = 3;
                private static readonly string[] SensorNames = ["door", "coil", "floor", "ceiling"];
                private readonly Random _rng = new(5);
                private readonly Dictionary<int, double> _readings = new();
                private readonly Dictionary<string, double> _byName = new();
                public void Tick()
                {
                    _readings[_rng.Next(Channels << 2)] = 4 + _rng.NextDouble(); // expect: none
                    _readings[_rng.Next(Layout.Racks * Layout.SlotsPerRack)] = 5 + _rng.NextDouble(); // expect: none
                    _readings[_rng.Next(sizeof(ushort) * 8)] = 3 + _rng.NextDouble(); // expect: none
                    _byName[SensorNames[_rng.Next(SensorNames.Length)]] = _rng.NextDouble(); // expect: none
                }
            }
            """);

    // IOT3005 (twentieth session): "A value kept as the key of a collection whose name says it holds security values
    // (`_sessions[rng.Next().ToString("x8")] = user`, `ResetTokens[...]`, `_pairingCodes[...]`), or added to one
    // (`_usedNonces.Add(...)`), is one of them, however it is drawn". The collections held by another class's static field
    // and by an auto-property reached through `this`.
    [Fact]
    public Task RT40_narrow_draws_into_security_collections_of_another_class_or_a_property_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public static class PairingRegistry
            {
                public static readonly Dictionary<int, string> PairingCodes = new();
            }
            public sealed class Hub
            {
                private readonly Random _rng = new();
                public HashSet<int> UsedNonces { get; } = new();
                public void Pair(string deviceId)
                {
                    PairingRegistry.PairingCodes[_rng.Next(100, 1000)] = deviceId; // expect: IOT3005
                    this.UsedNonces.Add(_rng.Next(1, 500)); // expect: IOT3005
                }
            }
            """);

    // IOT3005 (twenty-first session): "`Random.Shuffle` (.NET 8) orders its argument by the generator: a token cut from a
    // shuffled alphabet is drawn"; the use is read from "the name of what receives the value". Digits shuffled into a
    // one-time code, bytes shuffled into a session key, an alphabet shuffled through a span view into an invite token.
    [Fact]
    public Task RT40_shuffled_otp_digits_session_key_bytes_and_span_are_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Lockbox
            {
                private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
                private readonly Random _rng = new();
                public string NewOtp()
                {
                    var digits = "0123456789".ToCharArray();
                    _rng.Shuffle(digits); // expect: IOT3005
                    var otp = new string(digits, 0, 6);
                    return otp;
                }
                public byte[] NewSessionKey()
                {
                    var sessionKey = new byte[16];
                    for (var i = 0; i < sessionKey.Length; i++) sessionKey[i] = (byte)(i * 17);
                    _rng.Shuffle(sessionKey); // expect: IOT3005
                    return sessionKey;
                }
                public string NewInviteToken()
                {
                    var chars = Alphabet.ToCharArray();
                    _rng.Shuffle(chars.AsSpan()); // expect: IOT3005
                    var inviteToken = new string(chars, 0, 12);
                    return inviteToken;
                }
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; (red team 39) a
    // hardware word silences "`ledPin`". A LED chaser shuffling its GPIO lines and a poller shuffling the order it reads
    // sensors in.
    [Fact]
    public Task RT40_shuffles_of_led_pins_and_poll_orders_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Chaser
            {
                private readonly Random _rng = new();
                private readonly int[] _ledPins = { 5, 6, 13, 19, 26 };
                private readonly string[] _sensorPollOrder = { "boiler", "chiller", "intake", "exhaust" };
                public int[] Chase()
                {
                    _rng.Shuffle(_ledPins); // expect: none
                    return _ledPins;
                }
                public string[] NextRound()
                {
                    _rng.Shuffle(_sensorPollOrder); // expect: none
                    return _sensorPollOrder;
                }
            }
            """);

    // ---------- 3. modem commands: holes at number places, placeholders, templates ----------

    // IOT1006 (nineteenth session): "A placeholder written at a SIM PIN's or PUK's place in a modem command"; (twenty-first)
    // "a bracketed placeholder at any modem command's value ... is one"; IOT1001 (red team 38) "a number's place in an AT
    // command may be a hole of code ...: the password after it is read"; credentials in AT commands "include Espressif ESP-AT
    // (`AT+CWJAP`, `AT+CWSAP`, `AT+MQTTUSERCFG`)". Placeholders after holes at ESP-AT's link id, CLCK's mode and SAPBR's cid.
    [Fact]
    public Task RT40_placeholders_after_holes_in_listed_modem_commands_are_iot1006() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Modem
            {
                public static void A(ModemPort port, int link) => port.WriteLine($"AT+MQTTUSERCFG={link},1,\"meter-7\",\"meter\",\"<mqtt-password>\",0,0,\"\"\r"); // expect: IOT1006
                public static void B(ModemPort port, bool lockIt) => port.WriteLine($"AT+CLCK=\"SC\",{(lockIt ? 1 : 0)},\"<sim-pin>\"\r"); // expect: IOT1006
                public static void C(ModemPort port, int cid) => port.WriteLine("AT+SAPBR=3," + cid + ",\"PWD\",\"[apn password]\"\r"); // expect: IOT1006
            }
            """");

    // IOT1006 (twentieth session): "a `${VAR}` placeholder ... at any modem command's value (`AT+CWJAP="plant-wifi","${WIFI_PSK}"`)
    // is one"; (twenty-first) "a bracketed placeholder at any modem command's value ... is one". Quectel's MQTT connect
    // (`AT+QMTCONN=<client_idx>,"<clientID>","<username>","<password>"`), its client index written by a hole and in place.
    [Fact]
    public Task RT40_placeholders_in_a_quectel_mqtt_connect_are_iot1006() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Quectel
            {
                public static void A(ModemPort port, int idx) => port.WriteLine($"AT+QMTCONN={idx},\"meter-7\",\"meter\",\"[mqtt password]\"\r"); // expect: IOT1006
                public static void B(ModemPort port) => port.WriteLine("AT+QMTCONN=0,\"meter-7\",\"meter\",\"${MQTT_PASSWORD}\"\r"); // expect: IOT1006
            }
            """");

    // IOT1001 (red team 38): "a number's place in an AT command may be a hole of code (`$"AT+CGAUTH={cid},1,\"iot\",\"...\""`,
    // `"AT+SAPBR=3," + cid + ",\"PWD\",\"...\""`): the password after it is read"; u-blox `AT+UPSD` and Quectel `AT+QICSGP` are
    // listed. UPSD's parameter tag written as a named constant (3, the password), QICSGP's context id by concatenation, and
    // ESP-AT's MQTT user configuration with the link id by a hole.
    [Fact]
    public Task RT40_passwords_after_holes_and_a_constant_tag_are_iot1001() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Cellular
            {
                private const int PasswordTag = 3;
                public static void A(ModemPort port, int profile) => port.WriteLine($"AT+UPSD={profile},{PasswordTag},\"Gv4-upsd.Rn7\"\r"); // expect: IOT1001
                public static void B(ModemPort port, int ctx) => port.WriteLine("AT+QICSGP=" + ctx + ",1,\"iot.plant\",\"plant\",\"Tq6-qicsgp.Lm3\",1\r"); // expect: IOT1001
                public static void C(ModemPort port, int link) => port.WriteLine($"AT+MQTTUSERCFG={link},1,\"meter-7\",\"meter\",\"Rv3-esp.Kt9\",0,0,\"\"\r"); // expect: IOT1001
            }
            """");

    // Hard negative. IOT1001: u-blox "PDP profile password (tag 3)" is the credential; (red team 38) holes at a number's place;
    // IOT1006 / red team 37: placeholders at an APN's name stay quiet. UPSD's user name (tag 2), APN (tag 1) and IP address
    // (tag 7) after a profile hole; a CGDCONT APN placeholder after a cid hole; an MQTT user configuration with no login.
    [Fact]
    public Task RT40_modem_values_after_holes_that_are_no_passwords_stay_quiet() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Cellular
            {
                public static void A(ModemPort port, int profile) => port.WriteLine($"AT+UPSD={profile},2,\"meter7\"\r"); // expect: none
                public static void B(ModemPort port, int profile) => port.WriteLine($"AT+UPSD={profile},1,\"iot.plant\"\r"); // expect: none
                public static void C(ModemPort port, int profile) => port.WriteLine($"AT+UPSD={profile},7,\"0.0.0.0\"\r"); // expect: none
                public static void D(ModemPort port, int cid) => port.WriteLine($"AT+CGDCONT={cid},\"IP\",\"[your apn]\"\r"); // expect: none
                public static void E(ModemPort port, int link) => port.WriteLine($"AT+MQTTUSERCFG={link},1,\"meter-7\",\"\",\"\",0,0,\"\"\r"); // expect: none
            }
            """");

    // Hard negative. IOT1006 (twentieth session): "a modem command held whole in a constant that the code fills in before
    // sending it (`CpinTemplate.Replace("<pin>", pin)`, ...) is a template, not a placeholder sent as written"; (red team 39)
    // "a template filled by a local function". Filled by a lambda a local holds, by the ordinal `Replace` overload, and after
    // a `Trim()`.
    [Fact]
    public Task RT40_modem_templates_filled_by_a_lambda_an_ordinal_replace_or_after_trim_stay_quiet() =>
        ExpectComments.AssertAsync(""""
            using System;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Unlock
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r"; // expect: none
                private const string ClckTemplate = "AT+CLCK=\"SC\",1,\"<sim-pin>\"\r"; // expect: none
                private static readonly string CgauthTemplate = "AT+CGAUTH=1,1,\"iot\",\"[apn password]\""; // expect: none
                public static void A(ModemPort port, string pin)
                {
                    Func<string, string> fill = p => CpinTemplate.Replace("<sim-pin>", p);
                    port.WriteLine(fill(pin));
                }
                public static void B(ModemPort port, string pin) => port.WriteLine(ClckTemplate.Replace("<sim-pin>", pin, StringComparison.Ordinal));
                public static void C(ModemPort port, string password) => port.WriteLine(CgauthTemplate.Trim().Replace("[apn password]", password) + "\r");
            }
            """");

    // Hard negative. IOT1006 (red team 38): "the team's helper may be in another class of the file ..., an extension method
    // ..., or fill a `StringBuilder` made from its parameter"; (twentieth session) a template "that the code fills in before
    // sending it" is no placeholder sent as written. The team's small command builder (a `StringBuilder` made from the
    // template, filled by `Set`), and a template held in a record's property initializer filled by `Replace`.
    [Fact]
    public Task RT40_modem_templates_filled_by_a_team_command_builder_or_from_a_record_property_stay_quiet() =>
        ExpectComments.AssertAsync(""""
            using System.Text;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class AtCommand
            {
                private readonly StringBuilder _text;
                public AtCommand(string template) => _text = new StringBuilder(template);
                public AtCommand Set(string hole, string value) { _text.Replace(hole, value); return this; }
                public override string ToString() => _text.ToString();
            }
            public sealed record WifiProfile(string Name)
            {
                public string JoinTemplate { get; init; } = "AT+CWJAP=\"plant\",\"[wifi password]\"\r"; // expect: none
            }
            public static class Apn
            {
                private const string QicsgpTemplate = "AT+QICSGP=1,1,\"iot.plant\",\"plant\",\"<apn-password>\",1\r"; // expect: none
                public static void A(ModemPort port, string password) => port.WriteLine(new AtCommand(QicsgpTemplate).Set("<apn-password>", password).ToString());
                public static void B(ModemPort port, WifiProfile profile, string psk) => port.WriteLine(profile.JoinTemplate.Replace("[wifi password]", psk));
            }
            """");

    // ---------- 4. IOT1005: buffers, hashes and KDFs of public data ----------

    // IOT1005 (eighteenth session): "a byte buffer a hash fills after it is declared (... `SHA256.HashData(serialBytes,
    // digest)`) holds what that hash derives from"; "Encodings and unkeyed hashes of such data ... are still derived". The
    // buffer is a stack-allocated span, as allocation-free device code writes it.
    [Fact]
    public Task RT40_pins_and_keys_from_hashes_into_stackalloc_buffers_are_iot1005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public static class Kiln
            {
                public static string SetupPin(string serialNumber)
                {
                    Span<byte> digest = stackalloc byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), digest);
                    var setupPin = (BitConverter.ToUInt32(digest) % 1000000).ToString("D6"); // expect: IOT1005
                    return setupPin;
                }
                public static string ApKey(PhysicalAddress mac)
                {
                    Span<byte> hash = stackalloc byte[16];
                    MD5.HashData(mac.GetAddressBytes(), hash);
                    var apKey = Convert.ToHexString(hash[..6]); // expect: IOT1005
                    return apKey;
                }
            }
            """);

    // IOT1005 (twenty-first session): "A keyed derivation whose secret is public data is derived from it: PBKDF2's `password`
    // (`Rfc2898DeriveBytes.Pbkdf2(serialNumber, salt, ...)`)"; public data includes "the host name (`Environment.MachineName`,
    // `Dns.GetHostName()`)" and the IMEI. PBKDF2 called with named arguments out of order, and with the IMEI's bytes.
    [Fact]
    public Task RT40_pbkdf2_keyed_with_the_host_name_by_named_arguments_or_the_imeis_bytes_is_iot1005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;
            public static class HotspotKeys
            {
                private static readonly byte[] Salt = Encoding.ASCII.GetBytes("hotspot-v2");
                public static string ApKey()
                {
                    var apKey = Convert.ToHexString(Rfc2898DeriveBytes.Pbkdf2(salt: Salt, iterations: 100_000, password: Dns.GetHostName(), hashAlgorithm: HashAlgorithmName.SHA256, outputLength: 12)); // expect: IOT1005
                    return apKey;
                }
                public static string WifiPassword(string imei)
                {
                    var wifiPassword = Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(imei), Salt, 50_000, HashAlgorithmName.SHA256, 12)); // expect: IOT1005
                    return wifiPassword;
                }
            }
            """);

    // Hard negative. IOT1005: "A keyed function (`HMACSHA256` with a factory secret, PBKDF2, HKDF) ... ends the chain"; (sixteenth
    // session) "A key from a parameter, the environment or a factory secret still does". HKDF whose input key material is the
    // factory key (the MAC and the serial only as salt and info, by named arguments), PBKDF2 whose password is a provisioned
    // secret read from a file (the serial only as salt).
    [Fact]
    public Task RT40_kdfs_keyed_with_factory_secrets_and_public_salts_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Provisioner
            {
                private readonly byte[] _factoryKey;
                public Provisioner(byte[] factoryKey) => _factoryKey = factoryKey;
                public string ApKey(string serialNumber, PhysicalAddress mac)
                {
                    var apKey = Convert.ToHexString(HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm: _factoryKey, outputLength: 12, salt: mac.GetAddressBytes(), info: Encoding.UTF8.GetBytes(serialNumber))); // expect: none
                    return apKey;
                }
                public string WifiPassword(string serialNumber)
                {
                    var secret = File.ReadAllText("/etc/factory/pbkdf.secret").Trim();
                    var wifiPassword = Convert.ToBase64String(Rfc2898DeriveBytes.Pbkdf2(secret, Encoding.UTF8.GetBytes(serialNumber), 100_000, HashAlgorithmName.SHA256, 12)); // expect: none
                    return wifiPassword;
                }
            }
            """);

    // Hard negative. IOT1005 (twenty-first session): "a buffer refilled by the cryptographic generator
    // (`RandomNumberGenerator.Fill(buffer)`, ...) before it is read holds random bytes, whatever hash filled it before"; (red
    // team 38/39) "filled or refilled through a view of all of it (`digest.AsSpan()`, `new Span<byte>(buffer)`)",
    // `AsSpan(0, buffer.Length)`. The view of all of it written with a literal length, a full range, and as a memory's span.
    [Fact]
    public Task RT40_buffers_refilled_through_literal_ranged_and_memory_views_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Locker
            {
                public string Tag { get; private set; } = "";
                public string ServicePin(string serialNumber)
                {
                    var buffer = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    Tag = Convert.ToHexString(buffer, 0, 4);
                    RandomNumberGenerator.Fill(buffer.AsSpan(0, 32));
                    var servicePin = (BitConverter.ToUInt32(buffer) % 1000000).ToString("D6"); // expect: none
                    return servicePin;
                }
                public string DoorPin(string serialNumber)
                {
                    var buffer = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    Tag = Convert.ToHexString(buffer, 0, 4);
                    RandomNumberGenerator.Fill(buffer.AsSpan(..));
                    var doorPin = (BitConverter.ToUInt32(buffer) % 10000).ToString("D4"); // expect: none
                    return doorPin;
                }
                public string GuestPin(string serialNumber)
                {
                    var buffer = new byte[32];
                    SHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), buffer);
                    Tag = Convert.ToHexString(buffer, 0, 4);
                    RandomNumberGenerator.Fill(buffer.AsMemory().Span);
                    var guestPin = (BitConverter.ToUInt32(buffer) % 1000000).ToString("D6"); // expect: none
                    return guestPin;
                }
            }
            """);

    // IOT1005: "Encodings and unkeyed hashes of such data (`BitConverter.ToString`, ..., `SHA256.HashData(mac)`) are still
    // derived from public data"; public data includes "the host name (`Environment.MachineName`, ...)" and the IMEI. An
    // unkeyed SHA-256 instance fed the host name by `TransformFinalBlock` and read through its `Hash`, and SHA-1 of the IMEI.
    [Fact]
    public Task RT40_passwords_from_a_transformed_sha_instance_and_sha1_of_the_imei_are_iot1005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class Camera
            {
                public static string AdminPassword()
                {
                    using var sha = SHA256.Create();
                    var name = Encoding.ASCII.GetBytes(Environment.MachineName);
                    sha.TransformFinalBlock(name, 0, name.Length);
                    var adminPassword = Convert.ToHexString(sha.Hash!)[..12]; // expect: IOT1005
                    return adminPassword;
                }
                public static string SetupCode(string imei)
                {
                    var setupCode = (BitConverter.ToUInt32(SHA1.HashData(Encoding.ASCII.GetBytes(imei))) % 100000000).ToString("D8"); // expect: IOT1005
                    return setupCode;
                }
            }
            """);

    // ---------- 5. IOT1001: defaults, lambdas, lists, SNMP communities ----------

    // IOT1001 (red team 38/39): "A default ships past a statement that writes a field (`_lastRead = DateTime.UtcNow;`)", past
    // "a field counted (`_reads++`)". The count kept by `Interlocked.Increment`, inside a `lock`, in a dictionary field, and in
    // a property of a field's object.
    [Fact]
    public Task RT40_defaults_past_interlocked_lock_dictionary_and_property_counters_ship() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading;
            public sealed class Stats { public int TokenReads { get; set; } }
            public sealed class Feeder
            {
                private string _token = "";
                private int _reads;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Fd2-feeder.Drop-47Qm"; // expect: IOT1001
                    Interlocked.Increment(ref _reads);
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            public sealed class Conveyor
            {
                private readonly object _gate = new();
                private string _token = "";
                private int _reads;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Cv6-conveyor.Belt-29Hx"; // expect: IOT1001
                    lock (_gate) { _reads++; }
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            public sealed class Palletiser
            {
                private readonly Dictionary<string, int> _reads = new();
                private readonly Stats _stats = new();
                private string _token = "";
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Pl3-pallet.Wrap-58Ks"; // expect: IOT1001
                    _reads["api"] = _reads.GetValueOrDefault("api") + 1;
                    _stats.TokenReads++;
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            """);

    // IOT1001 (seventeenth session and after): a function that "gives it a default when it is missing and returns it ... ships
    // that default"; "A getter that logs between its default and its return" is read; defaults ship past a log call under an
    // `if`, a discarded log task, a log in `try`/`catch`. The log written by `Debug.WriteLine`, `Trace.TraceWarning` and
    // `Console.Error.WriteLine`.
    [Fact]
    public Task RT40_defaults_past_debug_trace_and_console_logs_ship() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Diagnostics;
            using System.Net.Http;
            public sealed class Hopper
            {
                private string _token = "";
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Hq5-hopper.Tip-82Ln"; // expect: IOT1001
                    Debug.WriteLine("hopper: bench token in use");
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            public sealed class Silo
            {
                private string _token = "";
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Sl8-silo.Fill-36Wd"; // expect: IOT1001
                    Trace.TraceWarning("silo: bench token in use");
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            public sealed class Mixer
            {
                private string _token = "";
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = "Mx4-mixer.Stir-71Pb"; // expect: IOT1001
                    Console.Error.WriteLine("mixer: bench token in use");
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void Set(string token) => _token = token;
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a file".
    // The default read from a provisioned file past a counter, and a guard that only logs a format hint and throws past an
    // `Interlocked` count: no written secret is returned.
    [Fact]
    public Task RT40_defaults_read_from_files_or_guards_that_throw_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Diagnostics;
            using System.IO;
            using System.Net.Http;
            using System.Threading;
            public sealed class Sorter
            {
                private string _token = "";
                private int _reads;
                private string Token()
                {
                    var t = _token;
                    if (t.Length == 0) t = File.ReadAllText("/etc/sorter/api.token").Trim(); // expect: none
                    _reads++;
                    return t;
                }
                private string Spare()
                {
                    var t = _token;
                    if (t.Length == 0)
                    {
                        Debug.WriteLine("sorter: no token provisioned; expected a token such as the one on the unit's label"); // expect: none
                        throw new InvalidOperationException("Provision the sorter token first."); // expect: none
                    }
                    Interlocked.Increment(ref _reads);
                    return t;
                }
                public void Send(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Token());
                public void SendSpare(HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", Spare());
                public void Set(string token) => _token = token;
            }
            """);

    // IOT1001 (twenty-first session): "A lambda a local holds (`Func<string> bench = () => "..."`) returns its text where it
    // is called (`bench()`), unless the local is given another value"; "Every written choice is judged at its own literal:
    // both arms of `lab ? "a" : "b"`". A `var` lambda called by `Invoke()`, a lambda choosing between two passwords, and a
    // static lambda with a block body that logs first.
    [Fact]
    public Task RT40_passwords_from_var_lambdas_choice_lambdas_and_static_lambdas_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Bench
            {
                public static void A(MqttClient m)
                {
                    var bench = () => "Vn6!bench-Qp3Rx"; // expect: IOT1001
                    m.Connect("bench-a", "bench", bench.Invoke());
                }
                public static void B(MqttClient m, bool lab)
                {
                    Func<bool, string> pick = isLab => isLab
                        ? "Lb4!lab-Wz7Tq" // expect: IOT1001
                        : "Pd9!plant-Hk2Ns"; // expect: IOT1001
                    m.Connect("bench-b", "bench", pick(lab));
                }
                public static void C(MqttClient m)
                {
                    Func<string> bench = static () =>
                    {
                        Console.WriteLine("bench login");
                        return "Cx8!bench-Mv5Lr"; // expect: IOT1001
                    };
                    m.Connect("bench-c", "bench", bench());
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... configuration keys and environment variable names (`"Mqtt:Password"`,
    // `"MQTT_PASSWORD"`)", "masks (`"********"`)", values from the environment and parameters. Lambdas returning a settings
    // key, reading the environment, a mask only logged; a delegate given as a parameter.
    [Fact]
    public Task RT40_lambdas_returning_keys_environment_reads_and_masks_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using uPLibrary.Networking.M2Mqtt;
            public static class Plant
            {
                public static void A(MqttClient m, Dictionary<string, string> settings)
                {
                    Func<string> keyName = () => "Mqtt:Password"; // expect: none
                    m.Connect("plant-a", "plant", settings[keyName()]);
                }
                public static void B(MqttClient m)
                {
                    var read = () => Environment.GetEnvironmentVariable("MQTT_PASSWORD") ?? ""; // expect: none
                    m.Connect("plant-b", "plant", read());
                }
                public static void C(MqttClient m, Func<string> fromVault)
                {
                    Func<string> mask = () => "********"; // expect: none
                    Console.WriteLine("password: " + mask());
                    m.Connect("plant-c", "plant", fromVault());
                }
            }
            """);

    // IOT1001 (twenty-first session): "a local list the function makes and fills by `Add` ... holds what each `Add` gives it
    // where a loop reads it: a parameter's default, the rows of a written table"; values are followed from "a `Secrets` class
    // in another file" and "const fields". Wi-Fi keys tried in turn: a list made by a collection expression and filled by Add
    // from a constant of another class and a parameter's default, and a set filled with a written key.
    [Fact]
    public Task RT40_wifi_keys_added_to_local_lists_and_sets_are_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using System.Collections.Generic;
            using nanoFramework.Networking;
            public static class WifiJoin
            {
                public static bool Join(string ssid, string spare = "Mb5#spare-Rw8") // expect: IOT1001
                {
                    List<string> psks = [];
                    psks.Add(Secrets.HomePsk);
                    psks.Add(spare);
                    foreach (var psk in psks)
                    {
                        if (WifiNetworkHelper.ConnectDhcp(ssid, psk)) return true;
                    }
                    return false;
                }
                public static bool Barn(string ssid)
                {
                    var tried = new HashSet<string>();
                    tried.Add("Wz3#barn-Lq9"); // expect: IOT1001
                    foreach (var psk in tried)
                    {
                        if (WifiNetworkHelper.ConnectDhcp(ssid, psk)) return true;
                    }
                    return false;
                }
            }
            """,
            """
            public static class Secrets
            {
                public const string HomePsk = "Tq7#orchard-Vk2"; // expect: IOT1001
            }
            """);

    // IOT1001 (twenty-first session): "a local list the function makes and fills by `Add` ... holds what each `Add` gives it
    // where a loop reads it: a parameter's default"; "a list of passwords written in the code and tried in a `foreach` (an
    // array, a collection initializer ...)"; "A local holding SNMP's `OctetString` ... holds its text". A list of
    // communities written in its initializer and then given the parameter's default by Add.
    [Fact]
    public Task RT40_a_community_list_initialized_then_filled_by_add_holds_both() =>
        ExpectComments.AssertAsync(Snmp, """
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            public class UpsPoller
            {
                public object Poll(string ip, string community = "Hv4qRz8Kt") // expect: IOT1001
                {
                    var endpoint = new IPEndPoint(IPAddress.Parse(ip), 161);
                    var toTry = new List<string> { "Np6wLx3Qs" }; // expect: IOT1001
                    toTry.Add(community);
                    foreach (var candidate in toTry)
                    {
                        var communityString = new OctetString(candidate);
                        var result = Messenger.Get(VersionCode.V2, endpoint, communityString, new List<Variable>(), 2000);
                        if (result.Count > 0) return result;
                    }
                    return null!;
                }
            }
            """);

    // IOT1001 (twenty-first session): "An SNMP community's name (`community`, `readCommunity`, `communityString`) is a
    // credential's name for a helper's or a record's parameter, so what callers and creations pass it is followed"; the v1/v2c
    // community "of an agent (`Version2MembershipProvider`) and of a manager's requests (`Messenger.Get`, `Set`, ...,
    // `SendTrapV2`)" is a sink. The write community, the trap community and an agent's get/set communities as helpers'
    // parameters.
    [Fact]
    public Task RT40_write_trap_and_agent_community_parameters_are_followed_to_their_callers() =>
        ExpectComments.AssertAsync(Snmp, """
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            using Lextm.SharpSnmpLib.Pipeline;
            public static class Agent
            {
                private static IList<Variable> Write(string ip, string writeCommunity) =>
                    Messenger.Set(VersionCode.V2, new IPEndPoint(IPAddress.Parse(ip), 161), new OctetString(writeCommunity), new List<Variable>(), 2000);
                private static void Alarm(string ip, string trapCommunity) =>
                    Messenger.SendTrapV2(1, VersionCode.V2, new IPEndPoint(IPAddress.Parse(ip), 162), new OctetString(trapCommunity), new ObjectIdentifier("1.3.6.1.4.1.8072.2.3.0.1"), 0, new List<Variable>());
                private static IMembershipProvider Members(string getCommunity, string setCommunity) =>
                    new Version2MembershipProvider(new OctetString(getCommunity), new OctetString(setCommunity));
                public static IList<Variable> Reset(string ip) => Write(ip, "Qw7xTn4Lp"); // expect: IOT1001
                public static void Overheat(string ip) => Alarm(ip, "Zr2vKm8Hd"); // expect: IOT1001
                public static IMembershipProvider Start() => Members(
                    "Bx5nWq2Rt", // expect: IOT1001
                    "Fm8kLs3Vz"); // expect: IOT1001
            }
            """);

    // IOT1001: "A property of the team's own options type read at a sink ... takes every value the code writes into it";
    // "auto-properties with initializers"; "a record built by a target-typed `new(...)` in a declaration (`static readonly
    // WeatherKeys Keys = new("...", "metric")`) writes its positional properties". A poller's options with a read community
    // written as the property's initializer, and a target's record built target-typed in a read-only field.
    [Fact]
    public Task RT40_communities_in_options_initializers_and_target_typed_records_are_iot1001() =>
        ExpectComments.AssertAsync(Snmp, """
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            public sealed class SnmpOptions
            {
                public string ReadCommunity { get; set; } = "Kd7wPq3Xz"; // expect: IOT1001
                public int Timeout { get; set; } = 2000;
            }
            public sealed record SnmpTarget(string Host, string Community);
            public sealed class ChillerPoller
            {
                private static readonly SnmpTarget Chiller = new("10.20.0.7", "Lt9vRm2Qw"); // expect: IOT1001
                private readonly SnmpOptions _options;
                public ChillerPoller(SnmpOptions options) => _options = options;
                public object A(string ip) => Messenger.Get(VersionCode.V2, new IPEndPoint(IPAddress.Parse(ip), 161), new OctetString(_options.ReadCommunity), new List<Variable>(), _options.Timeout);
                public object B() => Messenger.Get(VersionCode.V2, new IPEndPoint(IPAddress.Parse(Chiller.Host), 161), new OctetString(Chiller.Community), new List<Variable>(), 2000);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a file";
    // "Your own types are never sinks by name". A local OctetString from the environment, a list filled by Add from a file's
    // lines, and a forum helper whose `community` is a channel's name in a URL path (no SNMP).
    [Fact]
    public Task RT40_communities_from_run_time_sources_and_a_forum_channel_stay_quiet() =>
        ExpectComments.AssertAsync(Snmp, """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            public sealed class Fleet
            {
                public object A(string ip)
                {
                    var communityString = new OctetString(Environment.GetEnvironmentVariable("SNMP_READ") ?? "");
                    return Messenger.Get(VersionCode.V2, new IPEndPoint(IPAddress.Parse(ip), 161), communityString, new List<Variable>(), 2000);
                }
                public void B(string ip)
                {
                    var toTry = new List<string>();
                    foreach (var line in File.ReadAllLines("/etc/snmp/communities")) toTry.Add(line.Trim());
                    foreach (var c in toTry) Messenger.Get(VersionCode.V2, new IPEndPoint(IPAddress.Parse(ip), 161), new OctetString(c), new List<Variable>(), 2000);
                }
            }
            public static class Forum
            {
                private static Task<HttpResponseMessage> Post(HttpClient http, string community, string text) =>
                    http.PostAsync($"https://forum.plant.local/c/{community}/posts", new StringContent(text));
                public static Task<HttpResponseMessage> Hello(HttpClient http) => Post(http, "boiler-room-crew", "Shift change at six"); // expect: none
            }
            """);

    // ---------- 6. crashes ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed forms
    // of this red team's shapes.
    [Fact]
    public Task RT40_no_analyzer_throws_on_half_typed_forms_of_the_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""public static class F { public const string FleetApiKey = "ZXOFBIOQ; public static string UplinkSecret => ; } public abstract class C { public abstract string Token { get; } } public sealed class D : C { public override string Token => "lichtschalter }""", null),
            ("""using System; using System.Collections.Generic; sealed class B { Random _r = new(); Dictionary<int, long> _noncesByPort = new(); static readonly string[] N = ["a", ; void A(int p) { var nonceForGateway = _r.NextInt64().ToString(; _noncesByPort[p] = _r.Next(Layout.Racks * ); _r.Shuffle(; var chars = "AB".ToCharArray(); _r.Shuffle(chars.AsSpan(; this.UsedNonces.Add(_r.Next(1, ); } public HashSet<int> UsedNonces { get; } = new(; }""", null),
            ("""using System; using System.Text; public sealed class P { public void W(string t) { } } sealed class AtCommand { StringBuilder _t; public AtCommand(string t) => _t = new(t); public AtCommand Set(string h, ) { _t.Replace(h, ); return this; } } static class U { const int PasswordTag = ; const string T = "AT+QICSGP=1,1,\"x\",\"y\",\"<apn-password>\",1"; static void A(P port, int p, bool l) { Func<string, string> fill = q => T.Replace("<apn-password>", ; port.W(fill()); port.W($"AT+UPSD={p},{PasswordTag},\"x\""); port.W($"AT+CLCK=\"SC\",{(l ? 1 : )},\"<sim-pin>\""); port.W($"AT+QMTCONN={},\"m\",\"u\",\"[mqtt password]\""); port.W(new AtCommand(T).Set("<apn-password>", ).ToString()); } }""", null),
            ("""using System; using System.Security.Cryptography; using System.Text; static class K { static string A(string s) { Span<byte> d = stackalloc byte[; SHA256.HashData(Encoding.UTF8.GetBytes(s), d); var k = Rfc2898DeriveBytes.Pbkdf2(salt: , password: Environment.MachineName, ); using var sha = SHA256.Create(); sha.TransformFinalBlock(; var buffer = new byte[32]; RandomNumberGenerator.Fill(buffer.AsSpan(..; RandomNumberGenerator.Fill(buffer.AsMemory().; var bench = () => ; Func<bool, string> pick = l => l ? "a" : ; return bench.Invoke(; } }""", null),
            ("""using System.Collections.Generic; using System.Net; using Lextm.SharpSnmpLib; using Lextm.SharpSnmpLib.Messaging; using Lextm.SharpSnmpLib.Pipeline; public sealed record SnmpTarget(string Host, string Community); static class A { static readonly SnmpTarget T = new("h", ); static IMembershipProvider M(string getCommunity, string setCommunity) => new Version2MembershipProvider(new OctetString(getCommunity), ); static object P(string ip, string community = "x") { var toTry = new List<string> { "y", ; toTry.Add(community; List<string> psks = [; psks.Add(; foreach (var c in toTry) Messenger.Get(VersionCode.V2, null!, new OctetString(c), , 2000); return M("a", ); } }""", Snmp),
        });
}
