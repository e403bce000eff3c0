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

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// IOT1005: a per-device password derived from public or guessable data (a MAC address, serial number, device ID,
/// host name, counter or the clock) or made with <see cref="System.Random"/>, without a keyed cryptographic function
/// (UK PSTI Schedule 1 para 1(3); ETSI EN 303 645 5.1-2). Reported where the password is built: at a secret-named
/// symbol's value, or at a password parameter when built in the call.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DerivedDevicePasswordAnalyzer : IoTSecureAnalyzer
{
    private protected override bool AnalyzesGeneratedCode => true;

    /// <summary>Operations followed from a password back to its data: a hash of a serial's bytes read through a local is a dozen deep.</summary>
    private const int MaxDepth = 12;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.DerivedDevicePassword);

    private protected override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var actions = new SyntaxActions(iot.Invocations);
        var resolver = new StringValueResolver(iot);
        var names = iot.Settings.SecretNames;

        // PINs, passcodes, pairing codes and WPS PINs are presented to join like passwords, whatever the team's secret names.
        // A name that only may be an access code (rewashCode, serviceCode) is one when its text is made from public data.
        bool NamesASite(string name) => names.IsSecretName(name) || SecretNames.IsPasswordName(name) || SecretNames.MayNameAccessCode(name);
        SecretNamedSites.Register(actions, iot, NamesASite, value => MayBeDerived(value, 0), (c, site) =>
        {
            if (site.Value is not { } value)
            {
                return; // a literal site (registered without literals: none comes here); a written literal derives from nothing
            }

            if (StringValueResolver.Unwrap(value) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation &&
                ReturnedSymbolName(value) is { } held && NamesASite(held))
            {
                return; // new ApConfig { Password = apPassword }: reported where apPassword is given its derived value
            }

            var onlyCodeName = !names.IsSecretName(site.Symbol.Name) && !SecretNames.IsPasswordName(site.Symbol.Name);
            if (onlyCodeName && value.Type?.SpecialType != SpecialType.System_String)
            {
                return; // int StepCode = counter + 1: a number, not a code presented to log in
            }

            var derived = value.Type?.SpecialType == SpecialType.System_String
                ? DerivedFrom(resolver.Resolve(value), resolver, name: site.Symbol.Name)
                : PublicSource(value, resolver, 0); // a numeric PIN or passkey
            if (derived is { } numbered && value.Type?.SpecialType != SpecialType.System_String && !SecretNames.IsUnambiguousPasswordName(site.Symbol.Name) &&
                !NeverNumbersAPin(numbered))
            {
                return; // int diePin = index % 1000 + 2: a connector's pin (but diePin = serial.GetHashCode() % 10000 is no pin number)
            }

            if (derived is { } source)
            {
                // A token, session identifier or key made by System.Random is IOT3005's finding (it has a fix); a password,
                // passcode or PIN made by it stays here; a code written in hex (pairingCode = rng.Next().ToString("X8")) is a
                // token. One value, one rule.
                if (source == RandomSource && (!SecretNames.IsPasswordName(site.Symbol.Name) || onlyCodeName ||
                                               (!SecretNames.HasPasswordWord(site.Symbol.Name) && IsHexText(value, resolver, 0))))
                {
                    return;
                }

                c.ReportDiagnostic(Diagnostic.Create(Descriptors.DerivedDevicePassword, value.Syntax.GetLocation(), "'" + SecretFinding.Display(site.Symbol) + "'", source));
            }
        }, integers: true);

        // Configuration built in code: a value stored under a secret-named key (settings["ap.psk"] = "DB" + serial[^6..]).
        KeyedValues.Register(actions, iot, value => MayBeDerived(value, 0), (c, keyed) =>
        {
            if (!keyed.IsPair && c.SemanticModel.GetOperation(keyed.Value, c.CancellationToken) is { } operation &&
                // ["pass"] = farmPassword: reported where farmPassword is given its derived value
                !(StringValueResolver.Unwrap(operation) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation &&
                  ReturnedSymbolName(operation) is { } held && NamesASite(held)) &&
                DerivedFrom(resolver.Resolve(operation), resolver, name: SecretNames.QualifiedKeySegment(keyed.Key)) is { } source && (source != RandomSource || SecretNames.IsPasswordName(SecretNames.QualifiedKeySegment(keyed.Key))))
            {
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.DerivedDevicePassword, keyed.Value.GetLocation(), "stored under " + KeyedValue.Describe(keyed.Key), source));
            }
        });

        // A method or property named as a PIN, passcode or password that returns a derived value (CompanionPairingCode()).
        actions.Add(
            c =>
            {
                var returned = c.Node switch
                {
                    ReturnStatementSyntax { Expression: { } expression } => expression,
                    ArrowExpressionClauseSyntax arrow => arrow.Expression,
                    _ => null,
                };
                if (returned is null)
                {
                    return;
                }

                // The member that returns it, unless a lambda or local function returns it first (their names say nothing).
                string? name = null;
                for (var node = c.Node.Parent; node is not null && name is null; node = node.Parent)
                {
                    switch (node)
                    {
                        case AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax:
                            return;
                        case MethodDeclarationSyntax method:
                            name = method.Identifier.ValueText;
                            break;
                        case PropertyDeclarationSyntax property:
                            name = property.Identifier.ValueText;
                            break;
                        case MemberDeclarationSyntax:
                            return;
                    }
                }

                // Returned by a member named as a password, PIN, passcode, passkey or Wi-Fi key (not a token or a lookup key),
                // or key bytes under a key's name (byte[] JoinAppKey() => MD5.HashData(...devEui...)): a device's root key.
                var mayBeKeyBytes = name is not null && SecretNames.IsKeyBytesName(name) && !SecretText.SaysFake(name);
                if (name is null || !(SecretNames.IsPasswordMemberName(name) || SecretNames.MayNameAccessCode(name) || mayBeKeyBytes) ||
                    !MayBeDerived(returned, 0) || c.SemanticModel.GetOperation(returned, c.CancellationToken) is not { } operation)
                {
                    return; // the name is asked first, the syntax screen second: only a password's, a code's or a key's return is bound
                }

                var keyBytes = mayBeKeyBytes && SecretNamedSites.IsByteSequence(operation.Type);
                if (!(SecretNames.IsPasswordMemberName(name) || SecretNames.MayNameAccessCode(name) || keyBytes))
                {
                    return;
                }

                if (StringValueResolver.Unwrap(operation) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation &&
                    ReturnedSymbolName(operation) is { } held && (names.IsSecretName(held) || SecretNames.IsPasswordName(held) || SecretNames.MayNameAccessCode(held)))
                {
                    return; // reported where that symbol is given its value (a site named as a secret, a password or a code: var claimPin = ...)
                }

                if (operation.Type?.SpecialType != SpecialType.System_String && !SecretNames.IsUnambiguousPasswordName(name) && !keyBytes &&
                    !(PublicSource(operation, resolver, 0) is { } numberSource && NeverNumbersAPin(numberSource)))
                {
                    return; // int LedPin() => index + 1: a GPIO pin (but int ShiftPin() => int.Parse(DateTime.Now.ToString("MMdd")) is no pin number)
                }

                var trace = new Derivation();
                var derived = operation.Type?.SpecialType == SpecialType.System_String ? DerivedFrom(resolver.Resolve(operation), resolver, trace, name) : PublicSource(operation, resolver, 0, trace);
                // A code made by System.Random is a PIN when written in digits (a guest's keypad code), a token when written
                // in hex (an OTA unlock code): that one is IOT3005's, unless the name says password, PIN or passcode.
                if (derived == RandomSource && !SecretNames.HasPasswordWord(name) && IsHexText(operation, resolver, 0))
                {
                    return;
                }

                if (derived is { } source && (source != RandomSource || (SecretNames.IsPasswordName(name) && !keyBytes)))
                {
                    // Reported at the return (where the password's final value is made) and, as an additional location, where
                    // public data first turns into it (a local's initializer: byte[] digest = SHA256.HashData(serial bytes)).
                    var additional = trace.Site is { } derivedAt && derivedAt.SyntaxTree == returned.SyntaxTree ? new[] { derivedAt.GetLocation() } : null;
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.DerivedDevicePassword, returned.GetLocation(), additional, "returned by '" + name + "'", source));
                }
            },
            SyntaxKind.ReturnStatement, SyntaxKind.ArrowExpressionClause);

        SinkArguments.Register(actions, iot, (sink, value) => sink.Kind == SecretKind.Password && MayBeDerived(value, 0), (c, argument) =>
        {
            if (argument.Sink.Spec.Kind != SecretKind.Password || IsKeyed(argument.Sink.Type))
            {
                return; // new Rfc2898DeriveBytes(serialNumber, salt): a derivation's input, judged where its output is held
            }

            var value = resolver.Resolve(argument.Value);
            if (value.Via is { } via && NamesASite(via.Name))
            {
                return; // reported where the secret-, password- or PIN-named symbol is given its value (string pairingPin = ...)
            }

            if (DerivedFrom(value, resolver, name: argument.Sink.Spec.Parameter) is { } source)
            {
                c.ReportDiagnostic(Diagnostic.Create(Descriptors.DerivedDevicePassword, argument.Value.Syntax.GetLocation(), "reaching '" + argument.SinkDisplay + "'", source));
            }
        });

        // A password built in place and passed to the team's own method or constructor under a password's name
        // (new SecureChargePointLink(id, "CP" + serialNumber[^8..]) for its authorizationKey): judged where it is built. A
        // held value is judged where its symbol is given it; a catalogued sink's argument above.
        // Names of the source methods and types whose methods or constructors take a password-named parameter, asked once per
        // name: a call of any other name is not bound. A name the source does not declare (Parse, GetBytes) is answered by the
        // declaration table alone, without a symbol search.
        var takesPassword = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>(System.StringComparer.Ordinal);
        bool MayTakePassword(string? name) =>
            name is not null && takesPassword.GetOrAdd(name, n => context.Compilation.ContainsSymbolsWithName(n, SymbolFilter.TypeAndMember, context.CancellationToken) &&
                                                                context.Compilation.GetSymbolsWithName(n, SymbolFilter.TypeAndMember, context.CancellationToken).Any(symbol =>
                symbol is IMethodSymbol method ? HasPasswordParameter(method)
                : symbol is INamedTypeSymbol type && type.InstanceConstructors.Any(HasPasswordParameter)));

        actions.Add(
            c =>
            {
                var (arguments, callee) = c.Node switch
                {
                    InvocationExpressionSyntax invocation => (invocation.ArgumentList.Arguments, SyntaxNames.Rightmost(invocation.Expression)),
                    ObjectCreationExpressionSyntax { ArgumentList: { } list } creation => (list.Arguments, SyntaxNames.Rightmost(creation.Type)),
                    ImplicitObjectCreationExpressionSyntax { ArgumentList: var implicitList } => (implicitList.Arguments, string.Empty), // KioskLink link = new(...): named once bound
                    _ => (default, null),
                };
                if (callee is null || !arguments.Any(a => IsBuiltInPlace(a.Expression)))
                {
                    return;
                }

                if (callee.Length == 0)
                {
                    callee = c.SemanticModel.GetTypeInfo(c.Node, c.CancellationToken).Type?.Name;
                }

                if (!MayTakePassword(callee))
                {
                    return;
                }

                foreach (var argument in arguments)
                {
                    if (!IsBuiltInPlace(argument.Expression) || !MayBeDerived(argument.Expression, 0) ||
                        c.SemanticModel.GetOperation(argument, c.CancellationToken) is not IArgumentOperation { Parameter: { DeclaringSyntaxReferences.IsEmpty: false } parameter } bound ||
                        !SecretNames.IsPasswordMemberName(parameter.Name) ||
                        parameter.ContainingSymbol is not IMethodSymbol method || iot.Sinks.TryFind(method, parameter.Name, out _))
                    {
                        continue;
                    }

                    var derived = bound.Value.Type?.SpecialType == SpecialType.System_String
                        ? DerivedFrom(resolver.Resolve(bound.Value), resolver, name: parameter.Name)
                        : PublicSource(bound.Value, resolver, 0);
                    if (derived is { } source && (source != RandomSource || SecretNames.IsPasswordName(parameter.Name)))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Descriptors.DerivedDevicePassword, argument.Expression.GetLocation(), "passed as '" + parameter.Name + "'", source));
                    }
                }
            },
            SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);

        // int.TryParse(_imei.Substring(_imei.Length - 4), out var doorPin); as a statement (or an if's condition): the PIN is
        // parsed from public text there. A parse whose result is returned is judged at the return (above).
        actions.Add(
            c =>
            {
                var parse = (InvocationExpressionSyntax)c.Node;
                if (SyntaxNames.Rightmost(parse.Expression) != "TryParse" || parse.ArgumentList.Arguments.Count < 2 ||
                    !(parse.Parent is ExpressionStatementSyntax || parse.Parent is IfStatementSyntax ||
                      parse.Parent is PrefixUnaryExpressionSyntax { Parent: IfStatementSyntax } ||
                      parse.Parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.LogicalOrExpression }) ||
                    parse.ArgumentList.Arguments.Last() is not { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword } received ||
                    (received.Expression switch
                    {
                        DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax designation } => designation.Identifier.ValueText,
                        IdentifierNameSyntax declaredBefore => declaredBefore.Identifier.ValueText, // uint passkey; ... out passkey
                        _ => null,
                    }) is not { } parsedInto ||
                    !(SecretNames.IsUnambiguousPasswordName(parsedInto) || SecretNames.MayNameAccessCode(parsedInto)) ||
                    !MayBeDerived(parse.ArgumentList.Arguments[0].Expression, 0) ||
                    c.SemanticModel.GetOperation(parse.ArgumentList.Arguments[0].Expression, c.CancellationToken) is not { } text)
                {
                    return;
                }

                if (PublicSource(text, resolver, 0) is { } source && source != RandomSource)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.DerivedDevicePassword, parse.GetLocation(), "parsed into '" + parsedInto + "'", source));
                }
            },
            SyntaxKind.InvocationExpression);

        actions.RegisterOn(context);
    }

    /// <summary>A value built where it is passed: a concatenation, an interpolation, a call or an element (not a name).</summary>
    private static bool IsBuiltInPlace(ExpressionSyntax value) =>
        SyntacticValues.Strip(value) is BinaryExpressionSyntax or InterpolatedStringExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax;

    /// <summary>A source method or constructor with a parameter named as a password, passcode, PIN or presented key.</summary>
    private static bool HasPasswordParameter(IMethodSymbol method) =>
        !method.DeclaringSyntaxReferences.IsEmpty && method.Parameters.Any(p => SecretNames.IsPasswordMemberName(p.Name));

    private const string RandomSource = "System.Random (not a cryptographic generator)";

    /// <summary>Most writes of one local read for its sources (a checksum loop writes it once or twice).</summary>
    private const int MaxWrites = 8;

    /// <summary>
    /// The public source of a local that is written after its declaration (a hash or checksum computed in a loop:
    /// <c>int sum = 0; foreach (char c in serial) sum = sum * 31 + c;</c>): any value it is given, and for a
    /// <c>foreach</c> variable the collection it walks.
    /// </summary>
    private static string? FromWrites(ILocalSymbol local, StringValueResolver resolver, int depth, Derivation? trace)
    {
        if (local.DeclaringSyntaxReferences.Length != 1 || depth > MaxDepth)
        {
            return null;
        }

        // sum = sum * 31 + c reads sum again: each local's writes are read once per question.
        trace ??= new Derivation();
        var visiting = trace.WritesVisiting ??= new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        if (!visiting.Add(local))
        {
            return null;
        }

        try
        {
            return FromWrittenValues(local, resolver, depth, trace);
        }
        finally
        {
            visiting.Remove(local);
        }
    }

    private static string? FromWrittenValues(ILocalSymbol local, StringValueResolver resolver, int depth, Derivation? trace)
    {

        var declaration = local.DeclaringSyntaxReferences[0].GetSyntax();
        var model = resolver.SemanticModelOf(declaration.SyntaxTree);
        if (declaration is ForEachStatementSyntax forEach)
        {
            return model.GetOperation(forEach.Expression) is { } collection ? PublicSource(collection, resolver, depth + 1, trace) : null;
        }

        // int.TryParse(_imei[^6..], out var pin): the number parsed from the text the call reads
        if (declaration is SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Arguments: { Count: >= 2 } parsed, Parent: InvocationExpressionSyntax parse } } } } &&
            SyntaxNames.Rightmost(parse.Expression) == "TryParse")
        {
            return model.GetOperation(parsed[0].Expression) is { } text ? PublicSource(text, resolver, depth + 1, trace) : null;
        }

        var body = declaration.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax);
        if (body is null)
        {
            return null;
        }

        var writes = 0;
        foreach (var assignment in body.DescendantNodes().OfType<AssignmentExpressionSyntax>())
        {
            if (assignment.Left is not IdentifierNameSyntax { Identifier.ValueText: var written } || written != local.Name)
            {
                continue;
            }

            if (++writes > MaxWrites)
            {
                return null;
            }

            if (model.GetOperation(assignment) is IAssignmentOperation { Target: ILocalReferenceOperation target } write &&
                SymbolEqualityComparer.Default.Equals(target.Local, local) && PublicSource(write.Value, resolver, depth + 1, trace) is { } source)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>Whether a value is written as hex digits (<c>ToString("X8")</c>, <c>Convert.ToHexString</c>), directly or through a local or field.</summary>
    private static bool IsHexText(IOperation operation, StringValueResolver resolver, int depth)
    {
        if (depth > MaxDepth)
        {
            return false;
        }

        switch (StringValueResolver.Unwrap(operation))
        {
            case IInvocationOperation { TargetMethod.Name: "ToString", Arguments.Length: >= 1 } toString
                when toString.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string format } && HexFormats.IsHex(format):
                return true;
            case IInvocationOperation { TargetMethod.Name: "ToHexString" or "ToHexStringLower" }:
                return true;
            case IInvocationOperation { TargetMethod: { Name: "ToString", ContainingType.Name: "Convert" }, Arguments.Length: 2 } toBase
                when toBase.Arguments[1].Value.ConstantValue is { HasValue: true, Value: 16 }:
                return true; // Convert.ToString(value, 16)
            case IInvocationOperation { TargetMethod: { Name: "Format", ContainingType.SpecialType: SpecialType.System_String } } format:
                // string.Format("{0:x8}", value), string.Format(provider, "{0:X8}", value)
                return format.Arguments.Any(a => a.Value.ConstantValue is { HasValue: true, Value: string composite } && HexFormats.WritesInHex(composite));
            case IInterpolatedStringOperation interpolated:
                // $"{value:X4}"
                return interpolated.Parts.Any(p => p is IInterpolationOperation { FormatString.ConstantValue: { HasValue: true, Value: string itemFormat } } && HexFormats.IsHex(itemFormat));
            case IInvocationOperation { TargetMethod.Name: "ToLower" or "ToUpper" or "ToLowerInvariant" or "ToUpperInvariant" or "Trim" or "PadLeft" or "PadRight", Instance: { } cased }:
                return IsHexText(cased, resolver, depth + 1); // the same digits in another case or padding
            case IBinaryOperation binary:
                return IsHexText(binary.LeftOperand, resolver, depth + 1) || IsHexText(binary.RightOperand, resolver, depth + 1);
            case ILocalReferenceOperation local when resolver.InitializerOperation(local.Local) is { } value:
                return IsHexText(value, resolver, depth + 1);
            case IFieldReferenceOperation field when resolver.InitializerOperation(field.Field) is { } value:
                return IsHexText(value, resolver, depth + 1);
            default:
                return false;
        }
    }

    /// <summary>Where a returned password is derived, when that is a local's or field's initializer rather than the return itself.</summary>
    private sealed class Derivation
    {
        public SyntaxNode? Site;

        /// <summary>Locals whose writes are being read (sum = sum * 31 + c reads sum again).</summary>
        public HashSet<ILocalSymbol>? WritesVisiting;
    }

    private static string? ReturnedSymbolName(IOperation operation) => StringValueResolver.Unwrap(operation) switch
    {
        ILocalReferenceOperation local => local.Local.Name,
        IFieldReferenceOperation field => field.Field.Name,
        IPropertyReferenceOperation property => property.Property.Name,
        _ => null,
    };

    /// <summary>
    /// The syntactic screen for <see cref="DerivedFrom"/>: false for text written in full, object creations, and
    /// parameters and variables whose names and values say nothing of public device data.
    /// </summary>
    private static bool MayBeDerived(ExpressionSyntax value, int depth)
    {
        if (depth > MaxDepth)
        {
            return true;
        }

        switch (SyntacticValues.Strip(value))
        {
            case ObjectCreationExpressionSyntax { Type: PredefinedTypeSyntax, ArgumentList: { } characters }:
                return characters.Arguments.Any(a => MayBeDerived(a.Expression, depth + 1)); // new string(...query of characters...)

            case LiteralExpressionSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax:
                return false;

            case InterpolatedStringExpressionSyntax interpolated:
                return interpolated.Contents.Any(c => c is InterpolationSyntax interpolation &&
                                                      (MayBeDerived(interpolation.Expression, depth + 1) || IsDateFormat(interpolation.FormatClause?.FormatStringToken.ValueText))) ||
                       (interpolated.Contents.Any(c => c is InterpolatedStringTextSyntax) &&
                        interpolated.Contents.All(c => c is InterpolatedStringTextSyntax || c is InterpolationSyntax hole && MayBeHeldNumber(hole.Expression)));

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression):
                var pieces = SyntacticValues.AddChain(binary);
                return pieces.Any(p => MayBeDerived(p, depth + 1)) ||
                       (pieces.Any(p => SyntacticValues.Strip(p) is LiteralExpressionSyntax) &&
                        pieces.All(p => SyntacticValues.Strip(p) is LiteralExpressionSyntax || MayBeHeldNumber(p)));

            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.CoalesceExpression):
                return MayBeDerived(binary.Left, depth + 1) || MayBeDerived(binary.Right, depth + 1);

            case LambdaExpressionSyntax { ExpressionBody: { } selected }:
                return MayBeDerived(selected, depth + 1); // Select(_ => alphabet[rng.Next(alphabet.Length)])

            case ElementAccessExpressionSyntax elementAccess:
                return MayBeDerived(elementAccess.Expression, depth + 1) ||
                       elementAccess.ArgumentList.Arguments.Any(a => MayBeDerived(a.Expression, depth + 1));

            case MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax }:
                return false; // string.Empty, int.MaxValue: a constant of the language's own types

            case InvocationExpressionSyntax invocation:
                // What the resolver reads of a call: its name (GetSerialNumber(), a Random's Next), its receiver
                // (serial.Substring(...)) and its arguments (Convert.ToHexString(mac)); the team's Get(Key, "") holds none.
                var called = SyntaxNames.Rightmost(invocation.Expression);
                return called is null || ByName(called) is not null || IsPublicDataCall(called) || (called == "ToString" && WritesADate(invocation)) ||
                       (invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && MayBeDerived(receiver, depth + 1)) ||
                       invocation.Expression is not (IdentifierNameSyntax or MemberAccessExpressionSyntax or GenericNameSyntax) ||
                       invocation.ArgumentList.Arguments.Any(a => MayBeDerived(a.Expression, depth + 1));

            case IdentifierNameSyntax identifier:
                // (what its callers pass is no derivation: the resolver reads a parameter by its name and type)
                var declaration = SyntacticValues.Find(identifier, readCallers: false);
                var named = ByName(identifier.Identifier.ValueText) is not null;
                return declaration.Kind switch
                {
                    // Pin(BluetoothAddress probeAddress): a parameter of a public address's type, whatever its name
                    DeclarationKind.Parameter => named || SyntacticValues.ParameterTypeName(identifier) is "BluetoothAddress" or "PhysicalAddress",
                    DeclarationKind.RuntimeVariable => named,
                    DeclarationKind.Variable => named || (declaration.Value is not null && MayBeDerived(declaration.Value, depth + 1)),
                    DeclarationKind.Constant => false,
                    _ => true,
                };

            default:
                return true;
        }
    }

    /// <summary>
    /// Whether a <c>ToString</c> call's format is a custom date and time format (<c>"MMdd"</c>, <c>"yyyy-MM-dd"</c>,
    /// <c>"HHmm"</c>): only the format's letters and separators, two letters or more. The type is checked once bound.
    /// </summary>
    private static bool WritesADate(InvocationExpressionSyntax call) =>
        call.ArgumentList.Arguments.Count > 0 && call.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax { Token.Value: string format } && IsDateFormat(format);

    /// <summary>A custom date and time format: only the format's letters and separators, two letters or more (<c>"MMdd"</c>, <c>"yyyy-MM-dd"</c>).</summary>
    private static bool IsDateFormat(string? format)
    {
        if (format is null)
        {
            return false;
        }

        var letters = 0;
        foreach (var c in format)
        {
            if (c is 'd' or 'M' or 'y' or 'H' or 'h' or 'm' or 's' or 'f' or 'F' or 't')
            {
                letters++;
            }
            else if (c is not (' ' or '-' or '/' or ':' or '.' or '_'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>The screen for <see cref="IsHeldNumber"/>: a name or member (<c>box</c>, <c>cabin.Number</c>), or its <c>ToString(...)</c>.</summary>
    private static bool MayBeHeldNumber(ExpressionSyntax expression) => SyntacticValues.Strip(expression) switch
    {
        IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or ThisExpressionSyntax } => true,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString", Expression: var instance } } => MayBeHeldNumber(instance),
        _ => false,
    };

    /// <summary>
    /// Sources no GPIO or connector pin number is computed from: a number under a name that may be a hardware pin
    /// (<c>ShiftPin</c>, <c>GatePin</c>) made from the clock, a MAC or hardware address or a serial number is a PIN.
    /// </summary>
    private static bool NeverNumbersAPin(string source) => source is "the clock" or "a MAC address" or "a hardware address (EUI-64)" or "a hardware address (Bluetooth)" or "a serial number";

    /// <summary>Calls whose result is public data or guessable whatever they are called on: a MAC or host name, System.Random.</summary>
    private static bool IsPublicDataCall(string name) =>
        name is "GetPhysicalAddress" or "GetAddressBytes" or "GetHostName" or "GetItems" or "Shuffle" or "Sample" ||
        name.StartsWith("Next", System.StringComparison.Ordinal);

    /// <summary>The public source a value is built from, or null when it has none (or passes a keyed function).</summary>
    private static string? DerivedFrom(ResolvedString value, StringValueResolver resolver, Derivation? trace = null, string? name = null)
    {
        // A SAS token of a resource, an expiry and an HMAC signature (string.Format("SharedAccessSignature sr={0}&sig={1}&se={2}",
        // uri, signature, expiry)): a part no one can compute without the key makes the whole value uncomputable.
        if (value.Parts.Any(part => part.Hole is { } keyed && PassesKeyedFunction(keyed, resolver, 0)))
        {
            return null;
        }

        foreach (var part in value.Parts)
        {
            if (part.Hole is { } hole && PublicSource(hole, resolver, 0, trace) is { } source)
            {
                if (trace is not null && part.Holder is not null && part.Scope is not null)
                {
                    trace.Site ??= part.Scope; // derived in a local's or field's initializer (string code = rng.Next(...).ToString("D6"))
                }

                return source;
            }
        }

        return FromNumberedText(value, name);
    }

    /// <summary>
    /// A password written around a number and nothing else (<c>"Gondola" + gondolaNumber.ToString("D2")</c>,
    /// <c>$"Box{box:D2}-stable"</c>): written text, the same in every unit's firmware, and a number that tells units
    /// apart (a cabin, box or lane number, an index). Anyone who reads one unit's password or the firmware knows them
    /// all. Only integers held in parameters, variables, fields and properties count; a call's result (a PIN read from
    /// secure storage) does not.
    /// </summary>
    private static string? FromNumberedText(ResolvedString value, string? name)
    {
        if (name is null || !SecretNames.IsUnambiguousPasswordName(name))
        {
            return null; // ledPin = $"GPIO{line}": a pin's name is a GPIO line's as often
        }

        var written = false;
        var numbers = 0;
        foreach (var part in value.Parts)
        {
            if (part.Text is { } text)
            {
                written |= text.Any(char.IsLetter);
            }
            else if (part.Hole is { } hole && IsHeldNumber(hole))
            {
                numbers++;
            }
            else
            {
                return null;
            }
        }

        return written && numbers > 0 ? "a unit's number and text written in the firmware" : null;
    }

    /// <summary>
    /// An integer held in a parameter, variable, field or property, or its <c>ToString(...)</c>, whose name does not say
    /// it is itself a secret (<c>"PIN" + enteredPin</c>, <c>$"INST{_installerPin:D6}"</c>: the number is the secret there).
    /// </summary>
    private static bool IsHeldNumber(IOperation hole)
    {
        var operation = StringValueResolver.Unwrap(hole);
        if (operation is IInvocationOperation { TargetMethod.Name: "ToString", Instance: { } instance })
        {
            operation = StringValueResolver.Unwrap(instance);
        }

        var name = operation switch
        {
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            ILocalReferenceOperation { Local.IsConst: false } local => local.Local.Name,
            IFieldReferenceOperation { Field.IsConst: false } field => field.Field.Name,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
            _ => null,
        };
        return name is not null && !SecretNames.Default.IsSecretName(name) && !SecretNames.IsPasswordName(name) &&
               operation.Type?.SpecialType is SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16 or
                   SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64;
    }

    private static string? PublicSource(IOperation operation, StringValueResolver resolver, int depth, Derivation? trace = null)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        // A value held in a local or field: where it is initialised from public data is where the password is derived
        // (byte[] digest = SHA256.HashData(serial bytes); return digest[0] % ...), the deepest such place.
        string? Initialized(IOperation value)
        {
            var found = PublicSource(value, resolver, depth + 1, trace);
            if (found is not null && trace is not null)
            {
                trace.Site ??= value.Syntax;
            }

            return found;
        }

        operation = StringValueResolver.Unwrap(operation);
        if (IsDate(operation.Type))
        {
            return "the clock"; // any date, whoever passes it ($"{arrival:ddMM}", string.Format("{0:MMdd}", booked))
        }

        switch (operation)
        {
            case IInvocationOperation invocation:
                return FromInvocation(invocation, resolver, depth, trace);

            // sha.Hash after sha.TransformFinalBlock(name, 0, name.Length) of an unkeyed hash made where it is declared: a hash
            // of what it was fed
            case IPropertyReferenceOperation { Property.Name: "Hash", Instance: ILocalReferenceOperation { Local: { Type: INamedTypeSymbol hashType } hasher } }
                when IsUnkeyedHash(hashType) && !IsKeyed(hashType) && DeclaredFactory(hasher, resolver) is not null && StatementsAfterDeclaration(hasher) is ({ } fedIn, var from):
                return FromAppendedData(hasher.Name, fedIn, from, fedIn.Statements.Count, resolver, depth);

            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                return FromMember(property.Property, property.Instance, resolver, depth, trace);

            case IFieldReferenceOperation field:
                return resolver.InitializerOperation(field.Field) is { } freshField && IsFresh(freshField) ? null
                    : ByName(field.Field.Name) ?? ByType(field.Type) ??
                       (resolver.InitializerOperation(field.Field) is { } fieldValue ? Initialized(fieldValue) : IdentifyingNumber(field.Field.Name, field.Type));

            case ILocalReferenceOperation local:
                // a keyed function's output held under any name (var mac = HMACSHA256.HashData(key, serial), or a buffer an
                // HMAC fills): a message authentication code, not the MAC address its name may say
                return resolver.InitializerOperation(local.Local) is { } freshLocal && IsFresh(freshLocal) ? null
                    : PassesKeyedFunction(local, resolver, depth) || (IsByteBuffer(local.Local.Type) && IsFilledByKeyedFunction(local.Local, local.Syntax.SpanStart, resolver, depth)) ? null
                    : ByName(local.Local.Name) ?? ByType(local.Type) ??
                       (resolver.InitializerOperation(local.Local) is { } localValue ? Initialized(localValue) : FromWrites(local.Local, resolver, depth, trace)) ??
                       FromFillingHash(local.Local, local.Syntax.SpanStart, resolver, depth, trace);

            case IParameterReferenceOperation parameter:
                return ByName(parameter.Parameter.Name) ?? ByType(parameter.Type) ?? IdentifyingNumber(parameter.Parameter.Name, parameter.Type);

            case IIncrementOrDecrementOperation:
                return "a counter";

            case IImplicitIndexerReferenceOperation indexer:
                return PublicSource(indexer.Instance, resolver, depth + 1, trace); // serialNumber[^8..]

            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } indexed } element:
                // serial[3], and alphabet[rng.Next(alphabet.Length)]: an element picked by a guessable index is guessable
                // ... but a password looked up in a table by public data (PasswordByVendor[device.Vendor]) is the table's own
                // written value, judged where it is written; a word drawn by System.Random (Words[rng.Next(n)]) is still drawn
                // (a table of texts is judged by what it holds, not by its name: PasswordBySerial[serial] is no serial's text)
                return (IsTableOfTexts(element.Type, indexed.Type) ? null : PublicSource(indexed, resolver, depth + 1, trace)) ??
                       PickedBy(element.Type, FromIndices(element.Arguments.Select(a => a.Value), resolver, depth, trace), indexed, element, resolver);

            case IBinaryOperation binary:
                return PublicSource(binary.LeftOperand, resolver, depth + 1, trace) ?? PublicSource(binary.RightOperand, resolver, depth + 1, trace);

            case IArrayElementReferenceOperation element:
                return (IsTableOfTexts(element.Type, element.ArrayReference.Type) ? null : PublicSource(element.ArrayReference, resolver, depth + 1, trace)) ??
                       PickedBy(element.Type, FromIndices(element.Indices, resolver, depth, trace), element.ArrayReference, element, resolver); // mac[5], chars[rng.Next(n)], Words[mac[3] % 8]

            case IConditionalOperation conditional:
                return PublicSource(conditional.WhenTrue, resolver, depth + 1, trace) ?? (conditional.WhenFalse is { } whenFalse ? PublicSource(whenFalse, resolver, depth + 1, trace) : null);

            case IObjectCreationOperation { Arguments.Length: > 0 } stream when TypeNames.Is(stream.Type, "System.IO", "MemoryStream") &&
                                                                             stream.Arguments[0].Value.Type is IArrayTypeSymbol:
                // new MemoryStream(Encoding.UTF8.GetBytes(serialNumber)): a stream over public bytes is public
                return PublicSource(stream.Arguments[0].Value, resolver, depth + 1, trace);

            case IObjectCreationOperation { Type.SpecialType: SpecialType.System_String } text:
                foreach (var argument in text.Arguments)
                {
                    if (argument.Parameter?.Type.SpecialType == SpecialType.System_Int32)
                    {
                        continue; // new string('*', rng.Next(8, 13)): a count or an offset, not what the text is made of
                    }

                    if (PublicSource(argument.Value, resolver, depth + 1, trace) is { } fromCharacters)
                    {
                        return fromCharacters; // new string(serial.Where(char.IsDigit).ToArray())
                    }
                }

                return null;

            case IInterpolatedStringOperation or ILiteralOperation:
                return null;

            default:
                return null;
        }
    }

    private static string? FromInvocation(IInvocationOperation invocation, StringValueResolver resolver, int depth, Derivation? trace)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        // an HMAC keyed with public data: its key's source, when what it hashes has none (hmac.Key = serial bytes; ComputeHash("service"))
        string? publicKey = null;
        if (IsCryptoRandom(type) ||
            (IsKeyed(type) || (invocation.Instance is { Type: INamedTypeSymbol instanceType } && IsKeyed(instanceType))) && (publicKey = PublicKeyOf(invocation, resolver, depth)) is null)
        {
            return null; // HMAC, PBKDF2, HKDF, a keyed derivation (its key no public data); RandomNumberGenerator
        }

        // h.GetHashAndReset() of IncrementalHash.CreateHash(...) fed h.AppendData(serial bytes): an unkeyed hash of what it
        // was fed (or of an HMAC whose key is itself public data); an HMAC keyed with a secret ends the chain.
        if (method.Name is "GetHashAndReset" or "GetCurrentHash" or "TryGetHashAndReset" or "TryGetCurrentHash" && TypeNames.Is(type, "System.Security.Cryptography", "IncrementalHash") &&
            StreamedHash(invocation, resolver) is ({ } factory, { } fedIn, var from, var to, var hashName))
        {
            // read from the local's own declaration (a streaming hash is made once where it is declared): asking for the
            // local's only value would read its whole member for writes, once per hash
            var keyed = factory.TargetMethod.Name.IndexOf("HMAC", System.StringComparison.OrdinalIgnoreCase) >= 0;
            var key = keyed ? factory.Arguments.FirstOrDefault(a => a.Parameter?.Name == "key")?.Value : null;
            return keyed && !(key is not null && PublicKeySource(key, resolver, depth) is { } keySource && keySource != RandomSource)
                ? null
                : FromAppendedData(hashName, fedIn, from, to, resolver, depth);
        }

        if (TypeNames.Is(type, "System", "Random"))
        {
            return RandomSource;
        }

        // DateTimeOffset.UtcNow.ToUnixTimeSeconds(), DateTime.Now.ToBinary(): a reading of the clock, whatever its unit.
        if ((TypeNames.Is(type, "System", "DateTime") || TypeNames.Is(type, "System", "DateTimeOffset")) && invocation.Instance is { } moment &&
            method.Name is "ToUnixTimeSeconds" or "ToUnixTimeMilliseconds" or "ToBinary" or "ToFileTime" or "ToFileTimeUtc" or "ToOADate")
        {
            return PublicSource(moment, resolver, depth + 1, trace);
        }

        switch (method.Name)
        {
            case "GetPhysicalAddress":
            case "GetAddressBytes" when TypeNames.Is(type, "System.Net.NetworkInformation", "PhysicalAddress"):
                return "a MAC address";
            case "GetHostName":
                return "the host name";
            case "ToString" or "ToUpper" or "ToLower" or "ToUpperInvariant" or "ToLowerInvariant" or "Substring" or "Replace" or "Trim"
                or "PadLeft" or "PadRight" or "Remove" or "Insert" or "Reverse" or "GetHashCode" or "Slice" or "AsSpan" or "TrimStart" or "TrimEnd"
                when (invocation.Instance ?? (method.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null)) is { } instance:
                // (an extension's receiver too: MemoryExtensions.AsSpan(imei, imei.Length - 6))
                // checkIn.ToString("MMdd"): any date written out is the clock's, whoever passes it (a booking's date is no secret)
                return method.Name == "ToString" && IsDate(instance.Type) ? "the clock" : PublicSource(instance, resolver, depth + 1, trace);
        }

        // serial.Where(char.IsDigit), digits.Sum(...), callsign.Split('-'): a query or a split of public data is public.
        if (TypeNames.Is(type, "System.Linq", "Enumerable") && invocation.Arguments.Length > 0 ||
            method.Name == "Split" && TypeNames.Is(type, "System", "String") && invocation.Instance is not null)
        {
            // Enumerable.Range(0, 12).Select(_ => alphabet[rng.Next(alphabet.Length)]): what a selector returns is the query's too.
            return PublicSource(invocation.Instance ?? invocation.Arguments[0].Value, resolver, depth + 1, trace) ?? FromSelectors(invocation, resolver, depth, trace);
        }

        // Encodings and unkeyed hashes of public data are still public: anyone can compute them.
        if (TypeNames.Is(type, "System", "BitConverter") || TypeNames.Is(type, "System", "Convert") || TypeNames.Is(type, "System", "String") ||
            TypeNames.Is(type, "System", "Math") || TypeNames.DerivesFrom(type, "System.Text", "Encoding") || IsUnkeyedHash(type) || method.Name is "ComputeHash" or "HashData" ||
            // uint.Parse(serial.Substring(serial.Length - 6)): a number read from public text is public
            method.Name == "Parse" && type?.SpecialType is SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Int16 or SpecialType.System_UInt16)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (PublicSource(argument.Value, resolver, depth + 1, trace) is { } source)
                {
                    return source;
                }
            }

            return publicKey;
        }

        // Rfc2898DeriveBytes.Pbkdf2(serialNumber, salt, ...), HKDF.DeriveKey(..., radio.GetAddressBytes(), 4), new
        // Rfc2898DeriveBytes(serial, salt).GetBytes(12): a derivation keyed with public data derives from it.
        if (publicKey is not null)
        {
            return publicKey;
        }

        // address.ToInt64(), mac.GetAddressBytes(): a public address's own renderings (a method of its type taking nothing)
        if (invocation.Instance is { } receiver && invocation.Arguments.IsEmpty && ByType(receiver.Type) is not null)
        {
            return PublicSource(receiver, resolver, depth + 1, trace);
        }

        return ByName(method.Name);
    }

    /// <summary>The public source of an index that picks an element (<c>rng.Next(alphabet.Length)</c>), or null.</summary>
    /// <summary>A collection of texts looked up by an index (not a text's own characters): a table, judged by what it holds.</summary>
    private static bool IsTableOfTexts(ITypeSymbol? element, ITypeSymbol? collection) =>
        element?.SpecialType == SpecialType.System_String && collection is not null && collection.SpecialType != SpecialType.System_String;

    /// <summary>
    /// What an element picked by an index derives from (<paramref name="index"/>: the index's source): a character or number
    /// takes it; a string looked up by public data in a table of secrets (<c>PasswordByVendor[vendorId]</c>) is the table's
    /// written value, and only a draw by System.Random makes it; a word list's entry takes its index's source
    /// (<c>Words[mac[3] % 8]</c>, <c>Words[rng.Next(n)]</c>).
    /// </summary>
    private static string? PickedBy(ITypeSymbol? element, string? index, IOperation? table, IOperation picked, StringValueResolver resolver) =>
        element?.SpecialType == SpecialType.System_String && index != RandomSource && HoldsSecrets(table, picked, resolver) ? null : index;

    /// <summary>
    /// Whether a table of texts holds secrets: named so (<c>PasswordByVendor</c>, <c>BayPasswords</c>), or, under a plain
    /// name (<c>SiteWifi</c>), holding a written entry that is no plain word (<c>"Hq3-Ferrule-Gasket"</c>): its entries are
    /// its written values, judged where they are written. A word list (<c>Words</c>, <c>Adjectives</c>: entries of letters
    /// only) holds none, and what its entries are picked by is what a passphrase of them derives from. Unknown tables count
    /// as holding secrets.
    /// </summary>
    private static bool HoldsSecrets(IOperation? table, IOperation picked, StringValueResolver resolver) =>
        table is null || (StringValueResolver.Unwrap(table) switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            ILocalReferenceOperation local => local.Local.Name,
            _ => null,
        }) is not { } name || NamesSecrets(name) || HoldsNoPlainWord(picked, resolver);

    /// <summary>
    /// One word as a word list holds it: letters, in lower case, capitalised or all capitals, with at most one hyphen or
    /// apostrophe inside (<c>"kato"</c>, <c>"Mirel"</c>, <c>"yo-yo"</c>), and no longer than a long word (14 letters); not words
    /// run together (<c>"GraniteCrusherConveyorBelt"</c>, <c>"milkingparlourrotarybail"</c>: a whole passphrase) nor anything
    /// with digits or symbols.
    /// </summary>
    private static bool IsPlainWord(string text) =>
        text.Count(char.IsLetter) <= 14 && text.Count(c => c is '-' or '\'' or '’') <= 1 && char.IsLetter(text[0]) && char.IsLetter(text[text.Length - 1]) &&
        text.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') && text.Skip(1).All(c => !char.IsUpper(c) || text.Where(char.IsLetter).All(char.IsUpper));

    /// <summary>Whether an entry the table is written with (each value the lookup may take, resolved) is more than one plain word.</summary>
    private static bool HoldsNoPlainWord(IOperation picked, StringValueResolver resolver)
    {
        var entries = resolver.Alternatives(picked);
        if (entries.Count == 1 && entries[0] == picked)
        {
            return false; // no written entry is known
        }

        foreach (var entry in entries)
        {
            if (resolver.Resolve(entry) is { IsFullyKnown: true, Text: { Length: > 0 } text } && !IsPlainWord(text))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesSecrets(string name) =>
        SecretNames.SplitWords(name).Any(word => SecretNames.Default.IsSecretName(word) || SecretNames.IsPasswordName(word)); // PskByModel: a table of PSKs by model

    private static string? FromIndices(IEnumerable<IOperation> indices, StringValueResolver resolver, int depth, Derivation? trace)
    {
        foreach (var index in indices)
        {
            if (PublicSource(index, resolver, depth + 1, trace) is { } source)
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>The public source of what a query's lambda returns (a <c>Select</c> selector), or null.</summary>
    private static string? FromSelectors(IInvocationOperation query, StringValueResolver resolver, int depth, Derivation? trace)
    {
        foreach (var argument in query.Arguments)
        {
            if (StringValueResolver.Unwrap(argument.Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation lambda })
            {
                foreach (var returned in lambda.Body.Operations.OfType<IReturnOperation>())
                {
                    if (returned.ReturnedValue is { } result && PublicSource(result, resolver, depth + 1, trace) is { } source)
                    {
                        return source;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A date or time of day: <c>DateTime</c>, <c>DateTimeOffset</c>, <c>DateOnly</c>, <c>TimeOnly</c>.</summary>
    private static bool IsDate(ITypeSymbol? type) =>
        TypeNames.Is(type, "System", "DateTime") || TypeNames.Is(type, "System", "DateTimeOffset") || TypeNames.Is(type, "System", "DateOnly") || TypeNames.Is(type, "System", "TimeOnly");

    private static string? FromMember(IPropertySymbol property, IOperation? instance, StringValueResolver resolver, int depth, Derivation? trace)
    {
        var type = property.ContainingType;
        if (TypeNames.Is(type, "System", "DateTime") || TypeNames.Is(type, "System", "DateTimeOffset"))
        {
            return "the clock"; // Now, Ticks, and any part of a date (DayOfYear, Year): guessable
        }

        if (TypeNames.Is(type, "System", "Environment") && property.Name is "TickCount" or "TickCount64" or "MachineName")
        {
            return property.Name == "MachineName" ? "the host name" : "the clock";
        }

        if (TypeNames.Is(type, "System", "Random"))
        {
            return RandomSource;
        }

        return ByName(property.Name) ?? ByType(property.Type) ?? (instance is not null ? PublicSource(instance, resolver, depth + 1, trace) : null) ??
               (property.DeclaringSyntaxReferences.IsEmpty ? null : IdentifyingNumber(property.Name, property.Type));
    }

    /// <summary>
    /// Values whose type is a hardware address, whatever they are called (<c>address.ToString()</c> of a 32feet.NET
    /// <c>BluetoothAddress</c>, a <c>PhysicalAddress</c>): printed on the device and sent over the air.
    /// </summary>
    private static string? ByType(ITypeSymbol? type) =>
        TypeNames.Is(type, "System.Net.NetworkInformation", "PhysicalAddress") ? "a MAC address"
        : TypeNames.Is(type, "InTheHand.Net", "BluetoothAddress") ? "a hardware address (Bluetooth)"
        : null;

    /// <summary>
    /// A whole number named only for what it numbers (<c>int dock</c>, <c>int locker</c>, <c>int hydrant</c>): the number
    /// painted or printed on that dock, locker or hydrant, or the unit's own number, public to anyone standing there. A
    /// name that says it is a secret (<c>int pin</c>, <c>int seed</c>), or a quantity or a generic value
    /// (<c>int count</c>, <c>int value</c>, <c>int offset</c>), is not.
    /// </summary>
    private static string? IdentifyingNumber(string name, ITypeSymbol? type)
    {
        if (type?.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_UInt16 or
            SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64) ||
            SecretNames.SplitWords(name) is not { Count: 1 } only)
        {
            return null;
        }

        var word = only[0];
        return PrintedNumberQualifiers.Contains(word) ? "a number printed on the site"
            : word.Length >= 4 && !NotIdentifyingWords.Contains(word) && !IsParticiple(word) && !SecretNames.IsPasswordName(word) && !SecretNames.Default.IsSecretName(word) ? "the unit's number"
            : null;
    }

    /// <summary>
    /// A word that says how a value came to be (<c>int provisioned</c>, <c>int stored</c>, <c>int configured</c>), not what
    /// carries it: a past participle of more than four letters (<c>int saved</c>, <c>int typed</c>; a <c>bed</c> or a
    /// <c>shed</c> is numbered).
    /// </summary>
    private static bool IsParticiple(string word) =>
        (word.Length > 4 && word.EndsWith("ed", System.StringComparison.Ordinal)) || IrregularParticiples.Contains(word);

    /// <summary>Irregular past participles (<c>int kept</c>, <c>int given</c>, <c>int written</c>): how a value came to be.</summary>
    private static readonly HashSet<string> IrregularParticiples = new(System.StringComparer.Ordinal)
    {
        "kept", "given", "written", "chosen", "taken", "held", "made", "built", "sent", "found", "known", "shown", "drawn", "bound",
        "read", "left", "lost", "told", "spoken", "broken", "frozen", "hidden", "driven", "gotten", "forgotten", "begun", "done", "seen",
        "got", "set", "put", "won", "paid", "laid", "sold", "brought", "bought", "caught", "taught", "thought", "meant", "spent", "dealt",
    };

    /// <summary>
    /// Words that name a quantity, a generic value or a secret, not a thing that carries a number anyone can read: a whole
    /// number called so is no public identifier.
    /// </summary>
    private static readonly HashSet<string> NotIdentifyingWords = new(System.StringComparer.Ordinal)
    {
        "value", "count", "total", "amount", "size", "length", "width", "height", "depth", "offset", "delay", "timeout", "interval", "period",
        "duration", "retries", "retry", "attempts", "tries", "limit", "result", "input", "output", "data", "bits", "mask", "flags", "mode",
        "type", "kind", "state", "status", "seed", "salt", "nonce", "entropy", "random", "rand", "secret", "code", "token", "hash", "digest",
        "factor", "multiplier", "prime", "modulus", "divisor", "base", "shift", "number", "digits", "scale", "step", "rate", "weight",
        "level", "percent", "magic", "iterations", "rounds", "round", "noise", "jitter", "sample", "reading", "temp", "temperature",
        "choice", "pick", "roll", "dice", "guess", "answer", "response", "challenge", "extra", "bonus", "spare", "other", "next", "last",
        "first", "current", "previous", "item", "element", "entry", "arg", "param", "lucky", "chosen", "selected", "user", "custom", "speed",
        // a board's numbering: a GPIO line, a header's pin, a chip's bank or register ($"GPIO{line}", "P9_" + header)
        "line", "header", "pin", "gpio", "chip", "bank", "port", "bus", "address", "register", "bit", "channel", "led", "relay",
        "button", "sensor", "motor", "servo", "axis", "row", "column", "col",
    };

    /// <summary>Symbols and methods named for public device data.</summary>
    private static string? ByName(string name)
    {
        var words = SecretNames.SplitWords(name);
        var joined = string.Concat(words);
        if (words.Contains("mac") || joined.Contains("macaddress") || joined.Contains("physicaladdress"))
        {
            return "a MAC address";
        }

        if (words.Contains("ieee") || words.Contains("eui") || joined.Contains("eui64") || joined.Contains("deveui") || joined.Contains("ieeeaddress"))
        {
            return "a hardware address (EUI-64)"; // a Zigbee/Thread IEEE address or a LoRaWAN DevEUI, printed on the device
        }

        // a serial number, not a serializer (JsonSerializer.Serialize) nor a serial port
        if ((joined.Contains("serial") && !joined.Contains("serializ") && !joined.Contains("serialis") && !joined.Contains("serialport")) ||
            joined.Contains("imei") || joined.Contains("iccid"))
        {
            return "a serial number";
        }

        if (words.Contains("birth") || words.Contains("birthday") || words.Contains("dob") || joined.Contains("birthdate"))
        {
            return "a date of birth"; // a patron's or user's birthday is known to everyone who knows them
        }

        // A number printed on what the device serves (berthNumber, roomNo, lockerNumber): public to anyone standing there.
        if ((words.Contains("number") || words.Contains("no") || words.Contains("num")) && words.Any(PrintedNumberQualifiers.Contains))
        {
            return "a number printed on the site";
        }

        // A number that says what it numbers (hiveNumber, brigadeNo, gunNum): the unit's or the member's number, painted on
        // it or printed on a badge. Not a count (numberOfHives, numRetries) nor a secret's number (pinNumber, randomNumber).
        if (words.Count >= 2 && words[words.Count - 1] is "number" or "no" or "num" or "nr" && words[0] is not ("number" or "num") &&
            !words.Take(words.Count - 1).Any(w => NotIdentifyingWords.Contains(w) || SecretNumberWords.Contains(w) || SecretNames.IsPasswordName(w)))
        {
            return "the unit's number";
        }

        // a Z-Wave network's home id, a Zigbee network's PAN id: broadcast over the air in every frame or beacon
        if (joined.Contains("homeid") || joined.Contains("panid"))
        {
            return "a network identifier sent over the air";
        }

        // a Bluetooth device's address (BluetoothDevice.BluetoothAddress as a number), sent over the air
        if (joined.Contains("bluetoothaddress") || joined.Contains("bluetoothaddr") || joined.Contains("bdaddr") || joined.Contains("btaddress") || joined.Contains("bleaddress") ||
            joined.Contains("btaddr") || joined.Contains("bleaddr") ||
            // a BLE peer's or device's address (blePeerAddress, BtDeviceAddr)
            ((words.Contains("ble") || words.Contains("bt") || words.Contains("bluetooth")) && (words.Contains("address") || words.Contains("addr"))))
        {
            return "a hardware address (Bluetooth)";
        }

        if (joined.Contains("callsign"))
        {
            return "a call sign"; // an amateur-radio call sign is public by law (APRS passcodes are computed from it)
        }

        // ... and a provisioning service's registration id, which the device presents in the clear (Azure DPS)
        if (joined.Contains("deviceid") || joined.Contains("chipid") || joined.Contains("boardid") || joined.Contains("uniqueid") || joined.Contains("unitid") || joined == "devid" ||
            joined.Contains("registrationid"))
        {
            return "a device identifier";
        }

        // a device's GUID or UUID as it stores and shows it (device.UGuid, HardwareUuid: on the device page, in its BLE
        // advertisement), not a fresh one (Guid.NewGuid(), a random UUID: random, not public)
        if ((words.Contains("guid") || words.Contains("uuid") || joined.EndsWith("guid", System.StringComparison.Ordinal) || joined.EndsWith("uuid", System.StringComparison.Ordinal)) &&
            !words.Contains("new") && !words.Contains("random") && !words.Contains("generate") && !words.Contains("create"))
        {
            return "a device identifier";
        }

        if (joined.Contains("hostname") || joined.Contains("machinename"))
        {
            return "the host name";
        }

        if (words.Contains("counter") || words.Contains("sequence") || words.Contains("seq") || words.Contains("index"))
        {
            return "a counter";
        }

        return words.Contains("timestamp") || words.Contains("ticks") ? "the clock" : null;
    }

    /// <summary>Words that say a number is a secret's, or private to a person (a card or an account number).</summary>
    private static readonly HashSet<string> SecretNumberWords = new(System.StringComparer.Ordinal)
    {
        "pin", "secret", "key", "password", "pass", "otp", "account", "card", "bank", "iban", "social", "ssn", "tax", "passport", "licence", "license",
    };

    /// <summary>Words that say a number labels a place or a thing anyone can see (a berth, a room, a locker, a pump).</summary>
    private static readonly HashSet<string> PrintedNumberQualifiers = new(System.StringComparer.Ordinal)
    {
        "berth", "room", "locker", "slot", "seat", "table", "door", "house", "flat", "apartment", "bay", "stall", "lane", "dock", "pump",
        "pitch", "plot", "cabin", "suite", "unit", "pedestal", "charger", "station", "bed", "ward", "desk", "machine", "kiosk", "box",
    };

    /// <summary>
    /// Whether a value is the output of a keyed function (an HMAC's <c>ComputeHash</c>, PBKDF2, HKDF), directly or through
    /// encodings and locals (<c>WebUtility.UrlEncode(signature)</c> with <c>signature = Convert.ToBase64String(hmac.ComputeHash(...))</c>).
    /// </summary>
    private static bool PassesKeyedFunction(IOperation value, StringValueResolver resolver, int depth)
    {
        if (depth > 4)
        {
            return false;
        }

        switch (StringValueResolver.Unwrap(value))
        {
            case IInvocationOperation invocation:
                if ((IsKeyed(invocation.TargetMethod.ContainingType) || (invocation.Instance is { Type: INamedTypeSymbol instanceType } && IsKeyed(instanceType)) ||
                     IsMadeKeyed(invocation.Instance, resolver)) && !IsKeyedWithPublicData(invocation, resolver, depth) ||
                    IsSigningHelper(invocation.TargetMethod) || ReturnsKeyedOutput(invocation.TargetMethod, resolver, depth))
                {
                    return true;
                }

                // an encoding of a keyed output (Convert.ToBase64String, WebUtility.UrlEncode, Encoding.GetString): its arguments;
                // the text of one tidied (BitConverter.ToString(mac).Replace("-", ""), Convert.ToHexString(mac).ToLowerInvariant())
                return invocation.Instance is null
                    ? invocation.Arguments.Length is > 0 and <= 2 && PassesKeyedFunction(invocation.Arguments[0].Value, resolver, depth + 1)
                    : TidiesText(invocation.TargetMethod.Name) && PassesKeyedFunction(invocation.Instance, resolver, depth);
            case IImplicitIndexerReferenceOperation { Instance: var cut }:
                return PassesKeyedFunction(cut, resolver, depth); // hex[..12]: a part of a keyed output
            case ILocalReferenceOperation local:
                // var signature = ...; or declared first and given the keyed output later (in a using block)
                return resolver.InitializerOperation(local.Local) is { } initializer
                    ? PassesKeyedFunction(initializer, resolver, depth + 1)
                    : local.Local.DeclaringSyntaxReferences.Length == 1 && local.Local.DeclaringSyntaxReferences[0].GetSyntax().FirstAncestorOrSelf<BlockSyntax>() is { } scope &&
                      scope.DescendantNodes().OfType<AssignmentExpressionSyntax>().Where(a => a.Left is IdentifierNameSyntax { Identifier.ValueText: var assigned } && assigned == local.Local.Name).Take(4)
                          .Any(a => resolver.SemanticModelOf(a.SyntaxTree).GetOperation(a.Right) is { } given && PassesKeyedFunction(given, resolver, depth + 1));
            default:
                return false;
        }
    }

    /// <summary>
    /// The team's own signing helper given a key (<c>Sign(stringToSign, key)</c>, <c>ComputeHmac(data, secret)</c>): a method
    /// declared in source, named to sign or to make an HMAC, with a parameter named as a key or a secret.
    /// </summary>
    private static bool IsSigningHelper(IMethodSymbol method) =>
        !method.DeclaringSyntaxReferences.IsEmpty &&
        SecretNames.SplitWords(method.Name) is var words && words.Any(w => w is "sign" or "signature" or "hmac" or "signed") &&
        method.Parameters.Any(p => SecretNames.SplitWords(p.Name) is { Count: > 0 } name && name[name.Count - 1] is "key" or "secret");

    /// <summary>
    /// Whether the instance a hash is read from was made keyed where it is held: <c>IncrementalHash.CreateHMAC(name, key)</c>
    /// (a streaming HMAC, whose type also makes unkeyed hashes), or any factory that makes an HMAC or a keyed algorithm.
    /// </summary>
    private static bool IsMadeKeyed(IOperation? instance, StringValueResolver resolver)
    {
        ISymbol? holder = instance is null ? null : StringValueResolver.Unwrap(instance) switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            _ => null,
        };
        return holder is not null && resolver.InitializerOperation(holder) is { } made &&
               StringValueResolver.Unwrap(made) is IInvocationOperation { TargetMethod: var factory } &&
               (factory.Name.IndexOf("HMAC", System.StringComparison.OrdinalIgnoreCase) >= 0 || factory.ReturnType is INamedTypeSymbol madeType && IsKeyed(madeType));
    }

    /// <summary>
    /// Whether a keyed function's key is itself public data (<c>HMACSHA256.HashData(macBytes, macBytes)</c>,
    /// <c>IncrementalHash.CreateHMAC(name, mac)</c>, <c>new HMACSHA256(Encoding.UTF8.GetBytes(serial))</c>): anyone who reads
    /// the MAC or the serial computes the output, so it derives from public data as an unkeyed hash does. The key is the
    /// argument given to a parameter named <c>key</c> of the call, or of the call or constructor that made its instance.
    /// </summary>
    private static bool IsKeyedWithPublicData(IInvocationOperation invocation, StringValueResolver resolver, int depth) =>
        PublicKeyOf(invocation, resolver, depth) is not null;

    /// <summary>The public source of a keyed function's key (<see cref="IsKeyedWithPublicData"/>); null when its key is no public data, or none is seen.</summary>
    private static string? PublicKeyOf(IInvocationOperation invocation, StringValueResolver resolver, int depth)
    {
        var key = KeyArgument(invocation);
        // the instance as it is declared (a local's own declaration: asking for its only value reads its member for writes)
        if (key is null && invocation.Instance is { } instance && StringValueResolver.Unwrap(instance) switch
            {
                ILocalReferenceOperation local => DeclaredValue(local.Local, resolver),
                IFieldReferenceOperation field => resolver.InitializerOperation(field.Field),
                _ => null,
            } is { } made)
        {
            key = StringValueResolver.Unwrap(made) switch
            {
                IInvocationOperation factory => KeyArgument(factory),
                // new HMACSHA256(key), or new HMACSHA256 { Key = radio.GetAddressBytes() }
                IObjectCreationOperation created => created.Arguments.FirstOrDefault(a => a.Parameter?.Name is { } name && KeyParameterNames.Contains(name))?.Value ??
                                                    created.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>()
                                                        .FirstOrDefault(a => a.Target is IPropertyReferenceOperation { Property.Name: "Key" })?.Value,
                _ => null,
            };
        }

        // using var hmac = new HMACSHA256(); hmac.Key = radio.GetAddressBytes();: the key given in the statements after it
        if (invocation.Instance is { } keyedInstance && StringValueResolver.Unwrap(keyedInstance) is ILocalReferenceOperation { Local: var keyedLocal } &&
            KeyGivenAfter(keyedLocal, resolver) is { } given)
        {
            key = given;
        }

        return key is not null && PublicKeySource(key, resolver, depth) is { } source && source != RandomSource ? source : null;

        static IOperation? KeyArgument(IInvocationOperation call) => call.Arguments.FirstOrDefault(a => a.Parameter?.Name is { } name && KeyParameterNames.Contains(name))?.Value;
    }

    /// <summary>
    /// The parameters that take a keyed function's secret: an HMAC's <c>key</c>, PBKDF2's <c>password</c>
    /// (<c>Rfc2898DeriveBytes.Pbkdf2</c>), HKDF's input key material <c>ikm</c> and pseudorandom key <c>prk</c> (RFC 5869).
    /// </summary>
    private static readonly HashSet<string> KeyParameterNames = new(System.StringComparer.Ordinal) { "key", "password", "ikm", "prk", "secret" };

    /// <summary>
    /// The public source of a keyed function's key. A key held under a key's or a secret's name (<c>macKey</c>, a message
    /// authentication key; <c>_pairingSecret</c>) is judged by what it holds, never by its name: a parameter or a field
    /// given elsewhere is a secret the caller holds; a local or field is public only when its value is made from public
    /// data (<c>var macKey = radio.GetAddressBytes()</c>).
    /// </summary>
    private static string? PublicKeySource(IOperation key, StringValueResolver resolver, int depth)
    {
        if (HeldBy(key) is { } held && EndsInKeyWord(held.Name))
        {
            return held is IParameterSymbol ? null
                : resolver.InitializerOperation(held) is { } value ? PublicSource(value, resolver, depth + 1)
                : held is IFieldSymbol { IsConst: false } field ? PublicSourceGivenByConstructors(field, resolver, depth + 1)
                : null;
        }

        return PublicSource(key, resolver, depth + 1);
    }

    /// <summary>
    /// The public source of what a field declared without a value is given by its type's constructors
    /// (<c>_pairingKey = radio.GetAddressBytes();</c>): the source when every value they give it has one; null when one has
    /// none (a key the caller passes), or none is given.
    /// </summary>
    private static string? PublicSourceGivenByConstructors(IFieldSymbol field, StringValueResolver resolver, int depth)
    {
        string? found = null;
        foreach (var constructor in field.IsStatic ? field.ContainingType.StaticConstructors : field.ContainingType.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not ConstructorDeclarationSyntax declaration)
                {
                    continue;
                }

                foreach (var given in SyntacticValues.AssignmentsTo(declaration, field.Name))
                {
                    // _macKey = macKey: a key the caller gives, judged by no name (as a parameter held under a key's name is)
                    if (resolver.SemanticModelOf(given.SyntaxTree).GetOperation(SyntacticValues.StoredValue(given)) is not { } value ||
                        StringValueResolver.Unwrap(value) is IParameterReferenceOperation ||
                        PublicSource(value, resolver, depth) is not { } source)
                    {
                        return null;
                    }

                    found ??= source;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The public source of what a streaming hash named <paramref name="streamed"/> was fed (<c>h.AppendData(bytes)</c>,
    /// <c>this._sha.AppendData(bytes)</c> or a <c>HashAlgorithm</c>'s <c>sha.TransformFinalBlock(bytes, 0, n)</c> statements of <paramref name="block"/> from index <paramref name="from"/> up to, not
    /// including, <paramref name="to"/>, at most <see cref="MaxFedStatements"/>; see <see cref="StreamedHash"/>): the first argument with one;
    /// null when none has, or when it was also fed a secret the code holds under a key's or a secret's name (a factory
    /// secret hashed with the serial is a keyed hash).
    /// </summary>
    private static string? FromAppendedData(string streamed, BlockSyntax block, int from, int to, StringValueResolver resolver, int depth)
    {
        var model = resolver.SemanticModelOf(block.SyntaxTree);
        string? found = null;
        var statements = block.Statements;
        for (int i = from, seen = 0; i >= 0 && i < to && seen < MaxFedStatements; i++, seen++)
        {
            if (statements[i] is ExpressionStatementSyntax
                {
                    Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AppendData" or "TransformBlock" or "TransformFinalBlock", Expression: var receiver } } call,
                } &&
                SyntaxNames.Rightmost(receiver) == streamed && receiver is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } &&
                call.ArgumentList.Arguments.Count > 0 &&
                model.GetOperation(call) is IInvocationOperation { Arguments.Length: > 0 } appended)
            {
                var fed = appended.Arguments[0].Value;
                if (PublicKeySource(fed, resolver, depth) is { } source)
                {
                    found ??= source;
                }
                else if (NamesAKeyOrSecret(fed) || ReadsProvisionedSecret(fed, resolver, 0))
                {
                    // h.AppendData(_factorySecret), h.AppendData(File.ReadAllBytes("/factory/setup.secret")): keyed by what
                    // only the maker holds
                    return null;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The key given to a keyed algorithm held in <paramref name="local"/> through its <c>Key</c> property, in the statements
    /// after its declaration in its block (<c>hmac.Key = radio.GetAddressBytes();</c>, at most <see cref="MaxFedStatements"/>);
    /// the last one given, bound; null when none is.
    /// </summary>
    private static IOperation? KeyGivenAfter(ILocalSymbol local, StringValueResolver resolver)
    {
        if (StatementsAfterDeclaration(local) is not ({ } block, var from))
        {
            return null;
        }

        AssignmentExpressionSyntax? given = null;
        var statements = block.Statements;
        for (int i = from, seen = 0; i < statements.Count && seen < MaxFedStatements; i++, seen++)
        {
            if (statements[i] is ExpressionStatementSyntax
                {
                    Expression: AssignmentExpressionSyntax
                    {
                        RawKind: (int)SyntaxKind.SimpleAssignmentExpression,
                        Left: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Key", Expression: IdentifierNameSyntax receiver },
                    } assignment,
                } &&
                receiver.Identifier.ValueText == local.Name)
            {
                given = assignment;
            }
        }

        return given is null ? null : resolver.SemanticModelOf(given.SyntaxTree).GetOperation(given.Right);
    }

    /// <summary>
    /// A streaming hash read by <paramref name="read"/> (<c>h.GetHashAndReset()</c>): the factory call that made it, and the
    /// statements that may feed it (<see cref="FromAppendedData"/>): for a local, those after its declaration in its block,
    /// made where it is declared (<c>using var h = IncrementalHash.CreateHash(...)</c>), or those of a <c>using (var h =
    /// ...) { }</c> statement's block; for a field of the type made in its
    /// initializer (<c>readonly IncrementalHash _sha = IncrementalHash.CreateHash(...)</c>), those before the read in the
    /// read's block. Null for any other instance.
    /// </summary>
    private static (IInvocationOperation Factory, BlockSyntax Block, int From, int To, string Receiver)? StreamedHash(IInvocationOperation read, StringValueResolver resolver)
    {
        switch (StringValueResolver.Unwrap(read.Instance!))
        {
            case ILocalReferenceOperation { Local: var streamed } when DeclaredFactory(streamed, resolver) is { } factory &&
                                                                      StatementsAfterDeclaration(streamed) is ({ } block, var from):
                return (factory, block, from, block.Statements.Count, streamed.Name);
            case IFieldReferenceOperation { Field: { DeclaringSyntaxReferences.Length: 1 } field, Instance: null or IInstanceReferenceOperation }
                when field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initial } &&
                 resolver.SemanticModelOf(initial.SyntaxTree).GetOperation(initial) is { } made && StringValueResolver.Unwrap(made) is IInvocationOperation fieldFactory &&
                 read.Syntax.FirstAncestorOrSelf<StatementSyntax>() is { Parent: BlockSyntax readIn } reading:
                return (fieldFactory, readIn, 0, readIn.Statements.IndexOf(reading), field.Name);
            default:
                return null;
        }
    }

    /// <summary>
    /// What a byte buffer holds when a hash fills it after its declaration (<c>Span&lt;byte&gt; digest = stackalloc byte[32];
    /// h.TryGetHashAndReset(digest, out _);</c>, <c>SHA256.HashData(serialBytes, digest);</c>, <c>sha.TryComputeHash(data,
    /// digest, out _)</c>): the filling call's source, read as that call would be (an unkeyed hash of public data is public).
    /// Only a call that takes the buffer as its <c>destination</c>, written as a statement of its own (its result discarded
    /// with <c>_ =</c>, or tested by an <c>if</c>, or inside a <c>using</c> statement's block) in the
    /// <see cref="MaxFedStatements"/> statements after the declaration, is read; null otherwise. An HMAC's fill
    /// (<c>HMACSHA256.HashData(key, source, destination)</c>) is keyed: no public data's unless its key is.
    /// </summary>
    private static string? FromFillingHash(ILocalSymbol buffer, int readAt, StringValueResolver resolver, int depth, Derivation? trace)
    {
        if (depth > MaxDepth || FillingHash(buffer, readAt, resolver) is not { } filling)
        {
            return null;
        }

        if (filling.Instance is null)
        {
            // HMACSHA256.HashData(key, source, destination): keyed with a secret, no public data's; keyed with public
            // data (the MAC again), what it hashes
            if (IsKeyed(filling.TargetMethod.ContainingType) && PublicKeyOf(filling, resolver, depth) is null)
            {
                return null;
            }

            // SHA256.HashData(source, destination): what it hashes
            var source = filling.Arguments.FirstOrDefault(a => a.Parameter?.Name == "source");
            return source is null ? null : PublicSource(source.Value, resolver, depth + 1, trace);
        }

        return FromInvocation(filling, resolver, depth + 1, trace);
    }

    /// <summary>
    /// The hash call that fills a byte buffer after its declaration (<see cref="FromFillingHash"/>): of the statements read
    /// before <paramref name="readAt"/> (the position where the buffer is read), the last that takes the buffer as its
    /// <c>destination</c>, when it is a hash's (an <c>IncrementalHash</c>, an unkeyed hash, or a <c>HashData</c>,
    /// <c>TryHashData</c> or <c>TryComputeHash</c> of any hash or HMAC); null otherwise.
    /// </summary>
    private static IInvocationOperation? FillingHash(ILocalSymbol buffer, int readAt, StringValueResolver resolver)
    {
        if (!IsByteBuffer(buffer.Type) || StatementsAfterDeclaration(buffer) is not ({ } block, var from))
        {
            return null;
        }

        // the last fill before the buffer is read holds (an unkeyed hash refilled by an HMAC is the HMAC's; a PIN cut before
        // the refill is the first hash's)
        IInvocationOperation? last = null;
        var statements = StatementsInto(block.Statements, from);
        for (int i = 0, seen = 0; i < statements.Count && seen < MaxFedStatements && statements[i].SpanStart < readAt; i++, seen++)
        {
            var call = statements[i] switch
            {
                // SHA256.HashData(source, digest); _ = MD5.HashData(source, digest) (the count written is discarded);
                // ok = SHA256.TryHashData(...) && written == 32
                ExpressionStatementSyntax { Expression: InvocationExpressionSyntax invocation } => invocation,
                // await SHA256.HashDataAsync(source, digest) (.ConfigureAwait(false) too)
                ExpressionStatementSyntax { Expression: AwaitExpressionSyntax { Expression: var awaited } } => AwaitedCall(awaited),
                ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Right: var assigned } } => FirstTested(assigned),
                IfStatementSyntax { Condition: var condition } => FirstTested(condition),
                LocalDeclarationStatementSyntax { Declaration.Variables: { Count: 1 } declared } when declared[0].Initializer is { } initializer => FirstTested(initializer.Value),
                _ => null,
            };
            if (call is null || !call.ArgumentList.Arguments.Any(a => NamesBuffer(a.Expression, buffer.Name)) ||
                resolver.SemanticModelOf(call.SyntaxTree).GetOperation(call) is not IInvocationOperation filling)
            {
                continue;
            }

            if (IsCryptographicRandomFill(filling, buffer))
            {
                last = null; // RandomNumberGenerator.Fill(buffer): what it held before is gone, and random bytes derive from nothing
                continue;
            }

            if (!filling.Arguments.Any(a => a.Parameter?.Name == "destination" && IsBuffer(a.Value, buffer)))
            {
                continue;
            }

            var fillingType = filling.TargetMethod.ContainingType;
            if (!(TypeNames.Is(fillingType, "System.Security.Cryptography", "IncrementalHash") || IsUnkeyedHash(fillingType) ||
                  filling.TargetMethod.Name is "HashData" or "TryHashData" or "TryComputeHash" or "HashDataAsync"))
            {
                return null; // filled by something else: not read here
            }

            last = filling;
        }

        return last;

        static InvocationExpressionSyntax? AwaitedCall(ExpressionSyntax awaited) =>
            SyntacticValues.Strip(awaited) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait", Expression: var configured } }
                ? SyntacticValues.Strip(configured) as InvocationExpressionSyntax
                : SyntacticValues.Strip(awaited) as InvocationExpressionSyntax;

        // digest, digest.AsSpan(), digest.AsMemory(), new Span<byte>(digest): the buffer, or a view of all of it
        static bool NamesBuffer(ExpressionSyntax argument, string name) =>
            SyntacticValues.Strip(argument) switch
            {
                IdentifierNameSyntax named => named.Identifier.ValueText == name,
                // (buffer.AsSpan(0, buffer.Length): a view of all of it too)
                // (a view of part of it, buffer.AsSpan(0, 16), is named too: what the call does to it is asked of the operation)
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "AsSpan" or "AsMemory", Expression: IdentifierNameSyntax viewed } } =>
                    viewed.Identifier.ValueText == name,
                // buffer.AsMemory().Span
                MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Span", Expression: var memory } => NamesBuffer(memory, name),
                BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 or 3 } wrapped } => wrapped[0].Expression is IdentifierNameSyntax { Identifier.ValueText: var inner } && inner == name,
                _ => false,
            };

        // buffer, buffer.AsSpan(), AsSpan(..), AsSpan(0), AsSpan(0, buffer.Length), AsSpan(0, KeyLength) of a buffer made with
        // KeyLength bytes, new Span<byte>(buffer), new Span<byte>(buffer, 0, 32), buffer.AsMemory().Span: all of it
        static bool IsBuffer(IOperation value, ILocalSymbol buffer) =>
            StringValueResolver.Unwrap(value) switch
            {
                ILocalReferenceOperation { Local: var target } => SymbolEqualityComparer.Default.Equals(target, buffer),
                IInvocationOperation { TargetMethod.Name: "AsSpan" or "AsMemory", Arguments.Length: >= 1 and <= 3 } view =>
                    IsBuffer(view.Arguments[0].Value, buffer) && CoversAll(view.Arguments.Skip(1).Select(a => a.Value).ToList(), buffer),
                IObjectCreationOperation { Arguments.Length: 1 or 3, Type.Name: "Span" or "Memory" } view =>
                    IsBuffer(view.Arguments[0].Value, buffer) && CoversAll(view.Arguments.Skip(1).Select(a => a.Value).ToList(), buffer),
                IPropertyReferenceOperation { Property.Name: "Span", Instance: { } memory } => IsBuffer(memory, buffer),
                _ => false,
            };

        // a view's bounds after the array: none, a range from the start to the end (.., 0..), a start of 0, or a start of 0
        // and a length that is the buffer's (buffer.Length, or the constant it was made with)
        static bool CoversAll(List<IOperation> bounds, ILocalSymbol buffer) =>
            bounds.Count switch
            {
                0 => true,
                1 => bounds[0].Syntax is RangeExpressionSyntax { RightOperand: null } range && (range.LeftOperand is null || IsZero(bounds[0], range.LeftOperand)) ||
                     bounds[0].ConstantValue is { HasValue: true, Value: 0 },
                2 => bounds[0].ConstantValue is { HasValue: true, Value: 0 } &&
                     (StringValueResolver.Unwrap(bounds[1]) is IPropertyReferenceOperation { Property.Name: "Length", Instance: var measured } && measured is not null && IsBuffer(measured, buffer) ||
                      bounds[1].ConstantValue is { HasValue: true, Value: int length } && WrittenLength(buffer, bounds[1].SemanticModel) == length),
                _ => false,
            };

        static bool IsZero(IOperation range, ExpressionSyntax start) =>
            range.SemanticModel?.GetConstantValue(start) is { HasValue: true, Value: 0 };

        // var buffer = new byte[32] / new byte[KeyLength] / stackalloc byte[32]: the constant length it is made with
        static int? WrittenLength(ILocalSymbol buffer, SemanticModel? model) =>
            model is not null && buffer.DeclaringSyntaxReferences.Length == 1 &&
            buffer.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: var made }
                ? ValueShapes.CreatedLength(made, model)
                : null;

        // RandomNumberGenerator.Fill(buffer), rng.GetBytes(buffer), rng.GetNonZeroBytes(buffer)
        static bool IsCryptographicRandomFill(IInvocationOperation call, ILocalSymbol buffer) =>
            call.TargetMethod.Name is "Fill" or "GetBytes" or "GetNonZeroBytes" &&
            TypeNames.DerivesFrom(call.TargetMethod.ContainingType, "System.Security.Cryptography", "RandomNumberGenerator") &&
            call.Arguments.Any(a => IsBuffer(a.Value, buffer));

        // if (!SHA256.TryHashData(data, digest, out var written) || written != 32) throw ...: the call the condition tests
        // first, however the test is spelled (TryHashData(...) is false, TryHashData(...) == false, hashed = TryHashData(...) && n == 32)
        static InvocationExpressionSyntax? FirstTested(ExpressionSyntax condition)
        {
            for (var depth = 0; depth < 4; depth++)
            {
                condition = SyntacticValues.Strip(condition);
                if (condition is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } not)
                {
                    condition = not.Operand;
                }
                else if (condition is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression or (int)SyntaxKind.LogicalAndExpression or (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } either)
                {
                    condition = either.Left;
                }
                else if (condition is IsPatternExpressionSyntax tested)
                {
                    condition = tested.Expression;
                }
                else
                {
                    break;
                }
            }

            return SyntacticValues.Strip(condition) as InvocationExpressionSyntax;
        }
    }

    /// <summary>
    /// Whether a buffer holds a keyed function's output whose key is no public data (<c>HMACSHA256.HashData(factoryKey,
    /// serial, mac)</c>, <c>hmac.TryComputeHash(serial, mac, out _)</c>): a message authentication code, whatever its name
    /// says (<c>mac</c> is then no MAC address).
    /// </summary>
    private static bool IsFilledByKeyedFunction(ILocalSymbol buffer, int readAt, StringValueResolver resolver, int depth) =>
        FillingHash(buffer, readAt, resolver) is { } filling &&
        (IsKeyed(filling.TargetMethod.ContainingType) || (filling.Instance is { Type: INamedTypeSymbol instanceType } && IsKeyed(instanceType)) || IsMadeKeyed(filling.Instance, resolver)) &&
        !IsKeyedWithPublicData(filling, resolver, depth);

    /// <summary>
    /// The statements from <paramref name="from"/> on, in order, with those of a block, a <c>try</c> block, a <c>lock</c>,
    /// <c>checked</c>, <c>unsafe</c> or <c>fixed</c> block or a <c>using (...) { ... }</c> statement (stacked usings too) among them read in place, up to three levels deep
    /// (<c>try { using (var h = IncrementalHash.CreateHash(...)) { h.AppendData(...); h.TryGetHashAndReset(digest, out _); } }</c>
    /// after <c>digest</c> is declared), at most <see cref="MaxFedStatements"/> of them.
    /// </summary>
    private static List<StatementSyntax> StatementsInto(SyntaxList<StatementSyntax> statements, int from)
    {
        var read = new List<StatementSyntax>();
        AddStatements(statements, from, 0);
        return read;

        void AddStatements(SyntaxList<StatementSyntax> list, int start, int level)
        {
            for (var i = start; i < list.Count && read.Count < MaxFedStatements; i++)
            {
                var statement = list[i];
                // using (var a = ...) using (var b = ...) { ... }: stacked usings share the innermost block
                while (statement is UsingStatementSyntax { Statement: UsingStatementSyntax stacked })
                {
                    statement = stacked;
                }

                var inner = level >= 3 ? null : statement switch
                {
                    UsingStatementSyntax { Statement: BlockSyntax body } => body,
                    BlockSyntax nested => nested,
                    TryStatementSyntax attempt => attempt.Block, // try { SHA256.HashData(serial, digest); } catch ...: the block tried
                    LockStatementSyntax { Statement: BlockSyntax locked } => locked, // lock (_sync) { ... }: run once, as written
                    CheckedStatementSyntax { Block: var checkedBlock } => checkedBlock,
                    UnsafeStatementSyntax { Block: var unsafeBlock } => unsafeBlock,
                    FixedStatementSyntax { Statement: BlockSyntax pinned } => pinned,
                    _ => null,
                };
                if (inner is null)
                {
                    read.Add(statement);
                }
                else
                {
                    AddStatements(inner.Statements, 0, level + 1);
                }
            }
        }
    }

    /// <summary>A <c>byte[]</c> or <c>Span&lt;byte&gt;</c>, as hashes write their digest into.</summary>
    private static bool IsByteBuffer(ITypeSymbol type) =>
        type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte } ||
        type is INamedTypeSymbol { Name: "Span", TypeArguments.Length: 1 } span && span.TypeArguments[0].SpecialType == SpecialType.System_Byte;

    /// <summary>
    /// The statements that follow a local's declaration in its scope: those after it in its block
    /// (<c>using var h = ...; h.AppendData(...);</c>), or all of a <c>using (var h = ...) { ... }</c> statement's block;
    /// null for a local declared anywhere else.
    /// </summary>
    private static (BlockSyntax Block, int From)? StatementsAfterDeclaration(ILocalSymbol local) =>
        local.DeclaringSyntaxReferences is { Length: 1 } references
            ? references[0].GetSyntax().FirstAncestorOrSelf<StatementSyntax>() switch
            {
                UsingStatementSyntax { Statement: BlockSyntax body } => (body, 0),
                { Parent: BlockSyntax block } declaration => (block, block.Statements.IndexOf(declaration) + 1),
                _ => null,
            }
            : null;

    /// <summary>The call a local is declared with (<c>using var h = IncrementalHash.CreateHash(...)</c>), bound; null for any other declaration.</summary>
    private static IInvocationOperation? DeclaredFactory(ILocalSymbol local, StringValueResolver resolver) =>
        DeclaredValue(local, resolver) is { } made && StringValueResolver.Unwrap(made) is IInvocationOperation factory ? factory : null;

    /// <summary>The value a local is declared with (<c>using var hmac = new HMACSHA256(key)</c>), bound; null when it is declared without one.</summary>
    private static IOperation? DeclaredValue(ILocalSymbol local, StringValueResolver resolver) =>
        local.DeclaringSyntaxReferences is { Length: 1 } references && references[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value }
            ? resolver.SemanticModelOf(value.SyntaxTree).GetOperation(value)
            : null;

    /// <summary>How many statements after a streaming hash's declaration are read for what it is fed.</summary>
    private const int MaxFedStatements = 16;

    /// <summary>Whether a value is held under a key's or a secret's name (<c>_factorySecret</c>, <c>macKey</c>), through encodings of it.</summary>
    private static bool NamesAKeyOrSecret(IOperation value) =>
        HeldBy(value) is { } held ? EndsInKeyWord(held.Name)
        : StringValueResolver.Unwrap(value) is IInvocationOperation { Arguments.Length: > 0 } encoded && NamesAKeyOrSecret(encoded.Arguments[0].Value);

    /// <summary>The parameter, local, field or property a value is read from, or null for any other value.</summary>
    private static ISymbol? HeldBy(IOperation value) =>
        StringValueResolver.Unwrap(value) switch
        {
            IParameterReferenceOperation parameter => parameter.Parameter,
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
            _ => null,
        };

    private static bool EndsInKeyWord(string name) =>
        SecretNames.SplitWords(name) is { Count: > 0 } words && words[words.Count - 1] is "key" or "secret" or "psk" or "salt" or "pepper" or "passphrase" or "password";

    /// <summary>
    /// A call that tidies the text or bytes it is called on and keeps what they hold (<c>Trim</c>, case changes,
    /// <c>Replace("-", "")</c>, <c>Substring</c>, <c>AsSpan</c>, <c>ToArray</c>): what it returns comes from its receiver.
    /// </summary>
    private static bool TidiesText(string name) =>
        name is "Trim" or "TrimEnd" or "TrimStart" or "AsSpan" or "AsMemory" or "ToArray" or "ToUpperInvariant" or "ToLowerInvariant" or "ToUpper" or "ToLower" or
            "Replace" or "Substring";

    /// <summary>
    /// Whether a value fed to a hash is a secret provisioned at run time, through its encodings (<c>GetBytes</c>,
    /// <c>FromBase64String</c>, a coalesce's value), tidying (<c>Trim()</c>) and a local declared with it: read from the environment (<c>Environment.GetEnvironmentVariable</c>) or
    /// from a file (<c>File.ReadAllBytes</c>, <c>ReadAllText</c>, a line of <c>ReadAllLines</c>), which only the maker's provisioning writes.
    /// </summary>
    private static bool ReadsProvisionedSecret(IOperation value, StringValueResolver resolver, int depth) =>
        depth < 6 && StringValueResolver.Unwrap(value) switch
        {
            IInvocationOperation { TargetMethod: { Name: "GetEnvironmentVariable" } read } => TypeNames.Is(read.ContainingType, "System", "Environment"),
            IInvocationOperation { TargetMethod: { Name: "ReadAllBytes" or "ReadAllText" or "ReadAllBytesAsync" or "ReadAllTextAsync" or "ReadAllLines" or "ReadAllLinesAsync" } read } =>
                TypeNames.Is(read.ContainingType, "System.IO", "File"),
            // File.ReadAllLines(path)[0]: a line of the file read
            IArrayElementReferenceOperation { ArrayReference: var lines } => ReadsProvisionedSecret(lines, resolver, depth + 1),
            IInvocationOperation { Arguments.Length: > 0 } encoded when encoded.Instance is null || encoded.TargetMethod.Name == "GetBytes" =>
                ReadsProvisionedSecret(encoded.Arguments[0].Value, resolver, depth + 1),
            // File.ReadAllText(...).Trim(), .AsSpan(), .ToUpperInvariant(): the text read, tidied
            IInvocationOperation { Instance: { } tidied, TargetMethod.Name: var tidying } when TidiesText(tidying) => ReadsProvisionedSecret(tidied, resolver, depth + 1),
            // var provisioned = File.ReadAllBytes(...); h.AppendData(provisioned): the local's own declaration
            ILocalReferenceOperation { Local: var held } when resolver.InitializerOperation(held) is { } heldValue => ReadsProvisionedSecret(heldValue, resolver, depth + 1),
            ICoalesceOperation { Value: var first } => ReadsProvisionedSecret(first, resolver, depth + 1),
            IAwaitOperation { Operation: var awaited } => ReadsProvisionedSecret(awaited, resolver, depth + 1),
            _ => false,
        };

    /// <summary>
    /// Whether a helper declared in source returns a keyed function's output however the team names it (<c>ComputeMac(data,
    /// deviceKey)</c> returning <c>Convert.ToBase64String(HMACSHA256.HashData(deviceKey, ...))</c>): its expression body or
    /// any of its first <c>return</c>s (not those of lambdas or local functions inside it) passes a keyed function.
    /// </summary>
    private static bool ReturnsKeyedOutput(IMethodSymbol method, StringValueResolver resolver, int depth) =>
        depth <= 4 && method.DeclaringSyntaxReferences is { Length: 1 } references &&
        SyntacticValues.ValuesReturned(references[0].GetSyntax()) is { Count: > 0 } returned &&
        resolver.SemanticModelOf(returned[0].SyntaxTree) is var model &&
        returned.Any(e => model.GetOperation(e) is { } operation && PassesKeyedFunction(operation, resolver, depth + 1));

    private static bool IsKeyed(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "HMAC" or "KeyedHashAlgorithm" or "Rfc2898DeriveBytes" or "HKDF" ||
                current.Name.StartsWith("HMAC", System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A value made fresh where it is held (<c>Guid.NewGuid()</c>, <c>Guid.CreateVersion7()</c>, <c>RandomNumberGenerator</c>'s
    /// bytes or a GUID built from them): whatever the name holding it says (<c>requestGuid</c>), it is no device's public data.
    /// </summary>
    private static bool IsFresh(IOperation value) => StringValueResolver.Unwrap(value) switch
    {
        IInvocationOperation { TargetMethod: { Name: "NewGuid" or "CreateVersion7", ContainingType.Name: "Guid" } } => true,
        // Guid.NewGuid().ToString("N"), .ToByteArray(), .Substring(0, 8): renderings of a fresh value are fresh
        IInvocationOperation { Instance: { } rendered, TargetMethod.Name: "ToString" or "ToByteArray" or "Substring" or "Replace" or "ToUpperInvariant" or "ToLowerInvariant" } => IsFresh(rendered),
        IInvocationOperation { TargetMethod.ContainingType: var type } when IsCryptoRandom(type) => true,
        IObjectCreationOperation { Type.Name: "Guid", Arguments: { Length: 1 } bytes } => IsFresh(bytes[0].Value),
        _ => false,
    };

    private static bool IsCryptoRandom(INamedTypeSymbol? type) => type?.Name == "RandomNumberGenerator";

    private static bool IsUnkeyedHash(INamedTypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.Name is "HashAlgorithm" or "SHA256" or "SHA1" or "MD5" or "SHA384" or "SHA512")
            {
                return true;
            }
        }

        return false;
    }
}
