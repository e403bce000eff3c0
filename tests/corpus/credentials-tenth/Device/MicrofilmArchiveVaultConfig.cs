// Own file (new domain): microfilm archive vault, climate and fire-suppression gateway whose default
// configuration is built in code (dictionaries, tuples, anonymous objects, JSON and YAML text) and written to
// the gateway's flash on first boot.
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace ArchiveVault.Config
{
    public static class DefaultConfiguration
    {
        public static Dictionary<string, string> Build()
        {
            var settings = new Dictionary<string, string>
            {
                ["hvac:bacnet.host"] = "10.60.1.20",
                ["hvac:bacnet.password"] = "Vellum-Damper-376", // expect: IOT1001
                ["hvac:bacnet.passwordFile"] = "/etc/vault/bacnet.pass", // expect: none
                ["suppression:panel.apiKey"] = "A_-94QUaMLQgWb3sSff9HMJxHdGA8_rl", // expect: IOT1001
                ["suppression:panel.apiKeyHeader"] = "X-Api-Key", // expect: none
                ["audit:password"] = "password", // expect: IOT1002
                ["audit:passwordPrompt"] = "Enter the archivist's vault code", // expect: none
                ["audit:passwordMinLength"] = "12", // expect: none
                ["hvac:secretRef"] = "vault://archive/hvac/bacnet", // expect: none
                ["smtp:password"] = "", // expect: none
                ["sso:clientId"] = "archive-gateway", // expect: none
                ["sso:tokenUrl"] = "https://login.archive.example/oauth2/token", // expect: none
                ["modbus:pskIdentity"] = "vault-gw-01", // expect: none
                ["export:password"] = "[redacted]", // expect: none
                ["ui:passwordLabel"] = "Password:", // expect: none
                ["hvac:modbus.psk"] = "Halide-Gasket-8817", // expect: IOT1001
                ["audit:passwordHash"] = "sha256:9b74c9897bac770ffc029102a200c5de", // expect: none
                ["telemetry:brokerUri"] = "mqtts://vaultgw:Humidor-Crank-238@broker.archive.example:8883", // expect: IOT1001
                ["telemetry:brokerUriLocal"] = "mqtt://broker.archive.local:1883", // expect: none
            };

            var radio = new Dictionary<string, string>
            {
                { "wifi:ssid", "archive-plant" },
                { "wifi:psk", "Acetate-Reel-9140" }, // expect: IOT1001
            };
            foreach (var entry in radio)
            {
                settings[entry.Key] = entry.Value;
            }

            settings["broker:Secret"] = "fGIMQCrzr7JLincKL4jOjDr_EGFXnIMP"; // expect: IOT1001
            settings.Add("smtp:relay.password", "Spool-Lantern-62"); // expect: IOT1001
            settings.TryAdd("smtp:relay.user", "vault-alerts");
            return settings;
        }

        public static IEnumerable<(string Key, string Value)> FirstBootOverrides()
        {
            yield return ("ota.token", "Xk2-fQ9-Lm7-Rt4-Wv8"); // expect: IOT1001
            yield return ("ota.channel", "stable");
            yield return ("ota.tokenLifetimeDays", "30"); // expect: none
        }

        public static IEnumerable<(string Ssid, string Psk)> FallbackNetworks()
        {
            yield return ("archive-plant", "Acetate-Reel-9140"); // expect: IOT1001
            yield return ("archive-guest", ""); // expect: none
        }

        public static string SerializeCameraAccount()
        {
            var account = new { Host = "10.60.2.31", User = "vaultcam", Password = "Fiche-Lamp-703" }; // expect: IOT1001
            return JsonSerializer.Serialize(account);
        }

        public const string AlarmJson = "{\"alarm\":{\"endpoint\":\"https://alarm.archive.example\",\"apiKey\":\"Cz8-Gq1-Vn5-Tp3\"}}"; // expect: IOT1001

        public const string AlarmJsonTemplate = "{\"alarm\":{\"endpoint\":\"https://alarm.archive.example\",\"apiKeyEnv\":\"ALARM_API_KEY\"}}"; // expect: none

        public const string PlantYaml = @"
plant:
  chiller:
    host: 10.60.1.30
    user: chiller-svc
    password: Dewpoint-Sash-415
"; // expect: IOT1001

        public const string RedactedYaml = @"
plant:
  chiller:
    password: '***'
"; // expect: none
    }
}
