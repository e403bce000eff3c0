// Gateway secrets class in the style of Meadow/nanoFramework "Secrets.cs" files: const and static readonly fields
// consumed by other files of the corpus (GatewayWifi.cs, GatewayMqtt.cs, AzureHubClients.cs, GatewayDatabases.cs).
// Each literal is labelled with the rule its USE elsewhere calls for.
#nullable enable
namespace Corpus.Gateway
{
    public static class Secrets
    {
        public const string WifiSsid = "Greenhouse-IoT"; // expect: none
        public const string WifiPassword = "tomato-Vine-2291"; // expect: IOT1001
        public static readonly string BackupWifiSsid = "Greenhouse-Backup"; // expect: none
        public static readonly string BackupWifiPassword = "S4lad-Backup!"; // expect: IOT1001
        public const string LabWifiPassword = "12345678"; // expect: IOT1002

        public const string MqttHost = "mqtt.greenhouse.local"; // expect: none
        public const string MqttUser = "gh-gateway-01"; // expect: none
        public const string MqttPassword = "q9N!tr7bGw"; // expect: IOT1001

        public const string IotHubHost = "gh-prod-hub.azure-devices.net"; // expect: none
        public const string IotHubDeviceId = "gh-gateway-01"; // expect: none
        public const string IotHubDeviceKey = "0sEM17OuzofmmIWYkge8FW1VkNEkBoZnZf06LGjWWeU="; // expect: IOT1001

        public static readonly string HistorianDbPassword = "Hist0rian#Db"; // expect: IOT1001
        public const string HistorianDbUser = "historian"; // expect: none

        // Not secrets: names of settings and where the real values live on the device.
        public const string WifiPasswordSettingKey = "wifi:password"; // expect: none
        public const string SecretsFilePath = "/etc/greenhouse/secret.key"; // expect: none
        public const string PasswordPrompt = "Enter the Wi-Fi password"; // expect: none
    }
}
