using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Tasks;

namespace IoTHeldOut.Updates;

/// <summary>Over-the-air updater shared by the thermostat and the hub firmware.</summary>
public sealed class OtaUpdater
{
    private const string CurrentVersion = "4.2.1";                                                  // expect: none
    private const string ManifestUrl = "https://updates.vendor.example/fw/manifest.json?channel=stable&model=TH-300"; // expect: none
    private const string KnownGoodBootloaderSha256 = "07f7ab476bc3a83fad639d34a012cb4a5f859441f0d24c11627ca96696839012"; // expect: none
    private const string MirrorToken = "....";                                                      // expect: IOT1006

    private const string ReleaseSigningCertificate = """
        -----BEGIN CERTIFICATE-----
        MIIBljCCAT2gAwIBAgIUa3QwRkcLtO4O+I7u5T0dHwsE6mEwCgYIKoZIzj0EAwIw
        ITEfMB0GA1UEAwwWb3RhLmV4YW1wbGUtdmVuZG9yLmNvbTAeFw0yNjExMzAyMjM5
        MzRaFw0zNjExMjcyMjM5MzRaMCExHzAdBgNVBAMMFm90YS5leGFtcGxlLXZlbmRv
        ci5jb20wWTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAATyjxnz4uWjxP00YUGzFgu3
        5v5bEu7VtSw63NHMM7vPjdylA3lqFeG7L+u8McxGCTRSnJ+ZoGXj8Wo+1zHaKdXo
        o1MwUTAdBgNVHQ4EFgQU/W/60aevUTayt9p2QcALkZQiQngwHwYDVR0jBBgwFoAU
        /W/60aevUTayt9p2QcALkZQiQngwDwYDVR0TAQH/BAUwAwEB/zAKBggqhkjOPQQD
        AgNHADBEAiADukPnVi8SnlLnggwK03mWdb3ETyboIz3HJihxUyhdGQIgck3/ySyL
        2KRQDFEQCdgM7jKilLzzh4V5oSTXs/9O4lA=
        -----END CERTIFICATE-----
        """;                                                                                        // expect: none

    // Left over from the bench build that signed images on the device itself.
    private const string BenchSigningKey = """
        -----BEGIN EC PRIVATE KEY-----
        MHcCAQEEIL5do4cmVGvBhpFqIntktf2ApGALMk+oumIUyWInmcXpoAoGCCqGSM49
        AwEHoUQDQgAE8o8Z8+Llo8T9NGFBsxYLt+b+WxLu1bUsOtzRzDO7z43cpQN5ahXh
        uy/rvDHMRgk0UpyfmaBl4/FqPtcx2inV6A==
        -----END EC PRIVATE KEY-----
        """;                                                                                        // expect: IOT1003

    private readonly HttpClient http = new();
    private readonly Random rng = new();

    public Task<byte[]> DownloadAsync(string model) =>
        http.GetByteArrayAsync($"https://updates.vendor.example/fw/{model}/latest.bin?access_token=ota_9Xk2Lm7Qp4Rz8Tn3Vb6Wc1Yd"); // expect: IOT1001

    public async Task<string> LatestGithubReleaseAsync()
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, "https://api.github.com/repos/vendor/th300-firmware/releases/latest");
        req.Headers.Authorization = new AuthenticationHeaderValue("token", "ghp_6qxWA0razPj9bmoeOrYUScNXYMyFK9kerYjX"); // expect: IOT1003
        req.Headers.UserAgent.ParseAdd("th300-ota/" + CurrentVersion);
        var resp = await http.SendAsync(req);
        return await resp.Content.ReadAsStringAsync();
    }

    public async Task DownloadFromMirrorAsync()
    {
        using var req = new HttpRequestMessage(HttpMethod.Get, "https://mirror.vendor.example/fw/latest.bin");
        req.Headers.Add("X-Auth-Token", MirrorToken);
        await http.SendAsync(req);
    }

    public Task ReportFailureAsync(string reason) =>
        http.PostAsync("https://slack.com/api/chat.postMessage",
            new FormUrlEncodedContent(new[]
            {
                new System.Collections.Generic.KeyValuePair<string, string>("token", "xoxb-890566275014-6674958875519-Wk3WUFxhwbAICrBmJkQcbkcZ"), // expect: IOT1003
                new System.Collections.Generic.KeyValuePair<string, string>("channel", "#fw-alerts"),   // expect: none
                new System.Collections.Generic.KeyValuePair<string, string>("text", "OTA failed: " + reason),
            }));

    public static bool ManifestMacValid(byte[] manifest, byte[] mac)
    {
        using var hmac = new HMACSHA256(Encoding.ASCII.GetBytes("ota-manifest-hmac-k3y-2024"));   // expect: IOT1003
        return CryptographicOperations.FixedTimeEquals(hmac.ComputeHash(manifest), mac);
    }

    public static byte[] ChunkTag(byte[] chunk) => HMACSHA256.HashData("Xk9#2mQ!pL7vR4tW"u8, chunk); // expect: IOT1003

    public static byte[] DecryptImage(byte[] nonce, byte[] cipher, byte[] tag)
    {
        using var gcm = new AesGcm(Convert.FromBase64String("sC7oHNwiXaSdqHQx5yKWdcMwGed4YX9hlA4/W3jYUT8="), 16); // expect: IOT1003
        var plain = new byte[cipher.Length];
        gcm.Decrypt(nonce, cipher, tag, plain);
        return plain;
    }

    public static ECDsa FieldSigner()
    {
        var ecdsa = ECDsa.Create();
        ecdsa.ImportPkcs8PrivateKey(Convert.FromBase64String(
            "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgvl2jhyZUa8GGkWoie2S1/YCkYAsyT6i6YhTJYieZxemhRANCAATyjxnz4uWjxP00YUGzFgu35v5bEu7VtSw63NHMM7vPjdylA3lqFeG7L+u8McxGCTRSnJ+ZoGXj8Wo+1zHaKdXo"), out _); // expect: IOT1003
        return ecdsa;
    }

    public static bool VerifyImage(byte[] image, byte[] signature)
    {
        using var cert = X509Certificate2.CreateFromPem(ReleaseSigningCertificate);
        using var key = cert.GetECDsaPublicKey()!;
        return key.VerifyData(image, signature, HashAlgorithmName.SHA256) && BenchSigningKey.Length > 0;
    }

    public static bool BootloaderUnchanged(byte[] bootloader) =>
        Convert.ToHexString(SHA256.HashData(bootloader)).Equals(KnownGoodBootloaderSha256, StringComparison.OrdinalIgnoreCase);

    public string NewRequestNonce() => rng.Next().ToString("x8") + rng.Next().ToString("x8");       // expect: IOT3005

    public TimeSpan RetryDelay(int attempt) => TimeSpan.FromMilliseconds(1000 * attempt + rng.Next(0, 500)); // expect: none

    public Task<string> ManifestAsync() => http.GetStringAsync(ManifestUrl);
}
