using System.Collections.Generic;
using System.Linq;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Values;

/// <summary>
/// Key bytes written in the code: an array of constant bytes, a UTF-8 literal, or <c>Convert.FromBase64String</c>,
/// <c>Convert.FromHexString</c> or <c>Encoding.GetBytes</c> of text known at compile time, directly or through a field,
/// property or local. IOT1003 judges them at a key parameter; IOT1004 under a key's name that reaches none.
/// </summary>
internal static class WrittenKeys
{
    /// <summary>Fewest bytes (or characters of key text) taken for a key: fewer are a mode, a flag or a short id.</summary>
    public const int MinimumKeyBytes = 8;

    /// <summary>
    /// Whether a string literal holding <paramref name="text"/> alone is IOT1003's on its text, wherever it is written
    /// (<c>SecretTokenAnalyzer</c> reports it there): 16 characters or more holding a token of a known shape
    /// (<see cref="SecretTokens.FindTokens(string)"/>: a Google key <c>AIza...</c>, a GitHub token <c>ghp_...</c>, a JWT)
    /// other than a DER private key, whose body is read with the PEM lines around it. A rule that would report such a
    /// literal through a holder asks it first: one literal, one finding.
    /// </summary>
    public static bool IsTokenByItself(string text) =>
        text.Length >= 16 && SecretTokens.FindTokens(text).Any(f => f.Kind != TokenKind.DerPrivateKey);

