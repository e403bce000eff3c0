using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Tests.Infrastructure.HardcodedCredentialRule>;

namespace IoTSecure.Analyzers.Tests.Rules.Credentials;

/// <summary>Every sink of the catalogue, reached through a const field of a Secrets class in another file.</summary>
public class CredentialSinkCatalogTests
{
    private const string Password = "Zq8-unique-value-4711";
    // A key without a key's Base64 shape: a literal holding SharedAccessKey= and a real key is IOT1003's at that literal
    // (one literal, one rule), so the sink pass is tested with a value only it can judge.
    private const string ConnectionString = "HostName=contoso.azure-devices.net;DeviceId=sensor-7;SharedAccessKey=Kx9-Wq7Lt2mZ";
    private const string Key = "dGhpcyBpcyBub3QgYSByZWFsIGtleSBidXQgaXQgbG9va3M=";
    private const string ApiUrl = "https://api.example.com/v1/readings?appid=9f8e7d6c5b4a39281706f5e4d3c2b1a0&units=metric";

    /// <summary>(case, statement using {SECRET}, secret value, kind text, sink display, parameter).</summary>
    public static IEnumerable<object[]> Sinks() => new[]
    {
        Case("NetworkCredential ctor", "new System.Net.NetworkCredential(\"user\", {SECRET});", Password, "password", "new NetworkCredential(...)", "password"),
        Case("NetworkCredential.Password", "var c = new System.Net.NetworkCredential(); c.Password = {SECRET};", Password, "password", "NetworkCredential.Password", "value"),
        Case("nF WifiNetworkHelper.ConnectDhcp", "nanoFramework.Networking.WifiNetworkHelper.ConnectDhcp(\"ssid\", {SECRET});", Password, "password", "WifiNetworkHelper.ConnectDhcp", "password"),
        Case("nF WifiNetworkHelper.ScanAndConnectDhcp", "nanoFramework.Networking.WifiNetworkHelper.ScanAndConnectDhcp(\"ssid\", {SECRET});", Password, "password", "WifiNetworkHelper.ScanAndConnectDhcp", "password"),
        Case("nF WifiNetworkHelper.ConnectFixAddress", "nanoFramework.Networking.WifiNetworkHelper.ConnectFixAddress(\"ssid\", {SECRET}, new nanoFramework.Networking.IPConfiguration());", Password, "password", "WifiNetworkHelper.ConnectFixAddress", "password"),
        Case("nF WifiNetworkHelper.SetupNetworkHelper", "nanoFramework.Networking.WifiNetworkHelper.SetupNetworkHelper(\"ssid\", {SECRET});", Password, "password", "WifiNetworkHelper.SetupNetworkHelper", "password"),
        Case("nF WiFiNetworkHelper (older spelling)", "nanoFramework.Networking.WiFiNetworkHelper.ConnectDhcp(\"ssid\", {SECRET});", Password, "password", "WiFiNetworkHelper.ConnectDhcp", "password"),
        Case("nF WifiAdapter.Connect", "new System.Device.Wifi.WifiAdapter().Connect(new System.Device.Wifi.WifiAvailableNetwork(), System.Device.Wifi.WifiReconnectionKind.Automatic, {SECRET});", Password, "password", "WifiAdapter.Connect", "passwordCredential"),
        Case("nF WiFiAdapter.Connect (older spelling)", "new System.Device.WiFi.WiFiAdapter().Connect(new System.Device.WiFi.WiFiAvailableNetwork(), System.Device.WiFi.WiFiReconnectionKind.Automatic, {SECRET});", Password, "password", "WiFiAdapter.Connect", "passwordCredential"),
        Case("nF Wireless80211Configuration.Password", "var w = new System.Net.NetworkInformation.Wireless80211Configuration { Ssid = \"home\", Password = {SECRET} };", Password, "password", "Wireless80211Configuration.Password", "value"),
        Case("nF WirelessAPConfiguration.Password", "var w = new System.Net.NetworkInformation.WirelessAPConfiguration(); w.Password = {SECRET};", Password, "password", "WirelessAPConfiguration.Password", "value"),
        Case("Meadow IWiFiNetworkAdapter.Connect (default interface method)", "Meadow.Hardware.IWiFiNetworkAdapter wifi = new Meadow.Devices.WiFiNetworkAdapter(); wifi.Connect(\"ssid\", {SECRET}, System.TimeSpan.FromSeconds(30));", Password, "password", "IWiFiNetworkAdapter.Connect", "passphrase"),
        Case("Meadow WiFiNetworkAdapter.Connect (implementation)", "new Meadow.Devices.WiFiNetworkAdapter().Connect(\"ssid\", {SECRET}, System.TimeSpan.FromSeconds(30), default);", Password, "password", "WiFiNetworkAdapter.Connect", "passphrase"),
        Case("M2Mqtt MqttClient.Connect", "new uPLibrary.Networking.M2Mqtt.MqttClient(\"broker\").Connect(\"id\", \"user\", {SECRET});", Password, "password", "MqttClient.Connect", "password"),
        Case("nF M2Mqtt MqttClient.Connect", "new nanoFramework.M2Mqtt.MqttClient(\"broker\").Connect(\"id\", \"user\", {SECRET});", Password, "password", "MqttClient.Connect", "password"),
        Case("MQTTnet v3 WithCredentials", "new MQTTnet.Client.Options.MqttClientOptionsBuilder().WithCredentials(\"user\", {SECRET});", Password, "password", "MqttClientOptionsBuilder.WithCredentials", "password"),
        Case("MQTTnet v3 MqttClientCredentials.Password", "var c = new MQTTnet.Client.Options.MqttClientCredentials { Username = \"u\", Password = {SECRET} };", Password, "password", "MqttClientCredentials.Password", "value"),
        Case("MQTTnet v4 WithCredentials", "new MQTTnet.Client.MqttClientOptionsBuilder().WithCredentials(\"user\", {SECRET});", Password, "password", "MqttClientOptionsBuilder.WithCredentials", "password"),
        Case("MQTTnet v4 MqttClientCredentials", "new MQTTnet.Client.MqttClientCredentials(\"user\", {|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|});", Password, "password", "new MqttClientCredentials(...)", "password"),
        Case("MQTTnet v4 proxy WithPassword", "new MQTTnet.Client.MqttClientWebSocketProxyOptionsBuilder().WithPassword({SECRET});", Password, "password", "MqttClientWebSocketProxyOptionsBuilder.WithPassword", "password"),
        Case("MQTTnet v4 proxy Password", "var p = new MQTTnet.Client.MqttClientWebSocketProxyOptions(); p.Password = {SECRET};", Password, "password", "MqttClientWebSocketProxyOptions.Password", "value"),
        Case("MQTTnet v4 WithConnectionUri", "new MQTTnet.Client.MqttClientOptionsBuilder().WithConnectionUri({SECRET});", "mqtts://sensor:" + Password + "@broker.example.com:8883", "secret in a URI", "MqttClientOptionsBuilder.WithConnectionUri", "uri"),
        Case("MQTTnet v5 WithCredentials", "new MQTTnet.MqttClientOptionsBuilder().WithCredentials(\"user\", {SECRET});", Password, "password", "MqttClientOptionsBuilder.WithCredentials", "password"),
        Case("MQTTnet v5 MqttClientCredentials", "new MQTTnet.MqttClientCredentials(\"user\", {|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|});", Password, "password", "new MqttClientCredentials(...)", "password"),
        Case("MQTTnet v5 proxy WithPassword", "new MQTTnet.MqttClientWebSocketProxyOptionsBuilder().WithPassword({SECRET});", Password, "password", "MqttClientWebSocketProxyOptionsBuilder.WithPassword", "password"),
        Case("MQTTnet v5 BlobCertificateProvider.Password", "var b = new MQTTnet.Certificates.BlobCertificateProvider(new byte[0]) { Password = {SECRET} };", Password, "password", "BlobCertificateProvider.Password", "value"),
        Case("Azure DeviceClient.CreateFromConnectionString", "Microsoft.Azure.Devices.Client.DeviceClient.CreateFromConnectionString({SECRET}, Microsoft.Azure.Devices.Client.TransportType.Mqtt);", ConnectionString, "key in a connection string", "DeviceClient.CreateFromConnectionString", "connectionString"),
        Case("Azure ModuleClient.CreateFromConnectionString", "Microsoft.Azure.Devices.Client.ModuleClient.CreateFromConnectionString({SECRET});", ConnectionString, "key in a connection string", "ModuleClient.CreateFromConnectionString", "connectionString"),
        Case("Azure DeviceAuthenticationWithRegistrySymmetricKey", "new Microsoft.Azure.Devices.Client.DeviceAuthenticationWithRegistrySymmetricKey(\"sensor-7\", {SECRET});", Key, "symmetric key", "new DeviceAuthenticationWithRegistrySymmetricKey(...)", "key"),
        Case("Azure ModuleAuthenticationWithRegistrySymmetricKey", "new Microsoft.Azure.Devices.Client.ModuleAuthenticationWithRegistrySymmetricKey(\"sensor-7\", \"mod\", {SECRET});", Key, "symmetric key", "new ModuleAuthenticationWithRegistrySymmetricKey(...)", "key"),
        Case("Azure DPS SecurityProviderSymmetricKey", "new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey(\"reg-7\", {SECRET}, null);", Key, "symmetric key", "new SecurityProviderSymmetricKey(...)", "primaryKey"),
        Case("nF Azure DeviceClient", "new nanoFramework.Azure.Devices.Client.DeviceClient(\"contoso\", \"sensor-7\", {SECRET});", Key, "symmetric key", "new DeviceClient(...)", "sasKey"),
        Case("nF Azure ProvisioningDeviceClient.Create", "nanoFramework.Azure.Devices.Client.ProvisioningDeviceClient.Create(\"global.azure-devices-provisioning.net\", \"0ne00A1B2C3\", \"esp32-air\", {SECRET});", Key, "symmetric key", "ProvisioningDeviceClient.Create", "saskey"),
        Case("AMQP Address(host, port, user, password)", "new Amqp.Address(\"broker.example.com\", 5671, \"device\", {SECRET});", Password, "password", "new Address(...)", "password"),
        Case("AMQP Address(uri with password)", "new Amqp.Address({SECRET});", "amqps://device:" + Password + "@broker.example.com:5671", "secret in a URI", "new Address(...)", "address"),
        Case("X509Certificate2 password", "new System.Security.Cryptography.X509Certificates.X509Certificate2(new byte[0], {SECRET});", Password, "password", "new X509Certificate2(...)", "password"),
        Case("X509CertificateLoader.LoadPkcs12 (.NET 9)", "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(new byte[0], {SECRET});", Password, "password", "X509CertificateLoader.LoadPkcs12", "password"),
        Case("X509CertificateLoader.LoadPkcs12FromFile (.NET 9)", "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12FromFile(\"device.pfx\", {SECRET});", Password, "password", "X509CertificateLoader.LoadPkcs12FromFile", "password"),
        Case("X509CertificateLoader.LoadPkcs12Collection (.NET 9)", "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12Collection(new byte[0], {SECRET});", Password, "password", "X509CertificateLoader.LoadPkcs12Collection", "password"),
        Case("X509CertificateLoader.LoadPkcs12CollectionFromFile (.NET 9)", "System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12CollectionFromFile(\"device.pfx\", {SECRET});", Password, "password", "X509CertificateLoader.LoadPkcs12CollectionFromFile", "password"),
        Case("X509Certificate.Export (PFX with its key)", "var pfx = new System.Security.Cryptography.X509Certificates.X509Certificate2(new byte[0]).Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx, {SECRET});", Password, "password", "X509Certificate.Export", "password"),
        Case("X509Certificate2Collection.Export", "var p12 = new System.Security.Cryptography.X509Certificates.X509Certificate2Collection().Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pkcs12, {SECRET});", Password, "password", "X509Certificate2Collection.Export", "password"),
        Case("RSA.ImportFromEncryptedPem", "System.Security.Cryptography.RSA.Create().ImportFromEncryptedPem(System.IO.File.ReadAllText(\"key.pem\"), {SECRET});", Password, "password", "RSA.ImportFromEncryptedPem", "password"),
        Case("ECDsa.ImportFromEncryptedPem (UTF-8 bytes)", "System.Security.Cryptography.ECDsa.Create().ImportFromEncryptedPem(System.IO.File.ReadAllText(\"key.pem\"), {|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|});", Password, "password", "ECAlgorithm.ImportFromEncryptedPem", "passwordBytes"),
        Case("RSA.ImportEncryptedPkcs8PrivateKey", "System.Security.Cryptography.RSA.Create().ImportEncryptedPkcs8PrivateKey({SECRET}, System.IO.File.ReadAllBytes(\"key.p8\"), out _);", Password, "password", "RSA.ImportEncryptedPkcs8PrivateKey", "password"),
        Case("RSA.ExportEncryptedPkcs8PrivateKey", "var der = System.Security.Cryptography.RSA.Create().ExportEncryptedPkcs8PrivateKey({SECRET}, new System.Security.Cryptography.PbeParameters(System.Security.Cryptography.PbeEncryptionAlgorithm.Aes256Cbc, System.Security.Cryptography.HashAlgorithmName.SHA256, 100000));", Password, "password", "AsymmetricAlgorithm.ExportEncryptedPkcs8PrivateKey", "password"),
        Case("RSA.ImportEncryptedPkcs8PrivateKey ({|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|}-8 bytes)", "System.Security.Cryptography.RSA.Create().ImportEncryptedPkcs8PrivateKey({|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|}, System.IO.File.ReadAllBytes(\"key.p8\"), out _);", Password, "password", "RSA.ImportEncryptedPkcs8PrivateKey", "passwordBytes"),
        Case("RSA.ExportEncryptedPkcs8PrivateKey ({|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|}-8 bytes)", "var der = System.Security.Cryptography.RSA.Create().ExportEncryptedPkcs8PrivateKey({|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|}, new System.Security.Cryptography.PbeParameters(System.Security.Cryptography.PbeEncryptionAlgorithm.Aes256Cbc, System.Security.Cryptography.HashAlgorithmName.SHA256, 100000));", Password, "password", "AsymmetricAlgorithm.ExportEncryptedPkcs8PrivateKey", "passwordBytes"),
        Case("ECDsa.ExportEncryptedPkcs8PrivateKeyPem ({|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|}-8 bytes)", "var pem = System.Security.Cryptography.ECDsa.Create().ExportEncryptedPkcs8PrivateKeyPem({|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|}, new System.Security.Cryptography.PbeParameters(System.Security.Cryptography.PbeEncryptionAlgorithm.Aes256Cbc, System.Security.Cryptography.HashAlgorithmName.SHA256, 100000));", Password, "password", "AsymmetricAlgorithm.ExportEncryptedPkcs8PrivateKeyPem", "passwordBytes"),
        Case("RSA.TryExportEncryptedPkcs8PrivateKey", "System.Security.Cryptography.RSA.Create().TryExportEncryptedPkcs8PrivateKey({SECRET}, new System.Security.Cryptography.PbeParameters(System.Security.Cryptography.PbeEncryptionAlgorithm.Aes256Cbc, System.Security.Cryptography.HashAlgorithmName.SHA256, 100000), new byte[4096], out _);", Password, "password", "RSA.TryExportEncryptedPkcs8PrivateKey", "password"),
        Case("RSA.TryExportEncryptedPkcs8PrivateKey ({|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|}-8 bytes)", "System.Security.Cryptography.RSA.Create().TryExportEncryptedPkcs8PrivateKey({|#0:System.Text.Encoding.UTF8.GetBytes({SECRET})|}, new System.Security.Cryptography.PbeParameters(System.Security.Cryptography.PbeEncryptionAlgorithm.Aes256Cbc, System.Security.Cryptography.HashAlgorithmName.SHA256, 100000), new byte[4096], out _);", Password, "password", "RSA.TryExportEncryptedPkcs8PrivateKey", "passwordBytes"),
        Case("Pkcs12Builder.SealWithMac", "new System.Security.Cryptography.Pkcs.Pkcs12Builder().SealWithMac({SECRET}, System.Security.Cryptography.HashAlgorithmName.SHA256, 2048);", Password, "password", "Pkcs12Builder.SealWithMac", "password"),
        Case("Pkcs12Builder.AddSafeContentsEncrypted", "new System.Security.Cryptography.Pkcs.Pkcs12Builder().AddSafeContentsEncrypted(new System.Security.Cryptography.Pkcs.Pkcs12SafeContents(), {SECRET}, new System.Security.Cryptography.PbeParameters(System.Security.Cryptography.PbeEncryptionAlgorithm.Aes256Cbc, System.Security.Cryptography.HashAlgorithmName.SHA256, 100000));", Password, "password", "Pkcs12Builder.AddSafeContentsEncrypted", "password"),
        Case("Pkcs12SafeContents.AddShroudedKey", "new System.Security.Cryptography.Pkcs.Pkcs12SafeContents().AddShroudedKey(System.Security.Cryptography.RSA.Create(), {SECRET}, new System.Security.Cryptography.PbeParameters(System.Security.Cryptography.PbeEncryptionAlgorithm.Aes256Cbc, System.Security.Cryptography.HashAlgorithmName.SHA256, 100000));", Password, "password", "Pkcs12SafeContents.AddShroudedKey", "password"),
        Case("Pkcs12SafeContents.Decrypt", "new System.Security.Cryptography.Pkcs.Pkcs12SafeContents().Decrypt({SECRET});", Password, "password", "Pkcs12SafeContents.Decrypt", "password"),
        Case("Pkcs12Info.VerifyMac", "System.Security.Cryptography.Pkcs.Pkcs12Info.Decode(System.IO.File.ReadAllBytes(\"device.p12\"), out _).VerifyMac({SECRET});", Password, "password", "Pkcs12Info.VerifyMac", "password"),
        Case("ECDsa.ExportEncryptedPkcs8PrivateKeyPem", "var pem = System.Security.Cryptography.ECDsa.Create().ExportEncryptedPkcs8PrivateKeyPem({SECRET}, new System.Security.Cryptography.PbeParameters(System.Security.Cryptography.PbeEncryptionAlgorithm.Aes256Cbc, System.Security.Cryptography.HashAlgorithmName.SHA256, 100000));", Password, "password", "AsymmetricAlgorithm.ExportEncryptedPkcs8PrivateKeyPem", "password"),
        Case("X509Certificate2Collection.Import", "new System.Security.Cryptography.X509Certificates.X509Certificate2Collection().Import(new byte[0], {SECRET}, System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.DefaultKeySet);", Password, "password", "X509Certificate2Collection.Import", "password"),
        Case("X509Certificate2.CreateFromEncryptedPemFile", "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromEncryptedPemFile(\"cert.pem\", {SECRET});", Password, "password", "X509Certificate2.CreateFromEncryptedPemFile", "password"),
        Case("HTTP AuthenticationHeaderValue", "new System.Net.Http.Headers.AuthenticationHeaderValue(\"Bearer\", {SECRET});", Password, "API key or token", "new AuthenticationHeaderValue(...)", "parameter"),
        Case("HTTP Authorization header", "new System.Net.Http.HttpClient().DefaultRequestHeaders.Add(\"Authorization\", {SECRET});", "Bearer " + Password, "credential in an authentication header", "HttpHeaders.Add", "value"),
        Case("HTTP API-key header", "new System.Net.Http.HttpClient().DefaultRequestHeaders.TryAddWithoutValidation(\"X-API-Key\", {SECRET});", Password, "credential in an authentication header", "HttpHeaders.TryAddWithoutValidation", "value"),
        Case("HTTP API key in the request URI", "new System.Net.Http.HttpClient().GetStringAsync({SECRET});", ApiUrl, "secret in a URI", "HttpClient.GetStringAsync", "requestUri"),
        Case("Uri with user information", "new System.Uri({SECRET});", "mqtt://sensor:" + Password + "@broker.example.com", "secret in a URI", "new Uri(...)", "uriString"),
        Case("nF WifiNetworkHelper.ScanAndConnectDhcp (older spelling)", "nanoFramework.Networking.WiFiNetworkHelper.ScanAndConnectDhcp(\"ssid\", {SECRET});", Password, "password", "WiFiNetworkHelper.ScanAndConnectDhcp", "password"),
        Case("nF WiFiNetworkHelper.ConnectFixAddress (older spelling)", "nanoFramework.Networking.WiFiNetworkHelper.ConnectFixAddress(\"ssid\", {SECRET}, new nanoFramework.Networking.IPConfiguration());", Password, "password", "WiFiNetworkHelper.ConnectFixAddress", "password"),
        Case("nF WiFiNetworkHelper.SetupNetworkHelper (older spelling)", "nanoFramework.Networking.WiFiNetworkHelper.SetupNetworkHelper(\"ssid\", {SECRET});", Password, "password", "WiFiNetworkHelper.SetupNetworkHelper", "password"),
        Case("UWP Windows.Devices.WiFi WiFiAdapter.Connect", "new Windows.Devices.WiFi.WiFiAdapter().Connect(new Windows.Devices.WiFi.WiFiAvailableNetwork(), Windows.Devices.WiFi.WiFiReconnectionKind.Automatic, {SECRET});", Password, "password", "WiFiAdapter.Connect", "passwordCredential"),
        Case("nF System.Device.Wifi.Wireless80211Configuration.Password", "var w = new System.Device.Wifi.Wireless80211Configuration(); w.Password = {SECRET};", Password, "password", "Wireless80211Configuration.Password", "value"),
        Case("Meadow IWiFiNetworkAdapter.Connect(ssid, password) (older)", "Meadow.Hardware.IWiFiNetworkAdapter wifi = new Meadow.Devices.WiFiNetworkAdapter(); wifi.Connect(\"ssid\", {SECRET});", Password, "password", "IWiFiNetworkAdapter.Connect", "password"),
        Case("Meadow IWiFiNetworkAdapter.ConnectAsync (older)", "Meadow.Hardware.IWiFiNetworkAdapter wifi = new Meadow.Devices.WiFiNetworkAdapter(); wifi.ConnectAsync(\"ssid\", {SECRET});", Password, "password", "IWiFiNetworkAdapter.ConnectAsync", "passphrase"),
        Case("MQTTnet v5 proxy Password", "var p = new MQTTnet.MqttClientWebSocketProxyOptions(); p.Password = {SECRET};", Password, "password", "MqttClientWebSocketProxyOptions.Password", "value"),
        Case("MQTTnet v5 WithConnectionUri", "new MQTTnet.MqttClientOptionsBuilder().WithConnectionUri({SECRET});", "mqtts://sensor:" + Password + "@broker.example.com:8883", "secret in a URI", "MqttClientOptionsBuilder.WithConnectionUri", "uri"),
        Case("MQTTnet v4 WithWebSocketServer", "new MQTTnet.Client.MqttClientOptionsBuilder().WithWebSocketServer({SECRET});", "wss://sensor:" + Password + "@broker.example.com/mqtt", "secret in a URI", "MqttClientOptionsBuilder.WithWebSocketServer", "uri"),
        Case("Azure DPS client SecurityProviderSymmetricKey primary", "new Microsoft.Azure.Devices.Provisioning.Client.SecurityProviderSymmetricKey(\"reg-7\", {SECRET}, null);", Key, "symmetric key", "new SecurityProviderSymmetricKey(...)", "primaryKey"),
        Case("Azure DPS client SecurityProviderSymmetricKey secondary", "new Microsoft.Azure.Devices.Provisioning.Client.SecurityProviderSymmetricKey(\"reg-7\", null, {SECRET});", Key, "symmetric key", "new SecurityProviderSymmetricKey(...)", "secondaryKey"),
        Case("Azure DPS shared SecurityProviderSymmetricKey secondary", "new Microsoft.Azure.Devices.Shared.SecurityProviderSymmetricKey(\"reg-7\", null, {SECRET});", Key, "symmetric key", "new SecurityProviderSymmetricKey(...)", "secondaryKey"),
        Case("X509Certificate password", "new System.Security.Cryptography.X509Certificates.X509Certificate(new byte[0], {SECRET});", Password, "password", "new X509Certificate(...)", "password"),
        Case("X509Certificate2.CreateFromEncryptedPem", "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromEncryptedPem(\"-----BEGIN CERTIFICATE-----\", \"-----BEGIN ENCRYPTED PRIVATE KEY-----\", {SECRET});", Password, "password", "X509Certificate2.CreateFromEncryptedPem", "password"),
        Case("X509Certificate2.Import", "new System.Security.Cryptography.X509Certificates.X509Certificate2().Import(new byte[0], {SECRET}, System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.DefaultKeySet);", Password, "password", "X509Certificate2.Import", "password"),
        Case("X509Certificate.Import", "new System.Security.Cryptography.X509Certificates.X509Certificate().Import(new byte[0], {SECRET}, System.Security.Cryptography.X509Certificates.X509KeyStorageFlags.DefaultKeySet);", Password, "password", "X509Certificate.Import", "password"),
        Case("WebHeaderCollection.Add Authorization", "new System.Net.WebHeaderCollection().Add(\"Authorization\", {SECRET});", "Bearer " + Password, "credential in an authentication header", "WebHeaderCollection.Add", "value"),
        Case("WebHeaderCollection.Add(\"Name: value\") line", "new System.Net.WebHeaderCollection().Add({|#0:\"Authorization: Bearer \" + {SECRET}|});", Password, "credential in an authentication header", "WebHeaderCollection.Add", "header"),
        Case("WebHeaderCollection.Set API key", "new System.Net.WebHeaderCollection().Set(\"X-API-Key\", {SECRET});", Password, "credential in an authentication header", "WebHeaderCollection.Set", "value"),
        Case("ClientWebSocketOptions.SetRequestHeader Authorization", "new System.Net.WebSockets.ClientWebSocket().Options.SetRequestHeader(\"Authorization\", {SECRET});", "Bearer " + Password, "credential in an authentication header", "ClientWebSocketOptions.SetRequestHeader", "headerValue"),
        Case("HttpClient.GetAsync", "new System.Net.Http.HttpClient().GetAsync({SECRET});", ApiUrl, "secret in a URI", "HttpClient.GetAsync", "requestUri"),
        Case("HttpClient.GetByteArrayAsync", "new System.Net.Http.HttpClient().GetByteArrayAsync({SECRET});", ApiUrl, "secret in a URI", "HttpClient.GetByteArrayAsync", "requestUri"),
        Case("HttpClient.GetStreamAsync", "new System.Net.Http.HttpClient().GetStreamAsync({SECRET});", ApiUrl, "secret in a URI", "HttpClient.GetStreamAsync", "requestUri"),
        Case("HttpClient.PostAsync", "new System.Net.Http.HttpClient().PostAsync({SECRET}, null);", ApiUrl, "secret in a URI", "HttpClient.PostAsync", "requestUri"),
        Case("HttpClient.PutAsync", "new System.Net.Http.HttpClient().PutAsync({SECRET}, null);", ApiUrl, "secret in a URI", "HttpClient.PutAsync", "requestUri"),
        Case("HttpClient.DeleteAsync", "new System.Net.Http.HttpClient().DeleteAsync({SECRET});", ApiUrl, "secret in a URI", "HttpClient.DeleteAsync", "requestUri"),
        Case("HttpRequestMessage", "new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Get, {SECRET});", ApiUrl, "secret in a URI", "new HttpRequestMessage(...)", "requestUri"),
        Case("WebRequest.Create", "System.Net.WebRequest.Create({SECRET});", ApiUrl, "secret in a URI", "WebRequest.Create", "requestUriString"),
        Case("HttpWebRequest.Create (WebRequest.Create inherited)", "System.Net.HttpWebRequest.Create({SECRET});", ApiUrl, "secret in a URI", "WebRequest.Create", "requestUriString"),
        Case("HttpClient.PatchAsync", "new System.Net.Http.HttpClient().PatchAsync({SECRET}, null);", ApiUrl, "secret in a URI", "HttpClient.PatchAsync", "requestUri"),
        Case("WebClient.DownloadString", "new System.Net.WebClient().DownloadString({SECRET});", ApiUrl, "secret in a URI", "WebClient.DownloadString", "address"),
        Case("WebClient.DownloadStringTaskAsync", "new System.Net.WebClient().DownloadStringTaskAsync({SECRET});", ApiUrl, "secret in a URI", "WebClient.DownloadStringTaskAsync", "address"),
        Case("WebClient.DownloadData", "new System.Net.WebClient().DownloadData({SECRET});", ApiUrl, "secret in a URI", "WebClient.DownloadData", "address"),
        Case("WebClient.DownloadDataTaskAsync", "new System.Net.WebClient().DownloadDataTaskAsync({SECRET});", ApiUrl, "secret in a URI", "WebClient.DownloadDataTaskAsync", "address"),
        Case("WebClient.DownloadFile", "new System.Net.WebClient().DownloadFile({SECRET}, \"out.bin\");", ApiUrl, "secret in a URI", "WebClient.DownloadFile", "address"),
        Case("WebClient.DownloadFileTaskAsync", "new System.Net.WebClient().DownloadFileTaskAsync({SECRET}, \"out.bin\");", ApiUrl, "secret in a URI", "WebClient.DownloadFileTaskAsync", "address"),
        Case("WebClient.OpenRead", "new System.Net.WebClient().OpenRead({SECRET});", ApiUrl, "secret in a URI", "WebClient.OpenRead", "address"),
        Case("WebClient.OpenReadTaskAsync", "new System.Net.WebClient().OpenReadTaskAsync({SECRET});", ApiUrl, "secret in a URI", "WebClient.OpenReadTaskAsync", "address"),
        Case("WebClient.OpenWrite", "new System.Net.WebClient().OpenWrite({SECRET});", ApiUrl, "secret in a URI", "WebClient.OpenWrite", "address"),
        Case("WebClient.UploadString", "new System.Net.WebClient().UploadString({SECRET}, \"data\");", ApiUrl, "secret in a URI", "WebClient.UploadString", "address"),
        Case("WebClient.UploadStringTaskAsync", "new System.Net.WebClient().UploadStringTaskAsync({SECRET}, \"data\");", ApiUrl, "secret in a URI", "WebClient.UploadStringTaskAsync", "address"),
        Case("WebClient.UploadData", "new System.Net.WebClient().UploadData({SECRET}, new byte[0]);", ApiUrl, "secret in a URI", "WebClient.UploadData", "address"),
        Case("WebClient.UploadDataTaskAsync", "new System.Net.WebClient().UploadDataTaskAsync({SECRET}, new byte[0]);", ApiUrl, "secret in a URI", "WebClient.UploadDataTaskAsync", "address"),
        Case("WebClient.UploadFile", "new System.Net.WebClient().UploadFile({SECRET}, \"in.bin\");", ApiUrl, "secret in a URI", "WebClient.UploadFile", "address"),
        Case("WebClient.UploadValues", "new System.Net.WebClient().UploadValues({SECRET}, new System.Collections.Specialized.NameValueCollection());", ApiUrl, "secret in a URI", "WebClient.UploadValues", "address"),
        Case("WebClient.UploadValuesTaskAsync", "new System.Net.WebClient().UploadValuesTaskAsync({SECRET}, new System.Collections.Specialized.NameValueCollection());", ApiUrl, "secret in a URI", "WebClient.UploadValuesTaskAsync", "address"),
        Case("WebClient.OpenWriteTaskAsync", "new System.Net.WebClient().OpenWriteTaskAsync({SECRET});", ApiUrl, "secret in a URI", "WebClient.OpenWriteTaskAsync", "address"),
        Case("WebClient.UploadFileTaskAsync", "new System.Net.WebClient().UploadFileTaskAsync({SECRET}, \"in.bin\");", ApiUrl, "secret in a URI", "WebClient.UploadFileTaskAsync", "address"),
        Case("HttpClientJsonExtensions.GetFromJsonAsync", "System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<object>(new System.Net.Http.HttpClient(), {SECRET});", ApiUrl, "secret in a URI", "HttpClientJsonExtensions.GetFromJsonAsync", "requestUri"),
        Case("HttpClientJsonExtensions.GetFromJsonAsAsyncEnumerable", "System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsAsyncEnumerable<object>(new System.Net.Http.HttpClient(), {SECRET});", ApiUrl, "secret in a URI", "HttpClientJsonExtensions.GetFromJsonAsAsyncEnumerable", "requestUri"),
        Case("HttpClientJsonExtensions.PostAsJsonAsync", "System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(new System.Net.Http.HttpClient(), {SECRET}, 1);", ApiUrl, "secret in a URI", "HttpClientJsonExtensions.PostAsJsonAsync", "requestUri"),
        Case("HttpClientJsonExtensions.PutAsJsonAsync", "System.Net.Http.Json.HttpClientJsonExtensions.PutAsJsonAsync(new System.Net.Http.HttpClient(), {SECRET}, 1);", ApiUrl, "secret in a URI", "HttpClientJsonExtensions.PutAsJsonAsync", "requestUri"),
        Case("HttpClientJsonExtensions.PatchAsJsonAsync", "System.Net.Http.Json.HttpClientJsonExtensions.PatchAsJsonAsync(new System.Net.Http.HttpClient(), {SECRET}, 1);", ApiUrl, "secret in a URI", "HttpClientJsonExtensions.PatchAsJsonAsync", "requestUri"),
        Case("HttpClientJsonExtensions.DeleteFromJsonAsync", "System.Net.Http.Json.HttpClientJsonExtensions.DeleteFromJsonAsync<object>(new System.Net.Http.HttpClient(), {SECRET});", ApiUrl, "secret in a URI", "HttpClientJsonExtensions.DeleteFromJsonAsync", "requestUri"),
        Case("ClientWebSocket.ConnectAsync", "new System.Net.WebSockets.ClientWebSocket().ConnectAsync(new System.Uri({SECRET}), default);", "wss://device:" + Password + "@gateway.example.com/ws", "secret in a URI", "new Uri(...)", "uriString"),
        Case("nF WebServer AuthenticationAttribute(authentication)", "new nanoFramework.WebServer.AuthenticationAttribute({SECRET}, true);", "Basic:admin " + Password, "credential in an authentication attribute", "new AuthenticationAttribute(...)", "authentication"),
        Case("nF WebServer Credential (the credential it is given)", "var server = new nanoFramework.WebServer.WebServer(80) { Credential = new System.Net.NetworkCredential(\"admin\", {SECRET}) };", Password, "password", "new NetworkCredential(...)", "password"),
        Case("32feet BluetoothSecurity.SetPin", "InTheHand.Net.Bluetooth.BluetoothSecurity.SetPin(InTheHand.Net.BluetoothAddress.Parse(\"0006660250da\"), {SECRET});", "739146", "password", "BluetoothSecurity.SetPin", "pin"),
        Case("TuyaNet TuyaDevice", "_ = new com.clusterrr.TuyaNet.TuyaDevice(\"192.168.18.125\", {SECRET}, \"bf3c1d2e4a5b6c7d8e9f0a\");", "b6d21f09a7c3e548", "password", "new TuyaDevice(...)", "localKey"),
        Case("TuyaCore TuyaPlug.LocalKey", "_ = new m4rcus.TuyaCore.TuyaPlug { IP = \"192.168.18.126\", LocalKey = {SECRET} };", "b6d21f09a7c3e548", "password", "TuyaPlug.LocalKey", "value"),
        Case("UriBuilder.Password", "_ = new System.UriBuilder(\"ftp://nas.local\") { UserName = \"logger\", Password = {SECRET} };", "Nas-Share-2031", "password", "UriBuilder.Password", "value"),
        Case("Windows DevicePairingRequestedEventArgs.Accept", "new Windows.Devices.Enumeration.DevicePairingRequestedEventArgs().Accept({SECRET});", "739146", "password", "DevicePairingRequestedEventArgs.Accept", "pin"),
        Case("32feet BluetoothSecurity.PairRequest", "InTheHand.Net.Bluetooth.BluetoothSecurity.PairRequest(InTheHand.Net.BluetoothAddress.Parse(\"0006660250da\"), {SECRET});", "739146", "password", "BluetoothSecurity.PairRequest", "pin"),
        Case("Yoctopuce YCellular.set_pin (SIM PIN)", "YCellular.FirstCellular().set_pin({SECRET});", "4821", "password", "YCellular.set_pin", "newval"),
        Case("Yoctopuce YCellular.sendPUK puk", "YCellular.FirstCellular().sendPUK({SECRET}, System.Environment.GetEnvironmentVariable(\"PIN\"));", "73915382", "password", "YCellular.sendPUK", "puk"),
        Case("Yoctopuce YCellular.sendPUK newPin", "YCellular.FirstCellular().sendPUK(System.Environment.GetEnvironmentVariable(\"PUK\"), {SECRET});", "4821", "password", "YCellular.sendPUK", "newPin"),
        Case("nanoFramework AtModem PersonalIdentificationNumber (SIM PIN)", "new IoT.Device.AtModem.Modem.Sim7080().EnterSimPin(new IoT.Device.AtModem.DTOs.PersonalIdentificationNumber({SECRET}));", "4821", "password", "new PersonalIdentificationNumber(...)", "pin"),
        Case("GSMComm GsmCommMain.EnterPin (SIM PIN)", "new GsmComm.GsmCommunication.GsmCommMain(\"COM3\", 9600, 300).EnterPin({SECRET});", "4821", "password", "GsmCommMain.EnterPin", "pin"),
        Case("HeboTech ATLib PersonalIdentificationNumber (SIM PIN)", "var pin = new HeboTech.ATLib.DTOs.PersonalIdentificationNumber({SECRET});", "4821", "password", "new PersonalIdentificationNumber(...)", "pin"),
        Case("#SNMP Version1MembershipProvider getCommunity", "new Lextm.SharpSnmpLib.Pipeline.Version1MembershipProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.OctetString(System.Environment.GetEnvironmentVariable(\"SNMP\")));", "Pr1nt-c0mmunity-7", "SNMP community", "new Version1MembershipProvider(...)", "getCommunity"),
        Case("#SNMP Version1MembershipProvider setCommunity", "new Lextm.SharpSnmpLib.Pipeline.Version1MembershipProvider(new Lextm.SharpSnmpLib.OctetString(System.Environment.GetEnvironmentVariable(\"SNMP\")), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|});", "Pr1nt-c0mmunity-7", "SNMP community", "new Version1MembershipProvider(...)", "setCommunity"),
        Case("#SNMP Version2MembershipProvider getCommunity", "new Lextm.SharpSnmpLib.Pipeline.Version2MembershipProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.OctetString(System.Environment.GetEnvironmentVariable(\"SNMP\")));", "Pr1nt-c0mmunity-7", "SNMP community", "new Version2MembershipProvider(...)", "getCommunity"),
        Case("#SNMP Version2MembershipProvider setCommunity", "new Lextm.SharpSnmpLib.Pipeline.Version2MembershipProvider(new Lextm.SharpSnmpLib.OctetString(System.Environment.GetEnvironmentVariable(\"SNMP\")), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|});", "Pr1nt-c0mmunity-7", "SNMP community", "new Version2MembershipProvider(...)", "setCommunity"),
        Case("#SNMP Messenger.Get community", "Lextm.SharpSnmpLib.Messaging.Messenger.Get(Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>(), 1000);", "Pdu-c0mmunity-9", "SNMP community", "Messenger.Get", "community"),
        Case("#SNMP Messenger.GetAsync community", "Lextm.SharpSnmpLib.Messaging.Messenger.GetAsync(Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "Messenger.GetAsync", "community"),
        Case("#SNMP Messenger.Set community", "Lextm.SharpSnmpLib.Messaging.Messenger.Set(Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>(), 1000);", "Pdu-c0mmunity-9", "SNMP community", "Messenger.Set", "community"),
        Case("#SNMP Messenger.SetAsync community", "Lextm.SharpSnmpLib.Messaging.Messenger.SetAsync(Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "Messenger.SetAsync", "community"),
        Case("#SNMP Messenger.Walk community", "Lextm.SharpSnmpLib.Messaging.Messenger.Walk(Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>(), 1000, Lextm.SharpSnmpLib.Messaging.WalkMode.WithinSubtree);", "Pdu-c0mmunity-9", "SNMP community", "Messenger.Walk", "community"),
        Case("#SNMP Messenger.WalkAsync community", "Lextm.SharpSnmpLib.Messaging.Messenger.WalkAsync(Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>(), Lextm.SharpSnmpLib.Messaging.WalkMode.WithinSubtree);", "Pdu-c0mmunity-9", "SNMP community", "Messenger.WalkAsync", "community"),
        Case("#SNMP Messenger.GetTable community", "Lextm.SharpSnmpLib.Messaging.Messenger.GetTable(Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), 1000, 10);", "Pdu-c0mmunity-9", "SNMP community", "Messenger.GetTable", "community"),
        Case("#SNMP Messenger.SendTrapV1 community", "Lextm.SharpSnmpLib.Messaging.Messenger.SendTrapV1(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), System.Net.IPAddress.Loopback, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), Lextm.SharpSnmpLib.GenericCode.ColdStart, 0, 0, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "Messenger.SendTrapV1", "community"),
        Case("#SNMP Messenger.SendTrapV1Async community", "Lextm.SharpSnmpLib.Messaging.Messenger.SendTrapV1Async(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), System.Net.IPAddress.Loopback, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), Lextm.SharpSnmpLib.GenericCode.ColdStart, 0, 0, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "Messenger.SendTrapV1Async", "community"),
        Case("#SNMP Messenger.SendTrapV2 community", "Lextm.SharpSnmpLib.Messaging.Messenger.SendTrapV2(1, Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), 0, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "Messenger.SendTrapV2", "community"),
        Case("#SNMP Messenger.SendTrapV2Async community", "Lextm.SharpSnmpLib.Messaging.Messenger.SendTrapV2Async(1, Lextm.SharpSnmpLib.VersionCode.V2, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 161), {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), 0, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "Messenger.SendTrapV2Async", "community"),
        Case("#SNMP GetRequestMessage community", "new Lextm.SharpSnmpLib.Messaging.GetRequestMessage(1, Lextm.SharpSnmpLib.VersionCode.V2, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "new GetRequestMessage(...)", "community"),
        Case("#SNMP GetNextRequestMessage community", "new Lextm.SharpSnmpLib.Messaging.GetNextRequestMessage(1, Lextm.SharpSnmpLib.VersionCode.V2, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "new GetNextRequestMessage(...)", "community"),
        Case("#SNMP SetRequestMessage community", "new Lextm.SharpSnmpLib.Messaging.SetRequestMessage(1, Lextm.SharpSnmpLib.VersionCode.V2, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "new SetRequestMessage(...)", "community"),
        Case("#SNMP GetBulkRequestMessage community", "new Lextm.SharpSnmpLib.Messaging.GetBulkRequestMessage(1, Lextm.SharpSnmpLib.VersionCode.V2, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, 0, 10, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "new GetBulkRequestMessage(...)", "community"),
        Case("#SNMP TrapV1Message community", "new Lextm.SharpSnmpLib.Messaging.TrapV1Message(Lextm.SharpSnmpLib.VersionCode.V1, System.Net.IPAddress.Loopback, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), Lextm.SharpSnmpLib.GenericCode.ColdStart, 0, 0, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "new TrapV1Message(...)", "community"),
        Case("#SNMP TrapV2Message community", "new Lextm.SharpSnmpLib.Messaging.TrapV2Message(1, Lextm.SharpSnmpLib.VersionCode.V2, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), 0, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "new TrapV2Message(...)", "community"),
        Case("#SNMP InformRequestMessage community", "new Lextm.SharpSnmpLib.Messaging.InformRequestMessage(1, Lextm.SharpSnmpLib.VersionCode.V2, {|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, new Lextm.SharpSnmpLib.ObjectIdentifier(\"1.3.6.1\"), 0, new System.Collections.Generic.List<Lextm.SharpSnmpLib.Variable>());", "Pdu-c0mmunity-9", "SNMP community", "new InformRequestMessage(...)", "community"),
        Case("#SNMP MD5AuthenticationProvider phrase", "new Lextm.SharpSnmpLib.Security.MD5AuthenticationProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|});", "Pr1nt3r-Snmpv3-Auth", "password", "new MD5AuthenticationProvider(...)", "phrase"),
        Case("#SNMP SHA1AuthenticationProvider phrase", "new Lextm.SharpSnmpLib.Security.SHA1AuthenticationProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|});", "Pr1nt3r-Snmpv3-Auth", "password", "new SHA1AuthenticationProvider(...)", "phrase"),
        Case("#SNMP SHA256AuthenticationProvider phrase", "new Lextm.SharpSnmpLib.Security.SHA256AuthenticationProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|});", "Pr1nt3r-Snmpv3-Auth", "password", "new SHA256AuthenticationProvider(...)", "phrase"),
        Case("#SNMP SHA384AuthenticationProvider phrase", "new Lextm.SharpSnmpLib.Security.SHA384AuthenticationProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|});", "Pr1nt3r-Snmpv3-Auth", "password", "new SHA384AuthenticationProvider(...)", "phrase"),
        Case("#SNMP SHA512AuthenticationProvider phrase", "new Lextm.SharpSnmpLib.Security.SHA512AuthenticationProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|});", "Pr1nt3r-Snmpv3-Auth", "password", "new SHA512AuthenticationProvider(...)", "phrase"),
        Case("#SNMP DESPrivacyProvider phrase", "new Lextm.SharpSnmpLib.Security.DESPrivacyProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, null!);", "Pr1nt3r-Snmpv3-Priv", "password", "new DESPrivacyProvider(...)", "phrase"),
        Case("#SNMP AESPrivacyProvider phrase", "new Lextm.SharpSnmpLib.Security.AESPrivacyProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, null!);", "Pr1nt3r-Snmpv3-Priv", "password", "new AESPrivacyProvider(...)", "phrase"),
        Case("#SNMP AES192PrivacyProvider phrase", "new Lextm.SharpSnmpLib.Security.AES192PrivacyProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, null!);", "Pr1nt3r-Snmpv3-Priv", "password", "new AES192PrivacyProvider(...)", "phrase"),
        Case("#SNMP AES256PrivacyProvider phrase", "new Lextm.SharpSnmpLib.Security.AES256PrivacyProvider({|#0:new Lextm.SharpSnmpLib.OctetString({SECRET})|}, null!);", "Pr1nt3r-Snmpv3-Priv", "password", "new AES256PrivacyProvider(...)", "phrase"),
        Case("SNMP#NET SimpleSnmp community", "new SnmpSharpNet.SimpleSnmp(\"10.0.0.9\", 161, {SECRET});", "Pdu-c0mmunity-9", "SNMP community", "new SimpleSnmp(...)", "community"),
        Case("SNMP#NET SimpleSnmp.Community", "var snmp = new SnmpSharpNet.SimpleSnmp(\"10.0.0.9\", System.Environment.GetEnvironmentVariable(\"SNMP\")!) { Community = {SECRET} };", "Pdu-c0mmunity-9", "SNMP community", "SimpleSnmp.Community", "value"),
        Case("SNMP#NET AgentParameters community", "new SnmpSharpNet.AgentParameters(SnmpSharpNet.SnmpVersion.Ver2, {|#0:new SnmpSharpNet.OctetString({SECRET})|});", "Pdu-c0mmunity-9", "SNMP community", "new AgentParameters(...)", "community"),
        Case("SNMP#NET SnmpV1Packet community", "new SnmpSharpNet.SnmpV1Packet({SECRET});", "Pdu-c0mmunity-9", "SNMP community", "new SnmpV1Packet(...)", "snmpCommunity"),
        Case("SNMP#NET SnmpV2Packet community", "new SnmpSharpNet.SnmpV2Packet({SECRET});", "Pdu-c0mmunity-9", "SNMP community", "new SnmpV2Packet(...)", "snmpCommunity"),
        Case("SNMP#NET authNoPriv authSecret", "new SnmpSharpNet.SecureAgentParameters().authNoPriv(\"poller\", SnmpSharpNet.AuthenticationDigests.SHA1, {SECRET});", "Pr1nt3r-Snmpv3-Auth", "password", "SecureAgentParameters.authNoPriv", "authSecret"),
        Case("SNMP#NET authPriv authSecret", "new SnmpSharpNet.SecureAgentParameters().authPriv(\"poller\", SnmpSharpNet.AuthenticationDigests.SHA1, {SECRET}, SnmpSharpNet.PrivacyProtocols.AES128, System.Environment.GetEnvironmentVariable(\"P\")!);", "Pr1nt3r-Snmpv3-Auth", "password", "SecureAgentParameters.authPriv", "authSecret"),
        Case("SNMP#NET authPriv privSecret", "new SnmpSharpNet.SecureAgentParameters().authPriv(\"poller\", SnmpSharpNet.AuthenticationDigests.SHA1, System.Environment.GetEnvironmentVariable(\"A\")!, SnmpSharpNet.PrivacyProtocols.AES128, {SECRET});", "Pr1nt3r-Snmpv3-Priv", "password", "SecureAgentParameters.authPriv", "privSecret"),
        Case("SNMP#NET AuthNoPriv authSecret", "new SnmpSharpNet.SecureAgentParameters().AuthNoPriv(\"poller\", SnmpSharpNet.AuthenticationDigests.SHA1, {SECRET});", "Pr1nt3r-Snmpv3-Auth", "password", "SecureAgentParameters.AuthNoPriv", "authSecret"),
        Case("SNMP#NET AuthPriv authSecret", "new SnmpSharpNet.SecureAgentParameters().AuthPriv(\"poller\", SnmpSharpNet.AuthenticationDigests.SHA1, {SECRET}, SnmpSharpNet.PrivacyProtocols.AES128, System.Environment.GetEnvironmentVariable(\"P\")!);", "Pr1nt3r-Snmpv3-Auth", "password", "SecureAgentParameters.AuthPriv", "authSecret"),
        Case("SNMP#NET AuthPriv privSecret", "new SnmpSharpNet.SecureAgentParameters().AuthPriv(\"poller\", SnmpSharpNet.AuthenticationDigests.SHA1, System.Environment.GetEnvironmentVariable(\"A\")!, SnmpSharpNet.PrivacyProtocols.AES128, {SECRET});", "Pr1nt3r-Snmpv3-Priv", "password", "SecureAgentParameters.AuthPriv", "privSecret"),
        Case("nF WebServer ApiKey", "var server = new nanoFramework.WebServer.WebServer(80) { ApiKey = {SECRET} };", Password, "API key or token", "WebServer.ApiKey", "value"),
    };

    private static object[] Case(string name, string statement, string secret, string kind, string sink, string parameter) =>
        new object[] { name, statement, secret, kind, sink, parameter };

    [Theory]
    [MemberData(nameof(Sinks))]
    public Task Sink_reached_through_a_const_field_in_another_file(string name, string statement, string secret, string kind, string sink, string parameter)
    {
        Assert.NotNull(name);
        var usage = "class Device\n{\n    void Run()\n    {\n        " + statement.Replace("{SECRET}", statement.Contains("{|#0:") ? "Secrets.Value" : "{|#0:Secrets.Value|}") + "\n    }\n}\n";
        var secrets = "static class Secrets\n{\n    public const string Value = " + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(secret, quote: true) + ";\n}\n";
        return VerifyCS.AnalyzerAsync(
            new[] { usage, secrets }.Concat(Stubs.AllWithSnmpMessaging).Concat(Stubs.OutsideAll),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredential).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments(kind, "reaches '" + sink + "' parameter '" + parameter + "'", " through 'Secrets.Value'"));
    }

    // IOT1001 "PKCS#12 passwords ... and the passwords that protect a private key where it is imported or exported (PEM,
    // PKCS#8, PFX)": the kind of the key-protecting password, through the forms a device's provisioning code uses (a
    // const in another class, a local, a named argument, the UTF-8 bytes); a listed default is IOT1002 and a template
    // IOT1006 there too; a password read at run time, an export without a password and a public certificate export are
    // nothing.
    [Fact]
    public Task Key_protecting_passwords_of_import_and_export_members_by_form() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Security.Cryptography.X509Certificates;
            using System.Text;
            static class ProvisioningSecrets { public const string KeyPassphrase = "Lq4-key-Vault-2291"; } // expect: IOT1001 (reported at the literal)
            sealed class Provisioner
            {
                private static readonly PbeParameters Pbe = new(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 100_000);
                public void Enroll(X509Certificate2 deviceCert, string pem)
                {
                    using var ec = ECDsa.Create();
                    ec.ImportFromEncryptedPem(pem, ProvisioningSecrets.KeyPassphrase);
                    var local = "Rk7!pfx-Ship-0453"; // expect: IOT1001
                    File.WriteAllBytes("device.pfx", deviceCert.Export(X509ContentType.Pfx, local));
                    using var rsa = RSA.Create();
                    var der = rsa.ExportEncryptedPkcs8PrivateKey(pbeParameters: Pbe, passwordBytes: Encoding.UTF8.GetBytes("Wm2#pk8-Field-771")); // expect: IOT1001
                    var legacy = rsa.ExportEncryptedPkcs8PrivateKeyPem("changeme", Pbe); // expect: IOT1002
                    rsa.ImportFromEncryptedPem(pem, "<key-passphrase>"); // expect: IOT1006
                }

                public void Clean(X509Certificate2 deviceCert, string pem)
                {
                    var fromVault = Environment.GetEnvironmentVariable("KEY_PASSPHRASE") ?? throw new InvalidOperationException("KEY_PASSPHRASE is not set");
                    using var ec = ECDsa.Create();
                    ec.ImportFromEncryptedPem(pem, fromVault); // expect: none
                    File.WriteAllBytes("device.cer", deviceCert.Export(X509ContentType.Cert)); // expect: none
                    var plain = ec.ExportPkcs8PrivateKey(); // expect: none
                    var exported = deviceCert.Export(X509ContentType.Pfx, fromVault); // expect: none
                }
            }
            """);

    [Fact]
    public Task WebServer_Basic_authentication_attribute_with_a_password() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using nanoFramework.WebServer;
                class ApiController
                {
                    [Authentication({|#0:"Basic:admin Zq8-unique-value-4711"|})]
                    public void Reboot() { }

                    [Authentication("Basic")]
                    public void Status() { }
                }
                """,
            }.Concat(Stubs.All),
            VerifyCS.Diagnostic(Descriptors.HardcodedCredential).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations)
                .WithArguments("credential in an authentication attribute", "reaches 'new AuthenticationAttribute(...)' parameter 'auth'", ""));

    /// <summary>Key-material sinks: raw key bytes written in the code are IOT1003's (SecretTokenAnalyzerTests covers each shape).</summary>
    public static IEnumerable<string> KeyMaterialStatements() => new[]
    {
        "new System.Security.Cryptography.HMACSHA256({SECRET});",
        "new System.Security.Cryptography.HMACSHA384({SECRET});",
        "new System.Security.Cryptography.HMACSHA512({SECRET});",
        "new System.Security.Cryptography.HMACSHA1({SECRET});",
        "new System.Security.Cryptography.HMACMD5({SECRET});",
        "System.Security.Cryptography.HMAC h = new System.Security.Cryptography.HMACSHA256(); h.Key = {SECRET};",
        "System.Security.Cryptography.HMACSHA256.HashData({SECRET}, new byte[0]);",
        "System.Security.Cryptography.HMACSHA384.HashData({SECRET}, new byte[0]);",
        "System.Security.Cryptography.HMACSHA512.HashData({SECRET}, new byte[0]);",
        "System.Security.Cryptography.HMACSHA1.HashData({SECRET}, new byte[0]);",
        "var aes = System.Security.Cryptography.Aes.Create(); aes.Key = {SECRET};",
        "System.Security.Cryptography.Aes.Create().CreateEncryptor({SECRET}, new byte[16]);",
        "System.Security.Cryptography.Aes.Create().CreateDecryptor({SECRET}, new byte[16]);",
        "new System.Security.Cryptography.AesGcm({SECRET}, 16);",
        "new System.Security.Cryptography.AesCcm({SECRET});",
        "new System.Security.Cryptography.ChaCha20Poly1305({SECRET});",
        "new ZWaveDotNet.Entities.Controller(\"COM4\", {SECRET}, {SECRET}, {SECRET}, {SECRET});",
    };

    /// <summary>Records which catalogue entry each value reaching a sink matched (every value, no screen).</summary>
#pragma warning disable RS1001 // a test recorder run directly by CompilationWithAnalyzers, never loaded by a host
    private sealed class SinkRecorder : DiagnosticAnalyzer
#pragma warning restore RS1001
    {
#pragma warning disable RS2008 // a test recorder, never shipped
        private static readonly DiagnosticDescriptor Unused = new("REC0001", "recorder", "recorder", "Test", DiagnosticSeverity.Warning, true);
#pragma warning restore RS2008

        public readonly System.Collections.Concurrent.ConcurrentDictionary<CredentialSink, byte> Reached = new();

        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => System.Collections.Immutable.ImmutableArray.Create(Unused);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var iot = IoTSecureContext.Get(start.Compilation, start.Options);
                var actions = new SyntaxActions();
                SinkArguments.Register(actions, iot, (_, _) => true, (_, argument) => Reached.TryAdd(argument.Sink.Spec, 0));
                actions.RegisterOn(start);
            });
        }
    }

    [Fact]
    public async Task Every_catalogue_entry_has_a_positive_sink_test()
    {
        // The statements of the positive cases above (each verified to give its finding), compiled together: every
        // built-in entry must be the one some case's value reaches.
        var statements = Sinks().Select(c => ((string)c[1]).Replace("{|#0:", string.Empty).Replace("|}", string.Empty))
            .Concat(KeyMaterialStatements())
            .Concat(new[] { "new nanoFramework.WebServer.AuthenticationAttribute({SECRET});" }) // the [Authentication("Basic:...")] fact below
            .Concat(new[] // a PEM key given as text: NinthCorpusShapeTests holds its placeholder finding
            {
                "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(\"cert\", {SECRET});",
                "System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromEncryptedPem(\"cert\", {SECRET}, \"p\");",
            })
            .ToList();
        var device = "class Device\n{\n" + string.Concat(statements.Select((statement, i) =>
            $"    void Case{i}() {{ {statement.Replace("{SECRET}", KeyMaterialStatements().Contains(statement) ? "Secrets.Bytes" : "Secrets.Value")} }}\n")) + "}\n";
        var secrets = "static class Secrets { public const string Value = \"v\"; public static readonly byte[] Bytes = { 1, 2, 3 }; }";
        var trees = new[] { device, secrets }.Concat(Stubs.AllWithSnmpMessaging).Concat(Stubs.OutsideAll).Select(text => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(text));
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("Catalogue", trees, Basic.Reference.Assemblies.Net80.References.All,
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var recorder = new SinkRecorder();
        await compilation.WithAnalyzers(System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(recorder)).GetAnalyzerDiagnosticsAsync();

        var missing = CredentialSinkCatalog.BuiltIn.Where(sink => !recorder.Reached.ContainsKey(sink)).Select(sink => sink.ToString()).ToList();
        Assert.True(missing.Count == 0, "catalogue entries without a positive sink test:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_catalogue_entry_parses_and_has_a_known_kind()
    {
        Assert.True(CredentialSinkCatalog.BuiltIn.Length > 60);
        foreach (var sink in CredentialSinkCatalog.BuiltIn)
        {
            Assert.Equal(sink.ToString(), CredentialSink.TryParse(sink.ToString())!.ToString());
        }
    }

    [Theory]
    [InlineData("Acme.Radio.LoRaGateway.Join(appKey):SymmetricKey", "Acme.Radio.LoRaGateway", "Join", "appKey", SecretKind.SymmetricKey)]
    [InlineData("Acme.Cloud.Client..ctor(password)", "Acme.Cloud.Client", ".ctor", "password", SecretKind.Password)]
    [InlineData(" Acme.Cloud.Client.Client(secret) : ApiKey ", "Acme.Cloud.Client", ".ctor", "secret", SecretKind.ApiKey)]
    [InlineData("Acme.Outer+Inner.Login(pwd)", "Acme.Outer+Inner", "Login", "pwd", SecretKind.Password)]
    public void Team_sink_specifications_parse(string text, string type, string member, string parameter, SecretKind kind)
    {
        var sink = CredentialSink.TryParse(text);
        Assert.NotNull(sink);
        Assert.Equal((type, member, parameter, kind), (sink!.TypeMetadataName, sink.Member, sink.Parameter, sink.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("NoParentheses")]
    [InlineData("Type.Member()")]
    [InlineData("Member(password)")]
    [InlineData("A.B(password):NotAKind")]
    [InlineData("A.B(pass word)")]
    public void Malformed_team_sink_specifications_are_ignored(string text) => Assert.Null(CredentialSink.TryParse(text));
}
