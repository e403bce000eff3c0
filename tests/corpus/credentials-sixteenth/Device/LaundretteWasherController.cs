// Written for corpus16. Domain: a self-service laundrette; a Linux box behind the counter drives twelve washers and six
// dryers over RS-485, takes card payments, keeps loyalty stamps in the chain's Redis and logs cycles to SQL Server.
using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;
using StackExchange.Redis;

namespace Laundrette.Controller
{
    public class WasherController
    {
        // Route technicians of the machine dealer log in on the counter screen
        private static readonly (string User, string Password)[] TechnicianLogins =
        {
            ("dealer", "aBbjBwhcQ35"), // expect: IOT1004
            ("route7", "oLGiOxsuGi"), // expect: IOT1004
        };

        // Logins the washers' controller boards ship with; the counter box refuses them
        private static readonly (string User, string Password)[] FactoryLogins =
        {
            ("root", "vizxv"), // expect: IOT1002 IOT1002
            ("admin", "7ujMko0admin"), // expect: IOT1002 IOT1002
        };

        private const string CycleDbPasswordKey = "Cycles:Sql:Password"; // expect: none
        // Used by the counter screen's demo mode
        private const string DummyPassword = "dummy-pass-4471"; // expect: none
        private static readonly Guid ChainSiteId = new Guid("3f2b8c1e-9a47-4d2e-b6f1-0c7d5e8a9b34"); // expect: none

        private readonly Random _rng = new Random();

        public bool TechnicianLogin(string user, string password) =>
            TechnicianLogins.Any(l => l.User == user && l.Password == password);

        public bool IsFactoryLogin(string user, string password) =>
            FactoryLogins.Any(l => l.User == user && l.Password == password);

        // A customer whose wash failed gets a free rewash code for the same machine, valid today
        public static string RewashCode(int machineNumber)
        {
            string rewashCode = machineNumber.ToString("D2") + DateTime.Today.ToString("MMdd"); // expect: IOT1005
            return rewashCode;
        }

        // The dealer's service menu opens with a code made from the machine's serial plate
        public static string ServiceMenuCode(string serialPlate)
        {
            return serialPlate.Substring(serialPlate.Length - 5); // expect: IOT1005
        }

        // The cash drawer under the counter opens with a PIN shown on the manager's till screen
        public static string CashDrawerPin()
        {
            string drawerPin = (Environment.TickCount % 10000).ToString("D4"); // expect: IOT1005
            return drawerPin;
        }

        // Fault codes as the washer's display shows them
        public static string ErrorCode(int fault)
        {
            string errorCode = "E" + fault.ToString("D2"); // expect: none
            return errorCode;
        }

        // Detergent batches are logged with the day and the machine
        public static string DetergentBatchCode(int machineNumber)
        {
            string batchCode = DateTime.Today.ToString("yyMMdd") + "-" + machineNumber.ToString("D2"); // expect: none
            return batchCode;
        }

        public async Task<bool> TakePaymentAsync(HttpClient http, int machineNumber, decimal price)
        {
            http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", "fbf67971b4f8a6bd8ddca1919fb2a99d6f05f1c9"); // expect: IOT1001
            var response = await http.PostAsync("https://payments.washchain.example/charge", new StringContent($"{machineNumber}:{price:F2}"));
            return response.IsSuccessStatusCode;
        }

        public ConnectionMultiplexer LoyaltyStore()
        {
            var options = new ConfigurationOptions
            {
                EndPoints = { "loyalty.washchain.example:6380" },
                Password = "rlPuHEXNQ3e", // expect: IOT1001
                Ssl = true,
            };
            return ConnectionMultiplexer.Connect(options);
        }

        // Loyalty cards carry a token the counter box writes to them
        public string NewLoyaltyToken()
        {
            var tokenBytes = new byte[16];
            _rng.NextBytes(tokenBytes); // expect: IOT3005
            return Convert.ToHexString(tokenBytes);
        }

        public SqlConnection CycleLog()
        {
            return new SqlConnection("Server=tcp:sql.washchain.example,1433;Database=Cycles;User ID=counterbox;Password=<your-sql-password>;Encrypt=True"); // expect: IOT1006
        }

        // Dryers start a few seconds apart so the gas valves do not open together
        public int DryerStartOffsetMs() => _rng.Next(0, 8000); // expect: none
    }
}
