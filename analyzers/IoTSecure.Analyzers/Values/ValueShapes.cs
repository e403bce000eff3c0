using IoTSecure.Analyzers.Infrastructure;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IoTSecure.Analyzers.Values;

/// <summary>A call whose result carries text written in its arguments.</summary>
internal enum TextCall
{
    None,

    /// <summary><c>string.Concat(...)</c>: the arguments, in order.</summary>
    Concat,

    /// <summary><c>string.Format(format, ...)</c>: the format with its items filled in.</summary>
    Format,

    /// <summary><c>string.Join(separator, ...)</c>: the values with the separator between them.</summary>
    Join,

    /// <summary><c>Encoding.X.GetBytes(text)</c>: the text, as bytes.</summary>
    GetBytes,

    /// <summary><c>"..."u8.ToArray()</c> (a span's <c>ToArray</c>) or <c>text.ToCharArray()</c>: the receiver's text, as an array.</summary>
    SpanToArray,

    /// <summary><c>Convert.ToBase64String(Encoding.UTF8/ASCII.GetBytes(text))</c>: the Base64 of the text (Basic authentication built in code).</summary>
    ToBase64,

    /// <summary>
    /// <c>Uri.EscapeDataString(text)</c>, <c>Uri.EscapeUriString(text)</c>, <c>WebUtility.UrlEncode(text)</c>,
    /// <c>HttpUtility.UrlEncode(text)</c>: the text as a URL carries it (the same text for a key of letters and digits).
    /// </summary>
    Escape,

    /// <summary>
    /// <c>FormattableString.Invariant($"...")</c>, <c>FormattableString.CurrentCulture($"...")</c>,
    /// <c>string.Create(provider, $"...")</c>: the interpolation's text, in the culture CA1305 asks to name.
    /// </summary>
    Interpolation,
}

/// <summary>
/// The one description of the shapes in which a value carries text written in the code, read by both models of a
/// value: the cheap syntactic screen (<see cref="SyntacticValues"/>, which may say "maybe" too often but must never say
/// "no" to a shape below) and the resolver (<see cref="StringValueResolver"/>, which follows each shape to its text).
/// <list type="bullet">
/// <item>literals: regular, verbatim, raw, UTF-8 (<c>"..."u8</c>), and <c>nameof</c>;</item>
/// <item>concatenation with <c>+</c> (of any length), interpolation, and the <see cref="TextCall"/>s;</item>
/// <item><c>??</c> (its fallback ships in the code), and <c>?:</c> (the screen only);</item>
/// <item>names of constants, fields, properties and locals whose only value is one of these (in any file);</item>
/// <item>the wrappers both look through: parentheses, casts and conversions, <c>as</c>, <c>!</c>, <c>checked</c>.</item>
/// </list>
/// Everything else (parameters, other calls, <c>await</c>, indexers, object creations) exists only at run time. The
/// agreement test (ValueShapeAgreementTests) fails when the screen would drop a value the resolver finds text in.
/// </summary>
internal static class ValueShapes
{
    /// <summary>
    /// The length an array is made with when it is a constant (<c>new byte[32]</c>, <c>new byte[KeyLength]</c>,
    /// <c>stackalloc byte[2]</c>), read from <paramref name="created"/>'s syntax and the constant's value; null for any
    /// other expression or a length known only at run time.
    /// </summary>
    public static int? CreatedLength(Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionSyntax created, SemanticModel model, System.Threading.CancellationToken cancellationToken = default)
    {
        var rank = SyntacticValues.Strip(created) switch
        {
            Microsoft.CodeAnalysis.CSharp.Syntax.ArrayCreationExpressionSyntax { Type.RankSpecifiers: { Count: 1 } ranks } => ranks[0],
            Microsoft.CodeAnalysis.CSharp.Syntax.StackAllocArrayCreationExpressionSyntax { Type: Microsoft.CodeAnalysis.CSharp.Syntax.ArrayTypeSyntax { RankSpecifiers: { Count: 1 } stackRanks } } => stackRanks[0],
            _ => null,
        };
        return rank is { Sizes: { Count: 1 } sizes } && created.SyntaxTree == model.SyntaxTree &&
               model.GetConstantValue(sizes[0], cancellationToken) is { HasValue: true, Value: int length }
            ? length
            : null;
    }

    /// <summary>Whether a called name may be a <see cref="TextCall"/> (the screen, before the declaring type is known).</summary>
    public static bool IsTextCallName(string? name) => name is "Concat" or "Format" or "Join" or "GetBytes" or "ToBase64String" or "EscapeDataString" or "EscapeUriString" or "UrlEncode";

