using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twenty-fifth unseen corpus found missing, each with its hard negatives: a credential property declared
/// abstract or virtual and given its value by the getters that override it; a key returned by another type's helper; an
/// AT command a command type's constructor builds in <c>base(...)</c> from its parameters; a received passkey with a
/// written fallback compared with a listed default; a listed default handed to the team's own method for a
/// password-named parameter; a request URL written whole with a placeholder in its query; a held key cut by a '#' in a
/// URL's query. Labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>).
/// </summary>
public class TwentyFifthCorpusShapeTests
{
    [Fact]
    public Task Overriding_getters_of_an_abstract_password_reach_the_sink_through_a_settings_object() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public abstract class Modem
            {
                public abstract string FactoryUsername { get; }
                public abstract string FactoryPassword { get; }
                public virtual string Model => "generic"; // expect: none
            }
            public class Fast : Modem
            {
                public override string FactoryUsername => "admin"; // expect: none
                public override string FactoryPassword => "admin"; // expect: IOT1002
            }
            public class Netcomm : Modem
            {
                public override string FactoryUsername => "admin"; // expect: none
                public override string FactoryPassword => "<password on the modem label>"; // expect: IOT1006
            }
            public class Telstra : Modem
            {
                public override string FactoryUsername => "telstra"; // expect: none
                public override string FactoryPassword => "rugk-uzIy2yI8U!"; // expect: IOT1001
                public override string Model => "Smart Modem Gen 2"; // expect: none
            }
            public class Settings
            {
                public string Username { get; set; }
                public string Password { get; set; }
                public Modem Current { get; set; }
                public void Load(string[] args, bool telstra)
                {
                    Current = telstra ? new Telstra() : args.Length > 2 ? new Netcomm() : new Fast();
                    if (args.Length > 1) { Username = args[0]; Password = args[1]; }
                    else { Username = Current.FactoryUsername; Password = Current.FactoryPassword; }
                }
                public ICredentials Credentials() => new NetworkCredential(Username, Password);
            }
            """);

    [Fact]
    public Task Another_types_helper_returning_hub_keys_is_read_at_the_sink() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Azure.Devices.Client;
            internal static class HiveKeys
            {
                public static string KeyFor(string hiveId) => hiveId switch
                {
                    "hive-01" => "iumHK2fPmp+wyxYuE6bqli/MnxvPeDjuWeeLqt01gGM=", // expect: IOT1001
                    _ => "<hive-device-key>", // expect: IOT1006
                };
                public static string HubFor(string hiveId) => hiveId.StartsWith("lab") ? "lab-hub.azure-devices.net" : "apiary-hub.azure-devices.net"; // expect: none
            }
            public sealed class Hive
            {
                public DeviceClient Open(string id) => new DeviceClient(HiveKeys.HubFor(id), id, sasKey: HiveKeys.KeyFor(id));
                public DeviceClient FromEnvironment(string id) => new DeviceClient(HiveKeys.HubFor(id), id, System.Environment.GetEnvironmentVariable("HIVE_KEY"));
            }
            """);

    [Fact]
    public Task A_command_types_constructor_building_an_at_command_is_read_per_creation() =>
        ExpectComments.AssertAsync("""
            public abstract class Command
            {
                protected Command(string text) => Text = text;
                public string Text { get; }
            }
            public sealed class SetPdpAuth : Command
            {
                public SetPdpAuth(int context, string user, string password) : base($"AT+CGAUTH={context},1,\"{user}\",\"{password}\"") { }
            }
            public sealed class UnblockSim : Command
            {
                public UnblockSim(string puk, string newPin) : base(string.Format("AT+CPIN=\"{0}\",\"{1}\"", puk, newPin)) { }
            }
            public sealed class Custom : Command
            {
                public Custom(string text) : base(text) { }
            }
            public sealed class Modem
            {
                private const string SimPuk = "40182735"; // expect: IOT1001
                private const string SimPin = "9680"; // expect: IOT1001
                public void Start(System.Collections.Generic.List<Command> queue)
                {
                    queue.Add(new SetPdpAuth(1, "fence", "EAulza#82aHYKV")); // expect: IOT1001
                    queue.Add(new SetPdpAuth(2, "APN_USER", "APN_PASSWORD")); // expect: IOT1006
                    queue.Add(new UnblockSim(SimPuk, SimPin));
                    queue.Add(new Custom("AT+CPIN?")); // expect: none
                    queue.Add(new Custom("AT+CGDCONT=1,\"IP\",\"iot.operator\"")); // expect: none
                }
            }
            """);

    [Fact]
    public Task A_received_passkey_with_a_written_fallback_compared_with_a_listed_default_is_iot1002() =>
        ExpectComments.AssertAsync("""
            public static class Hm10
            {
                public static bool HasFactoryPasskey(string reply)
                {
                    var modulePasskey = reply != null && reply.StartsWith("OK+Get:") ? reply.Substring(7).Trim() : "";
                    return modulePasskey == "123456"; // expect: IOT1002
                }
                public static bool IsDataPin(string reply)
                {
                    var pin = reply != null ? reply.Trim() : "";
                    return pin == "D5"; // expect: none
                }
            }
            """);

    [Fact]
    public Task A_listed_default_handed_to_the_teams_own_password_parameter_is_iot1002() =>
        ExpectComments.AssertAsync("""
            public sealed class Users
            {
                public (byte[] Hash, byte[] Salt) HashPassword(string password) => (new byte[32], new byte[16]);
                public void Add(string userName, string password) { }
                public Users() { }
                public Users(string adminPasscode) { }
                public void Label(string passwordLabel, string userName) { }
                public void CreateDefaults()
                {
                    var (hash, salt) = HashPassword("password"); // expect: IOT1002
                    Add("admin", "admin"); // expect: IOT1002
                    Add(password: "1234", userName: "service"); // expect: IOT1002
                    var rack = new Users("changeme"); // expect: IOT1002
                    Label("password", "admin"); // expect: none
                    Add("operator", System.Environment.GetEnvironmentVariable("OPERATOR_PW"));
                }
            }
            """);

    [Fact]
    public Task A_request_url_written_whole_with_a_placeholder_in_its_query_is_iot1006_unless_filled_in() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Hooks
            {
                const string RelayUrl = "https://hooks.plantrelay.net/in/flowercare?token=YOUR_RELAY_TOKEN"; // expect: IOT1006
                const string WeatherTemplate = "https://api.weather.example/data?appid=YOUR_API_KEY&units=metric"; // expect: none
                const string DocsExample = "https://api.weather.example/data?appid=YOUR_API_KEY"; // expect: none
                static async System.Threading.Tasks.Task Post(string url) => await new HttpClient().PostAsync(url, null);
                public static System.Threading.Tasks.Task Relay() => Post(RelayUrl);
                public static System.Threading.Tasks.Task Weather(string key) => Post(WeatherTemplate.Replace("YOUR_API_KEY", key));
                public static System.Threading.Tasks.Task Direct() => Post("https://api.weather.example/data?appid=<your-api-key>"); // expect: IOT1006
            }
            """);

    [Fact]
    public Task A_held_key_holding_a_hash_sign_in_a_query_is_judged_whole() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class DisplaySecrets
            {
                public const string ArrivalsApiKey = "u#9a!jdCuISa7Qe2"; // expect: IOT1001
                public const string StopName = "Harbour #2"; // expect: none
            }
            public sealed class Board
            {
                private readonly HttpClient _http = new HttpClient();
                public System.Threading.Tasks.Task<string> Poll(string stop) =>
                    _http.GetStringAsync($"https://rt.trams.example/v2/arrivals?stop={stop}&apikey={DisplaySecrets.ArrivalsApiKey}&name={DisplaySecrets.StopName}");
            }
            """);

    // Escaping a query value (Uri.EscapeDataString, WebUtility.UrlEncode) carries the same text for a key of letters and
    // digits: a key held in a constant is still the query value that reaches the request. An escaped user input is not.
    [Fact]
    public Task An_escaped_key_held_in_a_constant_is_read_in_the_query() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            public static class MapSecrets
            {
                public const string GeocodeKey = "Gx4Lm9Qp2RtZ7kWb1Nc5Vd8Hs3Jf6Ae0"; // expect: IOT1001
                public const string Region = "eu-west"; // expect: none
            }
            public sealed class Geocoder
            {
                private readonly HttpClient _http = new();
                public System.Threading.Tasks.Task<string> Find(string place) =>
                    _http.GetStringAsync($"https://geo.example/v1/search?q={Uri.EscapeDataString(place)}&region={WebUtility.UrlEncode(MapSecrets.Region)}&key={Uri.EscapeDataString(MapSecrets.GeocodeKey)}");
            }
            """);
}
