using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the ninth corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own: a secret store's reference under a secret key, a listed
/// default under a configuration path's key, a PEM key template at a certificate's key, a connection-string template at a
/// database client, tables of tuples of any arity read in a loop, a primary constructor's parameter, and a constructor
/// parameter kept in a field or property that a URL or an AT command reads.
/// </summary>
public class NinthCorpusShapeTests
{
    [Fact]
    public Task A_secret_stores_reference_is_no_secret_and_a_default_under_a_configuration_path_is_one() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Config
            {
                public static Dictionary<string, string> Build(bool lab)
                {
                    var settings = new Dictionary<string, string>
                    {
                        ["hl7:secretRef"] = "vault://wardcall/hl7-feed", // expect: none
                        ["sip:secret"] = "Hl7-Feed#Ward4-Admissions", // expect: IOT1001
                        ["pager:tokenReference"] = "kv://ward/pager-token", // expect: none
                        ["password"] = "Password", // expect: none
                    };
                    if (lab)
                    {
                        settings["sip:password"] = "password"; // expect: IOT1002
                    }
                    settings["db:password"] = "admin"; // expect: IOT1002
                    return settings;
                }
            }
            """);

    [Fact]
    public Task A_connection_string_template_at_a_database_client_is_a_placeholder() =>
        ExpectComments.AssertAsync(new[] { Database }, """
            using Npgsql;
            public static class Program
            {
                public static void Main()
                {
                    var connString = "Host=myserver;Username=mylogin;Password=mypass;Database=mydatabase"; // expect: IOT1006
                    using var conn = new NpgsqlConnection(connString);
                    using var live = new NpgsqlConnection("Host=db.plant;Username=ingest;Password=Soil-7Kx!ingest"); // expect: IOT1001
                    using var fromEnvironment = new NpgsqlConnection(System.Environment.GetEnvironmentVariable("PG_CONNECTION"));
                }
            }
            """);

    private const string Database = """
        namespace Npgsql
        {
            public class NpgsqlConnection : System.IDisposable { public NpgsqlConnection(string connectionString) { } public void Dispose() { } }
        }
        """;

    [Fact]
    public Task A_PEM_key_block_with_no_key_at_a_certificates_key_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography.X509Certificates;
            public static class Program
            {
                const string cert = @"-----BEGIN CERTIFICATE-----
            Your PEM certificate
            -----END CERTIFICATE-----"; // expect: none
                const string privateKey = @"-----BEGIN ENCRYPTED PRIVATE KEY-----
            Encrypted private key
            -----END ENCRYPTED PRIVATE KEY-----"; // expect: IOT1006
                public static X509Certificate2 Load() => X509Certificate2.CreateFromEncryptedPem(cert, privateKey, "Fx7-qLm2-Rt9");  // expect: IOT1001
            }
            """);

    [Fact]
    public Task A_table_of_tuples_of_any_arity_read_in_a_loop_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Program
            {
                static readonly (string Host, string User, string Password)[] PatrolCameras =
                {
                    ("10.40.2.11", "ptz-tour", "Rim-Patrol!3318"), // expect: IOT1001
                    ("10.40.2.12", "ptz-tour", "<camera-password>"), // expect: IOT1006
                };
                public static void Main()
                {
                    foreach (var camera in PatrolCameras)
                    {
                        Connect(camera.Host, camera.User, camera.Password);
                    }
                }
                static NetworkCredential Connect(string host, string user, string password) => new NetworkCredential(user, password);
            }
            """);

    [Fact]
    public Task A_primary_constructors_credential_parameter_is_followed_to_its_creations() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class TleFetcher(HttpClient http, string apiKey)
            {
                public Task<string> Fetch(int id) => http.GetStringAsync($"https://tle.example/v1/tle/{id}?apikey={apiKey}");
            }
            public static class Clients
            {
                public static TleFetcher Tle(HttpClient http) => new TleFetcher(http, "iOIJeOyv0_RdfroqXyuZ8l2U6MnUrBDO"); // expect: IOT1001
                public static TleFetcher FromEnvironment(HttpClient http) => new TleFetcher(http, System.Environment.GetEnvironmentVariable("TLE_KEY"));
            }
            """);

    [Fact]
    public Task A_constructor_parameter_kept_in_a_field_is_followed_into_a_URL() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public class ThingSpeak
            {
                private string _apiKey;
                public ThingSpeak(string apiKey) { _apiKey = apiKey; }
                public WebRequest Send(string field) => WebRequest.Create("https://api.thingspeak.example/update?api_key=" + _apiKey + "&field1=" + field);
            }
            public static class Program
            {
                public static void Main()
                {
                    var ts = new ThingSpeak("72D846JYQ4P4WRDV"); // expect: IOT1001
                    ts.Send("1");
                    new ThingSpeak(System.Environment.GetEnvironmentVariable("TS_KEY")).Send("2");
                }
            }
            """);

    [Fact]
    public Task A_constructor_parameter_kept_in_a_property_is_followed_into_an_AT_command() =>
        ExpectComments.AssertAsync("""
            public sealed class Modem { public void Send(string command) { } }
            public sealed class SetPinCommand
            {
                private string PinCode { get; }
                public SetPinCommand(string pinCode) { PinCode = pinCode; }
                public void Send(Modem modem) => modem.Send("AT+CPIN=" + PinCode);
            }
            public static class Program
            {
                public static void Main(Modem modem)
                {
                    new SetPinCommand("4907").Send(modem); // expect: IOT1001
                }
            }
            """);
}
public class NinthCorpusUrlShapeTests
{
    [Fact]
    public Task A_helpers_parameter_inside_a_sinks_URL_is_read_per_caller() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public class ThingSpeak
            {
                public static WebRequest Send(string apiKey, string field) => WebRequest.Create("https://api.thingspeak.example/update?api_key=" + apiKey + "&field1=" + field);
            }
            public static class Program
            {
                public static void Main()
                {
                    ThingSpeak.Send("72D846JYQ4P4WRDV", "1"); // expect: IOT1001
                }
            }
            """);
}

