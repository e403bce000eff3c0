using System;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 30: the changes since 840a4f5 (the sixteenth session and the twenty-seventh corpus's kinds). Awaited and
/// null-conditional helpers followed to their written value, tuples deconstructed with element types, after await or into
/// variables declared before, getters choosing a fallback with statements, a secret's display and a table's head word,
/// numeric PINs from a Bluetooth address's number, streamed unkeyed hashes and HMACs keyed with public data, dotted and
/// slashed setting keys, numbered alarm conditions under code names, StorageCredentials' key value, an OTP model's drawn
/// number, and disarm, duress, override and master codes; in the spellings device code uses beside the ones the session
/// tested. About half of the tests are hard negatives. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam30Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam30Tests(ITestOutputHelper output) => _out = output;

    // 32feet.NET's BluetoothAddress with its own renderings.
    private const string BluetoothLibrary = """
        namespace InTheHand.Net
        {
            public sealed class BluetoothAddress
            {
                public static BluetoothAddress Parse(string s) => new BluetoothAddress();
                public long ToInt64() => 0;
                public ulong ToUInt64() => 0;
                public byte[] ToByteArray() => new byte[6];
            }
        }
        """;

    private const string AzureStorage = """
        namespace Microsoft.WindowsAzure.Storage.Auth
        {
            public sealed class StorageCredentials
            {
                public StorageCredentials(string sasToken) { }
                public StorageCredentials(string accountName, string keyValue) { }
                public StorageCredentials(string accountName, byte[] keyValue) { }
                public StorageCredentials(string accountName, string keyValue, string keyName) { }
            }
        }
        """;

    private static readonly string[] BluetoothLib = { BluetoothLibrary };

    private static readonly string[] StorageLib = { AzureStorage };

    // ---------- 1. awaited and null-conditional helpers ----------

    // IOT1001 (sixteenth session): "a helper is followed when awaited (`await vault.UploadTokenAsync()` of an `async
    // Task<string>` method returning a written token, a helper returning `Task.FromResult("...")` or
    // `ValueTask.FromResult("...")`, with or without `.ConfigureAwait(false)`)". The ValueTask spellings device code writes
    // on hot paths: `ValueTask.FromResult` awaited with ConfigureAwait, and an `async ValueTask<string>` method.
    [Fact]
    public Task RT30_value_task_helpers_returning_a_written_secret_reach_the_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class KilnSecrets
            {
                public static ValueTask<string> FeedTokenAsync() => ValueTask.FromResult("Vt1-kiln.Feed-83Qw2Lz"); // expect: IOT1001
                public static async ValueTask<string> BrokerPasswordAsync() { await Task.Yield(); return "Vt2-kiln.Broker-27"; } // expect: IOT1001
            }
            public static class KilnUplink
            {
                public static async Task Connect(HttpClient http, MqttClient mqtt)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await KilnSecrets.FeedTokenAsync().ConfigureAwait(false));
                    mqtt.Connect("kiln-4", "kiln", await KilnSecrets.BrokerPasswordAsync());
                }
            }
            """);

    // IOT1001 (sixteenth session): a helper is followed when awaited; the value "a helper returning `Task.FromResult("...")`"
    // completes with. The completed-task spelling `new ValueTask<string>("...")` (the ValueTask constructor taking the
    // result) is the same written token.
    [Fact]
    public Task RT30_a_helper_returning_a_new_value_task_of_a_written_token_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            public static class KilnSecrets
            {
                public static ValueTask<string> FeedTokenAsync() => new ValueTask<string>("Vt3-kiln.Feed-51Rx8Nm"); // expect: IOT1001
            }
            public static class KilnUplink
            {
                public static async Task Authorize(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await KilnSecrets.FeedTokenAsync());
            }
            """);

    // IOT1001 (sixteenth session): "an `async Task<string>` method returning a written token" is followed when awaited. The
    // token computed on the thread pool (`Task.Run(() => "...")`) is written in the helper all the same.
    [Fact]
    public Task RT30_a_helper_returning_task_run_of_a_written_token_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class KilnSecrets
            {
                public static Task<string> ApiKeyAsync() => Task.Run(() => "Vt4-kiln.Api-62Kd9Pw"); // expect: IOT1001
            }
            public static class KilnUplink
            {
                public static async Task Authorize(HttpClient http) => http.DefaultRequestHeaders.Add("X-API-Key", await KilnSecrets.ApiKeyAsync());
            }
            """);

    // IOT1001 (sixteenth session): a helper is followed when awaited. The awaited token first held in a local (`var token =
    // await ...ConfigureAwait(false);`) and then given to the sink, as the await is usually written on its own line.
    [Fact]
    public Task RT30_an_awaited_helpers_token_held_in_a_local_reaches_the_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class DryerSecrets
            {
                public static Task<string> TokenAsync() => Task.FromResult("Vt5-dryer.Tok-38Lm1Qz"); // expect: IOT1001
            #pragma warning disable CS1998
                public static async Task<string> PasswordAsync() { return "Vt6-dryer.Pw-94"; } // expect: IOT1001
            #pragma warning restore CS1998
            }
            public static class DryerUplink
            {
                public static async Task Connect(HttpClient http, MqttClient mqtt)
                {
                    var token = await DryerSecrets.TokenAsync().ConfigureAwait(false);
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    var password = await DryerSecrets.PasswordAsync();
                    mqtt.Connect("dryer-2", "dryer", password);
                }
            }
            """);

    // IOT1001 (sixteenth session): a helper is followed "when called null-conditionally (`_secrets?.FeedToken() ?? ""`)".
    // Without the coalesce, under the null-forgiving operator (`_secrets?.FeedToken()!`), and through a chain of optional
    // objects (`_rig?.Secrets?.BrokerPassword()`).
    [Fact]
    public Task RT30_null_conditional_helpers_with_a_bang_and_through_a_chain_reach_the_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Secrets
            {
                public string FeedToken() => "Vt7-silo.Feed-19Wq4Rz"; // expect: IOT1001
                public string BrokerPassword() => "Vt8-silo.Broker-66"; // expect: IOT1001
            }
            public sealed class Rig { public Secrets? Secrets { get; set; } }
            public sealed class SiloUplink
            {
                private readonly Secrets? _secrets;
                private readonly Rig? _rig;
                public SiloUplink(Secrets? secrets, Rig? rig) { _secrets = secrets; _rig = rig; }
                public void Authorize(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _secrets?.FeedToken()!);
                public void Connect(MqttClient mqtt) => mqtt.Connect("silo-1", "silo", _rig?.Secrets?.BrokerPassword() ?? "");
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... configuration keys and environment variable names (`"Mqtt:Password"`,
    // `"MQTT_PASSWORD"`)"; "values from parameters, the environment, `IConfiguration`". Awaited helpers completing with a
    // setting's key, a variable's name and a host, used to look the secret up at run time; and "placeholders such as
    // `"<your-wifi-password>"` ([IOT1006](IOT1006.md) is the rule for those)": an awaited placeholder is IOT1006 only.
    [Fact]
    public Task RT30_awaited_helpers_completing_with_keys_variable_names_and_hosts_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Names
            {
                public static Task<string> PasswordKeyAsync() => Task.FromResult("Mqtt:Password"); // expect: none
                public static ValueTask<string> TokenVariableAsync() => ValueTask.FromResult("FEED_TOKEN"); // expect: none
            #pragma warning disable CS1998
                public static async Task<string> BrokerHostAsync() { return "broker.kiln.example"; } // expect: none
            #pragma warning restore CS1998
                public static Task<string> ApiKeyAsync() => Task.FromResult("<YOUR_KILN_API_KEY>"); // expect: IOT1006
            }
            public static class KilnUplink
            {
                public static async Task Connect(HttpClient http, IReadOnlyDictionary<string, string> cfg)
                {
                    var mqtt = new MqttClient(await Names.BrokerHostAsync());
                    mqtt.Connect("kiln-9", "kiln", cfg[await Names.PasswordKeyAsync().ConfigureAwait(false)]);
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable(await Names.TokenVariableAsync()) ?? "");
                    http.DefaultRequestHeaders.Add("X-API-Key", await Names.ApiKeyAsync());
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings; values from parameters, the environment, `IConfiguration`, a
    // vault or a file". Awaited and null-conditional helpers whose values are read at run time: a file, the environment,
    // and a vault lookup whose miss is an empty string.
    [Fact]
    public Task RT30_awaited_and_null_conditional_helpers_reading_files_the_environment_and_a_vault_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Vault
            {
                private readonly Dictionary<string, string> _store = new();
                public string Secret(string name) => _store.TryGetValue(name, out var v) ? v : "";
                public Task<string> TokenAsync() => File.ReadAllTextAsync("/run/secrets/feed_token");
                public string BrokerPassword() => Environment.GetEnvironmentVariable("BROKER_PASSWORD") ?? string.Empty;
            }
            public sealed class SiloUplink
            {
                private readonly Vault? _vault;
                public SiloUplink(Vault? vault) => _vault = vault;
                public async Task Connect(HttpClient http, MqttClient mqtt)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await (_vault?.TokenAsync() ?? Task.FromResult("")));
                    mqtt.Connect("silo-2", "silo", _vault?.BrokerPassword() ?? "");
                    http.DefaultRequestHeaders.Add("X-API-Key", _vault?.Secret("silo-api-key") ?? "");
                }
            }
            """);

    // ---------- 2. tuples deconstructed ----------

    // IOT1001 (sixteenth session): "Keys held in tuples are followed however the tuple is deconstructed". A nested
    // deconstruction (`var ((host, id), key) = Rig();`) of a helper returning a tuple of a tuple and a key.
    [Fact]
    public Task RT30_a_hub_key_in_a_nested_deconstruction_is_held() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public static class BenchRig
            {
                private static ((string Host, string DeviceId) Where, string Key) Rig() => (("rig.azure-devices.net", "rig-61"), "Tn1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                public static DeviceClient Open()
                {
                    var ((host, id), key) = Rig();
                    return DeviceClient.Create(host, new DeviceAuthenticationWithRegistrySymmetricKey(id, key));
                }
            }
            """);

    // IOT1001 (sixteenth session): keys in tuples are followed "after an `await` (`var (id, key) = await LabAsync();`)", and
    // a helper is followed "with or without `.ConfigureAwait(false)`"; a helper returning `Task.FromResult(...)` is followed.
    // The tuple completed by `Task.FromResult((...))` deconstructed after a plain await, and an async helper's tuple
    // deconstructed after an await with ConfigureAwait.
    [Fact]
    public Task RT30_hub_keys_from_task_from_result_and_after_configure_await_deconstructed_are_held() =>
        ExpectComments.AssertAsync("""
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            public static class Provisioning
            {
                private static Task<(string DeviceId, string Key)> LabAsync() => Task.FromResult(("lab-62", "Tn2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts=")); // expect: IOT1001
            #pragma warning disable CS1998
                private static async Task<(string DeviceId, string Key)> BenchAsync() { return ("bench-65", "Tn5Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); } // expect: IOT1001
            #pragma warning restore CS1998
                public static async Task<IAuthenticationMethod> Lab()
                {
                    var (id, key) = await LabAsync();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
                public static async Task<IAuthenticationMethod> Bench()
                {
                    var (id, key) = await BenchAsync().ConfigureAwait(false);
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
            }
            """);

    // IOT1001 (sixteenth session): keys in tuples are followed "with element types written out (`(string id, string key) =
    // Bench();`)" and "after an `await`". Both at once, from an instance helper of the class called through `this`.
    [Fact]
    public Task RT30_a_typed_deconstruction_after_await_of_a_this_helper_is_held() =>
        ExpectComments.AssertAsync("""
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            public sealed class Provisioning
            {
            #pragma warning disable CS1998
                private async Task<(string DeviceId, string Key)> BenchAsync() { return ("bench-63", "Tn3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); } // expect: IOT1001
            #pragma warning restore CS1998
                public async Task<IAuthenticationMethod> Auth()
                {
                    (string id, string key) = await this.BenchAsync();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
            }
            """);

    // IOT1001 (sixteenth session): keys in tuples are followed "into variables declared before (`string id, key; (id, key)
    // = Spare();`)". The variables declared before are the class's fields, as a constructor fills them.
    [Fact]
    public Task RT30_a_hub_key_deconstructed_into_fields_in_the_constructor_is_held() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public sealed class SpareUnit
            {
                private readonly string _id;
                private readonly string _key;
                private static (string DeviceId, string Key) Spare() => ("spare-64", "Tn4Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                public SpareUnit() => (_id, _key) = Spare();
                public IAuthenticationMethod Auth() => new DeviceAuthenticationWithRegistrySymmetricKey(_id, _key);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration` ...;
    // configuration keys and environment variable names". Tuples deconstructed in the session's spellings (typed, after
    // await, into variables declared before) that hold hosts, ids and the names of the variables holding the keys.
    [Fact]
    public Task RT30_tuples_of_hosts_ids_and_variable_names_deconstructed_every_way_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            public static class Showroom
            {
                private static (string Host, string KeyVariable) Rig() => ("showroom.azure-devices.net", "SHOWROOM_HUB_KEY"); // expect: none
                private static Task<(string DeviceId, string KeySetting)> LabAsync() => Task.FromResult(("lab-71", "hub:lab:key")); // expect: none
                private static (string DeviceId, string KeyPath) Spare() => ("spare-72", "/etc/hub/spare.key"); // expect: none
                public static async Task<IAuthenticationMethod> Auth(IReadOnlyDictionary<string, string> cfg)
                {
                    (string host, string keyVariable) = Rig();
                    var (labId, keySetting) = await LabAsync();
                    string spareId, keyPath;
                    (spareId, keyPath) = Spare();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(labId + spareId + host, (Environment.GetEnvironmentVariable(keyVariable) ?? "") + cfg[keySetting] + System.IO.File.ReadAllText(keyPath));
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment". A login deconstructed into
    // variables declared before from a tuple of run-time values (arguments and the environment), and from a helper that
    // reads them: nothing is written in the code.
    [Fact]
    public Task RT30_logins_deconstructed_into_variables_declared_before_from_run_time_values_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public static class Login
            {
                private static (string User, string Password) FromEnvironment() => (Environment.UserName, Environment.GetEnvironmentVariable("BROKER_PASSWORD") ?? "");
                public static NetworkCredential FromArgs(string[] args)
                {
                    string user, password;
                    (user, password) = (args[0], args[1]);
                    return new NetworkCredential(user, password);
                }
                public static void Connect(MqttClient mqtt)
                {
                    string user, password;
                    (user, password) = FromEnvironment();
                    mqtt.Connect("press-3", user, password);
                }
            }
            """);

    // ---------- 3. getters choosing a fallback with statements ----------

    // IOT1001 (sixteenth session): "A getter that chooses a written fallback with statements (`get { if
    // (string.IsNullOrEmpty(_token)) return "..."; return _token; }`) keeps it beside a setter that stores." The other
    // statement forms: if/else with braces, and a switch statement on the unit's mode.
    [Fact]
    public Task RT30_getters_choosing_fallbacks_with_if_else_and_a_switch_statement_reach_the_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class UplinkSettings
            {
                private string _token = "";
                private string _psk = "";
                public string Mode { get; set; } = "field";
                public string Token
                {
                    get
                    {
                        if (_token.Length == 0)
                        {
                            return "Gs1-press.Tok-72Xw4Qn"; // expect: IOT1001
                        }
                        else
                        {
                            return _token;
                        }
                    }
                    set { _token = value; }
                }
                public string Password
                {
                    get
                    {
                        switch (Mode)
                        {
                            case "bench": return "Gs2-press.Bench-31"; // expect: IOT1001
                            default: return _psk;
                        }
                    }
                    set { _psk = value; }
                }
            }
            public static class PressUplink
            {
                public static void Authorize(HttpClient http, UplinkSettings s) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
                public static NetworkCredential Login(UplinkSettings s) => new NetworkCredential("press", s.Password);
            }
            """);

    // IOT1001 (sixteenth session): a getter that chooses a written fallback "with statements" keeps it. The fallback
    // chosen into a local that is returned (`var t = _token; if (t.Length == 0) t = "..."; return t;`).
    [Fact]
    public Task RT30_a_getter_choosing_its_fallback_into_a_local_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class UplinkSettings
            {
                private string _token = "";
                public string Token
                {
                    get
                    {
                        var t = _token;
                        if (t.Length == 0) t = "Gs3-press.Tok-58Mv2Kd"; // expect: IOT1001
                        return t;
                    }
                    set => _token = value;
                }
            }
            public static class PressUplink
            {
                public static void Authorize(HttpClient http, UplinkSettings s) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings; values from parameters, the environment ...; masks
    // (`"********"`); labels (`"Password:"`)". Getters choosing with statements beside storing setters whose fallbacks are
    // the environment, a mask, no text, or a throw.
    [Fact]
    public Task RT30_statement_getters_whose_fallbacks_are_the_environment_a_mask_or_a_throw_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class UplinkSettings
            {
                private string _token = "";
                private string _password = "";
                private string _apiKey = "";
                public string Token
                {
                    get { if (string.IsNullOrEmpty(_token)) return Environment.GetEnvironmentVariable("FEED_TOKEN") ?? ""; return _token; }
                    set { _token = value; }
                }
                public string Password
                {
                    get { if (_password.Length == 0) throw new InvalidOperationException("Set the password."); return _password; }
                    set { _password = value; }
                }
                public string ApiKey
                {
                    get { if (_apiKey.Length == 0) return string.Empty; return _apiKey; }
                    set { _apiKey = value; }
                }
                public string PasswordShown
                {
                    get { if (_password.Length == 0) return "(not set)"; return "********"; } // expect: none
                }
            }
            public static class PressUplink
            {
                public static void Authorize(HttpClient http, UplinkSettings s)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
                    http.DefaultRequestHeaders.Add("X-API-Key", s.ApiKey);
                    Console.WriteLine(s.PasswordShown);
                }
                public static NetworkCredential Login(UplinkSettings s) => new NetworkCredential("press", s.Password);
            }
            """);

    // ---------- 4. displays, roles and panels ----------

    // IOT1004: "A string field, property or local whose name says it holds a secret, given a value written in the code";
    // (sixteenth session) only "A secret's display (`PasswordDisplay` choosing between `"********"` and `"(set)"`)" holds no
    // credential, a display's password does. A display panel's password
    // and a service role's password written in the code, compared with what the operator types; and (IOT1004) "an unlisted
    // password in a table of logins ... is reported here under the table's name" ("`PasswordsByRole`: passwords" is the
    // head word): a table of passwords per role compared with what is typed.
    [Fact]
    public Task RT30_a_display_panels_password_a_service_roles_password_and_passwords_by_role_are_secrets() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Hmi
            {
                private const string DisplayPassword = "Dp7-hmi.Panel-42"; // expect: IOT1004
                private const string ServiceRolePassword = "Sr3-hmi.Svc-85"; // expect: IOT1004
                private static readonly Dictionary<string, string> PasswordsByRole = new() { ["operator"] = "Pr4-kiln.Op-61", ["service"] = "Pr5-kiln.Svc-93" }; // expect: IOT1004 IOT1004
                public static bool Unlock(string entered) => entered == DisplayPassword || entered == ServiceRolePassword;
                public static bool Check(string role, string password) => PasswordsByRole.TryGetValue(role, out var p) && p == password;
            }
            """);

    // Hard negative. IOT1004 (sixteenth session): "a table of what each login may do (`LoginRoles`, `LoginProfilesByUser`:
    // its head word says roles or profiles) hold[s] no credential"; "A secret's display ... hold[s] no credential". Tables
    // of roles per login and per user looked up by the code, and a display's text per state.
    [Fact]
    public Task RT30_tables_of_roles_and_profiles_per_login_and_a_password_display_table_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Hmi
            {
                private static readonly Dictionary<string, string> OperatorLoginRoles = new() { ["batcher"] = "operator-level-2", ["service"] = "maintenance-full" }; // expect: none
                private static readonly Dictionary<string, string> PasswordProfilesByUser = new() { ["batcher"] = "strict-90d", ["guest"] = "relaxed-30d" }; // expect: none
                private static readonly Dictionary<bool, string> PasswordDisplayByState = new() { [true] = "********", [false] = "(none)" }; // expect: none
                public static bool May(string user, string role) => OperatorLoginRoles.TryGetValue(user, out var r) && r == role;
                public static string Profile(string user) => PasswordProfilesByUser[user];
                public static string Shown(bool set) => PasswordDisplayByState[set];
            }
            """);

    // ---------- 5. Bluetooth numbers ----------

    // IOT1005 (sixteenth session): "a Bluetooth address's number is a hardware address under an ambiguous pin name too
    // (`int PairPin(BluetoothAddress peer) => (int)(peer.ToInt64() % 10000)`)". The unsigned rendering (`ToUInt64()`), and
    // the number held in a local first (IOT1005: "A returned password is reported at the return and, as an additional
    // location, where public data first turns into it": labelled where the address's number is read).
    [Fact]
    public Task RT30_numeric_pins_from_a_bluetooth_addresses_unsigned_number_and_a_local_are_derived() =>
        ExpectComments.AssertAsync(BluetoothLib, """
            using InTheHand.Net;
            public sealed class Hoist
            {
                public int PairPin(BluetoothAddress peer) => (int)(peer.ToUInt64() % 10000UL); // expect: IOT1005
                public int BondPin(BluetoothAddress peer)
                {
                    long n = peer.ToInt64(); // expect: IOT1005
                    return (int)(n % 1000000);
                }
            }
            """);

    // Hard negative. IOT1005: "numbers from an index, an offset or constants stay pins"; "A bare `pin` integer is a GPIO
    // pin". A status LED's GPIO pin chosen between two constants by whether a Bluetooth peer is known, and a peer's number
    // kept as its id.
    [Fact]
    public Task RT30_gpio_pins_chosen_by_a_bluetooth_peer_and_a_peers_id_stay_quiet() =>
        ExpectComments.AssertAsync(BluetoothLib, """
            using System.Collections.Generic;
            using InTheHand.Net;
            public sealed class Hoist
            {
                private const int GreenPin = 17;
                private const int RedPin = 27;
                private readonly HashSet<long> _paired = new();
                public int StatusLedPin(BluetoothAddress peer) => _paired.Contains(peer.ToInt64()) ? GreenPin : RedPin; // expect: none
                public long PeerId(BluetoothAddress peer) => peer.ToInt64(); // expect: none
            }
            """);

    // ---------- 6. streamed hashes and HMACs keyed with public data ----------

    // IOT1005 (sixteenth session): ".NET's streaming hash made unkeyed (`IncrementalHash.CreateHash`) and fed the serial by
    // `AppendData` derives what is read from it (`GetHashAndReset()`)". The other reads of the same hash: `GetCurrentHash()`
    // and `TryGetHashAndReset(span, out written)`.
    [Fact]
    public Task RT30_codes_from_an_unkeyed_incremental_hash_read_by_get_current_hash_and_try_get_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Charger
            {
                public string SetupCode(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var setupCode = Convert.ToHexString(h.GetCurrentHash())[..8]; // expect: IOT1005
                    return setupCode;
                }
                public string ServicePin(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    Span<byte> digest = stackalloc byte[32];
                    h.TryGetHashAndReset(digest, out _);
                    var servicePin = (BitConverter.ToUInt32(digest) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
            }
            """);

    // IOT1005 (sixteenth session): the streaming hash "fed the serial by `AppendData` derives what is read from it". The hash
    // kept in a field (made once, reused for every unit on the production line), as the streaming HMAC is kept in RT29.
    [Fact]
    public Task RT30_a_code_from_an_unkeyed_incremental_hash_kept_in_a_field_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class LineStation
            {
                private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                public string SetupCode(string serialNumber)
                {
                    _sha.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var setupCode = Convert.ToHexString(_sha.GetHashAndReset())[..8]; // expect: IOT1005
                    return setupCode;
                }
            }
            """);

    // IOT1005 (sixteenth session): "A keyed function whose key is itself public data (an HMAC keyed with the MAC or the
    // serial ...) does not end the chain: anyone who reads the MAC computes it". The key given through the HMAC's `Key`
    // property (an object initializer, and an assignment) instead of its constructor.
    [Fact]
    public Task RT30_pins_from_hmacs_given_the_mac_as_their_key_property_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Scooter
            {
                public string PairingPin(PhysicalAddress radio, string serialNumber)
                {
                    using var hmac = new HMACSHA256 { Key = radio.GetAddressBytes() };
                    var pairingPin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
                public string ServicePin(PhysicalAddress radio, string serialNumber)
                {
                    using var hmac = new HMACSHA256();
                    hmac.Key = radio.GetAddressBytes();
                    var servicePin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
            }
            """);

    // IOT1005 (sixteenth session): "A keyed function whose key is itself public data (an HMAC keyed with the MAC or the
    // serial ...) does not end the chain". The constructor keyed with the MAC's bytes then `ComputeHash` over the serial,
    // and an HMAC keyed with the host name (public: "the host name (`Environment.MachineName`, ...)").
    [Fact]
    public Task RT30_pins_from_hmacs_constructed_with_the_mac_or_the_host_name_as_key_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Scooter
            {
                public string PairingPin(PhysicalAddress radio, string serialNumber)
                {
                    var mac = radio.GetAddressBytes();
                    using var hmac = new HMACSHA256(mac);
                    var pairingPin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
                public string ApPassword(string serialNumber)
                {
                    var apPassword = Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Environment.MachineName), Encoding.UTF8.GetBytes(serialNumber)))[..12]; // expect: IOT1005
                    return apPassword;
                }
            }
            """);

    // Hard negative. IOT1005: "A keyed function (`HMACSHA256` with a factory secret, PBKDF2, HKDF) ... ends the chain";
    // (sixteenth session) "A key from a parameter, the environment or a factory secret still does." Secret keys under names
    // that look public: a message authentication code's key (`macKey`, a parameter) and a key read from the environment
    // under `MAC_KEY`, each over the unit's MAC address.
    [Fact]
    public Task RT30_pins_from_hmacs_keyed_with_secret_mac_keys_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            public sealed class Scooter
            {
                private readonly byte[] _macKey;
                public Scooter(byte[] macKey) => _macKey = macKey;
                public string PairingPin(PhysicalAddress radio)
                {
                    using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _macKey);
                    h.AppendData(radio.GetAddressBytes());
                    var pairingPin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 1000000).ToString("D6"); // expect: none
                    return pairingPin;
                }
                public string ServicePin(PhysicalAddress radio)
                {
                    var macKey = Convert.FromHexString(Environment.GetEnvironmentVariable("MAC_KEY") ?? "");
                    using var hmac = new HMACSHA256(macKey);
                    var servicePin = (BitConverter.ToUInt32(hmac.ComputeHash(radio.GetAddressBytes()), 0) % 10000).ToString("D4"); // expect: none
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005: "A password built from data anyone can read or guess, without a keyed cryptographic
    // function"; "A keyed function ... ends the chain"; (sixteenth session) "a factory secret still does". A streaming hash
    // fed the factory secret before the serial (a secret-prefix MAC): no one who reads the serial computes it.
    [Fact]
    public Task RT30_a_pin_from_a_streaming_hash_fed_a_factory_secret_before_the_serial_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Charger
            {
                private readonly byte[] _factorySecret;
                public Charger(byte[] factorySecret) => _factorySecret = factorySecret;
                public string ServicePin(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(_factorySecret);
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var servicePin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 10000).ToString("D4"); // expect: none
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005: "Not findings: `RandomNumberGenerator.GetString(...)`"; "`RandomNumberGenerator` ends the chain".
    // A streaming hash fed only bytes from the cryptographic generator and a parameter's challenge.
    [Fact]
    public Task RT30_a_pin_from_a_streaming_hash_of_random_bytes_and_a_challenge_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public sealed class Charger
            {
                public string SessionPin(byte[] challenge)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(RandomNumberGenerator.GetBytes(16));
                    h.AppendData(challenge);
                    var sessionPin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 1000000).ToString("D6"); // expect: none
                    return sessionPin;
                }
            }
            """);

    // ---------- 7. dotted and slashed setting keys ----------

    // Hard negative. IOT1004: "Not findings: ... configuration keys and environment variable names (`"Mqtt:Password"`,
    // `"MQTT_PASSWORD"`)"; no finding "on configuration keys and paths (`"Mqtt:Broker:Password"`, `"/etc/device/secret"`)",
    // nor on "a value repeating the symbol's name". Dotted keys as .NET (XML, INI) and Java-style properties write them:
    // Pascal-case segments and a camel-case last segment.
    [Fact]
    public Task RT30_dotted_setting_keys_with_capitals_under_secret_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class BoothSettings
            {
                private const string MqttPasswordSetting = "Booth.Mqtt.Password"; // expect: none
                private const string WifiPskKey = "booth.wifiPsk"; // expect: none
                private static readonly string HubTokenPath = "Booth/Hub/DeviceToken"; // expect: none
                public static string Read(IReadOnlyDictionary<string, string> cfg) => cfg[MqttPasswordSetting] + cfg[WifiPskKey] + cfg[HubTokenPath];
            }
            """);

    // Hard negative. IOT1004 (sixteenth session): "a setting's key written as a lower-case dotted or slashed path whose last
    // segment names the credential ... is a configuration key"; "configuration keys ... (`"Mqtt:Password"`)". Keys used
    // where settings are looked up: a dictionary's index, a write of a value read at run time, and a helper's argument.
    [Fact]
    public Task RT30_dotted_keys_used_to_look_up_and_store_settings_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Booth
            {
                private readonly Dictionary<string, string> _settings = new();
                private const string ApiTokenKey = "cloud.api-token"; // expect: none
                public void Store() => _settings["booth.mqtt.password"] = Environment.GetEnvironmentVariable("BOOTH_MQTT_PASSWORD") ?? ""; // expect: none
                public void Connect(MqttClient mqtt) => mqtt.Connect("booth-1", "booth", _settings["booth.mqtt.password"]); // expect: none
                public string ApiToken() => _settings[ApiTokenKey];
            }
            """);

    // IOT1001: "A secret written in the source code that reaches a parameter known to carry a credential"; the dotted-key
    // exemption is for "a setting's key": what the code looks a secret up by. Lower-case dotted text given as the password
    // itself, straight to NetworkCredential and an MQTT broker, is the password (nothing looks it up).
    [Fact(Skip = "Open defect (red team 30): miss: lower-case dotted text given straight to NetworkCredential and MqttClient.Connect as the password is taken for a setting key")]
    public Task RT30_dotted_text_given_straight_to_credential_sinks_is_the_password() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public static class Booth
            {
                public static NetworkCredential Login() => new NetworkCredential("operator", "tulip.garden7.secret"); // expect: IOT1001
                public static void Connect(MqttClient mqtt) => mqtt.Connect("booth-2", "booth", "amber.kiln42.password"); // expect: IOT1001
            }
            """);

    // ---------- 8. numbered conditions and access codes ----------

    // IOT1004: access codes count ("PIN, passcode and access-code names (`MaintenancePin`, `DuressPin`, `GuestCode`)", "a
    // secret in the team's own named constant that the team's own code compares with a received value (... `entered ==
    // Settings.DisarmCode`)"); (sixteenth session) only "An alarm's numbered condition under a code's name (`BoothAlarmCode
    // = "OVERTEMP-2"`, `"LOW_FUEL_3"`) is a state the device reports". Words and a number under names that say what they open (a guest voucher for the gate, a disarm code typed on
    // the panel): what is typed to open, not an alarm's condition.
    [Fact]
    public Task RT30_word_and_number_codes_under_names_that_open_are_access_codes() =>
        ExpectComments.AssertAsync("""
            public static class Campsite
            {
                private const string GateVoucherCode = "MAPLE-RIVER-42"; // expect: IOT1004
                private const string DisarmCode = "BRAVO-TANGO-7"; // expect: IOT1004
                public static bool Opens(string entered) => entered == GateVoucherCode || entered == DisarmCode;
            }
            """);

    // Hard negative. IOT1004: "A code named for what a door, a lock or an alarm reports (`DoorFaultCode`, `LockErrorCode`,
    // `AlarmEventCode`) is no access code". Contact ID event codes an alarm panel reports to the monitoring station (121:
    // duress, 401: disarmed by a user, 302: low battery) under duress, disarm and master names.
    [Fact]
    public Task RT30_contact_id_event_codes_under_duress_disarm_and_master_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class ContactId
            {
                private const string DuressEventCode = "121"; // expect: none
                private const string DisarmEventCode = "401"; // expect: none
                private const string MasterTroubleCode = "302"; // expect: none
                public static string Report(string account, bool duress) => account + "18" + (duress ? DuressEventCode : DisarmEventCode) + MasterTroubleCode;
            }
            """);

    // Hard negative. IOT1004: "A code named for what a door, a lock or an alarm reports ... is no access code; one whose
    // words say what it opens (`OperatorOverrideCode`) is"; a state the code compares with is no secret ("OVERTEMP-2").
    // Override and master in their non-security meanings: a thermostat's schedule override mode and reason, and a Modbus
    // master's function code, compared with what the bus reports.
    [Fact]
    public Task RT30_override_and_master_codes_naming_modes_and_bus_functions_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Thermostat
            {
                private const string ScheduleOverrideCode = "HOLD_TEMP"; // expect: none
                private const string OverrideReasonCode = "ECO_AWAY_2"; // expect: none
                private const string ModbusMasterCode = "0x03"; // expect: none
                public static bool Held(string mode, string reason, string function) => mode == ScheduleOverrideCode || reason == OverrideReasonCode || function == ModbusMasterCode;
            }
            """);

    // IOT1004: "PIN, passcode and access-code names (`MaintenancePin`, `DuressPin`, `GuestCode`)"; a code "whose words say
    // what it opens (`OperatorOverrideCode`)" is an access code; "a secret in the team's own named constant that the team's
    // own code compares with a received value" is reported here. A master code in environment-variable style, an
    // installer's override code and a duress code in a keypad's settings object, compared with what is typed.
    [Fact]
    public Task RT30_master_override_and_duress_codes_in_other_spellings_are_access_codes() =>
        ExpectComments.AssertAsync("""
            public sealed class KeypadSettings
            {
                public const string MASTER_CODE = "739104"; // expect: IOT1004
                public string InstallerOverrideCode { get; } = "5281"; // expect: IOT1004
                public static readonly string duressCode = "9137"; // expect: IOT1004
                public bool Accepts(string entered) => entered == MASTER_CODE || entered == InstallerOverrideCode || entered == duressCode;
            }
            """);

    // ---------- 9. StorageCredentials ----------

    // IOT1001 (sixteenth session): "A library type named as credentials takes its key's value (`new
    // StorageCredentials(accountName, keyValue)` of the Azure Storage SDK)". Named arguments (IOT1001), and the byte
    // overload given the decoded key: IOT1003 "secret bytes given to a library parameter named as a secret", and "One
    // literal, one rule: a literal that IOT1003 reports is never reported by IOT1001 too".
    [Fact]
    public Task RT30_storage_credentials_key_values_by_name_and_as_bytes_are_iot1001() =>
        ExpectComments.AssertAsync(StorageLib, """
            using System;
            using Microsoft.WindowsAzure.Storage.Auth;
            public sealed class Camera
            {
                public StorageCredentials Named() => new StorageCredentials(keyValue: "Sc1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts1Pa6Qd3We7Zx0Cv5Bn9Ml2Kj8Hg4Fd6Sa1Op3Iu7Yt5Re9Wq2Tg==", accountName: "campics"); // expect: IOT1001
                public StorageCredentials Bytes() => new StorageCredentials("campics", Convert.FromBase64String("Sc2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts1Pa6Qd3We7Zx0Cv5Bn9Ml2Kj8Hg4Fd6Sa1Op3Iu7Yt5Re9Wq2Tg==")); // expect: IOT1003
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`"; the account
    // name and the key's name ("key1") are no secrets. StorageCredentials given a key from the environment, an account name
    // and a key name written in the code.
    [Fact]
    public Task RT30_storage_credentials_with_run_time_keys_and_written_account_and_key_names_stay_quiet() =>
        ExpectComments.AssertAsync(StorageLib, """
            using System;
            using Microsoft.WindowsAzure.Storage.Auth;
            public sealed class Camera
            {
                private const string AccountName = "campics"; // expect: none
                private const string KeyName = "key1"; // expect: none
                public StorageCredentials Create() => new StorageCredentials(AccountName, Environment.GetEnvironmentVariable("CAMPICS_KEY") ?? "", KeyName);
            }
            """);

    // ---------- 10. OTP models ----------

    // IOT3005 (sixteenth session): "a member of a type named as a one-time code (`class Otp`, `class SmsOtp`) drawn from
    // `System.Random` is that code however the member is spelt". The draw written in the model's constructor instead of an
    // initializer, and a field of an SmsOtp type.
    [Fact]
    public Task RT30_an_otp_models_number_drawn_in_its_constructor_and_a_field_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Otp
            {
                public int SmsOpt { get; set; }
                public Otp() { SmsOpt = Random.Shared.Next(100000, 999999); } // expect: IOT3005
            }
            public class SmsOtp
            {
                private static readonly Random Rng = new Random();
                public readonly int Digits6 = Rng.Next(100000, 999999); // expect: IOT3005
            }
            """);

    // IOT3005 (sixteenth session): a member of a type named as a one-time code drawn from System.Random is that code. The
    // member given its draw in an object initializer where the model is made (`new Otp { SmsOpt = rng.Next(...) }`).
    [Fact]
    public Task RT30_an_otp_models_number_drawn_in_an_object_initializer_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Otp
            {
                public int SmsOpt { get; set; }
                public string Phone { get; set; } = "";
            }
            public static class OtpService
            {
                public static Otp Issue(string phone) => new Otp { Phone = phone, SmsOpt = Random.Shared.Next(100000, 999999) }; // expect: IOT3005
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; (sixteenth session)
    // an OTP type's "timing, counting and identifying members (`RetryDelayMs`, `PhoneNumber`, `Id`) are not". An OTP
    // model's resend jitter, expiry, attempt budget and which SMS template it picks; and types that name one-time
    // programmable memory (`OtpMemory`, `OtpBank`) whose simulated members are drawn.
    [Fact]
    public Task RT30_otp_models_timing_counting_and_sampling_members_and_otp_memory_types_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Otp
            {
                public int ResendJitterMs { get; } = Random.Shared.Next(0, 500); // expect: none
                public int ExpiresInSeconds { get; } = Random.Shared.Next(240, 300); // expect: none
                public int MaxAttempts { get; } = Random.Shared.Next(3, 5); // expect: none
                public int TemplateIndex { get; } = Random.Shared.Next(0, 3); // expect: none
            }
            public class OtpMemory
            {
                public int Bank { get; } = Random.Shared.Next(0, 4); // expect: none
                public byte Fill { get; } = (byte)Random.Shared.Next(256); // expect: none
            }
            """);

    // ---------- 11. crashes on half-typed code, and cost ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Generic; using System.Net; using System.Net.Http; using System.Net.Http.Headers; using System.Net.NetworkInformation;
        using System.Security.Cryptography; using System.Text; using System.Threading.Tasks; using Microsoft.Azure.Devices.Client; using uPLibrary.Networking.M2Mqtt;
        namespace Rt30.Device
        {
            public sealed class Secrets
            {
                public static ValueTask<string> FeedAsync() => ValueTask.FromResult("Rq1-feed.Tok-93");
                public static ValueTask<string> NewAsync() => new ValueTask<string>("Rq2-feed.Tok-94");
                public static Task<string> RunAsync() => Task.Run(() => "Rq3-feed.Tok-95");
                public static async Task<string> PwAsync() { await Task.Yield(); return "Rq4-pw.Async"; }
                public string FeedToken() => "Rq5-feed.Tok-96";
            }
            public sealed class Settings
            {
                private string _token = ""; private string _psk = "";
                public string Mode { get; set; } = "f";
                public string Token { get { if (_token.Length == 0) { return "Rq6-tok.Fb"; } else { return _token; } } set { _token = value; } }
                public string Password { get { switch (Mode) { case "b": return "Rq7-pw.Fb"; default: return _psk; } } set { _psk = value; } }
                public string PasswordDisplay { get { if (_psk.Length == 0) return "(not set)"; return "********"; } }
            }
            public class Otp { public int SmsOpt { get; set; } public Otp() { SmsOpt = Random.Shared.Next(100000, 999999); } public int ResendJitterMs { get; } = Random.Shared.Next(0, 500); }
            public sealed class Rig
            {
                private const string MqttPasswordSetting = "booth.mqtt.password", Dotted = "Booth.Mqtt.Password", BoothAlarmCode = "OVERTEMP-2", DisarmCode = "731904", MASTER_CODE = "739104";
                private static readonly Dictionary<string, string> LoginRoles = new() { ["a"] = "op" }, PasswordsByRole = new() { ["op"] = "Rq8-op.Pw" };
                private readonly string _id; private readonly string _key; private readonly Secrets? _s;
                private static ((string Host, string Id) W, string Key) Nested() => (("h", "i"), "Rq9Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts=");
                private static Task<(string Id, string Key)> LabAsync() => Task.FromResult(("l", "Rr1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="));
                private static (string Id, string Key) Spare() => ("s", "Rr2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts=");
                public Rig(Secrets? s) { _s = s; (_id, _key) = Spare(); }
                public async Task<IAuthenticationMethod> Auth()
                {
                    var ((host, id), key) = Nested(); var (id2, key2) = await LabAsync().ConfigureAwait(false); string id3, key3; (id3, key3) = Spare();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id + id2 + id3 + host + _id, key + key2 + key3 + _key);
                }
                public async Task Http(HttpClient http, MqttClient mqtt, Settings st)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Secrets.FeedAsync().ConfigureAwait(false) + await Secrets.NewAsync() + await Secrets.RunAsync() + _s?.FeedToken()! + st.Token);
                    var pw = await Secrets.PwAsync(); mqtt.Connect("r", "r", pw + st.Password + MqttPasswordSetting + Dotted);
                }
                public bool Check(string role, string p, string c) => (PasswordsByRole.TryGetValue(role, out var x) && x == p) || LoginRoles[role] == p || c == BoothAlarmCode || c == DisarmCode || c == MASTER_CODE;
                public int PairPin(long peer) => (int)(peer % 10000);
                public string SetupCode(string serialNumber) { using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); h.AppendData(Encoding.UTF8.GetBytes(serialNumber)); var setupCode = Convert.ToHexString(h.GetCurrentHash())[..8]; return setupCode; }
                public string PairingPin(PhysicalAddress radio, string serialNumber) { using var hmac = new HMACSHA256(radio.GetAddressBytes()); var pairingPin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6"); return pairingPin; }
                public string ServicePin(PhysicalAddress radio, byte[] macKey) { using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, macKey); h.AppendData(radio.GetAddressBytes()); var servicePin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 10000).ToString("D4"); return servicePin; }
            }
        }
        """";

    // The shapes compile whole (so the cuts exercise the session's code paths, not only the parser's recovery).
    [Fact]
    public void RT30_session_shapes_compile()
    {
        AnalyzerRunner.AssertCompilesAgainstLibraries(SessionShapes);
    }

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor": every cut of the
    // session's shapes, and every copy with a few characters removed.
    [Fact]
    public async Task RT30_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        _out.WriteLine($"{await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 47, removed: 5)} sources");

    // Hand-picked half-typed forms of the session's shapes as an editor sees them, and forms the compiler rejects: await
    // outside async, awaits of nothing, FromResult of no argument or two, ValueTask made of nothing, null-conditional calls
    // cut short, deconstructions of the wrong arity and into nothing, getters with empty statements, HMACs whose key is
    // missing, AppendData on nothing, unresolved types named as credentials and OTP models, keys cut short.
    [Fact]
    public Task RT30_no_analyzer_throws_on_half_typed_session_forms() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """static class S { static System.Threading.Tasks.Task<string> T() => System.Threading.Tasks.Task.FromResult(); static System.Threading.Tasks.Task<string> U() => System.Threading.Tasks.Task.FromResult("Kr1-x.y", "z"); static System.Threading.Tasks.ValueTask<string> V() => new System.Threading.Tasks.ValueTask<string>(); static object A() => new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await T() + await U().ConfigureAwait() + await V()); }""",
            """static class S { static System.Threading.Tasks.Task<string> T() => System.Threading.Tasks.Task.Run(() => ); static async System.Threading.Tasks.Task A(System.Net.Http.HttpClient h) { h.DefaultRequestHeaders.Add("X-API-Key", await ); h.DefaultRequestHeaders.Add("X-API-Key", await T().ConfigureAwait(false) ?? await await T()); } static async System.Threading.Tasks.ValueTask<string> W() { return await ; } }""",
            """class C { string? F() => "Kr2-x.y"; C? _c; object A() => new System.Net.NetworkCredential("u", _c?.F()! + _c?. + _c?.G() + _c?.F(() + _c?.F); }""",
            """static class R { static ((string, string), string) N() => (("a", ), "Kr3-x.y"); static object A() { var ((h, i), k) = N(); var ((a, b, c), d) = N(); var (x, y, z) = N(); string p, q; (p, q) = ; (p, q, r) = N(); (p, (q)) = N(); return new Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey(i, k + p + q); } static async System.Threading.Tasks.Task B() { (string id, string key) = await ; var (id2, key2) = await R.N(; (id2, key2) = await System.Threading.Tasks.Task.FromResult(("a", "Kr4-x.y")); } }""",
            """class U { readonly string _i; readonly string _k; static (string, string Key) S() => ("s", ); U() => (_i, _k) = ; U(int n) => (_i, _k, _z) = S(); U(string s) { (this._i, _k) = S(); } }""",
            """class S { string _t = ""; public string Token { get { if () return ; else { return } } set { _t = value; } } public string Password { get { switch () { case : return "Kr5-x.y"; default: } } set => _t = ; } public string Psk { get { var t = _t; if (t.Length == 0) t = ; return ; } set { } } object A() => new System.Net.NetworkCredential("u", Token + Password + Psk); }""",
            """class B { int PairPin(InTheHand.Net.BluetoothAddress peer) => (int)(peer.ToInt64( % 10000); int BondPin(UnknownAddress p) { long n = p.ToUInt64(); return (int)(n % ); } }""",
            """class K { string P(string serialNumber) { using var h = System.Security.Cryptography.IncrementalHash.CreateHash(); h.AppendData(); h.AppendData(System.Text.Encoding.UTF8.GetBytes(serialNumber); var setupCode = System.Convert.ToHexString(h.GetCurrentHash(); System.Span<byte> d = stackalloc byte[32]; h.TryGetHashAndReset(d, out ); var servicePin = (System.BitConverter.ToUInt32(d) % ).ToString("D4"); return setupCode + servicePin; } string Q(System.Net.NetworkInformation.PhysicalAddress radio) { using var hmac = new System.Security.Cryptography.HMACSHA256 { Key = }; using var m = new System.Security.Cryptography.HMACSHA256(radio.GetAddressBytes(), ); hmac.Key = ; var pairingPin = hmac.ComputeHash().ToString(); return pairingPin; } static byte[] D() => System.Security.Cryptography.HMACSHA256.HashData(, System.Text.Encoding.UTF8.GetBytes(System.Environment.MachineName)); }""",
            """class T { const string MqttPasswordSetting = "booth.mqtt.; const string X = "booth..password"; const string Y = ".password"; const string Z = "booth.mqtt."; const string W = "a/b/"; const string BoothAlarmCode = "OVERTEMP-"; const string FuelAlarmCode = "-2"; const string DisarmCode = "BRAVO-TANGO-; const string MASTER_CODE = ; bool M(string c) => c == BoothAlarmCode || c == DisarmCode || c == ; }""",
            """class A { object C() => new Microsoft.WindowsAzure.Storage.Auth.StorageCredentials("campics", keyValue: ); object D() => new StorageCredentials(accountName: "a", keyValue: "Kr6Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); } public class Otp { public int SmsOpt { get; set; } = System.Random.Shared.Next(100000, ; public Otp() { SmsOpt = new UnknownRandom().Next(); } public Unknown Digits = System.Random.Shared.Next(1, 9); } class SmsOtp : Otp { int X = ; }""",
            """class Q { string F() { var t = await System.Threading.Tasks.Task.FromResult("Kr7-x.y"); var (a, b) = await Nope(); (string c, string d) = await this.Nope().ConfigureAwait(false); return t + a + c; } System.Threading.Tasks.Task<(string, string, string)> Nope() => null!; object G() { var (x, y) = Nope().Result; return new System.Net.NetworkCredential(x, y); } }""",
        });

    // DESIGN (cost guards, as red teams 15 and 25-29): an awaited call of a source method at a sink is followed to the value
    // its task completes with (sixteenth session). 1,000 drivers, each with a secrets class whose async helper returns
    // `Task.FromResult` of the environment's value, awaited at its own sink, must not cost much more than the same drivers
    // calling a synchronous helper at the sink; neither has a finding.
    private static string ManyAsyncHelpers(bool awaited, int drivers)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net.Http; using System.Net.Http.Headers; using System.Threading.Tasks;");
        for (var i = 0; i < drivers; i++)
        {
            if (awaited)
            {
                sb.AppendLine($"public static class Driver{i}Secrets {{ public static Task<string> TokenAsync() => Task.FromResult(Environment.GetEnvironmentVariable(\"DRIVER_{i}_TOKEN\") ?? string.Empty); }}");
                sb.AppendLine($"public static class Driver{i} {{ public static async Task Auth(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", await Driver{i}Secrets.TokenAsync().ConfigureAwait(false)); }}");
            }
            else
            {
                sb.AppendLine($"public static class Driver{i}Secrets {{ public static string Token() => Environment.GetEnvironmentVariable(\"DRIVER_{i}_TOKEN\") ?? string.Empty; }}");
                sb.AppendLine($"public static class Driver{i} {{ public static void Auth(HttpClient h) => h.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", Driver{i}Secrets.Token()); }}");
            }
        }

        return sb.ToString();
    }

    [Fact]
    public async Task RT30_many_awaited_helpers_at_sinks_cost_no_more_than_plain_helpers()
    {
        await CostGuards.TimeAsync(ManyAsyncHelpers(awaited: true, 200));
        await CostGuards.TimeAsync(ManyAsyncHelpers(awaited: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManyAsyncHelpers(awaited: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManyAsyncHelpers(awaited: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // DESIGN (cost guards): keys held in tuples are followed however the tuple is deconstructed, into variables declared
    // before too (sixteenth session): each such variable's writes are searched in its block. One method deconstructing 1,000
    // tuples into 2,000 variables declared before (each read from the environment by a helper), every pair given to a
    // sink, must not cost much more than the same tuples read by position (`t.Item1`, `t.Item2`); neither has a finding.
    private static string ManyDeconstructions(bool deconstructed, int pairs)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using Microsoft.Azure.Devices.Client; using System.Collections.Generic;");
        sb.AppendLine("public static class Fleet {");
        for (var i = 0; i < pairs; i++)
        {
            sb.AppendLine($"  private static (string Id, string Key) Unit{i}() => (\"unit-{i}\", Environment.GetEnvironmentVariable(\"UNIT_{i}_KEY\") ?? \"\");");
        }

        sb.AppendLine("  public static List<IAuthenticationMethod> All() { var all = new List<IAuthenticationMethod>();");
        for (var i = 0; i < pairs; i++)
        {
            sb.AppendLine(deconstructed
                ? $"    string id{i}, key{i}; (id{i}, key{i}) = Unit{i}(); all.Add(new DeviceAuthenticationWithRegistrySymmetricKey(id{i}, key{i}));"
                : $"    var t{i} = Unit{i}(); all.Add(new DeviceAuthenticationWithRegistrySymmetricKey(t{i}.Item1, t{i}.Item2));");
        }

        sb.AppendLine("    return all; } }");
        return sb.ToString();
    }

    [Fact]
    public async Task RT30_many_deconstructions_into_variables_declared_before_cost_no_more_than_tuples_read_by_position()
    {
        await CostGuards.TimeAsync(ManyDeconstructions(deconstructed: true, 200));
        await CostGuards.TimeAsync(ManyDeconstructions(deconstructed: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManyDeconstructions(deconstructed: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManyDeconstructions(deconstructed: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        // The seventeenth session's write index made the baseline about nine times cheaper (7.3 s to 0.8 s on CI) while the
        // followed side stayed where it was (5.7 s to 5.1 s): the additive allowance is 5 s, still far under the 19.5 s the
        // per-local member scan cost before the per-block index.
        Assert.True(followed < 3 * baseline + 5000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // DESIGN (cost guards): a keyed function's instance is read for its key where it is declared (sixteenth session, after
    // red team 30). One method computing 1,000 codes from 1,000 HMACs of a parameter's challenge keyed with the caller's
    // key (no finding), each declared in the same block, must not cost much more than the same statements over the team's
    // own hasher type.
    private static string ManyHmacs(bool keyed, int codes)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Security.Cryptography;");
        sb.AppendLine("public sealed class Hasher : IDisposable { public Hasher(byte[] key) { } public byte[] ComputeHash(byte[] d) => new byte[32]; public void Dispose() { } }");
        sb.AppendLine("public static class Line { public static string All(byte[] challenge, byte[] deviceKey) { var all = \"\";");
        for (var i = 0; i < codes; i++)
        {
            sb.AppendLine(keyed
                ? $"    using var h{i} = new HMACSHA256(deviceKey); var sessionPin{i} = (BitConverter.ToUInt32(h{i}.ComputeHash(challenge), 0) % 10000).ToString(\"D4\"); all += sessionPin{i};"
                : $"    using var h{i} = new Hasher(deviceKey); var sessionPin{i} = (BitConverter.ToUInt32(h{i}.ComputeHash(challenge), 0) % 10000).ToString(\"D4\"); all += sessionPin{i};");
        }

        sb.AppendLine("    return all; } }");
        return sb.ToString();
    }

    [Fact]
    public async Task RT30_many_hmacs_declared_in_one_block_cost_no_more_than_a_team_hasher()
    {
        await CostGuards.TimeAsync(ManyHmacs(keyed: true, 200));
        await CostGuards.TimeAsync(ManyHmacs(keyed: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManyHmacs(keyed: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManyHmacs(keyed: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // DESIGN (cost guards): a streaming hash's local is searched for its AppendData calls in its block (sixteenth session).
    // One method computing 1,000 codes from 1,000 streaming hashes of a parameter's challenge (no public data, no finding),
    // each fed in the same block, must not cost much more than the same statements over the team's own streaming hasher
    // of the same API (not IncrementalHash, so not followed).
    private static string ManyStreamedHashes(bool streamed, int codes)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Security.Cryptography;");
        sb.AppendLine("public sealed class Hasher : IDisposable { public void AppendData(byte[] d) { } public byte[] GetHashAndReset() => new byte[32]; public void Dispose() { } }");
        sb.AppendLine("public static class Line { public static string All(byte[] challenge) { var all = \"\";");
        for (var i = 0; i < codes; i++)
        {
            sb.AppendLine(streamed
                ? $"    using var h{i} = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); h{i}.AppendData(challenge); var sessionPin{i} = (BitConverter.ToUInt32(h{i}.GetHashAndReset(), 0) % 10000).ToString(\"D4\"); all += sessionPin{i};"
                : $"    using var h{i} = new Hasher(); h{i}.AppendData(challenge); var sessionPin{i} = (BitConverter.ToUInt32(h{i}.GetHashAndReset(), 0) % 10000).ToString(\"D4\"); all += sessionPin{i};");
        }

        sb.AppendLine("    return all; } }");
        return sb.ToString();
    }

    [Fact]
    public async Task RT30_many_streamed_hashes_in_one_block_cost_no_more_than_a_team_hasher()
    {
        await CostGuards.TimeAsync(ManyStreamedHashes(streamed: true, 200));
        await CostGuards.TimeAsync(ManyStreamedHashes(streamed: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManyStreamedHashes(streamed: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManyStreamedHashes(streamed: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
