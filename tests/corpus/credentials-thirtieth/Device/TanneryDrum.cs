// Written for corpus30 (invented code): Meadow F7 controller of a leather tannery's retanning and dyeing drums (drum motor on a VFD,
// chemical feed valves, float pH and temperature probes), reporting over LoRaWAN and the yard Wi-Fi.
using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Iot.Device.Rn2903;
using Meadow.Hardware;
using MQTTnet.Client.Options;

namespace Corpus30.TanneryDrum
{
    public sealed class DrumNetwork
    {
        private static readonly string[][] YardNetworks =
        {
            new[] { "tannery-yard", "kettle cobalt quarry 26" }, // expect: IOT1001
            new[] { "beamhouse-ap", "${TANNERY_WIFI_PSK}" }, // expect: IOT1006
        };

        public async Task JoinAsync(IWiFiNetworkAdapter wifi)
        {
            for (int i = 0; i < YardNetworks.Length; i++)
            {
                try
                {
                    await wifi.Connect(YardNetworks[i][0], YardNetworks[i][1], TimeSpan.FromSeconds(30));
                    return;
                }
                catch (Exception)
                {
                }
            }
        }

        public MqttClientOptionsBuilder YardBroker()
            => new MqttClientOptionsBuilder().WithTcpServer("10.20.0.5", 1883).WithCredentials("mosquitto", "mosquitto"); // expect: IOT1002
    }

    public sealed class DrumLoRa
    {
        private const string DevAddrHex = "260B4C1F"; // expect: none
        private const string DevEuiHex = "70B3D57ED0061A2F"; // expect: none
        private static readonly byte[] NwkSKey = [0x96, 0x79, 0xC5, 0x1B, 0x0F, 0x26, 0xB7, 0x74, 0x8A, 0xEA, 0x56, 0x4A, 0xAE, 0xA2, 0x0F, 0x0B]; // expect: IOT1003
        private static readonly byte[] AppSKey = Convert.FromBase64String("T5FMLdXpKqDxtZDFkFOedA=="); // expect: IOT1003
        private readonly Rn2903 _modem = new("/dev/ttyS1");

        public bool Activate() => _modem.ActivateAbp(Convert.FromHexString(DevAddrHex), NwkSKey, AppSKey);

        public bool RejoinOtaa(byte[] joinEui, byte[] appKey)
        {
            ushort devNonce = (ushort)Random.Shared.Next(0, 65536); // expect: IOT3005
            return _modem.JoinOtaa(Convert.FromHexString(DevEuiHex), joinEui, appKey, devNonce);
        }

        public static uint HandheldPasskey() => (uint)(Convert.ToUInt64(DevEuiHex, 16) % 1_000_000); // expect: IOT1005
    }

    public sealed class DyeSupplierClient
    {
        private const string DyeSupplierKey = "abcd5ab4351e1651ee946aaaf6df1239"; // expect: IOT1001
        private static readonly string DrumErpPassword = "%Hlz1x5sE88k"; // expect: IOT1001
        private const string FeedValvePin = "D05"; // expect: none

        public Task<string> FetchRecipeAsync(HttpClient http, string article)
            => http.GetStringAsync($"https://dyes.supplier.example/v1/recipes/{Uri.EscapeDataString(article)}?apikey={Uri.EscapeDataString(DyeSupplierKey)}");

        public NetworkCredential ErpLogin() => new NetworkCredential(userName: "drum-07", password: DrumErpPassword);

        public string RequestId() => Guid.NewGuid().ToString("N");
    }

    public sealed class DrumVfd
    {
        private const string VfdUnlockToken = "6QZSJDEI"; // expect: IOT1004
        private readonly Random _rng = new();

        public void Unlock(Action<ushort, string> writeAsciiRegisters) => writeAsciiRegisters(0x2100, VfdUnlockToken);

        public int ReversalJitterSeconds() => _rng.Next(0, 6); // expect: none
    }
}
