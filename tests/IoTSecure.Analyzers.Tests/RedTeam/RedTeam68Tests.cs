using System.Threading.Tasks;
using IoTSecure.Analyzers.Tests.Infrastructure;
using Xunit;

namespace IoTSecure.Analyzers.Tests.RedTeam;

/// <summary>
/// Red team 68: unseen, realistic device code against issue #14's credential rules (IOT1001-IOT1006, and IOT3005 where a
/// token is made by System.Random): a nanoFramework weather station, an IoT Hub uplink, an MQTTnet publisher with options,
/// a Modbus gateway's historian, an LTE modem's AT commands, BLE provisioning, an OTA updater, an HMI's login and caption
/// tables, a fleet REST client, TLS material, a factory reset, a Raspberry Pi bridge, nanoFramework DPS, a Meadow
/// greenhouse with a secrets file, an NVR poller and a payload cipher. Each file mixes findings with hard negatives.
/// Expectations come from docs/rules (IOT1001-IOT1006), decided before running the analyzers.
/// </summary>
[Collection(CostGuards.Name)]
public class RedTeam68Tests
{
    // IOT1001: nanoFramework `WifiNetworkHelper.ConnectDhcp` and M2Mqtt `Connect` are sinks; a value travels through a
    // constant. IOT1006: `"YOUR_PASSWORD"`-style templates at a sink. IOT1004: `PasswordPrompt` describes something else.
    [Fact]
    public Task RT68_nano_weather_station_wifi_mqtt_and_template() =>
        ExpectComments.AssertAsync("""
            using System;
            using nanoFramework.Networking;
            using nanoFramework.M2Mqtt;
            public static class StationConfig
            {
                public const string Ssid = "Rooftop-Wx"; // expect: none
                public const string WifiPassphrase = "Hail-Gauge-Qz83"; // expect: IOT1001
                public const string MqttUser = "wx-station-4"; // expect: none
                public const string MqttPassword = "YOUR_MQTT_PASSWORD"; // expect: IOT1006
                public const string TopicRoot = "wx/rooftop/4"; // expect: none
                public const string PasswordPrompt = "Enter the station password"; // expect: none
            }
            public static class WeatherStation
            {
                private static MqttClient _client;
                public static bool Start()
                {
                    if (!WifiNetworkHelper.ConnectDhcp(StationConfig.Ssid, StationConfig.WifiPassphrase, requiresDateTime: true))
                    {
                        return false;
                    }
                    _client = new MqttClient("mqtt.wx.local");
                    return _client.Connect("wx-4", StationConfig.MqttUser, StationConfig.MqttPassword) == 0;
                }
                public static bool Fallback() =>
                    WifiNetworkHelper.ConnectDhcp("Rooftop-Wx-Spare", "ItZcleNM2kyIs77"); // expect: IOT1001
                public static bool FromEnvironment() =>
                    WifiNetworkHelper.ConnectDhcp(StationConfig.Ssid, Environment.GetEnvironmentVariable("WX_WIFI_PSK"));
                public static string Topic(string sensor) => StationConfig.TopicRoot + "/" + sensor;
                public static string Prompt() => StationConfig.PasswordPrompt;
            }
            """);

    // IOT1003: a key written in place in `SharedAccessKey=` and at `DeviceAuthenticationWithRegistrySymmetricKey`; held in a
    // named field "its shape alone says nothing and it is IOT1001 at the sink". A key slot holding a format hole or a mask
    // holds no key. IOT1006: "Inside connection strings too: `SharedAccessKey=<device-key>`".
    [Fact]
    public Task RT68_iot_hub_uplink_connection_strings_keys_and_masks() =>
        ExpectComments.AssertAsync("""
            using System;
            using Microsoft.Azure.Devices.Client;
            public sealed class HubUplink
            {
                private const string ConnectionStringFormat = "HostName={0};DeviceId={1};SharedAccessKey={2}"; // expect: none
                private const string BenchConnection = "HostName=plant-hub.azure-devices.net;DeviceId=press-12;SharedAccessKey=LoXaVjnSR2v4OymzuSyCmeLFG3jLc3xHsEAbEHmdNdo="; // expect: IOT1003
                private const string SampleConnection = "HostName=<hub-name>.azure-devices.net;DeviceId=<device-id>;SharedAccessKey=<device-key>"; // expect: IOT1006
                private static readonly string FailoverKey = "RsDmehauG0GAL2LsPCr49vpPntOApcegKW6Qh/xSyu4="; // expect: IOT1001
                public DeviceClient Bench() => DeviceClient.CreateFromConnectionString(BenchConnection, TransportType.Mqtt);
                public DeviceClient Sample() => DeviceClient.CreateFromConnectionString(SampleConnection);
                public DeviceClient Field(string host, string id) =>
                    DeviceClient.CreateFromConnectionString(string.Format(ConnectionStringFormat, host, id, Environment.GetEnvironmentVariable("HUB_DEVICE_KEY")));
                public DeviceClient Spare(string host) =>
                    DeviceClient.Create(host, new DeviceAuthenticationWithRegistrySymmetricKey("press-12-spare", "a5+uDUNoD3MtOspyiK162xfxjIYXK3vtq1RfL64yWJk=")); // expect: IOT1003
                public DeviceClient Failover(string host) =>
                    DeviceClient.Create(host, new DeviceAuthenticationWithRegistrySymmetricKey("press-12", FailoverKey));
                public void LogTarget(string host) =>
                    Console.WriteLine($"Connecting to HostName={host};DeviceId=press-12;SharedAccessKey=********"); // expect: none
                public DeviceClient FromEnvironment() =>
                    DeviceClient.CreateFromConnectionString(Environment.GetEnvironmentVariable("IOTHUB_DEVICE_CONNECTION_STRING"), TransportType.Amqp);
            }
            """);

