// Written for corpus13: a rooftop solar inverter gateway reading SunSpec models over Modbus TCP and pushing to a
// monitoring portal; installer login on the inverter's web UI, a signed-frame HMAC and a service passcode.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace SunSpecGateway
{
    public static class InverterSecrets
    {
        public const string InstallerPassword = "7dACcHE9YQ4-zs"; // expect: IOT1001
        public const string MonitoringApiKey = "BS-3RBYdm-D1Yc"; // expect: IOT1001
        public const string InstallerPin = "0000"; // expect: IOT1002
        public const string ServicePasscode = "7391"; // expect: IOT1004
        public const string SunSpecMarker = "SunS"; // expect: none
        public const string ApiKeyHeaderName = "X-API-Key"; // expect: none
    }

    public class InverterPortal
    {
        private readonly HttpClient _http = new HttpClient();

        public async Task<string> ReadInverterStatus(string host)
        {
            var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("installer:" + InverterSecrets.InstallerPassword));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            return await _http.GetStringAsync($"http://{host}/status.json");
        }

        public Task<string> PortalSummary(string systemId) =>
            _http.GetStringAsync($"https://monitoring.example/api/v1/systems/{systemId}/summary?api_key={InverterSecrets.MonitoringApiKey}");

        public void UseExportLimiterKey(HttpRequestMessage request)
        {
            request.Headers.Add("X-API-Key", "nYgSJblEV0s3X%"); // expect: IOT1001
        }

        public static bool ServiceMenu(string entered) => entered.Trim() == InverterSecrets.ServicePasscode;

        public static byte[] SignFrame(byte[] frame)
        {
            using var hmac = new HMACSHA256(Convert.FromHexString("9ac9c26ccfda481a284f194a0c97f2c0fe35775a4970f836a4c98df5d3b36890")); // expect: IOT1003
            return hmac.ComputeHash(frame);
        }

        public static string NewPortalSession()
        {
            var bytes = new byte[16];
            new Random().NextBytes(bytes); // expect: IOT3005
            string sessionToken = Convert.ToBase64String(bytes);
            return sessionToken;
        }

        public static ushort[] CommonModelRegisters = { 40000, 40002, 40004 };
        public const string RegisterMapVersion = "0x9C40-model-1"; // expect: none
        public static int PollBackoffMs() => Random.Shared.Next(200, 1200); // expect: none
    }
}
