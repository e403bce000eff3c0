using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 80: an independent precision/recall sample of unseen device code (nanoFramework, Meadow, Raspberry Pi gateways
/// on .NET 8, field-bus gateways, cellular modems, provisioning, config writers, factory reset, bench fixtures). Labels
/// were written from docs/rules/IOT1001-IOT1006 before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam80Tests
{
    private const string NpgsqlStub = """
        namespace Npgsql
        {
            public sealed class NpgsqlConnection : System.IDisposable
            {
                public NpgsqlConnection() { }
                public NpgsqlConnection(string? connectionString) { }
                public void Open() { }
                public void Dispose() { }
            }
            public sealed class NpgsqlConnectionStringBuilder : System.Data.Common.DbConnectionStringBuilder
            {
                public NpgsqlConnectionStringBuilder() { }
                public NpgsqlConnectionStringBuilder(string? connectionString) { }
                public string? Host { get; set; }
                public string? Username { get; set; }
                public string? Password { get; set; }
                public string? Database { get; set; }
            }
        }
        """;

    private const string RedisStub = Stubs.Redis;

    private const string FieldBusStub = """
        namespace Opc.Ua
        {
            public class UserIdentity
            {
                public UserIdentity() { }
                public UserIdentity(string username, string password) { }
            }
        }
        namespace System.IO.BACnet
        {
            public enum BacnetAddressTypes { None, IP, MSTP, Ethernet }
            public enum BacnetReinitializedStates : uint { BACNET_REINIT_COLDSTART = 0, BACNET_REINIT_WARMSTART = 1 }
            public class BacnetAddress
            {
                public BacnetAddress(BacnetAddressTypes addressType, string address, ushort network = 0) { }
            }
            public class BacnetClient
            {
                public BacnetClient(int port = 0xBAC0, int timeout = 1000, int retries = 3) { }
                public void Start() { }
                public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enable_disable, string password, byte invokeId = 0) => true;
                public bool ReinitializeRequest(BacnetAddress adr, BacnetReinitializedStates state, string password, byte invokeId = 0) => true;
            }
        }
        """;

    // nanoFramework greenhouse node: Wi-Fi PSK in a static readonly field and an M2Mqtt password in a const (IOT1001), a
    // fallback AP with "password" (IOT1002); SSID, host, topic, a hint sentence and a signing key's id are none.
    [Fact]
    public Task RT80_nano_greenhouse_node() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading;
            using nanoFramework.Networking;
            using nanoFramework.M2Mqtt;

            namespace Greenhouse.Node
            {
                internal static class NodeSecrets
                {
                    public const string Ssid = "GH-North-24"; // expect: none
                    public static readonly string WifiPsk = "vT9#qLm2-Rx84e"; // expect: IOT1001
                    public const string BrokerHost = "192.168.40.10"; // expect: none
                    public const string BrokerUser = "gh-node-12"; // expect: none
                    public const string BrokerPassword = "Kp4v!Zc81wQe"; // expect: IOT1001
                    public const string ClimateTopic = "greenhouse/north/node12/climate"; // expect: none
                    public const string PasswordResetHint = "Hold BOOT for ten seconds to clear the stored password"; // expect: none
                    public const string FirmwareSigningKeyId = "gh-fw-2024-02"; // expect: none
                }

                public static class Program
                {
                    private static MqttClient? _client;
                    private static int _failures;

                    public static void Main()
                    {
                        Console.WriteLine("Greenhouse node booting, joining " + NodeSecrets.Ssid); // expect: none
                        var cts = new CancellationTokenSource(60000);
                        bool ok = WifiNetworkHelper.ConnectDhcp(NodeSecrets.Ssid, NodeSecrets.WifiPsk, requiresDateTime: true, token: cts.Token);
                        if (!ok)
                        {
                            _failures++;
                            Console.WriteLine(NodeSecrets.PasswordResetHint);
                            ok = WifiNetworkHelper.ConnectDhcp("GH-Service", "password"); // expect: IOT1002
                        }
                        if (!ok)
                        {
                            Console.WriteLine("No network after " + _failures + " attempts"); // expect: none
                            return;
                        }
                        _client = new MqttClient(NodeSecrets.BrokerHost);
                        var clientId = "gh-node-12-" + DateTime.UtcNow.Ticks; // expect: none
                        _client.Connect(clientId, NodeSecrets.BrokerUser, NodeSecrets.BrokerPassword);
                        while (_client.IsConnected)
                        {
                            Publish(21.5, 64.0);
                            Thread.Sleep(30000);
                        }
                    }

                    private static void Publish(double celsius, double humidity)
                    {
                        var payload = "{\"t\":" + celsius.ToString("F1") + ",\"rh\":" + humidity.ToString("F0") + "}"; // expect: none
                        Console.WriteLine(NodeSecrets.ClimateTopic + " " + payload);
                    }

                    public static string SigningKeyId() => NodeSecrets.FirmwareSigningKeyId;
                }
            }
            """);

    // nanoFramework.WebServer pump panel: Basic and ApiKey authentication attributes (IOT1001), the server's credential
    // with "admin" (IOT1002); "Basic" and "None" attributes, an HTML login form and an environment read are none.
    [Fact]
    public Task RT80_nano_webserver_pump_panel() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using nanoFramework.WebServer;

            namespace PumpPanel.Web
            {
                [Authentication("Basic:maint Rq7-Lodestar-55")] // expect: IOT1001
                public class MaintenanceController
                {
                    public void Reboot(HttpListenerContext context) =>
                        WebServer.OutPutStream(context.Response, "Rebooting in 5 s"); // expect: none
                }

                [Authentication("ApiKey:c41f9e07b2d84a5c9e13")] // expect: IOT1001
                public class TelemetryController
                {
                    public void Latest(HttpListenerContext context) =>
                        WebServer.OutPutStream(context.Response, "{\"flow\":12.4,\"unit\":\"m3/h\"}"); // expect: none
                }

                [Authentication("Basic")] // expect: none
                public class StatusController
                {
                    public void Status(HttpListenerContext context) => WebServer.OutPutStream(context.Response, "OK");
                }

                [Authentication("None")] // expect: none
                public class LoginPageController
                {
                    private const string LoginForm = "<form method=\"post\"><label>Password</label><input type=\"password\" name=\"pw\"/></form>"; // expect: none

                    public void Page(HttpListenerContext context) => WebServer.OutPutStream(context.Response, LoginForm);
                }

                public static class PanelServer
                {
                    public static WebServer Start()
                    {
                        var server = new WebServer(80);
                        server.Credential = new NetworkCredential("panel", "admin"); // expect: IOT1002
                        server.ApiKey = Environment.GetEnvironmentVariable("PANEL_API_KEY"); // expect: none
                        return server;
                    }

                    public static WebServer StartFromStore(string storedUser, string storedPassword)
                    {
                        var server = new WebServer(8080) { Credential = new NetworkCredential(storedUser, storedPassword) };
                        Console.WriteLine("Panel server on 8080 for " + storedUser); // expect: none
                        return server;
                    }
                }
            }
            """);

    // Meadow barn app: Wi-Fi profiles as positional records iterated to IWiFiNetworkAdapter.Connect (IOT1001, and a
    // placeholder IOT1006), an environment fallback passphrase of words (IOT1001); BLE UUIDs are none.
    [Fact]
    public Task RT80_meadow_barn_climate() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading.Tasks;
            using Meadow.Hardware;

            namespace Barn.Meadow
            {
                public sealed record WifiProfile(string Ssid, string Passphrase, int Priority);

                public static class BleProvisioning
                {
                    public const string ServiceUuid = "7f3a0001-4c2e-4b8e-9a61-2f1d3c5b7e90"; // expect: none
                    public const string SsidCharacteristicUuid = "7f3a0002-4c2e-4b8e-9a61-2f1d3c5b7e90"; // expect: none
                    public const string PasswordCharacteristicUuid = "7f3a0003-4c2e-4b8e-9a61-2f1d3c5b7e90"; // expect: none
                    public const string PasswordCharacteristic = "2A3D"; // expect: none
                }

                public class BarnClimateApp
                {
                    private static readonly WifiProfile[] Profiles =
                    {
                        new WifiProfile("Barn-AP", "Tallow-Prism-8842", 1), // expect: IOT1001
                        new WifiProfile("Barn-Guest", "<guest-passphrase>", 2), // expect: IOT1006
                    };

                    private readonly IWiFiNetworkAdapter _wifi;

                    public BarnClimateApp(IWiFiNetworkAdapter wifi) => _wifi = wifi;

                    public async Task<bool> JoinAsync()
                    {
                        foreach (var profile in Profiles)
                        {
                            try
                            {
                                Console.WriteLine($"Trying {profile.Ssid} (priority {profile.Priority})"); // expect: none
                                await _wifi.Connect(profile.Ssid, profile.Passphrase, TimeSpan.FromSeconds(30));
                                return true;
                            }
                            catch (Exception ex)
                            {
                                Console.WriteLine($"Join failed: {ex.Message}"); // expect: none
                            }
                        }
                        return false;
                    }

                    public Task JoinProvisionedAsync(string ssid, string passphrase) =>
                        _wifi.Connect(ssid, passphrase, TimeSpan.FromSeconds(30));

                    public Task JoinWorkshopAsync() =>
                        _wifi.Connect("Workshop-5G", Environment.GetEnvironmentVariable("WORKSHOP_PSK") ?? "quarry-thimble-osprey-lake"); // expect: IOT1001

                    public string Uuids() => string.Join(",", BleProvisioning.ServiceUuid, BleProvisioning.SsidCharacteristicUuid,
                        BleProvisioning.PasswordCharacteristicUuid, BleProvisioning.PasswordCharacteristic);
                }
            }
            """);

    // Raspberry Pi yard gateway (.NET 8): MQTTnet WithCredentials through an environment fallback (IOT1001), the
    // mosquitto pair (IOT1002), PKCS#12 passwords at X509CertificateLoader and X509Certificate2 (IOT1001); paths, env names,
    // the client id and a WebSocket URI are none.
    [Fact]
    public Task RT80_pi_yard_gateway_mqttnet_and_pfx() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            using MQTTnet.Client;

            namespace Yard.Gateway
            {
                public sealed class BrokerConnector
                {
                    private const string BrokerHost = "mqtt.yard.internal"; // expect: none
                    private const string ClientCertPath = "/etc/yard-gw/certs/client.pfx"; // expect: none
                    private const string PasswordEnvVar = "YARD_MQTT_PASSWORD"; // expect: none

                    public MqttClientOptions Primary()
                    {
                        var user = Environment.GetEnvironmentVariable("YARD_MQTT_USER") ?? "yard-gw-01"; // expect: none
                        var password = Environment.GetEnvironmentVariable(PasswordEnvVar) ?? "Lq8-Harbor!x2"; // expect: IOT1001
                        return new MqttClientOptionsBuilder()
                            .WithTcpServer(BrokerHost, 8883)
                            .WithClientId($"yard-gw-{Environment.MachineName}") // expect: none
                            .WithCredentials(user, password)
                            .WithTls()
                            .Build();
                    }

                    public MqttClientOptions LocalBridge() => new MqttClientOptionsBuilder()
                        .WithTcpServer("127.0.0.1", 1883)
                        .WithCredentials("mosquitto", "mosquitto") // expect: IOT1002
                        .Build();

                    public MqttClientOptions Websocket(string token) => new MqttClientOptionsBuilder()
                        .WithWebSocketServer("wss://mqtt.yard.internal:443/mqtt") // expect: none
                        .WithCredentials("yard-ws", token)
                        .Build();

                    public X509Certificate2 LoadClientCertificate()
                    {
                        if (File.Exists(ClientCertPath))
                        {
                            return X509CertificateLoader.LoadPkcs12FromFile(ClientCertPath, "Birch!Anvil-2291"); // expect: IOT1001
                        }
                        var pfx = File.ReadAllBytes("/boot/yard/client.pfx"); // expect: none
                        return X509CertificateLoader.LoadPkcs12(pfx, Environment.GetEnvironmentVariable("YARD_PFX_PASSWORD")); // expect: none
                    }

                    public X509Certificate2 LegacyCertificate(byte[] rawPfx) => new X509Certificate2(rawPfx, "Fjord-Kiln-3307"); // expect: IOT1001
                }
            }
            """);

    // Azure IoT reefer uplink: a key in a named constant at DeviceAuthenticationWithRegistrySymmetricKey (IOT1001), a key
    // written in place as a string.Format argument and in an interpolation (IOT1003), a template connection string
    // (IOT1006); a masked description and environment names are none.
    [Fact]
    public Task RT80_azure_reefer_uplink() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            using Microsoft.Azure.Devices.Client;

            namespace Reefer.Telemetry
            {
                internal static class HubIdentity
                {
                    internal const string HostName = "fleet-cold.azure-devices.net"; // expect: none
                    internal const string DeviceId = "trailer-0917"; // expect: none
                    internal const string PrimaryKey = "aiHhQmoBRM9ieVuXCHatac09SIlEu0kzN4Y0kGr1RD4="; // expect: IOT1001
                    internal const string TemplateConnectionString = "HostName=<your-hub>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<device-key>"; // expect: IOT1006
                    internal const string ConnectionStringEnv = "REEFER_HUB_CONNECTION"; // expect: none
                }

                public sealed class TrailerUplink
                {
                    public DeviceClient Open(bool useTemplate)
                    {
                        var configured = Environment.GetEnvironmentVariable(HubIdentity.ConnectionStringEnv);
                        if (!string.IsNullOrWhiteSpace(configured))
                            return DeviceClient.CreateFromConnectionString(configured, TransportType.Mqtt);
                        if (useTemplate)
                            return DeviceClient.CreateFromConnectionString(HubIdentity.TemplateConnectionString);
                        return DeviceClient.Create(HubIdentity.HostName,
                            new DeviceAuthenticationWithRegistrySymmetricKey(HubIdentity.DeviceId, HubIdentity.PrimaryKey));
                    }

                    public DeviceClient Secondary()
                    {
                        var cs = string.Format("HostName={0};DeviceId={1};SharedAccessKey={2}", HubIdentity.HostName, HubIdentity.DeviceId,
                            "FFXe1cEPXA2F8iAh2d58OR8gvqTcFccUxVm31UN8zgM="); // expect: IOT1003
                        return DeviceClient.CreateFromConnectionString(cs, TransportType.Amqp);
                    }

                    public DeviceClient Backup(string host) =>
                        DeviceClient.CreateFromConnectionString($"HostName={host};DeviceId=trailer-0917;SharedAccessKey=yu8AGCBihqzL33+1dP/up79v2a1ZHDY3CgvGr0zukNE="); // expect: IOT1003

                    public DeviceClient Edge(string moduleKey) =>
                        DeviceClient.CreateFromConnectionString($"HostName={HubIdentity.HostName};DeviceId={HubIdentity.DeviceId};SharedAccessKey={moduleKey}");

                    public static string Describe() =>
                        new StringBuilder().Append("HostName=").Append(HubIdentity.HostName).Append(";SharedAccessKey=***").ToString(); // expect: none
                }
            }
            """);

    // Npgsql historian on a gateway: a password in a connection string constant and set on the builder (IOT1001), the
    // postgres/postgres login (IOT1002), Npgsql's documentation sample (IOT1006); Integrated Security, env reads, a secrets
    // path and SQL text are none.
    [Fact]
    public Task RT80_npgsql_historian() =>
        ExpectComments.AssertAsync(new[] { NpgsqlStub }, """
            using System;
            using Npgsql;

            namespace Plant.Historian
            {
                public sealed class HistorianStore
                {
                    private const string ReadOnlyConnection = "Host=historian.plant.local;Port=5432;Username=hist_ro;Password=T7v!rQz2mKw9;Database=telemetry;SSL Mode=Require"; // expect: IOT1001
                    private const string LocalDevConnection = "Host=localhost;Username=postgres;Password=postgres;Database=telemetry_dev"; // expect: IOT1002
                    private const string DocsSample = "Host=myserver;Username=mylogin;Password=mypass;Database=mydatabase"; // expect: IOT1006
                    private const string KerberosConnection = "Host=historian.plant.local;Database=telemetry;Integrated Security=true"; // expect: none
                    private static readonly string PasswordFileHint = "/run/secrets/historian_password"; // expect: none

                    public NpgsqlConnection OpenReader() => new NpgsqlConnection(ReadOnlyConnection);
                    public NpgsqlConnection OpenDev() => new NpgsqlConnection(LocalDevConnection);
                    public NpgsqlConnection OpenSample() => new NpgsqlConnection(DocsSample);
                    public NpgsqlConnection OpenKerberos() => new NpgsqlConnection(KerberosConnection);

                    public NpgsqlConnection OpenWriter()
                    {
                        var builder = new NpgsqlConnectionStringBuilder
                        {
                            Host = "historian.plant.local", // expect: none
                            Username = "hist_writer", // expect: none
                            Password = Environment.GetEnvironmentVariable("HISTORIAN_WRITER_PASSWORD"), // expect: none
                            Database = "telemetry",
                        };
                        return new NpgsqlConnection(builder.ConnectionString);
                    }

                    public NpgsqlConnection OpenArchive()
                    {
                        var builder = new NpgsqlConnectionStringBuilder { Host = "archive.plant.local", Username = "archiver" };
                        builder.Password = "Wz5-Cobalt#Reed"; // expect: IOT1001
                        return new NpgsqlConnection(builder.ConnectionString);
                    }

                    public string Hint() => "Password file: " + PasswordFileHint; // expect: none

                    public string Query(string tag) => $"SELECT ts, value FROM samples WHERE tag = '{tag}' ORDER BY ts DESC LIMIT 100"; // expect: none
                }
            }
            """);

    // StackExchange.Redis cache on an edge box: a password in a configuration string and on ConfigurationOptions
    // (IOT1001); a local connection string, key prefixes and environment reads are none.
    [Fact]
    public Task RT80_redis_edge_cache() =>
        ExpectComments.AssertAsync(new[] { RedisStub }, """
            using System;
            using StackExchange.Redis;

            namespace Edge.Cache
            {
                public static class TelemetryCache
                {
                    public const string TokenKeyPrefix = "device:token:"; // expect: none
                    public const string SessionKeyFormat = "session:{0}:secret"; // expect: none

                    public static ConnectionMultiplexer Primary() =>
                        ConnectionMultiplexer.Connect("cache-01.edge.local:6380,password=Zr5#kLp9vWq2,ssl=True,abortConnect=False"); // expect: IOT1001

                    public static ConnectionMultiplexer Local() => ConnectionMultiplexer.Connect("localhost:6379,abortConnect=false"); // expect: none

                    public static ConnectionMultiplexer Replica()
                    {
                        var options = new ConfigurationOptions { Ssl = true, User = "edge-replica" }; // expect: none
                        options.EndPoints.Add("cache-02.edge.local", 6380);
                        options.Password = "Mv3-Kestrel-770x"; // expect: IOT1001
                        return ConnectionMultiplexer.Connect(options);
                    }

                    public static ConnectionMultiplexer FromEnvironment()
                    {
                        var options = new ConfigurationOptions
                        {
                            Password = Environment.GetEnvironmentVariable("REDIS_PASSWORD"), // expect: none
                            Ssl = true,
                        };
                        options.EndPoints.Add(Environment.GetEnvironmentVariable("REDIS_HOST") ?? "cache-01.edge.local", 6380); // expect: none
                        return ConnectionMultiplexer.Connect(options);
                    }

                    public static string TokenKey(string deviceId) => TokenKeyPrefix + deviceId;

                    public static string SessionKey(string deviceId) => string.Format(SessionKeyFormat, deviceId);

                    public static string Describe(ConfigurationOptions options) =>
                        $"redis user={options.User} ssl={options.Ssl} endpoints={options.EndPoints.Count}"; // expect: none
                }
            }
            """);

    // Fleet REST uplink over HttpClient: an API key header and a Bearer token from constants, a Basic login built in code,
    // an appid in a URL (IOT1001); media types, a user agent, a header name and a run-time token are none.
    [Fact]
    public Task RT80_http_fleet_uplink() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;

            namespace Fleet.Uplink
            {
                public sealed class FleetApiClient
                {
                    private const string BaseUrl = "https://api.fleet-ops.example.net/v2"; // expect: none
                    private const string IngestApiKey = "fo_live_7Qm2Zx9LkV4pR8tW1nB6"; // expect: IOT1001
                    private const string ApiKeyHeaderName = "X-API-Key"; // expect: none
                    private static readonly string BearerToken = "eF3kP9qLz2Rw7Tn5Vb8Yc1Xd4"; // expect: IOT1001
                    private readonly HttpClient _http = new HttpClient();

                    public FleetApiClient()
                    {
                        _http.DefaultRequestHeaders.Add(ApiKeyHeaderName, IngestApiKey);
                        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json")); // expect: none
                        _http.DefaultRequestHeaders.UserAgent.ParseAdd("fleet-uplink/2.3"); // expect: none
                    }

                    public Task<HttpResponseMessage> PostPositionAsync(string vehicleId, double lat, double lon)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Post, $"{BaseUrl}/vehicles/{vehicleId}/positions");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BearerToken);
                        request.Content = new StringContent($"{{\"lat\":{lat},\"lon\":{lon}}}", Encoding.UTF8, "application/json"); // expect: none
                        return _http.SendAsync(request);
                    }

                    public async Task<string> MeterReadingAsync(string meterId)
                    {
                        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("meter-ro:Vx2!lake-Orb5")); // expect: IOT1001
                        var request = new HttpRequestMessage(HttpMethod.Get, $"https://meters.example.net/api/{meterId}/latest");
                        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
                        var response = await _http.SendAsync(request);
                        return await response.Content.ReadAsStringAsync();
                    }

                    public Task<string> WeatherAsync(double lat, double lon) =>
                        _http.GetStringAsync($"https://api.openweathermap.org/data/2.5/weather?lat={lat}&lon={lon}&appid=3f9c1e7a52b84d06e1a9c4b7d2f08e35&units=metric"); // expect: IOT1001

                    public Task<string> HealthAsync(string runtimeToken)
                    {
                        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", runtimeToken);
                        return _http.GetStringAsync($"{BaseUrl}/health?verbose=true"); // expect: none
                    }
                }
            }
            """);

    // Quectel BG96 tracker modem: a SIM PIN and an APN password in constants written into AT commands (IOT1001), a listed
    // PIN (IOT1002), a placeholder PIN sent as written (IOT1006); status queries, replies and a published APN login are none.
    [Fact]
    public Task RT80_bg96_modem_at_commands() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO.Ports;
            using System.Threading;

            namespace Tracker.Cellular
            {
                public sealed class Bg96Modem
                {
                    private const string SimPin = "4827"; // expect: IOT1001
                    private const string ApnName = "iot.telco-m2m.net"; // expect: none
                    private const string ApnUser = "fleet-m2m"; // expect: none
                    private const string ApnPassword = "Gv8qT3rwLx"; // expect: IOT1001
                    private const string CheckPin = "AT+CPIN?"; // expect: none
                    private const string PinReady = "+CPIN: READY"; // expect: none
                    private readonly SerialPort _port;

                    public Bg96Modem(SerialPort port) => _port = port;

                    public bool Unlock(bool spareSim)
                    {
                        _port.WriteLine(CheckPin);
                        var reply = _port.ReadLine();
                        if (reply.Contains(PinReady)) return true;
                        if (spareSim)
                        {
                            _port.WriteLine("AT+CPIN=\"0000\""); // expect: IOT1002
                        }
                        else
                        {
                            _port.WriteLine($"AT+CPIN=\"{SimPin}\"");
                        }
                        Thread.Sleep(2000);
                        return _port.ReadLine().Contains("READY"); // expect: none
                    }

                    public void ConfigureContext()
                    {
                        _port.WriteLine($"AT+QICSGP=1,1,\"{ApnName}\",\"{ApnUser}\",\"{ApnPassword}\",1");
                        _port.WriteLine("AT+QIACT=1"); // expect: none
                    }

                    public void ConfigurePublicApn() => _port.WriteLine("AT+QICSGP=1,1,\"internet\",\"web\",\"web\",1"); // expect: none

                    public void BenchUnlock() => _port.WriteLine("AT+CPIN=\"<sim-pin>\""); // expect: IOT1006

                    public void Signal() => _port.WriteLine("AT+CSQ"); // expect: none

                    public void Log(string line) => Console.WriteLine("[bg96] " + line.Replace("AT+CPIN=", "AT+CPIN=<hidden>")); // expect: none
                }
            }
            """);

    // OPC UA and BACnet field gateway: a UserIdentity password and a BACnet DeviceCommunicationControl password (IOT1001),
    // "1234" at ReinitializeRequest (IOT1002); an endpoint URL, a register number and a setting key are none.
    [Fact]
    public Task RT80_opcua_bacnet_field_gateway() =>
        ExpectComments.AssertAsync(new[] { FieldBusStub }, """
            using System;
            using System.IO.BACnet;
            using Opc.Ua;

            namespace Plant.Gateway.Field
            {
                public sealed class FieldBusGateway
                {
                    public const string PlcEndpoint = "opc.tcp://plc-03.line2.local:4840/UA/Server"; // expect: none
                    public const ushort PasswordRegister = 40100; // expect: none
                    private const string ReinitPasswordSetting = "bacnet.reinit.password"; // expect: none
                    private readonly BacnetClient _bacnet = new BacnetClient(47808);

                    public UserIdentity PlcIdentity() => new UserIdentity("line2-gw", "Lx4!Tern-Wharf9"); // expect: IOT1001

                    public UserIdentity OperatorIdentity(string user, string password) => new UserIdentity(user, password);

                    public UserIdentity Anonymous() => new UserIdentity();

                    public bool SilenceController(string ip)
                    {
                        var address = new BacnetAddress(BacnetAddressTypes.IP, ip);
                        return _bacnet.DeviceCommunicationControlRequest(address, 15, 1, "Bq7-Relay-440"); // expect: IOT1001
                    }

                    public bool WarmStart(string ip)
                    {
                        var address = new BacnetAddress(BacnetAddressTypes.IP, ip);
                        return _bacnet.ReinitializeRequest(address, BacnetReinitializedStates.BACNET_REINIT_WARMSTART, "1234"); // expect: IOT1002
                    }

                    public static ushort[] EncodeSetpoint(double value)
                    {
                        var raw = (int)(value * 10);
                        return new[] { (ushort)(raw >> 16), (ushort)(raw & 0xFFFF) };
                    }

                    public static string DescribeRegister(ushort register) =>
                        register == PasswordRegister ? "write-protect password register" : $"holding {register}"; // expect: none

                    public static string SettingKey() => ReinitPasswordSetting;
                }
            }
            """);

    // Azure DPS provisioning: an enrollment group key derived through the team's helper into an HMAC key (IOT1003), and
    // primary and secondary keys written in place at SecurityProviderSymmetricKey (IOT1003); the endpoint, the ID scope and
    // environment reads are none.
    [Fact]
    public Task RT80_dps_symmetric_key_provisioning() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using Microsoft.Azure.Devices.Provisioning.Client;

            namespace Fleet.Provisioning
            {
                public static class DpsEnrollment
                {
                    public const string GlobalEndpoint = "global.azure-devices-provisioning.net"; // expect: none
                    public const string IdScope = "0ne00A7F3C2"; // expect: none
                    private const string EnrollmentGroupKey = "R53fW1/Dv+hxTEKv6jN02KV0PwNjACZYnePKDXgX0yU="; // expect: IOT1003

                    public static string ComputeDerivedSymmetricKey(string enrollmentKey, string registrationId)
                    {
                        using var hmac = new HMACSHA256(Convert.FromBase64String(enrollmentKey));
                        return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                    }

                    public static SecurityProviderSymmetricKey ForDevice(string registrationId)
                    {
                        var derived = ComputeDerivedSymmetricKey(EnrollmentGroupKey, registrationId);
                        Console.WriteLine($"Registering {registrationId} in scope {IdScope} via {GlobalEndpoint}"); // expect: none
                        return new SecurityProviderSymmetricKey(registrationId, derived, derived);
                    }

                    public static SecurityProviderSymmetricKey Individual() =>
                        new SecurityProviderSymmetricKey("pump-station-11",
                            "0EHFgqVf3jNPyLtojbPLh+bFNkURL9IHpT0oTKNzMqk=", // expect: IOT1003
                            "Myt29Q9pI0jbyv7Bbonn8qnh6/8yOyqpwMBIrm1wnOk="); // expect: IOT1003

                    public static SecurityProviderSymmetricKey FromEnvironment(string registrationId) =>
                        new SecurityProviderSymmetricKey(registrationId,
                            Environment.GetEnvironmentVariable("DPS_PRIMARY_KEY") ?? string.Empty, // expect: none
                            Environment.GetEnvironmentVariable("DPS_SECONDARY_KEY") ?? string.Empty); // expect: none

                    public static string Status(string assignedHub, string deviceId) =>
                        $"Assigned {deviceId} to {assignedHub}"; // expect: none

                    public static bool LooksLikeKey(string value) =>
                        value.Length == 44 && value.EndsWith("=", StringComparison.Ordinal); // expect: none
                }
            }
            """);

    // Config writer: JSON and YAML written in code with passwords, a plain-words passphrase and a password under secret keys
    // of a settings table (IOT1001); a YAML !secret tag, a status note, prose under a token's key and env reads are none.
    [Fact]
    public Task RT80_config_writer() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Text;

            namespace Mill.Config
            {
                public static class ConfigWriter
                {
                    public static void WriteFactoryJson(string path) =>
                        File.WriteAllText(path, "{\"wifi\":{\"ssid\":\"Mill-3\",\"password\":\"Rd8#Quill-Marsh\"},\"log\":\"info\"}"); // expect: IOT1001

                    public static void WriteMqttYaml(string path)
                    {
                        var yaml = "mqtt:\n" +
                                   "  host: \"mqtt.mill.local\"\n" + // expect: none
                                   "  user: \"mill-3\"\n" + // expect: none
                                   "  password: \"Hx3-Vole-9923\"\n" + // expect: IOT1001
                                   "ota:\n" +
                                   "  password: !secret ota_password\n"; // expect: none
                        File.WriteAllText(path, yaml);
                    }

                    public static Dictionary<string, string> Defaults() => new Dictionary<string, string>
                    {
                        ["wifi.ssid"] = "Mill-3", // expect: none
                        ["wifi.psk"] = "orchid lantern copper meadow", // expect: IOT1001
                        ["ui.theme"] = "dark", // expect: none
                        ["api.token"] = "Session expired, please sign in again", // expect: none
                        ["telemetry.interval"] = "30", // expect: none
                        ["service.password"] = "Tq8#Fennel-Brook", // expect: IOT1001
                    };

                    public static string StatusJson(bool hasPassword) =>
                        "{\"wifi\":{\"password\":\"" + (hasPassword ? "set" : "not configured") + "\"}}"; // expect: none

                    public static string Env(string key) => Environment.GetEnvironmentVariable(key) ?? string.Empty;

                    public static void WriteEnvFile(string path)
                    {
                        var sb = new StringBuilder();
                        sb.AppendLine("MQTT_HOST=mqtt.mill.local"); // expect: none
                        sb.AppendLine("MQTT_PASSWORD=" + Env("MQTT_PASSWORD")); // expect: none
                        File.WriteAllText(path, sb.ToString());
                    }
                }
            }
            """);

    // Kiosk factory reset: "admin" under a password's name (IOT1002), a reset PIN compared by the team's code (IOT1004), a
    // password under a secret key in the factory table (IOT1001); a prompt, paths and plain settings are none.
    [Fact]
    public Task RT80_kiosk_factory_reset() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;

            namespace Kiosk.Maintenance
            {
                public sealed class FactoryReset
                {
                    private const string FactoryAdminPassword = "admin"; // expect: IOT1002
                    private const string FactoryResetPin = "7304"; // expect: IOT1004
                    private const string ResetConfirmationPrompt = "Type RESET to erase all settings and restore factory defaults"; // expect: none
                    private static readonly string SettingsPath = "/data/kiosk/settings.json"; // expect: none

                    public static readonly Dictionary<string, string> FactoryDefaults = new Dictionary<string, string>
                    {
                        ["admin.user"] = "kioskadmin", // expect: none
                        ["admin.password"] = "Zq7-Factory-Lamp", // expect: IOT1001
                        ["display.brightness"] = "80", // expect: none
                        ["locale"] = "en-GB", // expect: none
                    };

                    public bool Confirm(string typedPin) => typedPin == FactoryResetPin;

                    public void Reset(IDictionary<string, string> settings)
                    {
                        settings.Clear();
                        foreach (var pair in FactoryDefaults)
                        {
                            settings[pair.Key] = pair.Value;
                        }
                        settings["admin.password.hash"] = HashForStorage(FactoryAdminPassword);
                        if (File.Exists(SettingsPath))
                        {
                            File.Delete(SettingsPath);
                        }
                        Console.WriteLine(ResetConfirmationPrompt.Replace("Type RESET to", "Done:")); // expect: none
                    }

                    private static string HashForStorage(string password) =>
                        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(password)));
                }
            }
            """);

    // Camera soft-AP setup: passwords and a PIN derived from the MAC and the serial number (IOT1005); an HMAC keyed with a
    // factory secret, RandomNumberGenerator, a label and the SSID are none.
    [Fact]
    public Task RT80_camera_softap_derived_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Linq;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            using System.Text;
            using nanoFramework.Networking;

            namespace Camera.Setup
            {
                public sealed class SoftApSetup
                {
                    private readonly string _serialNumber;
                    private readonly byte[] _factorySecret;

                    public SoftApSetup(string serialNumber, byte[] factorySecret)
                    {
                        _serialNumber = serialNumber;
                        _factorySecret = factorySecret;
                    }

                    public string ApPassword() => "cam-" + BitConverter.ToString(NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress().GetAddressBytes()).Replace("-", "").Substring(6); // expect: IOT1005

                    public string SetupPin() => _serialNumber.Substring(_serialNumber.Length - 6); // expect: IOT1005

                    public string KeyedApPassword() =>
                        Convert.ToHexString(HMACSHA256.HashData(_factorySecret, Encoding.UTF8.GetBytes(_serialNumber))).Substring(0, 12); // expect: none

                    public string RandomAdminPassword() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 12); // expect: none

                    public void JoinInstallerNetwork()
                    {
                        var installerPassword = "inst" + _serialNumber.Substring(_serialNumber.Length - 4); // expect: IOT1005
                        WifiNetworkHelper.ConnectDhcp("Installer-" + _serialNumber, installerPassword); // expect: none
                    }

                    public string Label() => $"S/N {_serialNumber} - scan the QR code to pair"; // expect: none

                    public string Ssid() => "CAM-" + _serialNumber; // expect: none
                }
            }
            """);

    // Bench fixtures kept in the device project: fake, test, sample, example and mock values, a regex, a hash, prose and a
    // GUID are none; a calibration secret used by the team's own code reaches no sink (IOT1004).
    [Fact]
    public Task RT80_bench_fixtures_hard_negatives() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Text;
            using System.Text.RegularExpressions;

            namespace Gateway.Bench
            {
                internal static class BenchFixtures
                {
                    public const string FakeWifiPassword = "fake-wifi-pass-000"; // expect: none
                    public const string TestApiKey = "test-api-key-123456"; // expect: none
                    public const string SampleToken = "sample-token-abcdef"; // expect: none
                    public const string ExamplePassphrase = "example passphrase for docs"; // expect: none
                    public const string MockBrokerSecret = "mock-secret-value-42"; // expect: none
                    public static readonly string[] SensorNames = { "temp", "humidity", "pressure", "co2" }; // expect: none
                    public static readonly string CsvHeader = string.Join(",", SensorNames); // expect: none
                    public const string DeviceTokenRegex = "^[A-Za-z0-9_-]{20,64}$"; // expect: none
                    public const string CalibrationSecret = "Vn6#Salt-Ember-21"; // expect: IOT1004
                    public const string TokenExpiredMessage = "Token expired, sign in again"; // expect: none
                    public const string PasswordHash = "b53147064981fa0024be6e46c954f97cb35847c1"; // expect: none
                    public static readonly Guid SessionTokenNamespace = Guid.Parse("3b241101-e2bb-4255-8caf-4136c566a962"); // expect: none
                }

                public static class BenchRunner
                {
                    public static IEnumerable<string> Describe()
                    {
                        yield return $"fake wifi: {BenchFixtures.FakeWifiPassword.Length} chars"; // expect: none
                        yield return "api key configured: " + (BenchFixtures.TestApiKey.Length > 0); // expect: none
                        yield return BenchFixtures.SampleToken + " / " + BenchFixtures.ExamplePassphrase + " / " + BenchFixtures.MockBrokerSecret;
                        yield return BenchFixtures.CsvHeader;
                        yield return BenchFixtures.TokenExpiredMessage;
                        yield return BenchFixtures.PasswordHash + " " + BenchFixtures.SessionTokenNamespace;
                    }

                    public static bool Matches(string candidate) => Regex.IsMatch(candidate, BenchFixtures.DeviceTokenRegex);

                    public static byte[] SaltedCalibration(byte[] reading)
                    {
                        var salt = Encoding.UTF8.GetBytes(BenchFixtures.CalibrationSecret);
                        var result = new byte[reading.Length];
                        for (var i = 0; i < reading.Length; i++)
                        {
                            result[i] = (byte)(reading[i] ^ salt[i % salt.Length]);
                        }
                        return result;
                    }
                }
            }
            """);

    // Sample firmware full of placeholders: a Wi-Fi password, a SAS key, a password named in words and a mask of x's at
    // sinks (IOT1006), "changeme" (IOT1002); placeholder SSIDs, hosts, device ids and user names are none.
    [Fact]
    public Task RT80_template_firmware_placeholders() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            using nanoFramework.M2Mqtt;
            using nanoFramework.Azure.Devices.Client;

            namespace Template.Firmware
            {
                public static class Program
                {
                    private const string Ssid = "YOUR_SSID"; // expect: none
                    private const string WifiPassword = "YOUR_WIFI_PASSWORD"; // expect: IOT1006
                    private const string HubName = "<your-hub>.azure-devices.net"; // expect: none
                    private const string DeviceId = "<your-device-id>"; // expect: none
                    private const string SasKey = "<your-sas-key>"; // expect: IOT1006
                    private const string MqttUser = "YOUR_MQTT_USER"; // expect: none

                    public static void Main()
                    {
                        if (!WifiNetworkHelper.ConnectDhcp(Ssid, WifiPassword, requiresDateTime: true))
                        {
                            Console.WriteLine("Edit Program.cs and set your Wi-Fi credentials"); // expect: none
                            return;
                        }

                        var hub = new DeviceClient(HubName, DeviceId, SasKey);
                        var mqtt = new MqttClient("broker.example.com"); // expect: none
                        mqtt.Connect("template-device", MqttUser, "mqttPassword"); // expect: IOT1006
                        var backup = new MqttClient("backup.example.com");
                        backup.Connect("template-device", MqttUser, "xxxxxxxx"); // expect: IOT1006
                        var legacy = new MqttClient("legacy.example.com");
                        legacy.Connect("template-device", MqttUser, "changeme"); // expect: IOT1002
                        Console.WriteLine(hub is null ? "no hub" : "hub ready"); // expect: none
                        Blink(3);
                    }

                    private static void Blink(int times)
                    {
                        for (var i = 0; i < times; i++)
                        {
                            Console.WriteLine("Template build: replace the placeholders before flashing"); // expect: none
                        }
                    }
                }
            }
            """);

    // Press HMI login: a received user and password both compared with "admin" (IOT1002 twice), the team's own engineer
    // password and supervisor code compared by its code (IOT1004); prompts, a roles table and a constant-time hash check are none.
    [Fact]
    public Task RT80_press_hmi_login() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Security.Cryptography;
            using System.Text;

            namespace Press.Hmi
            {
                public sealed class HmiLogin
                {
                    private const string EngineerPassword = "Qv3!Dyn-Hall8"; // expect: IOT1004
                    private const string SupervisorCode = "583017"; // expect: IOT1004
                    private const string LoginPrompt = "Enter operator password"; // expect: none
                    private const string LockedMessage = "Too many wrong passwords, panel locked for 5 minutes"; // expect: none
                    private static readonly Dictionary<string, string> OperatorRoles = new Dictionary<string, string>
                    {
                        ["op1"] = "operator", // expect: none
                        ["eng"] = "engineer", // expect: none
                        ["sup"] = "supervisor", // expect: none
                    };
                    private int _failures;

                    public string Role(string user, string password)
                    {
                        if (user == "admin" && password == "admin") return "service"; // expect: IOT1002, IOT1002
                        if (password == EngineerPassword) return "engineer";
                        if (_failures > 5)
                        {
                            Console.WriteLine(LockedMessage);
                            return "locked";
                        }
                        _failures++;
                        return OperatorRoles.TryGetValue(user, out var role) ? role : "none"; // expect: none
                    }

                    public bool SupervisorOverride(string enteredCode) => enteredCode.Trim() == SupervisorCode;

                    public bool CheckStoredHash(string password, byte[] storedHash) =>
                        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password)), storedHash);

                    public string Prompt() => LoginPrompt;
                }
            }
            """);

    // Smart lock crypto: a PEM private key concatenated line by line, an AES key array and an HMAC key in hex (IOT1003); a
    // certificate, counting test bytes, a key-format header and a key path are none.
    [Fact]
    public Task RT80_smart_lock_key_material() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Security.Cryptography.X509Certificates;

            namespace Lock.Crypto
            {
                internal static class DeviceKeys
                {
                    internal const string DeviceKeyPem =
                        "-----BEGIN PRIVATE KEY-----\n" +
                        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg32RArrURt7R5s7SC\n" +
                        "eQjktD0suGSQ1SGaLFrSVDhshamhRANCAAQ55Z5Ya3tuYScIbEaCFlLxb/b12L7b\n" +
                        "+hk1hLuAimmv3TzCN1qqUoA7G+KCPK73QMFDuMPT9Ym7odNOs4JCwN9H\n" +
                        "-----END PRIVATE KEY-----"; // expect: IOT1003
                    internal const string RootCaPem = "-----BEGIN CERTIFICATE-----\nMIIBbzCCARWgAwIBAgIUD0KuiNdXDqxVWxoiZqqKubPR29MwCgYIKoZIzj0EAwIw\nDTELMAkGA1UEAwwCY2EwHhcNMjYxMjA1MTIwMjUyWhcNMjYxMjA2MTIwMjUyWjAN\n-----END CERTIFICATE-----"; // expect: none
                    internal static readonly byte[] FrameKey = { 0x81, 0xC8, 0xD0, 0x17, 0xB5, 0x83, 0xA6, 0x36, 0xA7, 0x85, 0xA0, 0xB1, 0xD0, 0x6A, 0xA6, 0x3D }; // expect: IOT1003
                    internal const string TelemetryHmacHex = "18031B2986922E9A1D6F8160E2BC5298"; // expect: IOT1003
                    internal static readonly byte[] KatKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none
                    internal const string KeyFormatHeader = "-----BEGIN ENCRYPTED PRIVATE KEY-----"; // expect: none
                    internal const string KeyPath = "/etc/lock/keys/device.key"; // expect: none
                }

                public sealed class FrameCipher
                {
                    public byte[] Encrypt(byte[] frame, byte[] iv)
                    {
                        using var aes = Aes.Create();
                        aes.Key = DeviceKeys.FrameKey;
                        return aes.EncryptCbc(frame, iv);
                    }

                    public byte[] Sign(byte[] payload) => HMACSHA256.HashData(Convert.FromHexString(DeviceKeys.TelemetryHmacHex), payload);

                    public byte[] SelfTest() => HMACSHA256.HashData(DeviceKeys.KatKey, new byte[] { 1, 2, 3 });

                    public ECDsa LoadIdentity()
                    {
                        var ecdsa = ECDsa.Create();
                        ecdsa.ImportFromPem(DeviceKeys.DeviceKeyPem);
                        return ecdsa;
                    }

                    public X509Certificate2 RootCa() => X509Certificate2.CreateFromPem(DeviceKeys.RootCaPem);

                    public bool IsEncrypted(string pem) => pem.StartsWith(DeviceKeys.KeyFormatHeader, StringComparison.Ordinal);

                    public string Where() => DeviceKeys.KeyPath;
                }
            }
            """);

    // Harbour sites: Wi-Fi PSKs chosen by a switch expression and a tuple table tried in a foreach (IOT1001), "raspberry"
    // in the table (IOT1002); SSID and description switches and an environment fallback are none.
    [Fact]
    public Task RT80_harbor_sites_switch_and_tuples() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;

            namespace Harbor.Sites
            {
                public static class SiteNetworks
                {
                    private static readonly (string Ssid, string Psk)[] Fallbacks =
                    {
                        ("Dock-A", "Quay-Tide-9931"), // expect: IOT1001
                        ("Dock-B", "raspberry"), // expect: IOT1002
                    };

                    public static string PskFor(string site) => site switch
                    {
                        "north" => "Fen-Osprey-5521", // expect: IOT1001
                        "south" => "Gull#Tarn-88x", // expect: IOT1001
                        _ => Environment.GetEnvironmentVariable("SITE_PSK") ?? string.Empty, // expect: none
                    };

                    public static string SsidFor(string site) => site switch
                    {
                        "north" => "Harbor-North", // expect: none
                        "south" => "Harbor-South", // expect: none
                        _ => "Harbor-Ops", // expect: none
                    };

                    public static bool Join(string site)
                    {
                        if (WifiNetworkHelper.ConnectDhcp(SsidFor(site), PskFor(site)))
                        {
                            return true;
                        }
                        foreach (var (ssid, psk) in Fallbacks)
                        {
                            if (WifiNetworkHelper.ConnectDhcp(ssid, psk))
                            {
                                return true;
                            }
                        }
                        return false;
                    }

                    public static string Describe(string site) => site switch
                    {
                        "north" => "North quay, berths 1-6", // expect: none
                        _ => "Unknown site", // expect: none
                    };
                }
            }
            """);

    // Was a defect (red team 80), fixed: expected IOT1001 at line 26 ("Cone6-Bisque!Rv" assigned to the private static field _brokerPassword by
    // Configure and read at WithCredentials), actual IOT1004 there. Probes: a private *static* field with an initial value
    // (`= string.Empty`) that a static method replaces is not followed to the sink, whether or not the type is partial and
    // whatever the right-hand side (plain literal, `?:`, `??`); the same shape as an instance field, or a static field with
    // no initializer, is followed (IOT1001). IOT1001 docs: "the initial value of a field that is reassigned later", "a private
    // field given written text by any method ... in any part of a partial type".
    // Kiln controller as a partial class: an HMAC seed as a UTF-8 literal (IOT1003), a broker password set by a method of
    // the other part (IOT1001), a SQL password appended to a StringBuilder (IOT1001); other connection-string pieces and
    // a log line are none.
    [Fact]
    public Task RT80_kiln_partial_u8_stringbuilder() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using MQTTnet.Client;

            namespace Kiln.Controller
            {
                public static partial class KilnLink
                {
                    private static string _brokerPassword = string.Empty;

                    private static ReadOnlySpan<byte> FrameSeed => "Ash7-Glaze-Cone10-Pyrometer"u8; // expect: IOT1003

                    public static MqttClientOptions Options() => new MqttClientOptionsBuilder()
                        .WithTcpServer("kiln-broker.studio.local", 8883) // expect: none
                        .WithCredentials("kiln-7", _brokerPassword)
                        .Build();

                    public static byte[] SignFrame(byte[] frame) => HMACSHA256.HashData(FrameSeed, frame);
                }

                public static partial class KilnLink
                {
                    public static void Configure(bool bench)
                    {
                        _brokerPassword = bench ? Environment.GetEnvironmentVariable("KILN_BENCH_PASSWORD") ?? string.Empty : "Cone6-Bisque!Rv"; // expect: IOT1001
                    }

                    public static string HistorianConnection()
                    {
                        var sb = new StringBuilder();
                        sb.Append("Server=sql01.studio.local;Database=firings;"); // expect: none
                        sb.Append("User Id=kiln_writer;"); // expect: none
                        sb.Append("Password=Yw4!Fjord-Ton;"); // expect: IOT1001
                        sb.Append("Encrypt=True;TrustServerCertificate=False"); // expect: none
                        return sb.ToString();
                    }

                    public static string FiringLog(int cone, double peak) =>
                        new StringBuilder().Append("cone ").Append(cone).Append(" peak ").Append(peak.ToString("F0")).ToString(); // expect: none
                }
            }
            """);

    // Gateway local API: a password in a joined array of connection-string parts and an anonymous object serialised as
    // provisioning data, a Basic value compared with the received header (IOT1001), admin:admin's Basic value (IOT1002); a
    // column list, public info, a record built from the environment and a challenge are none.
    [Fact]
    public Task RT80_gateway_local_api_join_anonymous_basic() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Text.Json;

            namespace Gateway.LocalApi
            {
                public sealed record CloudSettings(string Endpoint, string ApiKey, int IntervalSeconds);

                public sealed class LocalApiServer
                {
                    private static readonly string[] HistorianParts = { "Server=hist.gw.local", "Database=trend", "User Id=trend_rw", "Password=Nq2#Birch-77" }; // expect: IOT1001
                    private static readonly string[] Columns = { "ts", "tag", "value", "quality" }; // expect: none

                    public static string HistorianConnection => string.Join(";", HistorianParts);

                    public static string CsvHeader => string.Join(",", Columns);

                    public static string ProvisioningPayload(string ssid) =>
                        JsonSerializer.Serialize(new { Ssid = ssid, Password = "Rook-Glade-6621", Channel = 6 }); // expect: IOT1001

                    public static string PublicInfo() =>
                        JsonSerializer.Serialize(new { Model = "GW-400", Firmware = "4.2.1", PasswordSet = true }); // expect: none

                    public static CloudSettings Cloud() =>
                        new CloudSettings("https://ingest.example.net", Environment.GetEnvironmentVariable("CLOUD_API_KEY") ?? "", 60); // expect: none

                    public static bool Authorized(HttpListenerRequest request)
                    {
                        var header = request.Headers["Authorization"]; // expect: none
                        if (header == "Basic Z3dzdmM6VG40LUtlbHA5dw==") return true; // expect: IOT1001
                        return header == "Basic YWRtaW46YWRtaW4="; // expect: IOT1002
                    }

                    public static void Challenge(HttpListenerResponse response)
                    {
                        response.StatusCode = 401;
                        response.AddHeader("WWW-Authenticate", "Basic realm=\"gateway\""); // expect: none
                    }
                }
            }
            """);
    // Pump station with an ESP-AT Wi-Fi coprocessor and a SIMCom modem: passwords in AT+CWJAP (through a constant),
    // AT+CWSAP, AT+MQTTUSERCFG and AT+CMQTTCONNECT, a Storage SAS URL, a ThingSpeak key joined by string.Concat, an IoT Hub
    // key returned in a helper's tuple (IOT1001); a BLE passkey from the radio's address (IOT1005); a scan command, labels
    // and register numbers are none.
    [Fact]
    public Task RT80_pump_station_esp_at_and_simcom() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO.Ports;
            using System.Net.Http;
            using System.Net.NetworkInformation;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;

            namespace Pump.Station
            {
                public sealed class StationUplink
                {
                    private const string Ssid = "PumpStation-7"; // expect: none
                    private const string WifiKey = "Silt-Heron-4471"; // expect: IOT1001
                    private const string BackupBlobUrl = "https://pumpstore.blob.core.windows.net/logs?sv=2022-11-02&ss=b&srt=co&sp=rwl&se=2027-01-01T00:00:00Z&sig=Qm7ZkP2xV9rT4nL8cW1yB6dF3hJ5gK0sA%3D"; // expect: IOT1001
                    private const string DischargeLabel = "Unit 7 - discharge pressure"; // expect: none
                    private const ushort DischargeRegister = 30012; // expect: none
                    private readonly SerialPort _esp;
                    private readonly SerialPort _modem;
                    private readonly HttpClient _http = new HttpClient();

                    public StationUplink(SerialPort esp, SerialPort modem)
                    {
                        _esp = esp;
                        _modem = modem;
                    }

                    public void JoinWifi() => _esp.WriteLine($"AT+CWJAP=\"{Ssid}\",\"{WifiKey}\"");

                    public void OpenSetupAp() => _esp.WriteLine("AT+CWSAP=\"PumpSetup\",\"Reed9-Culvert\",5,3"); // expect: IOT1001

                    public void ConfigureMqtt(string clientId) =>
                        _esp.WriteLine($"AT+MQTTUSERCFG=0,1,\"{clientId}\",\"pump7\",\"Weir-Sluice-208\",0,0,\"\""); // expect: IOT1001

                    public void CellularMqtt() =>
                        _modem.WriteLine("AT+CMQTTCONNECT=0,\"tcp://broker.water.local:1883\",60,1,\"pump7\",\"Dyke-Marsh-559\""); // expect: IOT1001

                    public void Scan() => _esp.WriteLine("AT+CWLAP"); // expect: none

                    public Task UploadAsync(string csv) => _http.PutAsync(BackupBlobUrl, new StringContent(csv));

                    public Task<string> PostLevelAsync(string level) =>
                        _http.GetStringAsync(string.Concat("https://api.thingspeak.com/update?api_key=", "T9KX2MPLQ7ZR4VWD", "&field1=", level)); // expect: IOT1001

                    private static (string Id, string Key) BenchDevice() => ("pump-7-bench", "Myt29Q9pI0jbyv7Bbonn8qnh6/8yOyqpwMBIrm1wnOk="); // expect: IOT1001

                    public DeviceClient Hub()
                    {
                        var (id, key) = BenchDevice();
                        return DeviceClient.Create("water.azure-devices.net", new DeviceAuthenticationWithRegistrySymmetricKey(id, key));
                    }

                    public static uint BlePasskey(PhysicalAddress radio) => (uint)(radio.GetAddressBytes()[5] | (radio.GetAddressBytes()[4] << 8) | (radio.GetAddressBytes()[3] << 16)) % 1000000; // expect: IOT1005

                    public string Describe(double bar) => $"{DischargeLabel} (reg {DischargeRegister}): {bar:F2} bar"; // expect: none
                }
            }
            """);
}
