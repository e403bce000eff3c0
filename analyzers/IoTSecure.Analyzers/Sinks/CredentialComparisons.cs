using System;
using System.Collections.Generic;
using System.Linq;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Sinks;

/// <summary>A literal compared with a credential received at run time (<c>e.Password == "..."</c>).</summary>
internal readonly struct CredentialComparison
{
    public CredentialComparison(IOperation literal, ISymbol received, bool onlyDefaults = false, bool isBasicCredential = false)
    {
        Literal = literal;
        Received = received;
        OnlyDefaults = onlyDefaults;
        IsBasicCredential = isBasicCredential;
    }

    /// <summary>
    /// True when the written side is an HTTP Basic authorization value (a user id and password by its shape): a credential
    /// wherever it is held, never routed to IOT1004 as a secret of the team's own check.
    /// </summary>
    public bool IsBasicCredential { get; }

    /// <summary>
    /// True when the received value is named only as a PIN, passcode or pairing code (not as a secret): such a name also
    /// labels hardware (<c>pin == "D5"</c>), so only a listed default compared with it is a finding.
    /// </summary>
    public bool OnlyDefaults { get; }

    /// <summary>The side of the comparison that is written in the code.</summary>
    public IOperation Literal { get; }

    /// <summary>The received credential: any secret-named property, field, parameter or local that holds a run-time value.</summary>
    public ISymbol Received { get; }

    public string Where => "is compared with the received credential '" +
                           (Received is IPropertySymbol or IFieldSymbol ? Received.ContainingType.Name + "." : string.Empty) + Received.Name + "'";
}

