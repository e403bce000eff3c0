using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 17: the session's changes since red team 16 (a97a19c, 8939c17, 825ee76, dc4804e). Values naming a credential in
/// words (NamesACredentialInWords, CredentialOwnerWords) and Wi-Fi security modes as labels; spaced query values, WebClient
/// and PatchAsync URL sinks; a conditional's written branch as a fallback inside a larger value; members of objects picked
/// by a condition or a switch (BuiltObjectChoices); Basic credentials with a listed default password; digestPassword;
/// "..."u8.ToArray() key text; hex and date formats for IOT3005/IOT1005 (HexFormats); numbered and hash names; getters that
/// only return a value (GetterValue); spread lists, lists in other types, static setters; crashes on half-typed code and cost.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam17Tests
{
    private readonly ITestOutputHelper _out;

    public RedTeam17Tests(ITestOutputHelper output) => _out = output;

    // ---------- 1. values naming a credential in words ----------

    // "proxyPassword" and "client-cert-password" are placeholders (twelfth corpus); the same words in the other spellings
    // a template uses, run together in one case or with an acronym in capitals, name the same credential.
    [Fact]
    public Task RT17_owner_and_credential_words_run_together_or_with_an_acronym_are_placeholders() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class ProxySetup
            {
                public static void Configure(WebProxy proxy)
                {
                    var a = new NetworkCredential("svc", "proxypassword"); // expect: IOT1006
                    var b = new NetworkCredential("svc", "PROXYPASSWORD"); // expect: IOT1006
                    var c = new NetworkCredential("svc", "FTPPassword"); // expect: IOT1006
                    var d = new NetworkCredential("svc", "SMTPSecret"); // expect: IOT1006
                }
            }
            """);

    // The abbreviations templates write for the password ("db_pass", "smtp_pass", "ftpPwd" is covered): the owner word then
    // the credential's short name.
    [Fact]
    public Task RT17_owner_word_before_an_abbreviated_password_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class MailSetup
            {
                public static void Configure()
                {
                    var a = new NetworkCredential("svc", "smtp_pass"); // expect: IOT1006
                    var b = new NetworkCredential("svc", "ftpPass"); // expect: IOT1006
                    var c = new NetworkCredential("svc", "ftpPwd"); // expect: IOT1006
                }
            }
            """);

    // What the credential is for, in the words device code names its systems by: LDAP, ONVIF, RTSP, MongoDB, JWT, a PLC,
    // a NAS. Each value only names its credential.
    [Fact]
    public Task RT17_owner_words_of_common_device_systems_name_a_credential() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Systems
            {
                public static void Configure()
                {
                    var a = new NetworkCredential("svc", "ldapPassword"); // expect: IOT1006
                    var b = new NetworkCredential("svc", "onvif-password"); // expect: IOT1006
                    var c = new NetworkCredential("svc", "rtsp_password"); // expect: IOT1006
                    var d = new NetworkCredential("svc", "mongoPassword"); // expect: IOT1006
                    var e = new NetworkCredential("svc", "plcPassword"); // expect: IOT1006
                    var f = new NetworkCredential("svc", "nasPassword"); // expect: IOT1006
                }
            }
            """);

    // An API key's name as the value of an API-key header ("cloudApiKey", "weather-api-key"): the name of the key, as
    // "gatewayPassword" is the name of a password.
    [Fact]
    public Task RT17_a_value_naming_an_api_key_in_words_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public static class Cloud
            {
                public static void Configure(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("X-API-Key", "cloudApiKey"); // expect: IOT1006
                    http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "gateway-api-key"); // expect: IOT1006
                }
            }
            """);

    // Hard negatives and pins: words that are not owners before a credential's word keep a working password, digits or
    // symbols make one, and a listed default beats the placeholder shape.
    [Fact]
    public Task RT17_working_word_passwords_stay_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Accounts
            {
                public static void Configure()
                {
                    var a = new NetworkCredential("svc", "TopSecret"); // expect: IOT1001
                    var b = new NetworkCredential("svc", "SuperSecret"); // expect: IOT1001
                    var c = new NetworkCredential("svc", "BlueMoonPassword"); // expect: IOT1001
                    var d = new NetworkCredential("svc", "proxyPassword2"); // expect: IOT1001
                    var e = new NetworkCredential("svc", "Password"); // expect: IOT1002
                    var f = new NetworkCredential("svc", "gatewayPassword"); // expect: IOT1006
                    var g = new NetworkCredential("svc", "Admin.Password!"); // expect: IOT1001
                }
            }
            """);

    // A Wi-Fi security mode is a label under a key; a Wi-Fi password that only happens to start with a scheme's name is a
    // password, and a security mode given to the password parameter itself is no password either way.
    [Fact]
    public Task RT17_wifi_security_modes_do_not_swallow_passwords() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using nanoFramework.Networking;
            public static class Uci
            {
                public static Dictionary<string, string> Build() => new()
                {
                    ["wireless.ap.encryption"] = "psk2+ccmp",
                    ["wifi.ap.psk"] = "wpa2-Kettle-Marsh-77", // expect: IOT1001
                    ["wireless.guest.encryption"] = "sae-mixed",
                    ["wifi.guest.psk"] = "psk2 orchard lantern", // expect: IOT1001
                };

                public static void Join() => WifiNetworkHelper.ConnectDhcp("Barn", "Wpa2Barn-Loft-88"); // expect: IOT1001
            }
            """);

    // ---------- 2. URL query values, 'app', WebClient and PatchAsync ----------

    // A query value of template words is a placeholder whether the spaces are written, URL-encoded as '+' or as %20.
    [Fact]
    public Task RT17_spaced_placeholder_query_values_in_any_url_spelling() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Weather
            {
                public static async Task Poll(HttpClient http)
                {
                    await http.GetStringAsync("https://api.weather.example/data/2.5/weather?q=Oslo&appid=YOUR API KEY"); // expect: IOT1006
                    await http.GetStringAsync("https://api.weather.example/data/2.5/weather?q=Oslo&appid=YOUR+API+KEY"); // expect: IOT1006
                    await http.GetStringAsync("https://api.weather.example/data/2.5/weather?q=Oslo&appid=YOUR%20API%20KEY"); // expect: IOT1006
                    await http.GetStringAsync("https://api.weather.example/data/2.5/weather?q=New York&units=metric");
                }
            }
            """);

    // WebClient's request methods take the address first; UploadFileTaskAsync and OpenWriteTaskAsync are two of them.
    [Fact]
    public Task RT17_webclient_upload_file_and_open_write_task_async_are_url_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Threading.Tasks;
            public static class Telemetry
            {
                public static async Task Upload(string path)
                {
                    string endpoint = "https://api.sky.example/v1/upload?";
                    string code = "9c2e7f4a1d8b3e6c0f5a2d9b7e1c4f8a"; // expect: IOT1001
                    using var client = new WebClient();
                    await client.UploadFileTaskAsync(endpoint + $"station=7&appid={code}", path);
                }

                public static async Task Open()
                {
                    string code = "3a8f6e1c9d2b7f4e0a5c8d1b6e9f2a7c"; // expect: IOT1001
                    using var client = new WebClient();
                    using var stream = await client.OpenWriteTaskAsync($"https://api.sky.example/v1/log?appid={code}");
                }
            }
            """);

    // HttpClient's JSON extensions (System.Net.Http.Json, in the shared framework) send to the URI they are given.
    [Fact]
    public Task RT17_httpclient_json_extensions_are_url_sinks() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            public sealed record Forecast(double Temp);
            public static class Weather
            {
                public static async Task<Forecast?> Now(HttpClient http, string city)
                {
                    string code = "7d1e4b9a2c6f3e8d0b5a1c7e9f2d4b6a"; // expect: IOT1001
                    return await http.GetFromJsonAsync<Forecast>($"https://api.weather.example/data/2.5/weather?q={city}&appid={code}");
                }
            }
            """);

    // Pins: PatchAsync and WebClient.UploadString carry a written key to IOT1001; the body argument is no address.
    [Fact]
    public Task RT17_patch_async_and_upload_string_pins() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Station
            {
                public static async Task Report(HttpClient http, string body)
                {
                    string code = "5b2d8e1f7a4c9b3e6d0f2a8c1e7b4d9f"; // expect: IOT1001
                    await http.PatchAsync($"https://api.station.example/v1/state?access_token={code}", new StringContent(body));
                    using var client = new WebClient();
                    client.UploadString("https://api.station.example/v1/log", "apikey=" + body);
                }
            }
            """);

    // 'app' is a template word: "appkey" or "my-app-secret" as a value is a template; an application's name is not.
    [Fact]
    public Task RT17_app_as_a_template_word() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Push
            {
                public static async Task Send(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("X-API-Key", "your-app-key"); // expect: IOT1006
                    http.DefaultRequestHeaders.Add("X-API-Key", "Happy-Apple-Key-93"); // expect: IOT1001
                    await http.GetStringAsync("https://push.example/v1/send?app=garden-monitor&msg=hi");
                }
            }
            """);

    // ---------- 3. a conditional's written branch as a fallback inside a larger value ----------

    // Hard negatives: the written branch says there is no value, is a unit or a public word, or the value is not a secret
    // slot; a debug branch beside the real key is a test value, not the shipped key (the real one comes from a file).
    [Fact]
    public Task RT17_written_branches_that_are_no_secrets() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Net;
            public static class Sky
            {
                public static string Now(string city, string envKey)
                {
                    string key = string.IsNullOrEmpty(envKey) ? "none" : envKey;
                    string units = File.Exists("/etc/sky/units") ? File.ReadAllText("/etc/sky/units") : "metric";
                    string lang = envKey.Length > 0 ? envKey : "en";
                    using var client = new WebClient();
                    return client.DownloadString($"https://api.sky.example/data?q={city}&units={units}&lang={lang}&appid={key}");
                }
            }
            """);

    // The written branch of a switch expression beside run-time arms, inside a larger value: as a conditional's.
    [Fact]
    public Task RT17_switch_expression_fallback_inside_a_url() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Net;
            public static class Sky
            {
                public static string Pollen(string source)
                {
                    string code = source switch
                    {
                        "file" => File.ReadAllText("/etc/sky/key").Trim(),
                        _ => "4e9b2d7a1c8f3e6b0d5a9c2e7f1b4d8a", // expect: IOT1001
                    };
                    using var client = new WebClient();
                    return client.DownloadString($"https://api.sky.example/data/2.5/pollen?appid={code}");
                }
            }
            """);

    // Variants of the fallback: written first with the condition negated, behind a constant, nested two deep.
    [Fact]
    public Task RT17_conditional_fallback_variants_inside_a_url() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            public static class Sky
            {
                private const string FallbackCode = "6c1f8a3e9d2b7f4a0e5c8b1d6a9f3e2c"; // expect: IOT1001
                public static string A(string path)
                {
                    string code = !File.Exists(path) ? "2f7a4c9e1b8d3f6a0c5e2b9d7a1f4c8e" : File.ReadAllText(path); // expect: IOT1001
                    using var client = new WebClient();
                    return client.DownloadString($"https://api.sky.example/a?appid={code}");
                }

                public static string B(string path)
                {
                    string code = File.Exists(path) ? File.ReadAllText(path) : FallbackCode;
                    using var client = new WebClient();
                    return client.DownloadString($"https://api.sky.example/b?appid={code}");
                }

                public static string C(string path)
                {
                    string code = File.Exists(path) ? File.ReadAllText(path) : Environment.GetEnvironmentVariable("SKY") is { } e ? e : "8b3d6f1a9c4e2b7d0f5a8c3e1d6b9f2a"; // expect: IOT1001
                    using var client = new WebClient();
                    return client.DownloadString($"https://api.sky.example/c?appid={code}");
                }
            }
            """);

    // ---------- 4. members of objects picked by a condition or a switch ----------

    // A switch expression picking one of several records, its password read into a Basic header.
    [Fact]
    public Task RT17_record_picked_by_a_switch_expression_into_a_basic_header() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            public sealed record BackendProfile(string Url, string StationId, string SharedPassword);
            public class Station
            {
                private static readonly BackendProfile Eu = new("wss://eu.backend.example/ocpp/", "ST-221", "Kiln4-Ember-Ash1"); // expect: IOT1001
                private static readonly BackendProfile Us = new("wss://us.backend.example/ocpp/", "ST-221", "Kiln4-Ember-Ash2"); // expect: IOT1001
                private static readonly BackendProfile Lab = new("wss://lab.backend.example/ocpp/", "ST-221", "admin"); // expect: IOT1002
                public void Connect(string region)
                {
                    var profile = region switch { "eu" => Eu, "lab" => Lab, _ => Us };
                    var socket = new ClientWebSocket();
                    string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{profile.StationId}:{profile.SharedPassword}"));
                    socket.Options.SetRequestHeader("Authorization", "Basic " + basic);
                }
            }
            """);

    // The objects held in static properties (get-only with an initializer, and expression-bodied ones built on each read),
    // not fields.
    [Fact]
    public Task RT17_objects_picked_from_properties() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            public sealed record BackendProfile(string Url, string StationId, string SharedPassword);
            public class Station
            {
                private static BackendProfile Live { get; } = new("wss://backend.example/ocpp/", "ST-221", "Kiln4-Ember-Ash3"); // expect: IOT1001
                private static BackendProfile Test => new("wss://test.backend.example/ocpp/", "ST-221", "Kiln4-Ember-Ash4"); // expect: IOT1001
                public void Connect(bool test)
                {
                    var profile = test ? Test : Live;
                    var socket = new ClientWebSocket();
                    string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{profile.StationId}:{profile.SharedPassword}"));
                    socket.Options.SetRequestHeader("Authorization", "Basic " + basic);
                }
            }
            """);

    // A class with an object initializer, picked by a condition, its password read in a camera's snapshot URL and at a
    // NetworkCredential.
    [Fact]
    public Task RT17_class_objects_picked_by_a_condition_into_a_url() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class Camera { public string Host { get; init; } = ""; public string User { get; init; } = ""; public string Pwd { get; init; } = ""; }
            public class Snapshots
            {
                private static readonly Camera Gate = new Camera { Host = "10.0.0.7", User = "viewer", Pwd = "Quartz-Hinge-41" }; // expect: IOT1001
                private static readonly Camera Yard = new Camera { Host = "10.0.0.8", User = "viewer", Pwd = "Quartz-Hinge-42" }; // expect: IOT1001
                public async Task Grab(HttpClient http, bool gate)
                {
                    var cam = gate ? Gate : Yard;
                    await http.GetByteArrayAsync($"http://{cam.Host}/cgi-bin/snapshot.cgi?usr={cam.User}&pwd={cam.Pwd}");
                }
            }
            """);

    // The same objects at a credential's constructor (a literal reaching two sinks gets one finding at each: a known gap).
    [Fact]
    public Task RT17_class_objects_picked_by_a_condition_into_a_credential() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public sealed class Camera { public string Host { get; init; } = ""; public string User { get; init; } = ""; public string Pwd { get; init; } = ""; }
            public class Snapshots
            {
                private static readonly Camera Gate = new Camera { Host = "10.0.0.7", User = "viewer", Pwd = "Quartz-Hinge-43" }; // expect: IOT1001
                private static readonly Camera Yard = new Camera { Host = "10.0.0.8", User = "viewer", Pwd = "Quartz-Hinge-44" }; // expect: IOT1001
                public ICredentials Login(bool gate)
                {
                    var cam = gate ? Gate : Yard;
                    return new NetworkCredential(cam.User, cam.Pwd);
                }
            }
            """);

    // Hard negative: the objects picked hold run-time or empty passwords and a public label.
    [Fact]
    public Task RT17_picked_objects_with_no_written_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            public sealed record BackendProfile(string Url, string StationId, string SharedPassword);
            public class Station
            {
                private static readonly BackendProfile Live = new("wss://backend.example/ocpp/", "ST-221", Environment.GetEnvironmentVariable("OCPP_PASSWORD") ?? "");
                private static readonly BackendProfile Open = new("wss://open.backend.example/ocpp/", "ST-221", "");
                public void Connect(bool open)
                {
                    var profile = open ? Open : Live;
                    var socket = new ClientWebSocket();
                    string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{profile.StationId}:{profile.SharedPassword}"));
                    socket.Options.SetRequestHeader("Authorization", "Basic " + basic);
                    Console.WriteLine(profile.Url + profile.StationId);
                }
            }
            """);

    // ---------- 5. Basic credentials whose password is a listed default ----------

    [Fact]
    public Task RT17_basic_credentials_with_a_listed_default_password() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public static class Meter
            {
                public static void Configure(HttpClient http, string header)
                {
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("meter-7:12345"))); // expect: IOT1002
                    http.DefaultRequestHeaders.Add("Authorization", "Basic bWV0ZXItNzphZG1pbg=="); // expect: IOT1002
                    if (header == "Basic bWV0ZXItNzpwYXNzd29yZA==") { Console.WriteLine("ok"); } // expect: IOT1002
                    http.DefaultRequestHeaders.Add("Authorization", "Basic bWV0ZXItNzpLaWxuNC1FbWJlcg=="); // expect: IOT1001
                }
            }
            """);

    // A listed default in a URL's user information is a default whatever the user name.
    [Fact]
    public Task RT17_listed_default_password_in_user_information() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Cam
            {
                public static Task<byte[]> Snap(HttpClient http) => http.GetByteArrayAsync("http://viewer:12345@10.0.0.9/cgi-bin/snapshot.cgi"); // expect: IOT1002
            }
            """);

    // ---------- 6. digestPassword and passwordDigest ----------

    [Fact]
    public Task RT17_digest_before_and_after_a_password_word() =>
        ExpectComments.AssertAsync("""
            public static class CameraLogins
            {
                public const string DigestPassword = "Wag-Tail-5831"; // expect: IOT1004
                public const string CameraDigestPassword = "Wag-Tail-5832"; // expect: IOT1004
                public const string PasswordDigest = "5f4dcc3b5aa765d61d8327deb882cf99";
                public const string AdminPasswordDigest = "e10adc3949ba59abbe56e057f20f883e";
                public const string DigestPasswordHash = "d8578edf8458ce06fbc5bb76a58c5ca4";
            }
            """);

    // ---------- 7. "..."u8.ToArray() key text ----------

    [Fact]
    public Task RT17_utf8_key_text_in_locals_properties_and_other_key_parameters() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography;
            public static class Sealer
            {
                private static byte[] SealKey => "seal-key-Qz81-Lm4t-Wv7q"u8.ToArray(); // expect: IOT1003
                public static byte[] Sign(byte[] data)
                {
                    var key = "manifest-sign-Rk52-Wd7p"u8.ToArray(); // expect: IOT1003
                    return new HMACSHA256(key).ComputeHash(data);
                }
                public static byte[] Mac(byte[] data) => HMACSHA256.HashData("frame-mac-Tz93-Pq6v"u8.ToArray(), data); // expect: IOT1003
                public static byte[] Seal(byte[] data) => new HMACSHA256(SealKey).ComputeHash(data);
                public static Aes Cipher()
                {
                    var aes = Aes.Create();
                    aes.Key = "aes-key-Bn47-Xc2r-Hm8k-Vd5s"u8.ToArray(); // expect: IOT1003
                    return aes;
                }
                public static byte[] Hash(byte[] data) => SHA256.HashData("hello from the dryer"u8.ToArray());
            }
            """);

    // ---------- 8. hex-written random codes and dates ----------

    // Hex written by Convert.ToString(value, 16), Convert.ToHexString of NextBytes, ToString with a provider, ToLower after:
    // a token (IOT3005), as ToString("X8") is.
    [Fact]
    public Task RT17_random_codes_written_in_hex_by_other_calls_are_tokens() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            public class Terminal
            {
                private readonly Random _rng = new Random();
                public string UnlockCode() => Convert.ToString(_rng.Next(), 16); // expect: IOT3005
                public string PairingCode() => _rng.Next().ToString("X8", CultureInfo.InvariantCulture); // expect: IOT3005
                public string SetupCode() => _rng.Next().ToString("x8").ToUpper(); // expect: IOT3005
                public string ActivationCode() => string.Format(CultureInfo.InvariantCulture, "{0:X8}", _rng.Next()); // expect: IOT3005
            }
            """);

    // A random hex code held in a local, passed to a security-named parameter or stored in a security-named property.
    [Fact]
    public Task RT17_random_hex_in_a_local_passed_on_to_a_security_name() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Session { public string Token { get; set; } = ""; }
            public class Pairing
            {
                private readonly Random _rng = new Random();
                private readonly Session _session = new Session();
                public void Start()
                {
                    var hex = _rng.Next().ToString("X8"); // expect: IOT3005
                    _session.Token = hex;
                }
                public void Pair()
                {
                    var hex = $"{_rng.Next():x8}"; // expect: IOT3005
                    Send(hex);
                }
                private static void Send(string pairingCode) => Console.WriteLine(pairingCode.Length);
            }
            """);

    // A door code made from a date in any spelling: an interpolation's format, string.Format, the date's parts.
    [Fact]
    public Task RT17_access_codes_made_from_a_date_in_other_spellings() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class HolidayLet
            {
                public static string ArrivalDoorCode(DateTime arrival) => $"{arrival:ddMM}"; // expect: IOT1005
                public static string LockerPin(DateTime booked) => string.Format("{0:MMdd}", booked); // expect: IOT1005
                public static string GatePin(DateTime booked) => booked.Day.ToString("D2") + booked.Month.ToString("D2"); // expect: IOT1005
            }
            """);

    // Hard negatives: log stamps, colour codes, trace ids, error codes made by System.Random or dates.
    [Fact]
    public Task RT17_hex_and_dates_that_are_no_codes() =>
        ExpectComments.AssertAsync("""
            using System;
            public class Logs
            {
                private readonly Random _rng = new Random();
                public string LogStamp() => DateTime.Now.ToString("MMdd-HHmmss");
                public string FileName(DateTime when) => $"log-{when:yyyyMMdd}.txt";
                public string ColourCode() => "#" + _rng.Next(0x1000000).ToString("X6");
                public string TraceId() => $"{_rng.Next():x8}";
                public string ErrorCode() => _rng.Next(0, 0xFFFF).ToString("X4");
                public string BatchCode(DateTime made) => made.ToString("yyMMdd");
                public string CorrelationId() { var hex = _rng.Next().ToString("x8"); var correlationId = hex; return correlationId; }
            }
            """);

    // ---------- 9. numbered and hash names ----------

    // A number written after an underscore counts the credential as a number run on to it does (WIFI_PASSWORD_2 as
    // WifiPassword2); a version suffix (ApiKeyV2) does not change what the name holds.
    [Fact]
    public Task RT17_numbered_names_with_separators_and_versions_are_secret_names() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string WIFI_PASSWORD_2 = "Kettle!Marsh51"; // expect: IOT1004
                public const string MqttPassword_1 = "Kettle!Marsh52"; // expect: IOT1004
                public const string ApiKeyV2 = "Qz8r-Kt2m-Wv7q-Lm2x-53"; // expect: IOT1004
            }
            """);

    // Numbers that are part of a word: an encoded password (PasswordBase64) is still the password.
    [Fact]
    public Task RT17_encoded_password_names_are_secret_names() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string AdminPasswordBase64 = "S2V0dGxlIU1hcnNoMzI="; // expect: IOT1004
                public const string ApiTokenUtf8 = "Qz8r-Kt2m-Wv7q-Lm2x-54"; // expect: IOT1004
            }
            """);

    // Pins: numbered credential names count, ambiguous single words and hash names do not.
    [Fact]
    public Task RT17_numbered_and_hash_name_pins() =>
        ExpectComments.AssertAsync("""
            public static class Names
            {
                public const string WifiPassword2 = "Kettle!Marsh55"; // expect: IOT1004
                public const string APIKEY2 = "Qz8r-Kt2m-Wv7q-Lm2x-56"; // expect: IOT1004
                public const string Pass1 = "Kettle!Marsh57";
                public const string Token2 = "Kettle!Marsh58";
                public const string PasswordSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
                public const string AdminPasswordMd5 = "21232f297a57a5a743894a0e4a801fc3";
            }
            """);

    // A bare Token holding one lower-case word at a Bearer header is still sent as the credential.
    [Fact]
    public Task RT17_bare_token_of_one_word_at_a_bearer_header() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class CloudLink
            {
                private const string Token = "marmalade"; // expect: IOT1001
                public void Configure(HttpClient http) => http.DefaultRequestHeaders.Add("Authorization", "Bearer " + Token);
            }
            """);

    // ---------- 10. getters that only return a value ----------

    // A getter returning a conditional with a written branch, a switch of written arms, or caching a literal with ??= holds
    // that text, as an initializer written the same way does.
    [Fact]
    public Task RT17_getters_returning_written_choices_are_secret_named_sites() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Secrets
            {
                public static bool Lab;
                public static string Site = "eu";
                private static string? _cached;
                public static readonly string InitPassword = Lab ? "Kettle!Marsh60" : Environment.GetEnvironmentVariable("P"); // expect: IOT1004
                public static string LabPassword => Lab ? "Kettle!Marsh61" : Environment.GetEnvironmentVariable("P"); // expect: IOT1004
                public static string BrokerToken => Site switch { "eu" => "Kettle!Marsh62", _ => "Kettle!Marsh63" }; // expect: IOT1004
                public static string CachedSecret => _cached ??= "Kettle!Marsh64"; // expect: IOT1004
            }
            """);

    // A getter returning another member is followed at the sink; a getter { get { return ...; } set { } } too.
    [Fact]
    public Task RT17_getters_returning_members_are_followed_at_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class Weather
            {
                private static readonly string s_code = "1e7c4a9f2b6d3e8a0c5f1b7d9e2a4c6f"; // expect: IOT1001
                private static string Code => s_code;
                private static string Other { get { return "0d6b3f8a1e5c9d2f7b4a0e6c8d1f3b5a"; } set { } } // expect: IOT1001
                public static Task<string> Now(HttpClient http, string city) => http.GetStringAsync($"https://api.weather.example/data?q={city}&appid={Code}");
                public static Task<string> Later(HttpClient http) => http.GetStringAsync("https://api.weather.example/data?appid=" + Other);
            }
            """);

    // Hard negatives: getters returning prompts, header names, endpoints, masks and empty values.
    [Fact]
    public Task RT17_getters_returning_non_secrets() =>
        ExpectComments.AssertAsync("""
            public static class Ui
            {
                public static string PasswordPrompt => "Enter the broker password:";
                public static string ApiKeyHeader => "X-API-Key";
                public static string TokenEndpoint => "https://login.example/oauth2/v2.0/token";
                public static string Password => string.Empty;
                public static string Secret { get { return ""; } set { } }
                public static string PasswordMask => new string('*', 8);
                public static string TokenPath => "/etc/device/" + "token";
                public static string AccessToken => $"{TokenPath}";
            }
            """);

    // ---------- 11. password lists, static setters ----------

    // A list in another type's static property, get-only with a collection expression: every written password reaches the
    // credential.
    [Fact]
    public Task RT17_password_list_in_another_types_static_property() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class FactoryDefaults
            {
                public static string[] Passwords { get; } = ["Rw1-Lm7-Qx3", "admin"]; // expect: IOT1001, IOT1002
            }
            public static class Probe
            {
                public static void Run()
                {
                    foreach (var p in FactoryDefaults.Passwords) { var c = new NetworkCredential("svc", p); }
                }
            }
            """);

    // A list another type's getter builds on each read (=> new[] { ... }): the getter's value feeds the resolver.
    [Fact]
    public Task RT17_password_list_built_by_another_types_getter() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class FactoryDefaults
            {
                public static string[] Legacy => new[] { "Rw2-Lm8-Qx4", "12345" }; // expect: IOT1001, IOT1002
            }
            public static class Probe
            {
                public static void Run()
                {
                    foreach (var p in FactoryDefaults.Legacy) { var c = new NetworkCredential("svc", p); }
                }
            }
            """);

    // Another type's list spread into a local list with one more password.
    [Fact]
    public Task RT17_another_types_list_spread_into_a_local_list() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class FactoryDefaults
            {
                public static readonly string[] Passwords = ["Rw6-Lm3-Qx8"]; // expect: IOT1001
            }
            public static class Probe
            {
                public static void Run()
                {
                    string[] tried = [.. FactoryDefaults.Passwords, "Rw3-Lm9-Qx5"]; // expect: IOT1001
                    foreach (var p in tried) { var c = new NetworkCredential("svc", p); }
                }
            }
            """);

    // Spreads of a local list into another.
    [Fact]
    public Task RT17_spread_of_a_local_list() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            public static class Probe
            {
                public static void Run()
                {
                    string[] common = ["Rw4-Lm1-Qx6", "12345"]; // expect: IOT1001, IOT1002
                    string[] all = [.. common, "Rw5-Lm2-Qx7"]; // expect: IOT1001
                    foreach (var p in all) { var c = new NetworkCredential("svc", p); }
                }
            }
            """);

    // A static property set through the class name by a static setter, and an instance setter storing a static property.
    [Fact]
    public Task RT17_static_properties_set_through_the_class_name_or_an_instance_setter() =>
        ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            public static class WifiConfig
            {
                public static string Ssid { get; private set; } = "";
                public static string Password { get; private set; } = "";
                public static void Configure(string ssid, string password) { WifiConfig.Ssid = ssid; WifiConfig.Password = password; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(Ssid, Password);
            }
            public sealed class ApSettings
            {
                public static string Ssid { get; private set; } = "";
                public static string Passphrase { get; private set; } = "";
                public void Configure(string ssid, string passphrase) { Ssid = ssid; Passphrase = passphrase; }
                public static bool Connect() => WifiNetworkHelper.ConnectDhcp(Ssid, Passphrase);
            }
            public static class Program
            {
                public static void Main()
                {
                    WifiConfig.Configure("Barn", "Basalt-Fern-71"); // expect: IOT1001
                    new ApSettings().Configure("Loft", "Basalt-Fern-72"); // expect: IOT1001
                    WifiConfig.Connect(); ApSettings.Connect();
                }
            }
            """);


    // ---------- 12. crashes on half-typed code ----------

    private const string SessionShapes = """"
        using System; using System.IO; using System.Net; using System.Net.Http; using System.Text; using System.Security.Cryptography; using System.Net.WebSockets;
        public sealed record BackendProfile(string Url, string StationId, string SharedPassword);
        public static class Shapes
        {
            private static readonly BackendProfile Live = new("wss://b/", "ST", "Kiln4-Ember-Ash9"), Test = new("wss://t/", "ST", "password");
            private static BackendProfile Lab => new("wss://l/", "ST", "Kiln4-Ember-Ash8");
            private static readonly byte[] ManifestKey = "manifest-sign-Qz81-Lm4t"u8.ToArray();
            public static string[] Passwords { get; } = ["Rw1-Lm7-Qx3", .. Extra, "admin"];
            static string[] Extra => new[] { "Rw2" };
            public static string DigestPassword { get { return "Wag" + "-Tail"; } set { } }
            public static string WIFI_PASSWORD_2 => Lab.SharedPassword ?? "proxyPassword";
            public static string Run(HttpClient http, WebClient wc, Random rng, string region, bool t, DateTime d)
            {
                var profile = region switch { "eu" => Live, "t" => t ? Test : Lab, _ => Live };
                string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{profile.StationId}:{profile.SharedPassword}"));
                new ClientWebSocket().Options.SetRequestHeader("Authorization", "Basic " + basic);
                string code = File.Exists("k") ? File.ReadAllText("k") : "3a8f6e1c9d2b7f4e0a5c8d1b6e9f2a7c";
                wc.UploadFileTaskAsync($"https://a/?appid={code}&q=YOUR API KEY", "f");
                http.PatchAsync($"https://a/?access_token={(t ? "x" : code)}", null);
                foreach (var p in [.. Passwords, "Rw3"]) { var c = new NetworkCredential("svc", p); }
                var unlockCode = Convert.ToString(rng.Next(), 16); var doorCode = $"{d:ddMM}";
                return new HMACSHA256(ManifestKey).ComputeHash("x"u8.ToArray()).Length + unlockCode + doorCode;
            }
        }
        """";

    // Every cut of a source of the session's shapes, and every source with a few characters removed: no analyzer throws.
    [Fact]
    public async Task RT17_no_analyzer_throws_on_cuts_of_the_session_shapes()
    {
        var sources = new List<string>();
        for (var cut = 19; cut < SessionShapes.Length; cut += 19)
        {
            sources.Add(SessionShapes.Substring(0, cut));
            sources.Add(SessionShapes.Remove(cut, Math.Min(5, SessionShapes.Length - cut)));
        }

        await AnalyzerRunner.AssertNoAnalyzerThrowsAsync(sources);
    }

    // ---------- 13. cost ----------

    // A switch expression choosing among hundreds of records built in fields, its password read at many Basic headers. The
    // baseline reads the public station id only.
    private static string ManyChoices(bool password, int choices, int sinks)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net.WebSockets; using System.Text;");
        sb.AppendLine("public sealed record BackendProfile(string Url, string StationId, string SharedPassword);");
        sb.AppendLine("public class Station {");
        for (var i = 0; i < choices; i++)
        {
            sb.AppendLine($"  private static readonly BackendProfile P{i} = new(\"wss://b{i}/\", \"ST-{i}\", \"Kiln{i}-Ember-Ash{i % 89}\");");
        }

        sb.AppendLine("  public static BackendProfile Pick(int r) { var profile = r switch {");
        for (var i = 0; i < choices - 1; i++)
        {
            sb.AppendLine($"    {i} => P{i},");
        }

        sb.AppendLine($"    _ => P{choices - 1} }}; return profile; }}");
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"  public void C{s}(int r) {{ var profile = r switch {{ 0 => P0, 1 => P1, 2 => P{s % choices}, _ => r > 5 ? P3 : P{(s * 7) % choices} }};");
            sb.AppendLine(password
                ? $"    var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{{profile.StationId}}:{{profile.SharedPassword}}\"));"
                : $"    var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($\"{{profile.StationId}}:{{profile.Url}}\"));");
            sb.AppendLine("    new ClientWebSocket().Options.SetRequestHeader(\"Authorization\", \"Basic \" + basic); }");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT17_objects_picked_among_many_choices_at_many_sinks()
    {
        await CostGuards.TimeAsync(ManyChoices(password: true, 4, 2));
        var baseline = await CostGuards.TimeAsync(ManyChoices(password: false, 300, 300));
        var followed = await CostGuards.TimeAsync(ManyChoices(password: true, 300, 300));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // A nested conditional of many levels choosing the object: each level doubles nothing.
    private static string NestedChoices(bool password, int levels, int sinks)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System; using System.Net; using System.Net.Http;");
        sb.AppendLine("public sealed record Cam(string Host, string User, string Pwd);");
        sb.AppendLine("public class Snap {");
        for (var i = 0; i < levels; i++)
        {
            sb.AppendLine($"  static readonly Cam C{i} = new(\"10.0.0.{i % 250}\", \"viewer\", \"Quartz-Hinge-{i}x\");");
        }

        var chain = string.Join(" : ", Enumerable.Range(0, levels - 1).Select(i => $"k == {i} ? C{i}")) + $" : C{levels - 1}";
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine($"  public object S{s}(int k) {{ var cam = {chain}; return new NetworkCredential(cam.User, {(password ? "cam.Pwd" : "cam.Host")}); }}");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT17_objects_picked_by_deeply_nested_conditionals()
    {
        await CostGuards.TimeAsync(NestedChoices(password: true, 4, 2));
        var baseline = await CostGuards.TimeAsync(NestedChoices(password: false, 60, 200));
        var followed = await CostGuards.TimeAsync(NestedChoices(password: true, 60, 200));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // A long chain of getters each returning the next (G0 => G1 => ... => a literal), read in URLs at many places.
    private static string GetterChain(bool secret, int length, int sinks)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System.Net.Http; using System.Threading.Tasks;");
        sb.AppendLine("public static class Chain {");
        for (var i = 0; i < length - 1; i++)
        {
            sb.AppendLine($"  static string G{i} => G{i + 1};");
        }

        sb.AppendLine($"  static string G{length - 1} => \"1e7c4a9f2b6d3e8a0c5f1b7d9e2a4c6f\";");
        for (var s = 0; s < sinks; s++)
        {
            sb.AppendLine(secret
                ? $"  public static Task<string> R{s}(HttpClient http) => http.GetStringAsync(\"https://api.example/d?appid=\" + G{s % length});"
                : $"  public static Task<string> R{s}(HttpClient http) => http.GetStringAsync(\"https://api.example/d?units=\" + G{s % length});");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT17_long_getter_chains_read_at_many_sinks()
    {
        await CostGuards.TimeAsync(GetterChain(secret: true, 4, 2));
        var baseline = await CostGuards.TimeAsync(GetterChain(secret: false, 400, 400));
        var followed = await CostGuards.TimeAsync(GetterChain(secret: true, 400, 400));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }

    // Fallback conditionals nested inside each other in one URL, many times.
    private static string ManyFallbacks(bool secret, int count)
    {
        var sb = new System.Text.StringBuilder();
        sb.AppendLine("using System.IO; using System.Net;");
        sb.AppendLine("public static class Sky {");
        for (var i = 0; i < count; i++)
        {
            var inner = string.Join(" : ", Enumerable.Range(0, 12).Select(j => $"File.Exists(\"/k{j}\") ? File.ReadAllText(\"/k{j}\")")) + $" : \"3a8f6e1c9d2b7f4e0a5c8d1b6e9f{i % 9000:D4}\"";
            sb.AppendLine($"  public static string S{i}(WebClient c) {{ string code = {inner}; return c.DownloadString($\"https://a/?{(secret ? "appid" : "units")}={{code}}&b={{code}}&c={{code}}\"); }}");
        }

        sb.AppendLine("}");
        return sb.ToString();
    }

    [Fact]
    public async Task RT17_nested_fallback_conditionals_in_urls()
    {
        await CostGuards.TimeAsync(ManyFallbacks(secret: true, 3));
        var baseline = await CostGuards.TimeAsync(ManyFallbacks(secret: false, 600));
        var followed = await CostGuards.TimeAsync(ManyFallbacks(secret: true, 600));
        _out.WriteLine($"baseline {baseline:F0} ms, followed {followed:F0} ms");
        Assert.True(followed < 3 * baseline + 2000, $"baseline {baseline:F0} ms, followed {followed:F0} ms");
    }
}
