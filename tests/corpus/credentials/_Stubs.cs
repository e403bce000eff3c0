// Stubs for library types the corpus uses that the project's Stubs.cs does not declare.
// Namespaces, type names, member names and parameter names follow the real libraries; bodies are placeholders.
// Nothing here carries a credential: this file has no expect labels.
#nullable enable
#pragma warning disable CS8618, CS8625, CS0067

namespace Meadow.Logging
{
    public class Logger
    {
        public void Info(string message) { }
        public void Warn(string message) { }
        public void Error(string message) { }
    }
}

namespace Meadow
{
    public interface IApp { }

    public abstract class App<T> : IApp where T : class
    {
        public static T Device => default!;
        public virtual System.Threading.Tasks.Task Initialize() => System.Threading.Tasks.Task.CompletedTask;
        public virtual System.Threading.Tasks.Task Run() => System.Threading.Tasks.Task.CompletedTask;
    }

    public static class Resolver
    {
        public static Meadow.Logging.Logger Log { get; } = new Meadow.Logging.Logger();
    }
}

namespace Meadow.Hardware
{
    public interface INetworkAdapterCollection
    {
        T Primary<T>() where T : class;
    }
}

namespace Meadow.Devices
{
    public class F7CoreComputeV2
    {
        public Meadow.Hardware.INetworkAdapterCollection NetworkAdapters { get; } = default!;
        public string SerialNumber => "";
    }

    public class F7FeatherV2
    {
        public Meadow.Hardware.INetworkAdapterCollection NetworkAdapters { get; } = default!;
    }
}

namespace nanoFramework.WebServer
{
    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    public class RouteAttribute : System.Attribute
    {
        public RouteAttribute(string route) { }
    }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public class MethodAttribute : System.Attribute
    {
        public MethodAttribute(string method) { }
    }

    public class WebServerEventArgs : System.EventArgs
    {
        public System.Net.HttpListenerContext Context { get; } = default!;
    }
}


namespace Amqp
{
    public class Connection
    {
        public Connection(Address address) { }
    }

    public class ConnectionFactory
    {
        public System.Threading.Tasks.Task<Connection> CreateAsync(Address address) => System.Threading.Tasks.Task.FromResult(new Connection(address));
    }

    public class Session
    {
        public Session(Connection connection) { }
    }

    public class Message
    {
        public Message() { }
        public Message(object body) { }
    }

    public class SenderLink
    {
        public SenderLink(Session session, string name, string address) { }
        public System.Threading.Tasks.Task SendAsync(Message message) => System.Threading.Tasks.Task.CompletedTask;
    }
}

namespace Microsoft.Data.SqlClient
{
    public sealed class SqlConnection : System.IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }

    public sealed class SqlConnectionStringBuilder
    {
        public string DataSource { get; set; } = "";
        public string InitialCatalog { get; set; } = "";
        public string UserID { get; set; } = "";
        public string Password { get; set; } = "";
        public bool IntegratedSecurity { get; set; }
        public bool TrustServerCertificate { get; set; }
        public string ConnectionString => "";
    }
}

namespace Npgsql
{
    public sealed class NpgsqlConnection : System.IDisposable
    {
        public NpgsqlConnection(string? connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }

    public sealed class NpgsqlDataSource
    {
        public static NpgsqlDataSource Create(string connectionString) => new NpgsqlDataSource();
    }
}

namespace MySqlConnector
{
    public sealed class MySqlConnection : System.IDisposable
    {
        public MySqlConnection(string? connectionString) { }
        public void Open() { }
        public void Dispose() { }
    }
}

namespace StackExchange.Redis
{
    public sealed class ConfigurationOptions
    {
        public string? Password { get; set; }
        public string? User { get; set; }
        public bool Ssl { get; set; }
        public static ConfigurationOptions Parse(string configuration) => new ConfigurationOptions();
    }

    public sealed class ConnectionMultiplexer
    {
        public static ConnectionMultiplexer Connect(string configuration, System.IO.TextWriter? log = null) => new ConnectionMultiplexer();
        public static ConnectionMultiplexer Connect(ConfigurationOptions configuration, System.IO.TextWriter? log = null) => new ConnectionMultiplexer();
    }
}

namespace MongoDB.Driver
{
    public class MongoClient
    {
        public MongoClient(string connectionString) { }
    }
}

namespace RabbitMQ.Client
{
    public class ConnectionFactory
    {
        public string HostName { get; set; } = "localhost";
        public string UserName { get; set; } = "guest";
        public string Password { get; set; } = "guest";
        public string VirtualHost { get; set; } = "/";
        public System.Uri Uri { get; set; } = default!;
    }
}

namespace Azure.Storage.Blobs
{
    public class BlobServiceClient
    {
        public BlobServiceClient(string connectionString) { }
    }
}

namespace Amazon.Runtime
{
    public class BasicAWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

namespace System.IO.Ports
{
    public class SerialPort : System.IDisposable
    {
        public SerialPort(string portName, int baudRate) { }
        public void Open() { }
        public void Write(string text) { }
        public void Write(byte[] buffer, int offset, int count) { }
        public void WriteLine(string text) { }
        public string ReadLine() => "";
        public string ReadExisting() => "";
        public void Dispose() { }
    }
}
