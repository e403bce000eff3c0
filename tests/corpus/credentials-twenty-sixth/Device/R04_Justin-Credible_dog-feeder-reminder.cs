// Real source: Justin-Credible/dog-feeder-reminder ConfigurationManager.cs (19d60356)
// Also used: PushNotificationManager.cs (192c4a49), MqttManager.cs (19d60356, the MqttConfiguration struct).
// A Meadow feeding-reminder box: settings come from the app's settings dictionary, Pushover pushes missed feedings,
// a hand-written MQTT client publishes state. Kept: the key constants, GetString with fallbacks, the Pushover form post
// and the MQTT configuration struct. Trimmed: schedule parsing and the packet-level MQTT code. Added (said in
// LABELS.md): the bench settings dictionary used when the board has no app.config.yaml, with an invented MQTT
// password and Pushover application token.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;

namespace dog_feeder_reminder
{
    public readonly struct MqttConfiguration
    {
        public string BrokerHostname { get; }
        public string Username { get; }
        public string Password { get; }
        public bool IsConfigured { get; }

        public MqttConfiguration(string brokerHostname, string username, string password)
        {
            BrokerHostname = brokerHostname ?? string.Empty;
            Username = username ?? string.Empty;
            Password = password ?? string.Empty;
            IsConfigured = !string.IsNullOrWhiteSpace(brokerHostname);
        }
    }

    public readonly struct PushoverConfiguration
    {
        public string ApiToken { get; }
        public string UserKey { get; }
        public string AppName { get; }

        public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiToken) && !string.IsNullOrWhiteSpace(UserKey);

        public PushoverConfiguration(string apiToken, string userKey, string appName)
        {
            ApiToken = apiToken ?? string.Empty;
            UserKey = userKey ?? string.Empty;
            AppName = string.IsNullOrWhiteSpace(appName) ? "Dog Feeder Reminder" : appName;
        }
    }

    public static class ConfigurationManager
    {
        const string DogFeederSectionColon = "DogFeeder:";

        const string PushoverApiTokenKey = "PushoverApiToken"; // expect: none
        const string PushoverUserKey = "PushoverUserKey";
        const string PushoverAppNameKey = "PushoverAppName";
        const string MqttBrokerHostnameKey = "MqttBrokerHostname";
        const string MqttUsernameKey = "MqttUsername";
        const string MqttPasswordKey = "MqttPassword"; // expect: none

        // Bench settings for the feeder on the workshop desk (no app.config.yaml on the board).
        public static readonly Dictionary<string, string> BenchSettings = new Dictionary<string, string>
        {
            ["DogFeeder:MqttBrokerHostname"] = "192.168.1.40",
            ["DogFeeder:MqttUsername"] = "dogfeeder",
            ["DogFeeder:MqttPassword"] = "Kibble-Lantern-83", // expect: IOT1001
            ["DogFeeder:PushoverApiToken"] = "a4582zbkp7ijip4bebss224xoeb5h4", // expect: IOT1001
            ["DogFeeder:PushoverAppName"] = "Dog Feeder (bench)",
        };

        public static (PushoverConfiguration Pushover, MqttConfiguration Mqtt) Load(IDictionary<string, string> settings)
        {
            settings ??= BenchSettings;
            var pushoverApiToken = GetString(settings, PushoverApiTokenKey, string.Empty);
            var pushoverUserKey = GetString(settings, PushoverUserKey, string.Empty);
            var pushoverAppName = GetString(settings, PushoverAppNameKey, "Dog Feeder Reminder");
            var mqttBrokerHostname = GetString(settings, MqttBrokerHostnameKey, string.Empty);
            var mqttUsername = GetString(settings, MqttUsernameKey, string.Empty);
            var mqttPassword = GetString(settings, MqttPasswordKey, string.Empty);

            return (new PushoverConfiguration(pushoverApiToken, pushoverUserKey, pushoverAppName),
                    new MqttConfiguration(mqttBrokerHostname, mqttUsername, mqttPassword));
        }

        static string GetString(IDictionary<string, string> settings, string key, string fallback)
        {
            if (settings != null && settings.TryGetValue(DogFeederSectionColon + key, out var scoped) && !string.IsNullOrWhiteSpace(scoped))
                return scoped.Trim();
            if (settings != null && settings.TryGetValue(key, out var flat) && !string.IsNullOrWhiteSpace(flat))
                return flat.Trim();
            return fallback;
        }
    }

    public class PushNotificationManager
    {
        const string PushoverEndpoint = "https://api.pushover.net/1/messages.json";

        readonly PushoverConfiguration pushoverConfiguration;
        readonly HttpClient httpClient;

        public PushNotificationManager(PushoverConfiguration pushoverConfiguration, HttpClient httpClient = null)
        {
            this.pushoverConfiguration = pushoverConfiguration;
            this.httpClient = httpClient ?? new HttpClient();
            this.httpClient.Timeout = TimeSpan.FromSeconds(15);
        }

        public async Task<bool> SendAsync(string title, string message)
        {
            var form = new List<KeyValuePair<string, string>>
            {
                new KeyValuePair<string, string>("token", pushoverConfiguration.ApiToken),
                new KeyValuePair<string, string>("user", pushoverConfiguration.UserKey),
                new KeyValuePair<string, string>("title", title),
                new KeyValuePair<string, string>("message", message),
                new KeyValuePair<string, string>("priority", "0"),
            };

            using var content = new FormUrlEncodedContent(form);
            using var response = await httpClient.PostAsync(PushoverEndpoint, content);
            return response.IsSuccessStatusCode;
        }
    }
}
