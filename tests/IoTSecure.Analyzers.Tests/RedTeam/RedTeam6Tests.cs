using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 6: findings on today's detections (library members named as secrets, every written choice at a sink and the
/// private helpers behind it, written connection strings and JSON text, AT commands, tables named as defaults, PIN
/// comparisons, IOT1005 returns). Every test here failed on the code it was written against; each says what it shows
/// and why the tool was wrong.
/// </summary>
public class RedTeam6Tests
{
    /// <summary>Library types as a device team receives them (metadata): cloud SDK requests, options and credentials.</summary>
    private const string Library = """
        namespace Aws.Rds { public class ExecuteStatementRequest { public string ResourceArn { get; set; } public string SecretArn { get; set; } public string Sql { get; set; } } }
        namespace Aws.IoTJobs { public class StartJobRequest { public string JobId { get; set; } public string ClientToken { get; set; } public string IdempotencyToken { get; set; } } }
        namespace Cloud.Sdk
        {
            public class SecretReference { public string SecretName { get; set; } public string SecretVersion { get; set; } }
            public class AuthOptions { public string TokenEncoding { get; set; } public string PasswordComplexity { get; set; } public string PasswordEncoding { get; set; } public string TokenHost { get; set; } }
            public class SensorBoard { public string DataPin { get; set; } public string Pin { get; set; } }
            public class PushMessage { public string DeviceToken { get; set; } public string Body { get; set; } }
            public class KeyVaultCredential { public KeyVaultCredential(string vaultUri, string secretName, string secretVersion) { } }
            public class OAuthClientCredentials { public OAuthClientCredentials(string clientId, string clientSecret, string tokenHost) { } }
            public class MqttBroker { public void Publish(string topic, string payload) { } }
        }
        """;

    // ================================================================ false alarms: library members named as secrets

