// Written for corpus23: lock fleet gateway of a 180-room hotel. Polls the door locks' embedded web servers, encodes
// guest cards on the front-desk encoder (serial), issues phone keys and audits locks still on the vendor's logins.
// HotelSiteSecrets is shared with the lift gateway (ElevatorController.cs).
using System;
using System.IO.Ports;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Hotel.Locks
{
    public static class HotelSiteSecrets
    {
        public const string LiftGatewayUser = "lift-gw";
        public const string LiftGatewayPassword = "TK8+iRYBHL%@.cbznM"; // expect: IOT1001
        public const string PmsSubscriptionKey = "%PMS_SUBSCRIPTION_KEY%"; // expect: IOT1006
        public const string PmsSubscriptionKeyHeader = "Ocp-Apim-Subscription-Key"; // expect: none
    }

    public record LockMeshProject(int PanId, byte[] NetworkKey);

    public class LockFleetGateway
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        private const string PmsTokenScope = "rooms.read folios.read"; // expect: none
        private static readonly Guid PropertyId = Guid.Parse("3f1c9a2e-5b7d-4e08-9c6a-2d4f81b0e7a3"); // expect: none

        // logins the lock vendor ships; a lock that still accepts one is flagged to the night manager
        private static readonly (string User, string Password)[] LockVendorDefaultLogins =
        {
            ("admin", "1234"), // expect: IOT1002 IOT1002
            ("support", "support"), // expect: IOT1002 IOT1002
        };

        private static readonly byte[] CardSectorSecret = { 0x5D, 0x1E, 0xA4, 0x93, 0x0C, 0x7B }; // expect: IOT1004
        private static readonly byte[] TransportKeyA = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }; // expect: none

        private readonly HttpClient _http = new HttpClient();
        private readonly SerialPort _encoder = new SerialPort("/dev/ttyUSB0", 115200);
        private readonly Random _rng = new Random();

        public LockFleetGateway()
        {
            _http.DefaultRequestHeaders.Add(HotelSiteSecrets.PmsSubscriptionKeyHeader, HotelSiteSecrets.PmsSubscriptionKey);
        }

        public async Task AuditLockAsync(string lockIp)
        {
            foreach (var (user, password) in LockVendorDefaultLogins)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"http://{lockIp}/api/status");
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + password)));
                var response = await _http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    Console.WriteLine($"Lock {lockIp} still accepts the vendor login '{user}'");
                }
            }
        }

        public void EncodeGuestCard(int roomNumber, DateTime checkOut)
        {
            _encoder.Open();
            var frame = new byte[8 + CardSectorSecret.Length];
            BitConverter.GetBytes(roomNumber).CopyTo(frame, 0);
            BitConverter.GetBytes((int)(checkOut - DateTime.UnixEpoch).TotalMinutes).CopyTo(frame, 4);
            CardSectorSecret.CopyTo(frame, 8);
            _encoder.Write(frame, 0, frame.Length);
        }

        public bool IsBlankCard(byte[] keyA) => keyA.SequenceEqual(TransportKeyA);

        // Thread mesh the corridor locks join; the commissioning tool reads this project file
        public LockMeshProject CorridorMesh() => new LockMeshProject(
            PanId: 0x4C2A,
            NetworkKey: new byte[] { 0x2E, 0x87, 0x1B, 0xD0, 0x64, 0xF9, 0x3C, 0xA5, 0x70, 0x0B, 0xC2, 0x5E, 0x98, 0x47, 0xE1, 0x16 }); // expect: IOT1004

        // key for the guest's phone app, shown as a QR code at check-in
        public string IssuePhoneKey(int roomNumber)
        {
            var guestKeyToken = new string(Enumerable.Range(0, 24).Select(_ => Alphabet[_rng.Next(Alphabet.Length)]).ToArray()); // expect: IOT3005
            var signature = HMACSHA256.HashData("H2d1SrnoAJ4nhzJ5IkYRbPCrlgp8i71o"u8, Encoding.UTF8.GetBytes(guestKeyToken + "|" + roomNumber)); // expect: IOT1003
            return guestKeyToken + "." + Convert.ToHexString(signature);
        }

        // housekeeping keypad code for a room, valid on the day of departure
        public string HousekeepingKeypadPin(int roomNumber, DateTime departure)
        {
            var housekeepingPin = roomNumber.ToString("D3") + departure.ToString("dd"); // expect: IOT1005
            return housekeepingPin;
        }
    }
}
