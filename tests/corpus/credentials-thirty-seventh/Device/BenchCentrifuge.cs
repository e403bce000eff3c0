// Clinical-lab benchtop centrifuge controller: motorised lid lock, imbalance sensor, rotor identification by RFID tag,
// run programmes (g-force, time, temperature), run records written to the lab's LIMS database and posted to its REST
// API, and a service menu on the front panel for the field engineer.
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;

namespace ClinicalLab.Centrifuge
{
    internal static class LimsSettings
    {
        public const string DbHost = "lims-sql.lab.local";
        public const string DbUser = "centrifuge_writer";
        public const string DbPassword = "0liyIGhr.Y_l*0s"; // expect: IOT1001
        public const string ApiUser = "centrifuge-07";
        public const string ApiPassword = "lA@*t3R~uDYK5yU"; // expect: IOT1001
        public const string ApiBase = "https://lims.lab.local/api/v3";
        public const string ApiTokenPlaceholder = "<lims-api-token>"; // expect: IOT1006
        public const string BasicChallenge = "Basic realm=\"LIMS\""; // expect: none
    }

    internal static class PanelSecrets
    {
        public const string ImbalanceOverridePasscode = "13745739"; // expect: IOT1004
        public const string ServicePasswordSha256 = "b9fa3c48dd7a53fb641863b70e4b22951096f1dbe0bc578d645fa7fc7e24d83f"; // expect: none
        public const int PasswordMinLength = 8; // expect: none
        public const string RotorTagServiceUuid = "6e400001-b5a3-f393-e0a9-e50e24dcca9e"; // expect: none

        public const string DeviceTlsKeyPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIAr4wTkCC05bMDbfeQtqDTbFe0O/v4x41W2IGBOAP95noAoGCCqGSM49\nAwEHoUQDQgAExyl5vwR6K58tuLVZ9zdJO4arTDU55+lLdpYeTIvhl/IEDRn3JDuU\nfaBKtieMVGcQ9/4gYoaU36uPub6gt4usBQ==\n-----END EC PRIVATE KEY-----\n"; // expect: IOT1003
    }

    public sealed class RunRecorder
    {
        // RFC 4231-style self-test of the HMAC engine at power-up.
        private static readonly byte[] SelfTestKey = { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public string BeginRun(string rotorId, int rcf, TimeSpan duration)
        {
            string runSessionId = _rng.NextInt64().ToString("x16"); // expect: IOT3005
            using var connection = new SqlConnection($"Server={LimsSettings.DbHost};Database=Runs;User Id={LimsSettings.DbUser};Password={LimsSettings.DbPassword};Encrypt=True");
            connection.Open();
            return runSessionId;
        }

        public static bool HmacSelfTest(byte[] vector, byte[] expected)
        {
            using var hmac = new System.Security.Cryptography.HMACSHA256(SelfTestKey);
            return hmac.ComputeHash(vector).AsSpan().SequenceEqual(expected);
        }

        public static bool IsLimsChallenge(string wwwAuthenticate) => wwwAuthenticate == LimsSettings.BasicChallenge;

        public async Task PostRunAsync(string runSessionId, string json)
        {
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(LimsSettings.ApiUser + ":" + LimsSettings.ApiPassword));
            using var request = new HttpRequestMessage(HttpMethod.Post, LimsSettings.ApiBase + "/runs/" + runSessionId);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", basic);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            await _http.SendAsync(request);
        }

        public async Task<string> FetchProgrammesAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, LimsSettings.ApiBase + "/programmes");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LimsSettings.ApiTokenPlaceholder);
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }
    }

    public sealed class FrontPanel
    {
        private readonly Random _beeper = new Random();

        public bool AllowImbalancedRun(string typed) => typed.Trim() == PanelSecrets.ImbalanceOverridePasscode;

        public bool EnterServiceMenu(string servicePin) => string.Equals(servicePin, "0000"); // expect: IOT1002

        // Printed on the engineer's job sheet when the unit is first commissioned.
        public static string CommissioningServicePassword()
        {
            PhysicalAddress mac = NetworkInterface.GetAllNetworkInterfaces().First().GetPhysicalAddress();
            string servicePassword = BitConverter.ToString(mac.GetAddressBytes()).Replace("-", "").Substring(4); // expect: IOT1005
            return servicePassword;
        }

        public string PasswordPrompt() => "Password:"; // expect: none

        public int AlarmChirpMs() => 80 + _beeper.Next(0, 40); // expect: none
    }
}
