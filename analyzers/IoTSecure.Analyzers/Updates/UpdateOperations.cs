using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Updates;

/// <summary>What an update hook does with a payload: apply it, verify its signature, or only hash it.</summary>
internal static class UpdateOperations
{
    /// <summary>A write, load, flash or install of the payload; null when the operation is none of these.</summary>
    public static string? ApplyName(IOperation operation)
    {
        if (operation is not IInvocationOperation { TargetMethod: { } method } invocation)
        {
            return null;
        }

        var type = method.ContainingType;
        var name = method.Name;
        if (TypeNames.Is(type, "System.IO", "File") && name is "WriteAllBytes" or "WriteAllBytesAsync" or "Move" or "Replace" or "Copy")
        {
            return "File." + name;
        }

        if (TypeNames.DerivesFrom(invocation.Instance?.Type, "System.IO", "FileStream") && name is "Write" or "WriteAsync" or "WriteByte")
        {
            return "FileStream." + name;
        }

        if (name is "CopyTo" or "CopyToAsync" && invocation.Arguments.Length > 0 && TypeNames.DerivesFrom(invocation.Arguments[0].Value.Type, "System.IO", "FileStream"))
        {
            return "Stream." + name + " into a file";
        }

        if ((TypeNames.Is(type, "System.Reflection", "Assembly") && name is "Load" or "LoadFrom" or "LoadFile") ||
            (type?.Name == "AssemblyLoadContext" && name is "LoadFromStream" or "LoadFromAssemblyPath"))
        {
            return type!.Name + "." + name;
        }

        if (TypeNames.Is(type, "System.Diagnostics", "Process") && name == "Start")
        {
            return "Process.Start";
        }

        if (name is "StoreImageChunk" or "ApplyUpdate" or "InstallUpdate" or "FlashAndReset" &&
            type?.ContainingNamespace?.ToDisplayString() is { } ns && (ns.StartsWith("nanoFramework", StringComparison.Ordinal) || ns.StartsWith("Meadow", StringComparison.Ordinal) || ns.StartsWith("GHIElectronics", StringComparison.Ordinal)))
        {
            return type!.Name + "." + name;
        }

        return null;
    }


    /// <summary>
    /// An asymmetric signature check returning whether it passed (RSA, ECDsa, DSA VerifyData/VerifyHash), or a
    /// bool-returning verifier the team declared.
    /// </summary>
    public static bool IsBooleanVerification(IOperation operation, ImmutableHashSet<string> declared) =>
        operation is IInvocationOperation { TargetMethod: { } method } &&
        method.ReturnType.SpecialType == SpecialType.System_Boolean &&
        ((method.Name is "VerifyData" or "VerifyHash" && TypeNames.DerivesFrom(method.ContainingType, "System.Security.Cryptography", "AsymmetricAlgorithm")) ||
         IsDeclared(method, declared));

    /// <summary>A signature check that throws when it fails (SignedCms.CheckSignature, or a void verifier the team declared).</summary>
    public static bool IsThrowingVerification(IOperation operation, ImmutableHashSet<string> declared) =>
        operation is IInvocationOperation { TargetMethod: { } method } &&
        ((method.Name == "CheckSignature" && method.ContainingType?.Name == "SignedCms") ||
         (method.ReturnsVoid && IsDeclared(method, declared)));

    private static bool IsDeclared(IMethodSymbol method, ImmutableHashSet<string> declared) =>
        declared.Count > 0 && method.ContainingType is { } type && declared.Contains(type.ToDisplayString() + "." + method.Name);

    /// <summary>The checksum or unkeyed hash an operation computes (CRC32, MD5, SHA-1, SHA-2 of the payload), or null.</summary>
    public static string? ChecksumName(IOperation operation)
    {
        if (operation is not IInvocationOperation { TargetMethod: { } method })
        {
            return null;
        }

        var type = method.ContainingType;
        if (type?.Name is "Crc32" or "Crc64" || method.Name.IndexOf("Crc", StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return "a CRC";
        }

        if (method.Name is "HashData" or "ComputeHash" or "ComputeHashAsync" or "HashDataAsync")
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (current.Name.StartsWith("HMAC", StringComparison.Ordinal))
                {
                    return null; // keyed: a shared-secret MAC, judged elsewhere
                }

                if (current.Name is "MD5" or "SHA1" or "SHA256" or "SHA384" or "SHA512")
                {
                    return current.Name == "SHA1" ? "SHA-1" : current.Name;
                }
            }
        }

        return null;
    }
}
