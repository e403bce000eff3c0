// Stubs of library types the corpus uses that Stubs.cs (IoTSecure.Analyzers.Tests.Infrastructure) does not declare.
// Real namespaces, type names, member names and parameter names; bodies are placeholders.
#nullable enable

namespace nanoFramework.WebServer
{
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    public class RouteAttribute : System.Attribute { public RouteAttribute(string route) { } }
    public class WebServerEventArgs { public System.Net.HttpListenerContext Context => default!; }
}

namespace LibVLCSharp.Shared
{
    public enum FromType { FromPath, FromLocation, AsNode }
    public class LibVLC { public LibVLC(params string[] options) { } }
    public class Media { public Media(LibVLC libVLC, string mrl, FromType type = FromType.FromPath, params string[] options) { } }
}

namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials { public BasicAWSCredentials(string accessKey, string secretKey) { } }
}

namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection { public SqlConnection(string connectionString) { } }
}

namespace Microsoft.Data.Sqlite
{
    public class SqliteConnection { public SqliteConnection(string? connectionString) { } }
}

namespace Npgsql
{
    public sealed class NpgsqlConnection { public NpgsqlConnection(string? connectionString) { } }
}

namespace Opc.Ua
{
    public class UserIdentity { public UserIdentity(string username, string password) { } }
}

namespace StackExchange.Redis
{
    public sealed class EndPointCollection : System.Collections.ObjectModel.Collection<System.Net.EndPoint>
    {
        public void Add(string hostAndPort) { }
    }
    public sealed class ConfigurationOptions
    {
        public string? Password { get; set; }
        public string? User { get; set; }
        public bool Ssl { get; set; }
        public EndPointCollection EndPoints { get; init; } = new();
    }
    public interface IConnectionMultiplexer { }
    public sealed class ConnectionMultiplexer : IConnectionMultiplexer
    {
        public static ConnectionMultiplexer Connect(string configuration, System.IO.TextWriter? log = null) => default!;
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration, System.IO.TextWriter? log = null) => default!;
    }
}

namespace RabbitMQ.Client
{
    public interface IConnection { }
    public sealed class ConnectionFactory
    {
        public string HostName { get; set; } = default!;
        public int Port { get; set; }
        public string UserName { get; set; } = default!;
        public string Password { get; set; } = default!;
        public string VirtualHost { get; set; } = default!;
        public System.Uri Uri { get; set; } = default!;
        public IConnection CreateConnection() => default!;
    }
}

namespace System.IO.Ports
{
    public class SerialPort
    {
        public SerialPort(string portName, int baudRate) { }
        public string NewLine { get; set; } = default!;
        public int ReadTimeout { get; set; }
        public void Open() { }
        public void WriteLine(string text) { }
        public void Write(string text) { }
        public string ReadLine() => default!;
        public string ReadExisting() => default!;
    }
}

namespace Windows.Devices.Enumeration
{
    [System.Flags]
    public enum DevicePairingKinds : uint { None = 0, ConfirmOnly = 1, DisplayPin = 2, ProvidePin = 4, ConfirmPinMatch = 8 }
    public sealed class DevicePairingRequestedEventArgs
    {
        public DevicePairingKinds PairingKind => default;
        public string Pin => default!;
        public void Accept() { }
        public void Accept(string pin) { }
    }
}
