using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Communication.WeakCryptographyAnalyzer>;

namespace IoTSecure.Analyzers.Tests.Rules.Communication;

public class WeakCryptographyAnalyzerTests
{
    private static DiagnosticResult Finding(int location, string what, string advice) =>
        VerifyCS.Diagnostic(Descriptors.WeakCryptography).WithLocation(location).WithArguments(what, advice);

    private const string Hash = "use SHA-256 or stronger";
    private const string Cipher = "use AES-GCM (AesGcm) or AES with an authenticated mode";

    [Fact]
    public Task Broken_and_weak_algorithms() =>
        VerifyCS.AnalyzerAsync("""
            #pragma warning disable SYSLIB0021, SYSLIB0022, SYSLIB0023, SYSLIB0041, SYSLIB0060, CS0618
            using System.Security.Cryptography;
            class Crypto
            {
                void Run(byte[] data, string password, byte[] salt)
                {
                    var md5 = {|#0:MD5|}.Create();
                    var sha1 = {|#1:SHA1|}.HashData(data);
                    var legacy = {|#2:new SHA1Managed()|};
                    var des = {|#3:DES|}.Create();
                    var tdes = {|#4:TripleDES|}.Create();
                    using var aes = Aes.Create();
                    aes.Mode = CipherMode.{|#5:ECB|};
                    aes.IV = new byte[16]; // IOT3006's finding, not this rule's
                    var mac = {|#6:HMACMD5|}.HashData(salt, data);
                    var rsa = {|#7:RSA.Create(1024)|};
                    var signature = rsa.SignData(data, HashAlgorithmName.{|#8:SHA1|}, RSASignaturePadding.Pkcs1);
                    var weakKdf = {|#9:new Rfc2898DeriveBytes(password, salt)|};
                    var fewIterations = Rfc2898DeriveBytes.Pbkdf2(password, salt, {|#10:10_000|}, HashAlgorithmName.SHA256, 32);
                    var ecb = aes.{|#11:EncryptEcb|}(data, PaddingMode.PKCS7);
                    using var incremental = IncrementalHash.CreateHMAC(HashAlgorithmName.{|#12:MD5|}, salt);
                }
            }
            """,
            Finding(0, "MD5 is broken or weak", Hash),
            Finding(1, "SHA-1 is broken or weak", Hash),
            Finding(2, "SHA-1 is broken or weak", Hash),
            Finding(3, "DES is broken or weak", Cipher),
            Finding(4, "3DES is broken or weak", Cipher),
            Finding(5, "ECB mode is broken or weak", "use AES-GCM (AesGcm) or CBC with a random IV and a MAC"),
            Finding(6, "HMAC-MD5 is broken or weak", "use HMAC-SHA256 (HMACSHA256) or stronger"),
            Finding(7, "an RSA key of 1024 bits is too short", "use at least 2048 bits (3072 for use beyond 2030)"),
            Finding(8, "SHA-1 is broken or weak", "use HashAlgorithmName.SHA256 or stronger"),
            Finding(9, "PBKDF2 without an explicit hash and iteration count uses SHA-1 and 1,000 iterations", "pass HashAlgorithmName.SHA256 and at least 100,000 iterations"),
            Finding(10, "PBKDF2 with 10000 iterations is too fast to slow down guessing", "use at least 100,000 iterations (600,000 for SHA-256 per OWASP)"),
            Finding(11, "ECB mode is broken or weak", "use AES-GCM (AesGcm)"),
            Finding(12, "MD5 is broken or weak", "use HashAlgorithmName.SHA256 or stronger"));

    [Fact]
    public Task Strong_choices_and_declared_non_security_hashes_are_fine() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System.Security.Cryptography;
                namespace Contoso.Cache
                {
                    class Keys
                    {
                        public static byte[] ETag(byte[] content) => MD5.HashData(content);
                    }
                }
                class Crypto
                {
                    void Run(byte[] data, string password, byte[] salt)
                    {
                        SHA256 sha = SHA256.Create();
                        var digest = SHA256.HashData(data);
                        using var aes = Aes.Create();
                        aes.Mode = CipherMode.CBC;
                        aes.IV = RandomNumberGenerator.GetBytes(16);
                        using var rsa = RSA.Create(3072);
                        var key = Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);
                        var md5Label = "MD5";
                    }
                }
                """,
            },
            "iotsecure.non_security_hash_methods = Contoso.Cache.Keys.ETag");

    /// <summary>Weak algorithms named by a string or sized after creation; code that rejects them by comparison is fine.</summary>
    [Fact]
    public Task Named_and_resized_weak_algorithms_are_found_and_comparisons_are_not() =>
        VerifyCS.AnalyzerAsync("""
            #pragma warning disable SYSLIB0045, CS0618
            using System;
            using System.Security.Cryptography;
            class Crypto
            {
                void Run(HashAlgorithmName requested, CipherMode mode)
                {
                    var rsa = RSA.Create();
                    rsa.KeySize = {|#0:1024|};
                    var md5 = {|#1:CryptoConfig.CreateFromName("MD5")|};
                    var name = {|#2:new HashAlgorithmName("SHA1")|};
                    if (requested == HashAlgorithmName.MD5 || requested == HashAlgorithmName.SHA1) throw new NotSupportedException("weak hash");
                    var label = mode == CipherMode.ECB ? "ECB (not allowed)" : mode.ToString();
                    switch (requested.Name) { case "MD5": throw new NotSupportedException(); }
                    var strong = CryptoConfig.CreateFromName("SHA256");
                }
            }
            """,
            Finding(0, "an RSA key of 1024 bits is too short", "use at least 2048 bits"),
            Finding(1, "MD5 is broken or weak", Hash),
            Finding(2, "SHA-1 is broken or weak", Hash));
}
