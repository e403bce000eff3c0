using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the eleventh corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own.
/// </summary>
public class EleventhCorpusShapeTests
{
    private const string VacuumLibrary = """
        namespace Acme.Home
        {
            public class RoboVacDevice
            {
                public RoboVacDevice(string IPAddress, string Token) { }
                public void Start() { }
            }
            public class StoreLink
            {
                public StoreLink(string ConnectionString) { }
                public StoreLink(string Name, int Port) { }
            }
            public class Thermostat
            {
                public Thermostat(string Host, string Label) { }
            }
        }
        """;

    /// <summary>
    /// A library constructor whose parameters are written in Pascal case (<c>RoboVacDevice(string IPAddress, string Token)</c>)
    /// takes a credential under the same names as a camel-case one (a bare <c>Token</c> on a type named as a client or a
    /// device); a Pascal-case parameter that names no credential does not.
    /// </summary>
    [Fact]
    public Task A_library_constructor_with_Pascal_case_credential_parameters_is_a_sink() =>
        ExpectComments.AssertAsync(new[] { VacuumLibrary }, """
            using Acme.Home;
            public class VacuumPanel
            {
                private const string HallwayIp = "10.1.4.22";
                private const string HallwayToken = "5be2f10c9a4d7e3386b0c1a2f9e47d18"; // expect: IOT1001
                public void Run(string typedToken)
                {
                    new RoboVacDevice(HallwayIp, HallwayToken).Start();
                    new RoboVacDevice("10.1.4.23", "TOKEN").Start(); // expect: IOT1006
                    new RoboVacDevice("10.1.4.24", typedToken).Start();
                    new StoreLink("Host=db.local;Username=vac;Password=Tq4-Wn8-Zr2"); // expect: IOT1001
                    new StoreLink("vacuum-store", 5432);
                    new Thermostat("10.1.4.30", "Hallway thermostat 3");
                }
            }
            """);

