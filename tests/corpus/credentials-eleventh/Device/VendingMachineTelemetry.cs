// Written for this corpus. Domain: snack vending machine controller (MDB bus) of a vending fleet: telemetry over
// AMQP, stock cache in Redis on the depot gateway, cashless payments through the payment provider's HTTP API,
// a service menu for route technicians on the selection keypad.
using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Amqp;
using StackExchange.Redis;
using Lextm.SharpSnmpLib;
using Lextm.SharpSnmpLib.Security;

namespace VendFleet.Machine
{
    public sealed class VendOptions
    {
        public string TelemetryHost { get; set; } = "amqp.vendfleet.example";
        public string TelemetryUser { get; set; } = "vm-0413";
        public string TelemetryPassword { get; set; }
        public string RedisEndpoint { get; set; } = "depot-gw.local:6379";
        public string RedisPassword { get; set; }
        public string PaymentApiKeyHeader { get; set; } = "Ocp-Apim-Subscription-Key"; // expect: none
        public string PaymentApiKey { get; set; } = "API_KEY"; // expect: IOT1006
        public string PaymentApiKeyConfigKey { get; set; } = "payment:apiKey"; // expect: none
    }

    public static class VendOptionsFactory
    {
        public static VendOptions ForFleet() => new VendOptions
        {
            TelemetryPassword = "T8sqE1jOxk4mZ", // expect: IOT1001
            RedisPassword = "c7aa673c45830872c3c7", // expect: IOT1001
        };

        // template the installer copies for a machine that is not yet registered
        public static VendOptions ForNewMachine() => new VendOptions
        {
            TelemetryUser = "vm-new",
            TelemetryPassword = "changeme-later", // expect: IOT1006
        };

        public static VendOptions ForDepotBench() => new VendOptions
        {
            TelemetryHost = "amqp.bench.vendfleet.example",
            TelemetryPassword = "", // expect: none
            PaymentApiKey = "68db1b8e729c4b92ade8945347333999", // expect: IOT1001
        };
    }

    public sealed class VendingController
    {
        private const string ServiceMenuCode = "9729"; // expect: IOT1004
        private const int CoinMechanismPin = 17; // expect: none
        private const string MaskedKey = "****"; // expect: none
        private const string PaymentWebhookSecretName = "payment-webhook-secret"; // expect: none
        private const string LockedOutText = "Service menu locked for 15 minutes after three wrong codes."; // expect: none

        // route technicians who may open the service menu
        private static readonly (string User, string Password)[] TechnicianLogins =
        {
            ("route.anna", "HFH8ldywfDO3x"), // expect: IOT1004
            ("route.tom", "1234"), // expect: IOT1002
        };

        private readonly VendOptions _options;
        private readonly Random _rng = new Random();
        private int _wrongCodes;

        public VendingController(VendOptions options) => _options = options;

        public Address TelemetryAddress() =>
            new Address(_options.TelemetryHost, 5671, _options.TelemetryUser, _options.TelemetryPassword);

        // MQTT fallback when the AMQP endpoint is down (the password is taken from the environment on new units)
        public MQTTnet.MqttClientCredentials MqttFallbackCredentials()
        {
            var fromEnv = Environment.GetEnvironmentVariable("MQTT_PASSWORD"); // expect: none
            return new MQTTnet.MqttClientCredentials(_options.TelemetryUser, Encoding.UTF8.GetBytes(fromEnv ?? "kyaMmPY5qAK7")); // expect: IOT1001
        }

        // the depot gateway polls the machine's SNMP v3 agent
        public IPrivacyProvider DepotSnmpPrivacy()
        {
            var auth = new SHA1AuthenticationProvider(new OctetString("QJ9JWrYwfBhb")); // expect: IOT1001
            return new AESPrivacyProvider(new OctetString("B766maBqf6dj"), auth); // expect: IOT1001
        }

        public ConnectionMultiplexer OpenStockCache()
        {
            var config = new ConfigurationOptions
            {
                Password = _options.RedisPassword,
                Ssl = true,
            };
            config.EndPoints.Add(_options.RedisEndpoint);
            return ConnectionMultiplexer.Connect(config);
        }

        public async Task<string> AuthorisePaymentAsync(string cardToken, decimal amount)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add(_options.PaymentApiKeyHeader, _options.PaymentApiKey);
            Console.WriteLine($"payment key {MaskedKey}, webhook secret in vault as {PaymentWebhookSecretName}");
            var response = await http.PostAsync($"https://pay.provider.example/v2/authorise?amount={amount}",
                new StringContent(cardToken));
            return await response.Content.ReadAsStringAsync();
        }

        public bool OpenServiceMenu(string keypadEntry)
        {
            if (_wrongCodes >= 3)
            {
                Console.WriteLine(LockedOutText);
                return false;
            }
            if (keypadEntry == ServiceMenuCode) return true;
            _wrongCodes++;
            return false;
        }

        public bool TechnicianLogin(string user, string password)
            => TechnicianLogins.Any(t => t.User == user && t.Password == password);

        // one-time PIN shown on the display when the depot requests a remote door opening
        public string NewTechnicianPin()
        {
            var technicianPin = _rng.Next(0, 10000).ToString("D4"); // expect: IOT1005
            return technicianPin;
        }

        // the display rotates the promoted products in random order
        public int[] PromotionOrder(int count) => Enumerable.Range(0, count).OrderBy(_ => _rng.Next()).ToArray(); // expect: none
    }
}