    private static bool IsConstantBytes(IArrayInitializerOperation initializer, int minimumBytes = MinimumKeyBytes)
    {
        if (initializer.ElementValues.Length < minimumBytes)
        {
            return false;
        }

        foreach (var element in initializer.ElementValues)
        {
            if (!element.ConstantValue.HasValue)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Bytes written in place, by their syntax alone: an array or collection of numbers, a UTF-8 literal (or its
    /// <c>ToArray()</c>), <c>Convert.FromHexString</c>/<c>FromBase64String</c>/<c>GetBytes</c> of a literal, or a choice
    /// (<c>?:</c>, a switch expression, a coalesce's fallback) one of whose branches is. The screen
    /// for names that say only "key" (a byte sequence's own value must be written where it is declared).
    /// </summary>
    public static bool LooksLikeWrittenBytes(ExpressionSyntax value) =>
        SyntacticValues.Strip(value) switch
        {
            ArrayCreationExpressionSyntax { Initializer: not null } or ImplicitArrayCreationExpressionSyntax or InitializerExpressionSyntax or CollectionExpressionSyntax => true,
            LiteralExpressionSyntax utf8 => utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression),
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToArray", Expression: var receiver } } =>
                SyntacticValues.Strip(receiver) is LiteralExpressionSyntax u8 && u8.IsKind(SyntaxKind.Utf8StringLiteralExpression),
            InvocationExpressionSyntax invocation => CredentialJudge.KeyTextOf(invocation) is { } text && SyntacticValues.Strip(text) is LiteralExpressionSyntax,
            // bench ? BenchAppKey : Convert.FromHexString("D607..."): a written branch is written bytes
            ConditionalExpressionSyntax conditional => LooksLikeWrittenBytes(conditional.WhenTrue) || LooksLikeWrittenBytes(conditional.WhenFalse),
            SwitchExpressionSyntax choice => choice.Arms.Any(arm => LooksLikeWrittenBytes(arm.Expression)),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce => LooksLikeWrittenBytes(coalesce.Right),
            _ => false,
        };

    /// <summary>The syntactic screen for <see cref="IsWrittenKey"/>: false only for shapes it can never accept.</summary>
    public static bool MayBeWrittenKey(ExpressionSyntax value, int depth)
    {
        if (depth > 4)
        {
            return true;
        }

        switch (SyntacticValues.Strip(value))
        {
            case ArrayCreationExpressionSyntax { Initializer: not null } or ImplicitArrayCreationExpressionSyntax or InitializerExpressionSyntax or CollectionExpressionSyntax:
                return true;
            case LiteralExpressionSyntax utf8 when utf8.IsKind(SyntaxKind.Utf8StringLiteralExpression):
                return true; // HMACSHA256.HashData("..."u8, data)

            case InvocationExpressionSyntax invocation when CredentialJudge.KeyTextOf(invocation) is { } keyText:
                return SyntacticValues.MayHoldWrittenText(keyText);
            case ConditionalExpressionSyntax conditional:
                return MayBeWrittenKey(conditional.WhenTrue, depth + 1) || MayBeWrittenKey(conditional.WhenFalse, depth + 1);
            case SwitchExpressionSyntax switchExpression:
                return switchExpression.Arms.Any(arm => MayBeWrittenKey(arm.Expression, depth + 1));
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce:
                return MayBeWrittenKey(coalesce.Left, depth + 1) || MayBeWrittenKey(coalesce.Right, depth + 1);

            case IdentifierNameSyntax identifier:
                var declaration = SyntacticValues.Find(identifier);
                return declaration.Kind switch
                {
                    // DeriveKey(byte[] masterKey, ...) => new HMACSHA256(masterKey): a parameter that names which key it is
                    // is followed to its callers
                    DeclarationKind.Parameter => SecretNames.IsQualifiedKeyName(identifier.Identifier.ValueText),
                    DeclarationKind.RuntimeVariable => false,
                    DeclarationKind.Variable => declaration.Value is not null && MayBeWrittenKey(declaration.Value, depth + 1),
                    _ => true,
                };

            case MemberAccessExpressionSyntax:
                return true; // a field or property of another type

            default:
                return false;
        }
    }

    /// <summary>
    /// Whether key bytes are written in the code: an array of constants, or <c>Convert.FromBase64String</c>,
    /// <c>Convert.FromHexString</c> or <c>Encoding.GetBytes</c> of text known at compile time, directly or through a
    /// field or local.
    /// </summary>
    public static bool IsWrittenKey(IOperation operation, StringValueResolver resolver, int depth, out SyntaxNode written) =>
        IsWrittenKey(operation, resolver, depth, out written, MinimumKeyBytes);

    /// <summary>As <see cref="IsWrittenKey(IOperation, StringValueResolver, int, out SyntaxNode)"/>, with the fewest bytes taken for a key.</summary>
    public static bool IsWrittenKey(IOperation operation, StringValueResolver resolver, int depth, out SyntaxNode written, int minimumBytes) =>
        IsWrittenKey(operation, resolver, depth, out written, minimumBytes, every: null, visited: null);

    /// <summary>
    /// As <see cref="IsWrittenKey(IOperation, StringValueResolver, int, out SyntaxNode)"/>, adding to <paramref name="every"/>
    /// each place key text is written that may reach here (each value a helper's callers pass for its key parameter).
    /// </summary>
    public static bool IsWrittenKey(IOperation operation, StringValueResolver resolver, int depth, out SyntaxNode written, List<SyntaxNode> every) =>
        IsWrittenKey(operation, resolver, depth, out written, MinimumKeyBytes, every, visited: null);

    /// <param name="visited">The helpers' key parameters already followed to their callers in this question: each once, so helpers
    /// that call each other from many places cost linear time.</param>
    private static bool IsWrittenKey(IOperation operation, StringValueResolver resolver, int depth, out SyntaxNode written, int minimumBytes, List<SyntaxNode>? every,
        HashSet<IParameterSymbol>? visited)
    {
        written = operation.Syntax;
        if (depth > 4)
        {
            return false;
        }

        switch (StringValueResolver.Unwrap(operation))
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return IsKeyBytes(initializer, minimumBytes);

            case IArrayInitializerOperation initializer:
                return IsKeyBytes(initializer, minimumBytes);
            case IUtf8StringOperation utf8:
                return utf8.Value.Length >= minimumBytes && SecretText.IsSecretValue(utf8.Value) && !DefaultCredentialList.IsDefaultPassword(utf8.Value);
            case { Syntax: CollectionExpressionSyntax collection } when ElementsOf(collection) is { } elements && elements.Count >= minimumBytes:
                return elements.All(e => SyntacticValues.Strip(e) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression });

            case IInvocationOperation invocation when CredentialJudge.KeyTextOf(invocation) is { } decoded:
                // Each written choice of the text (a helper's key parameter: every value its callers write) is a key.
                var found = false;
                foreach (var alternative in resolver.Alternatives(decoded))
                {
                    var keyText = resolver.Resolve(alternative);
                    if (keyText.IsFullyKnown && SecretText.IsSecretValue(keyText.Text) && keyText.Text.Length >= minimumBytes && !IsCountingHex(keyText.Text) &&
                        !IsNamedTestVector(keyText) && // NIST's AES-128 example key in a power-on self-test opens nothing
                        !DefaultCredentialList.IsDefaultPassword(keyText.Text) && // a listed default as the key's text is IOT1002's
                        SecretText.Classify(keyText.Text) != TextClass.Placeholder && // a template given as the key is IOT1006's,
                        !SecretNames.SpellsName(keyText.Text, keyText.Parts.FirstOrDefault(p => p.Holder is not null).Holder?.Name)) // so is one naming its holder
                    {
                        var at = keyText.Parts.FirstOrDefault(p => p.Scope is not null).Scope ?? operation.Syntax;
                        if (!found)
                        {
                            written = at;
                            found = true;
                        }

                        if (every is null)
                        {
                            break;
                        }

                        every.Add(at);
                    }
                }

                return found;

            case IInvocationOperation { Instance: { } span } toArray when ValueShapes.TextCallOf(toArray.TargetMethod) == TextCall.SpanToArray:
                return IsWrittenKey(span, resolver, depth + 1, out written, minimumBytes, every, visited); // "..."u8.ToArray()

            case IConditionalOperation { WhenFalse: { } whenFalse } conditional:
                // simulator ? Convert.FromHexString(TestVectorKey) : Convert.FromHexString("277C..."): either key ships, and
                // each is reported where it is written (eu ? EuAppKey : UsAppKey)
                var either = false;
                written = operation.Syntax;
                foreach (var branch in new[] { conditional.WhenTrue, whenFalse })
                {
                    var before = every?.Count ?? 0;
                    if (IsWrittenKey(branch, resolver, depth + 1, out var branchKey, minimumBytes, every, visited))
                    {
                        if (!either)
                        {
                            written = branchKey;
                            either = true;
                        }

                        if (every is null)
                        {
                            break;
                        }

                        if (every.Count == before)
                        {
                            every.Add(branchKey);
                        }
                    }
                }

                return either;
            case ISwitchExpressionOperation choice:
                // new HMACSHA256(region switch { Europe => EuropeKey, _ => RestKey }): every arm's key ships
                var chosen = false;
                written = operation.Syntax;
                foreach (var arm in choice.Arms)
                {
                    var before = every?.Count ?? 0;
                    if (IsWrittenKey(arm.Value, resolver, depth + 1, out var armKey, minimumBytes, every, visited))
                    {
                        if (!chosen)
                        {
                            written = armKey;
                            chosen = true;
                        }

                        if (every is null)
                        {
                            break;
                        }

                        if (every.Count == before)
                        {
                            every.Add(armKey);
                        }
                    }
                }

                return chosen;

            case ICoalesceOperation coalesce:
                return IsWrittenKey(coalesce.Value, resolver, depth + 1, out written, minimumBytes, every, visited) ||
                       IsWrittenKey(coalesce.WhenNull, resolver, depth + 1, out written, minimumBytes, every, visited);

            case IFieldReferenceOperation field when resolver.InitializerOperation(field.Field) is { } fieldValue:
                return IsWrittenKey(fieldValue, resolver, depth + 1, out written, minimumBytes, every, visited);

            case ILocalReferenceOperation local when resolver.InitializerOperation(local.Local) is { } localValue:
                return IsWrittenKey(localValue, resolver, depth + 1, out written, minimumBytes, every, visited);

            case IPropertyReferenceOperation property when resolver.InitializerOperation(property.Property) is { } propertyValue:
                return IsWrittenKey(propertyValue, resolver, depth + 1, out written, minimumBytes, every, visited);

            case IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol helper } parameter } when SecretNames.IsQualifiedKeyName(parameter.Name) &&
                                                                                                                  (visited ??= new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default)).Add(parameter.OriginalDefinition):
                // DeriveKey(byte[] masterKey, ...) => new HMACSHA256(masterKey): the key each caller passes
                var any = false;
                foreach (var argument in resolver.ArgumentsFor(helper, parameter))
                {
                    var before = every?.Count ?? 0;
                    if (IsWrittenKey(argument, resolver, depth + 1, out var at, minimumBytes, every, visited))
                    {
                        if (!any)
                        {
                            written = at;
                            any = true;
                        }

                        if (every is null)
                        {
                            break;
                        }

                        if (every.Count == before)
                        {
                            every.Add(at);
                        }
                    }
                }

                return any;

            default:
                return false;
        }
    }

    /// <summary>The elements of an array initializer or of a collection expression of plain elements (<c>[0x30, 0x82]</c>); null for spreads.</summary>
    public static IReadOnlyList<ExpressionSyntax>? ElementsOf(SyntaxNode node)
    {
        switch (node)
        {
            case InitializerExpressionSyntax initializer:
                return initializer.Expressions;
            case CollectionExpressionSyntax collection:
                var elements = new List<ExpressionSyntax>(collection.Elements.Count);
                foreach (var element in collection.Elements)
                {
                    if (element is not ExpressionElementSyntax expression)
                    {
                        return null;
                    }

                    elements.Add(expression.Expression);
                }

                return elements;
            default:
                return null;
        }
    }

    /// <summary>Minimum elements of a byte array judged as an embedded private key (an Ed25519 PKCS#8 key is 48 bytes).</summary>
    private const int MinimumDerKeyBytes = 40;

    /// <summary>Whether written bytes are a DER private key or PKCS#12 key store (<see cref="SecretTokens.IsPrivateKeyDer(IReadOnlyList{byte})"/>).</summary>
    public static bool IsPrivateKeyDer(IReadOnlyList<ExpressionSyntax> elements)
    {
        if (elements.Count < MinimumDerKeyBytes || SyntacticValues.Strip(elements[0]) is not LiteralExpressionSyntax { Token.Value: 0x30 })
        {
            return false;
        }

        var head = new List<byte>(12);
        foreach (var element in elements)
        {
            if (head.Count == 12)
            {
                break;
            }

            if (SyntacticValues.Strip(element) is not LiteralExpressionSyntax { Token.Value: int value } || value is < 0 or > 255)
            {
                return false;
            }

            head.Add((byte)value);
        }

        return SecretTokens.IsPrivateKeyDer(head);
    }

    /// <summary>
    /// Whether written key bytes (as <see cref="IsWrittenKey"/> gives them) are key material by their shape alone, which
    /// IOT1003 reports where they are written: a DER private key, or text holding a PEM block, a DER key in base64 or a token.
    /// </summary>
    public static bool HasKeyShape(SyntaxNode written)
    {
        var node = written is ArrayCreationExpressionSyntax { Initializer: { } initializer } ? initializer : written;
        if (ElementsOf(node) is { } elements)
        {
            return IsPrivateKeyDer(elements);
        }

        return node is LiteralExpressionSyntax literal && SecretTokens.FindTokens(literal.Token.ValueText).Count > 0;
    }

    /// <summary>
    /// Bytes that count (00 01 02 ... 0f, or one value repeated): a test vector's key (FIPS-197's) or a fill pattern,
    /// published or trivial, never a device's key.
    /// </summary>
    /// <summary>Constant bytes written in place that may be a key: not counting (<c>0x00, 0x01, ...</c>).</summary>
    private static bool IsKeyBytes(IArrayInitializerOperation initializer, int minimumBytes) =>
        IsConstantBytes(initializer, minimumBytes) && !IsCounting(initializer.ElementValues.Select(e => e.ConstantValue.Value));

    /// <summary>
    /// Key text the standards publish as a test vector (<see cref="SecretTokens.IsPublishedTestVectorKey(string)"/>) held
    /// under a name that says so (<c>Sp800TestVectorKeyHex</c>, <c>KatKey</c>): a known-answer test's input. The same key
    /// under a production name (<c>AppKeyHex</c>) is a published key shipped as the device's own, and stays a key.
    /// </summary>
    private static bool IsNamedTestVector(ResolvedString keyText) =>
        SecretTokens.IsPublishedTestVectorKey(keyText.Text) &&
        keyText.Parts.FirstOrDefault(p => p.Holder is not null).Holder?.Name is { } holder &&
        SecretNames.SplitWords(holder) is var words && (words.Contains("test") || words.Contains("vector") || words.Contains("kat") || words.Contains("selftest"));

    private static bool IsCounting(IEnumerable<object?> values)
    {
        long? previous = null, step = null;
        var count = 0;
        foreach (var value in values)
        {
            if (value is null || !long.TryParse(System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out var current))
            {
                return false;
            }

            if (previous is { } before)
            {
                var difference = current - before;
                if (difference is < -1 or > 1 || (step is { } known && known != difference))
                {
                    return false;
                }

                step = difference;
            }

            previous = current;
            count++;
        }

        return count > 1;
    }

    /// <summary>As <see cref="IsCounting"/>, for hex text (<c>000102030405060708090a0b0c0d0e0f</c>).</summary>
    private static bool IsCountingHex(string text)
    {
        if (text.Length % 2 != 0 || text.Length < 2)
        {
            return false;
        }

        var bytes = new List<object?>(text.Length / 2);
        for (var i = 0; i < text.Length; i += 2)
        {
            if (!int.TryParse(text.Substring(i, 2), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var b))
            {
                return false;
            }

            bytes.Add(b);
        }

        return IsCounting(bytes);
    }

    /// <summary>Whether every written byte is the same (a fill pattern or an empty buffer, not a key).</summary>
    public static bool IsFill(SyntaxNode written)
    {
        var node = written is ArrayCreationExpressionSyntax { Initializer: { } initializer } ? initializer : written;
        if (ElementsOf(node) is not { Count: > 0 } elements)
        {
            return false;
        }

        var first = SyntacticValues.Strip(elements[0]).ToString();
        return elements.All(e => SyntacticValues.Strip(e).ToString() == first);
    }
}
