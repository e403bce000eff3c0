// Own file (new domain): seed-bank cold vault controller (ESP32, .NET nanoFramework), the team's secrets class.
// Its constants are used in SeedVaultController.cs; each is labelled here, at its literal, with the rule that
// matches where it flows (see LABELS.md, "Flows of the shared constants").
namespace SeedVault
{
    internal static class VaultSecrets
    {
        // Network
        public const string WifiSsid = "annex-cold-store";
        public const string WifiPassword = "Permafrost#Lentil-29"; // expect: IOT1001
        public const string BackupWifiSsid = "annex-backup";
        public const string BackupWifiPassword = "REPLACE-WITH-BACKUP-KEY"; // expect: IOT1006
        public const string WifiPasswordKey = "wifi.password"; // expect: none
        public const string WifiPasswordEnvVar = "VAULT_WIFI_PASSWORD"; // expect: none

        // IoT Hub (nanoFramework DeviceClient with a SAS key)
        public const string HubName = "seedvault-hub";
        public const string HubSasKey = "FYoZXFkPQi7/TUGcu9GBFBxfK9gmginitXO2Ae4A95A="; // expect: IOT1001
        public const string HubConnectionString = "HostName=seedvault-hub.azure-devices.net;DeviceId=vault-02;SharedAccessKey=gMA+1YRXd8HgydkOKuItD8w1O1FtVWUPBDk6zCvk+UY="; // expect: IOT1003
        public const string SasKeyDocs = "Primary key from the device blade of the hub"; // expect: none

        // Local broker for the door and compressor loggers
        public const string BrokerUser = "vault-ctrl";
        public const string BrokerPassword = "Glacier-Pod-4471"; // expect: IOT1001
        public const string DummyBrokerPassword = "dummy-password-for-unit-tests"; // expect: none

        // Curator dashboard served by the controller
        public const string DashboardApiKey = "IN-BBOvJwvzP3oVLIpWN3AotFEU6w07pzr43vkHa6fI"; // expect: IOT1001
        public const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        public const string MaintenanceBasic = "Basic:curator Rye-Sheaf-903"; // expect: IOT1001

        // Compressor rack's Modbus/HTTP gateway
        public const string RackGatewayUser = "rackctl";
        public const string RackGatewayPassword = "Cryo-Shelf-5530"; // expect: IOT1001
        public const string SecretsFilePath = "I:\\secrets\\vault.json"; // expect: none
        public const string TokenUrl = "https://login.seedvault.example/oauth2/token"; // expect: none

        // Door access logger (our own protocol)
        public const string DoorLoggerToken = "dl-7Q2wXf9LmR4tZk8"; // expect: IOT1004
        public const string UnusedToken = "TOKEN"; // expect: none
        public const string LegacyServiceToken = "3f9c2a1e-7b44-4d2e-9a61-0c8e5f2b7d13"; // expect: none

        // Keypad at the airlock
        public const string CuratorPin = "7316"; // expect: IOT1004
        public const string FactoryPin = "0000"; // expect: IOT1002
        public const int DoorRelayPin = 23; // expect: none

        // Integrity data, public by nature
        public const string FirmwareSha256 = "ac1ec5af3aec8a70797f19134d50fa46ec674e18db7ed7b2f98a99e820dbec1d"; // expect: none
        public const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const string OtaSigningPublicKey = @"-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEAAbUCt/zts5DPeHpPxwaQLN5kN4n
IS4wyIcmK8OpW/OiTuHehkz39C5wPOaBek5Bh29I/KarpgRAf9+LrkulgA==
-----END PUBLIC KEY-----"; // expect: none
    }
}
