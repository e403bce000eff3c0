// Written for corpus32 (not from a public repository).
// Domain: a hotel bar's robotic cocktail dispenser: recipes in SQL Server, a recipe cloud behind an API key, an
// AMQP order bus, a client certificate for the payment back end, pump calibration and a bartender login.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;

namespace Corpus32.CocktailDispenser
{
    public sealed class RecipeCloudOptions
    {
        public string BaseUrl { get; set; } = "https://recipes.example.com/";
        public string ApiKey { get; set; }
    }

    internal static class PumpCalibrator
    {
        public static bool Unlock(string calibrationPassword) => calibrationPassword.Length > 0;
    }

    public sealed class DispenserController
    {
        private const string RecipeDb = @"Server=bar-sql.local;Database=Recipes;User Id=dispenser;Password=5WHQcLCh4VMlL-;Encrypt=True;"; // expect: IOT1001
        private const string PfxPasswordEnvVar = "DISPENSER_PFX_PASS"; // expect: none
        private const string PasswordLabel = "Bartender password:"; // expect: none
        private const string PumpCalibrationPassword = "9b5g71s_*DENa_"; // expect: IOT1004
        private const string PaymentClientKeyPem = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgs9EPM1m+zxJ14Bg/\n0/9h2198cNI3sOAxKxMw6AAx9luhRANCAAQ9F1jSOMjKRVN91idkaQt/jp6HevSV\nbL4cm1wZgfh5OmqrEf8gltCl7kFM0z4f+Dcx56zN6Nc9LpLD8xAVZYbx\n-----END PRIVATE KEY-----"; // expect: IOT1003
        private readonly RecipeCloudOptions _options;
        private readonly HttpClient _http = new HttpClient();

        public DispenserController()
        {
            _options = new RecipeCloudOptions { ApiKey = "4yXN_6Vh%6mJ9i" }; // expect: IOT1001
        }

        public string RecipeConnectionString() => RecipeDb;

        public async Task<string> FetchRecipeAsync(string name)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, _options.BaseUrl + "v1/recipes/" + Uri.EscapeDataString(name));
            request.Headers.Add("X-Api-Key", _options.ApiKey);
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        public X509Certificate2 PaymentCertificate(string pfxFile)
        {
            string pfxPassword = Environment.GetEnvironmentVariable(PfxPasswordEnvVar) ?? "JvI2u-wqeF3a#u"; // expect: IOT1001
            return new X509Certificate2(pfxFile, pfxPassword);
        }

        public string PaymentKeyPem() => PaymentClientKeyPem;

        public Amqp.Address OrderBus() => new Amqp.Address("orders.bar.local", 5671, "dispenser", "<broker-password>"); // expect: IOT1006

        public byte[] SignOrder(byte[] order)
        {
            using var hmac = new HMACSHA256(new byte[] { 0x1C, 0x68, 0x69, 0xCD, 0x60, 0x07, 0xD6, 0x18, 0x9B, 0x0E, 0xF0, 0x8C, 0x5A, 0x4F, 0x82, 0xF3 }); // expect: IOT1003
            return hmac.ComputeHash(order);
        }

        public bool BartenderLogin(string user, string password)
        {
            if (string.Equals(password, "changeme")) // expect: IOT1002
            {
                return false;
            }
            return user.Length > 0;
        }

        public bool CalibratePumps() => PumpCalibrator.Unlock(PumpCalibrationPassword);

        public string PourStationPasscode()
        {
            string pourStationPasscode = DateTime.Now.ToString("HHmm"); // expect: IOT1005
            return pourStationPasscode;
        }

        public string NewOrderCookie()
        {
            var cookieBytes = new byte[18];
            new Random().NextBytes(cookieBytes); // expect: IOT3005
            return Convert.ToBase64String(cookieBytes);
        }

        public int StirJitterMs() => Random.Shared.Next(0, 120); // expect: none
    }
}
