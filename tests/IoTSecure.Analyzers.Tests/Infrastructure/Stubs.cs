namespace IoTSecure.Analyzers.Tests.Infrastructure;

/// <summary>
/// Stub declarations of the IoT APIs the rules know, with the namespaces, type names and parameter names of the
/// real libraries (bodies are placeholders: only the symbols matter to the analyzers).
/// </summary>
public static class Stubs
{
    public const string NanoFrameworkWifi = """
        namespace nanoFramework.Networking
        {
            public enum WifiReconnectionKind { Automatic, Manual }
            public static class WifiNetworkHelper
            {
                public static bool ConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, System.Threading.CancellationToken token = default) => true;
                public static bool ScanAndConnectDhcp(string ssid, string password, WifiReconnectionKind reconnectionKind = WifiReconnectionKind.Automatic, bool requiresDateTime = false, int wifiAdapterId = 0, System.Threading.CancellationToken token = default) => true;
                public static bool Reconnect() => true;
            }
        }
        """;

    public const string M2Mqtt = """
        namespace uPLibrary.Networking.M2Mqtt
        {
            public class MqttClient
            {
                public MqttClient(string brokerHostName) { }
                public MqttClient(string brokerHostName, int brokerPort, bool secure, object caCert, object clientCert, int sslProtocol) { }
                public byte Connect(string clientId) => 0;
                public byte Connect(string clientId, string username, string password) => 0;
                public byte Connect(string clientId, string username, string password, bool cleanSession, ushort keepAlivePeriod) => 0;
            }
        }
        """;

    public const string MqttNetV4 = """
        namespace MQTTnet.Client
        {
            public class MqttClientOptions { }
            public class MqttClientOptionsBuilder
            {
                public MqttClientOptionsBuilder WithTcpServer(string server, int? port = null) => this;
                public MqttClientOptionsBuilder WithCredentials(string username, string password) => this;
                public MqttClientOptionsBuilder WithCredentials(string username, byte[] password = null) => this;
                public MqttClientOptionsBuilder WithClientId(string value) => this;
                public MqttClientOptions Build() => new MqttClientOptions();
            }
        }
        """;

    public const string AzureDeviceClient = """
        namespace Microsoft.Azure.Devices.Client
        {
            public enum TransportType { Amqp, Http1, Mqtt }
            public class DeviceClient
            {
                public static DeviceClient CreateFromConnectionString(string connectionString) => new DeviceClient();
                public static DeviceClient CreateFromConnectionString(string connectionString, TransportType transportType) => new DeviceClient();
            }
        }
        """;

    /// <summary>All stubs, for tests that mix libraries.</summary>
    public static readonly string[] All = { NanoFrameworkWifi, M2Mqtt, MqttNetV4, AzureDeviceClient };
}
