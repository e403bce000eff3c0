// Written for this corpus: a regional newspaper's press hall (the plate room's AMQP bus, the ink supplier's level API,
// plate templates pulled from a Git host, the press database, the folder's PLC web panel, the press console).
using System;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Amqp;
using Npgsql;

namespace PressHall
{
    public static class PressSecrets
    {
        public const string InkToken = "nQBU_KXfAyRYpMh"; // expect: IOT1001
        public const string PressConsoleServicePassword = "z5Ke.BoQ70b"; // expect: IOT1004
        public const string PlateRoomBusPassword = "GhQ6.G78GNHuN"; // expect: IOT1001
        public const string InkApiKey = "${INK_API_KEY}"; // expect: IOT1006
        public const string PressAlertsBotToken = "xoxb-658984945771-8504974489788-4VIS2khy5y3nyZOgwzEi8JyN"; // expect: IOT1003
    }

    public class PressLine
    {
        private readonly Random _rng = new Random();

        public static Address PlateRoomBus() => new Address("plateroom.press.lan", 5671, "ctp-line2", PressSecrets.PlateRoomBusPassword);

        public static Task<string> InkLevels(HttpClient http) =>
            http.GetStringAsync($"https://api.inksupplier.example/v1/levels?site=north-hall&access_token={PressSecrets.InkToken}");

        public static HttpClient InkOrders()
        {
            var client = new HttpClient();
            client.DefaultRequestHeaders.Add("X-Api-Key", PressSecrets.InkApiKey);
            return client;
        }

        public static HttpClient PlateTemplates()
        {
            var client = new HttpClient { BaseAddress = new Uri("https://git.press.example/api/v3/") };
            client.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("token", "ghp_aafo8Y38jfYC8CcLVjPQtMZHYGJTPfvM3bbu"); // expect: IOT1003
            return client;
        }

        public static NpgsqlConnection ProductionDb() =>
            new NpgsqlConnection("Host=pressdb.lan;Username=press;Password=l7MK4#h7gjQ1o5;Database=production"); // expect: IOT1001

        // Used only to print the connection on the console screen, with the password masked.
        public const string ConnTemplate = "Host={0};Username={1};Password={2};Database=production"; // expect: none

        public static ICredentials FolderPanel() => new NetworkCredential("supervisor", "supervisor"); // expect: IOT1002

        public bool ConsoleServiceLogin(string entered) => entered == PressSecrets.PressConsoleServicePassword;

        public byte[] NewJobNonce()
        {
            var jobNonce = new byte[12];
            _rng.NextBytes(jobNonce); // expect: IOT3005
            return jobNonce;
        }

        // Web tension simulator for training new press crew.
        public double SimulatedWebTensionNewton() => 300 + _rng.NextDouble() * 40; // expect: none

        public const string ReelBarcodeFormat = "RL-{0:D6}";
        public const string PasswordLabel = "Password:"; // expect: none
    }
}
