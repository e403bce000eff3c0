// corpus32 library stubs: the surface the shared Stubs.g.cs lacks, compiled into the device project (the shared stubs
// are a library of their own). Minimal, with the real libraries' parameter names. C# 12 only. Nothing here redeclares a
// type Stubs.g.cs declares in the same namespace: members the shared classes lack are classic extension methods
// (marked "Shim:").
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

// ---- Windows 10 IoT Core (UWP) ----
namespace Windows.Foundation
{
    public delegate void TypedEventHandler<TSender, TResult>(TSender sender, TResult args);
}
namespace Windows.Devices.Gpio
{
    public enum GpioPinValue { Low, High }
    public enum GpioPinDriveMode { Input, Output, InputPullUp, InputPullDown }
    public enum GpioPinEdge { FallingEdge, RisingEdge }
    public sealed class GpioPinValueChangedEventArgs { public GpioPinEdge Edge { get; } }
    public sealed class GpioPin
    {
        public TimeSpan DebounceTimeout { get; set; }
        public event Windows.Foundation.TypedEventHandler<GpioPin, GpioPinValueChangedEventArgs> ValueChanged;
        public GpioPinValue Read() => GpioPinValue.Low;
        public void Write(GpioPinValue value) { }
        public void SetDriveMode(GpioPinDriveMode value) { }
    }
    public sealed class GpioController
    {
        public static GpioController GetDefault() => new GpioController();
        public GpioPin OpenPin(int pinNumber) => new GpioPin();
    }
}
namespace Windows.ApplicationModel.Background
{
    public sealed class BackgroundTaskDeferral { public void Complete() { } }
    public interface IBackgroundTaskInstance { BackgroundTaskDeferral GetDeferral(); }
    public interface IBackgroundTask { void Run(IBackgroundTaskInstance taskInstance); }
}
namespace Microsoft.Devices.Tpm
{
    public class TpmDevice
    {
        public TpmDevice(uint logicalDeviceId) { }
        public string GetHostName() => string.Empty;
        public string GetDeviceId() => string.Empty;
        public string GetSASToken(uint validity = 3600) => string.Empty;
    }
}

// ---- Azure IoT device SDK (members and types the shared stub lacks) ----
namespace Microsoft.Azure.Devices.Client
{
    public class Message
    {
        public Message(byte[] byteArray) { }
    }
    public static class AuthenticationMethodFactory
    {
        public static IAuthenticationMethod CreateAuthenticationWithToken(string deviceId, string token) => null!;
    }
    // Shim: SendEventAsync of the shared (non-partial) DeviceClient stub.
    public static class DeviceClientShims
    {
        public static Task SendEventAsync(this DeviceClient client, Message message) => Task.CompletedTask;
    }
}

// ---- MQTTnet v5 client and factory; Shim: WithClientId of the shared v5 builder ----
namespace MQTTnet
{
    public interface IMqttClient
    {
        bool IsConnected { get; }
        Task ConnectAsync(MqttClientOptions options, CancellationToken cancellationToken = default);
        Task DisconnectAsync(CancellationToken cancellationToken = default);
    }
    public class MqttClientFactory
    {
        public IMqttClient CreateMqttClient() => null!;
    }
    public static class MqttClientOptionsBuilderV5Shims
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
    }
}

// ---- MQTTnet v3; Shim: builder members the shared v3 stub lacks ----
namespace MQTTnet.Client.Options
{
    public interface IMqttClientOptions { }
    public static class MqttClientOptionsBuilderV3Shims
    {
        public static MqttClientOptionsBuilder WithClientId(this MqttClientOptionsBuilder builder, string value) => builder;
        public static MqttClientOptionsBuilder WithKeepAlivePeriod(this MqttClientOptionsBuilder builder, TimeSpan value) => builder;
        public static MqttClientOptionsBuilder WithCleanSession(this MqttClientOptionsBuilder builder, bool value = true) => builder;
        public static MqttClientOptionsBuilder WithTls(this MqttClientOptionsBuilder builder) => builder;
        public static IMqttClientOptions Build(this MqttClientOptionsBuilder builder) => null!;
    }
}

// ---- Newtonsoft.Json ----
namespace Newtonsoft.Json
{
    public static class JsonConvert
    {
        public static T? DeserializeObject<T>(string value) => default;
    }
}

// ---- Microsoft.Extensions.Configuration ----
namespace Microsoft.Extensions.Configuration
{
    public interface IConfiguration
    {
        string? this[string key] { get; set; }
    }
}

// ---- Loxone.NET (enyim/Loxone.NET) ----
namespace Loxone.Client.Transport
{
    public enum TokenPermission { Web = 2, App = 4 }
    public sealed class LXUri
    {
        public LXUri(string scheme, string host, int httpPort, int httpsPort) { }
    }
    public sealed class TokenCredential
    {
        public TokenCredential(string userName, string password, TokenPermission permission, Guid uuid, string info) { }
    }
}
namespace Loxone.Client
{
    public sealed class MiniserverConnection
    {
        public MiniserverConnection(Loxone.Client.Transport.LXUri address) { Address = address; }
        public Loxone.Client.Transport.LXUri Address { get; }
        public Loxone.Client.Transport.TokenCredential? Credentials { get; set; }
        public Task OpenAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

// ---- OPC UA (OPC Foundation stack types used by Technosoftware's SDK) ----
namespace Opc.Ua
{
    public interface IUserIdentity { }
    public class UserIdentity : IUserIdentity
    {
        public UserIdentity() { }
        public UserIdentity(string userName, string password) { }
    }
    public class ApplicationConfiguration { public string ApplicationName { get; set; } = string.Empty; }
    public class EndpointDescription { public string SecurityPolicyUri { get; set; } = string.Empty; }
    public class EndpointConfiguration
    {
        public static EndpointConfiguration Create(ApplicationConfiguration applicationConfiguration) => new EndpointConfiguration();
    }
    public class ConfiguredEndpoint
    {
        public ConfiguredEndpoint(object? collection, EndpointDescription description, EndpointConfiguration configuration) { }
    }
    public static class StatusCodes { public const uint BadCertificateUntrusted = 0x801A0000; }
    public class ServiceResult { public uint StatusCode { get; set; } }
    public class CertificateValidationEventArgs : EventArgs
    {
        public ServiceResult Error { get; } = new ServiceResult();
        public System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate { get; } = null!;
        public bool Accept { get; set; }
    }
}
namespace Technosoftware.UaClient
{
    public class Session
    {
        public bool Connected { get; }
        public static Task<Session> CreateAsync(Opc.Ua.ApplicationConfiguration configuration, Opc.Ua.ConfiguredEndpoint endpoint, bool updateBeforeConnect, bool checkDomain, string sessionName, uint sessionTimeout, Opc.Ua.IUserIdentity identity, IList<string>? preferredLocales) => Task.FromResult(new Session());
    }
    public static class Discover
    {
        public static Opc.Ua.EndpointDescription SelectEndpoint(string discoveryUrl, bool useSecurity) => new Opc.Ua.EndpointDescription();
    }
}
