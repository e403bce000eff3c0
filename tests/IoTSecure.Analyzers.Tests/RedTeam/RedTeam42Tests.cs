using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 42: the changes since red team 41 (261d6b0 dead writes of branch-assigned locals, 8d2ed8c a query appended
/// with +=, fde3747 awaited async lambdas, 6d7906d an IoT Hub key constant given to a SharedAccessKey helper, 0a42642 a
/// template filled on one path and sent whole on another) and the twenty-second session's kinds they build on (values
/// given after declaration, "how to obtain" placeholders, the no-word test, device and push tokens). About half are hard
/// negatives. Expectations come from docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam42Tests
{
    // ---------- 1. IOT1001: a value the next statement replaces (261d6b0) ----------

    // IOT1001: "So is a written fallback beside a run-time value (`key = File.Exists(path) ? File.ReadAllText(path) :
    // "..."`, `env ?? "..."`)"; the dead-write rule (261d6b0) leaves out only "a value the same block replaces before
    // anything reads it". A dock's MQTT password written first and kept by the next statement as the environment's
    // fallback (`?? password`): the next statement reads it, so the written value ships.
    [Fact]
    public Task RT42_a_written_value_the_next_statement_keeps_as_a_coalesce_fallback_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                public static void Open(MqttClient m)
                {
                    string password;
                    password = "Dk4!dock-Vz3Rt"; // expect: IOT1001
                    password = Environment.GetEnvironmentVariable("DOCK_MQTT_PASSWORD") ?? password;
                    m.Connect("dock-1", "dock", password);
                }
            }
            """);

    // IOT1001: the value is followed from "a local declared first and assigned once by a statement of its block"; the
    // dead-write rule leaves out only "a value the same block replaces before anything reads it (`key = "..."; key =
    // Read();`)". A password written first and tidied by the next statement (`password = password.Trim()`), which reads it.
    [Fact]
    public Task RT42_a_written_value_the_next_statement_trims_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                public static void Open(MqttClient m)
                {
                    string password;
                    password = "Tr6!dock-Hq9Lm"; // expect: IOT1001
                    password = password.Trim();
                    m.Connect("dock-2", "dock", password);
                }
            }
            """);

    // IOT1001: (261d6b0) "a value the next statement of the same block replaces before anything reads it" is no
    // alternative — here a local function that connects with the captured password is called between the two writes, so the
    // first value is read (sent to the broker) before it is replaced.
    [Fact]
    public Task RT42_a_written_value_a_local_function_sends_before_it_is_replaced_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                public static void Rotate(MqttClient m)
                {
                    string password;
                    void Open() => m.Connect("dock-3", "dock", password);
                    password = "Lf2!dock-Wn5Kx"; // expect: IOT1001
                    Open();
                    password = File.ReadAllText("/etc/dock/rotated.pw").Trim();
                    Open();
                }
            }
            """);

    // Hard negative for IOT1001. IOT1001 (261d6b0): "a value the next statement of the same block replaces before anything
    // reads it (password = "..."; password = Read();) is no alternative of a branch-assigned local (its secret name still
    // gives IOT1004)". The first value replaced after a log line, after an awaited delay, and (not secret-named) after nothing.
    [Fact]
    public Task RT42_values_replaced_after_a_log_or_an_await_before_any_read_are_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                public static void Rotated(MqttClient m)
                {
                    string password;
                    password = "Rt8!dock-Pz2Vn"; // expect: IOT1004
                    Console.WriteLine("reading the rotated dock password");
                    password = File.ReadAllText("/etc/dock/mqtt.pw").Trim();
                    m.Connect("dock-4", "dock", password);
                }
                public static async Task Awaited(MqttClient m, Func<Task<string>> vault)
                {
                    string password;
                    password = "Aw3!dock-Km7Qt"; // expect: IOT1004
                    await Task.Delay(100);
                    password = await vault();
                    m.Connect("dock-5", "dock", password);
                }
                public static void Unnamed(MqttClient m)
                {
                    string value;
                    value = "Un5!dock-Jx8Wr"; // expect: none
                    value = Environment.GetEnvironmentVariable("DOCK_PW") ?? "";
                    m.Connect("dock-6", "dock", value);
                }
            }
            """);

    // IOT1001: "A local declared without a value and given written values in an `if`'s branches ... holds each"; (261d6b0)
    // a value the same block replaces is left out "(its secret name still gives IOT1004)". A lab branch whose written
    // password is replaced by a file read (IOT1004), beside a plant branch's written password (IOT1001).
    [Fact]
    public Task RT42_a_replaced_value_in_one_branch_and_a_written_one_in_the_other() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                public static void Open(MqttClient m, bool lab)
                {
                    string password;
                    if (lab)
                    {
                        password = "Lb2!dock-Qx7Mv"; // expect: IOT1004
                        password = File.ReadAllText("/etc/dock/lab.pw");
                    }
                    else
                        password = "Pl9!dock-Rz4Kn"; // expect: IOT1001
                    m.Connect("dock-7", "dock", password);
                }
            }
            """);

    // IOT1001 (261d6b0): "a value the next statement of the same block replaces before anything reads it ... is no
    // alternative of a branch-assigned local (its secret name still gives IOT1004)"; "Not findings: ... values from ... a
    // file". A statement between the two writes that does not read the local (a verbose log under an `if`): the lab branch's
    // written password is still replaced before any read, so it is no alternative at the sink.
    [Fact]
    public Task RT42_a_value_replaced_after_an_if_that_does_not_read_it_is_iot1004_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public static class Dock
            {
                public static void Open(MqttClient m, bool lab, bool verbose)
                {
                    string password;
                    if (lab)
                    {
                        password = "Lv5!dock-Tm8Qz"; // expect: IOT1004
                        if (verbose) Console.WriteLine("lab login");
                        password = File.ReadAllText("/etc/dock/lab.pw");
                    }
                    else
                        password = "Pv3!dock-Hx6Wn"; // expect: IOT1001
                    m.Connect("dock-8", "dock", password);
                }
            }
            """);

    // ---------- 2. IOT1001: values given after declaration, other forms (3b6f9fe, 91f8e32) ----------

    // IOT1001: "A local declared without a value and given written values in an `if`'s branches, a `switch`'s sections or
    // a `catch`'s fallback holds each (each is found at its literal ...)". The usual device shape: one branch or section
    // gives the written key, the other throws (an unknown site), so only one statement writes it.
    [Fact]
    public Task RT42_a_local_given_a_written_value_in_one_branch_while_the_other_throws_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public static class Barn
            {
                public static bool Join(string site)
                {
                    string psk;
                    switch (site)
                    {
                        case "barn":
                            psk = "Bn4#barn-Qz7Lt"; // expect: IOT1001
                            break;
                        default:
                            throw new ArgumentOutOfRangeException(nameof(site));
                    }
                    return WifiNetworkHelper.ConnectDhcp(site, psk);
                }
                public static MqttClientOptionsBuilder Login(bool commissioned)
                {
                    string password;
                    if (commissioned)
                        password = "Cm5!barn-Wt8Hx"; // expect: IOT1001
                    else
                        throw new InvalidOperationException("Commission the barn controller first.");
                    return new MqttClientOptionsBuilder().WithTcpServer("broker.barn.local").WithCredentials("barn", password);
                }
            }
            """);

    // IOT1001: "Every written choice is judged at its own literal: both arms of `lab ? "a" : "b"`, each arm of a switch
    // expression"; a local "declared first and assigned once by a statement of its block"; "Target-typed `new(...)` ...
    // count". A switch expression and an else-if chain of three given to locals declared first.
    [Fact]
    public Task RT42_switch_expressions_and_else_if_chains_given_to_locals_declared_first_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using nanoFramework.Networking;
            public static class Press
            {
                public static bool Join(string site)
                {
                    string psk;
                    psk = site switch
                    {
                        "north" => "Nh3#press-Lw8Qz", // expect: IOT1001
                        _ => "Sh6#press-Vk2Tm", // expect: IOT1001
                    };
                    return WifiNetworkHelper.ConnectDhcp(site, psk);
                }
                public static NetworkCredential Login(int line)
                {
                    string password;
                    if (line == 1) password = "Ln1!press-Vq2Zx"; // expect: IOT1001
                    else if (line == 2) password = "Ln2!press-Hw7Kt"; // expect: IOT1001
                    else password = "Ln3!press-Rm4Pz"; // expect: IOT1001
                    NetworkCredential credential = new("press", password);
                    return credential;
                }
            }
            """);

    // IOT1001: "a read-only or private field assigned once by a constructor of its kind, `static readonly string Key; static
    // Hub() { Key = "..."; }`". The same assignment written as an expression-bodied constructor, instance and static.
    [Fact]
    public Task RT42_fields_given_passwords_by_expression_bodied_constructors_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Roaster
            {
                private readonly string _password;
                private static readonly string s_psk;
                static Roaster() => s_psk = "Rp7#roast-Gm3Vx"; // expect: IOT1001
                public Roaster() => _password = "Rs5!roast-Kw2Zq"; // expect: IOT1001
                public void Open(MqttClient m) => m.Connect("roaster-1", "roaster", _password);
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("roastery", s_psk);
            }
            """);

    // IOT1001: "The value is followed back to where it is written, across files: ... a `Secrets` class in another file, ...
    // a read-only or private field assigned once by a constructor of its kind"; "Every written choice is judged at its own
    // literal: both arms". A partial class whose static constructor, in another file, gives the Wi-Fi key; a static
    // constructor choosing the broker password by a condition.
    [Fact]
    public Task RT42_a_partial_class_constructor_in_another_file_and_a_chosen_constructor_value_are_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed partial class Grinder
            {
                private static readonly string s_psk;
                private static readonly string s_password;
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("grinder", s_psk);
                public static void Open(MqttClient m) => m.Connect("grinder-1", "grinder", s_password);
            }
            """,
            """
            using System.Diagnostics;
            public sealed partial class Grinder
            {
                static Grinder()
                {
                    s_psk = "Gr7#grind-Tx4Vm"; // expect: IOT1001
                    s_password = Debugger.IsAttached
                        ? "Gd1!grind-Bench-Qz8" // expect: IOT1001
                        : "Gp2!grind-Plant-Wx5"; // expect: IOT1001
                }
            }
            """);

    // IOT1001: "a read-only or private field assigned once by a constructor of its kind (`static readonly string Key; static
    // Hub() { Key = "..."; }`)". Control for the test above: the same two partial declarations, in one file.
    [Fact]
    public Task RT42_a_partial_class_static_constructor_in_the_same_file_gives_the_wifi_key_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public sealed partial class Mixer
            {
                private static readonly string s_psk;
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("mixer", s_psk);
            }
            public sealed partial class Mixer
            {
                static Mixer()
                {
                    s_psk = "Mx7#mixer-Tq4Vn"; // expect: IOT1001
                }
            }
            """);

    // IOT1001: "a read-only or private field assigned once by a constructor of its kind (`static readonly string Key; static
    // Hub() { Key = "..."; }`)". Control for the two partial-class tests above: one (non-partial) class, the same sink.
    [Fact]
    public Task RT42_a_static_constructor_of_one_class_gives_the_wifi_key_iot1001() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public sealed class Blender
            {
                private static readonly string s_psk;
                static Blender()
                {
                    s_psk = "Bl7#blend-Tq4Vn"; // expect: IOT1001
                }
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("blender", s_psk);
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`, a vault or a
    // file; ... configuration keys and environment variable names"; "a value assigned in a loop is the run's". Fields and
    // locals given configuration keys, lookups, environment reads and loop values after their declaration.
    [Fact]
    public Task RT42_fields_and_locals_given_keys_lookups_and_loop_values_after_declaration_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class Boiler
            {
                private readonly string _password;
                private static readonly string s_passwordSetting;
                static Boiler() => s_passwordSetting = "Boiler:Mqtt:Password"; // expect: none
                public Boiler(IReadOnlyDictionary<string, string> settings) => _password = settings[s_passwordSetting];
                public void Open(MqttClient m) => m.Connect("boiler-1", "boiler", _password);
            }
            public static class Kiosk
            {
                public static bool Join(string site, IReadOnlyDictionary<string, string> cfg)
                {
                    string psk;
                    switch (site)
                    {
                        case "lobby":
                            psk = cfg["Kiosk:Lobby:Psk"]; // expect: none
                            break;
                        default:
                            psk = Environment.GetEnvironmentVariable("KIOSK_PSK") ?? ""; // expect: none
                            break;
                    }
                    return WifiNetworkHelper.ConnectDhcp(site, psk);
                }
                public static bool Rejoin(string[] provisioned)
                {
                    string psk;
                    psk = "";
                    foreach (var candidate in provisioned)
                        psk = candidate.Trim();
                    return WifiNetworkHelper.ConnectDhcp("kiosk", psk);
                }
                public static NetworkCredential Login(bool lab)
                {
                    string settingName;
                    settingName = lab ? "Lab:Mqtt:Password" : "Plant:Mqtt:Password"; // expect: none
                    string clientId;
                    clientId = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"; // expect: none
                    return new NetworkCredential(clientId, Environment.GetEnvironmentVariable(settingName));
                }
            }
            """);

    // ---------- 3. IOT1001: a query appended to a URL local (8d2ed8c) ----------

    // IOT1001: "A URL's query appended to what a string local holds (`url += "?api_key=...";`) is read as a query"; "a
    // secret-named query value (`?appid=`, `&apikey=`, `&access_token=` ...)". The same append written as `url = url +
    // "?..."`, and as an interpolation whose key is a static read-only field of another class.
    [Fact]
    public Task RT42_query_keys_appended_by_plain_assignment_and_interpolation_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class OwmKeys
            {
                public static readonly string Appid = "9b2e5c7a1d4f8e3b6a0c2d5f7e9a1b3c"; // expect: IOT1001
            }
            public static class Station
            {
                public static Task<string> Now(HttpClient http, string city)
                {
                    var url = "https://api.openweathermap.example/data/2.5/weather";
                    url += $"?appid={OwmKeys.Appid}&q={city}";
                    return http.GetStringAsync(url);
                }
                public static Task<string> Feed(HttpClient http, double level)
                {
                    string url = "https://api.thingspeak.example/update";
                    url = url + "?api_key=K3VQ8ZT1MX5RB7WP"; // expect: IOT1001
                    return http.GetStringAsync(url + "&field2=" + level);
                }
            }
            """);

    // IOT1001: "A URL's query appended to what a string local holds (`url += "?api_key=...";`) is read as a query"; "a
    // password ... in a URL query built by appends". A query appended to a field by a constructor's `+=`, to a local
    // declared from a base URL parameter, and on either branch of an `if`.
    [Fact]
    public Task RT42_query_keys_appended_to_a_field_a_parameter_built_local_and_on_branches_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Beacon
            {
                private string _url = "https://push.beacon.example/v1/ping";
                public Beacon()
                {
                    _url += "?access_token=Zq7Kt2Wm9Xv4Lp8R"; // expect: IOT1001
                }
                public Task<string> Ping(HttpClient http) => http.GetStringAsync(_url);
            }
            public static class Level
            {
                public static Task<string> Read(HttpClient http, string baseUrl, bool lab)
                {
                    var url = baseUrl;
                    if (lab)
                        url += "?api_key=LB8WL2QK7ZT4MX9V"; // expect: IOT1001
                    else
                        url += "?api_key=PL3RT6YH1NC5GD8K"; // expect: IOT1001
                    return http.GetStringAsync(url);
                }
            }
            """);

    // Hard negative for IOT1001. IOT1001: "Not findings: ... values from parameters, the environment, `IConfiguration`";
    // IOT1004: "continuation, page, idempotency and push tokens are identifiers"; IOT1006: "A SAS token whose signature ...
    // is masked (`sig=****`) ... gets no finding", "A placeholder is never reported as IOT1001". Queries appended with a
    // configured key, a page token, token settings, a masked signature, and a placeholder key (IOT1006).
    [Fact]
    public Task RT42_queries_appended_with_run_time_keys_page_tokens_settings_masks_and_placeholders_are_no_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Fleet
            {
                public static Task<string> Configured(HttpClient http, IReadOnlyDictionary<string, string> settings)
                {
                    var url = "https://api.thingspeak.example/update";
                    url += "?api_key=" + Uri.EscapeDataString(settings["Feed:ApiKey"]);
                    return http.GetStringAsync(url);
                }
                public static Task<string> Page(HttpClient http)
                {
                    var url = "https://api.fleet.example/v1/devices";
                    url += "?page_token=CAEQARoMCgoyMDI0LTAx"; // expect: none
                    return http.GetStringAsync(url);
                }
                public static Task<string> Settings(HttpClient http)
                {
                    var url = "https://auth.fleet.example/v1/token";
                    url += "?token_type=bearer&expires_in=3600"; // expect: none
                    return http.GetStringAsync(url);
                }
                public static Task<string> Masked(HttpClient http)
                {
                    var url = "https://fleetlogs.blob.core.windows.net/logs/today.txt";
                    url += "?sv=2022-11-02&sr=b&sig=****"; // expect: none
                    return http.GetStringAsync(url);
                }
                public static Task<string> Sample(HttpClient http)
                {
                    var url = "https://api.thingspeak.example/update";
                    url += "?api_key=YOUR_API_KEY"; // expect: IOT1006
                    return http.GetStringAsync(url);
                }
            }
            """);

    // ---------- 4. IOT1001: awaited async lambdas (fde3747) ----------

    // IOT1001: "A lambda a local holds that takes arguments returns its written choices (`pick(lab)` of `isLab => isLab ?
    // "..." : "..."`), awaited too (`await loadKey(site)` of `async s => { await ...; return "..."; }`)"; a helper's value
    // is followed "with `.ConfigureAwait(false)`". An async lambda choosing between two written keys, awaited with
    // ConfigureAwait(false).
    [Fact]
    public Task RT42_an_async_lambda_choosing_written_keys_awaited_with_configure_await_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Greenhouse
            {
                public static async Task Sign(HttpClient http, string site)
                {
                    Func<string, Task<string>> loadKey = async s =>
                    {
                        await Task.Yield();
                        return s == "north"
                            ? "4d7b1e9a2c5f8e3b0a6d9c2f5e8b1a4d" // expect: IOT1001
                            : "7e2a5d8b1f4c9e6a3d0b7c4f1e8a5d2b"; // expect: IOT1001
                    };
                    http.DefaultRequestHeaders.Add("X-API-Key", await loadKey(site).ConfigureAwait(false));
                }
            }
            """);

    // IOT1001: an awaited async lambda held by a local "returns its written value"; "a helper's value is followed when it is
    // first held in a local (`var password = Secrets.Password();`, `var token = await Secrets.TokenAsync()...`)". An async
    // lambda with a natural type (`var`), its result held in a local before a bearer header; one completing a ValueTask
    // read at MQTTnet's WithCredentials.
    [Fact]
    public Task RT42_natural_type_and_value_task_async_lambdas_held_in_locals_are_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using MQTTnet.Client;
            public static class Greenhouse
            {
                public static async Task Bearer(HttpClient http, string site)
                {
                    var loadToken = async (string s) =>
                    {
                        await Task.Delay(5);
                        return "Gh3!green-Tw8Lq-9Rz"; // expect: IOT1001
                    };
                    var token = await loadToken(site);
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                }
                public static async Task<MqttClientOptionsBuilder> Login()
                {
                    Func<ValueTask<string>> password = async () =>
                    {
                        await Task.Yield();
                        return "Gp5!green-Mx2Vr"; // expect: IOT1001
                    };
                    return new MqttClientOptionsBuilder().WithCredentials("greenhouse", await password());
                }
            }
            """);

    // IOT1001: an awaited async lambda held by a local "returns its written value"; getters choosing "inside ...
    // `try`/`catch` (a written fallback in the catch)" ship it. An async lambda that reads the password file and falls back
    // to a written password in its catch.
    [Fact]
    public Task RT42_an_async_lambda_with_a_written_fallback_in_its_catch_is_iot1001() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Greenhouse
            {
                public static async Task Open(MqttClient m)
                {
                    Func<Task<string>> loadPassword = async () =>
                    {
                        try
                        {
                            return (await File.ReadAllTextAsync("/etc/greenhouse/mqtt.pw")).Trim();
                        }
                        catch (IOException)
                        {
                            return "Gc8!green-Ph4Zw"; // expect: IOT1001
                        }
                    };
                    m.Connect("gh-1", "greenhouse", await loadPassword());
                }
            }
            """);

    // Hard negative. IOT1001 (fde3747): "hard negative: an async lambda reading a file"; (fifteenth session) "a helper that
    // returns what its caller passes ... is not [followed], its argument is a key"; "configuration keys and environment
    // variable names" are no findings; a lambda a local holds returns its text "unless the local is given another value".
    [Fact]
    public Task RT42_async_lambdas_passing_arguments_naming_variables_or_replaced_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using uPLibrary.Networking.M2Mqtt;
            public static class Greenhouse
            {
                public static async Task A(MqttClient m, string provisioned)
                {
                    Func<string, Task<string>> tidy = async s => { await Task.Yield(); return s.Trim(); };
                    m.Connect("gh-2", "greenhouse", await tidy(provisioned));
                }
                public static async Task B(MqttClient m, bool lab)
                {
                    Func<bool, Task<string>> variable = async isLab =>
                    {
                        await Task.Yield();
                        return isLab ? "GH_LAB_MQTT_PASSWORD" : "GH_MQTT_PASSWORD"; // expect: none
                    };
                    m.Connect("gh-3", "greenhouse", Environment.GetEnvironmentVariable(await variable(lab)) ?? "");
                }
                public static async Task C(MqttClient m, bool provisioned)
                {
                    Func<Task<string>> source = async () => { await Task.Yield(); return "Gs1!green-Nq6Tx"; }; // expect: none
                    if (provisioned) source = async () => (await File.ReadAllTextAsync("/etc/greenhouse/mqtt.pw")).Trim();
                    m.Connect("gh-4", "greenhouse", await source());
                }
                public static async Task D(MqttClient m, Func<string, Task<string>> vault)
                {
                    Func<Task<string>> fromVault = async () => await vault("greenhouse/mqtt");
                    m.Connect("gh-5", "greenhouse", await fromVault());
                }
            }
            """);

    // ---------- 5. IOT1001: an IoT Hub key constant given to a connection string helper (6d7906d) ----------

    // IOT1001: "An IoT Hub key held in a named constant and given to the team's helper that writes it into
    // `SharedAccessKey={key}` is found at the constant"; IOT1003: "A bare key held in a named constant elsewhere says nothing
    // by its shape and is IOT1001 where it reaches a sink". Keys in another file's constants (one with `==` padding),
    // written by a `string.Format` helper and by a concatenating helper.
    [Fact]
    public Task RT42_hub_keys_in_another_files_constants_given_to_format_and_concatenating_helpers_are_iot1001() =>
        ExpectComments.AssertAsync(
            """
            using Microsoft.Azure.Devices.Client;
            public static class FridgeAgent
            {
                private const string Host = "fridge-hub.azure-devices.net";
                private static string Build(string host, string device, string key) =>
                    string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", host, device, key);
                private static string Concat(string host, string device, string key) =>
                    "HostName=" + host + ";DeviceId=" + device + ";SharedAccessKey=" + key;
                public static DeviceClient Fridge() => DeviceClient.CreateFromConnectionString(Build(Host, "fridge-7", HubKeys.FridgeKey));
                public static DeviceClient Freezer() => DeviceClient.CreateFromConnectionString(Concat(Host, "freezer-2", HubKeys.FreezerKey), TransportType.Mqtt);
            }
            """,
            """
            public static class HubKeys
            {
                public const string FridgeKey = "ORqecmqL3Ws43z9dtjeHYRXoT+TJD4g3GWwCvga8jm0="; // expect: IOT1001
                public static readonly string FreezerKey = "fM30nDh3X6hLHIiLsSbcBg=="; // expect: IOT1001
            }
            """);

    // IOT1001: "An IoT Hub key held in a named constant and given to the team's helper that writes it into
    // `SharedAccessKey={key}` is found at the constant"; a Service Bus policy key the same (`Endpoint=...;SharedAccessKeyName=
    // ...;SharedAccessKey=...`), handed to the team's own listener type (as the thirty-seventh corpus's fridge agent).
    [Fact]
    public Task RT42_a_policy_key_constant_given_to_an_interpolating_helper_for_the_teams_type_is_iot1001() =>
        ExpectComments.AssertAsync("""
            public sealed class Listener { public Listener(string group, string connectionString, string hub) { } }
            public sealed class Cellar
            {
                private const string Endpoint = "sb://cellar-ns.servicebus.example.net/";
                private const string PolicyName = "listen"; // expect: none
                private static readonly string PolicyKey = "mKqTNMvyQLPRbXz4N+xsWj4pzdPUbM2A/AGB72GjHN0="; // expect: IOT1001
                private static string Build(string endpoint, string name, string key) =>
                    $"Endpoint={endpoint};SharedAccessKeyName={name};SharedAccessKey={key};EntityPath=telemetry";
                public Listener Listen() => new Listener("$Default", Build(Endpoint, PolicyName, PolicyKey), "telemetry");
            }
            """);

    // IOT1003: "One literal, one rule: a literal that IOT1003 reports is never reported by IOT1001 too"; GitHub tokens and
    // Google API keys are found "by their shape in any string literal". Tokens with a recognisable shape held in named
    // constants and read into a URL query (the path 6d7906d opened for key-shaped values held in constants): IOT1003 only.
    [Fact]
    public Task RT42_shape_recognised_tokens_held_in_constants_and_read_into_queries_are_iot1003_only() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Releases
            {
                private const string GitHubToken = "ghp_38AibNyyurlGFb0EkjKWREhbiGjlvhkTp3SK"; // expect: IOT1003
                private const string MapsKey = "AIzaD5hJRaOvRTYZPNvS-I4k9GvvK9JkmW378D_"; // expect: IOT1003
                public static Task<string> Latest(HttpClient http) =>
                    http.GetStringAsync($"https://api.github.example/repos/acme/fw/releases/latest?access_token={GitHubToken}");
                public static Task<string> Geocode(HttpClient http, string address) =>
                    http.GetStringAsync($"https://maps.example/api/geocode/json?address={address}&key={MapsKey}");
            }
            """);

    // Hard negative. IOT1001: "Not findings: ... values from parameters, the environment ... connection strings whose key
    // comes from configuration"; IOT1004: "a value repeating ..." / identifiers are no secrets. The same helpers given the
    // key from the environment and a file, the policy's name and host, and a padded base64 device tag written into
    // `DeviceId=` (the padding 6d7906d now strips makes no slot a secret's).
    [Fact]
    public Task RT42_hub_helpers_given_run_time_keys_names_and_padded_device_tags_stay_quiet() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using Microsoft.Azure.Devices.Client;
            public static class Pantry
            {
                private const string Host = "pantry-hub.azure-devices.net"; // expect: none
                private const string DeviceTag = "cGFudHJ5LTI="; // expect: none
                private static string Build(string host, string device, string key) =>
                    $"HostName={host};DeviceId={device};SharedAccessKey={key}";
                public static DeviceClient FromEnvironment() =>
                    DeviceClient.CreateFromConnectionString(Build(Host, "pantry-1", Environment.GetEnvironmentVariable("PANTRY_HUB_KEY") ?? ""));
                public static DeviceClient FromFile() =>
                    DeviceClient.CreateFromConnectionString(Build(Host, DeviceTag, File.ReadAllText("/etc/pantry/hub.key").Trim()));
            }
            """);

    // ---------- 6. IOT1006: a template filled on one path and sent whole on another (0a42642) ----------

    // IOT1006: "A template filled on one path and also passed whole to a call on another (`port.WriteLine(
    // profile.JoinTemplate)`) is sent as written there: a placeholder"; "a placeholder in a modem command, which is sent as
    // written". The two paths as the arms of one conditional: no PIN configured sends the template as written.
    [Fact]
    public Task RT42_a_template_sent_whole_by_one_arm_of_a_conditional_and_filled_by_the_other_is_iot1006() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class SimUnlock
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r"; // expect: IOT1006
                public static void Unlock(ModemPort port, string? pin) =>
                    port.WriteLine(pin is null ? CpinTemplate : CpinTemplate.Replace("<sim-pin>", pin));
            }
            """");

    // IOT1006: "A template filled on one path and also passed whole to a call on another ... is sent as written there: a
    // placeholder". Sent whole with the line end appended (`+ "\r\n"`) and inside an interpolation (`$"{T}\r\n"`): the
    // placeholder goes to the modem as written.
    [Fact]
    public Task RT42_a_template_sent_with_a_line_end_appended_or_interpolated_on_another_path_is_iot1006() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void Write(string text) { } }
            public sealed class WifiProfile
            {
                public string JoinTemplate { get; init; } = "AT+CWJAP=\"plant\",\"[wifi password]\""; // expect: IOT1006
            }
            public static class Esp
            {
                private const string CgauthTemplate = "AT+CGAUTH=1,1,\"iot\",\"<apn-password>\""; // expect: IOT1006
                public static void Join(ModemPort port, WifiProfile profile, string psk) => port.Write(profile.JoinTemplate.Replace("[wifi password]", psk) + "\r\n");
                public static void Probe(ModemPort port, WifiProfile profile) => port.Write(profile.JoinTemplate + "\r\n");
                public static void Auth(ModemPort port, string password) => port.Write(CgauthTemplate.Replace("<apn-password>", password) + "\r\n");
                public static void AuthDefault(ModemPort port) => port.Write($"{CgauthTemplate}\r\n");
            }
            """");

    // IOT1006: "A template filled on one path and also passed whole to a call on another ... is sent as written there: a
    // placeholder"; "Given to such a type and only written out (`new AtCommand(T).ToString()`), it is sent as written: a
    // placeholder". Sent whole on the retry path through a local and through the command type written out unfilled.
    [Fact]
    public Task RT42_a_template_sent_whole_through_a_local_or_a_command_type_written_out_on_another_path_is_iot1006() =>
        ExpectComments.AssertAsync(""""
            using System.Text;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public sealed class AtCommand
            {
                private readonly StringBuilder _text;
                public AtCommand(string template) => _text = new StringBuilder(template);
                public AtCommand Set(string hole, string value) { _text.Replace(hole, value); return this; }
                public override string ToString() => _text.ToString();
            }
            public static class Quectel
            {
                private const string QmtconnTemplate = "AT+QMTCONN=0,\"press-4\",\"press\",\"[mqtt password]\""; // expect: IOT1006
                private const string CpinCommand = "AT+CPIN=\"<sim-pin>\""; // expect: IOT1006
                public static void Mqtt(ModemPort port, string password) => port.WriteLine(QmtconnTemplate.Replace("[mqtt password]", password));
                public static void MqttRetry(ModemPort port)
                {
                    var line = QmtconnTemplate;
                    port.WriteLine(line);
                }
                public static void Unlock(ModemPort port, string pin) => port.WriteLine(CpinCommand.Replace("<sim-pin>", pin));
                public static void UnlockRetry(ModemPort port) => port.WriteLine(new AtCommand(CpinCommand).ToString());
            }
            """");

    // IOT1006 (fourteenth session): "a request URL written whole in one literal with a placeholder in its query (...) is sent
    // as it is written, so the placeholder is reported; a URL the code fills in ... is a template"; (0a42642) "A template
    // filled on one path and also passed whole to a call on another ... is sent as written there: a placeholder". A relay
    // hook filled on the send path and requested whole by a health check through `new HttpRequestMessage`.
    [Fact]
    public Task RT42_a_hook_url_filled_on_one_path_and_requested_whole_on_another_is_iot1006() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Relay
            {
                private const string HookUrl = "https://hooks.relay.example/in?token=YOUR_RELAY_TOKEN"; // expect: IOT1006
                public static Task<HttpResponseMessage> Send(HttpClient http, string token, string body) =>
                    http.PostAsync(HookUrl.Replace("YOUR_RELAY_TOKEN", token), new StringContent(body));
                public static Task<HttpResponseMessage> Health(HttpClient http) =>
                    http.SendAsync(new HttpRequestMessage(HttpMethod.Head, HookUrl));
            }
            """);

    // Hard negative. IOT1006 (twentieth session): "a modem command held whole in a constant that the code fills in before
    // sending it (`CpinTemplate.Replace("<pin>", pin)` ...) is a template, not a placeholder sent as written". The only
    // other mention of the constant is `nameof(CpinTemplate)` in a log line: no call is passed the template.
    [Fact]
    public Task RT42_a_filled_template_whose_name_is_logged_with_nameof_stays_quiet() =>
        ExpectComments.AssertAsync(""""
            using System;
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Sim
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r"; // expect: none
                public static void Unlock(ModemPort port, string pin)
                {
                    Console.WriteLine("filling " + nameof(CpinTemplate));
                    port.WriteLine(CpinTemplate.Replace("<sim-pin>", pin));
                }
            }
            """");

    // Hard negative. IOT1006 (twentieth session): a modem command "that the code fills in before sending it ... is a
    // template, not a placeholder sent as written". A local template filled where it is sent; another method of the file
    // passes its own parameter, also called `command`, to the port (a raw pass-through).
    [Fact]
    public Task RT42_a_filled_local_template_beside_a_pass_through_parameter_of_the_same_name_stays_quiet() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Modem
            {
                public static void Unlock(ModemPort port, string pin)
                {
                    var command = "AT+CPIN=\"<sim-pin>\"\r"; // expect: none
                    port.WriteLine(command.Replace("<sim-pin>", pin));
                }
                public static void Raw(ModemPort port, string command) => port.WriteLine(command);
            }
            """");

    // Hard negative. IOT1006 (twenty-first session): a template is no placeholder "when the team's own helper fills its
    // parameter (`Fill(CpinTemplate, pin)` with `Fill(t, p) => t.Replace("<pin>", p)`)"; IOT1001: "named arguments ...
    // count". The helper called with named arguments in another order.
    [Fact]
    public Task RT42_a_template_filled_by_the_teams_helper_called_with_named_arguments_stays_quiet() =>
        ExpectComments.AssertAsync(""""
            public sealed class ModemPort { public void WriteLine(string text) { } }
            public static class Modem
            {
                private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r"; // expect: none
                private static string Fill(string template, string pin) => template.Replace("<sim-pin>", pin);
                public static void Unlock(ModemPort port, string pin) => port.WriteLine(Fill(pin: pin, template: CpinTemplate));
            }
            """");

    // ---------- 7. IOT1006: how to obtain the credential (f4c7302) ----------

    // IOT1006: "a value that says how to obtain the credential: get, obtain, request, generate, create, paste, provide or
    // supply, then an article or "your", then a credential's word (`"GET_A_TOKEN"`, `"obtain-an-api-key"`, `"Request a
    // secret from the installer"`)". With "the", "a" and "your" and other separators, at four kinds of sink.
    [Fact]
    public Task RT42_more_values_saying_how_to_obtain_the_credential_are_iot1006() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public static class Silo
            {
                public static NetworkCredential Login() => new NetworkCredential("silo", "obtain-the-password"); // expect: IOT1006
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("silo", "SUPPLY_A_PASSPHRASE"); // expect: IOT1006
                public static MqttClientOptionsBuilder Mqtt() =>
                    new MqttClientOptionsBuilder().WithCredentials("silo", "Request your password from IT"); // expect: IOT1006
                public static void Key(HttpClient http) => http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "paste-an-api-key"); // expect: IOT1006
            }
            """);

    // Hard negative for IOT1006. IOT1006: "The "how to obtain" words make a template only when the value is words alone
    // (`"Get-a-Token#7731Vq"` is a password)"; "a passphrase of words that names no credential (`"orchard lantern copper
    // meadow"`) is a working password"; IOT1004: prose and labels are no secrets. A key with digits and a symbol after the
    // words, a passphrase that obtains no credential, and a help text and a log line that say how to get a token.
    [Fact]
    public Task RT42_obtain_words_with_digits_passphrases_help_texts_and_logs_are_no_placeholders() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using nanoFramework.Networking;
            public static class Hangar
            {
                public const string TokenHelpText = "Get a token from the fleet portal"; // expect: none
                public static void Key(HttpClient http) => http.DefaultRequestHeaders.Add("X-API-Key", "Obtain-a-Key-4471!"); // expect: IOT1001
                public static bool Join() => WifiNetworkHelper.ConnectDhcp("hangar", "get a copper lantern"); // expect: IOT1001
                public static void Expired() => Console.WriteLine("Request a new token from the fleet portal"); // expect: none
            }
            """);

    // ---------- 8. IOT1004: the no-word test (5c4e7f3) and device tokens (a60c16e) ----------

    // Hard negative. IOT1004: a status word under a secret's name is the code's state ("a run ... reads as no word ... is
    // neither a status word under a secret's name"); "On 2,486 distinct words ... every real word still passes"; (red team
    // 40) "a `y` counts as a vowel only between consonants". Token states in Italian, Portuguese, Finnish, Czech and
    // Swedish, written without diacritics as firmware does.
    [Fact]
    public Task RT42_italian_portuguese_finnish_czech_and_swedish_status_words_under_token_names_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Accesso
            {
                public const string DisabledToken = "DISATTIVATO"; // expect: none
                public const string UnlockedToken = "SBLOCCATO"; // expect: none
                public const string ExpiredToken = "EXPIRADO"; // expect: none
                public const string RevokedToken = "DESATIVADO"; // expect: none
            }
            public static class Kulku
            {
                public const string ExpiredToken = "VANHENTUNUT"; // expect: none
                public const string RevokedToken = "PERUUTETTU"; // expect: none
            }
            public static class Pristup
            {
                public const string ExpiredToken = "VYPRSELO"; // expect: none
                public const string UnlockedToken = "ODEMCENO"; // expect: none
                public const string BlockedToken = "ZABLOKOVANO"; // expect: none
            }
            public static class Tilltrade
            {
                public const string ExpiredToken = "UTGANGEN"; // expect: none
                public const string ActivatedToken = "AKTIVERAD"; // expect: none
            }
            """);

    // Hard negative. IOT1004: "a bare `Token` holding one lower-case word (a shell command's `Token => "reboot"`)" is no
    // secret; (red team 40) "consonants are counted as sounds (`sch`, `tch`, `ch`, `th`, `sh`, `ph`, `ck`, `gh`, `ng`, `qu`
    // are one each) ... English words with one vowel (`"strengths"`, `"twelfths"`) are words". English console commands
    // with heavy consonant clusters (tchphr, rthr, ngstr, ckkn, ndcr, ghtw).
    [Fact]
    public Task RT42_english_command_tokens_with_consonant_clusters_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public abstract class ConsoleCommand { public abstract string Token { get; } }
            public sealed class Phrase : ConsoleCommand { public override string Token => "catchphrase"; } // expect: none
            public sealed class Birthright : ConsoleCommand { public override string Token => "birthright"; } // expect: none
            public sealed class Units : ConsoleCommand { public override string Token => "angstroms"; } // expect: none
            public sealed class Trinkets : ConsoleCommand { public override string Token => "knickknacks"; } // expect: none
            public sealed class Crafts : ConsoleCommand { public override string Token => "handcrafts"; } // expect: none
            public sealed class Watch : ConsoleCommand { public override string Token => "nightwatch"; } // expect: none
            public sealed class Strengthen : ConsoleCommand { public override string Token => "strengthen"; } // expect: none
            public sealed class Rhythm : ConsoleCommand { public override string Token => "rhythmic"; } // expect: none
            """);

    // IOT1004: "A string field, property or local whose name says it holds a secret, given a value written in the code" is
    // reported; (red team 40) "a run is no word when more than 40 % of its letter pairs are rare in English or fewer than
    // 40 % are among the 200 most frequent". Python's random, seed 42: four sixteen-capital draws under secret names and
    // three fourteen-letter lower-case draws under bare tokens, taken as drawn.
    [Fact]
    public Task RT42_random_letters_drawn_with_seed_42_under_secret_names_and_bare_tokens_are_iot1004() =>
        ExpectComments.AssertAsync("""
            public static class Backhaul
            {
                public const string BrokerApiKey = "UDAXIHHEXDVXRCSN"; // expect: IOT1004
                public static readonly string CloudAccessToken = "BACGHQTARGWUWRNH"; // expect: IOT1004
                public const string RelaySecret = "OSIZAYZFWNKIEGYK"; // expect: IOT1004
                public static readonly string GatewayPassword = "DCMDLLTIZBXORDMC"; // expect: IOT1004
            }
            public abstract class Uplink { public abstract string Token { get; } }
            public sealed class NorthUplink : Uplink { public override string Token => "rjutlsgwcbvhyj"; } // expect: IOT1004
            public sealed class SouthUplink : Uplink { public override string Token => "chdmioulfllgvi"; } // expect: IOT1004
            public sealed class EastUplink : Uplink { public override string Token => "wvuctufrxhfomi"; } // expect: IOT1004
            """);

    // Hard negative. IOT1004 (red team 40): "a push service's token stays an identifier (`PushDeviceToken`, `ApnsToken`,
    // `FcmRegistrationToken`)"; "names that end in a non-secret word (`TokenScope`, ...)". An APNs device token, an FCM
    // device token, a Firebase registration token, an Expo push token, and ThingsBoard's credentials type under a device
    // token's type name.
    [Fact]
    public Task RT42_push_service_device_tokens_and_a_device_token_type_stay_quiet() =>
        ExpectComments.AssertAsync("""
            public static class Notify
            {
                public const string ApnsDeviceToken = "5c1f0e9a7b3d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e"; // expect: none
                public static readonly string FcmDeviceToken = "dQw4w9WgXcQ:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx"; // expect: none
                public const string FirebaseRegistrationToken = "eYk3Qm2Zc8w:APA91bF7xq2LpT9sVn4Rk8Wm3Jz6Hc1Yd5Xg0Bt"; // expect: none
                public const string ExpoPushToken = "ExponentPushToken[Qb7xW2mK9pLz4TnV8cRj1s]"; // expect: none
                public const string DeviceTokenType = "ACCESS_TOKEN"; // expect: none
            }
            """);

    // IOT1004 (red team 40): "A device token (`HubDeviceToken`) is the device's credential on IoT platforms (ThingsBoard,
    // IoTSharp), not a push notification's address: it is a secret's name". Device tokens under a gateway's name, in upper
    // snake case with access, behind an expression-bodied property, and in a local.
    [Fact]
    public Task RT42_device_tokens_in_other_spellings_are_iot1004() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Telemetry
            {
                public static readonly string GatewayDeviceToken = "Xk29PqLm7RtZ0vWb3NcY"; // expect: IOT1004
                public const string DEVICE_ACCESS_TOKEN = "q7HvN2xKc9LwT4mZp8Rb"; // expect: IOT1004
                public static string IoTSharpDeviceToken => "7fq2LmX9vTz4WcK8pNr1"; // expect: IOT1004
                public static void Send()
                {
                    var deviceToken = "Rw8Tz3Kq6Vm1Xn4Lp9Hs"; // expect: IOT1004
                    Console.WriteLine(deviceToken.Length);
                }
            }
            """);

    // ---------- 9. crashes and cost ----------

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Half-typed and
    // recursive forms of this session's shapes: dead writes, `+=` queries, async lambdas (one awaiting itself), hub key
    // helpers (one recursive, padding only), templates sent whole, top-level statements, circular constants.
    [Fact]
    public Task RT42_no_analyzer_throws_on_half_typed_and_recursive_forms_of_the_shapes() =>
        AnalyzerRunner.AssertNoAnalyzerThrowsAsync(new (string, string[]?)[]
        {
            ("""using System; using System.IO; using uPLibrary.Networking.M2Mqtt; static class D { static void A(MqttClient m) { string password; password = "Dk4!; password = Environment.GetEnvironmentVariable("X") ?? password; password = ; m.Connect("a", "b", password); } static void B(MqttClient m) { string p; void O() => m.Connect("a", "b", p.); p = "x"; O(; p = p.Trim( } static void C(MqttClient m, bool l) { string pw; if (l) { pw = "a"; pw = pw + pw; pw = pw; } else pw = ; m.Connect("a", "b", pw); } }""", null),
            ("""using System.Net.Http; static class U { static string _u = "https://x"; static void A(HttpClient h, bool l) { var url = "https://x"; url += "?api_key=; url += ; url = url + "?"; _u += "?"; url += $"?appid={K.}"; url += "?"; url += "&"; url += "?="; if (l) url += "?api_key=A" else url += ; h.GetStringAsync(url); h.GetStringAsync(_u +); } }""", null),
            ("""using System; using System.Threading.Tasks; using uPLibrary.Networking.M2Mqtt; static class L { static async Task A(MqttClient m) { Func<string, Task<string>> f = async s => { await ; return s == "a" ? "x" : ; }; m.Connect("a", "b", await f()); var g = async (string s) => { return await g(s); }; m.Connect("a", "b", await g("x")); Func<Task<string>> h = null!; h = async () => await h(); m.Connect("a", "b", await h().ConfigureAwait(); Func<ValueTask<string>> v = async () => { try { return ; } catch { return "Gc8!"; } }; m.Connect("a", "b", await v()); } }""", null),
            ("""using Microsoft.Azure.Devices.Client; static class H { const string K = "abc=="; const string E = "="; const string Z = ""; const string Q = "=="; static string B(string k) => $"HostName=h;SharedAccessKey={k"; static string R(string k) => $"HostName=h;SharedAccessKey={R(k)}"; static string F(string k) => string.Format("SharedAccessKey={0}", ); static void A() { DeviceClient.CreateFromConnectionString(B(K); DeviceClient.CreateFromConnectionString(R(E)); DeviceClient.CreateFromConnectionString(B(Z) + B(Q)); DeviceClient.CreateFromConnectionString(F(K)); } }""", null),
            ("""using System; using System.Text; public sealed class P { public void W(string t) { } } sealed class AtCommand { StringBuilder _t; public AtCommand(string t) => _t = new(t); public override string ToString() => _t.ToString(; } static class S { const string T = "AT+CPIN=\"<sim-pin>\""; static string J => J; static string Fill(string template, string pin) => template.Replace("<sim-pin>", ); static void A(P port, string? pin) { port.W(nameof()); port.W(nameof(T); port.W(T.Replace(; port.W(pin is null ? T : ); port.W(new AtCommand(T).ToString(); port.W(Fill(template: , pin: T)); port.W(T + ); port.W($"{T"); var line = T; port.W(line } }""", null),
            ("""using uPLibrary.Networking.M2Mqtt; var m = new MqttClient("h"); string password; password = "Tp1!x-Yz2Wq"; password = password.Trim(); m.Connect("a", "b", password); string url; url = "https://x"; url += "?api_key=Q7XK2M9TLP4RZ8WB"; System.Console.WriteLine(url);""", null),
            ("""using nanoFramework.Networking; static class C { const string A = B + "x"; const string B = A + "y"; static readonly string s_k; static C() => s_k = s_k + A; static bool J() => WifiNetworkHelper.ConnectDhcp("a", s_k); static string Obtain => "GET_A_" + Obtain; static bool K() => WifiNetworkHelper.ConnectDhcp("a", Obtain); }""", null),
        });

    private const string SessionShapes = """
        using System;
        using System.IO;
        using System.Net.Http;
        using System.Text;
        using System.Threading.Tasks;
        using Microsoft.Azure.Devices.Client;
        using uPLibrary.Networking.M2Mqtt;
        public sealed class ModemPort { public void WriteLine(string text) { } }
        public sealed class Shapes
        {
            private const string HubKey = "ORqecmqL3Ws43z9dtjeHYRXoT+TJD4g3GWwCvga8jm0=";
            private const string CpinTemplate = "AT+CPIN=\"<sim-pin>\"\r";
            private readonly string _password;
            public Shapes() => _password = "Rs5!roast-Kw2Zq";
            private static string Build(string key) => $"HostName=h.azure-devices.net;DeviceId=d;SharedAccessKey={key}";
            public async Task A(MqttClient m, HttpClient http, ModemPort port, string? pin, bool lab)
            {
                string password;
                password = "Dk4!dock-Vz3Rt";
                password = Environment.GetEnvironmentVariable("DOCK") ?? password;
                if (lab) { password = "Lb2!dock-Qx7Mv"; password = File.ReadAllText("/etc/lab.pw"); }
                m.Connect("dock", "dock", password);
                var url = "https://api.thingspeak.example/update";
                url += "?api_key=Q7XK2M9TLP4RZ8WB";
                Func<string, Task<string>> loadKey = async s => { await Task.Yield(); return s == "n" ? "4d7b1e9a2c5f8e3b" : "7e2a5d8b1f4c9e6a"; };
                http.DefaultRequestHeaders.Add("X-API-Key", await loadKey("n").ConfigureAwait(false));
                DeviceClient.CreateFromConnectionString(Build(HubKey));
                port.WriteLine(pin is null ? CpinTemplate : CpinTemplate.Replace("<sim-pin>", pin));
                Console.WriteLine(nameof(CpinTemplate) + _password.Length);
                await http.GetStringAsync(url);
            }
        }
        """;

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Every cut of a
    // source holding this session's shapes, and every copy with five characters taken out at those places.
    [Fact]
    public async Task RT42_no_analyzer_throws_on_cuts_of_the_session_shapes() =>
        await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(SessionShapes, step: 61, removed: 5);

    // A block of many writes to one password local declared first, each read before the next replaces it (or, in the
    // baseline, with another local read between): 261d6b0 asks, for every write, whether each later write of the block
    // replaces it with nothing reading between, scanning the block's statements for each pair.
    private static string RotationScript(bool readBetween, int writes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("using System;");
        sb.AppendLine("using uPLibrary.Networking.M2Mqtt;");
        sb.AppendLine("public static class Rotation");
        sb.AppendLine("{");
        sb.AppendLine("  private static void Log(string text) => Console.WriteLine(text.Length);");
        sb.AppendLine("  public static void Run(MqttClient m)");
        sb.AppendLine("  {");
        sb.AppendLine("    string other = Environment.GetEnvironmentVariable(\"OTHER\") ?? \"\";");
        sb.AppendLine("    string password;");
        for (var i = 0; i < writes; i++)
        {
            sb.AppendLine($"    password = \"Rt{i}!rotate-Kq7Zx\";");
            sb.AppendLine(readBetween ? "    Log(password);" : "    Log(other);");
        }

        sb.AppendLine("    m.Connect(\"rotation\", \"rotation\", password);");
        sb.AppendLine("  }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    // Cost guard (as red team 26's): "fails on a blow-up (more than three times the baseline and two seconds)". 400 writes
    // to one local, each logged before the next: the dead-write test must not turn a linear pass cubic. A run is capped at
    // 120 s so a blow-up fails instead of hanging the suite.
    [Fact]
    public async Task RT42_a_rotation_script_of_many_logged_writes_to_one_local_costs_no_more_than_its_baseline()
    {
        await CostGuards.TimeAsync(RotationScript(readBetween: true, 4));
        var baseline = await CostGuards.MedianOfThreeAsync(RotationScript(readBetween: false, 400));
        var run = CostGuards.TimeAsync(RotationScript(readBetween: true, 400));
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(120)));
        Assert.True(finished == run, $"baseline {baseline:F0} ms, followed: more than 120 s");
        var followed = await run;
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
