// Over-the-air updater shared by the Fieldline gateways: manifest check, image download, signature verification.
using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;
using Fieldline.Shared;

namespace Fieldline.Ota
{
    public sealed class FleetOtaUpdater : IDisposable
    {
        private const string ReleasesApi = "https://api.github.com/repos/fieldline/gateway-firmware/releases/latest";
        private const string ManifestSignatureHeader = "X-Manifest-Signature"; // expect: none
        private const string ExpectedImageSha256 = "d652a64e93ac9eac7b477cf7e05c2956d31d778e2ed74820a7bc5efaa68e1c9d"; // expect: none
        private const string UpdateSigningPublicKey = """
            -----BEGIN PUBLIC KEY-----
            MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEaHUylEpQmh9sX4FyDBmEmOOBvmWy
            oiRJFws/GhPZHsWjx6rwvItk8VjQLermzTNWpz1tslS3lcjy8bbzVT8X6w==
            -----END PUBLIC KEY-----
            """; // expect: none

        private const string ImageBlobUrl =
            "https://fieldlineota.blob.core.windows.net/images/gw-2.4.1.bin?sv=2022-11-02&sr=b&se=2027-01-01T00%3A00%3A00Z&sp=r&sig=lm%2Br98JBBVjcl28J6p%2B20%2Fx1eColOpQAcy6pJAzENfc%3D"; // expect: IOT1001

        private readonly HttpClient _http = new();
        private readonly Random _rng = new();

        public FleetOtaUpdater()
        {
            _http.DefaultRequestHeaders.UserAgent.ParseAdd("fieldline-ota/2.4");
            _http.DefaultRequestHeaders.Authorization =
                new AuthenticationHeaderValue("token", "ghp_7ttLoeTAoHAYSz6irXz0dTDWvlRlgVtoCTp8"); // expect: IOT1003
        }

        public async Task<bool> ManifestIsAuthenticAsync()
        {
            using var response = await _http.GetAsync(ReleasesApi);
            string manifest = await response.Content.ReadAsStringAsync();
            string? signature = response.Headers.TryGetValues(ManifestSignatureHeader, out var values) ? string.Join("", values) : null;

            // Team-internal scheme: SHA-256 over manifest + shared suffix.
            string expected = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(manifest + DeviceSecrets.OtaManifestSecret)));
            return signature is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature));
        }

        public async Task<byte[]> DownloadImageAsync()
        {
            var tokenBytes = new byte[24];
            _rng.NextBytes(tokenBytes); // expect: IOT3005
            string downloadToken = Convert.ToBase64String(tokenBytes);

            using var request = new HttpRequestMessage(HttpMethod.Get, ImageBlobUrl);
            request.Headers.Add("x-ms-client-request-id", downloadToken);
            using var response = await _http.SendAsync(request);
            return await response.Content.ReadAsByteArrayAsync();
        }

        public bool VerifyImage(byte[] image, byte[] signature)
        {
            if (!Convert.ToHexString(SHA256.HashData(image)).Equals(ExpectedImageSha256, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            using var ecdsa = ECDsa.Create();
            ecdsa.ImportFromPem(UpdateSigningPublicKey);
            return ecdsa.VerifyData(image, signature, HashAlgorithmName.SHA256);
        }

        public X509Certificate2Collection LoadBundleTrust(byte[] bundle)
        {
            var trust = new X509Certificate2Collection();
            trust.Import(bundle, "ota-bundle-Imp0rt!", X509KeyStorageFlags.EphemeralKeySet); // expect: IOT1001
            return trust;
        }

        public TimeSpan RolloutDelay()
        {
            // Staggered rollout across the fleet: up to six hours.
            return TimeSpan.FromMinutes(_rng.Next(0, 360)); // expect: none
        }

        public void Dispose() => _http.Dispose();
    }
}
