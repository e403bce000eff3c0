// Library surface used by the corpus8 device files that Stubs.All lacks. Real namespaces, type names and
// parameter names; bodies are placeholders.
#nullable disable
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace HomeAssistantSharp.Client.Websocket
{
    public class HassEventMessage { public string Source { get; set; } public string Data { get; set; } }
    public class HomeAssistantWebsocketClient
    {
        public HomeAssistantWebsocketClient(string host, int port, string token) { }
        public event EventHandler Ready;
        public event EventHandler<HassEventMessage> Event;
        public Task ConnectAsync() => Task.CompletedTask;
    }
}

namespace MQTTnet
{
    public class MqttFactory { public MQTTnet.Client.IMqttClient CreateMqttClient() => null; }
    public interface IMqttClient : IDisposable
    {
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken);
        Task DisconnectAsync();
        Task PublishStringAsync(string topic, string payload);
    }
    public class MqttClientFactory { public IMqttClient CreateMqttClient() => null; }
}

namespace MQTTnet.Client
{
    public interface IMqttClient : IDisposable
    {
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken);
        Task DisconnectAsync();
        Task PublishStringAsync(string topic, string payload);
    }
}

namespace InfluxDB.Client.Api.Domain { public enum WritePrecision { Ns, Us, Ms, S } }
namespace InfluxDB.Client.Writes
{
    public class PointData
    {
        public static PointData Measurement(string measurementName) => new PointData();
        public PointData Field(string name, object value) => this;
        public PointData Tag(string name, string value) => this;
        public PointData Timestamp(DateTime timestamp, InfluxDB.Client.Api.Domain.WritePrecision timeUnit) => this;
    }
}
namespace InfluxDB.Client
{
    public class WriteApi : IDisposable
    {
        public void WritePoint(string bucket, string org, InfluxDB.Client.Writes.PointData point) { }
        public void Dispose() { }
    }
    public class InfluxDBClient : IDisposable
    {
        public InfluxDBClient(string url, string token) { }
        public WriteApi GetWriteApi() => new WriteApi();
        public void Dispose() { }
    }
    public static class InfluxDBClientFactory
    {
        public static InfluxDBClient Create(string url, char[] token) => new InfluxDBClient(url, new string(token));
    }
}

namespace System.ServiceModel
{
    public enum SecurityMode { None, Transport, Message, TransportWithMessageCredential }
    public enum MessageCredentialType { None, Windows, UserName, Certificate, IssuedToken }
    public enum HttpClientCredentialType { None, Basic, Digest, Ntlm, Windows, Certificate, InheritedFromHost }
    public class NonDualMessageSecurityOverHttp { public MessageCredentialType ClientCredentialType { get; set; } }
    public class WSHttpSecurity { public SecurityMode Mode { get; set; } public NonDualMessageSecurityOverHttp Message { get; set; } }
    public class WSHttpBinding : System.ServiceModel.Channels.Binding { public WSHttpSecurity Security { get; set; } }
    public class EndpointAddress { public EndpointAddress(string uri) { } }
    public class ChannelFactory<TChannel>
    {
        public ChannelFactory(System.ServiceModel.Channels.Binding binding, EndpointAddress remoteAddress) { }
        public System.ServiceModel.Description.ServiceEndpoint Endpoint { get; } = new System.ServiceModel.Description.ServiceEndpoint();
        public TChannel CreateChannel() => default;
    }
}
namespace System.ServiceModel.Channels
{
    public abstract class Binding { }
    public abstract class BindingElement { }
    public class CustomBinding : Binding { public CustomBinding(params BindingElement[] bindingElementsInTopDownChannelStackOrder) { } }
    public class HttpTransportBindingElement : BindingElement { public System.Net.AuthenticationSchemes AuthenticationScheme { get; set; } }
    public sealed class EnvelopeVersion { public static EnvelopeVersion Soap12 { get; } = new EnvelopeVersion(); }
    public sealed class AddressingVersion { public static AddressingVersion None { get; } = new AddressingVersion(); }
    public sealed class MessageVersion { public static MessageVersion CreateVersion(EnvelopeVersion envelopeVersion, AddressingVersion addressingVersion) => new MessageVersion(); }
    public class TextMessageEncodingBindingElement : BindingElement { public MessageVersion MessageVersion { get; set; } }
}
namespace System.ServiceModel.Security
{
    public sealed class UserNamePasswordClientCredential { public string UserName { get; set; } public string Password { get; set; } }
}
namespace System.ServiceModel.Description
{
    public interface IEndpointBehavior { }
    public class ServiceEndpoint
    {
        public List<IEndpointBehavior> EndpointBehaviors { get; } = new List<IEndpointBehavior>();
        public List<IEndpointBehavior> Behaviors => EndpointBehaviors;
    }
    public class ClientCredentials : IEndpointBehavior
    {
        public System.ServiceModel.Security.UserNamePasswordClientCredential UserName { get; } = new System.ServiceModel.Security.UserNamePasswordClientCredential();
    }
}

