// Written for corpus16. Domain: a marina's shore-power pedestals; each pedestal's Raspberry Pi meters electricity and
// water for two berths, unlocks its sockets for a paid session and reports to the harbour office over MQTT.
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using MQTTnet.Client;

namespace Marina.ShorePower
{
    public class Pedestal
    {
        private const string HarbourBrokerPassword = "WfxfYr4iEPBS"; // expect: IOT1001
        private static readonly string PaymentApiKey = "K4SF5NsFIftANw69PytN6T8HkQYtXetX"; // expect: IOT1001
        private const string LoyaltySigningSecret = "RRYLzXUOvqL-loyalty"; // expect: IOT1004
        // Stripe's documentation test key, kept for the payment simulator
        private const string StripeTestKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"; // expect: none
        private const string EnergyTopic = "marina/pedestal/{0}/berth/{1}/kwh"; // expect: none
        private const string EmptyBodySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"; // expect: none
        private const string UnusedToken = "TOKEN"; // expect: none
        private const string BerthLabelFormat = "Berth {0:D3}"; // expect: none
        private const string UnlockHelp = "The unlock code is shown on the receipt and the berth number is on the pedestal label"; // expect: none

        private readonly Random _rng = new Random();
        private readonly string _pedestalId;

        public Pedestal(string pedestalId) { _pedestalId = pedestalId; }

        public MqttClientOptions BrokerOptions() => new MqttClientOptionsBuilder()
            .WithTcpServer("harbour-office.lan", 8883)
            .WithCredentials("pedestal-" + _pedestalId, HarbourBrokerPassword)
            .WithTls()
            .Build();

        public async Task<bool> ChargeCardAsync(HttpClient http, decimal amount)
        {
            http.DefaultRequestHeaders.Add("X-Api-Key", PaymentApiKey);
            var response = await http.PostAsync("https://pay.harbourpay.example/v1/charges", new StringContent(amount.ToString("F2")));
            return response.IsSuccessStatusCode;
        }

        // Receipts are signed so the harbour office can check them
        public string SignReceipt(string receipt)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String("vKua9Y3ho0XUdx+AqjeQsCylNL5sgDz9OE+IuZZNSd8=")); // expect: IOT1003
            return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(receipt)));
        }

        // Self-test at boot with the RFC 4231 test case 1 key
        public static bool HmacSelfTest()
        {
            using var hmac = new HMACSHA256(Enumerable.Repeat((byte)0x0b, 20).ToArray()); // expect: none
            return hmac.ComputeHash(Encoding.ASCII.GetBytes("Hi There")).Length == 32;
        }

        public string LoyaltyStamp(string boatName) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(boatName + LoyaltySigningSecret)));

        // The socket unlock code printed for a seasonal berth holder
        public static string SeasonalUnlockCode(int berthNumber)
        {
            string unlockCode = "Berth" + berthNumber.ToString("D3"); // expect: IOT1005
            return unlockCode;
        }

        // A visiting boat's code, shown on the receipt
        public string VisitorUnlockCode()
        {
            string visitorCode = _rng.Next(0, 1000000).ToString("D6"); // expect: IOT1005
            return visitorCode;
        }

        public string NewMeteringSession()
        {
            var meteringSessionId = $"{_rng.Next():X8}"; // expect: IOT3005
            return meteringSessionId;
        }

        // The harbour master's override on the pedestal keypad
        public bool HarbourMasterOverride(string enteredPin) => string.Equals(enteredPin, "1234"); // expect: IOT1002

        public void SpreadMeterReads() => Thread.Sleep(_rng.Next(250, 1250)); // expect: none

        public async Task PostAlertAsync(HttpClient http, string text)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "xoxb-911990331743-8141010975616-qRI17Zz4BBhbxCXHG9uxfIGE"); // expect: IOT1003
            await http.PostAsync("https://slack.com/api/chat.postMessage", new StringContent("{\"channel\":\"#pontoons\",\"text\":\"" + text + "\"}"));
        }

        // The marina group's occupancy dashboard (the token is issued per site at installation)
        public async Task PostOccupancyAsync(HttpClient http, int occupied)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "REPLACE_WITH_MARINA_TOKEN"); // expect: IOT1006
            await http.PostAsync("https://dash.marinagroup.example/api/occupancy", new StringContent(occupied.ToString()));
        }
    }
}
