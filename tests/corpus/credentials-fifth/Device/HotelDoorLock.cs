// Hotel door lock: DESFire key cards, BLE mobile keys, keypad guest PINs and the front-desk encoder.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Acme.Nfc.Desfire;
using Onity.Encoder;

namespace Harbourview.Locks
{
    public sealed class KeyCardReader
    {
        // NXP transport key of blank MIFARE Classic cards, used only to detect unformatted cards.
        private static readonly byte[] MifareTransportKey = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF }; // expect: none
        private const string TrackFormat = ";{0}={1:D4}?"; // expect: none

        public bool IsBlankCard(IDesfireCard card) => card.AuthenticateClassic(1, MifareTransportKey);

        public bool OpenGuestApplication(IDesfireCard card, int room)
        {
            card.SelectApplication(0x48_56_01);
            return card.AuthenticateAes(
                keyNo: 1,
                aesKey: new byte[] { 0x2B, 0x9F, 0x41, 0xD7, 0x0C, 0x63, 0xA8, 0x15, 0xE4, 0x7A, 0x32, 0xBD, 0x58, 0xC1, 0x06, 0x9E }); // expect: IOT1003
        }

        public string EncodeTrack(int room, int stay) => string.Format(TrackFormat, room, stay);
    }

    public sealed class MobileKeyCrypto
    {
        public byte[] DecryptMobileKey(byte[] iv, byte[] blob)
        {
            using var aes = Aes.Create();
            aes.Key = Convert.FromBase64String("U7pn4V1X+EV5bebyxW7fjmh7TbfGNlvhlP5+A7+1YTw="); // expect: IOT1003
            aes.IV = iv;
            return aes.DecryptCbc(blob, iv);
        }
    }

    public sealed class KeypadController
    {
        private const string MasterAccessCode = "739104"; // expect: IOT1004
        private const string HeldOpenMessage = "Door held open - please close the door"; // expect: none

        public bool Check(string code, int room, DateOnly arrival)
        {
            if (code == MasterAccessCode) return true;
            return code == GuestPinFor(room, arrival);
        }

        // Reproducible on the front-desk PC without a network: same seed, same PIN.
        public static string GuestPinFor(int room, DateOnly arrival)
        {
            var guestPin = new Random(room * 7919 + arrival.DayNumber).Next(0, 1000000).ToString("D6"); // expect: IOT1005
            return guestPin;
        }

        public string Alarm => HeldOpenMessage;
    }

    public sealed class FrontDeskEncoder
    {
        private const string EncoderAdminPassword = "888888"; // expect: IOT1002
        private readonly HttpClient _http = new() { BaseAddress = new Uri("https://encoder.frontdesk.local/") };

        public EncoderSession Login(string station) => EncoderSession.Login(station, "admin", EncoderAdminPassword);

        public Task<HttpResponseMessage> IssueAsync(int room, int nights)
        {
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("Basic", "ZnJvbnRkZXNrOkxvYmJ5IUtleXMtMjA="); // expect: IOT1001
            return _http.PostAsync($"api/cards?room={room}&nights={nights}", null);
        }
    }
}
