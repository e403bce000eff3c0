// Shared build-time settings of the Fieldline gateway product line.
// Several products include this file; values are baked into every image that ships.
using System;

namespace Fieldline.Shared
{
    /// <summary>
    /// Constants shared by the gateway, tracker, weather-station and kiosk images.
    /// Review with the security team before adding anything here: every value ships in every unit.
    /// </summary>
    internal static class DeviceSecrets
    {
        // ---- endpoints
        public const string TelemetryHost = "telemetry.fieldline.example";
        public const string OtaHost = "ota.fieldline.example";
        public const int MqttTlsPort = 8883;

        // ---- site Wi-Fi (nanoFramework and Meadow boards)
        public const string SiteWifiSsid = "PlantFloor-IoT"; // expect: none
        public const string SiteWifiPassword = "Kx7#floor-wpa2-2291"; // expect: IOT1001

        // ---- plant MQTT broker
        public const string MqttUser = "gw-line4"; // expect: none
        public const string MqttPassword = "m9!Qv_line4_broker"; // expect: IOT1001
        public const string MqttPasswordConfigKey = "Mqtt:Password"; // expect: none
        public const string MqttPasswordEnvVar = "FIELDLINE_MQTT_PASSWORD"; // expect: none

        // ---- historian database (PostgreSQL)
        public const string HistorianDbUser = "historian_writer";
        public const string HistorianDbPassword = "Hist0rian!Pg#55"; // expect: IOT1001

        // ---- Azure IoT Hub device identity of the cold-chain tracker
        public const string HubHostName = "fieldline-prod.azure-devices.net";
        public const string TrackerDeviceId = "tracker-0042";
        public const string TrackerDeviceKey = "2gLjjfdxkDY4rhSUnJ548oWUPAAOELJOwnOvsY3zjqk="; // expect: IOT1001

        // ---- cloud back end
        public const string CloudApiKey = "YOUR_API_KEY"; // expect: IOT1006
        public const string CloudApiKeyHeaderName = "X-Fieldline-Api-Key"; // expect: none
        public const string ExampleApiKey = "example-api-key-123"; // expect: none
        public static readonly string NatsToken = "nats-tk-ubFYVmJSA6xllP82NklX99mi"; // expect: IOT1001
        public static string SupportPortalPassword { get; } = "Supp0rt-Portal-2291"; // expect: IOT1001

        // ---- cache
        public const string RedisPassword = "r3dis-Cache-Pw-81"; // expect: IOT1001

        // ---- cellular
        public const string SimPin = "4821"; // expect: IOT1001
        public const string ApnName = "iot.fieldline-m2m.net"; // expect: none
        public const string ApnUser = "fieldline";

        // ---- installer and service access
        public const string InstallerPin = "7391"; // expect: IOT1004
        public const string FactoryAdminPassword = "admin"; // expect: IOT1002
        public const string DefaultServicePasscode = "1234"; // expect: IOT1002
        public const string InstallerPasswordPrompt = "Enter the installer password to continue"; // expect: none
        public const string OtaManifestSecret = "ota-manifest-7f3e91c2"; // expect: IOT1004

        // ---- keys
        public const string TelemetryHmacKeyHex = "C1D671512A2824EA37D8A6A6CB7529B5"; // expect: IOT1003
        public const string ProvisioningCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const string RootCaThumbprint = "18101FFDA0FA6B6506BAC410F9C9D208C0D696744541636BA816CBFF4BDA7162"; // expect: none

        // ---- where the real values live on a provisioned unit
        public const string TokenEndpoint = "https://login.fieldline.example/oauth2/token"; // expect: none
        public const string SecretsMountPath = "/run/secrets/fieldline"; // expect: none
        public const string VaultSecretName = "fieldline-gw-mqtt-password"; // expect: none
        public const string PasswordSaltPurpose = "fieldline.installer.v1"; // expect: none
        public const string UnusedToken = "TOKEN"; // expect: none

        // ---- simulator build only (never reaches a device API)
        public const string DummyWifiPassword = "dummy-wifi-password-for-simulator"; // expect: none

        public static string Describe() =>
            $"ssid={SiteWifiSsid}, broker user={MqttUser}, apn={ApnName}, secrets from {MqttPasswordConfigKey}";

        public static string SimulatorBanner() =>
            $"Simulator: Wi-Fi '{SiteWifiSsid}' with {DummyWifiPassword.Length}-char dummy key; vault item {VaultSecretName} at {SecretsMountPath}";
    }
}
