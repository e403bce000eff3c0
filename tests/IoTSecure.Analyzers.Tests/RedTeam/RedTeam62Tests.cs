using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 62: unseen, realistic device code against issue #14's credential rules (IOT1001-IOT1006, IOT3005 beside
/// IOT1005): a nanoFramework greenhouse node, a controller's web UI login, gateway stores (SQL Server, PostgreSQL, MySQL,
/// Redis, MongoDB, AMQP, MQTT URIs), an inverter's HTTP client, configuration built in code, certificates, SIM PINs and
/// query-string keys, PEM/DER/IoT Hub key material, value shapes (u8, Concat, Join, StringBuilder, new string), templates,
/// IOT1004 precision, derived PINs, modem AT commands, OTA, BLE pairing, a Meadow gateway, an embedded broker and DPS.
/// Each file mixes several classes with hard negatives beside them. Expectations come from docs/rules, not from what the
/// analyzers do. (ExpectComments checks IOT3005 as well, so a System.Random token is labelled IOT3005.)
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam62Tests
{
    // IOT1002: "A well-known default credential used as a credential: wherever IOT1001 looks (every sink of the credential
    // catalogue ...)"; "Outside a sink it is reported too: a symbol named as a password ... that holds a listed default";
    // "Not findings: `"admin"` as a user name (only password parameters are judged)". IOT1001: "An anonymous FTP login's
    // e-mail password (at a `NetworkCredential` ...) ... [is] no secret"; "Not findings: ... values from ... the environment".
    [Fact]
    public Task RT62_greenhouse_node_defaults_and_working_passwords_at_wifi_mqtt_and_credentials() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class GreenhouseNode
            {
                private const string Ssid = "Greenhouse-IoT"; // expect: none
                private const string SetupSsid = "Greenhouse-Setup"; // expect: none
                private const string WifiPassword = "Tom4to-Vine-82q"; // expect: IOT1001
                private const string SetupPassword = "12345678"; // expect: IOT1002
                public static bool JoinWifi()
                {
                    if (WifiNetworkHelper.ConnectDhcp(Ssid, WifiPassword, requiresDateTime: true))
                    {
                        return true;
                    }
                    return WifiNetworkHelper.ScanAndConnectDhcp(SetupSsid, SetupPassword);
                }
                public static byte Telemetry(MqttClient client)
                {
                    var rc = client.Connect("gh-node-7", "admin", "Vent-Fan-Q71x"); // expect: IOT1001
                    if (rc != 0)
                    {
                        rc = client.Connect("gh-node-7", "gh-service", "root"); // expect: IOT1002
                    }
                    return rc;
                }
                public static NetworkCredential Upload() =>
                    new NetworkCredential("gh-upload", Environment.GetEnvironmentVariable("GH_UPLOAD_PASSWORD"));
                public static NetworkCredential PublicMirror() =>
                    new NetworkCredential("anonymous", "gardener@example.org"); // expect: none
            }
            """);

    // IOT1002: "Where a received user name and password are both compared with literals (`login == "admin" && secret ==
    // "admin"` ...), the user name of the listed pair is reported too"; "A table named as credentials (`FactoryLogins` ...)
    // has every listed default it holds reported, in any shape"; "A received PIN ... compared with a listed default
    // (`string.Equals(pin, "0000")`) is reported; compared with anything else it may be hardware (`pin == "D5"`) and is not."
    // IOT1004: "a secret in the team's own named constant that the team's own code compares with a received value
    // (`password == EngineerPassword` in a home-grown login ...)". IOT1001: "a display name or translation of its key
    // (`["user"] = "User"`) do[es] not" count; a table "whose name says labels" is no credential table.
    [Fact]
    public Task RT62_controller_web_ui_login_defaults_table_and_engineer_constant() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class ControllerWebUi
            {
                private const string EngineerPassword = "Eng-Panel-5521"; // expect: IOT1004
                private static readonly (string User, string Password)[] FactoryLogins =
                {
                    ("admin", // expect: IOT1002
                        "1234"), // expect: IOT1002
                    ("support", // expect: IOT1002
                        "support"), // expect: IOT1002
                };
                private static readonly Dictionary<string, string> LoginLabels = new Dictionary<string, string>
                {
                    ["user"] = "User name", // expect: none
                    ["password"] = "Password", // expect: none
                    ["pin"] = "Service PIN", // expect: none
                };
                public bool SignIn(string user, string password)
                {
                    if (user == "admin" // expect: IOT1002
                        && password == "admin") // expect: IOT1002
                    {
                        return true;
                    }
                    if (user == "engineer" && password == EngineerPassword) // expect: none
                    {
                        return true;
                    }
                    foreach (var (u, p) in FactoryLogins)
                    {
                        if (u == user && p == password)
                        {
                            return true;
                        }
                    }
                    return false;
                }
                public bool CheckPin(string pin) => string.Equals(pin, "0000"); // expect: IOT1002
                public bool IsKeypadTerminal(string pin) => pin == "D5"; // expect: none
                public string Caption(string key) => LoginLabels[key];
            }
            """);

    // IOT1001: "Connection strings and URIs written anywhere (SQL Server, PostgreSQL, MySQL, Redis, MongoDB, AMQP and MQTT user
    // information ...) are reported at the literal that holds the password, whatever method they are handed to: as a
    // literal, a constant, a concatenation of any length, an interpolation, `string.Format`, `string.Concat` ...; a password
    // held in a constant, field or local and put into one (`$"...;Password={Secrets.DbPassword}"`) is reported there, at its
    // literal"; sinks include "MQTTnet `WithConnectionUri`". IOT1002: "wherever IOT1001 looks" (guest/guest is listed).
    // Not findings: "connection strings whose key comes from configuration"; IOT1004: "No finding for a connection string or
    // URI without a secret pair".
    [Fact]
    public Task RT62_gateway_stores_connection_strings_in_every_shape() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public static class DbSecrets
            {
                public const string HistorianPassword = "H1st-Qr7!mPz"; // expect: IOT1001
            }
            public static class Store
            {
                public static void Open(string connectionString) { }
                public static void Cache(string configuration) { }
            }
            public static class GatewayStores
            {
                private const string PgConnection = "Host=pg.plant.local;Port=5432;Username=edge;Password=Edg3-Pg!w44;Database=edge"; // expect: IOT1001
                public static void Historian(string host) =>
                    Store.Open($"Server={host};Database=historian;User Id=hist;Password={DbSecrets.HistorianPassword};Encrypt=true");
                public static void Pg() => Store.Open(PgConnection);
                public static void MySql(string host) =>
                    Store.Open(string.Format("Server={0};Uid=scada;Pwd={1};Database=scada", host, "My-Sc4da-19z")); // expect: IOT1001
                public static void Redis() =>
                    Store.Cache(string.Concat("cache.plant.local:6380,ssl=true,", "password=", "R3dis-Kv-Tq8")); // expect: IOT1001
                public static void Mongo() =>
                    Store.Open("mongodb://telemetry:" + "M0ngo-Tlm-55" + "@mongo.plant.local:27017/tlm?authSource=admin"); // expect: IOT1001
                public static void Rabbit() => Store.Open("amqp://guest:guest@localhost:5672/"); // expect: IOT1002
                public static MqttClientOptions Broker() =>
                    new MqttClientOptionsBuilder().WithConnectionUri("mqtts://gw-17:Mq-Gw17-xR4@broker.plant.local:8883").Build(); // expect: IOT1001
                public static void Trusted(string host) => Store.Open($"Server={host};Database=historian;Integrated Security=true"); // expect: none
                public static void FromEnvironment() =>
                    Store.Open("Host=pg.plant.local;Username=edge;Password=" + Environment.GetEnvironmentVariable("PG_PASSWORD")); // expect: none
                public static void PlainBroker() => Store.Open("amqp://rabbit.plant.local:5672/"); // expect: none
            }
            """);

    // IOT1001: "Basic authentication built in code, `Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password"))` given
    // to `AuthenticationHeaderValue("Basic", ...)` or set as an `Authorization` header, is judged as the header it produces";
    // "`Convert.ToBase64String("user:password"u8)` is Basic built in code"; headers "`X-Auth-Token` and similar";
    // "`WebHeaderCollection`'s indexers". "A listed pair's encoding ..., or any Basic credential whose password is a listed
    // default, is IOT1002. A challenge (`"Basic realm=..."`), the bare scheme ... is not." IOT1002: "Basic authentication of
    // a default pair built in code ... is a default too."
    [Fact]
    public Task RT62_inverter_client_basic_auth_built_in_code_and_raw_headers() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class InverterClient
            {
                private const string Challenge = "Basic realm=\"inverter\""; // expect: none
                private readonly HttpClient _http = new HttpClient();
                public void UseServiceAccount() =>
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.ASCII.GetBytes("inverter-svc:S0l4r-Kq91"))); // expect: IOT1001
                public void UseInstaller() =>
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes("installer:1234"))); // expect: IOT1002
                public HttpRequestMessage Status()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://inverter.local/api/v1/status");
                    request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String("meter:Mtr-Lq2m-Rt8"u8)); // expect: IOT1001
                    request.Headers.TryAddWithoutValidation("X-Auth-Token", "tk_9Fq2LmZ7Rx4Wv"); // expect: IOT1001
                    request.Headers.Add("Accept", "application/json"); // expect: none
                    return request;
                }
            #pragma warning disable SYSLIB0014
                public WebClient Legacy()
                {
                    var client = new WebClient();
                    client.Headers[HttpRequestHeader.Authorization] = "Basic c2NhZGE6R3IxZC1Xejgz"; // expect: IOT1001
                    return client;
                }
            #pragma warning restore SYSLIB0014
                public void FromEnvironment()
                {
                    var user = Environment.GetEnvironmentVariable("INVERTER_USER");
                    var password = Environment.GetEnvironmentVariable("INVERTER_PASSWORD");
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
                }
                public static bool IsChallenge(string header) => header == Challenge;
                public static bool IsPanelLogin(string authorization) => authorization == "Basic c3ZjOjEyMzQ="; // expect: IOT1002
            }
            """);

    // IOT1001: "a secret stored in code under a secret-named key, the way configuration is built in code: dictionary and
    // collection initializers (`["password"] = "..."`, `{ "wifi.psk", "..." }`), indexer assignments (`config["Broker:Secret"]
    // = "..."`), ... key/value tuples (`("ota.token", "...")`, in a table typed `(string Key, string Value)[]` too) ..., and
    // anonymous-object members (`new { Ssid = "Lab", Password = "..." }`, serialised as configuration)"; "four digits under a
    // PIN's configuration key (`["lte.sim.pin"] = "7351"`)"; "nor is anything under a key that says mock, test or sample
    // data"; "A user interface's text keyed the same way is a caption ..., and gives no finding" in "a table kept as text
    // (`UiStrings` ...)" or "one language's table of another, keyed by a BCP 47 tag". Keys whose last segment is no secret
    // (ssid, host, path, channel) hold none.
    [Fact]
    public Task RT62_kiln_configuration_built_in_code_beside_caption_and_locale_tables() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Text.Json;
            public static class KilnDefaults
            {
                public static Dictionary<string, string> Build() => new Dictionary<string, string>
                {
                    ["wifi.ssid"] = "Kiln-Floor", // expect: none
                    ["wifi.psk"] = "Kiln#Fl00r-62", // expect: IOT1001
                    ["mqtt:password"] = "Mq-K1ln-Vx3z", // expect: IOT1001
                    ["mqtt:host"] = "mqtt.kiln.local", // expect: none
                    ["lte.sim.pin"] = "7351", // expect: IOT1001
                    ["ota.token.path"] = "/flash/ota.token", // expect: none
                    ["mock.api_key"] = "Mk-93kq-Lw01-Rx", // expect: none
                };
                public static (string Key, string Value)[] Overrides() => new (string Key, string Value)[]
                {
                    ("ota.token", "ota_Zq81vTrKp2mW"), // expect: IOT1001
                    ("ota.channel", "stable"), // expect: none
                };
                public static string Commissioning() =>
                    JsonSerializer.Serialize(new { Ssid = "Kiln-Setup", Password = "Cl4y-Fire-882" }); // expect: IOT1001
                public static void Apply(IDictionary<string, string> config)
                {
                    config["Broker:Secret"] = "Bk-Sec-71qZ"; // expect: IOT1001
                    config["Broker:Host"] = "broker.kiln.local"; // expect: none
                }
                private static readonly Dictionary<string, string> UiStrings = new Dictionary<string, string>
                {
                    ["wifi.psk"] = "Wi-Fi passphrase", // expect: none
                    ["mqtt.password"] = "Broker password", // expect: none
                };
                private static readonly Dictionary<string, Dictionary<string, string>> Translations = new Dictionary<string, Dictionary<string, string>>
                {
                    ["de"] = new Dictionary<string, string> { ["wifi.psk"] = "WLAN-Schlüssel" }, // expect: none
                    ["fr-CA"] = new Dictionary<string, string> { ["wifi.psk"] = "Clé Wi-Fi" }, // expect: none
                };
                public static string Caption(string key, string lang) => Translations.TryGetValue(lang, out var t) ? t[key] : UiStrings[key];
            }
            """);

    // IOT1001 sinks: "PKCS#12 passwords of .NET 9's `X509CertificateLoader` (`LoadPkcs12`, `LoadPkcs12FromFile` ...)",
    // "`X509Certificate2` / `X509Certificate` passwords (`new X509Certificate2(data, password)` ...)"; "SIM PINs ... in an AT
    // command written anywhere, whatever it is sent through: `AT+CPIN="4821"` ... with the PIN written in place or held in a
    // constant (`$"AT+CPIN=\"{SimPin}\""`)"; "secrets in request URIs (`HttpClient.GetAsync`, `GetStringAsync` ...): ... a
    // secret-named query value (`?appid=`, `&apikey=`, `&access_token=` ...)". IOT1002: the list holds changeme and 0000.
    // Not findings: values from a file or a parameter; a public certificate; a modem query or an APN carries no secret.
    [Fact]
    public Task RT62_field_gateway_certificates_sim_pins_and_query_keys() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO;
            using System.IO.Ports;
            using System.Net.Http;
            using System.Security.Cryptography.X509Certificates;
            using System.Threading.Tasks;
            public static class ModemPins
            {
                public const string SimPin = "4917"; // expect: IOT1001
            }
            public sealed class FieldGateway
            {
                private readonly SerialPort _modem = new SerialPort("/dev/ttyUSB2", 115200);
                private readonly HttpClient _http = new HttpClient();
                public X509Certificate2 DeviceCert() =>
                    new X509Certificate2(File.ReadAllBytes("/data/device.pfx"), "Dev-Pfx-8812q"); // expect: IOT1001
                public X509Certificate2 FactoryCert() =>
                    X509CertificateLoader.LoadPkcs12(File.ReadAllBytes("/data/factory.pfx"), "changeme"); // expect: IOT1002
                public X509Certificate2 SiteCert() =>
                    X509CertificateLoader.LoadPkcs12FromFile("/data/site.pfx", File.ReadAllText("/data/site.pfx.pass").Trim());
                public X509Certificate2 RootCa() => new X509Certificate2("/data/root-ca.cer"); // expect: none
                public void Unlock()
                {
                    _modem.WriteLine("AT+CPIN?"); // expect: none
                    _modem.WriteLine($"AT+CPIN=\"{ModemPins.SimPin}\"");
                }
                public void UnlockSpare() => _modem.WriteLine("AT+CPIN=\"0000\""); // expect: IOT1002
                public void Apn() => _modem.WriteLine("AT+CGDCONT=1,\"IP\",\"iot.telco.example\""); // expect: none
                public Task<string> Weather(double lat, double lon) =>
                    _http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?lat={lat}&lon={lon}&appid=9d2f6c1a8b7e4305a1c2d3e4f5a6b7c8"); // expect: IOT1001
                public Task<string> Push(double t) =>
                    _http.GetStringAsync("https://telemetry.example.net/ingest?token=" + "tlm_Pq7Zr2Kx9Wv" + "&t=" + t); // expect: IOT1001
                public Task<HttpResponseMessage> Feed(double level) =>
                    _http.GetAsync("https://api.thingspeak.com/update?api_key=H7QW2ZK9PX1M3RTB&field1=" + level); // expect: IOT1001
                public Task<string> Me(string accessToken) =>
                    _http.GetStringAsync("https://graph.example.net/me?access_token=" + accessToken);
                public Task<string> Stations(double lat) =>
                    _http.GetStringAsync($"https://api.example.net/stations?lat={lat}&units=metric"); // expect: none
            }
            """);

    // IOT1003: "PEM and OpenSSH private keys"; "A PEM key written one literal per line and concatenated ... is one finding
    // over the whole block ... at the header's literal"; "a public certificate (`-----BEGIN CERTIFICATE-----`) is not a
    // finding"; "nor a header line alone"; "DER private keys and key stores embedded as base64 ... (PKCS#8 ...)"; "A key
    // written in place in a key's slot of a connection string is IOT1003 at that piece, whatever builds the string: a
    // `string.Format` argument"; "held in a named constant, its shape alone says nothing and it is IOT1001 at the sink";
    // "literal key bytes given to a symmetric cipher or HMAC ... `Convert.FromHexString` ... of text written in the code";
    // "Counting bytes (`00 01 02 ... 0f` ...) ... are no key"; "A key slot holding ... a mask (`SharedAccessKey=***`) holds
    // no key". "One literal, one rule".
    [Fact]
    public Task RT62_device_key_material_pem_der_hub_keys_and_hmac_bytes() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using Microsoft.Azure.Devices.Client;
            public static class DeviceKeys
            {
                public const string SpareDeviceKey = "6W2ZUI0ASa3h90n9DuTIPxALIjFFsAHurnPei3c0TlU="; // expect: IOT1001
                public const string ClientKeyPem =
                    "-----BEGIN EC PRIVATE KEY-----\n" + // expect: IOT1003
                    "MHcCAQEEINb3nZFj7Tf3c3pbGWhHsKLLSzw7i5PLsauFTax92IMxoAoGCCqGSM49\n" +
                    "AwEHoUQDQgAET41ZmwR6FDRm71f3FUyYfNtB3vak4oAQi5RDsAbDgye4mif7hSKw\n" +
                    "LmVHhroCDrw4soz9sAsblAGQ0WFRS8eDPw==\n" +
                    "-----END EC PRIVATE KEY-----\n";
                public const string SignerPkcs8 = "MIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAO29SdTQcaJD3RrMvztc6ea2mmx8+iwJRa8IwvfqT9zFzULJ86eZ5nEWejbZ5DpTVKNxQD5k"; // expect: IOT1003
                public const string RootCaPem = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQk3Tz9v0pC8xq1m7r2Yy5Jd4s0AwCgYIKoZIzj0EAwIw\n-----END CERTIFICATE-----\n"; // expect: none
                public const string EncryptedKeyHeader = "-----BEGIN ENCRYPTED PRIVATE KEY-----"; // expect: none
            }
            public static class HubLink
            {
                public static DeviceClient Primary(string host, string id) =>
                    DeviceClient.CreateFromConnectionString(string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", host, id,
                        "3JlSbSFSScPkgOR8wR2MVIalogyqyLQluZCHNQ8QEUo=")); // expect: IOT1003
                public static DeviceClient Spare(string host) =>
                    DeviceClient.Create(host, new DeviceAuthenticationWithRegistrySymmetricKey("spare-02", DeviceKeys.SpareDeviceKey));
                public static void Log(string host) =>
                    Console.WriteLine($"HostName={host};DeviceId=spare-02;SharedAccessKey=***"); // expect: none
                public static byte[] Sign(byte[] frame) =>
                    HMACSHA256.HashData(Convert.FromHexString("befa4928490795855501869a86d59f39"), frame); // expect: IOT1003
                public static byte[] SelfTest(byte[] block)
                {
                    using var aes = Aes.Create();
                    aes.Key = Convert.FromHexString("000102030405060708090a0b0c0d0e0f"); // expect: none
                    return aes.EncryptEcb(block, PaddingMode.None);
                }
                public static DeviceClient FromEnvironment() =>
                    DeviceClient.CreateFromConnectionString(Environment.GetEnvironmentVariable("IOTHUB_DEVICE_CONNECTION_STRING"));
            }
            """);

    // IOT1001: "The value is followed back to where it is written ...: literals (regular, verbatim, raw, UTF-8) ...
    // concatenation of any length, interpolation, `string.Concat`, `string.Format`, `string.Join` over written values,
    // `Encoding.*.GetBytes`, `"..."u8` and `"..."u8.ToArray()`, `new string(new[] { 'a', ... })`"; "a `StringBuilder`'s
    // `Append` chain"; "Culture-explicit interpolations (`FormattableString.Invariant($"...")` ...) are their text". IOT1002:
    // "byte passwords from `Encoding.UTF8.GetBytes("...")`" are judged as their text; "password" is listed. Topics and host
    // names in the same shapes are no secrets.
    [Fact]
    public Task RT62_dairy_node_value_shapes_utf8_concat_join_builder_and_char_arrays() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Text;
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public static class Store { public static void Open(string connectionString) { } }
            public static class DairyNode
            {
                public static readonly byte[] TelemetryTopic = "dairy/parlour/telemetry"u8.ToArray(); // expect: none
                public static MqttClientOptions Options() => new MqttClientOptionsBuilder()
                    .WithTcpServer("mqtt.dairy.local", 8883)
                    .WithCredentials("parlour-gw", "Parl0ur-Gw-77x"u8.ToArray()) // expect: IOT1001
                    .Build();
                public static MqttClientOptions Fallback() => new MqttClientOptionsBuilder()
                    .WithTcpServer("mqtt.dairy.local", 1883)
                    .WithCredentials("parlour-gw", Encoding.UTF8.GetBytes("password")) // expect: IOT1002
                    .Build();
                public static NetworkCredential Ftp() =>
                    new NetworkCredential("herd-ftp", string.Concat("Herd", "-Ftp-", "Q4z9")); // expect: IOT1001
                public static bool Wifi() =>
                    WifiNetworkHelper.ConnectDhcp("Dairy-Parlour", new string(new[] { 'M', 'i', 'l', 'k', '-', '7', '7', 'Q', 'z' })); // expect: IOT1001
                public static bool SpareWifi() =>
                    WifiNetworkHelper.ConnectDhcp(string.Join("-", "Dairy", "Spare"), string.Join("-", "Whey", "Curd", "83x")); // expect: IOT1001
                public static void Redis()
                {
                    var sb = new StringBuilder("cache.dairy.local:6379");
                    sb.Append(",ssl=true");
                    sb.Append(",password=").Append("Ch33se-Vat-41"); // expect: IOT1001
                    Store.Open(sb.ToString());
                }
                public static void Sql() => Store.Open(
                    "Server=sql.dairy.local;" +
                    "Database=herd;" +
                    "User Id=herd;" +
                    "Password=" +
                    "Udd3r-Sql-19" + // expect: IOT1001
                    ";TrustServerCertificate=true");
                public static void Pg(string host) =>
                    Store.Open(FormattableString.Invariant($"Host={host};Username=herd;Password=Pg-Da1ry-22x;Port={5432}")); // expect: IOT1001
            }
            """);

    // IOT1006: "a value that repeats its holder's or the parameter's name whatever its shape (`const string WifiPassword =
    // "WifiPassword"`, `HUB_TOKEN = "HUB_TOKEN"` ...)"; `"YOUR_PASSWORD"`, `"<replace-with-key>"`; "Inside connection strings
    // too: `"HostName=...;SharedAccessKey=<device-key>"`"; "A listed default (`"password"`, `"changeme"`) is IOT1002, never a
    // placeholder"; "A placeholder is never reported as IOT1001"; "Not findings: ... a placeholder in a symbol that never
    // reaches a sink." IOT1004: "Not findings: ... placeholders (IOT1006's)".
    [Fact]
    public Task RT62_sample_firmware_templates_and_listed_defaults() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class Secrets
            {
                public const string WIFI_PASSWORD = "WIFI_PASSWORD"; // expect: IOT1006
                public const string WeatherApiKey = "YOUR_API_KEY"; // expect: IOT1006
                public const string MqttPassword = "password"; // expect: IOT1002
                public const string FtpPassword = "<password>"; // expect: IOT1006
                public const string BackupPassword = "changeme"; // expect: IOT1002
                public const string UnusedToken = "YOUR_TOKEN_HERE"; // expect: none
            }
            public static class SampleMain
            {
                public static Task<string> Forecast(HttpClient http, string city) =>
                    http.GetStringAsync($"https://api.openweathermap.org/data/2.5/forecast?q={city}&appid={Secrets.WeatherApiKey}");
                public static void Run()
                {
                    WifiNetworkHelper.ConnectDhcp("sample-ssid", Secrets.WIFI_PASSWORD);
                    var mqtt = new MqttClient("test.mosquitto.org");
                    mqtt.Connect("sample-client", "sample", Secrets.MqttPassword);
                    var ftp = new NetworkCredential("logger", Secrets.FtpPassword);
                    var backup = new NetworkCredential("backup", Secrets.BackupPassword);
                    var hub = DeviceClient.CreateFromConnectionString("HostName=sample.azure-devices.net;DeviceId=sample;SharedAccessKey=<device-key>"); // expect: IOT1006
                    var relay = new NetworkCredential("relay", "Relay-Pw-2291x"); // expect: IOT1001
                }
            }
            """);

    // IOT1004: "Values that are not secrets are not reported: prose (`"Token expired, sign in again"` ...), GUIDs and 16-bit
    // BLE UUIDs behind secret-sounding names ..., configuration keys and paths (`"Mqtt:Broker:Password"`,
    // `"/etc/device/secret"`), a value repeating the symbol's name, and data whose name or value says it is fake, test, dummy,
    // example, sample, mock or stub data"; "under a UUID's or a characteristic's name (`PasswordCharacteristic = "2A3D"`) they
    // are an identifier"; "Names that describe something else are not secrets: ... `PasswordPrompt` ...". A real secret in a
    // team constant handed to team code is IOT1004: "This covers a team's own SDKs and home-grown protocols."
    [Fact]
    public Task RT62_ble_provisioning_service_iot1004_precision() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class ImprovBleService
            {
                public const string WifiPasswordCharacteristicUuid = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                public const string PasswordCharacteristic = "2A3D"; // expect: none
                public const string ProvisioningToken = "3f2504e0-4f89-11d3-9a0c-0305e82c3301"; // expect: none
                public const string PasswordPrompt = "Enter the Wi-Fi password for this sensor"; // expect: none
                public const string SessionToken = "Session token expired, please pair again."; // expect: none
                public const string BrokerPassword = "Improv:Broker:Password"; // expect: none
                public const string ClientSecret = "/flash/certs/client.secret"; // expect: none
                public const string TestApiKey = "Tq93-kLw0-1Rx7"; // expect: none
                public const string DummyPassword = "Dm7-Pw-9921x"; // expect: none
                public const string ExampleToken = "example-token-1234"; // expect: none
                public const string WifiPsk = "WPA2-PSK"; // expect: none
                public const string PairingSecret = "Pr-Sc-88Qz-41"; // expect: IOT1004
                public static string Describe() =>
                    WifiPasswordCharacteristicUuid + PasswordCharacteristic + ProvisioningToken + PasswordPrompt + SessionToken +
                    BrokerPassword + ClientSecret + TestApiKey + DummyPassword + ExampleToken + WifiPsk;
                public static byte[] Confirm(byte[] nonce) => ImprovSession.Confirm(nonce, PairingSecret);
            }
            public static class ImprovSession
            {
                public static byte[] Confirm(byte[] nonce, string secret) => nonce.Length > 0 && secret.Length > 0 ? nonce : Array.Empty<byte>();
            }
            """);

    // IOT1005: "a WPS PIN or passkey (`var wpsPin = serialNumber.Substring(serialNumber.Length - 8)` ...)"; "numbers too: `uint
    // passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000`"; "A PIN, passcode or passkey made by
    // `System.Random` is IOT1005 alone; a token, session identifier, nonce or key made by it is IOT3005's"; "Not findings:
    // `RandomNumberGenerator.GetString(...)`, `Convert.ToHexString(hmac.ComputeHash(serial))` with a keyed `HMACSHA256`";
    // "A bare `pin` integer is a GPIO pin." IOT3005: "a key, IV, nonce, salt, token ... The use is read from the name".
    [Fact]
    public Task RT62_access_point_provisioner_derived_pins_random_tokens_and_keyed_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class ApProvisioner
            {
                private const int ResetButtonPin = 34; // expect: none
                private readonly string _serialNumber;
                public ApProvisioner(string serialNumber) => _serialNumber = serialNumber;
                public string WpsPin(NetworkInterface nic)
                {
                    var mac = nic.GetPhysicalAddress().GetAddressBytes();
                    var wpsPin = (((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 10000000).ToString("D7"); // expect: IOT1005
                    return wpsPin;
                }
                public string ApPassword()
                {
                    var apPassword = "SENS-" + _serialNumber.Substring(_serialNumber.Length - 6); // expect: IOT1005
                    return apPassword;
                }
                public uint Passkey(string imei)
                {
                    uint passkey = uint.Parse(imei[^6..]); // expect: IOT1005
                    return passkey;
                }
                public string SetupPasscode()
                {
                    var setupPasscode = new Random().Next(0, 100000000).ToString("D8"); // expect: IOT1005
                    return setupPasscode;
                }
                public string SessionToken()
                {
                    var sessionToken = Random.Shared.Next().ToString("X8"); // expect: IOT3005
                    return sessionToken;
                }
                public int RetryJitterMs() => Random.Shared.Next(50, 250); // expect: none
                public string AdminPin() => RandomNumberGenerator.GetString("0123456789", 6); // expect: none
                public string FactoryPassword(byte[] factoryKey)
                {
                    using var hmac = new HMACSHA256(factoryKey);
                    var factoryPassword = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(_serialNumber)))[..16]; // expect: none
                    return factoryPassword;
                }
                public int Button(int pin) => pin + ResetButtonPin; // expect: none
            }
            """);

    // IOT1001: "SIM PINs, PUKs and APN passwords in an AT command written anywhere ...: `AT+CLCK="SC",0,"7391"`, ...
    // `AT+CGAUTH`, Quectel `AT+QICSGP` ... (an operator's published APN login, the user name again ..., is not one)"; "a
    // command's start kept in a field of another type or file (`const string ATPINAuthCommand = "AT+CPIN="` ...) is completed
    // where it is read (`ATCommands.ATPINAuthCommand + PIN1Code`"; "A helper's parameter written into an AT command ... is
    // read once per call of the helper"; "Credentials in AT commands include Espressif ESP-AT (`AT+CWJAP`, `AT+CWSAP`,
    // `AT+MQTTUSERCFG`)". IOT1006: "a `${VAR}` placeholder ... at any modem command's value (`AT+CWJAP="plant-wifi",
    // "${WIFI_PSK}"`) is one". IOT1002: 12345678 is listed.
    [Fact]
    public Task RT62_fleet_modem_at_commands_pins_apn_logins_and_esp_at() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System.IO.Ports;
            public static class AtCommands
            {
                public const string PinAuth = "AT+CPIN="; // expect: none
                public const string Apn = "iot.telco.example"; // expect: none
            }
            public static class CellularSecrets
            {
                public const string Pin1Code = "8264"; // expect: IOT1001
            }
            public sealed class FleetModem
            {
                private readonly SerialPort _port = new SerialPort("/dev/ttyS2", 115200);
                public void Unlock() => _port.WriteLine(AtCommands.PinAuth + CellularSecrets.Pin1Code);
                public void Context() =>
                    _port.WriteLine("AT+QICSGP=1,1,\"" + AtCommands.Apn + "\",\"fleet-gw\",\"Fl33t-Apn-72q\",3"); // expect: IOT1001
                public void Auth(string user, string password) => _port.WriteLine($"AT+CGAUTH=1,1,\"{user}\",\"{password}\"");
                public void Bench() => Auth("bench", "B3nch-Apn-19z"); // expect: IOT1001
                public void Published() => _port.WriteLine("AT+CGAUTH=1,1,\"web\",\"web\""); // expect: none
                public void Lock() => _port.WriteLine("AT+CLCK=\"SC\",1,\"5093\""); // expect: IOT1001
                public void PinQuery() => _port.WriteLine("AT+CPIN?"); // expect: none
                public void EspJoin() => _port.WriteLine("AT+CWJAP=\"Depot-AP\",\"12345678\""); // expect: IOT1002
                public void EspJoinTemplate() => _port.WriteLine("AT+CWJAP=\"Depot-AP\",\"${DEPOT_WIFI_PSK}\""); // expect: IOT1006
                public void EspMqtt() =>
                    _port.WriteLine("AT+MQTTUSERCFG=0,1,\"depot-7\",\"depot\",\"Dep0t-Mq-88x\",0,0,\"\""); // expect: IOT1001
                public void EspMqttConnect() => _port.WriteLine("AT+MQTTCONN=0,\"mqtt.depot.local\",1883,1"); // expect: none
            }
            """);

    // IOT1001: "The value is followed back to where it is written, across files: ... `const` fields, ... a `Secrets` class in
    // another file"; "a secret-named query value (`?appid=`, `&apikey=` ...)" with `api_key=` in the IOT1001 example; header
    // sinks "when the header is `Authorization`, `X-API-Key` ...". IOT1003: "`Convert.FromBase64String` ... of text written in
    // the code, directly or through a field or local" given to an HMAC; "One literal, one rule". A URL and a channel name in
    // the same class are no secrets.
    [Fact]
    public Task RT62_ota_client_reads_keys_from_a_secrets_file() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Threading.Tasks;
            public sealed class OtaClient
            {
                private readonly HttpClient _http = new HttpClient();
                public Task<string> Manifest(string deviceId) =>
                    _http.GetStringAsync($"{OtaSecrets.ManifestUrl}?device={deviceId}&api_key={OtaSecrets.ManifestApiKey}");
                public async Task<byte[]> Download(string url)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    request.Headers.Add("X-API-Key", OtaSecrets.DownloadKey);
                    var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsByteArrayAsync();
                }
                public bool Verify(byte[] image, byte[] signature)
                {
                    using var hmac = new HMACSHA256(Convert.FromBase64String(OtaSecrets.ImageHmacKey));
                    return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(image), signature);
                }
                public Task<string> Changelog(string version) =>
                    _http.GetStringAsync($"https://ota.vendor.example/v2/changelog/{version}?lang=en&channel={OtaSecrets.Channel}"); // expect: none
            }
            """, """
            public static class OtaSecrets
            {
                public const string ManifestUrl = "https://ota.vendor.example/v2/manifest"; // expect: none
                public const string Channel = "stable"; // expect: none
                public const string ManifestApiKey = "mf_7Rq2Lz9Kx4Wv81"; // expect: IOT1001
                public const string DownloadKey = "dl-Vt84-kX93-pq7Z"; // expect: IOT1001
                public const string ImageHmacKey = "fQ/+4rv844ypBgI5qgRG8UenigNVgrCbQQTxS70J+co="; // expect: IOT1003
            }
            """);

    // IOT1001 sinks: "Bluetooth Classic pairing: 32feet.NET `BluetoothSecurity.SetPin`, `PairRequest` (a listed PIN such as
    // `"1234"` is IOT1002)". IOT1002: "A PIN, passcode or passkey held as a number (`const uint StaticPasskey = 123456`)
    // counts; a bare `pin` in a name is a GPIO pin". IOT1005: "a value whose type is a hardware address, whatever it is called
    // (`address.ToString()` of a 32feet.NET `BluetoothAddress` ...)"; "A derived PIN held in a PIN-named local is reported
    // where it is made, not again at the pairing call it reaches." Not findings: a PIN given as a parameter.
    [Fact]
    public Task RT62_scale_bluetooth_pairing_listed_held_and_derived_pins() =>
        ExpectComments.AssertAsync(new[] { Stubs.Bluetooth32Feet }, """
            using InTheHand.Net;
            using InTheHand.Net.Bluetooth;
            public sealed class ScalePairing
            {
                private const uint StaticPasskey = 123456; // expect: IOT1002
                private const string ServicePin = "4729"; // expect: IOT1001
                private const int PairLedPin = 21; // expect: none
                public bool PairLegacy(BluetoothAddress scale) => BluetoothSecurity.PairRequest(scale, "0000"); // expect: IOT1002
                public bool PairService(BluetoothAddress scale) => BluetoothSecurity.SetPin(scale, ServicePin);
                public bool PairDerived(BluetoothAddress scale)
                {
                    var pairingPin = (scale.ToInt64() % 10000).ToString("D4"); // expect: IOT1005
                    return BluetoothSecurity.PairRequest(scale, pairingPin);
                }
                public bool PairProvisioned(BluetoothAddress scale, string provisionedPin) =>
                    BluetoothSecurity.PairRequest(scale, provisionedPin);
                public uint Passkey() => StaticPasskey;
                public int Led() => PairLedPin;
            }
            """);

    // IOT1001: "a `Secrets` class in another file"; sinks "Meadow `IWiFiNetworkAdapter.Connect`", "AMQP.Net Lite
    // `Address(host, port, user, password, ...)`", "AMQP `Address("amqps://user:pw@host")`"; "a client's bare `token` or
    // `secret` (`InfluxDBClient(url, token)`)". IOT1002: guest is listed. The SSID and user names are no secrets.
    [Fact]
    public Task RT62_meadow_orchard_gateway_secrets_file_wifi_influx_and_amqp() =>
        ExpectComments.AssertAsync(new[] { Stubs.InfluxClient }, """
            public static class Secrets
            {
                public const string WIFI_NAME = "Orchard-Mesh"; // expect: none
                public const string WIFI_PASSWORD = "Pe4r-Tree-Mesh-6"; // expect: IOT1001
                public const string INFLUX_TOKEN = "infx_Kq29vLr7Zp3Wx8Tn"; // expect: IOT1001
                public const string INFLUX_URL = "http://influx.orchard.local:8086"; // expect: none
            }
            """, """
            using System;
            using System.Threading.Tasks;
            using Amqp;
            using InfluxDB.Client;
            using Meadow.Hardware;
            public sealed class OrchardGateway
            {
                public Task Join(IWiFiNetworkAdapter wifi) => wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(45));
                public InfluxDBClient Influx() => new InfluxDBClient(Secrets.INFLUX_URL, Secrets.INFLUX_TOKEN);
                public Address Bus() => new Address("amqps://orchard-gw:Orch4rd-Bus-31@bus.orchard.example:5671"); // expect: IOT1001
                public Address Local() => new Address("bus.orchard.local", 5672, "orchard-gw", "guest"); // expect: IOT1002
                public Address FromEnvironment() =>
                    new Address("bus.orchard.local", 5671, "orchard-gw", Environment.GetEnvironmentVariable("ORCHARD_BUS_PASSWORD"));
                public Address Anonymous() => new Address("amqp://bus.orchard.local:5672"); // expect: none
            }
            """);

    // IOT1001: "a secret compared with a credential received at run time: `e.Password == "..."` in an MQTTnet
    // `ValidatingConnectionAsync` handler"; "a broker's own user table (`users.Add(name, "...")`, `users[name] = "..."`) looked
    // up for the password a client presents"; IOT1004: "A credential received from a library (an MQTT broker's `e.Password`)
    // is an API: that is IOT1001". IOT1002: "as the expected side of a password comparison (`if (e.Password == "admin")`,
    // MQTTnet `ValidatingConnectionAsync` handlers"; "A listed default in a broker's own user table that a client's password
    // is checked against (`users.Add("asha", "1234")`) is reported too." A client id compared with text is no credential.
    [Fact]
    public Task RT62_plant_broker_validates_presented_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using MQTTnet.Server;
            public sealed class PlantBroker
            {
                private const string HmiPassword = "Hmi-Pnl-4481x"; // expect: IOT1001
                private readonly Dictionary<string, string> _users = new Dictionary<string, string>();
                public PlantBroker()
                {
                    _users.Add("line-3", "L1ne3-Brk-07q"); // expect: IOT1001
                    _users["viewer"] = "guest"; // expect: IOT1002
                }
                public Task Validate(ValidatingConnectionEventArgs e)
                {
                    if (e.ClientId == "hmi-01") // expect: none
                    {
                        if (e.Password != HmiPassword) e.ReasonCode = 134;
                        return Task.CompletedTask;
                    }
                    if (e.ClientId == "maint-laptop" && e.Password != "1234") e.ReasonCode = 134; // expect: IOT1002
                    if (e.ClientId == "historian" && e.Password != "H1st-Brk-66q") e.ReasonCode = 134; // expect: IOT1001
                    if (!_users.TryGetValue(e.UserName, out var password) || password != e.Password) e.ReasonCode = 134;
                    return Task.CompletedTask;
                }
            }
            """);

    // IOT1003: "an IoT Hub or DPS key (base64) written in place at a symmetric key's parameter (... `SecurityProviderSymmetricKey`
    // primary and secondary keys, nanoFramework `DeviceClient(host, id, sasKey)`)"; "Key text that reaches a key parameter
    // through the team's own helper is found at each caller's literal when the helper's parameter names which key it is
    // (`Derive(string enrollmentKey, ...)` => `new HMACSHA256(Convert.FromBase64String(enrollmentKey))`". IOT1005: "a DPS
    // registration id is public" (an identifier, no password). The ID scope and endpoint are no secrets.
    [Fact]
    public Task RT62_dps_provisioning_group_keys_through_a_helper_and_in_place_keys() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Azure.Devices.Shared;
            public static class DpsEnrollment
            {
                public const string GlobalEndpoint = "global.azure-devices-provisioning.net"; // expect: none
                public const string IdScope = "0ne00A1B2C3"; // expect: none
                public static string DeriveDeviceKey(string enrollmentKey, string registrationId)
                {
                    using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentKey));
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                }
                public static string RegistrationId(NetworkInterface nic) => "sensor-" + nic.GetPhysicalAddress(); // expect: none
                public static SecurityProviderSymmetricKey Field(string registrationId) =>
                    new SecurityProviderSymmetricKey(registrationId,
                        DeriveDeviceKey("ehLgfW3Mdfr2P/T5NmuZx7DJJLB3lHdmj1tV0U4PwsQ=", registrationId), null); // expect: IOT1003
                public static SecurityProviderSymmetricKey Bench() =>
                    new SecurityProviderSymmetricKey("bench-01",
                        "NjARx6IVFomORoqvH177BYeqGmDFJXitk1kVBBMIbxg=", // expect: IOT1003
                        "nyySQozIBV7P2B3EHMRl9uRTdvyjsKb0oLBZ1wZjQwM="); // expect: IOT1003
                public static SecurityProviderSymmetricKey Provisioned(string registrationId) =>
                    new SecurityProviderSymmetricKey(registrationId,
                        DeriveDeviceKey(Environment.GetEnvironmentVariable("DPS_GROUP_KEY"), registrationId), null);
                public static nanoFramework.Azure.Devices.Client.DeviceClient Nano() =>
                    new nanoFramework.Azure.Devices.Client.DeviceClient("vineyard-hub", "probe-12", "7yjilGZs5Ux2j8opyZM3DhLYVrk24EVQsL8ujKln1Wc="); // expect: IOT1003
            }
            """);
    // IOT1001: "So is a written fallback beside a run-time value (... `env ?? "..."`)"; "a `??=` default of a local or field
    // given after reading the environment (`key ??= "..."` ...)"; "what a property's getter returns when that is all it does
    // (`ApiToken { get { return "..."; } }`)". IOT1006: "A Basic login built in code is judged by its password
    // (`Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:YOUR_METER_PASSWORD"))` is a template ...)"; "a value that says
    // how to obtain the credential ... (`"GET_A_TOKEN"` ...)". IOT1003: a PEM key "appended one line at a time
    // (`sb.AppendLine("-----BEGIN EC PRIVATE KEY-----"); sb.AppendLine("MHc..."); ...`) ...: one finding, at the header's
    // literal". IOT3005: "an access or pairing code written in hex (`HandheldPairingCode() => rng.Next().ToString("X8")`) is a
    // token and stays here"; IOT1005: "one made by `System.Random` and written in decimal digits is a PIN (IOT1005)".
    [Fact]
    public Task RT62_kiosk_fallbacks_getters_templates_appended_pem_and_random_codes() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            public sealed class KioskUplink
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly Random _rng = new Random();
                private static string ApiToken { get { return "kq_Vt84Zp2Lm9Rx7W"; } } // expect: IOT1001
                public Task<string> Poll() => _http.GetStringAsync("https://kiosk.example.net/v1/jobs?token=" + ApiToken);
                public Task<string> Status()
                {
                    var key = Environment.GetEnvironmentVariable("KIOSK_STATUS_KEY");
                    key ??= "st_Qm3Wx8Zr1Kp6"; // expect: IOT1001
                    return _http.GetStringAsync("https://kiosk.example.net/v1/status?api_key=" + key);
                }
                public void Meter()
                {
                    var password = Environment.GetEnvironmentVariable("METER_PASSWORD") ?? "Mtr-K1osk-55z"; // expect: IOT1001
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:" + password)));
                }
                public void Sample() =>
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-7:YOUR_METER_PASSWORD"))); // expect: IOT1006
                public void Relay() => _http.DefaultRequestHeaders.Add("X-Auth-Token", "GET_A_TOKEN"); // expect: IOT1006
                public static string SigningKeyPem()
                {
                    var sb = new StringBuilder();
                    sb.AppendLine("-----BEGIN EC PRIVATE KEY-----"); // expect: IOT1003
                    sb.AppendLine("MHcCAQEEINb3nZFj7Tf3c3pbGWhHsKLLSzw7i5PLsauFTax92IMxoAoGCCqGSM49");
                    sb.AppendLine("AwEHoUQDQgAET41ZmwR6FDRm71f3FUyYfNtB3vak4oAQi5RDsAbDgye4mif7hSKw");
                    sb.AppendLine("LmVHhroCDrw4soz9sAsblAGQ0WFRS8eDPw==");
                    sb.AppendLine("-----END EC PRIVATE KEY-----");
                    return sb.ToString();
                }
                public string HandheldPairingCode() => _rng.Next().ToString("X8"); // expect: IOT3005
                public string GuestCode() => _rng.Next(0, 1000000).ToString("D6"); // expect: IOT1005
                public int RetryDelayMs() => _rng.Next(100, 900); // expect: none
            }
            """);
}
