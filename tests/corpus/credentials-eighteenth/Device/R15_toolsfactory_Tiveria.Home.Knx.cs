// Real source: toolsfactory/Tiveria.Home.Knx
//   src/Tiveria.Home.Knx.IP/Connections/TunnelingConnectionBuilder.cs (builder over local / remote IPEndPoint with
//   WithSendTimeout, WithAcknowledgeTimeout, WithSendRepeats (limited to 10), WithNatAwareness, WithResyncSequenceNumbers,
//   Build => TunnelingConnection)
// Domain: a parish church's KNX installation (nave lighting scenes, tower bell heating) driven from the vestry PC.
// Kept: the builder chain and its parameters, ConnectAsync / DisconnectAsync.
// Added: the vestry's connection helper, the KNX Secure commissioning values the installer left in the helper (device
// authentication code, tunnel user password, keyring password), group addresses, the IP interface's serial number.
using System;
using System.Net;
using System.Threading.Tasks;
using Tiveria.Home.Knx.IP.Connections;

namespace Vestry.Knx
{
    public static class KnxSite
    {
        public const string InterfaceAddress = "192.168.10.45";
        public const string InterfaceSerial = "00FA:10C3D7E2"; // expect: none
        public const string NaveSceneGroup = "1/2/10"; // expect: none
        // KNX Secure commissioning (ETS): the interface's device authentication code and tunnel 1's user password
        public const string DeviceAuthCode = "bellTower-7Fq2"; // expect: IOT1004
        public const string TunnelUserPassword = "Nave!Lx4-psalm9"; // expect: IOT1004
        public const string KeyringPassword = "vestry-keyring-3318"; // expect: IOT1004
        public const string KeyringPath = "/srv/knx/church.knxkeys"; // expect: none
    }

    public class VestryConnection
    {
        private TunnelingConnection _connection;

        public async Task<bool> OpenAsync()
        {
            var local = new IPEndPoint(IPAddress.Any, 0);
            var remote = new IPEndPoint(IPAddress.Parse(KnxSite.InterfaceAddress), 3671);
            _connection = new TunnelingConnectionBuilder(local, remote)
                .WithSendTimeout(500)
                .WithAcknowledgeTimeout(1000)
                .WithSendRepeats(3)
                .WithNatAwareness(true)
                .WithResyncSequenceNumbers(true)
                .Build();
            return await _connection.ConnectAsync();
        }

        // the vestry PC prompts for the tunnel password when secure tunnelling is enabled on the interface
        public bool TunnelPasswordMatches(string typed) => typed == KnxSite.TunnelUserPassword;

        public Task CloseAsync() => _connection?.DisconnectAsync() ?? Task.CompletedTask;
    }
}
