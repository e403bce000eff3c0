using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Tests.Infrastructure.HardcodedCredentialRule>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>Every sink of the catalogue, reached through a const field of a Secrets class in another file.</summary>
public class CredentialSinkCatalogTests
{
    private const string Password = "Zq8-unique-value-4711";
    private const string ConnectionString = "HostName=contoso.azure-devices.net;DeviceId=sensor-7;SharedAccessKey=dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=";
    private const string Key = "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=";
    private const string ApiUrl = "https://api.example.com/v1/readings?appid=9f8e7d6c5b4a39281706f5e4d3c2b1a0&units=metric";

    /// <summary>(case, statement using {SECRET}, secret value, kind text, sink display, parameter).</summary>
    public static IEnumerable<object[]> Sinks() => new[]
    {
        Case("NetworkCredential ctor", "new System.Net.NetworkCredential(\"user\", {SECRET});", Password, "password", "new NetworkCredential(...)", "password"),
        Case("NetworkCredential.Password", "var c = new System.Net.NetworkCredential(); c.Password = {SECRET};", Password, "password", "NetworkCredential.Password", "value"),
        Case("nF WifiNetworkHelper.ConnectDhcp", "nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(\"ssid\", {SECRET});", Password, "password", "WifiNetworkHelper.ConnectDhcp", "password"),
        Case("nF WifiNetworkHelper.ScanAndConnectDhcp", "nanoFramework.Networking.WifiNetworkHelper.ScanAndConnectDhcp(\"ssid\", {SECRET});", Password, "password", "WifiNetworkHelper.ScanAndConnectDhcp", "password"),
        Case("nF WifiNetworkHelper.ConnectFixAddress", "nanoFramework.Networking.WifiNetworkHelper.ConnectFixAddress(\"ssid\", {SECRET}, new nanoFramework.Networking.IPConfiguration());", Password, "password", "WifiNetworkHelper.ConnectFixAddress", "password"),
        Case("nF WifiNetworkHelper.SetupNetworkHelper", "nanoFramework.Networking.WifiNetworkHelper.SetupNetworkHelper(\"ssid\", {SECRET});", Password, "password", "WifiNetworkHelper.SetupNetworkHelper", "password"),
        Case("nF WiFiNetworkHelper (older spelling)", "nanoFramework.Networking.WiFiNetworkHelper.ConnectDhcp(\"ssid\", {SECRET});", Password, "password", "WiFiNetworkHelper.ConnectDhcp", "password"),
        Case("nF WifiAdapter.Connect", "new System.Device.Wifi.WifiAdapter().Connect(new System.Device.Wifi.WifiAvailableNetwork(), System.Device.Wifi.WifiReconnectionKind.Automatic, {SECRET});", Password, "password", "WifiAdapter.Connect", "passwordCredential"),
        Case("nF WiFiAdapter.Connect (older spelling)", "new System.Device.WiFi.WiFiAdapter().Connect(new System.Device.WiFi.WiFiAvailableNetwork(), System.Device.WiFi.WiFiReconnectionKind.Automatic, {SECRET});", Password, "password", "WiFiAdapter.Connect", "passwordCredential"),
        Case("nF Wireless80211Configuration.Password", "var w = new System.Net.NetworkInformation.Wireless80211Configuration { Ssid = \"home\", Password = {SECRET} };", Password, "password", "Wireless80211Configuration.Password", "value"),
        Case("nF WirelessAPConfiguration.Password", "var w = new System.Net.NetworkInformation.WirelessAPConfiguration(); w.Password = {SECRET};", Password, "password", "WirelessAPConfiguration.Password", "value"),
        Case("Meadow IWiFiNetworkAdapter.Connect (default interface method)", "Meadow.Hardware.IWiFiNetworkAdapter wifi = new Meadow.Devices.WiFiNetworkAdapter(); wifi.Connect(\"ssid\", {SECRET}, System.TimeSpan.FromSeconds(30));", Password, "password", "IWiFiNetworkAdapter.Connect", "passphrase"),
        Case("Meadow WiFiNetworkAdapter.Connect (implementation)", "new Meadow.Devices.WiFiNetworkAdapter().Connect(\"ssid\", {SECRET}, System.TimeSpan.FromSeconds(30), default);", Password, "password", "WiFiNetworkAdapter.Connect", "passphrase"),
        Case("M2Mqtt MqttClient.Connect", "new uPLibrary.Networking.M2Mqtt.MqttClient(\"broker\").Connect(\"id\", \"user\", {SECRET});", Password, "password", "MqttClient.Connect", "password"),
        Case("nF M2Mqtt MqttClient.Connect", "new nanoFramework.M2Mqtt.MqttClient(\"broker\").Connect(\"id\", \"user\", {SECRET});", Password, "password", "MqttClient.Connect", "password"),
        Case("MQTTnet v3 WithCredentials", "new MQTTnet.Client.Options.MqttClientOptionsBuilder().WithCredentials(\"user\", {SECRET});", Password, "password", "MqttClientOptionsBuilder.WithCredentials", "password"),
        Case("MQTTnet v3 MqttClientCredentials.Password", "var c = new MQTTnet.Client.Options.MqttClientCredentials { Username = \"u\", Password = {SECRET} };", Password, "password", "MqttClientCredentials.Password", "value"),
        Case("MQTTnet v4 WithCredentials", "new MQTTnet.Client.MqttClientOptionsBuilder().WithCredentials(\"user\", {SECRET});", Password, "password", "MqttClientOptionsBuilder.WithCredentials", "password"),
        Case("MQTTnet v4 MqttClientCredentials", "new MQTTnet.Client.MqttClientCredentials(\"user\", {|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|});", Password, "password", "new MqttClientCredentials(...)", "password"),
        Case("MQTTnet v4 proxy WithPassword", "new MQTTnet.Client.MqttClientWebSocketProxyOptionsBuilder().WithPassword({SECRET});", Password, "password", "MqttClientWebSocketProxyOptionsBuilder.WithPassword", "password"),
        Case("MQTTnet v4 proxy Password", "var p = new MQTTnet.Client.MqttClientWebSocketProxyOptions(); p.Password = {SECRET};", Password, "password", "MqttClientWebSocketProxyOptions.Password", "value"),
        Case("MQTTnet v4 WithConnectionUri", "new MQTTnet.Client.MqttClientOptionsBuilder().WithConnectionUri({SECRET});", "mqtts://sensor:" + Password + "@broker.example.com:8883", "secret in a URI", "MqttClientOptionsBuilder.WithConnectionUri", "uri"),
        Case("MQTTnet v5 WithCredentials", "new MQTTnet.MqttClientOptionsBuilder().WithCredentials(\"user\", {SECRET});", Password, "password", "MqttClientOptionsBuilder.WithCredentials", "password"),
        Case("MQTTnet v5 MqttClientCredentials", "new MQTTnet.MqttClientCredentials(\"user\", {|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|});", Password, "password", "new MqttClientCredentials(...)", "password"),
        Case("MQTTnet v5 proxy WithPassword", "new MQTTnet.MqttClientWebSocketProxyOptionsBuilder().WithPassword({SECRET});", Password, "password", "MqttClientWebSocketProxyOptionsBuilder.WithPassword", "password"),
        Case("MQTTnet v5 BlobCertificateProvider.Password", "var b = new MQTTnet.Certificates.BlobCertificateProvider(new byte[0]) { Password = {SECRET} };", Password, "password", "BlobCertificateProvider.Password", "value"),
        Case("Azure DeviceClient.CreateFromConnectionString", "Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString({SECRET}, Microsoft.Azure.Devices.Client.TransportType.Mqtt);", ConnectionString, "key in a connection string", "DeviceClient.CreateFromConnectionString", "connectionString"),
        Case("Azure ModuleClient.CreateFromConnectionString", "Microsoft.Azure.Devices.Client.ModuleClient.CreateFromConnectionString({SECRET});", ConnectionString, "key in a connection string", "ModuleClient.CreateFromConnectionString", "connectionString"),
        Case("Azure DeviceAuthenticationWithRegistrySymmetricKey", "new Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey(\"sensor-7\", {SECRET});", Key, "symmetric key", "new DeviceAuthenticationWithRegistrySymmetricKey(...)", "key"),
        Case("Azure ModuleAuthenticationWithRegistrySymmetricKey", "new Microsoft.Azure.Devices.Client.ModuleAuthenticationWithRegistrySymmetricKey(\"sensor-7\", \"mod\", {SECRET});", Key, "symmetric key", "new ModuleAuthenticationWithRegistrySymmetricKey(...)", "key"),
        Case("Azure DPS SecurityProviderSymmetricKey", "new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey(\"reg-7\", {SECRET}, null);", Key, "symmetric key", "new SecurityProviderSymmetricKey(...)", "primaryKey"),
        Case("nF Azure DeviceClient", "new nanoFramework.Azure.Devices.Client.DeviceClient(\"contoso\", \"sensor-7\", {SECRET});", Key, "symmetric key", "new DeviceClient(...)", "sasKey"),
        Case("AMQP Address(host, port, user, password)", "new Amqp.Address(\"broker.example.com\", 5671, \"device\", {SECRET});", Password, "password", "new Address(...)", "password"),
        Case("AMQP Address(uri with password)", "new Amqp.Address({SECRET});", "amqps://device:" + Password + "@broker.example.com:5671", "secret in a URI", "new Address(...)", "address"),
        Case("X509Certificate2 password", "new System.Security.Cryptography.X509Certificates.X509Certificate2(new byte[0], {SECRET});", Password, "password", "new X509Certificate2(...)", "password"),
        Case("X509CertificateLoader.LoadPkcs12 (.NET 9)", "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(new byte[0], {SECRET});", Password, "password", "X509CertificateLoader.LoadPkcs12", "password"),
        Case("X509CertificateLoader.LoadPkcs12FromFile (.NET 9)", "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(\"device.pfx\", {SECRET});", Password, "password", "X509CertificateLoader.LoadPkcs12FromFile", "password"),
        Case("X509CertificateLoader.LoadPkcs12Collection (.NET 9)", "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12Collection(new byte[0], {SECRET});", Password, "password", "X509CertificateLoader.LoadPkcs12Collection", "password"),
        Case("X509CertificateLoader.LoadPkcs12CollectionFromFile (.NET 9)", "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12CollectionFromFile(\"device.pfx\", {SECRET});", Password, "password", "X509CertificateLoader.LoadPkcs12CollectionFromFile", "password"),
        Case("X509Certificate2Collection.Import", "new System.Security.Cryptography.X509Certificates.X509Certificate2Collection().Import(new byte[0], {SECRET}, System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.DefaultKeySet);", Password, "password", "X509Certificate2Collection.Import", "password"),
        Case("X509Certificate2.CreateFromEncryptedPemFile", "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromEncryptedPemFile(\"cert.pem\", {SECRET});", Password, "password", "X509Certificate2.CreateFromEncryptedPemFile", "password"),
        Case("HTTP AuthenticationHeaderValue", "new System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", {SECRET});", Password, "API key or token", "new AuthenticationHeaderValue(...)", "parameter"),
        Case("HTTP Authorization header", "new System.Net.Http.HttpClient().DefaultRequestHeaders.Add(\"Authorization\", {SECRET});", "Bearer " + Password, "credential in an authentication header", "HttpHeaders.Add", "value"),
        Case("HTTP API-key header", "new System.Net.Http.HttpClient().DefaultRequestHeaders.TryAddWithoutValidation(\"X-API-Key\", {SECRET});", Password, "credential in an authentication header", "HttpHeaders.TryAddWithoutValidation", "value"),
        Case("HTTP API key in the request URI", "new System.Net.Http.HttpClient().GetStringAsync({SECRET});", ApiUrl, "secret in a URI", "HttpClient.GetStringAsync", "requestUri"),
        Case("Uri with user information", "new System.Uri({SECRET});", "mqtt://sensor:" + Password + "@broker.example.com", "secret in a URI", "new Uri(...)", "uriString"),
        Case("nF WebServer ApiKey", "var server = new nanoFramework.WebServer.WebServer(80) { ApiKey = {SECRET} };", Password, "API key or token", "WebServer.ApiKey", "value"),
    };

