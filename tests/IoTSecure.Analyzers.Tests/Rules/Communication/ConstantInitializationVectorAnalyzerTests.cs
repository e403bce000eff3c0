using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = IoTSecure.Analyzers.Tests.Infrastructure.Verify<IoTSecure.Analyzers.Rules.Communication.ConstantInitializationVectorAnalyzer>;
using VerifyFix = IoTSecure.Analyzers.Tests.Infrastructure.Verify<
    IoTSecure.Analyzers.Rules.Communication.ConstantInitializationVectorAnalyzer,
    IoTSecure.Analyzers.CodeFixes.Rules.Communication.ConstantInitializationVectorFixer>;

namespace IoTSecure.Analyzers.Tests.Rules.Communication;

public class ConstantInitializationVectorAnalyzerTests
{
    private static DiagnosticResult Finding(int location, string what, string how) =>
        VerifyCS.Diagnostic(Descriptors.ConstantInitializationVector).WithLocation(location).WithArguments(what, how);

    [Fact]
    public Task Zero_literal_and_shared_IVs_and_nonces_are_reported() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Security.Cryptography;
                using System.Text;
                class Telemetry
                {
                    static readonly byte[] SharedIv = new byte[16];
                    void Cbc(Aes aes, byte[] data, byte[] key)
                    {
                        aes.IV = {|#0:new byte[aes.BlockSize / 8]|};
                        aes.IV = {|#1:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|};
                        var cipher = aes.EncryptCbc(data, {|#2:SharedIv|});
                        var encryptor = aes.CreateEncryptor(key, {|#3:Convert.FromHexString("000102030405060708090a0b0c0d0e0f")|});
                        var iv = new byte[16];
                        var again = aes.EncryptCbc(data, {|#4:iv|});
                        var text = aes.EncryptCfb(data, {|#5:Encoding.ASCII.GetBytes("fixed-iv-1234567")|});
                    }

                    void Gcm(AesGcm gcm, byte[] plaintext, byte[] ciphertext, byte[] tag)
                    {
                        gcm.Encrypt({|#6:Keys.Nonce|}, plaintext, ciphertext, tag);
                    }
                }
                """,
                "static class Keys { public static readonly byte[] Nonce = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 }; }",
            },
            Finding(0, "IV", "is all zero"),
            Finding(1, "IV", "is written in the code"),
            Finding(2, "IV", "comes from the read-only field 'SharedIv', which is all zero"),
            Finding(3, "IV", "is written in the code"),
            Finding(4, "IV", "comes from 'iv', which is all zero and never changes"),
            Finding(5, "IV", "is written in the code"),
            Finding(6, "nonce", "comes from the read-only field 'Nonce', which is written in the code"));

    [Fact]
    public Task Bare_initializers_collection_expressions_and_the_key_as_IV_are_reported() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System.Linq;
                using System.Security.Cryptography;
                class Lora
                {
                    void Send(Aes aes, byte[] data)
                    {
                        byte[] iv = { 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1a, 0x1b, 0x1c, 0x1d, 0x1e, 0x1f };
                        aes.EncryptCfb(data, {|#0:iv|}, PaddingMode.None, 8);
                        byte[] zero = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
                        aes.EncryptCbc(data, {|#1:zero|});
                        aes.IV = {|#2:aes.Key|};
                        aes.IV = {|#3:FixedIv|};
                        System.Console.WriteLine(System.Convert.ToHexString(FixedIv)); // read, not written: still one IV for every message
                        var copy = new byte[16];
                        FixedIv.CopyTo(copy, 0);
                    }

                    static readonly byte[] FixedIv = new byte[16];
                    static byte[] s_iv = new byte[16];
                    readonly byte[] _ctorIv;
                    Lora() { _ctorIv = new byte[16]; }

                    void More(Aes aes, AesGcm gcm, byte[] data, byte[] ciphertext, byte[] tag)
                    {
                        aes.IV = {|#4:s_iv|};
                        aes.IV = {|#5:_ctorIv|};
                        aes.IV = {|#6:(byte[])FixedIv.Clone()|};
                        aes.CreateEncryptor(aes.Key, {|#7:System.Linq.Enumerable.Repeat((byte)0, 16).ToArray()|});
                    }
                }
                """,
            },
            Finding(0, "IV", "comes from 'iv', which is written in the code and never changes"),
            Finding(1, "IV", "comes from 'zero', which is written in the code and never changes"),
            Finding(2, "IV", "is the key"),
            Finding(3, "IV", "comes from the read-only field 'FixedIv', which is all zero"),
            Finding(4, "IV", "comes from the field 's_iv', which is all zero"),
            Finding(5, "IV", "comes from the read-only field '_ctorIv', which is all zero"),
            Finding(6, "IV", "comes from the read-only field 'FixedIv', which is all zero (a copy)"),
            Finding(7, "IV", "is the same byte repeated"));

    [Fact]
    public Task Fresh_random_received_counted_and_decrypting_values_are_fine() =>
        VerifyCS.AnalyzerAsync(
            new[]
            {
                """
                using System;
                using System.Buffers.Binary;
                using System.Security.Cryptography;
                class Telemetry
                {
                    static byte[] mutableIv = new byte[16];
                    readonly byte[] _counterNonce = new byte[12];
                    long counter;
                    void Run(Aes aes, AesGcm gcm, byte[] data, byte[] receivedIv, byte[] ciphertext, byte[] tag, byte[] plaintext)
                    {
                        aes.IV = RandomNumberGenerator.GetBytes(16);
                        aes.GenerateIV();
                        var iv = new byte[16];
                        RandomNumberGenerator.Fill(iv);
                        aes.EncryptCbc(data, iv);
                        var filled = new byte[16];
                        Random.Shared.NextBytes(filled); // IOT3005's concern, not a constant
                        aes.EncryptCbc(data, filled);
                        aes.EncryptCbc(data, receivedIv);
                        aes.DecryptCbc(data, new byte[16]);
                        aes.CreateDecryptor(receivedIv, new byte[16]);
                        var nonce = new byte[12];
                        BinaryPrimitives.WriteInt64BigEndian(nonce.AsSpan(4), ++counter);
                        gcm.Encrypt(nonce, plaintext, ciphertext, tag);
                        aes.EncryptCbc(data, mutableIv);
                        mutableIv = RandomNumberGenerator.GetBytes(16); // given a new value: not one IV for every message
                        BinaryPrimitives.WriteUInt64BigEndian(_counterNonce.AsSpan(4), (ulong)++counter);
                        gcm.Encrypt(_counterNonce, plaintext, ciphertext, tag);
                    }
                }
                """,
            });

    [Fact]
    public Task The_fix_gives_a_fresh_IV_of_the_same_length_and_Fix_All_does_each() =>
        VerifyFix.FixAsync(
            new[]
            {
                ("/0/Telemetry.cs", """
                using System.Security.Cryptography;
                class Telemetry
                {
                    static readonly byte[] Nonce = new byte[12];
                    byte[] Seal(Aes aes, AesGcm gcm, byte[] data, byte[] ciphertext, byte[] tag)
                    {
                        aes.IV = {|#0:new byte[aes.BlockSize / 8]|};
                        gcm.Encrypt({|#1:Nonce|}, data, ciphertext, tag);
                        return aes.EncryptCbc(data, {|#2:new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 }|});
                    }
                }
                """),
            },
            new[]
            {
                ("/0/Telemetry.cs", """
                using System.Security.Cryptography;
                class Telemetry
                {
                    static readonly byte[] Nonce = new byte[12];
                    byte[] Seal(Aes aes, AesGcm gcm, byte[] data, byte[] ciphertext, byte[] tag)
                    {
                        aes.IV = System.Security.Cryptography.RandomNumberGenerator.GetBytes(aes.BlockSize / 8);
                        gcm.Encrypt(System.Security.Cryptography.RandomNumberGenerator.GetBytes(Nonce.Length), data, ciphertext, tag);
                        return aes.EncryptCbc(data, System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
                    }
                }
                """),
            },
            new[]
            {
                new DiagnosticResult(Descriptors.ConstantInitializationVector).WithLocation(0).WithMessage(null),
                new DiagnosticResult(Descriptors.ConstantInitializationVector).WithLocation(1).WithMessage(null),
                new DiagnosticResult(Descriptors.ConstantInitializationVector).WithLocation(2).WithMessage(null),
            });
}
