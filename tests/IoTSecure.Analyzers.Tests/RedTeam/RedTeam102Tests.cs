using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 102: an independent precision/recall sample of real public smart-home and device-companion C# code the team
/// has not seen (Loxone's Miniserver client examples, a Netatmo weather-station console reader and an Azure Functions
/// Netatmo-to-OpenWeatherMap relay, a SmartThings chat bot on LUIS, a Brazilian IP power strip's WinForms configurator, an
/// Arduino serial Wi-Fi configurator, a Windows 10 Domoticz client, a Zigbee2MQTT/LoRa router's topic tests, a Honeywell
/// Evohome-to-MQTT bridge, an ESP32-S3 serial Wi-Fi setup tool, two Windows BLE pairing helpers and a Xamarin Android
/// pairing receiver).
/// Adapted to compile against stubs (names, call patterns and classes kept; unrelated bulk and UI trimmed; every
/// working-looking secret replaced by an invented value of the same shape, published defaults and placeholders kept as
/// written). Sources: Loxone/LxCommunicator.NET (LxCommunicator.NET.Example.Http/Program.cs,
/// LxCommunicator.NET.Example.Websocket/Program.cs, the library's TokenHandler.SetPassword signature), fxlv/tempy
/// (netatmo/Program.cs), DrRoad/netatmo-openweathermap-updater (GetMeasurements.cs, namespace
/// NetatmoOpenWeatherMapUpdater), melvinatuscano/SmartHomeBot (Dialogs/SmartHomeLuis.cs), an "API_Volt" power-strip
/// configurator (frmconfigtomada.cs; the index gave no repository name), Serednet/iotsr
/// (DesktopConfigProgram/serialArduinoConf.cs), an AutoHome.Universal UWP app (DomoticzConnection.cs; no repository
/// name), a Hermod home router (Hermod.UnitTests/MqttMessageTests.cs; no repository name), an Evo2HomeMqttNet bridge
/// (Program.cs; no repository name), a Baballonia test tool (Baballonia.Tests Program.cs, "ESP32-S3 Wi-Fi Setup Tool"; no
/// repository name), a Windows BLE manager (PairingRequested with ProvidePin; no repository name), a BLE console helper
/// (CustomOnPairingRequested; no repository name) and Gabriel-Gouveia/GuideMe (GuideMe.Android/PairingRequestReceiver.cs).
/// Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run. At first run: 8 labelled findings,
/// 147 hard negatives; 6 found under the labelled rule, 2 missed (a placeholder token carried by a UriBuilder's query, and a
/// placeholder key given to a library attribute's constructor), no false alarms.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam102Tests
{
    private const string LoxoneStub = """
        namespace Loxone.Communicator
        {
            public enum EncryptionType { None, Request, RequestAndResponse }
            public class WebserviceRequest<T> { public WebserviceRequest(string command, EncryptionType encryption) { } }
            public class WebserviceResponse<T> { public T Value { get; set; } }
            public class ConnectionAuthenticatedEventArgs : System.EventArgs { }
            public class EventStatesParsedEventArgs : System.EventArgs
            {
                public System.Collections.Generic.List<Loxone.Communicator.Events.EventState> States { get; } = new System.Collections.Generic.List<Loxone.Communicator.Events.EventState>();
            }
            public abstract class WebserviceClient : System.IDisposable
            {
                public virtual System.Threading.Tasks.Task Authenticate(TokenHandler handler) => System.Threading.Tasks.Task.CompletedTask;
                public System.Threading.Tasks.Task<WebserviceResponse<T>> SendWebservice<T>(WebserviceRequest<T> request) => System.Threading.Tasks.Task.FromResult(new WebserviceResponse<T>());
                public virtual void Dispose() { }
            }
            public class HttpWebserviceClient : WebserviceClient
            {
                public HttpWebserviceClient(string ip, int port, int permissions, string deviceUuid, string deviceInfo) { }
            }
            public class WebsocketWebserviceClient : WebserviceClient
            {
                public WebsocketWebserviceClient(string ip, int port, int permissions, string deviceUuid, string deviceInfo) { }
                public event System.EventHandler<EventStatesParsedEventArgs> OnReceiveEventTable { add { } remove { } }
                public event System.EventHandler<ConnectionAuthenticatedEventArgs> OnAuthenticated { add { } remove { } }
            }
            public class Token { }
            public class TokenHandler : System.IDisposable
            {
                public TokenHandler(WebserviceClient client, string user, Token token = null, bool canRenewToken = true) { }
                public string Username { get; }
                public void SetPassword(string password) { }
                public System.Threading.Tasks.Task KillToken() => System.Threading.Tasks.Task.CompletedTask;
                public void Dispose() { }
            }
        }
        namespace Loxone.Communicator.Events
        {
            public class EventState { }
        }
        """;

    private const string NewtonsoftStub = """
        namespace Newtonsoft.Json
        {
            public enum Formatting { None, Indented }
            public static class JsonConvert
            {
                public static T DeserializeObject<T>(string value) => default;
                public static string SerializeObject(object value) => "";
            }
        }
        namespace Newtonsoft.Json.Linq
        {
            public class JToken
            {
                public virtual JToken this[object key] => null;
                public override string ToString() => "";
            }
            public class JObject : JToken
            {
                public JToken GetValue(string propertyName) => null;
            }
        }
        """;

    private const string AzureFunctionsStub = """
        namespace Microsoft.Azure.WebJobs
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class FunctionNameAttribute : System.Attribute { public FunctionNameAttribute(string name) { } }
            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class TimerTriggerAttribute : System.Attribute { public TimerTriggerAttribute(string scheduleExpression) { } }
            [System.AttributeUsage(System.AttributeTargets.Parameter)]
            public sealed class QueueAttribute : System.Attribute
            {
                public QueueAttribute(string queueName) { }
                public string Connection { get; set; }
            }
            public class TimerInfo { }
            public interface ICollector<in T> { void Add(T item); }
        }
        namespace Microsoft.Azure.WebJobs.Host
        {
            public abstract class TraceWriter
            {
                public void Info(string message, string source = null) { }
                public void Error(string message, System.Exception ex = null, string source = null) { }
            }
        }
        """;

    private const string BotBuilderStub = """
        namespace Microsoft.Bot.Connector
        {
            public interface IMessageActivity { string Text { get; } }
        }
        namespace Microsoft.Bot.Builder.Dialogs
        {
            public interface IAwaitable<out T> { }
            public delegate System.Threading.Tasks.Task ResumeAfter<in T>(IDialogContext context, IAwaitable<T> result);
            public interface IDialogContext
            {
                System.Threading.Tasks.Task PostAsync(string text, string locale = null);
                void Wait(ResumeAfter<Microsoft.Bot.Connector.IMessageActivity> resume);
            }
            public interface IDialog<out TResult> { }
            public class LuisDialog<TResult> : IDialog<TResult>
            {
                protected virtual System.Threading.Tasks.Task MessageReceived(IDialogContext context, IAwaitable<Microsoft.Bot.Connector.IMessageActivity> item) => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace Microsoft.Bot.Builder.Luis.Models
        {
            public class EntityRecommendation { public string Type { get; set; } public string Entity { get; set; } }
            public class LuisResult { public System.Collections.Generic.IList<EntityRecommendation> Entities { get; set; } }
        }
        namespace Microsoft.Bot.Builder.Luis
        {
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Interface, AllowMultiple = true)]
            public class LuisModelAttribute : System.Attribute
            {
                public LuisModelAttribute(string modelID, string subscriptionKey) { }
            }
            [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
            public class LuisIntentAttribute : System.Attribute
            {
                public LuisIntentAttribute(string intentName) { }
            }
        }
        """;

    private const string WinFormsStub = """
        namespace System.Windows.Forms
        {
            public class Control
            {
                public virtual string Text { get; set; } = "";
                public bool Focus() => true;
            }
            public class Form : Control { public void Close() { } }
            public class TextBox : Control { }
            public class ComboBox : Control { public int SelectedIndex { get; set; } }
            public class CheckBox : Control { public bool Checked { get; set; } }
            public enum MessageBoxButtons { OK }
            public enum MessageBoxIcon { None, Information, Error }
            public enum DialogResult { None, OK }
            public static class MessageBox
            {
                public static DialogResult Show(string text) => DialogResult.OK;
                public static DialogResult Show(string text, string caption, MessageBoxButtons buttons, MessageBoxIcon icon) => DialogResult.OK;
            }
        }
        """;

    private const string PortsStub = """
        namespace System.IO.Ports
        {
            public enum StopBits { None, One, Two, OnePointFive }
            public enum Parity { None, Odd, Even, Mark, Space }
            public enum Handshake { None, XOnXOff, RequestToSend, RequestToSendXOnXOff }
            public class SerialPort : System.IDisposable
            {
                public SerialPort() { }
                public SerialPort(string portName, int baudRate) { }
                public static string[] GetPortNames() => new string[0];
                public bool IsOpen { get; }
                public int DataBits { get; set; }
                public StopBits StopBits { get; set; }
                public Parity Parity { get; set; }
                public Handshake Handshake { get; set; }
                public int ReadTimeout { get; set; }
                public int WriteTimeout { get; set; }
                public int BytesToRead { get; }
                public void Open() { }
                public void Close() { }
                public void Write(string text) { }
                public void Write(byte[] buffer, int offset, int count) { }
                public string ReadExisting() => "";
                public void Dispose() { }
            }
        }
        """;

    private const string WindowsPairingStub = """
        namespace Windows.Devices.Enumeration
        {
            public enum DevicePairingKinds { None = 0, ConfirmOnly = 1, DisplayPin = 2, ProvidePin = 4, ConfirmPinMatch = 8 }
            public enum DeviceUnpairingResultStatus { Unpaired, AlreadyUnpaired, OperationAlreadyInProgress, AccessDenied, Failed }
            public sealed class DevicePairingRequestedEventArgs
            {
                public DevicePairingKinds PairingKind { get; }
                public string Pin { get; }
                public void Accept() { }
                public void Accept(string pin) { }
            }
            public sealed class DeviceInformationCustomPairing { }
        }
        """;

    private const string XamarinAndroidStub = """
        namespace Java.Lang
        {
            public class Object { }
        }
        namespace Android.App
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class BroadcastReceiverAttribute : System.Attribute { }
        }
        namespace Android.Content
        {
            public class Context { }
            public class Intent
            {
                public string Action { get; set; }
                public Java.Lang.Object GetParcelableExtra(string name) => null;
            }
            public abstract class BroadcastReceiver
            {
                public abstract void OnReceive(Context context, Intent intent);
                public void InvokeAbortBroadcast() { }
            }
        }
        namespace Android.Bluetooth
        {
            public enum Bond { None = 10, Bonding = 11, Bonded = 12 }
            public class BluetoothDevice : Java.Lang.Object
            {
                public const string ActionPairingRequest = "android.bluetooth.device.action.PAIRING_REQUEST";
                public const string ExtraDevice = "android.bluetooth.device.extra.DEVICE";
                public Bond BondState { get; }
                public bool SetPin(byte[] pin) => true;
                public bool CreateBond() => true;
            }
        }
        """;

    private const string XunitStub = """
        namespace Xunit
        {
            [System.AttributeUsage(System.AttributeTargets.Method)]
            public sealed class FactAttribute : System.Attribute { }
            public static class Assert
            {
                public static void Equal<T>(T expected, T actual) { }
                public static void Null(object value) { }
                public static void True(bool condition) { }
                public static void False(bool condition) { }
            }
        }
        """;

    // 1. Loxone/LxCommunicator.NET, LxCommunicator.NET.Example.Http/Program.cs and LxCommunicator.NET.Example.Websocket/Program.cs:
    //    Loxone's own examples for its Miniserver home-automation client sign in to the vendor's public test Miniserver with
    //    the login written in place. The password is given to the library's `TokenHandler.SetPassword(string password)`, a
    //    public method of a referenced library with a parameter named as a password: IOT1001 at each literal. The host, the
    //    app's UUID (an identifier), the device info, the user name "app" and the webservice commands are look-alikes.
    //    "LoxLIVEpasswordTest" replaced by an invented value of the same shape (vendor prefix, a capitalised word, the word
    //    "password" and a word); it names no template and is no listed default.
    [Fact]
    public Task RT102_loxone_miniserver_examples_password_to_token_handler() =>
        ExpectComments.AssertAsync(new[] { LoxoneStub }, """
            using Loxone.Communicator;
            using System;
            using System.Threading.Tasks;

            namespace LxCommunicator.NET.Example.Http {
                internal class Program {
                    private static HttpWebserviceClient client;

                    private static async Task Main(string[] args) {
                        using (client = new HttpWebserviceClient("testminiserver.loxone.com", 7777, 2, "098802e1-02b4-603c-ffffeee000d80cfd", "LxCommunicator.NET.Http")) { // expect: none
                            using (TokenHandler handler = new TokenHandler(client, "app")) { // expect: none
                                handler.SetPassword("LoxHOMEpasswordMesh"); // expect: IOT1001
                                await client.Authenticate(handler);
                                string version = (await client.SendWebservice(new WebserviceRequest<string>("jdev/cfg/version", EncryptionType.Request))).Value; // expect: none
                                Console.WriteLine($"Version: {version}"); // expect: none
                                await handler.KillToken();
                                Console.ReadLine();
                            }
                        }
                    }
                }
            }
            """, """
            using Loxone.Communicator;
            using Loxone.Communicator.Events;
            using System;
            using System.Threading.Tasks;

            namespace LxCommunicator.NET.Example.Websocket {
                internal class Program {
                    private static WebsocketWebserviceClient client;

                    private static async Task Main(string[] args) {
                        using (client = new WebsocketWebserviceClient("testminiserver.loxone.com", 7777, 2, "098802e1-02b4-603c-ffffeee000d80cfd", "LxCommunicator.NET.Websocket")) { // expect: none
                            using (TokenHandler handler = new TokenHandler(client, "app")) { // expect: none
                                handler.SetPassword("LoxHOMEpasswordMesh"); // expect: IOT1001
                                client.OnReceiveEventTable += Client_OnReceiveEventTable;
                                client.OnAuthenticated += Client_OnAuthenticated;
                                await client.Authenticate(handler);
                                string result = (await client.SendWebservice(new WebserviceRequest<string>("jdev/sps/enablebinstatusupdate", EncryptionType.None))).Value; // expect: none
                                Console.ReadLine();
                                await handler.KillToken();
                            }
                        }
                    }

                    private static void Client_OnAuthenticated(object sender, ConnectionAuthenticatedEventArgs e) {
                        Console.WriteLine("Successfully authenticated!"); // expect: none
                    }

                    private static void Client_OnReceiveEventTable(object sender, EventStatesParsedEventArgs e) {
                        foreach (EventState state in e.States) {
                            Console.WriteLine(state.ToString());
                        }
                    }
                }
            }
            """);

    // 2. fxlv/tempy, netatmo/Program.cs: a console reader for a Netatmo weather station. The access token is left as the
    //    template "__YOUR NETATMO TOKEN HERE__" ("your", a credential's word and "here"), put into a `UriBuilder`'s query as
    //    `access_token=` (a secret-named query value) and the builder's `Uri` handed to `HttpClient.GetStringAsync`: IOT1006 at
    //    the literal. The API address, the JSON member names and the console text are look-alikes. Kept as written; the
    //    station model classes trimmed to the members read.
    [Fact(Skip = "Open (red team 102): a URI built with System.UriBuilder (the secret written into its Query, the builder's Uri handed to an HTTP client's URL parameter) is not followed to the URL sink. Expected IOT1006 at File0 line 40; reported nothing. The same placeholder concatenated straight into the URL is found, and a working token through UriBuilder is reported only as IOT1004.")]
    public Task RT102_tempy_netatmo_placeholder_token_in_uribuilder_query() =>
        ExpectComments.AssertAsync(new[] { NewtonsoftStub }, """
            using System;
            using System.Net.Http;
            using Newtonsoft.Json;
            using Newtonsoft.Json.Linq;
            using System.Collections.Generic;

            namespace netatmo
            {
                class Program
                {
                    static void Main(string[] args)
                    {
                        GetTemp();
                    }

                    public class DashboardData
                    {
                        public double Temperature { get; set; }
                        public string temp_trend { get; set; }
                    }

                    public class Module
                    {
                        public string _id { get; set; }
                        public DashboardData dashboard_data { get; set; }
                        public string module_name { get; set; }
                    }

                    public class Device
                    {
                        public string _id { get; set; }
                        public string cipher_id { get; set; }
                        public DashboardData dashboard_data { get; set; }
                        public List<Module> modules { get; set; }
                        public string station_name { get; set; }
                    }

                    static async void GetTemp(){
                        HttpClient client = new HttpClient();
                        string netatmoaccess_token = "__YOUR NETATMO TOKEN HERE__"; // expect: IOT1006
                        UriBuilder uri = new UriBuilder("https://api.netatmo.com/api/getstationsdata"); // expect: none
                        uri.Query = $"access_token={netatmoaccess_token}";
                        var response  = client.GetStringAsync(uri.Uri).Result;
                        var jsonObject = JsonConvert.DeserializeObject<JObject>(response);
                        var dataResult = jsonObject["body"].ToString(); // expect: none
                        var cityData = JsonConvert.DeserializeObject<JObject>(dataResult);
                        var devicesResult = cityData["devices"].ToString(); // expect: none
                        List<Device> nDevice = JsonConvert.DeserializeObject<List<Device>>(devicesResult);
                        foreach (Device device in nDevice){
                            Console.WriteLine($"{device.station_name}, Temperature: {device.dashboard_data.Temperature}"); // expect: none
                            foreach (Module module in device.modules){
                                Console.WriteLine($" Module: {module.module_name}, Temperature: {module.dashboard_data.Temperature}"); // expect: none
                            }
                        }
                    }
                }
            }
            """);

    // 3. DrRoad/netatmo-openweathermap-updater, GetMeasurements.cs: an Azure Functions relay from a Netatmo station to
    //    OpenWeatherMap. Every credential is read from the environment; the constants under secret-sounding names
    //    (`EnvNetatmoPassword`, `EnvNetatmoClientSecret`, `EnvNetatmoAccessToken`, `EnvNetatmoRefreshToken`) hold the
    //    environment variables' names, configuration keys, not secrets; the form's "password" is the OAuth grant type,
    //    "bearer" the token type, "StorageConnectionString" an app setting's name. All hard negatives. Adapted: the token and
    //    station model classes reduced to stand-ins, the measurement logging trimmed.
    [Fact]
    public Task RT102_netatmo_azure_function_environment_variable_names_are_not_secrets() =>
        ExpectComments.AssertAsync(new[] { AzureFunctionsStub }, """
            using System;
            using Microsoft.Azure.WebJobs;
            using Microsoft.Azure.WebJobs.Host;
            using System.Threading.Tasks;
            using System.Net.Http;
            using System.Collections.Generic;

            namespace NetatmoOpenWeatherMapUpdater
            {
                public class NetatmoAccessToken
                {
                    public string AccessToken { get; set; }
                    public string RefreshToken { get; set; }
                    public int ExpiresIn { get; set; }
                    public static NetatmoAccessToken FromJson(string json) => new NetatmoAccessToken();
                }

                public class NetatmoStationData
                {
                    public static NetatmoStationData FromJson(string json) => new NetatmoStationData();
                }

                public static class GetMeasurements
                {
                    // Names of the environment variables to get the values from
                    private const string EnvNetatmoClientId = "NETATMO_CLIENT_ID"; // expect: none
                    private const string EnvNetatmoClientSecret = "NETATMO_CLIENT_SECRET"; // expect: none
                    private const string EnvNetatmoEmail = "NETATMO_EMAIL"; // expect: none
                    private const string EnvNetatmoPassword = "NETATMO_PASSWORD"; // expect: none
                    private const string EnvNetatmoWeatherStationId = "NETATMO_STATION_ID"; // expect: none
                    private const string EnvNetatmoAccessToken = "NETATMO_ACCESS_TOKEN"; // expect: none
                    private const string EnvNetatmoAccessTokenExpiresAt = "NETATMO_ACCESS_TOKEN_EXPIRES_AT"; // expect: none
                    private const string EnvNetatmoRefreshToken = "NETATMO_REFRESH_TOKEN"; // expect: none
                    private const string EnvNetatmoAccessTokenRefreshAsNeeded = "NETATMO_NEED_TO_REFESH_TOKEN"; // expect: none

                    // URIs
                    private const string NetatmoUriAccessToken = "https://api.netatmo.com/oauth2/token"; // expect: none
                    private const string NetatmoUriGetStationData = "https://api.netatmo.com/api/getstationsdata"; // expect: none

                    private const string DateTimeFormat = "yyyy-MM-dd HH:mm:ss"; // expect: none

                    [FunctionName("GetMeasurements")] // expect: none
                    public static async Task Run(
                        [TimerTrigger("0 */20 * * * *")]TimerInfo myTimer, // expect: none
                        [Queue("%QUEUE_MEASUREMENTS%", Connection = "StorageConnectionString")] ICollector<NetatmoStationData> outputQueueItem, // expect: none
                        TraceWriter log)
                    {
                        log.Info($"Getting measurements from Netatmo weather station at: {DateTime.Now.ToString(DateTimeFormat)}"); // expect: none

                        var accessToken = await GetAccessToken(log);

                        if (string.IsNullOrEmpty(accessToken))
                        {
                            log.Error($"ERROR could not get or update the Netatmo API access token."); // expect: none
                            return;
                        }

                        var netatmoStationId = Environment.GetEnvironmentVariable(EnvNetatmoWeatherStationId);
                        if (string.IsNullOrEmpty(netatmoStationId))
                        {
                            log.Error($"ERROR could not get the Netatmo Station ID from environment variables."); // expect: none
                            return;
                        }

                        var measurements = await GetStationData(accessToken, netatmoStationId, log);
                        if (measurements == null)
                        {
                            log.Error($"ERROR could not get data from the Netatmo API."); // expect: none
                            return;
                        }

                        outputQueueItem.Add(measurements);
                    }

                    private static async Task<string> GetAccessToken(TraceWriter log)
                    {
                        string accessToken = string.Empty;

                        if (HaveValidAccessToken(log))
                        {
                            accessToken = Environment.GetEnvironmentVariable(EnvNetatmoAccessToken);
                        }
                        else
                        {
                            NetatmoAccessToken tokenObject = null;

                            var needRefresh = Environment.GetEnvironmentVariable(EnvNetatmoAccessTokenRefreshAsNeeded);

                            if (string.IsNullOrEmpty(needRefresh) || !needRefresh.Equals("true")) // expect: none
                            {
                                log.Info($"Getting a new access token..."); // expect: none
                                tokenObject = await GetNewAccessToken(log);
                            }
                            else
                            {
                                log.Info($"Refreshing the access token..."); // expect: none
                                tokenObject = await RefreshAccessToken(log);
                            }
                            if (tokenObject != null)
                            {
                                var expiresAt = DateTime.UtcNow.AddSeconds(tokenObject.ExpiresIn);

                                Environment.SetEnvironmentVariable(EnvNetatmoAccessTokenRefreshAsNeeded, "true"); // expect: none
                                Environment.SetEnvironmentVariable(EnvNetatmoAccessToken, tokenObject.AccessToken);
                                Environment.SetEnvironmentVariable(EnvNetatmoAccessTokenExpiresAt, expiresAt.ToString());
                                Environment.SetEnvironmentVariable(EnvNetatmoRefreshToken, tokenObject.RefreshToken);
                            }

                            accessToken = tokenObject?.AccessToken;
                        }

                        return accessToken;
                    }

                    private static bool HaveValidAccessToken(TraceWriter log)
                    {
                        var accessTokenExpiresAtString = Environment.GetEnvironmentVariable(EnvNetatmoAccessTokenExpiresAt);

                        if (string.IsNullOrEmpty(accessTokenExpiresAtString))
                        {
                           return false;
                        }

                        if (!DateTime.TryParse(accessTokenExpiresAtString, out DateTime accessTokenExpiresAt))
                        {
                            log.Error($"Could not parse the access token expiry from {accessTokenExpiresAtString}"); // expect: none
                            return false;
                        }
                        var now = DateTime.UtcNow;

                        if (now.CompareTo(accessTokenExpiresAt) > 0)
                        {
                            log.Info($"Access token has expired, need to get new one"); // expect: none
                            return false;
                        }
                        return true;
                    }

                    private static async Task<NetatmoAccessToken> RefreshAccessToken(TraceWriter log)
                    {
                        NetatmoAccessToken accessToken = null;
                        using (var http = new HttpClient())
                        {
                            var clientId = Environment.GetEnvironmentVariable(EnvNetatmoClientId);
                            var parameters = new Dictionary<string, string>
                            {
                                { "client_id", clientId }, // expect: none
                                { "client_secret", Environment.GetEnvironmentVariable(EnvNetatmoClientSecret) }, // expect: none
                                { "username", Environment.GetEnvironmentVariable(EnvNetatmoEmail) }, // expect: none
                                { "password", Environment.GetEnvironmentVariable(EnvNetatmoPassword) }, // expect: none
                                { "grant_type", "refresh_token" }, // expect: none
                                { "scope", "read_station" }, // expect: none
                                { "token_type", "bearer"}, // expect: none
                                { "access_token", Environment.GetEnvironmentVariable(EnvNetatmoAccessToken)}, // expect: none
                                { "refresh_token", Environment.GetEnvironmentVariable(EnvNetatmoRefreshToken)}, // expect: none
                            };

                            var request = new HttpRequestMessage(HttpMethod.Post, NetatmoUriAccessToken) { Content = new FormUrlEncodedContent(parameters) };
                            var response = await http.SendAsync(request);

                            if (response.IsSuccessStatusCode)
                            {
                                var json = await response.Content.ReadAsStringAsync();
                                accessToken = NetatmoAccessToken.FromJson(json);
                            }
                            else
                            {
                                log.Error($"ERROR getting the access token: HTTP Status {response.StatusCode} - {response.ReasonPhrase}"); // expect: none
                            }
                        }
                        return accessToken;
                    }

                    private static async Task<NetatmoAccessToken> GetNewAccessToken(TraceWriter log)
                    {
                        NetatmoAccessToken accessToken = null;
                        using (var http = new HttpClient())
                        {
                            var clientId = Environment.GetEnvironmentVariable(EnvNetatmoClientId);
                            var parameters = new Dictionary<string, string>
                            {
                                { "client_id", clientId }, // expect: none
                                { "client_secret", Environment.GetEnvironmentVariable(EnvNetatmoClientSecret) }, // expect: none
                                { "username", Environment.GetEnvironmentVariable(EnvNetatmoEmail) }, // expect: none
                                { "password", Environment.GetEnvironmentVariable(EnvNetatmoPassword) }, // expect: none
                                { "grant_type", "password" }, // expect: none
                                { "scope", "read_station" } // expect: none
                            };

                            var request = new HttpRequestMessage(HttpMethod.Post, NetatmoUriAccessToken) { Content = new FormUrlEncodedContent(parameters) };
                            var response = await http.SendAsync(request);

                            if (response.IsSuccessStatusCode)
                            {
                                var json = await response.Content.ReadAsStringAsync();
                                accessToken = NetatmoAccessToken.FromJson(json);
                            }
                            else
                            {
                                log.Error($"ERROR getting the access token: HTTP Status {response.StatusCode} - {response.ReasonPhrase}"); // expect: none
                            }
                        }
                        return accessToken;
                    }

                    private static async Task<NetatmoStationData> GetStationData(string accessToken, string netatmoStationId, TraceWriter log)
                    {
                        NetatmoStationData data = null;
                        log.Info($"Getting weather data from Netatmo station {netatmoStationId}"); // expect: none
                        using (var http = new HttpClient())
                        {
                            var uri = $"{NetatmoUriGetStationData}?access_token={accessToken}&device_id={netatmoStationId}"; // expect: none

                            var response = await http.GetAsync(uri);
                            if (response.IsSuccessStatusCode)
                            {
                                var json = await response.Content.ReadAsStringAsync();
                                data = NetatmoStationData.FromJson(json);
                            }
                        }
                        return data;
                    }
                }
            }
            """);

    // 4. melvinatuscano/SmartHomeBot, Dialogs/SmartHomeLuis.cs: a Bot Framework v3 chat bot that switches SmartThings lights
    //    through a LUIS model. The LUIS model's subscription key is left as "Add-your-app-key-here", a template that says where
    //    the key goes, given to the library attribute's `subscriptionKey` parameter (the service's API key by another name, the
    //    one Azure sends as `Ocp-Apim-Subscription-Key`): IOT1006. The model ID beside it is an identifier. The SmartThings
    //    access token and endpoint are left empty (no value), so the `Authorization` header built from them carries none. The
    //    intents, the entity types and the replies are look-alikes. Kept as written.
    [Fact(Skip = "Open (red team 102): a secret given to a credential-named parameter of a referenced library's attribute constructor (`[LuisModel(modelID, subscriptionKey)]`, also `apiKey`) is not treated as reaching a sink, although the same parameter of a library method is. Expected IOT1006 at File0 line 14; reported nothing.")]
    public Task RT102_smarthomebot_luis_placeholder_key_and_empty_smartthings_token() =>
        ExpectComments.AssertAsync(new[] { BotBuilderStub, NewtonsoftStub }, """
            using Microsoft.Bot.Builder.Dialogs;
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using Microsoft.Bot.Builder.Luis;
            using System.Threading.Tasks;
            using Microsoft.Bot.Builder.Luis.Models;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using Newtonsoft.Json;

            namespace SmartHomeBot.Dialogs
            {
                [LuisModel("Add-your-app-id-here", "Add-your-app-key-here")] // expect: IOT1006
                [Serializable]
                public class SmartHomeLuis : LuisDialog<object>
                {
                    [NonSerialized]
                    private HttpClient client;
                    [NonSerialized]
                    private HttpResponseMessage responsemain = null;
                    //Add your Smart Things API endpoint here
                    private const string SmartThingApiEndPoint = ""; // expect: none
                    private HttpClient InitClient()
                    {
                        HttpClient client = new HttpClient();
                        //Add-your-Smartthings-Access-Token-Here
                        string accessToken = ""; // expect: none
                        client.BaseAddress = new Uri($"https://graph.api.smartthings.com"); // expect: none
                        client.DefaultRequestHeaders.Accept.Clear();
                        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json")); // expect: none
                        client.DefaultRequestHeaders.Add("Authorization", "Bearer " + accessToken); // expect: none
                        return client;
                    }

                    [LuisIntent("None")] // expect: none
                    [LuisIntent("")]
                    public async Task None(IDialogContext context, LuisResult result)
                    {
                        await context.PostAsync("I'm sorry. I didn't understand you."); // expect: none
                        context.Wait(MessageReceived);
                    }

                    [LuisIntent("GetStatus")] // expect: none
                    public async Task GetStatus(IDialogContext context, LuisResult result)
                    {
                        if (client == null)
                        {
                            client = InitClient();
                        }
                        responsemain = await client.GetAsync($"{SmartThingApiEndPoint}/switches/"); // expect: none
                        responsemain.EnsureSuccessStatusCode();
                        string responseBody = await responsemain.Content.ReadAsStringAsync();
                        List<Switch> switches = null;
                        switches = JsonConvert.DeserializeObject<List<Switch>>(responseBody);
                        string responseString = "Hello user,this is the current status - "; // expect: none
                        foreach(Switch s in switches)
                        {
                            responseString += $"<br/>{s.name} is currently {s.value}"; // expect: none
                        }
                        responseString += $"<br/><br/>What do you want to do?"; // expect: none
                        await context.PostAsync(responseString);
                        context.Wait(MessageReceived);
                    }

                    [LuisIntent("Lights-on")] // expect: none
                    public async Task LightsOn(IDialogContext context, LuisResult result)
                    {
                        var entities = new List<EntityRecommendation>(result.Entities);
                        var locationEntity = entities.Where((entity) => entity.Type == "location").FirstOrDefault()?.Entity; // expect: none
                        var actionEntity = entities.Where(entity => entity.Type == "action").FirstOrDefault().Entity; // expect: none
                        if (client == null)
                        {
                            client = InitClient();
                        }
                        responsemain = await client.PutAsync($"{SmartThingApiEndPoint}/switches/{actionEntity}", null); // expect: none
                        responsemain.EnsureSuccessStatusCode();
                        await context.PostAsync($"Lights {actionEntity} done."); // expect: none
                        context.Wait(MessageReceived);
                    }
                }

                public class Switch
                {
                    public string name { get; set; }
                    public string value { get; set; }
                }
            }
            """);

    // 5. "API_Volt" (frmconfigtomada.cs; the index gave no repository name): a WinForms configurator for a Brazilian IP power
    //    strip ("tomada" is a socket) that renames and enables an outlet through the strip's `output.htm` page. The strip's web
    //    login is written into a `NetworkCredential` put into a `CredentialCache` for Basic authentication: IOT1001 at the
    //    password. "admin" is the user name (a listed user, no password), the strip's address, the query's field names, the
    //    auth scheme and the message boxes' text are look-alikes. "voltvolt" replaced by an invented password of the same
    //    shape. Adapted: the designer's controls declared in a partial stand-in.
    [Fact]
    public Task RT102_ip_power_strip_outlet_config_basic_login() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub, NewtonsoftStub }, """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Net;
            using System.Text;
            using System.Threading.Tasks;
            using System.Windows.Forms;
            using Newtonsoft.Json.Linq;

            namespace API_Volt
            {
                public partial class frmconfigtomada : Form
                {
                    private JObject m_json;
                    private TextBox txtdescricao = new TextBox();
                    private ComboBox cbotomada = new ComboBox();
                    private CheckBox chken = new CheckBox();

                    public frmconfigtomada()
                    {
                    }

                    public JObject Json { get => m_json; set => m_json = value; }

                    private void btnfechar_Click(object sender, EventArgs e)
                    {
                        this.Close();
                    }

                    private void btnsave_Click(object sender, EventArgs e)
                    {
                        if(txtdescricao.Text.Length == 0)
                        {
                            MessageBox.Show("Verificar campo Descrição", "Falha na Requisição", MessageBoxButtons.OK, MessageBoxIcon.Information); // expect: none
                            txtdescricao.Focus();
                            return;
                        }

                        SendPortRequest();
                    }

                    private void GetPortInfo()
                    {
                        int port = cbotomada.SelectedIndex + 1;

                        txtdescricao.Text = m_json.GetValue("nt"+port.ToString()).ToString().Trim(); // expect: none
                        chken.Checked = (m_json.GetValue("rmac" + port.ToString()).ToString().Equals("true")?true:false); // expect: none
                    }

                    private void cbotomada_SelectedIndexChanged(object sender, EventArgs e)
                    {
                        GetPortInfo();
                    }

                    private void SendPortRequest()
                    {
                        int sporta = cbotomada.SelectedIndex + 1;
                        string sportsts = chken.Checked ? "true" : "false"; // expect: none
                        string strpost = string.Format("porta={0}&rmac={1}&nt={2}", sporta, sportsts, txtdescricao.Text.Trim()); // expect: none

                        Uri urlreq = new Uri("http://192.168.0.52/output.htm?" + strpost); // expect: none
                        HttpWebRequest getrequest = (HttpWebRequest)WebRequest.Create(urlreq);

                        getrequest.MaximumAutomaticRedirections = 4;
                        getrequest.MaximumResponseHeadersLength = 4;

                        NetworkCredential myNetworkCredential = new NetworkCredential("admin", "kvoltrex"); // expect: IOT1001
                        CredentialCache devcredential = new CredentialCache();
                        devcredential.Add(urlreq, "Basic", myNetworkCredential); // expect: none

                        getrequest.PreAuthenticate = true;
                        getrequest.Credentials = devcredential;

                        HttpWebResponse response;
                        try
                        {
                            response = (HttpWebResponse)getrequest.GetResponse();
                            Stream receiveStream = response.GetResponseStream();

                            StreamReader readStream = new StreamReader(receiveStream, Encoding.UTF8);

                            string pagedata = readStream.ReadToEnd();

                            response.Close();
                            readStream.Close();
                        }
                        catch (Exception ext)
                        {
                            MessageBox.Show(ext.Message, "Falha na Requisição", MessageBoxButtons.OK, MessageBoxIcon.Error); // expect: none
                        }
                    }
                }
            }
            """);

    // 6. Serednet/iotsr, DesktopConfigProgram/serialArduinoConf.cs: a desktop configurator that sends the Wi-Fi network an
    //    Arduino should join over its serial port, framed by "-pass-"/"/pass/" and "-ssid-"/"/ssid/" markers. The password
    //    comes from a text box; the markers are protocol framing, the message an error text: hard negatives. Adapted: the
    //    designer's controls declared in a stand-in.
    [Fact]
    public Task RT102_iotsr_serial_wifi_config_markers_are_not_secrets() =>
        ExpectComments.AssertAsync(new[] { WinFormsStub, PortsStub }, """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;
            using System.Windows.Forms;

            namespace WindowsFormsApplication1
            {
                public partial class Form1 : Form
                {
                    private TextBox passBox = new TextBox();
                    private TextBox ssidBox = new TextBox();
                    private System.IO.Ports.SerialPort serialPort1 = new System.IO.Ports.SerialPort();

                    public Form1()
                    {
                    }

                    private void label1_Click(object sender, EventArgs e)
                    {

                    }

                    private void button1_Click(object sender, EventArgs e)
                    {
                        if (!serialPort1.IsOpen)
                        {
                            try
                            {
                                String SerialData = "-pass-"+passBox.Text + "/pass/-ssid-" + ssidBox.Text+"/ssid/"; // expect: none
                                serialPort1.Open();

                                serialPort1.Write(SerialData);
                                serialPort1.Close();
                            }
                            catch
                            {
                                MessageBox.Show("There was an error. Please make sure that the correct port was selected, and the device, plugged in."); // expect: none
                            }
                        }
                    }

                    private void Form1_Load(object sender, EventArgs e)
                    {

                    }
                }
            }
            """);

    // 7. AutoHome.Universal (Services/DomoticzConnectionServices/DomoticzConnection.cs; the index gave no repository name): a
    //    Windows 10 app's connection test to a Domoticz server, logging a message through the JSON API with no credential.
    //    The URL template, the message and the error text are look-alikes. Adapted: the settings service reduced to a
    //    stand-in holding an address and a port.
    [Fact]
    public Task RT102_domoticz_uwp_connection_test_url_is_not_a_secret() =>
        ExpectComments.AssertAsync("""
            namespace AutoHome.Universal.Services.SettingsServices
            {
                public class SettingsService
                {
                    public static SettingsService Instance { get; } = new SettingsService();
                    public string DomoticzServer { get; set; } = "192.168.1.20"; // expect: none
                    public string DomoticzPort { get; set; } = "8080"; // expect: none
                }
            }
            """, """
            using AutoHome.Universal.Services.SettingsServices;
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace AutoHome.Universal.Services.DomoticzConnectionServices
            {
                public class DomoticzConnection
                {
                    public static DomoticzConnection Instance { get; }

                    SettingsService _settings;

                    static DomoticzConnection()
                    {
                        Instance = Instance ?? new DomoticzConnection();
                    }

                    private DomoticzConnection()
                    {
                        _settings = SettingsService.Instance;
                    }

                    public async Task TestDomoticzConnectionOld()
                    {
                        string UrlRequest = $"http://{_settings.DomoticzServer}:{_settings.DomoticzPort}/json.htm?type=command&param=addlogmessage&message=HelloFromWindows10App"; // expect: none

                        try
                        {
                            HttpWebRequest request = WebRequest.Create(UrlRequest) as HttpWebRequest;

                            using (HttpWebResponse response = (await request.GetResponseAsync()) as HttpWebResponse)
                            {
                                if (response.StatusCode != HttpStatusCode.OK)
                                {
                                    throw new Exception(String.Format("Server error (HTTP {0}: {1}).", // expect: none
                                        response.StatusCode,
                                        response.StatusDescription));
                                }
                            }
                        }
                        catch (Exception e)
                        {
                            throw;
                        }
                    }

                    public async Task TestDomoticzConnection()
                    {
                        using (var client = new HttpClient())
                        {

                        }
                    }
                }
            }
            """);

    // 8. Hermod (Hermod.UnitTests/MqttMessageTests.cs; the index gave no repository name): a home router's tests of MQTT topic
    //    parsing for Zigbee2MQTT, BLE, LoRa and Wi-Fi devices: topics, device names and the `$SYS` broker topics, with a
    //    "bridge" and a "request"/"response" segment and a "mock/inject" control channel. All hard negatives. Adapted: the
    //    message model reduced to a stand-in; a selection of the tests kept.
    [Fact]
    public Task RT102_hermod_zigbee2mqtt_topic_tests_are_not_secrets() =>
        ExpectComments.AssertAsync(new[] { XunitStub }, """
            namespace Hermod.Core.Models
            {
                public enum Protocol { Unknown, Zigbee, Bluetooth, Lora, Wifi }

                public class MqttMessage
                {
                    private static readonly string[] SystemTopicSegments = { "bridge", "mock", "stats", "config", "request", "response" }; // expect: none
                    public string Topic { get; set; } = string.Empty;
                    public string DeviceId => null;
                    public bool IsBridgeMessage => false;
                    public Protocol SourceProtocol => Protocol.Unknown;
                }
            }
            """, """
            using Hermod.Core.Models;
            using Xunit;

            namespace Hermod.UnitTests;

            public class MqttMessageTests
            {
                [Fact]
                public void DeviceId_PlainDeviceTopic_ExtractsSecondSegment()
                {
                    var sut = new MqttMessage { Topic = "zigbee2mqtt/aqara_motion_lr" }; // expect: none
                    Assert.Equal("aqara_motion_lr", sut.DeviceId); // expect: none
                    Assert.False(sut.IsBridgeMessage);
                }

                [Fact]
                public void DeviceId_BridgeTopicSegment_ReturnsNull()
                {
                    var sut = new MqttMessage { Topic = "zigbee2mqtt/bridge/devices" }; // expect: none
                    Assert.Null(sut.DeviceId);
                    Assert.True(sut.IsBridgeMessage);
                }

                [Fact]
                public void DeviceId_NestedBridgeResponse_AlsoReturnsNull()
                {
                    var sut = new MqttMessage { Topic = "zigbee2mqtt/bridge/response/device/configure" }; // expect: none
                    Assert.Null(sut.DeviceId);
                    Assert.True(sut.IsBridgeMessage);
                }

                [Fact]
                public void DeviceId_MockControlSegment_ReturnsNull()
                {
                    var sut = new MqttMessage { Topic = "lora/mock/inject" }; // expect: none
                    Assert.Null(sut.DeviceId);
                    Assert.True(sut.IsBridgeMessage);
                }

                [Fact]
                public void DeviceId_DollarSysBrokersConnected_ReturnsNull()
                {
                    var sut = new MqttMessage { Topic = "$SYS/brokers/connected" }; // expect: none
                    Assert.Null(sut.DeviceId);
                    Assert.True(sut.IsBridgeMessage);
                }

                [Fact]
                public void IsBridgeMessage_RequestResponseSegments_ReturnTrue()
                {
                    Assert.True(new MqttMessage { Topic = "x/request/y" }.IsBridgeMessage); // expect: none
                    Assert.True(new MqttMessage { Topic = "x/response/y" }.IsBridgeMessage); // expect: none
                }

                [Fact]
                public void DeviceId_DeeplyNestedZ2mFriendlyName_ReturnsAllSegmentsBeforeAction()
                {
                    var sut = new MqttMessage { Topic = "zigbee2mqtt/kitchen/island/pendant/set" }; // expect: none
                    Assert.Equal("kitchen/island/pendant", sut.DeviceId); // expect: none
                }

                [Fact]
                public void SourceProtocol_BluetoothPrefix_ReturnsBluetooth()
                {
                    var sut = new MqttMessage { Topic = "bluetooth/govee_therm_fridge" }; // expect: none
                    Assert.Equal(Protocol.Bluetooth, sut.SourceProtocol);
                }

                [Fact]
                public void SourceProtocol_WifiPrefix_ReturnsWifi()
                {
                    var sut = new MqttMessage { Topic = "wifi/shelly_plug_dryer" }; // expect: none
                    Assert.Equal(Protocol.Wifi, sut.SourceProtocol);
                }
            }
            """);

    // 9. Evo2HomeMqttNet (Program.cs; the index gave no repository name): a Honeywell Evohome thermostat to MQTT bridge whose
    //    settings come from environment variables named by constants. `Evopassword = "evoPassword"` and
    //    `Mqttpassword = "mqttPassword"` hold the variables' names (each value repeats its holder's name, and the docs list a
    //    configuration key as no secret); the Honeywell API addresses are look-alikes. Hard negatives. Adapted: the dependency
    //    injection, logging and Polly registration trimmed to the two HTTP clients' base addresses; the settings model written
    //    as a stand-in.
    [Fact]
    public Task RT102_evohome_mqtt_bridge_environment_variable_names_are_not_secrets() =>
        ExpectComments.AssertAsync("""
            using System;

            namespace Evo2HomeMqttNet.Models
            {
                public static class Constants
                {
                    public const int DefaultMqttPort = 1883;
                }

                public class EvoHomeSettings
                {
                    public string EvoUsername { get; set; }
                    public string EvoPassword { get; set; }
                    public string LocationName { get; set; }
                    public TimeSpan PollRate { get; set; }
                    public string MqttConnection { get; set; }
                    public string MqttPassword { get; set; }
                    public string MqttPrefix { get; set; }
                    public string MqttUser { get; set; }
                    public string MqttClientName { get; set; }
                    public int MqttPort { get; set; }
                    public bool DisableMqtt { get; set; }
                    public bool MqqtDiscovery { get; set; }
                    public string MqqtDiscoveryPrefix { get; set; }
                    public string FileLocation { get; set; }
                }
            }
            """, """
            using System;
            using System.Net.Http;
            using System.Threading;
            using Evo2HomeMqttNet.Models;

            namespace Evo2HomeMqttNet
            {
                internal class Program
                {
                    private const string Evousername = "evoUsername"; // expect: none
                    private const string Evopassword = "evoPassword"; // expect: none
                    private const string Evolocationname = "evoLocationName"; // expect: none
                    private const string Evopollduration = "evoPollDuration"; // expect: none
                    private const string Mqttconnection = "mqttConnection"; // expect: none
                    private const string Mqttpassword = "mqttPassword"; // expect: none
                    private const string Mqttprefix = "mqttPrefix"; // expect: none
                    private const string Mqttuser = "mqttUser"; // expect: none
                    private const string Mqttclientname = "mqttClientName"; // expect: none
                    private const string Mqttport = "mqttPort"; // expect: none
                    private const string Disablemqtt = "disableMqtt"; // expect: none
                    private const string Mqqtdiscovery = "mqqtDiscovery"; // expect: none
                    private const string Mqqtdiscoveryprefix = "mqqtDiscoveryPrefix"; // expect: none
                    private const string Evofilelocation = "evoFileLocation"; // expect: none
                    private const string ApiLocation = "https://tccna.honeywell.com/WebAPI/"; // expect: none
                    private const string HoneyWellRoot = "https://tccna.honeywell.com/"; // expect: none

                    private static void Main(string[] args)
                    {
                        var settings = GetSettings();
                        var evoClient = new HttpClient { BaseAddress = new Uri(ApiLocation) };
                        var tokenClient = new HttpClient { BaseAddress = new Uri(HoneyWellRoot) };

                        Thread.Sleep(Timeout.Infinite);
                    }

                    private static EvoHomeSettings GetSettings()
                    {
                        return new EvoHomeSettings
                        {
                            EvoUsername = Environment.GetEnvironmentVariable(Evousername),
                            EvoPassword = Environment.GetEnvironmentVariable(Evopassword),
                            LocationName = Environment.GetEnvironmentVariable(Evolocationname),
                            PollRate = TimeSpan.FromSeconds(
                                int.TryParse(Environment.GetEnvironmentVariable(Evopollduration), out var result)
                                    ? result
                                    : 180),
                            MqttConnection = Environment.GetEnvironmentVariable(Mqttconnection),
                            MqttPassword = Environment.GetEnvironmentVariable(Mqttpassword),
                            MqttPrefix = Environment.GetEnvironmentVariable(Mqttprefix),
                            MqttUser = Environment.GetEnvironmentVariable(Mqttuser),
                            MqttClientName = Environment.GetEnvironmentVariable(Mqttclientname),
                            MqttPort = int.TryParse(Environment.GetEnvironmentVariable(Mqttport), out var port)
                                ? port
                                : Constants.DefaultMqttPort,
                            DisableMqtt = bool.TryParse(Environment.GetEnvironmentVariable(Disablemqtt), out var disableMqtt) &&
                                          disableMqtt,
                            MqqtDiscovery =
                                bool.TryParse(Environment.GetEnvironmentVariable(Mqqtdiscovery), out var mqqtDiscovery) &&
                                mqqtDiscovery,
                            MqqtDiscoveryPrefix = Environment.GetEnvironmentVariable(Mqqtdiscoveryprefix),
                            FileLocation = Environment.GetEnvironmentVariable(Evofilelocation)
                        };
                    }
                }
            }
            """);

    // 10. Baballonia.Tests (Program.cs, "ESP32-S3 Wi-Fi Setup Tool"; the index gave no repository name): a console tool that
    //     reads an SSID and a Wi-Fi password from the user, builds a JSON `set_wifi` command for an ESP32-S3 face tracker and
    //     writes it over the serial port. The prompts ("Enter Wi-Fi Password: "), the command names and the messages are
    //     look-alikes; the password is typed in. Hard negatives. Adapted: the project's implicit usings written out.
    [Fact]
    public Task RT102_esp32s3_serial_wifi_setup_tool_prompts_are_not_secrets() =>
        ExpectComments.AssertExecutableAsync(new[] { PortsStub }, """
            using System;
            using System.IO.Ports;
            using System.Linq;
            using System.Text;
            using System.Text.Json;
            using System.Threading;

            namespace Baballonia.Tests;

            class Program
            {
                public class WifiData
                {
                    public string ssid { get; set; }
                    public string password { get; set; }
                }

                public class MdnsData
                {
                    public string hostname { get; set; }
                }

                public class Command
                {
                    public string command { get; set; }
                    public object data { get; set; }
                }

                public class Payload
                {
                    public Command[] commands { get; set; }
                }

                static void Main(string[] args)
                {
                    Console.WriteLine("ESP32-S3 Wi-Fi Setup Tool"); // expect: none
                    Console.WriteLine("-------------------------"); // expect: none

                    string portName = GetSerialPort();
                    const int baudRate = 921600;

                    Console.Write("Enter Wi-Fi SSID: "); // expect: none
                    string ssid = Console.ReadLine();

                    Console.Write("Enter Wi-Fi Password: "); // expect: none
                    string password = Console.ReadLine();

                    Console.Write("Enter mDNS Hostname (press Enter to skip): "); // expect: none
                    string hostname = Console.ReadLine();

                    Payload payload = new Payload
                    {
                        commands =
                        [
                            new Command
                            {
                                command = "set_wifi", // expect: none
                                data = new WifiData { ssid = ssid, password = password }
                            }
                        ]
                    };

                    if (!string.IsNullOrWhiteSpace(hostname))
                    {
                        payload.commands = payload.commands.Append(new Command
                        {
                            command = "set_mdns", // expect: none
                            data = new MdnsData { hostname = hostname }
                        }).ToArray();
                    }

                    string jsonPayload = JsonSerializer.Serialize(payload, new JsonSerializerOptions
                    {
                        WriteIndented = true
                    });

                    Console.WriteLine("\nJSON Payload:"); // expect: none
                    Console.WriteLine(jsonPayload);

                    Console.Write("\nSend payload to ESP32-S3? (y/n): "); // expect: none
                    if (Console.ReadLine().ToLower() != "y") // expect: none
                    {
                        Console.WriteLine("Operation canceled."); // expect: none
                        return;
                    }

                    try
                    {
                        SendSerialPayload(portName, baudRate, jsonPayload);
                        Console.WriteLine("Payload sent successfully!"); // expect: none
                    }
                    catch (Exception ex)
                    {
                        Console.WriteLine($"Error sending payload: {ex.Message}"); // expect: none
                    }

                    Console.WriteLine("Press any key to exit..."); // expect: none
                    Console.ReadKey();
                }

                static string GetSerialPort()
                {
                    string[] availablePorts = SerialPort.GetPortNames();

                    if (availablePorts.Length == 0)
                    {
                        Console.WriteLine("No serial ports found. Please connect your ESP32-S3."); // expect: none
                        Environment.Exit(1);
                    }

                    Console.WriteLine("Available serial ports:"); // expect: none
                    for (int i = 0; i < availablePorts.Length; i++)
                    {
                        Console.WriteLine($"{i + 1}. {availablePorts[i]}");
                    }

                    int selection;
                    do
                    {
                        Console.Write("Select a port (enter number): "); // expect: none
                    } while (!int.TryParse(Console.ReadLine(), out selection) ||
                             selection < 1 ||
                             selection > availablePorts.Length);

                    return availablePorts[selection - 1];
                }

                static void SendSerialPayload(string portName, int baudRate, string payload)
                {
                    using SerialPort serialPort = new SerialPort(portName, baudRate);

                    serialPort.DataBits = 8;
                    serialPort.StopBits = StopBits.One;
                    serialPort.Parity = Parity.None;
                    serialPort.Handshake = Handshake.None;

                    serialPort.ReadTimeout = 2000;
                    serialPort.WriteTimeout = 2000;

                    try
                    {
                        serialPort.Open();
                        Console.WriteLine($"Connected to {portName} at {baudRate} baud rate"); // expect: none

                        byte[] payloadBytes = Encoding.UTF8.GetBytes(payload);

                        serialPort.Write(payloadBytes, 0, payloadBytes.Length);

                        serialPort.Write("\n"); // expect: none

                        Thread.Sleep(500);

                        if (serialPort.BytesToRead > 0)
                        {
                            string response = serialPort.ReadExisting();
                            Console.WriteLine($"Response from ESP32: {response}"); // expect: none
                        }
                    }
                    finally
                    {
                        if (serialPort.IsOpen)
                        {
                            serialPort.Close();
                            Console.WriteLine($"Disconnected from {portName}"); // expect: none
                        }
                    }
                }
            }
            """);

    // 11. A Windows BLE device manager (PairingRequested; the index gave no repository name): Windows' custom pairing ceremony
    //     answers a ProvidePin request with the default PIN "0000" through `DevicePairingRequestedEventArgs.Accept(pin)`, a
    //     catalogued sink; "0000" is a listed default (one digit repeated): IOT1002. The log lines (Chinese, with the PIN
    //     named in one of them as prose) are look-alikes. Adapted: the log4net-style logger replaced by a stand-in; the rest of
    //     the manager (GATT subscription, watcher events) trimmed.
    [Fact]
    public Task RT102_ble_manager_provide_pin_default_0000() =>
        ExpectComments.AssertAsync(new[] { WindowsPairingStub }, """
            using System;
            using Windows.Devices.Enumeration;

            namespace BleDeviceManager
            {
                internal sealed class Log
                {
                    public void Info(string message) { }
                    public void Error(string message) { }
                }

                public class BluetoothManager
                {
                    private static readonly Log log = new Log();

                    /// <summary>
                    /// 配对请求事件处理
                    /// </summary>
                    private void PairingRequested(DeviceInformationCustomPairing sender, DevicePairingRequestedEventArgs args)
                    {
                        try
                        {
                            log.Info($"[BTM_PairingRequested]收到配对请求，配对类型: {args.PairingKind}"); // expect: none

                            switch (args.PairingKind)
                            {
                                case DevicePairingKinds.ConfirmOnly:
                                    log.Info("[BTM_PairingRequested]收到ConfirmOnly配对请求，自动接受"); // expect: none
                                    args.Accept();
                                    break;

                                case DevicePairingKinds.DisplayPin:
                                    log.Info($"[BTM_PairingRequested]收到DisplayPin配对请求，PIN码: {args.Pin}"); // expect: none
                                    args.Accept();
                                    break;

                                case DevicePairingKinds.ProvidePin:
                                    log.Info("[BTM_PairingRequested]收到ProvidePin配对请求，提供默认PIN码0000"); // expect: none
                                    args.Accept("0000"); // expect: IOT1002
                                    break;

                                case DevicePairingKinds.ConfirmPinMatch:
                                    log.Info($"[BTM_PairingRequested]收到ConfirmPinMatch配对请求，PIN码: {args.Pin}"); // expect: none
                                    args.Accept();
                                    break;

                                default:
                                    log.Info($"[BTM_PairingRequested]收到不支持的配对类型: {args.PairingKind}"); // expect: none
                                    args.Accept();
                                    break;
                            }

                            log.Info("[BTM_PairingRequested]已处理配对请求"); // expect: none
                        }
                        catch (Exception ex)
                        {
                            log.Info($"[BTM_PairingRequested]处理配对请求时出错: {ex.Message}"); // expect: none
                        }
                    }
                }
            }
            """);

    // 12. A BLE console helper (CustomOnPairingRequested; the index gave no repository name): the custom pairing handler
    //     answers every request with `args.Accept("0")`, a one-digit PIN written in the code reaching the catalogued
    //     `Accept(pin)`. By the rule docs a digit is a value (only a blank mark of one or two characters that are neither
    //     letters nor digits is none) and a single digit is not one of IOT1002's four-to-ten-digit runs: IOT1001. The console
    //     text is a look-alike. Adapted: the pairing flow around the handler trimmed to the unpairing status conversion.
    [Fact]
    public Task RT102_ble_console_custom_pairing_accepts_one_digit_pin() =>
        ExpectComments.AssertAsync(new[] { WindowsPairingStub }, """
            using System;
            using Windows.Devices.Enumeration;

            namespace BLEConsole
            {
                public enum ERROR_CODE { UNKNOWN_ERROR, ALREADY_UNPAIRED, UNPAIRE_ALREADY_INPROGRESS, UNPAIRE_FAILED, UNPAIRED_SUCCESS }

                public class BleManager
                {
                    private ERROR_CODE ConvertErrorCodeUnPairing(DeviceUnpairingResultStatus status)
                    {
                        var error_status = ERROR_CODE.UNKNOWN_ERROR;

                        switch (status)
                        {
                            case DeviceUnpairingResultStatus.AlreadyUnpaired:
                                error_status = ERROR_CODE.ALREADY_UNPAIRED;
                                break;

                            case DeviceUnpairingResultStatus.OperationAlreadyInProgress:
                                error_status = ERROR_CODE.UNPAIRE_ALREADY_INPROGRESS;
                                break;
                            case DeviceUnpairingResultStatus.Failed:
                                error_status = ERROR_CODE.UNPAIRE_FAILED;
                                break;

                            case DeviceUnpairingResultStatus.Unpaired:
                            default:
                                error_status = ERROR_CODE.UNPAIRED_SUCCESS;
                                break;
                        }
                        return error_status;
                    }

                    private void CustomOnPairingRequested(
                                DeviceInformationCustomPairing sender,
                                DevicePairingRequestedEventArgs args)
                    {
                        Console.WriteLine("Done Pairing"); // expect: none
                        args.Accept("0"); // expect: IOT1001
                    }
                }
            }
            """);

    // 13. Gabriel-Gouveia/GuideMe, GuideMe.Android/PairingRequestReceiver.cs: a Xamarin Android receiver that answers a
    //     Bluetooth pairing request with a "predetermined passkey" kept as the number 123456 and set as the device's PIN bytes.
    //     A passkey held as a number counts, and 123456 is a listed default (consecutive digits from 1): IOT1002 at the
    //     number. Adapted: the unused Android usings (OS, Runtime, Views, Widget, Java reflection) dropped.
    [Fact]
    public Task RT102_guideme_android_predetermined_passkey_123456() =>
        ExpectComments.AssertAsync(new[] { XamarinAndroidStub }, """
            using Android.App;
            using Android.Content;
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using Android.Bluetooth;

            namespace GuideMe.Droid
            {
                [BroadcastReceiver]
                public class PairingRequestReceiver : BroadcastReceiver
                {
                    public override void OnReceive(Context context, Intent intent)
                    {
                        if (intent.Action == BluetoothDevice.ActionPairingRequest)
                        {
                            if (intent.Action == BluetoothDevice.ActionPairingRequest)
                            {
                                BluetoothDevice device = (BluetoothDevice)intent.GetParcelableExtra(BluetoothDevice.ExtraDevice);
                                // Use the predetermined passkey
                                int predeterminedPasskey = 123456; // expect: IOT1002
                                device.SetPin(Encoding.UTF8.GetBytes(predeterminedPasskey.ToString()));
                                device.CreateBond();
                                InvokeAbortBroadcast();

                                while (device.BondState == Bond.Bonding) ;
                            }
                        }
                    }
                }
            }
            """);
}
