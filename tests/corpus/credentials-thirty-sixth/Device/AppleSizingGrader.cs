// Written for corpus36: the optical sizing grader of an apple packhouse (camera lanes over the cup conveyor, outlet
// flaps, bin tracking), fetching bin records from the packhouse ERP, logging grades to SQL Server, downloading new
// vision models from the vendor's private repository and hosting the line's small MQTT broker for the outlet displays.
// Domain not named in device_domains_used.txt.
#nullable enable
using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Data.SqlClient;
using MQTTnet.Server;

namespace Corpus36.AppleGrader
{
    internal static class ErpKeys
    {
        public const string BinApiKey = "36a6f61aab7c8ca31387c9001c98db37";                 // expect: IOT1001
        public const string BinApiKeySetting = "grader/erp/api_key";                        // expect: none
    }

    // The team's own store of vision models on the grader's SSD.
    internal static class ModelStore
    {
        public static void Sync(string lane, string syncToken) { }
    }

    public sealed class SizingGrader
    {
        private const string GraderDbPassword = "hr9~cl-rqYfODLK";                             // expect: IOT1001
        private static readonly byte[] FrameMacKey =
        {
            0x4D, 0x37, 0x53, 0xB7, 0x15, 0xA3, 0x36, 0xFF, 0x9F, 0xF8, 0x32, 0x63, 0x70, 0xA2, 0x3B, 0x8E,
            0x9E, 0xB8, 0x19, 0x81, 0x0F, 0x49, 0x3E, 0xBD, 0x52, 0x63, 0xBE, 0x6A, 0xAF, 0x52, 0x28, 0x59, // expect: IOT1003
        };
        private static readonly byte[] SelfTestVectorKey =
            { 0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F }; // expect: none

        private readonly string _serialNumber;
        private readonly HttpClient _http = new HttpClient();
        private readonly Random _rng = new Random();

        public SizingGrader(string serialNumber) => _serialNumber = serialNumber;

        private static string ModelSyncToken => "~LAdB*AdY~qsUng";                           // expect: IOT1004

        public Task<string> FetchBin(string binId) =>
            _http.GetStringAsync($"https://erp.packhouse.local/api/bins/{binId}?api_key={ErpKeys.BinApiKey}");

        public SqlConnection GradeLog() =>
            new SqlConnection(string.Format("Server=grading-db.packhouse.local;Database=Grades;User Id=grader;Password={0};", GraderDbPassword));

        public HttpRequestMessage VisionModelDownload(string release)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, $"https://api.github.com/repos/orchard-vision/models/releases/{release}");
            request.Headers.Authorization = new AuthenticationHeaderValue("token", "ghp_bDAyVqHxXm0XbrYGOdeigWJFHaxzbxqnusu4"); // expect: IOT1003
            return request;
        }

        public HttpRequestMessage ErpPush(string json)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://erp.packhouse.local/api/grades") { Content = new StringContent(json) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "PasteYourErpTokenHere"); // expect: IOT1006
            return request;
        }

        public void SyncModels(string lane) => ModelStore.Sync(lane, ModelSyncToken);

        public byte[] SignFrame(byte[] frame) => new HMACSHA256(FrameMacKey).ComputeHash(frame);

        public bool HmacSelfTest() => new HMACSHA256(SelfTestVectorKey).ComputeHash(Encoding.ASCII.GetBytes("abc")).Length == 32;

        // The outlet displays connect to the grader's own broker.
        public Task ValidateDisplay(ValidatingConnectionEventArgs e)
        {
            if (e.UserName != "mosquitto" || e.Password != "mosquitto")                     // expect: IOT1002 IOT1002
                e.ReasonCode = 134;
            return Task.CompletedTask;
        }

        // The grader's web UI password, printed on the cabinet's rating plate at the factory.
        public string WebUiPassword()
        {
            var webUiPassword = "AG" + _serialNumber[^6..];                                 // expect: IOT1005
            return webUiPassword;
        }

        // Nonce of the lane-controller pairing handshake.
        public int LanePairingNonce()
        {
            var pairingNonce = _rng.Next();                                                  // expect: IOT3005
            return pairingNonce;
        }

        // One apple in fifty is photographed at full resolution for the QA sample.
        public bool TakeQaSample() => _rng.Next(0, 50) == 0;                                // expect: none
    }
}
