using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 76: connection strings built every way (constants in other files, string.Join, string.Concat, string.Format,
/// StringBuilder, raw and UTF-8 literals, long concatenations), Basic authentication built in code, configuration built in
/// code (dictionaries, indexers, Add, in-memory configuration, serialised anonymous objects), PKCS#12 loaders and
/// constructors, SIM PINs in AT commands, API keys in request URLs, placeholders that repeat their names against listed
/// defaults, and IOT1005 derivations beside IOT3005 tokens. Labels come from docs/rules, written before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam76Tests
{
    private const string SerialStub = """
        namespace System.IO.Ports
        {
            public class SerialPort
            {
                public SerialPort(string portName, int baudRate) { }
                public void Write(string text) { }
                public void WriteLine(string text) { }
                public string ReadLine() => null;
            }
        }
        """;

    private const string NpgsqlStub = Stubs.Npgsql;

    private const string ConfigurationStub = """
        namespace Microsoft.Extensions.Configuration
        {
            using System.Collections.Generic;
            public interface IConfiguration { string? this[string key] { get; set; } }
            public interface IConfigurationRoot : IConfiguration { }
            public interface IConfigurationBuilder { IConfigurationRoot Build(); }
            public class ConfigurationBuilder : IConfigurationBuilder { public IConfigurationRoot Build() => null!; }
            public static class MemoryConfigurationBuilderExtensions
            {
                public static IConfigurationBuilder AddInMemoryCollection(this IConfigurationBuilder builder, IEnumerable<KeyValuePair<string, string?>>? initialData) => builder;
            }
            public static class EnvironmentVariablesExtensions
            {
                public static IConfigurationBuilder AddEnvironmentVariables(this IConfigurationBuilder builder) => builder;
            }
        }
        """;

    // IOT1001: "a password held in a constant, field or local and put into one (`$"...;Password={Secrets.DbPassword}"`) is
    // reported there, at its literal" and "Connection strings ... are reported at the literal that holds the password,
    // whatever method they are handed to: as a literal, a constant". A whole connection string held in a constant of
    // another file, handed to the team's own Store.Open. Run-time passwords and a managed identity carry none.
    [Fact]
    public Task RT76_connection_strings_through_constants_of_another_file() =>
        ExpectComments.AssertAsync("""
            internal static class HistorianSecrets
            {
                internal const string PgPassword = "Tallow-Quince-4471x"; // expect: IOT1001
                internal const string TelemetryConnection = "Server=10.9.0.4;Database=telemetry;User Id=ingest;Password=Rook5Lagoon!Tern;"; // expect: IOT1001
                internal const string PgHost = "pg.plant.local"; // expect: none
            }
            """, """
            using System;
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class Historian
            {
                public void OpenArchive() =>
                    Store.Open($"Host={HistorianSecrets.PgHost};Username=scada;Password={HistorianSecrets.PgPassword};Database=hist");
                public void OpenTelemetry() => Store.Open(HistorianSecrets.TelemetryConnection);
                public void OpenFromEnvironment() =>
                    Store.Open($"Host={HistorianSecrets.PgHost};Username=scada;Password={Environment.GetEnvironmentVariable("PG_PASS")};Database=hist"); // expect: none
                public void OpenManaged() =>
                    Store.Open("Server=tcp:lims.database.windows.net,1433;Database=lims;Authentication=Active Directory Managed Identity"); // expect: none
            }
            """);

    // IOT1001: "as a literal, a constant, a concatenation of any length, an interpolation, `string.Format`, `string.Concat`,
    // `string.Join` or a `StringBuilder`'s `Append` chain" ... "reported at the literal that holds the password". SQL Server
    // Pwd= through string.Join, MySQL through string.Concat with the password its own piece. Integrated security is none.
    [Fact]
    public Task RT76_connection_strings_join_and_concat_pieces() =>
        ExpectComments.AssertAsync("""
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class LabLinks
            {
                public void OpenLims() =>
                    Store.Open(string.Join(";", "Server=tcp:lims,1433", "User Id=lims_svc", "Pwd=Vx9!harbor#52", "Encrypt=True")); // expect: IOT1001
                public void OpenCellar() =>
                    Store.Open(string.Concat("Server=mysql.cellar;Uid=cellar;", "Pwd=",
                        "Cellar7%Slate", // expect: IOT1001
                        ";SslMode=Required"));
                public void OpenTrusted() =>
                    Store.Open(string.Join(";", "Server=tcp:lims,1433", "Integrated Security=SSPI", "Encrypt=True")); // expect: none
            }
            """);

    // IOT1001: "a `StringBuilder`'s `Append` chain" and "`string.Format`": the password is the literal appended after "Pwd="
    // and the literal given as a format argument. A builder given a configuration value carries none.
    [Fact]
    public Task RT76_connection_strings_stringbuilder_and_format_argument() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Text;
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class BreweryLog
            {
                private readonly IDictionary<string, string> _config;
                public BreweryLog(IDictionary<string, string> config) => _config = config;
                public void OpenMySql()
                {
                    var sb = new StringBuilder();
                    sb.Append("Server=10.4.0.9;Port=3306;");
                    sb.Append("Uid=brewlog;");
                    sb.Append("Pwd=Hops-Kettle-8812;"); // expect: IOT1001
                    sb.Append("Database=fermenters");
                    Store.Open(sb.ToString());
                }
                public void OpenPg(string host) =>
                    Store.Open(string.Format("Host={0};Username={1};Password={2};Database=ferm", host, "ingest",
                        "Sluice$Marrow63")); // expect: IOT1001
                public void OpenConfigured()
                {
                    var sb = new StringBuilder("Server=10.4.0.9;Uid=brewlog;");
                    sb.Append("Pwd=").Append(_config["MySql:Password"]).Append(';'); // expect: none
                    Store.Open(sb.ToString());
                }
            }
            """);

    // IOT1001: "Connection strings and URIs written anywhere (... Redis, MongoDB, AMQP and MQTT user information ...)" and the
    // literals followed are "(regular, verbatim, raw, UTF-8)". A raw rediss:// URI, an amqps:// URI as "..."u8 handed to the
    // team's own method, an interpolated mqtts:// URI with a written password. URIs without user information, one whose
    // password is read at run time and a documentation URL are none.
    [Fact]
    public Task RT76_uris_with_user_information_raw_and_utf8() =>
        ExpectComments.AssertAsync(""""
            using System;
            using MQTTnet.Client;
            public static class Links
            {
                public static void Cache(string uri) { }
                public static void Queue(ReadOnlySpan<byte> uri) { }
                public static void Docs(string url) { }
            }
            public sealed class FleetUplink
            {
                public void Open(string deviceId)
                {
                    Links.Cache("""rediss://default:Q7mzPw4xLk2v@cache.fleet.local:6380/0"""); // expect: IOT1001
                    Links.Queue("amqps://telemetry:Birch7-Otter-Lamp@mq.fleet.local:5671/"u8); // expect: IOT1001
                    var options = new MqttClientOptionsBuilder()
                        .WithConnectionUri($"mqtts://{deviceId}:Fern-Cobalt-9035@broker.fleet.local:8883") // expect: IOT1001
                        .Build();
                    Links.Cache("rediss://cache.fleet.local:6380/0"); // expect: none
                    Links.Cache("mongodb://mongo.fleet.local:27017/telemetry?authSource=admin&tls=true"); // expect: none
                    Links.Queue(System.Text.Encoding.UTF8.GetBytes($"amqps://telemetry:{Environment.GetEnvironmentVariable("MQ_PASS")}@mq.fleet.local:5671/")); // expect: none
                    Links.Docs("https://www.mongodb.com/docs/manual/reference/connection-string/"); // expect: none
                }
            }
            """");

    // IOT1001: "a concatenation of any length": a 22-piece SQL Server connection string whose password is one piece; a
    // `static readonly` field put into a Redis connection string ("`static readonly` fields", "password=" of Redis);
    // a once-assigned local. The rest of the pieces are none.
    [Fact]
    public Task RT76_long_concatenation_static_readonly_and_local() =>
        ExpectComments.AssertAsync("""
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class PackhouseDb
            {
                private static readonly string CachePassword = "Slipway-Ochre-2290"; // expect: IOT1001
                public void OpenSql()
                {
                    var cs = "Server" + "=" + "tcp:" + "packhouse-sql" + ",1433" + ";" +
                             "Database" + "=" + "grading" + ";" +
                             "User Id" + "=" + "grader" + ";" +
                             "Password" + "=" +
                             "Wren4Gable#Tithe" + // expect: IOT1001
                             ";" + "Encrypt" + "=" + "True" + ";" + "Connect Timeout=15";
                    Store.Open(cs);
                }
                public void OpenCache()
                {
                    Store.Open("cache.packhouse.local:6379,password=" + CachePassword + ",ssl=True");
                    string queuePassword;
                    queuePassword = "Marl-Vesper-6613"; // expect: IOT1001
                    Store.Open("amqp://grader:" + queuePassword + "@mq.packhouse.local:5672/");
                }
            }
            """);

    // IOT1001: "Basic authentication built in code, `Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password"))` given
    // to `AuthenticationHeaderValue("Basic", ...)` or set as an `Authorization` header, is judged as the header it
    // produces"; named arguments count. IOT1002: "any Basic credential whose password is a listed default, is IOT1002"
    // (admin:admin at a WebClient's Authorization indexer). Configuration-built credentials and a challenge are none.
    [Fact]
    public Task RT76_basic_authentication_built_in_code() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class MeterReader
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly IDictionary<string, string> _config;
                public MeterReader(IDictionary<string, string> config) => _config = config;
                public HttpRequestMessage Poll()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://meter.local/api/v1/readings");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-gw-12:Pylon4#Drizzle"))); // expect: IOT1001
                    return request;
                }
                public void PollInverter()
                {
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme: "Basic",
                        parameter: Convert.ToBase64String(Encoding.UTF8.GetBytes(string.Concat("inverter-3", ":",
                            "Mistral-Coil-58")))); // expect: IOT1001
                }
                public string LegacyPanel()
                {
                    using var wc = new WebClient();
                    wc.Headers[HttpRequestHeader.Authorization] = "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:admin")); // expect: IOT1002
                    return wc.DownloadString("http://192.168.1.20/status.cgi");
                }
                public void Configured()
                {
                    var pair = _config["Meter:User"] + ":" + _config["Meter:Password"];
                    _http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(pair))); // expect: none
                }
                public bool IsChallenge(string header) => header.StartsWith("Basic realm=\"meter\""); // expect: none
            }
            """);

    // IOT1001: "dictionary and collection initializers (`["password"] = "..."`, `{ "wifi.psk", "..." }`), indexer assignments
    // (`config["Broker:Secret"] = "..."`), `Add`/`TryAdd`/`Set` calls with a key and a value"; "A passphrase of plain words
    // under a password's or a pre-shared key's key is a password". Not: "anything under a key that says mock, test or
    // sample data", a host, an SSID, a value read from the environment.
    [Fact]
    public Task RT76_configuration_dictionaries_indexers_and_add() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public sealed class KilnSettings
            {
                public Dictionary<string, string> Build()
                {
                    var settings = new Dictionary<string, string>
                    {
                        ["mqtt.host"] = "broker.kiln.local", // expect: none
                        ["mqtt.password"] = "Kiln$Harbor-308", // expect: IOT1001
                    };
                    settings["Broker:Secret"] = "uP8rT3vKq2Lw9zXa"; // expect: IOT1001
                    settings.Add("wifi.psk", "lantern-quarry-ember-vole"); // expect: IOT1001
                    settings.Add("wifi.ssid", "Kiln-Shed-2G"); // expect: none
                    settings.TryAdd("mock.mqtt.password", "Zq4-Mock-Tr77"); // expect: none
                    settings["ota.password"] = Environment.GetEnvironmentVariable("OTA_PASSWORD") ?? string.Empty; // expect: none
                    return settings;
                }
            }
            """);

    // IOT1001: configuration built in code through `AddInMemoryCollection` (a dictionary initializer keyed by a secret name)
    // and "anonymous-object members (`new { Ssid = "Lab", Password = "..." }`, serialised as configuration)", nested here.
    // Hosts, SSIDs and environment values are none.
    [Fact]
    public Task RT76_in_memory_configuration_and_serialised_anonymous_objects() =>
        ExpectComments.AssertAsync(new[] { ConfigurationStub }, """
            using System;
            using System.Collections.Generic;
            using System.Text.Json;
            using Microsoft.Extensions.Configuration;
            public static class SiloGateway
            {
                public static IConfigurationRoot Configure() =>
                    new ConfigurationBuilder()
                        .AddInMemoryCollection(new Dictionary<string, string?>
                        {
                            ["Modbus:Gateway:Host"] = "10.30.0.7", // expect: none
                            ["Modbus:Gateway:Password"] = "Ferrule%Tundra61", // expect: IOT1001
                        })
                        .AddEnvironmentVariables()
                        .Build();
                public static string ProvisioningJson() =>
                    JsonSerializer.Serialize(new { wifi = new { ssid = "Silo-Net", psk = "Vt5#granary!Q" } }); // expect: IOT1001
                public static string RuntimeJson() =>
                    JsonSerializer.Serialize(new { ssid = "Silo-Net", psk = Environment.GetEnvironmentVariable("WIFI_PSK") }); // expect: none
            }
            """);

    // IOT1001: "PKCS#12 passwords of .NET 9's `X509CertificateLoader` (`LoadPkcs12`, `LoadPkcs12FromFile`,
    // `LoadPkcs12Collection` ...) and of `Import` on `X509Certificate2`, `X509Certificate` and `X509Certificate2Collection`";
    // "`X509Certificate2` / `X509Certificate` passwords"; named arguments and target-typed `new(...)` count. IOT1002: "changeme"
    // is a listed default. A null password, a password from the environment and a .cer without one are none.
    [Fact]
    public Task RT76_pkcs12_loaders_constructors_and_import() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            public sealed class GatewayTls
            {
                public X509Certificate2 Client() =>
                    X509CertificateLoader.LoadPkcs12FromFile("/etc/gw/client.pfx", "Pfx-Juniper-4410"); // expect: IOT1001
                public X509Certificate2Collection Chain(byte[] bundle) =>
                    X509CertificateLoader.LoadPkcs12Collection(bundle, password: "Chain#Marlin2027"); // expect: IOT1001
                public X509Certificate2Collection Imported(byte[] bytes)
                {
                    var collection = new X509Certificate2Collection();
                    collection.Import(bytes, "Fjord-Anvil-733", X509KeyStorageFlags.DefaultKeySet); // expect: IOT1001
                    return collection;
                }
                public X509Certificate2 Bench(byte[] rawData)
                {
                    X509Certificate2 cert = new(rawData, "changeme"); // expect: IOT1002
                    return cert;
                }
                public X509Certificate2 Provisioned() =>
                    X509CertificateLoader.LoadPkcs12FromFile("/etc/gw/client.pfx", Environment.GetEnvironmentVariable("GW_PFX_PASSWORD")); // expect: none
                public X509Certificate2 Unprotected(byte[] data) => X509CertificateLoader.LoadPkcs12(data, null);
                public X509Certificate2 Root() => new X509Certificate2(File.ReadAllBytes("/etc/gw/root.cer")); // expect: none
            }
            """);

    // IOT1001: "`X509Certificate2` / `X509Certificate` passwords" through the constructor that takes the password as
    // characters (`ReadOnlySpan<char>`), the way the catalogue reads passwords "as characters", and an `Import` on an
    // `X509Certificate2` taking a `string` password held in a constant.
    [Fact]
    public Task RT76_x509_span_constructor_and_certificate_import() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography.X509Certificates;
            public sealed class DeviceIdentity
            {
                private const string IdentityPfxPassword = "Ridge0Pelican!"; // expect: IOT1001
                public X509Certificate2 FromFile() =>
                    new X509Certificate2("/etc/dev/identity.pfx", "Sable+Tern-5520".AsSpan(), X509KeyStorageFlags.EphemeralKeySet); // expect: IOT1001
                #pragma warning disable SYSLIB0026
                public X509Certificate2 Imported(byte[] pfx)
                {
                    var cert = new X509Certificate2();
                    cert.Import(pfx, IdentityPfxPassword, X509KeyStorageFlags.MachineKeySet);
                    return cert;
                }
                #pragma warning restore SYSLIB0026
            }
            """);

    // IOT1001: "SIM PINs, PUKs and APN passwords in an AT command written anywhere, whatever it is sent through:
    // `AT+CPIN="4821"`, `AT+CPIN="<PUK>","<new PIN>"` (two findings)", "with the PIN written in place or held in a constant".
    // IOT1002: "1234" is a listed default. The status query and a provisioned PIN are none.
    [Fact]
    public Task RT76_sim_pin_and_puk_at_commands() =>
        ExpectComments.AssertAsync(new[] { SerialStub }, """
            internal static class ModemDefaults
            {
                internal const string SimPin = "1234"; // expect: IOT1002
                internal const string Puk = "58203146"; // expect: IOT1001
            }
            """, """
            using System.IO.Ports;
            public sealed class CellularModem
            {
                private readonly SerialPort _port = new SerialPort("/dev/ttyUSB2", 115200);
                public void Unlock()
                {
                    _port.WriteLine("AT+CPIN?"); // expect: none
                    _port.WriteLine($"AT+CPIN=\"{ModemDefaults.SimPin}\"");
                    _port.WriteLine("AT+CPIN=\"7305\""); // expect: IOT1001
                }
                public void Recover() =>
                    _port.WriteLine("AT+CPIN=\"" + ModemDefaults.Puk + "\",\"" + "6149" + "\""); // expect: IOT1001
                public void Provisioned(ProvisionedSim sim) => _port.WriteLine($"AT+CPIN=\"{sim.Pin}\""); // expect: none
            }
            public sealed class ProvisionedSim { public string Pin { get; set; } = string.Empty; }
            """);

    // IOT1001: "secrets in request URIs (`HttpClient.GetAsync`, `GetStringAsync`, ... `WebClient`'s `DownloadString` ...
    // `new Uri(...)`): ... a secret-named query value (`?appid=`, `&apikey=`, `&access_token=`...)", "including a query built
    // before the URL it is appended to". IOT1006: an appended placeholder query (`?api_key=YOUR_API_KEY`). A key read from
    // the environment and a documentation link are none.
    [Fact]
    public Task RT76_api_keys_in_request_urls() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class AirQualityUplink
            {
                private const string MapAccessToken = "pk.8d3Fq2LrX7vNw0ZcT5yB"; // expect: IOT1001
                private readonly HttpClient _http = new HttpClient();
                public Task<string> Latest() =>
                    _http.GetStringAsync("https://api.airq.example/v2/latest?location=88&api_key=9f3c7a1be04d4c2a8e6f15b7d3a90c2e"); // expect: IOT1001
                public Uri Tiles(int z) => new Uri($"https://tiles.example.net/v1/{z}/map.png?access_token={MapAccessToken}");
                public Task<string> Forecast(double lat, double lon)
                {
                    var query = $"lat={lat}&lon={lon}&appid=" + "c4a1e97d02b84f6e9a3d5c71b0e28f46"; // expect: IOT1001
                    return _http.GetStringAsync("https://api.weather.example/data/2.5/forecast?" + query);
                }
                public string LocalStatus()
                {
                    using var wc = new WebClient();
                    return wc.DownloadString("http://192.168.4.1/api/status?apikey=Qm7Rt2Xv9Lp4Kd8s"); // expect: IOT1001
                }
                public Task<string> Template() =>
                    _http.GetStringAsync("https://api.airq.example/v2/latest?api_key=YOUR_API_KEY"); // expect: IOT1006
                public Task<string> Configured() =>
                    _http.GetStringAsync("https://api.airq.example/v2/latest?api_key=" + Environment.GetEnvironmentVariable("AIRQ_KEY")); // expect: none
                public Task<string> Help() =>
                    _http.GetStringAsync("https://docs.airq.example/authentication#api_key"); // expect: none
            }
            """);

    // IOT1006: "A template value reaching a credential sink of the catalogue": "a value that repeats its holder's or the
    // parameter's name whatever its shape (... `HUB_TOKEN = "HUB_TOKEN"`, `ApiKey = "API_KEY"`)" ... "A placeholder is never
    // reported as IOT1001", "Inside connection strings too", "a documentation sample's connection string at a library
    // client's `connectionString` parameter". The same template handed only to the team's own Store.Open reaches no
    // catalogued sink (as RedTeam18 labels it): none. IOT1002: "A listed default (`"password"`, `"changeme"`) is IOT1002,
    // never a placeholder", "admin" at a sink too.
    [Fact]
    public Task RT76_placeholders_repeating_names_against_listed_defaults() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using System.Net;
            using Npgsql;
            using System.Net.Http;
            using MQTTnet.Client;
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class PressLine
            {
                private const string ApiKeyHeader = "X-API-Key"; // expect: none
                private const string PressApiKey = "PRESS_API_KEY"; // expect: IOT1006
                private static readonly string DbPassword = "DB_PASSWORD"; // expect: IOT1006
                private const string ScratchDbPassword = "SCRATCH_DB_PASSWORD"; // expect: none
                private const string BrokerPassword = "password"; // expect: IOT1002
                public void Wire(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add(ApiKeyHeader, PressApiKey);
                    using var db = new NpgsqlConnection("Host=press-sql;Username=press;Password=" + DbPassword + ";Database=press");
                    Store.Open("Server=press-sql;Database=scratch;User Id=press;Password=" + ScratchDbPassword + ";");
                    var a = new MqttClientOptionsBuilder().WithCredentials("press-02", BrokerPassword).Build();
                    var b = new MqttClientOptionsBuilder().WithCredentials("press-03", "admin").Build(); // expect: IOT1002
                    var ftp = new NetworkCredential("press-ftp", "changeme"); // expect: IOT1002
                }
            }
            """);

    // IOT1001: "Target-typed `new(...)`, named arguments, object initializers ... count" and "a local declared first and
    // assigned once by a statement of its block". Named arguments out of order must still bind to `password`; the user
    // name written beside it is none.
    [Fact]
    public Task RT76_target_typed_named_arguments_and_late_assigned_local() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public sealed class CameraNode
            {
                public void Start()
                {
                    NetworkCredential cred = new(userName: "ftp-cam", password: "Gannet^Sorrel44"); // expect: IOT1001
                    var options = new MqttClientOptionsBuilder()
                        .WithCredentials(password: "Quartz~Heron-61", username: "cam-4") // expect: IOT1001
                        .Build();
                    string apPass;
                    apPass = "Spindle/Cove-90"; // expect: IOT1001
                    WifiNetworkHelper.ConnectDhcp("Cam-AP", apPass); // expect: none
                }
            }
            """);

    // IOT1005: "the value given to a secret-named symbol ... or to one named as a PIN, passcode, pairing code or key, WPS PIN
    // or passkey", "a value returned by a method or property so named", "A PIN, passcode or passkey made by `System.Random`
    // is IOT1005 alone". IOT3005: "a token, session identifier, nonce or key made by it is IOT3005's". A keyed HMAC and
    // RandomNumberGenerator end the chain; "A bare `pin` integer is a GPIO pin".
    [Fact]
    public Task RT76_iot1005_derived_codes_beside_iot3005_tokens() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Linq;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class Commissioning
            {
                private readonly string _serialNumber;
                private readonly byte[] _factorySecret;
                public Commissioning(string serialNumber, byte[] factorySecret) { _serialNumber = serialNumber; _factorySecret = factorySecret; }
                public string WpsPin()
                {
                    var mac = NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress().GetAddressBytes();
                    string wpsPin = (BitConverter.ToUInt32(mac, 2) % 100000000).ToString("D8"); // expect: IOT1005
                    return wpsPin;
                }
                public string CompanionPasscode() => _serialNumber.Substring(_serialNumber.Length - 6).ToUpperInvariant(); // expect: IOT1005
                public string KeypadPin()
                {
                    string keypadPin = Random.Shared.Next(0, 10000).ToString("D4"); // expect: IOT1005
                    return keypadPin;
                }
                public string SessionToken()
                {
                    string sessionToken = Random.Shared.Next().ToString("x8"); // expect: IOT3005
                    return sessionToken;
                }
                public string SetupPassword()
                {
                    using var hmac = new HMACSHA256(_factorySecret);
                    var setupPassword = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(_serialNumber))); // expect: none
                    return setupPassword;
                }
                public string PairingCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6"); // expect: none
                public int StatusLed() { int pin = 13; return pin; } // expect: none
                public string Label() => "SN-" + _serialNumber; // expect: none
            }
            """);

    // IOT1001: literals "(regular, verbatim, raw, UTF-8)", "`"..."u8` and `"..."u8.ToArray()`", "`string.Join` over written
    // values", "Culture-explicit interpolations (`FormattableString.Invariant($"...")` ...) are their text": connection
    // strings handed to the team's own methods. A multi-line raw literal is labelled where it ends. A connection string of
    // written values with no password is none.
    // DEFECT: expected IOT1001 at "Password=Sorrel+Mango-2718" in the static readonly array TrendParts joined by
    // `string.Join(";", TrendParts)` (docs: "`static readonly` fields", "`string.Join` over written values"); actual: no
    // finding. Likely cause: WrittenConnectionStrings' walk up from a literal (around line 896) only follows an array
    // initializer whose array creation is itself Join's argument (or a collection expression there); a field's array
    // initializer (`string[] X = { ... }`, parent EqualsValueClause) is never followed to the Join that reads the field.
    [Fact]
    public Task RT76_connection_strings_raw_multiline_u8_array_join_and_invariant() =>
        ExpectComments.AssertAsync(""""
            using System;
            public static class Store
            {
                public static void Open(string connectionString) { }
                public static void OpenBytes(byte[] connectionString) { }
            }
            public sealed class GreenhouseDb
            {
                private static readonly string[] TrendParts = { "Host=trends.greenhouse.local", "Username=trend", "Password=Sorrel+Mango-2718", "Database=trends" }; // expect: IOT1001
                private static readonly string[] ReadOnlyParts = { "Host=trends.greenhouse.local", "Username=viewer", "Database=trends" }; // expect: none
                public void Open(string host)
                {
                    Store.Open("""
                        Server=tcp:greenhouse-sql,1433;Database=climate;
                        User Id=climate;Password=Thistle#Barn-4490;Encrypt=True
                        """); // expect: IOT1001
                    Store.OpenBytes("Server=10.1.2.3;Uid=vent;Pwd=Louvre7-Cistern;"u8.ToArray()); // expect: IOT1001
                    Store.Open(string.Join(";", TrendParts));
                    Store.Open(string.Join(";", ReadOnlyParts));
                    Store.Open(FormattableString.Invariant($"Host={host};Port={5432};Username=mist;Password=Nimbus4!Trellis")); // expect: IOT1001
                }
            }
            """");

    // IOT1002: "any Basic credential whose password is a listed default, is IOT1002" and the brokers' documented logins
    // (guest/guest); IOT1001: a Basic credential built by interpolation of constants, set with `Headers.Add("Authorization",
    // ...)` on an HttpRequestMessage. A received header compared with a bare scheme is none.
    [Fact]
    public Task RT76_basic_header_from_constants_and_listed_pair() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Text;
            internal static class RabbitAdmin
            {
                internal const string User = "guest"; // expect: none
                internal const string Pass = "guest"; // expect: IOT1002
                internal const string MonitorUser = "hive-monitor"; // expect: none
                internal const string MonitorPass = "Apiary%Cinder-37"; // expect: IOT1001
            }
            public sealed class QueueMonitor
            {
                public HttpRequestMessage Overview()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "http://mq.hive.local:15672/api/overview");
                    request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RabbitAdmin.User}:{RabbitAdmin.Pass}")));
                    return request;
                }
                public HttpRequestMessage Queues()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "http://mq.hive.local:15672/api/queues");
                    request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RabbitAdmin.MonitorUser}:{RabbitAdmin.MonitorPass}")));
                    return request;
                }
                public bool IsBasic(string header) => header.StartsWith("Basic "); // expect: none
            }
            """);
}
