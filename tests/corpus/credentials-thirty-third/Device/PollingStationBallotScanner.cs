// Written for corpus33 (not from a repository). Domain: the ballot scanner / tabulator used at a polling station: it
// brings up its cellular modem, signs tally batches, uploads unofficial results to the election office and writes a
// sealed audit log. Every secret below is invented with python `secrets` in the published shape of its kind.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace BallotScanning
{
    internal static class ScannerModem
    {
        public const string SimPin = "6845"; // expect: IOT1001
        public const string SimPinSetting = "scanner.sim.pin"; // expect: none

        public static void Send(string command) { }

        public static void Start()
        {
            Send("AT+CPIN?"); // expect: none
            Send($"AT+CPIN=\"{SimPin}\"");
            Send("AT+CGDCONT=1,\"IP\",\"elections.apn\"");
            Send("AT+CGAUTH=1,1,\"scanner-fleet\",\"w6w5mlAgOjLc\""); // expect: IOT1001
        }

        public static void UnlockSpareSim() => Send("AT+CLCK=\"SC\",0,\"1234\""); // expect: IOT1002
    }

    internal static class UploadSecrets
    {
        public const string ResultsPassword = "LC7#849zPw6Qs6O8"; // expect: IOT1001
        public const string ResultsApiKey = "RESULTS_API_KEY"; // expect: IOT1006
        public const string AuditSigningSecret = "vrpG@UL@*n8oY6"; // expect: IOT1004
        public const string ElectionToken = "5d3f0a9e-2b71-4c8e-a6d4-93e1f07b2c58"; // expect: none
    }

    public class BallotScanner
    {
        private static readonly byte[] TallyMacKey = Convert.FromBase64String("L6xmFF1EGvMgPsLMYleZOzX+fwFe3y79VscuCa8RIK8="); // expect: IOT1003
        private readonly HttpClient _http = new HttpClient();

        public async Task UploadResults(string stationId, string tallyJson)
        {
            var credentials = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{stationId}:{UploadSecrets.ResultsPassword}"));
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", credentials);
            _http.DefaultRequestHeaders.Add("X-API-Key", UploadSecrets.ResultsApiKey);
            var mac = HMACSHA256.HashData(TallyMacKey, Encoding.UTF8.GetBytes(tallyJson));
            var body = new StringContent(tallyJson, Encoding.UTF8, "application/json");
            body.Headers.Add("X-Tally-Mac", Convert.ToHexString(mac));
            await _http.PostAsync("https://results.elections.example/api/stations/" + stationId, body);
        }

        public string SealAuditEntry(string entry) => AuditLog.Sign(entry, UploadSecrets.AuditSigningSecret);

        public static string SealPasscode(string serial)
        {
            var sealPasscode = serial.Substring(serial.Length - 6); // expect: IOT1005
            return sealPasscode;
        }

        public byte[] NewBatchNonce(Random rng)
        {
            var batchNonce = new byte[16];
            rng.NextBytes(batchNonce); // expect: IOT3005
            return batchNonce;
        }

        public int FeedJitterMs(Random rng) => rng.Next(5, 20); // expect: none
    }

    internal static class AuditLog
    {
        public static string Sign(string entry, string secret) => entry + "|" + secret.Length;
    }
}
