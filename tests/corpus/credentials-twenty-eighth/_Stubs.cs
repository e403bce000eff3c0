#nullable disable
// Library surface corpus28 needs that the shared Stubs.g.cs lacks. Namespaces, type names and parameter names follow the
// real libraries as far as the corpus uses them; bodies are empty or return defaults. Members that are shims and not the
// library's own surface say so in a comment: extension methods standing in for instance members of shared stub classes
// that are not partial (the Azure IoT DeviceClient). Nothing here redeclares a type Stubs.g.cs declares in the same namespace.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

// ================================================================ Newtonsoft.Json
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static string SerializeObject(object value) => "{}";
        public static T DeserializeObject<T>(string value) => default(T);
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
        public string ContentEncoding { get; set; }
        public string ContentType { get; set; }
        public byte[] GetBytes() => Array.Empty<byte>();
        public void Dispose() { }
    }

    public class MethodRequest
    {
        public string Name { get; }
        public byte[] Data { get; } = Array.Empty<byte>();
        public string DataAsJson => "{}";
    }

    public class MethodResponse
    {
        public MethodResponse(int status) { }
        public MethodResponse(byte[] result, int status) { }
    }

    public delegate Task<MethodResponse> MethodCallback(MethodRequest methodRequest, object userContext);

    // Shim: instance members of the shared (non-partial) DeviceClient stub, as extension methods.
    public static class DeviceClientInstanceShim
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task<Message> ReceiveAsync(this DeviceClient client) => Task.FromResult<Message>(null);
        public static Task CompleteAsync(this DeviceClient client, Message message) => Task.CompletedTask;
        public static Task SetMethodHandlerAsync(this DeviceClient client, string methodName, MethodCallback methodHandler, object userContext) => Task.CompletedTask;
        public static Task UploadToBlobAsync(this DeviceClient client, string blobName, Stream source) => Task.CompletedTask;
        public static Task OpenAsync(this DeviceClient client) => Task.CompletedTask;
    }
}

// ================================================================ Azure IoT service SDK (Microsoft.Azure.Devices)
namespace Microsoft.Azure.Devices
{
    public enum TransportType { Amqp, Amqp_WebSocket_Only }

    public class Message : IDisposable
    {
        public Message() { }
        public Message(byte[] byteArray) { }
        public void Dispose() { }
    }

    public class ServiceClient
    {
        public static ServiceClient CreateFromConnectionString(string connectionString) => new ServiceClient();
        public static ServiceClient CreateFromConnectionString(string connectionString, TransportType transportType) => new ServiceClient();
        public Task SendAsync(string deviceId, Message message) => Task.CompletedTask;
    }
}

// ================================================================ OPC UA .NET Standard (Opc.Ua)
namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }
}

// ================================================================ InfluxDB 2 client
namespace InfluxDB.Client
{
    public class WriteApiAsync
    {
        public System.Threading.Tasks.Task WriteRecordAsync(string record, string bucket = null, string org = null) => System.Threading.Tasks.Task.CompletedTask;
    }

    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApiAsync GetWriteApiAsync() => new WriteApiAsync();
        public void Dispose() { }
    }
}

// ================================================================ 32feet.NET (InTheHand.Net.Bluetooth)
namespace InTheHand.Net
{
    public sealed class BluetoothAddress
    {
        public BluetoothAddress(long address) { }
        public static BluetoothAddress Parse(string address) => new BluetoothAddress(0);
        public long ToInt64() => 0;
    }
}

namespace InTheHand.Net.Bluetooth
{
    public static class BluetoothSecurity
    {
        public static bool SetPin(InTheHand.Net.BluetoothAddress device, string pin) => true;
        public static bool PairRequest(InTheHand.Net.BluetoothAddress device, string pin) => true;
    }
}

// ================================================================ AWS SDK (Amazon.Runtime)
namespace Amazon.Runtime
{
    public abstract class AWSCredentials { }
    public class BasicAWSCredentials : AWSCredentials
    {
        public BasicAWSCredentials(string accessKey, string secretKey) { }
    }
}

// ================================================================ MQTTnet v5 (members the shared stub lacks)
namespace MQTTnet
{
    // Shim: MqttClientOptionsBuilder.WithCredentials(IMqttClientCredentialsProvider) of the shared (non-partial) stub,
    // as an extension method taking the library's MqttClientCredentials.
    public static class MqttClientOptionsBuilderCredentialsShim
    {
        public static MqttClientOptionsBuilder WithCredentials(this MqttClientOptionsBuilder builder, MqttClientCredentials credentials) => builder;
    }
}