/// <summary>
/// A URL built from the file's constant and a constructor's parameter kept in a field (ThingSpeak's
/// <c>_url + "update?api_key=" + _APIKey</c>, directly or through a <c>StringBuilder</c>): the constant is read as written, so
/// the text is seen as the URL it is, and each creation's literal is judged; a template handed in there is IOT1006.
/// </summary>
public class NinthCorpusConstantPrefixShapeTests
{
    private const string Head = """
        using System.Net;
        using System.Text;
        public class ThingSpeak
        {
            private const string _url = "http://api.thingspeak.example/";
            private string _apiKey;
            public ThingSpeak(string apiKey) { _apiKey = apiKey; }

        """;

    private const string Tail = """
        }
        public static class Program
        {
            public static void Main(string typed)
            {
                new ThingSpeak("72D846JYQ4P4WRDV").Send(); // expect: IOT1001
                new ThingSpeak("YOUR_WRITE_API_KEY").Send(); // expect: IOT1006
                new ThingSpeak(typed).Send();
                new ThingSpeak(System.Environment.GetEnvironmentVariable("TS_KEY")).Send();
            }
        }
        """;

    [Fact]
    public Task A_constant_prefix_and_a_kept_parameter_at_a_sink() => ExpectComments.AssertAsync(Head + """
            public WebRequest Send() => WebRequest.Create(_url + "update?api_key=" + _apiKey);
        """ + Tail);

    [Fact]
    public Task A_constant_prefix_and_a_kept_parameter_in_a_builder() => ExpectComments.AssertAsync(Head + """
            public string Send() { var sb = new StringBuilder(); sb.Append(_url + "update?api_key=" + _apiKey); sb.Append("&field1=" + 3); return sb.ToString(); }
        """ + Tail);

    [Fact]
    public Task A_constant_prefix_with_no_credential_is_no_finding() => ExpectComments.AssertAsync("""
        using System.Net;
        public class Feed
        {
            private const string _url = "http://api.thingspeak.example/";
            private readonly string _channel;
            public Feed(string channel) { _channel = channel; }
            public WebRequest Read() => WebRequest.Create(_url + "channels?id=" + _channel + "&results=2");
            public static WebRequest Demo() => new Feed("1417").Read();
        }
        """);

}

/// <summary>
/// The ninth corpus's real sample R02 (SMSTerminal, its last miss): a command's or a connection string's start kept in a
/// field of another type or file (<c>ATCommands.ATPINAuthCommand = "AT+CPIN="</c>) and completed, where it is read with no
/// text of its own, by a member of an object built elsewhere, whatever the member is named. The string is judged at each
/// value written into the member.
/// </summary>
public class NinthCorpusCommandStartShapeTests
{
    // R02: a SIM PIN written into settings objects an iterator yields, passed to a command type's constructor, kept in a
    // member, put after another class's AT+CPIN= constant into a line object whose text is written to the serial port. Other
    // members of the kind: a factory's object, a static readonly start in string.Concat, a database connection string's
    // start completed by a property (PIN1 is no credential word: a bare pin is a GPIO pin).
    [Fact]
    public Task A_command_start_kept_in_another_files_field_and_completed_by_a_member_built_elsewhere_is_judged_at_each_written_value() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            namespace Depot.Modem
            {
                public static class AtText
                {
                    public const string PinAuth = "AT+CPIN="; // expect: none
                    public static readonly string PinAuthQuoted = "AT+CPIN=\""; // expect: none
                    public const string Database = "Server=hist.local;Database=events;User Id=gw;Password="; // expect: none
                }
            }
            """,
            """
            using System.Collections.Generic;
            using System.IO.Ports;
            using Depot.Modem;