    /// <summary>
    /// FALSE ALARM. The RDS Data API (and Secrets Manager-backed clients generally) take the ARN that *identifies* the
    /// secret, `SecretArn`. It is a public resource name, yet every gateway writing telemetry through the Data API gets
    /// IOT1001 "Hard-coded password reaches 'ExecuteStatementRequest.SecretArn'". The secret is exactly what is not in code.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_library_SecretArn_is_the_name_of_a_secret_not_a_secret()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Aws.Rds;
            class Telemetry
            {
                object Insert() => new ExecuteStatementRequest
                {
                    ResourceArn = "arn:aws:rds:eu-west-1:123456789012:cluster:telemetry",
                    SecretArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:telemetry-db-AbC1x9", // expect: none
                    Sql = "insert into readings values (1)",
                };
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM. AWS requests carry a `ClientToken` / `IdempotencyToken`: a caller-chosen correlation string so a
    /// retried request is not applied twice (AWS IoT Jobs, shadows). It authenticates nothing; IOT1001 reports both as
    /// "Hard-coded password reaches 'StartJobRequest.ClientToken'".
    /// </summary>
    [Fact]
    public async Task FalseAlarm_library_idempotency_ClientToken_is_no_credential()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Aws.IoTJobs;
            class Ota
            {
                object Start() => new StartJobRequest
                {
                    JobId = "fw-1.4.2",
                    ClientToken = "ota-rollout-2024-03", // expect: none
                    IdempotencyToken = "reboot-42a7", // expect: none
                };
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM. A Key Vault secret *version* (a 32-hex identifier, or "latest") says which version of a named secret
    /// to fetch. `SecretVersion` (property) and `secretVersion` (a ...Credential constructor's parameter) are secret-named
    /// by the word "secret", so a version pin is reported as a hard-coded password (IOT1001), four times.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_library_secret_version_identifiers()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Cloud.Sdk;
            class Vault
            {
                object A() => new SecretReference { SecretName = "wifi-psk", SecretVersion = "3f2a6c9e7b8d4e1fa0b2c3d4e5f60718" }; // expect: none
                object B() => new KeyVaultCredential("https://greenhouse.vault.azure.net", "wifi-psk", "3f2a6c9e7b8d4e1fa0b2c3d4e5f60718"); // expect: none
                object C() => new KeyVaultCredential("https://greenhouse.vault.azure.net", "wifi-psk", "latest"); // expect: none
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM. Settings *about* tokens and passwords on a library's options type: the token's encoding, the password
    /// encoding, a complexity level. "Encoding" and "Complexity" are not among the non-secret last words, so "base64url",
    /// "utf-8" and "High" are each IOT1001 at 'AuthOptions.TokenEncoding' etc.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_library_settings_about_tokens_and_passwords()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Cloud.Sdk;
            class Auth
            {
                void Configure(AuthOptions auth)
                {
                    auth.TokenEncoding = "base64url"; // expect: none
                    auth.PasswordEncoding = "utf-8"; // expect: none
                    auth.PasswordComplexity = "High"; // expect: none
                }
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM. The host of a token endpoint (`TokenHost`, `tokenHost` of a ...Credentials constructor) is a public DNS
    /// name. It is reported as a password at the library member (IOT1001, or IOT1006 when the host holds "example").
    /// </summary>
    [Fact]
    public async Task FalseAlarm_library_token_endpoint_host()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Cloud.Sdk;
            class Auth
            {
                void Configure(AuthOptions auth) => auth.TokenHost = "login.microsoftonline.com"; // expect: none
                object Client(string id, string secret) => new OAuthClientCredentials(id, secret, "login.microsoftonline.com"); // expect: none
                object Sample(string id, string secret) => new OAuthClientCredentials(id, secret, "login.example-iot.com"); // expect: none
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM. Board-support libraries name GPIO pins as strings ("GPIO4", "D5"). `SecretNames.IsPasswordName` counts
    /// a bare "pin" as a password word, so a string property `DataPin` / `Pin` of a library type is a password sink and
    /// the pin name is IOT1001. The numeric-PIN rule already knows a bare pin is GPIO in device code; the by-name sink does not.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_library_gpio_pin_name_properties()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Cloud.Sdk;
            class Board
            {
                void Wire(SensorBoard board)
                {
                    board.DataPin = "GPIO4"; // expect: none
                    board.Pin = "D5"; // expect: none
                }
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM. An APNs/FCM device token is the push *address* of a phone, handed to the push service with every
    /// message; it grants nothing. A gateway that notifies one installer's phone gets IOT1001 at 'PushMessage.DeviceToken'.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_library_push_DeviceToken_is_an_address()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Cloud.Sdk;
            class Notify
            {
                object Door() => new PushMessage { DeviceToken = "a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90", Body = "Door open" }; // expect: none
            }
            """);
    }

    // ================================================================ false alarms: written choices and private helpers

    /// <summary>
    /// FALSE ALARM. A provisioning helper applies key/value settings with a switch on the key; only the "password" case
    /// reaches the Wi-Fi password sink. The helper's callers are followed path-insensitively, so the SSID
    /// "Greenhouse-North-2" and the broker host "mqtt.greenhouse.lan" are each reported as a hard-coded password reaching
    /// 'Wireless80211Configuration.Password' (two IOT1001), while the real password comes from storage.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_private_setter_helper_values_for_other_keys()
    {
        await ExpectComments.AssertAsync("""
            using System.Net.NetworkInformation;
            class Provisioning
            {
                private readonly Wireless80211Configuration _wifi = new();
                private string _host;
                private void Apply(string key, string value)
                {
                    switch (key)
                    {
                        case "ssid": _wifi.Ssid = value; break;
                        case "password": _wifi.Password = value; break;
                        case "host": _host = value; break;
                    }
                }
                public void LoadDefaults(string storedPassword)
                {
                    Apply("ssid", "Greenhouse-North-2"); // expect: none
                    Apply("host", "mqtt.greenhouse.lan"); // expect: none
                    Apply("password", storedPassword);
                }
            }
            """);
    }

    // ================================================================ false alarms: tables named as defaults

    /// <summary>
    /// FALSE ALARM (IOT1002). Tables of default *settings* named like every firmware names them (DisplayDefaults,
    /// AccountDefaults, SensorDefaults) hold words that happen to be on the default-password list: a theme "default", a
    /// role "user", a profile "default", an access level "guest". Each is "Universal default password is paired with the
    /// user name 'theme'". The table's name says defaults, not credentials; its keys say settings.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_settings_tables_named_defaults()
    {
        await ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            class Settings
            {
                static readonly Dictionary<string, string> DisplayDefaults = new()
                {
                    ["theme"] = "default", // expect: none
                    ["brightness"] = "80",
                };
                static readonly Dictionary<string, string> AccountDefaults = new()
                {
                    ["role"] = "user", // expect: none
                    ["landing"] = "/dashboard",
                };
                static readonly (string Key, string Value)[] SensorDefaults = { ("unit", "C"), ("profile", "default"), ("access", "guest") }; // expect: none
            }
            """);
    }

