using System.Collections.Generic;
using System.Linq;
using IoTSecure.Detection;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Updates;
using IoTSecure.Analyzers.Infrastructure;

namespace IoTSecure.Analyzers.Values;

/// <summary>
/// Follows a string value back to where its text is written: literals (regular, verbatim, raw, UTF-8),
/// <c>const</c> and <c>readonly</c> fields in any file, once-assigned fields, properties and locals,
/// concatenation, interpolation, <c>string.Concat</c>, <c>string.Format</c>, <c>Encoding.GetBytes</c> and
/// <c>??</c> fallbacks. Whatever only exists at run time (parameters, configuration, calls) becomes a hole.
/// Never throws on half-typed code: anything it does not understand is a hole.
/// </summary>
internal sealed class StringValueResolver
{
    private const int MaxDepth = 16;
    /// <summary>Bounds the parts one value expands to through symbols that reuse each other (a doubling chain of
    /// constants); text written in one expression is linear in its length and far below it.</summary>
    private const int MaxParts = 4096;

    /// <summary>The most getters followed in a row to what they return (<see cref="AlternativeList.GetterHops"/>).</summary>
    private const int MaxGetterHops = 16;

    private readonly IoTSecureContext _context;

    public StringValueResolver(IoTSecureContext context) => _context = context;

    /// <summary>Resolves the value an expression evaluates to.</summary>
    public ResolvedString Resolve(IOperation operation)
    {
        var top = Unwrap(operation);
        var state = new State();
        var parts = ImmutableArray.CreateBuilder<StringPart>();
        Append(top, top.Syntax, holder: null, depth: 0, parts, state);
        return new ResolvedString(parts.ToImmutable(), ViaSymbol(top));
    }

    private static ISymbol? ViaSymbol(IOperation operation) => operation switch
    {
        IFieldReferenceOperation field => field.Field,
        IPropertyReferenceOperation property => property.Property,
        ILocalReferenceOperation local => local.Local,
        IInvocationOperation { Arguments.Length: 1 } invocation when ValueShapes.TextCallOf(invocation.TargetMethod) is TextCall.GetBytes or TextCall.Escape =>
            ViaSymbol(Unwrap(invocation.Arguments[0].Value)),
        _ => null,
    };

    private sealed class State
    {
        public HashSet<ISymbol>? Visiting;
        public bool Truncated;

        /// <summary>In a reading (<see cref="Readings"/>), which of its values each member with several takes (from 0); -1 otherwise.</summary>
        public int Choice = -1;

        /// <summary>The most values any member read in this reading has (at least 1).</summary>
        public int Choices = 1;

        /// <summary>
        /// How many readings the callers followed above take per choice of the calls read here: a helper's calls are chosen
        /// by <c>Choice / CallerScale % calls</c>, so a factory's every call is read with the constructor's every creation.
        /// </summary>
        public int CallerScale = 1;
    }

    /// <summary>
    /// The readings of a value whose text takes a member that constructors give several values
    /// (<c>$"{_userName}:{_password}"</c>, <c>_password = configuration["..."]</c> in one constructor and <c>"..."</c> in a
    /// bench one): one <see cref="ResolvedString"/> per value (each such member takes its n-th value, the last one again once
    /// its values run out; at most <see cref="InvocationIndex.MaxCallSites"/>), so a written one is judged at its literal.
    /// A value fully known, or with no such member, has one reading: <see cref="Resolve(IOperation)"/>'s.
    /// </summary>
    public IReadOnlyList<ResolvedString> Readings(IOperation operation)
    {
        var plain = Resolve(operation);
        // A member of an object picked by a condition may read as fully known (a settable property's "" initializer) while
        // each object it may be was built with its own value: its readings are each object's.
        if (!(plain.IsFullyKnown
                ? ReadsAChosenObjectsMember(operation, depth: 0)
                : HasMemberWithValues(plain) || (MayHideAMember(plain) && (EnclosingTypeGivesMembersValues(operation) || ReadsAChosenObjectsMember(operation, depth: 0))) ||
                  HasWrittenChoice(operation, depth: 0) || HasParameterWithCallers(plain) || HasRowOfALoop(plain) ||
                  HasHoleHolding(plain, inside => ImplementedValues(inside).Length > 0)))
        {
            return new[] { plain }; // no member with constructors' values can fill a hole: one reading (the cached one)
        }

        var readings = new List<ResolvedString>();
        var choices = 1; // the most any reading so far has seen: a later choice may take another caller with more below it
        for (var choice = 0; ; choice++)
        {
            var top = Unwrap(operation);
            var state = new State { Choice = choice };
            var parts = ImmutableArray.CreateBuilder<StringPart>();
            Append(top, top.Syntax, holder: null, depth: 0, parts, state);
            choices = System.Math.Max(choices, state.Choices);
            if (choices <= 1)
            {
                // one reading: a member of the one object a coalesce may pick (Load() ?? Fallback) reads as built there
                return new[] { choice == 0 && !plain.IsFullyKnown ? new ResolvedString(parts.ToImmutable(), ViaSymbol(top)) : plain };
            }

            readings.Add(new ResolvedString(parts.ToImmutable(), ViaSymbol(top)));
            if (choice + 1 >= System.Math.Min(choices, InvocationIndex.MaxCallSites))
            {
                return readings;
            }
        }
    }

