using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 73: a round on bbad2f2: SecretText.IsBodyRun (slashes in rows are no path separators), SecretText.IsPascalCaseWords
/// (acronyms up to six capitals not bigram-tested; capitals with digits ending a word), CredentialJudge's AccountWords /
/// TicketWords / generator passphrases under keys ending in bare `pass`, the removed ticket-key early return, and
/// SecretTokenAnalyzer.LineTextIn / HeldLineText (constant expressions, read-only fields, Environment.NewLine by symbol).
/// Misses and false alarms in unseen device code. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam73Tests
{
    // ---------- 1. paths and notes between the markers (IOT1003) ----------

    // IOT1003: "nor a file path, a long word or a hash written there (`/opt/fieldgateway/provisioning/devicekeys`, ...):
    // every piece between slashes is letters then digits, or has no capital after its first letter"; "(slashes in rows,
    // `////`, are a DER's 0xFF bytes, not a path's separators ...)". A provisioning template that says where the key is
    // written as a file URI or a vault URL with doubled slashes (what a path joined by hand gives): every piece a word
    // piece, so no body, no finding. The explicit-curve P-384 key beside them (freshly generated) is a key: IOT1003.
    [Fact]
    public Task RT73_doubled_slash_paths_and_urls_between_markers_are_no_key_beside_a_real_explicit_key() =>
        ExpectComments.AssertAsync("""
            public static class FoundryGatewayKeys
            {
                public const string FileNote = "-----BEGIN PRIVATE KEY-----\nfile:////mnt//sdcard//provisioning//foundrygw07//devicekeys//site2024//primarytls\n-----END PRIVATE KEY-----\n"; // expect: none
                public const string VaultNote = "-----BEGIN EC PRIVATE KEY-----\nhttps://vault.example.net//v1//secret//data//gateways//hall3//furnaces//tlsclientkey2026\n-----END EC PRIVATE KEY-----\n"; // expect: none
                public const string SmbNote = "-----BEGIN RSA PRIVATE KEY-----\n//nas01//Provisioning//Foundry//Gateways//Keys2026//Primary//Backup\n-----END RSA PRIVATE KEY-----\n"; // expect: none
                public const string TlsP384 = "-----BEGIN EC PRIVATE KEY-----\nMIIB+gIBAQQwjw607oxV6nweT9KHhzXPec5B+t3GScBZt0nVb1hFyUYf0Fzlziht\n+kaM2BbumvxzoIIBWzCCAVcCAQEwPAYHKoZIzj0BAQIxAP//////////////////\n///////////////////////+/////wAAAAAAAAAA/////zB7BDD/////////////\n/////////////////////////////v////8AAAAAAAAAAP////wEMLMxL6fiPufk\nmI4Fa+P4LRkYHZxu/oFBEgMUCI9QE4daxlY5jYou0Z0qhcjt0+wq7wMVAKM1kmqj\nGaJ6HQCJamdzpIJ6zaxzBGEEqofKIr6LBTeOscce8yCtdG4dO2KLp5uYWfdB4IJU\nKjhVAvJdv1UpbDpUXjhydgq3NhfeSpYmLG9dnpi/kpLcKfj0Hb0omhR86doxE7Xw\nuMAKYLHOHX6BnXpDHXyQ6g5fAjEA////////////////////////////////x2NN\ngfQ3Ld9YGg2ySLCneuzsGWrMxSlzAgEBoWQDYgAEcDUdP3t2koVj5R7vJLMCs23b\nzwjlD0+3WcFh0YBWqty9HjBaWRvD2mgZ4MeQmZN8MqSRyPAYFtBh+zqqWor3Rd2V\nYExKeG79BcHKBCp3eHWkzR+3gn5WcAtnrNynWIKj\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
            }
            """);

    // IOT1003: "nor words run together in Pascal or camel case, acronyms and digits ending a word among them
    // (`CopyTheNVSPartitionKey...`: an acronym is no English word and its letters are not tested)". Device notes run two
    // acronyms together as engineers write them (MQTT then TLS: `MQTTTLS`, seven capitals) or write an acronym in Pascal case
    // (`Nvs`, `EspIdf`, `Dps`): still words run together in Pascal case, placeholders, no finding.
    // DEFECT: expected none; actual IOT1003 at line 4 (the `Nvs`/`EspIdf`/`Dps` notes pass). SecretText.IsPascalCaseWords exempts
    // an acronym from the bigram test only when it is `w.Length <= 6` capitals; two acronyms run together (MQTT+TLS = `MQTTTLS`,
    // seven capitals, as the acronym rule keeps capitals running until the capital before a lower-case letter) are
    // bigram-tested, and mq/qt are rare pairs, so the note fails as words and is a 60+ letter body run. Any all-capital word
    // should be exempt (or a capital run split into known acronyms), not only those of up to six letters.
    [Fact]
    public Task RT73_pascal_case_notes_with_run_together_or_pascal_cased_acronyms_are_no_key() =>
        ExpectComments.AssertAsync("""
            public static class KilnNodeTemplates
            {
                public const string BrokerNote = "-----BEGIN PRIVATE KEY-----\nInsertTheMQTTTLSClientKeyFromTheBrokerAdminPageBeforeFlashing\n-----END PRIVATE KEY-----\n"; // expect: none
                public const string NvsNote = "-----BEGIN EC PRIVATE KEY-----\nCopyTheNvsPartitionKeyFromTheEspIdfFactoryToolBeforeFlashing\n-----END EC PRIVATE KEY-----\n"; // expect: none
                public const string DpsNote = "-----BEGIN PRIVATE KEY-----\npasteTheDpsEnrollmentKeyFromTheAzurePortalBeforeShippingKilns\n-----END PRIVATE KEY-----\n"; // expect: none
            }
            """);

    // IOT1003: "or in capitals alone, digits ending a word among them (`PasteTheRSAPrivateKeyFromTheDPSPortal`, ...,
    // `REPLACEWITHTHEDEVICEKEY`, `REPLACEWITHTHEX509DEVICEKEY...`)". Notes in capitals naming an STM32MP1 board, a PKCS8
    // file and an LWM2M bootstrap server: placeholders, no finding. Beside them, freshly generated keys (Ed25519 and P-256 in
    // PKCS#8, a P-256 SEC1 key, an X25519 key) are keys: IOT1003 each.
    [Fact]
    public Task RT73_capital_notes_with_board_names_are_no_key_and_fresh_keys_still_are() =>
        ExpectComments.AssertAsync("""
            public static class MeterFleetIdentity
            {
                public const string BoardNote = "-----BEGIN PRIVATE KEY-----\nPASTETHEPKCS8KEYFORTHESTM32MP1BOARDHEREBEFOREPROGRAMMINGTHEMETER\n-----END PRIVATE KEY-----\n"; // expect: none
                public const string LwNote = "-----BEGIN EC PRIVATE KEY-----\nREPLACEWITHTHELWM2MBOOTSTRAPKEYISSUEDBYTHEOPERATORFORTHISMETER\n-----END EC PRIVATE KEY-----\n"; // expect: none
                public const string Signing = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEINaboNWExZtpnBvmw+EfgIIVXbj/CG4vY/HeLjNg5kQW\n-----END PRIVATE KEY-----\n"; // expect: IOT1003
                public const string Agreement = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIPiaFZMv5yBh4GNKoH+BTZa/YW1SfpBGyj2vn7/GoQBl\n-----END PRIVATE KEY-----\n"; // expect: IOT1003
                public const string HubTls = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgHISVDGCW4sysm5wk\nzPku1ZXLmyE5bkHFPQnytrg9D0mhRANCAARcFAeQzjlpeaBKPsYEI06AXOUeaRrn\n7TjZ5t8UeKutGY9VM3lOdArslUizl10XZ7IzNER8O6uCNFVch7h7wUO2\n-----END PRIVATE KEY-----\n"; // expect: IOT1003
                public const string Uplink = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEII/bw30WLLYt0sBCt+YX9xZ4TkYf8xgkh/FMxLwpGv9coAoGCCqGSM49\nAwEHoUQDQgAEJr1IrhH6uPJ0GsMW4xiNtlttVW3eI3g7HNwGN+OitixtZV/h4yTB\nl5Fw0hSfpzkDEnAp4kz5qf+Ru1cSSFxB/A==\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
            }
            """);

    // ---------- 2. passphrases and passes under keys ending in `pass` (IOT1001) ----------

    // IOT1001: "words in Title Case ... are one only when the word before `pass` names what a device signs in to
    // (`softap.pass`, `ssh.pass`, `mqtt.pass`)". A GNSS base station signs in to an NTRIP caster, a cellular router to a PPP
    // link, a data logger to InfluxDB and to an SMB share: each names what the device signs in to, and the Title-case
    // diceware passphrase under it (a password manager's "capitalise" option) is a password. IOT1001 each.
    // DEFECT: expected IOT1001 at lines 8-11; actual none. CredentialJudge.IsWordPassphraseUnderPasswordKey accepts Title-case
    // words under a bare `pass` key only when the qualifier is in AccountWords, a closed list (ntrip, ppp, influx, smb are not
    // in it, nor modem, gsm, nas, pppoe, kafka, ...); every service a device signs in to would need listing, so Title-case
    // passphrases under unlisted services' keys are dropped as a pass's name.
    [Fact]
    public Task RT73_title_case_passphrases_under_ntrip_ppp_influx_smb_pass_keys_are_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class RtkBaseStation
            {
                public static Dictionary<string, string> Build(string mount) => new()
                {
                    ["ntrip.mount"] = mount,
                    ["ntrip.user"] = "rtk-base-07",
                    ["ntrip.pass"] = "Granite Falcon Orchard Lantern", // expect: IOT1001
                    ["ppp.pass"] = "Cobalt Meadow Quiver Tundra", // expect: IOT1001
                    ["influx.pass"] = "Saffron Glacier Pebble Walrus", // expect: IOT1001
                    ["smb.pass"] = "Juniper Kettle Marble Osprey", // expect: IOT1001
                };
            }
            """);

    // IOT1001: "words in Title Case ... are one only when the word before `pass` names what a device signs in to
    // (`softap.pass`, `ssh.pass`, `mqtt.pass`)". The same keys written as one identifier, as settings classes name them
    // (`WiFiPass`, `SoftApPass`, `MqttPass`), and numbered interfaces (`wlan0.pass`, `wifi2.pass`): the word before `pass`
    // is still Wi-Fi, a soft AP, MQTT, a WLAN. IOT1001 each.
    // DEFECT: expected IOT1001 at lines 7, 10 and 11; actual only lines 8 and 9 (SoftApPass, MqttPass). The qualifier is
    // SecretNames.SplitWords(wholeKey)[^2]: `WiFiPass` splits as wi/fi/pass, so the qualifier is `fi`; `wlan0.pass` and
    // `wifi2.pass` keep their digits (`wlan0`, `wifi2`). None is in AccountWords, so the Title-case words are read as a pass's
    // name. The qualifier should be matched after trimming digits and with split acronyms (WiFi) rejoined.
    [Fact]
    public Task RT73_title_case_passphrases_under_identifier_and_numbered_pass_keys_are_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class AquaponicsController
            {
                public static Dictionary<string, string> Build(string site) => new()
                {
                    ["Site"] = site,
                    ["WiFiPass"] = "Heron Copper Thistle Basalt", // expect: IOT1001
                    ["SoftApPass"] = "Lantern Quartz Meadow Fjord", // expect: IOT1001
                    ["MqttPass"] = "Otter Cinder Plume Harbor", // expect: IOT1001
                    ["wlan0.pass"] = "Velvet Anchor Tundra Maple", // expect: IOT1001
                    ["wifi2.pass"] = "Walnut Ember Glacier Sparrow", // expect: IOT1001
                };
            }
            """);

    // IOT1001: "A key ending in `pass` alone is a ticket's as often as a password's: under a ticket's or a permit's
    // (`boarding.pass`, `ski.pass`, `season.pass`) words are no passphrase". A transit validator and a zoo's gate keep their
    // pass products by slug and by name in lower case (a tram pass, a metro pass, a zoo pass, a stadium pass): a ticket's
    // pass holding words, no passphrase. No finding.
    // DEFECT: expected none; actual IOT1001 at lines 11, 13 and 14 (the metro line passes). bbad2f2 handles unknown ticket
    // kinds only for Title-case values (AccountWords); a lower-case or hyphen-joined slug under `tram.pass`, `zoo.pass`,
    // `stadium.pass` (qualifier not in TicketWords, a closed list) reaches the plain passphrase test and passes it. The
    // "not an account word" test should also apply to lower-case words under a bare `pass` whose qualifier names no sign-in.
    [Fact]
    public Task RT73_lower_case_pass_products_under_unlisted_ticket_kinds_are_no_passphrase() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class ValidatorScreen
            {
                public void LoadProducts(IDictionary<string, string> products) { }
            }
            public static class HarbourTramValidator
            {
                public static void Configure(ValidatorScreen screen) =>
                    screen.LoadProducts(new Dictionary<string, string>
                    {
                        ["tram.pass"] = "harbour-loop-unlimited", // expect: none
                        ["metro.pass"] = "zone two monthly", // expect: none
                        ["zoo.pass"] = "family annual membership", // expect: none
                        ["stadium.pass"] = "north-stand-hospitality", // expect: none
                    });
            }
            """);

    // IOT1001: "Any other value under such a key is judged as a password's (`["wlan.visitor.pass"] = "Tq8#..."`: IOT1001)";
    // "Four or more words joined by hyphens alone are a generator's passphrase even with one little word among them
    // (`"orbit-over-tundra-kettle"` ...), unless it is the first or there are two (`"to-be-set-later"`)". A festival's
    // backstage camera network and a ski lift's maintenance modem: random passwords under ticket words' pass keys are
    // IOT1001; a generator's passphrase with one little word at its end is IOT1001; hyphen-joined notes with two little
    // words, or one first, are labels: no finding.
    [Fact]
    public Task RT73_random_passwords_under_ticket_pass_keys_and_hyphen_generator_passphrases() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class FestivalSiteNetwork
            {
                public static readonly Dictionary<string, string> DeviceSettings = new()
                {
                    ["backstage.ssid"] = "BKS-CAM-NET",
                    ["backstage.pass"] = "rD4!wq9Lz#Tb", // expect: IOT1001
                    ["lift.modem.user"] = "liftops",
                    ["lift.pass"] = "Kv7%pN2xQe8m", // expect: IOT1001
                    ["mesh.psk"] = "copper-tundra-kettle-orbit-beyond", // expect: IOT1001
                    ["ap.pass"] = "rotates-after-every-reboot", // expect: none
                    ["ota.password"] = "during-factory-reset-only", // expect: none
                };
            }
            """);

    // ---------- 3. line breaks and headers held in names (IOT1003) ----------

    // IOT1003: "Appends of a line break alone (`Append('\n')`, `Environment.NewLine` however it is named, a constant or a
    // read-only field holding one: `static readonly string Nl = "\n"`) are no lines of the block"; "under a header held by a
    // constant, the first line after it reports the block". Read-only fields holding `Environment.NewLine` named fully
    // (`System.Environment.NewLine`), through a `using` alias (`Env.NewLine`) and through `using static` (`NewLine`): line
    // breaks alone. A P-256 key, an Ed25519 key and an OpenSSH key, each under a constant header: one finding each.
    // DEFECT: expected IOT1003 at lines 22, 33 and 43; actual none. SecretTokenAnalyzer.HeldLineText reads a read-only field's
    // initializer by syntax: a literal, or `Environment.NewLine` as a MemberAccess whose Expression is the IdentifierName
    // `Environment`. `System.Environment.NewLine` (qualified), `Env.NewLine` (alias) and `NewLine` (using static) are none of
    // those, so the field is unknown text and counts as a line between the constant header and the body. The initializer
    // should be resolved by symbol (or its constant value asked), as LineTextIn does for the write itself.
    [Fact]
    public Task RT73_read_only_fields_holding_environment_newline_however_named_are_line_breaks() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Text;
            using Env = System.Environment;
            using static System.Environment;
            public static class DryerPem
            {
                public const string Begin = "-----BEGIN PRIVATE KEY-----";
                public const string End = "-----END PRIVATE KEY-----";
                public const string SshBegin = "-----BEGIN OPENSSH PRIVATE KEY-----";
                public const string SshEnd = "-----END OPENSSH PRIVATE KEY-----";
            }
            public static class GrainDryer
            {
                private static readonly string Nl = System.Environment.NewLine;
                private static readonly string Eol = Env.NewLine;
                private static readonly string Br = NewLine;

                public static string HubKey()
                {
                    var sb = new StringBuilder();
                    sb.Append(DryerPem.Begin).Append(Nl);
                    sb.Append("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgZf7ez+GHjFgYHUi6").Append(Nl); // expect: IOT1003
                    sb.Append("G3LDVOMvneLkn+ENaYdVDsuEk+KhRANCAATcDrPkbkOEI1x/yABSJWH8LdtpEfkA").Append(Nl);
                    sb.Append("LMjFQDAi2gsvsZUoguSkuo5k7QH9h9IUrZytFgQeOf3n1rRZHQ5+oDx9").Append(Nl);
                    sb.Append(DryerPem.End).Append(Nl);
                    return sb.ToString();
                }

                public static void Attest(TextWriter port)
                {
                    port.Write(DryerPem.Begin);
                    port.Write(Eol);
                    port.Write("MC4CAQAwBQYDK2VwBCIEIAjHZv9mPtiC5skbJmyxY3cqNwV7sNpDNeSQ0n5jDVjQ"); // expect: IOT1003
                    port.Write(Eol);
                    port.Write(DryerPem.End);
                    port.Write(Eol);
                }

                public static string Tunnel()
                {
                    var sb = new StringBuilder();
                    sb.Append(DryerPem.SshBegin).Append(Br);
                    sb.Append("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW").Append(Br); // expect: IOT1003
                    sb.Append("QyNTUxOQAAACD3PeAvgqercUUpoAPA62v1G5uMOOXBCxTSIbSVsEA87gAAAJAe87ojHvO6").Append(Br);
                    sb.Append("IwAAAAtzc2gtZWQyNTUxOQAAACD3PeAvgqercUUpoAPA62v1G5uMOOXBCxTSIbSVsEA87g").Append(Br);
                    sb.Append("AAAEAotYs/jnl6tqvV0l7uCWx7CkgkPFjIFYHnLRBjSsMrKfc94C+Cp6txRSmgA8Dra/Ub").Append(Br);
                    sb.Append("m4w45cELFNIhtJWwQDzuAAAACG9wc0BraWxuAQIDBAU=").Append(Br);
                    sb.Append(DryerPem.SshEnd).Append(Br);
                    return sb.ToString();
                }
            }
            """);

    // IOT1003: "Appends of a line break alone (`Append('\n')`, `Environment.NewLine` however it is named, a constant or a
    // read-only field holding one ...) are no lines of the block". A line break held by a get-only property (`static string
    // Lf => "\n";`, as a serial console class writes it) and by a `static readonly` field built from two constants
    // (`"\r" + "\n"`): line breaks alone. An Ed25519 key under a constant header on each: one finding each.
    // DEFECT: expected IOT1003 at lines 18 and 28; actual none. HeldLineText knows only Environment/TextWriter NewLine among
    // properties (a get-only `NewLineChar => "\n"` is unknown) and only a literal as a read-only field's initializer
    // (`PressPem.Cr + PressPem.Lf`, a constant expression, is unknown: GetConstantValue is not asked of the initializer). Both
    // writes count as lines, so the constant header is not the line before the body. Ask the semantic model for the
    // initializer's constant value, and read an expression-bodied getter's literal.
    [Fact]
    public Task RT73_line_breaks_held_by_a_property_or_a_joined_read_only_field_are_no_lines() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            public static class PressPem
            {
                public const string Begin = "-----BEGIN PRIVATE KEY-----";
                public const string End = "-----END PRIVATE KEY-----";
                public const string Cr = "\r";
                public const string Lf = "\n";
            }
            public static class BalePressConsole
            {
                private static string NewLineChar => "\n";
                private static readonly string CrLf = PressPem.Cr + PressPem.Lf;

                public static void Provision(TextWriter serial)
                {
                    serial.Write(PressPem.Begin);
                    serial.Write(NewLineChar);
                    serial.Write("MC4CAQAwBQYDK2VwBCIEIGh3QnV2Z2r8c0xPf5tYqLmW9aE1dKjR7sUoB4vXyZ6N"); // expect: IOT1003
                    serial.Write(NewLineChar);
                    serial.Write(PressPem.End);
                    serial.Write(NewLineChar);
                }

                public static void Backup(TextWriter flash)
                {
                    flash.Write(PressPem.Begin);
                    flash.Write(CrLf);
                    flash.Write("MC4CAQAwBQYDK2VwBCIEIPq5mT0xWc3Lr8HdVaZ2kYe7NgB4sJf1Ui6oQpXtKhC9"); // expect: IOT1003
                    flash.Write(CrLf);
                    flash.Write(PressPem.End);
                    flash.Write(CrLf);
                }
            }
            """);

    // IOT1003: "a constant or a read-only field holding one: `static readonly string Nl = "\n"`) are no lines of the block,
    // and a header joined to its line break (`Pem.Begin + "\n"`, a constant expression) is a header held by a constant".
    // An instance read-only line break, one declared in the other part of a partial class in another file, and a header
    // written as a constant interpolated string (`$"{Pem.Begin}\n"`): a P-256 key and an OpenSSH key, one finding each.
    [Fact]
    public Task RT73_partial_and_instance_read_only_line_breaks_and_interpolated_constant_headers() =>
        ExpectComments.AssertAsync(
            """
            using System.Text;
            public static class SorterPem
            {
                public const string Begin = "-----BEGIN EC PRIVATE KEY-----";
                public const string End = "-----END EC PRIVATE KEY-----";
                public const string SshBegin = "-----BEGIN OPENSSH PRIVATE KEY-----";
                public const string SshEnd = "-----END OPENSSH PRIVATE KEY-----";
            }
            public sealed partial class ParcelSorter
            {
                private readonly string _lf = "\n";

                public string UplinkKey()
                {
                    var sb = new StringBuilder();
                    sb.Append(SorterPem.Begin).Append(_lf);
                    sb.Append("MHcCAQEEII/bw30WLLYt0sBCt+YX9xZ4TkYf8xgkh/FMxLwpGv9coAoGCCqGSM49").Append(Shared); // expect: IOT1003
                    sb.Append("AwEHoUQDQgAEJr1IrhH6uPJ0GsMW4xiNtlttVW3eI3g7HNwGN+OitixtZV/h4yTB").Append(_lf);
                    sb.Append("l5Fw0hSfpzkDEnAp4kz5qf+Ru1cSSFxB/A==").Append(Shared);
                    sb.Append(SorterPem.End).Append(_lf);
                    return sb.ToString();
                }

                public string ServiceKey()
                {
                    var sb = new StringBuilder();
                    sb.Append($"{SorterPem.SshBegin}\n");
                    sb.Append("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"); // expect: IOT1003
                    sb.Append("QyNTUxOQAAACCk3vL0Wq9e7Jt8YpXz2NcQm5Rf1GhUaB6sD4oKyT0ViwAAAJCx4Yc0seGH\n");
                    sb.Append("NAAAAAtzc2gtZWQyNTUxOQAAACCk3vL0Wq9e7Jt8YpXz2NcQm5Rf1GhUaB6sD4oKyT0Viw\n");
                    sb.Append("AAAEB0Ht3xWq8LpVn2Kc9yZa1RfE6dJm4UoGsB7iQxT2N5aqTe8vRar17sm3xilfPY1xCb\n");
                    sb.Append("lF/UaFRoHqwPigrJPRWLAAAACXNydEBzb3J0ZXIBAgME\n");
                    sb.Append($"{SorterPem.SshEnd}\n");
                    return sb.ToString();
                }
            }
            """,
            """
            public sealed partial class ParcelSorter
            {
                private static readonly string Shared = "\n";
            }
            """);

    // IOT1003: "A marker written by a constant counts ...; under a header held by a constant, the first line after it
    // reports the block"; "a certificate written the same way is public"; IOT1001: values are followed back through
    // "`static readonly` fields". Markers held by `static readonly` fields (a header is text, not whitespace): a device
    // certificate written line by line between them is public (no finding); the P-256 key after it, under its own read-only
    // header, is one finding at its first body line.
    [Fact]
    public Task RT73_markers_held_by_static_readonly_fields_separate_a_certificate_from_a_key() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class PalletizerTls
            {
                private static readonly string CertBegin = "-----BEGIN CERTIFICATE-----";
                private static readonly string CertEnd = "-----END CERTIFICATE-----";
                private static readonly string KeyBegin = "-----BEGIN PRIVATE KEY-----";
                private static readonly string KeyEnd = "-----END PRIVATE KEY-----";

                public static string Bundle()
                {
                    var sb = new StringBuilder();
                    sb.AppendLine(CertBegin);
                    sb.AppendLine("MIIBbzCCARWgAwIBAgIUPF03M2JqTJofQYmhh5o0HKZjhN0wCgYIKoZIzj0EAwIw"); // expect: none
                    sb.AppendLine("DTELMAkGA1UEAwwCZ3cwHhcNMjYxMjA1MDkyOTI4WhcNMjcwMTA0MDkyOTI4WjAN");
                    sb.AppendLine("MQswCQYDVQQDDAJndzBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABO322O41Pus/");
                    sb.AppendLine("sUQy0EMFSstv1rEEKQsApvduoCD6QiKvES4Q6rF5JBap2QJHib7cjSWGYf8iFfEY");
                    sb.AppendLine("ao41M8i6+S+jUzBRMB0GA1UdDgQWBBTNDfHshuaLUY3ZVVTUgpkUOE9LnzAfBgNV");
                    sb.AppendLine("HSMEGDAWgBTNDfHshuaLUY3ZVVTUgpkUOE9LnzAPBgNVHRMBAf8EBTADAQH/MAoG");
                    sb.AppendLine("CCqGSM49BAMCA0gAMEUCIHmJ7qF359Ua0RB5Uu78QsORGHfn061WVEU3ExCo/qT9");
                    sb.AppendLine("AiEA6Z1pYn4jCpa3PUBvgl74KaSalZnx6A8L8FF7L5AZ49w=");
                    sb.AppendLine(CertEnd);
                    sb.AppendLine(KeyBegin);
                    sb.AppendLine("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgHISVDGCW4sysm5wk"); // expect: IOT1003
                    sb.AppendLine("zPku1ZXLmyE5bkHFPQnytrg9D0mhRANCAARcFAeQzjlpeaBKPsYEI06AXOUeaRrn");
                    sb.AppendLine("7TjZ5t8UeKutGY9VM3lOdArslUizl10XZ7IzNER8O6uCNFVch7h7wUO2");
                    sb.AppendLine(KeyEnd);
                    return sb.ToString();
                }
            }
            """);

    // ---------- 4. half-typed code ----------

    // Every analyzer must survive the half-typed code an editor shows in these shapes (an exception is AD0001 and loses the
    // file's findings): a read-only field initialised from a cut `Environment.`, an alias cut, a property line break half
    // written, an interpolated header cut, a `pass` key cut before its qualifier, a doubled-slash path cut.
    [Fact]
    public Task RT73_half_typed_read_only_line_breaks_headers_and_pass_keys_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System.Text; using Env = System.; static class P { public const string B = \"-----BEGIN PRIVATE KEY-----\"; } static class A { static readonly string Nl = System.Environment.; static readonly string Eol = Env.; static string Lf => ; static string K() { var sb = new StringBuilder(); sb.Append($\"{P.B}\\n); sb.Append(\"MC4CAQAwBQYDK2VwBCIEI\").Append(Nl).Append(Eol; return sb.",
            "using System.Collections.Generic; static class C { static readonly Dictionary<string, string> S = new() { [\".pass\"] = \"Granite Falcon , [\"ntrip.\" + ] = \"Cobalt\", [\"WiFiPass\"] = \"Heron Copper Thistle\" + , [\"tram.pass\"] = \"harbour-loop- }; }",
            "static class M { const string K = \"-----BEGIN PRIVATE KEY-----\\nfile:////mnt//sdcard//provisioning//; const string N = \"-----BEGIN PRIVATE KEY-----\\nInsertTheMQTTTLSClientKeyFrom\\n-----END",
            "partial class Q { private readonly string _lf = ; } partial class Q { string K() { var sb = new System.Text.StringBuilder(); sb.Append(_lf).Append(\"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAE\" + ; } }",
        });
}
