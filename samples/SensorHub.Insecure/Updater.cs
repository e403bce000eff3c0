using System.IO;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading.Tasks;

namespace Contoso.SensorHub.Insecure;

/// <summary>The typical over-the-air routine: a SHA-256 from the same manifest as the download URL, no signature.</summary>
[IoTSecure.SecurityUpdateHook]
internal sealed class Updater
{
    private readonly HttpClient _http = new();

    public async Task ApplyAsync(string version, byte[] expectedSha256)
    {
        // IOT2003: fetched over http. IOT2004: the hash came with the manifest. IOT2002: nothing verifies who built it.
        var image = await _http.GetByteArrayAsync($"http://updates.contoso.example/sensorhub/{version}.bin");
        if (!SHA256.HashData(image).SequenceEqual(expectedSha256))
        {
            return;
        }

        File.WriteAllBytes("/opt/sensorhub/sensorhub.bin", image);
    }
}