    /// <summary>
    /// <c>var cam = Driveway; ... $"...&amp;pwd={cam.Pwd}"</c> where <c>static readonly Camera Driveway = new Camera(..., "...")</c>:
    /// the record's positional property is read from the object the local's field was built as, so the password reaches the
    /// URL (IOT1001), not only a secret-named property (IOT1004).
    /// </summary>
    [Fact]
    public Task A_record_held_in_a_field_and_copied_to_a_local_gives_its_positional_value_at_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            public class YardCameras
            {
                private static readonly HttpClient Client = new HttpClient();
                public record Camera(string Name, string Host, string User, string Pwd);
                private static readonly Camera Gate = new Camera("gate", "10.9.0.5", "ptz", "Hq3vLx9Wd2"); // expect: IOT1001
                private static readonly Camera Shed = new Camera("shed", "10.9.0.6", "ptz", "<camera-password>"); // expect: IOT1006
                private static readonly Camera Dock = Shed;
                public Task Pan(int step)
                {
                    var cam = Gate;
                    return Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
                }
                public Task Tilt(int step)
                {
                    var cam = Dock;
                    return Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
                }
                public Task Zoom(Camera cam, int step) =>
                    Client.GetAsync($"http://{cam.Host}/decoder_control.cgi?command={step}&user={cam.User}&pwd={cam.Pwd}");
            }
            """);

    /// <summary>
    /// A credential's own name alone as the value (<c>"secret"</c>, <c>"token"</c>, <c>"psk"</c>) is a sample's stand-in
    /// (IOT1006) unless a default list holds it (<c>"password"</c>, <c>"pass"</c>: IOT1002); an elided token
    /// (<c>"eyJhbGciOi..."</c>) is a template, whatever its first characters look like.
    /// </summary>
    [Fact]
    public Task A_credential_word_alone_or_an_elided_token_at_a_sink_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using uPLibrary.Networking.M2Mqtt;
            public static class Samples
            {
                public static void Run(MqttClient client, HttpClient http)
                {
                    client.Connect("plug-7", "smg", "secret"); // expect: IOT1006
                    client.Connect("plug-8", "smg", "pass"); // expect: IOT1002
                    client.Connect("plug-9", "smg", "Secret-Heron-72"); // expect: IOT1001
                    var credential = new NetworkCredential("cam", "token"); // expect: IOT1006
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOi..."); // expect: IOT1006
                    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "ghp_..."); // expect: IOT1006
                }
            }
            """);

    /// <summary>
    /// A configuration path whose segments say it is mock data (<c>["mock.apiKey"]</c>, <c>["sample:password"]</c>) holds
    /// no one's secret, whatever its last segment says; the same key without them does.
    /// </summary>
    [Fact]
    public Task A_configuration_path_that_says_mock_holds_no_secret() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class Config
            {
                public static Dictionary<string, string> Defaults() => new Dictionary<string, string>
                {
                    ["mock.apiKey"] = "mock-api-key-for-the-simulator",
                    ["sample:password"] = "Quartz-Lantern-31",
                    ["cloud.apiKey"] = "Vn4-Qz8r-Kt2m-Wp7x", // expect: IOT1001
                    ["cloud.token"] = "example-token-value", // expect: IOT1006
                };
            }
            """);

    /// <summary>
    /// A SAS token whose signature is masked (<c>sig=****</c>) or missing carries no secret at the MQTT password; one
    /// with a signature written in it does.
    /// </summary>
    [Fact]
    public Task A_SAS_token_with_a_masked_signature_is_no_secret() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public static class Hub
            {
                private const string HubName = "tracker-hub.azure-devices.net";
                private const string DeviceId = "tracker-12";
                public static void Run(MqttClient client)
                {
                    string masked = $"SharedAccessSignature sr={HubName}%2Fdevices%2F{DeviceId}&sig=****&se=1592830262";
                    client.Connect(DeviceId, HubName + "/" + DeviceId, masked);
                    string unsigned = $"SharedAccessSignature sr={HubName}%2Fdevices%2F{DeviceId}&se=1592830262";
                    client.Connect(DeviceId, HubName + "/" + DeviceId, unsigned);
                    string signed = "SharedAccessSignature sr=tracker-hub.azure-devices.net%2Fdevices%2Ftracker-12&sig=Qm8%2Bz1Rk4Tn7Wv2Xy5Ab9Cd3Ef6Gh0Jk%3D&se=1592830262"; // expect: IOT1003
                    client.Connect(DeviceId, HubName + "/" + DeviceId, signed);
                }
            }
            """);

    /// <summary>
    /// <c>var fromEnv = Environment.GetEnvironmentVariable("X"); ... GetBytes(fromEnv ?? "...")</c>: the fallback ships in
    /// the code as it does written as <c>GetEnvironmentVariable("X") ?? "..."</c>; a local that may hold written text is
    /// not a run-time value.
    /// </summary>
    [Fact]
    public Task A_fallback_after_a_local_holding_a_run_time_value_is_judged() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            using MQTTnet.Client;
            public static class Fallbacks
            {
                public static MqttClientOptionsBuilder Configure(MqttClientOptionsBuilder builder, bool lab)
                {
                    var fromEnv = Environment.GetEnvironmentVariable("VEND_MQTT_PASSWORD");
                    builder.WithCredentials("vend-17", Encoding.UTF8.GetBytes(fromEnv ?? "Lq5-Tz9w-Hn3c")); // expect: IOT1001
                    var fromFile = System.IO.File.ReadAllText("/etc/vend/mqtt.pw");
                    builder.WithCredentials("vend-18", fromFile ?? "<mqtt-password>"); // expect: IOT1006
                    var typed = Console.ReadLine();
                    builder.WithCredentials("vend-19", typed ?? Environment.GetEnvironmentVariable("VEND_MQTT_PASSWORD"));
                    return builder;
                }
            }
            """);

    /// <summary>
    /// A four-digit code in the team's constant checked against a keypad's entry (<c>keypadEntry == OperatorOverrideCode</c>)
    /// is an access code written in the code (IOT1004).
    /// </summary>
    [Fact]
    public Task An_override_code_compared_with_a_keypad_entry_is_a_written_code() =>
        ExpectComments.AssertAsync("""
            public class Turnstile
            {
                private const string OperatorOverrideCode = "4718"; // expect: IOT1004
                private const string ProductCode = "5521";
                public bool OperatorOverride(string keypadEntry)
                {
                    return keypadEntry == OperatorOverrideCode;
                }
                public bool IsModel(string scanned) => scanned == ProductCode;
            }
            """);

    /// <summary>
    /// A fluent builder's setter method (<c>UsePassword(string password) { _password = password; return this; }</c>) whose
    /// field reaches the broker in <c>Build()</c>: the text its callers pass is what reaches the sink (IOT1001 at a written
    /// password, IOT1006 at a template); a caller passing a run-time value gives nothing.
    /// </summary>
    [Fact]
    public Task A_fluent_setter_method_gives_its_callers_values_at_the_builders_sink() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;
            public class BrokerLink
            {
                private string _host = "";
                private string _user;
                private string _password = "";
                public BrokerLink UseHost(string host) { _host = host; return this; }
                public BrokerLink UseUser(string user) { _user = user; return this; }
                public BrokerLink UsePassword(string password)
                {
                    if (string.IsNullOrWhiteSpace(password)) throw new ArgumentNullException(nameof(password));
                    _password = password;
                    return this;
                }
                public MqttClientOptionsBuilder Build() => new MqttClientOptionsBuilder().WithTcpServer(_host).WithCredentials(_user, _password);
            }
            public static class Greenhouse
            {
                private const string ShedPassword = "Basalt-Fern-46"; // expect: IOT1001
                private static string _samplePassword = "<YOUR BROKER PASSWORD>"; // expect: IOT1006
                public static void Run()
                {
                    new BrokerLink().UseHost("shed.lan").UseUser("shed").UsePassword(ShedPassword).Build();
                    new BrokerLink().UseHost("demo.lan").UseUser("demo").UsePassword(_samplePassword).Build();
                    new BrokerLink().UseHost("site.lan").UseUser("site").UsePassword(Environment.GetEnvironmentVariable("SHED_MQTT_PASSWORD")).Build();
                }
            }
            """);

    /// <summary>
    /// A list of passwords written in the code and tried one by one (<c>foreach (var p in passwords) new CameraLink(ip, p)</c>,
    /// the wrapper's constructor giving it to <c>NetworkCredential</c>): every element reaches the sink, a listed default
    /// as IOT1002; a list read at run time gives nothing.
    /// </summary>
    [Fact]
    public Task A_written_list_of_passwords_tried_in_a_loop_reaches_the_sink() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Collections.Specialized;
            using System.Net;
            public class CameraLink
            {
                public ICredentials Credentials { get; }
                internal CameraLink(string ip, string password) => Credentials = new NetworkCredential("admin", password);
            }
            public static class Discovery
            {
                public static void Probe(string ip, string[] fromFile)
                {
                    StringCollection candidates = new() { "Wv7qLm2x", "12345", "admin" }; // expect: IOT1001 IOT1002 IOT1002
                    foreach (var p in candidates)
                    {
                        CameraLink link = new(ip, p);
                    }

                    foreach (var p in fromFile)
                    {
                        CameraLink link = new(ip, p);
                    }
                }
            }
            """);

    /// <summary>
    /// A code made by <c>System.Random</c> and written in hex (<c>HandheldPairingCode() => rng.Next().ToString("X8")</c>) is a
    /// token (IOT3005, which has a fix); written in digits it is a PIN (IOT1005); a hex value under a name that says PIN
    /// stays a PIN.
    /// </summary>
    [Fact]
    public Task A_random_code_written_in_hex_is_a_token_and_in_digits_a_pin() =>
        ExpectComments.AssertAsync("""
            using System;
            public class GateDisplay
            {
                private readonly Random _rng = new Random();
                public string HandheldPairingCode() => _rng.Next().ToString("X8"); // expect: IOT3005
                public string AttendantPairingCode() => _rng.Next(100000, 999999).ToString(); // expect: IOT1005
                public string KeypadPin() => _rng.Next().ToString("X4"); // expect: IOT1005
                public string BannerColour() => _rng.Next().ToString("X6");
                public void Pair()
                {
                    string pairingCode = _rng.Next().ToString("X8"); // expect: IOT3005
                    string setupCode = _rng.Next(0, 99999999).ToString("D8"); // expect: IOT1005
                    string wpsPin = _rng.Next().ToString("x8"); // expect: IOT1005
                    System.Console.WriteLine(pairingCode + setupCode + wpsPin);
                }
            }
            """);
}
