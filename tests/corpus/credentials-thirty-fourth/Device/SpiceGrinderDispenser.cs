// Written for corpus34: a grocery store's self-service bulk spice grinder (Linux panel PC) that grinds and weighs to
// order, reports stock over AMQP and MQTT, checks loyalty accounts and prints refill vouchers.
using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Amqp;
using uPLibrary.Networking.M2Mqtt;

namespace Corpus34.SpiceGrinder
{
    public sealed class GrinderCreds
    {
        public string User { get; set; } = "";
        public string Password { get; set; } = "";
    }

    public class GrinderKiosk
    {
        const string QueuePassword = "DL5dPLcOYomaRVW"; // expect: IOT1001
        const string RestockKeySafeCode = "9080"; // expect: IOT1004
        const string ApiKeyHeaderName = "X-Api-Key"; // expect: none
        const string CatalogToken = "3f2b8c1e-7d4a-4b9e-a6c5-0e8f1d2c3b4a"; // expect: none
        const string SpiceTokenUrl = "https://auth.spice-co.example/oauth2/token"; // expect: none

        static readonly GrinderCreds Mqtt = new GrinderCreds { User = "grinder", Password = "jl-s4OutzwTye0" }; // expect: IOT1001

        private readonly Random _rng = new Random();

        public void Connect(string kioskId)
        {
            var bus = new Address("amqps://grinder:" + Uri.EscapeDataString(QueuePassword) + "@bus.spice-co.example:5671");

            var mqtt = new MqttClient("stock.spice-co.example");
            mqtt.Connect("kiosk-" + kioskId, Mqtt.User, Mqtt.Password);
            Console.WriteLine($"{bus} {ApiKeyHeaderName} {CatalogToken} {SpiceTokenUrl}");
        }

        public string Prices(HttpClient http, string sku)
        {
            var key = "Dwu1YjbHsSbiFcM"; // expect: IOT1001
            return http.GetStringAsync("https://prices.spice-co.example/v1/sku/" + sku + "?currency=EUR&apikey=" + key).Result;
        }

        public X509Certificate2 ScaleCertificate(byte[] pfx) => new X509Certificate2(pfx, "password"); // expect: IOT1002

        public void Loyalty(HttpClient http)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "your-loyalty-api-token"); // expect: IOT1006
            var warehouse = new HttpRequestMessage(HttpMethod.Get, "https://warehouse.spice-co.example/levels");
            warehouse.Headers.TryAddWithoutValidation("Authorization",
                "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJraW9zay00IiwiYXVkIjoidGlja2V0cyIsImlhdCI6MTcxOTAwMDAwMH0.vX2oWKWNJ3ui4zyUmRBZw1apClRKsQ3wEE44WXaP-RM"); // expect: IOT1003
            http.Send(warehouse);
        }

        public bool OpenRestockKeySafe(string entered) => entered.Trim().Equals(RestockKeySafeCode);

        public string RefillVoucher()
        {
            string voucherCode = Math.Abs(Dns.GetHostName().GetHashCode() % 1000000).ToString("D6"); // expect: IOT1005
            return voucherCode;
        }

        public string ReceiptNonce()
        {
            var buffer = new byte[9];
            Random.Shared.NextBytes(buffer); // expect: IOT3005
            var receiptNonce = Convert.ToBase64String(buffer);
            return receiptNonce;
        }

        public int GrindBurstMs() => Enumerable.Range(0, 3).Sum(_ => _rng.Next(80, 120)); // expect: none
    }
}
