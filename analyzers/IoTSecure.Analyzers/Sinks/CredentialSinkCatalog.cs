using System.Collections.Immutable;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

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
        "MQTTnet.Client.MqttClientWebSocketProxyOptionsBuilder.WithPassword(password):Password",
        "MQTTnet.MqttClientWebSocketProxyOptionsBuilder.WithPassword(password):Password",
        "MQTTnet.Client.MqttClientWebSocketProxyOptions.Password(value):Password",
        "MQTTnet.MqttClientWebSocketProxyOptions.Password(value):Password",
        "MQTTnet.Certificates.BlobCertificateProvider.Password(value):Password",
        "MQTTnet.Client.MqttClientOptionsBuilder.WithConnectionUri(uri):Url",
        "MQTTnet.MqttClientOptionsBuilder.WithConnectionUri(uri):Url",
        "MQTTnet.Client.MqttClientOptionsBuilder.WithWebSocketServer(uri):Url",

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
        "Amqp.Address..ctor(address):Url",

        // Certificates
        "System.Security.Cryptography.X509Certificates.X509Certificate2..ctor(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate..ctor(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromEncryptedPemFile(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromEncryptedPem(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate2.Import(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate.Import(password):Password",
        "System.Security.Cryptography.X509Certificates.X509Certificate2Collection.Import(password):Password",
        "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(password):Password",
        "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(password):Password",
        "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12Collection(password):Password",
        "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12CollectionFromFile(password):Password",

        // HTTP: authentication headers, header values whose name is an authentication header, secrets in request URIs
        "System.Net.Http.Headers.AuthenticationHeaderValue..ctor(parameter):ApiKey",
        "System.Net.Http.Headers.HttpHeaders.Add(value):Header",
        "System.Net.Http.Headers.HttpHeaders.TryAddWithoutValidation(value):Header",
        "System.Net.WebHeaderCollection.Add(value):Header",
        "System.Net.WebHeaderCollection.Set(value):Header",
        "System.Net.Http.HttpClient.GetAsync(requestUri):Url",
        "System.Net.Http.HttpClient.GetStringAsync(requestUri):Url",
        "System.Net.Http.HttpClient.GetByteArrayAsync(requestUri):Url",
        "System.Net.Http.HttpClient.GetStreamAsync(requestUri):Url",
        "System.Net.Http.HttpClient.PostAsync(requestUri):Url",
        "System.Net.Http.HttpClient.PutAsync(requestUri):Url",
        "System.Net.Http.HttpClient.DeleteAsync(requestUri):Url",
        "System.Net.Http.HttpRequestMessage..ctor(requestUri):Url",
        "System.Net.WebRequest.Create(requestUriString):Url",
        "System.Net.HttpWebRequest.Create(requestUriString):Url",
        "System.Uri..ctor(uriString):Url",
        "System.Net.WebSockets.ClientWebSocket.ConnectAsync(uri):Url",

        // Symmetric and HMAC keys (IOT1003 when the bytes are written in the code)
        "System.Security.Cryptography.HMACSHA256..ctor(key):KeyMaterial",
        "System.Security.Cryptography.HMACSHA384..ctor(key):KeyMaterial",
        "System.Security.Cryptography.HMACSHA512..ctor(key):KeyMaterial",
        "System.Security.Cryptography.HMACSHA1..ctor(key):KeyMaterial",
        "System.Security.Cryptography.HMACMD5..ctor(key):KeyMaterial",
        "System.Security.Cryptography.HMAC.Key(value):KeyMaterial",
        "System.Security.Cryptography.HMACSHA256.HashData(key):KeyMaterial",
        "System.Security.Cryptography.HMACSHA384.HashData(key):KeyMaterial",
        "System.Security.Cryptography.HMACSHA512.HashData(key):KeyMaterial",
        "System.Security.Cryptography.HMACSHA1.HashData(key):KeyMaterial",
        "System.Security.Cryptography.SymmetricAlgorithm.Key(value):KeyMaterial",
        "System.Security.Cryptography.SymmetricAlgorithm.CreateEncryptor(rgbKey):KeyMaterial",
        "System.Security.Cryptography.SymmetricAlgorithm.CreateDecryptor(rgbKey):KeyMaterial",
        "System.Security.Cryptography.AesGcm..ctor(key):KeyMaterial",
        "System.Security.Cryptography.AesCcm..ctor(key):KeyMaterial",
        "System.Security.Cryptography.ChaCha20Poly1305..ctor(key):KeyMaterial",

        // .NET nanoFramework WebServer
        "nanoFramework.WebServer.AuthenticationAttribute..ctor(auth):AuthenticationSpec",
        "nanoFramework.WebServer.AuthenticationAttribute..ctor(authentication):AuthenticationSpec",
        "nanoFramework.WebServer.WebServer.ApiKey(value):ApiKey",
        "nanoFramework.WebServer.WebServer.Credential(value):Password",
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
