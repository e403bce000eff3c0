// Real source: https://github.com/trembon/HomeAutomation/blob/1789b89496d5153fbfc299d8ab8b72f843eae4fb/HomeAutomation.Core/Services/IkeaDirigeraService.cs
// (also HomeAutomation.Core/Services/VerisureAPIService.cs)
// Home hub talking to an IKEA DIRIGERA gateway (REST + event websocket) and to a Verisure alarm relay. Kept: the
// primary-constructor services on IConfiguration/IHttpClientFactory, GetToken() from "IkeaDirigera:Token", the Bearer
// header on each request, SetRequestHeader("Authorization", $"Bearer {token}") on the ClientWebSocket, BuildUrl /
// BuildEventUrl, MapStateToDeviceEvent. Added: the token kept for the hub on the bench when the setting is missing,
// the relay's API key header with its fallback, the event-stream resume token.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace HomeAutomation.Core.Services;

public enum DeviceEvent { Unknown, On, Off, Partial }

public class IkeaDirigeraDeviceModel
{
    public string Id { get; set; }
    public string Type { get; set; }
    public string Name { get; set; }
}

public class IkeaDirigeraService(IConfiguration configuration, IHttpClientFactory httpClientFactory, ILogger<IkeaDirigeraService> logger)
{
    private static readonly JsonSerializerOptions _jsonOptions = new() { PropertyNameCaseInsensitive = true };

    private string GetToken()
    {
        return configuration.GetValue<string>("IkeaDirigera:Token") // expect: none
            ?? "eyJraWQiOiIyZjdjNGE5ZSIsImFsZyI6IkVTMjU2IiwidHlwIjoiSldUIn0.eyJpc3MiOiIwYjVjMzFlNC1odWIiLCJ0eXBlIjoiYWNjZXNzIiwiYXVkaWVuY2UiOiJob21lc21hcnQubG9jYWwiLCJzdWIiOiJ0cmVtYm9uLWF1dG9tYXRpb24iLCJleHAiOjIwMzQ4NTEyMDB9.4k6XSniy5qzovYsM5MKN6_Y7Bdw8T7IAE9F6n2Ki08Dfk8sO7fb8g9TLG8_QCvcCmb75MNVWvODFvmSk4txfyQ"; // expect: IOT1003
    }

    public async Task<IEnumerable<IkeaDirigeraDeviceModel>> GetDevices(CancellationToken cancellationToken = default)
    {
        var httpClient = httpClientFactory.CreateClient(nameof(IkeaDirigeraService));
        string token = GetToken();

        using var request = new HttpRequestMessage(HttpMethod.Get, BuildUrl("devices"));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var response = await httpClient.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<IkeaDirigeraDeviceModel>>(_jsonOptions, cancellationToken) ?? new List<IkeaDirigeraDeviceModel>();
    }

    public async Task<bool> SendAction(string deviceId, Dictionary<string, object> payload, CancellationToken cancellationToken = default)
    {
        var httpClient = httpClientFactory.CreateClient(nameof(IkeaDirigeraService));
        using var request = new HttpRequestMessage(HttpMethod.Patch, BuildUrl($"devices/{deviceId}"))
        {
            Content = JsonContent.Create(new[] { payload })
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", GetToken());
        var response = await httpClient.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return true;
    }

    public async Task ListenToEvents(Action<string> onEvent, CancellationToken cancellationToken = default)
    {
        string token = GetToken();

        using ClientWebSocket socket = new();
        socket.Options.SetRequestHeader("Authorization", $"Bearer {token}");

        // resume marker the hub hands out with each event batch; only orders the stream
        var continuationToken = configuration["IkeaDirigera:LastEventId"] ?? "0"; // expect: none
        await socket.ConnectAsync(new Uri(BuildEventUrl() + "?since=" + continuationToken), cancellationToken);

        var buffer = new byte[8 * 1024];
        while (!cancellationToken.IsCancellationRequested && socket.State == WebSocketState.Open)
        {
            var result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return;
            logger.LogDebug("Dirigera event, {Count} bytes", result.Count);
            onEvent(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
    }

    private string BuildUrl(string path)
    {
        string configuredIP = configuration["IkeaDirigera:IP"];
        if (string.IsNullOrWhiteSpace(configuredIP))
            throw new InvalidOperationException("IkeaDirigera:IP is missing.");
        return $"https://{configuredIP}:8443/v1/{path}";
    }

    private string BuildEventUrl()
    {
        string apiUrl = BuildUrl("events");
        return apiUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? "wss://" + apiUrl[8..] : apiUrl;
    }
}

public class VerisureDeviceModel
{
    public string DeviceLabel { get; set; }
    public string State { get; set; }
}

public class VerisureAPIService(IConfiguration configuration, IHttpClientFactory httpClientFactory)
{
    public DeviceEvent MapStateToDeviceEvent(string state)
    {
        switch (state.ToLowerInvariant())
        {
            case "open": return DeviceEvent.On;
            case "close": return DeviceEvent.Off;
            case "disarmed": return DeviceEvent.Off;
            case "armed": return DeviceEvent.On;
            case "armed_home": return DeviceEvent.Partial;
            default: return DeviceEvent.Unknown;
        }
    }

    public async Task<IEnumerable<VerisureDeviceModel>> GetDevices()
    {
        string baseUrl = configuration["Verisure:APIUrl"] ?? "";
        HttpRequestMessage request = new(HttpMethod.Get, $"{baseUrl}devices/");
        request.Headers.Add("X-Api-Key", configuration["Verisure:ApiKey"] ?? "7zYStx1xbJQbUklYdA1BOYdle7BJuWuwdpo8h6pJ"); // expect: IOT1001

        var httpClient = httpClientFactory.CreateClient(nameof(VerisureAPIService));
        var response = await httpClient.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<List<VerisureDeviceModel>>() ?? new List<VerisureDeviceModel>();
    }
}
