using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Values;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace IoTSecure.Analyzers.Rules.Credentials;

/// <summary>
/// The credential sink pass: one walk over every value that reaches a catalogued credential parameter (Wi-Fi, MQTT, IoT
/// Hub, AMQP, HTTP, certificates, WebServer, the team's sinks), every literal compared with a received credential, and
/// every secret-named symbol given a value. Each value is resolved once and judged once
/// (<see cref="CredentialJudge"/>); the verdict decides the rule (ETSI EN 303 645 5.1-1, 5.1-2, 5.4-3; PSTI Schedule 1
/// para 1):
/// <list type="bullet">
/// <item>IOT1001: a real-looking secret written in the code reaches a sink, or is the expected value of a received credential;</item>
/// <item>IOT1002: a universal default password (the Mirai table, factory defaults, their Basic-auth encodings) does;</item>
/// <item>IOT1006: a placeholder ("your_wifi_password", the symbol's own name) reaches a sink: a template about to ship;</item>
/// <item>IOT1004: a symbol named like a secret is given a written value that reaches no sink (reported at the end of the
/// compilation, once every flow is known, so a value already reported at its sink is not reported twice).</item>
/// </list>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public class CredentialSinkAnalyzer : IoTSecureAnalyzer
{
    private static readonly ImmutableArray<DiagnosticDescriptor> All = ImmutableArray.Create(
        Descriptors.HardcodedCredential, Descriptors.DefaultPassword, Descriptors.SecretNamedSymbol, Descriptors.PlaceholderCredential, Descriptors.SecretToken);

    private readonly bool _reportsHardcoded;
    private readonly bool _reportsDefault;
    private readonly bool _reportsNamed;
    private readonly bool _reportsPlaceholder;
    private readonly bool _reportsKeyMaterial;

    /// <summary>Reports all four rules.</summary>
    public CredentialSinkAnalyzer()
        : this(All)
    {
    }

    /// <summary>Reports only the given rules of the pass (the repository's per-rule tests use this).</summary>
    internal CredentialSinkAnalyzer(params string[] ids)
        : this(All.Where(d => ids.Contains(d.Id)).ToImmutableArray())
    {
    }

    private CredentialSinkAnalyzer(ImmutableArray<DiagnosticDescriptor> reported)
    {
        SupportedDiagnostics = reported;
        bool Has(DiagnosticDescriptor d) => reported.Contains(d);
        _reportsHardcoded = Has(Descriptors.HardcodedCredential);
        _reportsDefault = Has(Descriptors.DefaultPassword);
        _reportsNamed = Has(Descriptors.SecretNamedSymbol);
        _reportsPlaceholder = Has(Descriptors.PlaceholderCredential);
        _reportsKeyMaterial = Has(Descriptors.SecretToken);
    }

    private protected override bool AnalyzesGeneratedCode => true;

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var actions = new SyntaxActions(iot.Invocations);
        var resolver = new StringValueResolver(iot);
        var settings = iot.Settings;

        // IOT1004's bookkeeping: the symbols whose values reached a sink or a comparison, and the secret-named candidates.
        var flowed = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);
        // Members read at a sink (_options.Password) and the literals judged there through them: a write the read cannot see (a
        // settings object in a static field that is never handed on) is not judged there, and stays a secret-named symbol's.
        var readMembers = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);
        var judgedLiterals = new ConcurrentDictionary<(SyntaxTree, TextSpan), byte>();
        var candidates = new ConcurrentQueue<(ISymbol Symbol, Location Location, bool IsDefault)>();

        // Connection strings and URIs written anywhere: reported at the end unless a sink finding already names the literal.
        var writtenPairs = new ConcurrentQueue<(WrittenPair Pair, CredentialVerdict Verdict)>();
        var reportedOrigins = new ConcurrentDictionary<(SyntaxTree, TextSpan), byte>();
        var keyedFindings = new ConcurrentQueue<((SyntaxTree, TextSpan) Origin, Diagnostic Finding)>();
        var tracksFlows = _reportsNamed || _reportsDefault;

        void Record(ResolvedString value)
        {
            if (!tracksFlows)
            {
                return;
            }

            MarkVia(value);
            foreach (var part in value.Parts)
            {
                MarkHolder(part);
            }
        }

        // The symbol holding a part: all its value reached the sink (flowed); but a property's or a settable field's part is
        // the value one writer gives it (a setter's parameter, in a reading), not all its values, so another write's text
        // stays the symbol's (IOT1004) unless judged here too.
        void MarkHolder(StringPart part)
        {
            if (part.Holder is not { } holder)
            {
                return;
            }

            if (IsWrittenMember(holder))
            {
                Mark(readMembers, holder.OriginalDefinition);
                if (part.Text is not null && part.Scope is { } judgedScope)
                {
                    Mark(judgedLiterals, (judgedScope.SyntaxTree, judgedScope.Span));
                }
            }
            else
            {
                Mark(flowed, holder);
            }
        }

        // A member whose value at a read is one of the values written into it: a property, or a field written after its
        // declaration (neither const nor readonly) declared in source.
        static bool IsWrittenMember(ISymbol symbol) =>
            symbol is IPropertySymbol or IFieldSymbol { IsConst: false, IsReadOnly: false } and not { DeclaringSyntaxReferences.Length: 0 };

        // The symbol a value was read through: a property's value is what this read sees of it (the writes it can reach), so
        // the property is marked as read and the literals judged through it are kept; any other symbol's is all its value.
        void MarkVia(ResolvedString value)
        {
            // (so for a field written by assignments: a write replaced before anything reads it is no value this read sees)
            if (value.Via is { } written && IsWrittenMember(written))
            {
                Mark(readMembers, written.OriginalDefinition);
                MarkJudgedLiterals(value);
            }
            else if (value.Via is { } via)
            {
                Mark(flowed, via);
            }
        }

        void MarkJudgedLiterals(ResolvedString value)
        {
            if (!tracksFlows)
            {
                return;
            }

            foreach (var part in value.Parts)
            {
                if (part.Text is not null && part.Scope is { } judgedScope)
                {
                    Mark(judgedLiterals, (judgedScope.SyntaxTree, judgedScope.Span));
                }
            }
        }

        // A URI or a connection string is judged by its secret-bearing pairs only: a symbol whose text sits elsewhere in it
        // (an SMS gateway's key sent as ?q=, a key in a path) is not judged there, and stays IOT1004's when named as a secret.
        void RecordJudged(ResolvedString value, SecretKind kind)
        {
            if (!tracksFlows)
            {
                return;
            }

            if (kind is not (SecretKind.Url or SecretKind.ConnectionString))
            {
                Record(value);
                return;
            }

            var text = value.Text;
            var pairs = kind == SecretKind.Url ? ConnectionStrings.FindUrlPairs(text) : ConnectionStrings.FindPairs(text);
            if (pairs.Count == 0)
            {
                return;
            }

            MarkVia(value);
            var offset = 0;
            foreach (var part in value.Parts)
            {
                var length = part.Text?.Length ?? 1;
                if (part.Holder is not null && pairs.Any(pair => pair.ValueStart < offset + length && offset < pair.ValueStart + System.Math.Max(pair.ValueLength, 1)))
                {
                    MarkHolder(part);
                }

                offset += length;
            }
        }

        // new HMACSHA256(RollingCodeKey), RollingCodeKey = Key1, Key1 = new byte[] { ... }: every holder on the way, through
        // a choice (bench ? TestKey : SiteKey) and the decoding of a key's text (Convert.FromHexString(AppKeyHex)).
        // Each helper's key parameter is followed to its callers once per question (helpers calling each other from many
        // places cost linear time).
        void RecordKeyHolders(IOperation? key, int depth = 0, HashSet<IParameterSymbol>? visited = null)
        {
            if (key is null || depth > 6)
            {
                return;
            }

            var operation = StringValueResolver.Unwrap(key);
            if (operation is IInvocationOperation { Instance: { } span } toArray && ValueShapes.TextCallOf(toArray.TargetMethod) == TextCall.SpanToArray)
            {
                operation = StringValueResolver.Unwrap(span);
            }

            switch (operation)
            {
                case IConditionalOperation choice:
                    RecordKeyHolders(choice.WhenTrue, depth + 1, visited);
                    RecordKeyHolders(choice.WhenFalse, depth + 1, visited);
                    return;
                case ICoalesceOperation coalesce:
                    RecordKeyHolders(coalesce.Value, depth + 1, visited);
                    RecordKeyHolders(coalesce.WhenNull, depth + 1, visited);
                    return;
                case ISwitchExpressionOperation switchExpression:
                    foreach (var arm in switchExpression.Arms)
                    {
                        RecordKeyHolders(arm.Value, depth + 1, visited);
                    }

                    return;
            }

            if (CredentialJudge.KeyTextOf(operation) is { } text)
            {
                RecordKeyHolders(text, depth + 1, visited);
                return;
            }

            if (operation is IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol helper } parameter } && SecretNames.IsQualifiedKeyName(parameter.Name))
            {
                if (!(visited ??= new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default)).Add(parameter.OriginalDefinition))
                {
                    return;
                }

                foreach (var argument in resolver.ArgumentsFor(helper, parameter))
                {
                    RecordKeyHolders(argument, depth + 1, visited); // DeriveKey(Convert.FromBase64String(_options.GroupKey), id) => new HMACSHA256(masterKey)
                }

                return;
            }

            ISymbol? holder = operation switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property,
                ILocalReferenceOperation local => local.Local,
                _ => null,
            };
            if (holder is not null)
            {
                Mark(flowed, holder);
                RecordKeyHolders(resolver.InitializerOperation(holder), depth + 1, visited);
            }
        }

        // A value is looked at when it could be judged, or (for IOT1004) could carry written text from a symbol that flows
        // here. A value whose text syntax settles alone (literals and run-time parts such as parameters: a URL built from
        // its arguments) has no holder to record.
        string? HeldText(IOperation operation) => resolver.Resolve(operation) is { IsFullyKnown: true } held ? held.Text : null;

        // The screen asks whether the value may hold written text once: MayJudge and IOT1004's flows both need it.
        var keyHolders = new LockedCache<ISymbol, bool>(SymbolEqualityComparer.Default); // (IsAlsoWrittenKey, below)
        SinkArguments.Register(actions, iot, (sink, value) => sink.Kind == SecretKind.KeyMaterial
            ? CredentialJudge.MayJudge(sink, value, settings) || (_reportsNamed && (MayCarryHeldText(value) || WrittenKeys.MayBeWrittenKey(value, depth: 0)))
            : SyntacticValues.MayHoldWrittenTextOnce(value) && (CredentialJudge.MayJudgeHeldText(sink, value, settings) || (_reportsNamed && SyntacticValues.WrittenText(value) is null)), (c, argument) =>
        {
            if (tracksFlows && argument.Member is IPropertySymbol property)
            {
                Mark(flowed, property); // a sink property given a value here: judged here, not again as a secret-named symbol
            }

            // Each written choice (lab ? "a" : "b", a switch expression's arms) is judged on its own; a key by the text it is decoded from.
            var judged = argument.Sink.Spec.Kind == SecretKind.KeyMaterial ? CredentialJudge.KeyJudgedValue(argument.Value) : argument.Value;
            if (judged is null)
            {
                if (argument.Sink.Spec.Kind == SecretKind.KeyMaterial && KeyTextsFromCallers(argument.Value) is { Count: > 0 } decodedByCallers)
                {
                    // DeriveKey(byte[] masterKey, ...) => new HMACSHA256(masterKey): the text each caller decodes for it
                    // (DeriveKey(Convert.FromBase64String(EnrollmentGroupKey), id)) is judged as the key
                    foreach (var decoded in decodedByCallers)
                    {
                        JudgeSinkValue(c, argument, decoded);
                    }
                }

                if (tracksFlows && argument.Sink.Spec.Kind == SecretKind.KeyMaterial)
                {
                    RecordKeyHolders(argument.Value); // key bytes held in a field reach a key parameter: IOT1003's, not IOT1004's
                }

                return;
            }

            var readsMember = false;
            if (tracksFlows && StringValueResolver.Unwrap(judged) is IMemberReferenceOperation { Member: IPropertySymbol or IFieldSymbol } read)
            {
                Mark(readMembers, read.Member.OriginalDefinition); // _context.ApiSecret: its written values are judged here, each at its literal
                readsMember = true;
            }

            JudgeSinkValue(c, argument, judged, readsMember);
        });

        // The texts the callers of the team's key helper decode for its key-named byte parameter, one level up.
        List<IOperation>? KeyTextsFromCallers(IOperation value)
        {
            if (StringValueResolver.Unwrap(value) is not IParameterReferenceOperation { Parameter: { ContainingSymbol: IMethodSymbol helper } parameter } ||
                !SecretNames.IsQualifiedKeyName(parameter.Name))
            {
                return null;
            }

            var texts = new List<IOperation>();
            foreach (var passed in resolver.ArgumentsFor(helper, parameter))
            {
                // ... or decodes into a byte-array local first (var groupKey = Convert.FromBase64String(T); DeriveKey(groupKey, id)):
                // its only value
                var decoded = StringValueResolver.Unwrap(passed) is ILocalReferenceOperation { Local: { Type: IArrayTypeSymbol } holder } &&
                              resolver.InitializerOperation(holder) is { } held
                    ? held
                    : passed;
                if (CredentialJudge.KeyJudgedValue(decoded) is { } text)
                {
                    texts.Add(text);
                }
            }

            return texts;
        }

        // Judges each written choice and reading of a value at a sink, and reports each finding once per written origin.
        void JudgeSinkValue(SyntaxNodeAnalysisContext c, SinkArgument argument, IOperation judged, bool readsMember = false)
        {
            HashSet<(SyntaxTree, TextSpan)>? judgedOrigins = null;
            foreach (var alternative in resolver.Alternatives(judged))
            foreach (var value in resolver.Readings(alternative))
            {
                RecordJudged(value, argument.Sink.Spec.Kind);
                if (readsMember)
                {
                    MarkJudgedLiterals(value); // the literals a member read reaches here (others are held by symbols marked above)
                }

                var verdict = CredentialJudge.Judge(argument, value, settings, HeldText, out var origin);
                if (verdict == CredentialVerdict.Placeholder && IsRequestOnlyShown(argument))
                {
                    continue; // Console.WriteLine(new Uri($"...&key={_keys.Key}")): a placeholder printed is sent nowhere
                }

                // A helper called twice, or retrying itself, passes one literal along several paths: one finding.
                if (Reports(verdict) && (origin.Scope is not { } scope || (judgedOrigins ??= new()).Add((scope.SyntaxTree, scope.Span))) &&
                    !(verdict == CredentialVerdict.HardcodedSecret && origin.Holder is { } holder && IsAlsoWrittenKey(holder)))
                {
                    Report(c, Rule(verdict), argument.Value, value, origin, SecretKindText.Describe(argument.Sink.Spec.Kind), argument.Where,
                        () => SecretFinding.EnvironmentVariableName(argument.Member.ContainingType.Name, argument.Sink.Spec.Parameter), reportedOrigins);
                }
            }
        }

        // One literal, one rule: text held by a constant or field that also reaches a key parameter as its bytes (a relay's
        // shared secret as its HMAC key, new HMACSHA256(Encoding.UTF8.GetBytes(Relay.SharedSecret)), and as its PFX password)
        // is IOT1003's at that key (SecretTokenAnalyzer), and not IOT1001's too. Asked only for a holder about to be reported.
        bool IsAlsoWrittenKey(ISymbol holder) => keyHolders.GetOrAdd(holder.OriginalDefinition, ReachesKeyParameter);

        bool ReachesKeyParameter(ISymbol holder)
        {
            foreach (var token in SourceWords.Tokens(iot.Compilation, holder.Name))
            {
                if (token.Parent is not IdentifierNameSyntax name || Outer(name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name) is not
                    { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax decoder } } } ||
                    CredentialJudge.KeyTextOf(decoder) is null ||
                    Outer(decoder) is not { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ExpressionSyntax call } } })
                {
                    continue; // not the text of a key's bytes handed to a call (Encoding.UTF8.GetBytes(holder), Convert.FromBase64String(holder))
                }

                var model = iot.GetSemanticModel(call.SyntaxTree);
                if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol?.OriginalDefinition, holder))
                {
                    continue;
                }

                var (method, arguments) = model.GetOperation(call) switch
                {
                    IInvocationOperation invocation => (invocation.TargetMethod, invocation.Arguments),
                    IObjectCreationOperation { Constructor: { } constructor } creation => (constructor, creation.Arguments),
                    _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                };
                foreach (var argument in arguments)
                {
                    if (method is not null && argument.Parameter is { } parameter && argument.Value.Syntax.Span.Contains(decoder.Span) &&
                        ((iot.Sinks.TryFind(method, parameter.Name, out var sink) && sink.Spec.Kind == SecretKind.KeyMaterial) ||
                         (method.DeclaringSyntaxReferences.IsEmpty && SecretNamedSites.IsByteSequence(parameter.Type) && SinkArguments.IsKeyParameterName(parameter.Name))) &&
                        WrittenKeys.IsWrittenKey(argument.Value, resolver, depth: 0, out _))
                    {
                        return true;
                    }
                }
            }

            return false;

            static ExpressionSyntax Outer(ExpressionSyntax expression)
            {
                while (expression.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
                {
                    expression = (ExpressionSyntax)expression.Parent;
                }

                return expression;
            }
        }

        // Literals compared with a received credential: IOT1001/IOT1002 (never IOT1006: a comparison is no template), and
        // IOT1004's flows.
        if (_reportsHardcoded || _reportsDefault || _reportsNamed)
        {
            RegisterComparisons(actions, iot, resolver, Record, reportedOrigins);
        }

        WrittenConnectionStrings.Register(actions, iot, resolver, (_, written) =>
        {
            // A placeholder reaching no sink is a template filled in at run time (IOT1006 is about sinks); not reported.
            // A key that says it is mock, test or sample data ({"mockAPIKey": "..."}) holds no one's secret.
            if (SecretText.KeySaysMock(written.Pair.KeyName))
            {
                return;
            }

            // render.shadow.pass=soft contact hardening: a stage's or a ticket's pass named in words, as under a keyed value
            if (written.IsConfigurationText && CredentialJudge.IsNamedPass(written.Pair.KeyName, written.Pair.Value))
            {
                return;
            }

            var verdict = CredentialJudge.ClassifyPairValue(written.Pair.Value, settings);
            if (verdict == CredentialVerdict.HardcodedSecret && CredentialJudge.IsKeyMaterialPair(written.Pair, written.LiteralText ?? string.Empty))
            {
                verdict = CredentialJudge.KeyMaterialVerdict(written.LiteralText, written.Holder);
            }

            if (verdict == CredentialVerdict.HardcodedSecret && WrittenConnectionStrings.IsPublishedBearerLogin(written))
            {
                return; // AT+SAPBR=3,1,"PWD","wap" after "APN","wap.operator" and "USER","wap": the operator's published login
            }

            // The password of a modem's settings object written with its APN and user (new CellularConfig { AccessPointName =
            // "web.vodafone.de", ApnUser = "vodafone", ApnPassword = "vodafone" }), read into a command through the object:
            // the operator's published login, judged where the object is written (the command's holes are read apart).
            if (verdict == CredentialVerdict.HardcodedSecret && ConnectionStrings.IsModemCommand(written.Pair) &&
                IsPublishedApnWrite(written.Literal, written.Pair.Value))
            {
                return;
            }

            // A modem command is sent as written (AT+CWJAP="ssid","xxxxxxxx"): a placeholder in it is used, not filled in.
            // So is a template handed in as a call's or a constructor's argument for the parameter the text is built from
            // (new ThingSpeak("YOUR_WRITE_API_KEY") => "...?api_key=" + _apiKey): it is the value the code runs with.
            // A command the code fills in before sending it (CpinTemplate.Replace("<pin>", pin)) is a template.
            if ((verdict != CredentialVerdict.Placeholder || (ConnectionStrings.IsModemCommand(written.Pair) && !IsFilledInCommand(written)) || IsGivenAsArgument(written) || IsFormBodySent(written) ||
                 IsRequestUrlUsedAsWritten(written) || IsHeldTemplateSentInUrl(written, iot.Sinks) || IsAppendedQuerySent(written)) &&
                Reports(verdict))
            {
                writtenPairs.Enqueue((written, verdict));
                if (tracksFlows && written.Holder is { } holder)
                {
                    Mark(flowed, holder); // reported here, at its literal: not again as a secret-named symbol
                }
            }
        });

        // Configuration built in code (values under secret-named keys) and tables of factory credentials (default pairs).
        KeyedValues.Register(actions, iot, SyntacticValues.MayHoldWrittenText, (c, keyed) =>
        {
            if (c.SemanticModel.GetOperation(keyed.Value, c.CancellationToken) is not { Type.SpecialType: SpecialType.System_String } operation ||
                (operation.Parent is IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation call } && iot.Sinks.TryFind(call.TargetMethod, parameter.Name, out _)))
            {
                return; // a catalogued sink's argument (a header's value) is the sink pass's: one value, one finding
            }

            // A member read under the key ({ "api-key", _context.ApiKey }) is judged by each value the code writes into it.
            var readings = !keyed.IsPair && StringValueResolver.Unwrap(operation) is IMemberReferenceOperation ? resolver.Alternatives(operation) : new[] { operation };
            foreach (var reading in readings)
            {
                JudgeKeyedValue(reading);
            }

            void JudgeKeyedValue(IOperation read)
            {
                var value = resolver.Resolve(read);
                Record(value);
                if (!keyed.IsPair && SecretText.KeySaysMock(keyed.Key))
                {
                    return; // ["mock.apiKey"] = "...": a simulator's data under a path that says so, whatever its last segment
                }

                // A label table keys display text by the word (["password"] = "Password", ["login:password"] = "Password"); a
                // configuration path's key holding the word in lower case (settings["sip:password"] = "password") holds the value
                // itself, a listed default.
                var keyName = keyed.IsPair ? "password" : SecretNames.QualifiedKeySegment(keyed.Key);
                var keyIsWritten = !keyed.IsPair && (SecretNames.LastKeySegment(keyed.Key).Length == keyed.Key.Length || !IsLowerCase(value));
                var verdict = CredentialJudge.JudgeKeyed(value, keyName, keyIsWritten, settings, out var origin, keyed.IsPair, keyed.Key);
                if (keyed.IsPair && verdict == CredentialVerdict.HardcodedSecret)
                {
                    // A vendor's own password in a table of logins ({ "dealer", "..." }) that the team's code checks reaches no
                    // authentication API: IOT1004, under the table's name (the labelled corpora agree).
                    if (_reportsNamed && origin.Scope is { } tableEntry && TableHolder(tableEntry, resolver.SemanticModelOf) is { } table)
                    {
                        keyedFindings.Enqueue(((tableEntry.SyntaxTree, tableEntry.Span), Diagnostic.Create(Descriptors.SecretNamedSymbol, tableEntry.GetLocation(),
                            additionalLocations: new[] { tableEntry.GetLocation() },
                            properties: ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, SecretFinding.EnvironmentVariableName(table.Name)),
                            SecretFinding.Display(table))));
                    }

                    return;
                }

                if (Reports(verdict) && origin.Scope is { } scope)
                {
                    // Reported at the end unless the same literal reached a sink (an anonymous object's Password read at a
                    // sink): one literal, one finding, the sink's.
                    keyedFindings.Enqueue(((scope.SyntaxTree, scope.Span), Finding(Rule(verdict), read, value, origin, "password", keyed.Where,
                        () => SecretFinding.EnvironmentVariableName(SecretNames.LastKeySegment(keyed.Key)))));

                    // ("service", "service"), ("admin", "admin"): a listed default pair is the user name and the password
                    // together; the row's user name is reported beside its password, as a compared pair's is.
                    if (verdict == CredentialVerdict.DefaultPassword && keyed.User is { } userSyntax &&
                        SyntacticValues.Strip(userSyntax) is LiteralExpressionSyntax userLiteral && userLiteral.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression) &&
                        value.IsFullyKnown && DefaultCredentialList.IsDefaultPair(userLiteral.Token.ValueText, value.Text))
                    {
                        keyedFindings.Enqueue(((userLiteral.SyntaxTree, userLiteral.Span), Diagnostic.Create(Descriptors.DefaultPassword, userLiteral.GetLocation(),
                            additionalLocations: new[] { userLiteral.GetLocation() },
                            properties: ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, SecretFinding.EnvironmentVariableName("DefaultUser")),
                            "user name", "is paired with its listed default password", string.Empty)));
                    }
                }
            }
        });

        if (tracksFlows)
        {
            // Symbols named like secrets (IOT1004), and like passwords or PINs holding a listed default (IOT1002:
            // `const string FactoryPin = "0000"`), reported at the end unless their value reached a sink, where it is reported.
            SecretNamedSites.Register(actions, iot, name => settings.SecretNames.IsSecretName(name) || SecretNames.IsPasswordName(name) || SecretNames.IsEncodedKeyName(name),
                value => (_reportsNamed && (MayBeWrittenSecret(value, settings) || WrittenKeys.MayBeWrittenKey(value, depth: 0))) || (_reportsDefault && MayBeDefault(value)), (_, site) =>
            {
                if (site.Value is { } operation && SecretNamedSites.IsByteSequence(site.Symbol switch { IFieldSymbol f => f.Type, IPropertySymbol p => p.Type, ILocalSymbol l => l.Type, _ => operation.Type }))
                {
                    // Key bytes written under a key's name (static readonly byte[] FrameObfuscationKey = { 0x39, ... }) that
                    // reach no key parameter: IOT1004. A DER key or a PEM/base64 key by its shape is IOT1003's, where written.
                    // A name that says secret (SecurityAccessSecret) is believed from 4 bytes; one that only says key from 8.
                    var minimum = settings.SecretNames.IsSecretName(site.Symbol.Name) ? 4 : WrittenKeys.MinimumKeyBytes;
                    if (_reportsNamed && !SecretText.SaysFake(site.Symbol.Name) && WrittenKeys.IsWrittenKey(operation, resolver, depth: 0, out var written, minimum) &&
                        !WrittenKeys.HasKeyShape(written) && !WrittenKeys.IsFill(written))
                    {
                        candidates.Enqueue((site.Symbol, written.GetLocation(), false));
                    }

                    return;
                }

                if (site.Value is { } numeric && numeric.Type?.SpecialType != SpecialType.System_String)
                {
                    // A numeric PIN or passkey (const uint StaticPasskey = 123456): a listed default written as a number.
                    if (_reportsDefault && numeric.ConstantValue is { HasValue: true, Value: { } number } &&
                        DefaultCredentialList.IsDefaultPassword(System.Convert.ToString(number, System.Globalization.CultureInfo.InvariantCulture)))
                    {
                        candidates.Enqueue((site.Symbol, site.Syntax.GetLocation(), true));
                    }

                    return;
                }

                // A choice (Lab ? "..." : env, a switch of written arms) is judged by each alternative, at its own text; one
                // finding per symbol.
                if (site.Literal is { } literal)
                {
                    JudgeSite(site, ResolvedString.OfLiteral(literal), site.Syntax.GetLocation());
                }
                else if (StringValueResolver.Unwrap(site.Value!) is IConditionalOperation or ISwitchExpressionOperation)
                {
                    foreach (var alternative in resolver.Alternatives(site.Value!))
                    {
                        if (JudgeSite(site, resolver.Resolve(alternative), alternative.Syntax.GetLocation()))
                        {
                            break;
                        }
                    }
                }
                else
                {
                    JudgeSite(site, resolver.Resolve(site.Value!), site.Syntax.GetLocation());
                }
            }, integers: true, bytes: true, literals: true);
        }

        // Whether a secret-named site's value is reported (enqueued as a candidate): IOT1002 for a listed default written
        // there, IOT1004 for another written secret.
        bool JudgeSite(SecretNamedSite site, ResolvedString value, Location at)
        {
            // Text written here, not only text held by other symbols (_parentalPin = ParentalPin is reported at ParentalPin).
            // The symbol's own value read back where it is assigned again (config.AdminPassword = s ?? config.AdminPassword)
            // is written at its declaration, and reported there.
            var writtenHere = value.Parts.Any(p => !string.IsNullOrEmpty(p.Text) &&
                                                   (p.Holder is null || (SymbolEqualityComparer.Default.Equals(p.Holder, site.Symbol) &&
                                                                         !(p.Scope is { } written && written.SyntaxTree == site.Syntax.SyntaxTree && !site.Syntax.Span.Contains(written.Span) &&
                                                                           site.Syntax.Parent is AssignmentExpressionSyntax))));
            if (_reportsDefault && writtenHere && value.IsFullyKnown && DefaultCredentialList.IsDefaultPassword(value.Text) &&
                // const string Password = "Password": a key's own name, reaching no sink (SerialPassword = "PASSWORD" is the default)
                SecretNames.Normalize(value.Text) != SecretNames.Normalize(site.Name) &&
                (settings.SecretNames.IsSecretName(site.Name) || SecretNames.IsUnambiguousPasswordName(site.Name)) &&
                !(SecretNames.OnlyPassNamesPassword(site.Name) && SecretNames.IsVerdictWord(value.Text)) && // Pass = "PASS": a test verdict
                !IsAlphabet(site.Name, value.Text)) // PasscodeDigits = "0123456789": what a generator draws from
            {
                candidates.Enqueue((site.Symbol, at, true));
                return true;
            }
            else if (_reportsNamed && writtenHere && !(value.IsFullyKnown && IsAlphabet(site.Name, value.Text)) &&
                     ((settings.SecretNames.IsSecretName(site.Name) || SecretNames.IsUnambiguousPasswordName(site.Name)) && IsWrittenSecret(value, site.Symbol, settings, site.Name) &&
                      !(value.IsFullyKnown && IsPublishedApnWrite(site.Syntax, value.Text)) ||
                      SecretNames.IsEncodedKeyName(site.Name) && value.IsFullyKnown && IsEncodedKey(value.Text) && !SecretText.SaysFake(site.Name)))
            {
                // Text written here, not only text held by other symbols ($"{ChargePointId}:{AuthorizationKey}" is
                // judged where those are written, and where it reaches a sink).
                candidates.Enqueue((site.Symbol, at, false));
                return true;
            }

            return false;
        }

        if (tracksFlows)
        {
            // A code in the team's own constant checked against received text (entered == ProjectionistPin): the check says
            // it is a PIN or access code, whatever its name's other words. A listed default is IOT1002, any other IOT1004.
            CredentialComparisons.RegisterComparedCodes(actions, (_, symbol, literal) =>
            {
                var isDefault = DefaultCredentialList.IsDefaultPassword(literal.Token.ValueText);
                if (isDefault ? _reportsDefault : _reportsNamed && !SecretText.SaysFake(symbol.Name))
                {
                    candidates.Enqueue((symbol, literal.GetLocation(), isDefault));
                }
            });
        }

        if (tracksFlows && _reportsDefault)
        {
            // A listed default handed to the team's own method or constructor for a parameter named as a password
            // (HashPassword("password") for the first admin account, CreateUser("admin", "admin")), or by a short password
            // word beside the account it signs in (an ONVIF helper's RemoteClient(ip, url, body, user, pass, time) given
            // "user", "pass"): a universal default used as a credential, whatever the method does with it. The team's own types are no sinks for IOT1001; a listed
            // default is IOT1002 wherever it is used as a password. Only a listed literal argument reaches the semantic model.
            actions.Add(
                c =>
                {
                    var arguments = c.Node switch
                    {
                        InvocationExpressionSyntax invocation => invocation.ArgumentList.Arguments,
                        BaseObjectCreationExpressionSyntax { ArgumentList: { } list } => list.Arguments,
                        _ => default,
                    };
                    foreach (var argument in arguments)
                    {
                        if (SyntacticValues.Strip(argument.Expression) is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal &&
                            DefaultCredentialList.IsDefaultPassword(literal.Token.ValueText) &&
                            c.SemanticModel.GetOperation(argument, c.CancellationToken) is IArgumentOperation { Parameter: { } parameter } &&
                            parameter.ContainingSymbol is IMethodSymbol { DeclaringSyntaxReferences.IsEmpty: false } method &&
                            (SecretNames.IsUnambiguousPasswordName(parameter.Name) ||
                             // "PASS" in capitals given for a pass is a test's verdict (Record(user, "PASS")), as Pass = "PASS" is
                             (SecretNames.IsShortPasswordBesideAccount(parameter.Name, method.Parameters.Select(p => p.Name)) && literal.Token.ValueText != "PASS")))
                        {
                            candidates.Enqueue((parameter, literal.GetLocation(), true));
                        }
                    }
                },
                SyntaxKind.InvocationExpression, SyntaxKind.ObjectCreationExpression, SyntaxKind.ImplicitObjectCreationExpression);
        }

        actions.RegisterOn(context);

        context.RegisterCompilationEndAction(c =>
        {
            // One literal, one finding: a sink's first, then configuration built in code, then written connection
            // strings, then secret-named symbols; each later kind skips a literal an earlier one reported.
            foreach (var (origin, finding) in keyedFindings)
            {
                if (!reportedOrigins.ContainsKey(origin))
                {
                    c.ReportDiagnostic(finding);
                }
            }

            foreach (var (origin, _) in keyedFindings)
            {
                Mark(reportedOrigins, origin);
            }

            var origins = writtenPairs.IsEmpty ? Array.Empty<(SyntaxTree, TextSpan)>() : reportedOrigins.Keys.ToArray(); // one snapshot
            var writtenReported = new HashSet<(SyntaxTree, TextSpan, int, string)>();
            var readAs = new HashSet<(SyntaxTree, TextSpan, string, bool)>();
            // In source order, so the use reported for a constant written into several strings is always the first.
            foreach (var (written, verdict) in writtenPairs.OrderBy(w => w.Pair.At.SyntaxTree.FilePath, StringComparer.Ordinal).ThenBy(w => w.Pair.At.SpanStart))
            {
                var literal = written.Literal;
                if (origins.Any(o => o.Item1 == literal.SyntaxTree && o.Item2.Contains(literal.Span)))
                {
                    continue; // the value reached a sink and was reported there, naming this literal
                }

                // A value written in place is told apart by where it sits in its string; a literal held elsewhere (a constant,
                // a caller's argument written into two commands) is one secret, wherever its strings put it.
                if (!writtenReported.Add((literal.SyntaxTree, literal.Span, written.Holder is null && written.At == written.Literal ? written.Pair.ValueStart : 0, written.Pair.Value)))
                {
                    continue; // one constant written into two commands or strings: one finding at its literal
                }

                // An INI line appended to configuration text (ini += "password = ...\n") is read both as configuration text and
                // as a key=value pair: one finding.
                if (readAs.Contains((literal.SyntaxTree, literal.Span, written.Pair.Value, !written.IsConfigurationText)) ||
                    !readAs.Add((literal.SyntaxTree, literal.Span, written.Pair.Value, written.IsConfigurationText)))
                {
                    continue;
                }

                if (verdict == CredentialVerdict.KeyMaterial)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.SecretToken, written.ReportedLocation(), additionalLocations: new[] { literal.GetLocation() },
                        KeyInPlace("'" + written.Pair.KeyName + "='")));
                    continue;
                }

                var where = written.IsConfigurationText
                    ? "is written in configuration text, stored under " + KeyedValue.Describe(written.Pair.KeyName)
                    : ConnectionStrings.IsModemCommand(written.Pair)
                    ? "is written in an AT command to the modem ('AT+" + written.Pair.KeyName.ToUpperInvariant() + "'" + (written.Ordinal > 1 ? ", value " + written.Ordinal : "") + ")"
                    : written.Whole.ToString().IndexOf("://", StringComparison.Ordinal) >= 0
                        ? "is written in a URI"
                        : written.Whole.ToString() is var whole && whole.IndexOf('&') >= 0 && whole.IndexOf(';') < 0
                        ? "is written in a request's query ('" + written.Pair.KeyName + "=')"
                        : "is written in a connection string ('" + written.Pair.KeyName + "=')";
                var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, SecretFinding.EnvironmentVariableName(written.Pair.KeyName));
                c.ReportDiagnostic(Diagnostic.Create(Rule(verdict), written.ReportedLocation(), additionalLocations: new[] { literal.GetLocation() }, properties: properties,
                    "password", where, written.Holder is { } holder ? " through '" + SecretFinding.Display(holder) + "'" : string.Empty));
            }

            foreach (var (written, _) in writtenPairs)
            {
                Mark(reportedOrigins, (written.Literal.SyntaxTree, written.Literal.Span));
            }

            if (tracksFlows)
            {
                ReportNamedSymbols(c);
            }
        });

        // IOT1004 and IOT1002 for secret-named symbols whose value reached no sink and whose literal no other finding names.
        void ReportNamedSymbols(CompilationAnalysisContext c)
        {
            var reported = reportedOrigins.Keys.ToLookup(o => o.Item1, o => o.Item2);
            var judged = judgedLiterals.Keys.ToLookup(o => o.Item1, o => o.Item2);
            var named = new HashSet<(SyntaxTree, TextSpan)>();
            {
                foreach (var (symbol, location, isDefault) in candidates)
                {
                    // A symbol found by its name and by a check of it (ServicePin compared with the entered PIN) is one finding.
                    if (flowed.ContainsKey(symbol) || FlowedAsWhatItImplements(symbol, flowed) ||
                        ((readMembers.ContainsKey(symbol) || FlowedAsWhatItImplements(symbol, readMembers)) &&
                         judged[location.SourceTree!].Any(span => span.Contains(location.SourceSpan) || location.SourceSpan.Contains(span))) ||
                        reported[location.SourceTree!].Any(span => span.Contains(location.SourceSpan) || location.SourceSpan.Contains(span)) ||
                        !named.Add((location.SourceTree!, location.SourceSpan)))
                    {
                        continue;
                    }

                    var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, SecretFinding.EnvironmentVariableName(symbol.Name));
                    c.ReportDiagnostic(isDefault
                        ? Diagnostic.Create(Descriptors.DefaultPassword, location, additionalLocations: new[] { location }, properties: properties,
                            "password", "is written into '" + SecretFinding.Display(symbol) + "'", string.Empty)
                        : Diagnostic.Create(Descriptors.SecretNamedSymbol, location, additionalLocations: new[] { location }, properties: properties,
                            SecretFinding.Display(symbol)));
                }
            }
        }
    }


    private void RegisterComparisons(SyntaxActions actions, IoTSecureContext iot, StringValueResolver resolver, Action<ResolvedString> record, ConcurrentDictionary<(SyntaxTree, TextSpan), byte> reportedOrigins) =>
        CredentialComparisons.Register(actions, iot, resolver, (c, comparison) =>
        {
            var beingChosen = !comparison.IsBasicCredential && IsBeingChosen(comparison.Received.Name);

            // Each value an options property compared with a received credential may hold (args.Password != _options.Password,
            // e.Password != BrokerSettings.Password, for every value the code writes into the property) is judged on its own; a deny list's rows tried in a loop
            // (password == weak for each weak in Banned) are no credential, so nothing else is expanded.
            var compared = StringValueResolver.Unwrap(comparison.Literal) is IPropertyReferenceOperation { Property.IsIndexer: false } comparedProperty &&
                           (comparedProperty.Instance is not null || comparedProperty.Property.IsStatic) || // a static settings property too (BrokerSettings.Password)
                           StringValueResolver.Unwrap(comparison.Literal) is IFieldReferenceOperation { Field: { IsStatic: true, IsConst: false } } || // or field
                           (StringValueResolver.Unwrap(comparison.Literal) is ILocalReferenceOperation { Local: var lookedUp } && resolver.OutOfTableLookup(lookedUp).Count > 0) || // or a login looked up in a table
                           StringValueResolver.Unwrap(comparison.Literal) is IPropertyReferenceOperation { Property.IsIndexer: true } // _logins[e.UserName] != e.Password
                ? resolver.Alternatives(comparison.Literal)
                : new[] { comparison.Literal };
            foreach (var alternative in compared)
            {
                JudgeCompared(resolver.Resolve(alternative));
            }

            void JudgeCompared(ResolvedString value)
            {
                var verdict = CredentialJudge.JudgeComparison(value, comparison.Received.Name, iot.Settings, out var origin);
                if (beingChosen && verdict == CredentialVerdict.DefaultPassword)
                {
                    // newPin == "1234" in a policy that refuses weak values: a credential being chosen compared with a
                    // default is the check that keeps the default out, not its use (any other written value is judged)
                    return;
                }

                if (comparison.OnlyDefaults && verdict != CredentialVerdict.DefaultPassword)
                {
                    // pin == "D5": a PIN-named value compared with anything but a listed default may be hardware. Not a
                    // credential's use, so a secret-named constant compared here is still judged by its name (IOT1004).
                    return;
                }

                // A secret held in the team's own named symbol and checked by the team's own code (password == EngineerPassword
                // in a home-grown login) reaches no authentication API: it stays the symbol's (IOT1004). A listed default is
                // IOT1002 wherever it is compared; a received credential of a library (an MQTT broker's e.Password) is an API.
                // So is a row of the team's own table of logins (HmiLogins = new() { ["pumper"] = "..." }, looked up and compared).
                if (verdict == CredentialVerdict.HardcodedSecret && (origin.Holder is not null || origin.Scope is { } row && KeyedValues.IsInNamedCredentialTable(row)) &&
                    !IsLibraryReceived(comparison.Received, resolver) && !comparison.IsBasicCredential)
                {
                    return;
                }

                if (verdict == CredentialVerdict.None)
                {
                    return; // nothing a comparison reports (enteredPin == InstallerPin, four digits): the symbol's name judges it (IOT1004)
                }

                record(value);

                // One literal, one finding: a constant compared in several checks (header == Factory || string.Equals(Factory, h))
                // is reported at its first comparison only.
                if (verdict != CredentialVerdict.Placeholder && Reports(verdict) &&
                    (origin.Scope is not { } compared || reportedOrigins.TryAdd((compared.SyntaxTree, compared.Span), 0)))
                {
                    Report(c, Rule(verdict), comparison.Literal, value, origin, "password", comparison.Where,
                        () => SecretFinding.EnvironmentVariableName("Expected", comparison.Received.Name), reportedOrigins);
                }

                // `login == "admin" && secret == "admin"`: the user name of a listed default pair, checked beside its password.
                if (verdict == CredentialVerdict.DefaultPassword && _reportsDefault && value.IsFullyKnown &&
                    PairedUserName(comparison.Literal.Syntax, value.Text) is { } user)
                {
                    c.ReportDiagnostic(Diagnostic.Create(Descriptors.DefaultPassword, user.Literal.GetLocation(), additionalLocations: new[] { user.Literal.GetLocation() },
                        properties: ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, SecretFinding.EnvironmentVariableName("Expected", user.Name)),
                        "user name", "is compared with the received user name '" + user.Name + "' beside its default password", string.Empty));
                }
            }
        });

    private static readonly string[] UserWords = { "user", "username", "login", "account", "userid", "usr", "uid", "operator", "name" };

    /// <summary>
    /// Whether a received credential's name says it is being chosen rather than presented (<c>newPin</c>,
    /// <c>proposedPassword</c>, <c>desiredPin</c>, <c>chosenPasscode</c>, <c>replacementPassword</c>): what a policy compares
    /// with weak values to refuse them. (<c>candidate...</c> and <c>requested...</c> name presented logins as often.)
    /// </summary>
    private static bool IsBeingChosen(string name) =>
        SecretNames.SplitWords(name) is { Count: >= 2 } words && words[0] is "new" or "proposed" or "desired" or "chosen" or "replacement";

    /// <summary>
    /// Whether a value under a name whose last word is digits, letters, chars, characters, symbols, alphabet or charset is
    /// the set a generator draws from (ten or more characters, none repeated: <c>PasscodeDigits = "0123456789"</c>), not a
    /// credential.
    /// </summary>
    private static bool IsAlphabet(string name, string text) =>
        text.Length >= 10 && text.Distinct().Count() == text.Length &&
        SecretNames.SplitWords(name) is { Count: > 0 } words && words[words.Count - 1] is "digits" or "letters" or "chars" or "characters" or "symbols" or "alphabet" or "charset";

    /// <summary>
    /// In <c>a == "x" &amp;&amp; b == "y"</c> around a password comparison, the other comparison when it checks a
    /// user-named value against the user name of a listed default pair with this password.
    /// </summary>
    private static (LiteralExpressionSyntax Literal, string Name)? PairedUserName(SyntaxNode passwordLiteral, string password)
    {
        // user == "admin" && password == "admin", or its negation user != "admin" || password != "admin" (a login guard)
        var comparison = passwordLiteral.FirstAncestorOrSelf<BinaryExpressionSyntax>(b =>
            b.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.EqualsExpression) || b.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.NotEqualsExpression));
        var and = comparison?.Parent;
        while (and is ParenthesizedExpressionSyntax)
        {
            and = and.Parent;
        }

        var expected = comparison is not null && comparison.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.EqualsExpression)
            ? (Logical: Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalAndExpression, Compare: Microsoft.CodeAnalysis.CSharp.SyntaxKind.EqualsExpression)
            : (Logical: Microsoft.CodeAnalysis.CSharp.SyntaxKind.LogicalOrExpression, Compare: Microsoft.CodeAnalysis.CSharp.SyntaxKind.NotEqualsExpression);
        if (and is not BinaryExpressionSyntax logical || !logical.IsKind(expected.Logical))
        {
            return null;
        }

        foreach (var side in new[] { logical.Left, logical.Right })
        {
            if (SyntacticValues.Strip(side) is not BinaryExpressionSyntax other || other == comparison || !other.IsKind(expected.Compare))
            {
                continue;
            }

            var (literal, named) = SyntacticValues.Strip(other.Left) is LiteralExpressionSyntax left ? (left, other.Right) : (SyntacticValues.Strip(other.Right) as LiteralExpressionSyntax, other.Left);
            if (literal is not null && literal.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression) && SyntaxNames.Rightmost(named) is { } name &&
                SecretNames.SplitWords(name).Any(w => System.Array.IndexOf(UserWords, w) >= 0) &&
                DefaultCredentialList.IsDefaultPair(literal.Token.ValueText, password))
            {
                return (literal, name);
            }
        }

        return null;
    }

    /// <summary>The field, property or local a table entry is written in (<c>ServiceLogins</c>), or null.</summary>
    private static ISymbol? TableHolder(SyntaxNode entry, Func<SyntaxTree, SemanticModel> semanticModelOf)
    {
        for (var node = entry.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case VariableDeclaratorSyntax or PropertyDeclarationSyntax:
                    return semanticModelOf(node.SyntaxTree).GetDeclaredSymbol(node);
                case StatementSyntax or MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    /// <summary>Hex (16 digits or more, even) or base64 (12 characters or more) text: eight key bytes or more, written encoded.</summary>
    private static bool IsEncodedKey(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 16 && trimmed.Length % 2 == 0 && trimmed.All(Uri.IsHexDigit))
        {
            return !trimmed.All(c => c == trimmed[0]);
        }

        return trimmed.Length >= 12 && SecretTokens.IsBase64Key(trimmed) && trimmed.Any(char.IsDigit) && trimmed.Any(char.IsLetter);
    }

    /// <summary>Whether written text held by a symbol (a constant, a field, a local) may be part of the value.</summary>
    private static bool MayCarryHeldText(ExpressionSyntax value) =>
        SyntacticValues.MayHoldWrittenText(value) && SyntacticValues.WrittenText(value) is null;

    /// <summary>
    /// Whether the interface property a class's property implements, or the property it overrides, was read where values
    /// are judged (<c>MastContext.ApiSecret</c> written, <c>IMastContext.ApiSecret</c> read at an HMAC key).
    /// </summary>
    private static bool FlowedAsWhatItImplements(ISymbol symbol, ConcurrentDictionary<ISymbol, byte> flowed)
    {
        if (symbol is not IPropertySymbol property || property.ContainingType is not { } type)
        {
            return false;
        }

        for (var overridden = property.OverriddenProperty; overridden is not null; overridden = overridden.OverriddenProperty)
        {
            if (flowed.ContainsKey(overridden.OriginalDefinition))
            {
                return true;
            }
        }

        foreach (var contract in type.AllInterfaces)
        {
            foreach (var member in contract.GetMembers(property.Name))
            {
                if (member is IPropertySymbol && flowed.ContainsKey(member.OriginalDefinition) &&
                    SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member)?.OriginalDefinition, property.OriginalDefinition))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Adds a key to a set shared by the pass's actions, reading first: most keys are marked many times (a constant read at
    /// every sink), and a read takes no lock where an add does.
    /// </summary>
    private static void Mark<T>(ConcurrentDictionary<T, byte> set, T key)
        where T : notnull
    {
        if (!set.ContainsKey(key))
        {
            set.TryAdd(key, 0);
        }
    }

    private bool Reports(CredentialVerdict verdict) => verdict switch
    {
        CredentialVerdict.HardcodedSecret => _reportsHardcoded,
        CredentialVerdict.DefaultPassword => _reportsDefault,
        CredentialVerdict.Placeholder => _reportsPlaceholder,
        CredentialVerdict.KeyMaterial => _reportsKeyMaterial,
        _ => false,
    };

    private static DiagnosticDescriptor Rule(CredentialVerdict verdict) => verdict switch
    {
        CredentialVerdict.HardcodedSecret => Descriptors.HardcodedCredential,
        CredentialVerdict.DefaultPassword => Descriptors.DefaultPassword,
        CredentialVerdict.KeyMaterial => Descriptors.SecretToken,
        _ => Descriptors.PlaceholderCredential,
    };

    private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor rule, IOperation at, ResolvedString value, StringPart origin, string kind, string where, Func<string> variableFromSink,
        ConcurrentDictionary<(SyntaxTree, TextSpan), byte> reportedOrigins)
    {
        if (origin.Scope is { } scope)
        {
            Mark(reportedOrigins, (scope.SyntaxTree, scope.Span));
        }

        context.ReportDiagnostic(Finding(rule, at, value, origin, kind, where, variableFromSink));
    }

    /// <summary>The finding for a written value (never its text): at its use, with where it is written as the additional location.</summary>
    private static Diagnostic Finding(DiagnosticDescriptor rule, IOperation at, ResolvedString value, StringPart origin, string kind, string where, Func<string> variableFromSink)
    {
        var holder = origin.Holder;
        var variable = holder is not null ? SecretFinding.EnvironmentVariableName(holder.Name) : variableFromSink();
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, variable);
        var via = value.Via ?? holder;
        if (rule == Descriptors.SecretToken)
        {
            // at a key's own parameter ("reaches 'new DeviceAuthenticationWithRegistrySymmetricKey(...)' parameter 'key'"),
            // or in the key slot of a connection string
            var message = where.StartsWith("reaches", StringComparison.Ordinal) ? "literal " + kind + " " + where : KeyInPlace(where);
            return Diagnostic.Create(rule, origin.Scope!.GetLocation(), additionalLocations: new[] { origin.Scope!.GetLocation() }, message);
        }

        return Diagnostic.Create(
            rule,
            at.Syntax.GetLocation(),
            additionalLocations: new[] { origin.Scope!.GetLocation() },
            properties: properties,
            kind,
            where,
            via is null ? string.Empty : " through '" + SecretFinding.Display(via) + "'");
    }

    /// <summary>IOT1003's message for a key written in place in a connection string's key slot (never the key itself).</summary>
    private static string KeyInPlace(string where) => "key written in place in the key slot of a connection string (" + where + ")";

    /// <summary>Whether a value could be a listed default password: written in place and listed, or read from elsewhere.</summary>
    private static bool MayBeDefault(ExpressionSyntax value) =>
        SyntacticValues.Strip(value) is LiteralExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.NumericLiteralExpression } ||
        SyntacticValues.MayHoldWrittenText(value) &&
        (SyntacticValues.WrittenText(value) is not { } text || text.IndexOf(SyntacticValues.Hole) >= 0 || DefaultCredentialList.IsDefaultPassword(text));

    /// <summary>
    /// IOT1004's screen: whether a value given to a secret-named symbol could pass <see cref="IsWrittenSecret"/>. A value
    /// written entirely in place is judged on its text (an empty string, a placeholder or a key shape never is one);
    /// one that reads other symbols is left to the resolver.
    /// </summary>
    private static bool MayBeWrittenSecret(ExpressionSyntax value, AnalyzerSettings settings)
    {
        if (!SyntacticValues.MayHoldWrittenText(value))
        {
            return false;
        }

        if (SyntacticValues.WrittenText(value) is not { } text)
        {
            return true;
        }

        // A hole marks a run-time part, but a literal may hold the same character: then only the resolver can tell.
        return text.IndexOf(SyntacticValues.Hole) >= 0 ||
               // Four digits may be a PIN under a PIN's name (InstallerPin = "4826"), and four hex digits a password under a
               // password's (PanelPassword = "7A3C"), not a 16-bit UUID: the name decides, once bound.
               (SecretText.Classify(text, settings.PlaceholderPatterns) == TextClass.Value && (!SecretText.IsUuid(text) || text.Trim().Length == 4) && !SecretText.IsProse(text) &&
                !SecretText.SaysFake(text) && SecretTokens.FindTokens(text).Count == 0);
    }

    /// <summary>
    /// How boards and their libraries name pins, longest first: ESP-IDF's <c>GPIO_NUM_5</c>, <c>GPIO17</c>, a Pico's
    /// <c>GP15</c>, a Raspberry Pi's Broadcom <c>BCM27</c> and wiringPi <c>WPI7</c>, <c>PIN_4</c>, <c>IO12</c>, PWM, ADC and DAC
    /// channels; port pins (<c>PA5</c>, <c>P9_12</c>) and Arduino's <c>D4</c>/<c>A0</c> are read after these.
    /// </summary>
    private static readonly string[] BoardPinPrefixes = { "GPIO_NUM_", "GPIO", "PIN_", "BCM", "WPI", "PWM", "ADC", "DAC", "GP", "IO" };

    /// <summary>
    /// A board's name for a pin: GPIO17, GPIO_NUM_5, IO12, D4, A0, PA5, PB12, P1_3, P0.13 (ESP32, Arduino, STM32, nRF, MSP430
    /// spellings): what a name ending in "pin" holds in device code when it is no PIN.
    /// </summary>
    private static bool IsPinLabel(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        var i = -1;
        foreach (var prefix in BoardPinPrefixes)
        {
            if (t.StartsWith(prefix, System.StringComparison.Ordinal))
            {
                i = prefix.Length;
                break;
            }
        }

        if (i < 0)
        {
            i = t.Length >= 2 && t[0] == 'P' && t[1] is >= 'A' and <= 'K' ? 2 : t.Length >= 1 && t[0] is 'D' or 'A' or 'P' ? 1 : -1;
        }

        if (i < 0 || i >= t.Length || t.Length - i > 5)
        {
            return false;
        }

        var digits = 0;
        for (; i < t.Length; i++)
        {
            if (char.IsDigit(t[i]))
            {
                digits++;
            }
            else if (t[i] is not ('_' or '.') || digits == 0)
            {
                return false;
            }
        }

        return digits is > 0 and <= 3;
    }

    /// <summary>
    /// IOT1004's test: a fully written value that is a usable secret: not the symbol's own name, not a UUID, not prose, not
    /// data whose value or name says it is fake, test or example data, not key material or a token (IOT1003's).
    /// </summary>
    private static bool IsWrittenSecret(ResolvedString value, ISymbol symbol, AnalyzerSettings settings, string? heldAs = null)
    {
        var name = heldAs ?? symbol.Name; // (a text input's value is held under its name without the control's word)
        if (!value.IsFullyKnown)
        {
            return false;
        }

        var text = value.Text;
        if (text.Trim().Length < 3 || long.TryParse(text.Trim(), out var sentinel) && sentinel < 0)
        {
            return false; // "-1", "0", "x": a sentinel or a flag, not a secret
        }

        if (SecretText.IsUnsignedSharedAccessSignature(text))
        {
            return false; // a SAS token with its signature masked or left out (a log's copy) holds no secret
        }

        // Four digits under a PIN's name are a PIN (MaintenancePin = "4711"), not a 16-bit BLE UUID.
        // ... when the name ends in what it holds (GuestPinValidFrom = "1400" is a time, DoorLockPinService = "1815" a UUID).
        // So are four hex digits under a name that ends in a password's word (PanelPassword = "7A3C"): a UUID's name says so.
        var pinDigits = SecretNames.IsUnambiguousPasswordName(name) &&
                        SecretNames.SplitWords(name) is { Count: > 0 } nameWords && nameWords[nameWords.Count - 1] is var lastWord && (lastWord is "pin" or "pins" or "pincode" or "passcode" or "code" or "passkey" || SecretNames.IsPasswordSpelling(lastWord)) &&
                        (text.All(char.IsDigit) || CredentialJudge.IsHexUnderPasswordWord(text, name));
        if (IsStatusWord(text) || (!SecretNames.HasPasswordWord(name) && IsNumberedStatus(text) && !SecretNames.NamesWhatACodeOpens(SecretNames.SplitWords(name))))
        {
            // RevokedToken = "REVOKED", SimPinOk = "READY": a state the code compares with, not a secret; BoothAlarmCode =
            // "OVERTEMP-2": an alarm's numbered condition under a code's name (a code that opens something is typed:
            // GateVoucherCode = "MAPLE-RIVER-42", DisarmCode = "BRAVO-TANGO-7")
            return false;
        }

        if (KeyedValues.IsCaptionInTextType(text, symbol))
        {
            return false; // internal static class Strings { public const string AdminPin = "Administrator PIN"; }: a caption
        }

        if (IsPublishedApnLogin(symbol, text))
        {
            return false; // ApnUser = "web", ApnPassword = "web": the operator's published login, which every subscriber uses
        }

        if (IsPinLabel(text) && SecretNames.SplitWords(name) is { Count: > 0 } pinWords && pinWords[pinWords.Count - 1] is "pin" or "pins")
        {
            return false; // PhoneRingerPin = "GPIO17", HookPin = "D4", "GPIO_NUM_5", "PA5": a board's pin label, not a PIN
        }

        if (IsModemQueryOrReply(text))
        {
            return false; // CheckSimPin = "AT+CPIN?", SimPinReady = "+CPIN: READY": what the code asks the modem and what it answers
        }

        if (SecretNames.SplitWords(name) is { Count: 1 } only && only[0] == "token" && text.Length <= MaxReferenceTokenLength &&
            ((text.Length <= 16 && text.All(c => c is >= 'a' and <= 'z') && SecretText.MayBeWord(text)) || IsNumberedHandle(text)))
        {
            // a bare Token holding one lower-case word ("reboot", "status"; sixteen random letters are none): a shell command's or a lexer's token; or a
            // numbered handle (ONVIF's profile and source tokens, "Profile_1", "VideoSource_0"): a reference, no secret
            return false;
        }

        if (SecretText.Classify(text, settings.PlaceholderPatterns) != TextClass.Value || (SecretText.IsUuid(text) && !pinDigits) || SecretText.IsProse(text) || SecretText.IsPath(text) ||
            IsConnectionStringOrUri(text) || SecretText.SaysFake(text) || SecretText.SaysFake(name) || RepeatsItsName(text, name) || SecretText.IsMarkup(text) ||
            SecretText.IsPasswordHash(text)) // AdminPassword = "$2b$10$...": the verifier a login checks against, not the password
        {
            return false;
        }

        return SecretTokens.FindTokens(text).Count == 0;
    }

    /// <summary>
    /// Whether a received credential is a library's: its own member (an MQTT broker's <c>e.Password</c>), or a local
    /// holding one (<c>var password = userNameToken.DecryptedPassword;</c> of an OPC UA server's token).
    /// </summary>
    private static bool IsLibraryReceived(ISymbol received, StringValueResolver resolver) =>
        received.DeclaringSyntaxReferences.IsEmpty ||
        (received is ILocalSymbol && resolver.InitializerOperation(received) is { } initial &&
         StringValueResolver.Unwrap(initial) is IMemberReferenceOperation { Member.DeclaringSyntaxReferences.IsEmpty: true });

    /// <summary>
    /// Whether a constant under an APN's password name holds the operator's published login: the value of a constant of the
    /// same type under the APN's user name, or a label of one under the APN's name (<c>ApnName = "web.vodafone.de"</c> with
    /// <c>ApnPassword = "vodafone"</c>), as <see cref="ConnectionStrings.IsPublishedApnLogin"/> judges the AT commands.
    /// </summary>
    private static bool IsPublishedApnLogin(ISymbol symbol, string password)
    {
        if (!SecretNames.SplitWords(symbol.Name).Contains("apn") || symbol.ContainingType is not { } type)
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol field && !SymbolEqualityComparer.Default.Equals(field, symbol) && WrittenText(field) is { } value &&
                SecretNames.SplitWords(field.Name).Contains("apn") && ApnRoleOf(field.Name) is var role and not ApnRole.None &&
                ConnectionStrings.IsPublishedApnLogin(password, role == ApnRole.User ? value : null, role == ApnRole.Name ? value : null))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A constant's text, or the literal a read-only field is initialized with (<c>static readonly string ApnUser = "three"</c>).</summary>
    private static string? WrittenText(IFieldSymbol field) =>
        field.HasConstantValue ? field.ConstantValue as string
        : field.IsReadOnly && field.DeclaringSyntaxReferences.Length == 1 && field.DeclaringSyntaxReferences[0].GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal } &&
          literal.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression) ? literal.Token.ValueText
        : null;

    /// <summary>
    /// Whether a password written into a modem object (<c>modem.AccessPassword = "web"</c>) is the operator's published APN
    /// login, by the statements beside it that set the same object's APN name and user name
    /// (<c>modem.AccessPointName = "internet"; modem.AccessUsername = "web";</c>), as
    /// <see cref="ConnectionStrings.IsPublishedApnLogin"/> judges an AT command.
    /// </summary>
    private static bool IsPublishedApnWrite(SyntaxNode written, string password)
    {
        // The statements that set the same object's members (modem.AccessPointName = "..."), or the same object initializer's
        // members (new CellularConfig { AccessPointName = "...", ApnUser = "...", ApnPassword = "..." }, or a record's
        // Blank with { ... }).
        IEnumerable<AssignmentExpressionSyntax> siblings;
        if (written.Parent is AssignmentExpressionSyntax { Left: IdentifierNameSyntax, Parent: InitializerExpressionSyntax { RawKind: (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.ObjectInitializerExpression or (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.WithInitializerExpression } initializer })
        {
            siblings = initializer.Expressions.OfType<AssignmentExpressionSyntax>();
        }
        else if (written.Parent is AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } } assignment &&
                 assignment.Parent is ExpressionStatementSyntax { Parent: BlockSyntax block })
        {
            siblings = block.Statements.Select(statement => statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax owner } } set } &&
                                                                owner.Identifier.ValueText == receiver.Identifier.ValueText ? set : null)
                .Where(set => set is not null)!;
        }
        else
        {
            return false;
        }

        string? user = null, apn = null;
        foreach (var sibling in siblings)
        {
            if (SyntaxNames.Rightmost(sibling.Left) is { } member && sibling.Right is LiteralExpressionSyntax text && text.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralExpression))
            {
                switch (ApnRoleOf(member))
                {
                    case ApnRole.Name:
                        apn = text.Token.ValueText;
                        break;
                    case ApnRole.User:
                        user = text.Token.ValueText;
                        break;
                }
            }
        }

        return apn is not null && ConnectionStrings.IsPublishedApnLogin(password, user, apn);
    }

    private enum ApnRole { None, Name, User }

    /// <summary>
    /// What a setting of an APN login holds, by its name: the user name (<c>ApnUser</c>, <c>AccessUsername</c>), the access
    /// point's name (<c>ApnName</c>, <c>AccessPointName</c>), or neither (a password's name, or another setting).
    /// </summary>
    private static ApnRole ApnRoleOf(string name)
    {
        if (SecretNames.IsPasswordName(name))
        {
            return ApnRole.None;
        }

        var words = SecretNames.SplitWords(name);
        return words.Contains("user") || words.Contains("username") || words.Contains("login") ? ApnRole.User
            : words.Contains("apn") || (words.Contains("access") && words.Contains("point")) ? ApnRole.Name
            : ApnRole.None;
    }

    /// <summary>
    /// The longest handle a bare <c>token</c> holds: ONVIF's <c>ReferenceToken</c> is a string of at most 64 characters
    /// (ONVIF Core Specification, tt:ReferenceToken).
    /// </summary>
    private const int MaxReferenceTokenLength = 64;

    private static readonly char[] Vowels = { 'a', 'e', 'i', 'o', 'u', 'y', 'A', 'E', 'I', 'O', 'U', 'Y' };

    /// <summary>
    /// Words and a number, as protocols name what they hand out: parts joined by underscores, each letters that read as
    /// words (<see cref="SecretText.ReadsAsWords"/>) with up to five digits after them, at least one part numbered
    /// and one holding four or more letters that read as words: ONVIF's profile and source tokens as camera makers number
    /// them (<c>Profile_1</c>, <c>VideoSource_0</c>, <c>main_stream_2</c>, <c>MediaProfile00000</c>, <c>profile_1_h264</c>).
    /// Beside such a word, one part of up to five letters in one case, with a vowel unless it has three letters or fewer,
    /// is an abbreviation (a codec or a resolution: <c>Profile_MJPEG_1</c>, <c>profile_2_mjpeg</c>, <c>Profile_QVGA_2</c>). Letters after digits in one part, more than five
    /// digits, or letters that read as no words make no handle (<c>q8Zt0</c>, <c>16C7e42F</c>, <c>xkqzvbwmtrplfj20931</c>,
    /// <c>Zqxv_Pkjw_Trvb_7</c>: no part reads as a word).
    /// </summary>
    private static bool IsNumberedHandle(string text)
    {
        var numbered = false;
        var worded = false;
        var abbreviated = false;
        foreach (var part in text.Split('_'))
        {
            var digitsAt = part.Length;
            while (digitsAt > 0 && char.IsDigit(part[digitsAt - 1]))
            {
                digitsAt--;
            }

            var letters = part.Substring(0, digitsAt);
            var digits = part.Length - digitsAt;
            if (part.Length == 0 || digits > 5 || !letters.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z')) || (digits == 0 && letters.Length < 2))
            {
                return false;
            }

            numbered |= digits > 0;
            // (three letters with no vowel read as no word either: QXZ, kvq; two such blocks are random letters)
            if (!SecretText.ReadsAsWords(letters) || (letters.Length >= 3 && letters.IndexOfAny(Vowels) < 0))
            {
                // one abbreviation, with a vowel unless it is three letters or fewer (MJPEG, qvga, HEVC, FHD); blocks of
                // random capitals beside a word (live_QXZKV_WPTRB_48213) are no handle
                if (abbreviated || letters.Length > 5 || !(letters.All(char.IsUpper) || letters.All(char.IsLower)) ||
                    (letters.Length > 3 && letters.IndexOfAny(Vowels) < 0))
                {
                    return false;
                }

                abbreviated = true;
                continue; // an abbreviation, a handle only beside a part that reads as a word
            }

            worded |= letters.Length >= 4;
        }

        return numbered && worded;
    }

    /// <summary>
    /// A modem command that carries no value (<c>"AT+CPIN?"</c>, <c>"AT+CPIN"</c>, <c>"AT+CLCK=?"</c>) or a modem's reply
    /// of words alone (<c>"+CPIN: READY"</c>, <c>"+CPIN: SIM PIN"</c>): text a driver compares with or sends to ask, under a
    /// PIN's name, no PIN (a command with a value, <c>AT+CPIN="1234"</c>, is read as a command elsewhere).
    /// </summary>
    private static bool IsModemQueryOrReply(string text)
    {
        // (a reply as the modem sends it, with its line ends and the OK after it: "\r\n+CPIN: READY\r\n\r\nOK\r\n")
        // Every line is a command (AT...), a reply (+...) or OK: text starting otherwise is none, read no further.
        var first = 0;
        while (first < text.Length && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        if (first == text.Length || text[first] is not ('A' or 'a' or '+' or 'O'))
        {
            return false;
        }

        var lines = text.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim()).Where(line => line.Length > 0).ToList();
        return lines.Any(line => line != "OK") && lines.All(line => line == "OK" || IsModemLine(line));
    }

    /// <summary>One line of <see cref="IsModemQueryOrReply"/>: an AT command without a value, or a reply of capital words.</summary>
    private static bool IsModemLine(string trimmed)
    {
        if (trimmed.Length > 2 && (trimmed[0] is 'A' or 'a') && (trimmed[1] is 'T' or 't'))
        {
            var rest = trimmed.Substring(2);
            var query = rest.EndsWith("=?", StringComparison.Ordinal) ? rest.Substring(0, rest.Length - 2) : rest.TrimEnd('?');
            return query.Length > 1 && (query[0] is '+' or '&' or '%' or '$' or '#') && query.Skip(1).All(c => char.IsLetterOrDigit(c) || c == '+');
        }

        var colon = trimmed.IndexOf(':');
        return trimmed.Length > 3 && trimmed[0] == '+' && colon > 1 && trimmed.Substring(1, colon - 1).All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9')) &&
               trimmed.Substring(colon + 1).Trim() is { Length: > 0 } answer && answer.All(c => c is (>= 'A' and <= 'Z') or ' ');
    }

    /// <summary>One word of capital letters (and underscores), as protocols and state machines write their states.</summary>
    private static bool IsStatusWord(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is >= 2 and <= 16 && !DefaultCredentialList.IsDefaultPassword(trimmed) &&
               ((trimmed.All(c => c is (>= 'A' and <= 'Z') or '_') && trimmed.Split('_').All(SecretText.MayBeWord)) || EndsInLevelWord(trimmed));
    }

    /// <summary>
    /// An upper-case word of four or more letters, with more such words, numbered (<c>"OVERTEMP-2"</c>, <c>"LOW_FUEL_3"</c>):
    /// a reported condition and its instance, as alarms and faults are named.
    /// </summary>
    private static bool IsNumberedStatus(string text)
    {
        var trimmed = text.Trim();
        var cut = trimmed.LastIndexOfAny(new[] { '-', '_' });
        if (cut < 4 || trimmed.Length - cut - 1 is < 1 or > 2 || !trimmed.Substring(cut + 1).All(char.IsDigit))
        {
            return false;
        }

        var words = trimmed.Substring(0, cut).Split('-', '_');
        return words[0].Length >= 4 && words.All(w => w.Length >= 2 && w.All(c => c is >= 'A' and <= 'Z')) && !DefaultCredentialList.IsDefaultPassword(trimmed);
    }

    /// <summary>
    /// An upper-case code whose last part is a level or state (<c>"CL2-HIGH"</c>, <c>"PH_LOW"</c>, <c>"TANK3-FAULT"</c>): what a
    /// device reports, not what opens it.
    /// </summary>
    private static bool EndsInLevelWord(string text)
    {
        if (text.Any(c => c is >= 'a' and <= 'z'))
        {
            return false;
        }

        var cut = text.LastIndexOfAny(new[] { '-', '_', '.' });
        return cut > 0 && text.Substring(cut + 1) is "HIGH" or "LOW" or "HIHI" or "LOLO" or "FAULT" or "ERROR" or "ALARM" or "WARN" or "WARNING" or "OK" or "OFF" or "ON" or "TRIP" or "FAIL" or "OPEN" or "CLOSED";
    }

    /// <summary>
    /// A connection string or URI keeps its secrets in its pairs (Password=, user information), which are judged there:
    /// without one it holds none, whatever its holder is called (ReadOnlyNoPassword = "Server=...;Trusted_Connection=True").
    /// </summary>
    private static bool IsConnectionStringOrUri(string text)
    {
        if (text.IndexOf("://", System.StringComparison.Ordinal) > 0)
        {
            return true;
        }

        var equals = 0;
        var separators = 0;
        foreach (var c in text)
        {
            equals += c == '=' ? 1 : 0;
            separators += c == ';' ? 1 : 0;
        }

        return equals >= 2 && separators >= 1;
    }

    /// <summary>Whether a value's text is written in lower case only (a configuration value, not display text).</summary>
    private static bool IsLowerCase(ResolvedString value) =>
        value.IsFullyKnown && value.Text.Length > 0 && value.Text == value.Text.ToLowerInvariant();

    /// <summary>Whether a pair's value was written as an argument elsewhere and reached the text through a parameter.</summary>
    /// <summary>
    /// Whether a form body or query of '&amp;'-separated pairs is handed whole to a call as it is written
    /// (<c>new StringContent("user=admin&amp;pwd=YOUR_PASSWORD")</c>): it is sent so, not filled in first.
    /// </summary>
    private static bool IsFormBodySent(WrittenPair written)
    {
        SyntaxNode whole = written.Whole;
        while (whole.Parent is ParenthesizedExpressionSyntax)
        {
            whole = whole.Parent;
        }

        return whole.Parent is ArgumentSyntax && written.Literal == written.Whole && written.LiteralText.IndexOf('&') >= 0 && written.LiteralText.IndexOf(';') < 0;
    }

    /// <summary>
    /// A request URL written whole in one literal, with the placeholder in its query (<c>const string HookUrl =
    /// "https://hooks.example/in?token=YOUR_RELAY_TOKEN"</c>), handed on as it is: no hole is left to fill, so the request
    /// goes out with the placeholder unless the code replaces it (<c>HookUrl.Replace("YOUR_RELAY_TOKEN", token)</c>,
    /// <c>string.Format(HookUrl, ...)</c>), which this reads in the literal's file.
    /// </summary>
    private static bool IsRequestUrlUsedAsWritten(WrittenPair written)
    {
        if (written.Literal != written.Whole || SyntacticValues.Strip(written.Literal) is not LiteralExpressionSyntax literal)
        {
            return false;
        }

        var text = literal.Token.ValueText;
        var query = text.IndexOf('?');
        if (text.IndexOf("://", StringComparison.Ordinal) < 0 || query < 0 || query > written.Pair.ValueStart)
        {
            return false;
        }

        SyntaxNode whole = literal;
        while (whole.Parent is ParenthesizedExpressionSyntax)
        {
            whole = whole.Parent;
        }

        if (whole.Parent is ArgumentSyntax)
        {
            return true; // GetStringAsync("https://...?apikey=YOUR_API_KEY")
        }

        return HolderUse(whole) == TemplateUse.Read; // a URL the file never reads reaches no request; one it fills in is a template
    }

    /// <summary>
    /// Whether a template held by a member (a settings object's <c>OpenWeatherKey = "YOUR_OPENWEATHER_API_KEY"</c>) is read
    /// into a URL's query that is handed on as it is built (<c>GetStringAsync($"...&amp;appid={_keys.OpenWeatherKey}")</c>):
    /// nothing fills the template in, so the placeholder goes to the server as written.
    /// </summary>
    private static bool IsHeldTemplateSentInUrl(WrittenPair written, SinkIndex sinks)
    {
        if (written.Literal.SyntaxTree == written.Whole.SyntaxTree && written.Whole.Span.Contains(written.Literal.Span))
        {
            return false; // written in the URL itself: IsRequestUrlUsedAsWritten's
        }

        // held by a member: given in an object initializer (new Keys { ApiKey = "..." }) or as a property's initial value; a
        // template handed to a helper's parameter stays the caller's to fill in
        if (SyntacticValues.Strip(written.Literal).Parent is not (AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } or
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax or VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } }))
        {
            return false;
        }

        SyntaxNode whole = written.Whole;
        while (whole.Parent is ParenthesizedExpressionSyntax)
        {
            whole = whole.Parent;
        }

        // handed to a catalogued request (GetStringAsync, new Uri, WebClient.DownloadString), not printed (Console.WriteLine)
        var request = whole.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: var call } } && call switch
        {
            InvocationExpressionSyntax invocation => SyntaxNames.Rightmost(invocation.Expression) is { } called && sinks.HasMember(called),
            // (a Uri made to be handed on, not one kept to print its host)
            ObjectCreationExpressionSyntax creation => SyntaxNames.Rightmost(creation.Type) is { } created && sinks.HasConstructorOf(created) && !IsOnlyShown(creation, depth: 0),
            _ => false,
        };
        return request && written.Whole is InterpolatedStringExpressionSyntax or BinaryExpressionSyntax &&
               written.Whole.ToString() is var built && built.IndexOf("://", StringComparison.Ordinal) >= 0 && built.IndexOf('?') >= 0;
    }

    /// <summary>
    /// Whether a request object made in place (<c>new Uri(...)</c>, <c>new HttpRequestMessage(...)</c>) is only shown, never
    /// sent: printed or logged (<c>Console.WriteLine(new Uri(...))</c>, <c>Debug.WriteLine</c>, <c>Trace</c>, a logger's
    /// <c>Log...</c> or <c>Information</c>), read only for the parts of it that carry no query (<c>uri.Host</c>,
    /// <c>uri.Port</c>, <c>uri.Scheme</c>), or held by a local that is only used so. Anything else (handed to a call, returned,
    /// assigned, its query or whole text read) may send it. Syntax only; a local is followed in its own member, two deep.
    /// </summary>
    private static bool IsOnlyShown(ExpressionSyntax made, int depth)
    {
        ExpressionSyntax whole = made;
        while (true)
        {
            switch (whole.Parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } or
                     PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression }:
                    whole = (ExpressionSyntax)whole.Parent;
                    continue;
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax text }:
                    whole = text; // $"endpoint {uri}": the text it is written into
                    continue;
            }

            break;
        }

        switch (whole.Parent)
        {
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }:
                return IsShowingCall(call);
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "RequestUri" } request when request.Expression == whole:
                return IsOnlyShown(request, depth); // request.RequestUri!.Host: the request's URI, read as a URI is
            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: var part } access when access.Expression == whole:
                return QueryFreeParts.Contains(part); // uri.Host: the key in its query goes nowhere
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } local } when depth < 2 &&
                                                                                                                          local.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member:
                foreach (var token in SourceWords.TokensIn(member, local.Identifier.ValueText))
                {
                    if (token.Parent is IdentifierNameSyntax read && token.SpanStart > local.Span.End &&
                        (read.Parent is not MemberAccessExpressionSyntax { Name: var accessed } || accessed != read) && !IsOnlyShown(read, depth + 1))
                    {
                        return false;
                    }
                }

                return true; // (a local never read sends nothing either)
            default:
                return false;
        }

        // Console.WriteLine, Console.Error.Write, Debug.WriteLine, Trace.TraceInformation, _logger.LogInformation, Log.Information
        static bool IsShowingCall(InvocationExpressionSyntax call)
        {
            if (call.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var method, Expression: var receiver })
            {
                return false;
            }

            // (Console.Out and Console.Error are the console's, as are Out and Error under using static System.Console and a
            // local given one of them; a modem's Out is its line)
            var owner = IsConsoleWriter(receiver) ? "Console" : SyntaxNames.Rightmost(receiver) ?? string.Empty;
            return owner is "Console" or "Debug" or "Trace" && (method.StartsWith("Write", StringComparison.Ordinal) || method is "Print" or "Fail" or "Assert") ||
                   owner == "Trace" && method.StartsWith("Trace", StringComparison.Ordinal) ||
                   method is "Log" or "LogTrace" or "LogDebug" or "LogInformation" or "LogInfo" or "LogWarning" or "LogWarn" or "LogError" or "LogCritical" or "LogVerbose" or "LogFatal" ||
                   method is "Verbose" or "Debug" or "Information" or "Info" or "Warning" or "Warn" or "Error" or "Fatal" or "Trace" or "Critical" &&
                   (owner.IndexOf("log", StringComparison.OrdinalIgnoreCase) >= 0 || DeclaredTypeName(receiver)?.IndexOf("Log", StringComparison.Ordinal) >= 0);
        }

        static bool IsConsoleWriter(ExpressionSyntax receiver, int depth = 0) => receiver switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Out" or "Error", Expression: var console } => SyntaxNames.Rightmost(console) == "Console",
            IdentifierNameSyntax { Identifier.ValueText: "Out" or "Error" } bare =>
                bare.SyntaxTree.GetRoot() is CompilationUnitSyntax unit && unit.Usings.Concat(unit.Members.OfType<BaseNamespaceDeclarationSyntax>().SelectMany(n => n.Usings))
                    .Any(u => u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && SyntaxNames.Rightmost(u.Name) == "Console"),
            IdentifierNameSyntax local when depth == 0 && local.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member =>
                member.DescendantNodes().OfType<VariableDeclaratorSyntax>().Any(d => d.Identifier.ValueText == local.Identifier.ValueText &&
                                                                                     d.Initializer?.Value is { } value && IsConsoleWriter(value, depth + 1)),
            _ => false,
        };

        // the type a field, property or parameter of that name is declared with in the enclosing type or member (_audit: IAuditLogger)
        static string? DeclaredTypeName(ExpressionSyntax receiver)
        {
            var name = receiver switch
            {
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax, Name: var member } => member.Identifier.ValueText,
                _ => null,
            };
            if (name is null)
            {
                return null;
            }

            for (var node = receiver.Parent; node is not null; node = node.Parent)
            {
                TypeSyntax? declared = node switch
                {
                    BaseMethodDeclarationSyntax method => method.ParameterList.Parameters.FirstOrDefault(p => p.Identifier.ValueText == name)?.Type,
                    TypeDeclarationSyntax type => type.Members.OfType<FieldDeclarationSyntax>().FirstOrDefault(f => f.Declaration.Variables.Any(v => v.Identifier.ValueText == name))?.Declaration.Type ??
                                                  type.Members.OfType<PropertyDeclarationSyntax>().FirstOrDefault(p => p.Identifier.ValueText == name)?.Type ??
                                                  type.ParameterList?.Parameters.FirstOrDefault(p => p.Identifier.ValueText == name)?.Type,
                    _ => null,
                };
                if (declared is not null)
                {
                    return SyntaxNames.Rightmost(declared is NullableTypeSyntax nullable ? nullable.ElementType : declared);
                }

                if (node is TypeDeclarationSyntax)
                {
                    return null;
                }
            }

            return null;
        }
    }

    /// <summary>
    /// Whether a URL sink is a request object's constructor (<c>new Uri(...)</c>, <c>new HttpRequestMessage(...)</c>) whose
    /// object is only shown (<see cref="IsOnlyShown"/>): what it is given is never sent.
    /// </summary>
    private static bool IsRequestOnlyShown(SinkArgument argument) =>
        argument.Sink.Spec.Kind == SecretKind.Url && argument.Member is IMethodSymbol { MethodKind: MethodKind.Constructor } &&
        argument.Value.Syntax.FirstAncestorOrSelf<ArgumentSyntax>() is { Parent: ArgumentListSyntax { Parent: BaseObjectCreationExpressionSyntax made } } &&
        IsOnlyShown(made, depth: 0);

    /// <summary>The parts of a <see cref="Uri"/> that carry no query (nor its user information).</summary>
    private static readonly System.Collections.Generic.HashSet<string> QueryFreeParts = new(StringComparer.Ordinal)
    {
        "Host", "IdnHost", "DnsSafeHost", "Port", "Scheme", "AbsolutePath", "LocalPath", "Segments", "IsDefaultPort", "IsLoopback", "IsAbsoluteUri",
        "Authority", "HostNameType", "IsFile", "IsUnc", "Method", "Version",
    };

    /// <summary>
    /// Whether a query written in a literal is appended to a URL a local holds (<c>url += "?api_key=YOUR_API_KEY";</c> or
    /// <c>url = url + "?api_key=..."</c>) and the local is then sent as it is (<c>http.GetStringAsync(url)</c>, through the
    /// paths <see cref="IsSentWhole"/> follows) and never filled in (<c>url.Replace(...)</c>, <c>string.Format(url, ...)</c>):
    /// the placeholder goes to the server as written.
    /// </summary>
    private static bool IsAppendedQuerySent(WrittenPair written)
    {
        if (SyntacticValues.Strip(written.Literal) is not (LiteralExpressionSyntax or InterpolatedStringExpressionSyntax) || written.LiteralText is not { Length: >= 2 } text ||
            text[0] is not ('?' or '&') ||
            written.Whole.Parent is not ExpressionStatementSyntax and not AssignmentExpressionSyntax ||
            (written.Whole is AssignmentExpressionSyntax compound ? compound : written.Whole.Parent as AssignmentExpressionSyntax) is not { Left: IdentifierNameSyntax { Identifier.ValueText: var local } } appended)
        {
            return false;
        }

        var sent = false;
        var declared = SyntacticValues.Find((IdentifierNameSyntax)appended.Left, readCallers: false);
        foreach (var read in MemberOf(appended).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (read.Identifier.ValueText != local || read.SpanStart <= appended.Span.End || read.Parent is AssignmentExpressionSyntax { Left: var target } && target == read ||
                SyntacticValues.IsNameOfArgument(read) || read.Parent is MemberAccessExpressionSyntax { Name: var memberName } && memberName == read ||
                // a lambda's parameter or another local spelled the same: not the URL local
                SyntacticValues.Find(read, readCallers: false) is var found && (found.Kind != declared.Kind || found.Value != declared.Value))
            {
                continue;
            }

            if (IsFilledAt(read))
            {
                return false; // filled in at run time (url.Replace(...), the team's WithKey(url, key)): a template
            }

            sent |= IsSentWhole(read, 0);
        }

        return sent;
    }

    /// <summary>How the file uses the constant, field or local a literal initializes.</summary>
    private enum TemplateUse
    {
        /// <summary>The literal initializes no declarator, or nothing in its file reads it.</summary>
        NotRead,

        /// <summary>Read as it is.</summary>
        Read,

        /// <summary>
        /// Filled in: the receiver of a <c>Replace</c> call, an argument of <c>Format</c>, <c>Replace</c> or
        /// <c>AppendFormat</c>, the text of a <c>StringBuilder</c> that is then filled in, or what the team's own helper fills in.
        /// </summary>
        FilledIn,
    }

    /// <summary>
    /// How the file uses the holder the literal (or its parenthesized whole) initializes, by name in its file:
    /// <c>CpinTemplate.Replace("&lt;pin&gt;", pin)</c> and <c>string.Format(HookUrl, token)</c> fill it in. A holder filled
    /// on one path and also passed whole to a call on another (<c>port.WriteLine(profile.JoinTemplate)</c>) is read as
    /// written: it is sent as it is.
    /// </summary>
    private static TemplateUse HolderUse(SyntaxNode whole)
    {
        // a field's, a local's or (JoinTemplate { get; init; } = "...") a property's initializer
        var holder = whole.Parent switch
        {
            EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator } => declarator.Identifier.ValueText,
            EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax property } => property.Identifier.ValueText,
            ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax getter } => getter.Identifier.ValueText, // JoinTemplate => "AT+CWJAP=..."
            _ => null,
        };
        if (holder is null)
        {
            return TemplateUse.NotRead;
        }

        bool read = false, filled = false, sentAsWritten = false;
        // A local is read in its own member only; a field or property anywhere in the file.
        var scope = whole.Parent?.Parent is VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } ? MemberOf(whole) : whole.SyntaxTree.GetRoot();
        var isStatic = whole.Parent?.Parent switch
        {
            VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax field } => field.Modifiers.Any(SyntaxKind.ConstKeyword) || field.Modifiers.Any(SyntaxKind.StaticKeyword),
            PropertyDeclarationSyntax property => property.Modifiers.Any(SyntaxKind.StaticKeyword),
            _ => false,
        };
        foreach (var named in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (named.Identifier.ValueText != holder || SyntacticValues.IsNameOfArgument(named) || NamesAnotherDeclaration(named, whole) ||
                // saved.JoinTemplate beside a constant JoinTemplate: an instance's member, not the constant
                isStatic && named.Parent is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax receiver } instanceRead && instanceRead.Name == named &&
                SyntacticValues.Find(receiver, readCallers: false).Kind is DeclarationKind.Parameter or DeclarationKind.Variable or DeclarationKind.RuntimeVariable)
            {
                continue;
            }

            // profile.JoinTemplate, and the template tidied first (CgauthTemplate.Trim().Replace(...)): the holder's text
            var name = Tidied(named.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == named ? qualified : named);

            if (IsFilledAt(name) || IsFilledThroughLocal(name) || IsFilledThroughHelper(name))
            {
                filled = true;
                continue;
            }

            read = true;
            // port.WriteLine(profile.JoinTemplate) on another path: the template is also sent as it is written
            sentAsWritten |= IsSentWhole(name, 0);
        }

        return filled && !sentAsWritten ? TemplateUse.FilledIn : read || filled ? TemplateUse.Read : TemplateUse.NotRead;
    }

    /// <summary>
    /// Whether a template's text read at <paramref name="name"/> (after any tidying: <c>Trim()</c>, <c>ToUpperInvariant()</c>)
    /// is filled in there: the receiver of <c>Replace</c>, an argument of <c>Format</c>, <c>Replace</c> or
    /// <c>AppendFormat</c>, the text of a <c>StringBuilder</c> filled in later, given to the team's helper, extension
    /// method or command type that fills it (<see cref="FillsItsParameter"/>, <see cref="ConstructorKeepsToFill"/>).
    /// </summary>
    private static bool IsFilledAt(ExpressionSyntax name) =>
        name.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace" } replaced && replaced.Expression == name ||
        name.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call } && SyntaxNames.Rightmost(call.Expression) is "Format" or "Replace" or "AppendFormat" ||
        // new StringBuilder(CpinTemplate).Replace("<pin>", pin)
        name.Parent is ArgumentSyntax { Parent.Parent: ObjectCreationExpressionSyntax { Parent: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace" } } builder } &&
        SyntaxNames.Rightmost(builder.Type) == "StringBuilder" ||
        name.Parent is ArgumentSyntax { Parent.Parent: BaseObjectCreationExpressionSyntax made } && IsBuilderFilledLater(made) ||
        // sb.Append(CpinTemplate) of a builder a later statement fills in
        name.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Append", Expression: IdentifierNameSyntax appendedTo } } } &&
        IsFilledLater(appendedTo) ||
        name.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax { Expression: var called } } list } passed &&
        SyntaxNames.Rightmost(called) is { } helper && FillsItsParameter(name.SyntaxTree, helper, list.Arguments.IndexOf(passed), extension: false) ||
        // new AtCommand(QicsgpTemplate).Set(...): the team's command type keeps it to fill in
        // (one made and only written out, new AtCommand(T).ToString(), sends the template as written)
        name.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax { Type: var commandType } command } madeWith } given &&
        command.Parent is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString" } && command.Parent is not (ArgumentSyntax or InterpolationSyntax) &&
        !(command.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax commandHolder } && IsOnlyWrittenOut(commandHolder)) &&
        ConstructorKeepsToFill(name.SyntaxTree, SyntaxNames.Rightmost(commandType), madeWith.Arguments.IndexOf(given)) ||
        // CpinTemplate.WithPin(pin): the team's extension method, its receiver the template
        name.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: var extension, Parent: InvocationExpressionSyntax } receiver && receiver.Expression == name &&
        FillsItsParameter(name.SyntaxTree, extension, 0, extension: true);

    /// <summary>
    /// The member whose body holds <paramref name="node"/>, where its locals are read: a method, accessor or constructor,
    /// or, for top-level statements, the whole file (each global statement is a member of its own).
    /// </summary>
    private static SyntaxNode MemberOf(SyntaxNode node) =>
        node.FirstAncestorOrSelf<MemberDeclarationSyntax>() switch
        {
            GlobalStatementSyntax global => global.Parent ?? global,
            { } member => member,
            null => node.SyntaxTree.GetRoot(),
        };

    /// <summary>
    /// Whether a simple name spelled as the holder refers to something else where it is written: a parameter, a
    /// <c>foreach</c> or pattern variable, or another local, field or property of that name (found by
    /// <see cref="SyntacticValues.Find"/>; a name it cannot settle is taken as the holder). A qualified name
    /// (<c>profile.JoinTemplate</c>) is the holder's.
    /// </summary>
    private static bool NamesAnotherDeclaration(IdentifierNameSyntax named, SyntaxNode whole)
    {
        if (named.Parent is MemberAccessExpressionSyntax qualified && qualified.Name == named ||
            named.Parent is MemberBindingExpressionSyntax or QualifiedNameSyntax)
        {
            return false;
        }

        var found = SyntacticValues.Find(named, readCallers: false);
        return found.Kind is DeclarationKind.Parameter or DeclarationKind.RuntimeVariable ||
               found.Kind is DeclarationKind.Variable or DeclarationKind.Constant && found.Value is { } value && value != whole;
    }

    /// <summary>
    /// Whether the holder's text, read at <paramref name="name"/>, goes whole into a call: as an argument, through a
    /// conditional's arm, <c>??</c>, a concatenation (<c>T + "\r\n"</c>) or an interpolation (<c>$"{T}\r\n"</c>), through a
    /// local that a call is then given (<c>var line = T; port.WriteLine(line);</c>, followed once), or given to the
    /// team's command type that is only written out (<c>new AtCommand(T).ToString()</c>).
    /// </summary>
    private static bool IsSentWhole(ExpressionSyntax name, int depth)
    {
        ExpressionSyntax whole = name;
        while (true)
        {
            switch (whole.Parent)
            {
                case ParenthesizedExpressionSyntax or CastExpressionSyntax:
                case ConditionalExpressionSyntax conditional when conditional.Condition != whole:
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression or (int)SyntaxKind.CoalesceExpression }:
                    whole = (ExpressionSyntax)whole.Parent;
                    continue;
                case SwitchExpressionArmSyntax { Parent: SwitchExpressionSyntax chosen } arm when arm.Expression == whole:
                    whole = chosen; // pin switch { null => T, _ => T.Replace(...) }
                    continue;
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString", Parent: InvocationExpressionSyntax written } access when access.Expression == whole:
                    whole = written; // command.ToString(): the text as it is
                    continue;
                case InterpolationSyntax { Parent: InterpolatedStringExpressionSyntax interpolated }:
                    whole = interpolated;
                    continue;
            }

            break;
        }

        switch (whole.Parent)
        {
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax } }:
                return true;
            case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: ObjectCreationExpressionSyntax command } }:
                // new AtCommand(T).ToString(); the object made from it given whole to a call, or held by a local that is
                // (new HttpRequestMessage(HttpMethod.Get, url) sent by SendAsync, new Uri(url) requested)
                return command.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString", Parent: InvocationExpressionSyntax } ||
                       command.Parent is InterpolationSyntax || IsSentWhole(command, depth);
            case InitializerExpressionSyntax { Parent: ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax } when depth == 0:
                // foreach (var line in new[] { "ATE0", CpinTemplate, ... }) port.WriteLine(line): a script sent line by line
                return whole.Parent.Parent is ExpressionSyntax script && script.Parent is ForEachStatementSyntax loop && loop.Expression == script &&
                       loop.Statement.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(read =>
                           read.Identifier.ValueText == loop.Identifier.ValueText && IsSentWhole(read, depth + 1));
            case ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax helper } when depth == 0:
                return IsReturnedWholeToASend(helper, depth); // CpinLine(pin) => pin is null ? T : T.Replace(...); port.WriteLine(CpinLine(pin))
            case ReturnStatementSyntax returned when depth == 0 && returned.FirstAncestorOrSelf<SyntaxNode>(n => n is MethodDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) is MethodDeclarationSyntax helper:
                return IsReturnedWholeToASend(helper, depth);
            case EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax local } when depth == 0 && local.Parent?.Parent is LocalDeclarationStatementSyntax:
                return IsSentThroughLocal(local.Identifier.ValueText, local, depth);
            case AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression, Left: IdentifierNameSyntax assigned } given when depth == 0 && given.Right == whole:
                return IsSentThroughLocal(assigned.Identifier.ValueText, given, depth); // string line; ... line = T; port.WriteLine(line);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether a call in the file of the team's helper that returns the template whole on a path is itself sent whole
    /// (<c>port.WriteLine(CpinLine(pin))</c>).
    /// </summary>
    private static bool IsReturnedWholeToASend(MethodDeclarationSyntax helper, int depth) =>
        CallsNamed(helper.SyntaxTree, helper.Identifier.ValueText).Any(call =>
            call.ArgumentList.Arguments.Count == helper.ParameterList.Parameters.Count && IsSentWhole(call, depth + 1));

    /// <summary>The calls of a file by the name called (its rightmost name), indexed once per file: a template's helpers are asked about per read.</summary>
    private static IReadOnlyList<InvocationExpressionSyntax> CallsNamed(SyntaxTree tree, string name) =>
        CallIndexes.GetValue(tree, t => t.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(call => SyntaxNames.Rightmost(call.Expression) is not null)
                .GroupBy(call => SyntaxNames.Rightmost(call.Expression)!, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.ToList(), StringComparer.Ordinal))
            .TryGetValue(name, out var calls) ? calls : Array.Empty<InvocationExpressionSyntax>();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SyntaxTree, Dictionary<string, List<InvocationExpressionSyntax>>> CallIndexes = new();

    /// <summary>
    /// Whether the team's command object held by <paramref name="holder"/> is only written out where it is read
    /// (<c>var command = new AtCommand(T); port.WriteLine(command.ToString());</c>): the template is sent as written.
    /// A read that calls another member (<c>command.Set(hole, value)</c>) may fill it.
    /// </summary>
    private static bool IsOnlyWrittenOut(VariableDeclaratorSyntax holder)
    {
        var reads = MemberOf(holder).DescendantNodes().OfType<IdentifierNameSyntax>()
            .Where(read => read.Identifier.ValueText == holder.Identifier.ValueText && read.SpanStart > holder.Span.End).ToList();
        return reads.Count > 0 && reads.All(read =>
            read.Parent is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ToString", Parent: InvocationExpressionSyntax } access && access.Expression == read ||
            read.Parent is InterpolationSyntax ||
            // given to a call; not to the team's own method of the file, which may fill it (Apply(command, pin) => command.Set(...))
            read.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: var called } } &&
            !holder.SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Any(m => m.Identifier.ValueText == SyntaxNames.Rightmost(called)));
    }

    /// <summary>
    /// Whether the template read at <paramref name="name"/> initializes a local that the code then fills in
    /// (<c>var line = T; line = line.Replace("&lt;pin&gt;", pin);</c>): a template, as one filled where it is read.
    /// </summary>
    private static bool IsFilledThroughLocal(ExpressionSyntax name) =>
        name.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: LocalDeclarationStatementSyntax } local } &&
        MemberOf(local).DescendantNodes().OfType<IdentifierNameSyntax>().Any(read =>
            read.Identifier.ValueText == local.Identifier.ValueText && read.SpanStart > local.Span.End && IsFilledAt(Tidied(read)));

    /// <summary>
    /// Whether the template read at <paramref name="name"/> is returned by the team's helper (through a choice:
    /// <c>JoinTemplateFor(lab) => lab ? LabTemplate : PlantTemplate</c>) whose every call in the file fills it in
    /// (<c>JoinTemplateFor(lab).Replace("[wifi password]", psk)</c>): a template.
    /// </summary>
    private static bool IsFilledThroughHelper(ExpressionSyntax name)
    {
        SyntaxNode value = name;
        while (value.Parent is ParenthesizedExpressionSyntax or BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } ||
               value.Parent is ConditionalExpressionSyntax choice && choice.Condition != value ||
               value.Parent is SwitchExpressionArmSyntax)
        {
            value = value.Parent is SwitchExpressionArmSyntax arm ? arm.Parent! : value.Parent;
        }

        if ((value.Parent is ArrowExpressionClauseSyntax { Parent: MethodDeclarationSyntax arrowed } ? arrowed
                : value.Parent is ReturnStatementSyntax returned ? returned.FirstAncestorOrSelf<SyntaxNode>(n => n is MethodDeclarationSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax) as MethodDeclarationSyntax
                : null) is not { } helper)
        {
            return false;
        }

        var calls = CallsNamed(helper.SyntaxTree, helper.Identifier.ValueText);
        return calls.Count > 0 && calls.All(call => IsFilledAt(Tidied(call)));
    }

    /// <summary>
    /// The template's text as the code goes on with it: <paramref name="name"/>, or the call that tidies it first
    /// (<c>CgauthTemplate.Trim()</c>, <c>.ToUpperInvariant()</c>, <c>.ToString()</c>), which is then filled or sent.
    /// </summary>
    private static ExpressionSyntax Tidied(ExpressionSyntax name)
    {
        while (name.Parent is MemberAccessExpressionSyntax
               {
                   Name.Identifier.ValueText: "Trim" or "TrimEnd" or "TrimStart" or "ToString" or "ToUpperInvariant" or "ToLowerInvariant" or "ToUpper" or "ToLower",
                   Parent: InvocationExpressionSyntax tidied,
               } tidy &&
               tidy.Expression == name)
        {
            name = tidied;
        }

        return name;
    }

    /// <summary>
    /// Whether a local given the template at <paramref name="given"/> is then sent whole (a read after it that
    /// <see cref="IsSentWhole"/> accepts), when nothing else writes the local: one that is filled in
    /// (<c>line = line.Replace(...)</c>) or given another value is not followed.
    /// </summary>
    private static bool IsSentThroughLocal(string local, SyntaxNode given, int depth)
    {
        var sent = false;
        foreach (var read in MemberOf(given).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (read.Identifier.ValueText != local || given.Span.Contains(read.Span) || SyntacticValues.IsNameOfArgument(read))
            {
                continue;
            }

            if (read.Parent is AssignmentExpressionSyntax { Left: var target } written && target == read)
            {
                if (written.Right.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == local) ||
                    !written.IsKind(SyntaxKind.SimpleAssignmentExpression))
                {
                    return false; // filled in (line = line.Replace(...), line += ...): what is sent is not the template alone
                }

                continue; // another path's value (line = T.Replace(...) in the other branch)
            }

            sent |= read.SpanStart > given.Span.End && IsSentWhole(read, depth + 1);
        }

        return sent;
    }

    /// <summary>
    /// Whether the team's type named <paramref name="type"/>, declared in the same file, keeps the constructor's parameter
    /// at <paramref name="position"/> in a field (as it is, or as a <c>StringBuilder</c> made from it) that one of its
    /// members fills in with <c>Replace</c> or <c>Format</c>: a small command builder (<c>new AtCommand(template).Set(hole, value)</c>).
    /// </summary>
    private static bool ConstructorKeepsToFill(SyntaxTree tree, string? type, int position)
    {
        if (type is null || position < 0)
        {
            return false;
        }

        foreach (var declared in tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>())
        {
            if (declared.Identifier.ValueText != type)
            {
                continue;
            }

            // class AtLine(string template) { ... template.Replace(hole, value) ... }: a primary constructor's parameter filled
            // by a member
            if (declared.ParameterList is { } primary && position < primary.Parameters.Count && FillsIn(declared, primary.Parameters[position].Identifier.ValueText))
            {
                return true;
            }

            foreach (var constructor in declared.Members.OfType<ConstructorDeclarationSyntax>())
            {
                var body = (SyntaxNode?)constructor.Body ?? constructor.ExpressionBody;
                if (position >= constructor.ParameterList.Parameters.Count || body is null)
                {
                    continue;
                }

                var parameter = constructor.ParameterList.Parameters[position].Identifier.ValueText;
                foreach (var kept in body.DescendantNodesAndSelf().OfType<AssignmentExpressionSyntax>())
                {
                    var keptFrom = SyntacticValues.Strip(kept.Right) switch
                    {
                        IdentifierNameSyntax given => given.Identifier.ValueText,
                        BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 } made } when made[0].Expression is IdentifierNameSyntax wrapped => wrapped.Identifier.ValueText,
                        _ => null,
                    };
                    if (keptFrom == parameter && SyntaxNames.Rightmost(kept.Left) is { } field &&
                        declared.DescendantNodes().Any(n => n is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace" or "AppendFormat", Expression: var filled } } &&
                                                            SyntaxNames.Rightmost(filled) == field))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A <c>StringBuilder</c> made from a template into a local (<c>var command = new StringBuilder(T);</c>,
    /// <c>StringBuilder command = new(T);</c>) that a later statement of its block fills in (<c>command.Replace(...)</c>).
    /// </summary>
    private static bool IsBuilderFilledLater(BaseObjectCreationExpressionSyntax made) =>
        made.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Identifier.ValueText: var local, Parent: VariableDeclarationSyntax declaration } } &&
        (made is ObjectCreationExpressionSyntax { Type: var type } ? SyntaxNames.Rightmost(type) : SyntaxNames.Rightmost(declaration.Type)) == "StringBuilder" &&
        declaration.FirstAncestorOrSelf<BlockSyntax>() is { } block && FillsIn(block, local);

    /// <summary>Whether the block that holds <paramref name="builder"/>'s use fills the local it names in (<c>sb.Replace(...)</c>).</summary>
    private static bool IsFilledLater(IdentifierNameSyntax builder) =>
        builder.FirstAncestorOrSelf<BlockSyntax>() is { } block && FillsIn(block, builder.Identifier.ValueText);

    /// <summary>Whether <paramref name="scope"/> calls <c>Replace</c> on the variable named <paramref name="name"/>.</summary>
    private static bool FillsIn(SyntaxNode scope, string name) =>
        scope.DescendantNodes().Any(n => n is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace", Expression: IdentifierNameSyntax { Identifier.ValueText: var receiver } } && receiver == name);

    /// <summary>
    /// Whether the team's own helper named <paramref name="helper"/>, declared in the same file (a method of any type, or a
    /// local function), fills in its
    /// parameter at <paramref name="position"/>: <c>static string Fill(string template, string pin) =&gt;
    /// template.Replace("&lt;pin&gt;", pin)</c>, a <c>string.Format</c> of it, or a <c>StringBuilder</c> made from it and
    /// filled (<c>new StringBuilder(template).Replace(...)</c>). For an extension method (<paramref name="extension"/>)
    /// the position counts its <c>this</c> parameter.
    /// </summary>
    private static bool FillsItsParameter(SyntaxTree tree, string helper, int position, bool extension) =>
        position >= 0 &&
        tree.GetRoot().DescendantNodes().Select(node => node switch
        {
            // a method of any type of the file, or a local function (static string Fill(string t, string p) => ...)
            MethodDeclarationSyntax method => (Name: method.Identifier.ValueText, Parameters: method.ParameterList, Body: (SyntaxNode?)method.Body ?? method.ExpressionBody),
            LocalFunctionStatementSyntax function when !extension => (Name: function.Identifier.ValueText, Parameters: function.ParameterList, Body: (SyntaxNode?)function.Body ?? function.ExpressionBody),
            _ => (Name: (string?)null, Parameters: (ParameterListSyntax?)null, Body: (SyntaxNode?)null),
        }).Any(method =>
            method.Name == helper && method.Parameters is { } parameters && position < parameters.Parameters.Count &&
            (!extension || parameters.Parameters[0].Modifiers.Any(SyntaxKind.ThisKeyword)) &&
            parameters.Parameters[position].Identifier.ValueText is var parameter &&
            method.Body?.DescendantNodes().Any(n =>
                n is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace", Expression: IdentifierNameSyntax { Identifier.ValueText: var receiver } } && receiver == parameter ||
                n is ArgumentSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: var given }, Parent.Parent: var call } && given == parameter &&
                (call is InvocationExpressionSyntax invocation && SyntaxNames.Rightmost(invocation.Expression) is "Format" or "Replace" ||
                 call is ObjectCreationExpressionSyntax { Type: var builder, Parent: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace" } } && SyntaxNames.Rightmost(builder) == "StringBuilder" ||
                 call is BaseObjectCreationExpressionSyntax made && IsBuilderFilledLater(made))) == true);

    /// <summary>
    /// A modem command held whole in a constant or variable that the code fills in before it is sent
    /// (<c>const string CpinTemplate = "AT+CPIN=\"&lt;pin&gt;\"\r"</c> sent as <c>CpinTemplate.Replace("&lt;pin&gt;", pin)</c>):
    /// its placeholder is a template's, not a value sent as written.
    /// </summary>
    private static bool IsFilledInCommand(WrittenPair written)
    {
        if (written.Literal != written.Whole || SyntacticValues.Strip(written.Literal) is not LiteralExpressionSyntax literal)
        {
            return false;
        }

        SyntaxNode whole = literal;
        while (whole.Parent is ParenthesizedExpressionSyntax)
        {
            whole = whole.Parent;
        }

        return HolderUse(whole) == TemplateUse.FilledIn;
    }

    private static bool IsGivenAsArgument(WrittenPair written) =>
        written.Holder is null && written.Literal is { Parent: ArgumentSyntax } literal &&
        (literal.SyntaxTree != written.Whole.SyntaxTree || !written.Whole.Span.Contains(literal.Span));

    /// <summary>
    /// A value that is its holder's name or the name's last words (ApiKey = "API_KEY", UnusedToken = "TOKEN"): a template
    /// never filled in, not a secret.
    /// </summary>
    private static bool RepeatsItsName(string text, string name)
    {
        var value = SecretNames.Normalize(text);
        if (value.Length == 0)
        {
            return false;
        }

        if (SecretNames.SpellsName(text, name))
        {
            return true; // the whole name, its words in any order (GROUP_ENROLLMENT_KEY for EnrollmentGroupKey)
        }

        var words = SecretNames.SplitWords(name);
        var tail = string.Empty;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            tail = words[i] + tail;
            if (tail == value)
            {
                return true;
            }
        }

        return false;
    }
}
