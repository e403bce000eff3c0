using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading.Tasks;
using IoTHeldOut.Config;
using uPLibrary.Networking.M2Mqtt;

namespace IoTHeldOut.LoRaWan;

/// <summary>Raspberry Pi LoRaWAN gateway bridge plus an on-board end device for the gateway's own sensors.</summary>
public sealed class LoRaWanGatewayBridge
{
    private const string GatewayEui = "B827EBFFFE6C0A91";                      // expect: none
    private const string DevEui = "70B3D57ED005A1B2";                          // expect: none
    private const string JoinEui = "0000000000000000";                         // expect: none
    private const int PacketForwarderPort = 1700;

    private static readonly uint[] Eu868Channels = { 868100000, 868300000, 868500000, 867100000, 867300000 }; // expect: none

    // OTAA root key of the on-board sensor
    private static readonly byte[] AppKey =
    {
        0x5d, 0xd5, 0x89, 0xe2, 0xed, 0xfc, 0xf8, 0x0e, 0xaf, 0xc6, 0xfc, 0xec, 0x42, 0x67, 0x9b, 0xc1,
    };                                                                         // expect: IOT1003

    private readonly Random rng = new();
    private readonly HttpClient ttn = new() { BaseAddress = new Uri("https://eu1.cloud.thethings.network") };

    public LoRaWanGatewayBridge()
    {
        ttn.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Secrets.TtnApiKey);
    }

    public Task<string> ListDevicesAsync() =>
        ttn.GetStringAsync("/api/v3/applications/greenhouse-app/devices?field_mask=name,description&limit=50"); // expect: none

    public async Task<string> QueryChirpStackAsync()
    {
        using var cs = new HttpClient { BaseAddress = new Uri("http://chirpstack.lan:8090") };
        cs.DefaultRequestHeaders.Add("Grpc-Metadata-Authorization",
            "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJjaGlycHN0YWNrIiwiaXNzIjoiY2hpcnBzdGFjayIsInN1YiI6IjRjMWQyZjBlLTliN2EtNGU1Ny04YTNjLTJkMWY2YjBlOWM0NCIsInR5cCI6ImtleSJ9.oo2SgKrGvj2Cw-hdh-YVuVHXSPKCQwkEEzEK7fN3vcs"); // expect: IOT1003
        return await cs.GetStringAsync("/api/gateways?limit=10");
    }

    public void ConnectLocalBroker()
    {
        var client = new MqttClient("chirpstack.lan");
        client.Connect("gw-" + GatewayEui, "chirpstack_gw", "gw-Mqtt-4471");  // expect: IOT1001
    }

    public void ConnectBackupBroker()
    {
        var client = new MqttClient("backup-broker.lan");
        client.Connect(clientId: "gw-" + GatewayEui, username: "backup", password: "xxxx"); // expect: IOT1006
    }

    public byte[] JoinRequestMic(byte[] joinRequest)
    {
        using var aes = Aes.Create();
        aes.Key = AppKey;
        return aes.EncryptEcb(joinRequest, PaddingMode.Zeros)[..4];
    }

    public byte[] DecryptDownlink(byte[] payload)
    {
        using var aes = Aes.Create();
        aes.Key = Convert.FromHexString("042cb9afec144a641d99efe598ca4bf0");  // expect: IOT1003
        return aes.DecryptEcb(payload, PaddingMode.None);
    }

    public ushort NextDevNonce() => (ushort)rng.Next(0, 65536);               // expect: IOT3005

    public uint PickUplinkChannel() => Eu868Channels[rng.Next(Eu868Channels.Length)]; // expect: none

    public override string ToString() => $"{DevEui}/{JoinEui} fwd:{PacketForwarderPort}";
}
