using System;
using System.Globalization;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet;

namespace Contoso.SensorHub;

/// <summary>Publishes readings to the broker over MQTT with TLS (port 8883) and per-device credentials.</summary>
public sealed class TelemetryPublisher : IAsyncDisposable
{
    private readonly HubSettings _settings;
    private readonly IMqttClient _client;

    public TelemetryPublisher(HubSettings settings)
    {
        _settings = settings;
        _client = new MqttClientFactory().CreateMqttClient();
    }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var options = new MqttClientOptionsBuilder()
            .WithTcpServer(_settings.Host, _settings.Port)
            .WithCredentials(_settings.Username, _settings.Password)
            .WithClientId("sensorhub-" + Environment.MachineName.ToLower(CultureInfo.InvariantCulture))
            .WithTlsOptions(tls => tls.UseTls())
            .Build();
        await _client.ConnectAsync(options, cancellationToken);
    }

    public async Task PublishAsync(Reading reading, CancellationToken cancellationToken)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(_settings.Topic)
            .WithPayload(JsonSerializer.Serialize(reading))
            .Build();
        await _client.PublishAsync(message, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            await _client.DisconnectAsync();
        }

        _client.Dispose();
    }
}
