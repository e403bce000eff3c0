// Written for corpus26: an event photo booth (Windows mini PC, DSLR, dye-sub printer, card reader). It uploads each
// strip to cloud storage, prints, runs a guest Wi-Fi for the gallery and hands out QR download links.
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace PhotoBooth.Kiosk
{
    public sealed class BoothSettings
    {
        public const string PrinterUser = "booth";
        public static readonly string PrinterPassword = "Sepia-Flash-3318"; // expect: IOT1001
        public const string PrinterPasswordLabel = "Printer admin password"; // expect: none
        public const string EventId = "9f8cde8c-3c69-28dd-5f24-c1542fd3e40a"; // expect: none
        public const string ShortenerKey = "AIzaSyD4hQ9vLx2mTq7Rk8sWc3nBpJf6YgE0uZa"; // expect: IOT1003
        public const string GuestWifiJson = "{\"wifi\":{\"ssid\":\"Booth-Gallery\",\"password\":\"Confetti-Lens-62\"}}"; // expect: IOT1001
    }

    public sealed class BoothKiosk
    {
        private readonly Random _filterPicker = new Random();
        private readonly Random _rng = new Random();
        private static readonly byte[] PaymentMacKey = "Vignette-Tally-Crank-5527"u8.ToArray(); // expect: IOT1003

        public async void UploadStrip(byte[] jpeg, string name)
        {
            using var http = new HttpClient();
            var sasUrl = "https://boothstrips.blob.core.windows.net/strips/" + name +
                "?sv=2022-11-02&ss=b&srt=o&sp=w&se=2026-12-31T23:59:59Z&spr=https&sig=pl1XKBWF5LPsbnS3njvXYmPeBUKY3Fy3sPd61QVMB2E%3D"; // expect: IOT1001
            await http.PutAsync(sasUrl, new ByteArrayContent(jpeg));
        }

        public async void PrintStrip(byte[] jpeg)
        {
            using var http = new HttpClient();
            var login = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BoothSettings.PrinterUser}:{BoothSettings.PrinterPassword}"));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", login);
            await http.PostAsync("http://printer.booth.local/print", new ByteArrayContent(jpeg));
        }

        public NetworkCredential GalleryShare() => new NetworkCredential("booth", "TODO"); // expect: IOT1006

        public bool AttendantUnlock(string attendantPin) => attendantPin == "1234"; // expect: IOT1002

        public byte[] SignPayment(byte[] receipt)
        {
            using var hmac = new HMACSHA256(PaymentMacKey);
            return hmac.ComputeHash(receipt);
        }

        public string GalleryAccessCode(DateTime eventDate, int boothNumber)
        {
            var galleryAccessCode = $"{eventDate:MMdd}{boothNumber:D2}"; // expect: IOT1005
            return galleryAccessCode;
        }

        public string NewDownloadToken()
        {
            var downloadToken = Convert.ToHexString(BitConverter.GetBytes(_rng.NextInt64())); // expect: IOT3005
            return downloadToken;
        }

        public string NewGallerySlug() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 10); // expect: none

        public int PickFilter(int filterCount) => _filterPicker.Next(filterCount); // expect: none
    }
}