// Generated WCF proxies of the adapted ONVIF projects (service references inside those projects).
namespace ServiceReference1
{
    public class GetDeviceInformationRequest { }
    public class GetDeviceInformationResponse { public string Model { get; set; } }
    public interface Device { Task<GetDeviceInformationResponse> GetDeviceInformationAsync(GetDeviceInformationRequest request); }
}
namespace Corpus8.OnvifExample.OnvifDeviceService
{
    public class DeviceClient
    {
        public DeviceClient(System.ServiceModel.Channels.Binding binding, System.ServiceModel.EndpointAddress remoteAddress) { }
        public System.ServiceModel.Description.ServiceEndpoint Endpoint { get; } = new System.ServiceModel.Description.ServiceEndpoint();
        public string GetDeviceInformation(out string Model, out string FirmwareVersion, out string SerialNumber, out string HardwareId)
        { Model = FirmwareVersion = SerialNumber = HardwareId = ""; return ""; }
    }
}

namespace RabbitMQ.Client
{
    public static class ExchangeType { public const string Direct = "direct"; public const string Fanout = "fanout"; }
    public interface IBasicProperties { }
    public interface IModel : IDisposable
    {
        void ExchangeDeclare(string exchange, string type);
        void QueueDeclare(string queue, bool durable, bool exclusive, bool autoDelete, IDictionary<string, object> arguments);
        void BasicPublish(string exchange, string routingKey, IBasicProperties basicProperties, ReadOnlyMemory<byte> body);
    }
    public interface IConnection : IDisposable { IModel CreateModel(); }
    public class ConnectionFactory
    {
        public string HostName { get; set; }
        public int Port { get; set; }
        public string UserName { get; set; }
        public string Password { get; set; }
        public string VirtualHost { get; set; }
        public Uri Uri { get; set; }
        public IConnection CreateConnection() => null;
    }
}

namespace Microsoft.Azure.Devices.Client
{
    public class Message { public Message(byte[] byteArray) { } }
    public static class DeviceClientTelemetryExtensions
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

namespace System.Configuration
{
    public static class ConfigurationManager
    {
        public static System.Collections.Specialized.NameValueCollection AppSettings { get; } = new System.Collections.Specialized.NameValueCollection();
    }
}

namespace Opc.Ua
{
    public class ApplicationConfiguration { }
    public class EndpointDescription { }
    public class EndpointConfiguration { public static EndpointConfiguration Create(ApplicationConfiguration applicationConfiguration) => new EndpointConfiguration(); }
    public class ConfiguredEndpoint { public ConfiguredEndpoint(object collection, EndpointDescription description, EndpointConfiguration configuration) { } }
    public class UserIdentityToken { }
    public class AnonymousIdentityToken : UserIdentityToken { }
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity(AnonymousIdentityToken token) { }
        public UserIdentity(string username, string password) { }
        public UserIdentity(string username, byte[] password) { }
    }
}
namespace Opc.Ua.Client
{
    public class Session
    {
        public static Task<Session> Create(Opc.Ua.ApplicationConfiguration configuration, Opc.Ua.ConfiguredEndpoint endpoint, bool updateBeforeConnect, string sessionName, uint sessionTimeout, Opc.Ua.IUserIdentity identity, IList<string> preferredLocales) => Task.FromResult(new Session());
    }
    public static class CoreClientUtils
    {
        public static Opc.Ua.EndpointDescription SelectEndpoint(string discoveryUrl, bool useSecurity) => new Opc.Ua.EndpointDescription();
    }
}

namespace Lextm.SharpSnmpLib
{
    public enum VersionCode { V1 = 0, V2 = 1, V3 = 3 }
    public sealed class ObjectIdentifier { public ObjectIdentifier(string text) { } }
    public sealed class Variable { public Variable(ObjectIdentifier id) { } }
}
namespace Lextm.SharpSnmpLib.Messaging
{
    public static class Messenger
    {
        public static IList<Lextm.SharpSnmpLib.Variable> Get(Lextm.SharpSnmpLib.VersionCode version, System.Net.IPEndPoint endpoint, Lextm.SharpSnmpLib.OctetString community, IList<Lextm.SharpSnmpLib.Variable> variables, int timeout) => variables;
        public static void SendTrapV2(int requestId, Lextm.SharpSnmpLib.VersionCode version, System.Net.IPEndPoint receiver, Lextm.SharpSnmpLib.OctetString community, Lextm.SharpSnmpLib.ObjectIdentifier enterprise, uint timestamp, IList<Lextm.SharpSnmpLib.Variable> variables) { }
    }
}

namespace uPLibrary.Networking.M2Mqtt.Messages
{
    public class MqttMsgBase { public const byte QOS_LEVEL_AT_MOST_ONCE = 0; public const byte QOS_LEVEL_AT_LEAST_ONCE = 1; public const byte QOS_LEVEL_EXACTLY_ONCE = 2; }
}
namespace uPLibrary.Networking.M2Mqtt
{
    public static class MqttClientPublishExtensions
    {
        public static ushort Publish(this MqttClient client, string topic, byte[] message, byte qosLevel, bool retain) => 0;
    }
}

namespace System.IO.Ports
{
    public class SerialDataReceivedEventArgs : EventArgs { }
    public delegate void SerialDataReceivedEventHandler(object sender, SerialDataReceivedEventArgs e);
    public class SerialPort : IDisposable
    {
        public SerialPort() { }
        public SerialPort(string portName, int baudRate) { }
        public string PortName { get; set; }
        public int BaudRate { get; set; }
        public event SerialDataReceivedEventHandler DataReceived;
        public void Open() { }
        public void Close() { }
        public void Write(string text) { }
        public void WriteLine(string text) { }
        public string ReadExisting() => "";
        public void Dispose() { }
    }
}
