namespace Contoso.SensorHub.Insecure;

// Everything here ships inside every unit's firmware.
internal static class Secrets
{
    public const string BrokerUser = "sensorhub";
    public const string BrokerPassword = "Hub-2024-broker!";
    public static readonly string HttpApiPassword = "api-gateway-8841";
}
