using System.Collections.Immutable;

namespace IoTSecure.Analyzers.Core;

/// <summary>
/// The built-in credential sink catalogue: which parameter of which API receives a secret. This is data,
/// written in the same <c>Namespace.Type.Member(parameter):Kind</c> form that teams use in the
/// <c>iotsecure.credential_sinks</c> option to add their own SDKs. Types that a compilation does not
/// reference resolve to nothing and cost nothing. Where a library shipped its types under several
/// namespaces or spellings, each is listed.
/// </summary>
public static class CredentialSinkCatalog
{
    private static readonly string[] Specs =
    {
        // System.Net
        "System.Net.NetworkCredential..ctor(password):Password",
        "System.Net.NetworkCredential.Password(value):Password",

        // .NET nanoFramework Wi-Fi helpers (nanoFramework.System.Device.Wifi, and the older WiFi spelling)
        "nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(password):Password",
        "nanoFramework.Networking.WifiNetworkHelper.ScanAndConnectDhcp(password):Password",
        "nanoFramework.Networking.WifiNetworkHelper.ConnectFixAddress(password):Password",
        "nanoFramework.Networking.WifiNetworkHelper.SetupNetworkHelper(password):Password",
        "nanoFramework.Networking.WiFiNetworkHelper.ConnectDhcp(password):Password",
        "nanoFramework.Networking.WiFiNetworkHelper.ScanAndConnectDhcp(password):Password",
        "nanoFramework.Networking.WiFiNetworkHelper.ConnectFixAddress(password):Password",
        "nanoFramework.Networking.WiFiNetworkHelper.SetupNetworkHelper(password):Password",
        "System.Device.Wifi.WifiAdapter.Connect(passwordCredential):Password",
        "System.Device.WiFi.WiFiAdapter.Connect(passwordCredential):Password",
        "Windows.Devices.WiFi.WiFiAdapter.Connect(passwordCredential):Password",
        "System.Net.NetworkInformation.Wireless80211Configuration.Password(value):Password",
        "System.Device.Wifi.Wireless80211Configuration.Password(value):Password",
        "System.Net.NetworkInformation.WirelessAPConfiguration.Password(value):Password",

        // Meadow
        "Meadow.Hardware.IWiFiNetworkAdapter.Connect(passphrase):Password",
        "Meadow.Hardware.IWiFiNetworkAdapter.Connect(password):Password",
        "Meadow.Hardware.IWiFiNetworkAdapter.ConnectAsync(passphrase):Password",

        // M2Mqtt (classic and nanoFramework)
        "uPLibrary.Networking.M2Mqtt.MqttClient.Connect(password):Password",
        "nanoFramework.M2Mqtt.MqttClient.Connect(password):Password",

        // MQTTnet v3, v4, v5
        "MQTTnet.Client.Options.MqttClientOptionsBuilder.WithCredentials(password):Password",
        "MQTTnet.Client.MqttClientOptionsBuilder.WithCredentials(password):Password",
        "MQTTnet.MqttClientOptionsBuilder.WithCredentials(password):Password",
        "MQTTnet.Client.MqttClientCredentials..ctor(password):Password",
        "MQTTnet.MqttClientCredentials..ctor(password):Password",
        "MQTTnet.Client.Options.MqttClientCredentials.Password(value):Password",

        // Azure IoT device and provisioning SDKs, nanoFramework Azure SDK
        "Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString(connectionString):ConnectionString",
        "Microsoft.Azure.Devices.Client.ModuleClient.CreateFromConnectionString(connectionString):ConnectionString",
        "Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey..ctor(key):SymmetricKey",
        "Microsoft.Azure.Devices.Client.ModuleAuthenticationWithRegistrySymmetricKey..ctor(key):SymmetricKey",
        "Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey..ctor(primaryKey):SymmetricKey",
        "Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey..ctor(secondaryKey):SymmetricKey",
        "Microsoft.Azure.Devices.Provisioning.Client.SecurityProviderSymmetricKey..ctor(primaryKey):SymmetricKey",
        "Microsoft.Azure.Devices.Provisioning.Client.SecurityProviderSymmetricKey..ctor(secondaryKey):SymmetricKey",
        "nanoFramework.Azure.Devices.Client.DeviceClient..ctor(sasKey):SymmetricKey",

        // AMQP.Net Lite
        "Amqp.Address..ctor(password):Password",

        // Certificates
        "System.Security.Cryptography.X509Certificates.X509Certificate2..ctor(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate..ctor(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromEncryptedPemFile(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromEncryptedPem(password):Password",

        // HTTP
        "System.Net.Http.Headers.AuthenticationHeaderValue..ctor(parameter):ApiKey",
    };

    /// <summary>The built-in sinks, parsed once.</summary>
    public static ImmutableArray<CredentialSink> BuiltIn { get; } = Parse();

    private static ImmutableArray<CredentialSink> Parse()
    {
        var builder = ImmutableArray.CreateBuilder<CredentialSink>(Specs.Length);
        foreach (var spec in Specs)
        {
            builder.Add(CredentialSink.TryParse(spec) ?? throw new System.InvalidOperationException("Malformed built-in sink " + spec));
        }

        return builder.MoveToImmutable();
    }
}
