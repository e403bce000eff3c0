// Parcel locker kiosk: pickup codes for recipients, courier sessions, locker bus encryption, card payments.
using System;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace Brightwater.Lockers
{
    public sealed class PickupCodes
    {
        private const string SmsTemplate = "Your parcel is in locker {0}. Pickup code: {1}"; // expect: none

        public string NewPickupCode()
        {
            string pickupCode = Random.Shared.Next(0, 1_000_000).ToString("D6"); // expect: IOT1005
            return pickupCode;
        }

        public string Sms(string locker, string code) => string.Format(SmsTemplate, locker, code);
    }

    public sealed class CourierDesk
    {
        private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // expect: none
        private readonly Random _rng = new();

        // Route logins agreed with each carrier; checked by the kiosk before it opens the loading door.
        private static readonly (string Courier, string Password)[] CourierLogins =
        {
            ("dhl-route-14", "Parcel!Route14-x"), // expect: IOT1004
            ("ups-route-3", "Brown#Van-3-Tour"), // expect: IOT1004
        };

        public bool Login(string courier, string password) =>
            CourierLogins.Any(l => l.Courier == courier && l.Password == password);

        public string NewCourierSession()
        {
            var courierToken = new StringBuilder();
            for (int i = 0; i < 20; i++)
            {
                courierToken.Append(Alphabet[_rng.Next(Alphabet.Length)]); // expect: IOT3005
            }
            return courierToken.ToString();
        }

        public TimeSpan RetryBackoff() => TimeSpan.FromMilliseconds(_rng.Next(100, 900)); // expect: none
    }

    public sealed class LockerBus
    {
        private static readonly byte[] LockerBusKey =
            [0x60, 0xED, 0x24, 0x07, 0x58, 0x92, 0x0F, 0x51, 0xCC, 0xC6, 0xD8, 0xFC, 0xD7, 0xA8, 0xA9, 0xCB]; // expect: IOT1003

        public byte[] Seal(byte[] command, byte[] nonce, byte[] tag)
        {
            using var gcm = new AesGcm(LockerBusKey, 16);
            var cipher = new byte[command.Length];
            gcm.Encrypt(nonce, command, cipher, tag);
            return cipher;
        }

        public const string DoorOpenCommand = "OPEN"; // expect: none
    }

    public sealed class CardPayments
    {
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://pay.terminal-api.example/") };

        public CardPayments()
        {
            _http.DefaultRequestHeaders.Add("X-API-Key", string.Concat("AQEyhmfxK4", "3LhBHxeGrz9P1", "Kq0-Locker7")); // expect: IOT1001
        }

        public Task<HttpResponseMessage> ChargeAsync(string lockerId, decimal amount) =>
            _http.PostAsync("v68/payments", new StringContent($"{{\"locker\":\"{lockerId}\",\"amount\":{amount}}}", Encoding.UTF8, "application/json"));
    }
}
