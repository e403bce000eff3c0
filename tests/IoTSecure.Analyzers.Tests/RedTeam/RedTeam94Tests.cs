using System;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 94: an independent precision/recall sample of real public device and home-automation C# code the team has
/// not seen, in domains earlier red teams did not use (SSH.NET to a Raspberry Pi mesh node, MikroTik RouterOS through
/// tik4net, InfluxDB 2 tokens, ThingSpeak write and read keys, the LG ThinQ cloud, the Particle cloud from Unity, ONVIF
/// cameras, Home Assistant REST and websocket tokens). Adapted to compile against stubs (names, call patterns and classes
/// kept; unrelated bulk and UI trimmed; every working-looking secret replaced by an invented value of the same shape,
/// published defaults kept as written). Sources: rFronteddu/HaLowNetwork (HaLow.Console.SSH.Test/Program.cs),
/// jkoplo/CrudeObservatory (src/Sandbox/InfluxClient/Program.cs), galch/DustViewerSharp
/// (DustSensorViewer/ThingSpeakClient.cs), TUBAF-IfI-LiaScript/VL_Softwareentwicklung
/// (code/27_CsharpApplications/refactoring/thinkspeak/Program.cs), ChristianRosenbergDahm/ChickenAI
/// (ChickenVision/HAApiManager.cs), Serabass/HomeAssistantSharp (Websocket/Program.cs), mengelh/TeamsPresence
/// (HomeAssistantService.cs), and public repositories found through the code index by content whose owner the index
/// did not name: the HypeProxy.PrometheusExporter.MikrotikActiveConnections MetricService.cs, an EmbeddedProject
/// ApiWrite.cs (ThingSpeak alarm clock), the KYH_IoT ThingSpeak.cs (OBD telemetry), the QLS.Backend WasherService.cs
/// (LG ThinQ laundry), a Unity PhotonComm.cs (Particle Photon), and the Quick.Onvif.TestUI LoginForm.cs.
/// Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam94Tests
{
    private const string SshNetStub = """
        namespace Renci.SshNet
        {
            public class SshCommand { public string Result { get; } = ""; public string Error { get; } = ""; }
            public class SshClient : System.IDisposable
            {
                public SshClient(string host, string username, string password) { }
                public SshClient(string host, int port, string username, string password) { }
                public bool IsConnected { get; }
                public void Connect() { }
                public void Disconnect() { }
                public SshCommand RunCommand(string commandText) => new SshCommand();
                public void Dispose() { }
            }
        }
        """;

    private const string Tik4NetStub = """
        namespace tik4net
        {
            public enum TikConnectionType { Api, ApiSsl, Api_v2, ApiSsl_v2 }
            public interface ITikConnection : System.IDisposable { }
            public static class ConnectionFactory
            {
                public static ITikConnection OpenConnection(TikConnectionType connectionType, string host, string user, string password) => null!;
                public static ITikConnection OpenConnection(TikConnectionType connectionType, string host, int port, string user, string password) => null!;
            }
        }
        namespace tik4net.Objects
        {
            public static class ConnectionExtensions
            {
                public static System.Collections.Generic.IEnumerable<TEntity> LoadAll<TEntity>(this tik4net.ITikConnection connection) where TEntity : new() => new TEntity[0];
            }
        }
        namespace tik4net.Objects.Ip.Firewall { public class FirewallConnection { public string SrcAddress { get; set; } = ""; } }
        """;

    private const string InfluxStub = """
        namespace InfluxDB.Client.Api.Domain { public enum WritePrecision { Ms, S, Us, Ns } }
        namespace InfluxDB.Client.Core { public class Column { } }
        namespace InfluxDB.Client.Writes
        {
            public class PointData
            {
                public static PointData Measurement(string measurementName) => new PointData();
                public PointData Tag(string name, string value) => this;
                public PointData Field(string name, double value) => this;
                public PointData Timestamp(System.DateTime timestamp, InfluxDB.Client.Api.Domain.WritePrecision timeUnit) => this;
            }
        }
        namespace InfluxDB.Client
        {
            public class WriteApi : System.IDisposable
            {
                public void WritePoint(string bucket, string org, InfluxDB.Client.Writes.PointData point) { }
                public void Dispose() { }
            }
            public class InfluxDBClient : System.IDisposable
            {
                public WriteApi GetWriteApi() => new WriteApi();
                public void Dispose() { }
            }
            public static class InfluxDBClientFactory
            {
                public static InfluxDBClient Create(string url, string token) => new InfluxDBClient();
            }
        }
        """;

    private const string UnityStub = """
        namespace UnityEngine
        {
            public class Component { }
            public class Behaviour : Component { }
            public class MonoBehaviour : Behaviour { }
            public static class Debug { public static void Log(object message) { } }
            public class WWWForm { public void AddField(string fieldName, string value) { } }
            public class YieldInstruction { }
            public class AsyncOperation : YieldInstruction { }
        }
        namespace UnityEngine.Networking
        {
            public class UnityWebRequestAsyncOperation : UnityEngine.AsyncOperation { }
            public class UnityWebRequest : System.IDisposable
            {
                public static UnityWebRequest Post(string uri, UnityEngine.WWWForm formData) => new UnityWebRequest();
                public UnityWebRequestAsyncOperation SendWebRequest() => new UnityWebRequestAsyncOperation();
                public bool isNetworkError { get; }
                public bool isHttpError { get; }
                public string error { get; } = "";
                public void Dispose() { }
            }
        }
        """;

    private const string OnvifWinFormsStub = """
        namespace System.Windows.Forms
        {
            public enum DialogResult { None, OK, Cancel }
            public enum MessageBoxButtons { OK, OKCancel }
            public enum MessageBoxIcon { None, Warning, Error }
            public class Control { public virtual string Text { get; set; } = ""; public bool Enabled { get; set; } }
            public class TextBox : Control { }
            public class Button : Control { }
            public class TabControl : Control { }
            public class NumericUpDown : Control { public decimal Value { get; set; } }
            public class Form : Control
            {
                public void Hide() { }
                public void Show() { }
                public DialogResult ShowDialog() => DialogResult.OK;
            }
            public static class MessageBox
            {
                public static DialogResult Show(string text, string caption, MessageBoxButtons buttons, MessageBoxIcon icon) => DialogResult.OK;
            }
        }
        namespace Quick.Onvif
        {
            public class OnvifClientOptions
            {
                public string DeviceServiceAddress { get; set; } = "";
                public string UserName { get; set; } = "";
                public string Password { get; set; } = "";
                public int RtspPort { get; set; } = 554;
            }
            public class OnvifClient
            {
                public OnvifClient(OnvifClientOptions options) { }
                public System.Threading.Tasks.Task ConnectAsync() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    private const string HomeAssistantSharpStub = """
        namespace HomeAssistantSharp.Client.Websocket
        {
            public class EventMessage { public string Source { get; } = ""; public string Data { get; } = ""; }
            public class HomeAssistantWebsocketClient
            {
                public HomeAssistantWebsocketClient(string host, int port, string token) { }
                public event System.EventHandler? Ready;
                public event System.EventHandler<EventMessage>? Event;
                public System.Threading.Tasks.Task ConnectAsync() => System.Threading.Tasks.Task.CompletedTask;
            }
        }
        """;

    private const string RestSharpStub = """
        namespace RestSharp
        {
            public enum Method { GET, POST, PUT, DELETE }
            public enum DataFormat { Json, Xml, None }
            public interface IRestRequest { }
            public class RestRequest : IRestRequest
            {
                public RestRequest(string resource, Method method, DataFormat dataFormat) { }
                public IRestRequest AddJsonBody(object obj) => this;
            }
            public class RestClient
            {
                public RestClient(string baseUrl) { }
                public RestClient AddDefaultHeader(string name, string value) => this;
                public object Execute(IRestRequest request) => new object();
            }
        }
        namespace RestSharp.Serializers.NewtonsoftJson
        {
            public static class RestClientExtensions { public static RestSharp.RestClient UseNewtonsoftJson(this RestSharp.RestClient client) => client; }
        }
        """;

    // 1. rFronteddu/HaLowNetwork, HaLow.Console.SSH.Test/Program.cs: a Wi-Fi HaLow mesh test that signs in to a Raspberry
    //    Pi node over SSH.NET with the Raspberry Pi OS factory login pi/raspberry (kept as written: a published default) and
    //    reads the supplicant status. The user name, the address and the shell commands are look-alikes. Adapted: implicit
    //    usings written out.
    [Fact]
    public Task RT94_ssh_halow_node_raspberry_pi_login() =>
        ExpectComments.AssertExecutableAsync(new[] { SshNetStub }, """
            using System;
            using Renci.SshNet;

            string user = "pi"; // expect: none
            string pass = "raspberry"; // expect: IOT1002
            string host = "192.168.2.47"; // expect: none

            //Set up the SSH connection

            using (var client = new SshClient(host, user, pass))
            {
                //Start the connection

                client.Connect();
                Console.WriteLine(client.IsConnected);
               /* Console.WriteLine("cd");
                client.RunCommand("cd /home/pi/nrc_pkg/script/");
                Console.WriteLine(
                    client.RunCommand("ls").Result);*/
                var output = client.RunCommand("sudo wpa_cli status"); // expect: none
                Console.WriteLine(output.Result);
                Console.WriteLine(output.Error);
                client.Disconnect();

            }
            """);

    // 2. HypeProxy.PrometheusExporter.MikrotikActiveConnections, Services/MetricService.cs (owner not named by the index): a
    //    Prometheus exporter that signs in to a MikroTik router's API through tik4net with a local const password.
    //    "9rwE..." replaced by an invented password of the same shape; the exporter's account name and the router's
    //    address are look-alikes. Adapted: implicit usings written out.
    [Fact]
    public Task RT94_tik4net_mikrotik_exporter_login() =>
        ExpectComments.AssertAsync(new[] { Tik4NetStub }, """
            using System.Collections.Generic;
            using System.Linq;
            using tik4net;
            using tik4net.Objects;
            using tik4net.Objects.Ip.Firewall;

            namespace HypeProxy.PrometheusExporter.MikrotikActiveConnections.Services;

            public class MetricService
            {
            	public List<FirewallConnection> GetConnections()
            	{
            		const string host = "10.2.0.1"; // expect: none
            		const int port = 18728;
            		const string username = "mikrotik-exporter"; // expect: none
            		const string password = "Lq4VzN8sTkWd#Rp%HyJc2Ma$7XfBe3"; // expect: IOT1001

            		using var connection = ConnectionFactory.OpenConnection(TikConnectionType.Api, host, port, username, password);
            		return connection.LoadAll<FirewallConnection>().ToList();
            	}
            }
            """);

    // 3. jkoplo/CrudeObservatory, src/Sandbox/InfluxClient/Program.cs: an observatory data logger's sandbox that writes a
    //    point to InfluxDB 2 with an API token in a top-level const, handed to InfluxDBClientFactory.Create(url, token).
    //    The factory's bare `token` is the client's credential as InfluxDBClient(url, token)'s is (IOT1001 names "a
    //    client's bare token"); labelled IOT1001 on that reading. The commented-out older token is left out (comments are
    //    not code). Both tokens replaced by one invented token of the same shape; bucket, org, URL and tags are look-alikes.
    //    Adapted: the sandbox's own `using InfluxClient;` kept with a stand-in type in a second file.
    //    Fixed (was a defect at first run: IOT1004 instead of IOT1001): a library factory that returns a client takes a
    //    bare token as the client's constructor does (ClientFactoryTokenTests).
    [Fact]
    public Task RT94_influxdb_sandbox_token() =>
        ExpectComments.AssertExecutableAsync(new[] { InfluxStub }, """
            using System;
            using System.Linq;
            using System.Threading.Tasks;
            using InfluxClient;
            using InfluxDB.Client;
            using InfluxDB.Client.Api.Domain;
            using InfluxDB.Client.Core;
            using InfluxDB.Client.Writes;


            // You can generate an API token from the "API Tokens Tab" in the UI
            const string token = "YnVyL2EZApFnWC5Q9IinHoDMZQci-9pU5tD8vooJefO82ZIVa8VblEelc_JNt8_zYOhirUAOlLU2C07_JqB4rA=="; // expect: IOT1001

            const string bucket = "test-bucket"; // expect: none
            const string org = "test-org"; // expect: none

            using var client = InfluxDBClientFactory.Create("http://localhost:8086", token); // expect: none

            var point = PointData
              .Measurement("mem")
              .Tag("host", "host2") // expect: none
              .Field("used_percent", 38.43234543)
              .Timestamp(DateTime.UtcNow, WritePrecision.Ns);

            using (var writeApi = client.GetWriteApi())
            {
                writeApi.WritePoint(bucket, org, point);
            }
            """, """
            namespace InfluxClient { internal class Mem { public string Host { get; set; } = ""; } }
            """);

    // 4. galch/DustViewerSharp, DustSensorViewer/ThingSpeakClient.cs (the stored version): a dust sensor viewer that reads
    //    its ThingSpeak write key from a file next to the program and posts the readings as a form. No credential in the
    //    code: the key file's name, the form's "api_key" entry (a run-time value) and the endpoint are hard negatives.
    [Fact]
    public Task RT94_thingspeak_dust_sensor_key_from_file() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;
            using System.Net.Http;
            using System.IO;

            namespace DustSensorViewer
            {
                class ThingSpeakClient
                {
                    public static async void UpdateChannelFeed(int pm10, int pm25, int pm1)
                    {
                        if (File.Exists("apikey.txt") == false) // expect: none
                        {
                            Console.WriteLine("No API Key File"); // expect: none
                            return;
                        }

                        StreamReader sr = new StreamReader("apikey.txt", System.Text.Encoding.Default); // expect: none
                        string api_key = sr.ReadLine()!;
                        if (api_key.Length != 16)
                        {
                            Console.WriteLine("API Key length is not 16 but {0}", api_key.Length);
                        }

                        using (var client = new HttpClient())
                        {
                            var values = new Dictionary<string, string>
                            {
                                { "api_key", api_key }, // expect: none
                                { "field1", pm10.ToString() },
                                { "field2", pm25.ToString() },
                                { "field3", pm1.ToString() }
                            };

                            try
                            {
                                var content = new FormUrlEncodedContent(values);
                                var response = await client.PostAsync("https://api.thingspeak.com/update.json", content); // expect: none
                                var responseString = await response.Content.ReadAsStringAsync();
                            }
                            catch (Exception exception)
                            {
                                System.Diagnostics.Debug.WriteLine("CAUGHT EXCEPTION:");
                                System.Diagnostics.Debug.WriteLine(exception);
                            }
                        }
                    }
                }
            }
            """);

    // 5. EmbeddedProject, ApiWrite.cs (owner not named by the index): an alarm clock's back end that saves its settings to
    //    a ThingSpeak channel through a const write URL with the key in its query, grown by concatenation and sent with
    //    HttpClient.GetAsync. "HC4W..." replaced by an invented key of the same shape.
    [Fact]
    public Task RT94_thingspeak_alarm_write_url() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;

            namespace EmbeddedProject
            {
                internal class ApiWrite
                {
                    private static readonly HttpClient httpClient = new HttpClient();
                    private const string WRITE_API_URL = "https://api.thingspeak.com/update?api_key=NKUZM05V8UXXU8F8"; // expect: IOT1001

                    public async static Task SaveFields(int alarmHour, int alarmMinute, int startBefore)
                    {
                        string saveUrl = WRITE_API_URL + "&field1=" + alarmHour + "&field2=" + alarmMinute + "&field3=" + startBefore; // expect: none

                        HttpResponseMessage responseMessage = await httpClient.GetAsync(saveUrl);
                        responseMessage.EnsureSuccessStatusCode();
                    }
                }
            }
            """);

    // 6. TUBAF-IfI-LiaScript/VL_Softwareentwicklung, code/27_CsharpApplications/refactoring/thinkspeak/Program.cs (a
    //    teaching sample's refactored step): a ThingSpeak wrapper whose constructor keeps the write key in a field that is
    //    appended after "update?key=" in a StringBuilder and sent by a helper through WebRequest.Create; Main builds the
    //    wrapper with the key written in place. "38KV..." replaced by an invented key of the same shape; the channel name,
    //    the content names and the base URL are look-alikes. Adapted: implicit usings written out.
    [Fact]
    public Task RT94_thingspeak_wrapper_key_by_constructor() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Web;
            using System.Text;
            using System.Net;

            public class Entry
            {
                public string fieldname;
                public string content;
                public double value;

                public Entry(int index, string contentname)
                {
                    this.fieldname = $"field{index}"; // expect: none
                    this.content = contentname;
                }
            }

            public class Message
            {
                public List<Entry> entryList = new();
                public string channelname;

                public Message(string channelname, string[] contentNames)
                {
                    this.channelname = channelname;
                    int index = 0;
                    foreach (var name in contentNames)
                    {
                        entryList.Add(new Entry(index, name));
                        index++;
                    }
                }

                public override string ToString()
                {
                    string output = $"{channelname}\n\n";
                    foreach (var item in entryList)
                    {
                        output += $"{item.fieldname} / {item.content} - {item.value} \n";
                    }
                    return output;
                }
            }

            public class ThingSpeak
            {
                private const string _url = "http://api.thingspeak.com/"; // expect: none
                private string _APIKey;

                public ThingSpeak(string APIKey)
                {
                    _APIKey = APIKey;
                }
                public Boolean SendDataToThingSpeak(string field1, string field2, string field3, string field4, string field5, string field6, string field7, string field8, out Int16 TSResponse)
                {
                    StringBuilder sbQS = new StringBuilder();
                    // Build the querystring
                    sbQS.Append(_url + "update?key=" + _APIKey);
                    if (field1 != null) sbQS.Append("&field1=" + HttpUtility.UrlEncode(field1));
                    if (field2 != null) sbQS.Append("&field2=" + HttpUtility.UrlEncode(field2));
                    if (field3 != null) sbQS.Append("&field3=" + HttpUtility.UrlEncode(field3));
                    if (field4 != null) sbQS.Append("&field4=" + HttpUtility.UrlEncode(field4));
                    if (field5 != null) sbQS.Append("&field5=" + HttpUtility.UrlEncode(field5));
                    if (field6 != null) sbQS.Append("&field6=" + HttpUtility.UrlEncode(field6));
                    if (field7 != null) sbQS.Append("&field7=" + HttpUtility.UrlEncode(field7));
                    if (field8 != null) sbQS.Append("&field8=" + HttpUtility.UrlEncode(field8));
                    // The response will be a "0" if there is an error or the entry_id if > 0
                    TSResponse = Convert.ToInt16(PostToThingSpeak(sbQS.ToString()));
                    if (TSResponse > 0)
                    {
                        return true;
                    }
                    else
                    {
                        return false;
                    }
                }

                private static string PostToThingSpeak(string QueryString)
                {
                    StringBuilder sbResponse = new StringBuilder();
                    byte[] buf = new byte[8192];
                    // Hit the URL with the querystring and put the response in webResponse
                    HttpWebRequest myRequest = (HttpWebRequest)WebRequest.Create(QueryString);
                    HttpWebResponse webResponse = (HttpWebResponse)myRequest.GetResponse();
                    try
                    {
                        Stream myResponse = webResponse.GetResponseStream();
                        int count = 0;
                        // Read the response buffer and return
                        do
                        {
                            count = myResponse.Read(buf, 0, buf.Length);
                            if (count != 0)
                            {
                                sbResponse.Append(Encoding.ASCII.GetString(buf, 0, count));
                            }
                        }
                        while (count > 0);
                        return sbResponse.ToString();
                    }
                    catch (WebException)
                    {
                        return "0";
                    }
                }
            }

            class Program
            {
                static void Main(string[] args)
                {
                    Console.WriteLine("Los geht's");
                    var ts = new ThingSpeak("Q0OJY0SAZBV8ABD4"); // expect: IOT1001
                    string[] content_names = { "Value X", "Value Y" }; // expect: none
                    Message msg = new(".net_TestChannel", content_names); // expect: none
                    Console.WriteLine(msg);
                }
            }
            """);

    // 7. KYH_IoT, ThingSpeak.cs (owner not named by the index): a vehicle telemetry course project that posts OBD readings
    //    to ThingSpeak and reads them back, the write key and the read key in private consts interpolated into relative
    //    request URIs of an HttpClient with a base address. Both keys replaced by invented keys of the same shape; the base
    //    address and the feed's field names are look-alikes. Adapted: TelemetryData given in a second file.
    [Fact]
    public Task RT94_thingspeak_obd_write_and_read_keys() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;

            namespace KYH_IoT
            {
                internal class ThingSpeak
                {
                    // Write key used to publish data to your channel.
                    // For security in real projects, don't hardcode keys — use env vars or secrets.
                    private const string WriteKey = "JCKF84MQ5JKBNMM4"; // expect: IOT1001
                    private const string ReadKey = "QF6CKUMJ9DSO0IMW"; // expect: IOT1001

                    private static readonly HttpClient _http = new HttpClient
                    {
                        BaseAddress = new Uri("https://api.thingspeak.com") // expect: none
                    };

                    public async Task<bool> SendAsync(TelemetryData data)
                    {
                        var url = $"/update?api_key={WriteKey}" +
                                  $"&field1={data.Rpm}" +
                                  $"&field2={data.SpeedKmH}" +
                                  $"&field3={data.FuelLiters.ToString(System.Globalization.CultureInfo.InvariantCulture)}" +
                                  $"&field4={data.FuelPercent.ToString(System.Globalization.CultureInfo.InvariantCulture)}" +
                                  $"&field5={data.EngineTempC}";

                        try
                        {
                            using var resp = await _http.GetAsync(url);
                            var body = await resp.Content.ReadAsStringAsync();

                            bool ok = resp.IsSuccessStatusCode && !string.IsNullOrWhiteSpace(body) && body != "0";
                            return ok;
                        }
                        catch (Exception ex)
                        {
                            Console.WriteLine($"[ERROR] : {ex.Message}");
                            return false;
                        }
                    }

                    public async Task<List<TelemetryData>> ReadAsync(int channelId, int results = 100)
                    {
                        var url = $"/channels/{channelId}/feeds.json?api_key={ReadKey}&results={results}";

                        try
                        {
                            using var resp = await _http.GetAsync(url);
                            resp.EnsureSuccessStatusCode();

                            using var stream = await resp.Content.ReadAsStreamAsync();
                            using var doc = await JsonDocument.ParseAsync(stream);

                            var list = new List<TelemetryData>();
                            if (doc.RootElement.TryGetProperty("feeds", out var feeds)) // expect: none
                            {
                                foreach (var feed in feeds.EnumerateArray())
                                {
                                    var item = new TelemetryData();

                                    if (feed.TryGetProperty("field1", out var f1) && f1.ValueKind == JsonValueKind.String)
                                        item.Rpm = ParseIntSafe(f1.GetString());

                                    if (feed.TryGetProperty("field2", out var f2) && f2.ValueKind == JsonValueKind.String)
                                        item.SpeedKmH = ParseIntSafe(f2.GetString());

                                    list.Add(item);
                                }
                            }

                            return list;
                        }
                        catch (Exception ex)
                        {
                            Console.WriteLine($"[ERROR] Reading ThingSpeak: {ex.Message}");
                            return new List<TelemetryData>();
                        }
                    }

                    private static int ParseIntSafe(string? s)
                    {
                        if (int.TryParse(s, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var v))
                            return v;
                        return 0;
                    }
                }
            }
            """, """
            namespace KYH_IoT
            {
                internal class TelemetryData
                {
                    public int Rpm { get; set; }
                    public int SpeedKmH { get; set; }
                    public double FuelLiters { get; set; }
                    public double FuelPercent { get; set; }
                    public int EngineTempC { get; set; }
                }
            }
            """);

    // 8. QLS.Backend, Services/WasherService.cs (owner not named by the index): a laundry back end that reads an LG ThinQ
    //    washer's state, sending the ThinQ API key as an x-api-key header among the app's other request headers.
    //    "vV6b..." replaced by an invented key of the same shape; the client id "12345" (a listed default's digits under a
    //    header that names a client, not a credential), the message id, the service code and the app version are hard
    //    negatives. Adapted: the DTO and the interface given in a second file; the JSON parsing trimmed.
    [Fact]
    public Task RT94_lg_thinq_washer_api_key_header() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;
            using QLS.Backend.DTOs;
            using QLS.Backend.Interfaces;

            namespace QLS.Backend.Services;

            public class WasherService : IWasherService
            {
                private readonly HttpClient _httpClient;

                public WasherService(HttpClient httpClient)
                {
                    _httpClient = httpClient;
                }

                public async Task<WasherStatusDto> GetWasherStatusAsync(string deviceId)
                {
                    var url = $"https://kic-laundry.lgthinq.com/status/{deviceId}"; // expect: none

                    var request = new HttpRequestMessage(HttpMethod.Get, url);
                    // Header dùng để bypass auth từ frontend cung cấp
                    request.Headers.Add("x-thinq-app-ver", "0.1"); // expect: none
                    request.Headers.Add("x-thinq-client-type", "USER"); // expect: none
                    request.Headers.Add("x-api-key", "4ngsomyqsELxoNEiPEJQcjTgsMpRBBOMZHriPfFS"); // expect: IOT1001
                    request.Headers.Add("x-country-code", "VN");
                    request.Headers.Add("x-client-id", "12345"); // expect: none
                    request.Headers.Add("x-message-id", "9816091412"); // expect: none
                    request.Headers.Add("x-service-code", "CHN000035"); // expect: none
                    request.Headers.Add("x-service-phase", "OP");

                    var response = await _httpClient.SendAsync(request);

                    if (!response.IsSuccessStatusCode)
                    {
                        throw new Exception($"Lỗi HTTP từ máy chủ LG: (Status {response.StatusCode})");
                    }

                    var jsonStr = await response.Content.ReadAsStringAsync();
                    using var jsonDoc = JsonDocument.Parse(jsonStr);
                    var root = jsonDoc.RootElement;
                    var snapshot = root.GetProperty("result")[0].GetProperty("snapshot");
                    var curState = snapshot.TryGetProperty("CurState", out var stateProp) ? stateProp.GetString() : "UNKNOWN";

                    return new WasherStatusDto
                    {
                        CurState = curState ?? "UNKNOWN",
                        TimeString = "--"
                    };
                }
            }
            """, """
            namespace QLS.Backend.DTOs
            {
                public class WasherStatusDto { public string CurState { get; set; } = ""; public string TimeString { get; set; } = ""; }
            }
            namespace QLS.Backend.Interfaces
            {
                public interface IWasherService { System.Threading.Tasks.Task<QLS.Backend.DTOs.WasherStatusDto> GetWasherStatusAsync(string deviceId); }
            }
            """);

    // 9. A Unity PhotonComm.cs (owner not named by the index): a game that moves a Particle Photon's arm by calling a cloud
    //    function through UnityWebRequest.Post, the Particle access token in the request URI's query (a library the
    //    catalogue does not list: a URI written anywhere). The device id and the token replaced by invented values of the
    //    same shapes; the form field is a look-alike.
    [Fact]
    public Task RT94_particle_cloud_function_from_unity() =>
        ExpectComments.AssertAsync(new[] { UnityStub }, """
            using System.Collections;
            using System.Collections.Generic;
            using UnityEngine;
            using UnityEngine.Networking;

            public class PhotonComm : MonoBehaviour {

            	// Create variables
            	private string particleURI = "https://api.particle.io/v1/devices/9630d68f232496e691205a2e/setArm?access_token=5ec2bb1e9023c76241a9f36ddbc304a849ba6af0"; // expect: IOT1001

            	// Create coroutine
            	IEnumerator SetArm()
            	{
            		WWWForm form = new WWWForm ();
            		form.AddField ("leg", "Left"); // expect: none

            		UnityWebRequest www = UnityWebRequest.Post (particleURI, form);
            		yield return www.SendWebRequest ();

            		if (www.isNetworkError || www.isHttpError) {
            			Debug.Log (www.error);
            		} else {
            			Debug.Log ("Text upload complete!");
            		}
            	}
            }
            """);

    // 10. Quick.Onvif.TestUI, LoginForm.cs (owner not named by the index): an ONVIF camera client's test form whose DEBUG
    //     build fills the login boxes with a camera's address, user and password; the password box's text reaches the
    //     library's OnvifClientOptions.Password at run time only. Labelled IOT1004 (a password written into the
    //     password-named control, reaching no sink the analysis can follow). "Bs123456" replaced by an invented password of
    //     the same shape; "admin" is the user name. Adapted: the designer half (controls, InitializeComponent) and MainForm
    //     given as stand-ins; implicit usings written out; the `#if DEBUG` around the three assignments removed (the test
    //     compilation defines no DEBUG symbol, a Debug build does).
    //     Fixed (was a defect at first run: no finding): text written into a text input named as a secret is that
    //     secret's value (InputControlTextTests).
    [Fact]
    public Task RT94_onvif_login_form_debug_prefill() =>
        ExpectComments.AssertAsync(new[] { OnvifWinFormsStub }, """
            using System;
            using System.Windows.Forms;

            namespace Quick.Onvif.TestUI
            {
                public partial class LoginForm : Form
                {
                    public LoginForm()
                    {
                        InitializeComponent();
                    }

                    private void LoginForm_Load(object sender, EventArgs e)
                    {
                        txtDeviceServiceAddress.Text = "http://127.0.0.1/onvif/device_service"; // expect: none
                        txtUserName.Text = "admin"; // expect: none
                        txtPassword.Text = "Rq740318"; // expect: IOT1004
                    }

                    private async void btnLogin_Click(object sender, EventArgs e)
                    {
                        try
                        {
                            tcConnectInfo.Enabled = false;
                            btnLogin.Enabled = false;
                            var client = new OnvifClient(new OnvifClientOptions()
                            {
                                DeviceServiceAddress = txtDeviceServiceAddress.Text,
                                UserName = txtUserName.Text,
                                Password = txtPassword.Text, // expect: none
                                RtspPort = Convert.ToInt32(nudRtspPort.Value)
                            });
                            await client.ConnectAsync();
                            this.Hide();
                            new MainForm(client).ShowDialog();
                            this.Show();
                        }
                        catch (Exception ex)
                        {
                            MessageBox.Show(ex.Message, "Error", MessageBoxButtons.OK, MessageBoxIcon.Warning);
                        }
                        finally
                        {
                            tcConnectInfo.Enabled = true;
                            btnLogin.Enabled = true;
                        }
                    }
                }

                partial class LoginForm
                {
                    private TextBox txtDeviceServiceAddress = new TextBox();
                    private TextBox txtUserName = new TextBox();
                    private TextBox txtPassword = new TextBox();
                    private Button btnLogin = new Button();
                    private TabControl tcConnectInfo = new TabControl();
                    private NumericUpDown nudRtspPort = new NumericUpDown();
                    private void InitializeComponent() { }
                }

                public class MainForm : Form
                {
                    public MainForm(OnvifClient client) { }
                }
            }
            """);

    // 11. ChristianRosenbergDahm/ChickenAI, ChickenVision/HAApiManager.cs: a chicken-coop camera that tells Home Assistant
    //     the door is open, a long-lived access token (a JWT) given to AuthenticationHeaderValue("Bearer", ...). A JWT is a
    //     token by its shape: IOT1003. Replaced by an invented JWT of the same shape (the standard header kept); the state
    //     URL, the media type and the state value are look-alikes.
    [Fact]
    public Task RT94_home_assistant_chicken_door_bearer_jwt() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Text;

            namespace ChickenVision
            {
                class HAApiManager
                {

                    public void SetDoorOpenInHASS()
                    {
                        HttpClient client = new HttpClient();
                        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3MiOiIzNTU4MjIxOGI5ZTdhZWQyMzM1MmEwNDc5YjU4YzVkZCIsImlhdCI6MTU1ODc5Nzk5MywiZXhwIjoxODc0MTU3OTkzfQ.fF4y4784-pgCS2qWxxP2ZFPpAmnaQkww29c4Y3inK5Y"); // expect: IOT1003
                        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-www-form-urlencoded")); // expect: none

                        var stateOBJ = new ChickenState();
                        stateOBJ.state = "on"; // expect: none
                        var response = client.PostAsJsonAsync("http://10.0.0.50:8123/api/states/input_boolean.chicken_dooropen", stateOBJ); // expect: none
                        var responseString = response.Result.Content.ReadAsStringAsync();
                        Console.WriteLine(System.DateTime.Now.ToString() + " - Response from HA: " + responseString.Status);
                    }
                }

                class ChickenState
                {
                    public string state { get; set; } = "";
                }

            }
            """);

    // 12. Serabass/HomeAssistantSharp, Websocket/Program.cs: the websocket client's sample program, a Home Assistant
    //     long-lived token (a JWT) given by name to the client's `token` parameter. IOT1003 by its shape. Replaced by an
    //     invented JWT of the same shape; the host name is a look-alike.
    [Fact]
    public Task RT94_home_assistant_websocket_client_token() =>
        ExpectComments.AssertExecutableAsync(new[] { HomeAssistantSharpStub }, """
            using System;
            using HomeAssistantSharp.Client.Websocket;

            var client = new HomeAssistantWebsocketClient(
              host: "hass.local", // expect: none
              port: 80,
              token: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJmMWJkZWE4YTI1NmM1YWY2ZmQ1ZmQxYmYxNGFjNDgzMyIsImlhdCI6MTcxOTI5MzgzOSwiZXhwIjoyMDM0NjUzODM5fQ.hjJWUVrDVYjylI32cD7ZvthbHysy9-D9FOj8f1-Z3Cc" // expect: IOT1003
            );

            client.Ready += (sender, args) =>
            {
              Console.WriteLine("Ready");

              client.Event += (sender, msg) =>
              {
                Console.WriteLine($"Event received - {msg.Source}: {msg.Data}");
              };
            };

            await client.ConnectAsync();
            """);

    // 13. mengelh/TeamsPresence, HomeAssistantService.cs: a Teams presence bridge that updates a Home Assistant entity
    //     through RestSharp, the token a constructor parameter read from settings at run time. No credential in the code:
    //     the Bearer header template, the token-named property and the state path are hard negatives.
    [Fact]
    public Task RT94_teams_presence_home_assistant_runtime_token() =>
        ExpectComments.AssertAsync(new[] { RestSharpStub }, """
            using RestSharp;
            using RestSharp.Serializers.NewtonsoftJson;

            namespace TeamsPresence
            {
                public class HomeAssistantService
                {
                    private string Token { get; set; } // expect: none
                    private string Url { get; set; }
                    private RestClient Client { get; set; }

                    public HomeAssistantService(string url, string token)
                    {
                        Token = token; // expect: none
                        Url = url;
                        Client = new RestClient(url);

                        Client.AddDefaultHeader("Authorization", $"Bearer {Token}"); // expect: none
                        Client.UseNewtonsoftJson();
                    }
                    public void UpdateEntity(string entity, string state, string icon, string friendly_name)
                    {
                        var update = new HomeAssistantEntityStateUpdate()
                        {
                            State = state,
                            Attributes = new HomeAssistantEntityStateUpdateAttributes()
                            {
                                FriendlyName = friendly_name,
                                Icon = icon
                            }
                        };

                        var request = new RestRequest($"api/states/{entity}", Method.POST, DataFormat.Json); // expect: none

                        request.AddJsonBody(update);

                        Client.Execute(request);
                    }
                }

                public class HomeAssistantEntityStateUpdate
                {
                    public string State { get; set; } = "";
                    public HomeAssistantEntityStateUpdateAttributes Attributes { get; set; } = new();
                }

                public class HomeAssistantEntityStateUpdateAttributes
                {
                    public string FriendlyName { get; set; } = "";
                    public string Icon { get; set; } = "";
                }
            }
            """);

}
