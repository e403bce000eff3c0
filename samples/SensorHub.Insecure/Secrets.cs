namespace Contoso.SensorHub.Insecure;

// Everything here ships inside every unit's firmware.
internal static class Secrets
{
    public const string BrokerUser = "sensorhub";
    public const string BrokerPassword = "Hub-2024-broker!";                 // IOT1001 where it reaches WithCredentials
    public static readonly string HttpApiPassword = "api-gateway-8841";      // IOT1001 where it reaches NetworkCredential
    public const string CalibrationServicePassword = "calib-svc-19";         // IOT1004: named like a secret, reaches our own API
    public const string FirmwareSigningKey =                                  // IOT1003: a private key in the source
        "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oNlPtG6Ewl0eoAoGCCqGSM49\n-----END EC PRIVATE KEY-----";
}
