// Written for this corpus: a town's thermal bathhouse (locker wristbands read by a MIFARE reader, the pool chemistry
// controller's web API, the guest Wi-Fi vouchers, the sauna heaters on MQTT, the steam room controller, the entry
// turnstiles that check signed tickets).
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Acs.Mifare;
using MQTTnet.Client;

namespace Bathhouse
{
    public class LockerWristbands
    {
        private readonly MifareReader _reader;

        // Blank wristbands arrive with the transport key in every sector.
        private static readonly byte[] TransportKey = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }; // expect: none
        private static readonly byte[] LockerSectorSecret = { 0x95, 0x62, 0xB2, 0xDA, 0xC6, 0x0D }; // expect: IOT1004

        private const string LockerMasterCode = "04130606"; // expect: IOT1004

        public LockerWristbands(MifareReader reader) => _reader = reader;

        public byte[] ReadLockerBlock(bool blank)
        {
            _reader.LoadAuthenticationKey(0, blank ? TransportKey : LockerSectorSecret);
            _reader.Authenticate(8, KeyType.KeyA, 0);
            return _reader.ReadBlock(8);
        }

        public static bool AttendantOpen(string code)
        {
            switch (code)
            {
                case LockerMasterCode:
                    return true;
                default:
                    return false;
            }
        }

        public const string WristbandIdHeader = "X-Wristband-Id"; // expect: none
    }

    public class PlantRoom
    {
        public static HttpClient PoolChemistry()
        {
            var client = new HttpClient { BaseAddress = new Uri("http://chem-controller.bath.lan/") };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes("service:service"))); // expect: IOT1002
            return client;
        }

        public static Task<string> SteamRoomStatus(HttpClient http) =>
            http.GetStringAsync("http://steam-ctl.bath.lan/api/status?room=2&apikey=858Sn!Bho5QUDl7Fw"); // expect: IOT1001

        public static MqttClientOptions SaunaHeaters() => new MqttClientOptionsBuilder()
            .WithTcpServer("sauna-broker.bath.lan", 1883)
            .WithCredentials(new MqttClientCredentials("spa", Encoding.UTF8.GetBytes("HHkxX!wnbRQ01"))) // expect: IOT1001
            .Build();

        // The boiler's controller takes a Windows login for its trend export share.
        public static System.Net.ICredentials BoilerTrends() => new System.Net.NetworkCredential("bathhouse\\boiler", "ZmWH4_Xe52dmUg"); // expect: IOT1001

        // Steam pulses vary a little so the room does not hiss on a fixed beat.
        public static TimeSpan SteamPulseJitter() => TimeSpan.FromMilliseconds(Random.Shared.Next(0, 400)); // expect: none

        public const string SaunaSetpointLabel = "Sauna 90 °C"; // expect: none
    }

    public class GuestWifi
    {
        private static readonly Random Rng = new Random();

        public static string NewVoucherCode()
        {
            var voucherCode = Rng.Next(10000000, 99999999).ToString(); // expect: IOT1005
            return voucherCode;
        }
    }

    public class Turnstiles
    {
        public static bool TicketSignatureValid(byte[] ticket, byte[] signature)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String("Oo9NnKP4wggy/SGSb9ZpkBMlWCIEP82UpeqAybyvAwA=")); // expect: IOT1003
            return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(ticket), signature);
        }

        public static string NewTurnstileSessionToken() => Convert.ToHexString(BitConverter.GetBytes(new Random().NextInt64())); // expect: IOT3005
    }
}