    // IOT1001: "A property of the team's own options type read at a sink (`WithCredentials(_options.User, _options.Password)`)
    // takes every value the code writes into it elsewhere (`new MqttOptions { Password = "..." }` in a factory"; "So is a
    // written fallback beside a run-time value (`env ?? "..."`)". IOT1002: "default" is listed; byte passwords from
    // `Encoding.UTF8.GetBytes("...")` are judged as their text. Host and user names are no secrets.
    [Fact]
    public Task RT68_mqttnet_line_publisher_options_fallbacks_and_bytes() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Text;
            using MQTTnet.Client;
            public sealed class BrokerOptions
            {
                public string Host { get; set; } = "broker.line4.local"; // expect: none
                public string User { get; set; } = "line4-pub"; // expect: none
                public string Password { get; set; }
            }
            public static class LinePublisher
            {
                public static BrokerOptions Defaults() => new BrokerOptions { Password = "mPgNwH6IOS2ejPI" }; // expect: IOT1001
                public static MqttClientOptions Build(BrokerOptions o) => new MqttClientOptionsBuilder()
                    .WithTcpServer(o.Host, 8883)
                    .WithCredentials(o.User, o.Password)
                    .WithTls()
                    .Build();
                public static MqttClientOptions FromEnvironment() => new MqttClientOptionsBuilder()
                    .WithTcpServer("broker.line4.local", 8883)
                    .WithCredentials("line4-pub", Environment.GetEnvironmentVariable("LINE4_MQTT_PASSWORD") ?? "Qr8-Line4-Tkv") // expect: IOT1001
                    .Build();
                public static MqttClientOptions WebSocket() => new MqttClientOptionsBuilder()
                    .WithWebSocketServer("wss://broker.line4.local/mqtt") // expect: none
                    .WithCredentials("line4-ws", Encoding.UTF8.GetBytes("default")) // expect: IOT1002
                    .Build();
                public static MqttClientOptions Anonymous() => new MqttClientOptionsBuilder()
                    .WithTcpServer("broker.line4.local", 1883)
                    .WithClientId("line4-" + Environment.MachineName) // expect: none
                    .Build();
            }
            """);

    // IOT1001: connection strings "written anywhere ... reported at the literal that holds the password, whatever method
    // they are handed to"; "Not findings: ... configuration keys ... connection strings whose key comes from configuration".
    // IOT1002: sa/sa is a listed server login. A GUID, a format hole and a register number are no secrets.
    [Fact]
    public Task RT68_modbus_gateway_historian_connection_strings() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Collections.Generic;
            public static class Historian
            {
                public static void Connect(string connectionString) { }
            }
            public sealed class ModbusGateway
            {
                private const string GatewayGuid = "66db8a09-06e6-42ca-b17a-1488d9cd4cce"; // expect: none
                private const string PasswordSettingKey = "Historian:Password"; // expect: none
                private const string SqlFormat = "Server=tcp:hist.site.local,1433;Database=modbus;User ID=gw;Password={0};Encrypt=True"; // expect: none
                private const ushort UnlockRegister = 0x9C40; // expect: none
                private readonly IDictionary<string, string> _settings;
                public ModbusGateway(IDictionary<string, string> settings) => _settings = settings;
                public void OpenHistorian() => Historian.Connect(string.Format(SqlFormat, _settings[PasswordSettingKey]));
                public void OpenBench() =>
                    Historian.Connect("Server=tcp:bench-hist,1433;Database=modbus;User ID=gw;Password=ZEfsveuU8u4a47Lf;Encrypt=True"); // expect: IOT1001
                public void OpenCache() =>
                    Historian.Connect("redis.site.local:6379,password=" + _settings["Cache:Password"] + ",ssl=true"); // expect: none
                public void OpenLegacy() =>
                    Historian.Connect("Server=localhost;Database=master;User Id=sa;Password=sa;"); // expect: IOT1002
                public void OpenReplica(string host) =>
                    Historian.Connect($"Server={host};Database=modbus;User ID=replica;Password=" + "Rpl-Mb7-xQ4w" + ";Encrypt=True"); // expect: IOT1001
                public string Describe() => $"gateway {GatewayGuid}, unlock register {UnlockRegister}";
            }
            """);

    // IOT1001: "SIM PINs, PUKs and APN passwords in an AT command written anywhere ... `AT+CPWD="SC","<old>","<new>"`,
    // Quectel `AT+QICSGP` ... with the PIN written in place or held in a constant"; "(an operator's published APN login, the
    // user name again ..., is not one)". IOT1002: a listed PIN ("1234"). Queries and the APN carry no secret.
    [Fact]
    public Task RT68_lte_modem_at_commands_pins_and_apn_login() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System.IO.Ports;
            public sealed class LteModem
            {
                private const string ApnName = "iot.m2m.example"; // expect: none
                private const string ApnUser = "fleet7"; // expect: none
                private const string ApnPassword = "I5J5MjpTWjpwtPb"; // expect: IOT1001
                private const string SimPin = "8264"; // expect: IOT1001
                private readonly SerialPort _port = new SerialPort("/dev/ttyS1", 115200);
                public void BringUp()
                {
                    _port.WriteLine("ATE0"); // expect: none
                    _port.WriteLine("AT+CPIN?"); // expect: none
                    _port.WriteLine("AT+CPIN=\"" + SimPin + "\"");
                    _port.WriteLine($"AT+QICSGP=1,1,\"{ApnName}\",\"{ApnUser}\",\"{ApnPassword}\",1");
                    _port.WriteLine("AT+CGDCONT=1,\"IP\",\"" + ApnName + "\""); // expect: none
                    _port.WriteLine("AT+CREG?"); // expect: none
                }
                public void RoamingProfile() => _port.WriteLine("AT+CGAUTH=1,1,\"web\",\"web\""); // expect: none
                public void ChangePin() => _port.WriteLine("AT+CPWD=\"SC\",\"1234\",\"5907\""); // expect: IOT1001, IOT1002
                public void Recover(string puk, string newPin) => _port.WriteLine($"AT+CPIN=\"{puk}\",\"{newPin}\"");
                public string Status() => _port.ReadLine();
            }
            """);

    // IOT1004: "GUIDs and 16-bit BLE UUIDs behind secret-sounding names"; "under a UUID's or a characteristic's name ... an
    // identifier"; "a secret in the team's own named constant that the team's own code compares with a received value".
    // IOT1005: "a value returned by a method or property so named" made from "a MAC address"; a keyed function or
    // `RandomNumberGenerator` ends the chain. Prose under a message's name is no secret.
    [Fact]
    public Task RT68_ble_provisioning_pop_secret_uuids_and_mac_pins() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.NetworkInformation;
            using System.Security.Cryptography;
            public sealed class BleProvisioner
            {
                public const string ServiceUuid = "a313441d-ddbb-4393-8afb-75c9d9471574"; // expect: none
                public const string WifiPskCharacteristic = "2A3E"; // expect: none
                public const string TokenExpiredMessage = "Token expired, pair the device again."; // expect: none
                public const string DeviceNamePrefix = "PROV_"; // expect: none
                private const string PopSecret = "Bl3-Pop-Vq91zK"; // expect: IOT1004
                private readonly PhysicalAddress _mac;
                public BleProvisioner(PhysicalAddress mac) => _mac = mac;
                public string AdvertisedName() => DeviceNamePrefix + _mac.ToString().Substring(6); // expect: none
                public string PairingPin() => BitConverter.ToString(_mac.GetAddressBytes(), 3).Replace("-", ""); // expect: IOT1005
                public string SessionPin() => RandomNumberGenerator.GetInt32(0, 1000000).ToString("D6"); // expect: none
                public bool ProofOfPossession(string presented) => presented == PopSecret;
                public string ExpiredText() => TokenExpiredMessage;
            }
            """);

    // IOT1003: "literal key bytes given to a symmetric cipher or HMAC ... `Convert.FromHexString` ... of text written in the
    // code, directly or through a field"; "a public certificate ... is not a finding" (nor a public key). IOT1001: `X-API-Key`
    // header. A firmware digest, a URL and a user agent are no secrets.
    [Fact]
    public Task RT68_ota_updater_hmac_key_api_key_and_public_material() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Threading.Tasks;
            public sealed class OtaUpdater
            {
                private const string ManifestUrl = "https://updates.vendor.example/fw/v3/manifest.json"; // expect: none
                private const string ExpectedSha256 = "07f7ab476bc3a83fad639d34a012cb4a5f859441f0d24c11627ca96696839012"; // expect: none
                private const string SigningPublicKey = "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEZNBuzBRUKPiJPOPUPywq/WwJmCd/fTGgW9kEp54uB6acoSaWAdTquYrmKcUKZneM21jAL5NNRJ8oU4pV6Gx2Cw==\n-----END PUBLIC KEY-----\n"; // expect: none
                private static readonly byte[] ImageHmacKey = Convert.FromHexString("c54c2b742259802b284b938a24a41918"); // expect: IOT1003
                private readonly HttpClient _http = new HttpClient();
                public async Task<byte[]> FetchAsync()
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, ManifestUrl);
                    request.Headers.Add("X-API-Key", "ota-9OFtfsFKbMvLWc7h"); // expect: IOT1001
                    request.Headers.Add("User-Agent", "press-fw/3.2"); // expect: none
                    var response = await _http.SendAsync(request);
                    return await response.Content.ReadAsByteArrayAsync();
                }
                public bool VerifyTag(byte[] image, byte[] tag)
                {
                    using var hmac = new HMACSHA256(ImageHmacKey);
                    return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(image), tag);
                }
                public bool CheckDigest(byte[] image) =>
                    Convert.ToHexString(SHA256.HashData(image)).Equals(ExpectedSha256, StringComparison.OrdinalIgnoreCase);
                public ECDsa Verifier()
                {
                    var key = ECDsa.Create();
                    key.ImportFromPem(SigningPublicKey);
                    return key;
                }
            }
            """);

    // IOT1001/IOT1004: "A user interface's text keyed the same way is a caption ... in a table kept as text (`PromptTexts`)" or
    // "one language's table of another, keyed by a BCP 47 tag"; IOT1004: "a row of the team's table named as logins or
    // passwords ... looked up and compared by its own code"; an override code compared with received text is an access
    // code. IOT1002: "A table named as credentials ... has every listed default it holds reported"; a compared listed pair
    // reports the user name too.
    [Fact]
    public Task RT68_hmi_login_captions_password_table_and_override_code() =>
        ExpectComments.AssertAsync("""
            using System.Collections.Generic;
            public static class HmiText
            {
                public static readonly Dictionary<string, string> PromptTexts = new Dictionary<string, string>
                {
                    ["login.password"] = "Operator password", // expect: none
                    ["login.pin"] = "Badge PIN", // expect: none
                    ["wifi.psk"] = "Network key", // expect: none
                };
                public static readonly Dictionary<string, Dictionary<string, string>> Localised = new Dictionary<string, Dictionary<string, string>>
                {
                    ["nl"] = new Dictionary<string, string> { ["login.password"] = "Wachtwoord operator" }, // expect: none
                    ["es-MX"] = new Dictionary<string, string> { ["login.password"] = "Contraseña del operador" }, // expect: none
                };
            }
            public sealed class OperatorLogin
            {
                private static readonly Dictionary<string, string> OperatorPasswords = new Dictionary<string, string>
                {
                    ["shift-lead"] = "Pk4-Shift-Lead9", // expect: IOT1004
                    ["maint"] = "service", // expect: IOT1002
                };
                private const string SupervisorOverrideCode = "604417"; // expect: IOT1004
                private const string ScreenTimeoutCode = "T-300"; // expect: none
                public bool Login(string user, string password) =>
                    OperatorPasswords.TryGetValue(user, out var expected) && expected == password;
                public bool Override(string code) => code == SupervisorOverrideCode;
                public bool FactoryLogin(string user, string password) =>
                    user == "root" // expect: IOT1002
                    && password == "12345"; // expect: IOT1002
                public string Timeout() => ScreenTimeoutCode;
            }
            """);

    // IOT1001: `Ocp-Apim-Subscription-Key` headers; IOT1003: Google API keys (`AIza...`) and JSON Web Tokens by shape in any
    // literal ("One literal, one rule"); IOT1006: "placeholder words as an authentication header's whole value
    // (`X-Auth-Token: TODO`)". IOT1004: `TokenUrl`, `ApiKeyHeaderName` are not secrets; a redacted URL is no value.
    [Fact]
    public Task RT68_fleet_rest_client_keys_tokens_and_templates() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Headers;
            using System.Threading.Tasks;
            public sealed class FleetApi
            {
                private const string BaseUrl = "https://api.fleet.example/v2"; // expect: none
                public const string TokenUrl = "https://login.fleet.example/oauth2/token"; // expect: none
                private const string ApiKeyHeaderName = "Ocp-Apim-Subscription-Key"; // expect: none
                private const string SubscriptionKey = "a76de7e77ca026fda0951fbca687d59f"; // expect: IOT1001
                private readonly HttpClient _http = new HttpClient();
                public FleetApi()
                {
                    _http.DefaultRequestHeaders.Add(ApiKeyHeaderName, SubscriptionKey);
                    _http.DefaultRequestHeaders.Authorization =
                        new AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("FLEET_BEARER"));
                }
                public Task<string> Positions() => _http.GetStringAsync($"{BaseUrl}/positions?since=2026-01-01&limit=500"); // expect: none
                public Task<string> Geocode(double lat, double lon) =>
                    _http.GetStringAsync($"https://maps.example.net/reverse?lat={lat}&lon={lon}&key=AIzaE91qNHH8bXDcLsOEXF21LM7B98Fg1Z5Eba1"); // expect: IOT1003
                public Task<HttpResponseMessage> Dispatch()
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, BaseUrl + "/dispatch");
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0cnVjay04OCIsImlhdCI6MTc2NDkwMDAwMH0.5hUbFxgpGFWZ70DlQuZzt8pGgDVVsrs-sbscuYnnGbE"); // expect: IOT1003
                    return _http.SendAsync(request);
                }
                public Task<HttpResponseMessage> Relay()
                {
                    var request = new HttpRequestMessage(HttpMethod.Get, BaseUrl + "/relay");
                    request.Headers.Add("X-Auth-Token", "TODO"); // expect: IOT1006
                    return _http.SendAsync(request);
                }
                public void LogRequest(string path) => Console.WriteLine($"GET {path}?key=REDACTED"); // expect: none
            }
            """);

    // IOT1003: "PEM and OpenSSH private keys"; a key "written one literal per line and concatenated ... is one finding ... at
    // the header's literal"; "a public certificate ... is not a finding"; "nor a header line alone"; "DER private keys ...
    // embedded as base64 (64 characters or more) ... that starts like a DER private key". IOT1001: PKCS#12 passwords of
    // `X509CertificateLoader.LoadPkcs12FromFile`; IOT1002: "123456" at `Export(X509ContentType.Pfx, password)`. A path and a
    // thumbprint are no secrets.
    [Fact]
    public Task RT68_tls_material_pem_der_pfx_and_certificates() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Security.Cryptography.X509Certificates;
            public static class TlsMaterial
            {
                public const string BrokerCaPem =
                    "-----BEGIN CERTIFICATE-----\n" +
                    "MIIBeTCCAR+gAwIBAgIUdbxlDbs1yXEU0H2NkV7kuODUfucwCgYIKoZIzj0EAwIw\n" +
                    "EjEQMA4GA1UEAwwHcnQ2OC1jYTAeFw0yNjEyMDUwNjUzMThaFw0yNzAxMDQwNjUz\n" +
                    "MThaMBIxEDAOBgNVBAMMB3J0NjgtY2EwWTATBgcqhkjOPQIBBggqhkjOPQMBBwNC\n" +
                    "AARk0G7MFFQo+Ik849Q/LCr9bAmYJ399MaBb2QSnni4HppyhJpYB1Oq5iuYpxQpm\n" +
                    "-----END CERTIFICATE-----\n"; // expect: none
                public const string ClientKeyPem =
                    "-----BEGIN EC PRIVATE KEY-----\n" + // expect: IOT1003
                    "MHcCAQEEIO0cQ7sPaUB7JWxwVR0rbeA+twaBAyY5BjY7Ba6gXlRroAoGCCqGSM49\n" +
                    "AwEHoUQDQgAEzXYgIdLSjt3OJWjitdMZH5K7hx5LXcoBFMtRztfqcTBUkhrb4Ssf\n" +
                    "0hYZZDiS3jRmwW0yHg1DCPIBaB0sOXO/bQ==\n" +
                    "-----END EC PRIVATE KEY-----\n";
                public const string ProvisioningKeyDer = "MC4CAQAwBQYDK2VwBCIEIG6/2oFSd69ZB17GZz8/0zxsB7VgvZrgvy400k90kjTO"; // expect: IOT1003
                public const string KeyFormatHeader = "-----BEGIN PRIVATE KEY-----"; // expect: none
                public const string PfxPath = "/flash/certs/client.pfx"; // expect: none
                public const string PfxPassword = "FnrVO0QXeXtKiN7z"; // expect: IOT1001
                public const string CaThumbprint = "23E93D9DD4EF355A8185A222783B4741DC86B722"; // expect: none
                public static X509Certificate2 Client() => X509CertificateLoader.LoadPkcs12FromFile(PfxPath, PfxPassword);
                public static X509Certificate2 Ca() => X509Certificate2.CreateFromPem(BrokerCaPem);
                public static ECDsa ClientKey()
                {
                    var key = ECDsa.Create();
                    key.ImportFromPem(ClientKeyPem);
                    return key;
                }
                public static byte[] ProvisioningKey() => Convert.FromBase64String(ProvisioningKeyDer);
                public static byte[] Backup(X509Certificate2 certificate) => certificate.Export(X509ContentType.Pfx, "123456"); // expect: IOT1002
                public static bool IsKeyFile(string text) => text.StartsWith(KeyFormatHeader, StringComparison.Ordinal);
                public static bool IsCa(X509Certificate2 c) => c.Thumbprint == CaThumbprint;
            }
            """);

    // IOT1002: "A table named as credentials (`FactoryLogins` ...) has every listed default it holds reported"; "A listed
    // default pair in a table of logins ... both are reported". IOT1005: a password built from a serial or a MAC ("`var
    // wpsPin = serialNumber.Substring(...)`"); "A keyed function (`HMACSHA256` with a factory secret ...) or
    // `RandomNumberGenerator` ends the chain". A hint in prose is no password.
    [Fact]
    public Task RT68_factory_reset_default_credentials_and_derived_passwords() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.IO;
            using System.Security.Cryptography;
            using System.Text;
            public static class FactorySecret
            {
                public static byte[] Load() => File.ReadAllBytes("/secure/factory.key");
            }
            public sealed class FactoryReset
            {
                public const string DefaultPasswordHint = "Printed on the label under the battery cover"; // expect: none
                private static readonly (string User, string Password)[] ResetCredentials =
                {
                    ("admin", // expect: IOT1002
                        "admin"), // expect: IOT1002
                    ("ubnt", // expect: IOT1002
                        "ubnt"), // expect: IOT1002
                };
                public static int Count() => ResetCredentials.Length;
                public static string ApPassword(string serialNumber) => "AP-" + serialNumber.Substring(serialNumber.Length - 6); // expect: IOT1005
                public static string WpsPin(string mac) => (Convert.ToUInt32(mac.Replace(":", "").Substring(6), 16) % 10000000).ToString("D7"); // expect: IOT1005
                public static string WebPassword(string serialNumber)
                {
                    using var hmac = new HMACSHA256(FactorySecret.Load());
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(serialNumber))).Substring(0, 12); // expect: none
                }
                public static string RecoveryPin() => RandomNumberGenerator.GetInt32(0, 1000000).ToString("D6"); // expect: none
                public static string Hint() => DefaultPasswordHint;
            }
            """);

    // IOT1001: MongoDB and AMQP user information "reported at the literal that holds the password"; "a client's bare `token`
    // (`InfluxDBClient(url, token)`)". IOT1002: "password" at AMQP.Net Lite `Address(host, port, user, password)`. Values
    // from the environment and a documentation template that reaches no sink are not findings.
    [Fact]
    public Task RT68_raspberry_pi_bridge_mongo_influx_amqp_and_postgres() =>
        ExpectComments.AssertAsync(new[] { Stubs.InfluxClient }, """
            using System;
            using Amqp;
            using InfluxDB.Client;
            public static class Store
            {
                public static void Open(string connectionString) { }
            }
            public sealed class PiBridge
            {
                private const string MongoUri = "mongodb://bridge:STKzvu1Lt5rO3yc@mongo.farm.local:27017/sensors?authSource=admin"; // expect: IOT1001
                private const string MongoHelp = "Set MONGO_URI, e.g. mongodb://<user>:<password>@host:27017/db"; // expect: none
                public void Open() => Store.Open(MongoUri);
                public InfluxDBClient Influx() =>
                    new InfluxDBClient("http://influx.farm.local:8086", "jKmfAWaKNvYthRYOcHNS6mFMP31skkYyDCp8GQ9zKDo="); // expect: IOT1001
                public InfluxDBClient InfluxFromEnvironment() =>
                    new InfluxDBClient("http://influx.farm.local:8086", Environment.GetEnvironmentVariable("INFLUX_TOKEN"));
                public Address Bus() => new Address("amqps://bridge:" + "Vs7Kz-Bus-Qm3" + "@bus.farm.local:5671"); // expect: IOT1001
                public Address Local() => new Address("localhost", 5672, "bridge", "password"); // expect: IOT1002
                public void Pg() =>
                    Store.Open($"Host=pg.farm.local;Username=bridge;Password={Environment.GetEnvironmentVariable("PG_PASS")}"); // expect: none
                public void Usage() => Console.WriteLine(MongoHelp);
            }
            """);

    // IOT1003: "Key text that reaches a key parameter through the team's own helper is found at each caller's literal when
    // the helper's parameter names which key it is (`groupKey`)"; "an IoT Hub or DPS key (base64) written in place at a
    // symmetric key's parameter". IOT1005: "a DPS registration id is public" (an identifier). ID scope and endpoint are
    // no secrets.
    [Fact]
    public Task RT68_nano_dps_group_key_derivation_and_bench_key() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            using System.Text;
            using nanoFramework.Azure.Devices.Client;
            public static class DpsBoot
            {
                private const string DpsAddress = "global.azure-devices-provisioning.net"; // expect: none
                private const string IdScope = "0ne00B7F3D9"; // expect: none
                private const string EnrollmentGroupKey = "IBwl7KMyHG7/01tBGR7AHF/E8PiNRwN0w3PWPmR4nzs="; // expect: IOT1003
                public static string DeriveDeviceKey(string groupKey, string registrationId)
                {
                    using var hmac = new HMACSHA256(Convert.FromBase64String(groupKey));
                    return Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes(registrationId)));
                }
                public static string RegistrationId(byte[] mac) => "probe-" + BitConverter.ToString(mac).Replace("-", ""); // expect: none
                public static ProvisioningDeviceClient Field(byte[] mac)
                {
                    var registrationId = RegistrationId(mac);
                    return ProvisioningDeviceClient.Create(DpsAddress, IdScope, registrationId, DeriveDeviceKey(EnrollmentGroupKey, registrationId));
                }
                public static ProvisioningDeviceClient Bench() =>
                    ProvisioningDeviceClient.Create(DpsAddress, IdScope, "bench-07", "DwbiaRVgzX0TD4+nl3bLW6b/jMXNAsNWUPZd2zQK5os="); // expect: IOT1003
                public static DeviceClient Hub(string hub, string deviceId, string derivedKey) => new DeviceClient(hub, deviceId, derivedKey);
            }
            """);

    // IOT1001: "a `Secrets` class in another file"; Meadow `IWiFiNetworkAdapter.Connect`; a secret-named query value
    // (`?api_key=`) in `PostAsync`'s URI; configuration built in code under a secret-named key. IOT1006: `"your-..."` before
    // a credential word. Not findings: "anything under a key that says mock, test or sample data"; keys whose last
    // segment is no secret.
    [Fact]
    public Task RT68_meadow_greenhouse_secrets_file_and_settings_table() =>
        ExpectComments.AssertAsync("""
            public static class Secrets
            {
                public const string WIFI_NAME = "Hothouse-2"; // expect: none
                public const string WIFI_PASSWORD = "your-wifi-password"; // expect: IOT1006
                public const string CLOUD_API_KEY = "cld_rI3byfI7neZoh7yLjN19"; // expect: IOT1001
                public const string CLOUD_URL = "https://cloud.hothouse.example/api/v1/readings"; // expect: none
            }
            """, """
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Meadow.Hardware;
            public sealed class HothouseApp
            {
                private readonly HttpClient _http = new HttpClient();
                public Task Join(IWiFiNetworkAdapter wifi) => wifi.Connect(Secrets.WIFI_NAME, Secrets.WIFI_PASSWORD, TimeSpan.FromSeconds(60));
                public Task<HttpResponseMessage> Upload(HttpContent body) =>
                    _http.PostAsync(Secrets.CLOUD_URL + "?api_key=" + Secrets.CLOUD_API_KEY, body);
                public static Dictionary<string, string> DefaultSettings() => new Dictionary<string, string>
                {
                    ["cloud.url"] = "https://cloud.hothouse.example", // expect: none
                    ["cloud.apikey"] = "cld_Vq3Rz8Pk2Lw7Xn5T", // expect: IOT1001
                    ["sensor.interval"] = "00:05:00", // expect: none
                    ["test.password"] = "Tst-Hh2-88", // expect: none
                    ["ntp.server"] = "pool.ntp.org", // expect: none
                };
            }
            """);

    // IOT1001: "a password in a camera's snapshot URL (`?usr=admin&pwd=...`)"; `NetworkCredential`; "A received value
    // compared with a written HTTP Basic authorization value ... is a credential check". IOT1002: "12345" at a
    // `NetworkCredential`. "A challenge (`"Basic realm=..."`) ... is not." A stream URL's query holds no secret.
    [Fact]
    public Task RT68_nvr_poller_camera_urls_network_credentials_and_basic_compare() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            #pragma warning disable SYSLIB0014
            public sealed class NvrPoller
            {
                private readonly WebClient _web = new WebClient();
                public string Snapshot(string host) =>
                    _web.DownloadString($"http://{host}/cgi-bin/snapshot.cgi?usr=viewer&pwd=Cam-Vw4-q82T"); // expect: IOT1001
                public void UseSyncAccount() => _web.Credentials = new NetworkCredential("nvr-sync", "NvR-Sync-7kq2P"); // expect: IOT1001
                public void UseFactory() => _web.Credentials = new NetworkCredential("admin", "12345"); // expect: IOT1002
                public void UseConfigured(string user) =>
                    _web.Credentials = new NetworkCredential(user, Environment.GetEnvironmentVariable("NVR_PASSWORD"));
                public bool CheckCaller(string authorization) => authorization == "Basic c2NhZGEtcm86VnE3bVR6Mi1Saw=="; // expect: IOT1001
                public bool IsChallenge(string header) => header.StartsWith("Basic realm=", StringComparison.Ordinal); // expect: none
                public string Status(string host) => _web.DownloadString($"http://{host}/status.json?channel=2&fps=10"); // expect: none
            }
            #pragma warning restore SYSLIB0014
            """);

    // IOT1003: literal key bytes (an array of constants) given to `aes.Key`; a published test vector under a name that says
    // it is one is no key. IOT1004: "key bytes under a key's or a secret's name that reach no key parameter ... four under a
    // secret's". IOT3005: a token made by `System.Random`. `RandomNumberGenerator` and a jitter are no findings.
    [Fact]
    public Task RT68_payload_cipher_key_bytes_test_vector_and_random_tokens() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Security.Cryptography;
            public sealed class PayloadCipher
            {
                private static readonly byte[] PayloadKey = { 0x68, 0xd5, 0x0f, 0x00, 0xf9, 0x80, 0xa2, 0x1a, 0x6d, 0xef, 0xa7, 0xf2, 0x2d, 0x54, 0x7b, 0x1b }; // expect: IOT1003
                private const string KatKeyHex = "2b7e151628aed2a6abf7158809cf4f3c"; // expect: none
                private static readonly byte[] FrameObfuscationSecret = Convert.FromHexString("9f3c2a71d8e4b605"); // expect: IOT1004
                private readonly Random _rng = new Random();
                public byte[] Encrypt(byte[] frame, byte[] iv)
                {
                    using var aes = Aes.Create();
                    aes.Key = PayloadKey;
                    return aes.EncryptCbc(frame, iv);
                }
                public bool PowerOnSelfTest()
                {
                    using var aes = Aes.Create();
                    aes.Key = Convert.FromHexString(KatKeyHex);
                    return aes.EncryptEcb(new byte[16], PaddingMode.None).Length == 16;
                }
                public byte[] Obfuscate(byte[] frame)
                {
                    var output = new byte[frame.Length];
                    for (var i = 0; i < frame.Length; i++)
                    {
                        output[i] = (byte)(frame[i] ^ FrameObfuscationSecret[i % FrameObfuscationSecret.Length]);
                    }
                    return output;
                }
                public string NewSessionToken() => _rng.Next().ToString("x8"); // expect: IOT3005
                public byte[] Nonce() => RandomNumberGenerator.GetBytes(12); // expect: none
                public int JitterMs() => _rng.Next(0, 250); // expect: none
            }
            """);
    // IOT1001: "Configuration written as JSON text in code (`"{\"wifi\":{\"password\":\"...\"}}"`) is read as the pack gate
    // reads a shipped file"; "JSON ... or YAML written in code". IOT1004 (shipped files): "a YAML tag naming where a secret is
    // kept (`password: !secret wifi_password`) ..., a mask shown in a secret's place (`********`) and a note of whether it is
    // there (`"password":"set"`, `"not configured"`) hold no secret".
    [Fact]
    public Task RT68_lobby_kiosk_bootstrap_json_and_yaml_written_in_code() =>
        ExpectComments.AssertAsync("""
            using System.IO;
            public static class KioskBootstrap
            {
                public const string DefaultConfigJson = "{\"wifi\":{\"ssid\":\"Lobby-Kiosk\",\"password\":\"Lb7-Kiosk-Wq2x\"},\"mqtt\":{\"host\":\"mqtt.lobby.local\",\"port\":8883}}"; // expect: IOT1001
                public const string RedactedJson = "{\"wifi\":{\"ssid\":\"Lobby-Kiosk\",\"password\":\"********\"}}"; // expect: none
                public const string EsphomeYaml = "wifi:\n  ssid: Lobby-Kiosk\n  password: !secret wifi_password\n"; // expect: none
                public const string StatusJson = "{\"password\":\"set\",\"token\":\"not configured\"}"; // expect: none
                public const string BrokerYaml = "mqtt:\n  broker: mqtt.lobby.local\n  username: kiosk\n  password: Kq4-Lobby-Brk9\n"; // expect: IOT1001
                public static void WriteDefaults(string dir)
                {
                    File.WriteAllText(Path.Combine(dir, "appsettings.json"), DefaultConfigJson);
                    File.WriteAllText(Path.Combine(dir, "esphome.yaml"), EsphomeYaml);
                    File.WriteAllText(Path.Combine(dir, "broker.yaml"), BrokerYaml);
                }
                public static string Status() => StatusJson;
                public static string Redacted() => RedactedJson;
            }
            """);

    // IOT1001: "Credentials in AT commands include Espressif ESP-AT (`AT+CWJAP`, `AT+CWSAP`, `AT+MQTTUSERCFG`)". IOT1002:
    // "12345678" is listed. IOT1006: "a placeholder in a modem command, which is sent as written (`AT+CWJAP="ssid","xxxxxxxx"`)".
    // A scan, a reset and a broker connect without a password carry no secret.
    [Fact]
    public Task RT68_esp_at_coprocessor_wifi_softap_and_mqtt_user_config() =>
        ExpectComments.AssertAsync(new[] { Stubs.SerialPorts }, """
            using System.IO.Ports;
            public sealed class EspAtLink
            {
                private readonly SerialPort _uart = new SerialPort("/dev/ttyAMA0", 115200);
                public void Join()
                {
                    _uart.WriteLine("AT+RST"); // expect: none
                    _uart.WriteLine("AT+CWMODE=1"); // expect: none
                    _uart.WriteLine("AT+CWLAP"); // expect: none
                    _uart.WriteLine("AT+CWJAP=\"Barn-AP\",\"Hay-Loft-73qX\""); // expect: IOT1001
                }
                public void SetupAccessPoint() => _uart.WriteLine("AT+CWSAP=\"Barn-Setup\",\"12345678\",5,3"); // expect: IOT1002
                public void SampleJoin() => _uart.WriteLine("AT+CWJAP=\"ssid\",\"xxxxxxxx\""); // expect: IOT1006
                public void Mqtt(string clientId)
                {
                    _uart.WriteLine($"AT+MQTTUSERCFG=0,1,\"{clientId}\",\"barn-gw\",\"Brn-Mq-58vLp\",0,0,\"\""); // expect: IOT1001
                    _uart.WriteLine("AT+MQTTCONN=0,\"mqtt.barn.local\",1883,1"); // expect: none
                }
            }
            """);

    // IOT1001: "`ClientWebSocketOptions.SetRequestHeader` (OCPP charge points) when the header is `Authorization`"; Basic built in
    // code is judged as the header it produces, through a constant. IOT1005: "a password built from ... a serial number"
    // in a password-named local ("reported once, where the local is given it"). The subprotocol and URL are no secrets.
    [Fact]
    public Task RT68_ocpp_charge_point_basic_auth_over_websocket() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.WebSockets;
            using System.Text;
            public sealed class ChargePointLink
            {
                private const string CsmsUrl = "wss://csms.example.net/ocpp/CP-0042"; // expect: none
                private const string SubProtocol = "ocpp1.6"; // expect: none
                private const string AuthorizationKey = "Zq81-Ocpp-Tv4LmW"; // expect: IOT1001
                public ClientWebSocket Connect()
                {
                    var ws = new ClientWebSocket();
                    ws.Options.AddSubProtocol(SubProtocol);
                    ws.Options.SetRequestHeader("Authorization",
                        "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("CP-0042:" + AuthorizationKey)));
                    return ws;
                }
                public ClientWebSocket ConnectSecurityProfile1(string serialNumber)
                {
                    var password = "CP" + serialNumber.Substring(serialNumber.Length - 8); // expect: IOT1005
                    var ws = new ClientWebSocket();
                    ws.Options.AddSubProtocol(SubProtocol);
                    ws.Options.SetRequestHeader("Authorization",
                        "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes(serialNumber + ":" + password)));
                    return ws;
                }
                public Uri Endpoint() => new Uri(CsmsUrl);
            }
            """);

    // IOT1004: access codes compared by the team's code ("`DoorReleaseCode`", "`code == DuressPin`"); "a board's pin label under
    // a pin name (`"D4"`) ... no PINs"; "A code named for what a door, a lock or an alarm reports (`DoorFaultCode`) is no
    // access code". IOT1002: a received passcode compared with a listed default. IOT1005: "Access codes count as passwords
    // (`InstallerCodeFor(serial)`)".
    [Fact]
    public Task RT68_door_keypad_controller_access_codes_and_gpio_pins() =>
        ExpectComments.AssertAsync("""
            using System;
            public sealed class DoorController
            {
                private const int LedPin = 17; // expect: none
                private const string KeypadDataPin = "D3"; // expect: none
                private const string DoorReleaseCode = "428815"; // expect: IOT1004
                private const string DuressPin = "9110"; // expect: IOT1004
                private const string DoorFaultCode = "E-47"; // expect: none
                public event Action SilentAlarm;
                public bool Check(string code)
                {
                    if (code == DuressPin)
                    {
                        SilentAlarm?.Invoke();
                        return true;
                    }
                    return code == DoorReleaseCode;
                }
                public bool FactoryUnlock(string passcode) => passcode == "123456"; // expect: IOT1002
                public static string InstallerCodeFor(string serial) => serial.Substring(serial.Length - 6); // expect: IOT1005
                public bool IsFault(string reported) => reported == DoorFaultCode; // expect: none
                public string Wiring() => $"LED on GPIO{LedPin}, keypad data on {KeypadDataPin}";
            }
            """);
    // IOT1001: `NetworkCredential` (an SMTP relay's login). IOT1004: "a team's own SDKs and home-grown protocols" (a secret in a
    // team constant handed to the team's own client, which is no sink); "Names that describe something else are not secrets:
    // `PasswordHash` ... a hash function after the secret's word (`PasswordSha256`)"; "a value repeating the symbol's name"
    // (a caption in a type named as text). Values from the environment are not findings.
    [Fact]
    public Task RT68_plant_alerts_smtp_ftp_vendor_sdk_and_caption_constants() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net;
            using System.Net.Mail;
            using System.Security.Cryptography;
            using System.Text;
            internal static class Strings
            {
                public const string WifiPassword = "Wi-Fi password"; // expect: none
                // DEFECT: expected none at line 14; actual IOT1004. A UI caption ("Administrator PIN": two words, letters only, no
                // digit) in a type named as text (`Strings`) under a PIN name. CredentialSinkAnalyzer.IsWrittenSecret (IOT1004's
                // test) drops prose only from three words (SecretText.IsProse) and a value that repeats its name
                // (RepeatsItsName: "administrator" is not "admin"); it neither asks that a PIN hold a digit nor exempts the
                // members of a type named as text, which IOT1001's caption rule does for tables.
                public const string AdminPin = "Administrator PIN"; // expect: none
            }
            public sealed class VendorCloudClient
            {
                public VendorCloudClient(string deviceId, string deviceSecret) { }
                public void Publish(string topic, string json) { }
            }
            public sealed class PlantAlerts
            {
                private const string SmtpHost = "smtp.plant.example"; // expect: none
                private const string DeviceSecret = "vc_Hk29-Tq7Lm-Zp41"; // expect: IOT1004
                private const string AdminPasswordSha256 = "4b227777d4dd1fc61c6f884f48641d02b4d121d3fd328cb08b5531fcacdabf8a"; // expect: none
                public SmtpClient Mailer() => new SmtpClient(SmtpHost, 587)
                {
                    EnableSsl = true,
                    Credentials = new NetworkCredential("alerts@plant.example", "Alrt-Smtp-93kQ"), // expect: IOT1001
                };
                public SmtpClient MailerFromEnvironment() => new SmtpClient(SmtpHost, 587)
                {
                    EnableSsl = true,
                    Credentials = new NetworkCredential("alerts@plant.example", Environment.GetEnvironmentVariable("SMTP_PASSWORD")),
                };
                public VendorCloudClient Cloud(string deviceId) => new VendorCloudClient(deviceId, DeviceSecret);
                public bool IsAdmin(string typed) =>
                    Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(typed))).Equals(AdminPasswordSha256, StringComparison.OrdinalIgnoreCase);
                public string Caption(bool pin) => pin ? Strings.AdminPin : Strings.WifiPassword;
            }
            """);

    // IOT1001: "Every written choice is judged at its own literal: ... each arm of a switch expression (also one a helper of the
    // type returns as its whole body)"; "the arguments a positional record is built with"; configuration built in code by
    // "indexer assignments" under a secret-named key. IOT1002: "changeme" is listed. Keys, hosts and user names are not.
    [Fact]
    public Task RT68_edge_profiles_switch_arms_records_and_db_builder() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Data.Common;
            using MQTTnet.Client;
            public sealed record MqttSettings(string Host, string User, string Password);
            public static class Store
            {
                public static void Open(string connectionString) { }
            }
            public static class EdgeProfiles
            {
                private static readonly MqttSettings Plant = new MqttSettings("mqtt.plant.local", "edge", "Ed9e-Rec-Pw4z"); // expect: IOT1001
                private static readonly MqttSettings Lab = Plant with { Host = "mqtt.lab.local", Password = "changeme" }; // expect: IOT1002
                private static string BrokerPassword(string stage) => stage switch
                {
                    "dev" => "Dv-Brk-Q81zK", // expect: IOT1001
                    "lab" => "Lb-Brk-7PpqW", // expect: IOT1001
                    _ => Environment.GetEnvironmentVariable("BROKER_PASSWORD"),
                };
                public static MqttClientOptions Options(MqttSettings s) => new MqttClientOptionsBuilder()
                    .WithTcpServer(s.Host, 8883)
                    .WithCredentials(s.User, s.Password)
                    .Build();
                public static MqttClientOptions ForStage(string stage) => new MqttClientOptionsBuilder()
                    .WithTcpServer("mqtt." + stage + ".local", 8883) // expect: none
                    .WithCredentials("edge", BrokerPassword(stage))
                    .Build();
                public static MqttClientOptions Both(bool lab) => Options(lab ? Lab : Plant);
                public static void Historian()
                {
                    var builder = new DbConnectionStringBuilder();
                    builder["Data Source"] = "hist.plant.local"; // expect: none
                    builder["User ID"] = "edge"; // expect: none
                    builder["Password"] = "Hst-Bld-62wQ"; // expect: IOT1001
                    Store.Open(builder.ConnectionString);
                }
            }
            """);
    // IOT1001: "a password ... in JSON (objects, arrays, UTF-8 literals) ... written in code". A written fallback put into a
    // hole of JSON text (not a connection string, URI, AT command or Basic login, whose holes IOT1001 follows) reaches no
    // catalogued API: IOT1004 for the password-named local (first labelled IOT1001; corrected after re-reading the docs).
    // IOT1003: "`Encoding.GetBytes` of text written in the code, directly or through a field" given to an
    // HMAC. IOT1004: `PasswordSalt` is a salt; an IV is no key; a URL is no secret.
    [Fact]
    public Task RT68_gateway_login_json_bodies_signing_key_iv_and_salt() =>
        ExpectComments.AssertAsync("""
            using System;
            using System.Net.Http;
            using System.Security.Cryptography;
            using System.Text;
            using System.Threading.Tasks;
            public sealed class GatewayAuth
            {
                private const string LoginUrl = "https://gw.plant.example/api/login"; // expect: none
                private const string JwtIssuer = "https://auth.plant.example"; // expect: none
                private const string JwtSigningKey = "Jw7-Sign-Plant-Qz84-Lm2x"; // expect: IOT1003
                private static readonly byte[] Iv = { 0x3a, 0x91, 0x0c, 0x5e, 0x77, 0xd2, 0x18, 0xa4, 0x60, 0x2f, 0xbb, 0x49, 0x05, 0xe3, 0x8d, 0x16 }; // expect: none
                private const string PasswordSalt = "k9Qz2LmW"; // expect: none
                private readonly HttpClient _http = new HttpClient();
                public Task<HttpResponseMessage> Login() =>
                    _http.PostAsync(LoginUrl, new StringContent("{\"username\":\"gw-3\",\"password\":\"Gw3-Login-71Tq\"}", Encoding.UTF8, "application/json")); // expect: IOT1001
                public Task<HttpResponseMessage> LoginFromEnvironment()
                {
                    var password = Environment.GetEnvironmentVariable("GW_PASSWORD") is { Length: > 0 } v ? v : "Gw3-Fallbk-28Rz"; // expect: IOT1004
                    return _http.PostAsync(LoginUrl, new StringContent($"{{\"username\":\"gw-3\",\"password\":\"{password}\"}}", Encoding.UTF8, "application/json"));
                }
                public byte[] SignToken(string payload)
                {
                    using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(JwtSigningKey));
                    return hmac.ComputeHash(Encoding.UTF8.GetBytes(JwtIssuer + "." + payload));
                }
                public byte[] Seal(byte[] data, byte[] key)
                {
                    using var aes = Aes.Create();
                    aes.Key = key;
                    return aes.EncryptCbc(data, Iv);
                }
                public byte[] HashPin(string pin) =>
                    Rfc2898DeriveBytes.Pbkdf2(pin, Encoding.UTF8.GetBytes(PasswordSalt), 100000, HashAlgorithmName.SHA256, 32);
            }
            """);
}
