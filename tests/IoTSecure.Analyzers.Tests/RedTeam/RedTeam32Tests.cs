using System;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 32: the changes since c6dc3a7~1 (the seventeenth session's late fixes): the per-root index of member writes;
/// getters choosing inside lock, try and else-if chains and read by their own type; null-conditional member reads and long
/// chains; deconstructions on several branches and defaults after them; streaming hashes and HMACs keyed later
/// (IncrementalHash, the Key property, using statements) and provisioned secrets fed to them; key fields given a MAC;
/// camel- and Pascal-case dotted and slashed setting keys; YAML section headers in configuration text; OctetString around a
/// helper; bare PIN numbers cut to a PIN's digits; helper values held in locals; Task.Run work items; local functions giving
/// defaults; deconstructions into fields; holders built in a field and filled by the constructor; Convert.FromHexString of a
/// constant at a library key parameter; OTP model members drawn from System.Random. In the spellings device code uses
/// (partial types, structs, records, static local functions, with-expressions, raw strings, CRLF text, mixed
/// null-conditional chains) beside the session's own. About half of the tests are hard negatives. Expectations come from
/// docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam32Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam32Tests(ITestOutputHelper output) => _out = output;

    // A LoRaWAN modem driver of a referenced library (parameters named as keys, bytes), as the twenty-ninth corpus declares it.
    private const string LoRaModem = """
        namespace Vendor.LoRa
        {
            public class Modem
            {
                public void JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) { }
                public void ActivateAbp(uint devAddr, byte[] nwkSKey, byte[] appSKey) { }
            }
        }
        """;

    // ---------- 1. members read through null-conditionals ----------

    // IOT1001 (seventeenth session): "Members read through null-conditionals (`_cfg?.Mqtt?.Password`) are followed as plain
    // reads are"; "The value is followed back to where it is written ... auto-properties with initializers". The most common
    // spelling of an optional settings object: only the first link is null-conditional (`_cfg?.Mqtt.Password`), the
    // section itself is always there.
    [Fact]
    public Task RT32_a_password_read_through_a_mixed_null_conditional_chain_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class MqttSection
            {
                public string User { get; } = "boiler";
                public string Password { get; } = "Nc4-boiler.Broker-27Qv"; // expect: IOT1001
            }
            public sealed class BoilerConfig { public MqttSection Mqtt { get; } = new(); }
            public sealed class Boiler
            {
                private readonly BoilerConfig? _cfg;
                public Boiler(BoilerConfig? cfg) => _cfg = cfg;
                public void Connect(MqttClient mqtt) => mqtt.Connect("boiler-2", _cfg?.Mqtt.User, _cfg?.Mqtt.Password);
            }
            """);

    // IOT1001 (seventeenth session): "Members read through null-conditionals (`_cfg?.Mqtt?.Password`) are followed as plain
    // reads are" (the session's notes: "chains of any length"). A host's services reached through six optional links, as
    // dependency-injected device code reads its broker settings.
    [Fact]
    public Task RT32_a_password_read_through_six_null_conditional_links_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public sealed class BrokerSection { public string Password { get; } = "Nc5-still.Broker-63Wd"; } // expect: IOT1001
            public sealed class MqttSection { public BrokerSection? Broker { get; set; } }
            public sealed class NetworkSection { public MqttSection? Mqtt { get; set; } }
            public sealed class DeviceSection { public NetworkSection? Network { get; set; } }
            public sealed class Services { public DeviceSection? Device { get; set; } }
            public sealed class StillHost { public Services? Services { get; set; } }
            public sealed class Still
            {
                private readonly StillHost? _host;
                public Still(StillHost? host) => _host = host;
                public void Connect(MqttClient mqtt) => mqtt.Connect("still-4", "still", _host?.Services?.Device?.Network?.Mqtt?.Broker?.Password);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file; ... configuration keys and environment variable names"; a user name is no secret. Null-conditional reads of a
    // section whose password comes from the environment, whose user name is written, and whose setting key (a Pascal-case
    // dotted key, IOT1004 sixteenth session) is looked up in a vault.
    [Fact]
    public Task RT32_null_conditional_reads_of_user_names_environment_values_and_setting_keys_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class MqttSection
            {
                public string UserName { get; } = "still-operator";
                public string PasswordKey { get; } = "Still.Mqtt.Password";
                public string Password { get; } = Environment.GetEnvironmentVariable("STILL_MQTT_PASSWORD") ?? "";
            }
            public sealed class StillConfig { public MqttSection? Mqtt { get; set; } }
            public sealed class Still
            {
                private readonly StillConfig? _cfg;
                private readonly IReadOnlyDictionary<string, string> _vault;
                public Still(StillConfig? cfg, IReadOnlyDictionary<string, string> vault) { _cfg = cfg; _vault = vault; }
                public void Connect(MqttClient mqtt, MqttClient spare)
                {
                    mqtt.Connect("still-1", _cfg?.Mqtt?.UserName, _cfg?.Mqtt?.Password);
                    spare.Connect("still-1b", _cfg?.Mqtt.UserName, _vault[_cfg?.Mqtt?.PasswordKey ?? "Still.Mqtt.Password"]);
                }
            }
            """);

    // ---------- 2. getters choosing inside lock, try and else-if chains ----------

    // IOT1001 (seventeenth session): "getters choosing inside `lock`, `try`/`catch` ... and else-if chains, also when read by
    // their own type"; (IOT1001) helpers are followed when they are "private ones in another part of a partial type". The
    // lock-guarded getter in one part of a partial uploader, read by the type's other part at the header.
    [Fact]
    public Task RT32_a_lock_getter_read_by_another_part_of_its_partial_type_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            public sealed partial class KettleUploader
            {
                private readonly object _gate = new();
                private string _token = "";
                public string Token
                {
                    get
                    {
                        lock (_gate)
                        {
                            if (_token.Length == 0)
                            {
                                return "Lk7-kettle.Upload-84Rw"; // expect: IOT1001
                            }
                            return _token;
                        }
                    }
                    set { lock (_gate) { _token = value; } }
                }
            }
            """, """
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed partial class KettleUploader
            {
                public void Authorize(HttpClient http) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            }
            """);

    // IOT1001 (seventeenth session): getters choosing "inside `lock`, `try`/`catch` (a written fallback in the catch) ...,
    // also when read by their own type"; "Every written choice is judged at its own literal". A static getter that reads the
    // key file inside a lock and falls back in two catch clauses (one logging first), read by the type's own static method.
    [Fact]
    public Task RT32_a_static_getters_fallbacks_in_catches_inside_a_lock_reach_the_header() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            public static class FermenterCloud
            {
                private static readonly object Gate = new();
                private static string ApiKey
                {
                    get
                    {
                        lock (Gate)
                        {
                            try
                            {
                                return File.ReadAllText("/data/fermenter.key").Trim();
                            }
                            catch (IOException e)
                            {
                                Console.Error.WriteLine(e.Message);
                                return "Tk3-fermenter.Cloud-29Pz"; // expect: IOT1001
                            }
                            catch (UnauthorizedAccessException)
                            {
                                return "Tk4-fermenter.Spare-71Gd"; // expect: IOT1001
                            }
                        }
                    }
                }
                public static void Authorize(HttpClient http) => http.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
            }
            """);

    // IOT1001 (seventeenth session): getters "choosing inside `lock` ... also when read by their own type"; (fourteenth
    // session) "a switch statement"; "Basic authentication built in code ... is judged as the header it produces"; (fifteenth
    // session) a credential property "read inside a larger value (`string.Format("{0}:{1}", settings.Username,
    // settings.Password)` encoded into a Basic value) takes the implementing getters' values". A camera's password getter with
    // a switch statement (a `when` clause on one case) inside a lock, read on `this` in the Basic login it builds.
    [Fact(Skip = "Open defect (red team 32): miss: a getter choosing between several written values with statements is not read inside a Basic login built in code (one it returns alone is; it is at NetworkCredential)")]
    public Task RT32_a_switch_getter_inside_a_lock_read_on_this_in_a_basic_login_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class PressCamera
            {
                private readonly object _gate = new();
                private string _password = "";
                public string Site { get; set; } = "field";
                public string User => "press-cam";
                public string Password
                {
                    get
                    {
                        lock (_gate)
                        {
                            switch (Site)
                            {
                                case "bench" when _password.Length == 0:
                                    return "Sw4-press.Bench-61Lq"; // expect: IOT1001
                                case "lab":
                                    return "Sw5-press.Lab-38Vn"; // expect: IOT1001
                                default:
                                    return _password;
                            }
                        }
                    }
                    set { lock (_gate) { _password = value; } }
                }
                public void Authorize(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{this.Password}")));
            }
            """);

    // Hard negative. IOT1001: "Not findings: empty strings; values from parameters, the environment, ... or a file"; a
    // header's name is no secret. A lock-and-try getter falling back to no text, an else-if chain reading each site's key
    // from the environment (the site names are compared, never returned), and a lock getter choosing a header's name.
    [Fact]
    public Task RT32_lock_try_and_else_if_getters_returning_no_text_environment_values_or_header_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            public sealed class SiloSettings
            {
                private readonly object _gate = new();
                private string _token = "";
                public string Site { get; set; } = "";
                public string Token
                {
                    get
                    {
                        lock (_gate)
                        {
                            try { return File.ReadAllText("/data/silo.token").Trim(); }
                            catch (IOException) { return string.Empty; }
                        }
                    }
                }
                public string ApiKey
                {
                    get
                    {
                        if (Site == "Silo-North-7Kq2") return Environment.GetEnvironmentVariable("SILO_NORTH_API_KEY") ?? "";
                        else if (Site == "Silo-South-3Wm8") return Environment.GetEnvironmentVariable("SILO_SOUTH_API_KEY") ?? "";
                        else if (Site == "Silo-East-9Rt4") return Environment.GetEnvironmentVariable("SILO_EAST_API_KEY") ?? "";
                        else return _token;
                    }
                }
                public string TokenHeader
                {
                    get { lock (_gate) { if (Site.Length == 0) return "X-Silo-Token"; return "X-" + Site + "-Token"; } }
                }
                public void Authorize(HttpClient http)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
                    http.DefaultRequestHeaders.Add("X-API-Key", ApiKey);
                    http.DefaultRequestHeaders.Add(TokenHeader, _token);
                }
            }
            """);

    // Hard negative. IOT1004: "data whose name or value says it is fake, test, dummy, example, sample, mock or stub data, as
    // a word (`DummyPassword`, ...)" is not reported; a getter counts "by what its getter returns". A simulator's mock broker
    // password chosen inside a lock and a sample token in a catch, read by their own type's log line (no sink).
    [Fact]
    public Task RT32_mock_and_sample_named_statement_getters_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            public sealed class BrokerSimulator
            {
                private readonly object _gate = new();
                private string _password = "";
                public string MockPassword
                {
                    get { lock (_gate) { if (_password.Length == 0) return "Mk1-sim.Broker-22Lp"; return _password; } }
                }
                public string SampleToken
                {
                    get
                    {
                        try { return File.ReadAllText("/sim/token"); }
                        catch (IOException) { return "Mk2-sim.Token-57Rv"; }
                    }
                }
                public void Describe() => Console.WriteLine($"simulated broker: {MockPassword.Length} / {SampleToken.Length} characters");
            }
            """);

    // ---------- 3. functions giving a held local a default ----------

    // IOT1001 (seventeenth session): "A function that holds a value in a local, gives it a default when it is missing and
    // returns it (`var t = _token; if (t.Length == 0) t = "..."; return t;`) ships that default"; async helpers are followed
    // "when the async helper waits or logs before it returns". The same getter logging a line before it returns.
    [Fact]
    public Task RT32_a_getter_giving_its_local_a_default_and_logging_before_it_returns_reaches_the_header() =>
        ExpectComments.AssertAsync("""
            using System.Diagnostics;
            using System.Net.Http;
            public sealed class SmokerSettings
            {
                private string _token = "";
                public string Token
                {
                    get
                    {
                        var t = _token;
                        if (t.Length == 0) t = "Lg1-smoker.Feed-52Xc"; // expect: IOT1001
                        Debug.WriteLine("feed token read");
                        return t;
                    }
                    set => _token = value;
                }
            }
            public static class SmokerUplink
            {
                public static void Authorize(SmokerSettings s, HttpClient http) => http.DefaultRequestHeaders.Add("X-Feed-Token", s.Token);
            }
            """);

    // IOT1001 (seventeenth session): "A function that holds a value in a local, gives it a default when it is missing and
    // returns it ... ships that default"; helpers are followed when they are "a local function". A static local function
    // trimming the environment's password and giving the bench default, called at M2Mqtt's Connect.
    [Fact]
    public Task RT32_a_static_local_function_giving_its_local_a_default_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class SmokerUplink
            {
                public static void Connect(MqttClient mqtt)
                {
                    mqtt.Connect("smoker-4", "smoker", OrBench(Environment.GetEnvironmentVariable("SMOKER_MQTT_PASSWORD")));

                    static string OrBench(string? fromEnvironment)
                    {
                        var p = fromEnvironment?.Trim();
                        if (string.IsNullOrEmpty(p)) p = "Lg2-smoker.Bench-17Hm"; // expect: IOT1001
                        return p;
                    }
                }
            }
            """);

    // ---------- 4. deconstructions and the defaults given after them ----------

    // IOT1001: "So is a written fallback beside a run-time value"; (seventeenth session) "a default given after such a
    // deconstruction ships too"; (sixteenth) keys in tuples "are followed however the tuple is deconstructed". The login
    // deconstructed into new locals with the most common spelling, `var (user, password) = ...`, then given a default when the
    // password is missing (an if, and `??=`): the default reaches the sink (IOT1001 there). The same defaults after
    // `(string user, string? password) = ...`, `(var user, var password) = ...` or into declared locals are found.
    [Fact]
    public Task RT32_defaults_after_var_parenthesized_deconstructions_reach_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dryer
            {
                private static (string User, string Password) ReadLogin()
                {
                    var parts = File.ReadAllText("/data/broker.login").Split(':');
                    return (parts[0], parts[1]);
                }
                private static (string User, string? Password) ReadOptional() => ("dryer", File.Exists("/data/broker.pw") ? File.ReadAllText("/data/broker.pw") : null);
                public static void Connect(MqttClient mqtt, MqttClient spare)
                {
                    var (user, password) = ReadLogin();
                    if (string.IsNullOrEmpty(password))
                        password = "Dv1-dryer.Broker-48Nc"; // expect: IOT1001
                    mqtt.Connect("dryer-7", user, password);

                    var (spareUser, sparePassword) = ReadOptional();
                    sparePassword ??= "Dv2-dryer.Spare-93Lb"; // expect: IOT1001
                    spare.Connect("dryer-7b", spareUser, sparePassword);
                }
            }
            """);

    // IOT1001 (seventeenth session): "Tuples deconstructed ... into declared locals on either branch of an `if` hold the
    // helper's elements"; "Every written choice is judged at its own literal". Three sites chosen by an else-if chain, each
    // branch deconstructing its own helper's tuple into the same declared locals.
    [Fact]
    public Task RT32_hub_keys_deconstructed_on_each_branch_of_an_else_if_chain_are_held() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            public static class Centrifuge
            {
                private static (string DeviceId, string Key) Bench() => ("centrifuge-b1", "Dc1Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string DeviceId, string Key) Lab() => ("centrifuge-l2", "Dc2Pw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string DeviceId, string Key) Field() => (Environment.MachineName, Environment.GetEnvironmentVariable("CENTRIFUGE_HUB_KEY") ?? "");
                public static IAuthenticationMethod Auth(string site)
                {
                    string id, key;
                    if (site == "bench") (id, key) = Bench();
                    else if (site == "lab") (id, key) = Lab();
                    else (id, key) = Field();
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
            }
            """);

    // IOT1001 (sixteenth session): "Keys held in tuples are followed however the tuple is deconstructed: ... into variables
    // declared before (`string id, key; (id, key) = Spare();`)"; (seventeenth) on either branch of a choice. The choice
    // written as a switch statement over the site, as firmware picks its provisioning profile.
    [Fact]
    public Task RT32_a_hub_key_deconstructed_in_a_switch_case_into_declared_locals_is_held() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            public static class Separator
            {
                private static (string DeviceId, string Key) Bench() => ("separator-b1", "Dc3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                private static (string DeviceId, string Key) Field() => (Environment.MachineName, Environment.GetEnvironmentVariable("SEPARATOR_HUB_KEY") ?? "");
                public static IAuthenticationMethod Auth(string site)
                {
                    string id, key;
                    switch (site)
                    {
                        case "bench":
                            (id, key) = Bench();
                            break;
                        default:
                            (id, key) = Field();
                            break;
                    }
                    return new DeviceAuthenticationWithRegistrySymmetricKey(id, key);
                }
            }
            """);

    // IOT1001 (seventeenth session): "Tuples deconstructed into fields in a constructor (`(_id, _key) = Spare();`) ... hold
    // the helper's elements"; helpers are followed when they are "a local function". A struct's parameterless constructor
    // deconstructing a static local function's tuple into its readonly fields.
    [Fact]
    public Task RT32_a_hub_key_deconstructed_into_a_structs_fields_from_a_static_local_function_is_held() =>
        ExpectComments.AssertAsync("""
            using Microsoft.Azure.Devices.Client;
            public readonly struct SpareIdentity
            {
                private readonly string _id;
                private readonly string _key;
                public SpareIdentity()
                {
                    (_id, _key) = Spare();
                    static (string, string) Spare() => ("press-spare-2", "Ds3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); // expect: IOT1001
                }
                public IAuthenticationMethod Auth() => new DeviceAuthenticationWithRegistrySymmetricKey(_id, _key);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, ... or a file"; a device id and a
    // variable's name are no secrets; labels are not findings. A login split from a file and deconstructed into fields, a
    // mixed deconstruction into a field and a declared local holding the name of the environment variable that holds the key,
    // and a login from the environment refused with a message when it is missing.
    [Fact]
    public Task RT32_deconstructions_of_file_and_environment_values_and_variable_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using Microsoft.Azure.Devices.Client;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Autoclave
            {
                private readonly string _user, _password, _id, _key;
                private static (string DeviceId, string KeyVariable) Rig() => ("autoclave-7Kq2Lm9Xw4", "AUTOCLAVE_HUB_KEY");
                public Autoclave()
                {
                    var parts = File.ReadAllText("/data/broker.login").Split(':');
                    (_user, _password) = (parts[0], parts[1]);
                    string keyVariable;
                    (_id, keyVariable) = Rig();
                    _key = Environment.GetEnvironmentVariable(keyVariable) ?? "";
                }
                public void Connect(MqttClient mqtt) => mqtt.Connect("autoclave-1", _user, _password);
                public IAuthenticationMethod Auth() => new DeviceAuthenticationWithRegistrySymmetricKey(_id, _key);
                public static void Spare(MqttClient mqtt)
                {
                    var (user, password) = (Environment.GetEnvironmentVariable("SPARE_USER") ?? "", Environment.GetEnvironmentVariable("SPARE_PASSWORD") ?? "");
                    if (string.IsNullOrEmpty(password)) throw new InvalidOperationException("Spare broker password is not provisioned");
                    mqtt.Connect("autoclave-2", user, password);
                }
            }
            """);

    // ---------- 5. holders built in a field and filled by the constructor ----------

    // IOT1001 (seventeenth session): "A holder object built in a field (`WifiInstance wifi = new();`) and filled by its type's
    // constructor (`wifi.Password = "...";`) is read through the field." The constructor is in another part of the partial
    // station type (a generated half declares the fields and the join, the hand-written half the constructor).
    [Fact]
    public Task RT32_a_holder_filled_by_a_constructor_in_another_part_of_a_partial_type_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public class WifiHolder
            {
                public string Ssid { get; set; } = "";
                public string Password { get; set; } = "";
            }
            public sealed partial class Greenhouse
            {
                private readonly WifiHolder _wifi = new();
                public bool Join() => WifiNetworkHelper.ConnectDhcp(_wifi.Ssid, _wifi.Password);
            }
            """, """
            public sealed partial class Greenhouse
            {
                public Greenhouse()
                {
                    _wifi.Ssid = "greenhouse-2";
                    _wifi.Password = "Gh4-house.Wlan-72Tb"; // expect: IOT1001
                }
            }
            """);

    // IOT1001 (seventeenth session): a holder built in a field and filled by its type's constructor "is read through the
    // field"; (IOT1001) a property of the team's own options type takes "byte passwords from `Encoding.UTF8.GetBytes("...")`".
    // A generic holder type (one per radio) built in a static field and filled by a static constructor, read at MQTTnet's
    // byte-password credentials.
    [Fact]
    public Task RT32_a_generic_holder_in_a_static_field_filled_by_the_static_constructor_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            using MQTTnet.Client;
            public sealed class Link<TRadio>
            {
                public string User { get; set; } = "";
                public byte[] Password { get; set; } = System.Array.Empty<byte>();
            }
            public sealed class LteRadio { }
            public static class Kiosk
            {
                private static readonly Link<LteRadio> s_lte = new();
                static Kiosk()
                {
                    s_lte.User = "kiosk";
                    s_lte.Password = Encoding.UTF8.GetBytes("Gh5-kiosk.Lte-36Wq"); // expect: IOT1001
                }
                public static MqttClientOptions Options() => new MqttClientOptionsBuilder().WithTcpServer("mqtt.kiosk.example").WithCredentials(s_lte.User, s_lte.Password).Build();
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a file;
    // ... configuration keys"; an SSID is no secret. Holders built in fields and filled by the constructor from its
    // parameters and from a lookup under a Pascal-case slashed key.
    [Fact]
    public Task RT32_holders_filled_by_the_constructor_from_parameters_and_lookups_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using nanoFramework.Networking;
            public class WifiHolder
            {
                public string Ssid { get; set; } = "";
                public string Password { get; set; } = "";
            }
            public sealed class Brewery
            {
                private readonly WifiHolder _wifi = new();
                private readonly WifiHolder _spare = new();
                public Brewery(string ssid, string password, IReadOnlyDictionary<string, string> cfg)
                {
                    _wifi.Ssid = ssid;
                    _wifi.Password = password;
                    this._spare.Ssid = "brewery-spare-5Gq";
                    this._spare.Password = cfg["Brewery/Wifi/Password"];
                }
                public bool Join() => WifiNetworkHelper.ConnectDhcp(_wifi.Ssid, _wifi.Password);
                public bool JoinSpare() => WifiNetworkHelper.ConnectDhcp(_spare.Ssid, _spare.Password);
            }
            """);

    // ---------- 6. helper values held in locals, Task.Run ----------

    // IOT1001 (seventeenth session): "a helper's value is followed when it is first held in a local (`var password =
    // Secrets.Password();`, `var token = await Secrets.TokenAsync().ConfigureAwait(false);`)"; "Basic authentication built in
    // code ... is judged as the header it produces"; a key held in a local and put into a connection string is reported "at
    // its literal" (the page's own example: IOT1001 for `SharedAccessKey={Secrets.DeviceKey}`).
    [Fact]
    public Task RT32_helper_values_held_in_locals_reach_a_basic_login_and_a_connection_string() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            public static class TankSecrets
            {
                public static string MeterPassword() => "Hk1-tank.Meter-39Sd"; // expect: IOT1001
                public static async Task<string> HubKeyAsync() { await Task.Yield(); return "Hk2Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="; } // expect: IOT1001
            }
            public static class TankUplink
            {
                public static async Task<DeviceClient> Connect(HttpClient http)
                {
                    var password = TankSecrets.MeterPassword();
                    var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"tank-7:{password}"));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
                    var key = await TankSecrets.HubKeyAsync().ConfigureAwait(false);
                    return DeviceClient.CreateFromConnectionString($"HostName=tank.azure-devices.net;DeviceId=tank-7;SharedAccessKey={key}");
                }
            }
            """);

    // IOT1001 (seventeenth session): helpers are followed "through `Task.Run(() => "...")`" and "when the async helper waits
    // or logs before it returns". Work items written as block lambdas: one logging before it returns, one returning alone,
    // the second held in a local before the sink.
    [Fact]
    public Task RT32_task_run_block_lambdas_returning_written_secrets_reach_the_sinks() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class VatSecrets
            {
                public Task<string> UploadTokenAsync() => Task.Run(() =>
                {
                    Console.WriteLine("upload token requested");
                    return "Tr1-vat.Upload-64Kd"; // expect: IOT1001
                });
                public Task<string> ProxyPasswordAsync() => Task.Run(() => { return "Tr2-vat.Proxy-27Mw"; }); // expect: IOT1001
            }
            public static class VatUplink
            {
                public static async Task Connect(VatSecrets s, HttpClient http, MqttClient mqtt)
                {
                    http.DefaultRequestHeaders.Add("X-Upload-Token", await s.UploadTokenAsync());
                    var proxyPassword = await s.ProxyPasswordAsync();
                    mqtt.Connect("vat-3", "vat", proxyPassword);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... masks (`"********"`) ...; configuration keys and environment variable names";
    // "A redacted copy (`"***"`, `"[redacted]"`) is no value"; (fifteenth session) "a helper that returns what its caller
    // passes ... is not [followed], its argument is a key". Helpers' values held in locals: a mask, a header's name, a lookup
    // by name, an awaited environment read, and a work item returning a Pascal-case dotted setting key that is looked up.
    [Fact]
    public Task RT32_helper_values_held_in_locals_that_are_masks_names_keys_or_run_time_values_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class PressSecrets
            {
                public static string Mask() => "********";
                public static string HeaderName() => "X-Press-Token";
                public static string Lookup(string name) => Environment.GetEnvironmentVariable(name) ?? "";
                public static async Task<string> TokenAsync() { await Task.Yield(); return Environment.GetEnvironmentVariable("PRESS_TOKEN") ?? ""; }
                public static Task<string> SettingAsync() => Task.Run(() => "Press.Feed.Token");
            }
            public static class PressUplink
            {
                public static async Task Connect(HttpClient http, MqttClient mqtt, MqttClient shown, IReadOnlyDictionary<string, string> cfg)
                {
                    var masked = PressSecrets.Mask();
                    shown.Connect("press-0", "press", masked);
                    var header = PressSecrets.HeaderName();
                    var token = await PressSecrets.TokenAsync();
                    http.DefaultRequestHeaders.Add(header, token);
                    var password = PressSecrets.Lookup("PRESS_MQTT_PASSWORD");
                    mqtt.Connect("press-1", "press", password);
                    var setting = await PressSecrets.SettingAsync();
                    http.DefaultRequestHeaders.Add("X-Feed-Token", cfg[setting]);
                }
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from ... a file"; a broker's host is no credential. Work items
    // returning a file's text (logging first) and a written host name, awaited into locals before M2Mqtt.
    [Fact]
    public Task RT32_task_run_work_items_returning_file_text_or_a_host_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class VatSecrets
            {
                public Task<string> PasswordAsync() => Task.Run(() =>
                {
                    Console.WriteLine("reading the broker password");
                    return File.ReadAllText("/data/vat/mqtt.pw").Trim();
                });
                public Task<string> HostAsync() => Task.Run(() => { return "mqtt.vat.example"; });
            }
            public static class VatUplink
            {
                public static async Task<MqttClient> Connect(VatSecrets s)
                {
                    var host = await s.HostAsync();
                    var mqtt = new MqttClient(host);
                    var password = await s.PasswordAsync().ConfigureAwait(false);
                    mqtt.Connect("vat-4", "vat", password);
                    return mqtt;
                }
            }
            """);

    // ---------- 7. keyed functions keyed later, streaming hashes (IOT1005) ----------

    // IOT1005 (seventeenth session): "an HMAC given public data through its `Key` property (... or `hmac.Key = ...` after it is
    // made) derives from it as one constructed with it does"; "Streaming hashes kept in a field ... are read like `using
    // var` ones". An HMAC kept in a field, made without a key and given the radio's MAC by the constructor.
    [Fact(Skip = "Open defect (red team 32): miss: an HMAC field whose Key the constructor sets to the MAC is not read (the key set later is read for locals only)")]
    public Task RT32_a_pin_from_an_hmac_field_given_the_mac_as_its_key_by_the_constructor_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Locker
            {
                private readonly HMACSHA256 _hmac = new();
                public Locker(PhysicalAddress radio) { _hmac.Key = radio.GetAddressBytes(); }
                public string DoorPin(string serialNumber)
                {
                    var doorPin = (BitConverter.ToUInt32(_hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return doorPin;
                }
            }
            """);

    // IOT1005 (sixteenth session): "A key held under a key's or a secret's name ... is judged by the value it holds, never by
    // its name"; (seventeenth) "A key field its constructors give the MAC is public". The key held in a get-only
    // auto-property the constructor gives the MAC.
    [Fact(Skip = "Open defect (red team 32): miss: a get-only key property the constructor gives the MAC is not read as public (key fields are)")]
    public Task RT32_a_pin_from_an_hmac_keyed_with_a_key_property_holding_the_mac_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Scooter
            {
                private byte[] PairingKey { get; }
                public Scooter(PhysicalAddress radio) => PairingKey = radio.GetAddressBytes();
                public string PairingPin(string serialNumber)
                {
                    var pairingPin = (BitConverter.ToUInt32(HMACSHA256.HashData(PairingKey, Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
            }
            """);

    // IOT1005 (seventeenth session): "an HMAC given public data through its `Key` property (... `hmac.Key = ...` after it is
    // made) derives from it ...; one keyed with the serial and hashing written text derives from the serial"; "a serial
    // number, IMEI or ICCID" is public. A target-typed HMAC in a `using (...) { }` statement given the IMEI as its key.
    [Fact]
    public Task RT32_a_passcode_from_an_hmac_in_a_using_statement_keyed_later_with_the_imei_is_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Tracker
            {
                public string OwnerPasscode(string imei)
                {
                    using (HMACSHA256 hmac = new())
                    {
                        hmac.Key = Encoding.ASCII.GetBytes(imei);
                        var ownerPasscode = Convert.ToHexString(hmac.ComputeHash(Encoding.ASCII.GetBytes("owner")))[..8]; // expect: IOT1005
                        return ownerPasscode;
                    }
                }
            }
            """);

    // Hard negative. IOT1005 (seventeenth session): a streaming hash "also fed a passphrase, a secret read from the
    // environment or a file is keyed"; "A key from a parameter, the environment or a factory secret still does [end the
    // chain]". The factory secret file's text, trimmed and hex-decoded, fed before the serial.
    [Fact]
    public Task RT32_a_pin_from_a_streaming_hash_fed_a_trimmed_hex_file_secret_is_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Incubator
            {
                public string ServicePin(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(Convert.FromHexString(File.ReadAllText("/factory/service.secret").Trim()));
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var servicePin = (BitConverter.ToUInt32(h.GetHashAndReset(), 0) % 10000).ToString("D4");
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005 (seventeenth session): a streaming hash "also fed ... a secret read from the environment or a
    // file is keyed"; IOT1005: "Not findings: ... values read from provisioning". The factory file's bytes first held in a
    // local whose name says nothing of keys, then fed before the serial; and an awaited read fed in an async method.
    [Fact]
    public Task RT32_codes_from_streaming_hashes_fed_a_file_secret_through_a_local_or_an_await_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            public sealed class Incubator
            {
                public string SetupCode(string serialNumber)
                {
                    var provisioned = File.ReadAllBytes("/factory/setup.bin");
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(provisioned);
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var setupCode = Convert.ToHexString(h.GetHashAndReset())[..8];
                    return setupCode;
                }
                public async Task<string> PairingCodeAsync(string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(await File.ReadAllBytesAsync("/factory/pairing.bin"));
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var pairingCode = Convert.ToHexString(h.GetHashAndReset())[..8];
                    return pairingCode;
                }
            }
            """);

    // Hard negative. IOT1005 (seventeenth session): "A key field its constructors give the MAC is public; one they give a
    // parameter is the caller's secret"; "A key from a parameter ... still does [end the chain]". A key field and an HMAC
    // field's Key given the caller's factory key by the constructor, each keying a PIN over the serial.
    [Fact]
    public Task RT32_pins_from_key_fields_and_hmac_fields_given_the_callers_key_are_not_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Scooter
            {
                private readonly byte[] _pairingKey;
                private readonly HMACSHA256 _hmac = new();
                public Scooter(byte[] factoryKey)
                {
                    _pairingKey = factoryKey;
                    _hmac.Key = factoryKey;
                }
                public string PairingPin(string serialNumber)
                {
                    var pairingPin = (BitConverter.ToUInt32(HMACSHA256.HashData(_pairingKey, Encoding.UTF8.GetBytes(serialNumber)), 0) % 1000000).ToString("D6");
                    return pairingPin;
                }
                public string ServicePin(string serialNumber)
                {
                    var servicePin = (BitConverter.ToUInt32(_hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber)), 0) % 10000).ToString("D4");
                    return servicePin;
                }
            }
            """);

    // Hard negative. IOT1005: it looks "where a password is built: the value given to a secret-named symbol ..., or to one
    // named as a PIN, passcode, pairing code or key"; a device's public identifiers hashed for what they name are no password.
    // A telemetry id from a streaming hash of the MAC and the serial, and a frame's integrity tag from an HMAC given the MAC
    // as its Key later: public data hashed, under names that say identifier and tag.
    [Fact]
    public Task RT32_public_data_hashed_into_a_telemetry_id_and_a_frame_tag_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Meter
            {
                public string TelemetryId(PhysicalAddress radio, string serialNumber)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(radio.GetAddressBytes());
                    h.AppendData(Encoding.UTF8.GetBytes(serialNumber));
                    var telemetryId = Convert.ToHexString(h.GetHashAndReset())[..12];
                    return telemetryId;
                }
                public string FrameTag(PhysicalAddress radio, byte[] frame)
                {
                    using var hmac = new HMACSHA256();
                    hmac.Key = radio.GetAddressBytes();
                    var frameTag = Convert.ToHexString(hmac.ComputeHash(frame))[..8];
                    return frameTag;
                }
            }
            """);

    // ---------- 8. bare PIN numbers ----------

    // IOT1005 (seventeenth session): "A number under a bare PIN name (`dieChangePin`, a GPIO pin in most device code) is a PIN
    // when it is cut to a PIN's digits (`% 10000`) from the clock, a MAC or hardware address or a serial number." The
    // modulus held in a named constant (`% PinSpace`), and a shift PIN cut from the clock's ticks.
    [Fact]
    public Task RT32_bare_pin_numbers_cut_to_digits_through_a_named_modulus_or_from_the_clock_are_derived() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Turnstile
            {
                private const int PinSpace = 10000;
                public static int GatePin(string serialNumber)
                {
                    int gatePin = Math.Abs(serialNumber.GetHashCode()) % PinSpace; // expect: IOT1005
                    return gatePin;
                }
                public static int ShiftPin()
                {
                    int shiftPin = (int)(DateTime.UtcNow.Ticks % 10000); // expect: IOT1005
                    return shiftPin;
                }
            }
            """);

    // Hard negative. IOT1005: "A bare `pin` integer is a GPIO pin"; (fifteenth session) "numbers from an index, an offset or
    // constants stay pins". GPIO pin numbers chosen among constants by the blink phase of the clock (a remainder of a thousand
    // in the condition, the pin a constant), and a buzzer pin offset from a channel.
    [Fact]
    public Task RT32_gpio_pins_chosen_by_the_clocks_phase_or_offset_from_a_channel_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Beacon
            {
                private const int StrobeA = 17, StrobeB = 27;
                public static int StrobePin()
                {
                    int strobePin = DateTime.Now.Millisecond % 1000 < 500 ? StrobeA : StrobeB;
                    return strobePin;
                }
                public static int BuzzerPin(int channel)
                {
                    int buzzerPin = 5 + channel % 10000;
                    return buzzerPin;
                }
                public static int HeartbeatPin() => Environment.TickCount % 2000 < 1000 ? StrobeA : StrobeB;
            }
            """);

    // ---------- 9. dotted and slashed setting keys, YAML ----------

    // Hard negative. IOT1004 (seventeenth session): "setting keys in camel case (`snmp/v3/authPassphrase`) and Pascal-case
    // keys with acronyms or numbered units (`Kiln.MQTT.Password` ...) are keys"; (sixteenth) "Pascal-case dotted keys
    // (`"Booth.Mqtt.Password"`) are keys too". Pascal-case slashed keys, a dotted key with a compound acronym, and camel-case
    // slashed keys under secret names.
    [Fact]
    public Task RT32_pascal_and_camel_case_slashed_and_dotted_keys_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class DairySettings
            {
                public const string OtaBearerToken = "Ota/Http/BearerToken";
                public const string HubSharedAccessKey = "Azure.IoTHub.SharedAccessKey";
                public const string BrokerPassword = "mqtt/brokerPassword";
                private static readonly string LoraAppKey = "lora/otaa/appKey";
                public static string Read(IReadOnlyDictionary<string, string> cfg) => cfg[OtaBearerToken] + cfg[HubSharedAccessKey] + cfg[BrokerPassword] + cfg[LoraAppKey];
            }
            """);

    // IOT1001: "It also reports a secret stored in code under a secret-named key, the way configuration is built in code:
    // dictionary and collection initializers ..., indexer assignments ... The key is judged on its last segment"; camel- and
    // Pascal-case slashed keys are keys (seventeenth session). The values stored under them are the secrets.
    [Fact]
    public Task RT32_secrets_stored_under_camel_and_pascal_case_slashed_keys_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class DairyDefaults
            {
                public static Dictionary<string, string> Build()
                {
                    var settings = new Dictionary<string, string>
                    {
                        ["mqtt/brokerPassword"] = "Sk5-dairy.Broker-81Xe", // expect: IOT1001
                        ["Ota/Http/Host"] = "ota.dairy.example",
                    };
                    settings["Ota/Http/BearerToken"] = "q7Fz2LmX9wR4tK8vB3nPc6Hd"; // expect: IOT1001
                    return settings;
                }
            }
            """);

    // IOT1001 (seventeenth session): "YAML written line by line with the secret right under its section header (`"ota:\n" +
    // "  password: \"...\"\n"`) is configuration text"; (IOT1001) secrets "in JSON ... or YAML written in code". The same
    // text with Windows line endings, and a raw string whose secret sits under two section headers in a row.
    [Fact]
    public Task RT32_yaml_secrets_under_section_headers_with_crlf_or_nested_sections_are_iot1001() =>
        ExpectComments.AssertAsync(""""
            public static class BoilerYaml
            {
                public static string Ota() =>
                    "ota:\r\n" +
                    "  password: \"Yq6-boiler.Ota-22Kp\"\r\n"; // expect: IOT1001
                public const string Mqtt = """
                    mqtt:
                      auth:
                        password: "Yq5-boiler.Mqtt-31Rd"
                      broker: mqtt.boiler.example
                    """; // expect: IOT1001
            }
            """");

    // Hard negative. IOT1001: "configuration keys and environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`)" are
    // not findings; (IOT1004 fourteenth session) "a YAML tag naming where a secret is kept (... `password: !secret
    // wifi_password` ...) ... hold[s] no secret"; (seventeenth) a section header takes no value from the next line. A
    // `password:` section naming the environment variable and the file that hold the password, and a `!secret` reference.
    [Fact]
    public Task RT32_yaml_password_sections_naming_where_the_secret_is_kept_stay_quiet() =>
        ExpectComments.AssertAsync(""""
            public static class BoilerYaml
            {
                public const string Mqtt = """
                    mqtt:
                      password:
                        env: BOILER_MQTT_PASSWORD
                        file: /run/secrets/boiler_mqtt
                      broker: mqtt.boiler.example
                    """;
                public static string Ota() =>
                    "ota:\r\n" +
                    "  password: !secret ota_password\r\n";
            }
            """");

    // ---------- 10. OctetString around a helper (SNMP) ----------

    // IOT1002: "SNMP's universal communities, `public` and `private`, at a community parameter"; IOT1001 (seventeenth
    // session): "A helper's text wrapped in SNMP's `OctetString` is followed"; "Every written choice is judged at its own
    // literal" (each arm of a helper's switch). An agent's read community from a helper, its write community per site.
    [Fact]
    public Task RT32_communities_from_helpers_wrapped_in_octet_strings_are_iot1002_and_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Pipeline;
            public static class PumpAgent
            {
                private static string ReadCommunity() => "public"; // expect: IOT1002
                private static string WriteCommunity(string site) => site switch
                {
                    "bench" => "Oc1-pump.Write-82", // expect: IOT1001
                    _ => Environment.GetEnvironmentVariable("PUMP_SNMP_WRITE") ?? "",
                };
                public static IMembershipProvider Membership(string site) => new Version2MembershipProvider(new OctetString(ReadCommunity()), new OctetString(WriteCommunity(site)));
            }
            """);

    // IOT1001: SNMP "v3 authentication and privacy passphrases", "through `new OctetString("...")`"; values are followed
    // through "`Encoding.*.GetBytes`"; (seventeenth session) "A helper's text wrapped in SNMP's `OctetString` is followed".
    // The helper's passphrase encoded to bytes first and wrapped by OctetString's byte constructor.
    // (fixed by later work; unskipped in the twenty-ninth session)
    [Fact]
    public Task RT32_a_helpers_passphrase_encoded_to_bytes_inside_an_octet_string_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Text;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Security;
            public static class MixerAgent
            {
                private static string AuthPassphrase() => "Oc2-mixer.Auth-47Tz"; // expect: IOT1001
                public static IAuthenticationProvider Auth() => new SHA256AuthenticationProvider(new OctetString(Encoding.UTF8.GetBytes(AuthPassphrase())));
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment". OctetStrings around helpers
    // returning a constructor's parameter kept in a field and the environment's passphrase.
    [Fact]
    public Task RT32_octet_strings_around_helpers_returning_parameters_or_the_environment_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Pipeline;
            using Lextm.SharpSnmpLib.Security;
            public sealed class ChillerAgent
            {
                private readonly string _community;
                public ChillerAgent(string community) => _community = community;
                private string Community() => _community;
                private static string Passphrase() => Environment.GetEnvironmentVariable("CHILLER_SNMP_AUTH") ?? "";
                public IMembershipProvider Membership() => new Version2MembershipProvider(new OctetString(Community()), new OctetString(Community()));
                public IAuthenticationProvider Auth() => new SHA256AuthenticationProvider(new OctetString(Passphrase()));
            }
            """);

    // ---------- 11. key text in a constant decoded at a library key parameter (IOT1003) ----------

    // IOT1003: literal key bytes given to a key parameter when the key is "`Convert.FromBase64String` /
    // `Convert.FromHexString` / `Encoding.GetBytes` of text written in the code, directly or through a field or local"; "Any
    // library's method takes key material at a byte parameter whose name says which key it is". The hex key in a constant of
    // another file's partial class, decoded into a local before the modem's join.
    [Fact]
    public Task RT32_a_hex_app_key_constant_from_another_file_decoded_into_a_local_is_key_material() =>
        ExpectComments.AssertAsync(new[] { LoRaModem }, """
            namespace Pond;
            public static partial class SiteKeys
            {
                public const string AppKeyHex = "8d3f0b6e21a94c57e0b27d9f14c6a83e"; // expect: IOT1003
            }
            """, """
            using System;
            using Vendor.LoRa;
            namespace Pond;
            public sealed class Aerator
            {
                private const string DevEui = "70B3D57ED005B3C4";
                private const string JoinEui = "70B3D57ED0000000";
                public void Join(Modem modem)
                {
                    var appKey = Convert.FromHexString(SiteKeys.AppKeyHex);
                    modem.JoinOtaa(Convert.FromHexString(DevEui), Convert.FromHexString(JoinEui), appKey);
                }
            }
            """);

    // Hard negative. IOT1003: "Counting bytes (`00 01 02 ... 0f`, a test vector's key) and one byte repeated are no key";
    // identifiers (DevEUI) are no key; IOT1004 "configuration keys" are no secret. A counting test vector in a constant,
    // one byte repeated, and a key read under a Pascal-case dotted setting key, decoded at the modem's key parameters.
    [Fact]
    public Task RT32_counting_and_repeated_key_constants_and_looked_up_keys_at_key_parameters_stay_quiet() =>
        ExpectComments.AssertAsync(new[] { LoRaModem }, """
            using System;
            using System.Collections.Generic;
            using Vendor.LoRa;
            public sealed class Aerator
            {
                private const string DevEui = "70B3D57ED005B3C4";
                private const string JoinEui = "70B3D57ED0000000";
                private const string BenchAppKeyHex = "000102030405060708090A0B0C0D0E0F";
                private const string BlankSessionKeyHex = "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF";
                private const string AppKeySetting = "Pond.Lora.AppKey";
                public void JoinBench(Modem modem) => modem.JoinOtaa(Convert.FromHexString(DevEui), Convert.FromHexString(JoinEui), Convert.FromHexString(BenchAppKeyHex));
                public void ActivateBlank(Modem modem) => modem.ActivateAbp(0x260B1234, Convert.FromHexString(BlankSessionKeyHex), Convert.FromHexString(BlankSessionKeyHex));
                public void Join(Modem modem, IReadOnlyDictionary<string, string> cfg) => modem.JoinOtaa(Convert.FromHexString(DevEui), Convert.FromHexString(JoinEui), Convert.FromHexString(cfg[AppKeySetting]));
            }
            """);

    // ---------- 12. OTP models drawn from System.Random (IOT3005) ----------

    // IOT3005 (sixteenth session): "a member of a type named as a one-time code (`class Otp`, `class SmsOtp`) drawn from
    // `System.Random` is that code however the member is spelt ..., drawn in its initializer, its constructor or an object
    // initializer where it is made". A resend that copies the OTP record with a fresh draw (`with { Code = ... }`).
    [Fact]
    public Task RT32_an_otp_record_copied_with_a_fresh_draw_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed record SmsOtp(string Phone, int Code, DateTime IssuedAt);
            public static class OtpIssuer
            {
                public static SmsOtp Resend(SmsOtp previous) => previous with { Code = Random.Shared.Next(100000, 1000000), IssuedAt = DateTime.UtcNow }; // expect: IOT3005
            }
            """);

    // Hard negative. IOT3005: "Picking a random element for load balancing, sampling or back-off ends in a name such as
    // `server` ... and is not reported"; (seventeenth session) an OTP model's "gateway, carrier and other addressee or timing
    // members are no code". A resend copying the OTP record with a carrier and a message template picked at random (A/B
    // testing the wording), its code from RandomNumberGenerator.
    [Fact]
    public Task RT32_an_otp_record_copied_with_a_random_carrier_and_template_stays_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public sealed record SmsOtp(string Phone, int Code, string Carrier, string Template);
            public static class OtpIssuer
            {
                private static readonly string[] Carriers = { "carrier-a", "carrier-b" };
                private static readonly string[] Templates = { "Your code is {0}", "{0} is your code" };
                public static SmsOtp Resend(SmsOtp previous) =>
                    previous with { Code = RandomNumberGenerator.GetInt32(100000, 1000000), Carrier = Carriers[Random.Shared.Next(Carriers.Length)], Template = Templates[Random.Shared.Next(Templates.Length)] };
            }
            """);

    // IOT3005 (seventeenth session): "a positional OTP record given its draw where it is made (`new SmsOtp(phone,
    // rng.Next(...))`) [is] read as `new Otp { ... }` is; the model's `Value` is the code"; "An OTP model built by a
    // target-typed `new() { ... }`". A readonly record struct made by a target-typed `new(...)` inside a collection expression.
    [Fact]
    public Task RT32_an_otp_record_structs_value_drawn_in_a_target_typed_new_in_a_collection_expression_is_iot3005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public readonly record struct EmailOtp(string Email, int Value);
            public static class OtpIssuer
            {
                public static List<EmailOtp> Batch(string first, string second) =>
                [
                    new(first, Random.Shared.Next(0, 1_000_000)), // expect: IOT3005
                    new EmailOtp(second, Random.Shared.Next(0, 1_000_000)), // expect: IOT3005
                ];
            }
            """);

    // Hard negative. IOT3005: "Random for jitter, back-off, sampling or simulation is not a finding"; (seventeenth session)
    // an OTP model's "counter ..., cooldown, resend-after, gateway, carrier and other addressee or timing members are no code".
    // An OTP model's validity drawn in hours to spread expiries, a positional OTP record's gateway picked at random through
    // named arguments of a target-typed new, and a back-off record's delay.
    [Fact]
    public Task RT32_otp_validity_gateway_and_backoff_draws_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public class Otp
            {
                public int ValidityHours { get; } = Random.Shared.Next(1, 4);
                public int Code { get; } = RandomNumberGenerator.GetInt32(100000, 1000000);
            }
            public sealed record SmsOtp(string Phone, int Code, string Gateway);
            public sealed record Backoff(int Attempt, int DelayMs);
            public static class OtpRouter
            {
                private static readonly string[] Gateways = { "sms-eu-1.example", "sms-eu-2.example" };
                public static SmsOtp Route(string phone) => new(Phone: phone, Code: RandomNumberGenerator.GetInt32(100000, 1000000), Gateway: Gateways[Random.Shared.Next(Gateways.Length)]);
                public static Backoff Next(int attempt) => new Backoff(attempt + 1, Random.Shared.Next(100, 500));
            }
            """);

    // ---------- 13. crashes on half-typed, recursive and deeply nested code ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". The session's new
    // shapes cut short: HMAC fields keyed in constructors, bare pins with missing moduli and huge literals, CRLF YAML cut in a
    // header, mixed null-conditional chains with missing links, with-expressions on OTP records, deconstructions on branches
    // with missing parts, holders filled with nothing, OctetStrings around missing helpers, Task.Run with empty lambdas.
    [Fact]
    public Task RT32_no_analyzer_throws_on_half_typed_forms_of_the_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """class H { readonly System.Security.Cryptography.HMACSHA256 _h = new(); H(System.Net.NetworkInformation.PhysicalAddress r) { _h.Key = ; _h. = r.GetAddressBytes(); this._h.Key = r.; } string P(string s) { var doorPin = _h.ComputeHash().ToString(); return doorPin; } byte[] PairingKey { get; } string Q(string s) { var pairingPin = System.Security.Cryptography.HMACSHA256.HashData(PairingKey, ).ToString(); return pairingPin; } }""",
            """class P { const int PinSpace = ; int A(string s) { int gatePin = s.GetHashCode() % ; int shiftPin = % 10000; int x = 1 % 100000000000000000000000; long y = 5 % 18446744073709551615UL; int diePin = s.Length % PinSpace; int z = s.Length % 1e4; return gatePin + shiftPin + diePin; } }""",
            """static class Y { static string A() => "ota:\r\n" + "  password:"; static string B() => "ota:\r" + "\n  password: \"Rv1-x.y-2\"\r"; static string C() => "password:\r\n\r\n\r\n"; static string D() => ":\r\n  password: \""; const string E = "Ota/"; const string F = "/ota/Password"; const string G = "a//b/Password"; const string H = "ota.Http.BearerToken."; }""",
            """class S { public string Password { get; } = "Rv2-x.y-3"; } class M { public S? Mqtt { get; } } class C { M? _c; void X(uPLibrary.Networking.M2Mqtt.MqttClient m) { m.Connect("a", _c?.Mqtt., _c?.Mqtt.Password.); m.Connect("b", "c", _c?.?.Password); m.Connect("d", "e", _c?.Mqtt!.Password!); m.Connect("f", "g", (_c?.Mqtt)?.Password); } }""",
            """public sealed record SmsOtp(string Phone, int Code); static class O { static SmsOtp A(SmsOtp p) => p with { Code = System.Random.Shared.Next(1, }; static SmsOtp B(SmsOtp p) => p with { = System.Random.Shared.Next() }; static SmsOtp C(SmsOtp p) => p with { Unknown = System.Random.Shared.Next() }; static SmsOtp D() => new(, System.Random.Shared.Next()); static object E() => default(SmsOtp) with { Code = System.Random.Shared.Next() }; }""",
            """static class D { static (string, string) S() => ("a", "Rv3Nw8Xs2Lq6Rt0Yv3Bz7Mf1Hk5Jc9Ge4Uo2Ri8Ts="); static object A(string site) { string id, key; if (site == "a") (id, key) = S(); else if (site == ) (id, ) = S(); else (, key) = ; switch (site) { case "b": (id, key) = ; break; default: break; } var (u, p) = S(); if (string.IsNullOrEmpty(p)) p = ; (string u2, string? p2) = S(); p2 ??= ; return new Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey(id, key + p + p2); } }""",
            """class W { public string Password { get; set; } = ""; } partial class G { readonly W _w = new(); bool J() => nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp("s", _w.Password); } partial class G { G() { _w.Password = ; _w. = "Rv4-x.y-5"; this._w.Password = this._w.; _w.Password += "x"; } }""",
            """using Lextm.SharpSnmpLib; static class A { static string C() => ; static string D(string s) => s switch { "a" => , _ => "public" }; static object M() => new Lextm.SharpSnmpLib.Pipeline.Version2MembershipProvider(new OctetString(C()), new OctetString(Missing())); static object N() => new Lextm.SharpSnmpLib.Security.SHA1AuthenticationProvider(new OctetString(System.Text.Encoding.UTF8.GetBytes())); }""",
            """using System.Threading.Tasks; class T { Task<string> A() => Task.Run(() => { }); Task<string> B() => Task.Run(() => { return ; }); Task<string> C() => Task.Run(); Task<string> D() => Task.Run(async () => { await Task.Yield(); return "Rv5-x.y-6"; }); async Task X(uPLibrary.Networking.M2Mqtt.MqttClient m) { var a = await A(); var b = await B(); var c = await ; m.Connect("a", "b", a + b + c + await D()); } }""",
            """class L { string _t = ""; string Token { get { var t = ; if (t.Length == 0) t = "Rv6-x.y-7"; return t; } } string Key { get { var k = _t; if () k = ; return ; } } string Pw() { var p = _t; p ??= ; System.Diagnostics.Debug.WriteLine(); return p; } static string Or(string? v) { var p = v?.Trim(); if (string.IsNullOrEmpty(p)) p = "Rv7-x.y-8" return p; } }""",
        });

    // DESIGN: no AD0001 on any input. Code that compiles but loops: a getter returning itself inside a lock, a getter holding
    // itself in a local and giving it a default, mutually recursive helpers held in locals and awaited through Task.Run, a
    // holder member filled from itself, fields deconstructed from a helper that returns them swapped, an HMAC keyed with its
    // own key's hash, a streaming hash fed its own output, an OctetString helper wrapping itself.
    [Fact]
    public Task RT32_no_analyzer_throws_on_self_and_mutually_recursive_session_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[]
        {
            """
            using System.Net.Http;
            public sealed class Loops
            {
                private readonly object _g = new();
                private string _t = "";
                public string Token { get { lock (_g) { if (_t.Length == 0) return Token; return _t; } } }
                public string Key { get { var k = Key; if (k.Length == 0) k = "Rc1-loop.Key-51"; return k; } }
                public string Both { get { try { return Other; } catch (System.Exception) { return Both; } } }
                public string Other { get { lock (_g) { if (_t.Length == 1) return Both; else if (_t.Length == 2) return Other; return Token; } } }
                public void Go(HttpClient http) { http.DefaultRequestHeaders.Add("X-API-Key", Token + Key + Both + Other); }
            }
            """,
            """
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Loops
            {
                static string A() => B();
                static string B() { var a = A(); if (string.IsNullOrEmpty(a)) a = "Rc2-loop.A-52"; return a; }
                static async Task<string> C() { await Task.Yield(); return await D(); }
                static Task<string> D() => Task.Run(() => { return C(); });
                static Task<string> E() => Task.Run(() => E());
                public static async Task Go(MqttClient mqtt)
                {
                    var a = A(); mqtt.Connect("l", "l", a);
                    var c = await C(); mqtt.Connect("m", "m", c);
                    var e = await E().ConfigureAwait(false); mqtt.Connect("n", "n", e);
                }
            }
            """,
            """
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public class WifiHolder { public string Ssid { get; set; } = ""; public string Password { get; set; } = ""; public WifiHolder? Next { get; set; } }
            public sealed class Loops
            {
                private readonly WifiHolder _wifi = new();
                private readonly WifiHolder _other = new();
                private string _id = "", _key = "";
                private (string, string) Swap() => (_key, _id);
                public Loops()
                {
                    _wifi.Password = _wifi.Password + _other.Password;
                    _other.Password = _wifi.Password;
                    _wifi.Next = _wifi;
                    (_id, _key) = Swap();
                }
                public bool Join() => WifiNetworkHelper.ConnectDhcp(_wifi.Ssid, _wifi.Next!.Password);
                public void Connect(MqttClient mqtt) => mqtt.Connect("m", _id, _key);
            }
            """,
            """
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Loops
            {
                private readonly HMACSHA256 _hmac = new();
                private readonly byte[] _pairingKey;
                public Loops() { _hmac.Key = _hmac.ComputeHash(_hmac.Key); _pairingKey = HMACSHA256.HashData(_pairingKey!, _pairingKey!); }
                public string Pin(string serial)
                {
                    using var hmac = new HMACSHA256();
                    hmac.Key = hmac.ComputeHash(hmac.Key);
                    var servicePin = (BitConverter.ToUInt32(hmac.ComputeHash(Encoding.UTF8.GetBytes(serial)), 0) % 10000).ToString("D4");
                    var doorPin = (BitConverter.ToUInt32(_hmac.ComputeHash(_pairingKey), 0) % 10000).ToString("D4");
                    return servicePin + doorPin;
                }
                public string Code(string serial)
                {
                    using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                    h.AppendData(h.GetCurrentHash());
                    h.AppendData(Encoding.UTF8.GetBytes(serial));
                    h.AppendData(h.GetHashAndReset());
                    var setupCode = Convert.ToHexString(h.GetHashAndReset());
                    return setupCode;
                }
            }
            """,
            """
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Pipeline;
            public static class Loops
            {
                static string Community() => new OctetString(Community()).ToString()!;
                static string Other(string s) => s switch { "a" => Other("b"), _ => Community() };
                public static IMembershipProvider Membership() => new Version2MembershipProvider(new OctetString(Community()), new OctetString(Other("a")));
            }
            """,
        });

    // DESIGN: no AD0001 on any input, however large. Deep shapes the session reads: a null-conditional chain of 400 links, a
    // getter's else-if chain of 2,000 arms inside a lock (calls only, no returns until the end), a sink given the
    // concatenation of 2,000 helper values held in locals, and a bare pin cut from a concatenation of 2,000 serial pieces.
    [Fact]
    public Task RT32_no_analyzer_throws_on_deep_chains_long_else_if_getters_and_huge_concatenations() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new[] { LongNullConditionalChain(400), LongElseIfGetter(2000), ManyHeldHelpersConcatenated(2000), PinFromHugeConcatenation(2000) });

    private static string LongNullConditionalChain(int links)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using uPLibrary.Networking.M2Mqtt;");
        sb.AppendLine("public sealed class Node { public Node? Next { get; set; } public string Password { get; } = \"Dp1-deep.Chain-40Xz\"; }");
        sb.Append("public static class Deep { public static void Connect(MqttClient mqtt, Node? root) => mqtt.Connect(\"deep\", \"deep\", root");
        for (var i = 0; i < links; i++)
        {
            sb.Append(i % 3 == 0 ? ".Next!" : "?.Next");
        }

        sb.AppendLine("?.Password); }");
        return sb.ToString();
    }

    private static string LongElseIfGetter(int arms)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System.Net.Http;");
        sb.AppendLine("public sealed class Deep { private readonly object _g = new(); private string _t = \"\"; public int Mode { get; set; }");
        sb.AppendLine("  public string Token { get { lock (_g) {");
        sb.Append("    if (Mode == 0) System.Console.WriteLine(0);");
        for (var i = 1; i < arms; i++)
        {
            sb.Append($" else if (Mode == {i}) System.Console.WriteLine({i});");
        }

        sb.AppendLine();
        sb.AppendLine("    if (_t.Length == 0) return \"Dp2-deep.Token-81Wq\"; return _t; } } }");
        sb.AppendLine("  public void Authorize(HttpClient http) => http.DefaultRequestHeaders.Add(\"X-API-Key\", Token); }");
        return sb.ToString();
    }

    private static string ManyHeldHelpersConcatenated(int pieces)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using uPLibrary.Networking.M2Mqtt;");
        sb.AppendLine("public static class Parts {");
        for (var i = 0; i < pieces; i++)
        {
            sb.AppendLine($"  public static string P{i}() => Environment.GetEnvironmentVariable(\"PART_{i}\") ?? \"\";");
        }

        sb.AppendLine("}");
        sb.AppendLine("public static class Deep { public static void Connect(MqttClient mqtt) {");
        for (var i = 0; i < pieces; i++)
        {
            sb.AppendLine($"  var p{i} = Parts.P{i}();");
        }

        sb.Append("  mqtt.Connect(\"deep\", \"deep\", p0");
        for (var i = 1; i < pieces; i++)
        {
            sb.Append($" + p{i}");
        }

        sb.AppendLine("); } }");
        return sb.ToString();
    }

    private static string PinFromHugeConcatenation(int pieces)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System;");
        sb.Append("public static class Deep { public static int GatePin(string serialNumber) { int gatePin = Math.Abs((serialNumber");
        for (var i = 0; i < pieces; i++)
        {
            sb.Append($" + serialNumber[{i % 8}]");
        }

        sb.AppendLine(").GetHashCode()) % 10000; return gatePin; } }");
        return sb.ToString();
    }

    // ---------- 14. cost ----------

    // DESIGN (cost guards, as red teams 15 and 25-31): a holder built in a field and filled by its type's constructor is read
    // through the field (seventeenth session). One station type with 1,000 holder fields, each given its SSID and the
    // environment's password by the constructor and read at its own Wi-Fi join, must not cost much more than the same type
    // whose holders are given the same values in their own object initializers (built in place); neither has a finding.
    private static string ManyHolderFields(bool filledByConstructor, int holders)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using nanoFramework.Networking;");
        sb.AppendLine("public class WifiHolder { public string Ssid { get; set; } = \"\"; public string Password { get; set; } = \"\"; }");
        sb.AppendLine("public sealed class Plant {");
        for (var i = 0; i < holders; i++)
        {
            sb.AppendLine(filledByConstructor
                ? $"  private readonly WifiHolder _w{i} = new();"
                : $"  private readonly WifiHolder _w{i} = new() {{ Ssid = \"line-{i}\", Password = Environment.GetEnvironmentVariable(\"LINE_{i}_PSK\") ?? \"\" }};");
        }

        sb.AppendLine("  public Plant() {");
        if (filledByConstructor)
        {
            for (var i = 0; i < holders; i++)
            {
                sb.AppendLine($"    _w{i}.Ssid = \"line-{i}\"; _w{i}.Password = Environment.GetEnvironmentVariable(\"LINE_{i}_PSK\") ?? \"\";");
            }
        }

        sb.AppendLine("  }");
        for (var i = 0; i < holders; i++)
        {
            sb.AppendLine($"  public bool Join{i}() => WifiNetworkHelper.ConnectDhcp(_w{i}.Ssid, _w{i}.Password);");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact(Skip = "Open defect (red team 32): slow: 1,000 holder fields filled by the constructor search the type once per holder read (about 8x the holders built in place here)")]
    public async Task RT32_many_holder_fields_filled_by_the_constructor_cost_no_more_than_holders_built_in_place()
    {
        // Both sides are warmed up small (the holder path's code is compiled before it is timed), then each is timed once to
        // keep the test near 20 s (measured on a 2-core machine loaded by another build: baseline 0.7-3.3 s, followed 6-21 s;
        // at 700 holders 1.4 s against 4.8 s: the whole type is searched once per holder read).
        await CostGuards.TimeAsync(ManyHolderFields(filledByConstructor: true, 100));
        await CostGuards.TimeAsync(ManyHolderFields(filledByConstructor: false, 100));
        var baseline = await CostGuards.TimeAsync(ManyHolderFields(filledByConstructor: false, 1000));
        var followed = await CostGuards.TimeAsync(ManyHolderFields(filledByConstructor: true, 1000));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // DESIGN (cost guards): a default given after a deconstruction into declared locals is read (seventeenth session), and
    // each deconstruction on a branch of an if is read. One method deconstructing 300 logins, each on both branches of its
    // own if and given a default from the environment when the password is missing, at its own broker, must not cost much
    // more than the same logins read by position from the tuples; neither has a finding. (300 logins, each side timed once,
    // to stay under 20 s: the baseline alone costs about 12 ms a sink on a 2-core machine.)
    private static string ManyBranchDeconstructions(bool deconstructed, int logins)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using uPLibrary.Networking.M2Mqtt;");
        sb.AppendLine("public static class Fleet {");
        for (var i = 0; i < logins; i++)
        {
            sb.AppendLine($"  private static (string User, string Password) Bench{i}() => (\"bench-{i}\", Environment.GetEnvironmentVariable(\"BENCH_{i}_PW\") ?? \"\");");
            sb.AppendLine($"  private static (string User, string Password) Field{i}() => (\"field-{i}\", Environment.GetEnvironmentVariable(\"FIELD_{i}_PW\") ?? \"\");");
        }

        sb.AppendLine("  public static void All(MqttClient mqtt, bool bench) {");
        for (var i = 0; i < logins; i++)
        {
            sb.AppendLine(deconstructed
                ? $"    string u{i}, p{i}; if (bench) (u{i}, p{i}) = Bench{i}(); else (u{i}, p{i}) = Field{i}(); if (string.IsNullOrEmpty(p{i})) p{i} = Environment.GetEnvironmentVariable(\"SPARE_{i}_PW\") ?? \"\"; mqtt.Connect(\"unit-{i}\", u{i}, p{i});"
                : $"    var t{i} = bench ? Bench{i}() : Field{i}(); mqtt.Connect(\"unit-{i}\", t{i}.Item1, string.IsNullOrEmpty(t{i}.Item2) ? Environment.GetEnvironmentVariable(\"SPARE_{i}_PW\") ?? \"\" : t{i}.Item2);");
        }

        sb.AppendLine("  } }");
        return sb.ToString();
    }

    [Fact]
    public async Task RT32_many_branch_deconstructions_with_defaults_cost_no_more_than_tuples_read_by_position()
    {
        await CostGuards.TimeAsync(ManyBranchDeconstructions(deconstructed: true, 50));
        var baseline = await CostGuards.TimeAsync(ManyBranchDeconstructions(deconstructed: false, 300));
        var followed = await CostGuards.TimeAsync(ManyBranchDeconstructions(deconstructed: true, 300));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