    /// <summary>FALSE ALARM (IOT1002). `DefaultPorts` maps protocols to port numbers; the debug port 1234 is "a universal default password paired with the user name 'debug'".</summary>
    [Fact]
    public async Task FalseAlarm_DefaultPorts_table()
    {
        await ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            class Ports
            {
                static readonly Dictionary<string, string> DefaultPorts = new()
                {
                    ["modbus"] = "502",
                    ["debug"] = "1234", // expect: none
                    ["mqtt"] = "1883",
                };
            }
            """);
    }

    // ================================================================ false alarms: PIN comparisons

    /// <summary>
    /// FALSE ALARM (IOT1002). DIP switches and GPIO masks are read as bit strings; "0000" (factory mode) and "1111" (all
    /// on) are on the default-PIN list, and `dipPins` / `pinMask` contain the word "pin", so each comparison is "Universal
    /// default password is compared with the received credential 'dipPins'". The commit says a PIN-named value compared
    /// with anything but a listed default may be hardware; these listed defaults are hardware too.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_dip_switch_and_gpio_mask_bit_strings()
    {
        await ExpectComments.AssertAsync("""
            class Dip
            {
                static string ReadDip() => System.Environment.GetEnvironmentVariable("DIP");
                void Check()
                {
                    var dipPins = ReadDip();
                    if (dipPins == "0000") FactoryMode(); // expect: none
                    string pinMask = ReadDip();
                    if (pinMask == "1111") AllOn(); // expect: none
                }
                void FactoryMode() { }
                void AllOn() { }
            }
            """);
    }

    // ================================================================ false alarms: IOT1005 returns

    /// <summary>
    /// FALSE ALARM (IOT1005). AWS IoT shadow and job messages carry a `clientToken` to match a response to its request;
    /// a device builds it from its thing name and a sequence number. `DeviceKey(deviceId)` builds a dictionary/cache key;
    /// `IdempotencyToken` a retry key. All three are "Per-device password returned by ... is derived from a counter / a
    /// device identifier / the clock". None is a password.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_IOT1005_correlation_tokens_and_lookup_keys_returned()
    {
        await ExpectComments.AssertAsync("""
            using System;
            class Shadow
            {
                private int _sequence;
                private readonly string _thingName = Environment.GetEnvironmentVariable("THING");
                private readonly string DeviceId = Environment.GetEnvironmentVariable("DEVICE_ID");
                public string ClientToken() => $"{_thingName}-{_sequence++}"; // expect: none
                public string DeviceKey(string deviceId) => "device:" + deviceId; // expect: none
                public string IdempotencyToken => DeviceId + "-" + DateTime.UtcNow.Ticks; // expect: none
            }
            """);
    }

    /// <summary>FALSE ALARM (IOT1005). A timestamp put into a token request (`tokenTimestamp`) is "a per-device password derived from the clock".</summary>
    [Fact]
    public async Task FalseAlarm_IOT1005_token_timestamp()
    {
        await ExpectComments.AssertAsync("""
            using System;
            class TokenRequest
            {
                public string Stamp()
                {
                    string tokenTimestamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss"); // expect: none
                    return tokenTimestamp;
                }
            }
            """);
    }

    // ================================================================ false alarms: JSON text

    /// <summary>
    /// FALSE ALARM. The AWS IoT Device Shadow update every AWS device publishes holds `"clientToken"`: a correlation
    /// string echoed in the response. Read "as the gate reads files", the member is secret-named and its value is IOT1001
    /// "written in configuration text, stored under the key 'clientToken'".
    /// </summary>
    [Fact]
    public async Task FalseAlarm_shadow_update_json_clientToken()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Cloud.Sdk;
            class ShadowJson
            {
                void Report(MqttBroker b)
                {
                    b.Publish("$aws/things/greenhouse-7/shadow/update", "{\"state\":{\"reported\":{\"temp\":21.5}},\"clientToken\":\"greenhouse-7-boot\"}"); // expect: none
                    b.Publish("$aws/things/greenhouse-7/jobs/fw-142/update", "{\"status\":\"IN_PROGRESS\",\"clientToken\":\"c7f3a91e\"}"); // expect: none
                }
            }
            """);
    }

