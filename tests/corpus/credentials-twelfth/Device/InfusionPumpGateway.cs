// Written for corpus12: ward gateway for hospital infusion pumps (Meadow board): Wi-Fi, AMQP to the
// interoperability engine, Redis drug-library cache, Azure IoT Hub with a symmetric key, SQL audit store,
// nurse override code, bedside pairing.
using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amqp;
using Meadow.Hardware;
using Microsoft.Azure.Devices.Client;
using StackExchange.Redis;

namespace Ward.InfusionGateway
{
    public sealed class GatewayOptions
    {
        public string WardSsid { get; set; } = "HOSP-MED-DEV";
        public string WardPassphrase { get; set; }
        public string PumpApiKey { get; set; } = "<pump-api-key>"; // expect: IOT1006
        public string RedisPassword { get; set; }
    }

    public class InfusionGateway
    {
        private readonly GatewayOptions _options;

        public InfusionGateway(GatewayOptions options) => _options = options;

        public static GatewayOptions ForWard7() => new GatewayOptions
        {
            WardPassphrase = "saline drip heron violet", // expect: IOT1001
            RedisPassword = "Rx-Lib-Cache-8812", // expect: IOT1001
        };

        public static GatewayOptions ForBench() => new GatewayOptions
        {
            WardPassphrase = "",
            RedisPassword = "********", // expect: none
        };

        public async Task StartAsync(IWiFiNetworkAdapter wifi)
        {
            await wifi.Connect(_options.WardSsid, _options.WardPassphrase, TimeSpan.FromSeconds(60));

            var engine = new Address("hl7-engine.hospital.local", 5671, "pump-gw-07", "Hl7-Engine-Gw07!"); // expect: IOT1001

            var cache = ConnectionMultiplexer.Connect(new ConfigurationOptions
            {
                EndPoints = { "redis.hospital.local:6380" },
                Password = _options.RedisPassword,
                Ssl = true,
            });

            var auth = new DeviceAuthenticationWithRegistrySymmetricKey("pump-gw-07", "mp9KRK6THj4MDEbqLruO3JCOMIU52QPngHbNB/i28XU="); // expect: IOT1003
            var hub = DeviceClient.Create("ward-hub.azure-devices.net", auth);

            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("X-Api-Key", _options.PumpApiKey);
        }

        public static string AuditConnection(string server)
        {
            var sb = new StringBuilder();
            sb.Append("Server=").Append(server).Append(";Database=PumpAudit;");
            sb.Append("User Id=pump_audit;Password=").Append("Aud1t-Infuse-42").Append(';'); // expect: IOT1001
            return sb.ToString();
        }

        // What the pump shows when the drug library lookup fails
        public const string PasswordPrompt = "Enter ward password to continue"; // expect: none

        // Nurse override of a soft dose limit, checked here
        private const string NurseOverrideCode = "314159"; // expect: IOT1004
        public bool OverrideSoftLimit(string entered) => entered == NurseOverrideCode;

        // Bedside pairing code shown on the pump display
        public static string BedsidePairingCode()
        {
            var rng = new Random();
            return rng.Next().ToString("X8"); // expect: IOT3005
        }

        // Pump service PIN derived from the pump number printed on the bed bay
        public static int ServicePin(int pumpNumber) => (pumpNumber * 7919) % 10000; // expect: IOT1005

        // Device identity key of the gateway's TLS client certificate
        private const string ClientKeyPem = @"-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgjy+eLsF4LZ2BU1+b
mNfyExV1kVV5KtvsXM69nCJ0hUehRANCAATiFOAMG0IBGsqUjrV91uBg0KkEkfmz
MI80Uuf3icA1sA5YYtUolo/TcU0TAmY4sqVAyqXsARJnJ66JDjvODK7J
-----END PRIVATE KEY-----"; // expect: IOT1003

        // Biomed engineer login on the gateway's service console, checked here
        private const string EngineerPassword = "Biomed-Eng-5527"; // expect: IOT1004
        public bool EngineerLogin(string password) => password == EngineerPassword;

        // The infusion module of the gateway authenticates to the hub on its own
        public static Microsoft.Azure.Devices.Client.IAuthenticationMethod ModuleAuth() =>
            new ModuleAuthenticationWithRegistrySymmetricKey("pump-gw-07", "infusion", "yv9OoxWian1pIvsc8Y0gdw/J506jFor9T9BeyNROrgc="); // expect: IOT1003

        // The hospital's web proxy for the MQTT-over-WebSocket fallback
        public static MQTTnet.Client.MqttClientWebSocketProxyOptions WardProxy() =>
            new MQTTnet.Client.MqttClientWebSocketProxyOptions { Password = "Proxy-Ward-7716" }; // expect: IOT1001

        // Not secrets
        public const string RedisPasswordSetting = "Redis:Password"; // expect: none
        public const string WardPassphraseEnvVar = "WARD_WIFI_PASSPHRASE"; // expect: none
        public const string DrugLibraryHash = "sha256:d03d573887ac7ea95f7bc08a9aedd7184d136aec5f1e2a3b4c5d6e7f80912a3b"; // expect: none
        public const string PumpTelemetryTopic = "ward7/pumps/telemetry"; // expect: none
        public const string FakeNursePassword = "fake-nurse-pw"; // expect: none

        // HL7 message control ids are not secrets
        public static string MessageControlId() => "MSG" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff"); // expect: none
    }
}
