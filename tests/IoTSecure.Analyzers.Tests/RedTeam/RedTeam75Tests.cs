using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 75: unseen, realistic device code against the credential rules (IOT1001-IOT1006): a nanoFramework cold-room
/// logger, a Meadow irrigation controller, an MQTTnet edge gateway, an IoT Hub reefer uplink, a fleet REST client, a meter
/// reader with Basic auth, an FTP camera uploader, gateway TLS with PFX files, a device identity with PEM keys, historian
/// connection strings, a settings dictionary, BLE provisioning, serial-derived AP passwords, an HMI login, a firmware
/// template full of placeholders, an ESP-AT Wi-Fi coprocessor, a weather station uploader, a test/hash constants file, a
/// configuration-first gateway with fallbacks and a nanoFramework web server. Labels come from docs/rules, written before
/// the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam75Tests
{
    // IOT1001: nanoFramework ConnectDhcp is a sink, value through a constant. IOT1002: "changeme" and "12345678" are listed
    // defaults at sinks. Prose under a hint's name, SSIDs, hosts and topics are no secrets.
    [Fact]
    public Task RT75_nano_cold_room_logger_wifi_and_mqtt() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading;
            using nanoFramework.Networking;
            using nanoFramework.M2Mqtt;
            internal static class ColdRoomConfig
            {
                internal const string Ssid = "ColdRoom-2G"; // expect: none
                internal const string WifiKey = "Frost-Latch-82qv"; // expect: IOT1001
                internal const string BrokerHost = "10.20.0.5"; // expect: none
                internal const string MqttUser = "coldroom-3"; // expect: none
                internal const string MqttPass = "changeme"; // expect: IOT1002
                internal const string TopicTemp = "coldroom/3/temp"; // expect: none
                internal const string PasswordHint = "Ask facilities for the Wi-Fi password"; // expect: none
                internal const string OtaToken = "ota-3Vb8-Qm2r"; // expect: IOT1004
            }
            public static class ColdRoomLogger
            {
                private static MqttClient _mqtt;
                public static void Main()
                {
                    var connected = WifiNetworkHelper.ConnectDhcp(ColdRoomConfig.Ssid, ColdRoomConfig.WifiKey, requiresDateTime: true);
                    if (!connected)
                    {
                        connected = WifiNetworkHelper.ConnectDhcp("ColdRoom-Service", "12345678"); // expect: IOT1002
                    }
                    if (!connected)
                    {
                        Console.WriteLine(ColdRoomConfig.PasswordHint);
                        return;
                    }
                    _mqtt = new MqttClient(ColdRoomConfig.BrokerHost);
                    _mqtt.Connect("coldroom-3-" + DateTime.UtcNow.Ticks, ColdRoomConfig.MqttUser, ColdRoomConfig.MqttPass);
                    while (true)
                    {
                        Publish(ReadProbe());
                        Thread.Sleep(60_000);
                    }
                }
                private static double ReadProbe() => -18.4;
                private static void Publish(double celsius) =>
                    Console.WriteLine(ColdRoomConfig.TopicTemp + " " + celsius.ToString("F1"));
            }
            """);

    // IOT1006: "<your-wifi-password>" at Meadow's Connect. IOT1001: a passphrase of four hyphenated words at a sink is a
    // working password; an appid query value held in a constant is reported at its literal. Config keys and URLs are none.
    [Fact]
    public Task RT75_meadow_irrigation_controller_secrets_and_weather() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Meadow.Hardware;
            public static class IrrigationSecrets
            {
                public const string WifiSsid = "Orchard-Pump"; // expect: none
                public const string WifiPassword = "<your-wifi-password>"; // expect: IOT1006
                public const string OpenWeatherKey = "b7e2c91f0a4d36e85f1c7a92d04b3e6f"; // expect: IOT1001
                public const string WifiPasswordKey = "irrigation.wifi.password"; // expect: none
                public const string WeatherUrl = "https://api.openweathermap.org/data/2.5/forecast"; // expect: none
            }
            public sealed class IrrigationController
            {
                private readonly IWiFiNetworkAdapter _wifi;
                private readonly HttpClient _http = new HttpClient();
                public IrrigationController(IWiFiNetworkAdapter wifi) => _wifi = wifi;
                public async Task StartAsync()
                {
                    try
                    {
                        await _wifi.Connect(IrrigationSecrets.WifiSsid, IrrigationSecrets.WifiPassword, TimeSpan.FromSeconds(45));
                    }
                    catch (Exception)
                    {
                        await _wifi.Connect("Orchard-Barn", "tamarind-gravel-oxbow-quill", TimeSpan.FromSeconds(45)); // expect: IOT1001
                    }
                }
                public async Task<bool> RainExpectedAsync(double lat, double lon)
                {
                    var url = $"{IrrigationSecrets.WeatherUrl}?lat={lat}&lon={lon}&appid={IrrigationSecrets.OpenWeatherKey}&units=metric";
                    var json = await _http.GetStringAsync(url);
                    return json.Contains("\"rain\"");
                }
                public string StatusLine(int zone, bool open) => $"zone {zone} valve {(open ? "open" : "closed")}"; // expect: none
            }
            """);

    // IOT1001: WithCredentials with a written password, a password in an MQTT URI's user information, a broker's check of
    // the received e.Password against a written one. IOT1002: "guest" through the team's options object. Topics, hosts and
    // a URI without user information are none.
    [Fact]
    public Task RT75_mqttnet_edge_gateway_builders_and_broker_check() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using MQTTnet.Client;
            using MQTTnet.Server;
            public sealed class EdgeBrokerSettings
            {
                public string Host { get; set; } = "broker.plant.local"; // expect: none
                public string User { get; set; }
                public string Password { get; set; }
            }
            public static class EdgeGateway
            {
                public const string TelemetryTopic = "plant/edge-07/telemetry"; // expect: none
                public const string CommandTopic = "plant/edge-07/cmd/#"; // expect: none
                public static EdgeBrokerSettings LabDefaults() => new EdgeBrokerSettings { User = "guest", Password = "guest" }; // expect: IOT1002
                public static MqttClientOptions FromSettings(EdgeBrokerSettings s) => new MqttClientOptionsBuilder()
                    .WithTcpServer(s.Host, 8883)
                    .WithCredentials(s.User, s.Password)
                    .WithTls()
                    .Build();
                public static MqttClientOptions Primary() => new MqttClientOptionsBuilder()
                    .WithTcpServer("broker.plant.local", 8883)
                    .WithClientId("edge-07")
                    .WithCredentials("gw-edge-07", "Pq7!vLr2-Ncx") // expect: IOT1001
                    .WithTls()
                    .Build();
                public static MqttClientOptions Bytes() => new MqttClientOptionsBuilder()
                    .WithTcpServer("broker.plant.local", 8883)
                    .WithCredentials("gw-edge-07b", System.Text.Encoding.UTF8.GetBytes("Byte-Pass-Kx4")) // expect: IOT1001
                    .Build();
                public static MqttClientOptions Failover() => new MqttClientOptionsBuilder()
                    .WithConnectionUri("mqtts://telemetry:Hw4kZr9sLm@broker-b.plant.local:8883") // expect: IOT1001
                    .Build();
                public static MqttClientOptions Anonymous() => new MqttClientOptionsBuilder()
                    .WithConnectionUri("mqtts://broker-c.plant.local:8883") // expect: none
                    .Build();
                public static MqttClientOptions FromConfig(IDictionary<string, string> config) => new MqttClientOptionsBuilder()
                    .WithTcpServer(config["Mqtt:Host"], 8883)
                    .WithCredentials(config["Mqtt:User"], config["Mqtt:Password"]) // expect: none
                    .Build();
                public static void Validate(ValidatingConnectionEventArgs e)
                {
                    if (e.UserName == "relay" && e.Password == "Ops-Relay-5521x") // expect: IOT1001
                    {
                        e.ReasonCode = 0;
                        return;
                    }
                    e.ReasonCode = 134;
                }
            }
            """);

    // IOT1003: a SharedAccessKey written in a connection string, and a key written in place at nanoFramework's
    // DeviceClient sasKey. IOT1001: the same kind of key held in a named constant, at a symmetric-key sink. IOT1006: a
    // connection-string template. A thumbprint, a masked log line and an environment read are none.
    [Fact]
    public Task RT75_iot_hub_reefer_uplink() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            public sealed class ReeferUplink
            {
                private const string HubHost = "cold-chain.azure-devices.net"; // expect: none
                private const string DeviceId = "reefer-44"; // expect: none
                private const string PrimaryConnection = "HostName=cold-chain.azure-devices.net;DeviceId=reefer-44;SharedAccessKey=V/iQaD8byhFVSBlO88Xxg50Ru++KGURyy523fhY08Vs="; // expect: IOT1003
                private const string FallbackDeviceKey = "REyL5gvOMFBIfc+oEUspT65mEi3M0gSgrhlaV/kSPjU="; // expect: IOT1001
                private const string TemplateConnection = "HostName=your-hub.azure-devices.net;DeviceId=your-device;SharedAccessKey=<primary-key>"; // expect: IOT1006
                private const string HubCertThumbprint = "8C4F1B0A7E2D93F6C15A0B8E4D7F2A9C3E61B5D0"; // expect: none
                public DeviceClient Connect()
                {
                    var fromEnv = Environment.GetEnvironmentVariable("REEFER_CONNECTION_STRING");
                    if (!string.IsNullOrEmpty(fromEnv))
                    {
                        return DeviceClient.CreateFromConnectionString(fromEnv, TransportType.Mqtt);
                    }
                    return DeviceClient.CreateFromConnectionString(PrimaryConnection, TransportType.Mqtt);
                }
                public DeviceClient Fallback() =>
                    DeviceClient.Create(HubHost, new DeviceAuthenticationWithRegistrySymmetricKey(DeviceId, FallbackDeviceKey));
                public DeviceClient FromTemplate() => DeviceClient.CreateFromConnectionString(TemplateConnection);
                public void LogTarget() =>
                    Console.WriteLine($"HostName={HubHost};DeviceId={DeviceId};SharedAccessKey=****"); // expect: none
                public string Thumbprint() => HubCertThumbprint;
            }
            public static class NanoReefer
            {
                public static nanoFramework.Azure.Devices.Client.DeviceClient Build() =>
                    new nanoFramework.Azure.Devices.Client.DeviceClient("cold-chain.azure-devices.net", "reefer-45", "jD99nleo1ATt/ScKoKSRpsAZsiSPfbE9dzWYUpQvDSk="); // expect: IOT1003
            }
            """);

    // IOT1001: an X-API-Key header and an api_key query value held in a constant. IOT1004 is not due for a header's name or a
    // token endpoint. A sample key under a name that says sample data is none. A token from configuration is none.
    [Fact]
    public Task RT75_fleet_rest_client_headers_and_queries() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            public sealed class FleetClient
            {
                private const string ApiKeyHeaderName = "X-API-Key"; // expect: none
                private const string ApiKey = "3f9a1c7e52b04d86a1e0c4b7d92f6e15"; // expect: IOT1001
                private const string TokenEndpoint = "https://auth.fleet.example/oauth2/token"; // expect: none
                private const string SampleApiKey = "example-api-key-123"; // expect: none
                private const string UnitsUrl = "https://api.fleet.example/v2/units"; // expect: none
                private readonly HttpClient _http = new HttpClient();
                private readonly IDictionary<string, string> _settings;
                public FleetClient(IDictionary<string, string> settings)
                {
                    _settings = settings;
                    _http.DefaultRequestHeaders.Add("X-Fleet-Key", "fk_live_9Xq2mLr7Tz4vBn8Kc1Wd"); // expect: IOT1001
                    _http.DefaultRequestHeaders.Add("X-Client", "gateway/2.4.1"); // expect: none
                }
                public Task<string> UnitsAsync() => _http.GetStringAsync($"{UnitsUrl}?api_key={ApiKey}&page=1");
                public async Task<string> PositionsAsync()
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "https://api.fleet.example/v2/positions?since=3600"); // expect: none
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _settings["Fleet:Token"]); // expect: none
                    var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
                public System.Net.ICredentials Proxy() => new System.Net.NetworkCredential("fleet-proxy", "Pr0xy-Wren-66"); // expect: IOT1001
                public string DescribeAuth() => $"{ApiKeyHeaderName} via {TokenEndpoint}, docs use {SampleApiKey}";
            }
            """);

    // IOT1001: Basic built in code from a written user:password, and a received header compared with a written Basic value
    // (base64 of "meter:Zoom99!2x"). IOT1002: Basic of admin:admin. A challenge and Basic from parameters are none.
    [Fact]
    public Task RT75_meter_reader_basic_auth() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            public sealed class MeterReader
            {
                private const string Challenge = "Basic realm=\"meter-gw\""; // expect: none
                private const string BridgePassword = "service"; // expect: IOT1002
                private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("http://meter-gw.local/") }; // expect: none
                public void UseServiceAccount()
                {
                    var raw = Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-svc:Lq4#Tv8-Wr2n")); // expect: IOT1001
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", raw);
                }
                public void UseFactoryLogin()
                {
                    _http.DefaultRequestHeaders.Authorization =
                        new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes("admin:admin"))); // expect: IOT1002
                }
                public void UseLogin(string user, string password)
                {
                    var value = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")); // expect: none
                    _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", value);
                }
                public static bool Authorize(string authorizationHeader, out string challenge)
                {
                    challenge = Challenge;
                    return authorizationHeader == "Basic bWV0ZXI6Wm9vbTk5ITJ4"; // expect: IOT1001
                }
                public Task<string> ReadRegisterAsync(int register) => _http.GetStringAsync($"api/registers/{register}");
            }
            """);

    // IOT1001: NetworkCredential password, a snapshot URL's pwd= query value. IOT1002: "root" set on Password. An anonymous
    // FTP login's mail password, a password from secure storage and an FTP URL without user information are none.
    [Fact]
    public Task RT75_ftp_camera_uploader_network_credentials() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;
            public interface ISecureStore { string Read(string name); }
            public sealed class CameraUploader
            {
                private const string SnapshotUrl = "http://10.1.4.20/cgi-bin/snapshot.cgi?user=admin&pwd=Kt5mWq2zLp"; // expect: IOT1001
                private const string ArchiveUrl = "ftp://archive.yard.local/cams/gate-2/"; // expect: none
                private readonly ISecureStore _store;
                private readonly HttpClient _http = new HttpClient();
                public CameraUploader(ISecureStore store) => _store = store;
                public Task<byte[]> SnapshotAsync() => _http.GetByteArrayAsync(SnapshotUrl);
                public void Upload(byte[] jpeg, string name)
                {
                    var request = (FtpWebRequest)WebRequest.Create(ArchiveUrl + name);
                    request.Method = WebRequestMethods.Ftp.UploadFile;
                    request.Credentials = new NetworkCredential("cam-upload", "Xv8-Rook-Delta"); // expect: IOT1001
                    using var stream = request.GetRequestStream();
                    stream.Write(jpeg, 0, jpeg.Length);
                }
                public ICredentials Mirror() => new NetworkCredential("anonymous", "ops@example.org"); // expect: none
                public ICredentials Vault() => new NetworkCredential("cam-upload", _store.Read("ftp/cam-upload")); // expect: none
                public ICredentials Legacy()
                {
                    var credential = new NetworkCredential { UserName = "root" }; // expect: none
                    credential.Password = "root"; // expect: IOT1002
                    return credential;
                }
            }
            """);

    // IOT1001: PFX passwords at X509Certificate2 and Export. IOT1002: "password" at a PFX password. A public root
    // certificate, a thumbprint and a password read from the environment are none.
    [Fact]
    public Task RT75_gateway_tls_pfx_and_root_ca() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            public static class GatewayTls
            {
                private const string RootCaPem =
                    "-----BEGIN CERTIFICATE-----\n" +
                    "MIIBhDCCASugAwIBAgIUOIJ3lcHZDgrV0UTfXsdWD6LdmyUwCgYIKoZIzj0EAwIw\n" +
                    "GDEWMBQGA1UEAwwNRGVwb3QgUm9vdCBDQTAeFw0yNjEyMDUwOTQ2MzVaFw0zNjEy\n" +
                    "MDIwOTQ2MzVaMBgxFjAUBgNVBAMMDURlcG90IFJvb3QgQ0EwWTATBgcqhkjOPQIB\n" +
                    "BggqhkjOPQMBBwNCAARrQCp0nolERuD/2TrjxLIOs3KPdZaD5SOY3hsZlaaFKH0v\n" +
                    "GZukD0PYJLF/vfrp7sx6V1mn/YRJ408IPvSwXj/yo1MwUTAdBgNVHQ4EFgQUboE4\n" +
                    "7Q42iLTchYgrEpF1CS3QX+owHwYDVR0jBBgwFoAUboE47Q42iLTchYgrEpF1CS3Q\n" +
                    "X+owDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNHADBEAiAEiP3RVYKphvno\n" +
                    "7iBBvyFrMRWh5bGkBmLkPb93vKb6zQIgU1VcsEAQJFeFMx94/vZV5EofSeKB6gTF\n" +
                    "LGdYFvP3W8k=\n" +
                    "-----END CERTIFICATE-----\n"; // expect: none
                private const string ClientCertThumbprint = "5A7C0E93B1D24F86A3E0C7B95D12F4A86E3B90C1"; // expect: none
                private const string ClientPfxPassword = "Pfx-Orchid-7731"; // expect: IOT1001
                public static X509Certificate2 RootCa() => X509Certificate2.CreateFromPem(RootCaPem);
                public static X509Certificate2 Client() =>
                    new X509Certificate2(File.ReadAllBytes("/etc/gw/client.pfx"), ClientPfxPassword);
                public static X509Certificate2 Legacy() =>
                    new X509Certificate2("/etc/gw/legacy.pfx", "password"); // expect: IOT1002
                public static X509Certificate2 FromEnvironment() =>
                    new X509Certificate2("/etc/gw/client.pfx", Environment.GetEnvironmentVariable("GW_PFX_PASSWORD")); // expect: none
                public static byte[] Backup(X509Certificate2 cert) =>
                    cert.Export(X509ContentType.Pfx, "Brine-Kelp-0428"); // expect: IOT1001
                public static bool IsClient(X509Certificate2 cert) =>
                    string.Equals(cert.Thumbprint, ClientCertThumbprint, StringComparison.OrdinalIgnoreCase);
            }
            """);

    // IOT1003: a PEM private key in a constant, whatever reads it. IOT1001: the passphrase of an encrypted PEM import. A
    // public key, a header line kept to tell formats apart and a key's path are none.
    [Fact]
    public Task RT75_device_identity_pem_keys() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            public static class DeviceIdentity
            {
                private const string EncryptedHeader = "-----BEGIN ENCRYPTED PRIVATE KEY-----"; // expect: none
                private const string PrivateKeyPath = "/etc/device/keys/device.key"; // expect: none
                private const string BootstrapKeyPem =
                    "-----BEGIN PRIVATE KEY-----\n" +
                    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg8n5oPzGN66cn90U5\n" +
                    "2BVLYRQu4hJC4GSnAT1sSdM+YIqhRANCAASl7RnGoTo4Bk90Dv9r6QCj/zUSDlQB\n" +
                    "Z8by59D6zOHfoi/sQqIZmsMSaw0ABV53VLA31B+/j2U0uH42cEs1y4/u\n" +
                    "-----END PRIVATE KEY-----\n"; // expect: IOT1003
                private const string CloudPublicKeyPem =
                    "-----BEGIN PUBLIC KEY-----\n" +
                    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEpe0ZxqE6OAZPdA7/a+kAo/81Eg5U\n" +
                    "AWfG8ufQ+szh36Iv7EKiGZrDEmsNAAVed1SwN9Qfv49lNLh+NnBLNcuP7g==\n" +
                    "-----END PUBLIC KEY-----\n"; // expect: none
                public static ECDsa Bootstrap()
                {
                    var key = ECDsa.Create();
                    key.ImportFromPem(BootstrapKeyPem);
                    return key;
                }
                public static ECDsa Provisioned()
                {
                    var pem = File.ReadAllText(PrivateKeyPath);
                    var key = ECDsa.Create();
                    if (pem.StartsWith(EncryptedHeader, StringComparison.Ordinal))
                    {
                        key.ImportFromEncryptedPem(pem, "Kiln-Ash-5150"); // expect: IOT1001
                    }
                    else
                    {
                        key.ImportFromPem(pem);
                    }
                    return key;
                }
                public static ECDsa CloudVerifier()
                {
                    var key = ECDsa.Create();
                    key.ImportFromPem(CloudPublicKeyPem);
                    return key;
                }
            }
            """);

    // IOT1001: passwords inside SQL, Redis and AMQP connection strings, and at a Redis library's Password property.
    // IOT1002: postgres/postgres and guest at AMQP's Address. Trusted connections, format holes and configuration are none.
    [Fact]
    public Task RT75_historian_sql_redis_amqp_connection_strings() =>
        ExpectComments.AssertAsync(new[] { RedisStub }, """
            using System;
            using System.Collections.Generic;
            using Amqp;
            using StackExchange.Redis;
            public static class Store { public static void Open(string connectionString) { } }
            public sealed class HistorianLinks
            {
                private const string SqlTemplate = "Server=tcp:{0},1433;Database=telemetry;User ID=edge;Password={1};Encrypt=True"; // expect: none
                private const string LocalTrusted = "Server=.\\SQLEXPRESS;Database=telemetry;Trusted_Connection=True"; // expect: none
                private readonly IDictionary<string, string> _config;
                public HistorianLinks(IDictionary<string, string> config) => _config = config;
                public void OpenSql() =>
                    Store.Open("Server=tcp:edge-db,1433;Database=telemetry;User ID=edge;Password=Bq7vT2-mXr9;Encrypt=True"); // expect: IOT1001
                public void OpenSqlFromConfig() => Store.Open(string.Format(SqlTemplate, _config["Sql:Host"], _config["Sql:Password"]));
                public void OpenLocal() => Store.Open(LocalTrusted);
                public void OpenEvents() => Store.Open("mongodb://historian:Mg4-Tr8w-Lp@mongo.edge.local:27017/telemetry"); // expect: IOT1001
                public void OpenTimescale() =>
                    Store.Open("Host=localhost;Port=5432;Username=postgres;Password=postgres;Database=iot"); // expect: IOT1002
                public void OpenCache() => Store.Open("cache.edge.local:6379,password=Rd5-Hx82-qLmz,ssl=True,abortConnect=False"); // expect: IOT1001
                public ConfigurationOptions CacheOptions()
                {
                    var options = ConfigurationOptions.Parse("cache.edge.local:6380,ssl=True"); // expect: none
                    options.Password = "Cz3-Ribbon-71m"; // expect: IOT1001
                    return options;
                }
                public Address Bus() => new Address("amqps://edge:Zt6wKp3-Rn@bus.edge.local:5671"); // expect: IOT1001
                public Address LabBus() => new Address("bus.lab.local", 5672, "guest", "guest", "/", "AMQP"); // expect: IOT1002
                public Address ConfiguredBus() => new Address(_config["Amqp:Host"], 5671, _config["Amqp:User"], _config["Amqp:Password"]); // expect: none
            }
            """);

    private const string RedisStub = """
        namespace StackExchange.Redis
        {
            public sealed class ConfigurationOptions
            {
                public string Password { get; set; }
                public bool Ssl { get; set; }
                public static ConfigurationOptions Parse(string configuration) => new ConfigurationOptions();
            }
        }
        """;

    // IOT1001: secrets stored in code under secret-named keys (psk, token, secret, a PIN's four digits). IOT1002: a listed
    // default under a password's key. User names, labels, paths and a mock entry are none.
    [Fact]
    public Task RT75_gateway_settings_dictionary() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class GatewaySettings
            {
                public static Dictionary<string, string> FactoryImage() => new Dictionary<string, string>
                {
                    ["wifi.ssid"] = "Dock-7-IoT", // expect: none
                    ["wifi.psk"] = "Harbor-Quay-3391", // expect: IOT1001
                    ["mqtt.host"] = "mqtt.dock7.local", // expect: none
                    ["mqtt.username"] = "gw-17", // expect: none
                    ["mqtt.password"] = "admin", // expect: IOT1002
                    ["ota.token"] = "otk_5b1e8c3a9f7d42e6", // expect: IOT1001
                    ["ota.url"] = "https://ota.dock7.local/firmware/gw", // expect: none
                    ["ble.pairing.pin"] = "4821", // expect: IOT1001
                    ["cloud.apikey.path"] = "/data/secrets/cloud.apikey", // expect: none
                    ["ui.password.label"] = "Password", // expect: none
                    ["mock.password"] = "Mx9-qq-Lpz7", // expect: none
                    ["cloud.client_secret"] = "cs_Hv72kQx9LmP3tR", // expect: IOT1001
                };
                public static void Provision(IDictionary<string, string> settings)
                {
                    settings.Add("broker.secret", "Rk3vX8wLq2Zt"); // expect: IOT1001
                    settings["broker.secret.rotation.days"] = "90"; // expect: none
                    settings["log.level"] = "info"; // expect: none
                }
            }
            """);

    // IOT1005: a passkey and a setup password computed from the MAC. IOT1004: a proof-of-possession secret in the team's own
    // constant compared with a received value. GUIDs and 16-bit UUIDs under PASSWORD names are identifiers: none.
    [Fact]
    public Task RT75_ble_provisioning_uuids_and_mac_passkey() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            public sealed class BleProvisioning
            {
                public const string ServiceUuid = "6e400001-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                public const string WIFI_PASSWORD = "6e400003-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                public const string WifiPskCharUuid = "FFE1"; // expect: none
                public const string SecretCharacteristic = "a7c1e0d2-4b38-4f19-9e5a-2d6c8b0f3e71"; // expect: none
                private const string ProvisioningSecret = "pop-7Hq2-Lx9w"; // expect: IOT1004
                private readonly byte[] _mac;
                public BleProvisioning()
                {
                    _mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
                }
                public uint Passkey()
                {
                    uint passkey = (uint)(((_mac[3] << 16) | (_mac[4] << 8) | _mac[5]) % 1000000); // expect: IOT1005
                    return passkey;
                }
                public string SetupPassword() => "SP-" + BitConverter.ToString(_mac, 3).Replace("-", ""); // expect: IOT1005
                public bool CheckProofOfPossession(string received) =>
                    string.Equals(received, ProvisioningSecret, StringComparison.Ordinal);
                public string AdvertisedName() => "Dock-" + BitConverter.ToString(_mac, 4).Replace("-", ""); // expect: none
            }
            """);

    // IOT1005: an AP password, a WPS PIN and an admin password derived from the serial and the host name. Keyed and random
    // derivations end the chain; an SSID from the serial and a GPIO pin number are none.
    [Fact]
    public Task RT75_kiln_controller_serial_derived_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public sealed class KilnProvisioning
            {
                private readonly string _serial;
                private readonly byte[] _factorySecret;
                public KilnProvisioning(string serial, byte[] factorySecret)
                {
                    _serial = serial;
                    _factorySecret = factorySecret;
                }
                public string ApSsid() => "Kiln-" + _serial[^4..]; // expect: none
                public string ApPassword()
                {
                    string apPassword = "KL" + _serial.Substring(_serial.Length - 6); // expect: IOT1005
                    return apPassword;
                }
                public string WpsPin()
                {
                    string wpsPin = ((uint)_serial.GetHashCode() % 100000000).ToString("D8"); // expect: IOT1005
                    return wpsPin;
                }
                public string LocalAdminPassword()
                {
                    var adminPassword = Environment.MachineName.ToLowerInvariant() + "!k"; // expect: IOT1005
                    return adminPassword;
                }
                public string KeyedApPassword()
                {
                    using var hmac = new HMACSHA256(_factorySecret);
                    var apPassword = Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(_serial))).Substring(0, 12); // expect: none
                    return apPassword;
                }
                public string RandomAdminPassword()
                {
                    var adminPassword = Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)); // expect: none
                    return adminPassword;
                }
                public int HeaterPin() { var pin = 17; return pin; } // expect: none
            }
            """);

    // IOT1004: an engineer password and a service PIN compared by the team's own login. IOT1002: "1234" under an operator
    // password's name. Captions in a Strings class, a prompt, a policy text and an error message are none.
    [Fact]
    public Task RT75_hmi_login_and_captions() =>
        ExpectComments.AssertAsync("""
            using System;
            internal static class Strings
            {
                public const string AdminPassword = "Administrator password"; // expect: none
                public const string ServicePin = "Service PIN"; // expect: none
            }
            public sealed class HmiLogin
            {
                private const string EngineerPassword = "Tq9-Forge-Lark"; // expect: IOT1004
                private const string ServicePin = "7314"; // expect: IOT1004
                private const string OperatorPassword = "1234"; // expect: IOT1002
                private const string DuressPin = "5580"; // expect: IOT1004
                private const string PasswordPrompt = "Enter the service password"; // expect: none
                private const string PasswordPolicy = "At least 8 characters and one digit"; // expect: none
                private const string TokenExpiredMessage = "Session token expired, please sign in again"; // expect: none
                public string Role { get; private set; } = "viewer"; // expect: none
                public bool Login(string role, string password)
                {
                    Console.WriteLine(Strings.AdminPassword + ": " + PasswordPrompt);
                    switch (role)
                    {
                        case "engineer" when password == EngineerPassword:
                        case "service" when password == ServicePin:
                        case "operator" when password == OperatorPassword:
                        case "duress" when password == DuressPin:
                            Role = role;
                            return true;
                        default:
                            Console.WriteLine(PasswordPolicy);
                            return false;
                    }
                }
                public void Expire() => Console.WriteLine(TokenExpiredMessage);
            }
            """);

    // IOT1006: templates at sinks: a value repeating its name, CHANGE_ME (read as a template, not the listed "changeme": the
    // docs do not say separators are ignored), "<your-hub-key>", "xxxxxxxx" as an API key header, ${VAR}. Placeholders that
    // reach no sink are none (IOT1004 excludes values repeating their name and templates never filled in).
    [Fact]
    public Task RT75_firmware_template_placeholders() =>
        ExpectComments.AssertAsync("""
            using System.Net.Http;
            using Microsoft.Azure.Devices.Client;
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public static class TemplateSecrets
            {
                public const string WifiSsid = "YOUR_SSID"; // expect: none
                public const string WifiPassword = "WifiPassword"; // expect: IOT1006
                public const string MqttPassword = "CHANGE_ME"; // expect: IOT1006
                public const string HubKey = "<your-hub-key>"; // expect: IOT1006
                public const string ExampleToken = "YOUR_TOKEN_HERE"; // expect: none
                public const string ApiKey = "API_KEY"; // expect: none
            }
            public static class TemplateDevice
            {
                public static void Connect()
                {
                    WifiNetworkHelper.ConnectDhcp(TemplateSecrets.WifiSsid, TemplateSecrets.WifiPassword);
                    var mqtt = new nanoFramework.M2Mqtt.MqttClient("broker.example.com");
                    mqtt.Connect("device-01", "device-01", TemplateSecrets.MqttPassword);
                }
                public static DeviceClient Hub() =>
                    DeviceClient.Create("example.azure-devices.net", new DeviceAuthenticationWithRegistrySymmetricKey("device-01", TemplateSecrets.HubKey));
                public static HttpClient Api()
                {
                    var http = new HttpClient();
                    http.DefaultRequestHeaders.Add("X-API-Key", "xxxxxxxx"); // expect: IOT1006
                    return http;
                }
                public static MqttClientOptions Options() => new MqttClientOptionsBuilder()
                    .WithTcpServer("broker.example.com", 8883)
                    .WithCredentials("device-01", "${MQTT_PASS}") // expect: IOT1006
                    .Build();
                public static string Describe() => TemplateSecrets.ExampleToken + TemplateSecrets.ApiKey;
            }
            """);

    // IOT1001: ESP-AT join and MQTT user config passwords. IOT1002: a soft-AP at "12345678". Queries, the SSID scan and
    // the TCP start carry no secret.
    [Fact]
    public Task RT75_esp_at_wifi_coprocessor() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System.IO.Ports;
            using System.Threading;
            public sealed class EspAtLink
            {
                private const string DepotSsid = "Depot-IoT"; // expect: none
                private const string DepotPsk = "Gx7-Marlin-204"; // expect: IOT1001
                private readonly SerialPort _port = new SerialPort("/dev/ttyUSB0", 115200);
                private string Send(string command)
                {
                    _port.WriteLine(command);
                    Thread.Sleep(200);
                    return _port.ReadLine();
                }
                public void Join()
                {
                    Send("AT+RST"); // expect: none
                    Send("AT+CWMODE=1"); // expect: none
                    Send("AT+CWJAP?"); // expect: none
                    Send($"AT+CWJAP=\"{DepotSsid}\",\"{DepotPsk}\"");
                    Send("AT+CIPSTART=\"TCP\",\"api.depot.local\",80"); // expect: none
                }
                public void JoinGuest() => Send("AT+CWJAP=\"Depot-Guest\",\"Gu3st-Lantern\""); // expect: IOT1001
                public void StartSetupAp() => Send("AT+CWSAP=\"Depot-Setup\",\"12345678\",5,3"); // expect: IOT1002
                public void ConfigureMqtt() =>
                    Send("AT+MQTTUSERCFG=0,1,\"depot-scale-2\",\"scale2\",\"Fw9kRt2xQp\",0,0,\"\""); // expect: IOT1001
                public void Publish(string json) => Send($"AT+MQTTPUB=0,\"depot/scale2/weight\",\"{json}\",1,0"); // expect: none
            }
            """);

    // IOT1001: a PWS upload URL's PASSWORD= query value and a subscription key header. IOT1006: "your-pwsweather-password"
    // at a query (the docs name it). A station ID, a base URL and a unit string are none.
    [Fact]
    public Task RT75_weather_station_uploader() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            using System.Net.Http;
            using System.Threading.Tasks;
            public sealed class WeatherUploader
            {
                private const string StationId = "KCASANF1247"; // expect: none
                private const string WuPassword = "Wx7-Lp2k-Rn"; // expect: IOT1001
                private const string PwsPassword = "your-pwsweather-password"; // expect: IOT1006
                private const string WuBase = "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php"; // expect: none
                private const string Units = "imperial"; // expect: none
                private readonly HttpClient _http = new HttpClient();
                public Task UploadWundergroundAsync(double tempF, double humidity)
                {
                    var url = WuBase + "?ID=" + StationId + "&PASSWORD=" + WuPassword + "&dateutc=now" +
                        "&tempf=" + tempF.ToString(CultureInfo.InvariantCulture) + "&humidity=" + humidity.ToString(CultureInfo.InvariantCulture) + "&action=updateraw";
                    return _http.GetAsync(url);
                }
                public Task UploadPwsAsync(double tempF) =>
                    _http.GetAsync($"https://pwsupdate.pwsweather.com/api/v1/submitwx?ID={StationId}&PASSWORD={PwsPassword}&tempf={tempF}");
                public async Task<string> ForecastAsync()
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, $"https://api.weather.example/v1/forecast?units={Units}"); // expect: none
                    request.Headers.Add("Ocp-Apim-Subscription-Key", "4d7b1e0c9a6f48d2b3c5e8a1f07d6c29"); // expect: IOT1001
                    var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsStringAsync();
                }
            }
            """);

    // IOT1004: a device secret and frame key bytes under secret names that reach no API. IOT1003: key text given to an HMAC.
    // Hashes, salts, thumbprints, fake, dummy and test data are none.
    [Fact]
    public Task RT75_telemetry_signing_hashes_and_test_data() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            public static class TelemetrySigning
            {
                public const string PasswordSha256 = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"; // expect: none
                public const string PasswordSalt = "gMV0bC8+Zn6OJajL"; // expect: none
                public const string FakeApiKey = "fake-key-for-unit-tests"; // expect: none
                public const string DummyPassword = "dummy-Password-01"; // expect: none
                public const string TestDeviceToken = "test-device-token-0001"; // expect: none
                public const string SigningCertThumbprint = "2F6B90C4E1A7D35B8C0E4F12A9D7B63E5C81F04A"; // expect: none
                public const string DeviceSecret = "ds_4kP9wQ2mXz7R"; // expect: IOT1004
                public const string ApiToken = "tkn_8Hq3Zv6Lm2Rw"; // expect: IOT1004
                private const string HmacKeyHex = "1963141a739e8be48cca23e83392f3da"; // expect: IOT1003
                private static readonly byte[] FrameObfuscationKey = { 0x4a, 0x91, 0x07, 0xee, 0x3c, 0x58, 0xb2, 0x6d, 0x19, 0xf4, 0x83, 0x2a, 0xc7, 0x5e, 0x0b, 0xd1 }; // expect: IOT1004
                public static string Sign(string payload)
                {
                    using var hmac = new HMACSHA256(Convert.FromHexString(HmacKeyHex));
                    return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(payload)));
                }
                public static byte[] Obfuscate(byte[] frame)
                {
                    var output = new byte[frame.Length];
                    for (var i = 0; i < frame.Length; i++)
                    {
                        output[i] = (byte)(frame[i] ^ FrameObfuscationKey[i % FrameObfuscationKey.Length]);
                    }
                    return output;
                }
                public static string Describe() => DeviceSecret.Length + " " + PasswordSha256 + PasswordSalt + FakeApiKey + DummyPassword + TestDeviceToken + SigningCertThumbprint;
            }
            """);

    // IOT1001: a written fallback after an environment read at WithCredentials. IOT1002: "default" as a configuration
    // fallback at ConnectDhcp. Values from configuration, the environment and secure storage are none.
    [Fact]
    public Task RT75_configuration_first_gateway_with_fallbacks() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using MQTTnet.Client;
            using nanoFramework.Networking;
            public interface IKeyStore { string Get(string name); }
            public sealed class ConfiguredGateway
            {
                private const string MqttPasswordVariable = "GW_MQTT_PASS"; // expect: none
                private const string WifiPskSetting = "Wifi:Psk"; // expect: none
                private readonly IDictionary<string, string> _config;
                private readonly IKeyStore _keys;
                public ConfiguredGateway(IDictionary<string, string> config, IKeyStore keys)
                {
                    _config = config;
                    _keys = keys;
                }
                public bool JoinWifi()
                {
                    _config.TryGetValue(WifiPskSetting, out var psk);
                    return WifiNetworkHelper.ConnectDhcp(_config["Wifi:Ssid"], psk ?? "default"); // expect: IOT1002
                }
                public MqttClientOptions Mqtt()
                {
                    var password = Environment.GetEnvironmentVariable(MqttPasswordVariable) ?? "Fallback-Ox4-Tern"; // expect: IOT1001
                    return new MqttClientOptionsBuilder()
                        .WithTcpServer(_config["Mqtt:Host"], 8883)
                        .WithCredentials(_config["Mqtt:User"], password)
                        .Build();
                }
                public MqttClientOptions SecureMqtt() => new MqttClientOptionsBuilder()
                    .WithTcpServer(_config["Mqtt:Host"], 8883)
                    .WithCredentials(_config["Mqtt:User"], _keys.Get("mqtt-password")) // expect: none
                    .Build();
                public bool JoinService() =>
                    WifiNetworkHelper.ConnectDhcp("Service-AP", _keys.Get("service-ap-psk")); // expect: none
            }
            """);

    // IOT1001: nanoFramework WebServer Basic and ApiKey authentication attributes, WebServer.ApiKey. IOT1002: an admin
    // login in a NetworkCredential for the server. Routes and content types are none.
    [Fact]
    public Task RT75_nano_webserver_controller_authentication() =>
        ExpectComments.AssertAsync("""
            using System.Net;
            using nanoFramework.WebServer;
            [Authentication("Basic:ops Xr7-Gate-19")] // expect: IOT1001
            public class ValveController
            {
                public const string ContentType = "application/json"; // expect: none
                public const string ResetPasswordRoute = "api/password/reset"; // expect: none
                public void Open(HttpListenerContext context) =>
                    WebServer.OutPutStream(context.Response, "{\"valve\":\"open\"}");
            }
            [Authentication("ApiKey:k9Q2xW7mPz4LbT")] // expect: IOT1001
            public class TelemetryController
            {
                public void Latest(HttpListenerContext context) =>
                    WebServer.OutPutStream(context.Response, "{\"t\":21.4}");
            }
            public static class ValveServer
            {
                public static WebServer Start()
                {
                    var server = new WebServer(80)
                    {
                        ApiKey = "srv-5Jm8qWz2Rk", // expect: IOT1001
                        Credential = new NetworkCredential("admin", "admin"), // expect: IOT1002
                    };
                    return server;
                }
            }
            """);
}
