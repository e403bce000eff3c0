using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 60: unseen, realistic device code aimed at today's changes (bf134b8..2f12665): the key-protecting passwords
/// of the sink catalogue, library credential parameters taking characters or bytes, settings records written by another
/// name and made by async factories, e-mail accounts beside a short password word, IOT1005's plain-named tables, one
/// literal one rule, PEM header lines, AsSpan/AsMemory views, and above all the new "table of a user interface's text"
/// exemption (misses: settings and messages that only look like text tables; false alarms: text tables it does not see).
/// Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam60Tests
{
    /// <summary>The referenced libraries of these files (compiled as a separate assembly, as device code sees its SDKs).</summary>
    private const string Libraries = """
        namespace Acme.Portal
        {
            public sealed class PortalClient
            {
                public void SignIn(string e_mail, string pw) { }
                public void Register(string eMail, System.ReadOnlySpan<char> pass) { }
                public void Enroll(string ownerEMail, byte[] pw) { }
            }
        }
        namespace Acme.Auth
        {
            public class Client
            {
                public void LoginChars(string user, char[] password) { }
                public void LoginSpan(string user, System.ReadOnlySpan<char> password) { }
                public void LoginMemory(string user, System.ReadOnlyMemory<char> password) { }
                public void LoginUtf8(string user, System.ReadOnlySpan<byte> password) { }
            }
            public static class PasswordPolicy
            {
                public static void Configure(System.ReadOnlySpan<char> passwordPattern, int passwordMinLength) { }
                public static void SetHint(string user, System.ReadOnlySpan<char> passwordHint) { }
                public static void SetCharset(char[] passwordAlphabet) { }
            }
        }
        """;

    // ---------- 1. text tables: settings that only look like text tables (misses) ----------

    // IOT1001: "A table named as settings or secrets (`DeviceSettings`, `FactoryDefaults`, `ConnectionStrings`) is judged
    // wherever it is kept." Only "one language's table of another (`["de"] = new() { ... }`)" is a text table by its key. A
    // gateway's factory defaults are kept per deployment stage and per cloud region: "qa" and "eu-west" are no languages,
    // and the table is named FactoryDefaults.
    // DEFECT: expected IOT1001 at lines 6, 7 and 8; actual none. KeyedValues.IsInTextTable takes any two lowercase letters
    // ("qa"), or two letters, a dash and letters ("eu-west", "us-east"), for a language tag, and asks it before the holder's
    // name (FactoryDefaults) is read, so a settings table named as defaults is exempted (control: the same entries keyed
    // "s1" are found).
    [Fact]
    public Task RT60_stage_and_region_keys_in_factory_defaults_are_no_languages() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Gateway
            {
                public static readonly Dictionary<string, Dictionary<string, string>> FactoryDefaults = new()
                {
                    ["qa"] = new() { ["mqtt.user"] = "gw-qa", ["mqtt.password"] = "Qa7-Sprocket-Lintel" }, // expect: IOT1001
                    ["eu-west"] = new() { ["mqtt.user"] = "gw-euw", ["mqtt.password"] = "Ew4-Gantry-Mullion" }, // expect: IOT1001
                    ["us-east"] = new Dictionary<string, string> { ["wifi.psk"] = "Ue9-Culvert-Baffle" }, // expect: IOT1001
                };

                public static string Get(string stage, string key) => FactoryDefaults[stage][key];
            }
            """);

    // IOT1001: "one language's table of another" is a text table; "A table named as settings or secrets ... is judged". A
    // broker table kept per site, keyed by the site's country code ("id" Indonesia, "pt" Portugal), is not one language's
    // text: its values are passwords, not captions. (Uncertain by the docs' wording: a two-letter country code cannot be told
    // from a language tag by its shape; the values' shape could tell them, and the docs do not say it is asked.)
    // DEFECT (uncertain expectation): expected IOT1001 at lines 6 and 7; actual none (the same table keyed "s1" is found).
    [Fact]
    public Task RT60_country_code_keys_of_a_broker_table_are_judged_by_their_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Fleet
            {
                public static readonly Dictionary<string, Dictionary<string, string>> BrokerBySite = new()
                {
                    ["id"] = new() { ["host"] = "mq.jkt.example.net", ["password"] = "Jk2#Tamarind-Pylon" }, // expect: IOT1001
                    ["pt"] = new() { ["host"] = "mq.lis.example.net", ["password"] = "Ls8#Azulejo-Pylon" }, // expect: IOT1001
                };
            }
            """);

    // IOT1001: configuration built in code is judged ("dictionary and collection initializers (`["password"] = "..."`)");
    // only "A table of a user interface's text ... holds captions and prompts for the keys". A gateway sends its broker
    // login as a JSON message: the dictionary is serialised into a local named message (or authMessage); no user
    // interface shows it.
    // DEFECT: expected IOT1001 at lines 16 and 20; actual none. IsInTextTable takes the first declarator above the entry
    // for the table's holder, so a local holding the serialised JSON (message) makes the table inside it a text table, and
    // a protocol message (authMessage) is taken for UI text by the word "message" (control: a local named body is found).
    [Fact]
    public Task RT60_a_login_dictionary_serialised_into_a_message_local_is_judged() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Text;
            using System.Text.Json;
            using System.Threading.Tasks;
            public sealed class CloudLink
            {
                private readonly HttpClient _http = new();

                public async Task AttachAsync(string gatewayId)
                {
                    var message = JsonSerializer.Serialize(new Dictionary<string, string>
                    {
                        ["gateway"] = gatewayId,
                        ["username"] = "gw-svc",
                        ["password"] = "Cl5-Trestle-Sconce", // expect: IOT1001
                    });
                    await _http.PostAsync("https://cloud.example.net/attach", new StringContent(message, Encoding.UTF8, "application/json"));

                    var authMessage = new Dictionary<string, string> { ["client_id"] = gatewayId, ["client_secret"] = "Cs3-Hopper-Weir-Flange" }; // expect: IOT1001
                    await _http.PostAsync("https://cloud.example.net/token", new FormUrlEncodedContent(authMessage));
                }
            }
            """);

    // IOT1001: "a table inside a type named as text (`Localization`, `Strings`, `Resources`)" is a text table. A type named
    // for cloud resources (Azure resource names and their keys) is not named as text: the word is the last of CloudResources
    // but says what kind of resources. (Expected by the docs' intent; the wording "a type named as text" could be read as
    // the last word only.)
    // DEFECT (likely): expected IOT1001 at lines 9 and 14; actual none (control: the same table in CloudEndpoints is found).
    [Fact]
    public Task RT60_a_cloud_resources_type_holding_hub_and_broker_secrets_is_no_text_type() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            namespace Silo.Telemetry
            {
                public static class CloudResources
                {
                    public static readonly Dictionary<string, string> Broker = new()
                    {
                        ["host"] = "silo-broker.example.net",
                        ["password"] = "Sb6-Auger-Hopper-Lid", // expect: IOT1001
                    };
                    public static readonly Dictionary<string, string> Storage = new()
                    {
                        ["account"] = "silotelemetry",
                        ["apiKey"] = "Sx2-Grain-Moisture-Probe-71", // expect: IOT1001
                    };
                }
            }
            """);

    // IOT1001: "indexer assignments (`config["Broker:Secret"] = "..."`)" are configuration built in code; the exemption is
    // for "a table inside a type named as text". A first-boot seeding method that happens to live in a class named Resources
    // writes into the device's settings store: no table of that type holds it, and the value is a password, not a caption.
    // (If the docs mean every keyed write inside such a type, the documented rule is too broad: a type's name says nothing
    // of a settings store it is handed.)
    // DEFECT: expected IOT1001 at lines 9 and 10; actual none. IsInTextTable walks from an indexer assignment or an Add call
    // in a method up to the type declaration and exempts it by the type's name; no table of the type holds the value
    // (control: the same assignment in a class named CloudEndpoints is found).
    [Fact]
    public Task RT60_settings_written_by_indexer_in_a_method_of_a_resources_type_are_judged() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            namespace Press.Firmware
            {
                public static class Resources
                {
                    public static void SeedSettings(IDictionary<string, string> settings)
                    {
                        settings["historian.user"] = "press-line-4";
                        settings["historian.password"] = "Pl4-Platen-Ejector-Pin"; // expect: IOT1001
                        settings.Add("ota.token", "Ot9-Bolster-Die-Cushion-33"); // expect: IOT1001
                    }
                }
            }
            """);

    // IOT1001: "Connection strings and URIs written anywhere (...) are reported at the literal that holds the password,
    // whatever method they are handed to"; "A table named as settings or secrets (... `ConnectionStrings`) is judged
    // wherever it is kept"; "(ConnectionStrings, SecretStrings ...: strings that are what they name)". A type named
    // HistorianStrings that holds the historian's connection strings and its password under a secret key.
    // DEFECT (documented rule): expected IOT1001 at lines 6 and 7; actual IOT1001 at line 6 only. The connection string is
    // found by the connection-string scan, but the password under "line2.db.password" in the same table is exempted as text
    // because the type's last word is "Strings"; by the docs' letter ("a table inside a type named as text (... `Strings`)")
    // that is none, which is the rule that seems wrong: one table, one entry judged and its neighbour not.
    [Fact]
    public Task RT60_a_strings_type_holding_connection_strings_and_a_password_is_judged() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class HistorianStrings
            {
                public static readonly Dictionary<string, string> Targets = new()
                {
                    ["line1"] = "Server=hist01;Database=Line1;User Id=press;Password=Hs3-Mandrel-Quench;", // expect: IOT1001
                    ["line2.db.password"] = "Hs4-Mandrel-Temper", // expect: IOT1001
                };
            }
            """);

    // IOT1001: "a table named as text (`UiStrings`, `PromptTexts`, `LoginLabels`)" is exempt; "A table named as settings or
    // secrets ... is judged". A table of what the setup wizard pre-fills into its fields (named Prefill, kept in a class
    // named SetupTexts) still ships those values: the holder's own name says values, the type's says text. The docs' order
    // ("the table's own name decides first", KeyedTextTableTests) only applies to names saying settings or secrets; a
    // pre-filled password is neither caption nor prompt. (Uncertain: the docs' rule reads the type's name here, and by it
    // this is none; the documented rule is what seems wrong.)
    // DEFECT (documented rule): expected IOT1001 at line 8; actual none. The exemption never asks whether a value looks like a
    // caption or prompt ("Or7-Pruning-Ladder-Cask" does not); a type's name alone silences every secret key in it.
    [Fact]
    public Task RT60_prefilled_wizard_values_in_a_texts_type_are_values() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class SetupTexts
            {
                public static readonly Dictionary<string, string> Titles = new() { ["wifi.psk"] = "Wi-Fi passphrase", ["mqtt.password"] = "Broker password" }; // expect: none
                public static readonly Dictionary<string, string> Prefill = new()
                {
                    ["wifi.ssid"] = "Orchard-Sensors",
                    ["wifi.psk"] = "Or7-Pruning-Ladder-Cask", // expect: IOT1001
                };
            }
            """);

    // ---------- 2. text tables: text tables that are not seen (false alarms) ----------

    // IOT1001: "one language's table of another (`["de"] = new() { ["wifi.psk"] = "WLAN-Schlüssel" }`)" gives no finding
    // (neither IOT1001 nor a template's IOT1006). Latin American Spanish and Traditional Chinese for Taiwan are language
    // tags too (es-419, zh-Hant-TW, BCP 47), and the onboarding app's catalogue holds resource identifiers of its captions.
    // DEFECT: expected none; actual IOT1006 at line 8 (the zh-Hant-TW table). IsLanguageTag accepts only 2, 5 or 7
    // characters, so a tag with script and region (10 characters) is no language and its captions are taken for templates.
    [Fact]
    public Task RT60_region_and_script_language_tags_are_languages_too() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Onboarding
            {
                private static readonly Dictionary<string, Dictionary<string, string>> Catalog = new()
                {
                    ["en"] = new() { ["wifi.psk"] = "EnterWiFiKey", ["api.token"] = "PasteAccessToken" }, // expect: none
                    ["es-419"] = new() { ["wifi.psk"] = "IngresaClaveWiFi", ["api.token"] = "PegaTokenAcceso" }, // expect: none
                    ["zh-Hant-TW"] = new() { ["wifi.psk"] = "EnterWiFiKeyTw", ["api.token"] = "PasteAccessTokenTw" }, // expect: none
                };

                public static string Caption(string language, string key) => Catalog[language][key];
            }
            """);

    // ---------- 3. sink catalogue: key-protecting passwords ----------

    // IOT1001 sinks: "`Export(X509ContentType.Pfx, password)` on a certificate or a collection". X509ContentType.Pkcs12 is
    // the same content type (the same enum value) under its other name: an export written with it protects the same key.
    [Fact]
    public Task RT60_pfx_export_written_as_x509_content_type_pkcs12_is_the_same_sink() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            public sealed class CertBackup
            {
                private const string BackupPassphrase = "Cb8-Vellum-Escrow-Lantern"; // expect: IOT1001 IOT1001
                public void Save(X509Certificate2 device, X509Certificate2Collection chain)
                {
                    File.WriteAllBytes("/data/device.p12", device.Export(X509ContentType.Pkcs12, BackupPassphrase));
                    File.WriteAllBytes("/data/chain.p12", chain.Export(X509ContentType.Pkcs12, BackupPassphrase));
                    File.WriteAllBytes("/data/device.cer", device.Export(X509ContentType.Cert)); // expect: none
                }
            }
            """);

    // IOT1001 sinks: "`ImportFromEncryptedPem`, `ImportEncryptedPkcs8PrivateKey`, `ExportEncryptedPkcs8PrivateKey`,
    // `ExportEncryptedPkcs8PrivateKeyPem` and `TryExportEncryptedPkcs8PrivateKey` on every key type", "as characters or as
    // UTF-8 bytes"; values travel through "`static readonly` fields", "`"..."u8`" and "a string's AsSpan()/AsMemory() view is
    // the string" (2f12665). A provisioning tool keeps the key passphrase as a char array field, a UTF-8 field and a span.
    // DEFECT: expected IOT1001 twice at line 8; actual once. The Span of a string's AsMemory() view
    // (ImportEncryptedPkcs8PrivateKey(WrapText.AsMemory().Span, ...)) is not read as the string (control: the static form
    // MemoryExtensions.AsSpan(WrapText) at ImportFromEncryptedPem is found).
    [Fact]
    public Task RT60_key_passphrases_held_as_char_arrays_utf8_fields_and_memory_views_reach_pkcs8_sinks() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class KeyVaultExporter
            {
                private static readonly char[] WrapChars = "Kv3-Tallow-Ferrite-Gimbal".ToCharArray(); // expect: IOT1001
                private static readonly byte[] WrapUtf8 = Encoding.UTF8.GetBytes("Kv4-Tallow-Ferrite-Gimbal"); // expect: IOT1001
                private const string WrapText = "Kv5-Tallow-Ferrite-Gimbal"; // expect: IOT1001 IOT1001
                private static readonly PbeParameters Pbe = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000);

                public string ExportPem(ECDsa key) => key.ExportEncryptedPkcs8PrivateKeyPem(WrapChars, Pbe);

                public bool TryExport(RSA key, Span<byte> destination, out int written) =>
                    key.TryExportEncryptedPkcs8PrivateKey(WrapUtf8, Pbe, destination, out written);

                public void Import(ECDiffieHellman key, byte[] blob, string pem)
                {
                    key.ImportEncryptedPkcs8PrivateKey(WrapText.AsMemory().Span, blob, out _);
                    key.ImportFromEncryptedPem(pem, MemoryExtensions.AsSpan(WrapText));
                }
            }
            """);

    // IOT1001 sinks: "the System.Security.Cryptography.Pkcs package's `Pkcs12Builder.SealWithMac` / `AddSafeContentsEncrypted`,
    // `Pkcs12SafeContents.AddShroudedKey` / `Decrypt`"; "the arguments a positional record is built with" (creations found
    // where the type is qualified by its namespace, b83b1dc). A bundle's passwords come from a positional record made by its
    // qualified name, and from a nullable record made target-typed.
    [Fact]
    public Task RT60_pkcs12_bundle_passwords_from_a_record_built_by_its_qualified_name() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography;
            using System.Security.Cryptography.Pkcs;
            namespace Kiosk.Provisioning.Config
            {
                public sealed record BundleOptions(string MacPassword, string KeyPassword);
            }
            namespace Kiosk.Provisioning
            {
                public sealed class Bundler
                {
                    private static readonly Config.BundleOptions Site = new Config.BundleOptions("Kb1-Turnstile-Mac-Seal", "Kb2-Turnstile-Key-Wrap"); // expect: IOT1001 IOT1001
                    private static readonly global::Kiosk.Provisioning.Config.BundleOptions? Spare = new("Kb3-Turnstile-Mac-Seal", "Kb4-Turnstile-Key-Wrap"); // expect: IOT1001 IOT1001

                    public byte[] Build(ECDsa key, bool spare)
                    {
                        var options = spare ? Spare! : Site;
                        var contents = new Pkcs12SafeContents();
                        var pbe = new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 2048);
                        contents.AddShroudedKey(key, options.KeyPassword, pbe);
                        var builder = new Pkcs12Builder();
                        builder.AddSafeContentsUnencrypted(contents);
                        builder.SealWithMac(options.MacPassword, HashAlgorithmName.SHA256, 2048);
                        return builder.Encode();
                    }
                }
            }
            """);

    // ---------- 4. library credential methods: characters and bytes, e-mail accounts ----------

    // IOT1001: "one named only by a short password word (`pass`, `pw`, `userPass`) beside the account it signs in, in the
    // same signature" with "an e-mail written in two words (eMail, ownerEMail, e_mail)" (807f69c); parameters that take
    // "`ReadOnlySpan<char>`, `byte[]` ...: `Login(user, text.AsSpan())`, `Login(user, Encoding.UTF8.GetBytes("..."))`". A
    // cloud portal SDK signs a gateway in with its owner's e-mail: three forms, three findings. Bytes "under a password's name
    // are a password, under another secret's name key material" (3b5f4c8).
    // DEFECT: expected IOT1001 at line 11; actual IOT1003 there (lines 6 and 10 IOT1001 as expected). The short word pw
    // beside ownerEMail is a password parameter for text and spans, but its byte[] form is judged as key material.
    [Fact]
    public Task RT60_short_password_words_beside_an_e_mail_take_text_spans_and_bytes() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Text;
            using Acme.Portal;
            public sealed class PortalEnrollment
            {
                private const string OwnerPw = "Pe6-Orchard-Trellis-Vane"; // expect: IOT1001
                public void Run(PortalClient portal)
                {
                    portal.SignIn("ops@orchard.example", OwnerPw);
                    portal.Register("ops@orchard.example", "Pe7-Orchard-Trellis-Vane".AsSpan()); // expect: IOT1001
                    portal.Enroll("ops@orchard.example", Encoding.UTF8.GetBytes("Pe8-Orchard-Trellis-Vane")); // expect: IOT1001
                }
            }
            """);

    // IOT1001: "a parameter named as a credential (a password, passphrase or PSK word, or a credential compound ...)"; names
    // that describe something else are no credential (IOT1004: "names that end in a non-secret word"). A password policy's
    // pattern, minimum length, user-visible hint and alphabet are no passwords, in character or span form; one real
    // password at a character-array login anchors the file.
    [Fact]
    public Task RT60_password_policy_pattern_hint_and_alphabet_spans_are_no_passwords() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using Acme.Auth;
            public static class KioskSecurity
            {
                public static void Apply(Client client)
                {
                    PasswordPolicy.Configure(@"^(?=.*\d)(?=.*[A-Z])(?=.*[^\w]).{12,64}$".AsSpan(), 12); // expect: none
                    PasswordPolicy.SetHint("operator", "Printed on the label inside the service door".AsSpan()); // expect: none
                    PasswordPolicy.SetCharset("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%+-".ToCharArray()); // expect: none
                    client.LoginMemory("kiosk", "Ks4-Ticket-Barrier-Cam".AsMemory()); // expect: IOT1001
                }
            }
            """);

    // ---------- 5. records through async factories ----------

    // IOT1001: "the arguments a positional record is built with"; "so are a target-typed `new(...)` whose declaration or
    // return type names the type" (c8a8060: an async Task<T> / ValueTask<T> method or local function). A broker profile
    // loader returns target-typed records from an async method behind a conditional, through a using alias of a nested type.
    [Fact]
    public Task RT60_records_returned_target_typed_from_async_methods_through_an_alias_and_a_choice() =>
        ExpectComments.AssertAsync("""
            using System.Threading.Tasks;
            using MQTTnet.Client;
            using Profile = Dairy.Settings.Profiles.Broker;
            namespace Dairy.Settings
            {
                public static class Profiles
                {
                    public sealed record Broker(string Host, string User, string Password);
                }
            }
            namespace Dairy
            {
                public sealed class MilkingUplink
                {
                    private static async ValueTask<Profile?> LoadAsync(bool parlour)
                    {
                        await Task.Yield();
                        return parlour ? new("mq.parlour.local", "parlour", "Dp1-Teat-Cup-Pulsator") : new("mq.yard.local", "yard", "Dp2-Silage-Clamp-Auger"); // expect: IOT1001 IOT1001
                    }

                    private static async Task<Settings.Profiles.Broker> FallbackAsync()
                    {
                        await Task.Delay(10);
                        return new("mq.backup.local", "backup", "Dp3-Bulk-Tank-Chiller"); // expect: IOT1001
                    }

                    public async Task<MqttClientOptions> OptionsAsync(bool parlour)
                    {
                        var p = await LoadAsync(parlour) ?? await FallbackAsync();
                        return new MqttClientOptionsBuilder().WithTcpServer(p.Host).WithCredentials(p.User, p.Password).Build();
                    }
                }
            }
            """);

    // ---------- 6. one literal, one rule ----------

    // IOT1003: "One literal, one rule: a literal that IOT1003 reports is never reported by IOT1001 too, including a constant
    // or field whose text reaches a key parameter as its bytes and a password parameter elsewhere ... IOT1003 there." The
    // rule is about which rule reports, never whether one does: each shared secret below is a hard-coded credential and
    // must be reported once. (A short shared secret, and one salted with the device id before it becomes the HMAC key.)
    [Fact]
    public Task RT60_shared_secrets_used_as_hmac_keys_and_passwords_are_each_reported_once() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;
            static class Beacon
            {
                public const string ShortSecret = "Bn!8831x"; // expect: IOT1003
                public const string SaltedSecret = "Bn-Lighthouse-Fresnel-Lamp"; // expect: IOT1001
            }
            public sealed class BeaconNode
            {
                public byte[] Sign(byte[] frame, string deviceId)
                {
                    using var a = new HMACSHA256(Encoding.UTF8.GetBytes(Beacon.ShortSecret));
                    using var b = new HMACSHA256(Encoding.UTF8.GetBytes(Beacon.SaltedSecret + deviceId));
                    return a.ComputeHash(b.ComputeHash(frame));
                }

                public NetworkCredential Login() => new NetworkCredential("beacon", Beacon.ShortSecret);
                public NetworkCredential Login2() => new NetworkCredential("beacon", Beacon.SaltedSecret);
            }
            """);

    // ---------- 7. PEM line by line ----------

    // IOT1003: "a PEM block written line by line is read whole from its header literal" (2f12665) and the header line alone
    // "kept to tell key formats apart" holds no key. Device code that opens a reverse SSH tunnel keeps its OpenSSH private key
    // as an array of lines joined at run time, and a second copy built by a StringBuilder: the key ships in both.
    // (Label on the header literal, where the docs say the block is read from.)
    // DEFECT: expected IOT1003 at lines 6 and 20 (one finding per copy); actual none. Only a `+` chain is read as one PEM
    // block (SecretTokenAnalyzer.PemChain); the header alone now holds no key, and OpenSSH body lines are not DER, so the
    // key in an array of lines or StringBuilder.AppendLine calls ships unreported (control: the same key in one raw literal
    // is IOT1003; an EC key written as an array of lines is IOT1003 at its first body line, which DER recognition finds).
    [Fact]
    public Task RT60_openssh_private_key_written_as_an_array_of_lines_or_appended_lines_is_a_key() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            public static class TunnelKeys
            {
                private static readonly string[] Lines =
                {
                    "-----BEGIN OPENSSH PRIVATE KEY-----", // expect: IOT1003
                    "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
                    "QyNTUxOQAAACAnoi/oW7bZHqeEi5XK4vpL1OY9rL/6+VH0G9kwurHJ4gAAAJCm3S2ipt0t",
                    "ogAAAAtzc2gtZWQyNTUxOQAAACAnoi/oW7bZHqeEi5XK4vpL1OY9rL/6+VH0G9kwurHJ4g",
                    "AAAEDx4XvrsvJJ+lhQz8Ym4J8Q86lcCUc0gCAdz5PjgG4SNieiL+hbttkep4SLlcri+kvU",
                    "5j2sv/r5UfQb2TC6scniAAAAB3Jvb3RAdm0BAgMEBQY=",
                    "-----END OPENSSH PRIVATE KEY-----",
                };

                public static string Key => string.Join("\n", Lines) + "\n";

                public static string Copy()
                {
                    var sb = new StringBuilder();
                    sb.AppendLine("-----BEGIN OPENSSH PRIVATE KEY-----"); // expect: IOT1003
                    sb.AppendLine("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW");
                    sb.AppendLine("QyNTUxOQAAACAnoi/oW7bZHqeEi5XK4vpL1OY9rL/6+VH0G9kwurHJ4gAAAJCm3S2ipt0t");
                    sb.AppendLine("ogAAAAtzc2gtZWQyNTUxOQAAACAnoi/oW7bZHqeEi5XK4vpL1OY9rL/6+VH0G9kwurHJ4g");
                    sb.AppendLine("AAAEDx4XvrsvJJ+lhQz8Ym4J8Q86lcCUc0gCAdz5PjgG4SNieiL+hbttkep4SLlcri+kvU");
                    sb.AppendLine("5j2sv/r5UfQb2TC6scniAAAAB3Jvb3RAdm0BAgMEBQY=");
                    sb.AppendLine("-----END OPENSSH PRIVATE KEY-----");
                    return sb.ToString();
                }
            }
            """);

    // ---------- 8. IOT1005: plain-named tables ----------

    // IOT1005: "under a plain name (`SiteWifi[serial[..2]]`), a table with a written entry that is more than letters holds
    // passwords (IOT1001 at each entry, no derivation), while a list of plain words (`{ "kato", "mirel" }`) picked by the MAC
    // or the serial makes a derived passphrase." A table of whole Wi-Fi passphrases written in letters only (camel-cased
    // words, as many sites do) picked whole by the serial's site prefix: each entry is the password, written in the code,
    // not a word a passphrase is built of. (Uncertain by the docs' wording: "a list of plain words"; the docs' example builds
    // a passphrase from several picks, here one pick is the whole password.)
    // First written without the IOT1005; by the docs' letter then (letters only = plain words = derived passphrase) the
    // sink's IOT1005 was due beside the entries' IOT1001. The rule was corrected in the twenty-ninth session: a plain word
    // is one word (lower case or capitalised), and words run together are a whole passphrase, the table's written value.
    [Fact]
    public Task RT60_letters_only_passphrases_picked_whole_by_the_serial_are_written_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using nanoFramework.Networking;
            public static class Quarry
            {
                private static readonly Dictionary<string, string> SiteWifi = new()
                {
                    ["QA"] = "GraniteCrusherConveyorBelt", // expect: IOT1001
                    ["QB"] = "LimestoneHopperWeighbridge", // expect: IOT1001
                };

                public static bool Join(string serialNumber) => WifiNetworkHelper.ConnectDhcp("Quarry", SiteWifi[serialNumber.Substring(0, 2)]); // expect: none
            }
            """);

    // IOT1005: "a list of plain words (`{ "kato", "mirel" }`) picked by the MAC or the serial makes a derived passphrase";
    // IOT1001 "each entry of a table written in the code and looked up at the sink". A passphrase made of two picks from a
    // plain-named syllable list by the MAC, and a plain-named table of real passwords with symbols picked by the serial, in
    // one class: one derivation, two written passwords, nothing more.
    [Fact]
    public Task RT60_a_syllable_list_and_a_password_table_side_by_side_keep_their_own_rules() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.NetworkInformation;
            using nanoFramework.Networking;
            public static class Vineyard
            {
                private static readonly string[] Parts = { "tavo", "reli", "mosk", "pendu" };
                private static readonly string[] Rows = { "Vy3!Trellis-Row", "Vy4!Trellis-Row" }; // expect: IOT1001 IOT1001

                public static bool JoinSetup(PhysicalAddress mac) =>
                    WifiNetworkHelper.ConnectDhcp("Vine-Setup", Parts[mac.GetAddressBytes()[4] % 4] + Parts[mac.GetAddressBytes()[5] % 4]); // expect: IOT1005

                public static bool JoinRow(string serialNumber) =>
                    WifiNetworkHelper.ConnectDhcp("Vine-Row", Rows[serialNumber[^1] % 2]);
            }
            """);
}
