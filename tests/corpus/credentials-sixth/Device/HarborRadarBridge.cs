// Real source: gavogt/AlienCyborgESPRadar AlienCyborgESPRadar/Services/MqttOptions.cs
using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace Harbor.RadarBridge;

// Bridge between the harbour's ESP32 radar heads (vessel movements in the fairway) and the port's
// traffic dashboard; also raises alerts to the duty officer's chat.
public sealed class MqttOptions
{
    public string Host { get; set; } = "192.168.8.197";
    public int Port { get; set; } = 1883;
    public string Topic { get; set; } = "/#";
    public string Username { get; set; } = "radar-bridge";
    public string Password { get; set; } = "radar-bridge-Tide42"; // expect: IOT1001
    public string ClientId { get; set; } = "aspnet-radar-bridge";
    public string TokenScope { get; set; } = "radar.tracks.read"; // expect: none
}

public sealed class RadarBridgeService
{
    private readonly MqttOptions _options;

    public RadarBridgeService(MqttOptions options) => _options = options;

    public async Task StartAsync(CancellationToken ct)
    {
        var client = new MQTTnet.MqttFactory().CreateMqttClient();
        var mqttOptions = new MqttClientOptionsBuilder()
            .WithTcpServer(_options.Host, _options.Port)
            .WithClientId(_options.ClientId)
            .WithCredentials(_options.Username, _options.Password)
            .Build();
        await client.ConnectAsync(mqttOptions, ct);
    }

    public static async Task StartAisFeedAsync(CancellationToken ct)
    {
        // AIS receiver on the breakwater publishes through its own broker account
        var ais = new MqttOptions
        {
            Host = "ais.harbor.local",
            Username = "ais",
            Password = "AIS-feed-7781-mole", // expect: IOT1001
            ClientId = "ais-bridge",
        };
        var client = new MQTTnet.MqttFactory().CreateMqttClient();
        await client.ConnectAsync(new MqttClientOptionsBuilder()
            .WithTcpServer(ais.Host, ais.Port)
            .WithCredentials(ais.Username, ais.Password)
            .Build(), ct);
    }

    // Duty officer alerts
    private const string AlertBotToken = "7494206929:AAs1A987CZKA1wZnVioJEUgFWpCcifag4ks"; // expect: IOT1003
    private const string AlertChatId = "-1001873345512";

    public static Task AlertAsync(HttpClient http, string text) =>
        http.GetAsync($"https://api.telegram.org/bot{AlertBotToken}/sendMessage?chat_id={AlertChatId}&text={Uri.EscapeDataString(text)}");

    public static string DescribeTrack(string mmsi) =>
        $"Vessel {mmsi} entered the fairway without a pilot token."; // expect: none
}

public static class DashboardAccess
{
    // Old traffic dashboard behind the bridge still uses its installer login
    public static void UseInstallerLogin(HttpClient http) =>
        http.DefaultRequestHeaders.Add("Authorization", "Basic " + Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("admin:admin"))); // expect: IOT1002

    public static MqttOptions TestBench() => new MqttOptions
    {
        Host = "bench.harbor.local",
        Password = "changeme-later", // expect: IOT1006
    };

    public static Task StartBenchAsync(CancellationToken ct) => new RadarBridgeService(TestBench()).StartAsync(ct);

    public const string ApiKeyHeader = "X-Api-Key"; // expect: none
    public const string SampleMmsi = "244660123"; // expect: none
}
