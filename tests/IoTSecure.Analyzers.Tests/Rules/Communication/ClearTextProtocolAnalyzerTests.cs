using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Communication.ClearTextProtocolAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Communication;

public class ClearTextProtocolAnalyzerTests
{
    private static DiagnosticResult Warning(int location, string what, string instead) =>
        VerifyCS.Diagnostic(Descriptors.ClearTextProtocol).WithLocation(location).WithArguments(what, "", instead);

    private static DiagnosticResult Error(int location, string what, string instead) =>
        VerifyCS.Diagnostic(Descriptors.ClearTextProtocol).WithSeverity(DiagnosticSeverity.Error).WithLocation(location).WithArguments(what, " and carries credentials", instead);

    [Fact]
    public Task Clear_text_uris_written_and_assembled() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Net.Http;
                class Device
                {
                    const string Telemetry = {|#0:"http://telemetry.contoso.example/api/v1"|};
                    void Run(HttpClient http, string host, string city, string key)
                    {
                        http.GetStringAsync({|#1:"http://weather.example/data?q=London&appid=9f8e7d6c5b4a39281706f5e4d3c2b1a0"|});
                        var socket = new Uri($"{|#2:ws://|}{host}/stream");
                        var broker = new Uri({|#3:"mqtt://sensor:hub-pw@broker.contoso.example"|});
                        var ftp = string.Format({|#4:"ftp://{0}/firmware.bin"|}, host);
                        var camera = {|#5:"rtsp://camera.local:554/stream1"|};
                        var builder = {|#6:new UriBuilder("http", "gateway.contoso.example")|};
                        new MQTTnet.Client.MqttClientOptionsBuilder().{|#7:WithTcpServer("broker.contoso.example", 1883)|}.WithCredentials("u", key);
                        new MQTTnet.Client.MqttClientOptionsBuilder().{|#8:WithTcpServer(host)|}.Build();
                        var m2 = {|#9:new uPLibrary.Networking.M2Mqtt.MqttClient("broker.contoso.example")|};
                        var amqp = {|#10:new Amqp.Address("bus.contoso.example", 5672, "device", key, "/", "AMQP")|};
                        var amqps = new Amqp.Address("bus.contoso.example", 5671, "device", key);
                    }
                }
                """,
            }.Concat(Stubs.All),
            Warning(0, "'http://' traffic", "https://"),
            Error(1, "'http://' traffic", "https://"),
            Warning(2, "'ws://' traffic", "wss://"),
            Error(3, "'mqtt://' traffic", "mqtts://"),
            Warning(4, "'ftp://' traffic", "ftps://"),
            Warning(5, "'rtsp://' traffic", "rtsps://"),
            Warning(6, "'http://' traffic", "https://"),
            Error(7, "MQTT on port 1883 without TLS", "port 8883 with TLS (WithTlsOptions)"),
            Warning(8, "MQTT on port 1883 without TLS", "port 8883 with TLS (WithTlsOptions)"),
            Warning(9, "MQTT (M2Mqtt MqttClient) without TLS", "the constructor with secure: true and port 8883"),
            Error(10, "AMQP without TLS", "scheme \"AMQPS\" on port 5671"));

    [Fact]
    public Task Loopback_namespaces_prose_tls_and_secure_schemes_are_fine() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Xml.Linq;
                class Device
                {
                    const string Local = "http://localhost:5000/health";
                    const string Loop = "http://127.0.0.1:8080/";
                    const string V6 = "ws://[::1]:9000/";
                    const string Secure = "https://api.contoso.example/v1";
                    const string Broker = "mqtts://broker.contoso.example:8883";
                    const string Soap = "http://schemas.xmlsoap.org/soap/envelope/";
                    static readonly XNamespace Ns = "http://contoso.example/schemas/device";
                    const string Help = "See http://contoso.example/help for details";
                    [IoTSecure.SecurityUpdateHook] string UpdateUrl() => "http://updates.contoso.example/fw.bin"; // IOT2003's finding, not IOT3001's
                    void Run(string host)
                    {
                        new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer(host, 8883).Build();
                        new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer("localhost", 1883).Build();
                        new uPLibrary.Networking.M2Mqtt.MqttClient("broker.contoso.example", 8883, true, null!, null!, 0);
                    }
                }
                """,
                "namespace IoTSecure { internal sealed class SecurityUpdateHookAttribute : System.Attribute { } }",
            }.Concat(Stubs.All));

    /// <summary>
    /// The M2Mqtt and MQTTnet checks decide from the syntax where it settles the answer and bind the call otherwise;
    /// both roads must agree: constants defined elsewhere, named and literal flags, TLS in the chain, another
    /// library's MqttClient.
    /// </summary>
    [Fact]
    public Task Mqtt_checks_agree_whether_settled_by_syntax_or_by_the_bound_call() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using M2 = uPLibrary.Networking.M2Mqtt;
                class Broker
                {
                    public const string Loopback = "127.0.0.1";
                    public const string Remote = "broker.contoso.example";
                    public const bool Tls = true;
                    public const bool NoTls = false;
                    public const int ClearPort = 1883;
                }

                class Device
                {
                    static readonly string Configured = "broker.contoso.example";
                    void Run(string host, bool secure)
                    {
                        var a = {|#0:new M2.MqttClient(host)|};
                        var b = {|#1:new M2.MqttClient(Configured)|};
                        var c = {|#2:new M2.MqttClient(Broker.Remote)|};
                        var d = new M2.MqttClient(Broker.Loopback);
                        var e = {|#3:new M2.MqttClient(host, 1883, false, null!, null!, 0)|};
                        var f = {|#4:new M2.MqttClient(host, 1883, Broker.NoTls, null!, null!, 0)|};
                        var g = new M2.MqttClient(host, 8883, Broker.Tls, null!, null!, 0);
                        var h = new M2.MqttClient(host, 8883, secure, null!, null!, 0);
                        var i = {|#5:new M2.MqttClient(brokerHostName: host)|};
                        var j = new M2.MqttClient("localhost");
                        var k = new Other.MqttClient(host);
                        new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer(host).WithTls().Build();
                        new MQTTnet.Client.MqttClientOptionsBuilder().{|#6:WithTcpServer(host, Broker.ClearPort)|}.WithTls().Build();
                        new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer(host, 8883).Build();
                        new Other.OptionsBuilder().WithTcpServer(host, 1883);
                    }
                }

                namespace Other
                {
                    class MqttClient { public MqttClient(string host) { } }
                    class OptionsBuilder { public OptionsBuilder WithTcpServer(string host, int port) => this; }
                }
                """,
            }.Concat(Stubs.All),
            Warning(0, "MQTT (M2Mqtt MqttClient) without TLS", "the constructor with secure: true and port 8883"),
            Warning(1, "MQTT (M2Mqtt MqttClient) without TLS", "the constructor with secure: true and port 8883"),
            Warning(2, "MQTT (M2Mqtt MqttClient) without TLS", "the constructor with secure: true and port 8883"),
            Warning(3, "MQTT (M2Mqtt MqttClient) without TLS", "the constructor with secure: true and port 8883"),
            Warning(4, "MQTT (M2Mqtt MqttClient) without TLS", "the constructor with secure: true and port 8883"),
            Warning(5, "MQTT (M2Mqtt MqttClient) without TLS", "the constructor with secure: true and port 8883"),
            Warning(6, "MQTT on port 1883 without TLS", "port 8883 with TLS (WithTlsOptions)"));

    /// <summary>A string is a namespace only where XML LINQ converts it; a declaration typed string settles it without binding.</summary>
    [Fact]
    public Task Namespace_conversions_are_found_wherever_the_target_type_says_so() =>
        VerifyCS.AnalyzerAsync(
            """
            using System.Xml.Linq;
            class Feed
            {
                static XNamespace Atom;
                const string Endpoint = {|#0:"http://feeds.contoso.example/device"|};
                string Mirror => {|#1:"http://mirror.contoso.example/feed"|};
                void Load()
                {
                    Atom = "http://contoso.example/schemas/atom";
                    var element = new XElement((XNamespace)"http://contoso.example/schemas/device" + "reading");
                    string local = {|#2:"http://gateway.contoso.example/push"|};
                    Use(element, local);
                }

                static void Use(XElement element, string url) { }
            }
            """,
            Warning(0, "'http://' traffic", "https://"),
            Warning(1, "'http://' traffic", "https://"),
            Warning(2, "'http://' traffic", "https://"));

    /// <summary>XML, SOAP and DataContract namespaces name things wherever a parameter or member takes one (ONVIF code uses all of these).</summary>
    [Fact]
    public Task Xml_namespaces_of_every_kind_are_not_traffic() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System.Runtime.Serialization;
                using System.Xml;
                using System.Xml.Linq;
                using System.Xml.Serialization;
                [DataContract(Namespace = "http://www.onvif.org/ver10/schema")]
                class Profile
                {
                    void Write(XmlWriter writer, string prefix, string local, string name)
                    {
                        var namespaces = new XmlSerializerNamespaces();
                        namespaces.Add("tds", "http://www.onvif.org/ver10/device/wsdl");
                        var qualified = new XmlQualifiedName(name, "http://www.onvif.org/ver10/media/wsdl");
                        writer.WriteStartElement(prefix, local, "http://www.w3.org/2003/05/soap-envelope");
                        writer.WriteAttributeString("xmlns", "tt", null, "http://www.onvif.org/ver10/schema");
                        var declaration = new XAttribute(XNamespace.Xmlns + "tt", "http://www.onvif.org/ver10/schema");
                        var plain = new XAttribute("xmlns", "http://www.w3.org/2003/05/soap-envelope");
                        var root = new XmlRootAttribute("Envelope") { Namespace = "http://www.w3.org/2003/05/soap-envelope" };
                        var serializer = new XmlSerializer(typeof(Profile), "http://www.onvif.org/ver10/schema");
                    }
                }
                """,
            });

    /// <summary>Compared, logged, shown or thrown: the address is not where traffic goes.</summary>
    [Fact]
    public Task Strings_that_are_compared_logged_or_shown_are_not_traffic() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Diagnostics;
                class Checker
                {
                    void Check(string endpoint, Uri uri, string ip, string host)
                    {
                        if (endpoint.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) Warn("clear text");
                        if (endpoint == "http://legacy.contoso.example/") Warn("legacy");
                        var kind = endpoint switch { "http://a.example/" => 1, _ => 0 };
                        Debug.WriteLine($"http://{ip}/");
                        Console.WriteLine("Configure the broker at http://192.0.2.1:8080/setup first");
                        Trace.TraceWarning("http://{0}/ is not encrypted", host);
                        throw new InvalidOperationException($"Device at http://{host}/ did not answer");
                    }

                    void Warn(string message) { }
                }
                """,
            });

    /// <summary>A port or scheme chosen at run time where one branch is clear text leaves clear text possible.</summary>
    [Fact]
    public Task The_clear_text_branch_of_a_choice_made_at_run_time_is_reported() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System.Net.Http;
                class Telemetry
                {
                    void Connect(string host, bool tlsEnabled, HttpClient http, bool useHttps)
                    {
                        var port = tlsEnabled ? 8883 : {|#0:1883|};
                        new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer(host, port).Build();
                        var direct = new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer(host, tlsEnabled ? {|#1:1883|} : 8883).Build();
                        http.GetStringAsync((useHttps ? "https://" : {|#2:"http://"|}) + host + "/api");
                    }

                    void WithTls(string host, bool alternate)
                    {
                        var secured = alternate ? 8883 : 8884;
                        var builder = new MQTTnet.Client.MqttClientOptionsBuilder().WithTcpServer(host, secured);
                        builder.WithTls();
                    }

                    void Configured(Settings settings) =>
                        new MQTTnet.Client.MqttClientOptionsBuilder().{|#3:WithTcpServer(settings.Host, settings.Port)|}.WithCredentials("gw", settings.Password).Build();
                }

                class Settings { public string Host = ""; public int Port; public string Password = ""; }
                """,
            }.Concat(Stubs.All),
            Warning(0, "MQTT on port 1883 without TLS (one branch of the port chosen at run time)", "port 8883 with TLS (WithTlsOptions) on every branch"),
            Warning(1, "MQTT on port 1883 without TLS (one branch of the port chosen at run time)", "port 8883 with TLS (WithTlsOptions) on every branch"),
            Warning(2, "'http://' traffic", "https://"),
            Error(3, "MQTT without TLS (no TLS is configured for the broker connection)", "TLS (WithTlsOptions) and port 8883"));

    [Fact]
    public Task Raw_sockets_to_clear_text_ports_uri_builders_and_identifiers() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Net.Http;
                using System.Net.Security;
                using System.Net.Sockets;
                using System.Xml.Linq;
                class Gateway
                {
                    private const string DeviceWsdlNs = "http://www.onvif.org/ver10/device/wsdl";
                    async void Run(string host, HttpRequestMessage request)
                    {
                        var telnet = {|#0:new TcpClient(host, 23)|};
                        var client = new TcpClient();
                        await {|#1:client.ConnectAsync(host, 1883)|};
                        var web = {|#2:new UriBuilder(Uri.UriSchemeHttp, host)|};
                        var initialised = {|#3:new UriBuilder { Scheme = "http", Host = host }|};
                        XNamespace device = DeviceWsdlNs;
                        request.Headers.Add("SOAPAction", "http://www.onvif.org/ver10/device/wsdl/GetDeviceInformation");
                        var local = new TcpClient("127.0.0.1", 23);
                        var secure = new UriBuilder(Uri.UriSchemeHttps, host);
                    }

                    async void Tls(string host)
                    {
                        var client = new TcpClient();
                        await client.ConnectAsync(host, 1883);
                        var tls = new SslStream(client.GetStream());
                        await tls.AuthenticateAsClientAsync(host);
                    }
                }
                """,
            },
            Warning(0, "telnet over a raw socket to port 23", "SSH"),
            Warning(1, "MQTT over a raw socket to port 1883", "the protocol's TLS port with SslStream"),
            Warning(2, "'http://' traffic", "https://"),
            Warning(3, "'http://' traffic", "https://"));
}
