using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 95: an independent precision/recall sample of real public device and industrial C# code the team has not
/// seen, in domains earlier red teams did not use (Hikvision camera SDK logins, both through the vendor's P/Invoke class
/// copied into the project and through a NuGet wrapper, a Hikvision ISAPI client's device model, SSH.NET to a Raspberry Pi
/// mesh node, MikroTik routers through tik4net, FluentFTP to station and lab servers, an Azure IoT Hub device console, a
/// .NET Micro Framework M2Mqtt client, an OPC UA heartbeat through OpcUaHelper, an S7.Net Profinet reader and an Arduino
/// companion's Telegram bot). Adapted to compile against stubs (names, call patterns and classes kept; unrelated bulk and
/// UI trimmed; top-level statements wrapped in a Main, as the test compilation is a library; every working-looking secret
/// replaced by an invented value of the same shape, placeholders and published defaults kept as written). Sources:
/// QuickNV/QuickNV.HikvisionNetSDK (src/QuickNV.HikvisionNetSDK.Sample/Program.cs), watanowDev/LIS
/// (WATA.LIS/Modules/PreviewDemo/Camera/HikvisionModel.cs and CHCNetSDK.cs), rFronteddu/HaLowNetwork
/// (HaLow.Console.SSH.Test/Program.cs), GoldFireGames/iot-project (DeviceSdkDemo.Console Program.cs and VirutalDevice.cs),
/// robieerto/Betonarka_Kocovce (Betonarka_Kocovce/ProfinetS7.cs), and public repositories found through the code index by
/// content whose owner the index did not name: SKTool.CCTVProtocols.Samples.WPF Models/DeviceModel.cs, LBMS_Pro
/// Frm_Login.cs (tik4net), Sez23.TikExporter Api/ApiService.cs (tik4net), DataKeeper.Engine ScriptEngine (FluentFTP to an
/// observatory's script server), PrototypeApp Main_Form.cs (FluentFTP), an FTPClient WPF MainWindow.cs (FluentFTP),
/// PLCS_Project MqttHandler.cs (.NET Micro Framework, M2Mqtt), MesOpcServer OpcUaReadWrite.cs (OpcUaHelper) and an
/// ArduinoUno StartBot.cs (Telegram.Bot).
/// Labels were written from docs/rules/IOT1001-IOT1006 before the analyzers were run and were not changed afterwards.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam95Tests
{
    private const string QuickNvHikvisionStub = """
        namespace QuickNV.HikvisionNetSDK
        {
            public static class Defines
            {
                public struct NET_DVR_DEVICEINFO_V30 { public byte byChanNum; public byte byStartChan; }
            }
            public static class Methods
            {
                public static bool NET_DVR_Init() => true;
                public static int NET_DVR_Login_V30(string sDVRIP, int wDVRPort, string sUserName, string sPassword, ref Defines.NET_DVR_DEVICEINFO_V30 lpDeviceInfo) => 0;
                public static bool NET_DVR_Logout_V30(int lUserID) => true;
                public static bool NET_DVR_Cleanup() => true;
                public static int Invoke(int result) => result;
            }
        }
        """;

    private const string SkToolHikvisionStub = """
        namespace SKTool.CCTVProtocols.Hikvision
        {
            public sealed class HikvisionUrl { public HikvisionUrl(string host, int port, bool useHttps) { } }
            public sealed class HikvisionDevice { public HikvisionDevice(HikvisionUrl url, string username, string password) { } }
        }
        """;

    private const string SshNetStub = """
        namespace Renci.SshNet
        {
            public class SshCommand { public string Result => ""; public string Error => ""; }
            public abstract class BaseClient : global::System.IDisposable
            {
                public bool IsConnected => true;
                public void Connect() { }
                public void Disconnect() { }
                public void Dispose() { }
            }
            public class SshClient : BaseClient
            {
                public SshClient(string host, string username, string password) { }
                public SshClient(string host, int port, string username, string password) { }
                public SshCommand RunCommand(string commandText) => new SshCommand();
            }
        }
        """;

    private const string AzureDeviceSampleStub = """
        namespace Microsoft.Azure.Devices.Client
        {
            public class Message : global::System.IDisposable
            {
                public Message(byte[] byteArray) { }
                public string ContentType { get; set; } = "";
                public string ContentEncoding { get; set; } = "";
                public global::System.Collections.Generic.IDictionary<string, string> Properties { get; } = new global::System.Collections.Generic.Dictionary<string, string>();
                public void Dispose() { }
            }
            public static class DeviceClientSampleExtensions
            {
                public static global::System.Threading.Tasks.Task OpenAsync(this DeviceClient client) => global::System.Threading.Tasks.Task.CompletedTask;
                public static global::System.Threading.Tasks.Task SendEventAsync(this DeviceClient client, Message message) => global::System.Threading.Tasks.Task.CompletedTask;
            }
        }
        namespace Newtonsoft.Json
        {
            public static class JsonConvert { public static string SerializeObject(object? value) => ""; }
        }
        """;

    private const string Tik4NetStub = """
        namespace tik4net
        {
            public enum TikConnectionType { Api, ApiSsl }
            public interface ITikCommandParameter { }
            public interface ITikCommand { string ExecuteScalar(); }
            public interface ITikConnection : global::System.IDisposable
            {
                void Open(string host, string user, string password);
                ITikCommand CreateCommand(string commandText, params ITikCommandParameter[] parameters);
            }
            public static class ConnectionFactory
            {
                public static ITikConnection CreateConnection(TikConnectionType connectionType) => null!;
            }
        }
        namespace tik4net.Api { public sealed class ApiConnectionMarker { } }
        namespace tik4net.Objects
        {
            public static class ConnectionExtensions
            {
                public static global::System.Collections.Generic.IEnumerable<TEntity> LoadAll<TEntity>(this global::tik4net.ITikConnection connection) where TEntity : new() => new TEntity[0];
                public static TEntity LoadSingle<TEntity>(this global::tik4net.ITikConnection connection) where TEntity : new() => new TEntity();
            }
        }
        namespace tik4net.Objects.Ip { public class IpAddress { public string Address { get; set; } = ""; public string Interface { get; set; } = ""; } }
        namespace tik4net.Objects.Ip.Hotspot { public class HotspotActive { } }
        namespace tik4net.Objects.Ip.Dns { public class IpDns { } }
        namespace tik4net.Objects.Ip.Firewall { public class FirewallFilter { } }
        namespace tik4net.Objects.Queue { public class QueueSimple { } }
        namespace tik4net.Objects.System
        {
            public class SystemIdentity { public string Name { get; set; } = ""; }
            public class SystemResources { }
            public class SystemRouterboard { }
        }
        """;

    private const string FluentFtpStub = """
        namespace FluentFTP
        {
            public enum FtpFileSystemObjectType { File, Directory, Link }
            public class FtpListItem { public FtpFileSystemObjectType Type { get; set; } public string FullName { get; set; } = ""; }
            public class FtpHash { }
            public class FtpClient : global::System.IDisposable
            {
                public FtpClient() { }
                public FtpClient(string host) { }
                public FtpClient(string host, global::System.Net.NetworkCredential credentials, int port = 0) { }
                public FtpClient(string host, string user, string pass, int port = 0) { }
                public global::System.Net.NetworkCredential Credentials { get; set; } = new global::System.Net.NetworkCredential();
                public int ConnectTimeout { get; set; }
                public bool IsConnected => true;
                public void Connect() { }
                public global::System.IO.Stream OpenWrite(string path) => global::System.IO.Stream.Null;
                public bool Rename(string path, string dest) => true;
                public global::System.Threading.Tasks.Task<int> UploadFileAsync(string localPath, string remotePath) => global::System.Threading.Tasks.Task.FromResult(0);
                public FtpListItem[] GetListing(string path) => new FtpListItem[0];
                public long GetFileSize(string path) => 0;
                public FtpHash GetChecksum(string path) => new FtpHash();
                public global::System.DateTime GetModifiedTime(string path) => default;
                public int DownloadFile(string localPath, string remotePath) => 0;
                public void Dispose() { }
            }
        }
        """;

    private const string NetmfMqttStub = """
        namespace uPLibrary.Networking.M2Mqtt.Messages
        {
            public class MqttMsgBase { public const byte QOS_LEVEL_AT_MOST_ONCE = 0; public const byte QOS_LEVEL_AT_LEAST_ONCE = 1; public const byte QOS_LEVEL_EXACTLY_ONCE = 2; }
            public class MqttMsgPublishedEventArgs : global::System.EventArgs { public bool IsPublished { get; } public ushort MessageId { get; } }
            public class MqttMsgPublishEventArgs : global::System.EventArgs { public byte[] Message { get; } = new byte[0]; public string Topic { get; } = ""; }
        }
        namespace uPLibrary.Networking.M2Mqtt
        {
            public static class MqttClientNetmfExtensions
            {
                public static ushort Subscribe(this MqttClient client, string[] topics, byte[] qosLevels) => 0;
                public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 0;
            }
        }
        namespace Microsoft.SPOT
        {
            public static class Debug { public static void Print(string text) { } }
        }
        """;

    private const string OpcUaHelperStub = """
        namespace Opc.Ua
        {
            public interface IUserIdentity { }
            public class UserIdentity : IUserIdentity
            {
                public UserIdentity() { }
                public UserIdentity(string username, string password) { }
            }
        }
        namespace Opc.Ua.Client { public class Session { } }
        namespace OpcUaHelper
        {
            public class OpcUaClient
            {
                public global::Opc.Ua.IUserIdentity UserIdentity { get; set; } = new global::Opc.Ua.UserIdentity();
                public global::System.Threading.Tasks.Task ConnectServer(string serverUrl) => global::System.Threading.Tasks.Task.CompletedTask;
                public bool WriteNode<T>(string tag, T value) => true;
                public T ReadNode<T>(string tag) => default!;
            }
        }
        """;

    private const string TelegramStub = """
        namespace Telegram.Bot.Types
        {
            public class ChatId
            {
                public ChatId(string username) { }
                public ChatId(long identifier) { }
                public static implicit operator ChatId(string username) => new ChatId(username);
                public static implicit operator ChatId(long identifier) => new ChatId(identifier);
            }
            public class Message { }
        }
        namespace Telegram.Bot
        {
            public interface ITelegramBotClient { }
            public class TelegramBotClient : ITelegramBotClient
            {
                public TelegramBotClient(string token, global::System.Net.Http.HttpClient? httpClient = null, global::System.Threading.CancellationToken cancellationToken = default) { }
            }
            public static class TelegramBotClientExtensions
            {
                public static global::System.Threading.Tasks.Task<global::Telegram.Bot.Types.Message> SendMessage(this ITelegramBotClient botClient, global::Telegram.Bot.Types.ChatId chatId, string text) => global::System.Threading.Tasks.Task.FromResult(new global::Telegram.Bot.Types.Message());
            }
        }
        """;

    private const string S7NetStub = """
        namespace S7.Net
        {
            public enum CpuType { S7200 = 0, S7300 = 10, S7400 = 20, S71200 = 30, S71500 = 40 }
            public enum DataType { Input = 129, Output = 130, Memory = 131, DataBlock = 132 }
            public enum VarType { Bit, Byte, Word, DWord, Int, DInt, Real }
            public class Plc
            {
                public Plc(CpuType cpu, string ip, short rack, short slot) { }
                public Plc(CpuType cpu, string ip, int port, short rack, short slot) { }
                public bool IsConnected => true;
                public void Open() { }
                public object Read(DataType dataType, int db, int startByteAdr, VarType varType, int varCount, byte bitAdr = 0) => null!;
                public void WriteBit(DataType dataType, int db, int startByteAdr, int bitAdr, bool value) { }
            }
        }
        """;

    // 1. QuickNV/QuickNV.HikvisionNetSDK, src/QuickNV.HikvisionNetSDK.Sample/Program.cs: the NuGet wrapper's sample logs
    //    into a Hikvision DVR as admin/123456, the camera family's published factory login (kept as written). Adapted: the
    //    top-level statements wrapped in Main.
    [Fact]
    public Task RT95_quicknv_hikvision_sdk_sample() =>
        ExpectComments.AssertAsync(new[] { QuickNvHikvisionStub }, """
            using System;
            using static QuickNV.HikvisionNetSDK.Defines;
            using static QuickNV.HikvisionNetSDK.Methods;

            public static class Program
            {
                public static void Main()
                {
                    var host = "127.0.0.1"; // expect: none
                    var port = 8000;
                    var user = "admin"; // expect: none
                    var password = "123456"; // expect: IOT1002

                    try
                    {
                        NET_DVR_Init();
                        Console.WriteLine("初始化成功！"); // expect: none
                        Console.WriteLine("正在登录...");
                        NET_DVR_DEVICEINFO_V30 deviceInfo = default;
                        var userId = Invoke(NET_DVR_Login_V30(host, port, user, password, ref deviceInfo));
                        Console.WriteLine("登录成功！");
                        NET_DVR_Logout_V30(userId);
                        Console.WriteLine("退出登录完成");
                        NET_DVR_Cleanup();
                        Console.WriteLine("清理完成");
                    }
                    catch (Exception ex)
                    {
                        Console.WriteLine(ex.ToString());
                    }
                }
            }
            """);

    // 2. watanowDev/LIS, WATA.LIS/Modules/PreviewDemo/Camera/HikvisionModel.cs with the vendor's CHCNetSDK.cs, which the
    //    project keeps as its own source (P/Invoke into HCNetSDK.dll). The DVR password (a word and a year) replaced by an
    //    invented one of the same shape. The login goes through the team's own extern declaration. Labelled IOT1004 at
    //    first (by IOT1001.md "your own types are never sinks by name"); relabelled IOT1001 when red team 97 met the same
    //    shape and the rule was decided: a [DllImport] extern's body is the vendor's native library, so the password
    //    reaches the vendor's login (NativeSdkFunctionTests). CHCNetSDK trimmed to the members the model uses.
    [Fact]
    public Task RT95_wata_lis_hikvision_model() =>
        ExpectComments.AssertAsync(System.Array.Empty<string>(), """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Text;
            using System.Threading.Tasks;

            namespace PreviewDemo.Camera
            {
                public class HikvisionModel
                {
                    CHCNetSDK.REALDATACALLBACK? RealData = null;
                    public CHCNetSDK.NET_DVR_PTZPOS m_struPtzCfg;
                    private uint iLastErr = 0;
                    private Int32 m_lUserID = -1;
                    private bool m_bInitSDK = false;

                    string DVRIPAddress = "192.168.0.4"; // expect: none
                    Int16 DVRPortNumber = 8000;
                    string DVRUserName = "admin"; // expect: none
                    string DVRPassword = "lumo2031"; // expect: IOT1001

                    public HikvisionModel()
                    {
                        m_bInitSDK = CHCNetSDK.NET_DVR_Init();
                        if (m_bInitSDK == false)
                        {
                            return;
                        }
                        else
                        {
                            CHCNetSDK.NET_DVR_SetLogToFile(3, "C:\\SdkLog\\", true); // expect: none
                        }

                        CHCNetSDK.NET_DVR_DEVICEINFO_V30 DeviceInfo = new CHCNetSDK.NET_DVR_DEVICEINFO_V30();
                        m_lUserID = CHCNetSDK.NET_DVR_Login_V30(DVRIPAddress, DVRPortNumber, DVRUserName, DVRPassword, ref DeviceInfo);
                        if (m_lUserID < 0)
                        {
                            iLastErr = CHCNetSDK.NET_DVR_GetLastError();
                        }
                    }
                }
            }
            """, """
            using System;
            using System.Runtime.InteropServices;

            namespace PreviewDemo
            {
                public class CHCNetSDK
                {
                    public delegate void REALDATACALLBACK(Int32 lRealHandle, UInt32 dwDataType, IntPtr pBuffer, UInt32 dwBufSize, IntPtr pUser);

                    [StructLayout(LayoutKind.Sequential)]
                    public struct NET_DVR_PTZPOS { public ushort wAction; public ushort wPanPos; public ushort wTiltPos; public ushort wZoomPos; }

                    [StructLayout(LayoutKind.Sequential)]
                    public struct NET_DVR_DEVICEINFO_V30 { public byte byAlarmInPortNum; public byte byChanNum; public byte byStartChan; }

                    [DllImport(@"HCNetSDK.dll")] // expect: none
                    public static extern bool NET_DVR_Init();

                    [DllImport(@"HCNetSDK.dll")]
                    public static extern bool NET_DVR_SetLogToFile(int nLogLevel, string strLogDir, bool bAutoDel);

                    [DllImport(@"HCNetSDK.dll")]
                    public static extern Int32 NET_DVR_Login_V30(string sDVRIP, Int32 wDVRPort, string sUserName, string sPassword, ref NET_DVR_DEVICEINFO_V30 lpDeviceInfo);

                    [DllImport(@"HCNetSDK.dll")]
                    public static extern uint NET_DVR_GetLastError();
                }
            }
            """);

    // 3. SKTool.CCTVProtocols.Samples.WPF, Models/DeviceModel.cs (owner not named by the index): a Hikvision ISAPI
    //    client's device settings, the password an auto-property initializer handed to the library's HikvisionDevice.
    //    Replaced by an invented password of the same shape (a word and four digits); the author's own comment kept.
    [Fact]
    public Task RT95_sktool_hikvision_isapi_device_model() =>
        ExpectComments.AssertAsync(new[] { SkToolHikvisionStub }, """
            using SKTool.CCTVProtocols.Hikvision;

            namespace SKTool.CCTVProtocols.Samples.WPF.Models;

            public sealed class DeviceModel
            {
                public string Host { get; set; } = "192.168.2.170"; // expect: none
                public int Port { get; set; } = 80;
                public bool UseHttps { get; set; } = false;
                public string Username { get; set; } = "admin"; // expect: none
                public string Password { get; set; } = "Vigilant5927"; // Replace for your environment // expect: IOT1001
                public bool PreferDigest { get; set; } = true;

                public HikvisionDevice ToDevice()
                {
                    var url = new HikvisionUrl(Host, Port, UseHttps);
                    return new HikvisionDevice(url, Username, Password);
                }
            }
            """);

    // 4. rFronteddu/HaLowNetwork, HaLow.Console.SSH.Test/Program.cs: SSH.NET into a Wi-Fi HaLow mesh node (a Raspberry Pi)
    //    with the Raspberry Pi OS factory login pi/raspberry (a published default, kept), dumping the mesh paths.
    //    Adapted: the top-level statements wrapped in Main.
    [Fact]
    public Task RT95_halow_ssh_mesh_dump() =>
        ExpectComments.AssertAsync(new[] { SshNetStub }, """
            using System;
            using Renci.SshNet;

            public static class Program
            {
                public static void Main()
                {
                    string user = "pi"; // expect: none
                    string pass = "raspberry"; // expect: IOT1002
                    string host = "192.168.2.43"; // expect: none

                    //Set up the SSH connection

                    using (var client = new SshClient(host, user, pass))
                    {
                        //Start the connection

                        client.Connect();
                        Console.WriteLine(client.IsConnected);
                       /* Console.WriteLine("cd");
                        client.RunCommand("cd /home/pi/nrc_pkg/script/");
                        Console.WriteLine(
                            client.RunCommand("ls").Result);*/
                        var output = client.RunCommand("sudo iw dev wlan0 mpath dump"); //start.py 4 3 US 0 // expect: none
                        var result = output.Result.Split("\n")[1].Split(" ");

                        var stats = result[2].Split("\t");

                        Console.WriteLine(output.Result);
                        Console.WriteLine(output.Error);
                        client.Disconnect();
                    }
                }
            }
            """);

    // 5. GoldFireGames/iot-project, DeviceSdkDemo.Console Program.cs and DeviceSdkDemo.Device VirutalDevice.cs: an Azure
    //    IoT Hub device console whose connection string carries the device's SharedAccessKey (replaced by an invented
    //    base64 key of the same length), and the virtual device's telemetry drawn from System.Random (a simulator, no
    //    security value). Adapted: top-level statements wrapped in Main; the device's C2D, direct-method and twin handlers
    //    trimmed; `using var` dropped (the shared DeviceClient stub is not disposable).
    [Fact]
    public Task RT95_goldfire_iot_hub_virtual_device() =>
        ExpectComments.AssertAsync(new[] { AzureDeviceSampleStub }, """
            using System;
            using System.Threading.Tasks;
            using DeviceSdkDemo.Device;
            using Microsoft.Azure.Devices.Client;

            public static class Program
            {
                public static async Task Main()
                {
                    string deviceConnectionString = "HostName=name-test-ul.azure-devices.net;DeviceId=test;SharedAccessKey=Qm3v9TzX2pLk8RwY5nHc1JdF7gBs4AeU6iOt0yNxVqE="; // expect: IOT1003

                    var deviceClient = DeviceClient.CreateFromConnectionString(deviceConnectionString, TransportType.Mqtt);
                    await deviceClient.OpenAsync();
                    var device = new VirutalDevice(deviceClient);
                    Console.WriteLine("Connection success"); // expect: none

                    await device.SendMessages(10, 1000);

                    Console.WriteLine("Finished! Press key to close...");
                    Console.ReadLine();
                }
            }
            """, """
            using System;
            using System.Net.Mime;
            using System.Text;
            using System.Threading.Tasks;
            using Microsoft.Azure.Devices.Client;
            using Newtonsoft.Json;

            namespace DeviceSdkDemo.Device
            {
                public class VirutalDevice
                {
                    private readonly DeviceClient deviceClient;

                    public VirutalDevice(DeviceClient DeviceClient)
                    {
                        deviceClient = DeviceClient;
                    }

                    public async Task SendMessages(int nrOfMessages, int delay)
                    {
                        var rnd = new Random();

                        Console.WriteLine($"Device sending {nrOfMessages} messages to IotHub...\n");

                        for (int i = 0; i < nrOfMessages; i++)
                        {
                            var data = new
                            {
                                temperature = rnd.Next(20, 35), // expect: none
                                humidity = rnd.Next(60, 80),
                                msgCount = i,
                            };

                            var dataString = JsonConvert.SerializeObject(data);

                            Message eventMessage = new Message(Encoding.UTF8.GetBytes(dataString));
                            eventMessage.ContentType = MediaTypeNames.Application.Json;
                            eventMessage.ContentEncoding = "utf-8"; // expect: none
                            eventMessage.Properties.Add("temperatureAlert", (data.temperature > 30) ? "true" : "false"); // expect: none
                            Console.WriteLine($"\t{DateTime.Now.ToLocalTime()}> Sending message: {i}, Data: [{dataString}]");

                            await deviceClient.SendEventAsync(eventMessage);

                            if (i < nrOfMessages - 1)
                                await Task.Delay(delay);
                        }
                        Console.WriteLine();
                    }
                }
            }
            """);

    // 6. LBMS_Pro, Frm_Login.cs (owner not named by the index): a hotspot billing tool logging into a MikroTik router
    //    through tik4net with the admin password written at the call (replaced by an invented one of the same shape:
    //    capitals, a year, a capitalised word). Adapted: the WinForms base, list box and rich text box replaced by fields.
    [Fact]
    public Task RT95_lbms_mikrotik_login() =>
        ExpectComments.AssertAsync(new[] { Tik4NetStub }, """
            using System;
            using System.Collections.Generic;
            using System.Text.RegularExpressions;
            using tik4net;
            using tik4net.Objects;
            using tik4net.Objects.Ip.Hotspot;

            namespace LBMS_Pro
            {
                public partial class Frm_Login
                {
                    private readonly List<string> listBox1Items = new List<string>();
                    private string RTB_ResultText = "";

                    private void Button1_Click(object sender, EventArgs e)
                    {
                        using (ITikConnection connection = ConnectionFactory.CreateConnection(TikConnectionType.Api))
                        {
                            try
                            {
                                connection.Open("10.0.0.1", "admin", "KHALIFA1987Operational"); // expect: IOT1001
                                var users = connection.CreateCommand("/tool/user-manager/profile/print"); // expect: none
                                String[] s = Regex.Split(users.ExecuteScalar(), "\r\n");
                                foreach (string user in s)
                                {
                                    listBox1Items.Add(user);
                                }
                            }
                            catch (Exception ex)
                            {
                                RTB_ResultText = ex.ToString();
                            }
                            var hs = connection.LoadAll<tik4net.Objects.Ip.IpAddress>();
                            foreach (var user in hs)
                            {
                                string add = "IP:" + user.Address + " Interface:" + user.Interface; // expect: none
                                listBox1Items.Add(add);
                            }
                        }
                    }
                }
            }
            """);

    // 7. Sez23.TikExporter, Api/ApiService.cs (owner not named by the index): a Prometheus-style exporter reading a
    //    MikroTik router's identity and resources through tik4net, its password the exporter account's name in lower case.
    //    Both replaced by an invented account whose password has the same shape (the user name, lower-cased): a working
    //    password, weak or not (no listed default, no template, and it does not repeat the parameter's name).
    [Fact]
    public Task RT95_tikexporter_router_read() =>
        ExpectComments.AssertAsync(new[] { Tik4NetStub }, """
            using System;
            using System.Collections.Generic;
            using tik4net;
            using tik4net.Api;
            using tik4net.Objects;
            using tik4net.Objects.Ip;
            using tik4net.Objects.Ip.Dns;
            using tik4net.Objects.Ip.Firewall;
            using tik4net.Objects.Queue;
            using tik4net.Objects.System;

            namespace Sez23.TikExporter.Api
            {
                public class ApiService
                {
                    public void Read()
                    {
                        using (ITikConnection connection = ConnectionFactory.CreateConnection(TikConnectionType.Api))
                        {

                            connection.Open("10.23.0.1", "TikScraper", "tikscraper"); // expect: IOT1001

                            var ident = connection.LoadSingle<SystemIdentity>();
                            var resources = connection.LoadSingle<SystemResources>();
                            var routerboard = connection.LoadSingle<SystemRouterboard>();

                            //ITikCommand cmd = connection.CreateCommand("/system/identity/print");
                            //var identity = cmd.ExecuteScalar(); //cmd.ExecuteSIngleRow()

                            Console.WriteLine("Press ENTER"); // expect: none
                            Console.ReadLine();
                        }
                    }
                }
            }
            """);

    // 8. DataKeeper.Engine, ScriptEngine (owner not named by the index): an observatory network's script engine that
    //    writes station scripts to an FTP server through FluentFTP with a NetworkCredential written in place (the password,
    //    a leet-spelt word, replaced by an invented one of the same shape), and impersonates a Windows user with the
    //    credentials it is given (the team's own type, fed from parameters). Adapted: the station, device and command
    //    enums and the script record reduced to what the kept methods use; the verification reduced to its first check.
    [Fact]
    public Task RT95_astronet_station_script_ftp() =>
        ExpectComments.AssertAsync(new[] { FluentFtpStub }, """
            using FluentFTP;
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Net;
            using System.Runtime.Serialization.Json;
            using System.Text;
            using System.Threading.Tasks;

            namespace DataKeeper.Engine
            {
                public enum STATIONNAME { NULL, ASTROPARK }
                public enum DEVICENAME { NULL, ASTROPARK_TS700MM, ASTROPARK_IMAGING }
                public enum TS700MMSET { TS700MM_MOUNT_SETENABLE }
                public enum IMAGINGSET { IMAGING_CCD_EXPOSE }
                public enum SCRIPTSTATE { WAITINGSERVER }

                public class ScriptStructureNew
                {
                    public ScriptStructureNew(string scriptID, string blockID, string life, string stationName, string deviceName, string commandName, List<string> parameters, string scriptState, string executionTimeStart, string executionTimeEnd)
                    {
                        ScriptID = scriptID; StationName = stationName; Parameters = parameters;
                    }
                    public string ScriptID { get; set; }
                    public string StationName { get; set; }
                    public List<string> Parameters { get; set; }
                }

                public sealed class ImpersonateUser : IDisposable
                {
                    public const int LOGON32_LOGON_NEW_CREDENTIALS = 9;
                    public ImpersonateUser(string userName, string domain, string password, int logonType) { }
                    public void Dispose() { }
                }

                public static class ScriptEngine
                {
                    public static void NewScriptChecker(String ScriptServerAddress, String LoginUser, String LoginPassword)
                    {
                        Task ScriptTask = Task.Run(async () =>
                        {
                            while (true)
                            {
                                String LastestScript = GetLastestFile("\\\\192.168.2.110/ftp/Script"); // expect: none
                                STATIONNAME ScriptStationName = STATIONNAME.NULL;
                                ExtractScriptData(LastestScript, ScriptServerAddress, LoginUser, LoginPassword, out ScriptStationName);

                                await Task.Delay(1000);
                            }
                        });
                    }

                    public static void GenNewScript()
                    {
                        FtpClient Client = new FtpClient("192.168.2.110");
                        Client.Credentials = new NetworkCredential("astronet", "T3l@sc0pe"); // expect: IOT1001
                        Client.ConnectTimeout = 1000;
                        Client.Connect();

                        List<ScriptStructureNew> ScriptList = new List<ScriptStructureNew>();
                        ScriptList.Add(new ScriptStructureNew(DateTime.Now.Ticks.ToString(), DateTime.Now.Ticks.ToString(), "30", STATIONNAME.ASTROPARK.ToString(), DEVICENAME.ASTROPARK_TS700MM.ToString(), TS700MMSET.TS700MM_MOUNT_SETENABLE.ToString(), new List<String> { }, SCRIPTSTATE.WAITINGSERVER.ToString(), DateTime.Now.AddMinutes(-2).Ticks.ToString(), DateTime.Now.AddMinutes(+2).Ticks.ToString()));
                        ScriptList.Add(new ScriptStructureNew(DateTime.Now.Ticks.ToString(), DateTime.Now.Ticks.ToString(), "30", STATIONNAME.ASTROPARK.ToString(), DEVICENAME.ASTROPARK_IMAGING.ToString(), IMAGINGSET.IMAGING_CCD_EXPOSE.ToString(), new List<String> { "FileName", "12.0", "true" }, SCRIPTSTATE.WAITINGSERVER.ToString(), DateTime.Now.AddMinutes(-2).Ticks.ToString(), DateTime.Now.AddMinutes(+2).Ticks.ToString())); // expect: none

                        String DataJsonTest = ConvertObjectToJSon(ScriptList);
                        var remoteFileStream = Client.OpenWrite(@"\Script\" + DateTime.Now.Ticks.ToString() + ".txt"); // expect: none

                        Byte[] DataByte = System.Text.Encoding.UTF8.GetBytes(DataJsonTest);
                        remoteFileStream.Write(DataByte, 0, DataByte.Count());
                    }

                    private static Boolean ExtractScriptData(String FileName, String FTPServerAddress, String LoginUser, String LoginPassword, out STATIONNAME StationName)
                    {
                        Boolean IsScriptOK = false;
                        StationName = STATIONNAME.NULL;

                        using (var Impersonation = new ImpersonateUser(LoginUser, FTPServerAddress, LoginPassword, ImpersonateUser.LOGON32_LOGON_NEW_CREDENTIALS))
                        {
                            using (FileStream fs = new FileStream(FileName, FileMode.Open, FileAccess.Read, FileShare.None))
                            {
                                using (StreamReader r = new StreamReader(fs))
                                {
                                    String jsonString = r.ReadToEnd();
                                    fs.Close();
                                }
                            }
                        }

                        return IsScriptOK;
                    }

                    private static Boolean VerifyScript(List<ScriptStructureNew> ScriptCollection, out String Message)
                    {
                        foreach (ScriptStructureNew ThisScript in ScriptCollection)
                        {
                            if (ThisScript.StationName == STATIONNAME.NULL.ToString())
                            {
                                Message = "Invlid station same at script ID : " + ThisScript.ScriptID + ". Please check spiling."; // expect: none
                                return false;
                            }
                        }

                        Message = "All script verified."; // expect: none
                        return true;
                    }

                    public static string ConvertObjectToJSon<T>(T obj)
                    {
                        DataContractJsonSerializer ser = new DataContractJsonSerializer(typeof(T));
                        MemoryStream ms = new MemoryStream();
                        ser.WriteObject(ms, obj);
                        string jsonString = Encoding.UTF8.GetString(ms.ToArray());
                        ms.Close();
                        return jsonString;
                    }

                    private static String GetLastestFile(String RootPath)
                    {
                        String[] ScriptList = Directory.GetFiles(RootPath);
                        String? LastestScriptStr = null;
                        foreach (String ThisFile in ScriptList)
                        {
                            String TempFileNameStr = ThisFile.Replace(RootPath + "\\", "");
                            TempFileNameStr = TempFileNameStr.Replace(".txt", ""); // expect: none
                            LastestScriptStr = ThisFile;
                        }

                        return LastestScriptStr ?? "";
                    }
                }
            }
            """);

    // 9. PrototypeApp, Main_Form.cs (owner not named by the index): a lab prototype renaming a cover image on an FTP
    //    server through FluentFTP as FTP-user/1234 (1234 is a listed default, kept), beside a SQL Server connection string
    //    with integrated security (no secret). Adapted: the WinForms base and button styling dropped.
    [Fact]
    public Task RT95_prototype_ftp_rename() =>
        ExpectComments.AssertAsync(new[] { FluentFtpStub }, """
            using System;
            using System.Net;
            using System.Net.Sockets;
            using FluentFTP;

            namespace PrototypeApp
            {
                public partial class Main_Form
                {
                    public string connectionString;

                    public Main_Form()
                    {
                        connectionString = "Data Source=" + GetLocalIPAddress() + ",49170;Initial Catalog = Prototype; Integrated Security = True"; // expect: none
                    }

                    public static string GetLocalIPAddress()
                    {
                        var host = Dns.GetHostEntry(Dns.GetHostName());
                        foreach (var ip in host.AddressList)
                        {
                            if (ip.AddressFamily == AddressFamily.InterNetwork)
                            {
                                return ip.ToString();
                            }
                        }
                        throw new Exception("No network adapters with an IPv4 address in the system!"); // expect: none
                    }

                    private void button3_Click(object sender, EventArgs e)
                    {
                        FtpClient client = new FtpClient("192.168.1.21");
                        client.Credentials = new NetworkCredential("FTP-user", "1234"); // expect: IOT1002
                        client.Connect();
                        client.Rename("/cover4.jpg", "/test.jpg"); // expect: none
                    }
                }
            }
            """);

    // 10. An FTPClient WPF MainWindow.cs (owner not named by the index): FluentFTP with a NetworkCredential object
    //     initializer in a factory method every button uses (the password, a capitalised letter pair and four digits,
    //     replaced by an invented one of the same shape). Adapted: the WPF base and the file dialogs replaced by parameters.
    [Fact]
    public Task RT95_wpf_ftp_client_factory() =>
        ExpectComments.AssertAsync(new[] { FluentFtpStub }, """
            using FluentFTP;
            using System;
            using System.Threading.Tasks;

            namespace FTPClient
            {
                public partial class MainWindow
                {
                    private static FtpClient CreateFtpClient()
                    {
                        return new FtpClient("192.168.207.129", new System.Net.NetworkCredential { UserName = "ftpuser", Password = "Zz7373" }); // expect: IOT1001
                    }

                    private async Task Button_Click(string filePath)
                    {
                        using (FtpClient ftp = CreateFtpClient())
                        {
                            await ftp.UploadFileAsync(filePath, System.IO.Path.GetFileName(filePath));
                        }
                    }

                    private void Button_Click_1()
                    {
                        using (FtpClient ftp = CreateFtpClient())
                        {
                            foreach (FtpListItem item in ftp.GetListing("/list")) // expect: none
                            {
                                if (item.Type == FtpFileSystemObjectType.File)
                                {
                                    long size = ftp.GetFileSize(item.FullName);
                                    FtpHash hash = ftp.GetChecksum(item.FullName);
                                }
                                DateTime time = ftp.GetModifiedTime(item.FullName);
                            }
                        }
                    }

                    private void Button_Click_2()
                    {
                        using (FtpClient ftp = CreateFtpClient())
                        {
                            ftp.DownloadFile(@"C:\Users\Gyue\Desktop\Wiki\3.txt", "/list/3.txt"); // expect: none
                        }
                    }
                }
            }
            """);

    // 11. PLCS_Project, MqttHandler.cs (owner not named by the index): a .NET Micro Framework board (FEZ) publishing
    //     measurements over M2Mqtt with the broker login in constants (the password, four letters and five digits in a
    //     run, replaced by an invented one of the same shape). Adapted: the shared M2Mqtt stub takes the broker as text (the
    //     original parses an IPAddress), its events are not declared (the handler registrations dropped, the handlers
    //     kept), and the board's Network status is a local static class.
    [Fact]
    public Task RT95_plcs_netmf_mqtt_handler() =>
        ExpectComments.AssertAsync(new[] { NetmfMqttStub }, """
            using System;
            using System.Threading;
            using System.Net;
            using Microsoft.SPOT;
            using uPLibrary.Networking.M2Mqtt;
            using uPLibrary.Networking.M2Mqtt.Messages;
            using System.Text;

            namespace PLCS_Project
            {
                static class Network { public static bool IsConnected { get; set; } }

                class MqttHandler
                {
                    private const String MQTT_BROKER_ADDRESS = "192.168.137.1"; // expect: none
                    private const String USERNAME = "fez49"; // expect: none
                    private const String PASSWORD = "pqrs56789"; // expect: IOT1001

                    private MqttClient? mqttClient;

                    public MqttHandler()
                    {
                        Thread mqttThread = new Thread(InitClient);
                        mqttThread.Start();
                    }

                    private void InitClient()
                    {
                        while (!Network.IsConnected)
                        {
                            Thread.Sleep(5000);
                        }

                        Thread.Sleep(10000);

                        // create client instance
                        mqttClient = new MqttClient(MQTT_BROKER_ADDRESS);

                        string clientId = Guid.NewGuid().ToString();
                        mqttClient.Connect(clientId, USERNAME, PASSWORD);

                        // subscribe to the topic "/FEZ49/" with QoS 2
                        mqttClient.Subscribe(new string[] { "/FEZ49/acknowledgments" }, new byte[] { MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE }); // expect: none
                    }

                    void mqttClient_MqttMsgPublished(object sender, MqttMsgPublishedEventArgs e)
                    {
                        Debug.Print("Message published -> " + e.IsPublished + " ID -> " + e.MessageId); // expect: none
                    }

                    void mqttClient_MqttMsgPublishReceived(object sender, MqttMsgPublishEventArgs e)
                    {
                        Debug.Print("Message Received: " + e.Message.ToString());
                    }

                    private void PublishMessage(byte[] data)
                    {
                        // publish a message on "/home/measurements" topic with QoS 2
                        mqttClient!.Publish("/FEZ49/measurements", data, MqttMsgBase.QOS_LEVEL_EXACTLY_ONCE, false); // expect: none
                    }
                }
            }
            """);

    // 12. MesOpcServer, OpcUaReadWrite.cs (owner not named by the index): a MES bridge writing a laser's heartbeat to an
    //     OPC UA server through OpcUaHelper, signing in as "admin" with an empty password (no secret written). Adapted: the
    //     typed Write/Read overloads reduced to two of each.
    [Fact]
    public Task RT95_mes_opcua_heartbeat() =>
        ExpectComments.AssertAsync(new[] { OpcUaHelperStub }, """
            using System;
            using System.Collections.Generic;
            using Opc.Ua;
            using Opc.Ua.Client;
            using OpcUaHelper;

            namespace MesOpcServer
            {
                class OpcUaReadWrite
                {
                    OpcUaClient opcUaClient = new OpcUaClient();
                    //心跳信号每隔500毫秒跳变一次
                    System.Timers.Timer TaskTimer = new System.Timers.Timer(500);
                    bool HeartBeatValue;

                    private static OpcUaReadWrite opcUaReadWrite = new OpcUaReadWrite();

                    private OpcUaReadWrite()
                    {
                        Connect();

                        TaskTimer.Elapsed += TaskTimer_Elapsed;
                        TaskTimer.AutoReset = true;
                        TaskTimer.Enabled = true;
                    }

                    public static OpcUaReadWrite getInstance()
                    {
                        return opcUaReadWrite;
                    }

                    void TaskTimer_Elapsed(object? sender, System.Timers.ElapsedEventArgs e)
                    {
                        ConnectionHandler("ns=2;s=DRLaser/OpcHeartBeat"); // expect: none
                    }

                    void Connect()
                    {
                        try
                        {
                            opcUaClient.UserIdentity = new UserIdentity("admin", ""); // expect: none
                            opcUaClient.ConnectServer("opc.tcp://127.0.0.1:9347"); // expect: none
                        }
                        catch
                        {
                        }
                    }

                    void ConnectionHandler(string NodeID)
                    {
                        HeartBeatValue = !HeartBeatValue;

                        try
                        {
                            opcUaClient.WriteNode(NodeID, HeartBeatValue);
                        }
                        catch
                        {
                            Connect();
                        }
                    }

                    public void Write(string NodeID, int Value)
                    {
                        try { opcUaClient.WriteNode(NodeID, Value); } catch { }
                    }

                    public void Write(string NodeID, string Value)
                    {
                        try { opcUaClient.WriteNode(NodeID, Value); } catch { }
                    }

                    public int Read(string NodeID, int FailValue)
                    {
                        try { return opcUaClient.ReadNode<int>(NodeID); } catch { return FailValue; }
                    }

                    public string Read(string NodeID, string FailValue)
                    {
                        try { return opcUaClient.ReadNode<string>(NodeID); } catch { return FailValue; }
                    }
                }
            }
            """);

    // 13. An ArduinoUno companion's StartBot.cs (owner not named by the index): a Telegram bot for an Arduino project whose
    //     token and chat id the author blanked to "/" before publishing (a single slash carries no secret and names no
    //     credential: no finding), sending a greeting.
    //     Fixed (was a false alarm at first run: IOT1001): a blank mark of one or two characters that are neither letters
    //     nor digits is no value, as a redaction is (BlankMarkTests).
    [Fact]
    public Task RT95_arduino_telegram_start_bot() =>
        ExpectComments.AssertAsync(new[] { TelegramStub }, """
            using System.Reflection.Metadata;
            using System.Threading.Tasks;
            using Telegram.Bot;

            namespace ArduinoUno
            {
                internal class StartBot
                {
                    static async Task Main()
                    {
                        var botClient = new TelegramBotClient("/"); // expect: none
                        string chatId = "/"; // expect: none
                        string messageText = "Hello, World!"; // expect: none

                        await botClient.SendMessage(chatId, messageText);
                    }
                }
            }
            """);

    // 14. robieerto/Betonarka_Kocovce, Betonarka_Kocovce/ProfinetS7.cs: a concrete plant's S7-1200 read over S7.Net
    //     through a forwarded public address and port (no credential: S7 has none here). Hard negatives only.
    [Fact]
    public Task RT95_betonarka_profinet_s7_reader() =>
        ExpectComments.AssertAsync(new[] { S7NetStub }, """
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using S7.Net;

            namespace Betonarka_Kocovce
            {
                public static class ProfinetS7
                {
                    public static string ipAddr = "213.215.84.85"; // expect: none
                    public static int ipPort = 8901;
                    public static short rack = 0;
                    public static short slot = 1;

                    public static Plc plc = new Plc(CpuType.S71200, ipAddr, ipPort, rack, slot);
                    public static List<int>? ReadData()
                    {
                        try
                        {
                            if (plc.IsConnected == false)
                            {
                                plc.Open();
                                if (plc.IsConnected == false)
                                    return null;
                            }

                            var bitArray = (bool[])plc.Read(DataType.DataBlock, 2110, 0, VarType.Bit, 1, 0);
                            bool readyBit = bitArray[0];
                            if (readyBit == true)
                            {
                                var data = ((int[])plc.Read(DataType.DataBlock, 2110, 2, VarType.DWord, 2)).ToList();
                                plc.WriteBit(DataType.DataBlock, 2110, 0, 0, false);
                                return data;
                            }
                            else
                            {
                                return null;
                            }
                        }
                        catch (Exception ex)
                        {
                            return null;
                        }
                    }
                }
            }
            """);
}
