using System;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 29: the changes since 9bf85be (the fifteenth session and the twenty-sixth corpus's kinds). Helpers returning one
/// written value (partial, generic, async, called on any receiver), keys held in tuples, trimmed and no-text fallbacks,
/// interface and abstract credential properties read inside larger values, getters choosing a fallback beside a storing
/// setter, setter methods' parameters stored in credential-named members, tables of logins compared by the team's code,
/// four hex digits under Pwd/Passwd spellings, numeric PINs from the clock, an address or a serial under ambiguous pin names,
/// and keyed functions however written; in the spellings device code uses beside the ones the session tested. About half
/// of the tests are hard negatives. Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam29Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam29Tests(ITestOutputHelper output) => _out = output;

    // 32feet.NET's BluetoothAddress with its own renderings, and the pairing surface.
    private const string BluetoothLibrary = """
        namespace InTheHand.Net
        {
            public sealed class BluetoothAddress
            {
                public static BluetoothAddress Parse(string s) => new BluetoothAddress();
                public long ToInt64() => 0;
                public byte[] ToByteArray() => new byte[6];
                public uint Sap => 0;
            }
        }
        """;

    private static readonly string[] InfluxLib = { Stubs.InfluxClient };

    private static readonly string[] BluetoothLib = { BluetoothLibrary };

    // ---------- 1. helpers that return one written value ----------

    // IOT1001 (fifteenth session): "a helper that returns one value written in it is followed like one that chooses
    // (`public partial string InfluxDBToken() => "..."` in the implementing half of a partial `Secrets` class, an instance
    // method `secrets.BackupToken()`, a static one, a local function), called on any receiver when the compilation declares a
    // method of that name". The implementing half in its own (git-ignored) file, static partial methods, one with a block
    // body (`{ return "..."; }`), read at InfluxDB's token and an MQTT broker's password.
    [Fact]
    public Task RT29_static_partial_helpers_implemented_in_another_file_reach_the_sinks() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;
            using uPLibrary.Networking.M2Mqtt;
            public static partial class Secrets
            {
                public static partial string InfluxToken();
                public static partial string BrokerPassword();
            }
            public static class Uplink
            {
                public static InfluxDBClient Influx() => new InfluxDBClient("http://influx.local:8086", Secrets.InfluxToken());
                public static void Mqtt()
                {
                    var client = new MqttClient("broker.local");
                    client.Connect("digester-01", "digester", Secrets.BrokerPassword());
                }
            }
            """, """
            public static partial class Secrets
            {
                public static partial string InfluxToken()
                {
                    return "Ix7-rR2xW9mK4pT6vY8zL1nC3Hq0Lw=="; // expect: IOT1001
                }
                public static partial string BrokerPassword() => "Bg4-digester.Flare-61"; // expect: IOT1001
            }
            """);

    // IOT1001 (fifteenth session): a helper that returns one value written in it is followed, "called on any receiver when
    // the compilation declares a method of that name". Generic helpers device code writes for per-device-type tokens: a
    // generic method (`TokenFor<Pump>()`) and a method of a generic static class (`Keys<Pump>.Key()`).
    [Fact]
    public Task RT29_generic_helpers_returning_one_written_token_reach_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class Pump { }
            public static class Tokens
            {
                public static string TokenFor<TDevice>() => "Gt5-pump.Jack-93Lw2Qz"; // expect: IOT1001
            }
            public static class Keys<TDevice>
            {
                public static string Key() => "Gk6-pump.Rod-27Mx8Vn"; // expect: IOT1001
            }
            public static class PumpUplink
            {
                public static void Authorize(HttpClient http)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.TokenFor<Pump>());
                    http.DefaultRequestHeaders.Add("X-API-Key", Keys<Pump>.Key());
                }
            }
            """);

    // IOT1001 (fifteenth session): "a helper that returns one value written in it is followed". Async helpers, as cloud
    // clients are written (`async Task<string> ReadTokenAsync() { return "..."; }`, `Task.FromResult("...")`), awaited at the
    // sink: the value each returns is written in it.
    [Fact]
    public Task RT29_async_helpers_returning_one_written_secret_are_followed_through_await() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class CloudSecrets
            {
            #pragma warning disable CS1998
                public static async Task<string> ReadTokenAsync() { return "At8-cpap.Mask-44Rw1Nz"; } // expect: IOT1001
            #pragma warning restore CS1998
                public static Task<string> BrokerPasswordAsync() => Task.FromResult("Bp3-cpap.Tube-82"); // expect: IOT1001
            }
            public static class TherapyUploader
            {
                public static async Task Connect(HttpClient http, MqttClient mqtt)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await CloudSecrets.ReadTokenAsync());
                    mqtt.Connect("cpap-3", "cpap", await CloudSecrets.BrokerPasswordAsync());
                }
            }
            """);

    // IOT1001 (fifteenth session): "an instance method `secrets.BackupToken()` ... called on any receiver when the compilation
    // declares a method of that name". Receivers device code writes: a singleton read through a static property
    // (`Secrets.Current.BackupToken()`), and an extension method on the team's gateway type.
    [Fact]
    public Task RT29_instance_helpers_called_through_singleton_and_extension_receivers_reach_the_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            using Microsoft.Azure.Devices.Client;
            public sealed class Secrets
            {
                public static Secrets Current { get; } = new Secrets();
                public string BackupToken() => "Bq9-broiler.Fan-73Wx"; // expect: IOT1001
            }
            public sealed class Gateway { public string Id { get; } = "broiler-gw-2"; }
            public static class GatewayKeys
            {
                public static string GatewayKey(this Gateway gateway) { return "Gw2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="; } // expect: IOT1001
            }
            public sealed class ClimateUplink
            {
                public void Authorize(HttpClient http) => http.DefaultRequestHeaders.Add("X-Backup-Token", Secrets.Current.BackupToken());
                public static IAuthenticationMethod Hub(Gateway gateway) => new DeviceAuthenticationWithRegistrySymmetricKey(gateway.Id, gateway.GatewayKey());
            }
            """);

    // IOT1001 (fifteenth session): an instance method is followed "called on any receiver", and "A caller's text stays the
    // caller's when ... given a fallback of no text (`token ?? ""`)". The null-conditional call device code writes for an
    // optional secrets object (`_secrets?.FeedToken() ?? ""`). (`secrets.FeedToken()` is found.)
    [Fact]
    public Task RT29_an_instance_helper_called_null_conditionally_with_an_empty_fallback_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class Secrets
            {
                public string FeedToken() => "Fq9-broiler.House-61Tz"; // expect: IOT1001
            }
            public sealed class ClimateUplink
            {
                private readonly Secrets? _secrets;
                public ClimateUplink(Secrets? secrets) => _secrets = secrets;
                public void Authorize(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _secrets?.FeedToken() ?? "");
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... configuration keys and environment variable names (`"Mqtt:Password"`,
    // `"MQTT_PASSWORD"`)"; labels and host names are no credentials. Helpers returning one written value each, which reach
    // the sinks only as a lookup's key, a host, a format and a token endpoint: the secrets themselves are read at run time.
    [Fact]
    public Task RT29_helpers_returning_configuration_keys_variable_names_hosts_and_formats_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using uPLibrary.Networking.M2Mqtt;
            public static class Names
            {
                public static string PasswordKey() => "Mqtt:Password"; // expect: none
                public static string TokenVariable() => "FEED_TOKEN"; // expect: none
                public static string BrokerHost() => "broker.plant.example"; // expect: none
                public static string BasicFormat() => "{0}:{1}"; // expect: none
                public static string TokenEndpoint() { return "https://login.plant.example/oauth2/token"; } // expect: none
            }
            public static class Plant
            {
                public static void Connect(IReadOnlyDictionary<string, string> cfg, HttpClient http)
                {
                    var mqtt = new MqttClient(Names.BrokerHost());
                    mqtt.Connect("plant-1", cfg["Mqtt:User"], cfg[Names.PasswordKey()]);
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable(Names.TokenVariable()) ?? "");
                    var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Format(Names.BasicFormat(), cfg["Http:User"], cfg["Http:Password"])));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                    _ = http.GetStringAsync(Names.TokenEndpoint());
                }
            }
            """);

    // Hard negative. The same in the session's own partial and instance shapes: the implementing half of a partial `Secrets`
    // class returns the InfluxDB URL and the name of the setting that holds the token; the token is read from the device's
    // store at run time (IOT1001: "values from ... a vault or a file" are not findings).
    [Fact]
    public Task RT29_partial_helpers_returning_a_url_and_a_setting_name_stay_quiet() =>
        ExpectComments.AssertAsync(InfluxLib, """
            using InfluxDB.Client;
            public interface ISecretStore { string Read(string name); }
            public partial class Secrets
            {
                public partial string InfluxUrl();
                public partial string TokenSettingName();
            }
            public partial class Secrets
            {
                public partial string InfluxUrl() => "http://influx.local:8086"; // expect: none
                public partial string TokenSettingName() { return "influx.token"; } // expect: none
            }
            public static class Uplink
            {
                public static InfluxDBClient Create(Secrets secrets, ISecretStore store) => new InfluxDBClient(secrets.InfluxUrl(), store.Read(secrets.TokenSettingName()));
            }
            """);

    // Hard negative. IOT1001 (fifteenth session): "a helper that returns what its caller passes (`Read(string name) =>
    // name`) is not, its argument is a key". Identity helpers in the shapes device code writes them: a generic one
    // (`Fetch<T>(T name) => name`) and an extension method on the key (`"ups.password".FromVault()`), each given the key of
    // the setting, reaching a NetworkCredential's password.
    [Fact]
    public Task RT29_generic_and_extension_identity_helpers_given_setting_keys_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Vault
            {
                public static T Fetch<T>(T name) => name;
                public static string FromVault(this string name) => name;
            }
            public static class Mounts
            {
                public static NetworkCredential Nas() => new NetworkCredential("svc", Vault.Fetch("share/nas.password")); // expect: none
                public static NetworkCredential Ups() => new NetworkCredential("upsmon", "ups.password".FromVault()); // expect: none
            }
            """);

    // ---------- 2. keys held in tuples ----------

    // IOT1001 (fifteenth session): "Keys held in tuples are followed: returned by a helper and deconstructed (`var (id, key) =
    // BenchDevice();`) or kept in a static field (`Spare.Key`)". Deconstructions in the other spellings C# allows: element
    // types written out (`(string id, string key) = BenchDevice();`) and into variables declared before (`(id, key) =
    // Spare();`). (`var (id, key) = ...` and `var (_, id, key) = ...` are found.)
    [Fact]
    public Task RT29_hub_keys_deconstructed_with_types_or_into_existing_variables_are_held() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public static class BenchRig
            {
                private static (string DeviceId, string Key) BenchDevice() => ("bench-21", "Td1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string DeviceId, string Key) Spare() => ("spare-23", "Td3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                public static IAuthenticationMethod Typed()
                {
                    (string id, string key) = BenchDevice();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
                public static IAuthenticationMethod Existing()
                {
                    string id, key;
                    (id, key) = Spare();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
            }
            """);

    // IOT1001 (fifteenth session): keys held in tuples "returned by a helper and deconstructed" are followed. Three elements,
    // one discarded (`var (_, id, key) = Rig();`) and one the host (`var (host, id, key) = Rig();`).
    [Fact]
    public Task RT29_hub_keys_deconstructed_from_three_element_tuples_with_a_discard_are_held() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public static class BenchRig
            {
                private static (string Host, string DeviceId, string Key) Rig() => ("rig.azure-devices.net", "rig-22", "Td2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string Host, string DeviceId, string Key) Lab() => ("lab.azure-devices.net", "lab-24", "Td4Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                public static IAuthenticationMethod Discarded()
                {
                    var (_, id, key) = Rig();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
                public static DeviceClient Hosted()
                {
                    var (host, id, key) = Lab();
                    return DeviceClient.Create(host, new DeviceAuthenticationWithRegistrySymmetricKey(id, key));
                }
            }
            """);

    // IOT1001 (fifteenth session): keys held in tuples are followed, "returned by a helper ... or kept in a static field
    // (`Spare.Key`)". The tuple kept whole instead of deconstructed: in a local (`var bench = BenchDevice(); bench.Key`), in a
    // static field read by position (`Lab.Item2`), and returned by a static property (`Bench.Key`).
    [Fact]
    public Task RT29_hub_keys_in_tuples_held_whole_in_a_local_a_positional_field_and_a_property_are_held() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public static class BenchRig
            {
                private static (string DeviceId, string Key) BenchDevice() => ("bench-31", "Tw1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static readonly (string, string) Lab = ("lab-32", "Tw2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string DeviceId, string Key) Bench => ("bench-33", "Tw3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                public static IAuthenticationMethod Local()
                {
                    var bench = BenchDevice();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(bench.DeviceId, bench.Key);
                }
                public static IAuthenticationMethod Positional() => new DeviceAuthenticationWithRegistrySymmetricKey(Lab.Item1, Lab.Item2);
                public static IAuthenticationMethod Property() => new DeviceAuthenticationWithRegistrySymmetricKey(Bench.DeviceId, Bench.Key);
            }
            """);

    // IOT1001 (fifteenth session): a key "returned by a helper and deconstructed" is followed, and a helper that returns one
    // value written in it is followed. The bench helper written async (`async Task<(string, string)> BenchAsync()`) and
    // deconstructed after an await, as a provisioning fallback is.
    [Fact]
    public Task RT29_a_hub_key_in_a_tuple_returned_by_an_async_helper_and_deconstructed_after_await_is_held() =>
        ExpectComments.AssertAsync("""
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            public static class Provisioning
            {
            #pragma warning disable CS1998
                private static async Task<(string DeviceId, string Key)> BenchAsync() { return ("bench-41", "Ta1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); } // expect: IOT1001
            #pragma warning restore CS1998
                public static async Task<IAuthenticationMethod> Auth()
                {
                    var (id, key) = await BenchAsync();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration` ...;
    // configuration keys and environment variable names". Tuples returned by helpers and kept in static fields that hold a
    // hub's host, a device id and the name of the variable or setting holding the key; the key is read at run time.
    [Fact]
    public Task RT29_tuples_of_hosts_ids_and_key_variable_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using Microsoft.Azure.Devices.Client;
            public static class Showroom
            {
                private static (string Host, string KeyVariable) Rig() => ("showroom.azure-devices.net", "SHOWROOM_HUB_KEY"); // expect: none
                private static readonly (string DeviceId, string KeySetting) Spare = ("spare-51", "hub:spare:key"); // expect: none
                private static (string DeviceId, string Key) FromEnvironment() => ("env-52", Environment.GetEnvironmentVariable("HUB_KEY") ?? "");
                public static DeviceClient Open()
                {
                    var (host, keyVariable) = Rig();
                    return DeviceClient.Create(host, new DeviceAuthenticationWithRegistrySymmetricKey("showroom-50", Environment.GetEnvironmentVariable(keyVariable) ?? ""));
                }
                public static IAuthenticationMethod SpareAuth(IReadOnlyDictionary<string, string> cfg) => new DeviceAuthenticationWithRegistrySymmetricKey(Spare.DeviceId, cfg[Spare.KeySetting]);
                public static IAuthenticationMethod EnvAuth() { var (id, key) = FromEnvironment(); return new DeviceAuthenticationWithRegistrySymmetricKey(id, key); }
            }
            """);

    // ---------- 3. trimmed and no-text fallbacks ----------

    // IOT1001 (fifteenth session): "A caller's text stays the caller's when trimmed (`token.Trim()`, `token?.Trim()`) or given
    // a fallback of no text (`token ?? ""`), a primary constructor's parameter too." The other trims device code writes
    // (`TrimEnd('\r', '\n')` after a serial read, `(apiKey ?? "").Trim()`, `password?.TrimEnd() ?? string.Empty`).
    [Fact]
    public Task RT29_callers_text_trimmed_at_the_ends_or_coalesced_then_trimmed_is_still_the_callers() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class FeedClient
            {
                private readonly HttpClient _http = new();
                private readonly string _token;
                public FeedClient(string token) => _token = token.TrimEnd('\r', '\n');
                public void Authorize() => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            }
            public sealed class GaugeClient(string apiKey)
            {
                private readonly HttpClient _http = new();
                private readonly string _apiKey = (apiKey ?? "").Trim();
                public void Authorize() => _http.DefaultRequestHeaders.Add("X-API-Key", _apiKey);
            }
            public sealed class ShareLink
            {
                private readonly string _password;
                public ShareLink(string password) { _password = password?.TrimEnd() ?? string.Empty; }
                public NetworkCredential Credential() => new NetworkCredential("scanner", _password);
            }
            public static class Wiring
            {
                public static FeedClient Feed() => new FeedClient("Ft4-sawmill.Log-73Qz\r\n"); // expect: IOT1001
                public static GaugeClient Gauge() => new GaugeClient("Gk8-sawmill.Saw-19Mz"); // expect: IOT1001
                public static ShareLink Share() => new ShareLink("Sh2-sawmill.Edger-55 "); // expect: IOT1001
            }
            """);

    // IOT1001 (fifteenth session): a primary constructor's parameter keeps its caller's text when trimmed or given a fallback;
    // (RT28) the guard clause `?? throw new ArgumentNullException(...)` keeps it too. The guard in a primary constructor's
    // field initializer, and the trim in a record's property initializer.
    [Fact]
    public Task RT29_primary_constructor_and_record_parameters_guarded_or_trimmed_carry_the_callers_text() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class WeldLog(string apiKey)
            {
                private readonly HttpClient _http = new();
                private readonly string _apiKey = apiKey ?? throw new ArgumentNullException(nameof(apiKey));
                public void Authorize() => _http.DefaultRequestHeaders.Add("X-API-Key", _apiKey);
            }
            public sealed record CellLink(string Host, string Token)
            {
                public string CleanToken { get; } = Token.Trim();
                public AuthenticationHeaderValue Header() => new AuthenticationHeaderValue("Bearer", CleanToken);
            }
            public static class Cells
            {
                public static WeldLog Log() => new WeldLog("Wl6-weld.Torch-38Kp"); // expect: IOT1001
                public static CellLink Link() => new CellLink("cell-3.local", "Cl7-weld.Arc-64Rn "); // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings; values from parameters, the environment, `IConfiguration`, a
    // vault or a file". The same trims and no-text fallbacks given a file's text, a console read, the environment and "".
    [Fact]
    public Task RT29_trimmed_and_coalesced_parameters_given_run_time_text_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class FeedClient(string token)
            {
                private readonly HttpClient _http = new();
                private readonly string _token = token?.TrimEnd('\r', '\n') ?? "";
                public void Authorize() => _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _token);
            }
            public sealed class ShareLink
            {
                private readonly string _password;
                public ShareLink(string password) { _password = (password ?? string.Empty).Trim(); }
                public NetworkCredential Credential() => new NetworkCredential("scanner", _password);
            }
            public static class Wiring
            {
                public static FeedClient FromFile() => new FeedClient(File.ReadAllText("/etc/sawmill/feed.token"));
                public static FeedClient FromEnvironment() => new FeedClient(Environment.GetEnvironmentVariable("FEED_TOKEN") ?? "");
                public static ShareLink Typed() => new ShareLink(Console.ReadLine() ?? "");
                public static ShareLink Anonymous() => new ShareLink("");
            }
            """);

    // ---------- 4. interface and abstract credential properties inside larger values ----------

    // IOT1001 (fifteenth session): "An interface's credential property read inside a larger value (`string.Format("{0}:{1}",
    // settings.Username, settings.Password)` encoded into a Basic value) takes the implementing getters' values". The larger
    // values device code builds: an interpolated Bearer line set as an Authorization header, and a concatenation encoded into
    // a Basic value.
    [Fact]
    public Task RT29_interface_credentials_inside_an_interpolated_bearer_line_and_a_concatenated_basic_value_take_the_getters() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public interface IUplinkSettings { string ApiToken { get; } string User { get; } string Password { get; } }
            public sealed class KioskSettings : IUplinkSettings
            {
                public string ApiToken => Environment.GetEnvironmentVariable("KIOSK_TOKEN") ?? "Kt3-booth.Flash-81Wq"; // expect: IOT1001
                public string User => "booth";
                public string Password { get { return "Kp5-booth.Print-27Lx"; } } // expect: IOT1001
            }
            public static class KioskUplink
            {
                public static void Token(HttpClient http, IUplinkSettings s) => http.DefaultRequestHeaders.Add("Authorization", $"Bearer {s.ApiToken}");
                public static void Basic(HttpClient http, IUplinkSettings s) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(s.User + ":" + s.Password)));
            }
            """);

    // IOT1001 (fifteenth session): an interface's credential property read inside a larger value takes the implementing
    // getters' values; (fourteenth session) "A credential property declared abstract or virtual takes the values of the getters
    // that override it". An abstract password read inside `string.Concat` into a Basic value, and an interface key read inside
    // a request URL's secret-named query value.
    [Fact]
    public Task RT29_abstract_and_interface_credentials_inside_a_concat_basic_value_and_a_query_take_the_getters() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            public abstract class ModemProfile { public abstract string User { get; } public abstract string Password { get; } }
            public sealed class CellProfile : ModemProfile
            {
                public override string User => "chair";
                public override string Password => "Cp9-wheel.Joystick-46"; // expect: IOT1001
            }
            public interface IWeatherConfig { string ApiKey { get; } }
            public sealed class WeatherConfig : IWeatherConfig
            {
                public string ApiKey => Environment.GetEnvironmentVariable("OWM_KEY") ?? "9c4e1a7b3d5f48e2a6c0b8d4f2e6a1c3"; // expect: IOT1001
            }
            public static class ChairCloud
            {
                public static void Basic(HttpClient http, ModemProfile p) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes(string.Concat(p.User, ":", p.Password))));
                public static Task<string> Weather(HttpClient http, IWeatherConfig c, string city) =>
                    http.GetStringAsync("https://api.weather.example/data/2.5/weather?q=" + city + "&appid=" + c.ApiKey);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from ... the environment ... a vault or a file"; a user name and a
    // host are no secrets. The same larger values whose implementing getters write only a user, a host, a unit word and
    // fallbacks read from the device's store or a file.
    [Fact]
    public Task RT29_interface_properties_inside_larger_values_whose_getters_write_no_secret_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            public interface IKeyStore { string Read(string name); }
            public interface IUplinkSettings { string User { get; } string Password { get; } string ApiToken { get; } string Host { get; } string Units { get; } }
            public sealed class StoreSettings : IUplinkSettings
            {
                private readonly IKeyStore _store;
                public StoreSettings(IKeyStore store) => _store = store;
                public string User => Environment.GetEnvironmentVariable("UPLINK_USER") ?? "operator"; // expect: none
                public string Password => Environment.GetEnvironmentVariable("UPLINK_PASSWORD") ?? _store.Read("uplink-password");
                public string ApiToken => File.Exists("/etc/uplink.token") ? File.ReadAllText("/etc/uplink.token") : string.Empty;
                public string Host => Environment.GetEnvironmentVariable("UPLINK_HOST") ?? "uplink.local"; // expect: none
                public string Units => "metric"; // expect: none
            }
            public static class Uplink
            {
                public static Task<string> Send(HttpClient http, IUplinkSettings s)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{s.User}:{s.Password}")));
                    http.DefaultRequestHeaders.Add("X-Auth-Token", "Token " + s.ApiToken);
                    return http.GetStringAsync($"https://{s.Host}/api/v1/readings?units={s.Units}&user={s.User}");
                }
            }
            """);

    // ---------- 5. getters that choose a fallback beside a storing setter ----------

    // IOT1001 (fifteenth session): "a getter that chooses a written fallback (`Values["Password"] == null ? "..." :
    // Values["Password"].ToString()`) keeps it beside a setter that stores". The other choices a getter writes: a coalesce
    // (`get => _password ?? "..."`) and a switch expression over the unit's mode, each beside a setter that stores.
    [Fact]
    public Task RT29_coalesce_and_switch_getters_with_written_fallbacks_beside_storing_setters_reach_the_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using nanoFramework.Networking;
            public sealed class SirenSettings
            {
                private string? _password;
                private string _psk = "";
                public string Mode { get; set; } = "field";
                public string Password { get => _password ?? "Rs4-siren.Horn-72Qm"; set => _password = value; } // expect: IOT1001
                public string Psk
                {
                    get => Mode switch { "bench" => "Rk6-siren.Mast-39Lv", _ => _psk }; // expect: IOT1001
                    set => _psk = value;
                }
            }
            public static class Siren
            {
                public static NetworkCredential Portal(SirenSettings s) => new NetworkCredential("siren", s.Password);
                public static bool Join(SirenSettings s) => WifiNetworkHelper.ConnectDhcp("river-siren", s.Psk);
            }
            """);

    // IOT1001 (fifteenth session): a getter that chooses a written fallback keeps it beside a setter that stores. The choice
    // written as statements (`get { if (string.IsNullOrEmpty(_token)) return "..."; return _token; }`), as older device code
    // writes it; (fourteenth session) a helper's choice is read "however it is written: ... ifs and returns".
    [Fact]
    public Task RT29_a_getter_choosing_its_fallback_with_an_if_beside_a_storing_setter_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class ScannerSettings
            {
                private string _token = "";
                public string Token
                {
                    get
                    {
                        if (string.IsNullOrEmpty(_token))
                            return "St2-scanner.Laser-84Wn"; // expect: IOT1001
                        return _token;
                    }
                    set { _token = value; }
                }
            }
            public static class Scanner
            {
                public static void Authorize(HttpClient http, ScannerSettings s) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings; ... masks (`"********"`); labels"; a user name and a host are no
    // secrets. Getters beside storing setters whose fallbacks are empty, a mask, a user, a host and the environment.
    [Fact]
    public Task RT29_getters_whose_fallbacks_are_empty_masks_users_hosts_or_the_environment_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class BrokerSettings
            {
                private string? _user, _password, _host, _psk;
                public string User { get => _user ?? "operator"; set => _user = value; } // expect: none
                public string Password { get => _password ?? string.Empty; set => _password = value; }
                public string Host { get => _host ?? "mqtt.local"; set => _host = value; } // expect: none
                public string Psk { get => _psk ?? Environment.GetEnvironmentVariable("WIFI_PSK") ?? ""; set => _psk = value; }
            }
            public static class Broker
            {
                public static void Connect(BrokerSettings s)
                {
                    var client = new MqttClient(s.Host);
                    client.Connect("dosing-1", s.User, s.Password);
                }
                public static NetworkCredential Wifi(BrokerSettings s) => new NetworkCredential(s.User, s.Psk);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... masks (`"********"`); labels"; IOT1004 (fourteenth session): "a mask shown in
    // a secret's place (`password = (hidden)`, `********`, `[redacted]`) hold[s] no secret", and no finding "for names that end
    // in a non-secret word (`TokenScope`, ...)". A password's display, mask and state, shown on the HMI: getters beside storing
    // setters choosing between a mask and a state word. (PasswordMask and PasswordState stay quiet; PasswordDisplay, choosing
    // between "********" and "(set)", is reported as IOT1004.)
    [Fact]
    public Task RT29_getters_of_a_passwords_display_choosing_masks_and_states_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class PanelSettings
            {
                private string? _display, _mask, _state;
                public string PasswordDisplay { get => _display is null ? "********" : "(set)"; set => _display = value; } // expect: none
                public string PasswordMask { get => _mask ?? "********"; set => _mask = value; } // expect: none
                public string PasswordState { get => _state is null ? "(not set)" : "(set)"; set => _state = value; } // expect: none
                public void Show() => Console.WriteLine(PasswordDisplay + " " + PasswordMask + " " + PasswordState);
            }
            """);

    // ---------- 6. setter methods with several statements ----------

    // IOT1001 (fifteenth session): "A setter method's parameter stored in a credential-named member carries its callers' text
    // whatever it is called (`Initialize(string user, string auth, string priv) { AuthPassword = auth; PrivPassword = priv;
    // }`...)". A setter method as device code writes it: a guard, a log line and a time stamp around the stores, the
    // parameters named `u` and `p`.
    [Fact]
    public Task RT29_a_setter_method_with_guards_and_logging_around_the_store_carries_its_callers_text() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class BrokerLogin
            {
                public string User { get; private set; } = "";
                public string MqttPassword { get; private set; } = "";
                public DateTime SetAt { get; private set; }
                public void SetLogin(string u, string p)
                {
                    if (string.IsNullOrEmpty(u)) throw new ArgumentException("user", nameof(u));
                    Console.WriteLine("broker login set for " + u);
                    User = u;
                    MqttPassword = p;
                    SetAt = DateTime.UtcNow;
                }
                public void Connect(MqttClient client) => client.Connect("pumpjack-7", User, MqttPassword);
            }
            public static class Startup
            {
                public static void Run(MqttClient client)
                {
                    var login = new BrokerLogin();
                    login.SetLogin("pumpjack", "Pj4-rod.Stroke-118"); // expect: IOT1001
                    login.Connect(client);
                }
            }
            """);

    // IOT1001 (fifteenth session): a setter method's parameter stored in a credential-named member carries its callers' text
    // whatever it is called. The store written inside a `lock` (settings shared with a network thread) and trimmed
    // ("A caller's text stays the caller's when trimmed").
    [Fact]
    public Task RT29_a_setter_method_storing_under_a_lock_and_trimmed_carries_its_callers_text() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class WifiConfig
            {
                private static readonly object Gate = new object();
                private static string _ssid = "";
                private static string WifiPassword = "";
                public static void Configure(string name, string k)
                {
                    lock (Gate)
                    {
                        _ssid = name;
                        WifiPassword = k.Trim();
                    }
                }
                public static bool Join() => WifiNetworkHelper.ConnectDhcp(_ssid, WifiPassword);
            }
            public static class Boot
            {
                public static void Main() => WifiConfig.Configure("barn-ap", "Wb8-broiler.Feeder-27"); // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... environment variable names"; IOT1004: names that describe something else
    // (`PasswordPrompt`, `PasswordLabel`, ...) are not secrets. Setter methods storing their parameters in a member that names
    // where the password is kept, and in a prompt: the password is read from the environment at the sink.
    [Fact]
    public Task RT29_setter_methods_storing_variable_names_and_prompts_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class BrokerLogin
            {
                public string User { get; private set; } = "";
                public string PasswordVariable { get; private set; } = "";
                public string PasswordPrompt { get; private set; } = "";
                public void SetLogin(string u, string p)
                {
                    User = u;
                    PasswordVariable = p;
                }
                public void SetPrompt(string text) { PasswordPrompt = text; }
                public void Connect(MqttClient client) => client.Connect("pumpjack-8", User, Environment.GetEnvironmentVariable(PasswordVariable) ?? "");
            }
            public static class Startup
            {
                public static void Run(MqttClient client)
                {
                    var login = new BrokerLogin();
                    login.SetLogin("pumpjack", "MQTT_PASSWORD"); // expect: none
                    login.SetPrompt("Enter the broker password"); // expect: none
                    login.Connect(client);
                }
            }
            """);

    // ---------- 7. tables of logins compared by the team's code ----------

    // IOT1004 (fifteenth session): "a row of the team's table named as logins or passwords (`HmiLogins = new() { ["pumper"] =
    // "..." }`) looked up and compared by its own code (`HmiLogins.TryGetValue(user, out var expected) && expected ==
    // password`, ...) is reported here under the table's name"; IOT1001: "A row of a table not named as logins compared with a
    // received password stays this rule's". The tables as thread-safe HMIs keep them: ConcurrentDictionary.
    [Fact]
    public Task RT29_concurrent_dictionary_login_tables_compared_are_iot1004_and_other_tables_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Concurrent;
            public sealed class BatchingHmi
            {
                private static readonly ConcurrentDictionary<string, string> HmiLogins = new()
                {
                    ["batcher"] = "Mixer-Drum-5521", // expect: IOT1004
                    ["foreman"] = "Silo-Gate-Cement88", // expect: IOT1004
                };
                private static readonly ConcurrentDictionary<string, string> Shifts = new ConcurrentDictionary<string, string>
                {
                    ["night"] = "Aggregate-Bin-3307", // expect: IOT1001
                };
                public bool Hmi(string user, string password) => HmiLogins.TryGetValue(user, out var expected) && expected == password;
                public bool Shift(string user, string password) => Shifts.TryGetValue(user, out var expected) && expected == password;
            }
            """);

    // IOT1004 (fifteenth session): a row of the team's table named as logins or passwords looked up and compared by its own
    // code (`OperatorPasswords[user] == password`) is reported under the table's name. The table made immutable or frozen
    // from its initializer (`.ToImmutableDictionary()`, `.ToFrozenDictionary()`), as read-only tables are written in .NET 8.
    [Fact]
    public Task RT29_immutable_and_frozen_login_tables_compared_are_iot1004() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Frozen;
            using System.Collections.Generic;
            using System.Collections.Immutable;
            public sealed class WeldingCell
            {
                private static readonly ImmutableDictionary<string, string> OperatorPasswords = new Dictionary<string, string>
                {
                    ["welder"] = "Torch-Arc-Bead-4471", // expect: IOT1004
                }.ToImmutableDictionary();
                private static readonly FrozenDictionary<string, string> PanelLogins = new Dictionary<string, string>
                {
                    { "setter", "Jig-Clamp-Fixture19" }, // expect: IOT1004
                }.ToFrozenDictionary();
                public bool Operator(string user, string password) => OperatorPasswords.ContainsKey(user) && OperatorPasswords[user] == password;
                public bool Panel(string user, string password) => PanelLogins.TryGetValue(user, out var expected) && expected == password;
            }
            """);

    // IOT1004: "an unlisted password in a table of logins (`ServiceLogins = { ("dealer", "...") }`, a `(string User, string
    // Password)[]` table) that the team's code checks, reported under the table's name"; (fifteenth session) "as a table of
    // tuples is". The rows written as positional records, in an array checked by LINQ and in a list checked by a loop.
    [Fact]
    public Task RT29_login_tables_of_records_checked_by_linq_and_a_loop_are_iot1004() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Linq;
            public sealed record HmiLogin(string User, string Password);
            public sealed class LogScanner
            {
                private static readonly HmiLogin[] HmiLogins =
                {
                    new("sawyer", "Band-Saw-Kerf-2280"), // expect: IOT1004
                    new HmiLogin("grader", "Board-Foot-Grade61"), // expect: IOT1004
                };
                private static readonly List<HmiLogin> ServiceLogins = new() { new("service", "Carriage-Dog-7719") }; // expect: IOT1004
                public bool Hmi(string user, string password) => HmiLogins.Any(l => l.User == user && l.Password == password);
                public bool Service(string user, string password)
                {
                    foreach (var login in ServiceLogins)
                    {
                        if (login.User == user && login.Password == password) return true;
                    }
                    return false;
                }
            }
            """);

    // Hard negative. IOT1004: a table "of what is kept about credentials ... is none", labels and prose are no secrets
    // ("Names that describe something else are not secrets: ... `PasswordPrompt`, `PasswordLabel`"). Tables of labels
    // named near logins, looked up by the user and compared with what the code receives: the role a user asks for, a
    // language's prompt, a screen name.
    [Fact]
    public Task RT29_tables_of_login_screens_and_password_prompts_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Concurrent;
            using System.Collections.Generic;
            public sealed class Hmi
            {
                private static readonly ConcurrentDictionary<string, string> LoginScreens = new() { ["batcher"] = "MixerOverview" }; // expect: none
                private static readonly Dictionary<string, string> PasswordPrompts = new() { ["de"] = "Bitte Passwort eingeben", ["en"] = "Please enter your password" }; // expect: none none
                public bool OnScreen(string user, string screen) => LoginScreens.TryGetValue(user, out var home) && home == screen;
                public string Prompt(string language) => PasswordPrompts[language];
            }
            """);

    // Hard negative. IOT1004: "Names that describe something else are not secrets"; no finding "for names that end in a
    // non-secret word"; only "a table named as passwords, logins or the keys devices present as passwords" holds a credential
    // in every entry. A table of the role each login has, looked up and compared with the role a request asks for: role
    // names, not passwords (nor listed defaults: IOT1002 is for "a password- or PIN-named symbol holding a listed default").
    [Fact]
    public Task RT29_a_table_of_login_roles_compared_with_a_requested_role_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class Hmi
            {
                private static readonly Dictionary<string, string> LoginRoles = new() { ["batcher"] = "operator", ["foreman"] = "supervisor" }; // expect: none none
                public bool MayAct(string user, string requestedRole) => LoginRoles.TryGetValue(user, out var role) && role == requestedRole;
            }
            """);

    // ---------- 8. four hex digits under Pwd / Passwd spellings ----------

    // IOT1004 (fifteenth session): "Four hex digits under every spelling of a password's last word (`PanelPwd`,
    // `KeypadPasswd`, `DoorPassword2`) are a password"; the password words include "pwd ... and misspellings (..., pswd,
    // ...)", and a name written in upper case with underscores is read by its words. Upper case (`DOOR_PWD`), lower hex
    // digits under `keypadPasswd`, and `ServicePswd`.
    [Fact]
    public Task RT29_four_hex_digits_under_upper_case_lower_hex_and_misspelt_password_words_are_passwords() =>
        ExpectComments.AssertAsync("""
            public static class ServicePanel
            {
                private const string DOOR_PWD = "7A3C"; // expect: IOT1004
                private static readonly string keypadPasswd = "b4e1"; // expect: IOT1004
                private const string ServicePswd = "4C2E"; // expect: IOT1004
                public static bool Unlock(string typed) => typed == DOOR_PWD || typed == keypadPasswd || typed == ServicePswd;
            }
            """);

    // Hard negative. IOT1004: "under a UUID's or a characteristic's name (`PasswordCharacteristic = "2A3D"`) they are an
    // identifier"; names that end in a non-secret word are no secrets. Four hex digits under names that start with Pwd or
    // Passwd and end in what they are: a service UUID, a characteristic, a handle, a length.
    [Fact]
    public Task RT29_four_hex_digits_under_pwd_uuid_characteristic_handle_and_length_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class LockGatt
            {
                public const string PwdServiceUuid = "FFE0"; // expect: none
                public const string PasswdCharacteristic = "FFE1"; // expect: none
                public const string PwdHandle = "002A"; // expect: none
                public const string PwdMaxLengthHex = "0010"; // expect: none
                public static string Describe() => PwdServiceUuid + PasswdCharacteristic + PwdHandle + PwdMaxLengthHex;
            }
            """);

    // ---------- 9. numeric PINs from the clock, an address or a serial under ambiguous pin names ----------

    // IOT1005 (fifteenth session): "a number under a name that may be a hardware pin's (`ShiftPin`, `GatePin`) is a PIN when it
    // is made from the clock, a MAC or hardware address or a serial number"; the clock is "(`DateTime.Now`,
    // `Environment.TickCount`, ticks, timestamps)" and "any part of a date is the clock". The clock read as device code reads
    // it: `DateTime.Today`, `DateTimeOffset.UtcNow.ToUnixTimeSeconds()`, `Stopwatch.GetTimestamp()`.
    [Fact]
    public Task RT29_numeric_pins_from_today_a_unix_time_and_a_stopwatch_timestamp_under_ambiguous_names_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Diagnostics;
            public sealed class CarPark
            {
                public int ShiftPin() => DateTime.Today.DayOfYear * 37 % 10000; // expect: IOT1005
                public int GatePin => (int)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 86400 % 10000); // expect: IOT1005
                public int BarrierPin() => (int)(Stopwatch.GetTimestamp() % 1000000); // expect: IOT1005
            }
            """);

    // IOT1005 (fifteenth session): a number under a name that may be a hardware pin's is a PIN when it is made from "a MAC or
    // hardware address or a serial number". Numbers under LatchPin and ValvePin made from a PhysicalAddress's bytes and a
    // serial number's hash.
    [Fact]
    public Task RT29_numeric_pins_from_a_macs_bytes_and_a_serials_hash_under_ambiguous_names_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            public sealed class Digester
            {
                private readonly string _serialNumber;
                public Digester(string serialNumber) => _serialNumber = serialNumber;
                public int LatchPin(PhysicalAddress mac) => BitConverter.ToUInt16(mac.GetAddressBytes(), 4) % 10000; // expect: IOT1005
                public int ValvePin => Math.Abs(_serialNumber.GetHashCode()) % 10000; // expect: IOT1005
            }
            """);

    // IOT1005 (fifteenth session): a number under a name that may be a hardware pin's is a PIN when it is made from "a MAC or
    // hardware address"; (ninth session) "a value whose type is a hardware address, whatever it is called (`address.ToString()`
    // of a 32feet.NET `BluetoothAddress`, a `PhysicalAddress`)"; (thirteenth session) a parameter typed as a public address
    // derives a PIN "through the address's own renderings (`peer.ToInt64() % 10000`, ...)". The same rendering as a number
    // under PairPin. (`string pairPin = (peer.ToInt64() % 10000).ToString()` is found, RT28.)
    [Fact]
    public Task RT29_a_numeric_pin_from_a_bluetooth_address_under_an_ambiguous_name_is_derived() =>
        ExpectComments.AssertAsync(BluetoothLib, """
            using InTheHand.Net;
            public sealed class Wheelchair
            {
                public int PairPin(BluetoothAddress peer) => (int)(peer.ToInt64() % 10000); // expect: IOT1005
            }
            """);

    // Hard negative. IOT1005 (fifteenth session): "numbers from an index, an offset or constants stay pins"; "A bare `pin`
    // integer is a GPIO pin". GPIO pins beside the clock: a pin chosen between two constants by the hour (the number is a
    // constant's), a button pin whose presses are timed by a Stopwatch, a strobe pin at an offset, and a hold time under a
    // name that ends in its unit.
    [Fact]
    public Task RT29_gpio_pins_chosen_by_the_clock_timed_or_offset_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Diagnostics;
            public sealed class Feeder
            {
                private const int MorningPin = 17;
                private const int EveningPin = 27;
                private const int BasePin = 5;
                private readonly Stopwatch _held = new Stopwatch();
                private long _pressedAt;
                public int ButtonPin { get; } = 22; // expect: none
                public int ActivePin => DateTime.Now.Hour < 12 ? MorningPin : EveningPin; // expect: none
                public int StrobePin(int channel) => BasePin + channel; // expect: none
                public int ShiftPinHoldMs => (int)_held.ElapsedMilliseconds; // expect: none
                public void Pressed() => _pressedAt = Stopwatch.GetTimestamp();
                public long PressedAt => _pressedAt;
            }
            """);

    // ---------- 10. keyed functions however written ----------

    // Hard negative. IOT1005 (fifteenth session): "A keyed function ends the chain however it is written: .NET's streaming HMAC
    // (`IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key)` and its `GetHashAndReset()`)"; "`HMACSHA256` with a factory
    // secret ... ends the chain". The streaming HMAC made once in the constructor and kept in a field (reused for every
    // pairing), over the unit's MAC.
    [Fact]
    public Task RT29_a_pin_from_an_incremental_hmac_kept_in_a_field_made_in_the_constructor_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            public sealed class PairingService
            {
                private readonly IncrementalHash _mac;
                public PairingService(byte[] factoryKey) => _mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, factoryKey);
                public string PairingPin(PhysicalAddress radio)
                {
                    _mac.AppendData(radio.GetAddressBytes());
                    var pairingPin = (BitConverter.ToUInt32(_mac.GetHashAndReset(), 0) % 1000000).ToString("D6"); // expect: none
                    return pairingPin;
                }
            }
            """);

    // Hard negative. IOT1005 (fifteenth session): "a team helper whose body returns a keyed function's output whatever it is
    // called (`ComputeMac(data, deviceKey)` over `HMACSHA256.HashData`)". Helpers written over several statements (the tag
    // held in a local and returned), and a helper that formats what another keyed helper returns.
    [Fact]
    public Task RT29_codes_from_keyed_helpers_written_over_statements_and_in_two_levels_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Provisioner
            {
                private readonly byte[] _factoryKey;
                public Provisioner(byte[] factoryKey) => _factoryKey = factoryKey;
                public string SetupCode(string serialNumber)
                {
                    var setupCode = Convert.ToHexString(Tag(Encoding.UTF8.GetBytes(serialNumber), _factoryKey))[..8]; // expect: none
                    return setupCode;
                }
                public string ApPassword(string serialNumber)
                {
                    var apPassword = Code(serialNumber, _factoryKey); // expect: none
                    return apPassword;
                }
                private static byte[] Tag(byte[] data, byte[] key)
                {
                    using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
                    h.AppendData(data);
                    var tag = h.GetHashAndReset();
                    return tag;
                }
                private static string Code(string serial, byte[] key) => Hex(Digest(key, serial)).Substring(0, 12);
                private static string Hex(byte[] bytes) => Convert.ToHexString(bytes);
                private static byte[] Digest(byte[] key, string serial) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(serial));
            }
            """);

    // IOT1005: "Encodings and unkeyed hashes of such data (`BitConverter.ToString`, ..., `SHA256.HashData(mac)`) are still
    // derived from public data"; only "a keyed function" ends the chain. An unkeyed hash named like a MAC: a team helper
    // `ComputeMac(data)` over SHA-256 (a "MAC" with no key), over the serial.
    [Fact]
    public Task RT29_a_code_from_an_unkeyed_hash_helper_named_like_a_mac_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Provisioner
            {
                public string PairingPin(string serialNumber)
                {
                    var pairingPin = (BitConverter.ToUInt32(ComputeMac(Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
                private static byte[] ComputeMac(byte[] data) => SHA256.HashData(data);
            }
            """);

    // IOT1005: "Encodings and unkeyed hashes of such data ... are still derived from public data"; "Derivations over several
    // statements are followed". .NET's streaming hash made unkeyed (`IncrementalHash.CreateHash`), fed the serial and read
    // with `GetHashAndReset()`: the same type as the streaming HMAC, with no key.
    [Fact]
    public Task RT29_a_code_from_an_unkeyed_incremental_hash_of_the_serial_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Provisioner
            {
                public string SetupCode(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256); h.AppendData(Encoding.UTF8.GetBytes(serialNumber)); var setupCode = Convert.ToHexString(h.GetHashAndReset())[..8]; // expect: IOT1005
                    return setupCode;
                }
            }
            """);

    // IOT1005: "A keyed function (`HMACSHA256` with a factory secret, PBKDF2, HKDF) ... ends the chain"; (thirteenth session) a
    // keyed part counts because "no one computes the signature without the key". An HMAC keyed with the unit's own MAC
    // address or serial number is computed by anyone who reads them: the PIN is still derived from public data.
    [Fact]
    public Task RT29_pins_from_hmacs_keyed_with_the_mac_or_the_serial_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Wheelchair
            {
                public string PairingPin(PhysicalAddress radio)
                {
                    var mac = radio.GetAddressBytes(); using var h = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, mac); h.AppendData(mac); var pairingPin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
                public string ServicePin(string serialNumber)
                {
                    var servicePin = (BitConverter.ToUInt32(HMACSHA256.HashData(Encoding.UTF8.GetBytes(serialNumber), Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4"); // expect: IOT1005
                    return servicePin;
                }
            }
            """);

    // ---------- 11. crashes on half-typed code, and cost ----------

    private const string SessionShapes = """"
        using System; using System.Collections.Concurrent; using System.Collections.Frozen; using System.Collections.Generic; using System.Collections.Immutable;
        using System.Diagnostics; using System.Linq; using System.Net; using System.Net.Http; using System.Net.Http.Headers; using System.Net.NetworkInformation;
        using System.Security.Cryptography; using System.Text; using System.Threading.Tasks; using Microsoft.Azure.Devices.Client; using nanoFramework.Networking;
        using uPLibrary.Networking.M2Mqtt;
        namespace InfluxDB.Client { public class InfluxDBClient { public InfluxDBClient(string url, string token) { } } }
        namespace Rt29.Device
        {
            public static partial class Secrets { public static partial string InfluxToken(); public static string TokenFor<T>() => "Rz1-x.y-Tok3nQ"; }
            public static partial class Secrets { public static partial string InfluxToken() { return "Rz2-x.y-Tok3nQ"; } }
            public sealed class Gateway { public string Id { get; } = "gw"; }
            public static class GatewayKeys { public static string GatewayKey(this Gateway g) { return "Rz3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="; } }
            public sealed record HmiLogin(string User, string Password);
            public interface IUplinkSettings { string User { get; } string Password { get; } }
            public abstract class ModemProfile { public abstract string Password { get; } }
            public sealed class CellProfile : ModemProfile { public override string Password => "Rz4-cell.Pw"; }
            public sealed class UplinkSettings : IUplinkSettings
            {
                private string? _password; private string _token = "";
                public string User => "u";
                public string Password { get => _password ?? "Rz5-pw.Fallback"; set => _password = value; }
                public string Token { get { if (string.IsNullOrEmpty(_token)) return "Rz6-tok.Fallback"; return _token; } set { _token = value; } }
            }
            public sealed class FeedClient(string token) { private readonly string _t = (token ?? "").Trim(); public AuthenticationHeaderValue H() => new("Bearer", _t.TrimEnd('\r', '\n')); }
            public sealed class BrokerLogin
            {
                private readonly object _gate = new();
                public string MqttPassword { get; private set; } = "";
                public void SetLogin(string u, string p) { if (u is null) throw new ArgumentNullException(nameof(u)); lock (_gate) { MqttPassword = p.Trim(); } }
            }
            public sealed class Rig
            {
                private static readonly ConcurrentDictionary<string, string> HmiLogins = new() { ["batcher"] = "Rz7-Mixer-Drum" };
                private static readonly ImmutableDictionary<string, string> OperatorPasswords = new Dictionary<string, string> { ["w"] = "Rz8-Torch-Arc" }.ToImmutableDictionary();
                private static readonly FrozenDictionary<string, string> PanelLogins = new Dictionary<string, string> { { "s", "Rz9-Jig-Clamp" } }.ToFrozenDictionary();
                private static readonly HmiLogin[] ServiceLogins = { new("service", "Ry1-Carriage-Dog") };
                private const string DOOR_PWD = "7A3C", ServicePswd = "4C2E";
                private static readonly (string, string) Lab = ("lab", "Ry2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts=");
                private readonly IncrementalHash _mac;
                private readonly string _serialNumber;
                public Rig(byte[] key, string serialNumber) { _mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key); _serialNumber = serialNumber; }
                private static (string Host, string DeviceId, string Key) BenchDevice() => ("h", "b", "Ry3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts=");
                private static async Task<(string DeviceId, string Key)> BenchAsync() { await Task.Yield(); return ("b", "Ry4Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); }
                private static Task<string> TokenAsync() => Task.FromResult("Ry5-tok.Async");
                public async Task<IAuthenticationMethod> Auth(Gateway g)
                {
                    (string h, string id, string key) = BenchDevice(); var (_, id2, key2) = BenchDevice(); var (id3, key3) = await BenchAsync(); var t = BenchDevice();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id + id2 + id3 + t.DeviceId, key + key2 + key3 + t.Key + Lab.Item2 + g.GatewayKey() + h);
                }
                public async Task Http(HttpClient http, IUplinkSettings s, ModemProfile p, UplinkSettings u)
                {
                    http.DefaultRequestHeaders.Add("Authorization", $"Bearer {s.Password}" + await TokenAsync() + Secrets.TokenFor<Rig>() + Secrets.InfluxToken());
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Concat(s.User, ":", p.Password, u.Token))));
                }
                public bool Check(string user, string password) =>
                    (HmiLogins.TryGetValue(user, out var a) && a == password) || OperatorPasswords[user] == password || (PanelLogins.TryGetValue(user, out var b) && b == password) ||
                    ServiceLogins.Any(l => l.User == user && l.Password == password) || password == DOOR_PWD || password == ServicePswd;
                public int ShiftPin() => DateTime.Today.DayOfYear * 37 % 10000;
                public int BarrierPin() => (int)(Stopwatch.GetTimestamp() % 1000000);
                public int ValvePin => Math.Abs(_serialNumber.GetHashCode()) % 10000;
                public int LatchPin(PhysicalAddress mac) => BitConverter.ToUInt16(mac.GetAddressBytes(), 4) % 10000;
                public string PairingPin(PhysicalAddress radio) { _mac.AppendData(radio.GetAddressBytes()); var pairingPin = (BitConverter.ToUInt32(_mac.GetHashAndReset(), 0) % 1000000).ToString("D6"); return pairingPin; }
                private static byte[] ComputeMac(byte[] data) => SHA256.HashData(data);
                public string SetupCode(string serialNumber) { var setupCode = Convert.ToHexString(ComputeMac(Encoding.UTF8.GetBytes(serialNumber)))[..8]; return setupCode; }
                public void Run(MqttClient c) { var login = new BrokerLogin(); login.SetLogin("pj", "Ry6-rod.Stroke"); c.Connect("pj", "pj", login.MqttPassword); _ = new FeedClient("Ry7-feed.Tok\r\n").H(); }
            }
        }
        """";

    // The shapes compile whole (so the cuts exercise the session's code paths, not only the parser's recovery).
    [Fact]
    public void RT29_session_shapes_compile()
    {
        AnalyzerRunner.AssertCompilesAgainstLibraries(SessionShapes);
    }

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor": every cut of the
    // session's shapes, and every copy with a few characters removed.
    [Fact]
    public async Task RT29_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        _out.WriteLine($"{await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 53, removed: 7)} sources");

    // Hand-picked half-typed forms of the session's shapes as an editor sees them, and forms the compiler rejects: partial
    // methods with no implementation or two, helpers with no body, tuples of the wrong arity or cut short, trims with no
    // receiver, getters with empty choices, setter methods storing nothing, login tables of half-written rows, pins from a
    // clock cut short, HMACs made with no key.
    [Fact]
    public Task RT29_no_analyzer_throws_on_half_typed_session_forms() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """static partial class S { public static partial string T(); public static partial string U() => "Kq1-x.y"; public static partial string U() => "Kq2-x.y"; static partial string V() { return ; } static object A() => new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", S.T() + S.V() + S.U()); }""",
            """static class G { static string T<T>() => ; static string U<>() => "Kq3-x.y"; static object A() => new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", T<int>() + U<>() + G.T<>()); static async System.Threading.Tasks.Task<string> B() { return } static async System.Threading.Tasks.Task C(System.Net.Http.HttpClient h) => h.DefaultRequestHeaders.Add("X-API-Key", await B( ); }""",
            """static class R { static (string, string Key) B() => ("b", ); static (string A, string B, string C) C() => ("a", "Kq4-x.y"); static object A() { (string id, string key) = B(; var (_, , k) = C(); string x, y; (x, y) = ; var t = B(); return new Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey(id, key + k + t. + t.Item3 + x); } static async System.Threading.Tasks.Task<(string, string)> D() { return ("a", } static async System.Threading.Tasks.Task E() { var (a, b) = await ; var (c, d) = await D(); } }""",
            """class F(string token) { readonly string _t = token.TrimEnd('\r', ); readonly string _u = ( ?? "").Trim(); readonly string _v = token?.TrimEnd() ?? ; readonly string _w = token ?? throw ; } record L(string Host, string Token) { public string C { get; } = Token.Trim(; }""",
            """interface I { string Password { get; } } abstract class M { public abstract string Password { get; } } class C : I { public string Password => ?? "Kq5-x.y"; } class D : M { public override string Password { get { return } } } static class U { static object A(I i, M m) => new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", System.Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(string.Concat(i.Password, ":", m.) + $"{i.}"))); }""",
            """class S { string? _p; string _t = ""; public string Password { get => _p ?? ; set => _p = value; } public string Psk { get => M switch { "bench" => , _ => _t }; set => } public string M { get; set; } = ""; public string Token { get { if () return "Kq6-x.y"; return ; } set { _t = value; } } object A() => new System.Net.NetworkCredential("u", Password + Psk + Token); }""",
            """class B { public string MqttPassword { get; private set; } = ""; object _g = new(); public void SetLogin(string u, string p) { if (u is null) throw ; lock () { MqttPassword = p.Trim(; } MqttPassword = ; } void R(uPLibrary.Networking.M2Mqtt.MqttClient c) { SetLogin("u", ); SetLogin(, "Kq7-x.y"); c.Connect("i", "u", MqttPassword); } }""",
            """class T { static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> HmiLogins = new() { ["a"] = , [] = "Kq8-x.y" }; static readonly System.Collections.Immutable.ImmutableDictionary<string, string> OperatorPasswords = new System.Collections.Generic.Dictionary<string, string> { ["w"] = "Kq9-x.y" }.ToImmutableDictionary(; record HmiLogin(string User, string Password); static readonly HmiLogin[] L = { new("s", ), new( }; bool C(string u, string p) => HmiLogins.TryGetValue(u, out var e) && e == || OperatorPasswords[] == p || System.Linq.Enumerable.Any(L, l => l.Password == ); const string DOOR_PWD = "7A3; }""",
            """class P { int ShiftPin() => System.DateTime.Today. * 37 % 10000; int GatePin => (int)(System.DateTimeOffset.UtcNow.ToUnixTimeSeconds( % 10000); int BarrierPin() => (int)(System.Diagnostics.Stopwatch.GetTimestamp() % ); int LatchPin(System.Net.NetworkInformation.PhysicalAddress) => System.BitConverter.ToUInt16(mac.GetAddressBytes(), 4) % 10000; int ActivePin => System.DateTime.Now.Hour < 12 ? : 27; }""",
            """class K { readonly System.Security.Cryptography.IncrementalHash _m; K(byte[] k) => _m = System.Security.Cryptography.IncrementalHash.CreateHMAC(System.Security.Cryptography.HashAlgorithmName.SHA256, ); string Pin(byte[] mac) { _m.AppendData(mac); var pairingPin = (System.BitConverter.ToUInt32(_m.GetHashAndReset(, 0) % 1000000).ToString("D6"); return pairingPin; } static byte[] Tag(byte[] d, byte[] k) { using var h = System.Security.Cryptography.IncrementalHash.CreateHMAC(; return h.GetHashAndReset(); } static byte[] ComputeMac(byte[] d) => System.Security.Cryptography.SHA256.HashData(; string SetupCode(string serialNumber) { var setupCode = System.Convert.ToHexString(Tag(ComputeMac(), ))[..8]; return setupCode; } static string Code(string s, byte[] k) => Code(s, k); string ApPassword(string serialNumber) { var apPassword = Code(serialNumber, null); return apPassword; } }""",
        });

    // DESIGN (cost guards, as red teams 15 and 25-28): an instance call of a source method at a sink (`s.Token()`) is read
    // when the compilation declares a method of that name (fifteenth session), the method's returned values followed. A fleet
    // of 1,000 drivers, each with its own secrets class declaring a method of the same name (`Token()`, each reading the
    // environment) called at its own sink, must not cost much more than the same drivers whose methods are named apart
    // (`Token0()` ... `Token999()`): neither has a finding.
    private static string ManyInstanceHelpers(bool sameName, int drivers)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net.Http.Headers;");
        for (var i = 0; i < drivers; i++)
        {
            var method = sameName ? "Token" : $"Token{i}";
            sb.AppendLine($"public sealed class Driver{i}Secrets {{ public string {method}() => Environment.GetEnvironmentVariable(\"DRIVER_{i}_TOKEN\") ?? string.Empty; }}");
            sb.AppendLine($"public static class Driver{i} {{ public static AuthenticationHeaderValue Auth(Driver{i}Secrets s) => new AuthenticationHeaderValue(\"Bearer\", s.{method}()); }}");
        }

        return sb.ToString();
    }

    [Fact]
    public async Task RT29_many_instance_helpers_of_one_name_at_sinks_cost_no_more_than_names_apart()
    {
        await CostGuards.TimeAsync(ManyInstanceHelpers(sameName: true, 200));
        await CostGuards.TimeAsync(ManyInstanceHelpers(sameName: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManyInstanceHelpers(sameName: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManyInstanceHelpers(sameName: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // DESIGN (cost guards): a setter method's parameter stored in a credential-named member carries its callers' text whatever
    // it is called (fifteenth session): the callers of the setter are found by the method's name. 1,000 drivers, each with a
    // `Configure(string u, string p)` storing `p` in a `Password` member read at a NetworkCredential and called once with the
    // environment's value, must not cost much more than the same drivers whose setters are named apart (`Configure0` ...).
    private static string ManySetterMethods(bool sameName, int drivers)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net;");
        for (var i = 0; i < drivers; i++)
        {
            var method = sameName ? "Configure" : $"Configure{i}";
            sb.AppendLine($"public sealed class Link{i} {{ public string User {{ get; private set; }} = \"\"; public string Password {{ get; private set; }} = \"\"; " +
                          $"public void {method}(string u, string p) {{ User = u; Password = p; }} public NetworkCredential Credential() => new NetworkCredential(User, Password); }}");
            sb.AppendLine($"public static class Link{i}Setup {{ public static Link{i} Create() {{ var l = new Link{i}(); l.{method}(\"user{i}\", Environment.GetEnvironmentVariable(\"LINK_{i}_PASSWORD\") ?? \"\"); return l; }} }}");
        }

        return sb.ToString();
    }

    [Fact]
    public async Task RT29_many_setter_methods_of_one_name_cost_no_more_than_names_apart()
    {
        await CostGuards.TimeAsync(ManySetterMethods(sameName: true, 200));
        await CostGuards.TimeAsync(ManySetterMethods(sameName: false, 1000));
        var baseline = await CostGuards.MedianOfThreeAsync(ManySetterMethods(sameName: false, 1000));
        var followed = await CostGuards.MedianOfThreeAsync(ManySetterMethods(sameName: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
