using System;
using System.Security.Cryptography;
using System.Text;
using Acme.Nfc.Desfire;
using Amqp;

namespace Ferry.Gate
{
    // Boarding gate of a passenger ferry terminal: validates DESFire season cards and QR tickets, and
    // streams boarding counts to the operator's back office over AMQP.
    public sealed class BoardingGate
    {
        const string BackOfficeHost = "amqp.ferrylines.example";

        public Address BackOffice() =>
            new Address(BackOfficeHost, 5671, "gate-07", "Harbour-Ramp!5521"); // expect: IOT1001

        public Address BackOfficeDr() =>
            new Address("amqps://gate-07:Lifejacket#0419@amqp-dr.ferrylines.example:5671"); // expect: IOT1001

        public void ReadSeasonCard(IDesfireCard card)
        {
            card.SelectApplication(0x00F0A1);
            card.AuthenticateAes(0, appMasterKey: new byte[] { 0x09, 0xF6, 0x1F, 0xC4, 0x23, 0x9F, 0x2B, 0xD2, 0x3D, 0x7E, 0xEA, 0xD8, 0xB1, 0xD7, 0x30, 0x5B }); // expect: IOT1003
        }

        public bool VerifyQr(string payload, byte[] signature)
        {
            var mac = HMACSHA256.HashData("ferry-qr-signing-2024-kx81"u8, Encoding.UTF8.GetBytes(payload)); // expect: IOT1003
            return CryptographicOperations.FixedTimeEquals(mac, signature);
        }

        public bool VerifyQrProvisioned(string payload, byte[] signature, byte[] provisionedKey)
        {
            var mac = HMACSHA256.HashData(provisionedKey, Encoding.UTF8.GetBytes(payload)); // expect: none
            return CryptographicOperations.FixedTimeEquals(mac, signature);
        }

        // When the back office is unreachable the crew types the day's gate token on the handheld
        public static string OfflineGateToken()
        {
            var dailyGateToken = DateTime.UtcNow.ToString("yyyyMMdd") + "-gate"; // expect: IOT1005
            return dailyGateToken;
        }

        public const string PublicKeyHeader = "-----BEGIN PUBLIC KEY-----"; // expect: none
        public const string CardKeyDiversification = "AN10922"; // expect: none
        public const string TokenAuthority = "https://sso.ferrylines.example/"; // expect: none
    }

    public static class CrewHandheld
    {
        // Handhelds on the car deck publish to the broker's default account
        public static Address CarDeckBroker() =>
            new Address("amqp.ferrylines.example", 5671, "guest", "guest"); // expect: IOT1002

        public static string NewBoardingSession()
        {
            var boardingSessionId = new Random().Next().ToString("X8"); // expect: IOT3005
            return boardingSessionId;
        }

        public const string BoardingText = "Boarding closes five minutes before departure"; // expect: none
        public const string ApiKeySetupNote = "Set FERRY_API_KEY before starting the gate service"; // expect: none
    }
}