            public sealed class SimProfile
            {
                public string Port { get; set; }
                public string PIN1 { get; set; }
                public string Label { get; set; }
            }

            public sealed class Line
            {
                public Line(string text) { Text = text + "\r"; }
                public string Text { get; }
            }

            public sealed class UnlockCommand
            {
                private readonly string _code;
                public List<Line> Lines { get; } = new();

                public UnlockCommand(SimProfile profile, string code)
                {
                    _code = code;
                    Lines.Add(new Line(AtText.PinAuth + _code));
                }
            }

            public sealed class Historian
            {
                public string Secret { get; set; }
            }

            public static class Fleet
            {
                static IEnumerable<SimProfile> Profiles()
                {
                    yield return new SimProfile { Port = "/dev/ttyUSB1", Label = "north", PIN1 = "5862" }; // expect: IOT1001
                    yield return new() { Port = "/dev/ttyUSB3", Label = "south", PIN1 = "1234" }; // expect: IOT1002
                    yield return new SimProfile { Port = "/dev/ttyUSB4", Label = "idle", PIN1 = "" }; // expect: none
                }

                static SimProfile Spare() => new SimProfile { Port = "/dev/ttyS0", Label = "spare", PIN1 = "7140" }; // expect: IOT1001

                static Historian Archive() => new Historian { Secret = "Hx7!archive-Pq2Lm" }; // expect: IOT1001

                public static void UnlockAll()
                {
                    foreach (var profile in Profiles())
                    {
                        var port = new SerialPort(profile.Port, 115200);
                        foreach (var line in new UnlockCommand(profile, profile.PIN1).Lines)
                        {
                            port.Write(line.Text);
                        }
                    }
                }

                public static void UnlockSpare()
                {
                    var spare = Spare();
                    var port = new SerialPort(spare.Port, 9600);
                    port.Write(string.Concat(AtText.PinAuthQuoted, spare.PIN1, "\"\r"));
                }

                public static string ArchiveConnection() => AtText.Database + Archive().Secret;
            }
            """);

    // Hard negatives of the same kind: the member holds run-time values or nothing, the field's text is a query or a
    // command whose value is no secret (an APN, a signal query), and a connection string's start completes a non-secret key.
    [Fact]
    public Task A_command_start_kept_in_a_field_completed_by_run_time_values_or_at_no_secrets_place_stays_quiet() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts },
            """
            using System;
            using System.Collections.Generic;
            using System.IO.Ports;

            public static class AtCommands
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
                public const string PinQuery = "AT+CPIN?"; // expect: none
                public const string ApnSet = "AT+CGDCONT=1,\"IP\",\""; // expect: none
                public const string HostKey = "Host="; // expect: none
            }

            public sealed class ModemSettings
            {
                public string Port { get; set; }
                public string PIN1 { get; set; }
                public string Apn { get; set; }
                public string Host { get; set; }
            }

            public sealed class PinLine
            {
                private readonly string _pin;
                public PinLine(string pin) { _pin = pin; }
                public string Text => AtCommands.PinAuth + _pin;
            }

            public static class Modems
            {
                static IEnumerable<ModemSettings> Configured()
                {
                    yield return new ModemSettings { Port = "/dev/ttyUSB0", PIN1 = Environment.GetEnvironmentVariable("SIM_PIN"), Apn = "iot.1nce.net", Host = "broker.local" }; // expect: none
                    yield return new ModemSettings { Port = "/dev/ttyUSB1", PIN1 = null, Apn = "internet" }; // expect: none
                }

                public static void Start()
                {
                    foreach (var settings in Configured())
                    {
                        var port = new SerialPort(settings.Port, 115200);
                        port.WriteLine(new PinLine(settings.PIN1).Text);
                        port.WriteLine(AtCommands.PinQuery + "\r");
                        port.WriteLine(AtCommands.ApnSet + settings.Apn + "\"");
                        port.WriteLine(AtCommands.HostKey + settings.Host);
                    }
                }
            }
            """);
}
