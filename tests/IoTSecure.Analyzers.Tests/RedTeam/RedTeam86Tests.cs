using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 86: an independent precision/recall sample of unseen device code (an elevator controller, a parking meter,
/// a vending machine, a beehive scale, a BACnet HVAC gateway, a drone ground station, a weather buoy, fish-farm oxygen
/// control, a railway axle counter, hospital bed telemetry, a parcel locker, a kiln controller, a solar tracker, an
/// e-bike battery logger, a smart doorbell, a venue audio DSP, a cattle water trough, a greenhouse CO2 doser, a ferry
/// ticket gate and a lab freezer alarm). Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam86Tests
{
    private const string SshNetStub = """
        namespace Renci.SshNet
        {
            public abstract class BaseClient : System.IDisposable
            {
                public void Connect() { }
                public void Disconnect() { }
                public void Dispose() { }
            }
            public class SftpClient : BaseClient
            {
                public SftpClient(string host, int port, string username, string password) { }
                public void UploadFile(System.IO.Stream input, string path, System.Action<ulong> uploadCallback = null) { }
            }
        }
        """;

    private const string FluentFtpStub = """
        namespace FluentFTP
        {
            public enum FtpRemoteExists { Skip, Overwrite }
            public enum FtpStatus { Failed, Success, Skipped }
            public class FtpClient : System.IDisposable
            {
                public FtpClient(string host, string user, string pass, int port = 0) { }
                public void Connect() { }
                public FtpStatus UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false) => FtpStatus.Success;
                public void Dispose() { }
            }
        }
        """;

    private const string BacnetStub = """
        namespace System.IO.BACnet
        {
            public enum BacnetReinitializedStates { COLDSTART = 0, WARMSTART = 1 }
            public class BacnetAddress { public BacnetAddress(string address) { } }
            public class BacnetClient : System.IDisposable
            {
                public BacnetClient(int port = 47808) { }
                public void Start() { }
                public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enableDisable, string password) => true;
                public bool ReinitializeRequest(BacnetAddress adr, BacnetReinitializedStates state, string password) => true;
                public bool WritePropertyRequest(BacnetAddress adr, uint objectInstance, double value) => true;
                public void Dispose() { }
            }
        }
        """;

    // 1. Elevator controller, nanoFramework: Wi-Fi key and broker password in another class reach their sinks; a
    //    technician PIN checked by the team's own code; a door encoder's GPIO label and a fault code are none.
    [Fact]
    public Task RT86_elevator_controller() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading;
            using nanoFramework.Networking;
            using nanoFramework.M2Mqtt;

            namespace Vertical.Lift
            {
                internal static class LiftSecrets
                {
                    public const string MachineRoomSsid = "liftnet-mr2";                      // expect: none
                    public const string MachineRoomWifiKey = "Hoist-Sheave-8830";              // expect: IOT1001
                    public const string TelemetryUser = "car-b-ctl";                          // expect: none
                    public static readonly string TelemetryPassword = "qR4!vN8z#Lw2";         // expect: IOT1001
                }

                public sealed class ElevatorController
                {
                    private const string Broker = "lift-telemetry.bldg-ops.example";         // expect: none
                    private const string CallTopic = "bldg/7/lift/b/hall-call";               // expect: none
                    private const string FaultTopic = "bldg/7/lift/b/fault";                  // expect: none
                    private const string DoorFaultCode = "DOR-017";                           // expect: none
                    private const string TechnicianPin = "5831";                              // expect: IOT1004
                    private const string PinPrompt = "Enter technician PIN on the car panel"; // expect: none
                    private const string DoorEncoderPin = "GPIO21";                           // expect: none
                    private readonly MqttClient _mqtt = new MqttClient(Broker);
                    private int _currentFloor;
                    private bool _inspectionMode;

                    public void Boot()
                    {
                        if (!WifiNetworkHelper.ConnectDhcp(LiftSecrets.MachineRoomSsid, LiftSecrets.MachineRoomWifiKey, requiresDateTime: true)) // expect: none
                        {
                            Console.WriteLine("Machine-room Wi-Fi unavailable; running standalone"); // expect: none
                            return;
                        }

                        _mqtt.Connect("lift-b-ctl", LiftSecrets.TelemetryUser, LiftSecrets.TelemetryPassword); // expect: none
                        Console.WriteLine($"Door encoder on {DoorEncoderPin}, faults to {FaultTopic}"); // expect: none
                    }

                    public bool EnterInspection(string enteredPin)
                    {
                        Console.WriteLine(PinPrompt);
                        if (enteredPin.Trim() == TechnicianPin)
                        {
                            _inspectionMode = true;
                            return true;
                        }

                        Console.WriteLine($"Inspection refused; fault {DoorFaultCode} logged"); // expect: none
                        return false;
                    }

                    public void OnHallCall(int floor)
                    {
                        if (_inspectionMode)
                        {
                            return;
                        }

                        int travel = Math.Abs(floor - _currentFloor);
                        Console.WriteLine($"{CallTopic}: floor {floor}, travel {travel} floors"); // expect: none
                        Thread.Sleep(travel * 1800);
                        _currentFloor = floor;
                    }
                }
            }
            """);

    // 2. Parking meter: an acquirer bearer token (static readonly), a tariff API key interpolated into a query, a
    //    placeholder sync key at an X-API-Key header; a GUID under a secret's name and a token endpoint are none.
    [Fact]
    public Task RT86_parking_meter() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace CurbSide.Meter
            {
                public sealed class PaymentUplink
                {
                    private const string TokenUrl = "https://pay.curbside.example/oauth/token";         // expect: none
                    private const string ApiKeyHeaderName = "X-API-Key";                                 // expect: none
                    private static readonly string AcquirerBearer = "cbp_live_7Rk2Wq9ZxT4mLs8Vn3Hd";     // expect: IOT1001
                    private const string RatesKey = "rt_5dF8kP2wQ9zLm4Xv";                                // expect: IOT1001
                    private const string CloudSyncKey = "<your-key>";                                    // expect: IOT1006
                    private const string ReceiptSecret = "9b1de2c4-6a7f-4e30-b5d8-2f4c91a7e063";         // expect: none
                    private const string ZoneCode = "Z-14B";                                              // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<bool> AuthorizeAsync(string cardToken, decimal amount)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Post, "https://pay.curbside.example/v1/authorize"); // expect: none
                        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AcquirerBearer);
                        req.Content = new StringContent($"{{\"card\":\"{cardToken}\",\"amount\":{amount},\"zone\":\"{ZoneCode}\"}}"); // expect: none
                        var resp = await _http.SendAsync(req);
                        return resp.IsSuccessStatusCode;
                    }

                    public async Task<string> FetchTariffAsync(int meterId)
                    {
                        string url = $"https://rates.curbside.example/v2/tariff?meter={meterId}&apikey={RatesKey}"; // expect: none
                        return await _http.GetStringAsync(url);
                    }

                    public async Task SyncAsync(string ledgerJson)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Put, "https://sync.curbside.example/ledger"); // expect: none
                        req.Headers.Add(ApiKeyHeaderName, CloudSyncKey);
                        req.Content = new StringContent(ledgerJson);
                        Console.WriteLine($"Ledger synced; receipts signed under {ReceiptSecret}, auth at {TokenUrl}"); // expect: none
                        await _http.SendAsync(req);
                    }

                    public static decimal Fee(TimeSpan stay, decimal hourly, decimal cap)
                    {
                        decimal hours = (decimal)Math.Ceiling(stay.TotalMinutes / 15.0) / 4m;
                        decimal fee = hours * hourly;
                        return fee > cap ? cap : fee;
                    }
                }
            }
            """);

    // 3. Vending machine, MQTTnet v4: broker password from another class through a named argument; a keypad PIN compared
    //    with a listed default; a password hash, a configuration key and a simulator's dummy password are none.
    [Fact]
    public Task RT86_vending_machine() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;

            namespace SnackCo.Vending
            {
                internal static class VendSecrets
                {
                    internal const string FleetBrokerPassword = "Crisps&Cola-4471";         // expect: IOT1001
                    internal const string SimulatorDummyPassword = "Sim-Vend-2024";         // expect: none
                }

                public sealed class VendingTelemetry
                {
                    private const string RefillPasswordSha256 = "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8"; // expect: none
                    private const string ExactChangeText = "Exact change only";             // expect: none
                    private const string MqttPasswordKey = "Fleet:Mqtt:Password";            // expect: none
                    private const string StockTopic = "vend/112/stock";                      // expect: none
                    private readonly int[] _slotCounts = new int[24];
                    private bool _serviceMode;

                    public MqttClientOptions BuildOptions() =>
                        new MqttClientOptionsBuilder()
                            .WithTcpServer("fleet-mqtt.snackco.example", 8883)              // expect: none
                            .WithClientId("vend-112")
                            .WithCredentials(username: "vend-112", password: VendSecrets.FleetBrokerPassword) // expect: none
                            .WithTls()
                            .Build();

                    public bool OpenServiceMenu(string keypadPin)
                    {
                        if (keypadPin == "1234")                                             // expect: IOT1002
                        {
                            _serviceMode = true;
                            Console.WriteLine("Service menu opened");                        // expect: none
                            return true;
                        }

                        Console.WriteLine($"Wrong PIN; hash on file {RefillPasswordSha256.Substring(0, 8)}"); // expect: none
                        return false;
                    }

                    public string Vend(int slot, int coinsCents, int priceCents)
                    {
                        if (slot < 0 || slot >= _slotCounts.Length || _slotCounts[slot] == 0)
                        {
                            return "Sold out";                                               // expect: none
                        }

                        if (coinsCents < priceCents)
                        {
                            return $"Insert {priceCents - coinsCents} more";                 // expect: none
                        }

                        _slotCounts[slot]--;
                        return coinsCents == priceCents ? "Enjoy" : ExactChangeText;
                    }

                    public static bool IsSimulatorLogin(string typed) => typed == VendSecrets.SimulatorDummyPassword;

                    public string StockLine() => $"{StockTopic} {string.Join(",", _slotCounts)} svc={_serviceMode} cfg={MqttPasswordKey}"; // expect: none
                }
            }
            """);

    // 4. Beehive scale with a SIMCom modem: SIM PIN in a constant, an APN password as a string.Format argument, a
    //    ThingSpeak write key inside an AT+HTTPPARA URL; status queries, load-cell GPIO labels and the APN user are none.
    [Fact]
    public Task RT86_beehive_scale() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO.Ports;
            using System.Threading;

            namespace Apiary.HiveScale
            {
                public sealed class HiveUplink
                {
                    private const string SimPin = "7305";                                 // expect: IOT1001
                    private const string PinQuery = "AT+CPIN?";                           // expect: none
                    private const string PinReady = "+CPIN: READY";                       // expect: none
                    private const string Apn = "m2m.agrinet.example";                     // expect: none
                    private const string ApnUser = "hive";                                // expect: none
                    private const string ScaleDataPin = "GPIO17";                         // expect: none
                    private const string ScaleClockPin = "GPIO18";                        // expect: none
                    private readonly SerialPort _modem = new SerialPort("/dev/ttyS1", 9600);
                    private readonly string _hiveId;
                    private double _tareKg;

                    public HiveUplink(string hiveId) => _hiveId = hiveId;

                    public void Attach()
                    {
                        _modem.WriteLine(PinQuery);
                        if (!_modem.ReadLine().Contains(PinReady))
                        {
                            _modem.WriteLine($"AT+CPIN=\"{SimPin}\"");                    // expect: none
                            Thread.Sleep(3000);
                        }

                        _modem.WriteLine(string.Format("AT+CSTT=\"{0}\",\"{1}\",\"{2}\"", Apn, ApnUser, "Propolis-93k")); // expect: IOT1001
                        _modem.WriteLine("AT+CIICR");                                    // expect: none
                        _modem.WriteLine("AT+CIFSR");                                    // expect: none
                    }

                    public void Tare(double rawKg) => _tareKg = rawKg;

                    public void Report(double rawKg, double broodC)
                    {
                        double kg = rawKg - _tareKg;
                        _modem.WriteLine("AT+HTTPINIT");                                 // expect: none
                        _modem.WriteLine($"AT+HTTPPARA=\"URL\",\"http://api.thingspeak.com/update?api_key=H7QK2M9ZP4XW1R8T&field1={kg:F2}&field2={broodC:F1}\""); // expect: IOT1001
                        _modem.WriteLine("AT+HTTPACTION=0");                             // expect: none
                        Console.WriteLine($"Hive {_hiveId}: {kg:F2} kg, brood {broodC:F1} C (HX711 on {ScaleDataPin}/{ScaleClockPin})"); // expect: none
                        if (kg < 12.0)
                        {
                            Console.WriteLine("Low stores: consider feeding syrup");    // expect: none
                        }
                    }
                }
            }
            """);

    // 5. BACnet HVAC gateway: a DCC password at a BACnet client's password parameter, a listed default at a reinitialize
    //    request, Basic authentication built in code for the cloud; object names and a hint are none.
    [Fact]
    public Task RT86_bacnet_hvac_gateway() =>
        ExpectComments.AssertAsync(new[] { BacnetStub }, """
            using System;
            using System.IO.BACnet;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;

            namespace Facility.HvacGateway
            {
                public sealed class HvacGateway : IDisposable
                {
                    private const string PlantRoomPassword = "Chiller-Loop#42";           // expect: IOT1001
                    private const string ZoneTempName = "Zone Temp Setpoint";             // expect: none
                    private const string PasswordHint = "The DCC password is on the commissioning sheet"; // expect: none
                    private const string CloudEndpoint = "https://bms-cloud.example.com/api/points"; // expect: none
                    private const uint AhuInstance = 3001;
                    private readonly BacnetClient _bacnet = new BacnetClient();
                    private readonly HttpClient _http = new HttpClient();

                    public void Start()
                    {
                        _bacnet.Start();
                        Console.WriteLine($"BACnet/IP up; writing '{ZoneTempName}' on AHU {AhuInstance}"); // expect: none
                    }

                    public bool QuiesceController(string ip)
                    {
                        Console.WriteLine(PasswordHint);
                        return _bacnet.DeviceCommunicationControlRequest(new BacnetAddress(ip), 15, 1, PlantRoomPassword); // expect: none
                    }

                    public bool WarmRestart(string ip) =>
                        _bacnet.ReinitializeRequest(new BacnetAddress(ip), BacnetReinitializedStates.WARMSTART, "admin"); // expect: IOT1002

                    public bool WriteSetpoint(string ip, double celsius) =>
                        _bacnet.WritePropertyRequest(new BacnetAddress(ip), AhuInstance, Math.Clamp(celsius, 16.0, 28.0));

                    public async Task PushAsync(string pointsJson)
                    {
                        string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("hvac-gw-3:Damper!Coil58")); // expect: IOT1001
                        using var req = new HttpRequestMessage(HttpMethod.Post, CloudEndpoint);
                        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
                        req.Content = new StringContent(pointsJson, Encoding.UTF8, "application/json"); // expect: none
                        var resp = await _http.SendAsync(req);
                        Console.WriteLine($"Cloud push: {(int)resp.StatusCode}");           // expect: none
                    }

                    public void Dispose()
                    {
                        _bacnet.Dispose();
                        _http.Dispose();
                    }
                }
            }
            """);

    // 6. Drone ground station: a MAVLink signing key decoded from base64 into an HMAC, an OpenSSH private key written
    //    line by line, an SFTP password in a local, a CHANGE_ME video relay credential; a key path and prose are none.
    [Fact]
    public Task RT86_drone_ground_station() =>
        ExpectComments.AssertAsync(new[] { SshNetStub }, """
            using System;
            using System.IO;
            using System.Net;
            using System.Net.Http;
            using System.Security.Cryptography;
            using Renci.SshNet;

            namespace AerialSurvey.Gcs
            {
                public sealed class GroundStation
                {
                    private const string MissionHost = "missions.aerial-survey.example";  // expect: none
                    private const string MissionUser = "gcs-uploader";                    // expect: none
                    private const string SigningKeyPath = "/etc/gcs/mavlink-signing.key";  // expect: none
                    private const string LinkLostText = "Link lost - returning to launch"; // expect: none
                    private static readonly byte[] LinkSigningKey = Convert.FromBase64String("2ArLZUFRhr2lX13ArGOcaW+Xx0Eqm7Tfx36rh+a3zf4="); // expect: IOT1003
                    private const string UploaderKeyPem =
                        "-----BEGIN OPENSSH PRIVATE KEY-----\n" +
                        "b3BlbnNzaC1rZXktdjEACbfuuE2V1BdSQ8QDQUBdxjh2SpVOjG91VeFtCuMQMC4S8/doB9FHvg1pxaJqavrZQOmSqDnSl0WvxSJ9DYeNSGUmNjOTXsIpwMpdC2XP7I4=\n" +
                        "-----END OPENSSH PRIVATE KEY-----\n";                              // expect: IOT1003

                    public byte[] SignFrame(byte[] frame)
                    {
                        using var hmac = new HMACSHA256(LinkSigningKey);
                        return hmac.ComputeHash(frame);
                    }

                    public void UploadMission(string missionFile)
                    {
                        var sftpPassword = "Rotor-Survey-5520";                            // expect: IOT1001
                        using var sftp = new SftpClient(MissionHost, 22, MissionUser, sftpPassword);
                        sftp.Connect();
                        using var stream = File.OpenRead(missionFile);
                        sftp.UploadFile(stream, "/missions/" + Path.GetFileName(missionFile)); // expect: none
                        Console.WriteLine($"Uploaded {missionFile}; deploy key length {UploaderKeyPem.Length}, signing key at {SigningKeyPath}"); // expect: none
                    }

                    public HttpClient VideoRelay()
                    {
                        var relayCredential = new NetworkCredential("gcs-video", "CHANGE_ME"); // expect: IOT1006
                        var handler = new HttpClientHandler { Credentials = relayCredential };
                        return new HttpClient(handler) { BaseAddress = new Uri("https://relay.aerial-survey.example/live/") }; // expect: none
                    }

                    public void OnHeartbeatTimeout(int missedBeats)
                    {
                        if (missedBeats >= 5)
                        {
                            Console.WriteLine(LinkLostText);
                        }
                    }
                }
            }
            """);

    // 7. Weather buoy, MQTTnet v5: a broker password in a connection URI's user information, an OpenWeather key from
    //    another class in an interpolated query; NOAA's URL, a SAS format string and a station number are none.
    [Fact]
    public Task RT86_weather_buoy() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using MQTTnet;

            namespace OceanObs.Buoy
            {
                internal static class BuoyKeys
                {
                    public const string OwmKey = "4f8c2e91a7b35d06c1e8f29a7b4d3c15";       // expect: IOT1001
                }

                public sealed class BuoyTelemetry
                {
                    private const string NdbcStation = "41049";                           // expect: none
                    private const string SasTokenFormat = "SharedAccessSignature sr={0}&sig={1}&se={2}"; // expect: none
                    private const string WaveTopic = "buoy/41/waves";                     // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public MqttClientOptions Options() =>
                        new MqttClientOptionsBuilder()
                            .WithConnectionUri("mqtts://buoy-41:Swell%23Tide88@telemetry.oceanobs.example:8883") // expect: IOT1001
                            .Build();

                    public async Task<string> ForecastAsync(double lat, double lon)
                    {
                        string url = $"https://api.openweathermap.org/data/2.5/weather?lat={lat:F4}&lon={lon:F4}&appid={BuoyKeys.OwmKey}"; // expect: none
                        return await _http.GetStringAsync(url);
                    }

                    public async Task<string> NeighbourAsync() =>
                        await _http.GetStringAsync($"https://www.ndbc.noaa.gov/data/realtime2/{NdbcStation}.txt"); // expect: none

                    public string WaveLine(double hs, double tp, double dir)
                    {
                        if (hs > 6.0)
                        {
                            Console.WriteLine("Storm seas: switching to 10-minute reporting"); // expect: none
                        }

                        return $"{WaveTopic} hs={hs:F2} tp={tp:F1} dir={dir:F0} fmt={SasTokenFormat.Length}"; // expect: none
                    }

                    public static double SignificantHeight(double[] heights)
                    {
                        Array.Sort(heights);
                        int start = heights.Length * 2 / 3;
                        double sum = 0;
                        for (int i = start; i < heights.Length; i++)
                        {
                            sum += heights[i];
                        }

                        return heights.Length == start ? 0 : sum / (heights.Length - start);
                    }
                }
            }
            """);

    // 8. Fish-farm oxygen control: a historian password as a string.Format argument of a PostgreSQL connection string, a
    //    listed default at a Redis client's Password; an integrated-security connection string and alarm text are none.
    [Fact]
    public Task RT86_fish_farm_oxygen() =>
        ExpectComments.AssertAsync(new[] { Stubs.Npgsql, Stubs.Redis }, """
            using System;
            using Npgsql;
            using StackExchange.Redis;

            namespace FjordAqua.Oxygen
            {
                public sealed class OxygenController
                {
                    private const string HistorianHost = "aqua-db.fjord-site.example";    // expect: none
                    private const string ReportingConnection = "Host=aqua-db.fjord-site.example;Database=oxygen;Integrated Security=true"; // expect: none
                    private const string DoLowAlarm = "DO-LOW";                           // expect: none
                    private const string DiffuserValvePin = "GP15";                       // expect: none
                    private const double MinDissolvedOxygen = 6.5;
                    private ConnectionMultiplexer? _cache;

                    private static string HistorianConnection(string user) =>
                        string.Format("Host={0};Port=5432;Username={1};Password={2};Database=oxygen", HistorianHost, user, "Gill$Oxy7731"); // expect: IOT1001

                    public void ConnectCache()
                    {
                        var redis = new ConfigurationOptions { Password = "password", Ssl = true }; // expect: IOT1002
                        redis.EndPoints.Add("cache.fjord-site.example", 6380);
                        _cache = ConnectionMultiplexer.Connect(redis);
                    }

                    public void Control(int pen, double mgPerL)
                    {
                        if (mgPerL < MinDissolvedOxygen)
                        {
                            Console.WriteLine($"{DoLowAlarm}: pen {pen} at {mgPerL:F1} mg/L, opening {DiffuserValvePin}"); // expect: none
                        }

                        _cache?.GetDatabase().StringSet($"pen:{pen}:do", mgPerL.ToString("F2"));
                        using var db = new NpgsqlConnection(HistorianConnection("oxy_writer"));
                        db.Open();
                    }

                    public void DailyReport()
                    {
                        using var report = new NpgsqlConnection(ReportingConnection);
                        report.Open();
                        Console.WriteLine("Daily oxygen report generated");              // expect: none
                    }
                }
            }
            """);

    // 9. Railway axle counter: an interlocking AMQP password (static readonly), a PFX embedded as base64 and its
    //    password; a reset command under a token's name, section IDs and prose are none.
    [Fact]
    public Task RT86_railway_axle_counter() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography.X509Certificates;
            using Amqp;

            namespace RailOps.AxleCounter
            {
                public sealed class AxleCounterHead
                {
                    private static readonly string InterlockingPassword = "Sleeper&Ballast-318"; // expect: IOT1001
                    private const string PfxBase64 = "MIIKVAIBAzCCChAGCSqGSIb3DQEHAaCCCgEEggpzaw7zGr0D6y0YyGHqfNLc6TmJt9DApQP4iw3EzQlUdD1xzg2DTsUvVLtgerfqrDmFmYehuGu2hrMuxlc="; // expect: IOT1003
                    private const string PfxPassword = "Axle-Pfx-6610";                  // expect: IOT1001
                    private const string ResetToken = "reset";                           // expect: none
                    private const string SectionId = "AC-12-UP";                          // expect: none
                    private int _countIn;
                    private int _countOut;

                    public Address Interlocking() =>
                        new Address("amqp-ixl.rail-ops.example", 5671, "axle-counter-12", InterlockingPassword, "/", "AMQPS"); // expect: none

                    public X509Certificate2 ClientCertificate() =>
                        new X509Certificate2(Convert.FromBase64String(PfxBase64), PfxPassword);

                    public void OnWheel(bool inbound)
                    {
                        if (inbound)
                        {
                            _countIn++;
                        }
                        else
                        {
                            _countOut++;
                        }
                    }

                    public string SectionState()
                    {
                        if (_countIn == _countOut)
                        {
                            return $"Track section {SectionId} clear";                   // expect: none
                        }

                        return $"Track section {SectionId} occupied ({_countIn - _countOut} axles)"; // expect: none
                    }

                    public bool HandleCommand(string command)
                    {
                        if (command == ResetToken && _countIn != _countOut)
                        {
                            Console.WriteLine("Supervised reset requested by signaller"); // expect: none
                            _countIn = _countOut = 0;
                            return true;
                        }

                        return false;
                    }
                }
            }
            """);

    // 10. Hospital bed telemetry: an IoT Hub connection string with a SharedAccessKey, a placeholder FHIR bearer token;
    //     a BLE UUID under a secret's name and LOINC codes are none.
    [Fact]
    public Task RT86_hospital_bed_telemetry() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;

            namespace Ward.BedTelemetry
            {
                public sealed class BedGateway
                {
                    private const string HubConnection = "HostName=ward-telemetry.azure-devices.net;DeviceId=bed-4B-12;SharedAccessKey=yscHjtb9Ub4DxBG1gL2hTdK40WAa4t2BGPzRaHUAlMQ="; // expect: IOT1003
                    private const string FhirToken = "<your-fhir-token>";                   // expect: IOT1006
                    private const string BedAlarmSecret = "0000fff1-0000-1000-8000-00805f9b34fb"; // expect: none
                    private const string HeartRateLoinc = "8867-4";                         // expect: none
                    private const string BedExitText = "Bed exit detected - check patient"; // expect: none
                    private readonly HttpClient _fhir = new HttpClient { BaseAddress = new Uri("https://fhir.hospital.example/r4/") }; // expect: none
                    private DeviceClient? _hub;

                    public void Connect()
                    {
                        _hub = DeviceClient.CreateFromConnectionString(HubConnection, TransportType.Mqtt);
                        _fhir.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", FhirToken);
                        Console.WriteLine($"Bed sensor characteristic {BedAlarmSecret}");  // expect: none
                    }

                    public async Task PostHeartRateAsync(string patientId, int bpm)
                    {
                        string obs = $"{{\"resourceType\":\"Observation\",\"code\":{{\"coding\":[{{\"system\":\"http://loinc.org\",\"code\":\"{HeartRateLoinc}\"}}]}},\"subject\":{{\"reference\":\"Patient/{patientId}\"}},\"valueQuantity\":{{\"value\":{bpm}}}}}"; // expect: none
                        using var content = new StringContent(obs);
                        await _fhir.PostAsync("Observation", content);
                    }

                    public void OnLoadCells(double[] kg)
                    {
                        double total = 0;
                        foreach (var cell in kg)
                        {
                            total += cell;
                        }

                        if (total < 5.0)
                        {
                            Console.WriteLine(BedExitText);
                        }
                    }
                }
            }
            """);

    // 11. Parcel locker: a broker password and a pickup PIN derived from public numbers, a courier master code the team's
    //     code checks; a locker error code and a sensor's GPIO label are none.
    [Fact]
    public Task RT86_parcel_locker() =>
        ExpectComments.AssertAsync("""
            using System;
            using uPLibrary.Networking.M2Mqtt;

            namespace LastMile.Locker
            {
                public sealed class LockerBank
                {
                    private const string CourierMasterCode = "482913";                    // expect: IOT1004
                    private const string LockerErrorCode = "E42";                         // expect: none
                    private const string DoorSensorPin = "GP15";                          // expect: none
                    private const string Broker = "lockers.lastmile.example";             // expect: none
                    private readonly MqttClient _mqtt = new MqttClient(Broker);
                    private readonly bool[] _occupied = new bool[36];

                    public void Connect(string serialNumber)
                    {
                        string brokerPassword = "PL-" + serialNumber.Substring(serialNumber.Length - 6); // expect: IOT1005
                        _mqtt.Connect("locker-" + serialNumber, serialNumber, brokerPassword); // expect: none
                    }

                    public string IssuePickupPin(int lockerNumber)
                    {
                        int pickupPin = (lockerNumber * 7919 + 1303) % 10000;             // expect: IOT1005
                        _occupied[lockerNumber] = true;
                        return pickupPin.ToString("D4");
                    }

                    public bool CourierOpenAll(string entered)
                    {
                        if (entered != CourierMasterCode)
                        {
                            Console.WriteLine($"Courier code rejected ({LockerErrorCode})"); // expect: none
                            return false;
                        }

                        for (int i = 0; i < _occupied.Length; i++)
                        {
                            Console.WriteLine($"Door {i} released (sensor {DoorSensorPin})"); // expect: none
                        }

                        return true;
                    }

                    public int FreeLockers()
                    {
                        int free = 0;
                        foreach (var busy in _occupied)
                        {
                            if (!busy)
                            {
                                free++;
                            }
                        }

                        return free;
                    }
                }
            }
            """);

    // 12. Kiln controller: Basic authentication in a nanoFramework WebServer attribute, an FTP password beside its user,
    //     a DPS primary key written in place; a configuration key and firing prose are none.
    [Fact]
    public Task RT86_kiln_controller() =>
        ExpectComments.AssertAsync(new[] { FluentFtpStub }, """
            using System;
            using FluentFTP;
            using Microsoft.Azure.Devices.Shared;
            using nanoFramework.WebServer;

            namespace Studio.Kiln
            {
                [Authentication("Basic:kiln Glaze-Cone6!")]                               // expect: IOT1001
                public sealed class KilnApi
                {
                    private const string FtpPasswordKey = "ftp.password";                 // expect: none
                    private const string FiringDone = "Cone 6 glaze firing complete";     // expect: none
                    private const string ThermocoupleOpen = "Thermocouple open - element off"; // expect: none
                    private double _setpointC = 20.0;

                    public SecurityProviderSymmetricKey Provisioning(string registrationId) =>
                        new SecurityProviderSymmetricKey(registrationId, "wjY1XQ/I4t8sZUjkFXlkFkv9eiPx0H5fbW3CYbAzNLY=", null); // expect: IOT1003

                    public void UploadFiringLog(string localPath)
                    {
                        using var ftp = new FtpClient("ftp.pottery-studio.example", "kilnlog", "Bisque-0418"); // expect: IOT1001
                        ftp.Connect();
                        ftp.UploadFile(localPath, "/logs/" + DateTime.UtcNow.ToString("yyyyMMdd") + ".csv"); // expect: none
                        Console.WriteLine($"Log uploaded (settings key {FtpPasswordKey})"); // expect: none
                    }

                    public void Step(double thermocoupleC, double minutes, double rampCPerHour, double peakC)
                    {
                        if (double.IsNaN(thermocoupleC))
                        {
                            Console.WriteLine(ThermocoupleOpen);
                            return;
                        }

                        _setpointC = Math.Min(peakC, _setpointC + rampCPerHour * minutes / 60.0);
                        if (_setpointC >= peakC && thermocoupleC >= peakC - 2.0)
                        {
                            Console.WriteLine(FiringDone);
                        }
                    }
                }
            }
            """);

    // 13. Solar tracker: a listed default Wi-Fi key, broker passwords passed by callers to a private helper's
    //     secret-named parameter; model strings, GPIO labels and stow prose are none.
    [Fact]
    public Task RT86_solar_tracker() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            using uPLibrary.Networking.M2Mqtt;

            namespace SolarField.Tracker
            {
                public sealed class TrackerLink
                {
                    private const string SunSpecModel = "SunSpec 701";                    // expect: none
                    private const string EncoderPin = "D5";                               // expect: none
                    private const string StowFormat = "Stow: wind {0:F1} m/s exceeds limit"; // expect: none
                    private readonly MqttClient _client = new MqttClient("scada.solarfield.example"); // expect: none

                    public void Start(bool commissioning)
                    {
                        WifiNetworkHelper.ConnectDhcp("tracker-row-9", "12345678");        // expect: IOT1002
                        if (commissioning)
                        {
                            Join("tracker-commissioning", "Azimuth-Bench-77");            // expect: IOT1001
                        }
                        else
                        {
                            Join("tracker-r9-t04", "Heliostat#Row9-2281");                // expect: IOT1001
                        }
                    }

                    private void Join(string user, string brokerPassword)
                    {
                        _client.Connect("tracker-r9-t04", user, brokerPassword);
                        Console.WriteLine($"Joined as {user}; model {SunSpecModel}, encoder {EncoderPin}"); // expect: none
                    }

                    public double TargetAzimuth(DateTime utc, double latitude)
                    {
                        double hour = utc.Hour + utc.Minute / 60.0;
                        double hourAngle = 15.0 * (hour - 12.0);
                        return 180.0 + hourAngle * Math.Cos(latitude * Math.PI / 180.0);
                    }

                    public bool CheckStow(double windMs)
                    {
                        if (windMs <= 18.0)
                        {
                            return false;
                        }

                        Console.WriteLine(string.Format(StowFormat, windMs));
                        return true;
                    }
                }
            }
            """);

    // 14. E-bike battery logger: a listed default Bluetooth pairing PIN, an InfluxDB token in a constant; an environment
    //     variable's name and cell figures are none.
    [Fact]
    public Task RT86_ebike_battery_logger() =>
        ExpectComments.AssertAsync(new[] { Stubs.Bluetooth32Feet, Stubs.InfluxClient }, """
            using System;
            using InfluxDB.Client;
            using InTheHand.Net;
            using InTheHand.Net.Bluetooth;

            namespace PedalCo.BatteryLogger
            {
                public sealed class BmsLogger
                {
                    private const string InfluxUrl = "https://influx.pedalco.example:8086";  // expect: none
                    private const string InfluxToken = "CwcaFHDX_8e-QoWhXChCIitVPxvPVK_2EwlGluu01JElOkmEmFCNtCCFQD1_zyePvfcf0v_5Pq-FlrQgZeOacg=="; // expect: IOT1001
                    private const string InfluxTokenEnvVar = "INFLUX_TOKEN";              // expect: none
                    private const string BmsAddress = "00:1A:7D:DA:71:13";               // expect: none
                    private const double CellMinVolts = 3.0;
                    private const double CellMaxVolts = 4.2;
                    private InfluxDBClient? _influx;

                    public void Start()
                    {
                        var bms = BluetoothAddress.Parse(BmsAddress);
                        BluetoothSecurity.SetPin(bms, "0000");                            // expect: IOT1002
                        _influx = new InfluxDBClient(InfluxUrl, Environment.GetEnvironmentVariable(InfluxTokenEnvVar) ?? InfluxToken);
                    }

                    public string Summarize(double[] cellVolts)
                    {
                        double min = double.MaxValue, max = double.MinValue, sum = 0;
                        foreach (var v in cellVolts)
                        {
                            min = Math.Min(min, v);
                            max = Math.Max(max, v);
                            sum += v;
                        }

                        string warn = min < CellMinVolts || max > CellMaxVolts ? " OUT OF RANGE" : ""; // expect: none
                        return $"pack={sum:F2}V min={min:F3} max={max:F3} delta={(max - min) * 1000:F0}mV{warn}"; // expect: none
                    }

                    public static int StateOfCharge(double packVolts, int cells)
                    {
                        double perCell = packVolts / cells;
                        double soc = (perCell - CellMinVolts) / (CellMaxVolts - CellMinVolts) * 100.0;
                        return (int)Math.Clamp(soc, 0, 100);
                    }
                }
            }
            """);

    // 15. Smart doorbell: a camera stream URI carrying admin:admin, a Telegram bot token in a URL; chime paths, an
    //     environment variable's name and the visitor message are none.
    [Fact]
    public Task RT86_smart_doorbell() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace HomeEntry.Doorbell
            {
                public sealed class Doorbell
                {
                    private const string CameraStream = "rtsp://admin:admin@192.168.1.50:554/Streaming/Channels/101"; // expect: IOT1002
                    private const string NotifyUrl = "https://api.telegram.org/bot7482913305:AAt_Y1FRFFvPtU1j-mUZ9HtEpCKNvr7WKWK/sendPhoto"; // expect: IOT1003
                    private const string BotTokenEnvVar = "DOORBELL_BOT_TOKEN";           // expect: none
                    private const string ChimeFile = "/sd/chimes/westminster.wav";       // expect: none
                    private const string VisitorText = "Someone is at the front door";   // expect: none
                    private const string MotionTopic = "home/frontdoor/motion";          // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public Uri StreamUri() => new Uri(CameraStream);

                    public async Task RingAsync(string chatId, byte[] snapshotJpeg)
                    {
                        Console.WriteLine($"Playing {Path.GetFileName(ChimeFile)}");       // expect: none
                        using var form = new MultipartFormDataContent();
                        form.Add(new StringContent(chatId), "chat_id");                  // expect: none
                        form.Add(new StringContent(VisitorText), "caption");
                        form.Add(new ByteArrayContent(snapshotJpeg), "photo", "door.jpg"); // expect: none
                        var resp = await _http.PostAsync(NotifyUrl, form);
                        if (!resp.IsSuccessStatusCode)
                        {
                            Console.WriteLine($"Notify failed; set {BotTokenEnvVar} to override"); // expect: none
                        }
                    }

                    public void OnMotion(int pixelsChanged, int threshold)
                    {
                        if (pixelsChanged > threshold)
                        {
                            Console.WriteLine($"{MotionTopic}: {pixelsChanged} px");    // expect: none
                        }
                    }
                }
            }
            """);

    // 16. Venue audio DSP: the team's own session login given a secret-named local and a listed default; a venue API
    //     key written in place at an X-Api-Key header; preset names and a password field's label are none.
    [Fact]
    public Task RT86_venue_audio_dsp() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Sockets;
            using System.Threading.Tasks;

            namespace Venue.AudioDsp
            {
                public sealed class DspSession
                {
                    private readonly TcpClient _tcp = new TcpClient();

                    public void Open(string host) => _tcp.Connect(host, 1702);

                    public void Login(string user, string password)
                    {
                        var writer = new StreamWriter(_tcp.GetStream());
                        writer.WriteLine($"LOGIN {user} {password}");
                        writer.Flush();
                    }

                    public void Recall(string preset)
                    {
                        var writer = new StreamWriter(_tcp.GetStream());
                        writer.WriteLine($"RECALL \"{preset}\"");
                        writer.Flush();
                    }
                }

                public sealed class KaraokeRig
                {
                    private const string DspUser = "engineer";                          // expect: none
                    private const string PasswordLabel = "DSP password";                // expect: none
                    private const string HallPreset = "Hall Reverb 2.4s";               // expect: none
                    private const string BoothPreset = "Booth Dry + Pitch Correct";     // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public void Connect(bool stageRack)
                    {
                        var session = new DspSession();
                        session.Open(stageRack ? "10.20.0.11" : "10.20.0.12");
                        if (stageRack)
                        {
                            string dspPassword = "Falsetto#Mix-804";                     // expect: IOT1004
                            session.Login(DspUser, dspPassword);
                        }
                        else
                        {
                            session.Login(DspUser, "password");                          // expect: IOT1002
                        }

                        session.Recall(stageRack ? HallPreset : BoothPreset);
                        Console.WriteLine($"{PasswordLabel} accepted for {DspUser}");   // expect: none
                    }

                    public async Task ReportSongAsync(string room, string songId)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Post, $"https://api.venuehub.example/rooms/{room}/plays"); // expect: none
                        req.Headers.Add("X-Api-Key", "vh_live_Q3m8Zt6KpW2xR9cLs4Nd");    // expect: IOT1001
                        req.Content = new StringContent($"{{\"song\":\"{songId}\"}}");  // expect: none
                        await _http.SendAsync(req);
                    }

                    public static double MicGainDb(double peakDbfs) => peakDbfs > -6.0 ? -3.0 : 0.0;
                }
            }
            """);

    // 17. Cattle water trough with an ESP AT modem: a Wi-Fi key in AT+CWJAP, an API key concatenated into a URL sent in an
    //     AT command; status queries, RFID tags and alarm labels are none.
    [Fact]
    public Task RT86_cattle_water_trough() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO.Ports;
            using System.Threading;

            namespace Ranch.Trough
            {
                public sealed class TroughNode
                {
                    private const string RanchApiKey = "tr_8Kd2mQ7vZx41Pw";               // expect: IOT1001
                    private const string TroughLowAlarm = "LVL-LOW";                      // expect: none
                    private const string JoinQuery = "AT+CWJAP?";                         // expect: none
                    private readonly SerialPort _esp = new SerialPort("COM3", 115200);
                    private readonly string _troughId;

                    public TroughNode(string troughId) => _troughId = troughId;

                    public void JoinWifi()
                    {
                        _esp.WriteLine("AT+CWMODE=1");                                   // expect: none
                        _esp.WriteLine("AT+CWJAP=\"ranch-ap\",\"Trough!Paddock7\"");     // expect: IOT1001
                        Thread.Sleep(5000);
                        _esp.WriteLine(JoinQuery);
                        Console.WriteLine("Wi-Fi status: " + _esp.ReadLine());          // expect: none
                    }

                    public void Report(double levelPercent, string lastTag)
                    {
                        string url = "https://ranch.example/api/v1/trough?id=" + _troughId + "&level=" + levelPercent.ToString("F1") + "&apikey=" + RanchApiKey; // expect: none
                        _esp.WriteLine("AT+HTTPCLIENT=2,0,\"" + url + "\",,,1");          // expect: none
                        if (levelPercent < 20.0)
                        {
                            Console.WriteLine($"{TroughLowAlarm}: trough {_troughId} at {levelPercent:F0}%"); // expect: none
                        }

                        Console.WriteLine($"Last animal at trough: tag {lastTag}");     // expect: none
                    }

                    public static bool IsValidTag(string tag) =>
                        tag.Length == 15 && tag.StartsWith("982", StringComparison.Ordinal); // expect: none
                }
            }
            """);

    // 18. Greenhouse CO2 doser, MQTTnet v3: a settings dictionary (target-typed new) whose broker password entry is looked up
    //     at the sink and whose Wi-Fi PSK is a listed default; host, user, set point and a valve pin are none.
    [Fact]
    public Task RT86_greenhouse_co2_doser() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using MQTTnet.Client.Options;
            using nanoFramework.Networking;

            namespace Growers.Co2Doser
            {
                public sealed class Co2Doser
                {
                    private static readonly Dictionary<string, string> Settings = new()
                    {
                        ["mqtt.host"] = "gh-broker.growers.example",                     // expect: none
                        ["mqtt.user"] = "co2-doser-3",                                   // expect: none
                        ["mqtt.password"] = "Tomato#Vine5512",                           // expect: IOT1001
                        ["wifi.ssid"] = "greenhouse-3",                                  // expect: none
                        ["wifi.psk"] = "changeme",                                       // expect: IOT1002
                        ["co2.target.ppm"] = "900",                                      // expect: none
                        ["co2.valve.pin"] = "GP15",                                      // expect: none
                    };

                    private bool _valveOpen;

                    public MqttClientOptionsBuilder Start()
                    {
                        WifiNetworkHelper.ConnectDhcp(Settings["wifi.ssid"], Settings["wifi.psk"]);
                        return new MqttClientOptionsBuilder()
                            .WithTcpServer(Settings["mqtt.host"], 1883)
                            .WithCredentials(Settings["mqtt.user"], Settings["mqtt.password"]);
                    }

                    public void Regulate(int ppm, bool ventsOpen)
                    {
                        int target = int.Parse(Settings["co2.target.ppm"]);
                        bool open = !ventsOpen && ppm < target - 50;
                        if (open != _valveOpen)
                        {
                            _valveOpen = open;
                            Console.WriteLine($"CO2 valve on {Settings["co2.valve.pin"]} {(open ? "open" : "closed")} at {ppm} ppm"); // expect: none
                        }
                    }

                    public static double DailyKg(double litresPerMinute, double minutesOpen) =>
                        litresPerMinute * minutesOpen * 1.98 / 1000.0;
                }
            }
            """);

    // 19. Ferry ticket gate: a SQL Server connection string with a password handed to the team's own store, a turnstile
    //     override code the team's code checks; a fake ticket secret for the self-test and a QR key from the environment are none.
    [Fact]
    public Task RT86_ferry_ticket_gate() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;

            namespace Harbour.FerryGate
            {
                public sealed class TicketStore
                {
                    private readonly string _connectionString;

                    public TicketStore(string connectionString) => _connectionString = connectionString;

                    public bool MarkBoarded(string ticketId) => ticketId.Length > 0 && _connectionString.Length > 0;
                }

                public sealed class TicketGate
                {
                    private const string GateDb = "Server=tcp:ferry-ops.database.example,1433;Database=ticketing;User ID=gate_rw;Password=Wake&Hull2290;Encrypt=True"; // expect: IOT1001
                    private const string TurnstileOverrideCode = "7731";                  // expect: IOT1004
                    private const string FakeTicketSecret = "test-secret-123";            // expect: none
                    private const string QrPrefix = "FRY1:";                              // expect: none
                    private const string BoardingClosed = "Boarding closed for this sailing"; // expect: none
                    private readonly TicketStore _store = new TicketStore(GateDb);
                    private readonly byte[] _qrKey = Encoding.UTF8.GetBytes(Environment.GetEnvironmentVariable("FERRY_QR_KEY") ?? string.Empty); // expect: none

                    public bool Scan(string qr, bool departed)
                    {
                        if (departed)
                        {
                            Console.WriteLine(BoardingClosed);
                            return false;
                        }

                        if (!qr.StartsWith(QrPrefix, StringComparison.Ordinal))
                        {
                            return false;
                        }

                        string[] parts = qr.Substring(QrPrefix.Length).Split('.');
                        using var hmac = new HMACSHA256(_qrKey);
                        string expected = Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(parts[0])));
                        return parts.Length == 2 && expected == parts[1] && _store.MarkBoarded(parts[0]);
                    }

                    public bool Override(string typedCode) => typedCode == TurnstileOverrideCode;

                    public bool SelfTest()
                    {
                        return !Scan(QrPrefix + "T-0001." + FakeTicketSecret, false);    // expect: none
                    }
                }
            }
            """);

    // 20. Lab freezer alarm: an SMTP password from another class, a placeholder SMS token given to a target-typed
    //     NetworkCredential, an API key that repeats its holder's name; alarm text and a configuration key are none.
    // Fixed (was a defect): line 17 (File0), const PagerApiKey = "PagerApiKey" repeats its holder's name and reaches req.Headers.Add("X-API-Key", PagerApiKey): IOT1006 expected by IOT1006.md ("a value that repeats its holder's ... name whatever its shape"), nothing reported.
    [Fact]
    public Task RT86_lab_freezer_alarm() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Mail;
            using System.Threading.Tasks;

            namespace BioLab.FreezerAlarm
            {
                internal static class AlertSecrets
                {
                    public const string SmtpPassword = "Cryo!Box-8812";                   // expect: IOT1001
                    public const string SmtpPasswordKey = "Alerts:Smtp:Password";         // expect: none
                }

                public sealed class FreezerMonitor
                {
                    private const string PagerApiKey = "PagerApiKey";                     // expect: IOT1006
                    private const double AlarmThresholdC = -70.0;
                    private const string DoorOpenText = "ULT-80 freezer door open";       // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public void EmailAlarm(string freezer, double celsius)
                    {
                        using var smtp = new SmtpClient("smtp.lab.example", 587) { EnableSsl = true }; // expect: none
                        smtp.Credentials = new NetworkCredential("freezer-alarm@lab.example", AlertSecrets.SmtpPassword);
                        smtp.Send("freezer-alarm@lab.example", "oncall@lab.example", $"{freezer} at {celsius:F1} C", DoorOpenText); // expect: none
                    }

                    public async Task SmsAsync(string to, string text)
                    {
                        NetworkCredential sms = new("AC5f2d8e91c4b7a3d60e1f9c2b8a7d4e3f", "YOUR_AUTH_TOKEN"); // expect: IOT1006
                        using var handler = new HttpClientHandler { Credentials = sms };
                        using var client = new HttpClient(handler);
                        await client.PostAsync("https://sms.example/2010-04-01/Messages.json", new StringContent($"To={to}&Body={Uri.EscapeDataString(text)}")); // expect: none
                    }

                    public async Task PageAsync(string freezer, double celsius)
                    {
                        if (celsius < AlarmThresholdC)
                        {
                            return;
                        }

                        using var req = new HttpRequestMessage(HttpMethod.Post, "https://pager.example/v2/enqueue"); // expect: none
                        req.Headers.Add("X-API-Key", PagerApiKey);
                        req.Content = new StringContent($"{{\"summary\":\"{freezer} warming: {celsius:F1} C\"}}"); // expect: none
                        await _http.SendAsync(req);
                        Console.WriteLine($"Paged on-call; settings key {AlertSecrets.SmtpPasswordKey}"); // expect: none
                    }
                }
            }
            """);
}
