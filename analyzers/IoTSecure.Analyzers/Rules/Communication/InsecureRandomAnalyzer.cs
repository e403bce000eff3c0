using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Values;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace IoTSecure.Analyzers.Rules.Communication;

/// <summary>
/// IOT3005: <see cref="System.Random"/> (including <c>Random.Shared</c>) produces a value that ends up in a security
/// use: a key, IV, nonce, salt, token, password, PIN, one-time code, pairing code or session identifier, judged by the
/// name of the variable, field, property, parameter or method that receives it. Random for jitter, back-off,
/// sampling or simulation is not a finding.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InsecureRandomAnalyzer : IoTSecureAnalyzer
{
    private static readonly ImmutableHashSet<string> RandomMethods = ImmutableHashSet.Create(
        "Next", "NextBytes", "NextInt64", "NextDouble", "NextSingle", "GetItems", "Shuffle");

    private static readonly HashSet<string> SecurityWords = new()
    {
        "key", "keys", "iv", "nonce", "cnonce", "salt", "token", "session", "otp", "pin", "passcode", "challenge", "pairing", "cookie", "csrf", "secret", "password",
        "passkey", "verification", "activation", "auth", "sid",
        // the key of one-time codes (RFC 6238, RFC 4226): a TOTP or HOTP seed
        "totp", "hotp",
    };

    /// <summary>Words that make a name a timing, counting or hardware name whatever else it says (<c>tokenBucketJitterMs</c>, <c>ledPin</c>).</summary>
    private static readonly HashSet<string> NotSecurityWords = new()
    {
        "index", "count", "delay", "jitter", "backoff", "name", "length", "size", "color", "ms", "millis", "milliseconds", "seconds", "interval",
        "retry", "timeout", "bucket", "sample", "offset", "position",
        // how long a code lives, in any unit (twoFactorExpiryMinutes, OtpLifetimeHours)
        "expiry", "expires", "expiration", "lifetime", "ttl", "minute", "minutes", "hour", "hours",
        "shuffle",
        // a pin's, a key's or a session's state is what it is doing, not a secret (_pinStates, _keyStates on a keypad)
        "state", "states", "status",
    };

    /// <summary>
    /// Hardware words that make a pin or a key a part's (<c>ledPin</c>, <c>gpioPinNumber</c>, <c>buttonKey</c>): a name whose
    /// only security words are <c>pin</c> or <c>key</c>, with one of them, names a connector or a switch. Beside another
    /// security word they only say whose value it is (<c>RelayLinkToken</c>: a relay board's token).
    /// </summary>
    private static readonly HashSet<string> HardwareWords = new()
    {
        "led", "gpio", "relay", "button", "chip", "bus",
        // the parts a board drives through its pins (servoPin, buzzerPin, fanPin)
        "servo", "buzzer", "motor", "stepper", "fan", "pump", "valve", "solenoid", "heater", "speaker", "sensor", "pwm", "lcd",
    };

    /// <summary>
    /// Words that make a name a display name only as its head, after the security word (<c>StarfieldSeedLabel</c>,
    /// <c>TokenLabel</c>): before it they name a device (<c>LabelPrinterToken</c>: a label printer's token).
    /// </summary>
    private static readonly HashSet<string> NotSecurityHeads = new()
    {
        "label", "caption", "title",
        // what a session or a token is routed to, not the session or token (_sessionServers: a sticky session's server)
        "server", "servers", "host", "hosts", "endpoint", "endpoints", "node", "nodes", "route", "routes", "address", "addresses",
        "shard", "shards", "partition", "partitions", "gateway", "gateways", "port", "ports",
        "replica", "replicas", "broker", "brokers", "worker", "workers", "cluster", "clusters", "region", "regions",
    };

    /// <summary>
    /// The calls that put an element in a collection (<c>List.Insert(0, nonce)</c>, <c>ConcurrentDictionary.AddOrUpdate(key, ...)</c>):
    /// the element is what the collection's name says it holds.
    /// </summary>
    private static readonly HashSet<string> AddingMethods = new(System.StringComparer.Ordinal)
    {
        "Add", "TryAdd", "Insert", "Enqueue", "TryEnqueue", "Push", "AddLast", "AddFirst", "AddOrUpdate", "GetOrAdd", "Prepend", "Append",
    };

    /// <summary>Words that, after "key", make a keyboard's or an animation's name (<c>_keyCodes</c>, <c>keyPresses</c>): no key material.</summary>
    private static readonly HashSet<string> KeyboardWords = new(System.StringComparer.Ordinal)
    {
        "code", "codes", "press", "presses", "pressed", "stroke", "strokes", "board", "pad", "frame", "frames", "down", "up", "event", "events",
        "scan", "hold", "repeat", "map", "layout",
        // a matrix keypad's lines (keyRow, keyColumn)
        "row", "rows", "column", "columns", "col", "cols", "matrix",
    };

    private const int MaxClimb = 8;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InsecureRandom);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var names = iot.Settings.SecretNames;
        context.RegisterSyntaxNodeAction(c => Analyze(c, names), SyntaxKind.InvocationExpression);
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, SecretNames names)
    {
        var invocation = (InvocationExpressionSyntax)context.Node;
        var method = SyntaxNames.Rightmost(invocation.Expression);
        if (method is null || !RandomMethods.Contains(method) ||
            context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol symbol ||
            !IsRandom(symbol.ContainingType))
        {
            return;
        }

        // NextBytes(buffer) fills its argument; Shuffle(chars) (.NET 8) orders it: what the argument then holds is drawn
        var isBuffer = method is "NextBytes" or "Shuffle";
        var destination = isBuffer
            ? (invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is { } argument && ViewedArray(argument) is var buffer
                ? Named(DestinationOfBuffer(buffer, context.SemanticModel, context.CancellationToken), buffer, context.SemanticModel, context.CancellationToken, 0)
                : null)
            : DestinationOfValue(invocation, context.SemanticModel, context.CancellationToken);
        if (destination is null || !IsSecurityName(destination, names))
        {
            return;
        }

        if (SecretNames.SplitWords(destination) is { Count: 1 } bare && bare[0] == "key" && IsKeptAsLookupKey(invocation) && IsNarrowDraw(invocation, context.SemanticModel, context.CancellationToken))
        {
            return; // _readings[_rng.Next(1, 50)] = ...: a number from a few dozen is a slot or a sensor's, no key anyone guesses
        }

        if (isBuffer && SecretNames.SplitWords(destination) is { Count: 1 } only && only[0] == "token" &&
            invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is { } filled && BufferLength(filled, context.SemanticModel, context.CancellationToken) is <= 3)
        {
            return; // byte[] token = new byte[2]: a packet forwarder's token of 24 bits or fewer matches replies (a nonce stays one)
        }

        // A password, passcode or PIN held in a secret-named variable, field or property is IOT1005's finding (a per-device
        // password from a predictable source); a token, session identifier, nonce or key stays here. One value, one rule.
        // A code written in hex (HandheldPairingCode() => rng.Next().ToString("X8")) is a token, unless its name says password,
        // PIN or passcode: IOT1005 leaves it here.
        if (!isBuffer && SecretNames.IsPasswordName(destination) && !(IsWrittenInHex(invocation) && !SecretNames.HasPasswordWord(destination)) &&
            ReceiverType(invocation, context.SemanticModel, context.CancellationToken, out var returned) is { } type &&
            (returned
                ? SecretNames.IsPasswordMemberName(destination) || (SecretNames.MayNameAccessCode(destination) && type.SpecialType == SpecialType.System_String)
                : type.SpecialType == SpecialType.System_String ||
                  (type.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 && SecretNames.IsUnambiguousPasswordName(destination))))
        {
            return; // the same values IOT1005 reports (a bare int pin or a member named Pin may be GPIO there: then it stays here)
        }

        context.ReportDiagnostic(Diagnostic.Create(Descriptors.InsecureRandom, invocation.GetLocation(), destination, Purpose(destination)));
    }

    /// <summary>
    /// Whether the random value is written as hex digits where it is made (<see cref="HexFormats"/>): <c>ToString("X8")</c>
    /// on it (through casts and parentheses: <c>((uint)rng.Next()).ToString("x8")</c>), an interpolation's hex format
    /// (<c>$"{rng.Next():X4}"</c>), a <c>string.Format</c> item written in hex (<c>string.Format("{0:x8}", rng.Next())</c>), or
    /// <c>Convert.ToString(rng.Next(), 16)</c>.
    /// </summary>
    private static bool IsWrittenInHex(InvocationExpressionSyntax invocation)
    {
        SyntaxNode current = invocation;
        while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or CheckedExpressionSyntax)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } access when access.Expression == current:
                return access.Parent is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: >= 1 } arguments } &&
                       arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string format } && HexFormats.IsHex(format);
            case InterpolationSyntax { FormatClause: { } clause }:
                return HexFormats.IsHex(clause.FormatStringToken.ValueText);
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax toBase } baseArguments } written
                when SyntaxNames.Rightmost(toBase.Expression) == "ToString" && baseArguments.Arguments.Count == 2 && baseArguments.Arguments[0] == written:
                return baseArguments.Arguments[1].Expression is LiteralExpressionSyntax { Token.Value: 16 }; // Convert.ToString(value, 16)
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } list } argument when SyntaxNames.Rightmost(call.Expression) == "Format":
                // string.Format("{0:x8}", value) or string.Format(provider, "{0:x8}", value)
                var at = list.Arguments.IndexOf(argument);
                for (var i = 0; i < System.Math.Min(2, at); i++)
                {
                    if (list.Arguments[i].Expression is LiteralExpressionSyntax { Token.Value: string composite })
                    {
                        return HexFormats.WritesInHex(composite, at - i - 1);
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>The type of the variable, field or property the value ends in, or of the member that returns it; null for a parameter.</summary>
    private static ITypeSymbol? ReceiverType(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken, out bool returned)
    {
        returned = false;
        for (var current = node.Parent; current is not null; current = current.Parent)
        {
            switch (current)
            {
                case VariableDeclaratorSyntax declarator:
                    return model.GetDeclaredSymbol(declarator, cancellationToken) switch
                    {
                        ILocalSymbol local => local.Type,
                        IFieldSymbol field => field.Type,
                        _ => null,
                    };
                case AssignmentExpressionSyntax assignment:
                    return model.GetTypeInfo(assignment.Left, cancellationToken).Type;
                case ReturnStatementSyntax or ArrowExpressionClauseSyntax when current.FirstAncestorOrSelf<AnonymousFunctionExpressionSyntax>() is null:
                    // returned by a method or property named for it (string SimPin() => ...): IOT1005 reports it there
                    returned = true;
                    return current.FirstAncestorOrSelf<MemberDeclarationSyntax>() switch
                    {
                        MethodDeclarationSyntax method => model.GetTypeInfo(method.ReturnType, cancellationToken).Type,
                        PropertyDeclarationSyntax property => model.GetTypeInfo(property.Type, cancellationToken).Type,
                        _ => null,
                    };
                case ArgumentSyntax indexArgument when PicksAnElement(indexArgument, model, cancellationToken):
                    continue; // Words[rng.Next(Words.Length)]: the element picked is what is held
                case ArgumentSyntax argument when ParameterOf(argument, model, cancellationToken) is { } parameter && PassesValueOn(parameter):
                    continue; // new string(Enumerable.Range(0, 12).Select(_ => alphabet[rng.Next(n)]).ToArray()): built on, to where it is held
                case ArgumentSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or StatementSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a call passes an argument's value on into its result: formatting and building calls (<c>ToString</c>,
    /// <c>Convert</c>, <c>string.Concat</c>/<c>Join</c>/<c>new string</c>, <c>StringBuilder</c>, LINQ, <c>Math</c>, <c>char</c>).
    /// </summary>
    private static bool PassesValueOn(IParameterSymbol parameter) =>
        parameter.ContainingSymbol?.ContainingType is { } type &&
        (type.SpecialType == SpecialType.System_String || type.Name is "Convert" or "BitConverter" or "StringBuilder" or "Enumerable" or "Math" or "Char");

    /// <summary>
    /// Whether <paramref name="expression"/> reads the <c>Key</c> of a dictionary's entry or a group
    /// (<c>KeyValuePair&lt;TKey, TValue&gt;.Key</c>, <c>IGrouping&lt;TKey, TElement&gt;.Key</c>, <c>DictionaryEntry.Key</c>):
    /// the entry's own key, whatever picked the entry.
    /// </summary>
    private static bool ReadsEntryKey(ExpressionSyntax expression, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        SyntacticValues.Strip(expression) is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Key" } access &&
        model.GetSymbolInfo(access, cancellationToken).Symbol is IPropertySymbol { ContainingType.Name: "KeyValuePair" or "IGrouping" or "DictionaryEntry" };

    /// <summary>
    /// The parameter an argument is given to: from its argument operation, else from the call's bound method (an argument
    /// written in parentheses, <c>Math.Floor((rng.NextDouble() * 255))</c>, has no operation of its own).
    /// </summary>
    private static IParameterSymbol? ParameterOf(ArgumentSyntax argument, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (model.GetOperation(argument, cancellationToken) is IArgumentOperation { Parameter: { } parameter })
        {
            return parameter;
        }

        if (argument.Parent is not BaseArgumentListSyntax { Parent: { } call } list || model.GetOperation(call, cancellationToken) is not { } bound)
        {
            return null;
        }

        var arguments = bound switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            _ => default,
        };
        return arguments.IsDefault ? null : arguments.FirstOrDefault(a => a.Syntax == argument || a.Value.Syntax == argument.Expression || a.Value.Syntax.Parent == argument)?.Parameter ??
               (list.Arguments.IndexOf(argument) is var at && at >= 0 && at < arguments.Length && argument.NameColon is null ? arguments[at].Parameter : null);
    }

    /// <summary>
    /// Whether an argument is the index of an element picked from a string or an array (<c>Alphabet[rng.Next(n)]</c>): the
    /// element flows on. A dictionary's or a list's indexer argument is a key or a position, judged by its parameter.
    /// </summary>
    private static bool PicksAnElement(ArgumentSyntax argument, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        argument.Parent is BracketedArgumentListSyntax { Parent: ElementAccessExpressionSyntax picked } &&
        model.GetTypeInfo(picked.Expression, cancellationToken).Type is IArrayTypeSymbol or { SpecialType: SpecialType.System_String };

    private static bool IsRandom(INamedTypeSymbol? type) => TypeNames.DerivesFrom(type, "System", "Random");

    private static string? DestinationOfBuffer(ExpressionSyntax buffer, SemanticModel model, System.Threading.CancellationToken cancellationToken) =>
        model.GetSymbolInfo(buffer, cancellationToken).Symbol?.Name ?? SyntaxNames.Rightmost(buffer);

    /// <summary>
    /// The array a span or memory view is taken of (<c>chars.AsSpan()</c>, <c>key.AsSpan(0, 16)</c>, <c>key.AsMemory().Span</c>,
    /// <c>new Span&lt;byte&gt;(key)</c>): what <c>NextBytes</c> or <c>Shuffle</c> then fills or orders; the expression itself otherwise.
    /// </summary>
    private static ExpressionSyntax ViewedArray(ExpressionSyntax expression)
    {
        var current = expression;
        for (var i = 0; i < 3; i++)
        {
            switch (current)
            {
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Span", Expression: var memory }:
                    current = memory;
                    continue;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsSpan" or "AsMemory", Expression: var viewed } }:
                    current = viewed;
                    continue;
                case ObjectCreationExpressionSyntax { Type: GenericNameSyntax { Identifier.ValueText: "Span" or "Memory" }, ArgumentList.Arguments: { Count: >= 1 } viewArguments }:
                    current = viewArguments[0].Expression;
                    continue;
            }

            break;
        }

        return current;
    }

    /// <summary>
    /// Follows the value up to what receives it: through formatting and conversion, char arithmetic
    /// (<c>(char)('0' + rng.Next(10))</c>), indexing (<c>alphabet[rng.Next(n)]</c> picks an element that flows on),
    /// arrays, string constructors, <c>string.Concat</c>/<c>Join</c>, LINQ (<c>Select(_ => ...)</c>) and
    /// <c>StringBuilder.Append</c>; a value written into an array element or appended to a builder is followed to where that
    /// array or builder goes (<c>new string(pin)</c>, <c>sb.ToString()</c>). Picking a random element for load balancing
    /// ends in a name such as <c>server</c> and stays clean.
    /// </summary>
    private static string? DestinationOfValue(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken, int depth = 0)
    {
        var current = node;
        for (var i = 0; i < MaxClimb + 8 && current.Parent is { } parent; i++, current = parent)
        {
            switch (parent)
            {
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Key" } entryKey when entryKey.Expression == current && ReadsEntryKey(entryKey, model, cancellationToken):
                    // picked.Key of an entry picked at random (Publishers.TryAdd(picked.Key, ...), or var clientId =
                    // picked.Key first): the entry's own key, nothing drawn, wherever it goes next; a value drawn and kept
                    // as a dictionary's key (_shareLinks[link] = expiry) stays a token
                    return null;
                case VariableDeclaratorSyntax declarator:
                    // var hex = rng.Next().ToString("X8"); var pairingCode = hex;: a local whose name says nothing is followed
                    // to where it goes.
                    return depth < 2 && !IsSecurityName(declarator.Identifier.ValueText, SecretNames.Default) &&
                           model.GetDeclaredSymbol(declarator, cancellationToken) is ILocalSymbol local && DestinationOfLocal(local, declarator, model, cancellationToken, depth) is { } onward
                        ? onward
                        : declarator.Parent?.Parent is FieldDeclarationSyntax && declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } fieldOwner
                            ? MemberOrCode(declarator.Identifier.ValueText, fieldOwner.Identifier.ValueText)
                            : declarator.Identifier.ValueText;
                case AssignmentExpressionSyntax assignment when assignment.Right == current:
                    if (assignment.Left is ElementAccessExpressionSyntax element)
                    {
                        // pin[i] = digits[rng.Next(10)]: the array receives it; follow the array when its name says nothing.
                        // (_tokensByDeviceName[name] = ...: a table of tokens, by the part before what it is keyed by)
                        return Named(SyntaxNames.Rightmost(element.Expression), element.Expression, model, cancellationToken, depth) is { } table ? ElementName(WithoutKeyPhrase(table)) : null;
                    }

                    // new Otp { SmsOpt = rng.Next(...) }: the created type names what its members are; SmsOpt = rng.Next(...)
                    // in the model's own constructor: the enclosing type does
                    // (a target-typed new() { ... } names its type through the model)
                    // (and a copy made with `previous with { Code = rng.Next(...) }` names its type through the record copied)
                    return assignment.Parent is InitializerExpressionSyntax { Parent: ExpressionSyntax creation } && creation is BaseObjectCreationExpressionSyntax or WithExpressionSyntax &&
                           (creation is ObjectCreationExpressionSyntax { Type: var created } ? SyntaxNames.Rightmost(created) : model.GetTypeInfo(creation, cancellationToken).Type?.Name) is { Length: > 0 } createdName &&
                           SyntaxNames.Rightmost(assignment.Left) is { } initialized
                        ? MemberOrCode(initialized, createdName)
                        : assignment.Left is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } && SyntaxNames.Rightmost(assignment.Left) is { } own &&
                          assignment.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } enclosing &&
                          model.GetSymbolInfo(assignment.Left, cancellationToken).Symbol is IFieldSymbol or IPropertySymbol
                            ? MemberOrCode(own, enclosing.Identifier.ValueText)
                            : SyntaxNames.Rightmost(assignment.Left);
                case ArgumentSyntax indexArgument when PicksAnElement(indexArgument, model, cancellationToken):
                    continue; // Alphabet[rng.Next(Alphabet.Length)]: the character or element picked flows on, not the index
                case ArgumentSyntax argument when argument.Parent?.Parent is { } call:
                    if (ParameterOf(argument, model, cancellationToken) is { } parameter)
                    {
                        // Formatting and building calls (ToString, Convert, string.Concat/Join/new string, StringBuilder,
                        // LINQ) pass the value on.
                        var type = parameter.ContainingSymbol?.ContainingType;
                        if (PassesValueOn(parameter))
                        {
                            if (type?.Name == "StringBuilder" && call is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var builder } } && IsDiscarded(call))
                            {
                                return Named(SyntaxNames.Rightmost(builder), builder, model, cancellationToken, depth);
                            }

                            continue;
                        }

                        // _sessions[rng.Next().ToString("x8")] = user: a key kept in a collection whose name says it holds
                        // security values is one of them; under any other name it is a key (see IsNarrowDraw)
                        // (_tokenBuckets, _keyStates and _pinStates hold buckets and states); so is an element added to one (_usedNonces.Add(rng.Next().ToString("x8")))
                        var collection = call switch
                        {
                            ElementAccessExpressionSyntax { Expression: var indexed } when parameter.ContainingSymbol is IPropertySymbol { IsIndexer: true } => indexed,
                            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: var adding, Expression: var receiver } }
                                when AddingMethods.Contains(adding) && parameter.Name is "item" or "key" or "value" or "addValue" => receiver,
                            _ => null,
                        };
                        if (collection is not null && SecurityElementOf(collection, model, cancellationToken, depth) is { } held)
                        {
                            return held;
                        }

                        // headers.Add("X-Auth-Nonce", value): the name written beside the value says what it is.
                        if (parameter.Name == "value" && argument.Parent is ArgumentListSyntax { Arguments.Count: 2 } pair &&
                            pair.Arguments[0] != argument && pair.Arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string written })
                        {
                            return written;
                        }

                        // new SmsOtp(phone, rng.Next(...)) of record SmsOtp(string Phone, int Digits): a one-time code's model
                        // given its drawn member where it is made
                        if (call is BaseObjectCreationExpressionSyntax && parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor } && type is not null &&
                            type.DeclaringSyntaxReferences.Length > 0)
                        {
                            return MemberOrCode(parameter.Name, type.Name);
                        }

                        return parameter.Name;
                    }

                    return null;
                case PropertyDeclarationSyntax property when property.Initializer is not null:
                    return property.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } propertyOwner
                        ? MemberOrCode(property.Identifier.ValueText, propertyOwner.Identifier.ValueText) // public int ProvisioningCode { get; } = rng.Next(...)
                        : property.Identifier.ValueText;
                case ReturnStatementSyntax or ArrowExpressionClauseSyntax:
                    var member = parent.FirstAncestorOrSelf<SyntaxNode>(n => n is MethodDeclarationSyntax or PropertyDeclarationSyntax or LocalFunctionStatementSyntax);
                    return member switch
                    {
                        MethodDeclarationSyntax m => m.Identifier.ValueText,
                        PropertyDeclarationSyntax p => p.Identifier.ValueText,
                        LocalFunctionStatementSyntax f => f.Identifier.ValueText,
                        _ => null,
                    };
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression or (int)SyntaxKind.LessThanExpression or
                    (int)SyntaxKind.LessThanOrEqualExpression or (int)SyntaxKind.GreaterThanExpression or (int)SyntaxKind.GreaterThanOrEqualExpression }:
                    return null; // rng.Next(2) == 1: a comparison's truth, a coin flip, whatever receives it
                case ElementAccessExpressionSyntax elementAccess when elementAccess.Expression != current:
                case BracketedArgumentListSyntax or SimpleLambdaExpressionSyntax or ParenthesizedLambdaExpressionSyntax or ObjectCreationExpressionSyntax
                    or InitializerExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CheckedExpressionSyntax:
                case MemberAccessExpressionSyntax or InvocationExpressionSyntax or BinaryExpressionSyntax or InterpolationSyntax or InterpolatedStringExpressionSyntax
                    or CastExpressionSyntax or ParenthesizedExpressionSyntax or ArgumentListSyntax or EqualsValueClauseSyntax or ConditionalExpressionSyntax:
                    continue;
                default:
                    return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Where a local's value goes when a use of it is what a security-named variable, field, property, parameter or
    /// member receives (<c>var pairingCode = hex;</c>, <c>Token = hex</c>, <c>return hex;</c> in <c>PairingCode()</c>); null
    /// when no use is.
    /// </summary>
    private static string? DestinationOfLocal(ILocalSymbol local, SyntaxNode declarator, SemanticModel model, System.Threading.CancellationToken cancellationToken, int depth)
    {
        foreach (var use in UsesAfter(local, declarator, declarator.Span.End, model, cancellationToken))
        {
            if (DestinationOfValue(use, model, cancellationToken, depth + 1) is { } next && IsSecurityName(next, SecretNames.Default))
            {
                return next;
            }
        }

        return null;
    }

    /// <summary>
    /// The uses of <paramref name="local"/> that start after <paramref name="after"/>, in the block its declaration
    /// <paramref name="declaration"/> stands in (a write may sit in a loop's own block), each bound to check it is the local.
    /// </summary>
    private static IEnumerable<IdentifierNameSyntax> UsesAfter(ILocalSymbol local, SyntaxNode declaration, int after, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        var scope = (SyntaxNode?)declaration.FirstAncestorOrSelf<BlockSyntax>() ?? declaration.FirstAncestorOrSelf<CompilationUnitSyntax>();
        foreach (var use in scope?.DescendantNodes().OfType<IdentifierNameSyntax>() ?? Enumerable.Empty<IdentifierNameSyntax>())
        {
            if (use.Identifier.ValueText == local.Name && use.SpanStart > after &&
                SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(use, cancellationToken).Symbol, local))
            {
                yield return use;
            }
        }
    }

    private static bool IsDiscarded(SyntaxNode call) => call.Parent is ExpressionStatementSyntax;

    /// <summary>
    /// The name that receives a value written into an array or appended to a builder: its own name when that says what it
    /// holds, otherwise where the local array or builder goes next (<c>new string(pin)</c>, <c>sb.ToString()</c>).
    /// </summary>
    private static string? Named(string? name, ExpressionSyntax holder, SemanticModel model, System.Threading.CancellationToken cancellationToken, int depth)
    {
        // A buffer named as an identifying token (messageToken) says what it is: not followed to where it goes.
        if (name is null || depth >= 2 || IsSecurityName(name, SecretNames.Default) || SecretNames.IsIdentifierToken(name) ||
            model.GetSymbolInfo(holder, cancellationToken).Symbol is not ILocalSymbol local)
        {
            return name;
        }

        var declaration = local.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) ?? holder;
        foreach (var use in UsesAfter(local, declaration, holder.SpanStart, model, cancellationToken))
        {
            // sb.ToString(), a use as an argument (new string(pin), string.Join("", digits)) or the returned buffer (return
            // buffer; in NewTotpKey()): where it goes next.
            SyntaxNode start = use.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString", Parent: InvocationExpressionSyntax toString } ? toString : use;
            if (start == use && use.Parent is not (ArgumentSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax))
            {
                continue;
            }

            if (DestinationOfValue(start, model, cancellationToken, depth + 1) is { } next && IsSecurityName(next, SecretNames.Default))
            {
                return next;
            }
        }

        return name;
    }

    /// <summary>
    /// The length of a buffer written in place or held by a local created with a constant length (<c>new byte[2]</c>,
    /// <c>stackalloc byte[2]</c>); null when it is not known.
    /// </summary>
    private static int? BufferLength(ExpressionSyntax buffer, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        // a local's or a read-only field's buffer, created once where it is declared (private readonly byte[] _token = new byte[2])
        var created = buffer;
        if (buffer is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } &&
            model.GetSymbolInfo(buffer, cancellationToken).Symbol is ILocalSymbol or IFieldSymbol { IsReadOnly: true } &&
            model.GetSymbolInfo(buffer, cancellationToken).Symbol is { DeclaringSyntaxReferences.Length: 1 } holder &&
            holder.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: { } initial })
        {
            created = initial;
        }

        return ValueShapes.CreatedLength(created, model, cancellationToken);
    }

    /// <summary>
    /// What one element of a collection is called when its name says it holds security values (<c>_sessions</c>: a
    /// session, <c>_usedNonces</c>: a nonce, <c>_pairingCodes</c>: a pairing code); null for other collections
    /// (<c>_tokenBuckets</c>, <c>_keyStates</c>: buckets and states).
    /// </summary>
    private static string? SecurityElementOf(ExpressionSyntax collection, SemanticModel model, System.Threading.CancellationToken cancellationToken, int depth) =>
        Named(SyntaxNames.Rightmost(collection), collection, model, cancellationToken, depth) is { } holds && ElementName(WithoutKeyPhrase(holds)) is var element &&
        IsSecurityName(element, SecretNames.Default)
            ? element
            : null;

    /// <summary>
    /// Whether a draw is given, in its own expression, as a collection's key or index (<c>_readings[rng.Next(1, 50)]</c>,
    /// <c>_slots.Add(rng.Next(9), ...)</c>): a lookup's key. A local or a field named <c>key</c> (<c>int key =
    /// random.Next(256)</c>, a cipher's key byte) is no lookup's.
    /// </summary>
    private static bool IsKeptAsLookupKey(InvocationExpressionSyntax draw)
    {
        SyntaxNode? node = draw.Parent;
        var keyByte = false;
        for (; node is ExpressionSyntax or ArgumentSyntax or BracketedArgumentListSyntax or ArgumentListSyntax or InterpolationSyntax; node = node.Parent)
        {
            if (IsLookupArgument(node))
            {
                return true;
            }

            // new Message<string, string> { Key = $"{rng.Next(0, 100)}", Value = ... }: a record's or a message's key beside
            // its value (a Kafka partition key of test traffic), no secret
            // (a key byte, (byte)rng.Next(256), (System.Byte)..., Convert.ToByte(...), is a cipher's key beside what it encrypts)
            keyByte |= node switch
            {
                CastExpressionSyntax { Type: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.ByteKeyword or (int)SyntaxKind.SByteKeyword } } => true,
                CastExpressionSyntax { Type: var cast } => SyntaxNames.Rightmost(cast) is "Byte" or "SByte",
                InvocationExpressionSyntax convert => SyntaxNames.Rightmost(convert.Expression) is "ToByte" or "ToSByte",
                _ => false,
            };
            if (!keyByte && node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Key" }, Parent: InitializerExpressionSyntax pair } &&
                pair.Expressions.Any(e => e is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "Value" } }))
            {
                return true;
            }
        }

        // var key = rng.Next(1, 50); _readings[key] = ...: a local whose every use is a lookup's key
        if (node is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Identifier.ValueText: var name } declarator } &&
            declarator.FirstAncestorOrSelf<BlockSyntax>() is { } block)
        {
            var uses = block.DescendantNodes().OfType<IdentifierNameSyntax>().Where(n => n.Identifier.ValueText == name).ToList();
            return uses.Count > 0 && uses.All(use => use.Parent is ArgumentSyntax argument && IsLookupArgument(argument));
        }

        return false;

        static bool IsLookupArgument(SyntaxNode argument) =>
            argument is ArgumentSyntax { Parent: BracketedArgumentListSyntax } ||
            argument is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } } && SyntaxNames.Rightmost(call.Expression) is { } called &&
            (AddingMethods.Contains(called) || called is "ContainsKey" or "TryGetValue" or "GetValueOrDefault" or "Remove" or "TryRemove" or "TryUpdate");
    }

    /// <summary>The most values a draw may take and still be a slot's or an index's number (a sensor of fifty, a probe of nine).</summary>
    private const int MaxNarrowDraw = 1000;

    /// <summary>
    /// A <c>Next(max)</c> or <c>Next(min, max)</c> whose bounds are constants at most <see cref="MaxNarrowDraw"/> values apart:
    /// a number no one needs to guess (a key drawn this way is a lookup's, not a secret's).
    /// </summary>
    private static bool IsNarrowDraw(InvocationExpressionSyntax invocation, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (SyntaxNames.Rightmost(invocation.Expression) != "Next" || invocation.ArgumentList.Arguments.Count is not (1 or 2))
        {
            return false;
        }

        long? Bound(int index) => BoundOf(invocation.ArgumentList.Arguments[index].Expression, model, cancellationToken, 0);

        var arguments = invocation.ArgumentList.Arguments.Count;
        return arguments == 1
            ? Bound(0) is { } max && max <= MaxNarrowDraw
            : Bound(0) is { } low && Bound(1) is { } high && high - low <= MaxNarrowDraw;
    }

    /// <summary>
    /// A draw's bound as far as the code settles it: a constant (<c>Channels * 4</c> with <c>const int Channels</c>), a
    /// read-only field initialized with one or with such a sum (<c>static readonly int SensorCount = Channels * 4</c>), the
    /// length of a read-only array or list written in place (<c>SensorNames.Length</c>), and sums, differences and products
    /// of those (<c>ProbeCount + 1</c>). Null when any part is a run-time value.
    /// </summary>
    private static long? BoundOf(ExpressionSyntax bound, SemanticModel model, System.Threading.CancellationToken cancellationToken, int depth)
    {
        bound = SyntacticValues.Strip(bound);
        if (depth > 3)
        {
            return null;
        }

        if (bound is LiteralExpressionSyntax { Token.Value: int or long or short or byte } written)
        {
            return System.Convert.ToInt64(written.Token.Value, System.Globalization.CultureInfo.InvariantCulture); // (a field's value in another file too)
        }

        if (bound.SyntaxTree == model.SyntaxTree && model.GetConstantValue(bound, cancellationToken) is { HasValue: true, Value: int or long or short or byte } constant)
        {
            return System.Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        switch (bound)
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.SubtractExpression or (int)SyntaxKind.MultiplyExpression } binary:
                if (BoundOf(binary.Left, model, cancellationToken, depth + 1) is not { } left || BoundOf(binary.Right, model, cancellationToken, depth + 1) is not { } right)
                {
                    return null;
                }

                return binary.Kind() switch
                {
                    SyntaxKind.AddExpression => left + right,
                    SyntaxKind.SubtractExpression => left - right,
                    _ => left * right,
                };

            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Length" or "Count" } count when bound.SyntaxTree == model.SyntaxTree:
                return WrittenInitializer(count.Expression) switch
                {
                    InitializerExpressionSyntax elements => elements.Expressions.Count,
                    ArrayCreationExpressionSyntax { Initializer: { } elements } => elements.Expressions.Count,
                    ImplicitArrayCreationExpressionSyntax { Initializer: var elements } => elements.Expressions.Count,
                    BaseObjectCreationExpressionSyntax { Initializer: { RawKind: (int)SyntaxKind.CollectionInitializerExpression } elements } => elements.Expressions.Count,
                    CollectionExpressionSyntax elements when elements.Elements.All(e => e is ExpressionElementSyntax) => elements.Elements.Count,
                    _ => null,
                };

            default:
                // (a read-only field declared in another file: its value when it is written as a number)
                return bound.SyntaxTree == model.SyntaxTree && WrittenInitializer(bound) is ExpressionSyntax initial &&
                       (initial.SyntaxTree == model.SyntaxTree || SyntacticValues.Strip(initial) is LiteralExpressionSyntax)
                    ? BoundOf(initial, model, cancellationToken, depth + 1)
                    : null;
        }

        // the value a read-only field of this file is initialized with (static readonly int ProbeCount = 9)
        ExpressionSyntax? WrittenInitializer(ExpressionSyntax field) =>
            model.GetSymbolInfo(field, cancellationToken).Symbol is IFieldSymbol { IsReadOnly: true, DeclaringSyntaxReferences: { Length: 1 } references } &&
            references[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: var value }
                ? value
                : null;
    }

    /// <summary>
    /// A collection's name without the phrase that says what it is keyed by (<c>_tokensByDeviceName</c>: tokens, keyed by a
    /// device's name; <c>sessions_by_user</c>, <c>_noncesPerDevice</c>, <c>tokensForRoom</c>: sessions, nonces, tokens). The name as it is when it has no such phrase, or nothing before it.
    /// </summary>
    /// <summary>The words that start the phrase a name ends in to say what its value is for or keyed by (<c>tokensByDevice</c>, <c>tokenForEndpoint</c>).</summary>
    private static readonly string[] KeyPhrases = { "By", "Per", "For" };

    private static string WithoutKeyPhrase(string collection)
    {
        for (var i = 1; i + 1 < collection.Length; i++)
        {
            foreach (var phrase in KeyPhrases)
            {
                if (i + phrase.Length > collection.Length || string.Compare(collection, i, phrase, 0, phrase.Length, System.StringComparison.OrdinalIgnoreCase) != 0)
                {
                    continue;
                }

                var end = i + phrase.Length;
                var camel = char.IsUpper(collection[i]) && char.IsLower(collection[i - 1]) && (end == collection.Length || char.IsUpper(collection[end]) || collection[end] == '_');
                var snake = collection[i - 1] == '_' && end < collection.Length && collection[end] == '_';
                if (camel || snake)
                {
                    var head = collection.Substring(0, snake ? i - 1 : i).TrimEnd('_');
                    return head.TrimStart('_').Length > 0 ? head : collection;
                }
            }
        }

        return collection;
    }

    /// <summary>
    /// What one element of a collection is called, from the collection's name: <c>_sessions</c> holds a session and
    /// <c>ResetTokens</c> a token (a plural's last word without its <c>s</c>); other names as they are.
    /// </summary>
    private static string ElementName(string collection) =>
        collection.Length > 3 && collection[collection.Length - 1] == 's' && collection[collection.Length - 2] != 's' && !IsSecurityName(collection, SecretNames.Default)
            ? collection.Substring(0, collection.Length - 1)
            : collection;

    private static bool IsSecurityName(string name, SecretNames names)
    {
        var words = SecretNames.SplitWords(name);
        // (in the plural too: _tokenBuckets, retryDelays)
        if (words.Any(w => NotSecurityWords.Contains(w) || (w.Length > 3 && w[w.Length - 1] == 's' && NotSecurityWords.Contains(w.Substring(0, w.Length - 1)))) ||
            SecretNames.IsIdentifierToken(name) || IsDisplayHead(words, names) || IsKeyboardName(words) ||
            (words.Any(HardwareWords.Contains) && !words.Any(w => SecurityWords.Contains(w) && w is not ("pin" or "pins" or "key" or "keys"))))
        {
            return false; // a timing or hardware name, or a token that identifies (a CoAP message token, a page token)
        }

        return names.IsSecretName(name) || words.Any(SecurityWords.Contains) || IsOneTimeCode(words) || SecretNames.IsSecondFactor(words);
    }

    /// <summary>A key word followed by a keyboard's or an animation's words (<c>keyCode</c>, <c>key_presses</c>, <c>keyScanCode</c>), and no other security word.</summary>
    private static bool IsKeyboardName(IReadOnlyList<string> words)
    {
        var keyboard = false;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i] is "key" or "keys" && i + 1 < words.Count && KeyboardWords.Contains(words[i + 1]))
            {
                keyboard = true;
                while (i + 1 < words.Count && KeyboardWords.Contains(words[i + 1]))
                {
                    i++; // keyScanCode, keyRepeatEvents: a run of keyboard words
                }
            }
            else if (SecurityWords.Contains(words[i]))
            {
                return false; // sessionKeyCode: a session's code
            }
        }

        return keyboard;
    }

    /// <summary>Whether a display word (<see cref="NotSecurityHeads"/>) comes after the name's first security word, or the name has none.</summary>
    private static bool IsDisplayHead(IReadOnlyList<string> words, SecretNames names)
    {
        var first = -1;
        for (var i = 0; i < words.Count && first < 0; i++)
        {
            first = SecurityWords.Contains(words[i]) || names.IsSecretName(words[i]) ? i : -1;
        }

        for (var i = 0; i < words.Count; i++)
        {
            // (the head: no security word after it; authServerNonce is a nonce, _sessionServers are servers)
            // (tokenForEndpoint: a token, for an endpoint)
            if (KeyPhrases.Any(phrase => string.Equals(words[i], phrase, System.StringComparison.OrdinalIgnoreCase)))
            {
                break;
            }

            if (NotSecurityHeads.Contains(words[i]) && (first < 0 || i > first) && !words.Skip(i + 1).Any(w => SecurityWords.Contains(w) || names.IsSecretName(w)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The name a member's drawn value is judged by: its own, or, when that says nothing of security or of timing and
    /// counting, its type's when the type is named as a one-time code (<c>class Otp { public int SmsOpt { get; } =
    /// Random.Shared.Next(100000, 999999); }</c>: the OTP model's drawn number is the OTP, however the member is spelt).
    /// </summary>
    private static string MemberOrCode(string member, string owner)
    {
        if (IsSecurityName(member, SecretNames.Default) ||
            SecretNames.SplitWords(member).Any(w => NotSecurityWords.Contains(w) || ModelMemberWords.Contains(w)))
        {
            return member;
        }

        var ownerWords = SecretNames.SplitWords(owner);
        return ownerWords.Count > 0 && (ownerWords[ownerWords.Count - 1] is "otp" or "totp" or "hotp" or "passcode" || IsOneTimeCode(ownerWords))
            ? owner
            : member;
    }

    /// <summary>
    /// Words that name what else a one-time code's model holds (<see cref="MemberOrCode"/>): its addressee and the carrier
    /// that sends it, its limits and timing, its counter (an HOTP's moving factor is no secret). A member named <c>Value</c>
    /// or <c>Code</c> is the code itself.
    /// </summary>
    private static readonly HashSet<string> ModelMemberWords = new()
    {
        "id", "number", "phone", "email", "channel", "port", "seed", "weight", "attempts", "attempt", "tries", "max", "min", "limit", "ttl", "expiry",
        "expires", "lifetime", "minutes", "counter", "cooldown", "after", "until", "wait", "gateway", "provider", "carrier", "sender", "route", "host",
        "server", "endpoint", "url", "region", "locale", "language", "template", "message",
        // timing in any unit and its windows (ValidityHours, ResendDelay, RetryWindow, IssuedAt)
        "hour", "hours", "day", "days", "week", "weeks", "validity", "duration", "timeout", "period", "window", "age", "retry", "retries",
        "resend", "delay", "timestamp", "issued", "created", "sent", "at",
    };

    /// <summary><c>ProvisioningCode</c>, <c>unlockCode</c>, <c>GuestCode</c>: a code that grants something, not a status or error code.</summary>
    private static bool IsOneTimeCode(IReadOnlyList<string> words) => SecretNames.IsAccessCode(words);

    private static string Purpose(string name)
    {
        var words = SecretNames.SplitWords(name);
        return words.FirstOrDefault(SecurityWords.Contains) ?? (IsOneTimeCode(words) || SecretNames.IsSecondFactor(words) ? "code" : "a secret");
    }
}
