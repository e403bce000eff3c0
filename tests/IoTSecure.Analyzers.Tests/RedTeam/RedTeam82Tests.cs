using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 82: an independent precision/recall sample of unseen device code (EV chargers, solar inverters, weather
/// stations, LoRaWAN parking sensors, Zigbee gateways, alarm panels, IP cameras, PLCs, fleet trackers, vending machines,
/// drone ground stations, smart locks, BACnet HVAC, DLMS meters, elevators, beehive scales, aquariums, AWS/GCP/Particle
/// clouds, CAN diagnostics). Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam82Tests
{
    private const string LoRaModemStub = """
        namespace LoRaWan.Rak3172
        {
            public enum Region { EU868, US915 }
            public class Rak3172Modem
            {
                public Rak3172Modem(string portName, Region region) { }
                public bool JoinOtaa(byte[] devEui, byte[] joinEui, byte[] appKey) => true;
                public bool ActivateAbp(uint devAddr, byte[] nwkSKey, byte[] appSKey) => true;
                public void Send(byte port, byte[] payload, bool confirmed) { }
            }
        }
        """;

    private const string ZigbeeStub = """
        namespace ZigBeeNet.Coordinator
        {
            public class ZigBeeCoordinator
            {
                public ZigBeeCoordinator(string serialPort, int baudRate) { }
                public bool FormNetwork(ushort panId, ulong extendedPanId, byte[] networkKey) => true;
                public void PermitJoin(byte seconds) { }
            }
        }
        """;

    private const string OpcUaS7Stub = """
        namespace Opc.Ua
        {
            public interface IUserIdentity { }
            public class UserIdentity : IUserIdentity
            {
                public UserIdentity() { }
                public UserIdentity(string username, string password) { }
            }
            public class NodeId { public NodeId(string text) { } public static NodeId Parse(string text) => new NodeId(text); }
        }
        namespace S7.Net
        {
            public enum CpuType { S71200 = 30, S71500 = 40 }
            public class Plc
            {
                public Plc(CpuType cpu, string ip, short rack, short slot) { }
                public void Open() { }
                public object Read(string variable) => 0;
                public void Write(string variable, object value) { }
            }
        }
        """;

    private const string BacnetStub = """
        namespace System.IO.BACnet
        {
            public enum BacnetAddressTypes { None, IP }
            public enum BacnetReinitializedStates : uint { BACNET_REINIT_COLDSTART = 0, BACNET_REINIT_WARMSTART = 1 }
            public class BacnetAddress { public BacnetAddress(BacnetAddressTypes type, string s) { } }
            public class BacnetIpUdpProtocolTransport { public BacnetIpUdpProtocolTransport(int port, bool useExclusivePort = false) { } }
            public class BacnetClient
            {
                public BacnetClient(BacnetIpUdpProtocolTransport transport, int timeout = 1000, int retries = 3) { }
                public void Start() { }
                public bool DeviceCommunicationControlRequest(BacnetAddress adr, uint timeDuration, uint enable_disable, string password, byte invoke_id = 0) => true;
                public bool ReinitializeRequest(BacnetAddress adr, BacnetReinitializedStates state, string password, byte invoke_id = 0) => true;
            }
        }
        """;

    private const string GuruxStub = """
        namespace Gurux.DLMS.Enums
        {
            public enum Authentication { None, Low, High, HighGMAC }
            public enum InterfaceType { HDLC, WRAPPER }
        }
        namespace Gurux.DLMS
        {
            public class GXDLMSClient
            {
                public GXDLMSClient(bool useLogicalNameReferencing, int clientAddress, int serverAddress, Gurux.DLMS.Enums.Authentication forAuthentication, string password, Gurux.DLMS.Enums.InterfaceType interfaceType) { }
                public byte[][] SNRMRequest() => new byte[0][];
                public byte[][] AARQRequest() => new byte[0][];
            }
        }
        """;

    private const string RedisStub = Stubs.Redis;

    // OCPP 1.6J charge point, security profile 1: the AuthorizationKey in a record built in a static field reaches a
    // Basic header through SetRequestHeader (IOT1001); URLs, vendor strings, OCPP frames and an env read are none.
    // Was a defect (red team 82), fixed: expected IOT1001 at the AuthorizationKey literal (line 16 of the source); actual: no finding. Cause (narrowed
    // by variants): a record's member read through a method parameter (`OpenAsync(ChargePointIdentity cp)` called with the
    // static readonly `Site`) is followed to the caller's positional argument at a direct sink (`new NetworkCredential(cp.Id,
    // cp.AuthorizationKey)` is found), and a Basic login built from `Site.AuthorizationKey` read in place is found, but a
    // Basic login built in code from the parameter's member (`Convert.ToBase64String(Encoding.ASCII.GetBytes($"{cp.Id}:
    // {cp.AuthorizationKey}"))` given to `ClientWebSocketOptions.SetRequestHeader("Authorization", "Basic " + ...)`, in a
    // local or inline) is not followed to the callers' objects.
    [Fact]
    public Task RT82_ocpp_ev_charger() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;

            namespace VoltLane.ChargePoint
            {
                public sealed record ChargePointIdentity(string Id, string CsmsUrl, string AuthorizationKey);

                public static class ChargePointConfig
                {
                    public const string SubProtocol = "ocpp1.6"; // expect: none
                    public const string Vendor = "VoltLane"; // expect: none
                    public const string Model = "VL-22-AC"; // expect: none
                    public static readonly ChargePointIdentity Site = new("CP-0042", "wss://csms.voltlane.example/ocpp", "7Jq2vX9mTr4kLp0WzB3n"); // expect: IOT1001
                    public const string BootReason = "PowerUp"; // expect: none
                }

                public sealed class OcppConnection : IAsyncDisposable
                {
                    private readonly ClientWebSocket _socket = new();
                    private int _messageId;

                    public async Task OpenAsync(ChargePointIdentity cp, CancellationToken ct)
                    {
                        _socket.Options.AddSubProtocol(ChargePointConfig.SubProtocol);
                        var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{cp.Id}:{cp.AuthorizationKey}"));
                        _socket.Options.SetRequestHeader("Authorization", "Basic " + basic); // expect: none
                        await _socket.ConnectAsync(new Uri($"{cp.CsmsUrl}/{cp.Id}"), ct);
                        await SendCallAsync("BootNotification", $"{{\"chargePointVendor\":\"{ChargePointConfig.Vendor}\",\"chargePointModel\":\"{ChargePointConfig.Model}\"}}", ct); // expect: none
                    }

                    public Task AuthorizeAsync(string idTag, CancellationToken ct) =>
                        SendCallAsync("Authorize", $"{{\"idTag\":\"{idTag}\"}}", ct); // expect: none

                    public Task HeartbeatAsync(CancellationToken ct) => SendCallAsync("Heartbeat", "{}", ct);

                    public Task AcknowledgeKeyRotationAsync(CancellationToken ct) =>
                        SendCallAsync("DataTransfer", "{\"vendorId\":\"VoltLane\",\"messageId\":\"AuthorizationKeyRotated\"}", ct); // expect: none

                    private async Task SendCallAsync(string action, string payload, CancellationToken ct)
                    {
                        var id = Interlocked.Increment(ref _messageId).ToString();
                        var frame = $"[2,\"{id}\",\"{action}\",{payload}]";
                        await _socket.SendAsync(new ArraySegment<byte>(Encoding.UTF8.GetBytes(frame)), WebSocketMessageType.Text, true, ct);
                    }

                    public ValueTask DisposeAsync() { _socket.Dispose(); return ValueTask.CompletedTask; }
                }

                public static class Program
                {
                    public static async Task Main()
                    {
                        await using var conn = new OcppConnection();
                        var bench = Environment.GetEnvironmentVariable("OCPP_BENCH") == "1";
                        var identity = bench
                            ? new ChargePointIdentity("CP-BENCH", "ws://localhost:9000/ocpp", Environment.GetEnvironmentVariable("OCPP_AUTH_KEY") ?? "") // expect: none
                            : ChargePointConfig.Site;
                        await conn.OpenAsync(identity, CancellationToken.None);
                        Console.WriteLine($"Boot reason {ChargePointConfig.BootReason}, waiting for RemoteStartTransaction"); // expect: none
                        await conn.HeartbeatAsync(CancellationToken.None);
                    }
                }
            }
            """);

    // SunSpec/Modbus TCP inverter poller writing to InfluxDB 2: the write token at InfluxDBClient(url, token) is IOT1001;
    // the register map, SunSpec marker, Modbus frames, org/bucket and an env-read password are none.
    [Fact]
    public Task RT82_sunspec_inverter_influx() =>
        ExpectComments.AssertAsync(new[] { Stubs.InfluxClient }, """
            using System;
            using System.Collections.Generic;
            using System.Net.Sockets;
            using InfluxDB.Client;

            namespace Rooftop.SunSpec
            {
                internal static class SunSpecMap
                {
                    public const uint Marker = 0x53756E53; // "SunS" // expect: none
                    public const ushort BaseRegister = 40000;
                    public const ushort InverterModelId = 103;
                    public static readonly Dictionary<string, ushort> Registers = new()
                    {
                        ["AC_Power"] = 40083, // expect: none
                        ["AC_Energy_WH"] = 40093, // expect: none
                        ["DC_Voltage"] = 40098,
                        ["Status"] = 40107,
                    };
                }

                internal sealed class InfluxSink
                {
                    private const string Url = "http://10.1.4.20:8086"; // expect: none
                    private const string Org = "rooftop"; // expect: none
                    private const string Bucket = "inverter_1m"; // expect: none
                    private const string WriteToken = "e5QL42dBTXmINaQQLJ5A6Uwvz6BS2Wyexb32sMcWBj5DY4DQyXOxp8tcxa5LgCLHI3DqXuruitWti66+62O4wg=="; // expect: IOT1001
                    private readonly InfluxDBClient _client = new(Url, WriteToken);
                    private readonly InfluxDBClient _archive = new("http://archive.rooftop.lan:8086", "telegraf", Environment.GetEnvironmentVariable("INFLUX_ARCHIVE_PASSWORD") ?? string.Empty); // expect: none

                    public string LineFor(string field, double value) =>
                        $"inverter,site=rooftop,bucket={Bucket},org={Org} {field}={value:F1}"; // expect: none
                }

                public sealed class ModbusPoller
                {
                    private readonly TcpClient _tcp = new();
                    private ushort _transaction;

                    public void Connect(string host) => _tcp.Connect(host, 502);

                    public byte[] ReadHolding(ushort register, ushort count)
                    {
                        _transaction++;
                        var frame = new byte[] { (byte)(_transaction >> 8), (byte)_transaction, 0x00, 0x00, 0x00, 0x06, 0x01, 0x03, (byte)(register >> 8), (byte)register, (byte)(count >> 8), (byte)count }; // expect: none
                        _tcp.GetStream().Write(frame, 0, frame.Length);
                        var reply = new byte[9 + count * 2];
                        _tcp.GetStream().Read(reply, 0, reply.Length);
                        return reply;
                    }

                    public bool IsSunSpec()
                    {
                        var r = ReadHolding(SunSpecMap.BaseRegister, 2);
                        uint marker = (uint)(r[9] << 24 | r[10] << 16 | r[11] << 8 | r[12]);
                        return marker == SunSpecMap.Marker;
                    }
                }
            }
            """);

    // Weather station uploader: an OpenWeatherMap appid through string.Format (IOT1001), a Weather Underground station
    // key in PASSWORD= (IOT1001), a WeatherLink placeholder api-key (IOT1006), a hotspot password from the serial (IOT1005).
    [Fact]
    public Task RT82_weather_station_uploader() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Globalization;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace RooftopWeather
            {
                internal static class StationKeys
                {
                    public const string OwmApiKey = "3f9c1d7a62b84e05a9d2c7e1f04b8a63"; // expect: IOT1001
                    public const string WuStationId = "KWAOLYMP214"; // expect: none
                    public const string WuStationKey = "Hx7pQ2mc"; // expect: IOT1001
                    public const string WeatherLinkApiKey = "YOUR_WEATHERLINK_API_KEY"; // expect: IOT1006
                    public const string UserAgent = "RooftopWeather/2.3 (+https://github.com/rooftop/weather)"; // expect: none
                }

                public sealed class Uploader
                {
                    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(15) };
                    private readonly string _serialNumber;

                    public Uploader(string serialNumber) => _serialNumber = serialNumber;

                    public Task<string> ForecastAsync(double lat, double lon)
                    {
                        var query = string.Format(CultureInfo.InvariantCulture, "lat={0:F4}&lon={1:F4}&units=metric&appid={2}", lat, lon, StationKeys.OwmApiKey); // expect: none
                        return Http.GetStringAsync("https://api.openweathermap.org/data/2.5/forecast?" + query);
                    }

                    public async Task PushWundergroundAsync(double tempF, double humidity, double baromIn)
                    {
                        var url = "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php" + // expect: none
                            $"?ID={StationKeys.WuStationId}&PASSWORD={StationKeys.WuStationKey}&dateutc=now" +
                            $"&tempf={tempF.ToString("F1", CultureInfo.InvariantCulture)}&humidity={humidity:F0}&baromin={baromIn:F2}&action=updateraw";
                        using var resp = await Http.GetAsync(url);
                        Console.WriteLine($"WU upload for {StationKeys.WuStationId}: {(int)resp.StatusCode}"); // expect: none
                    }

                    public Task<string> WeatherLinkCurrentAsync(int stationId) =>
                        Http.GetStringAsync($"https://api.weatherlink.com/v2/current/{stationId}?api-key={StationKeys.WeatherLinkApiKey}");

                    public void StartHotspot(Action<string, string> startAccessPoint)
                    {
                        var hotspotPassword = "WX-" + _serialNumber.Substring(_serialNumber.Length - 6); // expect: IOT1005
                        startAccessPoint("RooftopWX-Setup", hotspotPassword); // expect: none
                    }

                    public static string PressureTrend(double delta) => delta switch
                    {
                        > 1.5 => "Rising quickly", // expect: none
                        < -1.5 => "Falling quickly", // expect: none
                        _ => "Steady",
                    };
                }
            }
            """);

    // LoRaWAN parking bay sensor: the OTAA AppKey as hex text (IOT1003) and the ABP NwkSKey as a byte array (IOT1003) at
    // the modem's key parameters; DevEUI/JoinEUI, DevAddr and a counting bench AppSKey are none, the production AppSKey
    // chosen beside it is IOT1003.
    [Fact]
    public Task RT82_lorawan_parking_sensor() =>
        ExpectComments.AssertAsync(new[] { LoRaModemStub }, """
            using System;
            using LoRaWan.Rak3172;

            namespace BayWatch.Sensor
            {
                internal static class LoRaKeys
                {
                    public const string DevEuiHex = "70B3D57ED005A1C2"; // expect: none
                    public const string JoinEuiHex = "0000000000000000"; // expect: none
                    public const string AppKeyHex = "A78453C849D44D53BDC6769B54CD1481"; // expect: IOT1003
                    public const uint DevAddr = 0x260B4F1C; // expect: none
                    public static readonly byte[] NwkSKey = { 0x63, 0xDA, 0x61, 0x6F, 0xAB, 0x95, 0x27, 0x9F, 0x8E, 0x87, 0x7E, 0x03, 0x9A, 0xA1, 0xCB, 0x53 }; // expect: IOT1003
                    public static readonly byte[] BenchAppSKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none
                }

                public sealed class BaySensor
                {
                    private readonly Rak3172Modem _modem = new("/dev/ttyS1", Region.EU868); // expect: none
                    private const byte StatusPort = 2;

                    public bool Join(bool abp, bool bench)
                    {
                        if (!abp)
                        {
                            return _modem.JoinOtaa(Convert.FromHexString(LoRaKeys.DevEuiHex), Convert.FromHexString(LoRaKeys.JoinEuiHex), Convert.FromHexString(LoRaKeys.AppKeyHex));
                        }
                        byte[] appSKey = bench ? LoRaKeys.BenchAppSKey : Convert.FromHexString("5C1E9B27D04A83F6E2B1790C4D8A35EF"); // expect: IOT1003
                        return _modem.ActivateAbp(LoRaKeys.DevAddr, LoRaKeys.NwkSKey, appSKey);
                    }

                    public void Report(bool occupied, int magnetometerDelta, int batteryMv)
                    {
                        var payload = new byte[] { (byte)(occupied ? 1 : 0), (byte)(magnetometerDelta >> 8), (byte)magnetometerDelta, (byte)(batteryMv / 20) }; // expect: none
                        _modem.Send(StatusPort, payload, confirmed: false);
                        Console.WriteLine($"bay {(occupied ? "occupied" : "free")} dB={magnetometerDelta} vbat={batteryMv}mV"); // expect: none
                    }
                }
            }
            """);

    // Zigbee coordinator gateway: the network key as hex text at FormNetwork(networkKey) (IOT1003); the MQTT bridge
    // password under a "mqtt.password" settings key (IOT1001); PAN ids, serial port, topics and friendly names are none.
    [Fact]
    public Task RT82_zigbee_gateway() =>
        ExpectComments.AssertAsync(new[] { ZigbeeStub }, """
            using System;
            using System.Collections.Generic;
            using MQTTnet;
            using ZigBeeNet.Coordinator;

            namespace HearthHub.Zigbee
            {
                public sealed class GatewaySettings
                {
                    public static readonly Dictionary<string, string> Defaults = new()
                    {
                        ["serial.port"] = "/dev/ttyACM0", // expect: none
                        ["mqtt.host"] = "192.168.1.5", // expect: none
                        ["mqtt.user"] = "z2m", // expect: none
                        ["mqtt.password"] = "Zb!9fQ2-hemlock", // expect: IOT1001
                        ["mqtt.base_topic"] = "zigbee2mqtt", // expect: none
                        ["frontend.auth_token_header"] = "X-Frontend-Token", // expect: none
                    };
                }

                public sealed class Coordinator
                {
                    private const ushort PanId = 0x1A62; // expect: none
                    private const ulong ExtendedPanId = 0xDDDDDDDDDDDDDDDD; // expect: none
                    private readonly ZigBeeCoordinator _stick = new(GatewaySettings.Defaults["serial.port"], 115200);
                    private readonly Dictionary<string, string> _friendlyNames = new() { ["0x00158d0001a2b3c4"] = "hallway_motion", ["0x00124b0014d9e8f7"] = "kitchen_plug" }; // expect: none

                    public bool Form()
                    {
                        var formed = _stick.FormNetwork(PanId, ExtendedPanId, Convert.FromHexString("3F8A1C5E7B2D9046A1E3C5F7092B4D6E")); // expect: IOT1003
                        _stick.PermitJoin(0);
                        return formed;
                    }

                    public MqttClientOptions BridgeOptions(Dictionary<string, string> settings) =>
                        new MqttClientOptionsBuilder()
                            .WithTcpServer(settings["mqtt.host"])
                            .WithCredentials(settings["mqtt.user"], settings["mqtt.password"])
                            .Build();

                    public string TopicFor(string ieee) =>
                        $"{GatewaySettings.Defaults["mqtt.base_topic"]}/{(_friendlyNames.TryGetValue(ieee, out var name) ? name : ieee)}"; // expect: none
                }
            }
            """);

    // Alarm panel keypad: master and duress codes compared by the team's own code (IOT1004 each), the installer code
    // "1234" (IOT1002); a door fault code, a buzzer GPIO, prompts and zone names are none.
    [Fact]
    public Task RT82_alarm_panel_keypad() =>
        ExpectComments.AssertAsync("""
            using System;

            namespace Sentinel.Panel
            {
                internal static class PanelCodes
                {
                    public const string MasterCode = "4826"; // expect: IOT1004
                    public const string DuressCode = "4827"; // expect: IOT1004
                    public const string InstallerCode = "1234"; // expect: IOT1002
                    public const string DoorFaultCode = "E12"; // expect: none
                    public const int KeypadBuzzerPin = 17; // expect: none
                    public static readonly string[] ZoneNames = { "Front door", "Garage", "Hall PIR", "Back door" }; // expect: none
                }

                public enum ArmState { Disarmed, ArmedAway, ArmedStay, Silent, Programming }

                public sealed class Keypad
                {
                    private ArmState _state = ArmState.ArmedAway;
                    private int _badAttempts;

                    public string Prompt => _state == ArmState.Disarmed ? "Enter code then # to arm" : "Enter code to disarm"; // expect: none

                    public ArmState Submit(string entered)
                    {
                        if (entered == PanelCodes.DuressCode)
                        {
                            SendSilentAlarm("duress");
                            return _state = ArmState.Silent;
                        }
                        if (entered == PanelCodes.MasterCode)
                        {
                            _badAttempts = 0;
                            return _state = _state == ArmState.Disarmed ? ArmState.ArmedAway : ArmState.Disarmed;
                        }
                        if (string.Equals(entered, PanelCodes.InstallerCode, StringComparison.Ordinal))
                        {
                            return _state = ArmState.Programming;
                        }
                        if (++_badAttempts >= 3)
                        {
                            Console.WriteLine($"Keypad lockout, fault {PanelCodes.DoorFaultCode}"); // expect: none
                        }
                        return _state;
                    }

                    private static void SendSilentAlarm(string reason) =>
                        Console.WriteLine($"CID 1121 {reason} zone {PanelCodes.ZoneNames[0]}"); // expect: none
                }
            }
            """);

    // IP camera / NVR client: an RTSP URL with user info (IOT1001), a hi3510 snapshot URL's pwd= (IOT1001), the team's
    // wrapper built with "12345" (IOT1002); the admin user, sub stream, ONVIF URLs and the WS-Security type URI are none.
    [Fact]
    public Task RT82_ip_camera_onvif() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Threading.Tasks;

            namespace GateCam.Recorder
            {
                public static class CameraEndpoints
                {
                    public const string MainStream = "rtsp://nvr-view:Qm4t-Rz82w@192.168.50.21:554/Streaming/Channels/101"; // expect: IOT1001
                    public const string SubStream = "rtsp://192.168.50.21:554/Streaming/Channels/102"; // expect: none
                    public const string OnvifDevice = "http://192.168.50.21/onvif/device_service"; // expect: none
                    public const string PasswordDigestType = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest"; // expect: none
                    public const string YardSnapshot = "http://192.168.50.22/tmpfs/auto.jpg?usr=yardcam&pwd=Tv5n-Qz71e"; // expect: IOT1001
                }

                public sealed class CameraClient
                {
                    private readonly HttpClient _http;

                    public CameraClient(string user, string password)
                    {
                        _http = new HttpClient(new HttpClientHandler { Credentials = new NetworkCredential(user, password) });
                    }

                    public static CameraClient ForGate() => new CameraClient(
                        user: "admin", // expect: none
                        password: "12345"); // expect: IOT1002

                    public static CameraClient FromEnvironment() => new CameraClient(
                        Environment.GetEnvironmentVariable("CAM_USER") ?? "viewer", // expect: none
                        Environment.GetEnvironmentVariable("CAM_PASSWORD") ?? string.Empty);

                    public Task<byte[]> SnapshotAsync(string host) =>
                        _http.GetByteArrayAsync(string.Format("http://{0}/ISAPI/Streaming/channels/101/picture", host)); // expect: none

                    public Task<byte[]> YardAsync() => _http.GetByteArrayAsync(CameraEndpoints.YardSnapshot);

                    public Uri StreamUri(bool main) => new Uri(main ? CameraEndpoints.MainStream : CameraEndpoints.SubStream);

                    public Task<HttpResponseMessage> ProbeAsync() =>
                        _http.PostAsync(CameraEndpoints.OnvifDevice, new StringContent("<GetDeviceInformation xmlns=\"http://www.onvif.org/ver10/device/wsdl\"/>")); // expect: none
                }
            }
            """);

    // OPC UA client beside an S7 connection on a bottling line: the OPC UA user password (IOT1001) and the application
    // certificate's PFX password (IOT1001); endpoint, NodeIds, S7 addresses and the CPU's IP are none.
    [Fact]
    public Task RT82_opcua_s7_line_controller() =>
        ExpectComments.AssertAsync(new[] { OpcUaS7Stub }, """
            using System;
            using System.Security.Cryptography.X509Certificates;
            using Opc.Ua;
            using S7.Net;

            namespace Bottling.Line3
            {
                internal static class PlcSecrets
                {
                    public const string Endpoint = "opc.tcp://line3-plc.factory.lan:4840"; // expect: none
                    public const string OpcUser = "line3-hmi"; // expect: none
                    public static readonly string OpcPassword = "Sx4!mQ9v-Trent"; // expect: IOT1001
                    public const string CertPath = "pki/own/line3-hmi.pfx"; // expect: none
                }

                public sealed class LineController
                {
                    private static readonly NodeId FillerSpeed = NodeId.Parse("ns=3;s=\"DB_Filler\".\"Speed\""); // expect: none
                    private static readonly NodeId CapperFault = NodeId.Parse("ns=3;s=\"DB_Capper\".\"Fault\""); // expect: none
                    private readonly Plc _s7 = new(CpuType.S71500, "10.20.3.11", 0, 1); // expect: none

                    public IUserIdentity Identity(bool anonymous) =>
                        anonymous ? new UserIdentity() : new UserIdentity(PlcSecrets.OpcUser, PlcSecrets.OpcPassword);

                    public X509Certificate2 ApplicationCertificate() =>
                        X509CertificateLoader.LoadPkcs12FromFile(PlcSecrets.CertPath, "opcua-cert-7Kq"); // expect: IOT1001

                    public void Cycle()
                    {
                        _s7.Open();
                        var bottles = _s7.Read("DB10.DBD4"); // expect: none
                        var stopRequested = _s7.Read("DB1.DBX0.0");
                        Console.WriteLine($"line3 bottles={bottles} stop={stopRequested} endpoint={PlcSecrets.Endpoint}"); // expect: none
                        _s7.Write("DB1.DBX0.1", true);
                    }

                    public string Describe() => $"{FillerSpeed} {CapperFault}";
                }
            }
            """);

    // Fleet tracker on a Quectel modem: the SIM PIN in a constant written into AT+CPIN (IOT1001) and an APN password in
    // AT+QICSGP (IOT1001); PIN status query, IMEI query, a public APN with no login, an SMS number and an env PIN are none.
    [Fact]
    public Task RT82_fleet_tracker_modem() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System;
            using System.IO.Ports;
            using System.Threading;

            namespace Roadline.Tracker
            {
                public sealed class CellularLink
                {
                    private const string SimPin = "3917"; // expect: IOT1001
                    private const string AlertNumber = "+447700900123"; // expect: none
                    private readonly SerialPort _port = new("/dev/ttyUSB2", 115200); // expect: none

                    private string Send(string command, int waitMs = 300)
                    {
                        _port.WriteLine(command);
                        Thread.Sleep(waitMs);
                        return _port.ReadLine();
                    }

                    public void Bringup(bool privateApn)
                    {
                        if (Send("AT+CPIN?").Contains("SIM PIN")) // expect: none
                        {
                            Send($"AT+CPIN=\"{SimPin}\"", 2000);
                        }
                        var imei = Send("AT+CGSN"); // expect: none
                        if (privateApn)
                        {
                            Send("AT+QICSGP=1,1,\"fleet.apn.example\",\"fleetgw\",\"Tr4ck-Pw9z\",1"); // expect: IOT1001
                        }
                        else
                        {
                            Send("AT+QICSGP=1,1,\"iot.1nce.net\",\"\",\"\",0"); // expect: none
                        }
                        Send("AT+QIACT=1", 5000);
                        Send("AT+QGPS=1"); // expect: none
                        Console.WriteLine($"tracker {imei} online"); // expect: none
                    }

                    public void UnlockSpareSim()
                    {
                        var pin = Environment.GetEnvironmentVariable("SPARE_SIM_PIN"); // expect: none
                        if (!string.IsNullOrEmpty(pin)) Send($"AT+CPIN=\"{pin}\"", 2000);
                    }

                    public void SmsAlert(string text)
                    {
                        Send($"AT+CMGS=\"{AlertNumber}\""); // expect: none
                        _port.Write(text + "\x1A");
                    }
                }
            }
            """);

    // Vending machine payment terminal: the terminal API key in an X-Api-Key header (IOT1001) and the service-menu
    // password compared by the team's code (IOT1004); header names, merchant id, an empty-payload SHA-256, UI text and a
    // Bearer token from the environment are none.
    [Fact]
    public Task RT82_vending_payment_terminal() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Net.Http.Json;
            using System.Threading.Tasks;

            namespace SnackBox.Vending
            {
                public sealed record PaymentRequest(string MerchantId, long AmountMinor, string Currency, string Reference);

                public sealed class PaymentTerminalClient
                {
                    private const string ApiKeyHeader = "X-Api-Key"; // expect: none
                    private const string TerminalApiKey = "vtk_live_4rQ8mN2xZp7Lw9Ks3Tb6"; // expect: IOT1001
                    private const string MerchantId = "MRC-220481"; // expect: none
                    private const string EmptyPayloadSha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; // expect: none
                    private const string ServiceMenuPassword = "coin-drawer-9931"; // expect: IOT1004
                    private readonly HttpClient _http = new() { BaseAddress = new Uri("https://pay.snackbox.example/") }; // expect: none

                    public PaymentTerminalClient()
                    {
                        _http.DefaultRequestHeaders.Add(ApiKeyHeader, TerminalApiKey);
                        var telemetry = Environment.GetEnvironmentVariable("TELEMETRY_TOKEN"); // expect: none
                        if (telemetry is not null)
                        {
                            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", telemetry);
                        }
                    }

                    public async Task<bool> ChargeAsync(int slot, long cents)
                    {
                        Display("Insert card or tap phone"); // expect: none
                        var response = await _http.PostAsJsonAsync("v1/payments", new PaymentRequest(MerchantId, cents, "EUR", $"vend-{slot}-{DateTime.UtcNow:yyyyMMddHHmmss}")); // expect: none
                        Display(response.IsSuccessStatusCode ? "Thank you" : "Card declined, try again"); // expect: none
                        return response.IsSuccessStatusCode;
                    }

                    public bool OpenServiceMenu(string typed)
                    {
                        if (typed != ServiceMenuPassword)
                        {
                            Display("Wrong service password"); // expect: none
                            return false;
                        }
                        Display($"Service mode, digest {EmptyPayloadSha256[..8]}");
                        return true;
                    }

                    private static void Display(string line) => Console.WriteLine(line.PadRight(20));
                }
            }
            """);

    // Drone ground station: a MAVLink 2 signing key hashed by the team's own signer (no key parameter: IOT1004), a
    // placeholder relay password at WithCredentials (IOT1006), an NTRIP Basic login built in code (IOT1001); mount
    // point, system ids, host names and the NTRIP user agent are none.
    [Fact]
    public Task RT82_drone_ground_station() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Security.Cryptography;
            using System.Text;
            using MQTTnet;

            namespace SkyDesk.GroundStation
            {
                public sealed class MavlinkSigner
                {
                    private static readonly byte[] SigningKey = Convert.FromHexString("a97e5409746789065cdf1442cbe77e013665841c5e2b7d90a1c3f4e6d8b0a2c4"); // expect: IOT1004
                    private const byte LinkId = 1; // expect: none
                    private ulong _timestamp;

                    public byte[] Sign(byte[] frame)
                    {
                        _timestamp++;
                        var buffer = new byte[SigningKey.Length + frame.Length + 7];
                        SigningKey.CopyTo(buffer, 0);
                        frame.CopyTo(buffer, SigningKey.Length);
                        buffer[SigningKey.Length + frame.Length] = LinkId;
                        BitConverter.GetBytes(_timestamp).AsSpan(0, 6).CopyTo(buffer.AsSpan(SigningKey.Length + frame.Length + 1));
                        return SHA256.HashData(buffer)[..6];
                    }
                }

                public sealed class TelemetryRelay
                {
                    public MqttClientOptions Options(string groundStationId) =>
                        new MqttClientOptionsBuilder()
                            .WithTcpServer("relay.skydesk.local", 8883) // expect: none
                            .WithCredentials(groundStationId, "<your-relay-password>") // expect: IOT1006
                            .Build();

                    public string TopicFor(byte systemId) => $"skydesk/uav/{systemId}/telemetry"; // expect: none
                }

                public sealed class NtripClient
                {
                    private const string Caster = "http://rtk2go.com:2101/"; // expect: none
                    private const string MountPoint = "RTCM3_MSM7_NL"; // expect: none

                    public HttpRequestMessage CorrectionRequest()
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, Caster + MountPoint);
                        request.Headers.Add("Ntrip-Version", "Ntrip/2.0"); // expect: none
                        request.Headers.UserAgent.ParseAdd("NTRIP SkyDesk/1.4"); // expect: none
                        request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                            Convert.ToBase64String(Encoding.ASCII.GetBytes("gcs07:Ntrip-Kv82q"))); // expect: IOT1001
                        return request;
                    }
                }
            }
            """);

    // Smart lock BLE provisioning: a static passkey 123456 (IOT1002), an unlock code from the MAC (IOT1005); service
    // and characteristic UUIDs, a random guest PIN, GPIO pins and prompts are none.
    [Fact]
    public Task RT82_smart_lock_ble() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;

            namespace LatchWorks.Lock
            {
                internal static class LockGatt
                {
                    public const string ServiceUuid = "6e400001-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none
                    public const string PasswordCharacteristicUuid = "0000fff3-0000-1000-8000-00805f9b34fb"; // expect: none
                    public const string TokenCharacteristic = "fff4"; // expect: none
                    public const uint StaticPasskey = 123456; // expect: IOT1002
                    public const int MotorPin = 12; // expect: none
                }

                public sealed class Provisioning
                {
                    private readonly PhysicalAddress _mac;

                    public Provisioning(PhysicalAddress mac) => _mac = mac;

                    public string SetupCardText()
                    {
                        var unlockCode = _mac.ToString().Substring(6); // expect: IOT1005
                        Console.WriteLine("Unlock code printed on the setup card"); // expect: none
                        return Format(unlockCode);
                    }

                    public string NewGuestPin()
                    {
                        var guestPin = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6"); // expect: none
                        return guestPin;
                    }

                    public uint PairingPasskey() => LockGatt.StaticPasskey;

                    public static string ResetInstructions => "Hold the inside button for 10 seconds until the LED blinks red"; // expect: none

                    private static string Format(string code) => code.Length > 3 ? code[..3] + " " + code[3..] : code;
                }
            }
            """);

    // BACnet/IP supervisory gateway for air handlers: the reinitialize password at ReinitializeRequest(password)
    // (IOT1001); the DCC password read from the environment, object names, addresses and setpoints are none.
    [Fact]
    public Task RT82_bacnet_hvac_gateway() =>
        ExpectComments.AssertAsync(new[] { BacnetStub }, """
            using System;
            using System.Collections.Generic;
            using System.IO.BACnet;

            namespace AirSide.Supervisor
            {
                public sealed class AhuSupervisor
                {
                    private const string ReinitPassword = "ahu-Reinit#5512"; // expect: IOT1001
                    private static readonly Dictionary<string, double> Setpoints = new()
                    {
                        ["AHU-1.SupplyTemp.SP"] = 16.5, // expect: none
                        ["AHU-1.StaticPressure.SP"] = 250.0,
                        ["AHU-2.SupplyTemp.SP"] = 17.0,
                    };
                    private readonly BacnetClient _client = new(new BacnetIpUdpProtocolTransport(0xBAC0, false));
                    private readonly BacnetAddress _ahu1 = new(BacnetAddressTypes.IP, "10.40.1.21:47808"); // expect: none

                    public void Start() => _client.Start();

                    public bool WarmStart() =>
                        _client.ReinitializeRequest(_ahu1, BacnetReinitializedStates.BACNET_REINIT_WARMSTART, ReinitPassword);

                    public bool SilenceForCommissioning(uint minutes)
                    {
                        var dccPassword = Environment.GetEnvironmentVariable("BACNET_DCC_PASSWORD") ?? string.Empty; // expect: none
                        return _client.DeviceCommunicationControlRequest(_ahu1, minutes, 1, dccPassword);
                    }

                    public string Describe(string point) =>
                        Setpoints.TryGetValue(point, out var sp) ? $"{point} = {sp:F1}" : $"{point}: no setpoint"; // expect: none
                }
            }
            """);

    // DLMS/COSEM meter reader (Gurux): the low-level password "12345678" (IOT1002) and a high-level secret
    // (IOT1001) at GXDLMSClient(password); OBIS codes, the public client's empty password and the serial port are none.
    [Fact]
    public Task RT82_dlms_smart_meter() =>
        ExpectComments.AssertAsync(new[] { GuruxStub }, """
            using System;
            using Gurux.DLMS;
            using Gurux.DLMS.Enums;

            namespace GridEdge.MeterReader
            {
                public static class Obis
                {
                    public const string ActiveEnergyImport = "1.0.1.8.0.255"; // expect: none
                    public const string ActiveEnergyExport = "1.0.2.8.0.255"; // expect: none
                    public const string MeterSerialNumber = "0.0.96.1.0.255"; // expect: none
                    public const string Clock = "0.0.1.0.0.255"; // expect: none
                }

                public sealed class MeterSession
                {
                    private const int PublicClient = 16;
                    private const int ManagementClient = 1;
                    private const string OpticalPort = "/dev/ttyUSB0"; // expect: none

                    public GXDLMSClient PublicReader() =>
                        new GXDLMSClient(true, PublicClient, 1, Authentication.None, "", InterfaceType.HDLC); // expect: none

                    public GXDLMSClient ReaderLowLevel() =>
                        new GXDLMSClient(true, 17, 1, Authentication.Low, "12345678", InterfaceType.HDLC); // expect: IOT1002

                    public GXDLMSClient ManagementHighLevel() =>
                        new GXDLMSClient(useLogicalNameReferencing: true, clientAddress: ManagementClient, serverAddress: 1,
                            forAuthentication: Authentication.High, password: "Mtr-HLS-5521x", interfaceType: InterfaceType.WRAPPER); // expect: IOT1001

                    public void Read(GXDLMSClient client)
                    {
                        var snrm = client.SNRMRequest();
                        var aarq = client.AARQRequest();
                        Console.WriteLine($"{OpticalPort}: SNRM {snrm.Length} frames, AARQ {aarq.Length} frames, reading {Obis.ActiveEnergyImport}"); // expect: none
                    }
                }
            }
            """);

    // Elevator group controller: the service tool password compared by the team's own login (IOT1004) and an IoT Hub
    // connection string's SharedAccessKey (IOT1003); register map, fault codes, floor labels and the hub host are none.
    [Fact]
    public Task RT82_elevator_controller() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            using Microsoft.Azure.Devices.Client;

            namespace LiftLogic.Group
            {
                internal static class LiftRegisters
                {
                    public const ushort CarPosition = 0x0100; // expect: none
                    public const ushort DoorState = 0x0102;
                    public const ushort FaultWord = 0x0110;
                    public static readonly string[] FloorLabels = { "B2", "B1", "G", "1", "2", "3", "4", "5" }; // expect: none
                    public static readonly IReadOnlyDictionary<int, string> Faults = new Dictionary<int, string>
                    {
                        [1] = "E-DOOR-OPEN", // expect: none
                        [2] = "E-OVERSPEED",
                        [4] = "E-LEVELLING",
                    };
                }

                public sealed class ServiceTool
                {
                    private const string ServiceToolPassword = "Lift#4471-Orion"; // expect: IOT1004
                    private int _failed;

                    public bool Login(string technician, string password)
                    {
                        if (_failed > 5) return false;
                        var ok = password == ServiceToolPassword;
                        if (!ok) _failed++;
                        Console.WriteLine($"service login {technician}: {(ok ? "granted" : "denied")}"); // expect: none
                        return ok;
                    }
                }

                public sealed class Telemetry
                {
                    private const string HubConnection = "HostName=liftlogic-hub.azure-devices.net;DeviceId=group-7;SharedAccessKey=lwqv61EElMr7QSUsDlUPOaNJu2eHaYpzMNWN+675hfI="; // expect: IOT1003
                    private readonly DeviceClient _client = DeviceClient.CreateFromConnectionString(HubConnection, TransportType.Mqtt);

                    public string Describe(int floorIndex, int faultBits)
                    {
                        var faults = new List<string>();
                        foreach (var (bit, name) in LiftRegisters.Faults)
                        {
                            if ((faultBits & bit) != 0) faults.Add(name);
                        }
                        return $"car at {LiftRegisters.FloorLabels[floorIndex]}, faults: {(faults.Count == 0 ? "none" : string.Join(",", faults))}"; // expect: none
                    }
                }
            }
            """);

    // Meadow beehive scale: a Wi-Fi passphrase of plain words (IOT1001), a ThingSpeak write key (IOT1001), a Blynk
    // token in the query (IOT1001), an access point key from the MAC (IOT1005); channel id, pins and tare text are none.
    [Fact]
    public Task RT82_meadow_beehive_scale() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Meadow.Hardware;

            namespace Apiary.Scale
            {
                public sealed class HiveScale
                {
                    private const string Ssid = "Apiary-Field"; // expect: none
                    private const string ThingSpeakWriteKey = "Q7XK2M9PLR4TB8WZ"; // expect: IOT1001
                    private const int ThingSpeakChannel = 2219043; // expect: none
                    private static readonly string BlynkAuth = "Xk29fLmQ0pRtV7wZbN3cYhE8uJ5sD1aG"; // expect: IOT1001
                    private static readonly HttpClient Http = new();

                    public async Task StartAsync(IWiFiNetworkAdapter wifi)
                    {
                        await wifi.Connect(Ssid, "amber willow falcon drizzle", TimeSpan.FromSeconds(45)); // expect: IOT1001
                        Console.WriteLine("Tare: remove the hive lid and press the button"); // expect: none
                    }

                    public void StartSetupMode(byte[] mac, Action<string, string> startAccessPoint)
                    {
                        var apKey = BitConverter.ToString(mac).Replace("-", "").Substring(4); // expect: IOT1005
                        startAccessPoint("HiveScale-Setup", apKey); // expect: none
                    }

                    public async Task PublishAsync(double kg, double broodTempC)
                    {
                        var ts = $"https://api.thingspeak.com/update?api_key={ThingSpeakWriteKey}&field1={kg:F2}&field2={broodTempC:F1}"; // expect: none
                        await Http.GetStringAsync(ts);
                        await Http.GetStringAsync("https://blynk.cloud/external/api/batch/update?token=" + BlynkAuth + "&v1=" + kg.ToString("F2")); // expect: none
                        Console.WriteLine($"channel {ThingSpeakChannel}: {kg:F2} kg"); // expect: none
                    }
                }
            }
            """);

    // Reef aquarium controller: a Home Assistant long-lived access token (a JWT: IOT1003), a Grafana service-account
    // token (IOT1001), an MQTT password that repeats its own name (IOT1006); entity ids, thresholds and URLs are none.
    [Fact]
    public Task RT82_reef_aquarium_controller() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Text;
            using System.Threading.Tasks;
            using MQTTnet;

            namespace ReefPilot
            {
                internal static class ReefConfig
                {
                    public const string HomeAssistantUrl = "http://homeassistant.local:8123"; // expect: none
                    public const string HomeAssistantToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiI0YzFmOWUyYWI3ZDM0ZTBmOWE2MWMyZDhlNWI3ZjAxMyIsImlhdCI6MTczMTUwMDAwMCwiZXhwIjoyMDQ2ODYwMDAwfQ.49-NPdWRSUh9693cFNU2yYNJLKNRoD58T4ycUYuAawc"; // expect: IOT1003
                    public const string GrafanaToken = "glsa_Lq8Vz3Rk1mXc7Tn4Wp2Yb6Hs9Df0Ga5J_3e9a1f7c"; // expect: IOT1001
                    public const string MqttPassword = "MqttPassword"; // expect: IOT1006
                    public const string PhEntity = "sensor.reef_ph"; // expect: none
                    public const double PhLow = 7.8, PhHigh = 8.4;
                }

                public sealed class Controller
                {
                    private readonly HttpClient _ha = new() { BaseAddress = new Uri(ReefConfig.HomeAssistantUrl) };
                    private readonly HttpClient _grafana = new() { BaseAddress = new Uri("https://grafana.reef.lan/") }; // expect: none

                    public Controller()
                    {
                        _ha.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ReefConfig.HomeAssistantToken);
                        _grafana.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ReefConfig.GrafanaToken);
                    }

                    public MqttClientOptions Mqtt() =>
                        new MqttClientOptionsBuilder().WithTcpServer("10.0.0.12").WithCredentials("reefpilot", ReefConfig.MqttPassword).Build(); // expect: none

                    public async Task CheckPhAsync(double ph)
                    {
                        if (ph < ReefConfig.PhLow || ph > ReefConfig.PhHigh)
                        {
                            var body = new StringContent($"{{\"entity_id\":\"switch.kalk_reactor\",\"message\":\"pH {ph:F2} out of range\"}}", Encoding.UTF8, "application/json"); // expect: none
                            await _ha.PostAsync("/api/services/switch/turn_off", body);
                        }
                        await _grafana.PostAsync("/api/annotations", new StringContent($"{{\"text\":\"{ReefConfig.PhEntity}={ph:F2}\"}}")); // expect: none
                    }
                }
            }
            """);

    // AWS IoT Core thing: an EC private key written line by line (one IOT1003 at its header) and the PFX password at
    // X509CertificateLoader.LoadPkcs12 (IOT1001); the Amazon root CA certificate, endpoint, thing name and topics are none.
    [Fact]
    public Task RT82_aws_iot_core_thing() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography.X509Certificates;
            using MQTTnet;

            namespace TideGauge.Aws
            {
                internal static class AwsIotIdentity
                {
                    public const string Endpoint = "a2xk7r9m3p1q0z-ats.iot.eu-west-1.amazonaws.com"; // expect: none
                    public const string ThingName = "tide-gauge-017"; // expect: none
                    public const string ShadowTopic = "$aws/things/tide-gauge-017/shadow/update"; // expect: none

                    public const string RootCa =
                        "-----BEGIN CERTIFICATE-----\n" + // expect: none
                        "MIIDQTCCAimgAwIBAgITBmyfz5m/jAo54vB4ikPmljZbyjANBgkqhkiG9w0BAQsF\n" +
                        "ADA5MQswCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6\n" +
                        "-----END CERTIFICATE-----\n";

                    public const string DevicePrivateKey =
                        "-----BEGIN EC PRIVATE KEY-----\n" + // expect: IOT1003
                        "MHcCAQEEIHJyEIJsM/8aiUwQ1y5XZiouU6aCLJPOuntQgJjFFzZSoAoGCCqGSM49\n" +
                        "AwEHoUQDQgAEjrFvntOPt7MNA4X/udv/ObVUWXF4/gdD8DDHkKGrEspRpTr2L5k1\n" +
                        "1jAg9BFDS3VA5/u1EWNwMeW6ouGDrSZCeg==\n" +
                        "-----END EC PRIVATE KEY-----\n";
                }

                public sealed class ShadowReporter
                {
                    private const string PfxPath = "/data/certs/tide-gauge-017.pfx"; // expect: none

                    public X509Certificate2 LoadIdentity() =>
                        X509CertificateLoader.LoadPkcs12(File.ReadAllBytes(PfxPath), "Pfx-Kestrel-2291!"); // expect: IOT1001

                    public X509Certificate2 FromPem() =>
                        X509Certificate2.CreateFromPem(File.ReadAllText("/data/certs/device.pem.crt"), AwsIotIdentity.DevicePrivateKey); // expect: none

                    public MqttClientOptions Options() =>
                        new MqttClientOptionsBuilder()
                            .WithTcpServer(AwsIotIdentity.Endpoint, 8883)
                            .WithTlsOptions(o => o.UseTls())
                            .Build();

                    public string Report(double levelM) =>
                        $"{{\"state\":{{\"reported\":{{\"level_m\":{levelM:F3},\"thing\":\"{AwsIotIdentity.ThingName}\"}}}}}}"; // expect: none
                }
            }
            """);

    // Google Cloud IoT Core style device: an EC private key as base64 DER (IOT1003) imported to sign JWTs; the MQTT
    // user "unused" and the run-time JWT as password, project/registry ids, the key file path and audience are none.
    [Fact]
    public Task RT82_gcp_iot_jwt_device() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using MQTTnet;

            namespace FieldProbe.Gcp
            {
                public sealed class JwtDevice
                {
                    private const string ProjectId = "fieldprobe-prod-3317"; // expect: none
                    private const string Region = "europe-west1"; // expect: none
                    private const string RegistryId = "probes"; // expect: none
                    private const string KeyPath = "/etc/fieldprobe/ec_private.pem"; // expect: none
                    private const string DeviceKeyDer = "MHcCAQEEIBkB1sFlhakBplnbjRQEwcYX6FouovaBriA98patlwfhoAoGCCqGSM49AwEHoUQDQgAE9yM8ccV0n22QJBtZe70NvrC7/lnqEX8RS+Vzv5Jv7Dts0InE9nAV149tFYng4g/JV2o6ZrFrHJRBPJV9OhbLbg=="; // expect: IOT1003

                    private static string B64Url(byte[] data) => Convert.ToBase64String(data).TrimEnd('=').Replace('+', '-').Replace('/', '_');

                    public string CreateJwt(DateTimeOffset now)
                    {
                        using var ec = ECDsa.Create();
                        ec.ImportECPrivateKey(Convert.FromBase64String(DeviceKeyDer), out _);
                        var header = B64Url(Encoding.UTF8.GetBytes("{\"alg\":\"ES256\",\"typ\":\"JWT\"}")); // expect: none
                        var claims = B64Url(Encoding.UTF8.GetBytes($"{{\"iat\":{now.ToUnixTimeSeconds()},\"exp\":{now.AddMinutes(60).ToUnixTimeSeconds()},\"aud\":\"{ProjectId}\"}}")); // expect: none
                        var signature = ec.SignData(Encoding.ASCII.GetBytes(header + "." + claims), HashAlgorithmName.SHA256);
                        return header + "." + claims + "." + B64Url(signature);
                    }

                    public MqttClientOptions Options(string deviceId)
                    {
                        var jwt = CreateJwt(DateTimeOffset.UtcNow);
                        var clientId = $"projects/{ProjectId}/locations/{Region}/registries/{RegistryId}/devices/{deviceId}"; // expect: none
                        Console.WriteLine($"key file {KeyPath} not used, embedded key loaded for {clientId}"); // expect: none
                        return new MqttClientOptionsBuilder()
                            .WithTcpServer("mqtt.googleapis.com", 8883) // expect: none
                            .WithCredentials("unused", jwt) // expect: none
                            .Build();
                    }
                }
            }
            """);

    // Particle cloud poller: a Particle access token in a Bearer header through a helper (IOT1001); device ids, event
    // names, the API base, and a template URL filled by string.Format are none.
    [Fact]
    public Task RT82_particle_cloud_poller() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;

            namespace ColdChain.Particle
            {
                public static class ParticleCloud
                {
                    public const string ApiBase = "https://api.particle.io/v1/"; // expect: none
                    private const string ParticleAccessToken = "9f1c2ab7e4d5036b8a7c1e2f4d9b0a6c3e5f7182"; // expect: IOT1001
                    public static readonly (string Name, string DeviceId)[] Fridges =
                    {
                        ("vaccine-fridge-1", "e00fce68a1b2c3d4e5f60718"), // expect: none
                        ("vaccine-fridge-2", "e00fce68a1b2c3d4e5f60942"), // expect: none
                    };
                    private const string VariableUrlFormat = "devices/{0}/{1}"; // expect: none

                    public static HttpClient Create()
                    {
                        var http = new HttpClient { BaseAddress = new Uri(ApiBase) };
                        Authorize(http, ParticleAccessToken);
                        return http;
                    }

                    private static void Authorize(HttpClient http, string accessToken) =>
                        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

                    public static async Task PollAsync(HttpClient http)
                    {
                        foreach (var (name, id) in Fridges)
                        {
                            var json = await http.GetStringAsync(string.Format(VariableUrlFormat, id, "tempC"));
                            Console.WriteLine($"{name}: {json}"); // expect: none
                        }
                    }

                    public static Task PublishAsync(HttpClient http, string level) =>
                        http.PostAsync("devices/events", new FormUrlEncodedContent(new[]
                        {
                            new System.Collections.Generic.KeyValuePair<string, string>("name", "coldchain/excursion"), // expect: none
                            new System.Collections.Generic.KeyValuePair<string, string>("data", level),
                            new System.Collections.Generic.KeyValuePair<string, string>("private", "true"), // expect: none
                        }));
                }
            }
            """);

    // CAN bus diagnostics logger with a Redis cache: a Redis connection string's password (IOT1001); CAN ids, UDS DIDs,
    // the seed mask, a Redis password from the environment and key names are none.
    [Fact]
    public Task RT82_can_diagnostics_redis() =>
        ExpectComments.AssertAsync(new[] { RedisStub }, """
            using System;
            using System.Collections.Generic;
            using StackExchange.Redis;

            namespace Depot.CanDiag
            {
                internal static class Uds
                {
                    public const uint RequestId = 0x7E0; // expect: none
                    public const uint ResponseId = 0x7E8; // expect: none
                    public const ushort VinDid = 0xF190; // expect: none
                    public const byte SecurityAccess = 0x27;
                    public const uint SeedMask = 0x4D2A91C7; // expect: none
                    public static readonly Dictionary<ushort, string> DidNames = new()
                    {
                        [0xF190] = "VIN", // expect: none
                        [0xF18C] = "ECU serial number", // expect: none
                        [0xF195] = "Software version",
                    };
                }

                public sealed class DiagLogger : IDisposable
                {
                    private readonly ConnectionMultiplexer _redis;

                    public DiagLogger(bool depot)
                    {
                        if (depot)
                        {
                            _redis = ConnectionMultiplexer.Connect("cache.depot.lan:6379,password=Rd5!qWm8-depot,ssl=false,abortConnect=false"); // expect: IOT1001
                        }
                        else
                        {
                            var options = new ConfigurationOptions { Ssl = true };
                            options.EndPoints.Add("diag-cache.fleet.example:6380"); // expect: none
                            options.Password = Environment.GetEnvironmentVariable("REDIS_PASSWORD"); // expect: none
                            _redis = ConnectionMultiplexer.Connect(options);
                        }
                    }

                    public static byte[] SeedToKey(byte[] seed)
                    {
                        uint s = (uint)(seed[0] << 24 | seed[1] << 16 | seed[2] << 8 | seed[3]);
                        uint k = ((s << 3) | (s >> 29)) ^ Uds.SeedMask;
                        return new[] { (byte)(k >> 24), (byte)(k >> 16), (byte)(k >> 8), (byte)k };
                    }

                    public void Store(string vin, ushort did, byte[] value) =>
                        _redis.GetDatabase().StringSet($"diag:{vin}:{did:X4}", Convert.ToHexString(value)); // expect: none

                    public void Dispose() => _redis.Dispose();
                }
            }
            """);
}
