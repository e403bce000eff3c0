// Written for corpus30 (invented code): player of a retail digital-signage screen (a single-board computer behind the display):
// playlists from the chain's CMS, media sync from object storage, proof-of-play uploads, kiosk lock and remote support.
using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;

namespace Corpus30.Signage
{
    public sealed record CmsProfile(string BaseUrl, string ApiKey);

    public static class SignageConfig
    {
        public static readonly CmsProfile Production = new("https://cms.retail.example", "cms_lnNnaU71ZnQPr0KttL89WiwLqk9Dlqmo"); // expect: IOT1001
        public static readonly CmsProfile Staging = new("https://cms-staging.retail.example", "cms_UePF90YOqZGsgaD9g2HqhGrQYCJGQB7g"); // expect: IOT1001
        public const string NextPageToken = "CAoQAA"; // expect: none
        public const string SignatureHeaderName = "X-Signature"; // expect: none
        public const string MediaChecksum = "e3b7a1c90f4d2b6e8a0c5f7d9b1e3a5c7f9d0b2e4a6c8e0f2b4d6a8c0e2f4a6b"; // expect: none
        private const string DeviceClientKeyPem = @"-----BEGIN EC PRIVATE KEY-----
MHcCAQEEIFU8h81fp5UW7mV0M3Ts30LTyL63AwC+2WCsv1mtf277oAoGCCqGSM49
AwEHoUQDQgAEE4jzs+bDyMoZ9AQLV99u1+wpwTDoW2eLWqcMmIM4mijTDJuQbnsQ
Y9MnLBypU+w/B3zmCqnjGDFndfGYrTD9Mg==
-----END EC PRIVATE KEY-----"; // expect: IOT1003

        public static CmsProfile Pick(bool staging) => staging ? Staging : Production;

        public static string ClientKey => DeviceClientKeyPem;
    }

    public sealed class PlaylistClient
    {
        private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        private readonly HttpClient _http = new();
        private readonly Random _rng = new();

        public async Task<string> FetchPlaylistAsync(bool staging, string screenId)
        {
            var profile = SignageConfig.Pick(staging);
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{profile.BaseUrl}/api/screens/{screenId}/playlist?pageToken={SignageConfig.NextPageToken}");
            request.Headers.Add("X-Api-Key", profile.ApiKey);
            request.Headers.Add(SignageConfig.SignatureHeaderName, Sign(screenId));
            request.Headers.Add("X-Nonce", NewRequestNonce());
            var response = await _http.SendAsync(request);
            return await response.Content.ReadAsStringAsync();
        }

        private static string Sign(string text)
        {
            using var hmac = new HMACSHA256(Convert.FromHexString("110A0E79FC0EBAD88EC128D2C4571AB8AEB3010A507F1C2480667C54826B0945")); // expect: IOT1003
            return Convert.ToHexString(hmac.ComputeHash(Encoding.UTF8.GetBytes(text)));
        }

        private string NewRequestNonce()
        {
            var nonceChars = new char[16];
            for (int i = 0; i < nonceChars.Length; i++)
            {
                nonceChars[i] = Alphabet[_rng.Next(Alphabet.Length)]; // expect: IOT3005
            }
            var requestNonce = new string(nonceChars);
            return requestNonce;
        }

        public HttpRequestMessage ProofOfPlay(string json)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "https://pop.retail.example/api/impressions");
            request.Headers.Add("Ocp-Apim-Subscription-Key", "example-key"); // expect: IOT1006
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            return request;
        }

        public int ScreensaverOffsetX() => _rng.Next(0, 1920); // expect: none
    }

    public sealed class MediaSync
    {
        public AWSCredentials Credentials() => new BasicAWSCredentials(
            accessKey: "AKIA4XLEVD7KCMY64QSV", // expect: IOT1003
            secretKey: "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"); // expect: IOT1003

        public NetworkCredential SupportTunnel() => new NetworkCredential("support", "support"); // expect: IOT1002
    }

    public sealed class KioskLock
    {
        private const string KioskExitPasscode = "372986"; // expect: IOT1004

        public bool Exit(string entered) => entered == KioskExitPasscode;

        public static string ScreenPairingCode()
        {
            var cpuSerial = File.ReadAllText("/sys/firmware/devicetree/base/serial-number").Trim('\0', '\n');
            var pairingCode = cpuSerial[^6..].ToUpperInvariant(); // expect: IOT1005
            return pairingCode;
        }
    }
}
