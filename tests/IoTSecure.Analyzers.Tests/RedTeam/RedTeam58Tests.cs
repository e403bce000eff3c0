using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 58: unseen, realistic device code against issue #14's credential rules (IOT1001-IOT1006, IOT3005 beside
/// IOT1005): credentials flowing through a wrapper's constructor, positional records, named tuples, a broker's user
/// table, switch expressions per environment, connection strings built by <c>string.Format</c>/<c>string.Join</c>/
/// interpolation, Basic authentication from constants, query-string API keys, PFX and PEM keys, IoT Hub keys in place and
/// in constants, placeholders that repeat their names, listed defaults in every shape, derived PINs and random tokens, and
/// half-typed code. Each positive file carries hard negatives beside it.
/// Expectations come from docs/rules and docs/accuracy.md, not from what the analyzers do.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam58Tests
{
    // ---------- 1. credentials through constructors, records, tuples and tables ----------

    // IOT1001: "a wrapper class's constructor is followed to the `new TypeName(...)` calls in its own file the same way:
    // `new InfluxClient(url, "...")` => `new InfluxDBClient(url, token)`, and so are a primary constructor's parameter and a
    // constructor parameter kept in a field or property, `_apiKey = apiKey` read later"; "every parameter bound from the
    // same call, and each caller's literal is judged". IOT1002: "wherever IOT1001 looks". "Not findings: ... values from
    // parameters, the environment"; "A redacted copy (`"***"` ...) is no value". A silo gateway's uplink wrapper built for
    // three sites.
    [Fact]
    public Task RT58_uplink_wrapper_constructor_carries_each_sites_broker_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class SiloUplink
            {
                private readonly string _host;
                private readonly string _user;
                private readonly string _password;
                public SiloUplink(string host, string user, string password)
                {
                    _host = host;
                    _user = user;
                    _password = password;
                }
                public byte Open(string clientId)
                {
                    Console.WriteLine($"uplink {_user}:***@{_host} as {clientId}"); // expect: none
                    return new MqttClient(_host).Connect(clientId, _user, _password);
                }
            }
            public static class SiloSites
            {
                public static SiloUplink North() => new SiloUplink("broker.silo-north.local", "silo-gw", "Gr4in-N0rth-Uplink"); // expect: IOT1001
                public static SiloUplink Yard() => new SiloUplink("broker.silo-yard.local", "silo-gw", "admin"); // expect: IOT1002
                public static SiloUplink Field(string host) =>
                    new SiloUplink(host, Environment.GetEnvironmentVariable("SILO_MQTT_USER"), Environment.GetEnvironmentVariable("SILO_MQTT_PASSWORD"));
            }
            """);

    // IOT1001: "A property of the team's own options type read at a sink (`WithCredentials(_options.User,
    // _options.Password)`) takes every value the code writes into it elsewhere (... the arguments a positional record is
    // built with ...)"; "A record made target-typed where a method returns it (`WalkOptions Walk(string host) => new(host,
    // Site)`) is read as one made by name." IOT1002: "wherever IOT1001 looks". A user name beside the password is no
    // finding ("only password parameters are judged"). MQTTnet profiles for a pilot line, a factory line and production.
    [Fact]
    public Task RT58_positional_record_broker_profiles_reach_with_credentials() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public sealed record LineBrokerProfile(string Host, string User, string Password);
            public static class LineProfiles
            {
                public static LineBrokerProfile Pilot() => new("pilot.mqtt.bottling.local", "pilot-line", "P1lot-B0ttle-Qx7"); // expect: IOT1001
                public static LineBrokerProfile Factory() => new LineBrokerProfile("fab.mqtt.bottling.local", "fab", "12345678"); // expect: IOT1002
                public static LineBrokerProfile Production() => new(
                    Environment.GetEnvironmentVariable("LINE_MQTT_HOST") ?? "mqtt.bottling.local", // expect: none
                    Environment.GetEnvironmentVariable("LINE_MQTT_USER"),
                    Environment.GetEnvironmentVariable("LINE_MQTT_PASSWORD"));
            }
            public sealed class FillerTelemetry
            {
                public MqttClientOptions Options(LineBrokerProfile profile) => new MqttClientOptionsBuilder()
                    .WithTcpServer(profile.Host, 8883)
                    .WithClientId("filler-3")
                    .WithCredentials(profile.User, profile.Password)
                    .Build();
            }
            """);

    // IOT1001: "tables of logins deconstructed by a loop (`foreach (var (user, password) in Logins)`)"; "through a list of
    // passwords written in the code and tried in a `foreach` (... each element reaches the sink; a listed default among them
    // is IOT1002)"; "tuples whose type names their elements". "Not findings: empty strings". The SSIDs are no secrets. A
    // packhouse sensor roaming over known Wi-Fi networks.
    [Fact]
    public Task RT58_named_tuple_wifi_table_tried_in_a_loop() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class PackhouseWifi
            {
                private static readonly (string Ssid, string Psk)[] KnownNetworks =
                {
                    ("Packhouse-2G", // expect: none
                        "Crate&Pallet-58"), // expect: IOT1001
                    ("Packhouse-Guest", // expect: none
                        "12345678"), // expect: IOT1002
                    ("Packhouse-Open", ""), // expect: none
                };
                public static bool Join()
                {
                    foreach (var (ssid, psk) in KnownNetworks)
                    {
                        if (WifiNetworkHelper.ConnectDhcp(ssid, psk, requiresDateTime: true))
                        {
                            return true;
                        }
                    }
                    return false;
                }
            }
            """);

    // IOT1001 (eleventh session): "a broker's own user table (`users.Add(name, "...")`, `users[name] = "..."`) looked up
    // for the password a client presents (`users.TryGetValue(e.UserName, out var password) && password == e.Password`)";
    // (fifteenth session) "A row of a table not named as logins compared with a received password stays this rule's".
    // IOT1002: "A listed default in a broker's own user table that a client's password is checked against
    // (`users.Add("asha", "1234")`) is reported too." IOT1004 (sixteenth session): "a table of what each login may do
    // (`LoginRoles` ...) hold[s] no credential". An embedded broker on a dosing skid.
    [Fact]
    public Task RT58_embedded_broker_user_table_checked_against_presented_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using MQTTnet.Server;
            public sealed class DosingSkidBroker
            {
                private readonly Dictionary<string, string> _clients = new Dictionary<string, string>();
                private static readonly Dictionary<string, string> LoginRoles = new Dictionary<string, string>
                {
                    ["dosing-panel"] = "operator", // expect: none
                    ["hmi-viewer"] = "viewer", // expect: none
                };
                public DosingSkidBroker()
                {
                    _clients.Add("dosing-panel", "D0se-Panel-2291"); // expect: IOT1001
                    _clients["hmi-viewer"] = "1234"; // expect: IOT1002
                }
                public void Validate(ValidatingConnectionEventArgs e)
                {
                    if (!_clients.TryGetValue(e.UserName, out var password) || password != e.Password)
                    {
                        e.ReasonCode = 134;
                        return;
                    }
                    e.ReasonCode = LoginRoles.ContainsKey(e.UserName) ? 0 : 135;
                }
            }
            """);

    // IOT1001: "Every written choice is judged at its own literal: ... each arm of a switch expression (also one a helper of
    // the type returns as its whole body: `KeyFor(region) => region switch { ... }`)"; IOT1002: "A default password is
    // reported as IOT1002 instead of IOT1001 or IOT1006"; "Not findings: ... values from ... the environment". A display
    // name chosen per environment by the same kind of switch is no credential. A historian's upload credentials.
    [Fact]
    public Task RT58_switch_expressions_choose_a_password_per_environment() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            public sealed class HistorianUpload
            {
                private readonly string _environment;
                public HistorianUpload(string environment) => _environment = environment;
                private static string UploadPasswordFor(string environment) => environment switch
                {
                    "bench" => "Upl0ad-Bench-3q", // expect: IOT1001
                    "staging" => "changeme", // expect: IOT1002
                    _ => Environment.GetEnvironmentVariable("HISTORIAN_UPLOAD_PASSWORD") ?? "",
                };
                public NetworkCredential Ftp() => new NetworkCredential("historian", UploadPasswordFor(_environment));
                public NetworkCredential Share()
                {
                    var password = _environment switch
                    {
                        "bench" => "Sh4re-Bench-81x", // expect: IOT1001
                        "lab" => "<lab-share-password>", // expect: IOT1006
                        _ => Environment.GetEnvironmentVariable("HISTORIAN_SHARE_PASSWORD"),
                    };
                    return new NetworkCredential("historian", password);
                }
                public string Banner() => _environment switch
                {
                    "bench" => "Bench rig - password login enabled", // expect: none
                    "staging" => "Staging", // expect: none
                    _ => "Production",
                };
            }
            """);

    // IOT1001 (eleventh session): "login tables of positional records, KeyValuePairs or dictionaries deconstructed by a loop,
    // read row by row (user and password of the same row, in a Basic login too)"; (fifteenth session) "Keys held in tuples
    // are followed: returned by a helper and deconstructed (`var (id, key) = BenchDevice();`)"; (sixteenth session) "a
    // property read from an object built in place, copied with `with` ... takes that object's value"; "a connection string
    // built with `AppendFormat`". IOT1002: "A listed default pair in a table of logins (`("service", "service")`, `["root"] =
    // "vizxv"` ...) is the user name and the password together: since the eleventh session both are reported". IOT1001 (red
    // team 12): "a mask of random length (`new string('*', rng.Next(8, 13))`)" is no password. A yard camera poller.
    [Fact]
    public Task RT58_login_dictionary_loop_tuple_helper_record_copy_and_append_format() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            using MQTTnet.Client;
            public sealed record YardBroker(string Host, string User, string Password);
            public sealed class YardCameraPoller
            {
                private static readonly Dictionary<string, string> CameraLogins = new Dictionary<string, string>
                {
                    ["viewer"] = "V1ew-Yard-Cam-88", // expect: IOT1001
                    ["root"] = "vizxv", // expect: IOT1002 IOT1002
                };
                private static readonly YardBroker Gate = new YardBroker("gate.yard.local", "gate", "G4te-Yard-Brk-5"); // expect: IOT1001
                private static (string User, string Password) BenchShare() => ("bench", "B3nch-Yard-Share"); // expect: IOT1001
                public async Task Poll(HttpClient http)
                {
                    foreach (var (user, password) in CameraLogins)
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Get, "http://cam.yard.local/snapshot.jpg");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}:{password}")));
                        using var response = await http.SendAsync(request);
                        if (response.IsSuccessStatusCode) return;
                    }
                }
                public NetworkCredential Share()
                {
                    var (user, password) = BenchShare();
                    return new NetworkCredential(user, password);
                }
                public MqttClientOptions Spare()
                {
                    var spare = Gate with { Password = "Sp4re-Yard-Brk-6" }; // expect: IOT1001
                    return new MqttClientOptionsBuilder().WithTcpServer(spare.Host).WithCredentials(spare.User, spare.Password).Build();
                }
                public MqttClientOptions Primary() => new MqttClientOptionsBuilder().WithTcpServer(Gate.Host).WithCredentials(Gate.User, Gate.Password).Build();
                public static string Archive(string host)
                {
                    var sb = new StringBuilder();
                    sb.AppendFormat("Server={0};Database=yard;", host);
                    sb.AppendFormat("User ID={0};Password={1};", "yard_writer", "Yd-Wr1ter-303"); // expect: IOT1001
                    return sb.ToString();
                }
                public static void Trace(string host, string password) =>
                    Console.WriteLine($"Server={host};Database=yard;Password={new string('*', password.Length)}"); // expect: none
            }
            """);

    // ---------- 2. connection strings, Basic and query strings ----------

    // IOT1001: "Connection strings and URIs written anywhere (SQL Server, PostgreSQL, MySQL, Redis, MongoDB, AMQP and MQTT
    // user information ...) are reported at the literal that holds the password, whatever method they are handed to: as a
    // literal, a constant, a concatenation of any length, an interpolation, `string.Format`, `string.Concat`, `string.Join`
    // ...; a password held in a constant, field or local and put into one (`$"...;Password={Secrets.DbPassword}"`) is
    // reported there, at its literal"; "AMQP `Address("amqps://user:pw@host")`". "Not findings: ... connection strings whose
    // key comes from configuration"; a format template's `Password={3}` holds a hole, not a password; "A redacted copy
    // (`"***"`) ... is no value". IOT1004: a secret-named symbol whose value reaches a known place is IOT1001's, not IOT1004's.
    [Fact]
    public Task RT58_connection_strings_from_format_join_and_held_values() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Store { public static void Open(string connectionString) { } }
            public static class TankFarmData
            {
                private static readonly string RedisPassword = "Rd1s-Tank-Cache-771"; // expect: IOT1001
                private const string AmqpSecret = "Amqp-T4nk-Farm-09"; // expect: IOT1001
                private const string SqlTemplate = "Server={0};Database={1};User ID={2};Password={3};Encrypt=True"; // expect: none
                public static void Cache(string host) =>
                    Store.Open(string.Format("{0}:6380,password={1},ssl=True,abortConnect=False", host, RedisPassword));
                public static void Historian() =>
                    Store.Open(string.Join(";", "Server=tcp:hist.tankfarm.local,1433", "Database=hist", "User ID=hist_writer",
                        "Password=Wr1ter#Hist-66")); // expect: IOT1001
                public static void Levels()
                {
                    var mongoPassword = "M0ngo-Lev3l-19"; // expect: IOT1001
                    Store.Open($"mongodb://levels:{mongoPassword}@mongo.tankfarm.local:27017/levels?authSource=admin");
                }
                public static Amqp.Address Alarms() => new Amqp.Address($"amqps://alarms:{AmqpSecret}@rabbit.tankfarm.local:5671");
                public static void Reports(string host) =>
                    Store.Open(string.Format(SqlTemplate, host, "reports", "reporter", Environment.GetEnvironmentVariable("REPORTS_DB_PASSWORD")));
                public static void LogTarget(string host) =>
                    Console.WriteLine($"Server={host};Database=hist;User ID=hist_writer;Password=***"); // expect: none
            }
            """);

    // IOT1001: "Basic authentication built in code, `Convert.ToBase64String(Encoding.UTF8.GetBytes("user:password"))` given
    // to `AuthenticationHeaderValue("Basic", ...)` or set as an `Authorization` header, is judged as the header it produces";
    // "A received value compared with a written HTTP Basic authorization value (`authHeader == "Basic c3ZjOldxNy1MdDJ4"` ...)
    // is a credential check whatever the received side is called". IOT1002: "Basic authentication of a default pair built in
    // code (...) is a default too"; "A listed pair's encoding ... is IOT1002". "A challenge (`"Basic realm=..."`), the bare
    // scheme or base64 of anything but `user:password` is not." A solar inverter's client and its own status page.
    [Fact]
    public Task RT58_basic_auth_from_constants_compared_headers_and_challenges() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class InverterLink
            {
                private const string InverterUser = "installer"; // expect: none
                private const string InverterPassword = "S0lar-Inst-4410"; // expect: IOT1001
                private const string Challenge = "Basic realm=\"inverter-status\""; // expect: none
                private readonly HttpClient _http = new HttpClient();
                public void Authorize()
                {
                    var login = $"{InverterUser}:{InverterPassword}";
                    var encoded = Convert.ToBase64String(Encoding.ASCII.GetBytes(login));
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", encoded);
                    _http.DefaultRequestHeaders.Add("X-Build", Convert.ToBase64String(Encoding.UTF8.GetBytes("fw-1.4.2+r77"))); // expect: none
                }
                public HttpRequestMessage Service()
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, "https://inverter.local/api/service");
                    request.Headers.Add("Authorization", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("service:service"))); // expect: IOT1002
                    return request;
                }
                public static bool StatusPageAllows(string authorization) =>
                    authorization == "Basic bG9nZ2VyOkh4Ny1WYW5lLTMwMg=="; // expect: IOT1001
                public static string Unauthorized() => Challenge;
            }
            """);

    // IOT1001 sinks: "secrets in request URIs (`HttpClient.GetAsync`, `GetStringAsync` ..., `new Uri(...)`): ... a
    // secret-named query value (`?appid=`, `&apikey=`, `&access_token=` ...)"; "A URL's query appended to what a string local
    // holds (`url += "?api_key=...";`) is read as a query"; "An escaped query value (`Uri.EscapeDataString(Keys.Geocode)` ...)
    // is the value it escapes". "A redacted copy (... `token=REDACTED` in a logged URL) ... is no value"; "Not findings: ...
    // values from ... the environment". A weather and air-quality poller on a greenhouse controller.
    [Fact]
    public Task RT58_api_keys_in_query_strings_beside_redacted_and_run_time_keys() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class FeedKeys
            {
                public const string Weather = "9b2f0c7d5e4a41c3a8f6e2d1b0c9a7e3"; // expect: IOT1001
                public static readonly string AirQuality = "aq-5Tz81Kp0Wq2Lm"; // expect: IOT1001
            }
            public sealed class GreenhouseFeeds
            {
                private readonly HttpClient _http = new HttpClient();
                public Task<string> Weather(double lat, double lon) =>
                    _http.GetStringAsync($"https://api.openweathermap.org/data/3.0/onecall?lat={lat}&lon={lon}&appid={Uri.EscapeDataString(FeedKeys.Weather)}");
                public Task<string> AirQuality(string station)
                {
                    var url = $"https://air.example.org/v2/stations/{station}/latest";
                    url += "?apikey=" + FeedKeys.AirQuality;
                    return _http.GetStringAsync(url);
                }
                public Task<HttpResponseMessage> Push(string reading) =>
                    _http.PostAsync(new Uri("https://ingest.example.net/v1/push?access_token=Ing3st-Tok-2Wq8Zr&stream=greenhouse"), new StringContent(reading)); // expect: IOT1001
                public Task<string> Pollen() =>
                    _http.GetStringAsync("https://pollen.example.com/v1/forecast?region=north&units=metric&lang=en"); // expect: none
                public Task<string> Soil() =>
                    _http.GetStringAsync("https://soil.example.com/v1/moisture?apikey=" + Environment.GetEnvironmentVariable("SOIL_API_KEY"));
                public static void Trace(string station) =>
                    Console.WriteLine($"GET https://air.example.org/v2/stations/{station}/latest?apikey=REDACTED"); // expect: none
            }
            """);

    // ---------- 3. key material and the most specific rule ----------

    // IOT1003: "DER private keys and key stores embedded as base64 ... (PKCS#8, PKCS#1 RSA, SEC1 EC, PKCS#12/PFX). A
    // certificate, which is public, does not."; "A PEM key written one literal per line and concatenated (...) is one finding
    // over the whole block, from its header to its footer; a certificate written the same way is public." IOT1001 sinks:
    // "`X509Certificate2` / `X509Certificate` passwords (`new X509Certificate2(data, password)`, `CreateFromEncryptedPemFile`)".
    // "One literal, one rule". A gateway's TLS identity, bundled three ways.
    [Fact]
    public Task RT58_pfx_base64_pem_private_key_and_their_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography.X509Certificates;
            public static class GatewayIdentity
            {
                private const string DevicePfxBase64 = "MIIKHwIBAzCCCeUGCSqGSIb3DQEHASxgktWMu/sYIkYQkgn8LQ0+KUOtpOEpO7lVNF+SF+b2e9d1gPVwqKx4r7KI8kMek24S1ditjRu8GSvnjPdht4P4pHKdQomSbXmXms9zcuBA"; // expect: IOT1003
                private const string DevicePfxPassword = "Pfx-Gate-8812!"; // expect: IOT1001
                private const string DeviceKeyPem =
                    "-----BEGIN EC PRIVATE KEY-----\n" +
                    "MHcCAQEEIFcUcRy1k3091kz7H8AMJebRU1t/pIz2t3pJjx6o3R1+oAoGCCqGSM49\n" +
                    "AwEHoUQDQgAEOcBx1ZdwHd9hAWSLXikNsvJp76CNJbmvyVgC8xHnOfvo19oNX9tI\n" +
                    "y32gXuhKRWqd7rB/FAVgO5Q+N9zK26CafQ==\n" +
                    "-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
                private const string DeviceCertPem =
                    "-----BEGIN CERTIFICATE-----\n" +
                    "MIIBbzCCARWgAwIBAgIUEoVeFvNBftKEQ0f5v7Bmt6EJ4QwwCgYIKoZIzj0EAwIw\n" +
                    "DTELMAkGA1UEAwwCZ3cwHhcNMjYxMjA1MDMzOTE4WhcNMjYxMjA2MDMzOTE4WjAN\n" +
                    "MQswCQYDVQQDDAJndzBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABLs7yQ2Bpe/D\n" +
                    "-----END CERTIFICATE-----\n"; // expect: none
                public static X509Certificate2 FromPfx() =>
                    new X509Certificate2(Convert.FromBase64String(DevicePfxBase64), DevicePfxPassword);
                public static X509Certificate2 FromPem() => X509Certificate2.CreateFromPem(DeviceCertPem, DeviceKeyPem);
                public static X509Certificate2 FromFiles() =>
                    X509Certificate2.CreateFromEncryptedPemFile("/flash/tls/gw.crt", "Pem-Unl0ck-5521", "/flash/tls/gw.key"); // expect: IOT1001
                public static X509Certificate2 FromProvisioning() =>
                    new X509Certificate2("/flash/tls/gw.pfx", Environment.GetEnvironmentVariable("GW_PFX_PASSWORD"));
            }
            """);

    // IOT1003: "an IoT Hub or DPS key (base64) written in place at a symmetric key's parameter (... nanoFramework
    // `DeviceClient(host, id, sasKey)`), as the same key is in a connection string's `SharedAccessKey=`; held in a named
    // constant, its shape alone says nothing and it is IOT1001 at the sink"; "A key written in place in a key's slot of a
    // connection string is IOT1003 at that piece, whatever builds the string: a `string.Format` argument"; "A key slot
    // holding a pattern or a mask (`SharedAccessKey=[^;]+`, `SharedAccessKey=***`) holds no key". IOT1001: "A key in a key's
    // slot ... is key material: IOT1003, never IOT1001 too." A cold-store unit's three hub connections.
    [Fact]
    public Task RT58_hub_keys_in_place_are_iot1003_held_in_a_constant_iot1001_masks_none() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            using System.Text.RegularExpressions;
            using NanoHub = nanoFramework.Azure.Devices.Client;
            using Microsoft.Azure.Devices.Client;
            public static class ColdStoreHub
            {
                private const string HubName = "coldstore-hub.azure-devices.net";
                private const string SpareSasKey = "7WIjOcb76EcZkjaM/7KqEpU5Opd/JpC01g/QMGsjhL4="; // expect: IOT1001
                private static readonly Regex KeyPattern = new Regex("SharedAccessKey=([^;]+)"); // expect: none
                public static NanoHub.DeviceClient Primary() =>
                    new NanoHub.DeviceClient(HubName, "coldstore-01", "aW7KA4+Me8j0i/yLp62vEkA7NzekeeON5e8D58UgZrQ="); // expect: IOT1003
                public static NanoHub.DeviceClient Spare() => new NanoHub.DeviceClient(HubName, "coldstore-02", SpareSasKey);
                public static DeviceClient Bridge(string deviceId) =>
                    DeviceClient.CreateFromConnectionString(string.Format(CultureInfo.InvariantCulture,
                        "HostName={0};DeviceId={1};SharedAccessKey={2}", HubName, deviceId,
                        "uwbTV2EQ/zaVyym+X0i3JzqS2MiDJ3vJ7lgqACjsMwc=")); // expect: IOT1003
                public static void Log(string deviceId) =>
                    Console.WriteLine($"HostName={HubName};DeviceId={deviceId};SharedAccessKey=***"); // expect: none
                public static string Redact(string connectionString) => KeyPattern.Replace(connectionString, "SharedAccessKey=***");
            }
            """);

    // IOT1002: "A default password is reported as IOT1002 instead of IOT1001 or IOT1006, never both: known defaults beat
    // placeholders (`"password"`, `"changeme"`, `"12345678"`), whatever else they look like"; the list holds "the logins the
    // servers and brokers a gateway ships with document (postgres/postgres, sa/sa, guest/guest, mosquitto/mosquitto)";
    // "wherever IOT1001 looks (every sink of the credential catalogue, through constants, fields, locals and string
    // building)"; "Not findings: `"admin"` as a user name (only password parameters are judged); `"admin2024!"` (not a listed
    // default; IOT1001 reports it if hard-coded)". Listed defaults in URIs, connection strings, JSON text, an AMQP address and
    // a modem command, beside a non-listed password that contains a listed word.
    [Fact]
    public Task RT58_listed_defaults_in_every_shape_are_iot1002_only() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO.Ports;
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class GridEdgeDefaults
            {
                private readonly SerialPort _modem = new SerialPort("/dev/ttyS2", 115200);
                public const string ApConfig = "{\"ap\":{\"ssid\":\"GridEdge-Setup\",\"psk\":\"00000000\"}}"; // expect: IOT1002
                public static Uri Meter() => new Uri("mqtt://meter:12345678@broker.gridedge.local:1883"); // expect: IOT1002
                public static void Cache() => Store.Open("cache.gridedge.local:6379,password=admin,ssl=False"); // expect: IOT1002
                public static void Readings() => Store.Open("Host=pg.gridedge.local;Username=postgres;Password=postgres;Database=readings"); // expect: IOT1002
                public static void Archive() => Store.Open("Host=pg.gridedge.local;Username=archive;Password=Admin2024!Grid;Database=archive"); // expect: IOT1001
                public static Amqp.Address Events() => new Amqp.Address("rabbit.gridedge.local", 5672,
                    "guest", // expect: none
                    "guest"); // expect: IOT1002
                public void Unlock() => _modem.WriteLine("AT+CPIN=\"0000\""); // expect: IOT1002
            }
            """);

    // IOT1006: "a value that repeats its holder's or the parameter's name whatever its shape (`const string WifiPassword =
    // "WifiPassword"`, `HUB_TOKEN = "HUB_TOKEN"`, `ApiKey = "API_KEY"`). A listed default (`"password"`, `"changeme"`) is
    // IOT1002, never a placeholder."; "Text spelled only of the words a template names (`"wifipassword"`,
    // `"mqtt-password-here"`, `"apikey"`)"; "a URL query value that repeats the name of the constant it is read from"; "a
    // connection string's password written as spaced words (`Password=YOUR DB PASSWORD;`) is read whole"; "A placeholder is
    // never reported as IOT1001." IOT1002's list holds `Password` (capitalised) too, and "Known defaults beat placeholders: a
    // value on the list ... is this rule's finding even when it also ... repeats the parameter's name". A kiln controller
    // sample copied into a product. (IOT1006 is "A template value reaching a credential sink of the catalogue": the
    // spaced-words connection string goes to `DeviceClient.CreateFromConnectionString`, not to the team's own `Store.Open`,
    // where red team 18 settled that a template reaches no sink and is no finding.)
    [Fact]
    public Task RT58_placeholders_repeating_names_are_iot1006_listed_defaults_iot1002() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public static class KilnSample
            {
                private const string BrokerPassword = "BROKER_PASSWORD"; // expect: IOT1006
                private const string WifiPsk = "WIFI_PSK"; // expect: IOT1006
                private const string KilnApiKey = "kiln_api_key"; // expect: IOT1006
                public static void Start(HttpClient http)
                {
                    WifiNetworkHelper.ConnectDhcp("Kiln-AP", WifiPsk);
                    WifiNetworkHelper.ConnectDhcp("Kiln-AP-2", "password"); // expect: IOT1002
                    var mqtt = new MqttClient("broker.kiln.local");
                    mqtt.Connect("kiln-1", "kiln", BrokerPassword);
                    mqtt.Connect("kiln-2", "kiln", "mqttpassword"); // expect: IOT1006
                    var share = new NetworkCredential("kiln", "Password"); // expect: IOT1002
                    DeviceClient.CreateFromConnectionString("HostName=kiln-hub.azure-devices.net;DeviceId=kiln-1;Password=YOUR DEVICE PASSWORD;"); // expect: IOT1006
                    _ = http.GetStringAsync($"https://api.kiln.example/v1/firings?api_key={KilnApiKey}");
                }
            }
            """);

    // ---------- 4. hard negatives: IOT1004 and configuration written in code ----------

    // Hard negative, one positive. IOT1004: "Values that are not secrets are not reported: prose (...), GUIDs and 16-bit BLE
    // UUIDs behind secret-sounding names (...), configuration keys and paths (`"Mqtt:Broker:Password"`,
    // `"/etc/device/secret"`), a value repeating the symbol's name, and data whose name or value says it is fake, test,
    // dummy, example, sample, mock or stub data, as a word"; "Not findings: ... labels (`"Password:"`), masks (`"********"`),
    // configuration keys and environment variable names (`"Mqtt:Password"`, `"MQTT_PASSWORD"`) ... format strings"; "names
    // that end in a non-secret word (`TokenScope`, `TokenAuthority`, `PasswordRotationDays` ...)"; "PIN, passcode and
    // access-code names (`MaintenancePin` ...)" hold a secret. An HMI's string table.
    [Fact]
    public Task RT58_hmi_string_table_is_quiet_except_for_a_real_passcode() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class HmiText
            {
                public const string PasswordExpiredMessage = "Your password has expired. Ask the shift lead to reset it."; // expect: none
                public const string WifiPasswordCaption = "Wi-Fi password:"; // expect: none
                public const string BrokerPasswordSetting = "Gateway:Mqtt:BrokerPassword"; // expect: none
                public const string ApiTokenVariable = "GATEWAY_API_TOKEN"; // expect: none
                public const string DeviceSecretPath = "/data/secure/device.secret"; // expect: none
                public const string ProvisioningSecretId = "8d1f4c2a-6b3e-4f70-9a15-2c7e0b9d4f31"; // expect: none
                public const string MockCloudToken = "Zk81Pq4xLm0vTr7w"; // expect: none
                public const string PasswordMask = "********"; // expect: none
                public const string TokenRefreshedFormat = "Token for {0} refreshed at {1:HH:mm}"; // expect: none
                public const string TokenAuthority = "https://login.example.com/tenant-7"; // expect: none
                public const int PasswordRotationDays = 90; // expect: none
                public const string ShiftLeadPasscode = "481926"; // expect: IOT1004
                public static string Render(string user) =>
                    string.Join("|", PasswordExpiredMessage, WifiPasswordCaption, BrokerPasswordSetting, ApiTokenVariable, DeviceSecretPath,
                        ProvisioningSecretId, MockCloudToken, PasswordMask, string.Format(TokenRefreshedFormat, user, DateTime.Now),
                        TokenAuthority, PasswordRotationDays, ShiftLeadPasscode.Length);
            }
            """);

    // IOT1001: "It also reports a secret stored in code under a secret-named key, the way configuration is built in code:
    // ... key/value tuples (`("ota.token", "...")`, in a table typed `(string Key, string Value)[]` too) ... and
    // anonymous-object members (`new { Ssid = "Lab", Password = "..." }`, serialised as configuration) ... The key is judged
    // on its last segment"; (eleventh session) "four digits under a PIN's configuration key (`["lte.sim.pin"] = "7351"`)";
    // IOT1004 (tenth session): "a configuration key whose last segment is a bare PIN is read with the segment before it
    // (`pager.sim.pin`: a SIM's PIN; `status.led.pin` is none)"; IOT1001: "a note of whether the secret is there ... is no
    // value". A pump house's first-boot configuration.
    [Fact]
    public Task RT58_first_boot_configuration_tuples_anonymous_objects_and_pin_keys() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Text.Json;
            public static class PumpHouseFirstBoot
            {
                private static readonly (string Key, string Value)[] Seed =
                {
                    ("ota.url", "https://ota.pumphouse.example/v2/manifest"), // expect: none
                    ("ota.token", "0t4-Pump-Qx81-Lv"), // expect: IOT1001
                    ("ota.token.path", "/flash/ota.token"), // expect: none
                    ("ota.channel", "stable"), // expect: none
                };
                public static string WifiJson() => JsonSerializer.Serialize(new
                {
                    Ssid = "PumpHouse", // expect: none
                    Password = "Pump-H0use-22x", // expect: IOT1001
                    Hidden = false,
                });
                public static Dictionary<string, string> Modem()
                {
                    var settings = new Dictionary<string, string>();
                    foreach (var (key, value) in Seed) settings[key] = value;
                    settings["modem.sim.pin"] = "7351"; // expect: IOT1001
                    settings["status.led.pin"] = "13"; // expect: none
                    settings["modem.apn"] = "iot.operator.example"; // expect: none
                    settings["mqtt.password"] = "set"; // expect: none
                    return settings;
                }
            }
            """);

    // IOT1001: "A property of the team's own options type read at a sink ... takes every value the code writes into it
    // elsewhere (`new MqttOptions { Password = "..." }` in a factory, `settings.Password = "..."`, ..., defaults set with
    // `??=` ...)"; "a settings object built in a local whose member the same function assigns once (`var s = new
    // BrokerSettings(); s.Password = "...";`)"; "Initializers of other types with a property of the same name (`new
    // OnvifOptions { Password = ... }`) are told apart from the declarations and do not count." IOT1002: a listed default so
    // written. IOT1004: "A string field, property or local whose name says it holds a secret, given a value written in the
    // code ... where that value reaches no API IoTSecure knows". A tank monitor's link settings and a camera's unrelated ones.
    [Fact]
    public Task RT58_settings_object_filled_by_assignments_in_factories() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class TankLinkSettings
            {
                public string Host { get; set; } = "broker.tanks.local";
                public string ClientId { get; set; } = "";
                public string User { get; set; } = "";
                public string Password { get; set; } = "";
            }
            public sealed class TankCameraSettings
            {
                public string Password { get; set; } = "";
            }
            public static class TankLinkFactory
            {
                public static TankLinkSettings Bench()
                {
                    var settings = new TankLinkSettings();
                    settings.ClientId = "tank-bench";
                    settings.User = "tank-7";
                    settings.Password = "T4nk-Seven-Link!"; // expect: IOT1001
                    return settings;
                }
                public static TankLinkSettings Field()
                {
                    var settings = new TankLinkSettings { ClientId = "tank-field", User = "tank" };
                    settings.Password = File.Exists("/flash/mqtt.pw") ? File.ReadAllText("/flash/mqtt.pw").Trim() : null;
                    settings.Password ??= "changeme"; // expect: IOT1002
                    return settings;
                }
                public static TankCameraSettings Camera() => new TankCameraSettings { Password = "Cam-T4nk-Snap-3" }; // expect: IOT1004
            }
            public sealed class TankMonitor
            {
                private readonly TankLinkSettings _settings;
                public TankMonitor(TankLinkSettings settings) => _settings = settings;
                public byte Connect() => new MqttClient(_settings.Host).Connect(_settings.ClientId, _settings.User, _settings.Password);
            }
            """);

    // ---------- 5. derived passwords and random values ----------

    // IOT1005: "a MAC address (`NetworkInterface.GetPhysicalAddress()`, `PhysicalAddress` ...)"; "a serial number, IMEI or
    // ICCID, ... the host name (`Environment.MachineName` ...)"; "Encodings and unkeyed hashes of such data (...
    // `SHA256.HashData(mac)`) are still derived from public data"; "one named as a PIN, passcode, pairing code or key, WPS
    // PIN or passkey"; "Derivations over several statements are followed: ... a value held in locals (`byte[] digest =
    // SHA256.HashData(...serial...); return digest[0] % ...`)"; "Not findings: ... `Convert.ToHexString(hmac.ComputeHash(
    // serial))` with a keyed `HMACSHA256`, values read from provisioning". A label is no secret. A Wi-Fi extender's setup.
    [Fact]
    public Task RT58_pins_and_passwords_derived_from_mac_serial_imei_and_host_name() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            public static class ExtenderSetup
            {
                public static string PairingPin(PhysicalAddress radio)
                {
                    var pairingPin = radio.ToString().Substring(6, 6); // expect: IOT1005
                    return pairingPin;
                }
                public static string WpsPin(string serialNumber)
                {
                    var digest = SHA256.HashData(Encoding.ASCII.GetBytes(serialNumber));
                    var wpsPin = (BitConverter.ToUInt32(digest, 0) % 100000000).ToString("D8"); // expect: IOT1005
                    return wpsPin;
                }
                public static string InstallerPasscode(string imei)
                {
                    var installerPasscode = string.Format("{0:D6}", Math.Abs(imei.GetHashCode()) % 1000000); // expect: IOT1005
                    return installerPasscode;
                }
                public static string ApPassword()
                {
                    var apPassword = "Ext-" + Environment.MachineName.ToUpperInvariant(); // expect: IOT1005
                    return apPassword;
                }
                public static string SerialLabel(string serialNumber) => "SN " + serialNumber[^8..]; // expect: none
                public static string ProvisionedPin()
                {
                    var provisionedPin = File.ReadAllText("/flash/secure/pin").Trim(); // expect: none
                    return provisionedPin;
                }
                public static string KeyedPassword(string serialNumber)
                {
                    var factoryKey = Convert.FromBase64String(Environment.GetEnvironmentVariable("EXTENDER_FACTORY_KEY")!);
                    var devicePassword = Convert.ToHexString(HMACSHA256.HashData(factoryKey, Encoding.UTF8.GetBytes(serialNumber)))[..16]; // expect: none
                    return devicePassword;
                }
            }
            """);

    // IOT1005: "A PIN, passcode or passkey made by `System.Random` is IOT1005 alone; a token, session identifier, nonce or key
    // made by it is IOT3005's"; "A name that only may be an access code (`rewashCode`, `serviceCode` ...) is one when its text
    // is made from public data"; "any part of a date is the clock". IOT3005: "Random for jitter, back-off, sampling or
    // simulation is not a finding"; IOT1005 (thirteenth session): "a GUID made fresh where it is held (`var requestGuid =
    // Guid.NewGuid()` ...) is random whatever its name says"; "Not findings: `RandomNumberGenerator.GetString(...)`". A
    // parking-barrier controller's codes.
    [Fact]
    public Task RT58_random_tokens_are_iot3005_random_and_clock_codes_iot1005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Threading;
            public static class BarrierCodes
            {
                private static readonly Random Jitter = new Random();
                public static string OtaNonce()
                {
                    var otaNonce = Random.Shared.Next().ToString("x8"); // expect: IOT3005
                    return otaNonce;
                }
                public static string ClaimToken()
                {
                    var claimToken = new Random().Next(0, int.MaxValue).ToString("X8"); // expect: IOT3005
                    return claimToken;
                }
                public static string KeypadPasscode()
                {
                    var keypadPasscode = new Random().Next(0, 10000).ToString("D4"); // expect: IOT1005
                    return keypadPasscode;
                }
                public static string ServiceCode()
                {
                    var serviceCode = DateTime.Now.ToString("HHmm"); // expect: IOT1005
                    return serviceCode;
                }
                public static string VisitorPin()
                {
                    var visitorPin = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6"); // expect: none
                    return visitorPin;
                }
                public static void Backoff(int attempt)
                {
                    var backoffMs = Jitter.Next(200, 800) * attempt; // expect: none
                    Thread.Sleep(backoffMs);
                }
                public static string RequestId()
                {
                    var requestToken = Guid.NewGuid().ToString("N"); // expect: none
                    return requestToken;
                }
            }
            """);

    // ---------- 6. robustness ----------

    /// <summary>
    /// Compiles <paramref name="source"/> (which must have compile errors), runs every analyzer (an analyzer exception, AD0001
    /// for a user, fails the run) and asserts that each labelled finding is among the results: half-typed code is only asked
    /// for the findings of its intact parts, not for the absence of others.
    /// </summary>
    private static async Task AssertFindingsInBrokenCodeAsync(string source, string[]? libraries = null)
    {
        var compilation = AnalyzerRunner.CompileAgainstLibraries(new[] { source }, libraries);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        var diagnostics = await AnalyzerRunner.RunAsync(compilation);
        var actual = diagnostics
            .Where(d => ExpectComments.Rules.Contains(d.Id))
            .Select(d => $"{ExpectComments.LabelLine(ExpectComments.Written(d))} {d.Id}")
            .ToList();
        var missing = ExpectComments.Parse(source)
            .Where(l => l.Id is not null)
            .Select(l => $"{l.Line} {l.Id}")
            .Where(e => !actual.Contains(e))
            .ToList();
        Assert.True(missing.Count == 0, $"missing: {string.Join(", ", missing)}; actual: {string.Join(", ", actual)}");
    }

    // DESIGN / accuracy.md: "no crash on 38 half-typed sources", "An analyzer never throws (no AD0001) on any input,
    // including half-typed code in the editor". IOT1001/IOT1002 findings of the intact members stay (a test can assert
    // expected diagnostics only). A dairy gateway being edited: missing semicolons, an unresolved type, an unfinished
    // switch expression, an unclosed interpolation and a call with a missing argument, beside intact sinks.
    [Fact]
    public Task RT58_half_typed_gateway_keeps_the_findings_of_its_intact_members() =>
        AssertFindingsInBrokenCodeAsync("""
            using System;
            using System.Net;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;
            public sealed class DairyGateway
            {
                private readonly ParlourSensorHub _hub = new ParlourSensorHub(
                private string _mqttPassword
                public bool JoinWifi() => WifiNetworkHelper.ConnectDhcp("Dairy-Parlour", "M1lk-Parlour-6q"); // expect: IOT1001
                public NetworkCredential Share() => new NetworkCredential("parlour", "admin"); // expect: IOT1002
                public string PickPassword(string site) => site switch { "bench" => "B3nch-Dairy-7", "lab" => , _ =>
                public void Log() => Console.WriteLine($"mqtt {_mqttPassword.Length
                public byte Connect() => new MqttClient("broker.dairy.local").Connect("parlour-1", "parlour", );
            }
            """);

    // DESIGN: "An analyzer never throws (no AD0001) on any input, including half-typed code in the editor". Every cut of a
    // realistic mixed gateway file (records, tuples, switch arms, user tables, Basic, connection strings, derived PINs) and
    // every copy with five characters taken out at those places.
    [Fact]
    public async Task RT58_no_analyzer_throws_on_cuts_of_a_mixed_gateway_file()
    {
        const string gateway = """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using MQTTnet.Client;
            using MQTTnet.Server;
            using nanoFramework.Networking;
            public sealed record ByreProfile(string Host, string User, string Password);
            public sealed class ByreGateway
            {
                private static readonly (string Ssid, string Psk)[] Networks = { ("Byre", "Hay-L0ft-71"), ("Byre-Guest", "12345678") };
                private readonly Dictionary<string, string> _users = new() { ["milker"] = "M1lk-3r-55" };
                private readonly string _password;
                public ByreGateway(string password) => _password = password;
                public static ByreGateway Bench() => new("B3nch-Byre-1");
                public bool Join() { foreach (var (s, p) in Networks) if (WifiNetworkHelper.ConnectDhcp(s, p)) return true; return false; }
                public MqttClientOptions Options(ByreProfile p) => new MqttClientOptionsBuilder().WithCredentials(p.User, p.Password ?? _password).Build();
                public static ByreProfile Lab(string env) => env switch { "lab" => new("lab", "byre", "L4b-Byre-9"), _ => new("prod", "byre", Environment.GetEnvironmentVariable("BYRE_PW")) };
                public void Check(ValidatingConnectionEventArgs e) { if (!_users.TryGetValue(e.UserName, out var pw) || pw != e.Password) e.ReasonCode = 134; }
                public void Basic(HttpClient http) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"byre:{_password}")));
                public static string Store(string host) => string.Format("Server={0};User ID=byre;Password={1}", host, "Byr3-Db-44");
                public static string Pin(string serialNumber) { var pairingPin = serialNumber[^6..]; return pairingPin; }
            }
            """;
        var count = await AnalyzerRunner.AssertNoAnalyzerThrowsOnCutsAsync(gateway, step: 97, removed: 5);
        Assert.True(count > 20, $"only {count} cuts were run");
    }
}
