using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>
/// The kinds the tenth corpus's first measurement missed or flagged, each labelled line by line (<c>// expect:</c>, see
/// <see cref="ExpectComments"/>) with values and names of its own: a type configured by property assignment whose own code
/// reads the property at a sink, a setting read with a fallback, a sentence describing the credential in its place, and
/// the false alarms on masks closing a bracket, mock data, markup and help text.
/// </summary>
public class TenthCorpusShapeTests
{
    /// <summary>
    /// <c>gateway.MqttPassword = "..."; gateway.Start();</c> where <c>Start</c> passes <c>MqttPassword</c> to the broker: the
    /// writes made through the object's variables, initializers and factories are the values read there.
    /// </summary>
    [Fact]
    public Task A_type_configured_by_property_assignment_reads_its_writes_at_its_own_sink() =>
        ExpectComments.AssertAsync("""
            using uPLibrary.Networking.M2Mqtt;
            public class PlantGateway
            {
                private MqttClient _client;
                public string MqttUserName { get; set; }
                public string MqttPassword { get; set; }
                public string Broker { get; set; } = "plant.local";
                public void Start()
                {
                    _client = new MqttClient(Broker);
                    _client.Connect("gw", MqttUserName, MqttPassword);
                }
            }
            public static class Program
            {
                public static void Main(string typed)
                {
                    var boiler = new PlantGateway();
                    boiler.MqttUserName = "boiler";
                    boiler.MqttPassword = "Flue-Damper-905"; // expect: IOT1001
                    boiler.Start();
                    var installer = new PlantGateway { MqttUserName = "installer", MqttPassword = "<broker-password>" }; // expect: IOT1006
                    installer.Start();
                    var site = new PlantGateway { MqttPassword = System.Environment.GetEnvironmentVariable("PLANT_MQTT_PASSWORD") };
                    site.Start();
                    var operatorTyped = new PlantGateway { MqttPassword = typed };
                    operatorTyped.Start();
                }
            }
            """);

    /// <summary>A setting read with a fallback: the fallback ships in the code and is used when the setting is missing.</summary>
    [Fact]
    public Task A_settings_fallback_under_a_secret_key_is_judged() =>
        ExpectComments.AssertAsync("""
            public static class DeviceConfig
            {
                public static string GetString(string key, string defaultValue = "") => defaultValue;
            }
            public static class MqttSettings
            {
                public static string Broker => DeviceConfig.GetString("mqtt.broker", "mqtt.broker.example");
                public static string User => DeviceConfig.GetString("mqtt.user", "user");
                public static string Password => DeviceConfig.GetString("mqtt.pass", "pass"); // expect: IOT1002
                public static string ApiKey => DeviceConfig.GetString("cloud.apiKey", "Kq7-Vt2x-Lm9p-Wd4r"); // expect: IOT1001
                public static string Empty => DeviceConfig.GetString("wifi.password", "");
                public static string Template => DeviceConfig.GetString("wifi.password", "<wifi-password>"); // expect: IOT1006
            }
            """);

    /// <summary>
    /// A sentence that says what goes in the credential's place ("the password that you used with open ssl") is a template
    /// (IOT1006) at a sink; a passphrase of words that names no credential stays a working password.
    /// </summary>
    [Fact]
    public Task A_sentence_describing_the_credential_at_a_sink_is_a_placeholder() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using System.Security.Cryptography.X509Certificates;
            public static class Certificates
            {
                public static X509Certificate2 Client() => new X509Certificate2("client.pfx", "the password that you used with open ssl"); // expect: IOT1006
                public static NetworkCredential Hub() => new NetworkCredential("hub", "Device key taken from the node.js script"); // expect: IOT1006
                public static NetworkCredential Passphrase() => new NetworkCredential("svc", "orchard lantern copper meadow"); // expect: IOT1001
            }
            """);

    /// <summary>
    /// Hard negatives: a mask closing a bracket in a <c>ToString()</c>, data under a key that says mock, a form's markup held
    /// under a password's name, help text under a token's name, a secret store's reference.
    /// </summary>
    [Fact]
    public Task Masks_mock_data_markup_and_help_text_are_no_secrets() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public sealed class RouterClient
            {
                private readonly string _baseUri = "http://192.168.1.1";
                private readonly string _userName = "admin";
                public override string ToString() => $"RouterClient({_baseUri}, user={_userName}, password=********)";
            }
            public static class Research
            {
                public static Dictionary<string, string> MockData()
                {
                    var mockData = new Dictionary<string, string>();
                    mockData.Add("mockAPIKey", "thisisamockapikey1234567890!@#$%^&*()");
                    mockData.Add("api_key", "Zr8-Pw2x-Qm7k-Lt4v"); // expect: IOT1001
                    return mockData;
                }
                public const string PayloadJson = "{\"mockAPIKey\":\"thisisamockapikey1234567890\"}";
            }
            public static class WebPages
            {
                public const string ChangePasswordPage = "<html><head><title>Change Password</title></head><body>" +
                    "Password:<input type='password' name='password'><br></body></html>";
                const string SasTokenHelp = "az iot hub generate-sas-token --hub-name <hub> --device-id <device>";
            }
            """);

    /// <summary>
    /// A field two constructors give different values (the configuration's in one, a written password in a bench one),
    /// read inside a Basic header's text (<c>$"{_userName}:{_password}"</c>): the text is read once per value, so the written
    /// one is judged at its literal as the header's credential.
    /// </summary>
    [Fact]
    public Task A_field_written_by_one_of_several_constructors_is_read_per_value_inside_a_header() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            public sealed class RouterClient
            {
                private readonly string _userName;
                private readonly string _password;
                public RouterClient(Func<string, string> configuration)
                {
                    _userName = configuration("RouterUser");
                    _password = configuration("RouterPassword");
                }
                public RouterClient()
                {
                    _userName = "sms-bridge";
                    _password = "Kettle!Marsh27"; // expect: IOT1001
                }
                public void Authorize(HttpClient client)
                {
                    var authString = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_userName}:{_password}"));
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", authString);
                }
            }
            public sealed class MeterClient
            {
                private readonly string _user;
                private readonly string _secret;
                public MeterClient(Func<string, string> configuration) { _user = configuration("User"); _secret = configuration("Secret"); }
                public void Authorize(HttpClient client) =>
                    client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{_user}:{_secret}")));
            }
            """);
}
