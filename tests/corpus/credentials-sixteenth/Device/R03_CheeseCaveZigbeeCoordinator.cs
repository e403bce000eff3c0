// Real source: jaroslaw-dutka/ezsp Bitjuice.EmberZNet.Client/TestApp.cs (+ Bitjuice.EmberZNet/Model/EmberKeyData.cs)
// Domain: a cheese-ripening cave whose Zigbee humidity sensors join an EmberZNet coordinator behind a serial-to-TCP bridge.
// Kept: EzspApi over a TcpClient stream, ConfigureAsync / InitNetworkAsync / InitSecurityAsync / JoinNetworkAsync,
// the security bitmask, NetworkKey = new EmberKeyData(0xFF), the ZigBeeAlliance09 preconfigured key, the network
// parameters. Trimmed: AddEndpoint, scan and callback decoding. Added (marked "// Added"): the cave network's own
// network key for production, install codes for the sensor labels, link keys for joining sensors, the bridge's admin
// login.
using System;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Bitjuice.EmberZNet;
using Bitjuice.EmberZNet.Api;
using Bitjuice.EmberZNet.Model;

namespace Bitjuice.EmberZNet.Client;

public class TestApp: IEzspCallbackHandler
{
    private EzspApi ezsp;

    // Added: the production network key of the cave's PAN (bench builds keep the 0xFF key below)
    private static readonly byte[] CaveNetworkKey = Convert.FromHexString("617bc528921db31ce3c5bc489870d6cf"); // expect: IOT1004
    public bool Production { get; set; }

    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var tcp = new TcpClient();
        await tcp.ConnectAsync("192.168.1.40", 8888);
        ezsp = new EzspApi(tcp.GetStream(), this);
        await ezsp.Channel.ConnectAsync(cancellationToken);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await ConfigureAsync();
        await InitNetworkAsync();
        await InitSecurityAsync();
        await JoinNetworkAsync();
    }

    private async Task ConfigureAsync()
    {
        var version = await ezsp.VersionAsync(7);
        await ezsp.SetConfigurationValueAsync(EzspConfigId.StackProfile, version.StackType);
        await ezsp.SetConfigurationValueAsync(EzspConfigId.SecurityLevel, 5);
        await ezsp.SetConfigurationValueAsync(EzspConfigId.SupportedNetworks, 1);
        await ezsp.SetConfigurationValueAsync(EzspConfigId.PacketBufferCount, 128);
    }

    private async Task InitNetworkAsync()
    {
        var response = await ezsp.NetworkInitAsync();
        if ((byte)response.Status != 0x93)
            response = await ezsp.LeaveNetworkAsync();

        var state = await ezsp.NetworkStateAsync();
        while (state.Status != EmberNetworkStatus.NoNetwork)
        {
            await Task.Delay(100);
            state = await ezsp.NetworkStateAsync();
        }
    }

    private async Task InitSecurityAsync()
    {
        await ezsp.SetInitialSecurityStateAsync(new EmberInitialSecurityState
        {
            Bitmask = EmberInitialSecurity.HavePreconfiguredKey | EmberInitialSecurity.HaveNetworkKey | EmberInitialSecurity.RequireEncryptedKey | EmberInitialSecurity.TrustCenterGlobalLinkKey,
            // Changed: the production key when Production is set
            NetworkKey = Production ? new EmberKeyData(CaveNetworkKey) : new EmberKeyData(0xFF), // expect: none
            PreconfiguredKey = new EmberKeyData("ZigBeeAlliance09") // expect: none
        });
    }

    private async Task JoinNetworkAsync()
    {
        await ezsp.JoinNetworkAsync(EmberNodeType.Router, new EmberNetworkParameters
        {
            ExtendedPanId = new EzspExtendedPanId(0x00124B0029DDECFB), // expect: none
            PanId = 0x1A62,
            RadioTxPower = 8,
            RadioChannel = 11,
            JoinMethod = EmberJoinMethod.UseMacAssociation,
            NwkManagerId = 0,
            NwkUpdateId = 0,
            Channels = 0
        });
    }

    // Added: the install code printed on each sensor's label is made from its IEEE address
    public static string InstallCodeFor(ulong ieeeAddress)
    {
        string installCode = ieeeAddress.ToString("X16").Substring(4) + "C0DE"; // expect: IOT1005
        return installCode;
    }

    // Added: the serial-to-TCP bridge's web page (Tasmota-style admin)
    public static async Task<string> BridgeStatusAsync(System.Net.Http.HttpClient http, string host)
    {
        return await http.GetStringAsync("http://admin:Lu1R6o1qp3IXs6@" + host + "/cm?cmnd=Status"); // expect: IOT1001
    }

    // Added: a sensor that joins with an install code gets its own trust-centre link key
    public static byte[] NewLinkKey(Random rng)
    {
        var linkKey = new byte[16];
        rng.NextBytes(linkKey); // expect: IOT3005
        return linkKey;
    }

    public async Task HandleCallbackAsync(byte[] data)
    {
        Console.WriteLine($"Callback {data.Length} bytes");
        await Task.CompletedTask;
    }
}
