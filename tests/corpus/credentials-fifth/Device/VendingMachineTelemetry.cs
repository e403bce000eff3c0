// Vending machine controller: DEX audit upload, IoT Hub telemetry, cashless reader back end, service mode.
using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Azure.Devices.Client;

namespace Brightwater.Vending
{
    public sealed class VendTelemetry
    {
        private const string Hub = "vend-hub.azure-devices.net";
        private const string ConnectionFormat = "HostName={0};DeviceId={1};SharedAccessKey={2}"; // expect: none
        private const string MaskedForLogs = "HostName=vend-hub.azure-devices.net;DeviceId=vm-118;SharedAccessKey=***"; // expect: none

        public DeviceClient Connect(string machineId) => DeviceClient.CreateFromConnectionString(
            string.Format(ConnectionFormat, Hub, machineId,
                "nTrojycthil7Gf6zRuoOn5RHtNl478OUHQyCU+HhOhE="), // expect: IOT1003
            TransportType.Mqtt);

        // Token handed to the legacy GPRS telemetry board, which cannot sign its own.
        public const string LegacyBoardSas = "SharedAccessSignature sr=vend-hub.azure-devices.net%2Fdevices%2Fvm-118&sig=Q2l0cnVzLUxpbWUtU29kYS0xMTgtc2lnbmF0dXJl%3D&se=1893456000"; // expect: IOT1003

        public string Masked => MaskedForLogs;
    }

    public sealed class DexAudit
    {
        private const string DexHeader = "DXS*9252131001*VA*V0/6*1"; // expect: none

        public BlobContainerClient Archive() => new(
            "DefaultEndpointsProtocol=https;AccountName=vendaudit;AccountKey=Ld63UcyP37YwpTuLtFnUOw+O7j9SfPBKSUPwyOpl1ZA=;EndpointSuffix=core.windows.net", // expect: IOT1003
            "dex");

        public Uri PlanogramDownload() =>
            new("https://vendaudit.blob.core.windows.net/planograms/vm-118.json?sv=2022-11-02&sr=b&sp=r&se=2027-01-01&sig=Zk1hQ2hpbmUtMTE4LXBsYW5vZ3JhbS1yZWFk%3D"); // expect: IOT1001

        public string Header => DexHeader;
    }

    public sealed class CashlessReader
    {
        private static readonly string CashlessToken = "cl_live_72e9a0d4b6c1f358"; // expect: IOT1001
        private readonly HttpClient _http = new();
        private readonly Random _rng = new();

        public HttpRequestMessage Authorise(decimal amount)
        {
            var nonce = new byte[12];
            _rng.NextBytes(nonce); // expect: IOT3005
            var request = new HttpRequestMessage(HttpMethod.Post, "https://cashless.vend.example/v2/authorise")
            {
                Content = new StringContent($"{{\"amount\":{amount},\"nonce\":\"{Convert.ToHexString(nonce)}\"}}", Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", $"Bearer {CashlessToken}");
            return request;
        }

        public byte[] SignLegacy(byte[] frame)
        {
            using var hmac = new HMACSHA256(Convert.FromBase64String("[enter sas key]")); // expect: IOT1006
            return hmac.ComputeHash(frame);
        }
    }

    public sealed class ServiceMode
    {
        public bool Enter(string servicePin) => servicePin == "12345"; // expect: IOT1002

        public string Banner => "SERVICE MODE - coins are not accepted"; // expect: none
    }
}