    private static object[] Case(string name, string statement, string secret, string kind, string sink, string parameter) =>
        new object[] { name, statement, secret, kind, sink, parameter };

    [Theory]
    [MemberData(nameof(Sinks))]
    public Task Sink_reached_through_a_const_field_in_another_file(string name, string statement, string secret, string kind, string sink, string parameter)
    {
        Assert.NotNull(name);
        var usage = "class Device\n{\n    void Run()\n    {\n        " + statement.Replace("{SECRET}", statement.Contains("{|#0:") ? "Secrets.Value" : "{|#0:Secrets.Value|}") + "\n    }\n}\n";
        var secrets = "static class Secrets\n{\n    public const string Value = " + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(secret, quote: true) + ";\n}\n";
        return VerifyCS.AnalyzerAsync(
            new[] { usage, secrets }.Concat(Stubs.All),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredential).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments(kind, "reaches '" + sink + "' parameter '" + parameter + "'", " through 'Secrets.Value'"));
    }

    [Fact]
    public Task WebServer_Basic_authentication_attribute_with_a_password() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using nanoFramework.WebServer;
                class ApiController
                {
                    [Authentication({|#0:"Basic:admin Zq8-unique-value-4711"|})]
                    public void Reboot() { }

                    [Authentication("Basic")]
                    public void Status() { }
                }
                """,
            }.Concat(Stubs.All),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredential).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("credential in an authentication attribute", "reaches 'new AuthenticationAttribute(...)' parameter 'auth'", ""));

    [Fact]
    public void Every_catalogue_entry_parses_and_has_a_known_kind()
    {
        Assert.True(CredentialSinkCatalog.BuiltIn.Length > 60);
        foreach (var sink in CredentialSinkCatalog.BuiltIn)
        {
            Assert.Equal(sink.ToString(), CredentialSink.TryParse(sink.ToString())!.ToString());
        }
    }

    [Theory]
    [InlineData("Acme.Radio.LoRaGateway.Join(appKey):SymmetricKey", "Acme.Radio.LoRaGateway", "Join", "appKey", SecretKind.SymmetricKey)]
    [InlineData("Acme.Cloud.Client..ctor(password)", "Acme.Cloud.Client", ".ctor", "password", SecretKind.Password)]
    [InlineData(" Acme.Cloud.Client.Client(secret) : ApiKey ", "Acme.Cloud.Client", ".ctor", "secret", SecretKind.ApiKey)]
    [InlineData("Acme.Outer+Inner.Login(pwd)", "Acme.Outer+Inner", "Login", "pwd", SecretKind.Password)]
    public void Team_sink_specifications_parse(string text, string type, string member, string parameter, SecretKind kind)
    {
        var sink = CredentialSink.TryParse(text);
        Assert.NotNull(sink);
        Assert.Equal((type, member, parameter, kind), (sink!.TypeMetadataName, sink.Member, sink.Parameter, sink.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NoParentheses")]
    [InlineData("Type.Member()")]
    [InlineData("Member(password)")]
    [InlineData("A.B(password):NotAKind")]
    [InlineData("A.B(pass word)")]
    public void Malformed_team_sink_specifications_are_ignored(string text) => Assert.Null(CredentialSink.TryParse(text));
}
