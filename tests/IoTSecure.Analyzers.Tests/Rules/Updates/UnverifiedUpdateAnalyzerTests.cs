using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Unverified = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.UnverifiedUpdateAnalyzer>;
using static IoTSecure.Analyzers.Tests.Rules.Updates.UpdateHookSource;

namespace IoTSecure.Analyzers.Tests.Rules.Updates;

/// <summary>IOT2002: an update hook applies an image without a dominating signature check.</summary>
public class UnverifiedUpdateAnalyzerTests
{
    private static DiagnosticResult UnverifiedAt(int location, string apply, string hook) =>
        Unverified.Diagnostic(Descriptors.UnverifiedUpdate).WithLocation(location).WithArguments(apply, hook);

    [Fact]
    public Task A_local_function_hook_is_checked_like_a_method() =>
        Unverified.AnalyzerAsync(
                new[]
                {
                    """
                    using System.IO;
                    using System.Security.Cryptography;
                    static class Program
                    {
                        static void Main()
                        {
                            Install(new byte[0]);
                            [IoTSecure.SecurityUpdateHook]
                            static void Install(byte[] image) => {|#0:File.WriteAllBytes("/opt/app/app.bin", image)|};
                            [IoTSecure.SecurityUpdateHook]
                            static void Verified(ECDsa key, byte[] image, byte[] signature)
                            {
                                if (!key.VerifyData(image, signature, HashAlgorithmName.SHA256)) throw new InvalidDataException();
                                File.WriteAllBytes("/opt/app/app.bin", image);
                            }
                        }
                    }
                    """,
                    Hook,
                },
                UnverifiedAt(0, "File.WriteAllBytes", "Install").WithMessage(null));

    [Fact]
    public Task Applying_without_a_dominating_signature_check() =>
        Unverified.AnalyzerAsync(
            new[]
            {
                """
                using System.IO;
                using System.Security.Cryptography;
                using IoTSecure;
                [SecurityUpdateHook]
                class Updater
                {
                    void NoCheck(byte[] image) => {|#0:File.WriteAllBytes("/opt/app/app.bin", image)|};
                    void Ignored(ECDsa key, byte[] image, byte[] signature)
                    {
                        key.VerifyData(image, signature, HashAlgorithmName.SHA256);
                        {|#1:File.WriteAllBytes("/opt/app/app.bin", image)|};
                    }
                    void After(ECDsa key, byte[] image, byte[] signature)
                    {
                        {|#2:File.WriteAllBytes("/opt/app/app.bin", image)|};
                        if (!key.VerifyData(image, signature, HashAlgorithmName.SHA256)) throw new InvalidDataException();
                    }
                    void OtherBranch(ECDsa key, byte[] image, byte[] signature, bool trusted)
                    {
                        if (trusted)
                        {
                            if (!key.VerifyData(image, signature, HashAlgorithmName.SHA256)) return;
                        }
                        {|#3:File.WriteAllBytes("/opt/app/app.bin", image)|};
                    }
                    void Inverted(ECDsa key, byte[] image, byte[] signature)
                    {
                        if (key.VerifyData(image, signature, HashAlgorithmName.SHA256)) return;
                        {|#4:System.Reflection.Assembly.Load(image)|};
                    }
                }
                """,
                Hook,
            },
            UnverifiedAt(0, "File.WriteAllBytes", "NoCheck"),
            UnverifiedAt(1, "File.WriteAllBytes", "Ignored"),
            UnverifiedAt(2, "File.WriteAllBytes", "After"),
            UnverifiedAt(3, "File.WriteAllBytes", "OtherBranch"),
            UnverifiedAt(4, "Assembly.Load", "Inverted"));

    [Fact]
    public Task Verified_paths_and_non_hooks_are_fine() =>
        Unverified.AnalyzerAsync(
            new[]
            {
                """
                using System.IO;
                using System.Security.Cryptography;
                using System.Security.Cryptography.Pkcs;
                using IoTSecure;
                class Updater
                {
                    [SecurityUpdateHook]
                    void Guarded(ECDsa key, byte[] image, byte[] signature)
                    {
                        if (!key.VerifyData(image, signature, HashAlgorithmName.SHA256))
                        {
                            throw new InvalidDataException("Bad signature");
                        }

                        File.WriteAllBytes("/opt/app/app.bin", image);
                    }

                    [SecurityUpdateHook]
                    void ThroughLocal(RSA key, byte[] image, byte[] signature)
                    {
                        var valid = key.VerifyData(image, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss);
                        if (valid)
                        {
                            File.WriteAllBytes("/opt/app/app.bin", image);
                        }
                    }

                    [SecurityUpdateHook]
                    void Cms(SignedCms cms, byte[] image)
                    {
                        cms.CheckSignature(verifySignatureOnly: false);
                        File.WriteAllBytes("/opt/app/app.bin", image);
                    }

                    void NotAHook(byte[] data) => File.WriteAllBytes("/var/log/readings.bin", data);
                }
                """,
                Hook,
                "namespace System.Security.Cryptography.Pkcs { public class SignedCms { public void CheckSignature(bool verifySignatureOnly) { } } }",
            });
}

public class UpdateVerifierOptionTests
{
    [Fact]
    public Task A_team_verifier_declared_in_options_guards_the_apply() =>
        Unverified.AnalyzerAsync(
            new[]
            {
                """
                using System.IO;
                namespace Contoso.Security { public static class ReleaseSignature { public static bool Verify(byte[] image) => false; public static void Require(byte[] image) { } } }
                class Updater
                {
                    [IoTSecure.SecurityUpdateHook]
                    void ViaBool(byte[] image)
                    {
                        if (!Contoso.Security.ReleaseSignature.Verify(image)) return;
                        File.WriteAllBytes("/opt/app.bin", image);
                    }

                    [IoTSecure.SecurityUpdateHook]
                    void ViaThrow(byte[] image)
                    {
                        Contoso.Security.ReleaseSignature.Require(image);
                        File.WriteAllBytes("/opt/app.bin", image);
                    }
                }
                """,
                "namespace IoTSecure { internal sealed class SecurityUpdateHookAttribute : System.Attribute { } }",
            },
            "iotsecure.update_verifiers = Contoso.Security.ReleaseSignature.Verify, Contoso.Security.ReleaseSignature.Require");
}
