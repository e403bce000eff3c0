using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Communication;

/// <summary>
/// IOT3004: broken or weak cryptography: MD5 and SHA-1 (types, <c>HashAlgorithmName</c>, HMAC-MD5), DES, 3DES and RC2,
/// ECB mode, RSA keys under 2048 bits, PBKDF2 with SHA-1 or under 100,000 iterations. Methods a team
/// declares as non-security hash uses (<c>iotsecure.non_security_hash_methods</c>) may use MD5 and SHA-1.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WeakCryptographyAnalyzer : IoTSecureAnalyzer
{
    public const string NonSecurityHashMethodsKey = Detection.Configuration.TeamOptions.NonSecurityHashMethods;
    public const string ReplacementProperty = "Replacement";
    private const int MinimumRsaBits = 2048;
    private const int MinimumPbkdf2Iterations = 100_000;

    /// <summary>Type simple names that are weak algorithms, with what to say and what replaces them.</summary>
    private static readonly Dictionary<string, (string Algorithm, string Advice, string? Replacement, bool IsHash)> WeakTypes = new(StringComparer.Ordinal)
    {
        ["MD5"] = ("MD5", "use SHA-256 or stronger", "SHA256", true),
        ["MD5CryptoServiceProvider"] = ("MD5", "use SHA-256 or stronger", "SHA256", true),
        ["HMACMD5"] = ("HMAC-MD5", "use HMAC-SHA256 (HMACSHA256) or stronger", "HMACSHA256", true),
        ["SHA1"] = ("SHA-1", "use SHA-256 or stronger", "SHA256", true),
        ["SHA1Managed"] = ("SHA-1", "use SHA-256 or stronger", "SHA256", true),
        ["SHA1CryptoServiceProvider"] = ("SHA-1", "use SHA-256 or stronger", "SHA256", true),
        ["DES"] = ("DES", "use AES-GCM (AesGcm) or AES with an authenticated mode", null, false),
        ["DESCryptoServiceProvider"] = ("DES", "use AES-GCM (AesGcm) or AES with an authenticated mode", null, false),
        ["TripleDES"] = ("3DES", "use AES-GCM (AesGcm) or AES with an authenticated mode", null, false),
        ["TripleDESCryptoServiceProvider"] = ("3DES", "use AES-GCM (AesGcm) or AES with an authenticated mode", null, false),
        ["RC2"] = ("RC2", "use AES-GCM (AesGcm) or AES with an authenticated mode", null, false),
        ["RC2CryptoServiceProvider"] = ("RC2", "use AES-GCM (AesGcm) or AES with an authenticated mode", null, false),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.WeakCryptography);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        if (!HasCryptography(context.Compilation))
        {
            return; // nothing this rule reports can exist: register nothing
        }

        var allowedMethods = iot.Settings.NonSecurityHashMethods;

        context.RegisterSyntaxNodeAction(c => AnalyzeName(c, allowedMethods), SyntaxKind.IdentifierName);
        context.RegisterSyntaxNodeAction(AnalyzeCreation, SyntaxKind.ObjectCreationExpression, SyntaxKind.InvocationExpression);
        context.RegisterSyntaxNodeAction(AnalyzeAssignment, SyntaxKind.SimpleAssignmentExpression);
    }

    /// <summary>A weak algorithm type or <c>HashAlgorithmName.MD5/SHA1</c>/<c>CipherMode.ECB</c>, wherever it is named in code.</summary>
    private static void AnalyzeName(SyntaxNodeAnalysisContext context, System.Collections.Immutable.ImmutableHashSet<string> allowedMethods)
    {
        var name = (IdentifierNameSyntax)context.Node;
        var text = name.Identifier.ValueText;
        var isWeakType = WeakTypes.TryGetValue(text, out var weak);
        var isMember = text is "MD5" or "SHA1" or "ECB" or "EncryptEcb" or "DecryptEcb";
        if (!isWeakType && !isMember)
        {
            return;
        }

        // A type named in a declaration (`MD5 md5 = MD5.Create();`) is reported where the algorithm is created or used.
        if (name.Parent is VariableDeclarationSyntax or ParameterSyntax or TypeArgumentListSyntax or PropertyDeclarationSyntax or MethodDeclarationSyntax or
            QualifiedNameSyntax or UsingDirectiveSyntax or TypeOfExpressionSyntax)
        {
            return;
        }

        if (IsCompared(name))
        {
            return; // `alg == HashAlgorithmName.MD5` rejects or labels the algorithm; it does not use it
        }

        var symbol = context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol;
        string? algorithm = null;
        string? advice = null;
        string? replacement = null;
        var isHash = false;
        switch (symbol)
        {
            case INamedTypeSymbol type when isWeakType && IsCryptography(type.ContainingNamespace):
                (algorithm, advice, replacement, isHash) = weak;
                if (name.Parent is ObjectCreationExpressionSyntax)
                {
                    return; // `new MD5CryptoServiceProvider()` is reported once, by AnalyzeCreation
                }

                break;
            case IPropertySymbol { ContainingType.Name: "HashAlgorithmName" } property when text is "MD5" or "SHA1":
                algorithm = property.Name == "MD5" ? "MD5" : "SHA-1";
                advice = "use HashAlgorithmName.SHA256 or stronger";
                replacement = "SHA256";
                isHash = true;
                break;
            case IFieldSymbol { ContainingType.Name: "CipherMode" } when text == "ECB":
                algorithm = "ECB mode";
                advice = "use AES-GCM (AesGcm) or CBC with a random IV and a MAC";
                break;
            case IMethodSymbol { ContainingType.Name: "SymmetricAlgorithm" or "Aes" } when text is "EncryptEcb" or "DecryptEcb":
                algorithm = "ECB mode";
                advice = "use AES-GCM (AesGcm)";
                break;
            default:
                return;
        }

        if (isHash && IsDeclaredNonSecurity(name, context.SemanticModel, allowedMethods, context.CancellationToken))
        {
            return;
        }

        var properties = replacement is null
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(ReplacementProperty, replacement);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeakCryptography, name.GetLocation(), properties, algorithm + " is broken or weak", advice));
    }

    /// <summary>Whether a name (or the member access it ends) is an operand of <c>==</c>/<c>!=</c>, a <c>case</c> label or a constant pattern.</summary>
    private static bool IsCompared(SyntaxNode name)
    {
        var node = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        return node.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } ||
               node.Parent is CaseSwitchLabelSyntax or ConstantPatternSyntax ||
               node.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } && SyntaxNames.Rightmost(call.Expression) is "Equals";
    }

    /// <summary><c>new DESCryptoServiceProvider()</c>, <c>RSA.Create(1024)</c>, <c>new RSACryptoServiceProvider(1024)</c>, <c>new Rfc2898DeriveBytes(...)</c>, <c>Rfc2898DeriveBytes.Pbkdf2(...)</c>.</summary>
    private static void AnalyzeCreation(SyntaxNodeAnalysisContext context)
    {
        var name = context.Node switch
        {
            ObjectCreationExpressionSyntax creation => SyntaxNames.Rightmost(creation.Type),
            InvocationExpressionSyntax invocation => SyntaxNames.Rightmost(invocation.Expression),
            _ => null,
        };
        if (name is null || !(WeakTypes.ContainsKey(name) || name is "RSACryptoServiceProvider" or "Create" or "Rfc2898DeriveBytes" or "Pbkdf2" or "CreateFromName" or "HashAlgorithmName"))
        {
            return;
        }

        var operation = context.SemanticModel.GetOperation(context.Node, context.CancellationToken);
        var (method, arguments) = operation switch
        {
            IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
            IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty),
        };
        if (method?.ContainingType is not { } type || !IsCryptography(type.ContainingNamespace))
        {
            return;
        }

        // Weak algorithms named by a string: CryptoConfig.CreateFromName("MD5"), HashAlgorithm.Create("SHA1"), new HashAlgorithmName("MD5").
        if ((method.Name is "CreateFromName" or "Create" || (method.MethodKind == MethodKind.Constructor && type.Name == "HashAlgorithmName")) &&
            arguments.Length > 0 && arguments[0].Value.ConstantValue is { HasValue: true, Value: string algorithmName } &&
            WeakTypes.TryGetValue(algorithmName.Replace("-", string.Empty).ToUpperInvariant(), out var named))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeakCryptography, context.Node.GetLocation(), named.Algorithm + " is broken or weak", named.Advice));
            return;
        }

        if (method.MethodKind == MethodKind.Constructor && WeakTypes.TryGetValue(type.Name, out var weak))
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeakCryptography, context.Node.GetLocation(), weak.Algorithm + " is broken or weak", weak.Advice));
            return;
        }

        if (type.Name is "RSA" or "RSACryptoServiceProvider" && Argument(arguments, "keySizeInBits", "dwKeySize") is { ConstantValue: { HasValue: true, Value: int bits } } && bits < MinimumRsaBits)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeakCryptography, context.Node.GetLocation(), "an RSA key of " + bits + " bits is too short", "use at least 2048 bits (3072 for use beyond 2030)"));
            return;
        }

        if (type.Name == "Rfc2898DeriveBytes" && (method.MethodKind == MethodKind.Constructor || method.Name == "Pbkdf2"))
        {
            var iterations = Argument(arguments, "iterations");
            var hash = Argument(arguments, "hashAlgorithm");
            if (iterations is null || hash is null)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeakCryptography, context.Node.GetLocation(),
                    "PBKDF2 without an explicit hash and iteration count uses SHA-1 and 1,000 iterations", "pass HashAlgorithmName.SHA256 and at least 100,000 iterations"));
            }
            else if (iterations.ConstantValue is { HasValue: true, Value: int count } && count < MinimumPbkdf2Iterations)
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeakCryptography, iterations.Syntax.GetLocation(),
                    "PBKDF2 with " + count + " iterations is too fast to slow down guessing", "use at least 100,000 iterations (600,000 for SHA-256 per OWASP)"));
            }
        }
    }

    /// <summary><c>rsa.KeySize = 1024</c>. (A constant IV or nonce is IOT3006's finding.)</summary>
    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        var name = SyntaxNames.Rightmost(assignment.Left);
        if (name != "KeySize" ||
            context.SemanticModel.GetOperation(assignment, context.CancellationToken) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } operation ||
            !IsCryptography(property.ContainingType?.ContainingNamespace))
        {
            return;
        }

        if (name == "KeySize" && IsRsa(operation.Target is IPropertyReferenceOperation { Instance: { Type: { } instanceType } } ? instanceType : property.ContainingType) &&
                 operation.Value.ConstantValue is { HasValue: true, Value: int bits } && bits < MinimumRsaBits)
        {
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.WeakCryptography, assignment.Right.GetLocation(), "an RSA key of " + bits + " bits is too short", "use at least 2048 bits"));
        }
    }

    /// <summary>RSA, whatever the declared type says: <c>RSA.Create()</c> returns RSA, KeySize is declared on AsymmetricAlgorithm.</summary>
    private static bool IsRsa(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name.StartsWith("RSA", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation? Argument(ImmutableArray<IArgumentOperation> arguments, params string[] names)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter is { } parameter && Array.IndexOf(names, parameter.Name) >= 0 && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The types every finding of this rule goes through (the BCL's weak algorithms derive from one of the first three;
    /// the weak types themselves are looked up too, for frameworks that declare them on their own).
    /// </summary>
    private static readonly string[] CryptographyTypes =
    {
        "System.Security.Cryptography.HashAlgorithm", "System.Security.Cryptography.SymmetricAlgorithm", "System.Security.Cryptography.AsymmetricAlgorithm",
        "System.Security.Cryptography.HashAlgorithmName", "System.Security.Cryptography.CipherMode", "System.Security.Cryptography.Rfc2898DeriveBytes",
    };

    private static bool HasCryptography(Compilation compilation) =>
        CryptographyTypes.Concat(WeakTypes.Keys.Select(name => "System.Security.Cryptography." + name))
            .Any(name => !compilation.GetTypesByMetadataName(name).IsEmpty);

    private static bool IsCryptography(INamespaceSymbol? ns) => TypeNames.IsCryptography(ns);

    private static bool IsDeclaredNonSecurity(SyntaxNode node, SemanticModel model, System.Collections.Immutable.ImmutableHashSet<string> allowed, System.Threading.CancellationToken cancellationToken)
    {
        if (allowed.Count == 0)
        {
            return false;
        }

        var member = node.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax);
        if (member is null)
        {
            return false;
        }

        var symbol = member is FieldDeclarationSyntax field && field.Declaration.Variables.Count > 0
            ? model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken)
            : model.GetDeclaredSymbol(member, cancellationToken);
        return symbol is not null && (allowed.Contains(symbol.ContainingType.ToDisplayString() + "." + symbol.Name) || allowed.Contains(symbol.ContainingType.ToDisplayString()));
    }
}
