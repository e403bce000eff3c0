using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using IoTSecure.Analyzers.Infrastructure;
using IoTSecure.Analyzers.Sinks;
using IoTSecure.Analyzers.Values;
using IoTSecure.Detection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

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
        Descriptors.HardcodedCredential, Descriptors.DefaultPassword, Descriptors.SecretNamedSymbol, Descriptors.PlaceholderCredential);

    private readonly bool _reportsHardcoded;
    private readonly bool _reportsDefault;
    private readonly bool _reportsNamed;
    private readonly bool _reportsPlaceholder;

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
    }

    private protected override bool AnalyzesGeneratedCode => true;

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    private protected sealed override void OnCompilationStart(CompilationStartAnalysisContext context, IoTSecureContext iot)
    {
        var actions = new SyntaxActions();
        var resolver = new StringValueResolver(iot);
        var settings = iot.Settings;

        // IOT1004's bookkeeping: the symbols whose values reached a sink or a comparison, and the secret-named candidates.
        var flowed = new ConcurrentDictionary<ISymbol, byte>(SymbolEqualityComparer.Default);
        var candidates = new ConcurrentQueue<(ISymbol Symbol, Location Location)>();

        void Record(ResolvedString value)
        {
            if (!_reportsNamed)
            {
                return;
            }

            if (value.Via is { } via)
            {
                flowed.TryAdd(via, 0);
            }

            foreach (var part in value.Parts)
            {
                if (part.Holder is { } holder)
                {
                    flowed.TryAdd(holder, 0);
                }
            }
        }

        // A value is looked at when it could be judged, or (for IOT1004) could carry written text from a symbol that flows
        // here. A value whose text syntax settles alone (literals and run-time parts such as parameters: a URL built from
        // its arguments) has no holder to record.
        SinkArguments.Register(actions, iot, (sink, value) => CredentialJudge.MayJudge(sink, value, settings) || (_reportsNamed && MayCarryHeldText(value)), (c, argument) =>
        {
            var value = resolver.Resolve(argument.Value);
            Record(value);
            var verdict = CredentialJudge.Judge(argument, value, settings, out var origin);
            if (Reports(verdict))
            {
                Report(c, Rule(verdict), argument.Value, value, origin, SecretKindText.Describe(argument.Sink.Spec.Kind), argument.Where,
                    () => SecretFinding.EnvironmentVariableName(argument.Member.ContainingType.Name, argument.Sink.Spec.Parameter));
            }
        });

        // Literals compared with a received credential: IOT1001/IOT1002 (never IOT1006: a comparison is no template), and
        // IOT1004's flows.
        if (_reportsHardcoded || _reportsDefault || _reportsNamed)
        {
            RegisterComparisons(actions, iot, resolver, Record);
        }

        if (_reportsNamed)
        {
            SecretNamedSites.Register(actions, iot, value => MayBeWrittenSecret(value, settings), (_, site) =>
            {
                var value = resolver.Resolve(site.Value);
                if (IsWrittenSecret(value, site.Symbol, settings))
                {
                    candidates.Enqueue((site.Symbol, site.Value.Syntax.GetLocation()));
                }
            });
        }

        actions.RegisterOn(context);

        if (_reportsNamed)
        {
            context.RegisterCompilationEndAction(c =>
            {
                foreach (var (symbol, location) in candidates)
                {
                    if (flowed.ContainsKey(symbol))
                    {
                        continue;
                    }

                    var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, SecretFinding.EnvironmentVariableName(symbol.Name));
                    c.ReportDiagnostic(Diagnostic.Create(
                        Descriptors.SecretNamedSymbol, location, additionalLocations: new[] { location }, properties: properties,
                        SecretFinding.Display(symbol)));
                }
            });
        }
    }


    private void RegisterComparisons(SyntaxActions actions, IoTSecureContext iot, StringValueResolver resolver, Action<ResolvedString> record) =>
        CredentialComparisons.Register(actions, iot, resolver, (c, comparison) =>
        {
            var value = resolver.Resolve(comparison.Literal);
            record(value);
            var verdict = CredentialJudge.JudgeComparison(value, comparison.Received.Name, iot.Settings, out var origin);
            if (verdict != CredentialVerdict.Placeholder && Reports(verdict))
            {
                Report(c, Rule(verdict), comparison.Literal, value, origin, "password", comparison.Where,
                    () => SecretFinding.EnvironmentVariableName("Expected", comparison.Received.Name));
            }
        });

    /// <summary>Whether written text held by a symbol (a constant, a field, a local) may be part of the value.</summary>
    private static bool MayCarryHeldText(ExpressionSyntax value) =>
        SyntacticValues.MayHoldWrittenText(value) && SyntacticValues.WrittenText(value) is null;

    private bool Reports(CredentialVerdict verdict) => verdict switch
    {
        CredentialVerdict.HardcodedSecret => _reportsHardcoded,
        CredentialVerdict.DefaultPassword => _reportsDefault,
        CredentialVerdict.Placeholder => _reportsPlaceholder,
        _ => false,
    };

    private static DiagnosticDescriptor Rule(CredentialVerdict verdict) => verdict switch
    {
        CredentialVerdict.HardcodedSecret => Descriptors.HardcodedCredential,
        CredentialVerdict.DefaultPassword => Descriptors.DefaultPassword,
        _ => Descriptors.PlaceholderCredential,
    };

    private static void Report(SyntaxNodeAnalysisContext context, DiagnosticDescriptor rule, IOperation at, ResolvedString value, StringPart origin, string kind, string where, Func<string> variableFromSink)
    {
        var holder = origin.Holder;
        var variable = holder is not null ? SecretFinding.EnvironmentVariableName(holder.Name) : variableFromSink();
        var properties = ImmutableDictionary<string, string?>.Empty.Add(SecretFinding.EnvironmentVariableProperty, variable);
        var via = value.Via ?? holder;
        context.ReportDiagnostic(Diagnostic.Create(
            rule,
            at.Syntax.GetLocation(),
            additionalLocations: new[] { origin.Scope!.GetLocation() },
            properties: properties,
            kind,
            where,
            via is null ? string.Empty : " through '" + SecretFinding.Display(via) + "'"));
    }

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
               (SecretText.Classify(text, settings.PlaceholderPatterns) == TextClass.Value && !SecretText.IsUuid(text) && !SecretText.IsProse(text) &&
                !SecretText.SaysFake(text) && SecretTokens.FindTokens(text).Count == 0);
    }

    /// <summary>
    /// IOT1004's test: a fully written value that is a usable secret: not the symbol's own name, not a UUID, not prose, not
    /// data whose value or name says it is fake, test or example data, not key material or a token (IOT1003's).
    /// </summary>
    private static bool IsWrittenSecret(ResolvedString value, ISymbol symbol, AnalyzerSettings settings)
    {
        if (!value.IsFullyKnown)
        {
            return false;
        }

        var text = value.Text;
        if (SecretText.Classify(text, settings.PlaceholderPatterns) != TextClass.Value || SecretText.IsUuid(text) || SecretText.IsProse(text) ||
            SecretText.SaysFake(text) || SecretText.SaysFake(symbol.Name) || SecretNames.Normalize(text) == SecretNames.Normalize(symbol.Name))
        {
            return false;
        }

        return SecretTokens.FindTokens(text).Count == 0;
    }
}
