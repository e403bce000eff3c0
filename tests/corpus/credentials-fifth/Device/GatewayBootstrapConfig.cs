// Home hub gateway: the default configuration written on first boot, and the upstream broker helper.
using System;
using System.IO;
using System.Text;
using MQTTnet.Client;

namespace Brightwater.HomeHub
{
    public static class BootstrapConfig
    {
        private const string PasswordFieldName = "password"; // expect: none

        public static string ReadWifiPassword(System.Text.Json.JsonDocument doc) =>
            doc.RootElement.GetProperty("wifi").GetProperty(PasswordFieldName).GetString() ?? "";

        public const string DefaultJson = """
            {
              "wifi": { "ssid": "HomeHub-Setup", "password": "Porch-Light-Evening-6" },
              "mqtt": { "host": "localhost", "user": "hub", "password": "Zigbee2Hub!Bridge" },
              "ui":   { "language": "en", "theme": "auto" }
            }
            """; // expect: IOT1001 IOT1001

        public const string ZigbeeYaml = """
            homeassistant: true
            mqtt:
              server: mqtt://localhost
              user: zigbee
              password: changeme
            frontend:
              port: 8080
            weather:
              provider: openmeteo
              api_key: om_5b2e9f0c7a1d4836
            """; // expect: IOT1002 IOT1001

        public const string ModbusIni = """
            [modbus]
            host=192.168.50.20
            unit=1
            user=plc
            password=Coil-Register-40
            """; // expect: IOT1001

        public const string HistoryDb = @"Host=localhost;
            Database=hub_history;
            Username=hub;
            Password=Recorder-Purge-10;
            Pooling=true"; // expect: IOT1001

        public static ReadOnlySpan<byte> CloudLinkJson => """{"endpoint":"wss://link.homehub.example","token":"hl_tok_38a1f7c2e9b04d65"}"""u8; // expect: IOT1001

        // Safe templates: values come from the environment or the user.
        public const string ContainerJson = """
            {
              "mqtt": { "user": "hub", "password": "${MQTT_PASSWORD}" },
              "ui":   { "passwordHint": "Ask the person who installed the hub", "apiKeyHeader": "X-Api-Key" },
              "backup": { "password": "" }
            }
            """; // expect: none

        public static void WriteDefaults(string folder)
        {
            File.WriteAllText(Path.Combine(folder, "configuration.json"), DefaultJson);
            File.WriteAllText(Path.Combine(folder, "zigbee.yaml"), ZigbeeYaml);
            File.WriteAllText(Path.Combine(folder, "modbus.ini"), ModbusIni);
            File.WriteAllBytes(Path.Combine(folder, "cloud.json"), CloudLinkJson.ToArray());
            File.WriteAllText(Path.Combine(folder, "container.json"), ContainerJson);
        }
    }

    public partial class HomeHub
    {
        private MqttClientOptions ConnectUpstream(string brokerPassword)
        {
            return new MqttClientOptionsBuilder()
                .WithTcpServer("upstream.homehub.example", 8883)
                .WithClientId(Environment.MachineName)
                .WithCredentials("hub-upstream", brokerPassword)
                .WithTls()
                .Build();
        }
    }
}
