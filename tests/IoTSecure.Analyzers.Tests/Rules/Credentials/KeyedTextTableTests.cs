using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Configuration built in code is judged under secret-named keys (IOT1001, IOT1002, IOT1006), but a table of a user
/// interface's text keyed the same way (<c>["wifi.psk"] = "Wi-Fi passphrase"</c>) holds captions and prompts for the keys,
/// not their values: a table named as text (<c>UiStrings</c>, <c>PromptTexts</c>), a table inside a type named as text
/// (<c>Localization</c>), or one language's table of another (<c>["de"] = new() { ... }</c>). Strings named for what they
/// are (<c>ConnectionStrings</c>, <c>SecretStrings</c>) and settings tables stay judged.
/// </summary>
[Collection(CostGuards.Name)]
public class KeyedTextTableTests
{
    [Fact]
    public Task Captions_of_secret_keys_in_text_tables_are_no_values() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Panel
            {
                public static readonly Dictionary<string, string> UiStrings = new()
                {
                    ["wifi.psk"] = "Wi-Fi passphrase", // expect: none
                    ["api.token"] = "Access token", // expect: none
                    ["mqtt.password"] = "Broker password", // expect: none
                };
                public static readonly Dictionary<string, Dictionary<string, string>> ByLanguage = new()
                {
                    ["pt-BR"] = new() { ["wifi.psk"] = "Senha do Wi-Fi", ["api.token"] = "Token de acesso" }, // expect: none
                    ["sv"] = new() { { "wifi.psk", "Wi-Fi-lösenord" }, { "api.token", "Åtkomsttoken" } }, // expect: none
                };
            }
            public static class Localization
            {
                public static readonly Dictionary<string, string> English = new() { ["ota.signing.key"] = "Update signing key", ["modem.sim.pin"] = "SIM PIN" }; // expect: none
            }
            """);

    [Fact]
    public Task Settings_and_connection_string_tables_stay_judged() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class FirstBoot
            {
                public static readonly Dictionary<string, string> ConnectionStrings = new()
                {
                    ["mqtt.password"] = "Hq3-Ferrule-Gasket", // expect: IOT1001
                    ["api.token"] = "changeme", // expect: IOT1002
                };
                public static readonly Dictionary<string, string> DeviceSettings = new()
                {
                    ["wifi.psk"] = "<wifi-passphrase>", // expect: IOT1006
                    ["ui.wifi.password"] = "EnterWiFiKey", // expect: IOT1006
                    ["modem.sim.pin"] = "7351", // expect: IOT1001
                };
            }
            public static class LabelStrings
            {
                // (a type named as text holding a table named as settings: the table's own name decides first)
                public static readonly Dictionary<string, string> Defaults = new() { ["mqtt.password"] = "Vq8-Kettle-Boiler" }; // expect: IOT1001
            }
            """);

    // Each script writes its own punctuation between a caption's words, without the spaces ASCII sentences put after ? and
    // !: lenticular brackets, full-width question and exclamation marks, the wave dash, guillemets, the Arabic question
    // mark, the Devanagari full stop. A value with a password's ASCII symbols in the same table is still judged.
    [Fact]
    public Task Captions_written_with_a_scripts_own_punctuation_are_text() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class ThermostatUi
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Translations = new()
                {
                    ["ja"] = new() { ["wifi.psk"] = "【必須】Wi-Fiのパスワード！", ["admin.password"] = "管理者パスワード～再入力" }, // expect: none
                    ["zh-Hant"] = new() { ["wifi.psk"] = "請輸入無線網路密碼？", ["api.token"] = "存取權杖【選填】" }, // expect: none
                    ["ko"] = new() { ["wifi.psk"] = "Wi-Fi 비밀번호를 입력하세요！", ["admin.password"] = "〈관리자〉 비밀번호" }, // expect: none
                    ["ru"] = new() { ["wifi.psk"] = "«Пароль Wi-Fi» — обязательно", ["api.token"] = "Токен доступа…" }, // expect: none
                    ["ar"] = new() { ["wifi.psk"] = "ما كلمة مرور الشبكة؟" }, // expect: none
                    ["hi"] = new() { ["wifi.psk"] = "वाई-फ़ाई पासवर्ड डालें।" }, // expect: none
                };
                public static readonly Dictionary<string, string> PromptTexts = new()
                {
                    ["wifi.psk"] = "Kiln$Gasket#Hinge", // expect: IOT1001
                    ["mqtt.password"] = "【Ferrule】Wq7-Lt2x", // expect: IOT1001
                };
            }
            """);

    // A table of tables keyed by two-letter codes is one language's text only when every key of it is a language's (a
    // fallback table beside them too) and its tables hold no bare number: a yard's access points per compass zone (ne, se
    // and sw are also language codes) write an SSID, a channel number and a passphrase in each.
    [Fact]
    public Task Zone_tables_keyed_by_codes_that_are_also_languages_stay_judged() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class OrchardAccessPoints
            {
                public static readonly Dictionary<string, Dictionary<string, string>> ByZone = new()
                {
                    ["ne"] = new() { ["ssid"] = "Orchard-NE", ["channel"] = "1", ["psk"] = "Pippin-Ladder-Cider" }, // expect: IOT1001
                    ["se"] = new() { ["ssid"] = "Orchard-SE", ["channel"] = "6", ["psk"] = "Russet-Crate-Hollow" }, // expect: IOT1001
                };
                public static readonly Dictionary<string, Dictionary<string, string>> ByRow = new()
                {
                    ["de"] = new() { ["psk"] = "Obstgarten-Leiter-Kelter" }, // expect: IOT1001
                    ["row7"] = new() { ["psk"] = "Bramley-Spade-Furrow" }, // expect: IOT1001
                };
            }
            public static class OrchardUi
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Languages = new()
                {
                    ["default"] = new() { ["wifi.psk"] = "Wi-Fi passphrase" }, // expect: none
                    ["se"] = new() { ["wifi.psk"] = "Wi-Fi-beassansátni" }, // expect: none
                    ["ne"] = new() { ["wifi.psk"] = "वाइफाइ पासवर्ड" }, // expect: none
                };
            }
            """);

    // Language tables keyed by full BCP 47 tags (variants, extensions, private use) hold text; captions written decomposed
    // (NFD) or with a Greek question mark are captions; numbers written signed or with a decimal point make a settings table.
    [Fact]
    public Task Full_language_tags_and_decomposed_captions_are_text_and_signed_numbers_are_settings() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class IrrigationUi
            {
                public static readonly Dictionary<string, Dictionary<string, string>> Locales = new()
                {
                    ["ca-ES-valencia"] = new() { ["wifi.psk"] = "Contrasenya de la xarxa" }, // expect: none
                    ["de-CH-1996"] = new() { ["wifi.psk"] = "Schlu\u0308ssel fu\u0308r das WLAN" }, // expect: none
                    ["en-US-x-kiosk"] = new() { ["wifi.psk"] = "Network passphrase" }, // expect: none
                    ["el"] = new() { ["admin.password"] = "Ξεχάσατε τον κωδικό;" }, // expect: none
                };
                public static readonly Dictionary<string, Dictionary<string, string>> RadioByCountry = new()
                {
                    ["de"] = new() { ["rssi.min"] = "-72", ["psk"] = "Bewässerung-Ventil-Regner" }, // expect: IOT1001
                    ["fr"] = new() { ["band"] = "2.4", ["psk"] = "Arrosage-Vanne-Buse" }, // expect: IOT1001
                };
            }
            public static class PanelStrings
            {
                public const string AdminPin = "Administrator PIN"; // expect: none
                public const string ServicePassword = "Service password for the installer"; // expect: none
            }
            public static class PanelDefaults
            {
                public const string ServicePassword = "Kelvin Harbour Lantern"; // expect: IOT1004
            }
            """);

    // A passphrase of plain words under a password's or a pre-shared key's key is a working password wherever the table is
    // not kept as text (IOT1004 and IOT1006 read such a value the same way); words that name a credential or carry a
    // sentence's little words are labels (a translation's, a form's), and words under an API key's key stay text.
    [Fact]
    public Task Word_passphrases_under_password_keys_are_passwords_and_labels_are_not() =>
        ExpectComments.AssertAsync("""
        using System.Collections.Generic;
        public static class Greenhouse
        {
            public static readonly Dictionary<string, string> Broker = new()
            {
                ["wifi.ssid"] = "Greenhouse-2",
                ["wifi.psk"] = "correct horse battery staple", // expect: IOT1001
                ["wifi.password"] = "correct-horse-battery-staple", // expect: IOT1001
                ["ota.password"] = "orchard lantern copper meadow", // expect: IOT1001
                ["mqtt.psk"] = "Orchard Lantern Copper Meadow", // expect: IOT1001
                ["api.key"] = "weather forecast service", // expect: none
                ["mqtt.password"] = "Hq3-Ferrule-Gasket", // expect: IOT1001
            };
            public static readonly Dictionary<string, string> Fields = new()
            {
                ["wifi.psk"] = "Wachtwoord voor wifi", // expect: none
                ["admin.password"] = "Enter the new passcode", // expect: none
                ["mqtt.password"] = "Broker password", // expect: IOT1006
                ["ota.password"] = "Clave de acceso", // expect: none
                ["cloud.password"] = "Passwort", // expect: none
            };
        }
        """);

    // A pre-shared key written out (Wifi:PreSharedKey) is a psk's key, whatever its value's shape.
    [Fact]
    public Task A_pre_shared_key_written_out_is_a_psk_key() =>
        ExpectComments.AssertAsync("""
        using System.Collections.Generic;
        public static class Hostapd
        {
            public static Dictionary<string, string> Build(string site) => new()
            {
                ["Wifi:PreSharedKey"] = "Hq3-Ferrule-Gasket-x7", // expect: IOT1001
                ["Wifi:Psk"] = "heron tundra bracken quill", // expect: IOT1001
                ["Wifi:PreSharedKey"] = "heron-tundra-bracken-quill", // expect: IOT1001
            };
        }
        """);
}
