using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
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
/// IOT3006: an initialisation vector or nonce that is the same for every message: all zero (<c>new byte[16]</c>,
/// <c>new byte[aes.BlockSize / 8]</c>), written in the code (a literal array, a hex or base64 string), or one
/// <c>static readonly</c> field or never-changed local shared by every encryption. It is given to
/// <c>SymmetricAlgorithm.IV</c>, <c>EncryptCbc</c>/<c>EncryptCfb</c>, <c>CreateEncryptor(key, iv)</c>, or as the
/// nonce of <c>AesGcm</c>/<c>AesCcm</c>/<c>ChaCha20Poly1305.Encrypt</c>. A repeated CBC IV shows which messages start
/// alike; a repeated GCM or ChaCha20 nonce gives away the keystream and the authentication key (NIST SP 800-38A
/// appendix C, SP 800-38D 8.2; ETSI EN 303 645 5.5-1; EN 18031-1 CRY-1). Decryption is not reported: its IV comes with
/// the message.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConstantInitializationVectorAnalyzer : IoTSecureAnalyzer
{
    /// <summary>Where the value was written, for the fix: the expression that makes the constant bytes.</summary>
    public const string LengthProperty = "Length";

    private static readonly ImmutableHashSet<string> EncryptMethods = ImmutableHashSet.Create(
        "EncryptCbc", "EncryptCfb", "CreateEncryptor", "Encrypt", "TryEncryptCbc", "TryEncryptCfb");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.ConstantInitializationVector);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        if (context.Compilation.GetTypeByMetadataName("System.Security.Cryptography.SymmetricAlgorithm") is null &&
            context.Compilation.GetTypeByMetadataName("System.Security.Cryptography.AesGcm") is null)
        {
            return; // nothing this rule reports can exist
        }

        context.RegisterSyntaxNodeAction(AnalyzeAssignment, SyntaxKind.SimpleAssignmentExpression);
        context.RegisterSyntaxNodeAction(AnalyzeCall, SyntaxKind.InvocationExpression);
    }

    /// <summary><c>aes.IV = ...</c></summary>
    private static void AnalyzeAssignment(SyntaxNodeAnalysisContext context)
    {
        var assignment = (AssignmentExpressionSyntax)context.Node;
        if (SyntaxNames.Rightmost(assignment.Left) != "IV" ||
            context.SemanticModel.GetOperation(assignment, context.CancellationToken) is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { } property } } operation ||
            !IsCryptography(property.ContainingType))
        {
            return;
        }

        Judge(context, operation.Value, "IV", assignment.Right);
    }

    /// <summary><c>aes.EncryptCbc(data, iv)</c>, <c>aes.CreateEncryptor(key, iv)</c>, <c>gcm.Encrypt(nonce, ...)</c>.</summary>
    private static void AnalyzeCall(SyntaxNodeAnalysisContext context)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        if (SyntaxNames.Rightmost(invocation.Expression) is not { } name || !EncryptMethods.Contains(name) || invocation.ArgumentList.Arguments.Count == 0 ||
            context.SemanticModel.GetOperation(invocation, context.CancellationToken) is not IInvocationOperation operation ||
            !IsCryptography(operation.TargetMethod.ContainingType))
        {
            return;
        }

        foreach (var argument in operation.Arguments)
        {
            if (argument.Parameter?.Name is "iv" or "rgbIV" or "nonce" && argument.ArgumentKind == ArgumentKind.Explicit)
            {
                Judge(context, argument.Value, argument.Parameter.Name == "nonce" ? "nonce" : "IV", argument.Value.Syntax);
            }
        }
    }

    private static void Judge(SyntaxNodeAnalysisContext context, IOperation value, string what, SyntaxNode location)
    {
        if (ConstantBytes(value, context.SemanticModel, context.CancellationToken, out var how, out var length) is not { } reported)
        {
            return;
        }

        var properties = length is null ? ImmutableDictionary<string, string?>.Empty : ImmutableDictionary<string, string?>.Empty.Add(LengthProperty, length);
        context.ReportDiagnostic(Diagnostic.Create(Descriptors.ConstantInitializationVector, location.GetLocation(), properties, what, how));
    }

    /// <summary>The constant bytes' description and the expression for their length, or null when the value may change.</summary>
    private static IOperation? ConstantBytes(IOperation value, SemanticModel model, CancellationToken cancellationToken, out string how, out string? length)
    {
        how = string.Empty;
        length = null;
        var unwrapped = StringValueResolver.Unwrap(value);
        switch (unwrapped)
        {
            case IArrayCreationOperation creation when IsConstantArray(creation, out how):
                length = creation.Initializer is null ? creation.DimensionSizes.FirstOrDefault()?.Syntax.ToString() : creation.Initializer.ElementValues.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return creation;

            case IInvocationOperation { TargetMethod.Name: "Clone", Instance: { } original } clone
                when ConstantBytes(original, model, cancellationToken, out var cloned, out length) is not null:
                how = cloned + " (a copy)";
                return clone;

            case IInvocationOperation call when IsDecodedLiteral(call, out how):
                length = DecodedLength(call)?.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return call;

            case IPropertyReferenceOperation { Property.Name: "Key", Instance: { } algorithm } keyReference when IsCryptography(keyReference.Property.ContainingType):
                how = "is the key";
                length = algorithm.Syntax + ".BlockSize / 8";
                return keyReference;

            case IFieldReferenceOperation { Field: { } field } reference when (field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private) &&
                                                                            OnlyValueOf(field, cancellationToken) is { } initial &&
                                                                            SyntacticConstantBytes(initial) is { } inner &&
                                                                            !ContentsChange(field, cancellationToken):
                how = "comes from the " + (field.IsReadOnly ? "read-only " : string.Empty) + "field '" + field.Name + "', which " + inner;
                length = reference.Syntax + ".Length";
                return reference;

            case { Syntax: ExpressionSyntax written } when SyntacticConstantBytes(written) is { } shape && written is not IdentifierNameSyntax and not MemberAccessExpressionSyntax:
                how = shape; // stackalloc byte[12], Enumerable.Repeat((byte)0, 16).ToArray() given where it is used
                return unwrapped;

            case ILocalReferenceOperation { Local: { } local } reference when NeverChanged(local, reference.Syntax, model, cancellationToken, out var initialValue, out var initialSyntax) &&
                                                                               (SyntacticConstantBytes(initialSyntax!) is { } innerLocal ||
                                                                                (initialValue is not null && ConstantBytes(initialValue, model, cancellationToken, out innerLocal, out _) is not null)):
                how = "comes from '" + local.Name + "', which " + innerLocal + " and never changes";
                length = reference.Syntax + ".Length";
                return reference;
        }

        return null;
    }

    private static bool IsConstantArray(IArrayCreationOperation creation, out string how)
    {
        how = string.Empty;
        if (creation.Type is not IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte })
        {
            return false;
        }

        if (creation.Initializer is null)
        {
            how = "is all zero";
            return true;
        }

        if (creation.Initializer.ElementValues.All(e => e.ConstantValue.HasValue))
        {
            how = "is written in the code";
            return true;
        }

        return false;
    }

    /// <summary><c>Convert.FromHexString("...")</c>, <c>Convert.FromBase64String("...")</c>, <c>Encoding.UTF8.GetBytes("...")</c>.</summary>
    private static bool IsDecodedLiteral(IInvocationOperation call, out string how)
    {
        how = "is written in the code";
        var name = call.TargetMethod.Name;
        var type = call.TargetMethod.ContainingType;
        var decodes = (TypeNames.Is(type, "System", "Convert") && name is "FromHexString" or "FromBase64String") ||
                      (TypeNames.DerivesFrom(type, "System.Text", "Encoding") && name == "GetBytes");
        return decodes && call.Arguments.Length == 1 && StringValueResolver.Unwrap(call.Arguments[0].Value).ConstantValue is { HasValue: true, Value: string };
    }

    private static int? DecodedLength(IInvocationOperation call)
    {
        var text = (string)StringValueResolver.Unwrap(call.Arguments[0].Value).ConstantValue.Value!;
        try
        {
            return call.TargetMethod.Name switch
            {
                "FromHexString" => text.Length / 2,
                "FromBase64String" => System.Convert.FromBase64String(text).Length,
                _ => System.Text.Encoding.UTF8.GetByteCount(text),
            };
        }
        catch (System.FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The only value a field is ever given: its initializer, or the one assignment to it anywhere in its type (a
    /// constructor's <c>_iv = new byte[16]</c>); null when it is given values in more than one place.
    /// </summary>
    private static ExpressionSyntax? OnlyValueOf(IFieldSymbol field, CancellationToken cancellationToken)
    {
        var values = new List<ExpressionSyntax>();
        if (field.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
        {
            values.Add(initializer);
        }

        foreach (var reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var assignment in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                var target = assignment.Left is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self ? self.Name : assignment.Left;
                if (target is IdentifierNameSyntax { Identifier.ValueText: var name } && name == field.Name)
                {
                    values.Add(assignment.Right);
                }
            }
        }

        return values.Count == 1 ? values[0] : null;
    }

    /// <summary>
    /// The same judgement from syntax alone, for a field's initializer (it may sit in another file): a byte array with
    /// no initializer or only literal elements, a collection expression of literals, or a decoded string literal.
    /// </summary>
    private static string? SyntacticConstantBytes(ExpressionSyntax expression)
    {
        static bool AllLiteral(System.Collections.Generic.IEnumerable<ExpressionSyntax> elements) =>
            elements.All(e => SyntacticValues.Strip(e) is LiteralExpressionSyntax or PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax });

        switch (SyntacticValues.Strip(expression))
        {
            case ArrayCreationExpressionSyntax { Type.ElementType: PredefinedTypeSyntax { Keyword.ValueText: "byte" }, Initializer: null }:
                return "is all zero";
            case ArrayCreationExpressionSyntax { Type.ElementType: PredefinedTypeSyntax { Keyword.ValueText: "byte" }, Initializer: { } initializer } when AllLiteral(initializer.Expressions):
                return "is written in the code";
            case StackAllocArrayCreationExpressionSyntax { Initializer: null }:
                return "is all zero";
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray", Expression: InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 2 } repeated } repeat } }
                when SyntaxNames.Rightmost(repeat.Expression) == "Repeat" && SyntacticValues.Strip(repeated[0].Expression) is LiteralExpressionSyntax or CastExpressionSyntax { Expression: LiteralExpressionSyntax }:
                return "is the same byte repeated";
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ArrayInitializerExpression } initializer when AllLiteral(initializer.Expressions):
                return "is written in the code";
            case CollectionExpressionSyntax collection when collection.Elements.All(e => e is ExpressionElementSyntax element && AllLiteral(new[] { element.Expression })):
                return "is written in the code";
            case InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } arguments } call
                when SyntaxNames.Rightmost(call.Expression) is "FromHexString" or "FromBase64String" or "GetBytes" &&
                     SyntacticValues.Strip(arguments[0].Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression }:
                return "is written in the code";
            default:
                return null;
        }
    }

    /// <summary>
    /// Whether a local keeps the value it was declared with: no assignment, no element write, not passed by
    /// reference, and not handed to any call (which could fill it, as RandomNumberGenerator.Fill does) other than
    /// where it is used as an IV or nonce.
    /// </summary>
    private static bool NeverChanged(ILocalSymbol local, SyntaxNode use, SemanticModel model, CancellationToken cancellationToken, out IOperation? initial, out ExpressionSyntax? initialSyntax)
    {
        initial = null;
        initialSyntax = null;
        if (local.DeclaringSyntaxReferences.Length != 1 ||
            local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator)
        {
            return false;
        }

        var scope = (SyntaxNode?)declarator.FirstAncestorOrSelf<BlockSyntax>() ?? declarator.FirstAncestorOrSelf<CompilationUnitSyntax>();
        if (scope is null)
        {
            return false;
        }

        foreach (var identifier in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (identifier.Identifier.ValueText != local.Name || identifier == use ||
                !SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(identifier, cancellationToken).Symbol, local))
            {
                continue;
            }

            var parent = identifier.Parent;
            if (parent is AssignmentExpressionSyntax assignment && assignment.Left == identifier ||
                parent is ElementAccessExpressionSyntax { Parent: AssignmentExpressionSyntax elementAssignment } element && elementAssignment.Left == element ||
                parent is ArgumentSyntax { RefKindKeyword.RawKind: not 0 } ||
                parent is ArgumentSyntax argument && !IsIvArgument(argument, model, cancellationToken) ||
                parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } member && member.Expression == identifier && member.Name.Identifier.ValueText is not "Length" ||
                parent is AssignmentExpressionSyntax { Right: var right } ivAssignment && right == identifier && SyntaxNames.Rightmost(ivAssignment.Left) != "IV")
            {
                return false;
            }
        }

        initial = model.GetOperation(initializer, cancellationToken);
        initialSyntax = initializer;
        return true;
    }

    /// <summary>
    /// Whether a read-only array field's contents may change: anywhere in its type it is written by element, handed to a
    /// call that is not an encryption (<c>WriteUInt64BigEndian(nonce.AsSpan(4), ++counter)</c> fills it), or used through a
    /// member other than <c>Length</c>. A counter nonce kept in a readonly field is not constant.
    /// </summary>
    private static bool ContentsChange(IFieldSymbol field, CancellationToken cancellationToken)
    {
        foreach (var reference in field.ContainingType.DeclaringSyntaxReferences)
        {
            foreach (var identifier in reference.GetSyntax(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                if (identifier.Identifier.ValueText != field.Name)
                {
                    continue;
                }

                SyntaxNode node = identifier.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == identifier ? self : identifier;

                // nonce.AsSpan(4) / nonce.AsMemory() handed on: judged where the span goes.
                if (node.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsSpan" or "AsMemory" } view && view.Expression == node &&
                    view.Parent is InvocationExpressionSyntax viewCall)
                {
                    node = viewCall;
                }

                switch (node.Parent)
                {
                    case ElementAccessExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } element when assignment.Left == element:
                    case ArgumentSyntax { RefKindKeyword.RawKind: not 0 }:
                        return true;
                    case ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } when WritesItsArguments(SyntaxNames.Rightmost(call.Expression)):
                        return true;
                    case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Fill" or "Clear" or "Reverse" } member when member.Expression == node:
                        return true;
                }
            }
        }

        return false;
    }

    /// <summary>Calls that write into an array or span they are given (BinaryPrimitives.Write*, RandomNumberGenerator.Fill, Array.Copy ...).</summary>
    private static bool WritesItsArguments(string? method) =>
        method is not null && (method.StartsWith("Write", System.StringComparison.Ordinal) || method.StartsWith("TryWrite", System.StringComparison.Ordinal) ||
                               method is "Fill" or "GetBytes" or "GetNonZeroBytes" or "NextBytes" or "Copy" or "BlockCopy" or "Clear" or "Reverse" or "Increment" or "Read" or "ReadExactly");

    private static bool IsIvArgument(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken) =>
        model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter.Name: "iv" or "rgbIV" or "nonce" };

    private static bool IsCryptography(INamedTypeSymbol? type) => TypeNames.IsCryptography(type?.ContainingNamespace);
}
