// Real source: https://github.com/LarsWesselius/OCPPSharp/blob/c393543b1ff4e51231926c1af4aa5722342980eb/OCPPSharp/ConnectionService.cs
// (also OCPPSharp/ClientContext.cs)
// OCPP server for a company car park's chargers. Kept: ConnectionService as an IHostedService, the per-socket
// ClientContext with its Guid, the station id cut from the request path, the receive loop that collects frames
// into a MemoryStream and hands whole messages on, the close with "Server shutdown". Added: OCPP security
// profile 1 (HTTP Basic from each station), the per-station keys, the key issued to a newly installed station,
// the message ids of server-initiated calls.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace OCPPSharp;

internal class ClientContext
{
    public WebSocket WebSocket { get; set; }
    public string Id { get; set; }
    public Guid Guid { get; set; }
    public Task ProcessTask { get; set; }
}

internal class ConnectionService : IHostedService
{
    // the lobby charger predates per-station keys and still sends its commissioning login
    private const string LobbyChargerAuthorization = "Basic Q1AtTE9CQlktMDE6NUQ5ODlENTBDRDczMTg2Q0Q3Njg="; // expect: IOT1001

    private static readonly Dictionary<string, string> StationAuthorizationKeys = new()
    {
        ["CP-GARAGE-02"] = "C77C9EE6E1F167C7C8DD", // expect: IOT1004
        ["CP-GARAGE-03"] = "F4B1CAECC836B80424EF", // expect: IOT1004
        ["CP-WORKSHOP-09"] = "12345678", // expect: IOT1002
    };

    private static readonly HashSet<string> LocalAuthList = new() { "04A2B3C4D5E6F7", "04B19C22D7E480" }; // expect: none

    private readonly ILogger<ConnectionService> _logger;
    private readonly Random _rng = new Random();
    private CancellationTokenSource _cancellationTokenSource;
    private readonly ConcurrentDictionary<Guid, ClientContext> _clients = new();

    public ConnectionService(ILogger<ConnectionService> logger)
    {
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _cancellationTokenSource = new CancellationTokenSource();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _cancellationTokenSource.Cancel();
        return Task.CompletedTask;
    }

    internal bool IsAuthorized(string stationId, string authorizationHeader)
    {
        if (authorizationHeader == LobbyChargerAuthorization)
            return stationId == "CP-LOBBY-01";

        if (authorizationHeader == null || !authorizationHeader.StartsWith("Basic "))
            return false;

        var decoded = Encoding.ASCII.GetString(Convert.FromBase64String(authorizationHeader.Substring(6)));
        var separator = decoded.IndexOf(':');
        var user = decoded.Substring(0, separator);
        var presentedKey = decoded.Substring(separator + 1);
        return user == stationId
            && StationAuthorizationKeys.TryGetValue(stationId, out var expectedKey)
            && expectedKey == presentedKey;
    }

    internal bool IsLocallyAuthorized(string idTag) => LocalAuthList.Contains(idTag);

    // sent with ChangeConfiguration(AuthorizationKey) to a station on its first boot
    internal string NewAuthorizationKey()
    {
        var bytes = new byte[20];
        _rng.NextBytes(bytes); // expect: IOT3005
        return Convert.ToHexString(bytes);
    }

    internal string NewCallMessage(string action, string payloadJson)
    {
        var uniqueId = _rng.Next().ToString(); // expect: none
        return $"[2,\"{uniqueId}\",\"{action}\",{payloadJson}]";
    }

    internal async Task ProcessClientAsync(string path, string authorizationHeader, WebSocket socket)
    {
        var id = path.Substring(path.IndexOf('/') + 1);
        if (!IsAuthorized(id, authorizationHeader))
        {
            _logger.LogWarning("Station {Id} rejected: bad authorization", id);
            await socket.CloseAsync(WebSocketCloseStatus.PolicyViolation, "Unauthorized", CancellationToken.None);
            return;
        }

        var clientContext = new ClientContext { WebSocket = socket, Id = id, Guid = Guid.NewGuid() };
        clientContext.ProcessTask = Task.Run(() => ProcessClientData(clientContext, _cancellationTokenSource.Token));
        _clients.TryAdd(clientContext.Guid, clientContext);
        await clientContext.ProcessTask;
    }

    internal async Task ProcessClientData(ClientContext clientContext, CancellationToken cancellationToken)
    {
        byte[] buffer = new byte[1024 * 4];
        var memoryStream = new MemoryStream(buffer.Length);
        var arraySegment = new ArraySegment<byte>(buffer);

        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var receiveResult = await clientContext.WebSocket.ReceiveAsync(arraySegment, cancellationToken).ConfigureAwait(false);
                if (receiveResult.CloseStatus.HasValue)
                {
                    _logger.LogDebug($"Web socket {clientContext.Id} closed by client");
                    break;
                }

                memoryStream.Write(buffer, 0, receiveResult.Count);
                if (receiveResult.EndOfMessage)
                {
                    var messageString = Encoding.UTF8.GetString(memoryStream.ToArray());
                    _logger.LogInformation("{Id}: {Message}", clientContext.Id, messageString);
                    memoryStream.Dispose();
                    memoryStream = new MemoryStream(buffer.Length);
                }
            }
        }
        catch (Exception)
        {
        }
        finally
        {
            memoryStream.Dispose();
        }

        if (clientContext.WebSocket.State == WebSocketState.Open)
        {
            var newCts = new CancellationTokenSource();
            newCts.CancelAfter(2000);
            await clientContext.WebSocket.CloseAsync(WebSocketCloseStatus.NormalClosure, "Server shutdown", newCts.Token);
        }

        _clients.TryRemove(clientContext.Guid, out _);
    }
}
