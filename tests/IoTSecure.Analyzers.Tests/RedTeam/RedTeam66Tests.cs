using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 66: unseen, realistic device code aimed at 691b7f3 (red team 65's fixes): PEM runs where the
/// nearest marker of the nearest statement decides and the writer is the same however it is written
/// (SecretTokenAnalyzer.FollowsPemHeader, LinesAfter, ChainReceiver/WrittenReceiver, WithoutConditionalAccess,
/// IsLineAppend), SecretText.IsEmptyPemBlock's "pieces of letters then digits are words", KeyedValues.IsCaption's
/// non-ASCII punctuation and symbols, and CredentialSinkAnalyzer.IsOnlyShown / IsRequestOnlyShown. Misses, false alarms and
/// half-typed code. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam66Tests
{
    // ---------- 1. PEM lines: the same writer however it is written, the nearest marker ----------

    // IOT1003: "The writer is the same one however it is written: `_keyFile!.WriteLine(...)`, `(_keyFile).WriteLine(...)`,
    // `_keyFile?.WriteLine(...)` and `_keyFile.WriteLine(...)` append to one text." The doc's list is of spellings of one
    // field; `this._keyFile` is the most common other spelling of the same field (StyleCop SA1101 makes teams write it), so a
    // demanding user expects it in the same run. A data logger's key-store writer mixes `this._store` (in the header line a
    // code fix rewrote) and `_store` for an encrypted PKCS#8 key, which nothing but the run read from its header can find.
    // DEFECT: expected IOT1003 at line 10 (the header); actual none. SecretTokenAnalyzer.ChainReceiver/WrittenReceiver keeps
    // `this` as a name piece, so `this._store` reads "this._store" and `_store` reads "_store": LinesAfter stops at the first
    // `_store` statement (the header alone holds no key) and FollowsPemHeader never ties a body line to it. The body is an
    // encrypted PKCS#8 key, which only the run read from its header can find, so nothing is reported. WrittenReceiver should drop
    // a leading `this.` (as it drops `!` and parentheses).
    [Fact]
    public Task RT66_an_encrypted_key_written_through_this_dot_field_and_the_bare_field_is_one_finding() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            public sealed class DataLoggerKeyStore
            {
                private readonly TextWriter _store;

                public DataLoggerKeyStore(TextWriter store) => _store = store;

                public void Seed()
                {
                    this._store.WriteLine("-----BEGIN ENCRYPTED PRIVATE KEY-----"); // expect: IOT1003
                    _store.WriteLine("MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiOjq2VkZLqEAICCAAw");
                    _store.WriteLine("DAYIKoZIhvcNAgkFADAdBglghkgBZQMEAQIEEKBiqsLHEYMD/QToFKesSLUEgZCx");
                    _store.WriteLine("4ocwsmsAia71iT7cQ8zqtbvUNiSQTp26N0XMu9upIrrBLLcVAn4XWLJUtWJpo8+Z");
                    _store.WriteLine("YJWeY1bbIxhYmiKMDGZpW2r8kGnJ7WMqsGLFO0GC31pdOVT9Gckv70VOncWvZ32x");
                    this._store.WriteLine("HGXwhEwAyzfvDDAF3t69bA7fDIEAuOyaFGwo1adV8iefQf6oVwy6wZujJrjzphk=");
                    _store.WriteLine("-----END ENCRYPTED PRIVATE KEY-----");
                }
            }
            """);

    // IOT1003: "The writer is the same one however it is written: `_keyFile!.WriteLine(...)`, `(_keyFile).WriteLine(...)`,
    // `_keyFile?.WriteLine(...)` and `_keyFile.WriteLine(...)` append to one text." The same with a writer reached through a
    // session object (`_session.Console`), spelled with `!`, parentheses and `?.` on the writer: an OpenSSH key (whose body
    // is not DER, so only the run finds it) written line by line to a lift controller's service console: one finding.
    [Fact]
    public Task RT66_an_openssh_key_written_to_a_nested_writer_with_bang_parens_and_conditional_access_is_one_finding() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            public sealed class ServiceSession
            {
                public TextWriter? Console { get; set; }
            }
            public sealed class LiftServiceConsole
            {
                private readonly ServiceSession _session = new();

                public void DumpBenchKey()
                {
                    _session.Console!.WriteLine("-----BEGIN OPENSSH PRIVATE KEY-----"); // expect: IOT1003
                    _session.Console?.WriteLine("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW");
                    (_session.Console!).WriteLine("QyNTUxOQAAACCcKEbR6feETMR4k1fEXs2kSKQ+7vb1WAY32rDO35eHvQAAAJDahHV02oR1");
                    _session.Console!.WriteLine("dAAAAAtzc2gtZWQyNTUxOQAAACCcKEbR6feETMR4k1fEXs2kSKQ+7vb1WAY32rDO35eHvQ");
                    _session.Console?.WriteLine("AAAECEonQPoSbJooMSxaciXqqm4BPOFGInl0r7KhkJK4WQVpwoRtHp94RMxHiTV8RezaRI");
                    _session.Console!.WriteLine("pD7u9vVYBjfasM7fl4e9AAAACXJ0NjZAbGlmdAECAwQ=");
                    _session.Console?.WriteLine("-----END OPENSSH PRIVATE KEY-----");
                }
            }
            """);

    // IOT1003: "The writer is the same one however it is written: ... `_keyFile?.WriteLine(...)` ...". A null-conditional
    // access on the object that holds the writer (`_board?.Flash.WriteLine(...)`, the board may not be attached yet) is one more
    // spelling of the same writer, written the same way on every line: one finding, at the header.
    // DEFECT: expected IOT1003 at line 14 (the header); actual none. In `_board?.Flash.WriteLine(...)` the call's expression is
    // a member access whose receiver is the member binding `.Flash`; SecretTokenAnalyzer.ChainReceiver handles a member binding
    // only when the call itself is bound (`_w?.WriteLine`), and WrittenReceiver returns null for a MemberBindingExpressionSyntax
    // (its default arm), so LinesAfter gets no receiver and reads no lines after the header. Probed while writing this test: the
    // same lines written as `_board.Flash.WriteLine(...)` are found at the header. The receiver should be the conditional
    // access's expression plus the bound names (`_board.Flash`).
    [Fact]
    public Task RT66_an_encrypted_key_written_through_a_conditional_access_on_the_owning_object_is_one_finding() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            public sealed class KilnBoard
            {
                public TextWriter Flash { get; } = TextWriter.Null;
            }
            public sealed class KilnProvisioner
            {
                private KilnBoard? _board;

                public void Attach(KilnBoard board) => _board = board;

                public void StoreKey()
                {
                    _board?.Flash.WriteLine("-----BEGIN ENCRYPTED PRIVATE KEY-----"); // expect: IOT1003
                    _board?.Flash.WriteLine("MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAiKVMqgvGwYrwICCAAw");
                    _board?.Flash.WriteLine("DAYIKoZIhvcNAgkFADAdBglghkgBZQMEASoEELclZP5k+rWCvi1U+rmnKoIEgZCB");
                    _board?.Flash.WriteLine("V50cqXZ1ATrTBHaJg6Kh2add/q3l+yhzjcDDeuihiY4uWd+9wggtGyFnCgUMJ2un");
                    _board?.Flash.WriteLine("aWPl6tfW389zEvsjzFKi4XrgFxzbQfiThBecpNuFUuUfubeTvC0qy0l/8sf5MBBp");
                    _board?.Flash.WriteLine("+oHlhnYkTQwyNknOzviSfSyfBGoyzXw8Aarj7nrz3PUUdP/hLvCnTnt7AR7EI1o=");
                    _board?.Flash.WriteLine("-----END ENCRYPTED PRIVATE KEY-----");
                }
            }
            """);

    // IOT1003: "appended one line at a time (`sb.AppendLine("-----BEGIN EC PRIVATE KEY-----"); sb.AppendLine("MHc..."); ...`,
    // statements or a chain): one finding, at the header's literal". The doc is silent on other statements between the
    // appends; a demanding user expects the run to be the writer's lines, not every statement of the block: firmware that
    // writes a key to slow flash feeds its watchdog between lines, and the key is still one text written line by line.
    // DEFECT: expected IOT1003 at line 12 (the header); actual none. SecretTokenAnalyzer.LinesAfter `break`s at the first
    // following statement that is not an append on the same receiver (`_watchdog.Feed();`), so the header is read alone and holds
    // no key; FollowsPemHeader likewise returns false at the first other statement. An OpenSSH body is not DER, so no line is
    // found on its own either. The run could skip statements that write to no receiver of the run (or at least calls on another
    // receiver that take no text) instead of ending there.
    [Fact]
    public Task RT66_an_openssh_key_written_to_flash_with_watchdog_feeds_between_the_lines_is_one_finding() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            public interface IWatchdog { void Feed(); }
            public sealed class KilnFlashSeeder
            {
                private readonly StreamWriter _flash;
                private readonly IWatchdog _watchdog;

                public KilnFlashSeeder(StreamWriter flash, IWatchdog watchdog) { _flash = flash; _watchdog = watchdog; }

                public void Seed()
                {
                    _flash.WriteLine("-----BEGIN OPENSSH PRIVATE KEY-----"); // expect: IOT1003
                    _watchdog.Feed();
                    _flash.WriteLine("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW");
                    _watchdog.Feed();
                    _flash.WriteLine("QyNTUxOQAAACBEzlu3Sr2U9mFv9Mde+ABy9vaJpeE/1sTuRPrsclnGTQAAAJDhwwA44cMA");
                    _watchdog.Feed();
                    _flash.WriteLine("OAAAAAtzc2gtZWQyNTUxOQAAACBEzlu3Sr2U9mFv9Mde+ABy9vaJpeE/1sTuRPrsclnGTQ");
                    _watchdog.Feed();
                    _flash.WriteLine("AAAEDPU3i7Iforcn1Wlq9gTaqDgpTHPpQayD5BjyKfHfBFBUTOW7dKvZT2YW/0x174AHL2");
                    _watchdog.Feed();
                    _flash.WriteLine("9oml4T/WxO5E+uxyWcZNAAAACXJ0NjZAa2lsbgECAwQ=");
                    _flash.WriteLine("-----END OPENSSH PRIVATE KEY-----");
                }
            }
            """);

    // IOT1003: "a base64 key after a certificate's footer stands alone; the nearest marker decides, so a statement that
    // writes a whole certificate, header to footer, leaves no block open for the next statement's line"; "a certificate
    // written the same way is public". A hub writes its certificate in ONE statement, as one raw literal holding header,
    // body and footer, then its PKCS#8 EC key as one base64 line in the next statement: one finding, at the key's line.
    // DEFECT: expected IOT1003 at line 20 (the PKCS#8 line); actual none. SecretTokenAnalyzer.FollowsPemHeader, statement branch:
    // InOpenBlock looks at the last LITERAL that starts with "-----" and asks whether that literal starts with "-----BEGIN"; the
    // certificate's raw literal starts with its header and ends with its footer, so it counts as opening a block and the key line
    // is taken for the certificate's body (its DER finding dropped). The nearest marker is the last marker INSIDE that literal
    // (its footer). Probed while writing this test: the same certificate written as a chain (header, body, footer appends) leaves
    // the key found, as the doc says.
    [Fact]
    public Task RT66_a_der_key_after_a_whole_certificate_written_as_one_literal_stands_alone() =>
        ExpectComments.AssertAsync("""""
            using System.Text;
            public static class HubIdentity
            {
                public static string Bundle()
                {
                    var sb = new StringBuilder();
                    sb.Append("""
                        -----BEGIN CERTIFICATE-----
                        MIIBezCCASGgAwIBAgIUGLWK6l9S2xHI7NzUMnTiBvGqtP8wCgYIKoZIzj0EAwIw
                        EzERMA8GA1UEAwwIcnQ2Ni1odWIwHhcNMjYxMjA1MDYzNjU0WhcNMjcwMTA0MDYz
                        NjU0WjATMREwDwYDVQQDDAhydDY2LWh1YjBZMBMGByqGSM49AgEGCCqGSM49AwEH
                        A0IABEm2C6grYyZ/g7XFxsZ51EgDQmF7v3V5JkATR1KdjnjQ955AlCqKuc3wUy+8
                        dobK4/592fAB1jSpE7AjsNnZ7hijUzBRMB0GA1UdDgQWBBR8fgLCsKEzqkJ2iA+6
                        Y2pCCI63hDAfBgNVHSMEGDAWgBR8fgLCsKEzqkJ2iA+6Y2pCCI63hDAPBgNVHRMB
                        Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIEr6vG0wg346WjPx3mRgGsDEK4EX
                        lrPUrR71RejH+57/AiEAt4f8GRmVf97frx1syu8ffXVYuRqiTG6WYJjyIv7CKgw=
                        -----END CERTIFICATE-----

                        """); // expect: none
                    sb.AppendLine("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgifzaH0J+ifH41jWQQf9xT/i3PJOVr9Fko5YHtqOIdZKhRANCAAS7B/MeAkW/4SF1UZOOTPw5CDPbQEUlOcMi/qGfS/leNOm4qsM4VtFssjhxadZ4Xw2O5GNXrMU9Iu6cImedqPDI"); // expect: IOT1003
                    return sb.ToString();
                }
            }
            """"");

    // IOT1003: "appended one line at a time (... statements or a chain): one finding, at the header's literal"; "The
    // writer is the same one however it is written: ... `_keyFile?.WriteLine(...)`"; "a certificate ... is public". A
    // builder field that may be null (`_pem?`) carries fluent chains: the certificate as one `?.` chain, then the Ed25519
    // key's header and body in one `?.` chain and its footer in the next statement. One finding, at the key's header.
    [Fact]
    public Task RT66_conditional_access_chains_writing_a_certificate_then_an_ed25519_key_are_read_apart() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public sealed class BeaconPem
            {
                private StringBuilder? _pem = new();

                public string? Build()
                {
                    _pem?.AppendLine("-----BEGIN CERTIFICATE-----") // expect: none
                        .AppendLine("MIIBezCCASGgAwIBAgIUGLWK6l9S2xHI7NzUMnTiBvGqtP8wCgYIKoZIzj0EAwIw")
                        .AppendLine("EzERMA8GA1UEAwwIcnQ2Ni1odWIwHhcNMjYxMjA1MDYzNjU0WhcNMjcwMTA0MDYz")
                        .AppendLine("NjU0WjATMREwDwYDVQQDDAhydDY2LWh1YjBZMBMGByqGSM49AgEGCCqGSM49AwEH")
                        .AppendLine("A0IABEm2C6grYyZ/g7XFxsZ51EgDQmF7v3V5JkATR1KdjnjQ955AlCqKuc3wUy+8")
                        .AppendLine("dobK4/592fAB1jSpE7AjsNnZ7hijUzBRMB0GA1UdDgQWBBR8fgLCsKEzqkJ2iA+6")
                        .AppendLine("Y2pCCI63hDAfBgNVHSMEGDAWgBR8fgLCsKEzqkJ2iA+6Y2pCCI63hDAPBgNVHRMB")
                        .AppendLine("Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIEr6vG0wg346WjPx3mRgGsDEK4EX")
                        .AppendLine("lrPUrR71RejH+57/AiEAt4f8GRmVf97frx1syu8ffXVYuRqiTG6WYJjyIv7CKgw=")
                        .AppendLine("-----END CERTIFICATE-----");
                    _pem?.AppendLine("-----BEGIN PRIVATE KEY-----") // expect: IOT1003
                        .AppendLine("MC4CAQAwBQYDK2VwBCIEIPLMTR4KkuAigIqamaNzPpDM0US4sBQ4rWHwTWZoYpdD");
                    _pem?.AppendLine("-----END PRIVATE KEY-----");
                    return _pem?.ToString();
                }
            }
            """);

    // ---------- 2. what is a body between the markers ----------

    // IOT1003: "nor does a sentence written between the markers (a body is base64 written in runs without spaces), nor a
    // file path or a long word written there". An installer's help text between the markers is a sentence naming where the
    // key file is: the path has a folder with a digit in the middle (`x509certs`, as Azure IoT Edge and many gateways name
    // it). It is a sentence (words and spaces) and holds no key.
    // DEFECT: expected none; actual IOT1003 at line 5. SecretText.IsEmptyPemBlock judges each run alone: the run
    // /mnt/sdcard/x509certs/deviceprovisioning is 40 characters with 4 slashes (32 < 40, so not "a run of slashes"), and its piece
    // `x509certs` has letters after digits, so the new words rule (wordPieces) does not hold; it counts as 40 base64 characters
    // (>= 40) and the sentence is read as a key body. The line around it (short words and spaces: a sentence) is not looked at;
    // a body line is one unbroken run, so a run with words and spaces on its own line could be dropped.
    [Fact]
    public Task RT66_a_help_sentence_naming_an_x509certs_path_between_the_markers_is_no_key() =>
        ExpectComments.AssertAsync("""
            public static class TelemetryGatewaySetupHelp
            {
                public static readonly string[] KeyPlaceholder =
                {
                    "-----BEGIN EC PRIVATE KEY-----", // expect: none
                    "copy the key from /mnt/sdcard/x509certs/deviceprovisioning before first boot",
                    "-----END EC PRIVATE KEY-----",
                };
            }
            """);

    // IOT1003: "nor does a sentence written between the markers (a body is base64 written in runs without spaces)". A
    // provisioning template's placeholder between the markers says which key goes there by the certificate's SHA-1
    // thumbprint (40 hexadecimal digits, as Windows and Azure show it). A sentence with a hash in it is still a sentence.
    // DEFECT: expected none; actual IOT1003 at line 6 (the finding spans the concatenation, lines 4-6, and is labelled at
    // its end line). SecretText.IsEmptyPemBlock counts the 40-digit hexadecimal thumbprint as a 40-character base64 run
    // (hex has letters after digits, so the words rule does not drop it) and 40 >= 40 makes the block a key. Probed while writing
    // this test: the same template with "paste the key of the device certificate here" is quiet. A run of only hex digits inside a
    // line of words is a hash named in a sentence, not a body.
    [Fact]
    public Task RT66_a_placeholder_sentence_naming_a_certificate_thumbprint_between_the_markers_is_no_key() =>
        ExpectComments.AssertAsync("""
            public static class EnrollmentTemplate
            {
                public const string KeyPem = // expect: none
                    "-----BEGIN PRIVATE KEY-----\n" +
                    "paste the key of certificate 116b9ed37b5ee2daaf3280e8405ae224d3c73a61 here\n" +
                    "-----END PRIVATE KEY-----\n";
            }
            """);

    // IOT1003: "PEM and OpenSSH private keys (`-----BEGIN PRIVATE KEY-----`, ... `OPENSSH` ...)"; the words rule is for "a file
    // path or a long word ... (every piece between slashes is letters, then perhaps digits, which a base64 line is by chance
    // about once in a million)". Short real keys must not be mistaken for words: an Ed25519 PKCS#8 key (one 64-character body
    // line) in one literal, and an OpenSSH Ed25519 key in another. Two findings.
    [Fact]
    public Task RT66_short_ed25519_keys_in_one_literal_are_not_read_as_words() =>
        ExpectComments.AssertAsync("""
            public static class DoorbellKeys
            {
                public const string Signing = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEICnK7yuppJ9kEMyDs95zATvI8YrzQkYmAKSW6chEd7vy\n-----END PRIVATE KEY-----\n"; // expect: IOT1003
                public const string Tunnel = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBEzlu3Sr2U9mFv9Mde+ABy9vaJpeE/1sTuRPrsclnGTQAAAJDhwwA44cMA\nOAAAAAtzc2gtZWQyNTUxOQAAACBEzlu3Sr2U9mFv9Mde+ABy9vaJpeE/1sTuRPrsclnGTQ\nAAAEDPU3i7Iforcn1Wlq9gTaqDgpTHPpQayD5BjyKfHfBFBUTOW7dKvZT2YW/0x174AHL2\n9oml4T/WxO5E+uxyWcZNAAAACXJ0NjZAa2lsbgECAwQ=\n-----END OPENSSH PRIVATE KEY-----\n"; // expect: IOT1003
            }
            """);

    // ---------- 3. captions outside ASCII ----------

    // IOT1001: "A user interface's text keyed the same way is a caption or a prompt for the key, not its value, and gives no
    // finding ...: a value that reads as words ... or one language's table of another, keyed by a BCP 47 tag"; "Outside
    // ASCII, a caption may write its script's own punctuation, spaces and symbols between its words". Persian writes the
    // zero-width non-joiner (U+200C) inside words as part of its spelling (وای‌فای "Wi-Fi", می‌شود), and German UI strings
    // carry soft hyphens (U+00AD) so long words break on narrow displays. Both are the script's own writing: no finding.
    // DEFECT: expected none; actual IOT1001 at lines 6 and 7. KeyedValues.IsScriptPunctuation returns false for
    // UnicodeCategory.Format, so the zero-width non-joiner (U+200C, Persian spelling) and the soft hyphen (U+00AD, hyphenation
    // hint in UI strings) make IsCaption fail and each caption is judged as a password. Probed while writing this test: the same
    // captions without those characters are quiet. ZWNJ, ZWJ and the soft hyphen are part of a script's writing; only the
    // bidi/control formats are worth excluding.
    [Fact]
    public Task RT66_persian_captions_with_zwnj_and_german_captions_with_soft_hyphens_are_text() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class ThermostatUi
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Locales = new()
                {
                    ["fa"] = new() { ["wifi.psk"] = "رمز وای\u200Cفای را وارد کنید" }, // expect: none
                    ["de"] = new() { ["wifi.psk"] = "WLAN-Zugangs\u00ADschlüssel" }, // expect: none
                };
            }
            """);

    // IOT1001: "Outside ASCII, a caption may write its script's own punctuation, spaces and symbols between its words".
    // Emoji are symbols (So) a touch panel writes in its captions ("🔒 Passwort", "🔑 Wi-Fi Key"); in UTF-16 they are
    // surrogate pairs. A demanding user expects a caption with an emoji to be as quiet as one with 【】.
    // DEFECT: expected none; actual IOT1001 at lines 6 and 7 (the emoji captions; Thai and Hebrew are quiet).
    // KeyedValues.IsCaption tests each UTF-16 char: an emoji (U+1F512, U+1F511, category So) is a surrogate pair, and
    // IsScriptPunctuation rejects UnicodeCategory.Surrogate, so the caption is judged as a password. Probed while writing this
    // test: "Administratorkennwort" and "Wi-Fi key" alone are quiet. The category should be read per code point
    // (CharUnicodeInfo.GetUnicodeCategory(text, i) / Rune).
    [Fact]
    public Task RT66_captions_with_emoji_in_a_locale_table_are_text() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class SmartPlugUi
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Locales = new()
                {
                    ["de"] = new() { ["admin.password"] = "🔒 Administratorkennwort" }, // expect: none
                    ["en"] = new() { ["wifi.psk"] = "🔑 Wi-Fi key" }, // expect: none
                    ["th"] = new() { ["wifi.psk"] = "รหัสผ่าน Wi-Fi" }, // expect: none
                    ["he"] = new() { ["wifi.psk"] = "סיסמת Wi‑Fi" }, // expect: none
                };
            }
            """);

    // IOT1001: "A `?` or `!` in a caption ends a sentence; inside a run of letters (`"Tangerine!Walrus?"`) it is a password's
    // symbol. Outside ASCII, a caption may write its script's own punctuation ... between its words ...; a digit of any
    // script or a currency sign is never a caption's." Latin script writes no § or ° between words: "Priel§Düne°Watt"
    // (typed on a German keyboard, Shift+3 and Shift+^) is a password's symbols inside a run of letters, like
    // "Tangerine!Walrus?". Full-width digits (U+FF10-FF19) and superscript digits (² ³, AltGr+2/3 on a German keyboard) are
    // digits of a script: never a caption's. Three passwords in a locale table.
    // DEFECT: expected IOT1001 at line 6; actual none (lines 7 and 8 are found). KeyedValues.IsScriptPunctuation accepts any
    // non-ASCII punctuation or symbol (§ is Po, ° is So) anywhere in the value, without asking whether the letters around it are of
    // a script that writes it between words; the ASCII rule "inside a run of letters it is a password's symbol" has no non-ASCII
    // counterpart, so "Priel§Düne°Watt" reads as a caption in a text table. (The doc's "its script's own punctuation" is loose;
    // a Latin-letter run joined by § and ° with no spaces is what the doc calls a password's symbols for `!` and `?`.)
    [Fact]
    public Task RT66_passwords_with_non_ascii_symbols_or_digits_in_a_locale_table_are_secrets() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class TideGaugeUi
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Locales = new()
                {
                    ["de"] = new() { ["service.password"] = "Priel§Düne°Watt" }, // expect: IOT1001
                    ["ja"] = new() { ["admin.password"] = "Ｓａｋｕｒａ７Ｍｏｒｉ４" }, // expect: IOT1001
                    ["de-AT"] = new() { ["wifi.psk"] = "Gletscher²Murmeltier³" }, // expect: IOT1001
                };
            }
            """);

    // ---------- 4. requests only shown ----------

    // IOT1006: "So is a request object made from it (`new Uri(...)`, `new HttpRequestMessage(...)`) that is only shown:
    // printed (...), logged (a `Log...` method, or `Information`, `Warning` and the like on a logger) ... Handed to any
    // other call, returned, stored, or read for its query or whole text, it may be sent: a placeholder." `LoginAsync` is no
    // logging: a cloud portal client signs in with the Uri (and its key). A placeholder, at its literal.
    // DEFECT: expected IOT1006 at line 5; actual none. CredentialSinkAnalyzer.IsOnlyShown -> IsShowingCall takes any method
    // whose name starts with "Log" as logging (`method.StartsWith("Log", StringComparison.Ordinal)`), so `LoginAsync` (and
    // `Logon`, `LogOnAsync`, `Logout`) counts as showing, IsRequestOnlyShown skips the placeholder and IsHeldTemplateSentInUrl
    // rejects it. Probed while writing this test: the same call named `SignInAsync` is IOT1006. The prefix should be a word
    // ("Log" followed by an upper-case letter, or exactly "Log") and not "Login"/"Logon"/"Logout".
    [Fact]
    public Task RT66_a_held_template_in_a_uri_handed_to_login_async_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            public sealed class PortalKeys
            {
                public string PortalKey { get; set; } = "YOUR_PORTAL_API_KEY"; // expect: IOT1006
            }
            public sealed class PortalClient
            {
                public Task LoginAsync(Uri endpoint) => Task.CompletedTask;
            }
            public sealed class FleetTracker
            {
                private readonly PortalClient _portal = new();
                private readonly PortalKeys _keys = new();

                public Task SignInAsync(string unit) =>
                    _portal.LoginAsync(new Uri($"https://portal.example/api/session?unit={unit}&apikey={_keys.PortalKey}"));
            }
            """);

    // IOT1006: "... read for parts that carry no query (`uri.Host`, ...), or held by a local used only so ... Handed to any
    // other call ... it may be sent: a placeholder." Three requests that look shown but are sent: a Uri logged by host and
    // then fetched; one handed to `Send` on a receiver named `_log` (a log shipper's method, not a log level); one written
    // into a modem's AT command on its serial line (a serial port's WriteLine sends; it is not `Console`).
    [Fact]
    public Task RT66_requests_that_look_shown_but_are_sent_are_placeholders() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public interface IUplinkLog
            {
                void LogInformation(string message, params object[] args);
                void Send(Uri endpoint);
            }
            public sealed class CellModem
            {
                public void WriteLine(string command) { }
            }
            public sealed class BuoyKeys
            {
                public string WaveKey { get; set; } = "YOUR_WAVE_API_KEY"; // expect: IOT1006
                public string SwellKey { get; set; } = "YOUR_SWELL_API_KEY"; // expect: IOT1006
                public string CurrentKey { get; set; } = "YOUR_CURRENT_API_KEY"; // expect: IOT1006
            }
            public sealed class BuoyUplink
            {
                private readonly HttpClient _http = new();
                private readonly BuoyKeys _keys = new();
                private readonly CellModem _modem = new();
                private readonly IUplinkLog _log;

                public BuoyUplink(IUplinkLog log) => _log = log;

                public async Task<string> WavesAsync(string buoy)
                {
                    var uri = new Uri($"https://waves.example/v1/now?buoy={buoy}&key={_keys.WaveKey}");
                    _log.LogInformation("fetching from {Host}", uri.Host);
                    return await _http.GetStringAsync(uri);
                }

                public void Swell(string buoy) => _log.Send(new Uri($"https://swell.example/v1/now?buoy={buoy}&key={_keys.SwellKey}"));

                public void Current(string buoy)
                {
                    var uri = new Uri($"https://current.example/v1/now?buoy={buoy}&key={_keys.CurrentKey}");
                    _modem.WriteLine($"AT+HTTPPARA=\"URL\",\"{uri}\"");
                }
            }
            """);

    // IOT1006: "So is a request object made from it ... that is only shown: ... logged (a `Log...` method, or `Information`,
    // `Warning` and the like on a logger), read for parts that carry no query (`uri.Host`, `Port`, `Authority`, `Scheme`,
    // `AbsolutePath`), or held by a local used only so". A weather station's dry-run check logs its endpoint to an audit
    // logger (an interface with Information/Warning, held in a field named `_audit`), by host and then whole (logged, not
    // sent), and logs a request's method and its RequestUri's host: all only shown. No finding at either key.
    // DEFECT: expected none; actual IOT1006 at lines 10 and 11. Two causes in CredentialSinkAnalyzer.IsOnlyShown: (line 10)
    // IsShowingCall recognises `Information`/`Warning` only on a receiver whose name contains "log"; the logger held in `_audit`
    // (type IAuditLogger) is not recognised, so the Uri handed whole to `_audit.Warning` counts as sent (the receiver's type, or
    // its type's name, is not looked at: syntax only); (line 11) a local request read as `request.RequestUri!.Host` stops at the
    // first member access, `.RequestUri`, which is not in QueryFreeParts, instead of following the Uri on to `.Host`.
    [Fact]
    public Task RT66_requests_only_logged_to_an_audit_logger_or_by_their_request_uri_host_are_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public interface IAuditLogger
            {
                void Information(string template, params object?[] args);
                void Warning(string template, params object?[] args);
            }
            public sealed class StationKeys
            {
                public string RainKey { get; set; } = "YOUR_RAIN_API_KEY"; // expect: none
                public string SolarKey { get; set; } = "YOUR_SOLAR_API_KEY"; // expect: none
            }
            public sealed class StationDryRun
            {
                private readonly IAuditLogger _audit;
                private readonly StationKeys _keys = new();

                public StationDryRun(IAuditLogger audit) => _audit = audit;

                public void Check(string site)
                {
                    _audit.Information("rain service {Uri}", new Uri($"https://rain.example/v1/now?site={site}&key={_keys.RainKey}").Host);
                    _audit.Warning("rain service not probed: {Uri}", new Uri($"https://rain.example/v1/now?site={site}&key={_keys.RainKey}"));
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://solar.example/v1/now?site={site}&key={_keys.SolarKey}");
                    _audit.Information("dry run {Method} {Host}", request.Method, request.RequestUri!.Host);
                }
            }
            """);

    // IOT1006: "A real key in such a URL is IOT1001 wherever the URL goes: it ships in the binary either way." A real key in
    // a request only logged (a `Log...` method) and in a Uri read only for its host is still IOT1001.
    [Fact]
    public Task RT66_real_keys_in_requests_only_logged_or_read_for_host_are_still_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            public interface IPumpLog { void LogDebug(string message, params object[] args); }
            public sealed class PumpDiagnostics
            {
                private readonly IPumpLog _logger;

                public PumpDiagnostics(IPumpLog logger) => _logger = logger;

                public void Describe(string site)
                {
                    _logger.LogDebug("request {Request}", new HttpRequestMessage(HttpMethod.Get, $"https://flow.example/v1/now?site={site}&apikey=3095ed11dcee0fce4b7a45e5e2fd9124")); // expect: IOT1001
                    Console.WriteLine(new Uri($"https://flow.example/v1/now?site={site}&apikey=7c41d0e9a2b86f35e1d94c0a8b27f6e3").Host); // expect: IOT1001
                }
            }
            """);

    // ---------- 5. half-typed code ----------

    // Every analyzer must survive the half-typed code an editor shows in these shapes (an exception is AD0001 and loses the
    // file's findings): `this.` receivers, conditional access with nothing after `?.`, nested `?.` chains, parenthesised
    // and null-forgiving receivers cut off mid-call, a raw certificate literal left open, a body of slashes and digits.
    [Fact]
    public Task RT66_half_typed_receivers_and_pem_bodies_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System.IO; class A { TextWriter? _w; void P() { this._w!.WriteLine(\"-----BEGIN EC PRIVATE KEY-----\"); _w?.; _w?.WriteLine(; (this._w)?.WriteLine(\"MHcCAQEEIA2bC4dE5fG6hI7jK8lM9nO0pQ1rS2tU3vW4xY5zA6bC7dE8fG9hI0jK\"); this.?.WriteLine(\"x\"); } }",
            "using System.Text; class A { StringBuilder? _sb; void P() { _sb?.Append(\"-----BEGIN PRIVATE KEY-----\")?.Append('\\n')?.; _sb?.AppendLine(\"MC4CAQAwBQYDK2VwBCIEIHh8ZYpaeMrh5Js6OC+aq06cTsoY193dBuxX+JR4sccD\")?.AppendLine(\"-----END PRIVATE KEY-----\"); _sb!?.AppendLine(); ?.AppendLine(\"x\"); } }",
            "using System.IO; class S { public T? C; } class T { public TextWriter? W; } class A { S? _s; void P() { _s?.C?.W!.WriteLine(\"-----BEGIN OPENSSH PRIVATE KEY-----\"); _s!.C!.W?.WriteLine(\"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\"); _s.C.W.WriteLine(\"-----END OPENSSH PRIVATE KEY-----\" } }",
            "using System.Text; static class A { static void P(StringBuilder sb) { sb.Append(\"\"\"\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n\"\"\"); sb.AppendLine(\"MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgifzaH0J+ifH41jWQQf9xT/i3PJOVr9Fko5YHtqOIdZKh\"",
            "static class A { const string K = \"-----BEGIN EC PRIVATE KEY-----\\n/1/22/333/4444/55555/666666/7777777/88888888/\\na1/b2/c3/d4/e5/f6/g7/h8/i9/j0/k1/l2/m3/n4/o5/p6\\n-----END EC PRIVATE KEY-----\"; const string L = \"-----BEGIN PRIVATE KEY-----\\n\\u200C\\u00AD\\n-----END\"; }",
        });

    // Half-typed captions with lone surrogates, zero-width joiners, combining marks alone, full-width digits; half-typed
    // `new Uri`/`new HttpRequestMessage` held by locals read for `.Host` or handed to a `Log` call cut off mid-argument: no
    // analyzer may throw.
    [Fact]
    public Task RT66_half_typed_captions_and_shown_requests_do_not_crash() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            "using System.Collections.Generic; static class A { static readonly Dictionary<string, Dictionary<string, string>> Locales = new() { [\"fa\"] = new() { [\"wifi.psk\"] = \"\\uD83D\", [\"pin\"] = \"\\u200D\\u200C\", [\"admin.password\"] = \"\\u0301\\u0301\" }, [\"ja\"] = new() { [\"wifi.psk\"] = \"１２３\", [\"password\"] = \"🔒\" + }, [\"th\"] = new() { [\"wifi.psk\"] = } }; }",
            "using System; using System.Net.Http; public sealed class K { public string Key { get; set; } = \"YOUR_API_KEY\"; } public sealed class S { readonly K k = new(); void A() { var u = new Uri($\"https://x.example/?k={k.Key}\"); Console.WriteLine(u.); Console.WriteLine(u?.Host); LogInformation(u. } void B() { var r = new HttpRequestMessage(HttpMethod.Get, $\"https://x.example/?k={k.Key}\"); _log.Information(r.RequestUri!.; Console.WriteLine(r.RequestUri?.Host ?? ); } void C() { Uri u; u = new Uri($\"https://x.example/?k={k.Key}\"); _logger.(u.Host); Debug.WriteLine(new Uri($\"https://x.example/?k={k.Key}\") } }",
        });
}

