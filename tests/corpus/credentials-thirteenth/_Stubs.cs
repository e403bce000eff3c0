// Library surface the corpus13 device files need that the shared Stubs.g.cs lacks.
// Real namespaces, type and parameter names of the libraries; bodies are empty.
#nullable disable
namespace System.IO.Ports
{
    public enum Parity { None, Odd, Even, Mark, Space }
    public enum StopBits { None, One, Two, OnePointFive }
    public enum Handshake { None, XOnXOff, RequestToSend, RequestToSendXOnXOff }
    public enum SerialData { Chars = 1, Eof = 2, WatchChar = 3 }
    public class SerialDataReceivedEventArgs : System.EventArgs { public SerialData EventType { get; } }
    public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);
    public class SerialPort : System.IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public static string[] GetPortNames() => new string[0];
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public Parity Parity { get; set; }
        public StopBits StopBits { get; set; }
        public Handshake Handshake { get; set; }
        public int DataBits { get; set; }
        public int ReadTimeout { get; set; }
        public int ReadBufferSize { get; set; }
        public string NewLine { get; set; }
        public char WatchChar { get; set; }
        public event SerialDataReceivedEventHandler DataReceived;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public string ReadLine() => "";
        public void Dispose() { }
    }
}
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token, System.Net.Http.HttpClient httpClient = null) { }
        public System.Threading.Tasks.Task<object> SendTextMessageAsync(object chatId, string text) => System.Threading.Tasks.Task.FromResult<object>(null);
    }
}
namespace InfluxDB.Client
{
    public class InfluxDBClient : System.IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public InfluxDBClient(string url, string username, string password, string database, string retentionPolicy) { }
        public void Dispose() { }
    }
    public static class InfluxDBClientFactory
    {
        public static InfluxDBClient Create(string url, string username, char[] password) => null;
        public static InfluxDBClient Create(string url, string token) => null;
    }
}
namespace RabbitMQ.Client
{
    public interface IConnection : System.IDisposable { }
    public class ConnectionFactory
    {
        public string HostName { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public string VirtualHost { get; set; }
        public int Port { get; set; }
        public IConnection CreateConnection() => null;
    }
}
namespace Bansky.SPOT.Mail
{
    public class MailMessage { public MailMessage(string from, string to, string subject, string body) { } }
    public class SmtpClient : System.IDisposable
    {
        public SmtpClient(string host, int port) { }
        public bool Authenticate { get; set; }
        public string Username { get; set; }
        public string Password { get; set; }
        public void Send(MailMessage message) { }
        public void Send(string from, string to, string subject, string body) { }
        public void Dispose() { }
    }
}
namespace FluentFTP
{
    public class FtpListItem { }
    public class FtpClient : System.IDisposable
    {
        public FtpClient(string host) { }
        public int Port { get; set; }
        public System.Net.NetworkCredential Credentials { get; set; }
        public void Connect() { }
        public FtpListItem[] GetListing(string path) => new FtpListItem[0];
        public void Dispose() { }
    }
}
namespace Hikvision.ISUPSDK
{
    public static class Defines { public struct NET_DVR_DEVICEINFO_V30 { public byte byChanNum; } }
    public static class Methods
    {
        public static bool NET_DVR_Init() => true;
        public static int NET_DVR_Login_V30(string sDVRIP, int wDVRPort, string sUserName, string sPassword, ref Defines.NET_DVR_DEVICEINFO_V30 lpDeviceInfo) => 0;
        public static bool NET_DVR_Logout_V30(int lUserID) => true;
        public static bool NET_DVR_Cleanup() => true;
        public static int Invoke(int result) => result;
    }
}
namespace GHIElectronics.Endpoint.Devices.Network
{
    public enum NetworkInterfaceType { Ethernet, WiFi }
    public class WiFiNetworkInterfaceSettings
    {
        public string Ssid { get; set; }
        public string Password { get; set; }
        public bool DhcpEnable { get; set; }
    }
    public class NetworkLinkConnectedChangedEventArgs : System.EventArgs { public bool Connected { get; } }
    public class NetworkController
    {
        public NetworkController(NetworkInterfaceType interfaceType, WiFiNetworkInterfaceSettings networkInterfaceSettings) { }
        public event System.EventHandler<NetworkLinkConnectedChangedEventArgs> NetworkLinkConnectedChanged;
        public void Enable() { }
    }
}
namespace ThingSpeakDotNet
{
    public class ThingSpeakFeed { public string Field1 { get; set; } public string Field2 { get; set; } public int? EntryId { get; set; } }
    public class ThingSpeakData { }
    public class ThingSpeakClient
    {
        public ThingSpeakClient(bool sslRequired) { }
        public System.Threading.Tasks.Task<ThingSpeakFeed> UpdateFeedAsync(string writeApiKey, ThingSpeakFeed feedEntry) => System.Threading.Tasks.Task.FromResult(feedEntry);
        public System.Threading.Tasks.Task<ThingSpeakData> ReadAllFeedsAsync(string readApiKey, int channelId) => System.Threading.Tasks.Task.FromResult(new ThingSpeakData());
    }
}
namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } }
    public sealed class Variable { public Variable(ObjectIdentifier id) { } public object Data { get; } }
}
namespace Lextm.SharpSnmpLib.Messaging
{
    public static class Messenger
    {
        public static System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> Get(Lextm.SharpSnmpLib.VersionCode version, System.Net.IPEndPoint endpoint, Lextm.SharpSnmpLib.OctetString community, System.Collections.Generic.IList<Lextm.SharpSnmpLib.Variable> variables, int timeout) => variables;
    }
}
namespace Amazon.Runtime
{
    public class BasicAWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}
