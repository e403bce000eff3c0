using System;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 98: an independent precision/recall sample of real public device, home-automation and robotics C# code the
/// team has not seen, in domains earlier red teams did not use (a Synology NAS Download Station client, Nanoleaf light
/// panels, the LIFX cloud, an ASIC miner fleet's HTTP digest login, Firebase realtime databases through FireSharp and
/// FirebaseDatabase.net, an HL7 MLLP medical gateway client, an OBD-II ELM327 Wi-Fi dongle, a DVR's cookie login bypass
/// probe, Kodi JSON-RPC, a DJI Tello drone). Adapted to compile against stubs (names, call patterns and classes kept;
/// unrelated bulk and UI trimmed; every working-looking secret replaced by an invented value of the same shape,
/// published defaults and placeholders kept as written). Sources: Clouz/SynoAPI (ConsoleApp1/Program.cs, syno/Syno.cs,
/// syno/API/Auth.cs), BullFrog13/Nanoleaf-Client (Nanoleaf.Client/Nanoleaf.Test/Program.cs), 9kbx/Pandax.HttpClientDigestAuth
/// (Samples/Program.cs), StefanHolst/opentap.homeautomation (opentap.homeautomation/Lifx/LifxApi.cs, an early version),
/// xpressive-websolutions/Xpressive.Home (Xpressive.Home.Plugins.Lifx/LifxHttpClient.cs), chuenjitnice/FirebaseTutorial
/// (FirebaseTutorial/FireBasesManagement/FireBaseManagement.cs), matdon90/LpgConsumptionCostCalculator
/// (LpgConsumptionCostCalculator.Data/Services/FirebaseConn.cs, an early version), shendongnian/code
/// (code10/1882583-56250840-3.cs, an HL7 MLLP client), lorenzocipelli/OBD-II-WiFi (OBD2Form.cs), ST0PL/DVRFaultNET
/// (DVRFaultNET/ClientUrl.cs), Isayso/PlaylistEditorTV (KodiPlaylistEditorIPTV/ClassKodi.cs), csabull96/caduhd
/// (Drone/Dji/Tello.cs). Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam98Tests
{
    private const string NewtonsoftStub = """
        namespace Newtonsoft.Json
        {
            public static class JsonConvert
            {
                public static T DeserializeObject<T>(string value) => default!;
                public static string SerializeObject(object? value) => "";
            }
        }
        namespace Newtonsoft.Json.Linq
        {
            public class JToken
            {
                public JToken this[object key] => this;
                public override string ToString() => "";
            }
            public class JObject : JToken
            {
                public static JObject Parse(string json) => new JObject();
            }
        }
        """;

    private const string NanoleafStub = """
        namespace DeviceDiscovery.Models { public enum SearchTarget { Nanoleaf } }
        namespace Nanoleaf.Client.Discovery
        {
            public class NanoleafDiscoveryRequest { public DeviceDiscovery.Models.SearchTarget ST { get; set; } }
        }
        namespace Nanoleaf.Client.Models.Responses
        {
            public class Switch { public bool Power { get; set; } }
            public class State { public Switch Switch { get; set; } = new Switch(); }
            public class Info { public State State { get; set; } = new State(); }
        }
        namespace Nanoleaf.Client
        {
            public class NanoleafClient : System.IDisposable
            {
                public NanoleafClient(string host) { }
                public string HostName { get; } = "";
                public void Authorize(string token) { }
                public System.Threading.Tasks.Task<Nanoleaf.Client.Models.Responses.Info> GetInfoAsync() =>
                    System.Threading.Tasks.Task.FromResult(new Nanoleaf.Client.Models.Responses.Info());
                public System.Threading.Tasks.Task<bool> GetPowerStatusAsync() => System.Threading.Tasks.Task.FromResult(true);
                public System.Threading.Tasks.Task TurnOnAsync() => System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task TurnOffAsync() => System.Threading.Tasks.Task.CompletedTask;
                public void Dispose() { }
            }
        }
        """;

    private const string DigestAuthStub = """
        namespace Pandax.HttpClientDigestAuth
        {
            public static class HttpClientDigestAuthExtensions
            {
                public static System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> SendWithDigestAuthAsync(this System.Net.Http.HttpClient client,
                    System.Net.Http.HttpRequestMessage request,
                    string username,
                    string password,
                    System.Threading.CancellationToken cancellation = default) => client.SendAsync(request, cancellation);

                public static System.Threading.Tasks.Task<System.Net.Http.HttpResponseMessage> GetWithDigestAuthAsync(this System.Net.Http.HttpClient client,
                    string requestUri,
                    string username,
                    string password,
                    System.Threading.CancellationToken cancellation = default) => client.GetAsync(requestUri, cancellation);
            }
        }
        """;

    private const string RestSharpStub = """
        namespace RestSharp
        {
            public interface IRestRequest { }
            public class RestRequest : IRestRequest
            {
                public RestRequest(string resource) { }
                public IRestRequest AddHeader(string name, string value) => this;
                public IRestRequest AddJsonBody(object obj) => this;
            }
            public class RestClient
            {
                public RestClient(string baseUrl) { }
                public System.Threading.Tasks.Task<T> GetTaskAsync<T>(IRestRequest request) => System.Threading.Tasks.Task.FromResult(default(T)!);
                public System.Threading.Tasks.Task<T> PutTaskAsync<T>(IRestRequest request) => System.Threading.Tasks.Task.FromResult(default(T)!);
            }
        }
        """;

    private const string FireSharpStub = """
        namespace FireSharp.Interfaces
        {
            public interface IFirebaseConfig
            {
                string BasePath { get; set; }
                string AuthSecret { get; set; }
            }
            public interface IFirebaseClient { }
        }
        namespace FireSharp.Config
        {
            public class FirebaseConfig : FireSharp.Interfaces.IFirebaseConfig
            {
                public string BasePath { get; set; } = "";
                public string AuthSecret { get; set; } = "";
                public System.TimeSpan? RequestTimeout { get; set; }
            }
        }
        namespace FireSharp
        {
            public class FirebaseClient : FireSharp.Interfaces.IFirebaseClient
            {
                public FirebaseClient(FireSharp.Interfaces.IFirebaseConfig config) { }
            }
        }
        """;

    private const string FirebaseDatabaseStub = """
        namespace Firebase.Database
        {
            public class FirebaseOptions
            {
                public System.Func<System.Threading.Tasks.Task<string>>? AuthTokenAsyncFactory { get; set; }
            }
            public class FirebaseClient : System.IDisposable
            {
                public FirebaseClient(string baseUrl, FirebaseOptions? options = null) { }
                public void Dispose() { }
            }
        }
        """;

    private const string WinFormsStub = """
        namespace System.Windows.Forms
        {
            public enum DialogResult { None, OK, Cancel }
            public enum MessageBoxButtons { OK, OKCancel }
            public enum MessageBoxIcon { None, Warning, Error }
            public class Control
            {
                public virtual string Text { get; set; } = "";
                public bool InvokeRequired => false;
                public object Invoke(System.Delegate method, params object[] args) => null!;
            }
            public class TextBox : Control { }
            public class RichTextBox : Control { }
            public class Form : Control { }
            public static class MessageBox
            {
                public static DialogResult Show(string text) => DialogResult.OK;
                public static DialogResult Show(string text, string caption, MessageBoxButtons buttons, MessageBoxIcon icon) => DialogResult.OK;
            }
        }
        """;

    private const string ProtectedDataStub = """
        namespace System.Security.Cryptography
        {
            public enum DataProtectionScope { CurrentUser, LocalMachine }
            public static class ProtectedData
            {
                public static byte[] Unprotect(byte[] encryptedData, byte[]? optionalEntropy, DataProtectionScope scope) => encryptedData;
                public static byte[] Protect(byte[] userData, byte[]? optionalEntropy, DataProtectionScope scope) => userData;
            }
        }
        """;

    // 1. Clouz/SynoAPI, ConsoleApp1/Program.cs with the library's syno/Syno.cs and syno/API/Auth.cs (the same solution, so
    //    the team's own code): a Synology NAS Download Station console that logs in with the NAS account's password. The
    //    password is written three times: in an unused static field of the console (IOT1004: it reaches nothing), as the
    //    argument of the team's own `new Init(...)` whose constructor keeps it in `Password`, and as that auto-property's
    //    initializer; `Auth.GetLogin` writes `server.Password` into the login query's `passwd=` slot, which reaches
    //    HttpRequestMessage through `Init.Richiesta`. Both latter literals are labelled IOT1001 (the docs: a constructor
    //    parameter kept in a property read at a sink, auto-properties with initializers, every value written into a
    //    property of the team's type read at a sink). "f5_W@H" replaced by an invented password of the same shape. The
    //    account name, the address, the error table's sentences and the session names are look-alikes. Adapted: the
    //    Download Station calls and the unused Newtonsoft usings trimmed; `SynoException.FromJson` called with the
    //    one-argument signature of the stored Syno.cs.
    [Fact(Skip = "Open (red team 98): a password kept in a property of the team's own type and written into the query of a URL built with System.UriBuilder (`new UriBuilder(base) { Query = $\"...&passwd={server.Password}\" }.Uri`), then sent by the team's own static request helper (HttpRequestMessage), is not seen reaching that sink: the property's initializer is reported as IOT1004 instead of IOT1001 (File1 line 21), and the literal handed to the team's constructor from another file (`new Init(..., \"...\")`, File0 line 23) is not reported at all (the docs list calls in other files as not yet followed).")]
    public Task RT98_synology_download_station_nas_login() =>
        ExpectComments.AssertAsync(new[] { NewtonsoftStub }, """
            using System;
            using System.Net;
            using System.Net.Http;

            using syno;

            namespace Test
            {
                class Program
                {
                    static HttpClient client;
                    static CredentialCache cache;

                    static string IP = "192.168.0.26"; // expect: none
                    static string port = "5000"; // expect: none
                    static string username = "Media"; // expect: none
                    static string password = "Rk8_P@z"; // expect: IOT1004
                    static Uri  baseAddress = new Uri($"http://{IP}:{port}");

                    static void Main(string[] args)
                    {

                        Init server = new Init("http", "192.168.0.26", 5000, "Media", "Rk8_P@z"); // expect: IOT1001

                        //login
                        var login = syno.API.Auth.GetLogin(server);
                        Console.WriteLine($"Login: {login.sid}"); // expect: none

                        var logout = syno.API.Auth.GetLogout(server);


                        Console.ReadLine();
                    }
                }
            }
            """, """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;
            using Newtonsoft.Json;
            using Newtonsoft.Json.Linq;

            namespace syno
            {
                public class Init
                {
                    static HttpClient client = new HttpClient();


                    public string Scheme { get; set; } = "http"; // expect: none
                    public string Host { get; set; } = "192.168.0.26"; // expect: none
                    public int Port { get; set; } = 5000;
                    public string Username { get; set; } = "Media"; // expect: none
                    public string Password { get; set; } = "Rk8_P@z"; // expect: IOT1001
                    public Uri BaseAddress { get; set; }

                    public Init(string scheme, string host, int port, string username, string password)
                    {
                        this.Scheme = scheme;
                        this.Host = host;
                        this.Port = port;
                        this.Username = username;
                        this.Password = password;
                        this.BaseAddress = new Uri($"{Scheme}://{Host}:{Port}/");
                    }

                    public static async Task<string> Richiesta(Uri richiesta)
                    {
                        HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Get, richiesta);
                        HttpResponseMessage response = await client.SendAsync(request);

                        response.EnsureSuccessStatusCode();

                        var risposta = await response.Content.ReadAsByteArrayAsync();
                        string json = Encoding.UTF8.GetString(risposta, 0, risposta.Length);

                        return json;
                    }
                }


                [Serializable()]
                public class SynoException : Exception
                {
                    public class errorObject
                    {
                        public int code { get; set; }
                    }

                    private static Dictionary<int, string> errorTable = new Dictionary<int, string>()
                        {
                            { 0, null },
                            { 100, "Unknown error" },
                            { 101, "Invalid parameter" },
                            { 105, "The logged in session does not have permission" }, // expect: none
                            { 106, "Session timeout" },
                            { 107, "Session interrupted by duplicate login" },
                            { 400, "No such account or incorrect password "}, // expect: none
                            { 401, "Account disabled"},
                            { 402, "Permission denied"},
                            { 403, "2-step verification code required"}, // expect: none
                            { 404, "Failed to authenticate 2-step verification code"}, // expect: none
                        };

                    private static string errorDescription(int errorCode)
                    {
                        string value;
                        errorTable.TryGetValue(errorCode, out value);
                        return value;
                    }


                    public SynoException() : base() { }
                    public SynoException(string message) : base(message) { }

                    public static SynoException FromJson(string json)
                    {
                        errorObject results = JsonConvert.DeserializeObject<errorObject>(JObject.Parse(json)["error"].ToString());
                        return new SynoException($"{results.code} : {errorDescription(results.code)}");
                    }

                }
            }
            """, """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Newtonsoft.Json;
            using Newtonsoft.Json.Linq;

            namespace syno.API
            {

                /// <summary>
                /// Performs session login and logout
                /// </summary>
                public class Auth
                {
                    private static string BasePath { get; } = "/webapi/auth.cgi"; // expect: none

                    public static SessionObject GetLogin(Init server, string session = "DownloadStation,FileStation", string format = "cookie", string otp_code = null)
                    {
                        string APIList = $"api=SYNO.API.Auth&version=2&method=login&account={server.Username}&passwd={server.Password}&session={session}&format={format}";
                        if (otp_code != null)
                            APIList += $"&otp_code={otp_code}";

                        Uri fullPath = new UriBuilder(server.BaseAddress)
                        {
                            Path = BasePath,
                            Query = APIList,
                        }.Uri;

                        Console.WriteLine(fullPath);

                        string json = Init.Richiesta(fullPath).Result;

                        Dictionary<string, string> results;
                        SessionObject stato = new SessionObject();

                        try
                        {
                            results = JsonConvert.DeserializeObject<Dictionary<string, string>>(JObject.Parse(json)["data"].ToString());
                            stato.sid = results.Values.First();
                        }
                        catch
                        {
                            throw SynoException.FromJson(json);
                        }

                        return stato;
                    }

                    public static bool GetLogout(Init server, string session = "DownloadStation")
                    {
                        string APIList = $"api=SYNO.API.Auth&version=1&method=logout&session={session}"; // expect: none

                        Uri fullPath = new UriBuilder(server.BaseAddress)
                        {
                            Path = BasePath,
                            Query = APIList,
                        }.Uri;

                        Console.WriteLine(fullPath);

                        string json = Init.Richiesta(fullPath).Result;

                        Dictionary<string, string> results;

                        results = JsonConvert.DeserializeObject<Dictionary<string, string>>(JObject.Parse(json).ToString());

                        return bool.Parse(results.Values.First());
                    }

                    public class SessionObject
                    {
                        public string sid { get; set; }
                    }

                }
            }
            """);

    // 2. BullFrog13/Nanoleaf-Client, Nanoleaf.Client/Nanoleaf.Test/Program.cs: the library's test program that authorizes a
    //    NanoleafClient on the LAN with the panel's auth token (the token the controller hands out after its pairing button
    //    is held) and reads its power state. The token reaches the client's `Authorize(string token)`: a client's own
    //    token, the credential every later request carries, labelled IOT1001 (a library client's bare token; the docs name
    //    constructors and factories, a client's `Authorize` is the same credential's entry). The commented-out discovery
    //    block and its older token are left out (comments are not code). "aDmI..." replaced by an invented token of the same
    //    shape; the address and the console text are look-alikes.
    //    Fixed (was a miss at first run): a library client's own method takes a bare token as its constructor does
    //    (ClientFactoryTokenTests).
    [Fact]
    public Task RT98_nanoleaf_panel_authorize_token() =>
        ExpectComments.AssertAsync(new[] { NanoleafStub }, """
            using System;
            using System.Linq;
            using DeviceDiscovery.Models;
            using Nanoleaf.Client;
            using Nanoleaf.Client.Discovery;

            namespace Nanoleaf.Test
            {
                class Program
                {
                    static void Main()
                    {
                        using (var client = new NanoleafClient("192.168.0.10")) // expect: none
                        {
                            client.Authorize("Lq7XvR2mT9bWc4NzKd8HyP3sGf6JtA1e"); // expect: IOT1001
                            var res = client.GetInfoAsync().Result;
                            Console.WriteLine($"Test for {client.HostName}: " + res.State.Switch.Power); // expect: none
                        }

                        Console.ReadKey();
                    }
                }
            }
            """);

    // 3. 9kbx/Pandax.HttpClientDigestAuth, Samples/Program.cs: the sample of an HTTP digest-auth extension written for a
    //    fleet of ASIC miners (its comments speak of 5,000 mining machines), signing in to a miner's
    //    cgi-bin/get_system_info.cgi with the miners' factory login root/root. "root" as the password is a listed default
    //    at the library's `password` parameter (IOT1002); "root" as the user name is not judged (only password parameters
    //    are). Adapted: implicit usings written out.
    [Fact]
    public Task RT98_asic_miner_digest_login_root_root() =>
        AssertExecutableAsync(new[] { DigestAuthStub }, """
            using System;
            using System.Net.Http;
            using Pandax.HttpClientDigestAuth;

            var username = "root"; // expect: none
            var password = "root"; // expect: IOT1002

            Console.Write("type your IP address:"); // expect: none
            var ip = Console.ReadLine()!.Trim();

            var client = new HttpClient();
            var request = new HttpRequestMessage(HttpMethod.Get, $"http://{ip}/cgi-bin/get_system_info.cgi"); // expect: none
            var response = await client.SendWithDigestAuthAsync(request, username, password);
            Console.WriteLine(response.StatusCode);
            Console.WriteLine(await response.Content.ReadAsStringAsync());
            """);

    // 4. StefanHolst/opentap.homeautomation, opentap.homeautomation/Lifx/LifxApi.cs (an early version): an OpenTAP
    //    home-automation plugin that drives LIFX bulbs through the LIFX cloud with a personal access token in a private
    //    const, set once as the client's Bearer header. The 64-hex token replaced by an invented one of the same shape;
    //    the endpoints and the form fields ("power", "on", "kelvin:") are look-alikes.
    [Fact]
    public Task RT98_lifx_cloud_bearer_token_const() =>
        ExpectComments.AssertAsync(new[] { NewtonsoftStub }, """
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using Newtonsoft.Json;

            namespace opentap.homeautomation.Lifx
            {
                public static class LifxApi
                {
                    private const string TOKEN = "9e4b1c7a2f5d8e03b6a9c4f1e7d2a5b8c0f3e6a9d2b5c8f1a4e7b0d3c6f9a2e5"; // expect: IOT1001
                    private static HttpClient client;

                    static LifxApi()
                    {
                        client = new HttpClient();
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TOKEN); // expect: none
                    }

                    public static List<LifxLight> GetLights()
                    {
                        var data = client.GetStringAsync("https://api.lifx.com/v1/lights/all").Result; // expect: none
                        return JsonConvert.DeserializeObject<List<LifxLight>>(data);
                    }

                    public static void TurnOn(LifxLight light)
                    {
                        var form = new List<KeyValuePair<string, string>>();
                        form.Add(new KeyValuePair<string, string>("power", "on")); // expect: none
                        var content = new FormUrlEncodedContent(form);
                        client.PutAsync($"https://api.lifx.com/v1/lights/id:{light.id}/state", content).Wait(1000); // expect: none
                    }
                    public static void TurnOff(LifxLight light)
                    {
                        var form = new List<KeyValuePair<string, string>>();
                        form.Add(new KeyValuePair<string, string>("power", "off")); // expect: none
                        var content = new FormUrlEncodedContent(form);
                        client.PutAsync($"https://api.lifx.com/v1/lights/id:{light.id}/state", content).Wait(1000);
                    }
                    public static void SetTemperature(LifxLight light, int temperature)
                    {
                        var form = new List<KeyValuePair<string, string>>();
                        form.Add(new KeyValuePair<string, string>("color", "kelvin:" + temperature)); // expect: none
                        var content = new FormUrlEncodedContent(form);
                        client.PutAsync($"https://api.lifx.com/v1/lights/id:{light.id}/state", content).Wait(1000);
                    }
                }

                public class LifxLight
                {
                    public string id { get; set; }
                    public string uuid { get; set; }
                    public string label { get; set; }
                    public bool connected { get; set; }

                    public override string ToString()
                    {
                        return label;
                    }
                }
            }
            """);

    // 5. xpressive-websolutions/Xpressive.Home, Xpressive.Home.Plugins.Lifx/LifxHttpClient.cs: a home-automation hub's LIFX
    //    cloud client that receives its token from its caller and sends it as a Bearer header through RestSharp. No
    //    credential in the code: the base URL, the header template and the anonymous state payloads are hard negatives.
    [Fact]
    public Task RT98_lifx_hub_plugin_runtime_token() =>
        ExpectComments.AssertAsync(new[] { RestSharpStub }, """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using RestSharp;

            namespace Xpressive.Home.Plugins.Lifx
            {
                internal sealed class LifxHttpClient
                {
                    private const string BaseUrl = "https://api.lifx.com"; // expect: none
                    private readonly string _token;

                    public LifxHttpClient(string token)
                    {
                        _token = token;
                    }

                    public async Task<IEnumerable<Light>> GetLights()
                    {
                        var client = new RestClient(BaseUrl);
                        var request = new RestRequest("v1/lights/all"); // expect: none
                        request.AddHeader("Authorization", $"Bearer {_token}"); // expect: none

                        var result = await client.GetTaskAsync<List<Light>>(request);
                        return result;
                    }

                    public async Task SwitchOn(Light light, int durationInSeconds = 0)
                    {
                        await ChangeState(light, new {power = "on", duration = durationInSeconds}); // expect: none
                    }

                    public async Task SwitchOff(Light light, int durationInSeconds = 0)
                    {
                        await ChangeState(light, new {power = "off", duration = durationInSeconds});
                    }

                    public async Task ChangeColor(Light light, string hexColor, int durationInSeconds)
                    {
                        await ChangeState(light, new {power = "on", color = hexColor, duration = durationInSeconds});
                    }

                    private async Task ChangeState(Light light, object payload)
                    {
                        var client = new RestClient(BaseUrl);
                        var request = new RestRequest($"v1/lights/{light.Id}/state");
                        request.AddHeader("Authorization", $"Bearer {_token}"); // expect: none
                        request.AddJsonBody(payload);
                        await client.PutTaskAsync<object>(request);
                    }
                }

                internal sealed class Light
                {
                    public string Id { get; set; } = "";
                    public string Label { get; set; } = "";
                }
            }
            """);

    // 6. chuenjitnice/FirebaseTutorial, FirebaseTutorial/FireBasesManagement/FireBaseManagement.cs: a FireSharp client for a
    //    Firebase realtime database whose database secret is left as a template, "__<secret_credentail_from_fire_base>__",
    //    kept as written. FireSharp's `FirebaseConfig.AuthSecret` is a library property named as a credential compound
    //    (an auth secret, as `ClientSecret` is), so the template reaches a sink: IOT1006. The database URL is a look-alike.
    //    Fixed (was IOT1001 at first run): a bracketed template wrapped in `__` is a template (PlaceholderCredentialTests).
    [Fact]
    public Task RT98_firesharp_auth_secret_template() =>
        ExpectComments.AssertAsync(new[] { FireSharpStub }, """
            using FireSharp.Config;
            using FireSharp.Interfaces;

            namespace FirebaseTutorial
            {
                class FireBaseManagement
                {
                    readonly IFirebaseClient client;
                    readonly IFirebaseConfig config = new FirebaseConfig
                    {
                        AuthSecret = "__<secret_credentail_from_fire_base>__", // expect: IOT1006
                        BasePath = "https://csharpworkshop-f8081-default-rtdb.asia-southeast1.firebasedatabase.app/" // expect: none
                    };
                    public FireBaseManagement()
                    {
                        client = new FireSharp.FirebaseClient(config);
                    }

                    public IFirebaseClient InitialFireBase() => client;


                }
            }
            """);

    // 7. matdon90/LpgConsumptionCostCalculator, LpgConsumptionCostCalculator.Data/Services/FirebaseConn.cs (the early version,
    //    before the author replaced the values by "yourDatabaseSecret"): a car's LPG consumption logger that opens its
    //    Firebase realtime database with the legacy database secret, returned by FirebaseDatabase.net's
    //    `AuthTokenAsyncFactory` delegate. That delegate is not a string parameter or property the docs name as a sink, so
    //    the secret-named const holding the 40-character secret is IOT1004 by the docs. The secret replaced by an invented
    //    one of the same shape; the database URL is a look-alike.
    [Fact]
    public Task RT98_firebase_database_secret_token_factory() =>
        ExpectComments.AssertAsync(new[] { FirebaseDatabaseStub }, """
            using Firebase.Database;
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;

            namespace LpgConsumptionCostCalculator.Data.Services
            {
                public class FirebaseConn
                {
                    private const String databaseUrl = "https://lpgconsumptioncostcalculator.firebaseio.com/"; // expect: none
                    private const String databaseSecret = "Qm3ZtR8vWkN2pL6xHc9JdF4sYb7GnE1uAo5TiV0r"; // expect: IOT1004
                    public FirebaseClient firebase;
                    public FirebaseConn()
                    {
                        this.firebase = new FirebaseClient(
                            databaseUrl,
                            new FirebaseOptions
                                {
                                    AuthTokenAsyncFactory = () => Task.FromResult(databaseSecret)
                                }
                            );
                    }
                }
            }
            """);

    // 8. shendongnian/code, code10/1882583-56250840-3.cs: an HL7 v2 client that frames an order message in MLLP and sends it
    //    to a medical interface engine over TCP. No credential: the MSH/PID/PV1/ORC/OBR segments (application and facility
    //    names, a message control ID, a patient's name and address, a physician's number) and the loopback endpoint are
    //    hard negatives. Adapted: the answer's prose around the program left out.
    [Fact]
    public Task RT98_hl7_mllp_order_message_client() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Sockets;
            using System.Text;
            namespace SimpleMllpHl7ClientAdvanced
            {
                public class Program
                {
                    private static char END_OF_BLOCK = '\u001c';
                    private static char START_OF_BLOCK = '\u000b';
                    private static char CARRIAGE_RETURN = (char)13;
                    static void Main(string[] args)
                    {
                        TcpClient ourTcpClient = null;
                        NetworkStream networkStream = null;
                        var testHl7MessageToTransmit = new StringBuilder();
                        //a HL7 test message that is enveloped with MLLP as described in my article
                        testHl7MessageToTransmit.Append(START_OF_BLOCK)
                            .Append("MSH|^~\\&|AcmeHIS|StJohn|CATH|StJohn|20061019172719||ORM^O01|MSGID12349876|P|2.3") // expect: none
                            .Append(CARRIAGE_RETURN)
                            .Append("PID|||20301||Durden^Tyler^^^Mr.||19700312|M|||88 Punchward Dr.^^Los Angeles^CA^11221^USA|||||||") // expect: none
                            .Append(CARRIAGE_RETURN)
                            .Append("PV1||O|OP^^||||4652^Paulson^Robert|||OP|||||||||9|||||||||||||||||||||||||20061019172717|20061019172718") // expect: none
                            .Append(CARRIAGE_RETURN)
                            .Append("ORC|NW|20061019172719") // expect: none
                            .Append(CARRIAGE_RETURN)
                            .Append("OBR|1|20061019172719||76770^Ultrasound: retroperitoneal^C4|||12349876") // expect: none
                            .Append(CARRIAGE_RETURN)
                            .Append(END_OF_BLOCK)
                            .Append(CARRIAGE_RETURN);
                        try
                        {
                            //initiate a TCP client connection to local loopback address at port 1080
                            ourTcpClient = new TcpClient();
                            ourTcpClient.Connect(new IPEndPoint(IPAddress.Loopback, 1080));
                            Console.WriteLine("Connected to server....");
                            //get the IO stream on this connection to write to
                            networkStream = ourTcpClient.GetStream();
                            //use UTF-8 and either 8-bit encoding due to MLLP-related recommendations
                            var sendMessageByteBuffer = Encoding.UTF8.GetBytes(testHl7MessageToTransmit.ToString());
                            if (networkStream.CanWrite)
                            {
                                //send a message through this connection using the IO stream
                                networkStream.Write(sendMessageByteBuffer, 0, sendMessageByteBuffer.Length);
                                Console.WriteLine("Data was sent data to server successfully....");
                                var receiveMessageByteBuffer = Encoding.UTF8.GetBytes(testHl7MessageToTransmit.ToString());
                                var bytesReceivedFromServer = networkStream.Read(receiveMessageByteBuffer, 0, receiveMessageByteBuffer.Length);
                                while (bytesReceivedFromServer > 0)
                                {
                                    if (networkStream.CanRead)
                                    {
                                        bytesReceivedFromServer = networkStream.Read(receiveMessageByteBuffer, 0, receiveMessageByteBuffer.Length);
                                        if (bytesReceivedFromServer == 0)
                                        {
                                            break;
                                        }
                                    }
                                }
                                var receivedMessage = Encoding.UTF8.GetString(receiveMessageByteBuffer);
                                Console.WriteLine("Received message from server: {0}", receivedMessage);
                            }
                            Console.WriteLine("Press any key to exit...");
                            Console.ReadLine();
                        }
                        catch (Exception ex)
                        {
                            //display any exceptions that occur to console
                            Console.WriteLine(ex.Message);
                        }
                        finally
                        {
                            //close the IO strem and the TCP connection
                            networkStream?.Close();
                            ourTcpClient?.Close();
                        }
                    }
                }
            }
            """);

    // 9. lorenzocipelli/OBD-II-WiFi, OBD2Form.cs: a Windows Forms tool that talks to an ELM327 Wi-Fi OBD-II dongle over TCP,
    //    polls engine PIDs and forwards readings to a local ML API. No credential: the PID requests ("010C", "0110", ...),
    //    the response markers ("410C"), the local API's URL, the CSV path and the drive-style labels are hard negatives
    //    (four hex digits here are OBD PIDs, under no PIN's or password's name). Adapted: the CSV and JSON (CsvHelper,
    //    System.Text.Json.Nodes) branches trimmed; the designer's controls declared in a second file.
    [Fact]
    public Task RT98_obd2_elm327_wifi_pid_poller() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub }, """
            using System;
            using System.Diagnostics;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Net.Sockets;
            using System.Text;
            using System.Text.RegularExpressions;
            using System.Threading.Tasks;
            using System.Windows.Forms;
            using OBD_II_WiFi.classes;

            namespace OBD_II_WiFi
            {
                public partial class OBD2Form : Form
                {
                    static HttpClient httpClient = new HttpClient();
                    TcpClient client = new TcpClient();
                    RunInfo currentInfo = new RunInfo();
                    NetworkStream stream;
                    StreamReader reader;
                    int mode;
                    string data;

                    delegate void writeDisplayDelegate(string toDisplay);

                    bool runEngineMonitoring = true;
                    bool stopListening = false;

                    public OBD2Form()
                    {
                        InitializeComponent();
                    }

                    private async void startListening()
                    {
                        Regex rgx = new Regex("[^a-zA-Z0-9 -]"); // expect: none
                        display.Text = "Connection established!"; // expect: none

                        const string URL = "http://localhost:8000/"; // expect: none
                        string messageFromAPI;

                        httpClient.BaseAddress = new Uri(URL);

                        await Task.Run(async () =>
                        {
                            while (!stopListening)
                            {
                                try
                                {
                                    byte[] buffer = new byte[client.ReceiveBufferSize];
                                    int bytesRead = stream.Read(buffer, 0, buffer.Length);
                                    data += Encoding.Default.GetString(buffer, 0, bytesRead).Replace("\r", "");
                                    data = rgx.Replace(data, "");
                                    if (data.Length > 0)
                                    {
                                        Debug.WriteLine(data);
                                        data = data.Replace(" ", string.Empty);
                                        try {
                                            var tmp = Convert.FromHexString(data);

                                            if (data.Contains("410C")) // expect: none
                                            { // Engine speed
                                                int rpm = (tmp[4] * 256 + tmp[5]) / 4;
                                                currentInfo.RMP = rpm;
                                                writeDisplay("RPM: " + rpm.ToString() + " [rpm]"); // expect: none
                                            }
                                            else if (data.Contains("4110"))
                                            { // Mass Air Flow
                                                int maf = (tmp[4] * 256 + tmp[5]) / 4;
                                                currentInfo.MAF = maf;
                                                writeDisplay("MAF: " + maf.ToString() + " [g/s]");
                                            }
                                            else if (data.Contains("411C"))
                                            {
                                                if (mode == 1)
                                                {
                                                    try
                                                    {
                                                        HttpResponseMessage response = await httpClient.GetAsync(URL);
                                                        if (response.IsSuccessStatusCode)
                                                        {
                                                            messageFromAPI = await response.Content.ReadAsStringAsync();
                                                            writeDisplay(messageFromAPI);
                                                        }
                                                    }
                                                    catch (Exception e)
                                                    {
                                                        writeDisplay(e.Message);
                                                    }
                                                }
                                            }
                                            else
                                            {
                                                writeDisplay(data);
                                            }
                                        }
                                        catch(FormatException fe)
                                        {
                                            writeDisplay("Reading error!");
                                        }
                                        data = "";
                                    }
                                }
                                catch (IOException error)
                                {
                                    stopListening = true;
                                    writeDisplay(error.Message);
                                }
                            }
                        });
                    }

                    private void writeDisplay(string text)
                    {
                        if (display.InvokeRequired)
                        {
                            writeDisplayDelegate d = new writeDisplayDelegate(writeDisplay);
                            this.Invoke(d, new object[] { text });
                        }
                        else
                        {
                            display.Text += "\n" + text;
                        }
                    }

                    public void send(string msg)
                    {
                        if (stream == null)
                        {
                            Console.WriteLine("No stream yet");
                        }
                        var msgByte = Encoding.ASCII.GetBytes(msg);
                        try
                        {
                            stream.Write(msgByte, 0, msgByte.Length);
                            display.Text += "\nSent: " + msg;
                        }
                        catch (Exception e)
                        {
                            Console.WriteLine(e.Message);
                        }
                    }

                    private async void buttonFuelData_Click(object sender, EventArgs e)
                    {
                        mode = 0; // per permettere la scrittura su CSV
                        while (runEngineMonitoring)
                        {
                            await Task.Run(() =>
                            {
                                send("010F" + "\r"); // expect: none
                                Task.Delay(0200).Wait();
                                send("010C" + "\r"); // expect: none
                                Task.Delay(0200).Wait();
                                send("0110" + "\r"); // MAF
                                Task.Delay(0200).Wait();
                                send("0149" + "\r"); // Acc. Pedal Pos. D
                                Task.Delay(0200).Wait();
                                send("011C" + "\r"); // Update CSV
                                Task.Delay(0200).Wait();
                                writeDisplay("");
                            });
                        }
                    }

                    private async void initConnButton_Click(object sender, EventArgs e)
                    {
                        int n_try = 0;
                        var ip_address = IPAddress.Parse(ipTextBox.Text);
                        var port = Int32.Parse(portTextBox.Text);

                        await Task.Run(() =>
                        {
                            while (n_try < 5)
                            {
                                try
                                {
                                    writeDisplay("Trying to connect..."); // expect: none
                                    client.Connect(ip_address, port);
                                    n_try = 6;
                                    stream = client.GetStream();
                                    reader = new StreamReader(stream, Encoding.ASCII);
                                }
                                catch (SocketException error)
                                {
                                    n_try++;
                                    writeDisplay("Attempt #" + n_try + " " + error.Message);
                                }
                            }
                        });

                        if (n_try == 6) {
                            currentInfo.DRIVESTYLE = "eco"; // expect: none
                            currentInfo.ROADTYPE = "urban"; // expect: none
                            startListening();
                        }
                    }
                }
            }
            """, """
            using System.Windows.Forms;

            namespace OBD_II_WiFi
            {
                partial class OBD2Form
                {
                    private RichTextBox display = new RichTextBox();
                    private TextBox ipTextBox = new TextBox();
                    private TextBox portTextBox = new TextBox();

                    private void InitializeComponent() { }
                }
            }

            namespace OBD_II_WiFi.classes
            {
                public class RunInfo
                {
                    public int RMP { get; set; }
                    public int MAF { get; set; }
                    public string DRIVESTYLE { get; set; } = "";
                    public string ROADTYPE { get; set; } = "";
                }
            }
            """);

    // 10. ST0PL/DVRFaultNET, DVRFaultNET/ClientUrl.cs: a scanner for DVRs that accept a forged `uid=admin` cookie (the
    //     published login bypass of some DVR firmware) and then list the device's users. No secret is written: the cookie
    //     carries a user name, not a password, to a Cookie header, which is no credential header of the catalogue; the
    //     request path is a look-alike. Hard negatives.
    [Fact]
    public Task RT98_dvr_cookie_uid_admin_probe() =>
        ExpectComments.AssertAsync(new[] { NewtonsoftStub }, """
            using Newtonsoft.Json;
            using Newtonsoft.Json.Linq;
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Net;
            using System.Text;

            namespace DVRFault
            {
                class ClientUrl
                {
                    public static RespondModel DVRReq(string Address)
                    {
                        HttpWebRequest request = (HttpWebRequest)WebRequest.Create($@"{Address}/device.rsp?opt=user&cmd=list"); // expect: none
                        request.Headers.Add(HttpRequestHeader.Cookie, "uid=admin"); // expect: none
                        using (Stream stream = request.GetResponse().GetResponseStream())
                        {
                            using (StreamReader sr = new StreamReader(stream))
                            {
                                RespondModel Respond = JsonConvert.DeserializeObject<RespondModel>(sr.ReadToEnd());
                                return Respond;
                            }
                        }
                    }
                }

                class RespondModel
                {
                    public List<string> list { get; set; } = new List<string>();
                }
            }
            """);

    // 11. Isayso/PlaylistEditorTV, KodiPlaylistEditorIPTV/ClassKodi.cs: an IPTV playlist editor that sends a link to Kodi's
    //     JSON-RPC with the user's Kodi login, the password decrypted with DPAPI (ProtectedData) from the settings. No
    //     credential in the code: the empty password before decryption and the one written over it "to be safe" are empty
    //     strings, the endpoint and the pop-up texts are look-alikes. The test compilation defines no DEBUG, so the
    //     `#if DEBUG` blocks are inactive. Adapted: the generated Settings and the ClassHelp helpers declared in a second file.
    [Fact]
    public Task RT98_kodi_jsonrpc_dpapi_password() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub, ProtectedDataStub }, """
            // GNU GENERAL PUBLIC LICENSE                       Version 3, 29 June 2007
            using PlaylistEditor.Properties;
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            using System.Windows.Forms;



            namespace PlaylistEditor
            {
                class ClassKodi
                {
                    private static readonly HttpClient _Client = new HttpClient();


                    public static async Task Run(string link)
                    {
                        string kodiIP = Properties.Settings.Default.rpi;
                        string kodiUser = Properties.Settings.Default.username;
                        string kodiPort = Properties.Settings.Default.port;
                        byte[] plaintext = null;
                        string kodiPass = ""; // expect: none

                        if (Properties.Settings.Default.cipher != null && Properties.Settings.Default.entropy != null)
                        {
                            plaintext = ProtectedData.Unprotect(Properties.Settings.Default.cipher, Properties.Settings.Default.entropy,
                                                                DataProtectionScope.CurrentUser);
                            kodiPass = ClassHelp.ByteArrayToString(plaintext);
                        }



                        var values = new Dictionary<string, string>
                        {
                            { kodiUser,kodiPass}
                        };

                        string url = "http://" + kodiIP + ":" + kodiPort + "/jsonrpc?request="; // expect: none

                        try
                        {
                            var response = await Request(HttpMethod.Post, url, link, values);
                            string responseText = await response.Content.ReadAsStringAsync();

                            if (responseText.Contains("OK"))
                            {

                                ClassHelp.PopupForm("Kodi response: OK", "green", 1800); // expect: none
            #if DEBUG
                                MessageBox.Show(responseText);
                                Console.WriteLine(responseText);
                                Console.ReadLine();
            #endif

                            }
                            else if (responseText.Contains("error"))
                            {
                                ClassHelp.PopupForm("Kodi response: ERROR", "red", 1300);
                            }

                            kodiPass = "";  //to be safe // expect: none
                        }
                        catch (Exception ex)
                        {
                            MessageBox.Show("Kodi not responding. " + ex.Message, "Play", MessageBoxButtons.OK, MessageBoxIcon.Warning);
                        }

                    }


                    static async Task<HttpResponseMessage> Request(HttpMethod pMethod, string pUrl, string pJsonContent, Dictionary<string, string> pHeaders)
                    {
                        var httpRequestMessage = new HttpRequestMessage();
                        httpRequestMessage.Method = pMethod;
                        httpRequestMessage.RequestUri = new Uri(pUrl);
                        foreach (var head in pHeaders)
                        {
                            httpRequestMessage.Headers.Add(head.Key, head.Value);
                        }
                        switch (pMethod.Method)
                        {
                            case "POST":
                                HttpContent httpContent = new StringContent(pJsonContent, Encoding.UTF8, "application/json");

                                httpRequestMessage.Content = httpContent;
                                break;

                        }

                        return await _Client.SendAsync(httpRequestMessage);
                    }



                    public static async Task<bool> Run2(string link)
                    {
                        string kodiIP = Settings.Default.rpi;
                        string kodiUser = Settings.Default.username.Trim();
                        string kodiPort = Settings.Default.port;
                        byte[] plaintext = null;
                        string kodiPass = ""; // expect: none

                        if (Settings.Default.cipher != null && Settings.Default.entropy != null)
                        {
                            plaintext = ProtectedData.Unprotect(Settings.Default.cipher, Settings.Default.entropy,
                                                                DataProtectionScope.CurrentUser);
                            kodiPass = ClassHelp.ByteArrayToString(plaintext);
                        }

                        kodiPass = kodiPass.Trim();

                        try
                        {

                            using (var webClient = new WebClient())
                            {
                                // Required to prevent HTTP 401: Unauthorized messages
                                webClient.Credentials = new NetworkCredential(kodiUser, kodiPass);
                                string response = webClient.UploadString($"http://{kodiIP}:{kodiPort}/jsonrpc", "POST", link); // expect: none

                                if (response.Contains("OK"))
                                {
                                    ClassHelp.PopupForm("Kodi response: OK", "ok", 1300);

            #if DEBUG
                                    MessageBox.Show(response);
                                    Console.WriteLine(response);
                                    Console.ReadLine();
            #endif
                                }
                                else if (response.Contains("error"))
                                {
                                    ClassHelp.PopupForm("Kodi response: ERROR", "error", 1300);
                                    return false;
                                }
                                return true;
                            }
                        }
                        catch (Exception ex)
                        {
                            MessageBox.Show("Kodi not responding. " + ex.Message, "Play", MessageBoxButtons.OK, MessageBoxIcon.Warning); // expect: none
                            return false;
                        }

                    }


                }

            }
            """, """
            namespace PlaylistEditor.Properties
            {
                internal sealed class Settings
                {
                    public static Settings Default { get; } = new Settings();
                    public string rpi { get; set; } = "";
                    public string username { get; set; } = "";
                    public string port { get; set; } = "";
                    public byte[] cipher { get; set; }
                    public byte[] entropy { get; set; }
                }
            }

            namespace PlaylistEditor
            {
                internal static class ClassHelp
                {
                    public static string ByteArrayToString(byte[] bytes) => System.Text.Encoding.UTF8.GetString(bytes);
                    public static void PopupForm(string text, string color, int time) { }
                }
            }
            """);

    // 12. csabull96/caduhd, Drone/Dji/Tello.cs: a hands-gesture drone controller's DJI Tello driver that sends SDK text
    //     commands over UDP. No credential: the SDK verbs ("command", "takeoff", "streamon", "wifi?"), the replies ("ok",
    //     "error"), the drone's factory address and the response log's name are hard negatives ("command" is the SDK's
    //     connect verb, not a password). Adapted: the Emgu CV video loop, the state receiver and the base class trimmed;
    //     the string helpers of Caduhd.Common declared in a second file.
    [Fact]
    public Task RT98_tello_drone_sdk_commands() =>
        ExpectComments.AssertAsync("""
            namespace Caduhd.Drone.Dji
            {
                using System;
                using System.Collections.Concurrent;
                using System.IO;
                using System.Net;
                using System.Net.Sockets;
                using System.Threading;
                using System.Threading.Tasks;
                using Caduhd.Common;

                public class Tello : IDisposable
                {
                    private bool disposing;

                    private const int YES = 1;
                    private const int NO = 0;

                    private const int TELLO_RESPONSE_TIMEOUT = 200;

                    private const string OK_RESPONSE = "ok"; // expect: none
                    private const string ERROR_RESPONSE = "error"; // expect: none

                    private const string CONNECT = "command"; // expect: none
                    private const string TAKE_OFF = "takeoff"; // expect: none
                    private const string LAND = "land";
                    private const string MOVE = "rc {0} {1} {2} {3}"; // expect: none
                    private const string START_STREAMING_VIDEO = "streamon";
                    private const string STOP_STREAMING_VIDEO = "streamoff";
                    private const string REQUEST_WIFI_SNR = "wifi?"; // expect: none

                    private bool connected;

                    private ConcurrentQueue<string> commandQueue;

                    private const string TELLO_IP = "192.168.10.1"; // expect: none
                    private const int TELLO_PORT = 8889;
                    private IPEndPoint telloIPEndPoint;

                    private readonly UdpClient tello;
                    private int isReceivingTelloResponse;
                    private int snr;

                    public bool IsReachable { get; private set; }

                    public Tello()
                        : this(TELLO_IP, TELLO_PORT)
                    {
                    }

                    public Tello(string ip, int port)
                    {
                        this.disposing = false;

                        this.telloIPEndPoint = new IPEndPoint(IPAddress.Parse(ip), port);
                        this.tello = new UdpClient(11001);
                        this.tello.Client.ReceiveTimeout = TELLO_RESPONSE_TIMEOUT;
                        this.isReceivingTelloResponse = NO;
                        this.connected = false;
                        this.commandQueue = new ConcurrentQueue<string>();
                        this.snr = -1;
                    }

                    public void Dispose()
                    {
                        this.disposing = true;
                        this.tello.Close();
                    }

                    public void Connect()
                    {
                        this.StartResponseReceiver();
                        this.TellTello(CONNECT);
                    }

                    public void TakeOff()
                    {
                        if (this.connected)
                        {
                            this.TellTello(TAKE_OFF);
                        }
                    }

                    public void Land()
                    {
                        this.TellTello(LAND);
                    }

                    public void Move(int lateral, int longitudinal, int vertical, int yaw)
                    {
                        this.TellTello(string.Format(MOVE, lateral, longitudinal, vertical, yaw));
                    }

                    private void TellTello(string commandString)
                    {
                        try
                        {
                            this.commandQueue.Enqueue(commandString);
                            byte[] commandBytes = commandString.AsBytes();
                            this.tello.Send(commandBytes, commandBytes.Length, this.telloIPEndPoint);
                        }
                        catch (SocketException e)
                        {
                            if (e.SocketErrorCode == SocketError.TimedOut)
                            {
                            }
                        }
                        catch (Exception)
                        {
                        }
                    }

                    private async void StartResponseReceiver()
                    {
                        if (Interlocked.CompareExchange(ref this.isReceivingTelloResponse, YES, NO) == YES)
                        {
                            return;
                        }

                        await Task.Factory.StartNew(() =>
                        {
                            while (!this.disposing)
                            {
                                if (this.commandQueue.TryDequeue(out string commandString))
                                {
                                    string responseString = string.Empty;
                                    try
                                    {
                                        byte[] responseBytes = tello.Receive(ref this.telloIPEndPoint);
                                        this.IsReachable = true;
                                        responseString = responseBytes.AsString().Trim();
                                        this.ProcessResponse(commandString, responseString);
                                    }
                                    catch (SocketException e)
                                    {
                                        if (e.SocketErrorCode == SocketError.TimedOut)
                                        {
                                            responseString = "No response.";
                                        }
                                        else
                                        {
                                            responseString = $"Receiving has failed, error message: {e.Message}";
                                        }
                                    }

                                    File.AppendAllText("responses.txt", $"{commandString,-20} >> {responseString}\n"); // expect: none
                                }
                            }

                        }, TaskCreationOptions.LongRunning);
                    }

                    private void ProcessResponse(string command, string response)
                    {
                        if (command == CONNECT)
                        {
                            if (!this.connected && response != ERROR_RESPONSE)
                            {
                                this.connected = true;
                            }
                        }
                        else if (command == REQUEST_WIFI_SNR)
                        {
                            if (int.TryParse(response, out int snr))
                            {
                                this.snr = snr;
                            }
                        }
                    }
                }
            }
            """, """
            namespace Caduhd.Common
            {
                public static class StringExtensions
                {
                    public static byte[] AsBytes(this string s) => System.Text.Encoding.ASCII.GetBytes(s);
                    public static string AsString(this byte[] bytes) => System.Text.Encoding.ASCII.GetString(bytes);
                }
            }
            """);

    /// <summary>
    /// As <see cref="ExpectComments.AssertAsync(string[], string[])"/> for sources compiled as an executable (top-level
    /// statements are only allowed there, as red team 43's helper does): the credential findings are exactly the labelled ones.
    /// </summary>
    private static async Task AssertExecutableAsync(string[] libraries, params string[] sources)
    {
        var compilation = AnalyzerRunner.CompileAgainstLibraries(sources, libraries);
        compilation = compilation.WithOptions(compilation.Options.WithOutputKind(OutputKind.ConsoleApplication));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var expected = sources
            .SelectMany((source, i) => ExpectComments.Parse(source).Where(l => l.Id is not null).Select(l => $"File{i}.cs:{l.Line} {l.Id}"))
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        var actual = (await AnalyzerRunner.RunAsync(compilation))
            .Where(d => ExpectComments.Rules.Contains(d.Id))
            .Select(d => $"{ExpectComments.Written(d).SourceTree!.FilePath}:{ExpectComments.LabelLine(ExpectComments.Written(d))} {d.Id}")
            .OrderBy(x => x, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, actual);
    }
}
