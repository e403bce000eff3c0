// Own file (corpus9): the antenna-rotator controller of a small satellite ground station (weather-satellite and
// cubesat passes). Options classes and records filled in code, dependency injection, builders and extension
// methods carry the credentials to the broker, the time-series store, the TLE service and the archive.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using InfluxDB.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MqttClientCredentials = MQTTnet.Client.MqttClientCredentials;
using MqttClientOptionsBuilder = MQTTnet.Client.MqttClientOptionsBuilder;

namespace GroundStation.Rotator
{
    public sealed record BrokerOptions(string Host, string User, string Password);

    public class InfluxOptions
    {
        public string Url { get; set; } = "http://localhost:8086";
        public string Token { get; set; } = string.Empty;
        public string TokenEnvVar { get; set; } = "GS_INFLUX_TOKEN"; // expect: none
    }

    public class PassPlannerOptions
    {
        public string BaseUrl { get; set; } = "https://passes.groundstation.example/api/";
        public string ApiKeyHeader { get; set; } = "X-API-Key"; // expect: none
        public string ApiKey { get; set; }
    }

    public class StationOptions
    {
        public string User { get; set; } = "rotator";
        public string Password { get; set; } = string.Empty;
    }

    // Lab bench: a derived options type with its own login.
    public sealed class BenchStationOptions : StationOptions
    {
        public BenchStationOptions() { Password = "Bench-Rotator!Az90"; } // expect: IOT1001
    }

    public static class StationLoginExtensions
    {
        public static MqttClientOptionsBuilder WithStationLogin(this MqttClientOptionsBuilder builder, string stationPassword) =>
            builder.WithCredentials("rotator", stationPassword);
    }

    // Primary constructor: the TLE service key is captured and put into the query.
    public sealed class TleFetcher(HttpClient http, string apiKey)
    {
        public Task<string> FetchAsync(int noradId) =>
            http.GetStringAsync($"https://tle.orbit-data.example/v1/tle/{noradId}?apikey={apiKey}");
    }

    public sealed class RotatorUplink
    {
        private readonly InfluxOptions _influx;
        private readonly PassPlannerOptions _planner;
        private readonly StationOptions _station;

        public RotatorUplink(IOptions<InfluxOptions> influx, IOptions<PassPlannerOptions> planner, StationOptions station)
        {
            _influx = influx.Value;
            _planner = planner.Value;
            _station = station;
        }

        public MQTTnet.Client.MqttClientOptions Broker(BrokerOptions options) =>
            new MqttClientOptionsBuilder()
                .WithTcpServer(options.Host, 8883)
                .WithCredentials(options.User, options.Password)
                .Build();

        public MQTTnet.Client.MqttClientOptions StationBroker() =>
            new MqttClientOptionsBuilder().WithTcpServer("mqtt.groundstation.example", 8883).WithCredentials(_station.User, _station.Password).Build();

        public InfluxDBClient Trends() => new InfluxDBClient(_influx.Url, _influx.Token);

        public async Task<string> NextPassesAsync()
        {
            using var http = new HttpClient { BaseAddress = new Uri(_planner.BaseUrl) };
            http.DefaultRequestHeaders.Add(_planner.ApiKeyHeader, _planner.ApiKey);
            return await http.GetStringAsync("passes?hours=24");
        }
    }

    public static class StationSetup
    {
        public static IServiceCollection AddRotator(this IServiceCollection services)
        {
            services.Configure<InfluxOptions>(o =>
            {
                o.Url = "https://influx.groundstation.example";
                o.Token = "JFk2-rotator-writes-Qm7pT0vXc8LwB3nZ"; // expect: IOT1001
            });
            services.Configure<PassPlannerOptions>(o => o.ApiKey ??= "API_KEY"); // expect: IOT1006
            return services;
        }

        public static RotatorUplink BenchUplink(IOptions<InfluxOptions> influx, IOptions<PassPlannerOptions> planner) =>
            new RotatorUplink(influx, planner, new BenchStationOptions());

        public static MQTTnet.Client.MqttClientOptions PrimaryBroker(RotatorUplink uplink) =>
            uplink.Broker(new BrokerOptions("mqtt.groundstation.example", "rotator", "Az-El!Rot8-Station")); // expect: IOT1001

        public static MQTTnet.Client.MqttClientOptions BackupBroker() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("mqtt-backup.groundstation.example", 8883)
                .WithStationLogin("Backup-Rotor#Elev-12") // expect: IOT1001
                .Build();

        public static MQTTnet.Client.MqttClientOptions TelemetryBroker() =>
            new MqttClientOptionsBuilder()
                .WithTcpServer("telemetry.groundstation.example", 8883)
                .WithCredentials("telemetry", "Doppler-Track-77"u8.ToArray()) // expect: IOT1001
                .Build();

        public static MqttClientCredentials DecoderCredentials()
        {
            MqttClientCredentials creds = new("apt-decoder", Encoding.UTF8.GetBytes("Apt-Decoder!137MHz")); // expect: IOT1001
            return creds;
        }

        public static ICredentials ArchiveLogin()
        {
            var (archiveUser, archivePassword) = ("gs-archive", "Noaa-Archive#19"); // expect: IOT1001
            return new NetworkCredential(archiveUser, archivePassword);
        }

        public static TleFetcher Tle(HttpClient http) => new TleFetcher(http, "iOIJeOyv0_RdfroqXyuZ8l2U6MnUrBDO"); // expect: IOT1001

        public static string PlannerKeyFor(string site) => site switch
        {
            "north" => "north-planner-7Hq2vX9", // expect: IOT1001
            "south" => "south-planner-4Rt8mZ1", // expect: IOT1001
            _ => "",
        };

        public static void UsePlanner(HttpClient http, string site) =>
            http.DefaultRequestHeaders.Add("X-API-Key", PlannerKeyFor(site));

        public static BrokerOptions ForLog(BrokerOptions options) => options with { Password = "[redacted]" }; // expect: none

        public const string BrokerPasswordKey = "Station:Broker:Password"; // expect: none
        public const string BrokerPasswordEnvVar = "GS_MQTT_PASSWORD"; // expect: none
        public const string TleApiKeyDocsExample = "EXAMPLE-KEY-0000"; // expect: none

        // The SDR receiver is a stock Raspberry Pi image; its archive share still uses the image's login.
        public static ICredentials SdrShare() => new NetworkCredential("pi", "raspberry"); // expect: IOT1002
    }
}
