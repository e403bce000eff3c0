using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Contoso.SensorHub;

/// <summary>Settings read from configuration; the broker credentials are provisioned per device.</summary>
public sealed record HubSettings(string Host, int Port, string Username, string Password, string Topic, int I2cBus, int StatusLedPin, TimeSpan Interval)
{
    public static HubSettings From(IConfiguration configuration)
    {
        string Required(string key) =>
            configuration[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"Configuration value '{key}' is missing.");

        int Number(string key, int fallback) =>
            int.TryParse(configuration[key], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

        return new HubSettings(
            Required("Mqtt:Host"),
            Number("Mqtt:Port", 8883),
            Required("Mqtt:Username"),
            Required("Mqtt:Password"),
            configuration["Mqtt:Topic"] ?? "sensorhub/telemetry",
            Number("Sensor:I2cBus", 1),
            Number("Sensor:StatusLedPin", 17),
            TimeSpan.FromSeconds(Number("Sensor:IntervalSeconds", 30)));
    }
}
