using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 7: findings on the newest detections ("pass" as a name's last word, library ...Identity/...Credential(s)
/// constructors as sinks by name, ClientWebSocketOptions.SetRequestHeader, tables keyed by default user names, values
/// followed into private helpers, connection strings, JSON text and AT commands written in code) and on the cost of
/// the table pass on generated code. Every test here failed on the code it was written against; each says what it
/// shows and why the tool is wrong.
/// </summary>
public class RedTeam7Tests
{
    /// <summary>Library types as a device team receives them (metadata), with the real namespaces, types and parameter names.</summary>
    private const string Library = """
        namespace Opc.Ua
        {
            // OPC UA .NET Standard: the string overload is the old one; current releases take the password as UTF-8 bytes.
            public class UserIdentity
            {
                public UserIdentity() { }
                public UserIdentity(string username, string password) { }
                public UserIdentity(string username, byte[] password) { }
            }
        }
        namespace Amazon.Runtime
        {
            public abstract class AWSCredentials { }
            public class ProcessAWSCredentials : AWSCredentials
            {
                public ProcessAWSCredentials(string processCredentialInfo) { }
                public ProcessAWSCredentials(string processCredentialInfo, string accountId) { }
            }
        }
        namespace Azure
        {
            public sealed class AzureKeyCredential { public AzureKeyCredential(string key) { } }
            public sealed class AzureNamedKeyCredential { public AzureNamedKeyCredential(string name, string key) { } }
            public sealed class AzureSasCredential { public AzureSasCredential(string signature) { } }
        }
        namespace Azure.Storage
        {
            public class StorageSharedKeyCredential { public StorageSharedKeyCredential(string accountName, string accountKey) { } }
        }
        namespace System.IO.Ports
        {
            public class SerialPort { public SerialPort(string portName, int baudRate) { } public void Write(string text) { } public string ReadLine() => ""; }
        }
        """;

    // ================================================================ "pass" as the last word of a name

    /// <summary>
    /// FALSE ALARM (IOT1002, an error). End-of-line test firmware names its verdicts `Pass`/`Fail`. "pass" is now a
    /// password name and "PASS"/"pass" is on the default-password list, so the verdict constant is "Universal default
    /// password is written into 'EolVerdict.Pass'". The IOT1002 branch is taken before the "value repeats its own name"
    /// exemption that would clear `Pass = "PASS"` for IOT1004.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_test_verdict_constant_Pass_is_reported_as_a_universal_default_password()
    {
        await ExpectComments.AssertAsync("""
            static class EolVerdict
            {
                public const string Pass = "PASS"; // expect: none
                public const string Fail = "FAIL";
                public const string SelfCheckPass = "pass"; // expect: none
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM (IOT1002 x2). A production-line station reports each pass of the self test as "PASS"/"FAIL" over the
    /// serial port. `firstPass` and `qcPass` end in "pass", so they are "received credentials" and comparing them with
    /// "PASS" is "Universal default password is compared with the received credential".
    /// </summary>
    [Fact]
    public async Task FalseAlarm_self_test_pass_results_compared_with_PASS()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using System.IO.Ports;
            class EndOfLineTest
            {
                public bool Run(SerialPort station)
                {
                    string firstPass = station.ReadLine();
                    if (firstPass == "PASS") return true; // expect: none
                    string qcPass = station.ReadLine();
                    switch (qcPass) { case "PASS": return true; case "FAIL": return false; } // expect: none
                    return false;
                }
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM (IOT1004 x2). A gateway's proxy bypass list written `ProxyByPass` (as often as `ProxyBypass`) and an
    /// audio crossover's high-pass corner frequency (`CrossoverHighPass`) end in the word "pass": "'Gateway.ProxyByPass'
    /// is named like a secret". Host lists and frequencies are settings. (The commit excludes PassThrough, not
    /// LowPass/HighPass/BandPass or a camel-cased ByPass.)
    /// </summary>
    [Fact]
    public async Task FalseAlarm_proxy_bypass_list_and_high_pass_filter_named_like_passwords()
    {
        await ExpectComments.AssertAsync("""
            class Gateway
            {
                public const string ProxyByPass = "localhost;127.0.0.1;*.greenhouse.lan"; // expect: none
                public string CrossoverHighPass { get; set; } = "80Hz"; // expect: none
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM (IOT1001 x2, errors). The IMU's default configuration written as JSON text: `low_pass` and
    /// `high_pass` are filter corner frequencies, read "as the gate reads a shipped file" as secret-named keys, so
    /// "20Hz" and "0.5Hz" are hard-coded passwords "written in configuration text".
    /// </summary>
    [Fact]
    public async Task FalseAlarm_json_filter_settings_low_pass_and_high_pass()
    {
        await ExpectComments.AssertAsync("""
            class Imu
            {
                public const string Defaults = "{\"imu\":{\"odr\":\"104Hz\",\"low_pass\":\"20Hz\",\"high_pass\":\"0.5Hz\"}}"; // expect: none
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM (IOT3005). Ordered dithering picks which of four passes to run with System.Random; `ditherPass` ends
    /// in "pass", so it is "a non-cryptographic random number generator for a security value".
    /// </summary>
    [Fact]
    public async Task FalseAlarm_dither_pass_chosen_with_System_Random()
    {
        await ExpectComments.AssertAsync("""
            class EPaper
            {
                private readonly System.Random _random = new();
                public int NextDitherPass()
                {
                    var ditherPass = _random.Next(4); // expect: none
                    return ditherPass;
                }
            }
            """);
    }

    /// <summary>
    /// MISS. "PassWord"/"passWord" is one of the commonest spellings in embedded and vendor-SDK code (UserName/PassWord).
    /// It splits into "pass" + "word": "pass" is not the last word and "password" is not among the compounds, so the
    /// constant is no secret name (no IOT1004) and `passWord == "admin"` is no comparison with a received credential (no
    /// IOT1002), while `password`, `passwd` and `pass` all are.
    /// </summary>
    [Fact]
    public async Task Miss_PassWord_camel_case_spelling_is_not_a_secret_name()
    {
        await ExpectComments.AssertAsync("""
            static class Secrets
            {
                public const string MqttPassWord = "Gr33n!Mqtt#24"; // expect: IOT1004
            }
            class WebUi
            {
                public bool Login(string userName, string passWord) => userName == "operator" && passWord == "admin"; // expect: IOT1002
            }
            """);
    }

    // ================================================================ library ...Identity / ...Credential(s) constructors

    /// <summary>
    /// FALSE ALARM (IOT1001 x2). AWS's `ProcessAWSCredentials(processCredentialInfo)` takes the *command line* of a
    /// credential_process helper (on devices: IAM Roles Anywhere's aws_signing_helper with the device certificate).
    /// The parameter name contains "credential", so the command line is "Hard-coded password reaches 'new
    /// ProcessAWSCredentials(...)'"; it is exactly how a device avoids a secret in code.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_ProcessAWSCredentials_command_line_is_reported_as_a_password()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Amazon.Runtime;
            class Cloud
            {
                AWSCredentials A() => new ProcessAWSCredentials("/usr/local/bin/aws_signing_helper credential-process --certificate /etc/greenhouse/device.pem --private-key /etc/greenhouse/device.key"); // expect: none
                AWSCredentials B() => new ProcessAWSCredentials("/opt/greenhouse/bin/iot-credential-helper --thing greenhouse-7"); // expect: none
            }
            """);
    }

    /// <summary>
    /// MISS. OPC UA .NET Standard's `UserIdentity(string username, byte[] password)` ("username and utf8 password") is
    /// the overload current releases steer to. The by-name sink only takes `string` parameters, so a password written
    /// as `Encoding.UTF8.GetBytes("...")` or `"..."u8.ToArray()` (both resolved elsewhere as written text) is missed.
    /// </summary>
    [Fact]
    public async Task Miss_OPC_UA_UserIdentity_with_the_password_as_UTF8_bytes()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using System.Text;
            using Opc.Ua;
            class PlcSession
            {
                UserIdentity A() => new UserIdentity("operator", Encoding.UTF8.GetBytes("S3cure!Op-2024")); // expect: IOT1001
                UserIdentity B() => new UserIdentity("operator", "S3cure!Op-2025"u8.ToArray()); // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// MISS. The by-name constructor sink is registered for `ObjectCreationExpression` only and decides on the written
    /// type name, so target-typed `new(...)` of the very same `UserIdentity` (the design notes say target-typed new is
    /// common) is never looked at; `new UserIdentity(...)` with the same arguments is IOT1001.
    /// </summary>
    [Fact]
    public async Task Miss_target_typed_new_of_a_library_identity()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Opc.Ua;
            class PlcSession
            {
                private readonly UserIdentity _operator = new("operator", "S3cure!Op-2024"); // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// MISS. Azure.Core's credential types are named as credentials and take nothing but the secret, but their parameters
    /// are `key`, `signature` and `accountKey`, which are not secret names, so none is a sink by name: an Azure Maps /
    /// Event Grid key, a Storage account key and a SAS are all missed in `new AzureKeyCredential("...")` and friends.
    /// </summary>
    [Fact]
    public async Task Miss_Azure_credential_types_whose_parameter_is_key_or_signature()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using Azure;
            using Azure.Storage;
            class Cloud
            {
                object Maps() => new AzureKeyCredential("3f9c2a7e5b8d4c1fa6e0b2d9c7a4f815"); // expect: IOT1001
                object Grid() => new AzureNamedKeyCredential("greenhouse", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1u"); // expect: IOT1001
                object Sas() => new AzureSasCredential("sv=2022-11-02&ss=b&srt=o&sp=w&se=2030-01-01&sig=Kx9mQ2vL7pZr4hN8wT1qAb3Cd5Ef7Gh9Ij1Kl3Mn5Op%3D"); // expect: IOT1001
                object Blob() => new StorageSharedKeyCredential("greenhousetelemetry", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ=="); // expect: IOT1001
            }
            """);
    }

    // ================================================================ authentication headers

    /// <summary>
    /// MISS. IoT platforms' own authentication headers: Philips Hue's `hue-application-key` (the bridge's whitelisted
    /// key), Adafruit IO's `X-AIO-Key`, and `X-Authorization` (ThingsBoard, Victron VRM), here on HttpClient and on the
    /// new ClientWebSocketOptions.SetRequestHeader sink. None is in the header list and none ends in apikey/token/secret,
    /// so the written keys are not reported.
    /// </summary>
    [Fact]
    public async Task Miss_IoT_platform_authentication_headers()
    {
        await ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Net.WebSockets;
            class Cloud
            {
                void Hue(HttpClient http) => http.DefaultRequestHeaders.Add("hue-application-key", "V7rQk2mZx9LwPq4TnB8sYc3Jd6HfG1aE5uR0oKiU"); // expect: IOT1001
                void Aio(HttpClient http) => http.DefaultRequestHeaders.Add("X-AIO-Key", "aio_Kx9mQ2vL7pZr4hN8wT1qAb3Cd5Ef"); // expect: IOT1001
                void Vrm(ClientWebSocket ws) => ws.Options.SetRequestHeader("X-Authorization", "Token 8c1f9e2a7b4d6c3e5f0a9b8c7d6e5f4a3b2c1d0e"); // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// MISS. `WebHeaderCollection.Add/Set(HttpRequestHeader.Authorization, value)` names the Authorization header by its
    /// enum member; the screen treats a header without a `name` string as "never an authentication header", so a
    /// camera snapshot client's admin:admin Basic header (IOT1002) and a written Basic credential (IOT1001) are missed.
    /// </summary>
    [Fact]
    public async Task Miss_Authorization_header_named_by_the_HttpRequestHeader_enum()
    {
        await ExpectComments.AssertAsync("""
            using System.Net;
            class Camera
            {
                void Snapshot(WebHeaderCollection headers)
                {
                    headers.Add(HttpRequestHeader.Authorization, "Basic YWRtaW46YWRtaW4="); // expect: IOT1002
                    headers.Set(HttpRequestHeader.Authorization, "Basic c2Vuc29yOkd3OSFrUTJ4"); // expect: IOT1001
                }
            }
            """);
    }

    /// <summary>
    /// MISS. An OCPP client sets its upgrade headers through a private helper. The value parameter (`token`) is
    /// secret-named and followed to the call site, but the header's name is a helper parameter too, so it is not a
    /// constant at the sink and the call is "never an authentication header": the written Bearer token is missed.
    /// </summary>
    [Fact(Skip = "Open: the header's name and value arrive as two parameters of one helper; following them needs each call site judged as a pair (name and value together), which the per-value alternatives do not keep.")]
    public async Task Miss_header_name_and_value_passed_through_a_private_helper()
    {
        await ExpectComments.AssertAsync("""
            using System.Net.WebSockets;
            class CsmsConnection
            {
                private readonly ClientWebSocket _ws = new();
                private void AddHeader(string headerName, string token) => _ws.Options.SetRequestHeader(headerName, token);
                public void Configure()
                {
                    AddHeader("Sec-WebSocket-Protocol", "ocpp1.6");
                    AddHeader("Authorization", "Bearer 9d8c7b6a5f4e3d2c1b0a8f7e"); // expect: IOT1001
                }
            }
            """);
    }

    // ================================================================ tables keyed by default user names

    /// <summary>
    /// FALSE ALARM (IOT1002 x4). UI lookup tables where a word maps to itself in one row but not in all: German UI strings
    /// ("Service" and "Support" are the same word in German) and role ids to display names ("Administrator" for admin).
    /// The "maps a name to itself" exemption needs every row to be self-mapping, so one translated row turns
    /// ("Service","Service"), ("Support","Support"), ("user","User"), ("guest","Guest") into default credential pairs.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_translation_and_display_name_tables_with_one_translated_row()
    {
        await ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            class Ui
            {
                static readonly Dictionary<string, string> German = new()
                {
                    ["Settings"] = "Einstellungen",
                    ["Service"] = "Service", // expect: none
                    ["Support"] = "Support", // expect: none
                };
                static readonly Dictionary<string, string> RoleNames = new()
                {
                    ["admin"] = "Administrator",
                    ["user"] = "User", // expect: none
                    ["guest"] = "Guest", // expect: none
                };
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM (IOT1002 x3). The login page's labels (`LoginLabels`: "login" makes it a credentials table) and the
    /// account types of the user-management page (`AccountTypes`: "account" plus keys that are default user names) are
    /// judged as tables of factory credentials, so the labels "User", "Service" and "Guest" are universal default
    /// passwords. The table names say labels and types; the values are display text.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_login_page_labels_and_account_type_names()
    {
        await ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            class WebUi
            {
                static readonly Dictionary<string, string> LoginLabels = new()
                {
                    ["title"] = "Sign in",
                    ["user"] = "User", // expect: none
                    ["password"] = "Password", // expect: none
                    ["submit"] = "Log in",
                };
                static readonly Dictionary<string, string> AccountTypes = new()
                {
                    ["admin"] = "Administrator",
                    ["service"] = "Service", // expect: none
                    ["guest"] = "Guest", // expect: none
                };
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM (IOT1002 x2). The device UI's navigation tree as (Parent, Child) edges: ("root", "system") and
    /// ("root", "admin") are listed Mirai pairs, so two menu edges are "Universal default password is paired with the
    /// user name 'root'". The tuple's element names say Parent/Child; nothing here is a credential.
    /// </summary>
    [Fact]
    public async Task FalseAlarm_menu_tree_parent_child_edges()
    {
        await ExpectComments.AssertAsync("""
            class WebUi
            {
                static readonly (string Parent, string Child)[] MenuTree =
                {
                    ("root", "network"),
                    ("root", "system"), // expect: none
                    ("root", "admin"), // expect: none
                    ("system", "firmware"),
                    ("admin", "users"),
                };
            }
            """);
    }

    /// <summary>
    /// MISS. A maintenance backdoor table typed `(string User, string Password)[]`: the tuple literals take their element
    /// names from the declared type. A named literal `(User: "...", Password: "...")` is reported, the same table with the
    /// names on its type was not. (The red team expected IOT1001; all three labelled corpora label an unlisted password in
    /// a table that the team's own code checks IOT1004, as it reaches no authentication API, and so does the tool.)
    /// </summary>
    [Fact]
    public async Task Miss_password_in_a_table_whose_tuple_type_names_the_element_Password()
    {
        await ExpectComments.AssertAsync("""
            class Maintenance
            {
                static readonly (string User, string Password)[] ServiceAccounts = { ("svc-diag", "Op3r@tor!24") }; // expect: IOT1004
            }
            """);
    }

    /// <summary>
    /// MISS. Factory-credential tables written as a two-dimensional array (`string[,]`) or as nested collection
    /// expressions (`[["root", "xc3511"], ...]`): only `new[] { "user", "password" }` rows, tuples and dictionaries are
    /// read, so four Mirai pairs in tables named FactoryLogins are missed.
    /// </summary>
    [Fact]
    public async Task Miss_default_pairs_in_two_dimensional_and_collection_expression_tables()
    {
        await ExpectComments.AssertAsync("""
            class Scanner
            {
                static readonly string[,] FactoryLogins = { { "root", "xc3511" }, { "root", "vizxv" } }; // expect: IOT1002, IOT1002, IOT1002, IOT1002
                static readonly string[][] CameraLogins = [["root", "xc3511"], ["admin", "7ujMko0admin"]]; // expect: IOT1002, IOT1002, IOT1002, IOT1002
            }
            """);
    }

    /// <summary>
    /// MISS. Docs (IOT1002): "A table named as credentials (FactoryLogins, defaultPasswords) has every listed default it
    /// holds reported, in any shape". Rows written as records (`new Login("admin", "admin")`, target-typed `new(...)`) or
    /// as `KeyValuePair`s are not read as pairs at all.
    /// </summary>
    [Fact]
    public async Task Miss_default_pairs_as_records_and_KeyValuePairs_in_credential_tables()
    {
        await ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            record Login(string User, string Password);
            class Scanner
            {
                static readonly Login[] FactoryLogins = { new("root", "xc3511"), new Login("admin", "admin") }; // expect: IOT1002, IOT1002, IOT1002, IOT1002
                static readonly KeyValuePair<string, string>[] DefaultPasswords = { new("root", "vizxv") }; // expect: IOT1002 IOT1002
            }
            """);
    }

    /// <summary>
    /// MISS. An NVR's factory login table mixes a listed Mirai pair with the vendor's own default ("Hik12345"). The
    /// table is named as credentials and keyed by default user names, yet only listed passwords are reported: the
    /// vendor's hard-coded password gets no finding at all (IOT1001 as a stored credential, or IOT1004; any finding).
    /// </summary>
    [Fact]
    public async Task Miss_unlisted_password_in_a_table_named_FactoryLogins()
    {
        var compilation = AnalyzerRunner.CompileAgainstLibraries(new[]
        {
            """
            using System.Collections.Generic;
            class Nvr
            {
                static readonly Dictionary<string, string> FactoryLogins = new()
                {
                    ["admin"] = "Hik12345",
                    ["root"] = "xc3511",
                };
            }
            """,
        });
        var found = (await AnalyzerRunner.RunAsync(compilation))
            .Where(d => ExpectComments.Rules.Contains(d.Id))
            .Select(d => d.Id + "@" + (ExpectComments.Written(d).GetLineSpan().StartLinePosition.Line + 1))
            .ToArray();
        Assert.Contains("IOT1002@7", found);
        Assert.Contains(found, f => f is "IOT1001@6" or "IOT1004@6");
    }

    // ================================================================ private helpers

    /// <summary>
    /// FALSE ALARM (IOT1001). The helper's `password` parameter is the *vault path* of the password and is replaced by
    /// the looked-up value before it reaches ConnectDhcp. Callers' values are followed whatever happens to the parameter
    /// in between, so the vault path is "Hard-coded password reaches 'WifiNetworkHelper.ConnectDhcp'".
    /// </summary>
    [Fact]
    public async Task FalseAlarm_helper_parameter_reassigned_before_the_sink()
    {
        await ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            class Network
            {
                private static string ReadVault(string path) => System.Environment.GetEnvironmentVariable(path);
                private static bool Join(string ssid, string password)
                {
                    password = ReadVault(password);
                    return WifiNetworkHelper.ConnectDhcp(ssid, password);
                }
                public void Start() => Join("Greenhouse", "vault/wifi/greenhouse-north"); // expect: none
            }
            """);
    }

    /// <summary>
    /// DOUBLE REPORT (three times). A retrying join helper that calls itself with its own parameter: each level of
    /// caller-following (up to three) finds the same call site again, so the one literal is reported three times at the
    /// same sink, three identical IOT1001.
    /// </summary>
    [Fact]
    public async Task DoubleReport_recursive_retry_helper_reports_one_password_three_times()
    {
        await ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            class Network
            {
                private static bool Retry(string ssid, string password, int attempts) =>
                    attempts > 0 && (WifiNetworkHelper.ConnectDhcp(ssid, password) || Retry(ssid, password, attempts - 1));
                public void Start() => Retry("Greenhouse", "Gr33n!Wifi-Retry", 3); // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// DOUBLE REPORT. A helper called twice with the same parameter (connect, then once more on failure): the two call
    /// sites both lead to the same literal, so one password reaching one sink is reported twice.
    /// </summary>
    [Fact]
    public async Task DoubleReport_helper_called_twice_reports_one_password_twice()
    {
        await ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            class Network
            {
                private static bool Join(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
                private static bool JoinWithRetry(string ssid, string password) => Join(ssid, password) || Join(ssid, password);
                public void Start() => JoinWithRetry("Greenhouse", "Gr33n!Wifi-Twice"); // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// MISS. A lambda held in a local is the same helper as a local function (whose callers are followed), but a lambda
    /// parameter is always a run-time value to the screen: the password passed to `join(...)` is missed.
    /// </summary>
    [Fact(Skip = "Open: a lambda held in a local is called through the delegate; its parameters are not followed to those calls.")]
    public async Task Miss_password_passed_to_a_lambda_helper()
    {
        await ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            class Network
            {
                public void Start()
                {
                    Func<string, string, bool> join = (ssid, password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
                    if (!join("Greenhouse", "Gr33nh0use!Wifi")) // expect: IOT1001
                        join("Greenhouse-Guest", "Gu3st!Wifi-24"); // expect: IOT1001
                }
            }
            """);
    }

    /// <summary>
    /// MISS. A private constructor is a private helper (its only callers are in its type), here reached by
    /// `: this(...)` from the public one. Constructors are not followed (only ordinary methods and local functions), so
    /// the written password is missed.
    /// </summary>
    [Fact]
    public async Task Miss_password_passed_to_a_private_constructor_by_this_chaining()
    {
        await ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            class Network
            {
                public Network() : this("Greenhouse", "Gr33nh0use!Wifi") { } // expect: IOT1001
                private Network(string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
            }
            """);
    }

    /// <summary>
    /// MISS. A private extension method is a private helper, but its call `"Greenhouse".JoinWith("...")` has one argument
    /// fewer than the method has parameters: the call-site reader matches arguments to the parameter by position without
    /// the receiver offset, finds no argument at ordinal 1 and skips the call.
    /// </summary>
    [Fact]
    public async Task Miss_password_passed_to_a_private_extension_method()
    {
        await ExpectComments.AssertAsync("""
            using nanoFramework.Networking;
            static class Network
            {
                private static bool JoinWith(this string ssid, string password) => WifiNetworkHelper.ConnectDhcp(ssid, password);
                public static void Start() => "Greenhouse".JoinWith("Gr33n!Wifi-Ext"); // expect: IOT1001
            }
            """);
    }

    // ================================================================ AT commands

    /// <summary>
    /// MISS. Quectel `AT+QMTCONN=idx,"client","user","password"` logs in to an MQTT broker, but shares the APN rule "a
    /// password equal to the user name is an operator's published login", so the universal default admin/admin
    /// (IOT1002) and a broker login whose password repeats the user name (IOT1001) are both dropped.
    /// </summary>
    [Fact]
    public async Task Miss_QMTCONN_broker_login_whose_password_equals_the_user_name()
    {
        await ExpectComments.AssertAsync("""
            class Modem
            {
                public const string BrokerDefault = "AT+QMTCONN=0,\"greenhouse-7\",\"admin\",\"admin\""; // expect: IOT1002
                public const string BrokerLogin = "AT+QMTCONN=0,\"greenhouse-7\",\"greenhouse7\",\"greenhouse7\""; // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM (IOT1001 x2, IOT1002). Operators' published APN logins that every subscriber uses, but whose password
    /// is neither the user name nor a label of the APN: EE UK (everywhere / eesecure / secure), Telcel (webgprs /
    /// webgprs2002), O2 UK (o2web / password, now IOT1002 "universal default password"). The docs say an operator's
    /// published APN login is no device secret; the shape test only knows two shapes of it.
    /// </summary>
    [Fact(Skip = "Contested: the held-out and third labellers both label APN passwords in AT commands IOT1001; telling a published operator login from a private APN's password needs a list of operators' logins kept as data, which the product does not have yet.")]
    public async Task FalseAlarm_published_operator_APN_logins()
    {
        await ExpectComments.AssertAsync("""
            class Modem
            {
                public const string Ee = "AT+QICSGP=1,1,\"everywhere\",\"eesecure\",\"secure\",1"; // expect: none
                public const string Telcel = "AT+CSTT=\"internet.itelcel.com\",\"webgprs\",\"webgprs2002\""; // expect: none
                public const string O2 = "AT+CGAUTH=1,1,\"o2web\",\"password\""; // expect: none
            }
            """);
    }

    /// <summary>
    /// MISS. Credentials in the AT commands of the commonest modules: Espressif ESP-AT's Wi-Fi join `AT+CWJAP="ssid","pwd"`
    /// (every MCU with an ESP-01 co-processor) and MQTT login `AT+MQTTUSERCFG`, SIMCom's `AT+CMQTTCONNECT`, and u-blox's
    /// APN password `AT+UPSD=0,3,"pwd"`. Only CPIN/CLCK/CPWD/CGAUTH/QICSGP/CSTT/QMTCONN/SAPBR are read.
    /// </summary>
    [Fact]
    public async Task Miss_credentials_in_ESP_AT_SIMCom_and_u_blox_AT_commands()
    {
        await ExpectComments.AssertAsync("""
            class Modem
            {
                public const string JoinWifi = "AT+CWJAP=\"Greenhouse\",\"Gr33nh0use!Wifi\""; // expect: IOT1001
                public const string EspMqtt = "AT+MQTTUSERCFG=0,1,\"greenhouse-7\",\"sensor7\",\"Mq77!pass-E7\",0,0,\"\""; // expect: IOT1001
                public const string SimcomMqtt = "AT+CMQTTCONNECT=0,\"tcp://broker.greenhouse.lan:1883\",60,1,\"sensor7\",\"Mq77!pass-S7\""; // expect: IOT1001
                public const string UbloxApn = "AT+UPSD=0,3,\"Apn!Pw-2024\""; // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// MISS. A SIM PIN is a number, and firmware often keeps it in an `int` constant: `$"AT+CPIN={SimPin}"` and
    /// `"AT+CPIN=\"" + SimPin + "\""` are found when SimPin is a string constant but not when it is an int, whose text
    /// the scan treats as a run-time hole.
    /// </summary>
    [Fact]
    public async Task Miss_SIM_PIN_held_in_an_int_constant_in_AT_CPIN()
    {
        await ExpectComments.AssertAsync(new[] { Library }, """
            using System.IO.Ports;
            class Sim
            {
                const int SimPin = 4821; // expect: IOT1001
                void Unlock(SerialPort modem)
                {
                    modem.Write($"AT+CPIN={SimPin}\r");
                    modem.Write("AT+CPIN=\"" + SimPin + "\"\r");
                }
            }
            """);
    }

    // ================================================================ connection strings and JSON text written in code

    /// <summary>
    /// MISS. Connection strings built in steps, as firmware does: `StringBuilder.AppendFormat` (the format is read only
    /// for string.Format; here its "{2}" makes the pair look like a template), `AppendLine` (only `Append` chains are
    /// joined), and `cs += ";Password=..."` (the appended literal has no other pair, so it "is no connection string").
    /// </summary>
    [Fact]
    public async Task Miss_connection_strings_built_with_AppendFormat_AppendLine_or_plus_equals()
    {
        await ExpectComments.AssertAsync("""
            using System.Text;
            class TelemetryDb
            {
                string A(string host, string user)
                {
                    var sb = new StringBuilder();
                    sb.AppendFormat("Server={0};Database=telemetry;User Id={1};Password={2};", host, user, "Gr33nh0use!Db1"); // expect: IOT1001
                    return sb.ToString();
                }
                string B(string host)
                {
                    var sb = new StringBuilder();
                    sb.Append("Server=").Append(host).AppendLine(";Database=telemetry;User Id=edge;").AppendLine("Password=Gr33nh0use!Db2;"); // expect: IOT1001
                    return sb.ToString();
                }
                string C(string host, bool authenticated)
                {
                    var cs = "Server=" + host + ";Database=telemetry;User Id=edge";
                    if (authenticated) cs += ";Password=Gr33nh0use!Db3"; // expect: IOT1001
                    return cs;
                }
            }
            """);
    }

    /// <summary>
    /// MISS. JSON text written in code is read only when it is a plain string literal starting with '{': a list of known
    /// networks (a JSON array), a UTF-8 literal (`"..."u8`, the natural form for nanoFramework/Meadow config bytes), and
    /// an appsettings-style document whose connection string carries `Password=` (the JSON branch returns before the
    /// connection-string scan) are all missed.
    /// </summary>
    [Fact]
    public async Task Miss_secrets_in_JSON_arrays_UTF8_JSON_and_connection_strings_inside_JSON()
    {
        await ExpectComments.AssertAsync("""
            class Provisioning
            {
                public const string KnownNetworks = "[{\"ssid\":\"Greenhouse\",\"password\":\"Gr33nh0use!Wifi\"}]"; // expect: IOT1001
                public static System.ReadOnlySpan<byte> Broker => "{\"mqtt\":{\"password\":\"Mq77!Gr33n-u8\"}}"u8; // expect: IOT1001
                public const string Settings = "{\"ConnectionStrings\":{\"Telemetry\":\"Server=db.greenhouse.lan;Database=telemetry;User Id=edge;Password=Gr33nh0use!Db;\"}}"; // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// DOUBLE REPORT. JSON text kept in a secret-named constant (`ProvisioningSecrets`): the JSON scan reports the Wi-Fi
    /// password at the literal (IOT1001) and the same literal is also IOT1004 for the constant, since the JSON finding
    /// does not record the symbol as reported. One secret, two findings.
    /// </summary>
    [Fact]
    public async Task DoubleReport_JSON_text_in_a_secret_named_constant_is_IOT1001_and_IOT1004()
    {
        await ExpectComments.AssertAsync("""
            class Provisioning
            {
                public const string ProvisioningSecrets = "{\"wifi\":{\"ssid\":\"Greenhouse\",\"password\":\"Gr33nh0use!Wifi\"}}"; // expect: IOT1001
            }
            """);
    }

    /// <summary>
    /// FALSE ALARM (IOT1001 x2). The Wi-Fi set-up page a nanoFramework device serves, with its script inline: `var
    /// password=document.getElementById('pw').value;` beside `var ssid=...` passes as a connection string's
    /// `password=` pair, so JavaScript expressions are "hard-coded passwords written in a connection string".
    /// </summary>
    [Fact]
    public async Task FalseAlarm_inline_script_of_a_WiFi_setup_page()
    {
        await ExpectComments.AssertAsync("""
            class SetupPortal
            {
                public const string Page = "<script>function save(){var ssid=document.getElementById('ssid').value;var password=document.getElementById('pw').value;fetch('/save',{method:'POST',body:ssid+'\\n'+password});}</script>"; // expect: none
                public const string Page2 = "<script>const ssid = form.ssid.value; const password = form.password.value; send(ssid, password);</script>"; // expect: none
            }
            """);
    }

    // ================================================================ slowness

    /// <summary>
    /// Was SLOW (found by red team 7): a generated table of default UI strings (2,000 entries) named `DefaultStrings` had its
    /// naming re-derived, rescanning the whole table, for every entry (about 5 s; 8,000 entries about a minute). A table's
    /// naming is now worked out once per table, and a name that says strings or labels is no credentials table at all.
    /// Speed is measured in the benchmark project, not here: this test checks that such a table yields no finding.
    /// </summary>
    [Fact]
    public async Task Generated_table_of_default_strings_is_not_a_credentials_table()
    {
        var entries = string.Join("\n", Enumerable.Range(0, 2000).Select(i => $"        [\"msg_{i}\"] = \"Message number {i} of the device\","));
        var source = "using System.Collections.Generic;\n// <auto-generated/>\nstatic class UiText\n{\n    public static readonly Dictionary<string, string> DefaultStrings = new()\n    {\n" + entries +
                     "\n        [\"guest\"] = \"Guest\",\n        [\"service\"] = \"Service\",\n    };\n}\n";
        var compilation = AnalyzerRunner.Compile(new[] { source });
        var found = (await AnalyzerRunner.RunAsync(compilation)).Where(d => ExpectComments.Rules.Contains(d.Id)).ToList();
        Assert.Empty(found);
    }
}
