// Own file (corpus9): the shared constants of a canal lock-gate controller (lock 7 of a river navigation).
// Consumed by CanalLockGateController.cs; see LABELS.md "Flows of the shared constants".
using System;

namespace CanalWorks.Lock7
{
    public static class LockSecrets
    {
        public const string WifiSsid = "LockKeeper-7";
        public const string WifiPassword = "Tow-Path!Lock7-Gate"; // expect: IOT1001

        public const string BrokerUser = "lock7-plc";
        public const string BrokerPassword = "Paddle-Gear_2290"; // expect: IOT1001

        public static readonly string HubConnection =
            "HostName=canal-iot.azure-devices.net;DeviceId=lock-7;SharedAccessKey=Me06d9fgTpKuossm8rM8vR/8L7lOTJl6NewgBrEmvP0="; // expect: IOT1003
        public const string HubStandbyDeviceKey = "XV7x4GpCwzsBvFBpbpC903kPKbJwEiEYecu0BbDtqPA="; // expect: IOT1001

        public const string AmqpUser = "lock7";
        public const string AmqpPassword = "Sluice#Amqp-31"; // expect: IOT1001

        public static string FtpPassword { get; } = "Weir-Ftp!log-62"; // expect: IOT1001

        public const string SnmpReadCommunity = "public"; // expect: IOT1002
        public const string SnmpWriteCommunity = "lock7-w-Ostrich"; // expect: IOT1001

        public const string CctvAdminPassword = "admin"; // expect: IOT1002

        public static readonly string InfluxToken =
            "vGFibVIEbHn2HFNa8Uw8cU-FNLas8kLiSPj9kbaRz8xQTOllEPisV_rXzGfffnNwIHzYb-JYkI2pZWvn1PS7ZQ=="; // expect: IOT1001

        public const string HistorianDbPassword = "Balance-Beam$88"; // expect: IOT1001

        public const string PaddleBusToken = "pb-7f3e-91aa-lock7"; // expect: IOT1004

        public const string OpsPortalApiKey = "REPLACE_ME"; // expect: IOT1006

        // Not secrets: names, keys, paths, policies, identifiers and marked test data.
        public const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        public const string BrokerPasswordConfigKey = "Canal:Broker:Password"; // expect: none
        public const string WifiPasswordEnvVar = "LOCK7_WIFI_PASSWORD"; // expect: none
        public const string SecretsFilePath = "/etc/canal/lock7/secrets.json"; // expect: none
        public const string UnusedToken = "TOKEN"; // expect: none
        public const string DummyBrokerPassword = "dummy-broker-password"; // expect: none
        public const string TokenUrl = "https://login.canalworks.example/oauth2/token"; // expect: none
        public const string PasswordPolicy = "At least 12 characters, changed every spring closure."; // expect: none
        public const string LegacyServiceToken = "3f2b9c4e-8d1a-4b7e-9c55-2e7f10a4d6b1"; // expect: none
        public const string RootCaThumbprint = "4FE9BDBC8DF7D7CBB87FBE4B48E960355D1AB549"; // expect: none
        public const int PasswordMinLength = 12;
    }
}
