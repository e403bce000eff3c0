using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Shapes of public device samples that red team 89 found missed or filed under the wrong rule (issue #14): a request URL
/// built in a local and grown with <c>+=</c>; a placeholder under a bare <c>key=</c> that names the key it stands for; a
/// sample's <c>"You..."</c> slip for <c>"Your..."</c>; digit runs anyone tries first (<c>1234567890</c>, <c>4321</c>,
/// <c>5555</c>) as universal defaults; the SIM PIN a modem library takes as an object.
/// </summary>
[Collection(CostGuards.Name)]
public class RealSampleShapeTests
{
    private const string ModemStubs = """
        namespace IoT.Device.AtModem.DTOs
        {
            public class PersonalIdentificationNumber { public PersonalIdentificationNumber(string pin) { } }
            public class AccessPointConfiguration
            {
                public AccessPointConfiguration(string apn) { }
                public AccessPointConfiguration(string apn, string userName, string password) { }
            }
        }
        namespace IoT.Device.AtModem.Modem
        {
            public class Network { public bool Connect(IoT.Device.AtModem.DTOs.PersonalIdentificationNumber pin = null, IoT.Device.AtModem.DTOs.AccessPointConfiguration apn = null) => true; }
            public class Sim7080 { public bool EnterSimPin(IoT.Device.AtModem.DTOs.PersonalIdentificationNumber pin) => true; public Network Network => new Network(); }
        }
        namespace HeboTech.ATLib.DTOs { public class PersonalIdentificationNumber { public PersonalIdentificationNumber(string pin) { } } }
        namespace Digipost.Signature.Identifier { public class PersonalIdentificationNumber { public PersonalIdentificationNumber(string number) { } } }
        """;

    [Fact]
    public Task A_request_url_grown_with_appends_is_read_whole() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            static class Keys { public const string Channel = "Q7ZK2M9XW4PL8RTE"; } // expect: IOT1001
            public sealed class Uploader
            {
                private const string WriteKey = "THINGSPEAK_KEY_HERE"; // expect: IOT1006
                private static readonly string Spare = "N8XW2M4QZ7RT1PLK"; // expect: IOT1001
                public void Send(string temp, string hum, bool withHumidity)
                {
                    string uri = "https://api.thingspeak.com/update" + "?key=" + WriteKey;
                    uri += "&field1=" + temp;
                    if (withHumidity)
                    {
                        uri += "&field2=" + hum;
                    }

                    WebRequest.Create(uri);
                }

                public void Channel(string temp)
                {
                    var uri = "https://api.thingspeak.com/update?field1=" + temp;
                    uri += "&api_key=" + Keys.Channel;
                    WebRequest.Create(uri);
                }

                public void Later(string temp)
                {
                    var uri = "https://api.thingspeak.com/update?field1=" + temp;
                    for (var i = 0; i < 3; i++)
                    {
                        uri += "&field" + (i + 2) + "=" + temp;
                    }

                    uri += "&key=" + Spare;
                    WebRequest.Create(uri);
                }

                // hard negatives: the key is the caller's, or only run-time values are appended
                public void Given(string temp, string key)
                {
                    var uri = "https://api.thingspeak.com/update?field1=" + temp;
                    uri += "&api_key=" + key;
                    WebRequest.Create(uri);
                }

                public void Plain(string temp)
                {
                    var uri = "https://api.example.com/readings?station=north";
                    uri += "&t=" + temp;
                    WebRequest.Create(uri);
                }

                // a local appended to in a lambda may grow at any time: its value is not read (no finding, no exception)
                public void Deferred(string temp)
                {
                    var uri = "https://api.example.com/readings?station=north";
                    System.Action add = () => uri += "&api_key=" + Keys.Channel;
                    add();
                    WebRequest.Create(uri);
                }
            }
            """);

    [Fact]
    public Task A_placeholder_under_a_bare_key_that_names_the_key_is_iot1006() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class Feeds
            {
                private const string Bare = "YOUR_WRITE_KEY"; // expect: IOT1006
                public void Held() => WebRequest.Create("https://api.thingspeak.com/update?key=" + Bare);
                public void InPlace() => WebRequest.Create("https://api.thingspeak.com/update?key=YourWriteKey"); // expect: IOT1006
                public void Bracketed() => WebRequest.Create("https://maps.example.com/geocode?address=x&key=<api key>"); // expect: IOT1006
                // hard negatives: a bare key's value that names no credential is a lookup key or a sample word
                public void Sample() => WebRequest.Create("https://api.example.com/lights?key=sample");
                public void Setting() => WebRequest.Create("https://api.example.com/lights?key=brightness");
                public void Sensor() => WebRequest.Create("https://api.example.com/lights?key=SENSOR_ID");
                public void Example() => WebRequest.Create("https://api.example.com/docs?key=example-page");
            }
            """);

    [Fact]
    public Task A_samples_you_slip_for_your_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class Program
            {
                const string Ssid = "YouSsid";
                const string Password = "YouWifiPassword"; // expect: IOT1006
                const string Passphrase = "YouShallNotPass"; // expect: IOT1001
                static readonly string Guest = "Young-Harbor-Key7"; // expect: IOT1001
                public static void Main()
                {
                    WifiNetworkHelper.ConnectDhcp(Ssid, Password);
                    WifiNetworkHelper.ConnectDhcp("Lab", Passphrase);
                    WifiNetworkHelper.ConnectDhcp("Guest", Guest);
                    WifiNetworkHelper.ConnectDhcp("Bench", password: "youmqttpassword"); // expect: IOT1006
                }
            }
            """);

    [Fact]
    public Task Digit_runs_anyone_tries_first_are_universal_defaults() =>
        ExpectComments.AssertAsync(new[] { ModemStubs }, """
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            static class Factory { public const string Keypad = "0987654321"; } // expect: IOT1002
            public sealed class Station
            {
                private const string InstallerPin = "4321"; // expect: IOT1002
                private static readonly string ServicePasscode = "55555555"; // expect: IOT1002
                public void Join() => WifiNetworkHelper.ConnectDhcp("BOBS", "1234567890"); // expect: IOT1002
                public void Broker(MqttClient client) => client.Connect("st-1", "station", Factory.Keypad);
                public NetworkCredential Login() => new("svc", password: "0123456789"); // expect: IOT1002
                public bool Unlock(string pin) => pin == "7777"; // expect: IOT1002
                public bool Service(string code) => code == ServicePasscode;
                // hard negatives: a run that starts elsewhere is a password (IOT1001), and digit runs under no
                // credential's name are serial numbers and counters
                public void Spare() => WifiNetworkHelper.ConnectDhcp("Spare", "2345678901"); // expect: IOT1001
                public const string SerialNumber = "1234567890";
                public const string Firmware = "4321";
                private const int Retries = 1111;
            }
            """);

    [Fact]
    public Task A_SIM_PIN_given_to_a_modem_library_as_an_object_is_judged() =>
        ExpectComments.AssertAsync(new[] { ModemStubs }, """
            using IoT.Device.AtModem.DTOs;
            using IoT.Device.AtModem.Modem;
            static class Sim { public const string Pin = "8153"; } // expect: IOT1001
            public sealed class Cellular
            {
                private readonly Sim7080 _modem = new();
                public void Unlock() => _modem.EnterSimPin(new PersonalIdentificationNumber("1234")); // expect: IOT1002
                public void Attach() => _modem.Network.Connect(new PersonalIdentificationNumber(Sim.Pin), new AccessPointConfiguration("iot.example"));
                public void Private() => _modem.Network.Connect(apn: new AccessPointConfiguration("corp.apn", "fleet", "Tz4-Meridian-61")); // expect: IOT1001
                public void Hebo() => new HeboTech.ATLib.DTOs.PersonalIdentificationNumber(pin: "0000"); // expect: IOT1002
                public void Asked(string pin) => _modem.EnterSimPin(new PersonalIdentificationNumber(pin));
                // hard negative: another library's type of the same name holds a national identity number
                public object Signer() => new Digipost.Signature.Identifier.PersonalIdentificationNumber("01013300001");
            }
            """);

    private const string NpgsqlStub = """
        namespace Npgsql { public sealed class NpgsqlConnection : System.IDisposable { public NpgsqlConnection(string connectionString) { } public void Dispose() { } } }
        """;

    /// <summary>
    /// A connection string kept in a property of the team's options (named as one: <c>ShowDbConnection</c>,
    /// <c>HubConnectionString</c>) and read at a client's constructor takes every value the code writes into it, as a
    /// credential-named property does: a documentation sample's string from a bench factory is IOT1006, a working one
    /// IOT1001 once. A property named otherwise is not followed (its literal is still judged where it is written).
    /// </summary>
    [Fact]
    public Task A_connection_string_property_written_by_factories_is_read_at_the_client() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using Npgsql;
            public class DomeOptions
            {
                public string ShowDbConnection { get; set; }
                public string Label { get; set; }
            }
            public static class DomeOptionsFactory
            {
                public static DomeOptions Production() => new DomeOptions
                {
                    ShowDbConnection = "Host=showdb.local;Username=dome;Password=Andromeda+Cove+22;Database=shows", // expect: IOT1001
                };

                public static DomeOptions Bench() => new DomeOptions
                {
                    ShowDbConnection = "Host=myserver;Username=mylogin;Password=mypass;Database=mydatabase", // expect: IOT1006
                    Label = "Host=myserver;Database=mydatabase",
                };

                public static DomeOptions Local() => new DomeOptions { ShowDbConnection = "Host=localhost;Database=shows;Integrated Security=true" };
            }
            public class DomeController
            {
                private readonly DomeOptions _options;
                public DomeController(DomeOptions options) { _options = options; }
                public NpgsqlConnection ShowDb() => new NpgsqlConnection(_options.ShowDbConnection);
                public NpgsqlConnection Labelled() => new NpgsqlConnection(_options.Label);
            }
            """);

    private const string SshStubs = """
        namespace Renci.SshNet { public class SshClient : System.IDisposable { public SshClient(string host, string username, string password) { } public void Connect() { } public void Dispose() { } } }
        namespace Microsoft.Extensions.Configuration { public interface IConfiguration { string this[string key] { get; } } }
        """;

    /// <summary>
    /// A wrapper with two constructors, one reading its login from configuration and one taking it as parameters (the
    /// labelled corpora's HaLow mesh SshService): the fields read at the library's constructor take what each
    /// <c>new</c> passes, as with one constructor. Run-time values alone give nothing.
    /// </summary>
    [Fact]
    public Task A_wrapper_with_a_configuration_constructor_and_a_value_constructor_is_followed() =>
        ExpectComments.AssertAsync(new[] { SshStubs }, """
            using Microsoft.Extensions.Configuration;
            using Renci.SshNet;
            public class SshService
            {
                private readonly string _host;
                private readonly string _user;
                private readonly string _password;
                public SshService(IConfiguration config)
                {
                    _host = config["Ssh:Host"];
                    _user = config["Ssh:User"];
                    _password = config["Ssh:Password"];
                }

                public SshService(string host, string user, string password)
                {
                    _host = host;
                    _user = user;
                    _password = password;
                }

                public void Run()
                {
                    using (SshClient client = new(_host, _user, _password))
                    {
                        client.Connect();
                    }
                }

                public static SshService WaterTowerRelay() => new SshService("192.168.2.44", "halow", "a92ZRYdhA3GpfT"); // expect: IOT1001
                public static SshService Configured(IConfiguration config) => new SshService(config);
                public static SshService Given(string host, string user, string password) => new SshService(host, user, password);
            }
            """);

    /// <summary>
    /// A policy that refuses weak PINs compares the PIN being chosen (<c>newPin</c>, <c>proposedPasscode</c>) with defaults
    /// to keep them out: no finding. A PIN presented and compared with a default (a login) is IOT1002; a digit alphabet
    /// under a passcode generator's name (<c>PasscodeDigits</c>) is none.
    /// </summary>
    [Fact]
    public Task A_weak_pin_policy_and_a_digit_alphabet_are_not_defaults() =>
        ExpectComments.AssertAsync("""
            public sealed class PinPolicy
            {
                private const string PasscodeDigits = "0123456789";
                private const string PasscodeLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
                public bool Acceptable(string newPin) => !(newPin == "0000" || newPin == "1234" || newPin == "9999") && newPin.Length >= 6;
                public bool Strong(string proposedPasscode) => proposedPasscode != "123456" && proposedPasscode.Length >= 6;
                public bool Unlock(string enteredPin) => enteredPin == "4321"; // expect: IOT1002
                public char Pick(int i) => PasscodeDigits[i % 10];
            }
            """);

    /// <summary>
    /// A URL local rebuilt from itself (<c>uri = uri + "&amp;api_key=" + Key</c>, <c>uri = string.Concat(uri, "&amp;api_key=", Key)</c>)
    /// grows as with <c>+=</c>; a local given a new value outright is not read as grown (no finding for a key it never holds).
    /// </summary>
    [Fact]
    public Task A_request_url_rebuilt_from_itself_is_read_whole() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class Feeds
            {
                private const string ReadKey = "H3JD8QW2LZ5XK9MT"; // expect: IOT1001
                private const string SpareKey = "Z5QX8WM2RL4TK7PN"; // expect: IOT1001
                public void Read(string channel)
                {
                    var uri = "https://api.thingspeak.com/channels/" + channel + "/feeds.json?results=2";
                    uri = string.Concat(uri, "&api_key=", ReadKey);
                    WebRequest.Create(uri);
                }

                public void Spare(string channel)
                {
                    var uri = "https://api.thingspeak.com/channels/" + channel + "/status.json";
                    uri = uri + "?api_key=" + SpareKey + "&results=1";
                    WebRequest.Create(uri);
                }

                public void Replaced(string channel, string key)
                {
                    var uri = "https://api.thingspeak.com/channels/" + channel + "/feeds.json";
                    uri = "https://api.thingspeak.com/update?api_key=" + key;
                    WebRequest.Create(uri);
                }
            }
            """);

    /// <summary>
    /// A key written as a URL path segment right after the segment that names it (a Philips Hue bridge's
    /// <c>/api/{username}/lights</c>, IFTTT's <c>/with/key/{key}</c>) is IOT1001 like a query key. A UUID, a hex serial, a
    /// content hash, a dated name, a version or a word there is a resource's id or name. (A path key appended to a <c>StringBuilder</c> is not read yet.)
    /// </summary>
    [Fact]
    public Task A_key_written_as_a_url_path_segment_is_a_secret() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;
            public sealed class Bridge
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly string _hueHost = "192.168.1.20";
                public Task<string> Lights()
                {
                    var url = $"http://{_hueHost}/api/3Vd9kQm1xR7tLw2ZbN5cHy8pJf0sGa4eUo6iTr2E/lights"; // expect: IOT1001
                    return _http.GetStringAsync(url);
                }

                public Task<string> Ifttt(string ev) => _http.GetStringAsync("https://maker.ifttt.com/trigger/" + ev + "/with/key/dK3mZ9qR2xW7tL5pN8vB4c"); // expect: IOT1001
                // hard negatives
                public Task<string> Device() => _http.GetStringAsync("https://cloud.example/api/550e8400-e29b-41d4-a716-446655440000/status");
                public Task<string> Version() => _http.GetStringAsync("https://cloud.example/api/v2/devices/thermostat-kitchen/state");
                public Task<string> Named() => _http.GetStringAsync("https://kv.example/key/device_firmware_version/value");
                public Task<string> Hashed() => _http.GetStringAsync("https://cloud.example/token/refresh");
                public Task<string> Serial() => _http.GetStringAsync("https://cloud.example/api/0123456789abcdef0123456789abcdef/status");
                public Task<string> Blob() => _http.GetStringAsync("https://cdn.example/key/sha256-9f8e7d6c5b4a39281706f5e4d3c2b1a2/blob");
                public Task<string> Report() => _http.GetStringAsync("https://api.example.com/api/2024-06-01T12-00-00Z-report-0001/summary");
            }
            """);
}
