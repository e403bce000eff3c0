// Own code: the secrets class of an aquaponics greenhouse controller (.NET nanoFramework, ESP32). Each value is
// labelled with the rule that matches where it flows (see AquaponicsNanoController.cs and LABELS.md).
// The class is read by the controller at start-up; nothing here is loaded from the device's secure storage,
// which is the finding this file is meant to show.
namespace Corpus8.Aquaponics
{
    internal static class AquaSecrets
    {
        public const string WifiSsid = "Greenhouse-2G";
        public const string WifiPassword = "Tilapia-Basil-Trellis-9"; // expect: IOT1001
        public const string FallbackWifiPassword = "WIFI_PASSWORD"; // expect: IOT1006
        public const string HubName = "aquaponics-hub";
        public const string DeviceId = "tank-controller-01";
        public const string SasKey = "3icmvECgxnSfiHedSj25D8Ld4IR7jzSgGrhF9HgIGxo="; // expect: IOT1001
        public const string DashboardApiKey = "aq-dash-7Kp2Vw9QmX4z"; // expect: IOT1001
        public const string LocalAdminBasic = "Basic:grower Koi-Pond-Nitrate-5"; // expect: IOT1001
        public const string PumpServiceToken = "svc-pump-4Hq8Zt1Rk"; // expect: IOT1004
        public const string UnusedToken = "TOKEN"; // expect: none
        public const string DosingApiKeyTemplate = "your-dosing-api-key"; // expect: none
        public const string WifiPasswordKey = "wifi.password"; // expect: none
    }

    // Settings of the dosing pump and the OTA channel; only the tokens are secrets.
    internal static class AquaSettings
    {
        public const string OtaChannel = "stable";
        public const string OtaServer = "https://ota.aquaponics.example/firmware";
        public const string OtaDownloadToken = "ota-dl-9Vq3Lm7Xz2"; // expect: IOT1004
        public const string OtaTokenHeader = "X-Ota-Token"; // expect: none
        public const int DosingIntervalMinutes = 45;
        public const string DosingPumpModel = "Kamoer X1 Pro";
        public const string NitrateSensorSecretName = "NitrateSensorSecret"; // expect: none
        public const string PhCalibrationPasscode = "Buffer-7-Calib"; // expect: IOT1004
        public const string DashboardUrl = "https://dash.aquaponics.example/tank/01";
        public const string SupportEmail = "grow-support@aquaponics.example";
        public const string DashboardApiKeyPrompt = "Enter the dashboard API key"; // expect: none
        public const string PasswordMask = "********"; // expect: none
        public const string FeedScheduleCron = "0 7,13,19 * * *";
    }
}
