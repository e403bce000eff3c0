// Shared constants of the plant-floor device fleet. Several device projects link this file.
namespace Corpus7.Shared
{
    public static class PlantKeys
    {
        // --- Kiln shed (KilnFiringController) ---
        public const string KilnWifiSsid = "KILN-SHED-2G"; // expect: none
        public const string KilnWifiPassword = "Glaze&Cone10-stoneware"; // expect: IOT1001

        // --- Dialysis ward RO plant (DialysisRoomSensorAgent) ---
        public const string DialysisHubConnection =
            "HostName=dialysis-ward.azure-devices.net;DeviceId=ro-plant-02;SharedAccessKey=TjX5FJkKV30pScAF2aV/yWnCzxjBMOBhn9jszn8VOxw="; // expect: IOT1003

        // --- Cheese cave (CheeseCaveAgingRoom) ---
        public static readonly string CaveRabbitPassword = "aff1n4ge-Brine-77"; // expect: IOT1001

        // --- Escalator drives (EscalatorDriveOpcUa) ---
        public const string EscalatorOpcUser = "drive-reader";
        public const string EscalatorOpcPassword = "Handrail#Drive-2291"; // expect: IOT1001

        // --- Baggage hall (AirportBaggageConveyor) ---
        public const string BaggageBrokerUser = "conveyor";
        public const string BaggageBrokerPassword = "guest"; // expect: IOT1002

        // --- Tram depot (TramPantographMonitor) ---
        public const string TramSimPin = "6093"; // expect: IOT1001

        // --- Oyster hatchery (OysterHatcheryPumps) ---
        public const string HatcheryServiceBus =
            "Endpoint=sb://oyster-hatchery.servicebus.windows.net/;SharedAccessKeyName=pump-sender;SharedAccessKey=TIz6+5RcXUia9XrAeJrIXR9aBsA46kNLOO+vXn3Zeyk="; // expect: IOT1003

        // --- Laser cutter enclosure (LaserCutterEnclosure) ---
        public const string LaserCutterApiKey = "lc_live_BjcHhAWHObxyR0OBolgeu2fK1yJxtFpp"; // expect: IOT1001
        public const string ApiKeyHeaderName = "X-API-Key"; // expect: none

        // --- Fume hoods (LabFumeHoodController) ---
        public const string FumeHoodBrokerPassword = "FumeHoodBrokerPassword"; // expect: IOT1006
        public const string HoodTelemetryTopic = "lab/fumehood/+/telemetry"; // expect: none

        // --- Theatre fly rig (TheaterFlyRigHoist) ---
        public const string TheaterRiggerPin = "5820"; // expect: IOT1004
        public const string PasscodePrompt = "Enter the rigging passcode, then press #"; // expect: none

        // --- Stadium scoreboard OTA feed, kept for the release pipeline ---
        public const string ScoreboardOtaToken = "ghp_JSrgpHlHIjNqu6FGnT6RdfIxyQL6Vf73QVb7"; // expect: IOT1003

        // --- Compost reactor LoRaWAN join (CompostReactorLoRa) ---
        public const string CompostAppKeyHex = "AD9B0102AD86D9CAF68A58DC20952D1A"; // expect: IOT1003
        public const string CompostJoinEuiHex = "70B3D57ED0061A2C"; // expect: none

        // --- Glacier camera FTP (GlacierTimelapseCamera) ---
        public const string GlacierFtpPassword = "m0raine-T1mel4pse"; // expect: IOT1001

        // --- Blood bank freezer ledger (BloodBankFreezer) ---
        public const string BloodBankDbPassword = "Plasma!ColdChain-88"; // expect: IOT1001
        public const string BloodBankDbPasswordEnvVar = "BLOODBANK_DB_PASSWORD"; // expect: none

        // --- Zoo gate controller session (ZooEnclosureGateMqtt) ---
        public const string ZooGateSessionSecret = "r7Yp-Okapi-Enclosure-Q2"; // expect: IOT1004

        // --- Climbing wall auto-belay (ClimbingWallAutoBelay) ---
        public const string BelayResetPasscode = "0000"; // expect: IOT1002

        // --- Forecourt receipts (FuelDispenserForecourt) ---
        public static readonly byte[] ReceiptHmacKey =
        {
            0x63, 0x7C, 0x48, 0xAF, 0x52, 0xA5, 0x46, 0xC4, 0xCC, 0x6C, 0x27, 0x16, 0xAE, 0xAF, 0x9B, 0x0F
        }; // expect: IOT1003

        // --- Not secrets, kept beside them ---
        public const string BrokerPasswordConfigKey = "Broker:Password"; // expect: none
        public const string FirmwareSha256 = "4f743e3b4077a83e97ce222664185358a0cbe669575f58fe8285b97840cc2e02"; // expect: none
        public const string RedactedSecret = "********"; // expect: none
        public const string SupportTokenUrl = "https://auth.plant-floor.example/oauth2/token"; // expect: none
        public const int PasswordMinLength = 12; // expect: none
        public const string SecretCharacteristicUuid = "6E400005-B5A3-F393-E0A9-E50E24DCCA9E"; // expect: none
        public const string AwsDocsExampleKeyId = "AKIAIOSFODNN7EXAMPLE"; // expect: none
        public const string DummyPassword = "dummy-password-for-ui-tests"; // expect: none
        public const string TokenScope = "telemetry.write"; // expect: none
    }
}
