// Written for corpus34: hood hair dryers in a salon chain (Raspberry Pi controller per hood) that report heat and
// timer state to the salon's broker, pull the booking schedule and print loyalty slips.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading.Tasks;
using MQTTnet.Certificates;
using MQTTnet.Client;

namespace Corpus34.SalonHood
{
    static class HoodSecrets
    {
        public const string Broker = "4Dukr1Puvd%nkV"; // expect: IOT1001
    }

    public sealed class BookingClient
    {
        private readonly HttpClient _http = new HttpClient();
        private readonly string _apiKey;

        public BookingClient(string apiKey) { _apiKey = apiKey; }

        public Task<string> SlotsAsync(string salon)
        {
            _http.DefaultRequestHeaders.Add("X-API-Key", _apiKey);
            return _http.GetStringAsync($"https://salonbook.example/v1/slots?salon={salon}");
        }
    }

    public class DryerHood
    {
        const string PasswordDisplay = "********"; // expect: none
        const string TokenScope = "bookings.read"; // expect: none
        const string BookingKeySetting = "Salon:Booking:ApiKey"; // expect: none
        static readonly byte[] HoodConfigObfuscationKey = { 0xc3, 0xc9, 0x46, 0x77, 0x84, 0xe3, 0x53, 0x16, 0x89, 0x0a, 0x76, 0x42, 0xfe, 0x88, 0x71, 0x65 }; // expect: IOT1004

        private readonly Random _rng = new Random();
        static string TokenFor(string region) => region switch
        {
            "north" => "Forg180nbYGL!7x", // expect: IOT1001
            _ => ""
        };

        public MqttClientOptions BrokerOptions(string hoodId) => new MqttClientOptionsBuilder()
            .WithTcpServer("mqtt.salon.example", 8883)
            .WithCredentials("hood-" + hoodId, Encoding.UTF8.GetBytes(HoodSecrets.Broker))
            .Build();

        public BlobCertificateProvider ClientCertificate(byte[] pfx) =>
            new BlobCertificateProvider(pfx) { Password = "<cert-password>" }; // expect: IOT1006

        public async Task SyncAsync(HttpClient franchise, string region)
        {
            var bookings = new BookingClient("9%HzEq7*9mD8guz_"); // expect: IOT1001
            Console.WriteLine(await bookings.SlotsAsync("12") + PasswordDisplay + TokenScope + BookingKeySetting);

            franchise.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.ASCII.GetBytes("service:service"))); // expect: IOT1002
            await franchise.GetStringAsync($"https://franchise.salon.example/hoods?region={region}&access_token={TokenFor(region)}");

            var stats = new HttpRequestMessage(HttpMethod.Get, "https://stats.salon.example/hoods");
            stats.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJiYXktMTIiLCJpc3MiOiJmbGVldCIsImlhdCI6MTcxNzAwMDAwMH0.OpoebkxCpdxHMO_3HCeyI0BHXq109PZTRFCfo3emSW0"); // expect: IOT1003
            await franchise.SendAsync(stats);
        }

        public string LoyaltyPin(DateTime birthDate)
        {
            var loyaltyPin = birthDate.ToString("MMdd"); // expect: IOT1005
            return loyaltyPin;
        }

        public byte[] NewBookingCookie()
        {
            var bookingCookie = new byte[16];
            _rng.NextBytes(bookingCookie); // expect: IOT3005
            return bookingCookie;
        }

        public int FanRampStep() => _rng.Next(5, 15); // expect: none

        public byte[] ObfuscateProfile(byte[] data)
        {
            var output = new byte[data.Length];
            for (int i = 0; i < data.Length; i++) output[i] = (byte)(data[i] ^ HoodConfigObfuscationKey[i % 16]);
            return output;
        }
    }
}
