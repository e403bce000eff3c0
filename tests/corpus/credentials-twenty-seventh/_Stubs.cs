#nullable disable
// Library surface corpus27 needs that the shared Stubs.g.cs lacks. Namespaces, type names and parameter names follow
// the real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims and
// not the library's own surface say so in a comment: extension methods standing in for instance members of shared
// stub classes that are not partial (DeviceClient, the MQTTnet v3 builder), and a few simplified signatures (noted).
// Nothing here redeclares a type Stubs.g.cs declares in the same namespace.
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// ================================================================ Newtonsoft.Json
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "{}";
    }
}

// ================================================================ Azure IoT device SDK (members the shared stub lacks)
namespace Microsoft.Azure.Devices.Client
{
    public class Message : IDisposable
    {
        public Message() { }
        public Message(byte[] byteArray) { }
        public IDictionary<string, string> Properties { get; } = new Dictionary<string, string>();
        public string MessageId { get; set; }
        public string ContentEncoding { get; set; }
        public string ContentType { get; set; }
        public byte[] GetBytes() => Array.Empty<byte>();
        public void Dispose() { }
    }

    // Shim: instance members of the shared (non-partial) DeviceClient stub, as extension methods.
    public static class DeviceClientInstanceShim
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task<Message> ReceiveAsync(this DeviceClient client) => Task.FromResult<Message>(null);
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

// ================================================================ Azure Event Hubs
namespace Microsoft.Azure.EventHubs
{
    public class EventData { public EventData(byte[] array) { } }
    public class EventHubClient
    {
        public static EventHubClient CreateFromConnectionString(string connectionString) => new EventHubClient();
        public Task SendAsync(EventData eventData) => Task.CompletedTask;
    }
}

// ================================================================ MQTTnet v3 (members the shared stub lacks)
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    public class MqttClientOptionsBuilderTlsParameters
    {
        public bool UseTls { get; set; }
        public bool AllowUntrustedCertificates { get; set; }
    }

    // Shim: instance members of the shared (non-partial) v3 MqttClientOptionsBuilder stub, as extension methods.
    public static class MqttClientOptionsBuilderV3Shim
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder, MqttClientOptionsBuilderTlsParameters parameters) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null;
    }
}

// ================================================================ System.IO.Ports (a separate package on .NET)
namespace System.IO.Ports
{
    public class SerialPort : IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName) { }
        public SerialPort(string portName, int baudRate) { }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public int ReadTimeout { get; set; }
        public string NewLine { get; set; } = "\n";
        public bool IsOpen => true;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadLine() => "OK";
        public string ReadExisting() => "OK";
        public void Dispose() { }
    }
}

// ================================================================ WindowsAzure.Storage (classic client)
namespace Microsoft.WindowsAzure.Storage.Auth
{
    public sealed class StorageCredentials { public StorageCredentials(string accountName, string keyValue) { } }
}
namespace Microsoft.WindowsAzure.Storage.Blob
{
    public class CloudBlockBlob { public Task UploadFromFileAsync(string path) => Task.CompletedTask; } // simplified: a path instead of a StorageFile
    public class CloudBlobContainer { public CloudBlockBlob GetBlockBlobReference(string blobName) => new CloudBlockBlob(); }
    public class CloudBlobClient { public CloudBlobContainer GetContainerReference(string containerName) => new CloudBlobContainer(); }
}
namespace Microsoft.WindowsAzure.Storage
{
    public sealed class CloudStorageAccount
    {
        public CloudStorageAccount(Microsoft.WindowsAzure.Storage.Auth.StorageCredentials storageCredentials, bool useHttps) { }
        public Microsoft.WindowsAzure.Storage.Blob.CloudBlobClient CreateCloudBlobClient() => new Microsoft.WindowsAzure.Storage.Blob.CloudBlobClient();
    }
}

// ================================================================ Telegram.Bot
namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token, System.Net.Http.HttpClient httpClient = null) { }
        public Task<string> GetMeAsync(CancellationToken cancellationToken = default) => Task.FromResult("bot"); // simplified: a User in the real library
    }
}

// ================================================================ System.Data.SqlClient (a separate package on .NET)
namespace System.Data.SqlClient
{
    public sealed class SqlConnectionStringBuilder
    {
        public string DataSource { get; set; }
        public string InitialCatalog { get; set; }
        public bool PersistSecurityInfo { get; set; }
        public string UserID { get; set; }
        public string Password { get; set; }
        public string ConnectionString => "";
    }
    public sealed class SqlParameter
    {
        public object Value { get; set; }
        public System.Data.ParameterDirection Direction { get; set; }
    }
    public sealed class SqlParameterCollection
    {
        public SqlParameter Add(string parameterName, System.Data.SqlDbType sqlDbType) => new SqlParameter();
    }
    public sealed class SqlCommand : IDisposable
    {
        public System.Data.CommandType CommandType { get; set; }
        public string CommandText { get; set; }
        public SqlParameterCollection Parameters { get; } = new SqlParameterCollection();
        public int ExecuteNonQuery() => 0;
        public void Dispose() { }
    }
    public sealed class SqlConnection : IDisposable
    {
        public SqlConnection(string connectionString) { }
        public void Open() { }
        public void Close() { }
        public SqlCommand CreateCommand() => new SqlCommand();
        public void Dispose() { }
    }
}

// ================================================================ Microsoft.Extensions.Configuration
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string this[string key] { get; set; }
    }
    public static class ConfigurationBinder
    {
        public static T GetValue<T>(this IConfiguration configuration, string key) => default;
        public static T GetValue<T>(this IConfiguration configuration, string key, T defaultValue) => defaultValue;
    }
}

// ================================================================ InfluxDB.Client
namespace InfluxDB.Client.Api.Domain
{
    public enum WritePrecision { Ns, Us, Ms, S }
}
namespace InfluxDB.Client.Core.Flux.Domain
{
    public class FluxRecord { public IDictionary<string, object> Values { get; } = new Dictionary<string, object>(); }
    public class FluxTable { public List<FluxRecord> Records { get; } = new List<FluxRecord>(); }
}
namespace InfluxDB.Client.Writes
{
    public class PointData
    {
        public static PointData Measurement(string measurementName) => new PointData();
        public PointData Field(string name, double value) => this;
        public PointData Field(string name, object value) => this;
        public PointData Timestamp(DateTime timestamp, InfluxDB.Client.Api.Domain.WritePrecision timeUnit) => this;
    }
}
namespace InfluxDB.Client
{
    public class WriteApi : IDisposable
    {
        public void WritePoint(InfluxDB.Client.Writes.PointData point, string bucket = null, string org = null) { }
        public void Dispose() { }
    }
    public class QueryApi
    {
        public Task<List<InfluxDB.Client.Core.Flux.Domain.FluxTable>> QueryAsync(string query, string org = null) =>
            Task.FromResult(new List<InfluxDB.Client.Core.Flux.Domain.FluxTable>());
    }
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApi GetWriteApi() => new WriteApi();
        public QueryApi GetQueryApi() => new QueryApi();
        public void Dispose() { }
    }
}

// ================================================================ OPC UA (.NET Standard stack)
namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
    }
}
