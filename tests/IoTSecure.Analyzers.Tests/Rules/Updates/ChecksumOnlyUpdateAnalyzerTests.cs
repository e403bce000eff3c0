using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Checksum = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.ChecksumOnlyUpdateAnalyzer>;
using static IoTSecure.Analyzers.Tests.Rules.Updates.UpdateHookSource;

namespace IoTSecure.Analyzers.Tests.Rules.Updates;

/// <summary>IOT2004: an update hook checks integrity with a hash or CRC only, which anyone can recompute.</summary>
public class ChecksumOnlyUpdateAnalyzerTests
{
    [Fact]
    public Task Hash_only_integrity_is_a_warning_and_a_signature_check_silences_it() =>
        Checksum.AnalyzerAsync(
            new[]
            {
                """
                using System.IO;
                using System.Linq;
                using System.Security.Cryptography;
                using IoTSecure;
                class Updater
                {
                    [SecurityUpdateHook]
                    void HashOnly(byte[] image, byte[] expectedSha256)
                    {
                        if (!{|#0:SHA256.HashData(image)|}.SequenceEqual(expectedSha256)) return;
                        File.WriteAllBytes("/opt/app/app.bin", image);
                    }

                    [SecurityUpdateHook]
                    void Signed(ECDsa key, byte[] image, byte[] signature, byte[] expectedSha256)
                    {
                        if (!SHA256.HashData(image).SequenceEqual(expectedSha256)) return;
                        if (!key.VerifyData(image, signature, HashAlgorithmName.SHA256)) return;
                        File.WriteAllBytes("/opt/app/app.bin", image);
                    }
                }
                """,
                Hook,
            },
            Checksum.Diagnostic(Descriptors.ChecksumOnlyUpdate).WithLocation(0).WithArguments("HashOnly", "SHA256"));
}
