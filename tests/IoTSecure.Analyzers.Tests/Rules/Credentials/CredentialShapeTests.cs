using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Issue #14's shapes, each as device code labelled line by line (<c>// expect:</c>, see <see cref="ExpectComments"/>):
/// every credential finding of every rule must be exactly the labelled ones, at the line where the secret is written.
/// The kinds come from the misses and false alarms measured on the labelled corpus.
/// </summary>
public class CredentialShapeTests
{
    [Fact]
    public Task Basic_authentication_is_reported_at_the_password_never_at_the_user_name() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            static class Cloud
            {
                private const string User = "plughub-eu"; // expect: none
                private const string Password = "Plg-hub#EU-4471"; // expect: IOT1001
                public static void Basic(HttpClient http)
                {
                    var token = Convert.ToBase64String(Encoding.ASCII.GetBytes(User + ":" + Password));
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", token);
                }
                public static void Inline(HttpClient http) =>
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                        Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:" + "Wq7-Lt2x-inline"))); // expect: IOT1001
            }
            """);

    [Fact]
    public Task A_bare_word_in_an_authentication_header_is_a_state_not_a_credential() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            static class Requests
            {
                public static void Send(HttpRequestMessage request, HttpClient http)
                {
                    request.Headers.Add("Authorization", "None"); // expect: none
                    request.Headers.Add("Authorization", "Anonymous"); // expect: none
                    http.DefaultRequestHeaders.Add("X-API-Key", "k7Qz-93Lm-x8Rt"); // expect: IOT1001
                    request.Headers.Add("Authorization", "admin"); // expect: IOT1002
                }
            }
            """);

    [Fact]
    public Task Templates_reaching_a_sink_as_a_whole_or_by_repeating_their_name_are_placeholders() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using Microsoft.Azure.Devices.Client;
            static class Config
            {
                public const string DeviceConnectionString = "<your device connection string>"; // expect: IOT1006
                public const string HUB_TOKEN = "HUB_TOKEN"; // expect: IOT1006
                public const string Endpoint = "[enter your IoT Hub connection string here]"; // expect: IOT1006
            }
            static class Starter
            {
                public static DeviceClient Hub() => DeviceClient.CreateFromConnectionString(Config.DeviceConnectionString);
                public static DeviceClient Other() => DeviceClient.CreateFromConnectionString(Config.Endpoint, TransportType.Mqtt);
                public static void Rest(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", "Bearer " + Config.HUB_TOKEN);
                public static DeviceClient Hostless() => DeviceClient.CreateFromConnectionString("HostName=hub.azure-devices.net;DeviceId=dev-1"); // expect: none
            }
            """);

    private const string Libraries = """
        namespace StackExchange.Redis { public sealed class ConfigurationOptions { public string? Password { get; set; } public string? User { get; set; } public int ConnectTimeout { get; set; } } }
        namespace RabbitMQ.Client { public class ConnectionFactory { public string UserName { get; set; } = "guest"; public string Password { get; set; } = "guest"; public string HostName { get; set; } = ""; } }
        namespace Amazon.Runtime { public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } } }
        namespace Contoso.Cloud { public class DeviceCredentials { public DeviceCredentials(string deviceId, string token, string region = "eu") { } } public class Telemetry { public Telemetry(string apiKey) { } public Telemetry(string endpoint, string clientToken, string keyName) { } } }
        """;

    // A library names its credential members after what they take: a secret-named string property of a library type, a
    // secret-named parameter of a library ...Credential(s) constructor, or a credential-named parameter (apiKey, password,
    // clientSecret) of any library constructor, written or target-typed, is a sink beyond the catalogue (IOT1001, not the
    // weaker IOT1004); a bare token or a key's name is not. The team's own types stay sinks only when declared in the sink file.
    [Fact]
    public Task Library_members_named_as_secrets_are_sinks() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using StackExchange.Redis;
            using RabbitMQ.Client;
            static class Brokers
            {
                private const string AwsSecretAccessKey = "72POLy6SMkKoQ3agRGyTBuhynC5wuvxfsSFBryxk"; // expect: IOT1001
                public static void Connect(string host)
                {
                    var options = new ConfigurationOptions { User = "cache", ConnectTimeout = 5000 }; // expect: none
                    options.Password = "Rd-c4che-9912"; // expect: IOT1001
                    var factory = new ConnectionFactory { HostName = host, UserName = "events", Password = "Rbt-ev3nts-44" }; // expect: IOT1001
                    var defaults = new ConnectionFactory { Password = "guest" }; // expect: IOT1002
                    var aws = new Amazon.Runtime.BasicAWSCredentials("AKIA2JXHY4TWQOE7ZL5Q", AwsSecretAccessKey); // expect: IOT1003
                    var device = new Contoso.Cloud.DeviceCredentials("pump-7", token: "tk_9Qx2Lm7Tz4Rb8Wn1"); // expect: IOT1001
                    var template = new ConnectionFactory { Password = "<your-broker-password>" }; // expect: IOT1006
                    var telemetry = new Contoso.Cloud.Telemetry("a8f5f167f44f4964e6c998dee8271101"); // expect: IOT1001
                    Contoso.Cloud.Telemetry targetTyped = new("b9e6a278f55a5a75f7d0a9eef9382212"); // expect: IOT1001
                    var byToken = new Contoso.Cloud.Telemetry("https://ingest.contoso.example", "ct-8812-aa91-x7", "primary-7Kq2"); // expect: none
                    var own = new OwnSettings { Password = "Own-pw-99xx" }; // expect: IOT1004
                    options.Password = System.Environment.GetEnvironmentVariable("REDIS_PASSWORD"); // expect: none
                }
            }
            class OwnSettings { public string Password { get; set; } = ""; }
            """);

    // Issue #14, class 8: every written choice of a value reaching a sink is a finding at its own literal.
    [Fact]
    public Task Each_written_choice_of_a_value_is_judged() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            static class Sites
            {
                static readonly string Fallback = System.DateTime.Now.Year > 2000 ? "F4llback-site-psk" : ""; // expect: IOT1001
                public static void Join(bool lab, string site)
                {
                    var pw = lab ? "L4b-only-wifi" : "Pr0d-garage-wifi"; // expect: IOT1001 IOT1001
                    WifiNetworkHelper.ConnectDhcp("Garage", pw);
                    string psk = site switch
                    {
                        "north" => "N0rth-site-psk", // expect: IOT1001
                        "south" => "admin", // expect: IOT1002
                        "lab" => "<your-psk>", // expect: IOT1006
                        _ => "", // expect: none
                    };
                    WifiNetworkHelper.ConnectDhcp("Garage-" + site, psk);
                    WifiNetworkHelper.ConnectDhcp("Garage", Fallback);
                    WifiNetworkHelper.ConnectDhcp("Garage", lab ? System.Environment.GetEnvironmentVariable("PSK") : "Inl1ne-ch0ice-psk"); // expect: IOT1001
                    var chars = new string(new[] { 'C', 'h', '4', 'r', '-', 'p', 'w', '-', '7', '7' }); // expect: IOT1001
                    WifiNetworkHelper.ConnectDhcp("Garage", chars);
                    var label = lab ? "Lab network" : "Production network"; // expect: none
                    System.Console.WriteLine(label);
                }
            }
            """);

    // Issue #14, class 2: tables of factory credentials, named as such, in every shape they are written; PIN comparisons.
    [Fact]
    public Task Tables_of_factory_credentials_and_PIN_comparisons_are_default_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            static class Adoption
            {
                private static readonly Dictionary<string, string> DvrDefaults = new()
                {
                    ["hikvision"] = "12345", // expect: IOT1002
                    ["dahua"] = "admin", // expect: IOT1002
                    ["generic"] = "Kx9-Wq7Lt2mZ", // expect: none
                };
                private static readonly string[][] RouterDefaults =
                {
                    new[] { "user", "user" }, // expect: IOT1002 IOT1002
                    new[] { "guest", "guest" }, // expect: IOT1002 IOT1002
                };
                private static readonly List<(string, string)> FactoryLogins = new() { ("installer", "1111"), ("tech", "support") }; // expect: IOT1002 IOT1002
                private static readonly Dictionary<string, string> Routes = new() { ["admin"] = "admin", ["user"] = "user" }; // expect: none
                private static readonly Dictionary<string, string> Colours = new() { ["red"] = "123456", ["blue"] = "0000ff" }; // expect: none
                public static bool Keypad(string keypadPin) => string.Equals(keypadPin, "0000"); // expect: IOT1002
                public static bool Pairing(string pairingCode) => pairingCode == "123456"; // expect: IOT1002
                public static bool Gpio(string pin) => pin == "D5"; // expect: none
                public static bool Header(string pinName) => pinName == "GPIO12"; // expect: none
            }
            """);

    // Issue #14, class 11: PINs, passkeys, pairing codes and Wi-Fi keys derived from public data, in every form they take.
    [Fact]
    public Task Derived_PINs_passkeys_and_keys_are_IOT1005() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using System.Text;
            class Provisioning
            {
                private const uint StaticPasskey = 123456; // expect: IOT1002
                private const int ListenPort = 123456; // expect: none
                private readonly Dictionary<string, string> _settings = new();
                string ReadImei() => Console.ReadLine()!;
                public string CompanionPairingCode()
                {
                    var imei = ReadImei();
                    return imei.Substring(imei.Length - 6); // expect: IOT1005
                }
                public uint Passkey(byte[] mac)
                {
                    uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
                    return passkey;
                }
                public string WifiKey(string mac) => Convert.ToHexString(MD5.HashData(Encoding.ASCII.GetBytes(mac))).Substring(0, 12); // expect: IOT1005
                public string KeyedWifiKey(string mac, byte[] factoryKey) => Convert.ToHexString(HMACSHA256.HashData(factoryKey, Encoding.ASCII.GetBytes(mac)));
                public void Reset(string serial, string mac)
                {
                    _settings["ap.psk"] = "DB" + serial.Substring(serial.Length - 6) + mac.Substring(mac.Length - 2); // expect: IOT1005
                    _settings["ap.ssid"] = "DB" + serial.Substring(serial.Length - 6); // expect: none
                }
                public string Guest(DateTime validFrom)
                {
                    var guestPin = ((validFrom.DayOfYear * 7919 + validFrom.Year) % 1000000).ToString("D6"); // expect: IOT1005
                    return guestPin;
                }
                public string SimPin() => new Random().Next(0, 10000).ToString("D4"); // expect: IOT1005
                public int Gpio(int index)
                {
                    int pinNumber = index + 2; // expect: none
                    var pinCount = index + 1; // expect: none
                    return pinNumber + pinCount;
                }
                public int LedPin(int index) => index + 1; // expect: none
                public string PasswordHint(string serial) => "Ends with " + serial.Substring(serial.Length - 2); // expect: none
            }
            """);

    // Issue #14, classes 5 and 8: configuration written as key/value tuples or JSON text, values that ship as a default or an
    // initial value, and the nanoFramework DPS client.
    [Fact]
    public Task Configuration_text_pairs_and_shipped_initial_values() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            class Provisioning
            {
                private static string _apiKey = "MySecurityKey42"; // expect: IOT1001
                public static (string Key, string Value)[] Pairs() => new[]
                {
                    ("ntp.server", "pool.ntp.org"), // expect: none
                    ("ota.token", "ota_tk_3Lq9Xm2Zp7Rv"), // expect: IOT1001
                    ("ble.passkey", "0000"), // expect: IOT1002
                    ("gpio.pin", "12"), // expect: none
                };
                public static string Json() => "{\"wifi\":{\"ssid\":\"IrrigationSetup\",\"password\":\"Js0n-Wifi-pw-9\"}}"; // expect: IOT1001
                public static string Template() => "{\"wifi\":{\"ssid\":\"{0}\",\"password\":\"{1}\"}}"; // expect: none
                public static string Empty() => "{\"password\":\"\",\"token\":null}"; // expect: none
                public static bool Join(string ssid, string password = "D3fault-param-pw") => WifiNetworkHelper.ConnectDhcp(ssid, password); // expect: IOT1001
                public static bool JoinLab(string ssid, string password = "") => WifiNetworkHelper.ConnectDhcp(ssid, password); // expect: none
                public static void Serve(nanoFramework.WebServer.WebServer server, string[] parameters)
                {
                    server.ApiKey = _apiKey;
                    if (parameters.Length > 1)
                    {
                        _apiKey = parameters[1];
                    }
                }
                public static object Dps() => nanoFramework.Azure.Devices.Client.ProvisioningDeviceClient.Create("global.azure-devices-provisioning.net", "0ne00A1B2C3", "esp32-air", "Lp4Rt8Yu2Io6Pa9Sd3Fg7Hj1Kl5Zx0Cv8Bn2Mq4We7="); // expect: IOT1003
            }
            """);

    // Real samples pass a secret through a private helper to the sink; template values come as "xxxx" or an elided token.
    [Fact]
    public Task Values_passed_through_a_private_helper_and_elided_templates() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Security.Cryptography;
            static class Uploader
            {
                static readonly string SasKey = "[enter sas key]"; // expect: IOT1006
                const string SasToken = "SharedAccessSignature ...."; // expect: IOT1006
                public static void Run(string url)
                {
                    string sas = "<Enter SAS Token Here See Read Me for example>"; // expect: IOT1006
                    Post(url, sas);
                    Post(url, "Bearer gh_tk_Qz8Lm3Xp7Rv2Tn5Wb9x"); // expect: IOT1001
                    Post(url, SasToken);
                    Sign(SasKey, "resource");
                    Sign(Environment.GetEnvironmentVariable("SAS_KEY")!, "resource"); // expect: none
                    nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp("starter", "xxxxxxxx"); // expect: IOT1006
                }
                private static void Post(string url, string sasToken)
                {
                    var request = (HttpWebRequest)WebRequest.Create(url);
                    request.Headers.Add("Authorization", sasToken);
                }
                private static byte[] Sign(string sharedAccessKey, string resource)
                {
                    using var hmac = new HMACSHA256(Convert.FromBase64String(sharedAccessKey));
                    return hmac.ComputeHash(System.Text.Encoding.UTF8.GetBytes(resource));
                }
                public static void Announce(string text) => Console.WriteLine(text);
                public static void Loading() => Announce("Loading..."); // expect: none
            }
            """);

    // Issue #14, class 10: IOT1004 stays silent on connection strings without a secret pair and on a name's own last words.
    [Fact]
    public Task Secret_named_symbols_holding_no_secret() =>
        ExpectComments.AssertAsync("""
            static class Settings
            {
                public const string ReadOnlyNoPassword = "Server=10.0.0.20;Database=Reports;Trusted_Connection=True"; // expect: none
                public const string TokenEndpoint = "https://login.example.com/oauth2/token"; // expect: none
                public const string UnusedToken = "TOKEN"; // expect: none
                public const string SerialPassword = "PASSWORD"; // expect: IOT1002 (a listed default beats a name repeat)
                public const string PanelSecret = "Pn1-s3cr3t-Kx72vQ"; // expect: IOT1004
                public const string Token = "TOKEN-7f3a9c21"; // expect: IOT1004
            }
            """);

    // Comparisons written as patterns and switches are comparisons too; a deconstructed tuple holds its elements.
    [Fact]
    public Task Patterns_switches_and_deconstruction() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            class Gate
            {
                public bool Check(MQTTnet.Server.ValidatingConnectionEventArgs e) => e.Password is "admin"; // expect: IOT1002
                public bool Keypad(string enteredPin) => enteredPin switch { "1234" => true, _ => false }; // expect: IOT1002
                public int Door(string passcode)
                {
                    switch (passcode)
                    {
                        case "0000": return 1; // expect: IOT1002
                        case "7391-Kx": return 2; // expect: IOT1001
                        default: return 0;
                    }
                }
                public bool Status(string tokenState) => tokenState is "expired" or "revoked"; // expect: none
                public bool Join()
                {
                    var (ssid, password) = ("Workshop", "Kx9!mQ2#vL7p"); // expect: IOT1001
                    return WifiNetworkHelper.ConnectDhcp(ssid, password);
                }
            }
            """);

    // A key given to a key parameter is reported where it is written too (the additional location), in every form.
    [Fact]
    public Task Keys_at_key_parameters_point_at_where_they_are_written() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            class Meter
            {
                private static readonly byte[] UnicastKey = Convert.FromHexString("bd1dcdc0614ddaacb53d5d1abeda90e3"); // expect: IOT1003
                private static readonly byte[] AppKey = { 0x2B, 0x7E, 0x15, 0x16, 0x28, 0xAE, 0xD2, 0xA6, 0xAB, 0xF7, 0x15, 0x88, 0x09, 0xCF, 0x4F, 0x3C }; // expect: IOT1003
                private static readonly byte[] ProvisionedKey = LoadKey(); // expect: none
                static byte[] LoadKey() => new byte[16];
                void Run()
                {
                    using var gcm = new AesGcm(UnicastKey, 12);
                    using var aes = Aes.Create();
                    aes.Key = AppKey;
                    aes.Key = ProvisionedKey;
                }
            }
            """);

    // "pass" names a password as a name's last word; a library ...Identity constructor takes credentials by name.
    [Fact]
    public Task Pass_as_a_name_and_identity_constructors() =>
        ExpectComments.AssertAsync(new[] { "namespace Opc.Ua { public class UserIdentity { public UserIdentity(string username, string password) { } } }" }, """
            static class Inverter
            {
                public static object Login() => System.Text.Json.JsonSerializer.Serialize(new { right = "istl", pass = "Inst4ll-Grid#9" }); // expect: IOT1001
                public static object Operator() => new Opc.Ua.UserIdentity("operator", "Sup3rV1s0r#2"); // expect: IOT1001
                public const string PassThroughMode = "auto-forward-7"; // expect: none
                public const string Bypass = "relay-2"; // expect: none
            }
            """);
}
