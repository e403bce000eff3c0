// Written for this corpus. Domain: on-board ticket validator of a tram (contactless cards, QR tickets): its
// configuration is built in code as dictionaries, tuples, JSON and YAML text, and read back with fallbacks.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CityTram.Validator
{
    public sealed class SettingsStore
    {
        private readonly Dictionary<string, string> _values = new Dictionary<string, string>();

        public string GetString(string key, string fallback) => _values.TryGetValue(key, out var v) ? v : fallback;
        public void Set(string key, string value) => _values[key] = value;
    }

    public sealed class TramTicketValidator
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // expect: none

        private const string BootConfigJson =
            "{\"wifi\":{\"ssid\":\"Depot-Line4\",\"password\":\"IXvc9tdne9zDm8\"},\"backend\":{\"apiKeyEnv\":\"VALIDATOR_API_KEY\"}}"; // expect: IOT1001

        private const string BackendYaml = @"backend:
  url: https://fares.citytram.example/api
  user: validator
  password: HlLpVmduxYOTlZ"; // expect: IOT1001

        private const string EmptyYamlTemplate = @"backend:
  password: ''"; // expect: none

        private readonly SettingsStore _settings = new SettingsStore();
        private readonly Random _rng = new Random();

        public Dictionary<string, string> DefaultConfig() => new Dictionary<string, string>
        {
            ["wifi.ssid"] = "Depot-Line4",
            ["wifi.psk"] = "RD4AUgpARkLRlX", // expect: IOT1001
            ["backend.passwordFile"] = "/etc/validator/backend.pw", // expect: none
            ["ota.tokenHeader"] = "X-Ota-Token", // expect: none
            ["ota.tokenLifetimeDays"] = "30", // expect: none
            ["display.password"] = "[redacted]", // expect: none
            ["mock.apiKey"] = "mock-api-key-for-the-simulator", // expect: none
            ["audit.password"] = "password", // expect: IOT1002
        };

        public void ApplyDepotOverrides(Dictionary<string, string> config)
        {
            config["Broker:Secret"] = "UgAffVlPo948s5"; // expect: IOT1001
            config["backend:password"] = ""; // expect: none
            config["Broker:SecretRef"] = "vault://tram/broker"; // expect: none
        }

        public (string Key, string Value)[] OtaSettings() => new (string Key, string Value)[]
        {
            ("ota.url", "https://ota.citytram.example/validator"),
            ("ota.token", "0mk0FkooZJ6HReMSfVT-SoBCUzXcQyCb"), // expect: IOT1001
            ("ota.tokenUrl", "https://ota.citytram.example/oauth/token"), // expect: none
        };

        public IEnumerable<(string Ssid, string Psk)> KnownNetworks()
        {
            yield return ("Depot-Line4", "GM6jh9ln11iHS0"); // expect: IOT1001
            yield return ("Depot-Guest", ""); // expect: none
        }

        public string BrokerPassword() => _settings.GetString("mqtt.pass", "JAVzCnZ1tzQUv6"); // expect: IOT1001

        public string BrokerUser() => _settings.GetString("mqtt.user", "validator-0412");

        public string PasswordPrompt() => _settings.GetString("ui.passwordPrompt", "Enter the depot password:"); // expect: none

        // pushed to the validator's companion display as JSON on every depot visit
        public string DisplayProvisioningJson() => JsonSerializer.Serialize(new
        {
            Ssid = "Depot-Line5",
            Password = "S7lAdPAAU1kv", // expect: IOT1001
            Brightness = 80,
        });

        // QR tickets carry an HMAC made with the fare system's key
        public bool QrSignatureValid(byte[] payload, byte[] signature)
        {
            var mac = HMACSHA256.HashData("RQNbMQ5RQBj5JwG84XKxjpVbyziD"u8, payload); // expect: IOT1003
            return CryptographicOperations.FixedTimeEquals(mac.AsSpan(0, signature.Length), signature);
        }

        public object HeartbeatPayload() => new { Line = 4, Vehicle = 2217, Password = "********" }; // expect: none

        // token printed on the receipt of a validation, checked by inspectors' handhelds
        public string NewValidationToken()
        {
            var validationToken = new string(Enumerable.Range(0, 12).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            return validationToken;
        }

        // PIN the driver types to close the shift on the validator
        public string NewShiftPin()
        {
            var shiftPin = _rng.Next(1000, 10000).ToString(); // expect: IOT1005
            return shiftPin;
        }

        public string Summary() => BootConfigJson.Length + " " + BackendYaml.Length + " " + EmptyYamlTemplate.Length;
    }
}
