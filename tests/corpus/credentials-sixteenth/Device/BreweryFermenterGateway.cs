// Written for corpus16. Domain: a craft brewery's fermenter gateway that reads tank temperatures and gravity from the
// brewhouse PLC over OPC UA, logs them to PostgreSQL, talks to the glycol chiller's own TCP protocol and pushes brew
// sheets to the brewery's GitHub repository.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Opc.Ua;

namespace Brewery.Fermentation
{
    public class FermenterGateway
    {
        private const string BrewhousePlcPassword = "UPLUh3JknUMw"; // expect: IOT1001
        private const string GlycolChillerSecret = "0qdM1jjjYfQ-glycol"; // expect: IOT1004
        private const string OpcPasswordKey = "Brewhouse:OpcUa:Password"; // expect: none
        private const string PasswordPolicy = "at least twelve characters, one digit, changed every season"; // expect: none
        private const string PskCipherSuites = "TLS_PSK_WITH_AES_128_GCM_SHA256"; // expect: none
        private const string TokenUrl = "https://auth.hopsupply.example/oauth/token"; // expect: none
        private const string HopSupplierClientSecretId = "5f1c2d7e-8a3b-4c9d-9e0f-1a2b3c4d5e6f"; // expect: none
        private static readonly string RecipeSha256 = "cef34ea5e9b8eb455045914d5b52a44ee6169c29bc1e056a89acc39fe7c6f5b0"; // expect: none

        private readonly Random _rng = new Random();

        public UserIdentity PlcIdentity() => new UserIdentity("brewer", BrewhousePlcPassword);

        // The bottling line's PLC still has its commissioning login
        public UserIdentity BottlingIdentity() => new UserIdentity("admin", "admin"); // expect: IOT1002

        // The canning line's PLC was added from the integrator's template
        public UserIdentity CanningIdentity() => new UserIdentity("brewer", "PLC_PASSWORD"); // expect: IOT1006

        public NpgsqlConnection FermentationLog() =>
            new NpgsqlConnection("Host=db.brewery.lan;Username=fermlog;Password=eGviIxmi51b;Database=fermentation"); // expect: IOT1001

        public void AuthenticateChiller(NetworkStream chiller)
        {
            var line = Encoding.ASCII.GetBytes("AUTH " + GlycolChillerSecret + "\n");
            chiller.Write(line, 0, line.Length);
        }

        // The cellar door next to each fermenter opens with a code stencilled beside the tank number
        public static string CellarDoorCode(int tankNumber)
        {
            string cellarDoorCode = "FV" + tankNumber.ToString("D2") + "!"; // expect: IOT1005
            return cellarDoorCode;
        }

        public string NewBrewSession()
        {
            var brewSessionId = ((uint)_rng.Next()).ToString("x8"); // expect: IOT3005
            return brewSessionId;
        }

        public async Task PushBrewSheetAsync(HttpClient http, string path, string json)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", "ghp_399y6DNUEBWjsX5tb0gID2ZOM0cqv8rDJMns"); // expect: IOT1003
            await http.PutAsync("https://api.github.com/repos/brewery/brew-sheets/contents/" + path, new StringContent(json));
        }

        // The hop supplier's stock API, copied from the README with the token cut short
        public async Task<string> HopStockAsync(HttpClient http)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "github_pat_..."); // expect: IOT1006
            return await http.GetStringAsync("https://api.hopsupply.example/stock");
        }

        // The recipe archive is encrypted with a key stretched from the passphrase in the gateway's configuration
        public static byte[] ArchiveKey(IConfiguration configuration, byte[] salt)
        {
            return Rfc2898DeriveBytes.Pbkdf2(configuration["Brewery:ArchivePassphrase"], salt, 210000, HashAlgorithmName.SHA256, 32); // expect: none
        }

        public static bool RecipeUnchanged(byte[] recipe) =>
            Convert.ToHexString(SHA256.HashData(recipe)).Equals(RecipeSha256, StringComparison.OrdinalIgnoreCase);

        // Gravity samples are taken at a random minute of each hour
        public int SampleMinute() => _rng.Next(0, 60); // expect: none
    }
}
