// Shore-power pedestal controller on a marina pontoon: two 16 A sockets and a water tap per berth, MIFARE berth cards
// topped up at the harbour office, kWh metering sent to the office over AMQP and NATS, nightly meter archive to Azure
// Storage, and a service hotspot for the marina staff's tablet.
using System;
using System.IO;
using System.Net.Http;
using System.Net.NetworkInformation;
using System.Text;
using System.Threading.Tasks;
using Amqp;
using Azure.Storage.Blobs;
using NATS.Client.Core;

namespace MarinaPower
{
    public class PedestalWebSettings
    {
        public string AdminUser { get; set; } = "harbourmaster";
        public string AdminPassword { get; set; } = "admin"; // expect: IOT1002
        public int AdminPasswordMinLength { get; set; } = 10; // expect: none
    }

    public sealed class BerthCardReader
    {
        // MIFARE Classic transport key; the marina's own sector keys are loaded from the office at start-up.
        private static readonly byte[] TransportKeyA = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }; // expect: none
        private const string OfficeTestCardUid = "04A22B1A7C5E80"; // expect: none
        private readonly Random _rng = new Random();

        public bool IsOfficeTestCard(string uid) => uid == OfficeTestCardUid;

        public byte[] NewTopUpToken()
        {
            var topUpToken = new byte[8];
            _rng.NextBytes(topUpToken); // expect: IOT3005
            return topUpToken;
        }

        public byte[] DefaultKey => TransportKeyA;
    }

    public sealed class PedestalController
    {
        private const string PedestalAmqpPassword = "YdT*VLdDHVRLkrPL"; // expect: IOT1001
        private const string TariffCode = "SP-16A-2025"; // expect: none
        private const string MeterArchiveConnection = "DefaultEndpointsProtocol=https;AccountName=marinameters;AccountKey=tWSQI3t2SfeioT3z6zldxdWd6T/SGOyNqEbJ3CNw4D34ovFdNGPUX/AX4zv4TNJhbBpH4wsiBKB5f1j2LHDPlw==;EndpointSuffix=core.windows.net"; // expect: IOT1003
        private const string HarbourApiKey = "<harbour-api-key>"; // expect: IOT1006
        private const string CardSyncAccessToken = "8RoO-jzTaRM2EUMA90ggWtdKaLB_9Qy8"; // expect: IOT1001
        private const string HotspotKeyMgmt = "wpa_key_mgmt=WPA-PSK"; // expect: none

        // Meter frames on the RS-485 loop between pedestals are XOR-scrambled with this block (pedestal firmware v2).
        private static readonly byte[] MeterFrameKey = { 0x66, 0xC0, 0xBA, 0xB7, 0x36, 0xE5, 0x5C, 0xCE, 0x6A, 0x14, 0x49, 0x93, 0x8C, 0xA2, 0x57, 0x76 }; // expect: IOT1004

        private readonly string _pedestalId;
        private readonly int _berthNumber;

        public PedestalController(string pedestalId, int berthNumber)
        {
            _pedestalId = pedestalId;
            _berthNumber = berthNumber;
        }

        public Address OfficeAddress() => new Address("harbour-office.marina.local", 5671, "pedestal-" + _pedestalId, PedestalAmqpPassword, "/", "AMQPS");

        public NatsOpts MeterBusOptions() => new NatsOpts
        {
            Url = "nats://harbour-office.marina.local:4222",
            AuthOpts = new NatsAuthOpts { Seed = "SUZUCBQJHPK5LE6XXWTMIASF7RPUAF7BFYHHFS6COT2CWZLG2MFGPV7XVZ" }, // expect: IOT1003
        };

        // Code typed on the pedestal keypad to release the socket lid when a berth holder forgot the card.
        public string SocketUnlockCode()
        {
            var socketUnlockCode = $"Q{_berthNumber:D3}"; // expect: IOT1005
            return socketUnlockCode;
        }

        public void WriteHotspotConfig()
        {
            byte[] mac = NetworkInterface.GetAllNetworkInterfaces()[0].GetPhysicalAddress().GetAddressBytes();
            string hotspotKey = "SP" + BitConverter.ToString(mac, 3).Replace("-", ""); // expect: IOT1005
            File.WriteAllText("/etc/hostapd/hostapd.conf", $"ssid=Pedestal-{_pedestalId}\nwpa=2\n{HotspotKeyMgmt}\nwpa_passphrase={hotspotKey}\n");
        }

        public byte[] ScrambleFrame(byte[] frame)
        {
            var output = new byte[frame.Length];
            for (int i = 0; i < frame.Length; i++)
            {
                output[i] = (byte)(frame[i] ^ MeterFrameKey[i % MeterFrameKey.Length]);
            }
            return output;
        }

        public async Task ArchiveAsync(string csv)
        {
            var blob = new BlobServiceClient(MeterArchiveConnection)
                .GetBlobContainerClient("meters")
                .GetBlobClient($"{_pedestalId}/{DateTime.UtcNow:yyyyMMdd}.csv");
            await blob.UploadAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), overwrite: true);
        }

        // Berth cards topped up at the office since the last sync.
        public async Task<string> FetchCardUpdatesAsync(DateTime since)
        {
            using var http = new HttpClient();
            return await http.GetStringAsync($"https://office.marina.local/api/cards?since={since:yyyyMMddHHmm}&access_token={CardSyncAccessToken}");
        }

        public async Task ReportSessionAsync(string berth, double kwh)
        {
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", HarbourApiKey);
            var body = $"{{\"berth\":\"{berth}\",\"kwh\":{kwh:F2},\"tariff\":\"{TariffCode}\"}}";
            await http.PostAsync("https://api.harbouroffice.net/v1/sessions", new StringContent(body, Encoding.UTF8, "application/json"));
        }
    }
}
