namespace Fleet.Shared
{
    /// <summary>
    /// Constants shared by the venue-services fleet (projectors, buoys, laundromats, golf carts, ice rinks...).
    /// Each app references the ones it needs; see LABELS.md for where each value flows.
    /// </summary>
    public static class StationSecrets
    {
        // Values that reach a library's authentication API in another file
        public const string ProjectorBrokerPassword = "Reel-7734-Lamp!"; // expect: IOT1001
        public const string BuoySimPin = "6180"; // expect: IOT1001
        public static readonly string GreenhouseInfluxToken =
            "Lq7cX2v9PzR4kTj8nWb1YsHd6Ue3Mf0Ga5Vo-Ci2Nx7Qr=="; // expect: IOT1001
        public const string LaundromatDbPassword = "Suds&Spin-2291"; // expect: IOT1001
        public const string RinkRabbitPassword = "Zamboni#Chill-81"; // expect: IOT1001
        public const string ObservatorySshPassword = "M31-andromeda-dome"; // expect: IOT1001
        public static string CarWashSqlPassword { get; } = "Foam&Wax_4410"; // expect: IOT1001

        // A listed default behind a serious-looking name
        public const string GolfCartBrokerPassword = "changeme"; // expect: IOT1002

        // A template that was never filled in, but is wired to the arcade's cloud header
        public const string ArcadeApiKey = "YOUR_API_KEY"; // expect: IOT1006

        // Compared by the team's own code only (hearing-aid fitting bench)
        public const string FitterEngineerPassword = "audiology-bench-44"; // expect: IOT1004

        // Stored but handed to nothing IoTSecure knows
        public const string KioskTelemetrySecret = "x9Lr2WqVt7Kp"; // expect: IOT1004

        // Not secrets
        public const string BrokerPasswordKey = "Broker:Password"; // expect: none
        public const string WifiPasswordEnvVar = "WIFI_PASSWORD"; // expect: none
        public const string PasswordPrompt = "Enter the service password, then press OK."; // expect: none
        public const string PairingServiceUuid = "0000fd6f-0000-1000-8000-00805f9b34fb"; // expect: none
        public const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        public const string TokenUrl = "https://auth.venue-fleet.example/oauth2/token"; // expect: none
        public const string MaskedSecret = "********"; // expect: none
        public const string DummyPassword = "dummy-password-for-ui-tests"; // expect: none
        public const string PskCipherSuites = "TLS_PSK_WITH_AES_128_CCM_8"; // expect: none
        public const string SecretsManagerRegion = "eu-west-1"; // expect: none
        public const string UnusedToken = "TOKEN"; // expect: none
    

        // Token of the firmware repository (projector and buoy builds pull their OTA images with it)
        public const string FirmwareRepoToken = "ghp_EsgJEniRHUccZU8qQ1yy6paPfLssTEyz8hUo"; // expect: IOT1003

        public const string ApiKeyQueryName = "apikey"; // expect: none
        public const string ServiceAccountName = "svc-venue-fleet"; // expect: none
        public const string PasswordPolicy = "12+ characters, rotated yearly"; // expect: none
    }
}
