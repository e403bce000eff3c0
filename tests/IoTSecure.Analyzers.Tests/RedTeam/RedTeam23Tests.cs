using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 23: the eleventh session's changes (f82c90c..364d822). Short password parameters (pass, pw) beside the account,
/// WebHeaderCollection indexers and whole header lines, access codes and HTTP Basic values compared in every spelling,
/// missing-value tests followed by defaults, four-digit PINs under PIN keys, report words against access codes, participles
/// and unit numbers, tables of texts looked up by public data, published APN logins, connection strings whose first value is
/// a URI, read-only fields given a choice of objects by the constructor, PEM blocks written line by line, derived passwords
/// stored under keys, PINs from network ids and Bluetooth addresses, secret-named constants in URLs, 'append' names, broker
/// user tables, listed default pairs in login tables, Math.Floor random key bytes, release codes, foreach rows into Basic
/// logins, random buffers returned by key methods, TryParse into PIN-named variables, target-typed new with a derived
/// password; crashes on half-typed code. Expectations come from docs/rules and DESIGN.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam23Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam23Tests(ITestOutputHelper output) => _out = output;

    // FluentFTP's constructor (FtpClient(string host, string user, string pass, int port = 0)), a vendor cloud SDK that signs
    // in with an e-mail address, an end-of-line test station that records a unit's verdict, and a render graph's passes.
    private const string ShortPassLibraries = """
        namespace FluentFTP
        {
            public class FtpClient
            {
                public FtpClient() { }
                public FtpClient(string host) { }
                public FtpClient(string host, string user, string pass, int port = 0) { }
                public void Connect() { }
            }
        }
        namespace Vendor.Mower.Cloud
        {
            public class CloudSession
            {
                public bool SignIn(string email, string pw) => true;
                public bool Pair(string userId, string pass) => true;
            }
        }
        namespace Vendor.EolTester
        {
            public class TestStation
            {
                public void Record(string id, string pass) { }
                public void Record(string id, string pass, string note) { }
            }
        }
        """;

    // ---------- 1. short password parameters beside the account ----------

    // IOT1001: "a string parameter named only by a short password word (pass, pw, userPass) beside the account it signs in,
    // in the same signature (FluentFTP's FtpClient(host, user, pass))"; DESIGN: values travel through static readonly fields
    // of another partial part, named arguments in any order, target-typed new.
    [Fact]
    public Task RT23_ftp_pass_through_a_partial_part_named_arguments_and_target_typed_new() =>
        ExpectComments.AssertAsync(new[] { ShortPassLibraries }, """
            public partial class DockUploader
            {
                private static readonly string ArchivePass = "Tq6!Wherry-Bollard"; // expect: IOT1001
            }
            """, """
            using FluentFTP;
            using Vendor.Mower.Cloud;
            public partial class DockUploader
            {
                public FtpClient Archive() => new FtpClient(pass: ArchivePass, user: "dock-cam", host: "ftp.harbour.lan");
                public FtpClient Spare()
                {
                    FtpClient client = new("ftp.harbour.lan", "dock-cam", "Tq7!Wherry-Bollard"); // expect: IOT1001
                    return client;
                }
                public bool Pair(CloudSession cloud) => cloud.Pair("dock-cam-07", "Tq8!Wherry-Bollard"); // expect: IOT1001
            }
            """);

    // The account a cloud SDK signs in is often an e-mail address (SignIn(email, pw)): "beside the account it signs in".
    [Fact]
    public Task RT23_short_pw_beside_an_email_account() =>
        ExpectComments.AssertAsync(new[] { ShortPassLibraries }, """
            using Vendor.Mower.Cloud;
            public static class MowerCloud
            {
                private const string FleetPw = "Lc4-Sward-Tedder"; // expect: IOT1001
                public static bool Connect(CloudSession cloud) => cloud.SignIn("fleet@greens.example", FleetPw);
                public static bool Spare(CloudSession cloud) => cloud.SignIn(pw: "Lc5-Sward-Tedder", email: "spare@greens.example"); // expect: IOT1001
            }
            """);

    // Hard negatives: IOT1002 "Pass = "PASS" and firstPass == "PASS" are test verdicts, not the default password "pass"": an
    // end-of-line tester's Record(id, pass) given the unit's verdict; a note and a verdict read at run time.
    [Fact]
    public Task RT23_pass_parameter_of_a_test_station_is_a_verdict() =>
        ExpectComments.AssertAsync(new[] { ShortPassLibraries }, """
            using Vendor.EolTester;
            public static class EndOfLine
            {
                public static void Report(TestStation station, string serial, bool ok, string verdict)
                {
                    station.Record(serial, ok ? "PASS" : "FAIL"); // expect: none
                    station.Record("unit-4471", "PASS"); // expect: none
                    station.Record(serial, "FAIL", "Vx9-drift-high-7q"); // expect: none
                    station.Record(serial, verdict);
                }
            }
            """);

    // ---------- 2. WebHeaderCollection indexers and whole header lines ----------

    // IOT1001: WebHeaderCollection "indexers (headers[HttpRequestHeader.Authorization] = ..., headers["Authorization"] = ...)";
    // DESIGN: values (and here the header's name) travel through const fields. Basic built in code from another class's
    // constants is judged as the header it produces, at the password.
    [Fact]
    public Task RT23_header_indexer_with_the_name_in_a_constant_and_basic_built_from_constants() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Text;
            public static class MeterSecrets
            {
                public const string User = "meter-31";
                public const string Password = "Vd8-Flume-Weir"; // expect: IOT1001
            }
            public static class MeterUplink
            {
                private const string AuthorizationHeader = "Authorization";
                public static WebClient Client()
                {
                    var wc = new WebClient();
                    wc.Headers[AuthorizationHeader] = "Bearer 4c1f9e7a2d6b3c8e0f5a7d2b9c4e6f1a"; // expect: IOT1001
                    return wc;
                }
                public static HttpWebRequest Request(Uri uri)
                {
                    var request = (HttpWebRequest)WebRequest.Create(uri);
                    request.Headers[HttpRequestHeader.Authorization] = "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes(MeterSecrets.User + ":" + MeterSecrets.Password));
                    return request;
                }
            }
            """);

    // IOT1001: "its one-argument Add("Authorization: Bearer ...") (the whole header line)"; DESIGN: "Secrets in real device
    // code almost never sit in the call itself: they travel through const fields, static readonly fields". The whole line
    // held in a constant and in a static readonly field.
    [Fact]
    public Task RT23_whole_header_lines_held_in_a_constant_and_a_static_readonly_field() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Gateway
            {
                private const string ApiKeyLine = "X-API-Key: 0b7e3f9c1a5d8e2f6c4a9b1d7e3f5a8c"; // expect: IOT1001
                private static readonly string AuthLine = "Authorization: Bearer 9e2c6a1f4b8d3e7a0c5f2b9d6e1a4c8f"; // expect: IOT1001
                public static void Configure(WebClient wc, HttpWebRequest request)
                {
                    wc.Headers.Add(ApiKeyLine);
                    request.Headers.Add(AuthLine);
                }
            }
            """);

    // The whole line interpolated with a token constant of another class: reported at the constant's literal.
    [Fact]
    public Task RT23_whole_header_line_interpolated_with_a_constant() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class HubTokens { public const string Site = "f3a8c1e6b9d2470e5c8a1f3b6d9e2c7a"; } // expect: IOT1001
            public static class Hub
            {
                public static void Configure(HttpWebRequest request) => request.Headers.Add($"X-Auth-Token: {HubTokens.Site}");
            }
            """);

    // Hard negatives: indexers and header lines for headers that carry no credential (an entity tag and a serial look
    // random), an Authorization value read at run time, and an emptied one.
    [Fact]
    public Task RT23_non_authentication_header_indexers_and_lines() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Net;
            public static class Meter
            {
                public static WebClient Client(HttpWebRequest request)
                {
                    var wc = new WebClient();
                    wc.Headers["X-Device-Serial"] = "SN-7d1e4b9a2c6f"; // expect: none
                    wc.Headers[HttpRequestHeader.IfNoneMatch] = "\"9c4e6f1a4c1f9e7a2d6b3c8e0f5a7d2b\""; // expect: none
                    wc.Headers["X-Auth-Scheme"] = "Digest"; // expect: none
                    request.Headers.Add("X-Trace-Parent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"); // expect: none
                    request.Headers.Add("Cache-Control: no-cache"); // expect: none
                    wc.Headers[HttpRequestHeader.Authorization] = "Bearer " + File.ReadAllText("/run/secrets/meter-token");
                    wc.Headers["Authorization"] = string.Empty;
                    return wc;
                }
            }
            """);

    // ---------- 3. access codes compared in careful spellings ----------

    // IOT1004: "a comparer's Equals (StringComparer.Ordinal.Equals(typed, GatePasscode)), object.Equals(typed, LoftPin)",
    // "with not, or and and patterns too": other comparers, a qualified object.Equals, a not pattern in an if, an or pattern
    // of two PINs; a constant of another class.
    [Fact]
    public Task RT23_access_codes_through_comparers_object_equals_and_patterns() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class PumpCodes { public const string FuelCabinetPin = "580264"; } // expect: IOT1004
            public sealed class ForecourtKeypad
            {
                private const string AttendantOverrideCode = "7315"; // expect: IOT1004
                private const string WashBayPasscode = "90418"; // expect: IOT1004
                private const string NightSafePin = "2607"; // expect: IOT1004
                private const string ServiceHatchPin = "8841"; // expect: IOT1004
                public bool Cabinet(string entered) => StringComparer.InvariantCultureIgnoreCase.Equals(PumpCodes.FuelCabinetPin, entered.Trim());
                public bool Override(string entered) => object.Equals(entered, AttendantOverrideCode);
                public bool Wash(string entered)
                {
                    if (entered is not WashBayPasscode) return false;
                    return true;
                }
                public bool Safe(string entered) => entered.Trim() is NightSafePin or ServiceHatchPin;
            }
            """);

    // IOT1004: "CryptographicOperations.FixedTimeEquals over the texts' bytes (Encoding.UTF8.GetBytes(typed),
    // Encoding.UTF8.GetBytes(VestryPin))", the bytes taken into locals first, as constant-time code usually does.
    [Fact]
    public Task RT23_access_code_compared_in_constant_time_through_byte_locals() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography;
            using System.Text;
            public sealed class CryptKeypad
            {
                private const string CryptDoorPin = "39175"; // expect: IOT1004
                public bool Open(string entered)
                {
                    var typed = Encoding.UTF8.GetBytes(entered.Trim());
                    var expected = Encoding.UTF8.GetBytes(CryptDoorPin);
                    return CryptographicOperations.FixedTimeEquals(typed, expected);
                }
            }
            """);

    // IOT1004: "A code named for what a door, a lock or an alarm reports ... is no access code; one whose words say what it
    // opens (OperatorOverrideCode) is": a report word beside an opening word (a diagnostic menu's unlock code, a fault
    // lockout's override code) and an event's staff gate code are access codes checked against typed text.
    [Fact(Skip = "Open defect (red team 23): 'event' names an occasion as often as a device's report (EventStaffGateCode is a festival's staff gate code); a report word with no opening action cancels the access code")]
    public Task RT23_report_words_beside_what_the_code_opens() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class BoilerPanel
            {
                private const string DiagnosticMenuUnlockCode = "730519"; // expect: IOT1004
                private const string FaultLockoutOverrideCode = "4482"; // expect: IOT1004
                public bool Menu(string entered) => entered == DiagnosticMenuUnlockCode;
                public bool Lockout(string entered) => string.Equals(entered.Trim(), FaultLockoutOverrideCode, StringComparison.Ordinal);
            }
            public sealed class FestivalGate
            {
                private const string EventStaffGateCode = "615903"; // expect: IOT1004
                public bool Staff(string entered) => entered == EventStaffGateCode;
            }
            """);

    // Hard negatives: codes a gate, a lock, a panel or a key safe reports, compared with a device's reply in the same careful
    // spellings; a product code through a comparer; a relay's GPIO line through object.Equals.
    [Fact]
    public Task RT23_report_codes_product_codes_and_gpio_lines_compared_carefully() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class GateController
            {
                private const string GateEventCode = "4012"; // expect: none
                private const string LockFaultCode = "0417"; // expect: none
                private const string PanelTroubleCode = "3308"; // expect: none
                private const string KeySafeAlertCode = "2291"; // expect: none
                private const string ProductCode = "7719"; // expect: none
                private const int RelayPin = 17; // expect: none
                public bool Reported(string reply) =>
                    reply == GateEventCode || StringComparer.Ordinal.Equals(reply, LockFaultCode) || reply is PanelTroubleCode or KeySafeAlertCode;
                public bool Alert(string reply) => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(reply), Encoding.ASCII.GetBytes(KeySafeAlertCode));
                public bool Product(string reply) => StringComparer.OrdinalIgnoreCase.Equals(reply, ProductCode);
                public bool Relay(int line) => object.Equals(line, RelayPin);
            }
            """);

    // ---------- 4. door and gate release codes ----------

    // IOT1004: "a name of two words or more ending in ... code that names no counted code", checked against received text:
    // a barrier's and a turnstile's release code; IOT1005: a hatch's release code made from the bay's number. A firmware
    // release code is a version.
    [Fact]
    public Task RT23_release_codes_of_barriers_turnstiles_and_hatches() =>
        ExpectComments.AssertAsync("""
            public sealed class CarPark
            {
                private const string BarrierReleaseCode = "306182"; // expect: IOT1004
                private const string TurnstileReleaseCode = "51947"; // expect: IOT1004
                public const string FirmwareReleaseCode = "2024.11.3"; // expect: none
                public bool Barrier(string entered) => entered.Trim() == BarrierReleaseCode;
                public bool Turnstile(string entered) => string.Equals(entered, TurnstileReleaseCode);
                public static string HatchReleaseCode(int bayNumber) => "H" + (bayNumber * 7919 % 10000).ToString("D4"); // expect: IOT1005
            }
            """);

    // ---------- 5. HTTP Basic values compared ----------

    // IOT1001: "A received value compared with a written HTTP Basic authorization value ... is a credential check whatever
    // the received side is called", the commit: "compared in any spelling". An is pattern and a switch expression's arm are
    // comparisons too.
    [Fact(Skip = "Open defect (red team 23, as red team 12): a Basic value as an is-pattern or a switch arm is not read as a login check")]
    public Task RT23_basic_values_compared_by_a_pattern_and_a_switch_arm() =>
        ExpectComments.AssertAsync("""
            public static class ServicePortal
            {
                public static bool IsService(string authorization) => authorization is "Basic c3ZjLTQ6R3c3LVBsaW50aC1Sb29r"; // expect: IOT1001
                public static int Role(string authorization) => authorization switch
                {
                    "Basic b3BzOlJ0NC1Ld2lsbC1UYW1w" => 2, // expect: IOT1001
                    _ => 0,
                };
            }
            """);

    // string.Compare with a comparison type against a Basic value built in a static readonly field from another class's
    // constants, and CompareOrdinal(...) != 0 on a value built in place by interpolation: each password at its literal.
    [Fact(Skip = "Open defect (red team 23): a Basic value built from constants and compared is reported where it is built, not at the password constant as at a header sink")]
    public Task RT23_basic_values_built_from_constants_compared_with_compare() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            public static class PortalLogin
            {
                public const string User = "svc";
                public const string Password = "Jm3-Kestrel-Vane"; // expect: IOT1001
            }
            public static class Portal
            {
                private const string OpsPassword = "Zc5-Heron-Sluice"; // expect: IOT1001
                private static readonly string Expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(PortalLogin.User + ":" + PortalLogin.Password));
                public static bool Service(string header) => string.Compare(header, Expected, StringComparison.OrdinalIgnoreCase) == 0;
                public static bool Ops(string header)
                {
                    if (string.CompareOrdinal($"Basic {Convert.ToBase64String(Encoding.ASCII.GetBytes($"ops:{OpsPassword}"))}", header) != 0) return false;
                    return true;
                }
            }
            """);

    // Hard negatives: "A challenge ("Basic realm=..."), the bare scheme or base64 of anything but user:password is not", in
    // the new spellings (a pattern, Compare(...) == 0, a built value); a prefix test.
    [Fact]
    public Task RT23_basic_lookalikes_compared_in_the_new_spellings() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            public static class Portal
            {
                public static bool Challenge(string header) => header is "Basic realm=\"kiosk-7\""; // expect: none
                public static bool Scheme(string header) => header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
                public static bool Bearer(string header) => string.Compare(header, "Bearer", StringComparison.OrdinalIgnoreCase) == 0; // expect: none
                public static bool Encoded(string header) => header == "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("kiosk-7")); // expect: none
                public static bool Anonymous(string header) => 0 == string.CompareOrdinal(header, "Basic YW5vbnltb3Vz"); // expect: none
            }
            """);

    // ---------- 6. missing-value tests followed by a default ----------

    // IOT1001 (tenth session): "defaults given after more missing-value tests (x is not { Length: > 0 }, x.Trim().Length == 0,
    // x.Length < 8, ...)": a null test or a length under a bound held in another class's constant, a whitespace test on a
    // null-conditional trim, a length pattern of null or too short.
    [Fact]
    public Task RT23_missing_value_tests_in_combined_spellings() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using nanoFramework.Networking;
            public static class Limits { public const int MinPsk = 8; }
            public static class Yard
            {
                public static bool Join(string? psk)
                {
                    if (psk is null || psk.Length < Limits.MinPsk) psk = "Pf4-Linnet-Carr"; // expect: IOT1001
                    return WifiNetworkHelper.ConnectDhcp("Yard", psk);
                }
                public static ICredentials Ftp(string user, string? password)
                {
                    if (string.IsNullOrWhiteSpace(password?.Trim())) password = "Pf5-Linnet-Carr"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
                public static ICredentials Cam(string user, string? password)
                {
                    if (password?.Length is null or < 8) password = "Pf6-Linnet-Carr"; // expect: IOT1001
                    return new NetworkCredential(user, password);
                }
            }
            """);

    // "TryGetValue(...) == false" as "is not true", and a failed lookup or an empty value in one test.
    [Fact]
    public Task RT23_failed_lookups_spelled_is_not_true_and_or_empty() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public static class Net
            {
                public static bool Wifi(IReadOnlyDictionary<string, string> cfg)
                {
                    if (cfg.TryGetValue("wifi.psk", out var psk) is not true) psk = "Pf7-Linnet-Carr"; // expect: IOT1001
                    return WifiNetworkHelper.ConnectDhcp("Loft", psk);
                }
                public static MqttClientOptions Mqtt(IReadOnlyDictionary<string, string> cfg)
                {
                    if (!cfg.TryGetValue("mqtt.password", out var password) || password.Length == 0) password = "Pf8-Linnet-Carr"; // expect: IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer("broker.loft").WithCredentials("loft", password).Build();
                }
            }
            """);

    // Hard negatives: the same tests before defaults of values that are no credentials (a client id, a topic), and before a
    // vault read.
    [Fact]
    public Task RT23_missing_value_tests_before_non_credential_defaults() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using MQTTnet.Client;
            public static class Defaults
            {
                public static MqttClientOptions Build(string? clientId, string? topic)
                {
                    if (string.IsNullOrWhiteSpace(clientId?.Trim())) clientId = "gw-7f3a9c2e41b8"; // expect: none
                    if (topic?.Length is null or 0) topic = "site/Kq8x-feed"; // expect: none
                    return new MqttClientOptionsBuilder().WithClientId(clientId).WithTcpServer("broker.local").Build();
                }
                public static ICredentials Cam(string user, string? password, Func<string, string> vault)
                {
                    if (password is not { Length: >= 8 }) password = vault("cam");
                    return new NetworkCredential(user, password);
                }
            }
            """);

    // ---------- 7. four-digit PINs under PIN keys ----------

    // IOT1001: "a secret stored in code under a secret-named key"; IOT1004: four digits under a PIN's name "are a PIN, not a
    // 16-bit BLE UUID", and "a configuration key whose last segment is a bare PIN is read with the segment before it".
    [Fact]
    public Task RT23_four_digit_pins_under_pin_and_passcode_keys() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class AlarmPanel
            {
                public static Dictionary<string, string> Seed()
                {
                    var settings = new Dictionary<string, string>
                    {
                        ["Keypad:MasterPin"] = "6031", // expect: IOT1001
                        ["door.passcode"] = "5183", // expect: IOT1001
                    };
                    settings.Add("alarm/duress/pin", "4729"); // expect: IOT1001
                    settings["ble.hr.uuid"] = "2A37"; // expect: none
                    return settings;
                }
            }
            """);

    // ---------- 8. PINs from participles and typed numbers ----------

    // Hard negatives: IOT1005 "a number read from a call (a PIN from secure storage) is not" the unit's number; a whole number
    // named for how it came to be (typed by the user, saved before, issued by a server) numbers no unit.
    [Fact]
    public Task RT23_pins_formatted_from_typed_saved_and_issued_numbers() =>
        ExpectComments.AssertAsync("""
            public static class Pins
            {
                public static string ConfirmPin(int typed) => typed.ToString("D4"); // expect: none
                public static string KeypadPin(int saved) => (saved % 1000000).ToString("D6"); // expect: none
                public static string GuestPin(int issued) => issued.ToString("D6"); // expect: none
            }
            """);

    // ---------- 9. tables of texts looked up by public data ----------

    // IOT1001: "each entry of a table written in the code and looked up at the sink"; IOT1005: "A password looked up in a
    // table by a public number ... is the table's written value (IOT1001 there)": read-only dictionary properties looked up
    // by a serial's prefix, one by indexer and one by TryGetValue.
    [Fact]
    public Task RT23_password_table_property_looked_up_by_a_serial_prefix() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using nanoFramework.Networking;
            public static class ApTable
            {
                private static IReadOnlyDictionary<string, string> PskByModel { get; } = new Dictionary<string, string>
                {
                    ["GW-4"] = "Hs2-Copse-Dingle", // expect: IOT1001
                    ["GW-5"] = "Hs3-Copse-Dingle", // expect: IOT1001
                };
                private static IReadOnlyDictionary<string, string> ApPskByBoard { get; } = new Dictionary<string, string>
                {
                    ["R7"] = "Hs4-Copse-Dingle", // expect: IOT1001
                };
                public static bool Join(string serialNumber) => WifiNetworkHelper.ConnectDhcp("Gateway", PskByModel[serialNumber[..4]]);
                public static bool JoinAp(string serialNumber) =>
                    ApPskByBoard.TryGetValue(serialNumber[..2], out var psk) && WifiNetworkHelper.ConnectDhcp("Gateway-AP", psk);
            }
            """);

    // IOT1005: "what a query's selector picks (... alphabet[rng.Next(alphabet.Length)]: an element picked by a guessable index
    // is guessable)"; the commit: "a table of texts ... is judged by what it holds": a word list holds no passwords, so a
    // passphrase of words picked by the MAC's bytes is derived from the MAC.
    [Fact]
    public Task RT23_passphrase_of_words_picked_by_the_mac() =>
        ExpectComments.AssertAsync("""
            using System.Net.NetworkInformation;
            public static class Passphrases
            {
                private static readonly string[] Words = { "amber", "birch", "cinder", "dune", "ember", "fjord", "gorse", "heath" };
                public static string WifiPassphrase(PhysicalAddress mac) => Words[mac.GetAddressBytes()[3] % 8] + "-" + Words[mac.GetAddressBytes()[4] % 8] + "-" + Words[mac.GetAddressBytes()[5] % 8]; // expect: IOT1005
            }
            """);

    // Hard negatives: a dictionary of display texts filled by its own code and compared with typed text, program shortcuts
    // that look random looked up by typed text, and a broker's greeting table compared with the user name.
    [Fact]
    public Task RT23_display_tables_compared_with_user_input() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using MQTTnet.Server;
            public sealed class KioskMenu
            {
                private readonly Dictionary<string, string> _labels = new() { ["start"] = "Tap to start", ["help"] = "Call the attendant" };
                private static readonly Dictionary<string, string> Shortcuts = new() { ["wash"] = "Wk4Tz9", ["dry"] = "Dr7Qx2" }; // expect: none
                private readonly Dictionary<string, string> _greetings = new();
                public KioskMenu()
                {
                    _labels.Add("pay", "Insert or tap your card");
                    _labels["exit"] = "Goodbye";
                    _greetings.Add("press-4", "Zr8-press-line"); // expect: none
                }
                public bool IsLabel(string typed) => _labels.TryGetValue("start", out var label) && label == typed;
                public bool IsWash(string typed) => Shortcuts.TryGetValue("wash", out var shortcut) && shortcut == typed;
                public bool Greets(ValidatingConnectionEventArgs e) => _greetings.TryGetValue(e.ClientId, out var greeting) && greeting == e.UserName;
            }
            """);

    // ---------- 10. published APN logins ----------

    // IOT1001: "a modem object's APN, user and password set property by property (the operator's published login is none)";
    // "the arguments ... an object built": written by with-expressions of a settings record, the published login (the user
    // name again) is none and a private APN's password is IOT1001.
    [Fact]
    public Task RT23_apn_logins_written_by_with_expressions() =>
        ExpectComments.AssertAsync("""
            public sealed record ModemProfile
            {
                public string AccessPointName { get; init; } = "";
                public string ApnUser { get; init; } = "";
                public string ApnPassword { get; init; } = "";
            }
            public sealed class Bg95
            {
                private void Send(string command) { }
                public void Attach(ModemProfile p) => Send($"AT+QICSGP=1,1,\"{p.AccessPointName}\",\"{p.ApnUser}\",\"{p.ApnPassword}\",1");
            }
            public static class Carriers
            {
                private static readonly ModemProfile Blank = new();
                public static readonly ModemProfile Three = Blank with { AccessPointName = "three.co.uk", ApnUser = "three", ApnPassword = "three" }; // expect: none
                public static readonly ModemProfile Fleet = Blank with { AccessPointName = "fleet.m2m.example", ApnUser = "fleet", ApnPassword = "Wd3-Gantry-Spur" }; // expect: IOT1001
                public static void Up(Bg95 modem, bool uk) => modem.Attach(uk ? Three : Fleet);
            }
            """);

    // A private APN's login in static readonly fields (the commit's published-login reading of such fields must not hide it),
    // beside a published one in fields of the same type.
    [Fact]
    public Task RT23_private_apn_login_in_static_readonly_fields() =>
        ExpectComments.AssertAsync("""
            public sealed class Sim7600 { public void WriteLine(string line) { } }
            public static class Apns
            {
                public static readonly string ApnName = "tracker.m2m.example";
                public static readonly string ApnUser = "tracker";
                public static readonly string ApnPassword = "Rn7-Coble-Thwart"; // expect: IOT1001
                public static readonly string PublicApnName = "wap.vodafone.co.uk";
                public static readonly string PublicApnUser = "wap";
                public static readonly string PublicApnPassword = "wap"; // expect: none
                public static void Up(Sim7600 modem, bool fallback) =>
                    modem.WriteLine(fallback
                        ? $"AT+CGAUTH=1,1,\"{PublicApnUser}\",\"{PublicApnPassword}\""
                        : $"AT+CGAUTH=1,1,\"{ApnUser}\",\"{ApnPassword}\"");
            }
            """);

    // ---------- 11. connection strings whose first value is a URI ----------

    // IOT1001: "Connection strings and URIs written anywhere ... are reported at the literal that holds the password"; the
    // commit: "a connection string whose first value is a URI ... is read for its pairs": a broker URI first, and a URI whose
    // user information holds the password, followed by more pairs.
    [Fact]
    public Task RT23_connection_strings_opening_with_a_uri() =>
        ExpectComments.AssertAsync("""
            public sealed class BusLink { public BusLink(string connectionString) { } }
            public static class Plant
            {
                public static BusLink Mqtt() => new BusLink("BrokerUri=mqtts://hub.site.local:8883;ClientId=press-9;Username=press;Password=Bq7-Roller-Nip"); // expect: IOT1001
                public static BusLink Opc() => new BusLink("Endpoint=opc.tcp://hmi:Lz8-Ingot-Tundish@plc.local:4840;Security=SignAndEncrypt"); // expect: IOT1001
            }
            """);

    // Hard negatives: URI-first connection strings with an empty password, no password, and one filled at run time.
    [Fact]
    public Task RT23_uri_first_connection_strings_without_a_written_password() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class BusLink { public BusLink(string connectionString) { } }
            public static class Plant
            {
                public static BusLink A() => new BusLink("Endpoint=opc.tcp://plc.local:4840;UserName=hmi;UserPassword=;Security=None"); // expect: none
                public static BusLink B() => new BusLink("BrokerUri=mqtts://hub.site.local:8883;ClientId=Kx7q2Lm9Tz4w;Username=press"); // expect: none
                public static BusLink C(Func<string, string> read) => new BusLink(string.Format("Endpoint=opc.tcp://plc.local:4840;UserName=hmi;UserPassword={0}", read("opc"))); // expect: none
            }
            """);

    // ---------- 12. read-only fields given a choice of objects by the constructor ----------

    // IOT1001: "each object's value when the object is picked by a condition or a switch from several built in the code", in
    // the constructor that builds a read-only field (a switch expression with target-typed arms) and a get-only property
    // (a coalesce's fallback object).
    [Fact]
    public Task RT23_constructor_choosing_settings_by_switch_and_coalesce() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class SiloSettings
            {
                public string User { get; init; } = "";
                public string Password { get; init; } = "";
            }
            public sealed class SiloClient
            {
                private readonly SiloSettings _settings;
                public SiloClient(string site)
                {
                    _settings = site switch
                    {
                        "north" => new SiloSettings { User = "silo-n", Password = "Gr4-Hopper-Auger" }, // expect: IOT1001
                        "south" => new() { User = "silo-s", Password = "Gr5-Hopper-Auger" }, // expect: IOT1001
                        _ => new SiloSettings(),
                    };
                }
                public ICredentials Credentials() => new NetworkCredential(_settings.User, _settings.Password);
            }
            public sealed class TankSettings
            {
                public string User { get; init; } = "";
                public string Password { get; init; } = "";
            }
            public sealed class TankClient
            {
                public TankSettings Settings { get; }
                public TankClient(TankSettings? loaded)
                {
                    Settings = loaded ?? new TankSettings { User = "tank", Password = "Gr6-Hopper-Auger" }; // expect: IOT1001
                }
                public ICredentials Credentials() => new NetworkCredential(Settings.User, Settings.Password);
            }
            """);

    // ---------- 13. PEM blocks ----------

    // IOT1003: a PEM private key (ENCRYPTED too) written line by line is one finding over the block, here joined with
    // Environment.NewLine in one partial part and handed to CreateFromEncryptedPem in another ("One literal, one rule": not
    // IOT1001 too); the PEM's password at the same call is IOT1001; the certificate is public.
    [Fact]
    public Task RT23_pem_key_joined_with_newlines_in_another_partial_part() =>
        ExpectComments.AssertAsync("""
            using System;
            public static partial class DeviceIdentity
            {
                private static readonly string KeyPem =
                    "-----BEGIN ENCRYPTED PRIVATE KEY-----" + Environment.NewLine +
                    "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAh3Kd9vQ2pLmwICCAAw" + Environment.NewLine +
                    "DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEEPq7Rz2Xk4Nw9Hd1Fs6Qc5YEgZAm" + Environment.NewLine +
                    "-----END ENCRYPTED PRIVATE KEY-----"; // expect: IOT1003
            }
            """, """
            using System.Security.Cryptography.X509Certificates;
            public static partial class DeviceIdentity
            {
                private const string CertPem =
                    "-----BEGIN CERTIFICATE-----\n" +
                    "MIIBkTCB+wIJAKHHIG4MnwjKMA0GCSqGSIb3DQEBCwUAMBExDzANBgNVBAMMBmRl\n" +
                    "-----END CERTIFICATE-----"; // expect: none
                public static X509Certificate2 Load() => X509Certificate2.CreateFromEncryptedPem(CertPem, KeyPem, "Nx4-Cormorant-Skerry"); // expect: IOT1001
            }
            """);

    // Hard negatives: a CA chain of two certificates and a firmware-signing public key written line by line.
    [Fact]
    public Task RT23_certificate_chain_and_public_key_written_line_by_line() =>
        ExpectComments.AssertAsync("""
            public static class TrustAnchors
            {
                public const string RootChain =
                    "-----BEGIN CERTIFICATE-----\n" +
                    "MIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\n" +
                    "-----END CERTIFICATE-----\n" +
                    "-----BEGIN CERTIFICATE-----\n" +
                    "MIIEkjCCA3qgAwIBAgIQCgFBQgAAAVOFc2oLheynCDANBgkqhkiG9w0BAQsFADA/\n" +
                    "-----END CERTIFICATE-----"; // expect: none
                public const string FirmwareVerifyKey =
                    "-----BEGIN PUBLIC KEY-----\n" +
                    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEm4Lk8Vt2Qz7Xr5Nb3Hw9Fd1Jc6Ps\n" +
                    "0Tg4Ky8Ma2Ue7Wq5Rz3Lv9Xn1Pq3Zr7kLm2Vb8Xt4Nw6Hd1Fs9Qc5Ry0Tj2Gk7A==\n" +
                    "-----END PUBLIC KEY-----"; // expect: none
            }
            """);

    // ---------- 14. derived passwords stored under keys ----------

    // IOT1005: "a value stored under a secret-named configuration key (settings["ap.psk"] = "DB" + serial[^6..])"; the commit:
    // "a derived password stored under a key through a local named as one is reported where the local is given its value":
    // a password-named local and a PSK-named field, each reported once where it is made.
    [Fact]
    public Task RT23_derived_passwords_stored_under_keys_through_a_local_and_a_field() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.NetworkInformation;
            public sealed class ApProvisioner
            {
                private string _hotspotPsk = "";
                public Dictionary<string, string> Build(PhysicalAddress mac, string serialNumber)
                {
                    var setupPassword = "SET-" + serialNumber[^6..]; // expect: IOT1005
                    _hotspotPsk = "HS" + mac.ToString()[^6..]; // expect: IOT1005
                    return new Dictionary<string, string>
                    {
                        ["setup.password"] = setupPassword,
                        ["hotspot.psk"] = _hotspotPsk,
                    };
                }
            }
            """);

    // ---------- 15. PINs from network ids and Bluetooth addresses ----------

    // IOT1005 / DESIGN ("derived from ... other public information"): a BLE peer's address held as a number (as Windows'
    // BluetoothLEDevice gives it), a Thread network's extended PAN id and a Z-Wave home id are sent over the air.
    [Fact]
    public Task RT23_passkeys_from_a_ble_address_an_extended_pan_id_and_a_home_id() =>
        ExpectComments.AssertAsync("""
            public sealed class ZwaveNode { public uint HomeID { get; init; } public byte NodeId { get; init; } }
            public sealed class ThreadNetwork { public ulong ExtendedPanId { get; init; } }
            public static class Pairing
            {
                public static uint Passkey(ulong bleAddress) => (uint)(bleAddress % 1000000); // expect: IOT1005
                public static string JoinerPasscode(ThreadNetwork net) => (net.ExtendedPanId % 100000000).ToString("D8"); // expect: IOT1005
                public static string InclusionPasscode(ZwaveNode node) => ((node.HomeID ^ node.NodeId) % 100000).ToString("D5"); // expect: IOT1005
            }
            """);

    // ---------- 16. secret-named constants in URLs ----------

    // The commit: "A secret-named symbol whose text sits in a URI ... outside its secret-bearing pairs ... stays IOT1004's";
    // IOT1001: "a secret-named query value (?appid=, &apikey=, ...)". A key sent both under apikey= and as ?q= is IOT1001 once
    // (precedence); a webhook secret in a path is IOT1004.
    [Fact]
    public Task RT23_secret_named_constants_inside_and_outside_secret_query_pairs() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Feeds
            {
                public const string TideApiKey = "d41c7e9a0b3f68e2c5a1f7d9b4e6c3a8"; // expect: IOT1001
                public const string PagerWebhookSecret = "Wq9Lr4Tz7Xm2Kb6Nd3Hv8Pc5"; // expect: IOT1004
                public static Task<string> Tide(HttpClient http) => http.GetStringAsync($"https://tides.example/v2/now?port=leith&apikey={TideApiKey}");
                public static Task<string> Search(HttpClient http) => http.GetStringAsync($"https://tides.example/v2/search?q={TideApiKey}");
                public static Task<HttpResponseMessage> Page(HttpClient http) => http.PostAsync($"https://pager.example/hooks/{PagerWebhookSecret}", null);
            }
            """);

    // ---------- 17. 'append' in names ----------

    // IOT1004: a password's name with a word before it that says whose it is (an append-only log store's) is a secret's; the
    // commit: "'append' names a password's suffix": a suffix or an appended text is none.
    [Fact]
    public Task RT23_append_only_store_password_and_appended_texts() =>
        ExpectComments.AssertAsync("""
            public static class AuditStore
            {
                public const string AppendOnlyLogPassword = "Hy6-Ledger-Quill"; // expect: IOT1004
                public const string PasswordAppendText = "-2024"; // expect: none
                public const string passwordAppendSuffix = "#77"; // expect: none
            }
            """);

    // ---------- 18. broker user tables ----------

    // IOT1001 / the commit: "A login looked up in the code's own table (users.TryGetValue(arg.UserName, out var password) &&
    // password == arg.Password) is compared with every value the table is given: its initializer and its own Add/TryAdd/indexer
    // writes"; the broker class is partial and seeds its table in another part (another file).
    [Fact]
    public Task RT23_broker_user_table_seeded_in_another_partial_part() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed partial class LoftBroker
            {
                private readonly Dictionary<string, string> _users = new();
                public LoftBroker() { SeedUsers(); }
            }
            """, """
            public sealed partial class LoftBroker
            {
                private void SeedUsers()
                {
                    _users.Add("pigeon-clock", "Ut5-Dovecote-Perch"); // expect: IOT1001
                    _users["feeder"] = "Ut6-Dovecote-Perch"; // expect: IOT1001
                    _users.Add("loft", "1234"); // expect: IOT1002
                }
            }
            """, """
            using MQTTnet.Server;
            public sealed partial class LoftBroker
            {
                public void Validate(ValidatingConnectionEventArgs e)
                {
                    if (!(_users.TryGetValue(e.UserName, out var password) && password == e.Password)) e.ReasonCode = 134;
                }
            }
            """);

    // The same table read by its indexer after ContainsKey (no TryGetValue), and a TryGetValue compared by string.Equals.
    [Fact]
    public Task RT23_broker_user_table_read_by_indexer_and_compared_by_string_equals() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using MQTTnet.Server;
            public sealed class HiveBroker
            {
                private readonly Dictionary<string, string> _logins = new();
                public HiveBroker()
                {
                    _logins.Add("scale-3", "Bx2-Propolis-Comb"); // expect: IOT1001
                    _logins["smoker"] = "Bx3-Propolis-Comb"; // expect: IOT1001
                }
                public void Check(ValidatingConnectionEventArgs e)
                {
                    if (!_logins.ContainsKey(e.UserName) || _logins[e.UserName] != e.Password) e.ReasonCode = 134;
                }
            }
            public sealed class ApiaryBroker
            {
                private readonly Dictionary<string, string> _logins = new() { ["hive-7"] = "Bx4-Propolis-Comb" }; // expect: IOT1001
                public void Check(ValidatingConnectionEventArgs e)
                {
                    if (!(_logins.TryGetValue(e.UserName, out var expected) && string.Equals(expected, e.Password, StringComparison.Ordinal))) e.ReasonCode = 134;
                }
            }
            """);

    // ---------- 19. listed default pairs in login tables ----------

    // IOT1002: "tables of factory credentials, where a listed user name is paired with its listed password"; "record or
    // KeyValuePair rows count too"; the commit: "A listed default pair in a table of logins reports its user name beside its
    // password (IOT1002 on each)": a dictionary's collection-initializer entries and KeyValuePair rows built target-typed and
    // written out.
    [Fact]
    public Task RT23_listed_default_pairs_in_dictionary_and_key_value_pair_tables() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Scanner
            {
                private static readonly Dictionary<string, string> FactoryLogins = new()
                {
                    { "supervisor", "supervisor" }, // expect: IOT1002 IOT1002
                    { "root", "xc3511" }, // expect: IOT1002 IOT1002
                };
                private static readonly KeyValuePair<string, string>[] ProbePairs =
                {
                    new("admin", "7ujMko0admin"), // expect: IOT1002 IOT1002
                    new KeyValuePair<string, string>("tech", "tech"), // expect: IOT1002 IOT1002
                };
                public static int Count() => FactoryLogins.Count + ProbePairs.Length;
            }
            """);

    // ---------- 20. random key bytes through Math ----------

    // IOT3005: "The value is followed from System.Random to the name that receives it, through formatting and conversion"
    // (the commit: through an argument written in parentheses): Convert.ToByte(Math.Round((...))) into an AES key and
    // Math.Truncate((...)) into a nonce; an LED's levels are none.
    [Fact]
    public Task RT23_random_key_and_nonce_bytes_through_math_in_parentheses() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Frames
            {
                public static byte[] NewAesKey()
                {
                    var rng = new Random();
                    var aesKey = new byte[16];
                    for (var i = 0; i < aesKey.Length; i++) aesKey[i] = Convert.ToByte(Math.Round((rng.NextDouble() * 255))); // expect: IOT3005
                    return aesKey;
                }
                public static byte[] NewNonce(Random rng) { var nonce = new byte[12]; for (var i = 0; i < 12; i++) { nonce[i] = (byte)Math.Truncate((rng.NextDouble() * 256)); } return nonce; } // expect: IOT3005
                public static byte[] LedLevels(Random rng) { var levels = new byte[8]; for (var i = 0; i < 8; i++) levels[i] = (byte)Math.Floor((rng.NextDouble() * 255)); return levels; } // expect: none
            }
            """);

    // ---------- 21. rows of login tables into Basic logins ----------

    // IOT1001: "through a list of passwords written in the code and tried in a foreach (... each element reaches the sink)"
    // and "an object built in place (... a record's positional argument)": record rows read by member access inside a Basic
    // login, user and password from the same row.
    [Fact(Skip = "Open defect (red team 23): a loop variable's record properties (foreach (var cam in Cameras) ... $\"{cam.User}:{cam.Password}\") are not read row by row inside a Basic login (only deconstruction is)")]
    public Task RT23_record_rows_read_by_member_access_into_a_basic_login() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            public sealed record CamAccount(string Host, string User, string Password);
            public static class Patrol
            {
                private static readonly CamAccount[] Cameras =
                {
                    new("10.20.0.11", "tour", "Pk5-Belfry-Louvre"), // expect: IOT1001
                    new("10.20.0.12", "tour", "Pk6-Belfry-Louvre"), // expect: IOT1001
                };
                public static async Task Sweep(HttpClient http)
                {
                    foreach (var cam in Cameras)
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://{cam.Host}/snapshot.jpg");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{cam.User}:{cam.Password}")));
                        await http.SendAsync(request);
                    }
                }
            }
            """);

    // IOT1001 (tenth session): "tables of logins deconstructed by a loop", a three-part record deconstructed with a discard,
    // in another file; and KeyValuePair rows of a dictionary read by .Key and .Value into a Basic value.
    [Fact(Skip = "Open defect (red team 23): a dictionary's rows read by row.Key and row.Value in a loop (not deconstructed) are not followed into a Basic value")]
    public Task RT23_rows_deconstructed_with_a_discard_and_read_by_key_and_value() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed record SiteLogin(string Site, string User, string Password);
            public static class Logins
            {
                public static readonly SiteLogin[] Sites = { new("mill", "miller", "Cv3-Leat-Sluice") }; // expect: IOT1001
                public static readonly Dictionary<string, string> Kiosks = new() { ["kiosk-1"] = "Cv4-Leat-Sluice" }; // expect: IOT1001
            }
            """, """
            using System;
            using System.Net;
            using System.Text;
            public static class Probe
            {
                public static ICredentials? Mill()
                {
                    foreach (var (_, user, password) in Logins.Sites) return new NetworkCredential(user, password);
                    return null;
                }
                public static void Kiosks(WebClient wc)
                {
                    foreach (var row in Logins.Kiosks)
                    {
                        wc.Headers[HttpRequestHeader.Authorization] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(row.Key + ":" + row.Value));
                    }
                }
            }
            """);

    // ---------- 22. random buffers returned by key and token members ----------

    // IOT3005: "the method or property that returns it (through ToString, formatting and Convert calls)": a recovery key
    // returned by a property's getter, an API token returned as Base64; a noise frame is none.
    [Fact]
    public Task RT23_random_buffers_returned_by_a_key_property_and_a_token_method() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class Enrollment
            {
                private readonly Random _rng = new();
                public byte[] RecoveryKey { get { var k = new byte[16]; _rng.NextBytes(k); return k; } } // expect: IOT3005
                public string NewApiToken() { var raw = new byte[24]; _rng.NextBytes(raw); return Convert.ToBase64String(raw); } // expect: IOT3005
                public byte[] NewNoiseFrame() { var frame = new byte[64]; _rng.NextBytes(frame); return frame; } // expect: none
            }
            """);

    // ---------- 23. TryParse into PIN-named variables ----------

    // IOT1005: "A number parsed from public text into an out variable (int.TryParse(imei[^6..], out var pin)) is derived from
    // that text": in an if condition joined with &&, into a variable declared before, and negated in an if.
    [Fact]
    public Task RT23_tryparse_of_public_text_in_conditions_and_into_declared_variables() =>
        ExpectComments.AssertAsync("""
            public sealed class Keypad { public void SetCode(int code) { } public void SetPasskey(uint passkey) { } }
            public sealed class LockerBank
            {
                private readonly string _serial;
                private readonly string _imei;
                public LockerBank(string serial, string imei) { _serial = serial; _imei = imei; }
                public void Arm(Keypad keypad)
                {
                    if (int.TryParse(_serial[^6..], out var lockerPin) && lockerPin > 0) keypad.SetCode(lockerPin); // expect: IOT1005
                }
                public void Pair(Keypad keypad)
                {
                    uint passkey;
                    uint.TryParse(_imei.Substring(_imei.Length - 6), out passkey); // expect: IOT1005
                    keypad.SetPasskey(passkey);
                }
            }
            """);

    // Hard negatives: PINs parsed from what the user typed or from configuration, and a PIN's length.
    [Fact]
    public Task RT23_tryparse_of_typed_and_configured_text() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class DoorKeypad
            {
                private readonly int _stored;
                public DoorKeypad(int stored) { _stored = stored; }
                public bool Check(string entered) => int.TryParse(entered.Trim(), out var doorPin) && doorPin == _stored; // expect: none
                public int Read(Func<string> readLine)
                {
                    int.TryParse(readLine(), out var keypadPin); // expect: none
                    return keypadPin;
                }
                public int Length(IReadOnlyDictionary<string, string> config)
                {
                    if (!ushort.TryParse(config["door:pin-length"], out var pinLength)) pinLength = 4;
                    return pinLength;
                }
            }
            """);

    // ---------- 24. derived passwords through target-typed new ----------

    // IOT1005 (tenth session): "a password built in place from public data and passed to the team's own method or constructor
    // under a password's name (new ChargerLink(id, "CP" + serial[^8..]) for its authorizationKey)"; the commit: "through a
    // target-typed new(...)": returned from a method, and added to a list with a named argument.
    [Fact]
    public Task RT23_derived_authorization_keys_through_target_typed_new() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class ChargerLink { public ChargerLink(string chargePointId, string authorizationKey) { } }
            public sealed class Station
            {
                private readonly List<ChargerLink> _links = new();
                private readonly string _serialNumber;
                public Station(string serialNumber) { _serialNumber = serialNumber; }
                public ChargerLink Primary() => new("cp-1", "CP" + _serialNumber[^8..]); // expect: IOT1005
                public void AddSpare() => _links.Add(new("cp-2", authorizationKey: _serialNumber.Substring(2, 8) + "!")); // expect: IOT1005
            }
            """);

    // ---------- 25. messages ----------

    // DESIGN: "A diagnostic message never repeats the secret it found": the session's shapes are reported and no message holds
    // the secret.
    [Fact]
    public async Task RT23_messages_never_print_the_session_shapes_secrets()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using MQTTnet.Server;
            public static class Shapes
            {
                private const string ApiKeyLine = "X-API-Key: 5d8e2f6c4a9b1d7e0b7e3f9c1a5d8e2f";
                private const string LoftGatePasscode = "48213";
                private static readonly Dictionary<string, string> Users = new() { ["meter"] = "Mq2-Sallow-Osier" };
                public static void Main(WebClient wc, HttpWebRequest request, ValidatingConnectionEventArgs e, string entered)
                {
                    wc.Headers[HttpRequestHeader.Authorization] = "Bearer 1a5d8e2f6c4a9b1d7e3f5a8c0b7e3f9c";
                    request.Headers.Add(ApiKeyLine);
                    var ok = StringComparer.Ordinal.Equals(entered, LoftGatePasscode);
                    if (!(Users.TryGetValue(e.UserName, out var password) && password == e.Password)) e.ReasonCode = 134;
                    var cfg = new Dictionary<string, string> { ["door.passcode"] = "6620" };
                }
            }
            """;
        var compilation = AnalyzerRunner.CompileAgainstLibraries(new[] { source });
        var findings = (await AnalyzerRunner.RunAsync(compilation)).Where(d => ExpectComments.Rules.Contains(d.Id)).ToList();
        foreach (var d in findings)
        {
            _out.WriteLine($"{d.Id} {d.GetMessage()}");
        }

        var secrets = new[] { "5d8e2f6c4a9b1d7e0b7e3f9c1a5d8e2f", "48213", "Mq2-Sallow-Osier", "1a5d8e2f6c4a9b1d7e3f5a8c0b7e3f9c", "6620" };
        var leaks = findings.SelectMany(d => secrets.Where(s => d.GetMessage().Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{d.Id} prints '{s}': {d.GetMessage()}")).ToList();
        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.True(findings.Count >= 4, $"expected the session's shapes to be reported (indexer, header line, comparer, broker table, PIN key), got {findings.Count}");
    }

    // ---------- 26. crashes on half-typed code ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Generic; using System.Net; using System.Net.NetworkInformation; using System.Security.Cryptography; using System.Text;
        using MQTTnet.Server; using nanoFramework.Networking;
        namespace FluentFTP { public class FtpClient { public FtpClient(string host, string user, string pass, int port = 0) { } } }
        namespace Quay.Device
        {
            using FluentFTP;
            public sealed record CamAccount(string Host, string User, string Password);
            public sealed record ModemProfile { public string AccessPointName { get; init; } = ""; public string ApnUser { get; init; } = ""; public string ApnPassword { get; init; } = ""; }
            public sealed class Settings { public string User { get; init; } = ""; public string Password { get; init; } = ""; }
            public sealed class Link { public Link(string id, string authorizationKey) { } }
            public sealed partial class Broker
            {
                private readonly Dictionary<string, string> _users = new() { ["meter"] = "Qe7-Brine" };
                private readonly Settings _settings;
                private const string AuthHeader = "Authorization", ApiKeyLine = "X-API-Key: 0b7e3f9c1a5d", GatePasscode = "480137", DiagnosticMenuUnlockCode = "730519", KeySafeFaultCode = "KS-F07";
                private static readonly CamAccount[] Cameras = { new("10.0.0.1", "tour", "Pk5-Belfry"), new("10.0.0.2", "admin", "12345") };
                private static readonly ModemProfile Blank = new();
                public static readonly ModemProfile Three = Blank with { AccessPointName = "three.co.uk", ApnUser = "three", ApnPassword = "three" };
                public Broker(string site) { _users.Add("kiosk", "1234"); _users["press"] = "Hn4-Sluice"; _settings = site switch { "n" => new() { Password = "Gr4-Hopper" }, _ => new Settings() }; }
                public void Validate(ValidatingConnectionEventArgs e) { if (!(_users.TryGetValue(e.UserName, out var password) && password == e.Password)) e.ReasonCode = 134; if (_users[e.UserName] != e.Password) e.ReasonCode = 135; }
                public bool Codes(string entered) => StringComparer.Ordinal.Equals(entered, GatePasscode) || entered is not DiagnosticMenuUnlockCode || CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(entered), Encoding.UTF8.GetBytes(KeySafeFaultCode));
                public bool Basic(string h) => h is "Basic c3ZjLTQ6R3c3LVBsaW50aC1Sb29r" || string.Compare(h, "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ops:Zc5-Heron")), StringComparison.Ordinal) == 0;
                public void Headers(WebClient wc) { wc.Headers[AuthHeader] = "Bearer 4c1f9e7a2d6b"; wc.Headers[HttpRequestHeader.Authorization] = "Basic YWRtaW46YWRtaW4="; wc.Headers.Add(ApiKeyLine); foreach (var cam in Cameras) wc.Headers["Authorization"] = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{cam.User}:{cam.Password}")); }
                public ICredentials Creds(string? password, IReadOnlyDictionary<string, string> cfg) { if (password?.Length is null or < 8) password = "Pf6-Linnet"; if (cfg.TryGetValue("wifi.psk", out var psk) is not true) psk = "Pf7-Linnet"; return new NetworkCredential(_settings.User, password + psk); }
                public FtpClient Ftp() => new FtpClient(pass: "Tq6!Wherry", user: "dock", host: "ftp.lan");
                public uint Passkey(ulong bleAddress, PhysicalAddress mac, string serial) { uint.TryParse(serial[^6..], out var passkey); if (int.TryParse(serial[^4..], out var lockerPin) && lockerPin > 0) return (uint)lockerPin; return passkey ^ (uint)(bleAddress % 1000000); }
                public Link Spare(string serial) => new("cp-2", authorizationKey: "CP" + serial[^8..]);
                public byte[] RecoveryKey { get { var k = new byte[16]; new Random().NextBytes(k); for (var i = 0; i < 16; i++) k[i] = (byte)Math.Floor((new Random().NextDouble() * 255)); return k; } }
            }
        }
        """";

    // The shapes compile whole (so the cuts exercise the session's code paths, not only the parser's recovery).
    [Fact]
    public void RT23_session_shapes_compile()
    {
        AnalyzerRunner.AssertCompilesAgainstLibraries(SessionShapes);
    }

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor": every cut of the
    // session's shapes, and every copy with a few characters removed.
    [Fact]
    public async Task RT23_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        _out.WriteLine($"{await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 29, removed: 5)} sources");

    // Hand-picked half-typed forms of the session's shapes as an editor sees them, and forms the compiler rejects.
    [Fact]
    public Task RT23_no_analyzer_throws_on_half_typed_session_forms() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """class M { void H(System.Net.WebClient wc) { wc.Headers[] = "Bearer x"; wc.Headers[System.Net.HttpRequestHeader.] = "Basic "; wc.Headers["Authorization"] = ; wc.Headers[null] = "x"; wc.Headers.Add(); wc.Headers.Add(":"); wc.Headers.Add("Authorization:"); wc.Headers.Add(" : Bearer x"); } }""",
            """class M { const string L = "X-API-Key: " + ; void H(System.Net.WebClient wc) { wc.Headers.Add(L); wc.Headers.Add($"Authorization: {}"); wc.Headers.Add($"{L}"); wc.Headers[L] = L; } }""",
            """class M { const string C = "4821"; bool A(string e) => System.StringComparer.Ordinal.Equals(e, ); bool B(string e) => object.Equals(, C); bool D(string e) => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(), ); bool F(string e) => e is not (C or ); bool G(string e) => e switch { not C or => true, _ => false }; }""",
            """class M { bool A(string h) => string.Compare(h, "Basic c3Zj", ) == 0; bool B(string h) => 0 == string.CompareOrdinal(); bool C(string h) => h is "Basic " + ; bool D(string h) => string.Compare() == ; bool E(string h) => System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes("Basic " + System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("a:"))), ); }""",
            """class M { object A(string? p, System.Collections.Generic.IReadOnlyDictionary<string, string> cfg) { if (p?.Length is null or < ) p = "x"; if (p is not { Length: >= }) p = "y"; if (cfg.TryGetValue("k", out var q) is not ) q = "z"; if (!cfg.TryGetValue(, out var r) || r.Length == ) r = "w"; if (string.IsNullOrWhiteSpace(p?.)) p = "v"; return new System.Net.NetworkCredential("u", p); } }""",
            """namespace FluentFTP { class FtpClient { public FtpClient(string host, string user, string pass) { } } } class M { object A() => new FluentFTP.FtpClient(pass: , user: "u", host: ); object B() { FluentFTP.FtpClient c = new("h", , "p"); return c; } object C() => new FluentFTP.FtpClient("h", "u", "p", ); }""",
            """class M { readonly S _s; M(string site) { _s = site switch { "a" => new() { Password = }, => new S(), _ => }; _s = null ?? new S { Password = "x" ; } object B() => new System.Net.NetworkCredential(_s.User, _s.Password); } class S { public string User { get; init; } public string Password { get; init; } }""",
            """class M { static readonly string K = "-----BEGIN EC PRIVATE KEY-----" + System.Environment.NewLine + + "MHcCAQEE" + "-----END EC PRIVATE KEY-----"; static readonly string L = "-----BEGIN RSA PRIVATE KEY-----\n" + ; static readonly string N = + "-----END PRIVATE KEY-----"; }""",
            """class M { readonly System.Collections.Generic.Dictionary<string, string> _u = new(); void S() { _u.Add("a", ); _u.Add(, "x"); _u[] = "y"; _u["b"] = ; _u.TryAdd("c"); } bool V(MQTTnet.Server.ValidatingConnectionEventArgs e) => _u.TryGetValue(e.UserName, out var p) && p == ; bool W(MQTTnet.Server.ValidatingConnectionEventArgs e) => _u[] != e.Password; }""",
            """record R(string U, string P); class M { static readonly R[] Rows = { new("a", ), new() }; static readonly System.Collections.Generic.KeyValuePair<string, string>[] K = { new("admin", ), new(, "admin") }; void B(System.Net.WebClient wc) { foreach (var r in Rows) wc.Headers["Authorization"] = "Basic " + r.; foreach (var (_, p) in Rows) { } foreach (var (a, b, c) in K) { } foreach (var kv in K) wc.Headers["Authorization"] = kv.Key + ":" + kv.; } }""",
            """class M { byte[] K() { var r = new System.Random(); var k = new byte[16]; for (var i = 0; i < k.Length; i++) k[i] = (byte)System.Math.Floor(((r.NextDouble() * ))); return k; } byte[] RecoveryKey { get { var k = new byte[]; new System.Random().NextBytes(k; return k; } } string NewApiToken() => System.Convert.ToBase64String(); }""",
            """class M { uint P(string s) { uint passkey; uint.TryParse(s[^], out passkey); if (int.TryParse(s[^6..], out var lockerPin) && ) return 1; if (!int.TryParse(, out var doorPin)) doorPin = ; uint.TryParse(s, out ); return passkey; } }""",
            """class L { public L(string id, string authorizationKey) { } } class M { string _serial; L A() => new("cp", "CP" + _serial[^]); void B(System.Collections.Generic.List<L> l) => l.Add(new(, authorizationKey: _serial.Substring(2, ) + "!")); L C() => new(authorizationKey: ); }""",
            """class N { public uint HomeID { get; } public ulong ExtendedPanId { get; } } static class P { static uint A(ulong bleAddress) => (uint)(bleAddress % ); static string B(N n) => (n.ExtendedPanId % ).ToString("D8"); static string C(N n) => ((n.HomeID ^ ) % 100000).ToString(); static string D(int typed) => typed.ToString(; }""",
            """record P { public string AccessPointName { get; init; } public string ApnUser { get; init; } public string ApnPassword { get; init; } } class M { static readonly P B = new(); static readonly P T = B with { AccessPointName = , ApnUser = "three", ApnPassword = "three" }; static readonly P U = B with { ApnPassword = }; static readonly P V = with { }; }""",
            """class B { B(string connectionString) { } static B A() => new B("Endpoint=opc.tcp://;UserPassword="); static B C() => new B("BrokerUri=mqtts://@:8883;Password=;"); static B D() => new B("X=a://b;;;=;Password"); static B E() => new B("=://;="); }""",
        });
}