    /// <summary>
    /// Appends the value a reading chose for <paramref name="chosenFor"/> (a parameter's call, a loop variable's row) out of
    /// <paramref name="count"/>: the symbol is not read again inside it, and choices below it are scaled by the count, so
    /// every symbol read with the same choice (a user and a password) takes the same call or row.
    /// </summary>
    private void AppendChosen(ISymbol chosenFor, IOperation value, int count, int depth, ImmutableArray<StringPart>.Builder parts, State state)
    {
        var scale = state.CallerScale;
        (state.Visiting ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(chosenFor);
        state.CallerScale = scale * count;
        try
        {
            Append(value, value.Syntax, null, depth + 1, parts, state);
        }
        finally
        {
            state.Visiting.Remove(chosenFor);
            state.CallerScale = scale;
        }
    }

    private void Append(IOperation? operation, SyntaxNode? scope, ISymbol? holder, int depth, ImmutableArray<StringPart>.Builder parts, State state)
    {
        if (operation is null || depth > MaxDepth || parts.Count >= MaxParts)
        {
            state.Truncated |= operation is not null;
            parts.Add(new StringPart(null, scope, holder));
            return;
        }

        operation = Unwrap(operation);
        switch (operation)
        {
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: string text } }:
                parts.Add(new StringPart(text, scope, holder));
                return;

            case IUtf8StringOperation utf8:
                parts.Add(new StringPart(utf8.Value, scope, holder));
                return;

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when IsString(binary.Type):
                // a + b + c + ... nests to the left: walk the chain, so its length costs no depth (a secret in the
                // seventeenth piece is found like one in the second).
                foreach (var piece in ConcatenationPieces(binary))
                {
                    Append(piece, scope, holder, depth + 1, parts, state);
                }

                return;

            case IInterpolatedStringOperation interpolated:
                foreach (var content in interpolated.Parts)
                {
                    switch (content)
                    {
                        case IInterpolatedStringTextOperation { Text.ConstantValue: { HasValue: true, Value: string text } }:
                            parts.Add(new StringPart(text, scope, holder));
                            break;
                        case IInterpolationOperation { Alignment: null, FormatString: null } interpolation:
                            Append(interpolation.Expression, scope, holder, depth + 1, parts, state);
                            break;
                        case IInterpolationOperation interpolation:
                            parts.Add(new StringPart(null, scope, holder, interpolation.Expression));
                            break;
                        // An interpolation given to a handler (string.Create(provider, $"...")): AppendLiteral("text") and
                        // AppendFormatted(value) calls.
                        case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { TargetMethod.Name: "AppendLiteral", Arguments.Length: 1 } literal }
                            when literal.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string written }:
                            parts.Add(new StringPart(written, scope, holder));
                            break;
                        case IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation { TargetMethod.Name: "AppendFormatted", Arguments.Length: 1 } formatted }:
                            Append(formatted.Arguments[0].Value, scope, holder, depth + 1, parts, state);
                            break;
                        default:
                            parts.Add(new StringPart(null, scope, holder));
                            break;
                    }
                }

                return;

            case IObjectCreationOperation { Type.SpecialType: SpecialType.System_String, Arguments.Length: 1 } creation
                when CharactersOf(creation.Arguments[0].Value) is { } characters:
                // new string(new[] { 'C', 'h', '4', 'r' }): text written one character at a time
                parts.Add(new StringPart(characters, scope, holder));
                return;

            case IArrayCreationOperation { Initializer: { } initializer } when AsciiOf(initializer) is { } ascii:
                // new byte[] { 0x56, 0x33, 0x6E, 0x74, ... }: printable ASCII written as codes is text (a password given as bytes)
                parts.Add(new StringPart(ascii, scope, holder));
                return;

            case IObjectCreationOperation { Arguments.Length: 1 } wrapped when ValueShapes.IsTextWrapper(wrapped.Constructor) && IsTextOrBytes(wrapped.Arguments[0].Value.Type):
                // new OctetString("public"), new OctetString(Encoding.UTF8.GetBytes("...")): SNMP's text type holds the text
                // it is made from, or the text whose bytes it is made from
                Append(wrapped.Arguments[0].Value, scope, holder, depth + 1, parts, state);
                return;

            case IConditionalOperation or ISwitchExpressionOperation when IsString(operation.Type) && OnlyWrittenBranch(operation) is { } written:
                // `File.Exists(path) ? File.ReadAllText(path) : "fallback"`, a switch whose one written arm is the default,
                // read inside a larger value ($"...&appid={key}"): the written branch ships in the code, as a coalesce's
                // fallback does.
                Append(written, written.Syntax, holder, depth + 1, parts, state);
                return;

            case IConditionalOperation or ISwitchExpressionOperation when IsString(operation.Type) && state.Choice >= 0 && WrittenBranches(operation) is { Count: > 1 } branches:
                // "meter-7:" + (lab ? "..." : "..."): in a reading, its n-th written branch (each is judged at its literal)
                state.Choices = System.Math.Max(state.Choices, branches.Count);
                var branch = branches[System.Math.Min(state.Choice, branches.Count - 1)];
                Append(branch, branch.Syntax, holder, depth + 1, parts, state);
                return;

            case ICoalesceAssignmentOperation { Value: var cachedFallback } cached when IsString(cached.Type):
                // _cached ??= "...": the fallback ships in the code and is the value until something else is stored
                Append(cachedFallback, cachedFallback.Syntax, holder, depth + 1, parts, state);
                return;

            case var _ when KeptOperand(operation) is { } kept:
                // token ?? "", key ?? throw ..., token.Trim(), token?.Trim(): the caller's text, still the caller's secret
                Append(kept, scope, holder, depth + 1, parts, state);
                return;

            case ICoalesceOperation coalesce when IsHoleOnly(coalesce.Value) || HoldsOnlyAHole(coalesce.Value) || HasNoWrittenValue(coalesce.Value):
                // `Environment.GetEnvironmentVariable("X") ?? "fallback"`: the fallback ships in the code.
                Append(coalesce.WhenNull, coalesce.WhenNull.Syntax, holder, depth + 1, parts, state);
                return;

            case IFieldReferenceOperation or IPropertyReferenceOperation when MemberOfBuiltObject((IMemberReferenceOperation)operation) is { } given:
                // options.Password where options = new() { Password = "..." } (or a record's positional argument): the
                // value the object was built with, written where it was built.
                Append(given, given.Syntax, ((IMemberReferenceOperation)operation).Member, depth + 1, parts, state);
                return;

            case IFieldReferenceOperation or IPropertyReferenceOperation when state.Choice >= 0 && BuiltObjectChoices((IMemberReferenceOperation)operation) is { Count: > 0 } choices:
                // profile.Password where profile = staging ? Staging : Production: in a reading, the n-th object's value.
                state.Choices = System.Math.Max(state.Choices, choices.Count);
                var picked = choices[System.Math.Min(state.Choice, choices.Count - 1)];
                Append(picked, picked.Syntax, ((IMemberReferenceOperation)operation).Member, depth + 1, parts, state);
                return;

            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
                when state.Choice >= 0 && depth < 8 && ViaSymbol(operation) is { } member && !(state.Visiting?.Contains(member) ?? false) &&
                     CachedInitializerOf(member) is null && member is not IFieldSymbol { IsConst: true } &&
                     ReadingValuesOf(member) is { Count: > 0 } values:
                // In a reading: the member's n-th value as its constructors give it ($"{_userName}:{_password}"); a member
                // already being read (fields copied into each other) is a hole; the parts a value expands to are bounded.
                state.Choices = System.Math.Max(state.Choices, values.Count);
                var chosen = values[System.Math.Min(state.Choice, values.Count - 1)];
                (state.Visiting ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(member);
                try
                {
                    Append(chosen, chosen.Syntax, member, depth + 1, parts, state);
                }
                finally
                {
                    state.Visiting.Remove(member);
                }

                return;

            case IPropertyReferenceOperation { Property: var implemented } when state.Choice >= 0 && depth < 8 && !(state.Visiting?.Contains(implemented) ?? false) &&
                                                                           ImplementedValues(operation) is { Length: > 0 } implementations:
                // $"{settings.Username}:{settings.Password}" of an interface's settings (ISettingsService settings): in a
                // reading, the n-th value its implementing getters or the code's writes give it.
                state.Choices = System.Math.Max(state.Choices, implementations.Length);
                var implementation = implementations[System.Math.Min(state.Choice, implementations.Length - 1)];
                (state.Visiting ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(implemented);
                try
                {
                    Append(implementation, implementation.Syntax, implemented, depth + 1, parts, state);
                }
                finally
                {
                    state.Visiting.Remove(implemented);
                }

                return;

            case IPropertyReferenceOperation { Property: var writtenProperty } when state.Choice >= 0 && depth is > 0 and < 8 && !(state.Visiting?.Contains(writtenProperty) ?? false) &&
                                                                                 WrittenPropertyValues(operation) is { Length: > 0 } writes:
                // $"{options.Username}:{options.Password}" of options a caller fills (configure(options), o => { o.Password =
                // "..." }): in a reading, the n-th value written into the property (read alone at a sink, the property's
                // values are its Alternatives).
                state.Choices = System.Math.Max(state.Choices, writes.Length);
                var write = writes[System.Math.Min(state.Choice, writes.Length - 1)];
                (state.Visiting ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default)).Add(writtenProperty);
                try
                {
                    Append(write, write.Syntax, writtenProperty, depth + 1, parts, state);
                }
                finally
                {
                    state.Visiting.Remove(writtenProperty);
                }

                return;

            case IMemberReferenceOperation { Member: IPropertySymbol { IsIndexer: false, IsStatic: false } or IFieldSymbol { IsStatic: false }, Instance: IParameterReferenceOperation { Parameter: var objectParameter } } memberOfParameter
                when state.Choice >= 0 && depth is > 0 and < 8 && IsString(operation.Type) && objectParameter.ContainingSymbol is IMethodSymbol objectReceiver &&
                     !(state.Visiting?.Contains(objectParameter) ?? false) && ObjectsPassedFor(objectReceiver, objectParameter) is { Count: > 0 } passedObjects:
                // $"{cp.Id}:{cp.AuthorizationKey}" of a helper given an object built in the code (OpenAsync(Config.Site), a
                // record built as new("CP-0042", ..., "...") in a field, or one of two picked by a condition): in a reading,
                // the n-th object its callers pass, every member from the same object, so a user and a password stay together.
                var passedScale = state.CallerScale;
                state.Choices = System.Math.Max(state.Choices, passedScale * passedObjects.Count);
                if (MemberOf(passedObjects[state.Choice / passedScale % passedObjects.Count], memberOfParameter.Member.OriginalDefinition) is not { } passedValue)
                {
                    parts.Add(new StringPart(null, scope, holder, operation)); // this object was not given the member where it was built
                    return;
                }

                AppendChosen(objectParameter, passedValue, passedObjects.Count, depth, parts, state);
                return;

            case IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } initialized, Instance: { } objectRead }
                when state.Choice >= 0 && depth is > 0 and < 8 && IsString(operation.Type) && !IsBuiltHere(objectRead) &&
                     !(state.Visiting?.Contains(initialized.ContainingType) ?? false) && InitializedObjects(initialized.ContainingType) is { Length: > 0 } objects:
                // $"{info.Username}:{info.Password}" of an options object given from elsewhere (a helper's parameter), with the
                // objects the code builds in initializers (Bow = new CameraConnectionInfo { Username = "viewer", Password = "..." },
                // Towpath = new ... { Username = "admin", Password = "admin" }): in a reading, the n-th object's values, every
                // property from the same object, so a user and a password stay together.
                var objectScale = state.CallerScale;
                state.Choices = System.Math.Max(state.Choices, objectScale * objects.Length);
                var built = objects[state.Choice / objectScale % objects.Length];
                if (InitializedValue(built, initialized) is not { } initializedValue)
                {
                    parts.Add(new StringPart(null, scope, holder, operation)); // this object leaves it unset
                    return;
                }

                AppendChosen(initialized.ContainingType, initializedValue, objects.Length, depth, parts, state);
                return;

            case IParameterReferenceOperation { Parameter: var parameter } when state.Choice >= 0 && depth < 8 && parameter.ContainingSymbol is IMethodSymbol caller &&
                                                                         !(state.Visiting?.Contains(parameter) ?? false) && CallerArguments(caller) is { Length: > 0 } callers:
                // $"{username}:{password}" of a helper's or a constructor's parameters (new NvrClient(uri, "viewer", "...")):
                // in a reading, the n-th call's arguments, all from the same call, so a user and a password stay together.
                var callerScale = state.CallerScale;
                state.Choices = System.Math.Max(state.Choices, callerScale * callers.Length);
                var passed = callers[state.Choice / callerScale % callers.Length].FirstOrDefault(a => a.ArgumentKind == ArgumentKind.Explicit && a.Parameter?.Ordinal == parameter.Ordinal);
                if (passed is null)
                {
                    parts.Add(new StringPart(null, scope, holder, operation)); // not passed by this call
                    return;
                }

                AppendChosen(parameter, passed.Value, callers.Length, depth, parts, state);
                return;

            case ILocalReferenceOperation { Local: var rowElement } when state.Choice >= 0 && depth < 8 && IsString(operation.Type) &&
                                                                      !(state.Visiting?.Contains(rowElement) ?? false) &&
                                                                      DeconstructedElementsOfForEach(rowElement) is { Count: > 0 } elements:
                // $"{user}:{password}" of foreach (var (user, password) in Logins): in a reading, the n-th row's elements, all
                // from the same row (the same index for every local of the loop), so a user and a password stay together.
                var rowScale = state.CallerScale;
                state.Choices = System.Math.Max(state.Choices, rowScale * elements.Count);
                AppendChosen(rowElement, elements[state.Choice / rowScale % elements.Count], elements.Count, depth, parts, state);
                return;

            case IFieldReferenceOperation field:
                AppendSymbol(field.Field, field, scope, holder, depth, parts, state);
                return;

            case IPropertyReferenceOperation { Property.IsIndexer: false } property:
                AppendSymbol(property.Property, property, scope, holder, depth, parts, state);
                return;

            case ILocalReferenceOperation local:
                AppendSymbol(local.Local, local, scope, holder, depth, parts, state);
                return;

            case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: ILocalReferenceOperation { Local: var lambdaHolder } } invoked
                when depth < 8 && IsString(invoked.Type) && LambdaReturn(lambdaHolder) is { } lambdaValue:
                // Func<string> bench = () => "..."; ... bench(): what the lambda the local holds returns
                Append(lambdaValue, lambdaValue.Syntax, lambdaHolder, depth + 1, parts, state);
                return;

            case IInvocationOperation { TargetMethod: { } helper } called when depth < 8 && IsString(called.Type) && IsFollowedHelper(helper) &&
                                                                           ValueShapes.TextCallOf(helper) == TextCall.None && ChoicesReturned(helper) is { Count: 1 } onlyReturned:
                // $"tank-7:{Secrets.MeterPassword()}", or a local holding it, inside a login or a connection string: what the
                // helper returns, when it returns one value (a helper choosing between values is read per choice at a sink)
                Append(onlyReturned[0], onlyReturned[0].Syntax, helper, depth + 1, parts, state);
                return;

            case IAwaitOperation { Operation: var awaitedLambda } when depth < 8 && IsString(operation.Type) &&
                                                                      Unwrap(AwaitedTask(awaitedLambda)) is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: ILocalReferenceOperation { Local: var asyncHolder } } &&
                                                                      LambdaReturn(asyncHolder) is { } asyncReturned && IsString(asyncReturned.Type):
                // Func<string, Task<string>> loadKey = async s => { await ...; return "..."; }; await loadKey(site): what it returns
                Append(asyncReturned, asyncReturned.Syntax, asyncHolder, depth + 1, parts, state);
                return;

            case IAwaitOperation { Operation: var awaitedHelper } when depth < 8 && IsString(operation.Type) &&
                                                                      Unwrap(AwaitedTask(awaitedHelper)) is IInvocationOperation { TargetMethod: { } asyncHelper } &&
                                                                      IsFollowedHelper(asyncHelper) && ChoicesReturned(asyncHelper) is { Count: 1 } onlyCompleted:
                // the same awaited (var key = await Secrets.HubKeyAsync().ConfigureAwait(false); $"...;SharedAccessKey={key}")
                var completedWith = ResultOfCompletedTask(onlyCompleted[0]);
                Append(completedWith, completedWith.Syntax, asyncHelper, depth + 1, parts, state);
                return;

            case IInvocationOperation invocation when ValueShapes.TextCallOf(invocation.TargetMethod) is var call && call != TextCall.None:
                switch (call)
                {
                    case TextCall.Concat:
                        foreach (var value in ArgumentValues(invocation, skip: 0))
                        {
                            Append(value, scope, holder, depth + 1, parts, state);
                        }

                        return;

                    case TextCall.Format when AppendFormat(invocation, scope, holder, depth, parts, state):
                        return;

                    case TextCall.Join when AppendJoin(invocation, scope, holder, depth, parts, state):
                        return;

                    case TextCall.ToBase64 when AppendBase64(invocation, scope, holder, depth, parts, state):
                        return;

                    case TextCall.Interpolation when invocation.Arguments.Select(a => Unwrap(a.Value)).FirstOrDefault(v => v is IInterpolatedStringOperation or IInterpolatedStringHandlerCreationOperation) is { } interpolated:
                        Append(interpolated is IInterpolatedStringHandlerCreationOperation handler ? handler.Content : interpolated, scope, holder, depth + 1, parts, state);
                        return;

                    case TextCall.SpanToArray when invocation.Instance is { } receiver:
                        Append(receiver, scope, holder, depth + 1, parts, state);
                        return;

                    case TextCall.GetBytes or TextCall.Escape when invocation.Arguments.Length == 1:
                        var argument = Unwrap(invocation.Arguments[0].Value);
                        Append(argument, holder is null ? argument.Syntax : scope, holder, depth + 1, parts, state);
                        return;
                }

                break;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            parts.Add(new StringPart(constant, scope, holder));
            return;
        }

        // const int SimPin = 4821 in $"AT+CPIN={SimPin}": an integer constant is written text too (invariant digits, as
        // interpolation and concatenation print it; a floating-point one depends on the culture and stays a hole).
        if (operation.ConstantValue is { HasValue: true, Value: int or long or short or uint or ulong or ushort or byte or sbyte } number)
        {
            parts.Add(new StringPart(System.Convert.ToString(number.Value, System.Globalization.CultureInfo.InvariantCulture), scope, holder));
            return;
        }

        parts.Add(new StringPart(null, scope, holder, operation));
    }

    /// <summary>
    /// The value a member of an object was given where the object was built, when the object is the one value of a
    /// field, property or local: an object or anonymous-object initializer's assignment (<c>new() { Password = "..." }</c>)
    /// or a record's positional argument (<c>new Options(url, "...")</c> read as <c>options.ApiKey</c>). Null when the
    /// member was not given a value there (its own initializer, if any, is then the value).
    /// </summary>
    private IOperation? MemberOfBuiltObject(IMemberReferenceOperation reference)
    {
        if (reference.Instance is not { } instance || reference.Member is IPropertySymbol { IsIndexer: true } ||
            ViaSymbol(Unwrap(instance)) is not { } holder || (InitializerOperation(holder) ?? BuiltByConstructor(holder)) is not { } built)
        {
            return null;
        }

        return MemberOf(BuiltAs(built), reference.Member.OriginalDefinition) ?? // var cam = Driveway; ... cam.Pwd
               (holder is ILocalSymbol or IFieldSymbol { DeclaringSyntaxReferences.Length: 1 } ? AssignedToMemberOfHolder(holder, reference.Member) : null);
    }

    /// <summary>
    /// The object a read-only field or get-only property is built as by its type's constructors
    /// (<c>_settings = new WeighbridgeSettings { ... };</c>), when they assign it once, an object creation; null otherwise.
    /// </summary>
    private IOperation? BuiltByConstructor(ISymbol holder) =>
        AssignedByConstructor(holder) is { } found && SyntacticValues.Strip(found) is BaseObjectCreationExpressionSyntax creation &&
        _context.GetSemanticModel(creation.SyntaxTree).GetOperation(creation) is { } built
            ? built
            : null;

    /// <summary>
    /// What the constructors of a read-only field's or get-only property's type assign it, when they do so once (an object,
    /// or a choice between objects: <c>_settings = lab ? new(...) : new(...)</c>); null otherwise.
    /// </summary>
    private ExpressionSyntax? AssignedByConstructor(ISymbol holder)
    {
        if (holder is not (IFieldSymbol { IsReadOnly: true, IsConst: false } or IPropertySymbol { SetMethod: null, IsIndexer: false }) ||
            holder.ContainingType is not { } type || holder.DeclaringSyntaxReferences.IsEmpty)
        {
            return null;
        }

        ExpressionSyntax? found = null;
        foreach (var constructor in holder.IsStatic ? type.StaticConstructors : type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not ConstructorDeclarationSyntax declaration)
                {
                    continue;
                }

                foreach (var value in SyntacticValues.AssignmentsTo(declaration, holder.Name))
                {
                    if (found is not null)
                    {
                        return null; // assigned twice: the constructor that runs decides
                    }

                    found = value;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The one value a function gives a member of an object it builds in a local (<c>var s = new BrokerSettings();
    /// s.Password = "...";</c>, then <c>s.Password</c> read at a sink), or a type gives a member of an object it builds
    /// in its own field (<c>WifiInstance wifi = new();</c> and, in its constructor, <c>wifi.Password = "...";</c>): null
    /// when the member is assigned more than once there, or not at all (its own initializer is then its value).
    /// </summary>
    private IOperation? AssignedToMemberOfHolder(ISymbol holder, ISymbol member)
    {
        if (holder.DeclaringSyntaxReferences.Length != 1 ||
            holder.DeclaringSyntaxReferences[0].GetSyntax().FirstAncestorOrSelf<SyntaxNode>(n => holder is IFieldSymbol
                ? n is TypeDeclarationSyntax
                : n is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) is not { } body)
        {
            return null;
        }

        AssignmentExpressionSyntax? found = null;
        foreach (var node in body.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } } owner } assignment &&
                SyntaxNames.Rightmost(owner.Expression) == holder.Name && owner.Name.Identifier.ValueText == member.Name)
            {
                if (found is not null || !assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
                {
                    return null; // written twice, or compounded: the code decides which value it holds
                }

                found = assignment;
            }
        }

        return found is not null && _context.GetSemanticModel(found.SyntaxTree).GetOperation(found) is ISimpleAssignmentOperation
        {
            Target: IMemberReferenceOperation { Instance: { } instance } written,
        } bound && ViaSymbol(Unwrap(instance)) is { } target &&
               SymbolEqualityComparer.Default.Equals(target, holder) && SymbolEqualityComparer.Default.Equals(written.Member.OriginalDefinition, member.OriginalDefinition)
            ? bound.Value
            : null;
    }

    /// <summary>
    /// What a value was built as, through a few locals, fields and properties initialized from each other
    /// (<c>var cam = Driveway;</c> where <c>static readonly Camera Driveway = new Camera(..., "...")</c>): at most three hops.
    /// </summary>
    private IOperation BuiltAs(IOperation value)
    {
        var built = value;
        for (var hop = 0; hop < 3 && Unwrap(built) is ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } &&
                          ViaSymbol(Unwrap(built)) is { } next && InitializerOperation(next) is { } nextBuilt; hop++)
        {
            built = nextBuilt;
        }

        return built;
    }

    /// <summary>How many copies made with <c>with</c> <see cref="MemberOf"/> is reading back on this thread (each action runs on one thread).</summary>
    [System.ThreadStatic]
    private static int copiesRead;

    /// <summary>The value <paramref name="member"/> was given where <paramref name="built"/> was built (an object initializer's assignment, a record's positional argument), or null.</summary>
    private IOperation? MemberOf(IOperation built, ISymbol member)
    {
        switch (Unwrap(built))
        {
            case IObjectCreationOperation creation:
                if (creation.Initializer is { } initializer)
                {
                    foreach (var assignment in initializer.Initializers.OfType<ISimpleAssignmentOperation>())
                    {
                        if (assignment.Target is IMemberReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member))
                        {
                            return assignment.Value;
                        }
                    }
                }

                // record Options(string Url, string ApiKey): the positional property is declared by the primary
                // constructor's parameter of the same name.
                if (creation.Constructor is { } constructor && member is IPropertySymbol property &&
                    property.DeclaringSyntaxReferences.Length == 1 && property.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax positional)
                {
                    foreach (var argument in creation.Arguments)
                    {
                        if (argument.Parameter is { DeclaringSyntaxReferences.Length: 1 } parameter && parameter.DeclaringSyntaxReferences[0].GetSyntax() == positional)
                        {
                            // record BrokerLogin(string User = "kiosk", string Password = "..."), built without it: the default
                            // written in the declaration
                            return argument.ArgumentKind == ArgumentKind.Explicit ? argument.Value
                                : argument.ArgumentKind == ArgumentKind.DefaultValue && positional.Default?.Value is { } written
                                    ? _context.GetSemanticModel(written.SyntaxTree).GetOperation(SyntacticValues.Strip(written))
                                    : null;
                        }
                    }

                    // record SiteAccount(string User, string Password, string Host) : Account(User, Password): the derived
                    // record's own parameter given on, by position, to the base record's positional parameter
                    if (constructor.DeclaringSyntaxReferences is { Length: 1 } derived && derived[0].GetSyntax() is TypeDeclarationSyntax { BaseList.Types: var bases } &&
                        positional.Parent is ParameterListSyntax { Parent: TypeDeclarationSyntax } baseParameters &&
                        bases.OfType<PrimaryConstructorBaseTypeSyntax>().FirstOrDefault() is { ArgumentList.Arguments: var givenOn } &&
                        baseParameters.Parameters.IndexOf(positional) is var position and >= 0 &&
                        // by name (Login(Password: Password, User: User)), else by position before any named one
                        (givenOn.FirstOrDefault(a => a.NameColon?.Name.Identifier.ValueText == positional.Identifier.ValueText) ??
                         (position < givenOn.Count && givenOn.Take(position + 1).All(a => a.NameColon is null) ? givenOn[position] : null)) is { } baseArgument &&
                        SyntacticValues.Strip(baseArgument.Expression) is IdentifierNameSyntax { Identifier.ValueText: var passedOn })
                    {
                        foreach (var argument in creation.Arguments)
                        {
                            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter?.Name == passedOn)
                            {
                                return argument.Value;
                            }
                        }
                    }
                }

                return null;

            case IWithOperation { Operand: var copied, Initializer: var changes }:
                // Pier with { Host = "10.9.0.18" }: the members it sets, and the copied object's for the rest
                foreach (var assignment in changes.Initializers.OfType<ISimpleAssignmentOperation>())
                {
                    if (assignment.Target is IMemberReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, member))
                    {
                        return assignment.Value;
                    }
                }

                // The copied object's member as it was built (Pier with { ... }: Pier's initializer), else wherever it is read
                // from (Fleet.Spares[0] with { User = "..." }). A copy may lead back to itself (acct = acct with { ... },
                // A = B with { ... } beside B = A with { ... }): a few copies deep on a thread, then none.
                if (copiesRead >= 3)
                {
                    return null;
                }

                copiesRead++;
                try
                {
                    if (MemberOf(BuiltAs(copied), member) is { } kept)
                    {
                        return kept;
                    }

                    foreach (var source in ObjectsBuiltFor(copied, hops: 1))
                    {
                        if (source is not IParameterReferenceOperation && MemberOf(source, member) is { } copiedValue)
                        {
                            return copiedValue;
                        }
                    }
                }
                finally
                {
                    copiesRead--;
                }

                return null;

            case IAnonymousObjectCreationOperation anonymous:
                foreach (var assignment in anonymous.Initializers.OfType<ISimpleAssignmentOperation>())
                {
                    if (assignment.Target is IPropertyReferenceOperation target && SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, member))
                    {
                        return assignment.Value;
                    }
                }

                return null;

            default:
                return null;
        }
    }

    /// <summary>
    /// The values a member takes when the object it is read from is one of several picked by a condition or a switch
    /// (<c>var profile = staging ? Staging : Production; ... profile.Password</c>, where each is built as
    /// <c>new(..., "...")</c> in a field), picked in place (<c>(gate ? Gate : Yard).Pwd</c>) or as a coalesce's fallback
    /// (<c>Load() ?? Fallback</c>): one per built object whose member value is written where it was built, in order; at
    /// most <see cref="InvocationIndex.MaxCallSites"/>. Empty when the object is no such choice.
    /// </summary>
    private List<IOperation> BuiltObjectChoices(IMemberReferenceOperation reference)
    {
        var values = new List<IOperation>();
        if (reference.Instance is not { } instance || reference.Member is IPropertySymbol { IsIndexer: true })
        {
            return values;
        }

        // The choice made in place ((gate ? Gate : Yard).Pwd), or the holder's one value; the holder's initializer is
        // looked at as syntax first: only a choice is bound. A coalesce picks its fallback (Load() ?? Fallback).
        IOperation chosen;
        if (Unwrap(instance) is IConditionalOperation or ISwitchExpressionOperation or ICoalesceOperation)
        {
            chosen = Unwrap(instance);
        }
        else if (ViaSymbol(Unwrap(instance)) is not { } holder)
        {
            return values;
        }
        else if (CachedInitializerOf(holder) is { } written)
        {
            if (SyntacticValues.Strip(written) is not (ConditionalExpressionSyntax or SwitchExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression }) ||
                InitializerOperation(holder) is not { } initial || Unwrap(initial) is not (IConditionalOperation or ISwitchExpressionOperation or ICoalesceOperation))
            {
                return values;
            }

            chosen = Unwrap(initial);
        }
        else if (AssignedByConstructor(holder) is { } assigned && // _settings = lab ? new(...) : new(...) in the constructor
                 SyntacticValues.Strip(assigned) is ConditionalExpressionSyntax or SwitchExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } &&
                 _context.GetSemanticModel(assigned.SyntaxTree).GetOperation(assigned) is { } choice)
        {
            chosen = Unwrap(choice);
        }
        else
        {
            return values;
        }

        var branches = chosen is ICoalesceOperation ? CoalesceBranches(chosen) : ChoiceBranches(chosen, maxDepth: 5);
        foreach (var branch in branches)
        {
            if (values.Count >= InvocationIndex.MaxCallSites)
            {
                break;
            }

            if (MemberOf(BuiltAs(branch), reference.Member.OriginalDefinition) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    /// <summary>The values of a chain of coalesces, in order (<c>FromFlash() ?? FromSdCard() ?? Bench</c>: three), at most eight.</summary>
    private static List<IOperation> CoalesceBranches(IOperation chain)
    {
        var branches = new List<IOperation>();
        var current = Unwrap(chain);
        while (current is ICoalesceOperation coalesce && branches.Count < 8)
        {
            branches.Add(coalesce.Value);
            current = Unwrap(coalesce.WhenNull);
        }

        branches.Add(current);
        return branches;
    }

    /// <summary>
    /// The branches of a choice, in order: a conditional's two and a switch expression's arms, nested choices expanded
    /// while fewer than <paramref name="maxDepth"/> deep (a deeper one is a branch as it stands).
    /// </summary>
    private static List<IOperation> ChoiceBranches(IOperation choice, int maxDepth)
    {
        var branches = new List<IOperation>();
        Visit(choice, 0);
        return branches;

        void Visit(IOperation operation, int depth)
        {
            switch (Unwrap(operation))
            {
                case IConditionalOperation { WhenFalse: { } whenFalse } conditional when depth < maxDepth:
                    Visit(conditional.WhenTrue, depth + 1);
                    Visit(whenFalse, depth + 1);
                    return;
                case ISwitchExpressionOperation switchExpression when depth < maxDepth:
                    foreach (var arm in switchExpression.Arms)
                    {
                        Visit(arm.Value, depth + 1);
                    }

                    return;
                default:
                    branches.Add(operation);
                    return;
            }
        }
    }

    /// <summary>The operands of a chain of string <c>+</c>, left to right.</summary>
    private static List<IOperation> ConcatenationPieces(IBinaryOperation binary)
    {
        var pieces = new List<IOperation>();
        IOperation current = binary;
        while (Unwrap(current) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add && IsString(add.Type))
        {
            pieces.Add(add.RightOperand);
            current = add.LeftOperand;
        }

        pieces.Add(current);
        pieces.Reverse();
        return pieces;
    }

    /// <summary>
    /// The one branch of a choice (conditionals and switch expressions, nested up to four deep) that is not a run-time value
    /// alone (<see cref="IsHoleOnly"/>), when every other branch is one; null when none or several are written.
    /// </summary>
    private IOperation? OnlyWrittenBranch(IOperation choice)
    {
        var written = WrittenBranches(choice);
        return written.Count == 1 && ChoiceBranches(choice, maxDepth: 4).Count > 1 ? written[0] : null;
    }

    /// <summary>The branches of a choice (<see cref="ChoiceBranches"/>, four deep) that are not a run-time value alone, in order; at most <see cref="InvocationIndex.MaxCallSites"/>.</summary>
    private List<IOperation> WrittenBranches(IOperation choice)
    {
        var written = new List<IOperation>();
        foreach (var branch in ChoiceBranches(choice, maxDepth: 4))
        {
            if (!IsHoleOnly(branch) && !HoldsOnlyAHole(branch) && !IsPatternVariable(branch) && !(Unwrap(branch) is IThrowOperation) && written.Count < InvocationIndex.MaxCallSites)
            {
                written.Add(branch);
            }
        }

        return written;
    }

    /// <summary>
    /// A local or field whose only value is a run-time value (<c>var fromEnv = Environment.GetEnvironmentVariable("X");</c>):
    /// <c>fromEnv ?? "fallback"</c> ships the fallback as <c>Environment.GetEnvironmentVariable("X") ?? "fallback"</c> does.
    /// </summary>
    private bool HoldsOnlyAHole(IOperation operation) =>
        Unwrap(operation) is ILocalReferenceOperation or IFieldReferenceOperation && ViaSymbol(Unwrap(operation)) is { } holder &&
        InitializerOperation(holder) is { } initializer && IsHoleOnly(initializer);

    /// <summary>
    /// A local, field or property with no value written where it is declared (<c>private string? _fromFile;</c>, a field
    /// a constructor sets from its argument, a local assigned later): before a <c>??</c> its value is the run time's, and
    /// the fallback ships in the code (<c>_apiKey ?? "..."</c>). A constant is never one.
    /// </summary>
    private bool HasNoWrittenValue(IOperation operation) =>
        Unwrap(operation) is ILocalReferenceOperation or IFieldReferenceOperation { Field.IsConst: false } or IPropertyReferenceOperation { Property.IsIndexer: false } &&
        ViaSymbol(Unwrap(operation)) is { } holder && InitializerOperation(holder) is null;

    /// <summary>A local declared by a pattern or an <c>out var</c> (<c>GetEnv("X") is { } e ? e : "..."</c>): a run-time value.</summary>
    private static bool IsPatternVariable(IOperation operation) =>
        Unwrap(operation) is ILocalReferenceOperation { Local.DeclaringSyntaxReferences: { Length: 1 } references } &&
        references[0].GetSyntax() is SingleVariableDesignationSyntax { Parent: DeclarationPatternSyntax or RecursivePatternSyntax or DeclarationExpressionSyntax or VarPatternSyntax };

    /// <summary>
    /// A value that is only read at run time: anything but a literal, a field, a local, a property other than an indexer, a
    /// concatenation or an interpolation (<c>config["Mqtt:Password"]</c>, <c>args[0]</c>, a call's result), or <c>null</c>.
    /// </summary>
    private static bool IsHoleOnly(IOperation operation) =>
        Unwrap(operation) is not (ILiteralOperation or IFieldReferenceOperation or ILocalReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } or IBinaryOperation or IInterpolatedStringOperation) ||
        Unwrap(operation) is ILiteralOperation { ConstantValue: { HasValue: true, Value: null } }; // null: _fromFile = null in _fromFile ?? ... ?? "..."

    private void AppendSymbol(ISymbol symbol, IOperation reference, SyntaxNode? scope, ISymbol? holder, int depth, ImmutableArray<StringPart>.Builder parts, State state)
    {
        // A symbol's value does not depend on where it is read, so it is resolved once per compilation (a reading's
        // choices do, and are not kept).
        if (state.Choice < 0 && _context.TryGetSymbolValue(symbol, out var cached))
        {
            AddSymbolParts(cached, reference, scope, holder, parts);
            return;
        }

        state.Visiting ??= new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        if (!state.Visiting.Add(symbol))
        {
            state.Truncated = true;
            parts.Add(new StringPart(null, scope, holder));
            return;
        }

        try
        {
            var inner = new State { Visiting = state.Visiting, Choice = state.Choice, CallerScale = state.CallerScale };
            var value = ResolveSymbol(symbol, depth, inner);
            state.Choices = System.Math.Max(state.Choices, inner.Choices);
            if (inner.Truncated)
            {
                state.Truncated = true;
            }
            else if (state.Choice < 0)
            {
                _context.SetSymbolValue(symbol, value);
            }

            AddSymbolParts(value, reference, scope, holder, parts);
        }
        finally
        {
            state.Visiting.Remove(symbol);
        }
    }

    /// <summary>A symbol with no value in this compilation (a parameter-like member, metadata) stays a hole that remembers the read.</summary>
    private static void AddSymbolParts(ResolvedString value, IOperation reference, SyntaxNode? scope, ISymbol? holder, ImmutableArray<StringPart>.Builder parts)
    {
        if (ReferenceEquals(value, ResolvedString.Unknown))
        {
            parts.Add(new StringPart(null, scope, holder, reference));
            return;
        }

        parts.AddRange(value.Parts);
    }

    private ResolvedString ResolveSymbol(ISymbol symbol, int depth, State state)
    {
        var initializer = CachedInitializerOf(symbol);
        if (initializer is null)
        {
            if (symbol is ILocalSymbol { IsConst: false, Type.SpecialType: SpecialType.System_String } grownLocal && GrownByAppends(grownLocal) is { } grown)
            {
                return ResolveGrown(grown.Initial, grown.Appends, symbol, depth, state);
            }

            return symbol is IFieldSymbol { IsConst: true, ConstantValue: string text }
                ? new ResolvedString(ImmutableArray.Create(new StringPart(text, null, symbol)), symbol)
                : ResolvedString.Unknown;
        }

        var model = _context.GetSemanticModel(initializer.SyntaxTree);
        var operation = model.GetOperation(SyntacticValues.Strip(initializer)); // ("...") has no operation of its own in C#
        var parts = ImmutableArray.CreateBuilder<StringPart>();
        Append(operation, initializer, symbol, depth + 1, parts, state);
        return new ResolvedString(parts.ToImmutable(), symbol);
    }

    /// <summary>
    /// Whether a member's name says it holds a connection string (<c>ShowDbConnection</c>, <c>HubConnectionString</c>,
    /// <c>connStr</c>, <c>Dsn</c>): the credentials it carries are read where the code writes it, as a credential's name is.
    /// </summary>
    private static bool IsConnectionStringName(string name)
    {
        var words = SecretNames.SplitWords(name, lettersOnly: true);
        var last = words.Count > 0 ? words[words.Count - 1] : string.Empty;
        return last is "connection" or "dsn" or "connstr" or "connectionstring" ||
               (last is "string" or "str" && words.Count >= 2 && words[words.Count - 2] is "connection" or "conn");
    }

    /// <summary>
    /// The value of a string local grown by appends (<see cref="GrownByAppends"/>): its initial value, then each append in
    /// source order, read as written when it stands in the local's own block and as a run-time part when it sits in a
    /// branch or a loop.
    /// </summary>
    private ResolvedString ResolveGrown(ExpressionSyntax initial, List<(ExpressionSyntax Appended, bool InOwnBlock)> appends, ISymbol local, int depth, State state)
    {
        var model = _context.GetSemanticModel(initial.SyntaxTree);
        var parts = ImmutableArray.CreateBuilder<StringPart>();
        Append(model.GetOperation(SyntacticValues.Strip(initial)), initial, local, depth + 1, parts, state);
        foreach (var (appended, inOwnBlock) in appends)
        {
            if (inOwnBlock && model.GetOperation(SyntacticValues.Strip(appended)) is { } operation)
            {
                Append(operation, appended, local, depth + 1, parts, state);
            }
            else
            {
                parts.Add(new StringPart(null, appended, local));
            }
        }

        return new ResolvedString(parts.ToImmutable(), local);
    }

    /// <summary>
    /// A string local built up by appends (<c>string uri = updateBase + "?key=" + WriteKey; uri += "&amp;field1=" + temp;</c>,
    /// then <c>WebRequest.Create(uri)</c>): its initial value and every append statement that writes it (<c>+=</c>,
    /// <c>uri = uri + ...</c>, <c>uri = string.Concat(uri, ...)</c>), in source order,
    /// each marked whether it stands in the local's own block (it always runs, once) rather than in a branch or a loop.
    /// Null when the local has no initial value, is written any other way (a plain or <c>??=</c> assignment, a <c>ref</c> or
    /// <c>out</c> argument, an increment), or is appended to inside a lambda or a local function (it may run at any time).
    /// Each append counts wherever the local is read: a read between two appends is taken to see them all, as the text
    /// the function builds.
    /// </summary>
    private static (ExpressionSyntax Initial, List<(ExpressionSyntax Appended, bool InOwnBlock)> Appends)? GrownByAppends(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1 ||
            local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: { } initial, Parent.Parent: LocalDeclarationStatementSyntax { Parent: BlockSyntax ownBlock } } declarator)
        {
            return null;
        }

        List<(ExpressionSyntax, bool)>? appends = null;
        foreach (var write in WritesIn(ownBlock, local.Name, declarator, bareNameOnly: true))
        {
            if (write is not AssignmentExpressionSyntax { Left: IdentifierNameSyntax, Parent: ExpressionStatementSyntax statement } assignment ||
                statement.Ancestors().TakeWhile(a => a != ownBlock).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) ||
                AppendedBy(assignment, local.Name) is not { Count: > 0 } appended)
            {
                return null;
            }

            appends ??= new List<(ExpressionSyntax, bool)>();
            foreach (var piece in appended)
            {
                appends.Add((piece, statement.Parent == ownBlock));
            }
        }

        return appends is null ? null : (initial, appends);
    }

    /// <summary>
    /// What an assignment appends to the local <paramref name="name"/>, in order: the right side of <c>name += ...</c>, the
    /// pieces after <c>name</c> in <c>name = name + a + b</c> or <c>name = string.Concat(name, a, b)</c>; null for any
    /// other write.
    /// </summary>
    private static List<ExpressionSyntax>? AppendedBy(AssignmentExpressionSyntax assignment, string name)
    {
        if (assignment.IsKind(SyntaxKind.AddAssignmentExpression))
        {
            return new List<ExpressionSyntax> { assignment.Right };
        }

        if (!assignment.IsKind(SyntaxKind.SimpleAssignmentExpression))
        {
            return null;
        }

        switch (SyntacticValues.Strip(assignment.Right))
        {
            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } added:
                var pieces = new List<ExpressionSyntax>();
                ExpressionSyntax left = added;
                while (left is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } add)
                {
                    pieces.Add(add.Right);
                    left = SyntacticValues.Strip(add.Left);
                }

                if (left is not IdentifierNameSyntax { Identifier.ValueText: var first } || first != name)
                {
                    return null;
                }

                pieces.Reverse();
                return pieces;
            case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Concat", Expression: var type }, ArgumentList.Arguments: { Count: >= 2 } arguments }
                when (type is PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword } || SyntaxNames.Rightmost(type) == "String") &&
                     arguments[0].Expression is IdentifierNameSyntax { Identifier.ValueText: var head } && head == name:
                return arguments.Skip(1).Select(a => a.Expression).ToList();
            default:
                return null;
        }
    }

    /// <summary>
    /// The values a value may take when it chooses between written ones: each arm of a conditional (<c>lab ? "a" : "b"</c>)
    /// or of a switch expression, directly or through the one initializer of a local, field or property; the default value
    /// of a parameter; the initial value of a field that is reassigned later; otherwise the value itself. Each is then resolved and judged on its own, so every written choice is found at its literal.
    /// </summary>
    public IReadOnlyList<IOperation> Alternatives(IOperation value)
    {
        var found = new AlternativeList();
        AddAlternatives(value, found, 0);
        return found.Count > 1 || (found.Count == 1 && found[0] != value) ? found : new[] { value }; // a table of one entry is its entry
    }

    /// <summary>The value a call passes for a parameter, written in the call (not a default the compiler fills in); null when it passes none.</summary>
    private static IOperation? PassedFor(IInvocationOperation call, IParameterSymbol parameter)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && SymbolEqualityComparer.Default.Equals(argument.Parameter?.OriginalDefinition, parameter.OriginalDefinition))
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>The default value written in a parameter's declaration (<c>string password = "..."</c>), bound; null when it has none.</summary>
    public IOperation? WrittenDefault(IParameterSymbol parameter) =>
        parameter.HasExplicitDefaultValue && parameter.DeclaringSyntaxReferences.Length == 1 &&
        parameter.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax { Default.Value: { } written }
            ? _context.GetSemanticModel(written.SyntaxTree).GetOperation(SyntacticValues.Strip(written))
            : null;

    /// <summary>
    /// The alternatives of one walk, with the operations already given theirs at each depth: a value reached again (the
    /// same write of a member reached through each of the members written from it: a chain of settings fields, 16 writes a
    /// step, three steps deep, is 4,096 paths to 256 writes) adds nothing new; and a constant read again adds the same text.
    /// </summary>
    private sealed class AlternativeList : List<IOperation>
    {
        private readonly HashSet<(IOperation, int)> _visited = new();
        private readonly HashSet<ISymbol> _constants = new(SymbolEqualityComparer.Default);

        /// <summary>
        /// Getters followed to what they return on the way to the current value (<c>BrokerPassword =&gt;
        /// CurrentPassword =&gt; Stored =&gt; _password</c>): a getter returning one member is a name for it, not a choice
        /// between values, so it costs no depth; the hops are bounded apart (<see cref="MaxGetterHops"/>).
        /// </summary>
        public int GetterHops { get; set; }

        /// <summary>Whether this operation is reached for the first time at this depth (a constant's read, for the first time at all).</summary>
        public bool FirstVisit(IOperation value, IOperation unwrapped, int depth) =>
            unwrapped is IFieldReferenceOperation { Field: { IsConst: true } constant } ? _constants.Add(constant.OriginalDefinition) : _visited.Add((value, depth));
    }

    private void AddAlternatives(IOperation value, AlternativeList found, int depth)
    {
        var operation = Unwrap(value);
        if (!found.FirstVisit(value, operation, depth))
        {
            return;
        }

        if (depth > 4 || found.Count >= MaxParts || operation is ILiteralOperation or IInterpolatedStringOperation or IBinaryOperation)
        {
            // (a literal, an interpolation or a concatenation is one value: none of the choices below starts there, and
            // trying each in turn cost a written value at a sink more than judging it)
            found.Add(value);
            return;
        }

        switch (operation)
        {
            case IConditionalOperation { WhenFalse: { } whenFalse } conditional when IsString(conditional.Type):
                AddAlternatives(conditional.WhenTrue, found, depth + 1);
                AddAlternatives(whenFalse, found, depth + 1);
                return;
            case ICoalesceOperation { Value: var first, WhenNull: var fallback } coalesce when IsString(coalesce.Type) && Unwrap(fallback) is not IThrowOperation:
                // Password = fromFile ?? "...": the value read, or the fallback written in the code when it is missing
                AddAlternatives(first, found, depth + 1);
                AddAlternatives(fallback, found, depth + 1);
                return;
            case ISwitchExpressionOperation switchExpression when IsString(switchExpression.Type):
                foreach (var arm in switchExpression.Arms)
                {
                    AddAlternatives(arm.Value, found, depth + 1);
                }

                return;
            case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation
                when ViaSymbol(operation) is { } symbol && InitializerOperation(symbol) is { } initializer &&
                     (Unwrap(initializer) is IConditionalOperation or ISwitchExpressionOperation ||
                      (operation is ILocalReferenceOperation && depth < 2 && IsString(operation.Type) && CallsFollowedHelper(initializer)) ||
                      (operation is ILocalReferenceOperation && Unwrap(initializer) is IObjectCreationOperation { Arguments.Length: 1 } held && ValueShapes.IsTextWrapper(held.Constructor))):
                // var password = lab ? "..." : "...": each arm; var token = await Secrets.TokenAsync(): what the helper returns;
                // var communityString = new OctetString(comm): the text it wraps, with that text's choices (a wrapper held by a
                // local is no step of the flow: it costs no depth)
                AddAlternatives(initializer, found, Unwrap(initializer) is IObjectCreationOperation ? depth : depth + 1);
                return;
            case ILocalReferenceOperation { Local: var branchLocal } when depth < 3 && IsString(operation.Type) && InitializerOperation(branchLocal) is null &&
                                                                        AssignedValues(branchLocal) is { Count: > 0 } assignedValues:
                // string password; if (lab) password = "..."; else password = "...";, the arms of a switch statement, a
                // catch's fallback: each value a statement assigns it
                foreach (var assigned in assignedValues)
                {
                    AddAlternatives(assigned, found, depth + 1);
                }

                return;
            case ILocalReferenceOperation { Local: var cellLocal } when IsString(operation.Type) && InitializerOperation(cellLocal) is { } cellValue &&
                                                                      Unwrap(cellValue) is IArrayElementReferenceOperation { Indices.Length: 1 } heldCell &&
                                                                      CellsOfRows(heldCell) is { Count: > 0 }:
                // var psk = network[1]; ... ConnectDhcp(ssid, psk): the row's cell, named first as most join loops do
                AddAlternatives(cellValue, found, depth + 1);
                return;
            case IFieldReferenceOperation { Field: { IsConst: false, DeclaringSyntaxReferences.Length: 1 } field }
                when InitializerOperation(field) is null &&
                     field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initialValue } &&
                     _context.GetSemanticModel(initialValue.SyntaxTree).GetOperation(SyntacticValues.Strip(initialValue)) is { } initial:
                // static string _securityKey = "..."; later reassigned: the initial value ships in the code and is used until then
                found.Add(value);
                found.Add(initial);
                if (depth < 2)
                {
                    // private string _password = ""; public BrokerLink UsePassword(string password) { _password = password.Trim(); ... }:
                    // what the constructors and setters are given replaces it
                    foreach (var constructorValue in ConstructorValuesOf(field))
                    {
                        AddAlternatives(constructorValue, found, depth + 1);
                    }
                }

                if (depth < 3 && field is { IsReadOnly: false } && IsString(field.Type) &&
                    ((field.DeclaredAccessibility == Accessibility.Private && (field.IsStatic || operation is IFieldReferenceOperation { Instance: not null })) ||
                     (field.IsStatic && SyntacticValues.IsCredentialParameterName(field.Name, _context.Settings.SecretNames))))
                {
                    // private string _password = string.Empty; ... _password = "..." in a setup method: every value the type's
                    // code writes into it may be the one here, as for a private field declared without a value; so for a
                    // static one (a static class's Configure()), and a static settings field named as a credential written anywhere
                    foreach (var write in WrittenTo(field))
                    {
                        AddAlternatives(write, found, depth + 1);
                    }
                }

                return;
            case IPropertyReferenceOperation { Property.IsIndexer: true } or IArrayElementReferenceOperation
                when IsString(operation.Type) && LookedUpValues(operation) is { Count: > 0 } values:
                // AccessCodes[serial] of a table written in the code ({ ["01S..."] = "3141..." }): every value it holds
                // ships in the code and may be the one looked up.
                foreach (var element in values)
                {
                    AddAlternatives(element, found, depth + 1);
                }

                return;
            case ILocalReferenceOperation { Local: var lookedUp } when IsString(operation.Type) && OutOfTableLookup(lookedUp) is { Count: > 0 } entries:
                // users.TryGetValue(arg.UserName, out var password) && password == arg.Password, for a table of logins the
                // code fills (users.Add("asha", "...")): every value it holds ships in the code and may be this one.
                foreach (var entry in entries)
                {
                    AddAlternatives(entry, found, depth + 1);
                }

                return;
            case IPropertyReferenceOperation { Property.Name: "Value", Instance: ILocalReferenceOperation { Local: var pairItem } }
                when IsString(operation.Type) && DictionaryOfForEach(pairItem) is { } dictionary && TableValues(dictionary, null) is { Count: > 0 } dictionaryValues:
                // foreach (var kv in Logins) new NetworkCredential(kv.Key, kv.Value), for a dictionary of logins written in the
                // code ({ ["admin"] = "...", ["service"] = "..." }, or filled by Add): every value ships in the code and may be this one.
                foreach (var entryValue in dictionaryValues)
                {
                    AddAlternatives(entryValue, found, depth + 1);
                }

                return;
            case ILocalReferenceOperation { Local: var item } when IsString(operation.Type) && RowsOfForEach(item) is { Length: > 0 } rows &&
                                                                 rows.All(row => IsString(row.Type)):
                // foreach (var password in passwords) ... new NetworkCredential("admin", password), for a list of passwords
                // written in the code ({ "...", "12345", "admin" }): every one ships in the code and may be this one.
                foreach (var row in rows)
                {
                    AddAlternatives(row, found, depth + 1);
                }

                return;
            case ILocalReferenceOperation { Local: var deconstructed } when IsString(operation.Type) && DeconstructedElementsOfForEach(deconstructed) is { Count: > 0 } deconstructedRows:
                // foreach (var (user, password) in FactoryLogins) ... new NetworkCredential(user, password), for
                // (string User, string Password)[] FactoryLogins = { ("admin", "..."), ... }: every row's element may be this one.
                foreach (var row in deconstructedRows)
                {
                    AddAlternatives(row, found, depth + 1);
                }

                return;
            case IFieldReferenceOperation { Field: { ContainingType.IsTupleType: true } element, Instance: ILocalReferenceOperation { Local: var item } }
                when IsString(operation.Type) && TupleElementsOfForEach(item, element) is { Count: > 0 } elements:
                // foreach (var camera in PatrolCameras) ... camera.Password, for (string Host, string User, string Password)[]
                // PatrolCameras = { ("10.40.2.11", "ptz-tour", "...") }: every row's element ships in the code and may be this one.
                foreach (var row in elements)
                {
                    AddAlternatives(row, found, depth + 1);
                }

                return;
            case IArrayElementReferenceOperation { Indices.Length: 1 } rowCell when IsString(operation.Type) && CellsOfRows(rowCell) is { Count: > 0 } cells:
                // foreach (var network in MarinaNetworks) ... ConnectDhcp(network[0], network[1]), for string[][] MarinaNetworks =
                // { new[] { "ssid", "..." }, ... }: every row's cell at that index ships in the code and may be this one; so
                // for Networks[i][1] in a for loop, and for row[^1], the last cell of each row.
                foreach (var cell in cells)
                {
                    AddAlternatives(cell, found, depth + 1);
                }

                return;
            case IInvocationOperation { Arguments.Length: 1 } escaped when IsString(operation.Type) && ValueShapes.TextCallOf(escaped.TargetMethod) == TextCall.Escape:
                // WebUtility.UrlEncode(_keys.ForecastKey): escaping a key of letters and digits leaves its text; each value
                // the escaped member may hold is one this may be
                AddAlternatives(escaped.Arguments[0].Value, found, depth + 1);
                return;
            case ILocalReferenceOperation { Local: var element } when depth < 3 && IsString(operation.Type) && DeconstructedFrom(element) is { Count: > 0 } deconstructions &&
                                                                    deconstructions.SelectMany(d => ElementsOfTuples(d.Value, d.Position, depth)).ToList() is { Count: > 0 } deconstructedElements:
                // var (deviceId, key) = BenchDevice(); for BenchDevice() => ("bench-11", "..."): the element each tuple the
                // helper returns (or the field or property read holds) gives at the variable's position; for variables
                // declared before, each deconstruction that writes them (if (bench) (id, key) = Bench(); else ...)
                foreach (var tupleElement in deconstructedElements)
                {
                    AddAlternatives(tupleElement, found, depth + 1);
                }

                // (user, password) = ReadLogin(); if (string.IsNullOrEmpty(password)) password = "...": the default given
                // when the element is missing ships in the code
                if (InitializerOperation(element) is { } missingDefault)
                {
                    AddAlternatives(missingDefault, found, depth + 1);
                }

                return;
            case IFieldReferenceOperation { Field: { ContainingType.IsTupleType: true } tupleField, Instance: { } tupleHolder }
                when depth < 3 && IsString(operation.Type) && TuplePosition(tupleField) is var elementPosition and >= 0 &&
                     ElementsOfTuples(tupleHolder, elementPosition, depth) is { Count: > 0 } heldElements:
                // Spare.Key of static readonly (string DeviceId, string Key) Spare = ("bench-12", "..."), or Bench().Key
                foreach (var tupleElement in heldElements)
                {
                    AddAlternatives(tupleElement, found, depth + 1);
                }

                return;
            case IInvocationOperation { Instance: { } tidiedChoice } tidy when depth < 3 && IsTrimOfText(tidy) && CallsFollowedHelper(tidiedChoice):
                // (await load()).Trim() of a lambda or helper choosing between values: each value it may return (a written
                // one is judged as written; trimming leaves a written password as it is)
                AddAlternatives(tidiedChoice, found, depth + 1);
                return;
            case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: ILocalReferenceOperation { Local: var chooser } }
                when depth < 3 && IsString(operation.Type) && LambdaReturns(chooser) is { Count: > 1 } lambdaChoices:
                // Func<string> load = () => { try { return File.ReadAllText(path); } catch (IOException) { return "..."; } };
                // load(): each value its returns give (a written fallback in a catch among them)
                foreach (var choice in lambdaChoices)
                {
                    AddAlternatives(choice, found, depth + 1);
                }

                return;
            case IAwaitOperation { Operation: var awaitedChooser }
                when depth < 3 && IsString(operation.Type) &&
                     Unwrap(AwaitedTask(awaitedChooser)) is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: ILocalReferenceOperation { Local: var asyncChooser } } &&
                     LambdaReturns(asyncChooser) is { Count: > 1 } asyncChoices:
                // the same awaited (async () => { try { return await ReadAsync(); } catch (IOException) { return "..."; } })
                foreach (var choice in asyncChoices)
                {
                    AddAlternatives(choice, found, depth + 1);
                }

                return;
            case IAwaitOperation { Operation: var awaited } when depth < 3 && IsString(operation.Type) && Unwrap(AwaitedTask(awaited)) is IInvocationOperation { TargetMethod: { } asyncHelper } &&
                                                                 IsFollowedHelper(asyncHelper) && ChoicesReturned(asyncHelper) is { Count: > 0 } awaitedChoices:
                // await ReadTokenAsync() of async Task<string> ReadTokenAsync() { return "..."; }, or of a helper returning
                // Task.FromResult("..."): the text the task completes with ships in the code as a plain helper's does
                foreach (var choice in awaitedChoices)
                {
                    AddAlternatives(ResultOfCompletedTask(choice), found, depth + 1);
                }

                return;
            case IObjectCreationOperation { Arguments.Length: 1 } wrapper when ValueShapes.IsTextWrapper(wrapper.Constructor) && IsTextOrBytes(wrapper.Arguments[0].Value.Type) &&
                                                                           Unwrap(wrapper.Arguments[0].Value) is not ILiteralOperation:
                // new OctetString(PrivacyPassphrase()): the text it wraps, with the choices that text makes (no step of the
                // flow: it costs no depth)
                AddAlternatives(wrapper.Arguments[0].Value, found, depth);
                return;
            case IConditionalAccessOperation { WhenNotNull: IInvocationOperation { Instance: IConditionalAccessInstanceOperation } called } when IsString(operation.Type):
                // _secrets?.FeedToken(): the helper's value, or null when there is no receiver (its fallback, if any, is the coalesce's)
                AddAlternatives(called, found, depth + 1);
                return;
            case IConditionalAccessOperation { WhenNotNull: IConditionalAccessOperation chained } when IsString(operation.Type):
                AddAlternatives(chained, found, depth); // _rig?.Secrets?.BrokerPassword(): the last call of the chain (its length costs no depth)
                return;
            case IConditionalAccessOperation { WhenNotNull: IMemberReferenceOperation read }
                when IsString(operation.Type) && read is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                // _cfg?.Mqtt?.Password, _cfg?.Mqtt.Password: the member's values, or null when there is no object
                AddAlternatives(read, found, depth + 1);
                return;
            case IInvocationOperation { TargetMethod: { } helper } when depth < 3 && IsString(operation.Type) && IsFollowedHelper(helper) &&
                                                                          ChoicesReturned(helper) is { Count: > 0 } returned:
                // KeyFor(region) => region switch { Europe => "...", _ => "..." }, or the same written with a switch
                // statement or ifs and returns: each value the helper chooses between ships in the code and may be the
                // one returned here. A choice that is the helper's own parameter is what this call passes for it
                // (GetEnv("SQL_PASSWORD", "...") of GetEnv(key, defaultValue) => vars.TryGetValue(key, out var v) ? v : defaultValue).
                var helperChoices = new AlternativeList();
                foreach (var choice in returned)
                {
                    AddAlternatives(choice, helperChoices, depth + 1);
                }

                foreach (var choice in helperChoices)
                {
                    if (Unwrap(choice) is IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol owner } own } &&
                        SymbolEqualityComparer.Default.Equals(owner.OriginalDefinition, helper.OriginalDefinition) &&
                        (PassedFor((IInvocationOperation)operation, own) ?? WrittenDefault(own)) is { } passed)
                    {
                        AddAlternatives(passed, found, depth + 1);
                    }
                    else
                    {
                        found.Add(choice);
                    }
                }

                return;
            case IPropertyReferenceOperation { Property: { IsIndexer: false, GetMethod: { DeclaringSyntaxReferences: { Length: 1 } getterReferences } getter } chosen }
                when depth < 3 && IsString(operation.Type) && getterReferences[0].GetSyntax() is AccessorDeclarationSyntax { Body.Statements: { Count: > 0 } getterStatements } &&
                     !(getterStatements.Count == 1 && getterStatements[0] is ReturnStatementSyntax) &&
                     ChoicesReturned(getter) is { Count: > 1 } getterChoices:
                // get { if (string.IsNullOrEmpty(_token)) return "..."; return _token; } beside set { _token = value; }: the
                // fallback the getter chooses ships in the code, whatever the setter stores (which the field's values give)
                foreach (var choice in getterChoices)
                {
                    AddAlternatives(choice, found, depth + 1);
                }

                if (SyntacticValues.IsCredentialParameterName(chosen.Name, _context.Settings.SecretNames))
                {
                    foreach (var write in WrittenTo(chosen))
                    {
                        AddAlternatives(write, found, depth + 1);
                    }
                }

                return;
            case IPropertyReferenceOperation { Property.IsIndexer: false } builtMember when IsString(operation.Type) && MemberOfBuiltObject(builtMember) is { } builtValue:
                // cloud.ApiKey where cloud = new("https://...", "...") or new() { ApiKey = "..." }: the value this object was
                // built with, not every value the code writes into the property for other objects
                AddAlternatives(builtValue, found, depth + 1);
                return;
            case IPropertyReferenceOperation { Property.IsIndexer: false } pickedMember when IsString(operation.Type) && BuiltObjectChoices(pickedMember) is { Count: > 0 } pickedValues:
                // (FromFlash() ?? Bench).Password, (gate ? Gate : Yard).Pwd: the values of the objects it may be
                foreach (var picked in pickedValues)
                {
                    AddAlternatives(picked, found, depth + 1);
                }

                return;
            case IMemberReferenceOperation
                {
                    Member: IPropertySymbol { IsIndexer: false, DeclaringSyntaxReferences.Length: > 0 } or
                            IFieldSymbol { IsStatic: false, IsConst: false, IsReadOnly: false, DeclaringSyntaxReferences.Length: > 0 },
                    Member: var property, Instance: { } instance,
                }
                when depth < 3 && !IsBuiltHere(instance) &&
                     (SyntacticValues.IsCredentialParameterName(property.Name, _context.Settings.SecretNames) || IsConnectionStringName(property.Name)) &&
                     WrittenTo(property) is { Length: > 0 } writes:
                // _options.Password of the team's options type, read at a sink: every value the code writes into that
                // property (new MqttOptions { Password = "..." } in a factory, options.Password = "...") may be the one here;
                // so for a connection string (new NpgsqlConnection(_options.ShowDbConnection), a documentation sample's
                // string written into it by a bench factory);
                // so for a settable field of the type (new SiloUplink { BrokerPassword = "..." } read as BrokerPassword).
                // So for a loop's variable (foreach (var config in Configure()) ... config.PIN1): the objects come from elsewhere.
                foreach (var write in writes)
                {
                    AddAlternatives(write, found, depth + 1);
                }

                if (property is IPropertySymbol { SetMethod: not null } settable && found.GetterHops < MaxGetterHops && IsString(operation.Type) &&
                    ReturnedByGetter(settable) is { } backing && Unwrap(backing) is IFieldReferenceOperation)
                {
                    // get => _password; set => _password = value;: what the type writes into the field directly reaches here too
                    AddGetterReturns(backing, found, depth);
                }

                found.Add(value);
                return;
            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
                when depth < 4 && MemberOfBuiltObject((IMemberReferenceOperation)operation) is { } builtValue && Unwrap(builtValue) is IConditionalOperation or ISwitchExpressionOperation:
                // s.Password = lab ? "..." : "..." on a settings object built in a local: each written arm
                AddAlternatives(builtValue, found, depth + 1);
                return;
            case IMemberReferenceOperation { Member: IPropertySymbol { IsStatic: true, IsIndexer: false, SetMethod: not null, DeclaringSyntaxReferences.Length: > 0 } or
                                                     IFieldSymbol { IsStatic: true, IsConst: false, IsReadOnly: false, DeclaringSyntaxReferences.Length: > 0 },
                                              Member: var staticProperty, Instance: null }
                when depth < 3 && SyntacticValues.IsCredentialParameterName(staticProperty.Name, _context.Settings.SecretNames) && WrittenTo(staticProperty) is { Length: > 0 } staticWrites:
                // WifiConfig.Password, a static settings property written elsewhere (WifiConfig.Password = "..." in Main, or
                // by the type's own method): every value the code writes into it may be the one here, its initializer too.
                foreach (var write in staticWrites)
                {
                    AddAlternatives(write, found, depth + 1);
                }

                found.Add(value);
                return;
            case IPropertyReferenceOperation { Property: { IsIndexer: false, DeclaringSyntaxReferences.Length: 1 } getter }
                when depth < 3 && found.GetterHops < MaxGetterHops && IsString(operation.Type) && ReturnedByGetter(getter) is { } returned &&
                     (Unwrap(returned) is ICoalesceOperation { Value: var read } ? Unwrap(read) : Unwrap(returned)) is
                         IFieldReferenceOperation { Field: { IsConst: false, IsReadOnly: false, DeclaringSyntaxReferences.Length: > 0 } } or
                         IPropertyReferenceOperation { Property: { IsIndexer: false, DeclaringSyntaxReferences.Length: > 0 } }:
                // public string ApnPassword => _apnPassword; over a field its type's setup methods write (or another object's:
                // a view's BrokerPassword => _link._password; or with a fallback: _password ?? "..."; or through another
                // getter: BrokerPassword => CurrentPassword, any number of getters deep). A property with a setter
                // (get => _f; set => _f = value) also takes what is written into its field directly; what is written into
                // the property is its own writes, read as a settable member's below.
                AddGetterReturns(returned, found, depth);
                if (getter.SetMethod is not null)
                {
                    found.Add(value);
                }

                return;
            case IFieldReferenceOperation { Field: { IsStatic: false, IsConst: false, IsReadOnly: false, DeclaredAccessibility: Accessibility.Private, DeclaringSyntaxReferences.Length: 1 } ownField, Instance: not null }
                when depth < 3 && IsString(ownField.Type) && WrittenTo(ownField) is { Length: > 0 } ownWrites:
                // private string _kilnPsk; ... _kilnPsk = "..." in a setup method or a setter of the type, read at a sink by
                // another of its methods (or on another object of the type: tower._towerPsk): every value the type's code
                // writes into it may be the one here (a private field is written only by its type, so the writes are few and
                // all in sight)
                foreach (var write in ownWrites)
                {
                    AddAlternatives(write, found, depth + 1);
                }

                found.Add(value);
                return;
            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }
                when depth < 2 && ViaSymbol(operation) is { } member && InitializerOperation(member) is null && ConstructorValuesOf(member) is { Count: > 0 } given:
                // private string _apiKey; public ThingSpeak(string apiKey) { _apiKey = apiKey; }: what the new(...) calls pass,
                // and what each constructor writes (a bench constructor's _password = "...")
                foreach (var constructorValue in given)
                {
                    AddAlternatives(constructorValue, found, depth + 1);
                }

                found.Add(value);
                return;
            case IParameterReferenceOperation { Parameter: { } parameter }:
                // Join(string password = "...") => Connect(ssid, password): the default ships in the code.
                if (WrittenDefault(parameter) is { } defaultValue)
                {
                    found.Add(defaultValue);
                }

                // if (string.IsNullOrEmpty(password)) password = BenchPassword;: the default the function gives a missing value
                if (parameter.DeclaringSyntaxReferences.Length == 1 && parameter.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax { Parent.Parent: { } function } &&
                    SyntacticValues.GivenDefault(function, parameter.Name) is { } givenDefault &&
                    _context.GetSemanticModel(givenDefault.SyntaxTree).GetOperation(SyntacticValues.Strip(givenDefault)) is { } givenValue &&
                    !(Unwrap(givenValue) is IParameterReferenceOperation { Parameter: var itself } && SymbolEqualityComparer.Default.Equals(itself, parameter)))
                {
                    // The default is given in the same function, as a coalesce's fallback is: it costs no depth, so a
                    // member it reads is followed as far as one read at the sink (password = Password, a static field
                    // the constructor sets, to the new(...) calls).
                    AddAlternatives(givenValue, found, depth);
                }

                // A helper's secret-named parameter (Post(url, sasToken) => Headers.Add("Authorization", sasToken)): the
                // values its callers in this compilation pass it are the values that reach the sink.
                if (parameter.ContainingSymbol is IMethodSymbol method && IsFollowedHelper(method) && depth < 3 && !IsReassigned(parameter) &&
                    SyntacticValues.IsCredentialParameterName(parameter.Name, _context.Settings.SecretNames))
                {
                    foreach (var call in CallSites(method, parameter.OriginalDefinition))
                    {
                        foreach (var argument in call.Arguments)
                        {
                            if (argument.ArgumentKind == ArgumentKind.Explicit && SymbolEqualityComparer.Default.Equals(argument.Parameter?.OriginalDefinition, parameter.OriginalDefinition))
                            {
                                AddAlternatives(argument.Value, found, depth + 1);
                            }
                        }
                    }
                }

                // A wrapper's constructor parameter (new InfluxClient(url, "...") => new InfluxDBClient(url, token)): the
                // values the new(...) calls in this compilation pass it.
                if (parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.Constructor, IsStatic: false, DeclaringSyntaxReferences.Length: > 0 } constructor &&
                    depth < 3 && !IsReassigned(parameter) && SyntacticValues.IsCredentialParameterName(parameter.Name, _context.Settings.SecretNames))
                {
                    foreach (var creation in Creations(constructor, parameter.Ordinal))
                    {
                        foreach (var argument in creation)
                        {
                            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter?.Ordinal == parameter.Ordinal)
                            {
                                AddAlternatives(argument.Value, found, depth + 1);
                            }
                        }
                    }
                }

                found.Add(value); // the parameter itself: no value of its own, judged as nothing
                return;
            default:
                found.Add(value);
                return;
        }
    }

    /// <summary>
    /// The alternatives of what a getter returns, at the getter's own depth (a getter returning one member is a name for it),
    /// one hop further along <see cref="AlternativeList.GetterHops"/>.
    /// </summary>
    private void AddGetterReturns(IOperation returned, AlternativeList found, int depth)
    {
        found.GetterHops++;
        AddAlternatives(returned, found, depth);
        found.GetterHops--;
    }

    /// <summary>
    /// What a property's getter returns: its value when it has one (<see cref="InitializerOperation"/>: a get-only
    /// property's <c>=&gt; _password</c>), or, beside a setter, what the getter reads (<c>get =&gt; _password; set =&gt;
    /// _password = value;</c>: the field holds both what the setter stores and what the type writes into it directly).
    /// </summary>
    private IOperation? ReturnedByGetter(IPropertySymbol property)
    {
        if (property.SetMethod is null)
        {
            return InitializerOperation(property);
        }

        return property.DeclaringSyntaxReferences[0].GetSyntax() is PropertyDeclarationSyntax declaration && SyntacticValues.GetterReturns(declaration) is { } returned
            ? _context.GetSemanticModel(returned.SyntaxTree).GetOperation(returned)
            : null;
    }

    /// <summary>
    /// The values of the table a local is looked up from when it is the out variable of a dictionary's
    /// <c>TryGetValue(key, out var local)</c> (under a written key, that entry's); empty otherwise.
    /// </summary>
    public List<IOperation> OutOfTableLookup(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences.Length != 1 || LookupFilling(local, local.DeclaringSyntaxReferences[0].GetSyntax()) is not { } call ||
            call.Expression is not MemberAccessExpressionSyntax access ||
            _context.GetSemanticModel(call.SyntaxTree).GetOperation(access.Expression) is not { } table || ViaSymbol(Unwrap(table)) is not { } symbol)
        {
            return new List<IOperation>();
        }

        var key = _context.GetSemanticModel(call.SyntaxTree).GetConstantValue(call.ArgumentList.Arguments[0].Expression) is { HasValue: true, Value: { } written } ? written : null;
        return TableValues(symbol, key);
    }

    /// <summary>
    /// The <c>table.TryGetValue(key, out local)</c> call that gives a local its value: declared in the call
    /// (<c>out var password</c>), or declared before without a value of its own (<c>string stored; ... out stored</c>) and
    /// given one by that call alone; null otherwise.
    /// </summary>
    private static InvocationExpressionSyntax? LookupFilling(ILocalSymbol local, SyntaxNode declared)
    {
        ArgumentSyntax? argument = declared switch
        {
            SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax inCall } } => inCall,
            VariableDeclaratorSyntax { Initializer: null or { Value: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NullLiteralExpression or (int)SyntaxKind.DefaultLiteralExpression } } } before
                when before.FirstAncestorOrSelf<BlockSyntax>() is { } block =>
                block.DescendantNodes().OfType<ArgumentSyntax>().Where(a => a.Expression is IdentifierNameSyntax { Identifier.ValueText: var name } && name == local.Name && a.RefKindKeyword.IsKind(SyntaxKind.OutKeyword))
                    .Take(2).ToList() is { Count: 1 } only && WritesIn(block, local.Name, before, bareNameOnly: true).All(write => write == only[0]) ? only[0] : null,
            _ => null,
        };
        return argument is { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword } &&
               argument.Parent?.Parent is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "TryGetValue" }, ArgumentList.Arguments.Count: 2 } call
            ? call
            : null;
    }

    /// <summary>
    /// The values of a table looked up by an indexer or an array element (<c>Codes[serial]</c>, <c>Passwords[i]</c>), when
    /// the table is a field, property or local whose initializer writes them: a dictionary's <c>["key"] = "value"</c> or
    /// <c>{ "key", "value" }</c> entries, an array's elements. Empty when the table is built elsewhere.
    /// </summary>
    private List<IOperation> LookedUpValues(IOperation lookup)
    {
        var values = new List<IOperation>();
        var table = lookup switch
        {
            IPropertyReferenceOperation { Instance: { } instance } => instance,
            IArrayElementReferenceOperation { ArrayReference: var array } => array,
            _ => null,
        };
        if (table is null || ViaSymbol(Unwrap(table)) is not { } symbol)
        {
            return values;
        }

        // A key or index written at the lookup (Defaults["cloud.password"], Passwords[0]) picks its one entry.
        var key = lookup switch
        {
            IPropertyReferenceOperation { Arguments.Length: 1 } indexer when indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: { } written } => written,
            IArrayElementReferenceOperation { Indices.Length: 1 } element when element.Indices[0].ConstantValue is { HasValue: true, Value: int index } => index,
            _ => null,
        };
        return TableValues(symbol, key);
    }

    /// <summary>
    /// The text values a table (a dictionary, list or array held in a field or local) is given in the code: its initializer's
    /// entries and elements, and for a dictionary the values its own code adds (<c>users.Add("asha", "...")</c>,
    /// <c>users["asha"] = "..."</c>, <c>TryAdd</c>) in the field's type or the local's function. Under a written key, only
    /// that entry's. Empty when there are more than <see cref="MaxParts"/>.
    /// </summary>
    private List<IOperation> TableValues(ISymbol symbol, object? key)
    {
        var values = new List<IOperation>();
        AddWrittenEntries(symbol, values, key);
        if (InitializerOperation(symbol) is not { } initializer)
        {
            return values.Count > MaxParts ? new List<IOperation>() : values;
        }

        switch (Unwrap(initializer))
        {
            case IObjectOrCollectionInitializerOperation { } direct:
                AddInitializerValues(direct, values, key);
                break;
            case IObjectCreationOperation { Initializer: { } objectInitializer }:
                AddInitializerValues(objectInitializer, values, key);
                break;
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                values.AddRange(ElementsAt(arrayInitializer, key));
                break;
            case IArrayInitializerOperation elements: // string[] a = { "..." }
                values.AddRange(ElementsAt(elements, key));
                break;
        }

        static IEnumerable<IOperation> ElementsAt(IArrayInitializerOperation elements, object? key) =>
            key is int index
                ? elements.ElementValues.Skip(index).Take(1).Where(e => IsString(e.Type))
                : elements.ElementValues.Where(e => IsString(e.Type));

        return values.Count > MaxParts ? new List<IOperation>() : values;
    }

    /// <summary>
    /// Whether the object a member is read from is one a local variable holds (built in place, and read by
    /// <see cref="MemberOfBuiltObject"/>); a loop's variable (<c>foreach (var config in Configure())</c>) is not, nor is
    /// this object: their objects are built elsewhere.
    /// </summary>
    private static bool IsBuiltHere(IOperation instance) => Unwrap(instance) switch
    {
        // this.MqttPassword of a type configured by property assignment (gateway.MqttPassword = "..."; gateway.Start()):
        // its writes are made elsewhere
        IInstanceReferenceOperation => false,
        // A local is built here when it is created here (var s = new Settings { ... }) and not handed to a call that fills it;
        // one taken from elsewhere (var config = options.Value; var settings = _service.CurrentSettings; a loop's row)
        // holds an object built elsewhere.
        ILocalReferenceOperation { Local: var local } => !(local.DeclaringSyntaxReferences.Length == 1 &&
                                                           local.DeclaringSyntaxReferences[0].GetSyntax() is ForEachStatementSyntax or VariableDeclaratorSyntax { Initializer: not null } &&
                                                           (local.DeclaringSyntaxReferences[0].GetSyntax() is ForEachStatementSyntax || IsHandedOut(local.DeclaringSyntaxReferences[0].GetSyntax()) ||
                                                            !IsCreation(((VariableDeclaratorSyntax)local.DeclaringSyntaxReferences[0].GetSyntax()).Initializer!.Value))),
        _ => false,
    };

    /// <summary>An object made by the expression itself: <c>new T(...)</c>, <c>new(...)</c>, a <c>with</c> copy, or a choice between such.</summary>
    private static bool IsCreation(ExpressionSyntax value) => SyntacticValues.Strip(value) switch
    {
        BaseObjectCreationExpressionSyntax or WithExpressionSyntax => true,
        ConditionalExpressionSyntax conditional => IsCreation(conditional.WhenTrue) || IsCreation(conditional.WhenFalse),
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce => IsCreation(coalesce.Left) || IsCreation(coalesce.Right),
        _ => false,
    };

    /// <summary>
    /// Whether the local declared by <paramref name="declarator"/> is passed whole to a call in its scope
    /// (<c>var options = new FibaroClientOptions(); configure(options);</c>, <c>section.Bind(options)</c>): the object is
    /// then filled by code elsewhere (a caller's <c>o =&gt; { o.Password = ... }</c>), so its members take the values
    /// written into them anywhere.
    /// </summary>
    private static bool IsHandedOut(SyntaxNode declarator)
    {
        // a local in its block; a field in its type's declaration (configure(_options) in the constructor)
        if (declarator is not VariableDeclaratorSyntax { Identifier.ValueText: var name } ||
            (declarator.Parent?.Parent is FieldDeclarationSyntax ? declarator.FirstAncestorOrSelf<TypeDeclarationSyntax>() : (SyntaxNode?)declarator.FirstAncestorOrSelf<BlockSyntax>()) is not { } scope)
        {
            return false;
        }

        foreach (var node in scope.DescendantNodes())
        {
            if (node is ArgumentSyntax { RefKindKeyword.RawKind: 0, Expression: var passed } &&
                passed is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } && SyntaxNames.Rightmost(passed) == name &&
                node.Parent?.Parent is InvocationExpressionSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The rows a <c>foreach</c> variable takes from a table written in the code: the elements of the array or collection
    /// initializer of the local, field or property the loop reads (<c>foreach (var p in passwords)</c> with
    /// <c>passwords = new() { "...", "..." }</c>); empty for any other variable or collection.
    /// </summary>
    private ImmutableArray<IOperation> RowsOfForEach(ILocalSymbol item) =>
        item.DeclaringSyntaxReferences.Length == 1 && item.DeclaringSyntaxReferences[0].GetSyntax() is ForEachStatementSyntax { Expression: var collection }
            ? RowsOf(collection)
            : ImmutableArray<IOperation>.Empty;

    /// <summary>
    /// The dictionary (a field, property or local) a loop's pair variable reads: <c>foreach (var kv in Logins)</c> over a
    /// <c>Dictionary&lt;string, string&gt;</c>; null for any other variable or collection.
    /// </summary>
    private ISymbol? DictionaryOfForEach(ILocalSymbol item) =>
        item.Type is INamedTypeSymbol { Name: "KeyValuePair", ContainingNamespace.Name: "Generic" } &&
        item.DeclaringSyntaxReferences.Length == 1 && item.DeclaringSyntaxReferences[0].GetSyntax() is ForEachStatementSyntax { Expression: var collection } &&
        _context.GetSemanticModel(collection.SyntaxTree).GetOperation(SyntacticValues.Strip(collection)) is { } table
            ? ViaSymbol(Unwrap(table))
            : null;

    /// <summary>The rows of the table a loop reads (<see cref="AddRows"/>), none when it holds more than a value has parts.</summary>
    private ImmutableArray<IOperation> RowsOf(ExpressionSyntax collection)
    {
        if (_context.GetSemanticModel(collection.SyntaxTree).GetOperation(SyntacticValues.Strip(collection)) is not { } table)
        {
            return ImmutableArray<IOperation>.Empty;
        }

        var rows = ImmutableArray.CreateBuilder<IOperation>();
        AddRows(table, rows, depth: 0);
        return rows.Count > MaxParts ? ImmutableArray<IOperation>.Empty : rows.ToImmutable();
    }

    /// <summary>
    /// The rows of a table written in the code (<see cref="RowsOfForEach"/>): a local's, field's or property's only value,
    /// or a collection built in place (<c>new[] { "...", "..." }</c>); a collection expression's spread element
    /// (<c>["...", .. Factory]</c>) adds the rows of the table it spreads, two tables deep.
    /// </summary>
    private void AddRows(IOperation table, ImmutableArray<IOperation>.Builder rows, int depth)
    {
        // var communitiesToTry = new List<string>(); ... communitiesToTry.Add(community);: a local list the function fills
        // holds what each Add gives it (a parameter's default, the rows of another table copied in a loop).
        if (Unwrap(table) is ILocalReferenceOperation { Local: var list } && AddedTo(list) is { Count: > 0 } added)
        {
            rows.AddRange(added);
        }

        var initializer = ViaSymbol(Unwrap(table)) is { } symbol ? InitializerOperation(symbol) : table;
        switch (initializer is null ? null : Unwrap(initializer))
        {
            case IArrayCreationOperation { Initializer: { } arrayInitializer }:
                rows.AddRange(arrayInitializer.ElementValues);
                return;
            case IArrayInitializerOperation elements:
                rows.AddRange(elements.ElementValues);
                return;
            case IObjectCreationOperation { Initializer: { } collectionInitializer }:
                rows.AddRange(collectionInitializer.Initializers.Select(entry => entry is IInvocationOperation { Arguments.Length: 1 } add ? add.Arguments[0].Value : entry));
                return;
            case { Syntax: CollectionExpressionSyntax } collectionExpression:
                // ["...", "..."]: a collection expression (an operation of its own only after Roslyn 4.8; its elements are its children)
                foreach (var element in collectionExpression.ChildOperations)
                {
                    if (element.Syntax is SpreadElementSyntax)
                    {
                        if (depth < 2 && rows.Count <= MaxParts && element.ChildOperations.FirstOrDefault() is { } spread)
                        {
                            AddRows(spread, rows, depth + 1);
                        }
                    }
                    else
                    {
                        rows.Add(element);
                    }
                }

                return;
        }
    }

    /// <summary>
    /// The value a lambda held by a local returns when it has one return (<c>Func&lt;string&gt; bench = () =&gt; "..."</c>, or a
    /// block body of one <c>return</c>); null for any other local, or a local given another value. Its arguments only choose
    /// (<c>pick(lab)</c> with <c>isLab =&gt; isLab ? "..." : "..."</c>): a returned value made of its parameters is a run-time value.
    /// </summary>
    private IOperation? LambdaReturn(ILocalSymbol holder) =>
        LambdaReturns(holder) is { Count: 1 } returns ? returns[0] : null; // (its one return may sit in a try, a lock or a switch section)

    /// <summary>
    /// The values the returns of a lambda held by a local give, anywhere in its block body (in a <c>try</c> and its
    /// <c>catch</c>, in an <c>if</c>'s branches; not in a function nested in it; an expression body is its one return), at
    /// most <see cref="MaxParts"/>; empty for any other local, or a local given another value.
    /// </summary>
    private List<IOperation> LambdaReturns(ILocalSymbol holder)
    {
        var returned = new List<IOperation>();
        if (InitializerOperation(holder) is not { } made ||
            (Unwrap(made) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation delegated } ? delegated : Unwrap(made) as IAnonymousFunctionOperation) is not { Body: { } body, Syntax: var lambda })
        {
            return returned;
        }

        foreach (var descendant in body.Descendants())
        {
            if (descendant is IReturnOperation { ReturnedValue: { } value } &&
                descendant.Syntax.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) == lambda)
            {
                if (returned.Count >= MaxParts)
                {
                    return new List<IOperation>();
                }

                returned.Add(value);
            }
        }

        return returned;
    }

    /// <summary>
    /// The values a local collection is given by <c>Add</c> calls of one argument in the block that declares it
    /// (<c>communitiesToTry.Add(community)</c>), in order, when it is made empty or with elements written in place
    /// (<c>new List&lt;string&gt;()</c>, <c>new() { ... }</c>, <c>[]</c>); none when it is given another value or more
    /// than <see cref="MaxParts"/> calls add to it.
    /// </summary>
    private List<IOperation> AddedTo(ILocalSymbol list)
    {
        var added = new List<IOperation>();
        if (list.DeclaringSyntaxReferences is not { Length: 1 } references ||
            references[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var made } declarator ||
            SyntacticValues.Strip(made) is not (BaseObjectCreationExpressionSyntax or CollectionExpressionSyntax) ||
            declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } block)
        {
            return added;
        }

        if (block.DescendantNodes().Any(node => node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: var assigned } } && assigned == list.Name))
        {
            return added; // given another list: what it holds is not read here
        }

        var model = _context.GetSemanticModel(block.SyntaxTree);
        foreach (var value in SyntacticValues.ValuesAddedTo(block, list.Name))
        {
            if (added.Count >= MaxParts)
            {
                return new List<IOperation>();
            }

            if (model.GetOperation(value) is { } operation)
            {
                added.Add(operation);
            }
        }

        return added;
    }

    /// <summary>
    /// The tuple rows' elements a variable deconstructed by a <c>foreach</c> takes (<c>foreach (var (user, password) in
    /// FactoryLogins)</c>, <c>foreach ((string user, string password) in ...)</c>), at the variable's position, when the
    /// loop reads a table written in the code (<see cref="RowsOfForEach"/>). Empty for any other variable.
    /// </summary>
    private List<IOperation> DeconstructedElementsOfForEach(ILocalSymbol item)
    {
        var values = new List<IOperation>();
        if (item.DeclaringSyntaxReferences.Length != 1 || item.DeclaringSyntaxReferences[0].GetSyntax() is not SingleVariableDesignationSyntax single)
        {
            return values;
        }

        int position;
        ForEachVariableStatementSyntax? loop;
        if (single.Parent is ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ForEachVariableStatementSyntax deconstructing } } designation)
        {
            position = designation.Variables.IndexOf(single); // var (user, password)
            loop = deconstructing;
        }
        else if (single.Parent is DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax { Parent: ForEachVariableStatementSyntax typed } tuple } argument })
        {
            position = tuple.Arguments.IndexOf(argument); // (string user, string password)
            loop = typed;
        }
        else
        {
            return values;
        }

        foreach (var row in RowsOf(loop.Expression))
        {
            if (DeconstructedElement(row, position) is { } element)
            {
                values.Add(element);
            }
        }

        // a dictionary's values its own code adds (Fallback.Add("svc", "...")), deconstructed as (user, password)
        if (position == 1 && _context.GetSemanticModel(loop.SyntaxTree).GetOperation(SyntacticValues.Strip(loop.Expression)) is { } table &&
            ViaSymbol(Unwrap(table)) is { } tableSymbol)
        {
            AddWrittenEntries(tableSymbol, values, key: null);
        }

        return values.Count > MaxParts ? new List<IOperation>() : values;
    }

    /// <summary>
    /// The element a row gives a deconstruction at <paramref name="position"/>: a tuple's element, a positional record's or
    /// a <c>KeyValuePair</c>'s constructor argument (<c>new("viewer", "...")</c>, deconstructed in its parameters' order), a
    /// dictionary initializer's key or value (<c>["svc"] = "..."</c>, <c>{ "svc", "..." }</c>); null for any other row.
    /// </summary>
    private static IOperation? DeconstructedElement(IOperation row, int position) => Unwrap(row) switch
    {
        ITupleOperation { Elements: var elements } when position < elements.Length => elements[position],
        IObjectCreationOperation { Constructor: { } constructor, Arguments: var arguments } when position < arguments.Length &&
                                                                                         (constructor.ContainingType.IsRecord || constructor.ContainingType.Name == "KeyValuePair") =>
            arguments.FirstOrDefault(a => a.Parameter?.Ordinal == position)?.Value,
        ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer, Value: var value } =>
            position == 0 ? indexer.Arguments[0].Value : position == 1 ? value : null,
        IInvocationOperation { Arguments.Length: 2 } add when position < 2 => add.Arguments[position].Value,
        _ => null,
    };

    /// <summary>A value that holds no text: <c>""</c>, <c>string.Empty</c>, <c>null</c> or <c>default</c>.</summary>
    /// <summary>
    /// The value whose text another keeps: <c>token ?? ""</c>, <c>apiKey ?? string.Empty</c>, <c>key ?? throw ...</c> (the
    /// value itself, or none), <c>token.Trim()</c> and <c>token?.Trim()</c> (the text without its surrounding blanks); null
    /// for any other value. The resolver reads through it, and so do the readings of a connection string's holes.
    /// </summary>
    internal static IOperation? KeptOperand(IOperation value) => Unwrap(value) switch
    {
        ICoalesceOperation kept when IsString(kept.Type) && (Unwrap(kept.WhenNull) is IThrowOperation || IsEmptyText(kept.WhenNull)) => kept.Value,
        IInvocationOperation { Instance: { } trimmed } trim when IsTrimOfText(trim) => trimmed,
        IConditionalAccessOperation { Operation: var receiver, WhenNotNull: IInvocationOperation { Instance: IConditionalAccessInstanceOperation } trimIfAny } when IsTrimOfText(trimIfAny) => receiver,
        _ => null,
    };

    private static bool IsEmptyText(IOperation value) => Unwrap(value) switch
    {
        { ConstantValue: { HasValue: true, Value: null or "" } } => true,
        IFieldReferenceOperation { Field: { Name: "Empty", ContainingType.SpecialType: SpecialType.System_String } } => true,
        IDefaultValueOperation => true,
        _ => false,
    };

    /// <summary>The position of a tuple's element (a named element and its <c>ItemN</c> field stand for the same one), or -1.</summary>
    private static int TuplePosition(IFieldSymbol element)
    {
        var tupleElements = element.ContainingType.TupleElements;
        for (var i = 0; i < tupleElements.Length; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(tupleElements[i].CorrespondingTupleField ?? tupleElements[i], element.CorrespondingTupleField ?? element))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The value a local deconstructed outside a loop is given from (<c>var (id, key) = Bench();</c>, <c>(string id, string
    /// key) = Spare;</c>) with the local's position in it, when that value is not a tuple written in place (which
    /// <see cref="SyntacticValues.DeconstructedValue"/> reads); (null, -1) for any other local.
    /// </summary>
    private IReadOnlyList<(IOperation Value, int Position)> DeconstructedFrom(ILocalSymbol local)
    {
        if (local.DeclaringSyntaxReferences is { Length: 1 } declared && declared[0].GetSyntax() is VariableDeclaratorSyntax { Initializer: null } declarator)
        {
            return DeconstructedInto(local, declarator);
        }

        if (local.DeclaringSyntaxReferences is not { Length: 1 } references || references[0].GetSyntax() is not SingleVariableDesignationSyntax designation)
        {
            return System.Array.Empty<(IOperation, int)>();
        }

        var (left, position) = designation.Parent switch
        {
            ParenthesizedVariableDesignationSyntax { Parent: DeclarationExpressionSyntax declaration } list => ((ExpressionSyntax?)declaration, list.Variables.IndexOf(designation)),
            DeclarationExpressionSyntax { Parent: ArgumentSyntax { Parent: TupleExpressionSyntax tuple } argument } => (tuple, tuple.Arguments.IndexOf(argument)),
            _ => (null, -1),
        };
        if (left?.Parent is not AssignmentExpressionSyntax { Right: var right } assignment || assignment.Left != left || position < 0 ||
            SyntacticValues.Strip(right) is TupleExpressionSyntax)
        {
            return System.Array.Empty<(IOperation, int)>();
        }

        var scope = (SyntaxNode?)designation.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax) ?? designation.SyntaxTree.GetRoot();
        return IsWrittenIn(scope, local.Name, assignment, bareNameOnly: true) || _context.GetSemanticModel(right.SyntaxTree).GetOperation(SyntacticValues.Strip(right)) is not { } value
            ? System.Array.Empty<(IOperation, int)>()
            : new[] { (value, position) };
    }

    /// <summary>
    /// The values a local declared without a value is given by the deconstructions in its block that write it
    /// (<c>string id, key; (id, key) = Spare();</c>, or one per branch of a choice, a tuple written in place on one of them:
    /// <c>else (id, key) = (cfg["hub:id"], cfg["hub:key"]);</c>), each with the local's position in it (at most
    /// <see cref="MaxDeconstructions"/>).
    /// </summary>
    private IReadOnlyList<(IOperation Value, int Position)> DeconstructedInto(ILocalSymbol local, VariableDeclaratorSyntax declarator)
    {
        if (local.IsConst || declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } block ||
            !DeconstructionWrites(block).TryGetValue(local.Name, out var writes) || writes.Count > MaxDeconstructions)
        {
            return System.Array.Empty<(IOperation, int)>();
        }

        // the block's deconstructions into declared locals, indexed once: a block of many such locals is read once, not once per local
        var values = new List<(IOperation, int)>(writes.Count);
        foreach (var deconstruction in writes)
        {
            if (deconstruction is not { Left: TupleExpressionSyntax targets, Right: var right })
            {
                return System.Array.Empty<(IOperation, int)>();
            }

            for (var i = 0; i < targets.Arguments.Count; i++)
            {
                if (targets.Arguments[i].Expression is IdentifierNameSyntax target && target.Identifier.ValueText == local.Name &&
                    _context.GetSemanticModel(right.SyntaxTree).GetOperation(SyntacticValues.Strip(right)) is { } value)
                {
                    values.Add((value, i));
                    break;
                }
            }
        }

        return values;
    }

    /// <summary>How many deconstructions into one declared local are read (the branches of a choice: a few).</summary>
    private const int MaxDeconstructions = 4;

    /// <summary>
    /// The names a block's deconstructions write (<c>(id, key) = Spare();</c>, here or in its nested statements), each with
    /// the deconstructions that write it, read once per block.
    /// </summary>
    private static Dictionary<string, List<AssignmentExpressionSyntax>> DeconstructionWrites(BlockSyntax block) =>
        DeconstructionIndexes.GetValue(block, b =>
        {
            var names = new Dictionary<string, List<AssignmentExpressionSyntax>>(System.StringComparer.Ordinal);
            foreach (var token in b.DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.CloseParenToken) && token.Parent is TupleExpressionSyntax { Parent: AssignmentExpressionSyntax assignment } targets &&
                    assignment.Left == targets)
                {
                    foreach (var argument in targets.Arguments)
                    {
                        if (argument.Expression is IdentifierNameSyntax name)
                        {
                            var text = name.Identifier.ValueText;
                            if (!names.TryGetValue(text, out var writes))
                            {
                                names[text] = writes = new List<AssignmentExpressionSyntax>();
                            }

                            writes.Add(assignment);
                        }
                    }
                }
            }

            return names;
        });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BlockSyntax, Dictionary<string, List<AssignmentExpressionSyntax>>> DeconstructionIndexes = new();

    /// <summary>
    /// The names a block's own statements give a default when they are missing (<c>if (string.IsNullOrEmpty(key)) key =
    /// "...";</c>, <c>key ??= "...";</c>), read once per block.
    /// </summary>
    private static HashSet<string> DefaultedNames(BlockSyntax block) =>
        DefaultedNameIndexes.GetValue(block, b =>
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var statement in b.Statements)
            {
                switch (statement)
                {
                    case ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceAssignmentExpression, Left: IdentifierNameSyntax coalesced } }:
                        names.Add(coalesced.Identifier.ValueText);
                        break;
                    case IfStatementSyntax choice:
                        foreach (var assigned in (choice.Statement is BlockSyntax inner ? inner.Statements : SyntaxFactory.SingletonList(choice.Statement)))
                        {
                            if (assigned is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } defaulted } &&
                                SyntacticValues.IsMissingDefault(defaulted, target.Identifier.ValueText))
                            {
                                names.Add(target.Identifier.ValueText);
                            }
                        }

                        break;
                }
            }

            return names;
        });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BlockSyntax, HashSet<string>> DefaultedNameIndexes = new();

    /// <summary>
    /// The elements at <paramref name="position"/> of the tuples a value may be, when they are written in the code: a
    /// tuple in place, either arm of a choice, what a field, property or local is initialised with, or what a helper
    /// declared in source returns (its expression body or its <c>return</c>s). Empty for any other value.
    /// </summary>
    private List<IOperation> ElementsOfTuples(IOperation value, int position, int depth)
    {
        var elements = new List<IOperation>();
        AddTupleElements(value, position, elements, depth);
        return elements.Count > MaxParts ? new List<IOperation>() : elements;
    }

    private void AddTupleElements(IOperation value, int position, List<IOperation> elements, int depth)
    {
        if (depth > 4 || elements.Count > MaxParts)
        {
            return;
        }

        switch (Unwrap(value))
        {
            case ITupleOperation { Elements: var tupleElements } when position < tupleElements.Length:
                elements.Add(tupleElements[position]);
                break;
            case IConditionalOperation { WhenFalse: { } whenFalse } choice:
                AddTupleElements(choice.WhenTrue, position, elements, depth + 1);
                AddTupleElements(whenFalse, position, elements, depth + 1);
                break;
            case ISwitchExpressionOperation choices:
                foreach (var arm in choices.Arms)
                {
                    AddTupleElements(arm.Value, position, elements, depth + 1);
                }

                break;
            case ILocalReferenceOperation or IFieldReferenceOperation or IPropertyReferenceOperation when ViaSymbol(Unwrap(value)) is { } holder && InitializerOperation(holder) is { } initial:
                AddTupleElements(initial, position, elements, depth + 1);
                break;
            case IInvocationOperation { TargetMethod: { } helper } when IsFollowedHelper(helper) && helper.DeclaringSyntaxReferences.Length == 1:
                foreach (var returned in SyntacticValues.ValuesReturned(helper.DeclaringSyntaxReferences[0].GetSyntax()))
                {
                    if (_context.GetSemanticModel(returned.SyntaxTree).GetOperation(returned) is { } operation)
                    {
                        AddTupleElements(operation, position, elements, depth + 1);
                    }
                }

                break;
            case IAwaitOperation { Operation: var awaited } when Unwrap(AwaitedTask(awaited)) is IInvocationOperation { TargetMethod: { } asyncHelper } &&
                                                                 IsFollowedHelper(asyncHelper) && asyncHelper.DeclaringSyntaxReferences.Length == 1:
                // var (id, key) = await BenchAsync(): the tuples the async helper returns, or completes its task with
                foreach (var returned in SyntacticValues.ValuesReturned(asyncHelper.DeclaringSyntaxReferences[0].GetSyntax()))
                {
                    if (_context.GetSemanticModel(returned.SyntaxTree).GetOperation(returned) is { } operation)
                    {
                        AddTupleElements(ResultOfCompletedTask(operation), position, elements, depth + 1);
                    }
                }

                break;
        }
    }

    private List<IOperation> TupleElementsOfForEach(ILocalSymbol item, IFieldSymbol element)
    {
        var values = new List<IOperation>();
        var tupleElements = element.ContainingType.TupleElements;
        var position = -1;
        for (var i = 0; i < tupleElements.Length && position < 0; i++)
        {
            // a named element (Password) and its ItemN field stand for the same position
            position = SymbolEqualityComparer.Default.Equals(tupleElements[i].CorrespondingTupleField ?? tupleElements[i], element.CorrespondingTupleField ?? element) ? i : -1;
        }

        if (position < 0)
        {
            return values;
        }

        foreach (var row in RowsOfForEach(item))
        {
            if (Unwrap(row) is ITupleOperation { Elements: var rowElements } && position < rowElements.Length)
            {
                values.Add(rowElements[position]);
            }
        }

        return values.Count > MaxParts ? new List<IOperation>() : values;
    }

    /// <summary>
    /// The cells an element read of an array row may be, when the rows come from a table written in the code
    /// (<c>string[][] Networks = { new[] { "ssid", "psk" }, ... }</c>, rows as arrays or collection expressions): the
    /// row a <c>foreach</c> variable takes (<c>network[1]</c>), a row read by index (<c>Networks[i][1]</c>: any row, or
    /// the one a constant index names), or a row first held in a local (<c>var row = Networks[i]</c>); the column a
    /// constant index names, counted from the end for <c>^n</c> (<c>row[^1]</c>). Empty for any other read, or when a
    /// row is not written with a cell there.
    /// </summary>
    private List<IOperation> CellsOfRows(IArrayElementReferenceOperation cell)
    {
        var values = new List<IOperation>();
        if (ColumnOf(cell.Indices[0]) is not { } column)
        {
            return values;
        }

        foreach (var row in RowsHeldBy(cell.ArrayReference, depth: 0))
        {
            var cells = Unwrap(row) switch
            {
                IArrayCreationOperation { Initializer: { } initializer } => initializer.ElementValues,
                { Syntax: CollectionExpressionSyntax } collection => collection.ChildOperations.ToImmutableArray(),
                _ => ImmutableArray<IOperation>.Empty,
            };
            var at = column.FromEnd ? cells.Length - column.Index : column.Index;
            if (at >= 0 && at < cells.Length)
            {
                values.Add(cells[at]);
            }
        }

        return values.Count > MaxParts ? new List<IOperation>() : values;
    }

    /// <summary>A constant index (<c>1</c>, <c>PskColumn</c>) or one counted from the end (<c>^1</c>); null for any other.</summary>
    private static (int Index, bool FromEnd)? ColumnOf(IOperation index) => index switch
    {
        { ConstantValue: { HasValue: true, Value: int column } } when column >= 0 => (column, false),
        IUnaryOperation { OperatorKind: UnaryOperatorKind.Hat, Operand.ConstantValue: { HasValue: true, Value: int last } } when last > 0 => (last, true),
        _ => null,
    };

    /// <summary>The rows of a table written in the code an array expression may be (<see cref="CellsOfRows"/>), two locals deep at most.</summary>
    private ImmutableArray<IOperation> RowsHeldBy(IOperation array, int depth)
    {
        switch (Unwrap(array))
        {
            case ILocalReferenceOperation { Local: var item } when RowsOfForEach(item) is { Length: > 0 } rows:
                return rows;
            case IArrayElementReferenceOperation { Indices.Length: 1, ArrayReference: var table } element:
                var all = RowsOf((ExpressionSyntax)table.Syntax);
                return element.Indices[0].ConstantValue is { HasValue: true, Value: int row }
                    ? (row >= 0 && row < all.Length ? ImmutableArray.Create(all[row]) : ImmutableArray<IOperation>.Empty)
                    : all;
            case ILocalReferenceOperation { Local: var held } when depth < 2 && InitializerOperation(held) is { } value:
                return RowsHeldBy(value, depth + 1);
            default:
                return ImmutableArray<IOperation>.Empty;
        }
    }

    /// <summary>
    /// What the constructors of a field's or property's own type assign to it (<c>_apiKey = apiKey;</c>,
    /// <c>_password = "...";</c>), and its setter methods (<c>UsePassword(string password) { _password = password; }</c>,
    /// static ones for a static member): references to credential-named parameters and written text, with every other
    /// value (<c>configuration["TpLinkPassword"]</c>) as itself; empty when none gives it a parameter's or written value.
    /// </summary>
    private List<IOperation> ConstructorValuesOf(ISymbol member) =>
        _constructorValues.GetOrAdd(member.OriginalDefinition, ReadConstructorValues);

    private readonly Infrastructure.LockedCache<ISymbol, List<IOperation>> _constructorValues = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Whether the type the value is read in has a field or property its constructors give values (<see cref="ReadingValuesOf"/>):
    /// a hole may be such a member behind a local or an encoding (<c>Convert.ToBase64String(bytes)</c>). Asked once per type.
    /// </summary>
    private bool EnclosingTypeGivesMembersValues(IOperation operation)
    {
        if (operation.Syntax.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration ||
            _context.GetSemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration) is not INamedTypeSymbol type)
        {
            return false;
        }

        return _typesGivingValues.GetOrAdd(type.OriginalDefinition, t =>
        {
            foreach (var member in t.GetMembers())
            {
                if (member is IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false } or IPropertySymbol { IsStatic: false, IsIndexer: false } &&
                    CachedInitializerOf(member) is null && ReadingValuesOf(member).Count > 0)
                {
                    return true;
                }
            }

            return false;
        });
    }

    /// <summary>
    /// Whether the value reads, inside an encoding or a call, or through a local it is built from (up to two locals deep),
    /// a member of an object picked from several built in the code (<see cref="BuiltObjectChoices"/>):
    /// <c>"Basic " + basic</c> where <c>basic = Convert.ToBase64String(...$"{profile.Id}:{profile.Password}"...)</c> and
    /// <c>profile</c> is one of several records.
    /// </summary>
    private bool ReadsAChosenObjectsMember(IOperation operation, int depth) =>
        HoldsInside(operation, depth, (descendant, _) =>
            descendant is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } &&
            (BuiltObjectChoices((IMemberReferenceOperation)descendant).Count > 0 || (descendant != operation && WrittenPropertyValues(descendant).Length > 0) ||
             (descendant is IPropertyReferenceOperation { Property: { IsStatic: false } read, Instance: { } instance } && !IsBuiltHere(instance) &&
              InitializedObjects(read.ContainingType).Length > 1)));

    /// <summary>
    /// The values the code writes into a credential-named property of the team's own type, read from an object built in
    /// a local and handed to a call that fills it (<c>var options = new FibaroClientOptions(); configure(options);</c>, a
    /// caller's <c>o =&gt; { o.Password = "..." }</c>): every one may be the value read. Empty for any other value, and for
    /// a property with a value of its own.
    /// </summary>
    /// <summary>
    /// The values of a credential-named property of an interface, or an abstract or virtual one, read on an object this
    /// code does not build (<c>settingsService.Password</c> of an <c>ISettingsService</c> parameter): what the implementing
    /// or overriding getters return and what the code writes into it (<see cref="WrittenTo"/>); empty for any other read.
    /// </summary>
    private ImmutableArray<IOperation> ImplementedValues(IOperation operation) =>
        Unwrap(operation) is IPropertyReferenceOperation { Property: { IsIndexer: false } property, Instance: { } instance } &&
        (property.ContainingType.TypeKind == TypeKind.Interface || property.IsAbstract || property.IsVirtual) && IsString(property.Type) &&
        SyntacticValues.IsCredentialParameterName(property.Name, _context.Settings.SecretNames) && !IsBuiltHere(instance)
            ? WrittenTo(property)
            : ImmutableArray<IOperation>.Empty;

    private ImmutableArray<IOperation> WrittenPropertyValues(IOperation operation) =>
        Unwrap(operation) is IPropertyReferenceOperation { Property: { IsIndexer: false, DeclaringSyntaxReferences.Length: > 0 } property, Instance: { } instance } &&
        Unwrap(instance) switch
        {
            ILocalReferenceOperation { Local.DeclaringSyntaxReferences: { Length: 1 } local } => local[0],
            IFieldReferenceOperation { Field: { IsReadOnly: true, DeclaringSyntaxReferences: { Length: 1 } field } } => field[0], // readonly SiloOptions _options = new()
            _ => null,
        } is { } declared &&
        SyntacticValues.IsCredentialParameterName(property.Name, _context.Settings.SecretNames) && HoldsNoValueOfItsOwn(property) &&
        HandedOut.GetValue(declared.GetSyntax(), declarator => IsHandedOut(declarator) ? Boxed.True : Boxed.False) == Boxed.True
            ? WrittenTo(property)
            : ImmutableArray<IOperation>.Empty;

    /// <summary>
    /// The values the code writes into a source property or settable field of another object read here
    /// (<c>this.AccessPointName</c> with <c>modem.AccessPointName = "..."</c> elsewhere), whatever its name; empty for any other value, and for a property
    /// written in more places than <see cref="InvocationIndex.MaxCallSites"/>. For a caller that reads a string per object
    /// (a modem command's APN beside its password), not a general alternative.
    /// </summary>
    public ImmutableArray<IOperation> ValuesWrittenInto(IOperation value) =>
        Unwrap(value) is IMemberReferenceOperation
        {
            Member: IPropertySymbol { IsIndexer: false, IsStatic: false, DeclaringSyntaxReferences.Length: > 0 } or
                    IFieldSymbol { IsStatic: false, IsConst: false, IsReadOnly: false, DeclaringSyntaxReferences.Length: > 0 },
            Member: var member, Instance: { } instance, Type: var type,
        } &&
        IsString(type) && !IsBuiltHere(instance) && CachedInitializerOf(member) is null
            ? WrittenTo(member)
            : ImmutableArray<IOperation>.Empty;

    /// <summary>
    /// The constructor parameter a source field or property of the team's type takes its value from, whatever their names
    /// (<c>PIN1Code = pinCode;</c>, the member's only assignment in its type's constructors, with no initializer): that
    /// parameter's reference, so a caller that reads the member in a credential's position (a modem command's PIN,
    /// <c>"AT+CPIN=" + PIN1Code</c>) reads what each <c>new</c> passes. Null for a constant, a member with an initializer,
    /// one its constructors assign twice or from anything but a parameter, and any other value.
    /// </summary>
    public IParameterReferenceOperation? ConstructorParameterOf(IOperation value) =>
        Unwrap(value) is IFieldReferenceOperation { Field.IsConst: false } or IPropertyReferenceOperation { Property.IsIndexer: false } &&
        ViaSymbol(Unwrap(value)) is { DeclaringSyntaxReferences.Length: > 0, ContainingType.TypeKind: TypeKind.Class or TypeKind.Struct } member &&
        CachedInitializerOf(member) is null
            ? _constructorParameters.GetOrAdd(member.OriginalDefinition, ReadConstructorParameter)
            : null;

    private IParameterReferenceOperation? ReadConstructorParameter(ISymbol member)
    {
        IParameterReferenceOperation? given = null;
        foreach (var declaration in SourceConstructors(member.ContainingType))
        {
            foreach (var assigned in SyntacticValues.AssignmentsTo(declaration, member.Name))
            {
                if (given is not null || _context.GetSemanticModel(assigned.SyntaxTree).GetOperation(SyntacticValues.StoredValue(assigned)) is not { } operation ||
                    Unwrap(operation) is not IParameterReferenceOperation parameter)
                {
                    return null;
                }

                given = parameter;
            }
        }

        return given;
    }

    /// <summary>The instance constructors <paramref name="type"/> declares in source, each part's declaration.</summary>
    private static IEnumerable<ConstructorDeclarationSyntax> SourceConstructors(INamedTypeSymbol type)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is ConstructorDeclarationSyntax declaration)
                {
                    yield return declaration;
                }
            }
        }
    }

    private readonly Infrastructure.LockedCache<ISymbol, IParameterReferenceOperation?> _constructorParameters = new(SymbolEqualityComparer.Default);

    /// <summary>A property with no initializer, or one that holds nothing (<c>= string.Empty</c>, <c>= ""</c>, <c>= null!</c>): options a caller fills.</summary>
    private bool HoldsNoValueOfItsOwn(IPropertySymbol property) =>
        CachedInitializerOf(property) is not { } initializer ||
        SyntacticValues.IsMissingValue(initializer) || SyntacticValues.Strip(initializer) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.DefaultLiteralExpression };

    /// <summary><see cref="IsHandedOut"/> per declarator, asked once (a block is scanned for calls passing the local).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, object> HandedOut = new();

    private static class Boxed
    {
        public static readonly object True = new();
        public static readonly object False = new();
    }

    /// <summary>
    /// Whether the value holds, inside a larger value, a choice with several written branches (<c>"meter-7:" + (lab ?
    /// "..." : "...")</c>), directly or through a local it is built from (up to two locals deep): each branch is then a
    /// reading of its own.
    /// </summary>
    private bool HasWrittenChoice(IOperation operation, int depth) =>
        HoldsInside(operation, depth, (descendant, whole) =>
            descendant is IConditionalOperation or ISwitchExpressionOperation && descendant != whole && IsString(descendant.Type) && WrittenBranches(descendant).Count > 1);

    /// <summary>
    /// Whether an operation of the value, or of the initializer of a local it reads (up to two locals deep, a literal's
    /// local not looked into), satisfies <paramref name="found"/> (given the operation and the value read at the sink, the
    /// <paramref name="whole"/>). At most 256 operations are looked at per value.
    /// </summary>
    private bool HoldsInside(IOperation operation, int depth, System.Func<IOperation, IOperation, bool> found, IOperation? whole = null)
    {
        // found is given the value read at the sink as the whole, for a local's initializer too ("bedgw:" + secret, where
        // secret = training ? "TODO" : "..."): the choice is inside the larger value there.
        whole ??= operation;
        var seen = 0;
        foreach (var descendant in operation.DescendantsAndSelf())
        {
            if (++seen > 256)
            {
                return false;
            }

            if (found(descendant, whole) ||
                (descendant is ILocalReferenceOperation local && depth < 2 && CachedInitializerOf(local.Local) is { } written && !(SyntacticValues.Strip(written) is LiteralExpressionSyntax) &&
                 InitializerOperation(local.Local) is { } initializer && HoldsInside(initializer, depth + 1, found, whole)))
            {
                return true;
            }
        }

        return false;
    }

    private readonly Infrastructure.LockedCache<INamedTypeSymbol, bool> _typesGivingValues = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Whether a hole of <paramref name="value"/> may stand for a member behind it (a local, a call, an encoding): a hole
    /// that is a parameter is read from its callers only when they pass written text (<see cref="HasParameterWithCallers"/>).
    /// </summary>
    private static bool MayHideAMember(ResolvedString value)
    {
        foreach (var part in value.Parts)
        {
            if (part.Text is null && (part.Hole is not { } hole || Unwrap(hole) is not IParameterReferenceOperation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a hole of <paramref name="value"/> is a parameter of a helper or constructor whose calls pass written text (<see cref="CallerArguments"/>).</summary>
    /// <summary>Whether a hole of a value holds a local deconstructed from a loop over a table written in the code (<see cref="DeconstructedElementsOfForEach"/>).</summary>
    private bool HasRowOfALoop(ResolvedString value) =>
        HasHoleHolding(value, inside => inside is ILocalReferenceOperation { Local: { Type.SpecialType: SpecialType.System_String } local } &&
                                        DeconstructedElementsOfForEach(local).Count > 0);

    private bool HasParameterWithCallers(ResolvedString value) =>
        HasHoleHolding(value, inside => (inside is IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol method, Type.SpecialType: SpecialType.System_String } } &&
                                         CallerArguments(method).Length > 0) ||
                                        (inside is IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol, Instance: IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol receiver } objectParameter } } member &&
                                         IsString(inside.Type) && SyntacticValues.IsCredentialParameterName(member.Member.Name, _context.Settings.SecretNames) &&
                                         ObjectsPassedFor(receiver, objectParameter).Count > 0));

    /// <summary>
    /// The objects the code builds and passes a helper for its parameter <paramref name="parameter"/> (<c>OpenAsync(Config.Site)</c>
    /// with <c>static readonly Identity Site = new("CP-0042", ..., "...")</c>; each object of a conditional or a switch
    /// expression passed, or held by a local, field or property as its one value; a copy made with <c>with</c>; what a
    /// helper returns when it returns one object; what the callers of a helper that hands its own parameter on build, two
    /// helpers deep), in call order; at most <see cref="InvocationIndex.MaxCallSites"/>. A call passing <c>null</c> or an
    /// object read at run time adds none, as a call passing a run-time string adds no text for a string parameter. Empty
    /// when the helper may be called from where the code cannot see (virtual, an interface's), or is called more often.
    /// </summary>
    private List<IOperation> ObjectsPassedFor(IMethodSymbol method, IParameterSymbol parameter) =>
        _objectsPassed.GetOrAdd(parameter.OriginalDefinition, _ => FindObjectsPassedFor(method, parameter, depth: 0, visiting: null));

    private List<IOperation> FindObjectsPassedFor(IMethodSymbol method, IParameterSymbol parameter, int depth, HashSet<IParameterSymbol>? visiting)
    {
        var objects = new List<IOperation>();
        // (an object of a class or struct, or of a type parameter constrained to one: Sign<T>(T account) where T : Account;
        // an extension method's parameters are its call's arguments, the receiver first)
        if (parameter.Type.SpecialType != SpecialType.None ||
            !(parameter.Type.TypeKind is TypeKind.Class or TypeKind.Struct ||
              parameter.Type is ITypeParameterSymbol { ConstraintTypes: var constraints } && constraints.Any(c => c.TypeKind is TypeKind.Class && c.SpecialType == SpecialType.None)) ||
            !IsFollowedHelper(method.OriginalDefinition) || method.MethodKind != MethodKind.Ordinary ||
            !(visiting ??= new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default)).Add(parameter.OriginalDefinition))
        {
            return objects;
        }

        foreach (var call in BoundCalls(method.OriginalDefinition, (_, _, _) => true))
        {
            if (call.Arguments.FirstOrDefault(a => a.ArgumentKind == ArgumentKind.Explicit && a.Parameter?.Ordinal == parameter.Ordinal) is not { } passed)
            {
                continue; // (a default the compiler fills in: no object built in the code)
            }

            foreach (var given in ObjectsBuiltFor(passed.Value, hops: 0))
            {
                if (given is IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol outer } handedOn })
                {
                    if (depth < 2)
                    {
                        // Start(account) => Authorize(account): what Start's callers build, one helper further (a recursion ends)
                        objects.AddRange(FindObjectsPassedFor(outer, handedOn, depth + 1, visiting));
                    }
                }
                else
                {
                    objects.Add(given);
                }

                if (objects.Count > InvocationIndex.MaxCallSites)
                {
                    return new List<IOperation>(); // too many: a general helper, whose members are run-time values
                }
            }
        }

        return objects;
    }

    /// <summary>
    /// The objects built in the code that <paramref name="value"/> may be where it is read: a creation (<c>new(...)</c>) or
    /// a copy made with <c>with</c> as it stands; each branch of a conditional or a switch expression; the one value of a
    /// local, field or property that holds it, or each value of a local given several (<c>var acct = new(...); if (backup)
    /// acct = new(...);</c>); the one object a factory returns (<c>Make()</c>); the member of another built object it is read
    /// as (<c>Fleet.Main.Login</c>, with <c>Main = new("north", new Account(...))</c>); the element of an array written in the
    /// code (<c>Accounts.All[0]</c>: the one at a constant index, else each); and a parameter, left for the caller to
    /// follow to its own callers. In order, without repeats. <c>null</c>, <c>default</c> or an object read at run time (from a
    /// file or a service) is none: it carries no member written in the code, as a run-time string carries no text.
    /// </summary>
    private List<IOperation> ObjectsBuiltFor(IOperation value, int hops)
    {
        var found = new List<IOperation>();
        Take(value, hops);
        return found;

        void Take(IOperation operation, int depth)
        {
            if (depth > 4 || found.Count > InvocationIndex.MaxCallSites)
            {
                return;
            }

            var given = Unwrap(BuiltAs(operation));
            switch (given)
            {
                case IConditionalOperation or ISwitchExpressionOperation:
                    foreach (var branch in ChoiceBranches(given, maxDepth: 3))
                    {
                        Take(branch, depth + 1);
                    }

                    return;

                case IInvocationOperation { TargetMethod: var factory } when IsFollowedHelper(factory) && !IsString(factory.ReturnType) && ChoicesReturned(factory) is { Count: 1 } returned:
                    Take(returned[0], depth + 1); // Authorize(Make()) of Account Make() => new("...", "...")
                    return;

                case IObjectCreationOperation or IWithOperation or IParameterReferenceOperation:
                    if (!found.Contains(given))
                    {
                        found.Add(given); // new(...), Lab with { User = "..." }: the members written where it is built
                    }

                    return;

                case IArrayElementReferenceOperation element:
                    // Accounts.All[0] of All = { new(...), new(...) }: the element at a constant index, or any element (of an
                    // array of arrays too: Groups[0][1])
                    foreach (var value in ElementsRead(element, depth))
                    {
                        Take(value, depth + 1);
                    }

                    return;

                case ILocalReferenceOperation { Local: var local } localRead:
                    foreach (var held in LocalObjectValues(local, localRead.Syntax))
                    {
                        Take(held, depth + 1);
                    }

                    return;

                case IMemberReferenceOperation { Instance: { } owner } read when read is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                    // Fleet.Main.Login: the member as each object it is read from was built with it
                    foreach (var built in ObjectsBuiltFor(owner, depth + 1))
                    {
                        if (MemberOf(built, ((IMemberReferenceOperation)given).Member.OriginalDefinition) is { } member)
                        {
                            Take(member, depth + 1);
                        }
                    }

                    return;
            }
        }
    }

    /// <summary>
    /// The values an element read (<c>All[0]</c>, <c>Groups[0][1]</c>, <c>All[i]</c>) may take from arrays written in the code
    /// with their elements: the one at a constant index, else every element; none when the array is not written so.
    /// </summary>
    private List<IOperation> ElementsRead(IArrayElementReferenceOperation element, int depth)
    {
        var values = new List<IOperation>();
        if (depth > 4 || element.Indices.Length != 1)
        {
            return values;
        }

        var index = element.Indices[0].ConstantValue is { HasValue: true, Value: int at } ? at : -1;
        // (an array of arrays: each row read; a local given several arrays: each it may hold where it is read)
        var arrays = Unwrap(BuiltAs(element.ArrayReference)) switch
        {
            IArrayElementReferenceOperation outer => ElementsRead(outer, depth + 1).Select(row => Unwrap(BuiltAs(row))),
            ILocalReferenceOperation { Local: var local } localRead => LocalObjectValues(local, localRead.Syntax).Select(held => Unwrap(BuiltAs(held))),
            var built => new[] { built },
        };
        foreach (var array in arrays)
        {
            var elements = array switch
            {
                IArrayCreationOperation { Initializer: { } created } => created,
                IArrayInitializerOperation written => written,
                _ => null,
            };
            for (var i = 0; elements is not null && i < elements.ElementValues.Length && values.Count <= InvocationIndex.MaxCallSites; i++)
            {
                if (index < 0 || i == index)
                {
                    values.Add(elements.ElementValues[i]);
                }
            }
        }

        return values;
    }

    /// <summary>
    /// The values a local of an object type is given where it is in scope, when it is declared with one and may be given
    /// others by plain assignment statements, in a loop too (<c>var acct = new(...); if (backup) acct = new(...);</c>): the
    /// initial value, unless the next statement of its block replaces it on every path before anything reads it (an
    /// assignment, or an <c>if</c> and <c>else</c> that each start with one), then each value assigned before
    /// <paramref name="readAt"/> (or in a loop around it), bound; a local declared
    /// without a value, as <see cref="AssignedValues"/> gives it. Empty when any write is of another kind or inside a lambda
    /// or a local function, or when there are more than <see cref="InvocationIndex.MaxCallSites"/>.
    /// </summary>
    private IReadOnlyList<IOperation> LocalObjectValues(ILocalSymbol local, SyntaxNode readAt)
    {
        if (local.DeclaringSyntaxReferences is not { Length: 1 } references || references[0].GetSyntax() is not VariableDeclaratorSyntax declarator)
        {
            return System.Array.Empty<IOperation>();
        }

        // (the block or switch section that declares it: a local of the same name in a sibling block is another variable)
        if (declarator.Initializer is not { Value: var initial } || declarator.Parent?.Parent is not LocalDeclarationStatementSyntax { Parent: { } scope } declaration)
        {
            return AssignedValues(local);
        }

        if (PlainAssignments(scope, local.Name, declarator, InvocationIndex.MaxCallSites, inLoops: true) is not { } assignments)
        {
            return System.Array.Empty<IOperation>();
        }

        // A value given after the read, with no loop around both to bring it back there, is not what the read sees
        // (var copy = acct with { ... }; Authorize(copy); acct = new(...);).
        assignments.RemoveAll(assignment => assignment.SpanStart > readAt.SpanStart &&
                                            !assignment.Ancestors().TakeWhile(a => a != scope).Any(a => a is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax &&
                                                                                                         a.Span.Contains(readAt.Span)));
        var model = _context.GetSemanticModel(declarator.SyntaxTree);
        var values = new List<IOperation>();
        var next = scope.ChildNodes().SkipWhile(n => n != declaration).Skip(1).FirstOrDefault();
        var replaced = next is StatementSyntax following && ReplacesOnEveryPath(following, local.Name);
        foreach (var written in replaced ? assignments.Select(a => a.Right) : assignments.Select(a => a.Right).Prepend(initial))
        {
            if (model.GetOperation(SyntacticValues.Strip(written)) is { } bound)
            {
                values.Add(bound);
            }
        }

        return values;

        // acct = Load();, or if (...) { acct = A(); } else { acct = B(); }: the local is given a new value on every path
        // through the statement, and nothing before that reads it
        static bool ReplacesOnEveryPath(StatementSyntax statement, string name) => statement switch
        {
            ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax { Identifier.ValueText: var target }, Right: var right } } =>
                target == name && !ReadsLocal(right, name),
            BlockSyntax { Statements.Count: > 0 } block => ReplacesOnEveryPath(block.Statements[0], name),
            IfStatementSyntax { Else.Statement: var otherwise } choice => !ReadsLocal(choice.Condition, name) && ReplacesOnEveryPath(choice.Statement, name) && ReplacesOnEveryPath(otherwise, name),
            _ => false,
        };
    }

    /// <summary>
    /// The writes of a local named <paramref name="name"/> within <paramref name="scope"/> (its declaration
    /// <paramref name="declarator"/> left out), in source order, when each is a plain assignment statement (<c>name = ...;</c>)
    /// outside a lambda or a local function, and outside loops unless <paramref name="inLoops"/>; null when any write is of
    /// another kind (a compound assignment, an increment, a <c>ref</c> or <c>out</c> argument, a deconstruction), sits where
    /// it may not, or there are <paramref name="max"/> or more.
    /// </summary>
    private static List<AssignmentExpressionSyntax>? PlainAssignments(SyntaxNode scope, string name, SyntaxNode declarator, int max, bool inLoops)
    {
        var assignments = new List<AssignmentExpressionSyntax>();
        foreach (var write in WritesIn(scope, name, declarator, bareNameOnly: true))
        {
            if (assignments.Count >= max ||
                write is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax, Parent: ExpressionStatementSyntax statement } assignment ||
                statement.Ancestors().TakeWhile(a => a != scope).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax ||
                                                                          (!inLoops && a is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax)))
            {
                return null;
            }

            assignments.Add(assignment);
        }

        return assignments;
    }

    private readonly Infrastructure.LockedCache<IParameterSymbol, List<IOperation>> _objectsPassed = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// Whether a hole of <paramref name="value"/> is, or holds inside an encoding or a local
    /// (<c>Convert.ToBase64String(Encoding.ASCII.GetBytes($"{user}:{password}"))</c>), an operation <paramref name="reads"/> accepts.
    /// </summary>
    private bool HasHoleHolding(ResolvedString value, System.Func<IOperation, bool> reads)
    {
        foreach (var part in value.Parts)
        {
            if (part.Text is null && part.Hole is { } hole && HoldsInside(hole, 0, (inside, _) => reads(inside)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The argument lists of the calls of a helper (<see cref="FollowedCalls"/>, for any of its string parameters) or of
    /// the creations of a source constructor (<see cref="Creations"/>) that may pass written text: each call once, in
    /// order; empty when its method is neither, when it reassigns a string parameter, or when more than
    /// <see cref="InvocationIndex.MaxCallSites"/> calls do.
    /// </summary>
    public ImmutableArray<ImmutableArray<IArgumentOperation>> CallerArguments(IMethodSymbol method) =>
        _callerArguments.GetOrAdd(method.OriginalDefinition, m =>
        {
            // The calls are found first: most helpers a value is read through have none passing text, and then whether
            // the helper reassigns a parameter (a look at its body) need not be asked.
            if (m.MethodKind != MethodKind.Constructor)
            {
                var calls = FollowedCalls(m, everyTextParameter: true);
                return calls.IsEmpty || ReassignsAStringParameter(m)
                    ? ImmutableArray<ImmutableArray<IArgumentOperation>>.Empty
                    : calls.Select(call => call.Arguments).ToImmutableArray();
            }

            if (m.IsStatic || m.DeclaringSyntaxReferences.IsEmpty || ReassignsAStringParameter(m))
            {
                return ImmutableArray<ImmutableArray<IArgumentOperation>>.Empty;
            }

            var lists = ImmutableArray.CreateBuilder<ImmutableArray<IArgumentOperation>>();
            var seen = new HashSet<SyntaxNode>();
            foreach (var parameter in m.Parameters)
            {
                if (parameter.Type.SpecialType != SpecialType.System_String)
                {
                    continue;
                }

                foreach (var arguments in Creations(m, parameter.Ordinal))
                {
                    if (arguments.Length > 0 && arguments[0].Parent?.Syntax is { } creation && seen.Add(creation))
                    {
                        lists.Add(arguments);
                    }
                }
            }

            return lists.Count > InvocationIndex.MaxCallSites ? ImmutableArray<ImmutableArray<IArgumentOperation>>.Empty : lists.ToImmutable();
        });

    private readonly Infrastructure.LockedCache<IMethodSymbol, ImmutableArray<ImmutableArray<IArgumentOperation>>> _callerArguments = new(SymbolEqualityComparer.Default);

    /// <summary>Whether <paramref name="method"/> gives one of its string parameters another value (<see cref="IsReassigned"/>).</summary>
    private bool ReassignsAStringParameter(IMethodSymbol method) =>
        method.Parameters.Any(p => p.Type.SpecialType == SpecialType.System_String && IsReassigned(p));

    /// <summary>Whether a hole of <paramref name="value"/> is a field or property that constructors give values (<see cref="ReadingValuesOf"/>).</summary>
    private bool HasMemberWithValues(ResolvedString value)
    {
        foreach (var part in value.Parts)
        {
            if (part.Text is null && part.Hole is { } hole && Unwrap(hole) is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } &&
                ViaSymbol(Unwrap(hole)) is { } member && member is not IFieldSymbol { IsConst: true } && CachedInitializerOf(member) is null &&
                ReadingValuesOf(member).Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Each member's values in a reading: its constructors' values and what they stand for (<see cref="Alternatives"/>),
    /// read once per member in a pass (red team 14: re-read at every node, fields copied along constructors cost seconds).
    /// </summary>
    private List<IOperation> ReadingValuesOf(ISymbol member) =>
        _readingValues.GetOrAdd(member.OriginalDefinition, m =>
        {
            var values = new AlternativeList();
            foreach (var constructorValue in ConstructorValuesOf(m))
            {
                if (values.Count >= InvocationIndex.MaxCallSites)
                {
                    break;
                }

                AddAlternatives(constructorValue, values, depth: 1); // a value's own members are read in their turn
            }

            return values.Count > InvocationIndex.MaxCallSites ? values.GetRange(0, InvocationIndex.MaxCallSites) : values;
        });

    private readonly Infrastructure.LockedCache<ISymbol, List<IOperation>> _readingValues = new(SymbolEqualityComparer.Default);

    private List<IOperation> ReadConstructorValues(ISymbol member)
    {
        var given = new List<IOperation>();
        if (member.ContainingType is not { TypeKind: TypeKind.Class or TypeKind.Struct } type)
        {
            return given;
        }

        var followed = false;
        // A static member set by an instance constructor (private static string Password; public Service(string email,
        // string password) { Password = password; }) takes what the new(...) calls pass, as an instance member does.
        foreach (var declaration in SourceConstructors(type))
        {
            foreach (var value in SyntacticValues.AssignmentsTo(declaration, member.Name))
            {
                // _apiKey = apiKey ?? throw new ArgumentNullException(nameof(apiKey)), _apiKey = apiKey.Trim()
                if (_context.GetSemanticModel(value.SyntaxTree).GetOperation(SyntacticValues.StoredValue(value)) is not { } operation)
                {
                    continue;
                }

                followed |= Unwrap(operation) is ILiteralOperation ||
                            (Unwrap(operation) is IParameterReferenceOperation { Parameter: var parameter } &&
                             SyntacticValues.IsCredentialParameterName(parameter.Name, _context.Settings.SecretNames)) ||
                            // var password = settings["mqtt.password"]; password ??= "..."; this.password = password;
                            (Unwrap(operation) is ILocalReferenceOperation { Local: var held } && CachedInitializerOf(held) is { } heldValue &&
                             SyntacticValues.MayHoldWrittenText(heldValue));
                given.Add(operation);
            }

            // (_id, _key) = Spare(); of Spare() => ("spare-64", "..."): the element at the member's position
            foreach (var (tuple, position) in SyntacticValues.DeconstructionsInto(declaration, member.Name))
            {
                if (_context.GetSemanticModel(tuple.SyntaxTree).GetOperation(SyntacticValues.Strip(tuple)) is { } tupleOperation)
                {
                    foreach (var element in ElementsOfTuples(tupleOperation, position, depth: 1))
                    {
                        followed |= Unwrap(element) is ILiteralOperation;
                        given.Add(element);
                    }
                }
            }
        }

        // A setter method's parameter (UsePassword(string password) { _password = password; return this; }, a static
        // class's Configure(ssid, password) for its static fields): followed to its callers like a constructor's
        // (AddAlternatives).
        foreach (var candidate in type.GetMembers())
        {
            if (candidate is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && (method.IsStatic == member.IsStatic || member.IsStatic)) // an instance method may set a static field
            {
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is MethodDeclarationSyntax declaration && SyntacticValues.SetterParameterOf(declaration, member.Name) is { } stored &&
                        method.Parameters.FirstOrDefault(p => p.Name == stored.Identifier.ValueText) is { } parameter && !IsReassigned(parameter) &&
                        _context.GetSemanticModel(stored.SyntaxTree).GetOperation(stored) is { } operation)
                    {
                        if (SyntacticValues.IsCredentialParameterName(parameter.Name, _context.Settings.SecretNames))
                        {
                            given.Add(operation); // followed to its callers as a credential parameter (AddAlternatives)
                        }
                        else
                        {
                            // Initialize(user, auth, priv) { AuthPassword = auth; }: the member names what the parameter
                            // carries, so its callers' arguments are its values
                            foreach (var call in CallSites(method, parameter.Ordinal))
                            {
                                given.AddRange(call.Arguments.Where(a => a.ArgumentKind == ArgumentKind.Explicit && a.Parameter?.Ordinal == parameter.Ordinal).Select(a => a.Value));
                            }
                        }

                        followed = true;
                    }
                }
            }
        }

        return followed && given.Count <= InvocationIndex.MaxCallSites ? given : new List<IOperation>();
    }

    /// <summary>
    /// The values written into a dictionary held in <paramref name="table"/> by its own code: <c>table.Add(k, v)</c>,
    /// <c>table.TryAdd(k, v)</c> and <c>table[k] = v</c>, in the field's type or the local's function (syntax first: only
    /// calls and assignments on the table's name are bound).
    /// </summary>
    private void AddWrittenEntries(ISymbol table, List<IOperation> values, object? key)
    {
        foreach (var (writtenKey, value) in _tableWrites.GetOrAdd(table.OriginalDefinition, WrittenEntries))
        {
            if (key is null || Equals(writtenKey, key))
            {
                values.Add(value);
            }
        }
    }

    private readonly Infrastructure.LockedCache<ISymbol, ImmutableArray<(object? Key, IOperation Value)>> _tableWrites = new(SymbolEqualityComparer.Default);

    /// <summary>The entries <see cref="AddWrittenEntries"/> reads, each with its key when written as a literal; read once per table.</summary>
    private ImmutableArray<(object? Key, IOperation Value)> WrittenEntries(ISymbol table)
    {
        var entries = ImmutableArray.CreateBuilder<(object? Key, IOperation Value)>();
        if (table is not (IFieldSymbol or ILocalSymbol or IPropertySymbol { IsIndexer: false }) || table.DeclaringSyntaxReferences.Length != 1)
        {
            return entries.ToImmutable();
        }

        var declared = table.DeclaringSyntaxReferences[0].GetSyntax();
        // a local's function, or every part of a field's type (a partial class seeds its table in another file)
        var scopes = table is ILocalSymbol
            ? new[] { declared.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) }
            : table.ContainingType.DeclaringSyntaxReferences.Select(part => (SyntaxNode?)part.GetSyntax()).ToArray();
        var name = table.Name;
        foreach (var node in scopes.Where(scope => scope is not null).SelectMany(scope => scope!.DescendantNodes()))
        {
            if (entries.Count > MaxParts)
            {
                return entries.ToImmutable();
            }

            var (keySyntax, written) = node switch
            {
                InvocationExpressionSyntax { ArgumentList.Arguments.Count: 2, Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Add" or "TryAdd" } access } add
                    when SyntaxNames.Rightmost(access.Expression) == name => (add.ArgumentList.Arguments[0].Expression, add.ArgumentList.Arguments[1].Expression),
                AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element } assignment
                    when SyntaxNames.Rightmost(element.Expression) == name => (element.ArgumentList.Arguments[0].Expression, assignment.Right),
                _ => ((ExpressionSyntax?)null, (ExpressionSyntax?)null),
            };
            if (written is null || !SyntacticValues.MayHoldWrittenText(written))
            {
                continue;
            }

            var model = _context.GetSemanticModel(written.SyntaxTree);
            var receiver = node is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax callee } ? callee.Expression : ((ElementAccessExpressionSyntax)((AssignmentExpressionSyntax)node).Left).Expression;
            if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(receiver).Symbol?.OriginalDefinition, table.OriginalDefinition) &&
                model.GetOperation(SyntacticValues.Strip(written)) is { } value && IsString(value.Type))
            {
                entries.Add((SyntacticValues.Strip(keySyntax!) is LiteralExpressionSyntax literal ? literal.Token.Value : null, value));
            }
        }

        return entries.ToImmutable();
    }

    private static void AddInitializerValues(IObjectOrCollectionInitializerOperation initializer, List<IOperation> values, object? key = null)
    {
        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } target, Value: var value } when IsString(value.Type) &&
                                                                                                                                          Matches(target.Arguments, 0):
                    values.Add(value); // ["key"] = "value"
                    break;
                case IInvocationOperation { Arguments.Length: 2 } add when IsString(add.Arguments[1].Value.Type) && Matches(add.Arguments, 0):
                    values.Add(add.Arguments[1].Value); // { "key", "value" }
                    break;
            }
        }

        // Looked up by a written key (Defaults["cloud.password"]): only the entry under that key may be the value.
        bool Matches(ImmutableArray<IArgumentOperation> arguments, int at) =>
            key is null || (arguments.Length > at && arguments[at].Value.ConstantValue is { HasValue: true } written && Equals(written.Value, key));
    }

    private readonly Infrastructure.LockedCache<ISymbol, ImmutableArray<IOperation>> _writes = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The compilation's tokens spelling a member's name (<see cref="SourceWords.Tokens"/>), found once per name: the
    /// properties of many types share a name (every driver's settings <c>ApiKey</c>), and searching the files again for
    /// each of them cost the square of their number (red team 28).
    /// </summary>
    private ImmutableArray<SyntaxToken> NameTokens(string name) =>
        _nameTokens.GetOrAdd(name, n => SourceWords.Tokens(_context.Compilation, n).ToImmutableArray());

    private readonly Infrastructure.LockedCache<string, ImmutableArray<SyntaxToken>> _nameTokens = new(System.StringComparer.Ordinal);

    /// <summary>
    /// The tokens that may write <paramref name="member"/>: a private field's in its type's own declarations (every part of
    /// a partial type, in any file; the many drivers that each keep a <c>_password</c> are no writers of each other's),
    /// any other member's in the whole compilation (<see cref="NameTokens"/>).
    /// </summary>
    private IEnumerable<SyntaxToken> WriterTokens(ISymbol member) =>
        member is IFieldSymbol { DeclaredAccessibility: Accessibility.Private, ContainingType.DeclaringSyntaxReferences: { Length: > 0 } parts }
            ? parts.SelectMany(part => SourceWords.TokensIn(part.GetSyntax(), member.Name))
            : NameTokens(member.Name);

    /// <summary>
    /// Whether a field's write is replaced by the very next statement of its block before anything can read it
    /// (<c>_password = "..."; _password = File.ReadAllText(path).Trim();</c>): the next statement assigns the same target
    /// a value that may not read it (<see cref="MayReadField"/>). Any statement in between (a call may read a field) keeps
    /// the write.
    /// </summary>
    private bool IsReplacedByNextStatement(AssignmentExpressionSyntax assignment, IFieldSymbol field)
    {
        if (assignment.Parent is not ExpressionStatementSyntax { Parent: BlockSyntax block } statement)
        {
            return false;
        }

        var at = block.Statements.IndexOf(statement);
        return at >= 0 && at + 1 < block.Statements.Count &&
               block.Statements[at + 1] is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } next } &&
               next.Left.IsEquivalentTo(assignment.Left) &&
               _context.GetSemanticModel(next.SyntaxTree).GetOperation(next.Right) is { } replacing &&
               !MayReadField(replacing, field);
    }

    /// <summary>
    /// Whether evaluating <paramref name="value"/> may read <paramref name="field"/> (on any object of its type): it names
    /// the field (<c>nameof</c> is no read); it calls a delegate or a local function; it uses a member declared in source
    /// that can see the field, one of the field's type, of a type it derives from or that derives from it, of an interface
    /// it implements, of a type nested in it or holding it (<c>Psk.Trim()</c> with <c>Psk => _psk</c>, a base type's
    /// <c>Normalized()</c> reading an overridden property); or it uses any source member while it hands an object of such
    /// a type on (<c>Rotation.Next(this)</c>, an extension method called on it, <c>new[] { this }</c>, <c>(this, "-r3")</c>,
    /// <c>() => this</c>, <c>new Request { Source = this }</c>), or while the field is one any code may name (not private:
    /// a static field needs no object, and a singleton's field is reached through the singleton). A library call, and a
    /// source helper of an unrelated type given only text or unrelated objects, reads no private field.
    /// </summary>
    private static bool MayReadField(IOperation value, IFieldSymbol field)
    {
        var owner = field.ContainingType.OriginalDefinition;
        var namedAnywhere = field.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;
        var usesSource = false;
        var handsObjectOn = false;
        var pending = new Stack<IOperation>();
        pending.Push(value);
        while (pending.Count > 0)
        {
            var operation = pending.Pop();
            ISymbol? used = null;
            switch (operation)
            {
                case INameOfOperation:
                    continue;
                case IFieldReferenceOperation { Field: var named } when SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, field.OriginalDefinition):
                case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke or MethodKind.LocalFunction }:
                    return true;
                case IMethodReferenceOperation { Method.MethodKind: MethodKind.LocalFunction }:
                    return true; // Next(Current) with string Current() => _psk;: handed on as a delegate, run when the helper likes
                case IInvocationOperation { TargetMethod: var method }:
                    used = method;
                    break;
                case IMethodReferenceOperation { Method: var referenced }:
                    used = referenced; // Next(CurrentPassword): a method group of the type's own method, handed on as a delegate
                    break;
                case IPropertyReferenceOperation { Property: var property }:
                    used = property;
                    break;
                case IObjectCreationOperation { Constructor: { } constructor }:
                    used = constructor;
                    break;
            }

            if (used is not null && IsSourceMember(used))
            {
                if (IsRelatedType(used.ContainingType, owner))
                {
                    return true;
                }

                usesSource = true;
            }

            // an object of the field's type (or a related one) handed to the team's code (not read for a member of it, nor
            // given to a library call that gives back no such object: GetType(), ReferenceEquals(this, ...), list.IndexOf(this))
            // (a local of another type holding it is read last: its declaration and assignments are bound)
            handsObjectOn = handsObjectOn ||
                            ((IsRelatedType(operation.Type, owner) || operation is ILocalReferenceOperation) && IsHandedToSource(operation, value, owner) &&
                             (IsRelatedType(operation.Type, owner) || IsLocalHoldingRelatedObject(operation, owner)));
            if (usesSource && (handsObjectOn || namedAnywhere))
            {
                return true;
            }

            foreach (var child in operation.ChildOperations)
            {
                pending.Push(child);
            }
        }

        return false;
    }

    /// <summary>
    /// Whether an object met inside <paramref name="value"/> reaches a member declared in source: up through what holds
    /// it (an array, a tuple, a lambda, an initializer, a conversion) to the first call, creation or member use, which is
    /// the team's; through a library call only when that call may give the object back (its result is of a related type).
    /// </summary>
    private static bool IsHandedToSource(IOperation found, IOperation value, INamedTypeSymbol owner)
    {
        if (found.Parent is IMemberReferenceOperation { Instance: var read } && read == found)
        {
            return false; // this._name, other.Psk: a member read, judged as that member
        }

        return Walk(found, value, owner, heldAtValue: false);
    }

    /// <summary>
    /// The walk up from an object met inside <paramref name="value"/>: true at the first member of the team's code it
    /// reaches; at <paramref name="value"/> itself, <paramref name="heldAtValue"/> (still held there); false where it is consumed.
    /// </summary>
    private static bool Walk(IOperation found, IOperation value, INamedTypeSymbol owner, bool heldAtValue)
    {
        if (found == value)
        {
            return heldAtValue;
        }

        for (IOperation? child = found, at = found.Parent; at is not null && child != value; child = at, at = at.Parent)
        {
            switch (at)
            {
                case IInvocationOperation { TargetMethod: var method } when IsSourceMember(method):
                case IObjectCreationOperation { Constructor: { } constructor } when IsSourceMember(constructor):
                case IPropertyReferenceOperation { Property: var property } when IsSourceMember(property):
                    return true;
                case IInvocationOperation { Parent: IObjectOrCollectionInitializerOperation }:
                    continue; // new List<T> { this }: an element of the collection being built
                case IInvocationOperation library when Carries(library.Type, owner):
                    continue; // a library call that may give the object back (Enumerable.First(new[] { this }))
                case IObjectCreationOperation:
                    continue; // a library object built from it may keep it (new WeakReference(this), a dictionary's initializer)
                case IConditionalOperation conditional when child != conditional.Condition:
                case ISwitchExpressionArmOperation arm when child == arm.Value:
                case ISwitchExpressionOperation switchExpression when child != switchExpression.Value:
                case { Syntax: CollectionExpressionSyntax or SpreadElementSyntax or ExpressionElementSyntax }:
                    // (a collection expression, [this] or [.. peers, this], read on its syntax: its operation is newer
                    // than the compiler API the analyzers build against)
                case ICoalesceOperation:
                case IArgumentOperation:
                case IConversionOperation conversion when IsRelatedType(conversion.Type, owner) || Carries(conversion.Type, owner):
                    // (a conversion to another type, (string)labels[this] or labels[this] as string, can no longer be the object)
                case IParenthesizedOperation:
                case IArrayInitializerOperation:
                case IArrayCreationOperation:
                case ITupleOperation:
                case IReturnOperation:
                case IBlockOperation:
                case IAnonymousFunctionOperation:
                case IDelegateCreationOperation:
                case IObjectOrCollectionInitializerOperation:
                case IMemberInitializerOperation:
                case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation }:
                case IPropertyReferenceOperation { Parent: ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation } }:
                    continue; // what holds the object on its way
                default:
                    return false; // consumed: compared (this == Primary), tested (this is IRelayNode), given to a library call
                                  // that gives back no such object (list.Contains(this), GetType())
            }
        }

        return heldAtValue; // (reached the value itself: given no further)
    }

    /// <summary>
    /// Whether a library call's result of this type may give back an object of a type related to <paramref name="owner"/>
    /// that it was given: it is of such a type or <see cref="object"/> (an object given in comes back as itself), or a
    /// collection, array or tuple of them (<c>tags.Append(this)</c> on a <c>List&lt;object&gt;</c>).
    /// </summary>
    private static bool Carries(ITypeSymbol? type, INamedTypeSymbol owner, int depth = 0) =>
        depth < 3 && type switch
        {
            IArrayTypeSymbol array => Carries(array.ElementType, owner, depth + 1),
            INamedTypeSymbol named => IsRelatedType(named, owner) || named.SpecialType == SpecialType.System_Object ||
                                      named.TypeArguments.Any(argument => Carries(argument, owner, depth + 1)),
            _ => false,
        };

    /// <summary>
    /// Whether a reference to a local whose declared type relates to no type of the owner's (<c>object self = this;</c>)
    /// reads a local declared with an object of a related type: the object it holds is the owner's.
    /// </summary>
    private static bool IsLocalHoldingRelatedObject(IOperation operation, INamedTypeSymbol owner)
    {
        if (operation is not ILocalReferenceOperation { Local: { DeclaringSyntaxReferences: { Length: 1 } declared } local, SemanticModel: { } model } ||
            declared[0].SyntaxTree != model.SyntaxTree || declared[0].GetSyntax() is not VariableDeclaratorSyntax declarator ||
            !Carries(local.Type, owner))
        {
            return false; // (a string or a number a helper gave about the object is not the object: var label = Names.LabelFor(this);)
        }

        // its initializer, and what the statements of its block assign it (object self; self = this;)
        var given = new List<ExpressionSyntax>();
        if (declarator.Initializer?.Value is { } initial)
        {
            given.Add(initial);
        }

        if (declarator.FirstAncestorOrSelf<BlockSyntax>() is { } block)
        {
            foreach (var assignment in block.DescendantNodes().OfType<AssignmentExpressionSyntax>())
            {
                if (assignment.Left is IdentifierNameSyntax { Identifier.ValueText: var name } && name == local.Name && given.Count < 8)
                {
                    given.Add(assignment.Right);
                }
            }
        }

        foreach (var value in given)
        {
            if (model.GetOperation(value) is not { } held)
            {
                continue;
            }

            // the object itself, or held inside what it is given (new[] { this }, [this], lab ? this : "solo")
            foreach (var inside in held.DescendantsAndSelf())
            {
                if (IsRelatedType(inside.Type, owner) && (inside == held || IsHeldUpTo(inside, held, owner)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether an object met inside <paramref name="value"/> is still held by it: every step up to it only holds the object (<see cref="IsHandedToSource"/>'s holders).</summary>
    private static bool IsHeldUpTo(IOperation found, IOperation value, INamedTypeSymbol owner) =>
        !(found.Parent is IMemberReferenceOperation { Instance: var read } && read == found) && Walk(found, value, owner, heldAtValue: true);

    /// <summary>Whether a member is declared in the compilation's source (a library member is taken not to read the team's fields).</summary>
    private static bool IsSourceMember(ISymbol member) =>
        !member.DeclaringSyntaxReferences.IsEmpty || !member.OriginalDefinition.DeclaringSyntaxReferences.IsEmpty ||
        (member.IsImplicitlyDeclared && member.ContainingType is { DeclaringSyntaxReferences.IsEmpty: false }); // a source type's default constructor

    /// <summary>
    /// Whether code of <paramref name="type"/> may see a field of <paramref name="owner"/>: the same type, a type either
    /// derives from, an interface the owner implements (its default members, an object seen through it), or a type
    /// nested in the other.
    /// </summary>
    private static bool IsRelatedType(ITypeSymbol? type, INamedTypeSymbol owner)
    {
        if (type is not INamedTypeSymbol named)
        {
            return false;
        }

        static bool Within(INamedTypeSymbol inner, INamedTypeSymbol outer)
        {
            for (var at = inner.OriginalDefinition; at is not null; at = at.ContainingType?.OriginalDefinition)
            {
                if (SymbolEqualityComparer.Default.Equals(at, outer))
                {
                    return true;
                }
            }

            return false;
        }

        static bool DerivesFrom(INamedTypeSymbol derived, INamedTypeSymbol baseType)
        {
            for (var at = derived.OriginalDefinition; at is not null; at = at.BaseType?.OriginalDefinition)
            {
                if (SymbolEqualityComparer.Default.Equals(at, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        var definition = named.OriginalDefinition;
        if (definition.SpecialType is SpecialType.System_Object or SpecialType.System_ValueType or SpecialType.System_Enum)
        {
            return false; // every type derives from these: a boxed number is no object of the owner's (a cast of one is met as its operand)
        }

        return Within(definition, owner) || Within(owner, definition) || DerivesFrom(definition, owner) || DerivesFrom(owner, definition) ||
               (definition.TypeKind == TypeKind.Interface && owner.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, definition)));
    }

    /// <summary>
    /// The values written into a property (or a static field, or a private field by its type's own code) declared in source, anywhere in the compilation:
    /// <c>Password = ...</c> in an object initializer and <c>x.Password = ...</c>; only writes that may hold written text are
    /// bound, and none are given when more than <see cref="InvocationIndex.MaxCallSites"/> of them write this member once bound
    /// (a general member, not one value), or more than four times that many writes of its name may hold text.
    /// </summary>
    private ImmutableArray<IOperation> WrittenTo(ISymbol member) =>
        _writes.GetOrAdd(member.OriginalDefinition, p =>
        {
            var assignments = new List<AssignmentExpressionSyntax>();
            var elements = new List<(ExpressionSyntax Target, ExpressionSyntax Value)>();
            var otherTypes = new Dictionary<string, bool>(System.StringComparer.Ordinal);
            var escapes = new Dictionary<SyntaxNode, HashSet<string>>();
            foreach (var token in WriterTokens(p))
            {
                // (_ssid, _psk) = ("mill-ap", "..."): a field's element of a tuple written in place
                if (p is IFieldSymbol && token.Parent is IdentifierNameSyntax element &&
                    (element.Parent is MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } self && self.Name == element ? self : (ExpressionSyntax)element) is var elementTarget &&
                    elementTarget.Parent is ArgumentSyntax && SyntacticValues.ValueAssignedTo(elementTarget) is { } elementValue && SyntacticValues.MayHoldWrittenText(elementValue))
                {
                    elements.Add((elementTarget, elementValue));
                    if (elements.Count > InvocationIndex.MaxCallSites * 4)
                    {
                        return ImmutableArray<IOperation>.Empty;
                    }

                    continue;
                }

                if (token.Parent is IdentifierNameSyntax name &&
                    (name.Parent is AssignmentExpressionSyntax direct && direct.Left == name ? direct
                        : name.Parent is MemberAccessExpressionSyntax access && access.Name == name && access.Parent is AssignmentExpressionSyntax viaAccess && viaAccess.Left == access ? viaAccess
                        : null) is { } assignment &&
                    assignment.Kind() is SyntaxKind.SimpleAssignmentExpression or SyntaxKind.CoalesceAssignmentExpression &&
                    !InitializesAnotherType(assignment, p.ContainingType, otherTypes) &&
                    SyntacticValues.MayHoldWrittenText(assignment.Right) && !IsReadThroughItsVariable(assignment, escapes) && !IsMask(assignment.Right) &&
                    !(p is IFieldSymbol writtenField && IsReplacedByNextStatement(assignment, writtenField)))
                {
                    // counted by name here, and again once bound below: another type's property of the same name
                    // (gauges[i].Value = "..%" beside entry.Value = "...") is no write of this one
                    assignments.Add(assignment);
                    if (assignments.Count > InvocationIndex.MaxCallSites * 4)
                    {
                        return ImmutableArray<IOperation>.Empty;
                    }
                }
            }

            // A positional record's property is written by its primary constructor: new BrokerOptions("host", "user", "...");
            // so is an interface's property by the positional records that implement it (record MeterConfig(string User,
            // string Password) : IMeterConfig).
            var creations = new List<(BaseObjectCreationExpressionSyntax Creation, int Ordinal, INamedTypeSymbol Record)>();
            foreach (var (record, positional) in PositionalDeclarations(p))
            {
                var ordinal = ((ParameterListSyntax)positional.Parent!).Parameters.IndexOf(positional);
                foreach (var token in _context.AliasesFor(record.Name).Prepend(record.Name).SelectMany(written => SourceWords.Tokens(_context.Compilation, written)))
                {
                    if (token.Parent is not IdentifierNameSyntax typeName)
                    {
                        continue;
                    }

                    foreach (var creation in CreationsOfRecord(typeName))
                    {
                        if (creation is { ArgumentList: { } arguments } && ArgumentFor(arguments.Arguments, ordinal, p.Name) is { } argument && SyntacticValues.MayHoldWrittenText(argument))
                        {
                            creations.Add((creation, ordinal, record));
                            if (creations.Count > InvocationIndex.MaxCallSites)
                            {
                                return ImmutableArray<IOperation>.Empty;
                            }
                        }
                    }
                }
            }

            // An interface's property read where a class implements it with a getter that writes text (public string TopicKey =>
            // Environment.GetEnvironmentVariable("TopicKey") ?? "..."): what that getter returns. So for an abstract or virtual
            // property and the getters that override it (public override string FactoryPassword => "..." of each modem class).
            var getters = new List<ExpressionSyntax>();
            if (p is IPropertySymbol { ContainingType.TypeKind: TypeKind.Interface } or IPropertySymbol { IsAbstract: true } or IPropertySymbol { IsVirtual: true })
            {
                foreach (var token in NameTokens(p.Name))
                {
                    if (token.Parent is PropertyDeclarationSyntax implementation && implementation.Identifier == token && // string IHiveConfig.Key => ... too
                        MayImplement(implementation, (IPropertySymbol)p) &&
                        (implementation.Initializer?.Value ?? SyntacticValues.GetterValue(implementation)) is { } returned && SyntacticValues.MayHoldWrittenText(returned) &&
                        _context.GetSemanticModel(implementation.SyntaxTree).GetDeclaredSymbol(implementation) is { } implementing && Implements(implementing, p))
                    {
                        getters.Add(returned);
                        if (creations.Count + getters.Count > InvocationIndex.MaxCallSites)
                        {
                            return ImmutableArray<IOperation>.Empty;
                        }
                    }
                }
            }

            var values = ImmutableArray.CreateBuilder<IOperation>(assignments.Count + creations.Count + getters.Count);
            foreach (var returned in getters)
            {
                if (_context.GetSemanticModel(returned.SyntaxTree).GetOperation(returned) is { } getterValue)
                {
                    values.Add(getterValue);
                }
            }

            foreach (var (creation, ordinal, record) in creations)
            {
                if (_context.GetSemanticModel(creation.SyntaxTree).GetOperation(creation) is IObjectCreationOperation { Constructor: { } constructor } created &&
                    SymbolEqualityComparer.Default.Equals(constructor.ContainingType.OriginalDefinition, record.OriginalDefinition))
                {
                    foreach (var argument in created.Arguments)
                    {
                        if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter?.Ordinal == ordinal && argument.Parameter.Name == p.Name)
                        {
                            values.Add(argument.Value);
                        }
                    }
                }
            }

            foreach (var assignment in assignments)
            {
                // s.Password = "..." and the default s.Password ??= "..."
                if (_context.GetSemanticModel(assignment.SyntaxTree).GetOperation(assignment) is IAssignmentOperation { Target: IMemberReferenceOperation target } write &&
                    write is ISimpleAssignmentOperation or ICoalesceAssignmentOperation &&
                    (SymbolEqualityComparer.Default.Equals(target.Member.OriginalDefinition, p) || Implements(target.Member, p)))
                {
                    values.Add(write.Value);
                }
            }

            foreach (var (elementTarget, elementValue) in elements)
            {
                var model = _context.GetSemanticModel(elementTarget.SyntaxTree);
                if (model.GetOperation(elementTarget) is IFieldReferenceOperation { Field: var written } &&
                    SymbolEqualityComparer.Default.Equals(written.OriginalDefinition, p) && model.GetOperation(elementValue) is { } element)
                {
                    values.Add(element);
                }
            }

            return values.Count <= InvocationIndex.MaxCallSites ? values.ToImmutable() : ImmutableArray<IOperation>.Empty;
        });

    /// <summary>
    /// The objects of the team's type <paramref name="type"/> that the code builds with an initializer writing one of its
    /// credential-named text properties (<c>new CameraConnectionInfo { Username = "viewer", Password = "..." }</c>), in
    /// source order, as the initializers' operations (a record's positional creations are read per caller instead); empty
    /// when there are more than <see cref="InvocationIndex.MaxCallSites"/> or the type declares no such property. Read once
    /// per type.
    /// </summary>
    private ImmutableArray<IOperation> InitializedObjects(INamedTypeSymbol type) =>
        _initializedObjects.GetOrAdd(type.OriginalDefinition, t =>
        {
            if (t.DeclaringSyntaxReferences.Length == 0 || t.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return ImmutableArray<IOperation>.Empty;
            }

            var objects = new List<IOperation>();
            var seen = new HashSet<SyntaxNode>();
            foreach (var member in t.GetMembers())
            {
                if (member is not IPropertySymbol { IsStatic: false, IsIndexer: false, SetMethod: not null } property || !IsString(property.Type) ||
                    !SyntacticValues.IsCredentialParameterName(property.Name, _context.Settings.SecretNames))
                {
                    continue;
                }

                foreach (var write in WrittenTo(property))
                {
                    switch (write.Parent)
                    {
                        case ISimpleAssignmentOperation { Parent: IObjectOrCollectionInitializerOperation initializer } when seen.Add(initializer.Syntax):
                            objects.Add(initializer);
                            break;
                    }
                }
            }

            return objects.Count <= InvocationIndex.MaxCallSites
                ? objects.OrderBy(o => o.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal).ThenBy(o => o.Syntax.SpanStart).ToImmutableArray()
                : ImmutableArray<IOperation>.Empty;
        });

    private readonly Infrastructure.LockedCache<INamedTypeSymbol, ImmutableArray<IOperation>> _initializedObjects = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The value a built object (<see cref="InitializedObjects"/>) gives <paramref name="property"/>: its initializer's
    /// assignment, or the record's positional argument of the property's name; null when it leaves it unset.
    /// </summary>
    private static IOperation? InitializedValue(IOperation built, IPropertySymbol property)
    {
        if (built is IObjectCreationOperation creation)
        {
            return creation.Arguments.FirstOrDefault(a => a.ArgumentKind == ArgumentKind.Explicit && a.Parameter?.Name == property.Name)?.Value;
        }

        foreach (var initialized in ((IObjectOrCollectionInitializerOperation)built).Initializers)
        {
            if (initialized is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment &&
                SymbolEqualityComparer.Default.Equals(target.Property.OriginalDefinition, property.OriginalDefinition))
            {
                return assignment.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The values a helper declared in source (a method or a local function) chooses between as its whole body
    /// (<see cref="SyntacticValues.ChoicesReturned"/>), or the call of a followed helper it wraps
    /// (<see cref="SyntacticValues.WrappedCall"/>), bound; empty for any other body, which the resolver does not read.
    /// </summary>
    private IReadOnlyList<IOperation> ChoicesReturned(IMethodSymbol helper)
    {
        // a partial method's calls bind to its declaration; its body is in the implementing part (public partial string Token() => "...")
        if ((helper.PartialImplementationPart ?? helper).DeclaringSyntaxReferences is not { Length: 1 } references)
        {
            return System.Array.Empty<IOperation>();
        }

        var declaration = references[0].GetSyntax();
        if (SyntacticValues.ChoicesReturned(declaration) is not { Count: > 0 } returned)
        {
            // a wrapper handing its parameters on to a followed helper (Secret(key, fallback) => Env.Get("APP_" + key,
            // fallback)): the inner call, whose choices (the fallback among them) are read with this call's arguments
            return SyntacticValues.WrappedCall(declaration) is { } wrapped &&
                   _context.GetSemanticModel(wrapped.SyntaxTree).GetOperation(wrapped) is IInvocationOperation { TargetMethod: var inner } innerCall && IsFollowedHelper(inner)
                ? new IOperation[] { innerCall }
                : System.Array.Empty<IOperation>();
        }

        var model = _context.GetSemanticModel(returned[0].SyntaxTree);
        var operations = new List<IOperation>(returned.Count);
        foreach (var value in returned)
        {
            if (model.GetOperation(value) is { } operation)
            {
                operations.Add(operation);
            }
        }

        return operations;
    }

    /// <summary>
    /// The positional record parameters that declare <paramref name="property"/>: its own (a record's positional property),
    /// or, for an interface's property, those of the source records that implement it with a positional property of its name.
    /// </summary>
    private IEnumerable<(INamedTypeSymbol Record, ParameterSyntax Positional)> PositionalDeclarations(ISymbol property)
    {
        if (property.DeclaringSyntaxReferences.Length == 1 &&
            property.DeclaringSyntaxReferences[0].GetSyntax() is ParameterSyntax { Parent: ParameterListSyntax { Parent: RecordDeclarationSyntax } } own)
        {
            yield return (property.ContainingType, own);
            yield break;
        }

        if (property.ContainingType is not { TypeKind: TypeKind.Interface })
        {
            yield break;
        }

        foreach (var token in NameTokens(property.Name))
        {
            if (token.Parent is ParameterSyntax { Parent: ParameterListSyntax { Parent: RecordDeclarationSyntax declaration } } positional &&
                _context.GetSemanticModel(declaration.SyntaxTree).GetDeclaredSymbol(declaration) is { } record &&
                record.GetMembers(property.Name).OfType<IPropertySymbol>().FirstOrDefault() is { } implementing && Implements(implementing, property))
            {
                yield return (record, positional);
            }
        }
    }

    /// <summary>The argument a call passes for the parameter at <paramref name="ordinal"/> named <paramref name="name"/> (by name or by place), or null.</summary>
    /// <summary>
    /// The creation a record's name written as <paramref name="typeName"/> makes: <c>new WeatherKeys(...)</c>, or a
    /// target-typed <c>new(...)</c> initialising a field, property or local declared with that type
    /// (<c>static readonly WeatherKeys Keys = new("...", "metric");</c>) or returned by a method, a property's getter or a
    /// local function declared to return it (every such <c>return new(...)</c>, and each arm of a choice between them); none
    /// for any other use of the name.
    /// </summary>
    private static IEnumerable<BaseObjectCreationExpressionSyntax> CreationsOfRecord(IdentifierNameSyntax typeName)
    {
        // The type as written: the name alone, or the name the namespace or an alias qualifies (new Config.BrokerOptions(...),
        // global::Plant.Config.BrokerOptions); a declared type may be nullable (BrokerOptions? Spare = new(...)).
        TypeSyntax written = typeName;
        while ((written.Parent is QualifiedNameSyntax qualified && qualified.Right == written) || (written.Parent is AliasQualifiedNameSyntax alias && alias.Name == written))
        {
            written = (TypeSyntax)written.Parent;
        }

        var declared = written.Parent is NullableTypeSyntax nullable ? nullable : written;
        if (declared.Parent is TypeArgumentListSyntax { Arguments.Count: 1, Parent: GenericNameSyntax task } &&
            (task.Parent is QualifiedNameSyntax taskQualified && taskQualified.Right == task ? taskQualified : (TypeSyntax)task) is var taskType &&
            taskType.Parent is MethodDeclarationSyntax or LocalFunctionStatementSyntax &&
            taskType.Parent is var asyncFunction && SyntacticValues.ReturnedType(taskType, asyncFunction is MethodDeclarationSyntax m ? m.Modifiers : ((LocalFunctionStatementSyntax)asyncFunction).Modifiers) == declared)
        {
            declared = taskType; // async Task<WeatherKeys> LoadAsync() { ...; return new(...); }: its returns create the record
        }

        switch (declared.Parent)
        {
            case ObjectCreationExpressionSyntax creation when creation.Type == written:
                return new[] { creation };
            case VariableDeclarationSyntax declaration when declaration.Type == declared && declaration.Variables.Count == 1:
                return TargetTyped(declaration.Variables[0].Initializer?.Value);
            case PropertyDeclarationSyntax property when property.Type == declared:
                return TargetTyped(property.Initializer?.Value ?? property.ExpressionBody?.Expression);
            case MethodDeclarationSyntax method when method.ReturnType == declared:
                // public WalkOptions Walk(string host) => new(host, Site);: what a method declared to return the record returns
                return method.ExpressionBody is { } arrow
                    ? TargetTyped(arrow.Expression)
                    : method.Body?.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).OfType<ReturnStatementSyntax>()
                          .SelectMany(r => TargetTyped(r.Expression)) ?? Enumerable.Empty<BaseObjectCreationExpressionSyntax>();
            case LocalFunctionStatementSyntax function when function.ReturnType == declared:
                return TargetTyped(function.ExpressionBody?.Expression);
            default:
                return Enumerable.Empty<BaseObjectCreationExpressionSyntax>();
        }

        // new(...), or each arm of a choice between them (lab ? new(...) : new(...))
        static IEnumerable<BaseObjectCreationExpressionSyntax> TargetTyped(ExpressionSyntax? value) =>
            (value is null ? null : SyntacticValues.Strip(value)) switch
            {
                ImplicitObjectCreationExpressionSyntax made => new[] { made },
                ConditionalExpressionSyntax choice => TargetTyped(choice.WhenTrue).Concat(TargetTyped(choice.WhenFalse)),
                _ => Enumerable.Empty<BaseObjectCreationExpressionSyntax>(),
            };
    }

    private static ExpressionSyntax? ArgumentFor(SeparatedSyntaxList<ArgumentSyntax> arguments, int ordinal, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var named = arguments[i].NameColon?.Name.Identifier.ValueText;
            if (named is null ? i == ordinal : named == name)
            {
                return arguments[i].Expression;
            }
        }

        return null;
    }

    /// <summary>A redacted literal (<c>"***"</c>, <c>"[redacted]"</c>): a copy made for a log or a screen, not a value the sink gets.</summary>
    private static bool IsMask(ExpressionSyntax value) =>
        SyntacticValues.Strip(value) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal && SecretText.IsRedaction(literal.Token.ValueText);

    /// <summary>
    /// Whether a property declaration of the read property's name may implement or override it, by its syntax alone (the
    /// semantic check, <see cref="Implements"/>, binds the declaration): an override for an abstract or virtual property;
    /// for an interface's, an explicit implementation naming the interface, or a type whose base list names it, may
    /// inherit it (a base that is not named as an interface, <c>IName</c>), or is partial. So a fleet of drivers each
    /// implementing its own settings interface with the same property name binds each declaration once, not once per
    /// interface (red team 28: the square of their number).
    /// </summary>
    private static bool MayImplement(PropertyDeclarationSyntax declaration, IPropertySymbol read)
    {
        if (declaration.Parent is not TypeDeclarationSyntax type)
        {
            return false;
        }

        if (read.ContainingType.TypeKind != TypeKind.Interface)
        {
            return declaration.Modifiers.Any(SyntaxKind.OverrideKeyword) && (type.BaseList is not null || type.Modifiers.Any(SyntaxKind.PartialKeyword));
        }

        if (declaration.ExplicitInterfaceSpecifier is { } specifier)
        {
            return SyntaxNames.Rightmost(specifier.Name) == read.ContainingType.Name;
        }

        if (type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            return true;
        }

        foreach (var baseType in type.BaseList?.Types ?? default)
        {
            var name = SyntaxNames.Rightmost(baseType.Type);
            if (name == read.ContainingType.Name || name is not { Length: > 1 } || name[0] != 'I' || !char.IsUpper(name[1]))
            {
                return true; // the interface itself, or a base class that may implement it
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="written"/> is the class's implementation of the interface property <paramref name="read"/>
    /// (<c>APIContext.APIKey</c> for <c>IAPIContext.APIKey</c>), or overrides it: a write of the one is a value of the other.
    /// </summary>
    private static bool Implements(ISymbol written, ISymbol read)
    {
        if (read.ContainingType is { TypeKind: TypeKind.Interface } contract && written.ContainingType is { } type)
        {
            return SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(read)?.OriginalDefinition, written.OriginalDefinition);
        }

        for (var overridden = (written as IPropertySymbol)?.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
        {
            if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, read))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// An object initializer's member of a type named otherwise, one that does not derive from the property's type
    /// (<c>new OnvifOptions { Password = ... }</c> when the property read is <c>BrokerSettings.Password</c>; a
    /// <c>new PlantBrokerSettings { Password = ... }</c> of a derived type does write it): not a write of this property,
    /// told from the declarations alone (no member body is bound), so that the many <c>Password = ...</c> of other types
    /// in a compilation do not use up the cap on the writes followed. <paramref name="known"/> holds each type name's answer.
    /// </summary>
    private bool InitializesAnotherType(AssignmentExpressionSyntax assignment, INamedTypeSymbol type, Dictionary<string, bool> known)
    {
        if (assignment.Parent is not InitializerExpressionSyntax { Parent: ObjectCreationExpressionSyntax { Type: var created } } ||
            SyntaxNames.Rightmost(created) is not { } createdName || createdName == type.Name || _context.AliasTarget(createdName) == type.Name)
        {
            return false; // the type itself, or a using alias of it (using Opts = Plant.BrokerSettings; new Opts { ... })
        }

        if (!known.TryGetValue(createdName, out var other))
        {
            other = true;
            foreach (var candidate in SourceTypesNamed(createdName))
            {
                for (var baseType = (candidate as INamedTypeSymbol)?.BaseType; baseType is not null; baseType = baseType.BaseType)
                {
                    if (SymbolEqualityComparer.Default.Equals(baseType.OriginalDefinition, type.OriginalDefinition))
                    {
                        other = false;
                    }
                }

                // new APIContext { APIKey = ... } writes IAPIContext.APIKey, read through the interface
                if (type.TypeKind == TypeKind.Interface && candidate is INamedTypeSymbol implementing &&
                    implementing.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, type.OriginalDefinition)))
                {
                    other = false;
                }
            }

            known[createdName] = other;
        }

        return other;
    }

    /// <summary>
    /// The types the compilation's source declares under a simple name, asked of the declaration table once per name: every
    /// member whose writes are told apart by their initializers' types asks again for the same names (800 settings types
    /// sharing a <c>Code</c> member asked 640,000 times, red team 47).
    /// </summary>
    private ImmutableArray<ISymbol> SourceTypesNamed(string name) =>
        _sourceTypes.GetOrAdd(name, n => _context.Compilation.GetSymbolsWithName(n, SymbolFilter.Type).ToImmutableArray());

    private readonly Infrastructure.LockedCache<string, ImmutableArray<ISymbol>> _sourceTypes = new(System.StringComparer.Ordinal);

    /// <summary>
    /// A write into an object held in a local variable of the function that reads it there (<c>var s = new Options();
    /// s.Password = "..."; Use(s.Password)</c>): the resolver follows the variable itself, so it is not taken as a write
    /// that any read of the property may see, unless the object leaves the function (<see cref="Escapes"/>).
    /// </summary>
    private bool IsReadThroughItsVariable(AssignmentExpressionSyntax assignment, Dictionary<SyntaxNode, HashSet<string>> escapes) =>
        assignment.Left is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax variable }
            ? SyntacticValues.Find(variable) is { Kind: DeclarationKind.Variable, Value: { } created } && SyntacticValues.Strip(created) is BaseObjectCreationExpressionSyntax &&
              !Escapes(variable.Identifier.ValueText, assignment, escapes)
            : assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax { Parent: EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } } } &&
              (declarator.Parent?.Parent is FieldDeclarationSyntax { Parent: TypeDeclarationSyntax owner }
                  ? !IsHandedOnAnywhere(declarator.Identifier.ValueText, owner.Identifier.ValueText)
                  : !Escapes(declarator.Identifier.ValueText, assignment, escapes));

    /// <summary>
    /// Whether a field named <paramref name="field"/> is handed on whole somewhere in the compilation (<c>new
    /// CameraFeedService(GateCamera)</c>, <c>new[] { Shed.GateCamera }</c>, <c>_options = Bench</c>, <c>return Bench</c>):
    /// then a settings object built in its initializer is read elsewhere, through another variable's property, not only
    /// as <c>GateCamera.Password</c> (which the resolver follows through the field itself). By name (syntax only), once per name.
    /// </summary>
    private bool IsHandedOnAnywhere(string field, string owner) =>
        _handedOnFields.GetOrAdd((field, owner), key => SourceWords.Tokens(_context.Compilation, key.Field).Any(token =>
        {
            if (token.Parent is not IdentifierNameSyntax identifier)
            {
                return false;
            }

            // RunMode.Bench: a member of another type (an enum's, another class's) that shares the field's name
            if (identifier.Parent is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var qualifier } } other && other.Name == identifier &&
                qualifier != key.Owner && qualifier.Length > 0 && char.IsUpper(qualifier[0]))
            {
                return false;
            }

            ExpressionSyntax whole = identifier.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == identifier ? qualified : identifier;
            // through a choice, a fallback, a switch's arm or a with-copy (bench ? Bench : (Load() ?? BuiltInDefaults),
            // site switch { "inlet" => Inlet, ... }, Template with { Url = ... }) to where the object goes
            while (whole.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } ||
                   (whole.Parent is ConditionalExpressionSyntax choice && choice.Condition != whole) ||
                   (whole.Parent is SwitchExpressionArmSyntax arm && arm.Expression == whole) ||
                   (whole.Parent is WithExpressionSyntax copy && copy.Expression == whole))
            {
                whole = whole.Parent is SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax armOf } ? armOf : (ExpressionSyntax)whole.Parent;
            }

            // handed to a call or a creation, put in a collection (new[] { North }, [North]), returned (also by a lambda:
            // new SiloFeed(() => Bin3)), or given to another variable, field or property
            return whole.Parent is ArgumentSyntax or InitializerExpressionSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or
                       YieldStatementSyntax or EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax } or ExpressionElementSyntax ||
                   (whole.Parent is LambdaExpressionSyntax lambda && lambda.ExpressionBody == whole) ||
                   (whole.Parent is AssignmentExpressionSyntax assigned && assigned.Right == whole);
        }));

    private readonly Infrastructure.LockedCache<(string Field, string Owner), bool> _handedOnFields = new();

    /// <summary>
    /// Whether the object a local variable holds leaves its function (<c>return new MqttClient(settings)</c>, <c>Use(settings)</c>,
    /// <c>return settings</c>, <c>_field = settings</c>): then what is written into it is read elsewhere, through the property.
    /// </summary>
    private static bool Escapes(string variable, SyntaxNode inside, Dictionary<SyntaxNode, HashSet<string>> known)
    {
        var function = inside.FirstAncestorOrSelf<SyntaxNode>(n => n is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax or AnonymousFunctionExpressionSyntax);
        if (function is null)
        {
            return false; // a field's initializer: read through the field, whose initializer the resolver follows
        }

        if (!known.TryGetValue(function, out var escaping))
        {
            known[function] = escaping = EscapingNames(function); // each function read once, for all its variables
        }

        return escaping.Contains(variable);
    }

    /// <summary>
    /// The names a function hands on: passed as an argument, returned or yielded, given to another variable, field or
    /// property (<c>Use(settings)</c>, <c>return settings</c>, <c>_field = settings</c>), or whose own methods it calls
    /// (<c>gateway.Start()</c>: the object's code reads what was written into it), read in one walk of the function.
    /// </summary>
    private static HashSet<string> EscapingNames(SyntaxNode function)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var name in function.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Parent is ArgumentSyntax or ReturnStatementSyntax or ArrowExpressionClauseSyntax or EqualsValueClauseSyntax or YieldStatementSyntax ||
                (name.Parent is AssignmentExpressionSyntax escape && escape.Right == name) ||
                (name.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax } receiver && receiver.Expression == name)) // gateway.Start(): its own code reads it
            {
                names.Add(name.Identifier.ValueText);
            }
        }

        return names;
    }

    private readonly Infrastructure.LockedCache<(IMethodSymbol Method, int Ordinal), ImmutableArray<IInvocationOperation>> _callSites = new(CallSiteKeyComparer.Instance);

    private sealed class CallSiteKeyComparer : IEqualityComparer<(IMethodSymbol Method, int Ordinal)>
    {
        public static readonly CallSiteKeyComparer Instance = new();

        public bool Equals((IMethodSymbol Method, int Ordinal) x, (IMethodSymbol Method, int Ordinal) y) =>
            x.Ordinal == y.Ordinal && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

        public int GetHashCode((IMethodSymbol Method, int Ordinal) key) => SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31 + key.Ordinal;
    }

    /// <summary>
    /// A method or local function declared in source whose calls bind to it: not virtual, abstract, an override or an
    /// explicit interface implementation (a call through a base or an interface names another method).
    /// </summary>
    /// <summary>The task an <c>await</c> waits for, without its <c>ConfigureAwait(...)</c> (<c>await ReadAsync().ConfigureAwait(false)</c>).</summary>
    private static IOperation AwaitedTask(IOperation awaited) =>
        Unwrap(awaited) is IInvocationOperation { TargetMethod.Name: "ConfigureAwait", Instance: { } task } ? task : awaited;

    /// <summary>
    /// The value a completed task is made from (<c>Task.FromResult("...")</c>, <c>new ValueTask&lt;string&gt;("...")</c>,
    /// <c>ValueTask.FromResult("...")</c>, <c>Task.Run(() => "...")</c>); the operation itself otherwise (an async method's <c>return "...";</c>).
    /// </summary>
    private static IOperation ResultOfCompletedTask(IOperation returned) =>
        Unwrap(returned) switch
        {
            IInvocationOperation { TargetMethod: { Name: "FromResult", ContainingType.Name: "Task" or "ValueTask" }, Arguments.Length: 1 } completed => completed.Arguments[0].Value,
            IObjectCreationOperation { Type.Name: "ValueTask", Arguments.Length: 1 } valueTask => valueTask.Arguments[0].Value,
            // Task.Run(() => "..."): the value the work item returns
            // (a block that logs or waits first and returns once, at its end: Task.Run(() => { Log(...); return "..."; }))
            IInvocationOperation { TargetMethod: { Name: "Run", ContainingType.Name: "Task" }, Arguments.Length: >= 1 } run
                when Unwrap(run.Arguments[0].Value) is IDelegateCreationOperation { Target: IAnonymousFunctionOperation { Body.Operations: { Length: >= 1 } work } } &&
                     work[work.Length - 1] is IReturnOperation { ReturnedValue: { } workResult } &&
                     work.Take(work.Length - 1).All(step => step is IExpressionStatementOperation) => workResult,
            _ => returned,
        };

    /// <summary>A call of a helper the resolver follows, awaited or not (<c>Secrets.Password()</c>, <c>await Secrets.TokenAsync().ConfigureAwait(false)</c>).</summary>
    private static bool CallsFollowedHelper(IOperation value) =>
        Unwrap(value) switch
        {
            // (a lambda a local holds: var password = load(); or await load().ConfigureAwait(false))
            IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Instance: ILocalReferenceOperation } => true,
            // ... its result tidied first ((await load()).Trim())
            IInvocationOperation { Instance: { } tidied } trimmed when IsTrimOfText(trimmed) => CallsFollowedHelper(tidied),
            IInvocationOperation { TargetMethod: { } helper } => IsFollowedHelper(helper),
            IAwaitOperation { Operation: var awaited } => Unwrap(AwaitedTask(awaited)) is IInvocationOperation { TargetMethod: var asyncHelper } &&
                                                          (asyncHelper.MethodKind == MethodKind.DelegateInvoke || IsFollowedHelper(asyncHelper)),
            _ => false,
        };

    /// <summary>
    /// A string's <c>Trim()</c>, <c>TrimStart()</c> or <c>TrimEnd()</c>, of white space or of given characters
    /// (<c>Trim('\r', '\n')</c>): the same text, tidied at its ends, as <see cref="KeptOperand"/> reads it.
    /// </summary>
    private static bool IsTrimOfText(IInvocationOperation call) =>
        call.TargetMethod is { Name: "Trim" or "TrimStart" or "TrimEnd", ContainingType.SpecialType: SpecialType.System_String };

    private static bool IsFollowedHelper(IMethodSymbol method) =>
        !method.DeclaringSyntaxReferences.IsEmpty &&
        (method.MethodKind == MethodKind.LocalFunction ||
         (method.MethodKind == MethodKind.Ordinary && !method.IsVirtual && !method.IsAbstract && !method.IsOverride && method.ExplicitInterfaceImplementations.IsEmpty));

    /// <summary>A parameter given another value in its method (password = vault.Get(password)): what callers pass is not what reaches the sink.</summary>
    private bool IsReassigned(IParameterSymbol parameter) =>
        _reassigned.GetOrAdd(parameter, static p =>
            // a source parameter's references are built anew on each ask: asked once here
            p.DeclaringSyntaxReferences is { Length: 1 } references && references[0].GetSyntax() is ParameterSyntax declaration &&
            declaration.Parent?.Parent is { } function &&
            // apiKey ??= "": a default for a missing value keeps every value a caller gives; so does password = password.Trim()
            WritesIn(function, p.Name, declaration, bareNameOnly: true).Any(write => !write.IsKind(SyntaxKind.CoalesceAssignmentExpression) && !KeepsItsText(write, p.Name)));

    private readonly Infrastructure.LockedCache<IParameterSymbol, bool> _reassigned = new(SymbolEqualityComparer.Default);

    /// <summary>A parameter given its own text again, trimmed or with a fallback of none (<c>password = password.Trim()</c>, <c>key = key ?? ""</c>).</summary>
    private static bool KeepsItsText(SyntaxNode write, string name) =>
        write is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Right: var right } &&
        SyntacticValues.StoredValue(right) is IdentifierNameSyntax { Identifier.ValueText: var kept } && kept == name;

    /// <summary>A private method or a local function: every call to it is in its own type.</summary>
    private static bool IsPrivateToItsType(IMethodSymbol method) =>
        method.MethodKind == MethodKind.LocalFunction || method.DeclaredAccessibility == Accessibility.Private;

    /// <summary>
    /// The calls of a helper: in its type's declarations when it is private to its type, otherwise anywhere in the
    /// compilation (through <see cref="IoTSecureContext.Invocations"/>); those that may pass written text, none when more than <see cref="InvocationIndex.MaxCallSites"/> may.
    /// </summary>
    private ImmutableArray<IInvocationOperation> CallSites(IMethodSymbol method, IParameterSymbol parameter) => CallSites(method, parameter.Ordinal);

    /// <summary>
    /// The calls in this compilation of a helper the resolver follows (as for <see cref="Alternatives"/>: declared in source,
    /// not virtual, with a parameter named as a secret, a password or a key that its method does not reassign) that may
    /// pass written text for one of those parameters; empty for any other method, or when more than
    /// <see cref="InvocationIndex.MaxCallSites"/> calls do. Each call binds all the helper's parameters at once, so a
    /// string the helper builds from several of them (an APN's user and password) can be read once per call.
    /// </summary>
    /// <param name="method">The helper.</param>
    /// <param name="everyTextParameter">
    /// Whether the calls passing written text for any of its string parameters count, whatever their names: for a caller
    /// that has seen the parameter at a password's place in text the helper builds (<c>AT+CWSAP="{name}","{key}"</c>,
    /// <c>?token={t}</c>), where the place, not the name, says what it holds.
    /// </param>
    public ImmutableArray<IInvocationOperation> FollowedCalls(IMethodSymbol method, bool everyTextParameter = false) =>
        _followedCalls.GetOrAdd((method.OriginalDefinition, everyTextParameter ? 1 : 0), key => FindFollowedCalls(key.Method, key.Ordinal == 1));

    /// <summary>The calls of <see cref="FollowedCalls"/>, keyed by the helper's definition and whether every text parameter counts (1) or not (0).</summary>
    private readonly Infrastructure.LockedCache<(IMethodSymbol Method, int Ordinal), ImmutableArray<IInvocationOperation>> _followedCalls = new(CallSiteKeyComparer.Instance);

    private ImmutableArray<IInvocationOperation> FindFollowedCalls(IMethodSymbol method, bool everyTextParameter)
    {
        if (!IsFollowedHelper(method))
        {
            return ImmutableArray<IInvocationOperation>.Empty;
        }

        var calls = ImmutableArray.CreateBuilder<IInvocationOperation>();
        var seen = new HashSet<SyntaxNode>();
        foreach (var parameter in method.OriginalDefinition.Parameters)
        {
            // a text parameter: a string, or an object that string.Format writes (AT_CPIN_PUK(object puk, object newPin))
            if ((everyTextParameter ? parameter.Type.SpecialType is SpecialType.System_String or SpecialType.System_Object : SyntacticValues.IsCredentialParameterName(parameter.Name, _context.Settings.SecretNames)) &&
                !IsReassigned(parameter))
            {
                foreach (var site in CallSites(method, parameter.Ordinal))
                {
                    if (seen.Add(site.Syntax))
                    {
                        calls.Add(site);
                    }
                }
            }
        }

        return calls.Count > InvocationIndex.MaxCallSites ? ImmutableArray<IInvocationOperation>.Empty : calls.ToImmutable();
    }

    private ImmutableArray<IInvocationOperation> CallSites(IMethodSymbol method, int parameterOrdinal) =>
        _callSites.GetOrAdd((method.OriginalDefinition, parameterOrdinal), key =>
        {
            var (m, ordinal) = key;
            // Only a call whose argument for the parameter may hold written text is bound (binding is the cost), and none
            // when more than MaxCallSites do: a general helper, not one value. An extension method called on its receiver
            // ("Greenhouse".JoinWith(pw)) takes its first parameter from it.
            return BoundCalls(m, (invocation, receiver, shift) =>
                ordinal < shift ? SyntacticValues.MayHoldWrittenText(receiver!) : MayPassText(invocation.ArgumentList.Arguments, ordinal - shift, m.Parameters[ordinal].Name));
        });

    /// <summary>
    /// The calls of a helper whose syntax <paramref name="passes"/> accepts (given the call, an extension method's
    /// receiver and how far it shifts the arguments), bound: in its type for a helper private to it, else anywhere in the
    /// compilation by its name; calls of another method of the name are left out. Empty when more than
    /// <see cref="InvocationIndex.MaxCallSites"/> are accepted.
    /// </summary>
    private ImmutableArray<IInvocationOperation> BoundCalls(IMethodSymbol m, System.Func<InvocationExpressionSyntax, ExpressionSyntax?, int, bool> passes)
    {
        var candidates = IsPrivateToItsType(m)
            ? m.ContainingType.DeclaringSyntaxReferences.SelectMany(r => r.GetSyntax().DescendantNodes().OfType<InvocationExpressionSyntax>())
                .Where(i => SyntaxNames.Rightmost(i.Expression) == m.Name)
            : _context.Invocations.Named(m.Name);
        var passing = new List<InvocationExpressionSyntax>();
        foreach (var invocation in candidates)
        {
            var receiver = m.IsExtensionMethod ? SyntacticValues.ExtensionReceiver(invocation, m.Parameters.Length) : null;
            var shift = receiver is null ? 0 : 1;
            if (!MayCall(m, invocation.ArgumentList.Arguments.Count + shift) ||
                (m.IsStatic && !m.IsExtensionMethod && !SyntacticValues.MayCallStatic(invocation, m.ContainingType.Name)))
            {
                continue; // another method of the name (MqttClient.Connect beside the team's WiFi.Connect, new TcpClient().Connect(...)): not counted
            }

            if (passes(invocation, receiver, shift))
            {
                passing.Add(invocation);
                if (passing.Count > InvocationIndex.MaxCallSites)
                {
                    return ImmutableArray<IInvocationOperation>.Empty;
                }
            }
        }

        var calls = ImmutableArray.CreateBuilder<IInvocationOperation>(passing.Count);
        foreach (var invocation in passing)
        {
            if (_context.GetSemanticModel(invocation.SyntaxTree).GetOperation(invocation) is IInvocationOperation call &&
                SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, m))
            {
                calls.Add(call);
            }
        }

        return calls.ToImmutable();
    }

    /// <summary>Whether a call with <paramref name="argumentCount"/> arguments may call <paramref name="method"/> (its required parameters given, no more than it takes unless it has a <c>params</c> one).</summary>
    private static bool MayCall(IMethodSymbol method, int argumentCount) =>
        argumentCount >= method.Parameters.Count(p => !p.IsOptional && !p.IsParams) &&
        (argumentCount <= method.Parameters.Length || method.Parameters.Any(p => p.IsParams));

    /// <summary>
    /// The values the calls of a followed helper (<see cref="FollowedCalls"/>) pass for <paramref name="parameter"/>: what
    /// may reach a sink inside the helper through it. Empty for a method that is not followed.
    /// </summary>
    public IEnumerable<IOperation> ArgumentsFor(IMethodSymbol helper, IParameterSymbol parameter)
    {
        foreach (var call in FollowedCalls(helper))
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == parameter.Ordinal && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    yield return argument.Value;
                }
            }
        }
    }

    /// <summary>Whether a call may pass written text for a parameter, or written key bytes for one that names its key (<c>masterKey</c>).</summary>
    private readonly Infrastructure.LockedCache<(IMethodSymbol Method, int Ordinal), ImmutableArray<ImmutableArray<IArgumentOperation>>> _creations = new(CallSiteKeyComparer.Instance);

    /// <summary>
    /// The arguments of the calls in the constructor's own file (as the screen reads them,
    /// <see cref="SyntacticValues.CreationsInFile"/>) that run <paramref name="constructor"/>: <c>new TypeName(...)</c>, a
    /// target-typed <c>new(...)</c>, and <c>this(...)</c> or <c>base(...)</c> initializers, that may pass written text
    /// for the parameter at <paramref name="ordinal"/>; empty when more than <see cref="InvocationIndex.MaxCallSites"/> do
    /// (a general type, not one value). Only candidates are bound.
    /// </summary>
    private ImmutableArray<ImmutableArray<IArgumentOperation>> Creations(IMethodSymbol constructor, int ordinal) =>
        _creations.GetOrAdd((constructor.OriginalDefinition, ordinal), key =>
        {
            var (ctor, position) = key;
            var type = ctor.ContainingType;
            var parameterName = ctor.Parameters[position].Name;
            var passing = new List<ArgumentListSyntax>();
            foreach (var creation in ctor.DeclaringSyntaxReferences.Select(r => r.SyntaxTree).Distinct().SelectMany(tree => SyntacticValues.CreationsInFile(tree, type.Name)))
            {
                if (MayPassText(creation.Arguments, position, parameterName))
                {
                    passing.Add(creation);
                    if (passing.Count > InvocationIndex.MaxCallSites)
                    {
                        return ImmutableArray<ImmutableArray<IArgumentOperation>>.Empty;
                    }
                }
            }

            var creations = ImmutableArray.CreateBuilder<ImmutableArray<IArgumentOperation>>(passing.Count);
            foreach (var creation in passing)
            {
                // the parent: new T(...), this(...) or base(...), or a primary constructor's base call (class Yard() : Metrics("...", "..."))
                var (called, arguments) = _context.GetSemanticModel(creation.SyntaxTree).GetOperation(creation.Parent!) switch
                {
                    IObjectCreationOperation created => (created.Constructor, created.Arguments),
                    IInvocationOperation chained => (chained.TargetMethod, chained.Arguments), // this(...), base(...)
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };
                if (SymbolEqualityComparer.Default.Equals(called?.OriginalDefinition, ctor))
                {
                    creations.Add(arguments);
                }
            }

            return creations.ToImmutable();
        });

    private static bool MayPassText(SeparatedSyntaxList<ArgumentSyntax> arguments, int ordinal, string name) =>
        ArgumentFor(arguments, ordinal, name) is { } argument &&
        (SyntacticValues.MayHoldWrittenText(argument) || (Detection.SecretNames.IsQualifiedKeyName(name) && WrittenKeys.MayBeWrittenKey(argument, depth: 1)));

    /// <summary>
    /// The text of a byte array written as constants that are all printable ASCII, four or more (<c>new byte[] { 0x56,
    /// 0x33, 0x6E, 0x74 }</c>), or null: a password handed over as bytes. Key bytes are rarely all printable.
    /// </summary>
    private static string? AsciiOf(IArrayInitializerOperation initializer)
    {
        if (initializer.ElementValues.Length < 4 || initializer.ElementValues.Length > 256)
        {
            return null;
        }

        var text = new System.Text.StringBuilder(initializer.ElementValues.Length);
        foreach (var element in initializer.ElementValues)
        {
            if (element.Type?.SpecialType != SpecialType.System_Byte || element.ConstantValue is not { HasValue: true, Value: byte b } || b < 0x20 || b > 0x7e)
            {
                return null;
            }

            text.Append((char)b);
        }

        return text.ToString();
    }

    /// <summary>The text of a char array written as constants (<c>new[] { 'a', 'b' }</c>), or null.</summary>
    private static string? CharactersOf(IOperation operation)
    {
        if (Unwrap(operation) is not IArrayCreationOperation { Initializer: { } initializer } || initializer.ElementValues.Length == 0)
        {
            return null;
        }

        var text = new System.Text.StringBuilder(initializer.ElementValues.Length);
        foreach (var element in initializer.ElementValues)
        {
            if (element.ConstantValue is not { HasValue: true, Value: char c })
            {
                return null;
            }

            text.Append(c);
        }

        return text.ToString();
    }

    /// <summary>The semantic model of a tree of this compilation (shared by the pass).</summary>
    public SemanticModel SemanticModelOf(SyntaxTree tree) => _context.GetSemanticModel(tree);

    /// <summary>The operation a field, property or local is initialised with, when that is its only value.</summary>
    public IOperation? InitializerOperation(ISymbol symbol)
    {
        var initializer = CachedInitializerOf(symbol);
        return initializer is null ? null : _context.GetSemanticModel(initializer.SyntaxTree).GetOperation(SyntacticValues.Strip(initializer));
    }

    /// <summary>
    /// The expression a symbol is initialised with, when that is the only value it can hold as far as this
    /// compilation shows; null otherwise.
    /// </summary>
    private readonly Infrastructure.LockedCache<ISymbol, ExpressionSyntax?> _initializers = new(SymbolEqualityComparer.Default);

    /// <summary><see cref="InitializerOf"/>, asked once per symbol in a pass (it may scan the symbol's whole type for writes).</summary>
    private ExpressionSyntax? CachedInitializerOf(ISymbol symbol) => _initializers.GetOrAdd(symbol, InitializerOf);

    private static ExpressionSyntax? InitializerOf(ISymbol symbol)
    {
        if (symbol.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var declaration = symbol.DeclaringSyntaxReferences[0].GetSyntax();
        switch (symbol)
        {
            case IFieldSymbol field when declaration is VariableDeclaratorSyntax declarator:
                if (field.IsConst || !WrittenElsewhere(field, declarator))
                {
                    return declarator.Initializer?.Value;
                }

                if (declarator.Initializer is null && (field.IsReadOnly || field.DeclaredAccessibility == Accessibility.Private) && AssignedOnceInConstructor(field, declarator) is { } constructed)
                {
                    return constructed; // static readonly string Key; static Hub() { Key = "..."; }: the one value it is ever given
                }

                // s_password = Environment.GetEnvironmentVariable("...") and, in a method, s_password ??= "...": the default.
                return CoalesceDefault(field.ContainingType.DeclaringSyntaxReferences.Select(r => r.GetSyntax()), field.Name, declarator, declarator.Initializer?.Value, bareNameOnly: false);

            case IPropertySymbol property when declaration is PropertyDeclarationSyntax propertyDeclaration:
                if (SyntacticValues.GetterValue(propertyDeclaration) is { } returned)
                {
                    return returned; // => value, { get { return value; } }: what every read gives
                }

                var value = propertyDeclaration.Initializer?.Value;
                if (value is null)
                {
                    return null;
                }

                return property.SetMethod is null || !WrittenElsewhere(property, propertyDeclaration)
                    ? value
                    : null;

            case ILocalSymbol local when declaration is VariableDeclaratorSyntax localDeclarator:
                var body = (SyntaxNode?)localDeclarator.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax)
                           ?? localDeclarator.SyntaxTree.GetRoot();
                if (localDeclarator.Initializer is null)
                {
                    if (AssignedOnceInDeclaringBlock(body, local.Name, localDeclarator) is { } assignedOnce)
                    {
                        return assignedOnce; // string key; key = "...";: the one value it is ever given
                    }

                    if (localDeclarator.FirstAncestorOrSelf<BlockSyntax>() is { } declaredIn && DeconstructionWrites(declaredIn).ContainsKey(local.Name) &&
                        !DefaultedNames(declaredIn).Contains(local.Name))
                    {
                        // string id, key; (id, key) = Spare();: its value is the deconstruction's (DeconstructedFrom), read
                        // without a search; one given a default when it is missing (if (string.IsNullOrEmpty(key)) key = "...")
                        // is read for it below
                        return null;
                    }

                    // string psk; if (cfg.TryGetValue("wifi.psk", out psk) is not true) psk = "...": the default given when
                    // the lookup fails ships in the code, as for out var psk
                    // (only for a string: the body is read for the local's writes; a lookup's key says what it holds, not the
                    // local's name: string wlan; ... TryGetValue("tunnel.wlan.secret", out wlan))
                    return local.IsConst || local.Type.SpecialType != SpecialType.System_String
                        ? null
                        : CoalesceDefault(new[] { body }, local.Name, localDeclarator, declared: null, bareNameOnly: true);
                }

                if (local.IsConst)
                {
                    return localDeclarator.Initializer.Value;
                }

                return IsWrittenIn(body, local.Name, localDeclarator, bareNameOnly: true)
                    ? CoalesceDefault(new[] { body }, local.Name, localDeclarator, localDeclarator.Initializer.Value, bareNameOnly: true) // key ??= "..." after reading the environment
                    : localDeclarator.Initializer.Value;

            case ILocalSymbol deconstructed when declaration is SingleVariableDesignationSyntax designation &&
                                                 SyntacticValues.DeconstructedValue(designation) is { } element:
                // var (ssid, password) = ("Workshop", "..."): the tuple element at the designation's position
                var scope = (SyntaxNode?)designation.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax)
                            ?? designation.SyntaxTree.GetRoot();
                return IsWrittenIn(scope, deconstructed.Name, designation.FirstAncestorOrSelf<AssignmentExpressionSyntax>()!, bareNameOnly: true) ? null : element;

            case ILocalSymbol designated when declaration is SingleVariableDesignationSyntax { Parent: DeclarationExpressionSyntax { Parent: ArgumentSyntax } or ParenthesizedVariableDesignationSyntax } outVariable:
                // if (!settings.TryGetValue("box.password", out var password)) password = "...": the default given when the
                // lookup fails ships in the code; so does one given after var (user, password) = ReadLogin();
                var lookupScope = (SyntaxNode?)outVariable.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax and not GlobalStatementSyntax)
                                  ?? outVariable.SyntaxTree.GetRoot();
                return CoalesceDefault(new[] { lookupScope }, designated.Name, outVariable, declared: null, bareNameOnly: true);

            default:
                return null;
        }
    }

    /// <summary>
    /// Whether a field or property is assigned anywhere in its type besides its declaration. Writes from other
    /// types are not searched: a literal initializer still ships in the code whatever happens later.
    /// </summary>
    private static bool WrittenElsewhere(ISymbol member, SyntaxNode declaration)
    {
        if (member.ContainingType is not { } type)
        {
            return true;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (IsWrittenIn(reference.GetSyntax(), member.Name, declaration))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value of a local or field given a default with <c>??=</c> (<c>key ??= "..."</c> after
    /// <c>key = Environment.GetEnvironmentVariable("KEY")</c>, <c>_password ??= "..."</c> after a constructor stores its
    /// argument): the first default, which ships in the code and is what a run-time value that is missing becomes; the
    /// declared value when that is written text (never null, so the default is never taken). Null when another write
    /// gives it written text, increments it or passes it by reference (its value is then the code's to decide).
    /// </summary>
    private static ExpressionSyntax? CoalesceDefault(IEnumerable<SyntaxNode> roots, string name, SyntaxNode declaration, ExpressionSyntax? declared, bool bareNameOnly)
    {
        ExpressionSyntax? fallback = null;
        var writtenAtRunTime = false;
        foreach (var root in roots)
        {
            foreach (var node in WritesIn(root, name, declaration, bareNameOnly))
            {
                if (node is ArgumentSyntax)
                {
                    writtenAtRunTime = true; // properties.TryGetValue("fritzbox.password", out password)
                    continue;
                }

                if (node is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } defaulted && SyntacticValues.IsMissingDefault(defaulted, name))
                {
                    // if (string.IsNullOrEmpty(password)) password = BenchPassword; (in braces, with an else, after a failed
                    // TryGetValue): the first default of written text ships
                    if (fallback is null || (!SyntacticValues.MayHoldWrittenText(fallback) && SyntacticValues.MayHoldWrittenText(defaulted.Right)))
                    {
                        fallback = defaulted.Right;
                    }

                    continue;
                }

                if (node is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceAssignmentExpression } coalesce)
                {
                    // another write of a run-time value (_password = password in a constructor, key = args[0]) leaves the
                    // default what it is: the value when that one is null; one of written text makes the value the code's choice
                    if (node is AssignmentExpressionSyntax { Right: var other } &&
                        SyntacticValues.Strip(other) is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression }))
                    {
                        writtenAtRunTime = true;
                        continue;
                    }

                    return null;
                }

                if (fallback is null || (!SyntacticValues.MayHoldWrittenText(fallback) && SyntacticValues.MayHoldWrittenText(coalesce.Right)))
                {
                    fallback = coalesce.Right; // key ??= Environment.GetEnvironmentVariable(...) then key ??= "...": the written one
                }
            }
        }

        // No default given: the value is the code's (null). A declared text that nothing else replaces is never null, so its
        // default is never taken.
        return fallback is null ? null
            : !writtenAtRunTime && declared is not null && SyntacticValues.Strip(declared) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } or InterpolatedStringExpressionSyntax
                ? declared
                : fallback;
    }

    /// <summary>
    /// The values a local declared without one (<c>string password;</c>) is given when every write to it in its function is
    /// a plain assignment statement (<c>password = "...";</c> in the branches of an <c>if</c>, the sections of a
    /// <c>switch</c>, a <c>try</c> and its <c>catch</c>), at most <see cref="MaxParts"/>, bound; empty when any write is
    /// another kind (a compound assignment, an increment, a <c>ref</c> or <c>out</c> argument, a deconstruction) or sits
    /// in a loop, a lambda or a local function (its value there depends on the run). A value the same block replaces before
    /// anything reads it (<c>key = "..."; key = Read();</c>) is left out.
    /// </summary>
    private IReadOnlyList<IOperation> AssignedValues(ILocalSymbol local) =>
        _assignedValues.GetOrAdd(local, ReadAssignedValues); // asked by every reading of the local, answered once

    private readonly Infrastructure.LockedCache<ILocalSymbol, IReadOnlyList<IOperation>> _assignedValues = new(SymbolEqualityComparer.Default);

    private IReadOnlyList<IOperation> ReadAssignedValues(ILocalSymbol local)
    {
        var values = new List<IOperation>();
        if (local.DeclaringSyntaxReferences is not { Length: 1 } references || references[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer: null } declarator ||
            declarator.FirstAncestorOrSelf<SyntaxNode>(n => n is MemberDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax) is not { } body)
        {
            return values;
        }

        var model = _context.GetSemanticModel(declarator.SyntaxTree);
        if (PlainAssignments(body, local.Name, declarator, MaxParts, inLoops: false) is not { } assignments)
        {
            return values;
        }

        HashSet<string>? readers = null;
        for (var i = 0; i < assignments.Count; i++)
        {
            // key = "..."; key = Read();: a value the next write of the same block replaces is never read (key = key.Trim()
            // and key = env ?? key read it). Only the nearest later write of the block can replace it first.
            var assignment = assignments[i];
            var next = assignments.Skip(i + 1).FirstOrDefault(later => later.Parent!.Parent == assignment.Parent!.Parent);
            if (next is not null && !ReadsLocal(next.Right, local.Name) &&
                !ReadsBetween(assignment, next, local.Name, readers ??= ReadersOf(body, local.Name)))
            {
                continue;
            }

            if (model.GetOperation(assignment.Right) is not { } assignedValue)
            {
                return new List<IOperation>();
            }

            values.Add(assignedValue);
        }

        return values;

        // Whether a statement between the two assignments of the same block may read the local: it names it, may leave the
        // block (return, throw, goto, yield, or a break or continue of a loop or switch around the block), or names a local
        // function or delegate local that reads it (void Open() => m.Connect(id, user, password); ... Open(); open.Invoke();
        // WithRetries(Open, 3)).
        static bool ReadsBetween(AssignmentExpressionSyntax first, AssignmentExpressionSyntax second, string name, HashSet<string> readers) =>
            first.Parent!.Parent!.ChildNodes().Where(n => n.SpanStart > first.Parent.Span.End && n.Span.End < second.Parent!.SpanStart && n is not LocalFunctionStatementSyntax)
                .Any(n => ReadsLocal(n, name, inFunctions: false) || MayLeave(n) ||
                          (readers.Count > 0 && n.DescendantNodesAndSelf(d => d == n || RunsHere(d)).OfType<IdentifierNameSyntax>().Any(i => readers.Contains(i.Identifier.ValueText))));
    }

    /// <summary>
    /// Whether the code of <paramref name="node"/> runs where it is written: a local function declared there, or a lambda only
    /// made there (not handed to a call, which may run it), does not.
    /// </summary>
    private static bool RunsHere(SyntaxNode node) =>
        node is not LocalFunctionStatementSyntax && !(node is AnonymousFunctionExpressionSyntax && node.Parent is not ArgumentSyntax);

    /// <summary>
    /// Whether <paramref name="node"/> reads the local named <paramref name="name"/>: names it, other than as another
    /// object's member (<c>stored.password</c>) or inside <c>nameof(...)</c>.
    /// </summary>
    private static bool ReadsLocal(SyntaxNode node, string name, bool inFunctions = true) =>
        node.DescendantNodesAndSelf(n => inFunctions || n == node || RunsHere(n))
            .OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == name && IsRead(i));

    /// <summary>
    /// Whether a simple name reads what it names: not another object's member (<c>stored.password</c>, an initializer's
    /// <c>{ password = ... }</c>), an argument's label, <c>nameof(...)</c>, or the target of a plain assignment.
    /// </summary>
    private static bool IsRead(IdentifierNameSyntax i) =>
        !(i.Parent is MemberAccessExpressionSyntax { Name: var member } && member == i) &&
        i.Parent is not (MemberBindingExpressionSyntax or NameColonSyntax) && !SyntacticValues.IsNameOfArgument(i) &&
        !(i.Parent is AssignmentExpressionSyntax { Left: var target, Parent: InitializerExpressionSyntax } && target == i) &&
        !(i.Parent is AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: var written } && written == i);

    /// <summary>
    /// Whether a statement may leave its block before its next statement runs: a <c>return</c>, <c>throw</c>,
    /// <c>goto</c> or <c>yield</c> of its own (not one inside a lambda or local function it holds), or a <c>break</c> or
    /// <c>continue</c> that leaves a loop or <c>switch</c> around it (not one of a loop or switch inside it).
    /// </summary>
    private static bool MayLeave(SyntaxNode statement) =>
        statement.DescendantNodesAndSelf(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)).Any(d =>
            d is ReturnStatementSyntax or ThrowStatementSyntax or ThrowExpressionSyntax or GotoStatementSyntax or YieldStatementSyntax ||
            d is BreakStatementSyntax or ContinueStatementSyntax &&
            !d.Ancestors().TakeWhile(a => a != statement).Any(a => a is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax ||
                                                                   a is SwitchStatementSyntax && d is BreakStatementSyntax) &&
            !(statement is ForStatementSyntax or ForEachStatementSyntax or WhileStatementSyntax or DoStatementSyntax ||
              statement is SwitchStatementSyntax && d is BreakStatementSyntax));

    /// <summary>
    /// The local functions and delegate locals of <paramref name="body"/> that read the local <paramref name="name"/>,
    /// directly or through each other (<c>Reconnect() => Open();</c>), by name; read once per question.
    /// </summary>
    private static HashSet<string> ReadersOf(SyntaxNode body, string name)
    {
        var index = CallableIndexes.GetValue(body, IndexCallables);
        var readers = new HashSet<string>(System.StringComparer.Ordinal);
        var pending = new Queue<string>();
        if (index.Reading.TryGetValue(name, out var direct))
        {
            foreach (var reader in direct)
            {
                if (readers.Add(reader))
                {
                    pending.Enqueue(reader);
                }
            }
        }

        // The readers spread backwards from the functions that read the local themselves, each edge once.
        while (pending.Count > 0)
        {
            if (index.NamedBy.TryGetValue(pending.Dequeue(), out var callers))
            {
                foreach (var caller in callers)
                {
                    if (readers.Add(caller))
                    {
                        pending.Enqueue(caller);
                    }
                }
            }
        }

        return readers;
    }

    /// <summary>The local functions and delegate locals of a function body, by the names they read and by who names them.</summary>
    private sealed class CallableIndex
    {
        /// <summary>For each name a callable reads (<see cref="IsRead"/>), the callables that read it.</summary>
        public Dictionary<string, List<string>> Reading { get; } = new(System.StringComparer.Ordinal);

        /// <summary>For each callable, the callables whose code names it (calls it, or hands it on).</summary>
        public Dictionary<string, List<string>> NamedBy { get; } = new(System.StringComparer.Ordinal);
    }

    /// <summary><see cref="CallableIndex"/> per function body, built once for every local asked about in it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, CallableIndex> CallableIndexes = new();

    private static CallableIndex IndexCallables(SyntaxNode body)
    {
        var callables = new List<(string Name, SyntaxNode Body)>();
        foreach (var node in body.DescendantNodes())
        {
            switch (node)
            {
                case LocalFunctionStatementSyntax function:
                    callables.Add((function.Identifier.ValueText, function));
                    break;
                case VariableDeclaratorSyntax { Initializer.Value: { } held } holder when held is IdentifierNameSyntax || held.DescendantNodesAndSelf().Any(n => n is AnonymousFunctionExpressionSyntax):
                    callables.Add((holder.Identifier.ValueText, held)); // Action open = () => ...; Action? open = wired ? () => ... : null;
                    break;
            }
        }

        var index = new CallableIndex();
        var names = new HashSet<string>(callables.Select(c => c.Name), System.StringComparer.Ordinal);
        foreach (var (callable, callableBody) in callables)
        {
            foreach (var named in callableBody.DescendantNodes().OfType<IdentifierNameSyntax>())
            {
                var text = named.Identifier.ValueText;
                if (IsRead(named))
                {
                    Add(index.Reading, text, callable);
                }

                if (names.Contains(text))
                {
                    Add(index.NamedBy, text, callable);
                }
            }
        }

        return index;

        static void Add(Dictionary<string, List<string>> map, string key, string value)
        {
            if (!map.TryGetValue(key, out var values))
            {
                map[key] = values = new List<string>();
            }

            if (values.Count == 0 || values[values.Count - 1] != value)
            {
                values.Add(value);
            }
        }
    }

    /// <summary>
    /// The value of a local declared without one (<c>string key;</c>) when the only write to it in <paramref name="body"/>
    /// is an assignment statement of the block that declares it (<c>key = "...";</c>): run once, after the declaration,
    /// before every read (the compiler's definite assignment). Null when it is written anywhere else, or more than once.
    /// </summary>
    private static ExpressionSyntax? AssignedOnceInDeclaringBlock(SyntaxNode body, string name, VariableDeclaratorSyntax declarator) =>
        declarator.Parent?.Parent is LocalDeclarationStatementSyntax { Parent: BlockSyntax or SwitchSectionSyntax } declaration
            ? OnlyAssignment(WritesIn(body, name, declarator, bareNameOnly: true),
                             assignment => assignment is { Left: IdentifierNameSyntax, Parent: ExpressionStatementSyntax statement } && statement.Parent == declaration.Parent)?.Right
            : null;

    /// <summary>
    /// The one write of <paramref name="writes"/> when it is a plain assignment (<c>x = ...</c>) that
    /// <paramref name="accepted"/> takes; null when there is none, more than one, or another kind of write.
    /// </summary>
    private static AssignmentExpressionSyntax? OnlyAssignment(IEnumerable<SyntaxNode> writes, System.Func<AssignmentExpressionSyntax, bool> accepted)
    {
        AssignmentExpressionSyntax? single = null;
        foreach (var write in writes)
        {
            if (single is not null || write is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } assignment || !accepted(assignment))
            {
                return null;
            }

            single = assignment;
        }

        return single;
    }

    /// <summary>
    /// The value of a read-only or private field declared without one when the only write to it in its type is an assignment statement
    /// of a constructor of the same kind (a static constructor for a static field): <c>static readonly string Key;</c> with
    /// <c>static Hub() { Key = "..."; }</c>. Null when it is written more than once, in a branch, or by another member.
    /// </summary>
    private static ExpressionSyntax? AssignedOnceInConstructor(IFieldSymbol field, VariableDeclaratorSyntax declarator)
    {
        var single = OnlyAssignment(
            field.ContainingType.DeclaringSyntaxReferences.SelectMany(reference => WritesIn(reference.GetSyntax(), field.Name, declarator, bareNameOnly: false)),
            assignment => (SyntacticValues.Strip(assignment.Left) is IdentifierNameSyntax or MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } ||
                           // Kiln.s_psk = "..." (Plant.Kiln.s_psk, global::Plant.Kiln.s_psk) in Kiln's static constructor
                           SyntacticValues.Strip(assignment.Left) is MemberAccessExpressionSyntax { Expression: var owner } &&
                           assignment.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaring && SyntacticValues.NamesType(owner, declaring)) && // not (_id, _key) = Spare()
                          assignment.Parent switch
                          {
                              ExpressionStatementSyntax { Parent: BlockSyntax { Parent: ConstructorDeclarationSyntax inBody } } => inBody,
                              ArrowExpressionClauseSyntax { Parent: ConstructorDeclarationSyntax arrowed } => arrowed, // static Hub() => Key = "...";
                              _ => null,
                          } is { } constructor &&
                          constructor.Modifiers.Any(SyntaxKind.StaticKeyword) == field.IsStatic);

        // a stored parameter or another member's value (_apiKey = apiKey) is read through the constructor's callers instead
        return single is { Right: var right } && SyntacticValues.Strip(right) is not (IdentifierNameSyntax or MemberAccessExpressionSyntax) ? right : null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is written in <paramref name="root"/> outside its declaration: assigned, incremented,
    /// or passed by <c>ref</c>/<c>out</c>. With <paramref name="bareNameOnly"/> (a parameter or a local) only the bare name
    /// counts: <c>this.password = password</c> writes the field, not the constructor's parameter.
    /// </summary>
    internal static bool IsWrittenIn(SyntaxNode root, string name, SyntaxNode declaration, bool bareNameOnly = false) =>
        WritesIn(root, name, declaration, bareNameOnly).Any();

    /// <summary>The nodes of <paramref name="root"/> that write <paramref name="name"/> outside its declaration (see <see cref="IsWrittenIn"/>), in source order.</summary>
    private static IEnumerable<SyntaxNode> WritesIn(SyntaxNode root, string name, SyntaxNode declaration, bool bareNameOnly)
    {
        if (!WriteCandidates.GetValue(root, IndexWriteCandidates).TryGetValue(name, out var candidates))
        {
            yield break;
        }

        foreach (var node in candidates)
        {
            ExpressionSyntax? target = node switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left,
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix => prefix.Operand,
                PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } postfix => postfix.Operand,
                ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument => argument.Expression,
                _ => null,
            };

            if (node is AssignmentExpressionSyntax { Left: TupleExpressionSyntax targets } && !declaration.Span.Contains(node.Span) &&
                targets.DescendantNodes().OfType<ArgumentSyntax>().Any(a => (!bareNameOnly || a.Expression is IdentifierNameSyntax) && NameOf(SyntacticValues.Strip(a.Expression)) == name))
            {
                // (id, key) = Spare(): a deconstruction into variables declared before writes each of them; so does
                // (this._user, this._password) = Broker() for fields
                yield return node;
                continue;
            }

            if (target is not null && (!bareNameOnly || SyntacticValues.Strip(target) is IdentifierNameSyntax) && NameOf(SyntacticValues.Strip(target)) == name &&
                !declaration.Span.Contains(target.Span) &&
                // an object initializer's member (new AuditEntry { password = "..." }, record with { password = ... }) is the
                // new object's, never the local, parameter or field of the same name
                node.Parent is not InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression or (int)SyntaxKind.WithInitializerExpression } &&
                // a member's bare name written where a parameter or local of that name hides it (void Redact(string password)
                // { password = "****"; } beside a field password) writes that parameter or local, not the member
                !(!bareNameOnly && declaration is not (ParameterSyntax or VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax }) &&
                  SyntacticValues.Strip(target) is IdentifierNameSyntax bare && SyntacticValues.IsLocalName(bare)))
            {
                yield return node;
            }
        }
    }

    /// <summary>
    /// The nodes of a root that may write a name (assignments, increments, <c>ref</c>/<c>out</c> arguments, deconstructions),
    /// by the names they may write, in source order: read once per root, so asking about each of a block's many locals
    /// does not walk the block once per local.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxNode, Dictionary<string, List<SyntaxNode>>> WriteCandidates = new();

    private static Dictionary<string, List<SyntaxNode>> IndexWriteCandidates(SyntaxNode root)
    {
        var index = new Dictionary<string, List<SyntaxNode>>(System.StringComparer.Ordinal);
        foreach (var node in root.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: TupleExpressionSyntax targets }:
                    foreach (var argument in targets.DescendantNodes().OfType<ArgumentSyntax>())
                    {
                        Add(NameOf(SyntacticValues.Strip(argument.Expression)), node);
                    }

                    break;
                case AssignmentExpressionSyntax assignment:
                    Add(NameOf(SyntacticValues.Strip(assignment.Left)), node);
                    break;
                case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PreIncrementExpression or (int)SyntaxKind.PreDecrementExpression } prefix:
                    Add(NameOf(SyntacticValues.Strip(prefix.Operand)), node);
                    break;
                case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.PostIncrementExpression or (int)SyntaxKind.PostDecrementExpression } postfix:
                    Add(NameOf(SyntacticValues.Strip(postfix.Operand)), node);
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.RefKeyword or (int)SyntaxKind.OutKeyword } argument:
                    Add(NameOf(SyntacticValues.Strip(argument.Expression)), node);
                    break;
            }
        }

        return index;

        void Add(string? name, SyntaxNode node)
        {
            if (name is null)
            {
                return;
            }

            if (!index.TryGetValue(name, out var nodes))
            {
                index[name] = nodes = new List<SyntaxNode>();
            }

            if (nodes.Count == 0 || nodes[nodes.Count - 1] != node)
            {
                nodes.Add(node);
            }
        }
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax memberAccess => memberAccess.Name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    private bool AppendFormat(IInvocationOperation invocation, SyntaxNode? scope, ISymbol? holder, int depth, ImmutableArray<StringPart>.Builder parts, State state)
    {
        var parameters = invocation.TargetMethod.Parameters;
        var formatIndex = parameters.Length > 0 && parameters[0].Name == "provider" ? 1 : 0;
        if (parameters.Length <= formatIndex || parameters[formatIndex].Name != "format" || !IsString(parameters[formatIndex].Type))
        {
            return false;
        }

        IOperation? formatOperation = null;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Ordinal == formatIndex)
            {
                formatOperation = argument.Value;
            }
        }

        if (formatOperation is null)
        {
            return false;
        }

        var format = Resolve(formatOperation);
        if (!format.IsFullyKnown)
        {
            return false;
        }

        var formatPart = format.Parts.IsEmpty ? default : format.Parts[0];
        var formatScope = formatPart.Holder is null ? scope : formatPart.Scope;
        var formatHolder = formatPart.Holder ?? holder;
        var arguments = ArgumentValues(invocation, skip: formatIndex + 1);
        if (CompositeFormat.Parse(format.Text) is not { } segments)
        {
            return false;
        }

        foreach (var segment in segments)
        {
            if (segment.Literal is { } literal)
            {
                if (literal.Length > 0)
                {
                    parts.Add(new StringPart(literal, formatScope, formatHolder));
                }
            }
            else if (segment.Index >= 0 && segment.Index < arguments.Count)
            {
                if (segment.Formatted)
                {
                    parts.Add(new StringPart(null, scope, holder, arguments[segment.Index]));
                }
                else
                {
                    // A Format argument written in place is its own scope: the finding points at it, not at the whole call.
                    var argument = arguments[segment.Index];
                    Append(argument, holder is null || Unwrap(argument) is ILiteralOperation ? argument.Syntax : scope, holder, depth + 1, parts, state);
                }
            }
            else
            {
                parts.Add(new StringPart(null, scope, holder));
            }
        }

        return true;
    }

    /// <summary>
    /// <c>Convert.ToBase64String(Encoding.UTF8.GetBytes(text))</c> (or ASCII, Latin1, Default, a new UTF8/ASCII encoding)
    /// with the text written in the code and all ASCII: its Base64, as one part at the text, so Basic authentication built
    /// in code is judged like the encoded header it produces. False otherwise (then a hole).
    /// </summary>
    private bool AppendBase64(IInvocationOperation invocation, SyntaxNode? scope, ISymbol? holder, int depth, ImmutableArray<StringPart>.Builder parts, State state)
    {
        // The bytes encoded: Encoding.ASCII.GetBytes(text), or a UTF-8 literal ("user:pw"u8, its ToArray(), a local holding it)
        var encoded = Unwrap(invocation.Arguments[0].Value);
        for (var hops = 0; hops < 4 && encoded is ILocalReferenceOperation or IFieldReferenceOperation; hops++)
        {
            if (ViaSymbol(encoded) is not { } held || InitializerOperation(held) is not { } value)
            {
                break;
            }

            encoded = Unwrap(value);
        }

        if (encoded is IInvocationOperation { Instance: { } span } toArray && ValueShapes.TextCallOf(toArray.TargetMethod) == TextCall.SpanToArray)
        {
            encoded = Unwrap(span);
        }

        IOperation argument;
        if (encoded is IUtf8StringOperation)
        {
            argument = encoded;
        }
        else if (encoded is IInvocationOperation bytes && ValueShapes.TextCallOf(bytes.TargetMethod) == TextCall.GetBytes && bytes.Arguments.Length == 1 &&
                 IsSingleByteAsciiEncoding(bytes.Instance))
        {
            argument = Unwrap(bytes.Arguments[0].Value);
        }
        else
        {
            return false;
        }

        var inner = ImmutableArray.CreateBuilder<StringPart>();
        Append(argument, holder is null || argument is IUtf8StringOperation ? argument.Syntax : scope, holder, depth + 1, inner, state);
        // A user id the code does not write ($"{options.Username}:{options.Password}" with a password written for it) leaves
        // the login to be judged by its password (RFC 7617: user-id ":" password): the unknown user id is written as "-",
        // which names no account of a default list. A hole after the first ':' leaves nothing to judge.
        var text = new System.Text.StringBuilder();
        var userUnknown = false;
        foreach (var part in inner)
        {
            if (part.Text is null)
            {
                if (text.ToString().IndexOf(':') >= 0)
                {
                    return false;
                }

                if (!userUnknown)
                {
                    text.Append('-');
                }

                userUnknown = true;
                continue;
            }

            text.Append(part.Text);
        }

        if (userUnknown && text.ToString().IndexOf(':') < 0)
        {
            return false;
        }

        foreach (var c in text.ToString())
        {
            if (c > 0x7f)
            {
                return false;
            }
        }

        // The encoded text stands at the part that writes the secret: for "user:password" (Basic authentication) the part
        // holding the character after the first ':', so a finding names the password's literal, never the user name's.
        var at = inner.Count > 0 ? inner[0] : new StringPart(string.Empty, scope, holder);
        var colon = text.ToString().IndexOf(':');
        if (colon >= 0 && colon + 1 < text.Length)
        {
            var offset = 0;
            var unknownUserWritten = false;
            foreach (var part in inner)
            {
                if (part.Text is null)
                {
                    offset += unknownUserWritten ? 0 : 1; // the user id the code does not write, written "-" once
                    unknownUserWritten = true;
                    continue;
                }

                if (colon + 1 < offset + part.Text.Length)
                {
                    at = part;
                    break;
                }

                offset += part.Text.Length;
            }
        }

        if (IoTSecure.Detection.SecretText.IsLoginWithoutSecret(text.ToString()))
        {
            parts.Add(new StringPart(null, scope, holder)); // "guest:" or "svc:********": a Basic login with no secret to judge
            return true;
        }

        parts.Add(new StringPart(System.Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(text.ToString())), at.Scope, at.Holder));
        return true;
    }

    /// <summary>An encoding that writes ASCII text as its ASCII bytes: UTF-8, ASCII, Latin-1 or the default (UTF-8 on .NET).</summary>
    private static bool IsSingleByteAsciiEncoding(IOperation? instance) => instance is not null && Unwrap(instance) switch
    {
        IPropertyReferenceOperation { Property: { IsStatic: true, Name: "UTF8" or "ASCII" or "Latin1" or "Default" } property } =>
            property.ContainingType is { Name: "Encoding", ContainingNamespace.Name: "Text" },
        IObjectCreationOperation { Type.Name: "UTF8Encoding" or "ASCIIEncoding" } => true,
        _ => false,
    };

    /// <summary>
    /// <c>string.Join(separator, a, b, ...)</c> with the values written out (a params list or an array created in place):
    /// the values with the separator (a string or a char) between them. False for a collection only known at run time.
    /// </summary>
    private bool AppendJoin(IInvocationOperation invocation, SyntaxNode? scope, ISymbol? holder, int depth, ImmutableArray<StringPart>.Builder parts, State state)
    {
        if (invocation.Arguments.Length < 2 || invocation.Arguments[0].Parameter?.Ordinal != 0)
        {
            return false;
        }

        // (an array a local, field or get-only property holds: each element is its own piece, read where it is written, held by that symbol)
        var heldBy = invocation.Arguments.Length == 2 ? Unwrap(invocation.Arguments[1].Value) switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property, // string[] Parts => new[] { ... }
            IInvocationOperation { Arguments.Length: 0, TargetMethod.MethodKind: MethodKind.Ordinary } call => call.TargetMethod, // string[] Parts() => new[] { ... }
            _ => null,
        } : null;
        var values = invocation.Arguments[1] is { ArgumentKind: ArgumentKind.ParamArray } || Unwrap(invocation.Arguments[1].Value) is IArrayCreationOperation
            ? ArgumentValues(invocation, skip: 1)
            : heldBy is not null ? HeldArrayElements(heldBy) : null;
        var held = values is not null && heldBy is not null;

        if (values is null || (values.Count == 1 && Unwrap(values[0]) is IArrayCreationOperation { Initializer: null }))
        {
            return false;
        }

        if (values.Count == 1 && Unwrap(values[0]) is IArrayCreationOperation { Initializer: { } initializer })
        {
            values = new List<IOperation>(initializer.ElementValues);
        }

        var separator = Unwrap(invocation.Arguments[0].Value);
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                if (separator.ConstantValue is { HasValue: true, Value: char c })
                {
                    parts.Add(new StringPart(c.ToString(), scope, holder));
                }
                else
                {
                    Append(separator, scope, holder, depth + 1, parts, state);
                }
            }

            Append(values[i], held ? values[i].Syntax : scope, held ? heldBy : holder, depth + 1, parts, state);
        }

        return true;
    }

    /// <summary>
    /// The elements of the array (or list) a local, field or get-only property holds when its declaration's initializer (or
    /// the property's getter) is its only value, or a parameterless method returns (<c>string[] Parts() =&gt; new[] { ... }</c>)
    /// (<c>string[] parts = { "Host=...", "Password=..." }</c>, <c>= new[] { ... }</c>, <c>= [ ... ]</c>), each bound in its
    /// own tree; null for any other value.
    /// </summary>
    private List<IOperation>? HeldArrayElements(ISymbol symbol)
    {
        var initializer = symbol is IMethodSymbol method
            ? method.DeclaringSyntaxReferences.Length == 1 && method.DeclaringSyntaxReferences[0].GetSyntax() is MethodDeclarationSyntax declared ? SyntacticValues.DeclaredArray(declared) : null
            : CachedInitializerOf(symbol);
        if (initializer is null || SyntacticValues.IsListChanged(initializer))
        {
            return null; // (a list cleared and refilled before the join holds none of its written elements)
        }

        var elements = SyntacticValues.ArrayElements(initializer);
        if (elements is null)
        {
            return null;
        }

        var model = _context.GetSemanticModel(initializer.SyntaxTree);
        var operations = new List<IOperation>();
        foreach (var element in elements)
        {
            if (model.GetOperation(element) is not { } operation)
            {
                return null;
            }

            operations.Add(operation);
        }

        return operations;
    }

    private static List<IOperation> ArgumentValues(IInvocationOperation invocation, int skip)
    {
        var values = new List<IOperation>();
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is null || argument.Parameter.Ordinal < skip)
            {
                continue;
            }

            if (argument.ArgumentKind == ArgumentKind.ParamArray && Unwrap(argument.Value) is IArrayCreationOperation { Initializer: { } initializer })
            {
                values.AddRange(initializer.ElementValues);
            }
            else
            {
                values.Add(argument.Value);
            }
        }

        return values;
    }

    private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    /// <summary>A string, or a byte array (the bytes of a text: <c>Encoding.UTF8.GetBytes("...")</c>, <c>"..."u8.ToArray()</c>).</summary>
    private static bool IsTextOrBytes(ITypeSymbol? type) =>
        IsString(type) || type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Byte };

    /// <summary>
    /// Strips what does not change the text: conversions (to string, object, spans), and a view of a string's characters
    /// (<c>text.AsSpan()</c>, <c>text.AsMemory()</c>: <c>MemoryExtensions</c>' one-argument views of the whole string).
    /// </summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (true)
        {
            if (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }
            else if (operation is IPropertyReferenceOperation { Property.Name: "Span", Instance: { } memory } &&
                     memory.Type is INamedTypeSymbol { Name: "ReadOnlyMemory" or "Memory", ContainingNamespace.Name: "System", TypeArguments.Length: 1 } memoryType &&
                     memoryType.TypeArguments[0].SpecialType == SpecialType.System_Char)
            {
                operation = memory; // text.AsMemory().Span: the same characters
            }
            else if (operation is IInvocationOperation { Instance: null, Arguments.Length: 1, TargetMethod: { Name: "AsSpan" or "AsMemory", IsExtensionMethod: true } view } viewCall &&
                     view.ContainingType is { Name: "MemoryExtensions", ContainingNamespace.Name: "System" } &&
                     view.Parameters[0].Type.SpecialType == SpecialType.System_String)
            {
                operation = viewCall.Arguments[0].Value;
            }
            else
            {
                return operation;
            }
        }
    }
}
