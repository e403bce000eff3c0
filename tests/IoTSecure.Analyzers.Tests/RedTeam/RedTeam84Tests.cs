using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 84: an independent precision/recall sample of unseen device code (irrigation, cold-chain reefers, wind
/// turbine SCADA, chlorine dosing, DALI streetlights, an infusion pump FHIR gateway, an OctoPrint farm, a robot mower,
/// a smart fridge, a baby monitor, a garage door opener, a pool controller, an RFID livestock reader, ski-lift sensors,
/// a level crossing, air quality, a LoRaWAN noise monitor, a signage player, Wiegand access and a print server).
/// Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam84Tests
{
    private const string SshNetStub = """
        namespace Renci.SshNet
        {
            public interface IPrivateKeySource { }
            public abstract class ForwardedPort { public void Start() { } }
            public class ForwardedPortRemote : ForwardedPort
            {
                public ForwardedPortRemote(string boundHost, uint boundPort, string host, uint port) { }
            }
            public class PrivateKeyFile : IPrivateKeySource
            {
                public PrivateKeyFile(System.IO.Stream privateKey) { }
                public PrivateKeyFile(System.IO.Stream privateKey, string passPhrase) { }
                public PrivateKeyFile(string fileName, string passPhrase) { }
            }
            public abstract class BaseClient : System.IDisposable
            {
                public void Connect() { }
                public void Disconnect() { }
                public void Dispose() { }
            }
            public class SshClient : BaseClient
            {
                public SshClient(string host, int port, string username, string password) { }
                public SshClient(string host, string username, string password) { }
                public SshClient(string host, int port, string username, params IPrivateKeySource[] keyFiles) { }
                public SshClient(string host, string username, params IPrivateKeySource[] keyFiles) { }
                public void AddForwardedPort(ForwardedPort port) { }
            }
            public class SftpClient : BaseClient
            {
                public SftpClient(string host, int port, string username, string password) { }
                public SftpClient(string host, string username, string password) { }
                public void UploadFile(System.IO.Stream input, string path, System.Action<ulong> uploadCallback = null) { }
            }
        }
        """;

    private const string FluentFtpStub = """
        namespace FluentFTP
        {
            public enum FtpRemoteExists { Skip, Overwrite }
            public enum FtpStatus { Failed, Success, Skipped }
            public class FtpConfig { }
            public class FtpClient : System.IDisposable
            {
                public FtpClient() { }
                public FtpClient(string host, string user, string pass, int port = 0, FtpConfig config = null) { }
                public FtpClient(string host, System.Net.NetworkCredential credentials, int port = 0, FtpConfig config = null) { }
                public void Connect() { }
                public FtpStatus UploadFile(string localPath, string remotePath, FtpRemoteExists existsMode = FtpRemoteExists.Overwrite, bool createRemoteDir = false) => FtpStatus.Success;
                public void Dispose() { }
            }
        }
        """;

    private const string RedisStub = Stubs.Redis;

    private const string LoRaModemStub = """
        namespace Seeed.Wio.E5
        {
            public class WioE5Modem
            {
                public WioE5Modem(string portName) { }
                public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => true;
                public void SendUplink(byte port, byte[] payload) { }
            }
        }
        """;

    // 1. Irrigation zone controller, nanoFramework: Wi-Fi key and broker password from a Secrets class reach their sinks.
    [Fact]
    public Task RT84_irrigation_zone_controller() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Threading;
            using nanoFramework.Networking;
            using nanoFramework.M2Mqtt;

            namespace Agri.ZoneController
            {
                internal static class FieldSecrets
                {
                    public const string FieldSsid = "agri-zone-ap";                       // expect: none
                    public const string FieldWifiKey = "Furrow-Drip-4417!";               // expect: IOT1001
                    public static readonly string BrokerUser = "zone-ctl-07";             // expect: none
                    public static readonly string BrokerPassword = "vK8#tz2Qm@Lr";        // expect: IOT1001
                    public const string SpareWifiKey = "<your-wifi-password>";            // expect: none
                }

                public class IrrigationController
                {
                    private const string BrokerHost = "mqtt.agri-ops.example.net";        // expect: none
                    private const string ValveTopic = "farm/zone07/valve/+/set";          // expect: none
                    private const string MoistureTopic = "farm/zone07/soil/moisture";     // expect: none
                    private const string PasswordPrompt = "Enter controller password:";   // expect: none
                    private const string SchedulerToken = "cron";                         // expect: IOT1004
                    private readonly MqttClient _mqtt = new MqttClient(BrokerHost);
                    private readonly int[] _valvePins = { 12, 13, 14, 27 };
                    private int _cycleSeconds = 900;

                    public void Start()
                    {
                        bool ok = WifiNetworkHelper.ConnectDhcp(FieldSecrets.FieldSsid, FieldSecrets.FieldWifiKey, requiresDateTime: true); // expect: none
                        if (!ok)
                        {
                            Console.WriteLine("Wi-Fi join failed, retrying in 30 s");    // expect: none
                            return;
                        }

                        _mqtt.Connect("zone-ctl-07", FieldSecrets.BrokerUser, FieldSecrets.BrokerPassword); // expect: none
                        Console.WriteLine($"Subscribed to {ValveTopic}; {PasswordPrompt.Length} {SchedulerToken}"); // expect: none
                    }

                    public void RunCycle(int zone, double moisturePercent)
                    {
                        if (zone < 0 || zone >= _valvePins.Length)
                        {
                            return;
                        }

                        if (moisturePercent < 22.5)
                        {
                            Console.WriteLine($"Zone {zone}: opening valve on GPIO {_valvePins[zone]} for {_cycleSeconds} s"); // expect: none
                            Thread.Sleep(_cycleSeconds * 1000);
                        }

                        Console.WriteLine(MoistureTopic + " " + moisturePercent.ToString("F1")); // expect: none
                    }
                }
            }
            """);

    // 2. Cold-chain reefer logger: SIM PIN in a constant and an APN password in a Quectel command; the operator's
    //    published APN login, status queries and replies are none.
    [Fact]
    public Task RT84_cold_chain_reefer_modem() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO.Ports;
            using System.Threading;

            namespace ColdChain.Reefer
            {
                public sealed class ReeferModem
                {
                    private const string SimPin = "4821";                                 // expect: IOT1001
                    private const string CheckSimPin = "AT+CPIN?";                        // expect: none
                    private const string SimPinReady = "+CPIN: READY";                    // expect: none
                    private const string Apn = "iot.fleetcarrier.example";                // expect: none
                    private const double MaxCargoCelsius = 5.0;
                    private readonly SerialPort _port = new SerialPort("/dev/ttyUSB2", 115200); // expect: none

                    public void Bringup()
                    {
                        _port.WriteLine(CheckSimPin);
                        string reply = _port.ReadLine();
                        if (!reply.Contains(SimPinReady))
                        {
                            _port.WriteLine($"AT+CPIN=\"{SimPin}\"");                      // expect: none
                            Thread.Sleep(2000);
                        }

                        _port.WriteLine($"AT+QICSGP=1,1,\"{Apn}\",\"reefer-unit\",\"Tq7vLm2xR9\",1"); // expect: IOT1001
                        _port.WriteLine("AT+CGAUTH=2,1,\"web\",\"web\"");                  // expect: none
                        _port.WriteLine("AT+QIACT=1");                                    // expect: none
                        _port.WriteLine("AT+QGPS=1");                                     // expect: none
                    }

                    public void Report(double cargoCelsius, double doorOpenSeconds)
                    {
                        string line = $"$REEFER,{cargoCelsius:F2},{doorOpenSeconds:F0}";  // expect: none
                        if (cargoCelsius > MaxCargoCelsius)
                        {
                            line += ",EXCURSION";                                         // expect: none
                        }

                        _port.WriteLine("AT+QISEND=0," + line.Length);                    // expect: none
                        _port.Write(line);
                    }
                }
            }
            """);

    // 3. Wind turbine SCADA: historian password in a PostgreSQL connection string, SNMP agent communities (public is a
    //    listed default) and a manager's community with a written fallback.
    [Fact]
    public Task RT84_wind_turbine_scada() =>
        ExpectComments.AssertAsync(new[] { Stubs.Npgsql, Stubs.SharpSnmpMessaging }, """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;
            using Lextm.SharpSnmpLib.Pipeline;
            using Npgsql;

            namespace Turbine.Scada
            {
                public class NacelleHistorian
                {
                    private const string Host = "historian.windpark.local";              // expect: none
                    private const string HistorianPassword = "Gust#Rotor2291";            // expect: IOT1001
                    private static readonly string ConnectionString =
                        $"Host={Host};Port=5432;Database=scada;Username=turbine_rw;Password={HistorianPassword};SSL Mode=Require"; // expect: none
                    private const ushort RotorRpmRegister = 30001;                        // expect: none
                    private const ushort PitchAngleRegister = 30007;                      // expect: none
                    private const string YawOid = "1.3.6.1.4.1.54021.2.4.1";              // expect: none
                    private static readonly string ReadCommunity =
                        Environment.GetEnvironmentVariable("SCADA_SNMP_RO") ?? "public";  // expect: IOT1002

                    public IMembershipProvider AgentMembership()
                    {
                        var readOnly = new OctetString("public");                        // expect: IOT1002
                        var readWrite = new OctetString("Nacelle-rw-73x");                // expect: IOT1001
                        return new Version2MembershipProvider(readOnly, readWrite);
                    }

                    public void StoreSample(double rpm, double pitch)
                    {
                        using var db = new NpgsqlConnection(ConnectionString);
                        db.Open();
                        Console.WriteLine($"rpm={rpm:F1} (reg {RotorRpmRegister}) pitch={pitch:F2} (reg {PitchAngleRegister})"); // expect: none
                    }

                    public IList<Variable> PollYaw(IPAddress converter)
                    {
                        var vars = new List<Variable> { new Variable(new ObjectIdentifier(YawOid)) };
                        return Messenger.Get(VersionCode.V2, new IPEndPoint(converter, 161), new OctetString(ReadCommunity), vars, 2000);
                    }
                }
            }
            """);

    // 4. Chlorine dosing telemetry: a plant API key at an X-API-Key header named by a constant, a placeholder fallback
    //    for a LIMS token, an alarm code and prose.
    [Fact]
    public Task RT84_chlorine_dosing_telemetry() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;

            namespace AquaTreat.Dosing
            {
                public sealed class DosingTelemetry
                {
                    private const string DosingAlarmCode = "CL2-HIGH";                    // expect: none
                    private const string ApiKeyHeaderName = "X-API-Key";                  // expect: none
                    private static readonly string PlantApiKey = "wtp_live_9fQ2cR7vX4kL8mN1pS6tY3zB"; // expect: IOT1001
                    private const string LimsToken = "YOUR_LIMS_TOKEN";                   // expect: IOT1006
                    private const string TokenExpiredMessage = "Token expired, sign in again."; // expect: none
                    private readonly HttpClient _http = new HttpClient { BaseAddress = new Uri("https://scada-cloud.example.org/") }; // expect: none

                    public async Task PushAsync(double freeChlorineMgL, double ph, bool alarm)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Post, "api/v2/dosing/readings"); // expect: none
                        req.Headers.Add(ApiKeyHeaderName, PlantApiKey);
                        string body = $"{{\"cl2\":{freeChlorineMgL:F2},\"ph\":{ph:F2},\"alarm\":\"{(alarm ? DosingAlarmCode : "OK")}\"}}"; // expect: none
                        req.Content = new StringContent(body, Encoding.UTF8, "application/json"); // expect: none
                        var resp = await _http.SendAsync(req);
                        if ((int)resp.StatusCode == 401)
                        {
                            Console.WriteLine(TokenExpiredMessage);
                        }
                    }

                    public async Task SendLabSampleAsync(string sampleId)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Put, $"https://lims.example.org/samples/{sampleId}"); // expect: none
                        req.Headers.Add("X-Auth-Token", Environment.GetEnvironmentVariable("LIMS_TOKEN") ?? LimsToken); // expect: none
                        await _http.SendAsync(req);
                    }

                    public static double DoseMlPerMinute(double flowM3h, double targetMgL, double stockPercent) =>
                        flowM3h * targetMgL / (stockPercent * 10.0) * 1000.0 / 60.0;
                }
            }
            """);

    // 5. DALI streetlight node: broker profiles as records chosen by a condition; a frame key that reaches no key API.
    [Fact]
    public Task RT84_dali_streetlight_node() =>
        ExpectComments.AssertAsync("""
            using System;
            using MQTTnet.Client;

            namespace CityLights.Dali
            {
                public sealed record BrokerProfile(string Host, int Port, string User, string Password);

                public class StreetlightNode
                {
                    private static readonly BrokerProfile Production =
                        new("mqtt.citylights.example", 8883, "lamp-ctrl-0412", "Dali!Lumen-5520"); // expect: IOT1001
                    private static readonly BrokerProfile Bench =
                        new("localhost", 1883, "bench", Environment.GetEnvironmentVariable("BENCH_MQTT_PASS") ?? string.Empty); // expect: none
                    private static readonly byte[] DaliFrameKey = { 0x8A, 0x1C, 0xEB, 0xF1, 0x1E, 0x9F, 0x52, 0x2E, 0xFD, 0x7B, 0xA5, 0xB6, 0x33, 0xCB, 0x38, 0xBF }; // expect: IOT1004
                    private static readonly byte[] GroupAddresses = { 0x80, 0x82, 0x84, 0x86 }; // expect: none
                    private const byte DaliRecallMaxLevel = 0x05;                         // expect: none
                    private const string DimTopic = "city/lights/segment-12/dim";         // expect: none

                    public MqttClientOptions Options(bool useBench)
                    {
                        var profile = useBench ? Bench : Production;
                        return new MqttClientOptionsBuilder()
                            .WithTcpServer(profile.Host, profile.Port)
                            .WithCredentials(profile.User, profile.Password)
                            .WithClientId("lamp-ctrl-0412")                                // expect: none
                            .Build();
                    }

                    public byte[] ObfuscateFrame(byte address, byte level)
                    {
                        var frame = new byte[] { address, level };
                        for (int i = 0; i < frame.Length; i++)
                        {
                            frame[i] ^= DaliFrameKey[i % DaliFrameKey.Length];
                        }

                        return frame;
                    }

                    public string Describe(int level) => $"{DimTopic}: level {level} (recall {DaliRecallMaxLevel}, groups {GroupAddresses.Length})"; // expect: none
                }
            }
            """);

    // 6. Infusion pump FHIR gateway: a JWT bearer token, an OAuth client secret in a form body, HL7 and FHIR strings.
    [Fact]
    public Task RT84_infusion_pump_fhir_gateway() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace Ward.InfusionGateway
            {
                public sealed class FhirUplink
                {
                    private const string FhirBase = "https://fhir.hospital.example/r4/";  // expect: none
                    private const string TokenUrl = "https://auth.hospital.example/oauth2/token"; // expect: none
                    private const string ServiceAccessToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI3YzFmMGU0YTliMmQ0ZTIxYTZmM2M4ZDk1ZTBiN2ExNCIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoyMDgyNzU4NDAwfQ.M-bMAlnD4U-Re6hQNB___DAtfrtlG2_EfgywZ0bbshI"; // expect: IOT1003
                    private const string PatientIdSystem = "urn:oid:2.16.840.1.113883.2.4.6.3"; // expect: none
                    private const string Hl7Header = "MSH|^~\\&|PUMPGW|WARD3|EHR|HOSP|{0}||ORU^R01|{1}|P|2.6"; // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public async Task<string> FetchTokenAsync()
                    {
                        var form = new FormUrlEncodedContent(new Dictionary<string, string>
                        {
                            ["grant_type"] = "client_credentials",                        // expect: none
                            ["client_id"] = "pump-gw-ward3",                              // expect: none
                            ["client_secret"] = "Qm4rT9vZ2xLp7Wc1Hs8Kd3Nf",               // expect: IOT1001
                            ["scope"] = "system/Observation.write",                       // expect: none
                        });
                        var resp = await _http.PostAsync(TokenUrl, form);
                        return await resp.Content.ReadAsStringAsync();
                    }

                    public async Task PostRateAsync(string patientId, double mlPerHour)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Post, FhirBase + "Observation");
                        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ServiceAccessToken);
                        string json = $"{{\"resourceType\":\"Observation\",\"subject\":{{\"identifier\":{{\"system\":\"{PatientIdSystem}\",\"value\":\"{patientId}\"}}}},\"valueQuantity\":{{\"value\":{mlPerHour},\"unit\":\"mL/h\"}}}}"; // expect: none
                        req.Content = new StringContent(json);
                        await _http.SendAsync(req);
                    }

                    public string Hl7(string controlId) => string.Format(Hl7Header, DateTime.UtcNow.ToString("yyyyMMddHHmmss"), controlId);
                }
            }
            """);

    // 7. OctoPrint print farm: a table of per-printer API keys looked up at the X-Api-Key header; one entry is a
    //    template; G-code, API paths and a file hash are none.
    // Relabelled (session decision, now in IOT1001's page): the table is looked up at two X-Api-Key sinks (StartJobAsync
    // and PreheatAsync), and a literal reaching two sinks gives one finding at each sink ("A literal that reaches two sinks
    // ... gives one finding at each"). Red team 84 had labelled one per literal.
    [Fact]
    public Task RT84_octoprint_farm() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;

            namespace PrintFarm.Orchestrator
            {
                public sealed class OctoPrintFleet
                {
                    private static readonly Dictionary<string, string> PrinterKeys = new()
                    {
                        ["prusa-01"] = "B3F1C0E9A7D24C58A1E6F3B97D20C4E1",               // expect: IOT1001 IOT1001
                        ["prusa-02"] = "5E8A2D4F7C1B49E0B6A3D9F28C7E1A04",               // expect: IOT1001 IOT1001
                        ["ender-03"] = "REPLACE_WITH_OCTOPRINT_KEY",                      // expect: IOT1006 IOT1006
                    };

                    private static readonly Dictionary<string, string> PrinterHosts = new()
                    {
                        ["prusa-01"] = "http://10.20.0.11",                               // expect: none
                        ["prusa-02"] = "http://10.20.0.12",                               // expect: none
                        ["ender-03"] = "http://10.20.0.13",                               // expect: none
                    };

                    private const string PreheatGcode = "M104 S215\nM140 S60";            // expect: none
                    private const string LastJobSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"; // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public async Task StartJobAsync(string printer)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Post, PrinterHosts[printer] + "/api/job"); // expect: none
                        req.Headers.Add("X-Api-Key", PrinterKeys[printer]);
                        req.Content = new StringContent("{\"command\":\"start\"}", Encoding.UTF8, "application/json"); // expect: none
                        await _http.SendAsync(req);
                    }

                    public async Task PreheatAsync(string printer)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Post, PrinterHosts[printer] + "/api/printer/command");
                        req.Headers.Add("X-Api-Key", PrinterKeys[printer]);
                        req.Content = new StringContent($"{{\"commands\":[\"{PreheatGcode.Replace("\n", "\",\"")}\"]}}"); // expect: none
                        await _http.SendAsync(req);
                    }

                    public bool SameJob(string sha) => sha == LastJobSha256;
                }
            }
            """);

    // 8. Robot lawn mower on Meadow: per-site passphrases by a switch expression (one a listed default) and a soft-AP
    //    password made from the serial number.
    [Fact]
    public Task RT84_robot_mower_meadow() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Threading.Tasks;
            using Meadow.Hardware;

            namespace Verdant.Mower
            {
                public sealed class MowerConnectivity
                {
                    private const int BladeMotorPin = 5;                                  // expect: none
                    private const double MaxSlopeDegrees = 24.0;
                    private readonly IWiFiNetworkAdapter _wifi;

                    public MowerConnectivity(IWiFiNetworkAdapter wifi) => _wifi = wifi;

                    public async Task JoinAsync(string site)
                    {
                        string ssid = site switch
                        {
                            "north-paddock" => "NP-Sheds",                                // expect: none
                            "rectory" => "Rectory-Garden",                                // expect: none
                            _ => Environment.GetEnvironmentVariable("MOWER_SSID") ?? "mower", // expect: none
                        };
                        string passphrase = site switch
                        {
                            "north-paddock" => "Clover7-Mulch-Rake",                      // expect: IOT1001
                            "rectory" => "changeme",                                      // expect: IOT1002
                            _ => Environment.GetEnvironmentVariable("MOWER_WIFI") ?? string.Empty, // expect: none
                        };
                        await _wifi.Connect(ssid, passphrase, TimeSpan.FromSeconds(45));
                    }

                    public WirelessAPConfiguration PairingHotspot(string serialNumber)
                    {
                        string apPassword = "Mower-" + serialNumber.Substring(serialNumber.Length - 6); // expect: IOT1005
                        return new WirelessAPConfiguration { Ssid = "Verdant-" + serialNumber, Password = apPassword }; // expect: none
                    }

                    public bool TooSteep(double pitch, double roll) =>
                        Math.Abs(pitch) > MaxSlopeDegrees || Math.Abs(roll) > MaxSlopeDegrees || BladeMotorPin < 0;
                }
            }
            """);

    // 9. Smart fridge: a Home Assistant long-lived token (a JWT) and configuration written as JSON text in code; a YAML
    //    `!secret` reference is none.
    [Fact]
    public Task RT84_smart_fridge_home_assistant() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace Kitchen.Fridge
            {
                public sealed class FridgeHub
                {
                    private const string HaBase = "http://homeassistant.local:8123/api/states/"; // expect: none
                    private const string HaLongLivedToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI4ZDNhYjE5YzQ2ZTc0ZjBhOWIyYzdkNWUxZjNhNjBiOCIsImlhdCI6MTc2NzIyNTYwMCwiZXhwIjoyMDgyNzU4NDAwfQ.u2N8qVx3R0kL9mZtP4sY7wB1cH6jD5fG0aE3iK2oQ8U"; // expect: IOT1003
                    private const string DefaultConfigJson = "{\"wifi\":{\"ssid\":\"kitchen-iot\",\"password\":\"Frost-Pantry-318\"},\"mqtt\":{\"topic\":\"fridge/state\"}}"; // expect: IOT1001
                    private const string EsphomeYaml = "wifi:\n  ssid: kitchen-iot\n  password: !secret wifi_password\n"; // expect: none
                    private const string DoorOpenNotice = "Fridge door open for more than two minutes"; // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public void WriteFactoryConfig(string dir)
                    {
                        File.WriteAllText(Path.Combine(dir, "config.json"), DefaultConfigJson); // expect: none
                        File.WriteAllText(Path.Combine(dir, "fridge.yaml"), EsphomeYaml);       // expect: none
                    }

                    public async Task PublishAsync(double celsius, bool doorOpen)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Post, HaBase + "sensor.fridge_temperature"); // expect: none
                        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", HaLongLivedToken);
                        req.Content = new StringContent($"{{\"state\":\"{celsius:F1}\",\"attributes\":{{\"unit_of_measurement\":\"°C\"}}}}"); // expect: none
                        await _http.SendAsync(req);
                        if (doorOpen)
                        {
                            await _http.PostAsync(HaBase + "binary_sensor.fridge_door", new StringContent(DoorOpenNotice));
                        }
                    }
                }
            }
            """);

    // 10. Baby monitor: an RTSP URL with a password in its user information, a BLE passkey made from the MAC; UUIDs,
    //     an ONVIF profile handle and prose are none.
    [Fact]
    public Task RT84_baby_monitor() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Linq;
            using System.Net.NetworkInformation;

            namespace Nursery.Monitor
            {
                public sealed class NurseryCam
                {
                    private const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
                    private const string ServiceUuid = "6E400001-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
                    private const string CryAlert = "Baby is crying in the nursery";      // expect: none
                    private const double CryThresholdDb = 62.0;

                    public Uri StreamUri() => new Uri("rtsp://nursery:Lull4by-93xQ@192.168.1.40:554/stream1"); // expect: IOT1001

                    public string ProfileFor(int channel)
                    {
                        var token = "MediaProfile00000";                                  // expect: none
                        return channel == 0 ? token : "MediaProfile0000" + channel;       // expect: none
                    }

                    public uint PairingPasskey()
                    {
                        byte[] mac = NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress().GetAddressBytes();
                        uint passkey = (uint)((mac[3] << 16) | (mac[4] << 8) | mac[5]) % 1000000; // expect: IOT1005
                        return passkey;
                    }

                    public string? Check(double levelDb) => levelDb > CryThresholdDb ? CryAlert : null;

                    public string Describe() => $"{ServiceUuid}/{PasswordCharacteristicUuid}"; // expect: none
                }
            }
            """);

    // 11. Garage door opener: an access code in the team's constant compared with the keypad entry (IOT1004), a keypad
    //     PIN compared with a listed default (IOT1002); GPIO pins and fault codes are none.
    [Fact]
    public Task RT84_garage_door_opener() =>
        ExpectComments.AssertAsync("""
            using System;

            namespace HomeGarage.Opener
            {
                public sealed class GarageKeypad
                {
                    private const string GarageOpenCode = "482913";                       // expect: IOT1004
                    private const int KeypadLedPin = 14;                                  // expect: none
                    private const int RelayPin = 26;                                      // expect: none
                    private const string DoorFaultCode = "E7";                            // expect: none
                    private const string DoorTopic = "garage/door/state";                 // expect: none
                    private int _failedAttempts;

                    public bool TryOpen(string enteredCode, string keypadPin)
                    {
                        if (_failedAttempts >= 5)
                        {
                            Console.WriteLine("Keypad locked for 10 minutes");            // expect: none
                            return false;
                        }

                        if (enteredCode == GarageOpenCode)
                        {
                            Pulse(RelayPin);
                            return true;
                        }

                        if (keypadPin == "1234")                                          // expect: IOT1002
                        {
                            Pulse(RelayPin);
                            return true;
                        }

                        _failedAttempts++;
                        Console.WriteLine($"{DoorTopic}: {DoorFaultCode}");
                        return false;
                    }

                    private static void Pulse(int gpio) => Console.WriteLine($"pulse GPIO{gpio} 400 ms, LED {KeypadLedPin}"); // expect: none
                }
            }
            """);

    // 12. Pool controller driving Tasmota plugs over HTTP: user/password in the cmnd query (one a listed default).
    [Fact]
    public Task RT84_pool_controller_tasmota() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace Backyard.Pool
            {
                public sealed class PoolController
                {
                    private const string PumpPlugHost = "192.168.4.21";                  // expect: none
                    private const string PumpPlugPassword = "Chl0r1ne!Pool";              // expect: IOT1001
                    private const double TargetPh = 7.4;
                    private const double HeaterSetpointC = 28.0;
                    private readonly HttpClient _http = new HttpClient();

                    public Task<string> PumpOnAsync() =>
                        _http.GetStringAsync($"http://{PumpPlugHost}/cm?user=admin&password={PumpPlugPassword}&cmnd=Power%20On"); // expect: none

                    public Task<string> LightsOffAsync() =>
                        _http.GetStringAsync("http://192.168.4.22/cm?user=admin&password=admin&cmnd=Power%20Off"); // expect: IOT1002

                    public Task<string> StatusAsync(string host) =>
                        _http.GetStringAsync($"http://{host}/cm?cmnd=Status%208");       // expect: none

                    public async Task HeaterAsync(double waterC)
                    {
                        var handler = new HttpClientHandler
                        {
                            Credentials = new NetworkCredential("admin", Environment.GetEnvironmentVariable("POOL_HEATER_PASS")), // expect: none
                        };
                        using var heater = new HttpClient(handler);
                        string cmd = waterC < HeaterSetpointC ? "Power%20On" : "Power%20Off"; // expect: none
                        await heater.GetStringAsync($"http://192.168.4.23/cm?cmnd={cmd}");
                    }

                    public double AcidDoseMl(double ph, double litres) => ph > TargetPh ? (ph - TargetPh) * litres * 0.012 : 0;
                }
            }
            """);

    // 13. RFID livestock reader on RS-485 with a Redis tag cache: the Redis password set on the library's options.
    [Fact]
    public Task RT84_livestock_rfid_reader() =>
        ExpectComments.AssertAsync(new[] { RedisStub, Stubs.SerialPorts }, """
            using System;
            using System.IO.Ports;
            using StackExchange.Redis;

            namespace Dairy.RfidGate
            {
                public sealed class RaceReader
                {
                    private const byte ModbusReadHolding = 0x03;                          // expect: none
                    private const ushort TagBufferRegister = 0x0100;                      // expect: none
                    private const ushort ReaderPasswordRegister = 0x0040;                 // expect: none
                    private const string TagCachePrefix = "rfid:tag:";                    // expect: none
                    private const string SampleEid = "982 000123456789";                  // expect: none
                    private readonly SerialPort _rs485 = new SerialPort("/dev/ttyS1", 9600);
                    private readonly ConnectionMultiplexer _redis;

                    public RaceReader()
                    {
                        var options = new ConfigurationOptions
                        {
                            User = "race-reader",                                         // expect: none
                            Password = "Herd-Tag-Cache-81",                               // expect: IOT1001
                            Ssl = true,
                        };
                        options.EndPoints.Add("redis.dairy.local:6380");                  // expect: none
                        _redis = ConnectionMultiplexer.Connect(options);
                    }

                    public void Poll(byte slave)
                    {
                        byte[] frame = { slave, ModbusReadHolding, (byte)(TagBufferRegister >> 8), (byte)(TagBufferRegister & 0xFF), 0x00, 0x08 };
                        _rs485.Write(frame, 0, frame.Length);
                        string eid = _rs485.ReadLine()?.Trim() ?? SampleEid;
                        _redis.GetDatabase().StringSet(TagCachePrefix + eid, DateTime.UtcNow.ToString("O")); // expect: none
                        Console.WriteLine($"reg {ReaderPasswordRegister:X4} not read");   // expect: none
                    }
                }
            }
            """);

    // 14. Ski-lift sensors: an SSH reverse tunnel with a password and an embedded EC private key, and a Balena API key.
    [Fact]
    public Task RT84_ski_lift_tunnel() =>
        ExpectComments.AssertAsync(new[] { SshNetStub }, """
            using System;
            using System.IO;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using Renci.SshNet;

            namespace Alpine.LiftSensors
            {
                public sealed class LiftUplink
                {
                    private const string TunnelHost = "tunnel.liftops.example";          // expect: none
                    private const string TunnelPassword = "Piste#Gondola-6620";            // expect: IOT1001
                    private const string TunnelKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBr+oS856s9yc2W2oG6gEhW/lMgx/V2Pi+xUmlOGqe2BoAoGCCqGSM49\nAwEHoUQDQgAEaSIKOt/nVLehG7Q+v5iPtT8uL/+K2J5045UeSZIv7o8grxOLjXxk\nyAjyMIfuy7wbV3PWRJ4JRo1ckgRCvhE2/g==\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
                    private const string BalenaApiKey = "sssYVGTZnQf0RMTpdOamJV9FYKLT1CLV"; // expect: IOT1001
                    private const string VibrationTopic = "lift/chair/12/vibration";     // expect: none
                    private const double WindStopMs = 18.0;

                    public SshClient OpenTunnel(bool useKey)
                    {
                        SshClient client = useKey
                            ? new SshClient(TunnelHost, 22, "lift-tunnel", new PrivateKeyFile(new MemoryStream(Encoding.ASCII.GetBytes(TunnelKeyPem))))
                            : new SshClient(TunnelHost, 22, "lift-tunnel", TunnelPassword);
                        client.Connect();
                        var forward = new ForwardedPortRemote("127.0.0.1", 2222, "localhost", 22); // expect: none
                        client.AddForwardedPort(forward);
                        forward.Start();
                        return client;
                    }

                    public HttpRequestMessage Heartbeat(string deviceUuid)
                    {
                        var req = new HttpRequestMessage(HttpMethod.Patch, $"https://api.balena-cloud.com/v6/device(uuid='{deviceUuid}')"); // expect: none
                        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BalenaApiKey);
                        return req;
                    }

                    public bool MustStop(double windMs) => windMs >= WindStopMs;

                    public string Topic() => VibrationTopic;
                }
            }
            """);

    // 15. Railway level crossing: a RADIUS shared secret as an HMAC-MD5 key (IOT1003), a WireGuard private key written
    //     into a config file (IOT1004, reaches no catalogued API); the peer's public key and states are none.
    [Fact]
    public Task RT84_level_crossing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;

            namespace Rail.LevelCrossing
            {
                public sealed class CrossingController
                {
                    private static readonly byte[] RadiusSecret = Encoding.ASCII.GetBytes("Xing-Barrier-7731"); // expect: IOT1003
                    private const string WgPrivateKey = "X15zaK5Msz8u4Goc7OWFXtpZgBJUw7R/+y3DeDsXP30="; // expect: IOT1004
                    private const string WgPeerPublicKey = "YqCoHkfqe4ELoK174vR/FSkBnh9/1SxFl5jPvxX9ksc="; // expect: none
                    private const string BarrierDown = "BARRIER_DOWN";                    // expect: none
                    private const int WarningSeconds = 25;
                    private const ushort AxleCounterRegister = 40021;                     // expect: none

                    public byte[] MessageAuthenticator(byte[] packet)
                    {
                        using var hmac = new HMACMD5(RadiusSecret);
                        return hmac.ComputeHash(packet);
                    }

                    public void WriteTunnelConfig(string path, string endpoint)
                    {
                        string conf = $"[Interface]\nPrivateKey = {WgPrivateKey}\nAddress = 10.66.0.14/32\n\n[Peer]\nPublicKey = {WgPeerPublicKey}\nEndpoint = {endpoint}:51820\nAllowedIPs = 10.66.0.0/24\n"; // expect: none
                        File.WriteAllText(path, conf);
                    }

                    public string State(int axlesIn, int axlesOut, int secondsSinceStrike)
                    {
                        if (axlesIn != axlesOut || secondsSinceStrike < WarningSeconds)
                        {
                            return BarrierDown;
                        }

                        return "BARRIER_UP";                                              // expect: none
                    }

                    public string Describe() => $"axle counter @ {AxleCounterRegister}";
                }
            }
            """);

    // 16. Air quality station: a PurpleAir read key (UUID-shaped, as PurpleAir issues them) in a query, a ThingSpeak
    //     write URL with a template key sent as written, Sensor.Community headers (X-Pin is a sensor type) are none.
    [Fact]
    public Task RT84_air_quality_station() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace CleanAir.Station
            {
                public sealed class AirUploader
                {
                    private const string PurpleAirReadKey = "5E1C2A9B-7D44-11EE-B962-42010A800119"; // expect: IOT1001
                    private const string ThingSpeakUrl = "https://api.thingspeak.com/update?api_key=YOUR_WRITE_API_KEY"; // expect: IOT1006
                    private const string SensorCommunityUrl = "https://api.sensor.community/v1/push-sensor-data/"; // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public Task<string> NeighbourAsync(int sensorIndex) =>
                        _http.GetStringAsync($"https://api.purpleair.com/v1/sensors/{sensorIndex}?api_key={PurpleAirReadKey}&fields=pm2.5_atm"); // expect: none

                    public async Task PushAsync(string chipId, double pm25, double pm10)
                    {
                        using var req = new HttpRequestMessage(HttpMethod.Post, SensorCommunityUrl);
                        req.Headers.Add("X-Sensor", "esp8266-" + chipId);                 // expect: none
                        req.Headers.Add("X-Pin", "1");                                    // expect: none
                        req.Content = new StringContent($"{{\"software_version\":\"cleanair-2.1\",\"sensordatavalues\":[{{\"value_type\":\"P1\",\"value\":\"{pm10}\"}},{{\"value_type\":\"P2\",\"value\":\"{pm25}\"}}]}}"); // expect: none
                        await _http.SendAsync(req);
                        await _http.GetStringAsync(ThingSpeakUrl + $"&field1={pm25}&field2={pm10}");
                    }

                    public static string Aqi(double pm25) => pm25 switch
                    {
                        < 12.1 => "Good",                                                 // expect: none
                        < 35.5 => "Moderate",                                             // expect: none
                        _ => "Unhealthy",                                                 // expect: none
                    };
                }
            }
            """);

    // 17. LoRaWAN noise monitor: an AppKey from hex text at the modem's appKey (IOT1003), a TTN API key in a bearer header
    //     (IOT1001); the EUIs and a NIST test vector under a test vector's name are none.
    [Fact]
    public Task RT84_lorawan_noise_monitor() =>
        ExpectComments.AssertAsync(new[] { LoRaModemStub }, """
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Security.Cryptography;
            using Seeed.Wio.E5;

            namespace Civic.NoiseMonitor
            {
                public sealed class NoiseNode
                {
                    private const string DevEuiHex = "70B3D57ED0065A21";                  // expect: none
                    private const string JoinEuiHex = "0000000000000000";                 // expect: none
                    private const string AppKeyHex = "DFD993BBEBB96309CE3A04E72C1C8806";  // expect: IOT1003
                    private const string Sp800TestVectorKeyHex = "2B7E151628AED2A6ABF7158809CF4F3C"; // expect: none
                    private const string TtnApiKey = "NNSXS.RM3YED1CFYUGB593F2JSDTWF4KMTHPPRBTRNTSK6Q5Y9DVWWDXLK.Q7ZPW3MXK2LB9TCRHV5N8DYGF4JSA6EUKQ1OX0IZ7NB3MRWTCPLY"; // expect: IOT1001
                    private const double LimitDbA = 65.0;
                    private readonly WioE5Modem _modem = new WioE5Modem("/dev/ttyAMA0"); // expect: none

                    public bool Join() =>
                        _modem.JoinOtaa(Convert.FromHexString(DevEuiHex), Convert.FromHexString(JoinEuiHex), Convert.FromHexString(AppKeyHex));

                    public bool SelfTest()
                    {
                        using var aes = Aes.Create();
                        aes.Key = Convert.FromHexString(Sp800TestVectorKeyHex);
                        byte[] block = aes.EncryptEcb(new byte[16], PaddingMode.None);
                        return block.Length == 16;
                    }

                    public HttpRequestMessage Downlink(string deviceId, byte[] payload)
                    {
                        var req = new HttpRequestMessage(HttpMethod.Post, $"https://eu1.cloud.thethings.network/api/v3/as/applications/noise-city/devices/{deviceId}/down/push"); // expect: none
                        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TtnApiKey);
                        req.Content = new StringContent($"{{\"downlinks\":[{{\"f_port\":2,\"frm_payload\":\"{Convert.ToBase64String(payload)}\"}}]}}"); // expect: none
                        return req;
                    }

                    public void Report(double leqDbA) => _modem.SendUplink(1, new[] { (byte)Math.Min(255, leqDbA * 2), (byte)(leqDbA > LimitDbA ? 1 : 0) });
                }
            }
            """);

    // 18. Digital signage player: FluentFTP login with a written password, SFTP with a bench placeholder, playlists and
    //     checksums none.
    [Fact]
    public Task RT84_signage_player_ftp() =>
        ExpectComments.AssertAsync(new[] { FluentFtpStub, SshNetStub }, """
            using System;
            using System.IO;
            using FluentFTP;
            using Renci.SshNet;

            namespace Lobby.Signage
            {
                public sealed class ContentSync
                {
                    private const string CdnHost = "ftp.signage-cdn.example";             // expect: none
                    private const string PlaylistPath = "/content/playlists/lobby.m3u";   // expect: none
                    private const string ProofOfPlayPath = "/pop/{0:yyyyMMdd}/player-114.csv"; // expect: none
                    private const string ExpectedPlaylistSha1 = "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"; // expect: none

                    public void PullPlaylist(string localDir)
                    {
                        using var ftp = new FtpClient(CdnHost, "player-114", "Kiosk!Loop-2048"); // expect: IOT1001
                        ftp.Connect();
                        ftp.UploadFile(Path.Combine(localDir, "status.txt"), "/status/player-114.txt"); // expect: none
                    }

                    public void UploadProofOfPlay(Stream csv, bool bench)
                    {
                        string sftpPassword = bench
                            ? "<sftp-password>"                                           // expect: IOT1006
                            : Environment.GetEnvironmentVariable("SIGNAGE_SFTP_PASSWORD") ?? string.Empty; // expect: none
                        using var sftp = new SftpClient("sftp.signage-cdn.example", "player-114", sftpPassword); // expect: none
                        sftp.Connect();
                        sftp.UploadFile(csv, string.Format(ProofOfPlayPath, DateTime.UtcNow));
                    }

                    public bool PlaylistIntact(string sha1Hex) =>
                        string.Equals(sha1Hex, ExpectedPlaylistSha1, StringComparison.OrdinalIgnoreCase) && PlaylistPath.Length > 0;
                }
            }
            """);

    // 19. Wiegand building access: a factory login table with a Mirai pair, an admin password that is a listed default,
    //     a duress PIN compared by the team's code; a Node-RED bcrypt hash, facility codes and captions are none.
    // Was a defect (red team 84), fixed: expected no finding at line 22 (Node-RED adminAuth written as JSON text, whose "password" holds a bcrypt
    // hash, "$2b$08$...", the stored verifier Node-RED requires, not the password); actual: IOT1001 at line 22. Cause:
    // configuration written as JSON text in code is judged as the pack gate judges a shipped file, and a value under a
    // "password" key is taken for a password without recognising a crypt(3)/bcrypt hash shape ($2a$/$2b$/$2y$, cost,
    // 53 characters of bcrypt base64). The other findings of this file are right.
    [Fact]
    public Task RT84_wiegand_building_access() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Linq;

            namespace Facility.Access
            {
                internal static class Strings
                {
                    public const string AdminPinCaption = "Administrator PIN";            // expect: none
                    public const string DeniedMessage = "Access denied, please contact reception."; // expect: none
                }

                public sealed class DoorController
                {
                    private static readonly (string User, string Password)[] FactoryLogins =
                    {
                        ("root", "vizxv"),                                                // expect: IOT1002 IOT1002
                    };

                    private const string AdminPassword = "admin";                         // expect: IOT1002
                    private const string DuressPin = "9731";                              // expect: IOT1004
                    private const int FacilityCode = 118;                                 // expect: none
                    private const string NodeRedAdminAuth = "{\"type\":\"credentials\",\"users\":[{\"username\":\"ops\",\"password\":\"$2b$08$zZWtXTja0fB1pzD4sHCMyOCMYz2Z6dNbM6tl8sJogENOMcxWV9DN.\",\"permissions\":\"*\"}]}"; // expect: none
                    private const int DoorStrikePin = 21;                                 // expect: none

                    public bool MaintenanceLogin(string user, string password) =>
                        FactoryLogins.Any(l => l.User == user && l.Password == password) || password == AdminPassword;

                    public string OnCard(ulong wiegand26, string keypadEntry)
                    {
                        int facility = (int)((wiegand26 >> 17) & 0xFF);
                        int card = (int)((wiegand26 >> 1) & 0xFFFF);
                        if (keypadEntry == DuressPin)
                        {
                            return $"DURESS card={card}";                                 // expect: none
                        }

                        return facility == FacilityCode ? $"GRANT strike GPIO{DoorStrikePin}" : Strings.DeniedMessage; // expect: none
                    }

                    public string AdminAuthJson() => NodeRedAdminAuth + Strings.AdminPinCaption;
                }
            }
            """);

    // 20. Print server: an SNMP manager's "private" community (IOT1002), an IPP Basic login built in code (IOT1001);
    //     Printer-MIB OIDs and a log line mentioning the public community are none.
    [Fact]
    public Task RT84_print_server() =>
        ExpectComments.AssertAsync(new[] { Stubs.SharpSnmpMessaging }, """
            using System;
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            using Lextm.SharpSnmpLib;
            using Lextm.SharpSnmpLib.Messaging;

            namespace Office.PrintServer
            {
                public sealed class SupplyMonitor
                {
                    private const string TonerLevelOid = "1.3.6.1.2.1.43.11.1.1.9.1.1";  // expect: none
                    private const string PageCountOid = "1.3.6.1.2.1.43.10.2.1.4.1.1";   // expect: none
                    private const string RefusedNotice = "Agent refused the read-only community 'public'; check the ACL."; // expect: none
                    private readonly HttpClient _http = new HttpClient();

                    public IList<Variable> ReadSupplies(IPAddress printer)
                    {
                        var vars = new List<Variable> { new Variable(new ObjectIdentifier(TonerLevelOid)), new Variable(new ObjectIdentifier(PageCountOid)) };
                        try
                        {
                            return Messenger.Get(VersionCode.V2, new IPEndPoint(printer, 161), new OctetString("private"), vars, 3000); // expect: IOT1002
                        }
                        catch (Exception)
                        {
                            Console.WriteLine(RefusedNotice);
                            return vars;
                        }
                    }

                    public async Task<bool> SubmitJobAsync(string queueUrl, byte[] ippRequest)
                    {
                        string login = Convert.ToBase64String(Encoding.UTF8.GetBytes("spooler:Pr1nt-Qu3ue!")); // expect: IOT1001
                        using var req = new HttpRequestMessage(HttpMethod.Post, queueUrl);
                        req.Headers.Authorization = new AuthenticationHeaderValue("Basic", login);
                        req.Content = new ByteArrayContent(ippRequest);
                        req.Content.Headers.ContentType = new MediaTypeHeaderValue("application/ipp"); // expect: none
                        var resp = await _http.SendAsync(req);
                        return resp.IsSuccessStatusCode;
                    }
                }
            }
            """);
}
