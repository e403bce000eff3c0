// Factory provisioning of an irrigation controller: configuration built in code, serialised to the device's flash.
#nullable enable
using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Corpus.Irrigation.Provisioning
{
    internal static class ProvisioningConfig
    {
        public static Dictionary<string, string> Defaults()
        {
            return new Dictionary<string, string>
            {
                ["wifi.ssid"] = "IrrigationSetup", // expect: none
                ["wifi.psk"] = "Irr-S3tup-wpa2!", // expect: IOT1001
                ["mqtt.host"] = "mqtt.irrigation.example", // expect: none
                ["mqtt.username"] = "controller", // expect: none
                ["mqtt.password"] = "Ctrl-Mq-88zx", // expect: IOT1001
                ["mqtt.topic"] = "irrigation/{serial}/cmd", // expect: none
                ["ui.passwordMinLength"] = "12", // expect: none
            };
        }

        public static IDictionary<string, string?> Overrides(IDictionary<string, string?> config)
        {
            config["Broker:Secret"] = "Brk-S3cret-771"; // expect: IOT1001
            config["Broker:SecretFile"] = "/data/broker.secret"; // expect: none
            config["Cloud:ApiKey"] = "ck_4Hq8Zp2Lx9Tv6Rm3"; // expect: IOT1001
            config["Cloud:ApiKeyHeader"] = "X-Api-Key"; // expect: none
            config["Cloud:Region"] = "eu-west"; // expect: none
            return config;
        }

        public static void AddFactoryValues(Dictionary<string, string> settings)
        {
            settings.Add("wifi.psk", "Fct-line-wpa-44"); // expect: IOT1001
            settings.Add("admin.password", "root"); // expect: IOT1002
            settings.Add("admin.user", "admin"); // expect: none
            settings.Add("ota.channel", "stable"); // expect: none
        }

        public static string AnonymousObject()
        {
            var cfg = new
            {
                ssid = "IrrigationSetup", // expect: none
                password = "Irr-S3tup-wpa2!", // expect: IOT1001
                cloud = new { endpoint = "https://api.irrigation.example", apiKey = "ak_7Tm3Qx9Lp2Zr5Wv8" }, // expect: IOT1001
                timezone = "Europe/Berlin", // expect: none
            };
            return JsonSerializer.Serialize(cfg);
        }

        public static (string Key, string Value)[] Pairs()
        {
            return new[]
            {
                ("ntp.server", "pool.ntp.org"), // expect: none
                ("ota.token", "ota_tk_3Lq9Xm2Zp7Rv"), // expect: IOT1001
                ("ble.passkey", "0000"), // expect: IOT1002
            };
        }

        public static string Json()
        {
            // the same configuration written as a JSON literal
            return "{\"wifi\":{\"ssid\":\"IrrigationSetup\",\"password\":\"Js0n-Wifi-pw-9\"}}"; // expect: IOT1001
        }

        public static Dictionary<string, string> FromEnvironment()
        {
            return new Dictionary<string, string>
            {
                ["mqtt.password"] = Environment.GetEnvironmentVariable("MQTT_PASSWORD") ?? "", // expect: none
                ["wifi.psk"] = string.Empty,
            };
        }

        public static string[] SecretKeyNames() => new[] { "wifi.psk", "mqtt.password", "Broker:Secret", "Cloud:ApiKey" }; // expect: none
    }
}
