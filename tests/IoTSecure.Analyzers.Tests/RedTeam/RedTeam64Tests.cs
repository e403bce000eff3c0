using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 64: unseen, realistic device code aimed at db1c9b1 and its predecessors (1e9c353, f05f34e, 2f12665): PEM keys
/// written line by line (SecretTokenAnalyzer.LinesAfter, AddLiterals, FollowsPemHeader, StatementOf, StatementCall),
/// SecretText.IsEmptyPemBlock's base64 runs, text tables (KeyedValues.IsInTextTable, IsCaption, IsLanguageTag), IOT1005's plain
/// word tables (DerivedDevicePasswordAnalyzer.IsPlainWord, HoldsNoPlainWord) and a held template sent in a URL
/// (CredentialSinkAnalyzer.IsHeldTemplateSentInUrl). Misses and false alarms. Expectations come from docs/rules, not from
/// what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam64Tests
{
    // ---------- 1. PEM keys written line by line ----------

    // IOT1003: "or appended one line at a time (... statements or a chain): one finding, at the header's literal ... A block's
    // lines end at its footer or at the next block's header, so a certificate written before a key is read apart from it".
    // A charger builds its TLS bundle (certificate, then key) in one fluent StringBuilder chain: the key is one finding at
    // its own header, none at the certificate's.
    [Fact]
    public Task RT64_a_certificate_then_a_key_in_one_fluent_builder_chain_is_one_finding_at_the_key_header() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class ChargerBundle
            {
                public static string Pem() => new StringBuilder()
                    .AppendLine("-----BEGIN CERTIFICATE-----") // expect: none
                    .AppendLine("MIIBczCCARmgAwIBAgIUTbd5XstasOGfiSVncIzrJNRB9ZwwCgYIKoZIzj0EAwIw")
                    .AppendLine("DzENMAsGA1UEAwwEcnQ2MTAeFw0yNjEyMDUwNDM1MTlaFw0yNjEyMDYwNDM1MTla")
                    .AppendLine("MA8xDTALBgNVBAMMBHJ0NjEwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAROLw0B")
                    .AppendLine("cATAYJYSU2MAkFBYRUqzH7M51wWEQO7phC/JGuSiqmxf0+m8IwptJnPeRr6wXVoC")
                    .AppendLine("qIxry4jEMTkEsb6Ro1MwUTAdBgNVHQ4EFgQUmr7Te9WQGctJG1vx6BFeaspBwEYw")
                    .AppendLine("HwYDVR0jBBgwFoAUmr7Te9WQGctJG1vx6BFeaspBwEYwDwYDVR0TAQH/BAUwAwEB")
                    .AppendLine("/zAKBggqhkjOPQQDAgNIADBFAiEA6c1vmKx8LKAJ0oha4/djAVoP6cytsCBk3aoB")
                    .AppendLine("TPP7qRUCIHr9KhMtx3XEIYAV05sDErC+Cu1kh7dG3EvxYtFtC+Xm")
                    .AppendLine("-----END CERTIFICATE-----")
                    .AppendLine("-----BEGIN OPENSSH PRIVATE KEY-----") // expect: IOT1003
                    .AppendLine("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW")
                    .AppendLine("QyNTUxOQAAACAfgtMhMuAFOLapXG3npJAKjy+WXhDjjRQnvOnq0/QIpgAAAIjUgBn/1IAZ")
                    .AppendLine("/wAAAAtzc2gtZWQyNTUxOQAAACAfgtMhMuAFOLapXG3npJAKjy+WXhDjjRQnvOnq0/QIpg")
                    .AppendLine("AAAECYOkml3XT5OuVkNMzYlIIJyFGn/1cyOQn+9csFUBuBwh+C0yEy4AU4tqlcbeekkAqP")
                    .AppendLine("L5ZeEOONFCe86erT9AimAAAAAAECAwQF")
                    .AppendLine("-----END OPENSSH PRIVATE KEY-----")
                    .ToString();
            }
            """);

    // IOT1003: "a base64 key after a certificate's footer stands alone" (and "DER private keys ... embedded as base64 ...
    // (64 characters or more) ... that starts like a DER private key"). The same shape as red team 63's array, written as a
    // fluent chain: the device certificate, then its PKCS#8 key as one base64 line appended after the footer.
    // DEFECT: expected IOT1003 at line 15 (the PKCS#8 line); actual none. FollowsPemHeader's chained branch returns true for any
    // earlier header of the chain without looking for a footer after it (db1c9b1 gave the nearest-marker rule to arrays,
    // collection expressions, Join arguments and statements only), so the key line is taken for the certificate's body and its
    // DER finding is dropped, while the certificate header's lines stop at its footer.
    [Fact]
    public Task RT64_a_base64_der_key_appended_after_a_certificate_footer_in_a_chain_is_found() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class GatewayBlob
            {
                public static string Build() => new StringBuilder()
                    .AppendLine("-----BEGIN CERTIFICATE-----") // expect: none
                    .AppendLine("MIIBczCCARmgAwIBAgIUTbd5XstasOGfiSVncIzrJNRB9ZwwCgYIKoZIzj0EAwIw")
                    .AppendLine("DzENMAsGA1UEAwwEcnQ2MTAeFw0yNjEyMDUwNDM1MTlaFw0yNjEyMDYwNDM1MTla")
                    .AppendLine("MA8xDTALBgNVBAMMBHJ0NjEwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAROLw0B")
                    .AppendLine("cATAYJYSU2MAkFBYRUqzH7M51wWEQO7phC/JGuSiqmxf0+m8IwptJnPeRr6wXVoC")
                    .AppendLine("qIxry4jEMTkEsb6Ro1MwUTAdBgNVHQ4EFgQUmr7Te9WQGctJG1vx6BFeaspBwEYw")
                    .AppendLine("HwYDVR0jBBgwFoAUmr7Te9WQGctJG1vx6BFeaspBwEYwDwYDVR0TAQH/BAUwAwEB")
                    .AppendLine("/zAKBggqhkjOPQQDAgNIADBFAiEA6c1vmKx8LKAJ0oha4/djAVoP6cytsCBk3aoB")
                    .AppendLine("TPP7qRUCIHr9KhMtx3XEIYAV05sDErC+Cu1kh7dG3EvxYtFtC+Xm")
                    .AppendLine("-----END CERTIFICATE-----")
                    .AppendLine("MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgzDT2asrzhgUO0Muank+mNIUgLFfX1WWSeKjhegxIJwyhRANCAAQfkLpwYdXfnNQKK3YA1DcVxddbsNEPhXceUXH2Zr57wY8IOlbltp/65mdIMU1kP2qsM1pF2GAM2V07JlqazJnZ") // expect: IOT1003
                    .ToString();
            }
            """);

    // IOT1003: "appended one line at a time (...) ... one finding, at the header's literal (awaited `WriteLineAsync` lines
    // too)". Library and service code awaits with ConfigureAwait(false) (CA2007); the awaited lines are the same run.
    // DEFECT: expected IOT1003 at line 8; actual none. StatementOf/StatementCall take `await x.WriteLineAsync(...)` only: with
    // `.ConfigureAwait(false)` the awaited call is ConfigureAwait (no append, AppendsOf null) and the header's invocation is
    // not a statement's, so the run is never read.
    [Fact]
    public Task RT64_an_openssh_key_written_with_awaited_write_line_async_and_configure_await_is_found() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Threading.Tasks;
            public sealed class HostKeyStore
            {
                public async Task SeedAsync(string path)
                {
                    using var writer = new StreamWriter(path);
                    await writer.WriteLineAsync("-----BEGIN OPENSSH PRIVATE KEY-----").ConfigureAwait(false); // expect: IOT1003
                    await writer.WriteLineAsync("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW").ConfigureAwait(false);
                    await writer.WriteLineAsync("QyNTUxOQAAACAfgtMhMuAFOLapXG3npJAKjy+WXhDjjRQnvOnq0/QIpgAAAIjUgBn/1IAZ").ConfigureAwait(false);
                    await writer.WriteLineAsync("/wAAAAtzc2gtZWQyNTUxOQAAACAfgtMhMuAFOLapXG3npJAKjy+WXhDjjRQnvOnq0/QIpg").ConfigureAwait(false);
                    await writer.WriteLineAsync("AAAECYOkml3XT5OuVkNMzYlIIJyFGn/1cyOQn+9csFUBuBwh+C0yEy4AU4tqlcbeekkAqP").ConfigureAwait(false);
                    await writer.WriteLineAsync("L5ZeEOONFCe86erT9AimAAAAAAECAwQF").ConfigureAwait(false);
                    await writer.WriteLineAsync("-----END OPENSSH PRIVATE KEY-----").ConfigureAwait(false);
                }
            }
            """);

    // IOT1003: "appended one line at a time (`sb.AppendLine("-----BEGIN EC PRIVATE KEY-----"); sb.AppendLine("MHc..."); ...`,
    // statements ...): one finding, at the header's literal." A camera writes the bench key for its chosen key type inside a
    // switch section: the statements are the same run, in a case instead of a braced block.
    // DEFECT: expected IOT1003 at line 11; actual none. LinesAfter reads the following statements only when the header's
    // statement's parent is a BlockSyntax; a switch section's statements (SwitchSectionSyntax) are not read (top-level
    // statements, GlobalStatementSyntax, look the same by the code, not tested here).
    [Fact]
    public Task RT64_an_openssh_key_appended_statement_by_statement_in_a_switch_section_is_found() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public enum HostKeyKind { Ed25519, None }
            public static class BenchHostKey
            {
                public static string For(HostKeyKind kind)
                {
                    var sb = new StringBuilder();
                    switch (kind)
                    {
                        case HostKeyKind.Ed25519:
                            sb.AppendLine("-----BEGIN OPENSSH PRIVATE KEY-----"); // expect: IOT1003
                            sb.AppendLine("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW");
                            sb.AppendLine("QyNTUxOQAAACAfgtMhMuAFOLapXG3npJAKjy+WXhDjjRQnvOnq0/QIpgAAAIjUgBn/1IAZ");
                            sb.AppendLine("/wAAAAtzc2gtZWQyNTUxOQAAACAfgtMhMuAFOLapXG3npJAKjy+WXhDjjRQnvOnq0/QIpg");
                            sb.AppendLine("AAAECYOkml3XT5OuVkNMzYlIIJyFGn/1cyOQn+9csFUBuBwh+C0yEy4AU4tqlcbeekkAqP");
                            sb.AppendLine("L5ZeEOONFCe86erT9AimAAAAAAECAwQF");
                            sb.AppendLine("-----END OPENSSH PRIVATE KEY-----");
                            break;
                    }

                    return sb.ToString();
                }
            }
            """);

    // IOT1003: "A list of headers ... holds no body and is no key; nor does a sentence written between the markers (a body is
    // base64 written in runs without spaces)." An installer's help text for the key file: a sentence naming two file paths
    // between the markers (paths are long runs of letters and slashes, but a sentence with spaces is no body).
    // DEFECT: expected none; actual IOT1003 at line 5. SecretText.IsEmptyPemBlock counts base64 characters in runs of 16 or
    // more, and '/' is base64: the two paths (/mnt/usbstick/provisioning/gateway, 34; /var/lib/provisioning/outbox, 28) make 62
    // >= 40, so a sentence with spaces between the markers is read as a key body.
    [Fact]
    public Task RT64_a_sentence_naming_file_paths_between_the_markers_is_no_key() =>
        ExpectComments.AssertAsync("""
            public static class InstallerHelp
            {
                public static readonly string[] KeyFileLayout =
                {
                    "-----BEGIN EC PRIVATE KEY-----", // expect: none
                    "copy /mnt/usbstick/provisioning/gateway here from /var/lib/provisioning/outbox",
                    "-----END EC PRIVATE KEY-----",
                };
            }
            """);

    // ---------- 2. text tables ----------

    // IOT1001: one language's table is "keyed by a BCP 47 tag whose language is an ISO 639-1 code ... (not a stage or a region
    // such as `["dev"]` or `["eu-west"]`)"; "A table named as settings ... a value with a digit in it are judged wherever they
    // are kept." A farm's Wi-Fi access points kept per compass zone of the yard: ne, se and sw are regions (they happen to be
    // Nepali, Northern Sami and Swahili codes); the word passphrases are values, the control row "nw" is no language code.
    // (Uncertain by the docs' wording: "ne" is a well-formed BCP 47 tag; the doc excludes regions by example only.)
    // DEFECT (uncertain expectation): expected IOT1001 at lines 6-9; actual IOT1001 at line 9 only. IsLanguageTag accepts any
    // ISO 639-1 code alone, so ne/se/sw zone tables are language tables and their word passphrases read as captions (the
    // inner tables even hold a digit-valued "channel" entry beside the ssid, which no language table would).
    // Fixed (thirtieth session): a language table's outer table is keyed by languages throughout, and it holds no bare number.
    [Fact]
    public Task RT64_yard_zone_tables_keyed_by_compass_points_are_no_language_tables() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class YardAccessPoints
            {
                public static readonly Dictionary<string, Dictionary<string, string>> ByZone = new()
                {
                    ["ne"] = new() { ["ssid"] = "Yard-NE", ["channel"] = "1", ["psk"] = "Heifer-Silo-Clover" }, // expect: IOT1001
                    ["se"] = new() { ["ssid"] = "Yard-SE", ["channel"] = "6", ["psk"] = "Auger-Bale-Thistle" }, // expect: IOT1001
                    ["sw"] = new() { ["ssid"] = "Yard-SW", ["channel"] = "11", ["psk"] = "Paddock-Wren-Furrow" }, // expect: IOT1001
                    ["nw"] = new() { ["ssid"] = "Yard-NW", ["channel"] = "11", ["psk"] = "Harrow-Tern-Sorrel" }, // expect: IOT1001
                };
            }
            """);

    // IOT1001: "A user interface's text keyed the same way is a caption or a prompt for the key, not its value, and gives no
    // finding"; "prose ... are not secrets". A thermostat's Japanese and Simplified Chinese tables use full-width
    // punctuation (： （ ） 、) as those languages do; their captions are text, as are the Latin-script ones beside them.
    // DEFECT: expected none; actual IOT1001 at lines 7, 7, 8, 8, 9, ... (xUnit truncates after five: both entries of the ja,
    // zh-Hans and zh-Hant-TW tables). IsCaption allows ASCII ( ) : , and a few others but not the full-width （ ） ： 、 that
    // CJK text uses, so the captions are judged and reported as passwords; the control test below (same captions without
    // that punctuation, and Korean with spaces) passes.
    [Fact]
    public Task RT64_cjk_captions_with_full_width_punctuation_in_language_tables_are_text() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class ThermostatUi
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Locales = new()
                {
                    ["en"] = new() { ["wifi.psk"] = "Wi-Fi password", ["admin.password"] = "Administrator password" }, // expect: none
                    ["ja"] = new() { ["wifi.psk"] = "Wi-Fiパスワード（必須）", ["admin.password"] = "管理者パスワード：" }, // expect: none
                    ["zh-Hans"] = new() { ["wifi.psk"] = "无线网络密码（必填）", ["admin.password"] = "管理员密码：" }, // expect: none
                    ["zh-Hant-TW"] = new() { ["wifi.psk"] = "無線網路密碼、請輸入", ["admin.password"] = "管理員密碼：" }, // expect: none
                };
            }
            """);

    // IOT1001: "a value that reads as words (letters, no digit ...) in a table kept as text ... or one language's table of another
    // ... gives no finding". Control for the test above: the same kind of CJK and Korean captions written without full-width
    // punctuation are captions.
    [Fact]
    public Task RT64_cjk_and_korean_captions_without_punctuation_in_language_tables_are_text() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class ThermostatUiPlain
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Locales = new()
                {
                    ["ja"] = new() { ["wifi.psk"] = "Wi-Fiパスワード", ["admin.password"] = "管理者パスワード" }, // expect: none
                    ["ko"] = new() { ["wifi.psk"] = "와이파이 비밀번호", ["admin.password"] = "관리자 비밀번호" }, // expect: none
                    ["zh-Hant-HK"] = new() { ["wifi.psk"] = "無線網路密碼", ["admin.password"] = "管理員密碼" }, // expect: none
                };
            }
            """);

    // IOT1001: a caption "reads as words" and is "no finding"; "prose ... are not secrets"; "a value with a digit in it [is]
    // judged wherever [it is] kept" (judged, not reported: prose stays prose). A kiosk's UiStrings with an em dash,
    // typographic quotes, a semicolon and a length hint with digits: captions and prose, no secret.
    [Fact]
    public Task RT64_ui_strings_with_dashes_quotes_and_length_hints_are_no_secrets() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class KioskUi
            {
                public static readonly Dictionary<string, string> UiStrings = new()
                {
                    ["wifi.psk"] = "Wi-Fi password — leave blank for an open network", // expect: none
                    ["wifi.psk.hint"] = "8 to 63 characters; case-sensitive", // expect: none
                    ["setup.pin"] = "Enter the “Setup PIN” printed on the label", // expect: none
                    ["admin.password"] = "Admin password; ask your installer", // expect: none
                };
            }
            """);

    // ---------- 3. IOT1005: plain word tables ----------

    // IOT1005: "a list of plain words (`{ "kato", "mirel", "yo-yo" }`: one word each ...) picked by the MAC or the serial makes a
    // derived passphrase." The list written as a C# 12 collection expression and as a List<string> initializer: the same
    // list of plain words, the same derivation.
    [Fact]
    public Task RT64_word_lists_in_a_collection_expression_or_a_list_picked_by_the_mac_make_a_derivation() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.NetworkInformation;
            using nanoFramework.Networking;
            public static class Apiary
            {
                private static readonly string[] Words = ["comb", "drone", "pollen", "queen", "smoker", "veil", "nectar", "swarm"]; // expect: none

                public static bool JoinSetup(PhysicalAddress mac)
                {
                    var b = mac.GetAddressBytes();
                    return WifiNetworkHelper.ConnectDhcp("Apiary-Setup", Words[b[4] % 8] + "-" + Words[b[5] % 8]); // expect: IOT1005
                }
            }
            public static class Orchard
            {
                private static readonly List<string> Words = new() { "pear", "quince", "graft", "blossom", "ladder", "russet", "pippin", "codling" }; // expect: none

                public static bool JoinSetup(PhysicalAddress mac)
                {
                    var b = mac.GetAddressBytes();
                    return WifiNetworkHelper.ConnectDhcp("Orchard-Setup", Words[b[3] % 8] + "." + Words[b[5] % 8]); // expect: IOT1005
                }
            }
            """);

    // ---------- 4. IOT1006: a held template in a request URL ----------

    // IOT1006: "A template key a settings object is given (...or as the property's initial value) and read into a request URL
    // that is handed on as it is built to a catalogued request (`GetStringAsync($"...&appid={_keys.OpenWeatherKey}")`) is sent
    // as written: a placeholder, at its literal." Built with string.Format and string.Concat instead of an interpolation.
    [Fact]
    public Task RT64_held_template_keys_in_urls_built_by_format_or_concat_are_placeholders() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class FieldKeys
            {
                public string SoilKey { get; set; } = "YOUR_SOIL_API_KEY"; // expect: IOT1006
                public string RainKey { get; set; } = "YOUR_RAIN_API_KEY"; // expect: IOT1006
            }
            public sealed class FieldStation
            {
                private readonly HttpClient _http = new();
                private readonly FieldKeys _keys = new();

                public Task<string> Soil(double lat, double lon) =>
                    _http.GetStringAsync(string.Format("https://soil.example/v1/moisture?lat={0}&lon={1}&key={2}", lat, lon, _keys.SoilKey));

                public Task<string> Rain(string station) =>
                    _http.GetStringAsync(string.Concat("https://rain.example/api/gauge?station=", station, "&key=", _keys.RainKey));
            }
            """);

    // IOT1006: "... handed on as it is built to a catalogued request ... is sent as written ... Printed (`Console.WriteLine`), it
    // is sent nowhere." A Uri made only to show its host in a diagnostic line and never requested carries the placeholder
    // nowhere; beside it, the same kind of key really requested is a placeholder.
    // DEFECT: expected IOT1006 at line 7 only; actual IOT1006 at lines 6 and 7. IsHeldTemplateSentInUrl counts the URL as
    // sent when it is an argument of any catalogued constructor (new Uri): a Uri held by a local and only printed (uri.Host)
    // is reported as a request.
    // Fixed (thirtieth session): a request object only shown (printed, logged, read for its host) is sent nowhere.
    [Fact]
    public Task RT64_a_uri_made_only_to_print_its_host_sends_no_held_template() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class AirKeys
            {
                public string PollenKey { get; set; } = "YOUR_POLLEN_API_KEY"; // expect: none
                public string OzoneKey { get; set; } = "YOUR_OZONE_API_KEY"; // expect: IOT1006
            }
            public sealed class AirStation
            {
                private readonly HttpClient _http = new();
                private readonly AirKeys _keys = new();

                public void Describe(string city)
                {
                    var uri = new Uri($"https://pollen.example/v2/index?city={city}&key={_keys.PollenKey}");
                    Console.WriteLine("pollen service: " + uri.Host);
                }

                public Task<string> Ozone(string city) =>
                    _http.GetStringAsync($"https://ozone.example/v1/now?city={city}&key={_keys.OzoneKey}");
            }
            """);
}
