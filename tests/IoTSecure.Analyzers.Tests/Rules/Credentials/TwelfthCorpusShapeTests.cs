using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the twelfth corpus's first measurement missed, filed under the wrong rule or flagged, each labelled line by
/// line (<c>// expect:</c>, see <see cref="ExpectComments"/>) with values and names of its own.
/// </summary>
public class TwelfthCorpusShapeTests
{
    private const string DigestLibrary = """
        namespace Vendor.Http.Digest
        {
            public static class DigestExtensions
            {
                public static System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> GetWithDigestAsync(
                    this System.Net.Http.HttpClient client, string requestUri, string digestUser, string digestPassword) =>
                    System.Threading.Tasks.Task.FromResult(new System.Net.Http.HttpResponseMessage());
                public static System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> GetWithLabelAsync(
                    this System.Net.Http.HttpClient client, string requestUri, string displayLabel) =>
                    System.Threading.Tasks.Task.FromResult(new System.Net.Http.HttpResponseMessage());
            }
        }
        """;

    /// <summary>
    /// A value that only names the credential it stands for, in words (<c>"gatewayPassword"</c>, <c>"keystore-passphrase"</c>,
    /// <c>"your mqtt password"</c>), is a template's placeholder (IOT1006): a credential's word last, every word before it
    /// naming what the credential is for. A value with digits or symbols, or with other words before the credential's
    /// (<c>"topPassword"</c>), is a working password.
    /// </summary>
    [Fact]
    public Task A_value_naming_the_credential_in_words_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Security.Cryptography.X509Certificates;
            public class ProxySetup
            {
                public void Configure(WebProxy proxy, string path)
                {
                    proxy.Credentials = new NetworkCredential("gatewayUser", "gatewayPassword"); // expect: IOT1006
                    var store = new NetworkCredential("svc", "keystore-passphrase"); // expect: IOT1006
                    var typed = new NetworkCredential("svc", "your mqtt password"); // expect: IOT1006
                    var snake = new NetworkCredential("svc", "broker_secret"); // expect: IOT1006
                    var cert = new X509Certificate2(path, "client-cert-password"); // expect: IOT1006
                    var real = new NetworkCredential("svc", "Harbor7Password!"); // expect: IOT1001
                    var digits = new NetworkCredential("svc", "BluePassword42"); // expect: IOT1001
                    var phrase = new NetworkCredential("svc", "orbit tulip marsh lantern"); // expect: IOT1001
                    var adjective = new NetworkCredential("svc", "topPassword"); // expect: IOT1001
                    var words = new NetworkCredential("svc", "lantern-marsh-secret"); // expect: IOT1001
                }
            }
            """);

    /// <summary>
    /// An API key constant that is a placeholder, concatenated into a URL constant with other constants and used as a
    /// request's address, is reported at its literal (IOT1006).
    /// </summary>
    [Fact]
    public Task A_placeholder_in_a_URL_built_from_constants_is_reported() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public static class ForecastUrls
            {
                public const string BaseUrl = "https://api.forecast.example/data/2.5/weather";
                public const string AppId = "PUT YOUR APP ID HERE"; // expect: IOT1006
                public const string RequestUrl = BaseUrl + "?appid=" + AppId;
            }
            public class ForecastService
            {
                private readonly HttpClient _http = new HttpClient();
                public Task<string> ForCity(string city) => _http.GetStringAsync(ForecastUrls.RequestUrl + "&q=" + city);
            }
            """);

    /// <summary>
    /// An API key held in a local and interpolated into a URL's query (<c>$"q={city}&amp;appid={key}"</c>), the URL
    /// concatenated to a base held in another local, is IOT1001; so is a written fallback after a key file.
    /// </summary>
    [Fact]
    public Task An_API_key_in_a_local_reaching_a_URL_query_is_a_hardcoded_secret() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Net;
            public static class SkyRequest
            {
                public static string Now(string city)
                {
                    string endpoint = "https://api.sky.example/data/2.5/weather?";
                    string code = "9c2e7f4a1d8b3e6c0f5a2d9b7e1c4f8a"; // expect: IOT1001
                    using (WebClient client = new WebClient())
                    {
                        return client.DownloadString(endpoint + $"q={city}&appid={code}");
                    }
                }

                public static string Pollen(double lat, double lon)
                {
                    string code = File.Exists("/etc/sky/key") ? File.ReadAllText("/etc/sky/key").Trim() : "3a8f6e1c9d2b7f4e0a5c8d1b6e9f2a7c"; // expect: IOT1001
                    using var client = new WebClient();
                    return client.DownloadString($"https://api.sky.example/data/2.5/pollen?lat={lat}&lon={lon}&appid={code}");
                }

                public static string Public(string city)
                {
                    string units = "metric";
                    using var client = new WebClient();
                    return client.DownloadString($"https://api.sky.example/data/2.5/weather?q={city}&units={units}");
                }
            }
            """);

    /// <summary>
    /// Records built with a target-typed <c>new(...)</c> in static readonly fields, one picked by a condition into a local
    /// and its secret-named position read into a Basic header's base64 text: the password is IOT1001, a listed default
    /// IOT1002.
    /// </summary>
    [Fact]
    public Task A_record_field_picked_by_a_condition_reaching_a_Basic_header_is_reported() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            public sealed record BackendProfile(string Url, string StationId, string SharedPassword);
            public class Station
            {
                private static readonly BackendProfile Live = new("wss://backend.example/ocpp/", "ST-221", "Kiln4-Ember-Ash9"); // expect: IOT1001
                private static readonly BackendProfile Test = new("wss://test.backend.example/ocpp/", "ST-221", "password"); // expect: IOT1002
                private static readonly BackendProfile Open = new("wss://open.backend.example/ocpp/", "ST-221", "");
                public void Connect(bool test, bool open)
                {
                    var profile = open ? Open : test ? Test : Live;
                    var socket = new ClientWebSocket();
                    string basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{profile.StationId}:{profile.SharedPassword}"));
                    socket.Options.SetRequestHeader("Authorization", "Basic " + basic);
                }
            }
            """);

    /// <summary>Key bytes written as a UTF-8 literal (<c>"..."u8.ToArray()</c>), in a static field or in place, and handed to an HMAC: IOT1003.</summary>
    [Fact]
    public Task A_UTF8_literal_key_in_a_field_reaching_an_HMAC_is_key_material() =>
        ExpectComments.AssertAsync("""
            using System.Security.Cryptography;
            public static class FirmwareSigner
            {
                private static readonly byte[] ManifestKey = "manifest-sign-Qz81-Lm4t"u8.ToArray(); // expect: IOT1003
                private static readonly byte[] Banner = "hello from the dryer"u8.ToArray();
                public static byte[] Sign(byte[] manifest) => new HMACSHA256(ManifestKey).ComputeHash(manifest);
                public static int BannerLength() => Banner.Length;
                public static byte[] SignInPlace(byte[] manifest) => new HMACSHA256("manifest-sign-Rk52-Wd7p"u8.ToArray()).ComputeHash(manifest); // expect: IOT1003
            }
            """);

    /// <summary>
    /// A library extension method whose parameter is a credential under a qualifier (<c>digestPassword</c>) takes a
    /// password: a listed default is IOT1002, a local holding a written one IOT1001; a parameter naming no credential does not.
    /// </summary>
    [Fact]
    public Task A_library_method_with_a_qualified_password_parameter_is_a_sink() =>
        ExpectComments.AssertAsync(new[] { DigestLibrary }, """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Vendor.Http.Digest;
            public class KennelCamera
            {
                private readonly HttpClient _http = new HttpClient();
                public async Task Poll()
                {
                    await _http.GetWithDigestAsync("/ISAPI/Streaming/channels/1/picture", "admin", "12345"); // expect: IOT1002
                    var kennelPassword = "Wag-Tail-5820"; // expect: IOT1001
                    await _http.GetWithDigestAsync("/ISAPI/Streaming/channels/2/picture", "kennel", kennelPassword);
                    await _http.GetWithLabelAsync("/ISAPI/System/status", "Kennel camera 2");
                }
            }
            """);

    /// <summary>
    /// A code made by <c>System.Random</c> is one finding under one rule: a nonce or code written in hex is a token
    /// (IOT3005), whether formatted by <c>ToString</c>, after a cast, in an interpolation, by <c>string.Format</c> or held in
    /// a local first; a PIN returned by a member named for whose PIN it is, written in digits, is IOT1005's alone.
    /// </summary>
    [Fact]
    public Task Random_codes_are_filed_under_one_rule_by_how_they_are_written() =>
        ExpectComments.AssertAsync("""
            using System;
            public class DoorTerminal
            {
                private readonly Random _rng = new Random();
                public string ClientNonce() { var cnonce = new Random().Next().ToString("x8"); return cnonce; } // expect: IOT3005
                public string PorterPin() => new Random().Next(0, 1000000).ToString("D6"); // expect: IOT1005
                public string CourierPin() => _rng.Next(0, 10000).ToString("D4"); // expect: IOT1005
                public string UnlockCode() => ((uint)_rng.Next()).ToString("X8"); // expect: IOT3005
                public string PairingCode() => $"{_rng.Next(0x10000):X4}"; // expect: IOT3005
                public string ActivationCode() => string.Format("{0:x8}", _rng.Next()); // expect: IOT3005
                public string SetupCode() => _rng.Next().ToString("X8").ToLowerInvariant(); // expect: IOT3005
                public string ProvisioningCode()
                {
                    var hex = _rng.Next().ToString("X8"); // expect: IOT3005
                    var provisioningCode = hex;
                    return provisioningCode;
                }
                public string LedColour() => "#" + _rng.Next(0x1000000).ToString("X6");
                public int RetryDelayMs() => _rng.Next(100, 500);
            }
            """);

    /// <summary>
    /// A code made from a date (<c>checkIn.ToString("MMdd")</c>) or hashed in a loop from a serial number and returned by
    /// a member named for what it opens is a derived password (IOT1005); a date written for a log is not.
    /// </summary>
    [Fact]
    public Task Codes_made_from_a_date_or_a_serial_are_derived_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class HolidayLet
            {
                public static string ArrivalDoorCode(DateTime arrival) => arrival.ToString("ddMM"); // expect: IOT1005
                public static string LockerPin(DateOnly booked) => booked.ToString("MMdd"); // expect: IOT1005
                public static string LogStamp(DateTime arrival) => arrival.ToString("yyyy-MM-dd");
                public static string HatchUnlockCode(string hatchSerial)
                {
                    int sum = 0;
                    foreach (char c in hatchSerial) sum = sum * 33 + c;
                    return (Math.Abs(sum) % 100000).ToString("D5"); // expect: IOT1005
                }
                public static string BatchChecksum(string batch)
                {
                    int sum = 0;
                    foreach (char c in batch) sum = sum * 33 + c;
                    return (Math.Abs(sum) % 100000).ToString("D5");
                }
            }
            """);
}