/// <summary>
/// Finds comparisons of a received credential with a value written in the code: <c>==</c>, <c>!=</c>,
/// <c>string.Equals(a, b[, comparison])</c> and <c>a.Equals(b[, comparison])</c>. Only comparisons where a side is
/// named like a secret reach the semantic model. Constant-time comparisons of stored hashes are not credential
/// comparisons.
/// </summary>
internal static class CredentialComparisons
{
    public static void Register(
        SyntaxActions actions, IoTSecureContext iot, StringValueResolver resolver, Action<SyntaxNodeAnalysisContext, CredentialComparison> onComparison)
    {
        var names = iot.Settings.SecretNames;
        actions.Add(
            c =>
            {
                var binary = (BinaryExpressionSyntax)c.Node;

                // "Basic ..." == authHeader, string.Compare(authHeader, "Basic ...", ...) == 0: a written Basic value, whichever
                // side and however compared, is judged as a login first.
                var (first, second) = ComparedSides(binary.Left) is { } compared && IsZero(binary.Right) ? compared
                    : ComparedSides(binary.Right) is { } reversed && IsZero(binary.Left) ? reversed
                    : (binary.Left, binary.Right);
                if (MayCompareBasicCredential(first, second) && CheckBasicSides(c, first, second, resolver, onComparison))
                {
                    return;
                }

                // (a table's entry on the other side, _logins[e.UserName] != e.Password, holds what the code writes into the table)
                // (or a local a lookup fills, !_users.TryGetValue(e.UserName, out var stored) || stored != e.Password)
                if (((IsCredentialName(SyntaxNames.Rightmost(binary.Left), names) && (SyntacticValues.MayHoldWrittenText(binary.Right) || binary.Right is ElementAccessExpressionSyntax || IsFilledByLookup(binary.Right))) ||
                     (IsCredentialName(SyntaxNames.Rightmost(binary.Right), names) && (SyntacticValues.MayHoldWrittenText(binary.Left) || binary.Left is ElementAccessExpressionSyntax || IsFilledByLookup(binary.Left)))) &&
                    c.SemanticModel.GetOperation(binary, c.CancellationToken) is IBinaryOperation operation &&
                    operation.LeftOperand.Type?.SpecialType == SpecialType.System_String)
                {
                    Check(c, operation.LeftOperand, operation.RightOperand, names, resolver, onComparison);
                }
                else if (MayCompareBasicCredential(binary.Left, binary.Right) && c.SemanticModel.GetOperation(binary, c.CancellationToken) is IBinaryOperation basic)
                {
                    CheckBasic(c, basic.LeftOperand, basic.RightOperand, resolver, onComparison);
                }
            },
            SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression);

        // Patterns: e.Password is "admin", password switch { "1234" => ... }, case "0000": in a switch on a PIN.
        actions.Add(
            c =>
            {
                var (governing, patterns) = c.Node switch
                {
                    IsPatternExpressionSyntax isPattern => (isPattern.Expression, new[] { (SyntaxNode)isPattern.Pattern }),
                    SwitchExpressionSyntax switchExpression => (switchExpression.GoverningExpression, switchExpression.Arms.Select(a => (SyntaxNode)a.Pattern).ToArray()),
                    SwitchStatementSyntax switchStatement => (switchStatement.Expression, switchStatement.Sections.SelectMany(section => section.Labels).Select(l => (SyntaxNode)l).ToArray()),
                    _ => (null!, Array.Empty<SyntaxNode>()),
                };
                if (governing is null || !IsCredentialName(SyntaxNames.Rightmost(governing), names))
                {
                    return;
                }

                var literals = patterns
                    .SelectMany(p => p.DescendantNodesAndSelf())
                    .OfType<LiteralExpressionSyntax>()
                    .Where(l => l.IsKind(SyntaxKind.StringLiteralExpression) && l.Parent is ConstantPatternSyntax or CaseSwitchLabelSyntax)
                    .ToList();
                if (literals.Count == 0 || c.SemanticModel.GetOperation(governing, c.CancellationToken) is not { Type.SpecialType: SpecialType.System_String } received ||
                    ReceivedCredential(received, names, resolver) is not { } symbol)
                {
                    return;
                }

                foreach (var literal in literals)
                {
                    if (c.SemanticModel.GetOperation(literal, c.CancellationToken) is { } written)
                    {
                        onComparison(c, new CredentialComparison(written, symbol, !names.IsSecretName(symbol.Name)));
                    }
                }
            },
            SyntaxKind.IsPatternExpression, SyntaxKind.SwitchExpression, SyntaxKind.SwitchStatement);

        actions.Add(
            c =>
            {
                var syntax = (InvocationExpressionSyntax)c.Node;
                var calledName = SyntaxNames.Rightmost(syntax.Expression);
                if (calledName == "FixedTimeEquals" && ComparedSides(syntax) is { } fixedTime)
                {
                    // CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(authHeader), Encoding.ASCII.GetBytes("Basic ..."))
                    if (MayCompareBasicCredential(fixedTime.First, fixedTime.Second))
                    {
                        CheckBasicSides(c, fixedTime.First, fixedTime.Second, resolver, onComparison);
                    }

                    return;
                }

                if (calledName != "Equals")
                {
                    return;
                }

                // StringComparer.Ordinal.Equals(authHeader, "Basic ..."), object.Equals("Basic ...", authHeader)
                if (ComparedSides(syntax) is { } sides && MayCompareBasicCredential(sides.First, sides.Second) &&
                    CheckBasicSides(c, sides.First, sides.Second, resolver, onComparison))
                {
                    return;
                }

                if (!MentionsSecretName(syntax, names))
                {
                    // string.Equals(header, "Basic c3ZjOn..."), header.Equals("Basic ..."): a received Authorization value
                    // checked against a written one
                    var (first, second) = syntax.ArgumentList.Arguments.Count >= 2 ? (syntax.ArgumentList.Arguments[0].Expression, syntax.ArgumentList.Arguments[1].Expression)
                        : syntax.ArgumentList.Arguments.Count >= 1 && syntax.Expression is MemberAccessExpressionSyntax { Expression: var receiver } ? (receiver, syntax.ArgumentList.Arguments[0].Expression)
                        : (null, null);
                    if (first is not null && MayCompareBasicCredential(first, second!) &&
                        c.SemanticModel.GetOperation(syntax, c.CancellationToken) is IInvocationOperation { TargetMethod.ContainingType.SpecialType: SpecialType.System_String } equals)
                    {
                        if (equals.TargetMethod.IsStatic && equals.Arguments.Length >= 2)
                        {
                            CheckBasic(c, equals.Arguments[0].Value, equals.Arguments[1].Value, resolver, onComparison);
                        }
                        else if (!equals.TargetMethod.IsStatic && equals.Instance is { } instance && equals.Arguments.Length >= 1)
                        {
                            CheckBasic(c, instance, equals.Arguments[0].Value, resolver, onComparison);
                        }
                    }

                    return;
                }

                if (c.SemanticModel.GetOperation(syntax, c.CancellationToken) is not IInvocationOperation invocation)
                {
                    return;
                }

                var method = invocation.TargetMethod;
                if (method.ContainingType?.SpecialType != SpecialType.System_String)
                {
                    // StringComparer.Ordinal.Equals(e.Password, "admin"), an IEqualityComparer<string>
                    if (!method.IsStatic && method.Parameters.Length == 2 && method.Parameters[0].Type.SpecialType == SpecialType.System_String &&
                        invocation.Arguments.Length == 2)
                    {
                        Check(c, invocation.Arguments[0].Value, invocation.Arguments[1].Value, names, resolver, onComparison);
                    }

                    return;
                }

                if (method.IsStatic && invocation.Arguments.Length >= 2)
                {
                    Check(c, invocation.Arguments[0].Value, invocation.Arguments[1].Value, names, resolver, onComparison);
                }
                else if (!method.IsStatic && invocation.Instance is { } instance && invocation.Arguments.Length >= 1)
                {
                    Check(c, instance, invocation.Arguments[0].Value, names, resolver, onComparison);
                }
            },
            SyntaxKind.InvocationExpression);
    }

