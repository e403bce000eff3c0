// Written for this corpus. Domain: church bell tower controller (ESP32, nanoFramework) that rings the bells from the
// parish calendar, reports to the diocese's IoT Hub and lets the sexton ring by hand from a keypad and a web page.
// The secrets of the tower live in this class; BellTowerController.cs uses them.
namespace StMarys.BellTower
{
    internal static class BellTowerSecrets
    {
        // Wi-Fi of the parish office
        public const string WifiSsid = "StMarys-Office";
        public const string WifiPassword = "LIDPaJCwLb6f"; // expect: IOT1001
        public const string SacristySsid = "StMarys-Sacristy";
        public const string SacristyWifiPassword = "changeme"; // expect: IOT1002
        public const string WifiPasswordKey = "wifi:password"; // expect: none
        public const string WifiPasswordEnvVar = "BELLTOWER_WIFI_PASSWORD"; // expect: none

        // Parish MQTT broker (ringing log)
        public const string BrokerHost = "mqtt.stmarys-parish.example";
        public const string BrokerUser = "belltower";
        public const string BrokerPassword = "di2In1mmUMKb"; // expect: IOT1001
        public const string DummyBrokerPassword = "dummy-password-for-bench-tests"; // expect: none

        // Diocese IoT Hub
        public const string HubConnectionString =
            "HostName=diocese-hub.azure-devices.net;DeviceId=stmarys-tower;SharedAccessKey=+K8IB2y56evNVp7LNLWEqiwU1UCzAzE1ktvTjp7Scco="; // expect: IOT1003

        // second controller in the belfry (nanoFramework IoT Hub client)
        public const string HubName = "diocese-hub";
        public const string HubSasKey = "CfH9r1KjSvzjHYi8SPjuJy/lOR714lS+DvUr4LegcWM="; // expect: IOT1001
        public const string SasKeyHelp = "Copy the primary key of the belfry device from the portal"; // expect: none

        // diocese ring log (our own client class) and the tower's managed switch
        public const string RingLogToken = "ejVZi9KaI66X"; // expect: IOT1004
        public const string RingLogTokenUrl = "https://ringlog.diocese.example/oauth/token"; // expect: none
        public const string SwitchWriteCommunity = "aI0B6M9LN39s"; // expect: IOT1001
        public const string TowerDoorCode = "4382"; // expect: IOT1004

        // Parish calendar service
        public const string CalendarUrl = "https://calendar.stmarys-parish.example/api/services";
        public const string CalendarApiKey = "66R47eqIveep"; // expect: IOT1001
        public const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        public const string DioceseFeedKey = "HiKYuI9bkBw1"; // expect: IOT1001

        // Sexton's keypad and web page
        public const string SextonPin = "5795"; // expect: IOT1004
        public const string FactoryKeypadPin = "0000"; // expect: IOT1002
        public const string WebUiBasic = "Basic:sexton cu5K1AnB8ARL"; // expect: IOT1001
        public const string WebUiPasswordLabel = "Password:"; // expect: none

        // Not secrets
        public const int BellRelayPin = 23; // expect: none
        public const string RingerTokenTemplate = "<your-ringer-token>"; // expect: none
        public const string PasswordCharacteristicUuid = "6E400003-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const string FirmwareSha256 = "7f528acbc0556725ce1290c9c2db4739d6c56bb5eccc994db603829cf363cb66"; // expect: none
        public const string OtaSigningPublicKey =
            "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAECottnivY5VANkbaarFNlts54608gvy3ySuoH2n4oSJDWRXaGxXBxvBICs+1+oK5LZdYtus+MXyU14ktL9yK45mE=\n-----END PUBLIC KEY-----"; // expect: none
    }
}
