using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 57: previously unseen device code in the style of .NET nanoFramework, Meadow, .NET IoT and Azure IoT samples,
/// over the credential rules (IOT1001-IOT1006): universal defaults at sinks, connection strings and URIs, Basic
/// authentication built in code, configuration built in code, certificate, modem and URL sinks, key material, placeholders,
/// IOT1004 precision and IOT1005 derivations. Most files mix positives with many clean lines; several are hard negatives.
/// Expectations come from docs/rules, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam57Tests
{
    private const string Configuration = """
        namespace Microsoft.Extensions.Configuration
        {
            public interface IConfiguration { string this[string key] { get; set; } }
        }
        """;

    // ---------- 1. universal defaults at sinks ----------

    // IOT1002: "A well-known default credential used as a credential: wherever IOT1001 looks (every sink of the credential
    // catalogue ...)"; the list holds "admin, root, password, 1234, ..., 12345678, ..., changeme". "Not findings: `"admin"` as
    // a user name (only password parameters are judged)". IOT1001 sinks: "`WifiNetworkHelper` (`ConnectDhcp`, ...)",
    // "M2Mqtt `MqttClient.Connect(clientId, username, password, ...)`", "`System.Net.NetworkCredential` (constructor
    // `password`, `Password` property)". GPIO pin numbers, policy numbers and labels beside them are no findings.
    [Fact]
    public Task RT57_universal_defaults_at_wifi_mqtt_and_network_credential_sinks_are_iot1002() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class GreenhouseBoot
            {
                private const int LedPin = 13; // expect: none
                private const int MinPasswordLength = 8; // expect: none
                private const string PasswordPrompt = "Password:"; // expect: none
                private const string Ssid = "greenhouse-ap"; // expect: none
                public static void Start()
                {
                    Console.WriteLine(PasswordPrompt + " (min " + MinPasswordLength + ", led " + LedPin + ")");
                    WifiNetworkHelper.ConnectDhcp(Ssid, "12345678"); // expect: IOT1002
                    var mqtt = new MqttClient("broker.greenhouse.local");
                    mqtt.Connect(
                        "gh-01",
                        "admin", // expect: none
                        "password"); // expect: IOT1002
                    var ftp = new NetworkCredential(
                        "uploader", // expect: none
                        "changeme"); // expect: IOT1002
                    var spare = new NetworkCredential { UserName = "svc" };
                    spare.Password = "admin"; // expect: IOT1002
                    Console.WriteLine(ftp.UserName + spare.UserName);
                }
            }
            """);

    // IOT1002: "as the expected side of a password comparison (`if (e.Password == "admin")`, ... `string.Equals(password,
    // "1234")`)"; "Where a received user name and password are both compared with literals (`login == "admin" && secret ==
    // "admin"` ...), the user name of the listed pair is reported too"; "A received PIN ... compared with a listed default
    // (`string.Equals(pin, "0000")`) is reported; compared with anything else it may be hardware (`pin == "D5"`) and is not."
    // IOT1004: "a secret in the team's own named constant that the team's own code compares with a received value
    // (`password == EngineerPassword` in a home-grown login ...)". A device's web UI login check.
    [Fact]
    public Task RT57_web_ui_login_check_reports_the_default_pair_and_the_team_constant() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class ThermostatWebUi
            {
                private const string ServicePassword = "Svc-7731-Barn"; // expect: IOT1004
                private const string LoginTitle = "Sign in to the thermostat"; // expect: none
                public bool CheckLogin(string user, string password)
                {
                    if (user == "admin" // expect: IOT1002
                        && password == "admin") // expect: IOT1002
                    {
                        return true;
                    }
                    return user == "service" && password == ServicePassword;
                }
                public bool CheckKeypad(string pin) => string.Equals(pin, "0000"); // expect: IOT1002
                public bool IsHeaterPin(string pin) => pin == "D5"; // expect: none
                public string Title() => LoginTitle;
            }
            """);

    // ---------- 2. connection strings handed to the team's own Store.Open ----------

    // IOT1001: "Connection strings and URIs written anywhere (SQL Server, PostgreSQL, MySQL, Redis, MongoDB, AMQP and MQTT
    // user information ...) are reported at the literal that holds the password, whatever method they are handed to: as a
    // literal, a constant, a concatenation of any length, an interpolation, `string.Format`, `string.Concat`, `string.Join`
    // or a `StringBuilder`'s `Append` chain". Not findings: "connection strings whose key comes from configuration".
    [Fact]
    public Task RT57_connection_strings_built_every_way_report_the_literal_holding_the_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            public static class Store { public static void Open(string connectionString) { } }
            public static class Historian
            {
                private const string DbHost = "sql.plant.local";
                public static void OpenSql(string db) =>
                    Store.Open("Server=" + DbHost + ";Database=" + db + ";User Id=historian;Password=Kq7!vR2mXp;"); // expect: IOT1001
                public static void OpenPg(string host) =>
                    Store.Open($"Host={host};Port=5432;Username=telemetry;Password=Tr4il-Mix-88;Database=telemetry"); // expect: IOT1001
                public static void OpenMySql(string host) =>
                    Store.Open(string.Format("Server={0};Uid=edge;Pwd={1};Database=edge", host,
                        "m9Gx#2Lp-Qv")); // expect: IOT1001
                public static void OpenRedis()
                {
                    var sb = new StringBuilder();
                    sb.Append("cache.plant.local:6379,ssl=true");
                    sb.Append(",password=").Append("Zr8-Wq3n-Lv5x"); // expect: IOT1001
                    Store.Open(sb.ToString());
                }
                public static void OpenMongo() => Store.Open("mongodb://ingest:Hd72kPq9xW@mongo.plant.local:27017/telemetry"); // expect: IOT1001
                public static void OpenAmqp() => Store.Open(string.Concat("amqps://gateway:", "Vt5nQ8rzJ4", "@rabbit.plant.local:5671/")); // expect: IOT1001
            }
            """);

    // Hard negative. IOT1001 "Not findings: empty strings; values from parameters, the environment, `IConfiguration`, a
    // vault or a file; ... configuration keys and environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`);
    // connection strings whose key comes from configuration". IOT1004: "No finding for a connection string or URI without
    // a secret pair (`ReadOnlyNoPassword = "Server=...;Trusted_Connection=True"`)".
    [Fact]
    public Task RT57_connection_strings_with_run_time_passwords_or_none_are_clean() =>
        ExpectComments.AssertAsync(new[] { Configuration }, """
            using System;
            using System.IO;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class Recorder
            {
                private const string ReadOnlyNoPassword = "Server=sql.plant.local;Database=recorder;Trusted_Connection=True;"; // expect: none
                private const string PasswordSetting = "Recorder:Db:Password"; // expect: none
                private const string PasswordVariable = "RECORDER_DB_PASSWORD"; // expect: none
                private readonly IConfiguration _configuration;
                public Recorder(IConfiguration configuration) => _configuration = configuration;
                public void OpenLocal() => Store.Open(ReadOnlyNoPassword);
                public void OpenSql(string host) =>
                    Store.Open($"Server={host};Database=recorder;User Id=recorder;Password={_configuration[PasswordSetting]};");
                public void OpenPg(string host) =>
                    Store.Open("Host=" + host + ";Username=rec;Password=" + Environment.GetEnvironmentVariable(PasswordVariable) + ";");
                public void OpenRedis(string host)
                {
                    var sb = new StringBuilder(host);
                    sb.Append(",password=").Append(File.ReadAllText("/flash/redis.secret").Trim());
                    Store.Open(sb.ToString());
                }
                public void OpenMongo(string user, string password) => Store.Open($"mongodb://{user}:{password}@mongo.plant.local:27017/rec");
                public void OpenBroker() => Store.Open("amqp://rabbit.plant.local:5672/"); // expect: none
                public void OpenEmpty() => Store.Open("Server=localhost;Database=scratch;User Id=sa;Password=;"); // expect: none
            }
            """);

    // ---------- 3. Basic authentication built in code, raw Authorization headers ----------

    // IOT1001: "Basic authentication built in code, `Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password"))` given to
    // `AuthenticationHeaderValue("Basic", ...)` or set as an `Authorization` header, is judged as the header it produces";
    // sinks include "`Headers.Add` / `TryAddWithoutValidation` ... when the header is `Authorization`, `X-API-Key` ...".
    // IOT1002: "Basic authentication of a default pair built in code (`Convert.ToBase64String(Encoding.ASCII.GetBytes(
    // "admin:admin"))`) is a default too." A challenge (`"Basic realm=..."`) and the bare scheme are not.
    [Fact]
    public Task RT57_basic_auth_built_in_code_and_raw_headers() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class MeterUplink
            {
                private const string Realm = "Basic realm=\"meter\""; // expect: none
                private const string Scheme = "Basic"; // expect: none
                public HttpClient Build()
                {
                    var http = new HttpClient { BaseAddress = new Uri("https://collector.utility.example/") };
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(Scheme,
                        Convert.ToBase64String(Encoding.ASCII.GetBytes("svc-meter:Pq8#nW2vLk"))); // expect: IOT1001
                    return http;
                }
                public HttpRequestMessage Legacy()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://inverter.local/api/status");
                    request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:admin"))); // expect: IOT1002
                    request.Headers.TryAddWithoutValidation("Authorization", "Basic c3ZjLWdhdGU6Ums0IW1XOXpx"); // expect: IOT1001
                    request.Headers.TryAddWithoutValidation("X-API-Key", "kX93-pq7Z-Lm2w-Vt84"); // expect: IOT1001
                    return request;
                }
                public HttpRequestMessage FromEnvironment(string path)
                {
                    var user = Environment.GetEnvironmentVariable("METER_USER");
                    var password = Environment.GetEnvironmentVariable("METER_PASSWORD");
                    var request = new HttpRequestMessage(HttpMethod.Get, path);
                    request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
                    request.Headers.Add("Accept", "application/json"); // expect: none
                    return request;
                }
                public static bool IsChallenge(string header) => header == Realm;
            }
            """);

    // ---------- 4. configuration built in code ----------

    // IOT1001: "It also reports a secret stored in code under a secret-named key, the way configuration is built in code:
    // dictionary and collection initializers (`["password"] = "..."`, `{ "wifi.psk", "..." }`), indexer assignments
    // (`config["Broker:Secret"] = "..."`), `Add`/`TryAdd`/`Set` calls with a key and a value ... The key is judged on its
    // last segment ...; prose, identifiers, markup and values under 8 characters under a token's or key's name stored under
    // such a key are not secrets, nor is anything under a key that says mock, test or sample data." Keys whose last segment
    // is no secret (ssid, host, label, path) hold no secret.
    [Fact]
    public Task RT57_configuration_built_in_code_under_secret_keys() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class BarnDefaults
            {
                public static Dictionary<string, string> Build()
                {
                    var settings = new Dictionary<string, string>
                    {
                        ["ssid"] = "Barn-IoT", // expect: none
                        ["password"] = "h4yL0ft-Wx9q", // expect: IOT1001
                        ["mqtt.host"] = "broker.barn.local", // expect: none
                        ["ui.password.label"] = "Password:", // expect: none
                    };
                    settings["Broker:Secret"] = "Qz81-vTr-Kp2m"; // expect: IOT1001
                    settings.Add("wifi.psk", "Silo#7-Grain-4"); // expect: IOT1001
                    settings.Add("wifi.psk.path", "/etc/wifi/psk"); // expect: none
                    settings.TryAdd("display.timeout", "30"); // expect: none
                    settings.TryAdd("mock.api_key", "Mq7-Zt2-Lx9-Kp4"); // expect: none
                    return settings;
                }
            }
            """);

    // ---------- 5. certificate, modem and URL sinks ----------

    // IOT1001 sinks: "PKCS#12 passwords of .NET 9's `X509CertificateLoader` (`LoadPkcs12`, `LoadPkcs12FromFile`, ...)";
    // "`X509Certificate2` / `X509Certificate` passwords (`new X509Certificate2(data, password)` ...)"; "SIM PINs ... in an
    // AT command written anywhere, whatever it is sent through: `AT+CPIN="4821"`"; "secrets in request URIs (`HttpClient.
    // GetAsync`, `GetStringAsync` ...): ... a secret-named query value (`?appid=`, `&apikey=`, `&access_token=` ...)".
    // Not findings: values from the environment or a parameter; a modem query (`AT+CPIN?`) carries no PIN.
    [Fact]
    public Task RT57_certificate_modem_and_url_sinks_mixed_with_run_time_values() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO;
            using System.IO.Ports;
            using System.Net.Http;
            using System.Security.Cryptography.X509Certificates;
            using System.Threading.Tasks;
            public sealed class WeatherStation
            {
                private readonly HttpClient _http = new HttpClient();
                private readonly SerialPort _modem = new SerialPort("/dev/ttyS1", 115200);
                public X509Certificate2 ClientCert() =>
                    new X509Certificate2(File.ReadAllBytes("/flash/device.pfx"), "Pfx-Unit-2291"); // expect: IOT1001
                public X509Certificate2 GatewayCert() =>
                    X509CertificateLoader.LoadPkcs12FromFile("/flash/gateway.pfx", "Lo4d-Pk12!x"); // expect: IOT1001
                public X509Certificate2 SiteCert() =>
                    X509CertificateLoader.LoadPkcs12FromFile("/flash/site.pfx", Environment.GetEnvironmentVariable("SITE_PFX_PASSWORD"));
                public X509Certificate2 RootCa() => new X509Certificate2("/flash/root-ca.crt"); // expect: none
                public void UnlockSim()
                {
                    _modem.WriteLine("AT+CPIN?"); // expect: none
                    _modem.WriteLine("AT+CPIN=\"6093\""); // expect: IOT1001
                }
                public Task<string> Weather(string city) =>
                    _http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?q={city}&appid=3f9c2b7e41d84a06b5e1c9d7a2f8e610&units=metric"); // expect: IOT1001
                public Task<string> Upload(double t) =>
                    _http.GetStringAsync("https://api.thingspeak.com/update?api_key=QW8ZK1PX7M3R2T9B&field1=" + t); // expect: IOT1001
                public Task<string> Profile(string accessToken) =>
                    _http.GetStringAsync("https://graph.example.com/me?access_token=" + accessToken);
                public Task<string> Forecast(string city) =>
                    _http.GetStringAsync($"https://api.example.com/forecast?q={city}&units=metric&lang=en"); // expect: none
            }
            """);

    // ---------- 6. key material ----------

    // IOT1003: "A key written in place in a key's slot of a connection string is IOT1003 at that piece, whatever builds the
    // string: a `string.Format` argument (`string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", host, id, "...")`)";
    // "an IoT Hub or DPS key (base64) written in place at a symmetric key's parameter (`new DeviceAuthenticationWith
    // RegistrySymmetricKey(id, "...")` ...)"; "DER private keys and key stores embedded as base64 ... (PKCS#8, PKCS#1 RSA,
    // SEC1 EC, PKCS#12/PFX). A certificate, which is public, does not."; "literal key bytes given to a symmetric cipher or
    // HMAC (`new HMACSHA256(key)` ...) when the key is an array of constants ... Counting bytes (`00 01 02 ... 0f`, a test
    // vector's key) ... are no key." "One literal, one rule: a literal that IOT1003 reports is never reported by IOT1001 too."
    [Fact]
    public Task RT57_key_material_is_iot1003_only() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using Microsoft.Azure.Devices.Client;
            public static class HubKeys
            {
                public const string ClientPkcs8 = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQAKXpaaBDmDUvp6Svv5b6LV4mAF3bwqhOmaX2Bl+hun4bmVrnyLQdClnSOQJCNhjv4n0Jbv"; // expect: IOT1003
                public const string ClientPfx = "MIIKHwIBAzCCCeUGCSqGSIb3DQEHAaCCCdYEggnShIM4PPvm2kdlqzdqcgOjdXIF8GMMnldwhMILtXeMkgVNAP5MWV1epZi0QwR4rCgjDqqvb0e0KQBCtWo/"; // expect: IOT1003
                public const string RootCaDer = "MIIDdzCCAl+gAwIBAgIEICWQsQm4HfjBCkVQNKwn2JM/q93YCpOMLQYbKMO3+HKJ6S3wFHIriI5g2Sqaa4DM2Gk8zWYitxvO+g475CQH4gbB1OFx3eA="; // expect: none
                public static DeviceClient Connect(string host, string id) =>
                    DeviceClient.CreateFromConnectionString(string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", host, id,
                        "HwWT2aS/Q6OaMFqxUXplYY1kL2K8V169ZTRqrpAA9rE=")); // expect: IOT1003
                public static DeviceClient Spare(string host) =>
                    DeviceClient.Create(host, new DeviceAuthenticationWithRegistrySymmetricKey("spare-01", "4nuEbx9vE6jZZgIURbWCCwHuo7vjE6kIsy26cqE0Ai8=")); // expect: IOT1003
                public static byte[] Sign(byte[] frame)
                {
                    using var hmac = new HMACSHA256(new byte[] { 0x08, 0xff, 0xc2, 0x5b, 0xc2, 0xc9, 0xd3, 0x2e, 0xbb, 0xcf, 0x3c, 0x64, 0x05, 0x07, 0x8d, 0xe5 }); // expect: IOT1003
                    return hmac.ComputeHash(frame);
                }
                public static byte[] SelfTest(byte[] block)
                {
                    using var aes = Aes.Create();
                    aes.Key = new byte[] { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e, 0x0f }; // expect: none
                    return aes.EncryptEcb(block, PaddingMode.None);
                }
                public static DeviceClient FromEnvironment() =>
                    DeviceClient.CreateFromConnectionString(Environment.GetEnvironmentVariable("IOTHUB_DEVICE_CONNECTION_STRING"));
            }
            """);

    // ---------- 7. placeholders ----------

    // IOT1006: "a value that repeats its holder's or the parameter's name whatever its shape (`const string WifiPassword =
    // "WifiPassword"`, `HUB_TOKEN = "HUB_TOKEN"`, `ApiKey = "API_KEY"`). A listed default (`"password"`, `"changeme"`) is
    // IOT1002, never a placeholder."; "`"<replace-with-key>"`"; "a connection string or URI that is a template as a whole
    // (`"<your device connection string>"`)"; "A placeholder is never reported as IOT1001." IOT1004: "No finding ... for a
    // value that is its name's own last words (`UnusedToken = "TOKEN"`, a template never filled in)".
    [Fact]
    public Task RT57_placeholders_that_repeat_their_names_are_iot1006_not_iot1001() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class SampleSecrets
            {
                public const string ApiKey = "API_KEY"; // expect: IOT1006
                public const string WifiPassword = "WifiPassword"; // expect: IOT1006
                public const string MqttPassword = "<your-mqtt-password>"; // expect: IOT1006
                public const string BackupMqttPassword = "changeme"; // expect: IOT1002
                public const string UnusedToken = "UNUSED_TOKEN"; // expect: none
                public const string DeviceConnectionString = "<your device connection string>"; // expect: IOT1006
            }
            public static class SampleProgram
            {
                public static Task<string> Poll(HttpClient http) =>
                    http.GetStringAsync($"https://api.example.com/v1/observations?api_key={SampleSecrets.ApiKey}");
                public static void Main()
                {
                    WifiNetworkHelper.ConnectDhcp("sample-ssid", SampleSecrets.WifiPassword);
                    var mqtt = new MqttClient("broker.example.com");
                    mqtt.Connect("sample", "sample-user", SampleSecrets.MqttPassword);
                    mqtt.Connect("sample-2", "sample-user", SampleSecrets.BackupMqttPassword);
                    DeviceClient.CreateFromConnectionString(SampleSecrets.DeviceConnectionString);
                }
            }
            """);

    // ---------- 8. IOT1004 precision ----------

    // Hard negative. IOT1004: "Values that are not secrets are not reported: prose (`"Token expired, sign in again"`, `"Enter
    // the new passcode twice"` ...), GUIDs and 16-bit BLE UUIDs behind secret-sounding names (a BLE characteristic named
    // `PASSWORD`), configuration keys and paths (`"Mqtt:Broker:Password"`, `"/etc/device/secret"`), a value repeating the
    // symbol's name, and data whose name or value says it is fake, test, dummy, example, sample, mock or stub data";
    // "Not findings: ... format strings"; "A Wi-Fi security mode (`"psk2+ccmp"`, `"WPA2-PSK"`) is not a key"; "a dictionary
    // key equal to its own name (`const string Password = "Password"`)"; "names that end in a non-secret word (`TokenScope`
    // ...)". A BLE provisioning service in the style of the nanoFramework Bluetooth samples.
    [Fact]
    public Task RT57_iot1004_is_quiet_on_prose_uuids_keys_paths_fakes_formats_and_modes() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class ProvisioningService
            {
                public const string PASSWORD_UUID = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                public const string SSID_UUID = "6e400002-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                public const string KeypadPassword = "7B4E"; // expect: IOT1004
                public const string ChangePasscode = "Enter the new passcode twice"; // expect: none
                public const string ExpiredToken = "Token expired, sign in again"; // expect: none
                public const string MqttPassword = "Mqtt:Password"; // expect: none
                public const string WifiPsk = "/etc/wifi/psk"; // expect: none
                public const string FakeApiKey = "Zt93kqLw01Rx"; // expect: none
                public const string SampleSecret = "example-secret-value"; // expect: none
                public const string RotatedPassword = "Password for {0} rotated at {1:u}"; // expect: none
                public const string WifiPsk2 = "WPA2-PSK"; // expect: none
                public const string Password = "Password"; // expect: none
                public const string TokenScope = "device.read device.write"; // expect: none
                public const string TokenEndpoint = "https://login.example.com/oauth2/token"; // expect: none
                public const int MinPasswordLength = 8; // expect: none
                public static void Describe(string user)
                {
                    Console.WriteLine(PASSWORD_UUID + SSID_UUID + KeypadPassword + ChangePasscode + ExpiredToken);
                    Console.WriteLine(MqttPassword + WifiPsk + FakeApiKey + SampleSecret + WifiPsk2 + Password);
                    Console.WriteLine(string.Format(RotatedPassword, user, DateTime.UtcNow));
                    Console.WriteLine(TokenScope + TokenEndpoint + MinPasswordLength);
                }
            }
            """);

    // IOT1004: "A string field, property or local whose name says it holds a secret, given a value written in the code ...
    // where that value reaches **no** API IoTSecure knows ... This covers a team's own SDKs and home-grown protocols."
    // "Names that describe something else are not secrets: `PasswordHash`, `PasswordSalt`, `PasswordPrompt`,
    // `PasswordLabel`, `ApiKeyHeaderName`, `TokenUrl`, `PasswordMinLength` ...". A team's own OTA and LoRa glue.
    [Fact]
    public Task RT57_secret_named_symbols_reaching_team_code_are_iot1004_beside_descriptive_names() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class OtaGlue
            {
                private const string OtaSigningSecret = "fw-0TA-s1gn!x7Q"; // expect: IOT1004
                private static readonly string RelayApiToken = "rly_7Kq2Zp9Lx4Vt"; // expect: IOT1004
                private const string ApiKeyHeaderName = "X-Relay-Key"; // expect: none
                private const string TokenUrl = "https://relay.example.com/token"; // expect: none
                private const string PasswordLabel = "Wi-Fi password"; // expect: none
                private const string PasswordHash = "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"; // expect: none
                private const int PasswordMinLength = 10; // expect: none
                public static bool Verify(byte[] image, byte[] signature) => OtaVerifier.Check(image, signature, OtaSigningSecret);
                public static string Relay() => RelayClient.Describe(TokenUrl, ApiKeyHeaderName, RelayApiToken);
                public static string Labels() => PasswordLabel + PasswordHash + PasswordMinLength;
            }
            public static class OtaVerifier { public static bool Check(byte[] image, byte[] signature, string secret) => image.Length > 0 && signature.Length > 0 && secret.Length > 0; }
            public static class RelayClient { public static string Describe(string url, string header, string token) => url + header + token.Length; }
            """);

    // ---------- 9. IOT1005 derivations ----------

    // IOT1005: "It looks where a password is built: ... a WPS PIN or passkey (`var wpsPin = serialNumber.Substring(
    // serialNumber.Length - 8)` ...)"; "a MAC address (`NetworkInterface.GetPhysicalAddress()` ...)" with the example
    // `var apPassword = BitConverter.ToString(nic.GetPhysicalAddress().GetAddressBytes()).Replace("-", "")`; "A PIN,
    // passcode or passkey made by `System.Random` is IOT1005 alone; a token, session identifier, nonce or key made by it is
    // IOT3005's"; "Not findings: `RandomNumberGenerator.GetString(...)`, `Convert.ToHexString(hmac.ComputeHash(serial))`
    // with a keyed `HMACSHA256`, values read from provisioning"; "A bare `pin` integer is a GPIO pin."
    [Fact]
    public Task RT57_pins_and_passwords_from_serials_macs_and_random() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public static class ApProvisioning
            {
                private const int StatusLedPin = 13; // expect: none
                public static string WpsPin(string serialNumber)
                {
                    var wpsPin = serialNumber.Substring(serialNumber.Length - 8); // expect: IOT1005
                    return wpsPin;
                }
                public static string ApPassword(NetworkInterface nic)
                {
                    var apPassword = BitConverter.ToString(nic.GetPhysicalAddress().GetAddressBytes()).Replace("-", ""); // expect: IOT1005
                    return apPassword;
                }
                public static string PairingPin()
                {
                    var pairingPin = Random.Shared.Next(0, 1000000).ToString("D6"); // expect: IOT1005
                    return pairingPin;
                }
                public static string SessionToken()
                {
                    var sessionToken = new Random().Next().ToString("X8"); // expect: IOT3005
                    return sessionToken;
                }
                public static string SecurePin()
                {
                    var securePin = RandomNumberGenerator.GetString("0123456789", 6); // expect: none
                    return securePin;
                }
                public static string KeyedPassword(string serialNumber)
                {
                    var factoryKey = Convert.FromBase64String(Environment.GetEnvironmentVariable("FACTORY_KEY"));
                    using var hmac = new HMACSHA256(factoryKey);
                    var devicePassword = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber))); // expect: none
                    return devicePassword;
                }
                public static int Led(int pin) => pin + StatusLedPin; // expect: none
            }
            """);

    // ---------- 10. whole clean device programs ----------

    // Hard negative. IOT1001 "Not findings: empty strings; values from parameters, the environment, `IConfiguration`, a
    // vault or a file; ... labels (`"Password:"`); configuration keys and environment variable names (`"Mqtt:Password"`,
    // `"MQTT_PASSWORD"`)". IOT1004 "Not findings: ... values read from configuration, the environment, files or
    // parameters"; "`PasswordSalt` ... are salts". IOT1005 "Not findings: ... values read from provisioning". A
    // nanoFramework sensor node that reads every secret at run time and hashes the web UI password with a salt.
    [Fact]
    public Task RT57_clean_node_reading_secrets_from_environment_configuration_storage_and_files() =>
        ExpectComments.AssertAsync(new[] { Configuration }, """
            using System;
            using System.IO;
            using System.Net;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Extensions.Configuration;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class SecureStore
            {
                public static string Read(string name) => File.ReadAllText(Path.Combine("/flash/secure", name)).Trim();
            }
            public sealed class SensorNode
            {
                private const string WifiPasswordPath = "/flash/wifi/psk"; // expect: none
                private const string MqttPasswordKey = "Mqtt:Password"; // expect: none
                private const string PasswordSaltFile = "/flash/ui.salt"; // expect: none
                private const string PasswordCaption = "Password:"; // expect: none
                private const int MinPasswordLength = 8; // expect: none
                private const int RelayPin = 5; // expect: none
                private readonly IConfiguration _configuration;
                public SensorNode(IConfiguration configuration) => _configuration = configuration;
                public void Start()
                {
                    var ssid = Environment.GetEnvironmentVariable("WIFI_SSID");
                    var psk = File.ReadAllText(WifiPasswordPath).Trim();
                    WifiNetworkHelper.ConnectDhcp(ssid, psk);
                    var mqtt = new MqttClient(_configuration["Mqtt:Host"]);
                    mqtt.Connect("node-" + RelayPin, _configuration["Mqtt:User"], _configuration[MqttPasswordKey]);
                    var ftp = new NetworkCredential("uploader", SecureStore.Read("ftp"));
                    Console.WriteLine(PasswordCaption + ftp.UserName);
                }
                public byte[] HashUiPassword(string password)
                {
                    if (password.Length < MinPasswordLength) throw new ArgumentException("Password too short", nameof(password));
                    var passwordSalt = File.ReadAllBytes(PasswordSaltFile);
                    return Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), passwordSalt, 100_000, HashAlgorithmName.SHA256, 32);
                }
            }
            """);

    // Mixed. IOT1001 (sinks): "Meadow `IWiFiNetworkAdapter.Connect` (and implementations)"; "The value is followed back to
    // where it is written, across files: ... `const` fields ... a `Secrets` class in another file". The Meadow samples keep
    // credentials in a `Secrets` class; the SSID beside the password is no secret. IOT1004: a secret-named constant of the
    // same class that reaches no sink is IOT1004's.
    [Fact]
    public Task RT57_meadow_secrets_class_in_another_file_reaches_the_wifi_adapter() =>
        ExpectComments.AssertAsync(
            """
            public static class Secrets
            {
                public const string WIFI_NAME = "Orchard-Net"; // expect: none
                public const string WIFI_PASSWORD = "pl0ugh-Share-71"; // expect: IOT1001
                public const string CLOUD_API_TOKEN = "c7Vq-93Lk-Tz2p-XW81"; // expect: IOT1004
                public const string WIFI_PASSWORD_HINT = "Printed on the router label"; // expect: none
            }
            """,
            """
            using System;
            using System.Threading.Tasks;
            using Meadow.Hardware;
            public sealed class MeadowApp
            {
                public async Task Initialize(IWiFiNetworkAdapter wifi)
                {
                    await wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(45));
                    Console.WriteLine(Secrets.WIFI_PASSWORD_HINT + Secrets.CLOUD_API_TOKEN.Length);
                }
            }
            """);

    // Mixed. IOT1001: "So is a written fallback beside a run-time value (... `env ?? "..."`)"; IOT1003: "IoT Hub, Service Bus
    // and Storage keys (`SharedAccessKey=...`)" in any literal, "never IOT1001 too"; IOT1006: "a connection string or URI
    // that is a template as a whole (`"<your device connection string>"`)"; IOT1001 "Not findings: values from ... the
    // environment". An Azure IoT sample's Program.cs with its three ways of getting a connection string.
    [Fact]
    public Task RT57_azure_sample_connection_string_fallbacks() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            using Microsoft.Azure.Devices.Shared;
            public static class TelemetrySample
            {
                public static DeviceClient Open(string[] args)
                {
                    var fromEnvironment = Environment.GetEnvironmentVariable("IOTHUB_DEVICE_CONNECTION_STRING");
                    var connectionString = args.Length > 0 ? args[0] : fromEnvironment
                        ?? "HostName=orchard.azure-devices.net;DeviceId=pump-3;SharedAccessKey=HwWT2aS/Q6OaMFqxUXplYY1kL2K8V169ZTRqrpAA9rE="; // expect: IOT1003
                    return DeviceClient.CreateFromConnectionString(connectionString, TransportType.Mqtt);
                }
                public static DeviceClient Template() =>
                    DeviceClient.CreateFromConnectionString("<your device connection string>"); // expect: IOT1006
                public static SecurityProviderSymmetricKey Dps(string registrationId) =>
                    new SecurityProviderSymmetricKey(registrationId,
                        Environment.GetEnvironmentVariable("DPS_PRIMARY_KEY"),
                        Environment.GetEnvironmentVariable("DPS_SECONDARY_KEY"));
                public static DeviceClient Fallback() =>
                    DeviceClient.CreateFromConnectionString(Environment.GetEnvironmentVariable("HUB_CS")
                        ?? "HostName=orchard.azure-devices.net;DeviceId=pump-4;Password=Irr1gate-Pump-4!"); // expect: IOT1001
            }
            """);

    // Mixed. IOT1001: "Credentials in AT commands include Espressif ESP-AT (`AT+CWJAP`, `AT+CWSAP`, `AT+MQTTUSERCFG`)";
    // "(an APN password that repeats the user name, the operator's published login, stays no finding)". IOT1006: "a
    // placeholder in a modem command, which is sent as written (`AT+CWJAP="ssid","xxxxxxxx"`)". IOT1002: "wherever IOT1001
    // looks" (a SIM PIN of `1234`). An ESP32 AT-firmware driver on a .NET IoT board.
    [Fact]
    public Task RT57_esp_at_and_cellular_commands_mixed_with_queries_and_published_apn_logins() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System.IO.Ports;
            public sealed class EspAtDriver
            {
                private readonly SerialPort _port = new SerialPort("/dev/ttyUSB0", 115200);
                public void JoinWifi()
                {
                    _port.WriteLine("AT+CWMODE=1"); // expect: none
                    _port.WriteLine("AT+CWJAP=\"Loft-2G\",\"tw1ne-Rafter-9\""); // expect: IOT1001
                    _port.WriteLine("AT+CWJAP=\"Loft-5G\",\"xxxxxxxx\""); // expect: IOT1006
                    _port.WriteLine("AT+CWJAP?"); // expect: none
                }
                public void Cellular()
                {
                    _port.WriteLine("AT+CPIN=\"1234\""); // expect: IOT1002
                    _port.WriteLine("AT+CGAUTH=1,1,\"web\",\"web\""); // expect: none
                    _port.WriteLine("AT+CGDCONT=1,\"IP\",\"internet\""); // expect: none
                    _port.WriteLine("AT+CSQ"); // expect: none
                }
            }
            """);

    // Mixed. IOT1001 sinks: "MQTTnet `WithConnectionUri`"; "MQTTnet `MqttClientOptionsBuilder.WithCredentials`"; "A property
    // of the team's own options type read at a sink (`WithCredentials(_options.User, _options.Password)`) takes every value
    // the code writes into it elsewhere (`new MqttOptions { Password = "..." }` in a factory ...)". Not findings: values
    // from the environment; a URI without user information.
    [Fact]
    public Task RT57_mqttnet_options_uri_user_info_and_a_bench_factory() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public sealed class BrokerOptions
            {
                public string Host { get; set; } = "broker.mill.local";
                public string User { get; set; } = "";
                public string Password { get; set; } = "";
            }
            public static class BrokerOptionsFactory
            {
                public static BrokerOptions Bench() => new BrokerOptions { User = "bench", Password = "B3nch-Mill-42" }; // expect: IOT1001
                public static BrokerOptions Production() => new BrokerOptions
                {
                    Host = Environment.GetEnvironmentVariable("MQTT_HOST"),
                    User = Environment.GetEnvironmentVariable("MQTT_USER"),
                    Password = Environment.GetEnvironmentVariable("MQTT_PASSWORD"),
                };
            }
            public sealed class MillTelemetry
            {
                private readonly BrokerOptions _options;
                public MillTelemetry(BrokerOptions options) => _options = options;
                public MqttClientOptions Build() => new MqttClientOptionsBuilder()
                    .WithTcpServer(_options.Host, 8883)
                    .WithCredentials(_options.User, _options.Password)
                    .Build();
                public MqttClientOptions ViaUri() => new MqttClientOptionsBuilder()
                    .WithConnectionUri("mqtts://sensor:Bq3-Lm9xTr@broker.mill.local:8883") // expect: IOT1001
                    .Build();
                public MqttClientOptions Anonymous() => new MqttClientOptionsBuilder()
                    .WithConnectionUri("mqtt://broker.mill.local:1883") // expect: none
                    .Build();
            }
            """);
    // Mixed, mostly clean. IOT1001: "a secret-named query value (`?appid=`, `&apikey=`, `&access_token=` ...)" is judged, and
    // "a switch or count such as `show_password=true` or `high_pass=200` is not a password"; "Configuration written as JSON
    // text in code (`"{\"wifi\":{\"password\":\"...\"}}"`) is read as the pack gate reads a shipped file"; IOT1002:
    // "wherever IOT1001 looks" (a listed `12345678` as a JSON psk); "Not findings: ... values from parameters, the
    // environment". An OAuth password grant's `grant_type=password` names the grant, not a password; a Bearer header and a
    // form body from parameters, an MQTT topic and a token endpoint carry no secret.
    [Fact]
    public Task RT57_oauth_grant_words_topics_and_parameter_headers_are_clean_beside_json_config() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            public sealed class DockGateway
            {
                private const string TokenEndpoint = "https://login.example.com/oauth2/token"; // expect: none
                private const string PasswordChangedTopic = "devices/dock-1/events/password-changed"; // expect: none
                private const string PinAlphabet = "0123456789"; // expect: none
                public const string BenchConfig = "{\"wifi\":{\"ssid\":\"Dock\",\"password\":\"D0ck-Side-88q\"}}"; // expect: IOT1001
                public const string SpareConfig = "{\"wifi\":{\"ssid\":\"Dock-2\",\"psk\":\"12345678\"}}"; // expect: IOT1002
                private readonly HttpClient _http = new HttpClient();
                public Task<HttpResponseMessage> SignIn(string user, string password) =>
                    _http.PostAsync(TokenEndpoint, new StringContent(
                        "grant_type=password&client_id=dock-gateway&username=" + Uri.EscapeDataString(user) + "&password=" + Uri.EscapeDataString(password))); // expect: none
                public Task<string> Settings(string accessToken)
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, "https://api.example.com/v1/settings?show_password=false&format=json"); // expect: none
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                    return _http.SendAsync(request).ContinueWith(t => t.Result.StatusCode.ToString());
                }
                public string Topic() => PasswordChangedTopic + PinAlphabet.Length;
            }
            """);
}
