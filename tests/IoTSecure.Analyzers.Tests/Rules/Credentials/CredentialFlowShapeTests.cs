using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// Issue #14's shapes that travel before they reach a sink (options objects, records, helpers visible beyond their type,
/// header names held in options), key bytes under a key's name, configuration text and camera URLs, each labelled line by
/// line (<c>// expect:</c>, see <see cref="ExpectComments"/>). The kinds come from the held-out corpus's misses.
/// </summary>
public class CredentialFlowShapeTests
{
    private const string Libraries = """
        namespace Opc.Ua { public class UserIdentity { public UserIdentity(string userName, string password) { } public UserIdentity(string userName, byte[] password) { } } }
        namespace Vendor.Cloud { public class CloudClient { public CloudClient(string baseUrl, string apiKey) { } } }
        """;

    // options.Password where options = new() { Password = "..." }, a record's positional argument read as a property, an
    // anonymous object's member: the value the object was built with is the value at the sink, reported where it is written.
    [Fact]
    public Task Members_of_objects_built_in_place_carry_their_values_to_the_sink() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Net.Http;
            using Opc.Ua;
            public sealed class EndpointOptions { public string User { get; set; } = ""; public string Password { get; set; } = ""; public string Url { get; set; } = ""; }
            public sealed record CloudOptions(string BaseUrl, string ApiKey, string Model = "TH-300");
            public sealed class Gateway
            {
                private readonly EndpointOptions historian = new()
                {
                    User = "historian", // expect: none
                    Password = "Hist0rian-Read!7", // expect: IOT1001
                };
                private readonly EndpointOptions commissioning = new() { User = "commissioning", Password = "TODO" }; // expect: IOT1006
                private readonly EndpointOptions fromEnvironment = new() { Password = System.Environment.GetEnvironmentVariable("PW") ?? "" }; // expect: none
                private readonly CloudOptions cloud = new("https://api.climate.example/v2", "tk_live_8Jd2LqV9zRw4Ny7T"); // expect: IOT1001
                private static readonly CloudOptions Template = new(ApiKey: "<your-api-key>", BaseUrl: "https://api.climate.example/v2"); // expect: IOT1006
                public UserIdentity Historian() => new(historian.User, historian.Password);
                public UserIdentity Commissioning() => new UserIdentity(commissioning.User, commissioning.Password);
                public UserIdentity Env() => new(fromEnvironment.User, fromEnvironment.Password);
                public void Headers(HttpClient http)
                {
                    http.DefaultRequestHeaders.Add("X-Api-Key", cloud.ApiKey);
                    http.DefaultRequestHeaders.Add("X-Device-Model", cloud.Model);
                    http.DefaultRequestHeaders.Add("X-Api-Key", Template.ApiKey);
                    var login = new { User = "svc", Password = "An0n-0bject-pw" }; // expect: IOT1001
                    var identity = new UserIdentity(login.User, login.Password);
                }
            }
            """);

    // A header's name held in the team's options (options.ApiKeyHeader), and vendors' headers named "...-Key", carry keys;
    // headers whose key is a protocol value or a data key (Sec-WebSocket-Key, Idempotency-Key) do not.
    [Fact]
    public Task Header_names_held_in_options_and_vendor_key_headers() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            public sealed class UploadOptions
            {
                public string ApiKey { get; set; } = "API_KEY"; // expect: IOT1006
                public string ApiKeyHeader { get; set; } = "X-Api-Key"; // expect: none
                public string TraceHeader { get; set; } = "X-Trace"; // expect: none
                public string TraceValue { get; set; } = "k7Qz-93Lm-x8Rt-trace"; // expect: none
            }
            public sealed class Uploader
            {
                private const string DemandResponseKey = "REPLACE_ME"; // expect: IOT1006
                private readonly UploadOptions options = new();
                public void Send(HttpRequestMessage request)
                {
                    request.Headers.Add(options.ApiKeyHeader, options.ApiKey);
                    request.Headers.Add(options.TraceHeader, options.TraceValue);
                    request.Headers.Add("X-DR-Key", DemandResponseKey);
                    request.Headers.Add("X-Grid-Key", "gk-93Lm-x8Rt-Qz7"); // expect: IOT1001
                    request.Headers.Add("Idempotency-Key", "upload-2026-11-30-0001"); // expect: none
                    request.Headers.Add("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="); // expect: none
                    request.Headers.Add("X-Partition-Key", "greenhouse-7"); // expect: none
                }
            }
            """);

    // A helper visible beyond its type (public or internal), or private to a partial type whose other part calls it: the
    // values its callers in the compilation pass are the values that reach the sink.
    [Fact]
    public Task Values_passed_through_public_helpers_and_partial_parts() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System.Net;
            using System.Net.Http;
            public static class Clients
            {
                public static HttpClient Create(string user, string password) =>
                    new HttpClient(new HttpClientHandler { Credentials = new NetworkCredential(user, password) });
                internal static Vendor.Cloud.CloudClient Cloud(string apiKey) => new("https://api.vendor.example", apiKey);
            }
            public sealed class Camera
            {
                public HttpClient Onvif() => Clients.Create("onvif-svc", "Onv1f-Svc-7730"); // expect: IOT1001
                public HttpClient Admin() => Clients.Create("admin", "admin"); // expect: IOT1002
                public HttpClient Configured(string pw) => Clients.Create("onvif-svc", pw); // expect: none
                public Vendor.Cloud.CloudClient Vendor() => Clients.Cloud("vk_9Qx2Lm7Tz4Rb8Wn1Pc"); // expect: IOT1001
            }
            public partial class Bridge
            {
                private static NetworkCredential Login(string user, string password) => new NetworkCredential(user, password);
            }
            public partial class Bridge
            {
                public NetworkCredential Service() => Login("bridge", "Br1dge-partial-9"); // expect: IOT1001
            }
            """);

    // Key bytes written under a key's name that reach no key parameter are IOT1004; the same bytes at an HMAC or AES key
    // are IOT1003 only; a public key, a fill pattern, a test vector's name and a DER private key (IOT1003 by shape) are not.
    [Fact]
    public Task Key_bytes_under_a_key_name_reaching_no_key_parameter() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Security.Cryptography;
            public sealed record NetworkProject(string Name, byte[] NetworkKey, int PanId);
            public static class Frames
            {
                private static readonly byte[] FrameObfuscationKey = { 0x39, 0xea, 0x4a, 0x97, 0x48, 0xac, 0xa8, 0x01, 0x5e, 0x21 }; // expect: IOT1004
                public static readonly byte[] TelemetryObfuscationKey = "Kd93mQ1xZp7Lw2Rv"u8.ToArray(); // expect: IOT1004
                private static readonly byte[] RollingCodeKey = { 0xb9, 0x92, 0x72, 0x95, 0x9a, 0x06, 0x3f, 0x2e, 0xc0, 0xf6 }; // expect: IOT1003
                private static readonly byte[] EncryptionKey = Convert.FromHexString("bd1dcdc0614ddaacb53d5d1abeda90e3"); // expect: IOT1003
                private static readonly byte[] PublicKey = { 0x04, 0x9a, 0x11, 0x7c, 0x52, 0xe0, 0x33, 0x18, 0xaa, 0x07 }; // expect: none
                private static readonly byte[] BlankKey = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0 }; // expect: none
                private static readonly byte[] TestVectorKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09 }; // expect: none
                private static readonly byte[] LookupKeys = { 0x10, 0x22, 0x31, 0x47, 0x58, 0x6a, 0x7b, 0x8c }; // expect: none
                private static readonly NetworkProject Project = new("home", NetworkKey: new byte[] { 0x56, 0xb4, 0xfe, 0xf5, 0x3b, 0x08, 0x86, 0x0c, 0x86, 0x82 }, PanId: 0x1a62); // expect: IOT1004
                public static byte[] Sign(byte[] frame) { using var hmac = new HMACSHA256(RollingCodeKey); return hmac.ComputeHash(frame); }
                public static void Seal(byte[] nonce, byte[] text, byte[] cipher, byte[] tag) { using var gcm = new AesGcm(EncryptionKey, 16); gcm.Encrypt(nonce, text, cipher, tag); }
                public static byte Obfuscate(byte b, int i) => (byte)(b ^ FrameObfuscationKey[i % FrameObfuscationKey.Length] ^ TelemetryObfuscationKey[0] ^ PublicKey[0] ^ BlankKey[0] ^ TestVectorKey[0] ^ LookupKeys[0] ^ Project.NetworkKey[0]);
            }
            """);

    // Configuration text in the code is read as the gate reads a shipped file, JSON or YAML: a listed default under a
    // password key is IOT1002 even when it looks like a 16-bit UUID ("0000"), a YAML password is reported on its own line.
    [Fact]
    public Task Json_and_yaml_configuration_text() =>
        ExpectComments.AssertAsync(""""
            using System.IO;
            public static class Files
            {
                public const string Login = "{\"right\":\"usr\",\"pass\":\"0000\"}"; // expect: IOT1002
                public const string Other = "{\"right\":\"usr\",\"passcode\":\"Kq8-Lm2x-19\"}"; // expect: IOT1001
                public const string Uuids = "{\"service\":\"180F\",\"passwordCharacteristic\":\"2A19\"}"; // expect: none
                public static void Write(string dir)
                {
                    const string yaml = """
                        homeassistant: true
                        mqtt:
                          server: mqtt://localhost:1883
                          user: z2m
                          password: Zb-Bridge-8812
                        advanced:
                          network_key: GENERATE
                        """; // expect: IOT1001
                    const string notes = """
                        Note: the password is printed on the label.
                        Reset: hold the button for ten seconds.
                        """; // expect: none
                    File.WriteAllText(Path.Combine(dir, "configuration.yaml"), yaml + notes);
                }
            }
            """");

    // Cameras take their login in the snapshot URL's query (?usr=admin&pwd=..., ?loginuse=admin&loginpas=...); a bare
    // "pass" counts only with a generated look or a listed default (?pass=2 counts passes).
    [Fact]
    public Task Passwords_in_camera_url_queries() =>
        ExpectComments.AssertAsync("""
            using System;
            public static class Snapshots
            {
                public static Uri Foscam(string ip) => new($"https://{ip}:88/cgi-bin/CGIProxy.fcgi?cmd=snapPicture2&usr=viewer&pwd=Cam-View-7731"); // expect: IOT1001
                public static Uri Wanscam(string ip) => new($"https://{ip}:81/snapshot.cgi?loginuse=admin&loginpas=Gate-Cam-42&res=0"); // expect: IOT1001
                public static Uri Default(string ip) => new($"https://{ip}/snapshot.cgi?user=admin&pass=admin"); // expect: IOT1002
                public static Uri Passes(string ip) => new($"https://{ip}/filter?pass=2&mode=fast"); // expect: none
            }
            """);

    // A secret-named constant compared with a PIN-named value only as hardware might be (not a credential's use) is still
    // judged by its own name; a default user table keyed by user names is IOT1002 on each default password.
    [Fact]
    public Task Passcodes_compared_with_pin_named_values_and_user_keyed_tables() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class Keypad
            {
                private const string VacationOverridePasscode = "731946"; // expect: IOT1004
                private static readonly Dictionary<string, string> FactoryAccounts = new()
                {
                    ["admin"] = "password", // expect: IOT1002 IOT1002
                    ["guest"] = "guest", // expect: IOT1002 IOT1002
                    ["technician"] = "service", // expect: IOT1002
                };
                private static readonly Dictionary<string, string> Labels = new()
                {
                    ["password"] = "Password", // expect: none
                };
                public bool Unlock(string enteredPin) => enteredPin == VacationOverridePasscode || FactoryAccounts.ContainsKey(enteredPin) || Labels.ContainsKey(enteredPin);
            }
            """);

    // SNMP agents: "public" and "private" are the universal default communities at a community parameter (IOT1002), not
    // elsewhere; a v3 passphrase is a password (IOT1001).
    [Fact]
    public Task Snmp_communities_and_passphrases() =>
        ExpectComments.AssertAsync("""
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Pipeline;
            using Lextm.SharpSnmpLib.Security;
            public static class Agent
            {
                private const string ShareVisibility = "public"; // expect: none
                public static IMembershipProvider Defaults() => new Version2MembershipProvider(new OctetString("public"), new OctetString("private")); // expect: IOT1002 IOT1002
                public static IMembershipProvider Site() => new Version2MembershipProvider(new OctetString("r0-Pr1nter-c0mm"), new OctetString(System.Environment.GetEnvironmentVariable("SNMP_SET")!)); // expect: IOT1001
                public static IPrivacyProvider V3() => new AESPrivacyProvider(new OctetString("Pr1nt3r-Snmpv3-Priv"), new SHA1AuthenticationProvider(new OctetString("Pr1nt3r-Snmpv3-Auth"))); // expect: IOT1001 IOT1001
                public static string Visibility(bool open) => open ? ShareVisibility : "private"; // expect: none
            }
            """);

    // A password handed over as bytes (printable ASCII written as codes, a UTF-8 literal encoded for Basic authentication)
    // is judged as its text; a key kept as hex or base64 text under a key's name (AppSessionKeyHex) reaching no key
    // parameter is IOT1004, and IOT1003 where it is decoded into one.
    [Fact]
    public Task Passwords_as_bytes_and_keys_held_as_encoded_text() =>
        ExpectComments.AssertAsync(new[] { Libraries }, """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Security.Cryptography;
            public static class Bytes
            {
                private const string AppSessionKeyHex = "A9C3E5F7B1D3F5A7C9E1B3D5F7A9C1E3"; // expect: IOT1004
                private const string NetworkKeyBase64 = "q3Vx8Lm2Zp7Rt4Wy9Bc1Nd6F"; // expect: IOT1003
                private const string PublicKeyHex = "04A9C3E5F7B1D3F5A7C9E1B3D5F7A9C1"; // expect: none
                private const string ColorHex = "A9C3E5F7B1D3F5A7"; // expect: none
                public static Opc.Ua.UserIdentity Operator() => new("operator", new byte[] { 0x56, 0x33, 0x6E, 0x74, 0x21, 0x53, 0x65, 0x63 }); // expect: IOT1001
                public static byte[] Nonce() => new byte[] { 0x01, 0x9F, 0x00, 0xC2, 0x11, 0x04, 0xE7, 0x3A };
                public static void Basic(HttpClient http)
                {
                    var raw = "garage:Utf8-Garage-pw"u8.ToArray(); // expect: IOT1001
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(raw));
                }
                public static byte[] Sign(byte[] data) => HMACSHA256.HashData(Convert.FromBase64String(NetworkKeyBase64), data);
                public static int Use() => AppSessionKeyHex.Length + PublicKeyHex.Length + ColorHex.Length;
            }
            """);
}
