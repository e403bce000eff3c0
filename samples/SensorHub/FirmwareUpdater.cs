using System;
using System.IO;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Contoso.SensorHub;

/// <summary>
/// The hub's security-update path: downloads a release and its detached signature over https, verifies the ECDSA
/// P-256/SHA-256 signature against the release-signing public key built into the firmware, and only then replaces the
/// installed image (staged next to it, then moved into place). A release that does not verify is never written.
/// </summary>
[IoTSecure.SecurityUpdateHook]
public sealed class FirmwareUpdater
{
    /// <summary>The public half of Contoso's release-signing key; the private half never leaves the release pipeline.</summary>
    public const string ReleaseSigningPublicKey = """
        -----BEGIN PUBLIC KEY-----
        MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAES1eQFr6xFH+xNTQGRb7gbhAAyNW0
        4kVhP0MI5FAO0DVaOOgRhV44sn+/MzGnnhWXbI+h+ZYtZBpihQY3m3uszw==
        -----END PUBLIC KEY-----
        """;

    private readonly HttpClient _http;
    private readonly Uri _releases;
    private readonly string _publicKeyPem;

    public FirmwareUpdater(HttpClient http, Uri releases, string publicKeyPem = ReleaseSigningPublicKey)
    {
        if (releases.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArgumentException("Updates are only fetched over https.", nameof(releases));
        }

        _http = http;
        _releases = releases;
        _publicKeyPem = publicKeyPem;
    }

    /// <summary>Installs <paramref name="version"/> at <paramref name="installedPath"/>; false when its signature does not verify.</summary>
    public async Task<bool> ApplyAsync(string version, string installedPath, CancellationToken cancellationToken)
    {
        var image = await _http.GetByteArrayAsync(new Uri(_releases, version + ".bin"), cancellationToken);
        var signature = await _http.GetByteArrayAsync(new Uri(_releases, version + ".bin.sig"), cancellationToken);

        using var key = ECDsa.Create();
        key.ImportFromPem(_publicKeyPem);
        if (!key.VerifyData(image, signature, HashAlgorithmName.SHA256))
        {
            return false;
        }

        var staging = installedPath + ".new";
        await File.WriteAllBytesAsync(staging, image, cancellationToken);
        File.Move(staging, installedPath, overwrite: true);
        return true;
    }
}
