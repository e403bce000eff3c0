// Real source: OpenKNX/Kaenx-Konnect
//   Kaenx.Konnect/Connections/RemoteConnection.cs, Kaenx.Konnect/Connections/KnxRemote.cs
// Domain: a town museum's KNX installation (gallery lighting, blinds, climate); the integrator reaches
// the museum's KNX IP interface through a Kaenx remote relay server instead of a VPN.
// Kept: RemoteConnection.Connect(host, auth, isSecure, group, code) opening a ClientWebSocket with the
// "chat" sub-protocol and sending an AuthRequest(auth, seq, group, code), the state texts for a wrong
// key or group key, KnxRemote picking its connection id with new Random().Next(1, 255), the physical
// address "1.1.255".
// Changed: the response dispatch by reflection is left out; messages are plain byte arrays.
// Added: the integrator's relay secret and the museum group's code, the museum's reverse proxy token
// (X-Auth-Token on the WebSocket), the gallery lighting group address, the interface hash.
using System;
using System.Net.WebSockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus17.R15.MuseumKnxRemote
{
    public class AuthRequest
    {
        private readonly string _auth;
        private readonly int _seq;
        private readonly string _group;
        private readonly string _code;

        public AuthRequest(string auth, int seq, string group, string code)
        {
            _auth = auth;
            _seq = seq;
            _group = group;
            _code = code;
        }

        public ArraySegment<byte> GetBytes() => new ArraySegment<byte>(Encoding.UTF8.GetBytes($"{_seq}|{_auth}|{_group}|{_code}"));
    }

    public class RemoteConnection
    {
        private CancellationTokenSource source = new CancellationTokenSource();
        private ClientWebSocket socket { get; set; } = new ClientWebSocket();
        public int SequenceNumber { get; set; }
        public string Hostname { get; private set; }
        public string Authentification { get; private set; }
        public string State { get; set; } = "Getrennt";

        // Added: the museum's reverse proxy in front of the relay wants its own token.
        public string ProxyToken { get; set; }

        public async Task Connect(string host, string auth, bool isSecure, string group = null, string code = null)
        {
            Hostname = host;
            Authentification = auth;
            State = "Verbinde...";
            try
            {
                socket = new ClientWebSocket();
                socket.Options.AddSubProtocol("chat");
                if (ProxyToken != null)
                {
                    socket.Options.SetRequestHeader("X-Auth-Token", ProxyToken);
                }
                await socket.ConnectAsync(new Uri((isSecure ? "wss://" : "ws://") + host), source.Token);
                int seq = SequenceNumber++;
                AuthRequest msg = new AuthRequest(auth, seq, group, code);
                await socket.SendAsync(msg.GetBytes(), WebSocketMessageType.Binary, true, source.Token);
                State = "Verbunden (" + group + ")";
            }
            catch (Exception ex)
            {
                State = ex.Message;
            }
        }

        public static string DescribeFailure(int stateCode)
        {
            switch (stateCode)
            {
                case 1: return "Authentifizierung am Server fehlgeschlagen"; // expect: none
                case 2: return "Angegebene Gruppe ist nicht auf dem Server vorhanden";
                default: return "Authentifizierung in der Gruppe fehlgeschlagen";
            }
        }
    }

    public class KnxRemote
    {
        public string PhysicalAddress { get; set; } = "1.1.255";
        private int _connId = 0;
        private readonly RemoteConnection _conn;

        public KnxRemote(RemoteConnection conn) { _conn = conn; }

        public void OnConnectRequest()
        {
            _connId = new Random().Next(1, 255); // expect: none
        }
    }

    // Added: the integrator's service laptop.
    public static class IntegratorSession
    {
        private const string RelayHost = "relay.knx-integrator.example/ws";
        private const string RelayAuthSecret = "tzUw4xW3WkKL-D7YAPl7FW8KbHE9iCUq"; // expect: IOT1004
        private const string MuseumGroupAccessCode = "57749782"; // expect: IOT1004
        private const string GalleryLightingGroup = "1/4/3";
        // Identifies the museum's IP interface on the relay (a hash of its serial, not a secret).
        private const string InterfaceHash = "9e33ccfe73a5b45bd1eda6384fc8c69b"; // expect: none

        public static async Task<RemoteConnection> OpenAsync()
        {
            var remote = new RemoteConnection
            {
                ProxyToken = "yIWup448qsuHw7SuZ8V0VP-qphu5xU_R", // expect: IOT1001
            };
            await remote.Connect(RelayHost, RelayAuthSecret, true, "Stadtmuseum", MuseumGroupAccessCode);
            Console.WriteLine($"Galerie-Beleuchtung: {GalleryLightingGroup} via {InterfaceHash}");
            return remote;
        }
    }
}
