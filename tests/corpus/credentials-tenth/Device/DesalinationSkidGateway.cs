// Own file (new domain): reverse-osmosis desalination skid gateway (containerised plant on a pier):
// OPC UA to the skid PLC, Redis for the HMI cache, PostgreSQL historian, InfluxDB trends and an operator portal,
// configured through options, DI, records and builders.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Amqp;
using System.Threading.Tasks;
using InfluxDB.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Opc.Ua;
using StackExchange.Redis;

namespace Desal.Skid.Gateway
{
    public sealed class SkidOptions
    {
        public string OpcEndpoint { get; set; } = "opc.tcp://skid-plc:4840";
        public string OpcUser { get; set; } = "gateway";
        public string OpcPassword { get; set; }
        public string PortalUrl { get; set; } = "https://portal.desal.example/api/v2/";
        public string PortalApiKeyHeader { get; set; } = "X-Api-Key"; // expect: none
        public string PortalApiKey { get; set; }
    }

    public sealed record HistorianOptions(string Host, string Database, string User, string Password);

    public static class SkidStartup
    {
        public static IServiceCollection AddSkid(this IServiceCollection services, IConfiguration configuration)
        {
            services.Configure<SkidOptions>(o =>
            {
                o.OpcEndpoint = configuration["Skid:Opc:Endpoint"];
                o.OpcPassword = "Brine-Valve-2231"; // expect: IOT1001
            });
            return services;
        }

        public static SkidOptions PierDefaults()
        {
            var options = new SkidOptions();
            options.PortalApiKey ??= "API_KEY"; // expect: IOT1006
            return options;
        }

        public static HistorianOptions Historian() =>
            new HistorianOptions("historian.pier.local", "skid", "skid_writer", "Osmosis-Pump-88"); // expect: IOT1001
    }

    public sealed class SkidPlcSession
    {
        private readonly SkidOptions _options;

        public SkidPlcSession(IOptions<SkidOptions> options)
        {
            _options = options.Value;
        }

        public IUserIdentity Identity() => new UserIdentity(_options.OpcUser, _options.OpcPassword);
    }

    public sealed class PortalClient
    {
        private readonly HttpClient _http = new HttpClient();

        public PortalClient(SkidOptions options)
        {
            _http.BaseAddress = new Uri(options.PortalUrl);
            _http.DefaultRequestHeaders.Add(options.PortalApiKeyHeader, options.PortalApiKey);
        }
    }

    public static class HistorianWriter
    {
        public static NpgsqlConnection Open(HistorianOptions o)
        {
            var connection = new NpgsqlConnection($"Host={o.Host};Database={o.Database};Username={o.User};Password={o.Password}");
            connection.Open();
            return connection;
        }

        public static NpgsqlConnection OpenWithPassfile() =>
            new NpgsqlConnection("Host=historian.pier.local;Database=skid;Username=skid_writer;Passfile=/run/secrets/pgpass"); // expect: none

        public static NpgsqlConnection OpenDocsSample() =>
            new NpgsqlConnection("Host=myserver;Username=mylogin;Password=mypass;Database=mydatabase"); // expect: IOT1006
    }

    public static class HmiCache
    {
        public static ConnectionMultiplexer Connect()
        {
            var options = new ConfigurationOptions { Ssl = true, AbortOnConnectFail = false };
            options.EndPoints.Add("hmi-cache.pier.local:6380");
            options.Password = "Membrane-Flux-451"; // expect: IOT1001
            return ConnectionMultiplexer.Connect(options);
        }

        public static ConnectionMultiplexer ConnectStandby() =>
            ConnectionMultiplexer.Connect("hmi-standby.pier.local:6380,password=Permeate-Gauge-93,ssl=True,abortConnect=False"); // expect: IOT1001

        public static ConnectionMultiplexer ConnectLocal() =>
            ConnectionMultiplexer.Connect("localhost:6379,ssl=False,abortConnect=False"); // expect: none
    }

    public sealed class TrendWriter : IDisposable
    {
        private readonly InfluxDBClient _client;

        public TrendWriter(string url, string writeToken)
        {
            _client = new InfluxDBClient(url, writeToken);
        }

        public Task WriteAsync(string line) => _client.GetWriteApiAsync().WriteRecordAsync(line, "skid", "desal");

        public void Dispose() => _client.Dispose();

        public static TrendWriter ForPier() => new TrendWriter("http://trends.pier.local:8086", "HQCshTyP90iHl0vSPHR1AQ-trend-writer-rw"); // expect: IOT1001

        public static TrendWriter FromEnvironment() =>
            new TrendWriter("http://trends.pier.local:8086", Environment.GetEnvironmentVariable("SKID_INFLUX_TOKEN")); // expect: none
    }

    public static class SkidBus
    {
        public static Address SkidBusAddress() => new Address("skid-bus.pier.local", 5671, "skid", "Salinity-Probe-308"); // expect: IOT1001

        public static Address FromEnvironment() =>
            new Address("skid-bus.pier.local", 5671, "skid", Environment.GetEnvironmentVariable("SKID_AMQP_PASSWORD")); // expect: none

        public static X509Certificate2 PortalClientCertificate() =>
            new X509Certificate2("/etc/skid/portal.pfx", "Pier-Cert-7715"); // expect: IOT1001

        public static void AuthorizePortal(HttpClient http)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJza2lkLWd3LTAxIiwiaXNzIjoicG9ydGFsLmRlc2FsLmV4YW1wbGUiLCJpYXQiOjE3MjYwMDAwMDAsImV4cCI6MjA0MTM2MDAwMH0.KggrFoHSpaz7LPzcFb4u-uBC4bUUaGNMLcepq6I6nQU"); // expect: IOT1003
        }

        public static string PortalApiKeyFrom(IConfiguration configuration) => configuration["Skid:Portal:ApiKey"]; // expect: none
    }

    public static class EdgeModule
    {
        public static Microsoft.Azure.Devices.Client.ModuleClient Bench() =>
            Microsoft.Azure.Devices.Client.ModuleClient.CreateFromConnectionString("HostName=desal-hub.azure-devices.net;DeviceId=skid-edge;ModuleId=opc-bridge;SharedAccessKey=SXGdZ3ZH8ATEDksM54MvRz2/Vxkzy4eN8zBPXyanWkk="); // expect: IOT1003

        public const string OpcSecurityPolicy = "http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256"; // expect: none
    }

    public static class SkidLog
    {
        public static string Describe(SkidOptions o) => $"opc={o.OpcEndpoint} user={o.OpcUser} password=***"; // expect: none
        public const string OpcPasswordConfigKey = "Skid:Opc:Password"; // expect: none
        public const string RedisPasswordEnvVar = "SKID_REDIS_PASSWORD"; // expect: none
    }
}
