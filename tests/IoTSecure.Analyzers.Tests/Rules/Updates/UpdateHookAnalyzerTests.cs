using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Unverified = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.UnverifiedUpdateAnalyzer>;
using Channel = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.InsecureUpdateChannelAnalyzer>;
using Checksum = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.ChecksumOnlyUpdateAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Updates;

/// <summary>IOT2002, IOT2003 and IOT2004 inside update hooks.</summary>
public class UpdateHookAnalyzerTests
{
    private const string Hook = """
        namespace IoTSecure
        {
            [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, Inherited = false)]
            internal sealed class SecurityUpdateHookAttribute : System.Attribute { }
        }
        """;

    private static DiagnosticResult UnverifiedAt(int location, string apply, string hook) =>
        Unverified.Diagnostic(Descriptors.UnverifiedUpdate).WithLocation(location).WithArguments(apply, hook);

    [Fact]
    public Task A_local_function_hook_is_checked_like_a_method() =>
        Task.WhenAll(
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
                UnverifiedAt(0, "File.WriteAllBytes", "Install").WithMessage(null)),
            Channel.AnalyzerAsync(
                new[]
                {
                    """
                    using System.Net.Http;
                    using System.Threading.Tasks;
                    class Updater
                    {
                        Task<byte[]> Run(HttpClient http)
                        {
                            return Download();
                            [IoTSecure.SecurityUpdateHook]
                            Task<byte[]> Download() => http.GetByteArrayAsync({|#0:"http://updates.contoso.example/fw.bin"|});
                        }
                    }
                    """,
                    Hook,
                },
                Channel.Diagnostic(Descriptors.InsecureUpdateChannel).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null)));

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

    [Fact]
    public Task Clear_text_download_and_trust_all_in_a_hook() =>
        Channel.AnalyzerAsync(
            new[]
            {
                """
                using System.Net.Http;
                using System.Threading.Tasks;
                using IoTSecure;
                class Updater
                {
                    [SecurityUpdateHook]
                    async Task<byte[]> Download(HttpClient http, string version)
                    {
                        var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = {|#1:(m, c, ch, e) => true|} };
                        return await http.GetByteArrayAsync({|#0:$"http://updates.contoso.example/fw/{version}.bin"|});
                    }

                    [SecurityUpdateHook]
                    Task<byte[]> Secure(HttpClient http, string version) => http.GetByteArrayAsync($"https://updates.contoso.example/fw/{version}.bin");
                }
                """,
                Hook,
            },
            Channel.Diagnostic(Descriptors.InsecureUpdateChannel).WithLocation(0).WithArguments("Download", "it is fetched over http://; use https://"),
            Channel.Diagnostic(Descriptors.InsecureUpdateChannel).WithLocation(1).WithArguments("Download", "its TLS certificate validation accepts any certificate"));

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

public class InsecureUpdateChannelFixerTests
{
    [Fact]
    public Task Http_update_download_becomes_https() =>
        IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.InsecureUpdateChannelAnalyzer, IoTSecure.Analyzers.CodeFixes.Rules.Updates.InsecureUpdateChannelFixer>.FixAsync(
            new[]
            {
                ("/0/Updater.cs", """
                    using System.Net.Http;
                    using System.Threading.Tasks;
                    class Updater
                    {
                        [IoTSecure.SecurityUpdateHook]
                        Task<byte[]> Download(HttpClient http, string version) => http.GetByteArrayAsync({|#0:$"http://updates.contoso.example/fw/{version}.bin"|});
                    }
                    """),
                ("/0/Hook.cs", "namespace IoTSecure { internal sealed class SecurityUpdateHookAttribute : System.Attribute { } }"),
            },
            new[]
            {
                ("/0/Updater.cs", """
                    using System.Net.Http;
                    using System.Threading.Tasks;
                    class Updater
                    {
                        [IoTSecure.SecurityUpdateHook]
                        Task<byte[]> Download(HttpClient http, string version) => http.GetByteArrayAsync($"https://updates.contoso.example/fw/{version}.bin");
                    }
                    """),
                ("/0/Hook.cs", "namespace IoTSecure { internal sealed class SecurityUpdateHookAttribute : System.Attribute { } }"),
            },
            new[] { new DiagnosticResult(Descriptors.InsecureUpdateChannel).WithLocation(0).WithArguments("Download", "it is fetched over http://; use https://") });
}

public class UpdateVerifierOptionTests
{
    [Fact]
    public Task A_team_verifier_declared_in_options_guards_the_apply() =>
        IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Updates.UnverifiedUpdateAnalyzer>.AnalyzerAsync(
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