    /// <summary>
    /// Whether a call may be a <see cref="TextCall.Interpolation"/> on its syntax: <c>Invariant</c> or <c>CurrentCulture</c>
    /// (of <c>FormattableString</c>, often imported statically), or <c>string.Create</c>, given an interpolated string.
    /// </summary>
    public static bool IsInterpolationCall(string? name, Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax call) =>
        name switch
        {
            "Invariant" or "CurrentCulture" => true,
            "Create" => call.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.MemberAccessExpressionSyntax
            {
                Expression: Microsoft.CodeAnalysis.CSharp.Syntax.PredefinedTypeSyntax or Microsoft.CodeAnalysis.CSharp.Syntax.IdentifierNameSyntax { Identifier.ValueText: "String" },
            },
            _ => false,
        } && call.ArgumentList.Arguments.Any(a => a.Expression is Microsoft.CodeAnalysis.CSharp.Syntax.InterpolatedStringExpressionSyntax);

    /// <summary>
    /// Whether a called name may be a call whose text is its receiver's (<see cref="TextCall.SpanToArray"/>, and a string's
    /// <c>AsSpan()</c> or <c>AsMemory()</c> view, which <see cref="StringValueResolver.Unwrap"/> reads as the string).
    /// </summary>
    public static bool IsReceiverTextCallName(string? name) => name is "ToArray" or "ToCharArray" or "AsSpan" or "AsMemory";

    /// <summary>A type that only wraps the text it is made from, by its name (the cheap syntactic test): SNMP's <c>OctetString</c>.</summary>
    public static bool IsTextWrapperName(string? name) => name is "OctetString";

    /// <summary>
    /// A constructor of a type that only wraps the text it is made from: SNMP's <c>OctetString(string)</c> of #SNMP
    /// (<c>Lextm.SharpSnmpLib</c>) and of SNMP#NET (<c>SnmpSharpNet</c>).
    /// </summary>
    public static bool IsTextWrapper(IMethodSymbol? constructor) =>
        constructor is { MethodKind: MethodKind.Constructor, ContainingType: { Name: "OctetString" } type } &&
        type.ContainingNamespace?.ToDisplayString() is "Lextm.SharpSnmpLib" or "SnmpSharpNet";

    /// <summary>Which <see cref="TextCall"/> a bound method is, on its declaring type (the resolver).</summary>
    public static TextCall TextCallOf(IMethodSymbol method)
    {
        if (method.Name is "Invariant" or "CurrentCulture" && method.IsStatic && method.Parameters.Length == 1 &&
            method.ContainingType is { Name: "FormattableString", ContainingNamespace.Name: "System" })
        {
            return TextCall.Interpolation;
        }

        if (method.Name == "Create" && method.IsStatic && method.ContainingType?.SpecialType == SpecialType.System_String &&
            method.Parameters.Length is 2 or 3 && method.Parameters[0].Type.Name == "IFormatProvider")
        {
            return TextCall.Interpolation;
        }

        if (!IsTextCallName(method.Name) && !IsReceiverTextCallName(method.Name))
        {
            return TextCall.None;
        }

        if (method.Name == "ToArray" && method.Parameters.Length == 0 && method.ContainingType is { Name: "ReadOnlySpan" or "Span", ContainingNamespace.Name: "System" })
        {
            return TextCall.SpanToArray;
        }

        // ToBase64String(byte[]) and ToBase64String(ReadOnlySpan<byte>, Base64FormattingOptions = None) ("..."u8 passed as a
        // span); not the overloads that encode a slice (offset, length)
        if (method.Name == "ToBase64String" && method.Parameters.Length >= 1 && method.ContainingType is { Name: "Convert", ContainingNamespace.Name: "System" } &&
            method.Parameters.Skip(1).All(p => p.Type.Name == "Base64FormattingOptions"))
        {
            return TextCall.ToBase64;
        }

        if (method.Name is "EscapeDataString" or "EscapeUriString" or "UrlEncode" && method.IsStatic && method.Parameters.Length == 1 &&
            method.Parameters[0].Type.SpecialType == SpecialType.System_String &&
            method.ContainingType is { Name: "Uri", ContainingNamespace.Name: "System" } or { Name: "WebUtility", ContainingNamespace.Name: "Net" } or { Name: "HttpUtility", ContainingNamespace.Name: "Web" })
        {
            return TextCall.Escape;
        }

        if (method.ContainingType?.SpecialType == SpecialType.System_String)
        {
            return method.Name switch
            {
                "Concat" => TextCall.Concat,
                "Format" => TextCall.Format,
                "Join" => TextCall.Join,
                "ToCharArray" when method.Parameters.Length == 0 => TextCall.SpanToArray, // text.ToCharArray(): the text's characters
                _ => TextCall.None,
            };
        }

        return method.Name == "GetBytes" && method.Parameters.Length == 1 &&
               (method.Parameters[0].Type.SpecialType == SpecialType.System_String ||
                method.Parameters[0].Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Char }) && // GetBytes(text.ToCharArray())
               TypeNames.DerivesFrom(method.ContainingType, "System.Text", "Encoding")
            ? TextCall.GetBytes
            : TextCall.None;
    }
}
