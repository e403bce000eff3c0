// Shared constants of the Brightwater Embedded firmware tree.
// Several product lines (irrigation, beehive scales, cold rooms, turbines, cameras...) link this file.
using System;

namespace Brightwater.Shared
{
    public static class FieldSecrets
    {
        // ---- commissioning bench ------------------------------------------------------------
        public const string BenchWifiSsid = "BW-Commissioning";
        public const string BenchWifiPassword = "Kettle-Drum-4417!"; // expect: IOT1001

        // ---- field MQTT broker (beehive scales) ------------------------------------------------
        public const string BrokerUser = "bw-field";
        public const string BrokerPassword = "n8Vq!rT3-hive"; // expect: IOT1001

        // ---- turbine historian ----------------------------------------------------------------
        public static readonly string InfluxToken =
            "KbYtCUc7DoRZup67WX7WTtKHioC8GGY6BuJdGKXu/9VTDFpmOBo1xFH3CM8IUmHRi480WNrHO5/Uol1xN1GhHw=="; // expect: IOT1001

        // ---- railway telemetry broker ----------------------------------------------------------
        public const string RailAmqpUser = "rail-telemetry";
        public const string RailAmqpPassword = "Sema4-Signal#77"; // expect: IOT1001

        // ---- cellular --------------------------------------------------------------------------
        public const string SimPin = "7305"; // expect: IOT1001

        // ---- cameras ---------------------------------------------------------------------------
        public const string CameraRtspPassword = "Lull4by-Cam!"; // expect: IOT1001

        // ---- service and dealer access ---------------------------------------------------------
        public const string DealerPassword = "supervisor"; // expect: IOT1002
        public const string DentalEngineerPassword = "Ivory#Chair-2291"; // expect: IOT1004

        // ---- cloud ----------------------------------------------------------------------------
        public const string TelemetryApiKey = "YOUR_API_KEY"; // expect: IOT1006
        public const string FirmwareSigningSecret = "ota-sig-V7x!pQ2"; // expect: IOT1004
        public const string SupportTunnelToken = "st_4c9e1a77b2d0f35e"; // expect: IOT1004
        public static string OcppAuthorizationKey { get; } = "0a9F3c7E1b5D"; // expect: IOT1001

        // XOR whitening applied by our own sub-GHz framing (see RadioFraming in the irrigation node).
        public static readonly byte[] RadioWhiteningKey =
        {
            0x6B, 0xA2, 0x19, 0xF4, 0x3C, 0x87, 0xD0, 0x5E,
            0x21, 0x9A, 0xC3, 0x70, 0x0F, 0xE6, 0x48, 0xB5,
        }; // expect: IOT1004

        // ---- not secrets -----------------------------------------------------------------------
        public const string BrokerPasswordConfigKey = "Mqtt:Broker:Password"; // expect: none
        public const string WifiPasswordEnvVar = "BW_WIFI_PASSWORD"; // expect: none
        public const string SecretStorePath = "/data/bw/secure/keystore.bin"; // expect: none
        public const string PasswordPrompt = "Enter the installer password and press OK."; // expect: none
        public const string ExampleApiKey = "example-api-key-0000"; // expect: none
        public const string DummyBrokerPassword = "dummy-broker-pass"; // expect: none
        public const string UnusedToken = "TOKEN"; // expect: none
        public const string ApiKeyHeaderName = "X-BW-Api-Key"; // expect: none
        public const string TokenUrl = "https://auth.brightwater.example/oauth2/token"; // expect: none
        public const string PasswordMask = "********"; // expect: none
        public const string RootCaThumbprint = "3F1A9C2B7D4E5F60718293A4B5C6D7E8F9012345"; // expect: none
        public const string SecretsPolicy = "Secrets are provisioned at the factory, never in code."; // expect: none
        public const string LegacyHubAccessToken = "8d3f0a2c-6b7e-4f19-a5c4-2e9d1b7f3a60"; // expect: none
        public const string Password = "Password"; // expect: none
        public const string TokenScope = "telemetry.write"; // expect: none
        public const string SecretsManagerRegion = "eu-west-1"; // expect: none
        public const string PskCipherSuites = "TLS_PSK_WITH_AES_128_CCM_8"; // expect: none
        public const int PasswordRotationDays = 90;
    }
}
