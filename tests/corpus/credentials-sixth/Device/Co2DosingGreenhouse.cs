using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Fleet.Shared;
using InfluxDB.Client;
using MQTTnet;

namespace Glasshouse.Co2
{
    // CO2 dosing controller of a tomato glasshouse: reads CO2 ppm, opens the dosing valve from the CHP
    // flue-gas line, logs to InfluxDB and reports to the grower's broker.
    public sealed class DosingController
    {
        public InfluxDBClient OpenHistorian() =>
            new InfluxDBClient("https://influx.glasshouse.local:8086", StationSecrets.GreenhouseInfluxToken);

        public async Task ConnectGrowerBrokerAsync(CancellationToken ct)
        {
            var client = new MqttClientFactory().CreateMqttClient();
            var options = new MqttClientOptionsBuilder()
                .WithConnectionUri("mqtts://dosing:Truss-Tomato-8814@broker.grower.local:8883") // expect: IOT1001
                .Build();
            await client.ConnectAsync(options, ct);
        }

        public static Dictionary<string, string> DefaultSettings() => new Dictionary<string, string>
        {
            ["co2.setpoint_ppm"] = "900", // expect: none
            ["co2.cloud.api_key"] = "gh-co2-6c1d9a0e4b7f", // expect: IOT1001
            ["mqtt.password_file"] = "/etc/co2/mqtt.pw", // expect: none
            ["mqtt.password"] = "${CO2_MQTT_PASSWORD}", // expect: IOT1006
            ["display.password_hint"] = "Ask the head grower", // expect: none
        };

        // Fallback configuration compiled into the image, used when the SD card is missing
        public const string FallbackConfigJson =
            "{\"wifi\":{\"ssid\":\"Glasshouse-7\",\"password\":\"Vine&Truss-2207\"},\"valve\":{\"maxOpenPct\":60}}"; // expect: IOT1001

        public static Dictionary<string, string> FromEnvironment() => new Dictionary<string, string>
        {
            ["mqtt.password"] = Environment.GetEnvironmentVariable("CO2_MQTT_PASSWORD"), // expect: none
        };

        public static string DosingAdvice(int ppm) =>
            ppm > 1200 ? "CO2 too high: close the valve before staff enter" : "CO2 within the growing band"; // expect: none
    }

    public static class ValveOta
    {
        public static byte[] SignImage(byte[] image)
        {
            using var hmac = new System.Security.Cryptography.HMACSHA256(System.Text.Encoding.UTF8.GetBytes("valve-ota-hmac-3b7e91c0a2d4")); // expect: IOT1003
            return hmac.ComputeHash(image);
        }

        public static void ApplySetupAccessPoint(Dictionary<string, string> settings, string serial)
        {
            settings["ap.ssid"] = "CO2-Setup";
            settings["ap.psk"] = "CO2-" + serial[^6..]; // expect: IOT1005
            settings["co2.alarm.text"] = "Settings are password protected"; // expect: none
        }

        public const string PskHint = "The setup network key is printed under the valve cover"; // expect: none
        public const string InfluxTokenConfigKey = "Influx:Token"; // expect: none
    }
}
