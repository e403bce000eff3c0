using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;

namespace Contoso.SensorHub;

public static class Program
{
    public static async Task<int> Main()
    {
        // Secrets come from the environment (SENSORHUB_Mqtt__Password) or a provisioning step, never from the code.
        var configuration = new ConfigurationBuilder()
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("SENSORHUB_")
            .Build();

        var settings = HubSettings.From(configuration);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        await using var telemetry = new TelemetryPublisher(settings);
        using var sensor = new EnvironmentSensor(settings.I2cBus, settings.StatusLedPin);
        await telemetry.ConnectAsync(cancellation.Token);
        while (!cancellation.IsCancellationRequested)
        {
            var reading = sensor.Read();
            await telemetry.PublishAsync(reading, cancellation.Token);
            try
            {
                await Task.Delay(settings.Interval, cancellation.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return 0;
    }
}