    /// <summary>
    /// Finds a code held in the team's own constant and checked against text received at run time: <c>entered ==
    /// ProjectionistPin</c> with <c>const string ProjectionistPin = "7391"</c>, <c>code == AttendantCode</c>. The check
    /// makes the name a PIN or an access code even where its words alone do not say which (a bare <c>...Pin</c> is a GPIO
    /// pin in device code, a bare <c>...Code</c> a status or product code): a name ending in pin, pincode, passcode or code,
    /// a value of 4 to 8 digits written in the code (a GPIO pin is a number, a status code has letters or 3 digits), and
    /// the other side a string the code receives (a parameter, local, field or property, not written text). Codes that
    /// name what they count rather than what they open (<c>StatusCode</c>, <c>CountryCode</c>, <c>BarCode</c>) are not.
    /// <paramref name="onCode"/> gets the constant's symbol and the literal that writes its value.
    /// </summary>
    public static void RegisterComparedCodes(SyntaxActions actions, Action<SyntaxNodeAnalysisContext, ISymbol, LiteralExpressionSyntax> onCode)
    {
        actions.Add(
            c =>
            {
                var binary = (BinaryExpressionSyntax)c.Node;
                CheckCode(c, binary.Left, binary.Right, onCode);
            },
            SyntaxKind.EqualsExpression, SyntaxKind.NotEqualsExpression,
            SyntaxKind.IsExpression); // entered is JanitorCode: a constant's name reads as a type to the parser

        // entered is JanitorCode, switch (entered) { case DriverPin: ... }, entered switch { NightPin => ... }
        actions.Add(
            c =>
            {
                // entered is not JanitorCode, entered is CuratorPin or NightPin: the constants of not, or and and patterns too
                var (governing, constants) = c.Node switch
                {
                    IsPatternExpressionSyntax isPattern => (isPattern.Expression, ConstantsOf(isPattern.Pattern).ToArray()),
                    SwitchStatementSyntax switchStatement => (switchStatement.Expression,
                        switchStatement.Sections.SelectMany(section => section.Labels).OfType<CaseSwitchLabelSyntax>().Select(label => label.Value)
                            .Concat(switchStatement.Sections.SelectMany(section => section.Labels).OfType<CasePatternSwitchLabelSyntax>().SelectMany(label => ConstantsOf(label.Pattern)))
                            .ToArray()),
                    SwitchExpressionSyntax switchExpression => (switchExpression.GoverningExpression,
                        switchExpression.Arms.SelectMany(arm => ConstantsOf(arm.Pattern)).ToArray()),
                    _ => (null!, Array.Empty<ExpressionSyntax>()),
                };
                // Several ...Code constants dispatched by one switch are a menu's selections (EspressoCode, LatteCode), not a
                // code that opens something; PIN and passcode names stay what they say.
                var codes = constants.Where(constant => SecretNames.MayNameAccessCode(SyntaxNames.Rightmost(constant))).ToList();
                var menu = codes.Count(constant => SecretNames.SplitWords(SyntaxNames.Rightmost(constant)!) is { Count: > 0 } words && words[words.Count - 1] == "code") > 1;
                foreach (var constant in codes)
                {
                    if (!menu || SecretNames.SplitWords(SyntaxNames.Rightmost(constant)!) is { Count: > 0 } words && words[words.Count - 1] != "code")
                    {
                        CheckCode(c, governing, constant, onCode);
                    }
                }
            },
            SyntaxKind.IsPatternExpression, SyntaxKind.SwitchStatement, SyntaxKind.SwitchExpression);

        // entered.Equals(CuratorPin), string.Equals(entered, CuratorPin, StringComparison.Ordinal), CuratorPin.Equals(entered),
        // StringComparer.Ordinal.Equals(entered, GatePin) (any comparer's two-argument Equals), object.Equals(entered,
        // NightPin) unqualified, and the careful team's CryptographicOperations.FixedTimeEquals over the texts' bytes
        // (Encoding.ASCII.GetBytes(entered), Encoding.ASCII.GetBytes(CuratorPin)).
        actions.Add(
            c =>
            {
                var call = (InvocationExpressionSyntax)c.Node;
                var called = SyntaxNames.Rightmost(call.Expression);
                var arguments = call.ArgumentList.Arguments;
                if (called == "FixedTimeEquals" && arguments.Count == 2)
                {
                    CheckCode(c, BytesOfText(arguments[0].Expression), BytesOfText(arguments[1].Expression), onCode);
                    return;
                }

                if (called != "Equals" || arguments.Count == 0)
                {
                    return;
                }

                if (call.Expression is not MemberAccessExpressionSyntax access)
                {
                    if (arguments.Count == 2)
                    {
                        CheckCode(c, arguments[0].Expression, arguments[1].Expression, onCode); // object.Equals(a, b) inside a type
                    }

                    return;
                }

                if (arguments.Count == 2 && MayNameAccessCodeEitherSide(arguments[0].Expression, arguments[1].Expression) && IsTwoSidedEquals(c, access.Expression))
                {
                    CheckCode(c, arguments[0].Expression, arguments[1].Expression, onCode);
                }
                else if (arguments.Count >= 3 && c.SemanticModel.GetSymbolInfo(access.Expression, c.CancellationToken).Symbol is INamedTypeSymbol { SpecialType: SpecialType.System_String })
                {
                    CheckCode(c, arguments[0].Expression, arguments[1].Expression, onCode); // string.Equals(a, b, comparison)
                }
                else
                {
                    CheckCode(c, access.Expression, arguments[0].Expression, onCode);
                }
            },
            SyntaxKind.InvocationExpression);
    }

