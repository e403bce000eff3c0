using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 72: a round on caf6d6f and fc6bd0b: SecretText.IsEmptyPemBlock / IsPascalCaseWords (rows of A or / are DER bytes;
/// acronyms and capitals alone read as a phrase), CredentialJudge.IsTicketPassKey (a ticket's pass is no credential key),
/// the widened SentenceWords of IsWordPassphraseUnderPasswordKey, and SecretTokenAnalyzer's line breaks held in constants.
/// Misses and false alarms in unseen device code. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam72Tests
{
    // ---------- 1. what is a body between the markers (IOT1003) ----------

    // IOT1003: "A mask or a ruler (... a row of twelve of one character anywhere between the markers, `****` and `••••` too,
    // but not `A` or `/`, which a DER's zero and 0xFF bytes write in rows ...) is no body either". caf6d6f kept an
    // explicit-curve P-256 key a key; the same `openssl ecparam -param_enc explicit` writes P-384 (an industrial gateway's
    // TLS key), P-521 and secp256k1 (a metering device signing readings for a ledger) keys, whose primes and orders hold
    // far more 0xFF bytes: rows of `/` are still DER, not a mask nor a path. Freshly generated private keys: IOT1003 each.
    // DEFECT: expected IOT1003 at lines 3, 4 and 5; actual none. caf6d6f exempted '/' from SecretText.HasMaskRow, but
    // IsBodyRun still rejects a run whose slashes are one in eight or more (`slashes * 8 < end - start`, meant for paths): the
    // explicit P-384 body is 690 characters with 140 '/', P-521 914 with 225, secp256k1 463 with 64 (P-256, 515 with 55, just
    // passes). The whole body is one run (it carries over line breaks), so base64 counts 0 < 60 and IsEmptyPemBlock calls the
    // key empty. Slashes in rows (0xFF bytes: `////` runs of four or more) should not count toward the path test, or the path
    // test should look for word-like pieces between single slashes only.
    [Fact]
    public Task RT72_explicit_curve_p384_p521_and_secp256k1_keys_are_keys() =>
        ExpectComments.AssertAsync("""
            public static class SubstationGatewayKeys
            {
                public const string TlsP384 = "-----BEGIN EC PRIVATE KEY-----\nMIIB+gIBAQQwm9bbe/Gd2swIx5x+RmKUEnovh9dEA7hIYCxFEp9qi6bhI4KYHTpf\nYnxpHXqRiGkZoIIBWzCCAVcCAQEwPAYHKoZIzj0BAQIxAP//////////////////\n///////////////////////+/////wAAAAAAAAAA/////zB7BDD/////////////\n/////////////////////////////v////8AAAAAAAAAAP////wEMLMxL6fiPufk\nmI4Fa+P4LRkYHZxu/oFBEgMUCI9QE4daxlY5jYou0Z0qhcjt0+wq7wMVAKM1kmqj\nGaJ6HQCJamdzpIJ6zaxzBGEEqofKIr6LBTeOscce8yCtdG4dO2KLp5uYWfdB4IJU\nKjhVAvJdv1UpbDpUXjhydgq3NhfeSpYmLG9dnpi/kpLcKfj0Hb0omhR86doxE7Xw\nuMAKYLHOHX6BnXpDHXyQ6g5fAjEA////////////////////////////////x2NN\ngfQ3Ld9YGg2ySLCneuzsGWrMxSlzAgEBoWQDYgAEARIug64QYe7/dhJUh0rM20v/\njQnMbeq6xzv4nZqGJzGIt/vDBMpa6Gpbxh/FukQqev10MVVFIrVy3vmAPF1gu8HJ\nmRCk0gKhC+d9tDJBedgjqiWIUryZTjhrXfQAuqxy\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
                public const string ArchiveP521 = "-----BEGIN EC PRIVATE KEY-----\nMIICngIBAQRCAJi0wPbeSvCJd9/dUpfVVz4wy/y8Ob/Akyc5yqDtUUpb0q7+jV2e\nEtnK9crUbe8OTAS/pxgFzND0m1gOWVqMeUC0oIIBxzCCAcMCAQEwTQYHKoZIzj0B\nAQJCAf//////////////////////////////////////////////////////////\n////////////////////////////MIGfBEIB////////////////////////////\n//////////////////////////////////////////////////////////wEQgBR\nlT65YY4cmh+SmiGgtoVA7qLacluZsxXzuLSJkY7xCeFWGTlR7H6TexZSwL07sb8H\nNXPfiD0sNPHvRR/Ua1A/AAMVANCeiAApHLhTlsxnFzkyhKqg2mS6BIGFBADGhY4G\ntwQE6c2ePstmI5W0QpxkgTkFP7Uh+CivYGtNPbqhS1537+dZKP4dwSei/6jeM0iz\nwYVqQpv5fn4xwuW9ZgEYOSlqeJo7wARcil+0LH0b2Zj1RElXm0RoF6+9Fyc+ZiyX\n7nKZXvQmQMVQuQE/rQdhNTxwhqJywkCIvpR2n9FmUAJCAf//////////////////\n////////////////////////+lGGh4O/L5Zrf8wBSPcJpdA7tcm4iZxHrrtvtx6R\nOGQJAgEBoYGJA4GGAAQB5dV1Ns1Ys1TP82aleFXH4aEWTpCe5Wdcj70TvnH1HHCS\nEmN7HsRyRqz4WWyUTy/toKFaT29QC0YAgxKe7bxAl+8AzS7LIj1WBSb+Q8JQQ4R9\nBSO6fX6NaPdMcGzs+0a2WF8Ea8NY1HXpQ3R2ilKa5EFV/Q6QNOROG0YgS4YA1VsQ\nmlE=\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
                public const string LedgerSecp256k1 = "-----BEGIN EC PRIVATE KEY-----\nMIIBUQIBAQQg6tn+9KeSLZUcb7mi22I2qG08oVK/CZINoDXhKVsF78+ggeMwgeAC\nAQEwLAYHKoZIzj0BAQIhAP////////////////////////////////////7///wv\nMEQEIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAABCAAAAAAAAAAAAAA\nAAAAAAAAAAAAAAAAAAAAAAAAAAAABwRBBHm+Zn753LusVaBilc6HCwcCm/zbLc4o\n2VnygVsW+BeYSDradyajxGVdpPv8DhEIqP0XtEimhVQZnEfQj/sQ1LgCIQD/////\n///////////////+uq7c5q9IoDu/0l6M0DZBQQIBAaFEA0IABDy3HgqSbmZOBLcL\ns8i+obwzPmkGMdy816/SbD3OscC27p8rkkF9i2lcGrFIVtcU5kRtvHy6hiWhK5QT\nDtWzdf8=\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
            }
            """);

    // IOT1003: "a row of twelve of one character anywhere between the markers, `****` and `••••` too, but not `A` or `/`,
    // which a DER's zero and 0xFF bytes write in rows: a key masked after its public prefix) is no body either". An explicit
    // P-256 key in PKCS#8 (`openssl pkcs8 -topk8` of an explicit-curve key): the real key is IOT1003; the same key as a
    // support bundle shows it, its first line (the curve's public parameters) kept, the rest masked with `•` and `*` rows, a
    // 16-character tail kept: no key.
    [Fact]
    public Task RT72_an_explicit_p256_pkcs8_key_is_a_key_and_its_masked_copy_is_not() =>
        ExpectComments.AssertAsync("""
            public static class KilnControllerTls
            {
                public const string ClientKey = "-----BEGIN PRIVATE KEY-----\nMIIBeQIBADCCAQMGByqGSM49AgEwgfcCAQEwLAYHKoZIzj0BAQIhAP////8AAAAB\nAAAAAAAAAAAAAAAA////////////////MFsEIP////8AAAABAAAAAAAAAAAAAAAA\n///////////////8BCBaxjXYqjqT57PrvVV2mIa8ZR0GsMxTsPY7zjw+J9JgSwMV\nAMSdNgiG5wSTamZ44ROdJreBn36QBEEEaxfR8uEsQkf4vOblY6RA8ncDfYEt6zOg\n9KE5RdiYwpZP40Li/hp/m47n60p8D54WK84zV2sxXs7LtkBoN79R9QIhAP////8A\nAAAA//////////+85vqtpxeehPO5ysL8YyVRAgEBBG0wawIBAQQgUskpfnKbrYlT\n6RSgbJXEQrn7QxVMTRra8BF59WKtSWehRANCAAR0t8g44KrKDQYVWlm7WcAgVp1X\nvbogrA02ETagipX2KkKXGld27nErkAaF9it6sgYxEOaT+CXauFwGQTX17xJb\n-----END PRIVATE KEY-----\n"; // expect: IOT1003
                public const string ClientKeyAsLogged = "-----BEGIN PRIVATE KEY-----\nMIIBeQIBADCCAQMGByqGSM49AgEwgfcCAQEwLAYHKoZIzj0BAQIhAP////8AAAAB\n••••••••••••••••••••••••••••••••••••••••••••••••••••••••••••••••\n****************************************************************\n••••••••••••••••••••••••••••••••••••••••••••••••+CXauFwGQTX17xJb\n-----END PRIVATE KEY-----\n"; // expect: none
            }
            """);

    // IOT1003: "nor words run together in Pascal or camel case, acronyms and digits ending a word among them, or in capitals
    // alone (`PasteTheRSAPrivateKeyFromTheDPSPortal`, ...)"; "nor a PEM block with no key in its body (... a placeholder)".
    // Device code names its acronyms in its paste notes: ESP-IDF's NVS, a cloud KMS, a site VPN, WPA-Enterprise. Each note is
    // a placeholder of 60 or more letters: no finding.
    // DEFECT: expected none; actual IOT1003 at lines 3, 4, 5 and 6. SecretText.IsPascalCaseWords now splits the acronym off
    // (NVS, KMS, VPN, WPA) but still ends with `words.All(w => w.Length < 3 || RareBigramShare(w) <= 1.0 / 3)`, and an
    // acronym's letters are no English word: vs (NVS), km (KMS), vp (VPN), wp (WPA) are not CommonBigrams, one pair in two is
    // rare, so the phrase fails (RSA, DPS, TLS pass only because rs/sa, dp/ps, tl/ls happen to be listed; `Nvs` written in
    // Pascal case fails the same way). IsWordPiece then rejects the 60+ letter piece (over 32), and the note is one body run.
    // Acronyms (all capitals) should be exempt from the bigram test, as words under three letters are.
    [Fact]
    public Task RT72_paste_notes_with_nvs_kms_vpn_and_wpa_acronyms_are_no_key() =>
        ExpectComments.AssertAsync("""
            public static class GreenhouseNodeTemplates
            {
                public const string NvsNote = "-----BEGIN PRIVATE KEY-----\nCopyTheNVSPartitionKeyFromTheFactoryToolBeforeFlashingTheGateway\n-----END PRIVATE KEY-----\n"; // expect: none
                public const string KmsNote = "-----BEGIN EC PRIVATE KEY-----\nPasteTheKMSWrappedDeviceKeyFromTheCloudConsoleBeforeShippingUnits\n-----END EC PRIVATE KEY-----\n"; // expect: none
                public const string VpnNote = "-----BEGIN RSA PRIVATE KEY-----\nInsertTheVPNClientKeyIssuedByTheSiteRouterBeforeConnectingTheGateway\n-----END RSA PRIVATE KEY-----\n"; // expect: none
                public const string WpaNote = "-----BEGIN PRIVATE KEY-----\nPasteTheWPAEnterpriseClientKeyFromTheRadiusServerBeforeCommissioning\n-----END PRIVATE KEY-----\n"; // expect: none
            }
            """);

    // IOT1003: "nor words run together in Pascal or camel case, acronyms and digits ending a word among them, or in capitals
    // alone (... `REPLACEWITHTHEDEVICEKEY`)". A note in capitals that names X509 or an ESP32 (digits ending a word among
    // capitals), and a note in capitals over two lines: placeholders, no finding.
    // DEFECT: expected none; actual IOT1003 at lines 3 and 4 (line 5, capitals over two lines, passes). IsPascalCaseWords'
    // capitals branch (caf6d6f) needs the piece to be capitals only, so one digit (X509, ESP32) sends it to the word loop, where
    // the acronym rule runs the capitals on to the digits: REPLACEWITHTHEX|509|DEVICEKEY... gives two words, under the three
    // needed; IsWordPiece rejects it as over 32 characters, so the note is a body run. A run of capitals with digits ending a
    // word (X509, ESP32, PKCS8) should still read as capitals alone.
    [Fact]
    public Task RT72_capital_notes_with_digits_or_over_two_lines_are_no_key() =>
        ExpectComments.AssertAsync("""
            public static class WaterMeterTemplates
            {
                public const string X509Note = "-----BEGIN PRIVATE KEY-----\nREPLACEWITHTHEX509DEVICEKEYFROMTHEDPSPORTALBEFOREFLASHINGTHEGATEWAY\n-----END PRIVATE KEY-----\n"; // expect: none
                public const string EspNote = "-----BEGIN EC PRIVATE KEY-----\nPASTETHEESP32FLASHENCRYPTIONKEYHEREBEFOREBURNINGTHEEFUSESONTHEBOARD\n-----END EC PRIVATE KEY-----\n"; // expect: none
                public const string TwoLines = "-----BEGIN PRIVATE KEY-----\nPASTEYOURMETERPRIVATEKEYHEREEXACTLY\nASDOWNLOADEDFROMTHEUTILITYPORTAL\n-----END PRIVATE KEY-----\n"; // expect: none
            }
            """);

    // IOT1003 finds "PEM and OpenSSH private keys"; "A block's lines end at its footer or at the next block's header". What
    // `openssl ecparam -name prime256v1 -genkey` prints, pasted whole: an EC PARAMETERS block (16 characters of body, a
    // curve's OID) before the key. The key is a key: IOT1003.
    [Fact]
    public Task RT72_an_ec_parameters_block_before_the_key_does_not_hide_it() =>
        ExpectComments.AssertAsync("""
            public static class SoilProbeIdentity
            {
                public const string KeyFile = "-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIIQ0ZN+FE2wplVKaEB46NAJrqXtAtZX1ojqU1vjDUQPnoAoGCCqGSM49\nAwEHoUQDQgAEgo+GtfPa3QwNNWUoovQfIMUsF9hXg4W7JzIPfMemvK3Lc2C9/32v\nv3FIxep6v4HEEU41noTWULopAluVDn9JTA==\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
            }
            """);

    // ---------- 2. ticket passes and credential passes (IOT1001) ----------

    // IOT1001: keys "ending in `psk`, `passphrase`, `pass` (not a ticket's: `boarding.pass`, `ski.pass`, `season.pass` are
    // no credentials)". A stadium turnstile's ticket kinds the list of ticket words does not name (a tram pass, a stand's
    // pass, a weekend pass, a VIP pass) handed to its display: product names of Title-case words, not passphrases. No finding.
    // DEFECT: expected none; actual IOT1001 at lines 11-14. CredentialJudge.IsTicketPassKey is a closed list (TicketWords:
    // boarding, ski, season, day, bus, ...); tram, stadium, weekend and vip are not in it, so the three Title-case words under
    // each `*.pass` key are judged a passphrase (IsWordPassphraseUnderPasswordKey). Every ticket kind would need listing; the
    // value's shape (a product name of Title-case words handed to a display) is not considered.
    [Fact]
    public Task RT72_ticket_passes_the_list_does_not_name_are_no_password_keys() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class TurnstileDisplay
            {
                public void ShowPassKinds(IDictionary<string, string> kinds) { }
            }
            public static class StadiumTurnstile
            {
                public static void Configure(TurnstileDisplay display) =>
                    display.ShowPassKinds(new Dictionary<string, string>
                    {
                        ["tram.pass"] = "Harbour Loop Unlimited", // expect: none
                        ["stadium.pass"] = "North Stand Hospitality", // expect: none
                        ["weekend.pass"] = "Saturday Sunday Family", // expect: none
                        ["vip.pass"] = "Paddock Club Lounge", // expect: none
                    });
            }
            """);

    // IOT1001: "It also reports a secret stored in code under a secret-named key ... dictionary and collection initializers";
    // keys "ending in ... `pass` (not a ticket's: `boarding.pass`, `ski.pass`, `season.pass` are no credentials)". A
    // dairy's visitor Wi-Fi (its SSID beside it) and a camera's ONVIF access account (its user beside it) end in `pass`
    // after a word a ticket may also use (`visitor`, `access`); beside an SSID or a user they are passwords. IOT1001 each.
    // DEFECT: expected IOT1001 at lines 8 and 10; actual none (the same values under `wlan.guest.pass` and `onvif.cam.pass` are
    // reported). TicketWords holds `visitor` and `access`, and CredentialSinkAnalyzer returns early for any keyed value whose
    // key IsTicketPassKey (caf6d6f, beside KeySaysMock), whatever the value is: a random password with digits and symbols is
    // dropped, not just a word phrase. The ticket exemption should apply only to word values (the passphrase judgement), and
    // only when the key's other words (wlan, onvif, an ssid or user beside it) do not name a device's account.
    [Fact]
    public Task RT72_visitor_wifi_and_onvif_access_passwords_are_credentials() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class CreameryProvisioning
            {
                public static Dictionary<string, string> Build(string site) => new()
                {
                    ["site"] = site,
                    ["wlan.visitor.ssid"] = "Creamery-Visitors",
                    ["wlan.visitor.pass"] = "Tq8#vLm2!xRw", // expect: IOT1001
                    ["onvif.access.user"] = "yardcam",
                    ["onvif.access.pass"] = "h7VkP2qsW9zE", // expect: IOT1001
                };
            }
            """);

    // ---------- 3. word passphrases and little words (IOT1001) ----------

    // IOT1001: "A passphrase of plain words under a password's or a pre-shared key's key is a password, not prose
    // (`["wifi.psk"] = "correct horse battery staple"`, `"orchard-lantern-copper-meadow"` ...) unless its words ... carry a
    // sentence's little words (`"Wachtwoord voor wifi"`, ...)". Diceware passphrases draw short nouns too: `van` and `den`
    // (Dutch and Swedish little words, English nouns) and `over`, here joined by hyphens as no sentence is, nor a label:
    // words of a passphrase, not a sentence's. IOT1001 each.
    // DEFECT: expected IOT1001 at lines 7, 8 and 9; actual none (the same shapes with `vane`/`ovens` are reported).
    // CredentialJudge.SentenceWords holds van, den (Dutch/Swedish little words) and, since caf6d6f, over; one such word anywhere
    // makes IsWordPassphraseUnderPasswordKey false, and LooksLikeWords then files the value as text. Words joined by hyphens
    // are never a sentence: a little word should count only in a phrase written with spaces (or need two of them).
    [Fact]
    public Task RT72_diceware_passphrases_with_short_nouns_are_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class OrchardSensorMesh
            {
                public static Dictionary<string, string> Build(string zone) => new()
                {
                    ["zone"] = zone,
                    ["wifi.psk"] = "walnut-van-ember-glacier", // expect: IOT1001
                    ["mesh.passphrase"] = "harbor-den-copper-tulip", // expect: IOT1001
                    ["mqtt.password"] = "orbit-over-tundra-kettle", // expect: IOT1001
                };
            }
            """);

    // IOT1001: "... unless its words ... carry a sentence's little words (`"Wachtwoord voor wifi"`, `"Clave de acceso"`,
    // `"Disabled until commissioning"`) ...: a label's." A config exporter's notes in lower case, with a sentence's
    // preposition or conjunction as `until` is one (`beside`, `whenever`, `unless`): labels, no finding.
    // DEFECT: expected none; actual IOT1001 at lines 6, 7 and 8. CredentialJudge.SentenceWords is a closed list; caf6d6f added
    // prepositions and determiners but not beside, whenever, unless (nor alongside, except, whose, which, these): each
    // three/four-word lower-case note under a password key is taken for a passphrase. Same class as RT71's `during`/`inside`:
    // the list grows one red team at a time.
    [Fact]
    public Task RT72_lower_case_notes_with_beside_whenever_unless_are_labels() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class BarnGateway
            {
                public static readonly Dictionary<string, string> DeviceSettings = new()
                {
                    ["ap.pass"] = "printed beside serial barcode", // expect: none
                    ["ota.password"] = "rotates whenever firmware updates", // expect: none
                    ["guest.psk"] = "unique unless factory reset", // expect: none
                    ["report.interval"] = "900",
                };
            }
            """);

    // ---------- 4. line breaks held in names (IOT1003) ----------

    // IOT1003: "Appends of a line break alone (`Append('\n')`, `Environment.NewLine`, a constant holding one) are no lines of
    // the block"; "under a header held by a constant, the first line after it reports the block". A line break held in a
    // `static readonly` field (`Environment.NewLine` is no constant either) is still a line break alone. A P-256 key on a
    // StringBuilder and an Ed25519 key on a TextWriter, each under a constant header: one finding each, at the body's first line.
    // DEFECT: expected IOT1003 at lines 17 and 28; actual none. SecretTokenAnalyzer.IsLineBreak knows a char literal, a member
    // access named NewLine, or a write whose LineTextIn is whitespace; LineTextIn asks GetConstantValue, which has no value
    // for a `static readonly` field, so `Nl`/`Crlf` count as lines: ConstantHeaderJustBefore sees `Nl` (no text) as the line
    // before the body and finds no header, while FollowsPemHeader walks past it (distance 1) to the constant header and calls
    // the first body line a later line of a block, whose header, a constant, is reported nowhere. IsLineBreak should also take
    // a static readonly string/char field whose initializer is whitespace alone (or any unknown one-argument write between a
    // header and a body should not count as a line).
    [Fact]
    public Task RT72_keys_appended_with_static_readonly_line_breaks_after_a_constant_header_are_found() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Text;
            public static class ChillerPem
            {
                public const string Begin = "-----BEGIN PRIVATE KEY-----";
                public const string End = "-----END PRIVATE KEY-----";
            }
            public static class ChillerController
            {
                private static readonly string Nl = "\n";
                private static readonly string Crlf = "\r\n";

                public static string MqttKey()
                {
                    var sb = new StringBuilder();
                    sb.Append(ChillerPem.Begin).Append(Nl);
                    sb.Append("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgft12Ku1lwCDf61K3").Append(Nl); // expect: IOT1003
                    sb.Append("gCcRKZe5ylgNtdQGoPH/2azbTaKhRANCAASS8PhtIEfTcwDKEtKlr6gp06HX4UhU").Append(Nl);
                    sb.Append("7Pqmp8D4BPwm9k1VZ10XEyYaWi9Na1EPgqpgqqPZKHXpGqxGkHKJCL43").Append(Nl);
                    sb.Append(ChillerPem.End).Append(Nl);
                    return sb.ToString();
                }

                public static void Signing(TextWriter serial)
                {
                    serial.Write(ChillerPem.Begin);
                    serial.Write(Crlf);
                    serial.Write("MC4CAQAwBQYDK2VwBCIEIJcDzIFPLd2IQqxrR4OjXy9b/+v/clXCHaPZOu/PFqKQ"); // expect: IOT1003
                    serial.Write(Crlf);
                    serial.Write(ChillerPem.End);
                    serial.Write(Crlf);
                }
            }
            """);

    // IOT1003: "Appends of a line break alone (`Append('\n')`, `Environment.NewLine`, a constant holding one) are no lines of
    // the block". `using static System.Environment;` writes `Environment.NewLine` as `NewLine`: the same line break. An
    // OpenSSH Ed25519 key under a constant header: one finding, at the body's first line.
    // DEFECT: expected IOT1003 at line 14; actual none. IsLineBreak matches `NewLine` only as a MemberAccessExpressionSyntax
    // (Environment.NewLine); `using static System.Environment` writes it as an IdentifierNameSyntax, which has no constant
    // value, so it counts as a line: the constant header is not the line just before the body (ConstantHeaderJustBefore fails)
    // and FollowsPemHeader still marks the body as a later line; the OpenSSH lines alone hold no token. Resolve the symbol
    // (System.Environment.NewLine, TextWriter.NewLine) instead of matching the syntax shape.
    [Fact]
    public Task RT72_an_openssh_key_appended_with_environment_newline_by_using_static_is_found() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            using static System.Environment;
            public static class MixerSsh
            {
                public const string Begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
                public const string End = "-----END OPENSSH PRIVATE KEY-----";
            }
            public static class FeedMixerTunnel
            {
                public static string ServiceKey()
                {
                    var sb = new StringBuilder();
                    sb.Append(MixerSsh.Begin).Append(NewLine);
                    sb.Append("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW").Append(NewLine); // expect: IOT1003
                    sb.Append("QyNTUxOQAAACAkf61G6+oXsgVtrlZjVqoLnqnhCSZij37dAHH3WL5GwQAAAJAlV56DJVee").Append(NewLine);
                    sb.Append("gwAAAAtzc2gtZWQyNTUxOQAAACAkf61G6+oXsgVtrlZjVqoLnqnhCSZij37dAHH3WL5GwQ").Append(NewLine);
                    sb.Append("AAAEBBKbwYX24xs/+4NCVcRG4JiDn3YaUm9KZ7RyFKmUuNQSR/rUbr6heyBW2uVmNWqgue").Append(NewLine);
                    sb.Append("qeEJJmKPft0AcfdYvkbBAAAACW9wc0BtaXhlcgECAwQ=").Append(NewLine);
                    sb.Append(MixerSsh.End).Append(NewLine);
                    return sb.ToString();
                }
            }
            """);

    // IOT1003: "Appends of a line break alone (..., a constant holding one) are no lines of the block"; "A marker written by
    // a constant counts". A constant named `NewLine` (`const string NewLine = "\n"`) on a StringBuilder and a char constant
    // in another class (`Ascii.Lf`) on a TextWriter: line breaks alone. A P-256 key and an Ed25519 key, each under a
    // constant header: one finding each, at the body's first line.
    [Fact]
    public Task RT72_keys_appended_with_a_const_named_newline_or_another_class_char_constant_are_found() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Text;
            public static class Ascii
            {
                public const char Lf = '\n';
            }
            public static class RetortPem
            {
                public const string Begin = "-----BEGIN PRIVATE KEY-----";
                public const string End = "-----END PRIVATE KEY-----";
            }
            public static class RetortSteriliser
            {
                private const string NewLine = "\n";

                public static string HubKey()
                {
                    var sb = new StringBuilder();
                    sb.Append(RetortPem.Begin).Append(NewLine);
                    sb.Append("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgyKZzW8MBkIOHCWdn").Append(NewLine); // expect: IOT1003
                    sb.Append("yxqcu88KC0yjqoVffv9nSZVFswChRANCAAT061HU4TRlgJn6DX4RjeNlblW+CllY").Append(NewLine);
                    sb.Append("n0Ef27ZcxxtDIS2OypLHWEJ7Z3ILUDh5ku1JtoY8XStBMmmeYkU9hY0Q").Append(NewLine);
                    sb.Append(RetortPem.End).Append(NewLine);
                    return sb.ToString();
                }

                public static void Attest(TextWriter port)
                {
                    port.Write(RetortPem.Begin);
                    port.Write(Ascii.Lf);
                    port.Write("MC4CAQAwBQYDK2VwBCIEIPWfda8ZVptVAxaDY4rB4ptYHOwjwmsXlZe3d3cxtAjr"); // expect: IOT1003
                    port.Write(Ascii.Lf);
                    port.Write(RetortPem.End);
                    port.Write(Ascii.Lf);
                }
            }
            """);

    // IOT1003: "A marker written by a constant counts"; "under a header held by a constant, the first line after it reports
    // the block (... an OpenSSH key between `Pem.OpenSshBegin` and `Pem.OpenSshEnd` is one finding there)". The header
    // written with its line break joined to it (`SshPem.Begin + "\n"`, itself a constant expression) is a header held by a
    // constant all the same. An OpenSSH Ed25519 key, each body line ending in "\n": one finding, at the body's first line.
    // DEFECT: expected IOT1003 at line 13; actual none. LineTextIn reads only string literals, IdentifierNameSyntax and
    // MemberAccessExpressionSyntax; `HopperSsh.Begin + "\n"` is a BinaryExpressionSyntax, though GetConstantValue would give
    // its text, so the header is not seen (ConstantHeaderJustBefore null; PemChain wants a literal holding -----BEGIN) and each
    // OpenSSH body line alone holds no token. LineTextIn should ask the semantic model for any constant expression (binary
    // `+`, constant interpolated strings) in the same tree.
    [Fact]
    public Task RT72_an_openssh_key_after_a_constant_header_joined_to_its_line_break_is_found() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class HopperSsh
            {
                public const string Begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
                public const string End = "-----END OPENSSH PRIVATE KEY-----";
            }
            public static class GrainHopperTunnel
            {
                public static string ServiceKey()
                {
                    var sb = new StringBuilder();
                    sb.Append(HopperSsh.Begin + "\n");
                    sb.Append("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"); // expect: IOT1003
                    sb.Append("QyNTUxOQAAACC8bAau1DRFxbkw/wVqA8cVOpmYPDF3IYRePHBYCyjelwAAAJB1hK08dYSt\n");
                    sb.Append("PAAAAAtzc2gtZWQyNTUxOQAAACC8bAau1DRFxbkw/wVqA8cVOpmYPDF3IYRePHBYCyjelw\n");
                    sb.Append("AAAEBkenw06HAe8hKHiwIbWo76P1nlHtaV+eycvqk1HvAi/bxsBq7UNEXFuTD/BWoDxxU6\n");
                    sb.Append("mZg8MXchhF48cFgLKN6XAAAACnN2Y0Bob3BwZXIBAgM=\n");
                    sb.Append(HopperSsh.End + "\n");
                    return sb.ToString();
                }
            }
            """);

    // IOT1003: "nor words run together in Pascal or camel case ... (`PasteTheRSAPrivateKeyFromTheDPSPortal`, ...)"; "Appends
    // of a line break alone (..., a constant holding one) are no lines of the block". A template written line by line under
    // a constant header with constant line breaks whose only line is a paste note: no key, no finding (a hard negative for
    // the constant-header path).
    [Fact]
    public Task RT72_a_paste_note_appended_under_a_constant_header_with_constant_line_breaks_is_no_key() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class SiloPem
            {
                public const string Begin = "-----BEGIN PRIVATE KEY-----";
                public const string End = "-----END PRIVATE KEY-----";
                public const char Lf = '\n';
            }
            public static class SiloLevelSensor
            {
                public static string Template()
                {
                    var sb = new StringBuilder();
                    sb.Append(SiloPem.Begin).Append(SiloPem.Lf);
                    sb.Append("PasteTheDeviceKeyFromTheProvisioningPortalBeforeFlashingThisUnit").Append(SiloPem.Lf); // expect: none
                    sb.Append(SiloPem.End).Append(SiloPem.Lf);
                    return sb.ToString();
                }
            }
            """);

    // ---------- 5. half-typed code ----------

    // Every analyzer must survive the half-typed code an editor shows in these shapes (an exception is AD0001 and loses the
    // file's findings): a static readonly line break half declared, `using static` cut, a header joined to a cut line break,
    // a P-521 key cut inside its slashes, a ticket key cut.
    [Fact]
    public Task RT72_half_typed_line_breaks_slash_rows_and_pass_keys_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System.Collections.Generic; static class A { static readonly Dictionary<string, string> S = new() { [\"tram.pass\"] = \"Harbour Loop , [\"wlan.visitor.pass = \"Tq8#v\", [\"wifi.psk\"] = \"walnut-van- , [\"ap.pass\"] = \"printed beside\" + }; const string VipPass",
            "using System.Text; using static System. ; static class P { public const string B = \"-----BEGIN OPENSSH PRIVATE KEY-----\"; } static class A { private static readonly string Nl = ; static string B() { var sb = new StringBuilder(); sb.Append(P.B + \"\\n\"; sb.Append(\"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\").Append(Nl).Append(NewLine; sb.Append(P. + ; return sb.",
            "static class M { const string K = \"-----BEGIN EC PRIVATE KEY-----\\nMIICngIBAQRCAJi0wPbeSvCJd9/dUpfVVz4wy/y8Ob/Akyc5yqDtUUpb0q7+jV2e\\nAQJCAf//////////////////////////; const string N = \"-----BEGIN PRIVATE KEY-----\\nCopyTheNVSPartition",
        });
}
