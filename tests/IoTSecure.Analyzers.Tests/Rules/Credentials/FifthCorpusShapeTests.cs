using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the fifth corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>), with values and names of their own: a library method's credential parameter outside
/// the catalogue, PIN constants checked by the team's own code, configuration text with run-time values in it, listed
/// defaults and placeholders in configuration and at connection-string sinks, access codes, AWS secret access keys.
/// </summary>
public class FifthCorpusShapeTests
{
    private const string Libraries = """
        namespace Vendor.Hvac
        {
            public class ControllerClient
            {
                public void Login(string operatorName, string password) { }
                public void ReinitializeDevice(int address, int state, string password) { }
                public void SetLabel(int address, string label) { }
                public bool Authenticate(string apiKey, int timeoutSeconds) => true;
            }
            public class PskIdentity { public PskIdentity(string identity, byte[] psk) { } }
            public class BasicCloudCredentials { public BasicCloudCredentials(string accessKey, string secretKey) { } }
        }
        namespace Vendor.Store { public static class Db { public static void Open(string connectionString) { } } }
        """;

    [Fact]
    public Task A_library_methods_credential_parameter_takes_a_credential_whatever_the_library() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using Vendor.Hvac;
            public sealed class Probe
            {
                private readonly ControllerClient _client = new();
                public void Run(string entered)
                {
                    _client.Login("facility", "Chiller#Plant-207"); // expect: IOT1001
                    _client.ReinitializeDevice(12, 1, password: "Rein1t-Ahu-3"); // expect: IOT1001
                    _client.Login("facility", "admin"); // expect: IOT1002
                    _client.Login("facility", "<operator password>"); // expect: IOT1006
                    _client.SetLabel(12, "Rooftop AHU 3"); // expect: none
                    _client.Authenticate("hv_7f3a9c2e1b5d4086", 30); // expect: IOT1001
                    _client.Login("facility", entered);
                    var identity = new PskIdentity("lamp-17", Convert.FromHexString("5be0c7a94f12d386ab07e44c19d2f8a6")); // expect: IOT1003
                    var cloud = new BasicCloudCredentials("AKIAQ7MZK3RTW5XLB2NP", // expect: IOT1003
                        "Qm4rT8vK2xZ9pL6wN3bH7cJ5dF1gS0aE4yU8iO2e"); // expect: IOT1003
                }
            }
            """);

    [Fact]
    public Task A_pin_constant_checked_by_the_teams_code_is_a_secret_named_symbol() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            public sealed class Keypad
            {
                private const string ServiceOverridePin = "6193"; // expect: IOT1004
                private const string LedPin = "13"; // expect: none
                private const string StatusLedUuid = "2A19"; // expect: none
                public bool Unlock(string typedPin) => typedPin == ServiceOverridePin;
                public bool Blink(string pin) => pin == LedPin;
            }
            """);

    [Fact]
    public Task Configuration_text_with_run_time_values_and_listed_defaults_in_it() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """"
            public static class Boot
            {
                public static string Register(string deviceId) => $$"""
                    {
                      "device": "{{deviceId}}",
                      "apiKey": "rk_5d1e9a7c3b2f4680",
                      "token": "{{deviceId}}-session"
                    }
                    """; // expect: IOT1001
                public const string Broker = """
                    mqtt:
                      host: broker.local
                      password: changeme
                    """; // expect: IOT1002
                public const string Const = "Password"; // expect: none
                public const string Password = "Password"; // expect: none
            }
            """");

    [Fact]
    public Task Placeholders_spelled_with_underscores_in_queries_and_for_a_whole_connection_string() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Net.Http;
            using Vendor.Hvac;
            using Vendor.Store;
            public sealed class Uplink
            {
                private readonly HttpClient _http = new();
                public void Run(ControllerClient client, int station)
                {
                    client.Login("facility", "REPLACE_WITH_SITE_PASSWORD"); // expect: IOT1006
                    _http.GetStringAsync($"https://farm.example/api/v1?station={station}&api_key=fill-me-in"); // expect: IOT1006
                    _http.GetStringAsync($"https://farm.example/api/v1?station={station}&key=brightness"); // expect: none
                    var hub = Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString("<your device connection string>"); // expect: IOT1006
                    Db.Open("Host=historian.local;Database=plant;Username=gw;Password=<from vault>"); // expect: none
                }
            }
            """);

    [Fact]
    public Task Secrets_looked_up_in_a_table_written_in_the_code_are_each_judged() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Collections.Generic;
            using Vendor.Hvac;
            public sealed class Fleet
            {
                private static readonly Dictionary<string, string> SitePasswords = new()
                {
                    ["north-07"] = "Fjord#Chiller-71", // expect: IOT1001
                    ["south-02"] = "admin", // expect: IOT1002
                };
                private readonly Dictionary<string, string> _labels = new() { { "north-07", "North roof" } }; // expect: none
                private static readonly string[] Fallbacks = { "Backup!Ahu-552" }; // expect: IOT1001
                public void Run(ControllerClient client, string site, Dictionary<string, string> given, int i)
                {
                    client.Login("facility", SitePasswords[site]);
                    client.Login("facility", Fallbacks[i]);
                    client.Login("facility", given[site]);
                    client.SetLabel(1, _labels[site]);
                }
            }
            """);

    /// <summary>
    /// Tuples named as a setting and its value (<c>(string Key, string Value)[]</c>), and tuples a function returns whose
    /// return type names the elements (<c>IEnumerable&lt;(string Ssid, string Psk)&gt;</c> with <c>yield return</c>), are
    /// configuration built in code: the value under a secret key is judged (the fifth and first corpora's misses).
    /// </summary>
    [Fact]
    public Task Tuples_named_as_key_and_value_or_by_the_return_type_are_configuration() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Dock
            {
                public static readonly (string Key, string Value)[] Defaults =
                {
                    ("dock.wifi.ssid", "Harbour-Dock"), // expect: none
                    ("dock.wifi.psk", "Quay-Charging-Kx7"), // expect: IOT1001
                    ("dock.led.mode", "pulse"), // expect: none
                };
                public static readonly (string Name, string Unit)[] Units = { ("psk", "Kx7-Quay-Charging") }; // expect: none
                public static IEnumerable<(string Ssid, string Psk)> KnownNetworks()
                {
                    yield return ("Harbour", "Harb0ur-Netw0rk-psk"); // expect: IOT1001
                    yield return ("Loft", ""); // expect: none
                }
                public static (string Ssid, string Psk) Fallback() => ("Shed", "Sh3d-Backup-77"); // expect: IOT1001
                public static (string Ssid, string Password) Hotspot(string serial)
                {
                    string hotspotPassword = "Kx7-" + serial; // expect: IOT1005
                    return ("Dock-Hotspot", hotspotPassword);
                }
                public static IEnumerable<(string Ssid, string Channel)> Channels()
                {
                    yield return ("Harbour", "11"); // expect: none
                }
            }
            """);

    [Fact]
    public Task A_sas_url_template_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Upload
            {
                public static void Send(HttpClient http) => http.GetAsync("https://logs.blob.core.windows.net/csv/a.csv?sv=2022-11-02&sp=r&sig=<signature>"); // expect: IOT1006
                public static void Keyed(HttpClient http) => http.GetAsync("https://api.example.org/v1/items?key=sample"); // expect: none
            }
            """);
}
