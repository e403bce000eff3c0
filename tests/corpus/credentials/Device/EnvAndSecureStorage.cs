// Air-quality gateway done right: secrets come from the environment, a key store or the device's config partition.
// Nearly everything here must stay silent.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;
using nanoFramework.Networking;

namespace Corpus.AirQuality.Config
{
    internal interface IKeyStore
    {
        string? GetSecret(string name);
    }

    internal sealed class EnvAndSecureStorage
    {
        private const string WifiPasswordKey = "wifi:password"; // expect: none
        private const string MqttPasswordEnv = "AQ_MQTT_PASSWORD"; // expect: none
        private const string DbPasswordPath = "/run/secrets/aq_db_password"; // expect: none
        private const string KeyStoreName = "aq-gateway/api-token"; // expect: none
        private static readonly Regex Redactor = new("(password|pwd|token|secret|apikey)=([^;&]+)", RegexOptions.IgnoreCase); // expect: none

        private readonly IKeyStore _store;
        private readonly IDictionary<string, string> _config;

        public EnvAndSecureStorage(IKeyStore store, IDictionary<string, string> config)
        {
            _store = store;
            _config = config;
        }

        public bool ConnectWifi()
        {
            var password = _config.TryGetValue(WifiPasswordKey, out var v) ? v : ""; // expect: none
            if (password.Length == 0)
            {
                Console.WriteLine("No Wi-Fi password configured; open the setup portal"); // expect: none
                return false;
            }

            return WifiNetworkHelper.ConnectDhcp(_config["wifi:ssid"], password); // expect: none
        }

        public string MqttPassword() => Environment.GetEnvironmentVariable(MqttPasswordEnv) ?? throw new InvalidOperationException($"{MqttPasswordEnv} missing");

        public SqlConnection Db()
        {
            var pwd = File.ReadAllText(DbPasswordPath).Trim();
            return new SqlConnection($"Server=db;Database=aq;User Id=aq;Password={pwd};");
        }

        public string ApiToken() => _store.GetSecret(KeyStoreName) ?? string.Empty;

        public static string Redact(string connectionString) => Redactor.Replace(connectionString, "$1=***"); // expect: none

        public static void Log(string user)
        {
            Console.WriteLine($"User {user} changed the password"); // expect: none
            Console.WriteLine("Password must be at least 12 characters"); // expect: none
            Console.WriteLine("Invalid token: signature mismatch"); // expect: none
            Console.WriteLine("secret rotation scheduled for 02:00 UTC"); // expect: none
        }

        public static void Throw() => throw new UnauthorizedAccessException("Wrong password or API key"); // expect: none

        public static IReadOnlyList<string> SensitiveSettingNames() => new[] { "password", "apiKey", "token", "psk", "secret" }; // expect: none

        public static string HelpText() => "Set AQ_MQTT_PASSWORD and AQ_DB_PASSWORD before starting the service."; // expect: none

        public static string ConnectionWithoutPassword() => "Server=db;Database=aq;Integrated Security=true;Encrypt=true"; // expect: none

        public static string PasswordFromArgs(string[] args) => args.Length > 1 && args[0] == "--password" ? args[1] : ""; // expect: none
    }
}
