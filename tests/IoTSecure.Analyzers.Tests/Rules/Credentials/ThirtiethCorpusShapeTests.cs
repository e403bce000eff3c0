using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the thirtieth unseen corpus found missing or flagged (seventeenth session), each beside its hard negatives:
/// YAML written line by line whose section header (<c>ota:</c>) stands right above a secret's line; slashed setting keys in
/// camel case (<c>snmp/v3/authPassphrase</c>); a helper's text wrapped in SNMP's <c>OctetString</c> at a sink. Labelled line by
/// line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class ThirtiethCorpusShapeTests
{
    // IOT1001: a secret line right under its YAML section (ESPHome's ota:, api: encryption:) is configuration text, as one
    // under another key's line is. Hard negatives beside it: a !secret reference under the same section, and a section
    // holding only a host.
    [Fact]
    public Task A_secret_line_right_under_its_yaml_section_is_configuration_text() =>
        ExpectComments.AssertAsync("""
            public static class StoveYaml
            {
                public static string Ota() =>
                    "ota:\n" +
                    "  password: \"Pq4-stove.Ota-81Lm\"\n"; // expect: IOT1001
                public static string Wifi() =>
                    "wifi:\n" +
                    "  password: !secret wifi_password\n"; // expect: none
                public static string Mqtt() =>
                    "mqtt:\n" +
                    "  broker: mqtt.stoves.example\n" + // expect: none
                    "  password: \"Pq5-stove.Mqtt-27Wd\"\n"; // expect: IOT1001
            }
            """);

    // IOT1004: a slashed or dotted setting key whose segments are in camel case names where a secret is kept, not a
    // secret. Beside it: a secret-named constant holding a real passphrase stays IOT1004.
    [Fact]
    public Task Camel_case_slashed_setting_keys_are_keys_and_real_passphrases_stay_findings() =>
        ExpectComments.AssertAsync("""
            public static class SubstationSettings
            {
                public const string AuthPassphraseSetting = "snmp/v3/authPassphrase"; // expect: none
                public const string PrivacyKeySetting = "snmp.v3.privKey"; // expect: none
                public const string AuthPassphrase = "Rv8-heat.Snmp-52Tx"; // expect: IOT1004
            }
            """);

    // IOT1001: the text a helper returns, wrapped in SNMP's OctetString at an SNMPv3 privacy provider, is followed as the
    // wrapped literal is. Hard negative beside it: a helper returning the environment's passphrase.
    [Fact]
    public Task A_helpers_text_wrapped_in_an_octet_string_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Security;
            public static class Substation
            {
                private static string PrivacyPassphrase() => "Rv9-heat.Priv-63Kd"; // expect: IOT1001
                private static string SparePassphrase() => Environment.GetEnvironmentVariable("SNMP_PRIV") ?? "";
                public static IPrivacyProvider Privacy(IAuthenticationProvider auth) => new AES256PrivacyProvider(new OctetString(PrivacyPassphrase()), auth);
                public static IPrivacyProvider Spare(IAuthenticationProvider auth) => new AES256PrivacyProvider(new OctetString(SparePassphrase()), auth);
            }
            """);
}