    // ================================================================ misses

    /// <summary>
    /// MISS. JSON text is read only when it is one plain literal. Firmware without a serializer builds its provisioning
    /// payload with the SSID interpolated or concatenated, and the Wi-Fi password written beside it; neither is found
    /// (the plain literal on the last line is).
    /// </summary>
    [Fact(Skip = "Known gap, red team 6: JSON text is read only when it is one literal")]
    public async Task Miss_json_text_with_interpolated_or_concatenated_values()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Cloud.Sdk;
            class Provision
            {
                void Send(MqttBroker b, string ssid)
                {
                    b.Publish("prov", $"{{\"ssid\":\"{ssid}\",\"password\":\"Gr33nh0use!Net\"}}"); // expect: IOT1001
                    b.Publish("prov", "{\"ssid\":\"" + ssid + "\",\"password\":\"Gr33nh0use!Net2\"}"); // expect: IOT1001
                    b.Publish("prov", "{\"ssid\":\"Greenhouse\",\"password\":\"Gr33nh0use!Net3\"}"); // expect: IOT1001
                }
            }
            """);
    }

    /// <summary>
    /// MISS. A StringBuilder append chain is read with one depth step per Append and gives up past 8: the ordinary
    /// Server/Database/User Id/Password chain (9 appends) is not read, while the same chain with 5 appends is found.
    /// </summary>
    [Fact]
    public async Task Miss_stringbuilder_append_chain_of_nine()
    {
        await ExpectComments.AssertAsync("""
            using System.Text;
            class Db
            {
                string Build(string host, string db, string user)
                {
                    var sb = new StringBuilder();
                    sb.Append("Server=").Append(host).Append(";Database=").Append(db).Append(";User Id=").Append(user).Append(";Password=").Append("Gr33nh0use!Db").Append(";"); // expect: IOT1001
                    return sb.ToString();
                }
            }
            """);
    }

    /// <summary>
    /// MISS, order-dependent. `SyntacticValues.CallersMayPassText` caches its answer per helper and parameter, but the
    /// answer depends on how deep the question was asked. Here A's sink is screened first (A is declared first): it asks
    /// about B's parameter at depth 1, which cannot look past C and caches "no written text". B's own sink, two levels
    /// from the literal (within the documented two), then reads the poisoned cache and is never judged. Declare A after B
    /// and both are found.
    /// </summary>
    [Fact]
    public async Task Miss_two_level_helper_hidden_by_screen_cache_order()
    {
        await ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            class Levels
            {
                private void A(string psk) => WifiNetworkHelper.ConnectDhcp("net-a", psk);
                private void B(string password) { WifiNetworkHelper.ConnectDhcp("net-b", password); A(password); }
                private void C(string wifiPassword) => B(wifiPassword); // (helpers are followed for secret-named parameters only)
                public void Main() => C("Gr33nh0use!Lvl"); // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// MISS. A private helper of a partial class called from another part (another file: Gateway.Network.cs and
    /// Gateway.cs, as teams split device classes). The syntactic screen looks for callers only in the helper's own
    /// type declaration, so the password passed from the other part is never judged.
    /// </summary>
    [Fact]
    public async Task Miss_private_helper_called_from_another_partial_part()
    {
        await ExpectComments.AssertAsync(
            """
            using nanoFramework.Networking;
            partial class Gateway
            {
                private void JoinNetwork(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
            }
            """,
            """
            partial class Gateway
            {
                public void Start() => JoinNetwork("Greenhouse", "Gr33nh0use!Wifi"); // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// MISS. A private helper whose password parameter has a default (`string password = null`, so open networks can omit
    /// it): only the default is judged; the callers' values are not followed (the helper case requires
    /// HasExplicitDefaultValue == false), so the written password is missed.
    /// </summary>
    [Fact]
    public async Task Miss_private_helper_with_optional_password_parameter()
    {
        await ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            class Net
            {
                private static bool ConnectWifi(string ssid, string password = null) => WifiNetworkHelper.ConnectDhcp(ssid, password);
                public void Start() => ConnectWifi("Greenhouse", "Gr33nh0use!Wifi"); // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// MISS. A private Connect helper called for each of 18 sites (17 passwords from storage, one fallback written in the
    /// code). Past 16 call sites the helper counts as "called from everywhere" and none of its callers is followed, so
    /// the one hard-coded fallback is missed. One more site silences every finding through the helper.
    /// </summary>
    [Fact]
    public async Task Miss_private_helper_with_more_than_sixteen_call_sites()
    {
        var cases = string.Join("\n", Enumerable.Range(0, 17).Select(i => $"            case {i}: Connect(\"Site{i}\", Read({i})); break;"));
        await ExpectComments.AssertAsync($$"""
            using nanoFramework.Networking;
            class Net
            {
                private static bool Connect(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
                public void Start(int site)
                {
                    switch (site)
                    {
            {{cases}}
                        default: Connect("Greenhouse", "Gr33nh0use!Wifi"); break; // expect: IOT1001
                    }
                }
                static string Read(int i) => System.Environment.GetEnvironmentVariable("P" + i);
            }
            """);
    }

    // ================================================================ slowness

    /// <summary>
    /// SLOW. `WrittenConnectionStrings.AtSecretValuePosition` rebuilds the text so far and runs ModemCommandSoFar
    /// (`\bAT\+(CPIN|...)\s*=[^\r\n]*$`, no timeout) at every hole after '=', ',' or '"'. After a line break every earlier
    /// AT+CPIN= on the first line is tried and scanned to its end: quadratic in the holes and cubic-ish overall. A
    /// generated modem script of ~1650 interpolations takes ~6 s (the same script with AT+CGMI, which the regex does not name, ~0.7 s).
    /// </summary>
    [Fact(Skip = "Known gap, red team 6: a generated string of ~1,650 interpolated AT commands still takes 2-4 s (realistic scripts: under 0.5 s)")]
    public async Task Slow_generated_at_script_with_many_interpolations()
    {
        var script = string.Concat(Enumerable.Repeat("AT+CPIN={v},", 1500)) + "\\r\\n" + string.Concat(Enumerable.Repeat("AT+CPIN={v}=", 150));
        var source = "class Modem { void Init(System.Action<string> send, string v) { send($\"" + script + "\"); } }";
        var compilation = AnalyzerRunner.Compile(new[] { source });
        var watch = Stopwatch.StartNew();
        await AnalyzerRunner.RunAsync(compilation);
        watch.Stop();
        Assert.True(watch.ElapsedMilliseconds < 2000, $"analysis took {watch.ElapsedMilliseconds} ms");
    }
}