    private static bool MayNameAccessCodeEitherSide(ExpressionSyntax left, ExpressionSyntax right) =>
        SecretNames.MayNameAccessCode(SyntaxNames.Rightmost(left)) || SecretNames.MayNameAccessCode(SyntaxNames.Rightmost(right));

    /// <summary>
    /// Whether <c>receiver.Equals(a, b)</c> compares its two arguments: <c>string.Equals</c>, <c>object.Equals</c>, or a
    /// comparer's (<c>StringComparer.Ordinal</c>, an <c>IEqualityComparer&lt;string&gt;</c>); not <c>a.Equals(b,
    /// comparison)</c> on a string value.
    /// </summary>
    private static bool IsTwoSidedEquals(SyntaxNodeAnalysisContext c, ExpressionSyntax receiver)
    {
        if (c.SemanticModel.GetSymbolInfo(receiver, c.CancellationToken).Symbol is INamedTypeSymbol { SpecialType: SpecialType.System_String or SpecialType.System_Object })
        {
            return true;
        }

        return c.SemanticModel.GetTypeInfo(receiver, c.CancellationToken).Type is INamedTypeSymbol type && type.SpecialType != SpecialType.System_String &&
               (type.Name == "StringComparer" || type.AllInterfaces.Any(i => i.Name == "IEqualityComparer" && i.TypeArguments.Length == 1 && i.TypeArguments[0].SpecialType == SpecialType.System_String));
    }

    /// <summary>The text whose bytes an argument is (<c>Encoding.UTF8.GetBytes(entered)</c> to <c>entered</c>), else the argument.</summary>
    private static ExpressionSyntax BytesOfText(ExpressionSyntax argument) =>
        SyntacticValues.Strip(argument) is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } texts } getBytes && SyntaxNames.Rightmost(getBytes.Expression) == "GetBytes"
            ? texts[0].Expression
            : argument;

    /// <summary>The constants a pattern tests (<c>not X</c>, <c>X or Y</c>, <c>(X)</c>), not relational or type patterns.</summary>
    private static IEnumerable<ExpressionSyntax> ConstantsOf(PatternSyntax pattern)
    {
        switch (pattern)
        {
            case ConstantPatternSyntax constant:
                yield return constant.Expression;
                break;
            case TypePatternSyntax { Type: IdentifierNameSyntax or QualifiedNameSyntax } named:
                yield return named.Type; // not JanitorCode: a constant's name reads as a type to the parser
                break;
            case UnaryPatternSyntax unary:
                foreach (var inner in ConstantsOf(unary.Pattern))
                {
                    yield return inner;
                }

                break;
            case BinaryPatternSyntax binary:
                foreach (var inner in ConstantsOf(binary.Left).Concat(ConstantsOf(binary.Right)))
                {
                    yield return inner;
                }

                break;
            case ParenthesizedPatternSyntax parenthesized:
                foreach (var inner in ConstantsOf(parenthesized.Pattern))
                {
                    yield return inner;
                }

                break;
        }
    }

    /// <summary>Judges two compared values: one a code held in the team's constant, the other text received at run time.</summary>
    private static void CheckCode(SyntaxNodeAnalysisContext c, ExpressionSyntax left, ExpressionSyntax right, Action<SyntaxNodeAnalysisContext, ISymbol, LiteralExpressionSyntax> onCode)
    {
        var (code, other) = SecretNames.MayNameAccessCode(SyntaxNames.Rightmost(right)) ? (right, left)
            : SecretNames.MayNameAccessCode(SyntaxNames.Rightmost(left)) ? (left, right) : (null, null);
        // The received side is told by the semantic model (a parameter, a local such as a parsed entry's out variable, a
        // property or field that holds no constant); the code side's written digits are the cheap screen.
        if (code is null || other is null || ReceivedText(other) is not { } receivedSyntax || receivedSyntax is LiteralExpressionSyntax || !MayHoldCodeDigits(code) ||
            c.SemanticModel.GetOperation(code, c.CancellationToken) is not { Type: { } heldType } held ||
            c.SemanticModel.GetOperation(receivedSyntax, c.CancellationToken) is not { Type: { } receivedType, ConstantValue.HasValue: false } received)
        {
            return;
        }

        // Text against received text; or a PIN kept as a number (const int CuratorPin = 5825) against an entry parsed from
        // typed text (int.Parse(entered), int.TryParse(entered, out var n)): any other number may be a GPIO line (sysfs
        // numbers pass 1000). A number named only as a code is too often a status or a setting to tell.
        var numeric = heldType.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
        var text = heldType.SpecialType == SpecialType.System_String && receivedType.SpecialType == SpecialType.System_String &&
                   StringValueResolver.Unwrap(received) is IParameterReferenceOperation or ILocalReferenceOperation or IPropertyReferenceOperation or IFieldReferenceOperation;
        if (!text &&
            !(numeric && receivedType.SpecialType == heldType.SpecialType && IsParsedEntry(receivedSyntax, StringValueResolver.Unwrap(received)) &&
              SecretNames.SplitWords(SyntaxNames.Rightmost(code)!) is { Count: > 0 } words && words[words.Count - 1] is "pin" or "pincode" or "passcode"))
        {
            return;
        }

        ISymbol? symbol = StringValueResolver.Unwrap(held) switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            IPropertyReferenceOperation { Property: { IsIndexer: false } property } => GetterHolder(property, c.CancellationToken),
            _ => null,
        };
        if (symbol is IPropertySymbol && GetterValue(symbol, c.CancellationToken) is { } returned && SyntacticValues.Strip(returned) is LiteralExpressionSyntax returnedLiteral &&
            IsCodeLiteral(returnedLiteral))
        {
            onCode(c, symbol, returnedLiteral); // public static string ServicePin => "4821"; public static string ServicePin { get; } = "4821";
            return;
        }

        if (symbol is { DeclaringSyntaxReferences.Length: 1 } &&
            symbol.DeclaringSyntaxReferences[0].GetSyntax(c.CancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initial } &&
            SyntacticValues.Strip(initial) is LiteralExpressionSyntax literal && IsCodeLiteral(literal))
        {
            onCode(c, symbol, literal);
        }
    }

    /// <summary>
    /// What a source property compared with a received entry holds: the field its getter returns
    /// (<c>DisarmCode { get { return disarmCode; } }</c>, <c>=&gt; _servicePin</c>), itself when its getter or initializer
    /// writes the value, or null (a computed or settable value is no written code). Read on symbols and syntax, nothing bound.
    /// </summary>
    private static ISymbol? GetterHolder(IPropertySymbol property, System.Threading.CancellationToken cancellationToken)
    {
        if (GetterValue(property, cancellationToken) is not { } returned)
        {
            return null;
        }

        return SyntacticValues.Strip(returned) switch
        {
            LiteralExpressionSyntax => property,
            IdentifierNameSyntax { Identifier.ValueText: var name } => property.ContainingType.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault(),
            MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name.Identifier.ValueText: var name } => property.ContainingType.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault(),
            _ => null,
        };
    }

    /// <summary>A get-only source property's returned expression (its getter's, or a get-only auto-property's initializer), or null.</summary>
    private static ExpressionSyntax? GetterValue(ISymbol symbol, System.Threading.CancellationToken cancellationToken) =>
        symbol is IPropertySymbol { SetMethod: null, DeclaringSyntaxReferences.Length: 1 } property &&
        property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is PropertyDeclarationSyntax declaration
            ? SyntacticValues.GetterValue(declaration) ?? declaration.Initializer?.Value
            : null;

    /// <summary>
    /// A number parsed from typed text: <c>int.Parse(entered)</c>, or a local its method declares as the <c>out</c> variable of
    /// a <c>TryParse</c> call (<c>int.TryParse(entered, out var n) &amp;&amp; n == CuratorPin</c>).
    /// </summary>
    private static bool IsParsedEntry(ExpressionSyntax receivedSyntax, IOperation received) => received switch
    {
        IInvocationOperation { TargetMethod.Name: "Parse", Arguments.Length: > 0 } parse => parse.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String,
        ILocalReferenceOperation { Local: var local } => receivedSyntax.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member &&
            member.DescendantNodes().OfType<ArgumentSyntax>().Any(argument =>
                argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) &&
                argument.Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax designation } && designation.Identifier.ValueText == local.Name &&
                argument.Parent?.Parent is InvocationExpressionSyntax call && SyntaxNames.Rightmost(call.Expression) == "TryParse"),
        _ => false,
    };

    /// <summary>The received value under the text normalisations a keypad check applies (<c>entered.Trim()</c>, <c>code?.ToUpperInvariant()</c>).</summary>
    private static ExpressionSyntax? ReceivedText(ExpressionSyntax other)
    {
        var value = SyntacticValues.Strip(other);
        for (var depth = 0; depth < 4; depth++)
        {
            if (value is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Trim" or "TrimEnd" or "TrimStart" or "ToUpper" or "ToLower" or "ToUpperInvariant" or "ToLowerInvariant" } access })
            {
                value = SyntacticValues.Strip(access.Expression);
                continue;
            }

            return value;
        }

        return null;
    }

    /// <summary>A name whose declaration in this file writes digits, or a member of another type (told by the semantic model).</summary>
    private static bool MayHoldCodeDigits(ExpressionSyntax code) =>
        code switch
        {
            IdentifierNameSyntax identifier => SyntacticValues.Find(identifier) switch
            {
                { Kind: DeclarationKind.Unknown } => true,
                { Value: { } value } => SyntacticValues.Strip(value) switch
                {
                    LiteralExpressionSyntax literal => IsCodeLiteral(literal),
                    // DisarmCode { get { return disarmCode; } } in the same type: the field it returns (the model tells)
                    IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } => true,
                    _ => false,
                },
                _ => false,
            },
            MemberAccessExpressionSyntax => true,
            _ => false,
        };

    /// <summary>A string literal of 4 to 8 digits, or a number of 4 to 8 digits written in decimal (a PIN kept as a number).</summary>
    private static bool IsCodeLiteral(LiteralExpressionSyntax literal) =>
        literal.IsKind(SyntaxKind.StringLiteralExpression) ? IsCodeDigits(literal.Token.ValueText)
        : literal.IsKind(SyntaxKind.NumericLiteralExpression) && IsCodeDigits(literal.Token.Text) && literal.Token.Text[0] != '0';

    private static bool IsCodeDigits(string text) => text.Length is >= 4 and <= 8 && text.All(char.IsDigit);

    /// <summary>Whether the receiver or an argument of an <c>Equals</c> call is named like a secret, and another may be written in the code.</summary>
    private static bool MentionsSecretName(InvocationExpressionSyntax syntax, SecretNames names)
    {
        var secret = false;
        var written = false;
        if (syntax.Expression is MemberAccessExpressionSyntax access)
        {
            Classify(access.Expression, names, ref secret, ref written);
        }

        foreach (var argument in syntax.ArgumentList.Arguments)
        {
            Classify(argument.Expression, names, ref secret, ref written);
        }

        return secret && written;
    }

    private static void Classify(ExpressionSyntax expression, SecretNames names, ref bool secret, ref bool written)
    {
        secret |= IsCredentialName(SyntaxNames.Rightmost(expression), names);
        written = written || SyntacticValues.MayHoldWrittenText(expression);
    }

    private static void Check(
        SyntaxNodeAnalysisContext context, IOperation left, IOperation right, SecretNames names, StringValueResolver resolver,
        Action<SyntaxNodeAnalysisContext, CredentialComparison> onComparison)
    {
        var leftSymbol = ReceivedCredential(left, names, resolver);
        var rightSymbol = ReceivedCredential(right, names, resolver);
        if (leftSymbol is not null && rightSymbol is null && IsWritten(right))
        {
            onComparison(context, new CredentialComparison(right, leftSymbol, !names.IsSecretName(leftSymbol.Name)));
        }
        else if (rightSymbol is not null && leftSymbol is null && IsWritten(left))
        {
            onComparison(context, new CredentialComparison(left, rightSymbol, !names.IsSecretName(rightSymbol.Name)));
        }
        else if (leftSymbol is not null && rightSymbol is not null && HoldsWrittenValues(left, resolver) != HoldsWrittenValues(right, resolver))
        {
            // args.Password != _options.Password: both are named as credentials and neither has an initializer, but the code
            // writes values into the team's options property (new MqttOptions { Password = "..." } in a factory) and none
            // into the received one. The options side is the written side.
            var (written, received) = HoldsWrittenValues(left, resolver) ? (left, rightSymbol) : (right, leftSymbol);
            onComparison(context, new CredentialComparison(written, received, !names.IsSecretName(received.Name)));
        }
    }

    /// <summary>
    /// Whether a member read (<c>_options.Password</c>) may take a value written in the code: one of its
    /// <see cref="StringValueResolver.Alternatives"/> other than itself resolves to known text.
    /// </summary>
    private static bool HoldsWrittenValues(IOperation side, StringValueResolver resolver) =>
        // a login looked up in the code's own table (users.TryGetValue(name, out var password))
        StringValueResolver.Unwrap(side) is ILocalReferenceOperation { Local: var local } ? resolver.OutOfTableLookup(local).Count > 0 :
        StringValueResolver.Unwrap(side) is IPropertyReferenceOperation { Instance: not null, Property: { IsIndexer: false, DeclaringSyntaxReferences.IsEmpty: false } } or
            // a static settings member (BrokerSettings.Password), written by its own type's Load(...) or from other types
            IPropertyReferenceOperation { Instance: null, Property: { IsStatic: true, IsIndexer: false, DeclaringSyntaxReferences.IsEmpty: false } } or
            IFieldReferenceOperation { Instance: null, Field: { IsStatic: true, IsConst: false, DeclaringSyntaxReferences.IsEmpty: false } } &&
        resolver.Alternatives(side).Any(alternative => alternative != side && resolver.Resolve(alternative).IsFullyKnown);

    /// <summary>
    /// The syntactic screen for <see cref="CheckBasic"/>: one side is a string literal that starts with the Basic scheme,
    /// or is named like an authorization header (<c>authHeader == FactoryAuthorization</c>) with text written on the other.
    /// </summary>
    private static bool MayCompareBasicCredential(ExpressionSyntax left, ExpressionSyntax right)
    {
        static bool NamesAuthorization(ExpressionSyntax side) =>
            SyntacticValues.Strip(side) is ElementAccessExpressionSyntax { ArgumentList.Arguments: { Count: 1 } keys } // headers["Authorization"]
                ? keys[0].Expression is LiteralExpressionSyntax key && key.Token.ValueText.IndexOf("auth", StringComparison.OrdinalIgnoreCase) >= 0
                : SyntaxNames.Rightmost(side) is { } name &&
                  (name.IndexOf("auth", StringComparison.OrdinalIgnoreCase) >= 0 || name.IndexOf("header", StringComparison.OrdinalIgnoreCase) >= 0);

        return StartsBasic(left) || StartsBasic(right) ||
               (NamesAuthorization(left) && SyntacticValues.MayHoldWrittenText(right)) || (NamesAuthorization(right) && SyntacticValues.MayHoldWrittenText(left));
    }

    /// <summary>
    /// A received value compared with a written HTTP Basic authorization value (<c>authHeader == "Basic YWRtaW46YWRtaW4="</c>,
    /// RFC 7617): the written value is a user id and password whatever the received side is called, so the comparison is
    /// a credential check (ETSI EN 303 645 5.1-1). The received side is any value the code does not write.
    /// </summary>
    private static bool CheckBasicSides(SyntaxNodeAnalysisContext context, ExpressionSyntax left, ExpressionSyntax right, StringValueResolver resolver,
        Action<SyntaxNodeAnalysisContext, CredentialComparison> onComparison) =>
        context.SemanticModel.GetOperation(left, context.CancellationToken) is { } leftOperation &&
        context.SemanticModel.GetOperation(right, context.CancellationToken) is { } rightOperation &&
        CheckBasic(context, leftOperation, rightOperation, resolver, onComparison);

    /// <summary>
    /// The two texts a call compares, as written: <c>a.Equals(b)</c>, <c>string.Equals(a, b[, comparison])</c>, a comparer's
    /// or <c>object</c>'s <c>Equals(a, b)</c>, <c>string.Compare(a, b[, ...])</c> and <c>CompareOrdinal</c>, and
    /// <c>FixedTimeEquals</c> over <c>GetBytes(a)</c> and <c>GetBytes(b)</c> (the texts whose bytes they are); else null.
    /// </summary>
    private static (ExpressionSyntax First, ExpressionSyntax Second)? ComparedSides(ExpressionSyntax expression)
    {
        if (SyntacticValues.Strip(expression) is not InvocationExpressionSyntax call)
        {
            return null;
        }

        var arguments = call.ArgumentList.Arguments;
        switch (SyntaxNames.Rightmost(call.Expression))
        {
            case "FixedTimeEquals" when arguments.Count == 2:
                return (BytesOfText(arguments[0].Expression), BytesOfText(arguments[1].Expression));
            case "Compare" or "CompareOrdinal" when arguments.Count >= 2:
                return (arguments[0].Expression, arguments[1].Expression);
            case "Equals" when arguments.Count >= 2 && (call.Expression is not MemberAccessExpressionSyntax || arguments[1].Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Ordinal" or "OrdinalIgnoreCase" or "InvariantCulture" or "InvariantCultureIgnoreCase" or "CurrentCulture" or "CurrentCultureIgnoreCase" }):
                return (arguments[0].Expression, arguments[1].Expression);
            case "Equals" when arguments.Count >= 1 && call.Expression is MemberAccessExpressionSyntax access:
                return (access.Expression, arguments[0].Expression);
            default:
                return null;
        }
    }

    private static bool IsZero(ExpressionSyntax expression) =>
        SyntacticValues.Strip(expression) is LiteralExpressionSyntax { Token.Value: 0 };

    /// <summary>A side whose text is written to begin with "Basic " (a literal, or a concatenation or interpolation that starts so).</summary>
    private static bool StartsBasic(ExpressionSyntax side)
    {
        var stripped = SyntacticValues.Strip(side);
        var leading = stripped switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) => literal.Token.ValueText,
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && SyntacticValues.Strip(binary.Left) is LiteralExpressionSyntax left &&
                                               left.IsKind(SyntaxKind.StringLiteralExpression) => left.Token.ValueText,
            InterpolatedStringExpressionSyntax { Contents: { Count: > 0 } contents } when contents[0] is InterpolatedStringTextSyntax text => SyntacticValues.TextOf(text),
            _ => null,
        };
        return leading is not null && leading.TrimStart().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool CheckBasic(SyntaxNodeAnalysisContext context, IOperation left, IOperation right, StringValueResolver resolver,
        Action<SyntaxNodeAnalysisContext, CredentialComparison> onComparison)
    {
        // Written in place or in a constant, held in a variable or field given it (var expected = "Basic ..."), or built in
        // place ("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("svc:..."))).
        bool IsBasic(IOperation side) =>
            side.ConstantValue is { HasValue: true, Value: string text } ? AuthenticationHeaders.IsBasicCredential(text)
            : (StringValueResolver.Unwrap(side) is ILocalReferenceOperation or IFieldReferenceOperation || (side.Syntax is ExpressionSyntax sideSyntax && StartsBasic(sideSyntax))) &&
              resolver.Resolve(side) is { IsFullyKnown: true } held && AuthenticationHeaders.IsBasicCredential(held.Text);

        var (written, received) = IsBasic(left) ? (left, right) : IsBasic(right) ? (right, left) : (null, null);
        if (written is null || received!.ConstantValue.HasValue || received.Type?.SpecialType != SpecialType.System_String || resolver.Resolve(received).IsFullyKnown)
        {
            return false;
        }

        ISymbol? symbol = StringValueResolver.Unwrap(received) switch
        {
            IPropertyReferenceOperation property => property.Property,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            IInvocationOperation call => call.TargetMethod,
            _ => null,
        };
        if (symbol is null)
        {
            return false;
        }

        onComparison(context, new CredentialComparison(written, symbol, isBasicCredential: true));
        return true;
    }

    /// <summary>A value that only exists at run time and is named like a secret.</summary>
    private static ISymbol? ReceivedCredential(IOperation operation, SecretNames names, StringValueResolver resolver)
    {
        var symbol = StringValueResolver.Unwrap(operation) switch
        {
            IPropertyReferenceOperation property => (ISymbol)property.Property,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation { Field.IsConst: false, Field.IsReadOnly: false } field => field.Field,
            ILocalReferenceOperation { Local.IsConst: false } local => local.Local,
            _ => null,
        };

        if (symbol is null || !IsCredentialName(symbol.Name, names))
        {
            return null;
        }

        // A property or local with a value written in the code is the written side, not the received one; one that chooses
        // between a received value and a written fallback (reply.Substring(7) or "") is received.
        return symbol is IPropertySymbol or ILocalSymbol &&
               resolver.InitializerOperation(symbol) is { } initializer && resolver.Alternatives(initializer).All(value => resolver.Resolve(value).IsFullyKnown)
            ? null
            : symbol;
    }

    /// <summary>
    /// A name a received credential goes by: a secret name, or a password or PIN name (a bare <c>pin</c> too: compared
    /// only with listed defaults then, as <c>pin == "D5"</c> may be a GPIO pin's).
    /// </summary>
    private static bool IsCredentialName(string? name, SecretNames names) => names.IsSecretName(name) || SecretNames.IsPasswordName(name);

    /// <summary>
    /// Whether a bare name is given its value by a <c>TryGetValue(key, out name)</c> (or <c>out var name</c>) call in the
    /// same member: a table's entry, which the resolver reads from what the code writes into the table. Syntax only.
    /// </summary>
    private static bool IsFilledByLookup(ExpressionSyntax side) =>
        SyntacticValues.Strip(side) is IdentifierNameSyntax { Identifier.ValueText: var name } identifier &&
        identifier.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member &&
        member.DescendantNodes().OfType<ArgumentSyntax>().Any(argument =>
            argument.RefKindKeyword.IsKind(SyntaxKind.OutKeyword) &&
            (argument.Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax designated } ? designated.Identifier.ValueText == name
                : argument.Expression is IdentifierNameSyntax { Identifier.ValueText: var outName } && outName == name) &&
            argument.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TryGetValue" } });

    private static bool IsWritten(IOperation operation) =>
        StringValueResolver.Unwrap(operation) is ILiteralOperation or IFieldReferenceOperation or ILocalReferenceOperation or IPropertyReferenceOperation
            or IBinaryOperation or IInterpolatedStringOperation or IInvocationOperation;
}
